"""Features of a pair of mentions in one parsed sentence, for the relation model.

A pair is two :class:`Arg` records: token spans of one spaCy ``Doc`` with their coarse class
(``PER``, ``ORG``, ``LOC``). The features are strings, a few dozen per pair, read from
what says how two names relate in news: the dependency path between their heads, plain and
with its words ("Joy Tan, a spokeswoman for Huawei": up ``appos`` through "spokeswoman",
down ``prep`` "for", ``pobj``), the words between them and beside them, the classes and
their order, and the words inside the names' own phrases (titles: "Huawei spokeswoman Joy
Tan"). They cost a few microseconds of Python per pair: no search, no second parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..extract.mentions import MentionTable

#: kg's entity classes that can take part in a typed relation, and their coarse class
COARSE: dict[str, str] = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Place": "LOC"}

#: (subject class, object class) -> the one relation a pair of those classes may hold
ALLOWED: dict[tuple[str, str], str] = {
    ("PER", "ORG"): "worksFor",
    ("PER", "LOC"): "livesIn",
    ("LOC", "LOC"): "locatedIn",
    ("ORG", "LOC"): "basedIn",
    ("PER", "PER"): "killed",
}
#: the model's classes: no relation first, then the ontology properties it can state
PREDICATES: tuple[str, ...] = ("none", "worksFor", "livesIn", "locatedIn", "basedIn", "killed")
LABELS: dict[str, str] = {"worksFor": "works for", "livesIn": "lives in", "locatedIn": "located in",
                          "basedIn": "based in", "killed": "killed"}
assert set(ALLOWED.values()) == set(PREDICATES[1:]) == set(LABELS)

_MAX_BETWEEN = 12  # words between two names beyond which only their count is a feature
_MAX_PATH = 6  # dependency arcs beyond which only the plain path is a feature


@dataclass(frozen=True, slots=True)
class Arg:
    """One side of a pair: tokens ``start:end`` of a Doc, headed by token ``root``."""

    start: int
    end: int
    root: int
    cls: str  # coarse class: PER, ORG or LOC
    mention: int | None = None  # the kg Mention.id it stands for, when it is one


def mention_args(sent: SpacySpan, table: MentionTable) -> list[Arg]:
    """The named mentions of ``sent`` that can take part in a typed relation, in text order.

    A pronoun the mention table lets stand for a name ("it" for a company named before) is
    not the name: only tokens inside a mention's own span count."""
    spans: dict[int, list[int]] = {}
    mentions = {}
    for token in sent:
        mention = table.at(token)
        if mention is None or mention.kind != "name" or mention.cls not in COARSE:
            continue
        if not mention.span.start <= table.offset + token.idx < mention.span.end:
            continue
        spans.setdefault(mention.id, []).append(token.i)
        mentions[mention.id] = mention
    args = []
    for number, tokens in spans.items():
        root = table.root(sent.doc[tokens[0]]).i
        args.append(Arg(tokens[0], tokens[-1] + 1, root, COARSE[mentions[number].cls], number))
    return sorted(args, key=lambda a: a.start)


def candidate_pairs(args: list[Arg]) -> list[tuple[Arg, Arg, str]]:
    """(subject, object, the one relation their classes allow) for each ordered pair."""
    pairs = []
    for head in args:
        for tail in args:
            if head is tail or head.start < tail.end and tail.start < head.end:
                continue  # the same name, or two overlapping ones
            relation = ALLOWED.get((head.cls, tail.cls))
            if relation is not None:
                pairs.append((head, tail, relation))
    return pairs


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """lemma -> the cue classes it belongs to (``kg/data/relations/cues.tsv``)."""
    found: dict[str, tuple[str, ...]] = {}
    for name, words in lexicon.rows("relations/cues.tsv"):
        for word in words.split("|"):
            found[word] = (*found.get(word, ()), name)
    return found


def _cued(prefix: str, words, table: dict[str, tuple[str, ...]]) -> list[str]:
    return [f"{prefix}={name}" for name in sorted({n for w in words for n in table.get(w, ())})]


def _word(token) -> str:
    """A token as the features read it: its lower-cased lemma, digits folded."""
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def _ancestors(doc: Doc, i: int) -> list[int]:
    chain = [i]
    while doc[chain[-1]].head.i != chain[-1] and len(chain) < 64:
        chain.append(doc[chain[-1]].head.i)
    return chain


def path_tokens(doc: Doc, a: int, b: int) -> list[int]:
    """The tokens strictly between ``a`` and ``b`` on the dependency path joining them,
    their lowest common ancestor included when it is neither."""
    up, down = _ancestors(doc, a), _ancestors(doc, b)
    common = set(down)
    lca = next((t for t in up if t in common), down[-1])
    rising = up[1:up.index(lca)] if lca in up else up[1:]
    falling = down[1:down.index(lca)] if lca in down else down[1:]
    return rising + ([lca] if lca not in (a, b) else []) + falling[::-1]


def _path(doc: Doc, a: int, b: int) -> tuple[list[str], list[str], int]:
    """(plain arcs, arcs with words, the lowest common ancestor) from token ``a`` to ``b``."""
    up, down = _ancestors(doc, a), _ancestors(doc, b)
    common = set(down)
    lca = next((t for t in up if t in common), down[-1])
    rising = up[:up.index(lca)] if lca in up else up
    falling = list(reversed(down[:down.index(lca)]))
    plain = [f"^{doc[t].dep_}" for t in rising] + [f"v{doc[t].dep_}" for t in falling]
    worded = [f"^{doc[t].dep_}" + ("" if t == a else f":{_word(doc[t])}") for t in rising]
    worded.append(f"[{_word(doc[lca])}]" if lca not in (a, b) else "[]")
    worded += [f"v{doc[t].dep_}" + ("" if t == b else f":{_word(doc[t])}") for t in falling]
    return plain, worded, lca


def pair_features(doc: Doc, head: Arg, tail: Arg) -> list[str]:
    """The features of the pair ``head`` (subject) and ``tail`` (object), as strings. The
    model's bias is per relation, and the relation is fixed by the classes, so the classes
    are not a feature of their own; the features that count arcs or words carry them."""
    combo = f"{head.cls}>{tail.cls}"
    table = cues()
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "ht" if first is head else "th"
    features = [f"order={combo}:{order}"]
    between = [doc[i] for i in range(first.end, second.start)]
    features.append(f"gap={combo}:{min(len(between), 9)}")
    words = [_word(t) for t in between]
    if len(between) <= _MAX_BETWEEN:
        features.extend(f"btw={w}" for w in set(words))
        features.append(f"btw_seq={order}:{' '.join(words[:6])}")
        features.extend(_cued(f"btw_cue={order}", words, table))
    if any(t.pos_ == "VERB" for t in between):
        features.append(f"btw_verb={combo}")
    features.append(f"before={_word(doc[first.start - 1]) if first.start > 0 else '<s>'}")
    features.append(f"after={_word(doc[second.end]) if second.end < len(doc) else '</s>'}")
    for side, arg in (("h", head), ("t", tail)):
        inside = [_word(doc[i]) for i in range(arg.start, arg.end) if doc[i].pos_ != "PROPN"]
        features.extend(f"{side}_in={w}" for w in inside)
        features.append(f"{side}_dep={doc[arg.root].dep_}")
        modifiers = [_word(c) for c in doc[arg.root].children if c.dep_ in {"appos", "compound", "amod"}
                     and not arg.start <= c.i < arg.end and c.pos_ != "PROPN"]
        features.extend(f"{side}_mod={w}" for w in modifiers)
        features.extend(_cued(f"{side}_cue", inside + modifiers, table))
    plain, worded, lca = _path(doc, head.root, tail.root)
    features.append(f"path={combo}:{' '.join(plain)}")
    if len(plain) <= _MAX_PATH:
        features.append(f"wpath={' '.join(worded)}")
        on_path = [w.split(":", 1)[1] for w in worded if ":" in w]
        if lca not in (head.root, tail.root):
            on_path.append(_word(doc[lca]))
        features.extend(f"pathword={w}" for w in on_path)
        features.extend(_cued(f"path_cue={combo}", on_path, table))
        if on_path:
            features.append(f"cpath={' '.join(plain)}:" + "|".join(
                sorted({n for w in on_path for n in table.get(w, ())}) or ["-"]))
    features.append(f"lca={_word(doc[lca])}")
    features.append(f"plen={combo}:{min(len(plain), 8)}")
    return features
