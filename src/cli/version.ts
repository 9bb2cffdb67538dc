import { TABLE_VERSION } from '../core/tables';

export const TOOL_VERSION: string = require('../../package.json').version;
export { TABLE_VERSION };
