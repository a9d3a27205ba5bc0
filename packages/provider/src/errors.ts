import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/provider. */
export const providerErrors = defineErrors({
  TREATY_PROVIDER_INVALID_OPTIONS: 'Failed to start verification: %s. %s.',
  TREATY_PROVIDER_NO_PACTS:
    'Failed to verify provider %s: no pacts were found%s. Check pactUrls or the broker selectors, or set ' +
    'failIfNoPactsFound: false.',
  TREATY_PROVIDER_PACT_READ_FAILED: 'Failed to read pact %s: %s. Check that the file or URL exists and holds a pact.',
  TREATY_PROVIDER_NOT_REACHABLE:
    'Failed to reach the provider at %s within %s ms: %s. Start the provider before verifying, or raise timeout.',
  TREATY_PROVIDER_VERIFICATION_FAILED: 'Failed to verify provider %s: %s. See the report above for each mismatch.',
  TREATY_PROVIDER_REPORT_WRITE_FAILED: 'Failed to write the %s report to %s: %s. Check the output path.',
});
