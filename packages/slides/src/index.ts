export * from "./slide-model";
export * from "./from-plan";
export * from "./labels";
export * from "./text-budget";
export * from "./to-markdown";
