export { TOOL_VERSION } from '../version';
export { TABLE_VERSION } from '../core/tables';
