// Ingests one object of the bucket: read it, extract and normalise its figures, and store the document
// record and its figures. Idempotent: the same key with the same content changes nothing, the same content
// under another key is a duplicate, new content under the same key replaces that document's figures, an
// event older than the one last applied to the key (its S3 sequencer) is ignored. Removing an object
// removes its figures; a duplicate of it, if any, is read in its place so that no figure is lost.
//
// Events of one key run concurrently and out of order. Each reading stores its figures under its event's
// version, and its record only if no later event was applied meanwhile (the repository's condition): a
// reading that lost drops its figures, one that won drops the older versions'. A removal leaves a tombstone
// that an older write delivered afterwards cannot pass, and keeps the content's hash so that a retry can
// still hand the figures to a duplicate.

import { createHash } from 'node:crypto';
import { analyseDocument, EXTRACTOR_VERSION } from '../domain/analyse-document.js';
import {
  compareSequencers,
  type DocumentRecord,
  documentIdFor,
  isStaleEvent,
  MAX_DOCUMENT_BYTES,
  tooLargeReason,
  versionOf,
} from '../domain/document.js';
import type { TradeFigure } from '../domain/figure.js';
import { ATTACHMENTS_SUFFIX } from '../domain/locations.js';
import { findStatisticsSource } from '../domain/statistics-source.js';
import { type DocumentReader, UnreadableDocumentError } from '../ports/document-reader.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { Logger } from '../ports/logger.js';
import type { DocumentRepository, FigureRepository } from '../ports/trade-repository.js';

/** an email attached to an email attached to an email: deeper than this, attachments are noted, not stored */
const MAX_ATTACHMENT_NESTING = 3;
/**
 * The documents one email brings in all, its attachments' attachments included: 20 attachments of 20
 * attachments each would otherwise make 420 documents (and invocations) of one message, three levels 8,420.
 * An email stores what its share allows and hands what is left to the emails it holds (object metadata).
 */
export const MAX_DOCUMENTS_PER_EMAIL = 20;
const BUDGET_METADATA = 'attachment-budget';
/** S3's longest key, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;

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
  /** the S3 event's sequencer, to tell a stale event from a new one */
  sequencer?: string | null;
  /** read again even when content and extractor are unchanged (reprocess) */
  force?: boolean;
}

export type IngestOutcome =
  | { outcome: 'stored'; document: DocumentRecord }
  | { outcome: 'unchanged'; document: DocumentRecord }
  | { outcome: 'stale'; key: string }
  | { outcome: 'missing'; key: string };

export const ingestDocument =
  (deps: IngestDocumentDeps) =>
  async (input: IngestDocumentInput): Promise<IngestOutcome> => {
    const { bucket, key } = input;
    const documentId = documentIdFor(bucket, key);
    const state = await deps.documents.getState(documentId);
    const existing = state.current;
    const applied = existing?.sequencer ?? state.removed?.sequencer;
    if (isStaleEvent(input.sequencer, applied)) {
      deps.logger.info('stale event ignored: a later one was applied', { key, sequencer: input.sequencer });
      return { outcome: 'stale', key };
    }
    const object = await deps.store.get(bucket, key, { maxBytes: MAX_DOCUMENT_BYTES });
    if (!object) {
      deps.logger.warn('object no longer in the bucket; nothing to ingest', { bucket, key });
      return { outcome: 'missing', key };
    }
    const { sha256 } = object;
    if (
      !input.force &&
      existing &&
      existing.sha256 === sha256 &&
      existing.extractor_version === EXTRACTOR_VERSION
    ) {
      // the same bytes under a later event (removed, then uploaded again): that event is now the last applied,
      // so the removal's delivered late cannot take the figures away
      if (
        input.sequencer &&
        (!existing.sequencer || compareSequencers(input.sequencer, existing.sequencer) > 0)
      )
        await deps.documents.advanceSequencer(documentId, input.sequencer);
      return { outcome: 'unchanged', document: existing };
    }

    // the figures of this reading are stored under its event's version; a reprocess keeps the version
    const sequencer = input.sequencer ?? applied ?? null;
    const version = versionOf(sequencer);
    const base = {
      document_id: documentId,
      bucket,
      key,
      sha256,
      etag: object.etag,
      version_id: object.versionId,
      size: object.size,
      extractor_version: EXTRACTOR_VERSION,
      ingested_at: (deps.now?.() ?? new Date()).toISOString(),
      sequencer,
      duplicate_of: null,
    };
    const unread = {
      reader: null,
      encoding: null,
      language: null,
      published: null,
      figure_count: 0,
      pairs: [] as string[],
    };
    // two uploads to one key are two versions of one file: the later replaces the earlier, and says so
    const replaced =
      existing && existing.sha256 !== sha256
        ? `replaces an earlier version of this file (ingested ${existing.ingested_at.slice(0, 10)})`
        : null;
    const finish = async (stored: DocumentRecord, figures: TradeFigure[]): Promise<IngestOutcome> => {
      const record = { ...stored, reason: [stored.reason, replaced].filter(Boolean).join('; ') || null };
      await deps.figures.replaceDocumentFigures(documentId, figures, version);
      let written: boolean;
      try {
        written = await deps.documents.putDocument(record, version);
      } catch (error) {
        // the record could not be written: its figures, unseen without it, are not left behind (unless they
        // are the current record's own, read again)
        if (existing === undefined || existing.sequencer !== sequencer)
          await deps.figures.dropFigureVersion(documentId, version).catch(() => {});
        throw error;
      }
      if (!written) {
        // a later event was applied while this one was read: its figures are the document's, these go
        await deps.figures.dropFigureVersion(documentId, version);
        deps.logger.info('a later event was applied while this one was read; its result is dropped', { key });
        return { outcome: 'stale', key };
      }
      await deps.figures.dropFiguresBelow(documentId, version);
      // a pair read about with no figure yet still gets its (short) briefing
      if (figures.length === 0 && record.status !== 'duplicate') await deps.figures.notePairs(record.pairs);
      deps.logger.info('document ingested', { key, status: record.status, figures: record.figure_count });
      return { outcome: 'stored', document: record };
    };

    // new content under this key hands the content it held before over to a duplicate of it, if any
    if (existing && existing.sha256 !== sha256) {
      await deps.documents.releaseContent(existing.sha256, existing.document_id);
      await promoteDuplicate(deps, existing);
    }
    // every empty file has the same content: each is refused for being empty, none is another's duplicate
    if (object.size === 0) {
      return finish({ ...base, ...unread, status: 'rejected', reason: 'the file is empty' }, []);
    }
    // Refusal by content comes first: a file that cannot be read is refused for what it is, whether or not
    // the same bytes came before, and claims no content
    let read: Awaited<ReturnType<DocumentReader['read']>>;
    try {
      if (!object.bytes) throw new UnreadableDocumentError(tooLargeReason(object.size));
      read = await deps.reader.read(object.bytes, { key, contentType: object.contentType });
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      return finish({ ...base, ...unread, status: 'rejected', reason: error.reason }, []);
    }

    // The content is claimed atomically: of two copies delivered at once, under one key or two, one owns
    // the figures and the other is its duplicate
    const me = { document_id: documentId, key };
    const owner = await deps.documents.claimContent(sha256, me);
    if (owner.document_id !== documentId) {
      const twin = await deps.documents.getDocument(owner.document_id);
      const duplicate = await finish(
        {
          ...base,
          ...unread,
          status: 'duplicate',
          reason: `same content as ${owner.key}`,
          language: twin?.language ?? null,
          published: twin?.published ?? null,
          pairs: twin?.pairs ?? [],
          duplicate_of: owner.key,
        },
        [],
      );
      // the owner may have been removed while this copy was read, before its record said duplicate: its
      // removal then found no duplicate to hand the figures to. Claimed again, the content is this one's now.
      if (
        duplicate.outcome !== 'stored' ||
        (await deps.documents.claimContent(sha256, me)).document_id !== documentId
      )
        return duplicate;
    }

    // an email's attachments are stored beside it; their own events bring them back here, one document each
    if (read.attachments?.length)
      read.notes = [
        ...(read.notes ?? []),
        ...(await storeAttachments(deps, bucket, key, object.metadata, read.attachments)),
      ];
    const hint = publishedHint(object.metadata) ?? read.published;
    const analysis = analyseDocument(read.text, { documentId, ...(hint ? { publishedHint: hint } : {}) });
    const empty = read.text.trim().length === 0;
    const unfruitful = !empty && analysis.figures.length === 0 && analysis.talksOfTrade;
    // a processed document's reason holds what a person should know about how it was read (a page cap, a
    // name that promised another format); one that needs review says why
    const notes = read.notes?.join('; ') || null;
    return finish(
      {
        ...base,
        status: empty || unfruitful ? 'needs_review' : 'processed',
        reason: empty
          ? (read.emptyReason ?? 'the document holds no text')
          : unfruitful
            ? [
                'the text speaks of trade but no trade figure was found in it: check whether it states one',
                notes,
              ]
                .filter(Boolean)
                .join('; ')
            : notes,
        reader: read.reader,
        encoding: read.encoding,
        language: empty ? null : analysis.language,
        published: analysis.published,
        figure_count: analysis.figures.length,
        pairs: analysis.pairs,
        title: read.title ?? null,
        publisher: read.publisher ?? null,
        url: read.url ?? null,
        statistics_source: empty ? null : findStatisticsSource(read.text, { cueOnly: true }),
      },
      analysis.figures,
    );
  };

export interface RemoveDocumentInput {
  bucket: string;
  key: string;
  sequencer?: string | null;
}

export type RemoveOutcome =
  | { outcome: 'removed'; key: string; promoted: string | null }
  | { outcome: 'stale'; key: string }
  | { outcome: 'missing'; key: string };

/** An object removed from the bucket: its figures and record go; the first duplicate of it is read instead. */
export const removeDocument =
  (deps: IngestDocumentDeps) =>
  async (input: RemoveDocumentInput): Promise<RemoveOutcome> => {
    const documentId = documentIdFor(input.bucket, input.key);
    const state = await deps.documents.getState(documentId);
    const existing = state.current;
    if (isStaleEvent(input.sequencer, existing?.sequencer ?? state.removed?.sequencer)) {
      deps.logger.info('stale removal ignored: the object was written again after it', { key: input.key });
      return { outcome: 'stale', key: input.key };
    }
    // Every step can be repeated: a retry (after a crash, or a failed hand-off to a duplicate) finds the
    // tombstone of this very event, with the content's hash, and finishes the removal
    const sha256 = existing?.sha256 ?? state.removed?.sha256 ?? null;
    const removed = await deps.documents.markRemoved({
      document_id: documentId,
      bucket: input.bucket,
      key: input.key,
      sha256,
      sequencer: input.sequencer ?? existing?.sequencer ?? state.removed?.sequencer ?? null,
    });
    if (!removed) return { outcome: 'stale', key: input.key };
    // the figures of every reading up to this event go; a later upload's, being written, stay
    await deps.figures.dropFiguresBelow(documentId, versionOf(input.sequencer ?? existing?.sequencer), true);
    if (!existing && !state.removed) return { outcome: 'missing', key: input.key };
    if (sha256) await deps.documents.releaseContent(sha256, documentId);
    deps.logger.info('document removed', { key: input.key, figures: existing?.figure_count ?? 0 });
    const promoted =
      sha256 && existing?.status !== 'duplicate' ? await promoteHeir(deps, sha256, documentId) : null;
    return { outcome: 'removed', key: input.key, promoted };
  };

/**
 * A document gave up its content (removed, or replaced by new content) and released its claim: the first
 * duplicate of it, if any, is read in its place, so its figures stay in the table. Returns its key.
 */
async function promoteDuplicate(deps: IngestDocumentDeps, previous: DocumentRecord): Promise<string | null> {
  if (previous.status === 'duplicate') return null;
  return promoteHeir(deps, previous.sha256, previous.document_id);
}

async function promoteHeir(
  deps: IngestDocumentDeps,
  sha256: string,
  previousId: string,
): Promise<string | null> {
  const heir = (await deps.documents.findDocumentsByContentHash(sha256)).find(
    (d) => d.status === 'duplicate' && d.document_id !== previousId,
  );
  if (!heir) return null;
  await ingestDocument(deps)({ bucket: heir.bucket, key: heir.key, force: true });
  return heir.key;
}

/**
 * Stores an email's attachments beside it, within its share of documents: the first email of a chain may
 * bring MAX_DOCUMENTS_PER_EMAIL in all; what it does not use goes, in equal shares, to the emails it holds.
 * Returns what a person should know of each attachment.
 */
async function storeAttachments(
  deps: IngestDocumentDeps,
  bucket: string,
  key: string,
  metadata: Record<string, string>,
  attachments: NonNullable<Awaited<ReturnType<DocumentReader['read']>>['attachments']>,
): Promise<string[]> {
  const nested = key.split(ATTACHMENTS_SUFFIX).length - 1;
  if (nested >= MAX_ATTACHMENT_NESTING)
    return attachments.map((a) => `attachment ${a.name} not read: emails nested too deep`);
  const share =
    nested === 0 ? MAX_DOCUMENTS_PER_EMAIL : Number.parseInt(metadata[BUDGET_METADATA] ?? '0', 10) || 0;
  const notes: string[] = [];
  const stored = attachments.slice(0, share);
  for (const a of attachments.slice(share))
    notes.push(
      `attachment ${a.name} not read: one email brings at most ${MAX_DOCUMENTS_PER_EMAIL} documents, its attachments' included`,
    );
  const emails = stored.filter((a) => a.contentType === 'message/rfc822').length;
  const handedOn = emails > 0 ? Math.floor((share - stored.length) / emails) : 0;
  for (const a of stored) {
    const target = attachmentKey(key, a.name);
    if (!target) {
      notes.push(
        `attachment ${a.name} not read: the email's own name is too long to store it beside (rename the email)`,
      );
      continue;
    }
    const budget = a.contentType === 'message/rfc822' ? handedOn : 0;
    await deps.store.put(bucket, target, a.bytes, a.contentType, { [BUDGET_METADATA]: String(budget) });
    notes.push(`attachment ${a.name} (${a.label}) read as a document of its own`);
  }
  return notes;
}

/** Where an attachment goes: beside its email, under a shortened name when the full key is too long. */
function attachmentKey(key: string, name: string): string | undefined {
  const full = `${key}${ATTACHMENTS_SUFFIX}${name}`;
  if (Buffer.byteLength(full) <= MAX_KEY_BYTES) return full;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  const short = `${key}${ATTACHMENTS_SUFFIX}${createHash('sha256').update(name).digest('hex').slice(0, 16)}${extension}`;
  return Buffer.byteLength(short) <= MAX_KEY_BYTES ? short : undefined;
}

/** A publication month given as object metadata (x-amz-meta-published: 2025-10 or 2025-10-23). */
function publishedHint(metadata: Record<string, string>): string | undefined {
  const value = metadata.published ?? metadata['publication-date'];
  return value && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : undefined;
}
