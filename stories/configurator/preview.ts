/**
 * The configurator's live preview: the library element itself, created fresh with exactly the attributes
 * the snippet writes (no markup parsing, no `unsafeHTML`). test/integration/configurator.test.mjs bundles this
 * file and renders each configuration through it, to compare with the snippet alone in a blank page.
 */
import type { ElementName, EmbedAttribute } from './snippet.js';

/** A new, unconnected `element` with `attributes` set (a bare boolean attribute gets the empty value). */
export function previewElement(doc: Document, element: ElementName, attributes: readonly EmbedAttribute[]): HTMLElement {
  const created = doc.createElement(element);
  for (const [name, value] of attributes) created.setAttribute(name, value === true ? '' : value);
  return created;
}
