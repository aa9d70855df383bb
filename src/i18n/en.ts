import type { Strings } from './da.js';

/** English strings, the same keys as `da.ts`. */
export const en: Strings = {
  headOffice: 'Head office',
  plannedHeadOffice: 'Planned head office',
  noHeadOffice: 'No known head office',
  founded: 'Founded',
  website: 'Website',
  websiteDefunct: 'no longer active',
  unknown: 'unknown',
  uncertain: 'uncertain',
  uncertainLabel: 'uncertain fact',
  ceased: 'Ceased',
  ceasedSince: (since: string) => `Ceased ${since}`,
  programme2025: 'Cluster programme 2025–2028',
  programme: {
    confirmed: 'confirmed',
    'reported-out': 'not included',
    conflicting: 'conflicting reports',
    unknown: 'unknown',
  },
  focus: 'Focus',
  sources: 'Sources',
  notFound: (id: string) => `The cluster “${id}” was not found.`,
  dataError: 'The data could not be loaded. Showing the built-in data.',
  loading: 'Loading …',
  areaUnknown: 'Strength area unknown',
  placeNames: { __proto__: null, København: 'Copenhagen' } as unknown as Record<string, string>,
};
