// `trade-briefings extract FILE… --format jsonl`: figures straight from files, no server. One JSON object per
// figure per line on stdout (the figure record plus "doc", the path as given); nothing else on stdout.
// Every format the pipeline reads (.txt, .md, .html, .pdf, .docx, by content) is read here the same way.
import { readFile } from 'node:fs/promises';
import { AnyFormatReader } from '../../shared/adapters/readers/any-format-reader.js';
import { analyseDocument } from '../../shared/domain/analyse-document.js';
import { documentIdFor } from '../../shared/domain/document.js';
import { UnreadableDocumentError } from '../../shared/ports/document-reader.js';

export async function extractCommand(files: string[], options: { format: string }): Promise<void> {
  if (options.format !== 'jsonl')
    throw new Error(`unknown format "${options.format}"; the only format is jsonl`);
  const reader = new AnyFormatReader();
  let failures = 0;
  for (const file of files) {
    try {
      const read = await reader.read(await readFile(file), { key: file, contentType: null });
      for (const note of [...(read.notes ?? []), ...(read.emptyReason ? [read.emptyReason] : [])]) {
        process.stderr.write(`${file}: ${note}\n`);
      }
      const { figures } = analyseDocument(read.text, {
        documentId: documentIdFor('local', file),
        ...(read.published ? { publishedHint: read.published } : {}),
      });
      for (const figure of figures) process.stdout.write(`${JSON.stringify({ ...figure, doc: file })}\n`);
    } catch (error) {
      failures++;
      const reason =
        error instanceof UnreadableDocumentError
          ? error.reason
          : error instanceof Error
            ? error.message
            : String(error);
      process.stderr.write(`${file}: ${reason}\n`);
    }
  }
  if (failures > 0) throw new Error(`${failures} of ${files.length} file(s) could not be read`);
}
