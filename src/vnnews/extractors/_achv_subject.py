"""Where a causative's subject ends when its predicate has only a preposition or a pronoun after it.

An amount following a causative (the ``causative`` entries of ``achievement_sense.yaml``) counts the subject of the
verb after it ('khiến hơn 1.000 xe | ùn ứ trên đường', 'khiến 300 xe | mắc kẹt trên cao tốc'). Read up to the
preposition, the unit holds that verb; where it closes the unit with no noun after it and a preposition or pronoun
follows, the verb is the clause's predicate (a verb of a relative clause is followed by the predicate's own verb:
'khiến 12 vụ sạt lở | xảy ra'), and the unit ends before it, with the adverbs before it. A head counting what happened
keeps its verb ('vụ cháy', 'buổi tuyên truyền': the ``occasion`` entries of ``achievement_phrases.yaml``), and so does
a verb making one dictionary word with the syllable before it. After a list's comma or 'và' the verb names the noun
('và 249 mô hình khởi nghiệp ở vùng ...') and stays. Used by :mod:`._achv_pos` for a subject.
"""

from __future__ import annotations

import regex

from ..document import Document
from ..segment import Sentence
from ..tokenize import Token
from ._achv_across import NOUN_TAGS
from ._achv_sense import sense
from ._achv_tags import OBJECT_TAGS, in_dictionary, tags
from ._achv_vocab import Vocab

#: Words either side of the unit tagged with it.
CONTEXT = 3
#: Tags after the unit that show a verb closing it is the predicate: a preposition, a pronoun ('ùn ứ | trên').
PREDICATE_NEXT = frozenset({"E", "P"})
#: Most words of a hedge between the causative and the amount ('khiến | ít nhất | 5 người').
HEDGE_WORDS = 2
#: The amount and the words before its unit, at the end of the text before the unit ('khiến| hơn 1.000 |xe').
_AMOUNT_BEFORE = rf"[ \u00a0]+(?:[\p{{L}}\p{{M}}]+[ \u00a0]+){{0,{HEDGE_WORDS}}}\d[\d.,]*[ \u00a0]*$"
#: Characters before the unit read for the causative, its hedge and the amount.
CAUSATIVE_REACH = 60
_BUILT: dict[object, regex.Pattern[str]] = {}
#: Tags of a noun after the unit: no predicate, whatever its syllables ('thành phố'): the nouns a unit takes whole,
#: names and abbreviations.
_NOUNS = NOUN_TAGS | {"Np", "Ny"}
#: Most words after the unit read for the clause's own verb.
CLAUSE_WORDS = 12

#: Tags that give a verb in the unit its object (a relative clause then: 'hộ dân ký gửi cà phê'), a numeral too.
_OBJECT = OBJECT_TAGS | {"M"}


def subject_predicate(doc: Document, sent: Sentence, start: int, end: int, v: Vocab) -> int:
    """Where the subject in text[start:end] ends before its predicate's verb, else ``end``."""
    if v.occasion.match(doc.text, start, end) or not _after_causative(doc, sent.start, start):
        return end
    toks = doc.tokens(sent)
    inside = [i for i, t in enumerate(toks) if start <= t.start < end]
    if len(inside) < 2 or toks[inside[-1]].end != end or inside[-1] + 1 >= len(toks):
        return end
    lo, hi = max(0, inside[0] - CONTEXT), min(len(toks), inside[-1] + 2 + CONTEXT)
    word_tags = tags(tuple(t.text for t in toks[lo:hi]))
    if len(word_tags) != hi - lo or word_tags[inside[-1] + 1 - lo] not in PREDICATE_NEXT:
        return end
    if word_tags[inside[0] - lo] == "V":
        return end  # a head read as a verb heads no noun phrase
    for k, i in enumerate(inside[1:], 1):
        if word_tags[i - lo] != "V":
            continue
        if any(word_tags[j - lo] in _OBJECT for j in inside[k + 1 :]):
            return end
        if in_dictionary([toks[inside[k - 1]].text.split()[-1], toks[i].text.split()[0]]):
            return end
        if _predicate_later(doc, toks, inside[-1] + 1):
            return end  # the clause's own verb comes after the place ('50 hộ chăn nuôi ở xã X | bị thiệt hại')
        while k > 1 and word_tags[inside[k - 1] - lo] == "R":
            k -= 1
        return toks[inside[k - 1]].end
    return end


def _predicate_later(doc: Document, toks: list[Token], at: int) -> bool:
    """A verb later in the clause, past the preposition at ``toks[at]`` and its object: the verb closing the unit
    then names the noun ('20 cơ sở kinh doanh tại chợ | phải đóng cửa'); a verb of direction in a place's phrase is
    no predicate ('ùn ứ trên đường lên cửa khẩu')."""
    rest = []
    for t in toks[at : at + CLAUSE_WORDS]:
        if not any(c.isalnum() for c in t.text):
            break  # the clause ends at a comma or a stop
        rest.append(t.text)
    found = tags(tuple(rest))
    path = sense(doc.options.lexicon_dirs).anywhere["causative_path"]
    if len(found) != len(rest):
        return False
    for word, tag in zip(rest[1:], found[1:], strict=True):
        if path.fullmatch(word) or tag in _NOUNS:
            continue
        if tag == "V" or (" " in word and "V" in tags(tuple(word.split()))):
            return True  # a word read whole as no verb may open with one ('mất trắng')
    return False


def _after_causative(doc: Document, sent_start: int, start: int) -> bool:
    """The amount before ``start`` follows a causative, maybe past a hedge ('khiến hơn 1.000 |xe')."""
    s = sense(doc.options.lexicon_dirs)
    if (found := _BUILT.get(s.dirs)) is None:
        found = _BUILT[s.dirs] = regex.compile(s.anywhere["causative"].pattern + _AMOUNT_BEFORE, regex.IGNORECASE)
    return bool(found.search(doc.text, max(sent_start, start - CAUSATIVE_REACH), start))
