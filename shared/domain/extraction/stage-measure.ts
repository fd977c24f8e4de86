// Attribution, stage 3: measure and sign. A value, a share, a growth (its decline words decide the sign), a rank.

import { SHARE_VERB } from './cues.js';
import { latin } from './letters.js';
import { DECLINE_CUES, GROWTH_CUES } from './lexicon.js';

export const RATIO_OF_AFTER = latin(
  /^\s*(?:of|de|du|des|van)\s+(?:the\s+|la\s+|l['’]|het\s+|de\s+)?(?:(?:total\s+)?value\s+of\s+(?:the\s+)?|valeur\s+(?:totale\s+)?(?:de\s+|des\s+)|waarde\s+van\s+(?:de\s+)?)?(?:imports|exports|importations|exportations|invoer|uitvoer|GDP|PIB|bbp|BNP)(?![\p{L}])/iu,
);

export const RELATIVE_G = latin(/,\s*(?:die|dat|qui|which|that|lequel|laquelle|lesquels|lesquelles)\s/giu);

export const MINUS_BEFORE = /(?:^|[\s(:])[−–-]{1,2}\s*$/;

export const REEXPORTS = /(?:re-?exports?|réexportations?|wederuitvoer)$/i;

export const REEXPORTS_SUBJECT =
  /(?:^|,)\s*(?:les\s+|the\s+|de\s+)?(?:re-?exports?|réexportations?|wederuitvoer|domestic exports)(?![a-zé])/i;

export const SHARE_VERB_BEFORE = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'iu'));

export const SHARE_VERB_G = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'giu'));

export const GROWTH_CUES_G = latin(new RegExp(GROWTH_CUES.source, 'giu'));

export const BY_BEFORE = latin(/(?<![\p{L}])(?:met|by|de)\s*$/iu);

export const TO_AMOUNT_AFTER = latin(/^\s*(?:tot|to|à)\s+(?:\p{Sc}\s?)?\d/u);

export const LEVEL_TO_BEFORE = latin(
  /(?<![\p{L}])(?:tot|to|à|jusqu['’]à)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?$/iu,
);

export const SHARE_NOUN = latin(/(?<![\p{L}])(?:\p{L}*aandeel|share|part|poids)(?![\p{L}])/iu);

export const SHARE_FROM_BEFORE = latin(
  /(?<![\p{L}])(?:from|de|van)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?$/iu,
);

/** "… fell from 54.2 % [of total imports] to 56 %": the level the share went to */
export const SHARE_TO_AFTER = latin(
  /^[^.;]{0,60}?(?<![\p{L}])(?:to|à|tot|naar)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|pour\s?cent|procent)/iu,
);

/** "26 % of total exports", "35 per cent of Chilean imports", "6 % des échanges totaux", "8 procent van de totale uitvoer" */
export const OF_TOTAL_FLOW_AFTER = latin(
  /^\s*(?:(?:of|van)\s+(?:(?:the|its|their|de|het|zijn|haar|hun|total|totale|all|alle|[\p{Lu}][\p{L}]+|goods|services)\s+){0,3}(?:exports?|imports?|trade|uitvoer|invoer|export|import|handel)(?![\p{L}])|(?:des|du)\s+(?:(?:\p{L}+)\s+){0,2}?(?:total|totaux|totales?)(?![\p{L}])|(?:des|du)\s+total\s+des\s+)/u,
);

/** "… met 4 procent en de invoer met 6,5 procent": a second flow with the verb of the first left out */
export const ELLIPTICAL_CHANGE = latin(
  /^[^\d.;]{0,40}?(?<![\p{L}])(?:en|et|and)\s+(?:(?:de|la|le|les|l['’]|the|het|des)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:met|de|d['’]|by|of)\s*(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ|plus de|meer dan)\s+)?$/iu,
);

export const DECLINE_G = new RegExp(DECLINE_CUES.source, 'gi');

export const RISE_G = latin(
  /(?<!\p{L})(?:gonfl\p{L}*|toenam|toenamen|vooruitg\p{L}*|CAGR|relevée?s?|(?:export|import|handels|uitvoer|invoer)groei|hausse|augment\p{L}*|progress\p{L}*|croissance|cr[uû]|bond\p{L}*|accroissement|grimp\p{L}*|envol\p{L}*|stijg\p{L}*|gestegen|steeg|toename|toegenomen|groei\p{L}*|gegroeid|klom|rose|ris\p{L}*|grew|grow\p{L}*|increas\p{L}*|up|jump\p{L}*|climb\p{L}*|surg\p{L}*|gained|soared|expanded)(?!\p{L})/giu,
);

export const RATE_NOUN = latin(
  /(?<![\p{L}])(?:growth\s+rate|taux\s+de\s+croissance|groeivoet|groeipercentage)(?![\p{L}])/giu,
);

/** "export growth slowed from 9.4 per cent to 6.8 per cent": rates of growth that moved, each still a rise */
export const RATES_FROM_TO = latin(
  /(?<![\p{L}])(?:growth|croissance|groei)(?![\p{L}])[^.;\d]{0,40}(?:from|de|van)\s+(?:[\d.,]+\s*(?:%|per\s?cent|pour\s?cent|procent)[^.;]{0,30}?(?:to|à|tot|naar)\s+)?$/iu,
);
