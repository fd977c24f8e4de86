// English: the cue words of attribution: flows, roles, growth, bounds, kinds, lists … (read by the stages of attribution).
import type { AttributionCues } from '../cues.js';

export const attributionCues: AttributionCues = {
  // biome-ignore format: word lists read better packed
  metrics: {
    flowNouns: ['exports?', 'imports?'],
    flowsJoinedBy: ['plus', 'and'],
    bothFlows: ['im-?\\s+and\\s+export\\p{L}*'],
    marketShare: ['market share'],
    totalTrade: ['foreign trade', 'external trade'],
    tradeBalance: [
      'trade deficits?', 'trade surplus(?:es)?', 'trade balance',
      'balance(?<=the\\sbalance)(?=\\s+(?:was|stood|showed|amounted|reached|came|is)\\s)', 'trade gaps?',
      'deficits?', 'surplus(?:es)?',
    ],
    fdi: [
      'FDI', 'invest\\p{L}*', 'inflows?(?<=attract\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}inflows?)',
      '(?:poured|pumped|ploughed|plowed)(?=[^.;]{0,60}\\sinto\\s)',
    ],
    exports: [
      'export\\p{L}*', 'NODX', 'credits(?<=(?:goods|services)\\s+credits)', 'shipments?',
      'sales(?=\\s+(?:to|of|abroad)(?!\\p{L}))',
      'sales(?<=(?:phosphate|car|vehicle|fertili[sz]er|fish|seafood|citrus|textile|chemical|pharmaceutical|aircraft|export)s?\\ssales)',
      'sold(?=[^.;]{0,60}\\sto\\s)', 'shipped(?=[^.;]{0,60}\\sto\\s)',
    ],
    imports: [
      'import\\p{L}*', '(?:energy|oil|food)\\s+import\\s+bill', '(?:energy|oil|food)\\s+bill',
      'debits(?<=(?:goods|services)\\s+debits)', 'purchases(?=\\s+(?:from|of)\\s)',
      'bought(?=[^.;]{0,60}\\sfrom\\s)',
    ],
    trade: ['trade', 'trading', 'exchanged'],
    separableVerb: [],
    importParticle: [],
    exportParticle: [],
    traders: ['exporters?', 'importers?', 'investors?', 'traders?'],
    deficit: ['deficit', 'negati', 'trade gap'],
  },
  // biome-ignore format: word lists read better packed
  growth: {
    decline: [
      'slip\\p{L}*', 'slid', 'dipp\\p{L}*', 'dip', 'eased', 'slump\\p{L}*', 'plung\\p{L}*', 'tumbl\\p{L}*',
      'contract\\p{L}*', 'narrow\\p{L}*', 'fell', 'fall\\p{L}*', 'declin\\p{L}*', 'decreas\\p{L}*',
      'drop\\p{L}*', 'down', 'lower(?:ing|ed|s)?', 'reduc\\p{L}*', 'shr[ua]nk',
    ],
    separableDecline: [],
    separableChange: [],
    change: [
      'widen\\p{L}*', 'narrow\\p{L}*', 'gained', 'soared', 'expanded', 'advanced', 'progress\\p{L}*', 'rose',
      'ris\\p{L}*', 'grew', 'grow\\p{L}*', 'increas\\p{L}*', 'up', 'jump\\p{L}*', 'climb\\p{L}*',
      'surg\\p{L}*', 'CAGR',
    ],
    declineAfter: ['less', 'lower', 'fewer', 'decrease', 'decline', 'drop', 'fall'],
    riseAfter: ['more', 'higher', 'increase', 'rise', 'jump', 'growth', 'gain'],
    thanAfterChange: ['than'],
    declineAtClauseEnd: [],
    riseAtClauseEnd: [],
    afterClauseEnd: [],
    minus: ['minus'],
    plus: ['plus'],
  },
  // biome-ignore format: word lists read better packed
  bounds: {
    below: [
      'less than', 'fewer than', 'under', 'below', 'up to', 'at most', 'not exceeding',
    ],
    above: [
      'exceed', 'exceeds', 'exceeded', 'exceeding', 'topping', 'topped', 'tops', 'top', 'surpassing',
      'surpassed', 'more than', 'over', 'above', 'in excess of',
    ],
    aboveArticles: ['the'],
    about: [
      'about', 'around', 'almost', 'nearly', 'close to', 'approximately', 'roughly', 'some',
    ],
  },
  // biome-ignore format: word lists read better packed
  kinds: {
    target: ['targets?', 'goals?', 'aim\\p{L}*'],
    horizon: [],
    intent: ['wants?\\s+to', 'committed\\s+to', 'pledg\\p{L}*', 'promise[ds]?'],
    byYear: ['by'],
    endOf: ['the end of'],
    expectation: [
      'expected', 'expects?', 'forecast\\p{L}*', 'projected', 'should reach', 'could reach', 'could', 'may',
      'might', 'anticipated',
    ],
    forecast: [
      'could reach', 'could hit', 'expect(?:s|ed|ing)?', 'predict(?:s|ed|ing)?', 'forecast\\p{L}*',
      'projected', 'is set to', 'should reach', 'will reach', 'anticipated',
    ],
    changeOr: ['or', 'i\\.e\\.'],
    joinedAim: ['and\\s+to\\s', 'and\\s+'],
  },
  // biome-ignore format: word lists read better packed
  notAFigure: {
    changeBefore: [
      '(?:increas|decreas|ris|fell|fall|grew|grow|jump|drop|declin|climb|widen|narrow|rose)\\p{L}*\\s+by',
      'up by', 'down by',
      '(?:rose|fell|grew|dropped|declined|climbed|jumped|gained|increased|decreased|widened|narrowed)',
      '(?:an?\\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|jump|widening|narrowing)\\s+of',
    ],
    changeHedges: ['about', 'around', 'nearly', 'almost', 'some', 'more than', 'over'],
    changeAfter: ['more', 'less', 'extra', 'higher', 'lower', 'additional'],
    than: ['than'],
    tariff: ['taxes?', 'tariffs?', 'duties', 'duty', 'VAT'],
  },
  // biome-ignore format: word lists read better packed
  pronouns: {
    lead: ['in', 'on', 'according to'],
    subject: ['those', 'it', 'this', 'that', 'they'],
    impersonal: [],
    expected: [
      '(?:expects?|expected|sees?|predicts?|forecasts?)\\s+(?:that|it|this|them|those)\\s+to',
    ],
  },
  // biome-ignore format: word lists read better packed
  roles: {
    partner: ['with', 'to', 'into', 'towards', 'in'],
    received: ['received', 'attracted'],
    by: ['by'],
    both: ['both'],
    source: ['from'],
    owner: ['of', 'by'],
    balanceOwner: ['for', 'in favou?r of'],
    between: ['between'],
    articles: ['the'],
    restOf: ['rest\\s+of\\s+(?:the\\s+)?'],
    makes: ['mak(?:ing|es?)'],
    makesOf: [],
    makesArticles: ['the'],
  },
  // biome-ignore format: word lists read better packed
  sectors: {
    phosphates: ['phosphat\\p{L}*'],
    automotive: ['automotive', 'vehicles', 'cars'],
    agriculture: ['agri-food', 'agricultur\\p{L}*'],
    textiles: ['textile\\p{L}*'],
    chemicals: ['chemicals?', 'petrochemi\\p{L}*'],
    energy: ['energy', 'petroleum'],
    fish: ['cephalopods?', 'seafood', 'fish\\p{L}*', 'octopus'],
    fertilizers: ['fertili[sz]ers?'],
    pharmaceuticals: ['pharmaceuticals?', 'medicines'],
    plastics: ['plastics?'],
    diamonds: ['diamonds?'],
    aeronautics: ['aeronautics?', 'aerospace'],
    machinery: ['machinery', 'machines'],
    food: ['foodstuffs', 'food products'],
    services: ['services'],
  },
  // biome-ignore format: word lists read better packed
  comparison: {
    against: ['against', 'compared with', 'compared to', 'versus', 'vs\\.?'],
    comparedWith: [
      '(?:up|down|rising|falling) from', 'against', 'versus', 'vs\\.?', 'compared (?:with|to)',
    ],
    rivals: [
      'behind', 'ahead of', 'followed by', 'overtook', 'overtaken', 'overtaking', 'surpassed', 'replaced',
      'replacing',
    ],
    followedBy: ['followed\\s+by'],
    changeFrom: ['from'],
    changeTo: ['to'],
  },
  // biome-ignore format: word lists read better packed
  lists: {
    and: ['and'],
    or: ['or'],
    itemBefore: ['from\\s+(?:the\\s+)?', 'to\\s+(?:the\\s+)?'],
    itemAfter: ['of', 'by'],
    also: ['also'],
    subjectArticle: ['the\\s+'],
    tableScale: ['bn', 'm', 'billion', 'million'],
    genericMarket: ['markets?'],
    excluding: ['outside', 'excluding'],
    excludingOf: ['the'],
    balanceColumn: ['balance', 'trade balance'],
  },
  // biome-ignore format: word lists read better packed
  figureLinks: {
    twin: ['about', 'approximately', 'ca\\.', 'circa', 'or'],
    amountingTo: [],
    thatIs: ['or', 'i\\.e\\.', 'that is'],
    shareVerb: ['made up', 'makes? up', 'accounted for', 'accounts? for', 'account for'],
    attracts: ['attract\\p{L}*'],
    total: ['total', 'overall'],
  },
  // biome-ignore format: word lists read better packed
  respectively: {
    words: ['respectively'],
    flows: ['export\\p{L}*', 'import\\p{L}*'],
    flowArticle: ['the\\s+'],
    exportStart: ['export'],
  },
  // biome-ignore format: word lists read better packed
  relatives: {
    words: ['whose'],
    asideOpener: ['which', 'who'],
    asideArticle: ['the\\s', 'an?\\s'],
    asideBody: [
      'agency', 'organisation', 'organization', 'office', 'chamber', 'ministry', 'federation', 'association',
      'council',
    ],
  },
  // biome-ignore format: word lists read better packed
  world: {
    before: ['with', 'to', 'from'],
    article: ['the\\s+'],
    restOf: ['rest\\s+of\\s+the\\s+'],
    name: ['world'],
    abroad: ['abroad'],
  },
  // biome-ignore format: word lists read better packed
  ranks: {
    generic: ['place', 'position'],
    trader: ['(?:export|import)ers?'],
    investNoun: ['invest', 'fdi'],
    importStart: ['import'],
    importNoun: ['supplier', 'source'],
    exportStart: ['export'],
    partnerNoun: ['partner'],
    after: ['after'],
    afterArticle: ['the\\s+'],
    positionArticle: ['the'],
    positionSuffix: ['nd', 'rd', 'th'],
    ordinalWords: ['second', 'third', 'fourth', 'fifth'],
    largest: ['largest', 'biggest'],
  },
  // biome-ignore format: word lists read better packed
  goods: {
    sectorWord: ['sector', 'industry'],
    origin: [],
    of: ['of', 'in'],
    pronoun: ['those', 'that'],
    pronounOf: ['of'],
    article: ['the\\s+'],
    sectorBefore: [],
    sectorOf: [],
    sectorAfter: ['sector', 'industry'],
  },
  // biome-ignore format: word lists read better packed
  offices: {
    MA: ['Bank Al-Maghrib'],
    BE: ['Statbel', 'National Bank of Belgium'],
    HK: [
      'Census and Statistics Department', 'Hong Kong Trade Development Council', 'HKTDC',
    ],
    JP: ['Ministry of Finance of Japan', 'Japanese Ministry of Finance'],
    NL: ['\\bCBS\\b', 'Statistics Netherlands'],
    GB: ['Office for National Statistics', '\\bONS\\b', '\\bHMRC\\b'],
    SN: ['\\bANSD\\b'],
    KE: ['Kenya National Bureau of Statistics', '\\bKNBS\\b'],
    GH: ['Ghana Statistical Service'],
    SG: ['Enterprise Singapore', 'Singapore Department of Statistics', 'SingStat'],
    AU: ['Australian Bureau of Statistics'],
    ZA: ['Statistics South Africa', 'Stats SA\\b'],
    CA: ['Statistics Canada'],
    CH: ['\\bOFDF\\b'],
    namedAfter: [
      '(?:National\\s+)?(?:(?:Bureau|Office|Institute|Department)\\s+(?:of|for)\\s+Statistics|Statistical\\s+(?:Service|Office|Agency)|Statistics\\s+(?:Office|Agency|Bureau))',
    ],
    namedBefore: ['Statistics\\s+'],
  },
  // biome-ignore format: word lists read better packed
  investors: {
    foreign: ['foreign', 'overseas'],
    fromInvestors: ['from\\s+\\p{L}+'],
    have: ['have', 'has', 'had'],
    commit: ['committed', 'pledged', 'invested', 'injected', 'poured'],
    notForeign: ['private', 'public', 'domestic'],
  },
  // biome-ignore format: word lists read better packed
  metricContext: {
    minister: ['ministry', 'minister', 'secretary'],
    ministerOf: ['of', 'for'],
    ministerArticle: ['the\\s+'],
    ministerSecondOf: [],
    partMarker: ['of which', 'including'],
    conjunctions: ['as', 'while', 'and', 'but'],
    elidedOf: [],
    givenFor: ['for'],
    determiners: ['the', 'its', 'their'],
    of: ['of'],
    value: ['value'],
    changeNoun: ['rise', 'increase', 'growth', 'jump', 'drop', 'fall', 'decline'],
    changeOf: ['in', 'of'],
    changeOfArticle: ['the\\s+', 'its\\s+'],
    partOf: ['of'],
    partDeterminers: ['these', 'those', 'its', 'their', 'his', 'her', 'the', 'our', 'total'],
    rankFollower: ['of', 'among'],
    ellipticalOnes: ['ones', 'those'],
    ellipticalOf: ['of', 'by'],
    ellipticalHedges: ['about', 'nearly'],
  },
  // biome-ignore format: word lists read better packed
  segments: {
    abbreviations: [
      'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'p', 'pp', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp',
      'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
    ],
    leadsOn: [
      'and', 'or', 'of', 'the', 'a', 'an', 'to', 'from', 'with', 'by', 'for', 'on', 'at', 'than', 'as',
      'while', 'said', 'in',
    ],
    breakAfterComma: ['while\\s', 'whereas\\s', 'but\\s', 'after\\s'],
    breakBeforeSubject: ['and', 'but', 'while', 'whereas'],
    subjectStart: ['the', 'its', 'their', 'this', 'these', 'those'],
    figureUnit: ['milli', 'bn', 'billion', 'million', 'percent', 'per cent'],
    ordinalSuffix: ['th', 'st', 'nd', 'rd'],
    bracketUnit: ['per ?cent', 'bn', 'billion', 'million', 'M\\b'],
    teaserHeader: [
      'read also', 'read more', 'see also', 'related(?: articles?| stories)?', 'you may also like',
      'recommended',
    ],
    inlineTeaser: ['read also', 'read more', 'see also'],
    feedFooter: ['The post [^\\n]{1,300}? appeared first on [^\\n.]+\\.?'],
  },
};
