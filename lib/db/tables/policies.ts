// Tables of the policies area (see ARCHITECTURE.md). Filled in by that area's work.
export {};
