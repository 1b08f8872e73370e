/**
 * Hand-written fixtures following ARTICLE-FORMAT.md: the seed dump
 * seeds/000_5f679b6fde1a2fd2.txt as an ArticlePage, a few neighbours, and a fake NewsSource.
 * Independent of the parser on purpose: the page tests must not break when parsing changes.
 */
import type { NewsSource } from "../../src/app/data/news-source";
import type { Article, ArticlePage, ArticleSummary, BrokenFile } from "../../src/content/types";
import { PAGE_SIZE, homePages, listPage, listingOf, pageCountOf } from "../../src/content/listing";

export const SEED_SLUG = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";

export const seedArticle: Article = {
  id: "000_5f679b6fde1a2fd2",
  slug: SEED_SLUG,
  title: "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà",
  dateline: "Thứ Hai, 16/03/2020, 11:28 [GMT+7]",
  publishedAt: "2020-03-16T11:28:00+07:00",
  hasTime: true,
  lead: "Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành (huyện Hải Hà) đã tập trung thực hiện hiệu quả các giải pháp về xây dựng Đảng, lãnh đạo phát triển KT-XH, nâng cao đời sống vật chất, tinh thần cho nhân dân. Để đạt được kết quả này, Đảng ủy xã đã bám sát sự lãnh đạo, chỉ đạo toàn diện của Huyện ủy, chú trọng làm tốt ngay từ công tác chính trị tư tưởng, tạo sự đồng thuận cao về nhận thức trong đảng viên nhân dân. Đặc biệt là luôn quan tâm xây dựng chi bộ trong sạch, vững mạnh cả về tư tưởng và tổ chức, nâng cao chất lượng sinh hoạt và quản lý đảng viên.",
  byline: "Hoàng Giang",
  relatedPlaceholders: 8,
  readingMinutes: 4,
  body: [
    {
      type: "figure",
      line: 9,
      alt: "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025.",
      caption: "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025.",
      credit: "Minh Hà",
    },
    { type: "paragraph", line: 12, text: "Đảng bộ xã Quảng Thành có tổng số 157 đảng viên, sinh hoạt ở 10 chi bộ. Ngoài các đảng viên trẻ đang công tác tại cơ quan, trường học của xã, phần lớn đảng viên của Đảng bộ đang sinh hoạt ở các chi bộ tại địa bàn dân cư." },
    { type: "paragraph", line: 14, text: "Trên cơ sở nhận diện rõ thế mạnh và thách thức, Đảng ủy xã đã triển khai tốt công tác xây dựng Đảng nói chung, công tác giáo dục chính trị, lãnh đạo tư tưởng nói riêng. Từ đó phát huy được vai trò nòng cốt, tiên phong của đội ngũ đảng viên trong các nhiệm vụ, như thi đua sản xuất giỏi, xây dựng nông thôn mới..." },
    { type: "paragraph", line: 16, text: "Đồng chí Trần Văn Trí, Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành, cho biết: Chúng tôi xác định rõ công tác xây dựng Đảng phải luôn luôn làm tốt ngay từ mỗi chi bộ - tổ chức cơ sở trong hệ thống tổ chức của Đảng. Bởi đây là nơi trực tiếp triển khai, tổ chức thực hiện các chỉ thị, nghị quyết của Đảng; cũng là nơi trực tiếp rèn luyện và quản lý đảng viên…" },
    {
      type: "pullquote",
      line: 16,
      text: "Chúng tôi xác định rõ công tác xây dựng Đảng phải luôn luôn làm tốt ngay từ mỗi chi bộ - tổ chức cơ sở trong hệ thống tổ chức của Đảng.",
      name: "Trần Văn Trí",
      role: "Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành",
    },
    { type: "paragraph", line: 18, text: "Vì vậy, nhiều năm qua, Đảng ủy xã luôn tập trung mọi nỗ lực để xây dựng chi bộ thật sự trong sạch, vững mạnh, làm cơ sở vững chắc để củng cố sức chiến đấu của toàn Đảng bộ. Vừa qua, khi chuẩn bị tiến hành đại hội chi bộ nhiệm kỳ 2020-2022, Đảng ủy đã làm rất kỹ về mặt nhân sự cấp ủy của các chi bộ trong toàn Đảng bộ nhằm lựa chọn được những đồng chí cấp ủy, nhất là bí thư có đủ trình độ và năng lực, có tín nhiệm cao, nhiệt tình và trách nhiệm." },
    { type: "paragraph", line: 20, text: "Để giúp các chi bộ nâng cao chất lượng sinh hoạt, đổi mới không ngừng về hình thức và nội dung, hằng tháng, Đảng ủy xã phân công các Đảng ủy viên đến dự các buổi sinh hoạt. Từ đó nhằm trực tiếp góp ý với cơ sở để áp dụng cách làm hay, khắc phục mặt hạn chế và báo cáo kết quả cho Thường trực Đảng ủy xã." },
    { type: "paragraph", line: 22, text: "Nhờ đó, chuyển biến rõ nét nhất là các buổi sinh hoạt đã trở thành diễn đàn sôi nổi, khơi gợi được năng lực, sở trường của từng đảng viên nhằm phát huy được trí tuệ tập thể, đề ra được nghị quyết sát thực. Đảm bảo vừa bám sát những nhiệm vụ trọng tâm do cấp ủy cấp trên chỉ đạo và được cán bộ, người dân đồng tình cao." },
    {
      type: "figure",
      line: 24,
      alt: "Hộ ông Vũ Văn Thiết là một trong những điển hình nông dân thi đua sản xuất giỏi, xây dựng vườn mẫu đạt chuẩn của thôn Hải Đông, xã Quảng Thành (huyện Hải Hà).",
      caption: "Hộ ông Vũ Văn Thiết, một trong những điển hình nông dân thi đua sản xuất giỏi, xây dựng vườn mẫu đạt chuẩn của thôn Hải Đông, xã Quảng Thành (huyện Hải Hà).",
      // Not in the dump (its images were lost): set here so the <img> path is tested too.
      src: "/images/000_5f679b6fde1a2fd2/2.jpg",
      width: 1200,
      height: 800,
    },
    { type: "paragraph", line: 27, text: "Về vấn đề này, đồng chí Đặng Xuân Túc, Bí thư chi bộ, Trưởng thôn Hải Đông (xã Quảng Thành), cho biết: Cách làm được chi ủy thống nhất là lựa chọn nội dung sinh hoạt theo chuyên đề cụ thể, tránh tình trạng chỉ quán triệt chung chung, mơ hồ mà phải tranh thủ ý kiến của từng đảng viên, từ việc xây dựng chi bộ vững mạnh đến công tác lãnh đạo, chỉ đạo phát triển KT-XH, xây dựng nông thôn mới, an sinh xã hội..." },
    {
      type: "pullquote",
      line: 27,
      text: "Cách làm được chi ủy thống nhất là lựa chọn nội dung sinh hoạt theo chuyên đề cụ thể, tránh tình trạng chỉ quán triệt chung chung, mơ hồ…",
      name: "Đặng Xuân Túc",
      role: "Bí thư chi bộ, Trưởng thôn Hải Đông (xã Quảng Thành)",
    },
    { type: "paragraph", line: 29, text: "Bí thư chi bộ là người chủ trì buổi sinh hoạt thì tập trung vào việc gợi mở vấn đề để tạo không khí thảo luận sôi nổi, nhất là nêu cao tinh thần công khai, dân chủ, thực sự cầu thị, tiếp thu từng ý kiến đóng góp. Khi đã thống nhất quan điểm thì phân công nhiệm vụ, gắn trách nhiệm rõ ràng cho đảng viên phụ trách, xác định nói đi đôi với làm." },
    { type: "paragraph", line: 31, text: "Quảng Thành cũng luôn chú trọng tăng cường công tác kiểm tra, giám sát việc tổ chức thực hiện, chú trọng công tác tổng kết thực tiễn, rút ra bài học kinh nghiệm, phổ biến, nhân rộng những điển hình tiên tiến, những cách làm hay, kinh nghiệm quý." },
    { type: "paragraph", line: 33, text: "Đi liền với đó là những cơ chế động viên, khen thưởng kịp thời các tổ chức, cá nhân có nhiều thành tích; chấn chỉnh kịp thời, nghiêm túc đối với cán bộ, đảng viên chậm đổi mới, vi phạm Điều lệ Đảng, chính sách, pháp luật... Từ đó đã góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng, xây dựng hệ thống chính trị vững mạnh ở địa phương." },
  ],
};

function summaryOf(article: Article): ArticleSummary {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    hasTime: article.hasTime !== false,
    excerpt: article.lead,
    readingMinutes: 3,
  };
}

export const seedSummary = summaryOf(seedArticle);

/** Published after the seed: its "next". */
export const newer: ArticleSummary = {
  id: "001_newer",
  slug: "quang-thanh-ra-quan-xay-dung-nong-thon-moi",
  title: "Quảng Thành ra quân xây dựng nông thôn mới",
  dateline: "Thứ Sáu, 20/03/2020, 08:05 [GMT+7]",
  publishedAt: "2020-03-20T08:05:00+07:00",
  hasTime: true,
  excerpt: "Hàng trăm người dân xã Quảng Thành cùng ra quân làm đường, trồng cây, chỉnh trang thôn xóm.",
  readingMinutes: 2,
};

/** Published before the seed: its "previous". */
export const older: ArticleSummary = {
  id: "002_older",
  slug: "hai-ha-to-chuc-dai-hoi-diem-cap-co-so",
  title: "Hải Hà tổ chức đại hội điểm cấp cơ sở",
  dateline: "10/03/2020 | 15:45 GMT+7",
  publishedAt: "2020-03-10T15:45:00+07:00",
  hasTime: true,
  excerpt: "Đại hội điểm được tổ chức trang trọng, đúng quy định, rút kinh nghiệm cho các chi bộ khác.",
  readingMinutes: 2,
};

/** Dated without a clock time. */
export const dateOnly: ArticleSummary = {
  id: "003_date_only",
  slug: "nong-dan-hai-dong-lam-giau-tu-vuon-mau",
  title: "Nông dân Hải Đông làm giàu từ vườn mẫu",
  dateline: "28/02/2020",
  publishedAt: "2020-02-28T00:00:00+07:00",
  hasTime: false,
  excerpt: "Vườn mẫu đạt chuẩn giúp nhiều hộ nông dân có thu nhập ổn định.",
  readingMinutes: 2,
};

/** Its dateline named an impossible date: kept as written, no instant. */
export const undated: ArticleSummary = {
  id: "004_undated",
  slug: "bai-viet-ngay-khong-hop-le",
  title: "Bài viết có ngày không hợp lệ",
  dateline: "31/02/2020",
  publishedAt: null,
  hasTime: false,
  excerpt: null,
  readingMinutes: 2,
};

/** Related news as the plugin would rank it, plus the seed itself, which the page must drop. */
export const seedPage: ArticlePage = {
  article: seedArticle,
  related: [older, seedSummary, dateOnly, newer],
  previous: older,
  next: newer,
};

export const brokenFile: BrokenFile = {
  file: "seeds/999_hong.txt",
  id: "999_hong",
  slug: "999-hong",
  problems: [
    { file: "seeds/999_hong.txt", line: 1, severity: "error", message: "Tệp không có dòng chữ nào." },
    { file: "seeds/999_hong.txt", line: 3, severity: "warning", message: "Không tìm thấy dòng ngày tháng." },
  ],
};

/** Every summary, newest first (undated last), as the plugin's lists give them. */
export const allSummaries: ArticleSummary[] = [newer, seedSummary, older, dateOnly, undated].sort(
  (a, b) => (b.publishedAt ? Date.parse(b.publishedAt) : -Infinity) - (a.publishedAt ? Date.parse(a.publishedAt) : -Infinity),
);

export const LIST_SIZE = PAGE_SIZE;

type FakeOptions = Partial<NewsSource> & {
  /** The whole corpus, newest first; lists, `latest` and `pageCount` are derived from it. */
  articles?: ArticleSummary[];
  /** slug → page; any other slug is unknown. */
  pages?: Record<string, ArticlePage>;
  /** Other data files by path (the shelves, the indexes): any other path has none. */
  files?: Record<string, unknown>;
};

/** A NewsSource over the fixtures, shaped like the plugin's: lists of 20, the latest six. */
export function fakeSource(overrides: FakeOptions = {}): NewsSource {
  const pages = overrides.pages ?? { [SEED_SLUG]: seedPage };
  const articles = overrides.articles ?? allSummaries;
  const listing = listingOf(articles);
  return {
    latest: overrides.latest ?? articles.slice(0, 6),
    count: overrides.count ?? articles.length,
    pageCount: overrides.pageCount ?? pageCountOf(listing),
    homePages: overrides.homePages ?? homePages(listing),
    broken: overrides.broken ?? [],
    ...(overrides.moved ? { moved: overrides.moved } : {}),
    loadArticle:
      overrides.loadArticle ??
      ((slug) => {
        const page = Object.hasOwn(pages, slug) ? pages[slug] : undefined;
        return page ? Promise.resolve(page) : null;
      }),
    loadList:
      overrides.loadList ??
      ((n) => {
        const list = listPage(listing, n);
        return list ? Promise.resolve(list) : null;
      }),
    loadData:
      overrides.loadData ??
      ((path) => {
        const file = overrides.files && Object.hasOwn(overrides.files, path) ? overrides.files[path] : undefined;
        return file === undefined ? null : Promise.resolve(file);
      }),
  };
}
