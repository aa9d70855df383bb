import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Above this many items only those near the viewport are rendered (DESIGN.md). */
export const WINDOW_THRESHOLD = 200;
/** Rows rendered beyond each edge of the viewport, so Tab and fast scrolling find cards already there. */
const OVERSCAN_ROWS = 3;
/** Rows rendered before the first measurement (and under SSR). */
const INITIAL_ROWS = 12;

export interface WindowRange {
  start: number;
  end: number;
}

/**
 * Windowing for long lists in the page's own scroll: the grid keeps the full height of all rows, and only
 * the rows near the viewport are rendered, after a spacer. Rows have one fixed height in this mode, so the
 * window is arithmetic: no per-item measurement, and the host DOM stays small whatever the size.
 * Keyboard focus moving down scrolls the focused card into view, which moves the window along.
 */
export class WindowController implements ReactiveController {
  range: WindowRange = { start: 0, end: 0 };
  /** Whether the last render windowed its items: only then do scrolling and updates measure anything. */
  private active = false;
  private count = 0;
  private columns = 1;
  private pitch = 0;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The grid element holding the items, once rendered. */
    private readonly grid: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: scroll events of any scrolling ancestor (they do not bubble) reach the window in capture.
    window.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
  }

  /** Whether `count` items are windowed. */
  static applies(count: number): boolean {
    return count > WINDOW_THRESHOLD;
  }

  /** The range to render of `count` items (all of them up to the threshold); call from the host's render. */
  rangeFor(count: number): WindowRange {
    this.active = WindowController.applies(count);
    if (!this.active) return { start: 0, end: count };
    if (count !== this.count) {
      this.count = count;
      const end = Math.min(count, this.range.end || INITIAL_ROWS * this.columns);
      this.range = { start: Math.min(this.range.start, Math.max(0, end - 1)), end };
    }
    return this.range;
  }

  /**
   * Measures the rendered grid and places the spacer; call from the host's `updated`. Only a windowed grid
   * is measured: measuring forces a layout, and the spacer's style change would then force a second one.
   */
  layout(): void {
    if (!this.active) return;
    const grid = this.grid();
    const first = grid?.firstElementChild as HTMLElement | null | undefined;
    if (!grid || !first) return;
    const style = getComputedStyle(grid);
    this.columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
    this.pitch = first.getBoundingClientRect().height + (parseFloat(style.rowGap) || 0);
    const rows = Math.ceil(this.count / this.columns);
    const before = Math.floor(this.range.start / this.columns) * this.pitch;
    grid.style.setProperty('--_before', `${before}px`);
    grid.style.setProperty('--_height', `${Math.max(0, rows * this.pitch - (parseFloat(style.rowGap) || 0))}px`);
    // Next frame, not now: a range that depended on its own rendering could never loop inside one task.
    this.schedule();
  }

  private readonly schedule = (): void => {
    if (!this.active) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.compute());
  };

  private compute(): void {
    const grid = this.grid();
    if (!grid || this.pitch <= 0 || this.count === 0) return;
    const top = grid.getBoundingClientRect().top;
    const rows = Math.ceil(this.count / this.columns);
    const firstRow = Math.max(0, Math.floor(-top / this.pitch) - OVERSCAN_ROWS);
    const lastRow = Math.min(rows, Math.ceil((window.innerHeight - top) / this.pitch) + OVERSCAN_ROWS);
    const start = Math.min(firstRow, Math.max(0, rows - 1)) * this.columns;
    const end = Math.min(this.count, Math.max(lastRow, firstRow + 1) * this.columns);
    if (start !== this.range.start || end !== this.range.end) {
      this.range = { start, end };
      this.host.requestUpdate();
    }
  }
}
