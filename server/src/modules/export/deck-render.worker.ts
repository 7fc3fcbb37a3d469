/**
 * Worker thread entry: turns deck inputs into PPTX or Markdown bytes, one message at a time. Building
 * a 300-slide deck and zipping it takes the CPU for a while; here it never delays the event loop that
 * serves live editing.
 */
import { parentPort } from "node:worker_threads";
import { deckToMarkdown, slidesFromPlan } from "@planbridge/slides";
import { deckToPptx } from "@planbridge/slides/pptx";
import type { RenderRequest, RenderResponse } from "./deck-renderer";

async function render({ input, format }: RenderRequest): Promise<Uint8Array> {
  const deck = slidesFromPlan(input);
  if (format === "md") return new TextEncoder().encode(deckToMarkdown(deck));
  return deckToPptx(deck);
}

parentPort?.on("message", (request: RenderRequest) => {
  render(request).then(
    (bytes) => {
      const response: RenderResponse = { ok: true, bytes };
      parentPort?.postMessage(response, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const response: RenderResponse = { ok: false, message: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(response);
    },
  );
});
