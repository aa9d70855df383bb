import type { ReactiveElement } from 'lit';

/** One animation frame. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Lets an element that measures itself after rendering (the map's ResizeObserver, the list's window)
 * update, measure and update again: a few rounds of update and frame, then a last update.
 */
export async function settleFrames(element: ReactiveElement, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await element.updateComplete;
    await frame();
  }
  await element.updateComplete;
}
