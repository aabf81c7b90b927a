import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/ui/Chart/escapeHtml';
import { escapeRichText, plainTextFormatter } from '../../../src/ui/Chart/escapeRichText';
import { safeCssColor, tooltipHtml, tooltipRows } from '../../../src/ui/Chart/tooltipHtml';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Parses HTML the way the browser does for the tooltip's innerHTML. */
function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('turns null and undefined into empty text and other values into strings', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(12345678901234567890n)).toBe('12345678901234567890');
  });

  it('makes a hostile label render as its own characters', () => {
    const host = parse(`<span>${escapeHtml(HOSTILE)}</span>`);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toBe(HOSTILE);
  });
});

describe('tooltipHtml', () => {
  it('renders title, rows and footer, escaping every piece of text', () => {
    const html = tooltipHtml({
      title: `${HOSTILE} title`,
      rows: [
        { label: HOSTILE, value: '$1,234.56', color: '#2563c9' },
        { label: 'Total', value: `"><script>alert(2)</script>`, emphasis: true },
      ],
      footer: `<b>footer</b>`,
    });
    const host = parse(html);
    expect(host.querySelector('img, script, b')).toBeNull();
    expect(host.textContent).toContain(`${HOSTILE} title`);
    expect(host.textContent).toContain(`"><script>alert(2)</script>`);
    expect(host.textContent).toContain('<b>footer</b>');
    const cells = [...host.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual([HOSTILE, '$1,234.56', 'Total', `"><script>alert(2)</script>`]);
  });

  it('draws a swatch only for a plain CSS colour', () => {
    const safe = parse(tooltipRows([{ label: 'a', value: '1', color: 'rgb(1, 2, 3)' }]));
    expect(safe.querySelector('span')?.style.background).toBe('rgb(1, 2, 3)');
    const injected = parse(tooltipRows([{ label: 'a', value: '1', color: 'red;background:url(https://evil)' }]));
    expect(injected.querySelector('span')).toBeNull();
    expect(injected.innerHTML).not.toContain('evil');
  });

  it('omits empty title and footer', () => {
    const host = parse(tooltipHtml({ title: '', rows: [{ label: 'a', value: '1' }] }));
    expect(host.children).toHaveLength(1);
    expect(host.firstElementChild?.tagName).toBe('TABLE');
  });
});

describe('safeCssColor', () => {
  it('accepts hex, rgb(a), hsl(a) and named colours, and nothing else', () => {
    for (const color of ['#abc', '#aabbccdd', 'rgba(0, 0, 0, 0.5)', 'hsl(120 50% 50%)', 'steelblue']) {
      expect(safeCssColor(color)).toBe(color);
    }
    for (const color of ['url(x)', 'red;x:y', 'expression(alert(1))', '', 42]) expect(safeCssColor(color)).toBeNull();
  });
});

describe('escapeRichText', () => {
  const RICH = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/; // zrender's own rich-text pattern

  it('breaks {style|text} markup so zrender cannot parse it, keeping the visible text', () => {
    const label = '{a|styled} and {img|}';
    expect(RICH.test(label)).toBe(true);
    const escaped = escapeRichText(label);
    expect(RICH.test(escaped)).toBe(false);
    expect(escaped.replace(/\u200D/g, '')).toBe(label);
  });

  it('leaves text without braces alone', () => {
    expect(escapeRichText(HOSTILE)).toBe(HOSTILE);
  });

  it('plainTextFormatter formats, then neutralises', () => {
    const formatter = plainTextFormatter<number>((n) => `{b|${n}}`);
    expect(RICH.test(formatter(5))).toBe(false);
    expect(plainTextFormatter()('{x|y}')).toBe('{\u200Dx|y}');
  });
});
