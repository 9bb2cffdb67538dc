// The native data validation (dropdown, number bounds, prompt) of one column over the data rows.
// These prompts are the template's own wording, shown by Excel while typing; engine messages live in messages.ts.
import type { ColumnDef } from '../types';
import { INLINE_LIST_MAX, NO, YES } from './constants';
import type { ListRegistry } from './lists';
import type { PlannedValidation } from './plan-types';

/** Bounds standing for "any number" where Excel needs some bound (净利润 may be negative). */
export const ANY_NUMBER = 1e12;
/** 2000-01-01 and 2099-12-31 as Excel date serials. */
export const DATE_MIN = 36526;
export const DATE_MAX = 73050;

const ERROR_TITLE = '输入有误';

function unitText(col: ColumnDef): string {
  return col.unit ? `（单位：${col.unit}）` : '';
}

function listOf(col: ColumnDef): string[] | undefined {
  if (col.type === 'yesno') return [YES, NO];
  if (col.type === 'enum' && col.enum && col.enum.length > 0) return col.enum;
  return undefined;
}

/** Excel limits a prompt title to 32 characters and a prompt to 255. */
function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n);
}

export function validationFor(col: ColumnDef, range: string, lists: ListRegistry): PlannedValidation | undefined {
  const base = { range, allowBlank: true, promptTitle: clip(col.header, 32), errorTitle: ERROR_TITLE };
  const prompt = (fallback: string) => clip(col.hint ?? fallback, 255);

  const values = listOf(col);
  if (values) {
    const shown = values.join('、');
    const common = {
      ...base,
      type: 'list' as const,
      prompt: prompt('请从下拉列表选择'),
      error: clip(`请从下拉列表中选择：${shown}`, 255),
      errorStyle: 'stop' as const,
    };
    if (values.length > INLINE_LIST_MAX) return { ...common, listSource: `=${lists.nameFor(col.key, values)}`, listValues: [...values] };
    return { ...common, listValues: [...values] };
  }

  switch (col.type) {
    case 'number': {
      const hasMin = col.min !== undefined;
      return {
        ...base,
        type: 'decimal',
        operator: hasMin ? 'greaterThanOrEqual' : 'between',
        min: hasMin ? col.min : -ANY_NUMBER,
        ...(hasMin ? {} : { max: ANY_NUMBER }),
        prompt: prompt(`填数字${unitText(col)}`),
        error: hasMin
          ? `请填写不小于${col.min}的数字${unitText(col)}，不要带单位或文字。`
          : `请填写数字${unitText(col)}，不要带单位或文字。`,
        errorStyle: 'stop',
      };
    }
    case 'integer':
    case 'serial': {
      const min = col.min ?? 0;
      return {
        ...base,
        type: 'whole',
        operator: 'greaterThanOrEqual',
        min,
        prompt: prompt(col.type === 'serial' ? '按1、2、3……顺序编号' : `填不小于${min}的整数${unitText(col)}`),
        error: `请填写不小于${min}的整数${unitText(col)}，不要带单位或文字。`,
        errorStyle: 'stop',
      };
    }
    case 'year':
      return {
        ...base,
        type: 'whole',
        operator: 'between',
        min: 2000,
        max: 2100,
        prompt: prompt('填四位年份，如 2017'),
        error: '请填写四位年份，如 2017。',
        errorStyle: 'stop',
      };
    case 'date':
      return {
        ...base,
        type: 'date',
        operator: 'between',
        min: DATE_MIN,
        max: DATE_MAX,
        prompt: prompt('填日期，如 2018-06-01'),
        error: '请填写日期，如 2018-06-01。',
        errorStyle: 'stop',
      };
    case 'uscc':
      return {
        ...base,
        type: 'textLength',
        operator: 'equal',
        min: 18,
        prompt: prompt('18位统一社会信用代码'),
        error: '统一社会信用代码应为18位，请核对。',
        errorStyle: 'stop',
      };
    case 'phone':
      return {
        ...base,
        type: 'textLength',
        operator: 'between',
        min: 7,
        max: 20,
        prompt: prompt('手机11位，或座机如 0351-4921797'),
        error: '联系电话长度不对，请核对。',
        errorStyle: 'warning',
      };
    default: {
      // a hint alone still deserves a prompt, which Excel only shows through a validation
      const max = col.maxLength ?? (col.hint ? 255 : undefined);
      if (max === undefined) return undefined;
      return {
        ...base,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        max,
        prompt: prompt(`不超过${max}个字`),
        error: `内容过长，请不超过${max}个字。`,
        errorStyle: col.type === 'text' ? 'stop' : 'warning',
      };
    }
  }
}
