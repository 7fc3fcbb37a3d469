import { describe, expect, it } from "vitest";
import { PeekableLoader, whenKnown } from "./peekable-loader";

/** A loader over a fixed table that records every batch it was asked for. */
function tableLoader(table: Record<string, string>) {
  const batches: string[][] = [];
  const loader = new PeekableLoader<string, string | null>((keys) => {
    batches.push([...keys]);
    return Promise.resolve(keys.map((key) => (key === "broken" ? new Error("broken row") : (table[key] ?? null))));
  });
  return { loader, batches };
}

describe("PeekableLoader", () => {
  it("answers at once only for values it holds: loaded (null included) or primed", async () => {
    const { loader, batches } = tableLoader({ a: "A" });
    expect(loader.peek("a")).toBeUndefined();
    const pending = loader.loadNow("a");
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe("A");
    expect(loader.loadNow("a")).toBe("A");
    await loader.load("missing");
    expect(loader.loadNow("missing")).toBeNull();
    loader.prime("b", "B");
    expect(loader.loadNow("b")).toBe("B");
    expect(await loader.load("b")).toBe("B");
    expect(batches).toEqual([["a"], ["missing"]]);
  });

  it("keeps the first value of a key, as DataLoader does, and never holds errors", async () => {
    const { loader } = tableLoader({ a: "A" });
    await loader.load("a");
    loader.prime("a", "other");
    expect(loader.peek("a")).toBe("A");
    expect(await loader.load("a")).toBe("A");
    await expect(loader.load("broken")).rejects.toThrow("broken row");
    expect(loader.peek("broken")).toBeUndefined();
    loader.prime("c", new Error("primed error"));
    expect(loader.peek("c")).toBeUndefined();
  });

  it("forgets on clear and clearAll", async () => {
    const { loader, batches } = tableLoader({ a: "A", b: "B" });
    await loader.loadMany(["a", "b"]);
    loader.clear("a");
    expect(loader.peek("a")).toBeUndefined();
    expect(loader.peek("b")).toBe("B");
    loader.clearAll();
    expect(loader.peek("b")).toBeUndefined();
    expect(await loader.load("b")).toBe("B");
    expect(batches).toEqual([["a", "b"], ["b"]]);
  });

  it("does not let a batch that began before clearAll refill what it emptied", async () => {
    let started!: () => void;
    const batchStarted = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loader = new PeekableLoader<string, string>(async (keys) => {
      started();
      await gate;
      return keys.map((key) => key.toUpperCase());
    });
    const inFlight = loader.load("a");
    await batchStarted;
    loader.clearAll();
    release();
    expect(await inFlight).toBe("A");
    expect(loader.peek("a")).toBeUndefined();
  });
});

describe("whenKnown", () => {
  it("continues at once with a value and after a promise", async () => {
    expect(whenKnown(2, (value) => value * 3)).toBe(6);
    const later = whenKnown(Promise.resolve(2), (value) => value * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
  });
});
