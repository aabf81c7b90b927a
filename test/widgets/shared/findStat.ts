import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** The value (`<dd>`) of the headline stat `id`, once it shows (up to 20 s: emulator queries on a loaded machine). */
export function findStat(id: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const element = document.querySelector(`[data-paw-stat="${id}"] dd`);
      expect(element).not.toBeNull();
      return element as HTMLElement;
    },
    { timeout: 20_000 },
  );
}
