// The S3 notifications that arrive in an SQS message body: object events (Powertools' zod schema) or the
// s3:TestEvent S3 sends when notifications are configured. Keys arrive URL-encoded, '+' for a space.
import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { z } from 'zod';

const TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') }).passthrough();

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
