// Builds the month's briefing for every pair with figures, stores its files in the bucket under
// reports/YYYY-MM/, and emails them once to each subscriber of the pair: the ledger entry is claimed with a
// conditional write before sending, so a second run or a retry never sends a second copy.
import { type Briefing, briefingFileName, buildBriefing } from '../domain/briefing.js';
import type { DocumentRecord } from '../domain/document.js';
import { REPORTS_PREFIX } from '../domain/locations.js';
import type { BriefingRenderer } from '../ports/briefing-renderer.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { Logger } from '../ports/logger.js';
import type { Attachment, Mailer } from '../ports/mailer.js';
import type {
  DeliveryLedger,
  DocumentRepository,
  FigureRepository,
  Subscription,
  SubscriptionRepository,
} from '../ports/trade-repository.js';

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
}

export interface PairDelivery {
  pair: string;
  figures: number;
  files: string[];
  sent: string[];
  alreadySent: string[];
  failed: string[];
}

export interface SendBriefingsResult {
  month: string;
  pairs: PairDelivery[];
}

export const sendBriefings =
  (deps: SendBriefingsDeps) =>
  async (input: { month: string; pairs?: string[] }): Promise<SendBriefingsResult> => {
    const pairs = input.pairs ?? (await deps.figures.listPairs());
    const result: SendBriefingsResult = { month: input.month, pairs: [] };
    for (const pair of pairs) {
      const briefing = await prepareBriefing(deps, pair, input.month);
      if (!briefing) continue;
      const attachments = await renderAndStore(deps, briefing);
      const delivery: PairDelivery = {
        pair,
        figures: briefing.figures.length + briefing.regionalFigures.length,
        files: attachments.map((a) => `${REPORTS_PREFIX}${input.month}/${a.filename}`),
        sent: [],
        alreadySent: [],
        failed: [],
      };
      for (const subscriber of await deps.subscriptions.listSubscribers(pair)) {
        const outcome = await deliver(deps, briefing, subscriber, attachments);
        delivery[outcome].push(subscriber.email);
      }
      result.pairs.push(delivery);
    }
    return result;
  };

/** The briefing of one pair, or undefined when the pair has no figures. */
export async function prepareBriefing(
  deps: Pick<SendBriefingsDeps, 'figures' | 'documents' | 'now'>,
  pair: string,
  month: string,
): Promise<Briefing | undefined> {
  const figures = await deps.figures.listPairFigures(pair);
  if (figures.length === 0) return undefined;
  const documents: DocumentRecord[] = [];
  for (const id of new Set(figures.map((f) => f.document_id))) {
    const doc = await deps.documents.getDocument(id);
    if (doc) documents.push(doc);
  }
  return buildBriefing({
    pair,
    month,
    generatedAt: (deps.now?.() ?? new Date()).toISOString(),
    figures,
    documents,
  });
}

async function renderAndStore(deps: SendBriefingsDeps, briefing: Briefing): Promise<Attachment[]> {
  const attachments: Attachment[] = [];
  for (const renderer of deps.renderers) {
    const content = await renderer.render(briefing);
    const filename = briefingFileName(briefing.pair, briefing.month, renderer.extension);
    await deps.store.put(
      deps.bucket,
      `${REPORTS_PREFIX}${briefing.month}/${filename}`,
      content,
      renderer.contentType,
    );
    attachments.push({ filename, contentType: renderer.contentType, content });
  }
  return attachments;
}

async function deliver(
  deps: SendBriefingsDeps,
  briefing: Briefing,
  subscriber: Subscription,
  attachments: Attachment[],
): Promise<'sent' | 'alreadySent' | 'failed'> {
  const { pair, month } = briefing;
  if (!(await deps.ledger.claim(pair, month, subscriber.email))) return 'alreadySent';
  try {
    const { messageId } = await deps.mailer.send({
      from: deps.sender,
      to: subscriber.email,
      subject: `Trade briefing ${pair} — ${month}`,
      text: emailText(briefing),
      attachments,
      pair,
      month,
    });
    await deps.ledger.markSent(pair, month, subscriber.email, messageId);
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'unknown error';
    deps.logger.error('briefing email failed', { pair, month, reason });
    await deps.ledger.markFailed(pair, month, subscriber.email, reason);
    return 'failed';
  }
}

function emailText(briefing: Briefing): string {
  const count = briefing.figures.length + briefing.regionalFigures.length;
  return [
    `Trade briefing ${briefing.pair} for ${briefing.month}.`,
    '',
    `${count} trade figure${count === 1 ? '' : 's'} from ${briefing.sources.length} source document${briefing.sources.length === 1 ? '' : 's'}.`,
    'The Excel workbook lists every figure with its source and quote; the PDF is the readable briefing.',
    '',
    `To stop receiving this briefing, reply with "unsubscribe ${briefing.pair}" or ask your administrator to run:`,
    `npx trade-briefings unsubscribe --pair ${briefing.pair} --email <your address>`,
  ].join('\n');
}
