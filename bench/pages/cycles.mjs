/**
 * The lifecycle page: `bench.cycles(k)` mounts a new `<cluster-explorer>` (bundled data), waits for its first
 * render and the frame after it (so layout, the map's ResizeObserver and its regrouping run as on a real page),
 * then removes it; k times. bench/lib/lifecycle.mjs measures the heap between batches.
 */
import '../../dist/cluster-explorer.js';
import { afterPaint, settled } from './probe.mjs';

window.bench = {
  async cycles(k) {
    const host = document.querySelector('#host');
    const times = [];
    for (let i = 0; i < k; i++) {
      const start = performance.now();
      const explorer = document.createElement('cluster-explorer');
      host.append(explorer);
      await settled(explorer);
      await afterPaint();
      if (!explorer.shadowRoot.querySelector('article.card')) throw new Error('the explorer rendered no card');
      explorer.remove();
      times.push(performance.now() - start);
    }
    return times;
  },
};
