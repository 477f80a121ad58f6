import { describe, expect, it } from 'vitest';
import { senderExport } from './sender-export';

const labels = {
  title: 'SMS wave {wave}: {arms} arms',
  split: ['Split the list at random over the {arms} arms.', 'We never see the numbers.'],
  armHeading: 'Arm {number}: {label}',
  link: 'Link:',
  length: '{characters} characters, {encoding}, {segments} SMS',
};

describe('senderExport', () => {
  it('gives per arm its exact text with the link filled in, and how to split the list', () => {
    const text = senderExport(
      { name: 'Utrecht Noord' },
      [
        { label: 'call first', code: 'utr-n5w8-b3k7', smsText: 'Police: help at {link}' },
        { label: 'write first', code: 'utr-n5w8-s7q2', smsText: 'Politie: schrijf ons via {link} – anoniem' },
      ],
      'https://hulp.uitweg.nl',
      labels,
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('SMS wave Utrecht Noord: 2 arms');
    expect(lines).toContain('Split the list at random over the 2 arms.');
    expect(lines).toContain('== Arm 1: call first ==');
    expect(lines).toContain('Link: hulp.uitweg.nl/w/utr-n5w8-b3k7');
    expect(lines).toContain('Police: help at hulp.uitweg.nl/w/utr-n5w8-b3k7');
    expect(lines).toContain('46 characters, GSM-7, 1 SMS');
    // The en dash is not in the GSM-7 alphabet: the arm's text goes as UCS-2, which the sender must know.
    expect(lines).toContain('Politie: schrijf ons via hulp.uitweg.nl/w/utr-n5w8-s7q2 – anoniem');
    expect(lines.some((line) => line.includes('UCS-2'))).toBe(true);
    expect(text.indexOf('Arm 1')).toBeLessThan(text.indexOf('Arm 2'));
  });
});
