// Offline check of an add-in manifest: Microsoft's published XSDs (kept in ../shared, outside this repo)
// plus the checks the schema cannot make (every resid points at a resource).
// Run: npx tsx scripts/validate-manifest.ts [manifest.xml ...]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const SCHEMA_ENTRY = 'OfficeAppManifestV1_1.xsd';
const SCHEMA_IMPORTS = [
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
];

/** Where the XSDs are: $MANIFEST_SCHEMA_DIR, else ../shared/schemas/office-addin-manifest beside the repo. */
export function schemaDir(): string {
  return process.env.MANIFEST_SCHEMA_DIR ?? resolve(__dirname, '..', '..', 'shared', 'schemas', 'office-addin-manifest');
}

export function schemasAvailable(dir = schemaDir()): boolean {
  return [SCHEMA_ENTRY, ...SCHEMA_IMPORTS].every((f) => existsSync(join(dir, f)));
}

export interface ManifestCheck {
  valid: boolean;
  /** one line per problem, "file:line: reason" where the line is known */
  errors: string[];
}

/** resid values that name no bt:Image / bt:Url / bt:String in the manifest's Resources. */
export function unresolvedResourceIds(xml: string): string[] {
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
  const used = [...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(used.filter((id) => !defined.has(id)))];
}

/** Validates manifest text against the XSDs in `dir`. */
export async function validateManifest(xml: string, fileName = 'manifest.xml', dir = schemaDir()): Promise<ManifestCheck> {
  const read = (f: string) => ({ fileName: f, contents: readFileSync(join(dir, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: basename(fileName), contents: xml }],
    schema: [read(SCHEMA_ENTRY)],
    preload: SCHEMA_IMPORTS.map(read),
  });
  const errors = result.errors.map((e) => (e.loc ? `${fileName}:${e.loc.lineNumber}: ${e.message}` : `${fileName}: ${e.message}`));
  for (const id of unresolvedResourceIds(xml)) errors.push(`${fileName}: resid="${id}" names no resource in <Resources>`);
  return { valid: errors.length === 0, errors };
}

async function main(files: string[]): Promise<number> {
  const dir = schemaDir();
  if (!schemasAvailable(dir)) {
    console.error(`Cannot validate: the manifest schemas are not at ${dir}.`);
    console.error('They live in the sibling folder ../shared (see shared/schemas/office-addin-manifest/README.md),');
    console.error('or set MANIFEST_SCHEMA_DIR to a folder holding the five .xsd files.');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`${file}: file not found`);
      failed++;
      continue;
    }
    const check = await validateManifest(readFileSync(file, 'utf8'), file, dir);
    if (check.valid) console.log(`${file} validates`);
    else {
      failed++;
      for (const e of check.errors) console.error(e);
      console.error(`${file} fails to validate`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  main(args.length ? args : ['manifest.xml']).then((code) => process.exit(code));
}
