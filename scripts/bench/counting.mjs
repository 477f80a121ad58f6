// Issue 6 benchmarks: the cost of counting on the wave-link landing page, and exactness under an SMS burst.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { freshSqlite, insertWave, PHONE_UA, startServer } from './server.mjs';

const WAVE = 'bench-wave';

function load(url, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers: { 'user-agent': PHONE_UA }, timeout: 30, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function summary(result) {
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Landing page through a wave link with counting on versus off, the same build, alternating rounds. */
export async function countingOverhead({ rounds = 3, seconds = 8, connections = 50 } = {}) {
  const [onFile, offFile] = [freshSqlite('on'), freshSqlite('off')];
  const on = await startServer({ port: 3301, env: { DATABASE_URL: `file:./${onFile}` } });
  const off = await startServer({
    port: 3302,
    env: { DATABASE_URL: `file:./${offFile}`, COUNTING_ENABLED: 'false' },
  });
  insertWave(onFile, WAVE);
  insertWave(offFile, WAVE);
  try {
    for (const server of [on, off]) await load(`${server.url}/w/${WAVE}`, { duration: 2, connections: 10 }); // warm-up
    const runs = { on: [], off: [] };
    for (let round = 0; round < rounds; round += 1) {
      runs.on.push(summary(await load(`${on.url}/w/${WAVE}`, { duration: seconds, connections })));
      runs.off.push(summary(await load(`${off.url}/w/${WAVE}`, { duration: seconds, connections })));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const pick = (list) => ({
      rps: median(list.map((run) => run.rps)),
      p50: median(list.map((run) => run.p50)),
      p99: median(list.map((run) => run.p99)),
      non2xx: list.reduce((sum, run) => sum + run.non2xx, 0),
    });
    const result = { on: pick(runs.on), off: pick(runs.off) };
    return { ...result, ratio: result.on.rps / result.off.rps, connections, seconds, rounds };
  } finally {
    await on.stop();
    await off.stop();
  }
}

/** N wave-link requests at high concurrency, then SIGTERM: counted visits must equal N, with zero 5xx. */
export async function burstExactness({ requests = 20_000, connections = 100 } = {}) {
  const file = freshSqlite('burst');
  const env = { DATABASE_URL: `file:./${file}` };
  let server = await startServer({ port: 3303, env });
  insertWave(file, WAVE);
  const started = Date.now();
  const result = await load(`${server.url}/w/${WAVE}`, { amount: requests, connections });
  const seconds = (Date.now() - started) / 1000;
  const stopped = await server.stop('SIGTERM');
  // Restart on the same database: the counts must have survived the shutdown, and the server must come back.
  server = await startServer({ port: 3303, env });
  const healthy = (await fetch(`${server.url}/nl`)).status === 200;
  await server.stop();

  const db = new Database(file, { readonly: true });
  const since = db
    .prepare(
      `SELECT COALESCE(SUM("count"), 0) AS total FROM "DailyCounter" WHERE "metric" = 'visit' AND "wave" = ? AND "via" = 'wave'`,
    )
    .get(WAVE);
  db.close();
  return {
    requests,
    connections,
    seconds,
    ok2xx: result['2xx'],
    status5xx: result['5xx'] ?? 0,
    errors: result.errors,
    countedTotal: Number(since.total),
    exitCode: stopped.code,
    restartedHealthy: healthy,
  };
}
