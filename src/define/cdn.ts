/**
 * The CDN bundle (`dist/cdn/danish-clusters.js` and the IIFE `DanishClusters`): registers every element
 * and exposes the classes and the data API.
 */
import './all.js';

export * from '../index.js';
