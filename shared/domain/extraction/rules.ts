// The registry of named rules, stage by stage, so that `examples.test.ts` runs every rule's examples.
import { PERIOD_RULES } from './period-choice-rules.js';
import type { NamedRule } from './rule.js';

// biome-ignore lint/suspicious/noExplicitAny: rules of every stage, each with its own input and output
export const NAMED_RULES: ReadonlyArray<NamedRule<any, any>> = [...PERIOD_RULES];
