import 'server-only';
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { amsterdamDay } from '@/lib/counting/time';
import { counterKey, type CounterKey } from '@/lib/counting/types';
import { getKeyring } from '@/lib/server/contact/keyring';
import type { Db } from '@/lib/server/db';
import {
  DEMO_HELPLINES,
  DEMO_MEMBERSHIPS,
  DEMO_PASSWORD,
  DEMO_ROUTING_RULES,
  DEMO_STAFF,
  DEMO_TEAMS,
  DEMO_WAVES,
} from './demo-content';
import { seedDemoConversations } from './demo-conversations';
import { seedDemoExperiments } from './demo-experiments';

const DAY_MS = 86_400_000;

/** A small deterministic generator, so the demo dashboard looks the same on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type CounterRow = CounterKey & { count: number };

function split(total: number, shares: Record<string, number>, random: () => number): [string, number][] {
  return Object.entries(shares)
    .map(([name, share]): [string, number] => [name, Math.round(total * share * (0.8 + random() * 0.4))])
    .filter(([, count]) => count > 0);
}

/** A few weeks of plausible aggregate counts: a spike after each SMS wave, then a tail, plus direct visits. */
export function demoCounters(now: Date): CounterRow[] {
  const random = mulberry32(20261129);
  const rows = new Map<string, CounterRow>();
  const add = (key: CounterKey, count: number) => {
    if (count <= 0) return;
    const id = Object.values(key).join('|');
    const row = rows.get(id);
    if (row) row.count += count;
    else rows.set(id, { ...key, count });
  };

  for (let daysAgo = 45; daysAgo >= 0; daysAgo -= 1) {
    const day = amsterdamDay(new Date(now.getTime() - daysAgo * DAY_MS));
    let dayUniques = 0;
    for (const wave of DEMO_WAVES) {
      const age = wave.daysAgo - daysAgo;
      if (age < 0) continue;
      const visits = Math.round(
        wave.recipients * (0.3 * Math.exp(-age / 2) + 0.004) * (0.8 + random() * 0.4),
      );
      const other = wave.locale === 'nl' ? 'en' : 'nl';
      for (const [device, deviceCount] of split(
        visits,
        { phone: 0.86, tablet: 0.04, desktop: 0.1 },
        random,
      )) {
        for (const [locale, count] of split(deviceCount, { [wave.locale]: 0.93, [other]: 0.07 }, random)) {
          add(
            counterKey({
              day,
              wave: wave.code,
              metric: 'visit',
              page: 'landing',
              locale,
              device,
              via: 'wave',
            }),
            count,
          );
        }
      }
      const uniques = Math.round(visits * 0.78);
      dayUniques += uniques;
      add(counterKey({ day, wave: wave.code, metric: 'unique', via: 'wave' }), uniques);
      add(counterKey({ day, wave: wave.code, metric: 'real_view' }), Math.round(visits * 0.14));
      add(counterKey({ day, wave: wave.code, metric: 'quick_exit' }), Math.round(visits * 0.03 * random()));
      const channels = {
        'uitweg-line': 0.045,
        'uitweg-whatsapp': 0.03,
        'uitweg-sms': 0.006,
        'addiction-line': 0.01,
      };
      for (const [channel, count] of split(visits, channels, random)) {
        add(counterKey({ day, wave: wave.code, metric: 'tap', channel }), count);
      }
      const requests = Math.round(visits * 0.02 * (0.5 + random()));
      const topics = { exit: 0.35, addiction: 0.3, money: 0.25, other: 0.1 };
      for (const [topic, count] of split(requests, topics, random)) {
        add(counterKey({ day, wave: wave.code, metric: 'request', audience: 'recipient', topic }), count);
      }
    }

    const direct = 12 + Math.round(random() * 20);
    const pages = {
      landing: 0.3,
      real: 0.1,
      topic: 0.2,
      parents: 0.15,
      professionals: 0.1,
      contact: 0.1,
      statements: 0.05,
    };
    for (const [page, pageCount] of split(direct, pages, random)) {
      for (const [device, count] of split(pageCount, { phone: 0.6, tablet: 0.05, desktop: 0.35 }, random)) {
        add(
          counterKey({
            day,
            metric: 'visit',
            page,
            locale: random() < 0.9 ? 'nl' : 'en',
            device,
            via: 'direct',
          }),
          count,
        );
      }
    }
    add(counterKey({ day, metric: 'unique' }), dayUniques + Math.round(direct * 0.7));
    add(counterKey({ day, metric: 'bot' }), 20 + Math.round(random() * 30));
    add(counterKey({ day, metric: 'tap', channel: 'parents-line' }), Math.round(random() * 3));
    add(
      counterKey({ day, metric: 'request', audience: 'parent', topic: 'addiction' }),
      Math.round(random() * 1.4),
    );
    add(
      counterKey({ day, metric: 'request', audience: 'professional', topic: 'exit' }),
      Math.round(random() * 1.2),
    );
    add(counterKey({ day, metric: 'read_aloud' }), Math.round(random() * 4));
    add(counterKey({ day, metric: 'language_switch' }), Math.round(random() * 5));
  }
  return [...rows.values()];
}

export interface SeedSummary {
  waves: number;
  helplines: number;
  staff: number;
  counters: number;
  conversations: number;
}

export type DemoSeedBlocker = 'has-staff' | 'has-waves';

/** Why the demo data must not go into this database, or null when it is empty. */
export async function demoSeedBlocker(db: Db): Promise<DemoSeedBlocker | null> {
  // Demo accounts share a public password: beside a real account they would be a way in.
  if ((await db.staffUser.count()) > 0) return 'has-staff';
  if ((await db.wave.count()) > 0) return 'has-waves';
  return null;
}

/** Fills an empty database with demo data. Returns null, seeding nothing, when it has staff or waves already. */
export async function seedDemo(db: Db, now = new Date()): Promise<SeedSummary | null> {
  if (await demoSeedBlocker(db)) return null;
  const passwordHash = await hash(DEMO_PASSWORD);
  const counters = demoCounters(now);
  const staffIds = new Map(DEMO_STAFF.map((person) => [person.email, randomUUID()]));
  await db.$transaction([
    db.wave.createMany({
      data: DEMO_WAVES.map((wave) => ({
        id: randomUUID(),
        code: wave.code,
        name: wave.name,
        locale: wave.locale,
        sentOn: amsterdamDay(new Date(now.getTime() - wave.daysAgo * DAY_MS)),
        recipients: wave.recipients,
        smsText: wave.smsText,
      })),
    }),
    db.helpline.createMany({
      data: DEMO_HELPLINES.map((line) => ({
        ...line,
        schedule: JSON.stringify({ exceptions: [], closedOnPublicHolidays: true, ...line.schedule }),
      })),
    }),
    db.staffUser.createMany({
      data: DEMO_STAFF.map((person) => ({ id: staffIds.get(person.email)!, ...person, passwordHash })),
    }),
    db.team.createMany({ data: [...DEMO_TEAMS] }),
    db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] }),
    db.staffTeam.createMany({
      data: DEMO_MEMBERSHIPS.flatMap(({ email, teamIds }) =>
        teamIds.map((teamId) => ({ userId: staffIds.get(email)!, teamId })),
      ),
    }),
    db.dailyCounter.createMany({ data: counters }),
  ]);
  const caseworker = DEMO_STAFF.find((person) => person.roles === 'caseworker')!;
  const conversations = await seedDemoConversations(
    db,
    getKeyring(),
    { id: staffIds.get(caseworker.email)!, name: caseworker.name },
    now,
  );
  const experiments = await seedDemoExperiments(db, {
    now,
    keyId: getKeyring().currentKeyId,
    teamId: DEMO_TEAMS[0].id,
  });
  return {
    waves: DEMO_WAVES.length + experiments,
    helplines: DEMO_HELPLINES.length,
    staff: DEMO_STAFF.length,
    counters: counters.length,
    conversations,
  };
}
