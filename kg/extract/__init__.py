"""The extract stage: a parsed article in, mentions, clauses and claims out.

    extract(ParsedArticle) -> Extraction

:mod:`.mentions` finds what is referred to, :mod:`.clauses` the open-IE clauses,
:mod:`.claims` the entity-level facts (on a tree :mod:`.repair` has mended), :mod:`.modality` how the text puts each clause
(asserted, reported, negated, ...), :mod:`.quotes` who says a quotation's sentences and
:mod:`.interviews` whose word each paragraph of an interview is. spaCy objects stay inside this package.
"""

from __future__ import annotations

from ..iri import camel_case
from ..model import Argument, Extraction, Proposition, Span
from ..nlp import MIN_LATIN_SHARE, ParsedArticle, latin_share
from .claims import ClaimBuilder
from .clauses import Clause
from .interviews import Interview, foreign_from
from .mentions import MentionTable, add_sentence_mentions
from .modality import Modality
from .quotes import continued_speaker, quoted_sentences
from .repair import repair

__all__ = ["extract", "camel_case"]


def extract(parsed: ParsedArticle, relations: bool | float = False) -> Extraction:
    """The mentions, clauses and claims of a parsed article; with ``relations`` also the
    typed relations of the trained model (:mod:`kg.relations`): True for those at the news
    floor, a number for those at that probability or above (:func:`kg.relations.stated_floor`).
    A build (:mod:`kg.article_graph`) asks for them by default."""
    table = MentionTable()
    builder = ClaimBuilder(table, parsed.article.date, relations=relations)
    sentences: list[Span] = []
    offsets: list[int] = []
    carried: int | None = None  # mention id of a speaker whose quotation runs into the next paragraph
    interview = Interview([doc for _, doc in parsed.docs])
    for paragraph, (offset, doc) in enumerate(parsed.docs):
        repair(doc)  # two slips of the parser, undone before any rule reads the tree
        table.start_doc(offset, doc)
        english = doc.lang_ == "en"
        quoted = quoted_sentences(doc)
        voice = interview.voice(paragraph, table)
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
            if _question(text) or interview.interviewer(paragraph):
                continue  # "Did only one lever deliver shocks?", "((WN)) ...": an interviewer asserts nothing
            if voice is not None:  # "((Thomas Rivinius)) ...", "NG: ...", and the rest of the answer
                builder.read_sentence(sent, index, *voice)
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
        interview.close(paragraph, table)
        builder.finish_doc()
    propositions = tuple(_proposition(clause, index, offsets[index], table) for index, clause in builder.clauses)
    return Extraction(parsed.article, tuple(sentences), tuple(table.mentions), propositions, tuple(builder.claims))


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
