/**
 * Deterministic pseudo-randomness inside SQL: every "random" choice is a hash of the seed, a tag
 * naming the choice, and the row's own key, so the same seed gives the same rows on any run and in
 * any insertion order.
 */

/**
 * SQL for a uniform Float64 in [0, 1) keyed by `salt`, `tag` and the SQL expressions `keys`. The
 * salt and tag fold into one 64-bit constant here, so the engine hashes only the keys (cityHash64
 * of numbers is several times cheaper than a keyed hash over a string).
 */
export function uniform(salt: bigint, tag: string, ...keys: string[]): string {
  return `(cityHash64(toUInt64(${saltFor(Number(salt & 0xffffffffn), `${salt}:${tag}`)}), ${keys.join(', ')}) / 18446744073709551616.0)`;
}

/** SQL for an integer in [low, high] keyed like `uniform`. */
export function uniformInt(salt: bigint, tag: string, low: number, high: number, ...keys: string[]): string {
  return `(${low} + toInt64(floor(${uniform(salt, tag, ...keys)} * ${high - low + 1})))`;
}

/** SQL picking a 1-based index from cumulative `weights` with the uniform expression `u`. */
export function weightedIndex(u: string, weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const branches: string[] = [];
  weights.forEach((w, i) => {
    cumulative += w / total;
    if (i < weights.length - 1) branches.push(`${u} < ${cumulative.toFixed(6)}, ${i + 1}`);
  });
  return branches.length === 0 ? '1' : `multiIf(${branches.join(', ')}, ${weights.length})`;
}

/** SQL array literal of strings. */
export function stringArray(values: readonly string[]): string {
  return `[${values.map((v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ')}]`;
}

/** A 64-bit salt from the seed and a name (FNV-1a), so organizations differ under one seed. */
export function saltFor(seed: number, name: string): bigint {
  let hash = 0xcbf29ce484222325n;
  const text = `${seed}:${name}`;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}
