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

/** Formats an ISO 8601 date of any precision (`2014`, `2020-07`, `2020-11-24`) for display. */
export function formatIsoDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || Number.isNaN(year)) return iso;
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
