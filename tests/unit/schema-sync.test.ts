import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { derivePostgresSchema } from '../../scripts/derive-postgres-schema.mjs';

describe('the two Prisma schemas', () => {
  it('PostgreSQL schema is derived from the SQLite one (run `npm run db:schema` after editing it)', () => {
    const sqlite = readFileSync('prisma/sqlite/schema.prisma', 'utf8');
    const postgres = readFileSync('prisma/postgres/schema.prisma', 'utf8');
    expect(postgres).toBe((derivePostgresSchema as (source: string) => string)(sqlite));
  });

  it('both engines have the same migrations', () => {
    const names = (engine: string) => readdirSync(`prisma/${engine}/migrations`).sort();
    expect(names('postgres')).toEqual(names('sqlite'));
  });
});
