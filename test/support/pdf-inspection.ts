// What a reader of a rendered PDF would check, read through pdf.js (the unpdf build the PDF reader uses):
// the text line by line, whether the file is tagged, which fonts it uses and whether they are embedded,
// and that every page draws without an error. No system tool (poppler) is needed.

interface PdfTextItem {
  str: string;
  transform: number[];
  fontName: string;
}

export interface PdfFont {
  /** the font's PostScript name, with its subset tag ("CZZZZZ+DejaVuSans") */
  name: string;
  /** 'Type1', 'TrueType', 'CIDFontType2'… */
  type: string;
  embedded: boolean;
}

export interface PdfInspection {
  /** each page's text, one line per baseline, items on a line in reading order separated by spaces */
  pages: string[];
  /** the pages joined by form feeds, as pdftotext gives them */
  text: string;
  /** the document declares itself tagged (MarkInfo /Marked true) */
  tagged: boolean;
  fonts: PdfFont[];
}

/** Items whose baselines lie closer than this (in points) are on one line: a table row's cells. */
const SAME_LINE = 2;

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const { getDocument } = await import('unpdf/pdfjs');
  // stopAtErrors: a page that cannot be drawn fails the inspection instead of being drawn in part
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    fontExtraProperties: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      // drawing the page's operators loads its fonts into commonObjs
      await page.getOperatorList();
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
      pages.push(linesOf(items).join('\n'));
      for (const fontName of new Set(items.map((item) => item.fontName))) {
        const font = page.commonObjs.get(fontName) as { name?: string; type?: string; missingFile?: boolean };
        if (font.name)
          fonts.set(font.name, {
            name: font.name,
            type: font.type ?? '',
            embedded: font.missingFile === false,
          });
      }
    }
    const tagged = (await pdf.getMarkInfo())?.Marked === true;
    return { pages, text: pages.join('\f'), tagged, fonts: [...fonts.values()] };
  } finally {
    await task.destroy();
  }
}

function linesOf(items: PdfTextItem[]): string[] {
  const lines: Array<{ y: number; items: PdfTextItem[] }> = [];
  for (const item of items) {
    if (item.str === '') continue;
    const y = item.transform[5] ?? 0;
    const line = lines.find((candidate) => Math.abs(candidate.y - y) < SAME_LINE);
    if (line) line.items.push(item);
    else lines.push({ y, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) =>
      line.items
        .sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))
        .map((item) => item.str)
        .join(' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    );
}
