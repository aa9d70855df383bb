/**
 * Before the build: the committed custom-elements.json equals a fresh generation from the source (made in
 * a temp folder), and the committed editor data, React wrappers and JSX types equal a generation from it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { staleEditorFiles } from '../../scripts/editor-data.mjs';
import { writeReact } from '../../scripts/build-react.mjs';
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

test('the committed editor data (VS Code, web-types) is generated from that manifest (run npm run build)', () => {
  assert.deepEqual(staleEditorFiles(root), []);
});

test('the committed React wrappers and JSX types are generated from that manifest (node scripts/build-react.mjs)', () => {
  assert.deepEqual(writeReact({ dir: root, check: true }), []);
});
