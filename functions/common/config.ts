// Environment of the Lambda functions, validated once at cold start with a clear message on what is wrong.
import { z } from 'zod';

const optionalUrl = z.url().optional();

export const IngestConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  S3_ENDPOINT: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
});

export const BriefingConfigSchema = IngestConfigSchema.extend({
  BUCKET_NAME: z.string().min(1),
  SENDER_ADDRESS: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  MAIL_TRANSPORT: z.enum(['ses', 'outbox']).default('ses'),
  OUTBOX_DIR: z.string().min(1).optional(),
  /** lifetime of download links for briefings too large to attach, in hours */
  LINK_LIFETIME_HOURS: z.coerce.number().int().positive().max(168).optional(),
}).refine((c) => c.MAIL_TRANSPORT !== 'outbox' || c.OUTBOX_DIR, {
  message: 'OUTBOX_DIR is required when MAIL_TRANSPORT=outbox',
  path: ['OUTBOX_DIR'],
});

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function loadConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError(`invalid environment: ${problems}`);
  }
  return parsed.data;
}
