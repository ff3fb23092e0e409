"""Print the ``Parse(...)`` literal of sentences as the installed model parses them, for
tests that must not load the model (see :mod:`docs`).

    .venv/bin/python tests/parse_literal.py NAME "A sentence." [NAME "Another." ...]

Paste the output into a test module; the parse stays fixed even if the model changes.
A text of several sentences gives one ``Parse`` a sentence (NAME_1, NAME_2, ...).
"""

from __future__ import annotations

import sys

from kg.nlp import load_model


def literal(name: str, text: str, nlp) -> str:
    doc = nlp(text)
    sentences = list(doc.sents)
    if len(sentences) > 1:  # one Parse a sentence, as docs.make_doc joins them
        return "\n".join(literal(f"{name}_{n}", s.text, nlp) for n, s in enumerate(sentences, 1))
    ents = [(e.label_, e.start, e.end) for e in doc.ents]
    fields = {
        "words": [t.text for t in doc],
        "heads": [t.head.i for t in doc],
        "deps": [t.dep_ for t in doc],
        "pos": [t.pos_ for t in doc],
        "tags": [t.tag_ for t in doc],
        "lemmas": [t.lemma_ for t in doc],
    }
    lines = [f"{name} = Parse(", f"    {text!r},"]
    lines += [f"    {key}={value!r}," for key, value in fields.items()]
    lines += [f"    ents={ents!r},", ")"]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if len(argv) % 2:
        sys.exit(__doc__)
    nlp = load_model()
    for name, text in zip(argv[::2], argv[1::2], strict=True):
        print(literal(name, text, nlp))


if __name__ == "__main__":
    main(sys.argv[1:])
