"""Extraction rules and vocabularies, kept as data, one module per finder.

Each rule has an ``id`` that is recorded on what it finds (``kg:rule``), so a fact in the graph
can be traced to the rule that produced it.  The rules describe the genre of Chinese government
work reports; none names an entity, title or number of a particular report.

``words`` holds what every finder shares (numerals, clause boundaries, the genre's verbs);
``structure``, ``header``, ``documents``, ``organisations`` and ``figures`` the rules of each
finder; ``places.tsv`` the administrative divisions of China (see ``places``).  This package
re-exports every name, so ``rules.DOCUMENT_NUMBER_PATTERN`` is the one in ``rules.documents``.
"""

from .documents import *  # noqa: F401,F403
from .figures import *  # noqa: F401,F403
from .header import *  # noqa: F401,F403
from .organisations import *  # noqa: F401,F403
from .structure import *  # noqa: F401,F403
from .words import *  # noqa: F401,F403
