// What tells the people who run the system that something is wrong, and how it is doing: an alarm on each
// dead-letter queue (a document or a monthly run that failed for good), on each function's errors and
// throttles, all sent to one SNS topic; and a dashboard of documents ingested by status, figures stored and
// briefings sent, from the metrics the functions emit (Powertools, namespace TradeBriefings).
import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const METRICS_NAMESPACE = 'TradeBriefings';
export const SERVICE_NAME = 'trade-briefings';

export interface OperationsProps {
  functions: Array<{ name: string; fn: IFunction }>;
  deadLetterQueues: Array<{ name: string; queue: IQueue; meaning: string }>;
}

export class Operations extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    // CloudWatch can publish to an encrypted topic only through a customer-managed key whose policy lets it
    // use the key (the AWS-managed alias/aws/sns key's policy cannot be changed): without it every alarm
    // would fire into nothing
    const key = new Key(this, 'AlarmsKey', {
      description: 'Encrypts the trade-briefings alarm topic; CloudWatch may use it to publish alarms',
      enableKeyRotation: true,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', {
      displayName: 'trade-briefings alarms',
      enforceSSL: true,
      masterKey: key,
    });
    const alarm = (name: string, metric: IMetric, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(new SnsAction(this.topic));
      this.alarms.push(a);
    };
    for (const { name, queue, meaning } of props.deadLetterQueues) {
      alarm(
        `${name}Depth`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        meaning,
      );
    }
    for (const { name, fn } of props.functions) {
      alarm(
        `${name}Errors`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        `The ${name} function failed: read its log group for the error; the message is retried, then dead-lettered.`,
      );
      alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        `The ${name} function was throttled: account concurrency is exhausted or its maximum concurrency is too low for the load.`,
      );
    }

    const count = (metricName: string, label: string) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { service: SERVICE_NAME },
        statistic: 'Sum',
        period: Duration.hours(1),
        label,
      });
    new Dashboard(this, 'Dashboard', {
      dashboardName: 'trade-briefings',
      widgets: [
        [
          new GraphWidget({
            title: 'Documents ingested, by status',
            left: [
              count('DocumentsProcessed', 'processed'),
              count('DocumentsNeedingReview', 'needs review'),
              count('DocumentsRejected', 'rejected'),
              count('DocumentsDuplicate', 'duplicate'),
            ],
            width: 12,
          }),
          new GraphWidget({ title: 'Figures stored', left: [count('FiguresStored', 'figures')], width: 12 }),
        ],
        [
          new GraphWidget({
            title: 'Briefings emailed',
            left: [count('BriefingsSent', 'sent'), count('BriefingsFailed', 'failed')],
            width: 12,
          }),
          new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 12 }),
        ],
      ],
    });
  }
}
