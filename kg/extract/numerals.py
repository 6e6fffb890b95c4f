"""Chinese and Arabic numerals as numbers (十一 → 11, 二〇二一 → 2021, 1,234.5 → 1234.5)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10**4, "亿": 10**8}


def chinese_to_int(text: str) -> int:
    """Parse a Chinese numeral (十一, 二十三, 百余's 百, 一千二百, 三万) into an int.

    A bare digit string such as 二〇二一 is read digit by digit, as years are written.
    Raises ``ValueError`` for anything else.
    """
    if not text:
        raise ValueError("empty numeral")
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return int("".join(str(_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
        elif char in _LARGE_UNITS:
            total += (section + (digit or 0)) * _LARGE_UNITS[char]
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def arabic_to_decimal(text: str) -> Decimal:
    """Parse an Arabic number, full- or half-width, with optional thousands separators."""
    normal = text.translate(_FULLWIDTH).replace(",", "").replace(" ", "")
    try:
        return Decimal(normal)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
