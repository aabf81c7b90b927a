/**
 * `echarts-for-react/lib/core` is CommonJS with `exports.default = EChartsReactCore`. Imported
 * from an ES module of a `"type": "module"` package, Vite 8 (Rolldown) follows Node's rule and
 * hands the default import the whole `exports` object, not the component: React then throws
 * error #130. The timed render bench page routes every import of it through this module, which
 * hands back the component whichever way the bundler resolved it.
 */
import imported from 'echarts-for-react/lib/core';

type Component = typeof imported;

const component: Component = typeof imported !== 'function' ? (imported as unknown as { default: Component }).default : imported;

export default component;
