#!/usr/bin/env node
/**
 * `npm run build`: the npm package in dist/, the two CDN files in dist/cdn/, the type declarations
 * and custom-elements.json. Entries are found, not listed: every registering module in src/define/
 * becomes `danish-clusters/<name>.js`, so a new element needs no change here.
 */
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from './lib/minify-css.mjs';
import { minifyLitHtml } from './lib/minify-html.mjs';
import { generateManifest } from './manifest.mjs';
import { writeEditorData } from './editor-data.mjs';
import { writeIntegrity } from './lib/integrity.mjs';

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
  // react: the @lit/react wrappers; jsx: types only (its JS module is empty, so bundlers resolve it);
  // hydrate: Lit's hydration support, for server-rendered pages.
  const entry = {
    index: 'src/index.ts',
    data: 'src/data/index.ts',
    react: 'src/react/index.ts',
    jsx: 'src/jsx/index.ts',
    hydrate: 'src/hydrate.ts',
  };
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
        // 'use client' at the top of src/react is meant to stay in dist/react.js (rolldown keeps it, but warns).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client" in "src/react/')) return;
          handler(level, log);
        },
        external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^react(\/.*)?$/],
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
  // From the fresh manifest: VS Code custom data and JetBrains web-types; then the CDN files' SRI hashes.
  writeEditorData(root);
  writeIntegrity(join(dist, 'cdn'), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('build: dist/ and custom-elements.json written');
}
