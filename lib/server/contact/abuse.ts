import 'server-only';
import { checkFormToken, spentFormToken } from '@/lib/contact/form-timing';
import { verifySolution } from '@/lib/contact/proof-of-work';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import {
  appSecretBytes,
  countForAddress,
  hourStart,
  HOUR_MS,
  releaseGlobally,
  reserveGlobally,
  warnOncePerHour,
} from '@/lib/server/rate-limit/hourly';

/** What an accepted submission took, to give back when the request then cannot be stored. */
export interface Taken {
  formToken: string;
  hour: Date;
}

export type AbuseVerdict =
  | { ok: true; proofOfWork: boolean; taken: Taken }
  | {
      ok: false;
      reason: 'honeypot' | 'too-fast' | 'form-expired' | 'already-sent' | 'rate-limited' | 'busy';
    };

export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'started';
export const POW_FIELD = 'pow';

export function powSecret(): Buffer {
  return appSecretBytes('proof-of-work');
}

/** Records a spent challenge; false when it was spent before (a replay). */
async function spendChallenge(db: Db, id: string, expiresAt: Date): Promise<boolean> {
  // Kept until the hour after expiry: no stored time is finer than the hour.
  const keepUntil = new Date(Math.ceil(expiresAt.getTime() / HOUR_MS) * HOUR_MS);
  const inserted = await db.$executeRaw`
    INSERT INTO "UsedChallenge" ("id", "expiresAt") VALUES (${id}, ${keepUntil}) ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

async function formWasSent(db: Db, token: string): Promise<boolean> {
  const { hash } = spentFormToken(token);
  return (await db.spentFormToken.findUnique({ where: { hash }, select: { hash: true } })) !== null;
}

/** Marks a form as sent; false when it was marked before (the same form twice at the same moment). */
async function spendFormToken(db: Db, token: string): Promise<boolean> {
  const { hash, keepUntil } = spentFormToken(token);
  const inserted = await db.$executeRaw`
    INSERT INTO "SpentFormToken" ("hash", "expiresAt") VALUES (${hash}, ${keepUntil}) ON CONFLICT ("hash") DO NOTHING`;
  return inserted === 1;
}

/**
 * The spam defences, none of which tracks anyone: a honeypot field, a minimum fill time and single use of the form
 * (its signed token), one hourly limit per hashed sender address, and a ceiling on accepted requests per hour over
 * all addresses, shared through the database. The self-hosted proof of work (present when JavaScript ran) buys no
 * higher limit per address, since a bot solves it faster than a cheap phone; but a post without it is refused once
 * half the hour's ceiling is taken, so a flood without JavaScript cannot lock out people whose phone solved it.
 */
export async function checkSubmission(
  db: Db,
  form: FormData,
  address: string,
  now = new Date(),
): Promise<AbuseVerdict> {
  const config = getConfig();
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { ok: false, reason: 'honeypot' };
  const formToken = form.get(FORM_TOKEN_FIELD);
  const timing = checkFormToken(config.APP_SECRET, formToken, now, {
    minMs: config.CONTACT_MIN_FILL_SECONDS * 1000,
  });
  if (!timing.ok || typeof formToken !== 'string')
    return { ok: false, reason: !timing.ok && timing.reason === 'expired' ? 'form-expired' : 'too-fast' };
  // A refresh of the answer page posts the sent form again: say so before it counts against any limit.
  if (await formWasSent(db, formToken)) return { ok: false, reason: 'already-sent' };

  let proofOfWork = false;
  const payload = form.get(POW_FIELD);
  if (typeof payload === 'string' && payload !== '') {
    // An expired, wrong or replayed proof is not an error for the person: the post counts as one without.
    const verdict = verifySolution({ secret: powSecret(), now, payload });
    proofOfWork = verdict.ok && (await spendChallenge(db, verdict.challengeId, verdict.expiresAt));
  }

  if (!(await countForAddress(db, 'contact', address, now, config.CONTACT_LIMIT_PER_HOUR)))
    return { ok: false, reason: 'rate-limited' };
  const ceiling = config.CONTACT_GLOBAL_LIMIT_PER_HOUR;
  const places = proofOfWork ? ceiling : Math.ceil(ceiling / 2);
  if (!(await reserveGlobally(db, 'contact', now, places))) {
    warnOncePerHour(
      proofOfWork ? 'contact.global_limit_reached' : 'contact.global_limit_without_pow_reached',
      now,
      { limit: places },
    );
    return { ok: false, reason: 'busy' };
  }
  const hour = hourStart(now);
  if (!(await spendFormToken(db, formToken))) {
    await releaseGlobally(db, 'contact', hour);
    return { ok: false, reason: 'already-sent' };
  }
  return { ok: true, proofOfWork, taken: { formToken, hour } };
}

/**
 * A request that passed the checks but could not be stored: the person is told to call, and the form may be sent
 * again later (its token is unspent, its place in the hour free again). The per-address count stays.
 */
export async function giveBack(db: Db, taken: Taken): Promise<void> {
  await db.spentFormToken.deleteMany({ where: { hash: spentFormToken(taken.formToken).hash } });
  await releaseGlobally(db, 'contact', taken.hour);
}
