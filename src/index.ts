/**
 * `danish-clusters`: the element classes, the data API and the types. No side effects: importing this
 * registers nothing (import `danish-clusters/all.js` or `danish-clusters/<element>.js` for that).
 */
export { ClusterElement, type Theme } from './internal/base-element.js';
export { ClusterCard, type CardVariant } from './components/cluster-card/cluster-card.js';
export { ClusterList, type ListLayout } from './components/cluster-list/cluster-list.js';
export { ClusterMap } from './components/cluster-map/cluster-map.js';
export { ClusterExplorer } from './components/cluster-explorer/cluster-explorer.js';
export { ClusterAbout } from './components/cluster-about/cluster-about.js';
export { ClusterTimeline, type TimelineLayout } from './components/cluster-timeline/cluster-timeline.js';
export * from './data/index.js';
export type {
  ClusterEventMap,
  ClusterSelectDetail,
  ClusterFilterChangeDetail,
  ClusterDataLoadDetail,
  ClusterDataErrorDetail,
} from './internal/events.js';
export type { Language } from './i18n/strings.js';
