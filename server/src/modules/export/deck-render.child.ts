/**
 * The renderer process: turns deck inputs into PPTX or Markdown bytes, one message at a time. Building
 * a 300-slide deck and zipping it takes a CPU core for a second; in its own (lower-priority) process it
 * never delays the event loop that serves live editing.
 */
import { deckToMarkdown, slidesFromPlan } from "@planbridge/slides";
import { deckToPptx } from "@planbridge/slides/pptx";
import type { RenderRequest, RenderResponse } from "./deck-renderer";

async function render({ input, format }: RenderRequest): Promise<Uint8Array> {
  const deck = slidesFromPlan(input);
  if (format === "md") return new TextEncoder().encode(deckToMarkdown(deck));
  return deckToPptx(deck);
}

function reply(response: RenderResponse): void {
  process.send?.(response);
}

process.on("message", (request: RenderRequest) => {
  render(request).then(
    (bytes) => reply({ ok: true, bytes }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
// The server going away (even killed) closes the channel; the renderer has nothing left to do.
process.on("disconnect", () => process.exit(0));
