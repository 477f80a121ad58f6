/**
 * Vocabulary of the anonymous counters. A counter row is nothing more than a key of coarse,
 * non-identifying dimensions plus a number; nothing here may ever describe a single person.
 */

export type PageGroup =
  'landing' | 'real' | 'topic' | 'parents' | 'professionals' | 'contact' | 'statements' | 'other';

export type DeviceClass = 'phone' | 'tablet' | 'desktop';

export type Metric =
  | 'visit'
  | 'unique'
  | 'bot'
  | 'tap'
  | 'request'
  | 'quick_exit'
  | 'read_aloud'
  | 'language_switch'
  | 'real_view'
  // Anonymous conversations, counted per day (and wave), never per conversation.
  | 'conversation_start'
  | 'conversation_message'
  | 'conversation_reply'
  | 'answer_read'
  | 'conversation_deleted';

export type Via = 'wave' | 'direct' | '';

/** A calendar date in Europe/Amsterdam, formatted `YYYY-MM-DD`. */
export type IsoDay = string;

/**
 * Unused dimensions are '' rather than null: SQL unique constraints treat NULLs as distinct,
 * which would let concurrent upserts create duplicate rows for what is logically one counter.
 */
export interface CounterKey {
  day: IsoDay;
  /** Wave code, '' for direct traffic or when no wave applies. */
  wave: string;
  metric: Metric;
  page: string;
  locale: string;
  device: string;
  channel: string;
  audience: string;
  topic: string;
  via: Via;
  /** The arm's link code within the wave (an experiment), '' otherwise. */
  arm: string;
}

export const METRICS: readonly Metric[] = [
  'visit',
  'unique',
  'bot',
  'tap',
  'request',
  'quick_exit',
  'read_aloud',
  'language_switch',
  'real_view',
  'conversation_start',
  'conversation_message',
  'conversation_reply',
  'answer_read',
  'conversation_deleted',
];

const VIAS: readonly Via[] = ['wave', 'direct', ''];

/** Builds a key with every dimension the caller does not care about set to ''. */
export function counterKey(fields: Pick<CounterKey, 'day' | 'metric'> & Partial<CounterKey>): CounterKey {
  return {
    day: fields.day,
    wave: fields.wave ?? '',
    metric: fields.metric,
    page: fields.page ?? '',
    locale: fields.locale ?? '',
    device: fields.device ?? '',
    channel: fields.channel ?? '',
    audience: fields.audience ?? '',
    topic: fields.topic ?? '',
    via: fields.via ?? '',
    arm: fields.arm ?? '',
  };
}

/**
 * A JSON array in fixed field order: unambiguous whatever characters a dimension contains
 * (a plain separator could collide with a value), and independent of object key order.
 */
export function counterKeyId(key: CounterKey): string {
  return JSON.stringify([
    key.day,
    key.wave,
    key.metric,
    key.page,
    key.locale,
    key.device,
    key.channel,
    key.audience,
    key.topic,
    key.via,
    key.arm,
  ]);
}

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

function isVia(value: string): value is Via {
  return (VIAS as readonly string[]).includes(value);
}

/** Inverse of {@link counterKeyId}; null for anything it could not have produced. */
export function parseCounterKeyId(id: string): CounterKey | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(id);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 11) return null;
  const fields: string[] = [];
  for (const value of parsed as unknown[]) {
    if (typeof value !== 'string') return null;
    fields.push(value);
  }
  const [day, wave, metric, page, locale, device, channel, audience, topic, via, arm] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!isMetric(metric) || !isVia(via)) return null;
  return { day, wave, metric, page, locale, device, channel, audience, topic, via, arm };
}
