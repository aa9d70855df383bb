/**
 * The recorder of the CSP pages, a same-origin classic script loaded before anything else (a strict CSP
 * blocks inline scripts, and Firefox and WebKit are driven without console access): it collects every
 * `securitypolicyviolation`, console warning and error, uncaught exception and unhandled rejection in
 * `window.hostileProbe`. `hostileProbe.provoke()` breaks the policy on purpose (an inline style
 * attribute) so a test can show the recorder sees violations in that engine.
 */
/* global addEventListener, console, document, window -- this file runs in the browser */
(() => {
  const seen = { violations: [], warnings: [], errors: [] };
  window.hostileProbe = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => seen.violations.push(`${event.effectiveDirective || event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    true,
  );
  const text = (args) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
  for (const [method, list] of [
    ['warn', seen.warnings],
    ['error', seen.errors],
  ]) {
    const original = console[method];
    console[method] = function (...args) {
      list.push(text(args));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => seen.errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => seen.errors.push(`unhandled rejection: ${text([event.reason])}`));
  seen.provoke = () => {
    const element = document.createElement('div');
    element.setAttribute('style', 'color: red');
    document.body.append(element);
    element.remove();
  };
})();
