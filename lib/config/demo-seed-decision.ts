import type { Engine } from '@/lib/server/db/engine';

export type DemoSeedSetting = 'auto' | 'always' | 'never';

export interface DemoSeedContext {
  /** Deliberately without effect: a production SQLite file holds real requests as much as PostgreSQL does. */
  engine: Engine;
  nodeEnv: 'development' | 'production' | 'test';
  setting: DemoSeedSetting;
  hasStaff: boolean;
}

export type DemoSeedDecision = { seed: true } | { seed: false; reason: 'never' | 'production' | 'has-staff' };

/**
 * Whether the server loads the demo data (accounts with a public password) at start-up. A database with any staff
 * account is never seeded, not even when asked: it belongs to someone. In production only an explicit
 * SEED_DEMO=always seeds (`npm start` asks for it; `npm run db:seed` is explicit by itself).
 */
export function decideDemoSeed({ nodeEnv, setting, hasStaff }: DemoSeedContext): DemoSeedDecision {
  if (setting === 'never') return { seed: false, reason: 'never' };
  if (hasStaff) return { seed: false, reason: 'has-staff' };
  if (setting === 'auto' && nodeEnv === 'production') return { seed: false, reason: 'production' };
  return { seed: true };
}
