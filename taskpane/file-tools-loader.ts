// Loads file-tools.ts (and exceljs with it) the first time a file is picked, after checking that this browser
// can run it at all.

import type * as Tools from './file-tools';
import type { PickedFile } from '../src/returns/picked-files';
import { fileSupport, type FileSupport } from './view/file-support';
import { UserFacingError } from './view/errors';
import { paneText } from '../src/core/messages';

export type FileTools = typeof Tools;

export const CHUNK_FAILED = paneText('files/chunk-failed');

let loading: Promise<FileTools> | null = null;

export function supportHere(): FileSupport {
  return fileSupport(window as unknown as Parameters<typeof fileSupport>[0]);
}

export function loadFileTools(): Promise<FileTools> {
  const support = supportHere();
  if (!support.ok) return Promise.reject(new UserFacingError(support.message));
  if (!loading) {
    loading = import(/* webpackChunkName: "file-tools" */ './file-tools').catch(() => {
      loading = null;
      throw new UserFacingError(CHUNK_FAILED);
    });
  }
  return loading;
}

/** A picked File as the readers take it: its bytes are read only when its turn comes. */
export function pickedFile(f: File): PickedFile {
  return {
    name: f.name,
    size: f.size,
    lastModified: f.lastModified,
    bytes: () => f.arrayBuffer().then((b) => new Uint8Array(b)),
  };
}
