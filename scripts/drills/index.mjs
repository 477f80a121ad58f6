// `npm run drills`: failure drills against the production build (they take a few minutes, so they are not in
// `npm test`). Each prints what it checked and exits non-zero when a promise does not hold.
//   shutdown      SIGTERM under load: every visit answered 200 is counted.
//   database-down PostgreSQL unreachable under load: pages stay 200 with the number; buffered counts are flushed when
//                 it returns; and the bound on loss if the process dies meanwhile (kill -9) is exactly the buffer.
//   two-instances two servers on one PostgreSQL under load: the counts add up to the requests answered.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ensureBuild, freshSqlite, insertWave, PHONE_UA, startServer } from '../bench/server.mjs';
import { createGate } from './tcp-gate.mjs';

const WAVE = 'drill-wave';
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const failures = [];

function check(name, ok, detail) {
  console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);
  if (!ok) failures.push(name);
}

function load(url, options) {
  return new Promise((resolve, reject) =>
    autocannon({ url, headers: { 'user-agent': PHONE_UA }, timeout: 30, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sqliteVisits(file) {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare(`SELECT COALESCE(SUM("count"),0) AS n FROM "DailyCounter" WHERE "metric"='visit'`)
    .get();
  db.close();
  return Number(row.n);
}

async function freshPostgres() {
  const name = `uitweg_drill_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async query(sql, params = []) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function postgresVisits(database, wave = null) {
  const where = wave ? `AND "wave"=$1` : '';
  const rows = await database.query(
    `SELECT COALESCE(SUM("count"),0) AS n FROM "DailyCounter" WHERE "metric"='visit' ${where}`,
    wave ? [wave] : [],
  );
  return Number(rows[0].n);
}

/** Reads until two reads 1.5 s apart agree: everything buffered so far has been written. */
async function settledVisits(database, wave) {
  let previous = -1;
  let current = await postgresVisits(database, wave);
  while (current !== previous) {
    await sleep(1_500);
    previous = current;
    current = await postgresVisits(database, wave);
  }
  return current;
}

async function addPostgresWave(database) {
  await database.query(
    `INSERT INTO "Wave" ("id","code","name","locale","sentOn","recipients") VALUES ($1,$2,$3,'nl','2026-11-01',1000)
     ON CONFLICT DO NOTHING`,
    [`drill-${WAVE}`, WAVE, 'Drill'],
  );
}

async function drillShutdown() {
  console.log('\n## SIGTERM under load');
  const file = freshSqlite('drill-shutdown');
  const server = await startServer({ port: 3401, env: { DATABASE_URL: `file:./${file}` } });
  insertWave(file, WAVE);
  const running = load(`${server.url}/w/${WAVE}`, { duration: 8, connections: 20 });
  await sleep(4_000);
  server.child.kill('SIGTERM');
  const result = await running;
  const exit = await server.exited;
  const counted = sqliteVisits(file);
  check(
    'every visit answered 200 before the shutdown is counted',
    counted >= result['2xx'] && counted <= result['2xx'] + 20,
    `${result['2xx']} answered 200, ${counted} counted (at most the 20 in flight may be counted without an answer), exit code ${exit.code}`,
  );
}

async function drillDatabaseDown() {
  console.log('\n## PostgreSQL unreachable under load');
  const database = await freshPostgres();
  const gate = createGate({ listenPort: 3499, targetPort: 5432 });
  await gate.open();
  const url = new URL(database.url);
  url.host = '127.0.0.1:3499';
  let server = await startServer({
    port: 3402,
    env: { DATABASE_URL: url.toString(), NODE_ENV: 'production' },
  });
  try {
    await addPostgresWave(database);
    await load(`${server.url}/w/${WAVE}`, { amount: 50, connections: 5 }); // the wave is cached from here on
    const before = await settledVisits(database, WAVE);

    await gate.close();
    const during = await load(`${server.url}/w/${WAVE}`, { amount: 200, connections: 10 });
    const page = await fetch(`${server.url}/nl/hulp/verslaving`);
    const html = await page.text();
    check(
      'pages answer 200 with the helpline number while the database is down',
      during['2xx'] > 0 &&
        during.non2xx === 0 &&
        during.errors === 0 &&
        page.status === 200 &&
        html.includes('tel:+31302001234'),
      `${during['2xx']} × 200, ${during.non2xx} other, ${during.errors} errors; topic page ${page.status}`,
    );
    const ready = await fetch(`${server.url}/api/health/ready`);
    check(
      'readiness reports the database down',
      ready.status === 503,
      `GET /api/health/ready → ${ready.status}`,
    );

    await gate.open();
    let after = before;
    for (let i = 0; i < 60 && after < before + during['2xx']; i += 1) {
      await sleep(500);
      after = await postgresVisits(database, WAVE);
    }
    check(
      'counts buffered during the outage are flushed when the database returns',
      after === before + during['2xx'],
      `${during['2xx']} answered during the outage, ${after - before} counted after it`,
    );

    // The bound: if the process dies (kill -9) while the database is down, what it buffered since the last
    // successful flush is lost, and nothing else.
    await gate.close();
    const doomed = await load(`${server.url}/w/${WAVE}`, { duration: 2, connections: 5 });
    server.child.kill('SIGKILL');
    await server.exited;
    await gate.open();
    const final = await postgresVisits(database, WAVE);
    check(
      'killed during an outage, it loses exactly the visits buffered since the last flush',
      final === after,
      `${doomed['2xx']} answered while down before the kill; counted stays ${final} (was ${after})`,
    );
    server = null;
  } finally {
    if (server) await server.stop();
    await gate.close();
    await database.drop();
  }
}

async function drillTwoInstances() {
  console.log('\n## Two instances on one PostgreSQL');
  const database = await freshPostgres();
  const env = { DATABASE_URL: database.url, NODE_ENV: 'production' };
  const first = await startServer({ port: 3403, env });
  const second = await startServer({ port: 3404, env });
  try {
    await addPostgresWave(database);
    // A fixed number of requests per instance, every one answered before the counts are read.
    const [a, b] = await Promise.all([
      load(`${first.url}/w/${WAVE}`, { amount: 300, connections: 10 }),
      load(`${second.url}/w/${WAVE}`, { amount: 300, connections: 10 }),
    ]);
    await Promise.all([first.stop(), second.stop()]);
    const counted = await postgresVisits(database);
    const answered = a['2xx'] + b['2xx'];
    check(
      'the two instances add up to the requests answered',
      counted === answered,
      `${a['2xx']} + ${b['2xx']} answered 200, ${counted} visits counted`,
    );
  } finally {
    await database.drop();
  }
}

ensureBuild();
const wanted = process.argv.slice(2);
const run = (name) => wanted.length === 0 || wanted.includes(name);
if (run('shutdown')) await drillShutdown();
if (run('database-down')) await drillDatabaseDown();
if (run('two-instances')) await drillTwoInstances();
console.log(failures.length ? `\nFAILED: ${failures.join(', ')}` : '\nAll drills passed.');
process.exit(failures.length ? 1 : 0);
