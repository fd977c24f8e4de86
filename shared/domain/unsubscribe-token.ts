// The token of an unsubscribe link: which address leaves which pair's briefing, until when the link works,
// signed with a key only the stack holds (HMAC-SHA256). Its parts and checks are here; the signing is an
// adapter's (the key never reaches the domain).
import { z } from 'zod';
import { LANGUAGES } from './extraction/language.js';

/** How long an unsubscribe link works: a year and a month, so that last year's briefing still unsubscribes. */
export const UNSUBSCRIBE_LINK_DAYS = 400;

export const UnsubscribeClaimSchema = z.object({
  /** the pair, A/B */
  p: z.string().regex(/^[A-Z]{2,7}\/[A-Z]{2,7}$/),
  /** the address, lower-case */
  e: z.string().min(3).max(320),
  /** the recipient's language, for the pages the link opens */
  l: z.enum(LANGUAGES),
  /** when the link stops working, in seconds since 1970 */
  x: z.number().int().positive(),
});
export type UnsubscribeClaim = z.infer<typeof UnsubscribeClaimSchema>;

/** What is signed: a version and purpose prefix, so that no other signature of the key can pass for it. */
export const signedText = (payload: string) => `trade-briefings/unsubscribe/v1.${payload}`;

/** The claim of a new link for `pair` and `email`, expiring `days` after `now`. */
export function unsubscribeClaim(
  pair: string,
  email: string,
  language: UnsubscribeClaim['l'],
  now: Date,
  days = UNSUBSCRIBE_LINK_DAYS,
): UnsubscribeClaim {
  return {
    p: pair,
    e: email.toLowerCase(),
    l: language,
    x: Math.floor(now.getTime() / 1000) + days * 86_400,
  };
}

/** base64url(JSON of the claim): the payload the MAC is computed over. */
export const claimPayload = (claim: UnsubscribeClaim) =>
  Buffer.from(JSON.stringify(claim)).toString('base64url');

/** "payload.mac", both base64url: short enough for a URL and a List-Unsubscribe header. */
export const tokenOf = (payload: string, mac: Uint8Array) =>
  `${payload}.${Buffer.from(mac).toString('base64url')}`;

/** A token's payload, MAC and claim, or null when it is not one (malformed, or a claim of another shape). */
export function parseToken(
  token: string,
): { payload: string; mac: Uint8Array; claim: UnsubscribeClaim } | null {
  if (token.length > 2048) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!match) return null;
  const [, payload = '', mac = ''] = match;
  try {
    const claim = UnsubscribeClaimSchema.safeParse(
      JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
    );
    return claim.success
      ? { payload, mac: new Uint8Array(Buffer.from(mac, 'base64url')), claim: claim.data }
      : null;
  } catch {
    return null;
  }
}

/** True when the link no longer works at `now`. */
export const isExpired = (claim: UnsubscribeClaim, now: Date) => claim.x * 1000 <= now.getTime();
