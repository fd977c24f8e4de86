// Attribution, stage 6: kind, bound, sector. Target or forecast (kind.ts), the bound words, the product (sectors.ts).

import { latin } from './letters.js';
import { SECTORS } from './lexicon.js';
import type { Quantity } from './quantities.js';

/**
 * The sector of the one product a rank is for ("le premier client du Maroc pour le poulpe", "Japan's largest
 * supplier of the cephalopod"): its name, null for a product named by a common noun ("its largest supplier of the
 * delicacy"), undefined for a rank of the whole trade.
 */
export function productRanked(text: string, q: Quantity): string | null | undefined {
  const after = text.slice(q.end, q.end + 60);
  const product = FOR_PRODUCT.exec(after)?.[1] ?? OF_PRODUCT.exec(after)?.[1];
  if (product === undefined) return undefined;
  return SECTORS.find(([, re]) => re.test(product))?.[0] ?? (PRODUCT_NOUN.test(product) ? null : undefined);
}

const PRODUCT_NOUN = latin(
  /^(?:delicacy|delicacies|commodity|mollusc|mollusk|cephalopod|délicatesse|denrée|mollusque|céphalopode|delicatesse|weekdier|product|produit)$/iu,
);

// with an article: "of the cephalopod", "du poulpe" (a bare "leverancier van vis" ranks a whole trade in fish)
const OF_PRODUCT = latin(/^\s*(?:of\s+the|du|de\s+la|de\s+l['’]|des|van\s+de|van\s+het)\s*(\p{L}+)/iu);

const FOR_PRODUCT = latin(
  /^\s*(?:(?:de|du|des|d['’]|of|van)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?[\p{L}'’-]+\s+)?(?:pour|for|voor|in)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?(\p{L}+)/iu,
);

/** "Longtemps premier partenaire", "formerly the largest": a rank held before, not now. */
export const FORMERLY = latin(
  /(?<![\p{L}])(?:longtemps|autrefois|jadis|naguère|formerly|once|long the|vroeger|lang|jarenlang|lange tijd|decennialang|for years|for decades|pendant des années|des années durant)\s+(?:\p{L}+\s+){0,2}$/iu,
);
