import type { ArgTypes } from '@storybook/react-vite';

/** The heading levels a widget title takes, in reading order (docgen lists a union's members unordered). */
const HEADING_LEVELS = [2, 3, 4, 5, 6];

/**
 * Controls for the props every widget shares that docgen cannot pick a control for: `headingLevel`
 * as its levels in order, `height` as a number (px), and `title` / `subtitle` (ReactNode, which
 * docgen offers as a "Set object" control) as text. Only props the component has are touched.
 */
export function widgetArgTypes({ argTypes }: { argTypes: ArgTypes }): ArgTypes {
  const next: ArgTypes = { ...argTypes };
  if (next.headingLevel) next.headingLevel = { ...next.headingLevel, options: HEADING_LEVELS, control: { type: 'inline-radio' } };
  if (next.height) next.height = { ...next.height, control: { type: 'number', min: 80, step: 20 } };
  for (const name of ['title', 'subtitle']) {
    if (next[name]) next[name] = { ...next[name], control: { type: 'text' } };
  }
  return next;
}
