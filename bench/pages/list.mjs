/**
 * First render of `<cluster-list>` from the npm entry (`danish-clusters/cluster-list.js` bundled with Lit, as
 * an app would ship it), bundled data. Marks: eval (first statement, a bundle banner) → data (gate done) →
 * defined (all modules evaluated, the element registered and upgraded) → content (14 cards in the shadow DOM
 * and laid out) → painted.
 */
import { dataReady } from './data-mark.mjs';
import '../../dist/cluster-list.js';
import { firstRender, settled } from './probe.mjs';

// `dataReady` is passed along only so the bundler keeps data-mark.mjs (bench/ files count as side-effect free).
firstRender(async () => {
  const list = await settled(document.querySelector('cluster-list'));
  return list.shadowRoot.querySelectorAll('article.card');
}, dataReady);
