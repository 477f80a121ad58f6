// Generates the two Prisma clients (SQLite and PostgreSQL). Runs on `npm install`; needs no database.
import { execFileSync } from 'node:child_process';

const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const target of ['sqlite', 'postgres']) {
  execFileSync('npx', ['prisma', 'generate', '--schema', `prisma/${target}/schema.prisma`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, PRISMA_TARGET: target },
  });
}
console.log('Prisma clients generated (sqlite, postgres)');
