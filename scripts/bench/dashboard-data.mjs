// A generated data set for the dashboard benchmark: two years of daily counters for 50 SMS waves, shaped like the
// real counting writes them (lib/server/counting/page-view.ts and events.ts), plus contact requests.
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

const DAY_MS = 86_400_000;

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
// Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset.
const isoTime = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');

const CHANNELS = { 'bench-line': 0.045, 'bench-whatsapp': 0.03, 'bench-sms': 0.006, 'bench-addiction': 0.01 };
const TOPICS = { exit: 0.35, addiction: 0.3, money: 0.25, other: 0.1 };
const PAGES = {
  landing: 0.3,
  real: 0.1,
  topic: 0.2,
  parents: 0.15,
  professionals: 0.1,
  contact: 0.1,
  statements: 0.05,
};
const STATUSES = [
  ['closed', 0.5],
  ['answered', 0.25],
  ['picked_up', 0.15],
  ['new', 0.1],
];

const ARM_LABELS = ['bel eerst', 'schrijf eerst', 'korte sms'];

const HELPLINES = [
  ['bench-line', 'phone', '+31302001234'],
  ['bench-whatsapp', 'whatsapp', '+31612345678'],
  ['bench-sms', 'sms', '+31612345678'],
  ['bench-addiction', 'phone', '+31302001237'],
];

/**
 * Fills a migrated SQLite database. Each wave spikes after its send date and tails off; direct traffic, bots, taps
 * and requests without a wave every day. Returns the numbers of rows written.
 */
export function fillDashboardData(file, { waves = 50, days = 730, today = new Date() } = {}) {
  const random = mulberry32(20261129);
  const rows = new Map();
  const add = (key, count) => {
    if (count <= 0) return;
    const full = {
      wave: '',
      page: '',
      locale: '',
      device: '',
      channel: '',
      audience: '',
      topic: '',
      via: '',
      arm: '',
      ...key,
    };
    const id = [
      full.day,
      full.wave,
      full.metric,
      full.page,
      full.locale,
      full.device,
      full.channel,
      full.audience,
      full.topic,
      full.via,
      full.arm,
    ].join('|');
    const row = rows.get(id);
    if (row) row.count += count;
    else rows.set(id, { ...full, count });
  };
  const split = (total, shares) =>
    Object.entries(shares)
      .map(([name, share]) => [name, Math.round(total * share * (0.8 + random() * 0.4))])
      .filter(([, count]) => count > 0);

  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const firstMs = todayMs - (days - 1) * DAY_MS;
  const waveList = Array.from({ length: waves }, (_, index) => ({
    id: `bench-wave-${index}`,
    code: `bnc-${String(index).padStart(2, '0')}k${(index * 7919) % 97}x`,
    name: `Benchmark ronde ${index + 1}`,
    locale: index % 5 === 4 ? 'en' : 'nl',
    sentMs: firstMs + Math.floor((index * (days - 7)) / waves) * DAY_MS,
    recipients: 200 + Math.round(random() * 1800),
    // Every fifth wave is an experiment of 2 arms (every tenth of 3), labelled so they pool across waves.
    arms:
      index % 5 === 0
        ? ARM_LABELS.slice(0, index % 10 === 0 ? 3 : 2).map((label, position) => ({
            id: `bench-arm-${index}-${position}`,
            code: `bnc-${String(index).padStart(2, '0')}k${(index * 7919) % 97}x-a${position}b7`,
            label,
            position,
          }))
        : [],
  }));
  const experimentWaves = waveList.filter((wave) => wave.arms.length > 0);
  const requests = [];

  for (let dayMs = firstMs; dayMs <= todayMs; dayMs += DAY_MS) {
    const day = isoDay(dayMs);
    let dayUniques = 0;
    for (const wave of waveList) {
      const age = Math.round((dayMs - wave.sentMs) / DAY_MS);
      if (age < 0) continue;
      // An experiment wave's counts split over its arms, as counting attributes them (the arm travels in the page).
      const addWave = (key, count) => {
        if (wave.arms.length === 0) return add(key, count);
        let left = count;
        wave.arms.forEach((arm, position) => {
          const share = position === wave.arms.length - 1 ? left : Math.round(count / wave.arms.length);
          add({ ...key, arm: arm.code }, Math.min(left, share));
          left -= Math.min(left, share);
        });
      };
      const visits = Math.round(
        wave.recipients * (0.3 * Math.exp(-age / 2) + 0.004) * (0.8 + random() * 0.4),
      );
      const other = wave.locale === 'nl' ? 'en' : 'nl';
      for (const [device, deviceCount] of split(visits, { phone: 0.86, tablet: 0.04, desktop: 0.1 })) {
        for (const [locale, count] of split(deviceCount, { [wave.locale]: 0.93, [other]: 0.07 })) {
          addWave(
            { day, wave: wave.code, metric: 'visit', page: 'landing', locale, device, via: 'wave' },
            count,
          );
        }
      }
      const uniques = Math.round(visits * 0.78);
      dayUniques += uniques;
      addWave({ day, wave: wave.code, metric: 'unique', via: 'wave' }, uniques);
      addWave({ day, wave: wave.code, metric: 'bot', via: 'wave' }, Math.round(visits * 0.05 + random() * 2));
      addWave({ day, wave: wave.code, metric: 'real_view' }, Math.round(visits * 0.14));
      addWave({ day, wave: wave.code, metric: 'quick_exit' }, Math.round(visits * 0.03 * random()));
      addWave({ day, wave: wave.code, metric: 'read_aloud' }, Math.round(visits * 0.01 * random()));
      addWave({ day, wave: wave.code, metric: 'language_switch' }, Math.round(visits * 0.02 * random()));
      for (const [channel, count] of split(visits, CHANNELS))
        addWave({ day, wave: wave.code, metric: 'tap', channel }, count);
      for (const [topic, count] of split(Math.round(visits * 0.02 * (0.5 + random())), TOPICS)) {
        addWave({ day, wave: wave.code, metric: 'request', audience: 'recipient', topic }, count);
        for (let n = 0; n < count; n += 1)
          requests.push({
            dayMs,
            wave: wave.code,
            arm: wave.arms.length > 0 ? wave.arms[n % wave.arms.length].code : '',
            audience: 'recipient',
            topic,
          });
      }
    }
    const direct = 12 + Math.round(random() * 20);
    for (const [page, pageCount] of split(direct, PAGES)) {
      for (const [device, count] of split(pageCount, { phone: 0.6, tablet: 0.05, desktop: 0.35 })) {
        add(
          { day, metric: 'visit', page, locale: random() < 0.9 ? 'nl' : 'en', device, via: 'direct' },
          count,
        );
      }
    }
    add({ day, metric: 'unique' }, dayUniques + Math.round(direct * 0.7));
    add({ day, metric: 'bot', via: 'direct' }, 20 + Math.round(random() * 30));
    add({ day, metric: 'tap', channel: 'bench-line' }, Math.round(random() * 3));
    for (const [audience, topic] of [
      ['parent', 'addiction'],
      ['professional', 'exit'],
    ]) {
      const count = Math.round(random() * 1.3);
      add({ day, metric: 'request', audience, topic }, count);
      for (let n = 0; n < count; n += 1) requests.push({ dayMs, wave: '', arm: '', audience, topic });
    }
    add({ day, metric: 'read_aloud' }, Math.round(random() * 4));
    add({ day, metric: 'language_switch' }, Math.round(random() * 5));
    add({ day, metric: 'quick_exit' }, Math.round(random() * 3));
  }

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const insertCounter = db.prepare(
    `INSERT INTO "DailyCounter" ("day","wave","metric","page","locale","device","channel","audience","topic","via","arm","count")
     VALUES (@day,@wave,@metric,@page,@locale,@device,@channel,@audience,@topic,@via,@arm,@count)`,
  );
  const insertWave = db.prepare(
    `INSERT INTO "Wave" ("id","code","name","locale","sentOn","recipients","smsText","closed","primaryMeasure","baselinePercent","minDifferencePoints","markedSentAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertArm = db.prepare(
    `INSERT INTO "WaveArm" ("id","waveId","code","label","position","smsText","intros","channelOrder","sent")
     VALUES (?,?,?,?,?,?,'{}',?,?)`,
  );
  const insertHelpline = db.prepare(
    `INSERT INTO "Helpline" ("id","kind","labelNl","labelEn","address","audiences","topics","priority","schedule","active")
     VALUES (?,?,?,?,?,?,?,?,?,1)`,
  );
  const insertRequest = db.prepare(
    `INSERT INTO "ContactRequest" ("id","reference","audience","topic","wave","arm","reach","status","teamId","keyId","receivedAt","updatedAt","closedAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const schedule = JSON.stringify({
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
    exceptions: [],
    closedOnPublicHolidays: true,
  });
  db.transaction(() => {
    for (const row of rows.values()) insertCounter.run(row);
    for (const wave of waveList) {
      insertWave.run(
        wave.id,
        wave.code,
        wave.name,
        wave.locale,
        isoDay(wave.sentMs),
        wave.recipients,
        'Kijk op {link}',
        0,
        wave.arms.length > 0 ? 'reachedOut' : '',
        wave.arms.length > 0 ? 8 : null,
        wave.arms.length > 0 ? 5 : null,
        isoTime(wave.sentMs),
      );
      for (const arm of wave.arms) {
        insertArm.run(
          arm.id,
          wave.id,
          arm.code,
          arm.label,
          arm.position,
          'Kijk op {link}',
          arm.position === 1 ? 'write-first' : 'call-first',
          Math.floor(wave.recipients / wave.arms.length),
        );
      }
    }
    for (const [id, kind, address] of HELPLINES) {
      insertHelpline.run(
        id,
        kind,
        id,
        id,
        address,
        'recipient,parent,professional',
        'addiction,money,exit,other',
        10,
        schedule,
      );
    }
    requests.forEach((request, index) => {
      const pick = random();
      let cumulative = 0;
      const status = STATUSES.find(([, share]) => (cumulative += share) >= pick)?.[0] ?? 'new';
      const received = request.dayMs + (8 + Math.floor(random() * 12)) * 3_600_000;
      const closed = status === 'closed' ? isoTime(received + 2 * DAY_MS) : null;
      insertRequest.run(
        `bench-request-${index}`,
        `B${String(index).padStart(7, '0')}`,
        request.audience,
        request.topic,
        request.wave,
        request.arm,
        'callback',
        status,
        'bench-team',
        'k1',
        isoTime(received),
        isoTime(received + DAY_MS),
        closed,
      );
    });
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    counters: rows.size,
    requests: requests.length,
    waves: waveList.length,
    days,
    firstWave: waveList[0].code,
    experiments: experimentWaves.length,
    firstExperiment: experimentWaves[0]?.id ?? null,
    armLabels: ARM_LABELS.slice(0, 2),
  };
}

/** Adds an active analyst and a signed-in session; returns the cookie value (only its SHA-256 is stored). */
export function addAnalystSession(file, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const db = new Database(file);
  db.prepare(
    `INSERT INTO "StaffUser" ("id","email","name","passwordHash","roles","active","createdAt") VALUES (?,?,?,?,?,1,?)`,
  ).run(
    'bench-analyst',
    'bench-analist@uitweg.test',
    'Bench analist',
    'not-a-hash',
    'analyst',
    isoTime(now.getTime()),
  );
  db.prepare(
    `INSERT INTO "StaffSession" ("id","userId","createdAt","lastSeenAt","expiresAt") VALUES (?,?,?,?,?)`,
  ).run(
    createHash('sha256').update(token).digest('hex'),
    'bench-analyst',
    isoTime(now.getTime()),
    isoTime(now.getTime()),
    isoTime(now.getTime() + 6 * 3_600_000),
  );
  db.close();
  return token;
}
