/**
 * The README's code blocks marked `<!-- from: path -->` are excerpts of that file, which a consumer test
 * builds and runs: every non-empty line of the block (trimmed) is a line of the file, in the same order.
 * So a snippet a partner copies is code that ran in `npm test`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/<!-- from: (\S+) -->\s*```\w*\n([\s\S]*?)```/g)];
const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

test('the README marks its snippets with the files they come from', () => {
  assert.ok(snippets.length >= 8, `${snippets.length} marked snippets`);
});

for (const [, path, block] of snippets) {
  test(`README snippet from ${path} is an excerpt of that file`, () => {
    const file = lines(readFileSync(join(root, path), 'utf8'));
    let at = 0;
    for (const line of lines(block)) {
      const found = file.indexOf(line, at);
      assert.ok(found >= 0, `"${line}" is not in ${path} (after line ${at})`);
      at = found + 1;
    }
  });
}
