// A workbook built in the pane (the merged province workbook) opened as a new Excel workbook, exactly as the
// CLI writes it. Excel.createWorkbook takes the file as base64 in one request, and Excel on the web refuses a
// request over 5 MB: a larger file is refused here with a plain reason (write it into the open workbook in
// batches instead, or download it).

import { message } from '../core/messages';

/** Base64 size Excel on the web accepts in one request, with room for the request's own envelope. */
export const MAX_NEW_WORKBOOK_BASE64 = 4_500_000;

export class WorkbookTooLarge extends Error {
  /** the sentence the pane shows as it is */
  readonly userMessage: string;
  constructor(readonly bytes: number) {
    super(message('file/too-large-for-new-workbook', { size: `${(bytes / 1e6).toFixed(1)} MB` }));
    this.userMessage = this.message;
    // keeps instanceof working when compiled to ES5 for the IE11 webview
    Object.setPrototypeOf(this, WorkbookTooLarge.prototype);
  }
}

/** Base64 without relying on Buffer (absent in the pane) or on btoa taking a huge string at once. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x6000; // a multiple of 3, so chunks join without padding in between
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (let j = 0; j < part.length; j++) s += String.fromCharCode(part[j]);
    out += btoa(s);
  }
  return out;
}

export async function openAsNewWorkbook(bytes: Uint8Array, create: (base64: string) => Promise<unknown> = (b) => Excel.createWorkbook(b)): Promise<void> {
  const base64 = toBase64(bytes);
  if (base64.length > MAX_NEW_WORKBOOK_BASE64) throw new WorkbookTooLarge(bytes.length);
  await create(base64);
}
