import { slidesFromPlan, type SlideDeck } from "@planbridge/slides";
import { useEffect, useState } from "react";
import { fetchDeckInput, type VersionRef } from "./export-api";

export type DeckState = { status: "loading" } | { status: "ready"; deck: SlideDeck } | { status: "failed"; message: string };

/** The slide model of one version, built in the browser by the same package that builds the PPTX. */
export function useDeck(planId: string, version: VersionRef | null): DeckState {
  const [state, setState] = useState<DeckState>({ status: "loading" });
  useEffect(() => {
    if (version === null) return;
    let isCurrent = true;
    setState({ status: "loading" });
    fetchDeckInput(planId, version).then(
      (input) => isCurrent && setState({ status: "ready", deck: slidesFromPlan(input) }),
      (error: unknown) => isCurrent && setState({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [planId, version]);
  return state;
}
