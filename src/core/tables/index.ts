import type { ColumnDef, TableDef, TableId } from '../types';
import { backbone } from './backbone';
import { related } from './related';
import { cluster } from './cluster';
import { services } from './services';

export { cover } from './cover';
export { APP_TYPES, APP_TYPE_LABELS, appType, findAppType } from './app-types';
export { TABLE_VERSION } from './common';

/** Every table definition, in the order the official forms list them. */
export const TABLES: TableDef[] = [backbone, related, services, cluster];

export function tableDef(id: TableId): TableDef {
  const t = TABLES.find((d) => d.id === id);
  if (!t) throw new Error(`unknown table ${id}`);
  return t;
}

/** The header of field `key` among `columns` (a table's or the cover's), else the key itself. */
export function fieldHeader(columns: ColumnDef[], key: string): string {
  return columns.find((c) => c.key === key)?.header ?? key;
}

export { backbone, related, cluster, services };
