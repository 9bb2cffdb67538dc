// The tables of one return built from its lists of units; figures come from a random source seeded by the file name.
import { backboneRow, clusterRow, relatedRow, serviceRow, type Firm, type Institution } from './figures';
import type { SampleTable } from './model';
import { PEOPLE } from './people';
import { Random } from './prng';

export const firm = (name: string, area: string, product: string, extra: Partial<Firm> = {}): Firm => ({ name, area, product, ...extra });

export const inst = (name: string, area: string, kind: Institution['kind'], category: string, service: string, national = false): Institution =>
  ({ name, area, kind, category, product: service, national, legalRep: '' });

export function backboneTable(seed: string, firms: Firm[]): SampleTable {
  const rnd = new Random(`${seed}:backbone`);
  return { id: 'backbone', rows: firms.map((f, i) => backboneRow(rnd, f, i)) };
}

export function baseTables(seed: string, backbone: Firm[], related: Firm[], services: Institution[]): SampleTable[] {
  const rnd = new Random(`${seed}:base`);
  const bb = backboneTable(seed, backbone);
  const names = backbone.map((f) => f.name);
  return [
    bb,
    { id: 'related', rows: related.map((f, i) => relatedRow(rnd, f, i, names)) },
    { id: 'services', rows: services.map((s, i) => serviceRow(rnd, { ...s, legalRep: PEOPLE[(i * 5 + seed.length) % PEOPLE.length] }, i)) },
  ];
}

export type ClusterUnit = Firm & { category: string; national?: boolean };

export const member = (category: string, name: string, area: string, product: string, extra: Partial<ClusterUnit> = {}): ClusterUnit =>
  ({ category, name, area, product, ...extra });

export function clusterTable(seed: string, units: ClusterUnit[]): SampleTable {
  const rnd = new Random(`${seed}:cluster`);
  return { id: 'cluster', rows: units.map((u, i) => clusterRow(rnd, u, i)) };
}

export function table(tables: SampleTable[], id: SampleTable['id']): SampleTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}
