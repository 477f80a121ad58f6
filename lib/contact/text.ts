// Free-text clean-up shared by the browser and the server. Deliberately no HTML sanitising: text is
// stored as text and React escapes it on output, so "<script>" is harmless and a visitor's words stay
// exactly as written.

// \r\n and lone \r become \n so length limits and staff views behave the same for every platform.
const LINE_BREAKS = /\r\n?/g;
// C0/C1 control characters except tab and newline: invisible, they break CSV exports, and PostgreSQL
// rejects NUL in text columns outright.
const CONTROL_CHARACTERS = /(?![\t\n])\p{Cc}/gu;
// In a /u regex a surrogate half only matches \p{Cs} when unpaired; such strings cannot be encoded as
// UTF-8 and would be silently mangled by the database driver.
const LONE_SURROGATES = /\p{Cs}/gu;

export function cleanText(input: string): string {
  return input
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATES, '\uFFFD')
    .trim();
}

/** What a person perceives as length is closer to code points than UTF-16 units (an emoji counts once). */
export function codePointLength(text: string): number {
  // String iteration is by code point; callers bound the input first, so the array stays small.
  return Array.from(text).length;
}
