import { describe, expect, it } from 'vitest';
import { displayLabel, firstNameOf, labelKindOf } from './display-label';

const names = { staffName: 'Sam de Vries', teamName: 'Jongerenwerk' };

describe('the name shown above a team answer', () => {
  it('is the first name or the team, never the full name', () => {
    expect(firstNameOf('  Sam   de Vries ')).toBe('Sam');
    expect(displayLabel('firstName', names)).toBe('Sam');
    expect(displayLabel('team', names)).toBe('Jongerenwerk');
    expect(displayLabel('firstName', { staffName: '  ', teamName: 'Team' })).toBe('Team');
    expect(displayLabel('firstName', names)).not.toContain('Vries');
  });

  it('recognises the kind of a stored label, to offer the last choice again', () => {
    expect(labelKindOf('Sam', names)).toBe('firstName');
    expect(labelKindOf('Jongerenwerk', names)).toBe('team');
    expect(labelKindOf('Someone else', names)).toBeNull();
    expect(labelKindOf('', names)).toBeNull();
  });
});
