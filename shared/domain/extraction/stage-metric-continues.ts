// Attribution, stage 2 (continued): a clause with no flow of its own that continues the figure before it (a pronoun,
// an ellipsis, a part of the last figure, "conversely").
import { latin } from './letters.js';

export const CONVERSELY_START = latin(
  /^\s*(?:omgekeerd|andersom|conversely|in the other direction|inversement|à l['’]inverse|en sens inverse|dans l['’]autre sens)(?![\p{L}])/iu,
);

export const PART_OF_LAST = latin(
  /^\s*(?:(?:went|go|goes|were shipped|was shipped|ging|gingen|gaat|gaan)\s+(?:to|naar)|(?:sont allée?s|est allée?|vont|va|part|partent|sont partie?s|ont été expédiée?s)\s+(?:vers|au|aux|à|en)|of them|of these|of this|of that|of the total|of this total|d['’]entre eux|d['’]entre elles|du total|de ce total|de celles-ci|de ceux-ci|daarvan|hiervan|van het totaal|van dat totaal|(?:de ces|de cette|de ce|of these|of those|van deze|van die)\s+\p{L}+)(?![\p{L}])/iu,
);

export const CLITIC_PART = latin(
  /(?<![\p{L}])(?:en\s+(?:absorb|représent|concentr|capt|accapar|reçoi|achèt|pès|pes)\p{L}*|(?:neemt|nam|nemen|namen)\s+(?:daarvan|ervan)|(?:daarvan|ervan)\s+(?:neemt|nam|gaat|ging))(?![\p{L}])/iu,
);

export const PARTNER_RIGHT_AFTER = latin(
  /^\s*(?:to|naar|vers|au|aux|à|en)\s+(?:the\s+|de\s+|la\s+|le\s+|l['’])?\p{Lu}/u,
);

export const GOODS_WORTH = latin(
  /^\s*(?:(?:and|et|en)\s+)?\p{L}[\p{L}'’ &-]{1,60}?\s+(?:worth|valued at|d['’]une valeur de|pour une valeur de|ter waarde van|voor een waarde van)\s*$/iu,
);

const CHANGE_NOUNS =
  'daling|stijging|groei|toename|afname|terugval|krimp|achteruitgang|vooruitgang|drop|fall|decline|rise|increase|growth|decrease|jump|dip|baisse|hausse|progression|recul|croissance|augmentation|diminution|repli';

export const THERE_WAS_A_CHANGE = latin(
  new RegExp(
    `(?<![\\p{L}])(?:er|there|il y)\\s+(?:(?:is|was|were|has|had|been|a|avait|eu|al|already|déjà|toen|nog|ook|also|aussi)\\s+){0,4}` +
      `(?:een|a|an|une)\\s+(?:[\\p{L}]+\\s+)?(?:${CHANGE_NOUNS})\\s+(?:van|met|of|de|d['’])\\s*$`,
    'iu',
  ),
);

export const SUBSET_CUE = latin(
  /(?<![\p{L}])(?:hors|outside|buiten|en dehors|excluding|exclusief|à l['’]exception|non-EU|extra-EU)(?![\p{L}])/iu,
);

export const CHANGE_SUBJECT = latin(
  new RegExp(
    `(?<![\\p{L}])(?:de|la|le|the|het|cette|this|deze)\\s+(?:[\\p{L}-]+\\s+)?(?:${CHANGE_NOUNS}|krimp|croissance)(?![\\p{L}])`,
    'iu',
  ),
);

export const PRIOR_CHANGE = latin(
  new RegExp(
    `^[\\s,]*(?:after|following|après|na|suite à)\\s+(?:une?|an?|een)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(?:${CHANGE_NOUNS})\\s+(?:van|met|of|by|de|d['’])\\s*(?:près de|plus de|environ|bijna|ruim|about|nearly)?\\s*)?$`,
    'iu',
  ),
);

// ("les volumes": the French trade press's word for the amounts traded)
export const FLOWS_SUBJECT = latin(
  /(?<![\p{L}])(?:(?:les\s+)?(?:flux|flows|stromen)|les\s+volumes)(?![\p{L}])/iu,
);

export const SAME_THING_START = latin(
  /^[^,.;]{0,60}?(?<![\p{L}])(?:(?:le|la|the|de|het|ce|this|dit)\s+(?:stock|montant|total|volume|bedrag|totaal|amount|teller|compteur|chiffre|figure|cijfer)|(?:les|the|de)\s+(?:montants|amounts|bedragen))(?![\p{L}])/iu,
);

export const ACCOUNTED_FOR = latin(
  /(?<!\p{L})(?:goed voor|représentai\p{L}*|représente\p{L}*|pesai\p{L}*|pèse\p{L}*|accounted for|accounts for|was worth)\s+(?:\p{L}+\s+){0,2}$/iu,
);
