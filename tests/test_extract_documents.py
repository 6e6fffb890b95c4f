"""Finding cited documents: titles, document numbers (文号), short forms, types and usage."""

from __future__ import annotations

import pytest

from kg.extract.documents import document_type, find_documents, normalise_number
from kg.model import SourceText, Usage


def documents(text: str):
    return find_documents(SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8"))


@pytest.mark.parametrize(
    "written",
    ["渭编发〔2020〕10号", "渭编发[2020]10号", "渭编发(2020)10号", "渭编发（2020）10号", "渭编发【2020】10号",
     "渭编发［2020］10号", "渭编发 〔2020〕 10 号"],
)
def test_every_bracket_form_normalises_to_one_canonical_number(written: str):
    number = normalise_number(written)
    assert number is not None
    assert (number.canonical, number.issuer, number.year, number.serial) == ("渭编发〔2020〕10号", "渭编发", 2020, 10)


def test_a_number_in_brackets_after_a_title_is_that_titles_number():
    (mention,) = documents("印发《关于开展清理工作的通知》(某办发〔2020〕42号),全面开展清理。")
    assert mention.title == "关于开展清理工作的通知"
    assert mention.number and mention.number.canonical == "某办发〔2020〕42号"
    assert mention.span.text == "《关于开展清理工作的通知》(某办发〔2020〕42号)"
    assert mention.usage == Usage.ISSUED


def test_a_bare_number_is_a_document_and_its_issuer_starts_after_the_verb():
    (mention,) = documents("根据国办发[2019]5号文件要求，推进工作。")
    assert mention.title is None
    assert mention.number and mention.number.canonical == "国办发〔2019〕5号"
    assert mention.span.text == "国办发[2019]5号"
    assert mention.usage == Usage.FOLLOWED


def test_two_titles_after_one_verb_are_both_followed():
    found = documents("按照《甲方案》(某发〔2020〕1号)《乙通知》(某发〔2020〕2号)文件精神,完成移交。")
    assert [(m.title, m.usage) for m in found] == [("甲方案", Usage.FOLLOWED), ("乙通知", Usage.FOLLOWED)]


def test_a_short_form_refers_back_to_the_full_title_cited_before_it():
    found = documents("严格落实《重大行政决策程序暂行条例》。组织学习了《条例》出台的背景。")
    assert [m.title for m in found] == ["重大行政决策程序暂行条例"] * 2
    assert found[1].rule == "document.short-form"
    assert found[1].usage == Usage.CITED


def test_a_verb_inside_another_title_does_not_count():
    found = documents("对《关于贯彻落实某某的意见》《某某办法》的合法性进行评估。")
    assert [m.usage for m in found] == [Usage.CITED, Usage.CITED]


def test_title_followed_by_wei_zhidao_is_followed():
    (mention,) = documents("以《法治政府建设实施纲要(2015—2020年)》为指导,坚持改革。")
    assert mention.usage == Usage.FOLLOWED


def test_unquoted_official_title_is_a_document():
    (mention,) = documents("按照国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见,推进公开。")
    assert mention.title == "国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见"
    assert mention.usage == Usage.FOLLOWED


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("编制完成城市更新专项规划，", ["城市更新专项规划"]),
        ("并有序实施大气污染防治行动计划。", ["大气污染防治行动计划"]),
        ("落实“深圳90”要求修订政府投资管理办法。", ["政府投资管理办法"]),     # the later verb starts the name
        ("制定低效产业空间利用实施计划。", ["低效产业空间利用实施计划"]),      # 实施 inside the ending stays
        ("编制新设街道综合规划。", ["新设街道综合规划"]),
        ("编制“十三五”综合规划。", []),                                    # a period alone names no plan
        ("制定各项实施方案。", []),                                         # a kind of plan
        ("加强城市规划管理。", []),                                         # 规划 as an activity
    ],
)
def test_plans_and_rules_named_without_quotes(text: str, titles: list[str]):
    assert [m.title for m in documents(text)] == titles


@pytest.mark.parametrize(
    ("title", "type_id"),
    [("土地管理法", "law"), ("民法典", "law"), ("重大行政决策程序暂行条例", "regulation"), ("某某规定", "provisions"),
     ("规范性文件监督管理办法", "measures"), ("考核实施细则", "detailed-rules"), ("某某实施方案", "plan"),
     ("推进现代化的意见", "opinion"), ("关于明确体制的通知", "notice"), ("2020年工作要点", "key-points"),
     ("责任清单", "list"), ("委员会工作规则", "rules"), ("实施纲要(2015—2020年)", "outline"),
     ("2019年度工作报告", "report"), ("支持政策汇编", "compilation"), ("评查情况通报", "circular"),
     ("若干政策(试行)", "policy"), ("历年案件分析", None)],
)
def test_document_type_comes_from_the_title_ending(title: str, type_id: str | None):
    assert document_type(title) == type_id


def test_years_in_titles_are_not_document_numbers():
    found = documents("印发《2020年工作要点》。")
    assert len(found) == 1 and found[0].number is None


def test_a_short_title_with_its_draft_mark_names_the_full_title_and_is_its_other_name():
    found = documents("根据《中共某省委关于制定第十五个五年规划的建议》，编制了《某省第十五个五年规划纲要（草案）》。"
                      "《纲要（草案）》提出的总体要求，与省委《建议》保持一致。")
    shorts = {m.span.text: (m.title, m.alias) for m in found if m.rule == "document.short-form"}
    assert shorts == {"《纲要（草案）》": ("某省第十五个五年规划纲要（草案）", "纲要（草案）"),
                      "《建议》": ("中共某省委关于制定第十五个五年规划的建议", "建议")}


def test_what_people_do_with_the_law_is_no_law_and_a_plan_name_does_not_open_with_a_particle():
    assert documents("加强法治宣传教育，营造人人尊法、学法、守法、用法的良好氛围。") == []
    assert [m.title for m in documents("制定贯彻落实的六年行动方案和三年重点工作计划，")] == ["六年行动方案"]


def test_a_laws_implementing_rules_are_one_name_and_upholding_a_law_is_no_part_of_it():
    assert [m.title for m in documents("出台外商投资法实施条例，不断优化外商投资环境。")] == ["外商投资法实施条例"]
    assert [m.title for m in documents("坚持依法治港治澳，维护宪法和基本法确定的宪制秩序。")] == ["宪法", "基本法"]
    assert [m.title for m in documents("制定实施香港特别行政区维护国家安全法，落实原则。")] == ["香港特别行政区维护国家安全法"]
