/**
 * The "loading" and "bad `src`" stories of the data elements (card, list, map, explorer).
 *
 * Loading needs a `src` that never answers, and the Storybook has no slow server: so this page holds
 * requests for one made-up path open (until the element aborts them, on its timeout or when it leaves
 * the page) instead of sending them. Every other request goes to the network untouched. This lives in
 * the Storybook only; the library itself makes no request but `src`.
 */
const PENDING_SRC = '/storybook-demo/never-answers.json';

/** Long enough that the loading state stays while a visitor looks at it (the default gives up at 10 s). */
const PENDING_TIMEOUT = 3_600_000;

let installed = false;

/** Installs the hold once per page (from the story's loaders, before the element asks). */
function holdPendingSource(): void {
  if (installed) return;
  installed = true;
  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const address = input instanceof Request ? input.url : String(input);
    if (new URL(address, window.location.href).pathname !== PENDING_SRC) return send(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

/** A "loading" story: the element's `src` never answers; `text` describes what the visitor sees. */
export function loadingStory(text: string) {
  return {
    args: { src: PENDING_SRC, timeout: PENDING_TIMEOUT },
    loaders: [async () => holdPendingSource()],
    parameters: { docs: { description: { story: `While \`src\` loads (here a file that never answers): ${text}` } } },
  };
}

/** A story whose `src` answers 200 with content that is not cluster data; `text` describes the result. */
export function srcFailureStory(text: string) {
  return {
    args: { src: './fixtures/invalid-clusters.json' },
    parameters: {
      docs: { description: { story: `Bad data from \`src\` (the file answers 200, but its content is not cluster data): ${text}` } },
      sweep: { expectWarning: 'Invalid cluster data', expectEvents: ['cluster-data-error'] },
    },
  };
}
