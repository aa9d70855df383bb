/**
 * The bench site: every timed page bundled and written to a temporary folder, served on loopback by the test
 * suite's static server.
 * - Page scripts (bench/pages/*.mjs) are bundled by esbuild like the size measurement bundles an entry (one
 *   minified ES module with Lit's production build, no chunks), with a banner whose first statement marks
 *   `bench:eval`: the moment the module's evaluation starts.
 * - Pages marked `profile` are also built unminified, with a CPU profile around their first render.
 * - Every page uses the one shell of bench/pages/shell.mjs; the static baseline is the committed
 *   bench/baselines/static-list.html.
 * - The partner page is bench/partner/index.html with dist/cdn/danish-clusters.js at /assets/, served
 *   gzip-compressed (as any web server would; Lighthouse counts transfer sizes).
 * Files are served without cache headers, so every navigation fetches and compiles its script afresh: all
 * pages pay the same network and compile costs in every run.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from '../../test/support/static-server.mjs';
import { pageShell } from '../pages/shell.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const root = here('../../');

/**
 * Page name → { script: bench/pages/<script>.mjs, body } or { file } (a committed page). `profile`: also built
 * unminified with a CPU profile around its first render, as <name>-profile.html (bench/lib/profile.mjs).
 */
export const PAGES = {
  static: { file: here('../baselines/static-list.html') },
  vanilla: { script: 'vanilla', body: '<cluster-list></cluster-list>' },
  list: { script: 'list', body: '<cluster-list></cluster-list>', profile: true },
  'list-cdn': { script: 'list-cdn', body: '<cluster-list></cluster-list>' },
  map: { script: 'map', body: '<style>#frame { width: 800px; }</style>\n<div id="frame"><cluster-map></cluster-map></div>' },
  explorer: { script: 'explorer', body: '<cluster-explorer></cluster-explorer>', profile: true },
  scale: { script: 'scale', body: '', profile: true },
  cycles: { script: 'cycles', body: '<div id="host"></div>' },
  blank: { body: '' },
};

const scripts = (filter) =>
  Object.fromEntries(
    Object.values(PAGES)
      .filter((page) => page.script && filter(page))
      .map((page) => [page.script, here(`../pages/${page.script}.mjs`)]),
  );

/** Bundles the page scripts into `dir`; retries once, since another `npm run build` may be rewriting dist/. */
async function bundlePages(dir) {
  const shared = { bundle: true, format: 'esm', target: 'es2022', loader: { '.css': 'text' }, logLevel: 'silent', absWorkingDir: root };
  const builds = [
    // As shipped: minified, one module per page; the banner marks the start of evaluation.
    { ...shared, entryPoints: scripts(() => true), outdir: join(dir, 'js'), minify: true, banner: { js: 'performance.mark("bench:eval");' } },
    // For profiles: unminified (readable function names); the banner starts the CPU profile.
    { ...shared, entryPoints: scripts((page) => page.profile), outdir: join(dir, 'js/profile'), minify: false, banner: { js: 'globalThis.__benchProfile = true; console.profile("bench"); performance.mark("bench:eval");' } },
  ];
  for (const options of builds) {
    try {
      await build(options);
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await build(options).catch(() => {
        throw error;
      });
    }
  }
}

/** Builds the site and starts the server; returns { url, close }. */
export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'danish-clusters-bench-'));
  await bundlePages(dir);
  const shell = (name, body, script) =>
    pageShell({ title: `bench: ${name}`, body: script ? `${body}\n<script type="module" src="${script}"></script>` : body });
  for (const [name, page] of Object.entries(PAGES)) {
    writeFileSync(join(dir, `${name}.html`), page.file ? readFileSync(page.file, 'utf8') : shell(name, page.body, page.script && `js/${page.script}.js`));
    if (page.profile) writeFileSync(join(dir, `${name}-profile.html`), shell(`${name} (profile)`, page.body, `js/profile/${page.script}.js`));
  }
  mkdirSync(join(dir, 'partner'));
  copyFileSync(here('../partner/index.html'), join(dir, 'partner/index.html'));
  const cdn = readFileSync(join(root, 'dist/cdn/danish-clusters.js'));
  const pages = new Map([
    ['/assets/danish-clusters.js', {
      body: gzipSync(cdn, { level: 9 }),
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'gzip' },
    }],
  ]);
  const server = await serve(dir, pages);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
