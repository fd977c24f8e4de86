// Renders a briefing as an A4 PDF (pdfkit, DejaVu Sans embedded: French and Dutch text, arrows, €) in the
// subscriber's language: a header with the pair and month, one tile per flow (latest value in its currency,
// in EUR and USD, change against the period before), the trend drawn in vector graphics, targets with the
// share reached, conflicting sources side by side, the month's new documents, regions apart, then every
// figure in a table that breaks across pages with its header repeated, each quote numbered to its source
// in the footnotes. Page numbers on every page; the document is tagged and titled for screen readers.
import PDFDocument from 'pdfkit';
import type { Briefing, BriefingFigure } from '../../domain/briefing.js';
import type { HeadlineEntry, TrendSeries } from '../../domain/briefing-sections.js';
import { type BriefingText, briefingText, noveltyLine } from '../../domain/briefing-text.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';
import { type BriefingFonts, resolveBriefingFonts } from './briefing-fonts.js';

const MARGIN = 48;
const INK = '#1a1a1a';
const MUTED = '#5f6368';
const RULE = '#d0d4d9';
const ACCENT = '#1f5fa8';
const SERIES = ['#1f5fa8', '#c2571a', '#2e8540', '#8e44ad', '#b7950b', '#5d6d7e'];

type Doc = PDFKit.PDFDocument;

export class PdfBriefingRenderer implements BriefingRenderer {
  readonly extension = 'pdf' as const;
  readonly contentType = 'application/pdf';

  constructor(private readonly fonts: BriefingFonts = resolveBriefingFonts()) {}

  render(briefing: Briefing): Promise<Uint8Array> {
    const t = briefingText(briefing.language);
    const title = `${t.title} ${briefing.pair.replace('/', ' – ')} · ${t.formatMonth(briefing.month)}`;
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      font: this.fonts.regular,
      info: { Title: title, Author: 'trade-briefings', Subject: `${briefing.pair} ${briefing.month}` },
      lang: t.locale,
      pdfVersion: '1.7',
      tagged: true,
      displayTitle: true,
    });
    doc.registerFont('regular', this.fonts.regular);
    doc.registerFont('bold', this.fonts.bold);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Uint8Array>((resolve, reject) => {
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });

    const root = doc.struct('Document');
    doc.addStructure(root);
    ROOTS.set(doc, root);
    const notes = footnotes(briefing);
    header(doc, briefing, t);
    const total = briefing.figures.length + briefing.regionalFigures.length;
    paragraph(doc, total === 0 ? t.noFigures : t.figuresCount(total, briefing.sources.length));

    if (total === 0) {
      // a pair read about but with no figure yet: a short briefing that says so and lists what was read
      heading(doc, t.sections.documentsRead);
      documentsTable(doc, briefing, t);
      pageNumbers(doc, briefing, t);
      root.end();
      doc.end();
      return done;
    }

    heading(doc, t.sections.headline);
    tiles(doc, briefing.headline, t, notes);
    heading(doc, t.sections.trends);
    if (briefing.trends.length === 0) paragraph(doc, t.noTrend);
    else trendChart(doc, briefing.trends, t);

    heading(doc, t.sections.targets);
    if (briefing.targets.length === 0) paragraph(doc, t.noTargets);
    else
      table(
        doc,
        [t.direction, t.target, t.latestActual, t.reached],
        [0.34, 0.24, 0.28, 0.14],
        briefing.targets.map((p) => [
          `${t.metric[p.target.metric]} ${t.arrow(p.target)}`,
          `${t.figureValue(p.target)} · ${t.when(p.target.period)} [${notes.of(p.target)}]`,
          p.actual ? `${t.figureValue(p.actual)} · ${t.when(p.actual.period)} [${notes.of(p.actual)}]` : '—',
          p.reached === null ? '—' : t.formatShare(p.reached),
        ]),
      );

    heading(doc, t.sections.conflicts);
    if (briefing.conflicts.length === 0) paragraph(doc, t.noConflicts);
    else {
      paragraph(doc, t.conflictsNote);
      table(
        doc,
        [t.direction, t.period, t.value, t.quote],
        [0.3, 0.14, 0.2, 0.36],
        briefing.conflicts.flatMap((c) =>
          c.figures.map((f) => [
            `${t.metric[c.flow.metric]} ${t.arrow(c.flow)} (${t.measure[c.measure]})`,
            t.when(c.period),
            t.figureValue(f),
            `“${oneLine(f.quote)}” [${notes.of(f)}]`,
          ]),
        ),
      );
    }

    heading(doc, t.sections.newThisMonth);
    if (briefing.newThisMonth.length === 0) paragraph(doc, t.noneThisMonth);
    else
      table(
        doc,
        [t.document, t.status, t.sections.figures],
        [0.34, 0.14, 0.52],
        briefing.newThisMonth.map((d) => [
          `${d.source.key} [${notes.ofDocument(d.source.document_id)}]`,
          t.statusName[d.status],
          d.changes.length === 0 ? '—' : d.changes.map((c) => noveltyLine(c, t)).join('\n'),
        ]),
      );

    if (briefing.regionalFigures.length > 0) {
      heading(doc, t.sections.regions);
      paragraph(doc, t.regionsNote);
      tiles(doc, briefing.regionalHeadline, t, notes);
      figureTable(doc, briefing.regionalFigures, t, notes);
    }

    heading(doc, t.sections.figures);
    if (briefing.figures.length === 0) paragraph(doc, t.noFigures);
    else figureTable(doc, briefing.figures, t, notes);

    heading(doc, t.sections.sources);
    doc.font('regular').fontSize(8.5).fillColor(INK);
    for (const [n, s] of notes.list.entries()) {
      tag(doc, 'Note', () =>
        doc.text(
          `[${n + 1}] ${s.key}${s.published ? ` — ${t.published.toLowerCase()} ${t.when(s.published)}` : ''}`,
          {
            width: contentWidth(doc),
          },
        ),
      );
    }

    pageNumbers(doc, briefing, t);
    root.end();
    doc.end();
    return done;
  }
}

function documentsTable(doc: Doc, b: Briefing, t: BriefingText): void {
  table(
    doc,
    [t.document, t.status, t.published, t.count],
    [0.55, 0.17, 0.16, 0.12],
    b.documentsRead.map((d) => [
      d.source.key,
      t.statusName[d.status],
      d.source.published ? t.when(d.source.published) : '—',
      String(d.figures),
    ]),
  );
}

/** Source documents numbered in the order they are first cited. */
function footnotes(b: Briefing) {
  const list = [...b.sources];
  const index = new Map(list.map((s, i) => [s.document_id, i + 1]));
  return {
    list,
    of: (f: BriefingFigure) => index.get(f.document_id) ?? 0,
    ofDocument: (id: string) => index.get(id) ?? 0,
  };
}
type Notes = ReturnType<typeof footnotes>;

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// Tagged PDF: text goes in structure elements (H1, H2, P, Table/TR/TH/TD, Figure, Note) under one Document
// element, so screen readers read it in order; rules, boxes and page numbers are marked as artifacts.
type Structure = ReturnType<Doc['struct']>;
const ROOTS = new WeakMap<Doc, Structure>();

function tag(
  doc: Doc,
  type: string,
  draw: () => void,
  parent?: Structure,
  options: Record<string, unknown> = {},
): void {
  const element = doc.struct(type as never, options as never, draw as never);
  (parent ?? (ROOTS.get(doc) as Structure)).add(element);
}

function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact' as never);
  draw();
  doc.endMarkedContent();
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function header(doc: Doc, b: Briefing, t: BriefingText): void {
  tag(doc, 'H1', () =>
    doc
      .font('bold')
      .fontSize(20)
      .fillColor(INK)
      .text(`${t.title} ${b.pair.replace('/', ' – ')}`),
  );
  tag(doc, 'P', () =>
    doc
      .font('regular')
      .fontSize(11)
      .fillColor(MUTED)
      .text(`${t.formatMonth(b.month)} · ${t.generated} ${t.formatDate(b.generatedAt)}`),
  );
  const y = doc.y + 6;
  artifact(doc, () =>
    doc
      .moveTo(MARGIN, y)
      .lineTo(doc.page.width - MARGIN, y)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke(),
  );
  doc.y = y + 10;
}

function heading(doc: Doc, title: string): void {
  // a heading stays with what follows it: a tile row, a chart's top or a table's first rows
  ensureSpace(doc, 140);
  doc.moveDown(0.6);
  tag(doc, 'H2', () => doc.font('bold').fontSize(13).fillColor(ACCENT).text(title, MARGIN));
  doc.moveDown(0.3).fillColor(INK);
}

function paragraph(doc: Doc, text: string): void {
  tag(doc, 'P', () =>
    doc
      .font('regular')
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(text, MARGIN, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.4).fillColor(INK);
}

/** One tile per flow: the latest value in its currency, in EUR and USD, its period and the change. */
function tiles(doc: Doc, entries: HeadlineEntry[], t: BriefingText, notes: Notes): void {
  if (entries.length === 0) {
    paragraph(doc, t.noFigures);
    return;
  }
  const perRow = 3;
  const gap = 10;
  const width = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  const height = 92;
  for (let i = 0; i < entries.length; i += perRow) {
    ensureSpace(doc, height + gap);
    const top = doc.y;
    for (const [j, e] of entries.slice(i, i + perRow).entries()) {
      const x = MARGIN + j * (width + gap);
      artifact(doc, () =>
        doc.roundedRect(x, top, width, height, 4).lineWidth(0.8).strokeColor(RULE).stroke(),
      );
      const inner = { width: width - 16, lineBreak: true };
      tag(doc, 'H3', () =>
        doc
          .font('regular')
          .fontSize(8)
          .fillColor(MUTED)
          .text(`${t.metric[e.flow.metric]} · ${t.arrow(e.flow)}`, x + 8, top + 7, inner),
      );
      tag(doc, 'P', () =>
        doc
          .font('bold')
          .fontSize(14)
          .fillColor(INK)
          .text(t.figureValue(e.latest), x + 8, top + 20, inner),
      );
      const converted = [
        e.latest.unit !== 'EUR' && e.latest.value_eur !== null ? t.money(e.latest.value_eur, 'EUR') : null,
        e.latest.unit !== 'USD' && e.latest.value_usd !== null ? t.money(e.latest.value_usd, 'USD') : null,
      ].filter(Boolean);
      tag(doc, 'P', () =>
        doc
          .font('regular')
          .fontSize(8)
          .fillColor(MUTED)
          .text(
            `${t.when(e.latest.period)} [${notes.of(e.latest)}]${converted.length ? ` · ≈ ${converted.join(' · ')}` : ''}`,
            x + 8,
            top + 40,
            inner,
          ),
      );
      const previous = e.previous;
      if (previous) {
        const change = e.change === null ? '' : `${t.formatChange(e.change)} `;
        tag(doc, 'P', () =>
          doc
            .font('regular')
            .fontSize(8)
            .fillColor(e.change !== null && e.change < 0 ? '#b03a2e' : '#2e7d32')
            .text(
              `${change}${t.previous.toLowerCase()}: ${t.figureValue(previous)} (${t.when(previous.period)})`,
              x + 8,
              top + 64,
              inner,
            ),
        );
      }
    }
    doc.y = top + height + gap;
    doc.x = MARGIN;
  }
  doc.fillColor(INK);
}

/** The chart as a tagged figure, its numbers in the alternative text. */
function trendChart(doc: Doc, series: TrendSeries[], t: BriefingText): void {
  ensureSpace(doc, CHART_HEIGHT + 12 * Math.ceil(series.length / 2) + 36);
  const alt = series
    .map(
      (s) =>
        `${t.metric[s.flow.metric]} ${t.arrow(s.flow)}: ${s.points.map((p) => `${p.year} ${t.money(p.value_eur, 'EUR')}`).join(', ')}`,
    )
    .join('; ');
  tag(doc, 'Figure', () => drawTrendChart(doc, series, t), undefined, { alt });
}
const CHART_HEIGHT = 170;

/** Every series on one chart: years along, euros up, one coloured line each, with a legend. */
function drawTrendChart(doc: Doc, series: TrendSeries[], t: BriefingText): void {
  const height = CHART_HEIGHT;
  const left = MARGIN + 62;
  const right = doc.page.width - MARGIN - 10;
  const top = doc.y + 6;
  const bottom = top + height;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map((p) => p.value_eur));
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const [first = 0, last = first + 1] = [years[0], years.at(-1)];
  const x = (year: number) =>
    last === first ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left);
  const y = (v: number) => bottom - ((v - min) / span) * height;

  doc.lineWidth(0.5).strokeColor(RULE);
  doc.font('regular').fontSize(7).fillColor(MUTED);
  for (let k = 0; k <= 4; k++) {
    const v = min + (span * k) / 4;
    doc.moveTo(left, y(v)).lineTo(right, y(v)).stroke();
    doc.text(t.axis(v), MARGIN, y(v) - 4, { width: 58, align: 'right' });
  }
  for (const year of years) doc.text(String(year), x(year) - 15, bottom + 4, { width: 30, align: 'center' });
  for (const [i, s] of series.entries()) {
    const colour = SERIES[i % SERIES.length] as string;
    doc.lineWidth(1.6).strokeColor(colour);
    for (const [k, p] of s.points.entries()) {
      if (k === 0) doc.moveTo(x(p.year), y(p.value_eur));
      else doc.lineTo(x(p.year), y(p.value_eur));
    }
    doc.stroke();
    for (const p of s.points) doc.circle(x(p.year), y(p.value_eur), 2.2).fillColor(colour).fill();
  }
  let ly = bottom + 18;
  for (const [i, s] of series.entries()) {
    const lx = MARGIN + (i % 2) * (contentWidth(doc) / 2);
    if (i > 0 && i % 2 === 0) ly += 12;
    doc
      .rect(lx, ly + 2, 10, 4)
      .fillColor(SERIES[i % SERIES.length] as string)
      .fill();
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(INK)
      .text(`${t.metric[s.flow.metric]} ${t.arrow(s.flow)}`, lx + 14, ly, {
        width: contentWidth(doc) / 2 - 16,
      });
  }
  doc.y = ly + 16;
  doc.x = MARGIN;
}

function figureTable(doc: Doc, figures: BriefingFigure[], t: BriefingText, notes: Notes): void {
  table(
    doc,
    [t.period, t.direction, t.value, t.columns.kind as string, t.quote],
    [0.11, 0.24, 0.17, 0.14, 0.34],
    figures.map((f) => [
      t.when(f.period),
      `${t.metric[f.metric]} ${t.arrow(f)}${f.sector ? ` · ${f.sector}` : ''}`,
      t.figureValue(f),
      t.kind[f.kind],
      `“${oneLine(f.quote)}” [${notes.of(f)}]`,
    ]),
  );
}

/** A table whose rows never split across pages, its header row repeated at the top of each new page. */
function table(doc: Doc, headers: string[], fractions: number[], rows: string[][]): void {
  const width = contentWidth(doc);
  const widths = fractions.map((f) => f * width);
  const pad = 3;
  const rowHeight = (cells: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 50) - 2 * pad }))) +
      2 * pad
    );
  };
  const element = doc.struct('Table');
  (ROOTS.get(doc) as Structure).add(element);
  const drawRow = (cells: string[], font: string, size: number, fill?: string) => {
    const height = rowHeight(cells, font, size);
    const top = doc.y;
    if (fill) artifact(doc, () => doc.rect(MARGIN, top, width, height).fillColor(fill).fill());
    const row = doc.struct('TR');
    element.add(row);
    let x = MARGIN;
    for (const [i, c] of cells.entries()) {
      const left = x;
      tag(
        doc,
        fill ? 'TH' : 'TD',
        () =>
          doc
            .font(font)
            .fontSize(size)
            .fillColor(INK)
            .text(c, left + pad, top + pad, { width: (widths[i] ?? 50) - 2 * pad }),
        row,
      );
      x += widths[i] ?? 0;
    }
    row.end();
    artifact(doc, () =>
      doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + width, top + height)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke(),
    );
    doc.y = top + height;
    doc.x = MARGIN;
  };
  const drawHeader = () => drawRow(headers, 'bold', 8.5, '#eef2f7');
  ensureSpace(doc, rowHeight(headers, 'bold', 8.5) + rowHeight(rows[0] ?? headers, 'regular', 8.5));
  drawHeader();
  for (const row of rows) {
    if (doc.y + rowHeight(row, 'regular', 8.5) > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, 'regular', 8.5);
  }
  element.end();
  doc.moveDown(0.5);
}

function pageNumbers(doc: Doc, b: Briefing, t: BriefingText): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(doc, () =>
      doc
        .font('regular')
        .fontSize(8)
        .fillColor(MUTED)
        .text(
          `${b.pair} · ${t.formatMonth(b.month)} · ${t.page(i + 1, range.count)}`,
          MARGIN,
          doc.page.height - 32,
          {
            align: 'center',
            width: doc.page.width - 2 * MARGIN,
          },
        ),
    );
    doc.page.margins.bottom = bottom;
  }
}
