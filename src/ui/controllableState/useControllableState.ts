'use client';
import { useCallback, useRef, useState } from 'react';

export interface ControllableStateOptions<T> {
  /** Controlled value: when not `undefined`, the component shows it and only reports changes. */
  value: T | undefined;
  /** Uncontrolled starting value. */
  defaultValue: T;
  onChange?: ((next: T) => void) | undefined;
}

/**
 * One state for controlled and uncontrolled components: with `value` set the parent owns it;
 * without, the component keeps its own, starting at `defaultValue`. `onChange` fires in both
 * cases, only when the value actually changes.
 */
export function useControllableState<T>({ value, defaultValue, onChange }: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      if (!controlled) setInternal(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
