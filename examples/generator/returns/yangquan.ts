// 阳泉市: a 特色产业基地 laid out by hand the way the issue-9 returns were: no cover sheet (the cover typed as
// 「标签：值」 lines above the first table), headers worded as people word them (fillers, alternatives joined by / or 或,
// markers, traditional characters), cells merged down the rows that share a value (also across two columns),
// and an extra column of percentages.
import type { HandTable, Mistake, SampleReturn } from '../model';
import { baseTables, firm, inst, table } from '../tables';

const BASE = '阳泉节能环保装备特色产业基地';
const SHARE = 'extra:研发投入占比';

const HAND: HandTable[] = [
  {
    id: 'backbone',
    sheet: 'Sheet1',
    title: `${BASE}骨干企业情况表`,
    columns: [
      { key: 'serial', header: '序号' },
      { key: 'name', header: '企业名称' },
      { key: 'uscc', header: '统一社会信用代码/组织机构代码' },
      { key: 'product', header: '主导产品名称（必填）' },
      { key: 'hightech', header: '是否为高新技术企业' },
      { key: 'revenue', header: '营业收入\n（万元）' },
      { key: 'productRevenue', header: '其中：主导产品收入\n（万元）' },
      { key: 'output', header: '工业总产值\n（万元）' },
      { key: 'profit', header: '净利润\n（万元）' },
      { key: 'tax', header: '上缴税费\n（万元）' },
      { key: 'exports', header: '出口创汇\n（万美元）' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'rdStaff', header: '其中的研发人员\n（人）' },
      { key: 'rdSpend', header: '研发经费支出\n（万元）' },
      { key: SHARE, header: '研发投入占比', numFmt: '0.00%' },
      { key: 'patents', header: '有效发明专利\n（件）' },
      { key: 'standards', header: '参与制定标准\n（项）' },
      { key: 'remark', header: '备注' },
    ],
    mergeDown: [{ key: 'hightech', from: 0, to: 2 }],
  },
  {
    id: 'related',
    sheet: 'Sheet2',
    title: '主要关联企业情况表',
    columns: [
      { key: 'serial', header: '序号' },
      { key: 'name', header: '企业名称' },
      { key: 'uscc', header: '统一社会信用代码或组织机构代码' },
      { key: 'product', header: '主要产品' },
      { key: 'backbone', header: '关联的骨干企业名称' },
      { key: 'relation', header: '关联方式' },
      { key: 'hightech', header: '是否属于高新技术企业' },
      { key: 'revenue', header: '总收入\n（万元）' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'inBase', header: '是否位于基地内', span: 2 },
      { key: 'remark', header: '备注' },
    ],
    mergeDown: [
      { key: 'backbone', from: 0, to: 2 },
      { key: 'backbone', from: 3, to: 5 },
      { key: 'inBase', from: 0, to: 5 },
    ],
  },
  {
    id: 'services',
    sheet: 'Sheet3',
    title: '科技服务机构情况表',
    columns: [
      { key: 'serial', header: '序號' },
      { key: 'name', header: '机构名称' },
      { key: 'uscc', header: '統一社會信用代碼' },
      { key: 'category', header: '機構類別' },
      { key: 'service', header: '主要服務內容' },
      { key: 'national', header: '是否國家級' },
      { key: 'legalRep', header: '法定代表人' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'servedFirms', header: '服務基地企業數\n（家）' },
      { key: 'remark', header: '备注' },
    ],
  },
];

export function yangquanBase(): SampleReturn {
  const file = `阳泉市-${BASE}.xlsx`;
  const tables = baseTables(file, [
    firm('阳泉华鑫节能锅炉有限公司', '140302', '高效节能锅炉'),
    firm('山西阳煤环保设备有限公司', '140311', '烟气脱硫脱硝设备'),
    firm('阳泉金泰耐火材料有限公司', '140321', '节能耐火材料'),
    firm('山西盂县绿源除尘设备有限公司', '140322', '袋式除尘器'),
    firm('阳泉市天宇余热发电设备有限公司', '140303', '余热发电机组'),
    firm('山西平定恒通环保科技有限公司', '140321', '工业污水处理成套设备'),
    firm('阳泉德润节能电机有限公司', '140302', '高效节能电机'),
  ], [
    firm('阳泉市鸿达钢结构有限公司', '140311', '设备钢结构件'),
    firm('山西阳泉精工铸造有限公司', '140302', '锅炉铸件'),
    firm('阳泉市永盛阀门有限公司', '140303', '工业阀门'),
    firm('山西盂县宏远滤料有限公司', '140322', '除尘滤袋'),
    firm('阳泉市晋东电气有限公司', '140302', '电气控制柜'),
    firm('山西平定兴业保温材料有限公司', '140321', '保温材料'),
    firm('阳泉市通达物流有限公司', '140311', '设备物流'),
    firm('阳泉恒信仪表有限公司', '140302', '在线监测仪表'),
  ], [
    inst('阳泉市节能技术服务中心', '140302', '12', '创新服务机构', '节能诊断与能源审计'),
    inst('山西环保装备工程技术研究中心', '140311', '52', '研发机构', '环保装备研发', true),
    inst('阳泉市科技企业孵化器有限公司', '140302', '91', '创新服务机构', '科技企业孵化'),
    inst('阳泉市产品质量检验所', '140302', '12', '其他服务机构', '锅炉与环保设备检验'),
  ]);
  const backbone = table(tables, 'backbone').rows;
  // the first three firms are all 高新技术企业: the clerk merged the 是 down their rows
  for (const r of backbone.slice(0, 3)) r.hightech = '是';
  for (const r of backbone) r[SHARE] = Math.round(((r.rdSpend as number) / (r.revenue as number)) * 10000) / 10000;
  const related = table(tables, 'related').rows;
  // rows 1-3 supply the first backbone firm, rows 4-6 the second, all six inside the base: merged cells
  related.forEach((r, i) => {
    if (i < 3) r.backbone = backbone[0].name;
    else if (i < 6) r.backbone = backbone[1].name;
    if (i < 6) r.inBase = '是';
  });
  const merged = (t: 'backbone' | 'related', rowIndex: number, field: string, what: string): Mistake => ({
    table: t, rowIndex, field, code: 'cell/merged-rows', severity: 'notice',
    note: `${what}：按它跨过的每一行读取，只作提示`,
  });
  return {
    file,
    appType: 'base',
    layout: 'hand',
    hand: HAND,
    coverAbove: true,
    city: '阳泉市',
    appName: BASE,
    cover: {
      appType: '国家火炬特色产业基地',
      appName: BASE,
      city: '阳泉市',
      dataYear: 2017,
      unit: '阳泉市科学技术局',
      contact: '郭丽芳',
      phone: '0353-2023618',
      date: '2018年6月2日',
    },
    tables,
    mistakes: [
      merged('backbone', 0, 'hightech', '「是否为高新技术企业」的「是」合并了 3 行（E5:E7）'),
      merged('related', 0, 'backbone', '「关联的骨干企业名称」合并了 3 行'),
      merged('related', 3, 'backbone', '「关联的骨干企业名称」又合并了 3 行'),
      merged('related', 0, 'inBase', '「是否位于基地内」的「是」合并了 6 行 2 列（J4:K9）'),
    ],
    notes: [
      '手工排版，没有填报信息工作表：封面写在骨干企业表标题下的两行「填报单位：…  所在地市：…  申报类型：…  填报日期：…」',
      '「基地名称：…  数据年度：…  联系人：…  联系电话：…」里；表头措辞各异（是否为、/ 与「或」连接的两个名称、（必填）、',
      '繁体字），同值的单元格纵向合并（关联骨干企业、是否在基地内跨两列），多一列百分比格式的「研发投入占比」。',
    ],
  };
}
