/**
 * The code blocks marked `<!-- from: path -->` in the README (and `{/* from: path *\/}` in the Storybook
 * guides) are excerpts of that file, which a consumer test builds and runs: every non-empty line of the
 * block (trimmed) is a line of the file, in the same order. So a snippet a partner copies is code that ran
 * in `npm test`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guides = readdirSync(join(root, 'stories/guides')).filter((file) => file.endsWith('.mdx'));
const documents = ['README.md', ...guides.map((file) => `stories/guides/${file}`)];
const snippets = documents.flatMap((document) =>
  [...readFileSync(join(root, document), 'utf8').matchAll(/(?:<!-- from: (\S+) -->|\{\/\* from: (\S+) \*\/\})\s*```\w*\n([\s\S]*?)```/g)].map(
    ([, html, mdx, block]) => ({ document, path: html ?? mdx, block }),
  ),
);
const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

test('the README and the getting-started guide mark their snippets with the files they come from', () => {
  assert.ok(snippets.filter((s) => s.document === 'README.md').length >= 8, 'README snippets');
  assert.ok(snippets.filter((s) => s.document.endsWith('getting-started.mdx')).length >= 8, 'guide snippets');
});

for (const { document, path, block } of snippets) {
  test(`${document}: the snippet from ${path} is an excerpt of that file`, () => {
    const file = lines(readFileSync(join(root, path), 'utf8'));
    let at = 0;
    for (const line of lines(block)) {
      const found = file.indexOf(line, at);
      assert.ok(found >= 0, `"${line}" is not in ${path} (after line ${at})`);
      at = found + 1;
    }
  });
}

test("the README's Content Security Policy is the one the hostile-page suite sends", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.match(/\*\*The Content Security Policy that works\*\*[^`]*```\n([\s\S]*?)```/)?.[1];
  const sent = readFileSync(join(root, 'test/hostile/support/pages.mjs'), 'utf8').match(/export const CSP =\s*"([^"]+)"/)?.[1];
  assert.ok(sent, 'the CSP constant of test/hostile/support/pages.mjs');
  assert.equal(block?.replace(/\s+/g, ' ').trim(), sent);
});
