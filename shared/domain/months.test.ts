import { describe, expect, it } from 'vitest';
import { monthOf, previousMonth } from './months.js';

describe('months in Europe/Brussels', () => {
  it('takes the Brussels calendar, not UTC', () => {
    // 23:30 UTC on 31 January is already 1 February in Brussels
    expect(monthOf(new Date('2026-01-31T23:30:00Z'), 'Europe/Brussels')).toBe('2026-02');
    expect(previousMonth(new Date('2026-01-31T23:30:00Z'), 'Europe/Brussels')).toBe('2026-01');
    expect(previousMonth(new Date('2026-01-15T12:00:00Z'), 'Europe/Brussels')).toBe('2025-12');
  });
});
