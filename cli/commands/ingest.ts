// `trade-briefings ingest FILE|FOLDER… [--stack NAME]`: uploads to incoming/ of the embedded bucket and
// processes through the ingest handler; with --stack, uploads to the deployed bucket, where the pipeline
// takes over. A folder is walked. An argument that cannot be ingested is named with its reason, the rest
// go on, and the command then exits non-zero.
import { documentIdFor } from '../../shared/domain/document.js';
import { withCliRuntime } from '../cli-runtime.js';
import { ingestFiles, type RefusedFile, uploadFiles } from '../ingest-files.js';

export async function ingestCommand(args: string[], options: { stack?: string } = {}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const named = (file: string, key: string) => `${file} → ${key}`;
    let refused: RefusedFile[];
    if (!runtime.local) {
      const result = await uploadFiles(runtime.s3, runtime.bucket, args);
      for (const { file, key } of result.uploaded) out(`${named(file, key)}: uploaded to ${runtime.bucket}`);
      if (result.uploaded.length > 0)
        out(
          `The pipeline in AWS reads them now: \`trade-briefings status --stack ${options.stack}\` shows what became of each.`,
        );
      refused = result.refused;
    } else {
      const result = await ingestFiles(runtime.local, args);
      for (const { file, key } of result.uploaded) {
        const doc = await runtime.documents.getDocument(documentIdFor(runtime.bucket, key));
        const status = doc
          ? `${doc.status}, ${doc.figure_count} figure(s)${doc.reason ? ` — ${doc.reason}` : ''}`
          : 'not processed';
        out(`${named(file, key)}: ${status}`);
      }
      if (result.deadLettered > 0)
        throw new Error(`${result.deadLettered} document(s) failed repeatedly and were dead-lettered`);
      refused = result.refused;
    }
    for (const { file, reason } of refused) process.stderr.write(`${file}: not ingested: ${reason}\n`);
    if (refused.length > 0)
      throw new Error(`${refused.length} of the arguments could not be ingested (named above)`);
  });
}
