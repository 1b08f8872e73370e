/** The block map on its own: each type to its component, and unknown types never vanish. */
import { render, screen } from "@testing-library/react";
import { describe, expect, test, vi as mock } from "vitest";
import { BlockRenderer } from "../../../../src/app/components/blocks/BlockRenderer";
import type { Block } from "../../../../src/content/types";

describe("BlockRenderer", () => {
  test("renders paragraphs, figures and pull quotes in order", () => {
    const blocks: Block[] = [
      { type: "paragraph", line: 1, text: "Đoạn một." },
      { type: "figure", line: 3, alt: "Ảnh cánh đồng", caption: "Cánh đồng lúa chín." },
      { type: "pullquote", line: 5, text: "Lời trích.", name: "Nguyễn Văn A" },
    ];
    const { container } = render(<BlockRenderer blocks={blocks} />);
    expect([...container.children].map((el) => el.tagName)).toEqual(["P", "FIGURE", "FIGURE"]);
    expect(screen.getByRole("img", { name: "Ảnh cánh đồng" })).toBeInTheDocument();
    expect(screen.getByText("Nguyễn Văn A").closest("figcaption")).not.toBeNull();
  });

  test("renders a crosshead as a level-2 heading, in the article's outline", () => {
    render(<BlockRenderer blocks={[{ type: "paragraph", line: 1, text: "Đoạn." }, { type: "heading", line: 3, text: "Đi tìm chủ trâu" }]} />);
    expect(screen.getByRole("heading", { level: 2, name: "Đi tìm chủ trâu" })).toBeInTheDocument();
  });

  test("a figure without a credit has no credit line", () => {
    render(<BlockRenderer blocks={[{ type: "figure", line: 1, alt: "a", caption: "Chú thích." }]} />);
    expect(screen.queryByText(/^Ảnh:/)).toBeNull();
  });

  test("a pull quote without a role shows just the name", () => {
    render(<BlockRenderer blocks={[{ type: "pullquote", line: 1, text: "Lời trích.", name: "Bà Lan" }]} />);
    const caption = screen.getByText("Bà Lan").closest("figcaption")!;
    expect(caption).toHaveTextContent(/^Trích dẫn: Bà Lan$/);
  });

  test("an unknown block type warns and leaves a hidden placeholder", () => {
    const warn = mock.spyOn(console, "warn").mockImplementation(() => {});
    const odd = { type: "video", line: 7, url: "https://example.test/v.mp4" } as unknown as Block;
    const { container } = render(
      <BlockRenderer blocks={[{ type: "paragraph", line: 1, text: "Trước." }, odd]} />,
    );
    const placeholder = container.querySelector('[data-unknown-block="video"]');
    expect(placeholder).not.toBeNull();
    expect(placeholder).toHaveAttribute("hidden");
    expect(placeholder).not.toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"video"'), odd);
    warn.mockRestore();
  });
});

describe("a figure without its image", () => {
  test("is a caption card whose mark is decoration when the alt only repeats the caption", () => {
    const { container } = render(<BlockRenderer blocks={[{ type: "figure", line: 1, alt: "Bến phà vắng người.", caption: "Bến phà vắng người.", credit: "Kha Lộc" }]} />);
    expect(container.querySelector("figure")).toHaveClass("figure-card");
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText(/Bến phà vắng người\./).closest("figcaption")).toHaveTextContent("Chú thích ảnh: Bến phà vắng người. Ảnh: Kha Lộc");
  });
  test("with its image, the image at its own size and no card", () => {
    const { container } = render(<BlockRenderer blocks={[{ type: "figure", line: 1, alt: "Cầu", caption: "Cầu mới.", src: "/images/x/1.jpg", width: 1200, height: 800 }]} />);
    expect(container.querySelector("figure")).not.toHaveClass("figure-card");
    expect(screen.getByRole("img", { name: "Cầu" })).toHaveAttribute("width", "1200");
  });
});
