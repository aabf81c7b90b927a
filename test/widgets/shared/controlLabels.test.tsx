import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mergeTimeRangeLabels } from '../../../src/ui/controlLabels/controlLabels';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { pendingFetcher, renderWithProvider } from './widgetHarness';

const GERMAN = {
  timeRange: { label: 'Zeitraum', presets: { '30d': 'Letzte 30 Tage' } },
  granularity: 'Auflösung',
  granularities: { day: 'Tag', week: 'Woche' },
  view: 'Ansicht',
  views: { chart: 'Diagramm', table: 'Tabelle' },
  exportCsv: 'CSV exportieren',
} as const;

describe('controlLabels on the provider: one translation for every toolbar', () => {
  it.each([
    ['UsageTrends', <UsageTrends key="u" defaultTimeRange="30d" />],
    ['CostTrend', <CostTrend key="c" defaultTimeRange="30d" />],
  ])('%s shows the page’s texts for time range, granularity, view and export', (_name, ui) => {
    renderWithProvider(ui, { fetcher: pendingFetcher, controlLabels: GERMAN });
    expect(screen.getByRole('group', { name: 'Ansicht' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diagramm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tabelle' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Auflösung' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tag' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Zeitraum' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Letzte 30 Tage' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });

  it('keeps English without them', () => {
    renderWithProvider(<UsageTrends defaultTimeRange="30d" />, { fetcher: pendingFetcher });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chart' })).toBeTruthy();
  });

  it('lets a widget’s own time-range labels win, preset by preset', () => {
    expect(mergeTimeRangeLabels({ label: 'Zeitraum', presets: { '7d': 'Letzte 7 Tage', '30d': 'Letzte 30 Tage' } }, { presets: { '30d': 'Ein Monat' } })).toEqual({
      label: 'Zeitraum',
      presets: { '7d': 'Letzte 7 Tage', '30d': 'Ein Monat' },
    });
    expect(mergeTimeRangeLabels(undefined, { label: 'x' })).toEqual({ label: 'x' });
    expect(mergeTimeRangeLabels({ label: 'y' }, undefined)).toEqual({ label: 'y' });
  });
});
