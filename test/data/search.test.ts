import { expect } from '@open-wc/testing';
import {
  buildSearchIndex,
  dataset,
  foldForSearch,
  matchesQuery,
  queryClusters,
  searchWords,
  type Cluster,
} from '../../src/data/index.js';

const ids = (found: readonly Cluster[]): string[] => found.map((cluster) => cluster.id).sort();

describe('foldForSearch', () => {
  it('folds Sonderborg, Soenderborg, sønderborg and SØNDERBORG to one form', () => {
    const folded = ['Sonderborg', 'Soenderborg', 'sønderborg', 'SØNDERBORG', 'Sønderborg'].map(foldForSearch);
    expect(new Set(folded)).to.have.property('size', 1);
    expect(folded[0]).to.equal('sonderborg');
  });

  it('folds Aarhus, Århus, AARHUS and Arhus to one form (aa = å)', () => {
    expect(new Set(['Aarhus', 'Århus', 'ÅRHUS', 'AARHUS', 'Arhus'].map(foldForSearch))).to.have.property('size', 1);
  });

  it('folds ae and æ to one form (Sjaelland = Sjælland)', () => {
    expect(new Set(['Sjælland', 'Sjaelland', 'SJÆLLAND', 'Sjalland'].map(foldForSearch))).to.have.property('size', 1);
  });

  it('removes accents and folds ä, ö, ü like their Danish and plain cousins', () => {
    expect(foldForSearch('Café Zürich')).to.equal('cafe zurich');
    expect(foldForSearch('Köln')).to.equal(foldForSearch('Koeln'));
    expect(foldForSearch('Mädchen')).to.equal(foldForSearch('Maedchen'));
    expect(foldForSearch('Mädchen')).to.equal(foldForSearch('Mædchen'));
  });

  it('leaves pattern characters as they are (they are searched literally)', () => {
    expect(foldForSearch('.*([\\+?^$')).to.equal('.*([\\+?^$');
  });
});

describe('searchWords', () => {
  it('gives no words for an empty or blank query', () => {
    expect(searchWords('')).to.deep.equal([]);
    expect(searchWords(' \t\n ')).to.deep.equal([]);
  });

  it('folds and splits on any white space', () => {
    expect(searchWords('  Odense\tROBOTICS\n')).to.deep.equal(['odense', 'robotics']);
  });
});

describe('search in the bundled data', () => {
  it('finds the clusters with Sønderborg however it is spelt', () => {
    const results = ['Sonderborg', 'Soenderborg', 'sønderborg', 'SØNDERBORG'].map((query) => ids(queryClusters({ query })));
    expect(results[0]).to.include('clean');
    for (const result of results) expect(result).to.deep.equal(results[0]);
    for (const id of results[0]) {
      const cities = dataset.clusters.find((cluster) => cluster.id === id)?.locations?.map((place) => place.city);
      const text = JSON.stringify(dataset.clusters.find((cluster) => cluster.id === id));
      expect(cities?.includes('Sønderborg') || text.includes('Sønderborg'), id).to.equal(true);
    }
  });

  it('finds Aarhus clusters with Århus and Aarhus alike', () => {
    const aarhus = ids(queryClusters({ query: 'Aarhus' }));
    expect(aarhus).to.include('food-bio-cluster-denmark');
    expect(ids(queryClusters({ query: 'Århus' }))).to.deep.equal(aarhus);
    expect(ids(queryClusters({ query: 'arhus' }))).to.deep.equal(aarhus);
  });

  it('finds Næstved with Naestved and NÆSTVED', () => {
    const found = ids(queryClusters({ query: 'Næstved' }));
    expect(found).to.include('we-build-denmark');
    expect(ids(queryClusters({ query: 'Naestved' }))).to.deep.equal(found);
    expect(ids(queryClusters({ query: 'NÆSTVED' }))).to.deep.equal(found);
  });

  it('searches area and region names in both languages', () => {
    expect(ids(queryClusters({ query: 'droneteknologi' }))).to.include('odense-robotics');
    expect(ids(queryClusters({ query: 'Robotics and drones' }))).to.include('odense-robotics');
    const southern = ids(queryClusters({ query: 'Region Syddanmark' }));
    expect(southern).to.include('clean');
    expect(ids(queryClusters({ query: 'Southern Denmark' }))).to.deep.equal(southern);
  });

  it('needs every word of a multi-word query, in any order', () => {
    expect(ids(queryClusters({ query: 'robotics odense' }))).to.include('odense-robotics');
    expect(ids(queryClusters({ query: 'odense robotics zzzz' }))).to.deep.equal([]);
  });

  it('returns every cluster for an empty or blank query', () => {
    expect(queryClusters({ query: '' })).to.have.length(dataset.clusters.length);
    expect(queryClusters({ query: '   \t ' })).to.have.length(dataset.clusters.length);
  });

  for (const query of ['.*', '(', ')', '[', '\\', '+', '?', '^$', '*', '{2}', '|', '[a-z]+']) {
    it(`searches ${JSON.stringify(query)} literally and never throws`, () => {
      expect(() => queryClusters({ query })).not.to.throw();
      const text = (cluster: Cluster): string => JSON.stringify(cluster);
      for (const cluster of queryClusters({ query })) expect(text(cluster)).to.include(query);
    });
  }

  it('matches nothing for ".*" in the bundled data', () => {
    expect(queryClusters({ query: '.*' })).to.deep.equal([]);
  });
});

describe('buildSearchIndex and matchesQuery', () => {
  const clusters: Cluster[] = [
    { id: 'a', name: 'Alpha .* Cluster', locations: [{ city: 'Beta', lat: 56, lon: 10, role: 'office' }] },
    { id: 'b', name: 'Gamma (robots)', area: 'robotics', predecessors: ['Old Sønderborg Group'] },
  ];
  const names = { strengthAreas: [{ id: 'robotics', name: { da: 'Robotter', en: 'Robots' } }] };
  const index = buildSearchIndex(clusters, names);

  it('keeps one entry per cluster, in order', () => {
    expect(index.map((entry) => entry.cluster.id)).to.deep.equal(['a', 'b']);
  });

  it('matches pattern characters literally', () => {
    expect(index.filter((entry) => matchesQuery(entry, foldForSearch('.*'))).map((entry) => entry.cluster.id)).to.deep.equal(['a']);
    expect(index.filter((entry) => matchesQuery(entry, foldForSearch('('))).map((entry) => entry.cluster.id)).to.deep.equal(['b']);
  });

  it('searches area names and predecessors', () => {
    expect(matchesQuery(index[1]!, searchWords('robotter'))).to.equal(true);
    expect(matchesQuery(index[1]!, searchWords('soenderborg group'))).to.equal(true);
  });

  it('never matches a word across two fields', () => {
    // The name ends in "Cluster" and the city is "Beta": "clusterbeta" spans both.
    expect(matchesQuery(index[0]!, searchWords('clusterbeta'))).to.equal(false);
    expect(matchesQuery(index[0]!, searchWords('cluster beta'))).to.equal(true);
  });

  it('accepts pre-split words and treats no words as a match', () => {
    expect(matchesQuery(index[0]!, [])).to.equal(true);
    expect(matchesQuery(index[0]!, ['alpha', 'beta'])).to.equal(true);
    expect(matchesQuery(index[0]!, ['alpha', 'gamma'])).to.equal(false);
  });
});
