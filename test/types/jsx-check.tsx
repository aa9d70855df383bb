/**
 * Valid React usage that must type-check (`tsc -p test/types`, run by test/node/react.test.mjs): the
 * `danish-clusters/react` wrappers, and the tags directly in JSX after opting in to `danish-clusters/jsx`.
 */
import type {} from 'danish-clusters/jsx';
import 'danish-clusters/all.js';
import { useRef } from 'react';
import type { ClusterCard as ClusterCardElement, ClusterDataErrorDetail, ClusterFilterChangeDetail, ClusterSelectDetail } from 'danish-clusters';
import { clusters } from 'danish-clusters/data';
import { ClusterAbout, ClusterCard, ClusterExplorer, ClusterList, ClusterMap, ClusterTimeline } from 'danish-clusters/react';

function onSelect(event: CustomEvent<ClusterSelectDetail>): void {
  console.log(event.detail.id, event.detail.cluster.name);
}

export function Wrappers() {
  const card = useRef<ClusterCardElement>(null);
  return (
    <div>
      <ClusterCard ref={card} cluster="made" variant="compact" theme="dark" headingLevel={2} onClusterSelect={onSelect} />
      <ClusterCard data={clusters[0]} onClusterDataError={(event) => console.log(event.detail.errors.length)} />
      <ClusterList
        status="active"
        sort="region"
        layout="list"
        limit={6}
        controls="search area"
        syncUrl
        clusters={clusters}
        className="partner-list"
        style={{ maxWidth: '60em' }}
        onClusterFilterChange={(event: CustomEvent<ClusterFilterChangeDetail>) => console.log(event.detail.count)}
        onClusterDataLoad={(event) => console.log(event.detail.src, event.detail.count)}
      />
      <ClusterMap region="DK-83" status="ceased" shadeRegions onClusterSelect={(event) => event.detail.cluster.id} />
      <ClusterExplorer lang="en" src="/clusters.json" timeout={5000} onClusterSelect={onSelect} />
      <ClusterAbout topic="history" lang="da" />
      <ClusterTimeline layout="horizontal" theme="auto" />
    </div>
  );
}

export function Tags() {
  const list = useRef<HTMLElementTagNameMap['cluster-list']>(null);
  return (
    <main>
      <cluster-card cluster="odense-robotics" variant="full" heading-level={3} oncluster-select={onSelect} />
      <cluster-list
        ref={list}
        key="list"
        status="active"
        sort="name"
        layout="grid"
        limit={4}
        sync-url
        theme="light"
        id="clusters"
        className="partner"
        aria-label="Klynger"
        clusters={clusters}
        oncluster-filter-change={(event) => console.log(event.detail.query, event.detail.count)}
        oncluster-data-error={(event: CustomEvent<ClusterDataErrorDetail>) => console.log(event.detail.message)}
      >
        <p>Danmarks nationale klynger</p>
      </cluster-list>
      <cluster-map shade-regions area="robotics" selected="made" />
      <cluster-explorer query="robot" region="DK-84" controls="none" />
      <cluster-about topic="what-is-a-cluster" />
      <cluster-timeline layout="vertical" lang="en" />
    </main>
  );
}
