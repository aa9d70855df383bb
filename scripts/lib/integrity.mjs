/**
 * `dist/cdn/integrity.json`: the Subresource Integrity string of every CDN file, with the package version.
 * A partner who loads an exact-version public-CDN URL copies the value into `integrity="…"`; the browser
 * then refuses any other bytes, so a compromised or altered CDN copy cannot run on the partner's page.
 * The values are of the files as built, which are the files npm publishes and jsDelivr or unpkg serve.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest's file name inside the CDN folder (it is not itself a CDN file, so it is never hashed). */
export const INTEGRITY_FILE = 'integrity.json';

/**
 * The SRI string of some bytes: `sha384-` and the base64 digest. SHA-384 because it is what the SRI
 * specification's examples and the public CDNs use; browsers accept sha256, sha384 and sha512.
 */
export function integrityOf(buffer) {
  return `sha384-${createHash('sha384').update(buffer).digest('base64')}`;
}

/**
 * The scripts in `cdnDir`, sorted by name. Found, not listed, so a new CDN entry gets its value
 * without a change here.
 */
export function cdnFiles(cdnDir) {
  return readdirSync(cdnDir)
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/**
 * Writes `integrity.json` into `cdnDir`: `{ version, algorithm, files: { "<name>.js": "sha384-…" } }`, and
 * returns that object. Run it after the CDN files are final: any later change to them breaks every
 * `integrity` attribute copied from it.
 */
export function writeIntegrity(cdnDir, version) {
  const files = Object.fromEntries(cdnFiles(cdnDir).map((file) => [file, integrityOf(readFileSync(join(cdnDir, file)))]));
  if (Object.keys(files).length === 0) throw new Error(`writeIntegrity: no .js files in ${cdnDir}`);
  const manifest = { version, algorithm: 'sha384', files };
  writeFileSync(join(cdnDir, INTEGRITY_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
