// 统一社会信用代码 (GB 32100-2015) and its embedded organisation code (GB 11714).

export const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccVerdict = 'ok' | 'length' | 'alphabet' | 'checksum';

/** Text shaped like a code (a credit code, an older 15-character registration number): letters and digits only. */
export function looksLikeCode(text: string): boolean {
  return /^[0-9A-Z]{15,18}$/i.test(text);
}

/** Checks a code that is already folded to upper-case half-width. */
export function checkUscc(code: string): UsccVerdict {
  if (code.length !== 18) return 'length';
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const v = ALPHABET.indexOf(code[i]);
    if (v < 0) return 'alphabet';
    if (i < 17) sum += v * WEIGHTS[i];
  }
  const check = ALPHABET[(31 - (sum % 31)) % 31];
  return check === code[17] ? 'ok' : 'checksum';
}

/** The check character a 17-character prefix needs (for generators and tests). */
export function usccCheckChar(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(prefix17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** The check character of a 9-character organisation code's first 8 characters (GB 11714). */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i];
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += v * ORG_WEIGHTS[i];
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

/** Whether positions 3–4 name Shanxi (area codes 14xxxx). */
export function isShanxiCode(code: string): boolean {
  return code.slice(2, 4) === '14';
}
