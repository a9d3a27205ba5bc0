/** pact-js's `src/v3`: PactV3, its matchers, XML and GraphQL builders and types. */
export {
  PactV3,
  MatchersV3,
  XmlBuilder,
  XmlElement,
  XmlNode,
  XmlText,
  GraphQLPactV3,
  SpecificationVersion,
  ConfigurationError,
  GraphQLQueryError,
  OperationType,
} from '../../index';
export type { XmlAttributes, XmlCallback } from '../../index';
export type * from './types';
