"""Reading the head and foot of a report in each layout the genre uses."""

from __future__ import annotations

from kg.extract.structure import segment
from kg.model import Header, SourceText


def header(text: str, name: str = "r.txt") -> Header:
    return segment(SourceText(name=name, text=text, sha256="0" * 64, encoding="utf-8")).header


def value(fact: object) -> str | None:
    return getattr(fact, "value", None) or getattr(fact, "text", None)


RULE_OF_LAW = """深圳市南山区人民政府关于2021年法治政府建设工作情况的报告
深圳市人民政府：
2021年，在市委、市政府的正确领导下，我区深入学习贯彻习近平法治思想，法治政府建设取得新成效。现将有关情况报告如下：
一、2021年法治政府建设的主要举措和成效
（一）深化“放管服”改革。一是精简审批事项；二是推行告知承诺制。
二、存在的不足和原因
（一）法治宣传教育的针对性有待提升。
三、2022年工作计划
一是持续推进行政执法规范化建设。二是加强行政复议工作。
深圳市南山区人民政府
2022年1月20日
"""


def test_a_rule_of_law_report_addressed_to_a_government():
    found = header(RULE_OF_LAW)
    assert value(found.title) == "深圳市南山区人民政府关于2021年法治政府建设工作情况的报告"
    assert value(found.recipient) == "深圳市人民政府"
    assert value(found.issuer) == "深圳市南山区人民政府"
    assert value(found.date) == "2022-01-20" and found.date_kind == "signed"
    # A report on a year's work is that year's, and reviews it: not the year it was signed in.
    assert value(found.year) == "2021" and value(found.reviewed_year) == "2021"
    assert value(found.jurisdiction) == "深圳市南山区" and found.jurisdiction_parents == ("广东省", "深圳市")


def test_the_sentence_that_announces_the_report_is_no_recipient():
    text = ("南山区2021年法治政府建设年度报告\n现将有关情况报告如下：\n一、主要工作\n一是精简审批事项；二是推行告知承诺制。\n"
            "二、下一步工作\n一是加强行政复议工作。二是强化执法监督。\n深圳市南山区人民政府\n2022年1月20日\n")
    found = header(text)
    assert found.recipient is None
    assert value(found.year) == "2021" and value(found.reviewed_year) == "2021"


CONGRESS = """下载
打印
全屏
收藏
【字号：
加大
还原
减小
】
当前位置：首页 > 政务公开 > 政府工作报告
2026年北京市政府工作报告
——2026年1月25日在北京市第十六届人民代表大会第四次会议上
北京市市长 殷 勇
来源：北京日报
时间：2026-02-02
各位代表：
现在，我代表北京市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2025年工作回顾
过去一年，我们坚持稳中求进工作总基调，经济运行稳中向好。
二、2026年主要任务
一是扎实推进科技创新。二是持续扩大内需。
"""


def test_a_report_delivered_at_a_congress_in_a_web_page():
    found = header(CONGRESS)
    assert value(found.title) == "2026年北京市政府工作报告"
    assert value(found.date) == "2026-01-25" and found.date_kind == "delivered"
    assert value(found.occasion) == "北京市第十六届人民代表大会第四次会议"
    assert value(found.speaker) == "殷勇" and value(found.speaker_role) == "北京市市长"
    assert value(found.source_name) == "北京日报" and value(found.published) == "2026-02-02"
    assert value(found.issuer) == "北京市人民政府" and value(found.jurisdiction) == "北京市"
    # A work report delivered in 2026 reviews 2025, as its review heading says.
    assert value(found.year) == "2026" and value(found.reviewed_year) == "2025"
    # Page furniture is never read as a fact.
    assert found.recipient is None and found.number is None


def test_a_text_without_a_title_line_takes_title_speaker_and_occasion_from_its_file_name():
    name = "深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第四次会议上作政府工作报告_2019.txt"
    found = header("各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2018年工作回顾\n一是经济平稳增长。二是民生持续改善。\n",
                   name)
    assert value(found.title) == "政府工作报告" and found.title is not None and found.title.span is None
    assert value(found.speaker) == "郭子平" and value(found.speaker_role) == "深圳市宝安区人民政府区长"
    assert value(found.occasion) == "深圳市宝安区第六届人民代表大会第四次会议"
    assert value(found.year) == "2019" and value(found.reviewed_year) == "2018"
    # …read from the review heading, which its quote shows whole.
    assert found.reviewed_year is not None and found.reviewed_year.span is not None
    assert found.reviewed_year.span.text == "2018年工作回顾"
    # 区人民政府, made absolute with the place the file and occasion name.
    assert value(found.issuer) == "深圳市宝安区人民政府"


def test_a_session_named_in_the_file_name_is_the_occasion():
    found = header("各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n一是经济平稳增长。\n",
                   "2024年龙华区二届人大四次会议政府工作报告_2024.txt")
    assert value(found.occasion) == "龙华区二届人大四次会议"
    assert value(header("各位代表：\n一、2018年工作回顾\n一是经济平稳增长。\n", "光明区2019年工作报告_2019.txt").occasion) is None


def test_the_state_council_governs_the_whole_country():
    found = header("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n一是经济平稳。二是就业稳定。\n",
                   "国务院政府工作报告_2019年.txt")
    assert value(found.issuer) == "国务院" and value(found.jurisdiction) == "中华人民共和国"


def test_a_bare_name_above_its_photo_caption_is_the_speaker_the_caption_names():
    found = header("2026年某某省政府工作报告\n——2026年2月3日在某某省第十四届人民代表大会第四次会议上\n来源：某某日报\n甲乙丙\n"
                   "2月3日，某某省第十四届人民代表大会第四次会议开幕。省长甲乙丙作政府工作报告。记者 丁戊 摄\n各位代表：\n"
                   "一、2025年工作回顾\n一是经济平稳增长。二是民生持续改善。\n")
    assert value(found.speaker) == "甲乙丙" and value(found.speaker_role) == "省长"


def test_a_page_holding_the_speech_twice_is_read_once_from_its_header_on():
    from kg.extract import extract

    speech = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n" + "".join(
        f"（{n}）第{n}项工作稳步推进，全年完成投资{n}00亿元，比上年增长{n}%。\n" for n in "一二三四五六七") + \
        "二、2025年政府工作任务\n" + "".join(f"（{n}）继续推进第{n}项工作，新建学校{n}所以上。\n" for n in "一二三四五六")
    text = speech + "新华社北京3月12日电\n政　府　工　作　报　告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n" \
        "国务院总理　李强\n" + speech
    once = extract(SourceText(name="r.txt", text=speech, sha256="0" * 64, encoding="utf-8"), "r", recogniser=False)
    twice = extract(SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8"), "r", recogniser=False)
    assert len(twice.structure.items) == len(once.structure.items) == 13
    assert len(twice.figures) == len(once.figures)
    second = text.index("新华社北京")
    assert all(item.span.begin > second for item in twice.structure.items)
    found = twice.structure.header
    assert value(found.date) == "2025-03-05" and value(found.speaker) == "李强"
    assert value(found.occasion) == "第十四届全国人民代表大会第三次会议"


def test_a_sentence_said_twice_is_no_second_copy():
    from kg.extract.lines import without_first_copy

    text = "一、工作回顾\n坚持以人民为中心的发展思想，持续保障和改善民生。\n新建学校4所。\n" \
        "二、工作安排\n坚持以人民为中心的发展思想，持续保障和改善民生。\n新建公园3个。\n"
    assert without_first_copy(text) == text


def test_the_main_work_of_the_reports_own_year_is_no_year_it_reviews():
    found = header("各位代表：\n一、过去五年工作回顾\n五年来，经济总量翻了近一番。\n三、2015年主要工作\n一是稳增长。\n",
                   "深圳市政府工作报告_2015年.txt")
    assert value(found.reviewed_year) == "2014"
    assert value(header("各位代表：\n一、2014年主要工作\n一是稳增长。\n", "某市政府工作报告_2015年.txt").reviewed_year) == "2014"


def test_districts_named_by_an_ordinary_word_are_not_found_in_text():
    from kg.extract.places import gazetteer

    found = {f.place.name for f in gazetteer().find("建设现代化国际化城区，近岸海域水质达标，北京市东城区。")}
    assert found == {"北京市", "东城区"}


def test_a_work_meeting_the_opening_convenes_and_two_bodies_it_speaks_for():
    found = header("今天，我们召开光明新区年度工作会议，全面总结2016年工作。受书记委托，我代表新区党工委、管委会向大会报告工作。\n"
                   "一、2016年工作回顾\n一是经济平稳增长。\n", "光明新区2017年工作报告_2017.txt")
    assert value(found.occasion) == "光明新区年度工作会议"
    assert "新区党工委、管委会" in (value(found.issuer) or "")


def test_a_photo_caption_set_apart_among_the_paragraphs_names_the_speaker():
    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2016年工作回顾\n过去一年，我国发展稳中向好。\n\n\n"
            "3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。\n\n"
            "一年来，我们主要做了以下工作。\n")
    found = header(text, "国务院政府工作报告_2017年.txt")
    assert (value(found.speaker), value(found.speaker_role)) == ("李克强", "国务院总理")
    # …a paragraph of the report that tells of another's report names no speaker of this one
    told = text.replace("\n\n\n3月5日", "\n3月5日").replace("作政府工作报告。\n\n", "作政府工作报告。\n")
    assert header(told, "国务院政府工作报告_2017年.txt").speaker is None
