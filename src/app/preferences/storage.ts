/** localStorage that never throws: where it is blocked, a preference holds for this page only. */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered, still applied.
  }
}
