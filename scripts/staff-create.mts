// `npm run staff:create -- --email a@b.nl --role admin [--role analyst] [--name "…"] [--team team-id] [--password-stdin]`
//
// Creates a staff account, e.g. the first admin on a fresh production database. Without --password-stdin it makes
// up a strong password and prints it once; with it, the password is read from standard input (never from the
// command line, where it would end up in the shell history and the process list).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseRoles } from '../lib/auth/permissions.ts';
import { createDb } from '../lib/server/db/client.ts';
import { createStaffAccount } from '../lib/server/staff/account-updates.ts';

if (existsSync('.env')) process.loadEnvFile('.env');

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
    team: { type: 'string', multiple: true },
    'password-stdin': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const email = values.email?.trim() ?? fail('Give --email.');
const roles = parseRoles((values.role ?? []).join(','));
if (roles.length === 0) fail('Give at least one --role: admin, analyst or caseworker.');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const generated = !values['password-stdin'];
const password = generated ? randomBytes(18).toString('base64url') : await readStdin();

const db = createDb(process.env.DATABASE_URL ?? 'file:./data/uitweg.db');
try {
  const result = await createStaffAccount(db, {
    email,
    name: values.name?.trim() || email.split('@')[0] || email,
    roles,
    teamIds: values.team ?? [],
    password,
  });
  if (!result.ok) fail(`Not created: ${result.reason}.`);
  console.log(`Created ${email.toLowerCase()} (${roles.join(', ')}).`);
  if (generated) {
    console.log(`Password (shown only now; pass it on safely): ${password}`);
  }
} finally {
  await db.$disconnect();
}
