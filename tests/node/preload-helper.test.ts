import { describe, expect, it } from "vitest";
import { PASS_THROUGH_HELPER, PRELOAD_HELPER_ID, passThroughPreloadHelper } from "../../src/node/preload-helper";

describe("passThroughPreloadHelper", () => {
  const plugin = passThroughPreloadHelper();
  const load = plugin.load as (id: string) => string | undefined;

  it("answers Vite's preload helper with a function that just runs the import", async () => {
    expect(load(PRELOAD_HELPER_ID)).toBe(PASS_THROUGH_HELPER);
    const url = `data:text/javascript,${encodeURIComponent(PASS_THROUGH_HELPER)}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as { __vitePreload: (load: () => Promise<number>) => Promise<number> };
    await expect(__vitePreload(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it("leaves every other module alone, and applies to the client build only", () => {
    expect(load("/src/app/main.tsx")).toBeUndefined();
    expect(plugin.apply).toBe("build");
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: "client" })).toBe(true);
    expect(applies({ name: "ssr" })).toBe(false);
  });
});
