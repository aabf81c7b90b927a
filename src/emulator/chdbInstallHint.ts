/**
 * The emulator runs on `chdb`, an optional peer dependency (about 550 MB) a host installs only
 * when it wants the emulator. Without it, the entry and the CLI say so in one line.
 */

/** The one line shown when `chdb` is missing. */
export const CHDB_INSTALL_HINT =
  'paid-analytics-react/emulator needs the optional peer dependency chdb: run `npm i -D chdb` (Linux x64/arm64 or macOS).';

/** Whether `error` is Node failing to find the `chdb` package itself (not a module inside it). */
export function isMissingChdb(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /['"]chdb['"]/.test(message);
}

/**
 * Loads the module that needs `chdb` (through `load`, a dynamic `import`); a missing `chdb` becomes
 * an `Error` whose message is `CHDB_INSTALL_HINT` (the original error is its `cause`).
 */
export async function loadWithChdb<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingChdb(error)) throw new Error(CHDB_INSTALL_HINT, { cause: error });
    throw error;
  }
}
