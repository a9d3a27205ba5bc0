import { consumerErrors } from '../errors';

/** A GraphQL document: its text, or a parsed `DocumentNode` (its source text is used). */
export type GraphQLDocument = string | { kind: string; loc?: { source?: { body?: string } } };

/** GraphQL variables. */
export type GraphQLVariables = Record<string, unknown>;

/**
 * The text of a query or mutation, checked for obvious mistakes (empty, unbalanced braces).
 * @example queryText('query Orders { orders { id } }', 'Query')
 * @throws TREATY_CONSUMER_INVALID_INTERACTION when the document is empty or malformed.
 */
export function queryText(query: GraphQLDocument, type: 'Query' | 'Mutation'): string {
  const text = typeof query === 'string' ? query : query?.loc?.source?.body;
  if (!text || !text.trim())
    throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION(['GraphQL', `you must provide a GraphQL ${type}`]);
  let depth = 0;
  for (const ch of text) {
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0 || !text.includes('{')) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
      'GraphQL',
      `the ${type} is invalid: unbalanced or missing braces`,
    ]);
  }
  return text;
}

/**
 * A regular expression matching the query whatever its whitespace (pact-js's `escapeGraphQlQuery`).
 * @example escapeGraphQlQuery('{ a }') // '\\{\\s*a\\s*\\}'
 */
export function escapeGraphQlQuery(query: string): string {
  return query.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&').replace(/\s+/g, '\\s*');
}

/**
 * The JSON body of a GraphQL request: operation name, query (as a whitespace-tolerant regex matcher) and variables.
 * @example graphQLBody({ operation: 'Orders', query: '{ orders { id } }' })
 */
export function graphQLBody(request: {
  operation?: string;
  query: string;
  variables?: GraphQLVariables;
  keepNullOperation?: boolean;
}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    query: { 'pact:matcher:type': 'regex', regex: escapeGraphQlQuery(request.query), value: request.query },
  };
  if (request.operation !== undefined) body.operationName = request.operation;
  else if (request.keepNullOperation) body.operationName = null; // Apollo's interactions send `operationName: null`.
  if (request.variables !== undefined) body.variables = request.variables;
  return body;
}

/**
 * The GraphQL half of an interaction: operation name, variables and query or mutation, shared by every
 * GraphQL builder (V2 `GraphQLInteraction`, `GraphQLPactV3`, V4 `addGraphQLInteraction`).
 */
export class GraphQLOperation {
  operation?: string | null;
  variables?: GraphQLVariables;
  query?: string;

  /**
   * Set the query or mutation.
   * @throws TREATY_CONSUMER_INVALID_INTERACTION when the document is empty or malformed.
   */
  setDocument(document: GraphQLDocument, type: 'Query' | 'Mutation'): void {
    this.query = queryText(document, type);
  }

  /**
   * The request body, or undefined while no query is set.
   * @example operation.body() // { operationName: 'Orders', query: { 'pact:matcher:type': 'regex', ... } }
   */
  body(): Record<string, unknown> | undefined {
    if (this.query === undefined) return undefined;
    return graphQLBody({
      operation: this.operation ?? undefined,
      query: this.query,
      variables: this.variables,
      keepNullOperation: this.operation === null,
    });
  }
}
