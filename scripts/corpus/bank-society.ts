/** Word banks: schools, health, festivals and culture. */
import { speakers, type Topic } from "./bank-common.ts";

export const SCHOOLS: Topic = {
  key: "truong",
  theme: "giáo dục và đào tạo",
  titles: [
    "{truong} rộn ràng ngày khai giảng",
    "Học sinh {huyen} sẵn sàng cho kỳ thi tốt nghiệp",
    "Trao học bổng cho học sinh vượt khó ở {xa}",
    "{truong} đạt chuẩn quốc gia",
    "Đổi mới dạy học ở {truong}",
    "Những thầy cô bám bản ở {tdv}",
    "Nâng chất giáo dục vùng khó {huyen}",
    "Thư viện xanh cho học sinh {xa}",
  ],
  leads: [
    "{Buoi} {ngay}, cùng với học sinh cả nước, hơn {r:300-900} học sinh {truong} ({hdv}) đã tưng bừng dự lễ khai giảng năm học {nam}-{nam2}.",
    "Sau {n:2-4} năm đầu tư cơ sở vật chất, nâng cao chất lượng đội ngũ, {truong} ({hdv}) vừa được công nhận đạt chuẩn quốc gia mức độ {n:1-2}. Đây là niềm vui lớn của thầy và trò nhà trường cũng như nhân dân địa phương.",
    "Những năm qua, ngành giáo dục {hdv} đã có nhiều đổi mới trong dạy và học, chất lượng giáo dục toàn diện từng bước được nâng lên, nhất là ở các xã vùng sâu, vùng xa.",
    "Ngày {ngay}, Hội Khuyến học {dv} ({hdv}) tổ chức trao {n:20-80} suất học bổng cho học sinh nghèo vượt khó, học giỏi trên địa bàn.",
  ],
  paras: [
    "Năm học mới, nhà trường có {n:10-30} lớp với {n:300-900} học sinh, tăng {n:15-60} em so với năm học trước. Trước ngày khai giảng, giáo viên, phụ huynh và học sinh đã cùng nhau dọn dẹp, trang trí lớp học, trồng thêm cây xanh trong khuôn viên trường.",
    "Năm học vừa qua, trường có {n:10-40} học sinh đạt giải trong kỳ thi học sinh giỏi cấp {hkind}, {n:2-8} em đạt giải cấp tỉnh. Nhà trường cũng là đơn vị dẫn đầu về phong trào thể dục thể thao.",
    "Nhân dịp này, nhiều doanh nghiệp, nhà hảo tâm đã trao tặng học bổng, mỗi suất trị giá từ {n:1-2} triệu đồng, cho những học sinh vượt khó học giỏi. Nhiều phần quà gồm sách vở, cặp sách, áo mưa cũng được trao tận tay các em có hoàn cảnh khó khăn.",
    "Để đạt chuẩn quốc gia, nhà trường được đầu tư xây mới dãy phòng học {n:2-3} tầng, nhà đa năng, thư viện và các phòng học bộ môn với tổng kinh phí hơn {r:10-40} tỷ đồng.",
    "Đội ngũ giáo viên của trường có {n:25-60} người, toàn bộ đều đạt chuẩn và trên chuẩn về trình độ đào tạo. Nhiều thầy cô tích cực ứng dụng công nghệ thông tin, đổi mới phương pháp dạy học theo hướng phát huy tính chủ động của học sinh.",
    "Ở các điểm trường lẻ vùng cao, nhiều thầy cô đã gắn bó hàng chục năm, vượt đường sá xa xôi để giữ lớp. Ngoài giờ lên lớp, các thầy cô còn đến từng nhà vận động học sinh ra lớp đều đặn.",
    "Mô hình thư viện xanh được nhà trường xây dựng ngay dưới tán cây trong sân trường, với hàng nghìn đầu sách. Giờ ra chơi, các em có thể tự do chọn sách, đọc sách, góp phần hình thành thói quen đọc.",
    "Nhà trường còn tổ chức bữa ăn bán trú cho gần {r:100-300} học sinh người dân tộc thiểu số, giúp các em yên tâm học tập, giảm tình trạng bỏ học giữa chừng.",
    "Năm học {nam1}-{nam}, tỷ lệ học sinh tốt nghiệp THCS của {hkind} đạt {f:98-99}%, tỷ lệ học sinh lên lớp đạt trên {r:97-99}%. Chất lượng giáo dục mũi nhọn có nhiều chuyển biến tích cực.",
    "Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc. Nhiều lớp học tiếng dân tộc cho cán bộ và lớp xóa mù chữ cho người lớn tuổi được mở tại các thôn, bản.",
    "Tuy vậy, cơ sở vật chất ở một số trường vẫn còn thiếu, nhất là phòng học bộ môn và nhà đa năng. Một số điểm trường lẻ xuống cấp, cần được đầu tư sửa chữa.",
    "Hội Khuyến học {cap} thường xuyên vận động các dòng họ, doanh nghiệp đóng góp quỹ khuyến học. Mỗi năm quỹ trao hàng trăm suất quà, học bổng cho học sinh nghèo vượt khó.",
  ],
  figures: [
    "Học sinh {truong} trong ngày khai giảng năm học mới.",
    "Lãnh đạo {hdv} trao học bổng cho học sinh nghèo vượt khó.",
    "Một giờ học của cô và trò {truong}.",
    "Học sinh {truong} đọc sách tại thư viện xanh của trường.",
    "Khuôn viên {truong} được đầu tư khang trang, xanh, sạch, đẹp.",
  ],
  speakers: [
    ...speakers(true, "teacher", ["Hiệu trưởng {truong}", "Phó Hiệu trưởng {truong}"], [
      "Điều chúng tôi mong muốn nhất là mỗi học sinh đến trường đều cảm thấy an toàn, vui vẻ. Năm học này, nhà trường tiếp tục đổi mới phương pháp dạy học, tăng cường các hoạt động trải nghiệm.",
      "Đạt chuẩn quốc gia không phải là đích đến mà là điểm khởi đầu. Nhà trường sẽ tiếp tục nâng cao chất lượng đội ngũ, duy trì và nâng chất các tiêu chuẩn đã đạt.",
    ]),
    ...speakers(true, "official", ["Trưởng phòng Giáo dục và Đào tạo {hdv}", "Chủ tịch Hội Khuyến học {dv}"], [
      "Ngành giáo dục xác định chất lượng giáo dục vùng khó là nhiệm vụ trọng tâm. Chúng tôi ưu tiên bố trí giáo viên giỏi, đầu tư cơ sở vật chất cho các trường vùng cao.",
      "Mỗi suất học bổng tuy giá trị không lớn nhưng là nguồn động viên kịp thời. Chúng tôi mong các em tiếp tục cố gắng, học thật giỏi để sau này góp sức xây dựng quê hương.",
    ]),
    ...speakers(false, "student", ["học sinh lớp {n:6-9}A, {truong}"], [
      "Em rất vui khi được nhận học bổng. Em hứa sẽ cố gắng học thật giỏi để sau này trở thành giáo viên, trở về dạy học ở quê hương.",
      "Thư viện xanh có nhiều sách hay lắm ạ. Giờ ra chơi nào chúng em cũng ra đây đọc truyện, đọc sách tham khảo.",
    ]),
    ...speakers(false, "citizen", ["phụ huynh học sinh ở {tdv}"], [
      "Con tôi được học bán trú, có bữa trưa đầy đủ nên gia đình yên tâm đi làm. Thầy cô ở đây quan tâm các cháu như con em trong nhà.",
    ]),
    ...speakers(false, "teacher", ["giáo viên điểm trường {thon}"], [
      "Nhiều hôm mưa to, suối dâng, tôi phải ở lại điểm trường cùng học trò. Thương các em lắm nên dù vất vả vẫn muốn gắn bó với bản.",
    ]),
  ],
  tags: ["giáo dục", "khai giảng", "học sinh", "trường chuẩn quốc gia", "khuyến học"],
};

export const HEALTH: Topic = {
  key: "yte",
  theme: "chăm sóc sức khỏe nhân dân",
  titles: [
    "Khám sàng lọc miễn phí cho người cao tuổi {xa}",
    "Trạm Y tế {xa} đạt chuẩn quốc gia",
    "{huyen} đẩy mạnh tiêm chủng mở rộng",
    "Bác sĩ về với vùng khó {huyen}",
    "Nâng chất lượng khám chữa bệnh tuyến cơ sở ở {huyen}",
    "Chủ động phòng dịch sốt xuất huyết ở {xa}",
    "Khám bệnh, cấp thuốc miễn phí cho người dân {tdv}",
    "Người dân {xa} hưởng lợi từ bảo hiểm y tế",
  ],
  leads: [
    "Ngày {ngay}, Trung tâm Y tế {hdv} phối hợp với UBND {dv} tổ chức khám sàng lọc bệnh không lây nhiễm, cấp thuốc miễn phí cho hơn {r:200-600} người cao tuổi trên địa bàn.",
    "Sau thời gian đầu tư nâng cấp cơ sở vật chất và trang thiết bị, Trạm Y tế {dv} ({hdv}) đã đáp ứng tốt hơn nhu cầu khám chữa bệnh của người dân, giảm tải cho tuyến trên.",
    "Trước diễn biến của thời tiết nắng nóng xen kẽ mưa, {hdv} đã chỉ đạo ngành y tế và các địa phương triển khai quyết liệt các biện pháp phòng, chống dịch bệnh, không để dịch lây lan trong cộng đồng.",
    "Nhằm bảo đảm trẻ em được tiêm chủng đầy đủ, đúng lịch, ngành y tế {hdv} đã tổ chức các đợt tiêm bù, tiêm vét tại các xã vùng sâu, vùng xa.",
  ],
  paras: [
    "Các bác sĩ đã đo huyết áp, xét nghiệm đường huyết, đo điện tim, siêu âm và tư vấn chế độ dinh dưỡng, luyện tập cho người cao tuổi. Những trường hợp phát hiện bệnh được hướng dẫn đến cơ sở y tế để điều trị kịp thời.",
    "Qua khám sàng lọc, đã phát hiện {n:40-120} người mắc tăng huyết áp, {n:10-40} người có chỉ số đường huyết cao, nhiều trường hợp lần đầu được phát hiện. Tất cả đã được lập hồ sơ quản lý, theo dõi định kỳ tại trạm y tế {cap}.",
    "Trạm y tế hiện có {n:5-8} cán bộ, trong đó có {n:1-2} bác sĩ. Trạm được trang bị máy siêu âm, máy xét nghiệm sinh hóa, máy điện tim, đáp ứng khám chữa bệnh ban đầu cho người dân.",
    "Mỗi tháng, trạm tiếp nhận khám chữa bệnh cho khoảng {r:300-900} lượt người, phần lớn có thẻ bảo hiểm y tế. Người dân không phải đi xa, tiết kiệm thời gian và chi phí.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn {hkind} đạt trên {r:93-99}%. Các đối tượng chính sách, hộ nghèo, người dân tộc thiểu số ở vùng khó khăn được cấp thẻ miễn phí.",
    "Cán bộ y tế phối hợp với các thôn tổ chức ra quân diệt bọ gậy, phát quang bụi rậm, thu gom vật dụng chứa nước đọng quanh nhà. Những ổ dịch nhỏ được phát hiện và xử lý triệt để ngay từ đầu.",
    "Đợt tiêm chủng đã có hơn {r:300-900} trẻ được tiêm các loại vắc xin phòng bệnh. Trước mỗi mũi tiêm, trẻ đều được khám sàng lọc kỹ, sau tiêm được theo dõi sức khỏe theo quy định.",
    "Để người dân vùng cao được tiếp cận dịch vụ y tế, Trung tâm Y tế {hkind} thường xuyên cử bác sĩ về tăng cường cho các trạm y tế xã theo lịch cố định hằng tuần.",
    "Năm {nam}, Trung tâm Y tế {hdv} đặt mục tiêu quản lý ít nhất {n:50-70}% người mắc tăng huyết áp và đái tháo đường tại cộng đồng. Chương trình khám sàng lọc sẽ được tổ chức tại các xã trong thời gian tới.",
    "Ứng dụng công nghệ thông tin trong khám chữa bệnh cũng được đẩy mạnh. Người dân có thể đặt lịch khám qua điện thoại, hồ sơ sức khỏe điện tử được cập nhật đầy đủ.",
    "Cộng tác viên dân số, y tế thôn bản là lực lượng gần dân nhất, thường xuyên đến từng hộ tuyên truyền, nhắc nhở người dân đưa trẻ đi tiêm chủng, khám thai định kỳ.",
    "Dù đã có nhiều cố gắng, nhân lực y tế tuyến cơ sở vẫn còn thiếu, nhất là bác sĩ. Một số trạm y tế xuống cấp, trang thiết bị chưa đồng bộ.",
  ],
  figures: [
    "Bác sĩ Trung tâm Y tế {hdv} đo huyết áp cho người cao tuổi {dv}.",
    "Cán bộ Trạm Y tế {dv} khám bệnh cho người dân trên địa bàn.",
    "Trẻ em {dv} được tiêm chủng đầy đủ, đúng lịch tại trạm y tế.",
    "Người dân {tdv} ra quân diệt bọ gậy phòng bệnh sốt xuất huyết.",
    "Trạm Y tế {dv} được đầu tư khang trang, sạch đẹp.",
  ],
  speakers: [
    ...speakers(true, "doctor", ["Giám đốc Trung tâm Y tế {hdv}", "Trưởng Trạm Y tế {dv}", "Phó Giám đốc Trung tâm Y tế {hdv}"], [
      "Tăng huyết áp và đái tháo đường đang có xu hướng gia tăng ở người cao tuổi, nhưng nhiều người không biết mình mắc bệnh. Phát hiện sớm giúp người bệnh được điều trị, quản lý tại trạm y tế xã, tránh biến chứng nặng.",
      "Chúng tôi xác định phòng bệnh hơn chữa bệnh. Mỗi cán bộ y tế phải bám sát cơ sở, nắm chắc tình hình sức khỏe của từng thôn, từng hộ.",
      "Trạm y tế là nơi người dân tìm đến đầu tiên khi ốm đau. Làm tốt y tế cơ sở thì người dân đỡ vất vả, bệnh viện tuyến trên cũng đỡ quá tải.",
    ]),
    ...speakers(true, "official", ["Phó Chủ tịch UBND {dv}"], [
      "Dịch bệnh không chừa một ai, vì vậy cần sự chung tay của cả cộng đồng. Chỉ cần mỗi gia đình dọn sạch vật dụng chứa nước quanh nhà là đã góp phần rất lớn.",
    ]),
    ...speakers(false, "elder", ["người cao tuổi ở {tdv}"], [
      "Tôi năm nay hơn 70 tuổi, lâu lắm rồi mới được khám kỹ như thế này. Bác sĩ dặn dò cẩn thận, lại cho thuốc uống, tôi thấy yên tâm lắm.",
    ]),
    ...speakers(false, "citizen", ["người dân {tdv}, {dv}", "cộng tác viên y tế {tdv}"], [
      "Có trạm y tế gần nhà, con ốm là bế sang ngay, không phải vượt mấy chục cây số ra trung tâm như trước.",
      "Đi từng nhà nhắc bà con đưa cháu đi tiêm, có nhà phải đến ba, bốn lần. Nhưng thấy các cháu khỏe mạnh là mình vui.",
    ]),
  ],
  tags: ["y tế", "sức khỏe", "tiêm chủng", "khám bệnh miễn phí", "bảo hiểm y tế"],
};

export const FESTIVALS: Topic = {
  key: "lehoi",
  theme: "bảo tồn và phát huy bản sắc văn hóa",
  titles: [
    "Sắc màu {lehoi} {hdv}",
    "Tưng bừng {lehoi} ở {xa}",
    "{huyen} bảo tồn hát then, đàn tính",
    "Gìn giữ điệu hát soọng cô ở {xa}",
    "Rộn ràng ngày hội ở {tdv}",
    "Khai mạc {lehoi} {hdv} năm {nam}",
    "Giữ hồn văn hóa dân tộc ở {huyen}",
    "Câu lạc bộ văn nghệ {tdv} giữ lửa truyền thống",
  ],
  leads: [
    "Ngày {ngay}, tại {dv}, {hdv} tổ chức {lehoi} năm {nam}. Sự kiện thu hút hơn {r:300-900} vận động viên, diễn viên quần chúng đến từ các xã, thị trấn trên địa bàn.",
    "{Buoi} {ngay}, {lehoi} {xa} ({hdv}) đã chính thức khai mạc, thu hút đông đảo người dân và du khách thập phương về dự.",
    "Những năm qua, {hdv} đã triển khai nhiều giải pháp bảo tồn, phát huy các giá trị văn hóa truyền thống của đồng bào các dân tộc, gắn với phát triển du lịch.",
    "Câu lạc bộ văn nghệ dân gian {tdv}, {dv} ({hdv}) được thành lập với hơn {r:20-45} thành viên, đã trở thành nơi gìn giữ, truyền dạy những làn điệu dân ca của đồng bào.",
  ],
  paras: [
    "Ngày hội diễn ra trong {n:2-3} ngày với nhiều hoạt động phong phú như thi trình diễn trang phục dân tộc, hát then, hát soọng cô, thi gói bánh chưng và các môn thể thao dân tộc như kéo co, đẩy gậy, bắn nỏ, đi cà kheo.",
    "Phần lễ được tổ chức trang nghiêm theo nghi thức truyền thống, với lễ rước, lễ tế thần và dâng hương tưởng nhớ các bậc tiền nhân có công với làng. Phần hội sôi nổi với các trò chơi dân gian, thi đấu thể thao và biểu diễn văn nghệ.",
    "Kết thúc ngày hội, Ban Tổ chức đã trao giải Nhất toàn đoàn cho {dv}, giải Nhì cho {dv2}. Ngoài ra, nhiều giải cá nhân, giải phong cách cũng được trao cho các đội và vận động viên xuất sắc.",
    "Gian trưng bày sản phẩm của các địa phương thu hút đông đảo du khách. Nhiều đặc sản như chè, miến dong, mật ong rừng, rượu men lá được bày bán, giới thiệu tới du khách.",
    "Đồng bào dân tộc Dao, Tày, Sán Chỉ, Sán Dìu sinh sống trên địa bàn {hkind} có kho tàng văn hóa phong phú, từ trang phục, lễ hội đến các làn điệu dân ca. Tuy nhiên, nhiều giá trị văn hóa đang có nguy cơ mai một.",
    "Để gìn giữ bản sắc, {hkind} đã mở nhiều lớp truyền dạy hát then, đàn tính, thêu thổ cẩm, cắt may trang phục truyền thống cho thế hệ trẻ. Các nghệ nhân được mời trực tiếp truyền dạy.",
    "Mỗi tuần, các thành viên câu lạc bộ lại tập trung ở nhà văn hóa thôn để tập luyện. Không chỉ người cao tuổi, ngày càng nhiều thanh niên, học sinh tham gia.",
    "Lễ hội năm nay được tổ chức an toàn, tiết kiệm, không có tình trạng mê tín dị đoan, chèo kéo khách hay tăng giá dịch vụ. Công tác bảo đảm an ninh trật tự, vệ sinh môi trường được quan tâm chu đáo.",
    "Thông qua ngày hội, đồng bào các dân tộc có dịp giao lưu, học hỏi, tăng cường tình đoàn kết. Đây cũng là dịp quảng bá hình ảnh quê hương, con người {huyen} tới du khách.",
    "Nhiều lễ hội truyền thống từng bị mai một đã được phục dựng, tổ chức định kỳ hằng năm, trở thành sản phẩm du lịch văn hóa đặc sắc của địa phương.",
    "Các tiết mục văn nghệ do chính người dân dàn dựng, biểu diễn, mang đậm hơi thở cuộc sống lao động, sản xuất của đồng bào vùng cao, vùng biển.",
    "Năm {nam}, {hdv} tiếp tục bố trí kinh phí hỗ trợ các câu lạc bộ văn nghệ dân gian, mua sắm trang phục, nhạc cụ, đồng thời đưa nội dung giáo dục văn hóa truyền thống vào trường học.",
  ],
  figures: [
    "Màn trình diễn trang phục truyền thống của đồng bào Dao {dv} tại ngày hội.",
    "Các vận động viên thi đấu kéo co sôi nổi tại ngày hội năm nay.",
    "Nghệ nhân truyền dạy hát then cho thanh thiếu niên {tdv}.",
    "Lễ rước truyền thống tại lễ hội ở {dv} thu hút đông người xem.",
    "Du khách tham quan gian trưng bày sản phẩm địa phương tại ngày hội.",
  ],
  speakers: [
    ...speakers(true, "official", ["Phó Chủ tịch UBND {hdv}", "Trưởng phòng Văn hóa và Thông tin {hdv}", "Chủ tịch UBND {dv}", "Trưởng Ban Tổ chức lễ hội"], [
      "Ngày hội là dịp để đồng bào các dân tộc giao lưu, học hỏi, cùng nhau giữ gìn và phát huy bản sắc văn hóa truyền thống. Đây cũng là cơ hội quảng bá sản phẩm, thu hút du khách đến với địa phương.",
      "Bảo tồn văn hóa không thể chỉ trông vào nghệ nhân cao tuổi. Chúng tôi muốn lớp trẻ hiểu, yêu và tự hào về văn hóa dân tộc mình, từ đó chủ động gìn giữ.",
      "Lễ hội phải được tổ chức đúng nghi thức truyền thống, an toàn, văn minh. Ban Tổ chức đã phân công lực lượng bảo đảm an ninh trật tự, không để xảy ra các hiện tượng tiêu cực.",
    ]),
    ...speakers(false, "elder", ["nghệ nhân người Dao ở {tdv}"], [
      "Tôi vui lắm khi thấy con cháu mặc lại bộ áo thêu truyền thống, hát lại những bài hát cũ của ông bà. Mong sao năm nào cũng tổ chức ngày hội như thế này.",
    ]),
    ...speakers(false, "citizen", ["Chủ nhiệm Câu lạc bộ văn nghệ {tdv}"], [
      "Các bài hát then, hát soọng cô là do ông bà truyền lại, nếu mình không dạy cho lớp trẻ thì sẽ mất. Câu lạc bộ cứ tối thứ bảy lại tập, ai cũng háo hức.",
    ]),
    ...speakers(false, "young", ["du khách đến từ thành phố Hạ Long", "vận động viên đội {xa}"], [
      "Lần đầu tiên đi xem lễ hội ở đây, tôi rất ấn tượng với những nghi lễ truyền thống và sự mến khách của bà con.",
      "Cả đội tập luyện gần một tháng cho ngày hội. Được giao lưu với bạn bè các xã, vui nhất là được mặc trang phục dân tộc mình.",
    ]),
  ],
  tags: ["lễ hội", "văn hóa", "đồng bào dân tộc", "du lịch văn hóa", "bản sắc"],
};
