import { describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS, CUSTOMER_SCOPED_VIEWS, VIEW_NAMES } from '../../src/core/views';

describe('the 15 views', () => {
  it('lists the same names, in the same order, in VIEW_NAMES as the schema describes', () => {
    expect(VIEW_NAMES).toEqual(ANALYTICS_VIEWS.map((view) => view.name));
    expect(new Set(VIEW_NAMES).size).toBe(15);
  });

  it('scopes only views that exist and carry customer_id', () => {
    for (const name of CUSTOMER_SCOPED_VIEWS) {
      const view = ANALYTICS_VIEWS.find((candidate) => candidate.name === name);
      expect(view?.columns.map((column) => column.name), name).toContain('customer_id');
    }
  });
});
