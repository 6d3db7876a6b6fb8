import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { BbpYearPanel, ProgressOverviewPanel, WishesConsolidation } from '@mkib/web-feature-bbp';
import { BoardInstructionsPanel, InvestigationsPanel } from '@mkib/web-feature-boards';
import { EvaluationWarning } from '@mkib/web-feature-boards';
import { RegistersPanel } from '@mkib/web-feature-boards';
import { EscalationsPanel } from '@mkib/web-feature-boards';
import { MeetingsPanel } from '@mkib/web-feature-boards';
import { BoardsWorkspace, CycleYear, RemindersBanner } from '@mkib/web-feature-icv';
import { WorkingGroupsPanel } from '@mkib/web-feature-boards';
import { BoardPolicyProposals, PolicyReader } from '@mkib/web-feature-policy';
import { BoardRiskOverview } from '@mkib/web-feature-risk';
import { SmbDashboardPanel } from '@mkib/web-feature-boards';
import { Heading, Tabs } from '@mkib/web-ui';
import { AuditorWorkspace } from '@mkib/web-workspaces';

/**
 * The boards' workspace: the SMB advises on the ICVs and the policy changes, the BMB decides; both read
 * the policy and see risk management's aggregates and late analyses. The SMB's board secretary opens the
 * BBP year with its PDCA calendar and consolidates the wishes; the boards follow the plans' progress and
 * decide on the BBP and the progress reports. The Minister's auditor gets its own workspace here: the audit
 * trail, and the parties' ICVs and self-assessments read-only. The first tab, "Overzicht", is the SMB's
 * monitoring dashboard across parties (SK-3.3).
 * trail, and the parties' ICVs and self-assessments read-only; so does JenV's evaluator, who records the
 * evaluations there. The boards see the five-year warning of the evaluation (SK-6) on the first tab.
 */
export default function BoardsApp(props: RemoteAppProps) {
  const { client, session } = props;
  const { t } = useTranslation();
  const [tab, setTab] = useState('dashboard');
  if (session.roles.includes('auditor')) return <AuditorWorkspace {...props} remote="web_boards" />;
  const [tab, setTab] = useState('icvs');
  // The Minister's auditor and evaluator (JenV) work in the auditor's workspace (issue 18: its evaluations).
  if (session.roles.includes('auditor') || session.roles.includes('evaluator'))
    return <AuditorWorkspace {...props} remote="web_boards" />;
  const tabs = [
    { id: 'dashboard', title: t('dashboard.tab') },
    { id: 'icvs', title: t('audit.tabs.icvs') },
    { id: 'proposals', title: t('policy.tabs.proposals') },
    { id: 'policy', title: t('policy.tabs.reader') },
    { id: 'risks', title: t('risk.tab') },
    { id: 'bbp', title: t('bbp.tabs.calendar') },
    { id: 'wishes', title: t('bbp.tabs.wishes') },
    { id: 'progress', title: t('bbp.tabs.progress') },
    // issue 18: investigations and standalone aanwijzingen (SK-3.6)
    { id: 'investigations', title: t('investigations.title') },
    { id: 'instructions', title: t('boardInstructions.title') },
    { id: 'working-groups', title: t('workingGroups.tab') },
    // issue 18: registers (read only: the LMS keeps them)
    { id: 'registers', title: t('registers.tab') },
    // issue 18: escalations
    { id: 'escalations', title: t('escalations.tab') },
    // issue 18: meetings
    { id: 'meetings', title: t('meetings.tab') },
  ];
  return (
    <DataProvider client={client}>
      <div data-remote="web_boards">
        <Heading level={1}>{t('remotes.web_boards')}</Heading>
        <Tabs label={t('workspace.tabs')} tabs={tabs} current={tab} onChange={setTab} />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'dashboard' && <CycleYear>{(year) => <SmbDashboardPanel year={year} />}</CycleYear>}
          {tab === 'icvs' && (
            <CycleYear>
              {(year) => (
                <>
                  {/* issue 18: evaluation: the five-year warning reaches the boards (SK-6). */}
                  <EvaluationWarning />
                  <RemindersBanner year={year} />
                  <BoardsWorkspace year={year} session={session} />
                </>
              )}
            </CycleYear>
          )}
          {tab === 'proposals' && <BoardPolicyProposals session={session} />}
          {tab === 'policy' && <PolicyReader />}
          {tab === 'risks' && <BoardRiskOverview />}
          {tab === 'bbp' && <BbpYearPanel session={session} />}
          {tab === 'wishes' && <WishesConsolidation session={session} />}
          {tab === 'progress' && <ProgressOverviewPanel session={session} />}
          {tab === 'investigations' && <InvestigationsPanel session={session} />}
          {tab === 'instructions' && <BoardInstructionsPanel session={session} />}
          {tab === 'working-groups' && <WorkingGroupsPanel session={session} />}
          {tab === 'registers' && <RegistersPanel canManage={false} />}
          {tab === 'escalations' && <EscalationsPanel session={session} />}
          {tab === 'meetings' && <MeetingsPanel session={session} />}
        </div>
      </div>
    </DataProvider>
  );
}
