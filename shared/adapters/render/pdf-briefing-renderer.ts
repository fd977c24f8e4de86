// Renders a briefing as an A4 PDF (pdfkit) with an embedded DejaVu Sans font: header, every figure with its
// value, direction, period and source quote, the sources, and page numbers.
import PDFDocument from 'pdfkit';
import {
  type Briefing,
  type BriefingFigure,
  formatDirection,
  formatFigureValue,
  METRIC_LABELS,
} from '../../domain/briefing.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';
import { type BriefingFonts, resolveBriefingFonts } from './briefing-fonts.js';

const MARGIN = 50;
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export class PdfBriefingRenderer implements BriefingRenderer {
  readonly extension = 'pdf' as const;
  readonly contentType = 'application/pdf';

  constructor(private readonly fonts: BriefingFonts = resolveBriefingFonts()) {}

  render(briefing: Briefing): Promise<Uint8Array> {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      font: this.fonts.regular,
      info: { Title: `Trade briefing ${briefing.pair} ${briefing.month}`, Author: 'trade-briefings' },
      lang: 'en',
      pdfVersion: '1.7',
    });
    doc.registerFont('regular', this.fonts.regular);
    doc.registerFont('bold', this.fonts.bold);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Uint8Array>((resolve, reject) => {
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });

    doc
      .font('bold')
      .fontSize(20)
      .text(`Trade briefing ${briefing.pair.replace('/', ' – ')}`);
    doc
      .font('regular')
      .fontSize(11)
      .fillColor('#444')
      .text(`${briefing.month} · generated ${briefing.generatedAt.slice(0, 10)}`);
    doc.moveDown(1).fillColor('black');

    section(doc, 'Figures', briefing.figures);
    if (briefing.regionalFigures.length > 0)
      section(doc, 'Regional figures (not included in national totals)', briefing.regionalFigures);

    doc.moveDown(0.5).font('bold').fontSize(13).text('Sources');
    doc.font('regular').fontSize(9);
    for (const s of briefing.sources) doc.text(`${s.key}${s.published ? ` (published ${s.published})` : ''}`);

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('regular')
        .fontSize(8)
        .fillColor('#666')
        .text(
          `${briefing.pair} · ${briefing.month} · page ${i + 1} of ${range.count}`,
          MARGIN,
          doc.page.height - 30,
          { align: 'center', width: doc.page.width - 2 * MARGIN },
        );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return done;
  }
}

function section(doc: PDFKit.PDFDocument, title: string, figures: BriefingFigure[]): void {
  doc.font('bold').fontSize(13).fillColor('black').text(title);
  doc.moveDown(0.3);
  if (figures.length === 0) {
    doc.font('regular').fontSize(10).text('No figures.');
    doc.moveDown(0.5);
    return;
  }
  for (const f of figures) {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('black')
      .text(
        `${METRIC_LABELS[f.metric]} · ${formatDirection(f)} · ${f.period ?? 'period unknown'} · ${f.kind}${f.sector ? ` · ${f.sector}` : ''}`,
      );
    doc
      .font('regular')
      .fontSize(10)
      .text(`${formatFigureValue(f)}${converted(f)}  (${f.measure})`);
    doc
      .fontSize(9)
      .fillColor('#333')
      .text(
        `“${f.quote.replace(/\s+/g, ' ')}” — ${f.source.key}${f.source.published ? `, ${f.source.published}` : ''}`,
      );
    doc.moveDown(0.6);
  }
}

function converted(f: BriefingFigure): string {
  if (f.value_eur === null || f.value_usd === null) return '';
  const parts = [];
  if (f.unit !== 'EUR') parts.push(`${grouped.format(f.value_eur)} EUR`);
  if (f.unit !== 'USD') parts.push(`${grouped.format(f.value_usd)} USD`);
  return parts.length ? ` ≈ ${parts.join(' / ')}` : '';
}
