/**
 * A `WidgetFrame` with its theme resolved as a widget resolves it (the Storybook toolbar's theme
 * and locale apply): the card the block stories compose their block into.
 */
import type { ReactNode } from 'react';
import { useResolvedTheme } from '../../src/theme/useResolvedTheme';
import type { ThemeInput } from '../../src/theme/types';
import { WidgetFrame } from '../../src/ui/WidgetFrame/WidgetFrame';

export function BlockCard({ title, theme, children, toolbar }: { title: string; theme?: ThemeInput; children: ReactNode; toolbar?: ReactNode }) {
  const resolved = useResolvedTheme(theme);
  return (
    <WidgetFrame title={title} theme={resolved} toolbar={toolbar} style={{ maxWidth: 720 }}>
      {children}
    </WidgetFrame>
  );
}
