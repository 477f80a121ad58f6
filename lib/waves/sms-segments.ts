// GSM 03.38: the default alphabet (one septet each) and its extension table (escape + character, two septets).
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Septets for GSM-7, UTF-16 code units for UCS-2: what the limits are counted in. */
  units: number;
  segments: number;
  /** Units per segment for this length: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perSegment: number;
  /** Units left before another segment is needed. */
  remaining: number;
  /** Characters that force UCS-2, for the hint "replace these to halve the cost". */
  nonGsmCharacters: string[];
}

/** How a text is sent: GSM-7 when every character fits the GSM alphabet, else UCS-2; and in how many parts. */
export function smsSegments(text: string): SmsSegments {
  const characters = [...text];
  const nonGsm = [...new Set(characters.filter((char) => !basic.has(char) && !extended.has(char)))];
  const encoding: SmsEncoding = nonGsm.length === 0 ? 'GSM-7' : 'UCS-2';
  const units =
    encoding === 'GSM-7'
      ? characters.reduce((sum, char) => sum + (extended.has(char) ? 2 : 1), 0)
      : text.length;
  const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  const perSegment = segments > 1 ? multi : single;
  return {
    encoding,
    characters: characters.length,
    units,
    segments,
    perSegment,
    remaining: segments === 0 ? single : segments * perSegment - units,
    nonGsmCharacters: nonGsm,
  };
}

/** The SMS as recipients get it: `{link}` replaced by the wave's link (host and path, no scheme, to save space). */
export function renderSmsText(template: string, siteUrl: string, code: string): string {
  const host = new URL(siteUrl).host;
  return template.replaceAll('{link}', `${host}/w/${code}`);
}
