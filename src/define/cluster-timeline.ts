/** Registers `<cluster-timeline>`. Importing this module is its only effect. */
import { ClusterTimeline } from '../components/cluster-timeline/cluster-timeline.js';

ClusterTimeline.define('cluster-timeline');

export { ClusterTimeline };
