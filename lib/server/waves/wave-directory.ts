import 'server-only';
import { isVisitorLocale, type VisitorLocale } from '@/lib/i18n/locales';
import { getConfig } from '@/lib/server/config';
import { parseArmIntros, type ChannelOrder, parseChannelOrder } from '@/lib/waves/arms';
import { getDb } from '@/lib/server/db';
import { createResilientCache } from '@/lib/server/resilient-cache';

/** An experiment arm as a link shows it: only wording and channel order may differ between arms. */
export interface ArmSummary {
  code: string;
  label: string;
  smsText: string;
  /** Locale → introduction replacing the landing page's first paragraph; absent locales keep the default. */
  intros: Record<string, string>;
  channelOrder: ChannelOrder;
}

export interface WaveSummary {
  id: string;
  /** The wave's own code: what counting and contact requests record as the wave. */
  code: string;
  /** The code the link used: the wave's own code, or an arm's code. Pages pass this one on (`?w=`). */
  linkCode: string;
  /** The language the wave's link opens in (an offered one; Dutch when the installation no longer offers it). */
  locale: VisitorLocale;
  /** The SMS text the link came with (the arm's own, for an arm's link). */
  smsText: string;
  closed: boolean;
  /** The arm whose link was used, null for the wave's own link. */
  arm: ArmSummary | null;
}

async function loadWaves(): Promise<Map<string, WaveSummary>> {
  const db = getDb();
  const [waves, arms] = await Promise.all([
    db.wave.findMany({ select: { id: true, code: true, locale: true, smsText: true, closed: true } }),
    db.waveArm.findMany({
      select: { waveId: true, code: true, label: true, smsText: true, intros: true, channelOrder: true },
    }),
  ]);
  const byCode = new Map<string, WaveSummary>();
  const byId = new Map<string, WaveSummary>();
  for (const row of waves) {
    const wave: WaveSummary = {
      ...row,
      linkCode: row.code,
      locale:
        isVisitorLocale(row.locale) && getConfig().VISITOR_LOCALES.includes(row.locale) ? row.locale : 'nl',
      arm: null,
    };
    byCode.set(row.code, wave);
    byId.set(row.id, wave);
  }
  for (const row of arms) {
    const wave = byId.get(row.waveId);
    if (!wave) continue;
    byCode.set(row.code, {
      ...wave,
      linkCode: row.code,
      smsText: row.smsText,
      arm: {
        code: row.code,
        label: row.label,
        smsText: row.smsText,
        intros: parseArmIntros(row.intros),
        channelOrder: parseChannelOrder(row.channelOrder),
      },
    });
  }
  return byCode;
}

// Wave links are hit thousands of times in minutes after an SMS: they read waves from memory, refreshed every
// 5 s (an edit on another instance shows within that).
const holder = globalThis as typeof globalThis & {
  __uitwegWaves?: ReturnType<typeof createResilientCache<Map<string, WaveSummary>>>;
};
function cache() {
  holder.__uitwegWaves ??= createResilientCache({
    load: loadWaves,
    fallback: new Map<string, WaveSummary>(),
    ttlMs: 5_000,
    maxWaitMs: 500,
  });
  return holder.__uitwegWaves;
}

/** The wave (and arm) a link code belongs to: a wave's own code or one of its arms' codes. */
export async function findWaveByCode(code: string): Promise<WaveSummary | null> {
  return (await cache().get()).get(code.toLowerCase()) ?? null;
}

/** After an admin edits waves, so their own next page view shows the change at once. */
export function invalidateWaveDirectory(): void {
  cache().invalidate();
}
