/**
 * The value-axis ticks of a chart plotted in cents, as money in the provider's currency: compact
 * from a million units up (`$1.2M`), whole units from ten up (`$1,200`), cents below. One
 * formatter for every tick of an axis, so ticks never mix styles.
 */
import type { Formatters } from '../../core/format/createFormatters';

/** A tick formatter for cents, chosen from the largest value on the axis. */
export function costAxisFormat(formatters: Formatters, maxAbsCents: number): (cents: number) => string {
  const units = Math.abs(maxAbsCents) / 100;
  const options =
    units >= 1_000_000
      ? ({ notation: 'compact', maximumFractionDigits: 1 } as const)
      : units >= 10
        ? ({ minimumFractionDigits: 0, maximumFractionDigits: 0 } as const)
        : ({} as const);
  return (cents) => (Number.isFinite(cents) ? formatters.cents(Math.round(cents), options) : '');
}
