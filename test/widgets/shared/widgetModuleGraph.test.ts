import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** Every module a source file reaches through static runtime imports (type-only imports are erased). */
function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const statement = match[0];
      const specifier = match[1]!;
      if (/^\s*(import|export)\s+type\s/.test(statement.trimStart())) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const target = ['.ts', '.tsx', '/index.ts'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
      if (target) visit(target);
    }
  };
  visit(resolve(ROOT, entry));
  return { files, packages };
}

const WIDGETS = ['UsageTrends', 'CostPerModel', 'RevenueAging', 'CreditBurn'];

describe.each([
  ['UsageTrends', 'src/widgets/UsageTrends/UsageTrends.tsx'],
  ['CreditBurn', 'src/widgets/CreditBurn/CreditBurn.tsx'],
])('what importing %s pulls in', (widget, entry) => {
  const graph = moduleGraph(entry);

  it('no other widget (of the modules it does reach)', () => {
    expect(graph.files.size).toBeGreaterThan(20);
    const others = WIDGETS.filter((name) => name !== widget);
    const reached = [...graph.files].filter((file) => others.some((name) => file.includes(`/src/widgets/${name}/`)));
    expect(reached).toEqual([]);
  });

  it('ECharts only through echarts/core and the parts it registers, and the core React binding', () => {
    const echarts = [...graph.packages].filter((name) => name.startsWith('echarts/')).sort();
    expect(echarts).toEqual(['echarts/charts', 'echarts/components', 'echarts/core', 'echarts/renderers']);
    const bindings = [...graph.packages].filter((name) => name.startsWith('echarts-for-react'));
    expect(bindings).toHaveLength(1);
    expect(bindings[0]).toMatch(/^echarts-for-react\/(lib|esm)\/core(\.js)?$/);
    expect(graph.packages.has('echarts')).toBe(false);
  });

  it('nothing Node-only and no engine', () => {
    expect([...graph.packages].filter((name) => name.startsWith('node:') || name === 'chdb')).toEqual([]);
    expect([...graph.files].filter((file) => /\/src\/(emulator|server)\//.test(file))).toEqual([]);
  });
});
