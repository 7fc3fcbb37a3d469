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
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query LeadDefinition($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      viewerCan {\n        editLeads\n        cosignLeads\n        acknowledgeLeads\n        comment\n      }\n      threads {\n        ...CriterionThreadFields\n      }\n      leadDefinition {\n        planId\n        revision\n        status\n        qualifiedLeadDefinition\n        gradingResponsibility\n        thresholdA\n        thresholdB\n        thresholdC\n        publishedRevision\n        publishedAt\n        isCosigned\n        cosignedAt\n        cosignedBy {\n          id\n          name\n        }\n        criteria {\n          id\n          kind\n          label\n          attribute\n          operator\n          values\n          points\n        }\n        fieldAcknowledgements {\n          user {\n            id\n            name\n            jobTitle\n          }\n          acknowledgedRevision\n          acknowledgedAt\n          isCurrent\n        }\n      }\n    }\n  }\n": typeof types.LeadDefinitionDocument,
    "\n  mutation SaveLeadDefinition($input: SaveLeadDefinitionInput!) {\n    saveLeadDefinition(input: $input) {\n      planId\n      revision\n      status\n    }\n  }\n": typeof types.SaveLeadDefinitionDocument,
    "\n  mutation PublishLeadDefinition($planId: ID!) {\n    publishLeadDefinition(planId: $planId) {\n      planId\n      revision\n      status\n    }\n  }\n": typeof types.PublishLeadDefinitionDocument,
    "\n  mutation CosignLeadDefinition($planId: ID!) {\n    cosignLeadDefinition(planId: $planId) {\n      planId\n      isCosigned\n    }\n  }\n": typeof types.CosignLeadDefinitionDocument,
    "\n  mutation AcknowledgeLeadDefinition($planId: ID!) {\n    acknowledgeLeadDefinition(planId: $planId) {\n      planId\n      revision\n    }\n  }\n": typeof types.AcknowledgeLeadDefinitionDocument,
    "\n  query GradeLead($input: GradeLeadInput!) {\n    gradeLead(input: $input) {\n      score\n      grade\n      missingAttributes\n      firedCriteria {\n        id\n        label\n        points\n      }\n    }\n  }\n": typeof types.GradeLeadDocument,
    "\n  query CampaignCalendar($id: ID!, $filter: CampaignFilterInput) {\n    plan(id: $id) {\n      id\n      title\n      calendarFeedUrl\n      viewerCan {\n        editCampaigns\n        revokeCalendarFeed\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      campaignCalendar(filter: $filter) {\n        timeZone\n        today\n        regions\n        channels\n        campaigns {\n          id\n          name\n          channel\n          region\n          segment\n          productFocus\n          launchDate\n          endDate\n          prepDays\n          prepStartDate\n          isEnablementReady\n          talkTrackReady\n          objectionHandlingReady\n          competitivePositioningReady\n          leadListReady\n          warnings {\n            code\n            message\n          }\n          goals {\n            id\n            kind\n            target\n            status\n            note\n            isMine\n            salesOwner {\n              id\n              name\n            }\n          }\n        }\n        events {\n          id\n          kind\n          name\n          startDate\n          endDate\n          region\n        }\n        focus {\n          quarter\n          products\n        }\n      }\n    }\n  }\n": typeof types.CampaignCalendarDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      warnings {\n        code\n      }\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      isEnablementReady\n      warnings {\n        code\n      }\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($campaignId: ID!) {\n    deleteCampaign(campaignId: $campaignId)\n  }\n": typeof types.DeleteCampaignDocument,
    "\n  mutation AddCampaignGoal($input: AddCampaignGoalInput!) {\n    addCampaignGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCampaignGoalDocument,
    "\n  mutation DecideCampaignGoal($input: DecideCampaignGoalInput!) {\n    decideCampaignGoal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideCampaignGoalDocument,
    "\n  mutation AddSalesEvent($input: AddSalesEventInput!) {\n    addSalesEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.AddSalesEventDocument,
    "\n  mutation SetSalesFocus($input: SetSalesFocusInput!) {\n    setSalesFocus(input: $input) {\n      quarter\n    }\n  }\n": typeof types.SetSalesFocusDocument,
    "\n  mutation RevokeCalendarFeed($planId: ID!) {\n    revokeCalendarFeed(planId: $planId)\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment CriterionThreadFields on Thread {\n    id\n    criterionId\n    status\n    createdAt\n    author {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CriterionThreadFieldsFragmentDoc,
    "\n  mutation CommentOnCriterion($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...CriterionThreadFields\n    }\n  }\n": typeof types.CommentOnCriterionDocument,
    "\n  mutation ReplyOnCriterion($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyOnCriterionDocument,
    "\n  mutation ResolveCriterionThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n": typeof types.ResolveCriterionThreadDocument,
    "\n  mutation ReopenCriterionThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n": typeof types.ReopenCriterionThreadDocument,
    "\n  mutation RemoveSalesEvent($eventId: ID!) {\n    removeSalesEvent(eventId: $eventId)\n  }\n": typeof types.RemoveSalesEventDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      jobTitle\n      color\n      can {\n        manageUsers\n        createPlan\n        manageSettings\n      }\n      organization {\n        id\n        name\n        planCreation\n        timeZone\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      invitedByName\n      plans {\n        title\n        role\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n      }\n      planIds\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ThreadFields on Thread {\n    id\n    status\n    sectionId\n    quote\n    isOrphaned\n    suggestion\n    suggestionStatus\n    rejectionReason\n    createdAt\n    resolvedAt\n    anchor {\n      sectionId\n      start\n      end\n      quote\n    }\n    author {\n      id\n      name\n      email\n      color\n    }\n    resolvedBy {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n      acceptSuggestion\n      rejectSuggestion\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      editedAt\n      author {\n        id\n        name\n        email\n        color\n      }\n      viewerCan {\n        edit\n        delete\n      }\n    }\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  query PlanThreads($planId: ID!) {\n    plan(id: $planId) {\n      id\n      threads {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.PlanThreadsDocument,
    "\n  subscription ThreadEvents($planId: ID!) {\n    threadEvents(planId: $planId) {\n      kind\n      thread {\n        id\n      }\n    }\n  }\n": typeof types.ThreadEventsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      body\n      editedAt\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n      isDeleted\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ReopenThreadDocument,
    "\n  mutation AcceptSuggestion($id: ID!, $confirm: Boolean) {\n    acceptSuggestion(id: $id, confirm: $confirm) {\n      ...ThreadFields\n    }\n  }\n": typeof types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($input: RejectSuggestionInput!) {\n    rejectSuggestion(input: $input) {\n      ...ThreadFields\n    }\n  }\n": typeof types.RejectSuggestionDocument,
    "\n  query Notifications {\n    unreadNotificationCount\n    notifications(input: { first: 30 }) {\n      id\n      kind\n      isRead\n      createdAt\n      actor {\n        id\n        name\n        color\n      }\n      planId\n      feedbackSessionId\n      thread {\n        id\n        quote\n      }\n      comment {\n        id\n        body\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PlanCouncil($planId: ID!) {\n    plan(id: $planId) {\n      id\n      council {\n        member {\n          id\n          kind\n          region\n          termStart\n          termEnd\n          awayUntil\n          user {\n            id\n            name\n            color\n          }\n        }\n        tactics {\n          sectionId\n          title\n          state\n        }\n      }\n    }\n  }\n": typeof types.PlanCouncilDocument,
    "\n  query FeedbackCalls($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      feedbackSessions {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n        actionItems {\n          id\n          isDone\n        }\n        participants {\n          userId\n          name\n        }\n      }\n    }\n    feedbackSeries(planId: $planId) {\n      cadence\n      managersPerSession\n      nextSessionAt\n    }\n  }\n": typeof types.FeedbackCallsDocument,
    "\n  mutation CreateFeedbackSession($input: CreateFeedbackSessionInput!) {\n    createFeedbackSession(input: $input) {\n      id\n      agenda {\n        kind\n        threadId\n      }\n      participants {\n        email\n      }\n    }\n  }\n": typeof types.CreateFeedbackSessionDocument,
    "\n  query FeedbackSessionPage($id: ID!, $planId: ID!) {\n    feedbackSession(id: $id) {\n      id\n      planId\n      scheduledAt\n      notes\n      participants {\n        userId\n        name\n        email\n        kind\n        region\n      }\n      agenda {\n        id\n        position\n        kind\n        title\n        detail\n        threadId\n      }\n      actionItems {\n        id\n        title\n        dueOn\n        threadId\n        isDone\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeedbackSessionPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateSessionNotes($input: UpdateSessionNotesInput!) {\n    updateSessionNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": typeof types.UpdateSessionNotesDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation CloseActionItem($id: ID!) {\n    closeActionItem(id: $id) {\n      id\n      isDone\n      closedAt\n    }\n  }\n": typeof types.CloseActionItemDocument,
    "\n  query CouncilDigestPage($planId: ID!) {\n    councilDigest(planId: $planId) {\n      periodKey\n      periodStart\n      periodEnd\n      sentAt\n      entries {\n        section\n        text\n        creditedUserIds\n      }\n      contributors {\n        id\n        name\n        email\n        color\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        sendDigest\n      }\n    }\n  }\n": typeof types.CouncilDigestPageDocument,
    "\n  mutation SendCouncilDigest($planId: ID!) {\n    sendCouncilDigest(planId: $planId) {\n      periodKey\n      sentAt\n    }\n  }\n": typeof types.SendCouncilDigestDocument,
    "\n  fragment InsightFields on FieldInsight {\n    id\n    kind\n    body\n    region\n    segment\n    product\n    createdAt\n    author {\n      id\n      name\n      color\n    }\n  }\n": typeof types.InsightFieldsFragmentDoc,
    "\n  query FieldInsights($filter: InsightFilterInput) {\n    fieldInsights(filter: $filter) {\n      ...InsightFields\n    }\n  }\n": typeof types.FieldInsightsDocument,
    "\n  query PlanInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        linkInsight\n        createPoll\n        comment\n      }\n      sections {\n        id\n        kind\n        title\n      }\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n      polls {\n        id\n        question\n        options\n        createdAt\n        totals\n        myAnswer\n        results {\n          region\n          counts\n        }\n      }\n    }\n  }\n": typeof types.PlanInsightsDocument,
    "\n  query SectionInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n    }\n  }\n": typeof types.SectionInsightsDocument,
    "\n  mutation LogInsight($input: LogInsightInput!) {\n    logInsight(input: $input) {\n      ...InsightFields\n    }\n  }\n": typeof types.LogInsightDocument,
    "\n  mutation LinkInsight($input: LinkInsightInput!) {\n    linkInsight(input: $input) {\n      id\n    }\n  }\n": typeof types.LinkInsightDocument,
    "\n  mutation UnlinkInsight($input: LinkInsightInput!) {\n    unlinkInsight(input: $input) {\n      id\n    }\n  }\n": typeof types.UnlinkInsightDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation AnswerPoll($input: AnswerPollInput!) {\n    answerPoll(input: $input) {\n      id\n      myAnswer\n      totals\n      results {\n        region\n        counts\n      }\n    }\n  }\n": typeof types.AnswerPollDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      isAdmin\n      isActive\n      isPlanCreator\n      color\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      status\n      sentAt\n      expiresAt\n      plans {\n        planId\n        planTitle\n        role\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        status\n        sentAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query InvitablePlans {\n    plans {\n      id\n      title\n      status\n      viewerCan {\n        manageMembers\n      }\n    }\n  }\n": typeof types.InvitablePlansDocument,
    "\n  mutation SetPlanCreation($planCreation: PlanCreation!) {\n    setPlanCreation(planCreation: $planCreation) {\n      id\n      planCreation\n    }\n  }\n": typeof types.SetPlanCreationDocument,
    "\n  mutation SetPlanCreator($userId: ID!, $isPlanCreator: Boolean!) {\n    setPlanCreator(userId: $userId, isPlanCreator: $isPlanCreator) {\n      id\n      isPlanCreator\n    }\n  }\n": typeof types.SetPlanCreatorDocument,
    "\n  query CouncilRoster {\n    councilRoster {\n      id\n      kind\n      region\n      termStart\n      termEnd\n      awayUntil\n      user {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.CouncilRosterDocument,
    "\n  mutation SetCouncilMember($input: SetCouncilMemberInput!) {\n    setCouncilMember(input: $input) {\n      id\n    }\n  }\n": typeof types.SetCouncilMemberDocument,
    "\n  mutation SetCouncilMemberAway($input: SetCouncilMemberAwayInput!) {\n    setCouncilMemberAway(input: $input) {\n      id\n      awayUntil\n    }\n  }\n": typeof types.SetCouncilMemberAwayDocument,
    "\n  mutation RemoveCouncilMember($id: ID!) {\n    removeCouncilMember(id: $id)\n  }\n": typeof types.RemoveCouncilMemberDocument,
    "\n  mutation SetOrganizationTimeZone($timeZone: String!) {\n    setOrganizationTimeZone(timeZone: $timeZone) {\n      id\n      timeZone\n    }\n  }\n": typeof types.SetOrganizationTimeZoneDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      status\n      myRole\n      viewerCan {\n        editText\n        rename\n        archive\n        manageMembers\n        assignReviewer\n        comment\n        suggest\n        export\n        exportApproved\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n          color\n        }\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  mutation RenamePlan($input: RenamePlanInput!) {\n    renamePlan(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.RenamePlanDocument,
    "\n  mutation ArchivePlan($planId: ID!) {\n    archivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": typeof types.ArchivePlanDocument,
    "\n  mutation AddPlanMember($input: AddPlanMemberInput!) {\n    addPlanMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AddPlanMemberDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": typeof types.RemovePlanMemberDocument,
    "\n  mutation AssignSectionReviewer($input: AssignSectionReviewerInput!) {\n    assignSectionReviewer(input: $input) {\n      id\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignSectionReviewerDocument,
    "\n  mutation UnarchivePlan($planId: ID!) {\n    unarchivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": typeof types.UnarchivePlanDocument,
    "\n  query Plans($filter: PlanFilterInput) {\n    plans(filter: $filter) {\n      id\n      title\n      status\n      myRole\n      updatedAt\n      owner {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query PlanSignoff($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      viewerCan {\n        cutVersion\n        requestSignoff\n        approve\n        reviewTactic\n        restore\n        viewAudit\n      }\n      versions {\n        id\n        number\n        name\n        hash\n        createdAt\n        sections {\n          sectionId\n          title\n        }\n        createdBy {\n          id\n          name\n        }\n      }\n      signoff {\n        id\n        status\n        createdAt\n        version {\n          id\n          number\n          name\n        }\n        approvals {\n          id\n          state\n          sectionIds\n          comment\n          decidedAt\n          isCarriedOver\n          approver {\n            id\n            name\n            email\n          }\n          approvedVersion {\n            id\n            number\n          }\n        }\n      }\n    }\n    reviewCoverage(planId: $id) {\n      version {\n        id\n        number\n      }\n      sections {\n        sectionId\n        title\n        state\n        reviewer {\n          id\n          name\n        }\n        review {\n          id\n          createdAt\n          comment\n        }\n      }\n    }\n  }\n": typeof types.PlanSignoffDocument,
    "\n  mutation CutVersion($input: CutVersionInput!) {\n    cutVersion(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CutVersionDocument,
    "\n  mutation RequestSignoff($input: RequestSignoffInput!) {\n    requestSignoff(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestSignoffDocument,
    "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveVersionDocument,
    "\n  mutation RequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestChangesDocument,
    "\n  mutation ReviewTactic($input: ReviewTacticInput!) {\n    reviewTactic(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ReviewTacticDocument,
    "\n  mutation RestoreVersion($input: RestoreVersionInput!) {\n    restoreVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.RestoreVersionDocument,
    "\n  fragment SectionDiffFields on SectionDiff {\n    sectionId\n    change\n    title\n    previousTitle\n    isMoved\n    isRenamed\n    isEdited\n    isReviewerChanged\n    words {\n      kind\n      text\n    }\n  }\n": typeof types.SectionDiffFieldsFragmentDoc,
    "\n  query DiffVersions($from: ID!, $to: ID!) {\n    diffVersions(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n": typeof types.DiffVersionsDocument,
    "\n  query DiffWithDraft($from: ID!) {\n    diffVersionWithDraft(versionId: $from) {\n      from {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n": typeof types.DiffWithDraftDocument,
    "\n  query AuditLog($planId: ID!) {\n    auditLog(planId: $planId) {\n      isValid\n      firstInvalidEntryId\n      entries {\n        id\n        action\n        payload\n        createdAt\n        hash\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      name\n      hash\n      createdAt\n      content\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanVersionDocument,
};
const documents: Documents = {
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query LeadDefinition($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      viewerCan {\n        editLeads\n        cosignLeads\n        acknowledgeLeads\n        comment\n      }\n      threads {\n        ...CriterionThreadFields\n      }\n      leadDefinition {\n        planId\n        revision\n        status\n        qualifiedLeadDefinition\n        gradingResponsibility\n        thresholdA\n        thresholdB\n        thresholdC\n        publishedRevision\n        publishedAt\n        isCosigned\n        cosignedAt\n        cosignedBy {\n          id\n          name\n        }\n        criteria {\n          id\n          kind\n          label\n          attribute\n          operator\n          values\n          points\n        }\n        fieldAcknowledgements {\n          user {\n            id\n            name\n            jobTitle\n          }\n          acknowledgedRevision\n          acknowledgedAt\n          isCurrent\n        }\n      }\n    }\n  }\n": types.LeadDefinitionDocument,
    "\n  mutation SaveLeadDefinition($input: SaveLeadDefinitionInput!) {\n    saveLeadDefinition(input: $input) {\n      planId\n      revision\n      status\n    }\n  }\n": types.SaveLeadDefinitionDocument,
    "\n  mutation PublishLeadDefinition($planId: ID!) {\n    publishLeadDefinition(planId: $planId) {\n      planId\n      revision\n      status\n    }\n  }\n": types.PublishLeadDefinitionDocument,
    "\n  mutation CosignLeadDefinition($planId: ID!) {\n    cosignLeadDefinition(planId: $planId) {\n      planId\n      isCosigned\n    }\n  }\n": types.CosignLeadDefinitionDocument,
    "\n  mutation AcknowledgeLeadDefinition($planId: ID!) {\n    acknowledgeLeadDefinition(planId: $planId) {\n      planId\n      revision\n    }\n  }\n": types.AcknowledgeLeadDefinitionDocument,
    "\n  query GradeLead($input: GradeLeadInput!) {\n    gradeLead(input: $input) {\n      score\n      grade\n      missingAttributes\n      firedCriteria {\n        id\n        label\n        points\n      }\n    }\n  }\n": types.GradeLeadDocument,
    "\n  query CampaignCalendar($id: ID!, $filter: CampaignFilterInput) {\n    plan(id: $id) {\n      id\n      title\n      calendarFeedUrl\n      viewerCan {\n        editCampaigns\n        revokeCalendarFeed\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      campaignCalendar(filter: $filter) {\n        timeZone\n        today\n        regions\n        channels\n        campaigns {\n          id\n          name\n          channel\n          region\n          segment\n          productFocus\n          launchDate\n          endDate\n          prepDays\n          prepStartDate\n          isEnablementReady\n          talkTrackReady\n          objectionHandlingReady\n          competitivePositioningReady\n          leadListReady\n          warnings {\n            code\n            message\n          }\n          goals {\n            id\n            kind\n            target\n            status\n            note\n            isMine\n            salesOwner {\n              id\n              name\n            }\n          }\n        }\n        events {\n          id\n          kind\n          name\n          startDate\n          endDate\n          region\n        }\n        focus {\n          quarter\n          products\n        }\n      }\n    }\n  }\n": types.CampaignCalendarDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      warnings {\n        code\n      }\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      isEnablementReady\n      warnings {\n        code\n      }\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($campaignId: ID!) {\n    deleteCampaign(campaignId: $campaignId)\n  }\n": types.DeleteCampaignDocument,
    "\n  mutation AddCampaignGoal($input: AddCampaignGoalInput!) {\n    addCampaignGoal(input: $input) {\n      id\n    }\n  }\n": types.AddCampaignGoalDocument,
    "\n  mutation DecideCampaignGoal($input: DecideCampaignGoalInput!) {\n    decideCampaignGoal(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideCampaignGoalDocument,
    "\n  mutation AddSalesEvent($input: AddSalesEventInput!) {\n    addSalesEvent(input: $input) {\n      id\n    }\n  }\n": types.AddSalesEventDocument,
    "\n  mutation SetSalesFocus($input: SetSalesFocusInput!) {\n    setSalesFocus(input: $input) {\n      quarter\n    }\n  }\n": types.SetSalesFocusDocument,
    "\n  mutation RevokeCalendarFeed($planId: ID!) {\n    revokeCalendarFeed(planId: $planId)\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment CriterionThreadFields on Thread {\n    id\n    criterionId\n    status\n    createdAt\n    author {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.CriterionThreadFieldsFragmentDoc,
    "\n  mutation CommentOnCriterion($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...CriterionThreadFields\n    }\n  }\n": types.CommentOnCriterionDocument,
    "\n  mutation ReplyOnCriterion($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n": types.ReplyOnCriterionDocument,
    "\n  mutation ResolveCriterionThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n": types.ResolveCriterionThreadDocument,
    "\n  mutation ReopenCriterionThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n": types.ReopenCriterionThreadDocument,
    "\n  mutation RemoveSalesEvent($eventId: ID!) {\n    removeSalesEvent(eventId: $eventId)\n  }\n": types.RemoveSalesEventDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      jobTitle\n      color\n      can {\n        manageUsers\n        createPlan\n        manageSettings\n      }\n      organization {\n        id\n        name\n        planCreation\n        timeZone\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      invitedByName\n      plans {\n        title\n        role\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n      }\n      planIds\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ThreadFields on Thread {\n    id\n    status\n    sectionId\n    quote\n    isOrphaned\n    suggestion\n    suggestionStatus\n    rejectionReason\n    createdAt\n    resolvedAt\n    anchor {\n      sectionId\n      start\n      end\n      quote\n    }\n    author {\n      id\n      name\n      email\n      color\n    }\n    resolvedBy {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n      acceptSuggestion\n      rejectSuggestion\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      editedAt\n      author {\n        id\n        name\n        email\n        color\n      }\n      viewerCan {\n        edit\n        delete\n      }\n    }\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  query PlanThreads($planId: ID!) {\n    plan(id: $planId) {\n      id\n      threads {\n        ...ThreadFields\n      }\n    }\n  }\n": types.PlanThreadsDocument,
    "\n  subscription ThreadEvents($planId: ID!) {\n    threadEvents(planId: $planId) {\n      kind\n      thread {\n        id\n      }\n    }\n  }\n": types.ThreadEventsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      body\n      editedAt\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n      isDeleted\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": types.ReopenThreadDocument,
    "\n  mutation AcceptSuggestion($id: ID!, $confirm: Boolean) {\n    acceptSuggestion(id: $id, confirm: $confirm) {\n      ...ThreadFields\n    }\n  }\n": types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($input: RejectSuggestionInput!) {\n    rejectSuggestion(input: $input) {\n      ...ThreadFields\n    }\n  }\n": types.RejectSuggestionDocument,
    "\n  query Notifications {\n    unreadNotificationCount\n    notifications(input: { first: 30 }) {\n      id\n      kind\n      isRead\n      createdAt\n      actor {\n        id\n        name\n        color\n      }\n      planId\n      feedbackSessionId\n      thread {\n        id\n        quote\n      }\n      comment {\n        id\n        body\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PlanCouncil($planId: ID!) {\n    plan(id: $planId) {\n      id\n      council {\n        member {\n          id\n          kind\n          region\n          termStart\n          termEnd\n          awayUntil\n          user {\n            id\n            name\n            color\n          }\n        }\n        tactics {\n          sectionId\n          title\n          state\n        }\n      }\n    }\n  }\n": types.PlanCouncilDocument,
    "\n  query FeedbackCalls($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      feedbackSessions {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n        actionItems {\n          id\n          isDone\n        }\n        participants {\n          userId\n          name\n        }\n      }\n    }\n    feedbackSeries(planId: $planId) {\n      cadence\n      managersPerSession\n      nextSessionAt\n    }\n  }\n": types.FeedbackCallsDocument,
    "\n  mutation CreateFeedbackSession($input: CreateFeedbackSessionInput!) {\n    createFeedbackSession(input: $input) {\n      id\n      agenda {\n        kind\n        threadId\n      }\n      participants {\n        email\n      }\n    }\n  }\n": types.CreateFeedbackSessionDocument,
    "\n  query FeedbackSessionPage($id: ID!, $planId: ID!) {\n    feedbackSession(id: $id) {\n      id\n      planId\n      scheduledAt\n      notes\n      participants {\n        userId\n        name\n        email\n        kind\n        region\n      }\n      agenda {\n        id\n        position\n        kind\n        title\n        detail\n        threadId\n      }\n      actionItems {\n        id\n        title\n        dueOn\n        threadId\n        isDone\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeedbackSessionPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateSessionNotes($input: UpdateSessionNotesInput!) {\n    updateSessionNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": types.UpdateSessionNotesDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation CloseActionItem($id: ID!) {\n    closeActionItem(id: $id) {\n      id\n      isDone\n      closedAt\n    }\n  }\n": types.CloseActionItemDocument,
    "\n  query CouncilDigestPage($planId: ID!) {\n    councilDigest(planId: $planId) {\n      periodKey\n      periodStart\n      periodEnd\n      sentAt\n      entries {\n        section\n        text\n        creditedUserIds\n      }\n      contributors {\n        id\n        name\n        email\n        color\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        sendDigest\n      }\n    }\n  }\n": types.CouncilDigestPageDocument,
    "\n  mutation SendCouncilDigest($planId: ID!) {\n    sendCouncilDigest(planId: $planId) {\n      periodKey\n      sentAt\n    }\n  }\n": types.SendCouncilDigestDocument,
    "\n  fragment InsightFields on FieldInsight {\n    id\n    kind\n    body\n    region\n    segment\n    product\n    createdAt\n    author {\n      id\n      name\n      color\n    }\n  }\n": types.InsightFieldsFragmentDoc,
    "\n  query FieldInsights($filter: InsightFilterInput) {\n    fieldInsights(filter: $filter) {\n      ...InsightFields\n    }\n  }\n": types.FieldInsightsDocument,
    "\n  query PlanInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        linkInsight\n        createPoll\n        comment\n      }\n      sections {\n        id\n        kind\n        title\n      }\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n      polls {\n        id\n        question\n        options\n        createdAt\n        totals\n        myAnswer\n        results {\n          region\n          counts\n        }\n      }\n    }\n  }\n": types.PlanInsightsDocument,
    "\n  query SectionInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n    }\n  }\n": types.SectionInsightsDocument,
    "\n  mutation LogInsight($input: LogInsightInput!) {\n    logInsight(input: $input) {\n      ...InsightFields\n    }\n  }\n": types.LogInsightDocument,
    "\n  mutation LinkInsight($input: LinkInsightInput!) {\n    linkInsight(input: $input) {\n      id\n    }\n  }\n": types.LinkInsightDocument,
    "\n  mutation UnlinkInsight($input: LinkInsightInput!) {\n    unlinkInsight(input: $input) {\n      id\n    }\n  }\n": types.UnlinkInsightDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation AnswerPoll($input: AnswerPollInput!) {\n    answerPoll(input: $input) {\n      id\n      myAnswer\n      totals\n      results {\n        region\n        counts\n      }\n    }\n  }\n": types.AnswerPollDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      isAdmin\n      isActive\n      isPlanCreator\n      color\n    }\n  }\n": types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      status\n      sentAt\n      expiresAt\n      plans {\n        planId\n        planTitle\n        role\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        status\n        sentAt\n        expiresAt\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query InvitablePlans {\n    plans {\n      id\n      title\n      status\n      viewerCan {\n        manageMembers\n      }\n    }\n  }\n": types.InvitablePlansDocument,
    "\n  mutation SetPlanCreation($planCreation: PlanCreation!) {\n    setPlanCreation(planCreation: $planCreation) {\n      id\n      planCreation\n    }\n  }\n": types.SetPlanCreationDocument,
    "\n  mutation SetPlanCreator($userId: ID!, $isPlanCreator: Boolean!) {\n    setPlanCreator(userId: $userId, isPlanCreator: $isPlanCreator) {\n      id\n      isPlanCreator\n    }\n  }\n": types.SetPlanCreatorDocument,
    "\n  query CouncilRoster {\n    councilRoster {\n      id\n      kind\n      region\n      termStart\n      termEnd\n      awayUntil\n      user {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.CouncilRosterDocument,
    "\n  mutation SetCouncilMember($input: SetCouncilMemberInput!) {\n    setCouncilMember(input: $input) {\n      id\n    }\n  }\n": types.SetCouncilMemberDocument,
    "\n  mutation SetCouncilMemberAway($input: SetCouncilMemberAwayInput!) {\n    setCouncilMemberAway(input: $input) {\n      id\n      awayUntil\n    }\n  }\n": types.SetCouncilMemberAwayDocument,
    "\n  mutation RemoveCouncilMember($id: ID!) {\n    removeCouncilMember(id: $id)\n  }\n": types.RemoveCouncilMemberDocument,
    "\n  mutation SetOrganizationTimeZone($timeZone: String!) {\n    setOrganizationTimeZone(timeZone: $timeZone) {\n      id\n      timeZone\n    }\n  }\n": types.SetOrganizationTimeZoneDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      status\n      myRole\n      viewerCan {\n        editText\n        rename\n        archive\n        manageMembers\n        assignReviewer\n        comment\n        suggest\n        export\n        exportApproved\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n          color\n        }\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  mutation RenamePlan($input: RenamePlanInput!) {\n    renamePlan(input: $input) {\n      id\n      title\n    }\n  }\n": types.RenamePlanDocument,
    "\n  mutation ArchivePlan($planId: ID!) {\n    archivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": types.ArchivePlanDocument,
    "\n  mutation AddPlanMember($input: AddPlanMemberInput!) {\n    addPlanMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.AddPlanMemberDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": types.RemovePlanMemberDocument,
    "\n  mutation AssignSectionReviewer($input: AssignSectionReviewerInput!) {\n    assignSectionReviewer(input: $input) {\n      id\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": types.AssignSectionReviewerDocument,
    "\n  mutation UnarchivePlan($planId: ID!) {\n    unarchivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": types.UnarchivePlanDocument,
    "\n  query Plans($filter: PlanFilterInput) {\n    plans(filter: $filter) {\n      id\n      title\n      status\n      myRole\n      updatedAt\n      owner {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n": types.CreatePlanDocument,
    "\n  query PlanSignoff($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      viewerCan {\n        cutVersion\n        requestSignoff\n        approve\n        reviewTactic\n        restore\n        viewAudit\n      }\n      versions {\n        id\n        number\n        name\n        hash\n        createdAt\n        sections {\n          sectionId\n          title\n        }\n        createdBy {\n          id\n          name\n        }\n      }\n      signoff {\n        id\n        status\n        createdAt\n        version {\n          id\n          number\n          name\n        }\n        approvals {\n          id\n          state\n          sectionIds\n          comment\n          decidedAt\n          isCarriedOver\n          approver {\n            id\n            name\n            email\n          }\n          approvedVersion {\n            id\n            number\n          }\n        }\n      }\n    }\n    reviewCoverage(planId: $id) {\n      version {\n        id\n        number\n      }\n      sections {\n        sectionId\n        title\n        state\n        reviewer {\n          id\n          name\n        }\n        review {\n          id\n          createdAt\n          comment\n        }\n      }\n    }\n  }\n": types.PlanSignoffDocument,
    "\n  mutation CutVersion($input: CutVersionInput!) {\n    cutVersion(input: $input) {\n      id\n      number\n    }\n  }\n": types.CutVersionDocument,
    "\n  mutation RequestSignoff($input: RequestSignoffInput!) {\n    requestSignoff(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestSignoffDocument,
    "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveVersionDocument,
    "\n  mutation RequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestChangesDocument,
    "\n  mutation ReviewTactic($input: ReviewTacticInput!) {\n    reviewTactic(input: $input) {\n      id\n      state\n    }\n  }\n": types.ReviewTacticDocument,
    "\n  mutation RestoreVersion($input: RestoreVersionInput!) {\n    restoreVersion(input: $input) {\n      id\n    }\n  }\n": types.RestoreVersionDocument,
    "\n  fragment SectionDiffFields on SectionDiff {\n    sectionId\n    change\n    title\n    previousTitle\n    isMoved\n    isRenamed\n    isEdited\n    isReviewerChanged\n    words {\n      kind\n      text\n    }\n  }\n": types.SectionDiffFieldsFragmentDoc,
    "\n  query DiffVersions($from: ID!, $to: ID!) {\n    diffVersions(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n": types.DiffVersionsDocument,
    "\n  query DiffWithDraft($from: ID!) {\n    diffVersionWithDraft(versionId: $from) {\n      from {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n": types.DiffWithDraftDocument,
    "\n  query AuditLog($planId: ID!) {\n    auditLog(planId: $planId) {\n      isValid\n      firstInvalidEntryId\n      entries {\n        id\n        action\n        payload\n        createdAt\n        hash\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      name\n      hash\n      createdAt\n      content\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": types.PlanVersionDocument,
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
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDefinition($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      viewerCan {\n        editLeads\n        cosignLeads\n        acknowledgeLeads\n        comment\n      }\n      threads {\n        ...CriterionThreadFields\n      }\n      leadDefinition {\n        planId\n        revision\n        status\n        qualifiedLeadDefinition\n        gradingResponsibility\n        thresholdA\n        thresholdB\n        thresholdC\n        publishedRevision\n        publishedAt\n        isCosigned\n        cosignedAt\n        cosignedBy {\n          id\n          name\n        }\n        criteria {\n          id\n          kind\n          label\n          attribute\n          operator\n          values\n          points\n        }\n        fieldAcknowledgements {\n          user {\n            id\n            name\n            jobTitle\n          }\n          acknowledgedRevision\n          acknowledgedAt\n          isCurrent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDefinition($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      viewerCan {\n        editLeads\n        cosignLeads\n        acknowledgeLeads\n        comment\n      }\n      threads {\n        ...CriterionThreadFields\n      }\n      leadDefinition {\n        planId\n        revision\n        status\n        qualifiedLeadDefinition\n        gradingResponsibility\n        thresholdA\n        thresholdB\n        thresholdC\n        publishedRevision\n        publishedAt\n        isCosigned\n        cosignedAt\n        cosignedBy {\n          id\n          name\n        }\n        criteria {\n          id\n          kind\n          label\n          attribute\n          operator\n          values\n          points\n        }\n        fieldAcknowledgements {\n          user {\n            id\n            name\n            jobTitle\n          }\n          acknowledgedRevision\n          acknowledgedAt\n          isCurrent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLeadDefinition($input: SaveLeadDefinitionInput!) {\n    saveLeadDefinition(input: $input) {\n      planId\n      revision\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLeadDefinition($input: SaveLeadDefinitionInput!) {\n    saveLeadDefinition(input: $input) {\n      planId\n      revision\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLeadDefinition($planId: ID!) {\n    publishLeadDefinition(planId: $planId) {\n      planId\n      revision\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLeadDefinition($planId: ID!) {\n    publishLeadDefinition(planId: $planId) {\n      planId\n      revision\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CosignLeadDefinition($planId: ID!) {\n    cosignLeadDefinition(planId: $planId) {\n      planId\n      isCosigned\n    }\n  }\n"): (typeof documents)["\n  mutation CosignLeadDefinition($planId: ID!) {\n    cosignLeadDefinition(planId: $planId) {\n      planId\n      isCosigned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeLeadDefinition($planId: ID!) {\n    acknowledgeLeadDefinition(planId: $planId) {\n      planId\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeLeadDefinition($planId: ID!) {\n    acknowledgeLeadDefinition(planId: $planId) {\n      planId\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradeLead($input: GradeLeadInput!) {\n    gradeLead(input: $input) {\n      score\n      grade\n      missingAttributes\n      firedCriteria {\n        id\n        label\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query GradeLead($input: GradeLeadInput!) {\n    gradeLead(input: $input) {\n      score\n      grade\n      missingAttributes\n      firedCriteria {\n        id\n        label\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCalendar($id: ID!, $filter: CampaignFilterInput) {\n    plan(id: $id) {\n      id\n      title\n      calendarFeedUrl\n      viewerCan {\n        editCampaigns\n        revokeCalendarFeed\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      campaignCalendar(filter: $filter) {\n        timeZone\n        today\n        regions\n        channels\n        campaigns {\n          id\n          name\n          channel\n          region\n          segment\n          productFocus\n          launchDate\n          endDate\n          prepDays\n          prepStartDate\n          isEnablementReady\n          talkTrackReady\n          objectionHandlingReady\n          competitivePositioningReady\n          leadListReady\n          warnings {\n            code\n            message\n          }\n          goals {\n            id\n            kind\n            target\n            status\n            note\n            isMine\n            salesOwner {\n              id\n              name\n            }\n          }\n        }\n        events {\n          id\n          kind\n          name\n          startDate\n          endDate\n          region\n        }\n        focus {\n          quarter\n          products\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignCalendar($id: ID!, $filter: CampaignFilterInput) {\n    plan(id: $id) {\n      id\n      title\n      calendarFeedUrl\n      viewerCan {\n        editCampaigns\n        revokeCalendarFeed\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      campaignCalendar(filter: $filter) {\n        timeZone\n        today\n        regions\n        channels\n        campaigns {\n          id\n          name\n          channel\n          region\n          segment\n          productFocus\n          launchDate\n          endDate\n          prepDays\n          prepStartDate\n          isEnablementReady\n          talkTrackReady\n          objectionHandlingReady\n          competitivePositioningReady\n          leadListReady\n          warnings {\n            code\n            message\n          }\n          goals {\n            id\n            kind\n            target\n            status\n            note\n            isMine\n            salesOwner {\n              id\n              name\n            }\n          }\n        }\n        events {\n          id\n          kind\n          name\n          startDate\n          endDate\n          region\n        }\n        focus {\n          quarter\n          products\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      warnings {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      warnings {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      isEnablementReady\n      warnings {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      isEnablementReady\n      warnings {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($campaignId: ID!) {\n    deleteCampaign(campaignId: $campaignId)\n  }\n"): (typeof documents)["\n  mutation DeleteCampaign($campaignId: ID!) {\n    deleteCampaign(campaignId: $campaignId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCampaignGoal($input: AddCampaignGoalInput!) {\n    addCampaignGoal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCampaignGoal($input: AddCampaignGoalInput!) {\n    addCampaignGoal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCampaignGoal($input: DecideCampaignGoalInput!) {\n    decideCampaignGoal(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCampaignGoal($input: DecideCampaignGoalInput!) {\n    decideCampaignGoal(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSalesEvent($input: AddSalesEventInput!) {\n    addSalesEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddSalesEvent($input: AddSalesEventInput!) {\n    addSalesEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSalesFocus($input: SetSalesFocusInput!) {\n    setSalesFocus(input: $input) {\n      quarter\n    }\n  }\n"): (typeof documents)["\n  mutation SetSalesFocus($input: SetSalesFocusInput!) {\n    setSalesFocus(input: $input) {\n      quarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($planId: ID!) {\n    revokeCalendarFeed(planId: $planId)\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($planId: ID!) {\n    revokeCalendarFeed(planId: $planId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionThreadFields on Thread {\n    id\n    criterionId\n    status\n    createdAt\n    author {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CriterionThreadFields on Thread {\n    id\n    criterionId\n    status\n    createdAt\n    author {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnCriterion($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...CriterionThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnCriterion($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...CriterionThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyOnCriterion($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyOnCriterion($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCriterionThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCriterionThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCriterionThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCriterionThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...CriterionThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSalesEvent($eventId: ID!) {\n    removeSalesEvent(eventId: $eventId)\n  }\n"): (typeof documents)["\n  mutation RemoveSalesEvent($eventId: ID!) {\n    removeSalesEvent(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      jobTitle\n      color\n      can {\n        manageUsers\n        createPlan\n        manageSettings\n      }\n      organization {\n        id\n        name\n        planCreation\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      jobTitle\n      color\n      can {\n        manageUsers\n        createPlan\n        manageSettings\n      }\n      organization {\n        id\n        name\n        planCreation\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      invitedByName\n      plans {\n        title\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      invitedByName\n      plans {\n        title\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n      }\n      planIds\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n      }\n      planIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on Thread {\n    id\n    status\n    sectionId\n    quote\n    isOrphaned\n    suggestion\n    suggestionStatus\n    rejectionReason\n    createdAt\n    resolvedAt\n    anchor {\n      sectionId\n      start\n      end\n      quote\n    }\n    author {\n      id\n      name\n      email\n      color\n    }\n    resolvedBy {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n      acceptSuggestion\n      rejectSuggestion\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      editedAt\n      author {\n        id\n        name\n        email\n        color\n      }\n      viewerCan {\n        edit\n        delete\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadFields on Thread {\n    id\n    status\n    sectionId\n    quote\n    isOrphaned\n    suggestion\n    suggestionStatus\n    rejectionReason\n    createdAt\n    resolvedAt\n    anchor {\n      sectionId\n      start\n      end\n      quote\n    }\n    author {\n      id\n      name\n      email\n      color\n    }\n    resolvedBy {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      resolve\n      reopen\n      acceptSuggestion\n      rejectSuggestion\n    }\n    comments {\n      id\n      body\n      isDeleted\n      createdAt\n      editedAt\n      author {\n        id\n        name\n        email\n        color\n      }\n      viewerCan {\n        edit\n        delete\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanThreads($planId: ID!) {\n    plan(id: $planId) {\n      id\n      threads {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanThreads($planId: ID!) {\n    plan(id: $planId) {\n      id\n      threads {\n        ...ThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadEvents($planId: ID!) {\n    threadEvents(planId: $planId) {\n      kind\n      thread {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadEvents($planId: ID!) {\n    threadEvents(planId: $planId) {\n      kind\n      thread {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      body\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      body\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n      isDeleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n      isDeleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSuggestion($id: ID!, $confirm: Boolean) {\n    acceptSuggestion(id: $id, confirm: $confirm) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSuggestion($id: ID!, $confirm: Boolean) {\n    acceptSuggestion(id: $id, confirm: $confirm) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSuggestion($input: RejectSuggestionInput!) {\n    rejectSuggestion(input: $input) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSuggestion($input: RejectSuggestionInput!) {\n    rejectSuggestion(input: $input) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    unreadNotificationCount\n    notifications(input: { first: 30 }) {\n      id\n      kind\n      isRead\n      createdAt\n      actor {\n        id\n        name\n        color\n      }\n      planId\n      feedbackSessionId\n      thread {\n        id\n        quote\n      }\n      comment {\n        id\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    unreadNotificationCount\n    notifications(input: { first: 30 }) {\n      id\n      kind\n      isRead\n      createdAt\n      actor {\n        id\n        name\n        color\n      }\n      planId\n      feedbackSessionId\n      thread {\n        id\n        quote\n      }\n      comment {\n        id\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCouncil($planId: ID!) {\n    plan(id: $planId) {\n      id\n      council {\n        member {\n          id\n          kind\n          region\n          termStart\n          termEnd\n          awayUntil\n          user {\n            id\n            name\n            color\n          }\n        }\n        tactics {\n          sectionId\n          title\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanCouncil($planId: ID!) {\n    plan(id: $planId) {\n      id\n      council {\n        member {\n          id\n          kind\n          region\n          termStart\n          termEnd\n          awayUntil\n          user {\n            id\n            name\n            color\n          }\n        }\n        tactics {\n          sectionId\n          title\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackCalls($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      feedbackSessions {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n        actionItems {\n          id\n          isDone\n        }\n        participants {\n          userId\n          name\n        }\n      }\n    }\n    feedbackSeries(planId: $planId) {\n      cadence\n      managersPerSession\n      nextSessionAt\n    }\n  }\n"): (typeof documents)["\n  query FeedbackCalls($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      feedbackSessions {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n        actionItems {\n          id\n          isDone\n        }\n        participants {\n          userId\n          name\n        }\n      }\n    }\n    feedbackSeries(planId: $planId) {\n      cadence\n      managersPerSession\n      nextSessionAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedbackSession($input: CreateFeedbackSessionInput!) {\n    createFeedbackSession(input: $input) {\n      id\n      agenda {\n        kind\n        threadId\n      }\n      participants {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeedbackSession($input: CreateFeedbackSessionInput!) {\n    createFeedbackSession(input: $input) {\n      id\n      agenda {\n        kind\n        threadId\n      }\n      participants {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSessionPage($id: ID!, $planId: ID!) {\n    feedbackSession(id: $id) {\n      id\n      planId\n      scheduledAt\n      notes\n      participants {\n        userId\n        name\n        email\n        kind\n        region\n      }\n      agenda {\n        id\n        position\n        kind\n        title\n        detail\n        threadId\n      }\n      actionItems {\n        id\n        title\n        dueOn\n        threadId\n        isDone\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackSessionPage($id: ID!, $planId: ID!) {\n    feedbackSession(id: $id) {\n      id\n      planId\n      scheduledAt\n      notes\n      participants {\n        userId\n        name\n        email\n        kind\n        region\n      }\n      agenda {\n        id\n        position\n        kind\n        title\n        detail\n        threadId\n      }\n      actionItems {\n        id\n        title\n        dueOn\n        threadId\n        isDone\n        closedAt\n        owner {\n          id\n          name\n        }\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        runFeedback\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSessionNotes($input: UpdateSessionNotesInput!) {\n    updateSessionNotes(input: $input) {\n      id\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSessionNotes($input: UpdateSessionNotesInput!) {\n    updateSessionNotes(input: $input) {\n      id\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActionItem($id: ID!) {\n    closeActionItem(id: $id) {\n      id\n      isDone\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseActionItem($id: ID!) {\n    closeActionItem(id: $id) {\n      id\n      isDone\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilDigestPage($planId: ID!) {\n    councilDigest(planId: $planId) {\n      periodKey\n      periodStart\n      periodEnd\n      sentAt\n      entries {\n        section\n        text\n        creditedUserIds\n      }\n      contributors {\n        id\n        name\n        email\n        color\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        sendDigest\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilDigestPage($planId: ID!) {\n    councilDigest(planId: $planId) {\n      periodKey\n      periodStart\n      periodEnd\n      sentAt\n      entries {\n        section\n        text\n        creditedUserIds\n      }\n      contributors {\n        id\n        name\n        email\n        color\n      }\n    }\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        sendDigest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCouncilDigest($planId: ID!) {\n    sendCouncilDigest(planId: $planId) {\n      periodKey\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendCouncilDigest($planId: ID!) {\n    sendCouncilDigest(planId: $planId) {\n      periodKey\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsightFields on FieldInsight {\n    id\n    kind\n    body\n    region\n    segment\n    product\n    createdAt\n    author {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment InsightFields on FieldInsight {\n    id\n    kind\n    body\n    region\n    segment\n    product\n    createdAt\n    author {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldInsights($filter: InsightFilterInput) {\n    fieldInsights(filter: $filter) {\n      ...InsightFields\n    }\n  }\n"): (typeof documents)["\n  query FieldInsights($filter: InsightFilterInput) {\n    fieldInsights(filter: $filter) {\n      ...InsightFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        linkInsight\n        createPoll\n        comment\n      }\n      sections {\n        id\n        kind\n        title\n      }\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n      polls {\n        id\n        question\n        options\n        createdAt\n        totals\n        myAnswer\n        results {\n          region\n          counts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      viewerCan {\n        linkInsight\n        createPoll\n        comment\n      }\n      sections {\n        id\n        kind\n        title\n      }\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n      polls {\n        id\n        question\n        options\n        createdAt\n        totals\n        myAnswer\n        results {\n          region\n          counts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionInsights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      sectionInsights {\n        sectionId\n        insight {\n          ...InsightFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInsight($input: LogInsightInput!) {\n    logInsight(input: $input) {\n      ...InsightFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogInsight($input: LogInsightInput!) {\n    logInsight(input: $input) {\n      ...InsightFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkInsight($input: LinkInsightInput!) {\n    linkInsight(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkInsight($input: LinkInsightInput!) {\n    linkInsight(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkInsight($input: LinkInsightInput!) {\n    unlinkInsight(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkInsight($input: LinkInsightInput!) {\n    unlinkInsight(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPoll($input: AnswerPollInput!) {\n    answerPoll(input: $input) {\n      id\n      myAnswer\n      totals\n      results {\n        region\n        counts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerPoll($input: AnswerPollInput!) {\n    answerPoll(input: $input) {\n      id\n      myAnswer\n      totals\n      results {\n        region\n        counts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      name\n      email\n      isAdmin\n      isActive\n      isPlanCreator\n      color\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      name\n      email\n      isAdmin\n      isActive\n      isPlanCreator\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      status\n      sentAt\n      expiresAt\n      plans {\n        planId\n        planTitle\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      name\n      status\n      sentAt\n      expiresAt\n      plans {\n        planId\n        planTitle\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        status\n        sentAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        status\n        sentAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitablePlans {\n    plans {\n      id\n      title\n      status\n      viewerCan {\n        manageMembers\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitablePlans {\n    plans {\n      id\n      title\n      status\n      viewerCan {\n        manageMembers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanCreation($planCreation: PlanCreation!) {\n    setPlanCreation(planCreation: $planCreation) {\n      id\n      planCreation\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanCreation($planCreation: PlanCreation!) {\n    setPlanCreation(planCreation: $planCreation) {\n      id\n      planCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanCreator($userId: ID!, $isPlanCreator: Boolean!) {\n    setPlanCreator(userId: $userId, isPlanCreator: $isPlanCreator) {\n      id\n      isPlanCreator\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanCreator($userId: ID!, $isPlanCreator: Boolean!) {\n    setPlanCreator(userId: $userId, isPlanCreator: $isPlanCreator) {\n      id\n      isPlanCreator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilRoster {\n    councilRoster {\n      id\n      kind\n      region\n      termStart\n      termEnd\n      awayUntil\n      user {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilRoster {\n    councilRoster {\n      id\n      kind\n      region\n      termStart\n      termEnd\n      awayUntil\n      user {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncilMember($input: SetCouncilMemberInput!) {\n    setCouncilMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetCouncilMember($input: SetCouncilMemberInput!) {\n    setCouncilMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncilMemberAway($input: SetCouncilMemberAwayInput!) {\n    setCouncilMemberAway(input: $input) {\n      id\n      awayUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SetCouncilMemberAway($input: SetCouncilMemberAwayInput!) {\n    setCouncilMemberAway(input: $input) {\n      id\n      awayUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCouncilMember($id: ID!) {\n    removeCouncilMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCouncilMember($id: ID!) {\n    removeCouncilMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationTimeZone($timeZone: String!) {\n    setOrganizationTimeZone(timeZone: $timeZone) {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationTimeZone($timeZone: String!) {\n    setOrganizationTimeZone(timeZone: $timeZone) {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      status\n      myRole\n      viewerCan {\n        editText\n        rename\n        archive\n        manageMembers\n        assignReviewer\n        comment\n        suggest\n        export\n        exportApproved\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n          color\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      status\n      myRole\n      viewerCan {\n        editText\n        rename\n        archive\n        manageMembers\n        assignReviewer\n        comment\n        suggest\n        export\n        exportApproved\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n          color\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePlan($input: RenamePlanInput!) {\n    renamePlan(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePlan($input: RenamePlanInput!) {\n    renamePlan(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePlan($planId: ID!) {\n    archivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePlan($planId: ID!) {\n    archivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanMember($input: AddPlanMemberInput!) {\n    addPlanMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanMember($input: AddPlanMemberInput!) {\n    addPlanMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSectionReviewer($input: AssignSectionReviewerInput!) {\n    assignSectionReviewer(input: $input) {\n      id\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSectionReviewer($input: AssignSectionReviewerInput!) {\n    assignSectionReviewer(input: $input) {\n      id\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchivePlan($planId: ID!) {\n    unarchivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchivePlan($planId: ID!) {\n    unarchivePlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($filter: PlanFilterInput) {\n    plans(filter: $filter) {\n      id\n      title\n      status\n      myRole\n      updatedAt\n      owner {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans($filter: PlanFilterInput) {\n    plans(filter: $filter) {\n      id\n      title\n      status\n      myRole\n      updatedAt\n      owner {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSignoff($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      viewerCan {\n        cutVersion\n        requestSignoff\n        approve\n        reviewTactic\n        restore\n        viewAudit\n      }\n      versions {\n        id\n        number\n        name\n        hash\n        createdAt\n        sections {\n          sectionId\n          title\n        }\n        createdBy {\n          id\n          name\n        }\n      }\n      signoff {\n        id\n        status\n        createdAt\n        version {\n          id\n          number\n          name\n        }\n        approvals {\n          id\n          state\n          sectionIds\n          comment\n          decidedAt\n          isCarriedOver\n          approver {\n            id\n            name\n            email\n          }\n          approvedVersion {\n            id\n            number\n          }\n        }\n      }\n    }\n    reviewCoverage(planId: $id) {\n      version {\n        id\n        number\n      }\n      sections {\n        sectionId\n        title\n        state\n        reviewer {\n          id\n          name\n        }\n        review {\n          id\n          createdAt\n          comment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanSignoff($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      viewerCan {\n        cutVersion\n        requestSignoff\n        approve\n        reviewTactic\n        restore\n        viewAudit\n      }\n      versions {\n        id\n        number\n        name\n        hash\n        createdAt\n        sections {\n          sectionId\n          title\n        }\n        createdBy {\n          id\n          name\n        }\n      }\n      signoff {\n        id\n        status\n        createdAt\n        version {\n          id\n          number\n          name\n        }\n        approvals {\n          id\n          state\n          sectionIds\n          comment\n          decidedAt\n          isCarriedOver\n          approver {\n            id\n            name\n            email\n          }\n          approvedVersion {\n            id\n            number\n          }\n        }\n      }\n    }\n    reviewCoverage(planId: $id) {\n      version {\n        id\n        number\n      }\n      sections {\n        sectionId\n        title\n        state\n        reviewer {\n          id\n          name\n        }\n        review {\n          id\n          createdAt\n          comment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CutVersion($input: CutVersionInput!) {\n    cutVersion(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CutVersion($input: CutVersionInput!) {\n    cutVersion(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignoff($input: RequestSignoffInput!) {\n    requestSignoff(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignoff($input: RequestSignoffInput!) {\n    requestSignoff(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveVersion($input: ApproveVersionInput!) {\n    approveVersion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTactic($input: ReviewTacticInput!) {\n    reviewTactic(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewTactic($input: ReviewTacticInput!) {\n    reviewTactic(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreVersion($input: RestoreVersionInput!) {\n    restoreVersion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreVersion($input: RestoreVersionInput!) {\n    restoreVersion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionDiffFields on SectionDiff {\n    sectionId\n    change\n    title\n    previousTitle\n    isMoved\n    isRenamed\n    isEdited\n    isReviewerChanged\n    words {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment SectionDiffFields on SectionDiff {\n    sectionId\n    change\n    title\n    previousTitle\n    isMoved\n    isRenamed\n    isEdited\n    isReviewerChanged\n    words {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffVersions($from: ID!, $to: ID!) {\n    diffVersions(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiffVersions($from: ID!, $to: ID!) {\n    diffVersions(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffWithDraft($from: ID!) {\n    diffVersionWithDraft(versionId: $from) {\n      from {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiffWithDraft($from: ID!) {\n    diffVersionWithDraft(versionId: $from) {\n      from {\n        id\n        number\n      }\n      sections {\n        ...SectionDiffFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($planId: ID!) {\n    auditLog(planId: $planId) {\n      isValid\n      firstInvalidEntryId\n      entries {\n        id\n        action\n        payload\n        createdAt\n        hash\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($planId: ID!) {\n    auditLog(planId: $planId) {\n      isValid\n      firstInvalidEntryId\n      entries {\n        id\n        action\n        payload\n        createdAt\n        hash\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      name\n      hash\n      createdAt\n      content\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      name\n      hash\n      createdAt\n      content\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;