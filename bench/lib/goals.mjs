/**
 * The issue's goals, judged from results.json: for each, the target, the measured value, met or missed, by
 * how much, and the measured reason when missed (built from the diagnostics the same run took, so the
 * "why" is evidence, not opinion). Timing goals are reported only; byte budgets are tests (npm test) and
 * appear here for completeness.
 */
import { round } from './stats.mjs';

const ms = (value) => `${round(value, 1)} ms`;
const path = (url) => url.replace(/^https?:\/\/[^/]+/, '');

/**
 * The top of a CPU profile as evidence: "`renderResults — module` (14 %), …": functions of the page's own
 * script only (not the browser's "(program)" or "(garbage collector)", not the bench's probe).
 */
function topOfProfile(profile, count = 3) {
  if (!profile?.functions) return '';
  const own = (f) => f.name.includes(' — ') && !f.name.includes(' — bench/');
  const top = profile.functions.filter(own).slice(0, count);
  const loads = profile.loads > 1 ? `${profile.loads} profiled loads put` : 'The CPU profile puts';
  return ` ${loads.charAt(0).toUpperCase()}${loads.slice(1)} the most self time of the page's script in ${top.map((f) => `\`${f.name}\` (${f.share} %)`).join(', ')}.`;
}

function firstRenderReasons(fr, profile) {
  const phase = (variant, name) => ms(fr.variants[variant].phases?.[name]?.median);
  const evidence = topOfProfile(profile);
  return {
    static:
      `the static page has no script: its whole first render is parsing, style, layout and paint ` +
      `(${ms(fr.variants.static.navToPaint.median)}). The list first fetches and compiles its module (navigation → ` +
      `evaluation ${phase('list', 'navToEval')}), evaluates it (${phase('list', 'evalToDefined')}, of which the data ` +
      `gate over clusters.json ${phase('list', 'evalToData')}), renders the 14 cards (${phase('list', 'definedToRendered')}), ` +
      `lays them out (${phase('list', 'renderedToContent')} more) and paints (${phase('list', 'contentToPaint')}).${evidence}`,
    vanilla:
      `per phase, list vs vanilla: navigation → evaluation ${phase('list', 'navToEval')} vs ${phase('vanilla', 'navToEval')} ` +
      `(fetch and compile), evaluation → rendering starts ${phase('list', 'evalToDefined')} vs ${phase('vanilla', 'evalToDefined')} ` +
      `(the list's gate validates, copies and freezes the data and Lit and the element classes are defined; the ` +
      `vanilla module sets up its Intl formatters), render and layout ${phase('list', 'definedToContent')} vs ` +
      `${phase('vanilla', 'definedToContent')} (of which layout still pending after the render's script: ` +
      `${phase('list', 'renderedToContent')} vs ${phase('vanilla', 'renderedToContent')}), paint ` +
      `${phase('list', 'contentToPaint')} vs ${phase('vanilla', 'contentToPaint')}.${evidence}`,
  };
}

function keystrokeReason(size, profile) {
  return (
    `of the ${ms(size.keystroke.median)} to the next paint, ${ms(size.keystrokeUpdate.median)} is the element's update ` +
    `(keystroke → update done). Measured alone on the same data: the query for "ro" (filter and order, no rendering) ` +
    `${ms(size.queryRo.median)}, the substring filter over every record's folded text ${ms(size.filterRo.median)}, ` +
    `all records in order (empty query) ${ms(size.querySortOnly.median)}.${topOfProfile(profile)}`
  );
}

/** A ratio goal (≤ target×): met, and by how much it is missed. */
function ratioGoal({ id, short, goal, value, target, reason }) {
  const met = value <= target;
  return {
    id, short, goal, target: `≤ ${target.toFixed(1)}×`, measured: `${value}×`, met,
    missedBy: met ? null : `${round(value - target, 2)}× over (${round((value / target - 1) * 100, 0)} % more time)`,
    reason: met ? null : reason,
  };
}

/** [{ id, short, goal, target, measured, met, missedBy, reason }] for the sections that ran. */
export function judgeGoals(results) {
  const goals = [];
  const fr = results.firstRender;
  if (fr && !fr.error) {
    const reasons = firstRenderReasons(fr, results.profiles?.list);
    goals.push(
      ratioGoal({
        id: 'first-render-static', short: 'first render vs the static page',
        goal: 'First render ≤ 1.5× the static page (navigation → painted)',
        value: fr.ratios.listVsStatic.median, target: 1.5, reason: reasons.static,
      }),
      ratioGoal({
        id: 'first-render-vanilla', short: 'first render vs vanilla DOM',
        goal: 'First render ≤ 1.0× the vanilla-DOM list (navigation → painted)',
        value: fr.ratios.listVsVanilla.median, target: 1, reason: reasons.vanilla,
      }),
      ratioGoal({
        id: 'first-render-vanilla-eval', short: 'first render vs vanilla DOM from evaluation',
        goal: 'First render ≤ 1.0× the vanilla-DOM list (module evaluation → painted)',
        value: fr.ratios.listVsVanillaFromEval.median, target: 1, reason: reasons.vanilla,
      }),
    );
  }
  const big = results.scale?.sizes?.[100000];
  if (big) {
    const value = big.keystroke.median;
    goals.push({
      id: 'keystroke-100k', short: 'keystroke on 100,000 clusters', goal: 'A keystroke on 100,000 clusters painted within 16 ms',
      target: '≤ 16 ms', measured: ms(value), met: value <= 16,
      missedBy: value > 16 ? `${ms(value - 16)} over (${round(value / 16, 1)}×)` : null,
      reason: value > 16 ? keystrokeReason(big, results.profiles?.keystroke) : null,
    });
  }
  const lh = results.lighthouse;
  if (lh && !lh.error) {
    const score = lh.score.median;
    const run = lh.medianRun;
    const tasks = run.longTasks.map((t) => `${t.duration} ms (${path(t.url)})`).join(', ');
    goals.push({
      id: 'lighthouse-score', short: 'Lighthouse performance', goal: 'Lighthouse performance 100 (mobile, simulated throttling)',
      target: '100', measured: String(score), met: score >= 100, missedBy: score < 100 ? `${100 - score} points` : null,
      reason: score < 100
        ? `TBT ${lh.tbt.median} ms, LCP ${lh.lcp.median} ms, FCP ${lh.fcp.median} ms (simulated 4× slower CPU; this ` +
          `machine's benchmarkIndex ${lh.benchmarkIndex.median}). The CDN script runs ${run.scriptMainThreadMs} ms on the ` +
          `simulated main thread; long tasks: ${tasks || 'none'}.${topOfProfile(results.profiles?.explorer)}`
        : null,
    });
    const cls = lh.cls.median;
    const shifts = (run.layoutShifts ?? []).map((s) => `${s.node} (${s.score})`).join(', ');
    goals.push({
      id: 'lighthouse-cls', short: 'CLS', goal: 'CLS 0 on the partner page', target: '0', measured: String(cls),
      met: cls === 0, missedBy: cls > 0 ? String(cls) : null,
      reason: cls > 0 ? `Lighthouse's layout shifts of the median run: ${shifts || 'not itemised'}.` : null,
    });
  }
  const lc = results.lifecycle;
  if (lc && !lc.error) {
    const growth = lc.growthMB;
    const { afterFirst, afterLast } = lc.domCounters;
    goals.push({
      id: 'heap-cycles', short: 'heap growth over mount/unmount cycles',
      goal: `Heap growth < 1 MB after ${lc.cycles.toLocaleString('en')} explorer mount/unmount cycles`,
      target: '< 1 MB', measured: `${growth} MB`, met: growth < 1, missedBy: growth >= 1 ? `${round(growth - 1, 2)} MB over` : null,
      reason: growth >= 1
        ? `the heap grew ${lc.growthPerCycleKB} KB per cycle; DOM nodes ${afterFirst.nodes} → ${afterLast.nodes}, JS ` +
          `event listeners ${afterFirst.jsEventListeners} → ${afterLast.jsEventListeners}.`
        : null,
    });
  }
  const size = results.size;
  if (size && !size.error) {
    const over = size.entries.filter((e) => e.withinBudget === false);
    goals.push({
      id: 'budgets', short: 'byte budgets', goal: 'Byte budgets of bench/budgets.json (tests)', target: 'every entry ≤ its budget',
      measured: over.length === 0 ? 'all within' : over.map((e) => `${e.entry} ${e.gzip} > ${e.budget}`).join('; '),
      met: over.length === 0, missedBy: over.length ? over.map((e) => `${e.entry}: ${e.gzip - e.budget} bytes`).join('; ') : null,
      reason: null,
    });
  }
  return goals;
}
