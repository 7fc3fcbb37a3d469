import { createBrowserRouter, Navigate } from "react-router";
import { SignInPage } from "../features/auth/sign-in-page";
import { PeoplePage } from "../features/people/people-page";
import { PlanPage } from "../features/plan-page/plan-page";
import { PlanListPage } from "../features/plans/plan-list-page";
import { NotFoundPage } from "../components/not-found-page";
import { AppLayout } from "./app-layout";
import { setSignInNavigator } from "./sign-in-redirect";

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  {
    path: "/",
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/plans" replace /> },
      { path: "plans", element: <PlanListPage /> },
      { path: "plans/:planId", element: <PlanPage /> },
      { path: "people", element: <PeoplePage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

setSignInNavigator((path) => void router.navigate(path, { replace: true }));
