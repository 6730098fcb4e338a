"""Small English helpers shared by the rules: sentences, plurals, verbs, and what is noise."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Shorthand and typos live in their own module; the rules reach them as ``tx.…`` too.
from .people import personal, speakers  # noqa: F401
from .shorthand import fix_typos, unabbreviate  # noqa: F401

# Ports of Docker itself: the engine API, swarm management, gossip, overlay VXLAN, registry.
DOCKER_PORTS = ("2375", "2376", "2377", "7946", "4789", "5000", "443")

WORD = re.compile(r"[A-Za-z][A-Za-z0-9'+-]*")
URL = re.compile(r"https?://|www\.")
DATE = re.compile(
    r"^\s*(\d{1,2}/\d{1,2}(/\d{2,4})?|\d{4}-\d{2}-\d{2}|"
    r"(mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\w+\s+\d{1,2}(,\s*\d{4})?)\s*:?\s*$",
    re.IGNORECASE,
)
LOGISTICS = re.compile(
    r"\b(led (the )?(dis\w*|session|meeting)|presented by|"
    r"next (meeting|session|week|time|monday|tuesday|wednesday|thursday|friday)|"
    r"meeting (notes|minutes)|action items?|attendees|agenda|presenters?|homework|"
    r"one chapter each|1 chapter each|each person|(sign|signed) up|"
    r"see notes below|(zoom|slack|teams) (link|call|channel))\b",
    re.IGNORECASE,
)
# Real inline HTML; any other ``<word>`` ("/var/lib/docker/volumes/<name>/_data") is a
# placeholder the note means literally.
HTML_TAG = re.compile(
    r"<(?:!--|/?(?:a|abbr|b|br|code|del|details|div|em|font|hr|i|img|ins|kbd|mark|p|pre|s|"
    r"small|span|strike|strong|sub|summary|sup|u|var)\b[^>]*>)",
    re.IGNORECASE,
)
# Meeting logistics labels: "Date: Thu 14 March …", "**Present:** …", "Next meeting: …".
MEETING_LABEL = re.compile(
    r"^\W*(date|time|present|attendees|apologies|agenda|location|where|when|next meeting|"
    r"action items?|notes? by|minutes by|chair(?:ed by)?)\s*[*_]*\s*[:\-\u2013\u2014]",
    re.IGNORECASE,
)
TODO = re.compile(r"^\W*(todo|to-do|fixme|tbd|xxx)\b|^\W*to do\s*(:|lists?\b|$)", re.IGNORECASE)
NOISE_HEADING = re.compile(
    r"^\W*(resources?|links?|references?|further reading|reading list|useful links|"
    r"todos?|to-?dos?|action items?|agenda|attendees|logistics|sources?|credits?|"
    r"table of contents|contents|toc|next steps)\W*$",
    re.IGNORECASE,
)


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPACES = re.compile(r"\s+")
_ABBREV = re.compile(
    r"\b(e\.g|i\.e|z\.b|d\.h|etc|vs|approx|incl|cf|mr|mrs|dr|no|inc|ltd|corp)\.$", re.IGNORECASE
)

STOPWORDS = wordset(
    "a an the and or but of to in on at by for with from into onto over under as is are "
    "was were be been being it its this that these those there here which who whom what "
    "when where why how not no yes all any some each every can could should would will "
    "may might must do does did done has have had so such than then too very just also "
    "only own same other more most less least if else about above below up down out off "
    "again further once you your we our they their them he she his her i me my mine etc "
    "e.g i.e via per using use used "
)

# Imperative verbs a note uses to say what a command or a step does.
VERBS = wordset(
    "accept add advertise allow apply attach back build change check clean clone commit "
    "configure connect convert copy create delete demote deploy detach disable disconnect "
    "dispatch display do download drain edit enable ensure exec execute export expose "
    "fetch filter find flatten follow force format generate get grant identify import "
    "init initialise initialize inspect install join kill label leave limit link list "
    "load lock log login logout make manage migrate mount move open pause perform prevent "
    "print promote prune publish pull push reboot recover reload remove rename replace "
    "restart restore retrieve revoke roll rollback rotate run save scale search secure "
    "see set share show sign specify spread squash start stop store switch tag tail test "
    "troubleshoot trust turn unlock unmount unpause update upgrade upload verify view "
    "wait watch write "
)
# Further verbs, only to recognise "encrypts the …" / "provides …" as a verb phrase.
MORE_VERBS = VERBS | wordset(
    "encrypt decrypt authenticate authorize tunnel route map balance resolve listen handle "
    "provide contain hold keep track reap spawn invoke talk call send receive forward "
    "isolate restrict schedule assign monitor persist span reach bind implement define "
    "describe represent support reduce increase improve combine orchestrate standardize "
    "maintain elect cache compress distribute replicate sync communicate present require "
    "wrap translate act serve power own control hide reveal determine tell point belong "
    "lets let offer expire rotate need use look slice split give protect separate divide "
    "carry hold launch host choose break solve fix avoid reap report invoke keep exit quit "
    "survive crash fail ignore override overwrite inherit document declare decouple"
)
_IRREGULAR_PLURAL = {
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "indices": "index",
    "caches": "cache",
    "aliases": "alias",
    "statuses": "status",
    "biases": "bias",
}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "sys")


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparison key: lowercase letters and digits only."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def content_words(text: str) -> list[str]:
    return [w.lower() for w in words(text) if w.lower() not in STOPWORDS and len(w) > 1]


def _first_word(text: str, at: int) -> str:
    found = re.match(r"\s*([\w-]+)", text[at : at + 40])
    return found[1].lower() if found else ""


_OUTLINE = re.compile(r"\d+(?:\.\d+)+\s+\S")
_OUTLINE_NUMBER = re.compile(r"^\d+(?:\.\d+)+\s+(?=\S)")


@lru_cache(maxsize=16384)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Start/end offsets of the sentences of ``text`` (code spans never split)."""
    spans: list[tuple[int, int]] = []
    start = 0
    in_code = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "`":
            in_code = not in_code
        elif not in_code and ch in ".!?" and (i + 1 == n or text[i + 1] in " \n\t"):
            abbrev = _ABBREV.search(text[max(start, i - 8) : i + 1])
            if (
                abbrev
                and abbrev[1].lower() == "no"
                and not text[i + 1 : i + 3].strip()[:1].isdigit()
            ):
                abbrev = None  # "No. Secrets are …" ends a sentence; "No. 5" does not
            if ch != "." or not abbrev:
                nxt = text[i + 1 : i + 3].lstrip()
                # "do? **runc** is …": a question ends its sentence whatever follows
                if (
                    not nxt
                    or ch != "."
                    or nxt[0].isupper()
                    or nxt[0] in "`*\"'("
                    or (nxt[0].isdigit() and text[i - 1].isalpha())  # "… low level. 2 specs"
                    or i + 1 == n
                    or text[i - 1] == "`"  # "… `--cap-add NET_ADMIN`. seccomp filters …"
                    or _first_word(text, i + 1) in LOWERCASE_NAMES
                ):
                    spans.append((start, i + 1))
                    start = i + 1
        elif ch == "\n" and i + 1 < n and (text[i + 1] == "\n" or _OUTLINE.match(text, i + 1)):
            spans.append((start, i))  # a blank line, or "2.1 Sandbox - …" on a line of its own
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Collapse whitespace and trim trailing separators."""
    return _SPACES.sub(" ", text).strip().strip(",;").strip()


def strip_end(text: str) -> str:
    return clean(text).rstrip(".:;,!").strip()


def capitalize(text: str) -> str:
    """Uppercase the first letter, unless the first word is an identifier like ``containerd``."""
    text = text.strip()
    if not text:
        return text
    first = text.split()[0].rstrip(",:;.")
    plain = first.replace("-", "")  # "first-class", "read-only" are words too
    head = first.split("-")[0].lower()
    if not plain.isalpha() or first.lower() in LOWERCASE_NAMES or head in LOWERCASE_NAMES:
        return text  # "containerd-shim", "runc" stay as written
    if first[0] == "`" or ("-" in first and head == "docker"):
        return text
    return text[0].upper() + text[1:]


def uncapitalize(text: str) -> str:
    """Lowercase a sentence-initial capital (``Stop Docker`` → ``stop Docker``), keep acronyms
    and names (``Docker's native tool`` stays)."""
    first = text.split()[0] if text.split() else ""
    name = re.sub(r"'s$", "", first).lower()
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and name not in _NAMES:
        return text[0].lower() + text[1:]
    return text


_NAMES = wordset(
    "docker kubernetes linux windows moby compose hub notary raft mac ubuntu swarm mirantis "
    "amazon microsoft google"
)


_LOWERCASE = (
    "containerd runc dockerd docker aufs overlay overlay2 btrfs zfs vfs devicemapper kubectl "
    "libcontainer libnetwork swarmkit ipvlan macvlan tmpfs systemd journald syslog fluentd "
    "gelf splunk awslogs iptables ipvs etcd raft grpc moby buildkit notary cgroups namespaces "
    "seccomp apparmor selinux windowsfilter bridge host none null"
)
LOWERCASE_NAMES = wordset(_LOWERCASE)


def is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURAL:
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS)


@lru_cache(maxsize=16384)
def singular(word: str) -> str:
    w = word
    low = w.lower()
    if low in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[low]
    if not is_plural(w):
        return w
    if low.endswith("ies") and len(low) > 4:
        return w[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    return w[:-1]


def singular_phrase(phrase: str) -> str:
    parts = phrase.split()
    if not parts:
        return phrase
    return " ".join([*parts[:-1], singular(parts[-1])])


def article(phrase: str) -> str:
    first = phrase.lstrip("`*\"'(").lower()
    if not first:
        return "a"
    # "a UCP node", "a ucp-agent", "a user": a "u" said "you"
    you = first.startswith(("uni", "use", "usa", "ucp", "uts", "usb", "uri", "url", "utf"))
    if first[0] in "aeio" or (first[0] == "u" and not you):
        return "an"
    if re.match(r"^[fhlmnrsx][A-Z0-9]*\b", phrase.lstrip("`")) and phrase[:2].isupper():
        return "an"  # acronyms said letter by letter: an SSH key, an HTTP call
    return "a"


def third_person(verb: str) -> str:
    """``list`` → ``lists``, ``push`` → ``pushes``, ``copy`` → ``copies``."""
    low = verb.lower()
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def base_verb(word: str, verbs: frozenset[str] = VERBS) -> str | None:
    """The imperative form of ``word`` if it is one of ``verbs`` (``lists``, ``listing`` →
    ``list``)."""
    low = word.lower()
    if low in verbs:
        return low
    candidates = []
    if low.endswith("ies"):
        candidates.append(low[:-3] + "y")
    if low.endswith("es"):
        candidates.append(low[:-2])
    if low.endswith("s"):
        candidates.append(low[:-1])
    if low.endswith("ing"):
        stem = low[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    for c in candidates:
        if c in verbs:
            return c
    return None


# Nouns that, right after a verb-looking word, make a compound noun: "build history".
NOUN_HEADS = wordset(
    "history histories policy policies context cache caches log logs mode modes driver "
    "drivers key keys token tokens file files time times count counts option options flag "
    "flags name names id ids setting settings config configs limit limits output status "
    "state states count type types plugin plugins process processes arg args argument "
    "arguments stage stages instruction instructions"
)

# Imperatives that are nouns too: "build", "restart", "log", "list".
_NOUN_TOO = wordset(
    "build restart log run tag pull push update start stop export import load test search "
    "scan commit install upgrade lock limit mount label map cache change drain list set "
    "lock store backup rollback spread trust login logout filter format service"
)


def is_noun_compound(first: str, rest: str) -> bool:
    """``build history``, ``restart policy``, ``list of nodes``: the first word is a noun."""
    low = first.lower()
    if low not in _NOUN_TOO:
        return False  # "lists …", "show …": read only as a verb here
    following = rest.split(" ", 1)[0].lower().strip(",:;.") if rest else ""
    return following in NOUN_HEADS or following == "of"


def verb_phrase_3rd(phrase: str) -> str | None:
    """``List the nodes`` / ``lists the nodes`` / ``listing nodes`` → ``lists the nodes``."""
    parts = clean(phrase).split(" ", 1)
    if not parts or not parts[0]:
        return None
    verb = base_verb(parts[0].strip(",:"), MORE_VERBS)
    if verb is None:
        return None
    rest = parts[1] if len(parts) > 1 else ""
    if is_noun_compound(parts[0].strip(",:"), rest):
        return None  # "build history", "restart policy": a noun, not an instruction
    # "initialize a swarm and advertise it" → "... and advertises it", but never
    # "mounts and restart policy" → "mounts and restarts policy"
    rest = re.sub(
        r"\b(and|or|then)\s+([a-z]+)\b(?=(\s+[\w-]+)?)",
        lambda m: (
            f"{m.group(1)} {third_person(m.group(2))}"
            if m.group(2) in MORE_VERBS
            and not is_noun_compound(m.group(2), (m.group(3) or "").strip())
            else m.group(0)
        ),
        rest,
    )
    return (third_person(verb) + " " + rest).strip()


@lru_cache(maxsize=65536)
def is_noise(text: str) -> bool:
    """Meeting logistics, to-dos, dates and bare links: never knowledge."""
    t = text.strip()
    if not t or DATE.match(t) or TODO.match(t) or LOGISTICS.search(t) or MEETING_LABEL.match(t):
        return True
    without_links = re.sub(r"https?://\S+|www\.\S+", "", t)
    return len(words(without_links)) == 0


def is_question(text: str) -> bool:
    """A line that asks something: ends with "?", maybe followed by "(Choose 2)"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", text.strip()).endswith("?")


def has_url(text: str) -> bool:
    return bool(URL.search(text))


_CONNECTIVE = re.compile(
    r"^(?:so|plus|also|and|but|then|basically|anyway|ok|okay|oh|well|now|remember|"
    r"around the same time|at the same time|in short|tl;?dr|next|finally|first|firstly|"
    r"secondly|lastly|(?:the\s+)?(?:core|big|main|key)\s+idea|the\s+gist|gist|"
    r"[a-z]+\s+bit|(?:what|how|why)(?:\s+[a-z]+){1,4}(?=:)|on\s+the\s+[a-z]+\s+side)\b"
    r"\s*[,:]?\s+(?=\S)",
    # "Troubleshooting bit: …", "what each step showed: …"
    re.IGNORECASE,
)


# Labels a note puts before a fact ("gotcha: stop waits 10 s", "Exam tip - …"): no term, and
# no part of the fact.
LABELS = wordset(
    "gotcha gotchas tip tips note nb important reminder warning caveat trap fyi careful aside "
    "remember answer obs observation result conclusion correct change concept idea fact recap "
    "takeaway lesson "
    # the same labels in German notes ("Vorteil: …", "Merke: …")
    "vorteil vorteile nachteil nachteile hinweis achtung tipp merke fazit beispiel"
)
_LABEL = re.compile(
    # "12:30 Aside (from docs): …": a diary's time stamp, then the label
    r"^(?:\d{1,2}[:.]\d{2}\s+)?"
    r"(?:(?:exam|pro|quick)\s+tip|key\s+point|heads[- ]up|watch\s+out|n\.b\.|not\s+quite|"
    r"rules?\s+of\s+thumb|(?:big|important|key|main)\s+one|(?:important|key|small)\s+detail|"
    r"no|yes|nope|yep|wrong|correct|right|true|false|"
    + "|".join(sorted(LABELS))
    + r")(?:\s*\([^()]{1,30}\))?\s*(?::|!|\s[-\u2013\u2014])\s*(?=\S)",
    re.IGNORECASE,
)


def is_label(term: str) -> bool:
    """ "gotcha", "Exam tip", "NB": a label before a fact, not a term."""
    term = re.sub(r"\s+(?:for|from|in|of)\s+(?:the\s+)?(?:meeting|exam|group|session)$", "", term)
    return bool(_LABEL.match(term.strip(" *_`") + ": x"))  # "gotchas for the meeting" too


_ASIDE = re.compile(
    r"\s*\((?:[^()]*\b(?:book'?s?|chapters?|chapitre|kapitel|cap[ií]tulo|ch\.?\s*\d+|page|lol|imo|"
    r"btw|i think)\b[^()]*)\)",
    re.IGNORECASE,
)


# "enable: Admin Settings → …", "Modes: replicated vs global": a note's heading word, then
# shorthand; no sentence to blank a word in
_SHORTHAND_LINE = re.compile(
    r"^\W*(?:enable|disable|modes?|defaults?|usage|syntax|examples?|format|config|setup|steps?|"
    r"install|flags?|options?|ports?)\s*:\s",
    re.IGNORECASE,
)


_FIELD_WORDS = wordset(
    "shim daemon engine client server image container volume network node swarm stack service "
    "secret config registry layer driver plugin task manager worker overlay bridge host ingress "
    "cgroups namespaces capabilities seccomp apparmor selinux dockerfile compose kubernetes"
)
_LOWER_LABEL = re.compile(r"^\W*([a-z]{2,12}):\s")


def shorthand_line(sentence: str) -> bool:
    """ "enable: …", "Modes: …", or "mei: 4 tolerates …" (a lowercase label that is no name of
    the field: someone's initials or nickname in a debate)."""
    if _SHORTHAND_LINE.match(sentence):
        return True
    label = _LOWER_LABEL.match(sentence)
    known = LOWERCASE_NAMES | _FIELD_WORDS | LABELS
    return bool(label) and label[1] not in known


_CHAPTER_NUMBER = re.compile(
    r"^(?:(?:ddd|docker deep dive)\s+)?(?:chapter|ch)\.?\s*\d+\s*[-\u2013\u2014:.]?\s*",
    re.IGNORECASE,
)


# "<- D3.06", "(D1.04)", "[D2.05]": the exam objective a line maps to, the author's index
_OBJECTIVE_TAG = re.compile(r"\s*(?:<-|←|\(|\[)\s*D\d\.\d{1,2}\s*[)\]]?", re.I)
# Words of German, Spanish or French that English never uses: a line in another language
_FOREIGN = wordset(
    "und nicht für oder auch aber nur wird werden sind ist zwischen wenn dann immer noch schon "
    "sehr keine kein löscht gelöscht eingebaut externes externe pero porque también cuando "
    "siempre nunca está están donde pour avec dans sont aussi mais"
)


def drop_objective_tags(text: str) -> str:
    """ "Starts on BOOT <- D3.06" → "Starts on BOOT"."""
    return _OBJECTIVE_TAG.sub("", text)


def foreign(text: str) -> bool:
    """Whether a line (outside code) uses words of another language ("stops + löscht …")."""
    plain = re.sub(r"`[^`]*`", " ", text).lower()
    return any(w in _FOREIGN for w in re.findall(r"[^\W\d_]+", plain))


def drop_chapter_number(heading: str) -> str:
    """ "Ch5 The Docker Engine" → "The Docker Engine": the number is no part of any name."""
    return _CHAPTER_NUMBER.sub("", heading)


def first_sentences(
    text: str, count: int = 1, too_short: Callable[[str], bool] = lambda kept: False
) -> str:
    """The first ``count`` sentences of an answer; a sentence after which the answer is still
    ``too_short`` ("No.", "VXLAN.") does not count."""
    kept = ""
    for start, end in sentence_spans(text):
        kept = f"{kept} {text[start:end].strip()}".strip()
        if too_short(kept):
            continue
        count -= 1
        if count == 0:
            break
    return kept or text


_SEE_CHAPTER = re.compile(
    r"\s*[,;\u2013\u2014-]+\s*(?:more\s+(?:detail|details|on\s+this)\s+in|see(?:\s+also)?)\s+"
    r"ch(?:apter)?\.?\s*\d+\b"
    r"|\s*\bSee\s+ch(?:apter)?\.?\s*\d+\.?$"  # "… a service is a swarm object. See ch10."
    r"|\s*\((?:!+|x|\?+|\*+)\)"  # "(!)", "(x)": the author's marks on a self-test
    r"|\s*\(see\s+(?:\d+[a-z]?|above|below|earlier|later)\)",  # "(see 6)": a pointer in the note
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def unit_after_blank(text: str) -> str:
    """The word after a cloze's blank, in lower case: "every [...] days" → "days"."""
    found = re.search(r"\[\.\.\.\]\s*([A-Za-z]+)", text)
    return found[1].lower() if found else ""


def drop_asides(text: str) -> str:
    """ "version 3 or higher (book's was 3.2)" → "version 3 or higher", "… - more detail in
    ch 5", "pulls what? (!)": the author's asides."""
    return _SEE_CHAPTER.sub("", _ASIDE.sub("", text))


def drop_connective(sentence: str) -> str:
    """ "So Docker wrote …" → "Docker wrote …": a lead word that points at the line before;
    "gotcha: stop waits …" → "Stop waits …": a label."""
    sentence = _OUTLINE_NUMBER.sub("", sentence)  # "2.1 Sandbox - …": the outline's number
    found = _LABEL.match(sentence) or _CONNECTIVE.match(sentence)
    if not found or not sentence[found.end() :].strip():
        return sentence
    return capitalize(sentence[found.end() :])


_LABELLED_SUBJECT = re.compile(r"^([A-Z][\w.-]*(?:\s[\w.-]+){0,2}):\s+([a-z]+s)\b")


def join_label(sentence: str) -> str:
    """ "Windows: uses the WSL 2 backend" → "Windows uses the WSL 2 backend": a label that is
    the subject of the verb after it."""
    found = _LABELLED_SUBJECT.match(sentence)
    if not found or base_verb(found[2], MORE_VERBS) in (None, found[2]):
        return sentence
    return f"{found[1]} {sentence[found.end(1) + 1 :].lstrip()}"
