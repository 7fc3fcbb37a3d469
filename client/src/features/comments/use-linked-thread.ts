import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import type { CommentsController } from "./comments-controller";
import type { PlanThread } from "./use-plan-threads";

/** `?thread=<id>` (a notification's link) opens that thread once the plan's threads have loaded. */
export function useLinkedThread(controller: CommentsController, threads: readonly PlanThread[]): void {
  const [searchParams] = useSearchParams();
  const linked = searchParams.get("thread");
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!linked || opened.current === linked || !threads.some((t) => t.id === linked)) return;
    opened.current = linked;
    controller.activate(linked);
  }, [controller, linked, threads]);
}
