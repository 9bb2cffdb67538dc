import type { ColumnDef } from '../types';

// Column shapes that recur across the official tables. Each table still lists its own columns in order.

export const TABLE_VERSION = '2018';

export const serial: ColumnDef = { key: 'serial', header: '序号', aliases: ['编号', '序'], type: 'serial', min: 1, width: 6 };

export const uscc = (hint = '18位统一社会信用代码，字母大写'): ColumnDef => ({
  key: 'uscc',
  header: '统一社会信用代码',
  aliases: ['社会信用代码', '信用代码', '统一社会信用代码（组织机构代码）', '组织机构代码'],
  type: 'uscc',
  required: true,
  unique: true,
  hint,
  width: 22,
});

export const yesNo = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  type: 'yesno',
  hint: '请选择 是 或 否',
  width: 10,
  ...extra,
});

export const money = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  unit: '万元',
  type: 'number',
  min: 0,
  decimals: 2,
  hint: '单位：万元，填数字，最多4位小数',
  width: 12,
  ...extra,
});

export const count = (key: string, header: string, unit: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  unit,
  type: 'integer',
  min: 0,
  hint: `单位：${unit}，填非负整数`,
  width: 10,
  ...extra,
});

export const remark: ColumnDef = { key: 'remark', header: '备注', aliases: ['说明'], type: 'text', maxLength: 500, width: 16 };

export const INSTITUTION_CLASSES = ['创新服务机构', '研发机构', '金融服务机构', '其他服务机构'];
export const ENTERPRISE_CLASSES = ['骨干企业', '中小微企业'];
