/**
 * ECharts calls an option's functions (formatters, colour callbacks) outside React's render —
 * during `setOption`, on the next animation frame, on hover — where an error boundary cannot see
 * what they throw. This wraps every function in an option so that a throw is handed to `report`
 * (which turns it into the chart's error state) and the function returns `fallback` instead.
 * Plain objects and arrays are copied; everything else is kept as is.
 */
export function guardOptionFunctions<T>(option: T, report: (thrown: unknown) => void, fallback: unknown = ''): T {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      return function guarded(this: unknown, ...args: unknown[]) {
        try {
          return fn.apply(this, args);
        } catch (thrown) {
          report(thrown);
          return fallback;
        }
      };
    }
    if (Array.isArray(value)) {
      // Data arrays of numbers hold no functions: keep them as they are (10,000 points stay cheap).
      return value.some((item) => typeof item === 'function' || (item !== null && typeof item === 'object')) ? value.map(visit) : value;
    }
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = visit(item);
      return copy;
    }
    return value;
  };
  return visit(option) as T;
}
