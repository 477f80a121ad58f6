// `npm run keys:rotate [-- --batch-size 200] [-- --max-batches N]`: re-seals contact requests (message and contact
// address), notes and TOTP secrets under the newest key of ENCRYPTION_KEYS (the first one), so the older keys can be
// removed afterwards. Safe while instances run, and resumable: stop it at any point and run it again. Run it only
// after every instance has been restarted with the new key first. Prints counts, never content.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/server/db/client.ts';
import { parseKeyring, rotateKeys, type RotationCounts } from '../lib/server/keys/rotation.ts';

if (existsSync('.env')) process.loadEnvFile('.env');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: { 'batch-size': { type: 'string' }, 'max-batches': { type: 'string' } },
});
function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) fail(`--${name} must be a whole number of at least 1.`);
  return number;
}
const batchSize = positive('batch-size', values['batch-size']) ?? 200;
const maxBatches = positive('max-batches', values['max-batches']);

const spec = process.env.ENCRYPTION_KEYS ?? fail('ENCRYPTION_KEYS is not set (see .env.example).');
let keyring;
try {
  keyring = parseKeyring(spec);
} catch (error) {
  fail(`ENCRYPTION_KEYS: ${(error as Error).message}`);
}
const current = keyring.currentKeyId;
const describe = (counts: RotationCounts) =>
  `re-sealed: requests ${counts.requests}, notes ${counts.notes}, TOTP secrets ${counts.totpSecrets}` +
  (counts.skipped ? `; changed meanwhile: ${counts.skipped}` : '') +
  (counts.unreadable ? `; unreadable: ${counts.unreadable}` : '');

const db = createDb(process.env.DATABASE_URL ?? 'file:./data/uitweg.db');
try {
  console.log(`Re-sealing under key "${current}" (batches of ${batchSize})…`);
  const result = await rotateKeys(db, keyring, {
    batchSize,
    maxBatches,
    onBatch: (counts) => console.log(`  ${describe(counts)}`),
  });
  const resealed = result.requests + result.notes + result.totpSecrets;
  if (resealed === 0 && result.skipped === 0 && result.unreadable === 0 && result.complete) {
    console.log(`Nothing to do: every request, note and TOTP secret is already sealed under "${current}".`);
  } else {
    console.log(`Done, ${describe(result)}.`);
    if (!result.complete) console.log(`Stopped after ${maxBatches} batches; run again to continue.`);
    if (result.skipped)
      console.log('Some rows changed while they were being re-sealed; run again to take them.');
    if (result.unreadable) {
      console.error(
        `${result.unreadable} rows could not be opened with any key in ENCRYPTION_KEYS (their key was removed, or ` +
          'they were altered). They stay as they are; do not remove a key until this number is 0.',
      );
      process.exitCode = 1;
    } else if (result.complete && !result.skipped) {
      console.log(`Every row is sealed under "${current}": the keys after it can now be removed.`);
    }
  }
} finally {
  await db.$disconnect();
}
