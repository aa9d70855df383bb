/**
 * WCAG contrast of rendered text: every text-bearing element inside a shadow root against the
 * background it is actually drawn on (walking up the composed tree, compositing translucent layers).
 */

type Rgba = [number, number, number, number];

/** Parses the colour formats browsers give in computed styles: rgb()/rgba() and color(srgb …). */
export function parseColor(value: string): Rgba {
  const rgb = value.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const parts = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  }
  const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
  if (srgb) {
    const parts = srgb[1].split(/[\s/]+/).filter(Boolean).map(Number);
    return [parts[0] * 255, parts[1] * 255, parts[2] * 255, parts[3] ?? 1];
  }
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`Unparsed colour: ${value}`);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function parentInComposedTree(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `element`: its and its ancestors' backgrounds composited over white. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentInComposedTree(node)) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
  }
  let colour: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

export interface ContrastFinding {
  text: string;
  ratio: number;
}

/** The lowest-contrast texts in `root` (elements with their own non-blank text nodes). */
export function textContrasts(root: ShadowRoot | Element): ContrastFinding[] {
  const findings: ContrastFinding[] = [];
  for (const element of root.querySelectorAll('*')) {
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (!ownText || element.getClientRects().length === 0) continue;
    const background = backgroundBehind(element);
    const foreground = over(parseColor(getComputedStyle(element).color), background);
    findings.push({ text: ownText.slice(0, 40), ratio: contrastRatio(foreground, background) });
  }
  return findings;
}
