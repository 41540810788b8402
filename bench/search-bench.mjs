// Measures search on a built site, ScarGuide's index against Pagefind's, in headless Chromium:
// bytes each query downloads (raw and gzip -6 of the same files), time until the first result shows and until the
// first page of 10 results is ready,
// and precision at 5 against the articles a patient would expect. Run by bench/search-compare.sh; see docs/search.md.
//
//   node bench/search-bench.mjs SITE_DIR [--pagefind] [--chromium PATH] [--json OUT]
//
// Needs playwright-core (NODE_PATH pointing at a node_modules that has it) and a Chromium.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const site = path.resolve(args[0]);
const withPagefind = args.includes('--pagefind');
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const executablePath = option('--chromium', process.env.CHROMIUM || '/usr/bin/chromium');
const port = Number(option('--port', '8787'));
const jsonOut = option('--json', null);

// Twenty patient queries and the generated corpus's topics (article slugs without their number) a patient would
// expect in the top five. The corpus generator writes several articles per topic, so five relevant results exist.
export const QUERIES = [
  ['keloid injection', ['intralesional-steroid-injection', 'triamcinolone-injection-therapy', '5-fu-injection-therapy']],
  ['stretch marks', ['microneedling-for-stretch-marks', 'stretch-mark-laser-therapy']],
  ['burn scar tightness', ['contracture-release-surgery', 'pressure-therapy-after-burns', 'pressure-garment-therapy', 'burn-scar-rehabilitation', 'fractional-laser-for-burn', 'skin-grafting']],
  ['sunscreen after laser', ['uv-avoidance-after-treatment', 'daily-sun-protection', 'broad-spectrum-sunscreen', 'mineral-sunscreen', 'sun-protective-clothing']],
  ['silicone sheets', ['silicone-sheeting', 'silicone-gel-therapy']],
  ['chemical peel acne scars', ['chemical-peeling', 'tca-peel-treatment', 'jessner-peel-treatment', 'glycolic-acid-peel-treatment', 'salicylic-acid-peel-therapy', 'tca-cross-technique']],
  ['ice pick scars', ['tca-cross-technique', 'punch-excision', 'punch-grafting']],
  ['rolling scars', ['subcision', 'cannula-subcision', 'subcision-with-filler', 'dermal-filler-treatment', 'hyaluronic-acid-filler']],
  ['freezing keloids', ['cryotherapy-for-keloids']],
  ['platelet rich plasma', ['microneedling-with-platelet-rich']],
  ['red scars laser', ['pulsed-dye-laser-treatment']],
  ['retinoid cream', ['topical-tretinoin', 'retinoid-therapy']],
  ['massaging a scar', ['scar-massage']],
  ['compression garments burns', ['pressure-garment-therapy', 'pressure-therapy-after-burns']],
  ['filler for depressed scars', ['dermal-filler-treatment', 'hyaluronic-acid-filler', 'hyaluronic-acid-treatment', 'subcision-with-filler']],
  ['co2 laser resurfacing', ['fractional-co2-laser-treatment', 'erbium-laser-resurfacing', 'fractional-laser-resurfacing']],
  ['wound healing dressing', ['wound-care', 'early-scar-management', 'post-procedure-aftercare']],
  ['moisturiser after treatment', ['moisturiser-based-aftercare', 'barrier-repair-skincare', 'gentle-skincare', 'post-procedure-aftercare']],
  ['radiotherapy after keloid surgery', ['keloid-excision-with-radiotherapy']],
  ['microneedlng', ['microneedling', 'fractional-microneedling', 'radiofrequency-microneedling', 'microneedling-for-stretch-marks', 'microneedling-with-platelet-rich', 'collagen-induction-therapy']],
];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.pagefind': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream' };
const gzipSizes = new Map();
let counter = null;

const server = http.createServer((request, response) => {
  let file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!file.startsWith(site)) { response.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { response.writeHead(404).end(); return; }
  const body = fs.readFileSync(file);
  // Only the index's files count (not the page, its style sheet or the search script), whenever they load.
  if (counter && /^\/(search-index|pagefind\/)/.test(new URL(request.url, 'http://x').pathname)) {
    if (!gzipSizes.has(file)) {
      // Pagefind's files are gzipped already: gzip again changes little, as a server would send them.
      gzipSizes.set(file, zlib.gzipSync(body, { level: 6 }).length);
    }
    counter.requests += 1;
    counter.raw += body.length;
    counter.gzip += Math.min(body.length, gzipSizes.get(file));
  }
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  response.end(body);
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${port}/`;

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });

function relevant(url, expected) {
  const slug = (url || '').replace(/\/+$/, '').split('/').pop().replace(/-\d+$/, '');
  return expected.includes(slug);
}

async function measure(tool, query, expected) {
  const context = await browser.newContext();
  const page = await context.newPage();
  counter = { requests: 0, raw: 0, gzip: 0 };
  await page.goto(base + 'search/', { waitUntil: 'load' });
  let result;
  if (tool === 'scarguide') {
    // The search script fetches its manifest when the page loads; the query starts once it is in, as a reader's would.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /search-index\.json/.test(e.name) && e.responseEnd > 0));
    result = await page.evaluate((q) => new Promise((resolve) => {
      const list = document.getElementById('search-results');
      const status = document.getElementById('search-status');
      const input = document.getElementById('search-input');
      const t0 = performance.now();
      let first = null;
      const urls = () => [...list.querySelectorAll('a.search-result__link')].slice(0, 5).map((a) => a.getAttribute('href'));
      new MutationObserver(() => { if (first === null && list.querySelector('li')) first = performance.now() - t0; }).observe(list, { childList: true });
      new MutationObserver(() => {
        if (/^No results/.test(status.textContent)) resolve({ first: performance.now() - t0, ms: performance.now() - t0, urls: [] });
        else if (/result/.test(status.textContent)) resolve({ first, ms: performance.now() - t0, urls: urls() });
      }).observe(status, { childList: true, characterData: true, subtree: true });
      input.value = q;
      input.form.requestSubmit();
    }), query);
  } else {
    // Pagefind gets the same head start: its script, WebAssembly and metadata load with the page (pagefind.init()).
    await page.evaluate(async () => {
      window.pagefind = await import('/pagefind/pagefind.js');
      await window.pagefind.init();
    });
    result = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const search = await window.pagefind.search(q);
      let first = null;
      const data = await Promise.all(search.results.slice(0, 10).map((r, i) => r.data().then((d) => {
        if (i === 0) first = performance.now() - t0;
        return d;
      })));
      return { first, ms: performance.now() - t0, urls: data.slice(0, 5).map((d) => d.url) };
    }, query);
  }
  const bytes = counter;
  counter = null;
  await context.close();
  const hits = result.urls.filter((u) => relevant(u, expected)).length;
  return { tool, query, first: Math.round(result.first), ms: Math.round(result.ms), requests: bytes.requests, raw: bytes.raw, gzip: bytes.gzip, p5: hits / 5, top: result.urls };
}

const rows = [];
for (const tool of withPagefind ? ['scarguide', 'pagefind'] : ['scarguide']) {
  // One warm-up query: the first page load of a fresh browser pays for starting it, not for search.
  await measure(tool, 'scar', []);
  for (const [query, expected] of QUERIES) rows.push(await measure(tool, query, expected));
}
await browser.close();
server.close();

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const tool of [...new Set(rows.map((r) => r.tool))]) {
  const mine = rows.filter((r) => r.tool === tool);
  const sum = (k) => mine.reduce((t, r) => t + r[k], 0);
  console.log(`${tool}: median ${median(mine.map((r) => r.first))} ms (max ${Math.max(...mine.map((r) => r.first))} ms) to the first result, ` +
    `median ${median(mine.map((r) => r.ms))} ms (max ${Math.max(...mine.map((r) => r.ms))} ms) to the first page of ten; ` +
    `median ${(median(mine.map((r) => r.raw)) / 1024).toFixed(1)} KB raw, ${(median(mine.map((r) => r.gzip)) / 1024).toFixed(1)} KB gzip per query ` +
    `(max ${(Math.max(...mine.map((r) => r.raw)) / 1024).toFixed(1)} KB raw); mean precision at 5 ${(sum('p5') / mine.length).toFixed(2)}`);
  for (const r of mine) console.log(`  ${r.query.padEnd(36)} ${String(r.first).padStart(5)} ms first ${String(r.ms).padStart(5)} ms page ${(r.raw / 1024).toFixed(1).padStart(7)} KB ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gz ${String(r.requests).padStart(3)} req  P@5 ${r.p5.toFixed(1)}`);
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
