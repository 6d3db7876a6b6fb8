import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, useId } from 'react';

/**
 * The form controls every feature uses, in the NL Design System's look: a field (label, hint, error wired
 * to the control for screen readers, WCAG 1.3.1 and 3.3.1), and text, textarea, select, date and file
 * inputs, each also usable bare (with an aria-label, e.g. inside a table row).
 */
interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

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

type Change<E> = { onValue?(value: string): void; onChange?: React.ChangeEventHandler<E> };
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> & Change<HTMLInputElement>;
type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange'> &
  Change<HTMLTextAreaElement>;
export interface Option {
  value: string | number;
  label: string;
  disabled?: boolean;
}
type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> &
  Change<HTMLSelectElement> & { options: Option[]; placeholder?: string };

export function TextInput({ onValue, onChange, className, ...rest }: InputProps) {
  return (
    <input
      type="text"
      {...rest}
      className={`utrecht-textbox utrecht-textbox--html-input ${className ?? ''}`.trim()}
      onChange={(e) => {
        onChange?.(e);
        onValue?.(e.target.value);
      }}
    />
  );
}

export const DateInput = (props: InputProps) => <TextInput {...props} type="date" />;

export function Textarea({ onValue, onChange, className, ...rest }: TextareaProps) {
  return (
    <textarea
      {...rest}
      className={`utrecht-textarea utrecht-textarea--html-textarea ${className ?? ''}`.trim()}
      onChange={(e) => {
        onChange?.(e);
        onValue?.(e.target.value);
      }}
    />
  );
}

/** A select from a list of options; `placeholder` adds a first empty option ("choose…"). */
export function Select({ onValue, onChange, options, placeholder, className, ...rest }: SelectProps) {
  return (
    <select
      {...rest}
      className={`utrecht-select utrecht-select--html-select ${className ?? ''}`.trim()}
      onChange={(e) => {
        onChange?.(e);
        onValue?.(e.target.value);
      }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A file input; `onFile` receives the chosen file (or undefined when the choice is cleared). */
export function FileInput({
  onFile,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  onFile(file: File | undefined): void;
}) {
  return <input {...rest} type="file" className="mkib-file" onChange={(e) => onFile(e.target.files?.[0])} />;
}

interface Labelled {
  label: string;
  hint?: string;
  error?: string;
}

export const TextField = ({ label, hint, error, ...rest }: Labelled & InputProps) => (
  <Field label={label} hint={hint} error={error}>
    {(a11y) => <TextInput {...rest} {...a11y} />}
  </Field>
);

export const DateField = ({ label, hint, error, ...rest }: Labelled & InputProps) => (
  <Field label={label} hint={hint} error={error}>
    {(a11y) => <DateInput {...rest} {...a11y} />}
  </Field>
);

export const TextareaField = ({ label, hint, error, ...rest }: Labelled & TextareaProps) => (
  <Field label={label} hint={hint} error={error}>
    {(a11y) => <Textarea {...rest} {...a11y} />}
  </Field>
);

export const SelectField = ({ label, hint, error, ...rest }: Labelled & SelectProps) => (
  <Field label={label} hint={hint} error={error}>
    {(a11y) => <Select {...rest} {...a11y} />}
  </Field>
);

export const FileField = ({ label, hint, error, ...rest }: Labelled & Parameters<typeof FileInput>[0]) => (
  <Field label={label} hint={hint} error={error}>
    {(a11y) => <FileInput {...rest} {...a11y} />}
  </Field>
);

/** A group of fields with a legend. */
export function Fieldset(props: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset mkib-fieldset">
      <legend className="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
