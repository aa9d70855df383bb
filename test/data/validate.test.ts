import { expect } from '@open-wc/testing';
import bundledJson from '../../src/data/clusters.json';
import {
  acceptCluster,
  acceptClusterData,
  describeWarnings,
  validateClusters,
  type Cluster,
  type ValidationIssue,
  type ValidationResult,
} from '../../src/data/index.js';

/** A complete, valid record; tests change one field at a time. */
function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-cluster',
    name: 'Test Cluster',
    area: 'robotics',
    region: 'DK-83',
    locations: [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }],
    website: 'https://example.dk/',
    websiteLive: true,
    founded: '2014',
    predecessors: ['Old Cluster'],
    status: { state: 'active' },
    programmes: { '2021-2024': 'appointed', '2025-2028': 'unknown' },
    description: { da: 'En klynge.', en: 'A cluster.' },
    focus: { da: ['Robotter'], en: ['Robots'] },
    sources: ['https://example.dk/a', 'https://example.dk/b'],
    uncertain: ['locations'],
    ...overrides,
  };
}

const paths = (issues: readonly ValidationIssue[]): string[] => issues.map((issue) => issue.path);

/** Asserts exactly one error, at `path`, whose message names `field`. */
function expectOneError(result: ValidationResult, path: string, field: string): void {
  expect(result.valid, JSON.stringify(result)).to.equal(false);
  expect(paths(result.errors)).to.deep.equal([path]);
  expect(result.errors[0]?.message).to.include(field);
  expect(result.warnings).to.deep.equal([]);
}

/** Asserts the data is valid with exactly one warning, at `path`, naming `field`. */
function expectOneWarning(result: ValidationResult, path: string, field: string): void {
  expect(result.valid, JSON.stringify(result)).to.equal(true);
  expect(result.errors).to.deep.equal([]);
  expect(paths(result.warnings)).to.deep.equal([path]);
  expect(result.warnings[0]?.message).to.include(field);
}

describe('validateClusters: structural errors reject the input', () => {
  it('rejects null', () => {
    expectOneError(validateClusters(null), '', 'input');
  });

  it('rejects a number', () => {
    expectOneError(validateClusters(42), '', 'input');
  });

  it('rejects a string, even one of JSON', () => {
    expectOneError(validateClusters('[{"id":"a","name":"A"}]'), '', 'input');
  });

  it('rejects undefined and functions', () => {
    expectOneError(validateClusters(undefined), '', 'input');
    expectOneError(validateClusters(() => [record()]), '', 'input');
  });

  it('rejects an array of non-objects, naming each item', () => {
    const result = validateClusters([1, 'x', null, [record()]]);
    expect(result.valid).to.equal(false);
    expect(paths(result.errors)).to.deep.equal(['/0', '/1', '/2', '/3']);
    expect(result.errors[0]?.message).to.include('must be an object');
  });

  it('rejects a dataset without a clusters array', () => {
    expectOneError(validateClusters({ version: 1 }), '/clusters', 'clusters');
    expectOneError(validateClusters({ version: 1, clusters: { 0: record() } }), '/clusters', 'clusters');
  });

  it('rejects a missing id', () => {
    const withoutId = record();
    delete withoutId['id'];
    expectOneError(validateClusters({ clusters: [withoutId] }), '/clusters/0/id', 'id');
  });

  it('rejects a non-string id', () => {
    expectOneError(validateClusters([record({ id: 7 })]), '/0/id', 'id');
  });

  it('rejects an empty or blank name', () => {
    expectOneError(validateClusters([record({ name: '' })]), '/0/name', 'name');
    expectOneError(validateClusters([record({ name: ' \t\n\u00a0' })]), '/0/name', 'name');
  });

  it('rejects a latitude that is not a finite number', () => {
    for (const lat of ['55.4', Number.NaN, Number.POSITIVE_INFINITY, null, 91]) {
      const locations = [{ city: 'Odense', lat, lon: 10.39, role: 'office' }];
      expectOneError(validateClusters([record({ locations })]), '/0/locations/0/lat', 'lat');
    }
  });

  it('rejects a location role that is not one of the four', () => {
    const locations = [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'headquarters' }];
    expectOneError(validateClusters([record({ locations })]), '/0/locations/0/role', 'role');
  });

  it('rejects locations that are not an array', () => {
    expectOneError(validateClusters([record({ locations: { city: 'Odense' } })]), '/0/locations', 'locations');
  });

  it('rejects a bad status', () => {
    expectOneError(validateClusters([record({ status: { state: 'paused' } })]), '/0/status/state', 'state');
    expectOneError(validateClusters([record({ status: 'active' })]), '/0/status', 'status');
    expectOneError(validateClusters([record({ status: { state: 'ceased', since: 2022 } })]), '/0/status/since', 'since');
  });

  it('rejects programme values that are not allowed', () => {
    expectOneError(validateClusters([record({ programmes: { '2025-2028': 'maybe' } })]), '/0/programmes/2025-2028', '2025-2028');
    expectOneError(validateClusters([record({ programmes: { '2021-2024': 'unknown' } })]), '/0/programmes/2021-2024', '2021-2024');
  });

  it('rejects a region that is not a Danish region code', () => {
    expectOneError(validateClusters([record({ region: 'DK-99' })]), '/0/region', 'region');
  });

  it('rejects a description without English', () => {
    expectOneError(validateClusters([record({ description: { da: 'En klynge.' } })]), '/0/description/en', 'en');
  });

  it('rejects focus lists that are not lists of strings', () => {
    expectOneError(validateClusters([record({ focus: { da: ['a'], en: 'b' } })]), '/0/focus/en', 'en');
    expectOneError(validateClusters([record({ focus: { da: ['a', 3], en: [] } })]), '/0/focus/da/1', 'da[1]');
  });

  it('rejects duplicate ids, pointing at the first use', () => {
    const result = validateClusters({ clusters: [record(), record({ name: 'Other' })] });
    expectOneError(result, '/clusters/1/id', 'test-cluster');
    expect(result.errors[0]?.message).to.include('/clusters/0');
  });

  it('rejects version 2 and a string version', () => {
    expectOneError(validateClusters({ version: 2, clusters: [] }), '/version', 'version');
    expectOneError(validateClusters({ version: '1', clusters: [] }), '/version', 'version');
  });

  it('rejects a URL field that is not a string as an error, not a warning', () => {
    expectOneError(validateClusters([record({ website: 42 })]), '/0/website', 'website');
    expectOneError(validateClusters([record({ sources: ['https://ok.dk', {}] })]), '/0/sources/1', 'sources[1]');
  });

  it('rejects bad strength areas, regions and milestones', () => {
    expectOneError(validateClusters({ clusters: [], strengthAreas: [{ id: '', name: { da: 'a', en: 'a' } }] }), '/strengthAreas/0/id', 'id');
    expectOneError(validateClusters({ clusters: [], regions: [{ id: 'DK-00', name: { da: 'a', en: 'a' } }] }), '/regions/0/id', 'id');
    expectOneError(validateClusters({ clusters: [], milestones: [{ date: '2020', title: { da: 'a', en: 'b' } }] }), '/milestones/0/sources', 'sources');
  });

  it('lists at most 100 errors and counts the rest', () => {
    const result = validateClusters(Array.from({ length: 250 }, () => ({})));
    expect(result.valid).to.equal(false);
    expect(result.errors).to.have.length(101);
    expect(result.errors[100]).to.deep.equal({ path: '', message: '400 more errors are not listed.' });
  });

  it('rejects a huge sparse array quickly instead of walking it', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expectOneError(validateClusters(sparse), '', 'at most 1000000');
    expectOneError(validateClusters([record({ predecessors: sparse })]), '/0/predecessors', 'at most 1000');
  });

  it('reports holes in an array as missing items', () => {
    const predecessors = ['a', 'b', 'c'];
    delete predecessors[1];
    expectOneError(validateClusters([record({ predecessors })]), '/0/predecessors/1', 'predecessors[1]');
  });
});

describe('validateClusters: hostile input never throws', () => {
  it('reports a throwing getter as an unreadable field', () => {
    const hostile = record();
    Object.defineProperty(hostile, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => validateClusters([hostile])).not.to.throw();
    expectOneError(validateClusters([hostile]), '/0/name', 'name');
    expect(acceptClusterData([hostile]).ok).to.equal(false);
  });

  it('survives a Proxy whose every trap throws, and a revoked Proxy', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    expect(validateClusters([hostile]).valid).to.equal(false);
    expect(validateClusters(hostile).valid).to.equal(false);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(() => validateClusters(proxy)).not.to.throw();
    expect(validateClusters(proxy).valid).to.equal(false);
    expect(acceptCluster(proxy).ok).to.equal(false);
  });

  it('reads a getter once, so it cannot show the check one value and the copy another', () => {
    let reads = 0;
    const shifty = record();
    Object.defineProperty(shifty, 'website', {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? 'https://example.dk/' : 'javascript:alert(1)';
      },
    });
    const accepted = acceptClusterData([shifty]);
    expect(reads).to.equal(1);
    expect(accepted.ok && accepted.data.clusters[0]?.website).to.equal('https://example.dk/');
  });

  it('ignores deep nesting and cycles in unknown fields', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      deep['child'] = next;
      deep = next;
    }
    const cyclic = record({ extra: root });
    cyclic['self'] = cyclic;
    const result = validateClusters([cyclic]);
    expect(result).to.deep.equal({ valid: true, errors: [], warnings: [] });
    const accepted = acceptClusterData([cyclic]);
    expect(accepted.ok && Object.keys(accepted.data.clusters[0]!)).not.to.include.members(['extra', 'self']);
  });

  it('rejects deep nesting where a known field expects text, without recursing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { da: deep, en: 'x' };
    expectOneError(validateClusters([record({ description: deep })]), '/0/description/da', 'da');
  });

  it('does not let a __proto__ key pollute Object.prototype or the copy', () => {
    const parsed: unknown = JSON.parse(
      '[{"__proto__":{"polluted":1,"website":"javascript:alert(1)"},"constructor":{"prototype":{"polluted":2}},"id":"a","name":"A"}]',
    );
    const accepted = acceptClusterData(parsed);
    expect(accepted.ok).to.equal(true);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    const cluster = accepted.ok ? accepted.data.clusters[0] : undefined;
    expect(Object.getPrototypeOf(cluster)).to.equal(Object.prototype);
    expect(Object.keys(cluster ?? {})).to.deep.equal(['id', 'name']);
    expect((cluster as unknown as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(cluster?.website).to.equal(undefined);
  });

  it('ignores inherited fields (a polluted prototype adds nothing)', () => {
    const inherited = Object.create({ website: 'javascript:alert(1)', status: { state: 'ceased' } }) as Record<string, unknown>;
    inherited['id'] = 'a';
    inherited['name'] = 'A';
    const accepted = acceptCluster(inherited);
    expect(accepted.ok && accepted.cluster).to.deep.equal({ id: 'a', name: 'A' });
  });

  it('keeps a 1 MB string as text, and quotes only a short piece of it in messages', () => {
    const markup = `<img src=x onerror="alert(1)">${'x'.repeat(1024 * 1024)}`;
    const accepted = acceptClusterData([record({ name: markup, description: { da: markup, en: markup } })]);
    expect(accepted.ok).to.equal(true);
    expect(accepted.ok && accepted.data.clusters[0]?.name).to.equal(markup);
    const rejected = validateClusters([record({ status: markup })]);
    expect(rejected.errors[0]?.message.length).to.be.below(200);
  });
});

describe('validateClusters: unsafe URLs are warnings, and the gate drops them', () => {
  it('warns about a javascript: website and drops only that field', () => {
    const input = [record({ website: 'javascript:alert(1)' })];
    expectOneWarning(validateClusters(input), '/0/website', 'website');
    const accepted = acceptClusterData(input);
    expect(accepted.ok).to.equal(true);
    if (!accepted.ok) return;
    const cluster = accepted.data.clusters[0]!;
    expect(cluster).not.to.have.property('website');
    expect(cluster.name).to.equal('Test Cluster');
    expect(cluster.sources).to.deep.equal(['https://example.dk/a', 'https://example.dk/b']);
    expect(cluster.locations?.[0]?.city).to.equal('Odense');
  });

  for (const [label, website] of [
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['tabs and a leading space', ' java\tscript:alert(1)'],
    ['control characters around it', '\u0000\u001fjavascript:alert(1)\u0001'],
    ['upper case', 'JAVASCRIPT:alert(1)'],
  ] as const) {
    it(`catches javascript: obfuscated with ${label}`, () => {
      expectOneWarning(validateClusters({ clusters: [record({ website })] }), '/clusters/0/website', 'website');
    });
  }

  it('warns about data: and vbscript: URLs', () => {
    expectOneWarning(validateClusters([record({ website: 'data:text/html,<script>alert(1)</script>' })]), '/0/website', 'data:');
    expectOneWarning(validateClusters([record({ website: 'vbscript:msgbox(1)' })]), '/0/website', 'vbscript:');
  });

  it('warns about protocol-relative and relative URLs (they would resolve against the partner page)', () => {
    for (const website of ['//evil.example/', '/clusters/clean', 'www.example.dk', '', '   ']) {
      expectOneWarning(validateClusters([record({ website })]), '/0/website', 'not an absolute URL');
    }
  });

  it('keeps https:, http: and mailto: URLs, trimmed', () => {
    for (const website of ['https://example.dk', 'http://example.dk/x?y=1#z', 'mailto:info@example.dk', 'HTTPS://EXAMPLE.DK']) {
      expect(validateClusters([record({ website })]), website).to.deep.equal({ valid: true, errors: [], warnings: [] });
    }
    const accepted = acceptCluster(record({ website: '  https://example.dk/  ' }));
    expect(accepted.ok && accepted.cluster.website).to.equal('https://example.dk/');
  });

  it('removes bad sources entries and keeps the others in order', () => {
    const sources = ['https://a.dk', 'javascript:alert(1)', 'http://b.dk', 'ftp://c.dk', 'mailto:d@e.dk'];
    const input = { clusters: [record({ sources })] };
    const result = validateClusters(input);
    expect(result.valid).to.equal(true);
    expect(paths(result.warnings)).to.deep.equal(['/clusters/0/sources/1', '/clusters/0/sources/3']);
    const accepted = acceptClusterData(input);
    expect(accepted.ok && accepted.data.clusters[0]?.sources).to.deep.equal(['https://a.dk', 'http://b.dk', 'mailto:d@e.dk']);
  });

  it('drops unsafe milestone sources', () => {
    const milestones = [{ date: '2020-10-01', title: { da: 'a', en: 'b' }, sources: ['https://a.dk', 'javascript:x'] }];
    const accepted = acceptClusterData({ clusters: [], milestones });
    expect(accepted.ok && accepted.warnings.map((warning) => warning.path)).to.deep.equal(['/milestones/0/sources/1']);
    expect(accepted.ok && accepted.data.milestones?.[0]?.sources).to.deep.equal(['https://a.dk']);
  });

  it('keeps a null website (unknown) without a warning', () => {
    const accepted = acceptCluster(record({ website: null }));
    expect(accepted.ok && accepted.cluster.website).to.equal(null);
    expect(accepted.warnings).to.deep.equal([]);
  });
});

describe('acceptClusterData', () => {
  it('wraps a bare array as a version 1 dataset', () => {
    const accepted = acceptClusterData([{ id: 'a', name: 'A' }]);
    expect(accepted.ok && accepted.data).to.deep.equal({ version: 1, clusters: [{ id: 'a', name: 'A' }] });
  });

  it('accepts a dataset without a version', () => {
    const accepted = acceptClusterData({ clusters: [{ id: 'a', name: 'A' }], asOf: '2026-11' });
    expect(accepted.ok && accepted.data).to.deep.equal({ version: 1, asOf: '2026-11', clusters: [{ id: 'a', name: 'A' }] });
  });

  it('returns a new deep-frozen copy with only the known fields', () => {
    const input = record({ extra: 'ignored', status: { state: 'ceased', since: '2022-04', note: 'x' } });
    const accepted = acceptClusterData({ version: 1, clusters: [input], unknownTopLevel: true });
    expect(accepted.ok).to.equal(true);
    if (!accepted.ok) return;
    const cluster: Cluster = accepted.data.clusters[0]!;
    expect(cluster).not.to.equal(input);
    expect(cluster).not.to.have.property('extra');
    expect(accepted.data).not.to.have.property('unknownTopLevel');
    expect(cluster.status).to.deep.equal({ state: 'ceased', since: '2022-04' });
    for (const part of [accepted.data, accepted.data.clusters, cluster, cluster.locations, cluster.locations?.[0], cluster.status, cluster.focus, cluster.focus?.da]) {
      expect(Object.isFrozen(part)).to.equal(true);
    }
    (input['locations'] as { city: string }[])[0]!.city = 'Changed';
    expect(cluster.locations?.[0]?.city).to.equal('Odense');
  });

  it('drops since from an active status', () => {
    const accepted = acceptCluster(record({ status: { state: 'active', since: '2020' } }));
    expect(accepted.ok && accepted.cluster.status).to.deep.equal({ state: 'active' });
  });

  it('returns errors and warnings together on rejection', () => {
    const accepted = acceptClusterData([record({ website: 'javascript:x' }), record({ name: '' })]);
    expect(accepted.ok).to.equal(false);
    if (accepted.ok) return;
    expect(paths(accepted.errors)).to.deep.equal(['/1/name']);
    expect(paths(accepted.warnings)).to.deep.equal(['/0/website']);
  });

  it('never writes to the console', () => {
    const original = { warn: console.warn, error: console.error, log: console.log };
    const calls: unknown[] = [];
    console.warn = console.error = console.log = (...args: unknown[]) => calls.push(args);
    try {
      acceptClusterData([record({ website: 'javascript:x' }), null]);
      acceptCluster(record({ website: 'javascript:x' }));
      validateClusters(null);
    } finally {
      Object.assign(console, original);
    }
    expect(calls).to.deep.equal([]);
  });
});

describe('acceptCluster', () => {
  it('accepts one record with paths relative to it', () => {
    const accepted = acceptCluster(record({ website: 'javascript:x' }));
    expect(accepted.ok).to.equal(true);
    expect(paths(accepted.warnings)).to.deep.equal(['/website']);
    expect(accepted.ok && accepted.cluster).not.to.have.property('website');
  });

  it('rejects a bad record', () => {
    const rejected = acceptCluster({ name: 'No id' });
    expect(rejected.ok).to.equal(false);
    expect(!rejected.ok && paths(rejected.errors)).to.deep.equal(['/id']);
    expect(acceptCluster(null).ok).to.equal(false);
    expect(acceptCluster([record()]).ok).to.equal(false);
  });
});

describe('describeWarnings', () => {
  it('is empty without warnings', () => {
    expect(describeWarnings([])).to.equal('');
  });

  it('names every dropped field in one message', () => {
    const accepted = acceptClusterData({ clusters: [record({ website: 'javascript:x', sources: ['https://a.dk', 'data:x'] })] });
    const message = describeWarnings(accepted.warnings);
    expect(message).to.include('2 unsafe links were dropped');
    expect(message).to.include('/clusters/0/website');
    expect(message).to.include('/clusters/0/sources/1');
    expect(message).to.include('https:, http: and mailto:');
  });

  it('names the first ten and counts the rest', () => {
    const sources = Array.from({ length: 12 }, (_, index) => `javascript:${index}`);
    const message = describeWarnings(validateClusters([record({ sources })]).warnings);
    expect(message).to.include('/0/sources/9');
    expect(message).not.to.include('/0/sources/10');
    expect(message).to.include('and 2 more');
  });
});

describe('the bundled clusters.json', () => {
  it('is valid with no warnings', () => {
    expect(validateClusters(bundledJson)).to.deep.equal({ valid: true, errors: [], warnings: [] });
  });
});
