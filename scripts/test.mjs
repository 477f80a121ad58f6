// `npm test`: every check, in order from cheapest to slowest; stops at the first failing step.
// typecheck → lint and formatting → unit and database tests (SQLite, and PostgreSQL when reachable; required under
// CI=true) → production build → browser tests against that build → failure drills (npm run drills: SIGTERM, database
// down, two instances, the rate limit across instances, the standalone server; about three minutes, PostgreSQL needed).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
// One build serves the browser tests (`next start`) and the standalone drill (`server.js`). Only the build sees the
// setting: `next start` reads next.config.ts again and warns on stderr under a standalone output.
const standaloneBuild = { NEXT_OUTPUT_STANDALONE: 'true' };
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and database tests', 'npx', ['vitest', 'run']],
  ['production build (with the standalone output)', 'npm', ['run', 'build'], standaloneBuild],
  ['browser tests', 'npx', ['playwright', 'test']],
  ['failure drills', 'node', ['scripts/drills/index.mjs']],
];

mkdirSync('test-results', { recursive: true });
let passed = 0;
for (const [name, command, args, stepEnv = {}] of steps) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...stepEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
  passed += 1;
}
console.log(`steps: ${passed} passed, 0 failed`);
