/**
 * Real key presses that work in all three engines of `npm test`. `sendKeys` hands key names to each
 * launcher's protocol as they are, and the protocols differ:
 *   - Playwright (Chromium): any key name, and chords such as `Shift+Tab`;
 *   - Puppeteer over WebDriver BiDi (Firefox ESR): no `Space` (only ' ') and no chords (`down`/`up` work);
 *   - WebDriver classic (WebKitGTK): only `press` and `type`, no `down`/`up`; one `press` holds all the
 *     WebDriver key codes it is given and then releases them, which is how a chord is pressed there.
 * `press()` takes one spelling (`'Enter'`, `'Space'`, `'Tab'`, `'Shift+Tab'`, `'ArrowDown'`, `'a'` …) and
 * sends what each launcher understands. Each is a real key event sequence from the browser's input
 * layer, never a synthetic `dispatchEvent`.
 *
 * Seen in the events the engines then fire (keydown `key`/`code`): all three agree on Space (' '/Space),
 * Enter, Escape, arrows, letters and Tab, except that Firefox reports Enter with code `NumpadEnter`, and
 * WebKitGTK reports the Tab of Shift+Tab as key `Unidentified` (code `Tab`; focus still moves back).
 * Component code should read `key` for Enter and focus events (focusout), not `key === 'Tab'`, for leaving.
 */
import { sendKeys } from '@web/test-runner-commands';

/** WebDriver's code points for the named keys (WebDriver spec, "keyboard actions"). */
const WEBDRIVER_KEY: Record<string, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The launcher refused `down`/`up` because it speaks WebDriver classic. */
const isWebDriverRefusal = (error: unknown) => /supported by webdriver/i.test(String(error));
/** Set after the first refusal, so the server logs it once per test file, not once per chord. */
let webDriverClassic = false;

/** Presses a key or a chord (`'Shift+Tab'`, `'Control+a'`); `'Space'` and `' '` are the space bar. */
export async function press(key: string): Promise<void> {
  const names = (key.length > 1 && key.includes('+') ? key.split('+') : [key]).map((name) => (name === 'Space' ? ' ' : name));
  const last = names[names.length - 1];
  const modifiers = names.slice(0, -1);
  if (modifiers.length === 0) {
    await sendKeys({ press: last });
    return;
  }
  if (webDriverClassic) {
    await sendKeys({ press: names.map((name) => WEBDRIVER_KEY[name] ?? name).join('') });
    return;
  }
  const held: string[] = [];
  try {
    for (const modifier of modifiers) {
      await sendKeys({ down: modifier });
      held.push(modifier);
    }
  } catch (error) {
    if (held.length > 0 || !isWebDriverRefusal(error)) {
      for (const modifier of held.reverse()) await sendKeys({ up: modifier });
      throw error;
    }
    webDriverClassic = true;
    await press(key);
    return;
  }
  try {
    await sendKeys({ press: last });
  } finally {
    for (const modifier of held.reverse()) await sendKeys({ up: modifier });
  }
}
