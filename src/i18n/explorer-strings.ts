import type { Language } from './strings.js';

/**
 * Strings of `<cluster-explorer>` only (header, key figures, detail view), apart from the shared strings
 * so pages without the explorer do not download them.
 */
const da = {
  title: 'Danmarks nationale klynger',
  figures: 'Nøgletal',
  appointed: 'udpeget for 2021–2024',
  active: 'stadig aktive',
  confirmed: 'bekræftet for 2025–2028',
  areas: 'styrkepositioner',
  regions: 'regioner med et hovedkontor',
  asOf: (date: string) => `Data pr. ${date}`,
  close: 'Luk',
  active1: 'Aktiv',
  programme2021: 'Klyngeprogram 2021–2024',
  appointedValue: 'udpeget',
  locations: 'Steder',
  roles: { 'head-office': 'hovedkontor', office: 'kontor', hub: 'knudepunkt', 'planned-head-office': 'planlagt hovedkontor' },
};

const en: typeof da = {
  title: 'Denmark’s national clusters',
  figures: 'Key figures',
  appointed: 'appointed for 2021–2024',
  active: 'still active',
  confirmed: 'confirmed for 2025–2028',
  areas: 'strength areas',
  regions: 'regions with a head office',
  asOf: (date) => `Data as of ${date}`,
  close: 'Close',
  active1: 'Active',
  programme2021: 'Cluster programme 2021–2024',
  appointedValue: 'appointed',
  locations: 'Places',
  roles: { 'head-office': 'head office', office: 'office', hub: 'hub', 'planned-head-office': 'planned head office' },
};

/** The explorer strings for a language. */
export function explorerStringsFor(language: Language): typeof da {
  return language === 'en' ? en : da;
}

export type ExplorerStrings = typeof da;
