import type { Language } from './strings.js';

/**
 * Strings of `<cluster-timeline>` only, apart from the shared strings so pages without a timeline do not
 * download them (as `list-strings.ts` does for the list).
 */
const da = {
  title: 'Tidslinje',
  /** Starts the accessible name of a source link: "Kilde: em.dk". */
  source: 'Kilde',
};

const en: typeof da = {
  title: 'Timeline',
  source: 'Source',
};

/** The timeline strings for a language. */
export function timelineStringsFor(language: Language): typeof da {
  return language === 'en' ? en : da;
}

export type TimelineStrings = typeof da;
