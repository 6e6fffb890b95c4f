"""Segmenting reports: header, sections, subsections, enumerations, problems and plans."""

from __future__ import annotations

from datetime import date

from kg.model import ItemKind, PassageRole, SectionKind, SourceText
from kg.extract.structure import segment

HEADER = "某高新字〔2021〕3号 签发人:张三\n某某区管委会\n关于2020年度法治政府建设工作的报告\n某某市人民政府:\n2020年,我区坚持依法行政。现将有关情况报告如下:\n"
BODY = (
    "一、深化改革\n"
    "(一)推进审批改革。一是精简事项；二是压缩时限。\n"
    "（二）优化服务。围绕群众需求，持续提升水平。一是建成服务站；二是开通热线；三是上线平台。\n"
    "（三）加强监督。按照要求开展检查，发现问题及时整改。\n"
    "二、存在的问题\n"
    "(一)力量薄弱。\n"
    "(二)宣传不够。\n"
    "三、下一步工作计划\n"
    "下一步，我区将重点做好以下工作:\n"
    "一是完善机制。\n"
    "二是加强队伍。\n"
)
FOOTER = "某某区管理委员会\n2021年1月22日\n"


def source(text: str) -> SourceText:
    return SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8")


def kinds_by_start(text: str, width: int = 6) -> dict[str, ItemKind]:
    """Each item's kind, by the first ``width`` characters of its text."""
    return {item.span.text[:width]: item.kind for item in segment(source(text)).items}


def test_header_fields_and_footer():
    structure = segment(source(HEADER + BODY + FOOTER))
    header = structure.header
    assert header.number and header.number.text == "某高新字〔2021〕3号"
    assert header.signer and header.signer.text == "张三"
    assert header.title and header.title.value == "关于2020年度法治政府建设工作的报告"
    assert header.recipient and header.recipient.text == "某某市人民政府"
    # The 落款 names the issuer in full; the short name above the title does not win over it.
    assert header.closing_body and header.closing_body.text == "某某区管理委员会"
    assert header.issuer and header.issuer.value == "某某区管理委员会"
    assert header.date and header.date.value == "2021-01-22" and header.date_kind == "signed"
    assert header.year and header.year.value == "2020"
    opening = [p for p in structure.passages if p.role == PassageRole.OPENING]
    assert [p.span.text[:10] for p in opening] == ["2020年,我区坚持"]


def test_items_paths_kinds_and_text():
    structure = segment(source(HEADER + BODY + FOOTER))
    items = {item.path: item for item in structure.items}
    assert list(items) == ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "2.1.1", "2.2.1", "3.1", "3.2"]
    assert items["1.1.1"].span.text == "精简事项"
    assert items["1.2.3"].span.text == "上线平台。"
    # A subsection without an enumeration is one measure: its heading and body.
    assert items["1.3.1"].span.text == "加强监督。按照要求开展检查，发现问题及时整改。"
    assert items["1.1.2"].section == "1" and items["1.1.2"].subsection == "1.1"
    # A heading that is a whole sentence with nothing under it is its subsection's one item.
    assert items["2.1.1"].kind == ItemKind.PROBLEM and items["2.1.1"].span.text == "力量薄弱。"
    # A section may enumerate directly; its items are plans.
    assert items["3.1"].kind == ItemKind.PLAN and items["3.1"].subsection is None
    assert items["3.2"].span.text == "加强队伍。"
    assert all(i.kind == ItemKind.MEASURE for p, i in items.items() if p.startswith("1."))


def test_sections_headings_leads_and_kinds():
    structure = segment(source(HEADER + BODY + FOOTER))
    sections = {s.path: s for s in structure.sections}
    assert sections["1"].heading.text == "深化改革"
    assert sections["1.1"].heading.text == "推进审批改革"
    assert sections["2"].kind == SectionKind.PROBLEM and sections["2.1"].kind == SectionKind.PROBLEM
    assert sections["3"].kind == SectionKind.PLAN
    roles = {(p.section, p.role): p.span.text for p in structure.passages}
    assert roles[("1.2", PassageRole.LEAD)] == "优化服务。围绕群众需求，持续提升水平。"
    assert roles[("3", PassageRole.TRANSITION)].startswith("下一步")


def test_every_span_quotes_its_source_exactly():
    text = HEADER + BODY + FOOTER
    structure = segment(source(text))
    spans = [i.span for i in structure.items] + [s.heading for s in structure.sections]
    for span in spans:
        assert text[span.begin:span.end] == span.text


def test_crlf_and_ideographic_indentation_keep_offsets_exact():
    text = ("\r\n".join("\u3000\u3000" + line for line in (HEADER + BODY).splitlines())) + "\r\n"
    structure = segment(source(text))
    assert [i.path for i in structure.items][:3] == ["1.1.1", "1.1.2", "1.2.1"]
    for item in structure.items:
        assert text[item.span.begin:item.span.end] == item.span.text
        assert not item.span.text.startswith(("\u3000", "\r", "\n"))
        assert "\r" not in item.span.text


def test_a_stray_numbered_line_out_of_sequence_is_not_a_heading():
    text = "一、工作\n（一）改革。一是精简；二是压缩。\n三、这一行不是标题，因为没有第二部分。\n"
    structure = segment(source(text))
    assert [s.path for s in structure.sections] == ["1", "1.1"]


def test_one_huge_line_is_segmented():
    measures = "".join(f"{n}是开展第{i}项工作，完成任务{i}件；" for i, n in enumerate("一二三四五六七八九", start=1))
    text = "一、工作情况 " + "（一）综合。" + measures * 1 + "总结。" * 20000
    structure = segment(source(text))
    assert len(structure.items) == 9
    assert len(text) > 60000


def test_text_without_structure_gives_no_sections_and_no_items():
    structure = segment(source("这是一段没有任何编号结构的文字。\n它只有两行。\n"))
    assert structure.sections == () and structure.items == ()


def test_report_without_top_level_sections_uses_subsections():
    text = "各位代表：\n（一）坚持改革。推进工作。\n（二）坚持开放。扩大合作。\n"
    structure = segment(source(text))
    assert [s.path for s in structure.sections] == ["1", "2"]
    assert [i.path for i in structure.items] == ["1.1", "2.1"]


def test_a_list_announced_as_difficulties_holds_problems_even_among_plans():
    text = ("2021年某某区政府工作报告\n\n一、未来五年主要任务\n"
            "我们在新征程中，还面临不少考验和挑战：一是保持较快增长的考验；二是产业升级的考验。\n"
            "我们要重点做好有关问题：一是稳增长；二是促改革。\n")
    kinds = [(item.kind, item.span.text) for item in segment(source(text)).items]
    assert [k for k, t in kinds if "考验" in t] == [ItemKind.PROBLEM, ItemKind.PROBLEM]
    assert [k for k, t in kinds if t.startswith(("稳增长", "促改革"))] == [ItemKind.PLAN, ItemKind.PLAN]


def test_the_formula_after_the_achievements_opens_a_problem():
    text = ("2026年某某省政府工作报告\n\n一、2025年工作回顾\n全年新增企业500家，建成公园12个。\n"
            "在看到成绩的同时，我们也认识到老问题、新挑战仍然不少，主要是外部环境变化影响加深，消费需求依然偏弱，"
            "投资动力不够强，部分企业经营比较困难，民生保障还存在短板弱项。\n二、2026年工作安排\n新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds == {"全年新增企业": ItemKind.MEASURE, "在看到成绩的": ItemKind.PROBLEM, "新建学校10": ItemKind.PLAN}


def test_problems_that_cannot_be_ignored_open_a_list_of_problems():
    text = ("2026年某某省政府工作报告\n\n一、2025年工作回顾\n全年新增企业500家，建成公园12个。\n"
            "成绩固然可喜，问题也不容忽视。一是生态本底仍然脆弱。二是科技创新能力不足。\n"
            "二、2026年工作安排\n新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds["生态本底仍然"] == ItemKind.PROBLEM and kinds["科技创新能力"] == ItemKind.PROBLEM
    assert kinds["全年新增企业"] == ItemKind.MEASURE


def test_an_admission_is_problems_though_it_opens_as_a_look_back_or_with_an_address():
    text = ("2024年某某区政府工作报告\n\n一、2023年工作回顾\n全年新增企业500家，建成公园12个。\n"
            "回顾过去一年的工作，我们也清醒地认识到，本区发展还存在一些挑战和不足：一是产业结构有待优化；二是公共服务供给还有差距。\n"
            "各位代表，受外部环境影响，2项预期性指标未能如期完成。我们清醒认识到，发展面临的困难挑战依然严峻复杂，有效需求不足。\n"
            "二、2024年工作安排\n新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds["产业结构有待"] == ItemKind.PROBLEM and kinds["公共服务供给"] == ItemKind.PROBLEM
    assert kinds["各位代表，受"] == ItemKind.PROBLEM
    assert kinds["全年新增企业"] == ItemKind.MEASURE


def test_a_part_of_the_review_named_for_tasks_stays_in_the_review():
    text = ("2026年某某市政府工作报告\n\n一、2025年工作回顾\n（一）全力以赴稳增长\n全年新增企业500家。\n"
            "（二）聚力落实国家重大战略任务\n上海港集装箱吞吐量达到5506.3万标准箱。\n"
            "（三）下一步工作安排\n新建学校10所。\n二、2026年主要任务\n建成公园12个。\n")
    kinds = kinds_by_start(text)
    assert kinds["上海港集装箱"] == ItemKind.MEASURE
    assert kinds["新建学校10"] == ItemKind.PLAN and kinds["建成公园12"] == ItemKind.PLAN


def test_we_must_also_see_opens_problems():
    text = ("2018年某某区政府工作报告\n\n一、2017年工作回顾\n全年新增企业500家。\n"
            "同时，我们也要看到，本区发展到了爬坡过坎的阶段。一是经济创新动能不足。二是产业升级成本偏高。\n"
            "二、2018年工作思路和重点\n新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds["经济创新动能"] == ItemKind.PROBLEM and kinds["产业升级成本"] == ItemKind.PROBLEM


def test_problems_announced_with_a_colon_follow_one_per_paragraph():
    text = ("2015年某某区政府工作报告\n\n一、2014年工作回顾\n全年新增企业500家。\n"
            "在总结成绩的同时，我们清醒地认识到，全区还面临不少困难和问题：\n"
            "保持经济增长任务艰巨。增长动力转换。\n民生幸福还有薄弱环节。公共服务供给不足。\n"
            "二、2015年工作安排\n新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds["保持经济增长"] == ItemKind.PROBLEM and kinds["民生幸福还有"] == ItemKind.PROBLEM
    assert kinds["全年新增企业"] == ItemKind.MEASURE and kinds["新建学校10"] == ItemKind.PLAN


def test_a_list_after_problems_and_a_colon_is_problems_in_a_review_only():
    text = ("2020年某某区政府工作报告\n\n一、2019年工作回顾\n全年新增企业500家。\n"
            "各位代表！一些老问题仍然绕不过，一些新问题更加躲不过：一是基础还不牢。二是功能品质有待提升。\n"
            "二、2020年工作安排\n着力解决群众反映强烈的问题：一是新建学校10所。二是新建公园8个。\n")
    kinds = kinds_by_start(text, 5)
    assert kinds["基础还不牢"] == ItemKind.PROBLEM and kinds["功能品质有"] == ItemKind.PROBLEM
    assert kinds["新建学校1"] == ItemKind.PLAN and kinds["新建公园8"] == ItemKind.PLAN


def test_the_main_work_of_the_reports_own_year_is_its_plans_and_of_a_year_gone_by_its_review():
    from kg.extract.structure import heading_kind
    from kg.model import SectionKind

    assert heading_kind("2017年主要工作", 2017) == SectionKind.PLAN
    assert heading_kind("2016年主要工作", 2017) == SectionKind.WORK
    assert heading_kind("“十三五”时期主要工作和2017年工作安排", 2017) == SectionKind.MIXED
    # the main work of the years to come is planned, whichever year the report has
    assert heading_kind("今后五年的主要工作", 2021) == SectionKind.PLAN
    assert heading_kind("过去五年主要工作", 2021) == SectionKind.WORK


def test_a_part_on_shortcomings_worked_on_is_work_and_one_on_shortcomings_admitted_problems():
    from kg.extract.structure import heading_kind
    from kg.model import SectionKind

    assert heading_kind("持续聚焦群众关切，补短板强弱项，进一步答好民生新考卷", 2020, in_review=True) != SectionKind.PROBLEM
    assert heading_kind("存在的短板和不足", 2020, in_review=True) == SectionKind.PROBLEM


def test_difficulties_said_to_show_in_what_follows_are_problems_in_a_plan_part():
    text = ("2024年某某区政府工作报告\n\n一、2023年工作回顾\n全年新增企业500家，建成公园12个。\n"
            "二、全力实现2024年政府工作总体目标要求\n"
            "从自身来看，本区发展正处于爬坡过坎、高位求进的关键阶段，历史欠账多等问题尚未根本解决。"
            "当前发展又面临新的困难和问题，主要体现在经济回升向好的基础尚不牢固，原始创新能力不足。\n"
            "新建学校10所。\n")
    kinds = kinds_by_start(text)
    assert kinds["从自身来看，"] == ItemKind.PROBLEM and kinds["新建学校10"] == ItemKind.PLAN


def test_numbered_parts_under_a_review_title_plan_only_where_they_say_so_plainly():
    text = ("2022年某某区政府工作报告\n各位代表：\n现在，我代表区人民政府向大会作政府工作报告，请予审议，并请区政协委员和其他列席人员提出意见。\n2021年工作回顾\n过去一年，是极不平凡的一年，我们坚持稳中求进，较好完成了全年目标任务。\n一、坚持创新驱动发展战略，加快构建创新体系\n"
            "新增国家高新技术企业200家，科技创新力量加速壮大。\n二、落实以人民为中心的发展思想，奋力打造“民生七有”新标杆\n"
            "新改扩建中小学6所，新增义务教育学位7260个。\n三、始终坚持党的领导，依法全面履行政府职能\n"
            "政府系统党建持续强化，依法行政水平稳步提升。\n2022年工作安排\n今年政府工作的总体要求是：坚持稳中求进工作总基调，推动高质量发展。\n一、加快建设综合性国家科学中心\n"
            "建成投用一批重大科技基础设施。\n")
    kinds = kinds_by_start(text)
    assert kinds["新改扩建中小"] == ItemKind.MEASURE and kinds["政府系统党建"] == ItemKind.MEASURE
    assert kinds["建成投用一批"] == ItemKind.PLAN


def test_an_appendix_labelled_alone_is_what_its_title_says_and_table_cells_are_no_part_titles():
    text = ("2014年某某区政府工作报告\n一、2013年工作回顾\n"
            "（一）坚持民生至上。全年新增学位3000个，建成公园12个，公共服务水平不断提高。\n"
            "二、2014年工作思路和重点\n（一）以改革为动力。深化商事登记制度改革，推进审批提速。\n"
            "附件1\n政府工作报告名词、术语注释\n1、普惠制幼儿园：指面向大众、收费合理的幼儿园。\n"
            "附件2\n2013年区政府民生实事完成清单\n序号\n\t民生事项\n\t完成情况\n1\n"
            "\t再创建20所普惠制幼儿园\n\t超额完成，创建普惠制幼儿园35所，比年初计划增多15所。\n2\n"
            "\t继续实施幸福某区济困扶弱计划\n\t投入6108万元，继续实施幸福某区济困扶弱计划，推出24条措施，惠及困难人群8万人次。\n"
            "附件3\n2014年区政府民生实事计划清单\n1\n\t新建社区公园5个，完成全部建设任务并对外开放。\n")
    structure = segment(source(text))
    kinds = kinds_by_start(text)
    assert kinds["超额完成，创"] == ItemKind.MEASURE and kinds["投入6108"] == ItemKind.MEASURE
    assert kinds["新建社区公园"] == ItemKind.PLAN
    assert not any(item.span.text.startswith("普惠制幼儿园：") for item in structure.items)  # a note
    assert not any("济困扶弱计划" in section.heading.text for section in structure.sections)


def test_paragraphs_opening_with_ordinals_after_an_admission_go_on_listing_problems():
    text = ("2017年某某区政府工作报告\n一、2016年工作回顾\n全年新增企业500家，建成公园12个。\n"
            "在看到成绩的同时，我们也清醒地认识到，辖区发展既面临土地空间紧约束等一些正在积极推进解决的老问题，"
            "又初显三大不容忽视的新情况，亟需引起高度重视。\n"
            "一是经济发展稳中求进潜在的隐忧。传统产业增长乏力。\n"
            "二是大批项目开工建设带来的阵痛。噪声污染加重，交通循环不畅。\n"
            "二、2017年工作安排\n一是新建学校10所。\n二是新建公园5个。\n")
    kinds = kinds_by_start(text)
    assert kinds["经济发展稳中"] == ItemKind.PROBLEM and kinds["大批项目开工"] == ItemKind.PROBLEM
    assert kinds["全年新增企业"] == ItemKind.MEASURE and kinds["新建学校10"] == ItemKind.PLAN
