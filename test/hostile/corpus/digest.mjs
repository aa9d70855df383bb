/**
 * Long strings (1 MB names, big payloads) and whole renderings are compared by length and hash instead of being
 * sent between the page and the test process. Used on both sides: the page probes import it, and so do the checks.
 */
export const DIGEST_ABOVE = 4000;

/** FNV-1a over UTF-16 code units, as hex. */
export function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16);
}

/** The text itself when short; else `length#hash`. Non-strings pass through. */
export function digest(text) {
  return typeof text !== 'string' || text.length <= DIGEST_ABOVE ? text : `${text.length}#${hash(text)}`;
}

/** The start of a text, enough to check what it begins with. */
export const head = (text) => (typeof text === 'string' ? text.slice(0, DIGEST_ABOVE) : text);
