/** A graphql-ws client for tests that sends a session cookie on the upgrade, like a browser would. */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface TestSubscription<T> {
  /** Every `next` payload so far (data or errors), and the errors of an `error` message (e.g. a refused operation). */
  results: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** Resolves when the server completes the subscription or the socket closes. */
  ended: Promise<void>;
  /** The socket's close code, once closed. */
  closeCode(): number | undefined;
  dispose(): void;
}

function cookieWebSocket(cookie: string | undefined): unknown {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
      this.on("error", () => undefined); // the close event reports it
    }
  };
}

/** Subscribes at ws://host/graphql and collects results. */
export function subscribe<T = Record<string, unknown>>(
  httpUrl: string,
  cookie: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): TestSubscription<T> {
  let code: number | undefined;
  let onEnd!: () => void;
  const ended = new Promise<void>((resolve) => (onEnd = resolve));
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: cookieWebSocket(cookie),
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        code = (event as { code?: number }).code;
        onEnd();
      },
    },
  });
  const results: TestSubscription<T>["results"] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => results.push(result as TestSubscription<T>["results"][number]),
      error: (error) => {
        // graphql-ws reports an operation refused before execution (validation, onSubscribe) as an error array.
        if (Array.isArray(error)) results.push({ errors: error as TestSubscription<T>["results"][number]["errors"] });
        onEnd();
      },
      complete: () => onEnd(),
    },
  );
  return {
    results,
    ended,
    closeCode: () => code,
    dispose() {
      dispose();
      void client.dispose();
    },
  };
}
