/**
 * What every topic's word bank looks like, and the text all topics share: paragraphs any local
 * story can carry, closing paragraphs, speech verbs, lead-ins, byline units and tail headers.
 *
 * Templates use slots filled per article (see fill.ts): {xa} commune, {dv} "xã Quảng Thành",
 * {cap} "xã", {huyen} district, {hdv} "huyện Hải Hà", {hkind} "huyện", {uy} "Huyện ủy Hải Hà",
 * {thon}/{tdv} village, {thon2}/{tdv2} another village, {xa2}/{dv2} another commune of the
 * district, {nam} year (and {nam1} the year before, {nam2} the year after), {thang} month,
 * {ngay} "20/3" (a day just before publication), {buoi} "Sáng", {chude} the topic's theme,
 * {sp} the article's product, {truong} a school, {lehoi} a festival, {n:a-b} a whole number,
 * {r:a-b} a round one (after "hơn", "gần", "khoảng"), {f:a-b} a number with one decimal. A capital first letter ({Dv}, {Hdv}, {Tdv}, {Cap}, {Sp})
 * capitalises the value.
 */
import type { Gender, HonorificSet } from "./bank-people.ts";
import type { UnitKind } from "./bank-places.ts";

export type Speaker = {
  role: string;
  h: HonorificSet;
  /** Officials speak for their office; others about their own life. */
  official: boolean;
  g?: Gender;
  say: readonly string[];
};

export type Topic = {
  key: string;
  /** What the topic is about, as a noun phrase: "xây dựng nông thôn mới". */
  theme: string;
  /** Only in coastal districts (fishing). */
  coastal?: boolean;
  /** Only in these kinds of commune (new rural development happens in xã, not phường). */
  units?: readonly UnitKind[];
  products?: readonly string[];
  titles: readonly string[];
  leads: readonly string[];
  paras: readonly string[];
  figures: readonly string[];
  speakers: readonly Speaker[];
  tags: readonly string[];
  list?: { intro: string; items: readonly string[] };
};

export function speakers(official: boolean, h: HonorificSet, roles: readonly string[], say: readonly string[], g?: Gender): Speaker[] {
  return roles.map((role) => (g ? { role, h, official, say, g } : { role, h, official, say }));
}

/** Paragraphs any topic can use, after its own ones. */
export const COMMON_PARAS = [
  "Để đạt được kết quả trên, địa phương đã huy động sự vào cuộc của cả hệ thống chính trị, trong đó vai trò của người đứng đầu cấp ủy, chính quyền được đề cao.",
  "Bên cạnh những kết quả đạt được, {chude} ở {dv} vẫn còn một số khó khăn. Nguồn lực của địa phương còn hạn hẹp, một bộ phận người dân chưa thực sự chủ động tham gia.",
  "Có thể thấy, sự đồng thuận của nhân dân chính là yếu tố quyết định. Khi người dân hiểu rõ chủ trương và thấy được lợi ích thiết thực, họ sẵn sàng góp công, góp sức cùng chính quyền.",
  "Các ngành chức năng của {hkind} cũng thường xuyên về cơ sở kiểm tra, hướng dẫn, kịp thời giải quyết những vướng mắc phát sinh, không để kéo dài.",
  "Với cách làm bài bản, quyết liệt, {chude} của {dv} đã có những chuyển biến rõ rệt, được cấp trên ghi nhận và đánh giá cao.",
  "Mặt trận Tổ quốc và các đoàn thể của {cap} đã phát động nhiều phong trào thi đua, tạo sức lan tỏa rộng khắp trong các tầng lớp nhân dân.",
  "Nhiều cách làm hay, mô hình hiệu quả ở {dv} đã được {hdv} ghi nhận, biểu dương và đề nghị các địa phương trong {hkind} học tập, nhân rộng.",
];

/** Paragraphs that close an article. */
export const CLOSERS = [
  "Thời gian tới, {dv} tiếp tục tập trung nguồn lực cho {chude}, phấn đấu hoàn thành các chỉ tiêu đã đề ra trong năm {nam}.",
  "Theo UBND {hdv}, thời gian tới {hkind} sẽ tiếp tục rà soát, tháo gỡ khó khăn cho cơ sở; kịp thời biểu dương, nhân rộng những cách làm hay, mô hình hiệu quả.",
  "Những kết quả bước đầu là động lực để {dv} tiếp tục đổi mới cách làm, đưa {chude} đi vào chiều sâu, thiết thực và hiệu quả hơn.",
  "Năm {nam}, {hdv} đặt mục tiêu tiếp tục nâng cao hiệu quả {chude}, gắn với thực hiện các chương trình mục tiêu quốc gia trên địa bàn.",
  "Trong thời gian tới, địa phương sẽ tăng cường công tác tuyên truyền, để mỗi người dân hiểu rõ trách nhiệm, quyền lợi và tích cực tham gia.",
];

/** Verbs that introduce speech (all known to the parser's speech step). */
export const OFFICIAL_VERBS = ["cho biết", "cho biết", "khẳng định", "nhấn mạnh", "cho rằng", "phát biểu", "nhận định", "cho hay", "chia sẻ"];
export const PERSON_VERBS = ["chia sẻ", "chia sẻ", "tâm sự", "kể", "bày tỏ", "nói", "phấn khởi nói", "bộc bạch", "cho biết", "cho hay"];

/** Lead-ins before an attribution: lower-case after the first word, so never read as a name. */
export const LEAD_INS = [
  "Về vấn đề này", "Trao đổi với phóng viên", "Tại buổi làm việc", "Nói về những thay đổi ở địa phương",
  "Đánh giá về kết quả đạt được", "Tại hội nghị", "Trao đổi với chúng tôi", "Chia tay chúng tôi",
];

/** A reporter's newsroom, after the byline in brackets. */
export const BYLINE_UNITS = [
  "(Trung tâm TTVH-TT {hkind} {huyen})", "(Trung tâm Truyền thông và Văn hóa {hdv})", "(CTV)",
  "(Phòng Văn hóa và Thông tin {hdv})", "(Cộng tác viên {hdv})",
];

export const RELATED_HEADERS = {
  related: ["Tin liên quan", "Tin liên quan", "Tin liên quan", "TIN LIÊN QUAN", "Tin liên quan:"],
  section: ["Tin cùng chuyên mục", "Tin cùng chuyên mục", "TIN CÙNG CHUYÊN MỤC"],
  articles: ["Bài liên quan", "Bài liên quan", "Bài liên quan:"],
} as const;
export const COMMENTS_HEADERS = ["Ý kiến bạn đọc", "Ý kiến bạn đọc", "Ý KIẾN BẠN ĐỌC"];
export const TAGS_LABELS = ["Từ khóa:", "Từ khóa:", "Từ khóa:", "Từ khoá:"];
