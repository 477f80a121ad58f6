/** Vocabulary of wave experiments shared by the editor, the link directory and the results. */

export const CHANNEL_ORDERS = ['call-first', 'write-first'] as const;
export type ChannelOrder = (typeof CHANNEL_ORDERS)[number];

export const MIN_ARMS = 2;
export const MAX_ARMS = 4;

/** What the pre-registered plan measures, each as a share of the messages an arm sent. */
export const PRIMARY_MEASURES = ['visited', 'reachedOut', 'conversation'] as const;
export type PrimaryMeasure = (typeof PRIMARY_MEASURES)[number];

export function parseChannelOrder(value: string): ChannelOrder {
  return value === 'write-first' ? 'write-first' : 'call-first';
}

export function isPrimaryMeasure(value: string): value is PrimaryMeasure {
  return (PRIMARY_MEASURES as readonly string[]).includes(value);
}

/** The stored JSON of an arm's introductions; anything malformed reads as "no introductions" (the default text). */
export function parseArmIntros(json: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const intros: Record<string, string> = {};
  for (const [locale, text] of Object.entries(parsed)) {
    if (typeof text === 'string' && text.trim() !== '') intros[locale] = text.trim();
  }
  return intros;
}
