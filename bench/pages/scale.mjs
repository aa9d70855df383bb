/**
 * The scale page: `<cluster-list>` over 1,000 / 10,000 / 100,000 synthetic clusters (synthetic.mjs), driven by
 * bench/lib/scale.mjs. `bench.render()` times from handing the data to a new element (the `clusters` property,
 * then attaching it) to the first paint of the (windowed) cards; a keystroke is timed from its keydown event's
 * timestamp to the first paint after the list's filtered update (`bench.keys`). Also exposes the query alone
 * (`bench.query`), to tell search-and-sort time from render time.
 */
import '../../dist/cluster-list.js';
import { acceptClusterData, buildSearchIndex, dataset, matchesQuery, queryClusters, searchWords } from '../../dist/data.js';
import { afterPaint, settled } from './probe.mjs';
import { synthesize } from './synthetic.mjs';

let data;
let list;
let index;
let pending;
const keys = [];
/**
 * The browser's own measure as a cross-check: Event Timing (keydown to the next paint, the INP definition),
 * per interaction the longest entry. Chromium reports only entries of at least 16 ms, rounded to 8 ms.
 */
const interactions = new Map();
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (!entry.interactionId) continue;
    const interaction = interactions.get(entry.interactionId) ?? { duration: 0 };
    interaction.duration = Math.max(interaction.duration, entry.duration);
    if (entry.name === 'keydown') interaction.start = entry.startTime;
    interactions.set(entry.interactionId, interaction);
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });

const count = () => list.shadowRoot.querySelector('.count')?.textContent.trim();

addEventListener('keydown', (event) => {
  pending = { key: event.key, start: event.timeStamp };
}, true);
// Bubble phase on the window: the list's own input handler (inside its shadow root) has already run.
addEventListener('input', async () => {
  const keystroke = pending;
  pending = undefined;
  if (!keystroke || !list) return;
  await settled(list);
  keystroke.update = performance.now() - keystroke.start;
  keystroke.paint = (await afterPaint()) - keystroke.start;
  keystroke.count = count();
  keys.push(keystroke);
});

window.bench = {
  generate(n) {
    data = synthesize(dataset, n);
    return data.clusters.length;
  },
  async render() {
    list = document.createElement('cluster-list');
    let error;
    list.addEventListener('cluster-data-error', (event) => (error = event.detail.message));
    const start = performance.now();
    list.clusters = data;
    document.body.append(list);
    await settled(list);
    const update = performance.now() - start;
    const cards = list.shadowRoot.querySelectorAll('article.card');
    cards[cards.length - 1]?.getBoundingClientRect();
    const paint = (await afterPaint()) - start;
    if (error) throw new Error(`the gate rejected the synthetic data: ${error}`);
    return { update, paint, cards: list.shadowRoot.querySelectorAll('article.card').length, count: count() };
  },
  keys,
  /** Keystrokes so far, with the browser's Event Timing duration where it reported one. */
  keystrokes() {
    const all = [...interactions.values()];
    return keys.map((k) => ({ ...k, eventTiming: all.find((i) => Math.abs(i.start - k.start) < 1)?.duration ?? null }));
  },
  /** The element's query alone (filter and sort over its gated data, search index already built), in ms. */
  query(text, repeat = 5) {
    const times = [];
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      queryClusters({ query: text, lang: 'da' }, list.store.data);
      times.push(performance.now() - start);
    }
    return times;
  },
  /** The gate alone (validate, copy and freeze every record: what `clusters` runs first), in ms. */
  gate() {
    const start = performance.now();
    const result = acceptClusterData(data);
    if (!result.ok) throw new Error('the gate rejected the synthetic data');
    return performance.now() - start;
  },
  /** The substring filter alone over a search index like the element's (built once here, not timed), in ms. */
  filter(text, repeat = 5) {
    index ??= buildSearchIndex(list.store.data.clusters, list.store.data);
    const words = searchWords(text);
    const times = [];
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      index.filter((entry) => matchesQuery(entry, words));
      times.push(performance.now() - start);
    }
    return times;
  },
};
