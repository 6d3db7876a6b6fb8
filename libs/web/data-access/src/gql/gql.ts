/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditLogFields on AuditLogStatus {\n    service\n    entries\n    intact\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n": typeof types.AuditLogFieldsFragmentDoc,
    "\n  fragment AuditAnchorFields on AuditAnchor {\n    service\n    seq\n    hash\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n": typeof types.AuditAnchorFieldsFragmentDoc,
    "\n  query AuditAnchors {\n    auditAnchors {\n      ...AuditAnchorFields\n    }\n    governanceAuditAnchor {\n      ...AuditAnchorFields\n    }\n  }\n": typeof types.AuditAnchorsDocument,
    "\n  query AuditLogs(\n    $policy: AuditAnchorInput\n    $risk: AuditAnchorInput\n    $icv: AuditAnchorInput\n    $governance: AuditAnchorInput\n  ) {\n    policyAuditLog(anchor: $policy) {\n      ...AuditLogFields\n    }\n    riskAuditLog(anchor: $risk) {\n      ...AuditLogFields\n    }\n    icvAuditLog(anchor: $icv) {\n      ...AuditLogFields\n    }\n    governanceAuditLog(anchor: $governance) {\n      ...AuditLogFields\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditedParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.AuditedPartiesDocument,
    "\n  fragment AuditTrailPageFields on AuditTrailPage {\n    total\n    offset\n    limit\n    entries {\n      service\n      seq\n      occurredAt\n      actor\n      party\n      action\n      subject\n      reason\n      before\n      after\n      correlationId\n    }\n  }\n": typeof types.AuditTrailPageFieldsFragmentDoc,
    "\n  query AuditTrail(\n    $policy: AuditTrailFilter\n    $risk: AuditTrailFilter\n    $icv: AuditTrailFilter\n    $governance: AuditTrailFilter\n  ) {\n    policyAuditTrail(filter: $policy) {\n      ...AuditTrailPageFields\n    }\n    riskAuditTrail(filter: $risk) {\n      ...AuditTrailPageFields\n    }\n    icvAuditTrail(filter: $icv) {\n      ...AuditTrailPageFields\n    }\n    governanceAuditTrail(filter: $governance) {\n      ...AuditTrailPageFields\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditedSubmissions($y: Int!, $p: ID) {\n    icv(year: $y, party: $p) {\n      id\n      versions {\n        version\n        state\n        submittedAt\n        snapshot {\n          takenAt\n          origin\n          profileVersion\n          statement\n          proposedStatement\n          progress {\n            applicable\n            implemented\n            partly\n            notImplemented\n            notApplicable\n            percentImplemented\n          }\n          entries {\n            frameworkCode\n            identifier\n            title\n            text\n            frameworkVersion\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditedSubmissionsDocument,
    "\n  query BbpCalendar($year: Int!) {\n    calendar(year: $year) {\n      milestone\n      date\n      label\n      cycleYear\n      period\n    }\n  }\n": typeof types.BbpCalendarDocument,
    "\n  query BbpYears {\n    bbpYears {\n      year\n      state\n    }\n  }\n": typeof types.BbpYearsDocument,
    "\n  fragment BbpYearFields on BbpYear {\n    year\n    policyVersion\n    state\n    wishesDeadline\n    progressReportMoments\n    smbMeetings\n    bmbMeetings\n    adoptionDate\n    paragraph\n    consolidatedBy\n    consolidatedAt\n    openedBy\n    openedAt\n    wishParties {\n      party {\n        code\n        name\n      }\n      description\n      submitted\n      late\n    }\n    boardItem {\n      ...BbpBoardItemFields\n    }\n  }\n": typeof types.BbpYearFieldsFragmentDoc,
    "\n  fragment BbpBoardItemFields on BoardItem {\n    id\n    kind\n    title\n    year\n    submittedAt\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n": typeof types.BbpBoardItemFieldsFragmentDoc,
    "\n  query BbpYear($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n  }\n": typeof types.BbpYearDocument,
    "\n  query BbpIcvCycle($year: Int!) {\n    cycle(year: $year) {\n      year\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n": typeof types.BbpIcvCycleDocument,
    "\n  mutation OpenBbpYear($input: BbpYearInput!) {\n    openBbpYear(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": typeof types.OpenBbpYearDocument,
    "\n  mutation UpdateBbpCalendar($input: BbpYearInput!) {\n    updateBbpCalendar(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": typeof types.UpdateBbpCalendarDocument,
    "\n  fragment BbpWishFields on Wish {\n    id\n    year\n    party {\n      code\n      name\n    }\n    subject\n    reasoning\n    estimatedCost\n    priority\n    submittedBy\n    submittedAt\n    late\n    withdrawn\n    disposition\n    dispositionNote\n  }\n": typeof types.BbpWishFieldsFragmentDoc,
    "\n  query BbpWishes($year: Int!) {\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n": typeof types.BbpWishesDocument,
    "\n  query BbpConsolidation($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n": typeof types.BbpConsolidationDocument,
    "\n  mutation BbpSubmitWish($input: WishInput!) {\n    submitWish(input: $input) {\n      ...BbpWishFields\n    }\n  }\n": typeof types.BbpSubmitWishDocument,
    "\n  mutation BbpWithdrawWish($id: ID!) {\n    withdrawWish(id: $id) {\n      ...BbpWishFields\n    }\n  }\n": typeof types.BbpWithdrawWishDocument,
    "\n  mutation ConsolidateBbp($input: BbpConsolidationInput!) {\n    consolidateBbp(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": typeof types.ConsolidateBbpDocument,
    "\n  mutation SubmitBbpForAdoption($year: Int!) {\n    submitBbpForAdoption(year: $year) {\n      ...BbpYearFields\n    }\n  }\n": typeof types.SubmitBbpForAdoptionDocument,
    "\n  fragment BbpPeriodFields on ProgressPeriodOverview {\n    year\n    period\n    due\n    reports {\n      party {\n        code\n        name\n      }\n      reportId\n      policyVersion\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n      submittedAt\n      late\n    }\n    missing {\n      code\n      name\n    }\n    total\n    onTrack\n    overdue\n    withoutOwner\n    percentOnTrack\n  }\n": typeof types.BbpPeriodFieldsFragmentDoc,
    "\n  query BbpProgressOverview($year: Int!) {\n    progressOverview(year: $year) {\n      year\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n        updatedAt\n      }\n      periods {\n        ...BbpPeriodFields\n      }\n    }\n    boardItems(kind: PROGRESS_REPORTS, year: $year) {\n      ...BbpBoardItemFields\n      progressPeriod {\n        ...BbpPeriodFields\n      }\n    }\n  }\n": typeof types.BbpProgressOverviewDocument,
    "\n  mutation BbpAdviseBoardItem($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BbpBoardItemFields\n    }\n  }\n": typeof types.BbpAdviseBoardItemDocument,
    "\n  mutation BbpDecideBoardItem($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BbpBoardItemFields\n    }\n  }\n": typeof types.BbpDecideBoardItemDocument,
    "\n  fragment BoardItemDecisionFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n": typeof types.BoardItemDecisionFieldsFragmentDoc,
    "\n  mutation BoardItemAdvise($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BoardItemDecisionFields\n    }\n  }\n": typeof types.BoardItemAdviseDocument,
    "\n  mutation BoardItemDecide($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BoardItemDecisionFields\n    }\n  }\n": typeof types.BoardItemDecideDocument,
    "\n  query SmbDashboard($year: Int!) {\n    smbDashboard(year: $year) {\n      year\n      asOf\n      icvs {\n        party {\n          code\n          name\n        }\n        year\n        standing\n        decision\n        overdue\n      }\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n      }\n      instructions {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      findings {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      facilitiesReviewDue {\n        facilityCode\n        reviewDue\n        overdue\n      }\n      riskWork {\n        openSupplementaryAnalyses\n        openConsultations\n        overdueConsultations\n      }\n      openEscalations\n    }\n  }\n": typeof types.SmbDashboardDocument,
    "\n  query SmbSignalFeed($limit: Int!, $offset: Int!) {\n    smbSignals(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        subject\n        summary\n        occurredAt\n      }\n    }\n  }\n": typeof types.SmbSignalFeedDocument,
    "\n  fragment EscalationFields on Escalation {\n    id\n    title\n    question\n    raisedBy\n    raisedByParty {\n      code\n      name\n    }\n    raisedAt\n    positionsDue\n    state\n    parties {\n      code\n      name\n    }\n    positions {\n      party {\n        code\n        name\n      }\n      stance\n      reasoning\n      recordedBy\n      recordedAt\n    }\n    missing {\n      code\n      name\n    }\n    decidable\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n": typeof types.EscalationFieldsFragmentDoc,
    "\n  query Escalations {\n    escalations {\n      ...EscalationFields\n    }\n  }\n": typeof types.EscalationsDocument,
    "\n  query EscalationParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.EscalationPartiesDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      ...EscalationFields\n    }\n  }\n": typeof types.RaiseEscalationDocument,
    "\n  mutation RecordEscalationPosition($input: EscalationPositionInput!) {\n    recordEscalationPosition(input: $input) {\n      ...EscalationFields\n    }\n  }\n": typeof types.RecordEscalationPositionDocument,
    "\n  query EvaluationSchedule {\n    evaluationSchedule {\n      inForceSince\n      lastCompletedOn\n      dueBy\n      warnFrom\n      warning\n      overdue\n    }\n  }\n": typeof types.EvaluationScheduleDocument,
    "\n  query Evaluations {\n    evaluations {\n      id\n      kind\n      title\n      periodFrom\n      periodTo\n      scope\n      auditor\n      reason\n      state\n      findings {\n        id\n        text\n        followUp\n        state\n      }\n      report {\n        filename\n        contentType\n        size\n        uploadedBy\n        uploadedAt\n      }\n      completedOn\n      startedBy\n      startedAt\n    }\n  }\n": typeof types.EvaluationsDocument,
    "\n  query EvaluationReport($id: ID!) {\n    evaluationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.EvaluationReportDocument,
    "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.StartEvaluationDocument,
    "\n  mutation RecordEvaluationResult($input: EvaluationResultInput!) {\n    recordEvaluationResult(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RecordEvaluationResultDocument,
    "\n  query BoardInstructions {\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n      reason\n      issuedAt\n      doneReport\n      reportedBy\n      boardItem {\n        id\n        title\n      }\n    }\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.BoardInstructionsDocument,
    "\n  mutation IssueInstruction($i: IssueInstructionInput!) {\n    issueInstruction(input: $i) {\n      id\n    }\n  }\n": typeof types.IssueInstructionDocument,
    "\n  mutation BoardReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n      state\n    }\n  }\n": typeof types.BoardReviewInstructionDocument,
    "\n  fragment InvestigationFields on Investigation {\n    id\n    title\n    scope\n    investigator\n    dueDate\n    state\n    summary\n    proposedBy\n    proposedAt\n    completedAt\n    findings {\n      id\n      text\n      followUp\n      state\n    }\n    report {\n      filename\n      contentType\n      size\n      uploadedBy\n      uploadedAt\n    }\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n": typeof types.InvestigationFieldsFragmentDoc,
    "\n  query Investigations {\n    investigations {\n      ...InvestigationFields\n    }\n  }\n": typeof types.InvestigationsDocument,
    "\n  query InvestigationReport($id: ID!) {\n    investigationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.InvestigationReportDocument,
    "\n  mutation ProposeInvestigation($i: ProposeInvestigationInput!) {\n    proposeInvestigation(input: $i) {\n      id\n    }\n  }\n": typeof types.ProposeInvestigationDocument,
    "\n  mutation RecordInvestigationReport($i: InvestigationReportInput!) {\n    recordInvestigationReport(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.RecordInvestigationReportDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    board\n    date\n    title\n    location\n    state\n    minutes\n    minutesRecordedBy\n    minutesRecordedAt\n    createdBy\n    attendance {\n      name\n      present\n      party {\n        code\n        name\n      }\n    }\n    agenda {\n      position\n      minute\n      # The item's fields written out: each fragment spread counts as a level of the gateway's depth limit.\n      item {\n        id\n        kind\n        title\n        advice\n        advisedBy\n        advisedAt\n        decision\n        decisionText\n        decidedBy\n        decidedAt\n        party\n        year\n        submittedAt\n      }\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($board: Board) {\n    meetings(board: $board) {\n      id\n      board\n      date\n      title\n      location\n      state\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query MeetingOne($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingOneDocument,
    "\n  query MeetingPackOfMeeting($id: ID!) {\n    meetingPack(meetingId: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MeetingPackOfMeetingDocument,
    "\n  query MeetingSources {\n    boardItems {\n      id\n      kind\n      title\n      decision\n    }\n    smbSignals(limit: 50) {\n      items {\n        id\n        kind\n        summary\n        receivedAt\n      }\n    }\n    bbpYears {\n      year\n    }\n  }\n": typeof types.MeetingSourcesDocument,
    "\n  query MeetingParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.MeetingPartiesDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.PlanMeetingDocument,
    "\n  mutation AddMeetingAgendaItem($input: MeetingAgendaItemInput!) {\n    addMeetingAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddMeetingAgendaItemDocument,
    "\n  mutation RemoveMeetingAgendaItem($meetingId: ID!, $boardItemId: ID!) {\n    removeMeetingAgendaItem(meetingId: $meetingId, boardItemId: $boardItemId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveMeetingAgendaItemDocument,
    "\n  mutation ReorderMeetingAgenda($meetingId: ID!, $boardItemIds: [ID!]!) {\n    reorderMeetingAgenda(meetingId: $meetingId, boardItemIds: $boardItemIds) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ReorderMeetingAgendaDocument,
    "\n  mutation RecordMeetingMinutes($input: MeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RecordMeetingMinutesDocument,
    "\n  query PartyRegister {\n    partyRegister {\n      hoofdgebruikers {\n        code\n        name\n      }\n      coUsers {\n        ...CoUserRegistrationFields\n      }\n      representatives {\n        party {\n          code\n          name\n        }\n        smb\n        bmb\n      }\n    }\n  }\n": typeof types.PartyRegisterDocument,
    "\n  fragment CoUserRegistrationFields on CoUserRegistration {\n    party {\n      code\n      name\n    }\n    category\n    responsibleHoofdgebruiker {\n      code\n      name\n    }\n    admittedOn\n    endsOn\n    active\n    facilities\n    reportingArrangement\n    reportDue\n  }\n": typeof types.CoUserRegistrationFieldsFragmentDoc,
    "\n  mutation SaveCoUser($input: CoUserInput!) {\n    saveCoUser(input: $input) {\n      ...CoUserRegistrationFields\n    }\n  }\n": typeof types.SaveCoUserDocument,
    "\n  mutation EndCoUser($code: ID!, $endsOn: String!) {\n    endCoUser(code: $code, endsOn: $endsOn) {\n      ...CoUserRegistrationFields\n    }\n  }\n": typeof types.EndCoUserDocument,
    "\n  mutation SetBoardRepresentation($input: BoardRepresentationInput!) {\n    setBoardRepresentation(input: $input) {\n      party {\n        code\n        name\n      }\n      smb\n      bmb\n    }\n  }\n": typeof types.SetBoardRepresentationDocument,
    "\n  fragment WorkingGroupReportItemFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n    submittedAt\n  }\n": typeof types.WorkingGroupReportItemFieldsFragmentDoc,
    "\n  fragment WorkingGroupFields on WorkingGroup {\n    id\n    name\n    mandate\n    state\n    establishedOn\n    dissolvedOn\n    members {\n      party {\n        code\n        name\n      }\n      name\n    }\n    reports {\n      ...WorkingGroupReportItemFields\n    }\n  }\n": typeof types.WorkingGroupFieldsFragmentDoc,
    "\n  query WorkingGroups {\n    workingGroups {\n      ...WorkingGroupFields\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  query WorkingGroupParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.WorkingGroupPartiesDocument,
    "\n  mutation SaveWorkingGroup($input: WorkingGroupInput!) {\n    saveWorkingGroup(input: $input) {\n      ...WorkingGroupFields\n    }\n  }\n": typeof types.SaveWorkingGroupDocument,
    "\n  mutation DissolveWorkingGroup($id: ID!) {\n    dissolveWorkingGroup(id: $id) {\n      ...WorkingGroupFields\n    }\n  }\n": typeof types.DissolveWorkingGroupDocument,
    "\n  mutation SubmitWorkingGroupReport($input: WorkingGroupReportInput!) {\n    submitWorkingGroupReport(input: $input) {\n      ...WorkingGroupReportItemFields\n    }\n  }\n": typeof types.SubmitWorkingGroupReportDocument,
    "\n  query Frameworks {\n    frameworks {\n      code\n      name\n      version\n      licence\n      attribution\n      ownerParty\n      requirementCount\n    }\n  }\n": typeof types.FrameworksDocument,
    "\n  query Requirements($code: ID!, $search: String, $kind: RequirementKind, $offset: Int) {\n    requirements(frameworkCode: $code, search: $search, kind: $kind, limit: 25, offset: $offset) {\n      total\n      items {\n        frameworkCode\n        identifier\n        kind\n        title\n        text\n        status\n      }\n    }\n  }\n": typeof types.RequirementsDocument,
    "\n  query RequirementMappings($code: ID!, $id: ID!) {\n    requirement(frameworkCode: $code, identifier: $id) {\n      mappings {\n        relationship\n        requirement {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n  }\n": typeof types.RequirementMappingsDocument,
    "\n  query PartyFrameworks {\n    partyFrameworks {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": typeof types.PartyFrameworksDocument,
    "\n  mutation AttachFramework($c: ID!) {\n    attachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": typeof types.AttachFrameworkDocument,
    "\n  mutation DetachFramework($c: ID!) {\n    detachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": typeof types.DetachFrameworkDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    row\n    path\n    message\n    key\n    params {\n      name\n      value\n    }\n  }\n": typeof types.ImportProblemFieldsFragmentDoc,
    "\n  fragment ImportReportFields on ImportReport {\n    imported\n    rowsRead\n    rowsAccepted\n    rowsRejected\n    added\n    updated\n    removed\n    problems {\n      ...ImportProblemFields\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportFramework($i: ImportFrameworkInput!) {\n    importFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportFrameworkDocument,
    "\n  mutation ImportPartyFramework($i: ImportFrameworkInput!) {\n    importPartyFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPartyFrameworkDocument,
    "\n  mutation ImportMappings($i: ImportMappingsInput!) {\n    importMappings(input: $i) {\n      imported\n      rowsRead\n      rowsAccepted\n      rowsRejected\n      added\n      updated\n      removed\n      problems {\n        ...ImportProblemFields\n      }\n    }\n  }\n": typeof types.ImportMappingsDocument,
    "\n  query BbnProfile {\n    bbnProfile {\n      version\n      rationale\n      publishedBy\n      publishedAt\n      levels {\n        bbn\n        applicableCount\n        introduced {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n    bbnProfiles {\n      version\n      current\n      rationale\n      publishedBy\n      publishedAt\n    }\n  }\n": typeof types.BbnProfileDocument,
    "\n  mutation PublishBbnProfile($i: PublishBbnProfileInput!) {\n    publishBbnProfile(input: $i) {\n      version\n    }\n  }\n": typeof types.PublishBbnProfileDocument,
    "\n  query LookupRequirement($f: ID!, $i: ID!) {\n    requirement(frameworkCode: $f, identifier: $i) {\n      frameworkCode\n      identifier\n      title\n      text\n      kind\n    }\n  }\n": typeof types.LookupRequirementDocument,
    "\n  mutation ProposeCatalogueChange($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n": typeof types.ProposeCatalogueChangeDocument,
    "\n  query CatalogueTriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    parties {\n      code\n      name\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      reference\n    }\n    changeRequests(state: OPEN) {\n      id\n      party\n      subject\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n    }\n  }\n": typeof types.CatalogueTriggerRecordsDocument,
    "\n  query Facilities {\n    facilities {\n      code\n      name\n      bbn\n      reviewDue\n      biv {\n        beschikbaarheid\n        integriteit\n        vertrouwelijkheid\n      }\n      supplementaryAnalysis {\n        status\n        dueDate\n        completedAt\n        analysis {\n          id\n          number\n        }\n      }\n      usedBy {\n        code\n        name\n      }\n      applicableMeasures {\n        total\n        profileVersion\n        supplementaryMeasuresApply\n      }\n    }\n  }\n": typeof types.FacilitiesDocument,
    "\n  mutation ClassifyFacility($input: ClassifyFacilityInput!) {\n    classifyFacility(input: $input) {\n      code\n      bbn\n      supplementaryAnalysis {\n        status\n      }\n    }\n  }\n": typeof types.ClassifyFacilityDocument,
    "\n  query CycleChoice {\n    cycleChoice {\n      years\n      defaultYear\n    }\n  }\n": typeof types.CycleChoiceDocument,
    "\n  query Assessment($y: Int!, $p: ID) {\n    assessment(year: $y, party: $p) {\n      frozen\n      policyReview {\n        policyVersion\n        adoptedAt\n        confirmedBy\n        confirmedAt\n      }\n      proposedStatement\n      progress {\n        applicable\n        assessed\n        implemented\n        percentAssessed\n        percentImplemented\n      }\n      byFacility {\n        facilityCode\n        progress {\n          applicable\n          assessed\n          implemented\n          percentAssessed\n          percentImplemented\n        }\n      }\n      entries {\n        frameworkCode\n        identifier\n        facilities\n        status\n        justification\n        title\n        text\n        evidence {\n          id\n          filename\n          sizeBytes\n        }\n        findings {\n          id\n          description\n          action\n          owner\n          dueDate\n          status\n          carriedOverFrom\n        }\n      }\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation AssessMeasures($i: AssessMeasuresInput!) {\n    assessMeasures(input: $i) {\n      frozen\n    }\n  }\n": typeof types.AssessMeasuresDocument,
    "\n  mutation UploadEvidence($i: EvidenceInput!) {\n    uploadEvidence(input: $i) {\n      id\n      filename\n      sizeBytes\n    }\n  }\n": typeof types.UploadEvidenceDocument,
    "\n  mutation RecordFinding($i: FindingInput!) {\n    recordFinding(input: $i) {\n      id\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation CloseFinding($id: ID!) {\n    closeFinding(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseFindingDocument,
    "\n  mutation ProgressFinding($id: ID!, $i: FindingProgressInput!) {\n    progressFinding(id: $id, input: $i) {\n      id\n      action\n      owner\n      dueDate\n    }\n  }\n": typeof types.ProgressFindingDocument,
    "\n  query AssessmentXlsx($y: Int!, $p: ID) {\n    assessmentXlsx(year: $y, party: $p) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.AssessmentXlsxDocument,
    "\n  query EvidenceContent($id: ID!) {\n    evidenceContent(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.EvidenceContentDocument,
    "\n  fragment IcvFields on Icv {\n    version\n    scope\n    state\n    statement\n    proposedStatement\n    exceptions {\n      measures {\n        frameworkCode\n        identifier\n      }\n      explanation\n      plannedDate\n    }\n    coUsers {\n      party\n      report {\n        status\n      }\n      missingReason\n    }\n    preparedBy\n    signedBy\n    submittedAt\n    correctionReason\n  }\n": typeof types.IcvFieldsFragmentDoc,
    "\n  query Icv($y: Int!) {\n    icv(year: $y) {\n      ...IcvFields\n    }\n  }\n": typeof types.IcvDocument,
    "\n  mutation StartIcv($y: Int!) {\n    startIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": typeof types.StartIcvDocument,
    "\n  query IcvMeasures($y: Int!) {\n    assessment(year: $y) {\n      entries {\n        frameworkCode\n        identifier\n        status\n        requirement {\n          title\n        }\n      }\n    }\n  }\n": typeof types.IcvMeasuresDocument,
    "\n  mutation PrepareIcv($y: Int!, $e: [MissingReportExplanationInput!]) {\n    prepareIcv(year: $y, missingReportExplanations: $e) {\n      ...IcvFields\n    }\n  }\n": typeof types.PrepareIcvDocument,
    "\n  mutation SignIcv($y: Int!) {\n    signIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": typeof types.SignIcvDocument,
    "\n  mutation SubmitIcv($y: Int!) {\n    submitIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": typeof types.SubmitIcvDocument,
    "\n  mutation UpdateIcv($i: UpdateIcvInput!) {\n    updateIcv(input: $i) {\n      ...IcvFields\n    }\n  }\n": typeof types.UpdateIcvDocument,
    "\n  mutation CorrectIcv($y: Int!, $r: String!) {\n    correctIcv(year: $y, reason: $r) {\n      ...IcvFields\n    }\n  }\n": typeof types.CorrectIcvDocument,
    "\n  query IcvPdf($y: Int!) {\n    icvPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.IcvPdfDocument,
    "\n  query CoUserReports($y: Int!) {\n    coUserReports(year: $y) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n": typeof types.CoUserReportsDocument,
    "\n  mutation SubmitCoUserReport($i: CoUserReportInput!) {\n    submitCoUserReport(input: $i) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n": typeof types.SubmitCoUserReportDocument,
    "\n  query Reminders($y: Int!) {\n    reminders(year: $y) {\n      id\n      milestone\n      party\n      deadline\n      kind\n      daysLeft\n      subjectId\n      title\n    }\n  }\n": typeof types.RemindersDocument,
    "\n  query Instructions {\n    instructions {\n      id\n      description\n      dueDate\n      state\n      doneReport\n      reason\n    }\n  }\n": typeof types.InstructionsDocument,
    "\n  mutation ReportInstructionDone($id: ID!, $r: String!) {\n    reportInstructionDone(instructionId: $id, report: $r) {\n      id\n    }\n  }\n": typeof types.ReportInstructionDoneDocument,
    "\n  query Agenda($y: Int!) {\n    agenda(year: $y) {\n      id\n      party\n      version\n      statement\n      scope\n      signedBy\n      submittedAt\n      superseded\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n      proposedStatement\n      deviatesFromProposal\n      missingReports {\n        party\n        explanation\n      }\n      compliance {\n        percentImplemented\n        byFacility {\n          facilityCode\n          percentImplemented\n        }\n      }\n      advice\n      advisedBy\n      decision\n      decisionText\n      instructions {\n        id\n        description\n        dueDate\n        state\n        doneReport\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query Cycle($y: Int!) {\n    cycle(year: $y) {\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n": typeof types.CycleDocument,
    "\n  mutation RecordAdvice($id: ID!, $a: String!) {\n    recordAdvice(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n": typeof types.RecordAdviceDocument,
    "\n  mutation RecordDecision($i: DecisionInput!) {\n    recordDecision(input: $i) {\n      id\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation ReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n    }\n  }\n": typeof types.ReviewInstructionDocument,
    "\n  query MeetingPack($y: Int!) {\n    meetingPackPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MeetingPackDocument,
    "\n  mutation OpenCycle($i: OpenCycleInput!) {\n    openCycle(input: $i) {\n      year\n    }\n  }\n": typeof types.OpenCycleDocument,
    "\n  mutation ConfirmPolicyReview($y: Int!) {\n    confirmPolicyReview(year: $y) {\n      policyReview {\n        policyVersion\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n": typeof types.ConfirmPolicyReviewDocument,
    "\n  query PolicyReviewDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n": typeof types.PolicyReviewDiffDocument,
    "\n  fragment NotificationFields on NotificationList {\n    unread\n    items {\n      id\n      milestone\n      kind\n      party\n      deadline\n      daysLeft\n      subjectId\n      title\n      link\n      read\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyMailPreference {\n    myMailPreference {\n      digest\n      email\n    }\n  }\n": typeof types.MyMailPreferenceDocument,
    "\n  mutation SetMailPreference($digest: DigestFrequency!) {\n    setMailPreference(digest: $digest) {\n      digest\n      email\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  query MailOutbox($limit: Int, $offset: Int) {\n    mailOutbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        createdAt\n        channel\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  mutation SendReminderDigest {\n    sendReminderDigest {\n      day\n      sent\n    }\n  }\n": typeof types.SendReminderDigestDocument,
    "\n  query ReminderSettings {\n    reminderSettings {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n": typeof types.ReminderSettingsDocument,
    "\n  mutation SetReminderLeadTime($milestone: Milestone!, $leadDays: Int!) {\n    setReminderLeadTime(milestone: $milestone, leadDays: $leadDays) {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n": typeof types.SetReminderLeadTimeDocument,
    "\n  fragment PlanFields on ImplementationPlan {\n    id\n    party\n    policyVersion\n    state\n    updateDueDate\n    previousPolicyVersion\n    confirmedBy\n    confirmedAt\n    versions\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    lines {\n      id\n      kind\n      measure {\n        frameworkCode\n        identifier\n      }\n      policyRule\n      description\n      owner\n      dueDate\n      status\n      overdue\n      carriedOver\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n      exceptions {\n        year\n        frameworkCode\n        identifier\n        explanation\n        plannedDate\n      }\n      riskTreatments {\n        treatmentId\n        analysisId\n        analysisNumber\n        riskTitle\n        kind\n        description\n        dueDate\n      }\n      updatedBy\n      updatedAt\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query ImplementationPlan($version: Int) {\n    implementationPlan(policyVersion: $version) {\n      ...PlanFields\n    }\n  }\n": typeof types.ImplementationPlanDocument,
    "\n  query ImplementationPlanXlsx($version: Int) {\n    implementationPlanXlsx(policyVersion: $version) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.ImplementationPlanXlsxDocument,
    "\n  mutation SavePlanLine($input: PlanLineInput!) {\n    savePlanLine(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.SavePlanLineDocument,
    "\n  mutation RemovePlanLine($id: ID!) {\n    removePlanLine(id: $id) {\n      ...PlanFields\n    }\n  }\n": typeof types.RemovePlanLineDocument,
    "\n  mutation ConfirmImplementationPlan {\n    confirmImplementationPlan {\n      ...PlanFields\n    }\n  }\n": typeof types.ConfirmImplementationPlanDocument,
    "\n  query PlanPolicyDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n": typeof types.PlanPolicyDiffDocument,
    "\n  query PlanLinkFindings($year: Int!) {\n    assessment(year: $year) {\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n    }\n  }\n": typeof types.PlanLinkFindingsDocument,
    "\n  query PlanLinkExceptions($year: Int!) {\n    icv(year: $year) {\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n    }\n  }\n": typeof types.PlanLinkExceptionsDocument,
    "\n  query PlanLinkTreatments {\n    riskRegister {\n      analyses {\n        id\n        number\n        state\n        risks {\n          title\n          treatment {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanLinkTreatmentsDocument,
    "\n  fragment ProgressFields on ProgressReport {\n    id\n    party\n    year\n    period\n    due\n    state\n    summary\n    policyVersion\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    preparedBy\n    preparedAt\n    signedBy\n    signedAt\n    submittedBy\n    submittedAt\n    late\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  query ProgressReports($year: Int!) {\n    progressPeriods(year: $year) {\n      year\n      period\n      due\n    }\n    progressReports(year: $year) {\n      ...ProgressFields\n    }\n  }\n": typeof types.ProgressReportsDocument,
    "\n  mutation PrepareProgressReport($input: ProgressReportInput!) {\n    prepareProgressReport(input: $input) {\n      ...ProgressFields\n    }\n  }\n": typeof types.PrepareProgressReportDocument,
    "\n  mutation SignProgressReport($year: Int!, $period: Int!) {\n    signProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n": typeof types.SignProgressReportDocument,
    "\n  mutation SubmitProgressReport($year: Int!, $period: Int!) {\n    submitProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n": typeof types.SubmitProgressReportDocument,
    "\n  query PlanBbpYears {\n    bbpYears {\n      year\n    }\n  }\n": typeof types.PlanBbpYearsDocument,
    "\n  query PolicyPartyNames {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.PolicyPartyNamesDocument,
    "\n  query PolicyVersions {\n    policyVersions {\n      version\n      inForce\n      title\n      adoptedAt\n    }\n  }\n": typeof types.PolicyVersionsDocument,
    "\n  query PolicyVersion($v: Int) {\n    policyVersion(version: $v) {\n      version\n      inForce\n      title\n      summary\n      adoptedAt\n      adoptedBy\n      proposal {\n        id\n        number\n        title\n      }\n      responsibilities {\n        process\n        party\n        raci\n        tasks\n      }\n      requirements {\n        bbnProfileVersion\n        catalogue {\n          code\n          name\n          version\n        }\n      }\n      norms {\n        key\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      rules {\n        key\n        topic\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      recalibrationMonths\n      facilities {\n        code\n        name\n        bbn\n        biv {\n          beschikbaarheid\n          integriteit\n          vertrouwelijkheid\n        }\n        reviewDue\n      }\n    }\n  }\n": typeof types.PolicyVersionDocument,
    "\n  query PolicyDiff($from: Int!, $to: Int!) {\n    policyDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        ...PolicyChangeLineFields\n      }\n    }\n  }\n": typeof types.PolicyDiffDocument,
    "\n  query PolicyVersionPdf($v: Int) {\n    policyVersionPdf(version: $v) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.PolicyVersionPdfDocument,
    "\n  fragment PolicyChangeLineFields on PolicyChangeLine {\n    part\n    key\n    change\n    before\n    after\n  }\n": typeof types.PolicyChangeLineFieldsFragmentDoc,
    "\n  fragment ProposalFields on ChangeProposal {\n    id\n    number\n    title\n    rationale\n    state\n    baseVersion\n    trigger {\n      kind\n      recordId\n      reference\n      label\n    }\n    changes {\n      ...PolicyChangeLineFields\n    }\n    carried {\n      bbnProfile {\n        rationale\n      }\n      frameworkImports {\n        code\n        mode\n        report {\n          added\n          updated\n          removed\n        }\n      }\n      supplementaryMeasures {\n        facilityCode\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n    respondBy\n    responses {\n      party\n      position\n      reasons\n      respondedBy\n      respondedAt\n    }\n    awaitingResponse\n    draftedBy\n    draftedAt\n    submittedAt\n    decidedAt\n    adoptedVersion {\n      version\n    }\n    withdrawReason\n    adoptionFailure\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment ProposalTriggerDetail on ChangeProposal {\n    id\n    trigger {\n      jaaraanschrijving {\n        year\n        reference\n      }\n      request {\n        party\n        subject\n      }\n      icvDecision {\n        title\n        party\n        decision\n      }\n      instruction {\n        party\n        description\n      }\n    }\n  }\n": typeof types.ProposalTriggerDetailFragmentDoc,
    "\n  query PolicyCarriedProfile($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      carried {\n        bbnProfile {\n          levels {\n            bbn\n            introduced {\n              frameworkCode\n              identifier\n              title\n            }\n          }\n        }\n      }\n    }\n    bbnProfile {\n      version\n      levels {\n        bbn\n        introduced {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n  }\n": typeof types.PolicyCarriedProfileDocument,
    "\n  query ChangeProposals($state: ProposalState) {\n    changeProposals(state: $state) {\n      ...ProposalFields\n      ...ProposalTriggerDetail\n    }\n  }\n": typeof types.ChangeProposalsDocument,
    "\n  query ProposalTrail($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      trail {\n        at\n        actor\n        party\n        step\n        note\n      }\n    }\n  }\n": typeof types.ProposalTrailDocument,
    "\n  query TriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      date\n      reference\n      text\n      recordedBy\n    }\n    changeRequests {\n      id\n      party\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n      }\n      declineReasons\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      year\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n    }\n    # issue 18: evaluation: the Minister's evaluation audits an EVALUATION trigger may name\n    evaluations {\n      id\n      title\n      state\n    }\n  }\n": typeof types.TriggerRecordsDocument,
    "\n  query OwnChangeRequests {\n    changeRequests {\n      id\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n        title\n      }\n      declineReasons\n    }\n  }\n": typeof types.OwnChangeRequestsDocument,
    "\n  mutation RecordJaaraanschrijving($i: RecordJaaraanschrijvingInput!) {\n    recordJaaraanschrijving(input: $i) {\n      id\n    }\n  }\n": typeof types.RecordJaaraanschrijvingDocument,
    "\n  mutation DraftChangeProposal($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n": typeof types.DraftChangeProposalDocument,
    "\n  mutation UpdateChangeProposal($i: UpdateChangeProposalInput!) {\n    updateChangeProposal(input: $i) {\n      id\n    }\n  }\n": typeof types.UpdateChangeProposalDocument,
    "\n  mutation OpenConsultation($id: ID!, $d: String!) {\n    openConsultation(proposalId: $id, respondBy: $d) {\n      id\n    }\n  }\n": typeof types.OpenConsultationDocument,
    "\n  mutation SubmitChangeProposal($id: ID!) {\n    submitChangeProposal(proposalId: $id) {\n      id\n    }\n  }\n": typeof types.SubmitChangeProposalDocument,
    "\n  mutation WithdrawChangeProposal($id: ID!, $r: String!) {\n    withdrawChangeProposal(proposalId: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.WithdrawChangeProposalDocument,
    "\n  mutation DeclineChangeRequest($id: ID!, $r: String!) {\n    declineChangeRequest(id: $id, reasons: $r) {\n      id\n    }\n  }\n": typeof types.DeclineChangeRequestDocument,
    "\n  mutation RequestPolicyChange($i: RequestPolicyChangeInput!) {\n    requestPolicyChange(input: $i) {\n      id\n    }\n  }\n": typeof types.RequestPolicyChangeDocument,
    "\n  mutation RespondToConsultation($i: ConsultationResponseInput!) {\n    respondToConsultation(input: $i) {\n      id\n    }\n  }\n": typeof types.RespondToConsultationDocument,
    "\n  query BoardPolicyItems {\n    boardItems(kind: POLICY_CHANGE) {\n      id\n      title\n      year\n      submittedAt\n      advice\n      advisedBy\n      decision\n      decisionText\n      decidedBy\n      changeProposal {\n        ...ProposalFields\n        ...ProposalTriggerDetail\n      }\n    }\n  }\n": typeof types.BoardPolicyItemsDocument,
    "\n  mutation AdviseBoardItem($id: ID!, $a: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n": typeof types.AdviseBoardItemDocument,
    "\n  mutation DecideBoardItem($i: DecisionInput!) {\n    decideBoardItem(input: $i) {\n      id\n    }\n  }\n": typeof types.DecideBoardItemDocument,
    "\n  query RiskScale {\n    riskScale {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n": typeof types.RiskScaleDocument,
    "\n  mutation SetRiskScale($input: RiskScaleInput!) {\n    setRiskScale(input: $input) {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n": typeof types.SetRiskScaleDocument,
    "\n  query RiskMeasureSearch($search: String!) {\n    requirements(frameworkCode: \"BIO2\", search: $search, kind: MAATREGEL, limit: 10) {\n      total\n      items {\n        frameworkCode\n        identifier\n        title\n      }\n    }\n  }\n": typeof types.RiskMeasureSearchDocument,
    "\n  query RiskThreatsAndFacilities {\n    threats {\n      code\n      name\n      category\n      description\n    }\n    facilities {\n      code\n      name\n      bbn\n      usedBy {\n        code\n      }\n    }\n  }\n": typeof types.RiskThreatsAndFacilitiesDocument,
    "\n  query RiskAnalysis($id: ID!) {\n    riskAnalysis(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      kind\n      scope\n      ownerParty {\n        name\n      }\n      facilityCodes\n      facilities {\n        code\n        name\n      }\n      method\n      state\n      dueDate\n      changeProposal {\n        id\n        number\n        state\n      }\n      threats {\n        id\n        catalogueThreat {\n          code\n        }\n        name\n        description\n      }\n      risks {\n        id\n        title\n        description\n        facilityCode\n        facility {\n          name\n        }\n        threatIds\n        inherent {\n          likelihood\n          impact\n          level\n        }\n        residual {\n          likelihood\n          impact\n          level\n        }\n        treatment {\n          id\n          kind\n          description\n          measures {\n            frameworkCode\n            identifier\n          }\n          owner\n          dueDate\n          status\n          completedBy\n          completedAt\n          completionNote\n          acceptance {\n            state\n          }\n        }\n      }\n      consultation {\n        respondBy\n        parties {\n          party {\n            code\n            name\n          }\n          response {\n            id\n            position\n            reasoning\n            answer\n          }\n        }\n        missing {\n          name\n        }\n      }\n      finalisedBy\n      finalisedAt\n      finalisedPastDeadlineNote\n      versions {\n        id\n        version\n        state\n        finalisedAt\n      }\n    }\n  }\n": typeof types.RiskAnalysisDocument,
    "\n  query RiskRegister {\n    riskRegister {\n      party {\n        name\n      }\n      analyses {\n        id\n        number\n        version\n        title\n        state\n        dueDate\n        facilities {\n          name\n        }\n        risks {\n          residual {\n            level\n          }\n        }\n      }\n      heatMap {\n        likelihood\n        impact\n        level\n        inherent\n        residual\n      }\n    }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  query RiskAcceptances {\n    riskRegister {\n      analyses {\n        id\n        number\n        risks {\n          id\n          title\n          residual {\n            likelihood\n            impact\n            level\n          }\n          treatment {\n            description\n            acceptance {\n              state\n              proposedBy\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RiskAcceptancesDocument,
    "\n  query RiskConsultationTasks {\n    riskConsultationTasks {\n      party {\n        code\n        name\n      }\n      respondBy\n      overdue\n      response {\n        position\n        reasoning\n        answer\n      }\n      analysis {\n        id\n        number\n        title\n        state\n      }\n    }\n  }\n": typeof types.RiskConsultationTasksDocument,
    "\n  query RiskAcceptanceLevel {\n    riskAcceptanceLevel {\n      level\n      isDefault\n      setBy\n      setAt\n    }\n  }\n": typeof types.RiskAcceptanceLevelDocument,
    "\n  query RiskOverview {\n    riskOverview {\n      aggregates {\n        party {\n          code\n          name\n        }\n        facilityCode\n        facility {\n          code\n          name\n        }\n        inherent {\n          level\n          count\n        }\n        residual {\n          level\n          count\n        }\n      }\n      late {\n        analysisId\n        number\n        title\n        ownerParty {\n          code\n          name\n        }\n        facilityCodes\n        dueDate\n        respondBy\n        finalisedAt\n        note\n      }\n      openSupplementary\n      openConsultations\n    }\n  }\n": typeof types.RiskOverviewDocument,
    "\n  query RiskAnalysisPdf($id: ID!) {\n    riskAnalysisPdf(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.RiskAnalysisPdfDocument,
    "\n  query RiskRegisterXlsx {\n    riskRegisterXlsx {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.RiskRegisterXlsxDocument,
    "\n  query RiskPoam {\n    riskPoam {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.RiskPoamDocument,
    "\n  mutation DraftRiskAnalysis($i: DraftRiskAnalysisInput!) {\n    draftRiskAnalysis(input: $i) {\n      id\n      number\n    }\n  }\n": typeof types.DraftRiskAnalysisDocument,
    "\n  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {\n    updateRiskAnalysis(input: $i) {\n      id\n    }\n  }\n": typeof types.UpdateRiskAnalysisDocument,
    "\n  mutation OpenRiskConsultation($i: OpenRiskConsultationInput!) {\n    openRiskConsultation(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.OpenRiskConsultationDocument,
    "\n  mutation RespondToRiskConsultation($i: RespondToRiskConsultationInput!) {\n    respondToRiskConsultation(input: $i) {\n      id\n    }\n  }\n": typeof types.RespondToRiskConsultationDocument,
    "\n  mutation AnswerRiskConsultationResponse($i: AnswerRiskConsultationInput!) {\n    answerRiskConsultationResponse(input: $i) {\n      id\n      answer\n    }\n  }\n": typeof types.AnswerRiskConsultationResponseDocument,
    "\n  mutation FinaliseRiskAnalysis($i: FinaliseRiskAnalysisInput!) {\n    finaliseRiskAnalysis(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.FinaliseRiskAnalysisDocument,
    "\n  mutation ReviseRiskAnalysis($id: ID!) {\n    reviseRiskAnalysis(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ReviseRiskAnalysisDocument,
    "\n  mutation CompleteRiskTreatment($treatmentId: ID!, $note: String!) {\n    completeRiskTreatment(treatmentId: $treatmentId, note: $note) {\n      id\n      status\n      completedBy\n      completedAt\n      completionNote\n    }\n  }\n": typeof types.CompleteRiskTreatmentDocument,
    "\n  mutation DiscardRiskAnalysis($id: ID!) {\n    discardRiskAnalysis(id: $id)\n  }\n": typeof types.DiscardRiskAnalysisDocument,
    "\n  mutation DecideRiskAcceptance($i: DecideRiskAcceptanceInput!) {\n    decideRiskAcceptance(input: $i) {\n      id\n    }\n  }\n": typeof types.DecideRiskAcceptanceDocument,
    "\n  mutation SetRiskAcceptanceLevel($level: RiskLevel!) {\n    setRiskAcceptanceLevel(level: $level) {\n      level\n      isDefault\n    }\n  }\n": typeof types.SetRiskAcceptanceLevelDocument,
};
const documents: Documents = {
    "\n  fragment AuditLogFields on AuditLogStatus {\n    service\n    entries\n    intact\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n": types.AuditLogFieldsFragmentDoc,
    "\n  fragment AuditAnchorFields on AuditAnchor {\n    service\n    seq\n    hash\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n": types.AuditAnchorFieldsFragmentDoc,
    "\n  query AuditAnchors {\n    auditAnchors {\n      ...AuditAnchorFields\n    }\n    governanceAuditAnchor {\n      ...AuditAnchorFields\n    }\n  }\n": types.AuditAnchorsDocument,
    "\n  query AuditLogs(\n    $policy: AuditAnchorInput\n    $risk: AuditAnchorInput\n    $icv: AuditAnchorInput\n    $governance: AuditAnchorInput\n  ) {\n    policyAuditLog(anchor: $policy) {\n      ...AuditLogFields\n    }\n    riskAuditLog(anchor: $risk) {\n      ...AuditLogFields\n    }\n    icvAuditLog(anchor: $icv) {\n      ...AuditLogFields\n    }\n    governanceAuditLog(anchor: $governance) {\n      ...AuditLogFields\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditedParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.AuditedPartiesDocument,
    "\n  fragment AuditTrailPageFields on AuditTrailPage {\n    total\n    offset\n    limit\n    entries {\n      service\n      seq\n      occurredAt\n      actor\n      party\n      action\n      subject\n      reason\n      before\n      after\n      correlationId\n    }\n  }\n": types.AuditTrailPageFieldsFragmentDoc,
    "\n  query AuditTrail(\n    $policy: AuditTrailFilter\n    $risk: AuditTrailFilter\n    $icv: AuditTrailFilter\n    $governance: AuditTrailFilter\n  ) {\n    policyAuditTrail(filter: $policy) {\n      ...AuditTrailPageFields\n    }\n    riskAuditTrail(filter: $risk) {\n      ...AuditTrailPageFields\n    }\n    icvAuditTrail(filter: $icv) {\n      ...AuditTrailPageFields\n    }\n    governanceAuditTrail(filter: $governance) {\n      ...AuditTrailPageFields\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditedSubmissions($y: Int!, $p: ID) {\n    icv(year: $y, party: $p) {\n      id\n      versions {\n        version\n        state\n        submittedAt\n        snapshot {\n          takenAt\n          origin\n          profileVersion\n          statement\n          proposedStatement\n          progress {\n            applicable\n            implemented\n            partly\n            notImplemented\n            notApplicable\n            percentImplemented\n          }\n          entries {\n            frameworkCode\n            identifier\n            title\n            text\n            frameworkVersion\n            status\n          }\n        }\n      }\n    }\n  }\n": types.AuditedSubmissionsDocument,
    "\n  query BbpCalendar($year: Int!) {\n    calendar(year: $year) {\n      milestone\n      date\n      label\n      cycleYear\n      period\n    }\n  }\n": types.BbpCalendarDocument,
    "\n  query BbpYears {\n    bbpYears {\n      year\n      state\n    }\n  }\n": types.BbpYearsDocument,
    "\n  fragment BbpYearFields on BbpYear {\n    year\n    policyVersion\n    state\n    wishesDeadline\n    progressReportMoments\n    smbMeetings\n    bmbMeetings\n    adoptionDate\n    paragraph\n    consolidatedBy\n    consolidatedAt\n    openedBy\n    openedAt\n    wishParties {\n      party {\n        code\n        name\n      }\n      description\n      submitted\n      late\n    }\n    boardItem {\n      ...BbpBoardItemFields\n    }\n  }\n": types.BbpYearFieldsFragmentDoc,
    "\n  fragment BbpBoardItemFields on BoardItem {\n    id\n    kind\n    title\n    year\n    submittedAt\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n": types.BbpBoardItemFieldsFragmentDoc,
    "\n  query BbpYear($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n  }\n": types.BbpYearDocument,
    "\n  query BbpIcvCycle($year: Int!) {\n    cycle(year: $year) {\n      year\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n": types.BbpIcvCycleDocument,
    "\n  mutation OpenBbpYear($input: BbpYearInput!) {\n    openBbpYear(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": types.OpenBbpYearDocument,
    "\n  mutation UpdateBbpCalendar($input: BbpYearInput!) {\n    updateBbpCalendar(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": types.UpdateBbpCalendarDocument,
    "\n  fragment BbpWishFields on Wish {\n    id\n    year\n    party {\n      code\n      name\n    }\n    subject\n    reasoning\n    estimatedCost\n    priority\n    submittedBy\n    submittedAt\n    late\n    withdrawn\n    disposition\n    dispositionNote\n  }\n": types.BbpWishFieldsFragmentDoc,
    "\n  query BbpWishes($year: Int!) {\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n": types.BbpWishesDocument,
    "\n  query BbpConsolidation($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n": types.BbpConsolidationDocument,
    "\n  mutation BbpSubmitWish($input: WishInput!) {\n    submitWish(input: $input) {\n      ...BbpWishFields\n    }\n  }\n": types.BbpSubmitWishDocument,
    "\n  mutation BbpWithdrawWish($id: ID!) {\n    withdrawWish(id: $id) {\n      ...BbpWishFields\n    }\n  }\n": types.BbpWithdrawWishDocument,
    "\n  mutation ConsolidateBbp($input: BbpConsolidationInput!) {\n    consolidateBbp(input: $input) {\n      ...BbpYearFields\n    }\n  }\n": types.ConsolidateBbpDocument,
    "\n  mutation SubmitBbpForAdoption($year: Int!) {\n    submitBbpForAdoption(year: $year) {\n      ...BbpYearFields\n    }\n  }\n": types.SubmitBbpForAdoptionDocument,
    "\n  fragment BbpPeriodFields on ProgressPeriodOverview {\n    year\n    period\n    due\n    reports {\n      party {\n        code\n        name\n      }\n      reportId\n      policyVersion\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n      submittedAt\n      late\n    }\n    missing {\n      code\n      name\n    }\n    total\n    onTrack\n    overdue\n    withoutOwner\n    percentOnTrack\n  }\n": types.BbpPeriodFieldsFragmentDoc,
    "\n  query BbpProgressOverview($year: Int!) {\n    progressOverview(year: $year) {\n      year\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n        updatedAt\n      }\n      periods {\n        ...BbpPeriodFields\n      }\n    }\n    boardItems(kind: PROGRESS_REPORTS, year: $year) {\n      ...BbpBoardItemFields\n      progressPeriod {\n        ...BbpPeriodFields\n      }\n    }\n  }\n": types.BbpProgressOverviewDocument,
    "\n  mutation BbpAdviseBoardItem($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BbpBoardItemFields\n    }\n  }\n": types.BbpAdviseBoardItemDocument,
    "\n  mutation BbpDecideBoardItem($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BbpBoardItemFields\n    }\n  }\n": types.BbpDecideBoardItemDocument,
    "\n  fragment BoardItemDecisionFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n": types.BoardItemDecisionFieldsFragmentDoc,
    "\n  mutation BoardItemAdvise($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BoardItemDecisionFields\n    }\n  }\n": types.BoardItemAdviseDocument,
    "\n  mutation BoardItemDecide($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BoardItemDecisionFields\n    }\n  }\n": types.BoardItemDecideDocument,
    "\n  query SmbDashboard($year: Int!) {\n    smbDashboard(year: $year) {\n      year\n      asOf\n      icvs {\n        party {\n          code\n          name\n        }\n        year\n        standing\n        decision\n        overdue\n      }\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n      }\n      instructions {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      findings {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      facilitiesReviewDue {\n        facilityCode\n        reviewDue\n        overdue\n      }\n      riskWork {\n        openSupplementaryAnalyses\n        openConsultations\n        overdueConsultations\n      }\n      openEscalations\n    }\n  }\n": types.SmbDashboardDocument,
    "\n  query SmbSignalFeed($limit: Int!, $offset: Int!) {\n    smbSignals(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        subject\n        summary\n        occurredAt\n      }\n    }\n  }\n": types.SmbSignalFeedDocument,
    "\n  fragment EscalationFields on Escalation {\n    id\n    title\n    question\n    raisedBy\n    raisedByParty {\n      code\n      name\n    }\n    raisedAt\n    positionsDue\n    state\n    parties {\n      code\n      name\n    }\n    positions {\n      party {\n        code\n        name\n      }\n      stance\n      reasoning\n      recordedBy\n      recordedAt\n    }\n    missing {\n      code\n      name\n    }\n    decidable\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n": types.EscalationFieldsFragmentDoc,
    "\n  query Escalations {\n    escalations {\n      ...EscalationFields\n    }\n  }\n": types.EscalationsDocument,
    "\n  query EscalationParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.EscalationPartiesDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      ...EscalationFields\n    }\n  }\n": types.RaiseEscalationDocument,
    "\n  mutation RecordEscalationPosition($input: EscalationPositionInput!) {\n    recordEscalationPosition(input: $input) {\n      ...EscalationFields\n    }\n  }\n": types.RecordEscalationPositionDocument,
    "\n  query EvaluationSchedule {\n    evaluationSchedule {\n      inForceSince\n      lastCompletedOn\n      dueBy\n      warnFrom\n      warning\n      overdue\n    }\n  }\n": types.EvaluationScheduleDocument,
    "\n  query Evaluations {\n    evaluations {\n      id\n      kind\n      title\n      periodFrom\n      periodTo\n      scope\n      auditor\n      reason\n      state\n      findings {\n        id\n        text\n        followUp\n        state\n      }\n      report {\n        filename\n        contentType\n        size\n        uploadedBy\n        uploadedAt\n      }\n      completedOn\n      startedBy\n      startedAt\n    }\n  }\n": types.EvaluationsDocument,
    "\n  query EvaluationReport($id: ID!) {\n    evaluationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.EvaluationReportDocument,
    "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      id\n    }\n  }\n": types.StartEvaluationDocument,
    "\n  mutation RecordEvaluationResult($input: EvaluationResultInput!) {\n    recordEvaluationResult(input: $input) {\n      id\n      state\n    }\n  }\n": types.RecordEvaluationResultDocument,
    "\n  query BoardInstructions {\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n      reason\n      issuedAt\n      doneReport\n      reportedBy\n      boardItem {\n        id\n        title\n      }\n    }\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.BoardInstructionsDocument,
    "\n  mutation IssueInstruction($i: IssueInstructionInput!) {\n    issueInstruction(input: $i) {\n      id\n    }\n  }\n": types.IssueInstructionDocument,
    "\n  mutation BoardReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n      state\n    }\n  }\n": types.BoardReviewInstructionDocument,
    "\n  fragment InvestigationFields on Investigation {\n    id\n    title\n    scope\n    investigator\n    dueDate\n    state\n    summary\n    proposedBy\n    proposedAt\n    completedAt\n    findings {\n      id\n      text\n      followUp\n      state\n    }\n    report {\n      filename\n      contentType\n      size\n      uploadedBy\n      uploadedAt\n    }\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n": types.InvestigationFieldsFragmentDoc,
    "\n  query Investigations {\n    investigations {\n      ...InvestigationFields\n    }\n  }\n": types.InvestigationsDocument,
    "\n  query InvestigationReport($id: ID!) {\n    investigationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.InvestigationReportDocument,
    "\n  mutation ProposeInvestigation($i: ProposeInvestigationInput!) {\n    proposeInvestigation(input: $i) {\n      id\n    }\n  }\n": types.ProposeInvestigationDocument,
    "\n  mutation RecordInvestigationReport($i: InvestigationReportInput!) {\n    recordInvestigationReport(input: $i) {\n      id\n      state\n    }\n  }\n": types.RecordInvestigationReportDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    board\n    date\n    title\n    location\n    state\n    minutes\n    minutesRecordedBy\n    minutesRecordedAt\n    createdBy\n    attendance {\n      name\n      present\n      party {\n        code\n        name\n      }\n    }\n    agenda {\n      position\n      minute\n      # The item's fields written out: each fragment spread counts as a level of the gateway's depth limit.\n      item {\n        id\n        kind\n        title\n        advice\n        advisedBy\n        advisedAt\n        decision\n        decisionText\n        decidedBy\n        decidedAt\n        party\n        year\n        submittedAt\n      }\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($board: Board) {\n    meetings(board: $board) {\n      id\n      board\n      date\n      title\n      location\n      state\n    }\n  }\n": types.MeetingsDocument,
    "\n  query MeetingOne($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingOneDocument,
    "\n  query MeetingPackOfMeeting($id: ID!) {\n    meetingPack(meetingId: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.MeetingPackOfMeetingDocument,
    "\n  query MeetingSources {\n    boardItems {\n      id\n      kind\n      title\n      decision\n    }\n    smbSignals(limit: 50) {\n      items {\n        id\n        kind\n        summary\n        receivedAt\n      }\n    }\n    bbpYears {\n      year\n    }\n  }\n": types.MeetingSourcesDocument,
    "\n  query MeetingParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.MeetingPartiesDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      id\n    }\n  }\n": types.PlanMeetingDocument,
    "\n  mutation AddMeetingAgendaItem($input: MeetingAgendaItemInput!) {\n    addMeetingAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddMeetingAgendaItemDocument,
    "\n  mutation RemoveMeetingAgendaItem($meetingId: ID!, $boardItemId: ID!) {\n    removeMeetingAgendaItem(meetingId: $meetingId, boardItemId: $boardItemId) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveMeetingAgendaItemDocument,
    "\n  mutation ReorderMeetingAgenda($meetingId: ID!, $boardItemIds: [ID!]!) {\n    reorderMeetingAgenda(meetingId: $meetingId, boardItemIds: $boardItemIds) {\n      ...MeetingFields\n    }\n  }\n": types.ReorderMeetingAgendaDocument,
    "\n  mutation RecordMeetingMinutes($input: MeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RecordMeetingMinutesDocument,
    "\n  query PartyRegister {\n    partyRegister {\n      hoofdgebruikers {\n        code\n        name\n      }\n      coUsers {\n        ...CoUserRegistrationFields\n      }\n      representatives {\n        party {\n          code\n          name\n        }\n        smb\n        bmb\n      }\n    }\n  }\n": types.PartyRegisterDocument,
    "\n  fragment CoUserRegistrationFields on CoUserRegistration {\n    party {\n      code\n      name\n    }\n    category\n    responsibleHoofdgebruiker {\n      code\n      name\n    }\n    admittedOn\n    endsOn\n    active\n    facilities\n    reportingArrangement\n    reportDue\n  }\n": types.CoUserRegistrationFieldsFragmentDoc,
    "\n  mutation SaveCoUser($input: CoUserInput!) {\n    saveCoUser(input: $input) {\n      ...CoUserRegistrationFields\n    }\n  }\n": types.SaveCoUserDocument,
    "\n  mutation EndCoUser($code: ID!, $endsOn: String!) {\n    endCoUser(code: $code, endsOn: $endsOn) {\n      ...CoUserRegistrationFields\n    }\n  }\n": types.EndCoUserDocument,
    "\n  mutation SetBoardRepresentation($input: BoardRepresentationInput!) {\n    setBoardRepresentation(input: $input) {\n      party {\n        code\n        name\n      }\n      smb\n      bmb\n    }\n  }\n": types.SetBoardRepresentationDocument,
    "\n  fragment WorkingGroupReportItemFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n    submittedAt\n  }\n": types.WorkingGroupReportItemFieldsFragmentDoc,
    "\n  fragment WorkingGroupFields on WorkingGroup {\n    id\n    name\n    mandate\n    state\n    establishedOn\n    dissolvedOn\n    members {\n      party {\n        code\n        name\n      }\n      name\n    }\n    reports {\n      ...WorkingGroupReportItemFields\n    }\n  }\n": types.WorkingGroupFieldsFragmentDoc,
    "\n  query WorkingGroups {\n    workingGroups {\n      ...WorkingGroupFields\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  query WorkingGroupParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.WorkingGroupPartiesDocument,
    "\n  mutation SaveWorkingGroup($input: WorkingGroupInput!) {\n    saveWorkingGroup(input: $input) {\n      ...WorkingGroupFields\n    }\n  }\n": types.SaveWorkingGroupDocument,
    "\n  mutation DissolveWorkingGroup($id: ID!) {\n    dissolveWorkingGroup(id: $id) {\n      ...WorkingGroupFields\n    }\n  }\n": types.DissolveWorkingGroupDocument,
    "\n  mutation SubmitWorkingGroupReport($input: WorkingGroupReportInput!) {\n    submitWorkingGroupReport(input: $input) {\n      ...WorkingGroupReportItemFields\n    }\n  }\n": types.SubmitWorkingGroupReportDocument,
    "\n  query Frameworks {\n    frameworks {\n      code\n      name\n      version\n      licence\n      attribution\n      ownerParty\n      requirementCount\n    }\n  }\n": types.FrameworksDocument,
    "\n  query Requirements($code: ID!, $search: String, $kind: RequirementKind, $offset: Int) {\n    requirements(frameworkCode: $code, search: $search, kind: $kind, limit: 25, offset: $offset) {\n      total\n      items {\n        frameworkCode\n        identifier\n        kind\n        title\n        text\n        status\n      }\n    }\n  }\n": types.RequirementsDocument,
    "\n  query RequirementMappings($code: ID!, $id: ID!) {\n    requirement(frameworkCode: $code, identifier: $id) {\n      mappings {\n        relationship\n        requirement {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n  }\n": types.RequirementMappingsDocument,
    "\n  query PartyFrameworks {\n    partyFrameworks {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": types.PartyFrameworksDocument,
    "\n  mutation AttachFramework($c: ID!) {\n    attachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": types.AttachFrameworkDocument,
    "\n  mutation DetachFramework($c: ID!) {\n    detachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n": types.DetachFrameworkDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    row\n    path\n    message\n    key\n    params {\n      name\n      value\n    }\n  }\n": types.ImportProblemFieldsFragmentDoc,
    "\n  fragment ImportReportFields on ImportReport {\n    imported\n    rowsRead\n    rowsAccepted\n    rowsRejected\n    added\n    updated\n    removed\n    problems {\n      ...ImportProblemFields\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportFramework($i: ImportFrameworkInput!) {\n    importFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportFrameworkDocument,
    "\n  mutation ImportPartyFramework($i: ImportFrameworkInput!) {\n    importPartyFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPartyFrameworkDocument,
    "\n  mutation ImportMappings($i: ImportMappingsInput!) {\n    importMappings(input: $i) {\n      imported\n      rowsRead\n      rowsAccepted\n      rowsRejected\n      added\n      updated\n      removed\n      problems {\n        ...ImportProblemFields\n      }\n    }\n  }\n": types.ImportMappingsDocument,
    "\n  query BbnProfile {\n    bbnProfile {\n      version\n      rationale\n      publishedBy\n      publishedAt\n      levels {\n        bbn\n        applicableCount\n        introduced {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n    bbnProfiles {\n      version\n      current\n      rationale\n      publishedBy\n      publishedAt\n    }\n  }\n": types.BbnProfileDocument,
    "\n  mutation PublishBbnProfile($i: PublishBbnProfileInput!) {\n    publishBbnProfile(input: $i) {\n      version\n    }\n  }\n": types.PublishBbnProfileDocument,
    "\n  query LookupRequirement($f: ID!, $i: ID!) {\n    requirement(frameworkCode: $f, identifier: $i) {\n      frameworkCode\n      identifier\n      title\n      text\n      kind\n    }\n  }\n": types.LookupRequirementDocument,
    "\n  mutation ProposeCatalogueChange($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n": types.ProposeCatalogueChangeDocument,
    "\n  query CatalogueTriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    parties {\n      code\n      name\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      reference\n    }\n    changeRequests(state: OPEN) {\n      id\n      party\n      subject\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n    }\n  }\n": types.CatalogueTriggerRecordsDocument,
    "\n  query Facilities {\n    facilities {\n      code\n      name\n      bbn\n      reviewDue\n      biv {\n        beschikbaarheid\n        integriteit\n        vertrouwelijkheid\n      }\n      supplementaryAnalysis {\n        status\n        dueDate\n        completedAt\n        analysis {\n          id\n          number\n        }\n      }\n      usedBy {\n        code\n        name\n      }\n      applicableMeasures {\n        total\n        profileVersion\n        supplementaryMeasuresApply\n      }\n    }\n  }\n": types.FacilitiesDocument,
    "\n  mutation ClassifyFacility($input: ClassifyFacilityInput!) {\n    classifyFacility(input: $input) {\n      code\n      bbn\n      supplementaryAnalysis {\n        status\n      }\n    }\n  }\n": types.ClassifyFacilityDocument,
    "\n  query CycleChoice {\n    cycleChoice {\n      years\n      defaultYear\n    }\n  }\n": types.CycleChoiceDocument,
    "\n  query Assessment($y: Int!, $p: ID) {\n    assessment(year: $y, party: $p) {\n      frozen\n      policyReview {\n        policyVersion\n        adoptedAt\n        confirmedBy\n        confirmedAt\n      }\n      proposedStatement\n      progress {\n        applicable\n        assessed\n        implemented\n        percentAssessed\n        percentImplemented\n      }\n      byFacility {\n        facilityCode\n        progress {\n          applicable\n          assessed\n          implemented\n          percentAssessed\n          percentImplemented\n        }\n      }\n      entries {\n        frameworkCode\n        identifier\n        facilities\n        status\n        justification\n        title\n        text\n        evidence {\n          id\n          filename\n          sizeBytes\n        }\n        findings {\n          id\n          description\n          action\n          owner\n          dueDate\n          status\n          carriedOverFrom\n        }\n      }\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation AssessMeasures($i: AssessMeasuresInput!) {\n    assessMeasures(input: $i) {\n      frozen\n    }\n  }\n": types.AssessMeasuresDocument,
    "\n  mutation UploadEvidence($i: EvidenceInput!) {\n    uploadEvidence(input: $i) {\n      id\n      filename\n      sizeBytes\n    }\n  }\n": types.UploadEvidenceDocument,
    "\n  mutation RecordFinding($i: FindingInput!) {\n    recordFinding(input: $i) {\n      id\n    }\n  }\n": types.RecordFindingDocument,
    "\n  mutation CloseFinding($id: ID!) {\n    closeFinding(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseFindingDocument,
    "\n  mutation ProgressFinding($id: ID!, $i: FindingProgressInput!) {\n    progressFinding(id: $id, input: $i) {\n      id\n      action\n      owner\n      dueDate\n    }\n  }\n": types.ProgressFindingDocument,
    "\n  query AssessmentXlsx($y: Int!, $p: ID) {\n    assessmentXlsx(year: $y, party: $p) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.AssessmentXlsxDocument,
    "\n  query EvidenceContent($id: ID!) {\n    evidenceContent(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.EvidenceContentDocument,
    "\n  fragment IcvFields on Icv {\n    version\n    scope\n    state\n    statement\n    proposedStatement\n    exceptions {\n      measures {\n        frameworkCode\n        identifier\n      }\n      explanation\n      plannedDate\n    }\n    coUsers {\n      party\n      report {\n        status\n      }\n      missingReason\n    }\n    preparedBy\n    signedBy\n    submittedAt\n    correctionReason\n  }\n": types.IcvFieldsFragmentDoc,
    "\n  query Icv($y: Int!) {\n    icv(year: $y) {\n      ...IcvFields\n    }\n  }\n": types.IcvDocument,
    "\n  mutation StartIcv($y: Int!) {\n    startIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": types.StartIcvDocument,
    "\n  query IcvMeasures($y: Int!) {\n    assessment(year: $y) {\n      entries {\n        frameworkCode\n        identifier\n        status\n        requirement {\n          title\n        }\n      }\n    }\n  }\n": types.IcvMeasuresDocument,
    "\n  mutation PrepareIcv($y: Int!, $e: [MissingReportExplanationInput!]) {\n    prepareIcv(year: $y, missingReportExplanations: $e) {\n      ...IcvFields\n    }\n  }\n": types.PrepareIcvDocument,
    "\n  mutation SignIcv($y: Int!) {\n    signIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": types.SignIcvDocument,
    "\n  mutation SubmitIcv($y: Int!) {\n    submitIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n": types.SubmitIcvDocument,
    "\n  mutation UpdateIcv($i: UpdateIcvInput!) {\n    updateIcv(input: $i) {\n      ...IcvFields\n    }\n  }\n": types.UpdateIcvDocument,
    "\n  mutation CorrectIcv($y: Int!, $r: String!) {\n    correctIcv(year: $y, reason: $r) {\n      ...IcvFields\n    }\n  }\n": types.CorrectIcvDocument,
    "\n  query IcvPdf($y: Int!) {\n    icvPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.IcvPdfDocument,
    "\n  query CoUserReports($y: Int!) {\n    coUserReports(year: $y) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n": types.CoUserReportsDocument,
    "\n  mutation SubmitCoUserReport($i: CoUserReportInput!) {\n    submitCoUserReport(input: $i) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n": types.SubmitCoUserReportDocument,
    "\n  query Reminders($y: Int!) {\n    reminders(year: $y) {\n      id\n      milestone\n      party\n      deadline\n      kind\n      daysLeft\n      subjectId\n      title\n    }\n  }\n": types.RemindersDocument,
    "\n  query Instructions {\n    instructions {\n      id\n      description\n      dueDate\n      state\n      doneReport\n      reason\n    }\n  }\n": types.InstructionsDocument,
    "\n  mutation ReportInstructionDone($id: ID!, $r: String!) {\n    reportInstructionDone(instructionId: $id, report: $r) {\n      id\n    }\n  }\n": types.ReportInstructionDoneDocument,
    "\n  query Agenda($y: Int!) {\n    agenda(year: $y) {\n      id\n      party\n      version\n      statement\n      scope\n      signedBy\n      submittedAt\n      superseded\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n      proposedStatement\n      deviatesFromProposal\n      missingReports {\n        party\n        explanation\n      }\n      compliance {\n        percentImplemented\n        byFacility {\n          facilityCode\n          percentImplemented\n        }\n      }\n      advice\n      advisedBy\n      decision\n      decisionText\n      instructions {\n        id\n        description\n        dueDate\n        state\n        doneReport\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query Cycle($y: Int!) {\n    cycle(year: $y) {\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n": types.CycleDocument,
    "\n  mutation RecordAdvice($id: ID!, $a: String!) {\n    recordAdvice(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n": types.RecordAdviceDocument,
    "\n  mutation RecordDecision($i: DecisionInput!) {\n    recordDecision(input: $i) {\n      id\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation ReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n    }\n  }\n": types.ReviewInstructionDocument,
    "\n  query MeetingPack($y: Int!) {\n    meetingPackPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.MeetingPackDocument,
    "\n  mutation OpenCycle($i: OpenCycleInput!) {\n    openCycle(input: $i) {\n      year\n    }\n  }\n": types.OpenCycleDocument,
    "\n  mutation ConfirmPolicyReview($y: Int!) {\n    confirmPolicyReview(year: $y) {\n      policyReview {\n        policyVersion\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n": types.ConfirmPolicyReviewDocument,
    "\n  query PolicyReviewDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n": types.PolicyReviewDiffDocument,
    "\n  fragment NotificationFields on NotificationList {\n    unread\n    items {\n      id\n      milestone\n      kind\n      party\n      deadline\n      daysLeft\n      subjectId\n      title\n      link\n      read\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read) {\n      ...NotificationFields\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyMailPreference {\n    myMailPreference {\n      digest\n      email\n    }\n  }\n": types.MyMailPreferenceDocument,
    "\n  mutation SetMailPreference($digest: DigestFrequency!) {\n    setMailPreference(digest: $digest) {\n      digest\n      email\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  query MailOutbox($limit: Int, $offset: Int) {\n    mailOutbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        createdAt\n        channel\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  mutation SendReminderDigest {\n    sendReminderDigest {\n      day\n      sent\n    }\n  }\n": types.SendReminderDigestDocument,
    "\n  query ReminderSettings {\n    reminderSettings {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n": types.ReminderSettingsDocument,
    "\n  mutation SetReminderLeadTime($milestone: Milestone!, $leadDays: Int!) {\n    setReminderLeadTime(milestone: $milestone, leadDays: $leadDays) {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n": types.SetReminderLeadTimeDocument,
    "\n  fragment PlanFields on ImplementationPlan {\n    id\n    party\n    policyVersion\n    state\n    updateDueDate\n    previousPolicyVersion\n    confirmedBy\n    confirmedAt\n    versions\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    lines {\n      id\n      kind\n      measure {\n        frameworkCode\n        identifier\n      }\n      policyRule\n      description\n      owner\n      dueDate\n      status\n      overdue\n      carriedOver\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n      exceptions {\n        year\n        frameworkCode\n        identifier\n        explanation\n        plannedDate\n      }\n      riskTreatments {\n        treatmentId\n        analysisId\n        analysisNumber\n        riskTitle\n        kind\n        description\n        dueDate\n      }\n      updatedBy\n      updatedAt\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query ImplementationPlan($version: Int) {\n    implementationPlan(policyVersion: $version) {\n      ...PlanFields\n    }\n  }\n": types.ImplementationPlanDocument,
    "\n  query ImplementationPlanXlsx($version: Int) {\n    implementationPlanXlsx(policyVersion: $version) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.ImplementationPlanXlsxDocument,
    "\n  mutation SavePlanLine($input: PlanLineInput!) {\n    savePlanLine(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.SavePlanLineDocument,
    "\n  mutation RemovePlanLine($id: ID!) {\n    removePlanLine(id: $id) {\n      ...PlanFields\n    }\n  }\n": types.RemovePlanLineDocument,
    "\n  mutation ConfirmImplementationPlan {\n    confirmImplementationPlan {\n      ...PlanFields\n    }\n  }\n": types.ConfirmImplementationPlanDocument,
    "\n  query PlanPolicyDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n": types.PlanPolicyDiffDocument,
    "\n  query PlanLinkFindings($year: Int!) {\n    assessment(year: $year) {\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n    }\n  }\n": types.PlanLinkFindingsDocument,
    "\n  query PlanLinkExceptions($year: Int!) {\n    icv(year: $year) {\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n    }\n  }\n": types.PlanLinkExceptionsDocument,
    "\n  query PlanLinkTreatments {\n    riskRegister {\n      analyses {\n        id\n        number\n        state\n        risks {\n          title\n          treatment {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n    }\n  }\n": types.PlanLinkTreatmentsDocument,
    "\n  fragment ProgressFields on ProgressReport {\n    id\n    party\n    year\n    period\n    due\n    state\n    summary\n    policyVersion\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    preparedBy\n    preparedAt\n    signedBy\n    signedAt\n    submittedBy\n    submittedAt\n    late\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  query ProgressReports($year: Int!) {\n    progressPeriods(year: $year) {\n      year\n      period\n      due\n    }\n    progressReports(year: $year) {\n      ...ProgressFields\n    }\n  }\n": types.ProgressReportsDocument,
    "\n  mutation PrepareProgressReport($input: ProgressReportInput!) {\n    prepareProgressReport(input: $input) {\n      ...ProgressFields\n    }\n  }\n": types.PrepareProgressReportDocument,
    "\n  mutation SignProgressReport($year: Int!, $period: Int!) {\n    signProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n": types.SignProgressReportDocument,
    "\n  mutation SubmitProgressReport($year: Int!, $period: Int!) {\n    submitProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n": types.SubmitProgressReportDocument,
    "\n  query PlanBbpYears {\n    bbpYears {\n      year\n    }\n  }\n": types.PlanBbpYearsDocument,
    "\n  query PolicyPartyNames {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n": types.PolicyPartyNamesDocument,
    "\n  query PolicyVersions {\n    policyVersions {\n      version\n      inForce\n      title\n      adoptedAt\n    }\n  }\n": types.PolicyVersionsDocument,
    "\n  query PolicyVersion($v: Int) {\n    policyVersion(version: $v) {\n      version\n      inForce\n      title\n      summary\n      adoptedAt\n      adoptedBy\n      proposal {\n        id\n        number\n        title\n      }\n      responsibilities {\n        process\n        party\n        raci\n        tasks\n      }\n      requirements {\n        bbnProfileVersion\n        catalogue {\n          code\n          name\n          version\n        }\n      }\n      norms {\n        key\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      rules {\n        key\n        topic\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      recalibrationMonths\n      facilities {\n        code\n        name\n        bbn\n        biv {\n          beschikbaarheid\n          integriteit\n          vertrouwelijkheid\n        }\n        reviewDue\n      }\n    }\n  }\n": types.PolicyVersionDocument,
    "\n  query PolicyDiff($from: Int!, $to: Int!) {\n    policyDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        ...PolicyChangeLineFields\n      }\n    }\n  }\n": types.PolicyDiffDocument,
    "\n  query PolicyVersionPdf($v: Int) {\n    policyVersionPdf(version: $v) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.PolicyVersionPdfDocument,
    "\n  fragment PolicyChangeLineFields on PolicyChangeLine {\n    part\n    key\n    change\n    before\n    after\n  }\n": types.PolicyChangeLineFieldsFragmentDoc,
    "\n  fragment ProposalFields on ChangeProposal {\n    id\n    number\n    title\n    rationale\n    state\n    baseVersion\n    trigger {\n      kind\n      recordId\n      reference\n      label\n    }\n    changes {\n      ...PolicyChangeLineFields\n    }\n    carried {\n      bbnProfile {\n        rationale\n      }\n      frameworkImports {\n        code\n        mode\n        report {\n          added\n          updated\n          removed\n        }\n      }\n      supplementaryMeasures {\n        facilityCode\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n    respondBy\n    responses {\n      party\n      position\n      reasons\n      respondedBy\n      respondedAt\n    }\n    awaitingResponse\n    draftedBy\n    draftedAt\n    submittedAt\n    decidedAt\n    adoptedVersion {\n      version\n    }\n    withdrawReason\n    adoptionFailure\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment ProposalTriggerDetail on ChangeProposal {\n    id\n    trigger {\n      jaaraanschrijving {\n        year\n        reference\n      }\n      request {\n        party\n        subject\n      }\n      icvDecision {\n        title\n        party\n        decision\n      }\n      instruction {\n        party\n        description\n      }\n    }\n  }\n": types.ProposalTriggerDetailFragmentDoc,
    "\n  query PolicyCarriedProfile($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      carried {\n        bbnProfile {\n          levels {\n            bbn\n            introduced {\n              frameworkCode\n              identifier\n              title\n            }\n          }\n        }\n      }\n    }\n    bbnProfile {\n      version\n      levels {\n        bbn\n        introduced {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n  }\n": types.PolicyCarriedProfileDocument,
    "\n  query ChangeProposals($state: ProposalState) {\n    changeProposals(state: $state) {\n      ...ProposalFields\n      ...ProposalTriggerDetail\n    }\n  }\n": types.ChangeProposalsDocument,
    "\n  query ProposalTrail($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      trail {\n        at\n        actor\n        party\n        step\n        note\n      }\n    }\n  }\n": types.ProposalTrailDocument,
    "\n  query TriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      date\n      reference\n      text\n      recordedBy\n    }\n    changeRequests {\n      id\n      party\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n      }\n      declineReasons\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      year\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n    }\n    # issue 18: evaluation: the Minister's evaluation audits an EVALUATION trigger may name\n    evaluations {\n      id\n      title\n      state\n    }\n  }\n": types.TriggerRecordsDocument,
    "\n  query OwnChangeRequests {\n    changeRequests {\n      id\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n        title\n      }\n      declineReasons\n    }\n  }\n": types.OwnChangeRequestsDocument,
    "\n  mutation RecordJaaraanschrijving($i: RecordJaaraanschrijvingInput!) {\n    recordJaaraanschrijving(input: $i) {\n      id\n    }\n  }\n": types.RecordJaaraanschrijvingDocument,
    "\n  mutation DraftChangeProposal($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n": types.DraftChangeProposalDocument,
    "\n  mutation UpdateChangeProposal($i: UpdateChangeProposalInput!) {\n    updateChangeProposal(input: $i) {\n      id\n    }\n  }\n": types.UpdateChangeProposalDocument,
    "\n  mutation OpenConsultation($id: ID!, $d: String!) {\n    openConsultation(proposalId: $id, respondBy: $d) {\n      id\n    }\n  }\n": types.OpenConsultationDocument,
    "\n  mutation SubmitChangeProposal($id: ID!) {\n    submitChangeProposal(proposalId: $id) {\n      id\n    }\n  }\n": types.SubmitChangeProposalDocument,
    "\n  mutation WithdrawChangeProposal($id: ID!, $r: String!) {\n    withdrawChangeProposal(proposalId: $id, reason: $r) {\n      id\n    }\n  }\n": types.WithdrawChangeProposalDocument,
    "\n  mutation DeclineChangeRequest($id: ID!, $r: String!) {\n    declineChangeRequest(id: $id, reasons: $r) {\n      id\n    }\n  }\n": types.DeclineChangeRequestDocument,
    "\n  mutation RequestPolicyChange($i: RequestPolicyChangeInput!) {\n    requestPolicyChange(input: $i) {\n      id\n    }\n  }\n": types.RequestPolicyChangeDocument,
    "\n  mutation RespondToConsultation($i: ConsultationResponseInput!) {\n    respondToConsultation(input: $i) {\n      id\n    }\n  }\n": types.RespondToConsultationDocument,
    "\n  query BoardPolicyItems {\n    boardItems(kind: POLICY_CHANGE) {\n      id\n      title\n      year\n      submittedAt\n      advice\n      advisedBy\n      decision\n      decisionText\n      decidedBy\n      changeProposal {\n        ...ProposalFields\n        ...ProposalTriggerDetail\n      }\n    }\n  }\n": types.BoardPolicyItemsDocument,
    "\n  mutation AdviseBoardItem($id: ID!, $a: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n": types.AdviseBoardItemDocument,
    "\n  mutation DecideBoardItem($i: DecisionInput!) {\n    decideBoardItem(input: $i) {\n      id\n    }\n  }\n": types.DecideBoardItemDocument,
    "\n  query RiskScale {\n    riskScale {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n": types.RiskScaleDocument,
    "\n  mutation SetRiskScale($input: RiskScaleInput!) {\n    setRiskScale(input: $input) {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n": types.SetRiskScaleDocument,
    "\n  query RiskMeasureSearch($search: String!) {\n    requirements(frameworkCode: \"BIO2\", search: $search, kind: MAATREGEL, limit: 10) {\n      total\n      items {\n        frameworkCode\n        identifier\n        title\n      }\n    }\n  }\n": types.RiskMeasureSearchDocument,
    "\n  query RiskThreatsAndFacilities {\n    threats {\n      code\n      name\n      category\n      description\n    }\n    facilities {\n      code\n      name\n      bbn\n      usedBy {\n        code\n      }\n    }\n  }\n": types.RiskThreatsAndFacilitiesDocument,
    "\n  query RiskAnalysis($id: ID!) {\n    riskAnalysis(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      kind\n      scope\n      ownerParty {\n        name\n      }\n      facilityCodes\n      facilities {\n        code\n        name\n      }\n      method\n      state\n      dueDate\n      changeProposal {\n        id\n        number\n        state\n      }\n      threats {\n        id\n        catalogueThreat {\n          code\n        }\n        name\n        description\n      }\n      risks {\n        id\n        title\n        description\n        facilityCode\n        facility {\n          name\n        }\n        threatIds\n        inherent {\n          likelihood\n          impact\n          level\n        }\n        residual {\n          likelihood\n          impact\n          level\n        }\n        treatment {\n          id\n          kind\n          description\n          measures {\n            frameworkCode\n            identifier\n          }\n          owner\n          dueDate\n          status\n          completedBy\n          completedAt\n          completionNote\n          acceptance {\n            state\n          }\n        }\n      }\n      consultation {\n        respondBy\n        parties {\n          party {\n            code\n            name\n          }\n          response {\n            id\n            position\n            reasoning\n            answer\n          }\n        }\n        missing {\n          name\n        }\n      }\n      finalisedBy\n      finalisedAt\n      finalisedPastDeadlineNote\n      versions {\n        id\n        version\n        state\n        finalisedAt\n      }\n    }\n  }\n": types.RiskAnalysisDocument,
    "\n  query RiskRegister {\n    riskRegister {\n      party {\n        name\n      }\n      analyses {\n        id\n        number\n        version\n        title\n        state\n        dueDate\n        facilities {\n          name\n        }\n        risks {\n          residual {\n            level\n          }\n        }\n      }\n      heatMap {\n        likelihood\n        impact\n        level\n        inherent\n        residual\n      }\n    }\n  }\n": types.RiskRegisterDocument,
    "\n  query RiskAcceptances {\n    riskRegister {\n      analyses {\n        id\n        number\n        risks {\n          id\n          title\n          residual {\n            likelihood\n            impact\n            level\n          }\n          treatment {\n            description\n            acceptance {\n              state\n              proposedBy\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RiskAcceptancesDocument,
    "\n  query RiskConsultationTasks {\n    riskConsultationTasks {\n      party {\n        code\n        name\n      }\n      respondBy\n      overdue\n      response {\n        position\n        reasoning\n        answer\n      }\n      analysis {\n        id\n        number\n        title\n        state\n      }\n    }\n  }\n": types.RiskConsultationTasksDocument,
    "\n  query RiskAcceptanceLevel {\n    riskAcceptanceLevel {\n      level\n      isDefault\n      setBy\n      setAt\n    }\n  }\n": types.RiskAcceptanceLevelDocument,
    "\n  query RiskOverview {\n    riskOverview {\n      aggregates {\n        party {\n          code\n          name\n        }\n        facilityCode\n        facility {\n          code\n          name\n        }\n        inherent {\n          level\n          count\n        }\n        residual {\n          level\n          count\n        }\n      }\n      late {\n        analysisId\n        number\n        title\n        ownerParty {\n          code\n          name\n        }\n        facilityCodes\n        dueDate\n        respondBy\n        finalisedAt\n        note\n      }\n      openSupplementary\n      openConsultations\n    }\n  }\n": types.RiskOverviewDocument,
    "\n  query RiskAnalysisPdf($id: ID!) {\n    riskAnalysisPdf(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.RiskAnalysisPdfDocument,
    "\n  query RiskRegisterXlsx {\n    riskRegisterXlsx {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.RiskRegisterXlsxDocument,
    "\n  query RiskPoam {\n    riskPoam {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.RiskPoamDocument,
    "\n  mutation DraftRiskAnalysis($i: DraftRiskAnalysisInput!) {\n    draftRiskAnalysis(input: $i) {\n      id\n      number\n    }\n  }\n": types.DraftRiskAnalysisDocument,
    "\n  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {\n    updateRiskAnalysis(input: $i) {\n      id\n    }\n  }\n": types.UpdateRiskAnalysisDocument,
    "\n  mutation OpenRiskConsultation($i: OpenRiskConsultationInput!) {\n    openRiskConsultation(input: $i) {\n      id\n      state\n    }\n  }\n": types.OpenRiskConsultationDocument,
    "\n  mutation RespondToRiskConsultation($i: RespondToRiskConsultationInput!) {\n    respondToRiskConsultation(input: $i) {\n      id\n    }\n  }\n": types.RespondToRiskConsultationDocument,
    "\n  mutation AnswerRiskConsultationResponse($i: AnswerRiskConsultationInput!) {\n    answerRiskConsultationResponse(input: $i) {\n      id\n      answer\n    }\n  }\n": types.AnswerRiskConsultationResponseDocument,
    "\n  mutation FinaliseRiskAnalysis($i: FinaliseRiskAnalysisInput!) {\n    finaliseRiskAnalysis(input: $i) {\n      id\n      state\n    }\n  }\n": types.FinaliseRiskAnalysisDocument,
    "\n  mutation ReviseRiskAnalysis($id: ID!) {\n    reviseRiskAnalysis(id: $id) {\n      id\n      version\n    }\n  }\n": types.ReviseRiskAnalysisDocument,
    "\n  mutation CompleteRiskTreatment($treatmentId: ID!, $note: String!) {\n    completeRiskTreatment(treatmentId: $treatmentId, note: $note) {\n      id\n      status\n      completedBy\n      completedAt\n      completionNote\n    }\n  }\n": types.CompleteRiskTreatmentDocument,
    "\n  mutation DiscardRiskAnalysis($id: ID!) {\n    discardRiskAnalysis(id: $id)\n  }\n": types.DiscardRiskAnalysisDocument,
    "\n  mutation DecideRiskAcceptance($i: DecideRiskAcceptanceInput!) {\n    decideRiskAcceptance(input: $i) {\n      id\n    }\n  }\n": types.DecideRiskAcceptanceDocument,
    "\n  mutation SetRiskAcceptanceLevel($level: RiskLevel!) {\n    setRiskAcceptanceLevel(level: $level) {\n      level\n      isDefault\n    }\n  }\n": types.SetRiskAcceptanceLevelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogFields on AuditLogStatus {\n    service\n    entries\n    intact\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLogFields on AuditLogStatus {\n    service\n    entries\n    intact\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditAnchorFields on AuditAnchor {\n    service\n    seq\n    hash\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment AuditAnchorFields on AuditAnchor {\n    service\n    seq\n    hash\n    problems {\n      seq\n      problem\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAnchors {\n    auditAnchors {\n      ...AuditAnchorFields\n    }\n    governanceAuditAnchor {\n      ...AuditAnchorFields\n    }\n  }\n"): (typeof documents)["\n  query AuditAnchors {\n    auditAnchors {\n      ...AuditAnchorFields\n    }\n    governanceAuditAnchor {\n      ...AuditAnchorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs(\n    $policy: AuditAnchorInput\n    $risk: AuditAnchorInput\n    $icv: AuditAnchorInput\n    $governance: AuditAnchorInput\n  ) {\n    policyAuditLog(anchor: $policy) {\n      ...AuditLogFields\n    }\n    riskAuditLog(anchor: $risk) {\n      ...AuditLogFields\n    }\n    icvAuditLog(anchor: $icv) {\n      ...AuditLogFields\n    }\n    governanceAuditLog(anchor: $governance) {\n      ...AuditLogFields\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs(\n    $policy: AuditAnchorInput\n    $risk: AuditAnchorInput\n    $icv: AuditAnchorInput\n    $governance: AuditAnchorInput\n  ) {\n    policyAuditLog(anchor: $policy) {\n      ...AuditLogFields\n    }\n    riskAuditLog(anchor: $risk) {\n      ...AuditLogFields\n    }\n    icvAuditLog(anchor: $icv) {\n      ...AuditLogFields\n    }\n    governanceAuditLog(anchor: $governance) {\n      ...AuditLogFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditedParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AuditedParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailPageFields on AuditTrailPage {\n    total\n    offset\n    limit\n    entries {\n      service\n      seq\n      occurredAt\n      actor\n      party\n      action\n      subject\n      reason\n      before\n      after\n      correlationId\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTrailPageFields on AuditTrailPage {\n    total\n    offset\n    limit\n    entries {\n      service\n      seq\n      occurredAt\n      actor\n      party\n      action\n      subject\n      reason\n      before\n      after\n      correlationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail(\n    $policy: AuditTrailFilter\n    $risk: AuditTrailFilter\n    $icv: AuditTrailFilter\n    $governance: AuditTrailFilter\n  ) {\n    policyAuditTrail(filter: $policy) {\n      ...AuditTrailPageFields\n    }\n    riskAuditTrail(filter: $risk) {\n      ...AuditTrailPageFields\n    }\n    icvAuditTrail(filter: $icv) {\n      ...AuditTrailPageFields\n    }\n    governanceAuditTrail(filter: $governance) {\n      ...AuditTrailPageFields\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail(\n    $policy: AuditTrailFilter\n    $risk: AuditTrailFilter\n    $icv: AuditTrailFilter\n    $governance: AuditTrailFilter\n  ) {\n    policyAuditTrail(filter: $policy) {\n      ...AuditTrailPageFields\n    }\n    riskAuditTrail(filter: $risk) {\n      ...AuditTrailPageFields\n    }\n    icvAuditTrail(filter: $icv) {\n      ...AuditTrailPageFields\n    }\n    governanceAuditTrail(filter: $governance) {\n      ...AuditTrailPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditedSubmissions($y: Int!, $p: ID) {\n    icv(year: $y, party: $p) {\n      id\n      versions {\n        version\n        state\n        submittedAt\n        snapshot {\n          takenAt\n          origin\n          profileVersion\n          statement\n          proposedStatement\n          progress {\n            applicable\n            implemented\n            partly\n            notImplemented\n            notApplicable\n            percentImplemented\n          }\n          entries {\n            frameworkCode\n            identifier\n            title\n            text\n            frameworkVersion\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditedSubmissions($y: Int!, $p: ID) {\n    icv(year: $y, party: $p) {\n      id\n      versions {\n        version\n        state\n        submittedAt\n        snapshot {\n          takenAt\n          origin\n          profileVersion\n          statement\n          proposedStatement\n          progress {\n            applicable\n            implemented\n            partly\n            notImplemented\n            notApplicable\n            percentImplemented\n          }\n          entries {\n            frameworkCode\n            identifier\n            title\n            text\n            frameworkVersion\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpCalendar($year: Int!) {\n    calendar(year: $year) {\n      milestone\n      date\n      label\n      cycleYear\n      period\n    }\n  }\n"): (typeof documents)["\n  query BbpCalendar($year: Int!) {\n    calendar(year: $year) {\n      milestone\n      date\n      label\n      cycleYear\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpYears {\n    bbpYears {\n      year\n      state\n    }\n  }\n"): (typeof documents)["\n  query BbpYears {\n    bbpYears {\n      year\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BbpYearFields on BbpYear {\n    year\n    policyVersion\n    state\n    wishesDeadline\n    progressReportMoments\n    smbMeetings\n    bmbMeetings\n    adoptionDate\n    paragraph\n    consolidatedBy\n    consolidatedAt\n    openedBy\n    openedAt\n    wishParties {\n      party {\n        code\n        name\n      }\n      description\n      submitted\n      late\n    }\n    boardItem {\n      ...BbpBoardItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment BbpYearFields on BbpYear {\n    year\n    policyVersion\n    state\n    wishesDeadline\n    progressReportMoments\n    smbMeetings\n    bmbMeetings\n    adoptionDate\n    paragraph\n    consolidatedBy\n    consolidatedAt\n    openedBy\n    openedAt\n    wishParties {\n      party {\n        code\n        name\n      }\n      description\n      submitted\n      late\n    }\n    boardItem {\n      ...BbpBoardItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BbpBoardItemFields on BoardItem {\n    id\n    kind\n    title\n    year\n    submittedAt\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment BbpBoardItemFields on BoardItem {\n    id\n    kind\n    title\n    year\n    submittedAt\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpYear($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n  }\n"): (typeof documents)["\n  query BbpYear($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpIcvCycle($year: Int!) {\n    cycle(year: $year) {\n      year\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n"): (typeof documents)["\n  query BbpIcvCycle($year: Int!) {\n    cycle(year: $year) {\n      year\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBbpYear($input: BbpYearInput!) {\n    openBbpYear(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenBbpYear($input: BbpYearInput!) {\n    openBbpYear(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBbpCalendar($input: BbpYearInput!) {\n    updateBbpCalendar(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBbpCalendar($input: BbpYearInput!) {\n    updateBbpCalendar(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BbpWishFields on Wish {\n    id\n    year\n    party {\n      code\n      name\n    }\n    subject\n    reasoning\n    estimatedCost\n    priority\n    submittedBy\n    submittedAt\n    late\n    withdrawn\n    disposition\n    dispositionNote\n  }\n"): (typeof documents)["\n  fragment BbpWishFields on Wish {\n    id\n    year\n    party {\n      code\n      name\n    }\n    subject\n    reasoning\n    estimatedCost\n    priority\n    submittedBy\n    submittedAt\n    late\n    withdrawn\n    disposition\n    dispositionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpWishes($year: Int!) {\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n"): (typeof documents)["\n  query BbpWishes($year: Int!) {\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpConsolidation($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n"): (typeof documents)["\n  query BbpConsolidation($year: Int!) {\n    bbpYear(year: $year) {\n      ...BbpYearFields\n    }\n    wishes(year: $year) {\n      ...BbpWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BbpSubmitWish($input: WishInput!) {\n    submitWish(input: $input) {\n      ...BbpWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation BbpSubmitWish($input: WishInput!) {\n    submitWish(input: $input) {\n      ...BbpWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BbpWithdrawWish($id: ID!) {\n    withdrawWish(id: $id) {\n      ...BbpWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation BbpWithdrawWish($id: ID!) {\n    withdrawWish(id: $id) {\n      ...BbpWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolidateBbp($input: BbpConsolidationInput!) {\n    consolidateBbp(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolidateBbp($input: BbpConsolidationInput!) {\n    consolidateBbp(input: $input) {\n      ...BbpYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBbpForAdoption($year: Int!) {\n    submitBbpForAdoption(year: $year) {\n      ...BbpYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBbpForAdoption($year: Int!) {\n    submitBbpForAdoption(year: $year) {\n      ...BbpYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BbpPeriodFields on ProgressPeriodOverview {\n    year\n    period\n    due\n    reports {\n      party {\n        code\n        name\n      }\n      reportId\n      policyVersion\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n      submittedAt\n      late\n    }\n    missing {\n      code\n      name\n    }\n    total\n    onTrack\n    overdue\n    withoutOwner\n    percentOnTrack\n  }\n"): (typeof documents)["\n  fragment BbpPeriodFields on ProgressPeriodOverview {\n    year\n    period\n    due\n    reports {\n      party {\n        code\n        name\n      }\n      reportId\n      policyVersion\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n      submittedAt\n      late\n    }\n    missing {\n      code\n      name\n    }\n    total\n    onTrack\n    overdue\n    withoutOwner\n    percentOnTrack\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbpProgressOverview($year: Int!) {\n    progressOverview(year: $year) {\n      year\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n        updatedAt\n      }\n      periods {\n        ...BbpPeriodFields\n      }\n    }\n    boardItems(kind: PROGRESS_REPORTS, year: $year) {\n      ...BbpBoardItemFields\n      progressPeriod {\n        ...BbpPeriodFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BbpProgressOverview($year: Int!) {\n    progressOverview(year: $year) {\n      year\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n        updatedAt\n      }\n      periods {\n        ...BbpPeriodFields\n      }\n    }\n    boardItems(kind: PROGRESS_REPORTS, year: $year) {\n      ...BbpBoardItemFields\n      progressPeriod {\n        ...BbpPeriodFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BbpAdviseBoardItem($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BbpBoardItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation BbpAdviseBoardItem($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BbpBoardItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BbpDecideBoardItem($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BbpBoardItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation BbpDecideBoardItem($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BbpBoardItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardItemDecisionFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment BoardItemDecisionFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardItemAdvise($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BoardItemDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation BoardItemAdvise($id: ID!, $advice: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $advice) {\n      ...BoardItemDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardItemDecide($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BoardItemDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation BoardItemDecide($input: DecisionInput!) {\n    decideBoardItem(input: $input) {\n      ...BoardItemDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmbDashboard($year: Int!) {\n    smbDashboard(year: $year) {\n      year\n      asOf\n      icvs {\n        party {\n          code\n          name\n        }\n        year\n        standing\n        decision\n        overdue\n      }\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n      }\n      instructions {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      findings {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      facilitiesReviewDue {\n        facilityCode\n        reviewDue\n        overdue\n      }\n      riskWork {\n        openSupplementaryAnalyses\n        openConsultations\n        overdueConsultations\n      }\n      openEscalations\n    }\n  }\n"): (typeof documents)["\n  query SmbDashboard($year: Int!) {\n    smbDashboard(year: $year) {\n      year\n      asOf\n      icvs {\n        party {\n          code\n          name\n        }\n        year\n        standing\n        decision\n        overdue\n      }\n      plans {\n        party {\n          code\n          name\n        }\n        policyVersion\n        state\n        updateDueDate\n        total\n        onTrack\n        overdue\n        withoutOwner\n      }\n      instructions {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      findings {\n        open\n        overdue\n        byParty {\n          party {\n            code\n            name\n          }\n          open\n          overdue\n        }\n      }\n      facilitiesReviewDue {\n        facilityCode\n        reviewDue\n        overdue\n      }\n      riskWork {\n        openSupplementaryAnalyses\n        openConsultations\n        overdueConsultations\n      }\n      openEscalations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmbSignalFeed($limit: Int!, $offset: Int!) {\n    smbSignals(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        subject\n        summary\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmbSignalFeed($limit: Int!, $offset: Int!) {\n    smbSignals(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        subject\n        summary\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationFields on Escalation {\n    id\n    title\n    question\n    raisedBy\n    raisedByParty {\n      code\n      name\n    }\n    raisedAt\n    positionsDue\n    state\n    parties {\n      code\n      name\n    }\n    positions {\n      party {\n        code\n        name\n      }\n      stance\n      reasoning\n      recordedBy\n      recordedAt\n    }\n    missing {\n      code\n      name\n    }\n    decidable\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationFields on Escalation {\n    id\n    title\n    question\n    raisedBy\n    raisedByParty {\n      code\n      name\n    }\n    raisedAt\n    positionsDue\n    state\n    parties {\n      code\n      name\n    }\n    positions {\n      party {\n        code\n        name\n      }\n      stance\n      reasoning\n      recordedBy\n      recordedAt\n    }\n    missing {\n      code\n      name\n    }\n    decidable\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalations {\n    escalations {\n      ...EscalationFields\n    }\n  }\n"): (typeof documents)["\n  query Escalations {\n    escalations {\n      ...EscalationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query EscalationParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      ...EscalationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      ...EscalationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEscalationPosition($input: EscalationPositionInput!) {\n    recordEscalationPosition(input: $input) {\n      ...EscalationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEscalationPosition($input: EscalationPositionInput!) {\n    recordEscalationPosition(input: $input) {\n      ...EscalationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationSchedule {\n    evaluationSchedule {\n      inForceSince\n      lastCompletedOn\n      dueBy\n      warnFrom\n      warning\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query EvaluationSchedule {\n    evaluationSchedule {\n      inForceSince\n      lastCompletedOn\n      dueBy\n      warnFrom\n      warning\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evaluations {\n    evaluations {\n      id\n      kind\n      title\n      periodFrom\n      periodTo\n      scope\n      auditor\n      reason\n      state\n      findings {\n        id\n        text\n        followUp\n        state\n      }\n      report {\n        filename\n        contentType\n        size\n        uploadedBy\n        uploadedAt\n      }\n      completedOn\n      startedBy\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  query Evaluations {\n    evaluations {\n      id\n      kind\n      title\n      periodFrom\n      periodTo\n      scope\n      auditor\n      reason\n      state\n      findings {\n        id\n        text\n        followUp\n        state\n      }\n      report {\n        filename\n        contentType\n        size\n        uploadedBy\n        uploadedAt\n      }\n      completedOn\n      startedBy\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationReport($id: ID!) {\n    evaluationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query EvaluationReport($id: ID!) {\n    evaluationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvaluationResult($input: EvaluationResultInput!) {\n    recordEvaluationResult(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEvaluationResult($input: EvaluationResultInput!) {\n    recordEvaluationResult(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardInstructions {\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n      reason\n      issuedAt\n      doneReport\n      reportedBy\n      boardItem {\n        id\n        title\n      }\n    }\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query BoardInstructions {\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n      reason\n      issuedAt\n      doneReport\n      reportedBy\n      boardItem {\n        id\n        title\n      }\n    }\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInstruction($i: IssueInstructionInput!) {\n    issueInstruction(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInstruction($i: IssueInstructionInput!) {\n    issueInstruction(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation BoardReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvestigationFields on Investigation {\n    id\n    title\n    scope\n    investigator\n    dueDate\n    state\n    summary\n    proposedBy\n    proposedAt\n    completedAt\n    findings {\n      id\n      text\n      followUp\n      state\n    }\n    report {\n      filename\n      contentType\n      size\n      uploadedBy\n      uploadedAt\n    }\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvestigationFields on Investigation {\n    id\n    title\n    scope\n    investigator\n    dueDate\n    state\n    summary\n    proposedBy\n    proposedAt\n    completedAt\n    findings {\n      id\n      text\n      followUp\n      state\n    }\n    report {\n      filename\n      contentType\n      size\n      uploadedBy\n      uploadedAt\n    }\n    boardItem {\n      ...BoardItemDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Investigations {\n    investigations {\n      ...InvestigationFields\n    }\n  }\n"): (typeof documents)["\n  query Investigations {\n    investigations {\n      ...InvestigationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestigationReport($id: ID!) {\n    investigationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query InvestigationReport($id: ID!) {\n    investigationReport(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInvestigation($i: ProposeInvestigationInput!) {\n    proposeInvestigation(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInvestigation($i: ProposeInvestigationInput!) {\n    proposeInvestigation(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInvestigationReport($i: InvestigationReportInput!) {\n    recordInvestigationReport(input: $i) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInvestigationReport($i: InvestigationReportInput!) {\n    recordInvestigationReport(input: $i) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    board\n    date\n    title\n    location\n    state\n    minutes\n    minutesRecordedBy\n    minutesRecordedAt\n    createdBy\n    attendance {\n      name\n      present\n      party {\n        code\n        name\n      }\n    }\n    agenda {\n      position\n      minute\n      # The item's fields written out: each fragment spread counts as a level of the gateway's depth limit.\n      item {\n        id\n        kind\n        title\n        advice\n        advisedBy\n        advisedAt\n        decision\n        decisionText\n        decidedBy\n        decidedAt\n        party\n        year\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    board\n    date\n    title\n    location\n    state\n    minutes\n    minutesRecordedBy\n    minutesRecordedAt\n    createdBy\n    attendance {\n      name\n      present\n      party {\n        code\n        name\n      }\n    }\n    agenda {\n      position\n      minute\n      # The item's fields written out: each fragment spread counts as a level of the gateway's depth limit.\n      item {\n        id\n        kind\n        title\n        advice\n        advisedBy\n        advisedAt\n        decision\n        decisionText\n        decidedBy\n        decidedAt\n        party\n        year\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($board: Board) {\n    meetings(board: $board) {\n      id\n      board\n      date\n      title\n      location\n      state\n    }\n  }\n"): (typeof documents)["\n  query Meetings($board: Board) {\n    meetings(board: $board) {\n      id\n      board\n      date\n      title\n      location\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOne($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingOne($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPackOfMeeting($id: ID!) {\n    meetingPack(meetingId: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MeetingPackOfMeeting($id: ID!) {\n    meetingPack(meetingId: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSources {\n    boardItems {\n      id\n      kind\n      title\n      decision\n    }\n    smbSignals(limit: 50) {\n      items {\n        id\n        kind\n        summary\n        receivedAt\n      }\n    }\n    bbpYears {\n      year\n    }\n  }\n"): (typeof documents)["\n  query MeetingSources {\n    boardItems {\n      id\n      kind\n      title\n      decision\n    }\n    smbSignals(limit: 50) {\n      items {\n        id\n        kind\n        summary\n        receivedAt\n      }\n    }\n    bbpYears {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MeetingParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingAgendaItem($input: MeetingAgendaItemInput!) {\n    addMeetingAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingAgendaItem($input: MeetingAgendaItemInput!) {\n    addMeetingAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingAgendaItem($meetingId: ID!, $boardItemId: ID!) {\n    removeMeetingAgendaItem(meetingId: $meetingId, boardItemId: $boardItemId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMeetingAgendaItem($meetingId: ID!, $boardItemId: ID!) {\n    removeMeetingAgendaItem(meetingId: $meetingId, boardItemId: $boardItemId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderMeetingAgenda($meetingId: ID!, $boardItemIds: [ID!]!) {\n    reorderMeetingAgenda(meetingId: $meetingId, boardItemIds: $boardItemIds) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderMeetingAgenda($meetingId: ID!, $boardItemIds: [ID!]!) {\n    reorderMeetingAgenda(meetingId: $meetingId, boardItemIds: $boardItemIds) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingMinutes($input: MeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeetingMinutes($input: MeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyRegister {\n    partyRegister {\n      hoofdgebruikers {\n        code\n        name\n      }\n      coUsers {\n        ...CoUserRegistrationFields\n      }\n      representatives {\n        party {\n          code\n          name\n        }\n        smb\n        bmb\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyRegister {\n    partyRegister {\n      hoofdgebruikers {\n        code\n        name\n      }\n      coUsers {\n        ...CoUserRegistrationFields\n      }\n      representatives {\n        party {\n          code\n          name\n        }\n        smb\n        bmb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoUserRegistrationFields on CoUserRegistration {\n    party {\n      code\n      name\n    }\n    category\n    responsibleHoofdgebruiker {\n      code\n      name\n    }\n    admittedOn\n    endsOn\n    active\n    facilities\n    reportingArrangement\n    reportDue\n  }\n"): (typeof documents)["\n  fragment CoUserRegistrationFields on CoUserRegistration {\n    party {\n      code\n      name\n    }\n    category\n    responsibleHoofdgebruiker {\n      code\n      name\n    }\n    admittedOn\n    endsOn\n    active\n    facilities\n    reportingArrangement\n    reportDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCoUser($input: CoUserInput!) {\n    saveCoUser(input: $input) {\n      ...CoUserRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCoUser($input: CoUserInput!) {\n    saveCoUser(input: $input) {\n      ...CoUserRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCoUser($code: ID!, $endsOn: String!) {\n    endCoUser(code: $code, endsOn: $endsOn) {\n      ...CoUserRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndCoUser($code: ID!, $endsOn: String!) {\n    endCoUser(code: $code, endsOn: $endsOn) {\n      ...CoUserRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoardRepresentation($input: BoardRepresentationInput!) {\n    setBoardRepresentation(input: $input) {\n      party {\n        code\n        name\n      }\n      smb\n      bmb\n    }\n  }\n"): (typeof documents)["\n  mutation SetBoardRepresentation($input: BoardRepresentationInput!) {\n    setBoardRepresentation(input: $input) {\n      party {\n        code\n        name\n      }\n      smb\n      bmb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupReportItemFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment WorkingGroupReportItemFields on BoardItem {\n    id\n    kind\n    title\n    advice\n    advisedBy\n    advisedAt\n    decision\n    decisionText\n    decidedBy\n    decidedAt\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupFields on WorkingGroup {\n    id\n    name\n    mandate\n    state\n    establishedOn\n    dissolvedOn\n    members {\n      party {\n        code\n        name\n      }\n      name\n    }\n    reports {\n      ...WorkingGroupReportItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingGroupFields on WorkingGroup {\n    id\n    name\n    mandate\n    state\n    establishedOn\n    dissolvedOn\n    members {\n      party {\n        code\n        name\n      }\n      name\n    }\n    reports {\n      ...WorkingGroupReportItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups {\n    workingGroups {\n      ...WorkingGroupFields\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroups {\n    workingGroups {\n      ...WorkingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupParties {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWorkingGroup($input: WorkingGroupInput!) {\n    saveWorkingGroup(input: $input) {\n      ...WorkingGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWorkingGroup($input: WorkingGroupInput!) {\n    saveWorkingGroup(input: $input) {\n      ...WorkingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveWorkingGroup($id: ID!) {\n    dissolveWorkingGroup(id: $id) {\n      ...WorkingGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation DissolveWorkingGroup($id: ID!) {\n    dissolveWorkingGroup(id: $id) {\n      ...WorkingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWorkingGroupReport($input: WorkingGroupReportInput!) {\n    submitWorkingGroupReport(input: $input) {\n      ...WorkingGroupReportItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitWorkingGroupReport($input: WorkingGroupReportInput!) {\n    submitWorkingGroupReport(input: $input) {\n      ...WorkingGroupReportItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frameworks {\n    frameworks {\n      code\n      name\n      version\n      licence\n      attribution\n      ownerParty\n      requirementCount\n    }\n  }\n"): (typeof documents)["\n  query Frameworks {\n    frameworks {\n      code\n      name\n      version\n      licence\n      attribution\n      ownerParty\n      requirementCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requirements($code: ID!, $search: String, $kind: RequirementKind, $offset: Int) {\n    requirements(frameworkCode: $code, search: $search, kind: $kind, limit: 25, offset: $offset) {\n      total\n      items {\n        frameworkCode\n        identifier\n        kind\n        title\n        text\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Requirements($code: ID!, $search: String, $kind: RequirementKind, $offset: Int) {\n    requirements(frameworkCode: $code, search: $search, kind: $kind, limit: 25, offset: $offset) {\n      total\n      items {\n        frameworkCode\n        identifier\n        kind\n        title\n        text\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementMappings($code: ID!, $id: ID!) {\n    requirement(frameworkCode: $code, identifier: $id) {\n      mappings {\n        relationship\n        requirement {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequirementMappings($code: ID!, $id: ID!) {\n    requirement(frameworkCode: $code, identifier: $id) {\n      mappings {\n        relationship\n        requirement {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyFrameworks {\n    partyFrameworks {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"): (typeof documents)["\n  query PartyFrameworks {\n    partyFrameworks {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachFramework($c: ID!) {\n    attachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"): (typeof documents)["\n  mutation AttachFramework($c: ID!) {\n    attachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachFramework($c: ID!) {\n    detachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"): (typeof documents)["\n  mutation DetachFramework($c: ID!) {\n    detachFramework(frameworkCode: $c) {\n      code\n      name\n      version\n      ownerParty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProblemFields on ImportProblem {\n    row\n    path\n    message\n    key\n    params {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ImportProblemFields on ImportProblem {\n    row\n    path\n    message\n    key\n    params {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    imported\n    rowsRead\n    rowsAccepted\n    rowsRejected\n    added\n    updated\n    removed\n    problems {\n      ...ImportProblemFields\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    imported\n    rowsRead\n    rowsAccepted\n    rowsRejected\n    added\n    updated\n    removed\n    problems {\n      ...ImportProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFramework($i: ImportFrameworkInput!) {\n    importFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFramework($i: ImportFrameworkInput!) {\n    importFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPartyFramework($i: ImportFrameworkInput!) {\n    importPartyFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPartyFramework($i: ImportFrameworkInput!) {\n    importPartyFramework(input: $i) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMappings($i: ImportMappingsInput!) {\n    importMappings(input: $i) {\n      imported\n      rowsRead\n      rowsAccepted\n      rowsRejected\n      added\n      updated\n      removed\n      problems {\n        ...ImportProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMappings($i: ImportMappingsInput!) {\n    importMappings(input: $i) {\n      imported\n      rowsRead\n      rowsAccepted\n      rowsRejected\n      added\n      updated\n      removed\n      problems {\n        ...ImportProblemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BbnProfile {\n    bbnProfile {\n      version\n      rationale\n      publishedBy\n      publishedAt\n      levels {\n        bbn\n        applicableCount\n        introduced {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n    bbnProfiles {\n      version\n      current\n      rationale\n      publishedBy\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query BbnProfile {\n    bbnProfile {\n      version\n      rationale\n      publishedBy\n      publishedAt\n      levels {\n        bbn\n        applicableCount\n        introduced {\n          frameworkCode\n          identifier\n          title\n          text\n        }\n      }\n    }\n    bbnProfiles {\n      version\n      current\n      rationale\n      publishedBy\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishBbnProfile($i: PublishBbnProfileInput!) {\n    publishBbnProfile(input: $i) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishBbnProfile($i: PublishBbnProfileInput!) {\n    publishBbnProfile(input: $i) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupRequirement($f: ID!, $i: ID!) {\n    requirement(frameworkCode: $f, identifier: $i) {\n      frameworkCode\n      identifier\n      title\n      text\n      kind\n    }\n  }\n"): (typeof documents)["\n  query LookupRequirement($f: ID!, $i: ID!) {\n    requirement(frameworkCode: $f, identifier: $i) {\n      frameworkCode\n      identifier\n      title\n      text\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCatalogueChange($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCatalogueChange($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueTriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    parties {\n      code\n      name\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      reference\n    }\n    changeRequests(state: OPEN) {\n      id\n      party\n      subject\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query CatalogueTriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    parties {\n      code\n      name\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      reference\n    }\n    changeRequests(state: OPEN) {\n      id\n      party\n      subject\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Facilities {\n    facilities {\n      code\n      name\n      bbn\n      reviewDue\n      biv {\n        beschikbaarheid\n        integriteit\n        vertrouwelijkheid\n      }\n      supplementaryAnalysis {\n        status\n        dueDate\n        completedAt\n        analysis {\n          id\n          number\n        }\n      }\n      usedBy {\n        code\n        name\n      }\n      applicableMeasures {\n        total\n        profileVersion\n        supplementaryMeasuresApply\n      }\n    }\n  }\n"): (typeof documents)["\n  query Facilities {\n    facilities {\n      code\n      name\n      bbn\n      reviewDue\n      biv {\n        beschikbaarheid\n        integriteit\n        vertrouwelijkheid\n      }\n      supplementaryAnalysis {\n        status\n        dueDate\n        completedAt\n        analysis {\n          id\n          number\n        }\n      }\n      usedBy {\n        code\n        name\n      }\n      applicableMeasures {\n        total\n        profileVersion\n        supplementaryMeasuresApply\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyFacility($input: ClassifyFacilityInput!) {\n    classifyFacility(input: $input) {\n      code\n      bbn\n      supplementaryAnalysis {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClassifyFacility($input: ClassifyFacilityInput!) {\n    classifyFacility(input: $input) {\n      code\n      bbn\n      supplementaryAnalysis {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleChoice {\n    cycleChoice {\n      years\n      defaultYear\n    }\n  }\n"): (typeof documents)["\n  query CycleChoice {\n    cycleChoice {\n      years\n      defaultYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($y: Int!, $p: ID) {\n    assessment(year: $y, party: $p) {\n      frozen\n      policyReview {\n        policyVersion\n        adoptedAt\n        confirmedBy\n        confirmedAt\n      }\n      proposedStatement\n      progress {\n        applicable\n        assessed\n        implemented\n        percentAssessed\n        percentImplemented\n      }\n      byFacility {\n        facilityCode\n        progress {\n          applicable\n          assessed\n          implemented\n          percentAssessed\n          percentImplemented\n        }\n      }\n      entries {\n        frameworkCode\n        identifier\n        facilities\n        status\n        justification\n        title\n        text\n        evidence {\n          id\n          filename\n          sizeBytes\n        }\n        findings {\n          id\n          description\n          action\n          owner\n          dueDate\n          status\n          carriedOverFrom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assessment($y: Int!, $p: ID) {\n    assessment(year: $y, party: $p) {\n      frozen\n      policyReview {\n        policyVersion\n        adoptedAt\n        confirmedBy\n        confirmedAt\n      }\n      proposedStatement\n      progress {\n        applicable\n        assessed\n        implemented\n        percentAssessed\n        percentImplemented\n      }\n      byFacility {\n        facilityCode\n        progress {\n          applicable\n          assessed\n          implemented\n          percentAssessed\n          percentImplemented\n        }\n      }\n      entries {\n        frameworkCode\n        identifier\n        facilities\n        status\n        justification\n        title\n        text\n        evidence {\n          id\n          filename\n          sizeBytes\n        }\n        findings {\n          id\n          description\n          action\n          owner\n          dueDate\n          status\n          carriedOverFrom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessMeasures($i: AssessMeasuresInput!) {\n    assessMeasures(input: $i) {\n      frozen\n    }\n  }\n"): (typeof documents)["\n  mutation AssessMeasures($i: AssessMeasuresInput!) {\n    assessMeasures(input: $i) {\n      frozen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadEvidence($i: EvidenceInput!) {\n    uploadEvidence(input: $i) {\n      id\n      filename\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation UploadEvidence($i: EvidenceInput!) {\n    uploadEvidence(input: $i) {\n      id\n      filename\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($i: FindingInput!) {\n    recordFinding(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFinding($i: FindingInput!) {\n    recordFinding(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFinding($id: ID!) {\n    closeFinding(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFinding($id: ID!) {\n    closeFinding(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressFinding($id: ID!, $i: FindingProgressInput!) {\n    progressFinding(id: $id, input: $i) {\n      id\n      action\n      owner\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressFinding($id: ID!, $i: FindingProgressInput!) {\n    progressFinding(id: $id, input: $i) {\n      id\n      action\n      owner\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentXlsx($y: Int!, $p: ID) {\n    assessmentXlsx(year: $y, party: $p) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query AssessmentXlsx($y: Int!, $p: ID) {\n    assessmentXlsx(year: $y, party: $p) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceContent($id: ID!) {\n    evidenceContent(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query EvidenceContent($id: ID!) {\n    evidenceContent(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IcvFields on Icv {\n    version\n    scope\n    state\n    statement\n    proposedStatement\n    exceptions {\n      measures {\n        frameworkCode\n        identifier\n      }\n      explanation\n      plannedDate\n    }\n    coUsers {\n      party\n      report {\n        status\n      }\n      missingReason\n    }\n    preparedBy\n    signedBy\n    submittedAt\n    correctionReason\n  }\n"): (typeof documents)["\n  fragment IcvFields on Icv {\n    version\n    scope\n    state\n    statement\n    proposedStatement\n    exceptions {\n      measures {\n        frameworkCode\n        identifier\n      }\n      explanation\n      plannedDate\n    }\n    coUsers {\n      party\n      report {\n        status\n      }\n      missingReason\n    }\n    preparedBy\n    signedBy\n    submittedAt\n    correctionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Icv($y: Int!) {\n    icv(year: $y) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  query Icv($y: Int!) {\n    icv(year: $y) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartIcv($y: Int!) {\n    startIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartIcv($y: Int!) {\n    startIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IcvMeasures($y: Int!) {\n    assessment(year: $y) {\n      entries {\n        frameworkCode\n        identifier\n        status\n        requirement {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IcvMeasures($y: Int!) {\n    assessment(year: $y) {\n      entries {\n        frameworkCode\n        identifier\n        status\n        requirement {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareIcv($y: Int!, $e: [MissingReportExplanationInput!]) {\n    prepareIcv(year: $y, missingReportExplanations: $e) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrepareIcv($y: Int!, $e: [MissingReportExplanationInput!]) {\n    prepareIcv(year: $y, missingReportExplanations: $e) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIcv($y: Int!) {\n    signIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIcv($y: Int!) {\n    signIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIcv($y: Int!) {\n    submitIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIcv($y: Int!) {\n    submitIcv(year: $y) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIcv($i: UpdateIcvInput!) {\n    updateIcv(input: $i) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIcv($i: UpdateIcvInput!) {\n    updateIcv(input: $i) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectIcv($y: Int!, $r: String!) {\n    correctIcv(year: $y, reason: $r) {\n      ...IcvFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectIcv($y: Int!, $r: String!) {\n    correctIcv(year: $y, reason: $r) {\n      ...IcvFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IcvPdf($y: Int!) {\n    icvPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query IcvPdf($y: Int!) {\n    icvPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoUserReports($y: Int!) {\n    coUserReports(year: $y) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query CoUserReports($y: Int!) {\n    coUserReports(year: $y) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCoUserReport($i: CoUserReportInput!) {\n    submitCoUserReport(input: $i) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCoUserReport($i: CoUserReportInput!) {\n    submitCoUserReport(input: $i) {\n      party\n      reportsTo\n      status\n      summary\n      submittedBy\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reminders($y: Int!) {\n    reminders(year: $y) {\n      id\n      milestone\n      party\n      deadline\n      kind\n      daysLeft\n      subjectId\n      title\n    }\n  }\n"): (typeof documents)["\n  query Reminders($y: Int!) {\n    reminders(year: $y) {\n      id\n      milestone\n      party\n      deadline\n      kind\n      daysLeft\n      subjectId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instructions {\n    instructions {\n      id\n      description\n      dueDate\n      state\n      doneReport\n      reason\n    }\n  }\n"): (typeof documents)["\n  query Instructions {\n    instructions {\n      id\n      description\n      dueDate\n      state\n      doneReport\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportInstructionDone($id: ID!, $r: String!) {\n    reportInstructionDone(instructionId: $id, report: $r) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportInstructionDone($id: ID!, $r: String!) {\n    reportInstructionDone(instructionId: $id, report: $r) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($y: Int!) {\n    agenda(year: $y) {\n      id\n      party\n      version\n      statement\n      scope\n      signedBy\n      submittedAt\n      superseded\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n      proposedStatement\n      deviatesFromProposal\n      missingReports {\n        party\n        explanation\n      }\n      compliance {\n        percentImplemented\n        byFacility {\n          facilityCode\n          percentImplemented\n        }\n      }\n      advice\n      advisedBy\n      decision\n      decisionText\n      instructions {\n        id\n        description\n        dueDate\n        state\n        doneReport\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agenda($y: Int!) {\n    agenda(year: $y) {\n      id\n      party\n      version\n      statement\n      scope\n      signedBy\n      submittedAt\n      superseded\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n      proposedStatement\n      deviatesFromProposal\n      missingReports {\n        party\n        explanation\n      }\n      compliance {\n        percentImplemented\n        byFacility {\n          facilityCode\n          percentImplemented\n        }\n      }\n      advice\n      advisedBy\n      decision\n      decisionText\n      instructions {\n        id\n        description\n        dueDate\n        state\n        doneReport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cycle($y: Int!) {\n    cycle(year: $y) {\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n"): (typeof documents)["\n  query Cycle($y: Int!) {\n    cycle(year: $y) {\n      medegebruikerRapportages\n      icvIndiening\n      smbVergadering\n      bmbVergadering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdvice($id: ID!, $a: String!) {\n    recordAdvice(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAdvice($id: ID!, $a: String!) {\n    recordAdvice(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($i: DecisionInput!) {\n    recordDecision(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($i: DecisionInput!) {\n    recordDecision(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewInstruction($id: ID!, $ok: Boolean!) {\n    reviewInstruction(instructionId: $id, accept: $ok) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPack($y: Int!) {\n    meetingPackPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MeetingPack($y: Int!) {\n    meetingPackPdf(year: $y) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCycle($i: OpenCycleInput!) {\n    openCycle(input: $i) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCycle($i: OpenCycleInput!) {\n    openCycle(input: $i) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPolicyReview($y: Int!) {\n    confirmPolicyReview(year: $y) {\n      policyReview {\n        policyVersion\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPolicyReview($y: Int!) {\n    confirmPolicyReview(year: $y) {\n      policyReview {\n        policyVersion\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReviewDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReviewDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on NotificationList {\n    unread\n    items {\n      id\n      milestone\n      kind\n      party\n      deadline\n      daysLeft\n      subjectId\n      title\n      link\n      read\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on NotificationList {\n    unread\n    items {\n      id\n      milestone\n      kind\n      party\n      deadline\n      daysLeft\n      subjectId\n      title\n      link\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailPreference {\n    myMailPreference {\n      digest\n      email\n    }\n  }\n"): (typeof documents)["\n  query MyMailPreference {\n    myMailPreference {\n      digest\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($digest: DigestFrequency!) {\n    setMailPreference(digest: $digest) {\n      digest\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($digest: DigestFrequency!) {\n    setMailPreference(digest: $digest) {\n      digest\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($limit: Int, $offset: Int) {\n    mailOutbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        createdAt\n        channel\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($limit: Int, $offset: Int) {\n    mailOutbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        createdAt\n        channel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminderDigest {\n    sendReminderDigest {\n      day\n      sent\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminderDigest {\n    sendReminderDigest {\n      day\n      sent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderSettings {\n    reminderSettings {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query ReminderSettings {\n    reminderSettings {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderLeadTime($milestone: Milestone!, $leadDays: Int!) {\n    setReminderLeadTime(milestone: $milestone, leadDays: $leadDays) {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderLeadTime($milestone: Milestone!, $leadDays: Int!) {\n    setReminderLeadTime(milestone: $milestone, leadDays: $leadDays) {\n      milestone\n      leadDays\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on ImplementationPlan {\n    id\n    party\n    policyVersion\n    state\n    updateDueDate\n    previousPolicyVersion\n    confirmedBy\n    confirmedAt\n    versions\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    lines {\n      id\n      kind\n      measure {\n        frameworkCode\n        identifier\n      }\n      policyRule\n      description\n      owner\n      dueDate\n      status\n      overdue\n      carriedOver\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n      exceptions {\n        year\n        frameworkCode\n        identifier\n        explanation\n        plannedDate\n      }\n      riskTreatments {\n        treatmentId\n        analysisId\n        analysisNumber\n        riskTitle\n        kind\n        description\n        dueDate\n      }\n      updatedBy\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on ImplementationPlan {\n    id\n    party\n    policyVersion\n    state\n    updateDueDate\n    previousPolicyVersion\n    confirmedBy\n    confirmedAt\n    versions\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    lines {\n      id\n      kind\n      measure {\n        frameworkCode\n        identifier\n      }\n      policyRule\n      description\n      owner\n      dueDate\n      status\n      overdue\n      carriedOver\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n      exceptions {\n        year\n        frameworkCode\n        identifier\n        explanation\n        plannedDate\n      }\n      riskTreatments {\n        treatmentId\n        analysisId\n        analysisNumber\n        riskTitle\n        kind\n        description\n        dueDate\n      }\n      updatedBy\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPlan($version: Int) {\n    implementationPlan(policyVersion: $version) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPlan($version: Int) {\n    implementationPlan(policyVersion: $version) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPlanXlsx($version: Int) {\n    implementationPlanXlsx(policyVersion: $version) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPlanXlsx($version: Int) {\n    implementationPlanXlsx(policyVersion: $version) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlanLine($input: PlanLineInput!) {\n    savePlanLine(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlanLine($input: PlanLineInput!) {\n    savePlanLine(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanLine($id: ID!) {\n    removePlanLine(id: $id) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlanLine($id: ID!) {\n    removePlanLine(id: $id) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmImplementationPlan {\n    confirmImplementationPlan {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmImplementationPlan {\n    confirmImplementationPlan {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPolicyDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPolicyDiff($from: Int!, $to: Int!) {\n    parties {\n      code\n      name\n    }\n    policyDiff(from: $from, to: $to) {\n      changes {\n        part\n        key\n        change\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanLinkFindings($year: Int!) {\n    assessment(year: $year) {\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanLinkFindings($year: Int!) {\n    assessment(year: $year) {\n      findings {\n        id\n        frameworkCode\n        identifier\n        description\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanLinkExceptions($year: Int!) {\n    icv(year: $year) {\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanLinkExceptions($year: Int!) {\n    icv(year: $year) {\n      exceptions {\n        measures {\n          frameworkCode\n          identifier\n        }\n        explanation\n        plannedDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanLinkTreatments {\n    riskRegister {\n      analyses {\n        id\n        number\n        state\n        risks {\n          title\n          treatment {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanLinkTreatments {\n    riskRegister {\n      analyses {\n        id\n        number\n        state\n        risks {\n          title\n          treatment {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on ProgressReport {\n    id\n    party\n    year\n    period\n    due\n    state\n    summary\n    policyVersion\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    preparedBy\n    preparedAt\n    signedBy\n    signedAt\n    submittedBy\n    submittedAt\n    late\n  }\n"): (typeof documents)["\n  fragment ProgressFields on ProgressReport {\n    id\n    party\n    year\n    period\n    due\n    state\n    summary\n    policyVersion\n    rollUp {\n      total\n      done\n      onTrack\n      overdue\n      withoutOwner\n      percentOnTrack\n    }\n    preparedBy\n    preparedAt\n    signedBy\n    signedAt\n    submittedBy\n    submittedAt\n    late\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressReports($year: Int!) {\n    progressPeriods(year: $year) {\n      year\n      period\n      due\n    }\n    progressReports(year: $year) {\n      ...ProgressFields\n    }\n  }\n"): (typeof documents)["\n  query ProgressReports($year: Int!) {\n    progressPeriods(year: $year) {\n      year\n      period\n      due\n    }\n    progressReports(year: $year) {\n      ...ProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareProgressReport($input: ProgressReportInput!) {\n    prepareProgressReport(input: $input) {\n      ...ProgressFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrepareProgressReport($input: ProgressReportInput!) {\n    prepareProgressReport(input: $input) {\n      ...ProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignProgressReport($year: Int!, $period: Int!) {\n    signProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignProgressReport($year: Int!, $period: Int!) {\n    signProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProgressReport($year: Int!, $period: Int!) {\n    submitProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProgressReport($year: Int!, $period: Int!) {\n    submitProgressReport(year: $year, period: $period) {\n      ...ProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanBbpYears {\n    bbpYears {\n      year\n    }\n  }\n"): (typeof documents)["\n  query PlanBbpYears {\n    bbpYears {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPartyNames {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PolicyPartyNames {\n    parties {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyVersions {\n    policyVersions {\n      version\n      inForce\n      title\n      adoptedAt\n    }\n  }\n"): (typeof documents)["\n  query PolicyVersions {\n    policyVersions {\n      version\n      inForce\n      title\n      adoptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyVersion($v: Int) {\n    policyVersion(version: $v) {\n      version\n      inForce\n      title\n      summary\n      adoptedAt\n      adoptedBy\n      proposal {\n        id\n        number\n        title\n      }\n      responsibilities {\n        process\n        party\n        raci\n        tasks\n      }\n      requirements {\n        bbnProfileVersion\n        catalogue {\n          code\n          name\n          version\n        }\n      }\n      norms {\n        key\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      rules {\n        key\n        topic\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      recalibrationMonths\n      facilities {\n        code\n        name\n        bbn\n        biv {\n          beschikbaarheid\n          integriteit\n          vertrouwelijkheid\n        }\n        reviewDue\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyVersion($v: Int) {\n    policyVersion(version: $v) {\n      version\n      inForce\n      title\n      summary\n      adoptedAt\n      adoptedBy\n      proposal {\n        id\n        number\n        title\n      }\n      responsibilities {\n        process\n        party\n        raci\n        tasks\n      }\n      requirements {\n        bbnProfileVersion\n        catalogue {\n          code\n          name\n          version\n        }\n      }\n      norms {\n        key\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      rules {\n        key\n        topic\n        title\n        text\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n      recalibrationMonths\n      facilities {\n        code\n        name\n        bbn\n        biv {\n          beschikbaarheid\n          integriteit\n          vertrouwelijkheid\n        }\n        reviewDue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDiff($from: Int!, $to: Int!) {\n    policyDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        ...PolicyChangeLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyDiff($from: Int!, $to: Int!) {\n    policyDiff(from: $from, to: $to) {\n      from\n      to\n      changes {\n        ...PolicyChangeLineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyVersionPdf($v: Int) {\n    policyVersionPdf(version: $v) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query PolicyVersionPdf($v: Int) {\n    policyVersionPdf(version: $v) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyChangeLineFields on PolicyChangeLine {\n    part\n    key\n    change\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment PolicyChangeLineFields on PolicyChangeLine {\n    part\n    key\n    change\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on ChangeProposal {\n    id\n    number\n    title\n    rationale\n    state\n    baseVersion\n    trigger {\n      kind\n      recordId\n      reference\n      label\n    }\n    changes {\n      ...PolicyChangeLineFields\n    }\n    carried {\n      bbnProfile {\n        rationale\n      }\n      frameworkImports {\n        code\n        mode\n        report {\n          added\n          updated\n          removed\n        }\n      }\n      supplementaryMeasures {\n        facilityCode\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n    respondBy\n    responses {\n      party\n      position\n      reasons\n      respondedBy\n      respondedAt\n    }\n    awaitingResponse\n    draftedBy\n    draftedAt\n    submittedAt\n    decidedAt\n    adoptedVersion {\n      version\n    }\n    withdrawReason\n    adoptionFailure\n  }\n"): (typeof documents)["\n  fragment ProposalFields on ChangeProposal {\n    id\n    number\n    title\n    rationale\n    state\n    baseVersion\n    trigger {\n      kind\n      recordId\n      reference\n      label\n    }\n    changes {\n      ...PolicyChangeLineFields\n    }\n    carried {\n      bbnProfile {\n        rationale\n      }\n      frameworkImports {\n        code\n        mode\n        report {\n          added\n          updated\n          removed\n        }\n      }\n      supplementaryMeasures {\n        facilityCode\n        measures {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n    respondBy\n    responses {\n      party\n      position\n      reasons\n      respondedBy\n      respondedAt\n    }\n    awaitingResponse\n    draftedBy\n    draftedAt\n    submittedAt\n    decidedAt\n    adoptedVersion {\n      version\n    }\n    withdrawReason\n    adoptionFailure\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalTriggerDetail on ChangeProposal {\n    id\n    trigger {\n      jaaraanschrijving {\n        year\n        reference\n      }\n      request {\n        party\n        subject\n      }\n      icvDecision {\n        title\n        party\n        decision\n      }\n      instruction {\n        party\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalTriggerDetail on ChangeProposal {\n    id\n    trigger {\n      jaaraanschrijving {\n        year\n        reference\n      }\n      request {\n        party\n        subject\n      }\n      icvDecision {\n        title\n        party\n        decision\n      }\n      instruction {\n        party\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyCarriedProfile($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      carried {\n        bbnProfile {\n          levels {\n            bbn\n            introduced {\n              frameworkCode\n              identifier\n              title\n            }\n          }\n        }\n      }\n    }\n    bbnProfile {\n      version\n      levels {\n        bbn\n        introduced {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyCarriedProfile($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      carried {\n        bbnProfile {\n          levels {\n            bbn\n            introduced {\n              frameworkCode\n              identifier\n              title\n            }\n          }\n        }\n      }\n    }\n    bbnProfile {\n      version\n      levels {\n        bbn\n        introduced {\n          frameworkCode\n          identifier\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeProposals($state: ProposalState) {\n    changeProposals(state: $state) {\n      ...ProposalFields\n      ...ProposalTriggerDetail\n    }\n  }\n"): (typeof documents)["\n  query ChangeProposals($state: ProposalState) {\n    changeProposals(state: $state) {\n      ...ProposalFields\n      ...ProposalTriggerDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalTrail($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      trail {\n        at\n        actor\n        party\n        step\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalTrail($id: ID!) {\n    changeProposal(id: $id) {\n      id\n      trail {\n        at\n        actor\n        party\n        step\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      date\n      reference\n      text\n      recordedBy\n    }\n    changeRequests {\n      id\n      party\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n      }\n      declineReasons\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      year\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n    }\n    # issue 18: evaluation: the Minister's evaluation audits an EVALUATION trigger may name\n    evaluations {\n      id\n      title\n      state\n    }\n  }\n"): (typeof documents)["\n  query TriggerRecords {\n    riskRegister {\n      analyses {\n        id\n        number\n        version\n        title\n        state\n      }\n    }\n    jaaraanschrijvingen {\n      id\n      year\n      date\n      reference\n      text\n      recordedBy\n    }\n    changeRequests {\n      id\n      party\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n      }\n      declineReasons\n    }\n    boardItems(kind: ICV) {\n      id\n      title\n      party\n      year\n      decision\n    }\n    instructions {\n      id\n      party\n      description\n      dueDate\n      state\n    }\n    # issue 18: evaluation: the Minister's evaluation audits an EVALUATION trigger may name\n    evaluations {\n      id\n      title\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnChangeRequests {\n    changeRequests {\n      id\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n        title\n      }\n      declineReasons\n    }\n  }\n"): (typeof documents)["\n  query OwnChangeRequests {\n    changeRequests {\n      id\n      subject\n      motivation\n      state\n      requestedBy\n      requestedAt\n      proposal {\n        id\n        number\n        title\n      }\n      declineReasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordJaaraanschrijving($i: RecordJaaraanschrijvingInput!) {\n    recordJaaraanschrijving(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordJaaraanschrijving($i: RecordJaaraanschrijvingInput!) {\n    recordJaaraanschrijving(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftChangeProposal($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation DraftChangeProposal($i: DraftChangeProposalInput!) {\n    draftChangeProposal(input: $i) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChangeProposal($i: UpdateChangeProposalInput!) {\n    updateChangeProposal(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChangeProposal($i: UpdateChangeProposalInput!) {\n    updateChangeProposal(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenConsultation($id: ID!, $d: String!) {\n    openConsultation(proposalId: $id, respondBy: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenConsultation($id: ID!, $d: String!) {\n    openConsultation(proposalId: $id, respondBy: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChangeProposal($id: ID!) {\n    submitChangeProposal(proposalId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitChangeProposal($id: ID!) {\n    submitChangeProposal(proposalId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawChangeProposal($id: ID!, $r: String!) {\n    withdrawChangeProposal(proposalId: $id, reason: $r) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawChangeProposal($id: ID!, $r: String!) {\n    withdrawChangeProposal(proposalId: $id, reason: $r) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineChangeRequest($id: ID!, $r: String!) {\n    declineChangeRequest(id: $id, reasons: $r) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineChangeRequest($id: ID!, $r: String!) {\n    declineChangeRequest(id: $id, reasons: $r) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPolicyChange($i: RequestPolicyChangeInput!) {\n    requestPolicyChange(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPolicyChange($i: RequestPolicyChangeInput!) {\n    requestPolicyChange(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToConsultation($i: ConsultationResponseInput!) {\n    respondToConsultation(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToConsultation($i: ConsultationResponseInput!) {\n    respondToConsultation(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPolicyItems {\n    boardItems(kind: POLICY_CHANGE) {\n      id\n      title\n      year\n      submittedAt\n      advice\n      advisedBy\n      decision\n      decisionText\n      decidedBy\n      changeProposal {\n        ...ProposalFields\n        ...ProposalTriggerDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardPolicyItems {\n    boardItems(kind: POLICY_CHANGE) {\n      id\n      title\n      year\n      submittedAt\n      advice\n      advisedBy\n      decision\n      decisionText\n      decidedBy\n      changeProposal {\n        ...ProposalFields\n        ...ProposalTriggerDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdviseBoardItem($id: ID!, $a: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdviseBoardItem($id: ID!, $a: String!) {\n    adviseBoardItem(agendaItemId: $id, advice: $a) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBoardItem($i: DecisionInput!) {\n    decideBoardItem(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBoardItem($i: DecisionInput!) {\n    decideBoardItem(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskScale {\n    riskScale {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n"): (typeof documents)["\n  query RiskScale {\n    riskScale {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRiskScale($input: RiskScaleInput!) {\n    setRiskScale(input: $input) {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n"): (typeof documents)["\n  mutation SetRiskScale($input: RiskScaleInput!) {\n    setRiskScale(input: $input) {\n      likelihood {\n        value\n        label\n        description\n      }\n      impact {\n        value\n        label\n        description\n      }\n      levels {\n        level\n        label\n      }\n      matrix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskMeasureSearch($search: String!) {\n    requirements(frameworkCode: \"BIO2\", search: $search, kind: MAATREGEL, limit: 10) {\n      total\n      items {\n        frameworkCode\n        identifier\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskMeasureSearch($search: String!) {\n    requirements(frameworkCode: \"BIO2\", search: $search, kind: MAATREGEL, limit: 10) {\n      total\n      items {\n        frameworkCode\n        identifier\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskThreatsAndFacilities {\n    threats {\n      code\n      name\n      category\n      description\n    }\n    facilities {\n      code\n      name\n      bbn\n      usedBy {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskThreatsAndFacilities {\n    threats {\n      code\n      name\n      category\n      description\n    }\n    facilities {\n      code\n      name\n      bbn\n      usedBy {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAnalysis($id: ID!) {\n    riskAnalysis(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      kind\n      scope\n      ownerParty {\n        name\n      }\n      facilityCodes\n      facilities {\n        code\n        name\n      }\n      method\n      state\n      dueDate\n      changeProposal {\n        id\n        number\n        state\n      }\n      threats {\n        id\n        catalogueThreat {\n          code\n        }\n        name\n        description\n      }\n      risks {\n        id\n        title\n        description\n        facilityCode\n        facility {\n          name\n        }\n        threatIds\n        inherent {\n          likelihood\n          impact\n          level\n        }\n        residual {\n          likelihood\n          impact\n          level\n        }\n        treatment {\n          id\n          kind\n          description\n          measures {\n            frameworkCode\n            identifier\n          }\n          owner\n          dueDate\n          status\n          completedBy\n          completedAt\n          completionNote\n          acceptance {\n            state\n          }\n        }\n      }\n      consultation {\n        respondBy\n        parties {\n          party {\n            code\n            name\n          }\n          response {\n            id\n            position\n            reasoning\n            answer\n          }\n        }\n        missing {\n          name\n        }\n      }\n      finalisedBy\n      finalisedAt\n      finalisedPastDeadlineNote\n      versions {\n        id\n        version\n        state\n        finalisedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskAnalysis($id: ID!) {\n    riskAnalysis(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      kind\n      scope\n      ownerParty {\n        name\n      }\n      facilityCodes\n      facilities {\n        code\n        name\n      }\n      method\n      state\n      dueDate\n      changeProposal {\n        id\n        number\n        state\n      }\n      threats {\n        id\n        catalogueThreat {\n          code\n        }\n        name\n        description\n      }\n      risks {\n        id\n        title\n        description\n        facilityCode\n        facility {\n          name\n        }\n        threatIds\n        inherent {\n          likelihood\n          impact\n          level\n        }\n        residual {\n          likelihood\n          impact\n          level\n        }\n        treatment {\n          id\n          kind\n          description\n          measures {\n            frameworkCode\n            identifier\n          }\n          owner\n          dueDate\n          status\n          completedBy\n          completedAt\n          completionNote\n          acceptance {\n            state\n          }\n        }\n      }\n      consultation {\n        respondBy\n        parties {\n          party {\n            code\n            name\n          }\n          response {\n            id\n            position\n            reasoning\n            answer\n          }\n        }\n        missing {\n          name\n        }\n      }\n      finalisedBy\n      finalisedAt\n      finalisedPastDeadlineNote\n      versions {\n        id\n        version\n        state\n        finalisedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister {\n    riskRegister {\n      party {\n        name\n      }\n      analyses {\n        id\n        number\n        version\n        title\n        state\n        dueDate\n        facilities {\n          name\n        }\n        risks {\n          residual {\n            level\n          }\n        }\n      }\n      heatMap {\n        likelihood\n        impact\n        level\n        inherent\n        residual\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskRegister {\n    riskRegister {\n      party {\n        name\n      }\n      analyses {\n        id\n        number\n        version\n        title\n        state\n        dueDate\n        facilities {\n          name\n        }\n        risks {\n          residual {\n            level\n          }\n        }\n      }\n      heatMap {\n        likelihood\n        impact\n        level\n        inherent\n        residual\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAcceptances {\n    riskRegister {\n      analyses {\n        id\n        number\n        risks {\n          id\n          title\n          residual {\n            likelihood\n            impact\n            level\n          }\n          treatment {\n            description\n            acceptance {\n              state\n              proposedBy\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskAcceptances {\n    riskRegister {\n      analyses {\n        id\n        number\n        risks {\n          id\n          title\n          residual {\n            likelihood\n            impact\n            level\n          }\n          treatment {\n            description\n            acceptance {\n              state\n              proposedBy\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskConsultationTasks {\n    riskConsultationTasks {\n      party {\n        code\n        name\n      }\n      respondBy\n      overdue\n      response {\n        position\n        reasoning\n        answer\n      }\n      analysis {\n        id\n        number\n        title\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskConsultationTasks {\n    riskConsultationTasks {\n      party {\n        code\n        name\n      }\n      respondBy\n      overdue\n      response {\n        position\n        reasoning\n        answer\n      }\n      analysis {\n        id\n        number\n        title\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAcceptanceLevel {\n    riskAcceptanceLevel {\n      level\n      isDefault\n      setBy\n      setAt\n    }\n  }\n"): (typeof documents)["\n  query RiskAcceptanceLevel {\n    riskAcceptanceLevel {\n      level\n      isDefault\n      setBy\n      setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskOverview {\n    riskOverview {\n      aggregates {\n        party {\n          code\n          name\n        }\n        facilityCode\n        facility {\n          code\n          name\n        }\n        inherent {\n          level\n          count\n        }\n        residual {\n          level\n          count\n        }\n      }\n      late {\n        analysisId\n        number\n        title\n        ownerParty {\n          code\n          name\n        }\n        facilityCodes\n        dueDate\n        respondBy\n        finalisedAt\n        note\n      }\n      openSupplementary\n      openConsultations\n    }\n  }\n"): (typeof documents)["\n  query RiskOverview {\n    riskOverview {\n      aggregates {\n        party {\n          code\n          name\n        }\n        facilityCode\n        facility {\n          code\n          name\n        }\n        inherent {\n          level\n          count\n        }\n        residual {\n          level\n          count\n        }\n      }\n      late {\n        analysisId\n        number\n        title\n        ownerParty {\n          code\n          name\n        }\n        facilityCodes\n        dueDate\n        respondBy\n        finalisedAt\n        note\n      }\n      openSupplementary\n      openConsultations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAnalysisPdf($id: ID!) {\n    riskAnalysisPdf(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RiskAnalysisPdf($id: ID!) {\n    riskAnalysisPdf(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegisterXlsx {\n    riskRegisterXlsx {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RiskRegisterXlsx {\n    riskRegisterXlsx {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskPoam {\n    riskPoam {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RiskPoam {\n    riskPoam {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftRiskAnalysis($i: DraftRiskAnalysisInput!) {\n    draftRiskAnalysis(input: $i) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation DraftRiskAnalysis($i: DraftRiskAnalysisInput!) {\n    draftRiskAnalysis(input: $i) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {\n    updateRiskAnalysis(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {\n    updateRiskAnalysis(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRiskConsultation($i: OpenRiskConsultationInput!) {\n    openRiskConsultation(input: $i) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRiskConsultation($i: OpenRiskConsultationInput!) {\n    openRiskConsultation(input: $i) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRiskConsultation($i: RespondToRiskConsultationInput!) {\n    respondToRiskConsultation(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToRiskConsultation($i: RespondToRiskConsultationInput!) {\n    respondToRiskConsultation(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerRiskConsultationResponse($i: AnswerRiskConsultationInput!) {\n    answerRiskConsultationResponse(input: $i) {\n      id\n      answer\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerRiskConsultationResponse($i: AnswerRiskConsultationInput!) {\n    answerRiskConsultationResponse(input: $i) {\n      id\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseRiskAnalysis($i: FinaliseRiskAnalysisInput!) {\n    finaliseRiskAnalysis(input: $i) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseRiskAnalysis($i: FinaliseRiskAnalysisInput!) {\n    finaliseRiskAnalysis(input: $i) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseRiskAnalysis($id: ID!) {\n    reviseRiskAnalysis(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseRiskAnalysis($id: ID!) {\n    reviseRiskAnalysis(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRiskTreatment($treatmentId: ID!, $note: String!) {\n    completeRiskTreatment(treatmentId: $treatmentId, note: $note) {\n      id\n      status\n      completedBy\n      completedAt\n      completionNote\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteRiskTreatment($treatmentId: ID!, $note: String!) {\n    completeRiskTreatment(treatmentId: $treatmentId, note: $note) {\n      id\n      status\n      completedBy\n      completedAt\n      completionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardRiskAnalysis($id: ID!) {\n    discardRiskAnalysis(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardRiskAnalysis($id: ID!) {\n    discardRiskAnalysis(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRiskAcceptance($i: DecideRiskAcceptanceInput!) {\n    decideRiskAcceptance(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRiskAcceptance($i: DecideRiskAcceptanceInput!) {\n    decideRiskAcceptance(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRiskAcceptanceLevel($level: RiskLevel!) {\n    setRiskAcceptanceLevel(level: $level) {\n      level\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation SetRiskAcceptanceLevel($level: RiskLevel!) {\n    setRiskAcceptanceLevel(level: $level) {\n      level\n      isDefault\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;