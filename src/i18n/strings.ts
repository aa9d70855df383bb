import { da, type Strings } from './da.js';
import { en } from './en.js';

/** The two languages the library speaks. */
export type Language = 'da' | 'en';

export type { Strings };

/** The strings for a language. */
export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : da;
}

/**
 * DESIGN.md's rule: `da*` → Danish; any other declared language → English; nothing declared → Danish.
 */
export function languageFromTag(tag: string | null | undefined): Language {
  const trimmed = (tag ?? '').trim().toLowerCase();
  if (trimmed === '') return 'da';
  return trimmed === 'da' || trimmed.startsWith('da-') ? 'da' : 'en';
}

/** Kept formatters by kind and language (fixed keys: `da`, `en`, `datrue`, …). */
const formatters: Record<string, { format(value: number): string }> = {};

/**
 * `value` (a count, or a date as its UTC time) through the formatter kept under `key`, built on first use:
 * Intl formatters are slow to build (a cold one took tens of milliseconds in `npm run bench`), and every
 * render formats counts and dates.
 */
function formatWith(key: string, value: number, make: () => { format(value: number): string }): string {
  return (formatters[key] ??= make()).format(value);
}

const localeOf = (language: Language) => (language === 'da' ? 'da-DK' : 'en-GB');

/** A count as the language writes it (1.234 / 1,234). */
export const formatCount = (value: number, language: Language): string =>
  formatWith(language, value, () => new Intl.NumberFormat(localeOf(language)));

/** Formats an ISO 8601 date of any precision (`2014`, `2020-07`, `2020-11-24`) for display. */
export function formatIsoDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso; // also NaN: not a date
  if (!month) return String(year);
  return formatWith(`${language}${!day}`, Date.UTC(year, month - 1, day || 1), () =>
    new Intl.DateTimeFormat(localeOf(language), { year: 'numeric', month: 'long', day: day ? 'numeric' : undefined, timeZone: 'UTC' }),
  );
}
