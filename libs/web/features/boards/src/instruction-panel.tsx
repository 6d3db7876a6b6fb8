import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, Session, useAction, useData, useErrorText } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  DateField,
  Dialog,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
} from '@mkib/web-ui';
import { BOARD_INSTRUCTIONS, BOARD_REVIEW_INSTRUCTION, ISSUE_INSTRUCTION } from './instruction-operations';

/** The kinds of party an aanwijzing can be addressed to: those that implement the policy. */
const INSTRUCTABLE = ['HOOFDGEBRUIKER', 'BEHEERDER', 'MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER'];

/** Whether the signed-in person gives aanwijzingen and reviews them (the BMB). */
export const isBmb = (session: Session) =>
  session.party === 'bmb' &&
  (session.roles.includes('bmb-member') || session.roles.includes('board-secretary'));

/**
 * Every aanwijzing as the boards see it (SK-3.6), with the party's name and state, the reason of one given
 * on its own and what the party reported; the BMB gives one outside an ICV decision and closes a reported
 * one or sends it back.
 */
export function BoardInstructionsPanel(props: { session: Session }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(BOARD_INSTRUCTIONS, {});
  const [review, { fetching }] = useAction(BOARD_REVIEW_INSTRUCTION);
  const bmb = isBmb(props.session);
  const [giving, setGiving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    result.refetch();
  };
  const decide = async (id: string, ok: boolean) => {
    setError(null);
    try {
      await review({ id, ok });
      changed(t(ok ? 'boardInstructions.closed' : 'boardInstructions.sentBack'));
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <section aria-labelledby="board-instructions-title" className="mkib-section">
      <Heading level={2} id="board-instructions-title">
        {t('boardInstructions.title')}
      </Heading>
      <Paragraph>{t('boardInstructions.intro')}</Paragraph>
      {message && (
        <Alert type="ok">
          <span role="status">{message}</span>
        </Alert>
      )}
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ instructions, parties }) => {
          const name = (code: string) => parties.find((p) => p.code === code)?.name ?? code;
          return (
            <>
              {bmb && (
                <div className="mkib-actions">
                  <Button appearance="primary-action-button" onClick={() => setGiving(true)}>
                    {t('boardInstructions.give')}
                  </Button>
                </div>
              )}
              {giving && (
                <IssueInstructionDialog
                  parties={parties.filter((p) => INSTRUCTABLE.includes(p.kind))}
                  onClose={() => setGiving(false)}
                  onGiven={() => {
                    setGiving(false);
                    changed(t('boardInstructions.given'));
                  }}
                />
              )}
              {instructions.length === 0 ? (
                <Paragraph>{t('boardInstructions.none')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('boardInstructions.title')}
                  rows={instructions}
                  rowKey={(i) => i.id}
                  rowProps={(i) => ({ 'data-instruction': i.state })}
                  columns={[
                    { header: t('boardInstructions.fields.party'), cell: (i) => name(i.party) },
                    {
                      header: t('boardInstructions.fields.description'),
                      cell: (i) => (
                        <>
                          {i.description}
                          {i.reason && (
                            <div className="mkib-muted">
                              {t('boardInstructions.reason', { text: i.reason })}
                            </div>
                          )}
                          {!i.reason && i.boardItem && (
                            <div className="mkib-muted">
                              {t('boardInstructions.fromDecision', { title: i.boardItem.title })}
                            </div>
                          )}
                          {i.reason && i.boardItem && (
                            <div className="mkib-muted">
                              {t('boardInstructions.fields.boardItem')}: {i.boardItem.title}
                            </div>
                          )}
                          {i.doneReport && (
                            <div>{t('boardInstructions.doneReport', { text: i.doneReport })}</div>
                          )}
                        </>
                      ),
                    },
                    { header: t('boardInstructions.fields.dueDate'), cell: (i) => i.dueDate },
                    {
                      header: t('boardInstructions.fields.state'),
                      cell: (i) => t(`boardInstructions.states.${i.state}`),
                    },
                    bmb && {
                      header: t('boardInstructions.review'),
                      hidden: true,
                      cell: (i) =>
                        i.state === 'GEREED_GEMELD' ? (
                          <div className="mkib-inline">
                            <Button
                              appearance="primary-action-button"
                              disabled={fetching}
                              aria-label={t('boardInstructions.acceptLabel', { party: name(i.party) })}
                              onClick={() => void decide(i.id, true)}
                            >
                              {t('boardInstructions.accept')}
                            </Button>
                            <Button
                              appearance="secondary-action-button"
                              disabled={fetching}
                              aria-label={t('boardInstructions.sendBackLabel', { party: name(i.party) })}
                              onClick={() => void decide(i.id, false)}
                            >
                              {t('boardInstructions.sendBack')}
                            </Button>
                          </div>
                        ) : null,
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </DataView>
    </section>
  );
}

function IssueInstructionDialog(props: {
  parties: { code: string; name: string }[];
  onClose(): void;
  onGiven(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [issue, { fetching }] = useAction(ISSUE_INSTRUCTION);
  const [form, setForm] = useState({ party: '', description: '', dueDate: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await issue({ i: form });
      props.onGiven();
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <Dialog
      title={t('boardInstructions.giveTitle')}
      closeLabel={t('boardInstructions.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorAlert message={error} />
        <SelectField
          label={t('boardInstructions.fields.party')}
          name="instruction-party"
          value={form.party}
          placeholder={t('boardInstructions.fields.choose')}
          onValue={(party) => setForm({ ...form, party })}
          options={props.parties.map((p) => ({ value: p.code, label: p.name }))}
        />
        <TextareaField
          label={t('boardInstructions.fields.description')}
          name="instruction-description"
          value={form.description}
          onValue={(description) => setForm({ ...form, description })}
        />
        <DateField
          label={t('boardInstructions.fields.dueDate')}
          name="instruction-due"
          value={form.dueDate}
          onValue={(dueDate) => setForm({ ...form, dueDate })}
        />
        <TextareaField
          label={t('boardInstructions.fields.reason')}
          name="instruction-reason"
          value={form.reason}
          onValue={(reason) => setForm({ ...form, reason })}
        />
        <Button appearance="primary-action-button" type="submit" disabled={fetching}>
          {t('boardInstructions.save')}
        </Button>
      </form>
    </Dialog>
  );
}
