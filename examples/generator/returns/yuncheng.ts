// 运城市: a 特色产业基地 laid out by hand in plain Excel, without the template: own sheet names, headers with
// line breaks and units, columns in another order, an extra column, totals typed as values, a blank row.
import type { HandTable, SampleReturn } from '../model';
import { baseTables, firm, inst, table } from '../tables';

const BASE = '运城镁铝合金新材料特色产业基地';
const INDUSTRY = 'extra:所属行业';

/** What a clerk types with a Chinese input method in full-width mode: １２３.５ */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const HAND: HandTable[] = [
  {
    id: 'backbone',
    sheet: 'Sheet2',
    title: `${BASE}骨干企业情况表`,
    blankBefore: 5,
    columns: [
      { key: 'serial', header: '序号' },
      { key: 'name', header: '企业名称' },
      { key: INDUSTRY, header: '所属行业' },
      { key: 'uscc', header: '统一社会\n信用代码' },
      { key: 'product', header: '主导产品' },
      { key: 'hightech', header: '是否高新\n技术企业' },
      { key: 'revenue', header: '总收入\n（万元）' },
      { key: 'productRevenue', header: '其中：主导产品收入\n（万元）' },
      { key: 'profit', header: '净利润\n（万元）' },
      { key: 'tax', header: '上缴税费\n（万元）' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'rdStaff', header: '其中：研发人员\n（人）' },
      { key: 'rdSpend', header: '研发经费支出\n（万元）' },
      { key: 'patents', header: '有效发明专利\n（件）' },
      { key: 'output', header: '工业总产值\n（万元）' },
      { key: 'exports', header: '出口创汇\n（万美元）' },
      { key: 'remark', header: '备注' },
    ],
  },
  {
    id: 'related',
    sheet: 'Sheet3',
    title: '骨干企业主要关联企业情况表',
    columns: [
      { key: 'serial', header: '序号' },
      { key: 'name', header: '企业名称' },
      { key: 'uscc', header: '统一社会信用代码' },
      { key: INDUSTRY, header: '所属行业' },
      { key: 'backbone', header: '关联骨干企业' },
      { key: 'relation', header: '关联方式' },
      { key: 'product', header: '主要产品' },
      { key: 'hightech', header: '是否高新技术企业' },
      { key: 'revenue', header: '总收入\n（万元）' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'inBase', header: '是否在基地内' },
      { key: 'remark', header: '备注' },
    ],
  },
  {
    id: 'services',
    sheet: 'Sheet4',
    title: '科技服务机构情况表',
    columns: [
      { key: 'serial', header: '序号' },
      { key: 'name', header: '机构名称' },
      { key: 'uscc', header: '统一社会信用代码' },
      { key: 'category', header: '机构类别' },
      { key: 'service', header: '主要服务内容' },
      { key: 'legalRep', header: '法定代表人' },
      { key: 'national', header: '是否国家级' },
      { key: 'staff', header: '从业人员\n（人）' },
      { key: 'servedFirms', header: '服务基地\n企业数（家）' },
      { key: 'remark', header: '备注' },
    ],
  },
];

export function yunchengBase(): SampleReturn {
  const file = `运城市-${BASE}.xlsx`;
  const tables = baseTables(file, [
    firm('山西闻达镁业集团有限公司', '140823', '镁合金锭'),
    firm('运城恒鑫铝业有限公司', '140882', '铝板带箔'),
    firm('山西河津华泰铝材有限公司', '140882', '工业铝型材'),
    firm('运城盐湖轻合金压铸有限公司', '140802', '镁合金压铸件'),
    firm('山西永济新材料科技有限公司', '140881', '铝基复合材料'),
    firm('运城晋南金属粉末有限公司', '140823', '镁粉'),
    firm('山西中条山轻金属有限公司', '140823', '高纯镁'),
    firm('运城宏远汽车轮毂有限公司', '140802', '铝合金轮毂'),
    firm('山西昌源镁基材料有限公司', '140823', '镁合金牺牲阳极'),
  ], [
    firm('运城市顺达耐火材料有限公司', '140823', '镁质耐火材料'),
    firm('山西闻喜硅铁有限公司', '140823', '硅铁还原剂'),
    firm('运城市鑫隆模具有限公司', '140802', '压铸模具'),
    firm('山西晋南能源有限公司', '140882', '工业燃气'),
    firm('运城市华安物流有限公司', '140802', '金属材料物流'),
    firm('山西盐湖机械有限公司', '140802', '铸造设备'),
    firm('运城市金达包装有限公司', '140802', '金属材料包装'),
    firm('山西永盛表面处理有限公司', '140881', '铝材阳极氧化'),
    firm('运城三和汽车配件有限公司', '140802', '汽车铝合金配件'),
    firm('山西绛县铝灰综合利用有限公司', '140826', '铝灰综合利用'),
  ], [
    inst('山西轻合金工程技术研究中心', '140802', '12', '研发机构', '镁铝合金新材料研发'),
    inst('运城市科技创新服务中心', '140802', '12', '创新服务机构', '技术转移与科技咨询'),
    inst('运城市质量技术监督检验测试所', '140802', '12', '其他服务机构', '金属材料检验检测'),
    inst('山西省镁产业协会', '140802', '51', '其他服务机构', '行业自律与标准推广'),
    inst('运城盐湖科技企业孵化器有限公司', '140802', '91', '创新服务机构', '科技企业孵化', true),
    inst('运城市中小企业融资担保有限公司', '140802', '91', '金融服务机构', '融资担保'),
  ]);
  const backbone = table(tables, 'backbone').rows;
  const industries = ['有色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '金属制品业',
    '有色金属冶炼和压延加工业', '金属制品业', '有色金属冶炼和压延加工业', '汽车制造业', '金属制品业'];
  backbone.forEach((r, i) => { r[INDUSTRY] = industries[i]; });
  const related = table(tables, 'related').rows;
  const relatedIndustries = ['非金属矿物制品业', '黑色金属冶炼和压延加工业', '专用设备制造业', '燃气生产和供应业', '道路运输业',
    '专用设备制造业', '造纸和纸制品业', '金属制品业', '汽车制造业', '废弃资源综合利用业'];
  related.forEach((r, i) => { r[INDUSTRY] = relatedIndustries[i]; });
  // numbers typed as text, once with full-width digits: valid, the engine only notes them
  backbone[3].staff = String(backbone[3].staff);
  backbone[6].revenue = fullWidth(String(backbone[6].revenue));
  return {
    file,
    appType: 'base',
    layout: 'hand',
    hand: HAND,
    city: '运城市',
    appName: BASE,
    cover: {
      appType: '国家火炬特色产业基地',
      appName: BASE,
      city: '运城市',
      district: '闻喜经济技术开发区',
      dataYear: 2017,
      unit: '运城市科学技术局',
      contact: '程晓燕',
      phone: '0359-2686012',
      email: 'yckjj_gxc@163.com',
      // typed as text, as people do
      date: '2018年6月1日',
    },
    tables,
    mistakes: [
      { table: 'backbone', rowIndex: 3, field: 'staff', code: 'cell/number-as-text', severity: 'notice',
        note: '从业人员以文本形式保存：按数字读取，只作提示' },
      { table: 'backbone', rowIndex: 6, field: 'revenue', code: 'cell/number-as-text', severity: 'notice',
        note: '总收入用全角数字输入（输入法全角状态下打的数字）：折成半角后按数字读取，只作提示' },
    ],
    notes: [
      '手工排版：工作表名 Sheet1–Sheet4，第1行标题、第2行空行、第3行表头（带换行和单位），列的顺序与模板不同，',
      '多出「所属行业」一列，骨干企业表没有「参与制定标准」列，没有 _torch 表和数据有效性，合计行是手填的数值，',
      '骨干企业表第5条和第6条数据之间有一个空行。',
    ],
  };
}
