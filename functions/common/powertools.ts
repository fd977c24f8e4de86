// The one Powertools logger and metrics of the functions; service name, level and namespace come from
// POWERTOOLS_* variables. Metrics go out as CloudWatch embedded metric format (the dashboard reads them);
// locally POWERTOOLS_METRICS_DISABLED keeps them off stdout.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'trade-briefings' });

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'TradeBriefings',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'trade-briefings',
});
