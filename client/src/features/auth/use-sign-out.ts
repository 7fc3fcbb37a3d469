import { useCallback } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { useResetSession } from "../../app/session-context";
import { LogoutMutation } from "./auth-documents";

export function useSignOut(): () => Promise<void> {
  const [, logout] = useMutation(LogoutMutation);
  const resetSession = useResetSession();
  const navigate = useNavigate();
  return useCallback(async () => {
    await logout({});
    resetSession();
    await navigate("/sign-in", { replace: true });
  }, [logout, resetSession, navigate]);
}
