import { createHash, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import Database from 'better-sqlite3';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { encryptField, parseKeyring } from '@/lib/contact/crypto';
import { E2E_DATABASE_FILE, E2E_SERVER_ENV } from './e2e-env';

export const DEMO_PASSWORD = 'uitweg-demo-2026';
export const STAFF = {
  admin: 'admin@uitweg.test',
  analyst: 'analist@uitweg.test',
  caseworker: 'hulpverlener@uitweg.test',
} as const;
export type DemoRole = keyof typeof STAFF;

/** Signs in through the Dutch login form (the way a person does) and waits for the staff home page. */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  code?: string,
): Promise<void> {
  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  if (code) await page.getByLabel(/Code uit je app/).fill(code);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff$/);
}

export interface SeededRequest {
  id: string;
  reference: string;
  teamId: string;
  message: string;
}

/** Contact requests written the way the visitor side stores them (encrypted fields, hour-rounded times). */
/** Removes every contact request (other suites send some through the form), so inbox tests start from a known state. */
export function clearRequests(): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    db.exec('DELETE FROM "RequestNote"; DELETE FROM "ContactRequest";');
  } finally {
    db.close();
  }
}

export function seedRequests(specs: { teamId: string; hoursAgo: number; topic?: string }[]): SeededRequest[] {
  const keyring = parseKeyring(E2E_SERVER_ENV.ENCRYPTION_KEYS!);
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const insert = db.prepare(
      `INSERT INTO "ContactRequest" ("id","reference","audience","topic","wave","reach","whenWish","mayIdentify","status",
        "teamId","keyId","messageCipher","contactCipher","notified","receivedAt","updatedAt")
       VALUES (?,?,?,?,?,?,?,0,'new',?,?,?,?,0,?,?)`,
    );
    return specs.map((spec) => {
      const id = randomUUID();
      const reference = `T${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`;
      const message = `Bericht ${reference}: ik wil eruit.`;
      const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - spec.hoursAgo * 3_600_000;
      const at = new Date(hour).toISOString().replace('Z', '+00:00');
      const messageCipher = encryptField(keyring, message, `${reference}:message`);
      const contactCipher = encryptField(
        keyring,
        JSON.stringify({ reach: 'sms', address: '+31612345678' }),
        `${reference}:contact`,
      );
      insert.run(
        id,
        reference,
        'recipient',
        spec.topic ?? 'exit',
        'utr-x7k2',
        'sms',
        'evening',
        spec.teamId,
        messageCipher.keyId,
        messageCipher.ciphertext,
        contactCipher.ciphertext,
        at,
        at,
      );
      return { id, reference, teamId: spec.teamId, message };
    });
  } finally {
    db.close();
  }
}

/** A time as Prisma stores it in SQLite (the format the server reads back). */
const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * A staff account written straight into the e2e database (as the server would store it), for tests that change its
 * password or second factor without touching the demo accounts. `totpSecret` is a base32 secret, sealed here the way
 * the server seals it. Returns the account id.
 */
export async function createTestAccount(spec: {
  email: string;
  password: string;
  roles?: string;
  name?: string;
  mustChangePassword?: boolean;
  totpSecret?: string;
}): Promise<string> {
  const id = randomUUID();
  const passwordHash = await hash(spec.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const keyring = parseKeyring(E2E_SERVER_ENV.ENCRYPTION_KEYS!);
  const sealed = spec.totpSecret ? encryptField(keyring, spec.totpSecret, `${id}:totp`) : null;
  withDatabase((db) =>
    db
      .prepare(
        `INSERT INTO "StaffUser" ("id","email","name","passwordHash","roles","totpSecret","mustChangePassword","active",
          "createdAt") VALUES (?,?,?,?,?,?,?,1,?)`,
      )
      .run(
        id,
        spec.email,
        spec.name ?? spec.email.split('@')[0],
        passwordHash,
        spec.roles ?? 'analyst',
        sealed ? `${sealed.keyId}:${sealed.ciphertext}` : null,
        spec.mustChangePassword ? 1 : 0,
        sqliteTime(new Date()),
      ),
  );
  return id;
}

/** The staff session cookie value of a browser context (the same on both language paths). */
export async function sessionTokenOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => /uitweg_staff_(nl|en)$/.test(candidate.name));
  if (!cookie) throw new Error('No staff session cookie in this context');
  return cookie.value;
}

/** Moves a session's last request (and sign-in) back in time, as if the person had been away that long. */
export function ageSession(token: string, minutes: number): void {
  const id = createHash('sha256').update(token).digest('hex');
  const at = sqliteTime(new Date(Date.now() - minutes * 60_000));
  withDatabase((db) => {
    const { changes } = db
      .prepare('UPDATE "StaffSession" SET "lastSeenAt" = ?, "createdAt" = ? WHERE "id" = ?')
      .run(at, at, id);
    if (changes !== 1) throw new Error('No such session');
  });
}

/** The last-seen time of a session, as stored. */
export function sessionLastSeen(token: string): Date {
  const id = createHash('sha256').update(token).digest('hex');
  const row = withDatabase(
    (db) =>
      db.prepare('SELECT "lastSeenAt" FROM "StaffSession" WHERE "id" = ?').get(id) as
        { lastSeenAt: string } | undefined,
  );
  if (!row) throw new Error('No such session');
  return new Date(row.lastSeenAt);
}

/** Forgets every sign-in counter, so a throttle test leaves no lock behind for the tests after it. */
export function clearSignInThrottle(): void {
  withDatabase((db) => db.exec('DELETE FROM "StaffLoginAttempt"'));
}

/** Audit entries written straight into the log (to page through more than one page of them). */
export function insertAuditEntries(count: number, action: string, actorId: string): void {
  withDatabase((db) => {
    const insert = db.prepare(
      'INSERT INTO "AuditEntry" ("id","at","actorId","action","target","detail") VALUES (?,?,?,?,?,?)',
    );
    const now = Date.now();
    db.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        insert.run(randomUUID(), sqliteTime(new Date(now - index * 1000)), actorId, action, `t${index}`, '');
      }
    })();
  });
}

/** The id of a staff account by its e-mail address. */
export function accountId(email: string): string {
  const row = withDatabase(
    (db) =>
      db.prepare('SELECT "id" FROM "StaffUser" WHERE "email" = ?').get(email) as { id: string } | undefined,
  );
  if (!row) throw new Error(`No account ${email}`);
  return row.id;
}
