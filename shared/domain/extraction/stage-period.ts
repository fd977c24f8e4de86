// Attribution, stage 5: the period. The clause's own, or the sentence's, paragraph's, story's (period-choice.ts),
// moved to the year before for a base, to a span for a change over years, to a fiscal year's months.

import type { Metric } from '../figure.js';
import { latin } from './letters.js';
import { CARDINALS } from './number-words.js';
import { FISCAL_YEAR_START, type FiscalYear, fiscalPeriod, type PeriodMention } from './periods.js';

export const SPAN_TO_LEVEL = latin(/^\s*(?:to|à|tot|pour atteindre|reaching)\s*$/iu);

export const OVER_YEARS = latin(
  /^\s*(?:en|in|over|sur|op)\s+(?:les\s+|the\s+past\s+|the\s+last\s+|de\s+voorbije\s+|de\s+afgelopen\s+)?(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?![\p{L}])/iu,
);

/** "Sur cinq ans, les exportations … ont progressé de 41 %", "Over five years, …": a sentence's opening span. */
export const OVER_YEARS_LEADING = latin(
  /^\s*(?:sur|en|over|in)\s+(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?:\s+tijd)?\s*,/iu,
);

export const OVER_YEARS_BEFORE = latin(
  /(?<![\p{L}])(?:(?:de|les|the|ces|over\s+de|in\s+de|au\s+cours\s+des|over\s+the|in\s+the)\s+)?(?:voorbije|afgelopen|laatste|past|last)\s+(\p{L}+|\d{1,2})\s+(?:jaar|years)(?![\p{L}])|(?<![\p{L}])(?:ces|les|au cours des)\s+(\p{L}+|\d{1,2})\s+(?:dernières\s+années|derniers\s+ans)(?![\p{L}])/iu,
);

export const yearsIn = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 2 && n <= 50 ? n : undefined;
};

export const latestYear = (periods: PeriodMention[]): number | undefined => {
  const years = periods.filter((p) => !p.comparison && /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
  return years.length > 0 ? Math.max(...years) : undefined;
};

// "- 2022: 5,05 miljard euro", "2023    2,217" (a table row)
export const YEAR_LABEL = /^\s*(?:[-•*–]\s*)?((?:19|20)\d\d)(?:\s*[:–]\s*|[ \t]{2,}|\t)$/;

export const DEMONSTRATIVE_FLOW_AFTER = latin(
  /^\s*(?:de\s+(?:ces|cette)|of\s+(?:those|these|that|this)|van\s+(?:die|deze|dat|dit))\s+(?:\p{L}+\s+)?(?:export\p{L}*|import\p{L}*|uitvoer|invoer|ventes|achats|échanges|handel|trade|flows?|flux|investissements|investments?|investeringen|totaal|total)(?![\p{L}])/iu,
);

export const YEAR_THEN_BRACKET = /(?<![\d.,])((?:19|20)\d\d)\s*\(\s*$/;

/**
 * A fiscal year in the months of the reporter's fiscal year (the host's for investment), or of the partner's
 * when only it has one; "the current fiscal year" of a figure inherited from a part of it is that part.
 */
export function ofFiscalYear(
  fiscal: FiscalYear,
  metric: Metric,
  flow: { from: string; to: string },
  published: string | undefined,
  inherited: string | undefined,
): string | undefined {
  const economies = metric === 'fdi' ? [flow.to, flow.from] : [flow.from, flow.to];
  const start = economies.map((code) => FISCAL_YEAR_START[code]).find((month) => month !== undefined);
  const period = fiscalPeriod(fiscal, start, published);
  if (!period) return inherited;
  const within =
    fiscal.relative &&
    inherited &&
    /^\d{4}-\d\d\/\d{4}-\d\d$/.test(period) &&
    inherited.slice(0, 7) >= period.slice(0, 7) &&
    inherited.slice(-7) <= period.slice(-7);
  return within ? inherited : period;
}

export const MONTH_SPAN = /^\d{4}-\d\d\/\d{4}-\d\d$/;
