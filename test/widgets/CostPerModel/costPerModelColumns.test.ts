import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { compareSortValues, type SortValue } from '../../../src/ui/DataTable/compareSortValues';
import { formatCell } from '../../../src/ui/DataTable/formatCell';
import { costPerModelBars } from '../../../src/widgets/CostPerModel/costPerModelBars';
import { costPerModelColumns, costPerModelCsv, costPerModelTableRows } from '../../../src/widgets/CostPerModel/costPerModelColumns';
import { costPerModelFormat } from '../../../src/widgets/CostPerModel/costPerModelFormat';
import { DEFAULT_COST_PER_MODEL_LABELS } from '../../../src/widgets/CostPerModel/costPerModelLabels';
import { HOSTILE_MODEL, ROWS, ROWS_WITH_SIGNALS } from './costPerModelFixtures';

const UNNAMED = { unnamedModel: '(no model)', unnamedVendor: '(no vendor)' };
const german = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'UTC' });

function table(rows = ROWS, includeCostPerSignal = false) {
  const bars = costPerModelBars(rows, UNNAMED);
  const columns = costPerModelColumns({ format: costPerModelFormat(german), currency: 'EUR', includeCostPerSignal, labels: DEFAULT_COST_PER_MODEL_LABELS });
  return { columns, rows: costPerModelTableRows(bars) };
}

describe('costPerModelColumns', () => {
  it('has vendor, model, cost, calls, tokens and latency; signals columns only when counted', () => {
    expect(table().columns.map((column) => column.header)).toEqual(['Vendor', 'Model', 'Cost', 'Calls', 'Input tokens', 'Output tokens', 'Avg latency']);
    expect(table(ROWS_WITH_SIGNALS, true).columns.map((column) => column.id).slice(-2)).toEqual(['signals', 'costPerSignal']);
  });

  it('formats every cell exactly in the locale and currency', () => {
    const { columns, rows } = table();
    expect(columns.map((column) => formatCell(column, rows[1]!))).toEqual([
      'openai',
      'gpt-4o',
      '28,05\u00A0€',
      '9.007.199.254.740.993',
      '9.007.199.254.740.993.000',
      '900.719.925.474.099.300',
      '1,2 Sek.',
    ]);
    expect(formatCell(columns[2]!, rows[3]!)).toBe('0,00042\u00A0€');
    expect(formatCell(columns[1]!, rows[3]!)).toBe(HOSTILE_MODEL);
  });

  it('shows a dash for a pair without signals', () => {
    const { columns, rows } = table(ROWS_WITH_SIGNALS, true);
    expect(formatCell(columns.at(-1)!, rows[3]!)).toBe('—');
    expect(formatCell(columns.at(-2)!, rows[3]!)).toBe('0');
    expect(formatCell(columns.at(-1)!, rows[0]!)).toBe('0,12\u00A0€');
  });

  it('sorts costs as exact decimals and counts as exact bigints', () => {
    const { columns, rows } = table();
    const cost = columns.find((column) => column.id === 'cost')!;
    const calls = columns.find((column) => column.id === 'calls')!;
    // Two costs a float cannot tell apart.
    const a = { ...rows[0]!, row: { ...rows[0]!.row, cost_amount: '90071992547409.9300000001' } };
    const b = { ...rows[0]!, row: { ...rows[0]!.row, cost_amount: '90071992547409.9300000002' } };
    expect(Number(a.row.cost_amount)).toBe(Number(b.row.cost_amount));
    expect(compareSortValues(cost.value(a) as SortValue, cost.value(b) as SortValue)).toBe(-1);
    expect(compareSortValues(calls.value(rows[1]!) as SortValue, 2n ** 53n as SortValue)).toBe(1);
    expect(typeof calls.value(rows[1]!)).toBe('bigint');
  });
});

describe('costPerModelCsv', () => {
  it('writes the table’s rows, costs as exact major units under the currency, counts in full', () => {
    const { columns, rows } = table(ROWS_WITH_SIGNALS, true);
    const lines = costPerModelCsv(columns, rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Vendor,Model,Cost (EUR),Calls,Input tokens,Output tokens,Avg latency (ms),Signals,Cost per signal (EUR)');
    expect(lines[1]).toBe('anthropic,claude-sonnet-4,31.216232699722,2173,2173000,217300,1234.5,100,0.123456789012');
    expect(lines[2]).toBe('openai,gpt-4o,28.053854749867,9007199254740993,9007199254740993000,900719925474099300,1234.5,200,0.123456789012');
    expect(lines[4]).toBe(`self-hosted,${HOSTILE_MODEL},0.00042315,1,1000,100,1234.5,0,`);
    expect(lines).toHaveLength(5);
  });

  it('neutralises a model name a spreadsheet would run as a formula', () => {
    const { columns, rows } = table([{ ...ROWS[0]!, model: '=HYPERLINK("http://x")' }]);
    expect(costPerModelCsv(columns, rows).split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
