// The S3 notifications that arrive in an SQS message body: object events (Powertools' zod schema), the
// s3:TestEvent S3 sends when notifications are configured, or our own reprocess request. S3 keys arrive
// URL-encoded, '+' for a space; a reprocess request carries the key as stored.
import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { z } from 'zod';

const TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') }).passthrough();
/** Our own message: read a stored document again (`trade-briefings reprocess`), even if nothing changed. */
const ReprocessSchema = z.object({
  reprocess: z.object({ bucket: z.string().min(1), key: z.string().min(1) }),
});

export const REPROCESS_EVENT = 'Reprocess';

/** The message body that asks the ingest function to read `key` again. */
export function reprocessMessage(bucket: string, key: string): string {
  return JSON.stringify({ reprocess: { bucket, key } });
}

export interface ObjectEvent {
  eventName: string;
  bucket: string;
  key: string;
  sequencer: string | null;
}

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

export function parseS3Notification(body: string): ObjectEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedMessageError('message body is not JSON');
  }
  if (TestEventSchema.safeParse(json).success) return [];
  const reprocess = ReprocessSchema.safeParse(json);
  if (reprocess.success) {
    const { bucket, key } = reprocess.data.reprocess;
    return [{ eventName: REPROCESS_EVENT, bucket, key, sequencer: null }];
  }
  const parsed = S3Schema.safeParse(json);
  if (!parsed.success)
    throw new MalformedMessageError(
      `not an S3 notification: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  return parsed.data.Records.map((r) => ({
    eventName: r.eventName,
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
    sequencer: r.s3.object.sequencer ?? null,
  }));
}

export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
