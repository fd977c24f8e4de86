// Object storage as the core sees it: documents staff dropped, and the briefings written beside them.
export interface StoredObject {
  /** the object's bytes; absent when it is larger than the `maxBytes` asked for (it was hashed, not kept) */
  bytes?: Uint8Array;
  /** size in bytes */
  size: number;
  /** SHA-256 of the content, hex */
  sha256: string;
  etag: string | null;
  versionId: string | null;
  contentType: string | null;
  /** user metadata of the object (x-amz-meta-*), lower-case keys */
  metadata: Record<string, string>;
}

export interface DocumentStore {
  /** undefined when the object no longer exists; over `maxBytes`, the content is hashed as it streams by */
  get(bucket: string, key: string, options?: { maxBytes?: number }): Promise<StoredObject | undefined>;
  /** Writes an object, with user metadata (x-amz-meta-*) when given. */
  put(
    bucket: string,
    key: string,
    body: Uint8Array,
    contentType: string,
    metadata?: Record<string, string>,
  ): Promise<void>;
  /**
   * A link that downloads the object without credentials, for `expiresInSeconds` at most: a link signed with
   * temporary credentials dies with them, so `expiresAt` says when it really stops working.
   */
  presignGet(
    bucket: string,
    key: string,
    expiresInSeconds: number,
  ): Promise<{ url: string; expiresAt: Date }>;
}
