"""Who is speaking in a note: the author ("I keep writing it backwards"), the group ("we
missed the one about …"), someone at a meeting ("Sam summarised: …") or the book ("Nigel points
out …"). Such lines make cards about people, not about Docker."""

from __future__ import annotations

import re

# A sentence of the author's own story, not Docker's: "I keep writing it backwards",
# "we missed the one about …", "lol". Such lines make cards about the author.
_PERSONAL = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll)\b|\b(?:me|my|mine|we|we're|we've|we'll|our|ours|us|lol|"
    r"haha|lmao|imo|imho|btw|tbh)\b|[\U0001F300-\U0001FAFF\u2639-\u263A]",
)
_PERSONAL_CI = re.compile(
    r"\b(?:me|my|we|our|us|lol|haha|imo|imho|btw|tbh)\b|\b(?:personal|side)\s+(?:aside|note)\b|"
    # "Nigel points out …", "The chapter ends with …": about the book, not about Docker
    r"\b(?:the\s+)?(?:book|chapter|author|nigel|poulton)(?:'s)?\s+(?:says|said|points?\s+out|"
    r"ends|starts|opens|closes|mentions|shows|covers|explains|calls|argues|claims|notes)\b|"
    r"\b(?:in|from|per)\s+the\s+book\b|\bthe\s+book'?s\b|"  # "Big warning in the book"
    r"\bch(?:apter)?\.?\s?\d+\s+(?:material|stuff|topic)\b|"  # "technically ch15 material"
    r"^\W*(?:got|forgot|mixed\s+up|confused|missed|messed\s+up|pressed|typed|tried|noticed|"
    r"clicked|skimmed)\b|"  # "Got O and CN swapped", "Pressed Ctrl-PQ ->"
    r"^\W*book\b|\bmin(?:ute)?s?\s+read\b|"  # "Book is short here, 10 min read"
    r"\b(?:nigel|poulton)\b|^\W*ok(?:ay)?\s+so\b|"  # "Ok so the first thing Nigel does …"
    r"\b(?:meine\s+meinung|das\s+kapitel|my\s+opinion|imho)\b",  # "Das Kapitel ist in 10 Min …"
    re.IGNORECASE,
)


# "Sam summarised: …", "Marco pointed out …", "Tom (via chat) asked whether …", "Argued 10 mins"
_SPEECH = re.compile(
    r"^\W*[A-Z][^\W\d_]+:\s+(?i:yes|no|yeah|nope|but|well|agreed|hmm|ok|okay|right|true|exactly|"
    r"not sure|i|we|good|nice|interesting)\b|"  # "Tomás: yes, but …"
    r"^\W*[A-Z][^\W\d_]+(?:\s*\([^)]*\))?\W*\s+(?:summari[sz]ed|pointed out|asked|said|says|"
    r"showed|shows|warned|mentioned|explained|noted|argued|suggested|demoed|demonstrated|"
    r"reminded|thinks|thought|wondered|added|agreed|disagreed|objected|confirmed|reckons)\b|"
    r"(?i:\b(?:argued|debated|discussed|chatted|talked)\s+(?:for\s+)?(?:about\s+)?\d)",
)


# "**Present:** Wyn (chair), Priya, Jens": who was at a meeting; "ACTION Jens:", "Priya asked"
_ATTENDANCE = re.compile(
    r"^\W*(?:present|attendees|attendance|participants|people|who)\W*:\W*(?P<names>.+)$", re.I
)
_NAMED_SPEAKER = re.compile(
    r"\bACTION\W+(?P<a>[A-Z][a-z\u00e0-\u00ff]+)\b|"
    r"\b(?P<b>[A-Z][a-z\u00e0-\u00ff]+)\s+(?:asked|said|says|summari[sz]ed|pointed out|explained)\b"
)


def speakers(lines: list[str]) -> frozenset[str]:
    """The people a note names as speakers (lowercased): its attendance line, action items
    and "X said": "Jens: namespaces slice one kernel …" is what Jens said, not a term."""
    found: set[str] = set()
    for line in lines:
        present = _ATTENDANCE.match(line)
        if present:
            for piece in re.split(r",|;|\band\b", present["names"]):
                name = re.match(r"\W*([A-Z][a-z\u00e0-\u00ff]+)\b", piece)
                if name:
                    found.add(name[1].lower())
        for said in _NAMED_SPEAKER.finditer(line):
            found.add((said["a"] or said["b"]).lower())
    return frozenset(found)


def personal(sentence: str) -> bool:
    """Whether a sentence speaks of the author or the group (first person, chat words, who
    said what in a meeting)."""
    plain = re.sub(r"`[^`]*`", "", sentence).replace("**", "")
    return bool(_PERSONAL.search(plain) or _PERSONAL_CI.search(plain) or _SPEECH.search(plain))
