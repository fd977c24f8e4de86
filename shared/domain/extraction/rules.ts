// The registry of named rules, stage by stage, so that `examples.test.ts` runs every rule's examples.
import type { NamedRule } from './rule.js';
import { CARRIED_DIRECTION_RULES } from './stage-direction-carried.js';
import { MEMBER_SHARE_OF_A_GROUP_FLOW } from './stage-kind.js';
import { NOT_A_MEASURED_FIGURE_RULES, NOT_A_SHARE_RULES } from './stage-measure.js';
import { CONTINUATION_RULES } from './stage-metric-continuation-rules.js';
import { MEMBER_SHARE_OF_THE_FLOW_BEFORE } from './stage-metric-continues.js';
import { NOT_A_FIGURE_RULES } from './stage-not-a-figure.js';
import { PERIOD_RULES } from './stage-period-rules.js';

// biome-ignore lint/suspicious/noExplicitAny: rules of every stage, each with its own input and output
export const NAMED_RULES: ReadonlyArray<NamedRule<any, any>> = [
  ...NOT_A_FIGURE_RULES,
  ...CONTINUATION_RULES,
  MEMBER_SHARE_OF_THE_FLOW_BEFORE,
  ...NOT_A_MEASURED_FIGURE_RULES,
  ...NOT_A_SHARE_RULES,
  ...CARRIED_DIRECTION_RULES,
  ...PERIOD_RULES,
  MEMBER_SHARE_OF_A_GROUP_FLOW,
];
