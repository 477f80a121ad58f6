import { describe, expect, it } from 'vitest';
import { checkReply, findForeignLinks, REPLY_MAX_CODE_POINTS } from './reply-check';

const SITE = 'https://hulp.uitweg.nl';

describe('reply check', () => {
  it('accepts a plain answer, cleaned', () => {
    expect(checkReply('  Hoi!\r\nWe bellen niet, we schrijven hier.  ', SITE)).toEqual({
      ok: true,
      text: 'Hoi!\nWe bellen niet, we schrijven hier.',
    });
  });

  it('refuses an empty or too long answer', () => {
    expect(checkReply(' \n ', SITE)).toEqual({ ok: false, problem: 'replyRequired' });
    expect(checkReply('a'.repeat(REPLY_MAX_CODE_POINTS), SITE).ok).toBe(true);
    expect(checkReply('a'.repeat(REPLY_MAX_CODE_POINTS + 1), SITE)).toEqual({
      ok: false,
      problem: 'replyTooLong',
    });
    // An emoji counts once, as a person sees it.
    expect(checkReply('🙂'.repeat(REPLY_MAX_CODE_POINTS), SITE).ok).toBe(true);
  });

  it('refuses links to other sites in every common spelling', () => {
    for (const text of [
      'Kijk op https://tracker.example/abc',
      'HTTPS://EVIL.COM',
      'zie http://user:pw@evil.com:8080/x',
      'ga naar www.jouwhulp.nl',
      'bit.ly/3abc',
      'kijk op evil.com voor meer',
      'open //evil.com/x',
      'https://hulp.uitweg.nl.evil.com/',
      'evil。com',
      'evil．nl',
      'ftp://files.example.org',
      'http://192.0.2.1/page',
      'ga naar 192.0.2.1',
      'bücher.de',
      'winkel.xn--p1ai',
      'Bel ons.Je kunt ook schrijven',
    ]) {
      expect(checkReply(text, SITE), text).toEqual({ ok: false, problem: 'replyForeignLink' });
    }
  });

  it('allows our own site, e-mail addresses, times, amounts and abbreviations', () => {
    for (const text of [
      'Lees https://hulp.uitweg.nl/nl/hulp/geld eens.',
      'Op hulp.uitweg.nl/nl/privacy staat meer.',
      'Mail gerust naar info@gemeente.nl',
      'We zijn er om 9.30 uur, m.b.t. je vraag o.a. over € 1.250,50.',
      'Versie 1.2.3 van de folder, d.w.z. de nieuwe.',
      'Ja/nee, en/of: jij kiest.',
      'Bel 0800-1234 of 088-123 45 67.',
      'Eén ding: het is ca. 5 minuten lopen.',
    ]) {
      expect(checkReply(text, SITE), text).toMatchObject({ ok: true });
    }
  });

  it('names each foreign host once, and knows the site host whatever its port', () => {
    expect(findForeignLinks('a.com, b.nl en nog eens a.com', 'hulp.uitweg.nl')).toEqual(['a.com', 'b.nl']);
    expect(findForeignLinks('http://127.0.0.1:3610/nl/hulp', '127.0.0.1')).toEqual([]);
    expect(checkReply('zie http://localhost:3000/nl', 'http://localhost:3000')).toMatchObject({ ok: true });
  });
});
