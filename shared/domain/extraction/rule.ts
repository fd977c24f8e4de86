// A named rule: one special case of a stage, with the sentences (written for the project, never a corpus
// document's wording) that justify it. `examples.test.ts` runs every rule's examples through the whole engine, so
// that a change which breaks the reason a rule exists fails a test that names the rule.
import type { Bound, Kind, Measure, Metric } from '../figure.js';
import type { Language } from './language.js';

/** What one example expects of the figures read from its text. */
export interface RuleExample {
  /** a sentence or two of our own, in the style of the class the rule serves */
  text: string;
  language: Language;
  /** publication month YYYY-MM, when the example needs one */
  published?: string;
  /** a figure with these fields must be read (only the fields given are compared)… */
  figure?: ExpectedFigure;
  /** … or no figure with this value (a rule that says "not a figure") */
  noFigure?: number;
}

export interface ExpectedFigure {
  value: number;
  metric?: Metric;
  measure?: Measure;
  from?: string;
  to?: string;
  unit?: string;
  period?: string | null;
  kind?: Kind;
  bound?: Bound;
  sector?: string | null;
}

/** A rule as a value: its name, why it exists, its examples, and what it does. */
export interface NamedRule<Input, Output> {
  /** kebab-case, unique in the engine */
  name: string;
  /** one line: the class of text the rule serves */
  why: string;
  examples: [RuleExample, ...RuleExample[]];
  /** the rule's answer, or undefined when it does not apply */
  apply: (input: Input) => Output | undefined;
}

/** The first rule of a list that applies, in list order, with its name (for tracing and tests). */
export function firstApplying<Input, Output>(
  rules: ReadonlyArray<NamedRule<Input, Output>>,
  input: Input,
): { rule: string; value: Output } | undefined {
  for (const rule of rules) {
    const value = rule.apply(input);
    if (value !== undefined) return { rule: rule.name, value };
  }
  return undefined;
}

/** A yes-or-no rule's answer: `true` when it applies, undefined (the next rule's turn) when not. */
export const when = (applies: boolean): true | undefined => (applies ? true : undefined);
