import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it when missing). */
export const CHROMIUM = process.env.TREATY_CHROMIUM ?? '/usr/bin/chromium';

/** Start headless Chromium with no network of its own (no updates, no first-run, no GPU). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What went wrong in a page: console errors, failed requests, requests to another origin. */
export interface PageProblems {
  console: string[];
  failed: string[];
  foreign: string[];
}

/** Record every console error, failed or 4xx/5xx request and request to another origin than `origin`. */
export function watchPage(
  page: Page,
  origin: string,
  allow: (url: string, status: number) => boolean = () => false,
): PageProblems {
  const problems: PageProblems = { console: [], failed: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.foreign.push(url);
  });
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !allow(response.url(), response.status()))
      problems.failed.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core (from node_modules, evaluated in the page) and return the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
}
