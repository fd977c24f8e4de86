// Briefings of generated pairs, one per shape a pair's figures can take: a region only (Flanders–India),
// targets, sources that disagree (across documents and within one), a single year, ten years, a single
// figure. The page tests and `npm run docs:pages` render them; the figures are converted at the embedded
// reference rates as the pipeline converts them.
import { type Briefing, type BriefingLanguage, buildBriefing } from '../../shared/domain/briefing.js';
import type { DocumentRecord } from '../../shared/domain/document.js';
import type { TradeFigure } from '../../shared/domain/figure.js';
import { convertCurrency } from '../../shared/domain/normalisation/convert-currency.js';

export const SHAPE_MONTH = '2026-10';
const GENERATED_AT = '2026-11-01T05:00:00.000Z';

type Partial = Pick<TradeFigure, 'metric' | 'from' | 'to' | 'value'> &
  Omit<Partial2, 'metric' | 'from' | 'to' | 'value'>;
type Partial2 = { [K in keyof TradeFigure]?: TradeFigure[K] };

function builder() {
  const figures: TradeFigure[] = [];
  const documents = new Map<string, DocumentRecord>();
  const document = (
    id: string,
    extra: Partial2 & {
      title?: string;
      publisher?: string;
      url?: string;
      statistics?: string;
      month?: string;
      published?: string;
    },
  ) => {
    documents.set(id, {
      document_id: id,
      bucket: 'shapes',
      key: `incoming/${id}.html`,
      sha256: 'a'.repeat(64),
      etag: null,
      version_id: null,
      size: 1000,
      status: 'processed',
      reason: null,
      reader: 'text/html',
      encoding: 'utf-8',
      language: 'en',
      published: extra.published ?? '2025-06',
      figure_count: 0,
      extractor_version: 'shapes',
      duplicate_of: null,
      pairs: [],
      sequencer: null,
      ingested_at: `${extra.month ?? '2026-09'}-15T10:00:00.000Z`,
      title: extra.title ?? null,
      publisher: extra.publisher ?? null,
      url: extra.url ?? null,
      statistics_source: extra.statistics ?? null,
    });
  };
  const add = (document_id: string, f: Partial) => {
    const n = figures.length + 1;
    const unit =
      f.unit ??
      (f.measure === 'rank' ? 'rank' : f.measure === 'share' || f.measure === 'growth' ? 'percent' : 'EUR');
    const measure = f.measure ?? 'value';
    const period = f.period === undefined ? '2024' : f.period;
    const quote = f.quote ?? `${f.value} ${unit} (${period ?? 'no period'})`;
    figures.push({
      measure,
      unit,
      period,
      kind: 'actual',
      bound: 'eq',
      sector: null,
      quote,
      id: `f${n}`,
      document_id,
      start: n * 100,
      end: n * 100 + quote.length,
      sentence: f.sentence ?? `The figure ${quote}.`,
      confidence: 0.9,
      ...(measure === 'value'
        ? convertCurrency(f.value, unit, period)
        : { value_eur: null, value_usd: null, conversion: null, conversion_note: 'not an amount of money' }),
      ...f,
    } as TradeFigure);
  };
  const build = (pair: string, language: BriefingLanguage) =>
    buildBriefing({
      pair,
      month: SHAPE_MONTH,
      language,
      generatedAt: GENERATED_AT,
      figures,
      documents: [...documents.values()],
    });
  return { document, add, build };
}

/** Flanders–India: every figure is the region's, over four years, with a rank and product shares. */
function regionOnly(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('fit-india', {
    title: 'India: Flemish exports keep growing',
    publisher: 'Flanders Investment & Trade',
    url: 'https://www.flandersinvestmentandtrade.com/export/nieuws/india-2024',
    statistics: 'Statbel',
    month: '2026-10',
    published: '2025-05',
  });
  for (const [year, exports, imports] of [
    [2021, 3.1e9, 2.2e9],
    [2022, 3.6e9, 2.6e9],
    [2023, 3.9e9, 2.5e9],
    [2024, 4.2e9, 2.9e9],
  ] as const) {
    b.add('fit-india', { metric: 'exports', from: 'BE-VLG', to: 'IN', value: exports, period: String(year) });
    b.add('fit-india', { metric: 'imports', from: 'BE-VLG', to: 'IN', value: imports, period: String(year) });
  }
  b.add('fit-india', {
    metric: 'exports',
    measure: 'growth',
    from: 'BE-VLG',
    to: 'IN',
    value: 7.7,
    period: '2024',
    sentence: 'According to Statbel, Flemish exports to India grew 7.7% in 2024.',
    quote: '7.7%',
  });
  b.add('fit-india', {
    metric: 'exports',
    measure: 'rank',
    from: 'BE-VLG',
    to: 'IN',
    value: 21,
    period: '2024',
  });
  b.add('fit-india', {
    metric: 'exports',
    measure: 'share',
    from: 'BE-VLG',
    to: 'IN',
    value: 38,
    sector: 'diamonds',
    period: '2024',
  });
  b.add('fit-india', {
    metric: 'exports',
    measure: 'share',
    from: 'BE-VLG',
    to: 'IN',
    value: 17.5,
    sector: 'chemicals',
    period: '2024',
  });
  b.add('fit-india', { metric: 'trade_balance', from: 'BE-VLG', to: 'IN', value: 1.3e9, period: '2024' });
  return b.build('BE/IN', language);
}

/** Belgium–Morocco with targets: a national one for 2030 and a regional one reached in part. */
function withTargets(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('plan', { title: 'Export plan Morocco 2030', publisher: 'hub.brussels', month: '2026-10' });
  b.document('stats', {
    title: 'Commerce extérieur : le Maroc et la Belgique',
    publisher: 'Office des changes',
    url: 'https://www.oc.gov.ma/fr/etudes/belgique',
    published: '2025-03',
  });
  b.add('stats', { metric: 'exports', from: 'BE', to: 'MA', value: 2.3e9, period: '2023' });
  b.add('stats', { metric: 'exports', from: 'BE', to: 'MA', value: 2.6e9, period: '2024' });
  b.add('stats', { metric: 'imports', from: 'BE', to: 'MA', value: 1.4e9, period: '2024' });
  b.add('plan', { metric: 'exports', from: 'BE', to: 'MA', value: 4e9, kind: 'target', period: '2030' });
  b.add('plan', { metric: 'exports', from: 'BE-BRU', to: 'MA', value: 3e8, kind: 'target', period: '2027' });
  b.add('plan', { metric: 'exports', from: 'BE-BRU', to: 'MA', value: 1.9e8, period: '2024' });
  return b.build('BE/MA', language);
}

/** Spain–Morocco: two sources disagree on 2024, and one document states 2023 twice with two values. */
function withConflicts(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('lematin', {
    title: 'Le commerce maroco-espagnol bat un record',
    publisher: 'Le Matin',
    published: '2025-02',
  });
  b.document('icex', {
    title: 'Marruecos: ficha país',
    publisher: 'ICEX',
    url: 'https://www.icex.es/marruecos',
    month: '2026-10',
    published: '2025-09',
  });
  b.add('lematin', { metric: 'bilateral_trade', from: 'ES', to: 'MA', value: 22e9, period: '2024' });
  b.add('icex', { metric: 'bilateral_trade', from: 'ES', to: 'MA', value: 20.5e9, period: '2024' });
  b.add('lematin', {
    metric: 'bilateral_trade',
    from: 'ES',
    to: 'MA',
    value: 19e9,
    period: '2023',
    quote: '19 billion',
  });
  b.add('lematin', {
    metric: 'bilateral_trade',
    from: 'ES',
    to: 'MA',
    value: 17.6e9,
    period: '2023',
    quote: '17.6 billion',
  });
  b.add('icex', { metric: 'imports', measure: 'rank', from: 'MA', to: 'ES', value: 1, period: '2024' });
  return b.build('ES/MA', language);
}

/** Belgium–Vietnam: one year, exports, imports and the balance. */
function singleYear(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('nbb', {
    title: 'Belgian trade with Vietnam in 2024',
    publisher: 'National Bank of Belgium',
    url: 'https://stat.nbb.be/vn-2024',
    month: '2026-10',
  });
  b.add('nbb', { metric: 'exports', from: 'BE', to: 'VN', value: 9.1e8, period: '2024' });
  b.add('nbb', { metric: 'imports', from: 'BE', to: 'VN', value: 2.4e9, period: '2024' });
  b.add('nbb', { metric: 'trade_balance', from: 'BE', to: 'VN', value: -1.49e9, period: '2024' });
  b.add('nbb', {
    metric: 'exports',
    measure: 'share',
    from: 'BE',
    to: 'VN',
    value: 27,
    sector: 'pharmaceuticals',
    period: '2024',
  });
  return b.build('BE/VN', language);
}

/** Belgium–China over ten years, both ways, in euros and dollars. */
function tenYears(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('series', {
    title: 'Belgium–China trade 2015–2024',
    publisher: 'Eurostat',
    url: 'https://ec.europa.eu/eurostat/comext',
    published: '2025-04',
  });
  b.document('update', {
    title: 'China trade update',
    publisher: 'FPS Economy',
    month: '2026-10',
    published: '2026-09',
  });
  for (let year = 2015; year <= 2024; year++) {
    const k = year - 2015;
    b.add('series', {
      metric: 'exports',
      from: 'BE',
      to: 'CN',
      value: Math.round((6 + k * 0.45 + (k % 3) * 0.2) * 100) * 1e7,
      period: String(year),
    });
    b.add('series', {
      metric: 'imports',
      from: 'BE',
      to: 'CN',
      value: Math.round((11 + k * 0.9 - (k % 4) * 0.3) * 100) * 1e7,
      period: String(year),
    });
  }
  b.add('update', { metric: 'exports', from: 'BE', to: 'CN', value: 10.9e9, period: '2024' });
  b.add('update', { metric: 'exports', from: 'BE', to: 'CN', value: 5.4e9, period: '2025-01/2025-06' });
  return b.build('BE/CN', language);
}

/** Japan–Turkey: one figure, a small share. */
function singleFigure(language: BriefingLanguage): Briefing {
  const b = builder();
  b.document('jetro', { title: 'Türkiye and Japan', publisher: 'JETRO', month: '2026-10' });
  b.add('jetro', {
    metric: 'fdi',
    measure: 'share',
    from: 'JP',
    to: 'TR',
    value: 0.02,
    period: null,
    quote: '0.02%',
    sentence: "Japanese investment in Türkiye is only 0.02% of Japan's total FDI abroad.",
  });
  return b.build('JP/TR', language);
}

export const BRIEFING_SHAPES: Record<string, (language: BriefingLanguage) => Briefing> = {
  'region-only': regionOnly,
  targets: withTargets,
  conflicts: withConflicts,
  'single-year': singleYear,
  'ten-years': tenYears,
  'single-figure': singleFigure,
};
