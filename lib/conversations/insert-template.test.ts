import { describe, expect, it } from 'vitest';
import { withTemplate } from './insert-template';

describe('withTemplate', () => {
  it('fills an empty reply box with the template', () => {
    expect(withTemplate('', 'Fijn dat je schrijft.')).toBe('Fijn dat je schrijft.');
    expect(withTemplate('  \n', 'Fijn dat je schrijft.')).toBe('Fijn dat je schrijft.');
  });

  it('keeps what was typed and adds the template after a blank line', () => {
    expect(withTemplate('Hoi,\n', 'Fijn dat je schrijft.')).toBe('Hoi,\n\nFijn dat je schrijft.');
  });
});
