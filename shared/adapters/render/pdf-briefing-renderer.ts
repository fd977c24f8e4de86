// Renders a briefing as an A4 PDF (pdfkit, DejaVu Sans embedded: French and Dutch text, arrows, €) in the
// subscriber's language. Page 1 answers where the relationship stands: the pair's names, a summary, one
// tile per flow (exports, imports, balance side by side: latest amount, period, growth, rank), the main
// products, targets against actuals; then the chart, sources that disagree, what changed this month, every
// figure with what it measures and its quote, and the sources as citations. Page numbers on every page; the
// document is tagged and titled for screen readers.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Briefing, BriefingFigure, BriefingSource } from '../../domain/briefing.js';
import type { Conflict, HeadlineEntry, SourcedFigure, TrendSeries } from '../../domain/briefing-sections.js';
import { growthPhrase } from '../../domain/briefing-summary.js';
import { type BriefingText, briefingText, cap, noveltyLine } from '../../domain/briefing-text.js';
import { chartScale } from '../../domain/chart-scale.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';
import { type BriefingFonts, resolveBriefingFonts } from './briefing-fonts.js';

const MARGIN = 48;
const INK = '#1a1a1a';
const MUTED = '#5f6368';
const RULE = '#d0d4d9';
const ACCENT = '#1f5fa8';
const UP = '#2e7d32';
const DOWN = '#b03a2e';
const SERIES = ['#1f5fa8', '#c2571a', '#2e8540', '#8e44ad', '#b7950b', '#5d6d7e'];
/** at most this many lines of changes in "New this month"; the rest are counted */
const MAX_CHANGE_LINES = 8;

type Doc = PDFKit.PDFDocument;

/**
 * The fonts, read and parsed once per process: pdfkit takes a parsed (fontkit) font as well as a file, and
 * parsing DejaVu Sans's tables for each briefing was most of its time. Each document still embeds its own
 * subset. The parsed font is obtained through a probe document, so no other font library is needed.
 */
const PARSED = new Map<string, unknown>();
function parsedFont(path: string): unknown {
  let font = PARSED.get(path);
  if (!font) {
    // the file is the probe's default font: no standard font (Helvetica) is ever loaded, which a bundle lacks
    const probe = new PDFDocument({ autoFirstPage: false, font: readFileSync(path) as never });
    font = (probe as unknown as { _font: { font: unknown } })._font.font;
    PARSED.set(path, font);
  }
  return font;
}

export class PdfBriefingRenderer implements BriefingRenderer {
  readonly extension = 'pdf' as const;
  readonly contentType = 'application/pdf';

  constructor(private readonly fonts: BriefingFonts = resolveBriefingFonts()) {}

  render(briefing: Briefing): Promise<Uint8Array> {
    const t = briefingText(briefing.language);
    const names = t.pairTitle(briefing.home, briefing.partner);
    const title = `${t.title} ${names} · ${t.formatMonth(briefing.month)}`;
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      font: parsedFont(this.fonts.regular) as never,
      info: { Title: title, Author: 'trade-briefings', Subject: `${briefing.pair} ${briefing.month}` },
      lang: t.locale,
      pdfVersion: '1.7',
      tagged: true,
      displayTitle: true,
    });
    // the default font is the regular one: named so, it is not opened a second time (pdfkit would compare the
    // two by their name tables, a cost paid on every briefing)
    (doc as unknown as { _fontFamilies: Record<string, unknown>; _font: unknown })._fontFamilies.regular = (
      doc as unknown as { _font: unknown }
    )._font;
    doc.registerFont('bold', parsedFont(this.fonts.bold) as never);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Uint8Array>((resolve, reject) => {
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });

    const root = doc.struct('Document');
    doc.addStructure(root);
    ROOTS.set(doc, root);
    const total = briefing.figures.length + briefing.regionalFigures.length;
    header(doc, briefing, t, names, total);

    if (total === 0) {
      // a pair read about but with no figure yet: a short briefing that says so and lists what was read
      paragraph(doc, t.noFigures, INK, 10.5);
      heading(doc, t.sections.documentsRead);
      documentsTable(doc, briefing, t);
      finish(doc, briefing, t, root);
      return done;
    }

    heading(doc, t.sections.summary, 40);
    paragraph(doc, briefing.summary.join(' '), INK, 10.5);

    heading(doc, t.sections.headline);
    tiles(doc, briefing, t);
    // a region's tile beside the nation's: said once, here, that the two are never added up
    if (briefing.figures.length > 0 && briefing.regionalFigures.length > 0) paragraph(doc, t.regionsNote);

    if (briefing.products.length > 0) {
      heading(doc, t.sections.products);
      table(
        doc,
        [t.product, t.flowColumn, t.measureColumn, t.value, t.period],
        [0.18, 0.26, 0.3, 0.14, 0.12],
        briefing.products.map(({ product, figure }) => [
          t.productName(product),
          t.flowLabel(figure, briefing.home),
          t.measureOf(figure),
          `${t.figureValue(figure)} ${ref(figure)}`,
          t.when(figure.period),
        ]),
      );
    }

    if (briefing.targets.length > 0) {
      heading(doc, t.sections.targets);
      table(
        doc,
        [t.flowColumn, t.target, t.latestActual, t.reached],
        [0.31, 0.24, 0.27, 0.18],
        briefing.targets.map((p) => [
          `${t.flowLabel(p.target, briefing.home)}${p.target.sector ? ` · ${t.productName(p.target.sector)}` : ''}`,
          `${t.figureValue(p.target)} · ${t.when(p.target.period)} ${ref(p.target)}`,
          p.actual ? `${t.figureValue(p.actual)} · ${t.when(p.actual.period)} ${ref(p.actual)}` : '—',
          p.reached === null ? '—' : t.reachedShare(t.formatShare(p.reached)),
        ]),
      );
    }

    if (briefing.trends.length > 0) {
      heading(doc, `${t.sections.trends} (EUR)`, CHART_HEIGHT + 60);
      trendChart(doc, briefing, t);
    }

    heading(doc, t.sections.conflicts, 60);
    if (briefing.conflicts.length === 0) paragraph(doc, t.noConflicts);
    else {
      paragraph(doc, t.conflictsNote);
      table(
        doc,
        [t.flowColumn, t.period, t.value, t.quote],
        [0.3, 0.12, 0.2, 0.38],
        briefing.conflicts.flatMap((c) =>
          c.figures.map((f) => [
            `${t.flowLabel(c.flow, briefing.home)}${c.sector ? ` · ${t.productName(c.sector)}` : ''} (${t.measureOf(f)})${c.withinDocument ? `\n${t.withinDocument}` : ''}`,
            t.when(c.period),
            t.figureValue(f),
            `“${oneLine(f.quote)}” ${ref(f)}`,
          ]),
        ),
      );
    }

    heading(doc, t.sections.newThisMonth, 60);
    changesList(doc, briefing, t);

    heading(doc, t.sections.figures);
    if (briefing.figures.length > 0) figureTable(doc, briefing.figures, briefing.home, t);
    if (briefing.regionalFigures.length > 0) {
      if (briefing.figures.length > 0) {
        subheading(doc, t.sections.regions);
        paragraph(doc, t.regionsNote);
      }
      figureTable(doc, briefing.regionalFigures, briefing.home, t);
    }

    heading(doc, t.sections.sources, 50);
    for (const s of briefing.sources) citation(doc, s, t);

    finish(doc, briefing, t, root);
    return done;
  }
}

function finish(doc: Doc, b: Briefing, t: BriefingText, root: ReturnType<Doc['struct']>): void {
  pageNumbers(doc, b, t);
  root.end();
  doc.end();
}

const ref = (f: { source: { number?: number } }) => `[${f.source.number ?? '?'}]`;

/** "[2] Title. Publisher, October 2025. https://… Statistics cited: ITC. File: incoming/…" */
export function citationText(s: BriefingSource, t: BriefingText): string {
  const parts = [
    `[${s.number}] ${s.title.replace(/[.\s]+$/, '')}.`,
    `${[s.publisher, s.published ? t.when(s.published) : t.undated].filter(Boolean).join(', ')}.`,
    s.url ?? '',
    s.statistics.length > 0 ? `${cap(t.statisticsCited)}${t.colon}${s.statistics.join('; ')}.` : '',
    `${cap(t.file)}${t.colon}${s.key}`,
  ];
  return parts.filter(Boolean).join(' ');
}

function citation(doc: Doc, s: BriefingSource, t: BriefingText): void {
  doc.font('regular').fontSize(8.5).fillColor(INK);
  const text = citationText(s, t);
  ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 4);
  tag(doc, 'Note', () => doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) }));
  doc.moveDown(0.3);
}

function documentsTable(doc: Doc, b: Briefing, t: BriefingText): void {
  table(
    doc,
    [t.document, t.status, t.published, t.count],
    [0.55, 0.17, 0.16, 0.12],
    b.documentsRead.map((d) => [
      d.source.title === d.source.key.split('/').at(-1) ? d.source.key : `${d.source.title}\n${d.source.key}`,
      t.statusName[d.status],
      d.source.published ? t.when(d.source.published) : '—',
      String(d.figures),
    ]),
  );
}

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

function header(doc: Doc, b: Briefing, t: BriefingText, names: string, total: number): void {
  tag(doc, 'H1', () => doc.font('bold').fontSize(20).fillColor(INK).text(`${t.title} ${names}`));
  const count = total === 0 ? '' : ` · ${t.figuresCount(total, b.sources.length).replace(/\.$/, '')}`;
  tag(doc, 'P', () =>
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor(MUTED)
      .text(`${t.formatMonth(b.month)} · ${t.generated} ${t.formatDate(b.generatedAt)}${count}`),
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
  doc.y = y + 8;
}

/** A heading kept with what follows it (`keep` points of it). */
function heading(doc: Doc, title: string, keep = 90): void {
  ensureSpace(doc, keep + 30);
  doc.moveDown(0.5);
  tag(doc, 'H2', () => doc.font('bold').fontSize(13).fillColor(ACCENT).text(title, MARGIN));
  doc.moveDown(0.25).fillColor(INK);
}

function subheading(doc: Doc, title: string): void {
  ensureSpace(doc, 80);
  doc.moveDown(0.3);
  tag(doc, 'H3', () => doc.font('bold').fontSize(10.5).fillColor(INK).text(title, MARGIN));
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string, colour = MUTED, size = 9.5): void {
  tag(doc, 'P', () =>
    doc
      .font('regular')
      .fontSize(size)
      .fillColor(colour)
      .text(text, MARGIN, doc.y, { width: contentWidth(doc), lineGap: 1.5 }),
  );
  doc.moveDown(0.4).fillColor(INK);
}

interface TileLine {
  text: string;
  font: 'regular' | 'bold';
  size: number;
  colour: string;
}

/** What a tile says of its flow: the label, the number, what it is, growth and rank, each with its source. */
function tileLines(
  e: HeadlineEntry,
  home: string,
  t: BriefingText,
  disputes: Conflict[],
  narrow: boolean,
): TileLine[] {
  const f = e.latest as BriefingFigure;
  const lines: TileLine[] = [
    { text: t.flowLabel(e.flow, home), font: 'regular', size: 8, colour: MUTED },
    { text: t.figureValue(f), font: 'bold', size: narrow ? 13 : 15, colour: INK },
  ];
  const converted = [
    f.measure === 'value' && f.unit !== 'EUR' && f.value_eur !== null ? t.money(f.value_eur, 'EUR') : null,
    f.measure === 'value' && f.unit !== 'USD' && f.value_usd !== null ? t.money(f.value_usd, 'USD') : null,
  ].filter(Boolean);
  const what = f.measure === 'value' ? '' : `${t.measureOf(f)} · `;
  lines.push({
    text: `${what}${t.when(f.period)} ${ref(f)}${converted.length ? ` · ≈ ${converted.join(' · ')}` : ''}`,
    font: 'regular',
    size: 8,
    colour: MUTED,
  });
  const growth = growthPhrase(e, t);
  if (growth) {
    const up = e.growth ? e.growth.value >= 0 : (e.change ?? 0) >= 0;
    const previous = e.previous as SourcedFigure;
    const how = e.growth
      ? `${t.stated} ${ref(e.growth)}`
      : `${t.computedIn(e.changeUnit ?? f.unit)}; ${t.when(previous.period)}${t.colon}${t.figureValue(previous)} ${ref(previous)}`;
    lines.push({ text: `${growth} (${how})`, font: 'regular', size: 8, colour: up ? UP : DOWN });
  }
  if (e.rank)
    lines.push({
      text: `${cap(t.rankSentence(e.rank))} ${ref(e.rank)}`,
      font: 'regular',
      size: 8,
      colour: INK,
    });
  // the figure shown is one of several that disagree: the others are named on the tile
  const dispute = disputes.find((c) => c.figures.some((x) => x.id === f.id));
  if (dispute) {
    const others = dispute.figures.filter((x) => x.id !== f.id && x.value !== f.value);
    lines.push({
      text: `⚠ ${t.sections.conflicts}${t.colon}${others.map((x) => `${t.figureValue(x)} ${ref(x)}`).join(', ')}`,
      font: 'regular',
      size: 8,
      colour: DOWN,
    });
  }
  return lines;
}

/** One tile per flow, rows filled evenly (4 flows: two rows of two), every tile of a row as tall as its tallest. */
function tiles(doc: Doc, b: Briefing, t: BriefingText): void {
  const entries = b.headline;
  const gap = 10;
  const rows = Math.ceil(entries.length / 3);
  const perRow = Math.ceil(entries.length / Math.max(rows, 1));
  for (let i = 0; i < entries.length; i += perRow) {
    const row = entries.slice(i, i + perRow);
    const width = (contentWidth(doc) - gap * (row.length - 1)) / row.length;
    const inner = width - 16;
    const contents = row.map((e) => tileLines(e, b.home, t, b.conflicts, width < 170));
    const heights = contents.map(
      (lines) =>
        lines.reduce(
          (h, l) => h + doc.font(l.font).fontSize(l.size).heightOfString(l.text, { width: inner }) + 3,
          0,
        ) + 12,
    );
    const height = Math.max(...heights);
    ensureSpace(doc, height + gap);
    const top = doc.y;
    for (const [j, lines] of contents.entries()) {
      const x = MARGIN + j * (width + gap);
      artifact(doc, () =>
        doc.roundedRect(x, top, width, height, 4).lineWidth(0.8).strokeColor(RULE).stroke(),
      );
      let y = top + 7;
      for (const [k, l] of lines.entries()) {
        tag(doc, k === 0 ? 'H3' : 'P', () =>
          doc
            .font(l.font)
            .fontSize(l.size)
            .fillColor(l.colour)
            .text(l.text, x + 8, y, { width: inner }),
        );
        y = doc.y + 3;
      }
    }
    doc.y = top + height + gap;
    doc.x = MARGIN;
  }
  doc.fillColor(INK);
}

/** The chart as a tagged figure, its numbers in the alternative text. */
function trendChart(doc: Doc, b: Briefing, t: BriefingText): void {
  const alt = b.trends
    .map(
      (s) =>
        `${t.flowLabel(s.flow, b.home)}: ${s.points.map((p) => `${p.year} ${t.money(p.value_eur, 'EUR')}`).join(', ')}`,
    )
    .join('; ');
  tag(doc, 'Figure', () => drawTrendChart(doc, b, t), undefined, { alt });
}
const CHART_HEIGHT = 160;

/**
 * Every flow on one axis in euros: round ticks from zero, one coloured line a flow with its points labelled
 * (the first, the last and the highest when there are many), bars when every flow has a single year; a
 * legend, then the source line.
 */
function drawTrendChart(doc: Doc, b: Briefing, t: BriefingText): void {
  const series = b.trends;
  const height = CHART_HEIGHT;
  const left = MARGIN + 46;
  const right = doc.page.width - MARGIN - 24;
  const top = doc.y + 10;
  const bottom = top + height;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, c) => a - c);
  const scale = chartScale(
    series.flatMap((s) => s.points.map((p) => p.value_eur)),
    5,
  );
  const y = (v: number) => bottom - ((v - scale.min) / (scale.max - scale.min)) * height;
  const colour = (i: number) => SERIES[i % SERIES.length] as string;

  doc.lineWidth(0.5).strokeColor(RULE);
  doc.font('regular').fontSize(7).fillColor(MUTED);
  for (const v of scale.ticks) {
    doc.moveTo(left, y(v)).lineTo(right, y(v)).stroke();
    doc.text(t.axis(v), MARGIN, y(v) - 4, { width: 42, align: 'right' });
  }
  const single = series.every((s) => s.points.length === 1);
  if (single) {
    // one year: a bar a flow, side by side, each labelled with its amount
    const slot = (right - left) / series.length;
    const barWidth = Math.min(70, slot * 0.5);
    for (const [i, s] of series.entries()) {
      const p = s.points[0] as TrendSeries['points'][number];
      const cx = left + slot * (i + 0.5);
      const zero = y(Math.max(scale.min, 0));
      const end = y(p.value_eur);
      doc
        .rect(cx - barWidth / 2, Math.min(zero, end), barWidth, Math.abs(zero - end))
        .fillColor(colour(i))
        .fill();
      // a bar's amount above it, or below it when negative
      pointLabel(doc, t.axis(p.value_eur), cx, p.value_eur < 0 ? end + 14 : end, colour(i));
    }
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(String(years[0]), left, bottom + 4, { width: right - left, align: 'center' });
  } else {
    const first = years[0] as number;
    const last = years.at(-1) as number;
    const inset = 18;
    const x = (year: number) => left + inset + ((year - first) / (last - first)) * (right - left - 2 * inset);
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    for (const year of years)
      doc.text(String(year), x(year) - 15, bottom + 4, { width: 30, align: 'center' });
    const crowded = years.length > 6 || series.length > 2;
    for (const [i, s] of series.entries()) {
      doc.lineWidth(1.6).strokeColor(colour(i));
      for (const [k, p] of s.points.entries()) {
        if (k === 0) doc.moveTo(x(p.year), y(p.value_eur));
        else doc.lineTo(x(p.year), y(p.value_eur));
      }
      if (s.points.length > 1) doc.stroke();
      const highest = Math.max(...s.points.map((p) => p.value_eur));
      for (const [k, p] of s.points.entries()) {
        doc.circle(x(p.year), y(p.value_eur), 2.4).fillColor(colour(i)).fill();
        const labelled = !crowded || k === 0 || k === s.points.length - 1 || p.value_eur === highest;
        if (labelled) pointLabel(doc, t.axis(p.value_eur), x(p.year), y(p.value_eur), colour(i));
      }
    }
  }
  // legend: one line a flow
  let ly = bottom + 18;
  for (const [i, s] of series.entries()) {
    const lx = MARGIN + (i % 2) * (contentWidth(doc) / 2);
    if (i > 0 && i % 2 === 0) ly += 12;
    doc
      .rect(lx, ly + 2, 10, 4)
      .fillColor(colour(i))
      .fill();
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(INK)
      .text(t.flowLabel(s.flow, b.home), lx + 14, ly, {
        width: contentWidth(doc) / 2 - 16,
        lineBreak: false,
      });
  }
  const sources = [
    ...new Set(series.flatMap((s) => s.points.map((p) => (p.figure.source as BriefingSource).number))),
  ]
    .sort((a, c) => a - c)
    .map((n) => `[${n}]`)
    .join(' ');
  doc
    .font('regular')
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(`${t.chartSource}${t.colon}${sources} · ${t.chartNote}`, MARGIN, ly + 14, {
      width: contentWidth(doc),
    });
  doc.y = doc.y + 4;
  doc.x = MARGIN;
}

function pointLabel(doc: Doc, text: string, cx: number, cy: number, colour: string): void {
  doc
    .font('bold')
    .fontSize(7)
    .fillColor(colour)
    .text(text, cx - 40, cy - 12, { width: 80, align: 'center', lineBreak: false });
}

/** What changed this month, in a few lines: new sources, revised figures, new figures; the rest counted. */
function changesList(doc: Doc, b: Briefing, t: BriefingText): void {
  const c = b.changes;
  if (c.documents.length === 0) {
    paragraph(doc, t.changes.nothing);
    return;
  }
  const lines: string[] = [];
  for (const d of c.documents)
    lines.push(
      `${t.changes.newSource}${t.colon}${d.source.number > 0 ? `[${d.source.number}] ` : ''}${d.source.title} (${t.statusName[d.status]}, ${t.count.toLowerCase()}${t.colon}${d.figures})`,
    );
  if (c.allNew) {
    paragraph(doc, t.changes.allNew(b.figures.length + b.regionalFigures.length, b.sources.length), INK);
  } else {
    for (const n of c.revised) lines.push(`${t.changes.revised}${t.colon}${noveltyLine(n, t, b.home)}`);
    for (const n of c.added) lines.push(`${t.changes.added}${t.colon}${noveltyLine(n, t, b.home)}`);
  }
  const shown = lines.slice(0, MAX_CHANGE_LINES);
  if (lines.length > shown.length) shown.push(t.changes.more(lines.length - shown.length));
  if (!c.allNew && c.confirmed > 0) shown.push(t.changes.confirmed(c.confirmed));
  doc.font('regular').fontSize(9).fillColor(INK);
  for (const line of shown) {
    ensureSpace(doc, doc.heightOfString(`• ${line}`, { width: contentWidth(doc) - 10 }) + 2);
    tag(doc, 'P', () => doc.text(`• ${line}`, MARGIN, doc.y, { width: contentWidth(doc) - 10 }));
  }
  doc.moveDown(0.3);
}

function figureTable(doc: Doc, figures: BriefingFigure[], home: string, t: BriefingText): void {
  table(
    doc,
    [t.period, t.flowColumn, t.measureColumn, t.value, t.quote],
    [0.1, 0.22, 0.22, 0.15, 0.31],
    figures.map((f) => [
      t.when(f.period),
      `${t.flowLabel(f, home)}${f.sector ? `\n${t.product.toLowerCase()}${t.colon}${t.productName(f.sector)}` : ''}`,
      t.measureOf(f),
      t.figureValue(f),
      `“${oneLine(f.quote)}” ${ref(f)}`,
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
  const drawRow = (cells: string[], font: string, size: number, height: number, fill?: string) => {
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
  const headerHeight = rowHeight(headers, 'bold', 8.5);
  const drawHeader = () => drawRow(headers, 'bold', 8.5, headerHeight, '#eef2f7');
  const heights = rows.map((r) => rowHeight(r, 'regular', 8.5));
  ensureSpace(doc, headerHeight + (heights[0] ?? 0));
  drawHeader();
  for (const [i, row] of rows.entries()) {
    const height = heights[i] ?? 0;
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, 'regular', 8.5, height);
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
          `${t.pairTitle(b.home, b.partner)} · ${t.formatMonth(b.month)} · ${t.page(i + 1, range.count)}`,
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
