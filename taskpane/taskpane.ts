// Entry of the task pane. Office.onReady decides where the pane runs: in Excel it works on the open workbook;
// anywhere else (a plain browser) it checks and merges picked files only.
import './polyfills';
import type { PaneHost } from './host';
import { NOT_IN_EXCEL, OFFICE_NOT_LOADED, Pane } from './pane';
import { createExcelHost } from './excel-host';
import { quietOfficeTelemetry } from './office-quiet';

const pane = new Pane();

declare global {
  interface Window {
    /** lets a browser test or a screenshot drive the pane with a host of its own */
    torchTablesPane?: { pane: Pane; useHost(host: PaneHost | null): void };
  }
}
window.torchTablesPane = { pane, useHost: (host) => pane.setHost(host) };

if (typeof Office === 'undefined') {
  pane.setHost(null, OFFICE_NOT_LOADED);
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      pane.setHost(createExcelHost());
    } else {
      quietOfficeTelemetry();
      pane.setHost(null, NOT_IN_EXCEL);
    }
  });
}
