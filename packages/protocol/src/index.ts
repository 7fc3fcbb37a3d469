export * from "./close-codes";
export * from "./message-types";
export * from "./paths";
