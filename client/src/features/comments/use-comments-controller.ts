import { useState, useSyncExternalStore } from "react";
import { CommentsController } from "./comments-controller";

/** One controller per plan page, alive as long as the page. */
export function useNewCommentsController(): CommentsController {
  const [controller] = useState(() => new CommentsController());
  return controller;
}

/** Re-renders on the active thread, the draft or a highlight found or lost; returns the controller. */
export function useCommentsControllerState(controller: CommentsController): CommentsController {
  useSyncExternalStore(controller.subscribe, controller.getVersion);
  return controller;
}
