// Lambda entry: SES bounce and complaint events (through EventBridge) → the recipient is unsubscribed.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import {
  DynamoFigureRepository,
  DynamoSubscriptionRepository,
} from '../../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { feedbackFromSesEvent, handleEmailFeedback } from '../../shared/use-cases/handle-email-feedback.js';
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

export const handler = middy(async (event: unknown) => {
  const feedback = feedbackFromSesEvent(event);
  if (!feedback) {
    logger.warn('not a bounce or complaint event; ignored');
    return { unsubscribed: [] };
  }
  return handle(feedback);
}).use(injectLambdaContext(logger));
