/** The build's React Router trim (src/node/lean-router.ts): pure constructors, no display names, nothing else touched. */
import { describe, expect, it } from "vitest";
import { leanRouterCode } from "../../src/node/lean-router";

describe("leanRouterCode", () => {
  it("marks module-level components and contexts pure and drops their display names", () => {
    const code = ['var Link = React10.forwardRef(function Link2() {});', 'Link.displayName = "Link";', "var Ctx = React.createContext(null);", "Ctx.displayName = `Ctx`;"].join("\n");
    expect(leanRouterCode(code)).toBe(["var Link = /* @__PURE__ */ React10.forwardRef(function Link2() {});", "", "var Ctx = /* @__PURE__ */ React.createContext(null);", ""].join("\n"));
  });

  it("leaves other assignments and calls alone", () => {
    const code = 'options.displayName = name;\nel.title = "x";\nuseContext(Ctx);';
    expect(leanRouterCode(code)).toBe(code);
  });
});
