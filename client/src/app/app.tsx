import { RouterProvider } from "react-router";
import { Providers } from "./providers";
import { router } from "./router";
import { goToSignIn } from "./sign-in-redirect";

export function App() {
  return (
    <Providers onUnauthenticated={goToSignIn}>
      <RouterProvider router={router} />
    </Providers>
  );
}
