/** A plain TypeScript consumer: element classes, data API, event types and a registering module, no React. */
import { ClusterCard, ClusterList, type ClusterSelectDetail, type Theme } from 'danish-clusters';
import { clusters, queryClusters } from 'danish-clusters/data';
import 'danish-clusters/all.js';

const list = document.createElement('cluster-list');
list.status = 'active';
const theme: Theme = 'dark';
list.theme = theme;
list.addEventListener('cluster-select', (event) => {
  const detail: ClusterSelectDetail = event.detail;
  console.log(detail.id, detail.cluster.name);
});
list.addEventListener('cluster-filter-change', (event) => console.log(event.detail.count));

const card = new ClusterCard();
card.variant = 'compact';
card.cluster = queryClusters({ query: 'robot' })[0]?.id ?? clusters[0]!.id;
document.body.append(list, card);

export const listIsElement: boolean = list instanceof ClusterList;
