"""The files a page inlines: kg's own templates and the vendored vis-network (one reader of them).

vis-network 9.1.2 is vendored in ``kg/templates/`` (see ``kg/templates/VENDORED.md``): its
version and the digests of its two files are pinned here, and :func:`vis_network` refuses
files that do not match them, so no other copy (pyvis's private folder, an edited file) can
slip into a page.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from kg.errors import OutputError

__all__ = ["VIS_NETWORK_VERSION", "template", "vis_network"]

VIS_NETWORK_VERSION = "9.1.2"
VIS_NETWORK_FILES = {  # file in kg/templates/ -> sha256 of the vendored file
    "vis-network.min.js": "6e30a2350474cdf92a0932c6d55b8adcb91929066817ed3eec7b87907a4612f3",
    "vis-network.min.css": "2e82d445ad5878ea881652470ce632601f8f55f1b99e6ebecdff8614600e6d0e",
}
_SOURCE_MAP = "//# sourceMappingURL=vis-network.min.js.map"


def template(name: str) -> str:
    """A file of ``kg/templates/``, read as shipped with the package."""
    return (resources.files("kg") / "templates" / name).read_text(encoding="utf-8")


def vis_network() -> tuple[str, str]:
    """(script, style) of the vendored vis-network, checked against the pinned digests; the
    script without its source-map comment (the page has no map to load)."""
    texts = []
    for name, digest in VIS_NETWORK_FILES.items():
        text = template(name)
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            raise OutputError(f"kg/templates/{name} is not the vendored vis-network {VIS_NETWORK_VERSION}")
        texts.append(text)
    script, style = texts
    return script.replace(_SOURCE_MAP, ""), style
