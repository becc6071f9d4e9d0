// Tables of the objections area (see ARCHITECTURE.md). Filled in by that area's work.
export {};
