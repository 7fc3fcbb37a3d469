import { createBrowserRouter, Navigate } from "react-router";
import { SignInPage } from "../features/auth/sign-in-page";
import { PeoplePage } from "../features/people/people-page";
import { PlanListPage } from "../features/plans/plan-list-page";
import { NotFoundPage } from "../components/not-found-page";
import { RouteError } from "../components/route-error";
import { AppLayout } from "./app-layout";
import { setSignInNavigator } from "./sign-in-redirect";

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/plans" replace /> },
      { path: "plans", element: <PlanListPage /> },
      // The editor (Tiptap, ProseMirror, Yjs) is most of the bundle; load it only when a plan is opened.
      { path: "plans/:planId", lazy: loadPlanPage },
      { path: "people", element: <PeoplePage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

setSignInNavigator((path) => void router.navigate(path, { replace: true }));

/** The plan page with comments plugged in: features do not import each other, the app composes them. */
async function loadPlanPage() {
  const [{ PlanPage }, { CommentsOnPlan }] = await Promise.all([import("../features/plan-page/plan-page"), import("../features/comments/comments-on-plan")]);
  return { Component: () => <PlanPage addOn={CommentsOnPlan} /> };
}
