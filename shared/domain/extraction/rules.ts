// The registry of named rules, stage by stage, so that `examples.test.ts` runs every rule's examples.
import { OPEN_SIDE_RULES, WORLD_RULES } from './direction-open-rules.js';
import { BEFORE_UNMARKED_RULES } from './direction-rules.js';
import {
  FIGURE_FOR_BOTH,
  LOOKS_BACK_RULES,
  STATED_HOME_RULES,
  STORY_DATED_RULES,
} from './document-pass-rules.js';
import { PERIOD_RULES } from './period-choice-rules.js';
import { ADJECTIVE_ROLE_RULES, POSSESSIVE_ROLE } from './roles-adjective.js';
import { NAME_ROLE_RULES } from './roles-rules.js';
import type { NamedRule } from './rule.js';

// biome-ignore lint/suspicious/noExplicitAny: rules of every stage, each with its own input and output
export const NAMED_RULES: ReadonlyArray<NamedRule<any, any>> = [
  POSSESSIVE_ROLE,
  ...ADJECTIVE_ROLE_RULES,
  ...NAME_ROLE_RULES,
  ...BEFORE_UNMARKED_RULES,
  ...OPEN_SIDE_RULES,
  ...WORLD_RULES,
  ...PERIOD_RULES,
  ...STATED_HOME_RULES,
  ...LOOKS_BACK_RULES,
  ...STORY_DATED_RULES,
  FIGURE_FOR_BOTH,
];
