// S3 adapter of the document store: reads dropped documents, writes rendered briefings.
import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentStore, StoredObject } from '../../ports/document-store.js';

export class S3DocumentStore implements DocumentStore {
  constructor(private readonly client: S3Client) {}

  async get(bucket: string, key: string): Promise<StoredObject | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return {
        bytes,
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

  async put(bucket: string, key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }
}
