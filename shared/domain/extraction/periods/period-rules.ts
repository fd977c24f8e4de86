// The period rules in the order they are tried: where two match overlapping text, the first wins.
import type { Rule } from './period-rule.js';
import { fiscalPartCode, fiscalYear, fiscalYearMonths } from './period-rules-fiscal.js';
import {
  betweenMonthsOfYears,
  monthOfRelativeYear,
  monthOfYear,
  monthRange,
  monthsListedInBrackets,
  monthToMonthRange,
  monthWithoutYear,
  rollingSpan,
  yearToMonth,
} from './period-rules-months.js';
import { half, halfCode, quarter, quarterEndingIn } from './period-rules-quarters.js';
import {
  horizonInYears,
  lastMonth,
  lastYear,
  monthBefore,
  nextYear,
  pastYears,
  samePeriodAsBefore,
  samePeriodLastYear,
  samePeriodOfYear,
  thisYear,
  yearBefore,
  yearsAgo,
  yearsEarlier,
} from './period-rules-relative.js';
import {
  firstMonthsOfLastYear,
  firstMonthsOfThisYear,
  firstMonthsOfYear,
  soFar,
  toEndOfMonth,
  toEndOfMonthThisYear,
} from './period-rules-to-date.js';
import { horizonYear, plainYear, sinceEvent, sinceYear, yearSpan } from './period-rules-years.js';

export const RULES: Rule[] = [
  // (before the months alone: "fiscal year 2023-24 (July-December)" dates its months)
  fiscalYearMonths,
  monthToMonthRange,
  betweenMonthsOfYears,
  monthRange,
  // (before the fiscal year it names: "Q3 FY24")
  fiscalPartCode,
  fiscalYear,
  sinceYear,
  sinceEvent,
  rollingSpan,
  yearToMonth,
  toEndOfMonth,
  toEndOfMonthThisYear,
  firstMonthsOfYear,
  // (before this year's: "les neuf premiers mois de l'année dernière")
  firstMonthsOfLastYear,
  firstMonthsOfThisYear,
  half,
  halfCode,
  quarter,
  quarterEndingIn,
  samePeriodOfYear,
  samePeriodLastYear,
  samePeriodAsBefore,
  monthOfYear,
  monthOfRelativeYear,
  yearSpan,
  horizonYear,
  plainYear,
  horizonInYears,
  monthWithoutYear,
  monthsListedInBrackets,
  pastYears,
  yearsAgo,
  // (before last year: "the same period last year" is the main period a year back)
  yearBefore,
  lastYear,
  monthBefore,
  lastMonth,
  thisYear,
  nextYear,
  soFar,
  yearsEarlier,
];
