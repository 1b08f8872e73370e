import { act, render as renderAlone, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { ArticleCredit } from "../../../src/app/components/ArticleCredit";
import { ArticleView } from "../../../src/app/components/ArticleView";
import { seedArticle } from "../fixtures";

/** The byline's names are links: rendered inside a router, as the app renders them. */
const render = (ui: ReactElement) => renderAlone(<MemoryRouter>{ui}</MemoryRouter>);

describe("ArticleCredit", () => {
  it("shows the byline alone when that is all the dump signs, the name leading to the author's page", () => {
    const { container } = render(<ArticleCredit article={{ byline: "Hoàng Giang" }} />);
    expect(screen.getByRole("link", { name: "Hoàng Giang" })).toHaveAttribute("href", "/tac-gia/hoang-giang");
    expect(screen.getByRole("link", { name: "Hoàng Giang" })).toHaveAttribute("rel", "author");
    expect(container.textContent).toBe("Hoàng Giang");
  });

  it("links each of two names, and leaves what is not a name as written", () => {
    const { container } = render(<ArticleCredit article={{ byline: "Theo Lan Anh - Quốc Bảo/TTXVN" }} />);
    const links = within(container.querySelector(".article-byline")!).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Lan Anh", "/tac-gia/lan-anh"],
      ["Quốc Bảo", "/tac-gia/quoc-bao"],
    ]);
    expect(container.textContent).toBe("Theo Lan Anh - Quốc Bảo/TTXVN");
  });

  it("says 'Bài, ảnh:' once when the writer took the photos too", () => {
    const { container } = render(<ArticleCredit article={{ byline: "Đức Hùng", photoCredit: "Đức Hùng" }} />);
    expect(container.textContent).toBe("Bài, ảnh: Đức Hùng");
  });

  it("credits another photographer and the source outlet on lines of their own", () => {
    const { container } = render(<ArticleCredit article={{ byline: "Theo MỘC LAN", photoCredit: "Vi Thắm", source: "VTC News" }} />);
    const lines = [...container.querySelectorAll("p")].map((p) => p.textContent);
    expect(lines).toEqual(["Theo MỘC LAN", "Ảnh: Vi Thắm", "Nguồn: VTC News"]);
  });

  it("renders nothing for an unsigned article", () => {
    const { container } = render(<ArticleCredit article={{ byline: null }} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ArticleView with other outlets' fields", () => {
  it("opens the sapo with the place line and signs with the source", async () => {
    // The reader tools load lazily: React settles that inside an awaited act.
    await act(async () => {
      render(<ArticleView article={{ ...seedArticle, place: "Yên Bái", source: "Dân trí" }} />);
    });
    const lead = screen.getByText(/^Nhiệm kỳ 2015-2020/);
    expect(lead.textContent).toMatch(/^Yên Bái – Nhiệm kỳ 2015-2020/);
    expect(screen.getByText("Dân trí").closest("p")!.textContent).toBe("Nguồn: Dân trí");
  });

  it("links the dateline to its month in the archive", async () => {
    await act(async () => {
      render(<ArticleView article={seedArticle} />);
    });
    const dateline = screen.getByRole("link", { name: /16\/03\/2020/ });
    expect(dateline).toHaveAttribute("href", "/luu-tru/2020/3");
    expect(within(dateline).getByRole("time")).toHaveAttribute("datetime", seedArticle.publishedAt);
  });
});
