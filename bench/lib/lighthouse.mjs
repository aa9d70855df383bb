/**
 * Section 6, the partner page: Lighthouse (its Node API; default config = mobile form factor, simulated
 * throttling: slow 4G and a 4× CPU slowdown applied by its Lantern model to the observed trace) on
 * bench/partner/index.html, which embeds `<cluster-explorer>` from the self-hosted CDN file. Each run uses a
 * new Chromium from chrome-launcher (Lighthouse's own launcher) with this machine's flags; the median of the
 * runs is reported with every run's numbers. Also kept, to explain a score: the LCP element, the long tasks
 * and the script's main-thread time, and Lighthouse's benchmarkIndex of this machine (its CPU speed as
 * Lighthouse sees it; a loaded machine scores lower).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { round, summarize } from './stats.mjs';
import { log } from './log.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/** The first DOM node item anywhere in an audit's details (Lighthouse 13 nests the LCP element in its insight). */
function findNode(details) {
  if (!details || typeof details !== 'object') return undefined;
  if (details.type === 'node') return details;
  for (const value of Object.values(details)) {
    const found = findNode(value);
    if (found) return found;
  }
  return undefined;
}

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id];
    const lcpElement = findNode(audit('lcp-breakdown-insight')?.details);
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      cls: audit('cumulative-layout-shift').numericValue,
      tbt: audit('total-blocking-time').numericValue,
      lcp: audit('largest-contentful-paint').numericValue,
      fcp: audit('first-contentful-paint').numericValue,
      speedIndex: audit('speed-index').numericValue,
      lcpElement: lcpElement ? `${lcpElement.selector ?? ''}: "${String(lcpElement.nodeLabel ?? '').slice(0, 60)}"` : null,
      // Paths, not URLs: the loopback port changes every run.
      longTasks: (audit('long-tasks')?.details?.items ?? []).slice(0, 5).map((t) => ({ url: String(t.url).replace(/^https?:\/\/[^/]+/, ''), duration: Math.round(t.duration) })),
      layoutShifts: (audit('layout-shifts')?.details?.items ?? []).slice(0, 3).map((item) => ({ node: findNode(item)?.selector ?? '?', score: round(item.score ?? 0, 4) })),
      scriptMainThreadMs: Math.round((audit('bootup-time')?.details?.items ?? []).find((i) => String(i.url).includes('danish-clusters'))?.total ?? 0),
      transferKB: Math.round((audit('total-byte-weight')?.numericValue ?? 0) / 102.4) / 10,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
    };
  } finally {
    await chrome.kill();
  }
}

export async function measureLighthouse(siteUrl, { runs = 3 } = {}) {
  const url = `${siteUrl}/partner/`;
  const all = [];
  for (let i = 0; i < runs; i++) {
    all.push(await runOnce(url));
    log(`  lighthouse: run ${i + 1}/${runs}: score ${all.at(-1).score}, TBT ${Math.round(all.at(-1).tbt)} ms`);
  }
  // The run whose score is the median, for the details that do not average (LCP element, long tasks).
  const byScore = [...all].sort((a, b) => a.score - b.score || a.tbt - b.tbt);
  const median = byScore[Math.floor((byScore.length - 1) / 2)];
  return {
    page: 'bench/partner/index.html',
    settings: { formFactor: median.formFactor, throttlingMethod: median.throttlingMethod, lighthouse: median.lighthouseVersion },
    score: summarize(all.map((r) => r.score), 0),
    cls: summarize(all.map((r) => r.cls), 4),
    tbt: summarize(all.map((r) => r.tbt), 0),
    lcp: summarize(all.map((r) => r.lcp), 0),
    fcp: summarize(all.map((r) => r.fcp), 0),
    speedIndex: summarize(all.map((r) => r.speedIndex), 0),
    benchmarkIndex: summarize(all.map((r) => r.benchmarkIndex ?? NaN), 0),
    medianRun: {
      lcpElement: median.lcpElement,
      longTasks: median.longTasks,
      layoutShifts: median.layoutShifts,
      scriptMainThreadMs: median.scriptMainThreadMs,
      transferKB: median.transferKB,
    },
  };
}
