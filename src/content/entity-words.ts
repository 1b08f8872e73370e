/**
 * The words entity finding (entities.ts) reads: what stands before a place, a person and an
 * organisation, family names, and the syllables that are capitalised for what they are. Lists,
 * so that an outlet's own words are one line to add.
 */
export const PLACE_WORDS = [
  "xã", "huyện", "tỉnh", "thành phố", "tp", "thị xã", "thị trấn", "phường", "quận", "thôn", "bản", "xóm", "ấp", "làng",
  "khu", "đảo", "vịnh", "sông", "núi", "hồ", "đèo", "cửa khẩu", "hang", "động", "chợ", "bến",
];
/** Before a person, written in lower case mid-sentence (capitalised, "Anh" or "Bà" may be part of a name). */
export const HONORIFICS = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "đồng chí", "thầy", "cháu", "vợ chồng", "gia đình"];
/** Before a person, capitalised or not: titles and roles. */
export const ROLES = [
  "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "trưởng phòng",
  // A hamlet's head: "Trưởng bản Ninh Văn Tường" is a person; "Trưởng thôn Hải Đông", no family name, is the hamlet.
  "trưởng thôn", "trưởng bản", "trưởng xóm", "trưởng ấp", "phó trưởng thôn",
  "trưởng ban", "hiệu trưởng", "bác sĩ", "kỹ sư", "nhà báo", "nghệ nhân", "nghệ sĩ", "thiếu tá", "trung tá", "thượng tá",
  "đại tá", "đại úy", "thiếu úy", "trung úy", "thượng úy", "tổng bí thư", "thủ tướng", "bộ trưởng", "đại biểu", "pgs", "ts", "ths",
];
/**
 * Family names, for a name a role stands before: "Bí thư Trần Văn Trí" is a person, "Trưởng thôn
 * Hải Đông" (a hamlet's head) is not, and roles are followed by places and bodies as often as by people.
 */
export const FAMILY_NAMES = new Set(
  ("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào triệu lương mai trương đoàn vương hà cao " +
    "lâm tạ tô trịnh chu lưu châu quách lại lục hứa thái kiều tăng phùng nông la đàm khổng giáp mạc tống diệp thân âu lò " +
    "sầm hoàng ninh quan vi bế hầu đồng lã lạc mẫn ông lều").split(" "),
);
/** An organisation's first word(s), written capitalised; the name that follows makes it one organisation. */
export const INSTITUTIONS = [
  "đảng bộ", "ubnd", "hđnd", "công ty cổ phần", "công ty tnhh", "hội", "vườn quốc gia", "trường tiểu học", "trường mầm non", "trường trung học cơ sở", "trường trung học phổ thông",
  "trường đại học", "trường cao đẳng", "trường phổ thông dân tộc nội trú", "trường phổ thông dân tộc bán trú", "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "công an", "trường", "bệnh viện",
  "trung tâm y tế", "trung tâm", "công ty", "ngân hàng", "hợp tác xã", "htx", "ban quản lý", "chi cục", "hội nông dân",
  "hội liên hiệp phụ nữ", "hội cựu chiến binh", "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn", "mặt trận tổ quốc", "bộ chỉ huy quân sự",
  "đồn biên phòng", "viện kiểm sát", "tòa án nhân dân", "toà án nhân dân", "sở", "phòng", "tập đoàn", "nhà máy", "chợ",
];
/**
 * Syllables capitalised because of what they name — the Party and its committees, the state's
 * bodies, the administrative levels — never a syllable of a person's or a place's name: a run
 * stops at them ("Bí thư Đảng ủy" names no one). Common name syllables are not here ("Thành",
 * "Thị", "Quốc").
 */
export const NEVER_NAMES = new Set(
  "đảng ủy uỷ nhà nước nghị quyết phủ trận bí tịch điều lệ huyện tỉnh xã phường quận thường trực ubnd hđnd kt-xh".split(" "),
);
/** Institutions whose name follows directly ("Trường Tiểu học …", "Công ty Hải Hà"); the others need a place word or an abbreviation before it. */
export const NAMED_DIRECTLY = new Set([
  "trường tiểu học", "trường mầm non", "trường trung học cơ sở", "trường trung học phổ thông", "trường đại học", "trường cao đẳng",
  "trường phổ thông dân tộc nội trú", "trường phổ thông dân tộc bán trú", "bệnh viện", "công ty", "ngân hàng", "hợp tác xã", "htx", "nhà máy", "tập đoàn", "chợ",
  "huyện đoàn", "tỉnh đoàn", "đồn biên phòng", "công ty cổ phần", "công ty tnhh", "hội", "vườn quốc gia",
]);
export const WEEKDAY_OR_MONTH = /^(?:thứ|tháng|chủ)$/;
/** Where or whither: before a place with no word of its own ("ở Hải Hà", "lên Hà Giang", "từ Hà Nội"). */
export const LOCATIVES = new Set(["ở", "tại", "về", "lên", "xuống", "từ", "đến", "ra", "vào", "khắp"]);
