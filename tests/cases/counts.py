"""Counts stage cases: text → the counts found, in text order.

Each expected count names `value` and `unit` and whatever other fields the row is about; fields a
row does not name are not checked, except that `part_of` is always checked (null unless named).
Rows whose text comes from an article in corpus/ name it. `warnings` are the `count_sum_mismatch`
warnings expected, by the text of the total they are about.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    expected: list[dict[str, Any]]
    warnings: tuple[str, ...] = ()


def count(value: int, unit: str, **fields: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, **fields}


NUMBERS = [
    Case("plain", "toàn huyện có 48 hộ khó khăn", [count(48, "hộ", text="48 hộ")]),
    # Vietnamese groups thousands with dots.
    Case("thousands-dot", "có 2.360 mô hình được đăng ký", [count(2360, "mô hình")]),
    Case("ten-thousands-dot", "thu hút 12.345 hội viên tham gia", [count(12345, "hội viên")]),
    Case("leading-zero", "Có 01 tập thể được khen", [count(1, "tập thể", text="01 tập thể")]),
    Case("leading-zero-09", "đang duy trì 09 mô hình", [count(9, "mô hình")]),
    # 112, 132, 135, 116: numbers in words.
    Case("words-hundred", "đại diện của một trăm hộ trong bản", [count(100, "hộ", rule="counts:words")]),
    Case("words-twenty-one", "đã có hai mươi mốt hộ dân tự nguyện", [count(21, "hộ dân")]),
    Case("words-fifteen", "thành lập mười lăm hợp tác xã", [count(15, "hợp tác xã")]),
    Case("words-two", "huyện có thêm hai mô hình", [count(2, "mô hình")]),
    Case("words-hundred-five", "một trăm linh năm hộ", [count(105, "hộ")]),
    Case("words-thousands", "hai nghìn ba trăm hộ", [count(2300, "hộ")]),
    # 138: a lone `một` is a number when listed with another figure …
    Case(
        "lone-one-listed",
        "biểu dương một tập thể và ba cá nhân tiêu biểu",
        [count(1, "tập thể", status="commended"), count(3, "cá nhân", status="commended")],
    ),
    # … but alone it is the article "a", and `năm` alone the noun "year".
    Case("lone-one-is-article", "mỗi xã đăng ký ít nhất một mô hình", []),
    Case("lone-year", "trong năm hộ nghèo giảm mạnh", []),
    # Ratios and ranges.
    Case(
        "ratio", "có 10/11 đảng bộ trực thuộc đã tổ chức họp xét", [count(10, "đảng bộ trực thuộc", total=11)]
    ),
    Case(
        "range",
        "đăng ký xây dựng từ 3 đến 5 mô hình",
        [count(3, "mô hình", value_max=5, rule="counts:range")],
    ),
    Case("range-dash", "mỗi xã chọn 3 - 5 mô hình", [count(3, "mô hình", value_max=5)]),
    Case("approximate", "và hơn 150 cử tri trên địa bàn", [count(150, "cử tri", text="150 cử tri")]),
]

UNITS = [
    # Longest unit wins; the head noun when nothing longer is written.
    Case("compound-unit", "415 chi bộ cơ sở", [count(415, "chi bộ cơ sở")]),
    Case("compound-poor", "bản còn 38 hộ nghèo", [count(38, "hộ nghèo")]),
    Case(
        "head-only",
        "Đảng bộ phường hiện có 18 chi bộ với 412 đảng viên",
        [count(18, "chi bộ"), count(412, "đảng viên")],
    ),
    # 104: `người dân tộc` is people of an ethnic group, not `người dân`.
    Case("nguoi-dan-toc", "248 người dân tộc Dao", [count(248, "người")]),
    Case(
        "nguoi-dan",
        "và 215 người dân đại diện cho 21 xã, thị trấn",
        [count(215, "người dân"), count(21, "xã, thị trấn")],
    ),
    # Coordinated units are one unit …
    Case(
        "coordinated",
        "665/665 đảng bộ, chi bộ cơ sở tổ chức thành công đại hội",
        [count(665, "đảng bộ, chi bộ cơ sở", total=665)],
    ),
    Case(
        "coordinated-three",
        "làm việc tại 9 huyện, thị xã, thành phố trong tỉnh",
        [count(9, "huyện, thị xã, thành phố")],
    ),
    # … but a capital after the comma starts a new clause (119).
    Case(
        "coordination-stops-at-capital", "có 9.876 hội viên, Huyện Đoàn phát triển", [count(9876, "hội viên")]
    ),
    Case("upper-case-unit", "CÔNG NHẬN 50 MÔ HÌNH", [count(50, "mô hình", status="recognized")]),
    # 162, 163, 165, 168: Front, mediation and youth bodies; members of several organisations.
    Case(
        "front-committees",
        "11/11 Ban Công tác Mặt trận khu dân cư đã tổ chức hội nghị",
        [count(11, "ban công tác mặt trận khu dân cư", total=11)],
    ),
    Case("mediation-words", "Hai trăm bốn mươi lăm tổ hòa giải ở cơ sở", [count(245, "tổ hòa giải")]),
    Case(
        "members-coordinated",
        "kết nạp mới 6.420 hội viên, đoàn viên. Thành đoàn có 68 chi đoàn, đoàn cơ sở.",
        [count(6420, "hội viên, đoàn viên"), count(68, "chi đoàn, đoàn cơ sở")],
    ),
]

NOT_COUNTS = [
    Case("date", "Sáng ngày 30/6/2020, Ban Chỉ đạo tổ chức hội nghị", []),
    Case("duration", "sau hơn 03 năm triển khai thực hiện", []),
    Case("steps", "được thực hiện đúng 05 bước theo hướng dẫn", []),
    Case("anniversary", "kỷ niệm 90 năm Ngày truyền thống công tác Dân vận", []),
    Case("ordinal", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII", []),
    Case("document-number", "Nghị quyết số 42/NQ-CP, ngày 09/4/2020 của Chính phủ", []),
    Case("money", "Nhân dân đã đóng góp trên 2,5 tỷ đồng và hàng nghìn ngày công", []),
    Case("year-before-unit", "Năm 2022 hộ nghèo giảm còn 2,9%", []),
    Case("address-number", "tổ dân phố số 7 kiến nghị công khai", []),
    Case("hamlet-number", "Ông Nguyễn Văn Tư, ấp 3 xã Tân Phú phát biểu", []),
    Case("road-number", "dọc Quốc lộ 14 xã biên giới", []),
    Case("percent-of-units", "100% thôn, bản xây dựng được hương ước", []),
    Case(
        "share-qualifies-nothing",
        "146 hộ với 702 nhân khẩu, 100% là đồng bào dân tộc Mông",
        [count(146, "hộ", percent=None), count(702, "nhân khẩu", percent=None)],
    ),
    Case("vague-hundreds", "huy động hàng trăm hộ dân tham gia", []),
    Case("view-counter", "Lượt xem: 1.024", []),
    Case("empty", "", []),
]

STATUSES = [
    # 001
    Case(
        "registered-after",
        "toàn tỉnh có 2.360 mô hình Dân vận khéo được đăng ký.",
        [count(2360, "mô hình", status="registered")],
    ),
    Case(
        "registered-before",
        "các cấp đã đăng ký mới 215 mô hình",
        [count(215, "mô hình", status="registered")],
    ),
    Case(
        "recognized-before",
        "Ban Chỉ đạo các cấp công nhận 968 mô hình đạt tiêu chí",
        [count(968, "mô hình", status="recognized")],
    ),
    Case("exemplary-unit", "có 265 mô hình điển hình cấp tỉnh", [count(265, "mô hình", status="exemplary")]),
    Case(
        "exemplary-named",
        "huyện có thêm hai mô hình được công nhận là điển hình",
        [count(2, "mô hình", status="exemplary")],
    ),
    Case(
        "commended-award",
        "trao Kỷ niệm chương “Vì sự nghiệp Dân vận” cho 21 cá nhân.",
        [count(21, "cá nhân", status="commended")],
    ),
    Case(
        "commended-group",
        "tặng giấy khen cho 03 tập thể, 05 cá nhân có thành tích xuất sắc",
        [count(3, "tập thể", status="commended"), count(5, "cá nhân", status="commended")],
    ),
    # 004: the status after the last of a listed group is the status of the whole group.
    Case(
        "group-after",
        "Kết quả có 26 tập thể và 24 cá nhân thuộc 15 cơ sở đăng ký thực hiện mô hình, "
        "điển hình “Dân vận khéo”",
        [
            count(26, "tập thể", status="registered"),
            count(24, "cá nhân", status="registered"),
            count(15, "cơ sở", status="registered"),
        ],
    ),
    # `mô hình, điển hình` is the name of the movement's models, not a status.
    Case(
        "model-name-not-status",
        "xây dựng 30 mô hình, điển hình “Dân vận khéo”",
        [count(30, "mô hình, điển hình", status=None)],
    ),
    # 000: `duy` is `duy trì` with a syllable lost.
    Case(
        "maintained-slip",
        "tiếp tục duy 1.079 mô hình “Dân vận khéo”",
        [count(1079, "mô hình", status="maintained")],
    ),
    # 112: a status word not governing the figure.
    Case(
        "status-not-governing",
        "người đầu tiên đăng ký nhận giúp 3 hộ, chia sẻ",
        [count(3, "hộ", status=None)],
    ),
    Case(
        "status-reaches-past-comma",
        "86 người có uy tín được UBND các huyện, thành phố tặng giấy khen",
        [count(86, "người có uy tín", status="commended")],
    ),
]

BREAKDOWNS = [
    # 000: items after `trong đó`, category after the unit, separated by semicolons.
    Case(
        "category-after",
        "tiếp tục duy 1.079 mô hình “Dân vận khéo”; trong đó 421 mô hình về phát triển kinh tế; "
        "439 mô hình về văn hóa-xã hội; 121 mô hình về đảm bảo an ninh, quốc phòng; "
        "98 mô hình về xây dựng hệ thống chính trị....",
        [
            count(1079, "mô hình", status="maintained"),
            count(421, "mô hình", part_of=0, status="maintained", category="phát triển kinh tế"),
            count(439, "mô hình", part_of=0, category="văn hóa-xã hội"),
            count(121, "mô hình", part_of=0, category="đảm bảo an ninh, quốc phòng"),
            count(98, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    # 111: category before the number; a percentage of the total.
    Case(
        "category-before",
        "có 3.905 mô hình được các cấp công nhận, đạt 80,2%; trong đó lĩnh vực phát triển kinh tế "
        "1.620 mô hình, văn hóa - xã hội 1.145 mô hình, quốc phòng - an ninh 518 mô hình, "
        "xây dựng hệ thống chính trị 622 mô hình.",
        [
            count(3905, "mô hình", status="recognized", percent=80.2),
            count(1620, "mô hình", part_of=0, status="recognized", category="phát triển kinh tế"),
            count(1145, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(518, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(622, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    # 102: `trên lĩnh vực`, and items without a linking word.
    Case(
        "category-bare",
        "Toàn huyện hiện duy trì 186 mô hình “Dân vận khéo”, trong đó 74 mô hình trên lĩnh vực phát triển "
        "kinh tế, 58 mô hình văn hóa - xã hội, 29 mô hình quốc phòng - an ninh và 25 mô hình xây dựng hệ "
        "thống chính trị.",
        [
            count(186, "mô hình", status="maintained"),
            count(74, "mô hình", part_of=0, category="phát triển kinh tế"),
            count(58, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(29, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(25, "mô hình", part_of=0, category="xây dựng hệ thống chính trị", status="maintained"),
        ],
    ),
    # 134: the last category has a comma of its own.
    Case(
        "last-category-with-comma",
        "hiện duy trì 186 mô hình, trong đó 78 mô hình phát triển kinh tế, 61 mô hình văn hóa - xã hội, "
        "29 mô hình quốc phòng - an ninh và 18 mô hình xây dựng Đảng, chính quyền.",
        [
            count(186, "mô hình"),
            count(78, "mô hình", part_of=0),
            count(61, "mô hình", part_of=0),
            count(29, "mô hình", part_of=0),
            count(18, "mô hình", part_of=0, category="xây dựng Đảng, chính quyền"),
        ],
    ),
    # 000: items in parentheses split a ratio by unit; with the share after them.
    Case(
        "parentheses",
        "toàn tỉnh có 665/665 đảng bộ, chi bộ cơ sở (250 đảng bộ, 415 chi bộ cơ sở) tổ chức thành công "
        "đại hội, đạt 100%;",
        [
            count(665, "đảng bộ, chi bộ cơ sở", total=665, percent=100.0),
            count(250, "đảng bộ", part_of=0, category=None),
            count(415, "chi bộ cơ sở", part_of=0, category=None),
        ],
    ),
    # 117: `gồm` splits by unit and gives no category.
    Case(
        "gom",
        "của 19 tỉnh, thành phố, gồm 14 tỉnh, thành phố duyên hải miền Trung từ Thanh Hóa đến Bình Thuận "
        "và 5 tỉnh Tây Nguyên.",
        [
            count(19, "tỉnh, thành phố"),
            count(14, "tỉnh, thành phố", part_of=0, category=None),
            count(5, "tỉnh", part_of=0, category=None),
        ],
    ),
    # 104: item units shorter than the total's; categories after `là`, `thuộc`.
    Case(
        "people-by-group",
        "Hiện toàn tỉnh có 1.052 người có uy tín, trong đó 612 người là dân tộc Tày, 248 người dân tộc Dao, "
        "97 người dân tộc Mông và 95 người thuộc các dân tộc khác.",
        [
            count(1052, "người có uy tín"),
            count(612, "người", part_of=0, category="dân tộc Tày"),
            count(248, "người", part_of=0, category="dân tộc Dao"),
            count(97, "người", part_of=0, category="dân tộc Mông"),
            count(95, "người", part_of=0, category="các dân tộc khác"),
        ],
    ),
    # 121: items of other units are a breakdown when they add up to the total.
    Case(
        "other-units-that-add-up",
        "toàn tỉnh xây dựng được 3.142 mô hình, điển hình “Dân vận khéo”, "
        "trong đó 1.855 tập thể và 1.287 cá nhân.",
        [
            count(3142, "mô hình, điển hình"),
            count(1855, "tập thể", part_of=0),
            count(1287, "cá nhân", part_of=0),
        ],
    ),
    Case(
        "other-units-that-do-not",
        "có 50 mô hình, trong đó 20 tập thể và 10 cá nhân",
        [count(50, "mô hình"), count(20, "tập thể"), count(10, "cá nhân")],
    ),
    # 133: parts that do not add up are still parts, with a warning.
    Case(
        "sum-mismatch",
        "toàn tỉnh có 3.412 mô hình “Dân vận khéo” được đăng ký, trong đó lĩnh vực kinh tế 1.205 mô hình, "
        "văn hóa - xã hội 1.120 mô hình, quốc phòng - an ninh 587 mô hình, "
        "xây dựng hệ thống chính trị 480 mô hình.",
        [
            count(3412, "mô hình", status="registered"),
            count(1205, "mô hình", part_of=0, status="registered", category="kinh tế"),
            count(1120, "mô hình", part_of=0),
            count(587, "mô hình", part_of=0),
            count(480, "mô hình", part_of=0),
        ],
        warnings=("3.412 mô hình",),
    ),
    # 001: subsets of another status are not a breakdown (and raise no warning).
    Case(
        "subsets-of-another-status",
        "có 1.106 mô hình được công nhận mô hình “Dân vận khéo” năm 2022, trong có 286 mô hình được công "
        "nhận là mô hình điển hình, 53 mô hình được biểu dương, khen thưởng.",
        [
            count(1106, "mô hình", status="recognized"),
            count(286, "mô hình", status="exemplary"),
            count(53, "mô hình", status="commended"),
        ],
    ),
    # 137: one subset is no breakdown; it keeps the total's status.
    Case(
        "one-subset",
        "toàn tỉnh công nhận 4.108 mô hình “Dân vận khéo”, trong đó có 1.532 mô hình "
        "trong vùng đồng bào dân tộc Khmer.",
        [count(4108, "mô hình", status="recognized"), count(1532, "mô hình", status="recognized")],
    ),
    Case(
        "subset-of-places",
        "có 22 xã, thị trấn, trong đó 12 xã giáp biên giới với nước bạn Lào",
        [count(22, "xã, thị trấn"), count(12, "xã")],
    ),
    # 161: items that give their level and number only; their unit is the total's.
    Case(
        "unitless-levels",
        "5 năm qua toàn tỉnh có 3.512 mô hình “Dân vận khéo” được công nhận, trong đó cấp tỉnh 145, "
        "cấp huyện 867, cấp xã 2.500. Nhiều mô hình đã được nhân rộng.",
        [
            count(3512, "mô hình", status="recognized"),
            count(145, "mô hình", part_of=0, status="recognized", category="cấp tỉnh", text="cấp tỉnh 145"),
            count(867, "mô hình", part_of=0, category="cấp huyện", rule="counts:unitless"),
            count(2500, "mô hình", part_of=0, category="cấp xã"),
        ],
    ),
    # Without a unit or a field word, a name and a number are items only when they add up.
    Case(
        "unitless-must-add-up",
        "toàn tỉnh có 3.512 mô hình, trong đó Tam Nông 145, Thanh Sơn 867.",
        [count(3512, "mô hình")],
    ),
    # 161, 166: a breakdown by type (tập thể, cá nhân) has no category, and ends at its clause.
    Case(
        "by-type-then-clause",
        "tặng Bằng khen cho 46 điển hình tiêu biểu, trong đó 18 tập thể và 28 cá nhân; Ban Dân vận "
        "Tỉnh ủy tặng Giấy khen cho ba mươi hai tập thể, bốn mươi lăm cá nhân có thành tích.",
        [
            count(46, "điển hình", status="commended"),
            count(18, "tập thể", part_of=0, status="commended", category=None),
            count(28, "cá nhân", part_of=0, status="commended", category=None),
            count(32, "tập thể", status="commended"),
            count(45, "cá nhân", status="commended"),
        ],
    ),
    Case(
        "by-type-trailing-words",
        "tặng giấy khen cho 205 điển hình, trong đó có 120 tập thể, 85 cá nhân tiêu biểu "
        "giai đoạn 2021 - 2023.",
        [
            count(205, "điển hình", status="commended"),
            count(120, "tập thể", part_of=0, category=None),
            count(85, "cá nhân", part_of=0, category=None),
        ],
    ),
    # 163: the category before the number with `có`; 168: a group with `của`.
    Case(
        "category-before-co",
        "Toàn tỉnh đăng ký xây dựng 1.245 mô hình, trong đó lĩnh vực kinh tế có 560 mô hình, lĩnh vực "
        "văn hóa - xã hội có 685 mô hình.",
        [
            count(1245, "mô hình", status="registered"),
            count(560, "mô hình", part_of=0, category="kinh tế"),
            count(685, "mô hình", part_of=0, category="văn hóa - xã hội"),
        ],
    ),
    Case(
        "category-cua",
        "Khối chính quyền đăng ký 438 mô hình, trong đó 126 mô hình của các sở, ngành và 312 mô hình "
        "của UBND cấp huyện, cấp xã.",
        [
            count(438, "mô hình", status="registered"),
            count(126, "mô hình", part_of=0, category="các sở, ngành"),
            count(312, "mô hình", part_of=0, category="UBND cấp huyện, cấp xã"),
        ],
    ),
    # 166: levels after the unit, after `gồm`.
    Case(
        "gom-levels",
        "đã xây dựng 1.332 mô hình, gồm 45 mô hình cấp tỉnh, 267 mô hình cấp thành phố và "
        "1.020 mô hình cấp phường, xã.",
        [
            count(1332, "mô hình"),
            count(45, "mô hình", part_of=0, category="cấp tỉnh"),
            count(267, "mô hình", part_of=0, category="cấp thành phố"),
            count(1020, "mô hình", part_of=0, category="cấp phường, xã"),
        ],
    ),
    # 165: subsets placed by area are no breakdown; they keep the total's status.
    Case(
        "by-area",
        "1.236 khu dân cư được công nhận đạt chuẩn, gồm 452 khu dân cư ở thành phố Đà Lạt, thành phố "
        "Bảo Lộc và 784 khu dân cư ở các huyện.",
        [
            count(1236, "khu dân cư", status="recognized"),
            count(452, "khu dân cư", status="recognized", category=None),
            count(784, "khu dân cư", status="recognized", category=None),
        ],
    ),
    # 167: people counted in words, split by what they are.
    Case(
        "words-by-group",
        "Toàn huyện có năm mươi hai người có uy tín, trong đó mười tám người là sư sãi, chức sắc tôn "
        "giáo và ba mươi bốn người là già làng, trưởng phum sóc.",
        [
            count(52, "người có uy tín"),
            count(18, "người", part_of=0, category="sư sãi, chức sắc tôn giáo"),
            count(34, "người", part_of=0, category="già làng, trưởng phum sóc"),
        ],
    ),
]

PERCENTS = [
    Case(
        "percent-after-ratio",
        "12/14 xã, thị trấn của huyện đã xây dựng và thực hiện tốt quy chế dân chủ, đạt 85,7%;",
        [count(12, "xã, thị trấn", total=14, percent=85.7)],
    ),
    Case(
        "percent-bracketed",
        "có 197 tổ chức cơ sở đảng (98,5%) đăng ký",
        [count(197, "tổ chức cơ sở đảng", percent=98.5)],
    ),
    Case(
        "percent-other-clause",
        "có 20 xã hoàn thành; tỷ lệ hộ nghèo đạt 2,9%",
        [count(20, "xã", percent=None)],
    ),
]

RESTATED = [
    # 132: one statement said twice is one count.
    Case(
        "restated-once", "còn 6 hộ chưa thống nhất. Phường tiếp tục vận động 6 hộ còn lại.", [count(6, "hộ")]
    ),
    Case(
        "same-number-other-status",
        "đăng ký 15 mô hình. Đến nay 15 mô hình được công nhận.",
        [count(15, "mô hình", status="registered"), count(15, "mô hình", status="recognized")],
    ),
]

# The rows below are written for issue 6 in the ways provincial reports phrase these figures, not
# copied from the development articles: breakdowns by field, level and group written many ways,
# subsets, statuses, and numbers that are not counts.

FIELD_BREAKDOWNS = [
    Case(
        "field-first-comma-after-marker",
        "Năm 2024, toàn huyện có 1.250 mô hình “Dân vận khéo” được công nhận, trong đó, lĩnh vực kinh tế "
        "520 mô hình, văn hóa - xã hội 315 mô hình, quốc phòng - an ninh 180 mô hình, xây dựng hệ thống "
        "chính trị 235 mô hình.",
        [
            count(1250, "mô hình", status="recognized"),
            count(520, "mô hình", part_of=0, status="recognized", category="kinh tế"),
            count(315, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(180, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(235, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "parenthesis-colons-semicolons",
        "Các cấp đã công nhận 307 mô hình (kinh tế: 120; văn hóa – xã hội: 85; quốc phòng – an ninh: 40; "
        "xây dựng hệ thống chính trị: 62).",
        [
            count(307, "mô hình", status="recognized"),
            count(120, "mô hình", part_of=0, status="recognized", category="kinh tế", text="kinh tế: 120"),
            count(85, "mô hình", part_of=0, category="văn hóa – xã hội"),
            count(40, "mô hình", part_of=0, category="quốc phòng – an ninh"),
            count(62, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "parenthesis-with-marker-and-units",
        "Năm qua có 1.234 mô hình được công nhận (trong đó: 510 mô hình kinh tế, 400 mô hình văn hóa - xã "
        "hội, 124 mô hình quốc phòng - an ninh, 200 mô hình xây dựng hệ thống chính trị).",
        [
            count(1234, "mô hình", status="recognized"),
            count(510, "mô hình", part_of=0, category="kinh tế"),
            count(400, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(124, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(200, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "thuoc-o-tren-linh-vuc",
        "Toàn huyện đăng ký 96 mô hình, trong đó 40 mô hình thuộc lĩnh vực kinh tế, 30 mô hình ở lĩnh vực "
        "văn hóa - xã hội, 26 mô hình trên lĩnh vực xây dựng hệ thống chính trị.",
        [
            count(96, "mô hình", status="registered"),
            count(40, "mô hình", part_of=0, status="registered", category="kinh tế"),
            count(30, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(26, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "ve-with-commas-inside",
        "Có 520 mô hình được công nhận, trong đó 230 mô hình về kinh tế, 150 mô hình về văn hóa, xã hội, "
        "140 mô hình về quốc phòng, an ninh.",
        [
            count(520, "mô hình", status="recognized"),
            count(230, "mô hình", part_of=0, category="kinh tế"),
            count(150, "mô hình", part_of=0, category="văn hóa, xã hội"),
            count(140, "mô hình", part_of=0, category="quốc phòng, an ninh"),
        ],
    ),
    Case(
        "dash-list-one-item-per-line",
        "Năm qua, toàn tỉnh đăng ký xây dựng 1.120 mô hình “Dân vận khéo”, trong đó:\n"
        "- Lĩnh vực phát triển kinh tế: 412 mô hình;\n"
        "- Lĩnh vực văn hóa - xã hội: 318 mô hình;\n"
        "- Lĩnh vực quốc phòng - an ninh: 150 mô hình;\n"
        "- Lĩnh vực xây dựng hệ thống chính trị: 240 mô hình.\n"
        "Nhiều mô hình đã phát huy hiệu quả.",
        [
            count(1120, "mô hình", status="registered"),
            count(412, "mô hình", part_of=0, status="registered", category="phát triển kinh tế"),
            count(318, "mô hình", part_of=0, status="registered", category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(240, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "dash-list-co-after-field",
        "Năm 2024, toàn tỉnh có 1.245 mô hình đăng ký. Trong đó:\n"
        "- Lĩnh vực kinh tế có 512 mô hình;\n"
        "- Lĩnh vực văn hóa - xã hội có 398 mô hình;\n"
        "- Lĩnh vực quốc phòng - an ninh có 187 mô hình;\n"
        "- Lĩnh vực xây dựng hệ thống chính trị có 148 mô hình.",
        [
            count(1245, "mô hình", status="registered"),
            count(512, "mô hình", part_of=0, status="registered", category="kinh tế"),
            count(398, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(187, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(148, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "next-sentence-trong-do",
        "Toàn tỉnh có 1.120 mô hình được công nhận. Trong đó, lĩnh vực kinh tế 412 mô hình, văn hóa - xã hội "
        "318 mô hình, quốc phòng - an ninh 150 mô hình, xây dựng hệ thống chính trị 240 mô hình.",
        [
            count(1120, "mô hình", status="recognized"),
            count(412, "mô hình", part_of=0, status="recognized", category="kinh tế"),
            count(318, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(240, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    # A sentence of fields with no breakdown word: its items must add up to the total before it.
    Case(
        "next-sentence-fields-that-add-up",
        "Hiện toàn xã duy trì 58 mô hình. Trên lĩnh vực kinh tế có 25 mô hình; trên lĩnh vực văn hóa - xã "
        "hội có 18 mô hình; trên lĩnh vực quốc phòng - an ninh có 9 mô hình; trên lĩnh vực xây dựng hệ thống "
        "chính trị có 6 mô hình.",
        [
            count(58, "mô hình", status="maintained"),
            count(25, "mô hình", part_of=0, status="maintained", category="kinh tế"),
            count(18, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(9, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(6, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "next-sentence-ve-co",
        "Từ năm 2022 đến nay, phường đã xây dựng 33 mô hình. Về kinh tế có 14 mô hình; về văn hóa - xã hội "
        "có 11 mô hình; về xây dựng Đảng, chính quyền có 08 mô hình.",
        [
            count(33, "mô hình"),
            count(14, "mô hình", part_of=0, category="kinh tế"),
            count(11, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(8, "mô hình", part_of=0, category="xây dựng Đảng, chính quyền"),
        ],
    ),
    Case(
        "next-sentence-fields-that-do-not-add-up",
        "Hiện toàn xã duy trì 60 mô hình. Trên lĩnh vực kinh tế có 25 mô hình; trên lĩnh vực văn hóa - xã "
        "hội có 18 mô hình.",
        [count(60, "mô hình"), count(25, "mô hình", category=None), count(18, "mô hình", category=None)],
    ),
    Case(
        "colon-after-total",
        "Toàn tỉnh có 307 mô hình: kinh tế 120 mô hình, văn hóa - xã hội 85 mô hình, quốc phòng - an ninh "
        "40 mô hình, xây dựng hệ thống chính trị 62 mô hình.",
        [
            count(307, "mô hình"),
            count(120, "mô hình", part_of=0, category="kinh tế"),
            count(85, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(40, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(62, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "cu-the",
        "Các huyện đăng ký 500 mô hình, cụ thể: lĩnh vực kinh tế 200 mô hình, văn hóa - xã hội 150 mô hình, "
        "quốc phòng - an ninh 50 mô hình và xây dựng hệ thống chính trị 100 mô hình.",
        [
            count(500, "mô hình", status="registered"),
            count(200, "mô hình", part_of=0, category="kinh tế"),
            count(150, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(50, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(100, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "chia-theo-linh-vuc",
        "Đã có 560 mô hình được công nhận, chia theo lĩnh vực: kinh tế 250 mô hình, văn hóa - xã hội 160 mô "
        "hình, an ninh trật tự 70 mô hình và xây dựng Đảng 80 mô hình.",
        [
            count(560, "mô hình", status="recognized"),
            count(250, "mô hình", part_of=0, category="kinh tế"),
            count(160, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(70, "mô hình", part_of=0, category="an ninh trật tự"),
            count(80, "mô hình", part_of=0, category="xây dựng Đảng"),
        ],
    ),
    Case(
        "voi-that-adds-up",
        "Trong 5 năm, toàn tỉnh có 4.560 mô hình “Dân vận khéo” được công nhận, với 1.980 mô hình về phát "
        "triển kinh tế, 1.240 mô hình về văn hóa - xã hội, 520 mô hình về quốc phòng - an ninh, 820 mô hình "
        "về xây dựng hệ thống chính trị.",
        [
            count(4560, "mô hình", status="recognized"),
            count(1980, "mô hình", part_of=0, status="recognized", category="phát triển kinh tế"),
            count(1240, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(520, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(820, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "voi-that-does-not",
        "Toàn xã có 120 hộ với 45 hộ trồng cà phê và 30 hộ nuôi bò sinh sản.",
        [count(120, "hộ"), count(45, "hộ", category=None), count(30, "hộ", category=None)],
    ),
    Case(
        "field-before-chiem-count",
        "Tổng số mô hình được công nhận là 1.023 mô hình; trong đó, lĩnh vực kinh tế chiếm 412 mô hình, lĩnh "
        "vực văn hóa - xã hội có 328 mô hình, lĩnh vực quốc phòng - an ninh có 115 mô hình, xây dựng hệ "
        "thống chính trị có 168 mô hình.",
        [
            count(1023, "mô hình", status="recognized"),
            count(412, "mô hình", part_of=0, category="kinh tế"),
            count(328, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(115, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(168, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    # A share of an unnamed subset is no count and not the total's share.
    Case(
        "share-of-a-field",
        "Toàn tỉnh có 860 mô hình, trong đó mô hình về phát triển kinh tế chiếm 45%.",
        [count(860, "mô hình", percent=None)],
    ),
    Case(
        "share-in-parentheses-per-item",
        "Toàn tỉnh có 1.120 mô hình, trong đó lĩnh vực kinh tế 412 mô hình (chiếm 36,8%), văn hóa - xã hội "
        "318 mô hình (28,4%), quốc phòng - an ninh 150 mô hình (13,4%), xây dựng hệ thống chính trị 240 mô "
        "hình (21,4%).",
        [
            count(1120, "mô hình", percent=None),
            count(412, "mô hình", part_of=0, category="kinh tế", percent=36.8),
            count(318, "mô hình", part_of=0, category="văn hóa - xã hội", percent=28.4),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh", percent=13.4),
            count(240, "mô hình", part_of=0, category="xây dựng hệ thống chính trị", percent=21.4),
        ],
    ),
    # The first field named before the breakdown word, ranked; the rest after `tiếp đến là`.
    Case(
        "ranked-first-field",
        "Toàn thị xã có 300 mô hình; lĩnh vực kinh tế nhiều nhất với 120 mô hình, tiếp đến là văn hóa - xã "
        "hội 90 mô hình, quốc phòng - an ninh 50 mô hình và xây dựng hệ thống chính trị 40 mô hình.",
        [
            count(300, "mô hình"),
            count(120, "mô hình", part_of=0, category="kinh tế"),
            count(90, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(50, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(40, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "last-item-turns-round",
        "Hiện thị trấn duy trì 64 mô hình. Ở lĩnh vực kinh tế có 30 mô hình, ở lĩnh vực văn hóa - xã hội có "
        "20 mô hình, còn lại 14 mô hình ở lĩnh vực an ninh, trật tự.",
        [
            count(64, "mô hình", status="maintained"),
            count(30, "mô hình", part_of=0, category="kinh tế"),
            count(20, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(14, "mô hình", part_of=0, category="an ninh, trật tự"),
        ],
    ),
    Case(
        "last-item-then-clause",
        "Huyện duy trì 90 mô hình, trong đó 40 mô hình phát triển kinh tế, 30 mô hình văn hóa - xã hội và "
        "20 mô hình xây dựng hệ thống chính trị, góp phần nâng cao đời sống vật chất, tinh thần của "
        "Nhân dân.",
        [
            count(90, "mô hình"),
            count(40, "mô hình", part_of=0),
            count(30, "mô hình", part_of=0),
            count(20, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    # A change after the list (`tăng 15 mô hình`) is no item of it.
    Case(
        "change-ends-list",
        "Có 90 mô hình, trong đó 50 mô hình kinh tế, 40 mô hình văn hóa - xã hội, tăng 15 mô hình so với "
        "năm 2022.",
        [
            count(90, "mô hình"),
            count(50, "mô hình", part_of=0, category="kinh tế"),
            count(40, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(15, "mô hình"),
        ],
    ),
    # Fields without units that do not add up are still the breakdown, with a warning.
    Case(
        "unitless-fields-not-adding-up",
        "Năm 2024, toàn thành phố có 900 mô hình đăng ký xây dựng; số mô hình thuộc lĩnh vực kinh tế là "
        "400, thuộc lĩnh vực văn hóa - xã hội là 300 và thuộc lĩnh vực quốc phòng - an ninh là 150.",
        [
            count(900, "mô hình", status="registered"),
            count(400, "mô hình", part_of=0, status="registered", category="kinh tế", rule="counts:unitless"),
            count(300, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
        ],
        warnings=("900 mô hình",),
    ),
    Case(
        "trong-so-total",
        "Trong số 1.250 mô hình được công nhận, có 520 mô hình thuộc lĩnh vực kinh tế, 380 mô hình thuộc "
        "lĩnh vực văn hóa - xã hội và 350 mô hình thuộc các lĩnh vực khác.",
        [
            count(1250, "mô hình", status="recognized"),
            count(520, "mô hình", part_of=0, status="recognized", category="kinh tế"),
            count(380, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(350, "mô hình", part_of=0, category="các lĩnh vực khác"),
        ],
    ),
    Case(
        "numbers-in-parentheses-after-fields",
        "Toàn tỉnh có 1.120 mô hình, gồm các lĩnh vực: kinh tế (412 mô hình), văn hóa - xã hội (318 mô "
        "hình), quốc phòng - an ninh (150 mô hình), xây dựng hệ thống chính trị (240 mô hình).",
        [
            count(1120, "mô hình"),
            count(412, "mô hình", part_of=0, category="kinh tế"),
            count(318, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(240, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "colon-field-colon-count",
        "Có 700 mô hình được công nhận; trong đó: lĩnh vực kinh tế: 300 mô hình; lĩnh vực văn hóa – xã hội: "
        "250 mô hình; lĩnh vực quốc phòng – an ninh: 150 mô hình.",
        [
            count(700, "mô hình", status="recognized"),
            count(300, "mô hình", part_of=0, category="kinh tế"),
            count(250, "mô hình", part_of=0, category="văn hóa – xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng – an ninh"),
        ],
    ),
    Case(
        "unitless-after-named-fields-colon",
        "Toàn tỉnh có 1.120 mô hình “Dân vận khéo” được công nhận ở 4 lĩnh vực: kinh tế 412, văn hóa - xã "
        "hội 318, quốc phòng - an ninh 150 và xây dựng hệ thống chính trị 240.",
        [
            count(1120, "mô hình", status="recognized"),
            count(412, "mô hình", part_of=0, category="kinh tế"),
            count(318, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
            count(240, "mô hình", part_of=0, category="xây dựng hệ thống chính trị"),
        ],
    ),
    Case(
        "field-comma-co",
        "Toàn tỉnh có 600 mô hình. Về lĩnh vực kinh tế, có 250 mô hình; về lĩnh vực văn hóa - xã hội, có "
        "200 mô hình; về lĩnh vực quốc phòng - an ninh, có 150 mô hình.",
        [
            count(600, "mô hình"),
            count(250, "mô hình", part_of=0, category="kinh tế"),
            count(200, "mô hình", part_of=0, category="văn hóa - xã hội"),
            count(150, "mô hình", part_of=0, category="quốc phòng - an ninh"),
        ],
    ),
    Case(
        "shares-after-items-semicolons",
        "Tỉnh có 1.120 mô hình, trong đó 412 mô hình lĩnh vực kinh tế, chiếm 36,8%; 318 mô hình lĩnh vực "
        "văn hóa - xã hội, chiếm 28,4%; 390 mô hình các lĩnh vực khác.",
        [
            count(1120, "mô hình", percent=None),
            count(412, "mô hình", part_of=0, category="kinh tế", percent=36.8),
            count(318, "mô hình", part_of=0, category="văn hóa - xã hội", percent=28.4),
            count(390, "mô hình", part_of=0, category="các lĩnh vực khác"),
        ],
    ),
    Case(
        "words-field-breakdown",
        "Toàn xã có hai mươi lăm mô hình, trong đó mười mô hình kinh tế và mười lăm mô hình văn hóa - "
        "xã hội.",
        [
            count(25, "mô hình"),
            count(10, "mô hình", part_of=0, category="kinh tế"),
            count(15, "mô hình", part_of=0, category="văn hóa - xã hội"),
        ],
    ),
]

LEVEL_AND_GROUP_BREAKDOWNS = [
    Case(
        "levels-status-verb-inside",
        "Toàn tỉnh có 2.150 mô hình được công nhận, trong đó cấp tỉnh công nhận 120 mô hình, cấp huyện 580 "
        "mô hình, cấp xã 1.450 mô hình.",
        [
            count(2150, "mô hình", status="recognized"),
            count(120, "mô hình", part_of=0, status="recognized", category="cấp tỉnh"),
            count(580, "mô hình", part_of=0, category="cấp huyện"),
            count(1450, "mô hình", part_of=0, category="cấp xã"),
        ],
    ),
    Case(
        "levels-after-status",
        "Toàn tỉnh có 1.500 mô hình được công nhận, trong đó 300 mô hình được công nhận cấp tỉnh, 1.200 mô "
        "hình được công nhận cấp huyện.",
        [
            count(1500, "mô hình", status="recognized"),
            count(300, "mô hình", part_of=0, category="cấp tỉnh"),
            count(1200, "mô hình", part_of=0, category="cấp huyện"),
        ],
    ),
    Case(
        "levels-do-cap",
        "Các cấp đã công nhận 320 điển hình là cá nhân, gồm 40 điển hình do cấp tỉnh công nhận, 100 điển "
        "hình do cấp huyện công nhận và 180 điển hình do cấp xã công nhận.",
        [
            count(320, "điển hình", status="recognized"),
            count(40, "điển hình", part_of=0, category="cấp tỉnh"),
            count(100, "điển hình", part_of=0, category="cấp huyện"),
            count(180, "điển hình", part_of=0, category="cấp xã"),
        ],
    ),
    Case(
        "levels-unitless-in-parenthesis-after-status",
        "Toàn tỉnh có 98 mô hình được công nhận (cấp tỉnh 18, cấp huyện 80).",
        [
            count(98, "mô hình", status="recognized"),
            count(18, "mô hình", part_of=0, category="cấp tỉnh", text="cấp tỉnh 18"),
            count(80, "mô hình", part_of=0, category="cấp huyện"),
        ],
    ),
    Case(
        "levels-plus-bullets",
        "Kết quả, các cấp đã công nhận 820 mô hình; cụ thể:\n+ Cấp tỉnh: 70 mô hình.\n"
        "+ Cấp huyện: 250 mô hình.\n+ Cấp xã: 500 mô hình.",
        [
            count(820, "mô hình", status="recognized"),
            count(70, "mô hình", part_of=0, status="recognized", category="Cấp tỉnh"),
            count(250, "mô hình", part_of=0, category="Cấp huyện"),
            count(500, "mô hình", part_of=0, category="Cấp xã"),
        ],
    ),
    Case(
        "levels-unitless-commended",
        "Trong năm, các cấp đã biểu dương 130 điển hình, trong đó cấp tỉnh 30, cấp huyện 100.",
        [
            count(130, "điển hình", status="commended"),
            count(30, "điển hình", part_of=0, status="commended", category="cấp tỉnh"),
            count(100, "điển hình", part_of=0, category="cấp huyện"),
        ],
    ),
    Case(
        "groups-khoi",
        "Có 1.245 mô hình, gồm: khối Đảng 125 mô hình, khối chính quyền 560 mô hình, khối Mặt trận và các "
        "đoàn thể 560 mô hình.",
        [
            count(1245, "mô hình"),
            count(125, "mô hình", part_of=0, category="khối Đảng"),
            count(560, "mô hình", part_of=0, category="khối chính quyền"),
            count(560, "mô hình", part_of=0, category="khối Mặt trận và các đoàn thể"),
        ],
    ),
    Case(
        "groups-cua",
        "Có 420 mô hình, trong đó 150 mô hình của khối Đảng, 170 mô hình của khối chính quyền và 100 mô hình "
        "của Mặt trận, đoàn thể.",
        [
            count(420, "mô hình"),
            count(150, "mô hình", part_of=0, category="khối Đảng"),
            count(170, "mô hình", part_of=0, category="khối chính quyền"),
            count(100, "mô hình", part_of=0, category="Mặt trận, đoàn thể"),
        ],
    ),
    Case(
        "groups-mass-organisations",
        "Các cấp hội đăng ký 420 mô hình, trong đó Hội Nông dân 120 mô hình, Hội Liên hiệp Phụ nữ 150 mô "
        "hình, Đoàn Thanh niên 90 mô hình, Hội Cựu chiến binh 60 mô hình.",
        [
            count(420, "mô hình", status="registered"),
            count(120, "mô hình", part_of=0, status="registered", category="Hội Nông dân"),
            count(150, "mô hình", part_of=0, category="Hội Liên hiệp Phụ nữ"),
            count(90, "mô hình", part_of=0, category="Đoàn Thanh niên"),
            count(60, "mô hình", part_of=0, category="Hội Cựu chiến binh"),
        ],
    ),
    # A breakdown may follow a change said after its total.
    Case(
        "levels-after-a-change",
        "Năm 2023, toàn tỉnh có 1.356 mô hình được công nhận, tăng 120 mô hình so với năm 2022; trong đó 352 "
        "mô hình cấp tỉnh, 1.004 mô hình cấp huyện.",
        [
            count(1356, "mô hình", status="recognized"),
            count(120, "mô hình", status=None),
            count(352, "mô hình", part_of=0, status="recognized", category="cấp tỉnh"),
            count(1004, "mô hình", part_of=0, category="cấp huyện"),
        ],
    ),
    Case(
        "by-type-in-parenthesis",
        "Hội nghị biểu dương 100 điển hình tiêu biểu (40 tập thể, 60 cá nhân).",
        [
            count(100, "điển hình", status="commended"),
            count(40, "tập thể", part_of=0, status="commended", category=None),
            count(60, "cá nhân", part_of=0, category=None),
        ],
    ),
    Case(
        "levels-then-awards",
        "Kết quả: có 1.050 mô hình được công nhận, gồm 85 mô hình cấp tỉnh, 365 mô hình cấp huyện, 600 mô "
        "hình cấp xã; 120 tập thể, 180 cá nhân được khen thưởng.",
        [
            count(1050, "mô hình", status="recognized"),
            count(85, "mô hình", part_of=0, category="cấp tỉnh"),
            count(365, "mô hình", part_of=0, category="cấp huyện"),
            count(600, "mô hình", part_of=0, category="cấp xã"),
            count(120, "tập thể", status="commended"),
            count(180, "cá nhân", status="commended"),
        ],
    ),
    # A breakdown word after a figure of another unit said with the total.
    Case(
        "past-another-unit",
        "Đảng bộ có 35 chi bộ với 1.250 đảng viên; trong đó 20 chi bộ thôn, 15 chi bộ cơ quan.",
        [
            count(35, "chi bộ"),
            count(1250, "đảng viên"),
            count(20, "chi bộ", part_of=0, category="thôn"),
            count(15, "chi bộ", part_of=0, category="cơ quan"),
        ],
    ),
    # Items after the total's clause with no breakdown word and no field named are split by outcome.
    Case(
        "split-by-outcome",
        "Ban Chỉ đạo đã kiểm tra 15 xã; 12 xã thực hiện tốt, 3 xã còn hạn chế.",
        [count(15, "xã"), count(12, "xã", category=None), count(3, "xã", category=None)],
    ),
    # `part_of` points at a total, never at a part: the outer breakdown keeps its parts, the inner one
    # lets its items go.
    Case(
        "breakdown-inside-a-part",
        "Toàn tỉnh có 500 mô hình, trong đó 300 mô hình kinh tế (cấp tỉnh 100, cấp huyện 200), 200 mô hình "
        "văn hóa - xã hội.",
        [
            count(500, "mô hình"),
            count(300, "mô hình", part_of=0, category="kinh tế"),
            count(100, "mô hình", category="cấp tỉnh"),
            count(200, "mô hình", category="cấp huyện"),
            count(200, "mô hình", part_of=0, category="văn hóa - xã hội"),
        ],
    ),
    # A breakdown by type ends where a subset of its own begins.
    Case(
        "by-type-then-subset",
        "Lũy kế đến nay, toàn tỉnh có 1.500 mô hình được công nhận, gồm 1.100 mô hình tập thể và 400 mô hình "
        "cá nhân; trong đó, 90 mô hình được chọn làm điển hình cấp tỉnh.",
        [
            count(1500, "mô hình", status="recognized"),
            count(1100, "mô hình", part_of=0, status="recognized", category="tập thể"),
            count(400, "mô hình", part_of=0, status="recognized", category="cá nhân"),
            count(90, "mô hình", status="exemplary"),
        ],
    ),
]

SUBSETS = [
    Case(
        "subsets-by-area",
        "Toàn tỉnh có 1.500 mô hình được công nhận, trong đó 250 mô hình ở vùng đồng bào dân tộc thiểu số, "
        "120 mô hình ở vùng đồng bào có đạo.",
        [
            count(1500, "mô hình", status="recognized"),
            count(250, "mô hình", status="recognized", category=None),
            count(120, "mô hình", status="recognized", category=None),
        ],
    ),
    Case(
        "subsets-by-status",
        "Có 850 mô hình đăng ký, trong đó 520 mô hình đã được công nhận, 85 mô hình được chọn làm điển hình.",
        [
            count(850, "mô hình", status="registered"),
            count(520, "mô hình", status="recognized"),
            count(85, "mô hình", status="exemplary"),
        ],
    ),
    Case(
        "one-subset-group",
        "Hội Nông dân huyện có 45.200 hội viên, trong đó 12.300 hội viên là nữ.",
        [count(45200, "hội viên"), count(12300, "hội viên", category=None)],
    ),
    # What a place holds of the models just counted takes their status; a larger stock does not.
    Case(
        "held-by-places",
        "Hiện thành phố duy trì 120 mô hình. Xét theo địa bàn, các phường có 70 mô hình, các xã có 50 mô "
        "hình; mỗi phường, xã hiện có 5 - 12 mô hình.",
        [
            count(120, "mô hình", status="maintained"),
            count(70, "mô hình", status="maintained"),
            count(50, "mô hình", status="maintained"),
            count(5, "mô hình", value_max=12, status="maintained"),
        ],
    ),
    Case(
        "held-by-rieng",
        "Toàn huyện có 200 mô hình được công nhận. Riêng 4 xã vùng cao có 60 mô hình.",
        [
            count(200, "mô hình", status="recognized"),
            count(4, "xã"),
            count(60, "mô hình", status="recognized"),
        ],
    ),
    Case(
        "larger-stock-keeps-no-status",
        "Năm nay các xã đăng ký 85 mô hình mới. Toàn huyện hiện có 1.250 mô hình.",
        [count(85, "mô hình", status="registered"), count(1250, "mô hình", status=None)],
    ),
]

VARIED_STATUSES = [
    Case(
        "registered-total-after-verb",
        "25/25 xã đã đăng ký xây dựng mô hình mới với tổng số 58 mô hình, trong đó có 07 mô hình của khối "
        "doanh nghiệp.",
        [
            count(25, "xã", total=25, status="registered"),
            count(58, "mô hình", status="registered"),
            count(7, "mô hình", status="registered"),
        ],
    ),
    Case(
        "recognized-la",
        "Tổng số mô hình được công nhận là 640 mô hình.",
        [count(640, "mô hình", status="recognized")],
    ),
    Case(
        "exemplary-lua-chon",
        "Các cấp đã lựa chọn 62 mô hình làm điển hình để nhân rộng.",
        [count(62, "mô hình", status="exemplary")],
    ),
    Case(
        "exemplary-duoc-chon",
        "Năm 2023, có 145 mô hình được chọn làm điển hình tiêu biểu.",
        [count(145, "mô hình", status="exemplary")],
    ),
    Case(
        "commended-bieu-duong",
        "Hội nghị đã biểu dương 45 điển hình tiêu biểu trong phong trào thi đua.",
        [count(45, "điển hình", status="commended")],
    ),
    Case(
        "commended-bang-khen",
        "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể và 20 cá nhân.",
        [count(15, "tập thể", status="commended"), count(20, "cá nhân", status="commended")],
    ),
    Case(
        "commended-passive",
        "Có 30 tập thể và 45 cá nhân được tặng Giấy khen của Ban Chỉ đạo.",
        [count(30, "tập thể", status="commended"), count(45, "cá nhân", status="commended")],
    ),
    # The giver of an award may stand between it and the figure.
    Case(
        "commended-giver-named",
        "Ban Chỉ đạo trao Bằng khen của Chủ tịch UBND tỉnh cho 10 tập thể và 15 cá nhân.",
        [count(10, "tập thể", status="commended"), count(15, "cá nhân", status="commended")],
    ),
    Case(
        "commended-award-then-verb",
        "Dịp này, Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho 8 tập thể.",
        [count(8, "tập thể", status="commended")],
    ),
    Case(
        "maintained-passive-then-more",
        "Có 30 mô hình tiếp tục được duy trì, phát huy hiệu quả.",
        [count(30, "mô hình", status="maintained")],
    ),
    # The verb before a list governs all of it; `là điển hình` after the last item does not override it.
    Case(
        "commended-list-of-exemplary",
        "Ban Dân vận Tỉnh ủy tặng Giấy khen cho 24 tập thể và 31 cá nhân là điển hình tiêu biểu.",
        [count(24, "tập thể", status="commended"), count(31, "cá nhân", status="commended")],
    ),
    Case(
        "commended-ton-vinh",
        "Tỉnh tôn vinh 60 điển hình “Dân vận khéo” giai đoạn 2020 - 2025.",
        [count(60, "điển hình", status="commended")],
    ),
    Case(
        "commended-model-name",
        "Đã khen thưởng 86 mô hình, điển hình tiêu biểu.",
        [count(86, "mô hình, điển hình", status="commended")],
    ),
    Case(
        "maintained-hieu-qua",
        "Các địa phương duy trì hiệu quả 312 mô hình “Dân vận khéo”.",
        [count(312, "mô hình", status="maintained")],
    ),
    Case(
        "maintained-after",
        "Có 210 mô hình đăng ký mới và 1.025 mô hình tiếp tục duy trì.",
        [count(210, "mô hình", status="registered"), count(1025, "mô hình", status="maintained")],
    ),
    # The verb of the next clause is the next figure's.
    Case(
        "verb-of-next-clause",
        "Đã xây dựng mới 215 mô hình, tiếp tục củng cố, duy trì 1.200 mô hình.",
        [count(215, "mô hình", status=None), count(1200, "mô hình", status="maintained")],
    ),
    Case(
        "commended-nhan-bang-khen",
        "Có 12 tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.",
        [count(12, "tập thể", status="commended")],
    ),
    Case(
        "submitted-for-award",
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 10 cá nhân; trình Thủ tướng Chính phủ tặng Bằng "
        "khen cho 2 tập thể.",
        [
            count(5, "tập thể", status="commended"),
            count(10, "cá nhân", status="commended"),
            count(2, "tập thể", status=None),
        ],
    ),
    # Spreading a model is none of the five statuses.
    Case(
        "nhan-rong-no-status",
        "Qua 5 năm, đã nhân rộng 56 mô hình ra các địa bàn khác.",
        [count(56, "mô hình", status=None)],
    ),
    # A proposal to the higher level is not yet a recognition.
    Case(
        "proposed-not-recognized",
        "Ban Dân vận Huyện ủy đã công nhận 31 mô hình cấp huyện và đề nghị Ban Dân vận Tỉnh ủy xem xét, "
        "công nhận 09 mô hình cấp tỉnh.",
        [count(31, "mô hình", status="recognized"), count(9, "mô hình", status=None)],
    ),
    Case(
        "proposed-award-after",
        "Có 3 tập thể, 5 cá nhân được đề nghị Bộ trưởng tặng Bằng khen.",
        [count(3, "tập thể", status=None), count(5, "cá nhân", status=None)],
    ),
    Case(
        "proposed-after",
        "Có 12 mô hình được đề nghị công nhận cấp tỉnh.",
        [count(12, "mô hình", status=None)],
    ),
    Case(
        "not-yet-recognized",
        "Vẫn còn 14 mô hình chưa được công nhận.",
        [count(14, "mô hình", status=None)],
    ),
    # The communes are not recognized; the models they have are.
    Case(
        "status-of-the-models-held",
        "Đến nay, 150/161 xã, phường, thị trấn có mô hình được công nhận, đạt 93,2%.",
        [count(150, "xã, phường, thị trấn", total=161, status=None, percent=93.2)],
    ),
    Case(
        "status-not-shared-over-voi",
        "Toàn tỉnh có 12 huyện, thành phố với 1.500 mô hình được công nhận. Trong đó, cấp tỉnh 150 mô hình, "
        "cấp huyện 450 mô hình, cấp xã 900 mô hình.",
        [
            count(12, "huyện, thành phố", status=None),
            count(1500, "mô hình", status="recognized"),
            count(150, "mô hình", part_of=1, status="recognized", category="cấp tỉnh"),
            count(450, "mô hình", part_of=1, category="cấp huyện"),
            count(900, "mô hình", part_of=1, category="cấp xã"),
        ],
    ),
    Case(
        "ratio-with-own-verb",
        "Có 40/40 xã, thị trấn đã đăng ký xây dựng mô hình “Dân vận khéo”.",
        [count(40, "xã, thị trấn", total=40, status="registered")],
    ),
]

MORE_NUMBERS_AND_UNITS = [
    Case(
        "words-three-hundred-twelve",
        "Năm 2024, toàn tỉnh có ba trăm mười hai mô hình được công nhận.",
        [count(312, "mô hình", status="recognized", rule="counts:words")],
    ),
    Case(
        "words-le",
        "Trong đó một trăm lẻ tám mô hình được chọn làm điển hình cấp huyện.",
        [count(108, "mô hình", status="exemplary")],
    ),
    Case("tong-so", "với tổng số 58 mô hình", [count(58, "mô hình", text="58 mô hình")]),
    Case("highland-villages", "xã có 7 thôn, buôn với 1.486 hộ", [count(7, "thôn, buôn"), count(1486, "hộ")]),
    Case("elderly", "làm thẻ căn cước cho 136 người cao tuổi", [count(136, "người cao tuổi")]),
    Case(
        "canvassing-teams",
        "huyện đã thành lập 11 tổ vận động giải phóng mặt bằng",
        [count(11, "tổ vận động")],
    ),
    Case(
        "women-members-qualifier-goes",
        "giúp 215 hội viên phụ nữ nghèo vay vốn",
        [count(215, "hội viên", text="215 hội viên")],
    ),
]

MORE_NOT_COUNTS = [
    Case("article-number", "Điều 5 quy định 10 nội dung Nhân dân bàn và quyết định.", []),
    Case("phone-number", "duy trì đường dây nóng (số 0206.3852.668) để Nhân dân phản ánh", []),
    Case("phone-number-spaced", "Liên hệ số điện thoại 0912 345 678 để phản ánh.", []),
    Case("official-letter", "Công văn số 125/BDV ngày 12/3/2024 của Ban Dân vận.", []),
    Case(
        "ordinal-then-attendance",
        "Đây là lần thứ 3 huyện tổ chức hội nghị với 150 đại biểu tham dự.",
        [count(150, "đại biểu")],
    ),
    Case("money-then-households", "Hội đã hỗ trợ 2,5 tỷ đồng cho 120 hộ nghèo.", [count(120, "hộ nghèo")]),
    Case("labour-days-and-land", "góp 26.500 ngày công, hiến trên 12.000 m2 đất", []),
    Case("anniversary-and-rounds", "Kỷ niệm 95 năm Ngày truyền thống; tổ chức 3 đợt thi đua.", []),
    Case("year-then-count", "Năm 2023 có 125 hộ thoát nghèo.", [count(125, "hộ")]),
    Case("free-percent", "tổng số mô hình tăng 18,5% so với giai đoạn 2019 - 2021", []),
    Case("months-and-duration", "Sau 6 tháng triển khai, trong 2 năm tới", []),
    Case(
        "codes-lengths-addresses-times",
        "Thực hiện Nghị định số 59/2023/NĐ-CP, Quyết định 99-QĐ/TW ngày 15/10/2022, xã làm 3 km đường, Tổ 5, "
        "khu phố 3 có 45 hộ tham gia lúc 14 giờ.",
        [count(45, "hộ")],
    ),
]

# Second round of issue 6: units, field names and fillers met in articles the stage had not seen.
NEW_UNITS_AND_FIELDS = [
    Case(
        "mediators",
        "Xã kiện toàn 9 tổ hòa giải với 54 hòa giải viên.",
        [count(9, "tổ hòa giải"), count(54, "hòa giải viên")],
    ),
    Case("workers-qualifier-goes", "tạo việc làm cho 37 lao động địa phương", [count(37, "lao động")]),
    Case(
        "clergy-coordinated",
        "có 45 chức sắc, chức việc tham gia",
        [count(45, "chức sắc, chức việc", text="45 chức sắc, chức việc")],
    ),
    Case("household-members", "Bản có 72 hộ với 318 khẩu.", [count(72, "hộ"), count(318, "khẩu")]),
    Case("honorific-people", "Hội nghị đã hiệp thương cử 25 vị vào Ban Thường trực.", [count(25, "vị")]),
    Case("positions-are-no-people", "Huyện bố trí 4 vị trí việc làm mới; treo 12 khẩu hiệu.", []),
    Case("savings-groups", "Hội duy trì 48 tổ phụ nữ tiết kiệm", [count(48, "tổ phụ nữ tiết kiệm")]),
    Case(
        "digital-field-is-no-number-sign",
        "gồm: lĩnh vực kinh tế 30 mô hình; chuyển đổi số 12 mô hình; kinh tế số 8 mô hình",
        [count(30, "mô hình"), count(12, "mô hình", text="12 mô hình"), count(8, "mô hình")],
    ),
    Case("house-number-still-no-count", "Gia đình ông ở số 27 hộ khẩu thường trú", []),
    Case(
        "maintained-working",
        "các xã duy trì hoạt động 63 tổ tự quản; tiếp tục duy trì hoạt động có hiệu quả 20 câu lạc bộ",
        [count(63, "tổ tự quản", status="maintained"), count(20, "câu lạc bộ", status="maintained")],
    ),
]

# A status said once for figures with none of their own: a heading before a colon, a frame that
# names the unit (`Trong số …`, `số … được công nhận … là N`), a count in parentheses after its noun
# phrase, an elliptic clause that repeats the verb before it; and words after a share speak of its base.
STATUS_SAID_ONCE = [
    Case(
        "series-after-heading",
        "Số mô hình được công nhận qua các năm như sau: năm 2020 có 210 mô hình, năm 2021 có 245 mô hình, "
        "năm 2022 có 298 mô hình.",
        [
            count(210, "mô hình", status="recognized"),
            count(245, "mô hình", status="recognized"),
            count(298, "mô hình", status="recognized"),
        ],
    ),
    Case(
        "heading-of-another-unit-gives-nothing",
        "Số mô hình đăng ký tăng: năm 2023 có 56 hộ tham gia.",
        [count(56, "hộ", status=None)],
    ),
    Case(
        "heading-without-status",
        "Kết quả qua từng năm: năm 2021 có 80 mô hình, năm 2022 có 95 mô hình.",
        [count(80, "mô hình", status=None), count(95, "mô hình", status=None)],
    ),
    Case(
        "frame-trong-so",
        "Trong số các mô hình được khen thưởng, khối doanh nghiệp có 14 mô hình.",
        [count(14, "mô hình", status="commended")],
    ),
    Case(
        "subject-so-la",
        "Tính chung cả giai đoạn, tổng số tập thể được tuyên dương trong 3 năm là 126 tập thể.",
        [count(126, "tập thể", status="commended")],
    ),
    Case(
        "la-without-so-is-no-frame",
        "Điểm mới của đợt biểu dương năm nay là 40 hộ đã tự nguyện hiến đất.",
        [count(40, "hộ", status=None)],
    ),
    Case(
        "bracketed-count",
        "Nhiều mô hình được đăng ký xây dựng ở cấp xã (215 mô hình) và cấp huyện.",
        [count(215, "mô hình", status="registered")],
    ),
    Case(
        "bracketed-count-proposed",
        "Huyện đề nghị công nhận các mô hình tiêu biểu (32 mô hình).",
        [count(32, "mô hình", status=None)],
    ),
    Case(
        "elliptic-repeats-verb",
        "Năm 2021 huyện biểu dương 20 cá nhân; năm 2022 là 26 cá nhân, năm 2023 là 31 cá nhân.",
        [
            count(20, "cá nhân", status="commended"),
            count(26, "cá nhân", status="commended"),
            count(31, "cá nhân", status="commended"),
        ],
    ),
    Case(
        "elliptic-of-another-unit",
        "Tỉnh công nhận 40 mô hình; số hộ tham gia là 900 hộ.",
        [count(40, "mô hình", status="recognized"), count(900, "hộ", status=None)],
    ),
    Case(
        "share-base-is-not-the-figure",
        "Có 410 mô hình được công nhận, đạt 62% số mô hình đăng ký; 95 hộ đạt 80% kế hoạch đăng ký.",
        [count(410, "mô hình", status="recognized", percent=62.0), count(95, "hộ", status=None)],
    ),
]

# A total written after its parts, in their clause or the next sentence (blocs and organisations
# of the political system are groups, so a breakdown: gold/README.I.md).
TOTALS_AFTER_PARTS = [
    Case(
        "blocs-then-total-next-sentence",
        "Khối cơ quan Đảng có 40 mô hình, khối chính quyền có 75 mô hình, khối đoàn thể có 105 mô hình "
        "được công nhận. Tính chung, toàn huyện có 220 mô hình được công nhận.",
        [
            count(40, "mô hình", status="recognized", category="Khối cơ quan Đảng", part_of=3),
            count(75, "mô hình", status="recognized", category="khối chính quyền", part_of=3),
            count(105, "mô hình", status="recognized", category="khối đoàn thể", part_of=3),
            count(220, "mô hình", status="recognized"),
        ],
    ),
    Case(
        "organisations-then-total-same-sentence",
        "Hội Nông dân đăng ký 60 mô hình, Đoàn Thanh niên 35 mô hình, tổng cộng 95 mô hình.",
        [
            count(60, "mô hình", category="Hội Nông dân", part_of=2),
            count(35, "mô hình", category="Đoàn Thanh niên", part_of=2),
            count(95, "mô hình"),
        ],
    ),
    Case(
        "total-after-that-does-not-add-up-is-no-total",
        "Khối Đảng có 40 mô hình, khối chính quyền có 75 mô hình. Tổng số mô hình toàn tỉnh là 300 mô hình.",
        [count(40, "mô hình"), count(75, "mô hình"), count(300, "mô hình")],
    ),
    Case(
        "figures-without-total-word",
        "Xã Tân Lập có 12 mô hình, Xã Hòa Bình có 8 mô hình; huyện có 20 mô hình mới.",
        [count(12, "mô hình"), count(8, "mô hình"), count(20, "mô hình")],
    ),
    Case(
        "parts-of-two-sentences-are-not-summed",
        "Năm 2022 có 30 mô hình. Năm 2023 có 50 mô hình. Như vậy, tổng số là 80 mô hình.",
        [count(30, "mô hình"), count(50, "mô hình"), count(80, "mô hình")],
    ),
]

# Names first, numbers after `lần lượt là`, paired in order; a remainder item names its group after
# the figure; one share after ratios joined by `và` qualifies each that it is the share of.
RESPECTIVELY_AND_REMAINDERS = [
    Case(
        "respectively-parts",
        "Toàn tỉnh có 300 mô hình được công nhận, trong đó số mô hình của Hội Nông dân, Hội Phụ nữ và "
        "Đoàn Thanh niên lần lượt là 120, 100 và 80 mô hình.",
        [
            count(300, "mô hình", status="recognized"),
            count(120, "mô hình", text="120", category="Hội Nông dân", part_of=0, status="recognized"),
            count(100, "mô hình", text="100", category="Hội Phụ nữ", part_of=0),
            count(80, "mô hình", text="80 mô hình", category="Đoàn Thanh niên", part_of=0),
        ],
    ),
    Case(
        "respectively-not-adding-up-warns",
        "Hội kết nạp 90 hội viên, trong đó chi hội Đông Hòa, chi hội Tây Hòa lần lượt có 40 và 30 hội viên.",
        [
            count(90, "hội viên"),
            count(40, "hội viên", category="chi hội Đông Hòa", part_of=0),
            count(30, "hội viên", category="chi hội Tây Hòa", part_of=0),
        ],
        warnings=("90 hội viên",),
    ),
    Case(
        "respectively-names-do-not-pair",
        "Các khối Đảng, chính quyền, Mặt trận và đoàn thể lần lượt có 12, 20 và 31 mô hình.",
        [
            count(12, "mô hình", category=None),
            count(20, "mô hình", category=None),
            count(31, "mô hình", category=None),
        ],
    ),
    Case(
        "remainder-names-its-group-after",
        "Có 150 mô hình đăng ký, trong đó Hội Cựu chiến binh 50 mô hình, Hội Nông dân 60 mô hình, "
        "còn lại 40 mô hình do các trường học đăng ký.",
        [
            count(150, "mô hình", status="registered"),
            count(50, "mô hình", category="Hội Cựu chiến binh", part_of=0),
            count(60, "mô hình", category="Hội Nông dân", part_of=0),
            count(40, "mô hình", category="các trường học", part_of=0, status="registered"),
        ],
    ),
    Case(
        "remainder-without-group",
        "gồm: khu vực thành thị 30 mô hình; phần còn lại 25 mô hình.",
        [count(30, "mô hình"), count(25, "mô hình")],
    ),
    Case(
        "one-share-two-ratios",
        "12/12 đảng ủy và 98/98 chi bộ đã ban hành kế hoạch, đạt 100%.",
        [count(12, "đảng ủy", percent=100.0), count(98, "chi bộ", percent=100.0)],
    ),
    Case(
        "one-share-not-of-the-first-ratio",
        "10/12 xã và 40/40 thôn đã ra mắt tổ dân vận, đạt 100%.",
        [count(10, "xã", percent=None), count(40, "thôn", percent=100.0)],
    ),
]

# Tables as load.py keeps them from HTML pages: pipe rows, the caption a first row, separators.
T193 = (
    "Năm 2023, toàn huyện có 342 mô hình đăng ký, 280 mô hình được công nhận (đạt 81,9%). "
    "Kết quả cụ thể theo từng lĩnh vực như sau:\n"
    "| Số mô hình “Dân vận khéo” năm 2023 theo lĩnh vực | | |\n|---|---|---|\n"
    "| Lĩnh vực | Đăng ký | Được công nhận |\n|---|---|---|\n"
    "| Kinh tế | 148 | 121 |\n| Văn hóa - xã hội | 96 | 80 |\n| Quốc phòng, an ninh | 41 | 35 |\n"
    "| Xây dựng Đảng, chính quyền và hệ thống chính trị | 57 | 44 |\n| Tổng cộng | 342 | 280 |\n"
    "Lũy kế từ năm 2019 đến nay, toàn huyện có 1.154 mô hình được công nhận."
)
TABLES = [
    # 193: the Tổng cộng row restates the prose totals: listed once, the cells point at the prose.
    Case(
        "table-193-totals-in-prose",
        T193,
        [
            count(342, "mô hình", status="registered", text="342 mô hình"),
            count(280, "mô hình", status="recognized", percent=81.9),
            count(148, "mô hình", text="148", status="registered", category="Kinh tế", part_of=0),
            count(121, "mô hình", text="121", status="recognized", category="Kinh tế", part_of=1),
            count(96, "mô hình", status="registered", category="Văn hóa - xã hội", part_of=0),
            count(80, "mô hình", status="recognized", category="Văn hóa - xã hội", part_of=1),
            count(41, "mô hình", status="registered", category="Quốc phòng, an ninh", part_of=0),
            count(35, "mô hình", status="recognized", category="Quốc phòng, an ninh", part_of=1),
            count(
                57,
                "mô hình",
                status="registered",
                part_of=0,
                rule="counts:table",
                category="Xây dựng Đảng, chính quyền và hệ thống chính trị",
            ),
            count(44, "mô hình", status="recognized", part_of=1),
            count(1154, "mô hình", status="recognized"),
        ],
    ),
    # No prose total: the Tổng số row's cell is the total, listed with text the bare number.
    Case(
        "table-total-row-only",
        "Kết quả như sau:\n| Khối | Số mô hình được công nhận |\n|---|---|\n| Khối Đảng | 35 |\n"
        "| Khối chính quyền | 61 |\n| Tổng số | 96 |",
        [
            count(35, "mô hình", status="recognized", category="Khối Đảng", part_of=2),
            count(61, "mô hình", status="recognized", category="Khối chính quyền", part_of=2),
            count(96, "mô hình", text="96", status="recognized", category=None, rule="counts:table_total"),
        ],
    ),
    # A column that does not add up to its total is reported.
    Case(
        "table-sum-mismatch",
        "| Lĩnh vực | Số mô hình đăng ký |\n| Kinh tế | 120 |\n| Văn hóa - xã hội | 70 |\n| Cộng | 200 |",
        [
            count(120, "mô hình", status="registered", category="Kinh tế", part_of=2),
            count(70, "mô hình", status="registered", category="Văn hóa - xã hội", part_of=2),
            count(200, "mô hình", status="registered"),
        ],
        warnings=("200",),
    ),
    # The total row may come first.
    Case(
        "table-total-row-first",
        "| Đơn vị | Số tập thể được khen thưởng |\n| Tổng cộng | 30 |\n"
        "| Xã Tân Lập | 12 |\n| Xã Hòa Bình | 18 |",
        [
            count(30, "tập thể", status="commended", category=None),
            count(12, "tập thể", status="commended", category="Xã Tân Lập", part_of=0),
            count(18, "tập thể", status="commended", category="Xã Hòa Bình", part_of=0),
        ],
    ),
    # `Số lượng` names no unit: the caption does, and its one status is the column's.
    Case(
        "table-caption-unit-and-status",
        "| Số mô hình điển hình theo lĩnh vực | |\n|---|---|\n| Lĩnh vực | Số lượng |\n|---|---|\n"
        "| Kinh tế | 9 |\n| An ninh, quốc phòng | 4 |",
        [
            count(9, "mô hình", status="exemplary", category="Kinh tế"),
            count(4, "mô hình", status="exemplary", category="An ninh, quốc phòng"),
        ],
    ),
    # No total row, but the prose before says the total the column adds up to.
    Case(
        "table-sum-is-prose-total",
        "Toàn tỉnh có 215 mô hình được công nhận, cụ thể như sau:\n| Lĩnh vực | Công nhận |\n"
        "| Kinh tế | 120 |\n| Xã hội | 95 |",
        [
            count(215, "mô hình", status="recognized"),
            count(120, "mô hình", status="recognized", category="Kinh tế", part_of=0),
            count(95, "mô hình", status="recognized", category="Xã hội", part_of=0),
        ],
    ),
    # No unit anywhere but the prose that introduces the table.
    Case(
        "table-unit-from-prose",
        "Năm 2024 có 64 mô hình mới, gồm các lĩnh vực:\n"
        "| Lĩnh vực | Đăng ký |\n| Kinh tế | 40 |\n| Môi trường | 24 |",
        [
            count(64, "mô hình"),
            count(40, "mô hình", status="registered", category="Kinh tế", part_of=0),
            count(24, "mô hình", status="registered", category="Môi trường", part_of=0),
        ],
    ),
    # An STT column is an ordinal; a share column is no count; the unit named in a heading.
    Case(
        "table-ordinal-and-share-columns",
        "| STT | Đơn vị | Số mô hình đăng ký | Tỷ lệ (%) |\n| 1 | Xã An Lạc | 14 | 35 |\n"
        "| 2 | Xã Bình Minh | 26 | 65 |\n| | Tổng cộng | 40 | 100 |",
        [
            count(14, "mô hình", text="14", category="Xã An Lạc", part_of=2),
            count(26, "mô hình", category="Xã Bình Minh", part_of=2),
            count(40, "mô hình", status="registered"),
        ],
    ),
    # Rows that name statuses split by status, not by field: no parts, no category.
    Case(
        "table-rows-by-status",
        "| Chỉ tiêu | Số mô hình |\n| Đăng ký | 180 |\n| Được công nhận | 150 |\n| Điển hình | 20 |",
        [
            count(180, "mô hình", status="registered", category=None),
            count(150, "mô hình", status="recognized", category=None),
            count(20, "mô hình", status="exemplary", category=None),
        ],
    ),
    # A heading spread over two columns (colspan) above the statuses; the unit in the line before.
    Case(
        "table-two-heading-rows",
        "Số mô hình theo lĩnh vực năm 2023:\n"
        "| Lĩnh vực | Năm 2023 | |\n|---|---|---|\n| | Đăng ký | Công nhận |\n| Kinh tế | 12 | 10 |\n"
        "| Xã hội | 8 | 7 |\n| Tổng | 20 | 17 |",
        [
            count(12, "mô hình", status="registered", category="Kinh tế", part_of=4),
            count(10, "mô hình", status="recognized", category="Kinh tế", part_of=5),
            count(8, "mô hình", status="registered", category="Xã hội", part_of=4),
            count(7, "mô hình", status="recognized", category="Xã hội", part_of=5),
            count(20, "mô hình", status="registered"),
            count(17, "mô hình", status="recognized"),
        ],
    ),
    # Years as column headings: a series by period, the status from the caption.
    Case(
        "table-years-as-headings",
        "| Số mô hình được công nhận | | |\n| Lĩnh vực | 2023 | 2024 |\n| Kinh tế | 15 | 18 |\n"
        "| Xã hội | 6 | 9 |",
        [
            count(15, "mô hình", status="recognized", category="Kinh tế"),
            count(18, "mô hình", status="recognized", category="Kinh tế"),
            count(6, "mô hình", status="recognized", category="Xã hội"),
            count(9, "mô hình", status="recognized", category="Xã hội"),
        ],
    ),
    # Units as column headings: each column its own unit.
    Case(
        "table-units-as-headings",
        "Khen thưởng phong trào thi đua “Dân vận khéo”:\n| Cấp khen | Tập thể | Cá nhân |\n"
        "| Cấp tỉnh | 5 | 9 |\n| Cấp huyện | 21 | 34 |",
        [
            count(5, "tập thể", category="Cấp tỉnh"),
            count(9, "cá nhân", category="Cấp tỉnh"),
            count(21, "tập thể", category="Cấp huyện"),
            count(34, "cá nhân", category="Cấp huyện"),
        ],
    ),
    # A list numbered in the label keeps the label without its number.
    Case(
        "table-numbered-labels",
        "| Số mô hình được công nhận | |\n| 1. Kinh tế | 31 |\n| 2. Văn hóa - xã hội | 19 |",
        [
            count(31, "mô hình", status="recognized", category="Kinh tế"),
            count(19, "mô hình", status="recognized", category="Văn hóa - xã hội"),
        ],
    ),
    # The prose after the table is read on its own, not as part of the table's passage.
    Case(
        "table-then-prose",
        "| Lĩnh vực | Số mô hình |\n| Kinh tế | 7 |\n| Xã hội | 5 |\n"
        "Trong đó, 3 mô hình được chọn làm điển hình.",
        [
            count(7, "mô hình", category="Kinh tế"),
            count(5, "mô hình", category="Xã hội"),
            count(3, "mô hình", status="exemplary"),
        ],
    ),
]

TABLES_NOT_COUNTS = [
    Case(
        "table-dates-and-names",
        "| Ngày | Nội dung | Địa điểm |\n|---|---|---|\n| 12/3/2024 | Hội nghị đối thoại | Xã An Lạc |\n"
        "| 15/3/2024 | Tọa đàm | Xã Bình Minh |",
        [],
    ),
    Case(
        "table-money-column",
        "Có 12 mô hình được hỗ trợ:\n| Mô hình | Kinh phí (triệu đồng) |\n| Nuôi bò sinh sản | 150 |\n"
        "| Trồng cây ăn quả | 230 |",
        [count(12, "mô hình")],
    ),
    Case(
        "table-officials",
        "| STT | Họ và tên | Chức vụ |\n| 1 | Nguyễn Văn An | Bí thư Đảng ủy |\n"
        "| 2 | Trần Thị Bình | Chủ tịch UBND |",
        [],
    ),
    Case(
        "table-no-unit-anywhere",
        "Kết quả chấm điểm như sau:\n| Đơn vị | Kết quả |\n| Xã An Lạc | 95 |\n| Xã Bình Minh | 90 |",
        [],
    ),
    Case(
        "table-of-years-column",
        "| Năm | Số lượng |\n| 2022 | 2023 |\n",
        [],
    ),
    Case("table-one-column", "| Tin mới |\n| Tam Nông có 12 xã đạt chuẩn |", []),
]

# Round 3 (first seen in 211–215): areas named by place names alone, splits by a named criterion,
# lists whose first items say the unit and later ones do not, a colon after a longer clause.
AREAS_CRITERIA_AND_MIXED_LISTS = [
    Case(
        # 215: provinces named bare after a colon are an area split (no part_of, no category) though
        # they add up; the split by body after `Xét theo …,` is the breakdown.
        "area-names-then-criterion-split",
        "Toàn vùng có 900 mô hình được công nhận: Cà Mau 400, Hậu Giang 300 và An Giang 200. Xét theo "
        "chủ thể, chính quyền các cấp thực hiện 500 mô hình, các đoàn thể 400 mô hình.",
        [
            count(900, "mô hình", status="recognized"),
            count(400, "mô hình", text="Cà Mau 400", category=None, status="recognized"),
            count(300, "mô hình", category=None),
            count(200, "mô hình", category=None),
            count(500, "mô hình", category="chính quyền các cấp", part_of=0, status="recognized"),
            count(400, "mô hình", category="các đoàn thể", part_of=0),
        ],
    ),
    Case(
        "area-district-names-unitless",
        "Huyện có 60 tổ hòa giải, trong đó Bắc Quang 35, Vị Xuyên 25.",
        [count(60, "tổ hòa giải"), count(35, "tổ hòa giải", category=None), count(25, "tổ hòa giải")],
    ),
    Case(
        # A bloc or organisation that begins with a place word is no area.
        "not-area-huyen-doan",
        "Các đoàn thể duy trì 50 mô hình, trong đó có: Huyện đoàn 20, Hội Nông dân 30.",
        [
            count(50, "mô hình", status="maintained"),
            count(20, "mô hình", category="Huyện đoàn", part_of=0),
            count(30, "mô hình", category="Hội Nông dân", part_of=0),
        ],
    ),
    Case(
        # 213, 211: districts paired by `lần lượt` are subsets by area, with the status of the total
        # that holds them all (not of a smaller figure said in between).
        "area-respectively-status-of-total",
        "Năm nay có 900 mô hình được công nhận, chọn 100 mô hình làm điển hình. Các quận Ninh Kiều, "
        "Cái Răng và Bình Thủy dẫn đầu với lần lượt 150, 120 và 110 mô hình.",
        [
            count(900, "mô hình", status="recognized"),
            count(100, "mô hình", status="exemplary"),
            count(150, "mô hình", text="150", category=None, status="recognized"),
            count(120, "mô hình", category=None, status="recognized"),
            count(110, "mô hình", category=None, status="recognized"),
        ],
    ),
    Case(
        "criterion-split-must-add-up",
        "Tỉnh có 200 mô hình được công nhận. Xét theo chủ thể, Mặt trận 80 mô hình, đoàn thể 90 mô hình.",
        [
            count(200, "mô hình", status="recognized"),
            count(80, "mô hình", part_of=None),
            count(90, "mô hình", part_of=None),
        ],
    ),
    Case(
        "criterion-split-by-level",
        "Năm 2024 có 130 mô hình đăng ký; phân theo cấp quản lý, cấp huyện 30 mô hình, cấp xã 100 mô hình.",
        [
            count(130, "mô hình", status="registered"),
            count(30, "mô hình", category="cấp huyện", part_of=0, status="registered"),
            count(100, "mô hình", category="cấp xã", part_of=0),
        ],
    ),
    Case(
        # 214: only the first part says the unit.
        "mixed-unit-then-bare",
        "Huyện đăng ký 90 mô hình, cụ thể: lĩnh vực kinh tế 50 mô hình, văn hóa - xã hội 25, an ninh 15.",
        [
            count(90, "mô hình", status="registered"),
            count(50, "mô hình", text="50 mô hình", category="kinh tế", part_of=0, status="registered"),
            count(25, "mô hình", text="văn hóa - xã hội 25", category="văn hóa - xã hội", part_of=0),
            count(15, "mô hình", category="an ninh", part_of=0, status="registered"),
        ],
    ),
    Case(
        "mixed-two-with-unit-then-bare-warns",
        "Toàn tỉnh duy trì 100 mô hình, trong đó: lĩnh vực kinh tế 40 mô hình, lĩnh vực văn hóa 30 mô "
        "hình, lĩnh vực an ninh 20.",
        [
            count(100, "mô hình", status="maintained"),
            count(40, "mô hình", category="kinh tế", part_of=0, status="maintained"),
            count(30, "mô hình", category="văn hóa", part_of=0),
            count(20, "mô hình", category="an ninh", part_of=0),
        ],
        warnings=("100 mô hình",),
    ),
    Case(
        # One figure with its unit and no bare number after it is no mixed list.
        "mixed-needs-a-bare-item",
        "Xã có 12 hộ, cụ thể là hộ nghèo 5 hộ và một số hộ cận nghèo.",
        [count(12, "hộ"), count(5, "hộ", category=None, part_of=None)],
    ),
    Case(
        # 211: a colon after a participle clause opens the fields when they add up.
        "far-colon-adds-up",
        "Đến nay có 70 mô hình được công nhận, chia đều ở ba lĩnh vực: kinh tế 30 mô hình, văn hóa 25 mô "
        "hình và an ninh 15 mô hình.",
        [
            count(70, "mô hình", status="recognized"),
            count(30, "mô hình", category="kinh tế", part_of=0, status="recognized"),
            count(25, "mô hình", category="văn hóa", part_of=0),
            count(15, "mô hình", category="an ninh", part_of=0),
        ],
    ),
    Case(
        "far-colon-not-adding-up-is-no-breakdown",
        "Đến nay có 70 mô hình được công nhận, nổi bật là các địa phương sau: Tân Lập 9 mô hình, Tân Hòa 8 "
        "mô hình.",
        [count(70, "mô hình"), count(9, "mô hình", part_of=None), count(8, "mô hình", part_of=None)],
    ),
]


# Issue 6, fourth round (article 212 and others read for it).
ROUND_FOUR = [
    # A unit with a comma that shares its noun, and traders counted as people.
    Case(
        "unit-to-nhom-hoi-vien",
        "các tổ chức chính trị - xã hội duy trì 2.870 tổ, nhóm hội viên hoạt động hiệu quả.",
        [count(2870, "tổ, nhóm hội viên", status="maintained", text="2.870 tổ, nhóm hội viên")],
    ),
    Case(
        "unit-to-nhom-then-other",
        "Hội có 35 tổ, nhóm hội viên, 12 chi hội.",
        [count(35, "tổ, nhóm hội viên"), count(12, "chi hội")],
    ),
    Case("unit-tieu-thuong", "mô hình đã vận động 412 tiểu thương ký cam kết", [count(412, "tiểu thương")]),
    # A plain count before a status verb that governs the next figure is its subject, not in
    # that state; a ratio before it says how many of the units did it (GUIDE: `25/25 xã … đã đăng ký`).
    Case(
        "subject-before-verb-no-status",
        "9 tháng năm 2024, 4 đơn vị trong cụm duy trì 286 tổ tự quản về an ninh trật tự.",
        [count(4, "đơn vị", status=None), count(286, "tổ tự quản", status="maintained")],
    ),
    Case(
        "subject-before-verb-no-status-registered",
        "Năm nay 12 chi hội đã đăng ký 40 mô hình mới.",
        [count(12, "chi hội", status=None), count(40, "mô hình", status="registered")],
    ),
    Case(
        "ratio-before-verb-takes-status",
        "12/12 xã đã đăng ký 40 mô hình mới.",
        [count(12, "xã", total=12, status="registered"), count(40, "mô hình", status="registered")],
    ),
    Case(
        "group-before-verb-still-shared",
        "biểu dương 26 tập thể và 24 cá nhân có thành tích.",
        [count(26, "tập thể", status="commended"), count(24, "cá nhân", status="commended")],
    ),
    # A total with its unit said before it (`số mô hình … là 1.208`) and no noun after the number.
    Case(
        "unit-before-total-with-block",
        "Qua thẩm định, số mô hình được công nhận là 1.208, đạt 78,6% số mô hình đăng ký, gồm: khối "
        "Đảng 186; khối chính quyền 342; khối Mặt trận và các đoàn thể 571; lực lượng vũ trang 109.",
        [
            count(
                1208, "mô hình", text="1.208", status="recognized", percent=78.6, rule="counts:unit_before"
            ),
            count(186, "mô hình", text="khối Đảng 186", category="khối Đảng", status="recognized", part_of=0),
            count(342, "mô hình", category="khối chính quyền", status="recognized", part_of=0),
            count(571, "mô hình", category="khối Mặt trận và các đoàn thể", status="recognized", part_of=0),
            count(109, "mô hình", category="lực lượng vũ trang", status="recognized", part_of=0),
        ],
    ),
    Case(
        "unit-before-total-dat",
        "Năm 2023, tổng số hội viên mới kết nạp đạt 350; số chi hội có 42.",
        [count(350, "hội viên", text="350", status=None), count(42, "chi hội", text="42")],
    ),
    Case(
        "unit-before-total-mismatch",
        "Số mô hình đăng ký là 500, gồm: cấp tỉnh 120; cấp huyện 260; cấp xã 100.",
        [
            count(500, "mô hình", status="registered"),
            count(120, "mô hình", category="cấp tỉnh", part_of=0),
            count(260, "mô hình", category="cấp huyện", part_of=0),
            count(100, "mô hình", category="cấp xã", part_of=0),
        ],
        warnings=("500",),
    ),
    # Not so: a unit after the number is an ordinary count; a share, a ratio, a decimal is no total.
    Case(
        "unit-before-then-unit",
        "Tổng số mô hình được công nhận là 640 mô hình.",
        [count(640, "mô hình", text="640 mô hình")],
    ),
    Case("unit-before-share", "số hộ nghèo là 3,5% và số hộ cận nghèo là 4%.", []),
    Case("unit-before-ratio", "số xã đạt chuẩn là 12/15, tăng 2 xã.", [count(2, "xã")]),
    Case("unit-before-year", "số hộ tham gia là năm 2023 tăng mạnh.", []),
    # A breakdown written one sentence per field after its total, each worded its own way, the
    # subject after the field's comma not part of it; a mismatch is reported (212).
    Case(
        "field-sentences-mismatch",
        "Năm 2024, các cơ quan, đơn vị, địa phương trong tỉnh đăng ký 1.536 mô hình “Dân vận khéo”. Ở lĩnh "
        "vực kinh tế, các địa phương đã xây dựng 628 mô hình, nổi bật là các tổ hợp tác trồng điều, hồ tiêu "
        "theo hướng hữu cơ. Trên lĩnh vực văn hóa - xã hội có 417 mô hình. Lĩnh vực quốc phòng, an ninh ghi "
        "nhận 203 mô hình, phần lớn ở các xã biên giới. Với lĩnh vực xây dựng Đảng, chính quyền, toàn tỉnh "
        "có 276 mô hình.",
        [
            count(1536, "mô hình", status="registered"),
            count(628, "mô hình", status="registered", category="kinh tế", part_of=0),
            count(417, "mô hình", status="registered", category="văn hóa - xã hội", part_of=0),
            count(203, "mô hình", status="registered", category="quốc phòng, an ninh", part_of=0),
            count(276, "mô hình", status="registered", category="xây dựng Đảng, chính quyền", part_of=0),
        ],
        warnings=("1.536 mô hình",),
    ),
    Case(
        "field-sentences-blocs-add-up",
        "Toàn huyện có 300 mô hình được công nhận. Khối Đảng, các chi bộ xây dựng 80 mô hình. Đối với "
        "khối Mặt trận và các đoàn thể, có 150 mô hình. Ở khối chính quyền, các xã duy trì 70 mô hình.",
        [
            count(300, "mô hình", status="recognized"),
            count(80, "mô hình", status="recognized", category="Khối Đảng", part_of=0),
            count(150, "mô hình", status="recognized", category="khối Mặt trận và các đoàn thể", part_of=0),
            count(70, "mô hình", status="recognized", category="khối chính quyền", part_of=0),
        ],
    ),
    Case(
        "field-sentences-stop-at-other-opening",
        "Tỉnh có 500 mô hình đăng ký. Trong lĩnh vực kinh tế, toàn tỉnh có 200 mô hình. Tại lĩnh vực văn "
        "hóa, các huyện có 150 mô hình. Năm 2025, tỉnh phấn đấu có thêm 100 mô hình.",
        [
            count(500, "mô hình", status="registered"),
            count(200, "mô hình", category="kinh tế", part_of=0),
            count(150, "mô hình", category="văn hóa", part_of=0),
            count(100, "mô hình", part_of=None, category=None),
        ],
        warnings=("500 mô hình",),
    ),
    # Not so: one field sentence is a single subset; two figures of the unit in a field sentence,
    # or the total's own sentence going on with figures of its kind, are another form.
    Case(
        "field-sentence-single",
        "Tỉnh có 500 mô hình đăng ký. Ở lĩnh vực kinh tế, các địa phương đã xây dựng 200 mô hình.",
        [count(500, "mô hình"), count(200, "mô hình", part_of=None, category=None)],
    ),
    Case(
        "field-sentence-two-figures",
        "Tỉnh có 500 mô hình đăng ký. Ở lĩnh vực kinh tế, năm 2023 có 120 mô hình, năm 2024 có 200 mô hình. "
        "Lĩnh vực văn hóa có 90 mô hình.",
        [
            count(500, "mô hình"),
            count(120, "mô hình", part_of=None),
            count(200, "mô hình", part_of=None),
            count(90, "mô hình", part_of=None),
        ],
    ),
]

ALL = (
    NUMBERS
    + UNITS
    + NOT_COUNTS
    + STATUSES
    + BREAKDOWNS
    + PERCENTS
    + RESTATED
    + FIELD_BREAKDOWNS
    + LEVEL_AND_GROUP_BREAKDOWNS
    + SUBSETS
    + VARIED_STATUSES
    + MORE_NUMBERS_AND_UNITS
    + MORE_NOT_COUNTS
    + NEW_UNITS_AND_FIELDS
    + STATUS_SAID_ONCE
    + TOTALS_AFTER_PARTS
    + RESPECTIVELY_AND_REMAINDERS
    + AREAS_CRITERIA_AND_MIXED_LISTS
    + TABLES
    + TABLES_NOT_COUNTS
    + ROUND_FOUR
)
