"""Reading report files: encodings, BOM, and the inputs that must be refused with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.text import decode_report, read_report

SAMPLE = "渭南高新区管委会\n一、工作情况\n（一）推进改革。一是印发《某某办法》；二是完成评估。\n"


def test_utf8_is_read_as_is():
    source = decode_report(SAMPLE.encode("utf-8"), name="r.txt")
    assert source.text == SAMPLE
    assert source.encoding == "utf-8"


def test_bom_is_dropped_so_offsets_start_at_the_text():
    source = decode_report(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), name="r.txt")
    assert source.text == SAMPLE


def test_gbk_file_is_detected_and_decoded(tmp_path: Path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE.encode("gbk"))
    source = read_report(path)
    assert source.text == SAMPLE
    assert source.encoding == "gb18030"


def test_hash_is_of_the_file_bytes():
    import hashlib

    data = SAMPLE.encode("gbk")
    assert decode_report(data, name="r.txt").sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\r\n\t ", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (b"\xff\xfe\xfd\xfc" * 10, "cannot decode"),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_the_file(data: bytes, problem: str, tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_report(path)
    message = str(raised.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_missing_file_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="cannot read file"):
        read_report(tmp_path / "nope.txt")
