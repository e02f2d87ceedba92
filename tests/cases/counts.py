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
    Case(
        "unitless-must-add-up",
        "toàn tỉnh có 3.512 mô hình, trong đó cấp tỉnh 145, cấp huyện 867.",
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

ALL = NUMBERS + UNITS + NOT_COUNTS + STATUSES + BREAKDOWNS + PERCENTS + RESTATED
