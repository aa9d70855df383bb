/** Registers every element of the library. */
import './cluster-card.js';
import './cluster-list.js';
import './cluster-map.js';
import './cluster-about.js';
import './cluster-explorer.js';
import './cluster-timeline.js';
