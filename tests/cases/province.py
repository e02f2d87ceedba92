# ruff: noqa: E501 - rows quote article text on one line, to be found with grep
"""Province stage cases: header and text → (province, province_2025).

Rows quoting an article of corpus/ name it. The 2025 province follows Nghị quyết 202/2025/QH15.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    expected: tuple[str | None, str | None]
    source: str | None = None
    title: str | None = None


CASES = [
    Case("000-source", "Ban Chỉ đạo tổ chức hội nghị sơ kết.", ("Ninh Bình", "Ninh Bình"), source="Trang thông tin điện tử Đảng bộ tỉnh Ninh Bình"),
    Case("132-merged-2025", "Phường An Phú đối thoại với Nhân dân.", ("Bình Dương", "Hồ Chí Minh"), source="Đảng bộ tỉnh Bình Dương - Tin cơ sở"),
    Case("112-district-in-source", "Xã Tam Chung ra mắt mô hình.", ("Thanh Hóa", "Thanh Hóa"), source="Cổng thông tin điện tử huyện Mường Lát - Tin Mặt trận, đoàn thể"),
    Case("111-title", "Sáng 11/1, Ban Chỉ đạo tổ chức hội nghị.", ("Nghệ An", "Nghệ An"), title="Nghệ An tổng kết phong trào thi đua “Dân vận khéo” năm 2023"),
    Case("131-city", "Sáng 11/7, Ban Dân vận Thành ủy tổ chức hội nghị.", ("Cần Thơ", "Cần Thơ"), source="Cổng Thông tin điện tử Đảng bộ thành phố Cần Thơ"),
    Case("hue-old-name", "Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị.", ("Thừa Thiên Huế", "Huế"), source="Báo Thừa Thiên Huế"),
    Case("brvt", "Hội nghị tại tỉnh Bà Rịa - Vũng Tàu.", ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), title="Bà Rịa - Vũng Tàu giao ban công tác dân vận"),
    # 003: a national source; the text names one province, many times.
    Case("003-text", "Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Ninh Bình. Theo Tỉnh ủy Ninh Bình, 10 năm qua… Huyện ủy Nho Quan.", ("Ninh Bình", "Ninh Bình"), source="Tin Tức TTXVN", title="Nhân rộng các mô hình, cách làm hay trong công tác dân vận"),
    # 002: a regional meeting; the host province is named most, but the headline is about many.
    Case("002-regional", "Phó Bí thư Thường trực Tỉnh ủy Thái Bình chủ trì. Trưởng Ban Dân vận Tỉnh ủy Hà Nam phát biểu. Tỉnh ủy Thái Bình.", (None, None), title="Giao ban công tác dân vận các tỉnh, thành phố khu vực đồng bằng sông Hồng"),
    # 001: no province anywhere.
    Case("001-none", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tổ chức hội nghị.", (None, None), title="Triển khai kế hoạch thực hiện Quy chế dân chủ ở cơ sở"),
    # Not provinces: the Pacific, a campaign, a street.
    Case("pacific", "Hợp tác xã ven biển Thái Bình Dương.", (None, None)),
    Case("campaign", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", (None, None)),
    Case("guarded-city", "Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.", ("Hồ Chí Minh", "Hồ Chí Minh")),
    Case("tie", "Tỉnh ủy Cao Bằng và Tỉnh ủy Lạng Sơn ký kết chương trình phối hợp.", (None, None)),
]
