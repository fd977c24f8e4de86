// What a rule of an economy's role reads and answers: shared by the rule lists of roles-*.ts.
import type { Metric } from '../../figure.js';
import type { ClauseFacts, Role } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { Quantity } from '../quantities/quantities.js';
import type { NamedRule } from '../rule.js';

/** What a role rule reads: the economy named, the figure's metric and quantity, and the 30 characters before. */
export interface RoleInput {
  text: string;
  mention: EconomyMention;
  metric: Metric;
  facts: ClauseFacts;
  q: Quantity;
  before: string;
}

export type RoleRule = NamedRule<RoleInput, Role | 'none'>;
