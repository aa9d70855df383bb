/** The committed custom-elements.json equals a fresh generation from the source (made in a temp folder). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateManifest } from '../../scripts/manifest.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json is up to date (run npm run build and commit it)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    const fresh = readFileSync(generateManifest(folder), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    assert.deepEqual(JSON.parse(committed), JSON.parse(fresh));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
