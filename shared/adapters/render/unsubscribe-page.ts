// The small HTML pages of the unsubscribe endpoint, in the recipient's language: the confirmation a link
// opens (a button that POSTs, so that a mail scanner following links unsubscribes no one), the page after
// unsubscribing, and the page of a link that is not valid. Nothing a visitor sends is echoed unescaped.

import { briefingText } from '../../domain/briefing-text.js';
import type { Language } from '../../domain/extraction/language.js';

const WORDS: Record<
  Language,
  {
    title: string;
    confirm: (email: string, pair: string) => string;
    button: string;
    done: (email: string, pair: string) => string;
    already: (email: string, pair: string) => string;
    invalid: string;
    expired: string;
  }
> = {
  en: {
    title: 'Unsubscribe',
    confirm: (e, p) => `Stop sending the ${p} trade briefing to ${e}?`,
    button: 'Unsubscribe',
    done: (e, p) => `${e} will no longer receive the ${p} trade briefing.`,
    already: (e, p) => `${e} does not receive the ${p} trade briefing (any more).`,
    invalid: 'This unsubscribe link is not valid. Nothing was changed.',
    expired:
      'This unsubscribe link has expired. Nothing was changed: use the link of a more recent briefing.',
  },
  fr: {
    title: 'Désabonnement',
    confirm: (e, p) => `Ne plus envoyer la note commerciale ${p} à ${e} ?`,
    button: 'Se désabonner',
    done: (e, p) => `${e} ne recevra plus la note commerciale ${p}.`,
    already: (e, p) => `${e} ne reçoit pas (plus) la note commerciale ${p}.`,
    invalid: 'Ce lien de désabonnement n’est pas valide. Rien n’a été modifié.',
    expired:
      'Ce lien de désabonnement a expiré. Rien n’a été modifié : utilisez le lien d’une note plus récente.',
  },
  nl: {
    title: 'Uitschrijven',
    confirm: (e, p) => `De handelsbriefing ${p} niet meer naar ${e} sturen?`,
    button: 'Uitschrijven',
    done: (e, p) => `${e} ontvangt de handelsbriefing ${p} niet meer.`,
    already: (e, p) => `${e} ontvangt de handelsbriefing ${p} niet (meer).`,
    invalid: 'Deze uitschrijflink is niet geldig. Er is niets gewijzigd.',
    expired:
      'Deze uitschrijflink is verlopen. Er is niets gewijzigd: gebruik de link van een recentere briefing.',
  },
};

export type UnsubscribePage =
  | { kind: 'confirm'; email: string; pair: string; token: string }
  | { kind: 'done' | 'already'; email: string; pair: string }
  | { kind: 'invalid' | 'expired' };

/** The page, in `language` (English when the link says none). */
export function unsubscribePage(page: UnsubscribePage, language: Language = 'en'): string {
  const w = WORDS[language];
  const t = briefingText(language);
  const pairName =
    'pair' in page
      ? page.pair
          .split('/')
          .map((c) => t.name(c))
          .join(' – ')
      : '';
  const body =
    page.kind === 'confirm'
      ? `<p>${esc(w.confirm(page.email, pairName))}</p>
<form method="post" action="?token=${encodeURIComponent(page.token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:16px;padding:8px 16px">${esc(w.button)}</button></form>`
      : page.kind === 'done'
        ? `<p>${esc(w.done(page.email, pairName))}</p>`
        : page.kind === 'already'
          ? `<p>${esc(w.already(page.email, pairName))}</p>`
          : `<p>${esc(page.kind === 'expired' ? w.expired : w.invalid)}</p>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${esc(w.title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:3em auto;padding:0 1em;color:#1a1a1a">
<h1 style="font-size:20px">${esc(w.title)}</h1>
${body}
</body></html>
`;
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
