/** Byte budgets (bench/budgets.json) for every entry that exists; deterministic, so they are tests. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets, bundledCode, entryFile, sizes } from '../../bench/measure.mjs';

for (const [key, budget] of budgets()) {
  if (!entryFile(key)) continue; // the budget's test arrives with its entry (no skipped test)
  test(`${key} is within its budget of ${budget} bytes gzip`, async () => {
    const { gzip } = sizes(await bundledCode(key));
    assert.ok(gzip <= budget, `${key}: ${gzip} bytes gzip > budget ${budget}`);
  });
}
