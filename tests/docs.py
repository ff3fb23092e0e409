"""Hand-made parsed Docs for tests: a fixed parse (as en_core_web_sm gives it), no model loaded.

    >>> doc = make_doc(Parse("Xi spoke.", words=["Xi", "spoke", "."], heads=[1, 1, 1],
    ...                      deps=["nsubj", "ROOT", "punct"], pos=["PROPN", "VERB", "PUNCT"],
    ...                      tags=["NNP", "VBD", "."], lemmas=["Xi", "speak", "."],
    ...                      ents=[("PERSON", 0, 1)]))

Heads are absolute token indices within the sentence; ``make_doc`` joins several sentences
with one space and shifts their heads, so each sentence keeps its own ROOT and ``doc.sents``
follows the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import spacy
from spacy.tokens import Doc


@cache
def vocab():
    return spacy.blank("en").vocab


@dataclass(frozen=True)
class Parse:
    """One sentence: its text, tokens and their annotations (``ents`` as (label, start, end))."""

    text: str
    words: list[str]
    heads: list[int]
    deps: list[str]
    pos: list[str]
    tags: list[str]
    lemmas: list[str]
    ents: list[tuple[str, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.words)
        for name in ("heads", "deps", "pos", "tags", "lemmas"):
            assert len(getattr(self, name)) == n, f"{name} has {len(getattr(self, name))} values for {n} words"
        roots = [i for i, dep in enumerate(self.deps) if dep == "ROOT"]
        assert len(roots) == 1 and self.heads[roots[0]] == roots[0], f"one ROOT heading itself: {self.text!r}"
        for i, head in enumerate(self.heads):  # every token reaches the root without a cycle
            seen = {i}
            while self.heads[head] != head:
                assert head not in seen, f"cycle through token {i} in {self.text!r}"
                seen.add(head)
                head = self.heads[head]

    def spaces(self) -> list[bool]:
        """Whether each word is followed by a space in ``text`` (the words must spell the text)."""
        position, result = 0, []
        for word in self.words:
            start = self.text.index(word, position)
            assert self.text[position:start].strip() == "", f"text skipped before {word!r}"
            position = start + len(word)
            result.append(self.text[position : position + 1] == " ")
        assert position == len(self.text), f"words do not spell {self.text!r}"
        return result


def make_doc(*sentences: Parse) -> Doc:
    """A Doc of one or more sentences, separated by single spaces."""
    words, spaces, heads, deps, pos, tags, lemmas, ents = [], [], [], [], [], [], [], []
    for number, sentence in enumerate(sentences):
        offset = len(words)
        sentence_spaces = sentence.spaces()
        if number < len(sentences) - 1:
            sentence_spaces[-1] = True
        iob = ["O"] * len(sentence.words)
        for label, start, end in sentence.ents:
            iob[start] = f"B-{label}"
            for i in range(start + 1, end):
                iob[i] = f"I-{label}"
        words += sentence.words
        spaces += sentence_spaces
        heads += [offset + h for h in sentence.heads]
        deps += sentence.deps
        pos += sentence.pos
        tags += sentence.tags
        lemmas += sentence.lemmas
        ents += iob
    return Doc(
        vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents
    )
