/**
 * Strings of any Unicode code point (control characters, astral planes, unassigned ones), as fast-check's
 * `unit: 'binary'` gives them, without its start-up cost (building that arbitrary takes over a second).
 */
import fc from 'fast-check';

const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((point) => point < 0xd800 || point > 0xdfff)
  .map((point) => String.fromCodePoint(point));

export const unicodeString = (maxLength) => fc.string({ unit: codePoint, maxLength });
