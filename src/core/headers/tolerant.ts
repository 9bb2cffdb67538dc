// What clerks do to a header that leaves its meaning alone: numbering before it (`1.`, `一、`, `(一)`, `①`),
// markers such as `(必填)` or `★`, alternatives joined by `/`, `、`, `或` or put in brackets, and fillers put in or
// left out (为, 属于, 的, 是否, 其中, 注册, 全称, 名称). These forms are tried only when a header's own text (see
// normalise.ts) names no column. They work on keys that normaliseHeader already made (half-width, no spaces).

const NUMBERING = /^(\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|[\u2460-\u2473\u2776-\u277F])/;
const MARKERS = /[([](必填项?|必须填写|选填|可不填|非必填)[)\]]|[★☆※△▲●]/g;
const FILLERS = /是否|属于|其中|注册|全称|名称|[为的:]/g;
const EMPTY_BRACKETS = /[([][)\]]/g;
const BRACKETED = /[([]([^()[\]]*)[)\]]/g;
const JOINERS = /[/、]|或/;

/** A cell holding nothing but a number or numbering (`3`, `3.`, `(三)`, `③`): a row's 序号, never its label. */
export function isNumberingOnly(key: string): boolean {
  return /^\d{1,3}$/.test(key) || key.replace(NUMBERING, '') === '' && key !== '';
}

/** The key without numbering in front and without required/optional markers. */
export function cleanHeader(key: string): string {
  return key.replace(NUMBERING, '').replace(MARKERS, '').replace(EMPTY_BRACKETS, '');
}

/**
 * The alternatives a key names: `统一社会信用代码/组织机构代码`, `A、B`, `A或B`, `A(B)` give A and B.
 * Empty when the key holds no joiner or bracket.
 */
export function alternativesOf(key: string): string[] {
  const inside: string[] = [];
  const outside = key.replace(BRACKETED, (_, content: string) => {
    inside.push(content);
    return '/';
  });
  const parts = [outside, ...inside].flatMap((p) => p.split(JOINERS)).map((p) => p.replace(/^:+|:+$/g, '')).filter((p) => p !== '');
  const unique = [...new Set(parts)];
  return unique.length > 1 || (unique.length === 1 && unique[0] !== key) ? unique : [];
}

/** The key with the fillers taken out: `是否为高新技术企业` and `是否高新技术企业` share `高新技术企业`. */
export function skeletonOf(key: string): string {
  return key.replace(FILLERS, '').replace(EMPTY_BRACKETS, '');
}
