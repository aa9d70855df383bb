/** Registers `<cluster-about>`. Importing this module is its only effect. */
import { ClusterAbout } from '../components/cluster-about/cluster-about.js';

ClusterAbout.define('cluster-about');

export { ClusterAbout };
