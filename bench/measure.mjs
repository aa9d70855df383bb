/**
 * The one measuring module for byte sizes, used by the budget tests and by `npm run bench`: an entry
 * (a package specifier such as `danish-clusters/data`, or a built file such as `dist/cdn/…`) is bundled
 * and minified with its dependencies and Lit (production build) by esbuild, then compressed.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The built file behind a budget key, or undefined when that entry does not exist (yet). */
export function entryFile(key) {
  if (key.startsWith('dist/')) return existsSync(join(root, key)) ? join(root, key) : undefined;
  const subpath = key === pkg.name ? '.' : `.${key.slice(pkg.name.length)}`;
  const target = pkg.exports?.[subpath];
  const file = typeof target === 'string' ? target : target?.default;
  return file && existsSync(join(root, file)) ? join(root, file) : undefined;
}

/** The entry's code bundled and minified with everything it imports (already-bundled CDN files as they are). */
export async function bundledCode(key) {
  const file = entryFile(key);
  if (!file) throw new Error(`No built file for ${key}: run npm run build`);
  if (key.startsWith('dist/cdn/')) return readFileSync(file);
  return bundleFile(file);
}

/**
 * Any module file bundled and minified the same way (the bench's Lit floor and baselines). `external`: bare
 * specifiers left out (for a wrapper entry whose framework is a peer dependency).
 */
export async function bundleFile(file, { external = [] } = {}) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    loader: { '.css': 'text' },
    external,
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Raw, gzip -9 and brotli (max quality) sizes of some code. */
export function sizes(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The budgets of bench/budgets.json, without the comment. */
export function budgets() {
  const all = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
  return Object.entries(all).filter(([key]) => !key.startsWith('$'));
}
