/**
 * BilledUsage: per signal, used vs included in the current billing period, the overage so far and
 * projected to the period's end, with the projection's method stated under it. Every story answers
 * from the recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { BilledUsage } from '../src/widgets/BilledUsage/BilledUsage';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/BilledUsage',
  component: BilledUsage,
  args: { ...STORY_PROPS.billedUsage },
  argTypes: {
    fetcher: { control: false },
    amountFormatter: { control: false },
  },
} satisfies Meta<typeof BilledUsage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Plan usage' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Abgerechnete Nutzung',
      signal: 'Signal',
      used: 'Genutzt',
      included: 'Inklusive',
      usedShare: 'Genutzt %',
      overage: 'Über Kontingent',
      overageAmount: 'Mehrverbrauch',
      projected: 'Prognose',
      projectedOverage: 'Prognose über',
      projectedAmount: 'Prognose Mehrverbrauch',
      total: 'Summe',
      overageSoFar: 'Mehrverbrauch bisher',
      overageSoFarNote: (signals: string) => `${signals} Signale über dem Kontingent`,
      projectedAtEnd: 'Prognose zum Periodenende',
      projectedAtEndNote: 'Bei gleichbleibendem Tempo',
      projectionMethod:
        'Prognose: je Kunde Signale bisher × (Tage der Abrechnungsperiode ÷ vergangene Tage), der Anteil über dem Kontingent zum Mehrverbrauchspreis.',
      period: (first: string, last: string, day: number, days: number) => `Abrechnungsperiode ${first} – ${last} · Tag ${day} von ${days}`,
      periods: (first: string, last: string) => `Laufende Abrechnungsperioden (je Kunde) von ${first} bis ${last}`,
      meterText: (used: string, included: string, projected: string) => `${used} von ${included} inklusive · Prognose ${projected}`,
      tableCaption: 'Genutzte Signale gegen das Kontingent der laufenden Abrechnungsperiode',
      chartSummary: ({ signals, overageAmount, projectedAmount }) => `${signals} Signale; Mehrverbrauch bisher ${overageAmount}, Prognose ${projectedAmount}.`,
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
