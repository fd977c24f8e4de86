// Object storage as the core sees it: documents staff dropped, and the briefings written beside them.
export interface StoredObject {
  bytes: Uint8Array;
  etag: string | null;
  versionId: string | null;
  contentType: string | null;
  /** user metadata of the object (x-amz-meta-*), lower-case keys */
  metadata: Record<string, string>;
}

export interface DocumentStore {
  /** undefined when the object no longer exists */
  get(bucket: string, key: string): Promise<StoredObject | undefined>;
  put(bucket: string, key: string, body: Uint8Array, contentType: string): Promise<void>;
}
