// `npm start`: one command from a fresh clone to a running site with demo data.
// Creates .env with fresh secrets on first run, builds when the build is missing or older than the sources, then
// serves http://localhost:3000 (migrations and the demo seed run inside the server at start-up).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { freshSecrets } from './secrets.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const dev = process.argv.includes('--dev');
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
  NEXT_MANUAL_SIG_HANDLE: 'true',
};

function ensureEnvFile() {
  if (existsSync('.env') || process.env.APP_SECRET) return;
  const secrets = freshSecrets();
  const text = readFileSync('.env.example', 'utf8').replace(
    /^(ENCRYPTION_KEYS|APP_SECRET)=$/gm,
    (_, name) => `${name}=${secrets[name]}`,
  );
  writeFileSync('.env', text, { mode: 0o600 });
  console.log('Created .env with fresh secrets (see .env.example for every setting).');
}

/**
 * `next start` runs with NODE_ENV=production, where the server seeds only when asked explicitly: this command is the
 * demo, so it asks (the server still refuses a database that has staff). SEED_DEMO=never is respected.
 */
function demoSeedSetting() {
  const fromFile = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')).SEED_DEMO : undefined;
  const chosen = process.env.SEED_DEMO || fromFile;
  return chosen === 'never' ? 'never' : 'always';
}

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [
    'app',
    'components',
    'lib',
    'messages',
    'public',
    'prisma/sqlite',
    'prisma/postgres',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.ts',
    'package-lock.json',
  ])
    visit(entry);
  return newest;
}

function buildIfNeeded() {
  const buildId = '.next/BUILD_ID';
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceTime()) return;
  console.log('Building the site (once, about a minute)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureEnvFile();
if (!dev) {
  env.SEED_DEMO = demoSeedSetting();
  buildIfNeeded();
}
// Beside `next dev`, the visitor documents' stylesheet and scripts are rebuilt whenever a source changes.
const assets = dev ? spawn('node', ['scripts/build-assets.mjs', '--watch'], { stdio: 'inherit', env }) : null;
const child = spawn(
  'npx',
  ['next', dev ? 'dev' : 'start', ...process.argv.slice(2).filter((arg) => arg !== '--dev')],
  {
    stdio: 'inherit',
    env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    assets?.kill(signal);
    child.kill(signal);
  });
child.on('exit', (code) => process.exit(code ?? 0));
