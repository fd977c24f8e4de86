// Local stand-in for SES: writes each email as an .eml file to <dir>/<YYYY-MM>/outbox/, and confirms each
// one it accepted, as SES's Send event does through the configuration set.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingEmail, SentConfirmation } from '../../ports/mailer.js';
import { buildMimeMessage } from './mime-message.js';

export class OutboxMailer implements Mailer {
  constructor(
    private readonly directory: string,
    /** told of every message accepted, with its id (what SES's Send event tells the feedback function) */
    private readonly accepted?: (confirmation: SentConfirmation) => Promise<unknown>,
  ) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const raw = await buildMimeMessage(email);
    const folder = join(this.directory, email.month, 'outbox');
    await mkdir(folder, { recursive: true });
    const recipient = email.to.toLowerCase().replace(/[^a-z0-9@._-]/g, '_');
    await writeFile(join(folder, `${email.pair.replace('/', '-')}--${recipient}.eml`), raw);
    const messageId = `outbox-${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
    // the confirmation travels apart from the sending, as SES's event does: its failure does not unsend
    await this.accepted?.({ pair: email.pair, month: email.month, recipients: [email.to], messageId }).catch(
      () => {},
    );
    return { messageId };
  }
}
