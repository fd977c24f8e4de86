// DynamoDB adapters of the repository ports, all on the one table of table-definition.ts. dynalite has
// no transactions, so writes are ordered to need none: figures first (deterministic ids, so retries
// converge), stale figures removed, the document record last.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type DocumentRecord, DocumentRecordSchema } from '../../domain/document.js';
import { pairOf, type TradeFigure, TradeFigureSchema } from '../../domain/figure.js';
import type {
  ContentOwner,
  DeliveryEntry,
  DeliveryLedger,
  DocumentRepository,
  FigureRepository,
  Language,
  Subscription,
  SubscriptionRepository,
} from '../../ports/trade-repository.js';
import { batchWrite, queryAll, stripKeys } from './dynamo-helpers.js';
import { keys } from './table-definition.js';

export class DynamoDocumentRepository implements DocumentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getDocument(documentId: string): Promise<DocumentRecord | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.document(documentId), ConsistentRead: true }),
    );
    return out.Item ? DocumentRecordSchema.parse(stripKeys(out.Item)) : undefined;
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

  async putDocument(document: DocumentRecord): Promise<void> {
    const record = DocumentRecordSchema.parse(document);
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...keys.document(record.document_id),
          GSI1PK: keys.documentByHash(record.sha256),
          GSI1SK: record.document_id,
          GSI2PK: keys.documentsIndex,
          GSI2SK: `${record.key}#${record.document_id}`,
          ...record,
        },
      }),
    );
  }

  async deleteDocument(documentId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: keys.document(documentId) }));
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
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :fig)',
      ExpressionAttributeValues: { ':pk': keys.document(documentId).PK, ':fig': keys.figurePrefix },
      ConsistentRead: true,
    });
    return items.map((i) => TradeFigureSchema.parse(stripKeys(i)));
  }

  async replaceDocumentFigures(documentId: string, figures: TradeFigure[]): Promise<void> {
    const fresh = figures.map((f) => TradeFigureSchema.parse(f));
    const keep = new Set(fresh.map((f) => f.id));
    const stale = (await this.listDocumentFigures(documentId)).filter((f) => !keep.has(f.id));
    await batchWrite(
      this.client,
      this.table,
      fresh.map((f) => ({
        PutRequest: {
          Item: {
            ...keys.figure(documentId, f.id),
            GSI1PK: keys.pairFigures(pairOf(f)),
            GSI1SK: keys.figurePeriodOrder(f.period, f.id),
            ...f,
          },
        },
      })),
    );
    await batchWrite(
      this.client,
      this.table,
      stale.map((f) => ({ DeleteRequest: { Key: keys.figure(documentId, f.id) } })),
    );
    const pairs = new Set(fresh.map(pairOf));
    await batchWrite(
      this.client,
      this.table,
      [...pairs].map((pair) => ({ PutRequest: { Item: { ...keys.pair(pair), pair } } })),
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
    return items.map((i) => TradeFigureSchema.parse(stripKeys(i)));
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

  async unsubscribe(pair: string, email: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: keys.subscription(pair, email) }));
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
    return this.conditionally(() =>
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
    await this.conditionally(() =>
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
    return this.conditionally(() =>
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

  /** Runs a conditional write: false when its condition does not hold. */
  private async conditionally(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
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
    return this.conditionally(() =>
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
