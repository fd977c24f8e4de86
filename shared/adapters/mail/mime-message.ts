// Builds the raw MIME message of a briefing email with nodemailer's MailComposer (multipart/alternative of
// the text and HTML bodies, inside multipart/mixed with the attachments): the same bytes go to SES v2
// (Content.Raw) and into local .eml files.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { OutgoingEmail } from '../../ports/mailer.js';

export async function buildMimeMessage(email: OutgoingEmail): Promise<Buffer> {
  const composer = new MailComposer({
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    headers: {
      'X-Trade-Briefing-Pair': email.pair,
      'X-Trade-Briefing-Month': email.month,
      ...email.headers,
    },
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content),
    })),
  });
  return composer.compile().build();
}
