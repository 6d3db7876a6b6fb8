/**
 * The look of MKIB: the NL Design System / Rijkshuisstijl community components, plus the few form
 * controls we compose from them. The shell loads the theme CSS once; remotes render inside it.
 */
import { ReactNode, useId } from 'react';
import { Alert } from '@rijkshuisstijl-community/components-react';

export {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  PageContent,
} from '@rijkshuisstijl-community/components-react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** Label, hint and error message wired to the control for screen readers (WCAG 1.3.1, 3.3.1). */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field mkib-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="utrecht-form-field-description" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId} role="alert">
          {error}
        </div>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** Sections of a workspace as tabs (WAI-ARIA tabs pattern, arrow keys move between tabs). */
export function Tabs(props: {
  label: string;
  tabs: { id: string; title: string }[];
  current: string;
  onChange(id: string): void;
}) {
  const move = (from: number, delta: number) => {
    const next = props.tabs[(from + delta + props.tabs.length) % props.tabs.length];
    props.onChange(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className="mkib-tabs">
      {props.tabs.map((tab, i) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          role="tab"
          type="button"
          aria-selected={tab.id === props.current}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === props.current ? 0 : -1}
          className="mkib-tab"
          onClick={() => props.onChange(tab.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i, 1);
            if (e.key === 'ArrowLeft') move(i, -1);
          }}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}

/** A progress bar with its value in words for screen readers. */
export function ProgressBar(props: { label: string; value: number; max?: number }) {
  const max = props.max ?? 100;
  return (
    <div className="mkib-progress">
      <span>{props.label}</span>
      <progress value={props.value} max={max} aria-label={props.label}>
        {props.value}/{max}
      </progress>
      <span>{Math.round((props.value * 100) / (max || 1))}%</span>
    </div>
  );
}

/** Offers a base64 document from the API as a download. */
export function downloadFile(file: { filename: string; contentType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An error message that may list several problems, one per line ("field: what to fix"). */
export function ErrorAlert(props: { message: string | null }) {
  if (!props.message) return null;
  return (
    <Alert type="error">
      <span style={{ whiteSpace: 'pre-line' }}>{props.message}</span>
    </Alert>
  );
}
