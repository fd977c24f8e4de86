// Local stand-in for SES: writes each email as an .eml file to <dir>/<YYYY-MM>/outbox/.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingEmail } from '../../ports/mailer.js';
import { buildMimeMessage } from './mime-message.js';

export class OutboxMailer implements Mailer {
  constructor(private readonly directory: string) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const raw = await buildMimeMessage(email);
    const folder = join(this.directory, email.month, 'outbox');
    await mkdir(folder, { recursive: true });
    const recipient = email.to.toLowerCase().replace(/[^a-z0-9@._-]/g, '_');
    await writeFile(join(folder, `${email.pair.replace('/', '-')}--${recipient}.eml`), raw);
    return { messageId: `outbox-${createHash('sha256').update(raw).digest('hex').slice(0, 16)}` };
  }
}
