import type { Language } from './strings.js';

/**
 * Strings of the list-like elements (filters, counts, empty state), apart from the card's strings so a
 * page with cards alone does not download them.
 */
const da = {
  filters: 'Filtrér klynger',
  search: 'Søg',
  area: 'Styrkeposition',
  allAreas: 'Alle styrkepositioner',
  region: 'Region',
  allRegions: 'Alle regioner',
  status: 'Status',
  statusAll: 'Alle',
  statusActive: 'Aktive',
  statusCeased: 'Ophørte',
  sort: 'Sortér efter',
  sortName: 'Navn',
  sortArea: 'Styrkeposition',
  sortRegion: 'Region',
  count: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'klynge' : 'klynger'}`,
  showAll: (formatted: string) => `Vis alle (${formatted})`,
  empty: 'Ingen klynger matcher dine filtre.',
  clearFilters: 'Ryd filtre',
};

const en: typeof da = {
  filters: 'Filter clusters',
  search: 'Search',
  area: 'Strength area',
  allAreas: 'All strength areas',
  region: 'Region',
  allRegions: 'All regions',
  status: 'Status',
  statusAll: 'All',
  statusActive: 'Active',
  statusCeased: 'Ceased',
  sort: 'Sort by',
  sortName: 'Name',
  sortArea: 'Strength area',
  sortRegion: 'Region',
  count: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'cluster' : 'clusters'}`,
  showAll: (formatted: string) => `Show all (${formatted})`,
  empty: 'No clusters match your filters.',
  clearFilters: 'Clear filters',
};

/** The list strings for a language. */
export function listStringsFor(language: Language): typeof da {
  return language === 'en' ? en : da;
}

export type ListStrings = typeof da;
