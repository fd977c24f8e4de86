// Finds the TTF fonts the PDF embeds: beside a Lambda bundle (fonts/ copied at bundling), in BRIEFING_FONT_DIR,
// or from the dejavu-fonts-ttf package when run from source. pdfkit's built-in fonts are never used: they
// are not embedded, lack characters, and do not load from a bundle.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BriefingFonts {
  regular: string;
  bold: string;
}

const FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };

export function resolveBriefingFonts(): BriefingFonts {
  const candidates = [
    process.env.BRIEFING_FONT_DIR,
    // beside the bundle: Lambda's task root, or this module's folder (a chunk of the bundle sits below it)
    process.env.LAMBDA_TASK_ROOT && join(process.env.LAMBDA_TASK_ROOT, 'fonts'),
    join(dirname(fileURLToPath(import.meta.url)), 'fonts'),
    join(dirname(fileURLToPath(import.meta.url)), '..', 'fonts'),
    packageFontDir(),
  ].filter((d): d is string => Boolean(d));
  for (const dir of candidates) {
    const fonts = { regular: join(dir, FILES.regular), bold: join(dir, FILES.bold) };
    if (existsSync(fonts.regular) && existsSync(fonts.bold)) return fonts;
  }
  throw new Error(`briefing fonts not found (looked in ${candidates.join(', ')})`);
}

function packageFontDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  } catch {
    return undefined;
  }
}
