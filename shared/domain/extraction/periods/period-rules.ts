// The period rules in the order they are tried: where two match overlapping text, the first wins.
import type { Rule } from './period-rule.js';
import { fiscalYear } from './period-rules-fiscal.js';
import {
  betweenMonthsOfYears,
  monthOfYear,
  monthRange,
  monthToMonthRange,
  monthWithoutYear,
  rollingSpan,
} from './period-rules-months.js';
import { half, halfCode, quarter } from './period-rules-quarters.js';
import {
  horizonInYears,
  lastMonth,
  lastYear,
  monthBefore,
  pastYears,
  samePeriodAsBefore,
  samePeriodOfYear,
  thisYear,
  yearBefore,
  yearsAgo,
  yearsEarlier,
} from './period-rules-relative.js';
import {
  firstMonthsOfThisYear,
  firstMonthsOfYear,
  soFar,
  toEndOfMonth,
  toEndOfMonthThisYear,
} from './period-rules-to-date.js';
import { horizonYear, plainYear, sinceEvent, sinceYear, yearSpan } from './period-rules-years.js';

export const RULES: Rule[] = [
  monthToMonthRange,
  betweenMonthsOfYears,
  monthRange,
  fiscalYear,
  sinceYear,
  sinceEvent,
  rollingSpan,
  toEndOfMonth,
  toEndOfMonthThisYear,
  firstMonthsOfYear,
  firstMonthsOfThisYear,
  half,
  halfCode,
  quarter,
  samePeriodOfYear,
  samePeriodAsBefore,
  monthOfYear,
  yearSpan,
  horizonYear,
  plainYear,
  horizonInYears,
  monthWithoutYear,
  pastYears,
  yearsAgo,
  lastYear,
  monthBefore,
  lastMonth,
  yearBefore,
  thisYear,
  soFar,
  yearsEarlier,
];
