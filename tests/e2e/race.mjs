// The race (scripts/bench-web): rota's web edition against a vis-timeline page drawing the same
// lanes (tests/e2e/peer), each loaded cold in headless Chromium (the flags of e2e.mjs: software
// WebGL) from a server on 127.0.0.1, on the local network and on a classroom's (10 Mbit/s down,
// 40 ms latency, through Chromium's network emulation); then the desktop app's first frame
// (`rota --probe`, under Xvfb), in the same run.
//
// Each page sets the performance mark "lanes-painted" once the frame with its lanes is painted;
// the time is the mark's, from navigation start. rota's page sets it when its first picture is
// painted (the lanes as SVG, drawn when the page was built: scripts/build-web), and sets
// "app-drawn" when the live window's first frame is painted; both are reported. Bytes are what
// crossed the network (headers included) until then. Medians over RUNS runs (default 7), the
// pages taking turns.
//
//   node race.mjs [--runs N] [--profiles local,slow] [--no-desktop] [--json FILE]
//
// Environment: SITE (default target/web), ROTA_BIN (the release binary: it writes the peer's
// lanes and is the desktop app; default target/release/rota), CHROMIUM (default /usr/bin/chromium),
// ENCODINGS (what the server may send: "br,gzip" by default, "identity" for none).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', process.env.RUNS || 7));
const profileNames = option('--profiles', 'local,slow').split(',');
const desktop = !args.includes('--no-desktop');
const jsonOut = option('--json', null);
const site = path.resolve(process.env.SITE || path.join(repo, 'target/web'));
const rota = path.resolve(process.env.ROTA_BIN || path.join(repo, 'target/release/rota'));
const encodings = (process.env.ENCODINGS || 'br,gzip').split(',').filter((e) => e !== 'identity');
const extension = { br: '.br', gzip: '.gz' };

const PROFILES = {
  local: null,
  // A school network: 10 Mbit/s down, 40 ms of latency each way's round trip.
  slow: { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 },
};

if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`no web edition in ${site}: run scripts/build-web first`);
  process.exit(2);
}

// The peer's page, its library and its data, in a temporary folder: lanes.json comes from rota's
// own command line, so both pages draw the same holdings.
const peer = fs.mkdtempSync(path.join(os.tmpdir(), 'rota-race-'));
const vis = path.join(here, 'node_modules/vis-timeline');
fs.copyFileSync(path.join(here, 'peer/index.html'), path.join(peer, 'index.html'));
fs.copyFileSync(path.join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), path.join(peer, 'vis-timeline-graph2d.min.js'));
fs.copyFileSync(path.join(vis, 'styles/vis-timeline-graph2d.min.css'), path.join(peer, 'vis-timeline-graph2d.min.css'));
const cli = (...a) => JSON.parse(execFileSync(rota, [...a, '--format', 'json'], { encoding: 'utf8' }));
const recall = path.join(repo, 'assets/offices/csto-sg/scenarios/before-the-recall.ron');
const framed = (holdings) => holdings.filter((h) => h.start < '2031-01-01' && (!h.end || h.end > '2015-01-01'));
fs.writeFileSync(path.join(peer, 'lanes.json'), JSON.stringify([
  { name: 'Documented', holdings: framed(cli('history')) },
  { name: 'Rule alone (2015)', holdings: framed(cli('project', '--until', '2031-01-01')) },
  { name: 'Before the recall', holdings: framed(cli('project', recall, '--until', '2031-01-01')) },
]));
// Compressed as rota's files are by scripts/build-web, so both are served alike.
for (const file of fs.readdirSync(peer)) {
  const bytes = fs.readFileSync(path.join(peer, file));
  fs.writeFileSync(path.join(peer, `${file}.br`), zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  fs.writeFileSync(path.join(peer, `${file}.gz`), zlib.gzipSync(bytes, { level: 9 }));
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};
/** A static server for `root` that sends a precompressed file (NAME.br, NAME.gz) when the browser
 * takes its encoding, as scripts/serve-web does. */
async function serve(root) {
  const server = http.createServer((req, res) => {
    let file = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (file.endsWith('/')) file += 'index.html';
    const full = path.join(root, file);
    if (!full.startsWith(root) || !fs.statSync(full, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const accepted = String(req.headers['accept-encoding'] || '');
    const encoding = encodings.find((e) => accepted.includes(e) && fs.existsSync(full + extension[e]));
    const headers = {
      'content-type': types[path.extname(full)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    fs.createReadStream(encoding ? full + extension[encoding] : full).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const pages = { rota: await serve(site), peer: await serve(peer) };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});

/** One cold load: a fresh context (no cache, no service worker), the time of "lanes-painted" (and
 * of `last`, the mark the load waits for) and the page's other marks, and the bytes received until
 * each. */
async function load(url, conditions, last) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const finished = [];
    cdp.on('Network.loadingFinished', (e) => finished.push([e.timestamp, e.encodedDataLength]));
    let origin = null;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (origin === null && e.type === 'Document') origin = e.timestamp;
    });
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    await page.goto(url, { waitUntil: 'commit', timeout: 60000 });
    const failed = page.locator('#loading', { hasText: 'could not start' });
    await Promise.race([
      page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last, {
        timeout: 60000,
        polling: 10,
      }),
      failed.waitFor({ timeout: 60000 }).then(async () => {
        throw new Error(`${url}: ${await failed.textContent()}`);
      }),
    ]);
    const marks = await page.evaluate(() => {
      const out = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
      for (const r of performance.getEntriesByType('resource')) {
        if (r.name.endsWith('.wasm')) out['wasm-received'] = r.responseEnd;
      }
      return out;
    });
    // Bytes of the responses that finished before a mark (CDP times are in seconds).
    const bytesUntil = (ms) => {
      const until = origin === null ? Infinity : origin + ms / 1000 + 0.001;
      return finished.filter(([t]) => t <= until).reduce((sum, [, n]) => sum + n, 0);
    };
    return {
      ms: marks['lanes-painted'],
      bytes: bytesUntil(marks['lanes-painted']),
      liveMs: marks[last],
      liveBytes: bytesUntil(marks[last]),
      marks,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = {};
// What each load waits for: rota's live window, after its first picture; the peer's lanes.
const lastMark = { rota: 'app-drawn', peer: 'lanes-painted' };
for (const profile of profileNames) {
  if (!(profile in PROFILES)) throw new Error(`unknown profile ${profile}`);
  results[profile] = { rota: [], peer: [] };
  // A first load of each, not counted: Chromium's first page of the run pays its own start.
  for (const name of ['rota', 'peer']) await load(pages[name].url, PROFILES[profile], lastMark[name]);
  for (let i = 0; i < runs; i += 1) {
    for (const name of i % 2 ? ['peer', 'rota'] : ['rota', 'peer']) {
      results[profile][name].push(await load(pages[name].url, PROFILES[profile], lastMark[name]));
    }
  }
}
await browser.close();
for (const { server } of Object.values(pages)) server.close();
fs.rmSync(peer, { recursive: true, force: true });

/** `rota --probe` under Xvfb: from launch to the first frame on screen, as benches/startup.rs. */
function desktopRuns() {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    try {
      const text = execFileSync('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', rota, '--probe', '1', '--size', '1600x1000'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const ms = Number(/first_frame_ms=([\d.]+)/.exec(text)?.[1]);
      if (Number.isFinite(ms)) out.push(ms);
    } catch (e) {
      console.error(`desktop: ${String(e.message).split('\n')[0]}`);
      break;
    }
  }
  return out;
}
const desktopMs = desktop ? desktopRuns() : [];

const fmt = (ms) => `${Math.round(ms)} ms`;
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
console.log(`race: ${runs} cold loads of each page per profile, headless Chromium (software WebGL), 1600x1000`);
console.log(`served with ${encodings.length ? encodings.join(', ') : 'no compression'}; medians (min to max)`);
const summary = { runs, encodings, profiles: {} };
for (const [profile, r] of Object.entries(results)) {
  const line = (name, live = false) => {
    const ms = r[name].map((x) => (live ? x.liveMs : x.ms));
    const bytes = median(r[name].map((x) => (live ? x.liveBytes : x.bytes)));
    return { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), bytes };
  };
  const rotaLine = line('rota');
  const liveLine = line('rota', true);
  const peerLine = line('peer');
  const ratio = rotaLine.ms / peerLine.ms;
  const liveRatio = liveLine.ms / peerLine.ms;
  const phases = {};
  for (const key of Object.keys(r.rota[0].marks)) {
    phases[key] = median(r.rota.map((x) => x.marks[key] ?? NaN));
  }
  summary.profiles[profile] = { rota: rotaLine, rotaLive: liveLine, peer: peerLine, ratio, liveRatio, rotaPhases: phases };
  const label = profile === 'slow' ? 'slow (10 Mbit/s, 40 ms)' : 'local server';
  console.log(`\n${label}`);
  const rows = [
    ['rota (web)', 'first picture', rotaLine],
    ['rota (web)', 'live window  ', liveLine],
    ['vis-timeline', 'first picture', peerLine],
  ];
  for (const [name, what, l] of rows) {
    console.log(`  ${name.padEnd(13)} ${what} ${fmt(l.ms).padStart(8)} (${fmt(l.min)} to ${fmt(l.max)}), ${kib(l.bytes)} transferred`);
  }
  console.log(`  ratio rota/vis-timeline, first picture: ${ratio.toFixed(2)}; rota's live window/vis-timeline: ${liveRatio.toFixed(2)}`);
  console.log(`  rota's phases (median ms): ${Object.entries(phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
}
if (desktopMs.length) {
  const peerLocal = summary.profiles.local?.peer.ms;
  const ms = median(desktopMs);
  summary.desktop = { ms, min: Math.min(...desktopMs), max: Math.max(...desktopMs), runs: desktopMs.length };
  console.log(`\ndesktop (rota --probe, Xvfb, Mesa's software OpenGL): first frame ${fmt(ms)} (${fmt(summary.desktop.min)} to ${fmt(summary.desktop.max)}), launch included`);
  if (peerLocal) console.log(`  ratio desktop/vis-timeline (local): ${(ms / peerLocal).toFixed(2)}`);
} else if (desktop) {
  console.log('\ndesktop: skipped (needs xvfb-run and the release binary)');
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ summary, results }, null, 1));
