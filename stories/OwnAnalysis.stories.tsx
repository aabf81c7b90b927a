/**
 * The README's "Your own analysis in 20 lines": a host query on a signal payload field
 * (`signalsByPriority`) composed into a card of two blocks (`WidgetFrame` + `BarList`) — the very
 * component the README shows and `test/integration/ownAnalysis.test.ts` runs against the emulator.
 * Its fixture holds the emulator's counts of email-triage signals by priority (the recorded
 * `signal-payload-breakdown` answer for the same window, field and signal), answered by name.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { FIXTURES_BY_FILE } from '../fixtures/index';
import type { AnalyticsFixture } from '../src/testing/fixture';
import { PriorityCard } from '../test/support/ownAnalysis/PriorityCard';
import { signalsByPriority } from '../test/support/ownAnalysis/signalsByPriority';
import { errorStory } from './support/analyticsParameters';

const FROM = new Date('2026-10-22T00:00:00.000Z');
const TO = new Date('2026-11-21T00:00:00.000Z');

/** The recorded counts by payload priority, as the `signals-by-priority` answer (`{ priority, signals }`). */
function priorityFixtures(): AnalyticsFixture[] {
  const recorded = (FIXTURES_BY_FILE['signal-payload-breakdown'] ?? []).find(
    (fixture) => fixture.request.kind === 'query' && fixture.request.params?.signalName === 'email-triage' && fixture.request.params?.path === 'priority',
  );
  const body = recorded?.body as { rows: unknown[][]; meta: unknown } | undefined;
  const rows = (body?.rows ?? []).map((row) => [row[0], row[1]]);
  return [
    {
      request: { kind: 'query', name: signalsByPriority.name, params: { from: FROM.toISOString(), to: TO.toISOString(), signalName: 'email-triage' } },
      body: {
        columns: [
          { name: 'priority', type: 'String' },
          { name: 'signals', type: 'UInt64' },
        ],
        rows,
        meta: { rowCount: rows.length, elapsedMs: 0, truncated: false },
      },
    },
  ];
}

const FIXTURES = priorityFixtures();

const meta = {
  title: 'Building blocks/Your own analysis',
  component: PriorityCard,
  args: { from: FROM, to: TO },
  argTypes: { from: { control: false }, to: { control: false } },
  parameters: { analytics: { fixtures: FIXTURES } },
} satisfies Meta<typeof PriorityCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const GermanEuro: Story = { name: 'de-DE', globals: { locale: 'de-DE' } };

export const Loading: Story = { parameters: { analytics: { fixtures: FIXTURES, latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { fixtures: FIXTURES, result: 'empty' } } };

export const Timeout: Story = { ...errorStory('QUERY_TIMEOUT'), parameters: { analytics: { fixtures: FIXTURES, errors: 'QUERY_TIMEOUT' } } };
