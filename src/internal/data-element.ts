import type { PropertyDeclarations, PropertyValues } from 'lit';
import { integerValue } from './attribute-values.js';
import { ClusterElement } from './base-element.js';
import { DataController, DEFAULT_TIMEOUT } from './data-controller.js';

/**
 * The base of the data-bearing elements (card, list, map, explorer): `src`, `timeout` and the `clusters`
 * property, and the one data controller that loads, gates and holds what they show. Not registered.
 */
export class DataElement extends ClusterElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    timeout: { type: Number },
    clusters: { attribute: false },
  };

  /** URL of a JSON file in the dataset shape (cross-origin needs CORS); default: the bundled data. */
  declare src: string | undefined;
  /** Milliseconds to wait for `src` before falling back to the bundled data (default 10000). */
  declare timeout: number | undefined;
  /** A dataset or an array of clusters to show; wins over `src`. */
  declare clusters: unknown;

  protected readonly store = new DataController(this, (type, detail) => this.emit(type, detail));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('clusters') || (changed.has('timeout') && this.src)) {
      // Whole milliseconds that setTimeout can hold; anything else is the default, with one warning.
      const timeout = integerValue(this, 'timeout', this.timeout, 1, 2 ** 31 - 1, DEFAULT_TIMEOUT);
      this.store.setSource({ clusters: this.clusters, src: this.src ?? null, timeout });
    }
  }
}
