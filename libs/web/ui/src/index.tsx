/**
 * The look of MKIB: the NL Design System / Rijkshuisstijl community components, plus the few form
 * controls we compose from them. The shell loads the theme CSS once; remotes render inside it.
 */
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
export * from './controls';
export * from './download';
export { DataTable } from './data-table';
export type { Column } from './data-table';
export { Dialog } from './dialog';

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

/** An error message that may list several problems, one per line (already in the user's language). */
export function ErrorAlert(props: { message: string | null }) {
  if (!props.message) return null;
  return (
    <Alert type="error">
      <span style={{ whiteSpace: 'pre-line' }}>{props.message}</span>
    </Alert>
  );
}
