#!/usr/bin/env node
/**
 * `npm run build`: the npm package in dist/, the two CDN files in dist/cdn/, the type declarations
 * and custom-elements.json. Entries are found, not listed: every registering module in src/define/
 * becomes `danish-clusters/<name>.js`, so a new element needs no change here.
 */
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from './lib/minify-css.mjs';
import { minifyLitHtml } from './lib/minify-html.mjs';
import { generateManifest } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const CDN_ENTRY = 'cdn';

/** Registering modules (`src/define/<name>.ts`), except the CDN entry which bundles them all. */
export function defineEntries() {
  return readdirSync(join(root, 'src/define'))
    .filter((file) => file.endsWith('.ts') && basename(file, '.ts') !== CDN_ENTRY)
    .map((file) => basename(file, '.ts'));
}

const shared = {
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [minifyLitCss(), minifyLitHtml()],
  // Lit's production build; the dev build's warnings are for the library's own test run.
  resolve: { conditions: ['production'] },
};

async function buildPackage() {
  const entry = { index: 'src/index.ts', data: 'src/data/index.ts' };
  for (const name of defineEntries()) entry[name] = `src/define/${name}.ts`;
  await build({
    ...shared,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//],
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

async function buildCdn(format) {
  await build({
    ...shared,
    build: {
      outDir: join(dist, 'cdn'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: {
        entry: `src/define/${CDN_ENTRY}.ts`,
        formats: [format],
        name: 'DanishClusters',
        fileName: () => (format === 'iife' ? 'danish-clusters.iife.js' : 'danish-clusters.js'),
      },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}

export async function buildAll() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await buildPackage();
  await buildCdn('es');
  await buildCdn('iife');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const file of ['clusters.json', 'clusters.schema.json']) cpSync(join(root, 'src/data', file), join(dist, file));
  generateManifest(root);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('build: dist/ and custom-elements.json written');
}
