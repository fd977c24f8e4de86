// The role an economy plays for a figure (owner, partner), from the cue words around it: a possessive's, an
// adjective's (roles-adjective.ts) or a name's (roles-rules.ts), each by named rules tried in order.
import type { Metric } from '../../figure.js';
import { POSSESSIVE_AFTER } from '../attribution/cues.js';
import type { ClauseFacts, Role } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { Quantity } from '../quantities/quantities.js';
import { firstApplying } from '../rule.js';
import { ADJECTIVE_ROLE_RULES, POSSESSIVE_ROLE } from './roles-adjective.js';
import { NAME_ROLE_RULES } from './roles-rules.js';

export function roleOf(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
): Role | undefined {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const input = { text, mention, metric, facts, q, before };
  const possessive = mention.possessive || POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3));
  const decided = possessive
    ? { value: POSSESSIVE_ROLE.apply(input) }
    : firstApplying(mention.adjective ? ADJECTIVE_ROLE_RULES : NAME_ROLE_RULES, input);
  // a name no cue marks is the subject or the object of the clause: the direction's stage places it
  if (!decided) return 'ambiguous';
  return decided.value === 'none' ? undefined : decided.value;
}
