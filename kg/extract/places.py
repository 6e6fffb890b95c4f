"""The administrative divisions of China (``rules/places.tsv``): finding places in text, and their parents.

An adcode's digits say where a place sits: 44 is 广东省, 4403 深圳市, 440308 深圳市盐田区.  A
report's jurisdiction is the most specific place its own header names (title, speaker, the
body that delivers it, the file name); a county name that exists in two cities (龙华区) is
settled by which of the cities the text names more often.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PROVINCE, CITY, COUNTY = 1, 2, 3
# Endings that may be left off a place's name (北京 for 北京市, 广西 for 广西壮族自治区).
_SHORT_ENDINGS = (
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "自治州", "自治县", "省", "市", "地区", "盟",
)
# Districts whose whole name is an ordinary word (大同市城区, 攀枝花市东区, 三沙市海域): in a report,
# 国际化城区 or 东区 is no place.
_ORDINARY_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "海域"})


@dataclass(frozen=True)
class Place:
    code: str
    name: str

    @property
    def level(self) -> int:
        if self.code[2:] == "0" * 10:
            return PROVINCE
        if self.code[4:] == "0" * 8:
            return CITY
        return COUNTY

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0" * 10

    @property
    def city_code(self) -> str:
        return self.code[:4] + "0" * 8


@dataclass(frozen=True)
class Found:
    place: Place
    begin: int
    end: int


class Gazetteer:
    """Every division by name and code; names are found in text longest first."""

    def __init__(self, places: list[Place]) -> None:
        provinces = {p.code: p.name for p in places if p.level == PROVINCE}
        # A municipality (北京市) is listed as a province and again as its own city: keep one.
        places = [p for p in places if not (p.level == CITY and provinces.get(p.province_code) == p.name)]
        self.by_code = {p.code: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        for place in places:
            if place.name.endswith("直辖") or place.name in ("市辖区", "县") or place.name in _ORDINARY_NAMES:
                continue  # placeholders of the code list, and ordinary words, not names
            # Counties are named in full: their short names (南山, 龙华) are ordinary words too often.
            names = {place.name} if place.level == COUNTY else {place.name, short_name(place)}
            for name in names:
                self.by_name.setdefault(name, []).append(place)
        self._pattern: re.Pattern[str] | None = None  # compiled on first use: a lookup by name needs none
        # A county's name without its ending (通榆 for 通榆县), kept apart: read only where a name
        # is sure to hold a place (国电投大安, 华电榆树: a firm's project named by where it stands).
        self.county_short_names = frozenset(
            short for place in places if place.level == COUNTY
            and (short := _county_short_name(place.name)) != place.name and short not in self.by_name)

    def find(self, text: str) -> list[Found]:
        """Places named in ``text``, longest names first at each position, left to right."""
        if self._pattern is None:
            longest_first = sorted(self.by_name, key=lambda n: (-len(n), n))
            self._pattern = re.compile("|".join(re.escape(n) for n in longest_first))
        found: list[Found] = []
        for match in self._pattern.finditer(text):
            for place in self.by_name[match.group()]:
                found.append(Found(place, match.start(), match.end()))
        return found

    def parent(self, place: Place) -> Place | None:
        if place.level == COUNTY:
            return self.by_code.get(place.city_code) or self.by_code.get(place.province_code)
        if place.level == CITY:
            return self.by_code.get(place.province_code)
        return None

    def chain(self, place: Place) -> list[Place]:
        """The place and the places that contain it, outermost first (广东省, 深圳市, 盐田区)."""
        chain = [place]
        parent = self.parent(place)
        while parent is not None and parent not in chain:
            chain.insert(0, parent)
            parent = self.parent(parent)
        return chain

    def full_name(self, place: Place) -> str:
        """A county with its city (深圳市盐田区); a city or a province as it is (深圳市, 北京市)."""
        if place.level == COUNTY:
            parent = self.parent(place)
            if parent is not None and parent.level == CITY:
                return parent.name + place.name
            if parent is not None and parent.level == PROVINCE and parent.name.endswith("市"):
                return parent.name + place.name  # a district of 北京市, 上海市, 天津市, 重庆市
        return place.name


def _county_short_name(name: str) -> str:
    """通榆县 → 通榆, 榆树市 → 榆树, 大安市 → 大安: a county's name less its ending, when two
    characters or more remain (not 沙县)."""
    for ending in _COUNTY_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


_COUNTY_ENDINGS = ("自治县", "自治旗", "县", "市", "区", "旗")


def short_name(place: Place) -> str:
    """The name without the ending people leave off (北京, 广西), when two characters or more remain."""
    for ending in _SHORT_ENDINGS:
        if place.name.endswith(ending) and len(place.name) - len(ending) >= 2:
            return place.name[: -len(ending)]
    return place.name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("kg.extract.rules").joinpath("places.tsv").read_text(encoding="utf-8")
    places = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            places.append(Place(code, name))
    return Gazetteer(places)
