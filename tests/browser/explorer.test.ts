// The explorer page in a real browser (Debian's chromium driven by playwright-core): it
// opens without errors, every stage is there with IR and a CFG drawing, a click on a source
// line highlights exactly the instructions whose source span covers that line (in every
// stage), and a screenshot is written to tests/browser/artifacts/explorer.png.
// Skipped, with a message, only when chromium is absent outside CI; under CI (`CI` set) a
// missing browser fails the test.

import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../golden/dumps/cases.js';

const CHROMIUM = process.env.PYX_CHROMIUM ?? '/usr/bin/chromium';
const programs = new URL('../golden/dumps/', import.meta.url);
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const available = existsSync(CHROMIUM);
const run = available || process.env.CI ? test.serial : test.serial.skip;

if (!available && !process.env.CI) {
  console.log(`tests/browser: ${CHROMIUM} not found, explorer browser test skipped (apt-get install -y chromium; under CI this fails)`);
}

run('explorer page: stages, CFGs, click on a source line highlights its instructions', async (t) => {
  t.true(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
  const tmp = mkdtempSync(join(tmpdir(), 'pyx-explore-'));
  const { chromium } = await import('playwright-core');
  // A fresh profile each run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const report = join(tmp, 'report.html');
    const result = await runCli(programs, ['explore', 'loops.py', '--passes', 'ssa,sccp,dce', '-o', report]);
    t.is(result.code, 0, result.stderr);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Self-contained: any request other than the file itself is a bug.
    const requests: string[] = [];
    page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
    await page.goto(`file://${report}`);
    t.is(await page.title(), 'pyx explore: loops.py');
    const titles = await page.locator('section.stage h2').allTextContents();
    t.deepEqual(titles, ['0. lowered IR', '1. after ssa', '2. after sccp', '3. after dce'].map((title, i) =>
      i === 0 || !titles[i].endsWith('(no change)') ? title : `${title} (no change)`));
    // Each stage: IR text, a diff panel, one CFG drawing per function (3 functions).
    t.is(await page.locator('section.stage pre.ir').count(), 4);
    t.is(await page.locator('section.stage .cfg svg').count(), 12);
    t.true((await page.locator('pre.diff').count()) >= 1);

    // Line 7 is `if (i + j) % 3 == 0:` in total(): its add/const/mod/eq/branch.
    t.is(await page.locator('.ins.hl').count(), 0);
    await page.locator('#L7').click();
    const highlighted = await page.locator('.ins.hl').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-lines'), node.textContent]));
    t.true(highlighted.length >= 4 * 5, `highlighted ${highlighted.length}`);
    for (const [lines, text] of highlighted) t.true(lines!.split(' ').includes('7'), `${text} is not from line 7`);
    t.true(highlighted.some(([, text]) => /= mod /.test(text!)));
    t.true(highlighted.some(([, text]) => /^\s*branch /.test(text!)));
    // Exactly the instructions of line 7: no instruction of line 7 left unhighlighted.
    t.is(await page.locator('.ins[data-lines~="7"]:not(.hl)').count(), 0);
    t.false(highlighted.some(([, text]) => /make_function/.test(text!)), "a def's span does not claim its body's lines");
    t.regex((await page.locator('#status').textContent())!, /^line 7: \d+ instruction\(s\) highlighted/);
    t.true(await page.locator('#L7').evaluate((node) => node.classList.contains('sel')));

    // The other direction: clicking an instruction selects its source line.
    // The first positioned `return` is total()'s `return result`, line 10.
    await page.locator('.ins[data-lines]', { hasText: 'return' }).first().click();
    const selected = await page.locator('.src.sel').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-line')));
    t.deepEqual(selected, ['10']);

    await page.locator('#L7').click();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'explorer.png'), fullPage: false });
    t.true(existsSync(join(artifacts, 'explorer.png')));
    t.deepEqual(errors, []);
    t.deepEqual(requests, []);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
