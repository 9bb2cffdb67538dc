// Turns a failure of an Excel call into one plain Chinese sentence: clerks never see a stack trace.

import { OFFICE_ERROR, paneText } from '../../src/core/messages';

/** An error that already carries a sentence meant for the user. */
export class UserFacingError extends Error {
  constructor(public readonly userMessage: string) {
    super(userMessage);
    this.name = 'UserFacingError';
    // keeps instanceof working when the pane is compiled to ES5 for Office 2016/2019's IE11 webview
    Object.setPrototypeOf(this, UserFacingError.prototype);
  }
}

export function describeError(e: unknown, action = paneText('error/action')): string {
  const err = e as { userMessage?: unknown; code?: unknown; message?: unknown } | null;
  if (err && typeof err.userMessage === 'string') return err.userMessage;
  if (err && typeof err.code === 'string' && OFFICE_ERROR[err.code]) return paneText('error/failed-because', { action, reason: OFFICE_ERROR[err.code] });
  return paneText('error/failed', { action });
}
