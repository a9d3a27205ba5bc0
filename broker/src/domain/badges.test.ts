import { canIDeployBadgeText, canIMergeBadgeText, errorBadgeText, pactBadgeStatus, pactBadgeText } from './badges';

describe('pactBadgeStatus', () => {
  it(
    'is never without a pact or a verification, failed, ' + 'stale when verified content is older, success otherwise',
    () => {
      expect(pactBadgeStatus(undefined, undefined)).toBe('never');
      expect(pactBadgeStatus('a', undefined)).toBe('never');
      expect(pactBadgeStatus('a', { sha: 'a', success: false })).toBe('failed');
      expect(pactBadgeStatus('b', { sha: 'a', success: true })).toBe('stale');
      expect(pactBadgeStatus('a', { sha: 'a', success: true })).toBe('success');
    },
  );
});

describe('pactBadgeText', () => {
  const pair = { consumer: 'WebApp', provider: 'order-service' };

  it('names the pair in lower case with the status and colour', () => {
    expect(pactBadgeText(pair, 'success')).toEqual({
      label: 'webapp/order-service pact',
      message: 'verified',
      color: 'brightgreen',
    });
    expect(pactBadgeText(pair, 'stale')).toMatchObject({ message: 'changed', color: 'orange' });
    expect(pactBadgeText(pair, 'failed')).toMatchObject({ message: 'failed', color: 'red' });
    expect(pactBadgeText(undefined, 'never')).toEqual({
      label: 'pact not found',
      message: 'unknown',
      color: 'lightgrey',
    });
  });

  it('uses initials, one side, and tags like the Pact Broker', () => {
    expect(pactBadgeText(pair, 'success', { initials: true }).label).toBe('wa/os pact');
    expect(pactBadgeText(pair, 'success', { label: 'consumer' }).label).toBe('webapp pact');
    expect(pactBadgeText(pair, 'success', { label: 'Provider' }).label).toBe('order-service pact');
    expect(pactBadgeText(pair, 'success', { consumerTag: 'prod', providerTag: 'main' }).label).toBe(
      'webapp (prod)/order-service (main) pact',
    );
  });
});

describe('deploy and merge badges', () => {
  it('say where to and whether it is safe', () => {
    expect(canIDeployBadgeText('main', 'production', true)).toEqual({
      label: 'can-i-deploy',
      message: 'main to production',
      color: 'brightgreen',
    });
    expect(canIDeployBadgeText('prod', 'test', false, 'web')).toEqual({
      label: 'web',
      message: 'prod to test',
      color: 'red',
    });
    expect(canIMergeBadgeText(true)).toMatchObject({ message: 'success', color: 'brightgreen' });
    expect(canIMergeBadgeText(false)).toMatchObject({ message: 'failed', color: 'red' });
    expect(canIMergeBadgeText(null)).toMatchObject({ message: 'unknown', color: 'lightgrey' });
    expect(errorBadgeText('version', 'not found')).toEqual({
      label: 'version',
      message: 'not found',
      color: 'lightgrey',
    });
  });
});
