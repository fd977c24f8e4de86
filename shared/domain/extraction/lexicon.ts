// The words that tie a quantity to a trade flow, in French, Dutch and English: metric nouns, growth and
// decline verbs, bounds, target and forecast cues, and the cue words that give an economy its role.
import type { Bound, Metric } from '../figure.js';
import { LATIN_LETTER, latin } from './letters.js';

/** Metric keywords; the extractor takes the one closest to a quantity in its clause. */
export const METRIC_PATTERNS: Array<[Metric, RegExp]> = [
  // both flows named together are the trade between two economies: "(exports plus imports)", "in- en uitvoer"
  [
    'bilateral_trade',
    latin(
      /(?<!\p{L})(?:(?:exports?|imports?|exportations?|importations?|uitvoer|invoer|export|import)\s+(?:plus|and|et|en|\+|&)\s+(?:exports?|imports?|exportations?|importations?|uitvoer|invoer)|(?:in|uit)-\s+en\s+(?:uit|in)voer|im-?\s+(?:and|et|en)\s+export\p{L}*)(?!\p{L})/giu,
    ),
  ],
  // a supplier's market share is a share of its market's imports: "avec une part de marché de 10,4%"
  ['imports', latin(/(?<!\p{L})(?:parts? de marché|marktaandeel|market share)(?!\p{L})/giu)],
  [
    'total_trade',
    latin(
      /\b(?:commerce extérieur|échanges extérieurs|buitenlandse handel|foreign trade|external trade)\b/giu,
    ),
  ],
  [
    'trade_balance',
    latin(
      /(?<!\p{L})(?:déficits?|excédents?|balance commerciale|solde commercial|solde(?=\s+(?:\p{L}+\s+){0,2}(?:déficitaire|excédentaire|négatif|positif))|handelsbalans|handelstekort|handelsoverschot|(?<!per\s)(?:handels)?saldo(?:['’]?s)?|tekort|overschot|trade deficits?|trade surplus(?:es)?|trade balance|balance(?<=the\sbalance)(?=\s+(?:was|stood|showed|amounted|reached|came|is)\s)|trade gaps?|deficits?|surplus(?:es)?)(?!\p{L})/giu,
    ),
  ],
  [
    'fdi',
    latin(
      /(?<!\p{L})(?:IDE|FDI|investi\p{L}*|invest\p{L}*|geïnvesteerd|investering\p{L}*|inflows?(?<=attract\p{L}*\s+(?:\p{L}+\s+){0,3}inflows?)|(?<!transferts?\s+de\s+)fonds(?=\s+en provenance d)|(?:poured|pumped|ploughed|plowed)(?=[^.;]{0,60}\sinto\s)|injecté\p{L}*(?=[^.;]{0,60}\s(?:au|aux|en|dans)\s))(?!\p{L})/gu,
    ),
  ],
  [
    'exports',
    latin(
      /(?<!\p{L})(?:export\p{L}*|réexportations?|wederuitvoer|heruitvoer|uitvoer\p{L}*|(?:diamant|auto|wapen|vis|graan|fruit|groente|chemie|farma|staal|olie|gas|stroom)(?:export|uitvoer)\p{L}*|\p{L}{3,}(?:export|uitvoer)(?:en)?|uitgevoerd|ge[eë]xporteerd\p{L}*|NODX|expéditions?|sorties(?=\s+(?:vers|à destination)\s)|(?:achemin|envoy|expédi|livr)(?:é|ée|és|ées|ait|aient|ent|era|eront)(?=[^.;]{0,60}\s(?:au|aux|à|vers)\s)|(?:achemin|envoy|expédi)(?:é|ée|és|ées)(?<=(?<!\p{L})y\s+(?:a|ont|avait|avaient)\s+(?:achemin|envoy|expédi)(?:é|ée|és|ées))|(?:ging|gingen|gaat|gaan)(?=\s+(?:\p{L}+\s+){0,3}?voor\s+[^.;]{0,80}?\snaar\s)|goederenexport\p{L}*|goederenuitvoer\p{L}*|credits(?<=(?:goods|services)\s+credits)|ventes?|shipments?|sales(?=\s+(?:to|of|abroad)(?!\p{L}))|sales(?<=(?:phosphate|car|vehicle|fertili[sz]er|fish|seafood|citrus|textile|chemical|pharmaceutical|aircraft|export)s?\ssales)|vend(?:u|ait|aient|ent|ra)(?=[^.;]{0,60}\s(?:au|aux|à|vers)\s)|sold(?=[^.;]{0,60}\sto\s)|shipped(?=[^.;]{0,60}\sto\s)|verscheept(?<=\snaar\s[^.;]{0,40}verscheept)|verkocht(?:en)?(?=[^.;]{0,60}\saan\s)|verko(?:op|pen)(?=\s+(?:aan|naar)\s))(?!\p{L})/giu,
    ),
  ],
  [
    'imports',
    latin(
      /(?<!\p{L})(?:import\p{L}*|invoer\p{L}*|(?:diamant|auto|wapen|vis|graan|fruit|groente|chemie|farma|staal|olie|gas|stroom|energie)(?:import|invoer)\p{L}*|\p{L}{3,}(?:import|invoer)(?:en)?|ge[iï]mporteerd\p{L}*|(?:kwam|kwamen|komt|komen)(?=\s[^.;]{0,100}?\s(?:binnen(?!\s+(?:de|het|een|zijn|haar)\s)|deze kant op)(?!\p{L}))|facture\s+(?:énergétique|pétrolière|alimentaire|céréalière)|energiefactuur|(?:energy|oil|food)\s+import\s+bill|(?:energy|oil|food)\s+bill|ingevoerd|goederenimport\p{L}*|goedereninvoer\p{L}*|debits(?<=(?:goods|services)\s+debits)|achats?|purchases(?=\s+(?:from|of)\s)|achet(?:é|ait|aient|ent|era)(?=[^.;]{0,60}\s(?:au|aux|à|en|auprès)\s)|bought(?=[^.;]{0,60}\sfrom\s)|kocht(?:en)?(?=[^.;]{0,60}\s(?:in|bij|uit)\s)|haal(?:de|den|t|en)(?=[^.;]{0,80}\s(?:uit\s|binnen(?!\p{L})))|binnengehaald)(?!\p{L})/giu,
    ),
  ],
  [
    'bilateral_trade',
    // … but not the Dutch compounds that name a person, body or text ("handelsvertegenwoordiger", "handelsmissie",
    // "handelsakkoord", "handelaar")
    latin(
      /(?<!\p{L})(?:échanges|commerce|relations commerciales|handel(?!s?(?:vertegenwoordig|attaché|missie|kamer|akkoord|verdrag|beleid|minister|delegatie|huis|aar|register|ingenieur|merk|naam|school|hof|rechtbank))\p{L}*|trade|trading|uitgewisseld|échangée?s?|exchanged)(?!\p{L})/giu,
    ),
  ],
];

/** Dutch separable verbs: "voerde … uit (naar)" exports, "voerde … in (uit)" imports. */
export const SEPARABLE_TRADE_VERB = latin(/(?<![\p{L}])voer(?:de|den|t|en)?(?![\p{L}])/giu);
export function separableVerbMetric(rest: string): 'exports' | 'imports' | undefined {
  if (latin(/(?<![\p{L}])in\s+(?:uit|vanuit)(?![\p{L}])|(?<![\p{L}])in\s*[.,;]/iu).test(rest))
    return 'imports';
  if (latin(/(?<![\p{L}])uit\s+(?:naar|richting)(?![\p{L}])|(?<![\p{L}])uit\s*[.,;]/iu).test(rest))
    return 'exports';
  return undefined;
}

/** Words that are metric-like but name people or organisations, not flows. */
export const NOT_A_METRIC = latin(
  /^(?:exportateurs?|exportatrices?|exporters?|exporteurs?|importateurs?|importers?|importeurs?|investisseurs?|investors?|investeerders?|handelaars?|traders?)$/iu,
);

export const TARGET_CUES = latin(
  /(?<!\p{L})(?:objectifs?|ambition\p{L}*|vise\p{L}*|viser|cibles?|d['’]ici|à l['’]horizon|horizon|ambitie\p{L}*|doel\p{L}*|streef\p{L}*|targets?|goals?|aim\p{L}*|voul(?:ons|ez|ait|aient)|veu(?:t|lent)|wil(?:len|t)?|wants?\s+to|engagée?s?\s+à|s['’]engage\p{L}*|committed\s+to|pledg\p{L}*|toegezegd|beloofd\p{L}*|promesses?|promis\p{L}*|belofte\p{L}*|promise[ds]?)(?!\p{L})|(?:tegen|by)\s+(?:(?:eind|einde|the end of)\s+)?(?:19|20)\d\d/iu,
);
/** The words of an ambition proper, without the horizon that also ends a forecast ("d'ici 2030", "by 2030"). */
export const TARGET_WORDS = latin(
  /(?<!\p{L})(?:objectifs?|ambition\p{L}*|vise\p{L}*|viser|cibles?|ambitie\p{L}*|doel\p{L}*|streef\p{L}*|targets?|goals?|aim\p{L}*)(?!\p{L})/iu,
);
/** An expectation, not a plan: "devrait atteindre … d'ici 2025", "rekent erop dat … tegen 2026". */
export const EXPECTATION_CUES = latin(
  /(?<!\p{L})(?:devr(?:ait|aient|a|ont)|pourr(?:ait|aient|a|ont)|s['’]attend\p{L}*|attendu\p{L}*|prévisions?|projections?|verwacht\p{L}*|rek(?:ent|enen|ende) erop|rek(?:ent|enen) op|anticip\p{L}*|prognose\p{L}*|voorspel\p{L}*|kan|kunnen|zou|zouden|expected|expects?|forecast\p{L}*|projected|should reach|could reach|could|may|might|anticipated)(?!\p{L})/iu,
);
export const FORECAST_CUES = latin(
  /(?<!\p{L})(?:devr(?:ait|aient|a|ont)|pourr(?:ait|aient|a|ont)|could reach|could hit|zou(?:den)? kunnen|prévu\p{L}*|prévoi\p{L}*|prévisions?|s['’]attend\p{L}*|attendu\p{L}*|projections?|verwacht\p{L}*|rek(?:ent|enen|ende) erop|rek(?:ent|enen) op|tabl(?:e|ent|ait) sur|anticip\p{L}*|prognose\p{L}*|voorspel\p{L}*|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast\p{L}*|projected|is set to|should reach|will reach|anticipated|atteindr(?:a|ont)|dépasser(?:a|ont)|s['’]élèver(?:a|ont)|représenter(?:a|ont))(?!\p{L})/iu,
);

/** Dutch separable verbs of change, split by their subject: "nam de export naar Marokko verder toe". */
const SEPARABLE_CHANGE =
  '(?<!\\p{L})(?:nam|namen|neemt|nemen)(?!\\p{L})[^.;:]{0,60}?(?<!\\p{L})(?:toe|af)(?!\\p{L})';
const DECLINE_WORDS = latin(
  /(?<!\p{L})(?:baisses?|baissé\p{L}*|recul\p{L}*|chut\p{L}*|diminu\p{L}*|repli\p{L}*|fléchi\p{L}*|dégringol\p{L}*|en retrait|zakte|zakten|gezakt|kromp|slonk|teruggevallen|terugval|viel terug|slip\p{L}*|slid|dipp\p{L}*|dip|eased|slump\p{L}*|plung\p{L}*|tumbl\p{L}*|contract\p{L}*|régress\p{L}*|dalin\p{L}*|(?:nam|namen|neemt|nemen)\s+af|narrow\p{L}*|allég\p{L}*|rédui\p{L}*|gedaald|daalde|daalt|kelder\p{L}*|gekelderd|afname|afgenomen|gekrompen|krimp|verminder\p{L}*|afnam|afnamen|achteruitg\p{L}*|fell|fall\p{L}*|declin\p{L}*|decreas\p{L}*|drop\p{L}*|down|lower(?:ing|ed|s)?|reduc\p{L}*|réduction|shr[ua]nk)(?!\p{L})/iu,
);
export const DECLINE_CUES = latin(
  new RegExp(
    `${DECLINE_WORDS.source}|(?<!\\p{L})(?:nam|namen|neemt|nemen)(?!\\p{L})[^.;:]{0,60}?(?<!\\p{L})af(?!\\p{L})`,
    'iu',
  ),
);
export const GROWTH_CUES = latin(
  new RegExp(
    `${DECLINE_CUES.source}|${SEPARABLE_CHANGE}|(?<!\\p{L})(?:(?:nam|namen|neemt|nemen)\\s+(?:toe|af)|widen\\p{L}*|narrow\\p{L}*|creus\\p{L}*|aggrav\\p{L}*|alourdi\\p{L}*|allég\\p{L}*|rédui\\p{L}*|verdiep\\p{L}*|hausse|augment\\p{L}*|progress\\p{L}*|croissance|cr[uû]|bond\\p{L}*|grimp\\p{L}*|envol\\p{L}*|klom|\\p{L}*klim(?:t|men|de|den)?|gained|soared|expanded|advanced|accroissement|stijg\\p{L}*|gestegen|steeg|toename|toegenomen|toenam|toenamen|vooruitg\\p{L}*|groei\\p{L}*|(?:export|import|handels|uitvoer|invoer)groei|gegroeid|rose|ris\\p{L}*|grew|grow\\p{L}*|increas\\p{L}*|up|jump\\p{L}*|climb\\p{L}*|surg\\p{L}*|gonfl\\p{L}*|CAGR|(?:se\\s+sont|s['’]est)\\s+relevée?s?)(?!\\p{L})`,
    'iu',
  ),
);
/** Growth words after a percentage: "met een vijfde gedaald", "8 procent meer dan", "a quarter lower", "$5bn (12%) increase". */
export const TRAILING_GROWTH = latin(
  /^[\s,]*\)?\s*(?:(gedaald|afgenomen|gekrompen|teruggevallen|krimpen|dalen|zakken|afnemen|teruglopen|terugvallen|terugviel|terugvielen|terugliep|daalde|daalden|zakte|zakten|kromp|afnam|minder|lager|less|lower|fewer|en moins|de moins|decrease|decline|drop|fall|daling|afname)|(gestegen|toegenomen|gegroeid|stijgen|groeien|toenemen|steeg|stegen|groeide|groeiden|toenam|meer|hoger|more|higher|en plus|de plus|increase|rise|jump|growth|gain|stijging|toename|groei))(?![\p{L}])(?!\s+(?:dan|than|que|de)\s+[\d€$£])/iu,
);
/**
 * Dutch puts the particle of a separable verb, or the verb of a subordinate clause, at the clause's end: "nam de
 * uitvoer met 6,2 % af", "ging met 2,7 procent omhoog", "terwijl de invoer er met 5,1 procent op achteruitging".
 */
export const CLAUSE_END_CHANGE = latin(
  /^[^\d,.;:!?]*?(?<![\p{L}])(?:(af|achteruit(?:ging|gingen|gegaan)?|omlaag|afnam|afnamen|daalde|daalden|zakte|zakten|terugliep|terugviel|teruggelopen|teruggevallen)|(toe|vooruit(?:ging|gingen|gegaan)?|omhoog|in de lift|toenam|toenamen|steeg|stegen|groeide|groeiden))(?=\s*(?:$|[,.;:!?)]|(?:tot|naar|en)\s))/iu,
);
/** "min 14 procent", "minus 3%", "plus 5 procent": a sign written as a word. */
export const SIGN_WORD_BEFORE = latin(/(?<![\p{L}])(?:(min|minus)|plus)\s*$/iu);

/**
 * An absolute change is not a trade figure: "increased by £310m", "en baisse de 4,6 milliards", "a decrease of $215m",
 * "s'est creusé de 3,9 milliards", "groeide in drie maanden met 118 miljoen euro", "services fell $47m".
 */
export const ABSOLUTE_CHANGE_BEFORE = latin(
  /(?:(?<![\p{L}])(?:(?:increas|decreas|ris|fell|fall|grew|grow|jump|drop|declin|climb|widen|narrow|rose)\p{L}*\s+by|up by|down by|(?:rose|fell|grew|dropped|declined|climbed|jumped|gained|increased|decreased|widened|narrowed)|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|jump|widening|narrowing)\s+of|(?:en\s+)?(?:hausse|baisse|augmentation|diminution|progression|recul|détérioration|amélioration|creusement|aggravation|allègement)\s+de|(?:augmenté|diminué|progressé|reculé|baissé|chuté|grimpé|creusé|alourdi|allégé|réduit|amélioré|détérioré|accru)\s+de|(?:gestegen|gedaald|toegenomen|afgenomen|gegroeid|gekrompen|verbeterd|verslechterd|steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen|liep\s+op|liepen\s+op)\s+(?:[\p{L}\d-]+\s+){0,6}?met|(?:stijging|daling|toename|afname|groei|krimp)\s+(?:met|van)))\s*(?:(?:about|around|nearly|almost|some|more than|over|près de|environ|plus de|bijna|ruim|ongeveer|meer dan|zo['’]n)\s+)?$/iu,
);
/** "(+ 520 M$)" of a flow: a change (a balance's sign is its level: "a surplus of +37.6 bn"). */
export const PLUS_BEFORE = /(?:^|[\s(])[+]\s*$/;
/** "470 miljoen euro minder dan in 2014", "1,2 milliard de plus", "$3bn more than a year earlier": a change. */
export const ABSOLUTE_CHANGE_AFTER = latin(
  /^\s*(?:meer|minder|more|less|extra|hoger|lager|higher|lower|de plus|de moins|en plus|en moins|additional|supplémentaires?)(?![\p{L}])(?!\s+(?:dan|than|que)\s+[\d€$£])/iu,
);

/** Tariffs and taxes are not trade figures: "droits de douane de 10 %". */
export const TARIFF_CUES = latin(
  /(?<![\p{L}])(?:droits? de douane|tarifs? douaniers?|taxes?|tariffs?|duties|duty|invoerheffing\p{L}*|invoerrechten|heffing\p{L}*|TVA|VAT|btw)(?![\p{L}])/iu,
);
/** A clause that opens with a pronoun speaks of the figure before it: "Il a ainsi progressé de 21 %". */
// (an impersonal "il faut", "il convient" takes up nothing)
export const PRONOUN_START = latin(
  /^\s*(?:(?:en|in|au|à|dans|op|on|selon|d['’]après|according to|volgens)\s*[^,]{1,30},\s*)?(?:il|elle|ils|elles|celui-ci|celle-ci|celles?|ceux|celui|cela|ce|c['’]est|c['’]était|those|dat|dit|het|hij|zij|deze|it|this|that|they)(?![\p{L}])(?!\s+(?:faut|fallait|convient|ressort|apparaît|semble))/iu,
);
/**
 * "Officials expect that to climb to …", "Experts verwachten dat die stijgt tot …", "on s'attend à ce qu'elles
 * atteignent …": a pronoun as the subject of an expected change takes up the flow before it.
 */
export const EXPECTED_PRONOUN = latin(
  /(?<!\p{L})(?:(?:expects?|expected|sees?|predicts?|forecasts?)\s+(?:that|it|this|them|those)\s+to|verwacht\p{L}*\s+(?:dat\s+)?(?:die|het|deze|dit)|s['’]attend\p{L}*\s+à\s+ce\s+qu['’](?:elles?|ils?)|prévoi\p{L}*\s+qu['’](?:elles?|ils?))(?!\p{L})/iu,
);
export const DEFICIT_WORDS = latin(/déficit|tekort|deficit|négati|negati|déficitaire|trade gap/iu);

const BOUND_CUES: Array<[Bound, RegExp]> = [
  [
    'lt',
    latin(
      /(?<![\p{L}])(?:moins de|inférieure? à|en deçà de|ne\s+dépass\p{L}*\s+pas|n['’]excéd\p{L}*\s+pas|minder dan|lager dan|niet meer dan|hooguit|less than|fewer than|under|below|up to|at most|not exceeding|jusqu['’]à)\s*$/iu,
    ),
  ],
  [
    'gt',
    latin(
      /(?<![\p{L}])(?:exceed|exceeds|exceeded|exceeding|dépasser|dépassent|dépassant|dépasse|dépassait|dépassaient|dépassera|dépasseront|overschreed|overschreden|overschrijden|overschrijdt|plus de|au-delà de|au-dessus d[eu]|au-dessus des|supérieure? à|franchi\p{L}* la barre (?:de|des|du)|topping|topped|tops|top|surpassing|surpassed|franchi\p{L}* le cap (?:de|des|du)|dépassé|meer dan|ruim|boven|more than|over|above|exceeding|in excess of)(?:\s+(?:les|la|le|the|de))?\s*$/iu,
    ),
  ],
  [
    'approx',
    latin(
      /(?<![\p{L}])(?:près de|environ|quelque|autour de|presque|approximativement|de l['’]ordre de|ongeveer|bijna|circa|zo['’]n|zowat|om en bij|rond|about|around|almost|nearly|close to|approximately|roughly|some)\s*$/iu,
    ),
  ],
];

/** The bound stated just before a quantity, and where its phrase starts (so the quote includes it). */
export function boundBefore(textBefore: string): { bound: Bound; length: number } {
  for (const [bound, re] of BOUND_CUES) {
    const m = re.exec(textBefore);
    if (m) return { bound, length: m[0].length };
  }
  return { bound: 'eq', length: 0 };
}

/** Cue words before an economy's name, and the role they give it ("to the rest of Asia" as "to Asia"). */
export const PARTNER_CUES = latin(
  /(?<![\p{L}])(?:(?:reçus?|reçues?|attirés?|attirées?|received|attracted|ontvangen|aangetrokken)\s+(?:par|by|door)|auprès d[eu']|auprès des|vis-à-vis d[eu']|vis-à-vis des|à l['’]égard d[eu']|envers|ten aanzien van|avec|with|met|vers|à destination d[eu']|à destination des|à|au|aux|en|naar|richting|to|into|towards|in|chez|op)(?:(?<=['’])|\s+)(?:(?:both|zowel)\s+)?(?:l['’]|la|le|les|de|het|the)?\s*(?:rest\s+of\s+(?:the\s+)?|reste\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*|rest\s+van\s+(?:de\s+|het\s+)?)?$/iu,
);
export const SOURCE_CUES = latin(
  /(?<![\p{L}])(?:en provenance d[eu']|en provenance des|de la part d[eu']|depuis|uit|vanuit|from)(?:(?<=['’])|\s+)(?:l['’]|la|le|les|de|het|the)?\s*(?:rest\s+of\s+(?:the\s+)?|reste\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*|rest\s+van\s+(?:de\s+|het\s+)?)?$/iu,
);
export const OWNER_CUES = latin(
  /(?<![\p{L}])(?:de|du|des|d['’]|van|of|par|door|by)(?:(?<=['’])|\s+)(?:l['’]|la|le|les|de|het|the)?\s*$/iu,
);
/** "un déficit de 0,6 milliard pour la France": whose balance it is. */
export const BALANCE_OWNER_CUES = latin(
  /(?<![\p{L}])(?:pour|voor|for|favorable à|favorable au|en faveur d[eu']|in favou?r of|in het voordeel van|gunstig voor)\s*(?:l['’]|la|le|les|de|het|the)?\s*$/iu,
);
export const BETWEEN_CUES = latin(
  /(?<![\p{L}])(?:entre|between|tussen)\s+(?:l['’]|la|le|les|de|het|the)?\s*$/iu,
);

/** "faisant du Maroc le 3e fournisseur", "making Morocco the largest": the economy is the one ranked. */
export const MAKES_CUES = latin(
  /(?<![\p{L}])(?:fai(?:t|re|sant|sait)|font|fera|rend(?:ant|ent|re)?|plaç(?:ant|ait)|place|mak(?:ing|es?)|maakt|maakte)\s+(?:(?:de|du|des|d['’])\s*)?(?:l['’]|la|le|les|the)?\s*$/iu,
);

/** Sectors named right after a metric noun: "exportations de phosphates", "export van auto's". */
/** Goods start a word: "vis" is fish, not the end of "suivis"; "energy" is not the end of "synergy". */
const wordStart = ([name, re]: [string, RegExp]): [string, RegExp] => [
  name,
  new RegExp(`(?<![${LATIN_LETTER}])(?:${re.source})`, re.flags),
];
export const SECTORS: Array<[string, RegExp]> = (<Array<[string, RegExp]>>[
  ['phosphates', latin(/phosphat\p{L}*|fosfa\p{L}*/iu)],
  ['automotive', latin(/automobile\p{L}*|voitures|véhicules|auto['’]s|automotive|vehicles|cars/iu)],
  [
    'agriculture',
    latin(/agricole\p{L}*|agroalimentaire\p{L}*|agri-food|agricultur\p{L}*|landbouw\p{L}*|agrovoeding/iu),
  ],
  ['textiles', latin(/textile\p{L}*|textiel/iu)],
  [
    'chemicals',
    latin(
      /chimique\p{L}*|chemicals?|chemie\p{L}*|chemicali\p{L}*|chemische|petrochemi\p{L}*|pétrochimi\p{L}*/iu,
    ),
  ],
  [
    'energy',
    latin(/énergie\p{L}*|énergétique\p{L}*|energie\p{L}*|energy|pétroli\p{L}*|petroleum|aardolie\p{L}*/iu),
  ],
  [
    'fish',
    latin(
      /poissons?|pêche|produits de la mer|produits halieutiques|halieutiques?|poulpes?|céphalopodes|cephalopods?|vis(?:serij)?(?!\p{L})|inktvis|seafood|fish\p{L}*|octopus/iu,
    ),
  ],
  ['fertilizers', latin(/engrais|meststoff\p{L}*|fertili[sz]ers?/iu)],
  [
    'pharmaceuticals',
    latin(/pharmaceutique\p{L}*|pharmaceuticals?|farmaceutische|geneesmiddel\p{L}*|médicaments|medicines/iu),
  ],
  ['plastics', latin(/plastiques?|plastics?|kunststoff\p{L}*/iu)],
  ['diamonds', latin(/diamants?|diamonds?|diamant\p{L}*/iu)],
  ['aeronautics', latin(/aéronautique\p{L}*|aeronautics?|aerospace|luchtvaart\p{L}*/iu)],
  ['machinery', latin(/machines|machinerie|machinery/iu)],
  [
    'food',
    latin(
      /denrées alimentaires|produits alimentaires|voedingsmiddelen|voedingsproducten|foodstuffs|food products/iu,
    ),
  ],
  ['services', latin(/services|diensten/iu)],
]).map(wordStart);
