// `npm run db:seed`: loads demo data into an empty database (also production PostgreSQL, when you ask for it).
import { existsSync } from 'node:fs';
import { createDb } from '../lib/server/db/client.ts';
import { seedDemo } from '../lib/server/seed/demo-seed.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/uitweg.db';
const db = createDb(url);
try {
  const summary = await seedDemo(db);
  console.log(
    summary ? `Seeded: ${JSON.stringify(summary)}` : 'The database already has waves; nothing seeded.',
  );
} finally {
  await db.$disconnect();
}
