// The metric of ../shared/tools/score-figures.py, in TypeScript: strict, lenient, value and number-level
// precision/recall/F1 per language, with the same matching rules and the same greedy pairing, so that
// `npm run eval` and the scorer cannot disagree (a test runs both on the same predictions).

export interface ScoredFigure {
  metric?: string;
  measure?: string;
  from?: string | null;
  to?: string | null;
  value?: unknown;
  unit?: string;
  period?: unknown;
  kind?: string;
  bound?: string;
  sector?: string | null;
  quote?: string;
}

export interface GoldDocument {
  doc: string;
  lang?: string;
  figures: ScoredFigure[];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface GroupScore {
  docs: number;
  gold: number;
  pred: number;
  strict: Prf;
  lenient: Prf;
  value: Prf;
  number: Prf;
}

export interface ScoreReport {
  groups: Record<string, GroupScore>;
  fieldAgreement: Record<string, number>;
  errors: Array<{
    kind: 'missed' | 'spurious';
    doc: string;
    quote: string;
    canon: [string?, string?, string?];
    period: string | null;
  }>;
}

const CURRENCY_TOL = 0.005;

function canon(f: ScoredFigure): [string?, string?, string?] {
  let metric = f.metric;
  let from = f.from ?? undefined;
  let to = f.to ?? undefined;
  if (metric === 'imports') [metric, from, to] = ['exports', to, from];
  if (metric === 'bilateral_trade' && from && to) [from, to] = [from, to].sort() as [string, string];
  return [metric, from, to];
}

const sameCanon = (a: ScoredFigure, b: ScoredFigure) => canon(a).join('\u0000') === canon(b).join('\u0000');

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function numMatch(a: unknown, b: unknown, unit: string | undefined): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === undefined || y === undefined) return false;
  if (unit === 'rank') return x === y;
  if (unit === 'percent') return Math.abs(x - y) <= 0.005 + 0.005 * Math.abs(y);
  return Math.abs(x - y) <= CURRENCY_TOL * Math.max(Math.abs(y), 1);
}

const numberMatch = (p: ScoredFigure, g: ScoredFigure) =>
  p.unit === g.unit && numMatch(p.value, g.value, g.unit);
const valueMatch = (p: ScoredFigure, g: ScoredFigure) =>
  p.unit === g.unit &&
  (p.measure ?? 'value') === (g.measure ?? 'value') &&
  numMatch(p.value, g.value, g.unit);

function period(f: ScoredFigure): string | null {
  const v = f.period;
  if (v === null || v === undefined || v === '') return null;
  const s = String(v);
  const [a, b] = s.split(/\/(.*)/s);
  return b !== undefined && a === b ? a : s;
}

function sector(f: ScoredFigure): string | null {
  const v = f.sector;
  return v === null || v === undefined || v === '' || v === 'goods' || v === 'all'
    ? null
    : String(v).toLowerCase();
}

const sameKind = (p: ScoredFigure, g: ScoredFigure) => (p.kind ?? 'actual') === (g.kind ?? 'actual');
const strictMatch = (p: ScoredFigure, g: ScoredFigure) =>
  valueMatch(p, g) && sameCanon(p, g) && period(p) === period(g) && sameKind(p, g);
const lenientMatch = (p: ScoredFigure, g: ScoredFigure) =>
  valueMatch(p, g) &&
  sameCanon(p, g) &&
  (period(p) === null || period(g) === null || period(p) === period(g)) &&
  sameKind(p, g);

/** Greedy pairing in prediction order, each gold figure used once: as the Python scorer does. */
function pairUp(
  preds: ScoredFigure[],
  golds: ScoredFigure[],
  ok: (p: ScoredFigure, g: ScoredFigure) => boolean,
): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  preds.forEach((p, i) => {
    const j = golds.findIndex((g, k) => !used.has(k) && ok(p, g));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

function prf(tp: number, npred: number, ngold: number): Prf {
  const p = npred ? tp / npred : ngold === 0 ? 1 : 0;
  const r = ngold ? tp / ngold : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

const basename = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

export function scoreFigures(
  golds: GoldDocument[],
  predictions: Array<ScoredFigure & { doc: string }>,
): ScoreReport {
  const byDoc = new Map<string, ScoredFigure[]>();
  for (const p of predictions) {
    const doc = basename(String(p.doc));
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), p]);
  }
  const counts = new Map<string, Record<string, number>>();
  const fields: Record<string, number> = {
    n: 0,
    'metric+direction': 0,
    period: 0,
    kind: 0,
    bound: 0,
    sector: 0,
  };
  const errors: ScoreReport['errors'] = [];
  for (const gold of [...golds].sort((a, b) => a.doc.localeCompare(b.doc))) {
    const gf = gold.figures;
    const pf = byDoc.get(gold.doc) ?? [];
    const strict = pairUp(pf, gf, strictMatch);
    const lenient = pairUp(pf, gf, lenientMatch);
    const value = pairUp(pf, gf, valueMatch);
    const number = pairUp(pf, gf, numberMatch);
    for (const key of [gold.lang ?? '?', 'all']) {
      const c = counts.get(key) ?? { docs: 0, gold: 0, pred: 0, strict: 0, lenient: 0, value: 0, number: 0 };
      c.docs = (c.docs ?? 0) + 1;
      c.gold = (c.gold ?? 0) + gf.length;
      c.pred = (c.pred ?? 0) + pf.length;
      c.strict = (c.strict ?? 0) + strict.length;
      c.lenient = (c.lenient ?? 0) + lenient.length;
      c.value = (c.value ?? 0) + value.length;
      c.number = (c.number ?? 0) + number.length;
      counts.set(key, c);
    }
    for (const [i, j] of value) {
      const p = pf[i] as ScoredFigure;
      const q = gf[j] as ScoredFigure;
      fields.n = (fields.n ?? 0) + 1;
      fields['metric+direction'] = (fields['metric+direction'] ?? 0) + Number(sameCanon(p, q));
      fields.period = (fields.period ?? 0) + Number(period(p) === period(q));
      fields.kind = (fields.kind ?? 0) + Number(sameKind(p, q));
      fields.bound = (fields.bound ?? 0) + Number((p.bound ?? 'eq') === (q.bound ?? 'eq'));
      fields.sector = (fields.sector ?? 0) + Number(sector(p) === sector(q));
    }
    const matchedGold = new Set(strict.map(([, j]) => j));
    const matchedPred = new Set(strict.map(([i]) => i));
    gf.forEach((q, j) => {
      if (!matchedGold.has(j))
        errors.push({
          kind: 'missed',
          doc: gold.doc,
          quote: q.quote ?? '',
          canon: canon(q),
          period: period(q),
        });
    });
    pf.forEach((p, i) => {
      if (!matchedPred.has(i))
        errors.push({
          kind: 'spurious',
          doc: gold.doc,
          quote: p.quote ?? '',
          canon: canon(p),
          period: period(p),
        });
    });
  }
  const groups: Record<string, GroupScore> = {};
  for (const [key, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const n = (k: string) => c[k] ?? 0;
    groups[key] = {
      docs: n('docs'),
      gold: n('gold'),
      pred: n('pred'),
      strict: prf(n('strict'), n('pred'), n('gold')),
      lenient: prf(n('lenient'), n('pred'), n('gold')),
      value: prf(n('value'), n('pred'), n('gold')),
      number: prf(n('number'), n('pred'), n('gold')),
    };
  }
  const fieldAgreement: Record<string, number> = {};
  if ((fields.n ?? 0) > 0) {
    for (const [k, v] of Object.entries(fields)) if (k !== 'n') fieldAgreement[k] = v / (fields.n ?? 1);
  }
  return { groups, fieldAgreement, errors };
}

/**
 * Rounds like Python's round() and '%.3f': on the exact binary value, ties to even (0.5625 → 0.562, where
 * JavaScript's toFixed gives 0.563). Scores printed here must be the scorer's, to the last digit.
 */
export function roundLikePython(x: number, digits = 3): number {
  const exact = Math.abs(x).toFixed(40);
  const [whole = '0', fraction = ''] = exact.split('.');
  const kept = fraction.slice(0, digits);
  const rest = fraction.slice(digits);
  let units = BigInt(whole + kept);
  const half = `5${'0'.repeat(rest.length - 1)}`;
  if (rest > half || (rest === half && units % 2n === 1n)) units += 1n;
  const value = Number(units) / 10 ** digits;
  return x < 0 ? -value : value;
}

const f3 = (x: number) => roundLikePython(x).toFixed(3);

/** The report as the Python scorer prints its summary lines. */
export function formatScoreReport(report: ScoreReport): string {
  const lines = report.errors.map(
    (e) =>
      `  ${e.kind.padEnd(8)} ${e.doc.slice(0, 28).padEnd(28)} ${JSON.stringify(e.quote.slice(0, 40)).padEnd(42)} ${e.canon.join(' ')} ${e.period ?? '-'}`,
  );
  for (const [key, g] of Object.entries(report.groups)) {
    lines.push(
      `${key.padEnd(4)} docs=${g.docs} gold=${g.gold} pred=${g.pred} strict P/R/F1=${f3(g.strict.p)}/${f3(g.strict.r)}/${f3(g.strict.f1)} ` +
        `value P/R/F1=${f3(g.value.p)}/${f3(g.value.r)}/${f3(g.value.f1)} number P/R/F1=${f3(g.number.p)}/${f3(g.number.r)}/${f3(g.number.f1)} lenient F1=${f3(g.lenient.f1)}`,
    );
  }
  lines.push(
    `field agreement on value matches: ${JSON.stringify(Object.fromEntries(Object.entries(report.fieldAgreement).map(([k, v]) => [k, roundLikePython(v)])))}`,
  );
  return lines.join('\n');
}
