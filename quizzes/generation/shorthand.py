"""Note shorthand written out ("ctr" → "container") and the misspellings notes often have,
for the text a member reads. Pure Python."""

from __future__ import annotations

import re

_SHORTHAND = {
    "ctr": "container",
    "ctrs": "containers",
    "img": "image",
    "imgs": "images",
    "w/": "with",
    "w/o": "without",
    "mgmt": "management",
    "mgr": "manager",
    "mgrs": "managers",
    "b/c": "because",
    "incl.": "including",
    "txt": "text",
    "impl": "implementation",
    "env": "environment",
    "ctx": "context",
    "proc": "process",
    "procs": "processes",
    "svc": "service",
    "svcs": "services",
    "vols": "volumes",
    "dir": "directory",
    "dirs": "directories",
    "cmd": "command",
    "cmds": "commands",
    "instr": "instruction",
    "instrs": "instructions",
    "var": "variable",
    "vars": "variables",
}
_SHORT = re.compile(
    r"(?<![\w/`.-])(ctrs?|imgs?|w/o|w/|mgmt|mgrs?|b/c|incl\.|txt|impl|env|ctx|procs?|svcs?|vols|dirs?|cmds?|instrs?|vars?)"
    r"(?![\w/`-]|\.\w)",
    re.IGNORECASE,
)


# Misspellings notes often have; an item shows the word spelled right.
_TYPOS = {
    "seperate": "separate",
    "seperately": "separately",
    "recieve": "receive",
    "recieves": "receives",
    "recieved": "received",
    "enviroment": "environment",
    "occured": "occurred",
    "persistant": "persistent",
    "dependancy": "dependency",
    "priviledged": "privileged",
    "definately": "definitely",
    "untill": "until",
    "accross": "across",
    "adress": "address",
    "containter": "container",
    "conatiner": "container",
    "carefull": "careful",
    "begining": "beginning",
    "sucessful": "successful",
    "succesful": "successful",
    "wich": "which",
    "thier": "their",
    "teh": "the",
    "managment": "management",
    "namepsace": "namespace",
    "overlayed": "overlaid",
}
_TYPO = re.compile(r"\b(" + "|".join(_TYPOS) + r")\b", re.IGNORECASE)


def fix_typos(text: str) -> str:
    """ "seperate" → "separate" outside code spans."""
    if not _TYPO.search(text):
        return text

    def right(found: re.Match) -> str:
        word = _TYPOS[found[1].lower()]
        return word.capitalize() if found[1][0].isupper() else word

    parts = re.split(r"(`[^`]*`)", text)
    return "".join(p if p.startswith("`") else _TYPO.sub(right, p) for p in parts)


_SHORT_HINTS = (
    *("ctr", "img", "w/", "mg", "b/c", "incl.", "txt", "impl", "env", "ctx"),
    *("proc", "svc", "vols", "dir", "cmd", "instr", "var"),
)


def unabbreviate(text: str) -> str:
    """Note shorthand written out ("delete stopped ctr w/ -f" → "delete stopped container with
    -f"); code spans are left as written (``ctr`` is also containerd's CLI)."""
    low = text.lower()
    if not any(short in low for short in _SHORT_HINTS):
        return text

    def word(found: re.Match) -> str:
        if found[1].isupper() and len(found[1]) > 2:
            return found[1]  # "ENV", "DIR": a Dockerfile instruction or a name, not shorthand
        long = _SHORTHAND[found[1].lower()]
        return long.capitalize() if found[1][0].isupper() else long

    parts = re.split(r"(`[^`]*`)", text)
    return "".join(p if p.startswith("`") else _SHORT.sub(word, p) for p in parts)
