/** Small test helpers: capture console warnings/errors, count events reaching a target. */

export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

export function countEvents<D = unknown>(target: EventTarget, type: string) {
  const state = {
    count: 0,
    last: undefined as D | undefined,
    stop: () => target.removeEventListener(type, listener),
  };
  const listener = (event: Event) => {
    state.count += 1;
    state.last = (event as CustomEvent<D>).detail;
  };
  target.addEventListener(type, listener);
  return state;
}
