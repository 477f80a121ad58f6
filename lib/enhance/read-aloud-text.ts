/** The text read aloud for a section: its headings, paragraphs and list items, in order, one per line. */
export function readableText(nodes: Iterable<{ textContent: string | null }>): string {
  return Array.from(nodes, (node) => node.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n');
}

/** The speech voice language for a page language; the page's own `lang` when it names a region already. */
export function speechLanguage(pageLanguage: string): string {
  if (pageLanguage.includes('-')) return pageLanguage;
  return pageLanguage === 'en' ? 'en-GB' : pageLanguage === 'nl' ? 'nl-NL' : pageLanguage;
}
