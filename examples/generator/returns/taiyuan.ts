// 太原市: a clean 特色产业基地 and a 高新技术产业化基地 with a few mistakes.
import type { SampleReturn } from '../model';
import { coverValues } from '../people';
import { backboneTable, baseTables, firm, inst, table } from '../tables';

const BASE = '太原智能煤机装备特色产业基地';

export function taiyuanBase(): SampleReturn {
  const file = `太原市-${BASE}.xlsx`;
  const tables = baseTables(file, [
    firm('山西华鑫智能煤机装备有限公司', '140108', '电牵引采煤机'),
    firm('太原恒泰液压支架制造有限公司', '140121', '综采液压支架'),
    firm('山西天鼎掘进装备股份有限公司', '140109', '悬臂式掘进机'),
    firm('太原瑞丰矿山机械有限公司', '140108', '刮板输送机'),
    firm('山西晋远智能矿山科技有限公司', '140105', '综采工作面智能控制系统'),
    firm('太原凯盛矿用电气有限公司', '140106', '矿用隔爆型变频器'),
    firm('山西鼎盛重型齿轮有限公司', '140110', '矿用减速器'),
    firm('太原锦华提升机械有限公司', '140108', '矿井提升机'),
    firm('山西安泰矿山救援装备有限公司', '140107', '矿用可移动式救生舱'),
    firm('太原博瑞带式输送机有限公司', '140121', '带式输送机'),
    firm('山西金石耐磨材料有限公司', '140110', '采煤机截齿'),
    firm('太原众诚矿用车辆有限公司', '140108', '防爆无轨胶轮车'),
  ], [
    firm('太原市永泰铸造有限公司', '140121', '铸钢件'),
    firm('山西德源密封件有限公司', '140105', '液压密封件'),
    firm('太原聚源电缆有限公司', '140108', '矿用橡套电缆'),
    firm('山西信达轴承有限公司', '140109', '重型调心滚子轴承'),
    firm('太原安华电机有限公司', '140110', '隔爆型三相异步电动机'),
    firm('山西裕丰锻造有限公司', '140121', '大型锻件'),
    firm('太原方大钢结构有限公司', '140108', '支架结构件'),
    firm('山西泰合表面工程有限公司', '140106', '立柱镀铬与熔覆'),
    firm('太原昌盛橡胶制品有限公司', '140107', '阻燃输送带'),
    firm('山西兴晋矿山物联网技术有限公司', '140105', '矿用传感器'),
    firm('太原富通物流有限公司', '140110', '大件设备运输'),
    firm('山西东方智控软件有限公司', '140105', '工业控制软件'),
    firm('太原新世纪焊材有限公司', '140108', '高强度焊丝'),
    // also a 骨干企业 of the 晋中 cluster: a legitimate cross-application duplicate
    firm('山西宏达液压科技有限公司', '140702', '液压支架立柱油缸'),
    firm('太原市汇丰标准件有限公司', '140121', '高强度螺栓'),
  ], [
    inst('国家煤矿综采装备工程技术研究中心(太原)', '140108', '12', '研发机构', '综采装备共性技术研发与中试', true),
    inst('山西省煤矿机械产品质量监督检验中心', '140109', '12', '创新服务机构', '煤机产品检测与安全标志检验'),
    inst('太原市科技创业服务中心', '140105', '12', '创新服务机构', '科技企业孵化与创业辅导'),
    inst('山西煤机装备产业技术创新战略联盟', '140105', '51', '其他服务机构', '产业协同与标准推广'),
    inst('太原晋源科技企业孵化器有限公司', '140110', '91', '创新服务机构', '孵化场地与投融资对接', true),
    inst('山西智能矿山技术研究院', '140105', '52', '研发机构', '智能矿山系统研发'),
    inst('太原科融融资担保有限公司', '140106', '91', '金融服务机构', '科技型中小企业融资担保'),
    inst('山西华正知识产权代理有限公司', '140105', '91', '创新服务机构', '专利申请与知识产权运营'),
  ]);
  // a firm in the red: a negative 净利润 is valid
  table(tables, 'backbone').rows[10].profit = -386.4;
  return {
    file,
    appType: 'base',
    layout: 'template',
    city: '太原市',
    appName: BASE,
    cover: coverValues({ appType: '国家火炬特色产业基地', appName: BASE, city: '太原市', district: '太原经济技术开发区', contact: '郭丽萍', phoneNumber: '4921797', date: '2018-06-05' }),
    tables,
    mistakes: [
      { table: 'related', rowIndex: 13, field: 'uscc', code: 'app/code-other-city', severity: 'notice',
        note: '关联企业登记在晋中市（代码第3-6位 1407），不在本基地所在的太原市：外地企业可以是关联企业，只提示核实' },
    ],
    notes: ['净利润为负数（骨干企业情况表第14行，山西金石耐磨材料有限公司）：合法，不应报错。'],
  };
}

const INDUSTRIALIZATION = '太原不锈钢新材料高新技术产业化基地';

export function taiyuanIndustrialization(): SampleReturn {
  const file = `太原市-${INDUSTRIALIZATION}.xlsx`;
  const bb = backboneTable(file, [
    firm('山西晋钢精密带钢有限公司', '140108', '精密不锈钢带'),
    firm('太原鑫泰不锈钢管业有限公司', '140108', '不锈钢无缝管'),
    firm('山西宏盛冷轧板材有限公司', '140108', '冷轧不锈钢板'),
    firm('太原恒通金属制品有限公司', '140107', '不锈钢紧固件'),
    firm('山西汇金特种合金有限公司', '140109', '镍基耐蚀合金'),
    firm('太原长城不锈钢复合板有限公司', '140121', '不锈钢复合板'),
    firm('山西锐达焊管有限公司', '140108', '不锈钢焊管'),
    firm('太原天成精密铸钢有限公司', '140110', '不锈钢精密铸件'),
    firm('山西中泰不锈钢制品有限公司', '140105', '不锈钢厨具'),
    firm('太原北方不锈钢线材有限公司', '140108', '不锈钢线材'),
  ]);
  const rows = bb.rows;
  // 研发人员 typed with one zero too many
  rows[3].rdStaff = (rows[3].staff as number) * 10;
  // 工业总产值 stored as text: the engine reads it (notice), but Excel's SUM in 合计 skips it
  rows[1].output = String(rows[1].output);
  return {
    file,
    appType: 'industrialization',
    layout: 'template',
    city: '太原市',
    appName: INDUSTRIALIZATION,
    cover: coverValues({ appType: '国家高新技术产业化基地', appName: INDUSTRIALIZATION, city: '太原市', district: '尖草坪区', contact: '孙海涛', phoneNumber: '4921802', date: '2018-06-08' }),
    tables: [bb],
    mistakes: [
      { table: 'backbone', rowIndex: 3, field: 'rdStaff', code: 'row/not-greater', severity: 'error',
        note: '其中：研发人员多打了一个0，大于从业人员' },
      { table: 'backbone', rowIndex: 1, field: 'output', code: 'cell/number-as-text', severity: 'notice',
        note: '工业总产值以文本形式保存（单元格左上角有绿色三角）' },
      { table: 'backbone', total: true, field: 'output', code: 'table/total', severity: 'error',
        note: '合计行工业总产值是 Excel 的 SUM 结果，SUM 跳过了上面那个文本数字，所以比各行之和少' },
    ],
  };
}
