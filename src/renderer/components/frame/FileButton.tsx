// A button that opens the file picker through a hidden <input type=file> (also the input
// Playwright fills with setInputFiles).
import { useRef, type ReactNode, type RefObject } from 'react';

export const AUDIO_ACCEPT = 'audio/*,.mp3,.m4a,.wav,.flac,.ogg,.opus';

interface Props {
  onFile: (file: File) => void;
  children: ReactNode;
  className?: string;
  testId: string;
  label?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** What the picker offers; audio files unless said otherwise. */
  accept?: string;
  disabled?: boolean;
}

export function FileButton({ onFile, children, className = 'button', testId, label, inputRef, accept = AUDIO_ACCEPT, disabled }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  return (
    <>
      <button type="button" className={className} onClick={() => ref.current?.click()} data-testid={testId} aria-label={label} disabled={disabled}>
        {children}
      </button>
      <input
        ref={ref}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
