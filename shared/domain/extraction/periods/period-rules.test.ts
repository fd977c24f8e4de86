// Every period rule's examples, read through `findPeriods`: each must give its period, and must not without the
// rule, so that a change which breaks a rule fails under the rule's name.
import { describe, expect, it } from 'vitest';
import { RULES } from './period-rules.js';
import { findPeriods, periodsBy } from './periods.js';

describe('period rules', () => {
  it('have names of their own', () => {
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      const others = RULES.filter((other) => other !== rule);
      it.each(rule.examples)('reads $text as $period', ({ text, published, period }) => {
        const mention = findPeriods(text, published).find((p) => p.period === period);
        expect(mention, `no mention of ${JSON.stringify(period)}`).toBeDefined();
        const without = periodsBy(others, text, published);
        expect(
          without.some((p) => p.period === period && p.start === mention?.start && p.end === mention?.end),
          'the other rules read it too',
        ).toBe(false);
      });
    });
  }
});
