/** The HttpOnly session cookie a successful sign-in (password, invitation or reset link) sets. */
import type { Context } from "../../graphql/context";
import { SESSION_COOKIE } from "./session.service";

export function setSessionCookie(context: Context, session: { token: string; expiresAt: Date }): void {
  context.res?.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: context.req?.secure ?? false,
    path: "/",
    expires: session.expiresAt,
  });
}
