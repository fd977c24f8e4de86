// SES tells us when a briefing bounced for good or its recipient complained: that address receives no
// briefing any more, for any pair. A temporary bounce (a full mailbox) changes nothing.
import type { Logger } from '../ports/logger.js';
import type { FigureRepository, SubscriptionRepository } from '../ports/trade-repository.js';

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
