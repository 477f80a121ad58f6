/** The text read aloud for a section: its headings, paragraphs and list items, in order, one per line. */
export function readableText(nodes: Iterable<{ textContent: string | null }>): string {
  return Array.from(nodes, (node) => node.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n');
}

/** The speech voice language for a page language; the page's own `lang` when it names a region already. */
export function speechLanguage(pageLanguage: string): string {
  if (pageLanguage.includes('-')) return pageLanguage;
  return SPEECH_REGION[pageLanguage] ?? pageLanguage;
}

const SPEECH_REGION: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  pl: 'pl-PL',
  tr: 'tr-TR',
  ar: 'ar-SA',
};

/**
 * The voice to read a page in: one for its language and region, else any for its language (an Arabic page is
 * better read by an Egyptian voice than by none), else null and the buttons stay hidden: a Dutch voice reading
 * Polish is worse than no button.
 */
export function voiceFor<Voice extends { lang: string }>(
  voices: readonly Voice[],
  pageLanguage: string,
): Voice | null {
  const wanted = speechLanguage(pageLanguage).toLowerCase();
  const language = wanted.split('-')[0];
  const tag = (voice: Voice) => voice.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((voice) => tag(voice) === wanted) ??
    voices.find((voice) => tag(voice).split('-')[0] === language) ??
    null
  );
}
