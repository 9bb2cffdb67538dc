import type { AppTypeDef, AppTypeId } from '../types';

export const APP_TYPES: AppTypeDef[] = [
  {
    id: 'base',
    label: '国家火炬特色产业基地',
    shortLabel: '特色产业基地',
    tables: ['backbone', 'related', 'services'],
    optionalTables: [],
    nameLabel: '基地名称',
    rules: [
      { kind: 'references', table: 'related', field: 'backbone', target: 'backbone', targetField: 'name', severity: 'error' },
      { kind: 'disjoint', tables: ['backbone', 'related'], severity: 'warning' },
    ],
  },
  {
    id: 'cluster',
    label: '创新型产业集群',
    shortLabel: '创新型产业集群',
    tables: ['cluster'],
    optionalTables: [],
    nameLabel: '集群名称',
    rules: [],
  },
  {
    id: 'industrialization',
    label: '国家高新技术产业化基地',
    shortLabel: '高新技术产业化基地',
    tables: [],
    optionalTables: ['backbone'],
    nameLabel: '基地名称',
    rules: [],
  },
];

export const APP_TYPE_LABELS = APP_TYPES.map((t) => t.label);

export function appType(id: AppTypeId): AppTypeDef {
  const t = APP_TYPES.find((a) => a.id === id);
  if (!t) throw new Error(`unknown application type ${id}`);
  return t;
}

/** The application type for a label as typed (full label, short label or id). */
export function findAppType(text: string): AppTypeDef | undefined {
  const t = text.replace(/\s+/g, '');
  return APP_TYPES.find((a) => a.label === t || a.shortLabel === t || a.id === t)
    ?? APP_TYPES.find((a) => t.includes(a.shortLabel) || (t.length >= 4 && a.label.includes(t)));
}
