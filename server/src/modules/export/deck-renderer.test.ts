import type { DeckInput } from "@planbridge/slides";
import { afterAll, describe, expect, it } from "vitest";
import { readPptx } from "../../../../packages/slides/src/pptx-reader.test-support";
import { sampleDeckInput } from "../../../../packages/slides/src/sample-deck.test-support";
import { DeckRenderer } from "./deck-renderer";

const renderer = new DeckRenderer();
afterAll(() => renderer.close());

describe("deck renderer process", () => {
  it("renders PPTX and Markdown in its own process, one request after another", async () => {
    const [pptx, markdown] = await Promise.all([
      renderer.render({ input: sampleDeckInput(), format: "pptx" }),
      renderer.render({ input: sampleDeckInput(), format: "md" }),
    ]);
    expect((await readPptx(pptx)).slides.length).toBeGreaterThan(15);
    expect(new TextDecoder().decode(markdown)).toContain("# FY27 Growth Plan: Mid-Market");
  });

  it("turns a failed render into an error and keeps serving", async () => {
    const broken = { ...sampleDeckInput(), version: { ...sampleDeckInput().version, content: null } } as unknown as DeckInput;
    await expect(renderer.render({ input: broken, format: "pptx" })).rejects.toThrow(/Rendering the deck failed/);
    expect((await renderer.render({ input: sampleDeckInput(), format: "md" })).byteLength).toBeGreaterThan(100);
  });

  it("starts a new process after the last one stopped", async () => {
    await renderer.close();
    expect((await renderer.render({ input: sampleDeckInput(), format: "md" })).byteLength).toBeGreaterThan(100);
  });
});
