/**
 * In-page measuring helpers shared by the bench pages (bundled into each page's script).
 *
 * Clock: `performance.now()` and performance marks, one timeline per page whose zero is the navigation start.
 * Paint: the browser paints once per frame, after that frame's `requestAnimationFrame` callbacks, style and
 * layout. A message posted from a rAF callback is delivered as a task after that frame's rendering update
 * (style, layout, paint recording and commit), so `afterPaint()` resolves just after the frame that shows
 * the current DOM was painted: the usual "rAF + task" paint approximation. It includes waiting for the frame
 * (up to one 16.7 ms vsync interval in headless Chromium, which keeps 60 Hz frames), as a visitor's eye does.
 */

/** Resolves with `performance.now()` just after the next frame has been painted (see above). */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** A performance mark; returns its time. Marks are read back by the runner from the performance timeline. */
export function mark(name) {
  return performance.mark(name).startTime;
}

/** Hands results to the runner, which waits for `window.__benchDone`. */
export function report(result) {
  window.__bench = result;
  window.__benchDone = true;
}

/**
 * The first-render protocol of the first-render and map pages: `render()` renders (or waits for the element's
 * own first render) and returns the rendered items (mark `bench:rendered`); the last item is laid out (forced:
 * "in the DOM and laid out"), marked `bench:content`, then the frame after it is marked `bench:painted`.
 * rendered → content is the style and layout work still pending after the render's own script. The runner also
 * reads the browser's first-contentful-paint entry; see bench/lib/first-render.mjs for how the two are used.
 */
export async function firstRender(render) {
  mark('bench:defined');
  try {
    const items = await render();
    mark('bench:rendered');
    items[items.length - 1]?.getBoundingClientRect();
    mark('bench:content');
    await afterPaint();
    mark('bench:painted');
    // The profiling build of a page (bench/lib/profile.mjs) started a CPU profile in its first statement.
    if (globalThis.__benchProfile) console.profileEnd('bench');
    report({ items: items.length });
  } catch (error) {
    report({ error: String(error?.stack ?? error) });
  }
}

/** Waits for a Lit element's pending updates (including ones its first update scheduled) and returns it. */
export async function settled(element) {
  while (!(await element.updateComplete));
  return element;
}
