/**
 * Attribute values with a fixed set of allowed values. An invalid value falls back to the default with
 * one console warning per element and value (DESIGN.md), and never an event.
 */
const warned = new WeakMap<Element, Set<string>>();

/** Warns that `value` is not valid for `attribute` — once per element and value. */
export function warnInvalid(element: Element, attribute: string, value: unknown, fallback: unknown): void {
  const key = `${attribute}=${String(value)}`;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(
    `<${element.localName}>: "${String(value)}" is not a valid ${attribute}; using ${JSON.stringify(fallback)}.`,
  );
}

/** `value` when it is one of `allowed` (or absent), else `fallback` with a warning. */
export function enumValue<T extends string, F extends string | undefined>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: F,
): T | F {
  if (value === null || value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnInvalid(element, attribute, value, fallback);
  return fallback;
}

/** An integer in [min, max] (or absent), else `fallback` with a warning. */
export function integerValue(
  element: Element,
  attribute: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warnInvalid(element, attribute, value, fallback);
  return fallback;
}
