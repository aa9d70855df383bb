/**
 * Section 1, size: raw, gzip -9 and brotli (quality 11) bytes of every JavaScript entry of the package and of
 * both CDN files, each bundled and minified with its dependencies and Lit's production build by the one
 * measuring module (bench/measure.mjs, the same code the budget tests run), the budget of bench/budgets.json
 * beside it; and for reference the Lit floor (a trivial element bundled the same way), the static baseline page
 * and the vanilla-DOM baseline's script (its code plus the JSON). Deterministic: measured once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets, bundledCode, bundleFile, entryFile, root, sizes } from '../measure.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Why an entry is measured differently, or what it is. */
const NOTES = {
  'danish-clusters/react': 'React left out (a peer dependency the app already has)',
  'danish-clusters/jsx': 'types only: its module is empty',
  'danish-clusters/hydrate.js': "Lit's hydration support (for server-rendered pages)",
  'danish-clusters': 'classes, data API and types; registers nothing',
};

/** The package's JavaScript entries as specifiers (`danish-clusters/data`, …), in package.json order. */
function jsEntries() {
  return Object.entries(pkg.exports)
    .filter(([, target]) => String(typeof target === 'string' ? target : target.default).endsWith('.js'))
    .filter(([subpath]) => !subpath.includes('*'))
    .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`));
}

export async function measureSizes() {
  const budgetOf = new Map(budgets());
  const rows = [];
  for (const key of [...jsEntries(), 'dist/cdn/danish-clusters.js', 'dist/cdn/danish-clusters.iife.js']) {
    const file = entryFile(key);
    if (!file) throw new Error(`No built file for ${key}: run npm run build`);
    const code = key === 'danish-clusters/react' ? await bundleFile(file, { external: ['react', 'react/*'] }) : await bundledCode(key);
    const size = sizes(code);
    const budget = budgetOf.get(key) ?? null;
    rows.push({ entry: key, ...size, budget, withinBudget: budget === null ? null : size.gzip <= budget, note: NOTES[key] ?? null });
  }
  const floor = sizes(await bundleFile(join(root, 'bench/baselines/lit-floor.mjs')));
  const references = [
    { entry: 'Lit floor (bench/baselines/lit-floor.mjs)', ...floor, note: 'a trivial Lit element, bundled the same way' },
    { entry: 'static baseline page (bench/baselines/static-list.html)', ...sizes(readFileSync(join(root, 'bench/baselines/static-list.html'))), note: 'HTML with the markup and styles of 14 cards' },
    { entry: 'vanilla-DOM baseline (bench/pages/vanilla.mjs)', ...sizes(await bundleFile(join(root, 'bench/pages/vanilla.mjs'))), note: 'hand-written list + the JSON + the bench probe' },
  ];
  // Entries with a Lit element: what they add to the floor (the data, hydration and types entries hold none).
  const withoutElement = /\/(data|hydrate\.js|jsx)$/;
  for (const row of rows) row.overLitFloorGzip = withoutElement.test(row.entry) ? null : row.gzip - floor.gzip;
  return { entries: rows, references, litFloor: floor };
}
