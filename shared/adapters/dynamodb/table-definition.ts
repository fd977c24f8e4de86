// The one table's key design, as plain data: the CDK stack and the embedded local engine both build the
// table from this, so they cannot drift apart.
//
// | access pattern                                   | key condition                                                    |
// |--------------------------------------------------|------------------------------------------------------------------|
// | a document by bucket key                         | GetItem PK = DOC#<id(bucket/key)>, SK = DOC                      |
// | documents by content hash                        | Query GSI1: GSI1PK = SHA#<sha256>                                |
// | all documents (status listing)                   | Query GSI2: GSI2PK = DOCS, GSI2SK = <key>                        |
// | a document's figures (replace on re-ingest)      | Query PK = DOC#<id>, SK begins_with FIG#[<version>#]             |
// | a pair's figures in period order                 | Query GSI1: GSI1PK = PAIR#<A/B>, GSI1SK begins_with P#           |
// | the list of pairs                                | Query PK = PAIRS                                                 |
// | subscriptions of a pair                          | Query PK = PAIR#<A/B>, SK begins_with SUB#                       |
// | delivery ledger of a pair, month, recipient      | Put/Update PK = PAIR#<A/B>, SK = SENT#<YYYY-MM>#<email> (cond.) |
export const TABLE_DEFINITION = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
} as const;

export const keys = {
  document: (documentId: string) => ({ PK: `DOC#${documentId}`, SK: 'DOC' }),
  documentByHash: (sha256: string) => `SHA#${sha256}`,
  documentsIndex: 'DOCS',
  /** which document owns a content (the first to claim it); the others with that content are duplicates */
  contentClaim: (sha256: string) => ({ PK: `SHA#${sha256}`, SK: 'OWNER' }),
  /** a figure under the version (event order) whose reading stored it: versions never overwrite each other */
  figure: (documentId: string, version: string, figureId: string) => ({
    PK: `DOC#${documentId}`,
    SK: `FIG#${version}#${figureId}`,
  }),
  figurePrefix: 'FIG#',
  pairFigures: (pair: string) => `PAIR#${pair}`,
  /** unknown periods sort last */
  figurePeriodOrder: (period: string | null, figureId: string) => `P#${period ?? '~'}#${figureId}`,
  pairs: 'PAIRS',
  pair: (pair: string) => ({ PK: 'PAIRS', SK: `PAIR#${pair}` }),
  subscription: (pair: string, email: string) => ({ PK: `PAIR#${pair}`, SK: `SUB#${email.toLowerCase()}` }),
  subscriptionPrefix: 'SUB#',
  delivery: (pair: string, month: string, email: string) => ({
    PK: `PAIR#${pair}`,
    SK: `SENT#${month}#${email.toLowerCase()}`,
  }),
  deliveryPrefix: (month: string) => `SENT#${month}#`,
} as const;
