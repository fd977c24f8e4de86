// Builds the month's briefing for every pair with figures, stores its files in the bucket under
// reports/YYYY-MM/, and emails them once to each subscriber of the pair: the ledger entry is claimed with a
// conditional write before sending, so a second run or a retry never sends a second copy. Once the mail
// service has accepted a message, nothing marks it failed: the service's own confirmation (SES's Send event,
// the outbox locally) records it as sent even when this run's ledger update fails. An entry left at
// `sending` by a run that stopped before the service accepted it is taken over and sent by a later run. A
// pair whose briefing cannot be built or stored is reported, and the other pairs are still sent.
import { type Briefing, type BriefingLanguage, briefingFileName, buildBriefing } from '../domain/briefing.js';
import { briefingEmail } from '../domain/briefing-email.js';
import type { DocumentRecord } from '../domain/document.js';
import type { TradeFigure } from '../domain/figure.js';
import { REPORTS_PREFIX } from '../domain/locations.js';
import type { BriefingRenderer } from '../ports/briefing-renderer.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { Logger } from '../ports/logger.js';
import type { Attachment, Mailer } from '../ports/mailer.js';
import type { MessageSigner } from '../ports/message-signer.js';
import type {
  DeliveryLedger,
  DocumentRepository,
  FigureRepository,
  Subscription,
  SubscriptionRepository,
} from '../ports/trade-repository.js';
import { issueUnsubscribeToken } from './unsubscribe.js';

export interface SendBriefingsDeps {
  figures: FigureRepository;
  documents: DocumentRepository;
  subscriptions: SubscriptionRepository;
  ledger: DeliveryLedger;
  store: DocumentStore;
  renderers: BriefingRenderer[];
  mailer: Mailer;
  bucket: string;
  sender: string;
  logger: Logger;
  now?: () => Date;
  /** attachments larger than this in all go as links instead: SES v2 takes 40 MB a message, base64 included */
  maxAttachmentBytes?: number;
  /** How long such links should work, in hours; shorter when the signing credentials expire sooner. */
  linkLifetimeHours?: number;
  /**
   * How a recipient unsubscribes: a link to `url` (the stack's HTTPS endpoint, also in the List-Unsubscribe
   * headers) with a token `signer` signs; without a url (a local run), the command that does the same
   */
  unsubscribe?: { signer: MessageSigner; url?: string };
}

/** 40 MB of message, less the base64 growth (4/3) and room for the text and headers. */
export const MAX_ATTACHMENT_BYTES = 28 * 1024 * 1024;
/** how long a download link in a briefing email works, unless told otherwise: a week */
export const LINK_LIFETIME_HOURS = 7 * 24;
/**
 * A delivery claimed this long ago and still unconfirmed was claimed by a run that stopped before the mail
 * service accepted it: a run lasts 15 minutes at most, and SES confirms an accepted message within seconds.
 */
export const STALE_SENDING_MS = 60 * 60 * 1000;

export interface PairDelivery {
  pair: string;
  figures: number;
  files: string[];
  sent: string[];
  alreadySent: string[];
  failed: string[];
  /** claimed by another run, not confirmed yet, not stale: neither counted as sent nor sent again */
  awaiting: string[];
  /** left at `sending` by a run that stopped before the mail service accepted it: sent by this run */
  recovered: string[];
  /** why this pair's briefing could not be built, stored or delivered (the other pairs went on) */
  error?: string;
}

export interface SendBriefingsResult {
  month: string;
  pairs: PairDelivery[];
}

export const sendBriefings =
  (deps: SendBriefingsDeps) =>
  async (input: { month: string; pairs?: string[]; emails?: string[] }): Promise<SendBriefingsResult> => {
    const pairs = input.pairs ?? (await deps.figures.listPairs());
    const only = input.emails ? new Set(input.emails.map((e) => e.toLowerCase())) : undefined;
    const result: SendBriefingsResult = { month: input.month, pairs: [] };
    // every document is listed once per run, not once per pair
    const documents = documentIndex(deps);
    for (const pair of pairs) {
      const delivery: PairDelivery = {
        pair,
        figures: 0,
        files: [],
        sent: [],
        alreadySent: [],
        failed: [],
        awaiting: [],
        recovered: [],
      };
      try {
        const subscribers = (await deps.subscriptions.listSubscribers(pair)).filter(
          (s) => !only || only.has(s.email.toLowerCase()),
        );
        if (only && subscribers.length === 0) continue;
        // one briefing per language its subscribers read (English when nobody subscribed yet)
        const languages = [...new Set(subscribers.map((s) => s.language))];
        // the pair's figures and documents are read once, whatever the number of languages
        const read = await readPair(deps, pair, documents);
        if (!read) continue;
        const rendered = new Map<BriefingLanguage, { briefing: Briefing; attachments: Attachment[] }>();
        for (const language of languages.length > 0 ? languages : (['en'] as const)) {
          const briefing = briefingOf(deps, read, pair, input.month, language);
          rendered.set(language, { briefing, attachments: await renderAndStore(deps, briefing) });
        }
        const any = [...rendered.values()][0];
        if (!any) continue;
        delivery.figures = any.briefing.figures.length + any.briefing.regionalFigures.length;
        delivery.files = [...rendered.values()].flatMap((r) =>
          r.attachments.map((a) => reportKey(input.month, a.filename)),
        );
        for (const subscriber of subscribers) {
          const { briefing, attachments } = rendered.get(subscriber.language) ?? any;
          const outcome = await deliver(deps, briefing, subscriber, attachments);
          delivery[outcome].push(subscriber.email);
        }
      } catch (error) {
        delivery.error = describeError(error);
        deps.logger.error('the briefing of a pair failed; the other pairs go on', {
          pair,
          month: input.month,
          error: delivery.error,
        });
      }
      result.pairs.push(delivery);
    }
    return result;
  };

/**
 * Sends the month's briefing again to recipients whose delivery failed (all of them, or those of one pair or
 * one address): each failed ledger entry is reopened, then delivered through the same claim as the first time.
 */
export const resendBriefings =
  (deps: SendBriefingsDeps) =>
  async (input: { month: string; pair?: string; email?: string }): Promise<SendBriefingsResult> => {
    const pairs = input.pair ? [input.pair] : await deps.figures.listPairs();
    const result: SendBriefingsResult = { month: input.month, pairs: [] };
    for (const pair of pairs) {
      const reopened: string[] = [];
      for (const entry of await deps.ledger.list(pair, input.month)) {
        if (entry.status !== 'failed') continue;
        if (input.email && entry.email !== input.email.toLowerCase()) continue;
        if (await deps.ledger.reopen(pair, input.month, entry.email)) reopened.push(entry.email);
      }
      if (reopened.length === 0) continue;
      result.pairs.push(
        ...(await sendBriefings(deps)({ month: input.month, pairs: [pair], emails: reopened })).pairs,
      );
    }
    return result;
  };

/** The briefing of one pair in one language, or undefined when nothing was read about the pair. */
export async function prepareBriefing(
  deps: Pick<SendBriefingsDeps, 'figures' | 'documents' | 'now'>,
  pair: string,
  month: string,
  language: BriefingLanguage = 'en',
  documents: DocumentIndex = documentIndex(deps),
): Promise<Briefing | undefined> {
  const read = await readPair(deps, pair, documents);
  return read && briefingOf(deps, read, pair, month, language);
}

interface PairRead {
  figures: TradeFigure[];
  documents: DocumentRecord[];
}

/** Every document, listed once and on first use: by id, and the ones filed under each pair. */
export type DocumentIndex = () => Promise<{
  byId: Map<string, DocumentRecord>;
  byPair: Map<string, DocumentRecord[]>;
}>;

export function documentIndex(deps: Pick<SendBriefingsDeps, 'documents'>): DocumentIndex {
  let listed: ReturnType<DocumentIndex> | undefined;
  return () => {
    listed ??= deps.documents.listDocuments().then((all) => {
      const byId = new Map(all.map((d) => [d.document_id, d]));
      const byPair = new Map<string, DocumentRecord[]>();
      for (const d of all) for (const pair of d.pairs) byPair.set(pair, [...(byPair.get(pair) ?? []), d]);
      return { byId, byPair };
    });
    return listed;
  };
}

/** A pair's figures and the documents read about it, or undefined when nothing was read about the pair. */
async function readPair(
  deps: Pick<SendBriefingsDeps, 'figures'>,
  pair: string,
  documents: DocumentIndex,
): Promise<PairRead | undefined> {
  const figures = await deps.figures.listPairFigures(pair);
  const { byId, byPair } = await documents();
  const ids = new Set(figures.map((f) => f.document_id));
  const sources = [...ids].flatMap((id) => byId.get(id) ?? []);
  // documents about the pair that brought no figure (yet): listed as read, so a pair with none still gets
  // a short briefing that says so
  const about = (byPair.get(pair) ?? []).filter((d) => !ids.has(d.document_id) && d.status !== 'duplicate');
  if (figures.length === 0 && about.length === 0) return undefined;
  return { figures, documents: [...sources, ...about] };
}

function briefingOf(
  deps: Pick<SendBriefingsDeps, 'now'>,
  read: PairRead,
  pair: string,
  month: string,
  language: BriefingLanguage,
): Briefing {
  return buildBriefing({
    pair,
    month,
    language,
    generatedAt: (deps.now?.() ?? new Date()).toISOString(),
    figures: read.figures,
    documents: read.documents,
  });
}

/** Where a month's rendered briefing is kept: reports/YYYY-MM/<file>. */
const reportKey = (month: string, filename: string) => `${REPORTS_PREFIX}${month}/${filename}`;

async function renderAndStore(deps: SendBriefingsDeps, briefing: Briefing): Promise<Attachment[]> {
  const attachments: Attachment[] = [];
  for (const renderer of deps.renderers) {
    const content = await renderer.render(briefing);
    const filename = briefingFileName(briefing.pair, briefing.month, renderer.extension, briefing.language);
    await deps.store.put(deps.bucket, reportKey(briefing.month, filename), content, renderer.contentType);
    attachments.push({ filename, contentType: renderer.contentType, content });
  }
  return attachments;
}

async function deliver(
  deps: SendBriefingsDeps,
  briefing: Briefing,
  subscriber: Subscription,
  attachments: Attachment[],
): Promise<'sent' | 'alreadySent' | 'failed' | 'awaiting' | 'recovered'> {
  const { pair, month } = briefing;
  const email = subscriber.email;
  let recovering = false;
  if (!(await deps.ledger.claim(pair, month, email))) {
    const entry = await deps.ledger.get(pair, month, email);
    if (!entry || entry.status === 'sent') return 'alreadySent';
    if (entry.status === 'failed') return 'failed';
    const claimedAt = entry.claimed_at ? Date.parse(entry.claimed_at) : Number.NaN;
    const now = (deps.now?.() ?? new Date()).getTime();
    if (!(now - claimedAt >= STALE_SENDING_MS)) return 'awaiting';
    // claimed long ago and never confirmed: the run that claimed it stopped before the mail service accepted
    // it; of two runs that find it so, one takes it over
    if (!(entry.claimed_at && (await deps.ledger.takeOver(pair, month, email, entry.claimed_at))))
      return 'awaiting';
    deps.logger.warn('a delivery left unsent by a run that stopped is sent now', {
      pair,
      month,
      claimedAt: entry.claimed_at,
    });
    recovering = true;
  }
  let messageId: string;
  try {
    const size = attachments.reduce((n, a) => n + a.content.byteLength, 0);
    const asLinks = size > (deps.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES);
    const links = asLinks
      ? await Promise.all(
          attachments.map(async (a) => ({
            filename: a.filename,
            ...(await deps.store.presignGet(
              deps.bucket,
              reportKey(month, a.filename),
              (deps.linkLifetimeHours ?? LINK_LIFETIME_HOURS) * 3600,
            )),
          })),
        )
      : [];
    const unsubscribe = await unsubscribeOf(deps, pair, subscriber);
    const content = briefingEmail({
      briefing,
      links,
      linkHours: linkHoursOf(links),
      unsubscribe: unsubscribe?.content ?? null,
    });
    ({ messageId } = await deps.mailer.send({
      from: deps.sender,
      to: email,
      subject: content.subject,
      text: content.text,
      html: content.html,
      ...(unsubscribe?.headers ? { headers: unsubscribe.headers } : {}),
      attachments: asLinks ? [] : attachments,
      pair,
      month,
    }));
  } catch (error) {
    const reason = describeError(error);
    deps.logger.error('briefing email failed', { pair, month, reason });
    await deps.ledger.markFailed(pair, month, email, reason);
    return 'failed';
  }
  // The mail service accepted it: the recipient has it, whatever happens to the ledger now. Should this
  // update fail, the service's confirmation marks it sent, and no later run sends it again.
  try {
    await deps.ledger.markSent(pair, month, email, messageId);
  } catch (error) {
    deps.logger.error('a sent briefing could not be recorded; the mail service confirmation will record it', {
      pair,
      month,
      messageId,
      error: describeError(error),
    });
  }
  return recovering ? 'recovered' : 'sent';
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'unknown error';

/** The links' shortest life, in whole hours (a minute of slack: they were signed a moment ago). */
function linkHoursOf(links: Array<{ expiresAt: Date }>): number {
  const soonest = Math.min(...links.map((l) => l.expiresAt.getTime()));
  return Math.max(1, Math.floor((soonest - Date.now() + 60_000) / 3_600_000));
}

/**
 * The recipient's way out: a signed link to the stack's endpoint, also as RFC 8058 one-click headers (mail
 * programs show an Unsubscribe button and POST to it); on a local run, the command that does the same.
 */
async function unsubscribeOf(deps: SendBriefingsDeps, pair: string, subscriber: Subscription) {
  if (!deps.unsubscribe) return undefined;
  const token = await issueUnsubscribeToken(
    { signer: deps.unsubscribe.signer, ...(deps.now ? { now: deps.now } : {}) },
    { pair, email: subscriber.email, language: subscriber.language },
  );
  if (!deps.unsubscribe.url)
    return { content: { command: `npx trade-briefings unsubscribe --token ${token}` } };
  const url = new URL(deps.unsubscribe.url);
  url.searchParams.set('token', token);
  return {
    content: { url: url.toString() },
    headers: {
      'List-Unsubscribe': `<${url.toString()}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
