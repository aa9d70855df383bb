/**
 * The built CDN files (`npm run build`), read once per test file and then served from memory, so a
 * rebuild of dist/ by someone else during the run cannot pull a file from under a page. Reading waits
 * while a build is rewriting a file (its size must hold still over a quarter second).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
/** URL paths of the ES bundle and the IIFE (the same paths as in dist/). */
export const ES = '/dist/cdn/danish-clusters.js';
export const IIFE = '/dist/cdn/danish-clusters.iife.js';
/** The library's version (package.json): each copy's define() warning and `static version` carry it. */
export const VERSION = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Size of `file`, or -1 while it is missing. */
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/** A built file (URL path such as `ES`), once it exists and has stopped changing. */
export async function readBuilt(path) {
  const file = fileURLToPath(new URL(`../../..${path}`, import.meta.url));
  for (let attempt = 0; attempt < 240; attempt++) {
    const size = sizeOf(file);
    await sleep(250);
    if (size > 0 && sizeOf(file) === size) {
      try {
        const text = readFileSync(file, 'utf8');
        if (Buffer.byteLength(text) === size) return text;
      } catch {
        // Removed between the two looks: try again.
      }
    }
  }
  throw new Error(`${path} is missing: run \`npm run build\` first`);
}
