/**
 * Pact's date expressions for Date/Time/DateTime generators: an optional base (`now`, `today`,
 * `tomorrow`, `yesterday`) then offsets such as `+ 1 day - 2 hours`, and an optional time (`@ 14:30`, `@ noon`).
 */

const UNIT_MS: Record<string, number> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};
const BASES: Record<string, number> = { now: 0, today: 0, tomorrow: 1, yesterday: -1 };

/**
 * Apply a date expression to `base`. Returns undefined when the expression is not understood.
 * @example applyDateExpression(new Date('2024-01-31T00:00:00Z'), '+1 month') // 2024-02-29
 */
export function applyDateExpression(base: Date, expression: string): Date | undefined {
  const [datePart, timePart] = expression
    .toLowerCase()
    .split('@')
    .map((s) => s.trim());
  let date = new Date(base.getTime());
  let rest = datePart;
  const baseWord = /^(now|today|tomorrow|yesterday)\b/.exec(rest);
  if (baseWord) {
    date = new Date(date.getTime() + BASES[baseWord[1]] * UNIT_MS.day);
    rest = rest.slice(baseWord[0].length).trim();
  }
  const offsets = /^([+-]\s*\d+\s*[a-z]+\s*)*$/.test(rest) ? (rest.match(/[+-]\s*\d+\s*[a-z]+/g) ?? []) : undefined;
  if (offsets === undefined) return undefined;
  for (const offset of offsets) {
    const m = /^([+-])\s*(\d+)\s*([a-z]+?)s?$/.exec(offset.replace(/\s+/g, ' ').replace(/ /g, ''));
    if (!m) return undefined;
    const moved = addUnits(date, (m[1] === '-' ? -1 : 1) * Number(m[2]), m[3]);
    if (moved === undefined) return undefined;
    date = moved;
  }
  return timePart === undefined ? date : applyTime(date, timePart);
}

function addUnits(date: Date, amount: number, unit: string): Date | undefined {
  if (unit === 'month' || unit === 'year') {
    const months = unit === 'year' ? amount * 12 : amount;
    const out = new Date(date.getTime());
    const day = out.getUTCDate();
    out.setUTCDate(1);
    out.setUTCMonth(out.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
    out.setUTCDate(Math.min(day, lastDay));
    return out;
  }
  const ms = UNIT_MS[unit];
  return ms === undefined ? undefined : new Date(date.getTime() + amount * ms);
}

function applyTime(date: Date, time: string): Date | undefined {
  const named: Record<string, [number, number]> = { midnight: [0, 0], noon: [12, 0] };
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm|o'clock)?$/.exec(time);
  const hm =
    named[time] ??
    (m
      ? [
          (Number(m[1]) % 12) + (m[4] === 'pm' ? 12 : m[4] === 'am' ? 0 : Number(m[1]) >= 12 ? 12 : 0),
          Number(m[2] ?? 0),
        ]
      : undefined);
  if (hm === undefined) return undefined;
  const out = new Date(date.getTime());
  out.setUTCHours(hm[0], hm[1], m?.[3] ? Number(m[3]) : 0, 0);
  return out;
}
