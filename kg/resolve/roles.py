"""People by their roles: who "the criminalist", "the prime minister" or "the suspect" may be."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..model import Mention

if TYPE_CHECKING:  # pragma: no cover
    from .cluster import Cluster


def may_be(cluster: Cluster, role: str, roles: frozenset[int] = frozenset()) -> bool:
    """Whether a person may be "the <role>": one described by that very word ("criminalist
    Steven Dowell" ... "the criminalist"), or by a word of its family (:func:`role_families`:
    "the suspect" ... "the defendant"), and a "man" not a woman. A role the text never gave
    anyone ("the gunman" before he is named) refers to no one rather than the wrong one.
    ``roles`` are the ids of the mentions that were roles before the person was named."""
    wanted = "m" if role.endswith("man") and not role.endswith("woman") else "f" if role.endswith("woman") else ""
    if wanted and cluster.gender not in {"", wanted}:
        return False
    return role in role_words(cluster, roles)


def role_words(cluster: Cluster, roles: frozenset[int] | set[int] = frozenset()) -> set[str]:
    """The words a cluster's people were described by (titles, descriptors, the roles that
    became it: "the suspect", "the suspected gunman"), with their families."""
    words = {w.lower() for m in cluster.mentions for d in (*m.titles, *m.descriptors) for w in d.split()}
    words |= {
        w
        for m in cluster.mentions
        if m.kind == "description" or m.id in roles
        for w in lexicon.name_key(m.label).split()
    }
    for family in role_families():
        if words & family:
            words |= family
    return words


@cache
def role_families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(row[0].split("|")) for row in lexicon.rows("names_roles.tsv"))


#: words that make a title another position than the one they come before ("Deputy Prime Minister")
_LESSER = {"deputy", "vice", "assistant", "associate", "under", "junior", "former", "ex", "acting", "interim"}


def holds(title: str, wanted: list[str]) -> bool:
    """Whether ``title`` is the position ``wanted`` (its words, lower case) names: "the prime
    minister" is who holds "Prime Minister", not "Deputy Prime Minister for Finance"; "the
    prosecutor general" is no "general"."""
    words = title.lower().split()
    for at in range(len(words) - len(wanted) + 1):
        if words[at : at + len(wanted)] == wanted and not (at and words[at - 1] in _LESSER):
            return True
    return False


def refers_to_person(head: str) -> bool:
    """Whether a description's head is a role noun ("actor", "71-year-old") rather than a title."""
    return head in lexicon.words("refer_person") or head.endswith("year-old")


def compatible(mention: Mention, cluster: Cluster) -> bool:
    if mention.affiliation is None:
        return True
    affiliations = {m.affiliation for m in cluster.mentions if m.affiliation}
    return not affiliations or mention.affiliation in affiliations
