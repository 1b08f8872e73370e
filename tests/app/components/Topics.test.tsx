/** Topics in lists: TopicItem says what a topic is and how many articles name it; TopicLinks, a row of links. */
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { TopicItem, TopicLinks } from "../../../src/app/components/Topics";

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

describe("TopicLinks", () => {
  it("lists each topic as a link to its page, in the order given, with the list's class", () => {
    render(
      <MemoryRouter>
        <TopicLinks topics={[{ name: "Hải Hà", slug: "hai-ha" }, { name: "Trần Văn Trí", slug: "tran-van-tri" }]} className="topic-links" />
      </MemoryRouter>,
    );
    expect(screen.getByRole("list")).toHaveClass("topic-links");
    expect(screen.getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Hải Hà", "/chu-de/hai-ha"],
      ["Trần Văn Trí", "/chu-de/tran-van-tri"],
    ]);
  });
});
