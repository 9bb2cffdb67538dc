// Plausible figures for each kind of row (万元, 人): sizes differ between 骨干企业, 关联企业, small firms and institutions.
import { ENTERPRISE_CLASSES } from '../../src/core/tables/common';
import { creditCode, type CodeKind } from './codes';
import type { SampleRow } from './model';
import { Random, round } from './prng';

export interface Firm {
  name: string;
  /** six-digit area code of the registering district */
  area: string;
  product: string;
  /** use another unit's code (the same company under a slightly different name) */
  codeOf?: string;
  kind?: CodeKind;
}

const code = (f: Firm) => creditCode(f.codeOf ?? f.name, f.area, f.kind ?? '91');

export function backboneRow(rnd: Random, f: Firm, i: number): SampleRow {
  const revenue = rnd.money(18000, 260000);
  const staff = rnd.int(280, 4200);
  return {
    serial: i + 1,
    name: f.name,
    uscc: code(f),
    product: f.product,
    hightech: rnd.chance(0.85) ? '是' : '否',
    revenue,
    productRevenue: round(revenue * rnd.money(0.55, 0.9, 2), 1),
    output: round(revenue * rnd.money(0.95, 1.12, 2), 1),
    profit: round(revenue * rnd.money(0.02, 0.08, 3), 1),
    tax: round(revenue * rnd.money(0.03, 0.06, 3), 1),
    exports: rnd.chance(0.4) ? round((revenue * rnd.money(0.01, 0.08, 2)) / 6.9, 1) : 0,
    staff,
    rdStaff: Math.round(staff * rnd.money(0.07, 0.16, 2)),
    rdSpend: round(revenue * rnd.money(0.02, 0.05, 3), 1),
    patents: rnd.int(3, 68),
    standards: rnd.int(0, 9),
    remark: null,
  };
}

const RELATIONS = ['上游供应', '下游应用', '生产配套', '技术协作'];

export function relatedRow(rnd: Random, f: Firm, i: number, backbones: string[]): SampleRow {
  return {
    serial: i + 1,
    name: f.name,
    uscc: code(f),
    product: f.product,
    backbone: backbones[i % backbones.length],
    relation: rnd.pick(RELATIONS),
    hightech: rnd.chance(0.45) ? '是' : '否',
    revenue: rnd.money(900, 26000),
    staff: rnd.int(45, 760),
    inBase: rnd.chance(0.7) ? '是' : '否',
    remark: null,
  };
}

export interface Institution extends Firm {
  category: string;
  national: boolean;
  legalRep: string;
}

export function serviceRow(rnd: Random, s: Institution, i: number): SampleRow {
  return {
    serial: i + 1,
    name: s.name,
    uscc: code(s),
    category: s.category,
    service: s.product,
    national: s.national ? '是' : '否',
    legalRep: s.legalRep,
    servedFirms: rnd.int(12, 130),
    staff: rnd.int(8, 220),
    remark: null,
  };
}

/** One 主要企业和服务机构汇总表 row; `category` decides which columns an enterprise or an institution fills. */
export function clusterRow(rnd: Random, f: Firm & { category: string; national?: boolean }, i: number): SampleRow {
  const enterprise = ENTERPRISE_CLASSES.includes(f.category);
  const big = f.category === '骨干企业';
  const revenue = big ? rnd.money(15000, 180000) : enterprise ? rnd.money(600, 14000) : null;
  return {
    serial: i + 1,
    name: f.name,
    uscc: code(f),
    category: f.category,
    product: f.product,
    hightech: enterprise ? (big || rnd.chance(0.5) ? '是' : '否') : null,
    revenue,
    staff: big ? rnd.int(300, 3600) : enterprise ? rnd.int(30, 420) : rnd.int(10, 160),
    rdSpend: revenue === null ? rnd.money(50, 900) : round(revenue * rnd.money(0.02, 0.06, 3), 1),
    patents: big ? rnd.int(8, 60) : rnd.int(0, 12),
    standards: big ? rnd.int(1, 8) : rnd.int(0, 2),
    national: enterprise ? null : f.national ? '是' : '否',
    remark: null,
  };
}
