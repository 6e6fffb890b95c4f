"""Write kg/ask/words.txt: the 40,000 most frequent words of jieba's dictionary.

kg ask segments questions with jieba.  Loading jieba's full dictionary (349,000 words) takes
about 0.4 s, more than the rest of answering a question; the most frequent 40,000 words load
in under 0.1 s and segment the genre's questions the same way.  Run after upgrading jieba:

    python scripts/question_words.py
"""

from __future__ import annotations

from pathlib import Path

import jieba

SIZE = 40_000


def main() -> None:
    source = Path(jieba.__file__).parent / "dict.txt"
    rows = [line.split() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda row: (-int(row[1]), row[0]))
    target = Path(__file__).resolve().parent.parent / "kg" / "ask" / "words.txt"
    target.write_text("".join(" ".join(row) + "\n" for row in rows[:SIZE]), encoding="utf-8")
    print(f"wrote {target}: {SIZE} words")


if __name__ == "__main__":
    main()
