// S3 adapter of the document store: reads dropped documents, writes rendered briefings. An object over the
// size asked for is streamed through the hash and dropped, so a 100 MB upload never sits in memory.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentStore, StoredObject } from '../../ports/document-store.js';

export class S3DocumentStore implements DocumentStore {
  constructor(private readonly client: S3Client) {}

  async get(
    bucket: string,
    key: string,
    options: { maxBytes?: number } = {},
  ): Promise<StoredObject | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const hash = createHash('sha256');
      let size = 0;
      const keep = options.maxBytes === undefined || (out.ContentLength ?? 0) <= options.maxBytes;
      const chunks: Uint8Array[] = [];
      for await (const chunk of (out.Body as Readable | undefined) ?? []) {
        const bytes = chunk as Uint8Array;
        hash.update(bytes);
        size += bytes.byteLength;
        if (keep) chunks.push(bytes);
      }
      return {
        ...(keep ? { bytes: new Uint8Array(Buffer.concat(chunks)) } : {}),
        size,
        sha256: hash.digest('hex'),
        etag: out.ETag?.replaceAll('"', '') ?? null,
        versionId: out.VersionId ?? null,
        contentType: out.ContentType ?? null,
        metadata: Object.fromEntries(
          Object.entries(out.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
        ),
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async presignGet(
    bucket: string,
    key: string,
    expiresInSeconds: number,
  ): Promise<{ url: string; expiresAt: Date }> {
    const credentials = await this.client.config.credentials();
    const now = Date.now();
    // temporary credentials (a Lambda role's) end the link's life when they expire
    const seconds = credentials.expiration
      ? Math.max(1, Math.min(expiresInSeconds, Math.floor((credentials.expiration.getTime() - now) / 1000)))
      : expiresInSeconds;
    // the link dies when asked to, or with the credentials, whichever comes first
    const wanted = now + expiresInSeconds * 1000;
    const until = credentials.expiration ? Math.min(wanted, credentials.expiration.getTime()) : wanted;
    const url = await getSignedUrl(this.client, new GetObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: seconds,
    });
    return { url, expiresAt: new Date(until) };
  }

  async put(
    bucket: string,
    key: string,
    body: Uint8Array,
    contentType: string,
    metadata?: Record<string, string>,
  ): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ...(metadata ? { Metadata: metadata } : {}),
      }),
    );
  }
}
