// Persistence of documents, figures, subscriptions and the delivery ledger (one DynamoDB table in AWS).
import type { DocumentRecord } from '../domain/document.js';
import type { Language } from '../domain/extraction/language.js';
import type { TradeFigure } from '../domain/figure.js';

export interface DocumentRepository {
  getDocument(documentId: string): Promise<DocumentRecord | undefined>;
  findDocumentsByContentHash(sha256: string): Promise<DocumentRecord[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  putDocument(document: DocumentRecord): Promise<void>;
  deleteDocument(documentId: string): Promise<void>;
  /**
   * Claims a content (by hash) for a document, atomically: the first claimant owns it, and every later one
   * learns the owner and is its duplicate. Returns the owner (the claimant itself when it won).
   */
  claimContent(sha256: string, owner: ContentOwner): Promise<ContentOwner>;
  /** Gives up the claim, if `documentId` holds it (the document was removed or its content replaced). */
  releaseContent(sha256: string, documentId: string): Promise<void>;
}

export interface ContentOwner {
  document_id: string;
  key: string;
}

export interface FigureRepository {
  listDocumentFigures(documentId: string): Promise<TradeFigure[]>;
  /** Makes the document's stored figures exactly `figures`: new ones written, the rest removed. */
  replaceDocumentFigures(documentId: string, figures: TradeFigure[]): Promise<void>;
  listPairs(): Promise<string[]>;
  /** Makes pairs known (listed by listPairs) before any figure of theirs is stored. */
  notePairs(pairs: string[]): Promise<void>;
  /** The pair's figures, in period order (unknown periods last). */
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
  unsubscribe(pair: string, email: string): Promise<void>;
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
