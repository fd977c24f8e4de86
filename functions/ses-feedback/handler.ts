// Lambda entry: SES events through EventBridge. A bounce or complaint unsubscribes the recipient; a Send
// event records the briefing as sent in the delivery ledger.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import {
  DynamoDeliveryLedger,
  DynamoFigureRepository,
  DynamoSubscriptionRepository,
} from '../../shared/adapters/dynamodb/dynamo-trade-repository.js';
import {
  confirmDelivery,
  feedbackFromSesEvent,
  handleEmailFeedback,
  sentFromSesEvent,
} from '../../shared/use-cases/handle-email-feedback.js';
import { createDocumentClient } from '../common/aws-clients.js';
import { IngestConfigSchema, loadConfig } from '../common/config.js';
import { logger } from '../common/powertools.js';

const config = loadConfig(IngestConfigSchema);
const dynamo = createDocumentClient(config.DYNAMODB_ENDPOINT);
const handle = handleEmailFeedback({
  subscriptions: new DynamoSubscriptionRepository(dynamo, config.TABLE_NAME),
  figures: new DynamoFigureRepository(dynamo, config.TABLE_NAME),
  logger,
});
const confirm = confirmDelivery({ ledger: new DynamoDeliveryLedger(dynamo, config.TABLE_NAME), logger });

export const handler = middy(async (event: unknown) => {
  const sent = sentFromSesEvent(event);
  if (sent) return confirm(sent);
  const feedback = feedbackFromSesEvent(event);
  if (!feedback) {
    logger.warn('not a send, bounce or complaint event of a briefing; ignored');
    return { unsubscribed: [] };
  }
  return handle(feedback);
}).use(injectLambdaContext(logger));
