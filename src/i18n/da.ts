/** Danish strings. Every key here must exist in `en.ts` (the type below enforces it). */
export const da = {
  headOffice: 'Hovedkontor',
  plannedHeadOffice: 'Planlagt hovedkontor',
  noHeadOffice: 'Intet kendt hovedkontor',
  founded: 'Stiftet',
  website: 'Hjemmeside',
  websiteDefunct: 'ikke længere aktiv',
  unknown: 'ukendt',
  uncertain: 'usikker',
  uncertainLabel: 'usikker oplysning',
  ceased: 'Ophørt',
  ceasedSince: (since: string) => `Ophørt ${since}`,
  programme2025: 'Klyngeprogram 2025–2028',
  programme: {
    confirmed: 'bekræftet',
    'reported-out': 'ikke med',
    conflicting: 'modstridende oplysninger',
    unknown: 'ukendt',
  },
  focus: 'Fokus',
  sources: 'Kilder',
  notFound: (id: string) => `Klyngen „${id}“ blev ikke fundet.`,
  dataError: 'Data kunne ikke indlæses. Viser de indbyggede data.',
  loading: 'Indlæser …',
  areaUnknown: 'Styrkeposition ukendt',
  /**
   * Place names that differ from the Danish form the data uses, looked up by the data's city. No prototype:
   * a city called "constructor" or "__proto__" must find nothing here, not Object's members.
   */
  placeNames: { __proto__: null } as unknown as Record<string, string>,
};

export type Strings = typeof da;
