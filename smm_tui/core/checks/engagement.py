"""Engagement checks: does the post ask the reader to act, and invite an answer?"""

from __future__ import annotations

from functools import cache

import regex

from smm_tui.core.analysis import Draft, Span
from smm_tui.core.checks.base import Context, Verdict, check
from smm_tui.core.checks.script import NOT_ENGLISH, reads_english
from smm_tui.core.model import Finding
from smm_tui.core.wordlists import load, load_words, word_starts

# What may stand between that and the verb: spaces, bullets, arrows, emoji, quotes.
_LEAD_IN = r"""[\s\p{Extended_Pictographic}\p{So}\p{Pd}\p{Emoji_Modifier}\uFE0F\u200D*•>"“'‘]*+"""
# Little words before an imperative that keep it one: "Please share", "and join us".
_CONNECTOR = r"(?:(?:please|pls|and|or|then|so|now|just|go)[\s,]+)?"
# A clause opens at the start of the text or a line, or after . ! ? : ; … — ( [ and
# right after the closing bracket of a markup tag pasted in with the text
# ("[b]Shop now[/b]", "<p>Join us": a tag hugs its content, while "our [new] shop"
# has a space); "please" makes an imperative anywhere ("Loved it, please share").
_OPENS_CLAUSE_RE = regex.compile(
    rf"(?:(?:^|[.!?:;…—–(\[\n]){_LEAD_IN}{_CONNECTOR}|[\]}}>]|\bplease[\s,]+)\Z",
    regex.IGNORECASE | regex.MULTILINE,
)
# How far back from a verb the clause opening is looked for.
_LOOK_BACK = 24
# A pointing emoji or arrow right before a link is an ask too: "👉 example.com/guide".
_POINTER_RE = regex.compile(r"[👉👇⬇➡→⤵⇒]\uFE0F?\s*$")
_QUESTION_RE = regex.compile(r"[?？¿]")
# Posts shorter than this (in words) need not ask a question.
CONVERSATION_MIN_WORDS = 8


@cache
def _imperatives() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The first words of the verbs in ``cta_verbs.txt``, and a pattern for the verbs."""
    verbs = sorted(load_words("cta_verbs"), key=len, reverse=True)
    body = "|".join(
        r"[\s\-]+".join(regex.escape(p).replace("'", "['’]") for p in v.split()) for v in verbs
    )
    firsts = frozenset(regex.split(r"[^\p{L}\p{N}]", v)[0] for v in verbs)
    return firsts, regex.compile(rf"(?:{body})(?![\p{{L}}\p{{N}}_])", regex.IGNORECASE)


def _imperative(draft: Draft) -> Span | None:
    """The first listed verb that opens a clause: "Read the guide", "… and share it".

    Only places where such a verb starts a word are tried (the word index is shared
    with the phrase lists), so a long draft costs little more than a short one.
    """
    firsts, verb_re = _imperatives()
    text = draft.text
    starts = word_starts(text)
    candidates = sorted(i for first in firsts for i in starts.get(first, ()))
    for start in candidates:
        verb = verb_re.match(text, start)
        if (
            verb
            and _OPENS_CLAUSE_RE.search(text, max(0, start - _LOOK_BACK), start)
            and not draft.in_entity(start, verb.end())
        ):
            return Span(start, verb.end(), verb.group())
    return None


def _first_ask(ctx: Context) -> Span | None:
    """The first call to action: an imperative, a stock phrase, or a pointer to a link."""
    draft, text = ctx.draft, ctx.text
    asks: list[Span] = []
    imperative = _imperative(draft)
    if imperative is not None:
        asks.append(imperative)
    for start, end in load("cta_phrases").spans(text):
        if not draft.in_entity(start, end):
            asks.append(Span(start, end, text[start:end]))
            break
    for url in draft.urls:
        if _POINTER_RE.search(text, max(0, url.start - 8), url.start):
            asks.append(url)
            break
    return min(asks, default=None)


def _last_sentence_finding(ctx: Context, suggestion: str) -> tuple[Finding, ...]:
    sentence = ctx.draft.sentences[-1]
    return (Finding(sentence.start, sentence.end, sentence.text, suggestion),)


@check("call-to-action", "shareability", "Call to action", weight=2)
def check_call_to_action(ctx: Context) -> Verdict:
    """A post that asks for nothing gets nothing: look for one clear ask."""
    if not ctx.draft.sentences:
        return Verdict("pass", "Nothing to judge yet.")
    ask = _first_ask(ctx)
    if ask is not None:
        return Verdict("pass", f'Asks the reader to act: "{ask.text}".')
    if not reads_english(ctx.draft):
        return NOT_ENGLISH
    return Verdict(
        "warn",
        "The post doesn't ask the reader to do anything.",
        _last_sentence_finding(
            ctx, 'End with one clear ask, e.g. "Read the full guide" or "Join us on Thursday".'
        ),
    )


def _invitation(ctx: Context) -> str | None:
    draft = ctx.draft
    for match in _QUESTION_RE.finditer(ctx.text):
        if not draft.in_url(match.start()):
            return "a question"
    for start, end in load("share_conversation").spans(ctx.text):
        if not draft.in_entity(start, end):
            return f'"{ctx.text[start:end]}"'
    return None


@check("conversation", "shareability", "Conversation", weight=1.5)
def check_conversation(ctx: Context) -> Verdict:
    """Replies spread a post further than likes: does it give readers something to answer?"""
    if not ctx.draft.sentences:
        return Verdict("pass", "Nothing to judge yet.")
    invitation = _invitation(ctx)
    if invitation is not None:
        return Verdict("pass", f"Invites replies with {invitation}.")
    if not reads_english(ctx.draft):
        return NOT_ENGLISH
    if len(ctx.draft.words) < CONVERSATION_MIN_WORDS:
        return Verdict("pass", "Short enough that a question is optional.")
    return Verdict(
        "warn",
        "Nothing invites a reply.",
        _last_sentence_finding(
            ctx, 'End with a question readers can answer, e.g. "What would you add?"'
        ),
    )
