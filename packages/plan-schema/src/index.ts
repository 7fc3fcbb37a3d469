export * from "./doc-layout";
export * from "./limits";
export * from "./read-plan";
export * from "./rich-text";
export * from "./sections";
export * from "./template";
export * from "./section-edits";
export * from "./anchors";
