/**
 * Where the time goes, for the optimisation notes: extra, untimed loads of an unminified build of a page
 * (readable function names) whose first statement starts a V8 CPU profile (`console.profile`, 100 µs sampling
 * through the DevTools Profiler domain) and whose first-render probe ends it after the paint; three loads per
 * page, summed. Also warm keystrokes on 100,000 clusters (Profiler.start/stop around them). Samples are summed
 * into self time per function, named with the bundled module it comes from (the module header comments of
 * esbuild's unminified output, content hashes dropped), and per module; idle samples are left out.
 * A profile slows what it measures a little; its shares, not its absolute times, are the point.
 */
import { freshPage } from './browser.mjs';
import { round } from './stats.mjs';

/** Line → bundled module, from esbuild's `// path/to/module.js` headers in an unminified bundle. */
function moduleIndex(source) {
  const starts = [];
  source.split('\n').forEach((line, i) => {
    const match = /^\/\/ ((?:node_modules|dist|src|bench)\/\S+)$/.exec(line);
    if (match) starts.push([i, match[1].replace(/-[\w-]{8}\.js$/, '.js').replace(/^node_modules\//, '')]);
  });
  return (line) => {
    let found = '(page)';
    for (const [start, name] of starts) {
      if (start > line) break;
      found = name;
    }
    return found;
  };
}

/** Self time per function and per module, in ms, summed over V8 CPU profiles (one per load). */
function selfTimes(profiles, moduleOf) {
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const { callFrame } = nodes.get(profile.samples[i]);
      const own = callFrame.url.includes('/js/profile/');
      const module = own ? moduleOf(callFrame.lineNumber) : callFrame.url ? 'other scripts' : callFrame.functionName;
      if (module === '(idle)') continue; // waiting for the next frame or input is not work
      // The probe's own time is the style and layout it forces on the rendered items: work the browser would do
      // before the paint anyway, named as such so it is not mistaken for the bench's overhead or the element's.
      const name = module.startsWith('bench/pages/probe')
        ? '(style and layout, forced by the bench probe before the paint)'
        : `${callFrame.functionName || '(anonymous)'}${own ? ` — ${module}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      byModule.set(module, (byModule.get(module) ?? 0) + ms);
      total += ms;
    }
  }
  const top = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms: round(ms, 1), share: round((ms / total) * 100, 1) }));
  return { loads: profiles.length, totalMs: round(total, 1), functions: top(byFunction, 15), modules: top(byModule, 10) };
}

/**
 * Profiles warm keystrokes in the search box of a list of `n` synthetic clusters (the scale page's profiling
 * build): after the first render and a first, unprofiled keystroke (which builds the search index), the
 * profile covers `keys` typed one by one, each waited for until painted.
 */
export async function profileKeystrokes(browser, url, { n = 100000, keys = ['o', 'b', 'o', 't', 'Backspace'] } = {}) {
  const { page, cdp, close } = await freshPage(browser);
  try {
    await page.goto(`${url}/scale-profile.html`);
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 15000 });
    await page.evaluate((count) => window.bench.generate(count), n);
    await page.evaluate(() => window.bench.render());
    await page.locator('cluster-list input[type=search]').focus();
    const typed = async (key, count) => {
      await page.keyboard.press(key);
      await page.waitForFunction((k) => window.bench.keys.length >= k, count, { polling: 20, timeout: 120000 });
    };
    await typed('r', 1);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < keys.length; i++) await typed(keys[i], i + 2);
    const { profile } = await cdp.send('Profiler.stop');
    const script = await page.evaluate(async (src) => (await fetch(src)).text(), `${url}/js/profile/scale.js`);
    return { n, keys, ...selfTimes([profile], moduleIndex(script)) };
  } finally {
    await close();
  }
}

/** One profiled load of `<name>-profile.html`: the profile and the page's profiling script. */
async function profileLoad(browser, url, name, viewport) {
  const { page, cdp, close } = await freshPage(browser, viewport);
  try {
    // A same-origin page first: the profiled page then loads in this renderer, where the Profiler is enabled.
    await page.goto(`${url}/blank.html`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    await page.goto(`${url}/${name}-profile.html`);
    const { profile } = await Promise.race([
      finished,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`profile of ${name}: no profile within 20 s`)), 20000)),
    ]);
    const script = await page.evaluate(async (src) => (await fetch(src)).text(), `${url}/js/profile/${name}.js`);
    return { profile, script };
  } finally {
    await close();
  }
}

/**
 * Profiles the first render of `<name>-profile.html` in `loads` fresh loads and sums them (one load's profile
 * on a busy 2-core machine is too noisy to rank functions); returns { loads, totalMs, functions, modules }.
 */
export async function profileFirstRender(browser, url, name, viewport, { loads = 3 } = {}) {
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await profileLoad(browser, url, name, viewport));
  return selfTimes(runs.map((r) => r.profile), moduleIndex(runs[0].script));
}
