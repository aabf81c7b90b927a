/**
 * Every building-block story renders in jsdom inside a provider, shows its block and no error
 * state: the stories are examples hosts copy, so they must work.
 */
import { composeStories } from '@storybook/react';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import * as barList from '../../stories/BarList.stories';
import * as controls from '../../stories/Controls.stories';
import * as dataTable from '../../stories/DataTable.stories';
import * as kpi from '../../stories/Kpi.stories';
import * as timeSeries from '../../stories/TimeSeriesChart.stories';

const FILES = { barList, controls, dataTable, kpi, timeSeries };

describe.each(Object.entries(FILES))('%s stories', (_file, module) => {
  const stories = Object.entries(composeStories(module as Parameters<typeof composeStories>[0])) as [string, ComponentType][];
  it.each(stories)('%s renders its block without an error state', (_name, Story) => {
    const { container } = render(
      <AnalyticsProvider fetcher={async () => ({})} locale="en-US" currency="USD" timeZone="UTC">
        <Story />
      </AnalyticsProvider>,
    );
    expect(container.querySelector('[data-paw-widget]')).not.toBeNull();
    expect(container.querySelector('[data-paw-state="error"]')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });
});
