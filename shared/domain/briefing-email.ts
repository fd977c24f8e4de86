// The email that carries a briefing, in the recipient's language: the summary and the two or three key
// figures in both an HTML body and its plain-text alternative, what is attached (or the download links),
// and how to unsubscribe: the signed link (in AWS) or, on a local run, the command that does the same.
import type { Briefing } from './briefing.js';
import type { HeadlineEntry } from './briefing-sections.js';
import { growthPhrase } from './briefing-summary.js';
import { type BriefingText, briefingText, cap } from './briefing-text.js';

/** How many headline figures the email carries. */
export const KEY_FIGURES = 3;

export interface BriefingEmailInput {
  briefing: Briefing;
  /** download links when the files are too large to attach, and how many hours they work */
  links: Array<{ filename: string; url: string }>;
  linkHours: number;
  /** the signed unsubscribe link, or the local command that does the same, or nothing (no signer) */
  unsubscribe: { url: string } | { command: string } | null;
}

export interface BriefingEmailContent {
  subject: string;
  text: string;
  html: string;
}

/** "Exports Flanders → Morocco: 768 million EUR (2017), up 5 % on 2016" */
function keyFigure(
  e: HeadlineEntry,
  home: string,
  t: BriefingText,
): { label: string; value: string; detail: string } {
  const f = e.latest;
  const measure = f.measure === 'value' ? null : t.measureOf(f);
  const growth = growthPhrase(e, t);
  const detail = [t.when(f.period), measure, growth, e.rank ? t.rankSentence(e.rank) : null]
    .filter(Boolean)
    .join(' · ');
  return { label: t.flowLabel(e.flow, home), value: t.figureValue(f), detail };
}

export function briefingEmail(input: BriefingEmailInput): BriefingEmailContent {
  const b = input.briefing;
  const t = briefingText(b.language);
  const names = t.pairTitle(b.home, b.partner);
  const month = t.formatMonth(b.month);
  const subject = `${t.title} ${names} — ${month}`;
  const total = b.figures.length + b.regionalFigures.length;
  const figures = b.headline.slice(0, KEY_FIGURES).map((e) => keyFigure(e, b.home, t));
  const intro = total === 0 ? t.noFigures : b.summary.join(' ');
  const files = input.links.length > 0 ? t.linksNote(input.linkHours) : t.email.attached;
  const unsubscribe = input.unsubscribe;

  const text = [
    `${t.title} ${names}, ${month}`,
    '',
    intro,
    ...(figures.length > 0
      ? [
          '',
          `${t.email.keyFigures}${t.colon.trimEnd()}`,
          ...figures.map((f) => `- ${f.label}${t.colon}${f.value} (${f.detail})`),
        ]
      : []),
    '',
    files,
    ...input.links.map((l) => `${l.filename}: ${l.url}`),
    '',
    t.email.unsubscribeNote,
    ...(unsubscribe === null
      ? []
      : 'url' in unsubscribe
        ? [`${t.email.unsubscribeLink}${t.colon}${unsubscribe.url}`]
        : [t.email.localUnsubscribe(unsubscribe.command)]),
  ].join('\n');

  const rows = figures
    .map(
      (f) =>
        `<tr><td style="padding:6px 12px 6px 0;color:#5f6368;font-size:13px">${esc(f.label)}</td>` +
        `<td style="padding:6px 12px 6px 0;font-size:16px;font-weight:bold;white-space:nowrap">${esc(f.value)}</td>` +
        `<td style="padding:6px 0;color:#5f6368;font-size:13px">${esc(f.detail)}</td></tr>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="${b.language}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.45">
<h1 style="font-size:20px;margin:0 0 4px">${esc(`${t.title} ${names}`)}</h1>
<p style="margin:0 0 16px;color:#5f6368">${esc(cap(month))}</p>
<p style="margin:0 0 16px">${esc(intro)}</p>
${figures.length > 0 ? `<h2 style="font-size:15px;color:#1f5fa8;margin:16px 0 4px">${esc(t.email.keyFigures)}</h2>\n<table role="presentation" style="border-collapse:collapse">${rows}</table>` : ''}
<p style="margin:16px 0 4px">${esc(files)}</p>
${input.links.length > 0 ? `<ul>${input.links.map((l) => `<li><a href="${esc(l.url)}">${esc(l.filename)}</a></li>`).join('')}</ul>` : ''}
<p style="margin:24px 0 0;color:#5f6368;font-size:12px">${esc(t.email.unsubscribeNote)}${
    unsubscribe === null
      ? ''
      : 'url' in unsubscribe
        ? ` <a href="${esc(unsubscribe.url)}" style="color:#5f6368">${esc(t.email.unsubscribeLink)}</a>`
        : ` ${esc(t.email.localUnsubscribe(unsubscribe.command))}`
  }</p>
</body></html>
`;
  return { subject, text, html };
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
