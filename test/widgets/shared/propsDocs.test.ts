// @vitest-environment node
/**
 * What Storybook's autodocs shows for the widgets' props (issue 16): the props table's Default
 * column is filled from `@default` tags (read by react-docgen-typescript, as `.storybook/main.ts`
 * configures it), and the shared props get real controls from `.storybook/widgetArgTypes.ts`.
 */
import { readdirSync } from 'node:fs';
import { withCustomConfig } from 'react-docgen-typescript';
import { describe, expect, it } from 'vitest';
import { widgetArgTypes } from '../../../.storybook/widgetArgTypes';

const WIDGET_FILES = readdirSync('src/widgets', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => `src/widgets/${entry.name}/${entry.name}.tsx`);

describe('the props tables of the widgets', () => {
  it('give the shared props their defaults, for every widget that has them', { timeout: 120_000 }, () => {
    const parser = withCustomConfig('tsconfig.json', {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    });
    const docs = parser.parse(WIDGET_FILES);
    expect(docs.length).toBeGreaterThanOrEqual(WIDGET_FILES.length);
    const expected: Record<string, string> = { headingLevel: '3', defaultView: 'chart', pageSize: '25', defaultTimeRange: "'30d'", height: '280' };
    let checked = 0;
    for (const doc of docs) {
      for (const [prop, value] of Object.entries(expected)) {
        if (!doc.props[prop]) continue;
        expect(doc.props[prop]!.defaultValue?.value, `${doc.displayName}.${prop}`).toBe(value);
        checked += 1;
      }
      // The shared props (WidgetBaseProps, TimeWindowProps) each say what they default to.
      for (const prop of ['title', 'subtitle', 'theme', 'timeZone', 'fetcher', 'now'] as const) {
        const shared = doc.props[prop]?.parent?.fileName ?? '';
        if (/shared\/(widgetProps|useTimeWindow)\.ts$/.test(shared)) expect(doc.props[prop]!.defaultValue?.value, `${doc.displayName}.${prop}`).toBeTruthy();
      }
    }
    expect(checked).toBeGreaterThan(WIDGET_FILES.length * 2);
    const kpis = docs.find((doc) => doc.displayName === 'AnalyticsKpis')!;
    expect(kpis.props['kpis']!.defaultValue?.value).toContain("'creditsBalance'");
    // A widget's own props too: "Default …" in their text is an @default tag.
    const breakdown = docs.find((doc) => doc.displayName === 'SignalPayloadBreakdown')!;
    expect(breakdown.props['limit']!.defaultValue?.value).toBe('10');
    expect(breakdown.props['valueFormatter']!.defaultValue?.value).toBe("the provider's `formatCount`");
  });
});

describe('widgetArgTypes (the Storybook argTypes enhancer)', () => {
  const inferred = {
    headingLevel: { name: 'headingLevel', type: { name: 'enum', value: [5, 2, 3, 4, 6] }, options: [5, 2, 3, 4, 6] },
    height: { name: 'height', type: { name: 'other', value: 'string | number' }, control: { type: 'object' } },
    title: { name: 'title', type: { name: 'other', value: 'ReactNode' }, control: { type: 'object' } },
    subtitle: { name: 'subtitle', type: { name: 'other', value: 'ReactNode' }, control: { type: 'object' } },
    limit: { name: 'limit', type: { name: 'number' } },
  };

  it('orders the heading levels, gives height a number control and title/subtitle text', () => {
    const next = widgetArgTypes({ argTypes: inferred as never });
    expect(next['headingLevel']).toMatchObject({ options: [2, 3, 4, 5, 6], control: { type: 'inline-radio' } });
    expect(next['height']).toMatchObject({ control: { type: 'number' } });
    expect(next['title']).toMatchObject({ control: { type: 'text' } });
    expect(next['subtitle']).toMatchObject({ control: { type: 'text' } });
    expect(next['limit']).toEqual(inferred.limit);
  });

  it('adds nothing a component does not have', () => {
    expect(Object.keys(widgetArgTypes({ argTypes: { limit: inferred.limit } as never }))).toEqual(['limit']);
  });
});
