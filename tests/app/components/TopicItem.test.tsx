/** TopicItem: a topic in a list says what it is and how many articles name it, and links to its page. */
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { TopicItem } from "../../../src/app/components/TopicItem";

describe("TopicItem", () => {
  it("links the name to the topic's page, then says its kind and its count the Vietnamese way (1.234)", () => {
    render(
      <MemoryRouter>
        <ul>
          <TopicItem name="Quảng Thành" slug="quang-thanh" kind="place" count={1234} />
          <TopicItem name="Trần Văn Trí" slug="tran-van-tri" kind="person" count={1} />
        </ul>
      </MemoryRouter>,
    );
    expect(screen.getByRole("link", { name: "Quảng Thành" })).toHaveAttribute("href", "/chu-de/quang-thanh");
    const [place, person] = screen.getAllByRole("listitem");
    expect(place).toHaveTextContent(/^Quảng Thành Địa danh · 1.234 bài viết$/);
    expect(person).toHaveTextContent(/^Trần Văn Trí Nhân vật · 1 bài viết$/);
  });
});
