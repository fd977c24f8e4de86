// The deployed system: documents bucket → (incoming/ events) → queue → ingest function → table; a monthly
// schedule → briefing function → reports/ in the bucket and SES emails. The stack owns no business logic.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CfnElement,
  CfnOutput,
  CfnParameter,
  Duration,
  Stack,
  type StackProps,
  TimeZone,
  Validations,
} from 'aws-cdk-lib';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaFunctionTarget } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  FunctionUrlAuthType,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
} from 'aws-cdk-lib/aws-lambda';
import { SqsDestination as LambdaSqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../shared/adapters/dynamodb/table-definition.js';
import { ATTACHMENTS_SUFFIX, INCOMING_PREFIX, REPORTS_PREFIX } from '../shared/domain/locations.js';
import { Operations } from './operations.js';
import { ProjectFunction } from './project-function.js';
import type { TradeBriefingsDataStack } from './trade-briefings-data-stack.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INGEST_TIMEOUT = Duration.seconds(60);
/** At most this many ingest invocations at once: protects the table and leaves room in the account. */
export const INGEST_MAX_CONCURRENCY = 5;

export interface TradeBriefingsStackProps extends StackProps {
  /** the bucket and table, in their own stack */
  data: TradeBriefingsDataStack;
}

/** What a function may do to items, short of scanning the table. */
const ITEM_WRITE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * Grants `actions` on the items whose partition key matches one of `partitions` (dynamodb:LeadingKeys), and
 * queries of the table's indexes. No Scan: a scan names no partition key, and an empty set of keys would
 * satisfy ForAllValues.
 */
function grantItems(
  fn: { addToRolePolicy(s: PolicyStatement): void },
  tableArn: string,
  partitions: string[],
  actions: string[],
): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions,
      resources: [tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': partitions } },
    }),
  );
  if (actions.includes('dynamodb:Query'))
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${tableArn}/index/*`] }),
    );
}

/** The stateless part: queues, functions, schedule, SES feedback, alarms. Deleting it loses nothing. */
export class TradeBriefingsStack extends Stack {
  constructor(scope: Construct, id: string, props: TradeBriefingsStackProps) {
    super(scope, id, props);

    const senderAddress = new CfnParameter(this, 'SenderAddress', {
      type: 'String',
      description: 'From address of the briefing emails; must belong to a verified SES identity',
      allowedPattern: '^[^@\\s]+@[^@\\s]+$',
    });
    const sesIdentity = new CfnParameter(this, 'SesIdentity', {
      type: 'String',
      description: 'The verified SES identity (domain or address) the briefings are sent from',
      minLength: 3,
    });
    const sesConfigurationSetName = new CfnParameter(this, 'SesConfigurationSet', {
      type: 'String',
      description:
        'Name of the SES configuration set the stack creates for the briefings (bounces and complaints)',
      default: 'trade-briefings',
      allowedPattern: '^[A-Za-z0-9_-]{1,64}$',
    });

    // the stateful resources live in their own stack (retained, deletion-protected); here they are imported
    // by name, so that the bucket's notification and every grant belong to this stack and no cycle forms
    const documents = Bucket.fromBucketAttributes(this, 'Documents', {
      bucketName: props.data.exports.documentsBucketName,
      bucketArn: props.data.exports.documentsBucketArn,
    });
    const table = TableV2.fromTableAttributes(this, 'Table', {
      tableArn: props.data.exports.tableArn,
      globalIndexes: TABLE_DEFINITION.indexes.map((i) => i.name),
    });

    const deadLetters = new Queue(this, 'IngestDeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const queue = new Queue(this, 'IngestQueue', {
      visibilityTimeout: Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });
    Validations.of(deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the ingest queue; it needs no dead-letter queue of its own.',
    });
    // created objects are read, removed ones take their figures with them
    for (const event of [EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED]) {
      documents.addEventNotification(event, new SqsDestination(queue), { prefix: INCOMING_PREFIX });
    }

    const ingestFunction = new ProjectFunction(this, 'IngestDocument', {
      entry: join(ROOT, 'functions/ingest-document/handler.ts'),
      timeout: INGEST_TIMEOUT,
      environment: { TABLE_NAME: table.tableName },
    });
    const ingest = ingestFunction.function;
    ingest.addEventSource(
      new SqsEventSource(queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [documents.arnForObjects(`${INCOMING_PREFIX}*`)],
      }),
    );
    // an email's attachments are stored beside it, each to be read as a document of its own
    ingest.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [documents.arnForObjects(`${INCOMING_PREFIX}*${ATTACHMENTS_SUFFIX}*`)],
      }),
    );
    // without ListBucket, S3 answers 403 rather than 404 for a key that is gone, which reads as transient
    ingest.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [documents.bucketArn],
      }),
    );
    // the documents, their figures, the content claims and the list of pairs; not the subscriptions nor the
    // delivery ledger (their partitions are PAIR#…)
    grantItems(ingest, table.tableArn, ['DOC#*', 'SHA#*', 'PAIRS'], ITEM_WRITE_ACTIONS);

    // Unsubscribe links: the briefing function signs each recipient's link (HMAC-SHA256) with a key generated
    // at deployment; a function behind an HTTPS function URL checks it and removes that one subscription. The
    // key stays in Secrets Manager, read by these two functions only through the Parameters and Secrets
    // extension (no SDK client in the bundles); it is never in the template, an environment or a log.
    const unsubscribeKey = new Secret(this, 'UnsubscribeKey', {
      description: "Key that signs the briefing emails' unsubscribe links (HMAC-SHA256)",
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(unsubscribeKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key signs unsubscribe links that must keep working for the 400 days a link is valid; a scheduled rotation would break every link already delivered (one previous version only is kept). It is generated at deployment and readable by the briefing and unsubscribe functions only; if it is ever exposed, it is replaced by hand, which invalidates the old links.',
    });
    const paramsAndSecrets = ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
      cacheSize: 10,
      logLevel: ParamsAndSecretsLogLevel.WARN,
    });
    const unsubscribeFunction = new ProjectFunction(this, 'Unsubscribe', {
      entry: join(ROOT, 'functions/unsubscribe/handler.ts'),
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment: { TABLE_NAME: table.tableName, UNSUBSCRIBE_SECRET_ARN: unsubscribeKey.secretArn },
      paramsAndSecrets,
      // a public endpoint: a flood of requests (forged tokens do nothing) cannot take the account's concurrency
      reservedConcurrentExecutions: 5,
    });
    unsubscribeKey.grantRead(unsubscribeFunction.function);
    // it deletes subscriptions (PAIR#<pair>, SUB#<email>), nothing else: no read, no other partition
    grantItems(unsubscribeFunction.function, table.tableArn, ['PAIR#*'], ['dynamodb:DeleteItem']);
    const unsubscribeUrl = unsubscribeFunction.function.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
    });

    const fontDir = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const briefingFunction = new ProjectFunction(this, 'SendBriefings', {
      entry: join(ROOT, 'functions/send-briefings/handler.ts'),
      timeout: Duration.minutes(15),
      memorySize: 2048,
      environment: {
        TABLE_NAME: table.tableName,
        BUCKET_NAME: documents.bucketName,
        SENDER_ADDRESS: senderAddress.valueAsString,
        MAIL_TRANSPORT: 'ses',
        SES_CONFIGURATION_SET: sesConfigurationSetName.valueAsString,
        UNSUBSCRIBE_URL: unsubscribeUrl.url,
        UNSUBSCRIBE_SECRET_ARN: unsubscribeKey.secretArn,
      },
      paramsAndSecrets,
      assets: [
        [join(fontDir, 'DejaVuSans.ttf'), 'fonts/DejaVuSans.ttf'],
        [join(fontDir, 'DejaVuSans-Bold.ttf'), 'fonts/DejaVuSans-Bold.ttf'],
      ],
    });
    const briefings = briefingFunction.function;
    unsubscribeKey.grantRead(briefings);
    // writes the briefings; reads them only to sign download links when they are too large to attach
    briefings.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [documents.arnForObjects(`${REPORTS_PREFIX}*`)],
      }),
    );
    table.grantReadWriteData(briefings);
    // … from the sender address only
    const fromSender = { StringEquals: { 'ses:FromAddress': senderAddress.valueAsString } };
    briefings.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          this.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity.valueAsString }),
        ],
        conditions: fromSender,
      }),
    );

    // Bounces and complaints: the configuration set publishes them to EventBridge, a rule hands them to a
    // function that unsubscribes the recipient from every pair
    const configurationSet = new ConfigurationSet(this, 'SesConfigurationSetResource', {
      configurationSetName: sesConfigurationSetName.valueAsString,
    });
    configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      // Send: SES accepted a briefing, which the ledger records even when the sending run could not
      events: [EmailSendingEvent.SEND, EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    briefings.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          this.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: sesConfigurationSetName.valueAsString,
          }),
        ],
        conditions: fromSender,
      }),
    );
    const feedbackFunction = new ProjectFunction(this, 'EmailFeedback', {
      entry: join(ROOT, 'functions/ses-feedback/handler.ts'),
      timeout: Duration.seconds(30),
      memorySize: 256,
      environment: { TABLE_NAME: table.tableName },
    });
    // the list of pairs, each pair's subscriptions to delete and its ledger entries to confirm: the pair
    // partitions (PAIR#…) only, never the documents and their figures
    grantItems(
      feedbackFunction.function,
      table.tableArn,
      ['PAIRS', 'PAIR#*'],
      ['dynamodb:Query', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
    );
    new Rule(this, 'SesFeedbackRule', {
      description:
        'Briefings SES accepted are recorded as sent; permanent bounces and complaints unsubscribe the recipient',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Sent', 'Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [sesConfigurationSetName.valueAsString] } } },
      },
      targets: [new LambdaFunctionTarget(feedbackFunction.function, { retryAttempts: 3 })],
    });

    const scheduleDeadLetters = new Queue(this, 'ScheduleDeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(scheduleDeadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the monthly schedule; it needs no dead-letter queue of its own.',
    });
    // The scheduler invokes asynchronously: its retries and dead-letter queue cover the delivery of the event
    // only. A run that fails or times out gets Lambda's own retries, then lands in the same queue, which the
    // ScheduleDeadLettersDepth alarm watches
    briefings.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new LambdaSqsDestination(scheduleDeadLetters),
    });
    new Schedule(this, 'MonthlyBriefings', {
      description: 'Briefings for the month just ended, on the 1st at 06:00 Brussels time',
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '6',
        day: '1',
        timeZone: TimeZone.EUROPE_BRUSSELS,
      }),
      target: new LambdaInvoke(briefings, {
        input: ScheduleTargetInput.fromObject({}),
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: scheduleDeadLetters,
      }),
    });

    this.acknowledgeScopedWildcards(props.data, ingestFunction, briefingFunction, feedbackFunction);

    const operations = new Operations(this, 'Operations', {
      functions: [
        { name: 'IngestDocument', fn: ingest },
        { name: 'SendBriefings', fn: briefings },
        { name: 'EmailFeedback', fn: feedbackFunction.function },
        // its throttles say that someone floods the public endpoint past its reserved concurrency
        { name: 'Unsubscribe', fn: unsubscribeFunction.function },
      ],
      deadLetterQueues: [
        {
          name: 'IngestDeadLetters',
          queue: deadLetters,
          meaning:
            'A document failed to ingest 5 times (not an unreadable file: those end with a status). Read the ingest log for the error, fix it, then redrive the dead-letter queue to the ingest queue.',
        },
        {
          name: 'ScheduleDeadLetters',
          queue: scheduleDeadLetters,
          meaning:
            'The monthly briefing run could not be delivered, or failed or timed out after its retries (the message holds the request and the error). Read the briefing log, fix the cause, then invoke the function with {} (the month just ended): recipients already served are skipped.',
        },
      ],
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: operations.topic.topicArn });

    new CfnOutput(this, 'DocumentsBucketName', { value: documents.bucketName });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'IngestDeadLetterQueueUrl', { value: deadLetters.queueUrl });
    new CfnOutput(this, 'UnsubscribeEndpoint', {
      value: unsubscribeUrl.url,
      description:
        "The HTTPS endpoint of the briefing emails' unsubscribe links (List-Unsubscribe, RFC 8058)",
    });
  }

  /** The wildcards that remain are prefixes and sub-resources of our own resources; each is named exactly. */
  private acknowledgeScopedWildcards(
    data: TradeBriefingsDataStack,
    ingest: ProjectFunction,
    briefings: ProjectFunction,
    feedback: ProjectFunction,
  ): void {
    // the data stack's ARNs reach this stack as imports: cdk-nag names them by their export
    const bucketArn = data.exportNames.documentsBucketArn;
    const tableArn = data.exportNames.tableArn;
    const functionArn = `<${this.getLogicalId(briefings.function.node.defaultChild as CfnElement)}.Arn>`;
    const indexes = {
      id: `AwsSolutions-IAM5[Resource::${tableArn}/index/*]`,
      reason: "Queries on the table's own global secondary indexes (content hash, pair figures, documents).",
    };
    Validations.of(ingest).acknowledge(
      indexes,
      {
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${INCOMING_PREFIX}*]`,
        reason: 'Reads objects under the incoming/ prefix only: the documents the function is notified of.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${INCOMING_PREFIX}*${ATTACHMENTS_SUFFIX}*]`,
        reason:
          "Writes an email's attachments beside it (incoming/<email>.attachments/<file>) and nowhere else.",
      },
    );
    Validations.of(feedback).acknowledge(indexes);
    Validations.of(briefings).acknowledge(indexes, {
      id: `AwsSolutions-IAM5[Resource::${bucketArn}/${REPORTS_PREFIX}*]`,
      reason:
        'Writes the rendered briefings under the reports/ prefix only, and reads them there to sign download links for briefings too large to attach.',
    });
    Validations.of(this).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::${functionArn}:*]`,
        reason:
          'The scheduler role may invoke versions and aliases of the briefing function only (added by LambdaInvoke).',
      },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'Only the BucketNotificationsHandler custom resource of aws-cdk-lib uses it (the functions have their own roles); it runs at deployment to configure the incoming/ notification.',
      },
    );
  }
}
