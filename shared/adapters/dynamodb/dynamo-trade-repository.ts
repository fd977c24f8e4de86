// DynamoDB adapters of the repository ports, all on the one table of table-definition.ts. dynalite has
// no transactions, so writes are ordered to need none. Each reading of a document stores its figures under
// its own version (the order of the S3 event that caused it), then writes the document record on condition
// that no later event of the key was applied; the record names the version of its figures, and readers see
// those only. A reading that lost drops its figures; one that won drops the older versions'. Whatever the
// interleaving of two readings and a removal, the record and its visible figures come from the same one.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type DocumentRecord, DocumentRecordSchema, versionOf } from '../../domain/document.js';
import { pairOf, type TradeFigure, TradeFigureSchema } from '../../domain/figure.js';
import type {
  ContentOwner,
  DeliveryEntry,
  DeliveryLedger,
  DocumentRepository,
  DocumentState,
  FigureRepository,
  Language,
  RemovedDocument,
  Subscription,
  SubscriptionRepository,
} from '../../ports/trade-repository.js';
import { batchGet, batchWrite, queryAll, stripKeys } from './dynamo-helpers.js';
import { keys } from './table-definition.js';

export class DynamoDocumentRepository implements DocumentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getDocument(documentId: string): Promise<DocumentRecord | undefined> {
    return (await this.getState(documentId)).current;
  }

  async getState(documentId: string): Promise<DocumentState> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.document(documentId), ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item) return {};
    if (item.removed === true)
      return {
        removed: {
          document_id: String(item.document_id),
          bucket: String(item.bucket),
          key: String(item.key),
          sha256: (item.sha256 as string | null) ?? null,
          sequencer: (item.sequencer as string | null) ?? null,
        },
      };
    return { current: DocumentRecordSchema.parse(stripKeys(item)) };
  }

  async findDocumentsByContentHash(sha256: string): Promise<DocumentRecord[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.documentByHash(sha256) },
    });
    return items
      .map((i) => DocumentRecordSchema.parse(stripKeys(i)))
      .sort((a, b) => a.ingested_at.localeCompare(b.ingested_at));
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.documentsIndex },
    });
    return items.map((i) => DocumentRecordSchema.parse(stripKeys(i)));
  }

  async putDocument(document: DocumentRecord, figuresVersion?: string): Promise<boolean> {
    const record = DocumentRecordSchema.parse(document);
    return this.unlessLater(record.sequencer, {
      ...keys.document(record.document_id),
      GSI1PK: keys.documentByHash(record.sha256),
      GSI1SK: record.document_id,
      GSI2PK: keys.documentsIndex,
      // a sort key holds 1,024 bytes at most, an S3 key as many: the listing's order needs only its start
      GSI2SK: `${leadingBytes(record.key, 960)}#${record.document_id}`,
      ...record,
      figures_version: figuresVersion ?? versionOf(record.sequencer),
    });
  }

  async markRemoved(document: RemovedDocument): Promise<boolean> {
    // a tombstone: no index attribute, so no listing, duplicate search or pair sees it
    return this.unlessLater(document.sequencer, {
      ...keys.document(document.document_id),
      ...document,
      removed: true,
    });
  }

  async advanceSequencer(documentId: string, sequencer: string): Promise<boolean> {
    return conditionally(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.document(documentId),
          UpdateExpression: 'SET sequencer = :sequencer, event_order = :order',
          ConditionExpression:
            'attribute_exists(PK) AND (attribute_not_exists(event_order) OR event_order < :order)',
          ExpressionAttributeValues: { ':sequencer': sequencer, ':order': versionOf(sequencer) },
        }),
      ),
    );
  }

  /** Puts `item` with its event order, unless the item stored holds a later event's. */
  private unlessLater(sequencer: string | null, item: Record<string, unknown>): Promise<boolean> {
    const order = versionOf(sequencer);
    return conditionally(() =>
      this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...item, event_order: order },
          ConditionExpression: 'attribute_not_exists(event_order) OR event_order <= :order',
          ExpressionAttributeValues: { ':order': order },
        }),
      ),
    );
  }

  async claimContent(sha256: string, owner: ContentOwner): Promise<ContentOwner> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.contentClaim(sha256), ...owner },
          ConditionExpression: 'attribute_not_exists(PK) OR document_id = :me',
          ExpressionAttributeValues: { ':me': owner.document_id },
        }),
      );
      return owner;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const out = await this.client.send(
        new GetCommand({ TableName: this.table, Key: keys.contentClaim(sha256), ConsistentRead: true }),
      );
      // released between the two calls: try again
      if (!out.Item) return this.claimContent(sha256, owner);
      return { document_id: String(out.Item.document_id), key: String(out.Item.key) };
    }
  }

  async releaseContent(sha256: string, documentId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: keys.contentClaim(sha256),
          ConditionExpression: 'document_id = :me',
          ExpressionAttributeValues: { ':me': documentId },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

export class DynamoFigureRepository implements FigureRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async listDocumentFigures(documentId: string): Promise<TradeFigure[]> {
    const record = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.document(documentId), ConsistentRead: true }),
    );
    if (!record.Item || record.Item.removed === true) return [];
    const version = (record.Item.figures_version as string | undefined) ?? LEGACY_VERSION;
    return (await this.figureItems(documentId))
      .filter((i) => versionOfItem(i) === version)
      .map((i) => TradeFigureSchema.parse(stripKeys(i)));
  }

  async replaceDocumentFigures(
    documentId: string,
    figures: TradeFigure[],
    version = versionOf(null),
  ): Promise<void> {
    const fresh = figures.map((f) => TradeFigureSchema.parse(f));
    const keep = new Set(fresh.map((f) => f.id));
    const stale = (await this.figureItems(documentId)).filter(
      (i) => versionOfItem(i) === version && !keep.has(String(i.id)),
    );
    await batchWrite(
      this.client,
      this.table,
      fresh.map((f) => ({
        PutRequest: {
          Item: {
            ...keys.figure(documentId, version, f.id),
            GSI1PK: keys.pairFigures(pairOf(f)),
            GSI1SK: keys.figurePeriodOrder(f.period, f.id),
            ...f,
            version,
          },
        },
      })),
    );
    await this.deleteItems(stale);
    const pairs = new Set(fresh.map(pairOf));
    await batchWrite(
      this.client,
      this.table,
      [...pairs].map((pair) => ({ PutRequest: { Item: { ...keys.pair(pair), pair } } })),
    );
  }

  async dropFiguresBelow(documentId: string, version: string, inclusive = false): Promise<void> {
    await this.deleteItems(
      (await this.figureItems(documentId)).filter((i) =>
        inclusive ? versionOfItem(i) <= version : versionOfItem(i) < version,
      ),
    );
  }

  async dropFigureVersion(documentId: string, version: string): Promise<void> {
    await this.deleteItems((await this.figureItems(documentId)).filter((i) => versionOfItem(i) === version));
  }

  /** Every figure item of the document, whatever its version. */
  private figureItems(documentId: string) {
    return queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :fig)',
      ExpressionAttributeValues: { ':pk': keys.document(documentId).PK, ':fig': keys.figurePrefix },
      ConsistentRead: true,
    });
  }

  private deleteItems(items: Array<Record<string, unknown>>) {
    return batchWrite(
      this.client,
      this.table,
      items.map((i) => ({ DeleteRequest: { Key: { PK: i.PK, SK: i.SK } } })),
    );
  }

  async notePairs(pairs: string[]): Promise<void> {
    await batchWrite(
      this.client,
      this.table,
      pairs.map((pair) => ({ PutRequest: { Item: { ...keys.pair(pair), pair } } })),
    );
  }

  async listPairs(): Promise<string[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.pairs },
    });
    return items.map((i) => String(i.pair)).sort();
  }

  async listPairFigures(pair: string): Promise<TradeFigure[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :p)',
      ExpressionAttributeValues: { ':pk': keys.pairFigures(pair), ':p': 'P#' },
    });
    // only the figures of the version each document's record names: not those of a reading that lost to a
    // later event, nor of a removed document, nor of one whose record was never written
    const records = await batchGet(
      this.client,
      this.table,
      [...new Set(items.map((i) => String(i.document_id)))].map((id) => keys.document(id)),
      'document_id, figures_version, removed',
    );
    const current = new Map(
      records
        .filter((r) => r.removed !== true)
        .map((r) => [String(r.document_id), (r.figures_version as string | undefined) ?? LEGACY_VERSION]),
    );
    return items
      .filter((i) => current.get(String(i.document_id)) === versionOfItem(i))
      .map((i) => TradeFigureSchema.parse(stripKeys(i)));
  }
}

/** Figures and records written before versions were kept: they belong together. */
const LEGACY_VERSION = '';
const versionOfItem = (item: Record<string, unknown>) =>
  (item.version as string | undefined) ?? LEGACY_VERSION;

/** The longest start of `text` that is at most `bytes` long in UTF-8, cut between characters. */
function leadingBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let end = Math.min(text.length, bytes);
  while (Buffer.byteLength(text.slice(0, end)) > bytes) end--;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Runs a conditional write: false when its condition does not hold. */
async function conditionally(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export class DynamoSubscriptionRepository implements SubscriptionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async subscribe(s: Subscription): Promise<void> {
    const email = s.email.toLowerCase();
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.subscription(s.pair, email), pair: s.pair, email, language: s.language },
      }),
    );
  }

  async unsubscribe(pair: string, email: string): Promise<boolean> {
    const out = await this.client.send(
      new DeleteCommand({
        TableName: this.table,
        Key: keys.subscription(pair, email.toLowerCase()),
        ReturnValues: 'ALL_OLD',
      }),
    );
    return out.Attributes !== undefined;
  }

  async listSubscribers(pair: string): Promise<Subscription[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sub)',
      ExpressionAttributeValues: { ':pk': keys.subscription(pair, '').PK, ':sub': keys.subscriptionPrefix },
    });
    return items.map((i) => ({
      pair: String(i.pair),
      email: String(i.email),
      language: String(i.language) as Language,
    }));
  }
}

export class DynamoDeliveryLedger implements DeliveryLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(pair: string, month: string, email: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...keys.delivery(pair, month, email),
            pair,
            month,
            email: email.toLowerCase(),
            status: 'sending',
            message_id: null,
            reason: null,
            claimed_at: this.now().toISOString(),
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(pair: string, month: string, email: string): Promise<DeliveryEntry | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.delivery(pair, month, email), ConsistentRead: true }),
    );
    return out.Item ? deliveryEntry(out.Item) : undefined;
  }

  async takeOver(pair: string, month: string, email: string, claimedAt: string): Promise<boolean> {
    return conditionally(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.delivery(pair, month, email),
          UpdateExpression: 'SET claimed_at = :now',
          ConditionExpression: '#status = :sending AND claimed_at = :then',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':sending': 'sending',
            ':then': claimedAt,
            ':now': this.now().toISOString(),
          },
        }),
      ),
    );
  }

  async markSent(pair: string, month: string, email: string, messageId: string): Promise<void> {
    await this.update(pair, month, email, 'sent', { message_id: messageId, reason: null });
  }

  async markFailed(pair: string, month: string, email: string, reason: string): Promise<void> {
    // a confirmation from the mail service that came first stands
    await conditionally(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.delivery(pair, month, email),
          UpdateExpression: 'SET #status = :failed, message_id = :null, reason = :reason, updated_at = :at',
          ConditionExpression: 'attribute_exists(PK) AND #status <> :sent',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':failed': 'failed',
            ':sent': 'sent',
            ':null': null,
            ':reason': reason,
            ':at': this.now().toISOString(),
          },
        }),
      ),
    );
  }

  async confirmSent(pair: string, month: string, email: string, messageId: string): Promise<boolean> {
    return conditionally(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.delivery(pair, month, email),
          UpdateExpression: 'SET #status = :sent, message_id = :mid, reason = :null, updated_at = :at',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':sent': 'sent',
            ':mid': messageId,
            ':null': null,
            ':at': this.now().toISOString(),
          },
        }),
      ),
    );
  }

  async list(pair: string, month: string): Promise<DeliveryEntry[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sent)',
      ExpressionAttributeValues: {
        ':pk': keys.delivery(pair, month, '').PK,
        ':sent': keys.deliveryPrefix(month),
      },
      ConsistentRead: true,
    });
    return items.map(deliveryEntry);
  }

  async reopen(pair: string, month: string, email: string): Promise<boolean> {
    return conditionally(() =>
      this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: keys.delivery(pair, month, email),
          ConditionExpression: '#status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed' },
        }),
      ),
    );
  }

  private async update(
    pair: string,
    month: string,
    email: string,
    status: DeliveryEntry['status'],
    fields: { message_id: string | null; reason: string | null },
  ) {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.delivery(pair, month, email),
        UpdateExpression: 'SET #status = :status, message_id = :mid, reason = :reason, updated_at = :at',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': status,
          ':mid': fields.message_id,
          ':reason': fields.reason,
          ':at': this.now().toISOString(),
        },
      }),
    );
  }
}

function deliveryEntry(i: Record<string, unknown>): DeliveryEntry {
  return {
    pair: String(i.pair),
    month: String(i.month),
    email: String(i.email),
    status: i.status as DeliveryEntry['status'],
    message_id: (i.message_id as string | null) ?? null,
    reason: (i.reason as string | null) ?? null,
    claimed_at: (i.claimed_at as string | null) ?? null,
  };
}
