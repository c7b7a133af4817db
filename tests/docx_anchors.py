"""Read back the Word comments a renderer wrote: each comment's text and the text it is anchored on."""

from __future__ import annotations

import io

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def anchored_comments(data: bytes) -> list[tuple[str, str]]:
    """(anchored text, comment text) per comment, in comment order; the anchored text is the
    w:t text between w:commentRangeStart and w:commentRangeEnd (tabs and breaks count as ' ')."""
    import docx

    doc = docx.Document(io.BytesIO(data))
    open_ranges: dict[str, list[str]] = {}
    anchored: dict[str, str] = {}
    for el in doc.element.body.iter():
        if el.tag == W + "commentRangeStart":
            open_ranges[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            anchored[el.get(W + "id")] = "".join(open_ranges.pop(el.get(W + "id"), []))
        elif el.tag == W + "t":
            for parts in open_ranges.values():
                parts.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            for parts in open_ranges.values():
                parts.append(" ")
    return [(anchored.get(str(c.comment_id), ""), c.text) for c in doc.comments]
