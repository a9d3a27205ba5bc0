/** A consumer version selector as the Pact Broker accepts it. */
export interface ConsumerVersionSelector {
  mainBranch?: boolean;
  branch?: string | true;
  matchingBranch?: boolean;
  fallbackBranch?: string;
  fallbackToMainBranch?: boolean;
  latest?: boolean;
  tag?: string;
  fallbackTag?: string;
  deployed?: boolean;
  released?: boolean;
  deployedOrReleased?: boolean;
  environment?: string;
  consumer?: string;
}

const BRANCH_KEYS = [
  'latest',
  'tag',
  'fallbackTag',
  'branch',
  'fallbackBranch',
  'fallbackToMainBranch',
  'matchingBranch',
  'mainBranch',
] as const;
const ENVIRONMENT_KEYS = ['environment', 'deployed', 'released', 'deployedOrReleased'] as const;
const ALL_KEYS: readonly string[] = [...BRANCH_KEYS, ...ENVIRONMENT_KEYS, 'consumer'];

const provided = (value: unknown) => value !== undefined && value !== null && value !== '';
const plural = (word: string, n: number) => (n === 1 ? word : `${word}s`);

/** Selector keys whose only meaningful value is `true`. */
export const TRUE_ONLY_SELECTOR_KEYS: readonly string[] = [
  'mainBranch',
  'matchingBranch',
  'fallbackToMainBranch',
  'deployed',
  'released',
  'deployedOrReleased',
];

function typeErrors(s: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const key of TRUE_ONLY_SELECTOR_KEYS)
    if (s[key] !== undefined && s[key] !== true) errors.push(`${key} must be one of: true`);
  for (const key of ['tag', 'fallbackTag', 'fallbackBranch', 'consumer', 'environment']) {
    if (s[key] !== undefined && (typeof s[key] !== 'string' || (s[key] as string).trim() === ''))
      errors.push(`${key} must be a non-blank string`);
  }
  if (s.branch !== undefined && s.branch !== true && (typeof s.branch !== 'string' || s.branch === ''))
    errors.push('branch must be a non-blank string or true');
  if (s.latest !== undefined && typeof s.latest !== 'boolean') errors.push('latest must be one of: true, false');
  for (const key of Object.keys(s))
    if (!ALL_KEYS.includes(key)) errors.push(`${key} is not a known selector key (known: ${ALL_KEYS.join(', ')})`);
  return errors;
}

function ruleErrors(s: Record<string, unknown>, providerVersionBranch: unknown): string[] {
  const errors: string[] = [];
  const has = (key: string) => provided(s[key]);
  const present = (keys: readonly string[]) => keys.filter((key) => s[key] !== undefined).sort();
  if (
    !has('mainBranch') &&
    !has('tag') &&
    !has('branch') &&
    !has('environment') &&
    s.matchingBranch !== true &&
    s.deployed !== true &&
    s.released !== true &&
    s.deployedOrReleased !== true &&
    s.latest !== true
  ) {
    errors.push(
      'must specify a value for environment or tag or branch, or specify mainBranch=true, ' +
        'matchingBranch=true, latest=true, deployed=true, released=true or deployedOrReleased=true',
    );
  }
  if (s.mainBranch && present(ALL_KEYS.filter((k) => !['consumer', 'mainBranch', 'latest'].includes(k))).length)
    errors.push('cannot specify mainBranch=true with any other criteria apart from consumer');
  if (s.mainBranch && s.latest === false) errors.push('cannot specify mainBranch=true with latest=false');
  if (s.matchingBranch && present(ALL_KEYS.filter((k) => !['consumer', 'matchingBranch'].includes(k))).length)
    errors.push('cannot specify matchingBranch=true with any other criteria apart from consumer');
  if (s.matchingBranch && !provided(providerVersionBranch))
    errors.push('the providerVersionBranch must be specified when the selector matchingBranch=true is used');
  if (has('tag') && has('branch')) errors.push('cannot specify both a tag and a branch');
  const branchFields = present(BRANCH_KEYS);
  const envFields = present(ENVIRONMENT_KEYS);
  if (branchFields.length && envFields.length) {
    errors.push(
      `cannot specify the ${plural('field', branchFields.length)} ${branchFields.join('/')} with ` +
        `the ${plural('field', envFields.length)} ${envFields.join('/')}`,
    );
  }
  if (has('fallbackTag') && !s.latest) errors.push('fallbackTag can only be set if latest is true');
  if (has('fallbackTag') && !has('tag')) errors.push('a tag must be specified when a fallbackTag is specified');
  if (has('fallbackBranch') && !has('branch'))
    errors.push('a branch must be specified when a fallbackBranch is specified');
  if (has('fallbackBranch') && s.latest === false) errors.push('fallbackBranch can only be set if latest is true');
  if (s.fallbackToMainBranch && !has('branch'))
    errors.push('a branch must be specified when fallbackToMainBranch is true');
  if (s.fallbackToMainBranch && has('fallbackBranch'))
    errors.push('fallbackToMainBranch and fallbackBranch cannot both be specified');
  if (has('branch') && s.latest === false) errors.push('cannot specify a branch with latest=false');
  if (s.deployed && s.released) errors.push('cannot specify both deployed=true and released=true');
  if (s.deployed && s.deployedOrReleased) errors.push('cannot specify both deployed=true and deployedOrReleased=true');
  if (s.released && s.deployedOrReleased) errors.push('cannot specify both released=true and deployedOrReleased=true');
  return errors;
}

/**
 * Check selectors with the Pact Broker's rules; returns messages suffixed with the selector index (empty when valid).
 * @example validateSelectors([{ tag: 'prod', branch: 'main' }], {}) // ['cannot specify both a tag and a branch (at
 *   index 0)']
 */
export function validateSelectors(selectors: unknown, parent: { providerVersionBranch?: unknown }): string[] {
  if (selectors === undefined) return [];
  if (!Array.isArray(selectors)) return ['must be an array'];
  return selectors.flatMap((selector, index) => {
    if (!selector || typeof selector !== 'object' || Array.isArray(selector))
      return [`must be an object (at index ${index})`];
    const s = selector as Record<string, unknown>;
    const errors = typeErrors(s);
    return (errors.length ? errors : ruleErrors(s, parent.providerVersionBranch)).map(
      (message) => `${message} (at index ${index})`,
    );
  });
}

/** How the Pact Broker describes why a selector picked a version, e.g. "latest version from the main branch 'main'". */
export function describeSelector(s: ConsumerVersionSelector, branch?: string): string {
  const consumer = s.consumer ? ` of ${s.consumer}` : '';
  if (s.mainBranch) return `latest version${consumer} from the main branch${branch ? ` '${branch}'` : ''}`;
  if (s.matchingBranch) return `latest version${consumer} from a branch matching the provider branch '${branch ?? ''}'`;
  if (s.branch === true) return `latest version${consumer} from each branch`;
  if (s.branch) return `latest version${consumer} from branch '${branch ?? s.branch}'`;
  if (s.tag && s.latest) return `latest version${consumer} tagged '${branch ?? s.tag}'`;
  if (s.tag) return `all consumer versions${consumer} tagged '${s.tag}'`;
  if (s.deployed)
    return `consumer version(s)${consumer} currently deployed${s.environment ? ` to ${s.environment}` : ''}`;
  if (s.released)
    return `consumer version(s)${consumer} released and supported${s.environment ? ` in ${s.environment}` : ''}`;
  if (s.deployedOrReleased || s.environment)
    return (
      `consumer version(s)${consumer} currently deployed or released and ` +
      `supported${s.environment ? ` in ${s.environment}` : ''}`
    );
  return `latest version${consumer}`;
}
