"""Report files made from a plain-text report the way governments publish them: web pages with
navigation, scripts and page furniture around the text, Word files with generated numbering,
and PDF printed by Chromium with a running header and footer.

The tests and ``bench/bench_formats.py`` read these files back and compare with the text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from kg.extract.numerals import chinese_to_int

# Headings whose number Word generates from a list style in the made .docx: 一、 and （一）.
_CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、(?=\S)")
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）(?=\S)")


def paragraphs(text: str) -> list[str]:
    """The report's non-empty lines without their indentation: one paragraph each."""
    return [line.strip(" \u3000\t\r\xa0") for line in text.splitlines() if line.strip(" \u3000\t\r\xa0")]


def _escaped(lines: list[str]) -> list[str]:
    return [html.escape(line, quote=False) for line in lines]


_NAV = """<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> |
<a href="/hdjl/">互动交流</a> | <a href="/zjxx/">走进本区</a> <span>无障碍浏览</span> <span>长者模式</span></div>
<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div>"""

_FOOTER = """<div class="footer"><p>主办单位：区人民政府办公室　承办：区政务服务数据管理局</p>
<p>网站标识码：4403050001　粤ICP备05010100号　粤公网安备 44030502000001号</p>
<p><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a> | <a href="/law">法律声明</a></p></div>"""

_SCRIPT = """<script type="text/javascript">
var _hmt = _hmt || []; (function() { var hm = document.createElement("script");
hm.src = "https://hm.example.com/hm.js?0123456789"; document.body.appendChild(hm); })();
function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>"""


def government_page(text: str, title: str) -> str:
    """A page shaped like a district government's article page (UTF-8, <p> per paragraph)."""
    body = "\n".join(f'<p style="text-indent:2em">{line}</p>' for line in _escaped(paragraphs(text)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_区人民政府门户网站</title>
<meta name="keywords" content="政府工作报告"><link rel="stylesheet" href="/css/style.css">{_SCRIPT}</head>
<body>{_NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzbg/">政府工作报告</a></div>
<div class="main"><div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="info"><span>来源：区政府办公室</span> <span>发布时间：2024-01-25 10:30</span>
<span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">区政府召开常务会议</a></li>
<li><a href="/a/2.html">我区召开优化营商环境大会</a></li></ul></div>
</div></div>
{_FOOTER}
<script>document.write('<img src="/count?id=42">');</script></body></html>
"""


def legacy_page(text: str, title: str) -> bytes:
    """An older page: declared GB2312 (and encoded GBK, as such sites are), a table layout and
    the paragraphs as <br>-separated lines of one cell."""
    lines = _escaped(paragraphs(text))
    body = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in lines)
    page = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(title)}</title>
<script language="javascript">function fontZoom(s){{document.all.content.style.fontSize=s;}}</script>
</head><body>
<table width="980" align="center"><tr><td class="nav"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a></td></tr>
<tr><td>您现在的位置：首页 &gt;&gt; 政务动态 &gt;&gt; 工作报告</td></tr>
<tr><td align="center"><font size="5"><b>{html.escape(title)}</b></font></td></tr>
<tr><td align="center">发布日期：2020-12-30　　浏览次数：1024　　【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印此页</a>】</td></tr>
<tr><td id="content" class="content">
{body}
</td></tr>
<tr><td align="center">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="foot">版权所有：管委会办公室　技术支持：信息中心　陕ICP备12000000号</td></tr>
</table></body></html>
"""
    return page.encode("gb18030")


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分])")

_SIDEBAR = "\n".join(
    f'<li><a href="/news/{n}.html">{title}</a><span>2024-01-{n:02d}</span></li>'
    for n, title in enumerate((
        "区领导带队调研重点项目建设和安全生产工作情况", "全区经济运行分析会召开 部署一季度重点工作",
        "区政府与多家企业签署战略合作协议 共建产业创新生态", "关于开展2024年度民生实事项目征集活动的通告",
        "区人民政府关于印发进一步优化营商环境若干措施的通知", "区召开重点项目集中开工活动 总投资超百亿元",
    ), start=1))


def portal_page(text: str, title: str) -> str:
    """A newer portal page: chapter headings as <h2>, the other paragraphs as <div>s, a sidebar
    of news links with long titles, a notice box and a comment form."""
    parts = []
    for line in _escaped(paragraphs(text)):
        parts.append(f"<h2>{line}</h2>" if _HEADING.match(line) else f'<div class="para">{line}</div>')
    body = "\n".join(parts)
    return f"""<!doctype html><html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>{html.escape(title)}</title><style>.para{{text-indent:2em;line-height:2}}</style>{_SCRIPT}</head>
<body><header>{_NAV}</header>
<nav class="breadcrumb">首页 / 信息公开 / 法定主动公开内容 / 计划总结</nav>
<aside class="side"><h3>要闻动态</h3><ul>{_SIDEBAR}</ul></aside>
<main><article><h1>{html.escape(title)}</h1>
<p class="meta">时间：2025-02-10　来源：本网　浏览量：<span id="views">0</span></p>
<section class="content">
{body}
</section>
<div class="notice">【注】本文件原件请以纸质版为准。如需咨询，请拨打政务服务便民热线12345。</div>
</article></main>
<form class="comment"><textarea>我要留言</textarea><button>提交</button></form>
{_FOOTER}</body></html>
"""


def print_page(text: str, title: str) -> str:
    """The page Chromium prints to PDF: A4 paragraphs indented two characters, headings bold."""
    parts = []
    for line in _escaped(paragraphs(text)):
        tag = "h3" if _HEADING.match(line) else "p"
        parts.append(f"<{tag}>{line}</{tag}>")
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:15px;line-height:1.8}}
p{{text-indent:2em;margin:0}} h3{{font-size:15px;margin:0;text-indent:2em}}</style></head>
<body>{"".join(parts)}</body></html>"""


def write_pdf(text: str, title: str, path: Path, *, browser_path: str, args: list[str] | None = None) -> None:
    """Print the report to PDF with Chromium: two columns of page furniture at the top (the
    issuer's line on the left, the document's name on the right) and the page number below."""
    from playwright.sync_api import sync_playwright

    header = ('<div style="font-size:9px;width:100%;margin:0 15mm;display:flex;justify-content:space-between">'
              f'<span>{html.escape(title)}</span><span>政务公开</span></div>')
    footer = ('<div style="font-size:9px;width:100%;text-align:center">'
              '— <span class="pageNumber"></span> —</div>')
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=args or [])
        try:
            page = browser.new_page()
            page.set_content(print_page(text, title))
            page.pdf(path=str(path), format="A4", display_header_footer=True, header_template=header,
                     footer_template=footer, margin={"top": "25mm", "bottom": "25mm", "left": "20mm", "right": "20mm"})
        finally:
            browser.close()


_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERING = f"""<w:abstractNum xmlns:w="{_WORD}" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>"""


def write_docx(text: str, path: Path) -> None:
    """The report as Word writes it: paragraphs indented two characters, and the chapter (一、)
    and section (（一）) numbers generated by a multilevel list, not typed."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(_NUMBERING)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    counters: dict[str, Any] = {"next": [1, 1], "starts": [1, 1], "num": 89}

    def restart(level: int, value: int) -> None:
        # A list that starts again (the report numbers its parts afresh): a new list instance,
        # as Word makes for "restart numbering", starting where the text says.
        counters["num"] += 1
        starts = [counters["next"][0], 1]
        starts[level] = value
        overrides = "".join(f'<w:lvlOverride w:ilvl="{n}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                            for n, v in enumerate(starts))
        numbering.append(parse_xml(f'<w:num xmlns:w="{_WORD}" w:numId="{counters["num"]}">'
                                   f'<w:abstractNumId w:val="90"/>{overrides}</w:num>'))
        counters["next"], counters["starts"] = list(starts), list(starts)

    restart(0, 1)
    for line in paragraphs(text):
        chapter, section = _CHAPTER.match(line), _SECTION.match(line)
        if chapter or section:
            level = 0 if chapter else 1
            value = chinese_to_int((chapter or section).group(1))  # type: ignore[union-attr]
            if value != counters["next"][level]:
                restart(level, value)
            counters["next"][level] = value + 1
            if level == 0:  # Word starts the sections under a new chapter again
                counters["next"][1] = counters["starts"][1]
            paragraph = document.add_paragraph(line[(chapter or section).end():])  # type: ignore[union-attr]
            num_pr = parse_xml(f'<w:numPr xmlns:w="{_WORD}"><w:ilvl w:val="{level}"/>'
                               f'<w:numId w:val="{counters["num"]}"/></w:numPr>')
            paragraph._p.get_or_add_pPr().append(num_pr)
        else:
            paragraph = document.add_paragraph(line)
            paragraph.paragraph_format.first_line_indent = Pt(24)
    document.save(str(path))
