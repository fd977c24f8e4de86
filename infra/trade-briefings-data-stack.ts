// The stateful part of the system: the documents bucket (versioned, logged, retained) and the table
// (point-in-time recovery, deletion protection, retained). Its own stack, so that the application stack can
// be deleted and redeployed freely; nothing here goes with a stack deletion.
import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../shared/adapters/dynamodb/table-definition.js';
import { REPORTS_PREFIX } from '../shared/domain/locations.js';

/** What the application stack imports, by export names that stay the same from one deployment to the next. */
export interface DataExports {
  documentsBucketName: string;
  documentsBucketArn: string;
  tableName: string;
  tableArn: string;
}

export class TradeBriefingsDataStack extends Stack {
  readonly documents: Bucket;
  readonly table: TableV2;
  /** import tokens (Fn::ImportValue) of the bucket's and table's names and ARNs */
  readonly exports: DataExports;
  /** the export names themselves, as cdk-nag names imported resources */
  readonly exportNames: DataExports;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the server access log bucket itself; logging it into itself would loop.',
    });
    const documents = new Bucket(this, 'Documents', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'documents/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        // an overwritten or deleted document stays recoverable for a year
        { id: 'OldVersions', noncurrentVersionExpiration: Duration.days(365) },
        // rendered briefings can be rendered again from the table: two years are kept
        { id: 'RenderedReports', prefix: REPORTS_PREFIX, expiration: Duration.days(730) },
      ],
    });

    const table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_DEFINITION.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_DEFINITION.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.documents = documents;
    this.table = table;
    const names: DataExports = {
      documentsBucketName: `${this.stackName}-DocumentsBucketName`,
      documentsBucketArn: `${this.stackName}-DocumentsBucketArn`,
      tableName: `${this.stackName}-TableName`,
      tableArn: `${this.stackName}-TableArn`,
    };
    this.exportNames = names;
    this.exports = {
      documentsBucketName: this.exportValue(documents.bucketName, { name: names.documentsBucketName }),
      documentsBucketArn: this.exportValue(documents.bucketArn, { name: names.documentsBucketArn }),
      tableName: this.exportValue(table.tableName, { name: names.tableName }),
      tableArn: this.exportValue(table.tableArn, { name: names.tableArn }),
    };
  }
}
