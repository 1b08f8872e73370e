/**
 * Every Vietnamese string the interface shows, and the date formatters, in one module (the BBC
 * Simorgh pattern): components never hold Vietnamese literals, so wording is reviewed in one
 * place and a second language would be one more file of the same shape.
 *
 * The formatters are pure and deterministic: weekday names come from a table rather than from
 * the runtime's locale data, which differs between Node, Chromium and older phones.
 */

export const locale = "vi-VN";

/** A count as Vietnamese writes it, thousands marked with dots: 4762 → "4.762" (by hand, as the dates: no locale data needed). */
export function figures(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
export const timeZone = "Asia/Ho_Chi_Minh";

/** Vietnam's offset since 1975; used when an ISO string arrives without one. */
const VIETNAM_OFFSET = "+07:00";

/** Index = Date#getUTCDay() (0 is Sunday). */
export const weekdays = [
  "Chủ Nhật",
  "Thứ Hai",
  "Thứ Ba",
  "Thứ Tư",
  "Thứ Năm",
  "Thứ Sáu",
  "Thứ Bảy",
] as const;

export const vi = {
  /** OpenGraph's spelling of the locale. */
  ogLocale: "vi_VN",
  /**
   * The seed site's own name and tagline, and the description a site gets when its settings give
   * none (site.config.json, SITE_NAME …: src/node/site-settings.ts).
   */
  defaultSite: {
    name: "Tin Hải Hà",
    tagline: "Tin tức địa phương, đọc nhanh và rõ",
    description: (siteName: string): string => `${siteName}: bản đọc gọn, nhanh của các bài báo tiếng Việt, chữ rõ, không quảng cáo.`,
  },
  skipLink: "Bỏ qua để đến nội dung chính",
  home: "Trang chủ",
  /** The site navigation landmark in the masthead. */
  siteNav: "Điều hướng chính",
  /** The phone masthead's buttons: the search box and the menu (site links, theme) open below the bar. */
  openSearch: "Tìm kiếm",
  openMenu: "Mục lục",
  /** The masthead links home; its name says so. */
  mastheadLabel: (siteName: string): string => `${siteName} — Trang chủ`,
  /** The masthead menu's links to the archive's indexes. */
  archive: "Lưu trữ",
  authors: "Tác giả",
  /** The trail of links above a page: "Trang chủ › Lưu trữ › Tháng 3/2020". */
  breadcrumbs: "Đường dẫn",
  shelves: {
    /** "Tháng 3/2020": a month's page, its links and its breadcrumb. */
    month: (month: number, year: number): string => `Tháng ${month}/${year}`,
    /** The archive's year heading's count and every shelf's: "12 bài viết". */
    count: (count: number): string => `${count.toLocaleString("vi-VN")} bài viết`,
    undated: "Bài không rõ ngày",
    undatedNote: "Những bài có dòng ngày tháng không đọc được hoặc không có.",
    /** An author page's kind, under the name. */
    author: "Tác giả",
    authorsIntro: "Các tác giả, xếp theo tên (chữ cuối của tên).",
    archiveIntro: "Các bài viết theo năm và tháng đăng, tính theo giờ Việt Nam.",
    /** A shelf's later pages: "Hoàng Giang — Trang 2". */
    page: (title: string, page: number): string => `${title} — Trang ${page}`,
    previousMonth: "Tháng trước",
    nextMonth: "Tháng sau",
    monthNav: "Tháng trước và tháng sau",
    /** An author's feed, named in the page's head. */
    authorFeed: (name: string, siteName: string): string => `${name} — ${siteName}`,
  },
  /** Topics: the places, people and organisations the articles name (src/content/topic-index.ts). */
  topics: {
    title: "Chủ đề",
    /** The article's row of topic links, and the related sidebar's reason. */
    row: "Chủ đề",
    sharedWith: (names: readonly string[]): string => `Cùng nói về ${names.join(", ")}`,
    kinds: { place: "Địa danh", person: "Nhân vật", org: "Tổ chức", tag: "Từ khóa" } as Record<string, string>,
    related: "Thường được nhắc cùng",
    intro: "Địa danh, nhân vật và tổ chức mà các bài viết nhắc đến, tìm từ chính văn bản.",
    popular: "Nhắc đến nhiều nhất",
    all: "Tất cả chủ đề, theo vần",
    feed: (name: string, siteName: string): string => `${name} — ${siteName}`,
    /** Search: the topics whose names match, above the articles. */
    found: "Chủ đề phù hợp",
  },
  /** Visually hidden h1 of the home page: the masthead already shows the site name. */
  homeHeading: "Tin mới nhất",
  latest: "Mới nhất",
  related: "Tin liên quan",
  previous: "Bài trước",
  next: "Bài sau",
  articleNav: "Bài trước và bài sau",
  emptyCorpus: "Chưa có bài viết nào.",
  credit: {
    /** The writer took the photos too: "Bài, ảnh: Đức Hùng". */
    textAndPhotos: "Bài, ảnh:",
    /** The outlet the article came from: "Nguồn: VTC News". */
    source: "Nguồn:",
  },
  /** Label before an image credit: "Ảnh: Hoàng Giang". */
  photoCredit: "Ảnh:",
  /** Read before each caption, hidden on screen, so a listener knows it is a caption. */
  captionPrefix: "Chú thích ảnh:",
  /** Read before a pull quote's speaker, hidden on screen: the quote repeats body text. */
  quotePrefix: "Trích dẫn:",
  /** A pull quote's accessible name, announced as the reader enters it. */
  pullQuoteLabel: (name: string): string => `Trích dẫn lời ${name}`,
  tags: "Từ khóa",
  footerNote: "Bản đọc các bài báo lưu trữ. Nội dung thuộc về tác giả và cơ quan báo chí gốc.",
  documentTitle: (headline: string, siteName: string): string => `${headline} — ${siteName}`,
  pagination: {
    label: "Phân trang",
    /** Toward the newest articles (a higher page number: pages count from the oldest). */
    newer: "Tin mới hơn",
    older: "Tin cũ hơn",
    /** A list page's name: its number only, so that it stays the same as the archive grows. */
    status: (page: number): string => `Trang ${page}`,
  },
  /** "N phút đọc" on each article and list item. */
  readingTime: (minutes: number): string => `${minutes} phút đọc`,
  /** The reader's tools on an article, and the theme toggle in the masthead. */
  tools: {
    label: "Công cụ đọc",
    smaller: "Giảm cỡ chữ",
    larger: "Tăng cỡ chữ",
    /** Announced after a change: "Cỡ chữ 110%". */
    textSize: (percent: number): string => `Cỡ chữ ${percent}%`,
    toDark: "Chế độ tối",
    toLight: "Chế độ sáng",
    share: "Chia sẻ",
    copied: "Đã sao chép liên kết",
    copyFailed: "Không sao chép được. Hãy sao chép địa chỉ trên thanh địa chỉ.",
    listen: "Nghe bài viết",
    stopListening: "Dừng đọc",
    /** Printed under the article: where it lives online. */
    printAddress: "Địa chỉ bài viết:",
  },
  notFound: {
    title: "Không tìm thấy trang",
    body: "Trang bạn tìm không có hoặc đã được chuyển đi nơi khác.",
    backHome: "Về trang chủ",
  },
  error: {
    title: "Không tải được trang",
    body: "Đã có lỗi khi mở trang này. Hãy tải lại trang hoặc thử lại sau ít phút.",
    retry: "Thử lại",
  },
  /** Offline, on a page not saved on this device (src/app/offline/). */
  offline: {
    title: "Bạn đang ngoại tuyến",
    body: "Trang này chưa được lưu để đọc khi không có mạng. Hãy kết nối mạng rồi tải lại trang.",
    /** offline.html: the articles read before, which open without a network. */
    saved: "Bài đã lưu để đọc ngoại tuyến",
  },
  /** The masthead's search box and the search page (/tim-kiem). */
  search: {
    /** The search landmark's name. */
    label: "Tìm kiếm bài viết",
    inputLabel: "Từ khóa tìm kiếm",
    placeholder: "Tìm bài viết…",
    submit: "Tìm",
    title: "Tìm kiếm",
    /** The page's title once a query is given. */
    titleFor: (query: string): string => `Tìm kiếm: ${query}`,
    prompt: "Gõ từ khóa vào ô tìm kiếm, có dấu hay không dấu đều được.",
    loading: "Đang tìm…",
    /** `approximate`: an estimate (a large archive's common words), said as one. */
    count: (count: number, query: string, approximate = false): string => `${approximate ? "Khoảng " : ""}${figures(count)} kết quả cho “${query}”`,
    noResults: (query: string): string => `Không tìm thấy kết quả cho “${query}”`,
    /** Under a list with more to come: how many are shown, and the button for the next ones. */
    shown: (shown: number, total: number, approximate = false): string => `Đã hiện ${figures(shown)} trong ${approximate ? "khoảng " : ""}${figures(total)} kết quả.`,
    more: (next: number): string => `Xem thêm ${next} kết quả`,
    /** With JavaScript off the page cannot search: the index is read in the browser. */
    needsScript: "Tìm kiếm cần JavaScript.",
    results: "Kết quả tìm kiếm",
  },
} as const;

/**
 * Strings only the dev server shows (a broken dump's problems): their own export, so a
 * production bundle, which never renders them, leaves them out.
 */
export const viDev = {
  broken: {
    title: "Tệp bài viết bị lỗi",
    intro:
      "Tệp này chưa đọc được thành bài viết. Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.",
    noticeTitle: (count: number): string => `${count} tệp bài viết chưa đọc được`,
    noticeBody: "Chỉ hiện khi chạy thử trên máy. Mở từng tệp để xem lỗi:",
    problemsLabel: "Danh sách lỗi",
    line: "dòng",
    severity: { error: "Lỗi", warning: "Cảnh báo" },
  },
} as const;

/** The parts of an instant as a wall clock in Vietnam shows them. */
type VietnamTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  offset: string;
};

// Built once: Intl.DateTimeFormat construction is the slow part. "en-US" only so the parts
// come back as plain ASCII digits; the words are ours.
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
  timeZoneName: "shortOffset",
});

/**
 * formatToParts is slow (most of a prerendered page's time went here: each page shows a dozen
 * dates), and an archive shows the same dates again and again: results kept, a bounded number.
 */
const vietnamTimes = new Map<string, VietnamTime | null>();
/** Vietnam has kept UTC+7 since 1975 (the south kept UTC+8 before): Intl is needed only before then. */
const FIXED_OFFSET_SINCE = Date.UTC(1976, 0, 1);
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const VIETNAM_TIMES_KEPT = 50_000;

function toVietnamTime(iso: string): VietnamTime | null {
  let time = vietnamTimes.get(iso);
  if (time === undefined) {
    if (vietnamTimes.size >= VIETNAM_TIMES_KEPT) vietnamTimes.clear();
    vietnamTimes.set(iso, (time = computeVietnamTime(iso)));
  }
  return time;
}

function computeVietnamTime(iso: string): VietnamTime | null {
  // An ISO date-time without an offset would be read in the runtime's own zone; the contract
  // says such times are Vietnam's, so say so explicitly.
  const withZone = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(iso) || !iso.includes("T") ? iso : iso + VIETNAM_OFFSET;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) return null;
  if (ms >= FIXED_OFFSET_SINCE) {
    // One offset since 1976: plain arithmetic, a hundred times faster than formatToParts.
    const wall = new Date(ms + VIETNAM_OFFSET_MS);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      offset: "GMT+7",
    };
  }
  const parts: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    // "GMT+7" today; Intl knows the historical offsets (GMT+8 before 1975).
    offset: parts.timeZoneName ?? "GMT+7",
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

function dayMonthYear(t: VietnamTime): string {
  return `${pad(t.day)}/${pad(t.month)}/${t.year}`;
}

/**
 * `Thứ Hai, 16/03/2020, 11:28 (GMT+7)` — the instant as read in Asia/Ho_Chi_Minh, whatever
 * offset the ISO string carries. Without a clock time: `Thứ Hai, 16/03/2020`.
 * An unreadable string is returned as is rather than thrown: a page must still render.
 */
export function formatDateline(publishedAt: string, hasTime: boolean): string {
  const t = toVietnamTime(publishedAt);
  if (!t) return publishedAt;
  const weekday = weekdays[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  const date = `${weekday}, ${dayMonthYear(t)}`;
  return hasTime ? `${date}, ${pad(t.hour)}:${pad(t.minute)} (${t.offset})` : date;
}

/** The year and month of an instant in Việt Nam (the date archive's month, src/content/months.ts); null for an unreadable one. */
export function vietnamYearMonth(iso: string): { year: number; month: number } | null {
  const t = toVietnamTime(iso);
  return t ? { year: t.year, month: t.month } : null;
}

/** `16/03/2020`, for lists. */
export function formatShortDate(publishedAt: string): string {
  const t = toVietnamTime(publishedAt);
  return t ? dayMonthYear(t) : publishedAt;
}
