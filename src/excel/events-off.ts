// The add-in's writes with its own events off (ExcelApi 1.8 runtime.enableEvents), so they raise no onChanged.
// enableEvents is the add-in's session state, not one request's: a batch that fails between "off" and "on"
// (a batch stops at its first failing operation) would leave live checking deaf for the rest of the session.
// So "on" goes with the last writes when all is well, and in a request of its own when anything failed.
// https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member

/**
 * Runs `work` (which queues writes and may sync along the way) with events off, then sends what it queued
 * together with events on again: no extra round trip on success.
 */
export async function withoutEvents<T>(context: Excel.RequestContext, supported: boolean, work: () => Promise<T>): Promise<T> {
  if (!supported) {
    const result = await work();
    await context.sync();
    return result;
  }
  context.runtime.enableEvents = false;
  let result: T;
  try {
    result = await work();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (e) {
    context.runtime.enableEvents = true;
    await context.sync();
    throw e;
  }
  return result;
}
