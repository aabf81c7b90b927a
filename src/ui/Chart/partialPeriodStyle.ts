/**
 * How a partial first or last period's bar is drawn: faded and hatched, so it reads as "not a
 * whole period" in light and dark themes alike (opacity alone vanishes on a dark surface).
 */
export const PARTIAL_PERIOD_ITEM_STYLE = Object.freeze({
  opacity: 0.6,
  decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(128, 128, 128, 0.55)' },
});
