// The role an economy plays for a figure (owner, partner), from the cue words around it.
import type { Metric } from '../figure.js';
import type { ClauseFacts, Role } from './clause-facts.js';
import {
  AMOUNTING_TO,
  ATTRACTS,
  ELLIPTICAL_ITEM_AFTER,
  ELLIPTICAL_ITEM_BEFORE,
  isCountryOrRegion,
  OWN_BRACKET,
  POSSESSIVE_AFTER,
} from './cues.js';
import type { EconomyMention } from './gazetteer.js';
import { latin } from './letters.js';
import {
  BALANCE_OWNER_CUES,
  BETWEEN_CUES,
  MAKES_CUES,
  OWNER_CUES,
  PARTNER_CUES,
  SOURCE_CUES,
} from './lexicon.js';
import type { Quantity } from './quantities.js';
import type { Span } from './text-segments.js';

const DESCRIBED_NOUN = latin(
  /^\s+(?:country|nation|kingdom|state|city-state|pays|royaume|état|cité-État|land|rijk|koninkrijk|staat|stadstaat)(?![\p{L}])/iu,
);

const GROUP_PARTNER_BEFORE = latin(
  /(?<![\p{L}])(?:vers|avec|à destination des?|en provenance des?|naar|met|uit)\s+(?:les|des|de|le|la|l['’]|het)?\s*(?:pays|landen|nations|économies|marchés?|markt|markten)\s*$/iu,
);

const PARTNER_PREP_BEFORE = latin(/(?<![\p{L}])(?:to|from|with|naar|uit|met)\s+(?:the\s+|de\s+)?$/iu);

const COUNTRIES_AFTER = latin(/^\s+(?:countries|nations|economies|landen)(?![\p{L}])/iu);

const INVESTED_IN_BEFORE = latin(
  /(?<![\p{L}])(?:dans|in|en)\s+(?:l['’]|la\s|le\s|les\s|the\s|de\s|het\s)?[\p{L}\s'’-]{0,40}$/iu,
);

/** What may stand between a rank noun and the adjective that restricts it: "non", "régional". */
const RESTRICTING_WORDS = latin(/^\s{0,3}(?:[\p{L}-]+\s+){0,2}$/u);

export function roleOf(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
): Role | undefined {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 3);
  if (mention.possessive || POSSESSIVE_AFTER.test(after)) {
    // "Morocco's minister … aims to attract ¥500 billion in Japanese investment": the host attracts
    // … and so does the economy whose inflows they are ("Its FDI inflows fell")
    return metric === 'fdi' &&
      (ATTRACTS.test(text.slice(facts.clause.start, q.start)) ||
        INFLOWS.test(text.slice(mention.end, Math.min(q.start, mention.end + 30))))
      ? 'partner'
      : 'owner';
  }
  if (mention.adjective) {
    // "troisième investisseur … dans l'industrie automobile marocaine": the industry invested in is the host's
    if (q.type === 'rank' && metric === 'fdi' && INVESTED_IN_BEFORE.test(before)) return 'partner';
    // "Among South American economies, exports to Chile …": the group a statement picks among is no party to it
    if (AMONG_BEFORE.test(before)) return undefined;
    // "le premier débouché asiatique du Royaume": the continent that restricts a rank is no party to it
    // … nor "de grootste Aziatische klant", "the largest African market"
    if (q.type === 'rank' && q.restricted && mention.start >= q.start && mention.end <= q.end)
      return undefined;
    // … nor "le troisième investisseur non européen", "le premier partenaire régional belge"
    if (
      q.type === 'rank' &&
      q.restricted &&
      mention.start >= q.end &&
      RESTRICTING_WORDS.test(text.slice(q.end, mention.start))
    )
      return undefined;
    // "the North African country", "le royaume chérifien": a description of an economy named elsewhere
    if (DESCRIBED_NOUN.test(text.slice(mention.end, mention.end + 12))) return undefined;
    // "vers les pays africains", "to African countries": a group of partners
    if (
      GROUP_PARTNER_BEFORE.test(before) ||
      (PARTNER_PREP_BEFORE.test(before) && COUNTRIES_AFTER.test(text.slice(mention.end, mention.end + 15)))
    ) {
      return 'partner';
    }
    // "voor 1,3 miljard euro aan Chileense producten ingevoerd", "des produits chiliens", "Chilean goods": an
    // adjective of goods names their origin, where imports come from
    if (
      metric === 'imports' &&
      (GOODS_NOUN_AFTER.test(text.slice(mention.end, mention.end + 16)) || GOODS_NOUN_BEFORE.test(before))
    )
      return 'partner';
    // "exportations marocaines", "Flemish exports", "investissements japonais": an adjective owns the
    // flow it qualifies; elsewhere ("the North African country", "entreprises japonaises") it says nothing.
    const near = (a: Span) =>
      a.start - mention.end <= 25 &&
      mention.start - a.end <= 25 &&
      !PREPOSITION.test(
        a.start >= mention.end ? text.slice(mention.end, a.start) : text.slice(a.end, mention.start),
      );
    if (facts.metrics.some(near) || (q.type === 'rank' && near(q))) return 'owner';
    // "les importations kényanes de produits chiliens": the goods' origin is where imports come from
    const ofGoods = (a: Span) => mention.start > a.end && mention.start - a.end <= 40;
    return metric === 'imports' && facts.metrics.some(ofGoods) ? 'partner' : undefined;
  }
  // "Les achats en provenance du Chili ont baissé de 6 %, de Bolivie de 11,3 % et d'Équateur de 2,8 %": the
  // names of an elliptical list take the place of the first, the partner
  if (
    (metric === 'imports' || metric === 'exports') &&
    q.start > mention.end &&
    ELLIPTICAL_ITEM_BEFORE.test(before) &&
    ELLIPTICAL_ITEM_AFTER.test(text.slice(mention.end, q.start))
  )
    return 'partner';
  // "de uitvoer van in Chili gemaakte kunststoffen", "goods made in Peru": where the goods are made exports them
  if (
    (metric === 'exports' || metric === 'imports') &&
    WITHIN_BEFORE.test(before) &&
    MADE_AFTER.test(text.slice(mention.end, mention.end + 20))
  )
    return metric === 'exports' ? 'owner' : 'partner';
  // "verkochten bedrijven in Portugal voor 6 miljard euro aan Chili", "firms from Peru exported": the economy of
  // the firms that trade reports it
  if (FIRMS_OF_BEFORE.test(before)) return 'owner';
  // "the U.S.-China trade deficit": the first of a hyphened pair owns the balance, the second is its partner
  if (metric === 'trade_balance' && PAIR_FIRST_AFTER.test(text.slice(mention.end, mention.end + 3)))
    return 'owner';
  if (metric === 'trade_balance' && PAIR_SECOND_BEFORE.test(before)) return 'partner';
  // "Le Japon, où la Wallonie a exporté pour 1,3 milliard d'euros": the place where another economy trades
  if (WHERE_AFTER.test(text.slice(mention.end, mention.end + 8)) && q.start > mention.end) return 'partner';
  // "le forum d'affaires tenu à Tokyo", "a conference in London": a capital after a place preposition is a place
  if (mention.capital && PLACE_BEFORE.test(before)) return undefined;
  // "Major export markets were Spain (19.5%), France (19.3%) and India (5.1%)": each name owns its bracket
  // … and so does "le Japon à hauteur de 12,5 %"
  if (
    q.type === 'percent' &&
    q.start > mention.end &&
    (OWN_BRACKET.test(text.slice(mention.end, q.start)) ||
      AMOUNTING_TO.test(text.slice(mention.end, q.start)))
  )
    return 'partner';
  if (MAKES_CUES.test(before)) return 'ambiguous';
  // "Marokko is voor België vooral een afzetmarkt voor chemische producten": the market is the partner
  if (metric === 'exports' && MARKET_PREDICATE.test(text.slice(mention.end, mention.end + 60)))
    return 'partner';
  // "le premier partenaire de la France en Afrique et son 21e client": a region after "en" restricts a rank
  if (q.type === 'rank' && !isCountryOrRegion(mention.code) && WITHIN_BEFORE.test(before)) return undefined;
  // "la part de l'Asie dans les exportations du Maroc", "the share of China in Kenya's imports"
  if (SHARE_OF_BEFORE.test(before)) return 'partner';
  // "la Chine continentale, dont les importations ont dépassé …", "China, whose imports …"
  if (WHOSE_AFTER.test(text.slice(mention.end, mention.end + 40))) return 'owner';
  if (
    metric === 'trade_balance' &&
    // "avec le Maroc affiche un excédent" names the partner; "with Japan running a surplus" the owner
    (!PARTNER_CUES.test(before) ||
      /^\s+(?:running|posting|recording|registering|enjoying)\s/.test(
        text.slice(mention.end, mention.end + 16),
      )) &&
    BALANCE_OWNER_AFTER.test(text.slice(mention.end, mention.end + 60))
  ) {
    return 'owner';
  }
  if (metric === 'trade_balance' && BALANCE_OWNER_CUES.test(before)) return 'owner';
  if (BETWEEN_CUES.test(before)) return 'between';
  // "exports from Kenya", "investment from China": the owner; "imports from Japan": the partner
  // "le Maroc a importé du Japon pour …": after an import verb "du" names the source
  if (metric === 'imports' && OWNER_CUES.test(before) && IMPORT_VERB_BEFORE.test(before)) return 'partner';
  // "les importations chiliennes de l'UE", "Peruvian imports of Chile's goods": after the importer's adjective on
  // the imports, "de" names where they come from
  if (
    metric === 'imports' &&
    OWNER_CUES.test(before) &&
    facts.economies.some(
      (a) =>
        a.adjective &&
        a.end <= mention.start &&
        OF_AFTER_ADJECTIVE.test(text.slice(a.end, mention.start)) &&
        facts.metrics.some((m) => m.metric === 'imports' && m.end <= a.start && a.start - m.end <= 2),
    )
  )
    return 'partner';
  if (SOURCE_CUES.test(before)) {
    // "Japan imported 168 billion yen worth of goods from Morocco … and exported 310 billion yen": the source
    // of the other flow, named just after it, is the partner of this one too
    const attachedTo = facts.metrics
      .filter((m) => m.end <= mention.start && mention.start - m.end <= 60)
      .at(-1);
    if (attachedTo?.metric === 'imports' && metric === 'exports') return 'partner';
    return metric === 'exports' || metric === 'fdi' ? 'owner' : 'partner';
  }
  // "In Wallonië nemen farmaceutische producten ruim 70 procent van de uitvoer naar Japan voor hun rekening": a
  // region that opens the sentence after "in" is where the flow comes from
  if (
    mention.code.includes('-') &&
    REGION_OPENING.test(text.slice(facts.sentence.start, mention.start)) &&
    facts.metrics.some((m) => m.start > mention.end)
  )
    return 'owner';
  // in Dutch "de" is "the" and "en" is "and": neither marks a role
  // … unless "de" is the article after a Dutch preposition: "naar de Verenigde Staten", "met de Filipijnen"
  const dutchArticle =
    facts.language === 'nl' && DUTCH_DE_EN.test(before) && !DUTCH_PREPOSITION_ARTICLE.test(before);
  // "de invoer van machines in Wallonië", "les importations au Pérou": where imports come in is the importer
  if (
    metric === 'imports' &&
    IMPORTER_PLACE_BEFORE.test(before) &&
    facts.metrics.some(
      (m) =>
        m.metric === 'imports' &&
        m.end <= mention.start &&
        IMPORTS_OF_GOODS_IN.test(text.slice(m.end, mention.start)),
    )
  )
    return 'owner';
  // "le 7e pays d'origine des biens au Kenya", "Chile's third supplier to Peru": where a supplier's goods go in
  // is the importer whose suppliers are ranked
  if (
    q.type === 'rank' &&
    metric === 'imports' &&
    mention.start >= q.end &&
    isCountryOrRegion(mention.code) &&
    SUPPLIED_PLACE_BEFORE.test(before)
  )
    return 'owner';
  if (!dutchArticle && PARTNER_CUES.test(before)) return 'partner';
  if (!dutchArticle && OWNER_CUES.test(before)) return 'owner';
  // "Hong Kong investors have committed", "Morocco exports rose": a name right before the metric word owns it
  if (facts.metrics.some((m) => m.start >= mention.end && /^ ?$/.test(text.slice(mention.end, m.start))))
    return 'owner';
  return 'ambiguous';
}

/** What lies between an import noun and its place: " ", " van landbouwproducten ", " de biens ", " value " (no amount). */
const IMPORTS_OF_GOODS_IN = latin(
  /^\s*(?:(?:value|valeur|waarde)\s+)?(?:(?:van|of|de|des|du|d['’])\s*[\p{L}'’ -]{1,40}?\s+)?(?:in|into|dans|en|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+)?$/iu,
);

const OF_AFTER_ADJECTIVE = latin(
  /^\s+(?:de|du|des|d['’]|of|van)(?:(?<=['’])|\s+)(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?$/iu,
);

const SUPPLIED_PLACE_BEFORE = latin(
  /(?<![\p{L}])(?:au|aux|à|en|into|to|in)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$/iu,
);

const MADE_AFTER = latin(
  /^\s+(?:geproduceerde|gemaakte|vervaardigde|geteelde|produced|made|manufactured|grown|fabriqués?|fabriquées?|produits?|produites?)(?![\p{L}])/iu,
);

const FIRMS_OF_BEFORE = latin(
  /(?<![\p{L}])(?:bedrijven|ondernemingen|exporteurs|producenten|companies|firms|businesses|exporters|producers|entreprises|sociétés|exportateurs|producteurs)\s+(?:in|uit|from|based in|en|de|du|des|d['’]|au|aux|van|basées?\s+(?:en|au|aux))\s*(?:la\s+|le\s+|les\s+|l['’]|the\s+|de\s+|het\s+)?$/iu,
);

const PAIR_FIRST_AFTER = latin(/^\s?[-–]\s?\p{Lu}/u);

const PAIR_SECOND_BEFORE = latin(/\p{L}\.?\s?[-–]\s?$/u);

const AMONG_BEFORE = latin(
  /(?<![\p{L}])(?:among|amongst|parmi|onder)\s+(?:the\s+|les\s+|de\s+)?(?:other\s+|autres\s+|andere\s+)?$/iu,
);

const IMPORTER_PLACE_BEFORE = latin(
  /(?<![\p{L}])(?:in|into|dans|en|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+)?$/iu,
);

const REGION_OPENING = /^\s*(?:in|en|dans|au sein de|within)\s+(?:la\s+|l['’]|de\s+|het\s+)?$/i;

const WHERE_AFTER = latin(/^\s*,\s*(?:où|waar|where)(?![\p{L}])/iu);

const GOODS_NOUN_AFTER = latin(/^\s+(?:producten|goederen|waren|goods|products|merchandise)(?![\p{L}])/iu);

const GOODS_NOUN_BEFORE = latin(/(?<![\p{L}])(?:produits|marchandises|biens)\s+$/iu);

/** "re-exports of mainland Chinese goods": after a preposition an adjective qualifies the goods. */
const PREPOSITION = latin(
  /(?<![\p{L}])(?:of|de|des|du|d['’]|van|from|in|en|aux?|à|to|naar|vers|with|avec|met)(?![\p{L}])/iu,
);

/** "leaving Japan with a surplus", "le Maroc enregistre un déficit", "België boekte een overschot". */
const BALANCE_OWNER_AFTER = latin(
  /^\s*(?:(?:has|had|have|posted|posts|posting|recorded|records|recording|ran|runs|running|registered|registers|registering|enregistr\p{L}*|affich\p{L}*|dégag\p{L}*|accus\p{L}*|heeft|boekte|boekt|noteerde|kende|with|avec|met|a|an|un|une|een|its|son|sa|zijn|haar|trade|commercial|handels)\s+){1,4}(?:surplus|deficit|excédent|déficit|overschot|tekort|handelsoverschot|handelstekort)/iu,
);

const SHARE_OF_BEFORE = latin(
  /(?<![\p{L}])(?:part|parts|share|aandeel)\s+(?:de|d['’]|du|des|of|van)\s*(?:l['’]|la|le|les|the|de|het)?\s*$/iu,
);

const WHOSE_AFTER = latin(
  /^[\p{L}\s'’-]{0,25}?,\s*(?:dont|whose|wiens|waarvan)\s+(?:les|la|le|l['’]|its|de|het)?\s*(?:export|import|invoer|uitvoer|investiss|invest)/iu,
);

/** "Si l'Espagne et la France restent les deux premiers débouchés, …": up to the comma after the last amount. */
const MARKET_PREDICATE = latin(
  /^\s+(?:is|was|blijft|bleef|est|était|reste|demeure|remains|remained)\s+(?:voor\s+\p{L}+\s+|pour\s+(?:la\s+|le\s+|l['’])?\p{L}+\s+|for\s+\p{L}+\s+)?(?:\p{L}+\s+){0,2}?(?:afzetmarkt|exportmarkt|klant|débouché|client|marché|market|customer|buyer)(?![\p{L}])/iu,
);

const PLACE_BEFORE = latin(/(?<![\p{L}])(?:à|in|te|at|dans|op|depuis|vanuit|from)\s*$/iu);

const DUTCH_DE_EN = /(?<![\p{L}])(?:de|en)\s+$/u;

const DUTCH_PREPOSITION_ARTICLE = latin(/(?<![\p{L}])(?:naar|richting|met|uit|vanuit|in|op)\s+de\s+$/iu);

const IMPORT_VERB_BEFORE = latin(
  /(?<![\p{L}])import(?:é|e|ait|aient|ent|era|ons|ez)\s+(?:\p{L}+\s+){0,2}$/iu,
);

const WITHIN_BEFORE = latin(
  /(?<![\p{L}])(?:en|in|within|au sein de|binnen)\s+(?:l['’]|la\s+|le\s+|the\s+|de\s+|het\s+)?$/iu,
);

const INFLOWS = latin(/(?<![\p{L}])(?:inflows?|inward|entrées|afflux|instroom|ontvangen)(?![\p{L}])/iu);
