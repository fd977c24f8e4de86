// The trade figure record of ../shared/figure-schema.md as one zod schema: every figure that crosses a
// boundary (extractor → repository → briefing → CLI) is parsed or typed with it.
import countries from 'i18n-iso-countries';
import { z } from 'zod';

export const METRICS = [
  'exports',
  'imports',
  'bilateral_trade',
  'trade_balance',
  'fdi',
  'total_trade',
] as const;
export const MEASURES = ['value', 'share', 'growth', 'rank'] as const;
export const KINDS = ['actual', 'target', 'forecast'] as const;
export const BOUNDS = ['eq', 'lt', 'gt', 'approx'] as const;

/** ISO 3166-1 alpha-2, ISO 3166-2 regions (BE-VLG) or one of the schema's groups. */
export const EconomyCodeSchema = z
  .string()
  .regex(
    /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|EU|EUROPE|ASIA|AFRICA|AMERICA|OCEANIA|WORLD)$/,
    'not an economy code',
  );

/** `2017`, `2021-01`, `2023-01/2023-04`, `2011/2015`. */
export const PeriodSchema = z.string().regex(/^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/, 'not a period');

export const UnitSchema = z.union([z.literal('percent'), z.literal('rank'), z.string().regex(/^[A-Z]{3}$/)]);

/** How a money value was converted to EUR and USD, so a reader can check it. */
export const ConversionSchema = z.object({
  /** the year whose annual average was used; null for a legacy currency of an unknown period */
  year: z.number().int().nullable(),
  /** units of the figure's currency per 1 EUR */
  per_eur: z.number().positive(),
  /** USD per 1 EUR in the same year; null when there is none (value_usd is then null) */
  usd_per_eur: z.number().positive().nullable(),
  source: z.string(),
});

export const TradeFigureSchema = z
  .object({
    // --- the contract fields (figure-schema.md); names and vocabularies are fixed
    metric: z.enum(METRICS),
    measure: z.enum(MEASURES),
    from: EconomyCodeSchema,
    to: EconomyCodeSchema,
    value: z.number().finite(),
    unit: UnitSchema,
    period: PeriodSchema.nullable(),
    kind: z.enum(KINDS),
    bound: z.enum(BOUNDS),
    sector: z.string().nullable(),
    quote: z.string().min(1),
    // --- provenance: where in which document the quote stands
    id: z.string().min(1),
    document_id: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** the sentence the quote stands in */
    sentence: z.string().min(1),
    /** how sure the extractor is, in [0, 1] */
    confidence: z.number().min(0).max(1),
    // --- normalisation
    value_eur: z.number().nullable(),
    value_usd: z.number().nullable(),
    conversion: ConversionSchema.nullable(),
    /** why value_eur/value_usd are null, when they are */
    conversion_note: z.string().nullable(),
  })
  .refine((f) => f.end > f.start, { message: 'end must be after start', path: ['end'] })
  .refine((f) => (f.measure === 'value' ? /^[A-Z]{3}$/.test(f.unit) : true), {
    message: 'a value figure carries an ISO 4217 currency',
    path: ['unit'],
  })
  .refine((f) => (f.measure === 'rank' ? f.unit === 'rank' : true), { message: 'rank unit', path: ['unit'] })
  .refine((f) => (f.measure === 'share' || f.measure === 'growth' ? f.unit === 'percent' : true), {
    message: 'share and growth are in percent',
    path: ['unit'],
  });

export type TradeFigure = z.infer<typeof TradeFigureSchema>;
export type Metric = (typeof METRICS)[number];
export type Measure = (typeof MEASURES)[number];
export type Kind = (typeof KINDS)[number];
export type Bound = (typeof BOUNDS)[number];

const GROUPS = new Set(['EU', 'EUROPE', 'ASIA', 'AFRICA', 'AMERICA', 'OCEANIA', 'WORLD']);

export const isGroup = (code: string) => GROUPS.has(code);

/** The country an economy code belongs to (BE-VLG → BE); groups stay as they are. */
export function countryOf(code: string): string {
  return GROUPS.has(code) ? code : code.slice(0, 2);
}

/**
 * The country pair a figure belongs to, e.g. `BE/MA`: both sides at country level, in alphabetical order.
 * Regions roll up to their country's pair (they get their own section in that pair's briefing), and are
 * never summed into national totals.
 */
export function pairOf(figure: Pick<TradeFigure, 'from' | 'to'>): string {
  const a = countryOf(figure.from);
  const b = countryOf(figure.to);
  return a <= b ? `${a}/${b}` : `${b}/${a}`;
}

/** An ISO 3166-1 alpha-2 code in use, or one of the schema's groups. */
export const isCountryOrGroup = (code: string) => GROUPS.has(code) || countries.isValid(code);

export const PairSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2,7}\/[A-Z]{2,7}$/, 'a pair is two economy codes, e.g. BE/MA'))
  .superRefine((pair, context) => {
    for (const code of pair.split('/'))
      if (!isCountryOrGroup(code))
        context.addIssue({
          code: 'custom',
          message: `${code} is not an ISO 3166 country code nor a group (${[...GROUPS].join(', ')})`,
        });
  })
  .transform((s) => s.split('/').sort().join('/'));
