// Debian's Chromium driven by playwright-core, for the tests that open the HTML report. The browser is
// never downloaded: it is /usr/bin/chromium (CHROMIUM_PATH overrides). Without it the browser tests skip
// with a message, unless ASN_SCAN_REQUIRE_BROWSER=1 (CI sets it), where a missing browser fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
export const REQUIRE_BROWSER = process.env.ASN_SCAN_REQUIRE_BROWSER === '1';
if (!HAVE_BROWSER && !REQUIRE_BROWSER) {
  process.stderr.write(`asn-scan tests: no Chromium at ${CHROMIUM}: the browser tests of the HTML report are skipped (apt-get install chromium, or set CHROMIUM_PATH)\n`);
}

/** Flags for Chromium as root on a closed network (see the README's "Development"). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu', '--disable-quic', '--disable-sync'];

/** A headless browser with a fresh profile folder of its own (--user-data-dir), removed on close. */
export async function launch(opts: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'asn-scan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did besides rendering: every request it made, console errors and uncaught exceptions. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

export async function openPage(context: BrowserContext, url: string, waitReady = true): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  if (waitReady) await page.waitForSelector('html[data-ready="1"]');
  return { page, log };
}
