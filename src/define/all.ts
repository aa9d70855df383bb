/** Registers every element of the library. */
import './cluster-card.js';
import './cluster-list.js';
