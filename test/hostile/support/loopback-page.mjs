/**
 * The page the bad-data and attribute-fuzzing suites drive: it reaches only `origin` (any other request is
 * aborted, so nothing taken from the data ever reaches the network) and records into `seen` what a hostile
 * case could cause: uncaught errors (`pageErrors`), dialogs (`dialogs`, each dismissed) and, when given,
 * every request (`requests`).
 */
export async function openLoopbackPage(browser, origin, seen) {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (seen.requests) page.on('request', (request) => seen.requests.push(request.url()));
  return page;
}
