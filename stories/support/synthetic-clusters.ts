import { clusters as bundled, strengthAreas } from '../../src/data/index.js';
import type { Cluster, ClusterDataset } from '../../src/data/types.js';

const REGIONS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'] as const;
const TOWNS = ['Aalborg', 'Aarhus', 'Odense', 'Esbjerg', 'Næstved', 'Sønderborg', 'Herning', 'Roskilde'];

/**
 * `count` invented clusters for scale demonstrations (clearly fake names: "Eksempelklynge 1 …"), spread
 * over the real strength areas and regions, every 17th ceased. Deterministic: same count, same data.
 */
export function syntheticDataset(count: number): ClusterDataset {
  const clusters: Cluster[] = [];
  for (let index = 1; index <= count; index++) {
    const area = strengthAreas[index % strengthAreas.length]!;
    const region = REGIONS[index % REGIONS.length]!;
    const town = TOWNS[index % TOWNS.length]!;
    clusters.push({
      id: `example-${index}`,
      name: `Eksempelklynge ${index}`,
      area: area.id,
      region,
      locations: [{ city: town, lat: 55 + (index % 20) / 10, lon: 9 + (index % 30) / 10, role: 'head-office' }],
      website: null,
      status: index % 17 === 0 ? { state: 'ceased', since: '2022' } : { state: 'active' },
      description: {
        da: `Et opdigtet eksempel til at vise store datamængder (nr. ${index}).`,
        en: `An invented example to show large amounts of data (no. ${index}).`,
      },
    });
  }
  return { version: 1, clusters, strengthAreas: [...strengthAreas] };
}

/** The real bundled clusters, for stories that need them as partner data. */
export const bundledClusters = bundled;
