/**
 * The props every widget story passes so its requests find the recorded fixtures exactly
 * (`fixtures/fixtureRequests.ts`), and a brand theme for the "custom brand" stories.
 *
 *   import { STORY_PROPS, BRAND_THEME } from './support/storyParams';
 *   export const Default = { args: { ...STORY_PROPS.usageTrends } };
 */
export { STORY_PROPS, STORY_NOW, FIXTURE_ANCHOR_DATE, STORY_CREDITS_CURRENCY_ID } from '../../fixtures/fixtureRequests';

/** The demo's brand theme: violet, a serif font, rounder corners, compact density. */
export { BRAND_THEME } from '../../demo/demoThemes';
