// Environment of the Lambda functions, validated once at cold start with a clear message on what is wrong.
import { z } from 'zod';

const optionalUrl = z.url().optional();

export const IngestConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  S3_ENDPOINT: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
});

/**
 * Where the key that signs unsubscribe links is: a Secrets Manager secret the stack generated (read through
 * the Parameters and Secrets extension), or a local file (made on first use).
 */
const SigningKey = {
  UNSUBSCRIBE_SECRET_ARN: z.string().min(1).optional(),
  UNSUBSCRIBE_KEY_FILE: z.string().min(1).optional(),
};

export const UnsubscribeConfigSchema = IngestConfigSchema.extend(SigningKey).refine(
  (c) => c.UNSUBSCRIBE_SECRET_ARN || c.UNSUBSCRIBE_KEY_FILE,
  {
    message: 'UNSUBSCRIBE_SECRET_ARN (or UNSUBSCRIBE_KEY_FILE locally) is required',
    path: ['UNSUBSCRIBE_SECRET_ARN'],
  },
);

export const BriefingConfigSchema = IngestConfigSchema.extend({
  ...SigningKey,
  /** the HTTPS endpoint of unsubscribe links (the unsubscribe function's URL); none on a local run */
  UNSUBSCRIBE_URL: z.url().optional(),
  BUCKET_NAME: z.string().min(1),
  SENDER_ADDRESS: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  MAIL_TRANSPORT: z.enum(['ses', 'outbox']).default('ses'),
  OUTBOX_DIR: z.string().min(1).optional(),
  /** lifetime of download links for briefings too large to attach, in hours */
  LINK_LIFETIME_HOURS: z.coerce.number().int().positive().max(168).optional(),
})
  .refine((c) => c.MAIL_TRANSPORT !== 'outbox' || c.OUTBOX_DIR, {
    message: 'OUTBOX_DIR is required when MAIL_TRANSPORT=outbox',
    path: ['OUTBOX_DIR'],
  })
  // every email SES sends carries a working unsubscribe link
  .refine((c) => c.MAIL_TRANSPORT !== 'ses' || (c.UNSUBSCRIBE_URL && c.UNSUBSCRIBE_SECRET_ARN), {
    message: 'UNSUBSCRIBE_URL and UNSUBSCRIBE_SECRET_ARN are required when MAIL_TRANSPORT=ses',
    path: ['UNSUBSCRIBE_URL'],
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
