"""Plain, frozen records passed between the stages of a build.

    Article -> (parse) -> ParsedArticle -> (extract) -> Mention, Proposition
            -> (resolve) -> Entity, Fact -> (rdf) -> rdflib Dataset

No spaCy or rdflib object crosses a stage boundary; everything here is hashable,
comparable and cheap to pickle, so stages can run in other processes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk: metadata plus the body text."""

    id: str
    title: str
    text: str
    source_path: str
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    url: str | None = None
    publisher: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why (shown to the user, never raised)."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text, by character offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to something in one sentence: a name, a description or a pronoun.

    ``kind`` is ``name`` (named entity), ``nominal`` (a common-noun phrase such as
    "the symposium"), ``pronoun``, or ``description`` (a definite description that
    refers back, such as "the Chinese president").
    """

    id: int  # unique within the article, in text order
    sentence: int
    span: Span
    kind: str
    cls: str  # ontology class local name: Person, Organization, Country, ...
    label: str  # the surface name with determiners and possessives removed
    head: str  # lower-cased lemma of the head noun
    titles: tuple[str, ...] = ()  # positions held ("President")
    descriptors: tuple[str, ...] = ()  # what it is ("telecom giant")
    affiliation: str | None = None  # country or group named by a modifier ("Chinese")
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a proposition: a text span, possibly an entity mention."""

    span: Span
    mention: int | None = None  # Mention.id when the argument is (headed by) a mention
    prep: str | None = None  # the preposition that introduced it ("at", "in")
    is_clause: bool = False  # reported content ("China should ...") rather than a thing


@dataclass(frozen=True, slots=True)
class Proposition:
    """A clause-level open-IE tuple: subject, relation phrase, arguments.

    ``relation`` is the readable phrase ("called for", "spoke at"); ``lemma`` its
    lemmatised form used to normalise predicates ("call for").
    """

    sentence: int
    subject: Argument
    relation: str
    lemma: str
    args: tuple[Argument, ...]
    confidence: float
    extractor: str
    negated: bool = False


@dataclass(frozen=True, slots=True)
class TimeValue:
    """When a fact happened: the words as written and, where they resolve, what they mean.

    ``value`` is the lexical form of one XSD literal (``datatype`` ``date``, ``gYearMonth``
    or ``gYear``: "2020-08-17", "2020-08", "2020"); an interval that no XSD type names
    ("last week", "the 1990s") has no value but has bounds. ``start`` and ``end`` are ISO
    dates, the first and last day the expression covers, set whenever it resolved at all,
    so that queries can filter every resolved time the same way. Words that do not resolve
    ("recently", "at the time") keep ``text`` and nothing else.
    """

    text: str
    value: str | None = None
    datatype: str | None = None  # "date", "gYearMonth", "gYear" when ``value`` is set
    start: str | None = None  # ISO date, first day covered
    end: str | None = None  # ISO date, last day covered

    @property
    def resolved(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Claim:
    """An entity-level fact between mentions, before coreference is resolved.

    ``predicate`` is an ontology property's local name, or ``None`` for an open
    relation named by ``label``; the object is a mention or a ``literal``.
    """

    subject: int  # Mention.id
    predicate: str | None
    label: str
    obj: int | None
    literal: str | None
    sentence: int
    confidence: float
    extractor: str
    modality: str = "asserted"  # one of kg.vocab.MODALITIES: how the text puts the claim
    source: int | None = None  # Mention.id of whom a reported claim is attributed to
    addressee: int | None = None  # Mention.id of whom speech was addressed to ("told X")
    time: TimeValue | None = None  # when the clause says it happened ("on Monday"), resolved
    place: int | None = None  # Mention.id of where the clause says it happened ("in Beijing")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stage read from one article, by sentence and mention."""

    article: Article
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    propositions: tuple[Proposition, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved real-world thing: one node of the graph."""

    key: str  # stable identity: "<Class>/<slug>"
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    scope: str | None = None  # article id for article-local nodes (common-noun concepts)


@dataclass(frozen=True, slots=True)
class Fact:
    """A subject-predicate-object statement with the sentence it came from.

    ``obj`` is an entity key, or ``None`` when the object is a literal (``literal``).
    """

    subject: str
    predicate: str  # predicate local name: "spokeAt", "calledFor", "targets"
    predicate_label: str  # "spoke at"
    obj: str | None
    literal: str | None
    article: str
    sentence: Span
    confidence: float
    extractor: str
    modality: str = "asserted"  # one of kg.vocab.MODALITIES; only ASSERTING ones become plain triples
    source: str | None = None  # entity key of whom a reported fact is attributed to
    addressee: str | None = None  # entity key of whom speech was addressed to
    object_text: str | None = None  # a concept object's whole phrase, where its label is shortened
    time: TimeValue | None = None  # qualifier kg:time: when it happened, resolved against the article date
    place: str | None = None  # qualifier kg:place: entity key of where it happened

    @property
    def asserted(self) -> bool:
        """Whether the article asserts the fact (itself or through a named source)."""
        from .vocab import ASSERTING

        return self.modality in ASSERTING


@dataclass(frozen=True, slots=True)
class ArticleGraph:
    """Everything extracted from one article, ready for the RDF stage."""

    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
