"""People and their titles.

Each content line is cut into word tokens and read left to right by a small grammar:

- a *title* is a post from positions.yaml (``Phó Bí thư``), maybe after ``nguyên`` (former),
  then a *tail*: organisations, places, abbreviations, capitalised words and the lower-case words
  of organisation names (``Tỉnh ủy``, ``Ủy ban MTTQ Việt Nam tỉnh``, ``UBND huyện Bắc Hà``);
- a *name* is a run of 2 to 5 capitalised syllables opening with a known family name.

A name is a person only in a person's context: after an honorific, rank or degree
(``đồng chí``, ``Đại tá``, ``TS.``), right after a title (``Phó Bí thư Tỉnh ủy Hoàng Giang``:
the tail stops where the name starts), or followed by a title (``Lý Bình Minh, Phó Chủ tịch``).
Titles joined by ``,``/``kiêm``/``và``/``-`` form a chain that goes to one owner (see
:func:`._people_assign.assign`); a chain with no owner is a :class:`Role`, which
:func:`vnnews.link.link_people` ties back to a named holder of the same title when there is one.

The work is split in modules, each with one job: :mod:`._people_lex` (vocabularies, tokens),
:mod:`._people_names` (names and their cues), :mod:`._people_titles` (the title grammar),
:mod:`._people_scan` (one line read into hits), :mod:`._people_assign` (titles given to names).
This module runs them over the article and builds the records.
"""

from __future__ import annotations

from ..document import Document
from ..models import Mention, Person, Role, Title
from ..segment import FURNITURE
from ._people_assign import assign, confirm_lists, role_like
from ._people_hits import NameHit, TitleHit
from ._people_lex import Tok, lexicon, span_text, tokens
from ._people_names import named_places, unglue
from ._people_scan import scan


def extract(doc: Document) -> tuple[list[Person], list[Role]]:
    """People named in the article with their titles, and unnamed office holders."""
    lex = lexicon(doc.options.lexicon_dirs)
    people: list[Person] = []
    roles: list[Role] = []
    bare: list[tuple[list[Tok], NameHit]] = []
    said: list[tuple[list[Tok], NameHit]] = []
    lines: list[list[Tok]] = []
    for block in doc.blocks:
        if block.kind in FURNITURE or block.repeat_of is not None:
            continue
        toks = unglue(tokens(doc.text, block.start, block.end), lex)
        lines.append(toks)
        names, titles = scan(toks, lex)
        assign(toks, names, titles, lex)
        confirm_lists(toks, names)
        for n in names:
            if n.rule == "people.speech_name" and not n.titles:
                said.append((toks, n))
            elif n.confirmed or n.short:
                people.append(_person(doc, toks, n))
            else:
                bare.append((toks, n))
        owned = {(t.start, t.end) for n in names for t in n.titles}
        roles += [_role(doc, toks, t) for t in titles if (t.start, t.end) not in owned and role_like(toks, t)]
    # "người dân Đồng Tâm cho biết": a verb of saying is no proof when the article names a place so ("xã Đồng Tâm")
    places = set().union(*(named_places(toks, lex) for toks in lines)) if said else set()
    people += [_person(doc, toks, n) for toks, n in said if span_text(toks, n.start, n.end).casefold() not in places]
    known = {p.name.casefold() for p in people if " " in p.name}
    for toks, n in bare:  # a full name written again with nothing around it
        if span_text(toks, n.start, n.end).casefold() in known:
            people.append(_person(doc, toks, n))
    return people, roles


def _person(doc: Document, toks: list[Tok], n: NameHit) -> Person:
    s, e = toks[n.start].start, toks[n.end - 1].end
    kind = "short_name" if n.short else "name"
    return Person(
        name=doc.text[s:e],
        titles=[_title_record(doc, toks, t) for t in n.titles],
        mentions=[Mention(**doc.span(s, e), kind=kind, rule=n.rule)],
        honorific=n.honorific,
        rank=n.rank,
        degree=n.degree,
    )


def _title_record(doc: Document, toks: list[Tok], t: TitleHit) -> Title:
    s, e = toks[t.start].start, toks[t.end - 1].end
    org = doc.text[toks[t.pos_end].start : e] if t.end > t.pos_end else None
    position = doc.text[toks[t.pos_start].start : toks[t.pos_end - 1].end]
    return Title(**doc.span(s, e), position=position, organisation=org, former=t.former, rule=t.rule)


def _role(doc: Document, toks: list[Tok], t: TitleHit) -> Role:
    s, e = toks[t.start].start, toks[t.end - 1].end
    return Role(**doc.span(s, e), rule="people.role" if t.role else "people.unnamed_title")
