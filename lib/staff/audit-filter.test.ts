import { describe, expect, it } from 'vitest';
import { auditQueryString, parseAuditQuery } from './audit-filter';

describe('audit page query', () => {
  it('reads person, action, date range and page; empty fields mean any', () => {
    expect(
      parseAuditQuery({
        actor: 'abc-123',
        action: 'staff.login_failed',
        from: '2026-03-01',
        to: '2026-03-31',
        page: '3',
      }),
    ).toEqual({
      filter: { actorId: 'abc-123', action: 'staff.login_failed', from: '2026-03-01', to: '2026-03-31' },
      page: 3,
      errors: {},
    });
    expect(parseAuditQuery({ actor: '', action: '', from: '', to: '' })).toEqual({
      filter: {},
      page: 1,
      errors: {},
    });
  });

  it('reports bad values and leaves them out instead of failing', () => {
    expect(
      parseAuditQuery({ actor: "x' OR 1=1", action: 'DROP', from: '2026-02-30', to: 'gisteren', page: '-1' }),
    ).toEqual({
      filter: {},
      page: 1,
      errors: { actor: 'actorInvalid', action: 'actionInvalid', from: 'dateInvalid', to: 'dateInvalid' },
    });
    expect(parseAuditQuery({ from: '2026-03-10', to: '2026-03-01' })).toEqual({
      filter: { from: '2026-03-10' },
      page: 1,
      errors: { to: 'rangeReversed' },
    });
    expect(parseAuditQuery({ page: ['2', '5'] }).page).toBe(2);
  });

  it('writes the query string of a page with the same filter', () => {
    expect(auditQueryString({ action: 'request.open', from: '2026-03-01' }, 2)).toBe(
      '?action=request.open&from=2026-03-01&page=2',
    );
    expect(auditQueryString({}, 1)).toBe('');
  });
});
