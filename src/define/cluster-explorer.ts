/** Registers `<cluster-explorer>`. Importing this module is its only effect. */
import { ClusterExplorer } from '../components/cluster-explorer/cluster-explorer.js';

ClusterExplorer.define('cluster-explorer');

export { ClusterExplorer };
