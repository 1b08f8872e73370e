import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCredit } from "../../../src/app/components/ArticleCredit";
import { ArticleView } from "../../../src/app/components/ArticleView";
import { seedArticle } from "../fixtures";

describe("ArticleCredit", () => {
  it("shows the byline alone when that is all the dump signs", () => {
    const { container } = render(<ArticleCredit article={{ byline: "Hoàng Giang" }} />);
    expect(screen.getByText("Hoàng Giang").tagName).toBe("P");
    expect(container.textContent).toBe("Hoàng Giang");
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
});
