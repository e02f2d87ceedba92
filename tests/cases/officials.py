# ruff: noqa: E501 - rows quote article text on one line, to be found with grep
"""Officials stage cases: text → the officials found, in text order, with their roles.

`NAMES` checks who is found (and who is not: the negatives have `names=[]`); `ROLES` checks each
role's text, title and organization, and `organization_full` where the row gives it. Rows quoting
an article of corpus/ name it. `province` is what the province stage would give the article.
"""

from __future__ import annotations

from typing import NamedTuple


class NameCase(NamedTuple):
    id: str
    text: str
    names: list[str]
    people: str = "rules"


class RoleCase(NamedTuple):
    id: str
    text: str
    name: str
    roles: list[tuple[str, str | None, str | None]]  # (text, title, organization)
    province: str | None = None
    full: dict[str, str | None] = {}  # role text → organization_full
    former: tuple[str, ...] = ()  # texts of the roles that are former positions


NAMES = [
    # Person words before the name.
    NameCase("dong-chi", "Đồng chí Trần Hồng Quảng phát biểu kết luận hội nghị.", ["Trần Hồng Quảng"]),
    NameCase("dc-slash", "Đ/c Nguyễn Hoàng Tùng, Tỉnh ủy viên, Bí thư Đảng ủy Khối (đứng giữa) tặng giấy khen", ["Nguyễn Hoàng Tùng"]),
    NameCase("ong-sentence-start", "Ông Giàng A Tếnh, Trưởng bản Pù Quăn, người đầu tiên đăng ký nhận giúp 3 hộ.", ["Giàng A Tếnh"]),
    NameCase("ba-no-role", "Bà Trần Thị Lệ (khu phố Bình Đức 1) đề nghị phường sớm lắp đặt hệ thống chiếu sáng.", ["Trần Thị Lệ"]),
    NameCase("list-after-colon", "Các đồng chí: Nguyễn Phước Lộc, Phó Trưởng Ban Dân vận Trung ương; Nguyễn Tiến Thành, Phó Bí thư Thường trực Tỉnh ủy Thái Bình chủ trì Hội nghị.", ["Nguyễn Phước Lộc", "Nguyễn Tiến Thành"]),
    NameCase("two-in-one-sentence", "Bà Mai Thị Thanh Xuân, Bí thư Đảng ủy phường và ông Đoàn Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì buổi đối thoại.", ["Mai Thị Thanh Xuân", "Đoàn Minh Trí"]),
    # Roles before the name; a province between the role and the name is not part of the name.
    NameCase("title-before", "Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân phát biểu tại buổi làm việc.", ["Lê Vĩnh Tân"]),
    NameCase("province-then-name", "Tại buổi làm việc, Bí thư Tỉnh ủy Ninh Bình Nguyễn Thị Thu Hà bày tỏ mong muốn.", ["Nguyễn Thị Thu Hà"]),
    NameCase("city-then-name", "Đến dự có Ủy viên Trung ương Đảng, Bí thư Thành ủy Cần Thơ Võ Tấn Lực; cùng dự có lãnh đạo các sở.", ["Võ Tấn Lực"]),
    NameCase("title-tinh-then-name", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Trương Văn Đạt chủ trì buổi gặp mặt.", ["Trương Văn Đạt"]),
    NameCase("compound-surname", "Kết luận hội nghị, Trưởng Ban Dân vận Quận ủy Tôn Nữ Thị Ngọc Hân đề nghị các cấp.", ["Tôn Nữ Thị Ngọc Hân"]),
    NameCase("apostrophe-name", "Cùng dự có đồng chí Rơ Châm H'Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.", ["Rơ Châm H'Linh"]),
    # Appositive role after a name with no person word.
    NameCase("apposition-only", "Nguyễn Văn An, Chủ tịch UBND xã phát biểu.", ["Nguyễn Văn An"]),
    # Short mentions join the full name; they never make an official of their own.
    NameCase("short-mention", "Đồng chí Mai Xuân Trường, Phó Bí thư Thường trực Tỉnh ủy phát biểu. Đồng chí Trường đề nghị các cấp ủy.", ["Mai Xuân Trường"]),
    NameCase("partial-name", "Đồng chí Nguyễn Thị Thu Hà, Bí thư Tỉnh ủy phát biểu. Theo đồng chí Thu Hà, các cấp cần chú trọng.", ["Nguyễn Thị Thu Hà"], people="both"),
    NameCase("short-alone", "Đồng chí Trường đề nghị các cấp ủy tiếp tục quán triệt.", []),
    # Not names.
    NameCase("ban-chi-dao", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị.", []),
    NameCase("mat-tran", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội.", []),
    NameCase("thu-bay", "Thứ Bảy, 22/6/2024", []),
    NameCase("ninh-binh", "Ban Thường vụ Tỉnh ủy Ninh Bình chỉ đạo các cấp ủy đảng.", []),
    NameCase("place-after-committee", "Đồng chí Lương Thị Thu, Trưởng Ban Dân vận Huyện ủy Quế Phong cho biết, huyện đã chọn.", ["Lương Thị Thu"]),
    NameCase("title-without-name", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các cấp ủy, chính quyền.", []),
    NameCase("dong-chi-truong-ban", "đồng chí Trưởng Ban, đồng chí Phó trưởng Ban Thường trực Ban Chỉ đạo các huyện", []),
    NameCase("campaign", "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và chủ đề năm.", []),
    NameCase("city-named-for-him", "Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.", []),
    NameCase("author-prize", "Đồng chí Phan Thị Mai Anh trao giải Đặc biệt cho tác giả Lê Hoàng Vũ.", ["Phan Thị Mai Anh"]),
    NameCase("ba-ria-not-a-person", "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu chủ trì hội nghị.", []),
    NameCase("no-context-rules", "Nguyễn Văn An cho biết mô hình đã được nhân rộng.", []),
    NameCase("street", "Hội nghị tổ chức tại trụ sở số 5 đường Nguyễn Văn Cừ, phường Hồng Hải.", [], people="both"),
    NameCase("school", "Học sinh Trường THCS Lê Văn Thiêm đạt giải Nhất.", [], people="both"),
    # Lists: a name after `và` that closes the roles of a named person is named the same way.
    NameCase("list-va", "Các đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh và Trần Văn Bình, Giám đốc Sở Nội vụ đồng chủ trì hội nghị.", ["Nguyễn Văn An", "Trần Văn Bình"]),
    NameCase("list-va-no-roles", "Các đồng chí Nguyễn Văn An và Trần Văn Bình đồng chủ trì hội nghị.", ["Nguyễn Văn An", "Trần Văn Bình"]),
    # Ranks stand where `đồng chí` would; long Central Highlands names after a person word.
    NameCase("rank", "Thiếu tướng Nguyễn Văn Cường, Giám đốc Công an tỉnh phát biểu.", ["Nguyễn Văn Cường"]),
    NameCase("five-syllables", "Đồng chí Y Thanh Hà Niê Kđăm, Chủ tịch Ủy ban Dân tộc của Quốc hội dự hội nghị.", ["Y Thanh Hà Niê Kđăm"]),
    # A body with a comma in its name, then the name; a commune's name, then the name.
    NameCase("comma-body-before", "Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng báo cáo.", ["Nguyễn Văn Hùng"]),
    NameCase("commune-then-name", "Bí thư Đảng ủy xã Tam Chung Lò Văn Chiến phát biểu.", ["Lò Văn Chiến"]),
    NameCase("country-then-name", "Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn dự và phát biểu.", ["Lương Quốc Đoàn"]),
    # The tagger settles what the rules doubt: a name with no context at all.
    NameCase("no-context-both", "Theo báo cáo, Nguyễn Văn An cho biết mô hình đã được nhân rộng ở nhiều xã.", ["Nguyễn Văn An"], people="both"),
    # 164, 165: a highland name opening with an initial and an apostrophe, a K'Ho family name; a
    # body ending in `Môi trường` is no school before the name.
    NameCase("initial-apostrophe-title", "Trưởng Ban Dân vận Tỉnh ủy K'Điệp Ha Sang đồng chủ trì hội nghị.", ["K'Điệp Ha Sang"]),
    NameCase("kho-surname", "Dự hội nghị có đồng chí Bon Niêng Ha Thu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.", ["Bon Niêng Ha Thu"]),
    NameCase("moi-truong-then-name", "Giám đốc Sở Tài nguyên và Môi trường Đặng Văn Hào cùng lãnh đạo thị xã An Nhơn.", ["Đặng Văn Hào"]),
    # 163, 168: a list of roles before names, separated by commas.
    NameCase("list-titles-before", "Tham dự có Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Lại Văn Hưng, Chánh Thanh tra tỉnh Nguyễn Đức Thịnh, Giám đốc Sở Nội vụ Mai Thị Ngọc Bích.", ["Lại Văn Hưng", "Nguyễn Đức Thịnh", "Mai Thị Ngọc Bích"]),
    # 173, 183, 190, 191, 197: a family name the lexicon lacks is a name where only a person stands
    # (a person word, a role right after); a known surname is still needed in a list.
    NameCase("unknown-surname-person", "Phát biểu tại buổi gặp mặt, bà Pờ Thị Hoa, Chủ tịch Hội Nông dân xã chia sẻ cách làm.", ["Pờ Thị Hoa"]),
    NameCase("unknown-surname-apposition", "Dự buổi làm việc có: Hoàng Văn Minh, Bí thư Đảng ủy xã; Cứ A Páo, Trưởng bản Nậm Ty.", ["Hoàng Văn Minh", "Cứ A Páo"]),
    NameCase("unknown-surname-alone", "Đồng chí Kray Thị Liên phát biểu kết luận buổi đối thoại.", ["Kray Thị Liên"]),
    NameCase("unknown-surname-no-context", "Pờ Thị Hoa cho biết mô hình đã được nhân rộng.", []),
    # 190, 191, 197: Dao and rare Kinh surnames before a name after a title (the body ends there).
    NameCase("dao-surname-title", "Phó Chủ tịch UBND huyện Tẩn Văn Lở thăm hỏi các hộ gia đình.", ["Tẩn Văn Lở"]),
    NameCase("rare-kinh-surname-title", "Bí thư Huyện đoàn Cấn Văn Hải trao quyết định cho các chi đoàn.", ["Cấn Văn Hải"]),
    # 184, 194: Ba Na and Xơ Đăng names opening with `A` or `Y`; a village elder.
    NameCase("initial-a-person", "Đồng chí A Pớt, Phó Bí thư Huyện ủy kiểm tra tiến độ.", ["A Pớt"]),
    NameCase("gia-lang", "Đoàn đến thăm và trò chuyện với già làng A Brương về việc giữ rừng.", ["A Brương"]),
    NameCase("gia-lang-sentence-start", "Già làng Y Bhơi ở buôn Ea Sar kể lại chuyện cũ.", ["Y Bhơi"]),
    # 199: a religious rank stands where `đồng chí` would.
    NameCase("religious-rank", "Hòa thượng Thích Minh Đức, Trụ trì chùa Long Sơn chia sẻ về công tác từ thiện.", ["Thích Minh Đức"]),
    # 174: a rank after `và` opens the next person.
    NameCase("rank-after-va", "Bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh và Thượng tá Trần Văn Nam, Phó Giám đốc Công an tỉnh ký kết chương trình.", ["Lê Thị Hoa", "Trần Văn Nam"]),
    # Not names: `A` in a place, a body after a person word, a body that opens with a surname (192,
    # 195: `Đoàn Thanh niên`), and a commune's name after a title.
    NameCase("a-in-places", "Đoàn công tác làm việc với Huyện ủy A Lưới, sau đó thăm thôn A Ka.", [], people="both"),
    NameCase("commune-a-then-name", "Chủ tịch UBND xã A Ngo Hồ Văn Tư báo cáo kết quả.", ["Hồ Văn Tư"]),
    NameCase("body-after-person-word", "Cùng dự có các đồng chí Sở Nội vụ tỉnh.", []),
    NameCase("doan-thanh-nien", "Hội Nông dân có 104 mô hình, Đoàn Thanh niên 71 mô hình, Hội Cựu chiến binh 49 mô hình.", [], people="both"),
    NameCase("doan-surname", "Đồng chí Đoàn Thanh Hải, Bí thư Tỉnh đoàn phát biểu.", ["Đoàn Thanh Hải"]),
    NameCase("commune-after-title", "Bí thư Đảng ủy xã Pa Vây Sử phát biểu tại hội nghị.", []),
    # 216: role-first list items with a body ending in `nông thôn`, which names no hamlet (`thôn`):
    # the name after it is the director's, and the next role is the next person's.
    NameCase("role-first-pair", "Các ý kiến đã được Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phan Văn Hiếu, Chủ tịch UBND huyện Cái Bè Võ Thành Trung trả lời trực tiếp.", ["Phan Văn Hiếu", "Võ Thành Trung"]),
    NameCase("role-first-semicolons", "Tham dự có các đồng chí: Nguyễn Văn An, Chủ tịch UBND tỉnh; Phó Giám đốc Sở Nội vụ Trần Thị Bình; Chủ tịch Hội Nông dân tỉnh Lê Văn Cường.", ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]),
    NameCase("nong-thon-then-name", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Lê Thị Hạnh cho biết, toàn tỉnh có 120 hợp tác xã.", ["Lê Thị Hạnh"]),
    # A real hamlet keeps its name, before a name and after one.
    NameCase("hamlet-then-name", "Bí thư Chi bộ thôn Lê Xá Nguyễn Văn Tâm phát biểu.", ["Nguyễn Văn Tâm"]),
    NameCase("hamlet-surname-no-person", "Nhân dân thôn Lê Xá hiến 500 m2 đất làm đường.", [], people="both"),
    # 220: a religious unit's name opens with a family name (`Giáo xứ Lưu Phương`, `chùa Hoàng
    # Long`): it names the unit, after the title and before the priest's name.
    NameCase("parish-name-surname", "Dự hội nghị có Linh mục Trần Văn Khiêm, Chánh xứ Giáo xứ Lưu Phương; ông Lã Văn Hưng, Phó Chủ tịch UBND huyện Kim Sơn.", ["Trần Văn Khiêm", "Lã Văn Hưng"]),
    NameCase("pagoda-name-surname", "Hòa thượng Thích Thanh Phong, Trụ trì chùa Hoàng Long phát biểu.", ["Thích Thanh Phong"]),
    NameCase("parish-then-name", "Cùng dự có Quản xứ Giáo xứ Đinh Xá Nguyễn Văn Hòa và giáo dân.", ["Nguyễn Văn Hòa"]),
    NameCase("parishes-no-person", "Giáo dân Giáo xứ Tân Hương và Giáo xứ Lê Lợi tham gia ngày hội.", [], people="both"),
    # 217: a cluster's head named with no body; the cluster itself is no person.
    NameCase("cluster-no-person", "Cụm thi đua số 2 tổ chức hội nghị giao ban quý III.", [], people="both"),
    # 213: interview speaker labels are mentions of one official; the interviewer (`PV`) is no one.
    NameCase("interview-labels", "PV: Thưa bà, phong trào có gì mới?\nBà Phan Thị Thu Hà: Điểm mới là chúng tôi không chạy theo số lượng.\nPV: Xin cảm ơn bà!\nBà Phan Thị Thu Hà: Chúng tôi đề xuất thêm 20 mô hình.", ["Phan Thị Thu Hà"], people="both"),
]

ROLES = [
    # 000: the appositive chain split at its commas, ending where the clause goes on.
    RoleCase(
        "chain-three",
        "Đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng các Ban Chỉ đạo chủ trì hội nghị.",
        "Trần Hồng Quảng",
        [
            ("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực", "Tỉnh ủy"),
            ("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh"),
            ("Trưởng các Ban Chỉ đạo", "Trưởng", "các Ban Chỉ đạo"),
        ],
        province="Ninh Bình",
        full={
            "Phó Bí thư Thường trực Tỉnh ủy": "Tỉnh ủy Ninh Bình",
            "Chủ tịch HĐND tỉnh": "Hội đồng nhân dân tỉnh Ninh Bình",
            "Trưởng các Ban Chỉ đạo": None,
        },
    ),
    # 003: roles written before the name, the shorter repeat merged into the fuller one.
    RoleCase(
        "before-name",
        "Đoàn kiểm tra do Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân làm trưởng đoàn. Bộ trưởng Lê Vĩnh Tân đề nghị Tỉnh ủy.",
        "Lê Vĩnh Tân",
        [("Ủy viên Trung ương Đảng", "Ủy viên", "Trung ương Đảng"), ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng", "Bộ Nội vụ")],
    ),
    # 002: an abbreviated title, then a department whose head the title shares.
    RoleCase(
        "abbreviated-title",
        "Đồng chí Nguyễn Đức Toàn, UVBTV, Trưởng Ban Dân vận Tỉnh ủy Hà Nam\nphát biểu tại Hội nghị",
        "Nguyễn Đức Toàn",
        [("UVBTV", "UVBTV", None), ("Trưởng Ban Dân vận Tỉnh ủy Hà Nam", "Trưởng Ban", "Ban Dân vận Tỉnh ủy Hà Nam")],
    ),
    RoleCase(
        "lower-case-ban",
        "Đồng chí Trần Trung Kiên, Phó Trưởng ban Dân vận Tỉnh ủy thảo luận tại Hội nghị.",
        "Trần Trung Kiên",
        [("Phó Trưởng ban Dân vận Tỉnh ủy", "Phó Trưởng ban", "Ban Dân vận Tỉnh ủy")],
    ),
    # 111: a body with a quoted campaign name and an abbreviation, expanded with the province.
    RoleCase(
        "quoted-body",
        "Đồng chí Ngô Thị Lan Hương, Phó Trưởng Ban Thường trực BCĐ thực hiện QCDC ở cơ sở tỉnh, Trưởng BCĐ phong trào thi đua “Dân vận khéo” tỉnh đồng chủ trì hội nghị.",
        "Ngô Thị Lan Hương",
        [
            ("Phó Trưởng Ban Thường trực BCĐ thực hiện QCDC ở cơ sở tỉnh", "Phó Trưởng Ban Thường trực", "BCĐ thực hiện QCDC ở cơ sở tỉnh"),
            ("Trưởng BCĐ phong trào thi đua “Dân vận khéo” tỉnh", "Trưởng", "BCĐ phong trào thi đua “Dân vận khéo” tỉnh"),
        ],
        province="Nghệ An",
        full={
            "Phó Trưởng Ban Thường trực BCĐ thực hiện QCDC ở cơ sở tỉnh": "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Nghệ An",
        },
    ),
    # 111: a role in parentheses; 112: a role after a dash.
    RoleCase(
        "parenthesis",
        "Dự hội nghị có đồng chí Đinh Thị Hoa (Chủ tịch Hội LHPN tỉnh); các đồng chí thành viên Ban Chỉ đạo tỉnh.",
        "Đinh Thị Hoa",
        [("Chủ tịch Hội LHPN tỉnh", "Chủ tịch", "Hội LHPN tỉnh")],
        province="Nghệ An",
        full={"Chủ tịch Hội LHPN tỉnh": "Hội Liên hiệp Phụ nữ tỉnh Nghệ An"},
    ),
    RoleCase(
        "dash",
        "Dự buổi lễ có đồng chí Triệu Thị Mai - Phó Trưởng Ban Dân vận Huyện ủy Mường Lát; ông Hà Văn Pảo, Chủ tịch Ủy ban MTTQ xã.",
        "Triệu Thị Mai",
        [("Phó Trưởng Ban Dân vận Huyện ủy Mường Lát", "Phó Trưởng Ban", "Ban Dân vận Huyện ủy Mường Lát")],
    ),
    RoleCase(
        "dash-chain",
        "Đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Huyện ủy - Trưởng Ban Dân vận Huyện ủy phát biểu.",
        "Nguyễn Văn An",
        [
            ("Ủy viên Ban Thường vụ Huyện ủy", "Ủy viên Ban Thường vụ", "Huyện ủy"),
            ("Trưởng Ban Dân vận Huyện ủy", "Trưởng Ban", "Ban Dân vận Huyện ủy"),
        ],
    ),
    # 131: the front committee, the word `Việt Nam` not repeated by the expansion.
    RoleCase(
        "mttq-viet-nam",
        "Đồng chí Lương Văn Hiếu, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố đồng chủ trì hội nghị.",
        "Lương Văn Hiếu",
        [
            ("Ủy viên Ban Thường vụ Thành ủy", "Ủy viên Ban Thường vụ", "Thành ủy"),
            ("Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố"),
        ],
        province="Cần Thơ",
        full={
            "Ủy viên Ban Thường vụ Thành ủy": "Thành ủy Cần Thơ",
            "Chủ tịch Ủy ban MTTQ Việt Nam thành phố": "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ",
        },
    ),
    # 131: a district committee completed with the district the same chain names.
    RoleCase(
        "district-from-text",
        "Đồng chí Hồ Thanh Tâm, Thành ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Phong Điền, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện chia sẻ cách làm.",
        "Hồ Thanh Tâm",
        [
            ("Thành ủy viên", "Thành ủy viên", None),
            ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy"),
            ("Chủ tịch HĐND huyện Phong Điền", "Chủ tịch", "HĐND huyện Phong Điền"),
            ("Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện", "Trưởng", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện"),
        ],
        province="Cần Thơ",
        full={"Bí thư Huyện ủy": "Huyện ủy Phong Điền", "Chủ tịch HĐND huyện Phong Điền": "Hội đồng nhân dân huyện Phong Điền"},
    ),
    # 112: a commune Party committee completed with the commune the text names.
    RoleCase(
        "commune-from-text",
        "Ngày 5/3, Ủy ban MTTQ xã Tam Chung tổ chức lễ ra mắt. Đồng chí Lò Văn Chiến, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì buổi lễ.",
        "Lò Văn Chiến",
        [("Bí thư Đảng ủy", "Bí thư", "Đảng ủy"), ("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã")],
        full={"Bí thư Đảng ủy": "Đảng ủy xã Tam Chung", "Chủ tịch HĐND xã": "Hội đồng nhân dân xã Tam Chung"},
    ),
    # 004: a body completed by its fuller name elsewhere in the article.
    RoleCase(
        "fuller-mention",
        "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn tổng kết. Đ/c Nguyễn Hoàng Tùng, Tỉnh ủy viên, Bí thư Đảng ủy Khối (đứng giữa) tặng giấy khen.",
        "Nguyễn Hoàng Tùng",
        [("Tỉnh ủy viên", "Tỉnh ủy viên", None), ("Bí thư Đảng ủy Khối", "Bí thư", "Đảng ủy Khối")],
        province="Lạng Sơn",
        full={"Bí thư Đảng ủy Khối": "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"},
    ),
    # 115, 104, 118: a body placed by a comma or a parenthesis naming its commune or district.
    RoleCase(
        "place-after-comma",
        "Ông Hồ Văn Thắng, Trưởng thôn Cù Bai, xã Hướng Lập, người có uy tín trong đồng bào Vân Kiều chia sẻ.",
        "Hồ Văn Thắng",
        [("Trưởng thôn Cù Bai, xã Hướng Lập", "Trưởng thôn", "thôn Cù Bai, xã Hướng Lập")],
    ),
    RoleCase(
        "places-in-parenthesis",
        "Bà Mai Thoa, Bí thư Chi bộ thôn Khuổi Củng (xã Thượng Lâm, huyện Lâm Bình) kể lại cách thôn vận động.",
        "Mai Thoa",
        [("Bí thư Chi bộ thôn Khuổi Củng (xã Thượng Lâm, huyện Lâm Bình)", "Bí thư", "Chi bộ thôn Khuổi Củng (xã Thượng Lâm, huyện Lâm Bình)")],
    ),
    # 137: a department, then the body it belongs to after a comma.
    RoleCase(
        "parent-body",
        "Thành viên đoàn công tác có đồng chí Vũ Thị Lan Anh, Vụ trưởng Vụ Dân tộc, Ban Dân vận Trung ương.",
        "Vũ Thị Lan Anh",
        [("Vụ trưởng Vụ Dân tộc, Ban Dân vận Trung ương", "Vụ trưởng", "Vụ Dân tộc, Ban Dân vận Trung ương")],
    ),
    # 132: a residential group with a number; the role ends at the verb.
    RoleCase(
        "numbered-group",
        "Ông Lâm Văn Hậu, Tổ trưởng tổ dân phố số 7 kiến nghị công khai chi tiết các khoản đóng góp.",
        "Lâm Văn Hậu",
        [("Tổ trưởng tổ dân phố số 7", "Tổ trưởng", "tổ dân phố số 7")],
    ),
    # A former position keeps `nguyên` in its text.
    RoleCase(
        "former",
        "Đồng chí Nguyễn Văn Bình, nguyên Bí thư Thành ủy phát biểu tại buổi gặp mặt.",
        "Nguyễn Văn Bình",
        [("nguyên Bí thư Thành ủy", "Bí thư", "Thành ủy")],
        former=("nguyên Bí thư Thành ủy",),
    ),
    # 132: a shortened first mention and the fuller caption are one role, in its fullest text.
    RoleCase(
        "fullest-text",
        "Bà Mai Thị Thanh Xuân, Bí thư Đảng ủy phường và ông Đoàn Minh Trí chủ trì.\nBà Mai Thị Thanh Xuân, Bí thư Đảng ủy phường An Phú phát biểu tại buổi đối thoại.",
        "Mai Thị Thanh Xuân",
        [("Bí thư Đảng ủy phường An Phú", "Bí thư", "Đảng ủy phường An Phú")],
    ),
    # 161, 162, 167: `kiêm` joins two roles of one person, after the name and before it.
    RoleCase(
        "kiem-after",
        "Đồng chí Đinh Quang Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.",
        "Đinh Quang Khải",
        [
            ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy"),
            ("Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban", "Ban Dân vận Tỉnh ủy"),
            ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh"),
        ],
        province="Phú Thọ",
        full={"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"},
    ),
    RoleCase(
        "kiem-commune",
        "Tiếp đoàn có đồng chí Quách Thị Hương, Phó Bí thư Thường trực Đảng ủy xã kiêm Chủ tịch HĐND xã; đồng chí Bùi Đức Mạnh, Chủ tịch UBND xã Yên Phú.",
        "Quách Thị Hương",
        [
            ("Phó Bí thư Thường trực Đảng ủy xã", "Phó Bí thư Thường trực", "Đảng ủy xã"),
            ("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã"),
        ],
    ),
    RoleCase(
        "kiem-village",
        "Ông Thạch Sô Phal, Bí thư Chi bộ ấp Trà Hất kiêm Trưởng ấp Trà Hất, xã Châu Thới chia sẻ.",
        "Thạch Sô Phal",
        [
            ("Bí thư Chi bộ ấp Trà Hất", "Bí thư", "Chi bộ ấp Trà Hất"),
            ("Trưởng ấp Trà Hất, xã Châu Thới", "Trưởng ấp", "ấp Trà Hất, xã Châu Thới"),
        ],
    ),
    RoleCase(
        "kiem-before",
        "Phó Bí thư Thường trực Huyện ủy kiêm Chủ tịch HĐND huyện Lý Hoàng Phong phát biểu.",
        "Lý Hoàng Phong",
        [
            ("Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy"),
            ("Chủ tịch HĐND huyện", "Chủ tịch", "HĐND huyện"),
        ],
    ),
    # 162, 166: village and ward bodies of the Front, a numbered hamlet and ward.
    RoleCase(
        "front-residential",
        "Ông Bùi Văn Hùng, Bí thư Chi bộ xóm Đồi kiêm Trưởng ban Công tác Mặt trận khu dân cư xóm Đồi chia sẻ.",
        "Bùi Văn Hùng",
        [
            ("Bí thư Chi bộ xóm Đồi", "Bí thư", "Chi bộ xóm Đồi"),
            ("Trưởng ban Công tác Mặt trận khu dân cư xóm Đồi", "Trưởng ban", "Ban Công tác Mặt trận khu dân cư xóm Đồi"),
        ],
    ),
    RoleCase(
        "numbered-ward",
        "Tại hội nghị, các ông, bà: Võ Văn Sáu, Trưởng ban Công tác Mặt trận khóm 3, phường 5; Lê Thị Hồng, Chi hội trưởng Chi hội Nông dân ấp Tân Vĩnh Thuận đã chia sẻ.",
        "Võ Văn Sáu",
        [("Trưởng ban Công tác Mặt trận khóm 3, phường 5", "Trưởng ban", "Ban Công tác Mặt trận khóm 3, phường 5")],
    ),
    # 161, 163: mass organisations in an attendee list.
    RoleCase(
        "list-mass-organisations",
        "Dự hội nghị có các đồng chí: Lê Minh Khôi, Phó Bí thư Tỉnh ủy; Đỗ Văn Tường, Chủ tịch Liên đoàn Lao động tỉnh; Hà Quang Vinh, Bí thư Tỉnh đoàn.",
        "Hà Quang Vinh",
        [("Bí thư Tỉnh đoàn", "Bí thư", "Tỉnh đoàn")],
    ),
    RoleCase(
        "titles-before-in-list",
        "Cùng dự có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vũ Thị Thu Trang, Chủ tịch Hội Nông dân tỉnh Trần Quang Định, Chủ tịch Hội Cựu chiến binh tỉnh Đào Văn Lực.",
        "Vũ Thị Thu Trang",
        [("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")],
    ),
    # 164, 168: State bodies; a role without its body.
    RoleCase(
        "state-bodies",
        "Tham dự có các đồng chí: Nguyễn Tấn Lộc, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh; Chánh Thanh tra tỉnh Phan Đình Sơn.",
        "Nguyễn Tấn Lộc",
        [("Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh", "Phó Trưởng Đoàn chuyên trách", "Đoàn ĐBQH tỉnh")],
        province="Bình Định",
        full={"Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh": "Đoàn đại biểu Quốc hội tỉnh Bình Định"},
    ),
    RoleCase(
        "chanh-thanh-tra",
        "Chánh Thanh tra tỉnh Phan Đình Sơn trả lời ý kiến của cử tri.",
        "Phan Đình Sơn",
        [("Chánh Thanh tra tỉnh", "Chánh Thanh tra", "Thanh tra tỉnh")],
    ),
    RoleCase(
        "no-body",
        "Tham dự có các đồng chí: Võ Thị Ngọc Hà, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; Giám đốc Sở Nội vụ Trương Thị Mỹ Duyên.",
        "Võ Thị Ngọc Hà",
        [
            ("Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ", None),
            ("Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban", "Ban Dân vận Tỉnh ủy"),
        ],
    ),
    # Roles before `, ông` and the name; in a list the roles before the comma are the previous person's.
    RoleCase(
        "role-comma-person-word",
        "Chủ tịch Hội Cựu chiến binh xã, ông Nguyễn Văn Khánh cho biết hội có 125 hội viên.",
        "Nguyễn Văn Khánh",
        [("Chủ tịch Hội Cựu chiến binh xã", "Chủ tịch", "Hội Cựu chiến binh xã")],
    ),
    # 174: a role ends before `và` and a rank; the ranked person's roles are theirs alone.
    RoleCase(
        "rank-after-va-first",
        "Bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh và Thượng tá Trần Văn Nam, Phó Giám đốc Công an tỉnh ký kết chương trình.",
        "Lê Thị Hoa",
        [("Chủ tịch Hội LHPN tỉnh", "Chủ tịch", "Hội LHPN tỉnh")],
    ),
    RoleCase(
        "rank-after-va-second",
        "Bà Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội LHPN tỉnh và Thượng tá Trần Văn Nam, Phó Giám đốc Công an tỉnh ký kết chương trình.",
        "Trần Văn Nam",
        [("Phó Giám đốc Công an tỉnh", "Phó Giám đốc", "Công an tỉnh")],
    ),
    # 175: the role ends at the verb after a body with `và` in its name.
    RoleCase(
        "verb-after-role",
        "Bà Đỗ Thị Mai, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn phân tích nguyên nhân.",
        "Đỗ Thị Mai",
        [("Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn")],
    ),
    # 175: commas between the fields of a department's name, then its parent body: one role. Not
    # after a body that ends with its level (`xã`): there the comma ends the role.
    RoleCase(
        "department-fields",
        "Ông Lý Văn Tư, Phó Trưởng phòng Dân tộc, tôn giáo, Ban Dân vận Tỉnh ủy trình bày tham luận.",
        "Lý Văn Tư",
        [("Phó Trưởng phòng Dân tộc, tôn giáo, Ban Dân vận Tỉnh ủy", "Phó Trưởng phòng", "Phòng Dân tộc, tôn giáo, Ban Dân vận Tỉnh ủy")],
    ),
    RoleCase(
        "level-then-list",
        "Dự có ông Hà Văn Sơn, Chủ tịch Hội Nông dân xã, hội viên, Ban Chấp hành Chi hội nông dân thôn.",
        "Hà Văn Sơn",
        [("Chủ tịch Hội Nông dân xã", "Chủ tịch", "Hội Nông dân xã")],
    ),
    # 197: a rare Kinh surname after a title ends the body.
    RoleCase(
        "title-before-rare-surname",
        "Tham dự có đồng chí Phó Chủ tịch UBND huyện Cấn Văn Hải; đồng chí Lò Văn Tuấn, Bí thư Huyện đoàn.",
        "Cấn Văn Hải",
        [("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện")],
    ),
    # 199: a religious office after the rank; the rank itself is no role (optional in gold).
    RoleCase(
        "religious-office",
        "Hòa thượng Thích Minh Đức, Trụ trì chùa Long Sơn chia sẻ về công tác từ thiện.",
        "Thích Minh Đức",
        [("Trụ trì chùa Long Sơn", "Trụ trì", "chùa Long Sơn")],
    ),
    RoleCase(
        "parish-priest",
        "Cùng dự có Linh mục Giuse Trần Văn Lộc, Chánh xứ Giáo xứ Phú Hòa và đông đảo giáo dân.",
        "Giuse Trần Văn Lộc",
        [("Chánh xứ Giáo xứ Phú Hòa", "Chánh xứ", "Giáo xứ Phú Hòa")],
    ),
    RoleCase(
        "parish-name-surname",
        "Dự hội nghị có Linh mục Trần Văn Khiêm, Chánh xứ Giáo xứ Lưu Phương; ông Lã Văn Hưng, Phó Chủ tịch UBND huyện Kim Sơn.",
        "Trần Văn Khiêm",
        [("Chánh xứ Giáo xứ Lưu Phương", "Chánh xứ", "Giáo xứ Lưu Phương")],
    ),
    RoleCase(
        "parish-then-name",
        "Cùng dự có Quản xứ Giáo xứ Đinh Xá Nguyễn Văn Hòa và giáo dân.",
        "Nguyễn Văn Hòa",
        [("Quản xứ Giáo xứ Đinh Xá", "Quản xứ", "Giáo xứ Đinh Xá")],
    ),
    # 216: in a list of roles written first, each role is its own name's, up to that name.
    RoleCase(
        "role-first-first",
        "Các ý kiến đã được Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phan Văn Hiếu, Chủ tịch UBND huyện Cái Bè Võ Thành Trung trả lời trực tiếp.",
        "Phan Văn Hiếu",
        [("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn")],
    ),
    RoleCase(
        "role-first-second",
        "Các ý kiến đã được Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phan Văn Hiếu, Chủ tịch UBND huyện Cái Bè Võ Thành Trung trả lời trực tiếp.",
        "Võ Thành Trung",
        [("Chủ tịch UBND huyện Cái Bè", "Chủ tịch", "UBND huyện Cái Bè")],
    ),
    RoleCase(
        "role-first-semicolons",
        "Tham dự có các đồng chí: Nguyễn Văn An, Chủ tịch UBND tỉnh; Phó Giám đốc Sở Nội vụ Trần Thị Bình; Chủ tịch Hội Nông dân tỉnh Lê Văn Cường.",
        "Trần Thị Bình",
        [("Phó Giám đốc Sở Nội vụ", "Phó Giám đốc", "Sở Nội vụ")],
    ),
    # A body's own name, then the person's, in one capitalized run too long for one name: the
    # body ends where the last name starts.
    RoleCase(
        "company-name-then-name",
        "Giám đốc Công ty TNHH Hoàng Long Trần Văn Bình phát biểu tại buổi đối thoại.",
        "Trần Văn Bình",
        [("Giám đốc Công ty TNHH Hoàng Long", "Giám đốc", "Công ty TNHH Hoàng Long")],
    ),
    RoleCase(
        "congregation-then-name",
        "Mục sư Quản nhiệm Chi hội Tin Lành Phan Rang Nguyễn Văn Lâm phát biểu.",
        "Nguyễn Văn Lâm",
        [("Quản nhiệm Chi hội Tin Lành Phan Rang", "Quản nhiệm", "Chi hội Tin Lành Phan Rang")],
    ),
    # 217: a cluster's head: the title alone at the end of a chain (GUIDE: organization null), or
    # with the cluster named after it.
    RoleCase(
        "cluster-head-alone",
        "Hội nghị do ông Lâm Văn Thọ, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bình Long, Cụm trưởng điều hành.",
        "Lâm Văn Thọ",
        [
            ("Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bình Long", "Chủ tịch", "Ủy ban MTTQ Việt Nam thị xã Bình Long"),
            ("Cụm trưởng", "Cụm trưởng", None),
        ],
    ),
    RoleCase(
        "cluster-head-named",
        "Ông Trần Văn Bảy, Cụm trưởng Cụm thi đua số 3 phát biểu khai mạc.",
        "Trần Văn Bảy",
        [("Cụm trưởng Cụm thi đua số 3", "Cụm trưởng", "Cụm thi đua số 3")],
    ),
    RoleCase(
        "role-comma-person-word-list",
        "Dự có đồng chí Nguyễn Văn An, Chủ tịch UBND xã, ông Trần Văn Bình, Trưởng thôn Đông cùng dự.",
        "Trần Văn Bình",
        [("Trưởng thôn Đông", "Trưởng thôn", "thôn Đông")],
    ),
]
