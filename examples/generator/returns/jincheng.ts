// 晋城市: a 特色产业基地 whose cover sheet was deleted; its city and name are only in the file name.
import type { SampleReturn } from '../model';
import { baseTables, firm, inst } from '../tables';

const BASE = '晋城光机电特色产业基地';

export function jinchengBase(): SampleReturn {
  const file = `晋城市-${BASE}.xlsx`;
  const tables = baseTables(file, [
    firm('晋城凤凰光学仪器有限公司', '140502', '光学测量仪器'),
    firm('山西泽州精密机械有限公司', '140525', '数控机床'),
    firm('晋城光华激光设备有限公司', '140502', '激光切割设备'),
    firm('山西高平精工电机有限公司', '140581', '交流伺服电机'),
    firm('晋城天成光电科技有限公司', '140502', '光纤连接器'),
    firm('山西晋城智控机器人有限公司', '140525', '工业机器人'),
    firm('晋城恒达精密铸造有限公司', '140581', '精密铸件'),
    firm('山西明远光学玻璃有限公司', '140502', '光学玻璃元件'),
  ], [
    firm('晋城市华泰五金有限公司', '140502', '精密紧固件'),
    firm('山西太行轴承有限公司', '140525', '精密轴承'),
    // the 长治 base's 山西潞光光电科技有限公司 under a slightly different name, same credit code
    firm('山西潞光光电科技有限责任公司', '140403', 'LED光源模组', { codeOf: '山西潞光光电科技有限公司' }),
    firm('晋城鑫达电子有限公司', '140502', '设备线束'),
    firm('山西晋城宏业包装有限公司', '140525', '精密仪器包装'),
    firm('晋城市永固模具有限公司', '140581', '压铸模具'),
    firm('山西泰丰稀土材料有限公司', '140525', '稀土永磁材料'),
    firm('晋城锦程物流有限公司', '140502', '精密设备物流'),
    firm('山西精诚检测设备有限公司', '140502', '光学检测设备'),
    firm('晋城泽瑞塑胶有限公司', '140525', '工程塑胶件'),
  ], [
    inst('晋城市生产力促进中心', '140502', '12', '创新服务机构', '技术咨询与企业诊断'),
    inst('山西光机电产业技术研究院', '140502', '52', '研发机构', '精密光学与数控技术研发'),
    inst('晋城市科技企业孵化中心', '140502', '12', '创新服务机构', '科技企业孵化', true),
    inst('晋城金信融资担保有限公司', '140502', '91', '金融服务机构', '中小企业融资担保'),
    inst('晋城市计量检定测试所', '140502', '12', '其他服务机构', '计量检定与校准'),
    inst('晋城光机电行业协会', '140502', '51', '其他服务机构', '行业交流与培训'),
  ]);
  return {
    file,
    appType: 'base',
    layout: 'template',
    city: '晋城市',
    appName: BASE,
    cover: undefined,
    tables,
    mistakes: [
      { field: '填报信息', code: 'cover/missing', severity: 'error',
        note: '填报信息工作表被删除了（隐藏的 _torch 表仍登记着它）；地市和项目名称只能从文件名推断' },
    ],
  };
}
