/**
 * The originality rule for our prose (descriptions, milestone titles, the about text): no run of 8 words
 * may be copied from the seed page or the fact base. Shared by test/node/data-facts.test.mjs and
 * test/node/about-text.test.mjs.
 */

/** Words as the rule defines them: lower-cased runs of letters (æ, ø, å included). */
export function words(text) {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

const N = 8;

/** Every run of N consecutive words in a text. */
export function shingles(text) {
  const w = words(text);
  const out = [];
  for (let i = 0; i + N <= w.length; i += 1) out.push(w.slice(i, i + N).join(' '));
  return out;
}

/** Every string value in a JSON value (the fact base's prose, names and notes). */
export function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

/** A function listing the 8-word runs of a text that also occur in any of `sources`. */
export function copiedRunsFrom(sources) {
  const forbidden = new Set(sources.flatMap((text) => shingles(text)));
  return (text) => [...new Set(shingles(text).filter((s) => forbidden.has(s)))];
}
