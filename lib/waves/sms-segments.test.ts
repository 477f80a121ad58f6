import { describe, expect, it } from 'vitest';
import { renderSmsText, smsSegments } from './sms-segments';

describe('SMS segments', () => {
  it('counts GSM-7 text in septets, extension characters as two', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, remaining: 0 });
    expect(smsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, remaining: 145 });
    expect(smsSegments('€[]')).toMatchObject({ encoding: 'GSM-7', characters: 3, units: 6 });
    expect(smsSegments('')).toMatchObject({ segments: 0, remaining: 160 });
    expect(smsSegments('Héllo Ümit, ça va?')).toMatchObject({ encoding: 'UCS-2', nonGsmCharacters: ['ç'] });
  });

  it('switches to UCS-2 for any character outside the GSM alphabet', () => {
    expect(smsSegments('a'.repeat(70) + '’').segments).toBe(2);
    expect(smsSegments('ë'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, remaining: 0 });
    expect(smsSegments('ë'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 });
    expect(smsSegments('🙂')).toMatchObject({ characters: 1, units: 2 });
  });

  it('renders the link without a scheme', () => {
    expect(renderSmsText('Kijk op {link}.', 'https://uitweg.example.nl', 'utr-x7k2')).toBe(
      'Kijk op uitweg.example.nl/w/utr-x7k2.',
    );
  });
});
