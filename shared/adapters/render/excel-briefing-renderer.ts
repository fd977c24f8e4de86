// Renders a briefing as an Excel workbook (exceljs), in the subscriber's language: Summary (the summary,
// where each flow stands, targets), All figures (one row per figure with every schema field, the pair and
// the economies' names, what the number measures, the period as typed start and end dates, EUR/USD, source
// and quote: an Excel table with filters, a frozen header, number formats by unit), Sources that disagree,
// Sources (as citations), and Exchange rates (each conversion's rate once). Text that a spreadsheet could
// take for a formula is made inert.
import ExcelJS from 'exceljs';
import type { Briefing, BriefingFigure } from '../../domain/briefing.js';
import { growthPhrase } from '../../domain/briefing-summary.js';
import { briefingText } from '../../domain/briefing-text.js';
import { periodBounds } from '../../domain/months.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';

type Text = ReturnType<typeof briefingText>;

/** The number format of a value cell, by the figure's unit: money grouped, percentages with decimals, ranks whole. */
export function valueFormat(f: Pick<BriefingFigure, 'unit' | 'measure'>): string {
  if (f.measure === 'rank') return '0';
  if (f.unit === 'percent') return '0.0##" %"';
  return `#,##0.##" ${f.unit}"`;
}
const MONEY_FORMAT = '#,##0';
const DATE_FORMAT = 'yyyy-mm-dd';

/** The columns of All figures: a key, its header's words, width, and the cell of a figure. */
interface Column {
  key: string;
  header: string;
  width: number;
  format?: (f: BriefingFigure) => string | undefined;
  value: (f: BriefingFigure) => ExcelJS.CellValue;
}

function figureColumns(b: Briefing, t: Text): Column[] {
  const c = t.columns;
  const bounds = (f: BriefingFigure) => periodBounds(f.period);
  return [
    { key: 'pair', header: pairWord(t), width: 9, value: () => b.pair },
    { key: 'flow', header: t.flowColumn, width: 34, value: (f) => t.flowLabel(f, b.home) },
    { key: 'metric', header: c.metric as string, width: 14, value: (f) => f.metric },
    { key: 'measure', header: c.measure as string, width: 10, value: (f) => f.measure },
    { key: 'what', header: t.measureColumn, width: 38, value: (f) => t.measureOf(f) },
    { key: 'from', header: c.from as string, width: 9, value: (f) => f.from },
    { key: 'from_name', header: `${c.from} (${nameWord(t)})`, width: 16, value: (f) => t.name(f.from) },
    { key: 'to', header: c.to as string, width: 9, value: (f) => f.to },
    { key: 'to_name', header: `${c.to} (${nameWord(t)})`, width: 16, value: (f) => t.name(f.to) },
    { key: 'value', header: c.value as string, width: 18, value: (f) => f.value, format: valueFormat },
    { key: 'unit', header: c.unit as string, width: 9, value: (f) => f.unit },
    { key: 'period', header: c.period as string, width: 16, value: (f) => f.period ?? '' },
    {
      key: 'period_start',
      header: `${c.period} (${startWord(t)})`,
      width: 12,
      value: (f) => bounds(f)?.start ?? null,
      format: () => DATE_FORMAT,
    },
    {
      key: 'period_end',
      header: `${c.period} (${endWord(t)})`,
      width: 12,
      value: (f) => bounds(f)?.end ?? null,
      format: () => DATE_FORMAT,
    },
    { key: 'kind', header: c.kind as string, width: 10, value: (f) => f.kind },
    { key: 'bound', header: c.bound as string, width: 8, value: (f) => f.bound },
    { key: 'sector', header: t.columns.sector as string, width: 14, value: (f) => f.sector ?? '' },
    { key: 'product', header: t.product, width: 18, value: (f) => (f.sector ? t.productName(f.sector) : '') },
    {
      key: 'value_eur',
      header: c.value_eur as string,
      width: 16,
      value: (f) => f.value_eur,
      format: () => MONEY_FORMAT,
    },
    {
      key: 'value_usd',
      header: c.value_usd as string,
      width: 16,
      value: (f) => f.value_usd,
      format: () => MONEY_FORMAT,
    },
    {
      key: 'conversion',
      header: c.conversion as string,
      width: 22,
      // the rate itself is on the Exchange rates sheet, once: here which one was used, or why none
      value: (f) => (f.conversion ? rateKey(f) : (f.conversion_note ?? '')),
    },
    { key: 'quote', header: c.quote as string, width: 50, value: (f) => f.quote },
    { key: 'statistics', header: capital(t.statisticsCited), width: 24, value: (f) => f.statistics ?? '' },
    { key: 'source_number', header: `${c.source} #`, width: 8, value: (f) => f.source.number },
    { key: 'source', header: c.source as string, width: 40, value: (f) => f.source.title },
    { key: 'published', header: c.published as string, width: 11, value: (f) => f.source.published ?? '' },
    {
      key: 'confidence',
      header: c.confidence as string,
      width: 11,
      value: (f) => f.confidence,
      format: () => '0.00',
    },
  ];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pairWord = (t: Text) =>
  t.locale.startsWith('fr') ? 'Paire' : t.locale.startsWith('nl') ? 'Paar' : 'Pair';
const nameWord = (t: Text) =>
  t.locale.startsWith('fr') ? 'nom' : t.locale.startsWith('nl') ? 'naam' : 'name';
const startWord = (t: Text) =>
  t.locale.startsWith('fr') ? 'début' : t.locale.startsWith('nl') ? 'begin' : 'start';
const endWord = (t: Text) =>
  t.locale.startsWith('fr') ? 'fin' : t.locale.startsWith('nl') ? 'einde' : 'end';
/** "MAD 2024": the row of the Exchange rates sheet a conversion used */
const rateKey = (f: BriefingFigure) => `${f.unit} ${f.conversion?.year ?? '—'}`;

export class ExcelBriefingRenderer implements BriefingRenderer {
  readonly extension = 'xlsx' as const;
  readonly contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  async render(briefing: Briefing): Promise<Uint8Array> {
    const t = briefingText(briefing.language);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'trade-briefings';
    workbook.created = new Date(briefing.generatedAt);
    summarySheet(workbook, briefing, t);
    figuresSheet(workbook, briefing, t);
    conflictsSheet(workbook, briefing, t);
    sourcesSheet(workbook, briefing, t);
    ratesSheet(workbook, briefing, t);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
}

function summarySheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.summary);
  sheet.columns = [
    { width: 40 },
    { width: 18 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 40 },
    { width: 40 },
    { width: 10 },
  ];
  sheet.addRow([`${t.title} ${t.pairTitle(b.home, b.partner)}`, t.formatMonth(b.month)]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([t.generated, t.formatDate(b.generatedAt)]);
  const total = b.figures.length + b.regionalFigures.length;
  sheet.addRow([inert(total === 0 ? t.noFigures : t.figuresCount(total, b.sources.length))]);
  for (const sentence of b.summary) sheet.addRow([inert(sentence)]);
  sheet.addRow([]);
  const heading = (title: string) => {
    sheet.addRow([title]).font = { bold: true, size: 12 };
  };
  const header = (cells: string[]) => {
    sheet.addRow(cells).font = { bold: true };
  };
  heading(t.sections.headline);
  header([
    t.flowColumn,
    t.latest,
    `${t.period} (${startWord(t)})`,
    `${t.period} (${endWord(t)})`,
    t.change,
    t.measureColumn,
    capital(t.measure.rank),
    `${t.source} #`,
  ]);
  for (const e of b.headline) {
    const f = e.latest as BriefingFigure;
    const bounds = periodBounds(f.period);
    const row = sheet.addRow([
      inert(t.flowLabel(e.flow, b.home)),
      f.value,
      bounds?.start ?? null,
      bounds?.end ?? null,
      e.growth ? e.growth.value / 100 : e.change,
      inert(f.measure === 'value' ? (growthPhrase(e, t) ?? '') : t.measureOf(f)),
      e.rank ? inert(t.rankSentence(e.rank)) : '',
      f.source.number,
    ]);
    row.getCell(2).numFmt = valueFormat(f);
    row.getCell(3).numFmt = DATE_FORMAT;
    row.getCell(4).numFmt = DATE_FORMAT;
    row.getCell(5).numFmt = '+0.0%;-0.0%;0%';
  }
  sheet.addRow([]);
  heading(t.sections.targets);
  if (b.targets.length === 0) sheet.addRow([t.noTargets]);
  else {
    header([
      t.flowColumn,
      t.target,
      `${t.target}: ${t.period.toLowerCase()}`,
      t.latestActual,
      `${t.latestActual}: ${t.period.toLowerCase()}`,
      t.reached,
    ]);
    for (const p of b.targets) {
      const row = sheet.addRow([
        inert(t.flowLabel(p.target, b.home)),
        p.target.value,
        t.when(p.target.period),
        p.actual?.value ?? null,
        p.actual ? t.when(p.actual.period) : '',
        p.reached,
      ]);
      row.getCell(2).numFmt = valueFormat(p.target);
      if (p.actual) row.getCell(4).numFmt = valueFormat(p.actual);
      row.getCell(6).numFmt = '0.0%';
    }
  }
}

function figuresSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.figures, { views: [{ state: 'frozen', ySplit: 1 }] });
  const figures = [...b.figures, ...b.regionalFigures];
  const columns = figureColumns(b, t);
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  sheet.addTable({
    name: 'Figures',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    // a table needs a row: an empty briefing has one empty row
    rows:
      figures.length > 0
        ? figures.map((f) => columns.map((c) => inert(c.value(f))))
        : [columns.map(() => null)],
  });
  for (const [i, f] of figures.entries()) {
    const row = sheet.getRow(i + 2);
    for (const [j, c] of columns.entries()) {
      const format = c.format?.(f);
      if (format) row.getCell(j + 1).numFmt = format;
    }
  }
}

function conflictsSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.conflicts, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: t.flowColumn, key: 'flow', width: 34 },
    { header: t.period, key: 'period', width: 14 },
    { header: t.value, key: 'value', width: 20 },
    { header: t.columns.value_eur as string, key: 'value_eur', width: 18 },
    { header: t.quote, key: 'quote', width: 50 },
    { header: t.source, key: 'source', width: 44 },
    { header: t.published, key: 'published', width: 12 },
    { header: t.measureColumn, key: 'what', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  if (b.conflicts.length === 0) sheet.addRow({ flow: t.noConflicts });
  for (const c of b.conflicts) {
    for (const f of c.figures as BriefingFigure[]) {
      const row = sheet.addRow({
        flow: inert(t.flowLabel(c.flow, b.home)),
        period: t.when(c.period),
        value: f.value,
        value_eur: f.value_eur,
        quote: inert(f.quote),
        source: inert(f.source.key),
        published: f.source.published ?? '',
        what: inert(`${t.measureOf(f)}${c.withinDocument ? ` (${t.withinDocument})` : ''}`),
      });
      row.getCell('value').numFmt = valueFormat(f);
      row.getCell('value_eur').numFmt = MONEY_FORMAT;
    }
    sheet.addRow({});
  }
}

function sourcesSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.sources, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '#', key: 'number', width: 5 },
    { header: t.document, key: 'title', width: 50 },
    { header: publisherWord(t), key: 'publisher', width: 24 },
    { header: t.published, key: 'published', width: 12 },
    { header: 'URL', key: 'url', width: 40 },
    { header: capital(t.statisticsCited), key: 'statistics', width: 28 },
    { header: capital(t.file), key: 'key', width: 44 },
    { header: t.count, key: 'figures', width: 10 },
    { header: t.status, key: 'status', width: 14 },
    { header: 'id', key: 'id', width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  // every document read about the pair, those that brought no figure too
  for (const d of b.documentsRead) {
    sheet.addRow({
      number: d.source.number || null,
      title: inert(d.source.title),
      publisher: inert(d.source.publisher ?? ''),
      published: d.source.published ?? '',
      url: d.source.url ?? '',
      statistics: inert(d.source.statistics.join('; ')),
      key: inert(d.source.key),
      figures: d.figures,
      status: t.statusName[d.status],
      id: d.source.document_id,
    });
  }
}
const publisherWord = (t: Text) =>
  t.locale.startsWith('fr') ? 'Éditeur' : t.locale.startsWith('nl') ? 'Uitgever' : 'Publisher';

/** Each rate a conversion used, once: currency, year, units per EUR, USD per EUR and where it comes from. */
function ratesSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const fr = t.locale.startsWith('fr');
  const nl = t.locale.startsWith('nl');
  const sheet = workbook.addWorksheet(fr ? 'Taux de change' : nl ? 'Wisselkoersen' : 'Exchange rates', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: t.columns.conversion as string, key: 'key', width: 14 },
    { header: t.columns.unit as string, key: 'unit', width: 9 },
    { header: fr ? 'Année' : nl ? 'Jaar' : 'Year', key: 'year', width: 8 },
    {
      header: fr ? 'Unités pour 1 EUR' : nl ? 'Eenheden per EUR' : 'Units per EUR',
      key: 'per_eur',
      width: 16,
    },
    { header: fr ? 'USD pour 1 EUR' : nl ? 'USD per EUR' : 'USD per EUR', key: 'usd_per_eur', width: 14 },
    { header: t.source, key: 'source', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  const seen = new Set<string>();
  for (const f of [...b.figures, ...b.regionalFigures]) {
    if (!f.conversion || seen.has(rateKey(f))) continue;
    seen.add(rateKey(f));
    const row = sheet.addRow({
      key: rateKey(f),
      unit: f.unit,
      year: f.conversion.year,
      per_eur: f.conversion.per_eur,
      usd_per_eur: f.conversion.usd_per_eur,
      source: inert(f.conversion.source),
    });
    row.getCell('per_eur').numFmt = '0.0000';
    row.getCell('usd_per_eur').numFmt = '0.0000';
  }
}

/** Text a spreadsheet could take for a formula (=, +, -, @, tab, return first) is prefixed with a quote. */
export function inert<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
