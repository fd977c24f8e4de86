// The briefing's summary: three to five sentences, generated from its figures (no language model) in the
// recipient's language: where the main flows stand with their growth and rank, the first target against
// its actual, disagreements between sources, and what the briefing rests on.
import type { Briefing } from './briefing.js';
import type { HeadlineEntry } from './briefing-sections.js';
import { type BriefingText, briefingText, cap } from './briefing-text.js';
import { countryOf } from './figure.js';

const MAX_SENTENCES = 5;
const MAX_FLOW_SENTENCES = 3;

export function summarise(b: Briefing): string[] {
  const t = briefingText(b.language);
  const total = b.figures.length + b.regionalFigures.length;
  if (total === 0) return [];
  const sentences: string[] = [];
  // flows known by an amount first, then by a share or rank
  const entries = [...b.headline].sort(
    (x, y) => Number(x.latest.measure !== 'value') - Number(y.latest.measure !== 'value'),
  );
  for (const e of entries.slice(0, MAX_FLOW_SENTENCES)) sentences.push(flowSentence(e, b.home, t));
  if (b.focus === 'regional' && b.home !== countryOf(b.home))
    sentences.push(t.regionalFocus(t.named(b.home), t.named(countryOf(b.home))));
  // a national target before a region's, one with an actual beside it before one without
  const national = (p: (typeof b.targets)[number]) =>
    countryOf(p.target.from) === p.target.from && countryOf(p.target.to) === p.target.to;
  const target =
    b.targets.find((p) => national(p) && p.reached !== null) ??
    b.targets.find((p) => p.reached !== null) ??
    b.targets[0];
  if (target) {
    const flow = t.lowerFirst(t.flowSubject(target.target, b.home));
    sentences.push(
      target.actual && target.reached !== null
        ? t.targetSentence(
            t.figureValue(target.target),
            t.when(target.target.period),
            flow,
            t.formatShare(target.reached),
            t.figureValue(target.actual),
            t.when(target.actual.period),
          )
        : t.targetPending(t.figureValue(target.target), t.when(target.target.period), flow),
    );
  }
  if (b.conflicts.length > 0)
    sentences.push(
      t.conflictSentence(
        b.conflicts.length,
        b.conflicts.some((c) => c.withinDocument),
      ),
    );
  if (sentences.length < 3) {
    const latest = b.sources
      .map((s) => s.published)
      .filter((p): p is string => p !== null)
      .sort()
      .at(-1);
    sentences.push(t.basedOn(total, b.sources.length, latest ? t.when(latest) : null));
  }
  return sentences.slice(0, MAX_SENTENCES);
}

/** "Exports from Flanders to Morocco amounted to 768 million EUR in 2017; Morocco ranked 45th among …" */
function flowSentence(e: HeadlineEntry, home: string, t: BriefingText): string {
  const f = e.latest;
  const when = f.period ? t.inPeriod(t.when(f.period)) : '';
  let sentence: string;
  if (f.measure === 'rank') sentence = `${t.rankSentence(f)}${when}`;
  else if (f.measure === 'share')
    sentence = t.shareSentence(t.flowSubject(e.flow, home), t.figureValue(f), t.shareTotalOf(f), when);
  else if (f.measure === 'growth')
    sentence = `${t.flowSubject(e.flow, home)}: ${t.figureValue(f)} (${t.measureOf(f)})`;
  else if (f.metric === 'trade_balance')
    sentence = t.balanceSentence(
      t.named(f.from),
      t.named(f.to),
      t.figureValue({ ...f, value: Math.abs(f.value) }),
      f.value >= 0,
      when,
    );
  else {
    sentence = `${t.flowSubject(e.flow, home)} ${t.amounted[e.flow.metric]} ${t.figureValue(f)}${when}`;
    const growth = growthPhrase(e, t);
    if (growth) sentence += `, ${growth}`;
  }
  if (e.rank) sentence += `${t.semicolon}${t.rankSentence(e.rank)}`;
  return `${cap(sentence)}.`;
}

/** "up 40.9 % on 2023": the growth a source states, else the change computed against the period before. */
export function growthPhrase(e: HeadlineEntry, t: BriefingText): string | null {
  if (e.growth) {
    const base = t.growthBase(e.growth.period);
    const on = base && 'on' in base && base.on !== '' ? base.on : null;
    return t.moved(t.formatShare(Math.abs(e.growth.value) / 100), e.growth.value >= 0, on);
  }
  if (e.change === null || !e.previous) return null;
  const moved = t.moved(t.formatShare(Math.abs(e.change)), e.change >= 0, t.when(e.previous.period));
  return e.changeUnit === 'EUR' && e.latest.unit !== 'EUR' ? `${moved} (${t.inEuroTerms})` : moved;
}
