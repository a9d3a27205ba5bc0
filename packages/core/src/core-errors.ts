import { defineErrors } from './errors';

/** The error catalogue of @treaty/core. */
export const coreErrors = defineErrors({
  TREATY_CORE_INVALID_PACT: 'Failed to read pact%s: %s. Fix the pact file or regenerate it with the consumer tests.',
  TREATY_CORE_INVALID_RULE_EXPRESSION:
    "Failed to read matching definition %s at %s: %s. Write it as matching(type, 'x'), notEmpty('x'), " +
    'eachValue(...) and so on.',
  TREATY_CORE_UNSUPPORTED_SPEC:
    'Failed to write pact: specification version %s is not supported. Use V1, V2, V3 or V4.',
  TREATY_CORE_INVALID_MATCHER: 'Failed to apply matching rule at %s: %s. Check the matcher in the consumer test.',
  TREATY_CORE_INEXPRESSIBLE_IN_SPEC:
    'Failed to write pact as %s: interaction "%s" has %s, which %s cannot express. Write the pact as %s instead.',
  TREATY_CORE_INVALID_GENERATOR: 'Failed to apply generator at %s: %s. Check the generator in the consumer test.',
  TREATY_CORE_INVALID_RULE_PATH:
    'Failed to read the matching rule path "%s" in interaction "%s" (%s): %s. Treaty ignores the rule, as the ' +
    "Pact tools do; fix the path in the consumer test (paths look like $.a.b, $['a b'], $[0], $[*], $.*).",
});
