/**
 * The look of MKIB: the NL Design System / Rijkshuisstijl community components, plus the few form
 * controls we compose from them. The shell loads the theme CSS once; remotes render inside it.
 */
import { ReactNode, useId } from 'react';

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
