"""jieba, the word segmenter kg uses for extraction rules and questions, imported quietly."""

from __future__ import annotations

import logging
import sys
from functools import lru_cache
from types import ModuleType


@lru_cache(maxsize=1)
def jieba_module() -> ModuleType:
    """jieba, imported without pkg_resources and with its log quiet.

    jieba opens its model files through pkg_resources when it can and by their path when it
    cannot (jieba/_compat.py).  Importing pkg_resources takes about 50 ms, a sixth of a question
    answered from the command line, and warns that it is deprecated; the files are plain files
    next to the module, so the path is all kg needs.
    """
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    module: ModuleType = jieba
    return module
