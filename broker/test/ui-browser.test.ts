import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call, withBroker, type TestBroker } from './support/broker';
import { launchChromium, seriousViolations, watchPage, type PageProblems } from './support/chromium';
import { pactBroker } from './support/cli';
import { startReceiver, type Receiver } from './support/receiver';
import { seedUiBroker } from './support/ui-seed';

// Real Chromium against a broker seeded through its public API. Every page is photographed; the pictures replace
// docs/ui/*.png with TREATY_UI_SCREENSHOTS=docs (otherwise they go to a temp folder, so a test run leaves git clean).
jest.setTimeout(120_000);

const SHOTS =
  process.env.TREATY_UI_SCREENSHOTS === 'docs'
    ? join(__dirname, '..', '..', 'docs', 'ui')
    : join(tmpdir(), 'treaty-ui-screenshots');

let broker: TestBroker;
let browser: Browser;
let receiver: Receiver;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  receiver = await startReceiver();
  broker = await withBroker({
    webhooks: {
      allowedSchemes: ['http', 'https'],
      allowPrivateDestinations: true,
      pollIntervalMs: 50,
      retryBaseMs: 10,
    },
  });
  await seedUiBroker(broker, { hookUrl: `${receiver.url}/hook` });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await broker?.close();
  await receiver?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

async function checkPage(page: Page, violations: string[]): Promise<void> {
  violations.push(...(await seriousViolations(page)).map((v) => `${page.url()}: ${v}`));
}

describe('the web UI in Chromium', () => {
  let page: Page;
  let problems: PageProblems;
  const violations: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    problems = watchPage(page, broker.url);
  });

  afterAll(() => page.close());

  it('lists every integration on the index at /', async () => {
    await page.goto(`${broker.url}/`);
    await page.getByRole('cell', { name: 'Payments' }).waitFor();
    const rows = await page.locator('table.grid tbody tr').allTextContents();
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^Mobile ?Orders ?3\.1\.0.*passed/),
      expect.stringMatching(/^Mobile ?Users ?3\.1\.0.*unverified ?pending/),
      expect.stringMatching(/^Orders ?Payments ?2\.0\.0.*passed ?contract ?7\.0\.0/),
      expect.stringMatching(/^Web ?Orders ?1\.0\.1.*failed/),
      expect.stringMatching(/^Web ?Users ?1\.0\.1.*passed/),
    ]);
    await checkPage(page, violations);
    await shot(page, 'index');
  });

  it('searches and sorts on the server, with deep links', async () => {
    await page.getByLabel('Search').fill('pay');
    await page.waitForURL(/\?q=pay/);
    await page.getByText('1 of 5 integrations').waitFor();
    await page.goBack();
    await page.getByText('5 of 5 integrations').waitFor();
    await page.getByRole('button', { name: 'Provider' }).click();
    await page.waitForURL(/sort=provider&dir=asc/);
    await page.getByRole('button', { name: 'Provider ▲' }).click();
    await page.waitForURL(/sort=provider&dir=desc/);
    await page
      .locator('table.grid tbody tr')
      .first()
      .filter({ hasText: /^WebUsers/ })
      .waitFor();
    expect(await page.locator('table.grid tbody tr').last().textContent()).toMatch(/^(Mobile|Web)Orders/);
    await page.goto(`${broker.url}/`);
  });

  it('clicks through to a pact and sees an interaction, its rules and generators', async () => {
    await page.locator('tr', { hasText: 'WebOrders' }).getByRole('link', { name: '1.0.1' }).click();
    await page.getByRole('heading', { name: 'Pact: Web → Orders' }).waitFor();
    await page.getByRole('heading', { name: 'get order b' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('GET /orders/b');
    expect(text).toContain('an order exists');
    expect(text).toContain('$.totalinteger');
    expect(text).toContain('$.idregex "^[a-z]$"');
    expect(text).toContain('$.itemstype (min: 1)');
    expect(text).toContain('RandomInt (min: 1, max: 100)');
    expect(text).toContain('change(s) since 1.0.0');
    await checkPage(page, violations);
    await shot(page, 'pact');
  });

  it('clicks through to the failed verification and sees its mismatch and error', async () => {
    await page.getByRole('link', { name: /failed #1/ }).click();
    await page.getByRole('heading', { name: /Verification #1/ }).waitFor();
    const report = await page.locator('pre.report').textContent();
    expect(report).toContain('2 failures for "get order b"');
    expect(report).toContain('$.total');
    expect(report).toContain("Expected 'forty-two' (string) to be an integer");
    expect(report).toContain('afterEach failed: the test database did not reset');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('2.0.1');
    expect(text).toContain(
      'OpenAPI findings#/paths/~1orders~1{id}/get/responses/200 response.body.total must be integer',
    );
    expect(report).not.toContain('openapi');
    await checkPage(page, violations);
    await shot(page, 'verification');
  });

  it('goes to the matrix and filters it by pacticipant and version', async () => {
    await page.getByRole('link', { name: 'Matrix' }).first().click();
    await page.getByLabel('Pacticipant', { exact: true }).fill('Web');
    await page.getByLabel('Version').fill('1.0.1');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/pacticipant=Web/);
    await page.locator('table.grid tbody tr').nth(1).waitFor();
    const rows = await page.locator('table.grid tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toContain('Users');
    await checkPage(page, violations);
    await shot(page, 'matrix');
  });

  it('asks can-i-deploy and gets the official CLI answer and a CLI command', async () => {
    await page.getByRole('link', { name: 'Can I deploy?' }).first().click();
    await page.getByLabel('Pacticipant').fill('Web');
    await page.getByLabel('Version').fill('1.0.1');
    await page.getByLabel('To environment').selectOption('production');
    await page.getByRole('button', { name: 'Ask' }).click();
    const verdict = await page.getByRole('status').textContent();
    const cli = await pactBroker([
      'can-i-deploy',
      '--pacticipant',
      'Web',
      '--version',
      '1.0.1',
      '--to-environment',
      'production',
      '--broker-base-url',
      broker.url,
      '--output',
      'json',
    ]);
    const official = JSON.parse(cli.stdout).summary;
    expect(official.deployable).toBe(false);
    expect(verdict).toMatch(/^No: Web 1\.0\.1 cannot be deployed to production/);
    expect(verdict).toContain(official.reason);
    const command = await page.getByLabel('pact-broker command').textContent();
    expect(command).toBe(
      `pact-broker can-i-deploy --pacticipant Web --version 1.0.1 --to-environment production ` +
        `--broker-base-url ${broker.url}`,
    );
    await checkPage(page, violations);
    await shot(page, 'can-i-deploy');
  });

  it('shows the environments board', async () => {
    await page.getByRole('link', { name: 'Environments' }).first().click();
    const orders = page.getByRole('row', { name: /^Orders/ });
    await orders.waitFor();
    expect(await orders.textContent()).toContain('2.0.1');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      'Application',
      'productionproduction',
      'staging',
    ]);
    await checkPage(page, violations);
    await shot(page, 'environments');
  });

  it('draws the network graph, finds a service and opens it', async () => {
    await page.getByRole('link', { name: 'Network' }).click();
    await page.locator('.graph[data-ready="true"]').waitFor();
    await page.getByText('5 services, 5 integrations').waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'graph');
    await page.getByLabel('Find a service').fill('pay');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: 'Open Payments' }).waitFor();
    await checkPage(page, violations);
    // The camera centres on the service found: a click in the middle of the canvas lands on it.
    await page.waitForTimeout(700);
    const box = (await page.locator('.graph').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('heading', { name: 'Payments', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Orders');
    await page.goBack();
    await page.getByRole('link', { name: 'Open Payments' }).waitFor({ state: 'detached' });
    await page.locator('.graph[data-ready="true"]').waitFor();
    await page.getByLabel('Find a service').fill('pay');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: 'Open Payments' }).click();
    await page.getByRole('heading', { name: 'Payments', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
  });

  it('shows a provider contract: the OpenAPI operations, self-verification and cross-contract results', async () => {
    await page.goto(`${broker.url}/ui/pacticipants/Payments`);
    await page.getByRole('link', { name: '7.0.0' }).click();
    await page.getByRole('heading', { name: 'Provider contract: Payments' }).waitFor();
    await page.getByRole('cell', { name: 'GET /orders/{id}' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('GET /orders/{id}');
    expect(text).toContain('The payment state of an order');
    expect(text).toContain('schemathesis');
    expect(text).toMatch(/passed ?Orders 2\.0\.0/);
    await checkPage(page, violations);
    await shot(page, 'provider-contract');
  });

  it('shows webhooks with secrets masked', async () => {
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Tell CI' }).waitFor();
    await page.getByText('Request (secrets masked)').click();
    await page.locator('.executions summary').first().click();
    const text = await page.locator('main').textContent();
    expect(text).toMatch(/passed ?contract_content_changed, attempt 1, succeeded/);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('s3cret');
    expect(text).toContain('**********');
    await checkPage(page, violations);
    await shot(page, 'webhooks');
    const before = receiver.received.length;
    await page.getByRole('button', { name: 'Test webhook' }).click();
    await page.getByText('Sent: the receiver answered 200.').waitFor();
    expect(receiver.received.length).toBe(before + 1);
  });

  it('keeps the back button and dark theme working', async () => {
    await page.goBack();
    await page.getByRole('heading', { name: 'Provider contract: Payments', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'GET /orders/{id}' }).waitFor();
    await page.goto(`${broker.url}/ui/pacticipants/Orders`);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    await checkPage(page, violations);
    await shot(page, 'pacticipant-dark');
    for (const [path, ready] of [
      ['/', 'table.grid tbody tr'],
      ['/ui/pacts/Orders/Web', 'article.interaction'],
      ['/ui/can-i-deploy?pacticipant=Web&version=1.0.1&environment=production', '.verdict'],
      ['/ui/webhooks', 'article.interaction'],
    ]) {
      await page.goto(`${broker.url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.dataset.theme)).toBe('dark');
      await checkPage(page, violations);
    }
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('works from the keyboard: focus on each new page heading, then search and sort without a mouse', async () => {
    await page.goto(`${broker.url}/`);
    await page.getByRole('cell', { name: 'Payments' }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = (globalThis as any).document.activeElement;
        return `${el?.tagName} ${el?.id || el?.textContent}`;
      });
    expect(await focused()).toBe('H1 page-title');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('INPUT search');
    await page.keyboard.type('mob');
    await page.getByText('2 of 5 integrations').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON Consumer ▲');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=consumer&dir=desc/);
    await page.locator('a.skip').focus();
    expect(await page.locator('a.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
  });

  it('had no console error, no failed request, no request to another origin, no serious axe violation', () => {
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    expect(violations).toEqual([]);
  });
});

describe('the UI next to the HAL API', () => {
  it('answers / with HTML for browsers and unchanged HAL+JSON for clients', async () => {
    const html = await fetch(`${broker.url}/`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
    const hal = await call(broker, 'GET', '/', undefined, {
      accept: 'application/hal+json, application/json, */*; q=0.01',
    });
    expect(hal.headers['content-type']).toContain('application/hal+json');
    expect(hal.body._links['pb:latest-pact-versions']).toBeDefined();
    expect((await call(broker, 'GET', '/')).headers['content-type']).toContain('application/hal+json');
  });

  it('answers an unknown page with the shell and an unknown asset with 404', async () => {
    expect((await fetch(`${broker.url}/ui/nowhere`)).status).toBe(200);
    expect((await fetch(`${broker.url}/ui/assets/nope.js`)).status).toBe(404);
    const missing = await call(broker, 'GET', '/ui/api/pacts/Nobody/Web');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/^Failed to find pacticipant "Nobody"/);
  });
});
