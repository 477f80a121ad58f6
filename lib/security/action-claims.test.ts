import { describe, expect, it } from 'vitest';
import { actionClaims } from './action-claims';

const ID = '70757d76e7c0878f9f4f127d6998ab7fb79abe2cd3';

describe('actionClaims', () => {
  it('reads the id from the header a script sends', () => {
    expect(actionClaims(ID)).toEqual({ ids: [ID], malformed: false });
    expect(actionClaims(null)).toEqual({ ids: [], malformed: false });
  });

  it('reads the ids a form posted without JavaScript names in its fields', () => {
    const fields: Record<string, string> = {
      [`$ACTION_ID_${ID}`]: '',
      $ACTION_REF_1: '',
      '$ACTION_1:0': JSON.stringify({ id: 'abc', bound: '$@1' }),
      email: 'x',
    };
    expect(actionClaims(null, Object.keys(fields), (name) => fields[name] ?? '')).toEqual({
      ids: [ID, 'abc'],
      malformed: false,
    });
  });

  it('calls a reference without its bound action, or with broken JSON, malformed', () => {
    expect(actionClaims(null, ['$ACTION_REF_1'], () => '').malformed).toBe(true);
    expect(actionClaims(null, ['$ACTION_REF_1'], () => '{"id":').malformed).toBe(true);
    expect(actionClaims(null, ['$ACTION_REF_1'], () => '{"id":7}').malformed).toBe(true);
  });
});

describe('actionClaims: fields React never sends', () => {
  it('finds a bound argument without its reference, or an unknown $ACTION_ field, malformed', () => {
    expect(actionClaims(null, ['$ACTION_1:0'], () => '{"id":"zz","bound":null}').malformed).toBe(true);
    expect(actionClaims(null, ['$ACTION_X']).malformed).toBe(true);
    expect(actionClaims(null, ['$ACTION_KEY', 'message']).malformed).toBe(false);
    expect(
      actionClaims(null, ['$ACTION_REF_1', '$ACTION_1:0', '$ACTION_1:1'], () => '{"id":"abc","bound":null}'),
    ).toEqual({ ids: ['abc'], malformed: false });
  });
});
