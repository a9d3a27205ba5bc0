import type { JsonMap, Path, TemplateHeaders, TemplateQuery } from '../matchers/matcher-types';
import { addHeaders, addQuery, finishRequest, newHttpDraft, setTemplateBody, type HttpDraft } from './http-draft';
import { GraphQLOperation, type GraphQLDocument, type GraphQLVariables } from './graphql-query';
import { addState, newMeta, type InteractionMeta } from './interaction-meta';
import { InteractionWithRequest, type V4Context } from './v4-http-interaction';
import type { V4InteractionWithRequest } from './v4-http-types';

/** Builds a GraphQL request's query string and headers. */
export class GraphQLRequestBuilder {
  /** Wrap a draft. */
  constructor(private readonly draft: HttpDraft) {}

  /** Add URL query parameters. */
  query(query: TemplateQuery): this {
    addQuery(this.draft, query);
    return this;
  }

  /** Add headers. */
  headers(headers: TemplateHeaders): this {
    addHeaders(this.draft, headers);
    return this;
  }
}

/** A GraphQL interaction being defined (pact-js `UnconfiguredGraphQLInteraction`). */
export class UnconfiguredGraphQLInteraction {
  private readonly meta: InteractionMeta = newMeta();
  private readonly graphql = new GraphQLOperation();

  /** Bind to a pact. */
  constructor(private readonly context: V4Context) {}

  /** Add a provider state. */
  given(state: string, parameters?: JsonMap): this {
    addState(this.meta, state, parameters);
    return this;
  }

  /** Set the description. */
  uponReceiving(description: string): this {
    this.meta.description = description;
    return this;
  }

  /** Set the operation name. */
  withOperation(operation: string): this {
    this.graphql.operation = operation;
    return this;
  }

  /** Set the variables. */
  withVariables(variables: GraphQLVariables): this {
    this.graphql.variables = variables;
    return this;
  }

  /** Set method and path; then call withQuery or withMutation. */
  withRequest(method: string, path: Path, builder?: (b: GraphQLRequestBuilder) => void): GraphQLInteractionWithRequest {
    const draft = newHttpDraft();
    builder?.(new GraphQLRequestBuilder(draft));
    return new GraphQLInteractionWithRequest((type, query) => {
      this.graphql.setDocument(query, type);
      setTemplateBody(draft, this.graphql.body()!, 'application/json');
      return new InteractionWithRequest(this.context, this.meta, finishRequest(method, path, draft));
    });
  }
}

/** A GraphQL interaction waiting for its query. */
export class GraphQLInteractionWithRequest {
  /** Hold the continuation. */
  constructor(
    private readonly complete: (type: 'Query' | 'Mutation', query: GraphQLDocument) => V4InteractionWithRequest,
  ) {}

  /** Set the query. */
  withQuery(query: GraphQLDocument): V4InteractionWithRequest {
    return this.complete('Query', query);
  }

  /** Set the mutation. */
  withMutation(mutation: GraphQLDocument): V4InteractionWithRequest {
    return this.complete('Mutation', mutation);
  }
}
