/**
 * The embed configurator's form controls, one per attribute kind of the snippet generator (enum, integer,
 * text, boolean, tokens), each with a visible label and a hint tied by `aria-describedby`.
 */
import { html, type TemplateResult } from 'lit';
import { clusters, regions, strengthAreas } from '../../src/data/index.js';
import type { AttributeInput, AttributeSpec } from './snippet.js';

/** Names shown beside ids in the drop-downs. */
const NAMES: Record<string, Map<string, string>> = {
  area: new Map(strengthAreas.map((item) => [item.id, item.name.en])),
  region: new Map(regions.map((item) => [item.id, item.name.en])),
  cluster: new Map(clusters.map((item) => [item.id, item.name])),
};

/** What an empty choice means, for enums without a default. */
const EMPTY_LABELS: Record<string, string> = {
  area: 'All areas',
  region: 'All regions',
  topic: 'All four topics',
};

/** A labelled drop-down with a hint; `onChange` gets the chosen value. */
export function renderSelect(
  id: string,
  label: string,
  value: string,
  options: [value: string, label: string][],
  hint: string,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}><code>${label}</code></label>
    <select id=${id} aria-describedby="${id}-hint" @change=${(event: Event) => {
      onChange((event.target as HTMLSelectElement).value);
    }}>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select>
    <span class="hint" id="${id}-hint">${hint}</span>
  </div>`;
}

/**
 * The control of one attribute, chosen by its kind (from the generator's specs): `current` is the form's
 * value, `set` receives the new one.
 */
export function renderAttributeControl(
  spec: AttributeSpec,
  current: AttributeInput | undefined,
  set: (name: string, value: AttributeInput) => void,
): TemplateResult {
  const hint = spec.description.replace(/`/g, '');
  const id = `attr-${spec.name}`;
  switch (spec.kind) {
    case 'enum': {
      const named = NAMES[spec.name];
      const options: [string, string][] = spec.values.map((value) => [
        value,
        named?.get(value) ? `${named.get(value)} (${value})` : value === spec.default ? `${value} (default)` : value,
      ]);
      if (spec.default === undefined && spec.name !== 'cluster') options.unshift(['', EMPTY_LABELS[spec.name] ?? '(none)']);
      const selected = typeof current === 'string' ? current : (spec.default ?? '');
      return renderSelect(id, spec.name, selected, options, hint, (value) => set(spec.name, value));
    }
    case 'integer': {
      if (spec.max - spec.min <= 10) {
        const options: [string, string][] = [];
        for (let level = spec.min; level <= spec.max; level += 1) {
          options.push([String(level), level === spec.default ? `${level} (default)` : String(level)]);
        }
        const selected = current === undefined || current === '' ? String(spec.default ?? '') : String(current);
        return renderSelect(id, spec.name, selected, options, hint, (value) => set(spec.name, value));
      }
      return html`<div class="field">
        <label for=${id}><code>${spec.name}</code></label>
        <input id=${id} type="number" inputmode="numeric" min=${spec.min} step="1" aria-describedby="${id}-hint"
          .value=${current === undefined ? '' : String(current)}
          @input=${(event: Event) => set(spec.name, (event.target as HTMLInputElement).value)} />
        <span class="hint" id="${id}-hint">${hint} Empty: no limit.</span>
      </div>`;
    }
    case 'text':
      return html`<div class="field">
        <label for=${id}><code>${spec.name}</code></label>
        <input id=${id} type="text" autocomplete="off" aria-describedby="${id}-hint" .value=${typeof current === 'string' ? current : ''}
          @input=${(event: Event) => set(spec.name, (event.target as HTMLInputElement).value)} />
        <span class="hint" id="${id}-hint">${hint}</span>
      </div>`;
    case 'boolean':
      return html`<div class="field">
        <span class="check">
          <input id=${id} type="checkbox" aria-describedby="${id}-hint" .checked=${current === true}
            @change=${(event: Event) => set(spec.name, (event.target as HTMLInputElement).checked)} />
          <label for=${id}><code>${spec.name}</code></label>
        </span>
        <span class="hint" id="${id}-hint">${hint}</span>
      </div>`;
    case 'tokens': {
      // '' = every token (the default), 'none' = none, else the chosen tokens.
      const chosen = current === undefined || current === '' ? [...spec.tokens] : current === 'none' ? [] : String(current).split(/\s+/);
      const toggle = (token: string, on: boolean) => {
        const next = spec.tokens.filter((t) => (t === token ? on : chosen.includes(t)));
        set(spec.name, next.length === spec.tokens.length ? '' : next.length === 0 ? 'none' : next.join(' '));
      };
      return html`<fieldset class="field checks-field" aria-describedby="${id}-hint">
        <legend class="choice-legend"><code>${spec.name}</code></legend>
        <div class="checks">
          ${spec.tokens.map(
            (token) => html`<label class="check">
              <input type="checkbox" .checked=${chosen.includes(token)}
                @change=${(event: Event) => toggle(token, (event.target as HTMLInputElement).checked)} />
              ${token}
            </label>`,
          )}
        </div>
        <span class="hint" id="${id}-hint">${hint} None checked: controls="none".</span>
      </fieldset>`;
    }
    case 'language':
      return html``;
  }
}
