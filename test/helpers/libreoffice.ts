// LibreOffice headless for the tests that let another spreadsheet program recalculate our workbooks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function soffice(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(p)) return p;
  try {
    return execFileSync('which', ['soffice']).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A LibreOffice profile that recalculates .xlsx formulas on load (its default is to trust cached results). */
export function recalculatingProfile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return `file://${dir}`;
}

/** Converts `files` to .xlsx in `outDir` in one LibreOffice run, recalculating every formula. */
export function recalculateInLibreOffice(bin: string, files: string[], outDir: string, profileDir: string): void {
  execFileSync(bin, [
    `-env:UserInstallation=${recalculatingProfile(profileDir)}`,
    '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...files,
  ], { stdio: 'pipe', timeout: 150000 });
}
