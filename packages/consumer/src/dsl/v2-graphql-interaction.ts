import { TreatyError } from '@treaty/core';
import { GraphQLOperation, type GraphQLVariables } from './graphql-query';
import { GraphQLQueryError, invalidInteraction } from './pact-js-names';
import { Interaction, type InteractionStateComplete } from './v2-interaction';

/** A V2 interaction for a GraphQL query or mutation (pact-js's `GraphQLInteraction`), for `PactV2`. */
export class GraphQLInteraction extends Interaction {
  protected readonly graphql = new GraphQLOperation();

  /** Set the operation name (`null` writes `"operationName": null`). */
  withOperation(operation: string | null): this {
    this.graphql.operation = operation;
    return this;
  }

  /** Set the variables. */
  withVariables(variables: GraphQLVariables): this {
    this.graphql.variables = variables;
    return this;
  }

  /**
   * Set the query.
   * @throws GraphQLQueryError (TREATY_CONSUMER_INVALID_INTERACTION) when the query is empty or malformed.
   */
  withQuery(query: string): this {
    return this.queryOrMutation(query, 'Query');
  }

  /**
   * Set the mutation.
   * @throws GraphQLQueryError (TREATY_CONSUMER_INVALID_INTERACTION) when the mutation is empty or malformed.
   */
  withMutation(mutation: string): this {
    return this.queryOrMutation(mutation, 'Mutation');
  }

  /**
   * The finished interaction: a JSON POST whose query is matched whatever its whitespace.
   * @throws ConfigurationError (TREATY_CONSUMER_INVALID_INTERACTION) when the query, description, request or response
   *   is missing.
   */
  override json(): InteractionStateComplete {
    const body = this.graphql.body();
    if (body === undefined)
      throw invalidInteraction(this.state.description, 'give it a GraphQL query (withQuery or withMutation)');
    const state = super.json();
    this.state.request = { body, headers: { 'Content-Type': 'application/json' }, ...state.request };
    return { ...state, request: this.state.request };
  }

  private queryOrMutation(query: string, type: 'Query' | 'Mutation'): this {
    try {
      this.graphql.setDocument(query, type);
    } catch (error) {
      throw error instanceof TreatyError ? new GraphQLQueryError(error.message) : error;
    }
    return this;
  }
}

/**
 * A {@link GraphQLInteraction} that always sends `variables` (default `{}`) and `operationName` (default null), as
 * Apollo does.
 */
export class ApolloGraphQLInteraction extends GraphQLInteraction {
  /** Create the interaction with Apollo's defaults. */
  constructor() {
    super();
    this.graphql.variables = {};
    this.graphql.operation = null;
  }
}
