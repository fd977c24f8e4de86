// `trade-briefings reprocess (--all | --status S)`: reads stored documents again through the ingest function,
// as after an extractor change; each document's figures are replaced, never added to.
import { reprocessMessage } from '../../functions/ingest-document/s3-notification.js';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../shared/domain/document.js';
import { openLocalRuntime } from '../local-runtime.js';

export async function reprocessCommand(options: { all?: boolean; status?: DocumentStatus }): Promise<void> {
  if (!options.all && !options.status) {
    throw new Error(`say which documents: --all, or --status ${DOCUMENT_STATUSES.join('|')}`);
  }
  const runtime = await openLocalRuntime();
  try {
    const chosen = (await runtime.documents.listDocuments())
      .filter((d) => options.all || d.status === options.status)
      .sort((a, b) => a.key.localeCompare(b.key));
    for (const d of chosen) runtime.engines.queue.send(reprocessMessage(d.bucket, d.key));
    const { deadLettered } = await runtime.engines.queue.drain(await runtime.ingestHandler());
    for (const before of chosen) {
      const after = await runtime.documents.getDocument(before.document_id);
      const now = after ? `${after.status}, ${after.figure_count} figure(s)` : 'gone from the bucket';
      process.stdout.write(`${before.key}: ${now} (was ${before.status}, ${before.figure_count})\n`);
    }
    process.stdout.write(`Reprocessed ${chosen.length} document(s).\n`);
    if (deadLettered.length > 0) throw new Error(`${deadLettered.length} document(s) failed repeatedly`);
  } finally {
    await runtime.close();
  }
}
