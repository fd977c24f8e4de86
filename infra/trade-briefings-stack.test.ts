// Template assertions for the stack, and cdk-nag's AwsSolutions checks (no unacknowledged finding).
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';

// Bundling is skipped here (it is exercised by `cdk synth` in CI); the template is the same.
const newApp = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const built = buildApp(newApp());
const template = Template.fromStack(built.stack);
/** the stateful stack: bucket and table, apart from the functions, queues and schedule */
const data = Template.fromStack(built.data);

describe('TradeBriefingsStack', () => {
  it('passes cdk-nag AwsSolutions with every remaining finding acknowledged', () => {
    const { app } = buildApp(newApp());
    expect(() => app.synth()).not.toThrow();
  });

  it('fails synthesis on an unacknowledged finding (the check is live)', () => {
    const bad = buildApp(newApp());
    new Queue(bad.stack, 'QueueWithoutDlq');
    expect(() => bad.app.synth()).toThrow(/SQS queue is not used as a dead-letter queue/);
  });

  it('keeps documents: versioned, encrypted, private, SSL-only, retained', () => {
    data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'documents/' }),
        BucketEncryption: Match.objectLike({
          ServerSideEncryptionConfiguration: [
            Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }),
          ],
        }),
      }),
    });
    // SSL only: every bucket's policy denies requests without TLS
    const policies = Object.values(data.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
  });

  it('notifies the queue of objects created and removed under incoming/ only', () => {
    const incoming = { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: incoming }),
          Match.objectLike({ Events: ['s3:ObjectRemoved:*'], Filter: incoming }),
        ],
      },
    });
  });

  it('queues with a dead-letter queue after 5 receives and a visibility of 6 × the ingest timeout', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 360,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('builds the table from the shared definition, on demand, with PITR and deletion protection', () => {
    data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          Match.objectLike({ IndexName: 'GSI1' }),
          Match.objectLike({ IndexName: 'GSI2' }),
        ],
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it('runs the four functions (ingest, briefings, email feedback, unsubscribe) on ARM64 and the newest Node, logging JSON', () => {
    // the newest Node runtime this aws-cdk-lib knows, so an upgrade that adds one fails here until it is used
    const newestNode = Object.getOwnPropertyNames(Runtime)
      .filter((name) => /^NODEJS_\d+_X$/.test(name))
      .flatMap((name) => (Runtime as unknown as Record<string, Runtime | undefined>)[name]?.name ?? [])
      .sort((a, b) => Number.parseInt(a.slice(6), 10) - Number.parseInt(b.slice(6), 10))
      .at(-1);
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: {
        Architectures: ['arm64'],
        Runtime: newestNode,
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      },
    });
    expect(Object.keys(functions)).toHaveLength(4);
  });

  it("grants S3 by prefix: ingest reads incoming/ and writes only emails' attachments, briefings write reports/", () => {
    const statements = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(statements).toContain('/incoming/*');
    expect(statements).toContain('/incoming/*.attachments/*');
    expect(statements.match(/"s3:PutObject"/g)).toHaveLength(2);
    expect(statements).toContain('/reports/*');
    expect(statements).not.toMatch(/"s3:\*"|"s3:GetObject\*"|"s3:List\*"/);
  });

  it('lets the briefing function send through the SES identity only', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Resource: Match.objectLike({
              'Fn::Join': Match.arrayWith([Match.arrayWith([':identity/', { Ref: 'SesIdentity' }])]),
            }),
          }),
        ]),
      },
    });
    template.hasParameter('SenderAddress', { Type: 'String' });
  });

  it('scopes each function to its own items: ingest to documents, claims and pairs, feedback to pairs; no scans', () => {
    // Prepare
    const statements = (logicalIdPrefix: string) =>
      Object.entries(template.findResources('AWS::IAM::Policy'))
        .filter(([id]) => id.startsWith(logicalIdPrefix))
        .flatMap(
          ([, p]) =>
            (p as { Properties: { PolicyDocument: { Statement: unknown[] } } }).Properties.PolicyDocument
              .Statement,
        ) as Array<{
        Action: string | string[];
        Condition?: Record<string, Record<string, unknown>>;
        Resource: unknown;
      }>;
    const dynamo = (prefix: string) =>
      statements(prefix).filter((st) => [st.Action].flat().some((a) => a.startsWith('dynamodb:')));
    const onTable = (prefix: string) =>
      dynamo(prefix).filter((st) => !JSON.stringify(st.Resource).includes('/index/'));
    // Assess
    for (const prefix of ['IngestDocument', 'EmailFeedback']) {
      expect(JSON.stringify(dynamo(prefix))).not.toContain('dynamodb:Scan');
      for (const st of onTable(prefix)) expect(st.Condition?.['ForAllValues:StringLike']).toBeDefined();
    }
    expect(onTable('IngestDocument').map((st) => st.Condition?.['ForAllValues:StringLike'])).toEqual([
      { 'dynamodb:LeadingKeys': ['DOC#*', 'SHA#*', 'PAIRS'] },
    ]);
    expect(onTable('EmailFeedback')).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:Query', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PAIRS', 'PAIR#*'] } },
      }),
    ]);
    // a key that never existed answers 404, not 403, so that ingest does not take it for a transient error
    expect(statements('IngestDocument')).toEqual(
      expect.arrayContaining([expect.objectContaining({ Action: 's3:ListBucket' })]),
    );
    // SES: from the sender address only
    const ses = statements('SendBriefings').filter((st) => JSON.stringify(st.Action).includes('ses:Send'));
    expect(ses).toHaveLength(2);
    for (const st of ses)
      expect(st.Condition).toEqual({ StringEquals: { 'ses:FromAddress': { Ref: 'SenderAddress' } } });
  });

  it('sends a failed or timed-out monthly run to the queue its dead-letter alarm watches', () => {
    // Prepare
    const queues = template.findResources('AWS::SQS::Queue');
    const scheduleDlq = Object.keys(queues).find((id) => id.startsWith('ScheduleDeadLetters')) as string;
    const briefings = Object.keys(
      template.findResources('AWS::Lambda::Function', { Properties: { Timeout: 900 } }),
    )[0] as string;
    // Assess: Lambda's asynchronous retries, then the on-failure destination
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: briefings },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [scheduleDlq, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [scheduleDlq, 'QueueName'] } }],
      AlarmActions: Match.anyValue(),
    });
  });

  it('encrypts the alarm topic with a key CloudWatch may use, so that alarms reach it', () => {
    // Prepare
    const keys = template.findResources('AWS::KMS::Key');
    const [keyId, key] = Object.entries(keys)[0] as [
      string,
      { Properties: { KeyPolicy: { Statement: unknown[] }; EnableKeyRotation: boolean } },
    ];
    // Assess
    expect(Object.keys(keys)).toHaveLength(1);
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        }),
      ]),
    );
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
  });

  it('schedules the briefings monthly in Brussels time with retries and a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 1 * ? *)',
      ScheduleExpressionTimezone: 'Europe/Brussels',
      Target: Match.objectLike({
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }),
        DeadLetterConfig: Match.anyValue(),
      }),
    });
  });

  it('alarms on each dead-letter queue, function errors and throttles, to one topic; and has a dashboard', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Array<{
      Properties: { MetricName: string; Namespace: string; Threshold: number; AlarmActions: unknown[] };
    }>;
    expect(alarms.map((a) => `${a.Properties.Namespace}:${a.Properties.MetricName}`).sort()).toEqual([
      'AWS/Lambda:Errors',
      'AWS/Lambda:Errors',
      'AWS/Lambda:Errors',
      'AWS/Lambda:Errors',
      'AWS/Lambda:Throttles',
      'AWS/Lambda:Throttles',
      'AWS/Lambda:Throttles',
      'AWS/Lambda:Throttles',
      'AWS/SQS:ApproximateNumberOfMessagesVisible',
      'AWS/SQS:ApproximateNumberOfMessagesVisible',
    ]);
    expect(alarms.every((a) => a.Properties.Threshold === 1 && a.Properties.AlarmActions.length === 1)).toBe(
      true,
    );
    template.resourceCountIs('AWS::SNS::Topic', 1);
    const dashboard = JSON.stringify(template.findResources('AWS::CloudWatch::Dashboard'));
    for (const metric of ['DocumentsProcessed', 'FiguresStored', 'BriefingsSent'])
      expect(dashboard).toContain(metric);
  });

  it('sends through a configuration set whose Send events confirm deliveries, and whose bounces and complaints unsubscribe', () => {
    template.hasParameter('SesConfigurationSet', { Default: 'trade-briefings' });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: ['send', 'bounce', 'complaint'],
        EventBridgeDestination: Match.anyValue(),
      }),
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.objectLike({
        source: ['aws.ses'],
        'detail-type': ['Email Sent', 'Email Bounced', 'Email Complaint Received'],
      }),
    });
  });

  it('keeps old document versions a year and rendered reports two years', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Id: 'OldVersions',
            NoncurrentVersionExpiration: { NoncurrentDays: 365 },
            Status: 'Enabled',
          }),
          Match.objectLike({
            Id: 'RenderedReports',
            Prefix: 'reports/',
            ExpirationInDays: 730,
            Status: 'Enabled',
          }),
        ],
      },
    });
  });

  it('keeps the stateful resources in a stack of their own, retained; the application stack imports them', () => {
    expect(Object.keys(template.findResources('AWS::S3::Bucket'))).toEqual([]);
    expect(Object.keys(template.findResources('AWS::DynamoDB::GlobalTable'))).toEqual([]);
    const retained = Object.values({
      ...data.findResources('AWS::S3::Bucket'),
      ...data.findResources('AWS::DynamoDB::GlobalTable'),
    }) as Array<{ DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
    expect(retained).toHaveLength(3);
    expect(retained.every((r) => r.DeletionPolicy === 'Retain' && r.UpdateReplacePolicy === 'Retain')).toBe(
      true,
    );
    expect(JSON.stringify(template.toJSON())).toContain(
      '"Fn::ImportValue":"TradeBriefingsData-DocumentsBucketArn"',
    );
  });

  it('sets the Lambda defaults once: log retention, source maps, Powertools environment', () => {
    // ours: not the bucket-notification handler aws-cdk-lib adds
    const functions = Object.values(
      template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } }),
    ) as Array<{
      Properties: {
        Environment: { Variables: Record<string, unknown> };
        LoggingConfig: { LogGroup: unknown };
      };
    }>;
    expect(functions).toHaveLength(4);
    for (const fn of functions) {
      expect(fn.Properties.Environment.Variables).toEqual(
        expect.objectContaining({
          NODE_OPTIONS: '--enable-source-maps',
          POWERTOOLS_SERVICE_NAME: 'trade-briefings',
          POWERTOOLS_METRICS_NAMESPACE: 'TradeBriefings',
          POWERTOOLS_LOG_LEVEL: 'INFO',
        }),
      );
      expect(fn.Properties.LoggingConfig.LogGroup).toBeDefined();
    }
    const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup')) as Array<{
      Properties: { RetentionInDays: number };
    }>;
    expect(logGroups.map((g) => g.Properties.RetentionInDays)).toEqual([30, 30, 30, 30]);
  });

  it('accepts only TLS on every queue and the alarm topic', () => {
    const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    expect(queuePolicies.length).toBeGreaterThanOrEqual(3);
    for (const policy of queuePolicies)
      expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
    expect(JSON.stringify(template.findResources('AWS::SNS::TopicPolicy'))).toContain(
      '"aws:SecureTransport":"false"',
    );
  });

  it('serves unsubscribe links at an HTTPS function URL whose function may only delete subscriptions', () => {
    // Prepare
    const [id, url] = Object.entries(template.findResources('AWS::Lambda::Url'))[0] ?? [];
    const functionOf = (logicalId: string) =>
      template.findResources('AWS::Lambda::Function')[logicalId] as {
        Properties: {
          ReservedConcurrentExecutions?: number;
          Layers?: unknown[];
          Environment: { Variables: Record<string, unknown> };
        };
      };
    const target = (url as { Properties: { TargetFunctionArn: { 'Fn::GetAtt': [string, string] } } })
      .Properties.TargetFunctionArn['Fn::GetAtt'][0];
    const policy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([name]) =>
      name.startsWith('UnsubscribeRole'),
    )?.[1] as { Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } } };
    // Assess: public (the token is the authorisation), one URL, on the unsubscribe function
    expect(id).toMatch(/^UnsubscribeFunctionFunctionUrl/);
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE' });
    expect(target).toMatch(/^UnsubscribeFunction/);
    // a flood of forged tokens cannot take the account's concurrency; the secret is read through the extension
    expect(functionOf(target).Properties.ReservedConcurrentExecutions).toBe(5);
    // (the extension's layer, by region: a mapping when the stack's region is known at deployment only)
    expect(JSON.stringify(functionOf(target).Properties.Layers)).toMatch(
      /Parameters-and-Secrets-Lambda-Extension-Arm64|Paramsandsecrets.*arm64/,
    );
    expect(functionOf(target).Properties.Environment.Variables).toEqual(
      expect.objectContaining({ UNSUBSCRIBE_SECRET_ARN: { Ref: expect.stringMatching(/^UnsubscribeKey/) } }),
    );
    // it deletes subscriptions (PAIR#… partitions) and reads its key: nothing else of the table
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements.filter((st) => JSON.stringify(st.Action).includes('dynamodb:'))).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:DeleteItem',
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PAIR#*'] } },
      }),
    ]);
    expect(statements.filter((st) => JSON.stringify(st.Action).includes('secretsmanager:'))).toEqual([
      expect.objectContaining({
        Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        Resource: { Ref: expect.stringMatching(/^UnsubscribeKey/) },
      }),
    ]);
  });

  it('signs the links with a key generated at deployment, which the briefing function reads to link to the endpoint', () => {
    // Assess: a generated secret, never a value in the template
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      SecretString: Match.absent(),
    });
    const [send] = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: Match.objectLike({ MAIL_TRANSPORT: 'ses' }) } },
      }),
    ) as Array<{ Properties: { Environment: { Variables: Record<string, unknown> } } }>;
    expect(send?.Properties.Environment.Variables).toEqual(
      expect.objectContaining({
        UNSUBSCRIBE_URL: {
          'Fn::GetAtt': [expect.stringMatching(/^UnsubscribeFunctionFunctionUrl/), 'FunctionUrl'],
        },
        UNSUBSCRIBE_SECRET_ARN: { Ref: expect.stringMatching(/^UnsubscribeKey/) },
      }),
    );
    const sendPolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([name]) =>
      name.startsWith('SendBriefingsRole'),
    )?.[1];
    expect(JSON.stringify(sendPolicy)).toContain('secretsmanager:GetSecretValue');
    template.hasOutput('UnsubscribeEndpoint', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UnsubscribeFunctionFunctionUrl'), 'FunctionUrl'] },
    });
  });
});
