// The one Powertools logger of the functions; service name and level come from POWERTOOLS_* variables.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'trade-briefings' });
