/**
 * WCAG contrast of rendered text: every text-bearing element inside a shadow root against the
 * background it is actually drawn on (walking up the composed tree, compositing translucent layers).
 */

type Rgba = [number, number, number, number];

/** The numbers of a colour function's arguments; `none` (a missing component) is 0, `n%` is n/100 × `percent`. */
function components(args: string, percent: number[] = []): number[] {
  return args
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((part, index) => {
      if (part === 'none') return 0;
      if (part.endsWith('%')) return (parseFloat(part) / 100) * (percent[index] ?? 1);
      return Number(part);
    });
}

/** Linear-light sRGB (0–1) → 8-bit sRGB channel, clipped to the gamut. */
function encodeSrgb(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** OKLab → sRGB (Björn Ottosson's matrices, as CSS Color 4 uses them). */
function oklabToRgb(l: number, a: number, b: number): [number, number, number] {
  const lms = [l + 0.3963377774 * a + 0.2158037573 * b, l - 0.1055613458 * a - 0.0638541728 * b, l - 0.0894841775 * a - 1.291485548 * b].map(
    (value) => value ** 3,
  );
  return [
    encodeSrgb(4.0767416621 * lms[0] - 3.3077115913 * lms[1] + 0.2309699292 * lms[2]),
    encodeSrgb(-1.2684380046 * lms[0] + 2.6097574011 * lms[1] - 0.3413193965 * lms[2]),
    encodeSrgb(-0.0041960863 * lms[0] - 0.7034186147 * lms[1] + 1.707614701 * lms[2]),
  ];
}

/**
 * Parses the colour formats browsers give in computed styles: rgb()/rgba(), color(srgb …) (what
 * color-mix() in srgb computes to) and oklab()/oklch() (what color-mix() in oklab/oklch computes to).
 * Anything else, or a component that is not a number, throws: a colour the check cannot read must
 * never pass it (a NaN contrast ratio is not below 4.5).
 */
export function parseColor(value: string): Rgba {
  let rgba: number[] | undefined;
  const rgb = value.match(/^rgba?\(([^)]+)\)$/);
  const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
  const oklab = value.match(/^oklab\(([^)]+)\)$/);
  const oklch = value.match(/^oklch\(([^)]+)\)$/);
  if (rgb) {
    const parts = components(rgb[1], [255, 255, 255]);
    rgba = [parts[0], parts[1], parts[2], parts[3] ?? 1];
  } else if (srgb) {
    const parts = components(srgb[1]);
    rgba = [parts[0] * 255, parts[1] * 255, parts[2] * 255, parts[3] ?? 1];
  } else if (oklab) {
    const [l, a, b, alpha] = components(oklab[1], [1, 0.4, 0.4]);
    rgba = [...oklabToRgb(l, a, b), alpha ?? 1];
  } else if (oklch) {
    const [l, c, h, alpha] = components(oklch[1], [1, 0.4]);
    const hue = (h * Math.PI) / 180;
    rgba = [...oklabToRgb(l, c * Math.cos(hue), c * Math.sin(hue)), alpha ?? 1];
  } else if (value === 'transparent') {
    rgba = [0, 0, 0, 0];
  }
  if (!rgba || rgba.length !== 4 || rgba.some((part) => !Number.isFinite(part))) {
    throw new Error(`Unparsed colour: ${value}`);
  }
  return rgba as Rgba;
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
