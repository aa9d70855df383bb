/** The package as Node and npm consumers see it, through its own `exports` (self-reference). */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('danish-clusters/data imports in Node and answers queries', async () => {
  const { clusters, getCluster, queryClusters, validateClusters } = await import('danish-clusters/data');
  assert.equal(clusters.length, 14);
  assert.equal(getCluster('odense-robotics')?.name, 'Odense Robotics');
  assert.ok(queryClusters({ query: 'robot' }).some((cluster) => cluster.id === 'odense-robotics'));
  assert.equal(validateClusters(clusters).valid, true);
});

test('danish-clusters/clusters.json and clusters.schema.json are exported files', () => {
  const data = JSON.parse(readFileSync(require.resolve('danish-clusters/clusters.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(require.resolve('danish-clusters/clusters.schema.json'), 'utf8'));
  assert.equal(data.clusters.length, 14);
  assert.equal(typeof schema.$schema, 'string');
});

test('the source version constant equals package.json', () => {
  const source = readFileSync(new URL('../../src/internal/version.ts', import.meta.url), 'utf8');
  assert.ok(source.includes(`'${pkg.version}'`), 'src/internal/version.ts must say ' + pkg.version);
});

test('every registering module is exported and listed in sideEffects', () => {
  for (const name of ['all', 'hydrate', 'cluster-card', 'cluster-list', 'cluster-map', 'cluster-explorer', 'cluster-about', 'cluster-timeline']) {
    assert.ok(pkg.exports[`./${name}.js`], `exports ./${name}.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), `sideEffects ./dist/${name}.js`);
  }
});

test('package.json points editors at the manifest with a relative path', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
});
