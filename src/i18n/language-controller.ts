import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageFromTag, type Language } from './strings.js';

type LanguageHost = ReactiveControllerHost & HTMLElement & { lang?: string };

/** Every connected controller; one shared observer tells them when any `lang` on the page changes. */
const connected = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function watchPage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The element's own `lang` (the property: during an update it is ahead of the reflected attribute), else
 * the nearest ancestor's, looking through shadow roots to their hosts, up to `<html>`.
 */
function declaredLanguage(element: LanguageHost): string | null {
  if (element.lang) return element.lang;
  let node: Node | null = element.parentNode instanceof ShadowRoot ? element.parentNode.host : element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

/**
 * Resolves the language of its host: the element's own `lang`, else the nearest ancestor's (through
 * shadow roots), else `<html lang>`; re-renders the host when any of them changes. Not `@lit/localize`:
 * a library that ships its own strings needs no runtime message loading.
 * Before connection (and under SSR) only the element's own `lang` is read, so the first render never
 * touches `document`.
 */
export class LanguageController implements ReactiveController {
  language: Language;

  constructor(private readonly host: LanguageHost) {
    this.language = languageFromTag(host.getAttribute?.('lang'));
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchPage();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; asks for an update only when it changed. */
  refresh(): void {
    const next = languageFromTag(declaredLanguage(this.host));
    if (next !== this.language) {
      this.language = next;
      this.host.requestUpdate();
    }
  }
}
