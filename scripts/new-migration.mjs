// `node scripts/new-migration.mjs <name>`: writes a migration for both engines from the schema change since the last
// commit (edit prisma/sqlite/schema.prisma first). Needs no database: it diffs the committed schema against the new one.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { derivePostgresSchema } from './derive-postgres-schema.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name))
  throw new Error('usage: node scripts/new-migration.mjs <snake_case_name>');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const sqlite = execSync('cat prisma/sqlite/schema.prisma', { encoding: 'utf8' });
writeFileSync('prisma/postgres/schema.prisma', derivePostgresSchema(sqlite));

for (const target of ['sqlite', 'postgres']) {
  const previous = path.join(tmpdir(), `previous-${target}.prisma`);
  writeFileSync(previous, execSync(`git show HEAD:prisma/${target}/schema.prisma`, { encoding: 'utf8' }));
  const sql = execFileSync(
    'npx',
    [
      'prisma',
      'migrate',
      'diff',
      '--from-schema-datamodel',
      previous,
      '--to-schema-datamodel',
      `prisma/${target}/schema.prisma`,
      '--script',
    ],
    { encoding: 'utf8', env: { ...process.env, PRISMA_TARGET: target, CHECKPOINT_DISABLE: '1' } },
  );
  const dir = `prisma/${target}/migrations/${stamp}_${name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/migration.sql`, sql);
  console.log(`${dir}/migration.sql`);
}
