/**
 * Step (furniture): the page around the article that the extractor kept — share prompts,
 * font-size buttons, print and comment buttons, lists of related headlines, calls to action,
 * bare URLs, end marks and stray widget words (other outlets' dumps, issue 11; the forms are in
 * docs/raw-format.md). Such lines leave the body for the article's `removed` list, each with its
 * reason and line, so nothing is lost and a build can count them. Each pattern matches a whole
 * line: furniture glued inside a sentence stays, as written.
 */
import type { Line } from "./normalize.ts";
import type { RemovedLine, RemovedReason } from "./types.ts";

/** "Chia sẻ bài viết của bạn tại đây", "Chia sẻ:", "Share", "Chia sẻ Facebook". */
const SHARE = /^(?:chia sẻ|share)(?:\s*:)?(?:\s+(?:bài viết|bài|này|của bạn|tại đây|lên|qua|với bạn bè|facebook|zalo|twitter|email|link))*\s*[.:!]?$/iu;
/** Font-size buttons: "A A", "A- A+", "A A A". */
const FONT_SIZE = /^(?:A[+\-−]?\s*){2,3}$/u;
const PRINT = /^(?:in bài(?: viết| này)?|bản in|print)\s*$/iu;
const COMMENTS = /^(?:bình luận|gửi bình luận|xem bình luận|viết bình luận|bình luận\s*\(\d+\)|\d+\s+bình luận)\s*$/iu;
/** A link in a list of related headlines: ">> Headline", "-> Headline?", "» Headline". */
const RELATED_ARROW = /^(?:>>|->|=>|»|→|►|▶)\s*\S/u;
/** How every related pattern begins: one anchored test rules the others out for nearly every line. */
const RELATED_START = /^(?:>>|->|=>|[»→►▶]|xem |đọc |mời |có thể |tin )/iu;
/** "Xem thêm:" and its kin, alone or followed by a headline. */
const RELATED_HEADER = /^(?:xem thêm|đọc thêm|mời (?:bạn |quý vị |quý độc giả )?(?:đọc |xem )?thêm|có thể bạn quan tâm|tin nổi bật|đọc tiếp|xem tiếp)\b\s*:?(?:\s+(\S.*))?$/iu;
/** A related link glued to its label: "tin liên quan Xe mới gom sách cũ." (the label alone is the tail). */
const RELATED_GLUED = /^tin (?:liên quan|cùng chuyên mục)\s*:?\s+\S/iu;
/** An ad or a call to action: the words "TẠI ĐÂY" in capitals end it … */
const CALL_TO_ACTION_CAPS = /TẠI ĐÂY\s*[.!:»>]*$/u;
/** … or, in any case, "bấm/nhấn/click … tại đây" (a sentence merely ending "tại đây" is text). */
const CALL_TO_ACTION = /(?:^|\s)(?:bấm|nhấn|click|kích|đăng ký|mua|tải|xem)\s.*tại đây\s*[.!:»>]*$/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;
/** What some content systems write after the last sentence, alone on its line. */
const END_MARK = /^(?:\.\/\.|…\/|\.\.\.\/|\/\.|-\/-)$/u;
const WIDGET = /^(?:create|edit|quảng cáo|advertisement|loading\.*|đang tải\.*|xem video|nghe bài viết|nghe đọc bài|lưu bài viết|lưu|theo dõi|tặng sao|cỡ chữ|phóng to|thu nhỏ|0:00|00:00|theo dõi .{1,60} trên google news)\s*$/iu;

/** Longer than any furniture line but a bare URL (a call to action of 30 words, a headline of 25). */
export const FURNITURE_MAX_CHARS = 200;

/** A headline in a list: a few words, no full stop or colon at the end (a sentence has one). */
export const HEADLINE_MAX_WORDS = 25;
function isHeadlineLike(text: string): boolean {
  const words = text.split(" ").length;
  return words <= HEADLINE_MAX_WORDS && !/[.:;,]$/u.test(text);
}

/** Headlines run together with " / " (VnExpress under the sapo): each part a headline of 3+ words. */
function isHeadlineRun(text: string): boolean {
  if (!text.includes(" / ") || /[.:;,]$/u.test(text)) return false;
  const parts = text.split(" / ");
  return parts.every((p) => {
    const words = p.trim().split(" ").length;
    return words >= 3 && words <= 15 && /^\p{Lu}/u.test(p.trim());
  });
}

/** Buttons, prompts, marks and widget words are short: longer lines skip their patterns. */
const SHORT_FURNITURE_CHARS = 60;

/**
 * The reason a line alone is page furniture, or null when it is (or may be) the article's text.
 * Every line of every dump comes here, so each pattern runs only on lines that could match it
 * (a length, a first character, a word the line must hold): the patterns alone cost a parse a
 * third more.
 */
export function furnitureReason(text: string): RemovedReason | null {
  // Most lines are paragraphs, longer than any furniture but a URL: one look decides them.
  if (text.length > FURNITURE_MAX_CHARS) return !text.includes(" ") && URL.test(text) ? "url" : null;
  if (text.length <= SHORT_FURNITURE_CHARS) {
    if (SHARE.test(text)) return "share";
    if (FONT_SIZE.test(text)) return "font-size";
    if (PRINT.test(text)) return "print";
    if (COMMENTS.test(text)) return "comments";
    if (END_MARK.test(text)) return "end-mark";
    if (WIDGET.test(text)) return "widget";
  }
  // An ad is often set as a link (">> … TẠI ĐÂY"): its call to action names it first.
  if (text.includes("ĐÂY") || text.includes("đây")) {
    if (CALL_TO_ACTION_CAPS.test(text) || (text.split(" ").length <= 30 && CALL_TO_ACTION.test(text))) return "call-to-action";
  }
  if (RELATED_START.test(text)) {
    if (RELATED_ARROW.test(text) || RELATED_HEADER.test(text)) return "related";
    if (RELATED_GLUED.test(text) && text.split(" ").length <= HEADLINE_MAX_WORDS) return "related";
  }
  if (text.includes(" / ") && isHeadlineRun(text)) return "related";
  if (!text.includes(" ") && URL.test(text)) return "url";
  return null;
}

/**
 * Indented lines are a list of related headlines (Tuổi Trẻ, Hải Dương) — unless most of the
 * dump is indented, when indentation says nothing.
 */
function indentationMeansLists(lines: readonly Line[]): boolean {
  let text = 0;
  let indented = 0;
  for (const l of lines) {
    if (l.kind !== "text") continue;
    text++;
    if (l.indented) indented++;
  }
  return indented > 0 && indented * 2 < text;
}

/**
 * The body's lines with furniture taken out (each becomes a blank line, so it also ends the block
 * it stood in) and the furniture found, in file order. Under a "Xem thêm:" header the headlines
 * that follow in its block are related links too.
 */
export function takeFurniture(lines: readonly Line[]): { lines: Line[]; removed: RemovedLine[] } {
  const removed: RemovedLine[] = [];
  const listsByIndent = indentationMeansLists(lines);
  let underHeader = false;
  const out = lines.map((l): Line => {
    if (l.kind !== "text") {
      underHeader = false;
      return l;
    }
    let reason = furnitureReason(l.text);
    if (!reason && underHeader && isHeadlineLike(l.text)) reason = "related";
    if (!reason && listsByIndent && l.indented && isHeadlineLike(l.text)) reason = "related";
    if (!reason) {
      underHeader = false;
      return l;
    }
    // A header alone opens a list; its headlines keep it open until the block ends.
    const header = RELATED_HEADER.exec(l.text);
    underHeader = (header !== null && header[1] === undefined) || (underHeader && reason === "related");
    removed.push({ line: l.n, text: l.text, reason });
    return { n: l.n, text: "", kind: "blank" };
  });
  return { lines: out, removed };
}
