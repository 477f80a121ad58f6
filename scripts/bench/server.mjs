// Starts and stops production servers (`next start`) for the benchmarks, each on its own port and database.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export const BENCH_ENV = {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'bench-only-secret-bench-only-secret-0000',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_MANUAL_SIG_HANDLE: 'true',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'never',
};

export const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

export function ensureBuild() {
  // The visitor pages need both halves: Next's build and the documents' stylesheet and scripts built after it.
  if (existsSync(`${distDir}/BUILD_ID`) && existsSync(`${distDir}/documents/manifest.json`)) return;
  console.log('No production build yet: building…');
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...BENCH_ENV },
  });
  if (result.status !== 0) throw new Error('npm run build failed');
}

export function freshSqlite(name) {
  mkdirSync('data/bench', { recursive: true });
  const file = `data/bench/${name}.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  return file;
}

/** Adds a wave straight into a benchmark database (the server has migrated it; demo seeding is off). */
export function insertWave(file, code, locale = 'nl') {
  const db = new Database(file);
  db.prepare(
    `INSERT OR IGNORE INTO "Wave" ("id", "code", "name", "locale", "sentOn", "recipients") VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(`bench-${code}`, code, `Benchmark ${code}`, locale, '2026-11-01', 1000);
  db.close();
}

/** `next start` on the build, or with `standalone`, the self-contained server of a standalone build. */
export async function startServer({
  port,
  env = {},
  log = `data/bench/server-${port}.log`,
  standalone = false,
}) {
  mkdirSync('data/bench', { recursive: true });
  const out = openSync(log, 'a');
  const child = standalone
    ? spawn('node', ['server.js'], {
        cwd: `${distDir}/standalone`,
        // HOSTNAME=localhost: see docs/operations.md (with 0.0.0.0, Next 16.4 turns the proxy's rewrites into 307 loops).
        env: { ...process.env, ...BENCH_ENV, PORT: String(port), HOSTNAME: 'localhost', ...env },
        stdio: ['ignore', out, out],
      })
    : spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
        env: { ...process.env, ...BENCH_ENV, ...env },
        stdio: ['ignore', out, out],
      });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
