// The tool's version, from package.json (the one place it is set), for the CLI, the merged workbook and the pane.
import pkg from '../package.json';

export const TOOL_VERSION: string = pkg.version;
