/**
 * The parts of the first `<table>` in a container as text: header cells, body rows and footer
 * rows (Other / Total, whose first cell is a row header). Read straight from the DOM, so a test
 * sees exactly what a person sees.
 */
export function readTableParts(container: HTMLElement): { headers: string[]; body: string[][]; footers: string[][] } {
  const table = container.querySelector('table');
  if (table === null) throw new Error('no table');
  const text = (cell: Element) => (cell.textContent ?? '').replace(/[▲▼↕]$/u, '');
  const cells = (row: Element) => [...row.querySelectorAll('th, td')].map(text);
  return {
    headers: [...table.querySelectorAll('thead th')].map(text),
    body: [...table.querySelectorAll('tbody tr')].map(cells),
    footers: [...table.querySelectorAll('tfoot tr')].map(cells),
  };
}
