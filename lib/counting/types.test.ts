import { describe, expect, it } from 'vitest';

import { counterKey, counterKeyId, parseCounterKeyId } from './types';

describe('counterKeyId', () => {
  it('fills unused dimensions with empty strings', () => {
    expect(counterKey({ day: '2026-03-01', metric: 'visit' })).toEqual({
      day: '2026-03-01',
      wave: '',
      metric: 'visit',
      page: '',
      locale: '',
      device: '',
      channel: '',
      audience: '',
      topic: '',
      via: '',
      arm: '',
    });
  });

  it('is stable regardless of property order', () => {
    const a = counterKey({ day: '2026-03-01', metric: 'tap', wave: 'w1', channel: 'phone' });
    const b = { ...counterKey({ day: '2026-03-01', metric: 'tap' }), channel: 'phone', wave: 'w1' };
    expect(counterKeyId(a)).toBe(counterKeyId(b));
  });

  it('keeps values apart that a naive separator would merge', () => {
    const a = counterKey({ day: '2026-03-01', metric: 'visit', wave: 'a|b', page: '' });
    const b = counterKey({ day: '2026-03-01', metric: 'visit', wave: 'a', page: 'b' });
    expect(counterKeyId(a)).not.toBe(counterKeyId(b));
  });

  it('round-trips through parseCounterKeyId', () => {
    const key = counterKey({
      day: '2026-03-01',
      metric: 'real_view',
      wave: 'abc-12',
      page: 'real',
      locale: 'nl',
      device: 'phone',
      via: 'wave',
      topic: 'geld "quoted"\u0000',
    });
    expect(parseCounterKeyId(counterKeyId(key))).toEqual(key);
  });

  it.each(['', 'nope', '[]', '{"day":"x"}', JSON.stringify(Array(10).fill('')), JSON.stringify([1])])(
    'rejects %j',
    (id) => {
      expect(parseCounterKeyId(id)).toBeNull();
    },
  );
});
