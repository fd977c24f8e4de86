// The record kept for every document dropped in the bucket: where it is, what it holds, and what became of it.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const DOCUMENT_STATUSES = ['processed', 'duplicate', 'rejected', 'needs_review'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DocumentRecordSchema = z.object({
  document_id: z.string().min(1),
  bucket: z.string().min(1),
  key: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  etag: z.string().nullable(),
  version_id: z.string().nullable(),
  size: z.number().int().nonnegative(),
  status: z.enum(DOCUMENT_STATUSES),
  /** why the status is what it is, in words a person understands; null when processed normally */
  reason: z.string().nullable(),
  reader: z.string().nullable(),
  encoding: z.string().nullable(),
  language: z.string().nullable(),
  published: z.string().nullable(),
  figure_count: z.number().int().nonnegative(),
  extractor_version: z.string(),
  /** the key of the first document with the same content, for duplicates */
  duplicate_of: z.string().nullable(),
  ingested_at: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** A stable id for a document location: the same bucket and key is always the same document. */
export function documentIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex').slice(0, 32);
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
