import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { acceptClusterData, dataset as bundledDataset, describeWarnings } from '../data/index.js';
import type { ClusterDataset, ValidationIssue } from '../data/types.js';
import type { ClusterDataErrorDetail, ClusterEventMap } from './events.js';

/** What a data-bearing element shows. An error still carries data: the bundled fallback. */
export type DataState =
  | { type: 'loading' }
  | { type: 'ready'; data: ClusterDataset }
  | { type: 'error'; error: ClusterDataErrorDetail; data: ClusterDataset };

/** Where the data comes from: the `clusters` property wins over `src`; neither means the bundled data. */
export interface DataSource {
  clusters?: unknown;
  src?: string | null;
  /** Milliseconds before a `src` request is given up; default 10 000. */
  timeout?: number | null;
}

export const DEFAULT_TIMEOUT = 10_000;

type DataEventType = 'cluster-data-load' | 'cluster-data-error';
/** Dispatches a data event from the element the partner placed (its typed `emit`). */
export type DataEventSink = <K extends DataEventType>(type: K, detail: ClusterEventMap[K]['detail']) => void;

/**
 * Loads, gates and holds the data of one element. The bundled data is ready synchronously at
 * construction, so the first render shows content; `src` loads asynchronously with abort and timeout.
 * Every failure gives one `cluster-data-error` and the bundled data; success from `src` one
 * `cluster-data-load`. Unsafe fields the gate dropped are reported in one console warning.
 */
export class DataController implements ReactiveController {
  state: DataState = { type: 'ready', data: bundledDataset };
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dispatch: DataEventSink,
  ) {
    host.addController(this);
  }

  /** The data to render: the loaded data, the fallback on error, `undefined` while loading. */
  get data(): ClusterDataset | undefined {
    return this.state.type === 'loading' ? undefined : this.state.data;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Switches to a new source; aborts a request in flight. */
  setSource({ clusters, src, timeout }: DataSource): void {
    this.abort?.abort();
    this.abort = undefined;
    if (clusters !== undefined && clusters !== null) {
      this.accept(clusters, undefined);
    } else if (src) {
      // Server rendering fetches nothing: the page gets the loading state, the browser loads `src`.
      if (isServer) this.setState({ type: 'loading' });
      else void this.load(src, timeout ?? DEFAULT_TIMEOUT);
    } else {
      this.setState({ type: 'ready', data: bundledDataset });
    }
  }

  private async load(src: string, timeout: number): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.setState({ type: 'loading' });
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    let input: unknown;
    try {
      const response = await fetch(src, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      input = await response.json();
    } catch (error) {
      if (this.abort !== abort) return; // superseded by a newer source: stay quiet
      const reason = abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError'
        ? `no answer within ${timeout} ms`
        : error instanceof Error ? error.message : String(error);
      this.fail({ src, message: `Could not load ${src}: ${reason}`, errors: [] });
      return;
    } finally {
      clearTimeout(timer);
    }
    if (this.abort !== abort) return;
    this.abort = undefined;
    this.accept(input, src);
  }

  private accept(input: unknown, src: string | undefined): void {
    const result = acceptClusterData(input);
    this.reportWarnings(result.warnings);
    if (!result.ok) {
      this.fail({ ...(src ? { src } : {}), message: invalidMessage(result.errors), errors: result.errors });
      return;
    }
    this.setState({ type: 'ready', data: result.data });
    if (src) this.dispatch('cluster-data-load', { src, count: result.data.clusters.length });
  }

  private fail(error: ClusterDataErrorDetail): void {
    console.warn(`<${this.host.localName}>: ${error.message} Showing the bundled data.`);
    this.setState({ type: 'error', error, data: bundledDataset });
    this.dispatch('cluster-data-error', error);
  }

  private reportWarnings(warnings: ValidationIssue[]): void {
    if (warnings.length > 0) console.warn(`<${this.host.localName}>: ${describeWarnings(warnings)}`);
  }

  private setState(state: DataState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function invalidMessage(errors: ValidationIssue[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return first ? `Invalid cluster data at ${first.path || '/'}: ${first.message}${more}.` : 'Invalid cluster data.';
}
