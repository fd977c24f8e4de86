// The words and number formats of a briefing in each subscriber's language (French, Dutch, English):
// labels, amounts ("3,1 milliards USD", "768 miljoen EUR"), percentages, ranks, periods and dates follow it.
import type { BriefingLanguage } from './briefing.js';
import type { Flow, Novelty } from './briefing-sections.js';
import type { TradeFigure } from './figure.js';

interface Words {
  locale: string;
  title: string;
  generated: string;
  sections: {
    headline: string;
    trends: string;
    targets: string;
    conflicts: string;
    newThisMonth: string;
    regions: string;
    figures: string;
    sources: string;
    summary: string;
    documentsRead: string;
  };
  metric: Record<TradeFigure['metric'], string>;
  measure: Record<TradeFigure['measure'], string>;
  kind: Record<TradeFigure['kind'], string>;
  bound: Record<TradeFigure['bound'], string>;
  latest: string;
  previous: string;
  change: string;
  target: string;
  latestActual: string;
  reached: string;
  period: string;
  value: string;
  source: string;
  sources: string;
  published: string;
  quote: string;
  status: string;
  count: string;
  document: string;
  direction: string;
  sector: string;
  unknownPeriod: string;
  inEuros: string;
  noFigures: string;
  noneThisMonth: string;
  noConflicts: string;
  noTargets: string;
  noTrend: string;
  regionsNote: string;
  conflictsNote: string;
  page: (page: number, of: number) => string;
  figuresCount: (figures: number, documents: number) => string;
  unsubscribe: (pair: string) => string;
  emailIntro: (pair: string, month: string) => string;
  filesNote: string;
  linksNote: (hours: number) => string;
  statusName: Record<'processed' | 'duplicate' | 'rejected' | 'needs_review', string>;
  novelty: { added: string; confirmed: string; revised: string };
  rank: (n: number) => string;
  columns: Record<string, string>;
}

const COLUMN_KEYS = [
  'metric',
  'measure',
  'from',
  'to',
  'value',
  'unit',
  'period',
  'kind',
  'bound',
  'sector',
  'value_eur',
  'value_usd',
  'conversion',
  'quote',
  'confidence',
  'source',
  'published',
] as const;

const EN: Words = {
  locale: 'en-GB',
  title: 'Trade briefing',
  generated: 'generated',
  sections: {
    headline: 'Where the relationship stands',
    trends: 'Trend over the years (EUR)',
    targets: 'Targets',
    conflicts: 'Sources that disagree',
    newThisMonth: 'New this month',
    regions: 'Regions (not included in national totals)',
    figures: 'All figures',
    sources: 'Sources',
    summary: 'Summary',
    documentsRead: 'Documents read about this pair',
  },
  metric: {
    exports: 'Exports',
    imports: 'Imports',
    bilateral_trade: 'Bilateral trade',
    trade_balance: 'Trade balance',
    fdi: 'Investment (FDI)',
    total_trade: 'Total trade',
  },
  measure: { value: 'value', share: 'share', growth: 'growth', rank: 'rank' },
  kind: { actual: 'actual', target: 'target', forecast: 'forecast' },
  bound: { eq: '', lt: 'less than ', gt: 'more than ', approx: 'about ' },
  latest: 'Latest',
  previous: 'Before',
  change: 'Change',
  target: 'Target',
  latestActual: 'Latest actual',
  reached: 'Reached',
  period: 'Period',
  value: 'Value',
  source: 'Source',
  sources: 'Sources',
  published: 'Published',
  quote: 'Quote',
  status: 'Status',
  count: 'Figures',
  document: 'Document',
  direction: 'Direction',
  sector: 'Sector',
  unknownPeriod: 'period unknown',
  inEuros: 'in EUR',
  noFigures: 'No trade figures have been found for this pair yet.',
  noneThisMonth: 'No document about this pair was ingested this month.',
  noConflicts: 'No source contradicts another.',
  noTargets: 'No target has been stated.',
  noTrend: 'Not enough years to draw a trend.',
  regionsNote: 'Figures of a region are shown apart and never added to the national totals.',
  conflictsNote: 'The same figure reported differently by different sources, side by side; never averaged.',
  page: (p, n) => `page ${p} of ${n}`,
  figuresCount: (f, d) =>
    `${f} trade figure${f === 1 ? '' : 's'} from ${d} source document${d === 1 ? '' : 's'}.`,
  unsubscribe: (pair) =>
    `To stop receiving this briefing, reply with "unsubscribe ${pair}" or ask your administrator to run: npx trade-briefings unsubscribe --pair ${pair} --email <your address>`,
  emailIntro: (pair, month) => `Trade briefing ${pair} for ${month}.`,
  filesNote: 'The PDF is the briefing; the Excel workbook lists every figure with its source and quote.',
  linksNote: (h) =>
    `The files are too large to attach; download them within ${h % 24 === 0 ? `${h / 24} day${h === 24 ? '' : 's'}` : `${h} hour${h === 1 ? '' : 's'}`}:`,
  statusName: {
    processed: 'processed',
    duplicate: 'duplicate',
    rejected: 'refused',
    needs_review: 'to review',
  },
  novelty: { added: 'new', confirmed: 'confirms', revised: 'revises' },
  rank: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,
  columns: {
    metric: 'Metric',
    measure: 'Measure',
    from: 'From',
    to: 'To',
    value: 'Value',
    unit: 'Unit',
    period: 'Period',
    kind: 'Kind',
    bound: 'Bound',
    sector: 'Sector',
    value_eur: 'Value EUR',
    value_usd: 'Value USD',
    conversion: 'Conversion',
    quote: 'Quote',
    confidence: 'Confidence',
    source: 'Source',
    published: 'Published',
  },
};

const FR: Words = {
  ...EN,
  locale: 'fr-BE',
  title: 'Note commerciale',
  generated: 'générée le',
  sections: {
    headline: 'Où en est la relation',
    trends: 'Évolution sur les années (EUR)',
    targets: 'Objectifs',
    conflicts: 'Sources en désaccord',
    newThisMonth: 'Nouveau ce mois-ci',
    regions: 'Régions (non comprises dans les totaux nationaux)',
    figures: 'Tous les chiffres',
    sources: 'Sources',
    summary: 'Synthèse',
    documentsRead: 'Documents lus sur cette paire',
  },
  metric: {
    exports: 'Exportations',
    imports: 'Importations',
    bilateral_trade: 'Échanges bilatéraux',
    trade_balance: 'Balance commerciale',
    fdi: 'Investissements (IDE)',
    total_trade: 'Commerce total',
  },
  measure: { value: 'valeur', share: 'part', growth: 'croissance', rank: 'rang' },
  kind: { actual: 'réalisé', target: 'objectif', forecast: 'prévision' },
  bound: { eq: '', lt: 'moins de ', gt: 'plus de ', approx: 'environ ' },
  latest: 'Dernier chiffre',
  previous: 'Précédent',
  change: 'Variation',
  target: 'Objectif',
  latestActual: 'Dernier réalisé',
  reached: 'Atteint',
  period: 'Période',
  value: 'Valeur',
  source: 'Source',
  sources: 'Sources',
  published: 'Publié',
  quote: 'Citation',
  status: 'Statut',
  count: 'Chiffres',
  document: 'Document',
  direction: 'Sens',
  sector: 'Secteur',
  unknownPeriod: 'période inconnue',
  inEuros: 'en EUR',
  noFigures: "Aucun chiffre commercial n'a encore été trouvé pour cette paire.",
  noneThisMonth: "Aucun document sur cette paire n'a été reçu ce mois-ci.",
  noConflicts: 'Aucune source ne contredit une autre.',
  noTargets: "Aucun objectif n'a été annoncé.",
  noTrend: "Pas assez d'années pour tracer une évolution.",
  regionsNote: "Les chiffres d'une région sont présentés à part et jamais ajoutés aux totaux nationaux.",
  conflictsNote:
    'Le même chiffre donné différemment par des sources différentes, côte à côte ; jamais moyenné.',
  page: (p, n) => `page ${p} sur ${n}`,
  figuresCount: (f, d) =>
    `${f} chiffre${f > 1 ? 's' : ''} commercia${f > 1 ? 'ux' : 'l'} tiré${f > 1 ? 's' : ''} de ${d} document${d > 1 ? 's' : ''}.`,
  unsubscribe: (pair) =>
    `Pour ne plus recevoir cette note, répondez « unsubscribe ${pair} » ou demandez à votre administrateur : npx trade-briefings unsubscribe --pair ${pair} --email <votre adresse>`,
  emailIntro: (pair, month) => `Note commerciale ${pair} pour ${month}.`,
  filesNote: 'Le PDF est la note ; le classeur Excel liste chaque chiffre avec sa source et sa citation.',
  linksNote: (h) =>
    `Les fichiers sont trop lourds pour être joints ; téléchargez-les dans les ${h % 24 === 0 ? `${h / 24} jour${h === 24 ? '' : 's'}` : `${h} heure${h === 1 ? '' : 's'}`} :`,
  statusName: { processed: 'traité', duplicate: 'doublon', rejected: 'refusé', needs_review: 'à vérifier' },
  novelty: { added: 'nouveau', confirmed: 'confirme', revised: 'révise' },
  rank: (n) => (n === 1 ? '1er' : `${n}e`),
  columns: {
    metric: 'Indicateur',
    measure: 'Mesure',
    from: 'De',
    to: 'Vers',
    value: 'Valeur',
    unit: 'Unité',
    period: 'Période',
    kind: 'Type',
    bound: 'Borne',
    sector: 'Secteur',
    value_eur: 'Valeur EUR',
    value_usd: 'Valeur USD',
    conversion: 'Conversion',
    quote: 'Citation',
    confidence: 'Confiance',
    source: 'Source',
    published: 'Publié',
  },
};

const NL: Words = {
  ...EN,
  locale: 'nl-BE',
  title: 'Handelsbriefing',
  generated: 'gemaakt op',
  sections: {
    headline: 'Waar de relatie staat',
    trends: 'Verloop over de jaren (EUR)',
    targets: 'Doelstellingen',
    conflicts: 'Bronnen die elkaar tegenspreken',
    newThisMonth: 'Nieuw deze maand',
    regions: 'Gewesten (niet opgeteld bij de nationale totalen)',
    figures: 'Alle cijfers',
    sources: 'Bronnen',
    summary: 'Samenvatting',
    documentsRead: 'Gelezen documenten over dit paar',
  },
  metric: {
    exports: 'Uitvoer',
    imports: 'Invoer',
    bilateral_trade: 'Bilaterale handel',
    trade_balance: 'Handelsbalans',
    fdi: 'Investeringen (BDI)',
    total_trade: 'Totale handel',
  },
  measure: { value: 'waarde', share: 'aandeel', growth: 'groei', rank: 'rang' },
  kind: { actual: 'gerealiseerd', target: 'doelstelling', forecast: 'prognose' },
  bound: { eq: '', lt: 'minder dan ', gt: 'meer dan ', approx: 'ongeveer ' },
  latest: 'Laatste cijfer',
  previous: 'Vorige',
  change: 'Verandering',
  target: 'Doelstelling',
  latestActual: 'Laatst gerealiseerd',
  reached: 'Bereikt',
  period: 'Periode',
  value: 'Waarde',
  source: 'Bron',
  sources: 'Bronnen',
  published: 'Gepubliceerd',
  quote: 'Citaat',
  status: 'Status',
  count: 'Cijfers',
  document: 'Document',
  direction: 'Richting',
  sector: 'Sector',
  unknownPeriod: 'periode onbekend',
  inEuros: 'in EUR',
  noFigures: 'Voor dit paar zijn nog geen handelscijfers gevonden.',
  noneThisMonth: 'Deze maand is geen document over dit paar binnengekomen.',
  noConflicts: 'Geen enkele bron spreekt een andere tegen.',
  noTargets: 'Er is geen doelstelling genoemd.',
  noTrend: 'Te weinig jaren om een verloop te tekenen.',
  regionsNote: 'Cijfers van een gewest staan apart en worden nooit bij de nationale totalen opgeteld.',
  conflictsNote:
    'Hetzelfde cijfer, door verschillende bronnen anders opgegeven, naast elkaar; nooit uitgemiddeld.',
  page: (p, n) => `pagina ${p} van ${n}`,
  figuresCount: (f, d) =>
    `${f} handelscijfer${f === 1 ? '' : 's'} uit ${d} brondocument${d === 1 ? '' : 'en'}.`,
  unsubscribe: (pair) =>
    `Wilt u deze briefing niet meer ontvangen, antwoord dan met "unsubscribe ${pair}" of vraag uw beheerder: npx trade-briefings unsubscribe --pair ${pair} --email <uw adres>`,
  emailIntro: (pair, month) => `Handelsbriefing ${pair} voor ${month}.`,
  filesNote: 'De pdf is de briefing; de Excel-map geeft elk cijfer met zijn bron en citaat.',
  linksNote: (h) =>
    `De bestanden zijn te groot om mee te sturen; download ze binnen ${h % 24 === 0 ? `${h / 24} ${h === 24 ? 'dag' : 'dagen'}` : `${h} uur`}:`,
  statusName: {
    processed: 'verwerkt',
    duplicate: 'dubbel',
    rejected: 'geweigerd',
    needs_review: 'na te kijken',
  },
  novelty: { added: 'nieuw', confirmed: 'bevestigt', revised: 'herziet' },
  rank: (n) => `${n}e`,
  columns: {
    metric: 'Indicator',
    measure: 'Maatstaf',
    from: 'Van',
    to: 'Naar',
    value: 'Waarde',
    unit: 'Eenheid',
    period: 'Periode',
    kind: 'Soort',
    bound: 'Grens',
    sector: 'Sector',
    value_eur: 'Waarde EUR',
    value_usd: 'Waarde USD',
    conversion: 'Omrekening',
    quote: 'Citaat',
    confidence: 'Betrouwbaarheid',
    source: 'Bron',
    published: 'Gepubliceerd',
  },
};

const WORDS: Record<BriefingLanguage, Words> = { en: EN, fr: FR, nl: NL };

export type FigureColumn = (typeof COLUMN_KEYS)[number];
export const FIGURE_COLUMN_KEYS: readonly FigureColumn[] = COLUMN_KEYS;

/** The words and formats of one language. */
export function briefingText(language: BriefingLanguage) {
  const w = WORDS[language];
  const amount = new Intl.NumberFormat(w.locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  });
  const small = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 2 });
  const axis = new Intl.NumberFormat(w.locale, {
    notation: 'compact',
    compactDisplay: 'short',
    maximumFractionDigits: 2,
  });
  const percent = new Intl.NumberFormat(w.locale, { style: 'percent', maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(w.locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const monthShort = new Intl.DateTimeFormat(w.locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(w.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(w.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const ym = (s: string) => new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, 1));

  /** "3,1 milliards USD", "moins de 1 %", "45e" */
  const figureValue = (f: Pick<TradeFigure, 'value' | 'unit' | 'measure' | 'bound'>): string => {
    const prefix = w.bound[f.bound];
    if (f.measure === 'rank') return `${prefix}${w.rank(f.value)}`;
    if (f.unit === 'percent')
      return `${prefix}${(f.measure === 'growth' ? signed : percent).format(f.value / 100)}`;
    return `${prefix}${money(f.value, f.unit)}`;
  };
  const money = (value: number, unit: string) =>
    `${Math.abs(value) >= 1e6 ? amount.format(value) : small.format(value)} ${unit}`;
  /** "2017", "janv.–avr. 2023", "2011–2015", "octobre 2026" */
  const when = (p: string | null): string => {
    if (p === null) return w.unknownPeriod;
    if (/^\d{4}$/.test(p)) return p;
    if (/^\d{4}-\d{2}$/.test(p)) return monthYear.format(ym(p));
    const [a, b] = p.split('/');
    if (a && b && /^\d{4}$/.test(a) && /^\d{4}$/.test(b)) return `${a}–${b}`;
    if (a && b && /^\d{4}-\d{2}$/.test(a) && /^\d{4}-\d{2}$/.test(b)) {
      const same = a.slice(0, 4) === b.slice(0, 4);
      return same
        ? `${monthShort.format(ym(a))}–${monthShort.format(ym(b))} ${b.slice(0, 4)}`
        : `${monthShort.format(ym(a))} ${a.slice(0, 4)}–${monthShort.format(ym(b))} ${b.slice(0, 4)}`;
    }
    return p;
  };
  /** "BE-VLG → MA", "BE ↔ MA" */
  const arrow = (f: Pick<Flow, 'metric' | 'from' | 'to'>) =>
    f.metric === 'bilateral_trade' ? `${f.from} ↔ ${f.to}` : `${f.from} → ${f.to}`;
  return {
    ...w,
    figureValue,
    money,
    /** "2,86 Md", "716 mln.", "2.86B": short, for a chart's axis */
    axis: (value: number) => axis.format(value),
    when,
    arrow,
    formatChange: (ratio: number) => signed.format(ratio),
    formatShare: (ratio: number) => percent.format(ratio),
    formatMonth: (m: string) => monthYear.format(ym(m)),
    formatDate: (iso: string) => date.format(new Date(iso)),
  };
}

export type BriefingText = ReturnType<typeof briefingText>;

/** "Exports BE → MA 2024: 1.5 billion EUR (revises 1.2 billion EUR)" */
export function noveltyLine(c: Novelty, t: BriefingText): string {
  const f = c.figure;
  const what = `${t.metric[f.metric]} ${t.arrow(f)} ${t.when(f.period)}: ${t.figureValue(f)}`;
  if (c.change === 'added' || !c.before) return `${what} (${t.novelty.added})`;
  return `${what} (${t.novelty[c.change]} ${t.figureValue(c.before)})`;
}
