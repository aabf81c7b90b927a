/**
 * Builds one row object from one wire row: `{ [name]: converter(cell) }` for every column.
 *
 * Speed matters here (it runs for every row): an object literal is about ten times faster to build than the
 * same object filled by computed keys in a loop. So, where the host allows it, the factory is compiled
 * once per response from the column names — `function (cells) { return { "model": k0(cells[0]), … } }` —
 * with every name written as a JSON string literal (never spliced in raw) and the converters passed in as
 * arguments. Where code generation is refused (a Content-Security-Policy without `'unsafe-eval'`), it falls
 * back to the loop, and stops trying.
 */
import type { ValueConverter } from './columnDecoder';

/** Builds one decoded row from one wire row of the right length. */
export type RowFactory = (cells: unknown[]) => Record<string, unknown>;

let codeGenerationAllowed = true;

function loopFactory(names: string[], converters: ValueConverter[]): RowFactory {
  const width = names.length;
  // A column named "__proto__" must become an own property, not the row's prototype.
  if (names.includes('__proto__')) {
    return (cells) => {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < width; c++) {
        Object.defineProperty(row, names[c]!, { value: converters[c]!(cells[c]), enumerable: true, writable: true, configurable: true });
      }
      return row;
    };
  }
  return (cells) => {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < width; c++) row[names[c]!] = converters[c]!(cells[c]);
    return row;
  };
}

function compiledFactory(names: string[], converters: ValueConverter[]): RowFactory | undefined {
  // Duplicate names would make a literal with repeated keys; the loop keeps the last value, like the literal
  // would, but keep it simple and exact: only compile distinct names.
  if (new Set(names).size !== names.length || names.length > 1000) return undefined;
  const parameters = converters.map((_, c) => `k${c}`);
  // `"__proto__": v` in a literal would set the prototype; the computed form `["__proto__"]: v` does not.
  const properties = names.map((name, c) => {
    const key = JSON.stringify(name);
    return `${name === '__proto__' ? `[${key}]` : key}: k${c}(cells[${c}])`;
  });
  try {
    const build = new Function(...parameters, `"use strict"; return function decodeRow(cells) { return { ${properties.join(', ')} }; };`) as (
      ...converters: ValueConverter[]
    ) => RowFactory;
    return build(...converters);
  } catch {
    codeGenerationAllowed = false;
    return undefined;
  }
}

/** The fastest row factory the host allows for these columns. */
export function createRowFactory(names: string[], converters: ValueConverter[]): RowFactory {
  return (codeGenerationAllowed ? compiledFactory(names, converters) : undefined) ?? loopFactory(names, converters);
}

/** Turns code generation off (as a strict Content-Security-Policy would); for tests of the fallback. */
export function setRowCodeGenerationAllowed(allowed: boolean): void {
  codeGenerationAllowed = allowed;
}
