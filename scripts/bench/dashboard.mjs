// Dashboard at scale: server-side render time of the staff dashboard on two years of data for 50 waves.
import { statSync } from 'node:fs';
import { addAnalystSession, fillDashboardData } from './dashboard-data.mjs';
import { freshSqlite, startServer } from './server.mjs';

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(url, cookie, rounds) {
  const durations = [];
  let bytes = 0;
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(url, {
      headers: { cookie: ['uitweg_staff', 'uitweg_staff_nl'].map((name) => `${name}=${cookie}`).join('; ') },
      redirect: 'manual',
    });
    const body = await response.text();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    bytes = body.length;
    durations.push(ms);
  }
  durations.sort((a, b) => a - b);
  const round1 = (value) => Math.round(value * 10) / 10;
  return {
    median: round1(percentile(durations, 50)),
    p95: round1(percentile(durations, 95)),
    min: round1(durations[0]),
    max: round1(durations[durations.length - 1]),
    kB: Math.round(bytes / 1024),
  };
}

/**
 * Generates the data set into a fresh SQLite file (migrated by the server itself), then times full page requests
 * (proxy, session check, queries, server render) for the dashboard's presets, sequentially, after a warm-up.
 */
export async function dashboardAtScale({ port = 3311, rounds = 30 } = {}) {
  const file = freshSqlite('dashboard');
  const env = { DATABASE_URL: `file:./${file}`, SITE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' };
  // First start: the server migrates the empty database. Then fill it while no server holds it.
  const first = await startServer({ port, env });
  await first.stop();
  const generated = fillDashboardData(file);
  const cookie = addAnalystSession(file);
  const server = await startServer({ port, env });
  try {
    const base = `${server.url}/nl/staff/dashboard`;
    const scenarios = {
      'last 30 days (default)': base,
      'last 7 days': `${base}?preset=7d`,
      'one wave, since sent': `${base}?preset=wave&wave=${generated.firstWave}`,
      'custom, 365 days': `${base}?preset=custom&from=${isoDaysAgo(364)}&to=${isoDaysAgo(0)}`,
      // "Show what is hidden": the same view, with the suppression of the whole export worked out.
      '365 days, what the export hides (asked)': `${base}?preset=custom&from=${isoDaysAgo(364)}&to=${isoDaysAgo(0)}&breakdown=day-wave`,
      'CSV export per day and wave, 365 days': `${server.url}/nl/staff/dashboard/export?preset=custom&from=${isoDaysAgo(364)}&to=${isoDaysAgo(0)}`,
      'CSV export, 30 days': `${server.url}/nl/staff/dashboard/export?preset=30d`,
      'CSV export per wave and arm, 365 days': `${server.url}/nl/staff/dashboard/export?preset=custom&from=${isoDaysAgo(364)}&to=${isoDaysAgo(0)}&breakdown=wave-arm`,
      'experiments list': `${server.url}/nl/staff/experiments`,
      'one experiment (3 arms)': `${server.url}/nl/staff/experiments/${generated.firstExperiment}`,
      'pooled over all experiment waves': `${server.url}/nl/staff/experiments?${new URLSearchParams({
        a: generated.armLabels[1],
        b: generated.armLabels[0],
        measure: 'reachedOut',
      })}`,
    };
    for (const url of Object.values(scenarios)) await time(url, cookie, 3); // warm-up: compile caches, JIT
    const timings = {};
    for (const [name, url] of Object.entries(scenarios)) timings[name] = await time(url, cookie, rounds);
    return {
      dataSet: { ...generated, databaseMB: Math.round(statSync(file).size / 1048576) },
      rounds,
      timings,
    };
  } finally {
    await server.stop();
  }
}

function isoDaysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
