// The defined names the rule formulas use. Constants sit on the very hidden lists sheet (a named constant array
// cannot be written by exceljs, and a name keeps the conditional formats short and free of other-sheet references,
// which Excel 2007 refused in them); the cells a rule looks values up in are named where they are.
import { ALPHABET, WEIGHTS } from '../uscc';
import type { ListRegistry } from './lists';
import type { RuleNames } from './rule-formulas';

export const USCC_CHARS_NAME = 'torch_uscc_chars';
export const USCC_WEIGHTS_NAME = 'torch_uscc_weights';
export const NUMBER_CHARS_NAME = 'torch_number_chars';
export const CONFIRMED_NAME = 'torch_confirmed';

/** The characters a number typed as text may hold (what the engine's parseTextNumber accepts). */
export const NUMBER_CHARS = [...'0123456789.,+-'];

/** Registers the constants on the lists sheet; `confirmed` and `references` are names defined elsewhere (workbook-plan.ts). */
export function ruleNames(lists: ListRegistry): RuleNames {
  return {
    usccChars: lists.constant(USCC_CHARS_NAME, [ALPHABET], true),
    // rows 1–18: ROW() of the name numbers the 18 positions; the 18th weight is 0, so the check character itself
    // is only tested against the alphabet
    usccWeights: lists.constant(USCC_WEIGHTS_NAME, [...WEIGHTS, 0]),
    numberChars: lists.constant(NUMBER_CHARS_NAME, NUMBER_CHARS, true),
  };
}
