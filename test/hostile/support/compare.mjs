/**
 * Node-side comparison of two shadow layouts from pages/measure.js `shadowLayout()`: the same elements
 * in the same order, every box within `tolerance` px (or both not rendered), and (unless `colours` is
 * false) the same computed colours.
 */

/** Differences (at most `limit`, as text) and what was compared. */
export function compareLayouts(seen, expected, tolerance, { colours = true, limit = 12 } = {}) {
  const differences = [];
  let boxes = 0;
  let colourSets = 0;
  if (seen.length !== expected.length) {
    const at = seen.findIndex((entry, i) => entry.what !== expected[i]?.what);
    differences.push(`${seen.length} elements, expected ${expected.length} (first different: ${seen[at]?.what} vs ${expected[at]?.what})`);
    return { differences, boxes, colours: colourSets };
  }
  seen.forEach((entry, i) => {
    const other = expected[i];
    const where = `#${i} ${entry.what}`;
    if (entry.what !== other.what) differences.push(`${where}: expected ${other.what}`);
    if (entry.box === null || other.box === null) {
      if (entry.box !== other.box) differences.push(`${where}: box ${JSON.stringify(entry.box)}, expected ${JSON.stringify(other.box)}`);
    } else {
      if (entry.box.some((value, k) => Math.abs(value - other.box[k]) > tolerance)) {
        differences.push(`${where}: box ${JSON.stringify(entry.box)}, expected ${JSON.stringify(other.box)}`);
      }
      boxes += 1;
    }
    if (colours) {
      if (entry.colours !== other.colours) differences.push(`${where}: colours ${entry.colours}, expected ${other.colours}`);
      colourSets += 1;
    }
  });
  return { differences: differences.slice(0, limit), boxes, colours: colourSets };
}
