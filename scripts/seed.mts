// `npm run db:seed`: loads demo data into an empty database (also in production, since you ask for it). Never into
// a database that has staff accounts: the demo accounts share a public password.
import { existsSync } from 'node:fs';
import { createDb } from '../lib/server/db/client.ts';
import { demoSeedBlocker, seedDemo } from '../lib/server/seed/demo-seed.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/uitweg.db';
const db = createDb(url);
try {
  const blocker = await demoSeedBlocker(db);
  if (blocker === 'has-staff') {
    console.error(
      'Refused: the database already has staff accounts. Demo data (accounts with the public demo password) is ' +
        'only loaded into a database without any staff. Nothing seeded.',
    );
    process.exitCode = 1;
  } else {
    const summary = blocker ? null : await seedDemo(db);
    console.log(
      summary ? `Seeded: ${JSON.stringify(summary)}` : 'The database already has waves; nothing seeded.',
    );
  }
} finally {
  await db.$disconnect();
}
