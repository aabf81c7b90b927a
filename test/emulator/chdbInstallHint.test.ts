import { describe, expect, it } from 'vitest';
import { CHDB_INSTALL_HINT, isMissingChdb, loadWithChdb } from '../../src/emulator/chdbInstallHint';

/** The error Node's ESM loader throws for a package that is not installed. */
function notFound(specifier: string): Error {
  return Object.assign(new Error(`Cannot find package '${specifier}' imported from /app/node_modules/paid-analytics-react/dist/emulator/engine.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
}

describe('the chdb install hint', () => {
  it('turns a missing chdb into one line that says what to install', async () => {
    const missing = notFound('chdb');
    const error = await loadWithChdb(() => Promise.reject(missing)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(CHDB_INSTALL_HINT);
    expect((error as Error).message).toContain('npm i -D chdb');
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).cause).toBe(missing);
  });

  it('passes every other failure through unchanged', async () => {
    for (const other of [notFound('chdb-core'), notFound('react'), new Error('chdb crashed'), Object.assign(new Error("'chdb'"), { code: 'ERR_DLOPEN_FAILED' })]) {
      await expect(loadWithChdb(() => Promise.reject(other))).rejects.toBe(other);
    }
    await expect(loadWithChdb(async () => 42)).resolves.toBe(42);
  });

  it('recognises the CommonJS form of the error as well', () => {
    expect(isMissingChdb(Object.assign(new Error("Cannot find module 'chdb'"), { code: 'MODULE_NOT_FOUND' }))).toBe(true);
    expect(isMissingChdb(undefined)).toBe(false);
  });
});
