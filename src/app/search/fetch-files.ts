/** The search index's files over HTTP, under the folder URL the news index names (searchUrl). */
import type { SearchFiles } from "../../content/search-files";

export function fetchSearchFiles(folder: string): SearchFiles {
  const get = async (path: string): Promise<Response> => {
    const response = await fetch(folder + path);
    if (!response.ok) throw new Error(`${response.url} ${response.status}`);
    return response;
  };
  return {
    json: async <T,>(path: string) => (await (await get(path)).json()) as T,
    bytes: async (path) => new Uint8Array(await (await get(path)).arrayBuffer()),
  };
}
