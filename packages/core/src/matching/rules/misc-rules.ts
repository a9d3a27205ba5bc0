import { mediaTypeMatches } from '../media-type';
import { kindOf, show, showTyped } from '../values';
import { stringOption, type RuleCheck } from './rule-types';

// The regular expression semver.org gives, built from its parts: a numeric or alphanumeric identifier, pre-release
// identifiers after `-` and build identifiers after `+`.
const SEMVER_CORE = /(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)/.source;
const SEMVER_IDENTIFIER = /(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)/.source;
const SEMVER_PRE_RELEASE = `(?:-(${SEMVER_IDENTIFIER}(?:\\.${SEMVER_IDENTIFIER})*))?`;
const SEMVER_BUILD = /(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?/.source;
const SEMVER = new RegExp(`^${SEMVER_CORE}${SEMVER_PRE_RELEASE}${SEMVER_BUILD}$`);

/** `semver`: a semantic version such as `1.2.3-beta.1`. */
export const checkSemver: RuleCheck = ({ actual }) =>
  typeof actual === 'string' && SEMVER.test(actual)
    ? undefined
    : `Expected ${showTyped(actual)} to be a semantic version`;

/** `notEmpty`: same type as the example and not null, `''`, `[]` or `{}`. */
export const checkNotEmpty: RuleCheck = ({ expected, actual }) => {
  const empty =
    actual === null ||
    actual === undefined ||
    actual === '' ||
    (Array.isArray(actual) && actual.length === 0) ||
    (kindOf(actual) === 'object' && Object.keys(actual as object).length === 0);
  if (empty) return `Expected ${show(actual)} to not be empty`;
  if (expected !== undefined && kindOf(expected) !== kindOf(actual)) {
    return `Expected ${showTyped(actual)} to be the same type as ${showTyped(expected)}`;
  }
  return undefined;
};

/** `contentType` on a value: the value (a media type string or detected body type) matches the rule's media type. */
export const checkContentType: RuleCheck = ({ rule, actual }) => {
  const value = stringOption(rule, 'value', 'contentType');
  if (value === undefined) return 'The contentType rule has no "value"';
  if (typeof actual !== 'string') return `Expected content of type '${value}' but received ${showTyped(actual)}`;
  return mediaTypeMatches(value, actual) ? undefined : `Expected content of type '${value}' but received '${actual}'`;
};

// Each class with the codes it holds, as pact-reference's HttpStatus defines them.
const STATUS_CLASSES: Record<string, { test: (status: number) => boolean; codes: string }> = {
  information: { test: (s) => s >= 100 && s < 200, codes: '100–199' },
  success: { test: (s) => s >= 200 && s < 300, codes: '200–299' },
  redirect: { test: (s) => s >= 300 && s < 400, codes: '300–399' },
  clientError: { test: (s) => s >= 400 && s < 500, codes: '400–499' },
  serverError: { test: (s) => s >= 500 && s < 600, codes: '500–599' },
  nonError: { test: (s) => s < 400, codes: 'below 400' },
  error: { test: (s) => s >= 400, codes: '400 and above' },
};

/** `statusCode`: an HTTP status in a class (`success`, `clientError`, ...) or in a list of codes. */
export const checkStatusCode: RuleCheck = ({ rule, actual }) => {
  const status = typeof actual === 'string' ? Number(actual) : actual;
  if (typeof status !== 'number' || !Number.isInteger(status))
    return `Expected ${showTyped(actual)} to be an HTTP status code`;
  const wanted = rule.status ?? rule.value;
  if (Array.isArray(wanted)) {
    return wanted.map(Number).includes(status)
      ? undefined
      : `Expected status ${status} to be one of ${wanted.join(', ')}`;
  }
  const statusClass = typeof wanted === 'string' ? STATUS_CLASSES[wanted] : undefined;
  if (statusClass === undefined)
    return (
      `The statusCode rule has an unknown status class '${String(wanted)}' ` +
      `(use ${Object.keys(STATUS_CLASSES).join(', ')} or a list of codes)`
    );
  return statusClass.test(status)
    ? undefined
    : `Expected status ${status} to be a ${wanted} status (${statusClass.codes})`;
};
