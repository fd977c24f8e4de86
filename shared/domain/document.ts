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
  /** the country pairs the document is about (its figures', or its two most named countries') */
  pairs: z.array(z.string()).default([]),
  /** the S3 event sequencer of the latest event applied: older events for the key are stale */
  sequencer: z.string().nullable().default(null),
  ingested_at: z.string(),
  // --- what a citation names (records written before these were kept have none)
  /** the document's title: a page's title, an email's subject, a PDF's Title, a text's first line */
  title: z.string().nullish(),
  /** who published it: a site name or host, an email's sender, a PDF's Author */
  publisher: z.string().nullish(),
  /** its address, when it has one (a page's canonical link) */
  url: z.string().nullish(),
  /** the statistics source the text names for its figures ("selon l'International Trade Center") */
  statistics_source: z.string().nullish(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** A stable id for a document location: the same bucket and key is always the same document. */
export function documentIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex').slice(0, 32);
}

/**
 * Orders two S3 event sequencers of one key: negative when `a` happened before `b`. Sequencers are hex
 * strings of varying length, compared after left-padding the shorter with zeros (as S3 documents).
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const [x, y] = [a.toUpperCase().padStart(width, '0'), b.toUpperCase().padStart(width, '0')];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * An event's place in the order of its key's events, as a fixed-width string that DynamoDB compares as S3
 * orders sequencers (left-padded hex); the stamp of the figures that event's reading stores. No sequencer
 * (a reprocess) sorts first.
 */
export function versionOf(sequencer: string | null | undefined): string {
  return (sequencer ?? '').toUpperCase().padStart(VERSION_WIDTH, '0');
}
const VERSION_WIDTH = 40;

/** True when an event with `sequencer` happened before the one already applied to the document. */
export function isStaleEvent(
  sequencer: string | null | undefined,
  applied: string | null | undefined,
): boolean {
  return Boolean(sequencer && applied && compareSequencers(sequencer, applied) < 0);
}

/** Documents larger than this are refused unread: no article, answer or release is 50 MB of text. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function tooLargeReason(size: number, max = MAX_DOCUMENT_BYTES): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return `the file is ${mb(size)}; files over ${mb(max)} are not read (split it, or drop only the pages that matter)`;
}
