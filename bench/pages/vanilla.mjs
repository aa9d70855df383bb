/**
 * First render of the hand-written vanilla-DOM list (bench/baselines/vanilla-list.mjs) from the same JSON the
 * library bundles, into the same `<cluster-list>` host (undefined here: a plain element with a shadow root).
 * Same marks as list.mjs except `data`: it has no data step apart from evaluating the JSON with its modules.
 */
import data from '../../src/data/clusters.json';
import { renderVanillaList } from '../baselines/vanilla-list.mjs';
import { firstRender } from './probe.mjs';

firstRender(() => renderVanillaList(document.querySelector('cluster-list'), data));
