// Chinese text typeset as Chinese: the half-width , : ; ( ) ! ? of a sentence become full-width （，：；（）！？）
// when they touch a Chinese character. Quoted text (「…」: file names, cell values) and punctuation between
// Latin letters or digits (15:32, 1,000, ExcelApi 1.8) are left as they are.

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

export function typeset(text: string): string {
  const out = text.split('');
  let quoted = 0;
  /** positions of open parentheses and whether each was made full-width */
  const open: boolean[] = [];
  const cjkAt = (i: number) => i >= 0 && i < text.length && CJK.test(text[i]);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '「') quoted++;
    else if (c === '」') quoted = Math.max(0, quoted - 1);
    if (quoted) continue;
    if (c === '(') {
      const full = cjkAt(i - 1) || cjkAt(i + 1);
      open.push(full);
      if (full) out[i] = FULL[c];
    } else if (c === ')') {
      const opened = open.length ? open.pop() : undefined;
      if (opened || (opened === undefined && (cjkAt(i - 1) || cjkAt(i + 1)))) out[i] = FULL[c];
    } else if (FULL[c] && (cjkAt(i - 1) || (cjkAt(i + 1) && !/[0-9A-Za-z]/.test(text[i - 1] ?? '')) || text[i - 1] === '）' || text[i - 1] === '」')) {
      out[i] = FULL[c];
    }
  }
  return out.join('');
}
