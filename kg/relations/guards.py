"""What the parse must say for two names to hold a typed relation, whatever the model's score.

    blocked(parsed, head, tail, relation) -> the name of the guard that stops the pair, or None

The model reads features of the words between two names and sees a strong sign in any of
them; on news it states relations between names that are merely near each other. A build
(:func:`kg.relations.relation_claims` with ``guarded``) states a relation only when the
dependency path joining the two names is one that relation can run through:

``furniture``
    the sentence has no verb: a headline, a caption, a credit line ("—The mayor of London,
    Sadiq Khan"), which name people without saying how they relate;
``coordinate``
    the path takes a ``conj`` arc: two items of one list ("San Francisco, Los Angeles and New
    York"), or a name and what is said of its conjunct ("Andrew Yang, an entrepreneur, and
    Michael Bennet, a Senator from Colorado": Bennet's state, not Yang's);
``source``
    the path runs through a word that names where a statement comes from ("said Russell
    Zimmerman per ABC News", "according to the Associated Press");
``clause``
    the path runs through a verb that is no cue of the relation ("Bill Weld received the
    delegate in Iowa", "Steve Peers, speaking to the BBC", "Sanders told CNN"): what one does
    somewhere, or says to someone, is no living or working there. The cues of each relation
    ("X works for Y", "X was born in Y", "X, who killed Y") and the copula from subject to
    attribute ("X was the mayor of Y") are let through, but not a cue verb with a particle,
    which is another verb ("the rebels, whom Haddad ran off to Jordan");
``preposition``
    the path takes a preposition the relation does not (``takes`` in the data): "Jennifer
    Daskal of American University", "a vice president at PG&E" work there, "Trump, also on
    Twitter, defended ..." does not;
``noun``
    both names hang from a third noun that is neither in apposition with one of them nor a cue
    of the relation ("Costco's store in Canberra", "cases of COVID-19 in the United States",
    "the Democratic Party's Nevada caucuses"); "Belski, the director of Amnesty" and "Apple's
    headquarters in Cupertino" are let through.

The words are data (``kg/data/relations/news.tsv``, beside the news floor on the probability).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .. import lexicon
from .features import Arg, Parsed, _arcs, cues

__all__ = ["GUARDS", "NewsSettings", "blocked", "settings"]

#: the guards in the order they are tried
GUARDS: tuple[str, ...] = ("furniture", "coordinate", "source", "clause", "preposition", "noun")

_VERBS = {"VERB", "AUX"}
_NOUNS = {"NOUN", "PROPN", "PRON", "NUM"}
_COPULA_ARCS = {"nsubj", "nsubjpass", "attr", "relcl"}


class NewsSettings(NamedTuple):
    """``kg/data/relations/news.tsv``: the news floor and the guards' words."""

    floor: float
    source: frozenset[str]
    copula: frozenset[str]
    joins: dict[str, frozenset[str]]  # relation -> the cue classes that may join its two names
    takes: dict[str, frozenset[str]]  # relation -> the prepositions its path may take


@cache
def settings() -> NewsSettings:
    values: dict[str, str] = {}
    joins: dict[str, frozenset[str]] = {}
    takes: dict[str, frozenset[str]] = {}
    for row in lexicon.rows("relations/news.tsv"):
        if row[0] in ("joins", "takes"):
            (joins if row[0] == "joins" else takes)[row[1]] = frozenset(row[2].split("|"))
        else:
            values[row[0]] = row[1]
    return NewsSettings(
        float(values["floor"]),
        frozenset(values["source"].split("|")),
        frozenset(values["copula"].split("|")),
        joins,
        takes,
    )


def blocked(parsed: Parsed, head: Arg, tail: Arg, relation: str) -> str | None:
    """The first guard (:data:`GUARDS`) the pair ``head``, ``tail`` fails for ``relation``, or
    None when the parse joins the two names in a way the relation can hold."""
    start = parsed.start
    pos = parsed.pos
    if not _VERBS.intersection(pos):
        return "furniture"
    rising, lca, falling = _arcs(parsed, head.root, tail.root)
    path = [*rising, lca, *falling]
    arcs = [_arc(parsed, x, y) for x, y in zip(path, path[1:], strict=False)]
    if "conj" in arcs:
        return "coordinate"
    found = settings()
    inner = range(1, len(path) - 1)
    if any(parsed.word(path[k]) in found.source for k in inner):
        return "source"
    table = cues()
    joining = found.joins.get(relation, frozenset())

    def cued(token: int) -> bool:
        return not joining.isdisjoint(table.get(parsed.word(token), ()))

    for k in inner:
        token = path[k]
        if pos[token - start] not in _VERBS or cued(token) and not _particle(parsed, token):
            continue
        at = {arcs[k - 1], arcs[k]}
        if parsed.word(token) in found.copula and at <= _COPULA_ARCS and "attr" in at:
            continue
        return "clause"
    taken = found.takes.get(relation, frozenset())
    if any(pos[path[k] - start] == "ADP" and parsed.word(path[k]) not in taken for k in inner):
        return "preposition"
    if lca not in (head.root, tail.root) and pos[lca - start] in _NOUNS:
        k = path.index(lca)
        if "appos" not in {arcs[k - 1], arcs[k]} and not cued(lca):
            return "noun"
    return None


def _particle(parsed: Parsed, verb: int) -> bool:
    """``verb`` has a particle ("served up", "ran off"): it is another verb than its lemma."""
    return any(h == verb and d == "prt" for h, d in zip(parsed.heads, parsed.deps, strict=True))


def _arc(parsed: Parsed, x: int, y: int) -> str:
    """The dependency label of the arc between neighbours ``x`` and ``y`` of a path."""
    return parsed.dep(y) if parsed.heads[y - parsed.start] == x else parsed.dep(x)
