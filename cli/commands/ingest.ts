// `trade-briefings ingest FILE… [--stack NAME]`: uploads to incoming/ of the embedded bucket and processes
// through the ingest handler; with --stack, uploads to the deployed bucket, where the pipeline takes over.
import { documentIdFor } from '../../shared/domain/document.js';
import { withCliRuntime } from '../cli-runtime.js';
import { ingestFiles, uploadFiles } from '../ingest-files.js';

export async function ingestCommand(files: string[], options: { stack?: string } = {}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    if (!runtime.local) {
      const keys = await uploadFiles(runtime.s3, runtime.bucket, files);
      for (const key of keys) process.stdout.write(`${key}: uploaded to ${runtime.bucket}\n`);
      process.stdout.write(
        `The pipeline in AWS reads them now: \`trade-briefings status --stack ${options.stack}\` shows what became of each.\n`,
      );
      return;
    }
    const { keys, deadLettered } = await ingestFiles(runtime.local, files);
    for (const key of keys) {
      const doc = await runtime.documents.getDocument(documentIdFor(runtime.bucket, key));
      const status = doc
        ? `${doc.status}, ${doc.figure_count} figure(s)${doc.reason ? ` — ${doc.reason}` : ''}`
        : 'not processed';
      process.stdout.write(`${key}: ${status}\n`);
    }
    if (deadLettered > 0)
      throw new Error(`${deadLettered} document(s) failed repeatedly and were dead-lettered`);
  });
}
