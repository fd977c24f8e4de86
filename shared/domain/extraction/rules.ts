// The registry of named rules, stage by stage, so that `examples.test.ts` runs every rule's examples.

import { PERIOD_RULES as PERIOD_CHOICE_RULES } from './attribution/period-choice-rules.js';
import { MEMBER_SHARE_OF_A_GROUP_FLOW } from './attribution/stage-kind.js';
import {
  NOT_A_BOUND_RULES,
  NOT_A_MEASURED_FIGURE_RULES,
  NOT_A_SHARE_RULES,
} from './attribution/stage-measure.js';
import { CONTINUATION_RULES } from './attribution/stage-metric-continuation-rules.js';
import { MEMBER_SHARE_OF_THE_FLOW_BEFORE } from './attribution/stage-metric-continues.js';
import { NOT_A_FIGURE_RULES } from './attribution/stage-not-a-figure.js';
import { PERIOD_RULES } from './attribution/stage-period-rules.js';
import { MORE_PERIOD_RULES } from './attribution/stage-period-rules-2.js';
import { OPEN_SIDE_RULES, WORLD_RULES } from './direction/direction-open-rules.js';
import { BEFORE_UNMARKED_RULES } from './direction/direction-rules.js';
import { ADJECTIVE_ROLE_RULES, POSSESSIVE_ROLE } from './direction/roles-adjective.js';
import { NAME_ROLE_RULES } from './direction/roles-rules.js';
import { CARRIED_DIRECTION_RULES } from './direction/stage-direction-carried.js';
import {
  CHANGE_OF_THE_GOODS_BEFORE,
  FIGURE_FOR_BOTH,
  LOOKS_BACK_RULES,
  RANK_FOR_BOTH_FLOWS,
  SAME_FIGURE_OTHER_PERIOD,
  SHARE_FOR_BOTH_FLOWS,
  STATED_HOME_RULES,
  STORY_DATED_RULES,
} from './document/document-pass-rules.js';
import type { NamedRule } from './rule.js';

// biome-ignore lint/suspicious/noExplicitAny: rules of every stage, each with its own input and output
export const NAMED_RULES: ReadonlyArray<NamedRule<any, any>> = [
  // 1–6: attribution (attribute.ts and its stage-*.ts modules)
  ...NOT_A_FIGURE_RULES,
  ...CONTINUATION_RULES,
  MEMBER_SHARE_OF_THE_FLOW_BEFORE,
  ...NOT_A_MEASURED_FIGURE_RULES,
  ...NOT_A_SHARE_RULES,
  ...NOT_A_BOUND_RULES,
  ...CARRIED_DIRECTION_RULES,
  ...PERIOD_RULES,
  ...MORE_PERIOD_RULES,
  MEMBER_SHARE_OF_A_GROUP_FLOW,
  // roles and direction (roles*.ts, direction*.ts)
  POSSESSIVE_ROLE,
  ...ADJECTIVE_ROLE_RULES,
  ...NAME_ROLE_RULES,
  ...BEFORE_UNMARKED_RULES,
  ...OPEN_SIDE_RULES,
  ...WORLD_RULES,
  // the period chosen among a clause's and its context's (period-choice*.ts)
  ...PERIOD_CHOICE_RULES,
  // the document pass (document-pass*.ts)
  ...STATED_HOME_RULES,
  ...LOOKS_BACK_RULES,
  ...STORY_DATED_RULES,
  FIGURE_FOR_BOTH,
  RANK_FOR_BOTH_FLOWS,
  SAME_FIGURE_OTHER_PERIOD,
  SHARE_FOR_BOTH_FLOWS,
  CHANGE_OF_THE_GOODS_BEFORE,
];
