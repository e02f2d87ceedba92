"""Events stage cases: text, with the dates and officials the earlier stages would give, → events.

`dates` are (text as written, ISO value) pairs, placed at the first occurrence of the text (a range's
value is `first..last`);
`officials` are names, mentioned wherever they occur. `title` is a headline put before the text,
`published` the article's publication date.
Each expected event names the fields the row is about; fields it does not name are not checked.
Rows whose text comes from an article in corpus/ name it.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    dates: list[tuple[str, str]]
    officials: list[str]
    expected: list[dict[str, Any]]
    title: str | None = None
    published: str | None = None  # the article's date line, ISO


def event(kind: str, date: str | None, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, "date": date, **fields}


LEADS = [
    # 000: the lead sentence gives date, part of day, organizer and the meeting; the next its chair.
    Case(
        "so-ket",
        "Sáng ngày 30/6/2020, Ban Chỉ đạo thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh và Ban Chỉ đạo "
        "phong trào thi đua “Dân vận khéo” tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai "
        "nhiệm vụ trọng tâm 6 tháng cuối năm 2020. Đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh "
        "ủy, Chủ tịch HĐND tỉnh, Trưởng các Ban Chỉ đạo chủ trì hội nghị.",
        [("Sáng ngày 30/6/2020", "2020-06-30")],
        ["Trần Hồng Quảng"],
        [
            event(
                "hội nghị sơ kết",
                "2020-06-30",
                part_of_day="sáng",
                text="hội nghị sơ kết công tác 6 tháng đầu năm",
                organizer="Ban Chỉ đạo thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh và Ban Chỉ đạo phong "
                "trào thi đua “Dân vận khéo”",
                chairs=["Trần Hồng Quảng"],
                location=None,
                rule="events:lead_sentence",
            )
        ],
    ),
    # 001: `đánh giá … năm` is a tổng kết; the year comes inferred from the dates stage.
    Case(
        "danh-gia-nam",
        "Chiều 16/12, Ban Chỉ đạo thực hiện Quy chế dân chủ (QCDC) ở cơ sở tổ chức Hội nghị đánh giá "
        "hoạt động năm 2022; triển khai phương hướng, nhiệm vụ năm 2023.\n\nĐồng chí Phương Thị Thanh, "
        "Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì.",
        [("Chiều 16/12", "2022-12-16")],
        ["Phương Thị Thanh"],
        [
            event(
                "hội nghị tổng kết",
                "2022-12-16",
                part_of_day="chiều",
                text="Hội nghị đánh giá hoạt động năm 2022",
                chairs=["Phương Thị Thanh"],
            )
        ],
    ),
    # 003: a delegation led by someone works with a body.
    Case(
        "lam-viec-truong-doan",
        "Ngày 29/7, Đoàn kiểm tra của Ban Chỉ đạo Trung ương do Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội "
        "vụ Lê Vĩnh Tân làm trưởng đoàn, đã làm việc với Ban Thường vụ Tỉnh ủy Ninh Bình tổng kết 10 năm.",
        [("Ngày 29/7", "2020-07-29")],
        ["Lê Vĩnh Tân"],
        [
            event(
                "buổi làm việc",
                "2020-07-29",
                part_of_day=None,
                organizer="Đoàn kiểm tra của Ban Chỉ đạo Trung ương",
                chairs=["Lê Vĩnh Tân"],
            )
        ],
    ),
    # 004: the meeting named before its organizer.
    Case(
        "tai-hoi-nghi",
        "Ngày 12/10/2020, tại Hội nghị tổng kết mô hình, điển hình “Dân vận khéo” giai đoạn 2017 - 2020, "
        "Ban Chấp hành Đảng bộ Khối đã thống nhất đánh giá.",
        [("Ngày 12/10/2020", "2020-10-12")],
        [],
        [
            event(
                "hội nghị tổng kết",
                "2020-10-12",
                text="Hội nghị tổng kết mô hình, điển hình “Dân vận khéo” giai đoạn 2017 - 2020",
                organizer="Ban Chấp hành Đảng bộ Khối",
                chairs=[],
            )
        ],
    ),
    # 111: two chairs, and the place in the chairs' sentence.
    Case(
        "dong-chu-tri-location",
        "Sáng 11/1, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh tổ chức Hội nghị tổng kết phong "
        "trào thi đua “Dân vận khéo” năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Mai Xuân Trường, Phó "
        "Bí thư Thường trực Tỉnh ủy và đồng chí Ngô Thị Lan Hương, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì "
        "hội nghị tại Hội trường Trụ sở Tỉnh ủy.\n\nDự hội nghị có đồng chí Hà Văn Sơn, "
        "Phó Chủ tịch UBND tỉnh.",
        [("Sáng 11/1", "2024-01-11")],
        ["Mai Xuân Trường", "Ngô Thị Lan Hương", "Hà Văn Sơn"],
        [
            event(
                "hội nghị tổng kết",
                "2024-01-11",
                part_of_day="sáng",
                organizer="Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh",
                chairs=["Mai Xuân Trường", "Ngô Thị Lan Hương"],
                location="Hội trường Trụ sở Tỉnh ủy",
                attendees=["Hà Văn Sơn"],
            )
        ],
    ),
    # 112: `phối hợp với` ends the organizer, a bracketed district after it is dropped.
    Case(
        "le-ra-mat",
        "Ngày 5/3, Ủy ban MTTQ xã Tam Chung (huyện Mường Lát) phối hợp với Ban Dân vận Huyện ủy tổ chức "
        "Lễ ra mắt mô hình “Dân vận khéo” - “Bản không có hộ đói giáp hạt” tại Nhà văn hóa bản Pù Quăn.",
        [("Ngày 5/3", "2024-03-05")],
        [],
        [
            event(
                "lễ",
                "2024-03-05",
                text="Lễ ra mắt mô hình “Dân vận khéo” - “Bản không có hộ đói giáp hạt”",
                organizer="Ủy ban MTTQ xã Tam Chung",
                location="Nhà văn hóa bản Pù Quăn",
            )
        ],
    ),
    # 113: the place before the organizer; `đối thoại` in the phrase decides the kind.
    Case(
        "doi-thoai",
        "Sáng 12/10, tại Hội trường UBND huyện Hương Khê, Ban Thường vụ Huyện ủy Hương Khê tổ chức hội "
        "nghị người đứng đầu cấp ủy đối thoại trực tiếp với Nhân dân năm 2023.",
        [("Sáng 12/10", "2023-10-12")],
        [],
        [
            event(
                "đối thoại",
                "2023-10-12",
                organizer="Ban Thường vụ Huyện ủy Hương Khê",
                location="Hội trường UBND huyện Hương Khê",
            )
        ],
    ),
    # 117: `Trung tâm Hội nghị` is a place, not the meeting.
    Case(
        "hoi-nghi-in-place-name",
        "Ngày 21/8, tại Trung tâm Hội nghị tỉnh Bình Định (thành phố Quy Nhơn), Ban Dân vận Trung ương "
        "phối hợp với Tỉnh ủy Bình Định tổ chức Hội nghị sơ kết 3 năm (2021 - 2024) thực hiện Quyết định "
        "số 23-QĐ/TW.",
        [("Ngày 21/8", "2024-08-21")],
        [],
        [
            event(
                "hội nghị sơ kết",
                "2024-08-21",
                organizer="Ban Dân vận Trung ương",
                location="Trung tâm Hội nghị tỉnh Bình Định (thành phố Quy Nhơn)",
            )
        ],
    ),
    # 140: `Tổ chức` inside the place does not end the organizer; `lễ` before `tổng kết` decides.
    Case(
        "le-tong-ket",
        "Sáng ngày 16/01/2025, tại Trung tâm Hội nghị và Tổ chức sự kiện tỉnh, Ban Dân vận Tỉnh ủy Đồng Nai "
        "tổ chức lễ tổng kết, trao giải Cuộc thi viết về gương “Dân vận khéo”.",
        [("Sáng ngày 16/01/2025", "2025-01-16")],
        [],
        [event("lễ", "2025-01-16", organizer="Ban Dân vận Tỉnh ủy Đồng Nai")],
    ),
    # A place with a head the list does not know, between date and organizer; `long trọng` ends
    # the organizer.
    Case(
        "place-any-head",
        "Tối 14/10, tại Quảng trường 10 Tháng 3, Ban Thường vụ Tỉnh ủy long trọng tổ chức Lễ kỷ niệm 90 năm "
        "Ngày truyền thống công tác dân vận của Đảng.",
        [("Tối 14/10", "2020-10-14")],
        [],
        [
            event(
                "lễ",
                "2020-10-14",
                part_of_day="tối",
                organizer="Ban Thường vụ Tỉnh ủy",
                location="Quảng trường 10 Tháng 3",
            )
        ],
    ),
    # 131: the time before the part of day.
    Case(
        "time-then-part-of-day",
        "Vào lúc 08:15 sáng 11/7, tại Hội trường Thành ủy Cần Thơ, Ban Dân vận Thành ủy phối hợp với Ủy "
        "ban MTTQ Việt Nam thành phố tổ chức hội nghị giao ban công tác dân vận 6 tháng đầu năm 2024.",
        [("11/7", "2024-07-11")],
        [],
        [
            event(
                "giao ban",
                "2024-07-11",
                part_of_day="sáng",
                organizer="Ban Dân vận Thành ủy",
                location="Hội trường Thành ủy Cần Thơ",
            )
        ],
    ),
    # 132: a clock time is no part of day.
    Case(
        "clock-time",
        "Lúc 14h30 ngày 21/9/2023, Đảng ủy, UBND phường An Phú tổ chức hội nghị đối thoại giữa người đứng "
        "đầu cấp ủy, chính quyền với Nhân dân năm 2023.",
        [("ngày 21/9/2023", "2023-09-21")],
        [],
        [event("đối thoại", "2023-09-21", part_of_day=None, organizer="Đảng ủy, UBND phường An Phú")],
    ),
    # 102: `quý III` is no sơ kết when the meeting is a giao ban.
    Case(
        "giao-ban-quy",
        "Vào lúc 14h30 ngày 28/9, Ban Dân vận Huyện ủy Văn Bàn (tỉnh Lào Cai) tổ chức hội nghị giao ban "
        "công tác dân vận quý III, triển khai nhiệm vụ quý IV/2023.",
        [("ngày 28/9", "2023-09-28")],
        [],
        [event("giao ban", "2023-09-28", organizer="Ban Dân vận Huyện ủy Văn Bàn")],
    ),
    # 115: `đã có buổi làm việc`; the place in the next sentence.
    Case(
        "buoi-lam-viec-place-after",
        "Chiều 27/7, Đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lê Thị Hương Giang, Trưởng Ban Dân "
        "vận Tỉnh ủy làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Huyện ủy Hướng Hóa. Buổi làm "
        "việc diễn ra tại Hội trường Huyện ủy Hướng Hóa.",
        [("Chiều 27/7", "2023-07-27")],
        ["Lê Thị Hương Giang"],
        [
            event(
                "buổi làm việc",
                "2023-07-27",
                chairs=["Lê Thị Hương Giang"],
                location="Hội trường Huyện ủy Hướng Hóa",
            )
        ],
    ),
    # 116, 138: a meeting that deploys.
    Case(
        "trien-khai",
        "Sáng 26/9, Ban Thường vụ Huyện ủy Ba Tơ tổ chức hội nghị triển khai Kế hoạch số 97-KH/HU ngày "
        "15/9/2023 của Ban Thường vụ Huyện ủy.",
        [("Sáng 26/9", "2023-09-26"), ("ngày 15/9/2023", "2023-09-15")],
        [],
        [event("hội nghị triển khai", "2023-09-26")],
    ),
    Case(
        "quan-triet",
        "Sáng 18/01, Ban Thường vụ Tỉnh ủy An Giang tổ chức hội nghị quán triệt, triển khai Nghị quyết số "
        "43-NQ/TW.",
        [("Sáng 18/01", "2024-01-18")],
        [],
        [event("hội nghị triển khai", "2024-01-18")],
    ),
    # 139: the chairs named after the verb.
    Case(
        "chairs-after-verb",
        "Ngày 5/3, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội thảo khoa học về phòng, chống tham nhũng.\n"
        "Đồng chủ trì hội thảo có đồng chí Hồ Thị Diễm Kiều, Trưởng Ban Dân vận Tỉnh ủy Cà Mau và Lê Văn "
        "Định, Phó Giám đốc Học viện Chính trị khu vực IV.",
        [("Ngày 5/3", "2024-03-05")],
        ["Hồ Thị Diễm Kiều", "Lê Văn Định"],
        [event("hội thảo", "2024-03-05", chairs=["Hồ Thị Diễm Kiều", "Lê Văn Định"])],
    ),
    # 105: the date opens the second clause of the lead sentence.
    Case(
        "date-mid-sentence",
        "Hướng tới kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng, sáng 12/10, Ban Dân vận "
        "Tỉnh ủy Thái Nguyên tổ chức buổi gặp mặt các thế hệ cán bộ làm công tác dân vận của tỉnh.",
        [("sáng 12/10", "2023-10-12")],
        [],
        [event("gặp mặt", "2023-10-12", part_of_day="sáng", organizer="Ban Dân vận Tỉnh ủy Thái Nguyên")],
    ),
    # 000: the dates stage lists a repeated date once, at the page's date line; the lead sentence's
    # own `30/6/2020` still dates the meeting.
    Case(
        "date-listed-at-date-line",
        "30/6/2020 16:01\nSáng ngày 30/6/2020, Ban Chỉ đạo tỉnh tổ chức hội nghị sơ kết công tác 6 tháng.",
        [("30/6/2020 16:01", "2020-06-30")],
        [],
        [event("hội nghị sơ kết", "2020-06-30", part_of_day="sáng", organizer="Ban Chỉ đạo tỉnh")],
    ),
    # 137: a second working session, reported in the lead form.
    Case(
        "second-session",
        "Ngày 22/5, Đoàn công tác Ban Dân vận Trung ương đã làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang. "
        "Trước đó, ngày 21/5, đoàn công tác đã làm việc với Ban Thường vụ Huyện ủy Gò Quao.",
        [("Ngày 22/5", "2024-05-22"), ("ngày 21/5", "2024-05-21")],
        [],
        [
            event("buổi làm việc", "2024-05-22", organizer="Đoàn công tác Ban Dân vận Trung ương"),
            event("buổi làm việc", "2024-05-21", organizer="đoàn công tác"),
        ],
    ),
]

# Forms of the later dev articles (151–158, 164): meetings dated in a later clause or sentence, or by
# the meeting before; passive reports; chairs after `là`/`có`; several meetings in one article.
LATER_FORMS = [
    # 151: `… đã diễn ra`, the organizer in `Hội nghị do … tổ chức`, the chair in a sentence of its own.
    Case(
        "da-dien-ra-do-to-chuc",
        "Ngày 10/1, Hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025 đã diễn ra "
        "tại Hội trường Tỉnh ủy. Hội nghị do Ban Dân vận Tỉnh ủy Phú Thọ tổ chức theo hình thức trực "
        "tiếp kết hợp trực tuyến.\n\nĐồng chí Bùi Đình Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban "
        "Dân vận Tỉnh ủy chủ trì hội nghị.\n\nDự và chỉ đạo hội nghị có đồng chí Lê Thị Vân Anh, Phó Bí "
        "thư Thường trực Tỉnh ủy.",
        [("Ngày 10/1", "2025-01-10")],
        ["Bùi Đình Khang", "Lê Thị Vân Anh"],
        [
            event(
                "hội nghị tổng kết",
                "2025-01-10",
                text="Hội nghị tổng kết công tác dân vận năm 2024",
                organizer="Ban Dân vận Tỉnh ủy Phú Thọ",
                chairs=["Bùi Đình Khang"],
                location="Hội trường Tỉnh ủy",
                attendees=["Lê Thị Vân Anh"],
            )
        ],
    ),
    # 151: `Vào chiều cùng ngày, nhằm …, <organizer> đã tổ chức gặp mặt …`: the day of the meeting
    # before, the part of day before `cùng ngày`; the first meeting's chair does not chair the second.
    Case(
        "chieu-cung-ngay",
        "Ngày 10/1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2024. Đồng chí "
        "Bùi Đình Khang, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.\n\nVào chiều cùng ngày, nhằm động "
        "viên những người làm công tác dân vận ở cơ sở, Ban Dân vận Tỉnh ủy đã tổ chức gặp mặt các tập "
        "thể, cá nhân tiêu biểu trong phong trào thi đua “Dân vận khéo” năm 2024 tại Nhà khách Tỉnh ủy.",
        [("Ngày 10/1", "2025-01-10")],
        ["Bùi Đình Khang"],
        [
            event("hội nghị tổng kết", "2025-01-10", chairs=["Bùi Đình Khang"]),
            event(
                "gặp mặt",
                "2025-01-10",
                part_of_day="chiều",
                organizer="Ban Dân vận Tỉnh ủy",
                chairs=[],
                location="Nhà khách Tỉnh ủy",
                rule="events:same_day",
            ),
        ],
    ),
    # 152: the lead sentence has no date; the next one, about the same meeting, gives it. `Chủ trì hội
    # nghị là đồng chí …`: the chair after the verb.
    Case(
        "date-in-next-sentence",
        "Ban Dân vận Huyện ủy Quế Võ vừa tổ chức hội nghị giao ban trực tuyến công tác dân vận 9 tháng "
        "đầu năm, triển khai nhiệm vụ quý IV/2024. Hội nghị diễn ra vào sáng 27/9, điểm cầu chính đặt "
        "tại Hội trường Huyện ủy.\n\nChủ trì hội nghị là đồng chí Nguyễn Thị Hồng Nhung, Phó Bí thư "
        "Thường trực Huyện ủy. Tham dự có đồng chí Trần Văn Lực, Trưởng Ban Dân vận Huyện ủy.",
        [("sáng 27/9", "2024-09-27")],
        ["Nguyễn Thị Hồng Nhung", "Trần Văn Lực"],
        [
            event(
                "giao ban",
                "2024-09-27",
                part_of_day="sáng",
                text="hội nghị giao ban trực tuyến công tác dân vận 9 tháng đầu năm",
                organizer="Ban Dân vận Huyện ủy Quế Võ",
                chairs=["Nguyễn Thị Hồng Nhung"],
                location="Hội trường Huyện ủy",
                attendees=["Trần Văn Lực"],
                rule="events:next_sentence",
            )
        ],
    ),
    # 152: a person chairs a `cuộc họp`; `để …` ends its name (`báo cáo giao ban` is no giao ban).
    Case(
        "cuoc-hop",
        "Trước đó, sáng 26/9, đồng chí Trần Văn Lực đã chủ trì cuộc họp Ban Dân vận Huyện ủy để thống "
        "nhất nội dung báo cáo giao ban.",
        [("sáng 26/9", "2024-09-26")],
        ["Trần Văn Lực"],
        [
            event(
                "hội nghị",
                "2024-09-26",
                part_of_day="sáng",
                text="cuộc họp Ban Dân vận Huyện ủy",
                organizer=None,
                chairs=["Trần Văn Lực"],
            )
        ],
    ),
    # 153: a field visit, then a working session the next day whose chairs have a sentence of their own.
    Case(
        "khao-sat-then-lam-viec",
        "Chiều 15/5, Đoàn công tác của Ban Dân vận Tỉnh ủy Hòa Bình do đồng chí Đinh Thị Hòa, Phó Trưởng "
        "Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đi khảo sát thực tế mô hình “Dân vận khéo” tại xóm "
        "Bưng.\n\nSáng 16/5, đoàn công tác có buổi làm việc với Ban Thường vụ Huyện ủy Lạc Sơn. Đồng chí "
        "Đinh Thị Hòa và đồng chí Bùi Văn Thắng, Bí thư Huyện ủy Lạc Sơn đồng chủ trì buổi làm việc.",
        [("Chiều 15/5", "2024-05-15"), ("Sáng 16/5", "2024-05-16")],
        ["Đinh Thị Hòa", "Bùi Văn Thắng"],
        [
            event(
                "buổi làm việc",
                "2024-05-15",
                part_of_day="chiều",
                organizer="Đoàn công tác của Ban Dân vận Tỉnh ủy Hòa Bình",
                chairs=["Đinh Thị Hòa"],
            ),
            event(
                "buổi làm việc", "2024-05-16", part_of_day="sáng", chairs=["Đinh Thị Hòa", "Bùi Văn Thắng"]
            ),
        ],
    ),
    # 154: `Lễ ra mắt … đã được tổ chức tại …`, `Buổi lễ do … phối hợp với … tổ chức`, nobody chairs;
    # `Sau lễ ra mắt, …` dates the dialogue after it.
    Case(
        "passive-le-then-sau-le",
        "Sáng 22/8, Lễ ra mắt mô hình “Dân vận khéo” - “Bản tự quản về an ninh trật tự” đã được tổ chức "
        "tại Nhà văn hóa bản Nà Sản. Buổi lễ do Ủy ban MTTQ xã Chiềng Mung phối hợp với Công an xã tổ "
        "chức.\n\nTham dự buổi lễ có đồng chí Lò Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy Mai "
        "Sơn.\n\nSau lễ ra mắt, Ban Dân vận Huyện ủy Mai Sơn đã có buổi tiếp xúc, đối thoại với bà con "
        "bản Nà Sản.",
        [("Sáng 22/8", "2024-08-22")],
        ["Lò Thị Hương"],
        [
            event(
                "lễ",
                "2024-08-22",
                part_of_day="sáng",
                text="Lễ ra mắt mô hình “Dân vận khéo” - “Bản tự quản về an ninh trật tự”",
                organizer="Ủy ban MTTQ xã Chiềng Mung",
                chairs=[],
                location="Nhà văn hóa bản Nà Sản",
                attendees=["Lò Thị Hương"],
            ),
            event("đối thoại", "2024-08-22", organizer="Ban Dân vận Huyện ủy Mai Sơn", chairs=[]),
        ],
    ),
    # 155: a `phiên giải trình`; `Trước phiên giải trình, vào sáng cùng ngày, …`.
    Case(
        "phien-giai-trinh-sang-cung-ngay",
        "Ngày 18/6, Thường trực HĐND tỉnh Hà Nam tổ chức phiên giải trình về việc thực hiện dân chủ ở cơ "
        "sở. Chủ trì phiên giải trình là đồng chí Lê Minh Hải, Chủ tịch HĐND tỉnh.\n\nTrước phiên giải "
        "trình, vào sáng cùng ngày, Thường trực HĐND tỉnh đã làm việc với Ban Thường trực Ủy ban MTTQ "
        "Việt Nam tỉnh.",
        [("Ngày 18/6", "2024-06-18")],
        ["Lê Minh Hải"],
        [
            event("hội nghị", "2024-06-18", part_of_day=None, chairs=["Lê Minh Hải"]),
            event(
                "buổi làm việc",
                "2024-06-18",
                part_of_day="sáng",
                organizer="Thường trực HĐND tỉnh",
                chairs=[],
            ),
        ],
    ),
    # 156: `… được <organizer> tổ chức vào sáng 12/3`; `Đồng chủ trì hội nghị có các đồng chí: A, …; B, …`.
    Case(
        "duoc-to-chuc-vao",
        "Hội nghị trực tuyến toàn tỉnh quán triệt, triển khai Quy chế công tác dân vận được Ban Thường "
        "vụ Tỉnh ủy tổ chức vào sáng 12/3, kết nối tới 171 điểm cầu.\n\nĐồng chủ trì hội nghị có các "
        "đồng chí: Vũ Đức Thành, Phó Bí thư Thường trực Tỉnh ủy; Đặng Thị Mai Hoa, Trưởng Ban Dân vận "
        "Tỉnh ủy.",
        [("sáng 12/3", "2024-03-12")],
        ["Vũ Đức Thành", "Đặng Thị Mai Hoa"],
        [
            event(
                "hội nghị triển khai",
                "2024-03-12",
                part_of_day="sáng",
                organizer="Ban Thường vụ Tỉnh ủy",
                chairs=["Vũ Đức Thành", "Đặng Thị Mai Hoa"],
            )
        ],
    ),
    # 157: `Chiều cùng ngày, đồng chí … dự lễ ra mắt … do … tổ chức`: attending reports the meeting,
    # the attendee does not chair it.
    Case(
        "du-le-chieu-cung-ngay",
        "Sáng 25/3, Thành đoàn Đà Lạt tổ chức buổi tiếp xúc, đối thoại với đoàn viên, thanh "
        "niên.\n\nChiều cùng ngày, đồng chí Nguyễn Văn Sơn dự lễ ra mắt Câu lạc bộ “Thanh niên dân vận "
        "khéo” phường 7 do Đoàn phường 7 tổ chức tại Nhà văn hóa phường 7.",
        [("Sáng 25/3", "2024-03-25")],
        ["Nguyễn Văn Sơn"],
        [
            event("đối thoại", "2024-03-25", part_of_day="sáng", chairs=[]),
            event(
                "lễ",
                "2024-03-25",
                part_of_day="chiều",
                organizer="Đoàn phường 7",
                chairs=[],
                location="Nhà văn hóa phường 7",
            ),
        ],
    ),
    # 158: the date at the end (`… vào chiều ngày 10/4 tại …`) after a clause of purpose; `…; chủ trì
    # hội nghị là đồng chí …` inside the sentence of a second meeting.
    Case(
        "vao-chieu-ngay-then-chu-tri-la",
        "Nhằm tri ân những đóng góp của đội ngũ người có uy tín, Ban Thường vụ Huyện ủy Cầu Kè phối hợp "
        "với UBND huyện tổ chức gặp mặt người có uy tín, chức sắc, chức việc các chùa Khmer vào chiều "
        "ngày 10/4 tại Hội trường Huyện ủy.\n\nTrước đó, vào sáng cùng ngày, Ban Dân vận Huyện ủy đã tổ "
        "chức hội nghị giao ban công tác dân vận quý I/2024; chủ trì hội nghị là đồng chí Huỳnh Thị Bé "
        "Năm, Trưởng Ban Dân vận Huyện ủy.",
        [("chiều ngày 10/4", "2024-04-10")],
        ["Huỳnh Thị Bé Năm"],
        [
            event(
                "gặp mặt",
                "2024-04-10",
                part_of_day="chiều",
                text="gặp mặt người có uy tín, chức sắc, chức việc các chùa Khmer",
                organizer="Ban Thường vụ Huyện ủy Cầu Kè",
                chairs=[],
                location="Hội trường Huyện ủy",
                rule="events:held_on",
            ),
            event(
                "giao ban",
                "2024-04-10",
                part_of_day="sáng",
                organizer="Ban Dân vận Huyện ủy",
                chairs=["Huỳnh Thị Bé Năm"],
            ),
        ],
    ),
    # 164: the person who holds a dialogue leads it.
    Case(
        "person-holds-dialogue",
        "Sáng ngày 22/8/2024, tại Hội trường UBND thị xã An Nhơn, đồng chí Lâm Hải Giang, Phó Bí thư "
        "Tỉnh ủy, Chủ tịch UBND tỉnh đã đối thoại trực tiếp với Nhân dân về công tác bồi thường.",
        [("Sáng ngày 22/8/2024", "2024-08-22")],
        ["Lâm Hải Giang"],
        [event("đối thoại", "2024-08-22", organizer=None, chairs=["Lâm Hải Giang"])],
    ),
    # The place, then `đã diễn ra` and the meeting; the chairs after `Chủ trì hội nghị có`.
    Case(
        "place-then-da-dien-ra",
        "Sáng 14/3, tại Hội trường Tỉnh ủy đã diễn ra Hội nghị tổng kết công tác dân vận năm 2023. Chủ "
        "trì hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy và đồng chí Trần Thị Bình, Trưởng "
        "Ban Dân vận Tỉnh ủy.",
        [("Sáng 14/3", "2024-03-14")],
        ["Nguyễn Văn An", "Trần Thị Bình"],
        [
            event(
                "hội nghị tổng kết",
                "2024-03-14",
                location="Hội trường Tỉnh ủy",
                chairs=["Nguyễn Văn An", "Trần Thị Bình"],
            )
        ],
    ),
    # `Cũng trong ngày 14/3, …` opens a lead sentence; a `diễn đàn` is a meeting.
    Case(
        "cung-trong-ngay-dien-dan",
        "Ngày 14/3, Ban Thường vụ Huyện ủy tổ chức Hội nghị sơ kết. Cũng trong ngày 14/3, Ủy ban MTTQ huyện "
        "tổ chức Diễn đàn “Lắng nghe ý kiến Nhân dân”.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [
            event("hội nghị sơ kết", "2024-03-14"),
            event(
                "hội nghị",
                "2024-03-14",
                organizer="Ủy ban MTTQ huyện",
                text="Diễn đàn “Lắng nghe ý kiến Nhân dân”",
            ),
        ],
    ),
    # A date `trong ngày …` of the meeting the sentence before named.
    Case(
        "trong-ngay-next-sentence",
        "Ban Dân vận Tỉnh ủy vừa tổ chức Hội nghị tập huấn công tác dân vận năm 2024. Hội nghị được tổ "
        "chức trong ngày 14/3 tại Trường Chính trị tỉnh.",
        [("ngày 14/3", "2024-03-14")],
        [],
        [event("tập huấn", "2024-03-14", organizer="Ban Dân vận Tỉnh ủy")],
    ),
]

HEADLINES = [
    # 002: no dated lead sentence; the headline names the meeting, the body its chairs.
    Case(
        "headline-giao-ban",
        "Các đồng chí: Nguyễn Phước Lộc, Phó Trưởng Ban Dân vận Trung ương; Nguyễn Tiến Thành, Phó Bí thư "
        "Thường trực Tỉnh ủy Thái Bình chủ trì Hội nghị.",
        [],
        ["Nguyễn Phước Lộc", "Nguyễn Tiến Thành"],
        [
            event(
                "giao ban",
                None,
                organizer=None,
                chairs=["Nguyễn Phước Lộc", "Nguyễn Tiến Thành"],
                rule="events:headline",
            )
        ],
        title="Giao ban công tác dân vận các tỉnh, thành phố khu vực đồng bằng sông Hồng",
    ),
    Case(
        "headline-with-organizer",
        "Các đại biểu thảo luận.",
        [],
        [],
        [event("buổi làm việc", None, organizer="Ban Dân vận Tỉnh ủy")],
        title="Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Hướng Hóa",
    ),
    Case(
        "headline-place-prefix",
        "Các đại biểu thảo luận.",
        [],
        [],
        [event("hội nghị sơ kết", None, organizer=None)],
        title="Hà Giang: Sơ kết 6 tháng đầu năm 2023 thực hiện Quy chế dân chủ ở cơ sở",
    ),
]

HEADLINES += [
    # A headline that gives the day dates its meeting.
    Case(
        "headline-dated",
        "Các đại biểu thảo luận.",
        [("14/3", "2024-03-14")],
        [],
        [event("giao ban", "2024-03-14", organizer=None, rule="events:headline")],
        title="Ngày 14/3: Giao ban công tác dân vận quý I",
    ),
    # No dated meeting, no meeting in the headline: `… vừa tổ chức hội nghị …` in the first sentence.
    Case(
        "undated-lead",
        "Ban Dân vận Huyện ủy Quế Võ vừa tổ chức hội nghị giao ban công tác dân vận quý III. Đồng chí "
        "Nguyễn Thị Hồng Nhung chủ trì hội nghị.",
        [],
        ["Nguyễn Thị Hồng Nhung"],
        [
            event(
                "giao ban",
                None,
                organizer="Ban Dân vận Huyện ủy Quế Võ",
                chairs=["Nguyễn Thị Hồng Nhung"],
                rule="events:undated_lead",
            )
        ],
        title="Nâng cao hiệu quả công tác dân vận ở Quế Võ",
    ),
]

NOT_EVENTS = [
    Case(
        "no-meeting",
        "Ngày 15/3, toàn tỉnh có 20 xã đạt chuẩn nông thôn mới.",
        [("Ngày 15/3", "2024-03-15")],
        [],
        [],
    ),
    Case(
        "planned",
        "Ngày 15/10, Ban Dân vận Tỉnh ủy sẽ tổ chức hội nghị tổng kết phong trào.",
        [("Ngày 15/10", "2024-10-15")],
        [],
        [],
    ),
    # 004: a document's issue date opens no lead sentence.
    Case(
        "document-date",
        "Thực hiện Hướng dẫn số 04-HD/BDVTU, ngày 01/6/2017 của Ban Dân vận Tỉnh ủy Lạng Sơn, Ban Thường vụ "
        "đã thành lập các đoàn công tác đến làm việc tại cơ sở.",
        [("ngày 01/6/2017", "2017-06-01")],
        [],
        [],
    ),
    Case("month-only", "Tháng 3/2024, Ban Dân vận tổ chức hội nghị.", [("Tháng 3/2024", "2024-03")], [], []),
    Case("no-dates", "Ban Dân vận tổ chức hội nghị sơ kết.", [], [], []),
    Case("empty", "", [], [], []),
    # An issue date stands after no word of holding.
    Case(
        "document-date-later",
        "Thực hiện Kế hoạch số 12-KH/TU ngày 14/3/2024 của Tỉnh ủy, Ban Dân vận tổ chức hội nghị triển khai.",
        [("ngày 14/3/2024", "2024-03-14")],
        [],
        [],
    ),
    # Announced with its date later in the sentence.
    Case(
        "planned-date-later",
        "Hội nghị tổng kết công tác dân vận năm 2024 sẽ được tổ chức vào ngày 20/12.",
        [("ngày 20/12", "2024-12-20")],
        [],
        [],
    ),
    # A plan issued on the day is no meeting held on it.
    Case(
        "plan-about-meeting",
        "Ngày 14/3, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 12-KH/BDVTU về tổ chức hội nghị tổng kết.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [],
    ),
    # `cùng ngày` with no meeting reported before it dates nothing.
    Case(
        "same-day-first",
        "Chiều cùng ngày, Ban Dân vận Tỉnh ủy tổ chức gặp mặt các cá nhân tiêu biểu.",
        [],
        [],
        [],
    ),
]

CHAIRS = [
    # 134: `chủ trì, phối hợp` assigns a task; nobody chairs.
    Case(
        "chu-tri-phoi-hop",
        "Ngày 1/7, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban. Ban Dân vận Huyện ủy chủ trì, phối hợp "
        "với Ủy ban MTTQ Việt Nam huyện kiểm tra, đồng chí Võ Văn Lực theo dõi.",
        [("Ngày 1/7", "2023-07-01")],
        ["Võ Văn Lực"],
        [event("giao ban", "2023-07-01", chairs=[])],
    ),
    # A chair the officials stage did not find is not invented.
    Case(
        "chair-not-found-upstream",
        "Sáng 13/6, Ban Dân vận Tỉnh ủy tổ chức Tọa đàm về người có uy tín. Đồng chí Hà Thị Ngọc Lan chủ "
        "trì tọa đàm.",
        [("Sáng 13/6", "2023-06-13")],
        [],
        [event("tọa đàm", "2023-06-13", chairs=[])],
    ),
]

ALL = LEADS + LATER_FORMS + HEADLINES + NOT_EVENTS + CHAIRS

# Written for issue 6 (events, generalization): varied phrasings of the provincial press, none copied
# from corpus/. Dates are given as the dates stage reads them.
DATE_FORMS = [
    Case(
        "hom-nay-brackets",
        "Hôm nay (14/3), Ban Dân vận Tỉnh ủy Điện Biên tổ chức Hội nghị giao ban công tác dân vận quý "
        "I năm 2024.",
        [("Hôm nay (14/3)", "2024-03-14")],
        [],
        [event("giao ban", "2024-03-14", part_of_day=None, organizer="Ban Dân vận Tỉnh ủy Điện Biên")],
    ),
    Case(
        "sang-nay",
        "Sáng nay 14/3, tại Hội trường UBND huyện, Ủy ban MTTQ Việt Nam huyện Krông Pắc tổ chức Hội nghị "
        "tổng kết công tác Mặt trận năm 2023.",
        [("Sáng nay 14/3", "2024-03-14")],
        [],
        [
            event(
                "hội nghị tổng kết",
                "2024-03-14",
                part_of_day="sáng",
                organizer="Ủy ban MTTQ Việt Nam huyện Krông Pắc",
                location="Hội trường UBND huyện",
            )
        ],
    ),
    # A meeting of two days is dated by its first (GUIDE: `date` is one ISO day).
    Case(
        "two-days-brackets",
        "Trong 2 ngày (14-15/3), Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp tập "
        "huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở.",
        [("(14-15/3)", "2024-03-14..2024-03-15")],
        [],
        [event("tập huấn", "2024-03-14", organizer="Ban Dân vận Tỉnh ủy")],
    ),
    Case(
        "two-days-words",
        "Trong hai ngày 21 và 22/9, Huyện đoàn Tam Đường tổ chức Hội thi “Dân vận khéo” trong đoàn viên, "
        "thanh niên.",
        [("ngày 21 và 22/9", "2023-09-21")],
        [],
        [event("hội nghị", "2023-09-21", organizer="Huyện đoàn Tam Đường")],
    ),
    Case(
        "day-dash-month",
        "Chiều 20-5, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số "
        "05-CT/TW.",
        [("Chiều 20-5", "2024-05-20")],
        [],
        [
            event(
                "hội nghị sơ kết",
                "2024-05-20",
                part_of_day="chiều",
                organizer="Đảng ủy Khối các cơ quan tỉnh",
            )
        ],
    ),
    Case(
        "clock-hours-words",
        "Vào lúc 8 giờ ngày 3/4, tại Nhà văn hóa thôn Đồng Tâm, UBND xã Hòa Phú tổ chức Hội nghị đối thoại "
        "giữa người đứng đầu chính quyền với Nhân dân.",
        [("Vào lúc 8 giờ ngày 3/4", "2024-04-03")],
        [],
        [
            event(
                "đối thoại",
                "2024-04-03",
                part_of_day=None,
                organizer="UBND xã Hòa Phú",
                location="Nhà văn hóa thôn Đồng Tâm",
            )
        ],
    ),
    Case(
        "weekday-brackets",
        "Sáng thứ Năm (23/10), Ban Dân vận Thành ủy tổ chức Tọa đàm “Phát huy vai trò của Nhân dân trong "
        "xây dựng chính quyền”.",
        [("thứ Năm (23/10)", "2025-10-23")],
        [],
        [event("tọa đàm", "2025-10-23", part_of_day="sáng", organizer="Ban Dân vận Thành ủy")],
    ),
    # underthesea ends a sentence at `14.` when a space follows the dot; the date stays in one sentence.
    Case(
        "dotted-date-spaced",
        "Ngày 14. 3, Ban Dân vận Huyện ủy Yên Thế tổ chức Hội nghị sơ kết 3 năm thực hiện mô hình “Dân vận "
        "khéo”.",
        [("Ngày 14. 3", "2024-03-14")],
        [],
        [event("hội nghị sơ kết", "2024-03-14", organizer="Ban Dân vận Huyện ủy Yên Thế")],
    ),
    Case(
        "date-after-vua-qua",
        "Ngày 14/3 vừa qua, Hội Nông dân tỉnh đã tổ chức Diễn đàn “Nông dân với chuyển đổi số”.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", organizer="Hội Nông dân tỉnh")],
    ),
    Case(
        "held-on-end-of-sentence",
        "Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua “Dân vận khéo” của huyện Tân "
        "Uyên được tổ chức sáng 14/3.",
        [("sáng 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", part_of_day="sáng")],
    ),
]

TRIGGERS = [
    Case(
        "ngay-hoi",
        "Ngày 18/11, Ban Công tác Mặt trận khu dân cư số 5 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
        "2023.",
        [("Ngày 18/11", "2023-11-18")],
        [],
        [event("hội nghị", "2023-11-18", organizer="Ban Công tác Mặt trận khu dân cư số 5")],
    ),
    Case(
        "giao-luu",
        "Tối 14/3, Ban Dân vận Huyện ủy phối hợp với Huyện đoàn tổ chức chương trình giao lưu “Thanh niên "
        "với công tác dân vận”.",
        [("Tối 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", part_of_day="tối", organizer="Ban Dân vận Huyện ủy")],
    ),
    Case(
        "sinh-hoat-chuyen-de",
        "Sáng 14/3, Chi bộ thôn Bản Mế tổ chức sinh hoạt chuyên đề “Nâng cao hiệu quả công tác dân vận ở "
        "khu dân cư”.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", organizer="Chi bộ thôn Bản Mế")],
    ),
    Case(
        "le-ky-ket",
        "Ngày 14/3, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ ký kết Chương trình phối hợp "
        "thực hiện công tác dân vận giai đoạn 2024 - 2029.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("lễ", "2024-03-14", organizer="Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh")],
    ),
    Case(
        "le-phat-dong",
        "Sáng 14/3, tại sân vận động xã Quỳnh Lâm, Ủy ban MTTQ Việt Nam xã tổ chức Lễ phát động phong trào "
        "“Toàn dân chung tay xây dựng nông thôn mới”.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("lễ", "2024-03-14", organizer="Ủy ban MTTQ Việt Nam xã")],
    ),
    # A meeting that launches a movement deploys it (GUIDE: `hội nghị triển khai`).
    Case(
        "hoi-nghi-phat-dong",
        "Chiều 14/3, Ban Thường vụ Huyện ủy tổ chức Hội nghị phát động thi đua thực hiện phong trào “Dân "
        "vận khéo” năm 2024.",
        [("Chiều 14/3", "2024-03-14")],
        [],
        [event("hội nghị triển khai", "2024-03-14", organizer="Ban Thường vụ Huyện ủy")],
    ),
    Case(
        "to-chuc-ra-mat",
        "Ngày 14/3, Hội Cựu chiến binh xã Thạch Bình tổ chức ra mắt mô hình “Cựu chiến binh tham gia giữ "
        "gìn an ninh trật tự”.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("lễ", "2024-03-14", organizer="Hội Cựu chiến binh xã Thạch Bình")],
    ),
    Case(
        "hoi-nghi-truc-tuyen-diem-cau",
        "Sáng 14/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt Kết luận số 120-KL/TW của "
        "Bộ Chính trị. Hội nghị được kết nối đến 180 điểm cầu cấp huyện, cấp xã.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("hội nghị triển khai", "2024-03-14", organizer="Ban Thường vụ Tỉnh ủy")],
    ),
    # GUIDE: a đoàn kiểm tra, đoàn công tác (and a đoàn giám sát) works with a body: `buổi làm việc`.
    Case(
        "doan-giam-sat",
        "Ngày 14/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lò Văn Mừng, Phó Chủ "
        "tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở tại UBND "
        "xã Chiềng Ban.",
        [("Ngày 14/3", "2024-03-14")],
        ["Lò Văn Mừng"],
        [
            event(
                "buổi làm việc",
                "2024-03-14",
                organizer="Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                chairs=["Lò Văn Mừng"],
            )
        ],
    ),
    Case(
        "tiep-xuc-cu-tri",
        "Sáng 14/3, Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 4 tiếp xúc cử tri tại xã Tân Lập.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", part_of_day="sáng")],
    ),
    Case(
        "hoi-nghi-bieu-duong",
        "Ngày 14/3, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện tổ chức Hội nghị biểu dương điển "
        "hình “Dân vận khéo” giai đoạn 2021 - 2023.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14")],
    ),
    Case(
        "mit-tinh",
        "Tối 14/10, tại Quảng trường trung tâm huyện, Huyện ủy tổ chức mít tinh kỷ niệm 94 năm Ngày truyền "
        "thống công tác dân vận của Đảng.",
        [("Tối 14/10", "2024-10-14")],
        [],
        [event("lễ", "2024-10-14", part_of_day="tối", organizer="Huyện ủy")],
    ),
    Case(
        "dai-hoi",
        "Ngày 14/3, Ủy ban MTTQ Việt Nam xã Nghĩa Đô tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ "
        "XIII, nhiệm kỳ 2024 - 2029.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("hội nghị", "2024-03-14", organizer="Ủy ban MTTQ Việt Nam xã Nghĩa Đô")],
    ),
]

CHAIR_FORMS = [
    Case(
        "chu-tri-hoi-nghi-co",
        "Sáng 14/3, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận quý I. Chủ trì hội nghị "
        "có đồng chí Nguyễn Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phan Văn Toàn, Phó Trưởng Ban.",
        [("Sáng 14/3", "2024-03-14")],
        ["Nguyễn Thị Hằng", "Phan Văn Toàn"],
        [event("hội nghị sơ kết", "2024-03-14", chairs=["Nguyễn Thị Hằng", "Phan Văn Toàn"])],
    ),
    Case(
        "doan-do-dan-dau",
        "Chiều 14/3, đoàn công tác của Ban Dân vận Trung ương do đồng chí Phạm Tất Thắng, Phó Trưởng Ban "
        "Dân vận Trung ương dẫn đầu đã làm việc với Ban Thường vụ Tỉnh ủy Lai Châu.",
        [("Chiều 14/3", "2024-03-14")],
        ["Phạm Tất Thắng"],
        [
            event(
                "buổi làm việc",
                "2024-03-14",
                organizer="đoàn công tác của Ban Dân vận Trung ương",
                chairs=["Phạm Tất Thắng"],
            )
        ],
    ),
    Case(
        "chu-tri-va-phat-bieu",
        "Ngày 14/3, Huyện ủy Phù Yên tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW. "
        "Đồng chí Cầm Văn Chính, Bí thư Huyện ủy chủ trì và phát biểu chỉ đạo hội nghị.",
        [("Ngày 14/3", "2024-03-14")],
        ["Cầm Văn Chính"],
        [event("hội nghị tổng kết", "2024-03-14", chairs=["Cầm Văn Chính"])],
    ),
    Case(
        "two-chairs-va",
        "Sáng 14/3, Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị giao ban công tác "
        "dân vận quý I/2024. Đồng chí Hoàng Thị Nga và đồng chí Vi Văn Sơn đồng chủ trì hội nghị.",
        [("Sáng 14/3", "2024-03-14")],
        ["Hoàng Thị Nga", "Vi Văn Sơn"],
        [event("giao ban", "2024-03-14", chairs=["Hoàng Thị Nga", "Vi Văn Sơn"])],
    ),
    Case(
        "role-before-name-chair",
        "Chiều 14/3, Ban Thường vụ Huyện ủy tổ chức hội nghị đối thoại với đoàn viên, hội viên. Phó Bí thư "
        "Thường trực Huyện ủy Lương Văn Hòa chủ trì hội nghị.",
        [("Chiều 14/3", "2024-03-14")],
        ["Lương Văn Hòa"],
        [event("đối thoại", "2024-03-14", chairs=["Lương Văn Hòa"])],
    ),
    Case(
        "chair-third-sentence",
        "Sáng 14/3, Ban Dân vận Huyện ủy tổ chức Hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm "
        "2023. Dự hội nghị có lãnh đạo các ban, ngành, đoàn thể huyện. Đồng chí Đặng Văn Tú, Trưởng Ban Dân "
        "vận Huyện ủy chủ trì hội nghị.",
        [("Sáng 14/3", "2024-03-14")],
        ["Đặng Văn Tú"],
        [event("hội nghị tổng kết", "2024-03-14", chairs=["Đặng Văn Tú"])],
    ),
    Case(
        "duoi-su-chu-tri",
        "Ngày 14/3, dưới sự chủ trì của đồng chí Trịnh Văn Quyết, Bí thư Đảng ủy xã, Đảng ủy xã Quang Minh "
        "tổ chức Hội nghị sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở.",
        [("Ngày 14/3", "2024-03-14")],
        ["Trịnh Văn Quyết"],
        [event("hội nghị sơ kết", "2024-03-14", chairs=["Trịnh Văn Quyết"])],
    ),
    Case(
        "hoi-nghi-do-chu-tri",
        "Sáng 14/3, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện tổ chức hội nghị giao ban quý I. "
        "Hội nghị do đồng chí Vũ Thị Liên, Phó Bí thư Huyện ủy, Trưởng Ban Chỉ đạo chủ trì.",
        [("Sáng 14/3", "2024-03-14")],
        ["Vũ Thị Liên"],
        [event("giao ban", "2024-03-14", chairs=["Vũ Thị Liên"])],
    ),
    Case(
        "chu-tri-la-cac-dong-chi",
        "Ngày 14/3, Ban Dân vận Tỉnh ủy tổ chức Hội thảo khoa học “Công tác dân vận trong tình hình mới”. "
        "Chủ trì hội thảo là các đồng chí: Lê Văn Hiệp, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Minh Tâm, Giám "
        "đốc Trường Chính trị tỉnh.",
        [("Ngày 14/3", "2024-03-14")],
        ["Lê Văn Hiệp", "Nguyễn Minh Tâm"],
        [event("hội thảo", "2024-03-14", chairs=["Lê Văn Hiệp", "Nguyễn Minh Tâm"])],
    ),
    Case(
        "cung-chu-tri",
        "Chiều 14/3, Huyện ủy tổ chức hội nghị đối thoại với người có uy tín. Đồng chí Hà Văn Bảy, Bí thư "
        "Huyện ủy chủ trì hội nghị; cùng chủ trì có đồng chí Lò Thị Thanh, Chủ tịch UBND huyện.",
        [("Chiều 14/3", "2024-03-14")],
        ["Hà Văn Bảy", "Lò Thị Thanh"],
        [event("đối thoại", "2024-03-14", chairs=["Hà Văn Bảy", "Lò Thị Thanh"])],
    ),
    Case(
        "cung-chu-tri-next-sentence",
        "Sáng 14/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I. Đồng chí Vương Văn "
        "Hà, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có đồng chí Lý Thị Lan, Phó Trưởng "
        "Ban Thường trực.",
        [("Sáng 14/3", "2024-03-14")],
        ["Vương Văn Hà", "Lý Thị Lan"],
        [event("giao ban", "2024-03-14", chairs=["Vương Văn Hà", "Lý Thị Lan"])],
    ),
    Case(
        "truong-doan-la",
        "Ngày 14/3, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mường So. Trưởng "
        "đoàn là đồng chí Tao Văn Hải, Phó Trưởng Ban Dân vận Tỉnh ủy.",
        [("Ngày 14/3", "2024-03-14")],
        ["Tao Văn Hải"],
        [event("buổi làm việc", "2024-03-14", chairs=["Tao Văn Hải"])],
    ),
    # The speaker of a later sentence chairs nothing.
    Case(
        "speaker-is-no-chair",
        "Sáng 14/3, Ban Dân vận Huyện ủy tổ chức Hội nghị giao ban công tác dân vận quý I. Phát biểu tại "
        "hội nghị, đồng chí Ngô Văn Khải, Phó Bí thư Huyện ủy đề nghị các đơn vị làm tốt công tác dân vận.",
        [("Sáng 14/3", "2024-03-14")],
        ["Ngô Văn Khải"],
        [event("giao ban", "2024-03-14", chairs=[])],
    ),
]

ORGANIZERS_PLACES = [
    # The body is named only in the headline; the lead sentence says the meeting took place.
    Case(
        "organizer-in-title",
        "Sáng 14/3, hội nghị giao ban công tác dân vận quý I/2024 đã diễn ra tại Hội trường Huyện ủy.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [
            event(
                "giao ban",
                "2024-03-14",
                organizer="Ban Dân vận Huyện ủy Mường Nhé",
                location="Hội trường Huyện ủy",
            )
        ],
        title="Ban Dân vận Huyện ủy Mường Nhé tổ chức giao ban công tác dân vận quý I",
    ),
    Case(
        "o-diem-cau",
        "Sáng 14/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2023. "
        "Đồng chí Trần Quốc Nam, Bí thư Tỉnh ủy chủ trì hội nghị ở điểm cầu Hội trường Tỉnh ủy.",
        [("Sáng 14/3", "2024-03-14")],
        ["Trần Quốc Nam"],
        [
            event(
                "hội nghị tổng kết",
                "2024-03-14",
                chairs=["Trần Quốc Nam"],
                location="điểm cầu Hội trường Tỉnh ủy",
            )
        ],
    ),
    Case(
        "nha-van-hoa-thon",
        "Chiều 14/3, tại Nhà văn hóa thôn Phú Mỹ, xã Điện Hòa, Ban Dân vận Thị ủy tổ chức Lễ ra mắt mô hình "
        "“Dân vận khéo” trong xây dựng khu dân cư văn minh.",
        [("Chiều 14/3", "2024-03-14")],
        [],
        [
            event(
                "lễ",
                "2024-03-14",
                organizer="Ban Dân vận Thị ủy",
                location="Nhà văn hóa thôn Phú Mỹ, xã Điện Hòa",
            )
        ],
    ),
    Case(
        "organizer-abbrev-brackets",
        "Ngày 14/3, Ban Dân vận Tỉnh ủy (BDVTU) phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức Tọa đàm về "
        "vai trò của phụ nữ trong công tác dân vận.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [event("tọa đàm", "2024-03-14", organizer="Ban Dân vận Tỉnh ủy (BDVTU)")],
    ),
]

NOT_REPORTED = [
    Case(
        "theo-ke-hoach",
        "Theo kế hoạch, ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2024.",
        [("ngày 20/12", "2024-12-20")],
        [],
        [],
    ),
    Case(
        "du-kien",
        "Dự kiến, ngày 20/4, Ban Dân vận Huyện ủy tổ chức Hội thi “Dân vận khéo” cấp huyện.",
        [("ngày 20/4", "2024-04-20")],
        [],
        [],
    ),
    Case(
        "deadline",
        "Ban Dân vận Tỉnh ủy đề nghị các huyện, thị xã hoàn thành việc tổ chức hội nghị sơ kết trước ngày "
        "30/6.",
        [("ngày 30/6", "2024-06-30")],
        [],
        [],
    ),
    Case(
        "yeu-cau-to-chuc",
        "Ngày 14/3, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tổ chức hội nghị đối thoại với Nhân dân.",
        [("Ngày 14/3", "2024-03-14")],
        [],
        [],
    ),
    Case(
        "ket-thuc-vao",
        "Hội thi sẽ kết thúc vào ngày 30/4, Ban Tổ chức sẽ tổ chức lễ trao giải cho các tập thể.",
        [("ngày 30/4", "2024-04-30")],
        [],
        [],
    ),
    Case(
        "historical",
        "Ngày 15/10/1930, Ban Chấp hành Trung ương Đảng ra Nghị quyết về công tác vận động quần chúng.",
        [("Ngày 15/10/1930", "1930-10-15")],
        [],
        [],
    ),
    Case(
        "count-of-meetings",
        "Năm 2023, Ban Dân vận các cấp tổ chức 125 hội nghị đối thoại với Nhân dân.",
        [],
        [],
        [],
    ),
]

SEVERAL = [
    # Two meetings of one kind on one day, held by two bodies: both are reported.
    Case(
        "same-kind-same-day",
        "Sáng 14/3, Ban Dân vận Huyện ủy Mai Châu tổ chức hội nghị giao ban công tác dân vận quý I/2024. "
        "Cũng trong sáng 14/3, Ban Dân vận Huyện ủy Tân Lạc tổ chức hội nghị giao ban công tác dân vận quý "
        "I/2024.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [
            event("giao ban", "2024-03-14", organizer="Ban Dân vận Huyện ủy Mai Châu"),
            event("giao ban", "2024-03-14", organizer="Ban Dân vận Huyện ủy Tân Lạc"),
        ],
    ),
    Case(
        "same-kind-two-days",
        "Ngày 14/3, Đoàn công tác của Ban Dân vận Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Bảo Lạc. "
        "Ngày 15/3, đoàn làm việc với Ban Thường vụ Huyện ủy Bảo Lâm.",
        [("Ngày 14/3", "2024-03-14"), ("Ngày 15/3", "2024-03-15")],
        [],
        [event("buổi làm việc", "2024-03-14"), event("buổi làm việc", "2024-03-15")],
    ),
    # The meeting named again is the same meeting.
    Case(
        "named-again",
        "Sáng 14/3, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2023. Tại hội nghị, "
        "các đại biểu đã thảo luận. Sáng 14/3, hội nghị cũng đã khen thưởng 20 tập thể.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("hội nghị tổng kết", "2024-03-14")],
    ),
    Case(
        "sessions-morning-afternoon",
        "Sáng 14/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ cấp huyện. Chiều cùng ngày, "
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ cấp xã.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [
            event("tập huấn", "2024-03-14", part_of_day="sáng"),
            event("tập huấn", "2024-03-14", part_of_day="chiều"),
        ],
    ),
]

# Relative days, today, a person holding the meeting, the meeting a verb of holding names.
RELATIVE_AND_HELD = [
    # The dates stage lists a day once, at its first mention (the date line): the lead sentence's own
    # `Sáng nay 5/9`, `Hôm nay (5/9)` and `8 giờ 30 phút ngày 5/9` still date the meeting.
    Case(
        "sang-nay-listed-at-date-line",
        "05/9/2024 10:20\nSáng nay 5/9, Hội Cựu chiến binh tỉnh tổ chức Hội nghị sơ kết 5 năm thực hiện "
        "phong trào “Cựu chiến binh gương mẫu”.",
        [("05/9/2024 10:20", "2024-09-05")],
        [],
        [event("hội nghị sơ kết", "2024-09-05", part_of_day="sáng", organizer="Hội Cựu chiến binh tỉnh")],
    ),
    Case(
        "hom-nay-listed-at-date-line",
        "05/9/2024 10:20\nHôm nay (5/9), Liên đoàn Lao động tỉnh tổ chức Diễn đàn “Công nhân lao động với "
        "văn hóa doanh nghiệp”.",
        [("05/9/2024 10:20", "2024-09-05")],
        [],
        [event("hội nghị", "2024-09-05", organizer="Liên đoàn Lao động tỉnh")],
    ),
    Case(
        "hour-minutes-listed-at-date-line",
        "05/9/2024 10:20\nVào lúc 8 giờ 30 phút ngày 5/9, Đảng ủy phường Quyết Thắng tổ chức hội nghị đối "
        "thoại với Nhân dân.",
        [("05/9/2024 10:20", "2024-09-05")],
        [],
        [event("đối thoại", "2024-09-05", organizer="Đảng ủy phường Quyết Thắng")],
    ),
    # `Sáng nay,` with no day: the day the article is published.
    Case(
        "sang-nay-no-day",
        "Sáng nay, Chi bộ bản Na Hối tổ chức buổi sinh hoạt chuyên đề về thực hiện dân chủ ở cơ sở. Đồng "
        "chí Vàng A Chứ, Bí thư Chi bộ chủ trì.",
        [],
        ["Vàng A Chứ"],
        [
            event(
                "hội nghị",
                "2024-09-05",
                part_of_day="sáng",
                organizer="Chi bộ bản Na Hối",
                chairs=["Vàng A Chứ"],
                rule="events:today",
            )
        ],
        published="2024-09-05T16:40",
    ),
    Case(
        "hom-nay-no-date-line",
        "Hôm nay, Chi bộ bản Na Hối tổ chức buổi sinh hoạt chuyên đề về thực hiện dân chủ ở cơ sở.",
        [],
        [],
        [],
    ),
    # The day after or before the meeting reported before.
    Case(
        "ngay-hom-sau",
        "Ngày 9/10, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Si Ma Cai. Ngày hôm sau, "
        "đoàn kiểm tra làm việc với Đảng ủy xã Bản Mế tại trụ sở Đảng ủy xã.",
        [("Ngày 9/10", "2024-10-09")],
        [],
        [
            event("buổi làm việc", "2024-10-09"),
            event("buổi làm việc", "2024-10-10", organizer="đoàn kiểm tra", location="trụ sở Đảng ủy xã"),
        ],
    ),
    Case(
        "sang-hom-sau",
        "Chiều 9/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ dân vận cấp huyện. Sáng hôm "
        "sau, Ban Dân vận Tỉnh ủy tổ chức lễ ra mắt mô hình “Dân vận khéo” ở xã Phong Niên.",
        [("Chiều 9/10", "2024-10-09")],
        [],
        [
            event("tập huấn", "2024-10-09", part_of_day="chiều"),
            event("lễ", "2024-10-10", part_of_day="sáng", rule="events:next_day"),
        ],
    ),
    # A person whose clause holds the meeting leads it, with or without `đã`.
    Case(
        "person-holds-gap-mat",
        "Sáng 10/2, Ban Thường vụ Tỉnh ủy tổ chức gặp mặt các già làng tiêu biểu. Chiều cùng ngày, đồng chí "
        "Y Biêr Niê, Phó Bí thư Tỉnh ủy thăm, tặng quà các hộ nghèo ở buôn Cuôr Đăng.",
        [("Sáng 10/2", "2024-02-10")],
        ["Y Biêr Niê"],
        [event("gặp mặt", "2024-02-10", part_of_day="sáng", chairs=[])],
    ),
    Case(
        "person-holds-tiep-xuc",
        "Sáng 10/2, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đại biểu người có uy tín. Trước đó, chiều "
        "9/2, đồng chí Rah Lan Lâm, Phó Bí thư Tỉnh ủy đã tiếp xúc với chức sắc các tôn giáo tại xã Ia Dêr.",
        [("Sáng 10/2", "2024-02-10"), ("chiều 9/2", "2024-02-09")],
        ["Rah Lan Lâm"],
        [
            event("hội nghị", "2024-02-10"),
            event("hội nghị", "2024-02-09", part_of_day="chiều", organizer=None, chairs=["Rah Lan Lâm"]),
        ],
    ),
    Case(
        "person-holds-gap-mat-same-day",
        "Sáng 10/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị biểu dương người có uy tín. Chiều cùng ngày, "
        "đồng chí Rah Lan Lâm gặp mặt, tặng quà các già làng được biểu dương tại hội nghị.",
        [("Sáng 10/2", "2024-02-10")],
        ["Rah Lan Lâm"],
        [
            event("hội nghị", "2024-02-10", part_of_day="sáng"),
            event("gặp mặt", "2024-02-10", part_of_day="chiều", chairs=["Rah Lan Lâm"]),
        ],
    ),
    # Speaking at a meeting already reported holds none.
    Case(
        "speaks-at-meeting-same-day",
        "Sáng 10/2, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban quý I. Chiều cùng ngày, đồng chí Rah Lan "
        "Lâm phát biểu tại hội nghị chuyên đề của Ủy ban MTTQ tỉnh.",
        [("Sáng 10/2", "2024-02-10")],
        ["Rah Lan Lâm"],
        [event("giao ban", "2024-02-10")],
    ),
    # A meeting word in the organizer's name is not the meeting held.
    Case(
        "meeting-word-in-organizer",
        "Tối 15/3, Ban Tổ chức Hội thi tổ chức lễ bế mạc và trao giải tại Nhà văn hóa trung tâm tỉnh.",
        [("Tối 15/3", "2024-03-15")],
        [],
        [event("lễ", "2024-03-15", part_of_day="tối", organizer="Ban Tổ chức Hội thi")],
    ),
]

# More forms of the press: training courses, visits, undated openers, dates after `trong 2 ngày`,
# meetings announced for a day `tới`.
MORE_FORMS = [
    Case(
        "lop-boi-duong",
        "Từ ngày 11 - 13/9, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp bồi dưỡng "
        "nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2024.",
        [("ngày 11 - 13/9", "2024-09-11..2024-09-13")],
        [],
        [event("tập huấn", "2024-09-11", organizer="Ban Dân vận Tỉnh ủy")],
    ),
    Case(
        "tham-va-lam-viec-tai",
        "Ngày 12/9, đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy cùng đoàn công tác của tỉnh đến thăm và làm việc "
        "tại xã Pa Vệ Sủ, huyện Mường Tè.",
        [("Ngày 12/9", "2024-09-12")],
        ["Giàng Páo Mỷ"],
        [event("buổi làm việc", "2024-09-12", chairs=["Giàng Páo Mỷ"])],
    ),
    Case(
        "tien-hanh-kiem-tra",
        "Ngày 12/9, Đoàn kiểm tra số 2 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tiến hành "
        "kiểm tra việc thực hiện dân chủ ở cơ sở tại thị trấn Tam Sơn.",
        [("Ngày 12/9", "2024-09-12")],
        [],
        [
            event(
                "buổi làm việc",
                "2024-09-12",
                organizer="Đoàn kiểm tra số 2 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh",
            )
        ],
    ),
    Case(
        "vua-qua-undated",
        "Vừa qua, Ban Dân vận Huyện ủy Bắc Mê tổ chức Hội nghị sơ kết 3 năm thực hiện Đề án về công tác "
        "dân vận vùng đồng bào dân tộc thiểu số.",
        [],
        [],
        [event("hội nghị sơ kết", None, organizer="Ban Dân vận Huyện ủy Bắc Mê", rule="events:undated_lead")],
    ),
    Case(
        "dien-ra-trong-hai-ngay",
        "Hội thi tuyên truyền viên giỏi về công tác dân vận năm 2024 do Huyện đoàn tổ chức diễn ra trong 2 "
        "ngày 20 và 21/9.",
        [("ngày 20 và 21/9", "2024-09-20..2024-09-21")],
        [],
        [event("hội nghị", "2024-09-20", organizer="Huyện đoàn")],
    ),
    Case(
        "ngay-toi",
        "Ngày 20/9 tới, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết 5 năm phong trào thi đua “Dân vận khéo”.",
        [("Ngày 20/9", "2024-09-20")],
        [],
        [],
    ),
    Case(
        "sap-toi",
        "Sắp tới, ngày 20/9, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết 5 năm phong trào thi đua “Dân vận "
        "khéo”.",
        [("ngày 20/9", "2024-09-20")],
        [],
        [],
    ),
    Case(
        "chu-tri-hoi-nghi-doi-thoai-co",
        "Chiều 12/9, UBND huyện Quế Phong tổ chức hội nghị đối thoại với Nhân dân về công tác giải phóng "
        "mặt bằng. Chủ trì hội nghị đối thoại có ông Lương Văn Bình, Chủ tịch UBND huyện và ông Vi Văn "
        "Đông, Phó Chủ tịch UBND huyện.",
        [("Chiều 12/9", "2024-09-12")],
        ["Lương Văn Bình", "Vi Văn Đông"],
        [event("đối thoại", "2024-09-12", chairs=["Lương Văn Bình", "Vi Văn Đông"])],
    ),
    Case(
        "do-hai-nguoi-dong-chu-tri",
        "Sáng 12/9, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh tổ chức hội nghị giao ban. Hội nghị "
        "do đồng chí Hầu A Lềnh và đồng chí Sùng Thị Lan đồng chủ trì.",
        [("Sáng 12/9", "2024-09-12")],
        ["Hầu A Lềnh", "Sùng Thị Lan"],
        [event("giao ban", "2024-09-12", chairs=["Hầu A Lềnh", "Sùng Thị Lan"])],
    ),
    # An attendee who `dự và chỉ đạo` chairs nothing; the body after `do … tổ chức` holds it.
    Case(
        "du-va-chi-dao",
        "Chiều 12/9, đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy dự và chỉ đạo Hội nghị tổng kết công tác dân vận "
        "do Ban Dân vận Tỉnh ủy tổ chức.",
        [("Chiều 12/9", "2024-09-12")],
        ["Hầu A Lềnh"],
        [event("hội nghị tổng kết", "2024-09-12", organizer="Ban Dân vận Tỉnh ủy", chairs=[])],
    ),
    # `Trước đó, sáng cùng ngày, …` tells of another session of the same kind on the same day.
    Case(
        "truoc-do-same-day-same-kind",
        "Ngày 18/4, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh làm việc với Ban Thường vụ Huyện ủy Đức Cơ. "
        "Trước đó, sáng cùng ngày, đoàn công tác đã đi khảo sát thực tế tại làng Ia Dom.",
        [("Ngày 18/4", "2024-04-18")],
        [],
        [
            event("buổi làm việc", "2024-04-18", part_of_day=None),
            event("buổi làm việc", "2024-04-18", part_of_day="sáng", organizer="đoàn công tác"),
        ],
    ),
    # Members listed after `gồm` are not the organizer's name.
    Case(
        "organizer-gom",
        "Ngày 4/12, Tổ đại biểu HĐND huyện gồm ông Thạch Sô Phol và bà Lâm Thị Ngọc tiếp xúc cử tri thị "
        "trấn Trà Cú.",
        [("Ngày 4/12", "2024-12-04")],
        ["Thạch Sô Phol", "Lâm Thị Ngọc"],
        [event("hội nghị", "2024-12-04", organizer="Tổ đại biểu HĐND huyện", chairs=[])],
    ),
    # A signing is a ceremony (GUIDE: lễ ký kết), with or without `lễ`.
    Case(
        "ky-ket",
        "Sáng 6/3, Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh ký kết Chương trình phối hợp giai đoạn "
        "2024 - 2029.",
        [("Sáng 6/3", "2024-03-06")],
        [],
        [event("lễ", "2024-03-06", organizer="Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh")],
    ),
    # A meeting of the Party's founding years is history the article recalls.
    Case(
        "history",
        "Sáng 20/10/2024, Ban Dân vận Tỉnh ủy tổ chức Lễ kỷ niệm 94 năm Ngày truyền thống. Ngày 3/2/1930, "
        "Hội nghị hợp nhất các tổ chức cộng sản đã diễn ra tại Hương Cảng.",
        [("Sáng 20/10/2024", "2024-10-20"), ("Ngày 3/2/1930", "1930-02-03")],
        [],
        [event("lễ", "2024-10-20")],
    ),
    Case(
        "phien-chat-van",
        "Chiều 14/3, Thường trực HĐND tỉnh tổ chức phiên chất vấn về công tác dân vận chính quyền. Chủ trì: "
        "đồng chí Nguyễn Văn Thọ, Chủ tịch HĐND tỉnh.",
        [("Chiều 14/3", "2024-03-14")],
        ["Nguyễn Văn Thọ"],
        [event("hội nghị", "2024-03-14", organizer="Thường trực HĐND tỉnh", chairs=["Nguyễn Văn Thọ"])],
    ),
    # A delegation's check with the bare verb, its leader named between commas.
    Case(
        "doan-kiem-tra-viec",
        "Ngày 27/5, Đoàn kiểm tra số 3 của Ban Chỉ đạo tỉnh, do đồng chí Thạch Phước Bình, Trưởng Ban Dân "
        "vận Tỉnh ủy làm Trưởng đoàn, kiểm tra việc thực hiện dân chủ ở cơ sở tại huyện Cầu Ngang.",
        [("Ngày 27/5", "2024-05-27")],
        ["Thạch Phước Bình"],
        [event("buổi làm việc", "2024-05-27", chairs=["Thạch Phước Bình"])],
    ),
    # The date between the organizer and the verb; the place after the date without a comma.
    Case(
        "date-before-verb",
        "Ban Dân vận Tỉnh ủy Sơn La ngày 14/3 đã tổ chức hội nghị sơ kết công tác dân vận quý I/2024.",
        [("ngày 14/3", "2024-03-14")],
        [],
        [
            event(
                "hội nghị sơ kết",
                "2024-03-14",
                organizer="Ban Dân vận Tỉnh ủy Sơn La",
                rule="events:before_verb",
            )
        ],
    ),
    Case(
        "place-after-date-no-comma",
        "Sáng 14/3 tại Hà Nội, Ban Dân vận Trung ương tổ chức Hội nghị giao ban công tác dân vận quý I.",
        [("Sáng 14/3", "2024-03-14")],
        [],
        [event("giao ban", "2024-03-14", organizer="Ban Dân vận Trung ương", location="Hà Nội")],
    ),
    # Weeks of visits by several teams are a campaign, not one meeting.
    Case(
        "campaign-range",
        "Từ ngày 5/8 đến ngày 30/8/2024, các đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh làm việc tại 12 "
        "xã, phường.",
        [("Từ ngày 5/8 đến ngày 30/8/2024", "2024-08-05..2024-08-30")],
        [],
        [],
    ),
    # A place with no head word after `tại` and the date (`tại Hà Nội`).
    Case(
        "tai-thanh-pho",
        "Ngày 12/9, tại Hà Nội, Ban Dân vận Trung ương tổ chức Hội nghị toàn quốc tổng kết 10 năm thực hiện "
        "Nghị quyết số 25-NQ/TW.",
        [("Ngày 12/9", "2024-09-12")],
        [],
        [
            event(
                "hội nghị tổng kết",
                "2024-09-12",
                organizer="Ban Dân vận Trung ương",
                location="Hà Nội",
            )
        ],
    ),
]

ALL += DATE_FORMS + TRIGGERS + CHAIR_FORMS + ORGANIZERS_PLACES + NOT_REPORTED + SEVERAL + RELATIVE_AND_HELD
ALL += MORE_FORMS

# Written for issue 6, second round: families of phrasing the first-seen articles 190, 196–199 showed
# the stage missing; each row is a sentence of our own, not the article's.
DELEGATIONS = [
    # A đoàn led by X chairs each of its sessions unless someone else is named (GUIDE events `chairs`).
    Case(
        "doan-next-day-keeps-leader",
        "Ngày 10/4, Đoàn kiểm tra của Ban Dân vận Huyện ủy do đồng chí Trần Văn An, Phó Trưởng Ban làm "
        "trưởng đoàn đã làm việc với Đảng ủy xã Tân Lập. Ngày hôm sau, đoàn kiểm tra làm việc với Chi bộ "
        "thôn Đông.",
        [("Ngày 10/4", "2024-04-10")],
        ["Trần Văn An"],
        [
            event("buổi làm việc", "2024-04-10", chairs=["Trần Văn An"]),
            event("buổi làm việc", "2024-04-11", organizer="đoàn kiểm tra", chairs=["Trần Văn An"]),
        ],
    ),
    Case(
        "doan-dan-dau-earlier-survey",
        "Ngày 20/9, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do bà Hoàng Thị Mai dẫn đầu đã làm việc "
        "với Ban Thường vụ Huyện ủy Bảo Lâm. Trước đó, chiều 19/9, đoàn công tác đã khảo sát thực tế tại "
        "bản Nà Pồng.",
        [("Ngày 20/9", "2024-09-20"), ("chiều 19/9", "2024-09-19")],
        ["Hoàng Thị Mai"],
        [
            event("buổi làm việc", "2024-09-20", chairs=["Hoàng Thị Mai"]),
            event("buổi làm việc", "2024-09-19", chairs=["Hoàng Thị Mai"], location="bản Nà Pồng"),
        ],
    ),
    # Someone else named for the later session: that person chairs it.
    Case(
        "doan-other-chair-named",
        "Ngày 3/7, Đoàn giám sát của HĐND tỉnh do ông Lê Quang Huy làm trưởng đoàn đã làm việc với UBND "
        "huyện Đức Cơ. Ngày hôm sau, đoàn giám sát làm việc với UBND xã Ia Dơk. Bà Rơ Mah Hlin, Phó "
        "Trưởng đoàn chủ trì buổi làm việc.",
        [("Ngày 3/7", "2024-07-03")],
        ["Lê Quang Huy", "Rơ Mah Hlin"],
        [
            event("buổi làm việc", "2024-07-03", chairs=["Lê Quang Huy"]),
            event("buổi làm việc", "2024-07-04", chairs=["Rơ Mah Hlin"]),
        ],
    ),
    # A body that is no đoàn does not take another meeting's chair.
    Case(
        "not-doan-no-chair",
        "Ngày 8/5, Đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Vũ Đức Toàn làm trưởng đoàn đã làm "
        "việc với Huyện ủy Yên Thế. Chiều cùng ngày, Hội Nông dân huyện tổ chức tọa đàm về kinh tế tập thể.",
        [("Ngày 8/5", "2024-05-08")],
        ["Vũ Đức Toàn"],
        [
            event("buổi làm việc", "2024-05-08", chairs=["Vũ Đức Toàn"]),
            event("tọa đàm", "2024-05-08", organizer="Hội Nông dân huyện", chairs=[]),
        ],
    ),
]

SETTLEMENTS = [
    # A place with no building word: a settlement and its name.
    Case(
        "tai-ban",
        "Chiều 5/8, Hội Nông dân huyện Mường Tè tổ chức tọa đàm về phát triển cây quế tại bản Nà Sài và "
        "trao quà cho các hộ nghèo.",
        [("Chiều 5/8", "2024-08-05")],
        [],
        [event("tọa đàm", "2024-08-05", location="bản Nà Sài")],
    ),
    Case(
        "tai-thon-with-commune",
        "Sáng 2/3, Ủy ban MTTQ Việt Nam xã tổ chức gặp mặt người có uy tín tại thôn Kon Brăp Du, xã Ngọc "
        "Réo.",
        [("Sáng 2/3", "2024-03-02")],
        [],
        [event("gặp mặt", "2024-03-02", location="thôn Kon Brăp Du, xã Ngọc Réo")],
    ),
    # `thôn` with no name is no place.
    Case(
        "tai-thon-no-name",
        "Sáng 2/3, Chi hội Phụ nữ tổ chức sinh hoạt chuyên đề tại thôn để bà con cùng bàn bạc.",
        [("Sáng 2/3", "2024-03-02")],
        [],
        [event("hội nghị", "2024-03-02", location=None)],
    ),
]

UNDATED = [
    # `Mới đây,`/`Vừa qua,` reports with no day are events with date null, beside dated ones.
    Case(
        "moi-day-beside-dated",
        "Sáng 12/9, Ban Dân vận Huyện ủy Đức Phổ tổ chức hội nghị giao ban công tác dân vận quý III. Mới "
        "đây, Hội Liên hiệp Phụ nữ huyện phối hợp với UBND xã Phổ An tổ chức tọa đàm về phòng, chống bạo "
        "lực gia đình tại thôn Vĩnh Tuy.",
        [("Sáng 12/9", "2024-09-12")],
        [],
        [
            event("giao ban", "2024-09-12"),
            event(
                "tọa đàm",
                None,
                organizer="Hội Liên hiệp Phụ nữ huyện",
                location="thôn Vĩnh Tuy",
                rule="events:undated_lead",
            ),
        ],
    ),
    # The main meeting undated, a side meeting dated: both are reported.
    Case(
        "vua-qua-main-dated-side",
        "Vừa qua, Ban Thường vụ Thị ủy Ba Đồn tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
        "49-CT/TW. Trước đó, ngày 14/11, Ban Dân vận Thị ủy tổ chức gặp mặt các già làng tiêu biểu.",
        [("ngày 14/11", "2024-11-14")],
        [],
        [
            event("hội nghị tổng kết", None, organizer="Ban Thường vụ Thị ủy Ba Đồn"),
            event("gặp mặt", "2024-11-14", organizer="Ban Dân vận Thị ủy"),
        ],
    ),
    # An undated report and a dated one of the same kind are one meeting.
    Case(
        "vua-qua-same-kind-dated",
        "Vừa qua, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng. Hội nghị diễn ra "
        "vào sáng 28/6 tại Hội trường Huyện ủy.",
        [("sáng 28/6", "2024-06-28")],
        [],
        [event("hội nghị sơ kết", "2024-06-28", part_of_day="sáng")],
    ),
    # The body's report is preferred to the headline's (its organizer, place and chair).
    Case(
        "vua-qua-body-over-headline",
        "Vừa qua, Ủy ban MTTQ Việt Nam xã Quảng Phú tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XV "
        "tại hội trường UBND xã. Đại hội do ông Phan Văn Long, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.",
        [],
        ["Phan Văn Long"],
        [
            event(
                "hội nghị",
                None,
                organizer="Ủy ban MTTQ Việt Nam xã Quảng Phú",
                location="hội trường UBND xã",
                chairs=["Phan Văn Long"],
            )
        ],
        title="Xã Quảng Phú tổ chức Đại hội đại biểu MTTQ Việt Nam lần thứ XV",
    ),
    # `Vừa qua (ngày 8/10), …`: the bracketed day dates the meeting.
    Case(
        "vua-qua-bracket-day",
        "Vừa qua (ngày 8/10), Ban Dân vận Thành ủy Vị Thanh tổ chức hội nghị giao ban công tác dân vận quý "
        "III.",
        [("ngày 8/10", "2024-10-08")],
        [],
        [event("giao ban", "2024-10-08", organizer="Ban Dân vận Thành ủy Vị Thanh")],
    ),
    Case(
        "moi-day-comma-day",
        "Mới đây, ngày 22/4, Hội Cựu chiến binh tỉnh tổ chức hội thảo về vai trò của cựu chiến binh.",
        [("ngày 22/4", "2024-04-22")],
        [],
        [event("hội thảo", "2024-04-22", organizer="Hội Cựu chiến binh tỉnh")],
    ),
    # A planned meeting with a `Mới đây` opener is still planned.
    Case(
        "moi-day-planned",
        "Mới đây, Ban Dân vận Huyện ủy cho biết sẽ tổ chức hội nghị biểu dương vào cuối năm.",
        [],
        [],
        [],
    ),
]

TITLED_CHAIRS = [
    # A chair named by a title alone refers back to the one named earlier with that title.
    Case(
        "title-refers-back",
        "Ngày 5/6, Thường trực Đảng ủy xã Ea Tul tổ chức đối thoại với Nhân dân. Tham gia có đồng chí Bí "
        "thư Đảng ủy xã Y Kông Niê; đồng chí H'Lan Byă, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Đồng chí "
        "Bí thư chủ trì buổi đối thoại.",
        [("Ngày 5/6", "2024-06-05")],
        ["Y Kông Niê", "H'Lan Byă"],
        [event("đối thoại", "2024-06-05", chairs=["Y Kông Niê"], attendees=["H'Lan Byă"])],
    ),
    # Two people carry the title: the back-reference is left unresolved.
    Case(
        "title-ambiguous",
        "Ngày 5/6, Ban Dân vận Huyện ủy tổ chức tọa đàm. Dự có đồng chí Bí thư Huyện ủy Trần Minh; đồng "
        "chí Bí thư Đảng ủy xã Lê Hà. Đồng chí Bí thư chủ trì tọa đàm.",
        [("Ngày 5/6", "2024-06-05")],
        ["Trần Minh", "Lê Hà"],
        [event("tọa đàm", "2024-06-05", chairs=[])],
    ),
    # `Tham dự và chủ trì có X`: a chair; `Tham dự có các đồng chí: …` are attendees.
    Case(
        "tham-du-va-chu-tri",
        "Hội nghị sơ kết 3 năm thực hiện Kết luận số 43-KL/TW được tổ chức vào chiều 20/3 tại Hội trường "
        "Tỉnh ủy. Tham dự và chủ trì có đồng chí Giàng Seo Phử, Phó Bí thư Tỉnh ủy. Tham dự có các đồng "
        "chí: Vừ Mí Say, Trưởng Ban Dân vận Tỉnh ủy; Sùng Thị Mỷ, Chủ tịch Hội Phụ nữ tỉnh.",
        [("chiều 20/3", "2024-03-20")],
        ["Giàng Seo Phử", "Vừ Mí Say", "Sùng Thị Mỷ"],
        [
            event(
                "hội nghị sơ kết",
                "2024-03-20",
                part_of_day="chiều",
                chairs=["Giàng Seo Phử"],
                attendees=["Vừ Mí Say", "Sùng Thị Mỷ"],
                location="Hội trường Tỉnh ủy",
                rule="events:held_on",
            )
        ],
    ),
    # `Chủ trì: đồng chí X` as a label line after the lead.
    Case(
        "chu-tri-label",
        "Ngày 2/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III.\n\nChủ trì: đồng chí Đinh "
        "Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy. Dự có đồng chí Lý Văn Sáng, Phó Chủ tịch UBND tỉnh.",
        [("Ngày 2/10", "2024-10-02")],
        ["Đinh Thị Hoa", "Lý Văn Sáng"],
        [event("giao ban", "2024-10-02", chairs=["Đinh Thị Hoa"], attendees=["Lý Văn Sáng"])],
    ),
]

PARTS = [
    # A meeting held in parts on days of their own: one event per part, each with its place.
    Case(
        "two-classes",
        "Trước đó, Hội Nông dân huyện tổ chức 02 lớp tập huấn kỹ thuật trồng cà phê: lớp thứ nhất vào "
        "ngày 3/6 tại xã Ea Kly; lớp thứ hai vào ngày 5/6 tại Hội trường UBND huyện.",
        [("ngày 3/6", "2024-06-03"), ("ngày 5/6", "2024-06-05")],
        [],
        [
            event(
                "tập huấn",
                "2024-06-03",
                text="lớp thứ nhất",
                location="xã Ea Kly",
                organizer="Hội Nông dân huyện",
            ),
            event("tập huấn", "2024-06-05", text="lớp thứ hai", location="Hội trường UBND huyện"),
        ],
    ),
    Case(
        "two-sessions-parts-of-day",
        "Ngày 10/5, Thường trực HĐND huyện tổ chức 2 buổi tiếp xúc cử tri, buổi thứ nhất được tổ chức vào "
        "sáng 10/5 tại xã Tân Hòa, buổi thứ hai vào chiều 11/5 tại thị trấn Cái Bè.",
        [("Ngày 10/5", "2024-05-10"), ("chiều 11/5", "2024-05-11")],
        [],
        [
            event("hội nghị", "2024-05-10", text="buổi thứ nhất", part_of_day="sáng", location="xã Tân Hòa"),
            event(
                "hội nghị", "2024-05-11", text="buổi thứ hai", part_of_day="chiều", location="thị trấn Cái Bè"
            ),
        ],
    ),
    # Parts with no days of their own: the meeting is one event.
    Case(
        "classes-no-days",
        "Ngày 3/6, Ban Dân vận Huyện ủy tổ chức lớp tập huấn nghiệp vụ, lớp thứ nhất cho cán bộ xã, lớp "
        "thứ hai cho trưởng thôn.",
        [("Ngày 3/6", "2024-06-03")],
        [],
        [event("tập huấn", "2024-06-03")],
    ),
]

NAMED_FIRST = [
    # A meeting named first, a document with `về ban hành …` in its name, its day at the end.
    Case(
        "named-first-document-in-name",
        "Hội nghị tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về "
        "ban hành Quy chế giám sát và phản biện xã hội được tổ chức vào sáng 6/12 tại Hội trường Tỉnh ủy.",
        [("ngày 12/12/2013", "2013-12-12"), ("sáng 6/12", "2023-12-06")],
        [],
        [event("hội nghị tổng kết", "2023-12-06", part_of_day="sáng", location="Hội trường Tỉnh ủy")],
    ),
    # Named first but announced: `sẽ được tổ chức vào`.
    Case(
        "named-first-planned",
        "Hội nghị biểu dương điển hình tiên tiến sẽ được tổ chức vào sáng 20/12 tại Hội trường Tỉnh ủy.",
        [("sáng 20/12", "2024-12-20")],
        [],
        [],
    ),
    # A meeting in a document's title is no event; nor are meetings counted in a report.
    Case(
        "meeting-in-document-title",
        "Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 12-HD/BDVTU ngày 15/3/2018 về tổ chức hội nghị đối thoại "
        "giữa người đứng đầu cấp ủy với Nhân dân.",
        [("ngày 15/3/2018", "2018-03-15")],
        [],
        [],
    ),
    Case(
        "meetings-counted",
        "Năm 2023, các cấp ủy trong tỉnh đã tổ chức 35 hội nghị lấy ý kiến Nhân dân và 412 cuộc đối thoại.",
        [],
        [],
        [],
    ),
    Case(
        "counted-as-of-day",
        "Tính đến ngày 30/9, các xã đã tổ chức 27 hội nghị đối thoại với Nhân dân.",
        [("ngày 30/9", "2024-09-30")],
        [],
        [],
    ),
]

ALL += DELEGATIONS + SETTLEMENTS + UNDATED + TITLED_CHAIRS + PARTS + NAMED_FIRST

# A chair of a meeting of another kind named after it is not this meeting's chair.
ALL += [
    Case(
        "chair-of-another-kind",
        "Chiều 18/12, Ban Dân vận Huyện ủy tổ chức lễ trao giải cuộc thi ảnh “Dân vận khéo”. Ban Tổ chức "
        "trao 6 giải cho các tác giả. Đồng chí Y Thơ chủ trì tọa đàm về công tác dân vận ở thôn.",
        [("Chiều 18/12", "2024-12-18")],
        ["Y Thơ"],
        [event("lễ", "2024-12-18", chairs=[])],
    ),
    Case(
        "chair-of-plain-hoi-nghi",
        "Chiều 18/12, Ban Dân vận Huyện ủy tổ chức tọa đàm về công tác dân vận. Đồng chí Y Thơ chủ trì "
        "hội nghị.",
        [("Chiều 18/12", "2024-12-18")],
        ["Y Thơ"],
        [event("tọa đàm", "2024-12-18", chairs=["Y Thơ"])],
    ),
]

# Third round (first seen on articles 211–220): the families their misses belong to, in phrasings of
# our own. A label before the lead (an outlet's dateline, an interview's speaker).
LABELS = [
    Case(
        "label-outlet-dateline",
        "TTXVN - Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2023.",
        [("Sáng 5/3", "2024-03-05")],
        [],
        [event("hội nghị tổng kết", "2024-03-05", part_of_day="sáng", organizer="Hội Nông dân tỉnh")],
    ),
    Case(
        "label-bracketed-outlet",
        "(Chinhphu.vn) - Chiều 7/11, Ủy ban MTTQ huyện Mèo Vạc tổ chức tọa đàm về vai trò người có uy tín.",
        [("Chiều 7/11", "2024-11-07")],
        [],
        [event("tọa đàm", "2024-11-07", part_of_day="chiều", organizer="Ủy ban MTTQ huyện Mèo Vạc")],
    ),
    Case(
        "label-interview-speaker",
        "PV: Xin ông cho biết kết quả đối thoại năm nay?\n\nÔng Nguyễn Văn Bình: Ngày 2/10 vừa qua, Huyện "
        "ủy tổ chức hội nghị đối thoại với đoàn viên thanh niên. Tôi trực tiếp chủ trì hội nghị.",
        [("Ngày 2/10", "2024-10-02")],
        ["Nguyễn Văn Bình"],
        [event("đối thoại", "2024-10-02", organizer="Huyện ủy")],
    ),
    # The speaker's plan is still a plan.
    Case(
        "label-interview-speaker-planned",
        "Bà Lê Thị Hoa: Ngày 20/12 tới, chúng tôi sẽ tổ chức hội nghị tổng kết phong trào.",
        [("Ngày 20/12", "2024-12-20")],
        ["Lê Thị Hoa"],
        [],
    ),
    # `Chủ trì:` is a label line of chairs (GUIDE), not a speaker: it stays part of the sentence.
    Case(
        "label-chair-line-kept",
        "Sáng 9/5, Ban Dân vận Thị ủy tổ chức giao ban công tác dân vận quý II.\n\nChủ trì: đồng chí Vũ "
        "Thị Lan, Trưởng Ban Dân vận Thị ủy.",
        [("Sáng 9/5", "2024-05-09")],
        ["Vũ Thị Lan"],
        [event("giao ban", "2024-05-09", chairs=["Vũ Thị Lan"])],
    ),
]

# Meeting words and verbs of holding the closed lists lacked: `buổi gặp gỡ`, `liên hoan`; `mở`,
# `khai giảng` a course.
WORDS_AND_VERBS = [
    Case(
        "gap-go-with-chair",
        "Chiều 10/9, tại Nhà văn hóa thôn Bon Bu Dốt, Ủy ban MTTQ huyện tổ chức buổi gặp gỡ già làng, người "
        "có uy tín. Ông Điểu Xuân, Chủ tịch Ủy ban MTTQ huyện chủ trì buổi gặp gỡ.",
        [("Chiều 10/9", "2024-09-10")],
        ["Điểu Xuân"],
        [
            event(
                "gặp mặt",
                "2024-09-10",
                part_of_day="chiều",
                chairs=["Điểu Xuân"],
                organizer="Ủy ban MTTQ huyện",
            )
        ],
    ),
    Case(
        "gap-go-counted",
        "Năm 2024, Mặt trận các xã đã tổ chức 40 buổi gặp gỡ người có uy tín.",
        [],
        [],
        [],
    ),
    Case(
        "lien-hoan",
        "Tối 2/9, Đoàn Thanh niên xã Tân Phú tổ chức liên hoan văn nghệ “Dân vận khéo”.",
        [("Tối 2/9", "2024-09-02")],
        [],
        [event("hội nghị", "2024-09-02", part_of_day="tối", organizer="Đoàn Thanh niên xã Tân Phú")],
    ),
    # After a first meeting, a later dated one is reported only with a verb of holding: `mở`.
    Case(
        "mo-lop-after-another",
        "Ngày 11/9, Ban Dân vận Huyện ủy tổ chức giao ban quý III. Tiếp đó, ngày 12/9, Ban Thường trực Ủy "
        "ban MTTQ huyện mở lớp tập huấn nghiệp vụ cho cán bộ Mặt trận cấp xã.",
        [("Ngày 11/9", "2024-09-11"), ("ngày 12/9", "2024-09-12")],
        [],
        [
            event("giao ban", "2024-09-11"),
            event("tập huấn", "2024-09-12", organizer="Ban Thường trực Ủy ban MTTQ huyện"),
        ],
    ),
    Case(
        "khai-giang",
        "Sáng 4/6, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức công tác dân vận cho 80 học "
        "viên.",
        [("Sáng 4/6", "2024-06-04")],
        [],
        [event("tập huấn", "2024-06-04", part_of_day="sáng", organizer="Trường Chính trị tỉnh")],
    ),
    Case(
        "vua-mo-undated",
        "Hội Nông dân huyện Đức Cơ vừa mở lớp tập huấn kỹ thuật trồng cà phê cho hội viên.",
        [],
        [],
        [event("tập huấn", None, organizer="Hội Nông dân huyện Đức Cơ", rule="events:undated_lead")],
    ),
    # `mở rộng` a model opens no meeting; a course to be opened is planned.
    Case(
        "mo-rong-no-meeting",
        "Ngày 3/4, Hội Phụ nữ xã mở rộng mô hình “Dân vận khéo” ra 5 thôn.",
        [("Ngày 3/4", "2024-04-03")],
        [],
        [],
    ),
    Case(
        "mo-lop-planned",
        "Ngày 15/10 tới, Ban Dân vận Huyện ủy sẽ mở lớp tập huấn cho cán bộ dân vận cơ sở.",
        [("Ngày 15/10", "2024-10-15")],
        [],
        [],
    ),
]

# A meeting named first, its day told by the meeting before (`… diễn ra chiều cùng ngày`), or its
# holder given as an agent (`do … tổ chức ngày …`).
NAMED_FIRST_MORE = [
    Case(
        "named-first-same-day",
        "Sáng 13/8, đoàn công tác khảo sát thực tế tại xã Tân Thành. Buổi tọa đàm “Người có uy tín với "
        "khối đại đoàn kết” do Ban Dân vận Tỉnh ủy tổ chức diễn ra chiều cùng ngày tại Hội trường Tỉnh ủy. "
        "Bà Hoàng Thu Trang, Trưởng Ban Dân vận Tỉnh ủy chủ trì tọa đàm.",
        [("Sáng 13/8", "2024-08-13")],
        ["Hoàng Thu Trang"],
        [
            event("buổi làm việc", "2024-08-13"),
            event(
                "tọa đàm",
                "2024-08-13",
                part_of_day="chiều",
                organizer="Ban Dân vận Tỉnh ủy",
                chairs=["Hoàng Thu Trang"],
                location="Hội trường Tỉnh ủy",
                rule="events:held_on_relative",
            ),
        ],
    ),
    Case(
        "named-first-next-day",
        "Ngày 5/3, Ủy ban MTTQ xã tổ chức hội nghị đại biểu Nhân dân. Lễ ra mắt mô hình “Khu dân cư không "
        "rác thải” được tổ chức vào sáng hôm sau tại Nhà văn hóa thôn Đông.",
        [("Ngày 5/3", "2024-03-05")],
        [],
        [event("hội nghị", "2024-03-05"), event("lễ", "2024-03-06", part_of_day="sáng")],
    ),
    Case(
        "named-first-same-day-planned",
        "Sáng 13/8, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận. Hội nghị sơ kết Quy chế phối "
        "hợp sẽ được tổ chức vào chiều cùng ngày.",
        [("Sáng 13/8", "2024-08-13")],
        [],
        [event("giao ban", "2024-08-13")],
    ),
    # Nothing reported before: no day to take.
    Case(
        "named-first-same-day-nothing-before",
        "Buổi tọa đàm về công tác dân vận diễn ra chiều cùng ngày tại Hội trường Huyện ủy.",
        [],
        [],
        [],
    ),
    Case(
        "agent-held-on-day",
        "Phát biểu tại hội nghị giao ban công tác dân vận quý I do Ban Dân vận Tỉnh ủy tổ chức ngày 28/3, "
        "đồng chí Trần Minh Tâm đề nghị các địa phương nhân rộng mô hình.",
        [("ngày 28/3", "2024-03-28")],
        ["Trần Minh Tâm"],
        [event("giao ban", "2024-03-28", organizer="Ban Dân vận Tỉnh ủy", rule="events:held_on")],
    ),
    # A document issued by a body on a day is no meeting held on it, whatever its title names.
    Case(
        "agent-document-title",
        "Theo Kế hoạch số 12-KH/BDVTU do Ban Dân vận Tỉnh ủy ban hành ngày 3/1/2024 về tổ chức hội nghị "
        "đối thoại, các huyện sẽ tổ chức đối thoại trong quý I.",
        [("ngày 3/1/2024", "2024-01-03")],
        [],
        [],
    ),
]

# Who runs a meeting (`điều hành`) leads it only when nobody chairs it; a đoàn's leader, not the host
# who `cùng chủ trì` one session, chairs its later ones.
RUNS_AND_HOSTS = [
    Case(
        "dieu-hanh-no-chair",
        "Ngày 11/9, Cụm thi đua số 3 tổ chức hội nghị giao ban quý III. Hội nghị do ông Hà Văn Sơn, Chủ tịch "
        "Ủy ban MTTQ huyện Tủa Chùa, Cụm trưởng điều hành.",
        [("Ngày 11/9", "2024-09-11")],
        ["Hà Văn Sơn"],
        [event("giao ban", "2024-09-11", chairs=["Hà Văn Sơn"])],
    ),
    Case(
        "dieu-hanh-subject",
        "Chiều 6/5, Ban Dân vận Huyện ủy tổ chức tọa đàm về dân vận chính quyền. Đồng chí Lò Văn Tám, Phó "
        "Trưởng Ban Dân vận Huyện ủy điều hành tọa đàm.",
        [("Chiều 6/5", "2024-05-06")],
        ["Lò Văn Tám"],
        [event("tọa đàm", "2024-05-06", chairs=["Lò Văn Tám"])],
    ),
    Case(
        "dieu-hanh-moderator-before-chair",
        "Sáng 19/8, Hội Nông dân tỉnh tổ chức hội nghị đối thoại với nông dân. Bà Mai Thị Hòa, Chủ tịch Ủy "
        "ban MTTQ tỉnh điều hành phần đối thoại. Đồng chí Võ Văn Phúc, Chủ tịch UBND tỉnh chủ trì hội nghị.",
        [("Sáng 19/8", "2024-08-19")],
        ["Mai Thị Hòa", "Võ Văn Phúc"],
        [event("đối thoại", "2024-08-19", chairs=["Võ Văn Phúc"])],
    ),
    Case(
        "delegation-host-not-leader",
        "Chiều 4/3, Đoàn công tác của Ban Dân vận Trung ương do ông Trịnh Quang Hải dẫn đầu đã có buổi làm "
        "việc với Tỉnh ủy Hà Giang. Bí thư Tỉnh ủy Hà Giang Đặng Văn Lâm cùng chủ trì buổi làm việc. Sáng "
        "5/3, đoàn công tác kiểm tra thực tế tại xã Lũng Cú.",
        [("Chiều 4/3", "2024-03-04"), ("Sáng 5/3", "2024-03-05")],
        ["Trịnh Quang Hải", "Đặng Văn Lâm"],
        [
            event("buổi làm việc", "2024-03-04", chairs=["Trịnh Quang Hải", "Đặng Văn Lâm"]),
            event("buổi làm việc", "2024-03-05", chairs=["Trịnh Quang Hải"]),
        ],
    ),
]

ALL += LABELS + WORDS_AND_VERBS + NAMED_FIRST_MORE + RUNS_AND_HOSTS
