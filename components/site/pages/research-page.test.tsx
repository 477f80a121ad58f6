import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlainExperiment } from '@/lib/analytics/experiments/plain-summary';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { ResearchPage, type ResearchList } from './research-page';

const helpline = { e164: '+31302001234', display: '030 200 1234', href: 'tel:+31302001234' };

const finished: PlainExperiment = {
  month: '2026-10',
  measure: 'reachedOut',
  differences: ['smsText', 'intro', 'channelOrder'],
  arms: [
    { label: 'bel eerst', channelOrder: 'call-first', share: { kind: 'percent', percent: 8 } },
    { label: 'schrijf eerst', channelOrder: 'write-first', share: { kind: 'percent', percent: 15 } },
  ],
  lessons: [{ kind: 'difference', higher: 'schrijf eerst', lower: 'bel eerst' }],
};

const small: PlainExperiment = {
  month: '2026-06',
  measure: 'conversation',
  differences: ['smsText'],
  arms: [
    { label: 'kort', channelOrder: 'call-first', share: { kind: 'fewerThanFive' } },
    { label: 'lang', channelOrder: 'call-first', share: { kind: 'percent', percent: 6 } },
  ],
  lessons: [{ kind: 'no-conclusion', control: 'kort', arm: 'lang' }],
};

function render(research: ResearchList, locale: VisitorLocale = 'nl') {
  return renderToStaticMarkup(<ResearchPage locale={locale} helpline={helpline} research={research} />);
}

/** The visible text, without tags and with the typographic quotes and spaces as the page has them. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('ResearchPage', () => {
  it('explains in Dutch why and how we test, and what a finished experiment taught us', () => {
    const page = text(render({ available: true, experiments: [finished] }));
    expect(page).toContain('Onderzoek');
    expect(page).toContain('Zo leren we welke woorden meer mensen helpen.');
    expect(page).toContain('Elke groep krijgt dezelfde hulp.');
    expect(page).toContain('Elke groep heeft een eigen link.');
    expect(page).toContain('We gebruiken geen cookies.');
    expect(page).toContain('De sms van oktober 2026');
    expect(page).toContain('We vergeleken twee groepen.');
    expect(page).toContain('de tekst van de sms');
    expect(page).toContain('de eerste alinea op de website');
    expect(page).toContain('wat bovenaan stond op de website: bellen of schrijven');
    expect(page).toContain('Groep ‘bel eerst’ Op de website stond bellen bovenaan.');
    expect(page).toContain('Groep ‘schrijf eerst’ Op de website stond schrijven bovenaan.');
    expect(page).toContain('Van elke 100 mensen die deze sms kregen, zochten er 8 contact.');
    expect(page).toContain('Van elke 100 mensen die deze sms kregen, zochten er 15 contact.');
    expect(page).toContain('Met ‘schrijf eerst’ zochten meer mensen contact dan met ‘bel eerst’.');
    expect(page).toContain('030 200 1234');
  });

  it('shows "fewer than 5" instead of a small count, claims nothing unfinished, and shows no number below 5', () => {
    const html = render({ available: true, experiments: [small] });
    const page = text(html);
    expect(page).toContain('Minder dan 5 mensen die deze sms kregen, begonnen een gesprek.');
    expect(page).toContain('Over ‘kort’ en ‘lang’ kunnen we geen conclusie trekken.');
    expect(page).not.toContain('meer mensen een gesprek');
    expect(page).not.toContain('geen duidelijk verschil');
    // The channel order was the same in both groups: not mentioned per group.
    expect(page).not.toContain('stond bellen bovenaan');
    // No lone 1 to 4 anywhere in the text (the helpline and the year have longer digit runs).
    expect(page).not.toMatch(/(?<![\d])[1-4](?![\d])/);
  });

  it('says "no clear difference" only for a final verdict without one', () => {
    const page = text(
      render({
        available: true,
        experiments: [{ ...small, lessons: [{ kind: 'no-difference', control: 'kort', arm: 'lang' }] }],
      }),
    );
    expect(page).toContain('Tussen ‘kort’ en ‘lang’ zagen we geen duidelijk verschil.');
  });

  it('says that nothing has finished yet, or that the list cannot be shown, and keeps the helpline', () => {
    const empty = text(render({ available: true, experiments: [] }));
    expect(empty).toContain('Er is nog geen onderzoek klaar.');
    expect(empty).not.toContain('De sms van');
    const down = text(render({ available: false, experiments: [] }));
    expect(down).toContain('We kunnen de lijst nu niet laten zien.');
    expect(down).not.toContain('Er is nog geen onderzoek klaar.');
    expect(down).toContain('030 200 1234');
  });

  it('has the same content in English', () => {
    const page = text(render({ available: true, experiments: [finished, small] }, 'en'));
    expect(page).toContain('Research');
    expect(page).toContain('The text message of October 2026');
    expect(page).toContain('Of every 100 people who got this message, 15 got in touch.');
    expect(page).toContain('More people got in touch with ‘schrijf eerst’ than with ‘bel eerst’.');
    expect(page).toContain('Fewer than 5 people who got this message started a conversation.');
    expect(page).toContain('Every group gets the same help.');
  });
});
