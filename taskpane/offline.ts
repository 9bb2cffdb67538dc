// Entry of 火炬申报表助手.html, the tool in one file opened from disk (scripts/offline-file.js builds it): the pane
// as it works outside Excel (校验文件, 合并各市报表) and 下载空白申报表, with every chunk taken from the page itself.
import { useInlineChunks } from './inline-chunks';
import { Pane } from './pane';

useInlineChunks();
// no Office host and no notice: the line at the top of the file says what it does
new Pane().setHost(null, null);
