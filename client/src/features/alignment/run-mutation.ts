import { notifications } from "@mantine/notifications";
import type { CombinedError } from "urql";
import { describeError } from "../../components/graphql-errors";

/** Awaits a mutation; on failure shows the server's message under `failure` and answers false. */
export async function succeeded(result: Promise<{ error?: CombinedError }>, failure: string): Promise<boolean> {
  const { error } = await result;
  if (error) notifications.show({ color: "red", title: failure, message: describeError(error) });
  return !error;
}
