/**
 * Invalid React usage: each line below must stay a type error (`tsc -p test/types` fails when an
 * `@ts-expect-error` no longer marks one). Valid usage is in jsx-check.tsx.
 */
import type {} from 'danish-clusters/jsx';
import { ClusterAbout, ClusterCard, ClusterList, ClusterMap, ClusterTimeline } from 'danish-clusters/react';

export function InvalidTags() {
  return (
    <>
      {/* @ts-expect-error -- status is all | active | ceased */}
      <cluster-list status="bogus" />
      {/* @ts-expect-error -- variant is full | compact */}
      <cluster-card variant="wide" />
      {/* @ts-expect-error -- theme is light | dark | auto */}
      <cluster-map theme="sepia" />
      {/* @ts-expect-error -- heading-level is a number */}
      <cluster-about heading-level={true} />
      {/* @ts-expect-error -- topic is one of the four topics */}
      <cluster-about topic="everything" />
      {/* @ts-expect-error -- layout of the timeline is vertical | horizontal */}
      <cluster-timeline layout="grid" />
      {/* @ts-expect-error -- the event handler gets the typed CustomEvent, whose detail has no "foo" */}
      <cluster-list oncluster-select={(event) => event.detail.foo} />
      {/* @ts-expect-error -- sync-url is a boolean */}
      <cluster-explorer sync-url="yes" />
    </>
  );
}

export function InvalidWrappers() {
  return (
    <>
      {/* @ts-expect-error -- status is all | active | ceased */}
      <ClusterList status="bogus" />
      {/* @ts-expect-error -- variant is full | compact */}
      <ClusterCard variant="wide" />
      {/* @ts-expect-error -- the map fires no cluster-filter-change */}
      <ClusterMap onClusterFilterChange={() => undefined} />
      {/* @ts-expect-error -- the about element fires no events */}
      <ClusterAbout onClusterSelect={() => undefined} />
      {/* @ts-expect-error -- the detail of cluster-select has no "count" */}
      <ClusterCard onClusterSelect={(event) => event.detail.count} />
      {/* @ts-expect-error -- layout of the timeline is vertical | horizontal */}
      <ClusterTimeline layout="grid" />
    </>
  );
}
