"""Features of a pair of mentions in one parsed sentence, for the relation model.

A pair is two :class:`Arg` records: token spans of one spaCy ``Doc`` with their coarse class
(``PER``, ``ORG``, ``LOC``). The features are strings, a few dozen per pair, read from
what says how two names relate in news: the dependency path between their heads, plain and
with its words ("Joy Tan, a spokeswoman for Huawei": up ``appos`` through "spokeswoman",
down ``prep`` "for", ``pobj``), the words between them and beside them, the classes and
their order, the other names between them and whether each is the other's nearest, and
the words inside the names' own phrases (titles: "Huawei spokeswoman Joy Tan"). They cost
a few microseconds of Python per pair: no search, no second parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
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
LABELS: dict[str, str] = {
    "worksFor": "works for",
    "livesIn": "lives in",
    "locatedIn": "located in",
    "basedIn": "based in",
    "killed": "killed",
}
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
    country: bool = False  # a country, not a city or region (which lies in which)


def mention_args(sent: SpacySpan, sentence: int, table: MentionTable) -> list[Arg]:
    """The named mentions of sentence number ``sentence`` (``sent``, of the table's current
    paragraph) that can take part in a typed relation, in text order.

    The table is read from its end back to the names of the sentence before: the names of a
    sentence are added together, in sentence order, so this costs the sentence's mentions,
    not the article's (a build reads every sentence)."""
    doc = sent.doc
    args = []
    for mention in reversed(table.mentions):
        if mention.kind != "name":
            continue
        if mention.sentence < sentence:
            break
        if mention.sentence > sentence or mention.cls not in COARSE:
            continue
        span = doc.char_span(
            mention.span.start - table.offset, mention.span.end - table.offset, alignment_mode="expand"
        )
        if span is None or not sent.start <= span.start < sent.end:
            continue
        args.append(
            Arg(
                span.start,
                span.end,
                table.root(doc[span.start]).i,
                COARSE[mention.cls],
                mention.id,
                mention.cls == "Country",
            )
        )
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


_MODIFIERS = {"appos", "compound", "amod"}


class Parsed:
    """The parse of a stretch of a Doc as plain lists, read from spaCy once for all the
    pairs of a sentence (spaCy's token objects are slow to make one by one). Indices are
    the Doc's."""

    __slots__ = ("start", "end", "words", "deps", "heads", "pos", "modifiers")

    def __init__(self, span: SpacySpan) -> None:
        self.start, self.end = span.start, span.end
        self.words, self.deps, self.heads, self.pos = [], [], [], []
        self.modifiers: dict[int, list[int]] = {}
        for token in span:
            self.words.append(_word(token))
            self.deps.append(token.dep_)
            self.heads.append(token.head.i)
            self.pos.append(token.pos_)
            if token.dep_ in _MODIFIERS and token.pos_ != "PROPN":
                self.modifiers.setdefault(token.head.i, []).append(token.i)

    def word(self, i: int) -> str:
        return self.words[i - self.start]

    def dep(self, i: int) -> str:
        return self.deps[i - self.start]

    def ancestors(self, i: int) -> list[int]:
        """``i`` and the tokens above it, up to the root of its sentence."""
        chain = [i]
        heads, start = self.heads, self.start
        while heads[chain[-1] - start] != chain[-1] and len(chain) < 64:
            chain.append(heads[chain[-1] - start])
        return chain


def path_tokens(parsed: Parsed, a: int, b: int) -> list[int]:
    """The tokens strictly between ``a`` and ``b`` on the dependency path joining them,
    their lowest common ancestor included when it is neither."""
    rising, lca, falling = _arcs(parsed, a, b)
    return rising[1:] + ([lca] if lca not in (a, b) else []) + falling[:-1]


def _arcs(parsed: Parsed, a: int, b: int) -> tuple[list[int], int, list[int]]:
    """(tokens from ``a`` up to below the lowest common ancestor, that ancestor, tokens from
    below it down to ``b``). Two tokens of different sentences meet at ``b``'s root."""
    up, down = parsed.ancestors(a), parsed.ancestors(b)
    common = set(down)
    lca = next((t for t in up if t in common), down[-1])
    rising = up[: up.index(lca)] if lca in up else up
    falling = down[: down.index(lca)][::-1]
    return rising, lca, falling


def pair_features(parsed: Parsed, head: Arg, tail: Arg, args: list[Arg] | tuple[Arg, ...] = ()) -> list[str]:
    """The features of the pair ``head`` (subject) and ``tail`` (object), as strings, among
    ``args``, all the names of the sentence (the classes of those between the two, and
    whether each of the two is the other's nearest of its class, tell "the mayor of Denver,
    Colorado" from "the mayor of Denver"). The model's bias is per relation, and the
    relation is fixed by the classes, so the classes are not a feature of their own; the
    features that count arcs or words carry them."""
    combo = f"{head.cls}>{tail.cls}"
    table = cues()
    word, dep = parsed.word, parsed.dep
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "ht" if first is head else "th"
    features = [f"order={combo}:{order}"]
    if head.cls == "LOC" or tail.cls == "LOC":
        features.append(f"country={combo}:{int(head.country)}{int(tail.country)}")
    gap = second.start - first.end
    features.append(f"gap={combo}:{min(max(gap, 0), 9)}")
    if gap <= _MAX_BETWEEN:
        words = [word(i) for i in range(first.end, second.start)]
        features.extend(f"btw={w}" for w in set(words))
        features.append(f"btw_seq={order}:{' '.join(words[:6])}")
        features.extend(_cued(f"btw_cue={order}", words, table))
    if "VERB" in parsed.pos[first.end - parsed.start : second.start - parsed.start]:
        features.append(f"btw_verb={combo}")
    features.append(f"before={word(first.start - 1) if first.start > parsed.start else '<s>'}")
    features.append(f"after={word(second.end) if second.end < parsed.end else '</s>'}")
    for side, arg in (("h", head), ("t", tail)):
        inside = [word(i) for i in range(arg.start, arg.end) if parsed.pos[i - parsed.start] != "PROPN"]
        features.extend(f"{side}_in={w}" for w in inside)
        features.append(f"{side}_dep={dep(arg.root)}")
        features.append(f"{side}_head={arg.cls}:{word(arg.root)}")
        modifiers = [word(c) for c in parsed.modifiers.get(arg.root, ()) if not arg.start <= c < arg.end]
        features.extend(f"{side}_mod={w}" for w in modifiers)
        features.extend(_cued(f"{side}_cue", inside + modifiers, table))
    rising, lca, falling = _arcs(parsed, head.root, tail.root)
    plain = [f"^{dep(t)}" for t in rising] + [f"v{dep(t)}" for t in falling]
    features.append(f"path={combo}:{' '.join(plain)}")
    if len(plain) <= _MAX_PATH:
        on_path = [word(t) for t in rising[1:]] + [word(t) for t in falling[:-1]]
        worded = ([f"^{dep(rising[0])}"] if rising else []) + [f"^{dep(t)}:{word(t)}" for t in rising[1:]]
        worded.append(f"[{word(lca)}]" if lca not in (head.root, tail.root) else "[]")
        worded += [f"v{dep(t)}:{word(t)}" for t in falling[:-1]] + ([f"v{dep(falling[-1])}"] if falling else [])
        features.append(f"wpath={' '.join(worded)}")
        if lca not in (head.root, tail.root):
            on_path.append(word(lca))
        features.extend(f"pathword={w}" for w in on_path)
        features.extend(_cued(f"path_cue={combo}", on_path, table))
        if on_path:
            features.append(
                f"cpath={' '.join(plain)}:" + "|".join(sorted({n for w in on_path for n in table.get(w, ())}) or ["-"])
            )
    features.append(f"lca={word(lca)}")
    features.append(f"plen={combo}:{min(len(plain), 8)}")
    inside = [a.cls for a in args if first.end <= a.start and a.end <= second.start]
    features.append(f"names_btw={combo}:{order}:{'|'.join(inside) if len(inside) <= 3 else 'many'}")
    features.append(f"nearest={combo}:{order}:{_nearest(head, tail, args)}{_nearest(tail, head, args)}")
    return features


def _nearest(a: Arg, b: Arg, args) -> int:
    """1 if no other name of ``b``'s class lies nearer to ``a`` on ``b``'s side of it ("the
    mayor of Denver, Colorado": Denver is the nearest place to the mayor, Colorado is not)."""
    gap = b.start - a.start
    return int(
        not any(
            other.cls == b.cls and other is not a and other is not b and 0 < (other.start - a.start) / gap < 1
            for other in args
        )
    )
