import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BbpConsolidationQuery,
  DataView,
  Session,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  ErrorAlert,
  Heading,
  Paragraph,
  Select,
  TextareaField,
  TextInput,
} from '@mkib/web-ui';
import {
  consolidationInput,
  Disposition,
  DispositionChoice,
  DISPOSITIONS,
  initialDispositions,
  isoDay,
  undisposed,
  wishesPerParty,
} from './bbp-rules';
import { BoardItemDecision } from './board-item';
import { managesBbp } from './bbp-year-panel';
import { dayInWords } from './format';
import { BBP_CONSOLIDATION, CONSOLIDATE_BBP, SUBMIT_BBP_FOR_ADOPTION } from './operations';
import { WishFormDialog } from './wish-form';
import { cost, LateMarker, useWishState } from './wish-list';
import { BbpYearChoice } from './year-choice';

type Year = NonNullable<BbpConsolidationQuery['bbpYear']>;
type Wish = BbpConsolidationQuery['wishes'][number];

function Consolidation(props: { year: Year; wishes: Wish[]; session: Session; onChanged(m: string): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const wishState = useWishState();
  const { year: b, wishes } = props;
  const secretary = managesBbp(props.session);
  const editable =
    secretary && (b.state === 'OPEN' || b.state === 'GECONSOLIDEERD' || b.state === 'NIET_VASTGESTELD');
  const [choices, setChoices] = useState<Record<string, DispositionChoice>>(() =>
    initialDispositions(wishes),
  );
  const [paragraph, setParagraph] = useState(b.paragraph ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const parties = b.wishParties.map((p) => p.party);
  const groups = wishesPerParty(wishes, parties);
  const choose = (id: string, patch: Partial<DispositionChoice>) =>
    setChoices((c) => ({ ...c, [id]: { ...(c[id] ?? { disposition: '', note: '' }), ...patch } }));

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await action();
      props.onChanged(message);
    } catch (err) {
      const text = errorText(err, ['paragraph']);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };
  const consolidate = () => {
    const missing = undisposed(wishes, choices);
    const own: Record<string, string> = {};
    if (!paragraph.trim()) own.paragraph = t('bbp.consolidation.paragraphRequired');
    if (missing.length || own.paragraph) {
      setFields(own);
      setError(
        missing.length
          ? t('bbp.consolidation.missingDispositions', { count: missing.length })
          : t('bbp.form.fix'),
      );
      return;
    }
    void run(
      () => send(CONSOLIDATE_BBP, { input: consolidationInput(b.year, paragraph, wishes, choices) }),
      t('bbp.consolidation.consolidated', { year: b.year }),
    );
  };

  return (
    <>
      <Paragraph data-testid="bbp-wishes-state">
        {t('bbp.stateLine', { state: t(`bbp.states.${b.state}`), version: b.policyVersion })}{' '}
        {t('bbp.wishes.deadline', { date: dayInWords(b.wishesDeadline, i18n.language) })}
      </Paragraph>
      <DataTable
        caption={t('bbp.consolidation.partiesCaption')}
        rows={b.wishParties}
        rowKey={(p) => p.party.code}
        rowProps={(p) => ({ 'data-wish-party': p.party.code })}
        columns={[
          { header: t('bbp.party'), cell: (p) => p.party.name },
          { header: t('bbp.consolidation.description'), cell: (p) => p.description },
          { header: t('bbp.consolidation.submittedCount'), cell: (p) => p.submitted },
          { header: t('bbp.consolidation.lateCount'), cell: (p) => p.late },
        ]}
      />
      {secretary && b.state === 'OPEN' && (
        <div className="mkib-actions">
          <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
            {t('bbp.consolidation.onBehalf')}
          </Button>
        </div>
      )}
      {groups.map((g) => (
        <section
          key={g.party.code}
          aria-labelledby={`wishes-${g.party.code}`}
          data-party-wishes={g.party.code}
        >
          <Heading level={3} id={`wishes-${g.party.code}`}>
            {t('bbp.consolidation.partyTitle', {
              party: g.party.name,
              total: cost({ estimatedCost: g.total }),
            })}
          </Heading>
          {g.wishes.length === 0 ? (
            <Paragraph>{t('bbp.consolidation.noWishes')}</Paragraph>
          ) : (
            <DataTable
              caption={t('bbp.consolidation.wishesCaption', { party: g.party.name })}
              rows={g.wishes}
              rowKey={(w) => w.id}
              rowProps={(w) => ({ 'data-wish': w.subject, ...(w.late ? { 'data-late': 'true' } : {}) })}
              columns={[
                {
                  header: t('bbp.wishes.subject'),
                  cell: (w) => (
                    <>
                      {w.subject} <LateMarker wish={w} />
                      <div className="mkib-muted">{w.reasoning}</div>
                    </>
                  ),
                },
                { header: t('bbp.wishes.estimatedCost'), cell: cost },
                { header: t('bbp.wishes.priority'), cell: (w) => t(`bbp.wishes.priorities.${w.priority}`) },
                { header: t('bbp.wishes.submittedAt'), cell: (w) => w.submittedAt.slice(0, 10) },
                editable
                  ? {
                      header: t('bbp.consolidation.disposition'),
                      cell: (w) =>
                        w.withdrawn ? (
                          t('bbp.wishes.withdrawn')
                        ) : (
                          <>
                            <Select
                              name={`disposition-${w.id}`}
                              aria-label={t('bbp.consolidation.dispositionFor', { subject: w.subject })}
                              value={choices[w.id]?.disposition ?? ''}
                              placeholder={t('bbp.choose')}
                              onValue={(v) => choose(w.id, { disposition: v as Disposition | '' })}
                              options={DISPOSITIONS.map((d) => ({
                                value: d,
                                label: t(`bbp.wishes.dispositions.${d}`),
                              }))}
                            />
                            <TextInput
                              name={`disposition-note-${w.id}`}
                              aria-label={t('bbp.consolidation.noteFor', { subject: w.subject })}
                              placeholder={t('bbp.consolidation.note')}
                              value={choices[w.id]?.note ?? ''}
                              onValue={(v) => choose(w.id, { note: v })}
                            />
                          </>
                        ),
                    }
                  : { header: t('bbp.wishes.state'), cell: wishState },
              ]}
            />
          )}
        </section>
      ))}
      <Heading level={3}>{t('bbp.consolidation.paragraphTitle')}</Heading>
      {editable ? (
        <div className="mkib-form">
          <TextareaField
            label={t('bbp.consolidation.paragraph')}
            hint={t('bbp.consolidation.paragraphHint')}
            name="bbp-paragraph"
            rows={8}
            value={paragraph}
            error={fields.paragraph}
            onValue={setParagraph}
          />
          <ErrorAlert message={error} />
          <div className="mkib-actions">
            <Button appearance="primary-action-button" disabled={busy} onClick={consolidate}>
              {t(b.state === 'OPEN' ? 'bbp.consolidation.consolidate' : 'bbp.consolidation.reconsolidate')}
            </Button>
            {b.state === 'GECONSOLIDEERD' && (
              <Button
                appearance="primary-action-button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => send(SUBMIT_BBP_FOR_ADOPTION, { year: b.year }),
                    t('bbp.consolidation.submitted', { year: b.year }),
                  )
                }
              >
                {t('bbp.consolidation.submit')}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <Paragraph data-testid="bbp-paragraph" style={{ whiteSpace: 'pre-line' }}>
          {b.paragraph ?? t('bbp.consolidation.noParagraph')}
        </Paragraph>
      )}
      {b.consolidatedBy && (
        <Paragraph className="mkib-muted">
          {t('bbp.consolidation.consolidatedBy', {
            who: b.consolidatedBy,
            at: (b.consolidatedAt ?? '').slice(0, 10),
          })}
        </Paragraph>
      )}
      {b.boardItem && (
        <BoardItemDecision item={b.boardItem} session={props.session} onChanged={props.onChanged} />
      )}
      {adding && (
        <WishFormDialog
          year={b.year}
          parties={parties}
          afterDeadline={isoDay(new Date()) > b.wishesDeadline}
          onClose={() => setAdding(false)}
          onSaved={(message) => {
            setAdding(false);
            props.onChanged(message);
          }}
        />
      )}
    </>
  );
}

function YearWishes(props: { year: number; session: Session }) {
  const { t } = useTranslation();
  const result = useData(BBP_CONSOLIDATION, { year: props.year });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="bbp-wishes-title" className="mkib-section">
      <Heading level={2} id="bbp-wishes-title">
        {t('bbp.consolidation.title', { year: props.year })}
      </Heading>
      {notice && <Alert type="ok">{notice}</Alert>}
      <DataView result={result}>
        {({ bbpYear, wishes }) =>
          !bbpYear ? (
            <Paragraph>{t('bbp.notOpened', { year: props.year })}</Paragraph>
          ) : (
            <Consolidation
              // A fresh form (dispositions, paragraph) from what the server holds after each consolidation.
              key={`${bbpYear.state}:${bbpYear.consolidatedAt ?? ''}`}
              year={bbpYear}
              wishes={wishes}
              session={props.session}
              onChanged={(m) => {
                setNotice(m);
                result.refetch();
              }}
            />
          )
        }
      </DataView>
    </section>
  );
}

/**
 * The boards' "Wensen" (SK-3.4): per party of art. 1e and the LMS its wishes, the late ones marked; for
 * the SMB's board secretary the consolidation (a disposition per wish, the information-security
 * paragraph), a wish on behalf of a party, and putting the BBP before the boards. Read-only for the rest.
 */
export function WishesConsolidation(props: { session: Session }) {
  return (
    <BbpYearChoice name="bbp-wishes-year">
      {(year) => <YearWishes key={year} year={year} session={props.session} />}
    </BbpYearChoice>
  );
}
