/**
 * Issue 17: a dashboard of every widget the package exports, plus duplicates with the same props,
 * under one provider still sends each distinct request once and never has more than the
 * QueryClient's cap in flight — and every widget shows its data. The same dashboard `npm run bench`
 * counts (`bench/render/dashboardRequests.tsx`), here in jsdom so that CI holds it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDashboard, type DashboardFigures } from '../../bench/render/dashboardRequests';
import * as library from '../../src/index';

/** The widget folders whose component the main entry exports. */
function exportedWidgetNames(): string[] {
  const folders = readdirSync(join(process.cwd(), 'src/widgets'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => entry.name);
  return folders.filter((name) => typeof (library as Record<string, unknown>)[name] === 'function');
}

const dashboard = (mode: 'shared' | 'separate'): Promise<DashboardFigures> => runDashboard(mode);

// The dashboard renders and settles as in a page (its own root, real timers), not inside act().
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let wasActEnvironment: boolean | undefined;
beforeAll(() => {
  wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

describe('a dashboard of every exported widget', () => {
  it('holds every widget the package exports, and some twice with the same props', async () => {
    const names = exportedWidgetNames();
    expect(names.length).toBe(14);
    const figures = await dashboard('shared');
    expect(figures.distinctWidgets).toBe(names.length);
    expect(figures.duplicates.length).toBeGreaterThan(0);
    expect(figures.widgets).toBe(names.length + figures.duplicates.length);
  });

  it('under one provider sends each distinct request once, never more than the cap at a time, and every widget shows data', async () => {
    const figures = await dashboard('shared');
    expect(figures.failed).toBe(0);
    expect(figures.framesShown).toBe(figures.widgets);
    expect(figures.errorStates).toBe(0);
    expect(figures.requests).toBe(figures.distinctRequests);
    expect(figures.peakInFlight).toBeGreaterThan(0);
    expect(figures.peakInFlight).toBeLessThanOrEqual(figures.cap);
  });

  it('(the comparison) with a client per widget, the duplicates ask again and more than one cap is in flight', async () => {
    const shared = await dashboard('shared');
    const separate = await dashboard('separate');
    expect(separate.distinctRequests).toBe(shared.distinctRequests);
    expect(separate.requests).toBeGreaterThan(separate.distinctRequests);
    expect(separate.peakInFlight).toBeGreaterThan(shared.cap);
  });
});
