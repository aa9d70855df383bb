/** Registers `<cluster-map>`. Importing this module is its only effect. */
import { ClusterMap } from '../components/cluster-map/cluster-map.js';

ClusterMap.define('cluster-map');

export { ClusterMap };
