/** How the search index's files reach the query engine: the browser's fetch (src/app/search/fetch-files.ts), or files in memory. */

/** How the index's files are fetched: the browser's fetch under the index's URL, or a test's map. */
export type SearchFiles = {
  json<T>(path: string): Promise<T>;
  bytes(path: string): Promise<Uint8Array>;
};

/** Files held in memory (a build's output, a test's index) as SearchFiles; a missing one is an error. */
export function memoryFiles(files: ReadonlyMap<string, string | Uint8Array>): SearchFiles {
  const get = (path: string) => {
    const data = files.get(path);
    return data === undefined ? Promise.reject(new Error(`search index: no file ${path}`)) : Promise.resolve(data);
  };
  return {
    json: async <T,>(path: string) => {
      const data = await get(path);
      return JSON.parse(typeof data === "string" ? data : new TextDecoder().decode(data)) as T;
    },
    bytes: async (path) => {
      const data = await get(path);
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
  };
}
