"""Blocks of program code pasted into a draft, blanked out before the checks read it.

A developer sending a snippet they promised indents it, as mail and Markdown expect:

    val attempt = attempts.insertIfAbsent(request.idempotencyKey)

Code is not prose: its lower-case keywords, constants in capitals and braces are not
slips of the writer's English. A run of lines indented by four spaces or a tab is taken
for code when one of its lines shows program syntax (an ``=``, a brace, a ``$name``, ``->``,
``::``, ``()``, or a line ending in ``;``). Its characters become spaces, so every offset
in the draft stays where it was.
"""

from __future__ import annotations

import re

__all__ = ["blank_code_blocks"]

_INDENTED_RUN_RE = re.compile(r"(?:^(?: {4}|\t)[^\n]*\S[^\n]*(?:\n|\Z))+", re.MULTILINE)
_CODE_SYNTAX_RE = re.compile(r"(?<![<>!])=|[{}]|\$[A-Za-z_]|->|::|\(\)|;[ \t]*$", re.MULTILINE)


def blank_code_blocks(text: str) -> str:
    """``text`` with each indented block of code replaced by spaces (newlines kept)."""
    if "\n    " not in text and "\n\t" not in text:
        return text
    parts: list[str] = []
    end = 0
    for run in _INDENTED_RUN_RE.finditer(text):
        if _CODE_SYNTAX_RE.search(run.group()):
            parts.append(text[end : run.start()])
            parts.append(re.sub(r"[^\n]", " ", run.group()))
            end = run.end()
    if not parts:
        return text
    parts.append(text[end:])
    return "".join(parts)
