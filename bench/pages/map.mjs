/**
 * The map page: first render of `<cluster-map>` (npm entry bundled with Lit, bundled data; same protocol as
 * the list: the markers are the items), then, driven by bench/lib/map.mjs:
 * - `bench.select(k)`: clicks the k-th single marker (as a visitor does); timed from the click to the
 *   element's update (script) and to the next paint.
 * - `bench.resize(width)`: sets the width of the map's container; the map's ResizeObserver regroups the
 *   markers for the new width and renders. Timed from the style change to the update and to the paint of the
 *   frame that shows the regrouped markers.
 */
import '../../dist/cluster-map.js';
import { afterPaint, firstRender, settled } from './probe.mjs';

const map = () => document.querySelector('cluster-map');
const pins = () => map().shadowRoot.querySelectorAll('.pin');

firstRender(async () => {
  await settled(map());
  return pins();
});

window.bench = {
  async select(k) {
    const markers = [...map().shadowRoot.querySelectorAll('.pin[part=marker]')];
    const marker = markers[k % markers.length];
    const start = performance.now();
    marker.click();
    await settled(map());
    const update = performance.now() - start;
    const paint = (await afterPaint()) - start;
    return { update, paint, selected: map().selected, markers: markers.length };
  },
  resize(width) {
    const box = map().shadowRoot.querySelector('.box');
    const before = pins().length;
    return new Promise((resolve, reject) => {
      let start;
      // A second observer on the same box: observers are notified in creation order, so when this one runs
      // the map's own has already measured and asked for its update. A message posted here is delivered after
      // the frame in which the regrouped markers are laid out and painted.
      const observer = new ResizeObserver(async () => {
        observer.disconnect();
        const observed = performance.now();
        const painted = new Promise((done) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(null);
        });
        await settled(map());
        const update = performance.now() - start;
        const paint = (await painted) - start;
        resolve({ update, paint, observedAfter: observed - start, pinsBefore: before, pinsAfter: pins().length });
      });
      start = performance.now();
      document.querySelector('#frame').style.width = `${width}px`;
      observer.observe(box);
      setTimeout(() => reject(new Error('resize: no ResizeObserver callback within 2 s')), 2000);
    });
  },
};
