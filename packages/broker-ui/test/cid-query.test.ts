import { matrixQuery } from '@treaty/cli';
import { cliCommandOf, matrixQueryOf } from '../client/cid-query';

// The can-i-deploy page must ask the broker exactly what `treaty can-i-deploy` asks, so both get the same answer.
describe('the can-i-deploy page query', () => {
  it.each([
    [
      { pacticipant: 'web', version: '1.0.0', environment: 'production' },
      { selectors: [{ pacticipant: 'web', version: '1.0.0' }], toEnvironment: 'production' },
    ],
    [{ pacticipant: 'web', version: '1.0.0' }, { selectors: [{ pacticipant: 'web', version: '1.0.0' }] }],
    [
      { pacticipant: 'my app', mainBranch: true, environment: 'prod env' },
      { selectors: [{ pacticipant: 'my app', mainBranch: true }], toEnvironment: 'prod env' },
    ],
    [{ pacticipant: 'web', mainBranch: true }, { selectors: [{ pacticipant: 'web', mainBranch: true }] }],
  ])('%j is the CLI query', (question, cli) => {
    expect(matrixQueryOf(question)).toBe(matrixQuery(cli));
  });

  it('writes a command to paste, quoting what the shell would split', () => {
    expect(
      cliCommandOf(
        { pacticipant: 'my app', version: '1.0.0', environment: 'production' },
        'http://127.0.0.1:9292',
        'pact-broker',
      ),
    ).toBe(
      "pact-broker can-i-deploy --pacticipant 'my app' --version 1.0.0 --to-environment production " +
        '--broker-base-url http://127.0.0.1:9292',
    );
    expect(cliCommandOf({ pacticipant: 'web', mainBranch: true }, 'http://b', 'treaty')).toBe(
      'treaty can-i-deploy --pacticipant web --main-branch --broker-base-url http://b',
    );
  });
});
