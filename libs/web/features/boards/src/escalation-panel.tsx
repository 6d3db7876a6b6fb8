import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, EscalationFieldsFragment, Session, useData } from '@mkib/web-data-access';
import { Alert, Button, DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { PositionDialog, RaiseEscalationDialog } from './escalation-forms';
import { BoardItemDecision } from './board-item-decision';
import { ESCALATIONS } from './escalation-operations';

type Escalation = EscalationFieldsFragment;

const PARTY_ROLES = ['security-officer', 'accountable-official'];

/** Who may do what, as the server's grants say (the server decides; this only hides what would fail). */
export function escalationRoles(session: Session) {
  const { roles } = session;
  const officer = roles.some((r) => PARTY_ROLES.includes(r));
  return {
    secretary: roles.includes('board-secretary'),
    officer,
  };
}

/**
 * The escalations (SK-3.8), for the boards and for a party: the list, one escalation's decision point with
 * the positions side by side (a party sees its own only) and who is still missing, the deadline, the
 * position form for a party asked, the raise form, and the SMB's advice and the BMB's decision, with a
 * notice while the BMB cannot decide yet.
 */
export function EscalationsPanel(props: { session: Session }) {
  const { t } = useTranslation();
  const result = useData(ESCALATIONS, {});
  const roles = escalationRoles(props.session);
  const [openId, setOpenId] = useState<string | null>(null);
  const [raising, setRaising] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    result.refetch();
  };
  return (
    <section aria-labelledby="escalations-title" className="mkib-section">
      <Heading level={2} id="escalations-title">
        {t('escalations.title')}
      </Heading>
      <Paragraph>{t('escalations.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      {(roles.secretary || roles.officer) && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" onClick={() => setRaising(true)}>
            {t('escalations.raise')}
          </Button>
        </div>
      )}
      {raising && (
        <RaiseEscalationDialog
          ownParty={roles.secretary ? null : props.session.party}
          onClose={() => setRaising(false)}
          onSaved={(m) => {
            setRaising(false);
            done(m);
          }}
        />
      )}
      <DataView result={result}>
        {({ escalations }) => {
          if (!escalations.length) return <Paragraph>{t('escalations.none')}</Paragraph>;
          const open = escalations.find((e) => e.id === openId);
          return (
            <>
              <DataTable
                caption={t('escalations.caption')}
                rows={escalations}
                rowKey={(e) => e.id}
                rowProps={(e) => ({ 'data-escalation': e.title })}
                columns={[
                  { header: t('escalations.columns.title'), cell: (e) => e.title },
                  { header: t('escalations.columns.raisedBy'), cell: (e) => e.raisedByParty.name },
                  { header: t('escalations.columns.due'), cell: (e) => e.positionsDue },
                  { header: t('escalations.columns.state'), cell: (e) => t(`escalations.states.${e.state}`) },
                  {
                    header: t('escalations.columns.missing'),
                    cell: (e) => e.missing.map((p) => p.name).join(', ') || '—',
                  },
                  {
                    header: t('escalations.columns.actions'),
                    hidden: true,
                    cell: (e) => (
                      <Button
                        appearance="secondary-action-button"
                        aria-expanded={openId === e.id}
                        onClick={() => setOpenId(openId === e.id ? null : e.id)}
                      >
                        {openId === e.id ? t('escalations.close') : t('escalations.open')}
                        <span className="mkib-sr-only">: {e.title}</span>
                      </Button>
                    ),
                  },
                ]}
              />
              {open && <EscalationDetail escalation={open} session={props.session} onChanged={done} />}
            </>
          );
        }}
      </DataView>
    </section>
  );
}

/** One escalation: the decision point, the positions side by side, the missing parties and the boards. */
export function EscalationDetail(props: {
  escalation: Escalation;
  session: Session;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const { escalation: e, session } = props;
  const roles = escalationRoles(session);
  const [positioning, setPositioning] = useState(false);
  // Opened from the list: the focus moves into the escalation (and the list's button closes it again).
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [e.id]);
  // A party's own people read its own position only (SK-T3); the boards, the LMS and JenV every one.
  const partyView = ['security-officer', 'accountable-official', 'viewer'].some((r) =>
    session.roles.includes(r),
  );
  const own = e.positions.find((p) => p.party.code === session.party) ?? null;
  const asked = e.parties.some((p) => p.code === session.party);
  // The server's clock decides: past the deadline with positions missing, the BMB may decide anyway.
  const duePassed = e.decidable && e.missing.length > 0;
  const rows = [
    ...e.positions.map((p) => ({ key: p.party.code, party: p.party.name, position: p })),
    ...e.missing.map((p) => ({ key: p.code, party: p.name, position: null })),
  ];
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className="mkib-card"
      aria-labelledby={`escalation-${e.id}`}
      data-escalation-detail={e.id}
    >
      <Heading level={3} id={`escalation-${e.id}`}>
        {e.title}
      </Heading>
      <Paragraph>
        <strong>{t('escalations.question')}:</strong> {e.question}
      </Paragraph>
      <Paragraph className="mkib-muted">
        {t('escalations.raisedOn', {
          party: e.raisedByParty.name,
          who: e.raisedBy,
          date: e.raisedAt.slice(0, 10),
        })}
      </Paragraph>
      <Paragraph data-testid="escalation-due">
        {t(duePassed ? 'escalations.duePassed' : 'escalations.due', { date: e.positionsDue })}
      </Paragraph>
      <Paragraph>
        <strong>{t('escalations.parties')}:</strong> {e.parties.map((p) => p.name).join(', ')}
      </Paragraph>
      <Heading level={4}>{t('escalations.positions')}</Heading>
      {partyView && <Paragraph className="mkib-muted">{t('escalations.ownPositionOnly')}</Paragraph>}
      <DataTable
        caption={t('escalations.positionsCaption')}
        rows={rows}
        rowKey={(r) => r.key}
        rowProps={(r) => ({ 'data-position': r.key, 'data-missing': r.position ? 'false' : 'true' })}
        columns={[
          { header: t('escalations.party'), cell: (r) => r.party },
          {
            header: t('escalations.stance'),
            cell: (r) =>
              r.position ? (
                t(`escalations.stances.${r.position.stance}`)
              ) : (
                <strong>{t('escalations.missingMark')}</strong>
              ),
          },
          { header: t('escalations.reasoning'), cell: (r) => r.position?.reasoning ?? '' },
          { header: t('escalations.recordedBy'), cell: (r) => r.position?.recordedBy ?? '' },
          { header: t('escalations.recordedAt'), cell: (r) => r.position?.recordedAt.slice(0, 10) ?? '' },
        ]}
      />
      <Paragraph>
        {e.missing.length
          ? t('escalations.missing', { parties: e.missing.map((p) => p.name).join(', ') })
          : t('escalations.allIn')}
      </Paragraph>
      {asked && roles.officer && e.state === 'OPEN' && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" onClick={() => setPositioning(true)}>
            {own ? t('escalations.position.change') : t('escalations.position.title')}
          </Button>
        </div>
      )}
      {positioning && (
        <PositionDialog
          escalationId={e.id}
          title={e.title}
          current={own}
          onClose={() => setPositioning(false)}
          onSaved={(m) => {
            setPositioning(false);
            props.onChanged(m);
          }}
        />
      )}
      {e.boardItem && (
        <BoardItemDecision
          className="mkib-card"
          item={e.boardItem}
          session={session}
          texts="escalations.board"
          decisions={['AANVAARD', 'NIET_AANVAARD']}
          blockedNotice={e.decidable ? undefined : t('escalations.notDecidable', { date: e.positionsDue })}
          heading={
            <Paragraph>
              <strong>{t('escalations.board.item')}</strong>: {e.boardItem.title}
            </Paragraph>
          }
          onChanged={props.onChanged}
        />
      )}
    </article>
  );
}
