"""Pronouns: the person "he" or "her" refers to, the thing "it" or the group "they" is, or
nobody when that is not clear (a pronoun that cannot be resolved with confidence drops).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import entity_class, lexicon
from ..model import Mention
from .cluster import GENDERED, Cluster, only
from .roles import refers_to_person, role_families
from .state import RECENCY, ResolverState

_SUBJECT_PRONOUNS = {"he", "she"}
#: a subordinate clause or phrase that opens a sentence, up to a pronoun before its first comma
_OPENING_CLAUSE = re.compile(
    r"^\s*(?:after|before|when|while|although|though|since|despite|upon|once|as|"
    r"following|throughout|during|in|on|besides|unlike|like|for|with|without|"
    r"under)\b[^,;:\"“”]*$",
    re.IGNORECASE,
)
_BORN_AS = re.compile(r"\s*born\s+(?:as\s+)?", re.IGNORECASE)
#: a noun after a possessive, with at most one word between ("my mother", "his late wife", "Smith's son")
_POSSESSED = re.compile(r"(?:\b(?:my|his|her|their|our|your)|['’]s)\s+(?:[a-z-]+\s+)?([A-Za-z]+)\b", re.IGNORECASE)


class PronounRules(ResolverState):
    """The rules that find what a pronoun refers to."""

    def _birth_name(self, mention: Mention, text: str) -> Cluster | None:
        """ "Born Robert Burns in Arroyo Grande, he took his stepfather's name": a name given as
        what a person was born as, opening the sentence, is that person's, the one a "he" or
        "she" there would continue (only when the name shows which of the two)."""
        sentence = self.sentence_of(mention)
        wanted = entity_class.gender(mention.label)
        if (
            mention.cls != "Person"
            or sentence is None
            or not wanted
            or not _BORN_AS.fullmatch(text[sentence.start : mention.span.start])
        ):
            return None
        return self._person_pronoun(replace(mention, kind="pronoun", head="he" if wanted == "m" else "she"), wanted)

    def _person_pronoun(self, mention: Mention, wanted: str) -> Cluster | None:
        """The person "he", "she", "his" or "her" refers to, or None when that is not clear.

        Candidates are the people named in the last sentences whose gender agrees (or is not
        known); a cluster whose vote is not Person yet but whose names show a gender counts
        ("Trump" tagged ORG as often as PERSON). A subject pronoun continues the latest
        subject among them ("Trump labeled the report and said he would ...", "He said
        Harris attacked Biden. He also said ..."); otherwise the nearest one in its sentence,
        else the only one of the sentences before (:meth:`_only_candidate`). Two people it may
        equally be make it no one's."""
        speakers = self._speakers_of(mention) | {
            id(self.of[s]) for s in self._clause_mates.get(mention.id, ()) if s in self.of
        }

        def person(c: Cluster) -> bool:
            return bool(c.named) and (c.gender == wanted or c.surely_person) and id(c) not in speakers and c.human

        if self._cataphoric(mention, wanted) or "/" in self._text[mention.span.start - 1 : mention.span.end + 1]:
            return None  # "his/her extradition": anyone's
        if mention.head in _SUBJECT_PRONOUNS and self._unnamed_subject_before(mention):
            return None  # "The attacker jumped on stage and claimed he was imprisoned": not a name before
        continued, either = (
            self._latest_subject(mention, wanted, person) if mention.head in _SUBJECT_PRONOUNS else (None, False)
        )
        if either:
            return None
        found = (
            continued
            or self.recent(
                mention, lambda c: person(c) and c.gender in {wanted, ""} and c.last_sentence == mention.sentence
            )
            or self._only_candidate(mention, wanted, person)
        )
        return None if not found or self._unnamed_relative_between(found, mention, wanted) else found

    def _unnamed_relative_between(self, cluster: Cluster, mention: Mention, wanted: str) -> bool:
        """Whether someone's relative or partner of the pronoun's gender ("my mother", "his late
        wife", "Smith's son") is written between the last mention of ``cluster`` and the pronoun:
        the pronoun may be that person, whom the text did not name ("I give my victory to my
        mother ... After she had a stroke")."""
        before = [m.span.end for m in cluster.mentions if m.span.end <= mention.span.start]
        if not before:
            return False
        nouns = lexicon.words("female_noun" if wanted == "f" else "male_noun")
        between = self._text[max(before) : mention.span.start]
        return any(match.group(1).lower() in nouns for match in _POSSESSED.finditer(between))

    def _only_candidate(self, mention: Mention, wanted: str, person) -> Cluster | None:
        """The one person of the last sentences a pronoun may be (known to agree, or of no known
        gender), or None when there are two. A subject "he" or "she" that continues no subject
        weighs every person of the last two sentences ("Rosselló is to be replaced by Vázquez
        after the resignation of Rivera. "I understand he made the right decision"": either);
        "him", "his" and "her" only those of the latest sentence that names any ("Robert was
        killed in 1968. Sirhan shot him", not his brother named the sentence before)."""
        found: dict[int, Cluster] = {}
        latest_only = mention.head not in _SUBJECT_PRONOUNS
        for cluster in reversed(self._recency.values()):
            if mention.sentence - cluster.last_sentence > RECENCY["pronoun"] or (
                latest_only and found and cluster.last_sentence != next(iter(found.values())).last_sentence
            ):
                break
            if person(cluster) and cluster.gender in {wanted, ""}:
                found[id(cluster)] = cluster
        return only(found)

    def _speakers_of(self, mention: Mention) -> set[int]:
        """Clusters a pronoun inside a direct quotation cannot be: whoever says the quotation
        ("Putin said: "... the name of Robert Mugabe. He made a great contribution"" - the
        speaker would be "I")."""
        start = self._text.rfind("\n", 0, mention.span.start) + 1
        paragraph = self._text[start : mention.span.start]
        quoted = paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")
        if not quoted:
            return set()
        opening = start + max(paragraph.rfind('"'), paragraph.rfind("“"))
        sentence = self.sentence_of(mention)
        spans_sentences = sentence is not None and opening < sentence.start  # "... pained [...]. He devoted"
        if not self._text[opening + 1 : opening + 2].isupper() and not spans_sentences:
            return set()  # a quoted fragment in a reported sentence ("but "that she had no plans"")
        speakers = [self.mentions[source] for source in self._sources.get(mention.sentence, ()) if source in self.of]
        before = [s for s in self._subjects if start <= s.span.start < opening]
        speakers = speakers or before[-1:]  # "he appreciated X's life: "He was ...""
        named = [
            m
            for speaker in speakers
            for m in self._names_in.get(speaker.sentence, ())
            if re.fullmatch(r"\s*,\s*", self._text[speaker.span.end : m.span.start]) and m.id in self.of
        ]
        return {id(self.of[m.id]) for m in (*speakers, *named)}  # "Dunn's mother, Charlotte Charles, said"

    def _cataphoric(self, mention: Mention, wanted: str) -> bool:
        """Whether the pronoun sits in a clause that opens its sentence and a person who may be
        it is named right after that clause ("After his New Deal programs suffered defeats,
        President Roosevelt ..."): it points ahead, not back, so it is not given to whoever
        was named before."""
        sentence = self.sentence_of(mention)
        if sentence is None or not _OPENING_CLAUSE.match(self._text[sentence.start : mention.span.start]):
            return False
        names = self._names_in.get(mention.sentence, ())
        if any(m.cls == "Person" and m.span.end <= mention.span.start for m in names):
            return False  # "After Hunter retreated ... songs he would mail": the clause names him first
        comma = self._text.find(",", mention.span.end, sentence.end)
        return comma >= 0 and any(
            m.kind == "name"
            and m.cls == "Person"
            and m.span.start > comma
            and entity_class.gender(m.label) in {wanted, ""}
            for m in names
        )

    def _unnamed_subject_before(self, mention: Mention) -> bool:
        """Whether the subject a subject pronoun most likely continues is a person the text has
        not named ("the attacker", "a man"): in the pronoun's own sentence, the subject right
        before it ("The attacker jumped on stage and claimed he was imprisoned"); in the sentences
        before, the latest subject that is a person at all ("Officials said the man was 45. He
        lived in ...": not the prosecutor named before "the man")."""
        for subject in reversed(self._subjects):
            if subject.span.start >= mention.span.start:
                continue
            if mention.sentence - subject.sentence > RECENCY["pronoun"]:
                return False
            cluster = self.of[subject.id]
            if self._is_role(subject) or subject.sentence == mention.sentence:
                return self._is_role(subject) and not cluster.named
            if cluster.named and cluster.surely_person:
                return False
        return False

    def _is_role(self, subject: Mention) -> bool:
        """Whether a subject is one person named by what they are ("the suspect", "a man")."""
        return subject.id in self._roles or (
            subject.kind == "nominal"
            and not subject.plural
            and (refers_to_person(subject.head) or any(subject.head in family for family in role_families()))
        )

    def _latest_subject(self, mention: Mention, wanted: str, person) -> tuple[Cluster | None, bool]:
        """The person of the latest subject before ``mention`` that agrees with it, and whether
        the text gives someone else the pronoun may as well be: a person named in a later
        sentence ("He said Harris attacked Biden. He also said" continues; "Rosselló is to be
        replaced ... after the resignation of Rivera. ... "he made the right decision"" may be
        either) or a pronoun of its gender that followed another since (:meth:`_followed_someone_else`)."""
        found = None
        for subject in reversed(self._subjects):
            if mention.sentence - subject.sentence > RECENCY["pronoun"]:
                return None, False
            cluster = self.of[subject.id]
            if person(cluster) and cluster.gender in {wanted, ""}:
                found = subject
                break
        if found is None:
            return None, False
        chosen = self.of[found.id]
        reporters = {id(self.of[s]) for s in self._reported_by.get(mention.id, ()) if s in self.of}
        if reporters and id(chosen) not in reporters:
            return None, False  # "Brudziński said Adamowicz needed care; TVN24 reported he received surgery"
        if self._followed_someone_else(found, mention, chosen):
            return None, True
        for cluster in reversed(self._recency.values()):
            if cluster.last_sentence <= found.sentence:
                break
            if cluster is not chosen and person(cluster) and cluster.gender in {wanted, ""}:
                return None, cluster.last_sentence < mention.sentence  # in its own sentence, the nearest decides
        return chosen, False

    def _followed_someone_else(self, subject: Mention, mention: Mention, chosen: Cluster) -> bool:
        """Whether a pronoun of the same gender since the sentence of ``subject`` was someone
        else's: the text follows two people, so the latest subject is no safer than the other
        ("his son Abhijit announced his death. He died at ...": the son is the subject, the
        father the one "his" follows; "he fought for the bill; Reagan signed it. He served ...")."""
        start = sentence.start if (sentence := self.sentence_of(subject)) is not None else 0
        for pronoun in reversed(self._pronouns):
            if pronoun.span.start < start:
                return False
            if GENDERED.get(pronoun.head) == GENDERED[mention.head] and self.of[pronoun.id] is not chosen:
                return True
        return False

    def _pronoun(self, mention: Mention) -> Cluster | None:
        word = mention.head
        if word in GENDERED:
            return self._person_pronoun(mention, GENDERED[word])
        if word in {"it", "its"} and mention.cls == "Concept":
            return None  # a common noun nearer than any name may be what it means: not guessed
        if word in {"it", "its"} and mention.cls == "Event":  # "it killed nine": a fire, a storm, no country
            return self.recent(
                mention, lambda c: c.cls == "Event" and not _plural(c) and c.last_sentence >= mention.sentence - 1
            )
        if word in {"it", "its"}:
            return self.recent_actor(
                mention,
                lambda c: (
                    c.cls in {"Organization", "Country", "Place"}
                    and bool(c.named)
                    and c.last_sentence >= mention.sentence - 1
                ),
            )
        return self.recent(mention, lambda c: c.cls == "Group" and c.last_sentence >= mention.sentence - 1)


def _plural(cluster: Cluster) -> bool:
    """Whether a cluster was last named in the plural ("the fires"): no "it" refers to it."""
    return cluster.mentions[-1].plural
