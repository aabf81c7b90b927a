/**
 * One colour per series NAME, the same in every chart, range and granularity: a name hashes to a
 * preferred palette slot (FNV-1a), so "lead-enriched" is the same colour at 90 days and at 12
 * months, in UsageTrends and in a host's own card. When two names present together want one slot,
 * the later name (by name order) takes the next free one, so a chart never shows two series in
 * one colour while the palette has room.
 */

/** 32-bit FNV-1a of a string. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface SeriesColorOptions {
  /** Names drawn in `otherColor` (the "Other" series). */
  other?: ReadonlySet<string> | readonly string[];
  /** Colour of the "Other" series (usually the theme's muted colour). */
  otherColor?: string;
  /** Colours the host fixed per name; they win. */
  fixed?: Readonly<Record<string, string>>;
}

/** The colour of each name in `names`, from `palette`. */
export function seriesColors(names: readonly string[], palette: readonly string[], options: SeriesColorOptions = {}): Map<string, string> {
  const colors = new Map<string, string>();
  const other = new Set(options.other ?? []);
  const taken = new Set<number>();
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of sorted) {
    const fixed = options.fixed?.[name];
    if (fixed !== undefined) colors.set(name, fixed);
    else if (other.has(name) && options.otherColor !== undefined) colors.set(name, options.otherColor);
  }
  if (palette.length === 0) return colors;
  for (const name of sorted) {
    if (colors.has(name)) continue;
    const preferred = hashName(name) % palette.length;
    let slot = preferred;
    for (let step = 0; step < palette.length && taken.has(slot); step += 1) slot = (preferred + step + 1) % palette.length;
    taken.add(slot);
    colors.set(name, palette[slot]!);
  }
  return colors;
}
