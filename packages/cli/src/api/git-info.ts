import { execFileSync } from 'node:child_process';

/** What `publish` can find out about the build it runs in. */
export interface BuildInfo {
  commit?: string;
  branch?: string;
  buildUrl?: string;
}

type Env = NodeJS.ProcessEnv;

const commitVars = [
  'GITHUB_SHA',
  'CI_COMMIT_SHA',
  'CIRCLE_SHA1',
  'BUILDKITE_COMMIT',
  'TRAVIS_COMMIT',
  'BITBUCKET_COMMIT',
  'BUILD_SOURCEVERSION',
  'APPVEYOR_REPO_COMMIT',
  'GIT_COMMIT',
];
const branchVars = [
  'GITHUB_HEAD_REF',
  'GITHUB_REF_NAME',
  'CI_COMMIT_REF_NAME',
  'CIRCLE_BRANCH',
  'BUILDKITE_BRANCH',
  'TRAVIS_BRANCH',
  'BITBUCKET_BRANCH',
  'BUILD_SOURCEBRANCHNAME',
  'APPVEYOR_REPO_BRANCH',
  'GIT_BRANCH',
];

function firstSet(env: Env, names: string[]): string | undefined {
  for (const name of names) if (env[name]) return env[name];
  return undefined;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const out = execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
    return out === '' || out === 'HEAD' ? undefined : out;
  } catch {
    return undefined;
  }
}

function ciBuildUrl(env: Env): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return firstSet(env, ['CI_JOB_URL', 'CIRCLE_BUILD_URL', 'BUILDKITE_BUILD_URL', 'BUILD_URL', 'TRAVIS_BUILD_WEB_URL']);
}

/**
 * Find the commit, branch and build URL from CI environment variables, then from `git` in `cwd`.
 * Never throws: what cannot be found is left undefined.
 */
export function detectBuildInfo(options: { env: Env; cwd: string }): BuildInfo {
  const { env, cwd } = options;
  const rawBranch = firstSet(env, branchVars) ?? git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  return {
    commit: firstSet(env, commitVars) ?? git(['rev-parse', 'HEAD'], cwd),
    branch: rawBranch?.replace(/^origin\//, ''),
    buildUrl: ciBuildUrl(env),
  };
}
