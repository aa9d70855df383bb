/**
 * The generated half of the bad-data corpus: schema-valid datasets from fast-check (schema-arbitrary.mjs), each
 * mutated once (mutations.mjs), the kinds taken in turn so each gets its share. Fixed seed: the same cases every
 * run. Each case carries its input as JSON text and its expectation: for a valid one, the exact clean copy and
 * the dropped URL paths (oracle.mjs); for a rejected one, the path of the error.
 */
import fc from 'fast-check';
import { MUTATIONS, MUTATION_KINDS } from './mutations.mjs';
import { datasetArbitrary } from './schema-arbitrary.mjs';
import { expectedClean } from './oracle.mjs';

export function generatedCases({ seed, count }) {
  const samples = fc.sample(fc.tuple(datasetArbitrary, fc.array(fc.nat(), { minLength: 24, maxLength: 24 })), { seed, numRuns: count });
  return samples.map(([base, picks], index) => {
    const kind = MUTATION_KINDS[index % MUTATION_KINDS.length];
    let next = 0;
    const pick = (n) => (n <= 1 ? 0 : picks[next++ % picks.length] % n);
    const { input, expect } = MUTATIONS[kind](structuredClone(base), pick);
    const json = JSON.stringify(input);
    const parsed = JSON.parse(json);
    let expectation;
    if (expect.valid) {
      const { clean, dropped } = expectedClean(parsed);
      const declared = expect.dropped ?? [];
      if (JSON.stringify(dropped) !== JSON.stringify(declared)) {
        throw new Error(`corpus bug in case ${index} (${kind}): the oracle drops ${JSON.stringify(dropped)}, the mutation says ${JSON.stringify(declared)}`);
      }
      expectation = { valid: true, clean, dropped };
    } else {
      expectation = { valid: false, errorPath: expect.errorPath, dropped: [] };
    }
    return { id: `generated #${index} (${kind})`, origin: 'generated', kind, channels: ['clusters', 'data'], json, expect: expectation };
  });
}
