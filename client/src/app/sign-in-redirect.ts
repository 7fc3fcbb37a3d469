/**
 * Sends the browser to sign-in, remembering where it was. The router registers its navigate function
 * here so that code outside React (the GraphQL client, socket handlers) can redirect without a reload.
 */
let navigate: (path: string) => void = (path) => window.location.assign(path);

export function setSignInNavigator(navigator: (path: string) => void): void {
  navigate = navigator;
}

export function goToSignIn(): void {
  const { pathname, search } = window.location;
  if (pathname === "/sign-in") return;
  navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`);
}
