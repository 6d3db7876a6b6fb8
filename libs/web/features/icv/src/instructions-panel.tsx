import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import { Button, ErrorAlert, Field, Heading, Paragraph } from '@mkib/web-ui';
import { problemsText } from './year';
import { INSTRUCTIONS, REPORT_INSTRUCTION_DONE } from './operations';

interface Instruction {
  id: string;
  description: string;
  dueDate: string;
  state: string;
  doneReport: string | null;
}

/** The improvement instructions (aanwijzingen) addressed to the party, and reporting one done (SK-3.6). */
export function InstructionsPanel(props: { request: GraphQLRequest; canReport: boolean }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Instruction[]>([]);
  const [reports, setReports] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    props
      .request<{ instructions: Instruction[] }>(INSTRUCTIONS)
      .then((r) => setItems(r.instructions))
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [props.request]);
  const report = async (id: string) => {
    setError(null);
    try {
      await props.request(REPORT_INSTRUCTION_DONE, { id, r: reports[id] ?? '' });
      await load();
    } catch (err) {
      setError(problemsText(err));
    }
  };
  return (
    <section aria-labelledby="instructions-title" className="mkib-section">
      <Heading level={2} id="instructions-title">
        {t('instructions.title')}
      </Heading>
      <ErrorAlert message={error} />
      {items.length === 0 && <Paragraph>{t('instructions.none')}</Paragraph>}
      {items.map((i) => (
        <div key={i.id} className="mkib-card" data-instruction={i.state}>
          <Paragraph>
            {t('boards.instructionLine', {
              text: i.description,
              due: i.dueDate,
              state: t(`boards.instructionStates.${i.state}`),
            })}
          </Paragraph>
          {i.doneReport && <Paragraph className="mkib-muted">{i.doneReport}</Paragraph>}
          {props.canReport && i.state === 'OPEN' && (
            <div className="mkib-inline">
              <Field label={t('instructions.report')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    name={`done-${i.id}`}
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={reports[i.id] ?? ''}
                    onChange={(e) => setReports({ ...reports, [i.id]: e.target.value })}
                  />
                )}
              </Field>
              <Button appearance="secondary-action-button" onClick={() => void report(i.id)}>
                {t('instructions.done')}
              </Button>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
