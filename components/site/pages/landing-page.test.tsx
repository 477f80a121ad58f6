import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RouteResult } from '@/lib/routing/types';
import { LandingPage, type LandingVariant } from './landing-page';

const line = {
  id: 'uitweg-line',
  kind: 'phone' as const,
  label: { nl: 'Uitweg-lijn', en: 'Uitweg line' },
  address: '+31302001234',
  whenToUse: { nl: 'Altijd', en: 'Always' },
};
const channels: RouteResult = {
  open: [
    {
      channel: {
        ...line,
        audiences: ['recipient'],
        topics: ['exit'],
        priority: 1,
        schedule: { alwaysOpen: true, weekly: [], exceptions: [], closedOnPublicHolidays: false },
      },
      status: { state: 'open', until: null },
    },
  ],
  closed: [],
  fallbacks: [line],
  primary: line,
  anyPhoneOpen: true,
  callbackOffered: false,
};

function render(variant?: LandingVariant, waveCode: string | null = 'utr-n5w8-s7q2') {
  return renderToStaticMarkup(
    <LandingPage
      helpline={{ e164: '+31302001234', display: '030 200 1234', href: 'tel:+31302001234' }}
      locale="nl"
      channels={channels}
      waveCode={waveCode}
      replyWithinDays={2}
      variant={variant}
    />,
  );
}

const position = (html: string, text: string) => {
  const at = html.indexOf(text);
  expect(at, text).toBeGreaterThan(-1);
  return at;
};

describe('LandingPage variants of an experiment arm', () => {
  it('keeps the default first paragraph and "call first" without a variant', () => {
    const html = render();
    expect(html).toContain('De politie vond je nummer');
    expect(position(html, 'Bel ons op')).toBeLessThan(position(html, 'Stuur een bericht'));
    expect(position(html, 'data-channel')).toBeLessThan(position(html, 'data-testid="conversation-channel"'));
  });

  it("replaces only the first paragraph with the arm's introduction", () => {
    const html = render({ intro: 'Je kunt ons ook schrijven, zonder je naam.', channelOrder: 'call-first' });
    expect(html).toContain('Je kunt ons ook schrijven, zonder je naam.');
    expect(html).not.toContain('De politie vond je nummer');
    // Everything else on the page stays: the same access to help in every arm.
    expect(html).toContain('Bel ons op 030 200 1234');
    expect(html).toContain('Schrijf ons, anoniem, zonder telefoonnummer');
  });

  it('puts writing first for "write first", with the same ways in', () => {
    const callFirst = render({ intro: null, channelOrder: 'call-first' });
    const writeFirst = render({ intro: null, channelOrder: 'write-first' });
    expect(position(writeFirst, 'Stuur een bericht')).toBeLessThan(position(writeFirst, 'Bel ons op'));
    expect(position(writeFirst, 'data-testid="conversation-channel"')).toBeLessThan(
      position(writeFirst, 'data-channel'),
    );
    const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(links(writeFirst)).toEqual(links(callFirst));
  });

  it("passes the arm's link code on in every link that counts later steps", () => {
    const html = render({ intro: null, channelOrder: 'write-first' });
    expect(html).toContain('w=utr-n5w8-s7q2');
    expect(html).not.toMatch(/w=utr-n5w8(?!-s7q2)/);
  });
});
