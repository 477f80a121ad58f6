import 'server-only';
import { createMinuteMemo } from '@/lib/routing/minute-memo';
import { route } from '@/lib/routing/route';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { Audience, Channel, ChannelStatus, RouteResult, Topic } from '@/lib/routing/types';
import { statusAt } from '@/lib/routing/schedule';
import { requestNow } from '@/lib/server/clock';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { ALWAYS_AVAILABLE, primaryFallback } from './fallbacks';
import { getChannels } from './helpline-directory';

// Routing and the help bar's status read the opening hours of every channel, about a third of a visitor page's CPU
// time under load (docs/benchmarks.md), and their answer only changes on the minute: it is worked out once a minute
// per input and list of channels (lib/routing/minute-memo.test.ts shows the answer is the same all minute long).
// Requests of one minute share the answer: read it, never change it.
const routedThisMinute = createMinuteMemo<Channel[], RouteResult>();
const primaryStatusThisMinute = createMinuteMemo<Channel[], ChannelStatus | null>();

/** The channels to show this visitor now: open first, then closed with their next opening, then fallbacks. */
export async function routeForRequest(input: {
  audience: Audience;
  topic?: Topic;
  locale: VisitorLocale;
}): Promise<RouteResult> {
  const [channels, now] = await Promise.all([getChannels(), requestNow()]);
  const key = `${input.audience}|${input.topic ?? ''}|${input.locale}`;
  return routedThisMinute(channels, now, key, (minuteStart) =>
    route({
      ...input,
      now: minuteStart,
      channels,
      fallbacks: ALWAYS_AVAILABLE,
      primary: primaryFallback(getPrimaryHelpline()),
    }),
  );
}

/**
 * Whether the configured helpline is staffed now, from the helpline with the same number in the database; null when
 * that is unknown (no such row, or the database unreachable), and then the number is shown without a status.
 */
export async function primaryLineStatus(): Promise<ChannelStatus | null> {
  const [channels, now] = await Promise.all([getChannels(), requestNow()]);
  return primaryStatusThisMinute(channels, now, 'primary', (minuteStart) => {
    const { e164 } = getPrimaryHelpline();
    const line = channels.find((channel) => channel.kind === 'phone' && channel.address === e164);
    return line ? statusAt(line.schedule, minuteStart) : null;
  });
}
