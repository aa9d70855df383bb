/** Registers `<cluster-card>`. Importing this module is its only effect. */
import { ClusterCard } from '../components/cluster-card/cluster-card.js';

ClusterCard.define('cluster-card');

export { ClusterCard };
