// Unsubscribe links: each briefing email carries a link signed for its recipient and pair; following it
// (the RFC 8058 one-click POST, or the page's button) removes that subscription and nothing else. A token
// that is forged, altered or expired changes nothing.
import type { Language } from '../domain/extraction/language.js';
import {
  claimPayload,
  isExpired,
  parseToken,
  signedText,
  tokenOf,
  type UnsubscribeClaim,
  unsubscribeClaim,
} from '../domain/unsubscribe-token.js';
import type { Logger } from '../ports/logger.js';
import type { MessageSigner } from '../ports/message-signer.js';
import type { SubscriptionRepository } from '../ports/trade-repository.js';

export interface UnsubscribeDeps {
  signer: MessageSigner;
  subscriptions: Pick<SubscriptionRepository, 'unsubscribe'>;
  logger: Logger;
  now?: () => Date;
}

/** A new token for `email` to leave `pair`. */
export async function issueUnsubscribeToken(
  deps: Pick<UnsubscribeDeps, 'signer' | 'now'>,
  input: { pair: string; email: string; language: Language },
): Promise<string> {
  const claim = unsubscribeClaim(input.pair, input.email, input.language, deps.now?.() ?? new Date());
  const payload = claimPayload(claim);
  return tokenOf(payload, await deps.signer.sign(signedText(payload)));
}

export type TokenCheck =
  | { valid: true; claim: UnsubscribeClaim }
  | { valid: false; reason: 'malformed' | 'forged' | 'expired'; claim?: UnsubscribeClaim };

/** What a token says, once its signature is checked; an expired one is told apart (its page says so). */
export const checkUnsubscribeToken =
  (deps: Pick<UnsubscribeDeps, 'signer' | 'now'>) =>
  async (token: string): Promise<TokenCheck> => {
    const parsed = parseToken(token);
    if (!parsed) return { valid: false, reason: 'malformed' };
    if (!(await deps.signer.verify(signedText(parsed.payload), parsed.mac)))
      return { valid: false, reason: 'forged' };
    if (isExpired(parsed.claim, deps.now?.() ?? new Date()))
      return { valid: false, reason: 'expired', claim: parsed.claim };
    return { valid: true, claim: parsed.claim };
  };

export type UnsubscribeOutcome =
  | { outcome: 'unsubscribed' | 'not-subscribed'; claim: UnsubscribeClaim }
  | { outcome: 'refused'; reason: 'malformed' | 'forged' | 'expired'; claim?: UnsubscribeClaim };

/** Removes the subscription a valid token names (again: it is already gone); refuses any other token. */
export const unsubscribeWithToken =
  (deps: UnsubscribeDeps) =>
  async (token: string): Promise<UnsubscribeOutcome> => {
    const check = await checkUnsubscribeToken(deps)(token);
    if (!check.valid) {
      // the address is not logged: a refused token may name anyone
      deps.logger.warn('an unsubscribe token was refused', { reason: check.reason });
      return { outcome: 'refused', reason: check.reason, ...(check.claim ? { claim: check.claim } : {}) };
    }
    const removed = await deps.subscriptions.unsubscribe(check.claim.p, check.claim.e);
    deps.logger.info('unsubscribed through a link', { pair: check.claim.p, removed });
    return { outcome: removed ? 'unsubscribed' : 'not-subscribed', claim: check.claim };
  };
