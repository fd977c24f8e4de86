// Uploads files to the embedded bucket's incoming/ prefix and lets the S3 notifications run through the
// ingest handler, exactly as the bucket → queue → Lambda path does in AWS.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '../shared/domain/locations.js';
import type { LocalRuntime } from './local-runtime.js';
import { progressBar } from './progress.js';

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface IngestFilesResult {
  keys: string[];
  deadLettered: number;
}

export async function ingestFiles(runtime: LocalRuntime, files: string[]): Promise<IngestFilesResult> {
  const keys: string[] = [];
  const upload = progressBar('upload', files.length);
  for (const [i, file] of files.entries()) {
    const key = `${INCOMING_PREFIX}${basename(file)}`;
    const extension = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    await runtime.s3.send(
      new PutObjectCommand({
        Bucket: runtime.engines.bucket,
        Key: key,
        Body: await readFile(file),
        ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      }),
    );
    keys.push(key);
    upload.update(i + 1);
  }
  upload.stop();
  const handler = await runtime.ingestHandler();
  const ingest = progressBar('ingest', runtime.engines.queue.size);
  const { deadLettered } = await runtime.engines.queue.drain(handler, {
    onBatch: (done) => ingest.update(done),
  });
  ingest.stop();
  return { keys, deadLettered: deadLettered.length };
}
