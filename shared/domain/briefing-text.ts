// The words and number formats of a briefing in each subscriber's language (French, Dutch, English):
// labels, amounts ("3,1 milliards USD", "768 miljoen EUR"), percentages, ranks, periods and dates follow it.
import type { BriefingLanguage } from './briefing.js';
import type { Flow, Novelty } from './briefing-sections.js';
import { economyIn, economyName, type Role } from './economy-names.js';
import { findEconomies } from './extraction/economies/gazetteer.js';
import { countryOf, type Metric, type TradeFigure } from './figure.js';

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
    products: string;
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
  sector: string;
  unknownPeriod: string;
  noFigures: string;
  noConflicts: string;
  noTargets: string;
  regionsNote: string;
  conflictsNote: string;
  page: (page: number, of: number) => string;
  figuresCount: (figures: number, documents: number) => string;
  linksNote: (hours: number) => string;
  statusName: Record<'processed' | 'duplicate' | 'rejected' | 'needs_review', string>;
  novelty: { added: string; confirmed: string; revised: string };
  rank: (n: number) => string;
  columns: Record<string, string>;
  /** ": " in English and Dutch, " : " in French */
  colon: string;
  /** "; " in English and Dutch, " ; " in French */
  semicolon: string;
  /** the extractor's sectors (lower-case English) in the language; another sector is shown as it is */
  sectors: Record<string, string>;
  /** "76.8 % reached": a share of a target, saying so */
  reachedShare: (share: string) => string;
  // --- what a figure is: flows, totals a share is of, lists a rank is in, growth against which period
  /** the subject of a sentence about a flow: "Exports from Flanders to Morocco" (names already phrased) */
  subject: Record<Metric, (a: Named, b: Named) => string>;
  /** the verb of an amount, as the subject takes it: "amounted to", "ont atteint" */
  amounted: Record<Metric, string>;
  /** "the total exports of Flanders": the total a share is of */
  total: {
    exports: (a: Named) => string;
    exportsTo: (a: Named, b: Named) => string;
    imports: (a: Named) => string;
    importsFrom: (a: Named, b: Named) => string;
    trade: (a: Named) => string;
    tradeBetween: (a: Named, b: Named) => string;
    tradeOfOne: string;
    fdi: (a: Named) => string;
    fdiIn: (a: Named, b: Named) => string;
    balance: (a: Named) => string;
  };
  /** "the export markets of Flanders": the list a rank is in */
  list: {
    exports: (a: Named) => string;
    imports: (a: Named) => string;
    trade: (a: Named) => string;
    tradeOfOne: string;
    fdi: (b: Named) => string;
  };
  shareOf: (total: string) => string;
  rankAmong: (list: string) => string;
  /** "Morocco ranked 45th among the export markets of Flanders" */
  rankSentence: (subject: Named, rank: string, list: string) => string;
  growthOn: (period: string) => string;
  growthOver: (period: string) => string;
  growthUndated: string;
  growthBefore: string;
  /** "up 40.9 % on 2023", "en baisse de 3 % par rapport à 2023" */
  moved: (change: string, up: boolean, base: string | null) => string;
  inEuroTerms: string;
  stated: string;
  computedIn: (unit: string) => string;
  amount: string;
  balanceSentence: (a: Named, b: Named, value: string, surplus: boolean, when: string) => string;
  shareSentence: (subject: string, value: string, total: string, when: string) => string;
  /** " in 2017", " en 2017", " in jan–apr 2023"; '' when unknown */
  inPeriod: (period: string) => string;
  targetSentence: (
    target: string,
    horizon: string,
    flow: string,
    reached: string,
    actual: string,
    at: string,
  ) => string;
  targetPending: (target: string, horizon: string, flow: string) => string;
  conflictSentence: (n: number, within: boolean) => string;
  regionalFocus: (region: Named, country: Named) => string;
  basedOn: (figures: number, documents: number, latest: string | null) => string;
  product: string;
  measureColumn: string;
  flowColumn: string;
  statisticsCited: string;
  file: string;
  undated: string;
  withinDocument: string;
  changes: {
    allNew: (figures: number, documents: number) => string;
    newSource: string;
    revised: string;
    added: string;
    confirmed: (n: number) => string;
    more: (n: number) => string;
    nothing: string;
  };
  chartSource: string;
  chartNote: string;
  email: {
    keyFigures: string;
    attached: string;
    unsubscribeLink: string;
    unsubscribeNote: string;
    localUnsubscribe: (command: string) => string;
  };
}

/** An economy's name, phrased for each role it can take in a sentence. */
export type Named = Record<Role, string>;

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
    trends: 'Trade over the years',
    targets: 'Targets',
    conflicts: 'Sources that disagree',
    newThisMonth: 'New this month',
    regions: 'Regions (not included in national totals)',
    figures: 'All figures',
    sources: 'Sources',
    summary: 'Summary',
    documentsRead: 'Documents read about this pair',
    products: 'Main products',
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
  sector: 'Sector',
  unknownPeriod: 'period unknown',
  noFigures: 'No trade figures have been found for this pair yet.',
  noConflicts: 'No source contradicts another.',
  noTargets: 'No target has been stated.',
  regionsNote: 'Figures of a region are shown apart and never added to the national totals.',
  conflictsNote: 'The same figure reported differently by different sources, side by side; never averaged.',
  page: (p, n) => `page ${p} of ${n}`,
  figuresCount: (f, d) =>
    `${f} trade figure${f === 1 ? '' : 's'} from ${d} source document${d === 1 ? '' : 's'}.`,
  linksNote: (h) =>
    `The files are too large to attach; download them within ${h % 24 === 0 ? `${h / 24} day${h === 24 ? '' : 's'}` : `${h} hour${h === 1 ? '' : 's'}`}:`,
  statusName: {
    processed: 'processed',
    duplicate: 'duplicate',
    rejected: 'refused',
    needs_review: 'to review',
  },
  novelty: { added: 'new', confirmed: 'confirms', revised: 'previously' },
  rank: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,

  subject: {
    exports: (a, b) => `Exports ${a.from} ${b.to}`,
    imports: (a, b) => `Imports ${a.of} ${b.from}`,
    bilateral_trade: (a, b) => `Trade between ${a.bare} and ${b.bare}`,
    trade_balance: (a, b) => `The trade balance ${a.of} ${b.with}`,
    fdi: (a, b) => `Investment ${a.from} ${b.in}`,
    total_trade: (a) => `Total trade ${a.of}`,
  },
  amounted: {
    exports: 'amounted to',
    imports: 'amounted to',
    bilateral_trade: 'amounted to',
    trade_balance: 'stood at',
    fdi: 'amounted to',
    total_trade: 'amounted to',
  },
  total: {
    exports: (a) => `the total exports ${a.of}`,
    exportsTo: (a, b) => `the exports ${a.of} ${b.to}`,
    imports: (a) => `the total imports ${a.of}`,
    importsFrom: (a, b) => `the imports ${a.of} ${b.from}`,
    trade: (a) => `the total external trade ${a.of}`,
    tradeBetween: (a, b) => `the trade between ${a.bare} and ${b.bare}`,
    tradeOfOne: 'the total trade of one of the two',
    fdi: (a) => `the total investment abroad ${a.of}`,
    fdiIn: (a, b) => `the investment ${a.of} ${b.in}`,
    balance: (a) => `the trade ${a.of}`,
  },
  list: {
    exports: (a) => `the export markets ${a.of}`,
    imports: (a) => `the suppliers ${a.of}`,
    trade: (a) => `the trading partners ${a.of}`,
    tradeOfOne: 'the trading partners',
    fdi: (b) => `the investors ${b.in}`,
  },
  shareOf: (total) => `share of ${total}`,
  rankAmong: (list) => `rank among ${list}`,
  rankSentence: (subject, rank, list) => `${subject.bare} ranked ${rank} among ${list}`,
  growthOn: (p) => `growth on ${p}`,
  growthOver: (p) => `growth over ${p}`,
  growthUndated: 'growth (period not stated)',
  growthBefore: 'growth on the period before',
  moved: (change, up, base) => `${up ? 'up' : 'down'} ${change}${base ? ` on ${base}` : ''}`,
  inEuroTerms: 'in euro terms',
  stated: 'stated',
  computedIn: (unit) => `computed in ${unit}`,
  amount: 'amount',
  balanceSentence: (a, b, value, surplus, when) =>
    `${cap(a.bare)} had a trade ${surplus ? 'surplus' : 'deficit'} of ${value} ${b.with}${when}`,
  shareSentence: (subject, value, total, when) => `${subject} accounted for ${value} of ${total}${when}`,
  inPeriod: (p) => ` in ${p}`,
  targetSentence: (target, horizon, flow, reached, actual, at) =>
    `The target of ${target} for ${horizon} (${flow}) was ${reached} reached in ${at}, with ${actual}.`,
  targetPending: (target, horizon, flow) =>
    `A target of ${target} for ${horizon} is stated (${flow}); no actual figure of that flow is known yet.`,
  conflictSentence: (n, within) =>
    n === 1
      ? `One figure is stated with two values${within ? ', within one source' : ' by different sources'}: both are shown side by side, not averaged.`
      : `Sources give different values for ${n} figures${within ? ', some of them within one source' : ''}: they are shown side by side, not averaged.`,
  regionalFocus: (region, country) =>
    `All figures of this pair are those of ${region.bare}; none covers ${country.bare} as a whole.`,
  basedOn: (f, d, latest) =>
    `This briefing rests on ${f} figure${f === 1 ? '' : 's'} from ${d} source${d === 1 ? '' : 's'}${latest ? `, the latest published in ${latest}` : ''}.`,
  product: 'Product',
  measureColumn: 'What it is',
  flowColumn: 'Flow',
  statisticsCited: 'statistics cited',
  file: 'file',
  undated: 'undated',
  withinDocument: 'within one source',
  changes: {
    allNew: (f, d) =>
      f === 1
        ? 'First briefing of this pair: its one figure is new this month, from the source listed below.'
        : `First briefing of this pair: all ${f} figures are new this month, from ${d} source${d === 1 ? '' : 's'} listed below.`,
    newSource: 'New source',
    revised: 'Revised',
    added: 'New',
    confirmed: (n) => `${n} figure${n === 1 ? '' : 's'} confirm${n === 1 ? 's' : ''} what was known.`,
    more: (n) => `and ${n} more (see All figures)`,
    nothing: 'No document about this pair was ingested this month.',
  },
  chartSource: 'Source',
  colon: ': ',
  semicolon: '; ',
  sectors: {},
  reachedShare: (share) => `${share} reached`,
  chartNote: 'in EUR at each year’s average rate',
  email: {
    keyFigures: 'Key figures',
    attached: 'The briefing (PDF) and every figure with its source and quote (Excel) are attached.',
    unsubscribeLink: 'Unsubscribe from this briefing',
    unsubscribeNote: 'You receive this briefing because you are subscribed to it.',
    localUnsubscribe: (command) => `This is a local run; to unsubscribe this address, run: ${command}`,
  },
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
    trends: 'Évolution sur les années',
    targets: 'Objectifs',
    conflicts: 'Sources en désaccord',
    newThisMonth: 'Nouveau ce mois-ci',
    regions: 'Régions (non comprises dans les totaux nationaux)',
    figures: 'Tous les chiffres',
    sources: 'Sources',
    summary: 'Synthèse',
    documentsRead: 'Documents lus sur cette paire',
    products: 'Principaux produits',
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
  sector: 'Secteur',
  unknownPeriod: 'période inconnue',
  noFigures: "Aucun chiffre commercial n'a encore été trouvé pour cette paire.",
  noConflicts: 'Aucune source ne contredit une autre.',
  noTargets: "Aucun objectif n'a été annoncé.",
  regionsNote: "Les chiffres d'une région sont présentés à part et jamais ajoutés aux totaux nationaux.",
  conflictsNote:
    'Le même chiffre donné différemment par des sources différentes, côte à côte ; jamais moyenné.',
  page: (p, n) => `page ${p} sur ${n}`,
  figuresCount: (f, d) =>
    `${f} chiffre${f > 1 ? 's' : ''} commercia${f > 1 ? 'ux' : 'l'} tiré${f > 1 ? 's' : ''} de ${d} document${d > 1 ? 's' : ''}.`,
  linksNote: (h) =>
    `Les fichiers sont trop lourds pour être joints ; téléchargez-les dans les ${h % 24 === 0 ? `${h / 24} jour${h === 24 ? '' : 's'}` : `${h} heure${h === 1 ? '' : 's'}`} :`,
  statusName: { processed: 'traité', duplicate: 'doublon', rejected: 'refusé', needs_review: 'à vérifier' },
  novelty: { added: 'nouveau', confirmed: 'confirme', revised: 'auparavant' },
  rank: (n) => (n === 1 ? '1er' : `${n}e`),

  subject: {
    exports: (a, b) => `Les exportations ${a.of} ${b.to}`,
    imports: (a, b) => `Les importations ${a.of} ${b.from}`,
    bilateral_trade: (a, b) => `Les échanges entre ${a.bare} et ${b.bare}`,
    trade_balance: (a, b) => `La balance commerciale ${a.of} ${b.with}`,
    fdi: (a, b) => `Les investissements ${a.of} ${b.in}`,
    total_trade: (a) => `Le commerce total ${a.of}`,
  },
  amounted: {
    exports: 'ont atteint',
    imports: 'ont atteint',
    bilateral_trade: 'ont atteint',
    trade_balance: 's’établissait à',
    fdi: 'ont atteint',
    total_trade: 'a atteint',
  },
  total: {
    exports: (a) => `les exportations totales ${a.of}`,
    exportsTo: (a, b) => `les exportations ${a.of} ${b.to}`,
    imports: (a) => `les importations totales ${a.of}`,
    importsFrom: (a, b) => `les importations ${a.of} ${b.from}`,
    trade: (a) => `le commerce extérieur total ${a.of}`,
    tradeBetween: (a, b) => `les échanges entre ${a.bare} et ${b.bare}`,
    tradeOfOne: 'le commerce total de l’un des deux',
    fdi: (a) => `les investissements totaux à l’étranger ${a.of}`,
    fdiIn: (a, b) => `les investissements ${a.of} ${b.in}`,
    balance: (a) => `le commerce ${a.of}`,
  },
  list: {
    exports: (a) => `les marchés d’exportation ${a.of}`,
    imports: (a) => `les fournisseurs ${a.of}`,
    trade: (a) => `les partenaires commerciaux ${a.of}`,
    tradeOfOne: 'les partenaires commerciaux',
    fdi: (b) => `les investisseurs ${b.in}`,
  },
  shareOf: (total) => `part ${frenchOf(total)}`,
  rankAmong: (list) => `rang parmi ${list}`,
  rankSentence: (subject, rank, list) => `${subject.bare} se classait au ${rank} rang parmi ${list}`,
  growthOn: (p) => `croissance par rapport à ${p}`,
  growthOver: (p) => `croissance sur ${p}`,
  growthUndated: 'croissance (période non précisée)',
  growthBefore: 'croissance par rapport à la période précédente',
  moved: (change, up, base) =>
    `en ${up ? 'hausse' : 'baisse'} de ${change}${base ? ` par rapport à ${base}` : ''}`,
  inEuroTerms: 'en euros',
  stated: 'annoncée',
  computedIn: (unit) => `calculée en ${unit}`,
  amount: 'montant',
  balanceSentence: (a, b, value, surplus, when) =>
    `${cap(a.bare)} affichait un ${surplus ? 'excédent' : 'déficit'} commercial de ${value} ${b.with}${when}`,
  shareSentence: (subject, value, total, when) =>
    `${subject} représentaient ${value} ${frenchOf(total)}${when}`,
  inPeriod: (p) => ` en ${p}`,
  targetSentence: (target, horizon, flow, reached, actual, at) =>
    `L’objectif de ${target} pour ${horizon} (${flow}) était atteint à ${reached} en ${at}, avec ${actual}.`,
  targetPending: (target, horizon, flow) =>
    `Un objectif de ${target} pour ${horizon} est annoncé (${flow}) ; aucun chiffre réalisé de ce flux n’est encore connu.`,
  conflictSentence: (n, within) =>
    n === 1
      ? `Un chiffre est donné avec deux valeurs${within ? ' au sein d’une même source' : ' par des sources différentes'} : elles sont présentées côte à côte, jamais moyennées.`
      : `Les sources donnent des valeurs différentes pour ${n} chiffres${within ? ', parfois au sein d’une même source' : ''} : elles sont présentées côte à côte, jamais moyennées.`,
  regionalFocus: (region, country) =>
    `Tous les chiffres de cette paire sont ceux ${region.of} ; aucun ne porte sur ${country.bare} dans son ensemble.`,
  basedOn: (f, d, latest) =>
    `Cette note repose sur ${f} chiffre${f > 1 ? 's' : ''} tiré${f > 1 ? 's' : ''} de ${d} source${d > 1 ? 's' : ''}${latest ? `, la plus récente publiée en ${latest}` : ''}.`,
  product: 'Produit',
  measureColumn: 'Nature du chiffre',
  flowColumn: 'Flux',
  statisticsCited: 'statistiques citées',
  file: 'fichier',
  undated: 'non daté',
  withinDocument: 'au sein d’une même source',
  changes: {
    allNew: (f, d) =>
      f === 1
        ? 'Première note sur cette paire : son seul chiffre est nouveau ce mois-ci, tiré de la source listée ci-dessous.'
        : `Première note sur cette paire : les ${f} chiffres sont nouveaux ce mois-ci, tirés de ${d} source${d > 1 ? 's' : ''} listée${d > 1 ? 's' : ''} ci-dessous.`,
    newSource: 'Nouvelle source',
    revised: 'Révisé',
    added: 'Nouveau',
    confirmed: (n) => `${n} chiffre${n > 1 ? 's' : ''} confirme${n > 1 ? 'nt' : ''} ce qui était connu.`,
    more: (n) => `et ${n} autre${n > 1 ? 's' : ''} (voir Tous les chiffres)`,
    nothing: 'Aucun document sur cette paire n’a été reçu ce mois-ci.',
  },
  chartSource: 'Source',
  colon: ' : ',
  semicolon: ' ; ',
  sectors: {
    phosphates: 'phosphates',
    automotive: 'automobile',
    agriculture: 'agriculture',
    textiles: 'textile',
    chemicals: 'chimie',
    energy: 'énergie',
    fish: 'produits de la pêche',
    fertilizers: 'engrais',
    pharmaceuticals: 'produits pharmaceutiques',
    plastics: 'plastiques',
    diamonds: 'diamants',
    aeronautics: 'aéronautique',
    machinery: 'machines',
    food: 'agroalimentaire',
    services: 'services',
  },
  reachedShare: (share) => `${share} atteints`,
  chartNote: 'en EUR au cours moyen de chaque année',
  email: {
    keyFigures: 'Chiffres clés',
    attached: 'La note (PDF) et chaque chiffre avec sa source et sa citation (Excel) sont joints.',
    unsubscribeLink: 'Se désabonner de cette note',
    unsubscribeNote: 'Vous recevez cette note parce que vous y êtes abonné.',
    localUnsubscribe: (command) => `Exécution locale ; pour désabonner cette adresse : ${command}`,
  },
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
    trends: 'Verloop over de jaren',
    targets: 'Doelstellingen',
    conflicts: 'Bronnen die elkaar tegenspreken',
    newThisMonth: 'Nieuw deze maand',
    regions: 'Gewesten (niet opgeteld bij de nationale totalen)',
    figures: 'Alle cijfers',
    sources: 'Bronnen',
    summary: 'Samenvatting',
    documentsRead: 'Gelezen documenten over dit paar',
    products: 'Belangrijkste producten',
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
  sector: 'Sector',
  unknownPeriod: 'periode onbekend',
  noFigures: 'Voor dit paar zijn nog geen handelscijfers gevonden.',
  noConflicts: 'Geen enkele bron spreekt een andere tegen.',
  noTargets: 'Er is geen doelstelling genoemd.',
  regionsNote: 'Cijfers van een gewest staan apart en worden nooit bij de nationale totalen opgeteld.',
  conflictsNote:
    'Hetzelfde cijfer, door verschillende bronnen anders opgegeven, naast elkaar; nooit uitgemiddeld.',
  page: (p, n) => `pagina ${p} van ${n}`,
  figuresCount: (f, d) =>
    `${f} handelscijfer${f === 1 ? '' : 's'} uit ${d} brondocument${d === 1 ? '' : 'en'}.`,
  linksNote: (h) =>
    `De bestanden zijn te groot om mee te sturen; download ze binnen ${h % 24 === 0 ? `${h / 24} ${h === 24 ? 'dag' : 'dagen'}` : `${h} uur`}:`,
  statusName: {
    processed: 'verwerkt',
    duplicate: 'dubbel',
    rejected: 'geweigerd',
    needs_review: 'na te kijken',
  },
  novelty: { added: 'nieuw', confirmed: 'bevestigt', revised: 'voorheen' },
  rank: (n) => `${n}e`,

  subject: {
    exports: (a, b) => `De uitvoer ${a.of} ${b.to}`,
    imports: (a, b) => `De invoer ${a.of} ${b.from}`,
    bilateral_trade: (a, b) => `De handel tussen ${a.bare} en ${b.bare}`,
    trade_balance: (a, b) => `De handelsbalans ${a.of} ${b.with}`,
    fdi: (a, b) => `De investeringen ${a.of} ${b.in}`,
    total_trade: (a) => `De totale handel ${a.of}`,
  },
  amounted: {
    exports: 'bedroeg',
    imports: 'bedroeg',
    bilateral_trade: 'bedroeg',
    trade_balance: 'bedroeg',
    fdi: 'bedroegen',
    total_trade: 'bedroeg',
  },
  total: {
    exports: (a) => `de totale uitvoer ${a.of}`,
    exportsTo: (a, b) => `de uitvoer ${a.of} ${b.to}`,
    imports: (a) => `de totale invoer ${a.of}`,
    importsFrom: (a, b) => `de invoer ${a.of} ${b.from}`,
    trade: (a) => `de totale buitenlandse handel ${a.of}`,
    tradeBetween: (a, b) => `de handel tussen ${a.bare} en ${b.bare}`,
    tradeOfOne: 'de totale handel van een van beide',
    fdi: (a) => `de totale buitenlandse investeringen ${a.of}`,
    fdiIn: (a, b) => `de investeringen ${a.of} ${b.in}`,
    balance: (a) => `de handel ${a.of}`,
  },
  list: {
    exports: (a) => `de exportmarkten ${a.of}`,
    imports: (a) => `de leveranciers ${a.of}`,
    trade: (a) => `de handelspartners ${a.of}`,
    tradeOfOne: 'de handelspartners',
    fdi: (b) => `de investeerders ${b.in}`,
  },
  shareOf: (total) => `aandeel in ${total}`,
  rankAmong: (list) => `rang onder ${list}`,
  rankSentence: (subject, rank, list) => `${subject.bare} stond op de ${rank} plaats onder ${list}`,
  growthOn: (p) => `groei tegenover ${p}`,
  growthOver: (p) => `groei over ${p}`,
  growthUndated: 'groei (periode niet vermeld)',
  growthBefore: 'groei tegenover de vorige periode',
  moved: (change, up, base) => `${change} ${up ? 'meer' : 'minder'}${base ? ` dan in ${base}` : ''}`,
  inEuroTerms: 'in euro',
  stated: 'vermeld',
  computedIn: (unit) => `berekend in ${unit}`,
  amount: 'bedrag',
  balanceSentence: (a, b, value, surplus, when) =>
    `${cap(a.bare)} had een handels${surplus ? 'overschot' : 'tekort'} van ${value} ${b.with}${when}`,
  shareSentence: (subject, value, total, when) => `${subject} vertegenwoordigde ${value} van ${total}${when}`,
  inPeriod: (p) => ` in ${p}`,
  targetSentence: (target, horizon, flow, reached, actual, at) =>
    `De doelstelling van ${target} tegen ${horizon} (${flow}) was in ${at} voor ${reached} bereikt, met ${actual}.`,
  targetPending: (target, horizon, flow) =>
    `Er is een doelstelling van ${target} tegen ${horizon} (${flow}); een gerealiseerd cijfer van die stroom is nog niet bekend.`,
  conflictSentence: (n, within) =>
    n === 1
      ? `Eén cijfer wordt met twee waarden opgegeven${within ? ' binnen één bron' : ' door verschillende bronnen'}: ze staan naast elkaar, nooit uitgemiddeld.`
      : `Bronnen geven verschillende waarden voor ${n} cijfers${within ? ', soms binnen één bron' : ''}: ze staan naast elkaar, nooit uitgemiddeld.`,
  regionalFocus: (region, country) =>
    `Alle cijfers van dit paar zijn die ${region.of}; geen enkel gaat over ${country.bare} als geheel.`,
  basedOn: (f, d, latest) =>
    `Deze briefing steunt op ${f} cijfer${f === 1 ? '' : 's'} uit ${d} bron${d === 1 ? '' : 'nen'}${latest ? `, de recentste gepubliceerd in ${latest}` : ''}.`,
  product: 'Product',
  measureColumn: 'Wat het is',
  flowColumn: 'Stroom',
  statisticsCited: 'geciteerde statistiek',
  file: 'bestand',
  undated: 'ongedateerd',
  withinDocument: 'binnen één bron',
  changes: {
    allNew: (f, d) =>
      f === 1
        ? 'Eerste briefing over dit paar: het enige cijfer is deze maand nieuw, uit de bron hieronder.'
        : `Eerste briefing over dit paar: alle ${f} cijfers zijn deze maand nieuw, uit ${d} bron${d === 1 ? '' : 'nen'} hieronder.`,
    newSource: 'Nieuwe bron',
    revised: 'Herzien',
    added: 'Nieuw',
    confirmed: (n) => `${n} cijfer${n === 1 ? ' bevestigt' : 's bevestigen'} wat bekend was.`,
    more: (n) => `en nog ${n} (zie Alle cijfers)`,
    nothing: 'Deze maand is geen document over dit paar binnengekomen.',
  },
  chartSource: 'Bron',
  colon: ': ',
  semicolon: '; ',
  sectors: {
    phosphates: 'fosfaten',
    automotive: 'auto-industrie',
    agriculture: 'landbouw',
    textiles: 'textiel',
    chemicals: 'chemie',
    energy: 'energie',
    fish: 'vis',
    fertilizers: 'meststoffen',
    pharmaceuticals: 'farmaceutische producten',
    plastics: 'kunststoffen',
    diamonds: 'diamant',
    aeronautics: 'luchtvaart',
    machinery: 'machines',
    food: 'voeding',
    services: 'diensten',
  },
  reachedShare: (share) => `${share} bereikt`,
  chartNote: 'in EUR tegen de gemiddelde koers van elk jaar',
  email: {
    keyFigures: 'Kerncijfers',
    attached: 'De briefing (pdf) en elk cijfer met zijn bron en citaat (Excel) zijn bijgevoegd.',
    unsubscribeLink: 'Uitschrijven voor deze briefing',
    unsubscribeNote: 'U ontvangt deze briefing omdat u erop geabonneerd bent.',
    localUnsubscribe: (command) => `Lokale uitvoering; om dit adres uit te schrijven: ${command}`,
  },
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

/** "Exportations" → upper-case first letter. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** French "de" before a noun phrase with its article: de + les → des, de + le → du. */
function frenchOf(phrase: string): string {
  if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
  if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
  return `de ${phrase}`;
}

/** A figure as the text needs it: the flow, its measure, value, period and the sentence it stands in. */
type Described = Pick<
  TradeFigure,
  'metric' | 'measure' | 'from' | 'to' | 'value' | 'unit' | 'bound' | 'period' | 'kind' | 'sector'
> &
  Partial<Pick<TradeFigure, 'quote' | 'sentence'>>;

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
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(w.locale, { style: 'percent', maximumFractionDigits: 1 });
  // below 1 %, two significant digits: 0.02 % is not 0 %
  const smallPercent = new Intl.NumberFormat(w.locale, { style: 'percent', maximumSignificantDigits: 2 });
  const signed = new Intl.NumberFormat(w.locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const smallSigned = new Intl.NumberFormat(w.locale, {
    style: 'percent',
    maximumSignificantDigits: 2,
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

  /** a ratio (0.409) as a percentage, never rounded to 0 when it is not 0 */
  const formatRatio = (ratio: number, withSign = false) =>
    ratio !== 0 && Math.abs(ratio) < 0.01
      ? (withSign ? smallSigned : smallPercent).format(ratio)
      : (withSign ? signed : percent).format(ratio);
  /** "3,1 milliards USD", "moins de 1 %", "0,02 %", "45e" */
  const figureValue = (f: Pick<TradeFigure, 'value' | 'unit' | 'measure' | 'bound'>): string => {
    const prefix = w.bound[f.bound];
    if (f.measure === 'rank') return `${prefix}${w.rank(f.value)}`;
    if (f.unit === 'percent') return `${prefix}${formatRatio(f.value / 100, f.measure === 'growth')}`;
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
  const name = (code: string) => economyName(code, language);
  const named = (code: string): Named => ({
    of: economyIn(code, language, 'of'),
    to: economyIn(code, language, 'to'),
    in: economyIn(code, language, 'in'),
    from: economyIn(code, language, 'from'),
    with: economyIn(code, language, 'with'),
    bare: economyIn(code, language, 'bare'),
  });

  /**
   * A flow as every table, tile, chart and sentence names it, from the home economy's side: its exports
   * "Exports Belgium → Morocco", its imports "Imports Belgium ← Morocco" (the arrow always points the way
   * the goods go), trade "Belgium ↔ Morocco", investment investor → host.
   */
  const flowLabel = (f: Pick<Flow, 'metric' | 'from' | 'to'>, home?: string): string => {
    const homeCountry = home ? countryOf(home) : undefined;
    if (f.metric === 'exports' || f.metric === 'imports') {
      const [exporter, importer] = f.metric === 'exports' ? [f.from, f.to] : [f.to, f.from];
      if (homeCountry && countryOf(importer) === homeCountry && countryOf(exporter) !== homeCountry)
        return `${w.metric.imports} ${name(importer)} ← ${name(exporter)}`;
      return `${w.metric.exports} ${name(exporter)} → ${name(importer)}`;
    }
    if (f.metric === 'bilateral_trade') {
      const [a, b] = homeCountry && countryOf(f.to) === homeCountry ? [f.to, f.from] : [f.from, f.to];
      return `${w.metric.bilateral_trade} ${name(a)} ↔ ${name(b)}`;
    }
    if (f.metric === 'trade_balance') return `${w.metric.trade_balance} ${name(f.from)} / ${name(f.to)}`;
    if (f.metric === 'total_trade') return `${w.metric.total_trade} ${name(f.from)}`;
    return `${w.metric.fdi} ${name(f.from)} → ${name(f.to)}`;
  };

  /** The subject of a sentence about the flow, from the home economy's side. */
  const flowSubject = (f: Pick<Flow, 'metric' | 'from' | 'to'>, home?: string): string => {
    const homeCountry = home ? countryOf(home) : undefined;
    if (f.metric === 'exports' || f.metric === 'imports') {
      const [exporter, importer] = f.metric === 'exports' ? [f.from, f.to] : [f.to, f.from];
      if (homeCountry && countryOf(importer) === homeCountry && countryOf(exporter) !== homeCountry)
        return w.subject.imports(named(importer), named(exporter));
      return w.subject.exports(named(exporter), named(importer));
    }
    if (f.metric === 'bilateral_trade') {
      const [a, b] = homeCountry && countryOf(f.to) === homeCountry ? [f.to, f.from] : [f.from, f.to];
      return w.subject.bilateral_trade(named(a), named(b));
    }
    return w.subject[f.metric](named(f.from), named(f.to));
  };

  /**
   * Which of a bilateral figure's two economies owns the total or the list: the one the sentence names
   * after the figure ("moins de 1 % du total des transactions extérieures du Maroc"), when only one is.
   */
  const ownerNamed = (f: Described): string | null => {
    if (!f.sentence) return null;
    const at = f.quote ? f.sentence.indexOf(f.quote) : -1;
    // the words right after the figure, up to the next figure or clause: "… du total des transactions
    // extérieures du Maroc et les investissements japonais …" names Morocco, not Japan
    const after = (at >= 0 ? f.sentence.slice(at + (f.quote?.length ?? 0)) : f.sentence)
      .slice(0, 90)
      .split(/\d|[;:]|\s(?:et|and|en|while|alors|terwijl)\s/)[0] as string;
    const sides = new Set([countryOf(f.from), countryOf(f.to)]);
    const found = new Set(
      findEconomies(after)
        .filter((m) => !m.adjective)
        .map((m) => countryOf(m.code))
        .filter((c) => sides.has(c)),
    );
    return found.size === 1 ? ([...found][0] as string) : null;
  };

  /** the period a growth is measured against: "2023" for 2024, "Jan–Apr 2022" for Jan–Apr 2023 */
  const growthBase = (p: string | null): { on: string } | { over: string } | null => {
    if (p === null) return null;
    if (/^\d{4}$/.test(p)) return { on: String(Number(p) - 1) };
    const [a, b] = p.split('/');
    if (a && b && /^\d{4}$/.test(a)) return { over: when(p) };
    if (a && b && /^\d{4}-\d{2}$/.test(a) && /^\d{4}-\d{2}$/.test(b) && a.slice(0, 4) === b.slice(0, 4)) {
      const back = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;
      return { on: when(`${back(a)}/${back(b)}`) };
    }
    return { on: '' };
  };

  /**
   * What a number is: an amount; a share of which total; growth against which period; a rank among
   * which list; a target or forecast says so first.
   */
  const measureOf = (f: Described): string => {
    const described = ((): string => {
      const a = named(f.from);
      const b = named(f.to);
      switch (f.measure) {
        case 'value':
          return w.amount;
        case 'growth': {
          const base = growthBase(f.period);
          if (base === null) return w.growthUndated;
          if ('over' in base) return w.growthOver(base.over);
          return base.on === '' ? w.growthBefore : w.growthOn(base.on);
        }
        case 'share':
          return w.shareOf(shareTotal(f, a, b));
        case 'rank':
          return w.rankAmong(rankList(f, b));
      }
    })();
    if (f.kind === 'actual') return described;
    // a target's amount is a target: "target", not "target: amount"
    return f.measure === 'value' ? w.kind[f.kind] : `${w.kind[f.kind]}: ${described}`;
  };
  const shareTotal = (f: Described, a: Named, b: Named): string => {
    switch (f.metric) {
      case 'exports':
        return f.sector ? w.total.exportsTo(a, b) : w.total.exports(a);
      case 'imports':
        return f.sector ? w.total.importsFrom(a, b) : w.total.imports(a);
      case 'bilateral_trade': {
        if (f.sector) return w.total.tradeBetween(a, b);
        const owner = ownerNamed(f);
        return owner ? w.total.trade(named(owner)) : w.total.tradeOfOne;
      }
      case 'fdi':
        return f.sector ? w.total.fdiIn(a, b) : w.total.fdi(a);
      case 'trade_balance':
        return w.total.balance(a);
      case 'total_trade':
        return w.total.trade(a);
    }
  };
  const rankList = (f: Described, b: Named): string => {
    const a = named(f.from);
    switch (f.metric) {
      case 'exports':
        return w.list.exports(a);
      case 'imports':
        return w.list.imports(a);
      case 'fdi':
        return w.list.fdi(b);
      default: {
        const owner = ownerNamed(f);
        return owner ? w.list.trade(named(owner)) : w.list.tradeOfOne;
      }
    }
  };
  /** "Morocco ranked 45th among the export markets of Flanders" */
  const rankSentence = (f: Described): string => {
    const ranked =
      f.metric === 'fdi'
        ? f.from
        : f.metric === 'bilateral_trade'
          ? ownerNamed(f) === countryOf(f.from)
            ? f.to
            : f.from
          : f.to;
    return w.rankSentence(named(ranked), figureValue(f), rankList(f, named(f.to)));
  };
  return {
    ...w,
    figureValue,
    money,
    /** "2,9 Md", "716 mln.", "2.9B": short, for a chart's axis */
    axis: (value: number) => axis.format(value),
    when,
    name,
    named,
    flowLabel,
    flowSubject,
    measureOf,
    /** "the total exports of Flanders": the total a share is of */
    shareTotalOf: (f: Described) => shareTotal(f, named(f.from), named(f.to)),
    rankSentence,
    growthBase,
    /** "BE-VLG → MA", "BE ↔ MA": codes, for the workbook's columns */
    arrow: (f: Pick<Flow, 'metric' | 'from' | 'to'>) =>
      f.metric === 'bilateral_trade' ? `${f.from} ↔ ${f.to}` : `${f.from} → ${f.to}`,
    formatChange: (ratio: number) => formatRatio(ratio, true),
    formatShare: (ratio: number) => formatRatio(ratio),
    formatMonth: (m: string) => monthYear.format(ym(m)),
    formatDate: (iso: string) => date.format(new Date(iso)),
    /** "chimie" for chemicals: a product in the reader's language */
    productName: (sector: string) => w.sectors[sector] ?? sector,
    /** "Belgium – Morocco": the pair's names, home first */
    pairTitle: (home: string, partner: string) => `${name(home)} – ${name(partner)}`,
    lowerFirst,
  };
}

export type BriefingText = ReturnType<typeof briefingText>;

/** "Exports Belgium → Morocco 2024: 1.5 billion EUR (revises 1.2 billion EUR)" */
export function noveltyLine(c: Novelty, t: BriefingText, home?: string): string {
  const f = c.figure;
  const ref = (x: { source: { number?: number } }) => (x.source.number ? ` [${x.source.number}]` : '');
  const measure = f.measure === 'value' && f.kind === 'actual' ? '' : ` (${t.measureOf(f)})`;
  const what = `${t.flowLabel(f, home)}${f.sector ? ` · ${t.productName(f.sector)}` : ''} ${t.when(f.period)}${t.colon}${t.figureValue(f)}${measure}${ref(f)}`;
  if (c.change === 'added' || !c.before) return what;
  return `${what}, ${t.novelty[c.change]} ${t.figureValue(c.before)}${ref(c.before)}`;
}
