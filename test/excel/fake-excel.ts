// The Office host the adapter's tests run against: the strict host (test/excel/strict/), as strict as Office
// where Office is documented. office-addin-mock's objects carry no request context, so they cannot show a proxy
// used in the wrong run — the defect this host exists to catch; the host therefore builds its own proxies.
export { StrictBook } from './strict/book';
export { OfficeError, PAYLOAD_LIMIT, OPERATION_CELLS_LIMIT, MERGED_AREAS_LIMIT } from './strict/limits';

/** Every feature on, or all of them at or below an API version. */
export const featuresUpTo = (v: number) => (set: string, version: string): boolean => set === 'ExcelApi' && Number(version.split('.')[1]) <= v;
