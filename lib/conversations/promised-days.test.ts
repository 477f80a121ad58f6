import { describe, expect, it } from 'vitest';
import { promisedReplyDays, writingLanguages } from './promised-days';

const OPTIONS = { audiences: ['recipient', 'parent'], topics: ['addiction', 'other'] };
const RULES = [
  { audience: '', topic: 'addiction', teamId: 'addiction', priority: 10 },
  { audience: 'parent', topic: '', teamId: 'parents', priority: 20 },
  { audience: '', topic: '', teamId: 'youth', priority: 100 },
];
const TEAMS = [
  { id: 'addiction', replyWithinDays: 1 },
  { id: 'parents', replyWithinDays: 3 },
  { id: 'youth', replyWithinDays: 2 },
];

describe('promised reply days', () => {
  it("is the routed team's promise once audience and topic are chosen", () => {
    expect(promisedReplyDays(RULES, TEAMS, { audience: 'recipient', topic: 'addiction' }, OPTIONS)).toBe(1);
    expect(promisedReplyDays(RULES, TEAMS, { audience: 'recipient', topic: 'other' }, OPTIONS)).toBe(2);
    expect(promisedReplyDays(RULES, TEAMS, { audience: 'parent', topic: 'other' }, OPTIONS)).toBe(3);
  });

  it('is the longest promise of every team the choice still leaves open', () => {
    expect(promisedReplyDays(RULES, TEAMS, { audience: 'recipient' }, OPTIONS)).toBe(2);
    expect(promisedReplyDays(RULES, TEAMS, { topic: 'addiction' }, OPTIONS)).toBe(1);
    expect(promisedReplyDays(RULES, TEAMS, {}, OPTIONS)).toBe(3);
  });

  it('is null when no team is known (no rules, or the database is unreachable)', () => {
    expect(promisedReplyDays([], TEAMS, {}, OPTIONS)).toBeNull();
    expect(promisedReplyDays(RULES, [], {}, OPTIONS)).toBeNull();
  });
});

describe('writing languages', () => {
  const SPEAKING = [
    { id: 'addiction', languages: ['nl', 'en', 'pl'] },
    { id: 'parents', languages: ['nl', 'en', 'tr'] },
    { id: 'youth', languages: ['nl', 'en', 'pl', 'ar'] },
  ];
  const OFFERED = { ...OPTIONS, offered: ['nl', 'en', 'pl', 'tr', 'ar'] as const };

  it('promises only what every team the message could go to speaks', () => {
    // Nothing chosen yet: it could go to any of the three.
    expect(writingLanguages(RULES, SPEAKING, {}, OFFERED)).toEqual(['nl', 'en']);
    // A recipient: the addiction team or the youth team.
    expect(writingLanguages(RULES, SPEAKING, { audience: 'recipient' }, OFFERED)).toEqual(['nl', 'en', 'pl']);
    expect(writingLanguages(RULES, SPEAKING, { audience: 'recipient', topic: 'other' }, OFFERED)).toEqual([
      'nl',
      'en',
      'pl',
      'ar',
    ]);
    expect(writingLanguages(RULES, SPEAKING, { audience: 'parent', topic: 'other' }, OFFERED)).toEqual([
      'nl',
      'en',
      'tr',
    ]);
  });

  it('knows nothing without teams, and leaves out languages the installation does not offer', () => {
    expect(writingLanguages([], SPEAKING, {}, OFFERED)).toBeNull();
    const dutchEnglishOnly = { ...OPTIONS, offered: ['nl', 'en'] as const };
    expect(
      writingLanguages(RULES, SPEAKING, { audience: 'recipient', topic: 'other' }, dutchEnglishOnly),
    ).toEqual(['nl', 'en']);
  });
});
