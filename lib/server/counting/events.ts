import 'server-only';
import { isBotAgent } from '@/lib/counting/bots';
import { ALWAYS_AVAILABLE } from '@/lib/server/helplines/fallbacks';
import { getChannels } from '@/lib/server/helplines/helpline-directory';
import { attributionOf } from '@/lib/server/waves/attribution';
import { count } from './counter';

const SIMPLE_EVENTS = ['quick_exit', 'read_aloud', 'language_switch'] as const;
type SimpleEvent = (typeof SIMPLE_EVENTS)[number];

async function knownChannel(id: string): Promise<boolean> {
  if (id === 'primary' || ALWAYS_AVAILABLE.some((line) => line.id === id)) return true;
  return (await getChannels()).some((channel) => channel.id === id);
}

/**
 * Validates and counts one beacon event. Unknown events or channels are refused (400) so the counters only ever
 * hold names we chose; an unknown wave code is counted without a wave rather than refused.
 */
export async function recordEvent(
  params: URLSearchParams,
  userAgent: string | null,
): Promise<{ ok: boolean }> {
  const kind = params.get('k') ?? '';
  const { wave, arm } = await attributionOf(params.get('w'));
  if (kind === 'tap') {
    const channel = params.get('c') ?? '';
    if (!/^[a-z0-9-]{1,64}$/.test(channel) || !(await knownChannel(channel))) return { ok: false };
    if (!isBotAgent(userAgent)) count({ metric: 'tap', channel, wave, arm });
    return { ok: true };
  }
  if ((SIMPLE_EVENTS as readonly string[]).includes(kind)) {
    if (!isBotAgent(userAgent)) count({ metric: kind as SimpleEvent, wave, arm });
    return { ok: true };
  }
  return { ok: false };
}
