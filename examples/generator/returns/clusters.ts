// The two 创新型产业集群: 晋中 (clean, with spare template rows) and 大同 (sent twice: the 修改稿 fixes a missing cell).
import type { SampleReturn } from '../model';
import { coverValues } from '../people';
import { clusterTable, member } from '../tables';

const JINZHONG = '晋中液压装备创新型产业集群';

export function jinzhongCluster(): SampleReturn {
  const file = `晋中市-${JINZHONG}.xlsx`;
  const t = clusterTable(file, [
    // also in the 太原 base's 主要关联企业情况表, same name and code
    member('骨干企业', '山西宏达液压科技有限公司', '140702', '液压支架立柱油缸'),
    member('骨干企业', '晋中汇通液压件有限公司', '140702', '多路换向阀'),
    member('骨干企业', '山西锦泰液压传动有限公司', '140702', '柱塞泵'),
    member('骨干企业', '晋中晋华液压机械有限公司', '140702', '四柱液压机'),
    member('骨干企业', '山西太谷液压科技股份有限公司', '140703', '工程机械液压系统'),
    member('骨干企业', '介休恒达液压油缸有限公司', '140781', '重型液压油缸'),
    member('中小微企业', '晋中市精工密封件有限公司', '140702', '液压密封件'),
    member('中小微企业', '山西瑞恒液压管件有限公司', '140702', '高压胶管总成'),
    member('中小微企业', '晋中宏昌铸造有限公司', '140702', '阀体铸件'),
    member('中小微企业', '晋中市鼎泰机械加工有限公司', '140702', '精密零件加工'),
    member('中小微企业', '山西易控液压电控有限公司', '140702', '电液比例控制器'),
    member('中小微企业', '晋中华宇热处理有限公司', '140702', '零件热处理'),
    member('中小微企业', '山西新锐测控技术有限公司', '140702', '液压综合试验台'),
    member('中小微企业', '晋中市通达液压维修服务有限公司', '140702', '液压设备维修'),
    member('中小微企业', '太谷县金源标准件有限公司', '140703', '液压接头标准件'),
    member('中小微企业', '晋中凯瑞过滤器有限公司', '140702', '液压过滤器'),
    member('研发机构', '晋中市液压产业技术研究院', '140702', '液压元件共性技术研发', { kind: '52' }),
    member('创新服务机构', '山西省液压元件质量监督检验中心', '140702', '液压元件检测', { kind: '12' }),
    member('创新服务机构', '晋中开发区科技企业孵化器', '140702', '科技企业孵化', { kind: '12', national: true }),
    member('金融服务机构', '晋中银信融资担保有限公司', '140702', '科技企业融资担保'),
    member('其他服务机构', '山西省液压气动行业协会', '140702', '行业交流与标准宣贯', { kind: '51' }),
    member('研发机构', '晋中液压气动工程技术研究中心', '140702', '液压气动技术研发与中试', { kind: '12' }),
  ]);
  return {
    file,
    appType: 'cluster',
    layout: 'template',
    spareRows: 6,
    city: '晋中市',
    appName: JINZHONG,
    cover: coverValues({ appType: '创新型产业集群', appName: JINZHONG, city: '晋中市', district: '晋中经济技术开发区', contact: '高俊峰', phoneNumber: '3336105', date: '2018-06-01' }),
    tables: [t],
    mistakes: [],
    notes: ['模板里多留的 6 个空行在数据和合计行之间，读表时应跳过。'],
  };
}

const DATONG = '大同新能源汽车零部件创新型产业集群';

function datongTable(file: string) {
  return clusterTable(file, [
    member('骨干企业', '大同华宇动力电池有限公司', '140214', '动力电池模组'),
    member('骨干企业', '山西云冈电机驱动有限公司', '140214', '新能源汽车驱动电机'),
    member('骨干企业', '大同北方汽车零部件有限公司', '140213', '底盘结构件'),
    member('骨干企业', '山西同达新能源汽车电控有限公司', '140213', '整车控制器'),
    member('骨干企业', '大同恒昌轻量化材料有限公司', '140215', '铝合金车身结构件'),
    member('中小微企业', '大同市瑞通线束有限公司', '140213', '高压线束'),
    member('中小微企业', '山西云州热管理技术有限公司', '140215', '电池热管理系统'),
    member('中小微企业', '大同新源电池材料有限公司', '140214', '三元正极材料'),
    member('中小微企业', '大同市恒远橡塑有限公司', '140212', '车用密封条'),
    member('中小微企业', '山西同创充电设备有限公司', '140213', '直流充电桩'),
    member('中小微企业', '大同市精锐模具有限公司', '140214', '冲压模具'),
    member('中小微企业', '大同明泰电子有限公司', '140213', '车载传感器'),
    member('中小微企业', '山西平城智能制造有限公司', '140213', '焊装夹具'),
    member('研发机构', '大同市新能源汽车产业技术研究院', '140213', '电驱与电池技术研发', { kind: '52' }),
    member('创新服务机构', '大同市科技创业服务中心', '140213', '创业孵化与技术转移', { kind: '12' }),
    member('其他服务机构', '山西大同新能源汽车零部件检测中心', '140214', '零部件检测', { kind: '12' }),
    member('金融服务机构', '大同科创股权投资基金管理有限公司', '140213', '股权投资'),
    member('其他服务机构', '大同新能源汽车产业联盟', '140213', '产业链对接', { kind: '51' }),
  ]);
}

const datongCover = (date: string) =>
  coverValues({ appType: '创新型产业集群', appName: DATONG, city: '大同市', district: '大同经济技术开发区', contact: '韩文斌', phoneNumber: '5103326', date });

/** The first submission: one 中小微企业 left its 营业收入 empty. */
export function datongFirst(): SampleReturn {
  const file = `大同市-${DATONG}.xlsx`;
  const t = datongTable(file);
  t.rows[8].revenue = null;
  return {
    file,
    appType: 'cluster',
    layout: 'template',
    city: '大同市',
    appName: DATONG,
    cover: datongCover('2018-05-18'),
    tables: [t],
    mistakes: [
      { table: 'cluster', rowIndex: 8, field: 'revenue', code: 'cell/required', severity: 'error',
        note: '中小微企业必须填营业收入，这里空着（修改稿已补上）' },
    ],
    notes: ['第一次报送（填报日期 2018-05-18），已被同名的（修改稿）取代。'],
  };
}

/** The resubmission: same city, type and name, a later 填报日期, the missing figure filled in. */
export function datongRevised(): SampleReturn {
  // the same seed as the first submission: the same figures, only the missing one is back
  const t = datongTable(`大同市-${DATONG}.xlsx`);
  return {
    file: `大同市-${DATONG}(修改稿).xlsx`,
    appType: 'cluster',
    layout: 'template',
    city: '大同市',
    appName: DATONG,
    cover: datongCover('2018-06-04'),
    tables: [t],
    mistakes: [],
    notes: ['修改稿（填报日期 2018-06-04）：取代第一次报送的同名文件。'],
  };
}
