'use client';
import { useId } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';
import { controlStyles } from '../../ui/controlStyles/controlStyles';
import type { PayloadSignalChoice } from './payloadChoices';

export interface PayloadPickerProps {
  choices: readonly PayloadSignalChoice[];
  signalName: string | undefined;
  path: string | undefined;
  onSignalNameChange: (signalName: string) => void;
  onPathChange: (path: string) => void;
  labels: { signal: string; path: string };
}

/**
 * The signal and payload-path pickers: two labelled native `<select>`s (keyboard and screen
 * reader friendly with no extra code), wrapping under each other on a narrow card. A chosen
 * value the metadata does not list still shows as selected, so the select never lies.
 */
export function PayloadPicker({ choices, signalName, path, onSignalNameChange, onPathChange, labels }: PayloadPickerProps) {
  const signalId = useId();
  const pathId = useId();
  const signalNames = choices.map((choice) => choice.signalName);
  if (signalName !== undefined && !signalNames.includes(signalName)) signalNames.push(signalName);
  const paths = choices.find((choice) => choice.signalName === signalName)?.paths.map((entry) => entry.path) ?? [];
  if (path !== undefined && !paths.includes(path)) paths.push(path);
  const field = { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 10rem', maxWidth: '20rem' } as const;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: `${themeVar.space2} ${themeVar.space3}` }} data-paw-payload-picker="">
      <div style={field}>
        <label htmlFor={signalId} style={controlStyles.label}>
          {labels.signal}
        </label>
        <select id={signalId} value={signalName ?? ''} onChange={(event) => onSignalNameChange(event.target.value)} style={controlStyles.select}>
          {signalNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div style={field}>
        <label htmlFor={pathId} style={controlStyles.label}>
          {labels.path}
        </label>
        <select id={pathId} value={path ?? ''} onChange={(event) => onPathChange(event.target.value)} style={controlStyles.select}>
          {paths.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
