// rota's web edition in a real browser (headless Chromium through playwright-core): the page
// loads and draws the timeline, keys move the cursor, a shared link opens its scenario read-only
// (and another office's link that office),
// a damaged link gives its message and the default view. Serves target/web (scripts/build-web)
// on 127.0.0.1 itself. Run by tests/e2e/run, which .ci/run calls.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const root = path.join(repo, 'target/web');
const rota = process.env.ROTA_BIN || path.join(repo, 'target/debug/rota');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};
const server = http.createServer((req, res) => {
  let file = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (file.endsWith('/')) file += 'index.html';
  const full = path.join(root, file);
  if (!full.startsWith(root) || !fs.existsSync(full)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(full)] || 'application/octet-stream' });
  fs.createReadStream(full).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // WebGL in software, as on a school laptop without a GPU.
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});

let failures = 0;
async function check(name, body) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await body(page);
    assert.deepEqual(errors, [], 'errors in the page');
    console.log(`ok   ${name}`);
  } catch (e) {
    failures += 1;
    console.log(`FAIL ${name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
    await page.screenshot({ path: path.join(repo, `target/e2e-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}

const started = () => document.title.startsWith('rota ·');
const status = (page) => page.$eval('#status', (e) => e.textContent);

/** Pixels of a state's colour (within a small tolerance) in a screenshot of the page. */
async function colourCount(page, [r, g, b]) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, r, g, b }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) n += 1;
      }
      return n;
    },
    { png, r, g, b },
  );
}

let firstPictureMs = 0;

await check('the page loads and draws the timeline', async (page) => {
  const t0 = Date.now();
  await page.goto(base);
  await page.waitForFunction(started, null, { timeout: 30000 });
  firstPictureMs = Date.now() - t0;
  assert.equal(await page.title(), 'rota · CSTO Secretary General · 1 Jan 2017 · Before the recall');
  // On a first visit the page showed the lanes as a picture (scripts/build-web) before the window
  // drew; the picture is gone now.
  await page.waitForFunction(() => performance.getEntriesByName('app-drawn').length > 0, null, { timeout: 5000 });
  const first = await page.evaluate(() => ({
    picture: performance.getEntriesByName('lanes-painted')[0]?.startTime,
    window: performance.getEntriesByName('app-drawn')[0]?.startTime,
    left: document.getElementById('first') !== null,
  }));
  assert.equal(first.left, false, 'the first picture is still there');
  if (fs.readFileSync(path.join(root, 'index.html'), 'utf8').includes('<svg')) {
    assert.ok(first.picture < first.window, `first picture at ${first.picture} ms, window at ${first.window} ms`);
  }
  // The lanes are drawn: Armenia's orange, Belarus's sky blue, Kazakhstan's green.
  for (const [name, colour] of [
    ['Armenia', [0xe6, 0x9f, 0x00]],
    ['Belarus', [0x56, 0xb4, 0xe9]],
    ['Kazakhstan', [0x00, 0x9e, 0x73]],
  ]) {
    const n = await colourCount(page, colour);
    assert.ok(n > 2000, `${name}'s colour covers only ${n} pixels`);
  }
});

await check('keys move the cursor', async (page) => {
  await page.goto(base);
  await page.waitForFunction(started, null, { timeout: 30000 });
  // A click on an empty part of the page (below the legend) gives the page the keyboard, as a
  // student's first click would.
  await page.mouse.click(100, 720);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.title.includes('14 Apr 2017'), null, { timeout: 5000 });
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Home is the first event (Bordyuzha, 2003); two more: Dushanbe and the Moscow session of 2015.
  await page.waitForFunction(() => document.title.includes('21 Dec 2015'), null, { timeout: 5000 });
  assert.equal(await page.title(), 'rota · CSTO Secretary General · 21 Dec 2015 · Before the recall');
});

await check('a shared link opens its scenario read-only', async (page) => {
  const link = execFileSync(rota, ['link', 'assets/offices/csto-sg/scenarios/reading-next-state-full-term.ron', '--base', base], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
  assert.ok(link.startsWith(`${base}#s=`), link);
  await page.goto(link);
  await page.waitForFunction(started, null, { timeout: 30000 });
  assert.equal(await page.title(), "rota · CSTO Secretary General · 1 Jan 2017 · Kazakhstan's reading (read-only)");
  assert.equal(
    await status(page),
    "Opened “Kazakhstan's reading” from a shared link, read-only: “Make a copy” to edit it.",
  );
  // Its lane shows Belarus's early turn: more sky blue than the rule of 2015 gives.
  const blue = await colourCount(page, [0x56, 0xb4, 0xe9]);
  assert.ok(blue > 2000, `only ${blue} pixels of Belarus`);
});

await check('a link to another office opens that office', async (page) => {
  const link = execFileSync(rota, ['link', '--office', 'eu-council', '--forgo', 'GBR@2017-07-01', '--base', base], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
  await page.goto(link);
  await page.waitForFunction(started, null, { timeout: 30000 });
  assert.equal(await page.title(), 'rota · EU Council Presidency · 1 Jan 2007 · Rule alone (what-if) (read-only)');
  assert.equal(
    await status(page),
    'Opened “Rule alone (what-if)” from a shared link, read-only: “Make a copy” to edit it.',
  );
  // The EU Council's lanes are drawn in its own colours: Germany, first in its fixed order, in
  // Okabe–Ito orange.
  const orange = await colourCount(page, [0xe6, 0x9f, 0x00]);
  assert.ok(orange > 500, `only ${orange} pixels of Germany's orange`);
});

await check('a damaged link gives its message and the default view', async (page) => {
  await page.goto(`${base}#s=eNqVVMtu2zAQ`);
  await page.waitForFunction(started, null, { timeout: 30000 });
  assert.equal(await page.title(), 'rota · CSTO Secretary General · 1 Jan 2017 · Before the recall');
  assert.equal(
    await status(page),
    'This link is damaged (its scenario cannot be unpacked); it may have been cut short when it was copied. Nothing was changed.',
  );
});

await check('a picked file opens and a save is a download', async (page) => {
  await page.goto(base);
  await page.waitForFunction(started, null, { timeout: 30000 });
  await page.mouse.click(100, 720);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 5000 }),
    page.keyboard.press('Control+O'),
  ]);
  await chooser.setFiles(path.join(repo, 'assets/offices/csto-sg/scenarios/four-year-terms.ron'));
  await page.waitForFunction(() => document.title.endsWith('What if terms were four years'), null, {
    timeout: 5000,
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 5000 }),
    page.keyboard.press('Control+S'),
  ]);
  assert.equal(download.suggestedFilename(), 'What if terms were four years.ron');
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(saved.includes('term_months: 48'), saved);
});

await check("the page remembers where the class was", async (page) => {
  await page.goto(base);
  await page.waitForFunction(started, null, { timeout: 30000 });
  await page.mouse.click(100, 720);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.title.includes('14 Apr 2017'), null, { timeout: 5000 });
  await page.reload();
  await page.waitForFunction(started, null, { timeout: 30000 });
  assert.equal(await page.title(), 'rota · CSTO Secretary General · 14 Apr 2017 · Before the recall');
});

await browser.close();
server.close();

const size = (f) => fs.statSync(path.join(root, f)).size;
console.log(
  `weight: rota_bg.wasm ${(size('rota_bg.wasm') / 1048576).toFixed(2)} MiB, rota.js ${(size('rota.js') / 1024).toFixed(0)} KiB; ` +
    `the window's first frame after ${firstPictureMs} ms (headless Chromium, software WebGL, from a local server)`,
);
process.exit(failures === 0 ? 0 : 1);
