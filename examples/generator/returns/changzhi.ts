// 长治市: a 特色产业基地 full of typical mistakes, and a 高新技术产业化基地 that sends only its cover.
import { breakChecksum } from '../codes';
import type { SampleReturn } from '../model';
import { coverValues } from '../people';
import { baseTables, firm, inst, table } from '../tables';

const BASE = '长治光电子特色产业基地';

export function changzhiBase(): SampleReturn {
  const file = `长治市-${BASE}.xlsx`;
  const tables = baseTables(file, [
    // also in the 晋城 base under a slightly different name, with the same credit code
    firm('山西潞光光电科技有限公司', '140403', 'LED外延片及芯片'),
    firm('长治华晶半导体材料有限公司', '140404', '蓝宝石衬底'),
    firm('山西天宇光电股份有限公司', '140403', 'LED封装器件'),
    firm('长治高科激光技术有限公司', '140403', '半导体激光器'),
    firm('山西明辉照明电器有限公司', '140406', 'LED照明灯具'),
    firm('长治中晶光学有限公司', '140404', '光学镜片'),
    firm('山西晶源电子材料有限公司', '140405', '高纯氧化铝'),
    firm('长治恒光显示技术有限公司', '140403', 'LED显示屏'),
    firm('山西华耀光伏科技有限公司', '140406', '光伏组件'),
    firm('长治博创智能传感有限公司', '140403', '光电传感器'),
  ], [
    firm('长治市宏远电子有限公司', '140403', '贴片电子元器件'),
    firm('山西新光包装材料有限公司', '140404', '防静电包装'),
    firm('长治金鼎模具有限公司', '140406', '精密注塑模具'),
    firm('山西瑞达化工气体有限公司', '140405', '高纯氨气'),
    firm('长治市明达电源有限公司', '140403', 'LED驱动电源'),
    firm('山西诚信铝型材有限公司', '140404', '灯具散热铝型材'),
    firm('长治泰和玻璃制品有限公司', '140406', '光学玻璃透镜'),
    firm('山西鑫源电路板有限公司', '140403', '铝基电路板'),
    firm('长治永昌石英制品有限公司', '140405', '石英器件'),
    firm('山西亿达自动化设备有限公司', '140403', '固晶机'),
    // entered twice: the second row repeats the name with another code
    firm('山西瑞达化工气体有限公司', '140405', '高纯氨气(二期)', { codeOf: '山西瑞达化工气体有限公司二期' }),
    firm('长治市通泰物流有限公司', '140404', '电子产品物流'),
  ], [
    inst('长治市光电子产业技术研究院', '140403', '52', '研发机构', 'LED外延与芯片工艺研发'),
    inst('山西省LED产品质量监督检验站', '140403', '12', '创新服务机构', 'LED产品检测认证'),
    inst('长治高新区创业服务中心', '140403', '12', '创新服务机构', '科技企业孵化', true),
    inst('山西光电子产业技术创新联盟', '140403', '51', '其他服务机构', '产业链协同与人才培训'),
    inst('长治市科技成果转化服务中心', '140403', '12', '创新服务机构', '技术转移与成果转化'),
    inst('长治潞商科技小额贷款有限公司', '140404', '91', '金融服务机构', '科技小额贷款'),
    inst('长治睿智知识产权代理有限公司', '140403', '91', '创新服务机构', '专利代理'),
    inst('长治光电检测技术服务有限公司', '140406', '91', '创新服务机构', '光电参数检测'),
  ]);
  const backbone = table(tables, 'backbone').rows;
  const related = table(tables, 'related').rows;
  const services = table(tables, 'services');
  backbone[2].uscc = breakChecksum(backbone[2].uscc as string);
  backbone[4].revenue = '12000万';
  related[6].backbone = '长治华光半导体有限公司';
  const staffSum = services.rows.reduce((s, r) => s + (r.staff as number), 0);
  services.totalOverrides = { staff: staffSum + 20 };
  return {
    file,
    appType: 'base',
    layout: 'template',
    city: '长治市',
    appName: BASE,
    cover: coverValues({ appType: '国家火炬特色产业基地', appName: BASE, city: '长治市', district: '长治高新技术产业开发区', contact: '梁志强', phoneNumber: '2023561', date: '2018-06-06' }),
    tables,
    mistakes: [
      { table: 'backbone', rowIndex: 2, field: 'uscc', code: 'cell/uscc-checksum', severity: 'error',
        note: '统一社会信用代码最后一位（校验位）抄错' },
      { table: 'backbone', rowIndex: 4, field: 'revenue', code: 'cell/unit-in-number', severity: 'error',
        note: '总收入带了单位，填成「12000万」' },
      { table: 'related', rowIndex: 6, field: 'backbone', code: 'app/unknown-backbone', severity: 'error',
        note: '关联骨干企业「长治华光半导体有限公司」不在骨干企业情况表中（应为长治华晶半导体材料有限公司）' },
      { table: 'related', rowIndex: 10, field: 'name', code: 'table/duplicate', severity: 'error',
        note: '企业名称与第7行（山西瑞达化工气体有限公司）重复' },
      { table: 'services', total: true, field: 'staff', code: 'table/total', severity: 'error',
        note: '合计行从业人员被手工改成了一个数，比各行之和多20' },
    ],
  };
}

const INDUSTRIALIZATION = '长治生物医药高新技术产业化基地';

export function changzhiIndustrialization(): SampleReturn {
  return {
    file: `长治市-${INDUSTRIALIZATION}.xlsx`,
    appType: 'industrialization',
    layout: 'template',
    city: '长治市',
    appName: INDUSTRIALIZATION,
    cover: coverValues({ appType: '国家高新技术产业化基地', appName: INDUSTRIALIZATION, city: '长治市', district: '长治经济技术开发区', contact: '马玉兰', phoneNumber: '2023578', date: '2018-06-07' }),
    tables: [],
    mistakes: [],
    notes: ['只有填报信息：高新技术产业化基地的骨干企业情况表可以不报，不应报错。'],
  };
}

