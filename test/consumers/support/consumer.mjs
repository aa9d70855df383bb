/**
 * Real consumers of the package: a committed fixture (its own package.json and lock file, which pin
 * everything except danish-clusters) is copied to a fresh temporary folder, installed with `npm ci`, and
 * given the freshly packed tarball of this repository with `npm install --no-save` — never a lock entry
 * for it, which would let npm reuse a stale cached copy. Then the installed copy is checked to be the
 * fresh one: a real folder (no link into the source tree), this version, these bytes.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * The tarball of the current build: `npm test` packs once and passes it in DANISH_CLUSTERS_TARBALL;
 * run alone, a test file packs its own (dist/ must be built).
 */
export function packedTarball() {
  if (process.env.DANISH_CLUSTERS_TARBALL) return process.env.DANISH_CLUSTERS_TARBALL;
  const destination = mkdtempSync(join(tmpdir(), 'danish-clusters-pack-'));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], root));
  return join(destination, filename);
}

/** A fresh, installed copy of fixture `name` with the packed package in it; returns its folder. */
export function prepareConsumer(name, tarball = packedTarball()) {
  const dir = mkdtempSync(join(tmpdir(), `consumer-${name}-`));
  cpSync(join(fixtures, name), dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  npm(['ci', '--prefer-offline'], dir);
  npm(['install', '--no-save', '--prefer-offline', tarball], dir);
  const installed = join(dir, 'node_modules', pkg.name);
  assert.ok(!lstatSync(installed).isSymbolicLink(), `${installed} must be a copy, not a link into the source tree`);
  assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, pkg.version);
  for (const file of readdirSync(join(root, 'dist/cdn')).filter((f) => f.endsWith('.js'))) {
    assert.equal(sha256(join(installed, 'dist/cdn', file)), sha256(join(root, 'dist/cdn', file)), `stale dist/cdn/${file} installed`);
  }
  return dir;
}

/** Runs an npm script of the consumer (its build), failing with its output. */
export function runScript(dir, script) {
  return npm(['run', script], dir);
}
