/**
 * First render of `<cluster-list>` from the self-contained CDN file (all six elements, what a script-tag
 * partner loads), bundled data; same marks as list.mjs except `data` (the CDN file is one module).
 */
import '../../dist/cdn/danish-clusters.js';
import { firstRender, settled } from './probe.mjs';

firstRender(async () => {
  const list = await settled(document.querySelector('cluster-list'));
  return list.shadowRoot.querySelectorAll('article.card');
});
