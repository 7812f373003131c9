// Drives Debian's headless Chromium through one subscriber action on `communique serve` and
// prints, as one JSON line on stdout, what the pages showed. Used by tests/subscriber_web.rs.
//
//   node subscriber.mjs unsubscribe URL SHOTS_DIR          open the page, press its button
//   node subscriber.mjs subscribe URL EMAIL NAME LANG SHOTS_DIR   fill in the form, send it
//   node subscriber.mjs confirm URL SHOTS_DIR              open the page, press its button
//
// JavaScript is off in the page (the pages must work without it), the window is a phone's
// width, and every console message (a CSP violation, say) is reported.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Whatever happens, this process ends.
setTimeout(() => {
  console.error('subscriber.mjs: timed out');
  process.exit(3);
}, 60_000).unref();

/** What a person sees on the page now. */
async function describe(page, status) {
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: (document.querySelector('h1') || {}).textContent || '',
    text: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    buttons: document.querySelectorAll('button').length,
    scripts: document.querySelectorAll('script').length,
  }));
  return { url: page.url(), status, ...seen, fits: seen.scrollWidth <= seen.clientWidth };
}

/** Presses the page's (only) button and waits for the page its form leads to. */
async function press(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button').click(),
  ]);
  await page.waitForLoadState('load');
  return response.status();
}

async function main() {
  const [action, url, ...rest] = process.argv.slice(2);
  const shots = rest[rest.length - 1];
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'communique-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 375, height: 740 },
    javaScriptEnabled: false,
  });
  const console_ = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
    const opened = await page.goto(url);
    const before = await describe(page, opened ? opened.status() : 0);
    await page.screenshot({ path: join(shots, `${action}-before.png`), fullPage: true });
    if (action === 'subscribe') {
      const [email, name, lang] = rest;
      await page.locator('#email').fill(email);
      await page.locator('#name').fill(name);
      await page.locator('#lang').selectOption(lang);
    } else if (action !== 'unsubscribe' && action !== 'confirm') {
      throw new Error(`unknown action ${action}`);
    }
    const status = await press(page);
    const after = await describe(page, status);
    await page.screenshot({ path: join(shots, `${action}-after.png`), fullPage: true });
    console.log(JSON.stringify({ before, after, console: console_ }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`subscriber.mjs: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});
