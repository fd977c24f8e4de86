// SES tells us when a briefing bounced for good or its recipient complained: that address receives no
// briefing any more, for any pair. A temporary bounce (a full mailbox) changes nothing. It also tells us that
// it accepted a briefing (its Send event): the delivery ledger records it as sent, even when the run that
// sent it could not.
import type { Logger } from '../ports/logger.js';
import type { SentConfirmation } from '../ports/mailer.js';
import type { DeliveryLedger, FigureRepository, SubscriptionRepository } from '../ports/trade-repository.js';

export interface EmailFeedback {
  kind: 'bounce' | 'complaint';
  /** for bounces: SES's bounce type; only "Permanent" unsubscribes */
  bounceType?: string;
  recipients: string[];
}

export interface EmailFeedbackDeps {
  subscriptions: SubscriptionRepository;
  figures: Pick<FigureRepository, 'listPairs'>;
  logger: Logger;
}

export const handleEmailFeedback =
  (deps: EmailFeedbackDeps) =>
  async (feedback: EmailFeedback): Promise<{ unsubscribed: Array<{ pair: string; email: string }> }> => {
    if (feedback.kind === 'bounce' && feedback.bounceType !== 'Permanent') return { unsubscribed: [] };
    const recipients = new Set(feedback.recipients.map((r) => r.trim().toLowerCase()));
    const unsubscribed: Array<{ pair: string; email: string }> = [];
    for (const pair of await deps.figures.listPairs()) {
      for (const s of await deps.subscriptions.listSubscribers(pair)) {
        if (!recipients.has(s.email.toLowerCase())) continue;
        await deps.subscriptions.unsubscribe(pair, s.email);
        unsubscribed.push({ pair, email: s.email });
      }
    }
    deps.logger.info(`recipients unsubscribed after a ${feedback.kind}`, { unsubscribed });
    return { unsubscribed };
  };

/**
 * The feedback in an SES event as EventBridge delivers it (detail-type "Email Bounced" or "Email Complaint
 * Received", detail in SES's event publishing format); undefined for any other event.
 */
export function feedbackFromSesEvent(event: unknown): EmailFeedback | undefined {
  const detail = (event as { detail?: Record<string, unknown> } | null)?.detail;
  const bounce = detail?.bounce as
    | { bounceType?: string; bouncedRecipients?: Array<{ emailAddress?: string }> }
    | undefined;
  const complaint = detail?.complaint as
    | { complainedRecipients?: Array<{ emailAddress?: string }> }
    | undefined;
  const addresses = (list?: Array<{ emailAddress?: string }>) =>
    (list ?? [])
      .map((r) => r.emailAddress)
      .filter((a): a is string => typeof a === 'string' && a.includes('@'));
  if (detail?.eventType === 'Bounce' && bounce) {
    return {
      kind: 'bounce',
      ...(bounce.bounceType ? { bounceType: bounce.bounceType } : {}),
      recipients: addresses(bounce.bouncedRecipients),
    };
  }
  if (detail?.eventType === 'Complaint' && complaint) {
    return { kind: 'complaint', recipients: addresses(complaint.complainedRecipients) };
  }
  return undefined;
}

/** The mail service accepted a briefing: its ledger entries are sent, whatever the sending run recorded. */
export const confirmDelivery =
  (deps: { ledger: Pick<DeliveryLedger, 'confirmSent'>; logger: Logger }) =>
  async (sent: SentConfirmation): Promise<{ confirmed: string[] }> => {
    const confirmed: string[] = [];
    for (const recipient of sent.recipients) {
      if (await deps.ledger.confirmSent(sent.pair, sent.month, recipient, sent.messageId))
        confirmed.push(recipient);
      else deps.logger.warn('a sent briefing has no delivery entry', { pair: sent.pair, month: sent.month });
    }
    return { confirmed };
  };

/**
 * SES's Send event as EventBridge delivers it (detail-type "Email Sent"): the pair and month come from the
 * message tags the briefing was sent with; undefined for any other event or a message of ours without them.
 */
export function sentFromSesEvent(event: unknown): SentConfirmation | undefined {
  const detail = (event as { detail?: Record<string, unknown> } | null)?.detail;
  if (detail?.eventType !== 'Send') return undefined;
  const mail = detail.mail as
    | { messageId?: string; destination?: string[]; tags?: Record<string, string[] | undefined> }
    | undefined;
  const pair = mail?.tags?.pair?.[0];
  const month = mail?.tags?.month?.[0];
  if (!mail?.messageId || !pair || !month || !/^[A-Z]+-[A-Z]+$/.test(pair) || !/^\d{4}-\d{2}$/.test(month))
    return undefined;
  return {
    pair: pair.replace('-', '/'),
    month,
    recipients: (mail.destination ?? []).filter((r) => r.includes('@')),
    messageId: mail.messageId,
  };
}
