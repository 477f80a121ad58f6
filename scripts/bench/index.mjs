// `npm run bench`: measures on the production build (built first when missing) and prints tables, ending with issue
// 15's budget table; raw figures go to bench-results/latest.json (rewritten after every section).
//
// Sections (all but `floor` run by default; name some to run only those: `npm run bench -- web`):
//   counting    counting on vs off (issue 6), then the burst
//   burst       the 20,000-visit SMS-wave drill alone: answered, counted exactly, duration
//   dashboard   the uptake dashboard on two years of data
//   web         lighthouse, weight, scripts and throughput below, on one server
//   lighthouse  Lighthouse, mobile preset, median of 5 runs, on the pages of LIGHTHOUSE_PAGES
//   weight      landing page HTML + CSS + JS on a first visit
//   scripts     framework scripts on every visitor route
//   throughput  landing (wave link), topic and contact page against /robots.txt, 100 connections
//   floor       a bare Next.js page under the same Lighthouse settings (needs the registry: it installs Next)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  burstTable,
  encodingTable,
  frameworkTable,
  LIGHTHOUSE_PAGES,
  lighthouseTable,
  Tally,
  throughputTable,
  weightTable,
} from './budgets.mjs';
import { burstExactness, countingOverhead } from './counting.mjs';
import { dashboardAtScale } from './dashboard.mjs';
import { ensureBuild } from './server.mjs';
import { withBareNext } from './bare-next.mjs';
import {
  frameworkScripts,
  lighthouse,
  lighthouseMedians,
  pageWeight,
  throughput,
  throughputByEncoding,
  WAVE,
  WAVE_AR,
  withServer,
} from './web.mjs';

const DEFAULT = ['counting', 'dashboard', 'web'];
const WEB = ['lighthouse', 'weight', 'scripts', 'throughput'];
const KNOWN = [...DEFAULT, ...WEB, 'burst', 'floor'];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !KNOWN.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Known: ${KNOWN.join(', ')}.`);
  process.exit(2);
}
const chosen = wanted.length === 0 ? DEFAULT : wanted;
const run = (name) =>
  chosen.includes(name) ||
  (WEB.includes(name) && chosen.includes('web')) ||
  (name === 'burst' && chosen.includes('counting'));

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(1))),
  sections: chosen,
};
const tally = new Tally();
const budgetTables = [];

function save() {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
}

function budget(title, table) {
  console.log(`\n${table}`);
  budgetTables.push(`### ${title}\n\n${table}`);
}

ensureBuild();

if (run('counting')) {
  console.log('\n## Counting overhead: landing page via wave link, counting on vs off (alternating rounds)');
  const overhead = await countingOverhead();
  results.countingOverhead = overhead;
  console.table({ 'counting on': overhead.on, 'counting off': overhead.off });
  console.log(
    `throughput ratio on/off: ${overhead.ratio.toFixed(3)} (goal: ≥ 0.90, i.e. counting costs < 10%)`,
  );
  save();
}

if (run('burst')) {
  console.log(
    '\n## Burst: 20,000 wave-link requests at 100 connections, SIGTERM, restart on the same database',
  );
  const burst = await burstExactness();
  results.burst = burst;
  budget('Burst: the SMS-wave drill (exact; before: 320 s)', burstTable(burst, tally));
  save();
}

if (run('dashboard')) {
  console.log(
    '\n## Dashboard at scale: two years of daily counters for 50 waves, full server-side page render',
  );
  const dashboard = await dashboardAtScale();
  results.dashboard = dashboard;
  console.table([dashboard.dataSet]);
  console.table(dashboard.timings);
  const median = dashboard.timings['last 30 days (default)'].median;
  console.log(`default dashboard median ${median} ms (goal: < 200 ms)`);
  save();
}

if (WEB.some(run)) {
  await withServer(3310, async (server) => {
    // A production instance has rendered its pages before (and a document is then served from memory); the first
    // render after start-up also compiles code paths, which is not what a visitor meets.
    for (const path of LIGHTHOUSE_PAGES)
      for (let round = 0; round < 3; round += 1) await fetch(`${server.url}${path}`);

    if (run('scripts')) {
      console.log(
        '\n## Framework scripts on every visitor route (`/_next/` scripts and preloads, inline scripts)',
      );
      results.frameworkScripts = await frameworkScripts(server);
      budget(
        'Framework scripts on every visitor route (budget 0)',
        frameworkTable(results.frameworkScripts, tally),
      );
      save();
    }

    if (run('weight')) {
      console.log('\n## Weight: first visit, as Chromium transferred it (compressed bodies and headers)');
      results.weight = {
        '/nl': await pageWeight(`${server.url}/nl`),
        [`/w/${WAVE}`]: await pageWeight(`${server.url}/w/${WAVE}`),
        '/nl/hulp/verslaving': await pageWeight(`${server.url}/nl/hulp/verslaving`),
        '/nl/contact': await pageWeight(`${server.url}/nl/contact`),
        '/pl': await pageWeight(`${server.url}/pl`),
        '/tr': await pageWeight(`${server.url}/tr`),
        '/ar': await pageWeight(`${server.url}/ar`),
      };
      console.log(`encodings on /nl: ${results.weight['/nl'].encodings.join(', ')}`);
      budget('Weight: landing page on a first visit (kB = 1,000 bytes)', weightTable(results.weight, tally));
      save();
    }

    if (run('throughput')) {
      console.log(
        '\n## Throughput: 100 connections, counting on, against /robots.txt (and our stylesheet) in the same rounds (3 × 10 s)',
      );
      const names = {
        landing: `/w/${WAVE}`,
        'landing (ar)': `/w/${WAVE_AR}`,
        topic: '/nl/hulp/verslaving',
        contact: '/nl/contact',
      };
      const landing = await (await fetch(`${server.url}/nl`)).text();
      const stylesheet = /href="(\/assets\/site-[\w-]+\.css)"/.exec(landing)?.[1];
      results.throughput = await throughput(server, {
        targets: Object.values(names),
        ceiling: '/robots.txt',
        reference: stylesheet,
      });
      budget(
        'Throughput: 100 connections, medians of 3 rounds of 10 s, ratio to the ceiling of the same round',
        throughputTable(results.throughput, names, tally),
      );
      save();
      console.log(
        "\n## The contact page (rendered per request) without and with a phone's Accept-Encoding (no budget)",
      );
      results.contactEncodings = await throughputByEncoding(server, {
        path: names.contact,
        ceiling: '/robots.txt',
      });
      console.log(`\n${encodingTable(results.contactEncodings)}`);
      save();
    }

    if (run('lighthouse')) {
      console.log(
        '\n## Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), median of 5 runs per figure',
      );
      results.lighthouse = await lighthouseMedians(server.url, LIGHTHOUSE_PAGES, 5);
      const failed = Object.entries(results.lighthouse.medians).filter(
        ([, page]) => page.failedAudits.length > 0,
      );
      for (const [page, figures] of failed)
        console.log(`${page}: audits below 1 in some run: ${figures.failedAudits.join(', ')}`);
      budget(
        `Lighthouse ${results.lighthouse.version}, mobile preset, median of 5 runs (performance: median and range)`,
        lighthouseTable(results.lighthouse, tally),
      );
      save();
    }
  });
}

if (run('floor')) {
  await withBareNext(3320, async (url) => {
    results.lighthouseBareNext = await lighthouse(`${url}/`, 'bench-results/lighthouse/bare-next.json');
    console.log(
      '\nThe floor: a bare Next.js App Router page (same Next.js and React), same Lighthouse settings',
    );
    console.table({ 'bare Next.js page': results.lighthouseBareNext });
  });
  save();
}

if (budgetTables.length > 0) {
  console.log(`\n## Budgets (issue 15), ${results.date.slice(0, 10)}, ${results.machine}\n`);
  console.log(budgetTables.join('\n\n'));
  console.log(`\n${tally.summary()}`);
  results.budgets = { held: tally.held, failed: tally.failed };
}
save();
console.log('\nRaw figures: bench-results/latest.json');
