// The name of an economy code in a reader's language: countries from i18n-iso-countries (the short form a
// reader expects: "United States", "Marokko"), the schema's regions and groups from the table below.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import type { Language } from './extraction/language.js';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(nl);

/** Regions of the schema (ISO 3166-2) and its groups, which the country list does not hold. */
const NAMES: Record<string, Record<Language, string>> = {
  'BE-VLG': { en: 'Flanders', fr: 'Flandre', nl: 'Vlaanderen' },
  'BE-WAL': { en: 'Wallonia', fr: 'Wallonie', nl: 'Wallonië' },
  'BE-BRU': { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel' },
  EU: { en: 'European Union', fr: 'Union européenne', nl: 'Europese Unie' },
  EUROPE: { en: 'Europe', fr: 'Europe', nl: 'Europa' },
  ASIA: { en: 'Asia', fr: 'Asie', nl: 'Azië' },
  AFRICA: { en: 'Africa', fr: 'Afrique', nl: 'Afrika' },
  AMERICA: { en: 'Americas', fr: 'Amériques', nl: 'Amerika' },
  OCEANIA: { en: 'Oceania', fr: 'Océanie', nl: 'Oceanië' },
  WORLD: { en: 'World', fr: 'monde', nl: 'wereld' },
  // official names that read as a treaty, where the press uses the short one
  US: { en: 'United States', fr: 'États-Unis', nl: 'Verenigde Staten' },
  GB: { en: 'United Kingdom', fr: 'Royaume-Uni', nl: 'Verenigd Koninkrijk' },
  CN: { en: 'China', fr: 'Chine', nl: 'China' },
  AE: { en: 'United Arab Emirates', fr: 'Émirats arabes unis', nl: 'Verenigde Arabische Emiraten' },
  NL: { en: 'Netherlands', fr: 'Pays-Bas', nl: 'Nederland' },
};

const cache = new Map<string, string>();

/** "Flanders", "Marokko", "États-Unis"; an unknown code stays as it is. */
export function economyName(code: string, language: Language): string {
  const key = `${code}|${language}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const name = NAMES[code]?.[language] ?? countryName(code, language) ?? code;
  cache.set(key, name);
  return name;
}

function countryName(code: string, language: Language): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const official = countries.getName(code, language);
  const alias = countries.getName(code, language, { select: 'alias' });
  // aliases are the short forms ("Marokko" for "Koninkrijk Marokko"), unless they are acronyms or inverted
  if (alias && alias !== official && alias.length > 3 && !alias.includes(','))
    return alias.replace(/^The /, '');
  return official;
}

/** How a name is used in a phrase: after "of", "to", "in", "from", "with", or on its own. */
export type Role = 'of' | 'to' | 'in' | 'from' | 'with' | 'bare';

// English and Dutch put an article before a few names ("the United States", "de Verenigde Staten")
const EN_THE = new Set([
  'US',
  'GB',
  'NL',
  'AE',
  'PH',
  'CD',
  'CF',
  'DO',
  'BS',
  'GM',
  'KM',
  'MV',
  'SC',
  'SB',
  'EU',
  'AMERICA',
  'WORLD',
]);
const NL_DE = new Set(['US', 'AE', 'PH', 'CD', 'CF', 'DO', 'BS', 'KM', 'MV', 'SC', 'SB', 'EU', 'WORLD']);
// French: most names take la (ending in -e) or le; these take none, les, or le despite their -e
const FR_NONE = new Set([
  'HK',
  'SG',
  'MO',
  'BE-BRU',
  'CU',
  'MG',
  'MT',
  'CY',
  'IL',
  'MC',
  'DJ',
  'TW',
  'HT',
  'SM',
]);
const FR_PLURAL = new Set(['US', 'NL', 'AE', 'PH', 'KM', 'MV', 'SC', 'SB', 'MH', 'BS', 'AMERICA']);
const FR_MASCULINE_E = new Set(['MX', 'KH', 'MZ', 'ZW', 'BZ', 'WORLD']);

/** "of the Netherlands", "du Maroc", "en Belgique", "aux États-Unis", "naar de Verenigde Staten". */
export function economyIn(code: string, language: Language, role: Role): string {
  const name = economyName(code, language);
  if (language === 'fr') return frenchPhrase(code, name, role);
  const article =
    (language === 'en' && EN_THE.has(code)) || (language === 'nl' && NL_DE.has(code))
      ? language === 'en'
        ? 'the '
        : 'de '
      : '';
  const word = {
    of: { en: 'of', nl: 'van' },
    to: { en: 'to', nl: 'naar' },
    in: { en: 'in', nl: 'in' },
    from: { en: 'from', nl: 'uit' },
    with: { en: 'with', nl: 'met' },
  };
  return role === 'bare' ? `${article}${name}` : `${word[role][language]} ${article}${name}`;
}

function frenchPhrase(code: string, name: string, role: Role): string {
  const vowel = /^[aeiouyàâéèêîïôû]/i.test(name);
  const kind = FR_NONE.has(code)
    ? 'none'
    : FR_PLURAL.has(code)
      ? 'plural'
      : vowel
        ? 'vowel'
        : FR_MASCULINE_E.has(code) || !/e$/i.test(name)
          ? 'masculine'
          : 'feminine';
  const article = { none: '', plural: 'les ', vowel: 'l’', masculine: 'le ', feminine: 'la ' }[kind];
  const of = { none: 'de ', plural: 'des ', vowel: 'de l’', masculine: 'du ', feminine: 'de la ' }[kind];
  const inside = { none: 'à ', plural: 'aux ', vowel: 'en ', masculine: 'au ', feminine: 'en ' }[kind];
  const ofName = kind === 'none' && vowel ? `d’${name}` : `${of}${name}`;
  switch (role) {
    case 'of':
      return ofName;
    case 'to':
      return `vers ${article}${name}`;
    case 'in':
      return `${inside}${name}`;
    case 'from':
      return `en provenance ${kind === 'none' && vowel ? `d’${name}` : `${of}${name}`}`;
    case 'with':
      return `avec ${article}${name}`;
    case 'bare':
      return `${article}${name}`;
  }
}

/** True for a region of a country (BE-VLG), false for a country or a group. */
export const isRegion = (code: string) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code);
