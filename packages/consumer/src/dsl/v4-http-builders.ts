import type { Rules, TemplateHeaders, TemplateQuery } from '../matchers/matcher-types';
import { readBodyFile } from './body-file';
import {
  addHeaders,
  addQuery,
  addRules,
  setBinaryBody,
  setRawBody,
  setTemplateBody,
  type HttpDraft,
} from './http-draft';
import { setMultipartBody } from './multipart-body';
import type { V4RequestBuilder, V4ResponseBuilder } from './v4-http-types';

/** Fills a response draft (pact-js `ResponseBuilder`). */
export class ResponseBuilder implements V4ResponseBuilder {
  /** Wrap a draft. */
  constructor(protected readonly draft: HttpDraft) {}

  /** Add headers (values may be matchers). */
  headers(headers: TemplateHeaders): this {
    addHeaders(this.draft, headers);
    return this;
  }

  /** Set a JSON body template (adds `Content-Type: application/json` when unset). */
  jsonBody(body: unknown): this {
    setTemplateBody(this.draft, body, 'application/json');
    return this;
  }

  /** Set an XML body given as text. */
  xmlBody(body: string): this {
    setRawBody(this.draft, 'application/xml', String(body));
    return this;
  }

  /** Set a body of the given content type, matched by content type (an `XmlBuilder` result is matched as XML). */
  body(contentType: string, body: Buffer): this {
    if (/xml/i.test(contentType)) setRawBody(this.draft, contentType, body);
    else setBinaryBody(this.draft, contentType, body);
    return this;
  }

  /**
   * Set the body from a file's bytes, matched by content type.
   * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
   */
  binaryFile(contentType: string, file: string): this {
    setBinaryBody(this.draft, contentType, readBodyFile(file));
    return this;
  }

  /** Set a `multipart/form-data` body with one file part (pact-js's `multipartBody`). */
  multipartBody(contentType: string, filename: string, mimePartName: string, boundary?: string): this {
    setMultipartBody(this.draft, { contentType, file: filename, part: mimePartName, boundary });
    return this;
  }

  /** Add matching rules in pact-js's `Rules` form. */
  matchingRules(rules: Rules): this {
    addRules(this.draft, rules);
    return this;
  }
}

/** Fills a request draft (pact-js `RequestBuilder`). */
export class RequestBuilder extends ResponseBuilder implements V4RequestBuilder {
  /** Add query parameters (values may be matchers). */
  query(query: TemplateQuery): this {
    addQuery(this.draft, query);
    return this;
  }
}
