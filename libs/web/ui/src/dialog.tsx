import { ReactNode, useEffect, useId, useRef } from 'react';
import { Button, Heading } from '@rijkshuisstijl-community/components-react';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The one dialog: a side panel that takes the focus when it opens (its first field), keeps Tab inside,
 * closes on Escape or its close button, and gives the focus back to what opened it (WCAG 2.4.3).
 */
export function Dialog(props: { title: string; closeLabel: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const panel = ref.current;
    (panel?.querySelector<HTMLElement>(FOCUSABLE) ?? panel)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose.current();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="mkib-dialog-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="mkib-dialog"
        onKeyDown={onKeyDown}
      >
        <Heading level={2} id={titleId}>
          {props.title}
        </Heading>
        {props.children}
        <div className="mkib-actions">
          <Button appearance="secondary-action-button" onClick={() => onClose.current()}>
            {props.closeLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}
