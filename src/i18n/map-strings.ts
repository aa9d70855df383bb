import type { Language } from './strings.js';

/**
 * Strings of `<cluster-map>` only, apart from the shared strings so pages without a map do not download
 * them (as `list-strings.ts` does for the list).
 */
const da = {
  title: 'Danmarks nationale klynger på kort',
  desc: 'Fem regioner, Bornholm øverst til højre, klyngerne ved deres hovedkontor.',
  shaded: 'Farve: antal hovedkontorer',
  group: (n: number) => `${n} klynger`,
  dim: 'uden for filteret',
  key: 'Usikkert/planlagt hovedkontor',
};

const en: typeof da = {
  title: 'Denmark’s national clusters on a map',
  desc: 'Five regions, Bornholm top right, the clusters at their head office.',
  shaded: 'Shade: number of head offices',
  group: (n) => `${n} clusters`,
  dim: 'outside the filter',
  key: 'Uncertain/planned head office',
};

/** The map strings for a language. */
export function mapStringsFor(language: Language): typeof da {
  return language === 'en' ? en : da;
}

export type MapStrings = typeof da;
