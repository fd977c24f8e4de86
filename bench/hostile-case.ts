// One hostile file through what the ingest function does with it (the size check, the reader, the
// extraction), in a process of its own, so that its time and peak memory are its own. Prints one JSON line.
import { readFileSync, statSync } from 'node:fs';
import { AnyFormatReader } from '../shared/adapters/readers/any-format-reader.js';
import { analyseDocument } from '../shared/domain/analyse-document.js';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from '../shared/domain/document.js';
import { UnreadableDocumentError } from '../shared/ports/document-reader.js';

/**
 * This process's own peak resident memory: the kernel's high-water mark of its address space (VmHWM), which
 * starts afresh at exec; getrusage's maxRSS would carry the parent's peak over the fork.
 */
function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [file, key] = process.argv.slice(2) as [string, string];
const started = performance.now();
let status: string;
let reason: string | null = null;
const size = statSync(file).size;
if (size > MAX_DOCUMENT_BYTES) {
  // the function hashes such a file as it streams by and never holds it
  status = 'rejected';
  reason = tooLargeReason(size);
} else {
  try {
    const read = await new AnyFormatReader().read(readFileSync(file), { key, contentType: null });
    const analysis = analyseDocument(read.text, { documentId: 'bench' });
    status = read.text.trim() === '' ? 'needs_review' : 'processed';
    reason = [...(read.notes ?? []), `${analysis.figures.length} figures`].join('; ');
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    status = 'rejected';
    reason = error.reason;
  }
}
process.stdout.write(
  `${JSON.stringify({
    status,
    reason,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: peakRssMb(),
  })}\n`,
);
