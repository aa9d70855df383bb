import { expect } from '@open-wc/testing';
import {
  acceptClusterData,
  clusters,
  dataset,
  getCluster,
  queryClusters,
  regions,
  strengthAreas,
  type Cluster,
  type ClusterDataset,
} from '../../src/data/index.js';
import { matchClusters } from '../../src/data/query.js';

const names = (found: readonly Cluster[]): string[] => found.map((cluster) => cluster.name);
const ids = (found: readonly Cluster[]): string[] => found.map((cluster) => cluster.id);
const isCeased = (cluster: Cluster): boolean => cluster.status?.state === 'ceased';

/** A small dataset of our own, through the gate (frozen), so orders can be asserted exactly. */
function fixture(records: Cluster[], extra: Partial<ClusterDataset> = {}): ClusterDataset {
  const accepted = acceptClusterData({ version: 1, clusters: records, ...extra });
  if (!accepted.ok) throw new Error(JSON.stringify(accepted.errors));
  return accepted.data;
}

const towns = fixture(
  ['Århus', 'Aalborg', 'Ørsted', 'Zealand', 'Odense'].map((name, index) => ({ id: `town-${index}`, name })),
);

describe('Danish collation', () => {
  it('sorts plain strings with æ, ø, å and "Aa" after z', () => {
    const sorted = ['Århus', 'Aalborg', 'Ørsted', 'Zealand', 'Odense'].sort(new Intl.Collator('da').compare);
    expect(sorted).to.deep.equal(['Odense', 'Zealand', 'Ørsted', 'Aalborg', 'Århus']);
  });

  it('sorts clusters by name with Danish collation by default', () => {
    expect(names(queryClusters({}, towns))).to.deep.equal(['Odense', 'Zealand', 'Ørsted', 'Aalborg', 'Århus']);
    expect(names(queryClusters({ sort: 'name', lang: 'da' }, towns))).to.deep.equal([
      'Odense',
      'Zealand',
      'Ørsted',
      'Aalborg',
      'Århus',
    ]);
  });

  it('sorts with English collation for lang en', () => {
    expect(names(queryClusters({ lang: 'en' }, towns))).to.deep.equal(['Aalborg', 'Århus', 'Odense', 'Ørsted', 'Zealand']);
  });

  it('orders numbers in names numerically', () => {
    const numbered = fixture([
      { id: 'c10', name: 'Cluster 10' },
      { id: 'c2', name: 'Cluster 2' },
    ]);
    expect(ids(queryClusters({}, numbered))).to.deep.equal(['c2', 'c10']);
  });
});

describe('queryClusters order', () => {
  for (const sort of ['name', 'area', 'region'] as const) {
    it(`puts ceased clusters last when sorting by ${sort}`, () => {
      const found = queryClusters({ sort });
      const firstCeased = found.findIndex(isCeased);
      expect(firstCeased).to.be.greaterThan(0);
      expect(found.slice(firstCeased).every(isCeased)).to.equal(true);
      expect(found[found.length - 1]?.id).to.equal('marlog');
    });
  }

  it('sorts by name by default', () => {
    expect(ids(queryClusters())).to.deep.equal(ids(queryClusters({ sort: 'name' })));
    const active = names(queryClusters()).slice(0, -1);
    expect(active).to.deep.equal([...active].sort(new Intl.Collator('da', { numeric: true }).compare));
  });

  it('sorts by area name in the language, then by name', () => {
    for (const lang of ['da', 'en'] as const) {
      const areaName = (cluster: Cluster): string =>
        strengthAreas.find((area) => area.id === cluster.area)?.name[lang] ?? '';
      const active = queryClusters({ sort: 'area', lang }).filter((cluster) => !isCeased(cluster));
      const collator = new Intl.Collator(lang, { numeric: true });
      for (let i = 1; i < active.length; i++) {
        expect(collator.compare(areaName(active[i - 1]!), areaName(active[i]!)), `${lang} ${i}`).to.be.at.most(0);
      }
    }
  });

  it('sorts by region name in the language, clusters without a region last', () => {
    const active = queryClusters({ sort: 'region', lang: 'en' }).filter((cluster) => !isCeased(cluster));
    const firstWithout = active.findIndex((cluster) => !cluster.region);
    expect(firstWithout).to.be.greaterThan(0);
    expect(active.slice(firstWithout).every((cluster) => !cluster.region)).to.equal(true);
    const regionName = (cluster: Cluster): string => regions.find((region) => region.id === cluster.region)?.name.en ?? '';
    const withRegion = active.slice(0, firstWithout).map(regionName);
    expect(withRegion).to.deep.equal([...withRegion].sort(new Intl.Collator('en').compare));
    // Within one region, by name.
    const capital = active.filter((cluster) => cluster.region === 'DK-84').map((cluster) => cluster.name);
    expect(capital).to.deep.equal([...capital].sort(new Intl.Collator('en', { numeric: true }).compare));
  });

  it('groups an area without a name by its id, and clusters without an area last', () => {
    const data = fixture(
      [
        { id: 'x', name: 'B', area: 'zzz-unnamed' },
        { id: 'y', name: 'A' },
        { id: 'z', name: 'C', area: 'robotics' },
      ],
      { strengthAreas: [{ id: 'robotics', name: { da: 'Robotter', en: 'Robots' } }] },
    );
    expect(ids(queryClusters({ sort: 'area' }, data))).to.deep.equal(['z', 'x', 'y']);
  });

  it('falls back to name order for an unknown sort value', () => {
    const unknownSort = { sort: 'shoe-size' } as unknown as { sort: 'name' };
    expect(ids(queryClusters(unknownSort))).to.deep.equal(ids(queryClusters()));
  });
});

describe('queryClusters filters', () => {
  it('filters by area id', () => {
    expect(ids(queryClusters({ area: 'robotics' }))).to.deep.equal(['odense-robotics']);
    expect(queryClusters({ area: 'no-such-area' })).to.deep.equal([]);
  });

  it('filters by region id', () => {
    const found = queryClusters({ region: 'DK-83' });
    expect(ids(found)).to.include('clean');
    expect(found.every((cluster) => cluster.region === 'DK-83')).to.equal(true);
    expect(found).to.have.length(clusters.filter((cluster) => cluster.region === 'DK-83').length);
  });

  it('filters by status', () => {
    expect(ids(queryClusters({ status: 'ceased' }))).to.deep.equal(['marlog']);
    expect(ids(queryClusters({ status: 'active' }))).not.to.include('marlog');
    expect(queryClusters({ status: 'active' })).to.have.length(clusters.length - 1);
    expect(queryClusters({ status: 'all' })).to.have.length(clusters.length);
  });

  it('counts a cluster without a status as active', () => {
    const data = fixture([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', status: { state: 'ceased' } }]);
    expect(ids(queryClusters({ status: 'active' }, data))).to.deep.equal(['a']);
  });

  it('treats empty filters as no filter', () => {
    expect(queryClusters({ query: '', area: '', region: '' })).to.have.length(clusters.length);
  });

  it('combines filters', () => {
    expect(ids(queryClusters({ query: 'Sønderborg', region: 'DK-83', area: 'environment' }))).to.deep.equal(['clean']);
  });

  it('returns a new array each time', () => {
    const first = queryClusters();
    first.pop();
    expect(queryClusters()).to.have.length(clusters.length);
  });

  it('works on a mutable dataset without caching stale results', () => {
    const data: ClusterDataset = { version: 1, clusters: [{ id: 'a', name: 'Alpha' }] };
    expect(ids(queryClusters({ query: 'alpha' }, data))).to.deep.equal(['a']);
    data.clusters.push({ id: 'b', name: 'Alphabet' });
    expect(ids(queryClusters({ query: 'alpha' }, data))).to.deep.equal(['a', 'b']);
  });
});

describe('queryClusters on a frozen dataset (each order sorted once and kept)', () => {
  /** 300 records of our own with overlapping words, through the gate (frozen). */
  const words = ['robot', 'robust', 'rose', 'energi', 'ørsted', 'aarhus', 'odense', 'vand'];
  const many = fixture(
    Array.from({ length: 300 }, (_, i) => ({
      id: `c-${i}`,
      name: `${words[i % 8]} ${words[(i * 3) % 8]} ${i}`,
      area: i % 2 ? 'energy' : 'robotics',
      region: i % 5 ? 'DK-83' : undefined,
      ...(i % 7 ? {} : { status: { state: 'ceased' as const } }),
    })),
  );
  /** The same records as a mutable copy: the uncached path, the reference result. */
  const reference = (options: Parameters<typeof queryClusters>[0]) =>
    ids(queryClusters(options, { ...many, clusters: [...many.clusters] }));

  it('gives the same result as the uncached path for a sequence of typing, deleting and filtering', () => {
    const steps: Parameters<typeof queryClusters>[0][] = [
      { query: 'r' },
      { query: 'ro' },
      { query: 'rob' },
      { query: 'ro' },
      { query: 'ro', sort: 'region' },
      { query: 'ro b', sort: 'region' },
      { query: 'ro bu', sort: 'region', status: 'active' },
      { query: 'rose' },
      { query: 'rose o' },
      { query: 'o rose' },
      { query: 'ørst', lang: 'en', sort: 'area' },
      { query: 'oerst', lang: 'en', sort: 'area' },
      { query: 'a', area: 'energy' },
      { query: 'aa', area: 'energy' },
      { query: '', area: 'energy' },
      {},
    ];
    for (const step of steps) expect(ids(queryClusters(step, many)), JSON.stringify(step)).to.deep.equal(reference(step));
  });

  it('finds again what a longer query left out when the query gets shorter', () => {
    expect(queryClusters({ query: 'robust 1' }, many).length).to.be.lessThan(queryClusters({ query: 'robust' }, many).length);
    expect(ids(queryClusters({ query: 'rob' }, many))).to.deep.equal(reference({ query: 'rob' }));
  });

  it('matchClusters (the map\'s) finds the same clusters, in the data\'s own order', () => {
    for (const options of [{}, { query: 'ro b' }, { area: 'energy', status: 'ceased' as const }, { region: 'DK-83', query: 'ørsted' }]) {
      const matched = ids(matchClusters(options, many));
      expect([...matched].sort(), JSON.stringify(options)).to.deep.equal(reference(options).sort());
      expect(matched, 'data order').to.deep.equal(many.clusters.map((c) => c.id).filter((id) => matched.includes(id)));
    }
  });
});

describe('getCluster', () => {
  it('finds a bundled cluster by id', () => {
    expect(getCluster('odense-robotics')?.name).to.equal('Odense Robotics');
  });

  it('returns undefined for an unknown id', () => {
    expect(getCluster('no-such-cluster')).to.equal(undefined);
    expect(getCluster('')).to.equal(undefined);
  });

  it('looks in other data when given', () => {
    expect(getCluster('town-1', towns)?.name).to.equal('Aalborg');
    expect(getCluster('odense-robotics', towns)).to.equal(undefined);
  });
});

describe('the bundled dataset', () => {
  it('is deep-frozen', () => {
    expect(Object.isFrozen(dataset)).to.equal(true);
    expect(Object.isFrozen(dataset.clusters)).to.equal(true);
    const clean = getCluster('clean');
    expect(Object.isFrozen(clean)).to.equal(true);
    expect(Object.isFrozen(clean?.locations)).to.equal(true);
    expect(Object.isFrozen(clean?.locations?.[0])).to.equal(true);
    expect(Object.isFrozen(clean?.description)).to.equal(true);
  });

  it('holds the 14 clusters with unique ids', () => {
    expect(clusters).to.have.length(14);
    expect(new Set(ids(clusters)).size).to.equal(14);
  });
});
