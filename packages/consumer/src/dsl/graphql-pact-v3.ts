import { consumerErrors } from '../errors';
import { GraphQLOperation, type GraphQLDocument, type GraphQLVariables } from './graphql-query';
import { PactV3 } from './pact-v3';
import type { V3Request, V3Response } from './v3-types';

/**
 * A V3 pact for GraphQL APIs (pact-js `GraphQLPactV3`): set the operation, variables and query, then
 * the request's path and the response.
 * @example
 * new GraphQLPactV3(opts).uponReceiving('orders query').withOperation('Orders').withQuery('query Orders { orders { id }
 * }')
 *   .withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200, body: { data: { orders: [] } }
 *   });
 * @throws TREATY_CONSUMER_INVALID_INTERACTION when the query or request is missing.
 */
export class GraphQLPactV3 extends PactV3 {
  private readonly graphql = new GraphQLOperation();
  private req?: V3Request;

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

  /** Set the query. */
  withQuery(query: GraphQLDocument): this {
    this.graphql.setDocument(query, 'Query');
    return this;
  }

  /** Set the mutation. */
  withMutation(mutation: GraphQLDocument): this {
    this.graphql.setDocument(mutation, 'Mutation');
    return this;
  }

  /** Set the request's method (default POST), path and headers; the body is the GraphQL document. */
  override withRequest(req: V3Request): this {
    this.req = req;
    return this;
  }

  /** Set the response, completing the interaction. */
  override willRespondWith(res: V3Response): this {
    const body = this.graphql.body();
    if (!body)
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION(['GraphQL', 'you must provide a GraphQL query']);
    if (!this.req)
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION(['GraphQL', 'you must provide a GraphQL request']);
    const contentType = this.req.contentType ?? 'application/json';
    super.withRequest({
      ...this.req,
      method: this.req.method || 'POST',
      headers: { ...this.req.headers, 'Content-Type': contentType },
      body,
      contentType,
    });
    this.graphql.query = undefined;
    this.req = undefined;
    return super.willRespondWith(res);
  }
}
