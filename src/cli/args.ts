// A small argument parser: positional words, `-o VALUE` / `--out VALUE`, boolean flags, `--opt=value`.
// Every option must be known to the command: a mistyped option is an error, never silently ignored.

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

/**
 * `valued` lists the options that take a value, `flags` the ones that do not (long names; short aliases are
 * mapped by `aliases`). The word after a valued option is its value even when it starts with `-` (`-o -x.xlsx`),
 * unless it is itself one of the command's options.
 */
export function parseArgs(argv: string[], valued: string[], aliases: Record<string, string> = {}, flags: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const known = (word: string): boolean => {
    const n = word.replace(/^-+/, '').replace(/=.*$/, '');
    return word.startsWith('-') && (valued.includes(aliases[n] ?? n) || flags.includes(aliases[n] ?? n));
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    let name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-+/, '');
    name = aliases[name] ?? name;
    if (!valued.includes(name) && !flags.includes(name)) throw new UsageError(`未知的选项「${a}」`);
    if (eq > 0) {
      if (!valued.includes(name)) throw new UsageError(`选项 --${name} 不需要值`);
      options[name] = a.slice(eq + 1);
    } else if (valued.includes(name)) {
      const v = argv[i + 1];
      if (v === undefined || v === '' || known(v)) throw new UsageError(`选项 --${name} 需要一个值`);
      options[name] = v;
      i++;
    } else options[name] = true;
  }
  return { positional, options };
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
    // keeps instanceof working should this code ever be compiled to ES5 (as the task pane is)
    Object.setPrototypeOf(this, UsageError.prototype);
  }
}
