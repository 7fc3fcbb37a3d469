import { useEffect, useState } from "react";
import { closePlanConnection, openPlanConnection, type PlanConnection } from "./plan-connection";

/**
 * Opens the plan's shared document for as long as the page shows it. Created in an effect (not during
 * render) so React's double-invoked effects in development open and close a socket cleanly.
 */
export function usePlanConnection(planId: string): PlanConnection | null {
  const [connection, setConnection] = useState<PlanConnection | null>(null);
  useEffect(() => {
    const opened = openPlanConnection(planId);
    setConnection(opened);
    return () => {
      setConnection(null);
      closePlanConnection(opened);
    };
  }, [planId]);
  return connection;
}
