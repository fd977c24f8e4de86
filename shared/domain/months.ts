// Calendar months (YYYY-MM) in a given time zone: the schedule runs in Europe/Brussels, for the month just ended.
export function monthOf(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${year}-${month}`;
}

export function previousMonth(date: Date, timeZone: string): string {
  const [year, month] = monthOf(date, timeZone).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * The first and last day of a figure's period, as UTC dates: `2017` is 2017-01-01 to 2017-12-31,
 * `2023-01/2023-04` is 2023-01-01 to 2023-04-30; null for an unknown period.
 */
export function periodBounds(period: string | null): { start: Date; end: Date } | null {
  if (period === null) return null;
  const [a, b = a] = period.split('/') as [string, string?];
  const first = (p: string) =>
    new Date(Date.UTC(Number(p.slice(0, 4)), p.length > 4 ? Number(p.slice(5, 7)) - 1 : 0, 1));
  // the day before the first of the next month (or year)
  const last = (p: string) =>
    new Date(
      Date.UTC(Number(p.slice(0, 4)) + (p.length > 4 ? 0 : 1), p.length > 4 ? Number(p.slice(5, 7)) : 0, 0),
    );
  if (!/^\d{4}(-\d{2})?$/.test(a) || !/^\d{4}(-\d{2})?$/.test(b)) return null;
  return { start: first(a), end: last(b) };
}
