// Uploads files to the embedded bucket's incoming/ prefix and lets the S3 notifications run through the
// ingest handler, exactly as the bucket → queue → Lambda path does in AWS.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
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

/** Uploads files to incoming/ of `bucket`; returns their keys. */
export async function uploadFiles(s3: S3Client, bucket: string, files: string[]): Promise<string[]> {
  const keys: string[] = [];
  const upload = progressBar('upload', files.length);
  for (const [i, file] of files.entries()) {
    const key = `${INCOMING_PREFIX}${basename(file)}`;
    const extension = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await readFile(file),
        ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      }),
    );
    keys.push(key);
    upload.update(i + 1);
  }
  upload.stop();
  return keys;
}

export async function ingestFiles(runtime: LocalRuntime, files: string[]): Promise<IngestFilesResult> {
  const keys = await uploadFiles(runtime.s3, runtime.engines.bucket, files);
  const handler = await runtime.ingestHandler();
  const ingest = progressBar('ingest', runtime.engines.queue.size);
  const { deadLettered } = await runtime.engines.queue.drain(handler, {
    onBatch: (done) => ingest.update(done),
  });
  ingest.stop();
  return { keys, deadLettered: deadLettered.length };
}
