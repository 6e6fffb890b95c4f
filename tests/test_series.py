"""Year on year: what a figure's phrase counts (the series key), and which figures form a series."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graph.series import plan_series, statistic
from kg.model import SourceText


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("全区实现本地生产总值", "地区生产总值"),   # placing words go, the names of one statistic join
        ("社会消费品零售额", "社会消费品零售总额"),
        ("新设立企业", "新设立企业"),
        ("一般公共预算收入达", "一般公共预算收入"),
    ],
)
def test_a_phrase_names_its_statistic(phrase: str, key: str):
    assert statistic(phrase) == key


@pytest.mark.parametrize("phrase", ["万亿元", "亿元", "占全市", "同比增长", "GDP", "总量"])
def test_amounts_relations_and_short_phrases_name_no_statistic(phrase: str):
    assert statistic(phrase) is None


def report(name: str, year: int, body: str) -> SourceText:
    text = f"{year}年深圳市南山区政府工作报告\n\n一、{year - 1}年工作回顾\n{body}\n"
    return SourceText(name=name, text=text, sha256=str(year) * 16, encoding="utf-8")


def test_figures_of_one_statistic_across_years_form_one_series():
    reports = [report(f"r{year}.txt", year, f"全区实现地区生产总值{value}亿元，城镇新增就业{firms}人。")
               for year, value, firms in ((2020, 100, 5), (2021, 110, 6), (2022, 120, 7))]
    extractions = [extract(source, source.name[:-4]) for source in reports]
    assert {x.structure.header.jurisdiction.value for x in extractions if x.structure.header.jurisdiction} == {"深圳市南山区"}
    plan = plan_series(extractions)
    assert sorted(plan.figures.values()) == [("深圳市南山区地区生产总值（元）", "元"), ("深圳市南山区城镇新增就业（人）", "人")]
    assert len(plan.reports) == 1
    assert len(set(plan.members.values())) == 3  # one report series, two figure series
