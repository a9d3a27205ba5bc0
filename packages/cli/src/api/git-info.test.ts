import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectBuildInfo } from './git-info';

const outsideGit = mkdtempSync(join(tmpdir(), 'treaty-no-git-'));
afterAll(() => rmSync(outsideGit, { recursive: true, force: true }));

describe('detectBuildInfo', () => {
  it('reads GitHub Actions variables, preferring the pull request head branch', () => {
    const env = {
      GITHUB_SHA: 'abc123',
      GITHUB_HEAD_REF: 'feat/x',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
    };
    expect(detectBuildInfo({ env, cwd: outsideGit })).toEqual({
      commit: 'abc123',
      branch: 'feat/x',
      buildUrl: 'https://github.com/o/r/actions/runs/9',
    });
  });

  it('reads Jenkins variables and drops the origin/ prefix', () => {
    expect(
      detectBuildInfo({
        env: { GIT_COMMIT: 'def', GIT_BRANCH: 'origin/main', BUILD_URL: 'https://jenkins/1' },
        cwd: outsideGit,
      }),
    ).toEqual({ commit: 'def', branch: 'main', buildUrl: 'https://jenkins/1' });
  });

  it('leaves what it cannot find undefined outside a git repository', () => {
    expect(detectBuildInfo({ env: {}, cwd: outsideGit })).toEqual({
      commit: undefined,
      branch: undefined,
      buildUrl: undefined,
    });
  });
});
