// Office's errors and limits as the strict host raises them. Each error carries Office's code so code under test
// can tell them apart the way it would in Excel (OfficeExtension.Error.code).

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * counted here as 5,000,000 bytes of the UTF-8 JSON, the stricter reading of "5MB".
 */
export const PAYLOAD_LIMIT = 5_000_000;

/**
 * "OperationCellsExceedLimit: The attempted operation affects more than the 33554000 cell limit" — Excel on the
 * web (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-codes).
 */
export const OPERATION_CELLS_LIMIT = 33_554_000;

/**
 * "if the merged areas count in this range is more than 512, then this method will fail to return the result"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MERGED_AREAS_LIMIT = 512;

/** What one queued action costs in a request besides its arguments: action type, ids, object path. */
export const ACTION_BYTES = 100;

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    Object.setPrototypeOf(this, OfficeError.prototype);
  }
}

/** Bytes of a value as the JSON Office sends (UTF-8). */
export const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');

/** The request of one sync, refused whole when too large (nothing in it runs). */
export function checkRequest(bytes: number, limit = PAYLOAD_LIMIT): void {
  if (bytes > limit) {
    throw new OfficeError('RequestPayloadSizeLimitExceeded', `the request payload is ${bytes} bytes, over Excel on the web's 5 MB`);
  }
}

/** The response of one sync: the writes before it happened, but nothing loaded comes back. */
export function checkResponse(bytes: number, limit = PAYLOAD_LIMIT): void {
  if (bytes > limit) {
    throw new OfficeError('ResponsePayloadSizeLimitExceeded', `the response payload is ${bytes} bytes, over Excel on the web's 5 MB`);
  }
}

export function checkOperationCells(cells: number, what: string): void {
  if (cells > OPERATION_CELLS_LIMIT) {
    throw new OfficeError('OperationCellsExceedLimit', `${what} affects ${cells} cells, over Excel on the web's 33,554,000`);
  }
}
