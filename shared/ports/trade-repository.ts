// Persistence of documents, figures, subscriptions and the delivery ledger (one DynamoDB table in AWS).
import type { DocumentRecord } from '../domain/document.js';
import type { TradeFigure } from '../domain/figure.js';

export interface DocumentRepository {
  getDocument(documentId: string): Promise<DocumentRecord | undefined>;
  findDocumentsByContentHash(sha256: string): Promise<DocumentRecord[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  putDocument(document: DocumentRecord): Promise<void>;
}

export interface FigureRepository {
  listDocumentFigures(documentId: string): Promise<TradeFigure[]>;
  /** Makes the document's stored figures exactly `figures`: new ones written, the rest removed. */
  replaceDocumentFigures(documentId: string, figures: TradeFigure[]): Promise<void>;
  listPairs(): Promise<string[]>;
  /** The pair's figures, in period order (unknown periods last). */
  listPairFigures(pair: string): Promise<TradeFigure[]>;
}

export type Language = 'fr' | 'nl' | 'en';

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
}

export interface DeliveryLedger {
  /** Claims the delivery; false when it was claimed before (sent, being sent, or failed). */
  claim(pair: string, month: string, email: string): Promise<boolean>;
  markSent(pair: string, month: string, email: string, messageId: string): Promise<void>;
  markFailed(pair: string, month: string, email: string, reason: string): Promise<void>;
  list(pair: string, month: string): Promise<DeliveryEntry[]>;
}
