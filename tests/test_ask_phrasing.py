"""Phrasings kg ask reads on a graph of small reports written for the purpose: two numbers asked
at once, a programme named with the place (数字重庆), a target the plan part sets in a review
paragraph, per capita asked in English, and prices the reports never give."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from kg.ask import answer
from kg.ask.index import question_index
from kg.ask.understand import understand
from kg.build import BuildOptions, build
from kg.graph.store import open_store

REPORT_2024 = """2024年某市政府工作报告
一、2023年工作回顾
（一）交通建设。已开通地铁线路增至8条，总里程45.2公里。规上企业增至2194家。
（二）数字某市建设。数字某市底座归集共享数据21万类，获批数字中国建设综合试点。
二、2024年工作安排
根据这一总体思路，今年全市经济社会发展主要预期目标：地区生产总值增长6%左右。
（一）持续推进地铁建设，新开工地铁线路2条。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("phrasing")
    report = folder / "某市2024年政府工作报告.txt"
    report.write_text(REPORT_2024, encoding="utf-8")
    build([report], folder / "g.ttl", BuildOptions(use_cache=False, recogniser=False))
    return open_store(folder / "g.ttl")


# Figures of other things for a small report, so that the words of the one asked about are rare
# enough among its figures to count for BM25 (a word in half of them weighs nothing).
OTHER_FIGURES = "新增学位6165座。新设立企业715户。建成公园14个。新建学校4所。"


def one_report(folder: Path, name: str, text: str):
    """A graph of one small report written for the test, without the name recogniser."""
    report = folder / name
    report.write_text(text, encoding="utf-8")
    build([report], folder / "g.ttl", BuildOptions(use_cache=False, recogniser=False))
    return open_store(folder / "g.ttl")


def several_reports(folder: Path, texts: dict[str, str]):
    """A graph of several small reports, by file name, without the name recogniser."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    build([folder / name for name in texts], folder / "g.ttl", BuildOptions(use_cache=False, recogniser=False))
    return open_store(folder / "g.ttl")


def quotes(result) -> list[str]:
    return [item.source or "" for item in result.items]


def test_two_numbers_asked_at_once_are_both_answered(store) -> None:
    result = answer("某市已开通的地铁线路有几条、总里程多少？", store)
    assert result.kind == "figures"
    assert {"8条", "45.2公里"} <= {q for q in quotes(result)}


def test_the_long_form_finds_the_abbreviation(store) -> None:
    assert "2194家" in quotes(answer("规模以上企业一共有多少家？", store))


def test_a_programme_named_with_the_place_is_a_topic_not_a_number(store) -> None:
    result = answer("关于数字某市建设，报告都说了啥？", store)
    assert result.kind == "topic"
    assert any("数字某市底座" in (item.text or "") for item in result.items)


def test_a_target_set_in_the_plan_part_is_of_the_report_year(store) -> None:
    result = answer("某市给2024年定的经济增长预期目标是多少？", store)
    assert "6%左右" in quotes(result)


def test_per_capita_and_prices_the_report_never_gives_are_said_to_be_absent(store) -> None:
    for question in ("What was the city's per-capita GDP in 2023?", "How much did consumer prices (CPI) rise in 2023?"):
        result = answer(question, store)
        assert result.absent and not result.items, (question, result.kind, quotes(result))


def test_the_report_place_in_english_is_no_topic(tmp_path: Path) -> None:
    """Chongqing is glossed 重庆, the report's own place: the question is about prices, which the
    report does not give, and no figure of 重庆 answers it."""
    store = one_report(tmp_path, "2026年重庆市政府工作报告.txt",
                       "2026年重庆市政府工作报告\n一、2025年工作回顾\n（一）开放。重庆中欧班列年开行量4800列以上。\n")
    result = answer("How much did consumer prices (CPI) rise in Chongqing in 2025?", store)
    assert result.absent and not result.items, quotes(result)


def test_what_there_is_stays_an_answer_inside_a_plan(tmp_path: Path) -> None:
    """依托50公里海岸线 in the plan part says what the district has; 新建地铁线路2条 is a plan."""
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）交通。建成公路12公里。\n"
                       "二、2024年工作安排\n（一）发展海洋经济。充分发挥50公里海岸线等自然禀赋优势，建设滨海走廊。\n"
                       "（二）完善交通。新建地铁线路2条。\n")
    assert "50公里" in quotes(answer("某区的海岸线大约有多长？", store))
    assert answer("某区的地铁线路有几条？", store).absent  # a plan's figure does not say what there is


def test_a_figure_named_only_total_takes_the_subject_of_its_sentence(tmp_path: Path) -> None:
    """…地区生产总值增长3.5%，排名第一；总量达到4702亿元: the 4702亿元 is the GDP."""
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）经济。全区地区生产总值增长3.5%，在全市排名第一；"
                       "总量达到4702亿元，一年增加了280亿元。\n")
    assert "4702亿元" in quotes(answer("某区的经济总量有多大？", store))


def test_real_growth_a_named_target_system_and_the_total_after_an_addition(tmp_path: Path) -> None:
    """实际 says how growth is measured, not what grew; 目标任务体系 names a thing, so the growth
    after it is what was done; 总数达1960家 after 新增规上工业企业35家 totals the same firms."""
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）经济。一年来，聚焦“1+2+4+N”目标任务体系，"
                       "生产总值增长5.6%，规上工业增加值增长8.4%。新增规上工业企业35家、总数达1960家。\n"
                       "（二）民生。城镇新增就业121.7万人，新建学校40所，建成公园12个。\n"
                       "（三）交通。高速公路通车里程8500公里，新开通航线16条。\n")
    assert quotes(answer("去年某省GDP实际增长了多少？", store))[:1] == ["5.6%"]
    assert quotes(answer("某省规上工业企业一共有多少家？", store))[:1] == ["1960家"]


def test_a_thing_the_reports_never_name_is_not_there(store) -> None:
    """保税区 appears nowhere, not even in part: no, and no figure, whatever else is built."""
    result = answer("报告里有没有提到建设综合保税区？", store)
    assert result.kind == "yesno" and result.yes is False
    assert answer("某市综合保税区进出口额是多少？", store).absent
    # A word of which the reports use a part (地铁 of 地铁线网) may be the asker's wording for it.
    index = question_index(store)
    assert index.holds_part("地铁线网") and not index.holds_part("保税区")
    assert understand("某市地铁线网有几条线路？", index).missing == []


def test_two_asks_in_two_sentences_a_unit_of_trips_and_a_rise_asked_colloquially(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）开放。新增外资项目170个，同比增长77.1%；"
                       "实际利用外资8724万美元，同比增长244%。\n（二）交通。某城站往返香港列车班次恢复至每日10趟。"
                       "新建公路12公里，建成公园8个。\n（三）民生。新增学位6165座，新建学校4所。\n")
    assert {"8724万美元", "244%"} <= set(quotes(answer("某区实际利用外资做到了多少？比上年涨了多少？", store)))
    assert quotes(answer("从某城站坐高铁往返香港，一天有几趟车？", store))[:1] == ["10趟"]


@pytest.fixture(scope="module")
def provinces(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("provinces")
    texts = {
        "2026年云南省政府工作报告.txt": "2026年云南省政府工作报告\n一、2025年工作回顾\n（一）开放。中老铁路累计发送旅客5000万人次。"
        "地区生产总值增长4.1%。\n（二）民宿。发展乡村民宿1200家。\n二、2026年工作安排\n主要预期目标是：地区生产总值增长4.5%左右。\n",
        "2026年甘肃省政府工作报告.txt": "2026年甘肃省政府工作报告\n一、2025年工作回顾\n（一）科技。全球首座“钍基熔盐实验堆”在武威建成运行。"
        "地区生产总值增长5.8%。\n二、2026年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    build(sorted(folder.glob("*.txt")), folder / "g.ttl", BuildOptions(use_cache=False, recogniser=False))
    return open_store(folder / "g.ttl")


def test_a_place_named_in_english_picks_its_report(provinces) -> None:
    result = answer("What does Yunnan's report say about the China–Laos Railway?", provinces)
    assert result.items and all("云南" in (item.extra or {}).get("reportLabel", "") for item in result.items)
    assert "中老铁路" in (result.items[0].text or "")


def test_a_long_term_the_reports_write_otherwise_and_a_word_of_two_characters(provinces) -> None:
    assert answer("甘肃的报告里有没有提到钍基熔盐堆？", provinces).yes is True  # 钍基熔盐实验堆
    assert answer("云南的报告里有没有提到数字人民币？", provinces).yes is False
    assert "民宿" in (answer("关于民宿，报告都说了些啥？", provinces).items[0].text or "")


def test_targets_asked_are_the_targets_of_each_report(provinces) -> None:
    result = answer("两个省给地区生产总值定的预期目标分别是什么？", provinces)
    assert {"4.5%左右", "5.5%左右"} <= set(quotes(result))


def test_places_compared_a_count_of_reports_and_the_year_a_report_reviews(provinces) -> None:
    result = answer("How much did GDP grow in 2025 in Yunnan and Gansu?", provinces)
    assert {"4.1%", "5.8%"} <= set(quotes(result))
    assert {"4.1%", "5.8%"} <= set(quotes(answer("两个省去年地区生产总值分别增长了多少？", provinces)))
    reviewed = answer("云南这份2026年的政府工作报告，回顾的是哪一年的工作？", provinces)
    assert reviewed.kind == "report" and [item.label for item in reviewed.items] == ["2025年"]


def test_people_in_difficulty_are_no_problem_and_ti_mei_ti_asks_yes_or_no(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2025年某区政府工作报告.txt",
                       "2025年某区政府工作报告\n一、2024年工作回顾\n（一）民生。向困难群众发放一次性生活补助，惠及1100多万人。"
                       "新建学校4所，建成公园8个。\n（二）交通。新建公路12公里。\n")
    assert "1100多万人" in quotes(answer("给困难群众发一次性生活补助，覆盖了多少人？", store))
    result = answer("报告里提没提发放数字人民币消费券？", store)
    assert result.kind == "yesno" and result.yes is False


def test_digital_before_a_noun_asks_no_number(store) -> None:
    assert answer("某市数字某市底座归集了多少类数据？", store).kind == "figures"
    assert answer("某市数字底座有哪些进展？", store).kind != "figures"  # 数字底座: digital, no number asked


def test_an_english_concept_the_reports_never_use_is_not_there(provinces) -> None:
    result = answer("Does Gansu's report mention hydrogen energy at all?", provinces)
    assert result.kind == "yesno" and result.yes is False
    # a share of GDP asked is the intensity the reports give
    assert answer("云南研发投入占GDP的比重是多少？", provinces).absent


def test_a_growth_named_only_as_growth_is_of_the_quantity_stated_before_it(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2023年某区政府工作报告.txt",
                       "2023年某区政府工作报告\n一、2022年工作回顾\n（一）经济。全区地区生产总值1080亿元，历史性突破千亿大关，"
                       "增长14.0%。PCT国际专利申请量384件，增长14.0%。进出口总额595亿元、增长6%。\n"
                       "（二）民生。老百姓人均可支配收入6.4万元。新建学校4所。\n")
    first = answer("2022年某区GDP到底增长了多少？", store).items[0]
    assert first.source == "14.0%" and "地区生产总值" in (first.text or "")
    assert "6.4万元" in quotes(answer("某区老百姓的人均可支配收入有多少？", store))


def test_the_reports_full_terms_and_measure_words_are_found_from_everyday_words(tmp_path: Path) -> None:
    """研发 is written 研究与试验发展 in the statistics, 日均 is asked as 一天平均, 装机 as
    装机容量, and 新增就业 as new jobs (新增就业岗位)."""
    store = one_report(tmp_path, "2025年某市政府工作报告.txt",
                       "2025年某市政府工作报告\n一、2024年工作回顾\n"
                       "（一）科技。研究与试验发展人员全时当量达46.1万人年。\n"
                       "（二）交通。跨江通道日均车流量达8.2万车次，日均通关42.0万人次。\n"
                       "（三）能源。新增可再生能源装机1004万千瓦，城镇新增就业17.78万人。\n")
    for question, expected in (("截至2024年，某市研发人员全时当量有多少人年？", "46.1万人年"),
                               ("跨江通道一天平均跑多少车？", "8.2万车次"),
                               ("2024年新增的可再生能源装机容量是多少？", "1004万千瓦"),
                               ("2024年城镇新增了多少就业岗位？", "17.78万人")):
        assert quotes(answer(question, store))[:1] == [expected], question


def test_the_speaker_asked_in_english_as_who_presented_the_report(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n——2026年1月25日在某省第十四届人民代表大会第五次会议上\n"
                       "某省省长 甲乙丙\n各位代表：\n一、2025年工作回顾\n（一）开放。外贸增长5%。\n")
    result = answer("Who presented the 2026 government work report, and in what capacity?", store)
    assert result.kind == "report"
    assert "甲乙丙" in " ".join(item.text or item.label or "" for item in result.items)


def test_a_word_of_most_passages_names_no_topic_of_the_problems_asked(tmp_path: Path) -> None:
    """政府自己承认…发展…哪些问题: 发展 stands in most passages and 政府自己 is who admits; every
    problem answers, not only the one that says 发展."""
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）发展经济。发展产业，新增企业500家。\n"
                       "（二）发展民生。发展教育，新建学校12所。\n"
                       "成绩固然可喜，问题也不容忽视。一是生态本底仍然脆弱。二是科技创新能力不足。三是产业发展层次不高。\n"
                       "二、2026年工作安排\n（一）发展科技。新建实验室3个。\n")
    result = answer("政府自己承认发展还存在哪些短板和问题？", store)
    assert result.kind == "problems"
    texts = " ".join(item.text or "" for item in result.items)
    assert "生态本底仍然脆弱" in texts and "科技创新能力不足" in texts


def test_whether_something_happened_is_no_when_the_report_says_it_did_not(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）安全。安全生产事故起数下降9.4％，全年未发生重大及以上事故。\n"
                       "（二）环境。发生森林火灾3起，均及时扑灭。\n")
    assert answer("2025年是否发生过重大安全生产事故？", store).yes is False
    assert answer("2025年有没有发生过森林火灾？", store).yes is True


def test_a_place_asked_with_its_level_is_the_place_the_report_names_bare(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）产业。发展产业集群，壮大产业园区，做强产业链。\n（二）区域。支持包头打造精品钢材基地，赤峰打造绿色锂产业基地。\n")
    result = answer("赤峰市在产业上被赋予了什么定位？", store)
    assert not result.absent and "赤峰打造绿色锂产业基地" in (result.items[0].text or "")


def test_data_before_a_noun_is_a_topic_and_new_jobs_are_new_employment(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n某省省长 甲乙丙\n"
                       "一、2025年工作回顾\n（一）就业。城镇新增就业17.78万人，培训农民工3万人次，新建公园12个。\n"
                       "（二）推进数字某省建设。深化数据要素配置改革，完善数据产权政策，数字经济核心产业增加值增长9%。\n")
    topic = answer("数据要素、数字经济这一块，报告讲了什么？", store)
    assert topic.kind == "topic" and "深化数据要素配置改革" in (topic.items[0].text or "")
    assert quotes(answer("2025年城镇新增了多少就业岗位？", store))[:1] == ["17.78万人"]


def test_years_that_name_reports_pick_the_reports_not_the_years_reviewed(tmp_path: Path) -> None:
    texts = {2023: "全社会研发投入占地区生产总值比重5.49%，新建公园12个。",
             2024: "全社会研发投入1880.5亿元，占地区生产总值比重提升至5.81%，新建公园20个。"}
    store = several_reports(tmp_path, {
        f"某市政府工作报告_{year}年.txt": f"某市{year}年政府工作报告\n一、{year - 1}年工作回顾\n（一）科技。{review}\n"
                                          f"二、{year}年工作安排\n（一）科技。研发投入强度保持在6%左右。\n"
        for year, review in texts.items()})
    for question in ("How did R&D spending as a share of GDP change across the 2023 and 2024 government work reports?",
                     "按2023、2024两份政府工作报告，研发投入占GDP比重分别是多少？"):
        found = quotes(answer(question, store))
        assert "5.49%" in found and "5.81%" in found, (question, found)


def test_firms_newly_set_up_are_found_by_the_reports_short_words(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）开放。新设台企2612家，实际使用台资7.24亿美元。"
                       "新设外资企业428家。20个合作项目落地。\n")
    assert quotes(answer("去年新注册成立的台资企业有多少家？", store))[:1] == ["2612家"]
    assert quotes(answer("2025年新落地设立的外资企业有几家？", store))[:1] == ["428家"]


def test_a_yes_holds_the_rarest_word_and_all_but_one_and_a_half_is_fifty_per_cent(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）科技。科技企业加快发展，新增科技企业300家，建成科技园区5个。"
                       "甲乙丙当选中国科学院院士。\n（二）人才。引进科学家团队3个。\n（三）平台。建设科学家工作室5个。\n"
                       "（四）生态。森林覆盖率提高到42.5%。\n")
    assert answer("报告里有没有说到有科学家当选了院士？", store).yes is True
    assert answer("森林覆盖率是否已经超过一半？", store).yes is False


def test_how_a_figure_is_measured_and_a_filler_before_a_verb_are_no_words_it_must_say(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）生态。PM2.5浓度降至30微克/立方米，优良天数比例提升7.2个百分点。\n"
                       "（二）产业。全年生产钾肥757.5万吨，生产碳酸锂16.9万吨。\n"
                       "（三）民生。新建学校12所，新增学位5000个，建成公园8个，改造老旧小区300个。\n"
                       "（四）党建。坚持中国共产党的领导，居民收入平均增长5%。\n")
    assert quotes(answer("去年PM2.5平均浓度降到多少了？", store))[:1] == ["30微克/立方米"]
    assert quotes(answer("去年碳酸锂一共产了多少吨？", store))[:1] == ["16.9万吨"]


def test_the_word_that_compares_is_no_word_the_figure_must_say(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2016年某区政府工作报告.txt",
                       "2016年某区政府工作报告\n一、2015年工作回顾\n（一）经济。实现社会消费品零售总额1533.38亿元，增长0.8%。"
                       "新增企业300家，超过预期。\n（二）民生。新建学校12所，新增学位5000个，建成公园8个。\n")
    result = answer("2015年社零增速有没有超过5%？", store)
    assert result.yes is False and quotes(result)[:1] == ["0.8%"]


def test_what_was_done_is_not_what_the_plan_promotes(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2015年某区政府工作报告.txt",
                       "2015年某区政府工作报告\n一、2014年工作回顾\n（一）就业。启用就业服务平台，促进10709名户籍失业人员、2752名异地务工人员就业。"
                       "PM2.5(细颗粒物)日平均浓度为24微克每立方米。\n（二）民生。新建学校12所，新增学位5000个，建成公园8个。\n"
                       "二、2015年工作安排\n（一）就业。开展60场招聘会，促进6000名户籍失业人员实现就业。\n")
    assert quotes(answer("2015年那份报告里，全年帮多少名户籍失业人员实现了就业？", store))[:1] == ["10709名"]
    assert quotes(answer("2015年那份报告里，PM2.5日均浓度是多少？", store))[:1] == ["24微克每立方米"]


def test_a_city_inside_the_province_and_a_kind_of_population_the_report_never_gives_are_absent(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年福建省政府工作报告.txt",
                       "2026年福建省政府工作报告\n一、2025年工作回顾\n（一）经济。初步统计，2025年全省地区生产总值60199.45亿元，增长5.2%。\n"
                       "（二）民生。新建住宅项目预计将带来约7.65万人口增量，新建学校12所，建成公园8个。\n"
                       "（三）生态。建成马峦山至田头山远足郊野径82公里。\n（四）城市。支持福州、厦门建设国际化城市。\n")
    for question in ("福州市2025年地区生产总值是多少？", "全省常住人口有多少万？"):
        result = answer(question, store)
        assert result.absent and not result.items, (question, quotes(result))
    assert quotes(answer("马峦山到田头山那条远足郊野径全长多少公里？", store))[:1] == ["82公里"]


def test_a_target_not_set_is_no_and_a_named_reports_plan_answers_how_much(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院政府工作报告_2020年.txt",
                       "2020年政府工作报告\n一、2019年工作回顾\n（一）经济。国内生产总值增长6.1%，新增就业1352万人。\n"
                       "二、2020年工作安排\n（一）总体要求。我们没有提出全年经济增速具体目标，主要因为疫情影响。"
                       "今年中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元、增长18%。\n")
    assert answer("2020年的报告有没有给出当年GDP增速的具体目标？", store).yes is False
    assert "近9.8万亿元" in quotes(answer("2020年报告中，中央给地方的转移支付规模是多少？", store))


def test_a_report_named_by_its_year_alone_gives_its_own_facts(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        f"{year}年某新区管委会工作报告_{year}.txt": f"各位代表：\n现在，我代表某新区管委会向大会作工作报告，请予审议。\n"
                                                   f"一、{year - 1}年工作回顾\n（一）经济。新增企业{year - 1900}家。\n"
                                                   f"二、{year}年工作安排\n（一）经济。新建公园8个。\n"
        for year in (2014, 2015)})
    result = answer("2014年那份工作报告回顾的是哪一年的工作？", store)
    assert [item.text for item in result.items] == ["reviewed: 2013年"]


def test_fewer_asked_is_no_when_the_report_says_more_and_a_name_inside_a_longer_one_is_mentioned(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2017年某区政府工作报告.txt",
                       "2017年某区政府工作报告\n一、2016年工作回顾\n（一）生态。空气质量优良天数增加12天，达到340天。\n"
                       "（二）教育。中国人民大学（深圳）校区正式落户，与中国人民大学签署合作协议。新建学校12所。\n")
    assert answer("2016年空气质量优良天数是不是比前一年少了？", store).yes is False
    assert answer("报告有没有提到中国人民大学在本区设校区？", store).yes is True


def test_a_report_named_by_its_session_is_neither_a_document_nor_a_body_asked_about(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        f"{year}年政府工作报告（在某区{session}上）_{year}.txt":
            f"各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"（一）更新。新开工项目10个，在建项目攀升至{year - 1996}个。区人大代表视察项目。"
            f"落实《政府工作报告》部署。\n二、{year}年工作安排\n（一）经济。新建公园8个。\n"
        for year, session in ((2014, "第六届人民代表大会第三次会议"), (2015, "第六届人民代表大会第四次会议"))})
    assert [i.text for i in answer("六届人大三次会议上那份政府工作报告，回顾的是哪一年的工作？", store).items] == ["reviewed: 2013年"]
    assert quotes(answer("六届人大三次会议那次的报告里，在建的项目有几个？", store))[:1] == ["18个"]


def test_zero_cases_answers_whether_there_were_any(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2021年某区政府工作报告.txt",
                       "2021年某区政府工作报告\n一、2020年工作回顾\n（一）防疫。累计检测48.3万人次，实现全年本地零感染、隔离场所零事故。\n"
                       "（二）民生。新建学校12所，新增学位5000个，建成公园8个。\n")
    assert answer("2020年是否出现过本地新冠感染病例？", store).yes is False


def test_nouns_the_reports_never_use_written_together_name_something_absent(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某市政府工作报告.txt",
                       "2020年某市政府工作报告\n一、2019年工作回顾\n（一）安全。加强非洲猪瘟防控，完善重大动物疫病防控体系。\n"
                       "（二）民生。新建学校12所，新增学位5000个。\n")
    # 肺炎 and 疫情 alone are too short to name a thing; together they are what is asked about
    assert answer("报告里有没有谈到肺炎疫情防控？", store).yes is False
    assert answer("报告里有没有谈到非洲猪瘟防控？", store).yes is True


def test_a_plan_asked_for_answers_before_what_a_review_says_was_done(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某市政府工作报告.txt",
                       "2020年某市政府工作报告\n一、2019年工作回顾\n（一）投资。新区完成固定资产投资超过500亿元。\n"
                       "二、2020年工作安排\n（一）扩大投资。全年固定资产投资计划超过8000亿元、增长15%。\n")
    first = quotes(answer("2020年某市计划完成多少固定资产投资", store))[0]
    assert "8000亿元" in first and "500亿元" not in first


def test_partners_asked_in_english_find_the_passages_about_them(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某市政府工作报告.txt",
                       "2020年某市政府工作报告\n一、2019年工作回顾\n（一）开放。实施深港合作专项行动，深港科技创新合作区加快发展。\n"
                       "（二）民生。新建学校12所，新增学位5000个。\n")
    result = answer("What does the report say about the city's cooperation with Hong Kong?", store)
    assert result.kind == "topic"
    assert "深港合作专项行动" in (result.items[0].text or "")


def test_documents_cited_by_their_title_are_listed_before_names_read_without_brackets(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某市政府工作报告.txt",
                       "2020年某市政府工作报告\n一、2019年工作回顾\n（一）改革。落实《粤港澳大湾区发展规划纲要》。"
                       "制定贯彻落实的六年行动方案，出台占道施工管理办法，编制国土空间总体规划，实施区域协调发展实施方案。\n")
    labels = [item.label for item in answer("报告里引用了哪些政策文件", store).items]
    assert labels[0] == "粤港澳大湾区发展规划纲要"
    assert "六年行动方案" in labels and "的六年行动方案" not in labels


def test_r_and_d_as_a_share_of_gdp_is_its_intensity_and_percent_asked_in_words_is_a_unit(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2023年某国政府工作报告.txt",
                       "2023年某国政府工作报告\n一、过去一年工作回顾\n（一）经济。国内生产总值增长3%，单位国内生产总值能耗下降8.1%。"
                       "全社会研发经费投入强度从2.1%提高到2.5%以上。\n（二）消费。新能源汽车销量增长93.4%，新增充电桩200个。\n")
    for question in ("What share of GDP does the country spend on R&D?", "研发投入占国内生产总值比重是多少"):
        assert "2.5%以上" in quotes(answer(question, store))[0], question
    assert "93.4%" in quotes(answer("2022年新能源车卖得咋样，销量涨了百分之几？", store))[0]
    assert answer("报告有没有提到要建新能源车充电桩？", store).yes is True


def test_english_cue_words_count_only_where_a_word_starts(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某区政府工作报告.txt",
                       "2018年某区政府工作报告\n一、2017年工作回顾\n（一）工业。规模以上工业企业增加值增长12.0%，达2240.65亿元。\n"
                       "（二）城管。拆除消化各类违建544.85万平方米。\n")
    # rise is no word of enterprises: the value added is asked, not its growth
    result = answer("What was the value added of the district's industrial enterprises above designated size in 2017?", store)
    assert quotes(result)[:1] == ["2240.65亿元"]
    assert quotes(answer("2017年拆掉、消化了多大面积的违法建筑？", store))[:1] == ["544.85万平方米"]


def test_a_report_named_in_english_picks_it_and_other_years_are_the_passages_own(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        f"{year}年某区政府工作报告.txt": f"{year}年某区政府工作报告\n一、{year - 1}年工作回顾\n（一）人才。新引进、新认定各类人才{year - 975}人。"
        f"PM2.5平均浓度{year - 2000}微克/立方米，为2012年有监测记录以来最好水平。\n"
        for year in (2019, 2021)})
    first = quotes(answer("According to the 2019 report, how many talents did the district newly bring in?", store))[0]
    assert "1044人" in first and "1046人" not in first
    assert answer("2021年的报告是否说PM2.5达到了2012年有监测记录以来最好水平？", store).yes is True


def test_the_askers_words_for_tax_cuts_documents_and_things_done_find_the_reports(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2021年某省政府工作报告.txt",
                       "2021年某省政府工作报告\n一、2020年工作回顾\n（一）纾困。为各类市场主体减税降费达3000亿元，新增信贷2.8万亿元。\n"
                       "（二）改革。深入推进“数字政府”建设，推出“粤省事”。落实《某省国民经济和社会发展第十四个五年规划纲要》，"
                       "签署《区域全面经济伙伴关系协定》。\n（三）民生。各类人才总量达到120万人，办好群众身边的事情，新增学位6165座，"
                       "新建学校4所，建成公园8个，新开通公交线路12条。\n")
    assert "3000亿元" in quotes(answer("疫情期间给各类企业减免了多少税费？", store))[0]
    assert "数字政府" in (answer("某省搞“数字政府”都做了哪些事情？", store).items[0].text or "")
    items = answer("报告里引用了哪些正式的文件、规划、协定和法律？", store).items
    assert "区域全面经济伙伴关系协定" in [item.label for item in items]
    assert {item.type for item in items} == {"Document"}  # the documents, not passages about 正式 or 协定


def test_a_noun_the_reports_never_use_with_the_ending_of_a_thing_is_something_absent(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2022年某新区政府工作报告.txt",
                       "2022年某新区政府工作报告\n一、2021年工作回顾\n（一）规划。编制国土空间保护和发展规划等25个专项规划。"
                       "开展碳普惠试点，推进综合改革试点。\n（二）民生。新增学位6165座，新建学校4所，建成公园8个。\n")
    assert answer("报告里有没有规划建高铁站？", store).yes is False
    assert answer("报告里有没有提到要试点征收房产税？", store).yes is False
    assert answer("报告里有没有提到碳普惠试点？", store).yes is True


def test_a_verb_right_after_how_much_is_not_what_is_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2022年某新区政府工作报告.txt",
                       "2022年某新区政府工作报告\n一、2021年工作回顾\n（一）民生。新增学位6165座，新建学校4所，建成公园8个。\n"
                       "二、2022年工作安排\n（一）民生。将更多财政收入投入到民生事业，全年安排九大类民生支出54.8亿元。"
                       "资金用于改造老旧小区12个。\n")
    result = answer("2022年新区准备拿出多少钱用于九大类民生支出？", store)
    assert result.kind == "figures" and quotes(result)[:1] == ["54.8亿元"]


def test_the_year_before_asked_in_words_is_the_year_reviewed(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        f"{year}年某区政府工作报告.txt": f"{year}年某区政府工作报告\n一、{year - 1}年工作回顾\n（一）投资。完成固定资产投资{year - 1554}.9亿元。"
        f"新建学校4所。\n二、{year}年工作安排\n（一）投资。固定资产投资增长10%。\n"
        for year in (2019, 2020)})
    result = answer("在2019年的区政府工作报告中，上一年固定资产投资完成了多少亿元？", store)
    assert quotes(result)[:1] == ["465.9亿元"]


def test_money_asked_for_is_any_amount_of_money_not_a_word_the_sentence_must_use(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某区政府工作报告.txt",
                       "2026年某区政府工作报告\n一、2025年工作回顾\n（一）财政。争取中央各类建设发展资金超900亿元，发展项目120个。\n"
                       "二、2026年工作安排\n（一）科技。深化拓展“人工智能+”，三年安排450亿元支持以AI为引领的新质生产力发展。"
                       "新建学校4所，建成公园8个。\n")
    assert "450亿元" in quotes(answer("为了支持人工智能发展，某区打算投入多少资金？", store))[0]


def test_a_hiking_trail_asked_in_english_is_the_reports_country_trail(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2021年某区政府工作报告.txt",
                       "2021年某区政府工作报告\n一、2020年工作回顾\n（一）生态。梅林山—银湖山远足郊野径35.4公里全线贯通。"
                       "新增海绵城市7平方公里。\n（二）民生。新建学校4所，建成公园8个，新增学位6165座，新开通公交线路12条。\n")
    assert quotes(answer("How long is the hiking trail that the district opened end to end?", store))[:1] == ["35.4公里"]


def test_days_of_good_air_asked_in_english_are_the_reports_days_of_good_air(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2017年某市政府工作报告.txt",
                       "2017年某市政府工作报告\n一、2016年工作回顾\n（一）生态。“某市蓝”成为靓丽名片。空气优良天数提高至354天，PM2.5平均浓度27微克/立方米。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座，新开通公交线路12条。\n")
    result = answer("How many days of good or excellent air quality did the city have in 2016?", store)
    assert quotes(result)[:1] == ["354天"]


def test_a_risk_named_after_guanyu_is_the_topic_and_a_risk_asked_for_is_a_problem(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某区政府工作报告.txt",
                       "2026年某区政府工作报告\n一、2025年工作回顾\n（一）财政。抓好隐性债务化解、融资平台退出，政府债务风险总体可控。\n"
                       "我们也清醒看到，发展面临的老问题、新挑战仍然不少：内需增长动能不足，部分企业经营困难。\n"
                       "二、2026年工作安排\n（一）民生。新建学校4所，建成公园8个。\n")
    result = answer("关于地方政府债务风险，报告都说了些什么？", store)
    assert result.kind == "topic" and "隐性债务化解" in (result.items[0].text or "")
    assert answer("报告承认面临哪些风险？", store).kind == "problems"


def test_whether_the_report_says_anything_about_something_is_a_yes_or_no(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）民生。新建学校4所，建成公园8个。\n二、2026年工作安排\n"
                       "（一）养老。加快建立长期护理保险制度，为重度失能人员提供基本生活照料。\n")
    result = answer("Does the report say anything about setting up a long-term care insurance system?", store)
    assert result.kind == "yesno" and result.yes is True
    assert answer("Does the report say anything about hydrogen?", store).yes is False


def test_whether_something_was_stirred_up_is_no_where_the_report_says_it_did_not_happen(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2017年某区政府工作报告.txt",
                       "2017年某区政府工作报告\n一、2016年工作回顾\n（一）棚改。棚改攻坚战打响以来，28天内签约率达到73％，搬离人员2.8万，"
                       "未发生大规模集体上访和维稳事件。\n（二）民生。新建学校4所，建成公园8个。\n")
    assert answer("棚改搬迁过程中，有没有闹出大规模集体上访？", store).yes is False


def test_of_the_words_the_reports_use_least_any_one_may_carry_a_yes(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）开放。承办全国农民运动会，外贸进出口增长5%。\n"
                       "二、2026年工作安排\n（一）外贸。办好2026年亚太经合组织贸易部长会议，稳住传统市场。\n（二）民生。新建学校4所。\n")
    # 承办 and 部长会议 are both used once; the passage holds 部长会议 and 贸易, not the asker's 承办
    assert answer("今年是不是要承办贸易部长会议？", store).yes is True


def test_games_by_their_short_names_and_an_ordinal_that_numbers_an_event_claims_no_rank(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）民生。新建学校4所，建成公园8个。\n二、2026年工作安排\n"
                       "（一）体育。落实全民健身实施计划，办好省第十七届运动会。\n")
    assert answer("今年省里是不是要办第十七届省运会？", store).yes is True


def test_bodies_listed_for_a_qualifier_come_in_the_order_its_passage_names_them(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2022年某新区政府工作报告.txt",
                       "2022年某新区政府工作报告\n一、2021年工作回顾\n（一）教育。筹备设立海洋大学，引进清华大学附属学校。海洋大学开工建设。\n"
                       "二、2022年工作安排\n（一）产业。联合中国农业大学、河南大学、中粮营养健康研究院等共建国际食品谷。\n")
    labels = [item.label for item in answer(
        "Which universities and institutes will the area partner with to build the international food valley?", store).items]
    assert labels[:3] == ["中国农业大学", "河南大学", "中粮营养健康研究院"]


def test_disputes_resolved_are_work_done_not_difficulties_admitted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2022年某区政府工作报告.txt",
                       "2022年某区政府工作报告\n一、2021年工作回顾\n（一）治理。打造“群众诉求服务三个一”平安工程，化解矛盾纠纷1.2万宗。\n"
                       "（二）民生。新建学校4所，建成公园8个。\n二、存在的问题\n城区功能品质有待提升，配套不够齐全。\n")
    result = answer("在化解矛盾纠纷、回应群众诉求上，某区有什么做法？", store)
    assert result.kind == "topic" and "群众诉求服务" in (result.items[0].text or "")


def test_a_collective_noun_after_what_is_counted_is_the_askers(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2016年某市政府工作报告.txt",
                       "2016年某市政府工作报告\n一、2015年工作回顾\n（一）社会。社会组织超1万家、专业社工8230人、注册志愿者120万人。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座。加强教师队伍建设。\n"
                       "（三）改革。行政许可由142项削减至74项，清理各类审批事项。\n")
    assert quotes(answer("某市专业社工队伍有多少人？", store))[:1] == ["8230人"]
    assert quotes(answer("行政许可事项一共砍到只剩多少项？", store))[:1] == ["74项"]


def test_a_problem_asked_about_a_topic_the_problems_do_not_name_is_found_where_it_is_admitted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某市政府工作报告.txt",
                       "2020年某市政府工作报告\n一、2019年工作回顾\n（一）建设。集中开工轨道交通、道路工程，由于统筹不足，施工扰民问题多发。"
                       "在此，我代表市政府向市民表示歉意。\n（二）民生。新建学校4所，建成公园8个。\n"
                       "二、存在的问题\n经济下行压力加大，部分企业经营困难。\n三、2020年工作安排\n（一）民生。新增学位6165座。\n")
    result = answer("施工方面出了什么问题？", store)
    assert result.kind == "problems" and "施工扰民问题多发" in (result.items[0].text or "")


def test_a_share_written_with_a_space_is_a_share_of_what_its_sentence_names(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2016年某区政府工作报告.txt",
                       "2016年某区政府工作报告\n一、2015年工作回顾\n（一）产业。实现战略性新兴产业增加值1587.3亿元，增长29.9%，占GDP 比重达60.2%。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座，新开通公交线路12条。\n")
    assert "60.2%" in quotes(answer("2015年战略性新兴产业占GDP的比重是多少？", store))


def test_a_total_after_what_was_added_counts_what_the_sentence_named_before_the_adding(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2014年某区政府工作报告.txt",
                       "2014年某区政府工作报告\n一、2013年工作回顾\n（一）金融。股权投资基金扎堆某区，新增639家，总数达925家。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座，新开通公交线路12条。\n")
    assert quotes(answer("某区扎堆的股权投资基金一共有多少家？", store))[:1] == ["925家"]


def test_a_problem_to_be_solved_asked_with_a_plan_is_what_the_plans_are_about(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）民生。新建学校4所，建成公园8个。\n二、存在的问题\n"
                       "城区管理治理还不够精细，市容环境品质存在较大提升空间。\n三、2024年工作安排\n"
                       "（一）交通。开展布沙路等道路、平湖海吉星等片区交通拥堵治理，新增停车位2000个。\n")
    result = answer("针对堵车问题，某区打算治理哪些路段和节点？", store)
    assert result.kind == "plans" and "交通拥堵治理" in (result.items[0].text or "")


def test_characters_joined_around_a_particle_name_nothing_absent(store) -> None:
    q = understand("地铁推进得快会带来哪些问题？", question_index(store))
    assert not any("得" in m for m in q.missing)


def test_a_verb_of_what_was_done_to_them_is_not_what_is_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2025年某国政府工作报告.txt",
                       "2025年某国政府工作报告\n一、2024年工作回顾\n（一）民生。向困难群众发放一次性生活补助，惠及1100多万人。"
                       "基本医保覆盖13亿人。\n（二）教育。新建学校4所，建成公园8个，新增学位6165座。\n")
    assert quotes(answer("给困难群众发一次性生活补助，这事覆盖了多少人？", store))[:1] == ["1100多万人"]


def test_a_share_of_the_population_vaccinated_is_the_reports_coverage_rate(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2022年某国政府工作报告.txt",
                       "2022年某国政府工作报告\n一、过去一年工作回顾\n（一）防疫。落实常态化防控举措，疫苗全程接种覆盖率超过85%。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座，城镇新增就业1269万人。\n")
    result = answer("What share of the population had been fully vaccinated against COVID-19?", store)
    assert "超过85%" in (quotes(result)[:1] or [""])[0]


def test_a_change_measured_from_the_year_before_asks_no_year_and_a_rate_may_answer_it(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2021年某省政府工作报告.txt": "2021年某省政府工作报告\n一、2020年工作回顾\n（一）安全。生产安全事故总量持续下降。新建学校4所，建成公园8个。\n",
        "2022年某省政府工作报告.txt": "2022年某省政府工作报告\n一、2021年工作回顾\n（一）安全。系统防范化解安全风险，生产安全事故起数下降17.1%。"
                                "新建学校6所，建成公园9个，新增学位6165座。\n"})
    assert "17.1%" in quotes(answer("某省安全生产事故的发生次数比上一年少了多少？", store))[:1]


def test_a_body_is_looked_for_as_the_asker_names_it(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        f"{year}年广东省政府工作报告.txt": f"{year}年广东省政府工作报告\n一、{year - 1}年工作回顾\n（一）法治。自觉接受人大监督，办理省人大代表建议{n}件。"
                                    f"新建学校{year - 2015}所，建成公园8个。\n"
        for year, n in ((2019, 717), (2020, 896))})
    result = answer("省政府每年办结的省人大代表建议各有多少件？", store)
    assert {"717件", "896件"} <= set(quotes(result))


def test_a_report_named_by_its_year_and_place_picks_that_report(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2019年某省政府工作报告.txt": "2019年某省政府工作报告\n一、2018年工作回顾\n（一）产业。新建学校4所，建成公园8个。\n",
        "2020年某省政府工作报告.txt": "2020年某省政府工作报告\n一、2019年工作回顾\n（一）产业。投资总额超100亿美元的甲乙巴斯夫项目开工建设。"
                                "新建学校6所，建成公园9个，新增学位6165座。\n"})
    result = answer("2020年某省报告里，甲乙巴斯夫项目投资有多大？", store)
    assert result.kind == "figures" and "100亿美元" in quotes(result)[:1]


def test_the_items_a_lead_opens_answer_which_they_are(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年某省政府工作报告.txt",
                       "2020年某省政府工作报告\n一、2019年工作回顾\n（一）民生。全面完成省十件民生实事。新建学校4所，建成公园8个。\n"
                       "二、2020年工作安排\n（一）民生。全力办好十件民生实事。一是增加学前教育公办学位供给。二是健全生均经费保障制度。"
                       "三是推进疫苗冷链配送建设。\n（二）产业。新增学位6165座。\n")
    texts = [item.text or "" for item in answer("2020年十件民生实事具体是哪几件？", store).items]
    assert texts[1:4] == ["增加学前教育公办学位供给。", "健全生均经费保障制度。", "推进疫苗冷链配送建设。"]


def test_people_counted_without_a_measure_word_are_counted_in_people(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某区政府工作报告.txt",
                       "2018年某区政府工作报告\n一、2017年工作回顾\n（一）棚改。推进二线插花地棚户区改造，8000多户居民签约。"
                       "完成签约8260户，拆除房屋1284栋，93017人搬迁安置到位。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座。\n")
    assert quotes(answer("二线插花地棚改那一年里，总共有多少居民被动员搬走并安置好？", store))[:1] == ["93017人"]


def test_an_english_question_whether_something_happened_is_answered_no_where_it_did_not(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某区政府工作报告.txt",
                       "2018年某区政府工作报告\n一、2017年工作回顾\n（一）安全。累计整治各类安全隐患7.2万宗，全年未发生较大以上安全事故。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座。\n")
    result = answer("Did the district have any safety accident of the relatively large grade or worse?", store)
    assert result.kind == "yesno" and result.summary.startswith("No")


def test_words_of_the_genre_the_dictionary_lacks_stay_words_of_the_question(store) -> None:
    q = understand("某市有没有提出碳达峰、碳中和之类的目标？", question_index(store))
    assert {"碳达峰", "碳中和"} <= set(q.terms) | set(q.missing)


def test_rather_and_in_trouble_are_no_cues(store) -> None:
    index = question_index(store)
    assert "compare.zh" not in understand("哪些领域的风险隐患比较大？", index).cues
    assert "problems.zh" not in understand("清掉了多少家出问题的网络借贷平台？", index).cues


def test_trains_are_counted_in_train_calls_and_a_report_named_by_when_it_was_delivered(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2018年某区政府工作报告.txt": "2018年某区政府工作报告\n一、2017年工作回顾\n（一）交通。新建学校4所，建成公园8个。\n二、存在的问题\n"
                                "民生短板仍然突出。\n",
        "2020年某区政府工作报告.txt": "2020年某区政府工作报告\n一、2019年工作回顾\n（一）交通。高铁快捷线延伸，坪山站日停靠列次大幅增至146列次。"
                                "新建学校6所，建成公园9个，新增学位6165座。\n二、存在的问题\n产业空间释放相对滞后。\n"})
    assert quotes(answer("如今某区高铁站一天有多少趟列车停靠？", store))[:1] == ["146列次"]
    result = answer("What shortcomings did the district own up to in the report it delivered in 2020?", store)
    assert result.kind == "problems" and [item.text for item in result.items] == ["产业空间释放相对滞后。"]


def test_each_reports_total_output_is_its_own_clauses_not_a_span_of_time_or_a_ratio_beside_it(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2019年某区政府工作报告.txt": "2019年某区政府工作报告\n一、2018年工作回顾\n（一）经济。辖区地区生产总值突破四千亿元大关，达4018.3亿元。"
                                "高新技术产业增加值440亿元，增长10%，连续17个季度高于GDP增速。新建学校4所。\n",
        "2020年某区政府工作报告.txt": "2020年某区政府工作报告\n一、2019年工作回顾\n（一）经济。预计本区生产总值突破4300亿元。"
                                "万元GDP水耗下降5.3%，全年PM2.5平均浓度37微克/立方米。新建学校6所，建成公园9个。\n"})
    found = quotes(answer("Luohu's GDP year on year: what figure does each of the 2019 and 2020 work reports give?", store))
    assert found == ["4018.3亿元", "突破4300亿元"]


def test_the_scene_before_a_verb_of_what_was_done_is_not_what_is_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2019年某区政府工作报告.txt",
                       "2019年某区政府工作报告\n一、2018年工作回顾\n（一）应急。成功抗击35年以来最强台风“山竹”，平安转移群众8.9万人。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座。过境货车绕行城区，妥善安置施工人员。\n")
    assert quotes(answer("2018年台风“山竹”过境的时候，某区一共紧急撤离安置了多少人？", store))[:1] == ["8.9万人"]


def test_a_threshold_passed_and_a_comparison_are_the_askers_framing(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某区政府工作报告.txt",
                       "2018年某区政府工作报告\n一、2017年工作回顾\n（一）旅游。旅游业总收入首次突破百亿大关，达101.64亿元。\n"
                       "（二）创新。全社会研发投入超过900亿元，占GDP比重4.13%。新建学校4所，建成公园8个。\n")
    assert quotes(answer("某区的旅游业总收入头一回冲过百亿大关，那一年到底收了多少钱？", store))[:1] == ["101.64亿元"]
    assert quotes(answer("2017年花在研发上的钱相当于GDP的百分之几？", store))[:1] == ["4.13%"]


def test_a_report_named_by_year_and_place_with_a_particle_picks_that_report(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2019年某市政府工作报告.txt": "2019年某市政府工作报告\n一、2018年工作回顾\n（一）文化。开工建设海洋博物馆。新建学校4所。\n",
        "2022年某市政府工作报告.txt": "2022年某市政府工作报告\n一、2021年工作回顾\n（一）文化。开工建设自然博物馆。新建学校6所，建成公园9个。\n"})
    result = answer("2019年某市的报告有没有把自然博物馆列进要建的文化设施里？", store)
    assert result.kind == "yesno" and result.summary.startswith("否")


def test_money_spent_is_counted_in_yuan_unless_its_share_is_asked(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某区政府工作报告.txt",
                       "2018年某区政府工作报告\n一、2017年工作回顾\n（一）民生。办成131项民生实事，区财政用于民生投入142.6亿元，"
                       "民生支出占一般公共预算支出87%。\n（二）教育。新建学校4所，建成公园8个，新增学位6165座。\n"
                       "（三）交通。新开通公交线路12条，建成绿道35公里，改造路口40个，新增停车位2000个。\n")
    assert quotes(answer("区里花在民生上的钱有多大？", store))[:1] == ["142.6亿元"]
    assert quotes(answer("花在民生上的钱占一般公共预算支出的比重有多高？", store))[:1] == ["87%"]


def test_the_year_a_report_plans_is_read_from_its_plan_parts_heading(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2023年某市政府工作报告.txt": "2023年某市政府工作报告\n一、2022年工作回顾\n（一）民生。新建学校4所。\n二、2023年工作安排\n（一）民生。新建学校5所。\n",
        "2024年某市政府工作报告.txt": "2024年某市政府工作报告\n一、2023年工作回顾\n（一）民生。新建学校6所，建成公园9个。\n"
                                "二、2024年工作安排\n（一）民生。新增学位6165座。\n"})
    result = answer("2024年那份某市政府工作报告回顾的是哪一年的工作，又部署的是哪一年？", store)
    assert [(item.extra["field"], item.label) for item in result.items] == [("reviewed", "2023年"), ("planned", "2024年")]
    assert result.items[1].source == "2024年工作安排"


def test_a_lead_ending_in_a_colon_opens_the_parts_that_follow_it(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2017年某区政府工作报告.txt",
                       "2017年某区政府工作报告\n一、2016年工作回顾\n（一）民生。新建学校4所，建成公园8个，新增学位6165座。\n"
                       "二、2017年工作安排\n今年主要目标为：本区生产总值增长8%左右。围绕上述目标，突出抓好3大年度工程：\n"
                       "（一）新兴产业带启动工程。建设无边界创新产业园区。\n（二）消费提质产业升级工程。打造国际消费中心。\n"
                       "（三）黄金珠宝产业改革工程。建设珠宝特色街区。\n三、全面加强政府自身建设\n（一）法治。依法行政。\n")
    texts = [item.text or "" for item in answer("2017年报告提出要突出抓好的3大年度工程都有哪些？", store).items]
    assert texts[1:] == ["新兴产业带启动工程", "消费提质产业升级工程", "黄金珠宝产业改革工程"]


def test_money_set_aside_ahead_is_a_plan_and_a_verb_of_giving_is_not_what_is_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某省政府工作报告.txt",
                       "2018年某省政府工作报告\n一、2017年工作回顾\n（一）农村。全面推开新农村建设，从2017年起省财政计划10年投入约1600亿元。"
                       "完成农村危房改造10万户，每户补助不低于2万元，其中省级财政补助1.5万元。\n"
                       "（二）民生。新建学校4所，建成公园8个，新增学位6165座，新开通公交线路12条。\n")
    assert quotes(answer("为了搞新农村建设，省财政打算拿出多少钱？", store))[:1] == ["约1600亿元"]
    assert understand("省财政打算拿出多少钱？", question_index(store)).head != "拿出"
    from kg.ask import vocabulary
    assert re.search(vocabulary.TARGET_CONTEXT, "从2017年起省财政计划10年投入约")


ENGLISH_REPORT = """2024年某区政府工作报告
一、2023年工作回顾
（一）旅游。发展民宿120家，举办帆船赛3场，游客增长12%。全年未发生较大及以上生产安全事故。
（二）经济。地区生产总值增长5.5%，规模以上工业增加值增长6%，新设立企业715户。
（三）民生。新建学校4所，新增学位6165座，建成公园12个，新增就业岗位3.2万个。
二、2024年工作安排
主要预期目标：地区生产总值增长5%左右。我们没有提出进出口增速具体目标。
"""


@pytest.fixture(scope="module")
def english_store(tmp_path_factory: pytest.TempPathFactory):
    return one_report(tmp_path_factory.mktemp("english"), "2024年某区政府工作报告.txt", ENGLISH_REPORT)


def test_a_thing_the_glossary_lacks_is_read_through_the_dictionary(english_store) -> None:
    """homestays (民宿) and casinos (赌场) are in no glossary of the genre: the dictionary renders
    them, and a rendering the report uses is what it mentions."""
    yes = answer("Does the report mention homestays?", english_store)
    assert yes.kind == "yesno" and yes.yes is True and "民宿" in yes.summary
    no = answer("Does the report mention casinos?", english_store)
    assert no.kind == "yesno" and no.yes is False


def test_an_event_the_report_says_did_not_happen_is_a_no(english_store) -> None:
    """未发生较大及以上生产安全事故 answers 'did it suffer any major accidents' with no, and
    没有提出…具体目标 answers 'did it set a target' with no."""
    assert answer("Did the district suffer any major production safety accidents?", english_store).yes is False
    assert answer("Did the district set a specific foreign trade growth target?", english_store).yes is False


def test_a_number_claimed_of_a_thing_must_be_said_of_it(english_store) -> None:
    """6% is the growth of 规模以上工业增加值, not of the GDP: the GDP target of 5% says no."""
    assert answer("Is the district targeting 6% GDP growth?", english_store).yes is False
    assert answer("Did industrial value added grow by 6%?", english_store).yes is True


def test_two_years_joined_before_the_reports_pick_both(tmp_path: Path) -> None:
    """2014年和2018年的报告 names two reports, each answering with its own target; 2018年报告中，
    …2017年 names one report and a year of its data."""
    store = several_reports(tmp_path, {
        f"{year}年某市政府工作报告.txt": f"{year}年某市政府工作报告\n一、{year - 1}年工作回顾\n"
        f"（一）经济。地区生产总值{gdp}亿元，新设立企业{firms}户，新建学校{schools}所。\n"
        f"（二）民生。建成公园{parks}个，新增学位{places}座，新增就业{jobs}万人。\n"
        f"二、{year}年工作安排\n主要预期目标：地区生产总值增长{target}左右。\n"
        for year, gdp, firms, schools, parks, places, jobs, target in (
            (2014, 2100, 715, 4, 12, 6165, 3.2, "7.5%"), (2016, 2300, 815, 5, 14, 7165, 3.5, "7%"),
            (2018, 2500, 915, 6, 16, 8165, 3.8, "6.5%"))
    })
    both = quotes(answer("2014年和2018年的报告分别把GDP增速目标定在多少？", store))
    assert "7.5%左右" in both and "6.5%左右" in both and "7%左右" not in both
    assert quotes(answer("2018年报告中，某市2017年地区生产总值是多少？", store))[:1] == ["2500亿元"]


def test_a_thing_the_reports_never_name_is_not_there_whatever_verb_they_share(tmp_path: Path) -> None:
    """申办全运会 does not say 申办奥运会: the verb is shared, the thing asked about is not."""
    store = one_report(tmp_path, "2026年某省政府工作报告.txt",
                       "2026年某省政府工作报告\n一、2025年工作回顾\n（一）文体。成功申办第十六届全运会，新建体育公园12个，"
                       "新增学位6165座，新设立企业715户，建成公园14个，新建学校4所。\n")
    no = answer("某省有没有说要申办奥运会？", store)
    assert no.kind == "yesno" and no.yes is False and "奥运会" in no.summary
    assert answer("某省有没有申办全运会？", store).yes is True


def test_english_glossary_of_the_reports_nouns_renders_only_words_they_use(tmp_path: Path) -> None:
    """glossary.tsv renders aquaculture as 养殖, which the report uses; public places (公共场所) it
    does not use, and that alone does not make the question's topic unmentioned."""
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）农业。水产养殖面积1.2万亩。\n"
                       "（二）民生。在公共区域建成羽毛球场40片。" + OTHER_FIGURES + "\n")
    found = understand("How much badminton was built in public places?", question_index(store))
    assert found.terms == ["羽毛球"] and not found.missing
    assert "1.2万亩" in quotes(answer("How large is the aquaculture area?", store))


def test_a_project_asked_at_a_later_stage_than_the_report_says_is_a_no(tmp_path: Path) -> None:
    """开工建设…附属医院 does not say the hospital is built; 核电三期项目获国家核准 does not say it
    started; 西丽枢纽正式开工 says the hub started, though the question calls it 高铁枢纽."""
    store = one_report(tmp_path, "2023年某区政府工作报告.txt",
                       "2023年某区政府工作报告\n一、2022年工作回顾\n（一）民生。开工建设某大学总医院二期、某科技大学附属医院。"
                       "新增学位6165座。\n（二）能源。某门核电三期项目获国家核准，另一核电二期项目开工建设。建成公园14个。\n"
                       "（三）交通。西丽枢纽“十年磨一剑”正式开工，推动某区迈入高铁时代。新设立企业715户。新建学校4所。\n")
    assert answer("某科技大学附属医院已经建成开诊了吗？", store).yes is False
    assert answer("西丽高铁枢纽已经动工了吗？", store).yes is True
    assert answer("某区有没有开工建设某大学总医院二期？", store).yes is True


def test_a_claimed_number_is_not_the_end_of_another(tmp_path: Path) -> None:
    """增长17% does not say 7%."""
    store = one_report(tmp_path, "2023年某区政府工作报告.txt",
                       "2023年某区政府工作报告\n一、2022年工作回顾\n（一）经济。本地生产总值1200亿元，增长17%。\n"
                       "（二）民生。" + OTHER_FIGURES + "\n")
    assert answer("某区2022年本地生产总值是否增长了7%？", store).yes is False
    assert answer("某区2022年本地生产总值是否增长了17%？", store).yes is True



def test_a_report_named_in_english_with_its_place_picks_that_report(tmp_path: Path) -> None:
    """'the 2016 Moushi work report says' names the 2016 report (which reviews 2015), though a
    place stands between the year and the report and 'says' follows it."""
    store = several_reports(tmp_path, {
        f"{year}年某市政府工作报告.txt": f"{year}年某市政府工作报告\n一、{year - 1}年工作回顾\n"
        f"（一）经济。地区生产总值{gdp}亿元，新设立企业{firms}户，新建学校{schools}所。\n"
        f"（二）民生。建成公园{parks}个，新增学位{places}座，新增就业{jobs}万人。\n"
        f"二、{year}年工作安排\n主要预期目标：地区生产总值增长{target}左右。\n"
        for year, gdp, firms, schools, parks, places, jobs, target in (
            (2016, 2300, 815, 5, 14, 7165, 3.5, "7%"), (2018, 2500, 915, 6, 16, 8165, 3.8, "6.5%"))
    })
    assert quotes(answer("How much GDP does the 2016 Moushi work report say the city had?", store))[:1] == ["2300亿元"]
    assert quotes(answer("How much GDP does the 2018 report say the city had?", store))[:1] == ["2500亿元"]


def test_plans_about_a_topic_no_plan_names_are_not_every_plan(tmp_path: Path) -> None:
    """No plan speaks of 债务: the answer is the passage that does, not the report's every plan;
    nothing about 托育 at all: not mentioned."""
    store = one_report(tmp_path, "2024年某区政府工作报告.txt",
                       "2024年某区政府工作报告\n一、2023年工作回顾\n（一）财政。化解政府债务12亿元。\n"
                       "（二）民生。" + OTHER_FIGURES + "\n"
                       "二、2024年工作安排\n（一）教育。新建学校10所。\n（二）交通。新建道路8条。\n（三）生态。新建公园6个。\n")
    debt = answer("某区今年在政府债务方面有什么打算？", store)
    assert debt.kind == "plans" and [item.text for item in debt.items] == ["财政。化解政府债务12亿元。"]
    assert answer("某区今年在婴幼儿托育方面有什么打算？", store).absent


def test_what_was_a_quantity_asks_its_figure(english_store) -> None:
    """What was the district's GDP growth: a figure, though no 'how much' asks it."""
    result = answer("What was GDP growth in 2023?", english_store)
    assert result.kind == "figures" and quotes(result)[:1] == ["5.5%"]


def test_a_ceiling_set_for_a_year_another_report_reviews_is_not_what_it_was(tmp_path: Path) -> None:
    """2023年失业率是多少, with the 2024 report reviewing 2023: the 2023 report's 控制在3%以内 is
    a ceiling, not the rate, and 实际降到了多少 asks no target at all."""
    store = several_reports(tmp_path, {
        "2023年某区政府工作报告.txt": "2023年某区政府工作报告\n一、2022年工作回顾\n（一）民生。城镇登记失业率2.1%。新增学位6165座。\n"
                                    "（二）经济。新设立企业715户。建成公园14个。\n"
                                    "二、2023年工作安排\n主要预期目标：城镇登记失业率控制在3%以内，PM2.5年均浓度降至20微克/立方米以下。\n",
        "2024年某区政府工作报告.txt": "2024年某区政府工作报告\n一、2023年工作回顾\n（一）民生。新增学位7165座。新建学校4所。\n"
                                    "（二）经济。新设立企业815户。建成公园16个。\n"
                                    "二、2024年工作安排\n主要预期目标：城镇登记失业率控制在3%以内。\n",
    })
    assert "3%以内" not in quotes(answer("2023年某区的城镇登记失业率是多少？", store))
    assert "20微克/立方米以下" not in quotes(answer("2023年某区PM2.5年均浓度实际降到了多少？", store))
    assert "2.1%" in quotes(answer("2022年某区的城镇登记失业率是多少？", store))


def test_the_year_planned_read_from_a_heading_about_the_years_work(tmp_path: Path) -> None:
    """三、关于2024年工作 heads the part that plans 2024, asked in English with the place between."""
    store = one_report(tmp_path, "2024年某省政府工作报告.txt",
                       "2024年某省政府工作报告\n一、2023年工作回顾\n（一）经济。地区生产总值1200亿元。新增学位6165座。\n"
                       "二、“十五五”时期主要目标任务\n（一）总体目标。基本实现现代化。\n"
                       "三、关于2024年工作\n（一）教育。新建学校10所。\n")
    result = answer("What year does the Moushen report plan for?", store)
    assert result.kind == "report" and [item.text for item in result.items] == ["planned: 2024"]


def test_who_delivered_the_report_named_is_no_topic(tmp_path: Path) -> None:
    """国务院2020年报告提到了哪些文件: 国务院 delivered the report asked about; it is no topic."""
    body = ("各位代表：\n现在，我代表{who}，向大会作政府工作报告，请予审议。\n一、{prev}年工作回顾\n"
            "（一）改革。出台《外商投资法实施条例》，新设立企业715户。\n（二）民生。新增学位6165座。建成公园14个。新建学校4所。\n")
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2020年.txt": body.format(who="国务院", prev=2019),
        "2020年某省政府工作报告.txt": "2020年某省政府工作报告\n" + body.format(who="省人民政府", prev=2019).replace("外商投资法实施条例", "某省促进条例"),
    })
    result = answer("国务院2020年报告提到了哪些文件？", store)
    assert result.kind == "list" and [item.label for item in result.items] == ["外商投资法实施条例"]


def test_life_expectancy_is_no_figure_per_head(tmp_path: Path) -> None:
    """人均预期寿命达77.1岁 is how long people live, not an amount per head: 多少岁 finds it."""
    store = one_report(tmp_path, "2016年某省政府工作报告.txt",
                       "2016年某省政府工作报告\n一、2015年工作回顾\n（一）民生。人均预期寿命达77.1岁，城镇累计新增就业824.2万人。\n"
                       "（二）经济。" + OTHER_FIGURES + "\n")
    assert quotes(answer("某省人均预期寿命是多少岁？", store))[:1] == ["77.1岁"]
    assert quotes(answer("照报告的说法，现在平均能活到多少岁？", store))[:1] == ["77.1岁"]


def test_what_a_figure_is_to_reach_asks_its_target(tmp_path: Path) -> None:
    """要冲到多少 asks where the plan sets it, not what it was."""
    store = one_report(tmp_path, "2021年某区政府工作报告.txt",
                       "2021年某区政府工作报告\n一、2020年工作回顾\n（一）经济。全年地区生产总值1020.9亿元。\n"
                       "（二）民生。" + OTHER_FIGURES + "\n"
                       "二、“十四五”时期主要目标\n（一）经济。地区生产总值达到1750亿元。\n")
    assert "1750亿元" in quotes(answer("到“十四五”末，GDP要冲到多少？", store))


def test_two_numbers_asked_with_how_long_are_both_answered(store) -> None:
    """有几条、总里程多长: 多长 asks the second number as 多少 would."""
    assert {"8条", "45.2公里"} <= set(quotes(answer("某市已开通的地铁线路有几条、总里程多长？", store)))


def test_words_in_brackets_that_explain_an_english_term_are_not_required(store) -> None:
    index = question_index(store)
    explained = understand("How many subway lines (run by enterprises, with their data and stations) are open?", index)
    plain = understand("How many subway lines are open?", index).terms
    assert explained.terms == plain and any("地铁" in term for term in plain)
    renamed = understand("What was the economy (GDP) target?", index)
    assert "生产总值" in renamed.terms


def test_characters_joined_into_a_word_the_reports_never_use_split_into_two_they_do(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某市2014年政府工作报告.txt", "某市2014年政府工作报告\n一、2013年工作回顾\n"
                       "前海开发开放提速。产业准入目录出台，入区企业超过3500家。\n"
                       "城镇新增就业2.1万人。地区生产总值增长9%。新建公园12个。\n")
    found = understand("前海入区企业有多少家了？", question_index(store))
    assert {"前海", "入区"} <= set(found.terms) and not found.missing
    assert quotes(answer("前海入区企业有多少家了？", store)) == ["超过3500家"]


def test_a_place_names_the_report_of_its_own_government_not_one_of_a_district_inside_it(tmp_path: Path) -> None:
    body = "一、2013年工作回顾\n地区生产总值增长{}%。城镇新增就业{}万人。新建公园{}个。\n"
    store = several_reports(tmp_path, {
        "广东省政府工作报告_2014年.txt": "广东省政府工作报告\n" + body.format(8.5, 2.1, 30),
        "深圳市政府工作报告_2014年.txt": "深圳市政府工作报告\n" + body.format(10.5, 1.2, 12),
        "福田区政府工作报告（2014）_2014.txt": "福田区政府工作报告\n" + body.format(9.3, 0.3, 3),
    })
    index = question_index(store)
    for question in ("Which government body delivered the Shenzhen 2014 government work report?",
                     "深圳2014年的报告是哪个政府作的？"):
        found = understand(question, index)
        assert [report.label for report in found.reports or []] == ["深圳市政府工作报告"], question
    assert [r.label for r in understand("福田和深圳2014年的报告", index).reports or []] == ["深圳市政府工作报告", "福田区政府工作报告"]


def test_colloquial_words_for_difficulties_ask_the_problems_and_a_management_committee_names_its_report(store) -> None:
    index = question_index(store)
    decide = importlib.import_module("kg.ask.answer").decide
    for question in ("某市自己说眼下碰到了哪些难处？", "发展中还有哪些难题和堵点？"):
        assert decide(understand(question, index)) == "problems", question
    named = understand("某区管委会那份工作报告给2024年定的地区生产总值目标是多少？", index)
    assert "管委" not in named.terms and named.report_span is not None


def test_english_words_for_difficulties_ask_the_problems(store) -> None:
    index = question_index(store)
    decide = importlib.import_module("kg.ask.answer").decide
    for question in ("What difficulties does the city still face?", "Where did the city fall short, and what obstacles remain?"):
        assert decide(understand(question, index)) == "problems", question


def test_a_thing_of_two_characters_the_reports_never_name_beside_a_verb_they_use_is_a_no(store) -> None:
    result = answer("报告里有没有提到发展氢能？", store)
    assert result.kind == "yesno" and result.yes is False
    assert answer("报告里有没有提到地铁建设？", store).yes is True


def test_each_part_of_a_hyphenated_english_name_is_looked_up(store) -> None:
    found = understand("Is the Hong Kong-Zhuhai-Macao Bridge mentioned?", question_index(store))
    renderings = {word for term in found.terms + found.missing for word in term.split("|")}
    assert {"香港", "澳门", "大桥"} <= renderings
    assert answer("Is the Hong Kong-Zhuhai-Macao Bridge mentioned?", store).yes is False


def test_words_the_reports_use_before_an_ending_they_never_write_with_them_name_a_missing_thing(store) -> None:
    found = understand("报告有没有提出要建设地铁站？", question_index(store))
    assert found.missing == ["地铁站"]
    assert answer("报告有没有提出要建设地铁站？", store).yes is False
    assert answer("报告有没有提出要建设地铁？", store).yes is True


def test_a_session_named_in_english_picks_its_report_and_asks_no_report_fact(tmp_path: Path) -> None:
    body = "一、过去一年工作回顾\n城镇新增就业{}万人。新建公园{}个。\n二、存在的问题\n{}。\n"
    store = several_reports(tmp_path, {
        "某区第五届人民代表大会第九次会议政府工作报告_2016.txt": "政府工作报告\n——2016年1月在某区第五届人民代表大会第九次会议上\n"
        + body.format(2.1, 30, "产业结构不优"),
        "某区第六届人民代表大会第一次会议政府工作报告_2016.txt": "政府工作报告\n——2016年9月在某区第六届人民代表大会第一次会议上\n"
        + body.format(1.2, 12, "交通拥堵仍然突出"),
    })
    index = question_index(store)
    for question in ("What problems did the report to the 1st session of the 6th district congress admit?",
                     "What problems did the report (6th district congress, 1st session) admit?"):
        found = understand(question, index)
        assert [r.occasion for r in found.reports or []] == ["某区第六届人民代表大会第一次会议"], question
        assert not found.fields, question


def test_a_five_year_plan_named_as_a_period_asks_no_plans(store) -> None:
    index = question_index(store)
    decide = importlib.import_module("kg.ask.answer").decide
    during = understand("How many kilometres of metro lines were opened during the 13th Five-Year Plan?", index)
    assert decide(during) == "figures" and not during.strength("plans")
    assert decide(understand("What does the city plan for metro lines?", index)) == "plans"


def test_growth_of_an_amount_per_head_does_not_answer_growth_of_the_total(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某省2014年政府工作报告.txt", "某省2014年政府工作报告\n一、2013年工作回顾\n"
                       "全省生产总值62164亿元，比上年增长8.5%；人均生产总值58540元、增长7.8%。\n"
                       "城镇新增就业2.1万人。新建公园12个。进出口总额1.09万亿美元。\n")
    assert quotes(answer("全省GDP增速是多少？", store))[:1] == ["8.5%"]
    assert quotes(answer("人均GDP增长了多少？", store))[:1] == ["7.8%"]


def test_two_words_no_passage_holds_together_back_off_to_passages_holding_one(store) -> None:
    result = answer("报告对地铁方面的试点讲了什么？", store)
    assert result.kind == "topic" and result.items


def test_a_field_said_once_brings_the_few_passages_on_what_it_is_of(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某省2026年政府工作报告.txt", "某省2026年政府工作报告\n一、2025年工作回顾\n"
                       "（一）产业。培育低空经济等新兴产业，新建公园12个。\n（二）试点。开展低空运行管理试点，释放空域资源。\n"
                       "（三）数字。建设数字政府，城镇新增就业2.1万人。\n")
    texts = [item.text or "" for item in answer("某省在低空经济方面讲了些什么？", store).items]
    assert any("低空运行管理试点" in text for text in texts) and not any("数字政府" in text for text in texts)


def test_a_shortcoming_to_make_good_asked_with_a_plan_asks_the_plans(store) -> None:
    decide = importlib.import_module("kg.ask.answer").decide
    assert decide(understand("未来某市准备怎样补齐地铁建设这块短板？", question_index(store))) == "plans"


def test_what_was_done_brings_the_review_before_the_plans(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某市2024年政府工作报告.txt", "某市2024年政府工作报告\n一、2023年工作回顾\n"
                       "（一）交通。开通地铁线路2条，公交线网优化调整。\n（二）就业。城镇新增就业2.1万人。\n"
                       "二、2024年工作安排\n（一）推进地铁线网建设，再开工3条。\n（二）就业。城镇新增就业2.2万人。\n")
    done = [item.text or "" for item in answer("在地铁线网建设方面做了哪些事？", store).items]
    assert "开通地铁线路2条" in done[0]
    assert "推进地铁线网建设" in (answer("在地铁线网建设方面打算做什么？", store).items[0].text or "")


def test_what_is_counted_said_only_in_another_clause_of_a_list_of_targets_does_not_answer(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某省2026年政府工作报告.txt", "某省2026年政府工作报告\n一、2025年工作回顾\n城镇新增就业2.1万人。新建公园12个。"
                       "新建学校4所。改造老旧小区300个。新增学位6165座。建成绿道120公里。\n"
                       "二、2026年工作安排\n主要预期目标是：地区生产总值增长4.5%左右，居民人均可支配收入增长与经济增长同步，"
                       "粮食总产量稳定在1955万吨以上。\n")
    assert quotes(answer("今年的经济增长预期目标定在多少？", store))[:1] == ["4.5%左右"]


def test_documents_counted_with_ji_fen_are_a_list_not_reports_compared(store) -> None:
    decide = importlib.import_module("kg.ask.answer").decide
    assert decide(understand("这份报告点名引用了哪几份文件？", question_index(store))) == "list"


def test_mass_and_social_organisations_asked_for_are_a_list(store) -> None:
    decide = importlib.import_module("kg.ask.answer").decide
    assert decide(understand("报告肯定了哪些群团和社会组织的作用？", question_index(store))) == "list"


def test_a_tax_said_alone_and_a_verb_direction_ask_for_the_tax_revenue(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2016年政府工作报告.txt", "某区2016年政府工作报告\n一、2015年工作回顾\n"
                       f"辖区税收718亿元、财政收入144.8亿元。地方政府专项债券额度12亿元。{OTHER_FIGURES}\n")
    assert quotes(answer("某区一年收上来的税有多少亿？", store))[:1] == ["718亿元"]
    # after a word of its own the character ends a name: 隐性债 is no 债务 of its own
    assert "债务" not in understand("化解了多少隐性债？", question_index(store)).terms


def test_a_river_named_after_the_place_is_a_topic_of_the_plans(tmp_path: Path) -> None:
    store = one_report(tmp_path, "坪山区2017年政府工作报告.txt", "坪山区2017年政府工作报告\n一、2016年工作回顾\n"
                       "（一）建成公园5个。\n二、2017年工作安排\n（一）开展交通拥堵综合治理行动，实施客货分流。\n"
                       "（二）夯实安全稳定基础，大力治理城市病。\n（三）推动坪山河生态品质提升，实现干流水质达V类。\n")
    result = answer("坪山区今年准备怎么治理坪山河？", store)
    assert result.kind == "plans"
    assert "坪山河" in (result.items[0].text or "")


def test_documents_asked_with_kinds_in_brackets_and_how_they_came_about_are_listed(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2024年政府工作报告.txt", "某区2024年政府工作报告\n一、2023年工作回顾\n"
                       "（一）出台《某区廉洁合规治理工作方案》，执行《中小企业划型标准》。\n"
                       "（二）制定了《某区法治政府建设实施方案》。新建学校4所。\n")
    for question in ("某区的报告里引用了哪些政策文件（条例、方案、标准）？", "某区出台或制定了哪些政策文件和方案？",
                     "报告引用了哪些带书名号的文件（方案、标准之类）？"):
        result = answer(question, store)
        assert result.kind == "list", question
        assert {"某区廉洁合规治理工作方案", "中小企业划型标准", "某区法治政府建设实施方案"} <= {i.label for i in result.items}, question


def test_a_growth_asked_is_not_a_share_of_the_same_total(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2018年政府工作报告.txt", "某区2018年政府工作报告\n一、2017年工作回顾\n新建学校4所。\n"
                       "二、2018年工作安排\n（一）提升金融业支柱地位，金融业增加值占GDP比重增至8%。\n"
                       f"（二）今年主要预期目标是：本地生产总值增长8.5%以上。{OTHER_FIGURES}\n")
    assert quotes(answer("某区给今年定的经济增速目标是多少？", store))[:1] == ["8.5%以上"]


def test_two_reports_each_named_by_place_and_year_are_both_answered(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "南山区2018年政府工作报告.txt": "南山区2018年政府工作报告\n一、2017年工作回顾\n本地生产总值达4601.5亿元。新建学校4所。\n",
        "坪山区2019年政府工作报告.txt": "坪山区2019年政府工作报告\n一、2018年工作回顾\n全年地区生产总值达700亿元左右。新建公园3个。\n",
        "坪山区2018年政府工作报告.txt": "坪山区2018年政府工作报告\n一、2017年工作回顾\n全年地区生产总值达600亿元。新建公园2个。\n",
    })
    found = quotes(answer("南山2018年报告和坪山2019年报告里，各自的GDP总量是多少", store))
    assert "4601.5亿元" in found and "700亿元左右" in found and "600亿元" not in found


def test_foreign_investment_actually_used_is_the_reports_utilised_foreign_capital(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2022年政府工作报告.txt", "某区2022年政府工作报告\n一、2021年工作回顾\n"
                       f"全年实际利用外资4亿美元，同比增长13倍。{OTHER_FIGURES}\n")
    assert "4亿美元" in quotes(answer("How much foreign direct investment did the district actually use in 2021?", store))


def test_the_day_a_disclosure_page_published_the_report_answers_when_it_went_online(tmp_path: Path) -> None:
    menus = "\n".join(["首页", "政务公开", "政府信息公开", "规章库", "高级搜索", "搜索位置", "标题", "全文"] * 6)
    store = one_report(tmp_path, "某区2021年政府工作报告.txt", f"某区人民政府\n{menus}\n"
                       " 索引号： \t114403006955506492/2021-00545\t 分类： \t\n"
                       " 发布机构： \t某区人民政府\t 成文日期：\t2021-02-02\n"
                       " 文号： \t\t 发布日期： \t2021-02-04\n")
    result = answer("2021年某区政府工作报告是哪天在网上发布的？", store)
    assert result.kind == "report"
    assert {(i.extra["field"], i.label) for i in result.items} == {("published", "2021-02-04"), ("date", "2021-02-02")}


def test_years_that_are_only_years_of_reports_name_the_reports(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院2019年政府工作报告.txt": f"国务院2019年政府工作报告\n一、2018年工作回顾\n货物进出口总额超过30万亿元。{OTHER_FIGURES}\n"
                                  "二、2019年工作安排\n促进外贸稳中提质。\n",
        "广东省2017年政府工作报告.txt": f"广东省2017年政府工作报告\n一、2016年工作回顾\n进出口总额达6.3万亿元。{OTHER_FIGURES}\n",
        "深圳市2021年政府工作报告.txt": f"深圳市2021年政府工作报告\n一、2020年工作回顾\n进出口总额达3.05万亿元。{OTHER_FIGURES}\n",
    })
    result = answer("Compare foreign trade reported by the State Council in 2019, Guangdong in 2017 and "
                    "Shenzhen in 2021.", store)
    said = " ".join(f"{item.text} {item.source}" for item in result.items)
    assert all(number in said for number in ("30万亿元", "6.3万亿元", "3.05万亿元")), said


def test_a_share_of_spending_on_research_is_its_intensity(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "广东省2017年政府工作报告.txt": "广东省2017年政府工作报告\n一、2016年工作回顾\n地区生产总值增长7.5%。"
                                  f"自主创新能力进一步提升，全省研发经费支出占比提高到2.58%。{OTHER_FIGURES}\n",
        "深圳市2021年政府工作报告.txt": f"深圳市2021年政府工作报告\n一、2020年工作回顾\n全社会研发投入占地区生产总值比重达4.93%。{OTHER_FIGURES}\n",
    })
    found = quotes(answer("广东2016年和深圳2020年的研发投入强度（R&D占GDP比重）各是多少？", store))
    assert "2.58%" in found and "4.93%" in found


def test_a_change_claimed_to_another_number_than_the_reports_is_not_borne_out(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院2019年政府工作报告.txt", "国务院2019年政府工作报告\n一、2019年工作安排\n"
                       "（一）深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业等行业现行10%的税率降至9%。\n"
                       "（二）新建学校4所。\n")
    assert answer("报告是不是说要把制造业增值税税率从16%直接降到10%？", store).yes is False
    assert answer("报告是不是说要把制造业增值税税率从16%降到13%？", store).yes is True


def test_provinces_named_by_their_one_character_names_are_compared(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年云南省政府工作报告.txt": f"2026年云南省政府工作报告\n一、2025年工作回顾\n完成地区生产总值32765亿元、增长4.1%。{OTHER_FIGURES}\n",
        "2026年贵州省政府工作报告.txt": f"2026年贵州省政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长4.9%。{OTHER_FIGURES}\n",
        "2026年陕西省政府工作报告.txt": f"2026年陕西省政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.1%。{OTHER_FIGURES}\n",
        "2026年山西省政府工作报告.txt": f"2026年山西省政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.4%。{OTHER_FIGURES}\n",
    })
    q = understand("滇黔陕三省2025年GDP各增长了多少，哪个最快？", question_index(store))
    assert "三省" not in q.terms and not q.missing
    said = " ".join(quotes(answer("滇黔陕三省2025年GDP各增长了多少，哪个最快？", store)))
    assert all(rate in said for rate in ("4.1%", "4.9%", "5.1%")) and "5.4%" not in said


def test_how_long_asks_a_time(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       f"旅居某省成为大产业，2025年旅居人数超550万、平均居住83天。{OTHER_FIGURES}\n")
    assert quotes(answer("2025年到某省旅居的人有多少？平均住了多久？", store)) == ["550万", "83天"]


def test_a_target_for_a_year_after_the_report_is_the_one_that_sentence_sets(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       f"居民人均可支配收入6.8万元。{OTHER_FIGURES}\n二、“十五五”时期主要目标\n"
                       "到2030年，城乡居民收入差距进一步缩小，居民人均可支配收入达到9万元左右。\n"
                       "三、2026年工作安排\n（一）严守耕地红线，确保粮食播种面积1530万亩、总产量125亿斤。\n"
                       "（二）力争全社会研发投入强度达到3.35%。\n（三）到2030年全社会研发投入强度达到3.5%以上。\n")
    assert quotes(answer("到2030年，某省希望居民人均可支配收入达到什么水平？", store))[:1] == ["9万元左右"]
    result = answer("某省今年粮食播种面积和总产量要守住多少？", store)
    assert result.kind == "figures" and "1530万亩、总产量125亿斤" in (result.items[0].text or "")
    # 要达到3.35% claims the target set for 2030, which is 3.5%, not a value passed
    assert answer("某省提出到2030年全社会研发投入强度要达到3.35%，对吗？", store).yes is False


def test_the_growth_of_another_total_in_the_same_sentence_is_not_asked(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2021年政府工作报告.txt", "某区2021年政府工作报告\n一、2020年工作回顾\n新建学校4所。\n"
                       "二、2021年工作安排\n综合各方面因素，今年全区经济社会发展主要目标为：地区生产总值增长8%以上，"
                       f"一般公共预算收入增长5%左右。{OTHER_FIGURES}\n")
    assert quotes(answer("这份报告给当年定的GDP增长目标是多少？", store))[:1] == ["8%以上"]


def test_a_five_year_period_asked_in_english_asks_what_it_did_in_all(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某区政府工作报告.txt", "2026年某区政府工作报告\n一、过去五年工作回顾\n"
                       f"这五年累计完成生态建设1.23亿亩、防沙治沙6688万亩。{OTHER_FIGURES}\n二、2026年工作安排\n"
                       "（一）完成生态建设任务4000万亩，其中防沙治沙1500万亩。\n")
    q = understand("How much land was treated for desertification during the 14th Five-Year Plan period?", question_index(store))
    assert not any("十四五" in t for t in q.terms)
    assert quotes(answer("How much land was treated for desertification during the 14th Five-Year Plan period?",
                         store))[:1] == ["6688万亩"]


def test_which_ranks_first_and_gaps_between_rates_are_not_what_is_asked(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年湖南省政府工作报告.txt": "2026年湖南省政府工作报告\n一、2025年工作回顾\n全省地区生产总值达到5.53万亿元、增长4.8%。"
                                  f"农村居民收入增长5.8%、快于经济增速1个百分点。{OTHER_FIGURES}\n",
        "2026年湖北省政府工作报告.txt": f"2026年湖北省政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.5%。{OTHER_FIGURES}\n",
    })
    q = understand("湘鄂两省2025年经济增速各是多少，哪个最快？", question_index(store))
    assert q.terms == ["经济增速"]
    assert set(quotes(answer("湘鄂两省2025年经济增速各是多少，哪个最快？", store))) == {"4.8%", "5.5%"}
    assert "1个百分点" in quotes(answer("湖南农村居民收入增长比经济增速快了多少？", store))


def test_visitors_from_abroad_are_the_reports_inbound_tourists(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       f"旅游总花费增长13.8%，接待入境游客超60万人次。{OTHER_FIGURES}\n")
    assert "60万人次" in quotes(answer("2025年某省接待了多少境外游客？", store))


def test_a_project_at_an_earlier_stage_is_read_from_the_clause_naming_most_of_it(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       "（一）能源保障。三门核电三期项目获国家核准，三澳核电二期、六横接收站等项目开工建设。\n"
                       f"（二）民生。{OTHER_FIGURES}\n")
    assert answer("某省三门核电三期项目2025年是否已经开工建设？", store).yes is False
    assert answer("某省三澳核电二期项目2025年是否已经开工建设？", store).yes is True


def test_the_genres_words_in_english_reach_the_reports_words(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       f"新增精品民宿320家。化解信访积案1800件。{OTHER_FIGURES}\n")
    assert "320家" in quotes(answer("How many homestays were added?", store))
    assert "1800件" in quotes(answer("How many backlogged petition cases were resolved? (the petition backlog)", store))


def test_the_things_a_question_counts_are_those_a_passage_announces_in_that_number(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       "（一）为民排忧解难。省政府承诺的3件民生实事全部兑现，城镇新增就业47.3万人。\n"
                       "二、2026年工作安排\n悠悠万事，民生为大。今年再办好3件民生实事。一是为怀孕妇女提供免费产前筛查。"
                       "二是为既有住宅加装电梯600部。三是免费送戏下乡1万场。\n")
    said = [item.text or "" for item in answer("某省今年承诺办的3件民生实事都包括哪些？", store).items]
    assert any("产前筛查" in text for text in said) and any("送戏下乡" in text for text in said)


def test_a_compared_figure_whose_whole_name_no_report_uses_is_not_given(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2023年甲区政府工作报告.txt": f"2023年甲区政府工作报告\n一、2022年工作回顾\n实现消费帮扶22.7亿元，居民人均可支配收入增长5%。{OTHER_FIGURES}\n",
        "2024年乙区政府工作报告.txt": f"2024年乙区政府工作报告\n一、2023年工作回顾\n社会消费品零售额增长8%，居民就业稳定。{OTHER_FIGURES}\n",
    })
    result = answer("各区报告里居民消费价格（CPI）涨了多少？", store)
    assert result.absent and not result.items


def test_the_nations_report_is_named_by_the_whole_country_or_the_state_council(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院2022年政府工作报告.txt": "国务院2022年政府工作报告\n一、2021年工作回顾\n城镇新增就业1269万人。"
                                  f"{OTHER_FIGURES}\n二、2022年工作安排\n城镇新增就业1100万人以上。\n",
        "广东省2022年政府工作报告.txt": "广东省2022年政府工作报告\n一、2021年工作回顾\n全省城镇新增就业140万人以上。"
                                  f"{OTHER_FIGURES}\n二、2022年工作安排\n城镇新增就业110万人以上。\n",
    })
    found = quotes(answer("2022年全国城镇新增就业的目标定在多少人？", store))
    assert "1100万人以上" in found and "110万人以上" not in found
    assert "110万人以上" not in quotes(answer("国务院报告里城镇新增就业的目标是多少？", store))


def test_an_issue_asked_for_the_reports_stance_and_how_it_was_done_are_topics(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2021年政府工作报告.txt", "某区2021年政府工作报告\n一、2020年工作回顾\n"
                       "（一）全力抗击疫情，迅速完成6.6万人抗疫力量部署，疫情防控取得阶段性胜利。\n（二）新增学位6165座。\n（三）新设立企业715户。\n"
                       "（四）建成公园14个。\n二、2021年工作安排\n"
                       "（一）继续保障好群众住房需求，坚持房子是用来住的、不是用来炒的定位。\n（二）毫不松懈抓好疫情防控。\n")
    assert answer("报告对楼市、住房问题是怎么表态的？", store).kind == "topic"
    result = answer("2021年报告里某区的疫情防控是怎么做的？", store)
    assert result.kind == "topic" and any("6.6万人" in (item.text or "") for item in result.items)


def test_the_end_of_a_plan_period_asks_its_target(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年甘肃省政府工作报告.txt", "2026年甘肃省政府工作报告\n一、2025年工作回顾\n"
                       f"完成造林2214.54万亩，森林覆盖率提高1.64个百分点。{OTHER_FIGURES}\n"
                       "二、“十五五”时期主要目标\n（一）生态环境全面改善。森林覆盖率达到13.52%、林草覆盖率达到44.79%。\n")
    assert "13.52%" in quotes(answer("“十五五”末甘肃森林覆盖率要提到百分之多少？", store))


def test_a_gap_asked_as_a_number_is_no_problem_admitted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某省政府工作报告.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n"
                       f"全体居民人均可支配收入年均增长6.8%，城乡居民收入比值由3.27缩小至2.93。{OTHER_FIGURES}\n"
                       "我们也清醒看到，发展不充分的问题依然突出，城乡差距较大。\n")
    assert answer("城乡居民收入差距缩小到了几倍？", store).kind != "problems"
    assert answer("报告承认城乡之间还有哪些差距？", store).kind == "problems"


def test_what_a_clause_before_de_describes_is_what_is_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2019年政府工作报告.txt", "某区2019年政府工作报告\n一、2018年工作回顾\n"
                       f"招商引资成效显著，引进超亿元项目193个。安排政府投资项目3532个。{OTHER_FIGURES}\n")
    assert quotes(answer("2018年某区引进了多少个投资超过一亿元的项目？", store))[:1] == ["193个"]


def test_a_paragraph_of_thanks_still_tells_what_the_year_went_through(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2019年政府工作报告.txt", "某区2019年政府工作报告\n一、2018年工作回顾\n"
                       f"（一）新建学校4所。{OTHER_FIGURES}\n过去一年，辖区人民众志成城，成功抵御了35年来最强台风“山竹”侵袭。"
                       "在此，我代表区人民政府，向全区人民表示衷心的感谢！\n")
    assert answer("Does the report mention Typhoon Mangkhut (山竹)?", store).yes is True


def test_the_annex_included_asks_every_document(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2019年政府工作报告.txt", "某区2019年政府工作报告\n一、2018年工作回顾\n"
                       "（一）出台《某区现代产业体系中长期发展规划三年行动方案》。\n（二）落实《某区棚户区改造实施办法》。\n"
                       "（三）产业资金政策体系的说明见附件。\n"
                       "附件\n名词解释\n1.“1+9+N”产业资金政策体系：指某区促进辖区产业发展的系列政策文件。\n")
    found = {item.label for item in answer("报告（含附件）引用了哪些政策文件？", store).items}
    assert {"某区现代产业体系中长期发展规划三年行动方案", "某区棚户区改造实施办法"} <= found


def test_firms_having_a_hard_time_are_a_problem_admitted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年某市政府工作报告.txt", "2026年某市政府工作报告\n一、2025年工作回顾\n"
                       f"（一）某某集团完成重组。{OTHER_FIGURES}\n同时，我们也清醒认识到，工作中还存在不少问题：中小微企业生产经营困难。\n")
    result = answer("According to the report, which enterprises are having a hard time operating?", store)
    assert result.kind == "problems" and any("中小微企业生产经营困难" in (item.text or "") for item in result.items)


def test_foreign_capital_brought_in_and_burdens_lifted_are_the_reports_words(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某省2022年政府工作报告.txt", "某省2022年政府工作报告\n一、2021年工作回顾\n"
                       f"全省实际利用外资1840亿元、增长13.6%。全年为企业减负超过1400亿元。PM2.5浓度降至30微克/立方米。{OTHER_FIGURES}\n")
    assert "1840亿元" in quotes(answer("某省2021年引进外资实际到位了多少？", store))
    assert "超过1400亿元" in quotes(answer("2021年为企业减轻负担的金额大概是多少亿？", store))
    assert "30微克/立方米" in quotes(answer("PM2.5年均浓度降到了多少？", store))


def test_the_nations_own_scope_and_an_allotment_asked_are_not_words_a_figure_must_say(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院2025年政府工作报告.txt", "国务院2025年政府工作报告\n一、2024年工作回顾\n"
                       "国际收支基本平衡，外汇储备超过3.2万亿美元。居民人均可支配收入实际增长5.1%。"
                       f"{OTHER_FIGURES}\n二、2025年工作安排\n拟安排地方政府专项债券4.4万亿元。安排超长期特别国债3000亿元支持消费品以旧换新。\n")
    assert "超过3.2万亿美元" in quotes(answer("截至2024年底，国家外汇储备有多少？", store))
    assert "4.4万亿元" in quotes(answer("2025年地方政府专项债打算安排多少额度？", store))
    assert "5.1%" in quotes(answer("2024年老百姓人均收入扣除物价后涨了多少？", store))
    assert "3000亿元" in quotes(answer("2025年拿出多少特别国债补贴大家以旧换新？", store))


def test_a_slight_fall_is_no_growth(tmp_path: Path) -> None:
    store = one_report(tmp_path, "盐田区2020年政府工作报告.txt", "盐田区2020年政府工作报告\n一、2019年工作回顾\n"
                       "产业兴盐成效显著。我们坚持创新驱动，辖区GDP增速近五年来首次高于全市增幅。积极应对中美贸易摩擦，"
                       f"盐田港集装箱吞吐量1306.92万标箱，微跌0.7%，规模以上工业增加值增长4.0%。\n{OTHER_FIGURES}\n")
    assert answer("2019年盐田港集装箱吞吐量是不是比上年增长了？", store).yes is False


def test_a_thing_the_reports_never_name_in_a_field_they_do_is_not_there(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年福建省政府工作报告.txt", "2026年福建省政府工作报告\n一、2025年工作回顾\n"
                       "（一）发展海洋经济，新建学校4所。\n（二）全民健身运动蓬勃开展。\n（三）壮大新能源产业。\n"
                       f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）新建医院2所。\n（二）发展低空经济。\n")
    assert answer("报告里是否提出要发展氢能产业？", store).yes is False
    assert answer("报告里有没有计划新建大学或高校？", store).yes is False
    assert answer("报告对冰雪经济、冰雪运动有什么部署？", store).kind == "absent"
    assert answer("报告里是否提出要发展新能源产业？", store).yes is True


def test_what_is_expected_asks_the_plans_figure(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2022年政府工作报告.txt", "某区2022年政府工作报告\n一、2021年工作回顾\n"
                       f"（一）完成土地整备7.17平方公里。{OTHER_FIGURES}\n二、2022年工作安排\n"
                       "（一）加大石岩科创城空间拓展力度，新增建设用地4平方公里。\n")
    assert "4平方公里" in quotes(answer("石岩科创城空间拓展预计能新增多少建设用地？", store))


def test_a_place_said_on_its_own_is_a_word_though_it_starts_names(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2014年政府工作报告.txt", "某区2014年政府工作报告\n一、2013年工作回顾\n"
                       "（一）对接前海开发开放，支持前海深港现代服务业合作区建设。\n（二）前海管理局在辖区设立服务站。\n"
                       f"{OTHER_FIGURES}\n")
    result = answer("报告里有没有提到前海？", store)
    assert result.kind == "yesno" and result.yes is True


def test_two_numbers_compared_across_reports_are_both_given_for_each(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "某区2022年政府工作报告.txt": f"某区2022年政府工作报告\n一、2021年工作回顾\n地区生产总值2828亿元，增长10.2%。{OTHER_FIGURES}\n",
        "某区2023年政府工作报告.txt": f"某区2023年政府工作报告\n一、2022年工作回顾\n地区生产总值增长3.1%，达到2952亿元。{OTHER_FIGURES}\n",
    })
    found = quotes(answer("某区2021年和2022年的经济总量分别是多少？各增长了多少？", store))
    assert {"2828亿元", "10.2%", "2952亿元", "3.1%"} <= set(found), found


def test_a_programme_named_with_the_place_is_found_after_the_place_itself(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年重庆市政府工作报告.txt", "2026年重庆市政府工作报告\n一、2025年工作回顾\n"
                       f"（一）数字重庆基本能力总体形成。\n{OTHER_FIGURES}\n二、2026年工作安排\n（一）推动数字重庆体系能力建设。\n"
                       "（二）力争到2030年，全市地区生产总值迈上4万亿元新台阶。\n（三）加快巴渝和美乡村建设。\n"
                       "（四）推动文化旅游强市建设。\n（五）提速新型电力系统建设。\n（六）加快西部陆海新通道建设。\n")
    result = answer("重庆在数字重庆建设方面有哪些说法？", store)
    assert result.items and all("数字重庆" in (item.text or "") for item in result.items)
    level = answer("到2030年重庆GDP要迈上什么台阶？", store)
    assert level.kind == "figures" and "4万亿元" in " ".join(quotes(level))


def test_plans_on_an_issue_and_kinds_of_document_listed_are_what_they_ask(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年安徽省政府工作报告.txt", "2026年安徽省政府工作报告\n一、2025年工作回顾\n"
                       f"（一）新建学校4所。{OTHER_FIGURES}\n我们也清醒认识到，发展中还存在不少矛盾和问题：群众就业增收难度较大。\n"
                       "二、2026年工作安排\n根据《中共安徽省委关于制定国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》），"
                       "省人民政府编制了《安徽省国民经济和社会发展第十五个五年规划纲要（草案）》。\n"
                       "（一）更好关爱“一老一小”，完善覆盖城乡的三级养老服务网络，推进托幼一体化试点。\n")
    assert answer("安徽今年在养老和托育这些“一老一小”问题上有啥打算？", store).kind == "plans"
    result = answer("安徽报告引用了哪些规划、建议和法律文件？", store)
    assert result.kind == "list"
    assert "中共安徽省委关于制定国民经济和社会发展第十五个五年规划的建议" in {item.label for item in result.items}


def test_graduates_a_rise_asked_colloquially_and_developers_in_english(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年上海市政府工作报告.txt", "2026年上海市政府工作报告\n一、2025年工作回顾\n"
                       "全市生产总值达到5.67万亿元、增长5.4%。单位生产总值能耗累计下降14%。"
                       f"{OTHER_FIGURES}\n我们也清醒看到，存在一些问题：个别房地产企业债务风险较高。\n"
                       "二、2026年工作安排\n（一）今年高校毕业生达874万人，要做好就业工作。\n")
    assert quotes(answer("上海去年GDP总量比上年涨了多少？", store))[:1] == ["5.4%"]
    assert "874万人" in quotes(answer("今年大学毕业生有多少人？", store))
    result = answer("What risk did Shanghai admit about real-estate developers?", store)
    assert any("房地产企业" in (item.text or "") for item in result.items)


def test_quoted_words_a_mention_asked_and_a_comparison_the_other_way(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年江苏省政府工作报告.txt", "2026年江苏省政府工作报告\n一、2025年工作回顾\n"
                       "（一）全年地区生产总值增长3.4%，增速高于全国平均水平。\n（二）“苏超”破圈成为顶流，带动文旅消费。\n"
                       f"（三）国际会展中心一期建成启用。\n{OTHER_FIGURES}\n")
    talk = answer("报告里是怎么谈“苏超”这件事的？", store)
    assert talk.kind == "topic" and any("苏超" in (item.text or "") for item in talk.items)
    assert answer("报告是否提到APEC领导人非正式会议？", store).kind == "yesno"
    assert answer("报告是不是说江苏2025年GDP增长慢于全国平均？", store).yes is False
    assert answer("国际会展中心是不是已经建好开用了？", store).yes is True


def test_names_said_apart_a_weaker_action_a_fee_and_dwellings_in_sets(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2018年某市政府工作报告.txt", "2018年某市政府工作报告\n"
                       "现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2017年工作回顾\n"
                       "（一）广播剧《南海榕》荣获“五个一工程”奖，电影《熊出没》荣获“金鸡奖”。\n"
                       "（二）取消手机国内长途和漫游费，降低国际长途电话费。\n（三）选聘6名法律顾问。\n"
                       f"{OTHER_FIGURES}\n二、2018年工作安排\n（一）启动新的三年棚改攻坚计划，今年开工58万套。\n")
    assert answer("电影《熊出没》获得了“五个一工程”奖吗？", store).yes is False
    assert answer("广播剧《南海榕》获得了“五个一工程”奖吗？", store).yes is True
    assert answer("报告是否宣布取消国际长途电话费？", store).yes is False
    assert answer("报告是否宣布取消国内长途和漫游费？", store).yes is True
    assert answer("我想知道某市一年给法律顾问付了多少顾问费", store).absent
    assert "58万套" in quotes(answer("帮我查一下今年棚户区改造计划开工多少套房子？", store))
    issuer = answer("这份报告是代表哪个机构向大会作的？", store)
    assert issuer.kind == "report" and any("我代表市人民政府" in (item.source or "") for item in issuer.items)


def test_targets_asked_counts_in_characters_streaks_and_a_measure_named_alone(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年安徽省政府工作报告.txt": "2026年安徽省政府工作报告\n一、2025年工作回顾\n"
        "（一）外贸实现逆势增长，进出口总额增长10.4%。完成并购重组397起、1767.8亿元。\n"
        "（二）合肥中欧班列全年发运突破千列。\n（三）机场旅客吞吐量突破9000万人次。\n"
        f"{OTHER_FIGURES}\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n",
        "2026年江西省政府工作报告.txt": "2026年江西省政府工作报告\n一、2025年工作回顾\n"
        "（一）粮食产量连续13年稳定在430亿斤以上，全口径发电装机容量突破8000万千瓦。\n（二）粮食总产达446.1亿斤。\n"
        f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）推进农业现代化。\n",
    })
    assert answer("安徽今年的预期目标里有没有给外贸进出口定一个增长目标？", store).yes is False
    assert "1767.8亿元" in quotes(answer("安徽2025年企业并购重组总金额有多大", store))
    assert any("突破千列" in (item.text or "") for item in answer("合肥的中欧班列去年一共开了多少列？", store).items)
    assert "9000万人次" in " ".join(quotes(answer("安徽机场客流量去年是多少人次", store)))
    assert "446.1亿斤" in quotes(answer("江西2025年粮食产量是多少", store))[:1]


def test_each_lead_of_a_list_a_beneficiary_and_a_quantity_no_report_gives(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年甘肃省政府工作报告.txt": "2026年甘肃省政府工作报告\n一、2025年工作回顾\n"
        f"（一）累计新增减税降费及退税1014.63亿元。\n（二）省属企业资产总额达到2.7万亿元。\n{OTHER_FIGURES}\n"
        "二、2026年工作安排\n（一）推进农业现代化。\n2026年甘肃省民生实事\n"
        "1.开展职业技能培训40万人次（牵头单位：人社厅）\n2.建成家庭养老床位7000张（牵头单位：民政厅）\n"
        "3.新增学位2万个（牵头单位：教育厅）\n",
        "2026年青海省政府工作报告.txt": "2026年青海省政府工作报告\n一、2025年工作回顾\n（一）粮食总产达446.1亿斤。\n"
        f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）推进农业现代化。\n",
    })
    leads = answer("甘肃省2026年民生实事分别由哪些厅局牵头？", store)
    assert leads.kind == "list" and {"人社厅", "民政厅"} <= {item.label for item in leads.items}
    assert quotes(answer("甘肃省五年里减税降费加上退税累计给企业让了多少钱", store))[:1] == ["1014.63亿元"]
    assert answer("请问这两个省区2025年的出生人口各是多少？", store).absent


def test_the_same_value_in_two_reports_a_plan_named_as_people_say_it_and_both_numbers_on_top(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2021年.txt": "现在，我代表国务院，向大会报告政府工作。\n一、2020年工作回顾\n"
        f"（一）全年为市场主体减负超过2.6万亿元。{OTHER_FIGURES}\n二、2021年工作安排\n"
        "（一）今年拟安排地方政府专项债券3.65万亿元。\n"
        "（二）根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，"
        "国务院编制了《国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）》。"
        "围绕经济发展，提出6项指标；围绕创新驱动，提出5项指标；围绕民生福祉，提出8项指标；"
        "以上共计20项指标，其中预期性指标12项、约束性指标8项。\n",
        "国务院政府工作报告_2022年.txt": "现在，我代表国务院，向大会报告政府工作。\n一、2021年工作回顾\n"
        f"（一）新增减税降费1万亿元。{OTHER_FIGURES}\n二、2022年工作安排\n（一）今年拟安排地方政府专项债券3.65万亿元。\n",
    })
    same = answer("21、22两年安排的地方政府专项债规模是不是一样的？", store)
    assert same.kind == "yesno" and same.yes is True
    draft = answer("“十四五”规划纲要草案是谁编的、依据的是哪份中央文件？", store)
    assert any("中共中央关于制定" in (item.text or "") for item in draft.items)
    both = quotes(answer("“十四五”规划纲要草案一共设了多少项指标？其中约束性的有几项", store))
    assert {"20项", "8项"} <= set(both[:2])


def test_plans_asked_in_english_and_a_rate_per_thousand(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2024年坪山区政府工作报告.txt", "2024年坪山区政府工作报告\n一、2023年工作回顾\n"
                       f"（一）加强法律顾问工作，全年共受理行政诉讼案件18件。千人床位数达5.9张、千人医生数达3.85人。{OTHER_FIGURES}\n"
                       "二、2024年工作安排\n（一）继续加强法治队伍建设，积极引进法律人才。\n（二）强化执法队伍的建设，提高执法水平。\n")
    plans = answer("What is the district planning to do next about its law enforcement officers?", store)
    assert plans.kind == "plans" and any("执法队伍" in (item.text or "") for item in plans.items)
    assert "5.9张" in quotes(answer("坪山每千人拥有几张病床", store))


def test_an_abbreviation_a_change_of_money_a_year_naming_an_event_and_school_places(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {"2021年光明区政府工作报告.txt": "2021年光明区政府工作报告\n一、2020年工作回顾\n"
                           f"（一）新建学校4所。{OTHER_FIGURES}\n二、2021年工作安排\n（一）推进教育现代化。\n",
                           "2022年光明区政府工作报告.txt": "2022年光明区政府工作报告\n一、2021年工作回顾\n"
                       "（一）社会消费品零售总额2047亿元。“三公”经费下降18.8%。\n"
                       "（二）2020年全球招商大会24个项目全部落地，完成投资84.5亿元。\n"
                       f"（三）新改扩建中小学6所，新增义务教育学位7260个。{OTHER_FIGURES}\n二、2022年工作安排\n（一）推进教育现代化。\n"})
    assert "2047亿元" in quotes(answer("光明区去年社消零总额大概有多少？", store))
    assert "18.8%" in quotes(answer("光明区政府三公经费比上年压缩了多少", store))
    event = answer("2020年那次全球招商大会光明签下的项目，后来落地和投资情况怎么样？", store)
    assert any("84.5亿元" in (item.text or "") for item in event.items)
    assert "7260个" in quotes(answer("想了解下光明区去年给中小学新增了多少个上学名额？", store))


def test_when_a_report_was_delivered_and_an_insurance_by_its_short_name(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年海南省政府工作报告.txt", "2026年海南省政府工作报告\n"
                       "——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n各位代表：\n"
                       "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n"
                       "一、2025年工作回顾\n（一）在全国率先实施全省域长期护理保险制度。\n"
                       f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）推进教育现代化。\n")
    facts = answer("请问海南2026年这份政府工作报告是哪位领导作的？什么时间、在哪个会议上？", store)
    assert facts.kind == "report" and {"刘小明", "2026-01-27"} <= {item.label for item in facts.items}
    assert answer("海南是不是已经在全省范围推行长护险（长期护理保险）了？", store).yes is True


def test_reports_titled_alike_are_told_apart_by_place_and_a_rate_no_report_gives_is_not_given(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt": "2025年政府工作报告\n"
        "一、2024年工作回顾\n（一）城镇新增就业1.2万人。\n"
        f"{OTHER_FIGURES}\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5.5%。\n",
        "2025年政府工作报告（在深圳市坪山区第八届人民代表大会第五次会议上）_2025.txt": "2025年政府工作报告\n"
        "一、2024年工作回顾\n（一）城镇新增就业0.8万人。\n"
        f"{OTHER_FIGURES}\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n",
    })
    targets = answer("罗湖和坪山2025年的GDP增长目标分别是多少？", store)
    labels = " ".join(str(item.extra.get("reportLabel")) for item in targets.items)
    assert "罗湖区" in labels and "坪山区" in labels
    assert answer("这两个区去年的城镇调查失业率分别控制在多少？", store).absent


def test_words_of_everyday_speech_for_what_reports_name_otherwise(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2025年光明区政府工作报告.txt", "2025年光明区政府工作报告\n一、2024年工作回顾\n"
                       "（一）疫情期间补贴电费8亿元、发放扶企资金14.76亿元、减免租金7亿元。新建雨污分流管网4695公里。\n"
                       "（二）九大类民生支出144.2亿元，占一般公共预算支出比重提升至74%。\n"
                       "（三）推进养老事业社会化改革，建成老年人日间照料中心13家。\n"
                       "（四）面对人民群众对教育、医疗、养老等方面的新期待，公共服务需要更加优质高效。\n"
                       "（五）依托社区服务中心，为3万多名老人提供居家养老服务。\n"
                       "（六）存在问题：综合交通体系还不完善，公交线路还不够便捷。\n"
                       f"{OTHER_FIGURES}\n二、2025年工作安排\n（一）整治河流，15条河流实施“河长制”管理。\n")
    assert answer("光明有没有减免房租？", store).yes is True
    assert "4695公里" in quotes(answer("How many kilometres of storm/sewage pipe network were built?", store))
    assert "74%" in quotes(answer("光明区民生支出占财政支出几成？", store))[:1]
    elderly = answer("光明区报告里关于养老服务都讲了些什么？", store)
    assert any("养老事业社会化改革" in (item.text or "") for item in elderly.items[:3])
    counted = understand("光明今年准备对多少条河流实行河长制管理", question_index(store))
    assert counted.head == "河流" and "实行" not in counted.head_run
    transport = answer("What shortcomings does Guangming admit in its transport system?", store)
    assert transport.kind == "problems" and "综合交通体系" in (transport.items[0].text or "")


def test_asides_a_rank_claimed_a_meeting_and_words_that_name_the_report(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年上海市政府工作报告.txt", "2026年上海市政府工作报告\n"
                       "——2026年1月25日在上海市第十六届人民代表大会第四次会议上\n上海市市长 龚正\n"
                       "一、2025年工作回顾\n（一）上海港集装箱吞吐量达到5506.3万标准箱、连续16年排名世界第一，"
                       "机场货邮吞吐量达到453.8万吨。\n（二）我们也清醒认识到，政府工作中仍存在一些不足，"
                       "公共服务还要补短板。\n"
                       f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）落实上海市停车管理条例，推动出台上海市平安建设条例。\n")
    port = answer("上海港2025年集装箱吞吐量多少 还是世界第一吗", store)
    assert quotes(port)[:1] == ["5506.3万标准箱"]
    laws = answer("上海报告中提到的条例（包括已落实的和准备出台的）都列一下", store)
    assert laws.kind == "list" and {"上海市停车管理条例", "上海市平安建设条例"} <= {item.label for item in laws.items}
    meeting = answer("这份报告是哪天、在什么会上作的？", store)
    assert "上海市第十六届人民代表大会第四次会议" in {item.label for item in meeting.items}
    admitted = answer("What difficulties does Shanghai's government own up to in this year's work report?", store)
    assert admitted.kind == "problems"
    looking_back = answer("What did Shanghai admit when looking back on the year?", store)
    assert looking_back.kind == "problems"


def test_years_asked_as_a_range_a_few_years_and_a_target_beside_what_was_done(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2023年光明区政府工作报告.txt": "2023年光明区政府工作报告\n一、2022年工作回顾\n"
        "（一）全年地区生产总值增长6.5%左右。全年新增高新技术企业24家，总数达到72家。\n"
        f"{OTHER_FIGURES}\n二、2023年工作安排\n今年主要预期目标是：地区生产总值增长8%以上。\n",
        "2024年光明区政府工作报告.txt": "2024年光明区政府工作报告\n一、2023年工作回顾\n"
        "（一）全年地区生产总值实现1526.64亿元，增长9.0%。全年新增高新技术企业17家，总数达89家。\n"
        f"{OTHER_FIGURES}\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长8.5%以上。\n",
        "2025年光明区政府工作报告.txt": "2025年光明区政府工作报告\n一、2024年工作回顾\n"
        "（一）全年地区生产总值实现1721亿元、增长8.6%。城镇居民登记失业率2.1%。拥有高新技术企业100家。\n"
        f"{OTHER_FIGURES}\n二、2025年工作安排\n今年主要预期目标是：城镇居民人均可支配收入增长6%，城镇登记失业率控制在3%以内。\n"
        "（一）推进教育现代化。\n",
    })
    growth = quotes(answer("光明区2022年到2024年每年GDP分别增长多少？", store))
    assert {"6.5%左右", "9.0%", "8.6%"} <= set(growth) and "8.5%以上" not in growth
    firms = quotes(answer("高新技术企业总数这几年怎么变的？2023、2024、2025三份报告各说有多少家", store))
    assert {"72家", "89家", "100家"} <= set(firms)
    assert quotes(answer("光明各年的城镇登记失业率分别是多少？", store))[:1] == ["2.1%"]


def test_a_name_said_with_a_verb_an_award_by_its_common_name_and_a_thing_no_report_speaks_of(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2014年.txt": "现在，我代表国务院，向大会报告政府工作。\n一、2013年工作回顾\n"
        "（一）习近平主席等新一届国家领导人出席二十国集团领导人峰会、上海合作组织峰会等重大多边活动。\n"
        f"{OTHER_FIGURES}\n二、2014年工作安排\n（一）实行精准扶贫，今年再减少农村贫困人口1000万人以上。\n"
        "（二）推进财税体制改革，扩大营改增试点。\n",
        "国务院政府工作报告_2016年.txt": "现在，我代表国务院，向大会报告政府工作。\n一、2015年工作回顾\n"
        "（一）加强基础科学研究，科技领域一批创新成果达到国际先进水平，屠呦呦获得诺贝尔生理学或医学奖。\n"
        f"{OTHER_FIGURES}\n二、2016年工作安排\n（一）推进教育现代化。\n",
    })
    assert answer("2016年的报告有没有提到屠呦呦拿诺贝尔奖这件事？", store).yes is True
    assert answer("这几份国务院报告里，有没有提到中国科学家拿下诺贝尔奖的事？", store).yes is True
    assert answer("两份报告对个人所得税改革，比如调整个税起征点，是怎么安排的？", store).absent
    summits = answer("2013年国家领导人出席了哪些多边峰会和会议？2014年报告里列的那些", store)
    assert summits.kind != "report" and any("上海合作组织峰会" in (item.text or "") for item in summits.items)
    assert answer("2014年有没有定减贫人数的目标？", store).yes is True


def test_a_year_to_come_named_with_an_event_and_a_passenger_route_in_english(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "广东省政府工作报告_2023年.txt": "现在，我代表省人民政府，向大会报告政府工作。\n一、2022年工作回顾\n"
        f"（一）新建学校4所。{OTHER_FIGURES}\n二、2023年工作安排\n（一）联合港澳筹备2025年全运会、残运会。\n"
        "（二）推动开通广州至莫斯科等国际客运航线。\n",
        "深圳市政府工作报告_2020年.txt": "现在，我代表市人民政府，向大会报告政府工作。\n一、2019年工作回顾\n"
        f"（一）新建学校4所。{OTHER_FIGURES}\n二、2020年工作安排\n（一）推进教育现代化。\n",
    })
    games = answer("Does the Guangdong report mention preparing for the 2025 National Games together with Hong Kong and Macao?", store)
    assert games.yes is True
    assert answer("Is Guangdong planning to open a passenger air route to Moscow?", store).yes is True


def test_the_passage_naming_as_many_things_as_the_question_counts_answers_first(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2023年福田区政府工作报告.txt", "2023年福田区政府工作报告\n一、2022年工作回顾\n"
                       "过去一年，是直面疫情狠抓攻坚落实之年，“三大行动”开局良好。\n"
                       "（一）经济发展向稳向好。\n（二）民生福祉持续增进。\n"
                       f"{OTHER_FIGURES}\n二、2023年工作安排\n（一）我们确定今年的“首善行动”为攻坚落实“三大行动”。"
                       "实施现代产业强优行动。持续做大产业集群。实施空间拓展提速行动。推进城市更新。"
                       "实施营商环境优化行动。深化改革。\n（二）推进教育现代化。\n")
    actions = answer("福田区今年定的攻坚落实“三大行动”分别是哪三个", store)
    first = actions.items[0].text or ""
    assert all(name in first for name in ("现代产业强优行动", "空间拓展提速行动", "营商环境优化行动"))


def test_a_figure_listed_after_another_counts_what_the_first_counts(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年江苏省政府工作报告.txt", "2026年江苏省政府工作报告\n一、2025年工作回顾\n"
                       "（一）城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。\n"
                       "（二）农村人居环境持续改善，城镇新增就业141万人。\n"
                       f"{OTHER_FIGURES}\n二、2026年工作安排\n（一）推进教育现代化。\n")
    assert {"6.9万元", "3.4万元"} <= set(quotes(answer("2025年江苏城里人和农村人人均能支配的钱各是多少？", store)))


def test_problems_owned_to_before_the_first_part_answer_when_no_part_lists_them(tmp_path: Path) -> None:
    store = one_report(tmp_path, "龙岗区2014年政府工作报告.txt", "各位代表！过去一年，全区经济社会发展取得新成绩。\n"
                       "在取得成绩的同时，我们还要看到，还存在不少差距，发展的瓶颈约束还比较多：一是经济发展质量效益有待进一步提高；"
                       "二是城市管理水平有待提升。\n一、2014年工作任务\n（一）推进产业转型升级。\n"
                       f"{OTHER_FIGURES}\n")
    admitted = answer("龙岗区2014年政府工作报告里，政府自己承认存在哪些差距和发展瓶颈？", store)
    assert admitted.kind == "problems" and any("经济发展质量效益" in (item.text or "") for item in admitted.items)


def test_a_short_year_people_words_a_growth_past_a_record_and_a_share_of_what_was_counted(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "罗湖区2019年政府工作报告.txt": "罗湖区2019年政府工作报告\n一、2018年工作回顾\n"
        "引进应届毕业生12018人，增长20.5%。固定资产投资184亿元，创27年新高，增长46.1%。\n"
        "组建2759人的棚改工作团队，实行处级干部包网格。保障房户籍在册轮候家庭3.6万户，占全市13.9%。\n"
        "推出“找短板、补欠账、惠民生”三年行动计划，梳理10个领域136个项目。\n" + OTHER_FIGURES + "\n"
        "二、2019年工作安排\n新增城镇就业120万人。\n",
        "罗湖区2017年政府工作报告.txt": "罗湖区2017年政府工作报告\n一、2016年工作回顾\n引进应届毕业生9000人。新建公园3个。\n"
        "二、2017年工作安排\n城镇新增就业110万人。\n",
    })
    # 18年 is 2018, the year the 2019 report reviews; 应届大学毕业生 is what it calls 应届毕业生
    assert quotes(answer("18年罗湖区招了多少应届大学毕业生", store))[:1] == ["12018人"]
    # the growth said after a record broken is the growth of the amount before the record
    assert {"184亿元", "46.1%"} <= set(quotes(answer("罗湖区2018年固定资产投资投了多少钱？比上年涨了多少", store)))
    # officials and staff are counted in 人 whether or not the sentence says so
    assert "2759人" in quotes(answer("棚改一共动员了多少干部？", store))
    # a share asked after a count is the share of what was counted, said after its 多少
    assert {"3.6万户", "13.9%"} <= set(quotes(answer("罗湖区有多少户籍家庭在排队轮候保障房，占全市多大比例？", store)))
    # 短板 inside the quoted name of a plan asks for no problems; 计划 named asks for no plans
    named = answer("那个“找短板、补欠账、惠民生”的三年计划，一共梳理了多少个项目？", store)
    assert named.kind == "figures" and "136个" in quotes(named)
    # 新增城镇就业 and 城镇新增就业 are one measure, each report's target answers for it
    targets = set(quotes(answer("两份报告里，城镇新增就业的年度目标各定的是多少人？", store)))
    assert {"120万人", "110万人"} <= targets


def test_which_few_asks_for_a_list_and_a_review_owning_to_challenges_lists_problems(tmp_path: Path) -> None:
    store = one_report(tmp_path, "罗湖区2024年政府工作报告.txt", "罗湖区2024年政府工作报告\n一、2023年工作回顾\n"
                       "出台《消费型经济改革创新实施方案》，制定《大梧桐新兴产业带综合规划》。新建公园3个。\n"
                       "看到成绩也要看到不足，我们要牢记殷殷嘱托，对照省委、市委的部署安排，对比人民群众对美好生活的向往，找准罗湖区面临的挑战和问题。一是工业大而不强，龙头企业不多。"
                       "二是空间低效利用还没有完全解决。三是各类风险隐患点多。\n"
                       "二、2024年工作安排\n（一）推进产业升级。新建学校4所。\n")
    listed = answer("报告里用书名号点到的政策文件都有哪几个？", store)
    assert listed.kind == "list" and {"消费型经济改革创新实施方案", "大梧桐新兴产业带综合规划"} <= {i.label for i in listed.items}
    problems = answer("罗湖区在报告里坦承了哪些问题和挑战", store)
    assert problems.kind == "problems"
    assert any((item.text or "").startswith("工业大而不强") for item in problems.items)


def test_admitting_a_level_of_documents_what_a_notice_is_about_and_units_of_money_and_air(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "深圳市政府工作报告_2015年.txt": "各位代表：\n一、过去五年工作回顾\n进出口总额4878亿美元，其中出口2844亿美元。"
        "实际使用台资7.24亿美元。PM2.5年均浓度33.6微克/立方米。\n"
        "开展安全生产专项整治行动，整改各类安全隐患8031项。大批项目开工建设，噪声污染加重，交通循环不畅。\n"
        "全面落实《粤港澳大湾区发展规划纲要》，落实中央《关于营造更好发展环境支持民营企业改革发展的意见》。\n"
        "落实住房和城乡建设部关于在实施城市更新行动中防止大拆大建问题的通知要求，科学有序实施城市更新。\n"
        + OTHER_FIGURES + "\n三、2015年主要工作\n新建学校10所。\n",
        "深圳市政府工作报告_2018年.txt": "各位代表：\n一、2017年工作回顾\n全市PM2.5年均浓度28微克/立方米。新建公园3个。\n"
        "在看到成绩的同时，我们也清醒地认识到，发展还面临一些新情况。\n"
        "一是大批项目开工建设带来的阵痛。噪声污染加重，交通循环不畅。\n二、2018年工作安排\n新建学校4所。\n",
    })
    # 多少美元 asks a unit; the 2015 report reviews 2014 (its 三、2015年主要工作 are plans)
    assert quotes(answer("2014年深圳外贸进出口总额多少美元？", store))[:1] == ["4878亿美元"]
    assert "7.24亿美元" in quotes(answer("深圳实际利用台资是多少美元？", store))  # 利用 as the reports' 使用
    # 降到 is a change, not what is counted; a concentration is given in its unit
    assert quotes(answer("2017年深圳空气里PM2.5全年平均浓度降到多少了", store))[:1] == ["28微克/立方米"]
    # risks counted as dealt with are a figure, not problems admitted
    counted = answer("排查出来并整改掉的安全隐患一共多少项", store)
    assert counted.kind == "figures" and "8031项" in quotes(counted)
    # 承认 asks the problems; 大规模 does not ask a size
    admitted = answer("2018年报告承认大规模开工建设给老百姓带来了哪些负面影响？", store)
    assert admitted.kind == "problems" and any("阵痛" in (item.text or "") for item in admitted.items)
    # the level documents come from does not narrow a report's few documents to passages
    central = answer("2015年报告里引用了哪些中央和国家层面的政策文件？", store)
    assert central.kind == "list" and "粤港澳大湾区发展规划纲要" in {item.label for item in central.items}
    assert {item.type for item in central.items} == {"Document"}
    # what a notice is aimed at is asked of the passage citing it, not of problems admitted
    aimed = answer("报告说城市更新要落实住建部的一个通知，那个通知是针对什么问题的？", store)
    assert aimed.kind != "problems" and any("防止大拆大建" in (item.text or "") for item in aimed.items)


def test_a_thing_asked_by_a_noun_the_reports_never_use_is_not_there_whatever_qualifies_it(tmp_path: Path) -> None:
    store = one_report(tmp_path, "某区2024年政府工作报告.txt", "某区2024年政府工作报告\n一、2023年工作回顾\n"
                       "地方政府专项资金投入12亿元，深入开展扫黑除恶专项斗争。茅洲河获评全国示范河湖，荣获国家级称号。\n"
                       "新建公园3个。\n二、2024年工作安排\n新建学校4所。\n")
    # 债券 names the thing; 地方政府 and 专项 only qualify it, and no report issues 债券
    assert answer("报告里有没有提到发行地方政府专项债券？", store).yes is False
    # an honour asked for by its kind (荣誉) is the one the report names
    assert answer("报告有没有提到茅洲河拿到了全国层面的荣誉？", store).yes is True


def test_a_rate_never_given_the_whole_before_its_part_and_who_delivered_a_report_naming_no_speaker(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2015年.txt": "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2014年工作回顾\n"
        "推进新型城镇化取得新突破，城镇新增就业1322万人。完成固定资产投资额235.38亿元。\n" + OTHER_FIGURES + "\n二、2015年工作总体部署\n"
        "今年拟安排财政赤字1.62万亿元。其中，中央财政赤字1.12万亿元，地方财政赤字5000亿元。\n",
        "国务院政府工作报告_2019年.txt": "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n"
        "新建公园3个。\n二、2019年政府工作任务\n财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，地方财政赤字9300亿元。\n",
    })
    # the reports speak of 城镇化 and never give 城镇化率
    assert answer("2015年的报告里说全国城镇化率达到百分之多少了", store).absent
    assert "235.38亿元" in quotes(answer("2014年全社会固投一共完成了多少钱？", store))  # 固投, said for short
    # the deficit asked is the whole one, not the local part said beside it
    deficits = quotes(answer("两份报告的财政赤字分别是多少？", store))
    assert {"1.62万亿元", "2.76万亿元"} <= set(deficits) and "5000亿元" not in deficits
    # who delivered it: no report names a speaker or a meeting, the government delivering it answers
    delivered = answer("2019年那份政府工作报告是谁作的、在哪次会议上作的？", store)
    assert delivered.kind == "report" and any("国务院" in item.label for item in delivered.items)
    assert answer("这两份报告分别是由哪位总理作的？", store).absent  # a person asked, and none named
    # 能列一下名字吗 asks for the list politely, it asks no yes or no
    assert answer("2015年报告引用了哪些文件？能列一下名字吗", store).yes is None


def test_a_thing_named_with_its_ending_and_the_economy_asked_as_gdp_too(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年山东省政府工作报告.txt", "2026年山东省政府工作报告\n一、2025年工作回顾\n"
                       "地区生产总值增长5.5%、达到10.3万亿元。经济总量连续跨过3个万亿元大关。新增海外投资项目8个，新增海外仓121个。\n"
                       + OTHER_FIGURES + "\n二、2026年工作安排\n新建学校4所。\n")
    # 海外|仓: the reports' 海外仓, not every figure 海外 is said of
    assert quotes(answer("山东2025年新建了几个海外仓", store))[:1] == ["121个"]
    # economy and GDP name one measure: its total answers, not a count of thresholds passed
    assert "10.3万亿元" in quotes(answer("Roughly how big was Shandong's economy last year — what did its GDP come to "
                                         "in 2025?", store))[:2]


def test_documents_to_be_carried_out_are_all_listed_and_done_or_not_asks_yes_or_no(tmp_path: Path) -> None:
    store = one_report(tmp_path, "龙岗区2015年政府工作报告.txt", "龙岗区2015年政府工作报告\n一、2014年工作回顾\n"
                       "地铁11号线开通运营，地铁通车里程达54.6公里。新建公园3个。\n二、2015年工作安排\n"
                       "颁布《龙岗区综合发展规划》，实施《龙岗区产城融合行动计划》。\n"
                       "落实《龙岗区低碳发展策略研究》，推进重点低碳项目建设。\n")
    listed = answer("2015年报告里要出台和实施的文件规划都有哪些？请把名称列一下", store)
    assert listed.kind == "list" and {item.type for item in listed.items} == {"Document"}
    assert {"龙岗区综合发展规划", "龙岗区产城融合行动计划"} <= {item.label for item in listed.items}
    assert answer("地铁11号线通车了没？", store).yes is True  # 了没: done or not


def test_a_share_asked_after_where_it_is_taken_is_of_what_was_counted(tmp_path: Path) -> None:
    store = one_report(tmp_path, "福田区2023年政府工作报告.txt", "福田区2023年政府工作报告\n一、2022年工作回顾\n"
                       "实现金融业增加值约2500亿元，占全市金融业增加值45%。规上工业增加值占全区比重12%。\n"
                       + OTHER_FIGURES + "\n二、2023年工作安排\n新建学校4所。\n")
    found = quotes(answer("去年福田的金融业增加值有多少？在深圳全市里占多大比重", store))
    assert {"约2500亿元", "45%"} <= set(found) and "12%" not in found


def test_everyday_phrases_are_read_in_the_reports_words(tmp_path: Path) -> None:
    store = one_report(tmp_path, "盐田区2023年政府工作报告.txt", "盐田区2023年政府工作报告\n一、2022年工作回顾\n"
                       "空气优良天数提高至354天，空气质量综合指数2.5。率先出台稳增长等惠企措施，全年为企业减负1.32亿元，"
                       "企业首贷服务授信6.42亿元。\n" + OTHER_FIGURES + "\n二、2023年工作安排\n新建学校4所。\n")
    assert quotes(answer("2022年一年里空气质量好的日子有几天", store))[:1] == ["354天"]
    assert quotes(answer("22年盐田通过各种惠企政策一共帮企业省了多少钱", store))[:1] == ["1.32亿元"]


def test_or_joins_no_topic_and_air_quality_is_the_reports_atmosphere(tmp_path: Path) -> None:
    store = one_report(tmp_path, "深圳市政府工作报告_2021年.txt", "深圳市政府工作报告\n一、2020年工作回顾\n新建公园3个。\n"
                       "二、2021年工作安排\n（一）提升大气环境质量。深入实施“深圳蓝”可持续行动计划，加强细颗粒物和臭氧协同控制。\n"
                       "（二）出台《光明科学城智慧城市专项规划》，推进城市更新。\n")
    assert any("深圳蓝" in (item.text or "") for item in answer("What does Shenzhen plan to do in 2021 to improve air quality?",
                                                               store).items)
    listed = answer("报告引用或者准备出台的政策文件都有哪些？", store)
    assert listed.kind == "list" and "光明科学城智慧城市专项规划" in {item.label for item in listed.items}


def test_money_of_a_document_a_verb_split_around_its_number_and_beds_asked_of_hospitals(tmp_path: Path) -> None:
    store = one_report(tmp_path, "深圳市政府工作报告_2014年.txt", "深圳市政府工作报告\n一、2013年工作回顾\n"
                       "出台《鹏城水更清行动计划（2013—2020）》，提出六大类工程，123项任务，投资343.9亿元。"
                       "棚户区改造完成签约8260户，拆除房屋1284栋。新增病床892张，新增幼儿园学位1000个。区人民医院投入使用。\n"
                       + OTHER_FIGURES + "\n二、2014年工作安排\n新建学校4所。\n")
    assert quotes(answer("那个《鹏城水更清行动计划》要投多少钱？", store))[:1] == ["343.9亿元"]
    assert quotes(answer("棚改一共签了多少户的约", store))[:1] == ["8260户"]  # not 约8260户: no "about" there
    assert quotes(answer("2013年医院病床新增了多少张", store))[:1] == ["892张"]


def test_years_of_change_partners_shares_and_deadlines_of_two_reports(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "宝安区2016年政府工作报告.txt": "宝安区2016年政府工作报告\n一、2015年工作回顾\n规模以上工业企业由1893家增加到2217家。\n"
        + OTHER_FIGURES + "\n未来五年工作\n今后五年的总体目标是：到2020年，地区生产总值达到4100亿元以上，"
        "全社会研发支出占GDP比重达4.0%。确保今年减少存量违建330万平方米以上，2018年前减少3100万平方米以上。\n",
        "宝安区2021年政府工作报告.txt": "宝安区2021年政府工作报告\n一、2020年工作回顾\n"
        "地区生产总值从2015年2694亿元增长到2020年3847亿元。规上工业企业从2217家增长到4302家。"
        "新增中山、珠海3个组合港，宝安港集装箱吞吐量1404万标箱。\n" + OTHER_FIGURES
        + "\n二、未来五年的发展目标\n地区生产总值达到6000亿元以上，研发投入占GDP比重达到5%。\n"})
    # a year written before a figure is its year, and the value reached counts what the start value does
    assert quotes(answer("宝安2020年GDP是多少", store))[:1] == ["3847亿元"]
    assert answer("宝安2020年GDP是不是超过了4000亿元？", store).yes is False
    # 两届政府报告 counts reports; a share of GDP is no GDP target
    assert {"由1893家增加到2217家", "从2217家增长到4302家"} <= set(quotes(answer("宝安规上工业企业的数量，两届政府报告里前后各是多少家？", store)))
    targets = quotes(answer("Compare the five-year GDP targets in Bao'an's 2016 and 2021 government work reports.", store))
    assert {"4100亿元以上", "6000亿元以上"} <= set(targets) and "5%" not in targets
    # 研发支出 is 研发投入; a deadline no report reviews picks the target set for it
    assert {"4.0%", "5%"} <= set(quotes(answer("研发投入占GDP的比重，两份报告各自定的目标是多少？", store)))
    assert quotes(answer("按2016年的部署，到2018年前宝安得减掉多少存量违建？", store))[:1] == ["3100万平方米以上"]
    # partners named in the clause before are not whose the port's throughput is
    assert "1404万标箱" in quotes(answer("宝安港集装箱吞吐量2021年报告里是多少？", store))


def test_claims_in_tenths_goals_only_striven_for_and_a_yes_no_after_a_leading_phrase(tmp_path: Path) -> None:
    store = one_report(tmp_path, "福田区2021年政府工作报告.txt", "福田区2021年政府工作报告\n一、2020年工作回顾\n"
                       "实现广东省双拥模范区“七连冠”。第三产业增加值占GDP比重首次超过八成。"
                       "获评2018年全国智慧城市十大样板工程。\n" + OTHER_FIGURES
                       + "\n二、2021年工作安排\n争创省双拥模范区“八连冠”。\n")
    assert answer("福田在双拥模范区评比里是不是已经八连冠了？", store).yes is False
    assert answer("福田三产占GDP的比重是不是头一回超过了九成？", store).yes is False
    assert answer("福田三产占GDP的比重是不是头一回超过了八成？", store).yes is True
    assert answer("According to the 2021 report, did Futian become a double-support model district seven "
                  "times in a row?", store).kind == "yesno"
    honour = answer("What national smart-city honour did Futian win in 2018?", store)
    assert any("全国智慧城市十大样板工程" in (item.text or "") for item in honour.items)


def test_rates_named_in_english_targets_led_by_their_paragraph_and_plants_the_reports_never_name(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2020年.txt": "国务院政府工作报告\n一、2019年工作回顾\n新建学校4所。\n" + OTHER_FIGURES
        + "\n二、2020年工作安排\n今年赤字率拟按3.6%以上安排，财政赤字规模比去年增加1万亿元。加强新型基础设施建设，拓展5G应用。\n",
        "大鹏新区管委会2014年工作报告.txt": "大鹏新区管委会2014年工作报告\n一、2013年工作回顾\n"
        "PM2.5日均值36.4微克/立方米。培育上市企业78家，总数达187家。垃圾分类收运全覆盖。\n" + OTHER_FIGURES
        + "\n2014年大鹏新区经济社会发展的主要指标是：本地生产总值增长5％。PM2.5日均值保持35微克/立方米以内。\n"})
    assert "3.6%以上" in quotes(answer("Compare the deficit ratio the government planned in the 2020 report.", store))
    assert quotes(answer("大鹏2014年报告定的PM2.5目标是多少？", store))[:1] == ["35微克/立方米以内"]
    assert quotes(answer("大鹏辖区的上市公司总共有多少家了？", store))[:1] == ["187家"]
    assert answer("大鹏有没有提过要建垃圾焚烧厂", store).yes is False
    assert any("新型基础设施" in (item.text or "") for item in answer("2020年报告里讲新基建那部分是怎么说的？", store).items)


def test_which_ones_each_asks_the_passage_naming_them_and_verbs_of_doing_ask_nothing(tmp_path: Path) -> None:
    store = one_report(tmp_path, "大鹏新区管委会2014年工作报告.txt", "大鹏新区管委会2014年工作报告\n一、2013年工作回顾\n"
                       "总投资48亿元的5个五星级酒店同时开工，桔钓沙莱华度假酒店、龙岐湾白金酒店基本完工。\n"
                       + OTHER_FIGURES + "\n二、2014年工作安排\n建设筹集保障性住房1200套以上。Build a better Dapeng.\n")
    hotels = answer("同时开工的那几家五星级酒店分别是哪几家？", store)
    assert hotels.kind != "figures" and any("桔钓沙莱华度假酒店" in (item.text or "") for item in hotels.items)
    assert quotes(answer("How much affordable housing does Dapeng plan to build or raise in 2014?", store))[:1] == ["1200套以上"]


def test_a_rate_the_reports_name_is_one_word_and_where_it_is_goes_unsaid(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院政府工作报告_2023年.txt", "国务院政府工作报告\n一、2022年工作回顾\n"
                       "财政赤字率控制在2.8%。棚改攻坚一个月内签约率达到95%。\n" + OTHER_FIGURES
                       + "\n二、2023年工作安排\n赤字率拟按3%安排。\n")
    assert quotes(answer("今年的财政赤字率准备按多少来安排？", store))[:1] == ["3%"]
    assert quotes(answer("棚改攻坚不到一个月签约率冲到了多少？", store))[:1] == ["95%"]


def test_a_stage_a_plan_aims_at_is_not_reached_and_a_scope_said_in_passing_asks_nothing(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "盐田区2018年政府工作报告.txt": "盐田区2018年政府工作报告\n一、2017年工作回顾\n"
        "PM2.5均值24微克/立方米。新增国家级高新技术企业34家，总数达83家。民间投资增长2.7%。民营经济加快发展。"
        "超过25万人完成疫苗全程接种。拆除消化各类历史违建56万平方米。\n"
        "河套深港科技创新合作区建设提速。引进芯片联合研究院、数字能源研发中心等20余个优质项目。\n" + OTHER_FIGURES
        + "\n二、2018年工作安排\n力促地铁8号线二期尽快开工。确保北理莫斯科大学顺利开学。争创全国文明城市。"
        "力争新认定国家高新技术企业45家，总数突破100家。\n",
        "盐田区2016年政府工作报告.txt": "盐田区2016年政府工作报告\n一、2015年工作回顾\n"
        "北理莫斯科大学获批开办。疫情防控有力有序。新建学校4所。\n" + OTHER_FIGURES + "\n"})
    # a plan that strives for a stage says it is not reached, in Chinese and in English
    assert answer("地铁8号线二期在2018年报告时已经开工了吗？", store).yes is False
    assert answer("Had phase II of Metro Line 8 already broken ground by the time of the 2018 report?", store).yes is False
    assert answer("北理莫斯科大学已经开学了吗？", store).yes is False
    # the year a report reviews, said as a scope, and an honour's title ask for no report fact
    pm = answer("What was the average PM2.5 concentration in Yantian in the year reviewed by the 2018 report?", store)
    assert quotes(pm)[:1] == ["24微克/立方米"]
    assert answer("Is Yantian going after the national civilized city (全国文明城市) title according to its 2018 report?",
                  store).yes is True
    # words the reports write otherwise: 国家级, 均值, 细颗粒物, 民间投资, 疫苗全程接种, 历史违建
    assert quotes(answer("2018年报告说盐田国家高新技术企业总数到了多少家？", store))[:1] == ["83家"]
    assert quotes(answer("盐田2017年细颗粒物PM2.5年均浓度是多少", store))[:1] == ["24微克/立方米"]
    assert quotes(answer("盐田民营投资去年涨了多少", store))[:1] == ["2.7%"]
    assert quotes(answer("盐田打完全程新冠疫苗的人有多少", store))[:1] == ["超过25万人"]
    assert quotes(answer("盐田一共拆掉、消化了多少历史遗留违法建筑？", store))[:1] == ["56万平方米"]
    # what was done as well as how many, asked of a zone the figure's sentence does not name: the passage
    zone = answer("想了解一下河套深港科技创新合作区那边招引项目的情况，引进了哪些、大概多少个？", store)
    assert any("芯片联合研究院" in (item.text or "") for item in zone.items)
    # a thing asked after 提到 in words the reports never use, behind words they do use: no
    assert answer("2016年那份报告讲疫情防控讲了很多，里面有没有提到新冠疫苗接种？", store).yes is False


def test_editions_claimed_in_characters_a_comparative_after_what_is_compared_and_shares_named_at_length(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "罗湖区2016年政府工作报告.txt": "罗湖区2016年政府工作报告\n一、过去五年工作回顾\n"
        "高考重点本科和一般本科上线率稳步提升，2016年分别达到29.4%和75.3%。电子商务年交易额达2500亿元。"
        "“创业之星”大赛连续举办十届。全区地区生产总值增长5.1%，增速高于全国。推行学前一年免费教育。商贸流通繁荣。\n"
        + OTHER_FIGURES + "\n二、今后五年工作安排\n到2020年，培育引进“菁英人才”1000名。\n",
        "罗湖区2021年政府工作报告.txt": "罗湖区2021年政府工作报告\n一、过去五年工作回顾\n"
        "引进认定各领域人才1045名。九大类民生支出超125亿元，增长47%，占地方本级支出84%。"
        "出台智能网联交通产业扶持政策。\n" + OTHER_FIGURES + "\n"})
    # a year written before 分别 is the year of the figures it opens
    assert quotes(answer("2016年罗湖的高考重点本科上线率有多少", store))[:1] == ["29.4%"]
    # a hyphenated English word is one glossary entry (no commerce of its own)
    assert quotes(answer("What was the annual e-commerce transaction volume in Luohu as stated in the 2016 report?",
                         store))[:1] == ["2500亿元"]
    # a deadline a plan is asked for is the target's, though a later report reviews that year
    assert quotes(answer("到2020年罗湖打算培养引进多少名菁英人才", store))[:1] == ["1000名"]
    # 十五届 is not 十届; 比全国低 is the other way round from 高于全国; 高中 is no 学前 education
    assert answer("“创业之星”大赛是不是已经连续办了十五届了", store).yes is False
    assert answer("“创业之星”大赛是不是已经连续办了十届了", store).yes is True
    assert answer("2016年的报告是不是说罗湖GDP增速比全国还低？", store).yes is False
    assert answer("报告有没有说罗湖要推行免费高中教育？", store).yes is False
    # a share named at length takes what it is a share of from the sentence before
    assert "84%" in quotes(answer("2021年报告里民生支出占财政支出的比重是多少？", store))
    assert answer("What does the 2021 report say about intelligent connected vehicles?", store).items


def test_english_phrases_for_rivers_antitrust_spending_and_a_deadline_claimed(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院政府工作报告_2017年.txt": "国务院政府工作报告\n一、2016年工作回顾\n"
        "投入8亿元推进治水提质，完成31个沿河排放口整治。\n" + OTHER_FIGURES
        + "\n二、2017年工作安排\n强化反垄断和防止资本无序扩张，坚决维护公平竞争市场环境。"
        "迭代完善促消费政策举措，深入实施提振消费专项行动。"
        "加大燃煤电厂超低排放和节能改造力度，保障电力供应，东中部地区要分别于今明两年完成，西部地区于2020年完成。\n",
        "国务院政府工作报告_2019年.txt": "国务院政府工作报告\n一、2018年工作回顾\n新建学校4所。\n" + OTHER_FIGURES + "\n"})

    def passages(question: str) -> str:
        return " ".join(item.text or "" for item in answer(question, store).items)

    assert "治水提质" in passages("What does the 2017 report say about cleaning up rivers?")
    assert "反垄断" in passages("What does the 2017 report say about antitrust and curbing the disorderly expansion of capital?")
    assert "促消费" in passages("What is the government planning to do in 2017 to get people spending more?")
    claimed = ("Did the 2017 State Council report require western regions to finish ultra-low-emission upgrades of "
               "coal power plants by {}?")
    assert answer(claimed.format(2018), store).yes is False
    assert answer(claimed.format(2020), store).yes is True


def test_the_peoples_income_is_the_residents_income_per_head(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "龙华区2022年政府工作报告.txt": "龙华区2022年政府工作报告\n一、2021年工作回顾\n"
        "实现地方一般公共预算收入152亿元，增长6%。居民人均可支配收入增长4.6%。\n" + OTHER_FIGURES + "\n",
        "龙华区2023年政府工作报告.txt": "龙华区2023年政府工作报告\n一、2022年工作回顾\n"
        "一般公共预算收入152亿元，同口径增长8.8%。居民人均可支配收入增长3.9%。\n" + OTHER_FIGURES + "\n",
        "龙华区2024年政府工作报告.txt": "龙华区2024年政府工作报告\n一、2023年工作回顾\n"
        "一般公共预算收入约160亿元，增长12%。居民人均可支配收入增长5.7%。\n" + OTHER_FIGURES + "\n"})
    income = " ".join(item.text or "" for item in answer("这几年老百姓收入各涨了多少，麻烦对比下", store).items)
    assert all(rate in income for rate in ("4.6%", "3.9%", "5.7%"))


def test_none_happened_still_there_and_a_deadline_said_with_another_number(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "宝安区2017年政府工作报告.txt": "宝安区2017年政府工作报告\n一、2016年工作回顾\n"
        "加强台风防御、抗洪抢险等工作，全年无重特大突发事件发生。推动20号线2018年建成，6号线2020年通车，"
        "12、13、15号线2022年投入运营。广州中医药大学深圳医院成功创建三甲医院。\n" + OTHER_FIGURES + "\n",
        "宝安区2019年政府工作报告.txt": "宝安区2019年政府工作报告\n一、2018年工作回顾\n新建学校4所。\n"
        "二、存在的问题\n市容管理不精细，黑臭水体消除进度滞后，20条河流中仍有9条黑臭水体。\n" + OTHER_FIGURES + "\n"})
    assert answer("2016年宝安区有没有出过重特大的突发事件？", store).yes is False
    assert answer("2017年那份报告是不是说地铁12号线2020年就能通车", store).yes is False
    assert answer("2017年那份报告是不是说地铁6号线2020年就能通车", store).yes is True
    assert answer("到2018年底，宝安是不是已经把辖区的黑臭水体全部消除了？", store).yes is False
    assert answer("广州中医药大学深圳医院是不是2016年就拿下三甲了？", store).yes is True


def test_old_names_of_revenue_an_amount_invested_a_year_in_a_lead_and_english_for_welfare_and_post(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年广东省政府工作报告.txt": "2026年广东省政府工作报告\n——2026年2月1日在广东省第十四届人民代表大会第五次会议上\n"
        "广东省省长 孟凡利\n一、2025年工作回顾\n过去五年，我们牢记嘱托。特别是2018年10月总书记亲临北站社区视察。"
        "财政运行平稳，一般公共预算收入292.22亿元。重点项目完成投资2125亿元。民生领域支出240.5亿元。\n" + OTHER_FIGURES
        + "\n二、2026年工作安排\n今年的主要预期目标是：地方一般公共预算收入增长3%左右。\n",
        "2026年西藏自治区政府工作报告.txt": "2026年西藏自治区政府工作报告\n一、2025年工作回顾\n新建学校4所。\n" + OTHER_FIGURES + "\n"})
    assert quotes(answer("广东去年区级财政一般预算收入是多少", store))[:1] == ["292.22亿元"]
    assert quotes(answer("广东去年重点项目一共完成了多少投资额？", store))[:1] == ["2125亿元"]
    assert quotes(answer("广东2026年地方财政一般公共预算收入目标增速是多少", store))[:1] == ["3%左右"]
    assert quotes(answer("How much did Guangdong spend on livelihood (people's welfare) last year?", store))[:1] == ["240.5亿元"]
    visit = answer("2018年总书记到广东视察，去的是哪个社区？", store)
    assert any("北站社区" in (item.text or "") for item in visit.items)
    post = answer("Who delivered Guangdong's 2026 government work report, and what is his post?", store)
    assert {"孟凡利", "广东省省长"} <= {item.label for item in post.items}


def test_put_into_operation_as_a_plan_and_yao_bu_yao_asks_yes_or_no(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年青海省政府工作报告.txt", "2026年青海省政府工作报告\n一、2025年工作回顾\n"
                       "西宁机场三期建成投用。\n" + OTHER_FIGURES
                       + "\n二、2026年重点工作任务\n全面投运共和机场，推进黄南机场前期。完成第四次全国文物普查。\n")
    assert answer("青海的共和机场是不是去年就已经全面投入使用了？", store).yes is False
    assert answer("青海今年要不要把第四次全国文物普查做完？", store).yes is True


def test_a_word_before_a_one_character_ending_of_a_thing_is_what_is_counted(store) -> None:
    q = understand("2024年对口帮扶河源、汕尾，计划帮多少个贫困村脱贫", question_index(store))
    assert q.head == "贫困"


def test_a_grade_of_water_claimed_is_no_part_of_a_higher_numeral(tmp_path: Path) -> None:
    store = one_report(tmp_path, "龙华区2021年政府工作报告.txt", "龙华区2021年政府工作报告\n一、过去五年工作回顾\n"
                       "观澜河企坪国考断面年均水质由劣V类大幅改善至地表水Ⅲ类。\n" + OTHER_FIGURES + "\n")
    assert answer("观澜河企坪国考断面水质是不是已经提升到地表水Ⅱ类了？", store).yes is False
    assert answer("观澜河企坪国考断面水质是不是已经提升到地表水Ⅲ类了？", store).yes is True


def test_a_name_with_a_number_a_rate_per_ten_thousand_and_an_area_asked_as_such(tmp_path: Path) -> None:
    store = one_report(tmp_path, "罗湖区2024年政府工作报告.txt", "罗湖区2024年政府工作报告\n一、2023年工作回顾\n"
                       "空气质量优良率达94.2%，PM2.5降至19.1微克/立方米。辖区每万人全科医生达7.25名。"
                       "今年新增退耕还林还草66.7万公顷。落实“厕所革命”，改造提升市政公厕28个。"
                       "实现全口径税收收入102.4亿元。\n" + OTHER_FIGURES + "\n")
    assert quotes(answer("罗湖的PM2.5年均浓度降到多少了？", store))[:1] == ["19.1微克/立方米"]
    assert quotes(answer("罗湖辖区每一万个居民摊到几个全科医生", store))[:1] == ["7.25名"]
    assert quotes(answer("新增退耕还林还草的目标是多少面积", store))[:1] == ["66.7万公顷"]
    assert quotes(answer("罗湖翻新了多少座公共厕所", store))[:1] == ["28个"]
    assert quotes(answer("罗湖各种税加起来一共收了多少钱", store))[:1] == ["102.4亿元"]


def test_values_of_each_report_the_year_a_report_lays_out_and_a_gloss_in_chinese(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "罗湖区2018年政府工作报告.txt": "罗湖区2018年政府工作报告\n一、2017年工作回顾\n本区生产总值达到2150亿元。"
        "投入9200万元完成1187个“民生微实事”项目。\n" + OTHER_FIGURES
        + "\n二、2018年工作安排\n今年全区经济社会发展主要预期目标是：本区生产总值增长8%以上。\n",
        "罗湖区2024年政府工作报告.txt": "罗湖区2024年政府工作报告\n一、2023年工作回顾\n全年地区生产总值（GDP）2808.19亿元、"
        "增长7.2%。\n" + OTHER_FIGURES + "\n二、2024年工作安排\n今年经济社会发展主要预期目标是：地区生产总值（GDP）增长6.0%左右。\n"})
    targets = quotes(answer("2018年和2024年罗湖定的GDP增长预期目标各是多少", store))
    assert "8%以上" in targets and "6.0%左右" in targets
    sizes = answer("How big was Luohu's GDP according to the 2018 report versus the 2024 report? Please give both numbers.", store)
    assert sizes.kind == "figures" and {"2150亿元", "2808.19亿元"} <= set(quotes(sizes))
    laid_out = answer("2018年罗湖那份报告，回顾的是哪一年的工作，部署的又是哪一年？", store)
    assert {"2017年", "2018年"} <= {item.label for item in laid_out.items}
    english = answer("Which year's work does the Luohu 2018 report look back on, and which year's work does it lay out?", store)
    assert {"2017", "2018"} <= {item.label for item in english.items}
    glossed = answer("In 2017, how many 'minor livelihood projects' (民生微实事) did Luohu complete?", store)
    assert glossed.kind == "figures" and "1187个" in quotes(glossed)


def test_a_count_claimed_in_english_words_and_a_stage_said_by_another_clause(tmp_path: Path) -> None:
    store = one_report(tmp_path, "罗湖区2018年政府工作报告.txt", "罗湖区2018年政府工作报告\n一、2017年工作回顾\n"
                       "人才工作取得新进展，出台领军人才政策，引入2个院士团队。推进与北京十一学校合作办学，教育水平持续提升。\n"
                       "棚改项目顺利动工。广大棚改将士历经民事协商、规划建设等阶段，"
                       "拆除房屋1284栋。去年12月28日，棚改项目顺利开工建设，标志着“二线插花地”重大安全隐患被彻底摘除。\n"
                       "[1] 2017年全区财政总收入为389亿元，其中含“二线插花地”棚改专项转移支付资金等159亿元上级补助收入。\n"
                       + OTHER_FIGURES + "\n")
    assert answer("Is it true that Luohu brought in three academician teams?", store).yes is False
    assert answer("Is it true that Luohu brought in two academician teams?", store).yes is True
    assert answer("Does the report mention any cooperation with Beijing No. 11 School?", store).yes is True
    assert answer("Does the report claim that PM2.5 reached its best level since 2012?", store).yes is not True
    assert answer("二线插花地棚改房子去年已经盖好竣工了吗？", store).yes is False


def test_english_words_for_overcapacity_and_zombie_firms(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院2016年政府工作报告.txt", "国务院2016年政府工作报告\n一、2015年工作回顾\n" + OTHER_FIGURES
                       + "\n二、2016年重点工作\n着力化解过剩产能和降本增效。采取兼并重组等措施，积极稳妥处置“僵尸企业”。"
                       "大力推进国有企业改革。\n强化企业创新主体地位。\n")
    said = answer("what does the State Council say about cutting overcapacity and dealing with zombie firms?", store)
    assert quotes(said)[:1] and quotes(said)[0].startswith("着力化解过剩产能")


def test_a_task_set_a_burden_lifted_whose_satisfaction_a_count_in_characters_and_an_issue_as_topic(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年山西省政府工作报告.txt", "2026年山西省政府工作报告\n一、2025年工作回顾\n"
                       "实施阶段性大规模减税降费，全年为市场主体减负超过2.6万亿元。进一步规范和提升12345热线服务，满意率95.4%。"
                       "将16支省级政府投资基金整合为产业、科创两支基金。切实减轻企业负担，全面完成年度目标任务。\n" + OTHER_FIGURES
                       + "\n二、2026年重点工作\n今年要完成铁路建设投资8000亿元、公路水运投资1.8万亿元。\n"
                       "保障好群众住房需求。坚持房子是用来住的、不是用来炒的定位。\n"
                       "我们也清醒看到，发展中还存在不少困难和问题，部分企业生产经营困难。\n")
    assert quotes(answer("今年铁路建设投资的任务是多少", store))[:1] == ["8000亿元"]
    assert "2.6万亿元" in " ".join(quotes(answer("减税降费一共给企业减了多少负担", store)))
    assert quotes(answer("山西12345热线的群众满意率现在是多少", store))[:1] == ["95.4%"]
    assert answer("山西是不是把省级政府投资基金整合成了3支基金？", store).yes is False
    assert answer("山西是不是把省级政府投资基金整合成了2支基金？", store).yes is True
    housing = answer("报告里关于老百姓住房问题都讲了些啥", store)
    assert housing.kind == "topic" and quotes(housing)[0].startswith("保障好群众住房需求")
    assert answer("报告里关于存在的问题讲了啥", store).kind == "problems"


def test_a_rate_compared_with_an_average_and_names_the_reports_never_use(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年广西壮族自治区政府工作报告.txt": "2026年广西壮族自治区政府工作报告\n一、2025年工作回顾\n"
        "过去五年，我们牢记嘱托，高速公路通车里程全国第四，地区生产总值迈上新台阶，人民生活水平稳步提高。\n"
        "经济运行稳中有进。全区地区生产总值增长5.1%，增速高于预期目标、高于全国。获批1个国家中医药传承创新发展示范城市，"
        "设立服务中心3个。推广清洁燃料，建成动力电池生产线，发展新能源产业。\n" + OTHER_FIGURES
        + "\n二、2026年重点工作\n积极申建中国（广西）自由贸易试验区。\n",
        "2026年广东省政府工作报告.txt": "2026年广东省政府工作报告\n一、2025年工作回顾\n培育氢燃料电池汽车产业集群。"
        "持续合理提高退休人员基本养老金，关心老年人的年龄特点。\n" + OTHER_FIGURES + "\n"})
    assert answer("广西去年GDP增速是不是比全国平均水平低？", store).yes is False
    assert answer("广西去年GDP增速是不是比全国平均水平高？", store).yes is True
    assert answer("广西是不是已经获批设立自由贸易试验区了？", store).yes is False
    assert answer("广西是不是打算申请搞自贸区？", store).yes is True
    assert answer("广西的报告是否提到要发展氢能或者燃料电池产业？", store).yes is False
    assert answer("广东的报告是否提到要发展燃料电池产业？", store).yes is True
    assert answer("广东的报告中是否提到推迟退休年龄", store).yes is False


def test_a_rank_claimed_in_its_scope_people_in_any_unit_money_by_its_unit_and_the_congress_asked(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2020年广东省政府工作报告.txt", "2020年广东省政府工作报告\n"
                       "——2020年1月14日在广东省第十三届人民代表大会第三次会议上\n一、2019年工作回顾\n"
                       "坚持把创新驱动发展作为核心战略，使创新成为引领发展的第一动力。区域创新能力居全国第二。"
                       "引进创新创业团队44个，全职在粤工作两院院士达89人。用好新增债务额度。\n" + OTHER_FIGURES
                       + "\n二、2020年工作安排\n今年安排地方专项债券1.35万亿元。\n")
    assert answer("广东的区域创新能力是不是排在全国第一？", store).yes is False
    assert answer("广东的区域创新能力是不是排在全国第二？", store).yes is True
    assert answer("全职在广东工作的两院院士是不是有89位？", store).yes is True
    assert quotes(answer("地方专项债额度今年安排了多少", store))[:1] == ["1.35万亿元"]
    congress = answer("广东的政府工作报告是在哪次大会上作的？", store)
    assert [item.label for item in congress.items] == ["广东省第十三届人民代表大会第三次会议"]


def test_the_problems_a_report_of_the_year_asked_owns_to_in_a_passage(tmp_path: Path) -> None:
    # Two real reports: the 2022 one owns to its shortcomings in one paragraph (…我们清醒认识到：一是…),
    # the other lists its problems as items.
    texts = Path(__file__).parent / "gold" / "texts"
    store = several_reports(tmp_path, {name: (texts / name).read_text(encoding="utf-8") for name in (
        "大鹏新区管委会2014年工作报告_2015.txt", "大鹏新区2022年管委会工作报告_2022.txt")})
    short = answer("2022年大鹏新区管委会觉得自己还有哪些短板和不足", store)
    assert short.kind == "problems" and quotes(short)[:1] and "生态优势转化经济发展动能不足" in quotes(short)[0]
    assert any("能源产业比重过大" in q for q in quotes(answer("2015年大鹏新区存在哪些问题", store)))


def test_all_done_said_done_in_part_an_aside_on_scope_a_split_compound_a_period_and_a_phone_number(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "龙岗区2019年政府工作报告.txt": "龙岗区2019年政府工作报告\n一、2018年工作回顾\n" + OTHER_FIGURES
        + "\n二、2019年工作安排\n完成59件年度民生实事。落实《龙岗区中坚企业培育计划实施办法》。\n",
        "龙岗区2020年政府工作报告.txt": "龙岗区2020年政府工作报告\n一、2019年工作回顾\n"
        "区委区政府199项年度重点工作完成198项，59项民生实事完成57项。有序推进新冠疫苗接种，全人群全程疫苗接种覆盖率达94%。"
        "在全国实行“携号转网”。提高个人所得税起征点，设立6项专项附加扣除。增值税起征点从月销售额3万元提高到10万元。\n"
        + OTHER_FIGURES + "\n二、2020年工作安排\n落实《深圳经济特区股份合作公司条例》。\n"})
    assert answer("龙岗2019年的59件民生实事是不是全部都办完了？", store).yes is False
    assert answer("Were all 59 livelihood projects completed in 2019?", store).yes is False
    assert answer("区委区政府的年度重点工作是否全部完成", store).yes is False
    cited = answer("龙岗区2020年政府工作报告（包括后面的名词解释）用书名号引用了哪些政策文件？", store)
    assert cited.kind == "list" and "深圳经济特区股份合作公司条例" in {item.label for item in cited.items}
    assert quotes(answer("2019年新冠疫苗全程接种率到了多少？", store))[:1] == ["94%"]
    assert answer("2019年个税起征点具体提高到每月多少钱了？", store).absent is True
    ported = answer("Does the 2020 report say mobile number portability will be rolled out nationwide?", store)
    assert ported.kind == "yesno" and ported.yes is True
    both = answer("How many enterprises were newly set up according to each of the two reports?", store)
    assert quotes(both).count("715户") == 2  # one of each report


def test_yes_or_no_on_levels_ranks_parts_targets_amounts_abbreviations_and_names_in_pinyin(tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2022年光明区政府工作报告.txt": "2022年光明区政府工作报告\n一、2021年工作回顾\n"
        "全年地区生产总值1285.3亿元，增长12.9%，增速“十三五”以来首次突破两位数，排名全市第一。茅洲河碧道被评为广东省五星级碧道。"
        "完成剩余14处危险边坡治理，实现411处全部销号。区水务局获评省生态环境保护先进集体。基本消除建成区黑臭水体。"
        "凤凰城开发圆满收官，累计完成投资超2000亿元。新增养老床位3852张、认知障碍照护床位3326张。两院院士增至93位。"
        "11.08万套保交房任务全面完成。\n" + OTHER_FIGURES
        + "\n二、2022年工作安排\n未来五年主要预期目标为：地区生产总值达到2000亿元左右；人均GDP达到40万元以上。"
        "推进南岭国家公园创建工作。新增床位6千张。办好第三届亚洲青年运动会。今年财政赤字2.38万亿元，比去年增加2000亿元。"
        "城镇新增就业预期目标比去年多100万人。城镇新增就业1100万人以上。\n"})
    assert answer("请问光明区2021年的GDP增速在深圳全市是不是排第一？", store).yes is True
    assert answer("请问光明区2021年的GDP增速在深圳全市是不是排第二？", store).yes is False
    assert answer("茅洲河碧道是不是评上了国家级的五星级碧道", store).yes is False
    assert answer("茅洲河碧道是不是评上了省级五星级碧道", store).yes is True
    assert answer("光明区的危险边坡是不是还剩十几处没治理完", store).yes is False
    assert answer("听说光明区生态环境局被评为省里的生态环境保护先进集体，是这样吗", store).yes is False
    assert answer("建成区的黑臭水体是不是已经百分之百清零了", store).yes is False
    assert answer("Has Guangming wrapped up the development of Fenghuang City, with over 200 billion yuan invested?",
                  store).yes is True
    assert answer("Does the report mention Huawei?", store).yes is not True
    assert answer("光明去年新增认知障碍照护床位3852张，对吗？", store).yes is False
    assert answer("光明的两院院士人数现在是不是已经破百了？", store).yes is False
    assert answer("那11万多套保交房，是不是全都交付完了", store).yes is True
    assert answer("Has Guangming's GDP per head already passed 400,000 yuan?", store).yes is False
    assert answer("南岭国家公园是不是已经正式设立了？", store).yes is False
    assert answer("Does Guangming plan to add 6,000 hospital beds in 2022?", store).yes is True
    assert answer("光明2022年要办第三届亚青会吗", store).yes is True
    assert answer("The report put the deficit at 2.38 trillion yuan. Was that 300 billion yuan more than the year before?",
                  store).yes is False
    assert answer("Did the report target more than 11 million new urban jobs?", store).yes is True


def test_a_rank_of_growth_is_no_rank_of_size_and_two_character_names_in_pinyin(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年安徽省政府工作报告.txt", "2026年安徽省政府工作报告\n一、2025年工作回顾\n"
                       "规上工业增加值增速居全国第4位，进出口总额突破万亿元、增速居全国第5位。推动皖北地区振兴发展。"
                       "深化市场化机制改革。\n" + OTHER_FIGURES + "\n")
    assert answer("报告是不是说安徽进出口总额的规模排在全国第5位？", store).yes is False
    assert answer("报告是不是说安徽进出口总额的增速排在全国第5位？", store).yes is True
    assert "皖北" in answer("What does the report say about northern Anhui (Wanbei)?", store).items[0].text
    assert answer("Does the report mention Huaji?", store).yes is not True  # 化机 of 市场化机制 is no name


def test_yes_or_no_on_a_plans_year_an_english_rank_a_document_drafted_a_threshold_and_a_growth_of_its_item(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "国务院2017年政府工作报告.txt": "国务院2017年政府工作报告\n一、2016年工作回顾\n全年城镇新增就业1314万人。"
        "实际使用外资1300多亿美元，继续位居发展中国家首位。推广上海等自贸试验区改革创新成果，新设7个自贸试验区。\n"
        + OTHER_FIGURES + "\n二、2017年重点工作\n取消或停征中央涉企行政事业性收费35项，收费项目再减少一半以上。"
        "要推动内地与港澳深化合作，研究制定《粤港澳大湾区城市群发展规划》。\n",
        "2026年上海市政府工作报告.txt": "2026年上海市政府工作报告\n一、2025年工作回顾\n全市生产总值达到5.67万亿元、增长5.4%，"
        "好于预期。第八届中国国际进口博览会圆满成功举办，意向成交金额达到834.9亿美元、增长4.4%。\n" + OTHER_FIGURES + "\n"})
    assert answer("想确认一下：2016年全国城镇新增就业超过1300万人了没有？", store).yes is True
    assert answer("2016年全国城镇新增就业超过1400万人了没有？", store).yes is False
    assert answer("国务院2017年要砍掉35项中央层面的涉企行政事业性收费，对吗", store).yes is True
    assert answer("Is it true that in 2016 China ranked second among developing countries for actual use of foreign "
                  "investment?", store).yes is False
    assert answer("国务院2017年报告是不是宣布粤港澳大湾区城市群发展规划已经出台了？", store).yes is False
    assert answer("2016年国家新设了8个自贸试验区，我没记错吧？", store).yes is False
    assert answer("2016年国家新设了7个自贸试验区，我没记错吧？", store).yes is True
    assert answer("第八届进博会的意向成交额有没有超过800亿美元", store).yes is True
    assert answer("第八届进博会的意向成交额有没有超过900亿美元", store).yes is False
    assert answer("Is it true that Shanghai's GDP grew by 5.4% in 2025 to roughly 5.67 trillion yuan?", store).yes is True


def test_yes_or_no_on_two_claims_at_once_a_national_batch_a_share_covered_covid_unnamed_and_a_rival_figure(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "深圳市2019年政府工作报告.txt": "深圳市2019年政府工作报告\n一、2018年工作回顾\n"
        "初步核算，2018年本市生产总值突破2.4万亿元、同比增长7.6%，经济总量居亚洲城市前五。\n" + OTHER_FIGURES + "\n",
        "福田区2020年政府工作报告.txt": "福田区2020年政府工作报告\n一、2019年工作回顾\n福田区被评为广东省第一批县域节水型社会达标城区。"
        "家庭病床服务覆盖近80%社康机构。高质量办理人大代表建议162件、政协提案112件。现代服务业实现增加值2900亿元，增长7.3%。"
        "金融业预计实现增加值约1420亿元，占全区地区生产总值33%。\n" + OTHER_FIGURES
        + "\n二、2020年工作安排\n加大重大卫生防控力度，预防重大公共卫生突发疫情发生。\n"})
    assert answer("深圳2018年GDP是不是已经突破2.4万亿了？增速是7.6%吗", store).yes is True
    assert answer("深圳2018年GDP是不是已经突破2.4万亿了？增速是7.8%吗", store).yes is False
    assert answer("福田区有没有被评为国家第一批县域节水型社会达标城区", store).yes is False
    assert answer("福田的家庭病床服务是不是已经覆盖了全部社康机构？", store).yes is False
    assert answer("麻烦确认下：福田去年办了162件人大代表建议和112件政协提案？", store).yes is True
    assert answer("福田区2020年政府工作报告有没有部署新冠肺炎疫情防控工作？", store).yes is False
    assert answer("福田现代服务业增加值是1420亿元吗", store).yes is False
    assert answer("福田现代服务业增加值是2900亿元吗", store).yes is True


def test_a_proper_name_asked_must_be_in_the_passage_that_says_yes(tmp_path: Path) -> None:
    store = one_report(tmp_path, "福田区2018年政府工作报告.txt", "福田区2018年政府工作报告\n一、2017年工作回顾\n"
                       "福田与韩国大邱市中区缔结友好城区关系，对外交流不断深化。\n招商引资成效显著。引进新加坡星桥腾飞集团项目。\n"
                       + OTHER_FIGURES + "\n")
    assert answer("福田有没有和新加坡的城市结成友好城区？", store).yes is False
    assert answer("福田有没有和韩国的城市结成友好城区？", store).yes is True


def test_a_fall_claimed_of_a_number_the_passage_says_rose(tmp_path: Path) -> None:
    store = one_report(tmp_path, "国务院2022年政府工作报告.txt", "国务院2022年政府工作报告\n一、2021年工作回顾\n"
                       "城镇新增就业1269万人，城镇调查失业率平均为5.1%。居民消费价格上涨0.9%。\n" + OTHER_FIGURES + "\n")
    assert answer("2021年全国居民消费价格是不是下降了0.9%", store).yes is False
    assert answer("2021年全国居民消费价格是不是上涨了0.9%", store).yes is True


def test_yes_or_no_on_a_stage_said_with_its_object_a_range_asked_and_a_rank_of_a_city_named_in_english(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年四川省政府工作报告.txt": "2026年四川省政府工作报告\n一、2025年工作回顾\n"
        "谋划多年、惠及3400万人的引大济岷工程启动建设，向家坝灌区一期一步工程建成通水。支持成都打造国际航空枢纽，"
        "旅客吞吐量突破9000万人次、居全国第3位。\n" + OTHER_FIGURES + "\n",
        "2026年浙江省政府工作报告.txt": "2026年浙江省政府工作报告\n一、2025年工作回顾\n杭州萧山国际机场旅客吞吐量突破5000万人次。\n"
        + OTHER_FIGURES + "\n二、2026年重点工作\n今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%，在实际工作中努力争取更好结果。\n"})
    assert answer("四川那个引大济岷工程，是不是已经建成通水了？", store).yes is False
    assert answer("四川那个引大济岷工程，是不是已经启动建设了？", store).yes is True
    assert answer("浙江今年GDP增长的预期目标是不是定在5%到5.5%这个区间？", store).yes is True
    assert answer("Is it true that Chengdu's airports handled more than 90 million passengers last year, putting the city "
                  "third in the country?", store).yes is True
    assert answer("Is it true that Chengdu's airports handled more than 90 million passengers last year, putting the city "
                  "second in the country?", store).yes is False


def test_yes_or_no_on_a_run_of_years_a_round_under_way_a_draft_a_trial_run_a_pair_said_respectively_and_a_place_unsaid(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年甘肃省政府工作报告.txt": "2026年甘肃省政府工作报告\n一、2025年工作回顾\n"
        "生态环境质量明显改善，连续三年获国家污染防治攻坚战成效考核优秀等次。第一、二轮中央生态环保督察反馈问题全部整改办结，"
        "第三轮整改任务有序推进。\n" + OTHER_FIGURES + "\n二、2026年重点工作\n积极申建中国（甘肃）自由贸易试验区。\n",
        "国务院2025年政府工作报告.txt": "国务院2025年政府工作报告\n一、2024年工作回顾\n"
        "全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%。坪山口腔医院试运营。"
        "筹集公共住房6152套，供应3950套。臭氧浓度同比下降11%。新增生物医药企业135家，增长46%，总数达430家。\n"
        + OTHER_FIGURES + "\n二、2025年政府工作任务\n提请全国人大常委会审议民营经济促进法草案。稳步推动基本医疗保险省级统筹。"
        "做好西藏定日县地震灾后恢复重建。推动签署中国－东盟自贸区3.0版升级协定。\n"})
    assert answer("甘肃是不是连续四年拿到国家污染防治攻坚战成效考核优秀？", store).yes is False
    assert answer("甘肃是不是连续3年拿到国家污染防治攻坚战成效考核优秀？", store).yes is True
    assert answer("甘肃第三轮中央环保督察反馈的问题，是不是也已经全部整改完了？", store).yes is False
    assert answer("甘肃第二轮中央环保督察反馈的问题，是不是已经全部整改完了？", store).yes is True
    assert answer("甘肃的自由贸易试验区已经批下来了吗？", store).yes is False
    assert answer("Did manufacturing investment grow by 9.4%?", store).yes is False
    assert answer("Did manufacturing investment grow by 9.1%?", store).yes is True
    assert answer("民营经济促进法是不是已经正式出台施行了", store).yes is False
    assert answer("报告是不是提出要推动基本医保全国统筹？", store).yes is False
    assert answer("报告是不是提出要推动基本医保省级统筹？", store).yes is True
    assert answer("报告有没有讲要做好青海地震的灾后恢复重建", store).yes is False
    assert answer("中国-东盟自贸区3.0版升级协定已经签下来了吗？", store).yes is False
    assert answer("坪山口腔医院是不是已经正式开门运营了", store).yes is False
    assert answer("供应出去的公共住房是6152套，对吗", store).yes is False
    assert answer("筹集的公共住房是6152套，对吗", store).yes is True
    assert answer("臭氧浓度比上年是升高了吗", store).yes is False
    assert answer("生物医药企业总共有430家左右吗？", store).yes is True


def test_yes_or_no_on_two_bodies_said_apart_a_level_of_a_named_body_an_approximate_number_and_a_county_of_a_province(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年海南省政府工作报告.txt": "2026年海南省政府工作报告\n一、2025年工作回顾\n"
        "海南大学进入软科中国大学排名百强，海南医科大学首次跻身软科世界大学学术排名。\n" + OTHER_FIGURES + "\n",
        "坪山区2020年政府工作报告.txt": "坪山区2020年政府工作报告\n一、2019年工作回顾\n马峦创谷获评国家级科技企业孵化器。"
        "地区生产总值约5300亿元，增长8.4%左右。对口帮扶的田东县实现脱贫摘帽。\n" + OTHER_FIGURES + "\n"})
    assert answer("听说海南大学去年挤进了软科世界大学学术排名，真有这回事吗", store).yes is False
    assert answer("听说海南医科大学去年挤进了软科世界大学学术排名，真有这回事吗", store).yes is True
    assert answer("马峦创谷拿到的是省级科技企业孵化器的牌子吗？", store).yes is False
    assert answer("马峦创谷拿到的是国家级科技企业孵化器的牌子吗？", store).yes is True
    assert answer("坪山GDP是不是大概5300亿上下、增速在8.4%左右？", store).yes is True
    assert answer("坪山对口帮扶的广西田东县，有没有实现脱贫摘帽", store).yes is True


def test_yes_or_no_on_a_scale_in_english_a_first_built_a_first_of_a_region_a_threshold_exceeded_a_topped_out_station_and_a_visit_witnessed(
        tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年甘肃省政府工作报告.txt", "2026年甘肃省政府工作报告\n一、2025年工作回顾\n"
                       "庆阳数据中心集群从无到有、数实融合，算力规模达到11.4万P。全球首座“钍基熔盐实验堆”在武威建成运行。"
                       "敦煌推出西北首条低空自驾游线路。空气质量优良率达95.3%。地铁14号线首座车站封顶。"
                       "在中法两国元首见证下，引进赛诺菲巴斯德疫苗系列创新项目。全年签约重大项目30个。\n" + OTHER_FIGURES + "\n")
    assert answer("Is it true that the Qingyang data-centre cluster has reached a computing scale of about 114,000 P?",
                  store).yes is True
    assert answer("Is it true that the Qingyang data-centre cluster has reached a computing scale of about 124,000 P?",
                  store).yes is False
    assert answer("全球第一座钍基熔盐实验堆，是不是建在武威、而且已经运行起来了", store).yes is True
    assert answer("敦煌推出的低空自驾游线路算不算全国第一条？", store).yes is False
    assert answer("敦煌推出的低空自驾游线路算不算西北第一条？", store).yes is True
    assert answer("Did the rate of days with good or excellent air quality exceed 95%?", store).yes is True
    assert answer("Did the rate of days with good or excellent air quality exceed 96%?", store).yes is False
    assert answer("地铁14号线已经通车运营了吧？", store).yes is False
    assert answer("Did it bring in vaccine projects, signed in front of the Chinese and French presidents?", store).yes is True


def test_a_date_claimed_of_a_report_is_checked_against_its_facts(tmp_path: Path) -> None:
    store = one_report(tmp_path, "坪山区2021年政府工作报告.txt", "坪山区2021年政府工作报告\n成文日期：2021-02-02\n"
                       "一、2020年工作回顾\n" + OTHER_FIGURES + "\n")
    assert answer("坪山政府工作报告的成文日期是不是2021年2月2号？", store).yes is True
    assert answer("坪山政府工作报告的成文日期是不是2021年2月3号？", store).yes is False
    assert answer("报告的签发人是谁", store).summary == "报告未提及签发人、作报告人"


def test_an_amount_in_english_yuan_is_compared_with_amounts_not_with_counts_of_people(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年重庆市政府工作报告.txt", "2026年重庆市政府工作报告\n一、2025年工作回顾\n"
                       "为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。重庆成为中西部地区首个经济总量超过3万亿元的城市。\n"
                       + OTHER_FIGURES + "\n")
    assert answer("Is Chongqing the first city in central and western China whose economy exceeded 3 trillion yuan?",
                  store).yes is True
    assert answer("Did Chongqing's economy exceed 4 trillion yuan?", store).yes is False


def test_yes_or_no_on_a_year_the_plan_gives_another_thing_a_month_for_the_whole_year_and_an_english_product(
        tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年山东省政府工作报告.txt", "2026年山东省政府工作报告\n一、2025年工作回顾\n"
                       "坪山河上洋断面年均值达到地表水III类标准，龙岗河西湖村断面12月份已达地表水V类标准。"
                       "储能装机达到1900万千瓦，绿氢产量突破1万吨。\n" + OTHER_FIGURES
                       + "\n二、2026年重点工作\n抓好6条续建高铁建设，今年建成雄商、济滨高铁，2027年、2028年分别建成津潍、潍宿高铁。\n")
    assert answer("山东今年能不能建成津潍高铁？", store).yes is False
    assert answer("山东今年能不能建成雄商高铁？", store).yes is True
    assert answer("龙岗河西湖村断面是不是全年都达到了地表水V类标准", store).yes is False
    assert answer("坪山河上洋断面是不是全年都达到了地表水III类标准", store).yes is True
    assert [item.label for item in answer("How much green hydrogen was produced?", store).items][:1] == ["绿氢产量 突破1万吨"]


def test_yes_or_no_on_a_district_within_its_city_a_rank_said_after_its_measure_a_target_met_and_an_amount_in_characters(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2025年光明区政府工作报告.txt": "2025年光明区政府工作报告\n一、2024年工作回顾\n"
        "全年地区生产总值实现1721亿元、增长8.6%，增速全市行政区排名第二。"
        "海绵城市建设达标面积增至53.2平方公里，超额完成“十四五”规划目标，连续7年考评全市第一。\n" + OTHER_FIGURES + "\n",
        "2024年南山区政府工作报告.txt": "2024年南山区政府工作报告\n一、2023年工作回顾\n2023年本地生产总值增长5.1%，达到8566亿元，"
        "增速全市第一。辖区税收2101亿元，增长8.4%，首次突破2000亿元大关。累计培育国家级制造业单项冠军25个，全市第一。\n"
        + OTHER_FIGURES + "\n"})
    assert answer("光明区2024年GDP增速在深圳各区里是排第二吗？", store).yes is True
    assert answer("光明区2024年GDP增速在深圳各区里是排第一吗？", store).yes is False
    assert answer("南山的国家级制造业单项冠军数量在深圳是不是排第一", store).yes is True
    assert answer("南山的国家级制造业单项冠军数量在深圳是不是排第二", store).yes is False
    assert answer("光明海绵城市建设考评是不是已经连续七年全市第一了？", store).yes is True
    assert answer("南山2023年的辖区税收是不是头一回超过两千亿？", store).yes is True
    assert answer("南山2023年的辖区税收是不是头一回超过三千亿？", store).yes is False


def test_amounts_in_characters_and_bare_magnitudes_are_the_reports_numbers_and_two_places_of_a_graph_name_both(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年湖北省政府工作报告.txt": "2026年湖北省政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.5%。武汉跨入地区生产总值两万亿级城市行列。"
        "去年全省固定资产投资出现明显下滑、跌破千亿。\n" + OTHER_FIGURES + "\n",
        "2026年湖南省政府工作报告.txt": "2026年湖南省政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.2%。\n" + OTHER_FIGURES + "\n"})
    assert answer("武汉GDP是不是已经进了两万亿俱乐部", store).yes is True
    assert answer("武汉GDP是不是已经进了三万亿俱乐部", store).yes is False
    assert answer("湖北有没有承认过固定资产投资跌到了一千亿以下？", store).yes is True
    assert len({item.extra.get("report") for item in answer("湖北和湖南的地区生产总值分别增长多少", store).items}) == 2


def test_yes_or_no_on_a_share_done_an_apposition_a_rise_asked_a_yearly_average_a_place_in_another_part_and_english_marks(
        tmp_path: Path) -> None:
    store = several_reports(tmp_path, {
        "2026年青海省政府工作报告.txt": "2026年青海省政府工作报告\n一、2025年工作回顾\n"
        "第三轮中央生态环保督察反馈问题整改完成率达94.2%。“青薯9号”连续四年蝉联全国推广面积第一。"
        "开展规范涉企行政执法专项行动，检查总量下降24.2%。全年生产钾肥757.5万吨、增长1.1%，生产碳酸锂16.9万吨、增长25.3%。"
        "成为全国地表水国考断面水质优良率连续五年保持100%的唯一省份。\n" + OTHER_FIGURES + "\n",
        "2026年贵州省政府工作报告.txt": "2026年贵州省政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长4.9%，一般公共预算收入增长2.5%。"
        "“十四五”时期，一般公共预算收入、税收收入年均分别增长4.5%、3%。电力装机规模突破1亿千瓦。"
        "支持“黎从榕”打造对接粤港澳大湾区“桥头堡”、遵义打造对接成渝地区双城经济圈“桥头堡”。\n" + OTHER_FIGURES + "\n"})
    assert answer("第三轮中央环保督察给青海反馈的问题，是不是已经百分之百整改完了？", store).yes is False
    assert answer("“青薯9号”这个马铃薯品种，全国推广面积是不是已经连着四年排第一了？", store).yes is True
    assert answer("“青薯9号”这个马铃薯品种，全国推广面积是不是已经连着五年排第一了？", store).yes is False
    assert answer("青海涉企检查的数量是不是反而多了24.2%？", store).yes is False
    assert answer("青海涉企检查的数量是不是少了24.2%？", store).yes is True
    assert answer("Is it true that Qinghai produced about 169,000 tonnes of lithium carbonate?", store).yes is True
    assert answer("有人说青海是全国唯一一个国考断面水质优良率连续五年100%的省份，真的假的？", store).yes is True
    assert answer("贵州2025年一般公共预算收入是不是增长了4.5%？", store).yes is False
    assert answer("贵州2025年一般公共预算收入是不是增长了2.5%？", store).yes is True
    assert answer("Did Guizhou's installed power generation capacity pass the 100 million kW mark during the 14th Five-Year "
                  "Plan?", store).yes is True
    assert answer("贵州是不是让遵义去当对接粤港澳大湾区的“桥头堡”？", store).yes is False
    assert answer("贵州是不是让遵义去当对接成渝地区双城经济圈的“桥头堡”？", store).yes is True


def test_yes_or_no_on_a_standing_a_designation_a_field_noun_after_an_unheld_thing_and_a_number_inside_a_name(
        tmp_path: Path) -> None:
    store = one_report(tmp_path, "2025年光明区政府工作报告.txt", "2025年光明区政府工作报告\n一、2024年工作回顾\n"
                       "光明获评国家知识产权强县建设试点县。PM2.5平均浓度17.6微克/立方米。\n" + OTHER_FIGURES
                       + "\n二、存在的问题\nPM2.5、PM10等指标虽有较大幅度改善，但仍然全市排名靠后。\n"
                       "三、2025年工作安排\n前瞻布局合成生物、脑科学等未来产业，发展科技服务业。\n")
    assert answer("光明区是不是已经拿到国家知识产权强县建设示范县的称号了", store).yes is False
    assert answer("光明区是不是已经拿到国家知识产权强县建设试点县的称号了", store).yes is True
    assert answer("光明区2025年工作安排里有没有提到布局量子科技？", store).yes is False
    assert answer("光明区2025年工作安排里有没有提到布局合成生物？", store).yes is True
    assert answer("光明的PM2.5指标是不是全市排名靠前？", store).yes is False
    assert answer("光明的PM2.5指标是不是全市排名靠后？", store).yes is True


def test_an_average_annual_growth_asked_is_the_periods_not_one_years(tmp_path: Path) -> None:
    store = one_report(tmp_path, "2026年广西壮族自治区政府工作报告.txt", "2026年广西壮族自治区政府工作报告\n"
                       "一、“十四五”时期工作回顾\n经济实力实现新跨越，地区生产总值年均增长4.8%。\n二、2025年工作回顾\n"
                       "全区地区生产总值增长5.1%。\n" + OTHER_FIGURES + "\n")
    assert [item.label for item in answer("What was the average annual GDP growth over the 14th Five-Year Plan period?",
                                          store).items][:1] == ["地区生产总值年均 4.8%"]
    assert [item.label for item in answer("2025年地区生产总值增长多少？", store).items][:1] == ["地区生产总值 5.1%"]
