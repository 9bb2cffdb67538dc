// Reading other people's tables: header text normalised and matched to the table definitions.
// Pure: no host imports; the xlsx reader and the Excel adapter both use it.

export {
  normaliseHeader,
  splitHeaderUnit,
  unitOf,
  foldWidth,
  displayHeader,
  isTotalLabel,
  isFooterLabel,
  isSubtotalLabel,
} from './headers/normalise';
export { matchHeaderRow, matchCoverLabel, type HeaderMatch } from './headers/match';
export { findTable, isUnitsRow, titleRowOf, type TableFound, type FindOptions } from './headers/find';
export { firstTable, headerAgainNotice, mayBeHeader, stackedBelow, stackedRowAt, TITLE_LINES, type StackedBelow, type StackedRow } from './headers/stacked';
export { layoutOf, type FoundLayout } from './headers/layout';
export { keepOnePerTable, HEADER_SCAN_ROWS } from './headers/keep-one';
export { locateCoverLabels, COVER_LABEL_COLS, MIN_COVER_LABELS, type CoverLabel } from './headers/cover';
export { rowKindOf, rowLabel, subtotalNotice, ROW_LABEL_COLS, type RowKind } from './headers/row-kind';
export { splitTableRows, type RowsToSplit, type SplitRows } from './headers/split-rows';
export { mergesDown, spreadMerged, type CellBox, type MergedDown } from './headers/merged-rows';
export { coverAbove, coverOfSheet, coverPairsBeside, startsWithCoverLabel } from './headers/cover-above';
