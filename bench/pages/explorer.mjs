/**
 * First render of `<cluster-explorer>` (npm entry bundled with Lit, bundled data), for the CPU profile of
 * bench/lib/profile.mjs: the explorer is what the partner page's Lighthouse run spends its main thread on.
 */
import '../../dist/cluster-explorer.js';
import { firstRender, settled } from './probe.mjs';

firstRender(async () => {
  const explorer = await settled(document.querySelector('cluster-explorer'));
  return explorer.shadowRoot.querySelectorAll('article.card');
});
