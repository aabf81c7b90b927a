/**
 * Neutralises ECharts rich-text markup in a label. zrender parses `{styleName|text}` whenever
 * a text style has `rich` (ECharts itself adds `rich` to some labels, e.g. time axes), which
 * would let data pick a style (including an image background) or swallow its own characters.
 * A zero-width joiner after each `{` breaks the `{name|` pattern while the label looks the same.
 * Axis labels, legend and series labels are drawn as SVG/canvas text (never HTML), so this is
 * the only escaping they need.
 */
export function escapeRichText(text: unknown): string {
  return String(text ?? '').replace(/\{/g, '{\u200D');
}

/**
 * A formatter for `axisLabel.formatter`, `legend.formatter` or `label.formatter` that shows the
 * data as text: it formats the value with `format` (default `String`) and neutralises rich-text
 * markup. Use a function formatter like this one rather than a string template.
 */
export function plainTextFormatter<T = unknown>(format: (value: T) => string = (value) => String(value ?? '')): (value: T) => string {
  return (value: T) => escapeRichText(format(value));
}
