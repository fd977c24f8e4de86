// Every named rule's examples, run through the whole engine: a change that breaks the reason a rule exists fails
// here, under the rule's name. A stage registers its rules in `rules.ts`.
import { describe, expect, it } from 'vitest';
import { extractTradeFigures } from './extract-trade-figures.js';
import type { NamedRule, RuleExample } from './rule.js';
import { NAMED_RULES } from './rules.js';

function check(example: RuleExample): void {
  const figures = extractTradeFigures(example.text, {
    language: example.language,
    published: example.published,
  });
  if (example.figure) {
    const want = example.figure;
    const found = figures.some((f) =>
      Object.entries(want).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v),
    );
    expect(found, `${JSON.stringify(want)} among ${JSON.stringify(figures.map(brief))}`).toBe(true);
  }
  if (example.noFigure !== undefined) {
    expect(figures.map((f) => f.value)).not.toContain(example.noFigure);
  }
}

const brief = (f: {
  value: number;
  metric: string;
  measure: string;
  from: string;
  to: string;
  period: unknown;
}) => `${f.value} ${f.metric}/${f.measure} ${f.from}→${f.to} ${f.period}`;

describe('named rules', () => {
  it('have unique names and at least one checkable example each', () => {
    const names = NAMED_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of NAMED_RULES as Array<NamedRule<unknown, unknown>>) {
      expect(
        rule.examples.every((e) => e.figure || e.noFigure !== undefined),
        rule.name,
      ).toBe(true);
    }
  });
  for (const rule of NAMED_RULES as Array<NamedRule<unknown, unknown>>) {
    describe(rule.name, () => {
      rule.examples.forEach((example, i) => {
        it(`example ${i + 1}: ${example.text.slice(0, 60)}`, () => check(example));
      });
    });
  }
});
