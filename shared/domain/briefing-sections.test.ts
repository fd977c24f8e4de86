import { describe, expect, it } from 'vitest';
import {
  conflicts,
  differ,
  flowOf,
  headline,
  novelties,
  type SourcedFigure,
  targets,
  trends,
} from './briefing-sections.js';
import { convertCurrency } from './normalisation/convert-currency.js';

let n = 0;
/** A stored figure with its source, converted at the embedded reference rates as the pipeline does. */
function fig(
  partial: Partial<SourcedFigure> & Pick<SourcedFigure, 'metric' | 'from' | 'to' | 'value'>,
): SourcedFigure {
  n++;
  const base = {
    measure: 'value' as const,
    unit: 'EUR',
    period: '2023',
    kind: 'actual' as const,
    bound: 'eq' as const,
    sector: null,
    quote: `q${n}`,
    id: `f${n}`,
    document_id: partial.document_id ?? `d${n}`,
    start: 0,
    end: 1,
    sentence: 's',
    confidence: 0.9,
    ...partial,
  };
  const money =
    base.measure === 'value'
      ? convertCurrency(base.value, base.unit, base.period)
      : { value_eur: null, value_usd: null, conversion: null, conversion_note: 'not an amount of money' };
  return {
    ...base,
    ...money,
    source: { document_id: base.document_id, key: `incoming/${base.document_id}.txt`, published: '2025-01' },
  };
}

describe('flows', () => {
  it('counts imports of A from B as exports of B to A, and bilateral trade in alphabetical order', () => {
    expect(flowOf({ metric: 'imports', from: 'MA', to: 'ES' })).toEqual({
      metric: 'exports',
      from: 'ES',
      to: 'MA',
    });
    expect(flowOf({ metric: 'bilateral_trade', from: 'MA', to: 'BE' })).toEqual({
      metric: 'bilateral_trade',
      from: 'BE',
      to: 'MA',
    });
  });
});

describe('headline', () => {
  it('gives the latest amount of each flow with the change against the year before, in euros', () => {
    const entries = headline([
      fig({ metric: 'bilateral_trade', from: 'BE', to: 'MA', value: 2.2e9, unit: 'USD', period: '2023' }),
      fig({ metric: 'bilateral_trade', from: 'BE', to: 'MA', value: 3.1e9, unit: 'USD', period: '2024' }),
      fig({ metric: 'imports', from: 'MA', to: 'BE', value: 1.2e9, unit: 'EUR', period: '2022' }),
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.5e9, unit: 'EUR', period: '2023' }),
      // neither a share, a target nor a sector's amount is a headline
      fig({
        metric: 'exports',
        from: 'BE',
        to: 'MA',
        value: 5,
        unit: 'percent',
        measure: 'share',
        period: '2024',
      }),
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 3e9, kind: 'target', period: '2030' }),
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 2e8, sector: 'chemicals', period: '2024' }),
    ]);
    expect(
      entries.map((e) => [e.flow.metric, e.flow.from, e.flow.to, e.latest.period, e.previous?.period]),
    ).toEqual([
      ['exports', 'BE', 'MA', '2023', '2022'],
      ['bilateral_trade', 'BE', 'MA', '2024', '2023'],
    ]);
    // 1.5 bn € against 1.2 bn € a year before
    expect([entries[0]?.change, entries[0]?.changeUnit]).toEqual([expect.closeTo(0.25, 6), 'EUR']);
    // both stated in USD: 3.1 / 2.2 − 1 = 40.9 %, computed in USD (no conversion in between)
    expect([entries[1]?.change, entries[1]?.changeUnit]).toEqual([expect.closeTo(3.1 / 2.2 - 1, 6), 'USD']);
  });

  it('computes a change across currencies in euros, and prefers the growth a source states', () => {
    const [entry] = headline([
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.2e9, unit: 'USD', period: '2023' }),
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.3e9, unit: 'EUR', period: '2024' }),
      fig({
        metric: 'exports',
        from: 'BE',
        to: 'MA',
        value: 5.7,
        measure: 'growth',
        unit: 'percent',
        period: '2024',
      }),
      fig({
        metric: 'exports',
        from: 'BE',
        to: 'MA',
        value: 12,
        measure: 'rank',
        unit: 'rank',
        period: '2022',
      }),
    ]);
    expect(entry?.changeUnit).toBe('EUR');
    expect([entry?.growth?.value, entry?.rank?.value]).toEqual([5.7, 12]);
  });

  it('gives a flow known only by a share its entry, the share being its latest figure', () => {
    const entries = headline([
      fig({
        metric: 'fdi',
        from: 'JP',
        to: 'MA',
        value: 0.02,
        measure: 'share',
        unit: 'percent',
        period: null,
      }),
    ]);
    expect(entries.map((e) => [e.flow.metric, e.latest.measure, e.latest.value])).toEqual([
      ['fdi', 'share', 0.02],
    ]);
  });

  it('compares a year to date with the same months of an earlier year, not with a whole year', () => {
    const [entry] = headline([
      fig({
        metric: 'exports',
        from: 'MA',
        to: 'WORLD',
        value: 190e9,
        unit: 'MAD',
        period: '2023-01/2023-05',
      }),
      fig({ metric: 'exports', from: 'MA', to: 'WORLD', value: 400e9, unit: 'MAD', period: '2022' }),
      fig({
        metric: 'exports',
        from: 'MA',
        to: 'WORLD',
        value: 200e9,
        unit: 'MAD',
        period: '2024-01/2024-05',
      }),
    ]);
    expect([entry?.latest.period, entry?.previous?.period]).toEqual(['2024-01/2024-05', '2023-01/2023-05']);
  });

  it('leaves the change unknown when the amounts cannot be compared', () => {
    const [entry] = headline([
      fig({ metric: 'fdi', from: 'JP', to: 'MA', value: 9e7, unit: 'USD', period: null }),
      fig({ metric: 'fdi', from: 'JP', to: 'MA', value: 5e7, unit: 'USD', period: '2021' }),
    ]);
    expect([entry?.latest.period, entry?.previous, entry?.change]).toEqual(['2021', null, null]);
  });
});

describe('targets', () => {
  it('puts the latest actual before the horizon beside each target, and the share reached', () => {
    const [progress] = targets([
      fig({ metric: 'exports', from: 'BE-VLG', to: 'MA', value: 1e9, kind: 'target', period: '2020' }),
      fig({ metric: 'exports', from: 'BE-VLG', to: 'MA', value: 768e6, period: '2017' }),
      fig({ metric: 'exports', from: 'BE-VLG', to: 'MA', value: 700e6, period: '2016' }),
      fig({ metric: 'exports', from: 'BE-VLG', to: 'MA', value: 1.1e9, period: '2022' }),
    ]);
    expect([progress?.actual?.period, progress?.reached]).toEqual(['2017', 0.768]);
  });

  it('has no share reached when no actual of the flow is known', () => {
    const [progress] = targets([
      fig({ metric: 'fdi', from: 'JP', to: 'MA', value: 1e9, kind: 'target', period: '2030' }),
    ]);
    expect([progress?.actual, progress?.reached]).toEqual([null, null]);
  });
});

describe('conflicts', () => {
  const trade = (value: number, unit: string, document_id: string) =>
    fig({ metric: 'bilateral_trade', from: 'BE', to: 'MA', value, unit, period: '2024', document_id });

  it('sets two sources side by side when their values differ beyond rounding', () => {
    const found = conflicts([trade(3.1e9, 'USD', 'lesoir'), trade(2.6e9, 'USD', 'hespress')]);
    expect(found).toHaveLength(1);
    expect(found[0]?.figures.map((f) => [f.source.key, f.value])).toEqual([
      ['incoming/hespress.txt', 2.6e9],
      ['incoming/lesoir.txt', 3.1e9],
    ]);
  });

  it('is no conflict when values differ by rounding or by conversion, or one document repeats itself', () => {
    expect(conflicts([trade(3.1e9, 'USD', 'a'), trade(3.08e9, 'USD', 'b')])).toEqual([]);
    // 3.1 bn USD in 2024 is about 2.87 bn EUR at the year's average rate
    expect(conflicts([trade(3.1e9, 'USD', 'a'), trade(2.9e9, 'EUR', 'b')])).toEqual([]);
    expect(conflicts([trade(3.1e9, 'USD', 'a'), trade(3.1e9, 'USD', 'a')])).toEqual([]);
  });

  it('flags one document that states the same flow and year with two values', () => {
    const found = conflicts([trade(3.1e9, 'USD', 'a'), trade(2.5e9, 'USD', 'a')]);
    expect(found.map((c) => [c.withinDocument, c.figures.map((f) => f.value)])).toEqual([
      [true, [3.1e9, 2.5e9]],
    ]);
  });

  it('compares percentages by points and ranks exactly; bounds are not values', () => {
    const share = (value: number, id: string, bound: SourcedFigure['bound'] = 'eq') =>
      fig({
        metric: 'exports',
        from: 'BE',
        to: 'MA',
        value,
        unit: 'percent',
        measure: 'share',
        document_id: id,
        bound,
      });
    expect(differ(share(5.2, 'a'), share(5.5, 'b'))).toBe(false);
    expect(differ(share(5.2, 'a'), share(6.1, 'b'))).toBe(true);
    expect(conflicts([share(1, 'a', 'lt'), share(0.4, 'b')])).toEqual([]);
    const rank = (value: number, id: string) =>
      fig({ metric: 'exports', from: 'BE', to: 'MA', value, unit: 'rank', measure: 'rank', document_id: id });
    expect(differ(rank(7, 'a'), rank(8, 'b'))).toBe(true);
  });
});

describe('trends', () => {
  it('draws one point a year in euros, a flow of a single year as one point', () => {
    const series = trends([
      fig({ metric: 'bilateral_trade', from: 'BE', to: 'MA', value: 2.2e9, unit: 'USD', period: '2023' }),
      fig({ metric: 'bilateral_trade', from: 'BE', to: 'MA', value: 3.1e9, unit: 'USD', period: '2024' }),
      fig({ metric: 'fdi', from: 'JP', to: 'MA', value: 9e7, unit: 'USD', period: '2021' }),
    ]);
    expect(series.map((s) => [s.flow.metric, s.points.map((p) => p.year)])).toEqual([
      ['bilateral_trade', [2023, 2024]],
      ['fdi', [2021]],
    ]);
    expect(series[0]?.points[1]?.value_eur).toBeCloseTo(3.1e9 / 1.0824, -7);
  });
});

describe("the month's novelties", () => {
  it('tells what a new figure adds, confirms or revises among earlier ones', () => {
    const earlier = [
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.2e9, period: '2023' }),
      fig({ metric: 'imports', from: 'MA', to: 'BE', value: 0.9e9, period: '2022' }),
    ];
    const fresh = [
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.5e9, period: '2023' }),
      // imports of Morocco from Belgium are Belgium's exports to Morocco: 0.9 bn again
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 0.9e9, period: '2022' }),
      fig({ metric: 'exports', from: 'BE', to: 'MA', value: 1.7e9, period: '2024' }),
    ];
    expect(
      novelties(fresh, earlier).map((n) => [n.figure.period, n.change, n.before?.value ?? null]),
    ).toEqual([
      ['2023', 'revised', 1.2e9],
      ['2022', 'confirmed', 0.9e9],
      ['2024', 'added', null],
    ]);
  });
});
