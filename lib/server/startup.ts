import 'server-only';
import { decideDemoSeed, type DemoSeedContext, type DemoSeedDecision } from '@/lib/config/demo-seed-decision';
import { parseEnv } from '@/lib/config/env-schema';
import { type Db, getDb } from '@/lib/server/db';
import { engineOf } from '@/lib/server/db/engine';
import { applyMigrations, readMigrations } from '@/lib/server/db/migrate';
import { openRawConnection } from '@/lib/server/db/raw-connection';
import { describeError, log } from '@/lib/server/log';
import { DEMO_PASSWORD, DEMO_STAFF } from '@/lib/server/seed/demo-content';
import { seedDemo } from '@/lib/server/seed/demo-seed';
import { installRequestLayer } from '@/lib/server/request-layer';
import { installSignalHandlers } from '@/lib/server/shutdown';
import { notifySoon } from '@/lib/server/contact/notifier';
import { applyRetention } from '@/lib/server/contact/retention';

const RETRY_MS = 15_000;

/** Applies migrations, then seeds demo data when configured to. Returns false when the database is unreachable. */
export async function prepareDatabase(): Promise<boolean> {
  const env = parseEnv(process.env);
  if (!env.ok) throw new Error(env.message);
  const { DATABASE_URL, MIGRATE_ON_START, SEED_DEMO, NODE_ENV } = env.env;
  const engine = engineOf(DATABASE_URL);
  try {
    if (MIGRATE_ON_START) {
      const connection = await openRawConnection(DATABASE_URL);
      try {
        const applied = await applyMigrations(connection, readMigrations(engine));
        if (applied.length > 0) log.info('db.migrated', { engine, migrations: applied.join(',') });
      } finally {
        await connection.close();
      }
    }
    const db = getDb();
    const decision = await demoSeedDecision(db, { engine, nodeEnv: NODE_ENV, setting: SEED_DEMO });
    // Every restart of a demo lands here (its own accounts are staff), so this is information, not a warning.
    if (!decision.seed && decision.reason === 'has-staff')
      log.info('db.seed_skipped', { reason: 'has_staff' });
    if (decision.seed) {
      const summary = await seedDemo(db);
      if (summary) {
        log.info('db.seeded', { ...summary });
        process.stdout.write(
          `\nDemo data loaded. Staff sign-in at /nl/staff/login, password "${DEMO_PASSWORD}" for: ` +
            `${DEMO_STAFF.map((person) => `${person.email} (${person.roles})`).join(', ')}\n\n`,
        );
      }
    }
    return true;
  } catch (error) {
    log.error('db.prepare_failed', { engine, error: describeError(error) });
    return false;
  }
}

async function demoSeedDecision(
  db: Db,
  context: Omit<DemoSeedContext, 'hasStaff'>,
): Promise<DemoSeedDecision> {
  const bySettingAlone = decideDemoSeed({ ...context, hasStaff: false });
  // Only a start-up that might seed reads the staff table; one that never seeds does not depend on it.
  if (!bySettingAlone.seed) return bySettingAlone;
  return decideDemoSeed({ ...context, hasStaff: (await db.staffUser.count()) > 0 });
}

/**
 * Runs once per server process before it takes requests. A bad configuration stops the process with one readable
 * line; an unreachable database does not: visitor pages still work from configuration, and set-up is retried.
 */
export async function startServer(): Promise<void> {
  const env = parseEnv(process.env);
  if (!env.ok) {
    process.stderr.write(`${env.message}\n`);
    process.exit(1);
  }
  installRequestLayer();
  installSignalHandlers();
  const ready = await prepareDatabase();
  if (!ready) scheduleRetry();
  startBackgroundJobs(env.env.NOTIFY_INTERVAL_SECONDS * 1000);
}

/** Notifications (retried until sent) and retention (on start, then hourly); both survive a database outage. */
function startBackgroundJobs(notifyIntervalMs: number): void {
  const retention = async () => {
    try {
      const { requests, conversations } = await applyRetention(getDb());
      if (requests > 0 || conversations > 0)
        log.info('contact.retention', { deleted: requests, conversations });
    } catch (error) {
      log.warn('contact.retention_failed', { error: describeError(error) });
    }
  };
  void retention();
  setInterval(() => void retention(), 3_600_000).unref();
  setInterval(() => void notifySoon(), notifyIntervalMs).unref();
}

function scheduleRetry(): void {
  const timer = setTimeout(async () => {
    if (!(await prepareDatabase())) scheduleRetry();
  }, RETRY_MS);
  timer.unref();
}
