// Ingests one object of the bucket: read it, extract and normalise its figures, and store the document
// record and its figures. Idempotent: the same key with the same content changes nothing, the same content
// under another key is a duplicate, new content under the same key replaces that document's figures.
import { analyseDocument, EXTRACTOR_VERSION } from '../domain/analyse-document.js';
import { contentHash, type DocumentRecord, documentIdFor } from '../domain/document.js';
import { type DocumentReader, UnreadableDocumentError } from '../ports/document-reader.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { Logger } from '../ports/logger.js';
import type { DocumentRepository, FigureRepository } from '../ports/trade-repository.js';

export interface IngestDocumentDeps {
  store: DocumentStore;
  reader: DocumentReader;
  documents: DocumentRepository;
  figures: FigureRepository;
  logger: Logger;
  now?: () => Date;
}

export interface IngestDocumentInput {
  bucket: string;
  key: string;
}

export type IngestOutcome =
  | { outcome: 'stored'; document: DocumentRecord }
  | { outcome: 'unchanged'; document: DocumentRecord }
  | { outcome: 'missing'; key: string };

export const ingestDocument =
  (deps: IngestDocumentDeps) =>
  async (input: IngestDocumentInput): Promise<IngestOutcome> => {
    const { bucket, key } = input;
    const object = await deps.store.get(bucket, key);
    if (!object) {
      deps.logger.warn('object no longer in the bucket; nothing to ingest', { bucket, key });
      return { outcome: 'missing', key };
    }
    const documentId = documentIdFor(bucket, key);
    const sha256 = contentHash(object.bytes);
    const existing = await deps.documents.getDocument(documentId);
    if (existing && existing.sha256 === sha256 && existing.extractor_version === EXTRACTOR_VERSION) {
      return { outcome: 'unchanged', document: existing };
    }

    const base = {
      document_id: documentId,
      bucket,
      key,
      sha256,
      etag: object.etag,
      version_id: object.versionId,
      size: object.bytes.byteLength,
      extractor_version: EXTRACTOR_VERSION,
      ingested_at: (deps.now?.() ?? new Date()).toISOString(),
    };
    const finish = async (
      record: DocumentRecord,
      figures: Parameters<FigureRepository['replaceDocumentFigures']>[1],
    ) => {
      await deps.figures.replaceDocumentFigures(documentId, figures);
      await deps.documents.putDocument(record);
      deps.logger.info('document ingested', { key, status: record.status, figures: record.figure_count });
      return { outcome: 'stored' as const, document: record };
    };

    const twin = (await deps.documents.findDocumentsByContentHash(sha256)).find(
      (d) => d.document_id !== documentId && d.status !== 'duplicate',
    );
    if (twin) {
      return finish(
        {
          ...base,
          status: 'duplicate',
          reason: `same content as ${twin.key}`,
          reader: null,
          encoding: null,
          language: twin.language,
          published: twin.published,
          figure_count: 0,
          duplicate_of: twin.key,
        },
        [],
      );
    }

    let read: Awaited<ReturnType<DocumentReader['read']>>;
    try {
      read = await deps.reader.read(object.bytes, { key, contentType: object.contentType });
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      return finish(
        {
          ...base,
          status: 'rejected',
          reason: error.reason,
          reader: null,
          encoding: null,
          language: null,
          published: null,
          figure_count: 0,
          duplicate_of: null,
        },
        [],
      );
    }

    const hint = publishedHint(object.metadata) ?? read.published;
    const analysis = analyseDocument(read.text, { documentId, ...(hint ? { publishedHint: hint } : {}) });
    const empty = read.text.trim().length === 0;
    // a processed document's reason holds what a person should know about how it was read (a page cap, a
    // name that promised another format); an empty one says why it needs a person
    const notes = read.notes?.join('; ') || null;
    return finish(
      {
        ...base,
        status: empty ? 'needs_review' : 'processed',
        reason: empty ? (read.emptyReason ?? 'the document holds no text') : notes,
        reader: read.reader,
        encoding: read.encoding,
        language: empty ? null : analysis.language,
        published: analysis.published,
        figure_count: analysis.figures.length,
        duplicate_of: null,
      },
      analysis.figures,
    );
  };

/** A publication month given as object metadata (x-amz-meta-published: 2025-10 or 2025-10-23). */
function publishedHint(metadata: Record<string, string>): string | undefined {
  const value = metadata.published ?? metadata['publication-date'];
  return value && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : undefined;
}
