// `npm run bench`: measures on the production build and prints tables; raw figures go to bench-results/.
// Sections: counting (issue 6), dashboard (uptake dashboard at scale). Pass section names to run only some: `npm run bench -- counting`.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { burstExactness, countingOverhead } from './counting.mjs';
import { dashboardAtScale } from './dashboard.mjs';
import { ensureBuild } from './server.mjs';
import { withBareNext } from './bare-next.mjs';
import { lighthouseMedian, pageWeight, throughput, withServer } from './web.mjs';

const wanted = process.argv.slice(2);
const run = (name) => wanted.length === 0 || wanted.includes(name);
const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model}`,
  node: process.version,
};

ensureBuild();

if (run('counting')) {
  console.log('\n## Counting overhead: landing page via wave link, counting on vs off (alternating rounds)');
  const overhead = await countingOverhead();
  results.countingOverhead = overhead;
  console.table({ 'counting on': overhead.on, 'counting off': overhead.off });
  console.log(
    `throughput ratio on/off: ${overhead.ratio.toFixed(3)} (goal: ≥ 0.90, i.e. counting costs < 10%)`,
  );

  console.log('\n## Burst exactness: 20,000 wave-link requests, SIGTERM, restart');
  const burst = await burstExactness();
  results.burst = burst;
  console.table([burst]);
  console.log(
    burst.countedTotal === burst.requests && burst.status5xx === 0
      ? `exact: ${burst.countedTotal} counted of ${burst.requests} sent, zero 5xx`
      : `NOT exact: ${burst.countedTotal} counted of ${burst.requests} sent, ${burst.status5xx} 5xx`,
  );
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
}

if (run('web')) {
  await withServer(3310, async (server) => {
    console.log(
      '\n## Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown), median of 3 runs per page',
    );
    const pages = ['/nl', '/en', '/nl/hulp/verslaving', '/en/help/addiction', '/nl/contact', '/en/contact'];
    results.lighthouse = {};
    // A production instance has rendered its pages before; the very first render after start-up compiles code paths
    // (about 300 ms here) and is not what a visitor meets.
    for (const path of pages) for (let round = 0; round < 3; round += 1) await fetch(`${server.url}${path}`);
    for (const path of pages) results.lighthouse[path] = lighthouseMedian(`${server.url}${path}`);
    console.table(results.lighthouse);
    console.log(
      'budgets: performance ≥ 95; accessibility, best practices, SEO = 100; LCP ≤ 1.5 s; CLS < 0.05',
    );
    await withBareNext(3320, async (url) => {
      results.lighthouseBareNext = lighthouseMedian(`${url}/`);
      console.log(
        '\nThe floor: a bare Next.js App Router page (same Next.js and React), same Lighthouse settings',
      );
      console.table({ 'bare Next.js page': results.lighthouseBareNext });
    });

    console.log('\n## Page weight, first visit, compressed transfer (KiB)');
    const landing = await pageWeight(`${server.url}/nl`);
    const contact = await pageWeight(`${server.url}/nl/contact`);
    results.pageWeight = { landing, contact };
    console.table({ 'landing /nl': landing, 'contact /nl/contact': contact });
    console.log(`JavaScript of our own on the landing page (ownJs): ${landing.ownJs} KiB (budget ≤ 10 KB)`);

    console.log(
      '\n## Throughput: wave-link landing page (counting on) vs static robots.txt, 100 connections',
    );
    results.throughput = await throughput(server);
    console.table({
      'landing /w/<code>': results.throughput.landing,
      'robots.txt (ceiling)': results.throughput.ceiling,
    });
    console.log(`landing / ceiling: ${results.throughput.ratio}`);
  });
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nRaw figures: bench-results/latest.json');
