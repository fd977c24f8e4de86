import { findEconomies } from '../economies/gazetteer.js';
import { latin } from '../letters.js';
import { withWords, words } from '../lexicon.js';
import type { Quantity } from './quantity.js';
import { CURRENCIES_NAMED, currencyWords, wordsOf } from './quantity-words.js';

/** The unit of "francs" said without a country, until the text tells which franc it is. */
const FRANC = 'franc';
const NOT_CURRENCY_CODES = new Set([
  'ALL',
  'AMD',
  'BOB',
  'CUP',
  'GEL',
  'MOP',
  'SOS',
  'TOP',
  'BOV',
  'CHE',
  'CHW',
  'CLF',
  'COU',
  'MXV',
  'USN',
  'UYI',
  'UYW',
  'XCG',
  'XDR',
  'XSU',
  'XUA',
]);
const FRANC_CODES = new Set(['BEF', 'CHF', 'FRF', 'XOF', 'XAF']);
/** The names of the country of the currency `code`, in the three languages (case kept): "Belgique", "belges?". */
const countryNames = (code: string): RegExp =>
  latin(
    new RegExp(
      withWords`(?<![\p{L}])(?:${(c) => c.quantities.currencyCountries[code] ?? []})(?![\p{L}])`,
      'u',
    ),
  );
const FRANC_COUNTRIES: Array<[RegExp, string]> = ['BEF', 'CHF', 'FRF'].map((code) => [
  countryNames(code),
  code,
]);

/**
 * "14,6 milliards de francs": the franc the text named last before it ("9,3 milliards de francs belges"), or
 * else that of the first of Belgium, Switzerland and France the text names; none when it names none of them.
 */
function francOf(text: string, at: number, found: Quantity[]): string | undefined {
  const named = found.filter((q) => q.start < at && FRANC_CODES.has(q.unit)).at(-1)?.unit;
  if (named) return named;
  return firstNamed(text, FRANC_COUNTRIES);
}

/** The unit of a bare "$" or "dollars", until the text tells whose dollar it is (see homeDollar). */
export const DOLLAR = 'dollar';
/** The unit of a "Dh" before a number, until the text tells whose dirham it is (see dirhamOf). */
const DIRHAM = 'dirham';
/** The unit of "FCFA" or "francs CFA", until the text tells which zone's franc it is (see cfaOf). */
const CFA = 'cfa';
/** The unit of "Rs", until the text tells whose rupee it is (see rupeeOf). */
const RUPEE = 'rupee';
/** The unit of "Sh" or "shillings", until the text tells whose shilling it is: Kenya's, Uganda's or Tanzania's. */
const SHILLING = 'shilling';
/** The unit of a bare "N" before a number ("N16.2 trillion"), the naira of a text that names Nigeria. */
const NAIRA = 'naira';
/** The unit of any other ISO 4217 code written beside a number: the code itself (see currencyOf). */
const ISO_CODE = 'iso';
/**
 * The ISO 4217 codes the runtime knows, but those that are also words or names written in capitals ("TOP 10",
 * "ALL", "AMD") and the fund and metal codes.
 */
const ISO_CODES = Intl.supportedValuesOf('currency')
  .filter((code) => !NOT_CURRENCY_CODES.has(code))
  .join('|');

/**
 * Whose dollar a bare "$" is: the home economy's when the text is that dollar economy's own statistics (its
 * statistics office quoted, or no other country named), or when it writes US dollars apart ("G$ US") and names
 * one other dollar economy; else the US dollar. A text that writes the home dollar out ("HK$", "S$") keeps the
 * bare sign for the US dollar.
 */
function homeDollar(text: string): string {
  // asked once for the quantities and again for each clause that names dollars in words: one text at a time
  if (lastHome?.text !== text) lastHome = { text, code: readHomeDollar(text) };
  return lastHome.code;
}
let lastHome: { text: string; code: string } | undefined;
function readHomeDollar(text: string): string {
  const named = DOLLAR_ECONOMIES.filter(([re]) => re.test(text));
  const written = (code: string) => DOLLAR_SIGNS.some(([re, c]) => c === code && re.test(text));
  const office = DOLLAR_STATISTICS.find(([re]) => re.test(text))?.[1];
  if (office) return written(office) ? 'USD' : office;
  const region = regionDollar(text);
  if (region && !written(region)) return region;
  if (named.length === 0) return 'USD';
  const codes = new Set(named.map(([, code]) => code));
  const [only] = codes;
  if (codes.size === 1 && only && !written(only) && US_DOLLAR_WRITTEN.test(text)) return only;
  // (a page that writes in the first person of that economy's flows and partners)
  if (codes.size === 1 && only && !written(only) && !US_DOLLAR_WRITTEN.test(text) && writesAs(text, only))
    return only;
  return codes.size === 1 && only && !written(only) && namesOnly(text, only) ? only : 'USD';
}

/** The economies that count in a dollar of their own, by their names in the three languages. */
const DOLLAR_ECONOMIES: Array<[RegExp, string]> = ['HKD', 'SGD', 'AUD', 'CAD', 'NZD'].map((code) => [
  countryNames(code),
  code,
]);
/** The statistics offices that count in their own dollar. */
const DOLLAR_STATISTICS: Array<[RegExp, string]> = ['HKD', 'AUD', 'CAD', 'SGD'].map((code) => [
  new RegExp(words((c) => c.quantities.dollarStatisticsOffices[code] ?? [])),
  code,
]);
/** Amounts in a dollar of its own written out ("HK$12", "3 milliards de dollars de Hong Kong"): its signs
 * before a number, or its name after one. */
const DOLLAR_SIGNS: Array<[RegExp, string]> = (
  [
    ['HKD', 'HK\\$|HKD'],
    ['SGD', '(?<![A-Z])S\\$|SGD'],
    ['AUD', '(?<![A-Z])A\\$|AU\\$|AUD'],
    ['CAD', '(?<![A-Z])C\\$|CA\\$|CAD'],
    ['NZD', 'NZ\\$|NZD'],
  ] as Array<[string, string]>
).map(([code, signs]) => {
  const written = wordsOf((c) => c.quantities.dollarsWrittenOut[code] ?? []);
  const after = written.length > 0 ? `|\\d[^.;\\d]{0,20}(?:${written.join('|')})` : '';
  return [new RegExp(`(?:${signs})\\s?\\d${after}`), code];
});
const US_DOLLAR_WRITTEN = new RegExp(
  `US\\$|USD|\\$\\s?US(?![A-Za-z])|${words((c) => c.quantities.dollarsWrittenOut.USD ?? [])}`,
);
/**
 * Whether the text speaks in the first person ("our exports", "our largest market") for the one dollar economy it
 * names: a page of that economy's government counts in its own dollar ("Exports to Korea, our third market, came
 * to $9 billion", on a page about New Zealand). An economy its sentence names before the first person, or after it before
 * an amount, is the partner it describes ("Canada is our largest market", "our exports to Canada reached $9
 * billion"), not the writer.
 */
function writesAs(text: string, code: string): boolean {
  const home = DOLLAR_ECONOMIES.find(([, c]) => c === code)?.[0];
  if (!home || !FIRST_PERSON_FLOW.test(text)) return false;
  for (const m of text.matchAll(FIRST_PERSON_FLOWS)) {
    const sentenceStart = Math.max(0, text.slice(0, m.index).search(/[^.!?\n]*$/));
    const after = text.slice(m.index, m.index + 300);
    const upTo = after.search(/\d|[.!?\n]/);
    if (home.test(text.slice(sentenceStart, m.index + (upTo < 0 ? after.length : upTo)))) return false;
  }
  return home.test(text);
}
/** "our exports", "nos principaux clients", "onze grootste afzetmarkt": the writer's own flows or partners. */
const FIRST_PERSON_SOURCE = withWords`(?<![\p{L}])(?:${(c) => c.gazetteer.our})\s+(?:[\p{L}-]+\s+){0,3}?(?:${(c) => c.gazetteer.ourFlows}|${(c) => c.gazetteer.ourPartners})(?![\p{L}])`;
const FIRST_PERSON_FLOW = latin(new RegExp(FIRST_PERSON_SOURCE, 'iu'));
const FIRST_PERSON_FLOWS = latin(new RegExp(FIRST_PERSON_SOURCE, 'giu'));
/** Whether every country the text names is the economy of the dollar `code` (groups aside). */
function namesOnly(text: string, code: string): boolean {
  const home = DOLLAR_ECONOMIES.find(([, c]) => c === code)?.[0];
  return (
    home !== undefined &&
    findEconomies(text).every(
      (e) => !/^[A-Z]{2}(?:-|$)/.test(e.code) || home.test(text.slice(e.start, e.end)),
    )
  );
}

/**
 * The dollar of the country whose province or state the text is about: the region it names more often than any
 * other economy, in a text that names no United States ("Les exportations du Québec vers la Chine … 3 milliards
 * de dollars", a province's page). A country's own name is too often a partner's to tell as much (Hong Kong's in a
 * Moroccan story in US dollars).
 */
function regionDollar(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const e of findEconomies(text)) {
    if (/^[A-Z]{2}(?:-|$)/.test(e.code)) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  }
  if (counts.has('US')) return undefined;
  const [top, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || (second && second[1] >= top[1]) || !top[0].includes('-')) return undefined;
  return DOLLAR_OF_COUNTRY[top[0].slice(0, 2)];
}
/** The countries whose provinces or states count in the country's own dollar. */
const DOLLAR_OF_COUNTRY: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD' };

/** The unit of "dinars" said without a country, until the text tells which dinar it is (see dinarOf). */
const DINAR = 'dinar';
/** "18 432 millions de dinars": the dinar of the first dinar economy the text names; none when it names none. */
function dinarOf(text: string): string | undefined {
  return firstNamed(text, DINAR_COUNTRIES);
}
const DINAR_COUNTRIES: Array<[RegExp, string]> = ['TND', 'DZD', 'LYD', 'JOD', 'KWD'].map((code) => [
  countryNames(code),
  code,
]);

/** "Dh1.214 trillion": the Emirati dirham in a text about the Emirates, else the Moroccan one. */
function dirhamOf(text: string): string {
  const emirates = EMIRATES.exec(text)?.index ?? -1;
  const morocco = MOROCCO.exec(text)?.index ?? -1;
  return emirates >= 0 && (morocco < 0 || emirates < morocco) ? 'AED' : 'MAD';
}
const EMIRATES = countryNames('AED');

/** The currency of the first of `countries` the text names ("Cameroun" before "Sénégal": XAF), if it names one. */
function firstNamed(text: string, countries: Array<[RegExp, string]>): string | undefined {
  let first: { code: string; index: number } | undefined;
  for (const [re, code] of countries) {
    const index = text.search(re);
    if (index >= 0 && (!first || index < first.index)) first = { code, index };
  }
  return first?.code;
}
/** "1 200 milliards de FCFA": the Central African franc in a text that names Cameroon first, else the West African. */
const CFA_ZONES: Array<[RegExp, string]> = ['XAF', 'XOF'].map((code) => [countryNames(code), code]);
/** "Rs 450 billion": the rupee of Pakistan, Sri Lanka or Nepal in a text that names it before India. */
const SHILLING_COUNTRIES: Array<[RegExp, string]> = ['KES', 'UGX', 'TZS'].map((code) => [
  countryNames(code),
  code,
]);
const RUPEE_COUNTRIES: Array<[RegExp, string]> = ['INR', 'PKR', 'LKR', 'NPR'].map((code) => [
  countryNames(code),
  code,
]);
const MOROCCO = countryNames('MAD');
const NIGERIA = countryNames('NGN');

// The currencies after a number, in the order they are tried (longer forms first): each one's words in the
// three languages (`languages/*.ts`), then its signs and codes.
const CURRENCY_SIGNS_AFTER: Array<[string, string]> = [
  ['HKD', 'HK\\$|HKD'],
  ['QAR', 'QAR'],
  ['SAR', 'SAR'],
  ['USD', 'US\\$|USD|\\$ ?US(?![\\p{L}])'],
  ['SGD', 'S\\$|SGD'],
  ['AUD', 'A\\$|AUD'],
  ['KES', 'KES|Kshs?'],
  ['UGX', 'UGX|UShs?'],
  ['TZS', 'TZS|TShs?'],
  [SHILLING, 'Shs?'],
  ['TWD', 'NT\\$|TWD'],
  // (a dollar named by its country's adjective after it, "dollars canadiens", before the bare dollar)
  ['CAD', 'C\\$|CAD'],
  ['NZD', 'NZ\\$|NZD'],
  [DOLLAR, '\\$'],
  ['EUR', 'EUR|€'],
  ['AED', 'AED'],
  ['MAD', 'DHS?|Dhs|MAD'],
  ['JPY', 'JPY|¥'],
  ['CNY', 'RMB|CNY'],
  ['EGP', 'EGP'],
  ['GBP', 'GBP|£'],
  ['CHF', 'CHF'],
  ['NLG', 'NLG|fl\\.?'],
  // a CFA franc of no zone: resolved by findQuantities from the text (see cfaOf)
  [CFA, 'FCFA|F\\.? ?CFA|CFA'],
  ['XOF', 'XOF'],
  ['XAF', 'XAF'],
  ['PKR', 'PKR'],
  ['LKR', 'LKR'],
  ['INR', 'INR|₹'],
  ['BRL', 'BRL'],
  ['ZAR', 'ZAR'],
  ['TND', 'TND'],
  // "1 200 milliards de DA": the Algerian press's sign
  ['DZD', 'DZD|DA'],
  // a dinar of no country: resolved by findQuantities from the text (see dinarOf)
  [DINAR, ''],
  ['TRY', 'TRY'],
  ['BEF', 'BEF|BF|FB'],
  ['FRF', 'FRF|FF'],
  // a franc of no country: resolved by findQuantities from the text (see francOf)
  [FRANC, ''],
  ['THB', '฿|THB'],
  ['KRW', '₩|KRW'],
  ['VND', '₫|VND'],
  ['IDR', 'IDR'],
  ['MYR', 'MYR'],
  ['NGN', '₦|NGN'],
  ['GHS', 'GH[¢₵]|GHS'],
  ['RUB', '₽|RUB'],
  ['PLN', 'zł|PLN'],
  ['BDT', '৳|BDT'],
  ['MXN', 'MXN'],
  ['PHP', '₱|PHP'],
  ['CLP', 'CLP'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  ['HUF', 'HUF'],
  ['UAH', '₴|UAH'],
  // any other ISO 4217 code after a number ("8.9 trillion MXN"), kept only in capitals (see isoCode)
  [ISO_CODE, ISO_CODES],
];
// Currency words after the number, and the ISO code they mean. Order matters: longer forms first.
export const CURRENCY_SUFFIXES: Array<[string, string]> = CURRENCY_SIGNS_AFTER.map(([code, signs]) => [
  [...currencyWords(code), ...(signs ? [signs] : [])].join('|'),
  code,
]);
export const CURRENCY_PREFIXES: Array<[string, string]> = [
  ['HK\\$|HKD', 'HKD'],
  ['C\\$|CA\\$|CAD', 'CAD'],
  ['S\\$|SGD', 'SGD'],
  ['A\\$|AU\\$|AUD', 'AUD'],
  ['NZ\\$|NZD', 'NZD'],
  ['Kshs?\\.?|KSh\\.?|KES', 'KES'],
  ['UShs?\\.?|UGX', 'UGX'],
  ['TShs?\\.?|TZS', 'TZS'],
  // "Sh72 billion": the shilling of the country the text names first (see firstNamed)
  ['Shs?\\.?', SHILLING],
  ['Dhs?', DIRHAM],
  ['AED', 'AED'],
  ['INR|₹', 'INR'],
  // "Rs 5,000 crore": the rupee of the country the text names (see rupeeOf)
  ['Rs\\.?', RUPEE],
  ['R\\$|BRL', 'BRL'],
  // "R12.5 billion": the South African rand (after the Brazilian real's "R$")
  ['R|ZAR', 'ZAR'],
  ['NT\\$|TWD', 'TWD'],
  ['₦|NGN', 'NGN'],
  // "N16.2 trillion": the naira, in a text that names Nigeria (see resolveCurrencies)
  ['N', NAIRA],
  // the signs of the local press: "RM1.26 trillion" (ringgit), "Rp 350 trillion" (rupiah), "SR 1.2 trillion"
  // (Saudi riyal), "QR 400 billion" (Qatari riyal), "E£ 60 billion" (Egyptian pound), "₺900 billion" and "TL"
  // (Turkish lira), "S/ 40 billion" (sol), "Br 180 billion" (birr), "Bt 2.5 trillion" (baht), "Mex$" (peso)
  ['RM', 'MYR'],
  ['Rp\\.?', 'IDR'],
  ['SR', 'SAR'],
  ['QR', 'QAR'],
  ['E£', 'EGP'],
  ['₺|TL', 'TRY'],
  ['S/\\.?', 'PEN'],
  ['Br', 'ETB'],
  ['Bt', 'THB'],
  ['Mex\\$|MX\\$', 'MXN'],
  // "Tk 18,500 crore": the Bangladeshi taka
  ['Tk\\.?|৳|BDT', 'BDT'],
  ['GH[¢₵]|GHS', 'GHS'],
  ['₩|KRW', 'KRW'],
  ['₽|RUB', 'RUB'],
  ['₱|PHP', 'PHP'],
  ['US\\$|USD', 'USD'],
  ['\\$', DOLLAR],
  ['€|EUR', 'EUR'],
  ['MAD|DH', 'MAD'],
  ['¥|JPY', 'JPY'],
  ['CNY|RMB', 'CNY'],
  ['£|GBP', 'GBP'],
  ['CHF', 'CHF'],
  ['BEF', 'BEF'],
  ['NLG|ƒ', 'NLG'],
  // any other ISO 4217 code before a number: "PKR 450 billion", "EGP 95bn"
  [ISO_CODES, ISO_CODE],
];

// A word is looked up alone: the lookbehinds that keep it from other readings in the text ("won" only after a
// scale) have been checked by the pattern that found it.
const compileCurrencies = (table: Array<[string, string]>): Array<[RegExp, string]> =>
  table.map(([pattern, code]) => [latin(new RegExp(`^(?:${pattern.replace(LOOKBEHIND, '')})$`, 'iu')), code]);
const LOOKBEHIND = /\(\?<[=!](?:[^()]|\([^()]*\))*\)/g;
export const SUFFIX_CODES = compileCurrencies(CURRENCY_SUFFIXES);
export const PREFIX_CODES = compileCurrencies(CURRENCY_PREFIXES);

export function currencyOf(token: string, table: Array<[RegExp, string]>): string | undefined {
  const code = table.find(([re]) => re.test(token))?.[1];
  // a code read case-insensitively after a number ("2022 all …") is a currency only in capitals
  return code === ISO_CODE ? (/^[A-Z]{3}$/.test(token) ? token : undefined) : code;
}

/**
 * "le cap du milliard d'euros, à 1,02 milliard": the last currency a stretch of text names in words; a dollar
 * is the one of the whole text it is taken from (see homeDollar).
 */
export function currencyNamedIn(stretch: string, whole = stretch): string | undefined {
  let code: string | undefined;
  for (const m of stretch.matchAll(CURRENCY_WORD)) code = currencyOf(m[0], SUFFIX_CODES) ?? code;
  return code === DOLLAR ? homeDollar(whole) : code;
}
const CURRENCY_WORD = latin(new RegExp(`(?<![\\p{L}])(?:${CURRENCIES_NAMED})(?![\\p{L}])|€`, 'giu'));

/**
 * `found` with each bare dollar, dirham, franc and dinar given the currency the text tells (see homeDollar,
 * dirhamOf, francOf, dinarOf); a franc or a dinar whose country the text does not tell is dropped.
 */
export function resolveCurrencies(text: string, found: Quantity[]): Quantity[] {
  // a bare dollar and a "Dh" are the text's own: resolved once for the text
  const bySign = [DOLLAR, DIRHAM, CFA, RUPEE, SHILLING];
  if (found.some((q) => bySign.includes(q.unit))) {
    const dollar = found.some((q) => q.unit === DOLLAR) ? homeDollar(text) : '';
    const dirham = found.some((q) => q.unit === DIRHAM) ? dirhamOf(text) : '';
    const cfa = found.some((q) => q.unit === CFA) ? (firstNamed(text, CFA_ZONES) ?? 'XOF') : '';
    const rupee = found.some((q) => q.unit === RUPEE) ? (firstNamed(text, RUPEE_COUNTRIES) ?? 'INR') : '';
    const shilling = found.some((q) => q.unit === SHILLING)
      ? (firstNamed(text, SHILLING_COUNTRIES) ?? 'KES')
      : '';
    for (const q of found) {
      if (q.unit === DOLLAR) q.unit = dollar;
      else if (q.unit === DIRHAM) q.unit = dirham;
      else if (q.unit === CFA) q.unit = cfa;
      else if (q.unit === RUPEE) q.unit = rupee;
      else if (q.unit === SHILLING) q.unit = shilling;
    }
  }
  if (!found.some((q) => q.unit === FRANC || q.unit === DINAR || q.unit === NAIRA)) return found;
  const dinar = found.some((q) => q.unit === DINAR) ? dinarOf(text) : undefined;
  const naira = found.some((q) => q.unit === NAIRA) && NIGERIA.test(text) ? 'NGN' : undefined;
  return found.flatMap((q) => {
    if (q.unit !== FRANC && q.unit !== DINAR && q.unit !== NAIRA) return [q];
    // (a naira's "N" is fused to its number: "N 5" is a label)
    if (q.unit === NAIRA)
      return naira && /^N\d/.test(text.slice(q.start, q.start + 2)) ? [{ ...q, unit: naira }] : [];
    const code = q.unit === DINAR ? dinar : francOf(text, q.start, found);
    return code ? [{ ...q, unit: code }] : [];
  });
}
