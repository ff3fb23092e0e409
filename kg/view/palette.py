"""Colours of the view: one per entity class, easy to tell apart, safe for colour-blind readers.

The eight colours of Okabe and Ito's palette (designed to stay distinct under the common
colour-vision deficiencies) go to the classes news graphs have most of; the rarer classes
take three of Paul Tol's muted colours; concepts, which only link named things, are a
pale neutral so that names stand out. Communities are tinted with pale, distinct washes.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CLASS_COLOURS", "COMMUNITY_TINTS", "OTHER_CLASS", "OTHER_COLOUR", "class_colours", "shade"]

#: Fill colour of each ontology class, in legend order.
CLASS_COLOURS: Mapping[str, str] = {
    "Person": "#0072B2",  # blue
    "Organization": "#E69F00",  # orange
    "Place": "#009E73",  # bluish green
    "Country": "#CC79A7",  # reddish purple
    "Group": "#F0E442",  # yellow
    "Event": "#D55E00",  # vermillion
    "TimeExpression": "#999999",  # grey
    "Work": "#56B4E9",  # sky blue
    "Product": "#882255",  # wine (Tol)
    "Law": "#999933",  # olive (Tol)
    "Concept": "#E8E2D0",  # pale sand: links, not names
}
#: Colour of nodes whose class is missing or not in :data:`CLASS_COLOURS`.
OTHER_COLOUR = "#D3D3D3"
OTHER_CLASS = "Other"

#: Pale washes behind communities of the overview, cycled.
COMMUNITY_TINTS = (
    "#DCEAF7",
    "#FBE7C6",
    "#D7F0E5",
    "#F6DDEB",
    "#FAF6C8",
    "#F9DCCB",
    "#E4E4E4",
    "#E0F1FB",
    "#EBD5DE",
    "#EDEDD3",
)


def class_colours() -> dict[str, str]:
    """Class local name -> fill colour, in legend order (a copy; edit freely)."""
    return dict(CLASS_COLOURS)


def shade(colour: str, factor: float) -> str:
    """``colour`` (#RRGGBB) darkened by ``factor`` (0 black, 1 unchanged)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))
