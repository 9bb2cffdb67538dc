// The 13 reporting units (所在地市), in the province's official order.

export interface ReportingUnit {
  name: string;
  /** area-code prefix (positions 3–8 of a credit code start with its first 4 digits) */
  code: string;
  /** units without an area code of their own use the host city's prefix, as a warning only */
  hostCity?: string;
  /** short forms people type */
  aliases: string[];
}

export const REPORTING_UNITS: ReportingUnit[] = [
  { name: '太原市', code: '140100', aliases: ['太原'] },
  { name: '大同市', code: '140200', aliases: ['大同'] },
  { name: '阳泉市', code: '140300', aliases: ['阳泉'] },
  { name: '长治市', code: '140400', aliases: ['长治'] },
  { name: '晋城市', code: '140500', aliases: ['晋城'] },
  { name: '朔州市', code: '140600', aliases: ['朔州'] },
  { name: '晋中市', code: '140700', aliases: ['晋中'] },
  { name: '运城市', code: '140800', aliases: ['运城'] },
  { name: '忻州市', code: '140900', aliases: ['忻州'] },
  { name: '临汾市', code: '141000', aliases: ['临汾'] },
  { name: '吕梁市', code: '141100', aliases: ['吕梁'] },
  { name: '山西综改示范区', code: '', hostCity: '太原市', aliases: ['综改示范区', '综改区', '山西转型综合改革示范区'] },
  { name: '长治高新区', code: '', hostCity: '长治市', aliases: ['长治高新技术产业开发区', '长治国家高新区'] },
];

export const UNIT_NAMES = REPORTING_UNITS.map((u) => u.name);

/** The official unit name for what someone typed or a file name contains, or undefined. */
export function findUnit(text: string): ReportingUnit | undefined {
  const t = text.replace(/\s+/g, '');
  if (!t) return undefined;
  const exact = REPORTING_UNITS.find((u) => u.name === t || u.aliases.includes(t));
  if (exact) return exact;
  // longest name first, so 长治高新区 wins over 长治市 inside a file name
  const byLength = [...REPORTING_UNITS].sort((a, b) => b.name.length - a.name.length);
  for (const u of byLength) {
    if (t.includes(u.name) || u.aliases.some((a) => t.includes(a))) return u;
  }
  return undefined;
}
