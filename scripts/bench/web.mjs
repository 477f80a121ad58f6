// Issue 15 benchmarks of the visitor pages: Lighthouse (mobile preset), weight as the browser transfers it, framework
// scripts on every visitor route, and throughput against a static file as the ceiling, all on the production build.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { tsImport } from 'tsx/esm/api';
import { freshSqlite, insertWave, PHONE_UA, startServer } from './server.mjs';

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// No network besides the page: without these Chromium asks Google for updates, field trials and safe-browsing lists.
const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-default-apps --disable-domain-reliability --disable-field-trial-config --no-pings';
// Lighthouse is a dev dependency pinned by the lock file: run its own CLI with node, not `npx lighthouse`, which would
// go to the registry whenever the package is missing (and so fail offline, or silently measure another version).
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const LIGHTHOUSE_VERSION = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8'),
).version;

export const WAVE = 'bench-wave';
export const WAVE_EN = 'bench-wave-en';
export const WAVE_AR = 'bench-wave-ar';

export async function withServer(port, run) {
  const file = freshSqlite(`web-${port}`);
  const url = `http://127.0.0.1:${port}`;
  // The demo seed gives the pages their real helplines and schedules; SITE_URL as a deployment sets it (canonical
  // links, the own-origin check).
  const server = await startServer({
    port,
    env: { DATABASE_URL: `file:./${file}`, SEED_DEMO: 'always', SITE_URL: url },
  });
  insertWave(file, WAVE, 'nl');
  insertWave(file, WAVE_EN, 'en');
  insertWave(file, WAVE_AR, 'ar');
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

/**
 * Every visitor route in every language, from the app's own routing tables (so a page added later is checked without
 * touching this file): each pathname but the staff application's, a wave link per language, a wave's "is this SMS
 * real", and an unknown address per language (the 404 page).
 */
export async function visitorRoutes() {
  const { VISITOR_PATHNAMES, visitorPattern } = await tsImport(
    '../../lib/i18n/visitor-paths.ts',
    import.meta.url,
  );
  const { VISITOR_LOCALES } = await tsImport('../../lib/i18n/locales.ts', import.meta.url);
  const routes = [];
  for (const pathname of VISITOR_PATHNAMES) {
    if (pathname === '/w/[code]') {
      routes.push(`/w/${WAVE}`, `/w/${WAVE_EN}`, `/w/${WAVE_AR}`);
      continue;
    }
    for (const locale of VISITOR_LOCALES) {
      const pattern = visitorPattern(pathname, locale);
      routes.push(pattern === '/' ? `/${locale}` : `/${locale}${pattern}`);
      if (pathname === '/is-this-sms-real') routes.push(`/${locale}${pattern}?w=${WAVE}`);
    }
  }
  for (const locale of VISITOR_LOCALES) routes.push(`/${locale}/bench-no-such-page`);
  return routes;
}

/**
 * Framework scripts in a page's HTML: any script or preload from `/_next/`, and any inline script (Next's flight
 * payload `self.__next_f.push(…)`, its bootstrap, or anything else that would need `'unsafe-inline'` or a nonce).
 */
export function frameworkScriptsIn(html) {
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const fromNext = tags.filter(([, attributes]) => /\ssrc=["'][^"']*\/_next\//i.test(attributes)).length;
  const inline = tags.filter(([, attributes]) => !/\ssrc=/i.test(attributes)).length;
  const preloads = [...html.matchAll(/<link\b[^>]*href=["'][^"']*\/_next\/[^"']*\.js[^"']*["'][^>]*>/gi)]
    .length;
  return { fromNext, inline, preloads, total: fromNext + inline + preloads };
}

/** Framework scripts on every visitor route (budget 0), with each route's status as a check that it was reached. */
export async function frameworkScripts(server) {
  const rows = {};
  for (const route of await visitorRoutes()) {
    const response = await fetch(`${server.url}${route}`, {
      headers: { 'user-agent': PHONE_UA },
      redirect: 'manual',
    });
    rows[route] = { status: response.status, ...frameworkScriptsIn(await response.text()) };
  }
  return rows;
}

const run = promisify(execFile);

async function runLighthouse(url, out) {
  await run(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${FLAGS}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      // The mobile preset is Lighthouse's default: Moto G Power screen, simulated slow 4G, 4x CPU slowdown.
      '--form-factor=mobile',
      '--throttling-method=simulate',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** One Lighthouse run: the four scores and the three metrics with budgets. */
export async function lighthouse(url, out) {
  // Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine; such a run has no figures.
  for (let attempt = 1; ; attempt += 1) {
    try {
      rmSync(out, { force: true });
      await runLighthouse(url, out);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`Lighthouse failed on ${url} (attempt ${attempt}), retrying`);
    }
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}`);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpSeconds: Number((report.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    failedAudits: Object.values(report.categories)
      .filter((category) => category.id !== 'performance')
      .flatMap((category) => category.auditRefs)
      .filter(
        (ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1,
      )
      .map((ref) => ref.id),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Each figure is the median of its own over `runs` runs (Lighthouse's docs advise the median of five: on a shared
 * machine one page's performance score moves by several points from run to run, because the simulation starts from
 * an observed trace). The runs of the pages are interleaved, so a burst of load from other work on the machine
 * lands on one run of several pages rather than on every run of one.
 */
export async function lighthouseMedians(baseUrl, pages, runs = 5) {
  mkdirSync('bench-results/lighthouse', { recursive: true });
  const all = Object.fromEntries(pages.map((page) => [page, []]));
  for (let round = 0; round < runs; round += 1)
    for (const page of pages) {
      const out = `bench-results/lighthouse/${page.replace(/[^a-z0-9]+/gi, '_')}-${round + 1}.json`;
      all[page].push(await lighthouse(`${baseUrl}${page}`, out));
      process.stdout.write('.');
    }
  process.stdout.write('\n');
  const medians = {};
  for (const [page, results] of Object.entries(all)) {
    const pick = (key) => median(results.map((result) => result[key]));
    const performances = results.map((result) => result.performance);
    medians[page] = {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcpSeconds: pick('lcpSeconds'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      performanceRange: `${Math.min(...performances)}–${Math.max(...performances)}`,
      failedAudits: [...new Set(results.flatMap((result) => result.failedAudits))],
    };
  }
  return { version: LIGHTHOUSE_VERSION, runs, medians, all };
}

/**
 * Bytes per resource type on a first visit (empty cache), as Chromium's network layer counted them: compressed
 * bodies plus response headers, which is what a phone downloads.
 */
export async function pageWeight(url) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: FLAGS.split(' ').filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    const context = await browser.newContext({ userAgent: PHONE_UA, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map();
    const bytes = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
    const encodings = new Set();
    const files = [];
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, { type: event.type, url: event.response.url });
      const encoding = Object.entries(event.response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      encodings.add(`${event.type}: ${encoding ?? 'none'}`);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const { type, url: file } = types.get(event.requestId) ?? {};
      const key =
        { Document: 'html', Stylesheet: 'css', Script: 'js', Image: 'image', Font: 'font' }[type] ?? 'other';
      bytes[key] += event.encodedDataLength;
      files.push({ type: key, url: file, bytes: event.encodedDataLength });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    return {
      ...bytes,
      htmlCssJs: bytes.html + bytes.css + bytes.js,
      encodings: [...encodings],
      files,
    };
  } finally {
    await browser.close();
  }
}

function load(url, options) {
  return new Promise((resolve, reject) =>
    autocannon({ url, headers: { 'user-agent': PHONE_UA }, timeout: 30, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

const row = (result) => ({
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});

/**
 * Each variant (a path, with request headers of its own where given) measured once per round, in the same order
 * every round, after a short warm-up: the rows of each variant, one per round.
 */
async function measureInRounds(server, variants, { seconds, connections, rounds }) {
  const loadVariant = ({ path, headers = {} }, options) =>
    load(`${server.url}${path}`, { ...options, headers: { 'user-agent': PHONE_UA, ...headers } });
  for (const variant of Object.values(variants)) await loadVariant(variant, { duration: 2, connections: 10 });
  const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1)
    for (const [name, variant] of Object.entries(variants))
      results[name].push(row(await loadVariant(variant, { duration: seconds, connections })));
  return results;
}

/** The median over the rounds of one variant's requests/s against another's in the same round. */
const ratioInRounds = (results, name, base) =>
  Number(median(results[name].map((result, round) => result.rps / results[base][round].rps)).toFixed(3));

/** Medians over the rounds, errors summed. */
const summarize = (results) => ({
  rps: median(results.map((result) => result.rps)),
  p50: median(results.map((result) => result.p50)),
  p99: median(results.map((result) => result.p99)),
  non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
  errors: results.reduce((sum, result) => sum + result.errors, 0),
});

/**
 * The visitor pages against the ceiling, 100 connections, one server (counting on). The targets are taken in turn in
 * each round and each ratio is against the ceiling of its own round, so the load other work puts on the machine
 * shifts both sides of a ratio alike; the figures are the medians over the rounds (errors summed).
 *
 * `reference`, when given, is a second static file measured in each round right after the ceiling, with each
 * target's ratio to it as well: `/robots.txt` goes through Next's file server, while the documents' stylesheet is
 * answered from memory by our own layer in front of Next, a higher ceiling that shows what that layer costs.
 */
export async function throughput(
  server,
  { targets, ceiling, reference, seconds = 10, connections = 100, rounds = 3 },
) {
  const paths = [ceiling, ...(reference ? [reference] : []), ...targets];
  const all = await measureInRounds(server, Object.fromEntries(paths.map((path) => [path, { path }])), {
    seconds,
    connections,
    rounds,
  });
  const summary = {};
  for (const path of paths)
    summary[path] = {
      ...summarize(all[path]),
      ...(path === ceiling ? {} : { ratio: ratioInRounds(all, path, ceiling) }),
      ...(reference && targets.includes(path)
        ? { ratioToReference: ratioInRounds(all, path, reference) }
        : {}),
    };
  return { ceiling, reference, summary, rounds: all, connections, seconds };
}

/** What Chromium on a phone sends: a page rendered per request is compressed per request too. */
const PHONE_ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * One page as autocannon asks for it (no Accept-Encoding, so uncompressed) and as a phone asks for it (brotli), in
 * the same rounds as the ceiling: for the pages rendered per request, compression is part of each request's cost.
 */
export async function throughputByEncoding(
  server,
  { path, ceiling, seconds = 10, connections = 100, rounds = 3 },
) {
  const variants = {
    ceiling: { path: ceiling },
    identity: { path },
    br: { path, headers: { 'accept-encoding': PHONE_ACCEPT_ENCODING } },
  };
  const all = await measureInRounds(server, variants, { seconds, connections, rounds });
  const summary = {
    ceiling: summarize(all.ceiling),
    identity: { ...summarize(all.identity), ratio: ratioInRounds(all, 'identity', 'ceiling') },
    br: { ...summarize(all.br), ratio: ratioInRounds(all, 'br', 'ceiling') },
  };
  return { path, ceiling, summary, connections, seconds, rounds };
}
