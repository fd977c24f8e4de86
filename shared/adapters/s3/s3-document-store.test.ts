// Download links: signed locally (no network), never promised beyond the life of the signing credentials.
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3DocumentStore } from './s3-document-store.js';

const client = (expiration?: Date) =>
  new S3Client({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      ...(expiration ? { sessionToken: 'token', expiration } : {}),
    },
  });

describe('presigned download links', () => {
  it('live as long as asked with long-term credentials', async () => {
    const { url, expiresAt } = await new S3DocumentStore(client()).presignGet(
      'b',
      'reports/x.pdf',
      7 * 24 * 3600,
    );
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe(String(7 * 24 * 3600));
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
  });

  it('die with temporary credentials (a Lambda role), and say so', async () => {
    const inAnHour = new Date(Date.now() + 3600 * 1000);
    const { url, expiresAt } = await new S3DocumentStore(client(inAnHour)).presignGet(
      'b',
      'reports/x.pdf',
      7 * 24 * 3600,
    );
    expect(Number(new URL(url).searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(3600);
    expect(expiresAt.getTime()).toBe(inAnHour.getTime());
  });
});
