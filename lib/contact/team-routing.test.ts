import { describe, expect, it } from 'vitest';
import { pickTeam } from './team-routing';

const rules = [
  { audience: '', topic: 'addiction', teamId: 'addiction', priority: 10 },
  { audience: '', topic: 'money', teamId: 'money', priority: 10 },
  { audience: 'professional', topic: '', teamId: 'advice', priority: 20 },
  { audience: 'parent', topic: '', teamId: 'advice', priority: 30 },
  { audience: '', topic: '', teamId: 'youth', priority: 100 },
];

describe('pickTeam', () => {
  it('routes by topic before audience when the topic rule has the lower priority', () => {
    expect(pickTeam(rules, 'parent', 'addiction')).toBe('addiction');
    expect(pickTeam(rules, 'recipient', 'money')).toBe('money');
  });

  it('routes parents and professionals to the advice team for other topics', () => {
    expect(pickTeam(rules, 'parent', 'exit')).toBe('advice');
    expect(pickTeam(rules, 'professional', 'other')).toBe('advice');
  });

  it('falls back to the catch-all rule', () => {
    expect(pickTeam(rules, 'recipient', 'exit')).toBe('youth');
  });

  it('prefers the more specific rule at equal priority, and returns null without a match', () => {
    const tied = [
      { audience: '', topic: '', teamId: 'any', priority: 1 },
      { audience: 'parent', topic: 'money', teamId: 'exact', priority: 1 },
    ];
    expect(pickTeam(tied, 'parent', 'money')).toBe('exact');
    expect(pickTeam([], 'parent', 'money')).toBeNull();
  });
});
