import { dataset as bundledDataset } from '../data/index.js';
import type { Cluster, ClusterDataset, ClusterLocation, LocalizedText } from '../data/types.js';
import type { Language } from '../i18n/strings.js';

function nameIn(list: { id: string; name: LocalizedText }[] | undefined, id: string, language: Language) {
  return list?.find((entry) => entry.id === id)?.name[language];
}

/** A strength area's name: from the data in use, else the bundled data, else its id. */
export function areaName(id: string, data: ClusterDataset, language: Language): string {
  return nameIn(data.strengthAreas, id, language) ?? nameIn(bundledDataset.strengthAreas, id, language) ?? id;
}

/** A region's name: from the data in use (if any yet), else the bundled data, else its id. */
export function regionName(id: string, data: ClusterDataset | undefined, language: Language): string {
  return nameIn(data?.regions, id, language) ?? nameIn(bundledDataset.regions, id, language) ?? id;
}

/** The head office: a `head-office` location, else a `planned-head-office` one (DESIGN.md). */
export function headOffice(cluster: Cluster): ClusterLocation | undefined {
  const locations = cluster.locations ?? [];
  return (
    locations.find((location) => location.role === 'head-office') ??
    locations.find((location) => location.role === 'planned-head-office')
  );
}

/** Whether the record lists `field` as uncertain. */
export function isUncertain(cluster: Cluster, field: string): boolean {
  return (cluster.uncertain as string[] | undefined)?.includes(field) ?? false;
}

/** A URL's host without `www.`, for link text. */
export function displayHost(url: string): string {
  try {
    const { hostname } = new URL(url);
    return hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  } catch {
    return url;
  }
}
