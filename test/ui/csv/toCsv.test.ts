import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { centsToMajorUnits } from '../../../src/ui/csv/centsToMajorUnits';
import { csvField, toCsv } from '../../../src/ui/csv/toCsv';
import { tableColumnsToCsv } from '../../../src/ui/csv/tableColumnsToCsv';
import type { DataTableColumn } from '../../../src/ui/DataTable/types';

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and CRLF-separated rows', () => {
    const csv = toCsv([{ header: 'a', value: (r: number) => r }, { header: 'b', value: (r: number) => r * 2 }], [1, 2]);
    expect(csv).toBe('a,b\r\n1,2\r\n2,4\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes, and reads back the same', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'line\nbreak', 'cr\rhere'];
    const csv = toCsv(cells.map((_, i) => ({ header: `h${i}`, value: (row: string[]) => row[i] })), [cells]);
    expect(csv.split('\r\n')[1]).toBe('plain,"a,b","say ""hi""","line\nbreak","cr\rhere"');
    expect(parseCsv(csv)[1]).toEqual(cells);
  });

  it('writes values exactly: bigints in full, dates as ISO, null as empty', () => {
    const csv = toCsv(
      [
        { header: 'big', value: () => 18446744073709551615n },
        { header: 'date', value: () => new Date('2026-11-23T10:00:00Z') },
        { header: 'none', value: () => null },
        { header: 'flag', value: () => true },
      ],
      [0],
    );
    expect(csv.split('\r\n')[1]).toBe('18446744073709551615,2026-11-23T10:00:00.000Z,,true');
  });

  it.each(['=SUM(A1:A2)', '+1+1', '-2+3', '@cmd', '\tleading tab', '\rleading cr', "=HYPERLINK(\"http://x\",\"y\")"])(
    'neutralises a formula-like cell %j with a leading apostrophe',
    (text) => {
      const field = csvField(text);
      const [[value]] = parseCsv(`${field}\r\n`) as [[string]];
      expect(value).toBe(`'${text}`);
    },
  );

  it('leaves plain numbers, including negative ones, alone', () => {
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('-5')).toBe('-5');
    expect(csvField(-5)).toBe('-5');
    expect(csvField('- 5')).toBe("'- 5");
  });

  it('neutralises formula-like headers too', () => {
    expect(toCsv([{ header: '=1+1', value: () => 1 }], []).startsWith("'=1+1")).toBe(true);
  });
});

describe('centsToMajorUnits', () => {
  it('turns cents into exact major units with at least two decimals', () => {
    expect(centsToMajorUnits(123456n)).toBe('1234.56');
    expect(centsToMajorUnits(5)).toBe('0.05');
    expect(centsToMajorUnits(-5)).toBe('-0.05');
    expect(centsToMajorUnits(100n)).toBe('1.00');
    expect(centsToMajorUnits(0)).toBe('0.00');
    expect(centsToMajorUnits(922337203685477580_7n)).toBe('92233720368547758.07');
    expect(centsToMajorUnits('1234.5678')).toBe('12.345678');
  });

  it('throws a typed error for non-numbers', () => {
    expect(() => centsToMajorUnits('abc')).toThrow(AnalyticsError);
  });
});

describe('tableColumnsToCsv', () => {
  interface Row {
    name: string;
    cents: bigint;
  }
  const columns: DataTableColumn<Row>[] = [
    { id: 'name', header: 'Customer', value: (row) => row.name },
    {
      id: 'owed',
      header: 'Owed',
      value: (row) => row.cents,
      format: () => '$1,234.56',
      csv: { header: 'Owed (USD)', value: (row) => centsToMajorUnits(row.cents) },
    },
    { id: 'hidden', header: 'Internal', value: () => 'x', csv: false },
  ];

  it('exports what the table shows: formatted text by default, the csv value where given, skipping csv:false', () => {
    const csv = toCsv(tableColumnsToCsv(columns), [{ name: '=evil()', cents: 123456n }]);
    expect(parseCsv(csv)).toEqual([
      ['Customer', 'Owed (USD)'],
      ["'=evil()", '1234.56'],
    ]);
  });
});
