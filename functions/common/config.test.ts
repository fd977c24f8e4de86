import { describe, expect, it } from 'vitest';
import { BriefingConfigSchema, ConfigurationError, loadConfig, UnsubscribeConfigSchema } from './config.js';

const ses = { TABLE_NAME: 't', BUCKET_NAME: 'b', SENDER_ADDRESS: 'a@example.org', MAIL_TRANSPORT: 'ses' };

describe('function configuration', () => {
  it('refuses to send through SES without an unsubscribe endpoint and key', () => {
    expect(() => loadConfig(BriefingConfigSchema, ses)).toThrow(ConfigurationError);
    expect(() => loadConfig(BriefingConfigSchema, ses)).toThrow(
      /UNSUBSCRIBE_URL and UNSUBSCRIBE_SECRET_ARN are required/,
    );
    expect(
      loadConfig(BriefingConfigSchema, {
        ...ses,
        UNSUBSCRIBE_URL: 'https://x.lambda-url.eu-west-1.on.aws/',
        UNSUBSCRIBE_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:k',
      }).UNSUBSCRIBE_URL,
    ).toBe('https://x.lambda-url.eu-west-1.on.aws/');
  });

  it('needs a key for the unsubscribe endpoint', () => {
    expect(() => loadConfig(UnsubscribeConfigSchema, { TABLE_NAME: 't' })).toThrow(/UNSUBSCRIBE_SECRET_ARN/);
    expect(
      loadConfig(UnsubscribeConfigSchema, { TABLE_NAME: 't', UNSUBSCRIBE_KEY_FILE: '/k' })
        .UNSUBSCRIBE_KEY_FILE,
    ).toBe('/k');
  });
});
