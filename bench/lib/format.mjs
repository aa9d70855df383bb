/** Number formatting shared by the two reports (RESULTS.md and the README section). */

/** A number with `digits` decimals, or "–" when missing. */
export const fmt = (value, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : Number(value).toFixed(digits);

/** Bytes as kB (1,024 bytes) with one decimal. */
export const kB = (bytes) => (bytes / 1024).toFixed(1);
