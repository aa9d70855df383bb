import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The URL parameters of DESIGN.md, by the host property they mirror. */
export const URL_PARAMETERS = {
  query: 'cluster-q',
  area: 'cluster-area',
  region: 'cluster-region',
  status: 'cluster-status',
  sort: 'cluster-sort',
  selected: 'cluster',
} as const;

export type SyncedKey = keyof typeof URL_PARAMETERS;
export type SyncedValues = Partial<Record<SyncedKey, string>>;

/** Only the first `sync-url` element on a page owns the URL (DESIGN.md). */
let owner: UrlSyncController | undefined;

export interface UrlSyncOptions {
  keys: readonly SyncedKey[];
  /** Whether the host has `sync-url`. */
  enabled: () => boolean;
  /** The host's current values for the keys ('' = default, left out of the URL). */
  read: () => SyncedValues;
  /** Applies values from the URL (Back/Forward, or the page being opened with parameters). */
  apply: (values: SyncedValues) => void;
}

/**
 * Mirrors an element's state in the page URL for `sync-url`: restores it when the element connects and on
 * Back/Forward, writes it on each change (replacing the history entry; `push` only for opening and closing
 * a cluster), keeps every other parameter and the hash, and never touches the URL without `sync-url`.
 */
export class UrlSyncController implements ReactiveController {
  /** What the host had before the URL spoke: parameters absent from the URL mean these values. */
  private initial: SyncedValues = {};

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Claims or releases the URL after `sync-url` changed. */
  sync(): void {
    if (!this.options.enabled()) {
      this.release();
      return;
    }
    if (owner || typeof window === 'undefined') return;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page-wide owner is this instance
    owner = this;
    this.initial = this.options.read();
    window.addEventListener('popstate', this.restore);
    this.restore();
  }

  private release(): void {
    if (owner !== this) return;
    owner = undefined;
    window.removeEventListener('popstate', this.restore);
  }

  /**
   * Writes the host's values into the URL (only the owner does). Other parameters are kept byte for byte
   * (`URLSearchParams` would rewrite `%20` as `+` and `flag` as `flag=`, which a partner's script may read).
   */
  write(mode: 'replace' | 'push' = 'replace'): void {
    if (owner !== this) return;
    const url = new URL(window.location.href);
    const values = this.options.read();
    const names = this.options.keys.map((key) => URL_PARAMETERS[key] as string);
    const pairs = url.search
      .slice(1)
      .split('&')
      .filter((pair) => pair && !names.includes(new URLSearchParams(pair).keys().next().value ?? ''));
    for (const key of this.options.keys) {
      const value = values[key];
      if (value) pairs.push(`${URL_PARAMETERS[key]}=${encodeURIComponent(value)}`);
    }
    url.search = pairs.join('&');
    if (url.href === window.location.href) return;
    if (mode === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }

  private readonly restore = (): void => {
    const parameters = new URL(window.location.href).searchParams;
    const values: SyncedValues = {};
    for (const key of this.options.keys) {
      values[key] = parameters.get(URL_PARAMETERS[key]) ?? this.initial[key] ?? '';
    }
    this.options.apply(values);
  };
}
