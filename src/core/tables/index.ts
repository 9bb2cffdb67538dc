import type { TableDef, TableId } from '../types';
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

export { backbone, related, cluster, services };
