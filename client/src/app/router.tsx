import { createBrowserRouter, Navigate } from "react-router";
import { AccountPage } from "../features/account/account-page";
import { AcceptInvitePage } from "../features/auth/accept-invite-page";
import { ForgotPasswordPage } from "../features/auth/forgot-password-page";
import { ResetPasswordPage } from "../features/auth/reset-password-page";
import { SignInPage } from "../features/auth/sign-in-page";
import { PeoplePage } from "../features/people/people-page";
import { PlanListPage } from "../features/plans/plan-list-page";
import { NotFoundPage } from "../components/not-found-page";
import { PageSkeleton, PlanPageSkeleton } from "../components/page-skeleton";
import { RouteError } from "../components/route-error";
import { AppLayout } from "./app-layout";
import { setSignInNavigator } from "./sign-in-redirect";

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/forgot-password", element: <ForgotPasswordPage /> },
  // The token is the last path segment of the link in the mail (inviteUrl, the reset link).
  { path: "/invite/:token", element: <AcceptInvitePage /> },
  { path: "/reset-password/:token", element: <ResetPasswordPage /> },
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/plans" replace /> },
      { path: "plans", element: <PlanListPage /> },
      // The editor (Tiptap, ProseMirror, Yjs) is most of the bundle; load it only when a plan is opened.
      // HydrateFallback: what a direct link shows while the route's code loads.
      { path: "plans/:planId", HydrateFallback: PlanPageSkeleton, lazy: () => import("./plan-route").then((m) => ({ Component: m.PlanRoute })) },
      {
        path: "plans/:planId/compare/:fromId/:toId",
        HydrateFallback: PageSkeleton,
        lazy: () => import("../features/versions/version-diff-page").then((m) => ({ Component: m.VersionDiffPage })),
      },
      { path: "plans/:planId/versions/:versionId", HydrateFallback: PageSkeleton, lazy: () => import("../features/versions/version-page").then((m) => ({ Component: m.VersionPage })) },
      { path: "plans/:planId/present/:version", HydrateFallback: PageSkeleton, lazy: () => import("../features/presenter/presenter-page").then((m) => ({ Component: m.PresenterPage })) },
      { path: "plans/:planId/follow", HydrateFallback: PageSkeleton, lazy: () => import("../features/presenter/presenter-page").then((m) => ({ Component: m.FollowPage })) },
      { path: "plans/:planId/audit", HydrateFallback: PageSkeleton, lazy: () => import("../features/versions/audit-log-page").then((m) => ({ Component: m.AuditLogPage })) },
      { path: "plans/:planId/feedback", HydrateFallback: PageSkeleton, lazy: () => import("../features/council/feedback-calls-page").then((m) => ({ Component: m.FeedbackCallsPage })) },
      {
        path: "plans/:planId/feedback/:sessionId",
        HydrateFallback: PageSkeleton, lazy: () => import("../features/council/feedback-session-page").then((m) => ({ Component: m.FeedbackSessionPage })),
      },
      { path: "plans/:planId/insights", HydrateFallback: PageSkeleton, lazy: () => import("../features/council/insights-page").then((m) => ({ Component: m.InsightsPage })) },
      { path: "plans/:planId/digest", HydrateFallback: PageSkeleton, lazy: () => import("../features/council/council-digest-page").then((m) => ({ Component: m.CouncilDigestPage })) },
      { path: "plans/:planId/leads", HydrateFallback: PageSkeleton, lazy: () => import("../features/alignment/lead-definition-page").then((m) => ({ Component: m.LeadDefinitionPage })) },
      { path: "plans/:planId/calendar", HydrateFallback: PageSkeleton, lazy: () => import("../features/alignment/campaign-calendar-page").then((m) => ({ Component: m.CampaignCalendarPage })) },
      { path: "people", element: <PeoplePage /> },
      { path: "account", element: <AccountPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

setSignInNavigator((path) => void router.navigate(path, { replace: true }));
