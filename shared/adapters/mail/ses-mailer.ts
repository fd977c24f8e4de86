// Sends briefing emails through SES v2 as raw MIME (attachments included).
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingEmail } from '../../ports/mailer.js';
import { buildMimeMessage } from './mime-message.js';

export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly configurationSetName?: string,
  ) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const raw = await buildMimeMessage(email);
    const out = await this.client.send(
      new SendEmailCommand({
        Content: { Raw: { Data: raw } },
        ConfigurationSetName: this.configurationSetName,
        EmailTags: [
          { Name: 'pair', Value: email.pair.replace('/', '-') },
          { Name: 'month', Value: email.month },
        ],
      }),
    );
    if (!out.MessageId) throw new Error('SES accepted the email without a message id');
    return { messageId: out.MessageId };
  }
}
