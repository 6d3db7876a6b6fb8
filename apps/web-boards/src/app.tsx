import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { BbpYearPanel, ProgressOverviewPanel, WishesConsolidation } from '@mkib/web-feature-bbp';
import {
  BoardInstructionsPanel,
  EscalationsPanel,
  EvaluationWarning,
  InvestigationsPanel,
  MeetingsPanel,
  RegistersPanel,
  SmbDashboardPanel,
  WorkingGroupsPanel,
} from '@mkib/web-feature-boards';
import { BoardsWorkspace, CycleYear, RemindersBanner } from '@mkib/web-feature-icv';
import { BoardPolicyProposals, PolicyReader } from '@mkib/web-feature-policy';
import { BoardRiskOverview } from '@mkib/web-feature-risk';
import { Heading, Tabs } from '@mkib/web-ui';
import { AuditorWorkspace } from '@mkib/web-workspaces';

/**
 * The boards' workspace: the SMB advises on the ICVs and the policy changes, the BMB decides; both read
 * the policy and see risk management's aggregates and late analyses. The SMB's board secretary opens the
 * BBP year with its PDCA calendar and consolidates the wishes; the boards follow the plans' progress and
 * decide on the BBP and the progress reports. Issue 18: the first tab, "Overzicht", is the SMB's
 * monitoring dashboard across parties (SK-3.3); the secretary holds the meetings (agenda, minutes, pack);
 * escalations, investigations, aanwijzingen, working groups and the registers; the boards see the
 * five-year warning of the evaluation (SK-6). The Minister's auditor and evaluator (JenV) get the
 * auditor's workspace here: the audit trail, the parties' ICVs and self-assessments read-only, and the
 * evaluations.
 */

/** The sections a link may name (`/web-boards?tab=escalaties`, e.g. a notification's) and their tabs. */
const SECTION_TABS: Record<string, string> = {
  overzicht: 'dashboard',
  vergaderingen: 'meetings',
  agenda: 'icvs',
  icv: 'icvs',
  voorstellen: 'proposals',
  beleid: 'policy',
  risico: 'risks',
  bbp: 'bbp',
  kalender: 'bbp',
  wensen: 'wishes',
  voortgang: 'progress',
  implementatieplan: 'progress',
  escalaties: 'escalations',
  onderzoeken: 'investigations',
  aanwijzingen: 'instructions',
  werkgroepen: 'working-groups',
  registers: 'registers',
};
const linkedTab = () =>
  SECTION_TABS[(new URLSearchParams(window.location.search).get('tab') ?? '').toLowerCase()] ?? null;

export default function BoardsApp(props: RemoteAppProps) {
  const { client, session } = props;
  const { t } = useTranslation();
  const [tab, setTab] = useState(() => linkedTab() ?? 'dashboard');
  // The Minister's auditor and evaluator (JenV) work in the auditor's workspace (issue 18: its evaluations).
  if (session.roles.includes('auditor') || session.roles.includes('evaluator'))
    return <AuditorWorkspace {...props} remote="web_boards" />;
  const tabs = [
    { id: 'dashboard', title: t('dashboard.tab') },
    { id: 'meetings', title: t('meetings.tab') },
    { id: 'icvs', title: t('audit.tabs.icvs') },
    { id: 'proposals', title: t('policy.tabs.proposals') },
    { id: 'policy', title: t('policy.tabs.reader') },
    { id: 'risks', title: t('risk.tab') },
    { id: 'bbp', title: t('bbp.tabs.calendar') },
    { id: 'wishes', title: t('bbp.tabs.wishes') },
    { id: 'progress', title: t('bbp.tabs.progress') },
    { id: 'escalations', title: t('escalations.tab') },
    { id: 'investigations', title: t('investigations.title') },
    { id: 'instructions', title: t('boardInstructions.title') },
    { id: 'working-groups', title: t('workingGroups.tab') },
    // Read only: the LMS keeps the registers.
    { id: 'registers', title: t('registers.tab') },
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
