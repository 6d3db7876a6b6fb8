import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoUserRegistrationFieldsFragment, DataView, useData } from '@mkib/web-data-access';
import { Alert, Button, DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { CoUserFormDialog, EndCoUserDialog, RepresentationDialog } from './register-forms';
import { PARTY_REGISTER } from './register-operations';

type Registration = CoUserRegistrationFieldsFragment;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The registers the LMS keeps (SK-5.4): the hoofdgebruikers, the co-users with category, responsible
 * hoofdgebruiker, admission, facilities and arrangement, and who represents each party on the SMB and
 * the BMB. The LMS operator (`canManage`) admits, changes and ends co-users and records the
 * representatives; others read the part of the register the server gives them.
 */
export function RegistersPanel(props: { canManage: boolean }) {
  const { t } = useTranslation();
  const result = useData(PARTY_REGISTER, {});
  const [editing, setEditing] = useState<Registration | 'new' | null>(null);
  const [ending, setEnding] = useState<Registration | null>(null);
  const [representing, setRepresenting] = useState<{
    party: { code: string; name: string };
    smb: string[];
    bmb: string[];
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setEditing(null);
    setEnding(null);
    setRepresenting(null);
    setNotice(message);
    result.refetch();
  };
  return (
    <section aria-labelledby="registers-title" className="mkib-section">
      <Heading level={2} id="registers-title">
        {t('registers.title')}
      </Heading>
      <Paragraph>{t('registers.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      <DataView result={result}>
        {({ partyRegister: r }) => (
          <>
            <Heading level={3}>{t('registers.hoofdgebruikers')}</Heading>
            <ul data-testid="hoofdgebruikers">
              {r.hoofdgebruikers.map((p) => (
                <li key={p.code}>{p.name}</li>
              ))}
            </ul>

            <Heading level={3}>{t('registers.coUsers')}</Heading>
            {props.canManage && (
              <div className="mkib-actions">
                <Button appearance="primary-action-button" onClick={() => setEditing('new')}>
                  {t('registers.admit')}
                </Button>
              </div>
            )}
            {editing === 'new' && (
              <CoUserFormDialog
                hoofdgebruikers={r.hoofdgebruikers}
                onClose={() => setEditing(null)}
                onSaved={done}
              />
            )}
            {r.coUsers.length === 0 ? (
              <Paragraph>{t('registers.none')}</Paragraph>
            ) : (
              <DataTable
                caption={t('registers.coUsersCaption')}
                rows={r.coUsers}
                rowKey={(c) => c.party.code}
                rowProps={(c) => ({ 'data-registered-co-user': c.party.code })}
                columns={[
                  { header: t('registers.name'), cell: (c) => c.party.name },
                  { header: t('registers.category'), cell: (c) => t(`registers.categories.${c.category}`) },
                  {
                    header: t('registers.responsible'),
                    cell: (c) => c.responsibleHoofdgebruiker?.name ?? t('registers.noResponsible'),
                  },
                  {
                    header: t('registers.period'),
                    cell: (c) =>
                      c.endsOn
                        ? t('registers.periodClosed', { from: c.admittedOn, to: c.endsOn })
                        : t('registers.periodOpen', { from: c.admittedOn }),
                  },
                  { header: t('registers.facilities'), cell: (c) => c.facilities.join(', ') },
                  {
                    header: t('registers.arrangement'),
                    cell: (c) =>
                      c.reportingArrangement ? (
                        <>
                          {c.reportingArrangement}
                          {c.reportDue && (
                            <div className="mkib-muted">
                              {t('registers.reportDue')}: {c.reportDue}
                            </div>
                          )}
                        </>
                      ) : null,
                  },
                  {
                    header: t('registers.active'),
                    cell: (c) => t(c.active ? 'registers.yes' : 'registers.no'),
                  },
                  props.canManage && {
                    header: t('registers.actions'),
                    hidden: true,
                    cell: (c) => (
                      <>
                        <Button appearance="secondary-action-button" onClick={() => setEditing(c)}>
                          {t('registers.change')}
                          <span className="mkib-sr-only">: {c.party.name}</span>
                        </Button>
                        {c.active && (
                          <Button appearance="secondary-action-button" onClick={() => setEnding(c)}>
                            {t('registers.end')}
                            <span className="mkib-sr-only">: {c.party.name}</span>
                          </Button>
                        )}
                        {editing !== 'new' && editing?.party.code === c.party.code && (
                          <CoUserFormDialog
                            existing={c}
                            hoofdgebruikers={r.hoofdgebruikers}
                            onClose={() => setEditing(null)}
                            onSaved={done}
                          />
                        )}
                        {ending?.party.code === c.party.code && (
                          <EndCoUserDialog
                            registration={c}
                            today={today()}
                            onClose={() => setEnding(null)}
                            onSaved={done}
                          />
                        )}
                      </>
                    ),
                  },
                ]}
              />
            )}

            <Heading level={3}>{t('registers.representatives')}</Heading>
            <DataTable
              caption={t('registers.representativesCaption')}
              rows={r.hoofdgebruikers.map((p) => {
                const recorded = r.representatives.find((x) => x.party.code === p.code);
                return { party: p, smb: recorded?.smb ?? [], bmb: recorded?.bmb ?? [] };
              })}
              rowKey={(x) => x.party.code}
              columns={[
                { header: t('registers.party'), cell: (x) => x.party.name },
                {
                  header: t('registers.smb'),
                  cell: (x) => (x.smb.length ? x.smb.join(', ') : t('registers.representativesNone')),
                },
                {
                  header: t('registers.bmb'),
                  cell: (x) => (x.bmb.length ? x.bmb.join(', ') : t('registers.representativesNone')),
                },
                props.canManage && {
                  header: t('registers.actions'),
                  hidden: true,
                  cell: (x) => (
                    <>
                      <Button appearance="secondary-action-button" onClick={() => setRepresenting(x)}>
                        {t('registers.represent')}
                        <span className="mkib-sr-only">: {x.party.name}</span>
                      </Button>
                      {representing?.party.code === x.party.code && (
                        <RepresentationDialog
                          party={x.party}
                          smb={x.smb}
                          bmb={x.bmb}
                          onClose={() => setRepresenting(null)}
                          onSaved={done}
                        />
                      )}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
      </DataView>
    </section>
  );
}
