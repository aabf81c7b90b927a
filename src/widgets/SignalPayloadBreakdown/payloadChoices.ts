/**
 * What the signal and payload-path pickers offer, from `/signals/metadata`: every signal name with
 * at least one path the `signal-payload-breakdown` query accepts, and each one's paths. A path is
 * only ever sent when the metadata lists it for that signal (the query also checks its pattern on
 * the server). Pure.
 */
import type { SignalsMetadataResponseBody } from '../../core/contract';
import { PAYLOAD_PATH_PATTERN } from '../../core/queries/cookbook/usage';

/** One signal name and the payload paths it can be broken down by. */
export interface PayloadSignalChoice {
  signalName: string;
  paths: { path: string; types: readonly string[] }[];
}

const WHOLE_PATH = new RegExp(`^(?:${PAYLOAD_PATH_PATTERN.source})$`);

/** Whether the breakdown query accepts `path` (dotted words, as the metadata lists them). */
export function isAcceptedPayloadPath(path: string): boolean {
  return WHOLE_PATH.test(path);
}

/** The signals and their accepted paths, in the metadata's order; signals with none are left out. */
export function payloadChoices(metadata: SignalsMetadataResponseBody | undefined): PayloadSignalChoice[] {
  if (!metadata || !Array.isArray(metadata.signals)) return [];
  const choices: PayloadSignalChoice[] = [];
  for (const signal of metadata.signals) {
    if (typeof signal?.signalName !== 'string' || !Array.isArray(signal.paths)) continue;
    const paths = signal.paths
      .filter((entry) => typeof entry?.path === 'string' && isAcceptedPayloadPath(entry.path))
      .map((entry) => ({ path: entry.path, types: Array.isArray(entry.types) ? entry.types.map(String) : [] }));
    if (paths.length > 0) choices.push({ signalName: signal.signalName, paths });
  }
  return choices;
}

/** Types whose values make a readable breakdown (few distinct values). */
const CATEGORICAL = new Set(['String', 'Bool']);

/**
 * The path a signal opens with: the first one holding only text or booleans that is not an id
 * (`priority` rather than `account_id`), else the first one.
 */
export function defaultPayloadPath(choice: PayloadSignalChoice | undefined): string | undefined {
  if (!choice) return undefined;
  const categorical = choice.paths.find(
    (entry) => entry.types.length > 0 && entry.types.every((type) => CATEGORICAL.has(type)) && !/(^|[._])id$|_id$/.test(entry.path),
  );
  return (categorical ?? choice.paths[0])?.path;
}
