import { evaluateSchedule } from './schedule';
import { channelProblems } from './validate';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { Audience, Channel, Fallback, RouteResult, RoutedChannel, Topic } from './types';

export { isValidSchedule } from './validate';

export interface RouteInput {
  audience: Audience;
  /** Undefined means the visitor did not pick a topic: every channel for the audience qualifies. */
  topic?: Topic;
  /** The page's language: among open channels, those answered in it come first (labels are chosen by the UI). */
  locale: VisitorLocale;
  now: Date;
  channels: readonly Channel[];
  fallbacks: readonly Fallback[];
  /** The configured last-resort number, shown whatever else happens. */
  primary: Fallback;
}

interface Candidate extends RoutedChannel {
  nextOpening: Date | null;
}

function compareIds(a: string, b: string): number {
  // Plain code-unit order: stable across server and browser locales, unlike localeCompare.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The languages a channel is answered in: Dutch and English unless an admin said otherwise. */
export function channelLanguages(channel: Pick<Channel, 'languages'>): readonly VisitorLocale[] {
  return channel.languages && channel.languages.length > 0 ? channel.languages : DEFAULT_CHANNEL_LANGUAGES;
}

const DEFAULT_CHANNEL_LANGUAGES: readonly VisitorLocale[] = ['nl', 'en'];

/** Open channels answered in the page's language first (a Polish reader reaches a Polish speaker), then by priority. */
function byLanguageThenPriority(locale: VisitorLocale) {
  const speaks = (candidate: Candidate) => (channelLanguages(candidate.channel).includes(locale) ? 0 : 1);
  return (a: Candidate, b: Candidate) => speaks(a) - speaks(b) || byPriorityThenId(a, b);
}

function byPriorityThenId(a: Candidate, b: Candidate): number {
  return a.channel.priority - b.channel.priority || compareIds(a.channel.id, b.channel.id);
}

function bySoonestOpening(a: Candidate, b: Candidate): number {
  // Channels with no known reopening go last: they are the least useful thing to point someone at.
  const aTime = a.nextOpening?.getTime() ?? Number.POSITIVE_INFINITY;
  const bTime = b.nextOpening?.getTime() ?? Number.POSITIVE_INFINITY;
  return (aTime === bTime ? 0 : aTime < bTime ? -1 : 1) || byPriorityThenId(a, b);
}

function evaluate(channel: Channel, now: Date): Candidate {
  // A callback request is a form: it can be left at any hour, whenever the callers themselves work.
  if (channel.kind === 'callback') return { channel, status: { state: 'always' }, nextOpening: null };
  const { status, nextOpening } = evaluateSchedule(channel.schedule, now);
  return { channel, status, nextOpening };
}

function usableChannels(channels: readonly unknown[]): Channel[] {
  const seen = new Set<string>();
  const usable: Channel[] = [];
  for (const value of channels) {
    if (channelProblems(value).length > 0) continue;
    const channel = value as Channel;
    // Duplicate ids would collide as React keys and in analytics; the first entry wins.
    if (seen.has(channel.id)) continue;
    seen.add(channel.id);
    usable.push(channel);
  }
  return usable;
}

/**
 * Which help channels to show a visitor right now. Never throws: this runs on the page someone lands on
 * from an unexpected SMS, and a configuration mistake must not cost them the phone numbers.
 */
export function route(input: RouteInput): RouteResult {
  const { audience, topic, primary } = input;
  // An invalid clock makes every scheduled channel "closed, reopening unknown" rather than a crash.
  const now = input.now instanceof Date ? input.now : new Date(Number.NaN);
  const channels = Array.isArray(input.channels) ? usableChannels(input.channels) : [];
  const fallbacks = Array.isArray(input.fallbacks) ? [...input.fallbacks] : [];

  const candidates = channels
    .filter((channel) => channel.audiences.includes(audience))
    .filter((channel) => topic === undefined || channel.topics.includes(topic))
    .map((channel) => evaluate(channel, now));

  const open = candidates
    .filter((c) => c.status.state !== 'closed')
    .sort(byLanguageThenPriority(input.locale));
  const closed = candidates.filter((c) => c.status.state === 'closed').sort(bySoonestOpening);
  const anyPhoneOpen = open.some((c) => c.channel.kind === 'phone');

  return {
    open: open.map(({ channel, status }) => ({ channel, status })),
    closed: closed.map(({ channel, status }) => ({ channel, status })),
    fallbacks,
    primary,
    anyPhoneOpen,
    callbackOffered: !anyPhoneOpen && open.some((c) => c.channel.kind === 'callback'),
  };
}
