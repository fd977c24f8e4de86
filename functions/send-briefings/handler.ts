// Lambda entry: run monthly by EventBridge Scheduler; builds and delivers the briefings of a month
// (the event's `month`, or the month just ended in Europe/Brussels). `{ resend: true }` sends again to the
// recipients whose delivery failed (`pair` and `email` narrow it).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import middy from '@middy/core';
import { z } from 'zod';
import {
  DynamoDeliveryLedger,
  DynamoDocumentRepository,
  DynamoFigureRepository,
  DynamoSubscriptionRepository,
} from '../../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { OutboxMailer } from '../../shared/adapters/mail/outbox-mailer.js';
import { SesMailer } from '../../shared/adapters/mail/ses-mailer.js';
import { ExcelBriefingRenderer } from '../../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../../shared/adapters/render/pdf-briefing-renderer.js';
import { S3DocumentStore } from '../../shared/adapters/s3/s3-document-store.js';
import { previousMonth } from '../../shared/domain/months.js';
import { confirmDelivery } from '../../shared/use-cases/handle-email-feedback.js';
import { type PairDelivery, resendBriefings, sendBriefings } from '../../shared/use-cases/send-briefings.js';
import { createDocumentClient, createS3Client } from '../common/aws-clients.js';
import { BriefingConfigSchema, loadConfig } from '../common/config.js';
import { logger, metrics } from '../common/powertools.js';
import { unsubscribeSigner } from '../common/signer.js';

const config = loadConfig(BriefingConfigSchema);
const signer = unsubscribeSigner(config);
const dynamo = createDocumentClient(config.DYNAMODB_ENDPOINT);
const ledger = new DynamoDeliveryLedger(dynamo, config.TABLE_NAME);
const deps = {
  figures: new DynamoFigureRepository(dynamo, config.TABLE_NAME),
  documents: new DynamoDocumentRepository(dynamo, config.TABLE_NAME),
  subscriptions: new DynamoSubscriptionRepository(dynamo, config.TABLE_NAME),
  ledger,
  store: new S3DocumentStore(createS3Client(config.S3_ENDPOINT)),
  renderers: [new ExcelBriefingRenderer(), new PdfBriefingRenderer()],
  // the outbox confirms what it accepts as SES does (its Send event reaches the feedback function)
  mailer:
    config.MAIL_TRANSPORT === 'outbox' && config.OUTBOX_DIR
      ? new OutboxMailer(config.OUTBOX_DIR, confirmDelivery({ ledger, logger }))
      : new SesMailer(new SESv2Client({}), config.SES_CONFIGURATION_SET),
  bucket: config.BUCKET_NAME,
  sender: config.SENDER_ADDRESS,
  logger,
  ...(config.LINK_LIFETIME_HOURS ? { linkLifetimeHours: config.LINK_LIFETIME_HOURS } : {}),
  // the endpoint in AWS; a local run's emails name the command that does the same
  ...(signer
    ? { unsubscribe: { signer, ...(config.UNSUBSCRIBE_URL ? { url: config.UNSUBSCRIBE_URL } : {}) } }
    : {}),
};
/** A run that could not send every pair's briefing. */
export class BriefingRunError extends Error {
  override name = 'BriefingRunError';
}

const send = sendBriefings(deps);
const resend = resendBriefings(deps);

const EventSchema = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'month is YYYY-MM')
      .optional(),
    /** send again to the recipients whose delivery failed (of `pair`, or only `email`) */
    resend: z.boolean().optional(),
    pair: z.string().optional(),
    email: z.string().optional(),
  })
  .passthrough()
  .nullish();

export const handler = middy(async (event: unknown) => {
  const parsed = EventSchema.parse(event ?? {});
  const month = parsed?.month ?? previousMonth(new Date(), 'Europe/Brussels');
  const result = parsed?.resend
    ? await resend({
        month,
        ...(parsed.pair ? { pair: parsed.pair } : {}),
        ...(parsed.email ? { email: parsed.email } : {}),
      })
    : await send({ month });
  const total = (pick: (p: PairDelivery) => string[]) => result.pairs.reduce((n, p) => n + pick(p).length, 0);
  metrics.addMetric(
    'BriefingsSent',
    MetricUnit.Count,
    total((p) => [...p.sent, ...p.recovered]),
  );
  metrics.addMetric(
    'BriefingsFailed',
    MetricUnit.Count,
    total((p) => p.failed),
  );
  metrics.addMetric(
    'BriefingsRecovered',
    MetricUnit.Count,
    total((p) => p.recovered),
  );
  const broken = result.pairs.filter((p) => p.error);
  metrics.addMetric('PairsFailed', MetricUnit.Count, broken.length);
  logger.info('briefings delivered', {
    month,
    pairs: result.pairs.map((p) => ({
      pair: p.pair,
      sent: p.sent.length,
      failed: p.failed.length,
      recovered: p.recovered.length,
      awaiting: p.awaiting.length,
      ...(p.error ? { error: p.error } : {}),
    })),
  });
  // The other pairs were sent; the run still fails, so that Lambda retries it (the ledger skips whoever
  // received it) and, failing again, it reaches the dead-letter queue and its alarm
  if (broken.length > 0)
    throw new BriefingRunError(
      `the briefings of ${broken.map((p) => p.pair).join(', ')} could not be sent (${broken[0]?.error}); the other pairs were`,
    );
  return result;
})
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics));
