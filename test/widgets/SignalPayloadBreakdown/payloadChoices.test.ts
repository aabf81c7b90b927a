import { describe, expect, it } from 'vitest';
import { payloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/payloadBreakdownRows';
import { defaultPayloadPath, isAcceptedPayloadPath, payloadChoices } from '../../../src/widgets/SignalPayloadBreakdown/payloadChoices';

const META = {
  signals: [
    { signalName: 'a', paths: [{ path: 'account_id', types: ['String'] }, { path: 'count', types: ['Int64'] }, { path: 'user.plan', types: ['String'] }] },
    { signalName: 'b', paths: [{ path: "x') OR 1=1 --", types: ['String'] }, { path: 'ok', types: ['Int64', 'String'] }] },
    { signalName: 'c', paths: [{ path: 'bad path', types: ['String'] }] },
  ],
  meta: { fromDate: '2026-10-01T00:00:00Z', toDate: '2026-11-01T00:00:00Z' },
};

describe('payloadChoices', () => {
  it('offers only dotted-word paths, and drops signals left with none', () => {
    expect(payloadChoices(META).map((choice) => [choice.signalName, choice.paths.map((p) => p.path)])).toEqual([
      ['a', ['account_id', 'count', 'user.plan']],
      ['b', ['ok']],
    ]);
    expect(isAcceptedPayloadPath('user.plan')).toBe(true);
    expect(isAcceptedPayloadPath('user..plan')).toBe(false);
    expect(isAcceptedPayloadPath('a`b')).toBe(false);
    expect(payloadChoices(undefined)).toEqual([]);
    expect(payloadChoices({ signals: 'nope' } as never)).toEqual([]);
  });

  it('opens on the first text field that is not an id, else the first field', () => {
    const [a, b] = payloadChoices(META);
    expect(defaultPayloadPath(a)).toBe('user.plan');
    expect(defaultPayloadPath(b)).toBe('ok');
    expect(defaultPayloadPath(undefined)).toBeUndefined();
  });
});

describe('payloadBreakdown', () => {
  it('adds the rest of the window total as Other, so values + Other = total', () => {
    const result = payloadBreakdown([{ value: 'x', signals: 5n }, { value: '', signals: 3n }], 10n);
    expect(result.other?.signals).toBe(2n);
    expect(result.total.signals).toBe(10n);
  });

  it('has no Other when the top values are every signal, and never a negative one', () => {
    expect(payloadBreakdown([{ value: 'x', signals: 5n }], 5n).other).toBeUndefined();
    const raced = payloadBreakdown([{ value: 'x', signals: 6n }], 5n);
    expect(raced.other).toBeUndefined();
    expect(raced.total.signals).toBe(6n);
  });
});
