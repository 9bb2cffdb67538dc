// Credit codes (统一社会信用代码) that pass their checksum, derived from the unit's name so the same
// unit gets the same code in every return it appears in.
import { orgCodeCheckChar, usccCheckChar } from '../../src/core/uscc';
import { Random } from './prng';

/** Registration authority and kind: 91 enterprise, 12 public institution, 52 private non-enterprise, 51 association. */
export type CodeKind = '91' | '12' | '52' | '51';

// the credit-code alphabet without I, O, S, V, Z
const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid code for `name` registered in `area` (six digits, 14xxxx for Shanxi). */
export function creditCode(name: string, area: string, kind: CodeKind = '91'): string {
  const rnd = new Random(`code:${name}`);
  // enterprises registered since 2015 carry organisation codes starting with MA; older units, eight digits
  const modern = kind === '91' && rnd.chance(0.5);
  let org = modern ? 'MA0' : '';
  while (org.length < 8) org += modern ? ORG_CHARS[rnd.int(0, ORG_CHARS.length - 1)] : String(rnd.int(0, 9));
  if (!modern && org[0] === '0') org = '1' + org.slice(1);
  const prefix = `${kind}${area}${org}${orgCodeCheckChar(org)}`;
  return prefix + usccCheckChar(prefix);
}

/** The same code with a wrong last character (a typo a checksum catches). */
export function breakChecksum(code: string): string {
  const i = ORG_CHARS.indexOf(code[17]);
  return code.slice(0, 17) + ORG_CHARS[(i + 7) % ORG_CHARS.length];
}
