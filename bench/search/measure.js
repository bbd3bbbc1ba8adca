#!/usr/bin/env node
/* Chunked search index (what SiteGen writes under zoek/) against one JSON file of every event (make-single-file.py),
 * on a built site, in chromium, as a phone on a slow network meets them: each query in a fresh browser context
 * (cold cache) on the home page, the network throttled to 1.6 Mbit/s down with 150 ms round trips and the CPU
 * slowed 4x, files served gzip-compressed as GitHub Pages does. Prints bytes fetched and time until the first
 * results are known, per query and variant, and the total size of each index.
 * Usage: node measure.js SITE_DIR [query...]   (SITE_DIR built with --base-url /repo/; needs /usr/bin/chromium and
 * the Playwright driver NuGet restores: ~/.nuget/packages/microsoft.playwright/<version>/.playwright/package) */
'use strict';
const fs = require('fs'), path = require('path'), http = require('http'), zlib = require('zlib'), os = require('os');
const pw = path.join(os.homedir(), '.nuget/packages/microsoft.playwright');
const { chromium } = require(path.join(pw, fs.readdirSync(pw).sort().pop(), '.playwright/package'));

const site = path.resolve(process.argv[2]);
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['kabinet', 'woningen rotterdam', 'verbod vuurwerk', 'maart 2019', 'nederland'];
const types = { '.html': 'text/html', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const gz = new Map();
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(req.url.split('?')[0]).replace(/^\/repo\//, '/');
  if (p.endsWith('/')) p += 'index.html';
  if (p === '/single-file.js') p = null;
  const file = p ? path.join(site, p) : path.join(__dirname, 'single-file.js');
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'max-age=600' });
  res.end(gz.get(file));
});

function size(dir) {
  let raw = 0, packed = 0, files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) { const s = size(f); raw += s.raw; packed += s.packed; files += s.files; }
    else { const b = fs.readFileSync(f); raw += b.length; packed += zlib.gzipSync(b, { level: 6 }).length; files++; }
  }
  return { raw, packed, files };
}

(async () => {
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/repo/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const chunked = size(path.join(site, 'zoek'));
  const single = fs.readFileSync(path.join(site, 'zoek-alles.json'));
  console.log(`index size: chunked ${chunked.files} files, ${(chunked.raw / 1048576).toFixed(1)} MB raw, ${(chunked.packed / 1048576).toFixed(1)} MB gzip; ` +
    `single file ${(single.length / 1048576).toFixed(1)} MB raw, ${(zlib.gzipSync(single, { level: 6 }).length / 1048576).toFixed(1)} MB gzip`);
  console.log('query\tvariant\tfirst search ms\tfetched KB\tresults\tsecond search ms');
  for (const q of queries) {
    for (const variant of ['chunked', 'single']) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let bytes = 0, counting = false;
      cdp.on('Network.loadingFinished', e => { if (counting) bytes += e.encodedDataLength; });
      await page.goto(base, { waitUntil: 'networkidle' });
      if (variant === 'single') await page.addScriptTag({ url: base + '../single-file.js' });
      counting = true;
      const run = async (query) => variant === 'chunked'
        ? page.evaluate(async (query) => {
            const t0 = performance.now(), q = document.getElementById('tl-q');
            q.value = query; q.dispatchEvent(new Event('input'));
            const status = document.getElementById('tl-elsewhere-status');
            while (!/gevonden|niets/.test(status.textContent)) await new Promise(r => setTimeout(r, 10));
            return [performance.now() - t0, status.textContent];
          }, query)
        : page.evaluate(async ([base, query]) => {
            const t0 = performance.now(); const found = await window.singleSearch(base, query);
            return [performance.now() - t0, found.length + ' found'];
          }, [base, query]);
      const [ms, found] = await run(q);
      const kb = bytes / 1024;
      const [again] = await run(q + ' ');
      console.log(`${q}\t${variant}\t${ms.toFixed(0)}\t${kb.toFixed(0)}\t${found}\t${again.toFixed(0)}`);
      await ctx.close();
    }
  }
  await browser.close();
  server.close();
})();
