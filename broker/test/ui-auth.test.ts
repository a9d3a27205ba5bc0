import type { Browser, Page } from 'playwright-core';
import { call, withBroker, type TestBroker } from './support/broker';
import { launchChromium, watchPage } from './support/chromium';
import { publishBody, samplePact } from './support/fixtures';

// The UI under the API's auth: the shell is public, data needs a token, the token lives in an httpOnly cookie.
jest.setTimeout(120_000);

const WRITE = { authorization: 'Bearer write-token' };
let broker: TestBroker;
let browser: Browser;

beforeAll(async () => {
  broker = await withBroker({
    auth: { adminTokens: ['admin-token'], writeTokens: ['write-token'], readTokens: ['read-token'] },
    webhooks: { allowPrivateDestinations: true, deliver: false },
  });
  const published = await call(
    broker,
    'POST',
    '/contracts/publish',
    publishBody('1.0.0', [samplePact('Web', 'Orders')], { branch: 'main' }),
    WRITE,
  );
  expect(published.status).toBe(200);
  const hook = {
    description: 'Tell CI',
    events: [{ name: 'contract_published' }],
    request: { method: 'POST', url: 'https://127.0.0.1:9/hook' },
  };
  expect((await call(broker, 'POST', '/webhooks', hook, WRITE)).status).toBe(201);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await broker?.close();
});

async function logIn(page: Page, token: string): Promise<void> {
  await page.goto(`${broker.url}/`);
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
}

describe('the UI with auth', () => {
  it('serves the shell without credentials but no data', async () => {
    expect((await fetch(`${broker.url}/`, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await call(broker, 'GET', '/ui/api/integrations')).status).toBe(401);
    expect((await call(broker, 'GET', '/')).status).toBe(401);
  });

  it('refuses a wrong token with a clear message', async () => {
    const page = await browser.newPage();
    await logIn(page, 'nope');
    expect(await page.getByRole('alert').textContent()).toMatch(
      /^Failed to authorise request: the credentials are not valid/,
    );
    await page.close();
  });

  it('lets read credentials browse, without write actions, the token only in an httpOnly strict cookie', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, broker.url);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await logIn(page, 'read-token');
    await page.getByRole('cell', { name: 'Orders' }).waitFor();
    expect(await page.getByText('read only').count()).toBe(1);
    await page.getByRole('link', { name: 'Environments' }).click();
    await page.getByRole('heading', { name: 'Environments' }).waitFor();
    await page.getByText('No environments yet.').waitFor();
    expect(await page.getByRole('button', { name: 'Create environment' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Tell CI' }).waitFor();
    expect(await page.getByRole('button', { name: 'Test webhook' }).count()).toBe(0);
    await page.goto(`${broker.url}/ui/pacticipants/Web`);
    await page.getByRole('heading', { name: 'Branches' }).waitFor();
    await page.getByText('main', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: /Delete branch/ }).count()).toBe(0);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'treaty_token', value: 'read-token', httpOnly: true, sameSite: 'Strict' });
    expect(urls.filter((u) => u.includes('read-token'))).toEqual([]);
    expect(await page.evaluate(() => (globalThis as any).document.cookie)).toBe('');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await context.close();
  });

  it('offers write actions to write credentials, and they work', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'write-token');
    await page.getByText('read & write').waitFor();
    await page.getByRole('link', { name: 'Environments' }).click();
    await page.getByLabel('New environment').fill('staging');
    await page.getByRole('button', { name: 'Create environment' }).click();
    await page.getByRole('columnheader', { name: 'staging' }).waitFor();
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('button', { name: 'Test webhook' }).waitFor();
    await page.goto(`${broker.url}/ui/pacticipants/Web`);
    await page.getByRole('button', { name: 'Delete branch main' }).click();
    await page.getByRole('button', { name: 'Confirm: delete branch main' }).click();
    await page.getByText('No branches.').waitFor();
    expect((await call(broker, 'GET', '/pacticipants/Web/branches/main', undefined, WRITE)).status).toBe(404);
    expect(
      (await call(broker, 'GET', '/environments', undefined, WRITE)).body._embedded.environments.map(
        (e: any) => e.name,
      ),
    ).toEqual(['staging']);
    await context.close();
  });

  it('never lets the cookie alone write: a cross-site form cannot send the UI header', async () => {
    const cookie = 'treaty_token=write-token';
    const withoutHeader = await call(broker, 'POST', '/environments', { name: 'evil', production: false }, { cookie });
    expect(withoutHeader.status).toBe(401);
    const read = await call(broker, 'GET', '/ui/api/integrations', undefined, { cookie: 'treaty_token=read-token' });
    expect(read.status).toBe(200);
    const readWrite = await call(
      broker,
      'POST',
      '/environments',
      { name: 'x', production: false },
      { cookie: 'treaty_token=read-token', 'x-treaty-ui': '1' },
    );
    expect(readWrite.status).toBe(403);
    const noToken = await call(broker, 'POST', '/ui/api/session', {});
    expect(noToken.status).toBe(400);
    expect(noToken.body.error.message).toBe(
      'Failed to log in: authorization must be "Bearer <token>". Fix the request and try again.',
    );
    const login = await call(broker, 'POST', '/ui/api/session', undefined, { authorization: 'Bearer read-token' });
    expect(login.status).toBe(204);
    expect(login.headers['set-cookie']).toBe(
      'treaty_token=read-token; Max-Age=43200; Path=/; HttpOnly; SameSite=Strict',
    );
  });
});
