// Traditional forms of the characters that occur in the official headers and cover labels, as clerks in
// Hong Kong / Taiwan input mode (or a form copied from an older document) type them. Only these characters:
// a header is compared, never rewritten for display.

const PAIRS =
  '統统會会碼码業业稱称術术產产總总從从員员數数專专參参與与製制標标準准備备註注類类別别務务機机構构內内關关聯联' +
  '幹干號号費费經经營营額额稅税繳缴淨净潤润發发國国級级導导屬属為为爲为單单負负責责電电話话郵邮報报區区縣县園园' +
  '職职萬万項项銷销創创匯汇動动開开權权證证書书組组織织實实際际體体計计資资團团隊队設设點点於于應应鏈链係系繫系' +
  '據据驗验檢检測测質质監监規规協协擔担轉转諮咨詢询處处簡简層层額额價价係系戶户廠厂礎础環环條条線线聯联態态' +
  '營营記记錄录併并稅税資资廣广區区點点勞劳僱雇傭佣獲获頒颁認认屆届歲岁齡龄學学歷历碩硕當当屬属納纳額额這这';

const MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i], chars[i + 1]);
  return m;
})();

const ANY_TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** The text with the traditional characters of the table replaced by their simplified forms. */
export function toSimplified(text: string): string {
  return text.replace(ANY_TRADITIONAL, (c) => MAP.get(c) ?? c);
}
