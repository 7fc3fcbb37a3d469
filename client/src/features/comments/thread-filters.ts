/** The panel's filters: status, mine, deleted text, section. Applied here (the list is one plan's threads). */
export type StatusFilter = "OPEN" | "RESOLVED" | "ALL";

export interface ThreadFilters {
  status: StatusFilter;
  mine: boolean;
  orphaned: boolean;
  sectionId: string | null;
}

interface FilterableThread {
  id: string;
  status: string;
  author: { id: string };
  anchor?: { sectionId: string } | null;
}

interface FilterContext<T> {
  myId: string;
  isOrphaned(thread: T): boolean;
  /** The thread the person is looking at stays listed, even if a filter (or its resolution) excludes it. */
  activeId: string | null;
}

export function filterThreads<T extends FilterableThread>(threads: readonly T[], filters: ThreadFilters, context: FilterContext<T>): T[] {
  return threads.filter(
    (thread) =>
      thread.id === context.activeId ||
      ((filters.status === "ALL" || thread.status === filters.status) &&
        (!filters.mine || thread.author.id === context.myId) &&
        (!filters.orphaned || context.isOrphaned(thread)) &&
        (filters.sectionId === null || thread.anchor?.sectionId === filters.sectionId)),
  );
}
