/** A marker slot on the map: one cluster, or a group of clusters whose markers would overlap. */
export interface Pin<T> {
  /** Position in viewBox units: the projected point of the slot's first member. */
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points whose square hit targets (side `size`, viewBox units) would overlap. Points are taken in
 * reading order (top to bottom, then left to right); each joins the first slot whose anchor lies closer
 * than `size` on both axes, else anchors a new slot. Anchors are therefore at least `size` apart on some
 * axis (no two hit targets overlap) and every slot sits exactly on one member's projected point. The
 * slots come out in reading order. Mutates and reuses `points`; linear in the number of slots per point.
 */
export function groupPins<T>(points: Pin<T>[], size: number): Pin<T>[] {
  const pins: Pin<T>[] = [];
  for (const point of points.sort((a, b) => a.y - b.y || a.x - b.x)) {
    const near = pins.find((pin) => Math.abs(pin.x - point.x) < size && Math.abs(pin.y - point.y) < size);
    if (near) near.items.push(...point.items);
    else pins.push(point);
  }
  return pins;
}
