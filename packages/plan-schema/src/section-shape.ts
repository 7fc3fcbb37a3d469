import { SectionField } from "./doc-layout";
import type { Limits } from "./limits";
import { isSectionKind } from "./sections";

/**
 * What a plan document may hold, as the server checks it on every client update (the reader,
 * readPlan, tolerates anything). Kept beside the layout so the two change together.
 */

const FRAGMENT_PREFIX = "section:";

/** The top-level names a document may use: the section list and one rich-text fragment per section. */
export type RootKind = "sections" | "fragment" | "unknown";

export function rootKind(name: string, limits: Pick<Limits, "maxSectionIdLength">): RootKind {
  if (name === "sections") return "sections";
  const id = name.startsWith(FRAGMENT_PREFIX) ? name.slice(FRAGMENT_PREFIX.length) : "";
  return id.length > 0 && id.length <= limits.maxSectionIdLength ? "fragment" : "unknown";
}

/** Keys of a section map clients may write on an existing section: id and kind are fixed, reviewerId is the owner's (GraphQL). */
export const CLIENT_EDITABLE_SECTION_FIELDS: ReadonlySet<string> = new Set([SectionField.title]);

const SECTION_FIELDS: ReadonlySet<string> = new Set(Object.values(SectionField));

export function isSectionFieldName(key: string): boolean {
  return SECTION_FIELDS.has(key);
}

/** Whether `value` may be stored under `key` of a section map. */
export function isValidSectionValue(key: string, value: unknown, limits: Pick<Limits, "maxTitleLength" | "maxSectionIdLength">): boolean {
  switch (key) {
    case SectionField.id:
      return typeof value === "string" && value.length > 0 && value.length <= limits.maxSectionIdLength;
    case SectionField.kind:
      return isSectionKind(value);
    case SectionField.title:
      return typeof value === "string" && value.length <= limits.maxTitleLength;
    case SectionField.reviewerId:
      return value === null || (typeof value === "string" && value.length <= 64);
    default:
      return false;
  }
}
