// A suite that needs something from outside the project (Chromium, LibreOffice, ../shared) skips with a message on
// a newcomer's machine; in CI, which installs all of it, the same absence is a failure, so a broken install step
// cannot pass as a row of skipped tests.

export function skipUnlessPresent(ctx: Mocha.Context, missing: string | null | undefined): void {
  if (!missing) return;
  if (process.env.CI) throw new Error(`missing in CI: ${missing}`);
  console.log(`      (skipped: ${missing})`);
  ctx.skip();
}
