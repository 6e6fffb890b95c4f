"""Write kg/read/radicals.tsv: the CJK radical code points a PDF's text layer may hold in place
of ideographs, and the ideograph each stands for.

Why it is needed: CJK fonts draw a radical (U+2E80–U+2EF3, U+2F00–U+2FD5) and the ideograph of
the same shape with one glyph, and a PDF writer that maps glyphs back to text can pick the radical
(⾼ U+2F7C for 高, ⺠ U+2EA0 for 民).  The table pairs the code points that share a glyph in the
simplified-Chinese face of Noto Sans CJK, the font Debian's fonts-noto-cjk installs, so that
⼾ (U+2F3E) reads as 户, as simplified text means it, and not as NFKC's 戶.

Needs fontTools (pip install fonttools), which kg itself does not: run it when the font changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTCollection

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = Path(__file__).resolve().parent.parent / "kg" / "read" / "radicals.tsv"
RADICALS = [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]


def _unified(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF


def main() -> int:
    font = next(f for f in TTCollection(str(FONT)).fonts if f["name"].getDebugName(4) == "Noto Sans CJK SC")
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[int]] = {}
    for cp, glyph in sorted(cmap.items()):
        if _unified(cp):
            by_glyph.setdefault(glyph, []).append(cp)
    rows = []
    for cp in RADICALS:
        same = by_glyph.get(cmap.get(cp, ""), [])
        if same:  # the basic block first: 户 U+6237 before an extension's look-alike
            rows.append(f"{cp:04X}\t{chr(cp)}\t{min(same):04X}\t{chr(min(same))}")
    header = ("# radical code point, radical, ideograph code point, ideograph: they share a glyph in\n"
              "# Noto Sans CJK SC (written by scripts/radicals_table.py)\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} radicals → {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
