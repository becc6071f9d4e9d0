// Tables of the intake area (see ARCHITECTURE.md). Filled in by that area's work.
export {};
