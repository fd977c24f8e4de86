// The figures of a document made one record each: undated or rounded restatements of a dated figure go.
import type { Bound } from '../../figure.js';
import type { ExtractedFigure } from '../extracted-figure.js';

export const figureKey = (f: ExtractedFigure, period: string | null) =>
  `${headlineKey(f)}|${period}|${f.bound}|${f.sector}`;

const headlineKey = (f: ExtractedFigure) =>
  `${f.metric}|${f.measure}|${f.from}|${f.to}|${f.value}|${f.unit}|${f.kind}`;

/**
 * A headline repeats its body without the year, often rounded ("le déficit dépasse les 60 milliards" for
 * 63,6 milliards in 2023): the undated copy goes when a dated figure of the same flow bears it out.
 */
export function mergeUndatedRepeats(
  figures: ExtractedFigure[],
  titleEnd: number,
  story: string | undefined,
): ExtractedFigure[] {
  const datedFigures = figures.filter((f) => f.period);
  // "Spain remains Morocco's top trade partner" (headline) is not "… as Morocco's main trade partner in 2012":
  // a headline speaks of the story's period, and a repeat dated otherwise is another statement
  const dated = new Set(
    datedFigures
      .filter((d) => !story || d.period === story || d.measure !== 'rank' || d.start <= titleEnd)
      .map(headlineKey),
  );
  const flowKey = (f: ExtractedFigure) => [f.metric, f.measure, f.from, f.to, f.unit, f.kind].join('|');
  // a balance is one flow seen from either side: "Chine-Maroc : le déficit dépasse les 50 milliards"
  const sameFlow = (d: ExtractedFigure, f: ExtractedFigure) =>
    flowKey(d) === flowKey(f) ||
    (f.metric === 'trade_balance' && flowKey(d) === flowKey({ ...f, from: f.to, to: f.from }));
  const boreOut = (f: ExtractedFigure) =>
    f.bound !== 'eq' &&
    datedFigures.some((d) => sameFlow(d, f) && roundedTo(Math.abs(d.value), Math.abs(f.value), f.bound));
  // "ont franchi la barre des 40 milliards de dirhams en 2023. Ils se sont établis précisément à 40,7
  // milliards": a rounded statement of a figure the text also gives exactly is that figure
  const exact = (f: ExtractedFigure) =>
    f.bound !== 'eq' &&
    f.period !== null &&
    figures.some(
      (d) =>
        d !== f &&
        d.bound === 'eq' &&
        d.period === f.period &&
        flowKey(d) === flowKey(f) &&
        // (a product's exact figure is no rounded total: "près d'un tiers des exportations", "les produits
        // textiles (31 %)")
        d.sector === f.sector &&
        d.value !== f.value &&
        roundedTo(Math.abs(d.value), Math.abs(f.value), f.bound),
    );
  // "Morocco's Exports Hit Record MAD 430 Billion in 2023" over "MAD 430.1 billion ($42.5 billion) in 2023"
  const roundedHeadline = (f: ExtractedFigure) =>
    titleEnd > 0 &&
    f.end <= titleEnd &&
    figures.some(
      (d) =>
        d !== f &&
        d.start > titleEnd &&
        d.value !== f.value &&
        // a fall of 15 % is no rounded rise of 16 %
        Math.sign(d.value) === Math.sign(f.value) &&
        (d.period === f.period || f.period === null) &&
        sameFlow(d, f) &&
        // (a product's figure is no rounded total: "près d'un tiers" of all exports over "les produits textiles (31 %)")
        d.sector === f.sector &&
        roundedTo(Math.abs(d.value), Math.abs(f.value), 'approx'),
    );
  // … and a headline stating a body figure again, whatever sector or bound the body adds
  const repeatedHeadline = (f: ExtractedFigure) =>
    titleEnd > 0 &&
    f.end <= titleEnd &&
    figures.some(
      (d) => d !== f && d.start > titleEnd && headlineKey(d) === headlineKey(f) && d.period === f.period,
    );
  return figures.filter(
    (f) =>
      !roundedHeadline(f) &&
      !repeatedHeadline(f) &&
      (f.period ? !exact(f) : !(dated.has(headlineKey(f)) || boreOut(f))),
  );
}

/** Whether `exact` is what a headline's "plus de / moins de / environ `rounded`" stands for. */
function roundedTo(exact: number, rounded: number, bound: Bound): boolean {
  if (bound === 'gt') return exact >= rounded && exact <= rounded * 1.25;
  if (bound === 'lt') return exact <= rounded && exact >= rounded * 0.8;
  return Math.abs(exact - rounded) <= rounded * 0.1;
}

/**
 * A subheading repeats the paragraph under it, often rounded and without the year ("Vierde afzetmarkt" over "was
 * in 2020 de vierde grootste afzetmarkt", "77% van de uitvoer" over "77,3%"): the heading's copy goes when a figure
 * of the same flow in the text after it bears it out (the same period too, if the heading names a year).
 */
export function mergeSubheadingRepeats(figures: ExtractedFigure[], text: string): ExtractedFigure[] {
  const flowKey = (f: ExtractedFigure) => [f.metric, f.measure, f.from, f.to, f.unit, f.kind].join('|');
  const repeats = (f: ExtractedFigure): boolean => {
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    const newline = text.indexOf('\n', f.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    // (the title is the headline, merged above)
    if (lineStart === 0 || newline < 0 || line.length > 90 || /[.!?;:…]["”»’)]?$/.test(line)) return false;
    const dated = /(?<!\d)(?:19|20)\d\d(?!\d)/.test(line);
    return figures.some(
      (d) =>
        d !== f &&
        d.start > lineEnd &&
        d.start - lineEnd <= 1500 &&
        flowKey(d) === flowKey(f) &&
        d.sector === f.sector &&
        (!dated || d.period === f.period) &&
        (d.value === f.value ||
          (Number.isInteger(f.value) && f.value !== 0 && Math.round(d.value) === f.value) ||
          (f.bound !== 'eq' && roundedTo(Math.abs(d.value), Math.abs(f.value), f.bound))),
    );
  };
  return figures.filter((f) => !repeats(f));
}
