import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Button, ErrorAlert, Heading, Paragraph, TextField } from '@mkib/web-ui';
import { INSTRUCTIONS, REPORT_INSTRUCTION_DONE } from './operations';

/** The improvement instructions (aanwijzingen) addressed to the party, and reporting one done (SK-3.6). */
export function InstructionsPanel(props: { canReport: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(INSTRUCTIONS, {});
  const [reportDone] = useAction(REPORT_INSTRUCTION_DONE);
  const [reports, setReports] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const report = async (id: string) => {
    setError(null);
    try {
      await reportDone({ id, r: reports[id] ?? '' });
      result.refetch();
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <section aria-labelledby="instructions-title" className="mkib-section">
      <Heading level={2} id="instructions-title">
        {t('instructions.title')}
      </Heading>
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ instructions: items }) => (
          <>
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
                {i.reason && (
                  <Paragraph className="mkib-muted">
                    {t('boardInstructions.reason', { text: i.reason })}
                  </Paragraph>
                )}
                {i.doneReport && <Paragraph className="mkib-muted">{i.doneReport}</Paragraph>}
                {props.canReport && i.state === 'OPEN' && (
                  <div className="mkib-inline">
                    <TextField
                      label={t('instructions.report')}
                      name={`done-${i.id}`}
                      value={reports[i.id] ?? ''}
                      onValue={(v) => setReports({ ...reports, [i.id]: v })}
                    />
                    <Button appearance="secondary-action-button" onClick={() => void report(i.id)}>
                      {t('instructions.done')}
                    </Button>
                  </div>
                )}
              </div>
            ))}
          </>
        )}
      </DataView>
    </section>
  );
}
