/**
 * Makes display labels unique, because ECharts identifies legend entries by series name: two
 * series called the same (a signal literally named "Other" next to the Other series) would
 * toggle together. Later duplicates get ` (2)`, ` (3)` …; the first keeps its label.
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    let candidate = label;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${label} (${n})`;
    seen.add(candidate);
    return candidate;
  });
}
