import { publishBody, samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

const PAIR = '/pacts/provider/Orders/consumer/Web';

/** The texts and fill colours a badge SVG draws (badge-maker writes each text twice: shadow and face). */
function readBadge(svg: string): { label: string; texts: string[]; fills: string[] } {
  expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*<\/svg>$/);
  const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
  const texts = [...svg.matchAll(/<text x="[^"]*" y="140"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const fills = [...svg.matchAll(/<rect (?:x="\d+" )?width="\d+" height="20" fill="(#[0-9a-f]+)"\/>/g)].map((m) => m[1]);
  return { label: title, texts, fills };
}

async function badge(broker: HttpBroker, path: string, headers: Record<string, string> = {}) {
  const answer = await broker.call('GET', path, undefined, headers);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  expect(answer.headers.get('cache-control')).toBe('no-cache');
  return { ...readBadge(answer.text), svg: answer.text };
}

async function verify(broker: HttpBroker, consumerVersion: string, providerVersion: string, success: boolean) {
  const pact = await broker.call('GET', `${PAIR}/version/${consumerVersion}`);
  const path = new URL(pact.body._links['pb:publish-verification-results'].href).pathname;
  expect((await broker.call('POST', path, { success, providerApplicationVersion: providerVersion })).status).toBe(201);
}

describe('badges', () => {
  let broker: HttpBroker;
  beforeAll(async () => {
    broker = await startHttpBroker();
    expect((await broker.call('PATCH', '/pacticipants/Web', { mainBranch: 'main' })).status).toBeLessThan(300);
    expect((await broker.call('PATCH', '/pacticipants/Orders', { mainBranch: 'main' })).status).toBeLessThan(300);
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()], { branch: 'main', tags: ['prod'] }))).status).toBe(200);
  });
  afterAll(() => broker.close());

  it('shows an unverified latest pact as unknown in grey, and an unknown pair as "pact not found"', async () => {
    const unknown = await badge(broker, `${PAIR}/latest/badge`);
    expect(unknown.texts).toEqual(['web/orders pact', 'unknown']);
    expect(unknown.fills).toEqual(['#555', '#9f9f9f']);
    expect(unknown.svg.startsWith('<!-- Web version 1.0.0 revision')).toBe(true);
    const missing = await badge(broker, '/pacts/provider/Nope/consumer/Web/latest/badge');
    expect(missing.texts).toEqual(['pact not found', 'unknown']);
  });

  it('turns green when verified, orange when a newer pact changed, red when it fails', async () => {
    await verify(broker, '1.0.0', '2.0.0', true);
    const verified = await badge(broker, `${PAIR}/latest/badge`);
    expect(verified.texts).toEqual(['web/orders pact', 'verified']);
    expect(verified.fills[1]).toBe('#4c1');
    expect(verified.svg).toContain('Orders version 2.0.0 number 1');
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.1.0', [samplePact('Web', 'Orders', 'b')], { branch: 'feat' }))).status).toBe(200);
    expect((await badge(broker, `${PAIR}/latest/badge`)).texts).toEqual(['web/orders pact', 'changed']);
    expect((await badge(broker, `${PAIR}/latest/prod/badge`)).texts).toEqual(['web/orders pact', 'verified']);
    expect((await badge(broker, `${PAIR}/branch/main/latest/badge`)).texts).toEqual(['web/orders pact', 'verified']);
    expect((await badge(broker, `${PAIR}/latest-untagged/badge`)).texts).toEqual(['web/orders pact', 'changed']);
    await verify(broker, '1.1.0', '2.0.1', false);
    const failed = await badge(broker, `${PAIR}/branch/feat/latest/badge?label=consumer`);
    expect(failed.texts).toEqual(['web pact', 'failed']);
    expect(failed.fills[1]).toBe('#e05d44');
  });

  it('serves the matrix badge for tagged versions with the tags in the label', async () => {
    expect((await broker.call('PUT', '/pacticipants/Orders/versions/2.0.0/tags/prod', {})).status).toBe(201);
    const matrix = await badge(broker, '/matrix/provider/Orders/latest/prod/consumer/Web/latest/prod/badge');
    expect(matrix.texts).toEqual(['web (prod)/orders (prod) pact', 'verified']);
    expect((await badge(broker, '/matrix/provider/Orders/latest/none/consumer/Web/latest/prod/badge')).texts[1]).toBe('unknown');
  });

  it('serves can-i-deploy badges to a tag and to an environment, and the can-i-merge badge', async () => {
    expect((await badge(broker, '/pacticipants/Web/latest-version/prod/can-i-deploy/to/prod/badge')).texts).toEqual(['can-i-deploy', 'prod to prod']);
    expect((await badge(broker, '/pacticipants/Web/latest-version/prod/can-i-deploy/to/prod/badge')).fills[1]).toBe('#4c1');
    expect((await badge(broker, '/pacticipants/Web/latest-version/nope/can-i-deploy/to/prod/badge')).texts).toEqual(['version', 'not found']);
    const env = await broker.call('POST', '/environments', { name: 'production', production: true });
    expect(env.status).toBe(201);
    expect((await broker.call('POST', `/pacticipants/Orders/versions/2.0.1/deployed-versions/environment/${env.body.uuid}`, {})).status).toBe(201);
    const feat = await badge(broker, '/pacticipants/Web/branches/feat/latest-version/can-i-deploy/to-environment/production/badge?label=web');
    expect(feat.texts).toEqual(['web', 'feat to production']);
    expect(feat.fills[1]).toBe('#e05d44');
    expect((await badge(broker, '/pacticipants/Web/main-branch/can-i-merge/badge')).texts).toEqual(['can-i-merge', 'unknown']);
    expect((await broker.call('PUT', '/pacticipants/Orders/branches/main/versions/2.0.0', {})).status).toBeLessThan(300);
    const merge = await badge(broker, '/pacticipants/Web/main-branch/can-i-merge/badge');
    expect(merge.texts).toEqual(['can-i-merge', 'success']);
    expect((await badge(broker, '/pacticipants/Nope/main-branch/can-i-merge/badge')).texts).toEqual(['main branch version', 'not found']);
  });
});

describe('badges behind auth', () => {
  const auth = { writeTokens: ['w'] };

  it('need credentials unless the operator makes badges public', async () => {
    const closed = await startHttpBroker({ auth });
    const open = await startHttpBroker({ auth, publicBadges: true });
    try {
      expect((await closed.call('GET', `${PAIR}/latest/badge`)).status).toBe(401);
      expect((await badge(closed, `${PAIR}/latest/badge`, { authorization: 'Bearer w' })).texts[0]).toBe('pact not found');
      expect((await badge(open, `${PAIR}/latest/badge`)).texts).toEqual(['pact not found', 'unknown']);
      expect((await open.call('GET', '/pacticipants')).status).toBe(401);
    } finally {
      await closed.close();
      await open.close();
    }
  });
});
