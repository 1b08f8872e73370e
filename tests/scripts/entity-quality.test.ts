/** The hand-labelled set (scripts/bench/entity-set): entity finding keeps at least the precision and recall on it. */
import { describe, expect, it } from "vitest";
import { entityQuality } from "../../scripts/bench/entity-quality";

describe("entity finding on the hand-labelled dumps", () => {
  const quality = entityQuality();

  it("finds what a careful reader marks with precision ≥ 0.8 and recall ≥ 0.7 (issue 13's bar for unseen dumps)", () => {
    expect(quality.precision, `wrong:\n${quality.wrong.join("\n")}`).toBeGreaterThanOrEqual(0.8);
    expect(quality.recall, `missed:\n${quality.missed.join("\n")}`).toBeGreaterThanOrEqual(0.7);
  });

  it("scores every kind and every dump: ten dumps, places, people and organisations all marked", () => {
    for (const score of Object.values(quality.byKind)) expect(score.marked).toBeGreaterThan(0);
    expect(quality.byKind.place.marked + quality.byKind.person.marked + quality.byKind.org.marked).toBeGreaterThanOrEqual(60);
  });
});
