import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CycleQuery,
  DataView,
  Session,
  TypedDocumentNode,
  useAction,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, DateField, downloadFile, ErrorAlert, Heading, Paragraph } from '@mkib/web-ui';
import { AgendaItem } from './agenda-item';
import { ComplianceChart } from './compliance-chart';
import { AGENDA, CYCLE, MEETING_PACK, OPEN_CYCLE } from './operations';

type Dates = Omit<NonNullable<CycleQuery['cycle']>, '__typename'>;
/** Runs a board's mutation, then says `done` and reloads the agenda. */
export type Run = <V extends object>(
  document: TypedDocumentNode<unknown, V>,
  variables: V,
  done: string,
) => Promise<void>;

/**
 * The boards' workspace (SK-3.5, SK-3.6): the cycle, the agenda with every submitted ICV side by side
 * (statement, exceptions, compliance), the SMB's advice and the BMB's decision forms, instructions to close.
 */
export function BoardsWorkspace(props: { year: number; session: Session }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const agenda = useData(AGENDA, { y: props.year });
  const cycle = useData(CYCLE, { y: props.year });
  const [pack] = useAction(MEETING_PACK);
  const [dates, setDates] = useState<Dates>({
    medegebruikerRapportages: '',
    icvIndiening: '',
    smbVergadering: '',
    bmbVergadering: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { party, roles } = props.session;
  const smb = party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary'));
  const bmb = party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary'));
  const secretary = roles.includes('board-secretary') && ['smb', 'bmb'].includes(party);

  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});
  const run: Run = async (document, variables, done) => {
    setError(null);
    setNotice(null);
    setDateErrors({});
    try {
      await send(document, variables);
    } catch (err) {
      // The cycle's dates are the only fields on this screen; other problems go to the alert.
      const { message, fields } = errorText(err, Object.keys(dates));
      setDateErrors(fields);
      return setError(message);
    }
    setNotice(done);
    agenda.refetch();
    cycle.refetch();
  };

  const current = cycle.data?.cycle;
  return (
    <section aria-labelledby="boards-title" className="mkib-section">
      <Heading level={2} id="boards-title">
        {t('boards.title', { year: props.year })}
      </Heading>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {current ? (
        <Paragraph data-testid="cycle">
          {t('boards.cycleLine', {
            reports: current.medegebruikerRapportages,
            icv: current.icvIndiening,
            smb: current.smbVergadering,
            bmb: current.bmbVergadering,
          })}
        </Paragraph>
      ) : (
        (cycle.data || cycle.error) && (
          <>
            <Paragraph>{t('boards.noCycle')}</Paragraph>
            {secretary && (
              <div className="mkib-form">
                {(Object.keys(dates) as (keyof Dates)[]).map((k) => (
                  <DateField
                    key={k}
                    label={t(`boards.dates.${k}`)}
                    error={dateErrors[k]}
                    name={`cycle-${k}`}
                    value={dates[k]}
                    onValue={(v) => setDates({ ...dates, [k]: v })}
                  />
                ))}
                <Button
                  appearance="primary-action-button"
                  onClick={() =>
                    void run(OPEN_CYCLE, { i: { year: props.year, ...dates } }, t('boards.cycleOpened'))
                  }
                >
                  {t('boards.openCycle')}
                </Button>
              </div>
            )}
          </>
        )
      )}
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            void pack({ y: props.year })
              .then((r) => downloadFile(r.meetingPackPdf))
              .catch((e) => setError(errorText(e).message))
          }
        >
          {t('boards.pack')}
        </Button>
      </div>
      <DataView result={agenda}>
        {(data) => {
          const items = data.agenda.filter((i) => !i.superseded);
          return items.length === 0 ? (
            <Paragraph>{t('boards.empty')}</Paragraph>
          ) : (
            <>
              <ComplianceChart items={items} title={t('boards.chart')} />
              <div className="mkib-side-by-side">
                {items.map((i) => (
                  <AgendaItem key={i.id} item={i} smb={smb} bmb={bmb} run={run} />
                ))}
              </div>
            </>
          );
        }}
      </DataView>
    </section>
  );
}
