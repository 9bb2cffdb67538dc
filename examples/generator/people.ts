// Names, offices and phone prefixes for the made-up cover sheets and institutions.
import type { SampleValue } from './model';

export const PEOPLE = [
  '张建华', '王志刚', '李红梅', '刘卫东', '陈国平', '杨晓东', '赵永明', '郭丽萍',
  '孙海涛', '周立新', '吴建军', '高俊峰', '马玉兰', '梁志强', '韩文斌', '程晓燕',
];

const AREA_PHONE: Record<string, string> = {
  太原市: '0351', 大同市: '0352', 长治市: '0355', 晋城市: '0356', 晋中市: '0354', 运城市: '0359',
};

const MAIL_PREFIX: Record<string, string> = {
  太原市: 'tykjj', 大同市: 'dtkjj', 长治市: 'czkjj', 晋城市: 'jckjj', 晋中市: 'jzkjj', 运城市: 'yckjj',
};

export interface CoverSpec {
  appType: string;
  appName: string;
  city: string;
  district: string;
  contact: string;
  phoneNumber: string;
  /** yyyy-mm-dd */
  date: string;
}

/** A cover as a city science bureau fills it: data year is the year before the filing date. */
export function coverValues(c: CoverSpec): Record<string, SampleValue> {
  const [y, m, d] = c.date.split('-').map(Number);
  return {
    appType: c.appType,
    appName: c.appName,
    city: c.city,
    district: c.district,
    dataYear: y - 1,
    unit: `${c.city}科学技术局`,
    contact: c.contact,
    phone: `${AREA_PHONE[c.city]}-${c.phoneNumber}`,
    email: `${MAIL_PREFIX[c.city]}_gxc@163.com`,
    date: new Date(Date.UTC(y, m - 1, d)),
    templateVersion: '2018',
  };
}
