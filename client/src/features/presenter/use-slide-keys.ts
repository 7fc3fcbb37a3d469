import { useEffect } from "react";

interface SlideKeys {
  enabled: boolean;
  index: number;
  onGo(slide: number): void;
  onToggleNotes(): void;
  onExit(): void;
}

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]);

/** The keys presentation clickers and people use: arrows, space, page up/down, Home/End, N for notes. */
export function useSlideKeys({ enabled, index, onGo, onToggleNotes, onExit }: SlideKeys): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (NEXT.has(event.key)) onGo(index + 1);
      else if (PREVIOUS.has(event.key)) onGo(index - 1);
      else if (event.key === "Home") onGo(0);
      else if (event.key === "End") onGo(Number.MAX_SAFE_INTEGER);
      else if (event.key === "n" || event.key === "N") onToggleNotes();
      else if (event.key === "Escape" && !document.fullscreenElement) onExit();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, index, onGo, onToggleNotes, onExit]);
}
