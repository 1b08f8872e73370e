/** A story's date and reading time, in lists and under a headline: no separator without a date. */
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StoryDate } from "../../../src/app/components/StoryDate";
import { newer } from "../fixtures";

const undated = { ...newer, dateline: null, publishedAt: null, hasTime: false };

describe("StoryDate", () => {
  it("joins a date and the reading time with a separator", () => {
    const { container } = render(<StoryDate story={newer} form="short" />);
    expect(container).toHaveTextContent(/^20\/03\/2020 · 2 phút đọc$/);
  });
  it("shows the reading time alone for an undated story: no stray separator", () => {
    const { container } = render(<StoryDate story={undated} form="short" />);
    expect(container).toHaveTextContent(/^2 phút đọc$/);
  });
  it("keeps the separator after a dateline shown as written (no instant)", () => {
    const { container } = render(<StoryDate story={{ ...undated, dateline: "Sáng thứ Hai" }} form="short" />);
    expect(container).toHaveTextContent(/^Sáng thứ Hai · 2 phút đọc$/);
  });
});
