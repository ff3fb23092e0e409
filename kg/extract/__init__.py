"""The extract stage: a parsed article in, mentions, clauses and claims out.

    extract(ParsedArticle) -> Extraction

:mod:`.mentions` finds what is referred to, :mod:`.clauses` the open-IE clauses,
:mod:`.claims` the entity-level facts (on a tree :mod:`.repair` has mended), :mod:`.modality` how the text puts each clause
(asserted, reported, negated, ...) and :mod:`.quotes` who says a quotation's sentences. spaCy objects stay inside this package.
"""

from __future__ import annotations

from ..iri import camel_case
from ..model import Argument, Extraction, Proposition, Span
from ..nlp import MIN_LATIN_SHARE, ParsedArticle, latin_share
from .claims import ClaimBuilder
from .clauses import Clause
from .mentions import MentionTable, add_sentence_mentions
from .modality import Modality
from .quotes import (
    continued_speaker,
    continued_turns,
    foreign_from,
    initialled_turn,
    initials_of,
    interview_turn,
    quoted_sentences,
)
from .repair import repair

__all__ = ["extract", "camel_case"]


def extract(parsed: ParsedArticle, relations: bool = False) -> Extraction:
    """The mentions, clauses and claims of a parsed article; with ``relations`` also the
    typed relations of the trained model (:mod:`kg.relations`)."""
    table = MentionTable()
    builder = ClaimBuilder(table, parsed.article.date, relations=relations)
    sentences: list[Span] = []
    offsets: list[int] = []
    carried: int | None = None  # mention id of a speaker whose quotation runs into the next paragraph
    turns = [interview_turn(doc) for _, doc in parsed.docs]
    # in an interview, "NG: ..." is the answer of the person named with those initials
    initialled = [
        initialled_turn(doc) if any(turns) and turn is None else None
        for (_, doc), turn in zip(parsed.docs, turns, strict=True)
    ]
    turns = [(False, None) if initials else turn for turn, initials in zip(turns, initialled, strict=True)]
    continues = continued_turns(turns)
    answered_by: dict[int, int | None] = {}  # paragraph of an interviewee's turn -> their mention id
    for paragraph, (offset, doc) in enumerate(parsed.docs):
        repair(doc)  # two slips of the parser, undone before any rule reads the tree
        table.start_doc(offset, doc)
        english = doc.lang_ == "en"
        quoted = quoted_sentences(doc)
        turn = turns[paragraph]
        by_initials = _initialled_by(table, initialled[paragraph])
        answering = continues[paragraph]
        translated = foreign_from(doc)
        for sent in doc.sents:
            text = sent.text.strip()
            if not text or english and (latin_share(text) < MIN_LATIN_SHARE or _foreign(sent)):
                continue  # an English parser makes nonsense of a quote in Hindi, Russian or Spanish
            if translated is not None and sent.end_char > translated:
                continue  # "((hi))Hindi language: ...": the answer again, in Hindi mixed with English words
            start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            index = len(sentences)
            sentences.append(Span(start, start + len(text), text))
            offsets.append(offset)
            add_sentence_mentions(table, sent, index)
            if _question(text) or turn is not None and turn[0]:
                continue  # "Did only one lever deliver shocks?", "((WN)) ...": an interviewer asserts nothing
            if turn is not None:  # "((Thomas Rivinius)) ...", "NG: ...": the interviewee's words, all of them
                builder.read_sentence(sent, index, Modality("reported", turn[1]), by_initials)
            elif answering is not None:  # a later paragraph of the same answer: still theirs
                builder.read_sentence(sent, index, Modality("reported"), answered_by.get(answering))
            elif sent.start in quoted:
                builder.read_sentence(
                    sent,
                    index,
                    Modality("reported", quoted[sent.start]),
                    None if quoted[sent.start] is not None else carried,
                )
            else:
                builder.read_sentence(sent, index)
        speaker = continued_speaker(doc)
        carried = None if speaker is None or (found := table.at(speaker)) is None else found.id
        if turn is not None and not turn[0]:
            named = table.at(turn[1]) if turn[1] is not None else None
            answered_by[paragraph] = named.id if named is not None else by_initials
        builder.finish_doc()
    propositions = tuple(_proposition(clause, index, offsets[index], table) for index, clause in builder.clauses)
    return Extraction(parsed.article, tuple(sentences), tuple(table.mentions), propositions, tuple(builder.claims))


def _initialled_by(table: MentionTable, initials: str | None) -> int | None:
    """The person named before whose initials these are ("NG" for Natasha Gownaris), if one."""
    if initials is None:
        return None
    found = [m for m in table.mentions if m.kind == "name" and m.cls == "Person" and initials_of(m.label) == initials]
    return found[-1].id if len({m.label for m in found}) == 1 else None  # one name only, never a guess


def _question(text: str) -> bool:
    return text.rstrip("\"'”’ )").endswith("?")


def _foreign(sent) -> bool:
    """A sentence in another language written in Latin script ("Nuestras acciones estarán
    dirigidas a ese fin"): the lower-case words of English prose are a fifth or more function
    words, and English stop words are rare elsewhere. Short sentences are given the benefit of the doubt."""
    words = [t for t in sent if t.is_alpha and t.is_lower]  # names and titles are no evidence either way
    return len(words) >= 6 and sum(t.is_stop for t in words) < FOREIGN_STOP_SHARE * len(words)


#: below this share of English stop words a sentence of six words or more is not English
FOREIGN_STOP_SHARE = 0.12


def _span(tokens, offset: int) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(offset + start, offset + end, "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text)


def _proposition(clause: Clause, sentence: int, offset: int, table: MentionTable) -> Proposition:
    def argument(arg) -> Argument:
        mention = table.at(arg.head)
        return Argument(_span(arg.tokens, offset), None if mention is None else mention.id, arg.prep, arg.is_clause)

    relation = " ".join(t.text for t in sorted(clause.relation, key=lambda t: t.i))
    return Proposition(
        sentence=sentence,
        subject=argument(clause.subject),
        relation=relation,
        lemma=clause.lemma,
        args=tuple(argument(a) for a in clause.objects + clause.preps),
        confidence=0.7,
        extractor="clause",
        negated=clause.negated,
    )
