/**
 * Sets the library's URL parameters (`cluster`, `cluster-q`, …) of the story's own page, as a shared link
 * would, before the story renders: stories with `sync-url` then start from that state. Every other
 * parameter (Storybook's own) is kept; earlier `cluster*` parameters are removed first.
 */
export function setClusterParameters(parameters: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const key of [...url.searchParams.keys()]) if (key === 'cluster' || key.startsWith('cluster-')) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  window.history.replaceState(window.history.state, '', url);
}
