// `trade-briefings status [--json]`: every document with its status and the reason for it; `--json` gives one
// object per line (key, status, reason, figures, and how the document was read).
import type { DocumentRecord } from '../../shared/domain/document.js';
import { withCliRuntime } from '../cli-runtime.js';

export async function statusCommand(options: { stack?: string; json?: boolean }): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    const documents = (await runtime.documents.listDocuments()).sort((a, b) => a.key.localeCompare(b.key));
    for (const d of documents)
      process.stdout.write(`${options.json ? JSON.stringify(statusLine(d)) : describe(d)}\n`);
  });
}

export function statusLine(d: DocumentRecord) {
  return {
    key: d.key,
    status: d.status,
    reason: d.reason,
    figures: d.figure_count,
    reader: d.reader,
    encoding: d.encoding,
    language: d.language,
    published: d.published,
    duplicate_of: d.duplicate_of,
    extractor_version: d.extractor_version,
    ingested_at: d.ingested_at,
  };
}

function describe(d: DocumentRecord): string {
  const figures = `${d.figure_count} figure${d.figure_count === 1 ? '' : 's'}`;
  return `${d.status.padEnd(12)} ${figures.padStart(11)}  ${d.key}${d.reason ? `\n${' '.repeat(26)}${d.reason}` : ''}`;
}
