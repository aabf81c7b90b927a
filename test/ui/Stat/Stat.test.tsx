import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Stat, StatList } from '../../../src/ui/Stat/Stat';

describe('Stat', () => {
  it('pairs a term with its value and change in a description list', () => {
    const { container } = render(
      <StatList label="Summary">
        <Stat label="Total signals" value="12,345" change={{ text: '+4.2 %', direction: 'up', context: 'vs previous period' }} />
        <Stat label="Burn rate" value="$1,200.00 / day" hint="Depletes on 3 Feb 2027" />
      </StatList>,
    );
    const list = container.querySelector('dl')!;
    expect(list).toHaveAttribute('aria-label', 'Summary');
    expect([...list.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Total signals', 'Burn rate']);
    expect(screen.getByText('12,345').tagName).toBe('DD');
    expect(screen.getByText(/\+4\.2 %/)).toHaveTextContent('+4.2 % vs previous period');
    expect(screen.getByText('Depletes on 3 Feb 2027').tagName).toBe('DD');
  });

  it('colours a rise as positive, a fall as negative, and lets sentiment override (rising cost is bad)', () => {
    render(
      <dl>
        <Stat label="a" value="1" change={{ text: 'up', direction: 'up' }} />
        <Stat label="b" value="2" change={{ text: 'down', direction: 'down' }} />
        <Stat label="c" value="3" change={{ text: 'costlier', direction: 'up', sentiment: 'negative' }} />
      </dl>,
    );
    expect(screen.getByText('up').closest('dd')!.style.color).toBe('var(--paw-color-positive)');
    expect(screen.getByText('down').closest('dd')!.style.color).toBe('var(--paw-color-negative)');
    expect(screen.getByText('costlier').closest('dd')!.style.color).toBe('var(--paw-color-negative)');
  });
});
