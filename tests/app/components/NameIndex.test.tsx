/** NameIndex's pieces: names cut into runs of one first letter, each under its heading. */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LetterGroups, byLetter } from "../../../src/app/components/NameIndex";

const names = [
  { letter: "A", name: "An Phú" },
  { letter: "A", name: "Ân Thi" },
  { letter: "B", name: "Ba Chẽ" },
  { letter: "Đ", name: "Đầm Hà" },
];

describe("byLetter", () => {
  it("cuts names, in their order, into runs of the same letter", () => {
    expect(byLetter(names).map(([letter, group]) => [letter, group.map((n) => n.name)])).toEqual([
      ["A", ["An Phú", "Ân Thi"]],
      ["B", ["Ba Chẽ"]],
      ["Đ", ["Đầm Hà"]],
    ]);
    expect(byLetter([])).toEqual([]);
  });
});

describe("LetterGroups", () => {
  it("puts each letter's names in a section named by its heading, at the level asked", () => {
    render(<LetterGroups names={names} level={3} line={(n) => <li key={n.name}>{n.name}</li>} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["A", "B", "Đ"]);
    expect(screen.getByRole("region", { name: "A" })).toHaveTextContent("An PhúÂn Thi");
    expect(screen.getByRole("region", { name: "Đ" })).toHaveTextContent("Đầm Hà");
  });
});
