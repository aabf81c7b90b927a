/**
 * All four widgets together, as the demo dashboard lays them out, from the recorded fixtures:
 * the page a host builds, switchable with the toolbar's theme and locale.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ThemeInput } from '../src/theme/types';
import { CostPerModel } from '../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

interface DashboardProps {
  /** Applied to every widget, over the provider's (toolbar) theme. */
  theme?: ThemeInput;
  /** Columns of the grid on wide screens. */
  columns?: 1 | 2;
}

function Dashboard({ theme, columns = 2 }: DashboardProps) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: 16 }}>
      <UsageTrends {...STORY_PROPS.usageTrends} theme={theme} headingLevel={2} />
      <CostPerModel {...STORY_PROPS.costPerModel} theme={theme} headingLevel={2} />
      <RevenueAging {...STORY_PROPS.revenueAging} theme={theme} headingLevel={2} />
      <CreditBurn {...STORY_PROPS.creditBurn} theme={theme} headingLevel={2} />
    </div>
  );
}

const meta = {
  title: 'Dashboard',
  component: Dashboard,
  argTypes: { columns: { control: 'inline-radio', options: [1, 2] } },
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const Brand: Story = { args: { theme: BRAND_THEME } };

export const GermanEuro: Story = { name: 'de-DE / EUR', globals: { locale: 'de-DE' } };

export const Narrow: Story = { args: { columns: 1 }, parameters: { viewport: { defaultViewport: 'mobile1' } } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };
