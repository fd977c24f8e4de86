// `trade-briefings ingest FILE…`: upload to the embedded bucket and process through the ingest handler.
import { documentIdFor } from '../../shared/domain/document.js';
import { ingestFiles } from '../ingest-files.js';
import { openLocalRuntime } from '../local-runtime.js';

export async function ingestCommand(files: string[]): Promise<void> {
  const runtime = await openLocalRuntime();
  try {
    const { keys, deadLettered } = await ingestFiles(runtime, files);
    for (const key of keys) {
      const doc = await runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, key));
      const status = doc
        ? `${doc.status}, ${doc.figure_count} figure(s)${doc.reason ? ` — ${doc.reason}` : ''}`
        : 'not processed';
      process.stdout.write(`${key}: ${status}\n`);
    }
    if (deadLettered > 0)
      throw new Error(`${deadLettered} document(s) failed repeatedly and were dead-lettered`);
  } finally {
    await runtime.close();
  }
}
