import type { SectionMeta } from "@planbridge/plan-schema";
import { getSections } from "@planbridge/plan-schema";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { listSections } from "@planbridge/plan-schema";

/** The live section list; re-read whenever anyone adds, renames, moves or deletes a section. */
export function useSections(doc: Y.Doc | null): SectionMeta[] {
  const [sections, setSections] = useState<SectionMeta[]>([]);
  useEffect(() => {
    if (!doc) return;
    const array = getSections(doc);
    const refresh = () => setSections(listSections(doc));
    refresh();
    array.observeDeep(refresh);
    return () => array.unobserveDeep(refresh);
  }, [doc]);
  return sections;
}
