"""Which characters of a text have a property, found without listing every character of the text.

Normalising asks which characters of a text are triggers, and :mod:`vnnews.folded` whether any lowers
unfaithfully: both once read ``set(text)``, which makes a string object of each character that is not
Latin-1 (most Vietnamese letters), a tenth of normalising. A :class:`CharKinds` sorts each character into
marked or plain the first time it is seen, and finds a text's marked characters by one scan of the standard
``re`` for the characters not known to be plain: a table lookup per character, in C.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

#: Plain characters seen since the scan was last compiled, before it is compiled again with them.
PENDING = 16
#: The most plain characters the scan lists (a text of thousands of new ones is sorted, not listed).
MAX_PLAIN = 4096


class CharKinds:
    """The characters ``marked`` says True of, remembered; ``marked`` must depend on the character alone.

    >>> kinds = CharKinds(str.isupper)
    >>> sorted(kinds.marked_in("Ủy ban Nhân dân")), sorted(kinds.marked_in("Ủy ban"))
    (['N', 'Ủ'], ['Ủ'])
    """

    def __init__(self, marked: Callable[[str], bool]) -> None:
        self._test = marked
        self._kinds: dict[str, bool] = {}  # every character sorted so far
        self._listed = 0  # how many plain characters the scan skips
        self._pending = 0
        self._scan: re.Pattern[str] = re.compile(r"[\s\S]")
        self._lock = threading.Lock()

    def marked_in(self, text: str) -> set[str]:
        """The characters of ``text`` that are marked."""
        kinds = self._kinds
        found: set[str] = set()
        for char in set(self._scan.findall(text)):  # the characters not known to be plain: few
            kind = kinds.get(char)
            if kind is None:
                kind = self._test(char)
                with self._lock:  # _relist iterates the dict under the lock: it never changes size meanwhile
                    kinds[char] = kind
                    if not kind:
                        self._pending += 1
            if kind:
                found.add(char)
        if self._pending >= PENDING and self._listed < MAX_PLAIN:
            self._relist()
        return found

    def _relist(self) -> None:
        """Compile the scan again, skipping the plain characters seen so far (up to :data:`MAX_PLAIN`)."""
        with self._lock:
            plain = sorted(c for c, kind in self._kinds.items() if not kind)[:MAX_PLAIN]
            self._pending = 0
            self._listed = len(plain)
            self._scan = re.compile("[^" + "".join(map(re.escape, plain)) + "]")
