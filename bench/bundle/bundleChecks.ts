/**
 * Structural checks on built bundles — what an app or entry point pulls in, not how big it is.
 * Pure functions over `BundleSize`, shared by `npm run bench` and the budget test.
 */
import { builtinModules } from 'node:module';
import type { BundleSize } from './measureBundle';

/** The four widgets, by folder name under `src/widgets/`. */
export const WIDGET_NAMES = ['UsageTrends', 'CostPerModel', 'RevenueAging', 'CreditBurn'] as const;
/** Cookbook widgets that draw an ECharts chart: measured as one-widget apps too, so the share is not only true for four. */
export const CHART_COOKBOOK_WIDGETS = ['CostTrend', 'RevenueTrend'] as const;
/** Every widget with a one-widget host app (`bench/bundle/apps/widget-<name>.tsx`). */
export const ONE_WIDGET_APPS = [...WIDGET_NAMES, ...CHART_COOKBOOK_WIDGETS] as const;
export type WidgetName = (typeof ONE_WIDGET_APPS)[number];

/** The package a bundled module id belongs to (`react-dom`, `@tanstack/table-core`), or undefined for own code. */
export function packageOfModule(id: string): string | undefined {
  const at = id.lastIndexOf('/node_modules/');
  if (at === -1) return undefined;
  const parts = id.slice(at + '/node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The package a bare import names (`echarts/core` → `echarts`). */
function packageOfImport(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const UI_PACKAGES = new Set(['react', 'react-dom', 'scheduler', 'echarts', 'zrender', 'echarts-for-react', 'size-sensor', '@tanstack/react-table']);

/** Modules and external imports of React, ECharts (or their helpers): none may be in `core`. */
export function uiFrameworkModules(size: BundleSize): string[] {
  const bundled = size.modules.filter((id) => UI_PACKAGES.has(packageOfModule(id) ?? ''));
  const external = size.externalImports.filter((id) => UI_PACKAGES.has(packageOfImport(id)));
  return [...bundled, ...external];
}

/** The named-query modules (under `src/core/queries/`) each widget's data comes from. */
export const WIDGET_QUERY_MODULES: Readonly<Record<WidgetName, readonly string[]>> = {
  UsageTrends: ['usageTrends', 'usageSummary'],
  CostPerModel: ['costPerModel'],
  RevenueAging: ['revenueAging'],
  CreditBurn: ['creditBurn', 'summarizeCreditBurn'],
  CostTrend: ['costTrend'],
  RevenueTrend: ['revenueTrend'],
};

/**
 * Named-query modules only other widgets read. Not a failure (they are small, and
 * `createHttpFetcher` reaches every query through `compileQuery` for `compile: 'client'`),
 * but bytes a one-widget host pays for; the bench prints them.
 */
export function otherWidgetQueryModules(size: BundleSize, widget: WidgetName): string[] {
  const others = ONE_WIDGET_APPS.filter((name) => name !== widget).flatMap((name) => WIDGET_QUERY_MODULES[name]);
  const own = new Set(WIDGET_QUERY_MODULES[widget]);
  return size.modules.filter((id) => others.some((file) => !own.has(file) && id.endsWith(`/src/core/queries/${file}.ts`)));
}

/** Modules of widgets other than `widget`: a one-widget app must contain none. */
export function otherWidgetModules(size: BundleSize, widget: WidgetName): string[] {
  const others = ONE_WIDGET_APPS.filter((name) => name !== widget);
  return size.modules.filter((id) => others.some((other) => id.includes(`/src/widgets/${other}/`)));
}

/**
 * Modules or imports that load the whole of ECharts: the `echarts` package root or its
 * prebuilt dist, or the `echarts-for-react` root (which imports full `echarts`). Only
 * `echarts/core`, `echarts/charts`, … and `echarts-for-react/lib/core` are allowed.
 */
export function fullEchartsModules(size: BundleSize): string[] {
  const bundled = size.modules.filter((id) =>
    /\/node_modules\/echarts\/(index(\.\w+)?\.js|dist\/|lib\/echarts\.js|lib\/export\/all)/.test(id) ||
    /\/node_modules\/echarts-for-react\/(lib|esm)\/index\.js/.test(id),
  );
  const external = size.externalImports.filter((id) => id === 'echarts' || id === 'echarts-for-react' || id.startsWith('echarts/dist'));
  return [...bundled, ...external];
}

const NODE_BUILTINS = new Set(builtinModules);

/** Node built-ins and `chdb`, bundled or imported: no browser entry or app may have any. */
export function nodeOnlyModules(size: BundleSize): string[] {
  const bundled = size.modules.filter((id) => packageOfModule(id) === 'chdb' || id.startsWith('node:') || id.includes('/src/emulator/'));
  const external = size.externalImports.filter((id) => id.startsWith('node:') || NODE_BUILTINS.has(id) || packageOfImport(id) === 'chdb');
  return [...bundled, ...external];
}

/** Rendered bytes per package (`(own code)` for the library's sources). */
export function bytesByPackage(size: BundleSize): Record<string, number> {
  const bytes: Record<string, number> = {};
  for (const [id, length] of Object.entries(size.moduleBytes)) {
    const name = packageOfModule(id) ?? (id.includes('/src/') ? '(own code)' : '(app)');
    bytes[name] = (bytes[name] ?? 0) + length;
  }
  return bytes;
}

/** What `size` has beyond `floor`, per package, largest first (rendered bytes; negative = less). */
export function bytesOverFloor(size: BundleSize, floor: BundleSize): { name: string; bytes: number }[] {
  const own = bytesByPackage(size);
  const base = bytesByPackage(floor);
  return [...new Set([...Object.keys(own), ...Object.keys(base)])]
    .map((name) => ({ name, bytes: (own[name] ?? 0) - (base[name] ?? 0) }))
    .filter((entry) => entry.bytes !== 0)
    .sort((a, b) => b.bytes - a.bytes);
}
