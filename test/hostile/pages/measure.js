/**
 * Browser-side measuring for the hostile-page suite, imported inside `page.evaluate` with
 * `await import('/test/hostile/pages/measure.js')` (same origin). Each function returns plain data for
 * the node side to compare: boxes and computed colours of everything in an element's shadow tree, the
 * inherited text properties a host receives, text contrast (test/support/contrast.ts), and what is cut
 * off or sticks out sideways.
 */
/* global Node, NodeFilter, ShadowRoot, document, getComputedStyle, innerWidth, requestAnimationFrame -- this file runs in the browser */
import { textContrasts } from '/hostile/contrast.js';

export const TAGS = 'cluster-about, cluster-card, cluster-explorer, cluster-list, cluster-map, cluster-timeline';

/** The library's elements on the page (or under `scope`), in document order. */
export const hosts = (scope = document) => [...scope.querySelectorAll(TAGS)];

/** A short name of an element for messages: `tag.class[part]`. */
function describe(element) {
  const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const part = element.getAttribute('part');
  return `${element.localName}${classes}${part ? `[part=${part}]` : ''}`;
}

/** Every element of a shadow tree (not `<style>`), in tree order. */
const shadowElements = (host) => [...host.shadowRoot.querySelectorAll('*')].filter((element) => element.localName !== 'style');

const round = (n) => Math.round(n * 100) / 100;

/**
 * The host's box relative to `origin` (its slot), and every shadow element's box relative to the host
 * (null when not rendered), with its computed colours: what page CSS could disturb.
 */
export function shadowLayout(host, origin = host.parentElement) {
  const o = origin.getBoundingClientRect();
  const h = host.getBoundingClientRect();
  const style = (element) => getComputedStyle(element);
  const colours = (element) => {
    const s = style(element);
    return [s.color, s.backgroundColor, s.borderTopColor, s.borderInlineStartColor, s.outlineColor, s.fill, s.stroke].join(' | ');
  };
  const entries = [{ what: `<${host.localName}> host`, box: [h.x - o.x, h.y - o.y, h.width, h.height].map(round), colours: colours(host) }];
  for (const element of shadowElements(host)) {
    const r = element.getBoundingClientRect();
    entries.push({
      what: describe(element),
      box: element.getClientRects().length ? [r.x - h.x, r.y - h.y, r.width, r.height].map(round) : null,
      colours: colours(element),
    });
  }
  return entries;
}

/** The inherited text properties `element` passes on: what a clean page must give its twin. */
export const INHERITED = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-stretch',
  'font-feature-settings',
  'font-variation-settings',
  'font-kerning',
  'font-optical-sizing',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-rendering',
  'text-align',
  'text-indent',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'white-space-collapse',
  'text-wrap-mode',
  'color',
  'color-scheme',
  'tab-size',
  '-webkit-text-size-adjust',
  '-webkit-font-smoothing',
];

/**
 * The inherited text properties of `element` as declarations for another element. Line height is given
 * as a factor of the font size (what every hostile sheet here sets: a number, which inherits as a
 * factor; a computed line height comes back in px, which would inherit as a fixed length).
 */
export function inheritedText(element) {
  const s = getComputedStyle(element);
  const declarations = INHERITED.map((name) => `${name}: ${s.getPropertyValue(name)}`);
  const size = parseFloat(s.fontSize);
  declarations.push(`line-height: ${s.lineHeight === 'normal' ? 'normal' : round(parseFloat(s.lineHeight) / size)}`);
  return declarations.join('; ');
}

/** The lowest text contrast in each host's shadow tree, with the text it belongs to. */
export function lowestContrasts(scope = document) {
  return hosts(scope).map((host) => {
    const findings = textContrasts(host.shadowRoot);
    const lowest = findings.reduce((low, f) => (f.ratio < low.ratio ? f : low), { text: '', ratio: Infinity });
    return { tag: host.localName, texts: findings.length, lowest: { text: lowest.text, ratio: round(lowest.ratio) } };
  });
}

/** Whether `element` sits inside the visually hidden text (clipped on purpose to 1px). */
const visuallyHidden = (element) => !!element.closest('.visually-hidden');

/** The composed-tree parent (through a shadow root to its host). */
function parentOf(node) {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What is cut off or sticks out sideways in and around `host` (WCAG 1.4.10): elements that clip or
 * scroll their own content sideways (`overflow-x` not visible, content wider than the box), or clip it
 * vertically (`overflow-y` hidden or clip, content taller: cut text), and text that reaches beyond
 * `within` (default: the host) or the viewport. `scope` is the subtree looked at (default: the host and
 * its whole shadow tree; an open dialog: the dialog). Returns the problems and how many text boxes and
 * elements were looked at. The visually hidden text (clipped to 1px on purpose) is left out.
 */
export function sidewaysProblems(host, { within = host, scope = host } = {}) {
  const problems = [];
  const limit = within.getBoundingClientRect();
  const left = Math.max(0, limit.left) - 1;
  const right = Math.min(innerWidth, limit.right) + 1; // 1 px: sub-pixel rounding of text boxes
  const root = scope === host ? host.shadowRoot : scope;
  let texts = 0;
  const elements = [scope, ...root.querySelectorAll('*')].filter((e) => !visuallyHidden(e) && e.getClientRects().length);
  for (const element of elements) {
    const s = getComputedStyle(element);
    if (s.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${describe(element)} overflows itself sideways (${element.scrollWidth} > ${element.clientWidth} px, overflow-x: ${s.overflowX})`);
    }
    if (['hidden', 'clip'].includes(s.overflowY) && element.scrollHeight > element.clientHeight + 1) {
      problems.push(`${describe(element)} cuts its content (${element.scrollHeight} > ${element.clientHeight} px, overflow-y: ${s.overflowY})`);
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || visuallyHidden(node.parentElement) || !node.parentElement.getClientRects().length) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      texts += 1;
      if (rect.left < left || rect.right > right) {
        problems.push(`text "${node.textContent.trim().slice(0, 30)}" in ${describe(node.parentElement)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, outside ${Math.round(left)}–${Math.round(right)}`);
      }
    }
  }
  return { problems, texts, elements: elements.length };
}

/**
 * Whether the rendered box of `element` is what the visitor sees at each of its four corners and centre
 * (inset by 3 px): the top-most element there belongs to it. Top-layer overlays pass even inside an
 * `overflow: hidden` or transformed ancestor; a clipped or covered one does not.
 */
export function visibleAtCorners(element) {
  const r = element.getBoundingClientRect();
  const points = [
    [r.left + 3, r.top + 3],
    [r.right - 3, r.top + 3],
    [r.left + 3, r.bottom - 3],
    [r.right - 3, r.bottom - 3],
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
  ];
  const root = element.getRootNode();
  return points.map(([x, y]) => {
    const hit = root.elementFromPoint(x, y);
    for (let node = hit; node; node = parentOf(node)) if (node === element) return true;
    return false;
  });
}

/** Visible text nodes of a shadow tree (or any root), in tree order. */
function visibleTexts(root) {
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent.trim() && node.parentElement.getClientRects().length && !visuallyHidden(node.parentElement)) texts.push(node);
  }
  return texts;
}

/**
 * What `host` says, in any language: its shadow tree's text (whitespace collapsed) and its accessible
 * names and tooltips (aria-label, title), in tree order.
 */
export function shadowText(host) {
  const parts = [];
  const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    else for (const name of ['aria-label', 'title']) if (node.hasAttribute(name)) parts.push(`[${name}=${node.getAttribute(name)}]`);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The languages the visible texts of `host` are declared in (the nearest `lang` up the composed tree,
 * '' when none), each with how many texts: what a screen reader reads them as.
 */
export function textLanguages(host) {
  const found = {};
  for (const text of visibleTexts(host.shadowRoot)) {
    let lang = '';
    for (let node = text.parentElement; node; node = parentOf(node)) {
      if (node.hasAttribute('lang')) {
        lang = node.getAttribute('lang');
        break;
      }
    }
    found[lang] = (found[lang] ?? 0) + 1;
  }
  return found;
}

/**
 * Texts whose characters are not drawn left to right (the strings are Danish or English): on a line, the
 * first character must sit left of the last, and a text's last character must end its line. Catches what
 * an inherited right-to-left direction does to them ("May 2018 24", ".employees", ":Head office").
 */
export function readingOrderProblems(root) {
  const problems = [];
  let texts = 0;
  for (const node of visibleTexts(root)) {
    const content = node.textContent;
    const first = content.search(/\S/);
    const last = content.trimEnd().length - 1;
    const char = (i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const [a, z] = [char(first), char(last)];
    const whole = document.createRange();
    whole.setStart(node, first);
    whole.setEnd(node, last + 1);
    const lastLine = [...whole.getClientRects()].filter((r) => r.width > 0 && Math.abs(r.top - z.top) < 2);
    const lineEnd = Math.max(...lastLine.map((r) => r.right));
    texts += 1;
    if ((Math.abs(a.top - z.top) < 2 && a.left > z.left) || z.right < lineEnd - 1) {
      problems.push(`"${content.trim().slice(0, 40)}" is not drawn left to right`);
    }
  }
  return { problems, texts };
}

/**
 * Focuses the first marker of the map in `host` (as a keyboard user would) and reports its label after
 * the next frame: whether it is an open popover, its box as drawn, its layout width, the marker's box
 * as drawn, and `visibleAtCorners` of the label.
 */
export function focusedLabel(host) {
  const root = host.shadowRoot;
  const pin = root.querySelector('.pin');
  pin.focus();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const pop = root.querySelector('.pop');
      resolve({
        open: pop.matches(':popover-open'),
        pop: pop.getBoundingClientRect().toJSON(),
        layoutWidth: pop.offsetWidth,
        pin: pin.getBoundingClientRect().toJSON(),
        visible: visibleAtCorners(pop),
      });
    }),
  );
}

export { describe };
