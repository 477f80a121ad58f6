import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
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
