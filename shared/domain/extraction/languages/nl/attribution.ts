// Dutch: the cue words of attribution: flows, roles, growth, bounds, kinds, lists … (read by the stages of attribution).
import type { AttributionCues } from '../cues.js';

export const attributionCues: AttributionCues = {
  // biome-ignore format: word lists read better packed
  metrics: {
    flowNouns: ['uitvoer', 'invoer', 'export', 'import'],
    flowsJoinedBy: ['en'],
    bothFlows: ['(?:in|uit)-\\s+en\\s+(?:uit|in)voer', 'im-?\\s+en\\s+export\\p{L}*'],
    marketShare: ['marktaandeel'],
    totalTrade: ['buitenlandse handel'],
    tradeBalance: [
      'handelsbalans', 'handelstekort', 'handelsoverschot', '(?<!per\\s)(?:handels)?saldo(?:[\'’]?s)?',
      'tekort', 'overschot',
    ],
    fdi: ['invest\\p{L}*', 'geïnvesteerd', 'investering\\p{L}*'],
    exports: [
      'export\\p{L}*', 'wederuitvoer', 'heruitvoer', 'uitvoer\\p{L}*',
      '(?:diamant|auto|wapen|vis|graan|fruit|groente|chemie|farma|staal|olie|gas|stroom)(?:export|uitvoer)\\p{L}*',
      '\\p{L}{3,}(?:export|uitvoer)(?:en)?', 'uitgevoerd', 'ge[eë]xporteerd\\p{L}*',
      '(?:ging|gingen|gaat|gaan)(?=\\s+(?:\\p{L}+\\s+){0,3}?voor\\s+[^.;]{0,80}?\\snaar\\s)',
      'goederenexport\\p{L}*', 'goederenuitvoer\\p{L}*', 'verscheept(?<=\\snaar\\s[^.;]{0,40}verscheept)',
      'verkocht(?:en)?(?=[^.;]{0,60}\\saan\\s)', 'verko(?:op|pen)(?=\\s+(?:aan|naar)\\s)',
    ],
    imports: [
      'import\\p{L}*', 'invoer\\p{L}*',
      '(?:diamant|auto|wapen|vis|graan|fruit|groente|chemie|farma|staal|olie|gas|stroom|energie)(?:import|invoer)\\p{L}*',
      '\\p{L}{3,}(?:import|invoer)(?:en)?', 'ge[iï]mporteerd\\p{L}*',
      '(?:kwam|kwamen|komt|komen)(?=\\s[^.;]{0,100}?\\s(?:binnen(?!\\s+(?:de|het|een|zijn|haar)\\s)|deze kant op)(?!\\p{L}))',
      'energiefactuur', 'ingevoerd', 'goederenimport\\p{L}*', 'goedereninvoer\\p{L}*',
      'kocht(?:en)?(?=[^.;]{0,60}\\s(?:in|bij|uit)\\s)',
      'haal(?:de|den|t|en)(?=[^.;]{0,80}\\s(?:uit\\s|binnen(?!\\p{L})))', 'binnengehaald',
    ],
    trade: [
      'handel(?!s?(?:vertegenwoordig|attaché|missie|kamer|akkoord|verdrag|beleid|minister|delegatie|huis|aar|register|ingenieur|merk|naam|school|hof|rechtbank))\\p{L}*',
      'uitgewisseld',
    ],
    separableVerb: ['voer(?:de|den|t|en)?'],
    importParticle: ['in\\s+(?:uit|vanuit)(?!\\p{L})', 'in\\s*[.,;]'],
    exportParticle: ['uit\\s+(?:naar|richting)(?!\\p{L})', 'uit\\s*[.,;]'],
    traders: ['exporteurs?', 'importeurs?', 'investeerders?', 'handelaars?'],
    deficit: ['tekort', 'negati'],
  },
  // biome-ignore format: word lists read better packed
  growth: {
    decline: [
      'zakte', 'zakten', 'gezakt', 'kromp', 'slonk', 'teruggevallen', 'terugval', 'viel terug',
      'dalin\\p{L}*', '(?:nam|namen|neemt|nemen)\\s+af', 'gedaald', 'daalde', 'daalt', 'kelder\\p{L}*',
      'gekelderd', 'afname', 'afgenomen', 'gekrompen', 'krimp', 'verminder\\p{L}*', 'afnam', 'afnamen',
      'achteruitg\\p{L}*',
    ],
    separableDecline: ['(?:nam|namen|neemt|nemen)(?!\\p{L})[^.;:]{0,60}?(?<!\\p{L})af'],
    separableChange: ['(?:nam|namen|neemt|nemen)(?!\\p{L})[^.;:]{0,60}?(?<!\\p{L})(?:toe|af)'],
    change: [
      '(?:nam|namen|neemt|nemen)\\s+(?:toe|af)', 'verdiep\\p{L}*', 'klom', '\\p{L}*klim(?:t|men|de|den)?',
      'stijg\\p{L}*', 'gestegen', 'steeg', 'toename', 'toegenomen', 'toenam', 'toenamen', 'vooruitg\\p{L}*',
      'groei\\p{L}*', '(?:export|import|handels|uitvoer|invoer)groei', 'gegroeid',
    ],
    declineAfter: [
      'gedaald', 'afgenomen', 'gekrompen', 'teruggevallen', 'krimpen', 'dalen', 'zakken', 'afnemen',
      'teruglopen', 'terugvallen', 'terugviel', 'terugvielen', 'terugliep', 'daalde', 'daalden', 'zakte',
      'zakten', 'kromp', 'afnam', 'minder', 'lager', 'daling', 'afname',
    ],
    riseAfter: [
      'gestegen', 'toegenomen', 'gegroeid', 'stijgen', 'groeien', 'toenemen', 'steeg', 'stegen', 'groeide',
      'groeiden', 'toenam', 'meer', 'hoger', 'stijging', 'toename', 'groei',
    ],
    thanAfterChange: ['dan'],
    declineAtClauseEnd: [
      'af', 'achteruit(?:ging|gingen|gegaan)?', 'omlaag', 'afnam', 'afnamen', 'daalde', 'daalden', 'zakte',
      'zakten', 'terugliep', 'terugviel', 'teruggelopen', 'teruggevallen',
    ],
    riseAtClauseEnd: [
      'toe', 'vooruit(?:ging|gingen|gegaan)?', 'omhoog', 'in de lift', 'toenam', 'toenamen', 'steeg',
      'stegen', 'groeide', 'groeiden',
    ],
    afterClauseEnd: ['tot', 'naar', 'en'],
    minus: ['min', 'minus'],
    plus: ['plus'],
  },
  // biome-ignore format: word lists read better packed
  bounds: {
    below: ['minder dan', 'lager dan', 'niet meer dan', 'hooguit'],
    above: [
      'overschreed', 'overschreden', 'overschrijden', 'overschrijdt', 'meer dan', 'ruim', 'boven',
    ],
    aboveArticles: [],
    about: ['ongeveer', 'bijna', 'circa', 'zo[\'’]n', 'zowat', 'om en bij', 'rond'],
  },
  // biome-ignore format: word lists read better packed
  kinds: {
    target: ['ambitie\\p{L}*', 'doel\\p{L}*', 'streef\\p{L}*'],
    horizon: [],
    intent: ['wil(?:len|t)?', 'toegezegd', 'beloofd\\p{L}*', 'belofte\\p{L}*'],
    byYear: ['tegen'],
    endOf: ['eind', 'einde'],
    expectation: [
      'verwacht\\p{L}*', 'rek(?:ent|enen|ende) erop', 'rek(?:ent|enen) op', 'prognose\\p{L}*',
      'voorspel\\p{L}*', 'kan', 'kunnen', 'zou', 'zouden',
    ],
    forecast: [
      'zou(?:den)? kunnen', 'verwacht\\p{L}*', 'rek(?:ent|enen|ende) erop', 'rek(?:ent|enen) op',
      'prognose\\p{L}*', 'voorspel\\p{L}*',
    ],
    changeOr: ['oftewel', 'of'],
    joinedAim: ['en\\s+'],
  },
  // biome-ignore format: word lists read better packed
  notAFigure: {
    changeBefore: [
      '(?:gestegen|gedaald|toegenomen|afgenomen|gegroeid|gekrompen|verbeterd|verslechterd|steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen|liep\\s+op|liepen\\s+op)\\s+(?:[\\p{L}\\d-]+\\s+){0,6}?met',
      '(?:stijging|daling|toename|afname|groei|krimp)\\s+(?:met|van)',
    ],
    changeHedges: ['bijna', 'ruim', 'ongeveer', 'meer dan', 'zo[\'’]n'],
    changeAfter: ['meer', 'minder', 'extra', 'hoger', 'lager'],
    than: ['dan'],
    tariff: ['invoerheffing\\p{L}*', 'invoerrechten', 'heffing\\p{L}*', 'btw'],
  },
  // biome-ignore format: word lists read better packed
  pronouns: {
    lead: ['in', 'op', 'volgens'],
    subject: ['dat', 'dit', 'het', 'hij', 'zij', 'deze'],
    impersonal: [],
    expected: ['verwacht\\p{L}*\\s+(?:dat\\s+)?(?:die|het|deze|dit)'],
  },
  // biome-ignore format: word lists read better packed
  roles: {
    partner: ['ten aanzien van', 'met', 'naar', 'richting', 'in', 'op'],
    received: ['ontvangen', 'aangetrokken'],
    by: ['door'],
    both: ['zowel'],
    source: ['uit', 'vanuit'],
    owner: ['van', 'door'],
    balanceOwner: ['voor', 'in het voordeel van', 'gunstig voor'],
    between: ['tussen'],
    articles: ['de', 'het'],
    restOf: ['rest\\s+van\\s+(?:de\\s+|het\\s+)?'],
    makes: ['maakt', 'maakte'],
    makesOf: [],
    makesArticles: [],
  },
  // biome-ignore format: word lists read better packed
  sectors: {
    phosphates: ['fosfa\\p{L}*'],
    automotive: ['auto[\'’]s'],
    agriculture: ['landbouw\\p{L}*', 'agrovoeding'],
    textiles: ['textiel'],
    chemicals: [
      'chemicals?', 'chemie\\p{L}*', 'chemicali\\p{L}*', 'chemische', 'petrochemi\\p{L}*',
    ],
    energy: ['energie\\p{L}*', 'aardolie\\p{L}*'],
    fish: ['vis(?:serij)?(?!\\p{L})', 'inktvis'],
    fertilizers: ['meststoff\\p{L}*'],
    pharmaceuticals: ['farmaceutische', 'geneesmiddel\\p{L}*'],
    plastics: ['kunststoff\\p{L}*'],
    diamonds: ['diamant\\p{L}*'],
    aeronautics: ['luchtvaart\\p{L}*'],
    machinery: ['machines'],
    food: ['voedingsmiddelen', 'voedingsproducten'],
    services: ['diensten'],
  },
  // biome-ignore format: word lists read better packed
  comparison: {
    against: ['tegenover'],
    comparedWith: ['ten opzichte van', 'tegenover', 'vergeleken met'],
    rivals: [
      'achter', 'gevolgd door', '(?:net|vlak|kort)\\s+voor', '(?<=\\)\\s*,?\\s*)voor', 'ingehaald',
      'verdrongen', 'vervangen',
    ],
    followedBy: ['gevolgd\\s+door'],
    changeFrom: ['van'],
    changeTo: ['tot', 'naar'],
  },
  // biome-ignore format: word lists read better packed
  lists: {
    and: ['en'],
    or: ['of'],
    itemBefore: ['uit\\s+', 'naar\\s+'],
    itemAfter: ['met', 'van'],
    also: ['ook', 'zowel'],
    subjectArticle: ['de\\s+', 'het\\s+'],
    tableScale: ['miljard', 'miljoen'],
    genericMarket: ['markten', 'markt'],
    excluding: ['buiten'],
    excludingOf: ['het', 'de'],
    balanceColumn: ['saldo', 'handelsbalans'],
  },
  // biome-ignore format: word lists read better packed
  figureLinks: {
    twin: ['ca\\.', 'circa', 'ongeveer', 'zowat'],
    amountingTo: ['ten belope van'],
    thatIs: ['oftewel'],
    shareVerb: ['vertegenwoordig\\p{L}*', 'goed voor', 'maakt\\p{L}* uit', 'maken uit'],
    attracts: ['aantrek\\p{L}*', 'aangetrokken', 'lok\\p{L}*'],
    total: ['totaal', 'wereldwijd'],
  },
  // biome-ignore format: word lists read better packed
  respectively: {
    words: ['respectievelijk'],
    flows: ['uitvoer', 'invoer', 'export\\p{L}*', 'import\\p{L}*'],
    flowArticle: ['de\\s+'],
    exportStart: ['uit', 'export'],
  },
  // biome-ignore format: word lists read better packed
  relatives: {
    words: ['waarvan', 'wiens'],
    asideOpener: ['die', 'dat', 'welke'],
    asideArticle: ['het\\s', 'de\\s', 'een\\s'],
    asideBody: ['agentschap', 'instelling', 'bureau', 'vereniging', 'dienst'],
  },
  // biome-ignore format: word lists read better packed
  world: {
    before: ['met', 'naar', 'uit', 'van'],
    article: ['de\\s+', 'het\\s+'],
    restOf: ['rest\\s+van\\s+de\\s+'],
    name: ['wereld'],
    abroad: ['(?:naar|in|uit)\\s+het\\s+buitenland'],
  },
  // biome-ignore format: word lists read better packed
  ranks: {
    generic: ['plaats', 'plek', 'positie'],
    trader: ['(?:uitvoer|invoer)ders?', '(?:export|import)eurs?'],
    investNoun: [],
    importStart: ['invoer'],
    importNoun: ['leverancier', 'herkomst'],
    exportStart: ['uitvoer'],
    partnerNoun: ['partner'],
    after: ['na'],
    afterArticle: ['het\\s+'],
    positionArticle: ['de', 'het'],
    positionSuffix: ['ste', 'de'],
    ordinalWords: ['tweede', 'derde', 'vierde', 'vijfde'],
    largest: ['grootste', 'belangrijkste'],
  },
  // biome-ignore format: word lists read better packed
  goods: {
    sectorWord: ['sector'],
    origin: [],
    of: ['van'],
    pronoun: ['die', 'dat'],
    pronounOf: ['van'],
    article: ['de\\s+', 'het\\s+'],
    sectorBefore: ['sector'],
    sectorOf: ['van\\s+de\\s+'],
    sectorAfter: ['sector', 'sectoren'],
  },
  // biome-ignore format: word lists read better packed
  offices: {
    MA: ['Bank Al-Maghrib'],
    BE: ['Statbel', 'Nationale Bank van België'],
    HK: ['HKTDC'],
    JP: [],
    NL: ['\\bCBS\\b', 'Centraal Bureau voor de Statistiek'],
    GB: ['\\bONS\\b', '\\bHMRC\\b'],
    SN: ['\\bANSD\\b'],
    KE: ['\\bKNBS\\b'],
    GH: [],
    SG: ['SingStat'],
    AU: [],
    ZA: [],
    CA: [],
    CH: ['\\bOFDF\\b'],
    namedAfter: [],
    namedBefore: ['Statistiek\\s+(?:van|in)\\s+'],
  },
  // biome-ignore format: word lists read better packed
  investors: {
    foreign: ['buitenlandse'],
    fromInvestors: ['van\\s+\\p{L}+'],
    have: ['hebben', 'heeft'],
    commit: ['geïnvesteerd', 'toegezegd'],
    notForeign: ['particuliere?', 'publieke', 'binnenlandse'],
  },
  // biome-ignore format: word lists read better packed
  metricContext: {
    minister: ['minister', 'ministerie'],
    ministerOf: ['van', 'voor'],
    ministerArticle: ['de\\s+', 'het\\s+'],
    ministerSecondOf: [],
    partMarker: ['waarvan', 'inclusief'],
    conjunctions: ['en', 'terwijl', 'maar'],
    elidedOf: [],
    givenFor: ['voor'],
    determiners: ['de', 'het', 'zijn', 'haar', 'hun'],
    of: ['van'],
    value: ['waarde'],
    changeNoun: ['stijging', 'daling', 'toename', 'afname', 'groei'],
    changeOf: ['van\\s+de', 'van\\s+het', 'van'],
    changeOfArticle: [],
    partOf: ['van'],
    partDeterminers: ['deze', 'die', 'de', 'het', 'zijn', 'haar', 'hun', 'onze', 'totale'],
    rankFollower: ['van de', 'van'],
    ellipticalOnes: [],
    ellipticalOf: ['met', 'van'],
    ellipticalHedges: ['bijna', 'ruim'],
  },
  // biome-ignore format: word lists read better packed
  segments: {
    abbreviations: [
      'nr', 'etc', 'p', 'pp', 'art', 'dhr', 'mevr', 'blz', 'bijv', 'jan', 'feb', 'aug', 'sept', 'nov', 'dec',
    ],
    leadsOn: [
      'van', 'het', 'een', 'naar', 'met', 'uit', 'voor', 'op', 'in', 'tot', 'dan', 'de', 'en',
    ],
    breakAfterComma: ['terwijl\\s', 'maar\\s', 'nadat\\s'],
    breakBeforeSubject: ['en', 'maar', 'terwijl', 'daarentegen'],
    subjectStart: ['de', 'het', 'die', 'dat', 'zijn', 'haar', 'hun', 'deze'],
    figureUnit: ['miljo', 'miljard', 'mld', 'mrd', 'mln', 'procent'],
    ordinalSuffix: ['ste', 'de', 'e'],
    bracketUnit: ['procent', 'miljard', 'miljoen'],
    teaserHeader: [
      'lees ook', 'lees verder', 'zie ook', 'gerelateerd', 'meer over dit onderwerp',
    ],
    inlineTeaser: ['lees ook'],
    feedFooter: [],
  },
};
