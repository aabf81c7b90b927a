import { describe, expect, it } from 'vitest';
import {
  param,
  paramBoolean,
  paramCurrency,
  paramDate,
  paramDateTime,
  paramEnum,
  paramId,
  paramInteger,
  paramText,
  paramTimeZone,
} from '../../../src/core/queries/paramBuilders';

describe('the param builders', () => {
  it('are the same functions as param.* (the built-in references import them one by one, so bundles keep only those used)', () => {
    expect(param).toEqual({
      enum: paramEnum,
      integer: paramInteger,
      dateTime: paramDateTime,
      date: paramDate,
      id: paramId,
      text: paramText,
      boolean: paramBoolean,
      timeZone: paramTimeZone,
      currency: paramCurrency,
    });
  });

  it('parse and default as declared', () => {
    expect(paramEnum(['day', 'week']).default('day').parse(undefined, 'granularity')).toBe('day');
    expect(paramInteger({ min: 1, max: 20 }).parse('7', 'topN')).toBe(7);
    expect(() => paramInteger({ min: 1, max: 20 }).parse(21, 'topN')).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(paramDateTime().parse('2026-11-01T00:00:00Z', 'from')).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(paramId().optional().parse('', 'customerId')).toBeUndefined();
    expect(paramCurrency().parse('EUR', 'currency')).toBe('EUR');
  });
});
