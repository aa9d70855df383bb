/** Progress lines with the time since the run started, so a slow section shows while it runs. */
const started = Date.now();

export function elapsedSeconds() {
  return (Date.now() - started) / 1000;
}

export function log(message) {
  const s = elapsedSeconds();
  const stamp = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  console.log(`[bench ${stamp}] ${message}`);
}
