import type { TableDef } from '../types';
import { TABLE_VERSION, count, money, remark, serial, uscc, yesNo } from './common';

export const related: TableDef = {
  id: 'related',
  version: TABLE_VERSION,
  title: '国家火炬特色产业基地主要关联企业情况表',
  shortName: '主要关联企业情况表',
  titleAliases: ['主要关联企业情况表', '关联企业情况表', '关联企业名单'],
  appTypes: ['base'],
  nameLabel: '基地名称',
  nameKey: 'name',
  codeKey: 'uscc',
  hasTotal: true,
  columns: [
    serial,
    { key: 'name', header: '企业名称', aliases: ['企业名称（全称）', '企业全称', '关联企业名称'], type: 'text', required: true, unique: true, maxLength: 100, width: 28 },
    uscc(),
    { key: 'product', header: '主要产品', aliases: ['主导产品', '主要产品名称'], type: 'text', required: true, maxLength: 200, width: 20 },
    { key: 'backbone', header: '关联骨干企业', aliases: ['所关联骨干企业', '关联的骨干企业', '对应骨干企业'], type: 'text', required: true, maxLength: 100, hint: '填骨干企业情况表中的企业名称', width: 24 },
    { key: 'relation', header: '关联方式', aliases: ['关联类型', '关联关系'], type: 'enum', enum: ['上游供应', '下游应用', '生产配套', '技术协作', '其他'], hint: '请从下拉列表选择', width: 12 },
    yesNo('hightech', '是否高新技术企业', { required: true, aliases: ['高新技术企业', '是否高企'] }),
    money('revenue', '总收入', { required: true, aliases: ['营业收入', '总收入（营业收入）'] }),
    count('staff', '从业人员', '人', { aliases: ['年末从业人员', '从业人员数'] }),
    yesNo('inBase', '是否在基地内', { aliases: ['是否位于基地内', '在基地内'] }),
    remark,
  ],
  rowRules: [],
};
