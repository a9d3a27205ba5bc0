import { readFileSync } from 'node:fs';
import type { Rules, TemplateHeaders, TemplateQuery } from '../matchers/matcher-types';
import { addHeaders, addQuery, addRules, setRawBody, setTemplateBody, type HttpDraft } from './http-draft';
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

  /** Set a raw body of the given content type. */
  body(contentType: string, body: Buffer): this {
    setRawBody(this.draft, contentType, body);
    return this;
  }

  /** Set the body from a file's bytes. */
  binaryFile(contentType: string, file: string): this {
    setRawBody(this.draft, contentType, readFileSync(file));
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
