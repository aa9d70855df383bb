/**
 * The Lit floor of the size table: a trivial element (one style rule, one paragraph), bundled and compressed
 * exactly as every entry (bench/measure.mjs). What any Lit-based element costs before it does anything; an
 * entry's size minus this is what the library adds.
 */
import { css, html, LitElement } from 'lit';

class LitFloor extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  render() {
    return html`<p>Hej</p>`;
  }
}

customElements.define('lit-floor', LitFloor);
