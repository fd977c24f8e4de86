// French: the cue words of attribution: flows, roles, growth, bounds, kinds, lists … (read by the stages of attribution).
import type { AttributionCues } from '../cues.js';

export const attributionCues: AttributionCues = {
  // biome-ignore format: word lists read better packed
  metrics: {
    flowNouns: ['exportations?', 'importations?'],
    flowsJoinedBy: ['plus', 'et'],
    bothFlows: ['im-?\\s+et\\s+export\\p{L}*'],
    marketShare: ['parts? de marché'],
    totalTrade: ['commerce extérieur', 'échanges extérieurs'],
    worldTrade: ['commerce\\s+mondial', 'échanges\\s+mondiaux'],
    tradeBalance: [
      'déficits?', 'excédents?', 'balance commerciale', 'solde commercial',
      'solde(?=\\s+(?:\\p{L}+\\s+){0,2}(?:déficitaire|excédentaire|négatif|positif))',
      // "les exportations moins les importations": the balance spelled out
      'exportations\\s+moins\\s+(?:les\\s+)?importations',
    ],
    fdi: [
      'IDE', 'investi\\p{L}*', '(?<!transferts?\\s+de\\s+)fonds(?=\\s+en provenance d)',
      'injecté\\p{L}*(?=(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}\\s(?:au|aux|en|dans)\\s)',
    ],
    exports: [
      'export\\p{L}*', 'réexportations?', 'expéditions?', 'sorties(?=\\s+(?:vers|à destination)\\s)',
      '(?:achemin|envoy|expédi|livr)(?:é|ée|és|ées|ait|aient|ent|era|eront)(?=(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}\\s(?:au|aux|à|vers)\\s)',
      '(?:achemin|envoy|expédi)(?:é|ée|és|ées)(?<=(?<!\\p{L})y\\s+(?:a|ont|avait|avaient)\\s+(?:achemin|envoy|expédi)(?:é|ée|és|ées))',
      'ventes?', 'vend(?:u|ait|aient|ent|ra)(?=(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}\\s(?:au|aux|à|vers)\\s)',
    ],
    imports: [
      'import\\p{L}*', 'facture\\s+(?:énergétique|pétrolière|alimentaire|céréalière)', 'achats?',
      'achet(?:é|ait|aient|ent|era)(?=(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}\\s(?:au|aux|à|en|auprès)\\s)',
      // ("ont acheté pour 4 milliards d'euros de produits belges": the goods' origin names the partner)
      'achet(?:é|ait|aient|ent|era)(?=(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}\\s(?:de|des)\\s+(?:produits|biens|marchandises)\\s+\\p{L})',
    ],
    trade: ['échanges', 'commerce', 'relations commerciales', 'flux commerciaux', 'échangée?s?'],
    separableVerb: [],
    importParticle: [],
    exportParticle: [],
    traders: ['exportateurs?', 'exportatrices?', 'importateurs?', 'investisseurs?'],
    deficit: ['déficit', 'négati', 'déficitaire'],
  },
  // biome-ignore format: word lists read better packed
  growth: {
    decline: [
      'baisses?', 'baissé\\p{L}*', 'recul\\p{L}*', 'chut\\p{L}*', 'diminu\\p{L}*', 'repli\\p{L}*',
      'fléchi\\p{L}*', 'dégringol\\p{L}*', 'en retrait', 'régress\\p{L}*', 'allég\\p{L}*', 'rédui\\p{L}*',
      'réduction',
      // "inférieures de 2,1 % à leur niveau de mars 2023"
      'inférieur(?:e|s|es)?(?=\\s+de\\s)',
      // "se sont contractées de 4 %", "ont plongé de 30 %", "se sont effondrées de 40 %"
      'contract(?:é|ée|és|ées|ion|er|e|ent|era|eraient|erait)', 'plong\\p{L}*', 'effondr\\p{L}*',
    ],
    separableDecline: [],
    separableChange: [],
    change: [
      'creus\\p{L}*', 'aggrav\\p{L}*', 'alourdi\\p{L}*', 'allég\\p{L}*', 'rédui\\p{L}*', 'hausse',
      'augment\\p{L}*', 'progress\\p{L}*', 'croissance', 'cr[uû]', 'bond\\p{L}*', 'grimp\\p{L}*',
      'envol\\p{L}*', 'accroissement', 'gonfl\\p{L}*', '(?:se\\s+sont|s[\'’]est)\\s+relevée?s?',
      // "devraient croître de 2 %", "croît de 3 %", "se sont accrues de 5 %", "ont rebondi de 12 %"
      'cro[iî]t(?:re|ra|ront|rait|raient)?', 'croiss(?:ent|ait|aient)', 'accr[uû](?:e|es|s)?', 'accro[iî]t\\p{L}*',
      'rebond\\p{L}*',
    ],
    declineAfter: ['en moins', 'de moins'],
    riseAfter: ['en plus', 'de plus'],
    thanAfterChange: ['que', 'de'],
    declineAtClauseEnd: [],
    riseAtClauseEnd: [],
    afterClauseEnd: [],
    minus: [],
    plus: ['plus'],
  },
  // biome-ignore format: word lists read better packed
  bounds: {
    below: [
      'moins de', 'inférieure? à', 'en deçà de', 'ne\\s+dépass\\p{L}*\\s+pas', 'n[\'’]excéd\\p{L}*\\s+pas',
      'jusqu[\'’]à',
    ],
    above: [
      'dépasser', 'dépassent', 'dépassant', 'dépasse', 'dépassait', 'dépassaient', 'dépassera', 'dépasseront',
      'plus de', 'au-delà de', 'au-dessus d[eu]', 'au-dessus des', 'supérieure? à',
      'franchi\\p{L}* la barre (?:de|des|du)', 'franchi\\p{L}* le cap (?:de|des|du)', 'dépassé',
    ],
    aboveArticles: ['les', 'la', 'le', 'de'],
    about: [
      'près de', 'environ', 'quelque', 'autour de', 'presque', 'approximativement', 'de l[\'’]ordre de',
    ],
    aboutAfter: ['environ'],
  },
  // biome-ignore format: word lists read better packed
  kinds: {
    target: ['objectifs?', 'ambition\\p{L}*', 'vise\\p{L}*', 'viser', 'cibles?'],
    horizon: ['d[\'’]ici', 'à l[\'’]horizon', 'horizon'],
    intent: [
      'voul(?:ons|ez|ait|aient)', 'veu(?:t|lent)', 'engagée?s?\\s+à', 's[\'’]engage\\p{L}*', 'promesses?',
      'promis\\p{L}*',
    ],
    byYear: [],
    endOf: [],
    expectation: [
      'devr(?:ait|aient|a|ont)', 'pourr(?:ait|aient|a|ont)', 's[\'’]attend\\p{L}*', 'attendu\\p{L}*',
      'prévisions?', 'projections?', 'anticip\\p{L}*',
    ],
    forecast: [
      'devr(?:ait|aient|a|ont)', 'pourr(?:ait|aient|a|ont)', 'prévu\\p{L}*', 'prévoi\\p{L}*', 'prévisions?',
      's[\'’]attend\\p{L}*', 'attendu\\p{L}*', 'projections?', 'tabl(?:e|ent|ait) sur', 'anticip\\p{L}*',
      'atteindr(?:a|ont)', 'dépasser(?:a|ont)', 's[\'’]élèver(?:a|ont)', 'représenter(?:a|ont)',
      // the future and the conditional of a change or a level: "les importations augmenteraient de 4 %",
      // "progressera de 6 %", "atteindrait 5 milliards" (not the past conditional of hearsay, "auraient augmenté")
      '(?:augment|progress|recul|baiss|diminu|grimp|chut|dépass|représent|contract|stabilis)er(?:a|ont|ait|aient)',
      '(?:atteindr|croîtr|accroîtr|s[\'’]établir|ralentir|bondir|rebondir)(?:a|ont|ait|aient)',
      's[\'’]élèver(?:ait|aient)',
    ],
    pastHearsayEnd: [],
    changeOr: ['soit', 'ou', 'ou encore'],
    joinedAim: ['et\\s+d[\'’]', 'et\\s+de\\s'],
    forecastAfter: ['(?:prévue?s?|attendue?s?)\\s+par'],
    reasonGiven: ['étant\\s+donné\\s+que', 'puisque', 'parce\\s+que', 'vu\\s+que'],
  },
  // biome-ignore format: word lists read better packed
  notAFigure: {
    changeBefore: [
      '(?:en\\s+)?(?:hausse|baisse|augmentation|diminution|progression|recul|détérioration|amélioration|creusement|aggravation|allègement)\\s+de',
      '(?:augmenté|diminué|progressé|reculé|baissé|chuté|grimpé|creusé|alourdi|allégé|réduit|amélioré|détérioré|accru)\\s+de',
    ],
    changeHedges: ['près de', 'environ', 'plus de', 'moins de', 'quelque'],
    changeAfter: ['de plus', 'de moins', 'en plus', 'en moins', 'supplémentaires?'],
    than: ['que'],
    tariff: [
      'droits? de douane', "droits? d['’](?:importation|exportation|entrée)", 'tarifs? douaniers?', 'taxes?', 'surtaxes?',
      'TVA', 'prélèvements?',
    ],
  },
  // biome-ignore format: word lists read better packed
  pronouns: {
    lead: ['en', 'au', 'à', 'dans', 'selon', 'd[\'’]après'],
    subject: [
      'il', 'elle', 'ils', 'elles', 'celui-ci', 'celle-ci', 'celles?', 'ceux', 'celui', 'cela', 'ce',
      'c[\'’]est', 'c[\'’]était',
    ],
    impersonal: ['faut', 'fallait', 'convient', 'ressort', 'apparaît', 'semble'],
    expected: [
      's[\'’]attend\\p{L}*\\s+à\\s+ce\\s+qu[\'’](?:elles?|ils?)', 'prévoi\\p{L}*\\s+qu[\'’](?:elles?|ils?)',
    ],
  },
  // biome-ignore format: word lists read better packed
  roles: {
    partner: [
      'auprès d[eu\'’]', 'auprès des', 'vis-à-vis d[eu\'’]', 'vis-à-vis des', 'à l[\'’]égard d[eu\'’]', 'envers',
      'avec', 'vers', 'à destination d[eu\'’]', 'à destination des', 'à', 'au', 'aux', 'en', 'chez',
    ],
    received: ['reçus?', 'reçues?', 'attirés?', 'attirées?'],
    by: ['par'],
    both: [],
    source: [
      'en provenance d[eu\'’]', 'en provenance des', 'de la part d[eu\'’]', 'depuis',
      '(?:arriv|proven|ven)ant d[eu\'’]', '(?:arriv|proven|ven)ant des',
      // ("viennent d'un autre pays de l'UE": the origin, also one among a group)
      '(?:pro)?vien(?:t|nent) d[eu\'’]', '(?:pro)?vien(?:t|nent) des', '(?:pro)?vien(?:t|nent) d[\'’]une? autre',
    ],
    owner: ['de', 'du', 'des', 'd[\'’]', 'par'],
    balanceOwner: ['pour', 'favorable à', 'favorable au', 'en faveur d[eu\'’]'],
    between: ['entre'],
    articles: ['l[\'’]', 'la', 'le', 'les'],
    bareOrigin: ['de', 'd[\'’]'],
    importVerb: ['import(?:é|ée|és|ées|e|ent|ait|aient|era|eront|erait|eraient|ant)'],
    originAfterImportVerb: ['de', 'd[\'’]', 'du', 'des', 'de\\s+la', 'de\\s+l[\'’]'],
    restOf: [
      'reste\\s+(?:du|des|de\\s+la|de\\s+l[\'’]|d[\'’])\\s*',
      '(?:autres\\s+)?pays\\s+(?:membres\\s+)?(?:du|des|de\\s+la|de\\s+l[\'’]|d[\'’])\\s*',
    ],
    makes: [
      'fai(?:t|re|sant|sait)', 'font', 'fera', 'rend(?:ant|ent|re)?', 'plaç(?:ant|ait)', 'place',
    ],
    makesOf: ['de', 'du', 'des', 'd[\'’]'],
    makesArticles: ['l[\'’]', 'la', 'le', 'les'],
  },
  // biome-ignore format: word lists read better packed
  sectors: {
    chocolate: ['chocolat\\p{L}*'],
    cocoa: ['cacao\\p{L}*'],
    coffee: ['café(?!\\p{L})', 'cafés(?!\\p{L})'],
    tea: ['thé(?!\\p{L})', 'thés(?!\\p{L})'],
    wine: ['vins?(?!\\p{L})'],
    'cashew nuts': ['cajou(?!\\p{L})', 'anacarde\\p{L}*'],
    bananas: ['bananes?(?!\\p{L})'],
    flowers: ['fleurs(?!\\p{L})'],
    fruit: ['fruits(?!\\p{L})'],
    vegetables: ['légumes(?!\\p{L})'],
    wheat: ['blé(?!\\p{L})', 'blés(?!\\p{L})'],
    cereals: ['céréales?(?!\\p{L})'],
    sugar: ['sucre(?!\\p{L})', 'sucres(?!\\p{L})'],
    soybeans: ['soja(?!\\p{L})'],
    rice: ['riz(?!\\p{L})'],
    'palm oil': ['huile\\s+de\\s+palme(?!\\p{L})'],
    cotton: ['coton(?!\\p{L})'],
    rubber: ['caoutchouc(?!\\p{L})', 'hévéa(?!\\p{L})'],
    wood: ['bois(?!\\p{L})'],
    meat: ['viandes?(?!\\p{L})', 'bœuf(?!\\p{L})', 'porc(?!\\p{L})', 'volailles?(?!\\p{L})'],
    'dairy products': ['produits laitiers', 'fromages?(?!\\p{L})', 'lait en poudre'],
    tobacco: ['tabacs?(?!\\p{L})'],
    gold: ["(?<=[ld]['’])or(?!\\p{L})", 'or non monétaire'],
    'crude oil': ['pétrole brut'],
    'natural gas': ['gaz naturel', 'GNL(?!\\p{L})'],
    coal: ['charbon(?!\\p{L})', 'houille(?!\\p{L})'],
    electricity: ['électricité(?!\\p{L})'],
    'iron ore': ['minerai de fer'],
    steel: ['aciers?(?!\\p{L})', 'sidérurgi\\p{L}*'],
    aluminium: ['aluminium(?!\\p{L})'],
    copper: ['cuivre(?!\\p{L})'],
    nickel: ['nickel(?!\\p{L})'],
    lithium: ['lithium(?!\\p{L})'],
    electronics: ['électroniques?(?!\\p{L})', 'semi-conducteurs(?!\\p{L})'],
    jewellery: ['bijoux(?!\\p{L})', 'bijouterie(?!\\p{L})', 'joaillerie(?!\\p{L})'],
    phosphates: ['phosphat\\p{L}*'],
    automotive: ['automobile\\p{L}*', 'voitures', 'véhicules'],
    agriculture: ['agricole\\p{L}*', 'agroalimentaire\\p{L}*', 'agricultur\\p{L}*'],
    textiles: ['textile\\p{L}*', 'vêtements?(?!\\p{L})', 'habillement(?!\\p{L})'],
    chemicals: ['chimique\\p{L}*', 'pétrochimi\\p{L}*'],
    energy: ['énergie\\p{L}*', 'énergétique\\p{L}*', 'pétroli\\p{L}*'],
    fish: [
      'poissons?', 'pêche', 'produits de la mer', 'produits halieutiques', 'halieutiques?', 'poulpes?',
      'céphalopodes',
    ],
    fertilizers: ['engrais'],
    pharmaceuticals: ['pharmaceutique\\p{L}*', 'médicaments'],
    plastics: ['plastiques?'],
    diamonds: ['diamants?'],
    aeronautics: ['aéronautique\\p{L}*'],
    machinery: ['machines', 'machinerie'],
    food: ['denrées alimentaires', 'produits alimentaires'],
    services: ['services'],
  },
  // biome-ignore format: word lists read better packed
  comparison: {
    against: ['contre', 'versus', 'vs\\.?'],
    comparedWith: [
      'contre', '(?:en\\s+)?pass(?:ant|er)\\s+de', 'par rapport (?:à|au|aux)', 'versus', 'vs\\.?',
      '(?:plus|moins) (?:forte?s?|élevée?s?|rapides?|marquée?s?) que', "(?:plus|moins) qu(?:e\\s+|['’])(?:les?|la|l['’])",
    ],
    rivals: [
      'derrière', 'devant', 'suivie? de', 'suivis de', 'précédée? de', 'dépassé', 'dépassant', 'devancé',
      'devançant', 'détrôné', 'détrônant', 'supplanté',
    ],
    followedBy: ['suivie?s?\\s+(?:de|par)'],
    changeFrom: ['de'],
    changeTo: ['à'],
  },
  // biome-ignore format: word lists read better packed
  lists: {
    and: ['et'],
    or: ['ou'],
    itemBefore: [
      'd[\'’]', 'de\\s+la\\s+', 'de\\s+l[\'’]', 'de\\s+', 'du\\s+', 'des\\s+', 'aux?\\s+',
      'à\\s+(?:la\\s+|l[\'’])?', 'vers\\s+(?:la\\s+|le\\s+|l[\'’]|les\\s+)?',
    ],
    itemAfter: ['de'],
    also: ['aussi'],
    subjectArticle: ['l[\'’]', 'la\\s+', 'le\\s+', 'les\\s+'],
    tableScale: ['mds?', 'Md', 'milliards?', 'millions?'],
    genericMarket: ['marchés?'],
    excluding: ['hors', 'en dehors'],
    excludingOf: ['de', 'd[\'’]', 'du', 'des', 'la', 'l[\'’]', 'le'],
    balanceColumn: ['solde', 'balance'],
  },
  // biome-ignore format: word lists read better packed
  figureLinks: {
    twin: ['soit', 'ou', 'environ', 'près de'],
    amountingTo: ['à hauteur de', 'à raison de'],
    thatIs: ['soit', 'ou'],
    shareVerb: ['représent\\p{L}*', 'pès\\p{L}*', 'pes\\p{L}*', 'constitu\\p{L}*'],
    // (not "absorbe", whose subject a coordinated export verb after it may own: "Le Mali absorbe 5 % de nos ventes
    // et nous vend 2 % de ses achats")
    shareTakerVerb: [],
    attracts: ['attir\\p{L}*'],
    total: ['total', 'totale', 'totales', 'globale?s?', 'mondial(?:e|es)?'],
  },
  // biome-ignore format: word lists read better packed
  respectively: {
    words: ['respectivement'],
    flows: ['export\\p{L}*', 'import\\p{L}*'],
    flowArticle: ['les\\s+'],
    exportStart: ['export'],
  },
  // biome-ignore format: word lists read better packed
  relatives: {
    words: ['dont'],
    asideOpener: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
    asideArticle: ['l[\'’]', 'la\\s', 'le\\s'],
    asideBody: [
      'agence', 'organisation', 'office', 'bureau', 'chambre', 'ministère', 'fédération', 'association',
      'conseil',
    ],
  },
  // biome-ignore format: word lists read better packed
  world: {
    before: ['avec', 'vers', 'du', 'de'],
    article: ['le\\s+', 'la\\s+'],
    restOf: ['reste\\s+du\\s+'],
    name: ['monde'],
    abroad: ['(?:à|vers|de)\\s+l[\'’]étranger'],
  },
  // biome-ignore format: word lists read better packed
  ranks: {
    generic: ['rangs?', 'place', 'position', 'marche\\s+du\\s+podium'],
    trader: ['(?:export|import)(?:ateur|eur)s?'],
    forFlow: ['pour\\s+les', "à\\s+l['’]", "en\\s+matière\\s+d['’]"],
    investNoun: ['invest'],
    importStart: ['import'],
    importNoun: ['fournisseur', 'source', 'provenance', 'origine'],
    exportStart: ['export'],
    partnerNoun: ['partenaire'],
    after: ['après'],
    afterArticle: ['l[\'’]', 'la\\s+', 'le\\s+', 'les\\s+'],
    positionArticle: ['le', 'la'],
    positionSuffix: ['e', 'ème'],
    ordinalWords: ['deuxième', 'second', 'seconde', 'troisième', 'quatrième', 'cinquième'],
    largest: [],
  },
  // biome-ignore format: word lists read better packed
  goods: {
    sectorWord: ['secteur', 'filière', 'branche'],
    origin: ['marocaines?', 'belges?', '\\p{L}+aises?', '\\p{L}+(?:iennes?|iens?|éennes?|éens?|aines?|ains?|oises?|ois)'],
    of: ['de', 'd[\'’]', 'des'],
    pronoun: ['celles?', 'ceux', 'celui'],
    pronounOf: ['de', 'des', 'du', 'd[\'’]'],
    article: ['la\\s+', 'le\\s+', 'l[\'’]', 'les\\s+'],
    sectorBefore: ['secteur', 'filière', 'branche'],
    sectorOf: ['de\\s+l[\'’]', 'de\\s+la\\s+', 'des\\s+', 'du\\s+', 'd[\'’]'],
    sectorAfter: [],
    changeAfter: [
      '(?:en\\s+)?(?:hausse|baisse|progression|recul|augmentation|diminution)\\s+de', 'soit\\s+(?:une\\s+)?(?:hausse|baisse)\\s+de',
    ],
    mostly: ['surtout', 'principalement', 'essentiellement', 'majoritairement', 'en majorité'],
    allTrade: ['(?:biens|marchandises)\\s+et\\s+(?:de\\s+)?services', 'services\\s+et\\s+(?:de\\s+)?(?:biens|marchandises)'],
    amountOf: ['de', 'd[\'’]', 'en'],
  },
  // biome-ignore format: word lists read better packed
  offices: {
    MA: ['Office des [Cc]hanges', 'Haut-Commissariat au Plan', 'Bank Al-Maghrib'],
    BE: ['Statbel', 'Banque [Nn]ationale de Belgique'],
    HK: ['HKTDC'],
    JP: ['ministère japonais des Finances'],
    NL: ['\\bCBS\\b'],
    GB: ['\\bONS\\b', '\\bHMRC\\b'],
    SN: [
      '\\bANSD\\b', 'Agence [Nn]ationale de la [Ss]tatistique et de la [Dd]émographie',
    ],
    KE: ['\\bKNBS\\b'],
    GH: [],
    SG: ['SingStat'],
    AU: [],
    ZA: [],
    CA: ['Statistique Canada'],
    CH: [
      'Administration fédérale des douanes', 'Office fédéral de la douane', '\\bOFDF\\b',
    ],
    namedAfter: [],
    namedBefore: [
      'statistique(?:s)?(?:\\s+et\\s+de\\s+la\\s+démographie)?\\s+(?:du|de\\s+la|de\\s+l[\'’]|des|d[\'’])\\s*',
    ],
  },
  // biome-ignore format: word lists read better packed
  investors: {
    foreign: [],
    fromInvestors: ['de la part (?:d[\'’]|des)', 'en provenance (?:d[\'’]|des)'],
    have: ['ont'],
    commit: ['engagé', 'investi', 'injecté'],
    notForeign: [
      'privés?', 'privées?', 'publics?', 'publiques?', 'intérieurs?', 'domestiques?', 'nationaux',
      'nationales?',
    ],
  },
  // biome-ignore format: word lists read better packed
  metricContext: {
    minister: ['ministres?', 'ministère', 'secrétaire d[\'’]État'],
    ministerOf: ['de', 'du', 'des', 'd[\'’]'],
    ministerArticle: ['l[\'’]', 'la\\s+', 'le\\s+'],
    ministerSecondOf: ['de\\s+', 'du\\s+', 'l[\'’]', 'la\\s+'],
    partMarker: ['dont', 'y compris'],
    conjunctions: ['et', 'mais', 'alors', 'tandis'],
    elidedOf: ['d[\'’]'],
    givenFor: ['pour'],
    determiners: ['les', 'la', 'le', 'l[\'’]', 'ses', 'sa', 'son', 'leurs?'],
    of: [],
    value: [],
    changeNoun: ['hausse', 'baisse', 'progression', 'augmentation', 'recul'],
    changeOf: ['des', 'du', 'de\\s+la', 'de\\s+l[\'’]', 'd[\'’]'],
    changeOfArticle: [],
    partOf: ['de', 'des', 'du', 'd[\'’]'],
    shareIn: ['dans'],
    partDeterminers: [
      'ses', 'leurs?', 'son', 'sa', 'la', 'les', 'l[\'’]', 'ces', 'notre', 'nos', 'total', 'totale?s?',
    ],
    rankFollower: ['des', 'de', 'parmi les'],
    rankAs: ['en tant que'],
    causeOf: ["sous\\s+l['’]effet", 'en\\s+raison', 'à\\s+cause', 'du\\s+fait'],
    ellipticalOnes: [],
    ellipticalOf: ['de', 'd[\'’]'],
    ellipticalHedges: ['près de', 'plus de', 'environ'],
  },
  // biome-ignore format: word lists read better packed
  segments: {
    abbreviations: [
      'm', 'mm', 'mme', 'mmes', 'no', 'etc', 'cf', 'p', 'pp', 'art', 'fév', 'sept', 'oct', 'nov', 'déc',
      'env', 'c.-à-d', 'hab',
    ],
    leadsOn: [
      'de', 'du', 'des', 'd[\'’]', 'la', 'le', 'les', 'l[\'’]', 'à', 'au', 'aux', 'en', 'et', 'ou', 'vers',
      'avec', 'par', 'pour', 'sur', 'dans', 'entre', 'que', 'qui',
    ],
    breakAfterComma: [
      'tandis qu[\'’]\\s*', 'alors qu[\'’]\\s*', 'tandis que\\s*', 'alors que\\s*', 'mais\\s*',
      'après que\\s*', 'après qu[\'’]\\s*',
      // an absolute participle after the figure, stating no number: ", l'Allemagne et la France restant les
      // premiers clients"
      '(?=[^.;\\d]{0,80}?\\s(?:restant|demeurant)\\s[^.;\\d]*(?:[.;]|$))',
    ],
    breakBeforeSubject: ['et', 'mais', 'tandis que', 'alors que', 'cependant'],
    subjectStart: [
      'les', 'le', 'la', 'l[\'’]', 'ses', 'leurs?', 'son', 'sa', 'ces', 'cet', 'cette',
    ],
    flowVerbStart: ['a exporté', 'a importé', 'a vendu', 'a acheté', 'a investi', 'exporté', 'importé', 'vendu', 'acheté'],
    figureUnit: ['milli', 'pour\\s?cent', 'MMDH', 'MDH', 'Mds?', 'M€', 'k€'],
    ordinalSuffix: ['e', 'ème', 'er'],
    bracketUnit: ['pour ?cent', 'mds?', 'milliards?', 'millions?'],
    teaserHeader: [
      'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'articles similaires',
      'articles liés', 'à voir aussi', 'sur le même thème', 'dans la même rubrique', 'les plus lus',
      'les articles les plus lus', 'à découvrir', 'à découvrir aussi', 'nos derniers articles', 'dernières actualités',
      'lire la suite', 'lire plus',
    ],
    inlineTeaser: ['à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi'],
    feedFooter: [],
  },
  // biome-ignore format: word lists read better packed
  metricStage: {
    notTradeAmounts: [
      'budgets?', 'enveloppes?', 'fonds', 'prêts?', 'crédits?', 'subventions?', 'financements?',
      'chiffre d[\'’]affaires', 'capital',
    ],
    ofTheTotal: ['du total', 'd[\'’]entre (?:eux|elles)'],
    ofThese: ['de ces', 'de cette', 'de ce'],
    figureArticle: ['ce', 'le'],
    figureNoun: ['chiffre', 'montant'],
    colonPronoun: ['elles?', 'ils?'],
    listHeadVerb: ['sont', 'constituent', 'représentent'],
    listHeadArticle: ['les'],
    shareOfFlow: ['des', 'du', 'de\\s+la', "de\\s+l['’]"],
  },
  // biome-ignore format: word lists read better packed
  continuation: {
    conversely: ['inversement', 'à l[\'’]inverse', 'en sens inverse', 'dans l[\'’]autre sens'],
    partOfLast: [
      '(?:sont allée?s|est allée?|vont|va|part|partent|sont partie?s|ont été expédiée?s)\\s+(?:vers|au|aux|à|en)',
      'd[\'’]entre eux', 'd[\'’]entre elles', 'du total', 'de ce total', 'de celles-ci', 'de ceux-ci',
      'de ce montant', 'de cette somme',
    ],
    partOfThese: ['de ces', 'de cette', 'de ce'],
    // (also in a compound tense: "le Vietnam en a absorbé 60 %", "en ont acheté")
    cliticPart: [
      'en\\s+(?:(?:a|ont|avait|avaient)\\s+)?(?:absorb|représent|concentr|capt|accapar|reçu|reçoi|achet|achèt|pès|pes)\\p{L}*',
    ],
    goesTo: ['vers', 'au', 'aux', 'à', 'en'],
    goesToArticle: ['la\\s+', 'le\\s+', 'l[\'’]'],
    explainedBy: [
      'qui s[\'’]explique', 'qui s[\'’]expliquent', 's[\'’]explique', 'dû à', 'due à', 'grâce à', 'en raison d', 'en raison des?', 'à cause des?', 'du fait des?',
      'portée? par', 'tirée? par',
    ],
    worth: ['d[\'’]une valeur de', 'pour une valeur de'],
    standsAt: ['est\\s+à', 'se\\s+situe\\s+à', 'à'],
    changeNouns: [
      'baisse', 'hausse', 'progression', 'recul', 'croissance', 'augmentation', 'diminution', 'repli',
    ],
    there: ['il y'],
    thereVerbs: ['a', 'avait', 'eu', 'déjà', 'aussi'],
    thereArticle: ['une'],
    thereChangeOf: ['de', 'd[\'’]'],
    leftOut: ['hors', 'en dehors', 'à l[\'’]exception'],
    changeSubjectArticle: ['la', 'le', 'cette'],
    afterPrior: ['après', 'suite à'],
    priorArticle: ['une?'],
    priorChangeOf: ['de', 'd[\'’]'],
    priorHedges: ['près de', 'plus de', 'environ'],
    flows: ['flux', 'les\\s+volumes'],
    trendSubject: ['cette\\s+(?:trajectoire|tendance|évolution|dynamique)'],
    sameThingArticle: ['le', 'la', 'ce'],
    sameThingNoun: ['stock', 'montant', 'total', 'volume', 'compteur', 'chiffre'],
    sameThingsArticle: ['les'],
    sameThingsNoun: ['montants'],
    accountsFor: ['représentai\\p{L}*', 'représente\\p{L}*', 'pesai\\p{L}*', 'pèse\\p{L}*'],
    accountsForAfter: [],
  },
  // biome-ignore format: word lists read better packed
  neighbours: {
    with: ['avec'],
    withArticle: ['des', 'un', 'une', 'de', 'd[\'’]'],
    amountOf: ['de', 'd[\'’]'],
    amountHedges: ['environ', 'près de', 'quelque'],
    nameArticle: ['la\\s+', 'le\\s+', 'l[\'’]'],
    successorWith: ['suit\\s+avec', 'suivait\\s+avec', 'avec', 'pour'],
    rivalFigureWith: ['avec', 'à'],
    rankShareVerbs: ['représentant', 'absorbant', 'captant', 'recevant', 'pesant'],
    changeArticle: ['une?'],
    successorChange: ['hausse', 'baisse', 'progression', 'recul', 'augmentation'],
    successorChangeOf: ['de'],
    successorHedges: ['près de', 'plus de'],
    levelTo: ['à', 'pour atteindre', '(?:pour\\s+)?s[\'’](?:établir|élever)\\s+à'],
    growthThatIs: ['soit'],
    growthIn: ['en'],
    growthNouns: ['hausse', 'baisse', 'progression', 'recul', 'augmentation', 'diminution', 'croissance'],
    growthOf: ['de'],
    growthHedges: ['près de', 'plus de', 'environ'],
  },
  // biome-ignore format: word lists read better packed
  directionStage: {
    ownTrade: [],
    total: ['totale?', 'globale?'],
    tradeNouns: ['commerce', 'échanges'],
    bilateral: ['bilat\\p{L}*', 'des deux pays'],
    possessives: ['ses', 'son', 'sa', 'leurs?'],
    tradeScene: ['dans\\s+(?:ses\\s+|leurs\\s+|les\\s+)?échanges\\s+avec'],
    frameArticle: ['l[\'’]', 'la\\s+', 'le\\s+', 'les\\s+'],
    framePartner: [
      'vis-à-vis\\s+(?:de\\s+|du\\s+|des\\s+|d[\'’])', 'à\\s+l[\'’]égard\\s+(?:de\\s+|du\\s+|des\\s+|d[\'’])',
      'envers', 'avec',
    ],
    appositionArticle: ['le\\s+', 'la\\s+', 'son\\s+', 'sa\\s+'],
    partOfFlow: ['de\\s+ces\\s+(?:exportations|importations|ventes|achats)'],
    regionNoun: ['Région', 'région'],
    rivals: ['devant', 'derrière', 'après', 'juste après', 'juste derrière'],
    makesOfSubject: ['ce qui (?:en )?fai(?:t|sait)', 'faisant'],
  },
};
