// Sends one briefing email. SES in AWS; .eml files in a local outbox.
export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  /** the plain-text body: the alternative of `html`, or the only body */
  text: string;
  html?: string;
  /** extra headers (List-Unsubscribe, List-Unsubscribe-Post) */
  headers?: Record<string, string>;
  attachments: Attachment[];
  /** what the email is about, for file names and message tags */
  pair: string;
  month: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** The mail service's word that it accepted a message (SES's Send event; the outbox locally). */
export interface SentConfirmation {
  pair: string;
  month: string;
  recipients: string[];
  messageId: string;
}
