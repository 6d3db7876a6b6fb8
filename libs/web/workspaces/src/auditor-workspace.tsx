import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { AuditBadges, AuditTrail, PartyChoice, Submissions } from '@mkib/web-feature-audit';
import { BbpYearPanel, ProgressOverviewPanel, WishesConsolidation } from '@mkib/web-feature-bbp';
import { EvaluationsPanel, recordsEvaluations } from '@mkib/web-feature-boards';
import { EscalationsPanel } from '@mkib/web-feature-boards';
import { AssessmentWorkspace, BoardsWorkspace, CycleYear } from '@mkib/web-feature-icv';
import { BoardPolicyProposals, PolicyReader } from '@mkib/web-feature-policy';
import { Heading, Tabs } from '@mkib/web-ui';

/**
 * What the Minister's auditor works in, read-only: the audit trail of the four services with the
 * verification of each chain, every party's submitted ICVs (the boards' agenda, without its forms) and
 * every submitted version as frozen at submission, and every party's self-assessment, per cycle; the BBP
 * years with their calendar and wishes, and the plans' progress across parties; the Minister's evaluations
 * (SK-6, issue 18). JenV's evaluator works here too: the evaluations with their forms, and what every role
 * reads (the policy, the proposals, the BBP calendar), without the auditor's tabs.
 */
export function AuditorWorkspace(props: RemoteAppProps & { remote: string }) {
  const { client, request, session } = props;
  const { t } = useTranslation();
  const evaluatorOnly = recordsEvaluations(session) && !session.roles.includes('auditor');
  const [tab, setTab] = useState(evaluatorOnly ? 'evaluations' : 'trail');
  const all = [
    { id: 'trail', title: t('audit.tabs.trail') },
    { id: 'icvs', title: t('audit.tabs.icvs') },
    { id: 'submissions', title: t('audit.tabs.submissions') },
    { id: 'assessments', title: t('audit.tabs.assessments') },
    { id: 'policy', title: t('policy.tabs.reader') },
    { id: 'proposals', title: t('policy.tabs.proposals') },
    { id: 'bbp', title: t('bbp.tabs.calendar') },
    { id: 'wishes', title: t('bbp.tabs.wishes') },
    { id: 'progress', title: t('bbp.tabs.progress') },
    // issue 18: evaluation
    { id: 'evaluations', title: t('evaluations.tab') },
    // issue 18: escalations
    { id: 'escalations', title: t('escalations.tab') },
  ];
  const tabs = evaluatorOnly
    ? all.filter((x) => ['evaluations', 'policy', 'proposals', 'bbp'].includes(x.id))
    : all;
  return (
    <DataProvider client={client}>
      <div data-remote={props.remote}>
        <Heading level={1}>{t('audit.title')}</Heading>
        <Tabs label={t('workspace.tabs')} tabs={tabs} current={tab} onChange={setTab} />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'trail' && (
            <>
              <Heading level={2}>{t('audit.tabs.trail')}</Heading>
              <AuditBadges />
              <AuditTrail />
            </>
          )}
          {tab === 'icvs' && (
            <CycleYear>{(year) => <BoardsWorkspace year={year} session={session} />}</CycleYear>
          )}
          {tab === 'submissions' && (
            <CycleYear>
              {(year) => (
                <PartyChoice>{(party) => <Submissions key={party} year={year} party={party} />}</PartyChoice>
              )}
            </CycleYear>
          )}
          {tab === 'assessments' && (
            <CycleYear>
              {(year) => (
                <PartyChoice>
                  {(party) => (
                    <AssessmentWorkspace
                      key={party}
                      request={request}
                      year={year}
                      party={party}
                      canChange={false}
                    />
                  )}
                </PartyChoice>
              )}
            </CycleYear>
          )}
          {tab === 'policy' && <PolicyReader />}
          {tab === 'proposals' && <BoardPolicyProposals session={session} />}
          {tab === 'bbp' && <BbpYearPanel session={session} />}
          {tab === 'wishes' && <WishesConsolidation session={session} />}
          {tab === 'progress' && <ProgressOverviewPanel session={session} />}
          {tab === 'evaluations' && <EvaluationsPanel session={session} />}
          {tab === 'escalations' && <EscalationsPanel session={session} />}
        </div>
      </div>
    </DataProvider>
  );
}
