/**
 * Synthetic datasets for the scale benchmark: record i is a copy of real record i mod 14 with a unique id
 * (`<id>-<copy>`) and name (`<name> <copy>`), so every record passes the gate (unique ids, every field as in the
 * real data) and search, sort and render see realistic text. Nested values (descriptions, locations, sources)
 * are shared with the real record, as parsed JSON of repetitive data would not be: the input stays small, and
 * what the heap measurement sees beyond the input is the element's own (the gate's copy, the search index,
 * the rendered window).
 */
export function synthesize(dataset, n) {
  const real = dataset.clusters;
  const clusters = new Array(n);
  for (let i = 0; i < n; i++) {
    const record = real[i % real.length];
    const copy = Math.floor(i / real.length) + 1;
    clusters[i] = { ...record, id: `${record.id}-${copy}`, name: `${record.name} ${copy}` };
  }
  return { version: 1, asOf: dataset.asOf, clusters, strengthAreas: dataset.strengthAreas, regions: dataset.regions };
}
