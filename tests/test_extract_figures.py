"""Finding figures: values, magnitudes, units, qualifiers, changes, and what is not a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.figures import find_figures
from kg.model import Qualifier, SourceText


def figures(text: str):
    return find_figures(SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("全区新设立企业715户,", "715", "户", Qualifier.EXACT),
        ("贷款总额1.59亿元,", "159000000", "元", Qualifier.EXACT),
        ("争取资金2653万元。", "26530000", "元", Qualifier.EXACT),
        ("时限压缩64%。", "64", "%", Qualifier.EXACT),
        ("成立危险化学品等十一个专业委员会。", "11", "个", Qualifier.EXACT),
        ("墙体标语百余条,", "100", "条", Qualifier.APPROXIMATE),
        ("发放手册6万余份,", "60000", "份", Qualifier.APPROXIMATE),
        ("补植苗木500 余株,", "500", "株", Qualifier.APPROXIMATE),
        ("增长率超过15%;", "15", "%", Qualifier.LOWER_BOUND),
        ("平均时限压缩至68个工作日。", "68", "个工作日", Qualifier.EXACT),
        ("达成就业意向540余人次,", "540", "人次", Qualifier.APPROXIMATE),
        ("服务企业1000家以上。", "1000", "家", Qualifier.LOWER_BOUND),
        ("进出口总额172.26亿美元。", "17226000000", "美元", Qualifier.EXACT),
        ("坪山站日停靠列次增至146列次，", "146", "列次", Qualifier.EXACT),
        # people counted in 万 with no unit word after, the noun before saying they are people
        ("农村贫困人口减少1109万，", "11090000", "人", Qualifier.EXACT),
        ("城镇新增就业1352万。", "13520000", "人", Qualifier.EXACT),
        ("常住人口约1756万，", "17560000", "人", Qualifier.APPROXIMATE),
        ("旅居人数超550万、居住时间更长。", "5500000", "人", Qualifier.EXACT),
        ("城镇登记失业率控制在2%以内。", "2", "%", Qualifier.UPPER_BOUND),
    ],
)
def test_value_unit_and_qualifier(text: str, value: str, unit: str, qualifier: Qualifier):
    (figure,) = figures(text)
    assert figure.value == Decimal(value)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)
    assert text[figure.span.begin:figure.span.end] == figure.span.text


def test_the_phrase_a_figure_counts():
    found = figures("2020年,全区新设立企业715户,总数为3130户;贷款总额1.59亿元。")
    assert [f.phrase for f in found] == ["新设立企业", "总数", "贷款总额"]


def test_a_change_keeps_both_values():
    (figure,) = figures("低保覆盖率由3.19%提升至6.9%;")
    assert (figure.previous_value, figure.value, figure.unit) == (Decimal("3.19"), Decimal("6.9"), "%")
    assert figure.span.text == "由3.19%提升至6.9%"
    assert figure.phrase == "低保覆盖率"


@pytest.mark.parametrize(("text", "before", "after"), [("全职院士由8人增至11人，", "8", "11"), ("覆盖率由30%升至32%。", "30", "32")])
def test_a_change_by_a_one_character_verb_is_one_figure(text: str, before: str, after: str):
    (figure,) = figures(text)
    assert (figure.previous_value, figure.value) == (Decimal(before), Decimal(after))


def test_a_milestone_passed_is_a_lower_bound():
    first, second = figures("地区生产总值迈上6万亿元台阶，达到62661亿元。")
    assert first.qualifier == Qualifier.LOWER_BOUND and second.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    "text",
    [
        "2020年,我区坚持改革。",                      # a year
        "于3月5日率先复产。",                         # a date
        "按照某编发〔2020〕10号文件。",                # a document number
        "严格执行行政执法“三项制度”。",               # a quoted slogan
        "组织开展第三个纪律教育学习宣传月活动。",       # an ordinal
        "实行一人多岗，打造一支队伍。",                # 一 as an article
        "深入贯彻党的十九大和十九届五中全会精神。",      # congress numbers
        "印发《某市五个领域综合执法改革实施方案》。",    # inside a title
        "附件2名词解释。",                             # 名 starting another word (名词)
    ],
)
def test_not_figures(text: str):
    assert figures(text) == []


def test_values_listed_respectively_count_the_things_in_the_same_place():
    found = figures("进口货值、免签入境游客、离岛免税销售额分别增长38.9%、64%、46.8%；小学和初中分别新增学位5000个和3000个。"
                    "城乡居民收入分别增长5%、6%。")
    phrases = {f.span.text: f.phrase for f in found}
    assert phrases["38.9%"] == "进口货值" and phrases["64%"] == "免签入境游客" and phrases["46.8%"] == "离岛免税销售额"
    assert phrases["5000个"] == "小学新增学位" and phrases["3000个"] == "初中新增学位"
    assert phrases["6%"] != "城乡居民收入"  # one thing, two values: no pairing


def test_the_unit_ren_nian_counts_full_time_equivalents():
    (found,) = figures("研究与试验发展人员全时当量达46.1万人年。")
    assert found.span.text == "46.1万人年" and found.unit == "人年"


def test_the_number_of_a_numbered_line_is_not_part_of_the_figure_after_it():
    text = "正文。\n　　39.九大类民生支出276.1亿元，增长19.6%。\n　　40.151件民生实事，其余149件顺利完成。\n　　3.5%的增长率。"
    assert [f.span.text for f in figures(text)] == ["276.1亿元", "19.6%", "151件", "149件", "3.5%"]


def test_a_bare_count_in_wan_is_no_figure_without_people_before_it():
    assert [f.span.text for f in figures("数据资源归集1109万，城镇新增就业1352万。")] == ["1352万"]


def test_a_year_before_a_figure_dates_it_and_a_value_reached_counts_what_its_start_does():
    found = [(f.span.text, f.phrase, f.qualifier) for f in figures(
        "地区生产总值从2015年2694亿元增长到2020年3847亿元。2018年前减少存量违建3100万平方米，完成签约8260户。")]
    assert found[:2] == [("2694亿元", "地区生产总值", Qualifier.EXACT), ("3847亿元", "地区生产总值", Qualifier.EXACT)]
    assert ("8260户", "完成签约", Qualifier.EXACT) in found  # 签约: no "about"


def test_a_name_with_a_number_in_it_is_part_of_the_phrase_and_a_one_character_verb_is_not():
    found = [(f.span.text, f.phrase) for f in figures(
        "空气质量优良率达94.2%，PM2.5降至19.1微克/立方米。社会消费品零售总额1270.14亿元，下降3.6%。"
        "世界500强企业从4家增加到8家。")]
    assert found == [("94.2%", "空气质量优良率"), ("19.1微克/立方米", "PM2.5"), ("1270.14亿元", "社会消费品零售总额"),
                     ("3.6%", "下降"), ("从4家增加到8家", "世界500强企业")]


def test_computing_power_is_counted_in_petaflops_but_p2p_is_a_name():
    found = [(f.span.text, f.unit) for f in figures("算力规模达到11.4万P，P2P网贷平台全部清零。")]
    assert found == [("11.4万P", "PFLOPS")]
