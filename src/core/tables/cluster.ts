import type { TableDef } from '../types';
import { ENTERPRISE_CLASSES, INSTITUTION_CLASSES, TABLE_VERSION, count, money, remark, serial, uscc, yesNo } from './common';

const enterprises = { field: 'category', in: ENTERPRISE_CLASSES };
const institutions = { field: 'category', in: INSTITUTION_CLASSES };

export const cluster: TableDef = {
  id: 'cluster',
  version: TABLE_VERSION,
  title: '创新型产业集群主要企业和服务机构汇总表',
  shortName: '主要企业和服务机构汇总表',
  titleAliases: ['主要企业和服务机构汇总表', '集群主要企业和服务机构汇总表', '集群企业和机构名单'],
  appTypes: ['cluster'],
  nameLabel: '集群名称',
  nameKey: 'name',
  codeKey: 'uscc',
  hasTotal: true,
  columns: [
    serial,
    { key: 'name', header: '单位名称', aliases: ['企业或机构名称', '企业名称', '机构名称'], type: 'text', required: true, unique: true, maxLength: 100, width: 28 },
    uscc(),
    { key: 'category', header: '单位类别', aliases: ['类别', '单位类型'], type: 'enum', required: true, enum: [...ENTERPRISE_CLASSES, ...INSTITUTION_CLASSES], hint: '请从下拉列表选择', width: 14 },
    { key: 'product', header: '主要产品或服务内容', aliases: ['主要产品', '主要产品或服务', '服务内容'], type: 'text', required: true, maxLength: 200, width: 22 },
    yesNo('hightech', '是否高新技术企业', { required: enterprises, emptyWhen: institutions, aliases: ['高新技术企业', '是否高企'], hint: '企业必填；机构不填' }),
    money('revenue', '营业收入', { required: enterprises, aliases: ['总收入', '营业收入（总收入）'] }),
    count('staff', '从业人员', '人', { aliases: ['年末从业人员', '从业人员数'] }),
    money('rdSpend', '研发投入', { aliases: ['研发经费支出', 'R&D经费支出', '研究开发费用'] }),
    count('patents', '有效发明专利', '件', { aliases: ['拥有发明专利数', '发明专利'] }),
    count('standards', '参与制定标准', '项', { aliases: ['参与制定标准数'] }),
    yesNo('national', '是否国家级', { required: institutions, emptyWhen: enterprises, aliases: ['国家级'], hint: '机构必填；企业不填' }),
    remark,
  ],
  rowRules: [
    { kind: 'expect', when: { field: 'category', in: ['骨干企业'] }, field: 'hightech', equals: '是', severity: 'warning', message: 'row/backbone-not-hightech' },
    { kind: 'not-greater', field: 'rdSpend', than: 'revenue', severity: 'warning' },
  ],
};
