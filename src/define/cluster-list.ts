/** Registers `<cluster-list>`. Importing this module is its only effect. */
import { ClusterList } from '../components/cluster-list/cluster-list.js';

ClusterList.define('cluster-list');

export { ClusterList };
