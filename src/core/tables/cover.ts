import type { CoverDef } from '../types';
import { UNIT_NAMES } from '../cities';
import { TABLE_VERSION } from './common';
import { APP_TYPE_LABELS } from './app-types';

/** The cover sheet (填报信息): label in column A, value in column B, one field per row from row 3. */
export const cover: CoverDef = {
  version: TABLE_VERSION,
  sheetName: '填报信息',
  title: '申报材料填报信息',
  fields: [
    { key: 'appType', header: '申报类型', type: 'enum', required: true, enum: APP_TYPE_LABELS, hint: '请从下拉列表选择', width: 40 },
    { key: 'appName', header: '基地/集群名称', aliases: ['基地名称', '集群名称', '基地或集群名称', '申报名称'], type: 'text', required: true, maxLength: 100 },
    { key: 'city', header: '所在地市', aliases: ['地市', '所属地市', '申报地市'], type: 'enum', required: true, enum: UNIT_NAMES, hint: '请从下拉列表选择' },
    { key: 'district', header: '所在园区或区县', aliases: ['所在园区', '所在区县'], type: 'text', maxLength: 100 },
    { key: 'dataYear', header: '数据年度', aliases: ['统计年度'], type: 'year', required: true, hint: '填四位年份，一般为申报年度的上一年' },
    { key: 'unit', header: '填报单位', aliases: ['报送单位'], type: 'text', required: true, maxLength: 100 },
    { key: 'contact', header: '联系人', aliases: ['填表人'], type: 'text', required: true, maxLength: 50 },
    { key: 'phone', header: '联系电话', aliases: ['电话', '手机'], type: 'phone', required: true, hint: '手机11位，或座机如 0351-4921797' },
    { key: 'email', header: '电子邮箱', aliases: ['邮箱', 'E-mail', 'Email'], type: 'email' },
    { key: 'date', header: '填报日期', aliases: ['报送日期', '日期'], type: 'date', required: true, hint: '如 2018-06-01' },
    { key: 'templateVersion', header: '模板版本', type: 'text', hint: '由工具填写，请勿修改' },
  ],
};
