// Persistence of documents, figures, subscriptions and the delivery ledger (one DynamoDB table in AWS).
import type { DocumentRecord } from '../domain/document.js';
import type { Language } from '../domain/extraction/language.js';
import type { TradeFigure } from '../domain/figure.js';

export interface DocumentRepository {
  /** The document's current record; undefined when there is none or the object was removed. */
  getDocument(documentId: string): Promise<DocumentRecord | undefined>;
  /** The current record, or what is left of a removed one (its last event and content), to order events. */
  getState(documentId: string): Promise<DocumentState>;
  findDocumentsByContentHash(sha256: string): Promise<DocumentRecord[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  /**
   * Writes the record, its figures being those stored under `figuresVersion` — unless a later event of the
   * key has been applied meanwhile (a newer version or a removal): then nothing is written, and false.
   */
  putDocument(document: DocumentRecord, figuresVersion?: string): Promise<boolean>;
  /**
   * Records that the object was removed by the event `sequencer` (a tombstone keeping its content hash), unless
   * a later event was applied: then false. An older write delivered afterwards can no longer revive it.
   */
  markRemoved(document: RemovedDocument): Promise<boolean>;
  /** Notes a later event that changed nothing (the same bytes uploaded again); false when a later one came. */
  advanceSequencer(documentId: string, sequencer: string): Promise<boolean>;
  /**
   * Claims a content (by hash) for a document, atomically: the first claimant owns it, and every later one
   * learns the owner and is its duplicate. Returns the owner (the claimant itself when it won).
   */
  claimContent(sha256: string, owner: ContentOwner): Promise<ContentOwner>;
  /** Gives up the claim, if `documentId` holds it (the document was removed or its content replaced). */
  releaseContent(sha256: string, documentId: string): Promise<void>;
}

export interface RemovedDocument {
  document_id: string;
  bucket: string;
  key: string;
  /** the removed content's hash, so that a retry can still hand its figures to a duplicate */
  sha256: string | null;
  sequencer: string | null;
}

export interface DocumentState {
  current?: DocumentRecord;
  removed?: RemovedDocument;
}

export interface ContentOwner {
  document_id: string;
  key: string;
}

export interface FigureRepository {
  /** The figures of the document's current version. */
  listDocumentFigures(documentId: string): Promise<TradeFigure[]>;
  /**
   * Makes the document's figures stored under `version` exactly `figures`. Other versions' figures are left:
   * they stay invisible until dropped, since readers only see the version the document's record names.
   */
  replaceDocumentFigures(documentId: string, figures: TradeFigure[], version?: string): Promise<void>;
  /** Drops the document's figures of versions below `version` (or up to it, `inclusive`). */
  dropFiguresBelow(documentId: string, version: string, inclusive?: boolean): Promise<void>;
  /** Drops the document's figures of exactly `version` (a write that lost to a later event). */
  dropFigureVersion(documentId: string, version: string): Promise<void>;
  listPairs(): Promise<string[]>;
  /** Makes pairs known (listed by listPairs) before any figure of theirs is stored. */
  notePairs(pairs: string[]): Promise<void>;
  /** The pair's figures of documents in their current version, in period order (unknown periods last). */
  listPairFigures(pair: string): Promise<TradeFigure[]>;
}

/** the languages subscribers read: those the extractor reads */
export type { Language };

export interface Subscription {
  pair: string;
  email: string;
  language: Language;
}

export interface SubscriptionRepository {
  subscribe(subscription: Subscription): Promise<void>;
  /** Removes the subscription; false when there was none. */
  unsubscribe(pair: string, email: string): Promise<boolean>;
  listSubscribers(pair: string): Promise<Subscription[]>;
}

export interface DeliveryEntry {
  pair: string;
  month: string;
  email: string;
  status: 'sending' | 'sent' | 'failed';
  message_id: string | null;
  reason: string | null;
  /** when the run that sends it claimed it (ISO time) */
  claimed_at: string | null;
}

export interface DeliveryLedger {
  /** Claims the delivery; false when it was claimed before (sent, being sent, or failed). */
  claim(pair: string, month: string, email: string): Promise<boolean>;
  get(pair: string, month: string, email: string): Promise<DeliveryEntry | undefined>;
  /**
   * Takes over a delivery left at `sending` by a run that stopped, claimed at `claimedAt`; false when
   * another run took it over first or it changed since.
   */
  takeOver(pair: string, month: string, email: string, claimedAt: string): Promise<boolean>;
  markSent(pair: string, month: string, email: string, messageId: string): Promise<void>;
  /** Failed, unless the mail service has confirmed it accepted the message meanwhile. */
  markFailed(pair: string, month: string, email: string, reason: string): Promise<void>;
  /**
   * The mail service reports it accepted the message (SES's Send event; the outbox locally): sent, whatever
   * the run recorded. False when there is no such delivery.
   */
  confirmSent(pair: string, month: string, email: string, messageId: string): Promise<boolean>;
  list(pair: string, month: string): Promise<DeliveryEntry[]>;
  /** Releases a failed delivery so that it can be claimed again; false when it was not failed. */
  reopen(pair: string, month: string, email: string): Promise<boolean>;
}
