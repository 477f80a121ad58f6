// `npm run build:standalone`: the production build as one self-contained folder (`output: 'standalone'`), ready to
// copy to a server: `<distDir>/standalone` holds server.js, the traced node_modules (better-sqlite3's native addon
// and the PostgreSQL driver included) and the migrations the server applies at start-up. Next leaves out the static
// chunks and public/, which a CDN could serve; Uitweg serves them itself (no third-party requests), so they are
// copied in here. Start it in that folder with `NEXT_MANUAL_SIG_HANDLE=true PORT=3000 node server.js`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

export function standaloneBuilt() {
  return existsSync(path.join(distDir, 'standalone', 'server.js'));
}

export function buildStandalone() {
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_OUTPUT_STANDALONE: 'true', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

/** Copies what the standalone server serves but Next does not trace: the static chunks, the documents' assets, public/. */
export function assembleStandalone() {
  const target = path.join(distDir, 'standalone');
  for (const [from, to] of [
    [path.join(distDir, 'static'), path.join(target, distDir, 'static')],
    [path.join(distDir, 'documents'), path.join(target, distDir, 'documents')],
    ['public', path.join(target, 'public')],
  ]) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildStandalone();
  const target = assembleStandalone();
  console.log(`\nStandalone server in ${target}/. Start it there with:`);
  console.log('  NEXT_MANUAL_SIG_HANDLE=true NODE_ENV=production PORT=3000 node server.js');
  console.log('(and the environment from docs/operations.md).');
}
