// The merged ranges of a sheet as exceljs loaded them (its index of merges by master cell: reading `ws.model`
// instead would rebuild the model of every row).

import type { Worksheet } from 'exceljs';
import type { CellBox } from '../core/headers';

interface MergeDims {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function mergedBoxes(ws: Worksheet): CellBox[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeDims | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is MergeDims => !!m)
    .map((m) => ({ r1: m.top, c1: m.left, r2: m.bottom, c2: m.right }));
}
