import type { TableDef } from '../types';
import { INSTITUTION_CLASSES, TABLE_VERSION, count, remark, serial, uscc, yesNo } from './common';

export const services: TableDef = {
  id: 'services',
  version: TABLE_VERSION,
  title: '国家火炬特色产业基地科技服务机构情况表',
  shortName: '科技服务机构情况表',
  titleAliases: ['科技服务机构情况表', '服务机构情况表', '科技服务机构名单'],
  appTypes: ['base'],
  nameLabel: '基地名称',
  nameKey: 'name',
  codeKey: 'uscc',
  hasTotal: true,
  columns: [
    serial,
    { key: 'name', header: '机构名称', aliases: ['单位名称', '服务机构名称'], type: 'text', required: true, unique: true, maxLength: 100, width: 28 },
    uscc('18位统一社会信用代码；事业单位、社团等常以1、5或Y开头'),
    { key: 'category', header: '机构类别', aliases: ['类别', '机构类型'], type: 'enum', enum: INSTITUTION_CLASSES, hint: '请从下拉列表选择', width: 14 },
    { key: 'service', header: '主要服务内容', aliases: ['服务内容', '主要服务'], type: 'text', required: true, maxLength: 200, width: 22 },
    yesNo('national', '是否国家级', { required: true, aliases: ['国家级'] }),
    { key: 'legalRep', header: '法定代表人', aliases: ['负责人', '法人代表'], type: 'text', maxLength: 50, width: 10 },
    count('servedFirms', '服务基地企业数', '家', { aliases: ['服务企业数', '服务企业数量'] }),
    count('staff', '从业人员', '人', { aliases: ['年末从业人员', '从业人员数'] }),
    remark,
  ],
  rowRules: [],
};
