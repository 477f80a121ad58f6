// `npm run drills`: failure drills against the production build (about three minutes; `npm test` runs them as its
// last step). Each prints what it checked and exits non-zero when a promise does not hold. Name drills to run some.
//   shutdown      SIGTERM under load while contact requests are sent: every visit answered 200 is counted, every
//                 request confirmed to its sender is stored, the others are answered with the number.
//   database-down PostgreSQL unreachable under load: pages stay 200 with the number; buffered counts are flushed when
//                 it returns; and the bound on loss if the process dies meanwhile (kill -9) is exactly the buffer.
//   two-instances two servers on one PostgreSQL under load: the counts add up to the requests answered.
//   rate-limit    one sender alternating between two instances gets exactly the hourly contact limit.
//   standalone    the `output: 'standalone'` server as deployed: migrates, serves pages and assets, counts, stores a
//                 contact request, exits cleanly on SIGTERM.
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ensureBuild, freshSqlite, insertWave, PHONE_UA, startServer } from '../bench/server.mjs';
import { loadContactForm, postContactForm } from './contact-post.mjs';
import { createGate } from './tcp-gate.mjs';
import { assembleStandalone, buildStandalone, standaloneBuilt } from '../standalone.mjs';

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

/** Load that runs until `stop` settles (or `duration` seconds pass). */
function loadUntil(url, options, stop) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, headers: { 'user-agent': PHONE_UA }, timeout: 30, ...options },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    void stop.then(() => instance.stop());
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sqliteReferences(file) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare(`SELECT "reference" FROM "ContactRequest"`).all();
  db.close();
  return new Set(rows.map((row) => row.reference));
}

// Contact requests without proof of work, as a browser without JavaScript sends them; no waiting before sending.
const OPEN_CONTACT = {
  CONTACT_MIN_FILL_SECONDS: '0',
  CONTACT_LIMIT_PER_HOUR: '10000',
  CONTACT_GLOBAL_LIMIT_PER_HOUR: '100000',
};

function sqliteVisits(file, wave = null) {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare(
      `SELECT COALESCE(SUM("count"),0) AS n FROM "DailyCounter" WHERE "metric"='visit' ${wave ? `AND "wave"=?` : ''}`,
    )
    .get(...(wave ? [wave] : []));
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
  console.log('\n## SIGTERM under load, with contact requests being sent');
  const file = freshSqlite('drill-shutdown');
  const server = await startServer({
    port: 3401,
    env: { DATABASE_URL: `file:./${file}`, SEED_DEMO: 'always', ...OPEN_CONTACT },
  });
  insertWave(file, WAVE);
  const forms = await Promise.all(Array.from({ length: 4 }, () => loadContactForm(server.url)));
  let exited = false;
  void server.exited.then(() => (exited = true));
  const outcomes = [];
  const running = loadUntil(`${server.url}/w/${WAVE}`, { duration: 60, connections: 20 }, server.exited);
  // Four senders post back to back until the server is gone.
  const posting = Promise.all(
    forms.map(async (form) => {
      while (!exited) outcomes.push(await postContactForm(form));
    }),
  );
  // SIGTERM once requests are being accepted under load (a fixed delay could end before the first on a slow machine,
  // and the drill would prove nothing), at most 20 s in.
  const deadline = Date.now() + 20_000;
  await sleep(4_000);
  while (outcomes.filter((outcome) => outcome.stored).length < 4 && Date.now() < deadline) await sleep(100);
  server.child.kill('SIGTERM');
  const [result] = await Promise.all([running, posting]);
  const exit = await server.exited;
  const counted = sqliteVisits(file, WAVE);
  check(
    'every visit answered 200 before the shutdown is counted',
    counted >= result['2xx'] && counted <= result['2xx'] + 20,
    `${result['2xx']} answered 200, ${counted} counted (at most the 20 in flight may be counted without an answer), exit code ${exit.code}`,
  );
  const stored = sqliteReferences(file);
  const confirmed = outcomes.filter((outcome) => outcome.stored);
  const missing = confirmed.filter((outcome) => !stored.has(outcome.stored));
  const toldToCall = outcomes.filter((outcome) => !outcome.stored && outcome.status !== 0);
  check(
    'every contact request confirmed to the sender is stored',
    confirmed.length > 0 && missing.length === 0,
    `${confirmed.length} confirmed with a reference code, ${missing.length} of them missing; ${stored.size} stored in all`,
  );
  check(
    'a contact request that was not stored is answered with the number',
    toldToCall.every((outcome) => outcome.status === 503 && outcome.showsNumber),
    `${toldToCall.length} answered 503 with the number while draining; ` +
      `${outcomes.filter((outcome) => outcome.status === 0).length} found the port closed (a load balancer's retry)`,
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
    await Promise.all([first.stop(), second.stop()]);
    await database.drop();
  }
}

async function drillRateLimitAcrossInstances() {
  console.log('\n## The contact rate limit holds across two instances');
  const database = await freshPostgres();
  const limit = 5;
  const env = {
    DATABASE_URL: database.url,
    NODE_ENV: 'production',
    SEED_DEMO: 'always',
    CONTACT_MIN_FILL_SECONDS: '0',
    CONTACT_LIMIT_PER_HOUR: String(limit),
  };
  const first = await startServer({ port: 3405, env });
  const second = await startServer({ port: 3406, env });
  try {
    const forms = await Promise.all([loadContactForm(first.url), loadContactForm(second.url)]);
    // The demo data holds requests (and conversations) of its own: only what this sender adds counts.
    const [before] = await database.query(`SELECT COUNT(*)::int AS n FROM "ContactRequest"`);
    // One sender (one address) alternating between the instances, two at a time.
    const outcomes = [];
    for (let round = 0; round < 6; round += 1) {
      outcomes.push(...(await Promise.all([postContactForm(forms[0]), postContactForm(forms[1])])));
    }
    const accepted = outcomes.filter((outcome) => outcome.stored).length;
    const [after] = await database.query(`SELECT COUNT(*)::int AS n FROM "ContactRequest"`);
    const stored = after.n - before.n;
    const refusedWithNumber = outcomes.filter((outcome) => !outcome.stored && outcome.showsNumber).length;
    check(
      'one sender gets exactly the hourly limit, whichever instance answers',
      accepted === limit && stored === limit && refusedWithNumber === outcomes.length - limit,
      `${outcomes.length} sent alternately to two instances: ${accepted} accepted, ${stored} stored, ` +
        `${refusedWithNumber} refused with the number (limit ${limit} per hour)`,
    );
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await database.drop();
  }
}

async function drillStandalone() {
  console.log('\n## The standalone server (output: standalone), as copied to a server');
  if (!standaloneBuilt()) buildStandalone();
  assembleStandalone();
  const file = freshSqlite('drill-standalone');
  const server = await startServer({
    port: 3407,
    standalone: true,
    env: { DATABASE_URL: `file:${path.resolve(file)}`, SEED_DEMO: 'always', ...OPEN_CONTACT },
  });
  try {
    insertWave(file, WAVE);
    const ready = await fetch(`${server.url}/api/health/ready`);
    const landing = await fetch(`${server.url}/nl`);
    // Localized paths and wave links go through the proxy's rewrites, which Next's standalone server can get wrong.
    const rewritten = await Promise.all(
      ['/nl/hulp/verslaving', '/en/help/addiction', `/w/${WAVE}`].map(
        async (pathname) => (await fetch(`${server.url}${pathname}`, { redirect: 'manual' })).status,
      ),
    );
    const html = await landing.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/(?:assets|_next\/static)\/[^"]+)"/g)].map(
      (match) => match[1],
    );
    const assetStatuses = await Promise.all(
      [...assets, '/robots.txt'].map(async (asset) => (await fetch(`${server.url}${asset}`)).status),
    );
    check(
      'it migrates its database and serves the pages, their assets and public files',
      ready.status === 200 &&
        landing.status === 200 &&
        html.includes('tel:+31302001234') &&
        rewritten.every((status) => status === 200) &&
        assets.length > 0 &&
        assetStatuses.every((status) => status === 200),
      `ready ${ready.status}, /nl ${landing.status}, rewritten paths ${rewritten.join(' ')}, ${assetStatuses.filter((status) => status === 200).length} of ${assetStatuses.length} assets and public files 200`,
    );
    const visits = await load(`${server.url}/w/${WAVE}`, { amount: 100, connections: 10 });
    const contact = await postContactForm(await loadContactForm(server.url));
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    const counted = sqliteVisits(file, WAVE);
    const stored = sqliteReferences(file);
    check(
      'it counts, stores contact requests and shuts down cleanly on SIGTERM',
      visits['2xx'] === 100 &&
        counted === 100 &&
        exit.code === 0 &&
        contact.stored !== null &&
        stored.has(contact.stored),
      `100 wave-link visits: ${visits['2xx']} answered 200, ${counted} counted; ` +
        `contact request ${contact.stored ?? 'not'} stored, exit code ${exit.code}`,
    );
  } finally {
    await server.stop();
  }
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

ensureBuild();
const wanted = process.argv.slice(2);
const POSTGRES_DRILLS = ['database-down', 'two-instances', 'rate-limit'];
// CI always has PostgreSQL; on a laptop without it, the drills that need it are skipped and say so.
const skipPostgres = !process.env.CI && !(await postgresReachable());
if (skipPostgres)
  console.log(`PostgreSQL not reachable at ${ADMIN_URL}: skipping ${POSTGRES_DRILLS.join(', ')}`);
const run = (name) =>
  (wanted.length === 0 || wanted.includes(name)) && !(skipPostgres && POSTGRES_DRILLS.includes(name));
if (run('shutdown')) await drillShutdown();
if (run('database-down')) await drillDatabaseDown();
if (run('two-instances')) await drillTwoInstances();
if (run('rate-limit')) await drillRateLimitAcrossInstances();
if (run('standalone')) await drillStandalone();
console.log(failures.length ? `\nFAILED: ${failures.join(', ')}` : '\nAll drills passed.');
process.exit(failures.length ? 1 : 0);
