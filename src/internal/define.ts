/** Tags this copy of the library found already taken; reported in one warning. */
const takenTags: string[] = [];
let warningQueued = false;

function reportTakenTags(): void {
  console.warn(
    `danish-clusters: ${takenTags.join(', ')} already defined by other code; this copy did not replace ` +
      'it. Elements that are defined keep working (they render no other element’s tag).',
  );
}

/**
 * Registers `constructor` as `tag` and never throws: when the tag is already taken by another class (an
 * older copy of the library, or a foreign element), this copy leaves it alone and warns — at most once
 * per loaded copy, naming every taken tag. Registering the same class twice is silent.
 * Returns whether `tag` now belongs to `constructor`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing === constructor) return true;
  if (!existing) {
    try {
      customElements.define(tag, constructor);
      return true;
    } catch {
      // The class is registered under another tag already: treated like a taken tag.
    }
  }
  takenTags.push(tag);
  if (!warningQueued) {
    warningQueued = true;
    // Registering modules define several tags in one go; one warning names them all.
    queueMicrotask(reportTakenTags);
  }
  return false;
}
