/**
 * The README's "## Performance" section, from bench/results.json: the results table summarised as ratios
 * (against the baselines, the goals and a trivial Lit element), with a link to bench/RESULTS.md and the
 * command. Only that section of the README is ever rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt, kB } from './format.mjs';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** Wraps a paragraph or a "- " bullet at `width` columns, as the rest of the README is wrapped. */
function wrap(text, width = 110) {
  const indent = text.startsWith('- ') ? '  ' : '';
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** The README's "## Performance" section: the table as ratios, and where the numbers come from. */
export function renderReadmeSection(r) {
  const fr = r.firstRender;
  const big = r.scale?.sizes?.[100000];
  const lc = r.lifecycle;
  const lh = r.lighthouse;
  const list = r.size?.entries?.find((e) => e.entry === 'danish-clusters/cluster-list.js');
  const cdn = r.size?.entries?.find((e) => e.entry === 'dist/cdn/danish-clusters.js');
  const floor = r.size?.litFloor;
  const lines = ['## Performance', ''];
  lines.push(`Measured by \`npm run bench\` (headless Chromium on the project's 2-core machine, each case against its baselines in the same run); the full tables, spreads and definitions are in [bench/RESULTS.md](bench/RESULTS.md) (${r.meta.date.slice(0, 10)}).`, '');
  if (list && cdn && floor) lines.push(`- **Size**: \`<cluster-list>\` is ${kB(list.gzip)} kB gzip with Lit (${fmt(list.gzip / floor.gzip, 1)}× a trivial Lit element); all six elements in the CDN file ${kB(cdn.gzip)} kB gzip, ${kB(cdn.brotli)} kB brotli. Every budget is a test.`);
  if (fr && !fr.error) lines.push(`- **First render** of \`<cluster-list>\` (14 cards, bundled data, to painted): **${fr.ratios.listVsStatic.median}×** a static HTML page with the same markup and styles and no JavaScript (goal ≤ 1.5×), **${fr.ratios.listVsVanilla.median}×** a hand-written vanilla-DOM list (goal ≤ 1.0×; **${fr.ratios.listVsVanillaFromEval.median}×** counted from module evaluation).`);
  if (big) {
    const small = r.scale.sizes[1000];
    lines.push(`- **100,000 clusters**: first render ${fmt(big.firstRender.median / small.firstRender.median, 1)}× the time for 1,000 (growth exponent ${r.scale.exponents.firstRender}; the gate over the input alone ${r.scale.exponents.gate}); a keystroke in the search box is painted after ${fmt(big.keystroke.median, 0)} ms, ${fmt(big.keystroke.median / 16, 1)}× the 16 ms goal (growth exponent ${r.scale.exponents.keystroke}).`);
  }
  if (r.map && !r.map.error) lines.push(`- **Map**: a selection change is painted after ${fmt(r.map.selection.paint.median, 0)} ms, a resize regrouping after ${fmt(r.map.resize.paint.median, 0)} ms (both including the wait for the next frame).`);
  if (lc && !lc.error) {
    const { afterFirst, afterLast } = lc.domCounters;
    const same = afterFirst.nodes === afterLast.nodes && afterFirst.jsEventListeners === afterLast.jsEventListeners;
    lines.push(`- **Lifecycle**: the heap after ${lc.cycles.toLocaleString('en')} mount/unmount cycles of \`<cluster-explorer>\` is ${lc.growthMB} MB above the heap after the first (goal < 1 MB); DOM nodes and event listeners ${same ? 'are back to the same counts' : `went from ${afterFirst.nodes} and ${afterFirst.jsEventListeners} to ${afterLast.nodes} and ${afterLast.jsEventListeners}`}.`);
  }
  if (lh && !lh.error) lines.push(`- **Partner page** with the explorer (Lighthouse, mobile, simulated throttling): performance ${lh.score.median}, CLS ${lh.cls.median}, TBT ${lh.tbt.median} ms, LCP ${fmt(lh.lcp.median / 1000, 1)} s.`);
  const missed = r.goals.filter((g) => g.met === false);
  lines.push('', missed.length ? `Goals missed in this run (by how much and why: bench/RESULTS.md): ${missed.map((g) => `${g.short} (${g.measured}, goal ${g.target})`).join('; ')}.` : 'Every goal of the benchmark was met in this run.', '');
  return lines.map((line) => wrap(line)).join('\n');
}

/** Replaces (or appends) the README's "## Performance" section; nothing else of the README changes. */
export function updateReadme(r) {
  const text = readFileSync(README, 'utf8');
  const section = renderReadmeSection(r);
  const start = text.indexOf('\n## Performance\n');
  let next;
  if (start === -1) next = `${text.trimEnd()}\n\n${section}`;
  else {
    const end = text.indexOf('\n## ', start + 1);
    next = `${text.slice(0, start + 1)}${section}${end === -1 ? '' : `\n${text.slice(end + 1)}`}`;
  }
  if (next !== text) writeFileSync(README, next.endsWith('\n') ? next : `${next}\n`);
}

