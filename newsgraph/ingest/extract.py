"""Relation extraction: rules over the dependency parse and trigger words.

Each rule reads one sentence (with what earlier sentences said: the last
vessel or group of vessels, for "the vessels", "the four ships", "it") and
proposes ``(subject mention, predicate, object mention)`` candidates with a
rule name and a confidence. :func:`extract_relations` then

- attaches the evidence sentence and its character offsets,
- sets the modality: ``negated`` when the trigger is under a negation,
  ``speculated``/``alleged`` for hedges ("may have", "is believed",
  "allegedly"), ``reported`` when the sentence is attributed ("according to
  X", "X said"), else ``asserted``; ``attributed_to`` names the sources,
- adds qualifiers: counts ("32 journeys") and dates (dateparser, relative to
  the publication date),
- checks domain and range against the ontology: candidates that do not fit go
  to ``DocumentGraph.dropped`` with ``DOMAIN_MISMATCH``/``RANGE_MISMATCH``; so do
  shipping facts of an off-topic story (``OFF_TOPIC``), of a past before 1980
  (``HISTORICAL``) or still to come (``NOT_YET_DONE``), a ship's fact read
  across a "while" contrast (``OTHER_CLAUSE``) and a port a firm is only based
  in (``FIRMS_SEAT``).

Rule names are stable strings (``visited.trigger``, ``located_in.possessive``,
...) recorded in each :class:`~newsgraph.graph.model.Evidence`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy
from spacy import symbols as spacy_symbols
from spacy.attrs import DEP, HEAD, IS_ALPHA, LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id, hash_string
from spacy.tokens import Doc, Span, Token

from ..graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from ..ontology import load_ontology
from . import cargo
from . import gazetteers as gz
from . import places as pl
from .nlp import (COMPASS_WORDS, DIPLOMAT_POSTS, PORT_FIELD_RE, PORTFOLIO_WORDS, TABLE_PORT_HEADS, TABLE_SHIP_PARTICULARS,
                  TABLE_VESSEL_HEADS, doc_column, doc_text, doc_tokens, lower_words, table_head, table_lines)
from .resolve import Mention

VISIT_TRIGGERS = {"journey", "trip", "sail", "dock", "docking", "call", "moor", "anchor", "berth", "load",
                  "unload", "offload", "discharge", "leave", "depart", "arrive", "arrival", "bind", "bound",
                  "head", "make", "delivery", "deliver", "visit", "return", "reach", "route", "begin", "voyage",
                  "tow", "destination", "transit", "enter", "press", "stop", "divert", "proceed", "travel",
                  "steam", "end", "take", "depart", "heading", "departure", "port", "call", "docked", "lift",
                  "collect"}
CARGO_TRIGGERS = {"carry", "transport", "deliver", "delivery", "ship", "shipment", "load", "cargo", "aboard",
                  "board", "take", "transfer", "proliferate", "move", "bring", "haul", "offload", "unload",
                  "discharge", "smuggle", "export", "laden", "possession", "seize", "confiscate", "carrying",
                  "sell", "supply", "lift", "collect"}
SANCTION_TRIGGERS = {"sanction", "designate", "blacklist", "embargo", "designation"}
SAY_VERBS = {"say", "report", "speculate", "tell", "claim", "announce", "write", "point", "highlight",
             "warn", "state", "note", "add", "confirm", "find", "show", "allege", "accuse", "quote", "carry",
             "indicate", "reveal", "estimate", "believe", "suggest", "argue", "assert", "conclude", "publish",
             "suspect"}
LEAD_TITLES = {"president", "dictator", "leader", "king", "queen", "chairman", "chairwoman", "chair", "chief",
               "ceo", "head", "commander", "director", "founder", "emir", "sultan", "premier", "boss",
               "executive", "general-secretary", "monarch", "ruler", "supremo", "chancellor", "administrator",
               "chairperson", "superintendent", "commandant", "secretary-general"}
AFFIL_TITLES = {"lawmaker", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "ambassador",
                "anchor", "presenter",
                "envoy", "senator", "mp", "secretary", "analyst", "researcher", "member", "deputy", "adviser",
                "advisor", "diplomat", "representative", "officer", "colonel", "general", "admiral", "captain",
                "owner", "co-owner", "shareholder",
                "player", "striker", "midfielder", "defender", "goalkeeper", "coach", "manager", "employee",
                "agent", "lieutenant", "commissioner", "governor", "mayor", "legislator", "congressman",
                "congresswoman", "prosecutor", "judge", "expert", "scientist", "engineer", "fellow", "economist",
                "correspondent", "journalist", "editor", "negotiator", "aide", "staffer", "director-general",
                "inspector", "investigator", "professor", "lecturer", "consultant", "reporter", "attache", "surveyor",
                "attaché", "delegate", "councillor", "councilor", "chemist", "physicist", "biologist",
                "vice", "prime", "foreign", "defence", "defense", "interior", "finance", "trade", "national",
                "transport", "justice", "industry", "agriculture", "health", "fisheries",
                "security", "former", "then", "senior", "top", "sergeant", "major", "gen.", "adm.", "col.",
                "lt.", "sgt.", "rear", "state", "army", "navy", "military", "intelligence", "special",
                "attorney", "lawyer", "counsel", "undersecretary", "partner", "broker", "auditor",
                "shareholder", "campaigner", "activist", "strategist", "associate", "trader",
                "commodore", "brigadier", "brig.", "marshal", "capt.", "maj.", "cmdr.", "cdr.",
                "specialist", "accountant", "academic", "scholar", "technician", "columnist"}
DOWNGRADE = {"vice", "deputy", "prime", "former_not"}
AGREE_TRIGGERS = {"agreement", "deal", "exchange", "contract", "pact", "accord", "treaty", "partnership",
                  "franchise", "agree", "sign", "acquisition", "acquire", "buy", "merger", "swap",
                  "merge", "takeover", "memorandum", "venture", "order"}
SHIP_VERBS = {"ship", "send", "deliver", "export", "supply", "transfer", "smuggle", "bring", "provide",
              "proliferate", "sell", "transport", "move", "dispatch", "fly", "arm", "forward", "re-export",
              "reexport", "consign"}
SHIP_NOUNS_EVENT = {"shipment", "delivery", "export", "transfer", "supply", "consignment", "sale", "flow",
                    "transport", "shipping"}
OWNER_WORDS = {"owner", "operator", "manager", "own", "operate", "manage", "interest", "charter_no",
               "owns", "operates", "managed", "operated", "owned"}
HEDGES = {"may", "might", "could", "reportedly", "possibly", "probably", "likely", "suspect", "suspected",
          "speculate", "believe", "think", "appear", "seem", "assume", "presumably", "apparently", "perhaps",
          "suggest"}
ALLEGE = {"allegedly", "alleged", "allege", "accuse", "accusation", "claim"}
DENY = {"deny", "denied", "reject", "dismiss"}
_DENY_LEMMAS = frozenset(DENY | {"dispute", "refute"})
"""Verbs of denial: a negation on one ("never denied sending X") negates the denial, not what it denies."""


@dataclass
class Candidate:
    """A relation candidate before validation."""

    subject: Mention
    predicate: str
    object: Mention
    rule: str
    confidence: float
    sent: Span
    anchor: Token | None = None
    negate: bool = False
    span: tuple[int, int] | None = None
    """Character offsets of the evidence when it is not the sentence (a table's row: the parser may join a
    header and the first row into one sentence, or cut a row in two)."""


class _Ctx:
    """Per-document state shared by the rules, including the document's reference resolver.

    References across sentences
    ---------------------------
    News names an actor once and then refers back to it ("the tanker", "the four ships", "it",
    "its", "the company", "the group", a short form of the name). The rules fill their slots through
    :meth:`m` (a named mention, else a short name), :meth:`mconj`, :meth:`vessel_ref` and
    :meth:`org_ref`, so every rule reads the same antecedents. The resolver is a simplified
    salience model in the style of Lappin & Leass (1994), with Hobbs's (1978) preference for the
    subject of the sentence before as the tie-break:

    - candidates are filtered by type agreement (ship nouns and "it"/"she" in a ship story ->
      Vessel; plural ship nouns, "the pair", "they" -> the last group of ships named together;
      "the company/firm/group/agency/ministry..." -> Organization);
    - salience prefers recency within the sentence, then the subject of the previous sentence
      (:func:`_its_org`), then the entity the story keeps naming (:meth:`topic_org`);
    - a short name ("Dravik", "Brenmoor Precision Tools") is the one organisation whose full
      name starts with those words (:meth:`short_ref`);
    - precision guards: no antecedent when two candidates compete (two entities that share the
      short name, two companies named equally often, a ship named since), when a name follows the
      noun ("the group X": X is the name, not a reference), or for an indefinite noun.

    The state is computed once per document (caches keyed by token index); the discourse state
    (``last_single``, ``last_group``) advances sentence by sentence in :func:`extract_relations`.
    """

    def __init__(self, doc: Doc, ms: list[Mention], entities: dict[str, Entity]):
        self.doc = doc
        self.ms = ms
        self.entities = entities
        self.tok2m: dict[int, Mention] = {}
        for m in sorted(ms, key=lambda m: m.end - m.start):  # the longest mention owns a token
            for i in range(m.start, m.end):
                self.tok2m[i] = m
        self.freq = Counter(m.entity for m in ms)
        cfreq = Counter(m.entity for m in ms if m.type == "Country")
        top = cfreq.most_common(1)[0][0] if cfreq else None
        self.top_country = next((m for m in ms if m.entity == top), None)
        dateline_state = _dateline_state(doc)
        self.home_country = None if dateline_state is None else next(
            (x for x in ms if x.type == "Country" and entities[x.entity].name == dateline_state), None)
        # a story datelined in a capital whose country it never names: a bare post's state is not the country
        # the story names most (a Seoul story about Tokyo's reply), so none is guessed
        self.state_fallback = self.top_country if self.home_country is not None or dateline_state is None else None
        self.last_group: list[Mention] = []
        self.last_single: Mention | None = None
        self.last_service: Mention | None = None  # the last warship or patrol ship named alone in a sentence
        self.seized_list_ship: Mention | None = None  # the ship whose goods the bulleted lines list (_seized_list)
        self._last_senders = None  # (end of the sentence, [(shipper, role noun)]) of a "The consignor is X." sentence
        self._semis: list[int] | None = None  # token indices of the semicolons, made on first use
        self.last_cargo: list[Mention] = []
        self.last_body: Mention | None = None
        self.last_body_listed = False  # whether the sentence that named last_body named whom it listed
        # lemma and lower-case form hashes of every token, two per token: read once per document
        # (the two columns the entity step already read, interleaved)
        self._lemma_rows: list[int] = numpy.column_stack(
            (doc_column(doc, LEMMA), doc_column(doc, LOWER))).ravel().tolist()
        self._lemma_words = lower_words(doc.vocab.strings)
        self._lemma_list: list[str] | None = None  # :meth:`lemma_list`
        self._form_list: list[str] | None = None  # :meth:`form_list`
        words = self._lemma_words  # each distinct lemma once, not a Token and a lookup per word
        # each distinct lemma once, mapped in C (no generator step per lemma)
        self.sanction_doc = not _SANCTION_LEMMAS.isdisjoint(map(words.__getitem__, set(self._lemma_rows[::2])))
        if not self.sanction_doc and " List" in doc_text(doc):
            # an export-control release ("BIS added 11 entities to the Entity List") names no sanction
            self.sanction_doc = _adds_to_a_list(self)
        # per-document caches: a sentence's lemmas, a token's negation, a candidate's modality
        self.lemma_cache: dict[int, set[str]] = {}
        self.neg_cache: dict[int, bool] = {}
        self.voyage_denied_cache: dict[int, bool] = {}  # :func:`_voyage_to_denied` by mention start
        self._parse: tuple | None = None  # :meth:`_parse_table`, made on first use
        self._by_entity: dict[str, list[Mention]] | None = None  # :meth:`mentions_of`
        self._not_company: set[str] | None = None  # :meth:`topic_org`: entities that are no company
        self._described: list[tuple[int, str, Mention]] | None = None  # :meth:`org_ref`: "X, a research group"
        self._has_subject: set[int] = set()
        self.modality_cache: dict[tuple, str] = {}
        self.tok_cache: dict[tuple[int, int], list[Token]] = {}
        self.root_cache: dict[tuple[int, int], Token] = {}
        self.carried: set[str] = set()  # vessels already given a cargo in earlier sentences
        self._word_sent_starts: list[int] | None = None
        self._all_tokens: list[Token] | None = None
        self._vessels: list[Mention] | None = None
        self._char_index: tuple[list[int], list[Mention]] | None = None  # :meth:`mentions_at_chars`
        self._words: set[str] | None = None
        self._text: str | None = None
        self._vessel_starts: list[int] = []
        self.short_cache: dict[int, Mention | None] = {}
        self._short_pos: set[int] | None = None

    def sent_text(self, sent: Span) -> str:
        """``sent.text``, sliced from the document's text (Span.text rebuilds it from the tokens)."""
        if self._text is None:
            self._text = doc_text(self.doc)
        return self._text[sent.start_char:sent.end_char]

    def words(self) -> set[str]:
        """The document's distinct lower-cased token texts (from its LOWER column, each once)."""
        if self._words is None:  # the LOWER hashes are every other entry of the lemma rows
            self._words = set(map(self._lemma_words.__getitem__, set(self._lemma_rows[1::2])))
        return self._words

    def word_sent_starts(self) -> list[int]:
        """Start tokens of the sentences with a word in them ("-" alone between list items is none)."""
        if self._word_sent_starts is None:
            self._word_sent_starts = sorted({s.start for s in self.doc.sents if any(t.is_alpha for t in s)})
        return self._word_sent_starts

    def tokens(self) -> list[Token]:
        """The document's tokens as a list made once: ``doc[i]`` builds a new Token object on each
        access, and the rules index the document thousands of times."""
        if self._all_tokens is None:
            self._all_tokens = doc_tokens(self.doc)  # the entity step's list when it is this document's
        return self._all_tokens

    def toks(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` as a list made once per span: iterating a Span builds a new Token
        object per word on every pass, and the rules pass over each sentence many times."""
        key = (sent.start, sent.end)
        got = self.tok_cache.get(key)
        if got is None:
            got = self.tok_cache[key] = self.tokens()[sent.start:sent.end]
        return got

    def lemmas(self, sent: Span) -> set[str]:
        """:func:`_lemmas` of ``sent``, computed once per sentence."""
        got = self.lemma_cache.get(sent.start)
        if got is None:
            # distinct hashes first (a set of ints, built in C), then one word per hash
            got = set(map(self._lemma_words.__getitem__, set(self._lemma_rows[2 * sent.start:2 * sent.end])))
            self.lemma_cache[sent.start] = got
        return got

    def pos_list(self) -> list[int]:
        """Every token's POS id (``Token.pos``), from the parse table (:meth:`_parse_table`, made once)."""
        if self._parse is None:
            self._parse = self._parse_table()
        return self._parse[2]

    def lemma_list(self) -> list[str]:
        """Every token's lemma, lower-cased (``words[rows[2 * i]]``), as one list made once per document:
        the rules that scan a sentence for their trigger words then test list entries in a comprehension."""
        if self._lemma_list is None:
            self._lemma_list = list(map(self._lemma_words.__getitem__, self._lemma_rows[0::2]))
        return self._lemma_list

    def form_list(self) -> list[str]:
        """Every token's lower-case form (``words[rows[2 * i + 1]]``), as one list made once per document."""
        if self._form_list is None:
            self._form_list = list(map(self._lemma_words.__getitem__, self._lemma_rows[1::2]))
        return self._form_list

    def forms(self, sent: Span) -> set[str]:
        """The lower-case forms of the tokens of ``sent`` (``{t.lower_ for t in sent}``), from the lemma table."""
        words = self._lemma_words
        return set(map(words.__getitem__, set(self._lemma_rows[2 * sent.start + 1:2 * sent.end:2])))

    def negated(self, tok: Token) -> bool:
        """:func:`_negated` of ``tok``, computed once per token from the document's parse table
        (:meth:`_parse_table`): the same walk over head indices and label hashes instead of Tokens."""
        got = self.neg_cache.get(tok.i)
        if got is None:
            if self._parse is None:
                self._parse = self._parse_table()
            heads, deps, pos, neg_any, neg_free = self._parse
            lemma = self._lemma_rows
            words = self._lemma_words
            i = tok.i
            role = pos[i] in _NOUN_POS and words[lemma[2 * i]] in _ROLE_NOUNS
            # an adjective before a noun ("the UK-sanctioned tanker X never entered Y") describes the noun;
            # the verb's "never" does not reach it through the noun's place in the clause
            attributive = deps[i] == _AMOD_DEP and pos[heads[i]] in _NOUN_POS
            if not attributive and deps[i] == _COMPOUND_DEP and pos[i] in _NOUN_POS and pos[heads[i]] in _NOUN_POS:
                # a title-case headline's "X-Flagged Cargo Ship Y, Crew Not Paid": a capitalised modifier of the
                # subject, parsed as a compound, which the verb's "Not" does not reach either
                attributive = _title_case_line(tok.sent)
            came = None  # the dependency by which the walk reached token i
            got = False
            for _ in range(8):
                if attributive and i != tok.i and deps[i] in _ARG_DEPS:
                    break
                if i != tok.i and words[lemma[2 * i]] in _DENY_LEMMAS and pos[i] in _VERB_POS:
                    break  # "Iran never denied sending drones": the "never" undoes the denial, not the sending
                if i != tok.i and words[lemma[2 * i]] in _CHECK_VERBS and pos[i] in _VERB_POS:
                    break  # "Reuters could not confirm that the X called at P": unverified, not denied
                if neg_any[i] or neg_free[i] and not (role and came in _ROLE_ARG_DEPS and
                                                       words[lemma[2 * i]] not in ("be", "remain")):
                    got = True
                    break
                d = deps[i]
                if heads[i] == i or d in _CLAUSE_DEPS and pos[i] in _VERB_POS:
                    break  # "X, which manages the Y, did not respond": the main verb's "not" stays outside
                if d == _ADVCL_DEP and pos[i] in _VERB_POS and i in self._has_subject:
                    break  # "X has not been designated by A, although B added it to its list": B's clause is B's
                if d == _CONJ_DEP and pos[i] in _VERB_POS and (i in self._has_subject or
                                                               _own_tense_and(self.tokens()[i])):
                    break  # a clause with its own subject keeps its polarity, and so does a finite verb after
                    # "and" ("never entered X and docked at Y")
                if d == _PREP_DEP and i != tok.i and words[lemma[2 * i]] in _NEG_STOP_PREPS:
                    break  # "did not call at X before Y": Y is the call that did happen
                if pos[i] in _VERB_POS and d in _SEMI_CLAUSE_DEPS and self._semicolon_between(i, heads[i], heads):
                    break  # "X was sanctioned by OFAC; Y has not been designated": a semicolon ends the clause
                came = d if came is None or came in _PASS_DEPS else came
                i = heads[i]
            self.neg_cache[tok.i] = got
        return got

    def _semicolon_between(self, i: int, h: int, heads: list[int]) -> bool:
        """True when a semicolon hung on token ``h`` stands between tokens ``i`` and ``h``."""
        semis = self._semis
        if semis is None:  # most texts have none; else one array scan, not a Token text per word
            if self._text is None:
                self._text = doc_text(self.doc)
            semis = self._semis = numpy.flatnonzero(self.doc.to_array(ORTH) == _SEMICOLON).tolist() \
                if ";" in self._text else []
        lo, hi = min(i, h), max(i, h)
        return any(lo < k < hi and heads[k] == h for k in semis)

    def _parse_table(self) -> tuple[list[int], list[int], list[int], list[bool], list[bool]]:
        """Per token: head index, dependency label hash, POS id, and the two kinds of negation
        :func:`_negated` finds among its children (vectorised over the document's arrays).

        ``neg_any[i]``: a subject child with a negative determiner ("neither/no ... X"),
        which negates whatever the walk. ``neg_free[i]``: a "neg" child, "never"/"neither",
        a "no" determiner on a noun, or a "none/nobody/nothing/neither" subject, which
        does not negate a role noun's relation from the verb its holder is subject of.
        Also sets ``self._has_subject``: the tokens with an nsubj/nsubjpass child.
        """
        doc = self.doc
        cols = doc.to_array([HEAD, DEP, POS, LOWER])
        n = len(doc)
        idx = numpy.arange(n)
        heads = idx + cols[:, 0].view("int64")  # HEAD is a signed offset
        dep, pos, low = cols[:, 1], cols[:, 2], cols[:, 3]
        child = heads != idx
        subj = child & gz.in_sorted(_SUBJ_DEP_ARR, dep)
        neg_any = numpy.zeros(n, dtype=bool)
        neg_free = numpy.zeros(n, dtype=bool)
        # a "neither/no/nobody/none" determiner or preconjunct under a subject: its head's head is negated
        x = child & gz.in_sorted(_NEG_DET_DEP_ARR, dep) & gz.in_sorted(_NEG_DET_ARR, low)
        subj_neg = numpy.zeros(n, dtype=bool)
        subj_neg[heads[x]] = True
        y = subj & subj_neg
        neg_any[heads[y]] = True
        f = child & ((dep == _NEG_DEP) | gz.in_sorted(_NEVER_ARR, low))
        f |= child & (dep == _DET_DEP) & (low == _NO_HASH) & (pos[heads] == _NOUN_ID)
        f |= subj & gz.in_sorted(_NOBODY_ARR, low)
        neg_free[heads[f]] = True
        self._has_subject = set(heads[subj].tolist())
        return heads.tolist(), dep.tolist(), pos.tolist(), neg_any.tolist(), neg_free.tolist()

    def modality(self, sent: Span, anchor: Token | None, sources: list[Mention]) -> str:
        """:func:`_modality`, computed once per (sentence, anchor, sources)."""
        key = (sent.start, None if anchor is None else anchor.i, tuple(m.entity for m in sources))
        got = self.modality_cache.get(key)
        if got is None:
            got = self.modality_cache[key] = _modality(sent, anchor, sources, self)
        return got

    def mentions_of(self, entity: str) -> list[Mention]:
        """The mentions of ``entity`` in document order (``ms`` order), from an index made once
        (rules that asked "is X mentioned here?" scanned every mention of the document)."""
        if self._by_entity is None:
            self._by_entity = {}
            for m in self.ms:
                self._by_entity.setdefault(m.entity, []).append(m)
        return self._by_entity.get(entity, [])

    def mentions_at_chars(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start at character offsets ``[lo, hi)`` (a table cell, a row), in offset order and, at
        one offset (a demonym inside a body's name), in ``ms`` order; from an index made once per document."""
        if self._char_index is None:
            _tk = self.tokens()
            pairs = sorted(((_tk[m.start].idx, m) for m in self.ms), key=lambda x: x[0])
            self._char_index = ([k for k, _ in pairs], [m for _, m in pairs])
        keys, ms = self._char_index
        return ms[bisect.bisect_left(keys, lo):bisect.bisect_left(keys, hi)]

    def vessels_between(self, start: int, end: int) -> list[Mention]:
        """Vessel mentions inside tokens ``[start, end)``, by a binary search (a scan per ship noun was O(n²))."""
        if self._vessels is None:
            self._vessels = sorted((m for m in self.ms if m.type == "Vessel"), key=lambda m: m.start)
            self._vessel_starts = [m.start for m in self._vessels]
        out = []
        for m in self._vessels[bisect.bisect_left(self._vessel_starts, start):]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def m(self, tok: Token | None) -> Mention | None:
        if tok is None:
            return None
        i = tok.i
        got = self.tok2m.get(i)
        if got is None:
            if self._short_pos is None:
                self._short_pos = self._short_positions()
            if i in self._short_pos and tok.dep_ in _SHORT_NAME_DEPS and tok.pos_ == "PROPN" and tok.is_title:
                return self.short_ref(tok)  # "Acme said", "sanctions on Acme": a short form of "Acme Shipping Ltd"
        return got

    def short_before_post(self, k: int, lo: int) -> Mention | None:
        """The organisation that the title-case words ending at token ``k`` (not before ``lo``) name by the
        first words of its name, when they stand before a post ("Straits Harbour chief executive X" after
        "Straits Harbour Holdings Pte Ltd"). Read from the words, not the parse (the model often tags such a
        run a verb or a plural noun); None unless exactly one multi-word organisation starts with them and
        goes on past them, and none of the words is in a mention."""
        _tk = self.tokens()
        j = k
        while j >= lo and k - j < 4 and _tk[j].is_title and j not in self.tok2m:
            j -= 1
        words = [t.text for t in _tk[j + 1:k + 1]]
        if words and words[0] == "The":
            words = words[1:]
        if not words or j >= lo and j in self.tok2m:
            return None
        n = len(words)
        hits = {x.entity: x for x in self.ms if x.type == "Organization" and x.end - x.start > n
                and [t.text for t in _tk[x.start:x.start + n]] == words}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _short_positions(self) -> set[int]:
        """Untagged tokens whose word occurs in a multi-word organisation name: the only places a short name
        (:meth:`short_ref`) can be; found once per document with one array lookup."""
        words = {self.tokens()[k].orth for m in self.ms if m.type == "Organization" and m.end - m.start > 1
                 for k in range(m.start, m.end)}
        if not words:
            return set()
        arr = doc_column(self.doc, ORTH)
        hit = numpy.flatnonzero(gz.in_sorted(numpy.array(sorted(words), dtype=arr.dtype), arr)).tolist()
        return {k for k in hit if k not in self.tok2m}

    def short_ref(self, tok: Token) -> Mention | None:
        """The organisation an untagged short name at ``tok`` refers to (:func:`_short_name_org`), once
        per token."""
        got = self.short_cache.get(tok.i, False)
        if got is False:
            got = self.short_cache[tok.i] = _short_name_org(self, tok)
        return got

    def mconj(self, tok: Token) -> list[Mention]:
        """Mentions at ``tok`` and its conjuncts ("A, B and C")."""
        out = []
        for t in [tok, *tok.conjuncts]:
            mm = self.m(t)
            if mm is None:
                # a mention among the token's children (compound/amod), e.g. "US Treasury sanctions"
                for c in t.children:
                    if c.dep_ in ("compound", "amod", "nmod") and self.m(c):
                        mm = self.m(c)
            if mm is not None and mm not in out:
                out.append(mm)
            elif mm is None and t.lower_ in gz.SHIP_NOUNS:
                out.extend(self.vessel_ref(t))
        if out and out[-1].type == "Vessel":
            out.extend(x for x in self.after_brackets(out[-1]) if x not in out)
        return out

    def after_brackets(self, m: Mention) -> list[Mention]:
        """Ships listed after one whose bracketed details broke the parse: "the tankers A (IMO 9283741) and B
        (IMO 9176512)", where the parser hangs "and B" inside the brackets. Each next ship follows ")" and
        "and" or "," directly."""
        out, doc, cur = [], self.doc, m
        for _ in range(12):
            k = cur.end
            if k >= len(doc) or doc[k].text != "(":
                break
            close = next((j for j in range(k + 1, min(len(doc), k + 12)) if doc[j].text == ")"), None)
            if close is None or close + 2 >= len(doc):
                break
            j = close + 1 + (doc[close + 1].text == ",")
            j += doc[j].lower_ in ("and", "or")
            nx = self.tok2m.get(j)
            if j == close + 1 or nx is None or nx.start != j or nx.type != "Vessel":
                break
            out.append(nx)
            cur = nx
        return out

    def last_org_before(self, i: int) -> Mention | None:
        """The last organisation mentioned before token ``i`` ("its director")."""
        for m in reversed(self.ms):
            if m.start < i and m.type == "Organization":
                return m
        return None

    def org_ref(self, tok: Token) -> Mention | None:
        """The organisation "the agency", "the group", "the daily" refers back to."""
        word = tok.lower_
        if word not in _ORG_REF or tok.pos_ != "NOUN" or not any(
                c.lower_ in ("the", "its", "his", "her", "their") for c in tok.children if c.dep_ in ("det", "poss")):
            return None
        want = _ORG_REF[word]
        if (nx := self.tok2m.get(tok.i + 1)) is not None and nx.start == tok.i + 1 and nx.type == "Organization":
            return None  # "the freight forwarder X": the name follows, nothing to refer back to
        if any(c.dep_ == "appos" and (cm := self.m(c)) is not None and cm.type == "Organization" for c in tok.children):
            return None  # "Its insurer, X SA, ...": named in apposition
        if word in ("airline", "carrier"):
            # "the airline's chairman": the airline named before ("Northwind Air"), not the last company (its lessor)
            air = next((m for m in reversed(self.ms) if m.start < tok.i and m.type == "Organization" and
                        m.text.split()[-1] in ("Air", "Airlines", "Airways", "Airline")), None)
            if air is not None:
                return air
        if tok.dep_ == "appos" and (hm := self.m(tok.head)) is not None and hm.type == "Organization":
            return hm  # "Halcyon Group, the Swiss travel company chaired by X": the name the noun describes
        if self._described is None:
            # the bodies a text introduces by a noun in apposition: "ATI, a Geneva-based research group"
            self._described = [(m.start, c.lower_, m) for m in self.ms if m.type == "Organization"
                               for c in _root_in(self, m).children
                               if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in _ORG_REF
                               and c.lower_ not in _FIRM_REF_WORDS]
        named = next((m for i, w, m in reversed(self._described) if w == word and i < tok.i), None)
        if named is not None:
            # "the group" is the body called a group, not the armed group named since (a firm's "the company"
            # goes by recency: the text moves from firm to firm)
            return next((m for m in reversed(self.ms) if m.start < tok.i and m.entity == named.entity), named)
        lo = tok.sent.start
        intro = next((m for m in reversed(self.ms) if lo <= m.start < tok.i and m.type == "Organization" and
                      m.start > 0 and self.doc[m.start - 1].lower_ == word), None)
        if intro is not None:
            return intro  # "reviewed by the analysis firm X ..., Y, a researcher at the firm, said": the firm named so
        for m in reversed(self.ms):
            if m.start >= tok.i or m.type != "Organization":
                continue
            if word in ("company", "firm") and m.meta.get("rule") == "data_provider" and word not in m.key.split():
                continue  # "Kpler data show ... The company has ordered ...": a source of data, not the story's firm
            if word in m.key.split() or (want and m.cls == want) or (word == "group" and m.cls in (
                    "ResearchOrganization", "ArmedForce")) or (word == "agency" and m.cls == "GovernmentAgency"):
                return m
        if word in ("company", "firm", "group") and tok.dep_ != "appos" and tok.text.islower() and (
                tok.i + 1 >= len(self.doc) or not (tok.nbor().pos_ == "PROPN" or tok.i + 1 in self.tok2m
                                                   or tok.nbor().is_quote)):
            return self.topic_org(tok.i)  # not "the shipping group X", "the company \"X\"": the name follows
        return None

    def topic_org(self, i: int) -> Mention | None:
        """The story's company: the organisation (not an outlet, agency, armed force or institute) named most often
        before token ``i``, when it is named at least twice and more often than any other; else None."""
        other = self._not_company
        if other is None:  # once per document: any mention typed so excludes the entity
            other = self._not_company = {m.entity for m in self.ms if m.cls in _NOT_COMPANY}
        cnt = Counter(m.entity for m in self.ms if m.start < i and m.type == "Organization" and m.entity not in other)
        top = cnt.most_common(2)
        if not top or top[0][1] < 2:
            return None
        if len(top) > 1 and top[1][1] == top[0][1]:
            # a tie: the one of the most named that the same sentence names ("... runs X's desk and copied the
            # group's chief executive"), else none
            best = {e for e, k in cnt.items() if k == top[0][1]}
            lo = self.doc[i].sent.start if i < len(self.doc) else i
            near = [m for m in self.ms if lo <= m.start < i and m.entity in best]
            if len({m.entity for m in near}) != 1:
                return None
            return near[-1]
        return next(m for m in reversed(self.ms) if m.start < i and m.entity == top[0][0])

    def vessel_ref(self, tok: Token) -> list[Mention]:
        """Vessels a ship noun or pronoun refers back to."""
        named = _named_after_noun(self, tok)
        if named is not None:
            return [named]  # "the tanker X": the name follows, nothing to refer back to
        if _unfound_name_after(self, tok):
            return []  # "The tanker Monday Spirit called at X": a ship named, though not found; no earlier one
        if any(c.dep_ == "amod" and c.lower_ == "following" for c in tok.children):
            return _following_vessels(self, tok)  # "the following vessels:" and a list
        if tok.pos_ == "VERB":
            return []  # "the company ships 300,000 containers": a verb, not a ship
        if tok.lower_ in _GROUP_COUNT_WORDS and _counted_group(self, tok):
            return list(self.last_group)  # "all five", "all of them": the ships just listed
        if tok.lower_ in gz.SHIP_NOUNS and tok.lower_.endswith("s") and _announces_list(self, tok):
            return _following_vessels(self, tok)  # "The vessels being listed, which carried X, are:" and a list
        if tok.lower_ in gz.SHIP_NOUNS and tok.lower_.endswith("s") or tok.lower_ in ("pair", "both", "they"):
            n = _count(tok) if tok.lower_ not in ("pair", "both", "they") else None
            if n and len(self.last_group) != n and any(
                    c.lower_ in ("both", "the", "these", "those", "all") for c in tok.children):
                # "Both tankers are operated by X" after two sentences of one ship each: the two named last
                back = _last_vessels(self, tok.i, n)
                if back:
                    return back
            if n and len(self.last_group) != n and not any(c.lower_ in ("both", "the", "these", "those", "all")
                                                           for c in tok.children):
                return []  # "a company that now manages at least nine tankers": a count, not the ships named
            return list(self.last_group)
        if tok.lower_ in gz.SHIP_NOUNS and tok.dep_ not in ("attr", "acomp") and _another_ship(tok):
            return []  # "Another vessel, whose name was not disclosed, was sanctioned": no ship named before
        if self.last_service is not None and (tok.lower_ in _WARSHIP_APPOS or any(
                c.dep_ in ("amod", "compound") and c.lower_ in _SERVICE_NOUNS for c in tok.children)):
            return [self.last_service]  # "the frigate", "the patrol vessel": the warship, not the story's tanker
        if tok.lower_ in gz.SHIP_NOUNS or tok.lower_ in ("it", "its", "she", "her"):
            # a vessel named earlier in the same sentence is nearer than the last sentence's
            near = self.vessels_between(tok.sent.start, tok.i)
            if near and tok.lower_ in _MERCHANT_KIND_NOUNS:
                near = [m for m in near if not _service_vessel(self, m)]  # "the patrol ship X located the tanker"
            if near and not tok.lower_.endswith("s"):
                return [max(near, key=lambda m: m.start)]
            if self.last_single is not None and tok.lower_ in _MERCHANT_KIND_NOUNS and _service_vessel(
                    self, self.last_single):
                return []  # "the frigate HMS X boarded a dhow ... The dhow's crew": the unnamed dhow, not X
            return [self.last_single] if self.last_single else []
        return []


_FIRM_REF_WORDS = frozenset({"company", "firm", "operator", "owner", "manager", "forwarder", "shipowner", "carrier",
                             "line", "trader", "insurer", "charterer", "buyer", "seller", "supplier", "agent"})
"""Reference nouns for a business, which goes by recency in :meth:`_Ctx.org_ref`."""
_MERCHANT_KIND_NOUNS = frozenset({"dhow", "tanker", "freighter", "bulker", "boxship", "containership", "collier",
                                  "coaster", "reefer", "trawler", "barge", "aframax", "suezmax", "vlcc", "supertanker",
                                  "panamax", "capesize", "handysize", "handymax", "supramax", "ultramax", "feeder"})
"""Ship nouns of a merchant kind (``gz.SHIP_NOUNS`` but the general and naval ones): they never refer back to a
warship or a coast-guard ship."""
_SERVICE_SHIP_NOUNS = frozenset({"boat", "tug", "tugboat", "icebreaker", "cutter", "lifeboat", "dinghy", "skiff"})
"""Small craft that come to another ship's aid or stop it (with :data:`gz.WARSHIP_NOUNS` and a service modifier,
:data:`_SERVICE_NOUNS`): their arrival does not end the story's ship."""
_OTHER_SHIP_WORDS = frozenset({"another", "unnamed", "unidentified", "second", "different", "other", "third",
                               "undisclosed", "separate"})


_CAPITAL_DATELINE_RE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,2})(?:,| \(| [-–—])")
"""A dateline at a line's start, its place in capitals: "TOKYO (AP) —", "SEOUL, March 3", "WASHINGTON —"."""
_TITLE_DATELINE_RE = re.compile(r"(?m)^[ \t]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
                                r"|Sep|Oct|Nov|Dec)[a-z]*\.? \d")
"""A dateline in title case, a place and a date: "Seoul, Oct. 14 (Yonhap) --" (Yonhap's and Kyodo's style)."""


def _dateline_state(doc: Doc) -> str | None:
    """The name of the country whose capital the story is datelined in ("TOKYO (AP) —", "Seoul, Oct. 14
    (Yonhap) --"), or None. A bare post ("Foreign Minister X said") in such a story is that state's, when the
    text names it (``_Ctx.home_country``)."""
    head = doc_text(doc)[:600]  # (doc.text rebuilds the text from the tokens)
    m = _CAPITAL_DATELINE_RE.search(head) or _TITLE_DATELINE_RE.search(head)
    if m is None or m.group(1).title() in ("Kremlin", "Downing Street"):
        return None
    return gz.CAPITALS.get(m.group(1).title())


def _brings_in_unnamed_ship(ctx: _Ctx, sent: Span) -> bool:
    """True when ``sent``, which names no ship, brings in a ship it does not name: "Iran seized an unnamed tanker",
    "Another vessel, whose name was not disclosed, was sanctioned", "Greece detained a tanker at Piraeus". The
    ship nouns and pronouns after it then do not refer to the ship named before (a break-it trial gave that
    ship the unnamed one's flag, cargo and sanctions). Not "It is a tanker" (a predicate), nor "like a tanker"."""
    for t in ctx.toks(sent):
        if _unfound_name_after(ctx, t) and t.lower_ not in gz.WARSHIP_NOUNS and t.lower_ not in _SERVICE_SHIP_NOUNS:
            return True  # "The tanker Monday Spirit called at X": a ship the model did not find
        if t.lower_ not in gz.SHIP_NOUNS or t.lower_.endswith("s") or t.pos_ != "NOUN" or \
                t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.lower_ in gz.WARSHIP_NOUNS or \
                t.lower_ in _SERVICE_SHIP_NOUNS or any(c.lower_ in _SERVICE_NOUNS for c in t.children):
            continue  # (not "escorted by a patrol boat", "A Russian destroyer reached the scene": an aside)
        if _another_ship(t) and _named_after_noun(ctx, t) is None and not any(c.dep_ == "appos" for c in t.children):
            return True
    return False


def _unfound_name_after(ctx: _Ctx, t: Token) -> bool:
    """True when a singular ship noun is followed by a capitalised word that no mention covers, or that a mention
    other than a ship, place or person covers: "The tanker Monday Spirit called at X" (the model read "Monday"
    as a date and "Spirit" as a firm). The noun names a ship of its own, unrecognised, and refers back to no
    ship named before (a new user's digest had the earlier ship call at the second one's port)."""
    if t.lower_ not in gz.SHIP_NOUNS or t.lower_.endswith("s") or t.pos_ != "NOUN" or t.i + 1 >= len(ctx.doc):
        return False
    nx = ctx.doc[t.i + 1]
    if not (nx.is_alpha and nx.is_title and len(nx) > 1) or nx.is_sent_start:
        return False
    m = ctx.tok2m.get(nx.i)
    return m is None and nx.pos_ == "PROPN" or m is not None and m.type not in (
        "Vessel", "Country", "Location", "Port", "Person", "Weapon", "Other")


def _another_ship(t: Token) -> bool:
    """A ship noun that brings in a ship of its own, not one named before: "a tanker", "another vessel", "an
    unnamed tanker", "a second ship" (an indefinite article, or a word of :data:`_OTHER_SHIP_WORDS`)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") or
               c.dep_ == "amod" and c.lower_ in _OTHER_SHIP_WORDS for c in t.children)


def _announces_list(ctx: _Ctx, tok: Token) -> bool:
    """True when a plural ship noun is the subject of "are"/"include" in a sentence that ends with a colon and
    names no ship: "The vessels being listed, which Canada assesses carried shells, are:" introduces the list
    that follows (:func:`_following_vessels`)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in ("be", "include", "comprise"):
        return False
    sent = tok.sent
    return _colon_end(ctx, sent) is not None and not any(
        m.type == "Vessel" and sent.start <= m.start < sent.end for m in ctx.ms)


def _colon_end(ctx: _Ctx, sent: Span, glued: bool = False) -> int | None:
    """The token offset just past the colon that ends ``sent`` (trailing spaces skipped), or None when the
    sentence does not end with a colon (a list follows a sentence that does). ``glued``: also a token that
    ends with one (the tokenizer keeps "):" whole after "(Annex I")."""
    end = sent.end
    while end > sent.start and ctx.doc[end - 1].is_space:
        end -= 1
    last = ctx.doc[end - 1].text if end > sent.start else ""
    return end if last == ":" or glued and last.endswith(":") else None


def _following_vessels(ctx: _Ctx, tok: Token, limit: int = 12) -> list[Mention]:
    """The vessels listed after "the following vessels": the named vessels of the next sentences
    (list items), up to the first sentence that names none."""
    got: dict[str, Mention] = {}
    last_sent = tok.sent.start
    for m in ctx.ms:
        if m.start <= tok.i or m.type != "Vessel":
            continue
        if got and m.sent != last_sent and _sents_between(ctx, last_sent, m.sent):
            break  # a sentence without a vessel ended the list
        if m.entity in got and m.sent != last_sent:
            break  # a ship named again: the text has moved on from the list
        got.setdefault(m.entity, m)
        last_sent = m.sent
        if len(got) >= limit:
            break
    return list(got.values())


def _sents_between(ctx: _Ctx, a: int, b: int) -> bool:
    """True when a sentence starts strictly between sentence starts ``a`` and ``b``."""
    return any(a < x < b for x in ctx.word_sent_starts())


_NOT_SHIP_THINGS = {"program", "programme", "programs", "government", "leader", "leaders", "citizens", "economy",
                    "people", "military", "army", "president", "territory", "border", "borders", "nuclear",
                    "allies", "ally", "population", "regime", "ministry", "parliament", "capital"}
"""Nouns only a country or an organisation has: "its satellite program" does not refer back to a ship."""


_STATE_HELD = {"waters", "ports", "territory", "coast", "coastline", "airspace", "jurisdiction", "borders",
               "members", "list", "lists", "registry", "register", "forces", "army", "armies", "troops", "arsenal",
               "arsenals", "military", "economy", "government", "allies", "citizens", "defences", "defenses"}
"""What a state or body has and a ship does not ("in its waters", "on its list")."""


def _clause_actor(ctx: _Ctx, t: Token) -> bool:
    """True when a possessive "its" before something only a state or body has (:data:`_STATE_HELD`) stands in
    a clause whose subject is a state or organisation: in "The European Union banned ship-to-ship transfers in
    its waters", "its" is the Union's, not the ship's."""
    if t.head.lower_ not in _STATE_HELD:
        return False
    h = t.head
    for _ in range(6):
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            break
        h = h.head
    if h.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        h = h.head  # "as Warsaw moved to rebuild its armed forces": the subject of the verb above
    return any(c.dep_ in ("nsubj", "nsubjpass") and (m := ctx.m(c)) is not None and m.type in (
        "Organization", "Country") for c in h.children)


_FIRM_HELD = frozenset({
    "owner", "owners", "manager", "managers", "operator", "operators", "director", "directors", "chief", "ceo",
    "president", "chairman", "chairwoman", "founder", "founders", "shareholder", "shareholders", "subsidiary",
    "subsidiaries", "parent", "affiliate", "affiliates", "headquarters", "staff", "employees", "executive",
    "executives", "partner", "partners", "customer", "customers", "client", "clients", "supplier", "suppliers",
    "board", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "beneficial", "sister", "boss"})
"""What a firm has and a ship does not always: after "X Inc. said its ...", these are X's."""


def _firm_before_its(ctx: _Ctx, t: Token) -> bool:
    """True when a possessive "its" follows an organisation named in its sentence, and the sentence names no
    ship and has no ship noun: in "X Inc. said its manager, Y, had sold cargo to Iran" and "X LLC and its
    owner, Z, were sanctioned", "its" is the firm's, not the ship named in an earlier sentence."""
    if t.lower_ != "its" or t.dep_ != "poss" or t.head.lower_ not in _FIRM_HELD:
        return False  # ("X Ltd said its cargo was loaded at Y": the ship's cargo)
    sent = t.sent
    fw = ctx.form_list()
    if any(fw[i] in gz.SHIP_NOUNS and i not in ctx.tok2m for i in range(sent.start, sent.end)):
        return False  # (not a name's word: "X Ship Management")
    if any(m.type == "Vessel" and sent.start <= m.start < sent.end for m in ctx.ms):
        return False
    firms = [m for m in ctx.ms if m.type == "Organization" and sent.start <= m.start < t.i]
    if not firms:
        return False
    # the firm is the subject of a verb above "its" ("X said its manager ..."), or "its" noun's conjunct ("X and
    # its owner"); not "According to Lloyd's List, its owner is Y" (a source, no subject)
    ups = {a.i for a in t.ancestors}
    heads = set()
    for m in firms:
        root = ctx.doc[m.start:m.end].root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.i in ups:
            return True
        heads.add(root.i)
    return any(c.i in heads for c in t.head.conjuncts)


def _sentence_vessels(ctx: _Ctx, sent: Span, sm: list[Mention]) -> tuple[list[Mention], bool]:
    explicit = [m for m in sm if m.type == "Vessel"]
    if explicit:
        uniq = list({m.entity: m for m in explicit}.values())
        return uniq, True
    refs: list[Mention] = []
    fw, toks, tok2m = ctx.form_list(), ctx.tokens(), ctx.tok2m
    # every branch below needs a ship noun or one of these pronouns: only their tokens are visited (picked in
    # one comprehension over the lower-case forms, not a Token and its properties per word)
    for t in [toks[i] for i in range(sent.start, sent.end) if i not in tok2m and (
            fw[i] in gz.SHIP_NOUNS or fw[i] in _SHIP_REF_PRONOUNS or fw[i] in _BARE_SHIP_NOUNS or
            fw[i] in _ORDINAL_REFS or fw[i] in _GROUP_COUNT_WORDS)]:
        if t.lower_ in _GROUP_COUNT_WORDS and t.lower_ not in gz.SHIP_NOUNS:
            if _counted_group(ctx, t):
                refs.extend(ctx.last_group)  # "all five are managed by X": the ships just listed
            continue
        if t.lower_ in _ORDINAL_REFS:
            # "Two tankers, A and B, met ... The first had loaded at P. The latter took the cargo": one of the two
            if len(ctx.last_group) >= 2 and t.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                group = sorted(ctx.last_group, key=lambda m: m.start)
                refs.append(group[0] if t.lower_ in ("first", "former") else group[-1] if t.lower_ == "latter"
                            else group[1])
            continue
        if t.lower_ in gz.SHIP_NOUNS and t.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("det", "nummod", "poss", "amod") for c in t.children):
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                continue
            if t.lower_.endswith("s") and not any(c.dep_ in ("det", "nummod", "poss") or c.lower_ in ("both", "all")
                                                  for c in t.children):
                continue  # "buyers use Western tankers": tankers of a kind, not the ones named before
            refs.extend(ctx.vessel_ref(t))
        elif t.lower_ in ("it", "its") and ctx.last_single is not None and t.dep_ in ("nsubj", "nsubjpass", "poss") \
                and not (t.dep_ == "poss" and (t.head.lower_ in _NOT_SHIP_THINGS or _clause_actor(ctx, t))) \
                and not (t.dep_ == "nsubj" and _continues_firm_subject(ctx, sent)) and not _firm_before_its(ctx, t) \
                and not (t.lower_ == "it" and t.head.pos_ == "ADJ" and t.head.head.lemma_.lower() in ("make", "find")):
            # (not "making it harder for buyers to ...": "it" is no ship)
            refs.extend(ctx.vessel_ref(t))
        elif t.lower_ == "it" and t.dep_ == "dobj" and ctx.last_single is not None and \
                t.head.lemma_.lower() in _SHIP_OBJECT_VERBS and t.i - ctx.last_single.end <= 60 and \
                not _firm_before_its(ctx, t):
            # "The U.S. Treasury blacklisted it in October, accusing it of carrying oil": the ship named before
            refs.extend(ctx.vessel_ref(t))
        elif t.lower_ in ("she", "her") and ctx.last_single is not None and t.dep_ in ("nsubj", "nsubjpass", "poss") \
                and not any(m.type == "Person" and ctx.last_single.start < m.start < t.i for m in ctx.ms):
            refs.extend(ctx.vessel_ref(t))  # "She was carrying fertilizer": the ship, when no woman was named since
        elif t.lower_ in ("pair", "they") and ctx.last_group and not (
                t.dep_ == "nsubjpass" and t.head.lemma_.lower() in SHIP_VERBS) and (  # "they were forwarded": goods
                t.dep_ in ("nsubj", "nsubjpass") or (
                t.lower_ == "pair" and t.dep_ in ("dobj", "attr") and t.head.pos_ == "VERB" and any(
                    c.dep_ == "acl" for c in t.children) and any(c.lower_ == "the" for c in t.children))):
            refs.extend(ctx.last_group)  # also "X says the pair loaded at P" (the clause's subject parsed as object)
        elif t.lower_ in gz.SHIP_NOUNS and t.dep_ == "compound" and t.head.lower_ in _MISTAGGED_SHIP_VERBS and \
                t.i > sent.start and ctx.doc[t.i - 1].lower_ in ("the", "this") and ctx.last_single is not None \
                and t.lower_ not in _SERVICE_NOUNS:  # (not "The patrol ships returned": a noun phrase)
            refs.append(ctx.last_single)  # "The ship sails under the flag of X": "ship sails" tagged as one noun
        elif t.lower_ in _BARE_SHIP_NOUNS and t.is_sent_start and t.dep_ in ("nsubj", "nsubjpass") and \
                ctx.last_single is not None and not any(c.dep_ == "det" for c in t.children):
            refs.append(ctx.last_single)  # a digest's telegraphic "Vessel loaded Urals at P on 14 Nov."
    if not refs and ctx.last_single is not None and _record_line_verb(ctx, sent) is not None:
        refs.append(ctx.last_single)  # "- Loaded at P in August and discharged at Q" under a ship's record heading
    uniq = list({m.entity: m for m in refs if m is not None}.values())
    return uniq, False


def _continues_firm_subject(ctx, sent: Span) -> bool:
    """True when "it" opening ``sent`` continues the subject of the sentence before, a firm that had the ship
    only as its object: "X Trading has never owned or managed the Y. It did not sell diesel to Z" (it: X)."""
    prev = _prev_sent_start(ctx, sent)
    v = ctx.last_single
    if prev is None or v is None or not prev <= v.start < sent.start:
        return False
    root = ctx.doc[prev].sent.root
    subj = [ctx.m(c) for c in root.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0] is not None and subj[0].type == "Organization" and \
        _root_in(ctx, v).dep_ not in ("nsubj", "nsubjpass")


_SHIP_OBJECT_VERBS = frozenset({"accuse", "blacklist", "sanction", "designate", "detain", "seize", "board",
                                "intercept", "impound", "rename", "reflag"})
"""Verbs whose object "it" is the ship named before ("blacklisted it in October, accusing it of ...")."""
_MISTAGGED_SHIP_VERBS = {"sails", "flies", "docks", "berths", "calls", "carries", "loads", "trades", "steams",
                         "anchors", "moors", "ships", "transports", "heads", "plies", "runs"}
"""Present-tense verbs after "the ship" that the tagger may read as a plural noun ("The ship sails under ...")."""
_NOT_ABOARD = {"warehouse", "truck", "lorry", "van", "car", "home", "house", "office", "factory", "airport", "plane",
               "aircraft", "depot", "store", "shop", "apartment", "garage", "train", "wagon", "railcar", "flat",
               "premises", "storage", "border", "checkpoint", "crossing", "luggage", "suitcase", "baggage"}
"""Places other than a ship where a search finds goods."""
_FIND_VERBS = {"find", "discover", "seize", "confiscate", "uncover", "locate", "impound", "hide", "conceal", "detect"}
"""Verbs of a search that turns up goods ("officers found X", "X was hidden under sacks of rice")."""


def _found_cargo(ctx, sent: Span, sm: list[Mention], out: list[Candidate]) -> None:
    """Goods found or seized in a search, in a sentence that names no ship, right after the sentences about
    the one ship searched: "The container was found on the ro-ro vessel X. On inspection, officers found
    4,000 flight controllers and 300 radio transmitters." -> X TRANSPORTED each (rule
    ``transported.found_aboard``).

    The ship is the story's single ship (``ctx.last_single``), named in the last 60 tokens; the goods are the
    object of a finding verb (:data:`_FIND_VERBS`) or its passive subject, or a conjunct of one.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        A sentence with no ship named or referred to.
    sm : list of Mention
    out : list of Candidate
    """
    v = ctx.last_single
    lem = ctx.lemmas(sent)
    if sent.start - v.end > 60 or not lem & _FIND_VERBS or lem & _NOT_ABOARD or _service_vessel(ctx, v):
        return  # (a warship is the searcher: what its team found was aboard the ship it stopped)
    if any(m.type in ("Location", "Port", "Country") and _root_in(ctx, m).dep_ == "pobj" and
           _root_in(ctx, m).head.lower_ in ("in", "at") for m in sm):
        return  # "police found drones in a warehouse in Rotterdam": found somewhere else
    if any(t.lower_ in gz.SHIP_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
           for t in ctx.toks(sent)):
        return  # "a frigate seized rifles from a dhow off Somalia": another, unnamed ship
    for g in sm:
        if g.type not in ("Weapon", "Other"):
            continue
        r = _root_in(ctx, g)
        t = r
        for _ in range(3):  # "found X and Y", "found 4,000 X, 1,200 Y and Z": Y and Z hang on X
            if t.dep_ in ("conj", "appos"):
                t = t.head
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _FIND_VERBS and t.head.pos_ == "VERB":
            out.append(Candidate(v, "TRANSPORTED", g, "transported.found_aboard", 0.5, sent, t.head))


def _caps_list_heading(ctx, sent: Span) -> bool:
    """True for a release's section heading in capitals that names a listing: "VESSELS IDENTIFIED AS BLOCKED
    PROPERTY", "DESIGNATED ENTITIES" (at most eight words, all in capitals, a listed noun such as
    :data:`_LISTED_NOUNS` and a word of listing)."""
    if sent.end - sent.start > 16:
        return False  # (most sentences: no token list made)
    words = [t for t in ctx.toks(sent) if t.is_alpha]
    if not 2 <= len(words) <= 8 or not all(t.is_upper for t in words):
        return False
    low = {t.lower_ for t in words}
    return bool(low & _LISTED_NOUNS) and bool(low & {"identified", "designated", "designations", "blocked", "listed",
                                                     "sanctioned", "listings"})


_DISTANCE_UNITS = frozenset({"miles", "mile", "nm", "km", "kilometers", "kilometres", "nautical"})


def _bearing_from(ctx, m: Mention) -> bool:
    """True when a place is named only as the point a position is measured from: "65 nautical miles (120
    kilometers) west of the Houthi-held port of Hodeidah", "20 km south of X" (in the twelve words before the name,
    "of" after a compass word, with a distance unit or a closing bracket in the five words before that)."""
    doc = ctx.doc
    words = [doc[i].lower_ for i in range(max(0, m.start - 12), m.start)]
    if "of" not in words:
        return False
    return any(w == "of" and k >= 1 and words[k - 1] in COMPASS_WORDS and
               any(x in _DISTANCE_UNITS or x == ")" for x in words[max(0, k - 5):k - 1])
               for k, w in enumerate(words))


def _violated(t: Token) -> bool:
    """True when the sanctions word ``t`` is what something violates, breaches or evades ("in violation of UN
    sanctions", "to evade U.S. sanctions"): sanctions referred to, not imposed in the sentence."""
    h = t
    for _ in range(3):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in ("violation", "breach", "violate", "evade", "evasion", "circumvent", "circumvention",
                                "bust", "skirt", "dodge"):
            return True
    return False


def _responsible_for_ships(ctx, sent: Span, out: list[Candidate]) -> None:
    """"X is responsible for the (day-to-day, technical) management of the A and the B" -> X OWNS_OR_OPERATES
    A and B (rule ``owner.responsible``): the subject of "responsible for" the management, operation or manning
    of named ships."""
    for t in ctx.toks(sent):
        if t.lemma_.lower() not in ("management", "operation", "operations", "manning", "crewing") or \
                t.dep_ != "pobj" or t.head.lower_ != "for" or t.head.head.lemma_.lower() != "responsible":
            continue
        cop = t.head.head.head
        orgs = [m for c in cop.children if c.dep_ in ("nsubj", "nsubjpass") for m in ctx.mconj(c)
                if m.type == "Organization"]
        ships = [v for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                 if q.dep_ == "pobj" for v in ctx.mconj(q) if v.type == "Vessel"]
        for o in orgs:
            for v in ships:
                out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.responsible", 0.65, sent, t))


def _seized_list(ctx, sent: Span, sm: list[Mention], named: list[Mention], out: list[Candidate]) -> None:
    """Goods listed item by item after a sentence that names the one ship they were found on and ends with a
    colon: "Items seized from the X included:" and then "- 14 guidance sections and 9 warheads;", "- 6 drones;"
    -> X TRANSPORTED each (rule ``transported.seized_list``). The list ends at the first sentence that is no
    bulleted or numbered item.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
    sm : list of Mention
        The sentence's mentions.
    named : list of Mention
        The vessels the sentence names (not those it refers back to).
    out : list of Candidate
    """
    ship = ctx.seized_list_ship
    if ship is not None:
        first = next((t for t in ctx.toks(sent) if not t.is_space), None)
        item = first is not None and (first.text in _BULLETS or _ENTRY_NUMBER_RE.fullmatch(first.text) is not None
                                      or sent.start > 0 and all(_entry_mark(x) for x in ctx.doc[sent.start - 1].sent))
        if not item:
            ctx.seized_list_ship = None
        else:
            for g in sm:
                if g.type in ("Weapon", "Other"):
                    out.append(Candidate(ship, "TRANSPORTED", g, "transported.seized_list", 0.55, sent, first))
            return
    if len(named) == 1 and _colon_end(ctx, sent) is not None and not _service_vessel(ctx, named[0]) and \
            ctx.lemmas(sent) & (_FIND_VERBS | {"include", "contain", "comprise", "cargo", "items", "manifest"}):
        ctx.seized_list_ship = named[0]  # "Items seized from the X included:", "The X's cargo comprised:"


_BARE_SHIP_NOUNS = {"vessel", "ship", "tanker", "carrier", "freighter", "bulker"}
_SHIP_REF_PRONOUNS = frozenset({"it", "its", "she", "her", "pair", "they"})
_ORDINAL_REFS = frozenset({"first", "former", "second", "latter"})
"""'The first', 'the latter': one ship of the two (or more) the text has just named."""
"""The words besides ship nouns by which :func:`_sentence_vessels` finds a ship referred back to."""
"""Ship nouns a digest writes without an article at the start of a sentence ("Vessel loaded Urals at P")."""


_GROUP_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all",
                                "both"})
"""Words that may stand for the ships just listed: "all five are managed by X", "all of them"."""


def _counted_group(ctx: _Ctx, t: Token) -> bool:
    """True when ``t`` stands for the group of ships named last (:attr:`_Ctx.last_group`) by their number
    alone: "all five are managed by X", "the three were seized", "all of them flew the flag of Y", "both of
    them". The number must be the group's size, the group named within about the last hundred words, and
    no person named since (not "the two were arrested" after two crew members).
    """
    group = ctx.last_group
    size = len({m.entity for m in group})
    if size < 2 or t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    last = max(m.end for m in group)
    if not 0 <= t.i - last < 100 or any(m.type == "Person" and last <= m.start < t.i for m in ctx.ms):
        return False
    low = t.lower_
    if low in ("all", "both"):
        return (low == "all" or size == 2) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "them" for g in c.children) for c in t.children)
    return t.pos_ == "NUM" and _NUMBERS.get(low) == size and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("all", "the", "these", "those") for c in t.children)


def _record_line_verb(ctx: _Ctx, sent: Span) -> Token | None:
    """The verb that opens a subjectless line of a ship's record or bulleted factbox ("- Loaded at the X FSU in
    August and discharged at Y", "Took on a cargo at X"): a past-tense or participle verb of port calls and
    cargo (``gazetteers.RECORD_LINE_VERBS``) as the line's first word (after a bullet), with no subject,
    in a sentence that starts a line. None otherwise."""
    _tk = ctx.tokens()
    k = sent.start
    while k < sent.end and (_tk[k].text in _BULLETS or _tk[k].is_space):
        k += 1
    if k >= sent.end or k > sent.start + 2:
        return None
    j = sent.start - 1
    while j >= 0 and _tk[j].text in _BULLETS:
        j -= 1  # the parser may make a line's bullet a sentence of its own
    if j >= 0 and "\n" not in _tk[j].text_with_ws and not _tk[j].is_space:
        # not at the start of a line: only in a register entry's line that opens with the ship's name ("- X, IMO
        # 9263157, general cargo ship, flag: Y. Loaded munitions at P in July ...")
        i = j
        while i > 0 and sent.start - i < 80 and "\n" not in _tk[i - 1].text_with_ws and not _tk[i - 1].is_space:
            i -= 1
        while i < j and _tk[i].text in _BULLETS:
            i += 1
        m = ctx.tok2m.get(i)
        if m is None or m.type != "Vessel" or m.start != i or not any(_tk[x].text in _BULLETS for x in range(
                max(0, i - 2), i)):
            return None
    v = _tk[k]
    if v.lower_ not in gz.RECORD_LINE_VERBS or not v.text[:1].isupper():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    return v


def _escort_aside(ctx: _Ctx, sent: Span, v: Mention) -> bool:
    """True when the one ship named in ``sent`` is a warship or patrol ship mentioned in passing while the
    sentence's subject is "the vessel"/"the ship" of the story: "the vessel continued under her own power,
    escorted by the destroyer X" (X does not become the ship that "she" and "the ship" refer to next)."""
    if ctx.last_single is None or ctx.last_single.entity == v.entity or not _service_vessel(ctx, v):
        return False
    return any(t.lower_ in gz.SHIP_NOUNS and t.i not in ctx.tok2m and t.i < v.start and t.dep_ in ("nsubj", "nsubjpass")
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in ctx.toks(sent))


def _lemmas(sent: Span | list[Token]) -> set[str]:
    out = set()
    for t in sent:  # one pass: each Span iteration builds new Token objects
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return out


def _negated(tok: Token | None) -> bool:
    """True when ``tok`` or one of its heads (up to the root) is negated.

    A role noun that carries a relation ("its manager, X, did not answer")
    is not negated by the verb it is the subject of: that verb says what the
    role holder did, not whether it holds the role.
    """
    t = tok
    seen = 0
    role = tok is not None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _ROLE_NOUNS
    came = None  # the dependency by which the walk reached ``t``
    while t is not None and seen < 8:
        if t is not tok and t.lemma_.lower() in _CHECK_VERBS and t.pos_ in ("VERB", "AUX"):
            break  # "Reuters could not confirm that the X called at P": unverified, not denied
        role_subject = role and came in ("nsubj", "nsubjpass", "dobj") and t.lemma_.lower() not in ("be", "remain")
        # ("have not accused the ship's operator, X, of wrongdoing": the role holds; the accusation is denied)
        for c in t.children:
            if (c.dep_ == "neg" or c.lower_ in ("never", "neither")) and not role_subject:
                return True
            if c.dep_ == "det" and c.lower_ == "no" and t.pos_ == "NOUN" and not role_subject:
                return True  # "has no licensing agreement with", "no shipment reached"
            if c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ in ("neither", "no", "nobody", "none")
                                                         for x in c.children if x.dep_ in ("preconj", "det")):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("none", "nobody", "nothing", "neither") \
                    and not role_subject:
                return True  # "None of the companies, including X, has been sanctioned"
        if t.head.i == t.i or (t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")):
            break  # "X, which manages the Y, did not respond": the main verb's "not" stays outside the clause
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "X cannot build engines, and Y sends drones to Z": a clause with its own subject keeps its polarity
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _own_tense_and(t):
            break  # "the ship never entered X and docked at Y": the second verb is not under the "never"
        if t is not tok and t.lemma_.lower() in _NEG_STOP_PREPS and t.dep_ == "prep":
            break  # "did not call at X before Y", "no port other than Y": Y is outside the negation
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "parataxis", "conj") and any(
                c.text == ";" and min(t.i, t.head.i) < c.i < max(t.i, t.head.i) for c in t.head.children):
            break  # "X was sanctioned by OFAC; Y has not been designated": a semicolon ends the clause
        came = t.dep_ if came in (None, "appos", "conj", "compound") else came
        t = t.head
        seen += 1
    return False


_ROLE_NOUNS = (OWNER_WORDS | LEAD_TITLES | AFFIL_TITLES) - {"interest", "charter_no"}


_NEG_STOP_PREPS = frozenset({"before", "after", "than", "except", "besides"})
_SEMI_CLAUSE_DEPS = frozenset(get_string_id(d) for d in ("ccomp", "parataxis", "conj"))
"""Dependencies by which the parser may hang the clause before a semicolon on the clause after it."""
_PREP_DEP = get_string_id("prep")


def _own_tense_and(t: Token) -> bool:
    """``t``, a verb conjunct, is finite in its own right (past or present tense, not a bare form or a
    participle that shares the first verb's auxiliary) and joined by "and"/"but": "the ship never entered
    that port and docked at Y", where the negation of the first verb does not reach the second. "did not
    load or discharge", "has not loaded and discharged" (shared auxiliary) keep the negation."""
    h = t.head
    if any(c.dep_ == "cc" and c.lower_ == "but" and h.i < c.i < t.i for c in h.children):
        return True  # "were not unloaded there but resold in X": "but" turns the polarity
    if any(c.dep_ == "advmod" and c.lower_ in ("instead", "rather") for c in t.children):
        return True  # "never went to P and instead unloaded at Q" (whatever tag the verb got)
    if t.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in h.children) and t.tag_ == "VBD" and h.tag_ == "VBN":
        return False  # "had not loaded and discharged": the tagger's VBD for a participle sharing "had"
    return any(c.dep_ == "cc" and c.lower_ in ("and", "but") and h.i < c.i < t.i for c in h.children)
# label and word ids (spaCy's symbol ids for the labels that have one, else hashes) and POS ids for :meth:`_Ctx.negated`, the table form of :func:`_negated`
_SUBJ_DEPS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass"))
_ROLE_ARG_DEPS = _SUBJ_DEPS | {get_string_id("dobj")}
"""A role noun's places under a negated verb that leave the role standing ("its manager, X, did not reply",
"prosecutors have not accused the ship's operator, X, of wrongdoing")."""
_SUBJ_DEP_ARR = numpy.array(sorted(_SUBJ_DEPS), dtype="uint64")
_PASS_DEPS = frozenset(get_string_id(d) for d in ("appos", "conj", "compound"))
_CLAUSE_DEPS = frozenset(get_string_id(d) for d in ("relcl", "acl"))
_ADVCL_DEP = get_string_id("advcl")
_CONJ_DEP = get_string_id("conj")
_AMOD_DEP = get_string_id("amod")
_COMPOUND_DEP = get_string_id("compound")
_ARG_DEPS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"))
_NEG_DEP = get_string_id("neg")
_SEMICOLON = get_string_id(";")
_DET_DEP = get_string_id("det")
_NO_HASH = get_string_id("no")
_NEG_DET_DEP_ARR = numpy.array(sorted([get_string_id("preconj"), get_string_id("det")]), dtype="uint64")
_NEG_DET_ARR = numpy.array(sorted([get_string_id(w) for w in ("neither", "no", "nobody", "none")]), dtype="uint64")
_NEVER_ARR = numpy.array(sorted([get_string_id(w) for w in ("never", "neither")]), dtype="uint64")
_NOBODY_ARR = numpy.array(sorted([get_string_id(w) for w in ("none", "nobody", "nothing", "neither")]), dtype="uint64")
_NOUN_ID = spacy_symbols.NOUN
_NOUN_POS = frozenset((spacy_symbols.NOUN, spacy_symbols.PROPN))
_VERB_POS = frozenset((spacy_symbols.VERB, spacy_symbols.AUX))
_HEDGE_VERBS = {"suspect", "speculate", "believe", "think", "appear", "seem", "assume", "suggest"}
_OPEN_MARKS = {"whether", "if"}
_PREVENT_VERBS = {"bar", "prevent", "stop", "block", "forbid", "deter", "keep"}


def _prevented(anchor: Token) -> bool:
    """True when ``anchor`` is a gerund kept from happening: "was barred from docking at P", "Turkey prevented
    the X from docking at P" (the verb of prevention, then "from" + the anchor), or one the text sets aside:
    "Far from calling at P, ..."."""
    if _set_aside(anchor):
        return True  # "Far from calling at P", "Rather than calling at P", "Instead of docking at P"
    t = _clause_verb(anchor)
    if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "from" and t.head.head.lemma_.lower() in _PREVENT_VERBS \
            and t.lemma_.lower() in _PREVENTABLE:
        return not any(c.dep_ == "neg" for c in t.head.head.children)  # ("was not barred from docking")
    if t.lemma_.lower() in _PREVENT_VERBS and anchor.dep_ == "pobj" and anchor.head.head.i == t.i and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.tag_ == "VBG" and g.lemma_.lower() in _PREVENTABLE for g in c.children) for c in t.children):
        return not any(c.dep_ == "neg" for c in t.children)  # "at P" hung on "barred" itself, beside "from docking"
    return False


_ASIDE_OPENERS = {"from": "far", "than": "rather", "of": "instead"}
"""The preposition and its adverb that set a gerund aside: "far from", "rather than", "instead of"."""


def _set_aside(anchor: Token) -> bool:
    """True when ``anchor`` (a port) is where a gerund the text sets aside goes: "Far from calling at P",
    "The X, far from calling at P, stayed off Crete", "Rather than calling at P", "Instead of docking at P"
    (read from the words: the tagger may take "docking" for a noun)."""
    p = anchor.head
    if p.dep_ != "prep" or p.lower_ not in ("at", "in", "into", "to"):
        return False
    w = p.head  # the gerund
    if not (w.lower_.endswith("ing") and w.lemma_.lower().removesuffix("ing") in _PREVENTABLE | {"dock", "call"}
            or w.lemma_.lower() in _PREVENTABLE):
        return False
    h = w.head
    adv = _ASIDE_OPENERS.get(h.lower_)
    return adv is not None and w.dep_ in ("pcomp", "pobj") and (
        h.head.lower_ == adv or any(c.lower_ == adv for c in h.children) or
        h.i > 0 and h.doc[h.i - 1].lower_ == adv)


_PREVENTABLE = frozenset({"dock", "call", "berth", "unload", "discharge", "offload", "land", "moor", "load",
                          "deliver", "reach", "arrive"})
"""Port calls and cargo work a ship can be kept from ("barred from docking at P"; not "from leaving P", where it
was, nor "banned from entering EU ports", a sanction)."""


def _counterfactual(anchor: Token) -> bool:
    """True for "would/could have" + participle: "would have called at P had it not been seized" (it did not;
    kept as speculation, not as fact). The verb is :func:`_clause_verb`'s."""
    v = _clause_verb(anchor)
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return bool(aux & {"would", "could", "might"}) and "have" in aux and v.tag_ == "VBN"


def _ends_with_question_mark(sent: Span) -> bool:
    """Whether the last token of ``sent`` that is not white space is "?" (read from the tokens: ``Span.text``
    rebuilds the sentence's string on every call, and this is asked for every candidate)."""
    doc, k = sent.doc, sent.end - 1
    while k > sent.start and doc[k].is_space:
        k -= 1
    return doc[k].text == "?"


def _open_question(anchor: Token) -> bool:
    """True when ``anchor``'s clause, or one it sits in, is an open question or a condition: "It is unclear
    whether the X docked at P", "questioned whether", "trying to determine whether", "If the X calls at P,
    it will be sanctioned" (the clause's "whether"/"if" marks it; neither says it happened)."""
    t, seen = anchor, 0
    while seen < 8:
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in t.children):
            return True
        if t.head.i == t.i or _reduced_relative(t):
            break
        t, seen = t.head, seen + 1
    return False
_ALLEGE_VERBS = {"allege", "accuse", "claim"}


def _hedged(sent: Span, anchor: Token, words: set[str] = HEDGES, verbs: set[str] = _HEDGE_VERBS) -> bool:
    """True when a hedge in ``sent`` governs the relation anchored at ``anchor``.

    A hedge ("may", "possibly", "is believed to") bears on the verb it
    modifies and what that verb governs. The relation is hedged when that verb
    is ``anchor`` or one of its heads, unless ``anchor`` reaches the verb
    through its subject and the verb is not itself a relation trigger:
    in "shipments of shells to X may have ceased" the shipping happened;
    only its stopping is uncertain. ``words`` / ``verbs``: the hedge words and
    those of them that are verbs governing their complement (``ALLEGE``,
    ``_ALLEGE_VERBS`` for allegations).
    """
    triggers = _CARGO_TRIGGERS_OR_VISIT_TRIGGERS_ETC | AGREE_TRIGGERS
    doc = sent.doc
    # each token's lemma and lower-case form read from the document's columns (``words_[hash]``), not from
    # a new Token per word: only the hedge words themselves become Tokens
    words_ = lower_words(doc.vocab.strings)
    lemmas, lowers, toks = doc_column(doc, LEMMA, as_list=True), doc_column(doc, LOWER, as_list=True), doc_tokens(doc)
    for i in range(sent.start, sent.end):
        lem = words_[lemmas[i]]
        if lem not in words and words_[lowers[i]] not in words:
            continue
        h = toks[i]
        if lem == "may" and h.tag_ != "MD":
            continue  # "called at X in May and at Y in June": the month, not the modal
        gov = h if lem in verbs and h.pos_ in ("VERB", "AUX") else h.head
        t, came, seen = anchor, None, 0
        while seen < 10:
            if t.i == gov.i:
                if came in ("nsubj", "nsubjpass", "csubj") and gov.lemma_.lower() not in triggers:
                    break
                if came == "nsubjpass" and gov.lemma_.lower() in ("reach", "contact"):
                    break  # "X's owner, Y, could not be reached for comment": no port is reached
                return True
            if t.head.i == t.i or _reduced_relative(t):
                break
            came = t.dep_  # the edge by which the walk enters the next head
            t, seen = t.head, seen + 1
    return False


_STATUS_PARTICIPLES = {"sanction", "designate", "list", "blacklist", "own", "manage", "operate", "flag", "register",
                       "base", "headquarter", "control", "found", "run", "charter"}
"""Participles that give a noun's standing (designated, owned, flagged), not an event of the story."""


def _reduced_relative(t: Token) -> bool:
    """True for a participle that gives a noun's standing ("the Russian group sanctioned by the United States",
    "a tanker owned by X", :data:`_STATUS_PARTICIPLES`): what it says is given as a fact about the noun, so a
    hedge or denial further up
    ("officials suspect X of acting for the group sanctioned by ...") does not reach it."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN") and \
        t.lemma_.lower() in _STATUS_PARTICIPLES and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children)
    # (not "reports that the tanker had loaded at X": a clause of its own, with its subject; and not an
    # event, "a tanker loaded at P": where it loaded may be just what is denied)


_FILTER_OTHER = True  # goods only when they take part in a relation (measured: same F1, better precision)
_REPORTED_ACTOR_FALLBACK = True  # the busiest actor of a sentence with no other pick (the sample article's outlets; 2 right, 4 wrong on dev)
_REPORTED_NEEDS_ACTOR = True  # a REPORTED object must be an actor of the document (shipper, supplier, voyager)
_BY_NOUNS = {"review", "report", "publish", "quote", "compile", "analyse", "analyze", "carry", "see", "statement",
             "data", "analysis", "finding", "imagery", "study", "investigation", "assessment", "release", "cite"}
_ORG_REF = {"shipyard": "Company", "institute": None, "office": None, "agency": None, "command": None, "ministry": None, "group": None, "company": "Company",
            "firm": "Company", "daily": "MediaOrganization", "newspaper": "MediaOrganization",
            "website": "MediaOrganization", "outlet": "MediaOrganization", "navy": None, "department": None,
            "institute": None, "organisation": None, "organization": None, "operator": "Company",
            "owner": "Company", "manager": "Company", "army": None, "service": None, "coalition": None,
            "council": None, "regulator": None, "government": None, "carrier": "Company", "club": None,
            "directorate": None, "museum": None, "authority": None, "commission": None, "bureau": None,
            "airline": "Company", "broker": "Company", "trader": "Company", "committee": None, "panel": None,
            "forwarder": "Company", "brigades": "ArmedForce", "brigade": "ArmedForce", "militia": "ArmedForce",
            "guard": None, "forum": None, "centre": None, "center": None, "foundation": None, "alliance": None,
            "network": None, "initiative": None, "project": None, "unit": "ArmedForce", "battalion": "ArmedForce",
            "regiment": "ArmedForce", "fleet": None, "flotilla": None, "lab": None, "laboratory": None,
            "university": None, "observatory": None, "consultancy": "Company"}


_NOT_COMPANY = ("MediaOrganization", "GovernmentAgency", "ArmedForce", "ResearchOrganization")
"""Organisation classes that "the company"/"the firm"/"the group" does not refer to by topic salience."""
_TOLD_OUTLET = False  # "an agent told Reuters": the outlet told is no source (dev README: anonymous sources give none)
_SOURCE_CUES = SAY_VERBS | _BY_NOUNS | {"according", "per", "list", "lists"}
_FINDING_VERBS = {"establish", "determine", "document", "verify", "observe", "detect", "learn", "discover"}
"""Verbs of finding out that make their subject a source only with a clause ("investigators established
that the ship ...", not "established a company")."""
# the lemmas :func:`_sources` reads a source from
_SOURCE_LEMMAS = SAY_VERBS | _BY_NOUNS | _FINDING_VERBS | {"list"}
# an unnamed speaker credited to the body it works for: "a person at the port authority said"
_PERSON_AT = {"person", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "representative",
              "officer", "employee", "source", "sources", "investigators", "researchers"}
# what "according to" may name instead of the source itself: "according to the information available to X"
_INFO_NOUNS = {"information", "data", "document", "record", "review", "analysis", "finding", "estimate",
               "figure", "statement", "report", "assessment", "investigation", "calculation", "imagery",
               "image", "photo", "photograph", "footage"}
# "X data show", "data from X show": the parser may read the verb as a noun after "data"
_DATA_SHOW = {"show", "shows", "showed", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested"}
_DATA_NOUNS_SHOW = {"data", "imagery", "images", "figures", "records", "statistics", "estimates", "photos",
                    "photographs", "footage"}


_STATEMENT_LEMMAS = frozenset({"statement", "say", "tell", "write", "add", "reply", "respond", "email", "letter"})


def _quote_speakers(ctx, sents: list[Span], known: dict[int, list[Mention]]) -> dict[int, Mention]:
    """Sentence start -> speaker, for the sentences of a statement quoted over several sentences, which name
    no source of their own: 'The company's lawyer, X, sent a long statement. "My client rejects ... It did
    not sell diesel to Y. ..."' The quotation opens a sentence and runs until its closing mark; its speaker
    is a source named in one of its sentences (the closing '..., she said' of a named speaker), else the
    subject of the sentence before it, when that sentence speaks of a statement or ends with a colon.
    ``known``: the sources already found per sentence start (the others are read as needed)."""
    out: dict[int, Mention] = {}
    i = 0
    while i < len(sents):
        text = ctx.sent_text(sents[i]).strip()
        if text[:1] not in ('"', "“") or not _quote_open_after(text, False) and text[-1:] not in ('"', "”"):
            i += 1  # (a quotation that closes inside its one sentence is a phrase, not a statement)
            continue
        j, open_ = i, _quote_open_after(text, False)
        while open_ and j + 1 < len(sents) and j - i < 30:
            j += 1
            open_ = _quote_open_after(ctx.sent_text(sents[j]), True)
        if open_:  # never closed: no quotation to speak of
            i += 1
            continue
        block = sents[i:j + 1]
        speaker = next((m for b in block for m in (known.get(b.start) if b.start in known else _sources(ctx, b))
                        if m.type in ("Person", "Organization")), None)
        if speaker is None and i > 0:
            prev = sents[i - 1]
            if ctx.lemmas(prev) & _STATEMENT_LEMMAS or ctx.sent_text(prev).rstrip().endswith(":"):
                root = prev.root
                speaker = next((m for c in root.children if c.dep_ == "nsubj" for m in [_source_role(ctx, c)]
                                if m is not None and m.type in ("Person", "Organization")), None)
        if speaker is not None:
            for b in block:
                out[b.start] = speaker
        i = j + 1
    return out


def _quote_open_after(text: str, open_: bool) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether it was at its start (``open_``):
    a straight quotation mark opens or closes by turns, a curly one by its shape."""
    for c in text:
        if c == '"':
            open_ = not open_
        elif c == "“":
            open_ = True
        elif c == "”":
            open_ = False
    return open_


def _source_role(ctx: _Ctx, tok: Token) -> Mention | None:
    """The organisation or person a token in a source position stands for."""
    mm = ctx.m(tok)
    if mm is None:
        if _is_title(tok):  # "X's spokesman, Y, said": the named person speaks, not the body
            for c in tok.children:
                if c.dep_ == "appos" and ctx.m(c) is not None and ctx.m(c).type == "Person":
                    return ctx.m(c)
            last = ctx.m(tok.doc[tok.right_edge.i])
            if last is not None and last.type == "Person" and last.end == tok.right_edge.i + 1 \
                    and last.start > tok.i:
                return last  # "Ambassador to X Ivan Petrov told ...": the name closes the title
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "nmod", "appos") and ctx.m(c) is not None and \
                    ctx.m(c).type in ("Organization", "Person"):
                return ctx.m(c)
        for c in tok.subtree:  # "The state-run IRNA news agency"
            if c.i < tok.i and c.dep_ in ("compound", "nmod", "poss", "amod") and ctx.m(c) is not None and \
                    ctx.m(c).type in ("Organization", "Person"):
                return ctx.m(c)
        if any(c.dep_ in ("compound", "nmod") and c.text[:1].isupper() and c.i != c.sent.start
               for c in tok.children):
            return None  # a named thing we did not recognise; not a back-reference
            # (a capital that only opens the sentence, "Satellite imagery from X shows", names nothing)
        if tok.lower_ in ("which", "who") and tok.head.dep_ == "relcl":
            return _source_role(ctx, tok.head.head)
        if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj":
            # "He said the tanker had been escorted to X": the person named last, within about two sentences
            # (not a name inside a quotation: "Switch off AIS after X," she says)
            prev = next((m for m in reversed(ctx.ms) if m.end <= tok.i and m.type == "Person"), None)
            if prev is None or tok.i - prev.end > 60:
                return None
            before = ctx.doc.text[ctx.doc[prev.start].sent.start_char:ctx.doc[prev.start].idx]
            quoted = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            return None if quoted else prev
        if tok.lower_ in _PERSON_AT or tok.lemma_.lower() in _INFO_NOUNS or tok.lower_ in _INFO_NOUNS:
            # "a person at the port authority said", "according to the information available to the Ministry"
            for c in tok.subtree:
                if c.dep_ == "pobj" and c.head.lower_ in ("at", "of", "for", "from", "to", "by", "with") \
                        and c.head.i > tok.i:
                    m = ctx.m(c) or (ctx.org_ref(c) if c.pos_ == "NOUN" else None) or next(
                        (ctx.m(a) for a in c.children if a.dep_ == "appos" and ctx.m(a) is not None), None)
                    # ("data from the ship-tracking service X shows": the service's named appositive)
                    if m is not None and m.type == "Organization":
                        return m
        if tok.lemma_.lower() in _REPORT_NOUNS and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their") for c in tok.children):
            return _report_author(ctx, tok)  # "the report says", "the study found": whose report it is
        return ctx.org_ref(tok)
    return mm if mm.type in ("Organization", "Person") else None


_FORCE_REF = {"guard", "force", "forces"}
"""Nouns for an armed body named before ("a spokesman for the coast guard", "for the force")."""
_REPORT_NOUNS = {"report", "study", "investigation", "analysis", "assessment", "review", "paper", "survey",
                 "finding", "findings", "dossier", "briefing"}
_PUBLISH_VERBS = {"publish", "release", "issue", "produce", "compile", "present", "prepare", "write", "launch"}


def _report_author(ctx: _Ctx, tok: Token) -> Mention | None:
    """Who wrote the report that a back-reference ("the report says", "the study found") names.

    News names a report's author once ("according to a report published by X", "X's report",
    "a study from X", "X published a report") and then cites "the report". The author is the
    last Organization or Person before ``tok`` that such a phrase ties to a report noun.

    Parameters
    ----------
    ctx : _Ctx
    tok : Token
        A report noun (:data:`_REPORT_NOUNS`) with a definite determiner or "its".

    Returns
    -------
    Mention or None
        The author's latest mention before ``tok``; None when no earlier phrase names one.
    """
    for m in reversed(ctx.ms):
        if m.start >= tok.i or m.type not in ("Organization", "Person"):
            continue
        r = _root_in(ctx, m)
        if r.dep_ == "appos" and r.head.i != r.i:
            r = r.head  # "by the watchdog X"
        h = r.head
        if r.dep_ == "poss" and h.lemma_.lower() in _REPORT_NOUNS:
            return m  # "X's report"
        if r.dep_ == "pobj" and h.lower_ in ("by", "from", "of"):
            n = h.head
            if n.lemma_.lower() in _PUBLISH_VERBS and n.dep_ in ("acl", "relcl"):
                n = n.head  # "a report published on Monday by X"
            if n.lemma_.lower() in _REPORT_NOUNS:
                return m
        if r.dep_ == "nsubj" and h.lemma_.lower() in _PUBLISH_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _REPORT_NOUNS for c in h.children):
            return m  # "X published a report"
    return None


def _quoted_as_saying(verb: Token) -> Token | None:
    """The clause of "X was quoted (by Y) as saying [clause]" when ``verb`` is that "quoted", else None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.dep_ == "pcomp" and g.lemma_.lower() in SAY_VERBS:
                    return next((x for x in g.children if x.dep_ == "ccomp"), None)
    return None


def _relayed_source(ctx, s: Mention) -> bool:
    """True when source ``s`` is the one an outlet cites or quotes, or the outlet quoting a speaker ("Kyodo,
    citing the ministry, reported", "TASS, quoting the minister, said", "X, quoted by Trend, said"): it
    reports what the sentence's other source reports."""
    r = _root_in(ctx, s)
    if r.dep_ == "appos" and r.head.i != r.i:
        r = r.head
    h = r.head
    if r.dep_ == "dobj" and h.lemma_.lower() in ("cite", "quote"):
        return True
    return r.dep_ == "pobj" and h.lower_ == "by" and h.head.lemma_.lower() in ("quote", "cite")


_CARRIED_WORDS = frozenset({"statement", "report", "remark", "comment", "interview", "story", "quote", "claim",
                            "announcement", "message", "video", "footage", "photo", "article"})
"""What an outlet "carries" when the verb reports speech ("state media carried the statement")."""


def _sources(ctx: _Ctx, sent: Span) -> list[Mention]:
    """Who the sentence attributes its content to ("according to X", "X said", "as per X")."""
    if not (ctx.lemmas(sent) & _SOURCE_CUES):
        return []  # no cue word: nothing below can fire
    out = []
    lw, fw, toks = ctx.lemma_list(), ctx.form_list(), ctx.tokens()
    # every branch below needs one of these words: only their tokens are visited
    for i in [i for i in range(sent.start, sent.end) if lw[i] in _SOURCE_LEMMAS or fw[i] in ("according", "per")]:
        lem = lw[i]  # the lemma, lower-cased
        t = toks[i]
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            for c in t.children:
                for p in c.children:
                    if p.dep_ == "pcomp":  # "according to tracking data from X": "tracking" parsed as a verb
                        for d in p.children:
                            if d.dep_ == "dobj" and (m := _source_role(ctx, d)):
                                out.append(m)
                    if p.dep_ == "pobj":
                        apps = [a for a in p.children if a.dep_ == "appos"] if ctx.m(p) is None else []
                        for q in [p, *_attribution_conjuncts(p), *apps]:
                            m = _source_role(ctx, q)
                            if m:
                                out.append(m)
        elif t.lower_ == "per" and t.i > 0 and (t.nbor(-1).lower_ == "as" or t.nbor(-1).text == ","):
            # "as per X", and the trade-press ", per X" at a clause's end ("per barrel" names no body)
            for p in t.children:
                if p.dep_ == "pobj" and (m := _source_role(ctx, p)) and (
                        t.nbor(-1).lower_ == "as" or m.type == "Organization"):
                    out.append(m)
        elif lem == "list":
            # "The shipping database X lists the tanker's registered owner as Y", "X lists no manager": a record
            # the database keeps (not a body's listing: "the EU lists X", which is a designation)
            if t.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) and not any(
                    x.lower_ in _SANCTION_WORDS and x.i != t.i for x in ctx.toks(sent)):
                out += [m for c in t.children if c.dep_ == "nsubj" for m in [ctx.m(c)]
                        if m is not None and m.type == "Organization" and not _is_body(m)]
        elif t.lower_ in _DATA_SHOW and not any(c.dep_ == "nsubj" for c in t.children) and \
                (m := _data_show_source(ctx, sent, t)):
            out.append(m)  # "..., Vortexa data show.", "Data from X show that ...": the parser lost the subject
        elif (lem in SAY_VERBS or lem in _FINDING_VERBS and any(c.dep_ == "ccomp" for c in t.children)) and \
                t.pos_ in ("VERB", "AUX") and not any(
                (c.dep_ == "prt" and c.lower_ == "out" and lem != "point") or (c.dep_ == "dobj" and lem == "add")
                or (c.dep_ == "dobj" and lem == "claim" and (c.ent_type_ in ("MONEY", "QUANTITY") or any(
                    x.ent_type_ == "MONEY" or x.text in ("$", "€", "£") for x in c.subtree)))
                for c in t.children):
            # ("X, which claims $1.4 million for unpaid bunkers": a money claim, not a statement)
            # "the seizure was carried out", "added the tanker to its list": not speech verbs
            if lem == "carry" and not any(c.dep_ == "agent" or c.dep_ == "dobj" and c.lemma_.lower() in _CARRIED_WORDS
                                          for c in t.children):
                continue  # "X hired the tanker to carry crude": goods carried, not a statement ("carried by X")
            subj = [c for c in t.children if c.dep_ in ("nsubj",)]
            if len(subj) > 1:  # "X, which the government says arranged ...": the speaker is the noun
                subj = [c for c in subj if c.lower_ not in ("which", "who", "that")]
            if not subj and (named := _name_before_verb(ctx, t)) is not None:
                out.append(named)  # "..., Baltic News Agency (BNA) reported.": the parser missed the subject
            elif not subj and t.dep_ in ("advcl", "xcomp", "conj") and not any(
                    c.dep_ in ("nsubjpass", "auxpass", "agent") for c in t.children):
                subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            n_before = len(out)
            if not subj and lem == "quote" and _quoted_as_saying(t) is not None:
                # "X was quoted by Interfax as saying the ship had left": the speaker and the outlet
                subj = [c for c in t.children if c.dep_ == "nsubjpass"] + [
                    q for c in t.children if c.dep_ == "agent" for q in c.children if q.dep_ == "pobj"]
            for c in subj:
                for q in [c, *c.conjuncts]:
                    m = _source_role(ctx, q)
                    if m:
                        out.append(m)
            if _TOLD_OUTLET and lem == "tell" and len(out) == n_before and not any(c.pos_ == "PROPN" for c in subj):
                # (a named speaker we did not recognise, "Transport Malta told Lloyd's List": not the outlet)
                # "a shipping agent told Reuters": an unnamed speaker, the named outlet carries the report
                for c in t.children:
                    if c.dep_ in ("dobj", "dative") and (m := ctx.m(c)) is not None and m.type == "Organization":
                        out.append(m)
            for c in t.children:  # "as stated by X", "as reported by X"
                if c.dep_ == "agent" and not subj and (t.dep_ == "acl" or any(
                        x.lower_ == "as" and x.dep_ == "mark" for x in t.children)):
                    # ("an investigation published on Monday by X": a participle on a report noun too)
                    for q in c.children:
                        if q.dep_ == "pobj":
                            # "as stated by the head of the agency, General X": the named person first
                            apps = [a for a in q.subtree if a.dep_ == "appos" and ctx.m(a) is not None
                                    and ctx.m(a).type == "Person"] if ctx.m(q) is None else []
                            m = ctx.m(apps[0]) if apps else _source_role(ctx, q)
                            if _is_title(q) and (named := _named_after_title(ctx, q)) is not None:
                                m = named  # "as stated by the head of X, Lieutenant General Y": Y speaks
                            if m is None and _is_title(q):
                                m = _org_in(ctx, list(q.subtree), ctx.ms[0]) if ctx.ms else None
                            if m is not None and m.type in ("Organization", "Person"):
                                out.append(m)
        elif lem in _BY_NOUNS and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            # ("the work was carried out by X": X did the work, it is no source)
            if lem == "cite" and t.pos_ == "VERB":
                # "..., the report says, citing tracking data from X" / "citing X": X is a source too
                for c in t.children:
                    if c.dep_ == "dobj" and (m := _source_role(ctx, c)) is not None:
                        out.append(m)
            for c in t.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj" and (m := _source_role(ctx, p)):
                            out.append(m)
                if c.dep_ == "poss" and lem in ("finding", "report", "analysis", "statement", "data", "assessment") \
                        and (m := _source_role(ctx, c)):
                    out.append(m)
    return list({m.entity: m for m in out if m is not None}.values())



def _data_show_source(ctx: _Ctx, sent: Span, t: Token) -> Mention | None:
    """The organisation whose data "show" something when the parser did not find the verb's subject.

    "..., Vortexa data show.", "Ship-tracking data from Vortexa show that ...": a data noun
    (:data:`_DATA_NOUNS_SHOW`) stands one or three words before ``t`` (a form of "show", "indicate",
    "suggest"), and the organisation is named within the four words before ``t``.

    Parameters
    ----------
    ctx : _Ctx
    sent : spacy.tokens.Span
    t : spacy.tokens.Token
        The "show" token, with no nominal subject in the parse.

    Returns
    -------
    Mention or None
        The Organization mention nearest before ``t``, or None.
    """
    toks = ctx.tokens()
    lo = max(sent.start, t.i - 4)
    if not any(toks[k].lower_ in _DATA_NOUNS_SHOW for k in range(max(sent.start, t.i - 3), t.i)):
        return None
    for k in range(t.i - 1, lo - 1, -1):
        m = ctx.m(toks[k])
        if m is not None and m.type == "Organization":
            return m
        if toks[k].is_punct and toks[k].text not in ("-", "'s", "’s"):
            return None
    return None


def _name_before_verb(ctx, verb: Token) -> Mention | None:
    """The organisation or person named right before a closing speech verb after a comma:
    "..., Baltic News Agency (BNA) reported." (a parenthesised short form between them is skipped), or before
    a post set off by commas: "..., X, spokesperson for Y, told reporters."

    Returns
    -------
    Mention or None
        An Organization/Person mention that a comma opens; None otherwise.
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = verb.i - 1
    if k >= 0 and _tk[k].text == ")":
        while k > verb.sent.start and _tk[k].text != "(":
            k -= 1
        k -= 1
    elif k > verb.sent.start and _tk[k].text == ",":
        # "..., Commodore X, spokesperson for the coast guard, told reporters.": the name before the post
        j = k - 1
        while j > max(verb.sent.start, k - 10) and _tk[j].text != ",":
            j -= 1
        if _tk[j].text == "," and any(_is_title(_tk[x]) for x in range(j + 1, k)):
            k = j - 1
    m = ctx.tok2m.get(k) if k >= 0 else None
    if m is None or m.type not in ("Organization", "Person") or m.end != k + 1:
        return None
    j = m.start - 1
    while j > verb.sent.start and (_tk[j].lower_ in _EXTRA_OR_TITLE_FILLERS or
                                   _tk[j].lower_.rstrip(".") in _RANK_WORDS and _tk[j].is_title):
        j -= 1  # ", the state news agency X reported", ", Commodore X, ... said"
    return m if j > verb.sent.start and _tk[j].text == "," else None


def _named_after_title(ctx, q: Token) -> Mention | None:
    """The person named right after a title phrase and a comma: "the head of the X agency,
    Lieutenant General Y" (the parser often hangs Y elsewhere). Rank and title words between
    the comma and the name are skipped; None when no person follows."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = q.right_edge.i + 1
    if k >= len(doc) or _tk[k].text != ",":
        return None
    k += 1
    while k < len(doc) and k not in ctx.tok2m and (_is_title(_tk[k]) or _tk[k].lower_ in _TITLE_FILLERS):
        k += 1
    m = ctx.tok2m.get(k)
    return m if m is not None and m.type == "Person" and m.start == k else None


def _attribution_conjuncts(p: Token) -> list[Token]:
    """Conjuncts of the name after "according to" that still belong to the attribution.

    News puts a comma after "according to X": in "According to X, A and B moved ..."
    the parser may still hang A and B on X as conjuncts, but a comma right after X
    ends the attribution; A and B are what the source reports on (see
    :func:`_misattached_subjects`).
    """
    out = []
    for q in p.conjuncts:
        if q.i > p.i and q.left_edge.i > 0 and p.doc[q.left_edge.i - 1].text == ",":
            break
        out.append(q)
    return out


def _misattached_subjects(p: Token) -> list[Token]:
    """The conjuncts of an "according to" name that :func:`_attribution_conjuncts` cut off."""
    kept = set(t.i for t in _attribution_conjuncts(p))
    return [q for q in p.conjuncts if q.i > p.i and q.i not in kept]


def _root_in(ctx: _Ctx, m: Mention) -> Token:
    """The syntactic root of mention ``m``'s tokens, found once per span (a Span and its root cost microseconds)."""
    key = (m.start, m.end)
    root = ctx.root_cache.get(key)
    if root is None:
        root = ctx.root_cache[key] = ctx.doc[m.start:m.end].root
    return root


_SUMMARY_NOUNS = frozenset({"arrangement", "deal", "claim", "allegation", "accusation", "charge", "account",
                            "agreement", "report", "assertion"})
"""Nouns that sum up the clause before them in an apposition ("..., an arrangement both governments deny")."""


def _modality(sent: Span, anchor: Token | None, sources: list[Mention], ctx: "_Ctx | None" = None) -> str:
    if anchor is not None and (ctx.negated(anchor) if ctx is not None else _negated(anchor)):
        return "negated"
    if anchor is not None and _prevented(anchor):
        return "negated"  # "was barred from docking at P", "Turkey prevented the X from docking at P"
    if anchor is not None and (_ends_with_question_mark(sent) or _counterfactual(anchor) or (
            (ctx.lemmas(sent) if ctx is not None else _lemmas(sent)) & _CHECK_VERBS and _unverified(anchor))):
        # "Did the X call at P?", "would have called at P had it not been seized", "Reuters could not confirm
        # that the X called at P"
        return "speculated"
    lem = ctx.lemmas(sent) if ctx is not None else _lemmas(sent)
    if lem & DENY and anchor is not None:
        deniers = [t for t in sent if t.lemma_.lower() in DENY and anchor.is_ancestor(t) is False
                   and t.is_ancestor(anchor) and not _via_subject(anchor, t) and not _via_reduced_relative(anchor, t)]
        if deniers and all(_confirm_nor_deny(t) for t in deniers):
            return "alleged"  # "X neither confirmed nor denied that the ship docked at P": a claim, unsettled
        if any(not any(c.dep_ == "neg" for c in t.children) for t in deniers):
            return "denied"
        if deniers:
            return "alleged"  # "Iran never denied sending drones": a claim its subject has not denied
        # no denial governs the anchor ("X, an official at Y, denied the claim": the apposition is the
        # writer's): the checks below, as in a sentence without one
    if lem & DENY and anchor is not None and any(
            c.dep_ in ("npadvmod", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in _SUMMARY_NOUNS and any(
                v.dep_ == "relcl" and v.lemma_.lower() in DENY and not any(x.dep_ == "neg" for x in v.children)
                for v in c.children) for c in anchor.children):
        return "denied"  # "X offered Y berthing rights in return for weapons, an arrangement both governments deny"
    if anchor is not None and lem & _REFUTE_WORDS and _refuted(anchor):
        return "denied"  # "Posts alleging that the X ferried drones to P appear to be mistaken"
    if lem & ALLEGE and (anchor is None or _hedged(sent, anchor, ALLEGE, _ALLEGE_VERBS)):
        return "alleged"
    if anchor is not None and lem & _OPEN_MARKS and _open_question(anchor):
        return "speculated"
    if lem & HEDGES and (_hedged(sent, anchor) if anchor is not None else
                         lem & HEDGES != {"may"} or any(t.tag_ == "MD" and t.lower_ == "may" for t in sent)):
        return "speculated"
    if sources or anchor is not None and (lem & SAY_VERBS or "accord" in lem or "according" in lem) \
            and _anonymous_source(anchor):
        return "reported"
    return "asserted"


_REFUTE_WORDS = frozenset({"mistaken", "false", "wrong", "untrue", "unfounded", "incorrect", "baseless", "inaccurate",
                           "erroneous", "fabricated", "bogus", "groundless"})
"""What a text calls a claim it refutes ("the reports appear to be mistaken")."""


def _refuted(anchor: Token) -> bool:
    """True when ``anchor`` lies inside the subject of a clause that calls it wrong: "Posts alleging that the X
    ferried drones to P appear to be mistaken", "Reports that the ship called at P are false" (the claim is
    the subject of a verb, or of its complement, whose predicate is one of :data:`_REFUTE_WORDS`)."""
    t, seen = anchor, 0
    while t.head.i != t.i and seen < 12:
        if t.dep_ in ("nsubj", "nsubjpass") and (t.lemma_.lower() in _CLAIM_NOUNS or
                                                 t.lemma_.lower() in ("post", "tweet", "account")):
            # (not "That was wrong: the tanker sails under the flag of X", the correction hung on "That")
            v = t.head
            preds = [v, *(c for c in v.children if c.dep_ == "xcomp")]  # (not a ccomp: what the subject says)
            if v.lemma_.lower() in _REFUTE_WORDS or any(
                    c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _REFUTE_WORDS for q in preds for c in q.children):
                return True
        t, seen = t.head, seen + 1
    # the parser often loses such a sentence ("Posts ... alleging that X ferried Y to P in May appear to be
    # mistaken" parsed with "alleging" as its root): read the words, a refuting predicate after the claim, in the
    # same clause, in a sentence that opens with the claim's noun
    if anchor.dep_ in ("amod", "compound", "npadvmod") and anchor.head.pos_ == "PROPN":
        return False  # "the Turkmenistan-flagged X": a description of the name, not the claim
    sent = anchor.sent
    opener = [x for x in sent[:anchor.i - sent.start] if x.pos_ == "NOUN"][:1]
    if not opener or not (opener[0].lemma_.lower() in _CLAIM_NOUNS or opener[0].lemma_.lower() in ("post", "tweet")):
        return False
    for x in sent[anchor.i - sent.start + 1:]:
        if x.text in (",", ";", ":") or x.lower_ in ("but", "while", "although"):
            return False
        if x.lower_ in _REFUTE_WORDS and x.i > 0 and x.doc[x.i - 1].lemma_.lower() in ("be", "seem", "prove"):
            return True
    return False


_ANONYMOUS_SOURCES = gz.ANONYMOUS_SPEAKERS
"""Nouns of speakers the text does not name (:data:`newsgraph.ingest.gazetteers.ANONYMOUS_SPEAKERS`)."""


def _anonymous_source(anchor: Token) -> bool:
    """True when the clause of ``anchor`` is what an unnamed speaker says: "X called at Y, analysts said",
    "investigators say X ...", "according to officials, X ..." (the speaker noun has no name in or on it;
    a named one, "Pentagon officials", is a source :func:`_sources` finds)."""
    def unnamed(n: Token) -> bool:
        return n.lemma_.lower() in _ANONYMOUS_SOURCES and n.ent_type_ == "" and not any(
            c.dep_ in ("compound", "poss") and (c.ent_type_ or c.pos_ == "PROPN") for c in n.children)

    t, seen = anchor, 0
    while seen < 8:
        if _reduced_relative(t):
            break  # "... officials suspect of acting for X, the group sanctioned by Y": a given fact about X
        if t.lemma_.lower() in SAY_VERBS and t.pos_ in ("VERB", "AUX") and t.i != anchor.i and any(
                c.dep_ == "nsubj" and unnamed(c) and not c.is_ancestor(anchor) for c in t.children):
            return True
        if t.lemma_.lower() in ("report", "say", "claim", "allege", "rumour", "rumor") and t.i != anchor.i and \
                any(c.dep_ == "auxpass" for c in t.children) and \
                any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in t.children):
            return True  # "It was reported that the X called at P": by no one named
        if any(c.dep_ == "prep" and c.lower_ == "according" and any(
                p.dep_ == "pobj" and unnamed(p) for q in c.children for p in (q, *q.children)) for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t, seen = t.head, seen + 1
    return False


def _confirm_nor_deny(t: Token) -> bool:
    """True for the "deny" of "neither confirmed nor denied" / "would not confirm or deny": no denial."""
    pair = [t, *t.conjuncts, t.head] if t.dep_ == "conj" else [t, *t.conjuncts]
    return any(x.lemma_.lower() == "confirm" for x in pair) and any(
        w.lower_ in ("neither", "nor", "not", "n't") for x in pair for w in x.children) or \
        t.i > 1 and t.doc[t.i - 1].lower_ in ("nor", "or") and t.doc[t.i - 2].lemma_.lower() == "confirm"


def _via_reduced_relative(anchor: Token, head: Token) -> bool:
    """True when ``anchor`` hangs under ``head`` through a participle that describes a noun
    (:func:`_reduced_relative`): "X denied working with Y, a firm sanctioned by the EU" denies the work, not
    the sanctions."""
    t, seen = anchor, 0
    while t.head.i != t.i and t.i != head.i and seen < 12:
        if _reduced_relative(t):
            return True
        t, seen = t.head, seen + 1
    return False


def _via_subject(anchor: Token, head: Token) -> bool:
    """True when ``anchor`` hangs under ``head`` through ``head``'s subject: in "X, which operates the
    tanker, denied wrongdoing" the denial is X's act, not a denial that X operates the tanker."""
    t, seen = anchor, 0
    while t.head.i != t.i and seen < 12:
        if t.head.i == head.i:
            # (not "the claim that the X sailed to P was denied": the subject is what is denied)
            return t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() not in _CLAIM_NOUNS
        t, seen = t.head, seen + 1
    return False


# ---------------------------------------------------------------- rules
_CARGO_SUBJECTS_V = {"cargo", "cargoes", "shipment", "shipments", "consignment", "consignments", "load", "loads"}
_DISCHARGE_VERBS = {"discharge", "unload", "offload", "land", "deliver"}
_CARGO_PORT_PREPS = {"load": ("at", "in", "from"), "bind": ("for", "to"), "destine": ("for", "to")}
_CARGO_PORT_VERBS = frozenset(_CARGO_PORT_PREPS)


def _cargo_discharged(ctx, sent: Span, ports: list[Mention], out: list[Candidate]) -> None:
    """ "The tanker loaded crude at P five times. Three of those cargoes were discharged at Q": with no ship in
    the sentence, a cargo unloaded at a port was unloaded by the ship named last, when that ship was named
    within the previous sentence. So is goods loaded at or bound for a port ("The ammunition had been loaded
    in P and was bound for Q", :data:`_CARGO_PORT_VERBS` with their prepositions) when the subject is a
    cargo word or goods named with "the".

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        A sentence with ports and no vessel.
    ports : list of Mention
        The sentence's ports.
    out : list of Candidate
        Gets VISITED candidates (rule ``visited.cargo_discharged``).
    """
    v = ctx.last_single
    prev = _prev_sent_start(ctx, sent)
    if v is None or prev is None:
        return
    if v.start < prev and not any(  # the ship named, or referred to, in the sentence before
            t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in ("it", "she") or t.lower_ in gz.SHIP_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children)) for t in ctx.toks(ctx.doc[prev].sent)):
        return
    for p in ports:
        h = _root_in(ctx, p)
        for _ in range(4):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        lem = h.lemma_.lower()
        if lem not in _DISCHARGE_VERBS and lem not in _CARGO_PORT_VERBS or ctx.negated(h) or _planned(h):
            continue
        if lem in _CARGO_PORT_VERBS and not any(c.dep_ == "prep" and c.lower_ in _CARGO_PORT_PREPS[lem]
                                                for c in h.children):
            continue  # "loaded onto a truck", "shipped by rail": no port of the ship's
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and h.dep_ == "conj":  # "had been loaded in P and was bound for Q": the first verb's subject
            subj = [c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        s0 = subj[0]
        words = {s0.lower_} | {q.lower_ for c in s0.children if c.dep_ == "prep" for q in c.children}
        sm0 = ctx.m(s0)
        if words & _CARGO_SUBJECTS_V or lem in _CARGO_PORT_VERBS and sm0 is not None and \
                sm0.type in ("Weapon", "Other") and ctx.doc[s0.i - 1].lower_ in ("the", "this", "that"):
            # "The ammunition had been loaded in P": goods the ship was just said to carry
            out.append(Candidate(v, "VISITED", p, "visited.cargo_discharged", 0.55, sent, h))


def _registry_port(r: Token) -> bool:
    """Whether the port whose head token is ``r`` is a ship's home port or port of registry ("whose home port is
    X", "her port of registry, X", "registered in the port of X"): where it is registered, not a call."""
    for noun in [r.head] if r.dep_ == "appos" else [c for c in r.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if r.dep_ == "attr" else []:
        if noun.lower_ in ("homeport", "home-port") or noun.lower_ == "port" and (
                any(c.lower_ == "home" for c in noun.children) or any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(q.lower_ in ("registry", "registration")
                                                                    for q in c.children) for c in noun.children)):
            return True
    return False


def _rule_visited(ctx, sent, sm, vessels, out):
    ports = [m for m in sm if m.type == "Port"]
    if ports and not vessels and ctx.last_single is not None and \
            gz.port_field_before(doc_text(ctx.doc), ctx.tokens()[ports[0].start].idx):
        vessels = [ctx.last_single]  # "Last port calls: X, Country (loaded, 22 NOV)" in the ship's record
    if not ports and vessels:
        _visited_there(ctx, sent, vessels, out)
    if ports and not vessels and ctx.last_single is not None and (
            ctx.lemmas(sent) & _DISCHARGE_VERBS or ctx.lemmas(sent) & _CARGO_PORT_VERBS):
        _cargo_discharged(ctx, sent, ports, out)
    if not ports or not vessels:
        return
    lem = ctx.lemmas(sent)
    if not (lem & VISIT_TRIGGERS) and not (lem & _VISIT_EXTRA):
        return
    lowers = ctx.forms(sent)
    contradicted = "destination" in lowers and bool(lowers & {"instead", "really", "actually", "false", "fake",
                                                               "spoofed", "masked", "reality", "truth", "fact",
                                                               "falsely", "secretly", "covertly", "bogus"})
    for p in ports:
        if _planned(_root_in(ctx, p)):
            continue  # "will sail to X", "is scheduled to call at X": not (yet) a visit
        if _near_or_tried(ctx, p) or _in_speaker(_root_in(ctx, p)) or _registry_port(_root_in(ctx, p)):
            continue
        if p.end + 1 < sent.end and ctx.doc[p.end].text in ("'s", "’s") and (
                (q := ctx.tok2m.get(p.end + 1)) is not None and q.type == "Port"):
            continue  # "loaded at Dubai's Jebel Ali port": the port is Jebel Ali, Dubai is the emirate it lies in
        declared_denied = _declared_destination(ctx, p) and (contradicted or _arrival_denied(ctx, sent)
                                                             or _port_ruled_out(ctx, sent, p)
                                                             or _call_denied_later(ctx, sent, p)) \
            or _ais_position_contradicted(ctx, sent)
        declared_denied = declared_denied or _voyage_denied_near(ctx, sent, p) or (
            _declared_destination(ctx, p) and any(m.entity == p.entity and _voyage_to_denied(ctx, m)
                                                  for m in ctx.mentions_of(p.entity))) or (
            "ais" in lowers and bool(lem & {"place", "put", "show", "position"}) and _spoofing_near(ctx, sent)) \
            or _short_denial_next(ctx, sent)
        called_false = _called_false(_root_in(ctx, p)) or _call_corrected_later(ctx, sent, p)
        lead = _leading_ref(ctx, sent, vessels, p.start)
        escorted = _escorted_ships(ctx, _root_in(ctx, p), vessels) if lead is None else None
        for v in [lead] if lead is not None else escorted if escorted is not None else \
                _clause_vessels(ctx, _root_in(ctx, p), vessels):
            c = Candidate(v, "VISITED", p, "visited.trigger", 0.8 if v.start >= sent.start else 0.6,
                          sent, _root_in(ctx, p))
            if declared_denied:
                c.rule = "visited.declared_destination_contradicted"
                c.negate = True
            elif called_false:
                c.rule = "visited.report_called_false"
                c.negate = True
            out.append(c)


_ESCORT_VERBS = {"escort", "tow", "bring", "take", "lead", "shepherd", "guide", "accompany", "steer"}


def _escorted_ships(ctx, tok: Token, vessels: list[Mention]) -> list[Mention] | None:
    """The ships taken to a port by another ship: "the tanker was escorted by the patrol vessel X to P", "the
    tug X towed the Y to P" give the escorted or towed ship (the escort, a warship or tug, is not the story's
    visitor).

    Parameters
    ----------
    ctx : _Ctx
    tok : Token
        The port's root token.
    vessels : list of Mention
        The sentence's vessels (named or referred to).

    Returns
    -------
    list of Mention or None
        None when the port is not the goal of an escort/tow verb; else the escorted ships (maybe empty).
    """
    h = tok
    for _ in range(5):
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            break
        h = h.head
    if h.lemma_.lower() not in _ESCORT_VERBS or h.pos_ != "VERB":
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in h.children)
    if passive:
        escorts = any(c.dep_ == "agent" and any(ctx.m(q) is not None and ctx.m(q).type == "Vessel" or
                                                 q.lower_ in gz.SHIP_NOUNS for q in c.children) for c in h.children)
        if not escorts:
            return None
        got = [v for c in h.children if c.dep_ == "nsubjpass" for v in _vessel_tok(ctx, c, vessels)]
    else:
        subj = [c for c in h.children if c.dep_ == "nsubj"]
        if not subj or not ((sm_ := ctx.m(subj[0])) is not None and sm_.type == "Vessel" or
                            subj[0].lower_ in gz.SHIP_NOUNS or subj[0].lower_ in ("tug", "tugs", "tugboats")):
            return None
        tug = {sm_.entity} if sm_ is not None and sm_.type == "Vessel" else set()
        objs = [c for c in h.children if c.dep_ == "dobj"]
        got = [v for c in objs for v in _vessel_tok(ctx, c, vessels) if v is not None and v.entity not in tug]
        if not got and any(c.lower_ in gz.SHIP_NOUNS for c in objs):
            # "The tug X brought the 113-metre ship from P": the ship named before, never the tug itself
            last = ctx.last_single
            return [last] if last is not None and last.entity not in tug else []
    return [v for v in got if v is not None] or None


_ARRIVE_VERBS = {"arrive", "reach", "enter", "call", "dock", "berth", "go", "visit", "moor", "make", "come"}
_CLAIM_NOUNS = {"report", "claim", "rumour", "rumor", "allegation", "suggestion", "story", "speculation", "assertion",
                "accusation"}
_FALSELY = {"falsely", "wrongly", "erroneously", "mistakenly", "untruthfully"}
_FLAG_VERBS = {"flag", "fly", "register", "sail", "reflag"}
_REFUTE_VERBS = {"debunk", "disprove", "refute", "discredit", "lie"}
_CALL_VERBS = {"call", "describe", "label", "brand", "term", "deem", "consider", "declare", "dismiss"}
_FALSE_WORDS = {"false", "untrue", "baseless", "unfounded", "incorrect", "wrong", "inaccurate", "fabricated",
                "groundless", "fake", "erroneous", "misleading", "mistaken", "unsubstantiated", "spurious", "fictitious",
                "lie", "lies", "fiction", "fabrication", "fabrications", "nonsense", "debunked", "disproven"}


def _port_ruled_out(ctx, sent: Span, p: Mention) -> bool:
    """True when this sentence or the next one rules the declared port out by name: "is broadcasting X as
    destination. ... she's heading to Y, not X", "bound for Y rather than X", "instead of X"."""
    end = ctx.doc[sent.end].sent.end if sent.end < len(ctx.doc) else sent.end
    return any(m.entity == p.entity and sent.start <= m.start < end and _not_before(ctx, m)
               for m in ctx.mentions_of(p.entity))


def _short_denial_next(ctx, sent: Span) -> bool:
    """True when the next sentence is a short denial of this one: "I wrote that X called at Y. It did not." """
    if sent.end >= len(ctx.doc):
        return False
    after = ctx.tokens()[sent.end].sent  # the next sentence, its tokens from the document's list
    nxt = [t for t in ctx.toks(after) if not t.is_punct and not t.is_space]
    return 2 <= len(nxt) <= 4 and nxt[0].lower_ in ("it", "she", "this", "that") and \
        any(t.lower_ in ("not", "n't", "never") for t in nxt) and \
        any(t.lower_ in ("did", "was", "had", "has", "does") for t in nxt)


def _spoofing_near(ctx, sent: Span) -> bool:
    """True when this sentence or the next calls the AIS picture false: "its AIS track put it at X, but
    ... the port call was spoofed", "AIS placed it at X. Imagery tells a different story"."""
    end = ctx.doc[sent.end].sent.end if sent.end < len(ctx.doc) else sent.end
    return any(t.lower_.startswith("spoof") or t.lower_ in ("false", "fake", "bogus") or
               t.lower_ == "different" and t.head.lower_ == "story" for t in ctx.doc[sent.start:end])


def _voyage_denied_near(ctx, sent: Span, p: Mention) -> bool:
    """True when this sentence or the next says the ship did not go to the port: "bound for X ... tracking
    showed that the tanker was not heading to X at all", "declared X as its next port, but the vessel never
    sailed to X"."""
    nxt = ctx.doc[sent.end].sent if sent.end < len(ctx.doc) else None
    end = nxt.end if nxt is not None else sent.end
    # a denial quoted from someone ('"The X did not call at P," the owner said') is the speaker's word,
    # which negates nothing (see _firm_negation); the writer's or a record's account does
    return any(m.entity == p.entity and sent.start <= m.start < end and _voyage_to_denied(ctx, m) and
               not _in_quotation(sent if m.start < sent.end else nxt, ctx.doc[m.start])
               for m in ctx.mentions_of(p.entity)) or _voyage_there_denied(ctx, sent, p)


def _voyage_there_denied(ctx, sent: Span, p: Mention) -> bool:
    """True when, after the port is named in ``sent``, a negated voyage verb goes to "that port" or "there":
    "Its transponder had given X as its destination, but the vessel never headed for that port", "... but it
    never sailed there" (the writer's account; a quoted denial is the speaker's word)."""
    first = min((m.start for m in ctx.mentions_of(p.entity) if sent.start <= m.start < sent.end), default=None)
    if first is None:
        return False
    for t in ctx.toks(sent):
        if t.i <= first or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in _DENIED_VOYAGE_VERBS or \
                not ctx.negated(t) or _in_quotation(sent, t):
            continue
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ == "there":
                return True
            if c.dep_ == "prep" and c.lower_ in ("to", "for", "toward", "towards") and any(
                    q.lower_ in ("port", "destination", "there") and any(d.lower_ == "that" for d in q.children)
                    for q in c.children if q.dep_ == "pobj"):
                return True
    return False


_DENIED_VOYAGE_VERBS = {"head", "sail", "go", "travel", "steam", "proceed", "arrive", "call", "bind", "reach"}


def _voyage_to_denied(ctx, m: Mention) -> bool:
    """True when the mention is where a negated voyage verb goes: "the vessel never sailed to X", "tracking
    showed that the tanker was not heading to X at all"."""
    # asked again for every port mention in each sentence of a visit, and the answer depends only on the
    # mention's first token and the document's parse: found once per token
    got = ctx.voyage_denied_cache.get(m.start)
    if got is None:
        got = ctx.voyage_denied_cache[m.start] = _voyage_to_denied_at(ctx, m.start)
    return got


def _voyage_to_denied_at(ctx, start: int) -> bool:
    """:func:`_voyage_to_denied` of a mention starting at token ``start``."""
    tok = ctx.doc[start]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for", "toward", "towards", "at"):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _DENIED_VOYAGE_VERBS and ctx.negated(verb)


def _arrival_denied(ctx, sent: Span) -> bool:
    """True when the sentence, or the first clause of the next one, says the ship never arrived: "broadcast
    X as its destination ... shows it never entered the port", "... as its destination. It never arrived there"."""
    for t in ctx.toks(sent):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ARRIVE_VERBS and ctx.negated(t):
            return True
    nxt = sent.end
    if nxt >= len(ctx.doc):
        return False
    nsent = ctx.doc[nxt].sent
    for t in ctx.toks(nsent)[:8]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ARRIVE_VERBS and ctx.negated(t) and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "she") or c.lower_ in gz.SHIP_NOUNS or
                                                      ctx.m(c) is not None and ctx.m(c).type == "Vessel")
                for c in t.children):
            return True
    return False


def _in_speaker(tok: Token) -> bool:
    """True when the port is named in the subject of a saying verb: "the Port of X has said" is the port
    authority speaking, not a port the ship called at."""
    t, seen = tok, 0
    while t.head.i != t.i and seen < 4 and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SAY_VERBS and t.head.pos_ in ("VERB", "AUX") \
                and not any(c.pos_ in ("VERB", "ADJ") and (c.lemma_.lower() in VISIT_TRIGGERS or c.lower_ in _VISIT_EXTRA)
                            for c in t.children):
            return True  # not "the tanker loaded X at P, records show" parsed with "show" as a noun
        t, seen = t.head, seen + 1
    return False


def _called_false(tok: Token) -> bool:
    """True when ``tok`` sits in what "reports / claims that ..." say, and the text calls them false:
    "Reports that the X docked at P last week are false"."""
    t, seen = tok, 0
    if any(x.dep_ == "advmod" and x.lower_ in _FALSELY and y.lemma_.lower() not in _FLAG_VERBS
           for y in (tok, *tok.ancestors) for x in y.children):
        return True  # "the X was falsely reported to have docked at P" (a ship "falsely flagged to Y" flies
        # Y's flag all the same: a false flag is still the flag it flies, dev README)
    while t.head.i != t.i and seen < 10:
        if t.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in _FALSE_WORDS for c in t.children) \
                and not any(c.dep_ == "neg" for c in t.children) \
                and any(x.lemma_.lower() in _CLAIM_NOUNS and x.i < tok.i and x.i + 1 < len(x.doc)
                        and x.doc[x.i + 1].lower_ == "that" for x in t.sent):
            return True  # "Reports that the X unloaded fuel at P are false" however the parser hung "Reports"
        if t.lemma_.lower() in _CLAIM_NOUNS and t.dep_ in ("dobj", "pobj") and (
                t.head.lemma_.lower() in _CALL_VERBS or t.dep_ == "pobj" and t.head.head.lemma_.lower() in _CALL_VERBS) \
                and any(x.lower_ in _FALSE_WORDS for x in t.sent):
            return True  # "Iran called allegations that the X shipped missiles to Y baseless", "branded as fiction"
        if t.lemma_.lower() in _CLAIM_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and (
                t.head.lemma_.lower() in _REFUTE_VERBS or
                t.head.lemma_.lower() in ("prove", "turn") and any(
                    x.lower_ in _FALSE_WORDS for c in t.head.children for x in c.subtree)):
            return True  # "Rumours that ... proved false", "The story that ... has been debunked"
        if t.dep_ in ("ccomp", "acl", "relcl") and t.head.lemma_ in ("be", "lie") and any(
                c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in (*t.head.children, *t.head.head.children)) \
                and any(c.dep_ in ("acomp", "attr") and c.lower_ in _FALSE_WORDS
                        for c in (*t.head.children, *t.head.head.children)):
            return True  # "It is false that the X delivered ...": the clause is called false outright
        t, seen = t.head, seen + 1
        if t.lemma_.lower() in _CLAIM_NOUNS and t.dep_ in ("nsubj", "nsubjpass", "advcl") and (
                t.pos_ == "NOUN" or t.is_sent_start):  # (a sentence-initial "Reports that ..." may be tagged a verb)
            # ("are, in our assessment, mistaken": after the aside the parser may hang the verdict as "dep",
            # or make it the root with the reports as its clause)
            h = t.head
            if any(c.dep_ == "neg" for c in h.children):
                return False  # "Reports that ... are not false"
            return h.lower_ in _FALSE_WORDS and h.i > t.i or any(
                c.dep_ in ("acomp", "attr", "oprd", "dep") and c.lower_ in _FALSE_WORDS for c in h.children)
    # however the parser hung them ("Online reports that the X carried shells to Y are false" with "reports" a
    # verb, the root "are" or "reports" itself): "<claims> that" before the anchor and "be" + a verdict after it
    sent = tok.sent
    toks = doc_tokens(tok.doc)[sent.start:sent.end]  # the document's Token list: Span iteration makes new ones
    if not any(y.lower_ in _FALSE_WORDS for y in toks):
        return False
    return any(x.lemma_.lower() in _CLAIM_NOUNS and x.i < tok.i and x.i + 1 < sent.end and
               x.doc[x.i + 1].lower_ == "that" for x in toks) and any(
        y.dep_ in ("acomp", "attr") and y.lower_ in _FALSE_WORDS and y.head.lemma_ == "be" and y.head.i > tok.i
        and not any(c.dep_ == "neg" for c in y.head.children) for y in toks)


_NEAR_PREPS = {"near", "past", "beyond", "nearby", "around"}
_DISTANCE_WORDS = {"mile", "miles", "km", "kilometres", "kilometers", "kilometre", "kilometer", "nm", "nautical",
                   "metres", "meters", "yards"}
_TRY_VERBS = {"try", "attempt"}
_BEARINGS = {"south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest", "south-east",
             "south-west", "north-east", "north-west", "southeastern", "offshore"}
"""Compass bearings between a distance and a landmark port ("80 miles southeast of X")."""


def _near_or_tried(ctx, p: Mention) -> bool:
    """The port is only a landmark or an attempt: "sailing near / past the port of X", "20 miles from X",
    "tried to dock at X" (an attempt, not a call; "bound for X" and "anchored off X" still count)."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = p.start - 1
    while k > 0 and (_tk[k].lower_ in ("the", "port", "of", "harbour", "harbor", "city", "town") or
                     k > p.sent and _tk[k].pos_ == "ADJ" and _tk[k - 1].lower_ in ("the", "a") or
                     (km := ctx.tok2m.get(k)) is not None and km.type == "Country" and km.text in gz.DEMONYMS):
        k -= 1  # "off the Yemeni port of X": the demonym and the port noun are skipped
    if k >= 0 and _tk[k].lower_ in _NEAR_PREPS:
        return True
    if k >= 1 and _tk[k].lower_ in ("from", "off", "of") and (_tk[k - 1].lower_ in _DISTANCE_WORDS or
                                                              _tk[k - 1].lower_ in _BEARINGS
                                                              and k >= 2 and _tk[k - 2].lower_ in _DISTANCE_WORDS) \
            and not (_tk[k].lower_ == "off" and _tk[k].head.lemma_.lower() in ("anchor", "moor", "lie", "wait")):
        return True  # "20 miles from X", "80 nautical miles southeast of the port of X"
        # (but "anchored six nautical miles off X" lies in X's anchorage: a call, dev README)
    if k >= 1 and k + 1 < p.start and _tk[k + 1].lower_ == "of" and (
            _tk[k].lower_ in _DISTANCE_WORDS or _tk[k].lower_ in _BEARINGS and _tk[k - 1].lower_ in _DISTANCE_WORDS):
        return True  # the skip above passed the "of" of "miles southeast of the port of X"
    t, seen = _root_in(ctx, p), 0
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and seen < 5:
        t, seen = t.head, seen + 1
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in _TRY_VERBS


_VISIT_EXTRA = {"ship", "carry", "transport", "pick", "ply", "spot", "sight", "photograph", "observe", "visit",
                "shuttle", "anchorage", "berthed", "moored", "anchored", "ferry", "convey", "escort", "divert",
                "lie", "lay", "wait", "sit", "idle", "loiter", "appear", "loaded", "unloaded", "offloaded",
                "discharged", "destine", "detain", "inspect", "refuel", "repair", "tie", "pull", "come", "undergo",
                "schedule", "service", "run", "crossing", "sailing", "laden", "continue"}
"""More words for a port call, kept apart from ``VISIT_TRIGGERS`` (used by hedging): "shipped oil from X",
"carrying oil from X to Y", "picked up oil at X", "was spotted at X", "shuttled between X and Y"."""


def _visited_there(ctx, sent, vessels, out):
    """'It sailed from there together with the X': "there" is the port named in the sentence before."""
    if "there" not in ctx.lemmas(sent):  # the sentence's lemmas and lower-case forms: no "there", nothing to do
        return
    for t in ctx.toks(sent):
        if t.lower_ != "there" or t.dep_ not in ("advmod", "pobj", "pcomp"):
            continue
        verb = t.head.head if t.dep_ in ("pobj", "pcomp") else t.head
        if verb.lemma_.lower() not in VISIT_TRIGGERS or _planned(verb):
            continue
        prev = [m for m in ctx.ms if m.type == "Port" and m.start < sent.start and m.sent == _prev_sent_start(ctx, sent)]
        if len({m.entity for m in prev}) != 1:
            continue  # no port, or several: "there" is ambiguous
        for v in _clause_vessels(ctx, t, vessels):
            if not v.meta.get("naval"):
                out.append(Candidate(v, "VISITED", prev[-1], "visited.there", 0.6, sent, t))


def _prev_sent_start(ctx, sent) -> int | None:
    """Start of the sentence before ``sent`` that has a word in it."""
    before = [x for x in ctx.word_sent_starts() if x < sent.start]
    return before[-1] if before else None


_PLAN_WORDS = {"schedule", "scheduled", "plan", "expect", "due", "intend", "set", "aim", "prepare", "hope", "want",
               "seek", "propose", "mean", "slate", "slated", "poised", "suppose", "supposed", "going", "offer",
               "promise", "pledge", "vow"}
"""Verbs and adjectives whose complement is a voyage still to come ("is scheduled to call at X")."""
_PLANNED_VISIT_WORDS = frozenset({"dock", "call", "berth", "arrive", "unload", "discharge", "load", "moor"})


def _planned(tok: Token) -> bool:
    """True when ``tok`` sits under a verb in the future ("will sail to X") or one that is planned
    ("plans to dock at X", "is scheduled / due / expected to call at X")."""
    p = tok.head
    if p.dep_ == "prep" and p.lower_ in ("at", "in", "into") and p.i >= 3 and \
            p.head.lower_ in _PLANNED_VISIT_WORDS and p.doc[p.head.i - 1].lower_ == "to" and \
            p.doc[p.head.i - 2].lower_ in _PLAN_WORDS:
        return True  # "is due to dock at X" (read from the words: the tagger may take "dock" for a noun)
    t, seen = tok, 0
    # (past "including", "regarding": participles that work as prepositions, not the clause's verb)
    while (t.pos_ not in ("VERB", "AUX") or t.lower_ in _PREPOSITION_PARTICIPLES) and t.head.i != t.i and seen < 8:
        t, seen = t.head, seen + 1
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.lemma_.lower() in ("expect", "schedule") and t.tag_ == "VBN" and any(
            c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" for c in t.children):
        return True  # "the tanker is expected in P on Friday", "is scheduled at P next week"
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in t.children):
            return True
        if t.dep_ == "pobj" and t.tag_ == "VB" and t.head.lower_ in _PLAN_WORDS and t.i > 0 and \
                t.doc[t.i - 1].lower_ == "to":
            return True  # "was due to dock at X": the parser hangs the verb on "due" as an object
        if t.dep_ in ("xcomp", "conj", "ccomp") and t.head.i != t.i:
            t = t.head
            if t.lemma_.lower() in _PLAN_WORDS or t.lower_ in _PLAN_WORDS:
                return True
            continue
        break
    return False


_PREPOSITION_PARTICIPLES = {"including", "excluding", "regarding", "concerning", "following", "involving"}
"""Participles news uses as prepositions ("sanctions, including the price cap on X"): no clause's verb."""
_PEOPLE_ABOARD = {"survivor", "crew", "sailor", "seafarer", "passenger", "migrant", "people", "member",
                  "captain", "officer", "fisherman", "body"}


def _companion_of(ctx, v: Mention, verb: Token) -> bool:
    """True when vessel ``v`` goes "(together) with / alongside" the subject of ``verb``: "It sailed from
    there together with the tanker B"."""
    r = _root_in(ctx, v)
    for _ in range(3):  # "the tanker B": up from the name to its noun
        if r.dep_ not in ("appos", "compound", "conj") or r.head.i == r.i:
            break
        r = r.head
    p = r.head
    if p.lower_ not in ("with", "alongside") or p.dep_ != "prep":
        return False
    g = p.head
    return g.i == verb.i or (g.lower_ == "together" and g.head.i == verb.i)


def _clause_vessels(ctx, tok: Token, vessels: list[Mention]) -> list[Mention]:
    """The vessels that are the subject of the clause ``tok`` belongs to; all ``vessels`` when unclear."""
    t = tok
    listed = [v for v in vessels if v.meta.get("rule", "").startswith("ship_list")]
    for _ in range(10):
        m = ctx.m(t)
        if m is not None and m.type == "Vessel" and t is not tok:
            return listed if m in listed else [m]
        if t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ in ("which", "that") and t.dep_ == "relcl" and t.head.i != t.i:
                hm = ctx.m(t.head)  # "the freighter B, which was carrying X": B
                if hm is not None and hm.type == "Vessel" and any(hm.entity == v.entity for v in vessels):
                    return _relative_antecedents(ctx, t, hm)
            if subj:
                if subj[0].lower_ in ("which", "that") and t.dep_ == "relcl" and ctx.m(t.head) is not None \
                        and ctx.m(t.head).type == "Vessel":
                    return [ctx.m(t.head)]  # "X, which loaded at P, met Y": X called at P
                if subj[0].lemma_.lower() in _PEOPLE_ABOARD and ctx.m(subj[0]) is None:
                    return []  # "the survivors were landed at P": people, not the ship
                if subj[0].lower_ in ("it", "she") :
                    before = [v for v in vessels if v.start < subj[0].i and v.start >= subj[0].sent.start]
                    if before:
                        return [max(before, key=lambda v: v.start)]
                    if ctx.last_single is not None and ctx.last_single.start < subj[0].sent.start:
                        # "She loaded X at P and transferred it to the B": the ship of the sentence before,
                        # not B, named later as the one she handed the cargo to; but "It sailed from there
                        # together with the B": B sailed too
                        return [ctx.last_single, *(v for v in vessels if _companion_of(ctx, v, t))]
                if ctx.m(subj[0]) is None and (subj[0].lower_ in ("they", "both", "pair") or (
                        subj[0].lower_ in gz.SHIP_NOUNS and subj[0].lower_.endswith("s"))):
                    n = _count(subj[0]) if subj[0].lower_ != "they" else None
                    named = {v.entity for v in vessels}
                    st = subj[0].sent.start
                    if not any(v.start < subj[0].i for v in vessels) and subj[0].lower_ in ("they", "both") and \
                            st > 0 and \
                            (group := getattr(ctx, "last_group", None)) and \
                            max(v.start for v in group) >= ctx.doc[st - 1].sent.start:
                        # "The A ... while the B ... . Both have called at P (and, like the C, ...)": the ships of
                        # the sentence before, not one named after the pronoun
                        return list(group)
                    if n and len(named) > n:  # "the two cargo vessels left P": the two named last
                        last = _last_vessels(ctx, subj[0].i, n)
                        if len(last) == n and {x.entity for x in last} <= named:
                            return [v for v in vessels if v.entity in {x.entity for x in last}]
                    return vessels
                found = [x for x in ctx.mconj(subj[0]) if x.type == "Vessel"]
                for c in subj[0].children:
                    if c.dep_ == "appos":
                        found += [x for x in ctx.mconj(c) if x.type == "Vessel"]
                found = [f for f in found if any(f.entity == v.entity for v in vessels)]
                if any(f.meta.get("rule", "").startswith("ship_list") for f in found):
                    return [v for v in vessels if v.meta.get("rule", "").startswith("ship_list")] or found
                return found or vessels
            if t.dep_ not in ("conj", "advcl", "xcomp", "relcl", "acl", "ccomp", "pcomp"):
                return vessels
        if t.head.i == t.i:
            break
        t = t.head
    return vessels


_SINGULAR_AUX = {"is", "was", "has", "does", "'s"}


def _relative_antecedents(ctx, verb: Token, head: Mention) -> list[Mention]:
    """The vessels a relative clause after a coordination is about: "the A and the B, which have carried X"
    (plural or unmarked verb) is about both, "the A and the B, which was built in 2003" about B alone.

    Parameters
    ----------
    ctx : _Ctx
    verb : Token
        The relative clause's verb (``dep_ == "relcl"``).
    head : Mention
        The vessel the parser attached the clause to (the last conjunct).

    Returns
    -------
    list of Mention
        ``[head]``, or every vessel conjunct of the head when the verb does not mark the singular.
    """
    if verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX for c in verb.children):
        return [head]
    group = [x for x in ctx.mconj(verb.head) if x.type == "Vessel"]
    if head.entity not in {x.entity for x in group}:
        return [head]
    doc, k, seen_and = ctx.doc, head.start - 1, False
    while k >= 0 and head.start - k < 30:  # "the A and the B": the parser may hang B on another noun
        if doc[k].lower_ in ("the", ",", "and"):
            seen_and = seen_and or doc[k].lower_ == "and"
            k -= 1
        elif (m := ctx.tok2m.get(k)) is not None and m.type == "Vessel" and seen_and or (
                m is not None and m.type == "Vessel" and doc[k + 1].text == ","):
            if m.entity not in {x.entity for x in group}:
                group.insert(0, m)
            k = m.start - 1
        else:
            break
    return group if seen_and else [head]


def _leading_ref(ctx, sent: Span, vessels: list[Mention], at: int) -> Mention | None:
    """The ship "the vessel / the tanker" refers back to, when that noun comes before token ``at`` and every
    ship named in the sentence comes after it: in "data show the vessel loading fuel oil at P and handing it
    to the B", the port and the oil are the earlier ship's, not B's (the parser often leaves such a noun
    unattached, so the order of the words decides)."""
    if not vessels or any(v.start < at for v in vessels if v.start >= sent.start):
        return None
    ref = None
    for t in ctx.toks(sent):
        if t.i >= at:
            break
        if t.lower_ in gz.SHIP_NOUNS and not t.lower_.endswith("s") and t.i not in ctx.tok2m and t.pos_ == "NOUN" \
                and t.i > sent.start and ctx.doc[t.i - 1].lower_ in ("the", "this", "that") \
                and _named_after_noun(ctx, t) is None:
            ref = t
    if ref is None:
        return None
    named = {v.entity for v in vessels}
    if ref.lower_ in _WARSHIP_APPOS and ref.dep_ != "compound":
        # "the frigate was berthed at P": the warship, not the tug named since
        got = [v for v in ctx.vessel_ref(ref) if v is not None and v.entity not in named and _service_vessel(ctx, v)]
        return got[0] if got else None
    for m in reversed(ctx.ms):
        if m.start >= sent.start or m.type != "Vessel":
            continue
        if sent.start - m.end > 120:
            return None
        if m.entity not in named and not _service_vessel(ctx, m):
            return m
        if m.entity not in named:
            continue
        return None  # the ship named last before is one of this sentence's own
    return None


def _declared_destination(ctx, p: Mention) -> bool:
    """The port is given "as (their) destination" (declared, e.g. on AIS)."""
    if "destination" not in ctx.words() and "next" not in ctx.words():
        return False  # neither word anywhere in the document
    doc = ctx.doc
    window = doc[p.end:min(len(doc), p.end + 8)]
    _tk = ctx.tokens()
    other = next((m.start for m in ctx.ms if m.type == "Port" and m.entity != p.entity and
                  p.end <= m.start < p.end + 8 and _tk[m.start - 1].lower_ not in ("and", "or", ",", "/")), None)
    if other is not None:
        window = doc[p.end:other]  # "left A with B declared as its next port of call": B's declaration, not A's
    if any(t.lower_ == "next" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("port", "call", "stop")
           for t in window):
        return True  # "declared X as its next port (of call)"
    return any(t.lower_ == "destination" for t in window) or any(
        t.lower_ == "destination" for t in doc[max(0, p.start - 4):p.start])


_AIS_WORDS = {"ais", "transponder", "signal", "signals", "track", "broadcast", "position"}
_SPOOF_CUES = {"spoofed", "spoofing", "spoof", "falsified", "fake", "false", "faked", "manipulated", "bogus"}


def _ais_position_contradicted(ctx, sent: Span) -> bool:
    """The sentence reports where a ship's AIS placed it, and this or the next sentence calls that position
    spoofed or false or tells "a different story": "X's AIS placed it at the P anchorage. Radar imagery tells a
    different story: ...", "Its AIS track put it at P, but imagery shows ...; the port call was spoofed"."""
    forms = ctx.forms(sent)  # the sentence's lower-case forms from the lemma table gate the token walk
    if not _AIS_WORDS & forms or not {"placed", "put", "puts", "places", "showed", "shows", "show"} & forms:
        return False
    low = [t.lower_ for t in ctx.toks(sent)]
    nxt = ctx.doc[sent.end].sent if sent.end < len(ctx.doc) else None
    words = low + ([t.lower_ for t in ctx.toks(nxt)] if nxt is not None else [])
    text = " ".join(words)
    return bool(_SPOOF_CUES & set(words)) or "different story" in text or "never left" in text


_CORRECTION_CUES = {"corrected", "correction", "corrects", "retracted", "retracts", "instead", "withdrew",
                    "amended", "erroneously", "mistakenly"}
"""Words by which a text says an earlier account was wrong ("later corrected its report", "loaded at Q instead")."""


def _call_corrected_later(ctx, sent: Span, p: Mention) -> bool:
    """True when a later sentence says the ship did not call at the port and the text itself takes that
    side: a denial ("it said the X 'has not called at P this year'") followed, in the same or the next
    sentence, by a correction ("... had loaded at Q instead", "later corrected its report"). A denial alone
    stays one side's word and negates nothing.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        The sentence that states the call.
    p : Mention
        The port called at.

    Returns
    -------
    bool
    """
    cued = getattr(ctx, "correction_cued", None)
    if cued is None:  # once per document: most texts correct nothing
        cued = ctx.correction_cued = not _CORRECTION_CUES.isdisjoint(ctx.words())
    if not cued:
        return False
    for h in _ship_denials_after(ctx, p, sent.end, _ARRIVE_VERBS_OR_EXTRA):
        den = h.sent
        end = ctx.doc[den.end].sent.end if den.end < len(ctx.doc) else den.end
        if any(t.lower_ in _CORRECTION_CUES for t in ctx.doc[den.start:end]):
            return True
    return False


def _call_denied_later(ctx, sent: Span, p: Mention) -> bool:
    """Later text says the ship did not call at the declared port: "declaring X as its destination ... the port
    authority said the tanker did not call at X", "declared X as its next port ..., but the vessel never sailed
    to X"."""
    return next(_ship_denials_after(ctx, p, p.end, _ARRIVE_VERBS_OR_EXTRA2), None) \
        is not None


def _ship_denials_after(ctx, p: Mention, after: int, verbs: set[str]) -> Iterator[Token]:
    """The verbs of later mentions of port ``p`` (from token ``after`` on) that deny a ship went there: a
    negated verb of ``verbs`` whose subject is a ship ("it", "she", "the tanker", a named vessel)."""
    for m in ctx.ms:
        if m.entity != p.entity or m.start < after:
            continue
        h = _root_in(ctx, m)
        for _ in range(3):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.lemma_.lower() in verbs and ctx.negated(h) and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "she") or c.lower_ in gz.SHIP_NOUNS or
                                                      ctx.m(c) is not None and ctx.m(c).type == "Vessel")
                for c in h.children):
            yield h


_CAPITAL_NOUNS = {"capital", "city", "town", "port", "seaport", "village"}
"""Head nouns of an apposition that places a town in a larger place by "of": "X, the capital of Y"."""
_REGION_NOUNS = {"state", "province", "region", "governorate", "prefecture", "oblast", "krai", "county", "district",
                 "emirate", "island", "islands", "peninsula", "territory", "republic"}
_COAST_WORDS = {"coast", "coastline", "coasts", "shore", "shores", "seaboard", "border", "side", "waters"}
_COMPASS_ADJ = {"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
                "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
_ZONE_WORDS = {"special", "economic", "zone", "industrial", "free", "trade", "airbase", "airport", "airfield",
               "air", "base", "naval"}
"""Lower-case words after a place's name that go with it: "the X special economic zone in Y", "X airbase in Y"."""
_PART_NOUNS = {"part", "parts", "region", "area", "tip", "end", "edge", "corner", "outskirts", "heart", "mouth", "head",
               "north", "south", "east", "west", "province", "district", "state", "county"}
"""Nouns of a part of a larger place: "X, in the occupied part of Y", "X, at the northern tip of Y"."""
_PLACE_OF_NOUNS = {"station", "crossing", "checkpoint", "town", "city", "village", "post", "point", "terminal"}
"""Heads of "the <Demonym> <noun> <place noun> of X": "the Russian border station of X"."""


def _part_of_at(ctx, k: int, end: int) -> int | None:
    """Index of the place after "the (adjectives) <part noun> of" starting at ``k`` ("the breakaway region of
    Y", "the occupied part of Y", "the northern tip of Y"), or None when the tokens are not such a phrase."""
    _tk = ctx.tokens()
    x = k
    while x < end and x - k < 5 and x not in ctx.tok2m and _tk[x].lower_ not in _PART_NOUNS and (
            _tk[x].lower_ in ("the", "a", "an", "-") or _tk[x].pos_ in ("ADJ", "VERB", "NOUN")):
        x += 1  # "the occupied", "the breakaway", "the far northern"
    if x + 2 < end and x not in ctx.tok2m and _tk[x].lower_ in _PART_NOUNS and _tk[x + 1].lower_ == "of":
        y = x + 2 + (_tk[x + 2].lower_ == "the")
        if y in ctx.tok2m and ctx.tok2m[y].type in ("Country", "Location"):
            return y
    return None
"""Nouns after "Y's <Sea>": "on Russia's Black Sea coast" names the coast, not a place inside the sea."""


_COMPASS = {"north", "south", "east", "west"}


def _in_place_list(ctx, m: Mention, tgt: Mention, sent: Span) -> bool:
    """True when "m, tgt" stands in a list of countries: a country named right before "m, " or right after
    "tgt, " / "tgt and " ("in Russia, Hong Kong, Türkiye and Germany"), unlike "at Mersin, Türkiye, and
    delivered ..." or "in Istanbul, Turkey, and Dubai, UAE"."""
    _tk = ctx.tokens()

    def place_at(k: int) -> bool:
        if k < sent.end and _tk[k].lower_ == "the":
            k += 1
        o = ctx.tok2m.get(k)
        if o is None or o.start != k or o.type not in ("Country", "Location"):
            return False
        # (a town with its country is a pair of its own: "in Istanbul, Turkey, and Dubai, UAE")
        return o.type == "Country" or not (o.end + 1 < sent.end and _tk[o.end].text == "," and
                                           (p := ctx.tok2m.get(o.end + 1)) is not None and p.type == "Country")

    k = tgt.end
    if k < sent.end and _tk[k].text == ",":
        k += 1
    if k < sent.end and _tk[k].lower_ in ("and", "or"):
        k += 1
    if k > tgt.end and place_at(k):
        return True
    if m.start >= 2 and _tk[m.start - 1].text == ",":
        o = ctx.tok2m.get(m.start - 2)
        if o is None and _tk[m.start - 2].text == ")":  # "the People's Republic of China (PRC), Hong Kong"
            o = next((x for x in ctx.ms if x.end <= m.start - 2 and x.end >= m.start - 5 and
                      x.type == "Country"), None)
        return o is not None and o.type == "Country"
    return False


def _rule_located_in(ctx, sent, sm, out):
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    places = [m for m in sm if m.type in ("Port", "Location")]
    for i, m in enumerate(places):
        # following: "X (port) in (western) Y" / "X, Y"
        j = m.end
        while j < sent.end and (_tk[j].lower_ in _PORT_NOUNS_OR_EXTRA or _tk[j].lower_ in _ZONE_WORDS
                                or _tk[j].text in gz.NOT_ENTITIES):  # "X LNG terminal in Y"
            j += 1
        if j + 2 < sent.end and _tk[j].text == "(" and _tk[j + 2].text == ")" and not (
                (pm := ctx.tok2m.get(j + 1)) is not None and pm.type == "Country"):
            j += 3  # "X Special Economic Zone (SEZ), in Y" (but "Mundra (India)" is read below)
        if j < sent.end - 1 and _tk[j].text == "," and (_tk[j + 1].lower_ in ("in", "on") or _tk[j + 1].lower_ == "at"
                                                      and _part_of_at(ctx, j + 2, sent.end) is not None):
            j += 1  # "Sabetta, on the Yamal Peninsula", "Mundra, on India's west coast", "X, at the tip of Y"
        elif j < sent.end - 2 and _tk[j].text == ",":
            # "Mundra, located in India's Kutch district", "Kandla, which lies on India's west coast"
            k = j + 1
            while k < sent.end and k - j <= 3 and _tk[k].lower_ in ("located", "situated", "which", "that", "is", "lies",
                                                                      "sits", "lying", "sitting", "was"):
                k += 1
            if k > j + 1 and k < sent.end and _tk[k].lower_ in ("in", "on") and _tk[j + 1].lower_ in (
                    "located", "situated", "which", "that", "lying", "sitting"):
                j = k
        elif j < sent.end - 2 and j == m.end and _tk[j].lower_ in ("is", "lies", "sits") and \
                _root_in(ctx, m).dep_ in ("nsubj", "nsubjpass"):
            # "Alabuga is (located) in the Republic of Tatarstan", "X lies on the Y coast"
            k = j + 1 + (_tk[j + 1].lower_ in ("located", "situated"))
            if k < sent.end and _tk[k].lower_ in ("in", "on"):
                j = k
        if j < sent.end - 2 and _tk[j].text == "(" and (tgt := ctx.tok2m.get(j + 1)) is not None and \
                tgt.type == "Country" and tgt.start == j + 1 and tgt.end < sent.end and _tk[tgt.end].text == ")" \
                and m.type == "Port":
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.parenthesis", 0.7, sent, _tk[j + 1]))  # "Mundra (India)"
        if j == m.end and m.type == "Port" and j + 1 < sent.end and _tk[j].lower_ == "and" and \
                (nx := ctx.tok2m.get(j + 1)) is not None and nx.start == j + 1 and nx.type == "Port" and \
                nx.end < sent.end and _tk[nx.end].lower_ in ("in", "on"):
            j = nx.end  # "at Kandor and Velapur on India's west coast": both ports are on it
        j0 = j  # the comma of an apposition, before the skip below
        # "X, a port / an island / a town in Y": skip the apposition's head noun phrase
        if j < sent.end - 2 and _tk[j].text == "," and (_tk[j + 1].lower_ in ("a", "an", "the", "home")):
            k = j + 2
            while k < sent.end and k - j < 9 and _tk[k].lower_ not in ("in", "on") and (
                    _tk[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT") or
                    _tk[k].lower_ in ("a", "an", "the") or _tk[k].lower_ == "to" and _tk[k - 1].lower_ == "home"
                    or _tk[k].tag_ == "VBN" and _tk[k - 1].text == "-") \
                    and _tk[k].text != ",":  # "X, home to a key naval base in Y", "X, a Houthi-held port on Y's coast"
                k += 1
            if k < sent.end and (_tk[k].lower_ == "in" or _tk[k].lower_ == "on" and any(
                    _tk[x].lower_ in gz.PORT_NOUNS or _tk[x].lower_ in ("town", "city", "island")
                    for x in range(j + 2, k))):
                j = k  # "X, a port in Y", "X, the Russian ferry port on the Kerch Strait"
            elif k < sent.end and _tk[k].lower_ == "of" and _tk[k - 1].lower_ in _CAPITAL_NOUNS:
                j = k  # "X, the capital of Y", "X, the main city of southern Y"
                k2 = k + 1  # "X, a port city of about two million people on Y's coast": the place comes later
                while k2 < sent.end and k2 - k < 7 and k2 not in ctx.tok2m and (
                        _tk[k2].pos_ in ("ADJ", "NOUN", "NUM") or _tk[k2].lower_ in ("about", "some", "around",
                                                                                   "nearly", "over", "more", "than")):
                    k2 += 1
                if k2 > k + 1 and k2 < sent.end and _tk[k2].lower_ in ("in", "on") and \
                        any(_tk[x].pos_ == "NUM" or _tk[x].lower_ in ("people", "inhabitants", "residents")
                            for x in range(k + 1, k2)):
                    j = k2
        if j < sent.end and (_tk[j].lower_ in ("in", "on") or _tk[j].lower_ == "of" and j != m.end or
                             _tk[j].lower_ == "at" and j != m.end) and not (
                m.start > 0 and _tk[m.start - 1].lower_ == "off" and j == m.end and
                any(_tk[x].lower_ in gz.WATER_WORDS for x in range(j + 1, min(sent.end, j + 5))) and not (
                    j + 2 < sent.end and _tk[j + 1].text in gz.DEMONYMS and _tk[j + 2].lower_ == "waters")):
            # (but "off Port Klang in Malaysian waters": a country's waters do place the port)
            # ("operating off X in the Y Sea": "in Y" places the ships, not X; "off X in Cyprus" does place X)
            k = j + 1
            while k < sent.end and (_tk[k].lower_ in ("the", "western", "eastern", "northern", "southern",
                                                      "central", "far", "north", "south", "east", "west",
                                                      "northeastern", "northwestern", "southeastern",
                                                      "southwestern", "coastal", "occupied", "northeast",
                                                      "northwest", "southeast", "southwest") or
                                    _tk[k].text == "-" and _tk[k - 1].lower_ in _COMPASS and k + 1 < sent.end
                                    and _tk[k + 1].lower_ in _COMPASS or  # "in south-east Malta"
                                    (_tk[k].pos_ == "ADJ" and k not in ctx.tok2m)):
                k += 1
            if (pk := _part_of_at(ctx, j + 1, sent.end)) is not None:
                k = pk  # "X, in the breakaway region of Y", "X, in the occupied part of Y", "at the northern tip of Y"
            tgt = ctx.tok2m.get(k)
            if tgt is not None and tgt.type == "Country" and tgt.text in gz.DEMONYMS and tgt.end + 2 < sent.end \
                    and _tk[tgt.end].lower_ in _REGION_NOUNS and _tk[tgt.end + 1].lower_ == "of" and \
                    (inner := ctx.tok2m.get(tgt.end + 2)) is not None and inner.type == "Location" \
                    and inner.entity != m.entity:
                # "in the northern Malaysian state of Kedah": X is in Kedah (Kedah in Malaysia: demonym_place_of)
                out.append(Candidate(m, "LOCATED_IN", inner, "located_in.in", 0.75, sent, _tk[tgt.end + 2]))
                tgt = None
            # "in Italy's southern region of Apulia", "in Russia's Saratov region"
            if tgt is not None and tgt.type == "Country" and tgt.end + 1 < sent.end and \
                    _tk[tgt.end].text in ("'s", "’s"):
                k2 = tgt.end + 1
                while k2 < sent.end and k2 - tgt.end < 6 and (_tk[k2].pos_ in ("ADJ", "NOUN") and
                                                               k2 not in ctx.tok2m or _tk[k2].lower_ in (
                                                                   "of", "the", "occupied", "annexed")):
                    k2 += 1
                inner = ctx.tok2m.get(k2)
                if inner is not None and inner.end < sent.end and _tk[inner.end].lower_ in _COAST_WORDS:
                    inner = None  # "on Russia's Black Sea coast": the sea names the coast, X is in Russia
                if inner is not None and inner.type == "Location" and inner.entity != m.entity:
                    out.append(Candidate(m, "LOCATED_IN", inner, "located_in.in", 0.75, sent, _tk[k2]))
                    out.append(Candidate(inner, "LOCATED_IN", tgt, "located_in.possessive", 0.75, sent, _tk[k]))
                    tgt = None
            if tgt is not None and tgt.type in ("Country", "Location") and tgt.entity != m.entity:
                out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.in", 0.8, sent, _tk[k]))
        elif j < sent.end - 1 and _tk[j].text == "," and (tgt := ctx.tok2m.get(j + 1)) is not None \
                and tgt.type == "Country" and tgt.start == j + 1 and not (
                    tgt.end < sent.end and _tk[tgt.end].pos_ in ("VERB", "AUX") and
                    _tk[tgt.end - 1].dep_ in ("nsubj", "nsubjpass")) and not _in_place_list(ctx, m, tgt, sent) \
                and not (tgt.end < sent.end and _tk[tgt.end].pos_ == "NOUN" and _tk[tgt.end].is_lower and
                         _tk[tgt.end - 1].head.i == tgt.end):
            # (not "signed in Tehran, Iran agreed to ...": the country opens the next clause; nor "based in
            # Russia, Hong Kong, Türkiye and Germany": a list of places; nor "in Gulf of Aden, US military says":
            # the country modifies the noun after it)
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.comma", 0.7, sent, _tk[j + 1]))
        elif j < sent.end - 1 and _tk[j].text == "," and (tgt := ctx.tok2m.get(j + 1)) is not None \
                and tgt.type == "Location" and tgt.start == j + 1 and tgt.entity != m.entity and \
                tgt.text in pl.subdivision_names() and m.text not in pl.subdivision_names() and not (
                    tgt.end < sent.end and (_tk[tgt.end].lower_ in ("and", "or") or _tk[tgt.end].text == "," and
                                            tgt.end + 1 < sent.end and (tgt.end + 1 in ctx.tok2m or
                                                                        _tk[tgt.end + 1].lower_ in ("and", "or")))):
            # "Austin, Texas", "Grimsby, Lincolnshire": a town and the state or county it lies in (ISO 3166-2
            # names); not a list of places ("Texas, Oklahoma and Kansas")
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.comma", 0.7, sent, _tk[j + 1]))
        elif j < sent.end - 2 and _tk[j].text == "," and _tk[j + 1].lower_ in _COMPASS_ADJ and \
                (tgt := ctx.tok2m.get(j + 2)) is not None and tgt.type == "Country" and tgt.start == j + 2:
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.comma", 0.7, sent, _tk[j + 2]))  # "X, eastern Y"
        if j0 < sent.end - 3 and _tk[j0].text == "," and _tk[j0 + 1].lower_ in ("the", "a") and \
                (tgt := ctx.tok2m.get(j0 + 2)) is not None and tgt.type == "Country" and tgt.text in gz.DEMONYMS:
            j = j0  # also when the apposition goes on "on the Y Strait" ("X, the Russian ferry port on the Y")
            k = tgt.end
            while k < sent.end and k - tgt.end < 3 and (_tk[k].pos_ in ("ADJ", "NOUN") and k not in ctx.tok2m
                                                          and _tk[k].lower_ not in gz.PORT_NOUNS
                                                          or _tk[k].lower_ in ("oil", "naval")):
                k += 1  # "the Syrian oil port", "the Russian ferry port"
            if k < sent.end and (_tk[k].lower_ in gz.PORT_NOUNS or _tk[k].lower_ in ("city", "town")):
                # "Baniyas, the Syrian port", "X, a Libyan oil terminal"
                out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_apposition", 0.7, sent, _tk[j + 2]))
        # preceding: "Y's X", "Y's A and X ports", "the Y-ian port of X"
        first = m
        k = m.start
        while True:
            prev = [p for p in places if p.end in (k - 1, k - 2) and p.end <= k and
                    all(_tk[x].lower_ in ("and", ",") for x in range(p.end, k))]
            if not prev:
                break
            first = prev[0]
            k = first.start
        comma = m.end + 2 < sent.end and _tk[m.end].text == ","  # (", in Russia's Republic of X")
        if first is not m and m.end + 1 + comma < sent.end and _tk[m.end + comma].lower_ == "in" and \
                (own := ctx.tok2m.get(m.end + 1 + comma)) is not None and own.type in ("Country", "Location"):
            first = m  # "between the Iranian port of Amirabad and Astrakhan in Russia": Astrakhan has its own place
        s = first.start
        j = s  # "Ruritania's semi-autonomous Zenda region", "Russia's northern X region": past the adjectives
        while j > max(sent.start + 2, s - 4) and (_tk[j - 1].is_lower and _tk[j - 1].pos_ == "ADJ" or
                                                  _tk[j - 1].text == "-"):
            j -= 1
        if j < s and _tk[j - 1].text in ("'s", "’s"):
            s = j
        if s >= 2 and _tk[s - 1].text in ("'s", "’s") and (tgt := ctx.tok2m.get(s - 2)) is not None \
                and tgt.type in ("Country", "Location") and not (m.end < sent.end and (
                    _tk[m.end].lower_ in _COAST_WORDS or _tk[m.end].lower_ in gz.PORT_NOUNS and m.type == "Location")):
            # ("Turkey's Mediterranean coast"; "Russia's Baltic port of X": the sea names the port, not a place in Y)
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.possessive", 0.8, sent, _tk[s - 2]))
        if s >= 3 and _tk[s - 1].lower_ == "of" and _tk[s - 2].lower_ in ("city", "town", "village", "region",
                                                                              "province", "island", "state") and \
                (tgt := ctx.tok2m.get(s - 3)) is not None and tgt.type == "Country":
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_place_of", 0.8, sent, _tk[s - 3]))
        if s >= 3 and _tk[s - 1].lower_ == "of" and _tk[s - 2].lower_ in gz.PORT_NOUNS and \
                (tgt := ctx.tok2m.get(s - 3)) is not None and tgt.type == "Country":
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_port_of", 0.8, sent, _tk[s - 3]))
        if s >= 4 and _tk[s - 1].lower_ == "of" and _tk[s - 2].lower_ in _PLACE_OF_NOUNS and \
                _tk[s - 3].pos_ == "NOUN" and s - 3 not in ctx.tok2m and \
                (tgt := ctx.tok2m.get(s - 4)) is not None and tgt.type == "Country" and tgt.text in gz.DEMONYMS:
            # "the Russian border station of X", "the Iranian border town of X": a compound place noun
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_place_of", 0.75, sent, _tk[s - 4]))
        if s >= 3 and _tk[s - 1].lower_ == "of":
            # "the Egyptian Mediterranean port of X", "the Libyan port city of X", "the Russian Baltic port of X"
            k, seen_port = s - 2, False
            while k >= sent.start and s - k <= 6:
                low = _tk[k].lower_
                if low in gz.PORT_NOUNS or low in ("city", "town"):
                    seen_port = seen_port or low in gz.PORT_NOUNS
                    k -= 1
                    continue
                km = ctx.tok2m.get(k)
                if km is not None and km.type == "Location":
                    k = km.start - 1
                    continue
                if km is None and (_tk[k].pos_ == "ADJ" or pl.is_bare_sea(_tk[k].text)) or \
                        low in ("main", "key", "major", "naval", "oil", "-"):  # "the Iranian Caspian port of X"
                    k -= 1
                    continue
                break
            if seen_port and k > sent.start and _tk[k].text in ("'s", "’s") and s - k >= 3:
                k -= 1  # "Russia's Baltic Sea port of X"
                tgt = ctx.tok2m.get(k)
                if tgt is not None and tgt.type == "Country":
                    out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.possessive_port_of", 0.75, sent, _tk[k]))
            elif seen_port and k >= sent.start and (tgt := ctx.tok2m.get(k)) is not None and tgt.type == "Country" \
                    and tgt.text in gz.DEMONYMS and s - k > 3:
                out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_port_of", 0.75, sent, _tk[k]))
        if s >= 4 and _tk[s - 1].lower_ == "of" and (_tk[s - 2].lower_ in gz.PORT_NOUNS or _tk[s - 2].lower_ in (
                "island", "islands", "city", "town", "peninsula")) and \
                (tgt := ctx.tok2m.get(s - 3)) is not None and tgt.type == "Location" and tgt.end == s - 2 and \
                tgt.start > 0 and (_tk[tgt.start - 1].lower_ == "the" or tgt.start > 1 and
                                   _tk[tgt.start - 1].text in gz.DEMONYMS and _tk[tgt.start - 2].lower_ == "the") and \
                tgt.entity != m.entity:
            # "the Black Sea port of X", "the Pacific port of X", "the Russian Black Sea port of X": the sea or
            # region the port lies on
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.place_port_of", 0.7, sent, _tk[s - 3]))
        if s >= 3 and _tk[s - 1].lower_ in ("port", "harbour", "harbor", "seaport") and _tk[s - 1].pos_ == "NOUN" \
                and (tgt := ctx.tok2m.get(s - 2)) is not None and tgt.type == "Country" and tgt.text in gz.DEMONYMS \
                and _tk[tgt.start - 1].lower_ == "the":
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym_port", 0.7, sent, _tk[s - 2]))  # "the Turkish port X"
        if m.end + 1 < sent.end and _tk[m.end].lower_ == "of" and (tgt := ctx.tok2m.get(m.end + 1)) is not None \
                and tgt.start == m.end + 1 and tgt.type == "Location" and _tk[tgt.end - 1].lower_ in _REGION_NOUNS \
                and tgt.entity != m.entity:
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.of_region", 0.7, sent, _tk[m.end + 1]))  # "X Island of Y Prefecture"
        if s >= 1 and (tgt := ctx.tok2m.get(s - 1)) is not None and tgt.type == "Country" and \
                tgt.text in gz.DEMONYMS and m.type == "Port":
            out.append(Candidate(m, "LOCATED_IN", tgt, "located_in.demonym", 0.6, sent, _tk[s - 1]))


_WITH_CARGO_VERBS = {"lie", "lay", "sit", "wait", "anchor", "sail", "arrive", "leave", "depart", "head", "steam",
                     "idle", "loiter", "drift", "return", "reach", "enter", "dock", "berth", "moor"}
"""Verbs of a ship's stay or voyage whose "with X" is its cargo ("lay off Skagen for six days with crude oil")."""
_SHIP_EVENT_NOUNS = {"arrival", "departure", "visit", "call", "seizure", "detention", "arrest", "release",
                     "sinking", "launch", "inspection"}


def _rule_transported(ctx, sent, sm, vessels, out):
    vessels = [v for v in vessels if not _service_vessel(ctx, v)]  # warships and patrols intercept, they do not carry
    if vessels and not any(m.type == "Vessel" for m in sm):
        refs = [t for t in ctx.toks(sent) if t.lower_ in gz.SHIP_NOUNS and t.i not in ctx.tok2m and t.pos_ == "NOUN"]
        if refs and all(t.dep_ == "poss" and t.head.lower_ in _SHIP_EVENT_NOUNS for t in refs) and not any(
                t.lower_ in ("it", "she", "its", "her") for t in ctx.toks(sent)):
            return  # "On the sidelines of the ship's arrival, X signed a deal to supply urea": not its cargo
    lem = ctx.lemmas(sent)
    last = _last_cargo_ship(ctx, sent) if not vessels else None
    if not vessels and last is not None \
            and ("cargo" in lem or "board" in lem or "aboard" in lem) \
            and any((t.lower_ == "cargo" and any(c.lower_ == "the" for c in t.children) and t.dep_ in (
                "nsubj", "nsubjpass")) or (t.lower_ == "board" and t.i > sent.start and t.nbor(-1).lower_ == "on"
                                           and not any(c.dep_ == "pobj" for c in t.children)
                                           and not any(c.dep_ == "pobj" and c.i != t.i for c in t.nbor(-1).children))
                    or (t.lower_ == "aboard" and not any(c.dep_ == "pobj" for c in t.children)) for t in ctx.toks(sent)):
        vessels = [last]  # "The cargo, 100,000 tonnes of crude, was confiscated", "On board were ..."
    if not vessels:
        nxt = _named_next(ctx, sent)
        if nxt is not None:
            vessels = [nxt]  # "seized missile parts from a cargo ship ... . Boarders stopped the X, a cargo vessel"
    if not vessels or not (lem & CARGO_TRIGGERS or lem & _CARGO_EXTRA or ("hold" in lem or "holds" in lem) and any(
            t.lower_ in ("hold", "holds") and t.pos_ == "NOUN" for t in ctx.toks(sent)) or "with" in lem and any(
            m.type in ("Weapon", "Other") and (r := _root_in(ctx, m)).head.lower_ == "with" and
            r.head.head.lemma_.lower() in _WITH_CARGO_VERBS for m in sm)):
        return  # checked first: the back-reference scan below is the costly part
    cargo = [m for m in sm if m.type in ("Weapon", "Other")]
    # "such equipment", "the cargo of oil": generic nouns referring back to earlier cargo
    pos, toks, tok2m = ctx.pos_list(), ctx.tokens(), ctx.tok2m  # the untagged nouns, from the parse table's POS ids
    for t in [toks[i] for i in range(sent.start, sent.end) if pos[i] == _NOUN_ID and i not in tok2m]:
        if any(c.lower_ in ("such", "this", "that", "these", "the") for c in t.children if c.dep_ in ("amod", "det")):
            for c in reversed(ctx.last_cargo):
                if c.key.split()[-1] == t.lower_ or c.key.split()[-1] == t.lemma_.lower():
                    cargo.append(c)
                    break
    cargo = [c for c in cargo if not _is_fuel(ctx, c) and not _attack_weapon(ctx, c)]
    carried = ctx.carried
    if not cargo:
        # "had taken on part of the cargo": the cargo named last, for a ship whose cargo is not named yet
        noun = next((t for t in ctx.toks(sent) if t.lower_ in ("cargo", "cargoes", "consignment", "load") and
                     t.pos_ == "NOUN" and t.i not in ctx.tok2m and t.dep_ != "compound"), None)
        # ("the general cargo ship X": a ship type)
        if not any(m.type in ("Weapon", "Other") for m in sm) and noun is not None:
            back = next((c for c in reversed(ctx.last_cargo) if _root_in(ctx, c).dep_ != "compound"), None)
            if back is not None and not _is_fuel(ctx, back):
                for v in vessels:
                    if v.entity not in carried:
                        # (anchored on this sentence's noun: "X has yet to lift a Russian cargo" is not done)
                        out.append(Candidate(v, "TRANSPORTED", back, "transported.backref", 0.6, sent, noun))
                        carried.add(v.entity)
        return
    named = [v for v in vessels if v.start >= sent.start]
    sts = bool(lem & _STS_WORDS)
    for c in {c.entity: c for c in cargo}.values():
        if _listed_for_firm(ctx, _root_in(ctx, c)):
            continue  # "X Ltd, which the UK sanctioned for moving military equipment": the firm's deeds, no ship's
        carriers = vessels
        lead = _leading_ref(ctx, sent, named, c.start) if named else None
        if lead is not None:
            # "the vessel loading fuel oil at P and handing it over to the B": a transfer gives B the oil too
            carriers = [lead, *named] if sts or lem & {"hand", "handover"} else [lead]
        elif len(named) >= 2 and not sts:
            # "the tanker A collided with the freighter B, which was carrying grain": B's cargo, not A's
            carriers = [v for v in _clause_vessels(ctx, _root_in(ctx, c), vessels)] or vessels
            verb = _root_in(ctx, c).head
            for pp in verb.children:  # "took on oil from the tanker B", "moved oil into the tanker B"
                if pp.dep_ == "prep" and pp.lower_ in ("from", "to", "into", "onto"):
                    carriers = carriers + [x for q in pp.children for x in ctx.mconj(q)
                                           if x.type == "Vessel" and x not in carriers]
        for v in carriers:
            out.append(Candidate(v, "TRANSPORTED", c, "transported.trigger", 0.7, sent, _root_in(ctx, c)))
            carried.add(v.entity)


def _listed_for_firm(ctx, tok: Token) -> bool:
    """True when ``tok`` (goods) is the object of the deed a company was listed for: "Y LLC, which was sanctioned
    in June for carrying military equipment", "a company that the UK sanctioned for moving oil" (dev README: no
    TRANSPORTED, the subject is a company). A ship listed so ("sanctioned the tanker X for carrying oil")
    keeps its cargo."""
    v = tok.head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.dep_ != "pcomp" or v.head.lower_ != "for" or v.head.head.lemma_.lower() not in _LISTING_VERBS:
        return False
    lv = v.head.head
    listed = next((c for c in lv.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if listed is None or listed.lower_ in ("which", "that", "who"):
        listed = lv.head if lv.dep_ == "relcl" else listed
    if listed is None:
        return False
    if any(x.type == "Vessel" for x in _targets(ctx, listed)):
        return False  # "designated X FZE and two tankers it manages, A and B, for moving crude": the ships too
    m = ctx.m(listed)
    return m is not None and m.type == "Organization" or listed.lower_ in ("company", "firm", "manager", "operator",
                                                                          "owner")


def _named_next(ctx, sent: Span) -> Mention | None:
    """The ship an indefinite "a cargo ship / a tanker" of a news lead stands for: the only cargo-carrying
    vessel the next sentence names (wire leads name the ship one sentence later)."""
    # the lower-case forms from the document's lemma table (every other entry: not a Token property per word)
    rows, words, toks = ctx._lemma_rows, ctx._lemma_words, ctx.tokens()
    ind = [t for i in range(sent.start, sent.end) if words[rows[2 * i + 1]] in gz.SHIP_NOUNS
           and (t := toks[i]).pos_ == "NOUN" and t.i not in ctx.tok2m
           and not t.lower_.endswith("s") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
    if not ind:
        return None
    starts = ctx.word_sent_starts()
    i = bisect.bisect_right(starts, sent.start)
    if i >= len(starts):
        return None
    end = starts[i + 1] if i + 1 < len(starts) else len(ctx.doc)
    named = {m.entity: m for m in ctx.vessels_between(starts[i], end) if not _service_vessel(ctx, m)}
    return next(iter(named.values())) if len(named) == 1 else None


def _last_cargo_ship(ctx, sent: Span) -> Mention | None:
    """The ship "the cargo" / "on board" refers back to: the last vessel named before ``sent`` that is not a
    warship or patrol (the navy ship that stopped it carries nothing), within 60 tokens, or within 150 when
    the sentence before refers to "the vessel / the tanker"."""
    for m in reversed(ctx.ms):
        if m.type != "Vessel" or m.start >= sent.start:
            continue
        if _service_vessel(ctx, m):
            continue
        if sent.start - m.end < 60:
            return m
        prev = _prev_sent_start(ctx, sent)
        if prev is not None and sent.start - m.end < 150 and any(
                t.lower_ in gz.SHIP_NOUNS and any(c.lower_ == "the" for c in t.children)
                for t in ctx.doc[prev:sent.start]):
            return m
        return None
    return None


# law-enforcement and state ships: the navies' hull prefixes (gz.NAVAL_PREFIXES), coast guards' (US USCGC,
# Canadian CCGS, Malaysian KM/KD) and two that are also common abbreviations, so they are no ship-name cue for
# the entity step (French FS, South African SAS)
_SERVICE_PREFIXES = {"USCGC", "CCGS", "KD", "KM", "FS", "SAS", *gz.NAVAL_PREFIXES}
_WARSHIP_APPOS = {"patrol", "warship", "frigate", "corvette", "destroyer", "cutter", "cruiser", "gunboat",
                  "minesweeper", "submarine"}
_SERVICE_NOUNS = {"coast", "guard", "coastguard", "patrol", "cutter", "warship", "navy", "naval", "research",
                  "survey", "enforcement", "police"}


def _service_vessel(ctx, v: Mention) -> bool:
    """True for a warship, coast-guard, patrol or research ship: it intercepts or escorts, it carries no cargo."""
    if v.meta.get("naval"):
        return True
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if _tk[v.start].text in _SERVICE_PREFIXES:
        return True
    if any(_tk[o.start].text in _SERVICE_PREFIXES for o in ctx.mentions_of(v.entity)):
        return True  # "the cutter USCGC X ... the X towed it": a navy's ship without its prefix
    if v.end + 2 < len(doc) and _tk[v.end].text == "," and any(
            _tk[i].lower_ in _WARSHIP_APPOS for i in range(v.end + 1, min(v.end + 4, len(doc)))):
        return True  # "X, a patrol ship under the Western Naval Command"
    return any(_tk[i].lower_ in _SERVICE_NOUNS for i in range(max(v.start - 3, 0), v.start))


_STS_WORDS = {"transfer", "transfers", "ship-to-ship", "sts", "receive", "tranship", "transship", "transshipment",
              "transhipment", "hose", "hoses", "alongside", "side-by-side"}
"""Words of a cargo passed between ships, where every ship named carries it (dev README: TRANSPORTED for each)."""
_CARGO_EXTRA = {"receive", "pick", "contain", "laden", "loaded", "unloaded", "offloaded", "smuggle", "consignment",
                "barrels", "tonnes", "tons", "litres", "liters", "gallons", "onboard", "on-board", "pass", "handover", "hand", "ferry", "convey"}
"""More cargo cues ("received oil from", "picked up", "in its hold" is checked apart): a general list."""


_ATTACK_VERBS = {"hit", "strike", "attack", "target", "damage", "fire", "launch", "shoot", "sink", "ram", "bomb",
                 "intercept", "down", "explode", "slam", "pound", "shell", "disable", "harass", "threaten", "menace"}
_ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "hit", "hits", "assault", "barrage", "salvo", "raid"}


def _attack_weapon(ctx, m: Mention) -> bool:
    """A weapon used against the ship, not carried by it: "drones struck the tanker", "hit by a missile",
    "attacked the tanker with missiles", "a drone attack", "intercepted drones fired at the tanker"."""
    if m.type != "Weapon":
        return False
    r = _root_in(ctx, m)
    for _ in range(4):  # "with missiles and drones": the first conjunct carries the role
        if r.dep_ != "conj" or r.head.i == r.i:
            break
        r = r.head
    h = r.head
    if r.dep_ in ("nsubj", "nsubjpass") and h.lemma_.lower() in _ATTACK_VERBS:
        return True  # "drones struck the tanker"
    if r.dep_ in ("compound", "amod", "nmod") and h.lower_ in _ATTACK_NOUNS:
        return True  # "a drone attack", "a missile strike"
    if r.dep_ == "dobj" and h.lemma_.lower() in _ATTACK_VERBS:
        return True  # "fired missiles at", "intercepted drones"
    if r.dep_ == "pobj" and h.lower_ in ("by", "with") and h.head.lemma_.lower() in _ATTACK_VERBS:
        return True  # "hit by a missile", "targeted the tanker with ballistic missiles"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _ATTACK_VERBS for c in r.children):
        return True  # "drones fired at the tanker"
    if r.dep_ == "pobj" and h.lower_ == "with" and (h.head.lower_ == "armed" or h.head.lemma_.lower() in _BOARDERS):
        return True  # "commandos armed with rifles", "guards with rifles boarded the tanker"
    return False


_BOARDERS = {"commando", "guard", "troop", "soldier", "pirate", "man", "gunman", "force", "marine", "sailor",
             "personnel", "officer", "boarder", "team", "militant", "fighter", "attacker", "raider", "crew"}
"""People who board or attack a ship: the weapons they hold are not its cargo."""


def _is_fuel(ctx, m: Mention) -> bool:
    """ "powered by liquefied natural gas", "runs on diesel": the ship's fuel, not its cargo."""
    r = _root_in(ctx, m)
    h = r.head
    return h.lower_ in ("by", "on", "with") and h.head.lemma_.lower() in ("power", "fuel", "run", "propel", "drive")


_SANCTION_LEMMAS = frozenset({"sanction", "designate", "blacklist", "restrictive", "embargo", "designation", "sdn"})
"""Lemmas that make a document a sanctions story (``_Ctx.sanction_doc``; "restrictive measures" is the EU's term)."""
_SANCTION_DIRECT = {"sanction", "designate", "blacklist", "list", "embargo"}

_SANCTION_CONTEXT_VERBS = {"add", "put", "place", "impose", "target", "identify", "hit", "freeze", "include",
                           "name", "slap", "extend", "enter", "prolong"}
_SANCTION_WORDS = {"sanction", "sanctions", "list", "blocked", "designated", "sdn", "sdns", "embargo", "blacklist",
                   "package", "designation", "designations", "embargoes"}
_BODY_WORDS = {"treasury", "council", "commission", "department", "office", "union", "ministry", "state",
               "government", "nations", "ofac", "eu", "un", "administration", "bureau"}


# nouns for a round of sanctions as a subject ("Treasury's action targets X", "the package includes X")
_SANCTION_ACTS = {"sanctions", "package", "measures", "action", "designations", "designation", "listings", "round",
                  "list", "move"}
_MEASURE_NOUNS = frozenset(_SANCTION_ACTS - {"designation", "round", "list", "move"} | {"penalties"})
"""Of those, the subjects that stand for a round of sanctions in any story ("The measures target X", "The new
sanctions hit Y"); the others need a sanctions story ("The list includes X")."""
# verbs such a subject takes, and the verbs that take "sanctions" / "restrictive measures" as object
_ACT_VERBS = {"target", "include", "hit", "cover", "name", "list", "add"}
_LISTED = {"list", "designate", "sanction", "target", "name"}  # "those listed include X"
_LISTED_NOUNS = {"entities", "companies", "firms", "vessels", "tankers", "ships", "individuals", "persons", "people",
                 "targets", "designees", "entries"}
_IMPOSE_VERBS = {"impose", "announce", "adopt", "unveil", "approve", "introduce", "levy", "slap", "place", "put",
                 "extend", "expand", "issue", "renew", "reimpose", "re-impose", "reinstate", "tighten", "prolong",
                 "maintain", "apply", "keep", "retain", "enforce"}
_ASSET_WORDS = {"assets", "asset", "funds", "accounts", "property", "holdings"}
_BULLETS = gz.BULLETS


def _is_body(m: Mention | None) -> bool:
    """An entity that can impose sanctions: a state, or a government / international body."""
    if m is None:
        return False
    if m.type == "Country":
        return True
    return m.type == "Organization" and (m.cls == "GovernmentAgency" or bool(set(m.key.split()) & _BODY_WORDS)
                                         or m.meta.get("rule") == "institution"
                                         # "BIS" after "Bureau of Industry and Security (BIS)": its entity's name
                                         or bool(m.entity and set(m.entity.rsplit("/", 1)[-1].split("-"))
                                                 & _BODY_WORDS))


def _relative_head_targets(ctx, verb: Token) -> list[Mention]:
    """The designees a relative clause's sanction verb is about: the noun the clause modifies ("X, which
    OFAC designated"), or, for a common noun in apposition ("X, a company the EU listed"), the name it
    stands beside."""
    head = verb.head
    got = _targets(ctx, head)
    if not got and head.pos_ == "NOUN" and head.dep_ == "appos":
        got = _targets(ctx, head.head)
    return [m for m in got if not _is_body(m) and m.type in ("Organization", "Person", "Vessel")]


_DECISION_NOUNS = frozenset({"decision", "decree", "order", "resolution", "ruling"})
"""Acts of a body that impose a sanction: "by decision of the X Council", "by decree of the President"."""


def _decision_body(ctx, sent: Span) -> Mention | None:
    """The body whose act a sanction follows: "by (a) decision / decree / order of X" in ``sent`` (X an
    organisation, or a country's body named by the country), else None."""
    _tk = ctx.tokens()
    for t in ctx.toks(sent):
        if t.lemma_.lower() not in _DECISION_NOUNS or t.i < 1 or t.i + 2 >= sent.end:
            continue
        k = t.i - 1 - (_tk[t.i - 1].lower_ in ("a", "the"))
        if _tk[k].lower_ not in ("by", "under") or _tk[t.i + 1].lower_ != "of":
            continue
        j = t.i + 2 + (_tk[t.i + 2].lower_ == "the")
        m = ctx.tok2m.get(j)
        if m is not None and m.start == j and m.type in ("Organization", "Country"):
            return m
    return None


def _together_with(ctx, t: Token, targets: list[Mention]) -> list[Mention]:
    """Parties sanctioned "together with" the targets: "X was placed under sanctions ..., together with the
    company itself" (a name, or an organisation the noun refers back to)."""
    out = []
    for w in ctx.toks(t.sent):
        if w.lower_ != "with" or w.i < 1 or ctx.doc[w.i - 1].lower_ not in ("together", "along", "alongside"):
            continue
        for p in w.children:
            if p.dep_ != "pobj":
                continue
            m = ctx.m(p) or (ctx.org_ref(p) if p.pos_ == "NOUN" else None)
            if m is not None and m.type in ("Organization", "Person", "Vessel") and \
                    all(m.entity != x.entity for x in targets):
                out.append(m)
    return out


def _bodies(ctx, tok: Token) -> list[Mention]:
    """Sanctioning bodies a token stands for ("the EU", "Washington", "the Council", "its")."""
    out = []
    heads = [tok, *tok.conjuncts]  # "the US, the UK and the EU": the UK is parsed as an apposition
    for t in [*heads, *[x for h in heads for c in h.children if c.dep_ == "appos" and _is_body(ctx.m(c))
                        for x in (c, *c.conjuncts)]]:
        m = ctx.m(t) or ctx.org_ref(t)
        v = t.head.head if t.head.dep_ == "aux" else t.head  # ("it" is at times hung on the auxiliary)
        if (m is None or not _is_body(m)) and t.lower_ in ("it", "they") and t.dep_ == "nsubj" \
                and v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS:
            # "the Treasury said it was sanctioning X" (even where "it" was read as a ship named after it)
            m = next((b for c in v.head.children if c.dep_ == "nsubj" for b in _bodies(ctx, c)), m)
        if m is None and t.lower_ in ("its", "their") and t.dep_ == "poss":
            v = t.head  # "The EU adopted its 16th package": the subject of the possessor's own clause
            for _ in range(4):
                if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                    break
                v = v.head
            m = next((ctx.m(c) for c in v.children if c.dep_ == "nsubj" and c.i < t.i and _is_body(ctx.m(c))),
                     None) if v.pos_ in ("VERB", "AUX") else None
        if m is None and t.lower_ in ("it", "they") and t.dep_ == "nsubj" and t.head.dep_ == "relcl":
            # "OFAC issued a licence for X, which it designated in January": the body named before in the sentence
            m = next((x for x in reversed(ctx.ms) if t.sent.start <= x.start < t.i and _is_body(x)), None)
        if m is None and t.lower_ in ("its", "it", "their", "they") and ctx.last_body is not None:
            m = ctx.last_body
        if m is None and t.lower_ == "bloc":  # "the bloc" in sanctions copy: the European Union named before
            m = _bloc(ctx, t)
        if m is None and t.lower_ in _GOV_NOUNS:  # "the government of Japan", "the authorities of Canada"
            m = next((ctx.m(p) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and _is_body(ctx.m(p))), None)
            if m is not None and m.type == "Country" and t.text == "Government":
                ctx.gov_country = m  # a release's "The Government of X": "the Government" below is X's
            elif m is None and t.text == "Government" and getattr(ctx, "gov_country", None) is not None:
                m = ctx.gov_country  # "The Government is also designating 4 vessels"
        if m is None:
            for c in t.children:  # "the Office of X of the United States Treasury": first mention wins
                if c.dep_ in ("compound", "amod", "poss", "nmod") and _is_body(ctx.m(c)):
                    m = ctx.m(c)
                elif c.dep_ == "poss" and c.lower_ == "bloc" and m is None:  # "the bloc's 16th package"
                    m = _bloc(ctx, c)
            if m is None and t.lower_ in _SANCTION_ACTS:  # "the package, adopted by the EU on Monday, lists X"
                m = next((b for a in t.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                          for p in g.children if p.dep_ == "pobj" for b in _bodies(ctx, p)), None)
                if m is not None and ctx.last_body is not None and any(
                        a.dep_ == "acl" and a.lemma_.lower() in ("publish", "release", "post", "update")
                        for a in t.children):
                    m = None  # "Estonia added 11 ships to its list. The list, published by the ministry, ...": Estonia
        if m is not None and m.end + 1 < len(ctx.doc) and ctx.doc[m.end].text in ("'s", "’s"):
            inner = ctx.tok2m.get(m.end + 1)
            if _is_body(inner) and inner.type == "Organization":  # (not "the UK's Russia sanctions regime")
                m = inner  # "the Treasury's Office of Foreign Assets Control": the most specific body
        if _is_body(m):
            out.append(m)
    return out


_GOV_NOUNS = {"government", "authorities", "cabinet", "administration"}
# what a sanctions round names as its target before listing the members ("a network of shipping firms")
_GROUP_NOUNS = {"network", "networks", "ring", "scheme", "group", "fleet", "consortium"}
# a body's legal instruments, under which it lists ("under the UK's Russia sanctions regime")
_REGIME_NOUNS = {"regime", "regimes", "regulations", "regulation", "program", "programme", "act", "law", "order",
                 "decree", "authorities", "authority", "framework"}
# what a country's sanctions name in place of the country: "sanctions on Iran's oil exports", "on Russian crude"
_SECTOR_NOUNS = {"oil", "crude", "export", "exports", "sector", "economy", "industry", "product", "products", "bank",
                 "banks", "trade", "import", "imports", "gas", "petroleum", "energy", "coal", "shipping", "lng",
                 "fuel", "fuels", "seafood", "steel", "metals", "military", "government", "regime"}
# words of a body whose actions are sanctions by definition: OFAC and Treasury (31 CFR ch. V), OFSI (HM
# Treasury); read on the sentence's forms as a cheap gate and on a body's name
_OFFICE_WORDS = {"ofac", "treasury", "ofsi"}


def _listing_body(m: Mention | None) -> bool:
    """True for a body whose "listed X" is a designation: the European Union (or its Council), the UN Security
    Council or a sanctions committee, or a sanctions office (:func:`_sanctions_office`); a state's "listed X as Y"
    may be a register's entry, so states are left out."""
    if m is None or m.type != "Organization" or not _is_body(m):
        return False
    words = m.key.split()
    return _sanctions_office(m) or m.key in ("eu", "european union") or "committee" in words and "sanctions" in words \
        or "council" in words and ("european" in words or "eu" in words or "security" in words) \
        or m.key == "the council" or m.text in ("Council", "the Council")  # (a city's council lists buildings)


def _sanctions_office(m: Mention | None) -> bool:
    """True for a body whose "action against X" is a designation: OFAC, a treasury, OFSI, or an office
    named for sanctions ("Office of Financial Sanctions Implementation")."""
    if m is None or m.type != "Organization":
        return False
    words = set(m.key.split())
    return bool(words & _OFFICE_WORDS) or "sanctions" in words or "foreign assets" in m.key


def _member_of(tok: Token) -> Token | None:
    """The named member when a plural noun is the group it belongs to: "X is one of (dozens of) the
    vessels", "X, one of the tankers", "X is among the ships" -> the token of X, else None."""
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ not in ("of", "among"):
            return None
        p = t.head
        if p.lower_ == "among":
            h = p.head
        elif p.head.lower_ in ("one", "some", "two", "three", "several", "many", "part") or p.head.like_num:
            h = p.head
            if h.dep_ == "appos":
                return h.head
            if h.dep_ == "attr":
                h = h.head
            elif h.dep_ == "pobj":
                t = h
                continue
        elif p.head.lower_ in ("dozens", "hundreds", "scores"):
            t = p.head
            continue
        else:
            return None
        if h.lemma_.lower() in ("be", "remain"):
            return next((c for c in h.children if c.dep_ == "nsubj"), None)
        if h.dep_ == "appos":
            return h.head
        return None
    return None


def _bloc(ctx, tok: Token) -> Mention | None:
    """The European Union that "the bloc" stands for: the last body before ``tok`` named as a union."""
    for m in reversed(ctx.ms):
        if m.start < tok.i and _is_body(m) and m.type == "Organization" and (
                "union" in m.key.split() or m.key in ("eu", "e.u.")):
            return m
    return None


def _targets(ctx, tok: Token) -> list[Mention]:
    out = []
    # "the tankers A and B": B is a conjunct of the apposition A; "X and its director, Y": Y
    heads = [tok, *tok.conjuncts]
    seen = {h.i for h in heads}
    for h in heads:  # appositions and their conjuncts, and the appositions of those ("its manager, X")
        for c in h.children:
            if c.dep_ == "appos":
                for x in (c, *c.conjuncts):
                    if x.i not in seen and len(heads) < 24:
                        seen.add(x.i)
                        heads.append(x)
    for h in list(heads):  # "designated the IRGC, including the IRGC-QF,": the named example too
        if ctx.m(h) is not None and len(heads) < 24:
            for x in h.children:
                if x.dep_ == "prep" and x.lower_ == "including":
                    for p in x.children:
                        if p.dep_ == "pobj" and ctx.m(p) is not None:
                            heads += [y for y in (p, *p.conjuncts) if y.i not in seen]
                            seen.update(y.i for y in (p, *p.conjuncts))
    for t in heads:
        m = ctx.m(t)
        if m is None and t.lower_ in ("individuals", "persons", "people", "men", "women") and _count(t):
            n = _count(t)  # "All three individuals are being designated": the three people named last
            prev = []
            for x in reversed(ctx.ms):
                if x.start < t.i and x.type == "Person" and x.entity not in {p.entity for p in prev}:
                    prev.append(x)
                if len(prev) == n:
                    break
            if len(prev) == n:
                out.extend(prev)
            continue
        if m is None and t.tag_ == "NNS" and t is tok:
            member = _member_of(t)  # "X is one of the vessels sanctioned by Y", "X, one of the tankers ..."
            if member is not None:
                out.extend(_targets(ctx, member))
                continue
        if m is None and t.is_lower and t.lower_ not in gz.SHIP_NOUNS and t.pos_ != "PRON" and not (
                t.dep_ == "appos" and ctx.m(t.head) is not None):
            # "designated X Ltd pursuant to E.O. 14024": the name parsed as a compound of "pursuant"
            # (not "X, a Y affiliate,": the apposition describes X by another body)
            m = next((ctx.m(c) for c in reversed(list(t.lefts)) if c.dep_ == "compound" and ctx.m(c)
                      and ctx.m(c).end == t.i and ctx.m(c).type in ("Organization", "Person", "Vessel")
                      and t.lower_ not in _ORG_REF and t.lower_ not in ("firm", "firms", "company", "companies")),
                     None)
        if m is None and any(c.dep_ == "appos" and ctx.m(c) for c in t.children):
            continue  # "the company "X"": the name in apposition is the target, not an earlier company
        if m is None and t.pos_ == "NOUN":
            # "dozens of companies, including X and Y", "several firms such as X": the named examples
            incl = [p for x in t.subtree if x.dep_ == "prep" and (x.lower_ in ("including", "like") or (
                x.lower_ == "as" and x.i > 0 and x.nbor(-1).lower_ == "such")) for p in x.children
                    if p.dep_ == "pobj"]
            if incl:  # (not the place of "entities located in China (including Hong Kong)": no entity's example)
                out.extend(y for p in incl for y in _targets(ctx, p)
                           if t.lower_ not in _LISTED_NOUNS or y.type not in ("Country", "Location", "Port"))
                continue
        if m is None and t.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _NEW_ONES for c in t.children) \
                and not any(x.dep_ == "prep" and x.lower_ in ("including", "like") and any(
                    p.dep_ == "pobj" for p in x.children) for x in t.children):
            continue  # "as well as two additional vessels", "three other firms", "26 additional entities, including
            # in the UAE": not the ones named before
        if m is None:
            if t.lower_ in _GROUP_COUNT_WORDS and _counted_group(ctx, t):
                out.extend(ctx.last_group)  # "all five were designated": the ships just listed
                continue
            if t.lower_ in gz.SHIP_NOUNS or t.lower_ in ("it", "pair", "both"):
                n = _count(t)
                if n and t.lower_.endswith("s") and not any(c.dep_ in ("det", "poss") or c.lower_ in ("all", "both")
                                                            for c in t.children) and any(
                        x.lower_ == "including" for x in ctx.doc[t.i + 1:t.sent.end]):
                    continue  # "three tankers linked to it, including A and B": new ships, two of them named
                if n and t.lower_.endswith("s") and len(ctx.last_group) != n:
                    fwd = [g for st, g in ctx.groups if st > t.i and len(g) == n][:1]
                    if fwd:
                        out.extend(fwd[0])
                        continue
                    back = _last_vessels(ctx, t.i, n)
                    if back:  # "All four vessels": the four vessels named last, over several sentences
                        out.extend(back)
                        continue
                    later = {m.entity: m for m in ctx.ms if m.type == "Vessel"}
                    if len(later) == n and all(m.start > t.i for m in ctx.ms if m.type == "Vessel"):
                        out.extend(later.values())  # "identifying two vessels as blocked property", named below
                        continue
                out.extend(ctx.vessel_ref(t))
                continue
            if t.lower_ in ("firms", "companies", "entities") and (_count(t) or any(
                    c.lower_ in ("both", "two") for c in t.children)):
                n = _count(t) or 2
                prev = []
                for x in reversed(ctx.ms):
                    if x.start < t.i and x.type == "Organization" and x.entity not in {p.entity for p in prev} \
                            and not _is_body(x):
                        prev.append(x)
                    if len(prev) == n:
                        break
                if len(prev) == n:  # (not "26 entities" for the two firms named before)
                    out.extend(prev)
                continue
            if not any(c.dep_ == "appos" and ctx.m(c) is not None for c in t.children) and not (
                    t.dep_ == "appos" and ctx.m(t.head) is not None):
                # but "the company "Veltrans Logistic"" names itself, and "X Ltd, the manager of Y" describes X
                m = ctx.org_ref(t)
        if m is not None and m.type not in ("Weapon", "Other") or (m is not None and m.type == "Other"
                                                                   and m.cls == "Technology"):
            out.append(m)
    if out and out[-1].type == "Vessel":  # "the tankers A (IMO ...), B (IMO ...) and C (IMO ...)"
        out.extend(x for x in ctx.after_brackets(out[-1]) if x not in out)
    if tok.lower_ in _LISTED_NOUNS and (
            any(c.dep_ == "acl" and c.lemma_.lower() in _BASED_WORDS for h in (tok, *tok.conjuncts)
                for c in h.children) or any(
                x.dep_ == "prep" and x.lower_ in ("in", "across") and any(
                    p.dep_ == "pobj" and (pm := ctx.m(p)) is not None and pm.type == "Country" for p in x.children)
                for h in (tok, *tok.conjuncts) for x in h.children)):
        # "designated seven entities based in Russia, the PRC, Hong Kong and Germany", "sanctioned six entities,
        # four individuals and two vessels in Iran, China, the UAE and Türkiye": the parser made the places
        # conjuncts of the nouns; they are where the designees are, not designees
        out = [m for m in out if m.type not in ("Country", "Location", "Port")]
    return out


_BASED_WORDS = frozenset({"base", "based", "locate", "located", "headquarter", "headquartered", "register",
                          "registered", "incorporate", "incorporated", "domicile", "domiciled"})


# adjectives by which a counted noun introduces ships or firms not named before ("two additional vessels")
_NEW_ONES = {"additional", "other", "further", "more", "new", "separate", "unnamed", "unidentified"}


def _last_vessels(ctx, i: int, n: int) -> list[Mention]:
    """The ``n`` distinct vessels named last before token ``i``, or [] when fewer are named."""
    got: dict[str, Mention] = {}
    for m in reversed(ctx.ms):
        if m.start < i and m.type == "Vessel" and m.entity not in got:
            got[m.entity] = m
            if len(got) == n:
                return list(got.values())
    return []


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "both": 2, "pair": 2}


def _count(tok: Token) -> int | None:
    """The number a noun is counted with ("four vessels", "6 vessels", "both firms")."""
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet") or c.lower_ == "both":
            if c.lower_ in _NUMBERS:
                return _NUMBERS[c.lower_]
            if c.text.isdecimal():  # not isdigit: int() refuses superscripts ("²")
                return int(c.text)
    return None


def _clause_subject_tokens(tok: Token) -> list[Token]:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                s = subj[0]
                if s.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
                    return [t.head]
                return [s]
        if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
            return [t.head]
        if t.head.i == t.i:
            break
        t = t.head
    return []


_ADD_TO_LIST_RE = re.compile(r"\badd(?:s|ed|ing)?\b[^.;]{0,120}?\bto (?:the|its|their) (?:[A-Z][\w'’-]* ){1,4}List\b")
"""'added ... to the Entity List', 'adds X to its Consolidated List': the document names the list it adds to."""


def _adds_to_a_list(ctx) -> bool:
    """Whether the document says that something is added to a named list (:data:`_ADD_TO_LIST_RE`); read once."""
    got = getattr(ctx, "_adds_to_list", None)
    if got is None:
        got = ctx._adds_to_list = _ADD_TO_LIST_RE.search(doc_text(ctx.doc)) is not None
    return got


_MARKET_WORDS = {"exchange", "bourse", "market", "board", "index"}
"""Words of a stock market a company is listed on ("listed on the Oslo Stock Exchange")."""


def _listed_on_a_market(ctx, verb: Token) -> bool:
    """True when "listed" says where a company's shares trade: "listed in New York", "listed on the Stock
    Exchange", "listed in Hong Kong and Singapore" (a place or a market after "in"/"on", no sanctions word in
    the phrase)."""
    for x in verb.children:
        if x.dep_ != "prep" or x.lower_ not in ("in", "on"):
            continue
        for q in x.children:
            if q.dep_ != "pobj":
                continue
            words = {y.lower_ for y in q.subtree}
            if words & _MARKET_WORDS and not words & _SANCTION_WORDS:
                return True
            m = ctx.m(q)
            if m is not None and m.type in ("Location", "Country") and q.ent_type_ != "DATE":
                return True
    return False


def _listed_party_above(ctx, tok: Token) -> list[Mention]:
    """The organisation or person above a place that a relative clause about a listing was hung on: from the
    clause's verb up past the place and its "based in" phrase to the named party ("Radiotekhnika JSC, a
    manufacturer based in Izhevsk that is ... on the Entity List" -> Radiotekhnika JSC)."""
    h = tok
    for _ in range(8):
        if h.dep_ == "relcl" or h.dep_ in ("pobj", "prep", "acl", "amod", "compound", "advcl"):
            h = h.head
            m = ctx.m(h)
            if m is not None and m.type in ("Organization", "Person", "Vessel"):
                return [m]
            if h.pos_ == "NOUN" and h.dep_ == "appos":
                return [x for x in _targets(ctx, h.head) if x.type in ("Organization", "Person", "Vessel")]
        else:
            break
    return []


def _followed_in_sentence(ctx, sent: Span, out: list[Candidate], n0: int) -> None:
    """ "The EU added X to its sanctions list in June, and the UK followed in July": the body whose verb
    "follow" (with no object but "suit") is conjoined to a sanction sanctioned the same targets. Appends to
    ``out`` (whose SANCTIONED candidates from ``n0`` on are this sentence's)."""
    done = [c for c in out[n0:] if c.predicate == "SANCTIONED" and not c.negate]
    for t in ctx.toks(sent):
        if t.lemma_.lower() != "follow" or t.pos_ != "VERB" or t.dep_ != "conj" or any(
                c.dep_ == "dobj" and c.lower_ != "suit" or c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            continue  # (not "the EU followed with its own listing of A": it names its own targets)
        for c in t.children:
            if c.dep_ != "nsubj":
                continue
            for b in _bodies(ctx, c):
                before = {x.object.entity: x.object for x in done if x.anchor is not None and x.anchor.i < t.i}
                for tg in before.values():
                    if tg.entity != b.entity and all(x.subject.entity != b.entity for x in done):
                        out.append(Candidate(b, "SANCTIONED", tg, "sanctioned.follow_suit", 0.6, sent, t))


def _rule_sanctioned(ctx, sent, sm, vessels, out):
    lem = ctx.lemmas(sent)  # lemmas and lower-case forms
    below = getattr(ctx, "sanction_below", None)
    orphans = getattr(ctx, "sanction_orphans", None)
    if below is not None or orphans is not None:
        items = _list_entry(ctx, sent)
        if items:  # "1. NAME" under "X designated the persons listed below"
            for tg in items:
                if below is None:  # an annex listed before the body is named: credited to the next body
                    orphans.append((tg, sent))
                elif tg.entity != below.entity:
                    out.append(Candidate(below, "SANCTIONED", tg, "sanctioned.numbered_list", 0.65, sent, sent[0]))
            return
    heading = getattr(ctx, "sanction_heading", None)
    first = next((t for t in ctx.toks(sent) if not t.is_space), None)
    if heading is not None and first is not None and first.text == "|":
        # "OFAC designated the following entities:" and then a "|"-table of them: its rows are read as a table
        # (:func:`_designated_table_rows`), not as sentences
        ctx.sanction_tables = [*getattr(ctx, "sanction_tables", ()), (heading, first.idx)]
        ctx.sanction_heading = None
        return
    after_bullet = heading is not None and sent.start > 0 and all(  # read only under a list heading
        _entry_mark(x) for x in ctx.doc[sent.start - 1].sent)
    fm = ctx.m(first) if first is not None else None
    if heading is not None and all(_entry_mark(x) for x in ctx.toks(sent)):
        return  # "1." alone (the parser ends a sentence after an entry's number): its entry follows
    if heading is not None and first is not None and not after_bullet and first.text not in _BULLETS and \
            not _ENTRY_NUMBER_RE.fullmatch(first.text) and sent.start > 0 and \
            not ctx.doc[sent.start - 1].is_space and "\n" not in ctx.doc[sent.start - 1].whitespace_:
        return  # "1. X – IMO ... – flag: Gabon. Managed by Y.": the entry's line goes on, and the list with it
    if heading is not None and first is not None and (first.text in ("[", "(") or len(
            [x for x in ctx.toks(sent) if not x.is_space]) <= 3 and any(x.text == ":" for x in sent[-2:])):
        return  # an entry's tail ("[IRAN-EO13846] (Linked To: X).") or a sub-heading ("Vessels:") under the list
    if heading is not None and first is not None and (first.lower_ in _LISTED_NOUNS or first.lower_ + "s" in
                                                      _LISTED_NOUNS or first.lower_ == "entity") and len(
            [x for x in ctx.toks(sent) if not x.is_space]) <= 5 and not any(
            x.pos_ in ("VERB", "AUX") for x in ctx.toks(sent)):
        return  # a sub-heading without a colon ("Individuals (5)", "Entities") between parts of the list
    numbered = first is not None and (_ENTRY_NUMBER_RE.fullmatch(first.text) is not None or first.like_num and len(
        first.text) <= 3 and first.i + 1 < sent.end and ctx.doc[first.i + 1].text in (".", ")"))  # "2" "." entry
    if heading is not None and (numbered or after_bullet and not ctx.doc[sent.start - 1].sent[0].text in _BULLETS):
        # a numbered entry names its designee first, and is no sentence of its own: not "3. The two vessels
        # designated today are ..." nor "4. X was previously designated by OFAC" (a release's numbered paragraphs)
        k = first.i + (2 if numbered and ctx.doc[first.i + 1].text in (".", ")") else 1 if numbered else 0)
        lead = ctx.tok2m.get(k)
        root = next((x for x in ctx.toks(sent) if x.dep_ == "ROOT"), None)
        if lead is None or lead.start != k or root is not None and root.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            numbered = after_bullet = False
    if heading is not None and first is not None and (first.text in _BULLETS or numbered or after_bullet or fm is not None and (
            not any(t.pos_ in ("VERB", "AUX") for t in ctx.toks(sent))
            # an SDN-style entry: "NAME (a.k.a. ...), City, Country; Linked To: ...": the name, then its details
            or fm.start == first.i and fm.end < sent.end and ctx.doc[fm.end].text in ("(", ",", ";")
            and fm.type in ("Organization", "Person", "Vessel")
            # "Turkey (3): A; B; and C.": a country's group of entries
            or fm.start == first.i and fm.end < sent.end and ctx.doc[fm.end].text in ("(", ":", "):")
            and fm.type in ("Country", "Location") and any(x.text in (":", "):") for x in ctx.doc[fm.end:fm.end + 5]))):
        # a bulleted list after "OFAC designated the following entities:": each item's head is a target
        item = next((x for x in ctx.toks(sent) if x.dep_ == "ROOT"), None)
        got = _targets(ctx, item) if item is not None else []
        colon = next((x.i for x in ctx.toks(sent) if x.text in (":", "):")), None) if fm is not None and \
            fm.type in ("Country", "Location") and fm.start == first.i else None
        if colon is not None and colon - fm.end <= 4:
            # "China (6): A; B; and C.", "United Arab Emirates: A and B.": a country's entries, after the colon
            got = [m for m in sm if m.start > colon and m.type in ("Organization", "Person", "Vessel")]
        got = [m for m in got if m.type not in ("Country", "Location", "Port")]
        if not got:  # "ㅇ NAME (DPRK national): representative of ...": the name that opens the item
            lead_m = next((ctx.m(x) for x in ctx.toks(sent) if not (x.is_space or x.text in _BULLETS or
                                                                   numbered and x.i <= first.i + 1)), None)
            got = [lead_m] if lead_m is not None and lead_m.type in ("Organization", "Person", "Vessel") else []
        for tg in got:  # (not the entry's address: "NAME, Dubai, United Arab Emirates")
            if tg.type not in ("Country", "Location", "Port") and tg.entity != heading.entity:
                out.append(Candidate(heading, "SANCTIONED", tg, "sanctioned.bullet_list", 0.7, sent, item))
                if getattr(ctx, "sanction_lead", None) is None:
                    ctx.sanction_lead = heading  # the release's issuer, as a designation verb with a target sets it
        return
    ctx.sanction_heading = None
    prev = getattr(ctx, "sanction_prev", None)
    ctx.sanction_prev = None
    pending = getattr(ctx, "sanction_pending", None)
    ctx.sanction_pending = None
    if pending is not None:
        # "X announced sanctions against 35 entities. Among them are A and B." / "They include A and B."
        for t in ctx.toks(sent):
            if t.lemma_.lower() not in ("be", "include", "comprise") or t.dep_ != "ROOT":
                continue
            kids = list(t.children)
            among = any(c.lower_ == "among" and any(p.lower_ in ("them", "those", "these") for p in c.children)
                        for c in kids)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            generic = subj is not None and (subj.lower_ in ("they", "these", "those") or subj.lower_ in _LISTED_NOUNS
                                            # "sanctions on a network of firms. The network includes A and B"
                                            or subj.lower_ in _GROUP_NOUNS and any(
                                                d.lower_ in ("the", "this") for d in subj.children))
            if among or (generic and t.lemma_.lower() != "be"):
                objs = [c for c in kids if c.dep_ in ("nsubj", "attr", "dobj") and c is not (None if among else subj)]
                # "They include A, B, and Dubai's C": the parser may hang the list's last name on the verb
                objs += [c for c in kids if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and ctx.m(c) is not None]
                got = {x.entity: x for c in objs for x in _targets(ctx, c)}
                if among and any(x.text == ";" for x in ctx.toks(sent)):
                    # "Among them are A; B; C, a Dubai-based trader; and three Chinese companies, D, E and F,
                    # which supplied ...": the parser loses a list cut by semicolons; every named party of its
                    # items counts, but none of a relative clause that describes one
                    rel = False
                    for x in ctx.toks(sent)[t.i - sent.start + 1:]:
                        if x.text == ";":
                            rel = False
                        elif x.lower_ in ("which", "who", "that", "whose"):
                            rel = True
                        m = ctx.tok2m.get(x.i)
                        if not rel and m is not None and m.start == x.i and m.type in (
                                "Organization", "Person", "Vessel") and not _is_body(m):
                            got.setdefault(m.entity, m)
                for tg in got.values():
                    if tg.entity != pending.entity:
                        out.append(Candidate(pending, "SANCTIONED", tg, "sanctioned.among_them", 0.7, sent, t))
    issuer = ctx.last_body or getattr(ctx, "sanction_lead", None)
    if pending is None and issuer is not None and "be" in lem:
        # "... sanctions on four individuals and five entities. [...] The entities are A and B in Iran, and C
        # in the UAE." / "Also listed: VLCC X": the designees of the round announced before, named later
        toks = [x for x in ctx.toks(sent) if not x.is_space]
        for t in toks:
            if t.dep_ != "ROOT" or t.lemma_.lower() != "be":
                continue
            kids = list(t.children)
            if not any(c.dep_ == "nsubj" and c.lower_ in _LISTED_NOUNS and any(
                    d.lower_ in ("the", "these", "those") for d in c.children) for c in kids):
                continue
            for tg in {x.entity: x for c in kids if c.dep_ == "attr" for x in _targets(ctx, c)
                       if x.type in ("Organization", "Person", "Vessel") and not _is_body(x)}.values():
                if tg.entity != issuer.entity:
                    out.append(Candidate(issuer, "SANCTIONED", tg, "sanctioned.among_them", 0.6, sent, t))
    if issuer is not None:
        toks = [x for x in ctx.toks(sent) if not x.is_space][:3]
        if len(toks) == 3 and toks[0].lower_ == "also" and toks[1].lower_ in (
                "listed", "designated", "sanctioned", "targeted", "blacklisted") and toks[2].text == ":":
            for x in ctx.toks(sent)[3:]:  # "Also listed: VLCC X (Cook Islands flag), which ..."
                if x.text in (",", ";", "(", ".") or x.pos_ in ("VERB", "AUX"):
                    break
                tm = ctx.m(x)
                if tm is not None and tm.type in ("Organization", "Person", "Vessel") and not _is_body(tm) \
                        and tm.entity != issuer.entity:
                    out.append(Candidate(issuer, "SANCTIONED", tm, "sanctioned.also_listed", 0.6, sent, toks[1]))
    if prev is not None and "suit" in lem:
        # "The US sanctioned X on Monday. Canada and Australia followed suit": they sanctioned X too
        for t in ctx.toks(sent):
            if t.lemma_.lower() == "follow" and any(c.lower_ == "suit" for c in t.children if c.dep_ == "dobj"):
                for c in t.children:
                    if c.dep_ == "nsubj":
                        for b in _bodies(ctx, c):
                            for tg in prev:
                                if tg.entity != b.entity:
                                    out.append(Candidate(b, "SANCTIONED", tg, "sanctioned.follow_suit", 0.6, sent, t))
        return
    if ctx.sanction_doc and _caps_list_heading(ctx, sent):
        # "VESSELS IDENTIFIED AS BLOCKED PROPERTY" over a bulleted list: the release's issuer lists them
        ctx.sanction_heading = getattr(ctx, "sanction_lead", None) or ctx.last_body
        return
    if ctx.sanction_doc and _list_heading(ctx, sent):
        # "The sanctioned entities are:" then a bulleted list: the body named last designates them
        ctx.sanction_heading = ctx.last_body or getattr(ctx, "sanction_lead", None)
        lead = getattr(ctx, "sanction_lead", None)
        if ctx.last_body is not None and lead is not None and not ctx.last_body_listed:
            # "The Council today decided ... the number of vessels listed by the EU rises to 350. The vessels
            # listed today are:": the release's issuer lists them, not a body named in a sentence that lists no one
            ctx.sanction_heading = lead
        return
    if ctx.sanction_doc and _annex_heading(ctx, sent):
        # an annex's "B. Entities subject to an asset freeze" and a numbered list: the release's issuer
        ctx.sanction_heading = getattr(ctx, "sanction_lead", None) or ctx.last_body
        return
    if "following" in lem and lem & {"listings", "designations"}:
        body = _listings_heading(ctx, sent)
        if body is not None:  # "The Council today adopted the following listings (Annex XLII):" then "1. X"
            ctx.sanction_heading = ctx.sanction_below = ctx.last_body = body
            return
    act = ctx.sanction_doc and (bool(lem & _ACT_VERBS) and bool(lem & _SANCTION_ACTS or lem & _LISTED or "among" in lem)
                                or "property" in lem and "identify" in lem
                                # "BIS is also adding X", "A and B are being added for their roles": the list the
                                # release adds to is named once, in another sentence
                                or "add" in lem and _adds_to_a_list(ctx))
    ban = bool(lem & {"ban", "prohibit", "outlaw"})  # "resolutions banned X's exports", "under an EU ban"
    # "OFAC is taking action against X", "Treasury is targeting X": a sanctions office's own words
    office_act = ("action" in lem and "against" in lem or "target" in lem) and bool(lem & _OFFICE_WORDS)
    measures_act = bool(lem & {"target", "hit", "cover"} and lem & _MEASURE_NOUNS)  # "The measures target X"
    if not (lem & _SANCTION_WORDS or lem & {"sanction", "designate", "blacklist", "list", "restrictive"}
            or lem & _ASSET_WORDS and "freeze" in lem or act or ban or office_act or measures_act
            or lem & {"add", "include", "enter"} and ("annex" in lem or "schedule" in lem)):
        return  # cheap test first: the exact one below needs a word of these anyway
    lowers = ctx.forms(sent)
    has_context = bool(lowers & _SANCTION_WORDS) or any(t.lemma_.lower() in ("sanction", "designate", "blacklist")
                                                         for t in ctx.toks(sent)) or "restrictive" in lowers \
        or bool(lowers & _ASSET_WORDS and "freeze" in lem) or act or ban or office_act or measures_act \
        or "list" in lem and ("schedule" in lowers or "annex" in lowers) \
        or bool(lem & {"add", "include", "enter"}) and ("schedule" in lowers or "annex" in lowers) \
        or "list" in lem and "by" in lowers \
        or "list" in lem and any(x.lemma_ == "list" and x.pos_ == "VERB" and any(  # "The EU listed X"
            c.dep_ == "nsubj" and _listing_body(ctx.m(c)) for c in x.children) for x in ctx.toks(sent))
    # (the agent must be a body, the subject a listing body: see the "list" test below)
    # ("listed X in Schedule 3 of the ... Regulations", "X has been included by the Council in Annex XLII")
    sent_targets: list[Mention] = []
    if not has_context and not (ctx.sanction_doc and any(t.lemma_.lower() == "list" and t.pos_ == "VERB"
                                                         for t in ctx.toks(sent))):
        return
    for t in ctx.toks(sent):
        lem = t.lemma_.lower()
        bodies: list[Mention] = []
        targets: list[Mention] = []
        if t.lower_ in ("sanctions", "blacklists", "designates") and t.pos_ in ("NOUN", "PROPN") and t.i > sent.start \
                and _is_body(ctx.m(t.nbor(-1))) and ctx.m(t.nbor(-1)).start in (sent.start, sent.start + 1) \
                and t.i + 1 < sent.end and t.nbor(1).pos_ in ("PROPN", "DET", "NUM", "ADJ", "NOUN") \
                and t.nbor(1).lower_ not in _SANCTION_WORDS_OR_SANCTION_ACTS_OR_EXTRA \
                and not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors):
            # a headline's verb tagged as a noun: "US sanctions Hong Kong firm X over Iranian oil"
            bodies.append(ctx.m(t.nbor(-1)))
            for x in sent[t.i + 1 - sent.start:]:
                if x.text in ("-", "–") and x.i + 1 < sent.end and not x.whitespace_ and \
                        ctx.doc[x.i + 1].tag_ == "VBN" or x.tag_ == "VBN" and ctx.doc[x.i - 1].text in ("-", "–"):
                    continue  # "Hamburg-registered broker X": a compound modifier, not the verb's end
                if x.pos_ in ("ADP", "VERB", "AUX", "SCONJ") and x.lower_ != "of" or x.text in (":", ";", "-", "–"):
                    break
                tm = ctx.m(x)
                if tm is not None and tm.type in ("Organization", "Person", "Vessel") and not _is_body(tm):
                    targets.append(tm)
            rule = "sanctioned.headline"
        elif t.lower_ in ("sanctioned", "designated", "blacklisted") and t.i - 3 >= sent.start \
                and ctx.doc[t.i - 1].text in ("-", "–") and _is_body(ctx.m(ctx.doc[t.i - 2])) \
                and ctx.m(ctx.doc[t.i - 2]).end == t.i - 1 and ctx.doc[ctx.m(ctx.doc[t.i - 2]).start - 1].lemma_.lower() == "be":
            # "The tanker X is UK-sanctioned", "Y, which is EU-sanctioned": said of the name before the copula
            # (read from the words: the parser rarely keeps the hyphenated body on the participle)
            bm = ctx.m(ctx.doc[t.i - 2])
            bodies.append(bm)
            near = [m for m in ctx.ms if sent.start <= m.start < bm.start - 1
                    and m.type in ("Vessel", "Organization", "Person") and not _is_body(m)]
            if near:
                targets.append(near[-1])
            rule = "sanctioned.predicative"
        elif t.dep_ == "amod" and lem in ("sanction", "designate", "blacklist", "list") and t.head.pos_ in ("NOUN", "PROPN"):
            # "the EU-sanctioned tanker X", "U.S.-designated firms": the body is the hyphenated modifier
            for c in t.children:
                if c.dep_ in ("npadvmod", "compound", "nmod") and _is_body(ctx.m(c)):
                    bodies.append(ctx.m(c))
            if not bodies and (body := ctx.tok2m.get(t.i - 1)) is not None and body.end == t.i and \
                    _is_body(body) and body.type in ("Organization", "Country") and t.tag_ in ("VBD", "VBN"):
                # "the Treasury's Office of Foreign Assets Control designated X, Y and two of its tankers, the A
                # and the B": a finite verb the parser took for a modifier; its objects read by the words, to the
                # clause's end
                _tk = ctx.tokens()
                k = t.i + 1
                while k < sent.end and _tk[k].text not in (";", ":") and not (
                        _tk[k].text == "," and k + 1 < sent.end and _tk[k + 1].pos_ == "VERB" and
                        _tk[k + 1].tag_ == "VBG") and _tk[k].lower_ not in ("for", "after", "because", "over"):
                    k += 1
                got = [m for m in ctx.ms if t.i < m.start < k and m.type in ("Organization", "Person", "Vessel")
                       and not _is_body(m)]
                for m in {x.entity: x for x in got}.values():
                    out.append(Candidate(body, "SANCTIONED", m, "sanctioned.verb_surface", 0.6, sent, t))
                continue
            if not bodies:
                continue
            targets += _targets(ctx, t.head)
            if not targets and t.head.dep_ == "appos":
                targets += _targets(ctx, t.head.head)
            rule = "sanctioned.hyphenated"
        elif office_act and lem in ("take", "target") and t.pos_ == "VERB" and (lem == "target" or any(
                c.dep_ == "dobj" and c.lower_ == "action" for c in t.children)) and any(
                _sanctions_office(b) for c in t.children if c.dep_ == "nsubj" for b in _bodies(ctx, c)):
            # "OFAC is taking action against X", "Treasury is targeting X and Y": a sanctions office's
            # action is a designation (said of another body, "took action" may be anything)
            if any(d.lower_ in ("no", "yet", "never", "without") for c in (t, *[c for c in t.children if c.dep_ in (
                    "dobj", "xcomp")]) for d in (*c.children, c.head)):
                continue  # "OFAC has taken no action against X", "has yet to target X": no designation
            bodies += [b for c in t.children if c.dep_ == "nsubj" for b in _bodies(ctx, c) if _sanctions_office(b)]
            objs = [c for c in t.children if c.dep_ == "dobj"] if lem == "target" else [
                p for d in (t, *[c for c in t.children if c.dep_ == "dobj"]) for a in d.children
                if a.dep_ == "prep" and a.lower_ == "against" for p in a.children if p.dep_ == "pobj"]
            targets += [x for o in objs for x in _targets(ctx, o) if x.type != "Country" and not _is_body(x)]
            if not targets:  # "OFAC is taking action against a network": the release's issuer, for the
                # "X is being designated" paragraphs below (not a body for every later agentless mention)
                if bodies and getattr(ctx, "sanction_lead", None) is None:
                    ctx.sanction_lead = bodies[0]
                if bodies and any(x.text == ":" for x in sent[-2:]) and any(
                        o.lower_ == "following" for o in objs):
                    ctx.sanction_heading = bodies[0]  # "OFAC's action today targets the following:" and a list
                continue
            rule = "sanctioned.verb"
        elif lem in ("target", "hit", "cover") and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lower_ in _MEASURE_NOUNS for c in t.children):
            # "The measures target A, its director B and C, the State Department said", "EU sanctions hit X":
            # the body the measures are of (a modifier or possessor), else the one the sentence quotes
            subj = next(c for c in t.children if c.dep_ == "nsubj" and c.lower_ in _MEASURE_NOUNS)
            bodies += [b for c in subj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       for b in _bodies(ctx, c) if _is_body(b)]
            if not bodies:
                bodies += [b for v in ctx.toks(sent) if v.lemma_.lower() in SAY_VERBS and v.i != t.i
                           for c in v.children if c.dep_ == "nsubj" for b in _bodies(ctx, c) if _is_body(b)]
            if not bodies and ctx.sanction_doc and ctx.last_body is not None:
                bodies.append(ctx.last_body)
            targets += [x for c in t.children if c.dep_ == "dobj" for x in _targets(ctx, c)
                        if x.type != "Country" and not _is_body(x)]
            # "..., as well as three tankers — A, B and C —": the list hung on the object by "as well as"
            targets += [x for c in t.children if c.dep_ == "dobj" for q in c.subtree
                        if q.dep_ == "appos" and q.head.lower_ in gz.SHIP_NOUNS and not any(
                            a.dep_ in ("relcl", "acl", "advcl") for a in q.ancestors if c.is_ancestor(a))
                        for x in _targets(ctx, q) if x.type == "Vessel"]
            # (not "X, which manages the tanker Y": a ship of a target's clause is no target)
            rule = "sanctioned.measures_target"
        elif t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and (
                lem in _SANCTION_DIRECT or (lem == "specify" and ctx.sanction_doc and any(
                    c.dep_ == "dobj" and (c.lower_ in gz.SHIP_NOUNS or (ctx.m(c) is not None and ctx.m(c).type == "Vessel"))
                    for c in t.children))
                # (UK law "specifies" ships: "The FCDO also specified two ships, A and B")
                or (lem in _SANCTION_CONTEXT_VERBS and any(
                    x.lower_ in _SANCTION_WORDS or x.lower_ == "restrictive" or x.lower_ == "freeze" and x.i > 0
                    and x.nbor(-1).lower_ in ("asset", "assets") or x.lower_ in ("annex", "schedule") and lem in (
                        "add", "include", "enter") for c in t.children
                    if c.dep_ != "nsubj" and (c.dep_ != "nsubjpass" or lem in _IMPOSE_VERBS)
                    for x in c.subtree))
                or (lem in _ACT_VERBS and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may",
                                                                                   "might") for c in t.children)
                    and any(c.dep_ == "nsubj" and (c.lower_ in _SANCTION_ACTS and (
                        any(x.lower_ in _SANCTION_WORDS for x in c.subtree) or ctx.sanction_doc and _bodies(ctx, c)
                        or ctx.sanction_doc and any(_bodies(ctx, x) for x in c.children if x.dep_ == "poss")
                        # "Britain announced sanctions. The measures target X": the round just announced
                        or ctx.sanction_doc and ctx.last_body is not None and c.tag_ == "NNS"
                        and any(d.lower_ in ("the", "these", "those") for d in c.children))
                        or ctx.sanction_doc and any(a.dep_ == "acl" and a.lemma_.lower() in _LISTED
                                                    for a in c.children))
                    for c in t.children))
                or (lem == "freeze" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _ASSET_WORDS
                                            for c in t.children))
                # "OFAC sanctioned the tanker X. Its operator, Y, was also targeted": a release's follow-up
                or (lem == "target" and ctx.sanction_doc and ctx.last_body is not None and any(
                    c.dep_ == "auxpass" for c in t.children) and any(
                    c.lower_ == "also" and c.dep_ == "advmod" for c in t.children))
                or (act and lem in _ACT_VERBS and t.dep_ == "acl" and t.head.dep_ == "pobj"
                    and t.head.head.lower_ == "among")  # "Among those targeted were X" in a sanctions story
                # "BIS is also adding X", "A and B are being added for their roles" in a release that names the
                # list it adds to elsewhere (:func:`_adds_to_a_list`)
                or (lem == "add" and act and _adds_to_a_list(ctx) and any(
                    c.dep_ in ("dobj", "nsubjpass") and ((m := ctx.m(c)) is not None and
                                                        m.type in ("Organization", "Person", "Vessel")
                                                        and not _is_body(m) or c.lower_ in _LISTED_NOUNS)
                    for c in t.children))):
            if lem == "list" and not any(x.lower_ in _SANCTION_WORDS or x.lemma_ in ("sanction", "freeze")
                                         or x.lower_ in ("annex", "restrictive", "schedule") for x in ctx.toks(sent)) \
                    and not ctx.sanction_doc and not any(  # "the tanker X, which was listed by the EU in May"
                        c.dep_ == "agent" and any(_is_body(ctx.m(p)) and ctx.m(p).type in ("Organization", "Country")
                                                  for p in c.children if p.dep_ == "pobj")
                        or c.dep_ == "nsubj" and _listing_body(ctx.m(c)) and not any(
                            x.dep_ == "prep" and (x.lower_ in ("among", "as") or x.lower_ in ("in", "on") and not any(
                                q.ent_type_ == "DATE" for q in x.children)) for x in t.children)
                        for c in t.children):
                # ("was listed by the UK on Tuesday": a state lists as a body does; "listed by X as Y" is left
                # to the record test below; "The EU listed X": a body whose lists are sanctions lists, but not
                # "listed X among the ships at anchor", which counts, nor "listed X in/on" a register or exchange)
                continue
            if lem == "list" and _listed_on_a_market(ctx, t):
                continue  # "X, which is listed in New York", "listed on the Oslo Stock Exchange": shares, not sanctions
            if lem == "list" and any(x.dep_ == "prep" and x.lower_ == "as" or x.dep_ == "acl" and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in x.children) for d in (t, *[
                    c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]) for x in d.children) and not any(
                    x.lower_ in _SANCTION_WORDS and x.i != t.i for x in ctx.toks(sent)):
                continue  # "both list X as director", "X is listed as the owner", "records list the ships as owned by
                # X": a record, not a designation
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
            if passive and t.dep_ == "pcomp" and not any(c.dep_ == "nsubjpass" for c in t.children) and any(
                    c.lower_ == "being" for c in t.children) and t.head.dep_ == "prep":
                # "Despite being blacklisted by Washington, the tanker X delivered ...": the main clause's subject
                v = t.head.head
                targets += [m for x in v.children if x.dep_ in ("nsubj", "nsubjpass") for m in _targets(ctx, x)
                            if m.type in ("Organization", "Person", "Vessel") and not _is_body(m)]
            if t.dep_ == "relcl" and not passive and lem in _SANCTION_DIRECT and not any(
                    c.dep_ in ("dobj", "oprd") for c in t.children) and any(c.dep_ == "nsubj" for c in t.children):
                targets += _relative_head_targets(ctx, t)  # "X, a company the EU listed in 2024": no "which"
            dateline = _dateline_subjects(ctx, t)
            for c in t.children:
                if c.i in dateline:
                    continue
                if c.dep_ == "nsubj" and not passive and c.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
                    bodies += _bodies(ctx, t.head)  # "the EU and Canada, which have listed X": they list
                elif c.dep_ == "nsubj" and not passive:
                    bodies += _bodies(ctx, c) or ([b for x in c.children if x.dep_ == "poss" for b in _bodies(ctx, x)]
                                                  if c.lower_ in _SANCTION_ACTS else [])
                    # ("OFAC's action today targets the following:": the act's owner is the body)
                elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    for p in [*c.children, *[q for cc in c.conjuncts if cc.lower_ == "by" for q in cc.children]]:
                        if p.dep_ == "pobj":  # "by the UK in May and by the EU in June": both
                            bodies += _bodies(ctx, p)
                elif c.dep_ in ("dobj", "oprd", "nsubjpass") and lem == "freeze" and c.lower_ in _ASSET_WORDS:
                    # "froze the assets of X", "froze X's assets", "X's assets were frozen by Y"
                    for a in c.children:
                        if a.dep_ == "poss":
                            targets += _targets(ctx, a)
                        elif a.dep_ == "prep" and a.lower_ == "of":
                            targets += [x for p in a.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
                elif c.dep_ in ("dobj", "oprd"):  # also "Also sanctioned are X and Y", parsed as a passive with an object
                    got = _targets(ctx, c)
                    if not got and c.lower_ in ("which", "that", "whom") and t.dep_ == "relcl":
                        got = _relative_head_targets(ctx, t)  # "X, which it designated on 15 January"
                    if not got and c.lower_ == "her" and t.dep_ == "advcl":
                        # "the tanker X continued to load even after the EU listed her": the ship the main
                        # clause is about
                        got = [m for x in t.head.children if x.dep_ in ("nsubj", "nsubjpass")
                               for m in _targets(ctx, x) if m.type == "Vessel"]
                    if not got and c.lower_ == "it":
                        # "Commerce added X to its Entity List, and OFAC sanctioned it the following year": the
                        # last named argument before it in the sentence
                        got = next(([m] for m in reversed(ctx.ms) if sent.start <= m.start < c.i
                                    and m.type in ("Organization", "Vessel") and not _is_body(m)
                                    and ctx.doc[m.end - 1].dep_ in ("dobj", "nsubjpass", "nsubj")), [])
                    targets += got
                    if lem in _IMPOSE_VERBS:  # "imposed an asset freeze and a travel ban on X"
                        targets += [x for n in (c, *c.conjuncts) for a in n.children if a.dep_ == "prep"
                                    and a.lower_ in ("on", "against") for p in a.children if p.dep_ == "pobj"
                                    for x in _targets(ctx, p)]
                elif c.dep_ == "ccomp" and c.lemma_.lower() in SAY_VERBS and not passive and not any(
                        x.dep_ in ("dobj", "oprd") for x in t.children):
                    # "The UK has designated the Dubai supplier X, the Financial Times reported": the parser hung
                    # the object on the attribution's verb as its subject
                    targets += [m for x in c.children if x.dep_ == "nsubj" and x.i > t.i for m in _targets(ctx, x)
                                if m.type in ("Organization", "Person", "Vessel") and not _is_body(m)
                                and m.cls != "MediaOrganization"]
                elif c.dep_ == "auxpass" and t.i < c.i:  # "Also designated were X and Y"
                    for a in c.children:
                        if a.dep_ in ("attr", "nsubj", "nsubjpass"):
                            targets += _targets(ctx, a)
                elif c.dep_ == "nsubjpass" and c.lower_ == "both" and t.dep_ == "relcl" and any(
                        p.lower_ == "of" and any(q.lower_ in ("which", "whom") for q in p.children)
                        for p in c.children):
                    # "owned by X and managed by Y, both of which are also being designated": X and Y
                    got: dict[str, Mention] = {}
                    for m in reversed(ctx.ms):
                        if sent.start <= m.start < c.i and m.type in ("Organization", "Person", "Vessel") \
                                and not _is_body(m) and m.entity not in got:
                            got[m.entity] = m
                            if len(got) == 2:
                                break
                    targets += list(got.values()) if len(got) == 2 else []
                elif c.dep_ == "nsubjpass":
                    targets += _targets(ctx, c) if c.lower_ not in ("which", "that", "who") else \
                        _targets(ctx, t.head) if t.dep_ == "relcl" else []
                    if c.lower_ == "it" and not targets:  # "X is designated today; it was sanctioned by the EU"
                        prior = [ctx.m(x) for x in ctx.doc[sent.start:c.i] if x.dep_ in ("nsubj", "nsubjpass")]
                        prior = [m for m in prior if m is not None and m.type == "Organization" and not _is_body(m)]
                        targets += prior[-1:]
                elif c.dep_ == "prep" and c.lower_ in ("on", "to", "in", "into") and lem in (
                        "add", "put", "place", "include", "enter") and any(
                        p.lower_ in ("list", "blacklist") for p in c.children):  # "placed on the EU's sanctions list"
                    own = any(s_.dep_ == "nsubj" for s_ in t.children) or t.dep_ in ("advcl", "xcomp", "conj") and any(
                        s_.dep_ == "nsubj" for s_ in t.head.children)  # "The EU followed, adding X to its list"
                    bodies += [b for p in c.children if p.dep_ == "pobj" for x in p.children
                               if x.dep_ in ("poss", "compound", "nmod")
                               and not (own and x.lower_ in ("its", "their")) for b in _bodies(ctx, x)]
                    # "included in the sanctions list of the United States" (translated agency copy)
                    bodies += [b for p in c.children if p.dep_ == "pobj" for x in p.children
                               if x.dep_ == "prep" and x.lower_ == "of"
                               for q in x.children if q.dep_ == "pobj" for b in _bodies(ctx, q)]
                elif c.dep_ == "prep" and c.lower_ in ("on", "against") and lem in _IMPOSE_VERBS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            targets += _targets(ctx, p)
                elif c.dep_ == "prep" and c.lower_ in ("in", "on") and lem in _SANCTION_DIRECT and any(
                        x.dep_ in ("dobj", "nsubjpass") for x in t.children):
                    # "designated A in March 2025 and B in January 2026": B parsed as a conjunct of the date
                    targets += [m for p in c.children if p.dep_ == "pobj" for cj in p.conjuncts
                                for m in [ctx.m(cj)] if m is not None and m.type in ("Organization", "Person",
                                                                                     "Vessel") and not _is_body(m)]
                elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and lem in _SANCTION_DIRECT and any(
                        x.dep_ == "dobj" for x in t.children):
                    # "sanctioned the tanker A in May and the tanker B in June": B hung on the verb
                    targets += [x for x in _targets(ctx, c) if not _is_body(x)]
                elif c.dep_ == "prep" and (c.lower_ == "including" or c.lower_ in ("along", "together") and any(
                        w.lower_ == "with" for w in c.children)) and any(
                        x.dep_ in ("dobj", "nsubjpass") and (ctx.m(x) is not None or x.lower_ in _LISTED_NOUNS
                                                             or x.lower_ in gz.SHIP_NOUNS or
                                                             x.lower_ in ("which", "that") and t.dep_ == "relcl")
                        for x in t.children):
                    # ("the tanker X, which OFAC designated in August along with the tanker Y")
                    # (the object names designees, not "sanctioned 11 new routes, including A-B": a licence)
                    # "sanctioned 14 tankers on Monday, including A and B" / "designated X, along with its
                    # director, Y": the examples and companions hung on the verb, not on its object
                    targets += [x for p in (c, *[w for w in c.children if w.lower_ == "with"])
                                for q in p.children if q.dep_ == "pobj" for x in _targets(ctx, q)
                                if not _is_body(x) and x.type in ("Organization", "Person", "Vessel")]
            if not targets and passive and t.dep_ == "conj" and t.head.lemma_.lower() in ("refer", "know", "call") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                # "X, commonly referred to as Y, was designated by Z": the parser made "referred" the root
                targets += [x for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in _targets(ctx, c)]
            if not targets and not passive and lem in _SANCTION_DIRECT and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in t.children):
                # "OFAC is designating A, B and C pursuant to E.O. 13224": the list parsed as the subject of
                # "pursuant", a clause the verb does not have
                targets += [x for c in t.children if c.dep_ == "ccomp" and c.lower_ == "pursuant" and c.i > t.i
                            for s in c.children if s.dep_ == "nsubj" and s.i > t.i for x in _targets(ctx, s)]
            if not targets and lem in _SANCTION_CONTEXT_VERBS_OR_SANCTION_DIRECT:
                # "added 74 vessels to the list of ships subject to a port-access ban, including A and B": the
                # examples of a counted group, wherever the parser hung "including"
                grp = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS"
                            and ctx.m(c) is None and _count(c) and (c.lower_ in _LISTED_NOUNS or c.lower_ in
                                                                   gz.SHIP_NOUNS)), None)
                inc = next((x for x in ctx.toks(sent) if grp is not None and x.i > grp.i
                            and x.lower_ == "including" and x.dep_ == "prep"), None)
                if inc is not None:
                    # (not the place of "entities located in ..., China (including Hong Kong)")
                    targets += [y for p in inc.children if p.dep_ == "pobj" for y in _targets(ctx, p)
                                if not _is_body(y) and (grp.lower_ not in _LISTED_NOUNS or
                                                        y.type not in ("Country", "Location", "Port"))]
            if not bodies and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.i > t.head.i and t.tag_ in ("VBD", "VBN") \
                    and not any(c.dep_ in ("agent", "auxpass") for c in t.children):
                # "The Government of the Republic of Korea designated on 28 November four individuals ...": a
                # finite verb read as a participle on its subject, which the parser made the root
                bodies += _bodies(ctx, t.head)
                if bodies:
                    targets = [x for x in targets if x.entity not in {b.entity for b in bodies}]
            if not bodies and lem in _SANCTION_DIRECT:
                # "listed under the UK's Russia sanctions regime", "designated under Canada's Special Economic
                # Measures Regulations": the body whose legal instrument it is
                bodies += [b for c in t.children if c.dep_ == "prep" and c.lower_ in ("under", "pursuant")
                           for q in (c, *c.children) for p in q.children if p.dep_ == "pobj"
                           and p.lower_ in _REGIME_NOUNS for x in p.subtree
                           if x.dep_ == "poss" and x.i < p.i and x.lower_ not in ("its", "their")
                           for b in _bodies(ctx, x)]
            if not targets and passive is False and t.dep_ == "ROOT" and t.tag_ == "VBN" and t.i == next(
                    (x.i for x in ctx.toks(sent) if not x.is_space), -1) and any(c.dep_ == "agent" for c in t.children):
                # a register entry: "2. M/T NAME — IMO ... Registered owner: ... Designated by OFAC on 14 August."
                # the fragment's subject is the name that opens the entry (its paragraph)
                _tk = ctx.tokens()
                k = sent.start - 1
                while k > 0 and sent.start - k < 120 and not (_tk[k].is_space and "\n" in _tk[k].text):
                    k -= 1
                first = [m for m in ctx.ms if k <= m.start < sent.start and m.type in ("Vessel", "Organization")
                         and not _is_body(m)]
                vs = [m for m in first if m.type == "Vessel"]
                targets += (vs or first)[:1]
            if not bodies and not passive:  # "said it was sanctioning X": the subject hung on the auxiliary
                bodies += [b for a in t.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"
                           for b in _bodies(ctx, c)]
            if passive or any(c.dep_ == "agent" for c in t.children):
                # "sanctioned by the UK in May and by the EU in June": the second agent is a conjunct
                bodies += [b for c in t.children if c.dep_ == "prep" and c.lower_ != "by" for cc in c.conjuncts
                           if cc.lower_ == "by" for p in cc.children if p.dep_ == "pobj" for b in _bodies(ctx, p)]
            if not bodies and t.dep_ in ("conj", "xcomp", "advcl"):
                for c in t.head.children:
                    if c.dep_ == "nsubj":
                        bodies += _bodies(ctx, c)
            if not bodies and t.dep_ == "pcomp" and t.head.lower_ in ("by", "after") and t.head.head.pos_ == "VERB":
                # "The UK followed by sanctioning the X in July": the subject of the verb the gerund completes
                bodies += [b for c in t.head.head.children if c.dep_ == "nsubj" for b in _bodies(ctx, c)]
            if not targets and t.dep_ == "advcl" and t.tag_ == "VBN" and t.i < t.head.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                for st in _clause_subject_tokens(t.head):  # "Sanctioned by the EU in 2023, the tanker X ..."
                    targets += _targets(ctx, st)
            if targets:
                # "designated the three ships ..., together with their manager, X": X is designated too (also
                # "was added to the list in May, weeks after the deal closed, together with A": hung on the clause)
                for c in [*t.children, *(g for a in t.children if a.dep_ == "advcl" for g in a.children
                                         if g.lower_ == "with" and g.i > a.i)]:
                    if c.dep_ == "prep" and (c.lower_ == "alongside" or c.lower_ == "with" and any(
                            a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in c.children)):
                        for q in c.children:
                            if q.dep_ == "pobj":
                                targets += [x for x in _targets(ctx, q) if x.type in ("Organization", "Person",
                                                                                      "Vessel")] or \
                                    [m for a in q.children if a.dep_ == "appos" for m in _targets(ctx, a)]
            if not targets:
                if t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "among":
                    cop = t.head.head.head
                    for c in cop.children:
                        if c.dep_ in ("nsubj", "attr") and c is not t.head.head:
                            targets += _targets(ctx, c)
                elif t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who")
                                               for c in t.children):
                    pass  # the head noun is the one who sanctions, not the target
                elif t.dep_ == "relcl" and any(x.lower_ == "whose" for c in t.children if c.dep_ in (
                        "nsubjpass", "dobj") for x in c.children):
                    pass  # "X, whose tankers were sanctioned by the EU": X owns what was sanctioned
                elif t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                        c.dep_ == "dobj" for c in t.children):
                    pass  # "a European Union decision to designate 52 tankers": its own object, unnamed, is the
                    # target; the noun it completes (and the body named on it) is not
                elif t.dep_ == "conj" and passive and t.head.dep_ == "relcl" and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who")
                        for c in t.head.children) and t.head.head.pos_ in ("NOUN", "PROPN"):
                    # "X, a company that supplies the army and was sanctioned by OFAC": the relative's antecedent
                    h = t.head.head
                    targets += _targets(ctx, h)
                    if not targets and h.dep_ == "appos":
                        targets += _targets(ctx, h.head)
                elif t.dep_ == "relcl" and t.head.pos_ == "NUM" and t.head.dep_ == "attr":
                    # "X is one of 20 firms Washington sanctioned": the relative clause hung on "one"
                    targets += [x for c in t.head.head.children if c.dep_ == "nsubj" for x in _targets(ctx, c)]
                elif t.dep_ in ("acl", "amod", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
                    h = t.head
                    if h.dep_ == "nsubj" and h.head.lemma_ == "be" and ctx.m(h) is None and any(
                            c.dep_ == "attr" for c in h.head.children):
                        # "The vessel designated today is the tanker X": the copula's complement names it
                        targets += [x for c in h.head.children if c.dep_ == "attr" for x in _targets(ctx, c)]
                    if not targets:
                        targets += _targets(ctx, h)
                    if not targets and h.dep_ == "appos":
                        targets += _targets(ctx, h.head)
                elif t.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in t.children):
                    pass  # "X raised output even though the US imposed sanctions": X is not named as the target
                elif t.head.lemma_ == "be" or t.dep_ in ("acomp", "ccomp") and t.head.lemma_.lower() not in SAY_VERBS:
                    # "X said the EU has sanctioned ships": the speaker is not the target
                    for c in t.head.children:
                        if c.dep_ in ("nsubj", "attr", "nsubjpass") and c is not t:
                            targets += _targets(ctx, c)
            rule = "sanctioned.verb"
        elif t.pos_ == "VERB" and lem in ("ban", "prohibit", "outlaw") and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in ("resolution", "sanction", "measure", "embargo") or (
                    ctx.m(c) is not None and ctx.m(c).type == "Organization" and _is_body(ctx.m(c))) or (
                    c.lower_ in ("which", "that") and t.dep_ == "relcl"
                    and t.head.lemma_.lower() in ("resolution", "sanction", "measure", "embargo")))
                for c in t.children):
            # "UN Security Council resolutions have banned North Korea's coal exports": the country's trade;
            # "... resolutions, which ban all arms trade with X": the trade with the country
            bodies += [b for c in t.children if c.dep_ == "nsubj"
                       for b in _bodies(ctx, t.head if c.lower_ in ("which", "that") else c)]
            targets += [m for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRADE_NOUNS
                        for p in c.children if p.dep_ == "poss" for m in [ctx.m(p)]
                        if m is not None and m.type == "Country"]
            # "banned all North Korean coal exports": the demonym before the trade noun or its goods word
            targets += [m for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in (
                *_TRADE_NOUNS, "export", "import") for x in (c, *(y for y in c.children if y.dep_ == "compound"))
                for a in x.children if a.dep_ in ("amod", "compound")
                for m in [ctx.m(a)] if m is not None and m.type == "Country" and m.text in gz.DEMONYMS]
            # "the EU banned transshipments of Russian LNG": the country whose goods a body's ban names
            targets += [m for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in (
                *_TRADE_NOUNS, "transshipment", "transit", "export", "import") for a in c.children
                if a.dep_ == "prep" and a.lower_ == "of" for p in a.children if p.dep_ == "pobj"
                for x in (p, *p.children) if x.dep_ in ("pobj", "amod", "poss", "compound")
                for m in [ctx.m(x)] if m is not None and m.type == "Country"]
            targets += [m for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRADE_NOUNS
                        for a in c.children if a.dep_ == "prep" and a.lower_ in ("with", "to")
                        for p in a.children if p.dep_ == "pobj" for m in [ctx.m(p)]
                        if m is not None and m.type == "Country"]
            if not bodies or not targets:
                continue
            rule = "sanctioned.ban"
        elif t.pos_ in ("NOUN", "PROPN") and (lem in ("sanction", "embargo", "blacklist") or t.lower_ == "measures" and any(
                c.lower_ in ("restrictive", "punitive") for c in t.children) or (
                t.lower_ == "freeze" and any(c.lower_ in ("asset", "assets") for c in t.children))  # "an asset freeze"
                or (t.lower_ == "ban" and t.i > 0 and t.nbor(-1).lower_ == "access" and any(  # "a port-access ban"
                    x.lower_ in ("port", "ports") and x.i < t.i for x in t.subtree)) or t.lower_ == "ban" and
                t.head.lower_ == "under" and any(_is_body(ctx.m(c)) for c in t.children if c.dep_ == "compound")
                or t.lower_ == "ban" and ctx.sanction_doc and any(  # "the EU's ban on Russian oil products"
                    c.dep_ in ("poss", "compound") and _is_body(ctx.m(c)) for c in t.children) and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against") for c in t.children)):
            for c in t.children:
                if c.dep_ in ("compound", "amod", "nmod", "poss"):
                    bodies += _bodies(ctx, c)
                elif c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            bodies += _bodies(ctx, p)
                    for cc in c.conjuncts:
                        for p in cc.children:
                            if p.dep_ == "pobj":
                                bodies += _bodies(ctx, p)
                elif c.dep_ == "prep" and c.lower_ in ("on", "against"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            targets += _targets(ctx, p)
                            targets += _listed_on(ctx, p, sent)
                            if p.lemma_.lower() in _SECTOR_NOUNS and (ctx.m(p) is None or ctx.m(p).type == "Other"):
                                # "sanctions on Venezuela's oil sector", "a ban on Russian oil products": the
                                # country whose trade is sanctioned
                                targets += [m for x in p.children if x.dep_ in ("poss", "amod", "compound", "nmod")
                                            for m in [ctx.m(x)] if m is not None and m.type == "Country"]
                                if t.head.lemma_.lower() in _IMPOSE_VERBS and any(
                                        x.dep_ == "poss" and x.lower_ in ("its", "their") for x in p.children):
                                    # "since Washington re-imposed sanctions on its oil exports": the country
                                    # named before, other than the one imposing them
                                    # named before, as the sentence's subject ("Iran has seized tankers since
                                    # Washington re-imposed sanctions on its oil exports")
                                    imposer = {x.i for x in t.head.children if x.dep_ == "nsubj"}
                                    targets += [m for x in sent.root.children if x.dep_ == "nsubj" and x.i < p.i
                                                and x.i not in imposer for m in [ctx.m(x)]
                                                if m is not None and m.type == "Country"]
                elif c.dep_ == "relcl" and c.lemma_.lower() in _IMPOSE_VERBS and any(
                        a.dep_ == "dobj" and a.lower_ in ("that", "which") for a in c.children):
                    # "the arms embargo that the Security Council imposed on X": the relative clause's subject
                    # imposed it, its "on" names the target
                    bodies += [b for a in c.children if a.dep_ == "nsubj" for b in _bodies(ctx, a)]
                    targets += [x for a in c.children if a.dep_ == "prep" and a.lower_ in ("on", "against")
                                for p in a.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
                elif c.dep_ == "acl":  # "an embargo imposed by the United Nations"
                    for a in c.children:
                        if a.dep_ == "agent":
                            for p in a.children:
                                bodies += _bodies(ctx, p)
                        elif a.dep_ == "dobj" and c.lemma_.lower() in ("target", "hit", "cover"):
                            targets += _targets(ctx, a)  # "sanctions targeting X", "measures covering X"
                        elif a.dep_ == "prep" and a.lower_ == "at" and c.lemma_.lower() in ("aim", "direct"):
                            targets += [x for p in a.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
                        elif a.dep_ == "prep" and a.lower_ in ("on", "against") and \
                                c.lemma_.lower() in _IMPOSE_VERBS:  # "sanctions imposed on X by Y"
                            targets += [x for p in a.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
            if not bodies and t.dep_ == "pobj":
                # "the decision of the Council on (the application of) sanctions against X": the deciding body
                n = t
                for _ in range(3):
                    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.head.pos_ != "NOUN":
                        break
                    n = n.head.head
                    bodies += [b for c in n.children if c.dep_ == "poss" for b in _bodies(ctx, c)]
                    bodies += [b for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                               for p in c.children if p.dep_ == "pobj" and _is_body(ctx.m(p))
                               for b in _bodies(ctx, p)]
                    if bodies:
                        break
            h = t.head
            if h.lower_ == "under":  # "under the sanctions of Ukraine and of the European Union"
                for cc in h.conjuncts:
                    if cc.lower_ == "of" and any(p.dep_ == "pobj" for p in cc.children):
                        bodies += [b for p in cc.children if p.dep_ == "pobj" for b in _bodies(ctx, p)]
            if not bodies and t.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in _IMPOSE_VERBS:
                v = h  # "Britain announced sanctions on X", "the Council decided to impose restrictive measures"
                for _ in range(3):
                    subj = [c for c in v.children if c.dep_ == "nsubj"]
                    agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                    if subj or agent:
                        bodies += [b for x in subj + agent for b in _bodies(ctx, x)]
                        break
                    if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                        break
                    v = v.head
            if h.dep_ == "prep" and h.lower_ == "of" and h.head.pos_ == "NOUN":  # "its package of sanctions"
                for c in h.head.children:
                    if c.dep_ in ("poss", "compound", "amod"):
                        bodies += _bodies(ctx, c)
                if not bodies and h.head.dep_ == "dobj" and h.head.head.lemma_.lower() in _IMPOSE_VERBS:
                    # "the EU adopted a 16th package of sanctions against Russia": the adopter
                    bodies += [b for c in h.head.head.children if c.dep_ == "nsubj" for b in _bodies(ctx, c)]
            if t.dep_ == "compound" and h.lower_ in ("list", "blacklist") and h.head.lower_ in ("on", "to") \
                    and h.head.head.lemma_.lower() in ("be", "remain", "stay", "appear", "sit", "feature", "figure") and not targets:
                h = h.head  # "X is on the U.S. sanctions list"
                bodies += [b for x in t.head.children if x.dep_ in ("poss", "compound") for b in _bodies(ctx, x)]
            if not targets and t.dep_ == "dobj" and h.lemma_.lower() in ("extend", "expand", "apply"):
                # "the UK extended sanctions to X"
                targets += [x for c in (*h.children, *t.children) if c.dep_ == "prep" and c.lower_ == "to"
                            for p in c.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
            if t.dep_ == "nsubjpass" and h.lemma_.lower() in ("apply", "extend", "impose") and not targets:
                # "sanctions have been applied to the vessel X and to Y LLC (by Z)", "By decision of Z, sanctions
                # were imposed on X": the objects after "to"/"on", the agent or the body whose decision it was
                preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "against")]
                preps += [cc for c in preps for cc in c.conjuncts if cc.lower_ in ("to", "on", "against")]
                preps += [c for c in h.children if c.dep_ == "conj" and c.lower_ in ("to", "on", "against")]
                targets += [x for c in preps for p in c.children if p.dep_ == "pobj"
                            for x in (_targets(ctx, p) or [y for y in ctx.mconj(p) if y.type in (
                                "Organization", "Vessel", "Person")])]  # ('"X Logistics" LLC': the name inside)
                if targets and not bodies:
                    bodies += [b for c in h.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                               for b in _bodies(ctx, p)]
                    bodies += [b for c in h.children if c.dep_ == "prep" and c.lower_ in ("by", "under")
                               for d in c.children if d.dep_ == "pobj" and d.lemma_.lower() in ("decision", "decree",
                                                                                                 "order", "resolution")
                               for q in d.children if q.dep_ == "prep" and q.lower_ == "of"
                               for p in q.children if p.dep_ == "pobj" for b in _bodies(ctx, p)]
            if t.dep_ == "nsubj" and h.lemma_.lower() in ("apply", "extend") and not targets:
                # "sanctions imposed by the EU also apply to X"
                targets += [x for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                            for p in c.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
            if t.dep_ == "dobj" and h.lemma_.lower() in ("face", "incur", "draw", "attract") and not targets:
                h = t  # "X, which faces U.S. sanctions"
            if h.lower_ == "of" and h.head.lower_ in ("target", "targets") and h.head.dep_ == "attr" and not targets:
                # "X became the target of U.S. sanctions"
                targets += [x for c in h.head.head.children if c.dep_ == "nsubj" for x in _targets(ctx, c)]
            if h.lower_ == "to" and h.head.lemma_.lower() in ("expose", "risk", "threaten") and not targets:
                continue  # "any port which would expose the vessel to sanctions of the EU": a risk, no listing
            if (h.lower_ in ("under", "to", "on") or h is t) and not targets:
                if h.head.lower_ == "subject" and h.head.dep_ in ("amod", "appos", "acl"):
                    targets += _targets(ctx, h.head.head)
                elif h.lower_ == "under" and h.head.dep_ == "appos" and h.head.pos_ == "NOUN":
                    targets += _targets(ctx, h.head.head)  # "X, a freighter under UN sanctions since 2018"
                else:
                    for st in _clause_subject_tokens(h):
                        targets += _targets(ctx, st)
            if not targets and t.dep_ == "dobj" and h.lemma_.lower() in _IMPOSE_VERBS:
                # "Canada announced sanctions on 12 vessels on Tuesday, including the tanker X"
                targets += [x for c in h.children if c.dep_ == "prep" and c.lower_ == "including"
                            for p in c.children if p.dep_ == "pobj" for x in _targets(ctx, p)]
            if t.lower_ == "sanctions" and h.lower_ == "with" and h.head.lemma_.lower() in ("target", "hit", "slap"):
                if not any(c.dep_ == "nsubjpass" for c in h.head.children):
                    continue  # "the U.S. hit X with sanctions": handled by the verb
                # "X was hit with U.S. sanctions": the passive subject is the target, the noun names the body
                targets += [x for c in h.head.children if c.dep_ == "nsubjpass" for x in _targets(ctx, c)]
            rule = "sanctioned.noun"
        elif t.lower_ == "list" and t.head.lower_ == "on" and t.head.head.lemma_.lower() in ("be", "remain", "appear", "sit", "feature", "figure") and any(
                x.lower_ in ("designated", "sdn", "nationals", "entity") for x in t.children if x.dep_ == "compound"):
            # "X is on the U.S. Treasury's Specially Designated Nationals list", "... the Entity List"
            bodies += [b for x in t.children if x.dep_ in ("poss", "compound", "nmod") for b in _bodies(ctx, x)]
            for st in _clause_subject_tokens(t.head):
                targets += _targets(ctx, st)
            if targets and all(x.type in ("Location", "Country", "Port") for x in targets):
                # "X, a manufacturer based in Izhevsk that is already on the Entity List": the parser hung the
                # relative clause on the town; the listed party is the noun the town's phrase describes
                targets = _listed_party_above(ctx, t.head)
            rule = "sanctioned.on_list"
        elif lem in ("designation", "listing", "blacklisting") and t.pos_ == "NOUN":
            # "the designation of X by the U.S. Treasury"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "by"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            if c.lower_ == "of":
                                targets += [x for x in _targets(ctx, p) if not _is_body(x) or x.type == "Country"
                                            and not any(a.lower_ == "by" for a in t.children)]
                            else:
                                bodies += _bodies(ctx, p)
                elif c.dep_ in ("poss", "compound") and _is_body(ctx.m(c)):
                    bodies += _bodies(ctx, c)
            if not targets and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children) and any(
                    c.dep_ == "prep" and c.lower_ == "by" for c in t.children):
                # "the vessel left the registry before its designation by OFAC": the clause's subject
                targets += [x for st in _clause_subject_tokens(t) for x in _targets(ctx, st)
                            if x.type in ("Organization", "Person", "Vessel") and not _is_body(x)]
            if not targets:
                continue
            rule = "sanctioned.designation"
        elif t.lower_ == "property" and t.head.lower_ == "as" and (
                any(c.lower_ == "blocked" for c in t.children) or t.head.head.lemma_.lower() == "identify" and any(
                    x.lower_ == "interest" for c in t.children if c.dep_ == "relcl" for x in c.subtree)):
            # "identified X as blocked property"; "X is identified as property in which Y has an interest"
            verb = t.head.head
            for c in verb.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    targets += _targets(ctx, c)
                if c.dep_ == "nsubj":
                    bodies += _bodies(ctx, c)
                if c.dep_ == "agent":
                    bodies += [b for p in c.children if p.dep_ == "pobj" for b in _bodies(ctx, p)]
            rule = "sanctioned.blocked_property"
        else:
            continue
        if targets and not bodies and rule == "sanctioned.noun" and t.head.lower_ == "under" \
                and t.head.head.lemma_.lower() in ("come", "fall", "remain", "be"):
            continue  # "X itself came under sanctions": no body named, none is credited
        if targets and not bodies and t.pos_ in ("VERB", "AUX"):
            # "X was placed under sanctions by the EU": the agent hangs on the noun, not on the verb
            bodies = [b for c in t.subtree if c.dep_ == "prep" and c.lower_ == "by" and c.head.i != t.i
                      and c.head.lower_ in _SANCTION_WORDS for q in c.children if q.dep_ == "pobj"
                      for b in _bodies(ctx, q)]
        if targets and bodies and rule == "sanctioned.verb":
            # "The UK, alongside the EU and New Zealand, sanctioned X", "in coordination with Canada": the
            # partners named with the subject or the verb act too
            for c in [t, *(c for c in t.children if c.dep_ == "nsubj")]:
                for a in c.children:
                    if a.dep_ != "prep":
                        continue
                    if a.lower_ == "alongside" or a.lower_ == "with" and any(
                            x.lower_ in ("together", "along", "jointly")
                            for x in (*a.children, a.head, *(y for y in a.head.children if y.dep_ == "advmod"))):
                        bodies += [b for p in a.children if p.dep_ == "pobj" for b in _bodies(ctx, p)]
                    elif a.lower_ == "in":  # "in coordination with Canada" (not "firms in China"): the "with"
                        bodies += [b for p in a.children if p.dep_ == "pobj" and p.lower_ in ("coordination",
                                                                                           "concert", "cooperation")
                                   for q in p.children if q.dep_ == "prep" and q.lower_ == "with"
                                   for r in q.children if r.dep_ == "pobj" for b in _bodies(ctx, r)]
        if targets and rule in ("sanctioned.verb", "sanctioned.noun") and \
                ctx.lemmas(sent) & _DECISION_NOUNS and (dec := _decision_body(ctx, sent)) is not None:
            bodies = [dec]  # "placed under Ukrainian sanctions by decision of the X Council": the body that decided
            targets += _together_with(ctx, t, targets)
        if targets and not bodies and rule in ("sanctioned.verb", "sanctioned.noun"):
            bodies = _speaker_body(ctx, t)  # "X has been designated, the Treasury said": the body speaks
        if targets and not bodies and ctx.negated(t) and any(
                c.lower_ in ("any", "no") for x in (t, t.head, *t.children, *(
                    p for a in t.children if a.dep_ == "agent" for p in a.children)) for c in x.children
                if c.dep_ == "det"):
            continue  # "X is not on any sanctions list", "not designated by any government": no body is named
        if targets and not bodies:
            lead = getattr(ctx, "sanction_lead", None)
            if lead is not None and _issuer_voice(t):
                bodies = [lead]  # "X is also being designated today": the release's issuer, not a body named since
            elif ctx.last_body is not None:
                bodies = [ctx.last_body]
            elif _issuer_voice(t) and rule == "sanctioned.verb":
                # a release whose opening names its issuer without a designation verb ("Today, the Treasury
                # Department announced new actions ..."): the first sanctions office or agency named before
                bodies = next(([m] for m in ctx.ms if m.start < t.i and (_sanctions_office(m) or (
                    m.type == "Organization" and m.cls == "GovernmentAgency"))), [])
        if targets and _generic_clause(t):
            continue  # "when one tanker is listed, the others keep trading": a general claim, no listing
        bodies = list({b.entity: b for b in bodies}.values())
        if bodies and targets and getattr(ctx, "sanction_lead", None) is None and not _violated(t):
            ctx.sanction_lead = bodies[0]
        for b in bodies if not _violated(t) else ():
            # (not "in violation of UN Security Council sanctions on X": sanctions referred to, no listing body)
            ctx.last_body = b
            ctx.last_body_listed = bool(targets)
        for b in bodies[:4]:
            for tg in {x.entity: x for x in targets if x is not None}.values():
                if tg.entity != b.entity:
                    out.append(Candidate(b, "SANCTIONED", tg, rule, 0.75, sent, t))
        if bodies and targets and not ctx.negated(t):
            sent_targets += [x for x in targets if x.entity not in {b.entity for b in bodies}]
            if getattr(ctx, "sanction_orphans", None):
                for tg, osent in ctx.sanction_orphans:
                    if tg.entity != bodies[0].entity:
                        out.append(Candidate(bodies[0], "SANCTIONED", tg, "sanctioned.numbered_list", 0.6, osent,
                                             osent[0]))
                ctx.sanction_orphans = []
        if bodies and not targets and rule == "sanctioned.verb" and sent[-1].text == ":" or (
                len(sent) > 1 and sent[-1].is_space and sent[-2].text == ":" and bodies and not targets):
            ctx.sanction_heading = bodies[0]  # "OFAC designated the following entities:" then a bulleted list
        elif not bodies and not targets and rule == "sanctioned.verb" and any(
                x.text == ":" for x in sent[-2:]) and any(
                c.dep_ == "nsubjpass" and c.lower_ in _LISTED_NOUNS and any(
                    x.lower_ in ("following", "below") for x in c.subtree) for c in t.children):
            # a press release's passive heading: "The following entities are being designated pursuant to
            # E.O. 13224:" then a numbered or bulleted list; the release's issuer designates them
            issuer = getattr(ctx, "sanction_lead", None) if _issuer_voice(t) else None
            issuer = issuer or ctx.last_body or getattr(ctx, "sanction_lead", None) or next(
                (m for m in sm if m.type == "Organization" and _is_body(m)), None)  # "Regulation (EU) ...: "
            if issuer is not None:
                ctx.sanction_heading = ctx.sanction_below = issuer
            elif getattr(ctx, "sanction_orphans", None) is None:
                # an Official Journal annex: "The following persons ... are added to the list set out in Annex
                # I:" before the Council is named; its entries wait for the body of the first listing stated
                ctx.sanction_orphans = []
        if bodies and not targets and rule in ("sanctioned.verb", "sanctioned.noun") and not ctx.negated(t):
            ctx.sanction_pending = bodies[0]
            if lem == "add" and getattr(ctx, "sanction_lead", None) is None:
                ctx.sanction_lead = bodies[0]  # "BIS added seven entities to the Entity List": the release's issuer
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _LISTED_NOUNS and any(
                    x.lower_ in ("below", "following") for x in c.subtree) for c in t.children):
                ctx.sanction_below = bodies[0]  # "designated the persons listed below": a numbered list follows
    ctx.sanction_prev = sent_targets or None


def _dateline_subjects(ctx, t: Token) -> set[int]:
    """Token indices of a dateline the parser made a second subject of ``t``.

    "Bern, 28.11.2026 - The State Secretariat ... has added X": with two subjects, one
    that opens its sentence, is a place (a capital stands for its country) and is
    followed by a comma is the dateline's city, not who acts.
    """
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subj) < 2:
        return set()
    out = set()
    for c in subj:
        m = ctx.m(c)
        if m is not None and m.type in ("Country", "Location") and m.start == c.sent.start and \
                m.end < len(ctx.doc) and ctx.doc[m.end].text == ",":
            out.add(c.i)
    return out if len(out) < len(subj) else set()


def _speaker_body(ctx, t: Token) -> list[Mention]:
    """The body that states a designation told without an agent: "the Treasury said X had been
    designated", "the sanctions target X, OFAC said", "X was listed, according to the Council"."""
    v = t
    for _ in range(4):  # up to the clause's verb, then to the verb of saying it hangs on
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS:
            v = v.head
            break
        if v.head.i == v.i:
            break
        v = v.head
    says = [v] if v.lemma_.lower() in SAY_VERBS else [
        c for c in v.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SAY_VERBS]
    out = [b for s in says for c in s.children if c.dep_ == "nsubj" for b in _bodies(ctx, c)]
    if not out:  # "according to the Treasury"
        out = [b for c in v.children if c.dep_ == "prep" and c.lower_ == "according" for x in c.children
               for p in ([x] if x.dep_ == "pobj" else x.children) if p.dep_ == "pobj" for b in _bodies(ctx, p)]
    return out


def _generic_clause(t: Token) -> bool:
    """True when ``t`` heads a conditional or habitual clause: "if a ship is listed, ...", "when one
    tanker is listed, the others keep trading" (present tense), which state no actual designation."""
    if t.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in t.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when")}
    if marks & {"if", "whenever", "unless"}:
        return True
    return "when" in marks and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in t.children)


_HEADING_VERBS = frozenset({"target", "include", "cover", "concern", "be", "comprise", "hit"})


_ENTRY_NUMBER_RE = re.compile(r"\(?(?:\d{1,3}|[a-z])[.)]")
"""An entry's number as a token of its own: "1.", "(2)", "b)"."""


def _entry_mark(x: Token) -> bool:
    """Whether a token is no more than a list entry's mark: a bullet, a space, an entry number ("1.", "(2)",
    "b)"), or the parts spaCy may split one into ("2" and ".")."""
    return x.is_space or x.text in _BULLETS or x.text in (".", ")") or _ENTRY_NUMBER_RE.fullmatch(x.text) is not None \
        or x.like_num and len(x.text) <= 3
_ANNEX_MEASURES = ("asset freeze", "port access ban", "restrictive measures", "travel ban", "sanctions",
                   "designated", "listed", "blocked", "ban on services")


def _annex_heading(ctx, sent: Span) -> bool:
    """True for an annex's section heading over a numbered list of designees: "B. Entities and individual
    subject to an asset freeze", "A. Vessels subject to a port access ban" (a line of its own, no full stop,
    naming the listed kind and a measure)."""
    toks = [t for t in ctx.toks(sent) if not t.is_space]
    if not 2 <= len(toks) <= 16 or toks[-1].text[-1:] in (".", "!", "?") or \
            any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    doc = ctx.doc
    after = toks[-1].i + 1
    if after < len(doc) and not (doc[after].is_space and "\n" in doc[after].text) or \
            toks[0].i > 0 and not (doc[toks[0].i - 1].is_space and "\n" in doc[toks[0].i - 1].text):
        return False  # a line of its own
    if not any(t.lower_ in _LISTED_NOUNS or t.lower_ in ("individual", "entity", "vessel", "person") for t in toks[:4]):
        return False
    low = ctx.sent_text(sent).lower()
    return any(w in low for w in _ANNEX_MEASURES)


def _list_heading(ctx, sent: Span) -> bool:
    """True for a heading that opens a list of designees without naming the body: "The sanctioned
    entities are:", "The designated vessels are:" (the sentence ends with a colon)."""
    # most sentences end with neither a colon nor "as follows": their last visible token and the sentence's
    # word set say so without listing its tokens
    tk = ctx.tokens()
    k = sent.end - 1
    while k >= sent.start and tk[k].is_space:
        k -= 1
    if k < sent.start or tk[k].text != ":" and "follows" not in ctx.lemmas(sent):
        return False
    toks = [t for t in ctx.toks(sent) if not t.is_space]
    follows = len(toks) > 3 and toks[-2].lower_ == "follows" and toks[-3].lower_ == "as"  # "... are as follows."
    if len(toks) < 3 or toks[-1].text != ":" and not follows or len(toks) > (12 if follows else 8):
        return False
    if any(t.lower_ in ("designations", "listings", "sanctions", "measures") and (
            t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _HEADING_VERBS
            or t.i + 1 < sent.end and tk[t.i + 1].lemma_.lower() in _HEADING_VERBS) for t in toks):
        return True  # "The designations target:" (parsed as one noun phrase), "Today's listings include:"
    low = [t.lower_ for t in toks]
    if any(w in ("those", "them") for w in low) and any(w in ("listed", "designated", "sanctioned", "targeted",
                                                               "added", "named") for w in low) and \
            (low[0] == "among" or low[0] in ("those", "they")):
        return True  # "Among those listed today are:", "Those designated today include:"
    return any(t.lower_ in _LISTED_NOUNS and any(c.lemma_.lower() in _LISTED or c.lower_ in (
        "sanctioned", "designated", "listed", "targeted", "named", "added") for c in (*t.children, *[
            x for cj in t.conjuncts for x in cj.children])  # "The individuals and entities designated today"
        if c.dep_ in ("amod", "compound", "acl")) for t in toks)


def _listings_heading(ctx, sent: Span) -> Mention | None:
    """The body of a heading that announces its own listings before a list: "The Council of the European
    Union today adopted the following listings (Annex XLII):", "OFAC published the following designations:"
    (a body as the subject, "the following listings/designations" as the object, a colon at the end), or None."""
    if _colon_end(ctx, sent, glued=True) is None:
        return None
    for t in ctx.toks(sent):
        if t.lower_ in ("listings", "designations") and t.dep_ == "dobj" and any(
                c.lower_ == "following" for c in t.children):
            return next((b for c in t.head.children if c.dep_ == "nsubj" for b in _bodies(ctx, c) if _is_body(b)),
                        None)
    return None


def _list_entry(ctx, sent: Span) -> list[Mention]:
    """The names of a numbered list entry: "1. ACME SHIPPING LLC", "PETRENKO, Ivan" after a "2."
    line. The first line (up to a newline or a colon) may hold only the number, names, upper-case
    words and punctuation; returns its Organization, Person and Vessel mentions, else nothing."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    toks = ctx.toks(sent)
    numbered = bool(toks) and toks[0].like_num
    if not numbered and sent.start > 0:
        prev = [x for x in _tk[sent.start - 1].sent if not x.is_space]
        numbered = 0 < len(prev) <= 2 and prev[0].like_num
    if not numbered:
        return []
    got: dict[str, Mention] = {}
    for t in toks:
        if t.lower_ in ("name", "names") and t.i + 1 < sent.end and _tk[t.i + 1].text == ":" and not got:
            continue  # an annex entry: "1. Name: X"
        if t.text == ":" and t.i > 0 and _tk[t.i - 1].lower_ in ("name", "names") and not got:
            continue
        if t.text == "(" and got:
            break  # "X (the name in another script)", "X (formerly Y)": the name is read
        if t.is_space and "\n" in t.text or t.text == ":":
            break
        m = ctx.m(t)
        if m is not None:
            nxt = ctx.tok2m.get(m.end + 1) if m.end + 1 < sent.end and _tk[m.end].text == "," else None
            if m.type == "Organization" and nxt is not None and nxt.type == "Person" and _tk[m.start].is_upper:
                continue  # "SURNAME, Given": the upper-case surname taken for a company is part of the name
            if m.type in ("Organization", "Person", "Vessel") and not _is_body(m):
                got.setdefault(m.entity, m)
            continue
        if not (t.is_punct or t.like_num or t.is_space or t.is_upper):
            return []
    return list(got.values())


_TRADE_NOUNS = {"export", "import", "sale", "trade", "shipment", "purchase", "exports", "imports"}
_ENUM_WORDS = {"and", "the", "also", "as", "well", "companies", "company", "firms", "firm", "vessels", "vessel",
               "ships", "ship", "tankers", "tanker", "entities", "individuals", "persons", "against", "its", "their"}


def _listed_on(ctx, p: Token, sent: Span) -> list[Mention]:
    """The names enumerated after the first target of "sanctions against X, the companies "A" and "B", and
    also against ...", when the parser breaks the list off: the Organization, Person and Vessel mentions
    that follow, over list words and punctuation only, up to the first other word."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    out: list[Mention] = []
    k = p.right_edge.i + 1
    if k >= sent.end or _tk[k].text != ",":
        return out
    while k < sent.end:
        m = ctx.tok2m.get(k)
        if m is not None:
            if m.type in ("Organization", "Person", "Vessel") and not _is_body(m):
                out.append(m)
            k = m.end
            continue
        x = _tk[k]
        if not (x.is_punct and x.text not in (".", ";", ":") or x.lower_ in _ENUM_WORDS or x.like_num):
            break
        k += 1
    return out


def _issuer_voice(t: Token) -> bool:
    """A designation told in the issuing body's own present: "X is being designated today", "X is also
    designated today" (a press release), unlike a past listing by another body recalled in passing."""
    kids = list(t.children)
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids) or any(
        c.lower_ == "today" and c.dep_ in ("npadvmod", "advmod") for c in kids)


def _deep_in_object(ctx, m: Mention, verb: Token) -> bool:
    """True when mention ``m`` stands inside a phrase hung on the verb's object rather than naming it: "join
    the squad for the tour of the United States" (the country two prepositions down), unlike "joined the
    Russian navy" or "joined Iran's delegation"."""
    root = ctx.doc[m.start:m.end].root
    objs = {c.i for c in verb.children if c.dep_ in ("dobj", "attr")}
    return not (root.i in objs or root.head.i in objs and root.dep_ in ("compound", "amod", "poss", "nmod"))


def _is_title(t: Token) -> bool:
    w = t.lower_.strip(".")
    if w in _OWNER_POSTS and (any(c.dep_ == "case" for c in t.children) or t.i + 1 < len(t.doc) and t.nbor().text in (
            "'s", "’s")):
        return False  # "X, the owner's cousin": the owner is someone else
    if w in LEAD_TITLES or w in AFFIL_TITLES or t.lower_ in AFFIL_TITLES:
        return True
    return _plural_title(t)


_OWNER_POSTS = frozenset({"owner", "co-owner", "shareholder"})


def _plural_title(t: Token) -> bool:
    """A plural post before coordinated names: "Assistant U.S. Attorneys A and B", "navy spokesmen A and B"."""
    w = t.lower_
    single = _PLURAL_TITLES.get(w) or (w[:-1] if w.endswith("s") and len(w) > 4 else "")
    return single in AFFIL_TITLES and t.tag_ in ("NNS", "NNPS", "NNP") and t.i + 1 < len(t.doc) and \
        t.nbor().pos_ == "PROPN"


_PLURAL_TITLES = {"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman",
                  "congressmen": "congressman", "attorneys-general": "attorney"}


_PARTY_TYPES = ("Organization", "Country")
_NATIONALITY_NOUNS = {"national", "citizen", "resident", "native"}  # "a Chinese national": a nationality
_HEAD_OF_STATE = {"president", "king", "queen", "emir", "sultan", "dictator", "monarch"}
_LEAD_VERBS = {"head", "lead", "chair", "run", "direct", "command", "found", "control"}  # "X, who controls Y"
_MEMBER_VERBS = {"join", "sign", "work", "play", "serve"}
_LEFT_VERBS = {"leave", "quit", "resign", "retire", "depart"}
_EMPLOY_VERBS = {"employ", "hire", "work"}
_RELATIVE_TIE_VERBS = {"speak", "sit", "sail", "fly", "spend", "represent"}
"""Verbs of a relative clause that tie its person to the body after "for"/"at"/"on" ("X, who sits on the Y",
"who has sailed for Y since 2011", "who now flies for Y", "who spent a decade at Y")."""


_APPOINT_VERBS = {"name", "appoint", "hire", "elect", "promote", "nominate", "install"}
"""Verbs of "Org named X as its chief executive": the post given names the tie."""


_COUNSEL_POSTS = frozenset({"counsel", "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors",
                            "advocate", "barrister"})
"""Posts whose "for X" names a client, not an employer."""


def _org_in(ctx, tokens, exclude: Mention, before: int | None = None) -> Mention | None:
    """The organisation or country among ``tokens``: after of/at/for/in/to first, else the first one."""
    cands = []
    for t in tokens:
        m = ctx.m(t)
        if m is None and t.dep_ == "poss":
            m = ctx.org_ref(t) if t.lower_ not in ("its", "their") else _its_org(ctx, t, before)
            if m is None and t.pos_ == "NOUN":
                m = _possessor_org(ctx, t, before)
        if m is None and t.pos_ == "NOUN" and any(c.lower_ in ("the", "its") for c in t.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(q.pos_ == "PROPN" for q in c.children)
                for c in t.children):  # ("the owner of Acme": of that name, not of one referred back to)
            m = ctx.org_ref(t)
        if m is not None and m.start <= t.i < m.end and t.head.i != t.i and m.start <= t.head.i < m.end:
            continue  # a word inside the name ("Haifa" of "University of Haifa"): the name's head word ranks it
        if m is not None and m.type in _PARTY_TYPES and m.entity != exclude.entity:
            prep = t.head.lower_ if t.dep_ == "pobj" else ""
            if prep == "to" and t.head.head.lower_ in DIPLOMAT_POSTS or prep == "for" and m.type == "Country" and \
                    t.head.head.lower_ in ("envoy", "envoys", "emissary", "representative", "coordinator"):
                continue  # "the Russian ambassador to Kenya", "the UN envoy for Yemen": the host employs nobody
            if prep == "for" and t.head.head.lower_ in _COUNSEL_POSTS:
                continue  # "Counsel for X, Ms Y of Z": X is the lawyer's client, Z the firm
            # "Sudan's envoy to the Council": the possessor employs, "to" names the addressee
            rank = 0 if prep in ("of", "at", "for", "in") or t.dep_ == "poss" else 1 if prep == "to" else 2
            if t.dep_ == "poss" and m.type in ("Country", "Organization") and (hm := ctx.m(t.head)) is not None \
                    and hm.type == "Organization" and hm.entity != m.entity:
                rank = 1  # "secretary of Iran's Supreme National Security Council": the council, not Iran;
                # "a researcher at the University of X's Y Research Center": the centre, not the university
            elif m.type == "Organization" and any(c.dep_ == "poss" and (cm := ctx.m(c)) is not None and
                                                  cm.type in ("Country", "Organization") for c in t.children):
                rank = min(rank, 0)  # "commanded Russia's Black Sea Fleet": the fleet, not Russia
            if m.type == "Country" and t.dep_ in ("amod", "compound") and t.text in gz.DEMONYMS:
                # "joined Portuguese club X": the nationality of the club named next, not a body; but
                # "the Russian ambassador": a diplomat serves the state the demonym names
                rank = 0 if t.head.lower_ in DIPLOMAT_POSTS else 3
            cands.append((rank, t.i, m))
    return min(cands, key=lambda x: (x[0], x[1]))[2] if cands else None


_NOT_EMPLOYMENT_NOUNS = frozenset({
    "friend", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "relative", "cousin",
    "uncle", "aunt", "nephew", "niece", "partner", "neighbour", "neighbor", "resident", "native", "national",
    "citizen", "victim", "customer", "client", "critic", "rival", "opponent", "fan", "supporter", "visitor",
    "guest", "tourist", "passenger", "patient", "witness", "target", "donor", "investor", "bidder", "buyer",
    "seller", "supplier", "shareholder", "owner", "creditor", "debtor", "tenant", "applicant", "plaintiff",
    "defendant", "claimant", "suspect", "detainee", "prisoner", "hostage", "survivor", "winner", "loser",
    "favourite", "favorite", "record", "user", "subscriber", "listener", "viewer", "reader", "caller", "speaker",
    "attendee", "participant", "observer", "guarantor", "signatory", "counterpart", "successor", "predecessor",
    "replacement", "contemporary", "colleague", "namesake", "holder", "recipient", "beneficiary"})
"""Nouns for a person that say how they stand to a body without working for it ("X, a customer of Y", "X, a
speaker at Y's forum", "X, a critic of Y"): not read as a job at the body (:func:`_role_at_org`)."""


def _role_at_org(ctx, c: Token, person: Mention) -> tuple[Mention, Token] | None:
    """The body a person's job noun in apposition is practised at: "X, a nurse at Y Hospital", "X, a pilot
    for Y Airways", "X, an engineer with Y".

    ``c`` is the apposition's head, a singular common noun that is no title of the title lists (those are
    read with their own post rules), no relation or stance noun (:data:`_NOT_EMPLOYMENT_NOUNS`) and no part
    of a name; the body is an Organization mention that is the object of an "at", "for" or "with" phrase hung
    on ``c``. "of" is left out: it names whom the noun is about as often as where one works ("a critic of
    Y", "a son of Y").

    Returns
    -------
    (Mention, Token) or None
        The organisation mention and the preposition (the evidence token).
    """
    if c.tag_ != "NN" or ctx.m(c) is not None or c.lemma_.lower() in _NOT_EMPLOYMENT_NOUNS:
        return None
    for q in c.children:
        if q.dep_ != "prep" or q.lower_ not in ("at", "for", "with"):
            continue
        for o in q.children:
            m = ctx.m(o) if o.dep_ == "pobj" else None
            if m is not None and m.type == "Organization" and m.entity != person.entity:
                return m, q
    return None


_POSSESSOR_COMPANY_NOUNS = {"company", "firm"}
"""Possessors that stand for a company named before ("the company's managing director, X"); role nouns
("the charterers'", "the manager's") are left out: the party in that role need not be the last one named."""
_POSSESSOR_BODY_NOUNS = {"ministry", "agency", "department", "authority", "directorate", "office", "service"}
"""Possessors that stand for a government body named before ("the ministry's spokesman, X")."""


def _possessor_org(ctx, t: Token, before: int | None = None) -> Mention | None:
    """The organisation a possessive noun phrase "the company's", "the charterers'" or "the ministry's"
    refers back to, when :meth:`_Ctx.org_ref` finds none by name or class: the antecedent a possessive
    "its" would have (:func:`_its_org`), kept only when it is of the kind the noun says (a company for
    "the firm's", a government body for "the ministry's").

    Parameters
    ----------
    t : Token
        The possessor noun (dependency ``poss``), with the article "the".
    before : int, optional
        Token index the antecedent must precede (default ``t.i``).

    Returns
    -------
    Mention or None
    """
    word = t.lower_
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return None
    if word in _POSSESSOR_COMPANY_NOUNS:
        m = _its_org(ctx, t, before)
        return m if m is not None and m.type == "Organization" and m.cls not in _NOT_COMPANY else None
    if word in _POSSESSOR_BODY_NOUNS:
        m = _its_org(ctx, t, before)
        return m if m is not None and m.type == "Organization" and (
            m.cls == "GovernmentAgency" or word in m.key.split()) else None
    return None


def _short_form_org(ctx, m: Mention) -> Mention | None:
    """The organisation a one- or two-word mention is the short form of: the last Organization mention
    before it whose name starts with the same words and is longer ("Kestria" for "Kestria Lines"), else None.

    Parameters
    ----------
    m : Mention
        A mention the entity step typed otherwise (a place, a person).

    Returns
    -------
    Mention or None
    """
    words = m.text.split()
    for o in reversed(ctx.ms):
        if o.start >= m.start or o.type != "Organization":
            continue
        ow = o.text.split()
        if len(ow) > len(words) and ow[:len(words)] == words:
            return o
    return None


_PAST_MARKERS = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired"}
"""Words that make a post a past one ("a former trader at X")."""


def _conjoined_orgs(ctx, org: Mention, tokens) -> list[Mention]:
    """Organisations coordinated with ``org`` among ``tokens`` ("a trader at A and B": B), in order.

    Parameters
    ----------
    org : Mention
        The organisation a title rule found first.
    tokens : list of Token
        The tokens of the phrase the title rule read.

    Returns
    -------
    list of Mention
        Other Organization mentions whose root is a conjunct of ``org``'s root; ``[]`` when none.
    """
    if org.type != "Organization":
        return []
    root = _root_in(ctx, org)
    idx = {t.i for t in tokens}
    got = []
    for t in root.conjuncts:
        m = ctx.m(t)
        if t.i in idx and m is not None and m.type == "Organization" and m.entity != org.entity and m not in got:
            got.append(m)
    # the small model often hangs "A Capital and B Shipping AS" as modifiers of one name: "A and B" on the
    # surface is read as a coordination too
    _tk = ctx.tokens()
    for j in (org.start - 2, org.end + 1):
        between = org.start - 1 if j < org.start else org.end
        if 0 <= between < len(ctx.doc) and _tk[between].lower_ == "and" and j in idx:
            m = ctx.m(_tk[j])
            if m is not None and m.type == "Organization" and m.entity != org.entity and m not in got and \
                    (m.end == org.start - 1 or m.start == org.end + 1):
                got.append(m)
    return got


def _its_org(ctx, t: Token, before: int | None = None) -> Mention | None:
    """The organisation a possessive "its"/"their" at ``t`` refers back to.

    An organisation named earlier in the same sentence is the nearest antecedent. A sentence
    that opens on "Its chief executive, X, ..." refers to the topic of the sentence before, which
    news puts in the subject ("A signed a deal with B. Its chief executive ..." is A's, not B's),
    so the previous sentence's subject wins when it is (or refers to) an organisation; otherwise
    the last organisation named before ``before`` (or ``t``).

    Parameters
    ----------
    t : Token
        The possessive pronoun.
    before : int, optional
        Token index the fallback antecedent must precede (default ``t.i``).

    Returns
    -------
    Mention or None
    """
    h = t.head
    if h.dep_ == "conj" and (cm := ctx.m(h.head)) is not None and cm.type == "Organization" and cm.start < t.i:
        return cm  # "X, a company that worked for Y, and its managing director, Z": X's, the conjoined name's
    i = before or t.i
    sent = t.sent
    if h.dep_ == "nsubj" and h.head.lemma_.lower() in SAY_VERBS and h.head.i > t.i and t.i > sent.start and \
            ctx.doc[t.i - 1].text == ",":
        # "A signed a deal with B on Sunday, its chief executive, X, told reporters": the speaker's firm is the
        # subject of what was said, not the partner named last
        subj = next((m for x in ctx.doc[sent.start:t.i] if x.dep_ in ("nsubj", "nsubjpass")
                     for m in [ctx.m(x)] if m is not None and m.type == "Organization"), None)
        if subj is not None:
            return subj
    last = ctx.last_org_before(i)
    # "A, the company's president, B, its vice-president": "its" is the company the sentence just referred to
    _tk = ctx.tokens()
    for k in range(i - 1, sent.start - 1, -1):
        if last is not None and last.start >= k:
            break  # (an organisation named since is nearer)
        x = _tk[k]
        if x.dep_ == "poss" and x.pos_ == "NOUN" and (ref := ctx.org_ref(x)) is not None:
            return ref
    if last is None or last.start >= sent.start or sent.start == 0:
        return last
    prev = ctx.doc[sent.start - 1].sent
    for subj in (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        m = ctx.m(subj)
        if m is None and subj.pos_ == "NOUN":
            m = ctx.org_ref(subj)
        if m is None and subj.pos_ == "PROPN" and subj.is_title:
            # a short name the entity step left untagged: "Arvale, registered in Dubai, paid X. Its ..."
            # or "Brenmoor Precision Tools, too, is ... Its director" (the compounds and the head are the name)
            m = _short_name_org(ctx, subj)
        if m is not None and m.type == "Organization":
            return m
    return last


_SHORT_NAME_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "attr", "dative"}
"""Argument roles in which an untagged proper noun is read as a short name (not "Acme" in "Acme missiles")."""


def _short_name_org(ctx, subj: Token) -> Mention | None:
    """The organisation an untagged proper-noun subject names by a shorter form of its name.

    ``subj`` with its compound modifiers ("Brenmoor Precision Tools", "Kestrava Orbital", "Arvale") is
    the short name when a multi-word organisation mention elsewhere in the document starts with those
    words ("Brenmoor Precision Tools GmbH"); an earlier mention wins over a later one. No antecedent
    when two different entities start with those words (they compete: "Hai Feng Shipping Co." and
    its tanker "Hai Feng 9").

    Parameters
    ----------
    ctx : _Ctx
    subj : Token
        The head of the subject, a title-case PROPN not in a mention.

    Returns
    -------
    Mention or None
    """
    _tk = ctx.tokens()
    if subj.i + 1 < len(_tk) and _tk[subj.i + 1].like_num:
        return None  # "Hai Feng 9": a ship's name with its number, not the short name of "Hai Feng Shipping"
    lo = subj.i
    while lo > subj.sent.start and _tk[lo - 1].dep_ == "compound" and lo - 1 < _tk[lo - 1].head.i <= subj.i \
            and lo - 1 not in ctx.tok2m:
        lo -= 1
    words = [t.text for t in _tk[lo:subj.i + 1]]
    n = len(words)
    hits = [x for x in ctx.ms if x.end - x.start > n and _tk[x.start].text == words[0]
            and [t.text for t in _tk[x.start:x.start + n]] == words]
    if len({x.entity for x in hits}) != 1 or hits[0].type != "Organization":
        return None  # none, or two names (a company and its ship "X 7") that start alike: they compete
    before = [x for x in hits if x.start < subj.i]
    return before[-1] if before else hits[0]


def _titles_in(tokens) -> list[Token]:
    return [t for t in tokens if _is_title(t) and t.lower_ not in ("former", "then", "state", "national",
                                                                    "security", "special", "top", "senior")]


# a function word before a post names a department's or a function's head, not the organisation's:
# "chief financial officer", "commercial director", "mission director", "technical superintendent"
_FUNCTIONS = {"financial", "finance", "operating", "operations", "commercial", "technical", "technology",
              "mission", "marketing", "sales", "legal", "compliance", "communications", "programme", "program",
              "research", "project", "regional", "fleet", "creative", "artistic", "sporting", "medical",
              "scientific", "science", "investment", "procurement", "risk", "information", "press", "policy",
              "strategy", "product", "security", "safety", "trading", "chartering", "crewing", "purchasing",
              "human", "resources", "digital", "innovation", "engineering", "design", "development", "excavation",
              "expedition", "survey", "dive", "diving", "field"}
_FUNCTIONS_OR_UNITS = _FUNCTIONS | {"corporate", "business", "group", "operations", "public", "external",
                                    "internal", "government", "international", "regional", "fleet", "port"}
"""Words that open a department's name after a post ("General Manager, Corporate Communications")."""
_TOP_POSTS = {"ceo", "chairman", "chairwoman", "chairperson", "chair", "president", "founder", "co-founder",
              "owner", "sole"} | _HEAD_OF_STATE


def _functional_post(titles: list[Token]) -> bool:
    """True when a lead word of ``titles`` is a function's post ("chief financial officer", "commercial
    director"): a function word stands just before the post noun, and no top post ("chief executive",
    chairman, founder, president) is among the titles.

    Parameters
    ----------
    titles : list of Token
        Title words of one role phrase (:func:`_titles_in`).
    """
    words = {t.lower_.strip(".") for t in titles}
    if words & _TOP_POSTS or ("chief" in words and "executive" in words) or "managing" in words:
        return False
    for t in titles:
        if t.lower_ in ("director", "officer", "manager", "head", "superintendent", "chief") and t.i > 0:
            prev = t.doc[t.i - 1]
            if prev.lower_ in _FUNCTIONS and prev.i not in {x.i for x in titles if x.lower_ == "chief"}:
                return True
            if t.lower_ == "chief" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _FUNCTIONS:
                return True  # "chief operating officer"
    return False


_SUB_POSTS = {"additional", "joint", "associate", "assistant", "deputy", "vice"}  # before a lead title


_SPEAKER_POSTS = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "envoy"}
"""Posts that speak for or advise a body and never head it, whatever rank word stands beside them."""


_CHIEF_RANKS = frozenset({"inspector", "superintendent", "petty", "warrant", "engineer", "mate", "officer", "steward",
                          "economist", "strategist", "analyst", "scientist", "correspondent", "negotiator", "counsel",
                          "investigator", "auditor", "accountant", "pilot", "surgeon", "architect", "designer"})
"""Words after "chief" that make a rank, a ship's post or a profession's senior post ("Chief Inspector", "Chief
Petty Officer", "chief engineer", "chief officer", "the bank's chief economist", "chief negotiator"), not the
head of a body ("chief executive officer" has "executive" next)."""


def _title_pred(titles: list[Token]) -> str:
    words = [t.lower_.strip(".") for t in titles]
    # "Vice Admiral", "Air Vice Marshal" are ranks: their "vice" makes no post a deputy's ("SCA Chairman Vice
    # Admiral X" chairs the authority)
    posts = [w for i, w in enumerate(words) if not (w == "vice" and i + 1 < len(words) and words[i + 1] in (
        "admiral", "adm", "marshal", "marshall"))]
    lead = any(w in LEAD_TITLES for w in words) and not any(w in ("vice", "deputy", "prime", "assistant")
                                                             for w in posts)
    if any(w in ("commissioner", "director") and i + 1 < len(words) and words[i + 1] == "general"
           for i, w in enumerate(words)) and not any(w in ("deputy", "assistant", "vice") for w in words):
        lead = True  # "Commissioner General", "Director General": the head of the body (a coast guard, an agency)
    if any(w in _PORTFOLIO for w in words):
        lead = False  # "foreign policy chief": the head of a portfolio, a member of the body
    if any(w in _SPEAKER_POSTS for w in words):
        lead = False  # "navy spokesman Commander X": the rank before the name is no post of head
    if "coach" in words or "trainer" in words:
        lead = False  # "head coach X": the club's staff, not its head
    if lead and any(w == "chief" and i + 1 < len(words) and words[i + 1] in _CHIEF_RANKS for i, w in enumerate(words)):
        lead = False  # "Detective Chief Inspector X of the NBI": a police or naval rank, not the head
    if lead and any(t.i > 0 and t.doc[t.i - 1].lower_ in _SUB_POSTS and t.lower_.rstrip(".") not in (
            "admiral", "adm", "marshal") for t in titles):
        lead = False  # "Additional Director General", "Joint Director": a second-rank post
    if "secretary" in words and "general" in words[words.index("secretary") + 1:] \
            and not any(w in ("deputy", "assistant", "under") for w in words):
        lead = True  # "secretary-general" (split by the tokenizer) heads its organisation
    if lead and _functional_post(titles):
        lead = False  # "chief financial officer", "commercial director": a function, not the head
    elif not lead and any(t.lower_ == "member" and t.i > 0 and t.doc[t.i - 1].lower_ in ("managing", "sole")
                          for t in titles):
        lead = True  # "the managing member of X LLC": an LLC's manager, its head
    elif not lead and "manager" in words and "general" in words[:words.index("manager")] \
            and not any(w in ("deputy", "assistant", "vice") for w in words):
        mg = next(t for t in titles if t.lower_ == "manager")
        nxt = mg.doc[mg.i + 1: mg.i + 3]
        # "general manager" runs the company, unless a function follows ("General Manager, Corporate
        # Communications")
        lead = not (len(nxt) == 2 and nxt[0].text == "," and nxt[1].is_title
                    and nxt[1].lower_ in _FUNCTIONS_OR_UNITS)
    for t in titles:  # "head of research": a department, not the organisation
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _ACCUSE_OF_VERBS:
            continue  # "suspects the company's director of an offence": the "of" phrase is the verb's
        if t.lower_ in ("head", "director", "chief") and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.pos_ == "NOUN" and p.text.islower() and p.lower_ not in _ORG_REF
                for p in c.children) for c in t.children):
            lead = False  # ("head of Ukraine's navy" still heads the navy: a body noun, not a department)
        if t.lower_ in ("head", "director", "chief", "commander") and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.pos_ == "NOUN" and p.text.islower() and _unit_of_named_body(p) for p in c.children)
                for c in t.children):
            lead = False  # "head of the investigation department of X": a unit of the named body
    return "LEADS" if lead else "AFFILIATED_WITH"


_ACCUSE_OF_VERBS = {"suspect", "accuse", "charge", "convict", "acquit", "clear", "find", "notify", "inform"}
"""Verbs whose "of" phrase the parser may hang on their object ("suspects its director of fraud")."""


def _unit_of_named_body(n: Token) -> bool:
    """True for a unit noun hung on a named body: "the investigation department of X", "the
    sanctions unit at X", "the research division in X" (the named body is a proper noun)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "at", "in", "within") and any(
        q.dep_ == "pobj" and (q.pos_ == "PROPN" or q.ent_type_ in ("ORG", "GPE", "NORP")) for q in c.children)
        for c in n.children)


# words that may sit inside a title before a name: "First Admiral", "Acting Under Secretary"
_TITLE_FILLERS = {"incumbent", "outgoing", "acting", "first", "second", "under", "assistant", "interim",
                  "new", "current", "then", "longtime", "veteran", "cabinet"}
# a portfolio between the body and the title: "EU foreign policy chief X", "Pentagon press secretary X";
# its chief heads the portfolio, not the body
_PORTFOLIO = {"policy", "press", "communications", "media", "energy", "economy", "sanctions", "affairs",
              "information", "operations", "legal", "compliance"}
_TITLE_FILLERS |= _PORTFOLIO
# a rank between the post and the name: "JCS spokesperson Col. X", "Coast Guard spokesman Petty Officer X"
_RANK_FILLERS = {"col", "capt", "cdr", "cmdr", "lt", "maj", "sgt", "gen", "adm", "brig", "cpl", "petty", "warrant",
                 "sergeant", "corporal", "lieutenant", "major", "colonel", "captain", "commander", "brigadier"}
_TITLE_FILLERS |= _RANK_FILLERS | {w + "." for w in _RANK_FILLERS}
# an honorific between the post and the name: "CDTA director Sir X", "the firm's chairman Dr X"
_TITLE_FILLERS |= {"sir", "dame", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof."}
# a court's kind between the state and the judge: "US District Judge X", "U.S. Magistrate Judge Y"
_TITLE_FILLERS |= {"district", "circuit", "magistrate", "appeals", "bankruptcy"}


def _body_ref(ctx, k: int, start: int) -> Mention | None:
    """The organisation a bare body noun before a title refers back to: "agency spokesman X",
    "Ministry spokesperson X", "foreign ministry spokesperson X".

    The last organisation named before token ``k``, when its name holds the noun (or it is a
    government agency); a lower-case modifier before the noun ("foreign", "defence") must also be in
    its name. None otherwise: an organisation named further back is too far to refer to.
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    word = _tk[k].lower_
    mods = [_tk[j].lower_[:5] for j in range(max(start, k - 2), k)
            if (_tk[j].is_lower and _tk[j].pos_ in ("ADJ", "NOUN") or _tk[j].lower_ in PORTFOLIO_WORDS)
            and j not in ctx.tok2m]  # (a portfolio capitalised at a sentence's start too: "Agriculture ministry")
    for m in reversed(ctx.ms):
        if m.start >= k or m.type != "Organization":
            continue
        key = m.key.split()
        if word not in key and m.cls != "GovernmentAgency" and not (_ORG_REF.get(word) and m.cls == _ORG_REF[word]):
            return None  # only the last organisation named: an older one is too far to refer to
            # ("company spokeswoman X" after a shipping company: the company named last)
        if mods and not any(x.startswith(st) for st in mods for x in key):
            return None  # "foreign ministry spokesperson" after a defence ministry: not that one
        return m
    return None


def _title_link(doc, k: int, start: int) -> bool:
    """True when token ``k`` joins title words read leftwards from a name: the "and" of "co-founder
    and chief executive", the "co" and "-" of "co-founder", the function word of "chief financial
    officer" or "commercial director", "board" of "board member"."""
    w = doc[k].lower_
    if w in _FUNCTIONS or w in _POST_WORDS or w == "board":
        return doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
    if w in ("-", "co") and k + 1 < len(doc):
        return doc[k + 1].lower_ in ("-", "founder", "chair", "chairman", "director")
    if w in ("and", "&") and k - 1 >= start:
        return _is_title(doc[k - 1]) and doc[k - 1].lower_ not in ("former", "then")
    return False


def _title_of_org(ctx, sent, k: int, titles: list[Token]) -> tuple[Mention, list[Token]] | None:
    """The organisation and titles of "Title of the Org Person" ending at token ``k``.

    ``k`` is the token just before the person's name and ``titles`` the title
    words already read between ``k`` and the name (none when the organisation's
    name touches the person's).
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if titles or k < sent.start:
        return None
    org = ctx.tok2m.get(k)
    if org is None and _tk[k].pos_ == "NOUN" and (_tk[k].lower_ in _ORG_REF or _tk[k].lower_ in _FORCE_REF):
        # "a spokesman for the coast guard, Captain X": the body named before, by its noun
        j = k - 1
        while j > sent.start and _tk[j].is_lower and _tk[j].pos_ in ("ADJ", "NOUN") and k - j <= 2:
            j -= 1  # "the coast guard", "the naval force"
        det = _tk[j].lower_ in ("the", "its")
        org = ctx.org_ref(_tk[k]) or (_body_ref(ctx, k, sent.start) if det else None)
        if org is None and _tk[k].lower_ in ("force", "forces") and det:
            last = next((m for m in reversed(ctx.ms) if m.start < k and m.type == "Organization"), None)
            org = last if last is not None and last.cls == "ArmedForce" else None  # the last body named, if armed
        j -= det
        of = ("of", "for")
    else:
        j, of = None, ("of",)
    if org is None or org.type not in _PARTY_TYPES:
        return None
    if j is None:
        j = org.start - 1
        if j >= sent.start and _tk[j].lower_ == "the":
            j -= 1
    if j < sent.start or _tk[j].lower_ not in of:
        return None
    j -= 1
    ttl = []
    while j >= sent.start and (_is_title(_tk[j]) or _tk[j].lower_ in _TITLE_FILLERS) and j not in ctx.tok2m:
        ttl.insert(0, _tk[j])
        j -= 1
    ttl = _titles_in(ttl)
    return (org, ttl) if ttl else None


def _surface_apposition(ctx, sent, p: Mention) -> tuple[Mention, list[Token]] | None:
    """'Person, a/the TITLE(S) of/for/at/with [the] Org' read from the words when the parse lost it.

    Returns the organisation and the title tokens, or None. Only "a", "an" or
    "the" may open the apposition, then up to five title or modifier words,
    then the preposition and the organisation's name.
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = p.end
    if k + 3 >= sent.end or _tk[k].text != "," or _tk[k + 1].lower_ not in ("a", "an", "the"):
        return None
    k += 2
    titles = []
    while k < sent.end and len(titles) < 6 and k not in ctx.tok2m and _tk[k].lower_ not in ("of", "for", "at", "with") \
            and (_tk[k].pos_ in ("ADJ", "NOUN", "PROPN") or _tk[k].text == "-"):
        titles.append(_tk[k])
        k += 1
    titles = _titles_in(titles)
    if not titles or k >= sent.end - 1 or _tk[k].lower_ not in ("of", "for", "at", "with"):
        return None
    k += 1
    if _tk[k].lower_ == "the":
        k += 1
    org = ctx.tok2m.get(k)
    if org is None or org.type != "Organization" or org.start != k:
        return None
    return org, titles


def _title_run(ctx, k: int, end: int) -> tuple[list[Token], int]:
    """Title words read rightwards from token ``k`` (titles, fillers, function and post words, "-"):
    the title tokens (:func:`_titles_in`) and the index of the first token after the run."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    run = []
    while k < end and len(run) < 6 and k not in ctx.tok2m and (
            _is_title(_tk[k]) or _tk[k].lower_ in _TITLE_FILLERS_OR_POST_WORDS_OR_FUNCTIONS or _tk[k].text == "-"):
        run.append(_tk[k])
        k += 1
    return _titles_in(run), k


def _surface_possessive_roles(ctx, sent, p: Mention) -> list[tuple[Mention, list[Token]]]:
    """Roles in "Person, [the] Org's TITLE [and a former TITLE at Org2]" read from the words.

    The possessor is a named organisation ("Acme's managing director") or a body noun that refers
    back ("the group's director", :meth:`_Ctx.org_ref`). A second role joined by "and" is read when
    it names its organisation after at/of/for/with. The title must end where the phrase ends (a
    comma, a full stop or "and").

    Returns
    -------
    list of (Mention, list of Token)
        Organisation and title tokens of each role; empty when the words do not fit.
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = p.end
    if k + 3 >= sent.end or _tk[k].text != ",":
        return []
    k += 1
    if _tk[k].lower_ == "the":
        k += 1
    org = ctx.tok2m.get(k)
    if org is not None and org.start == k and org.type == "Organization" and org.end < sent.end \
            and _tk[org.end].text in ("'s", "’s"):
        k = org.end + 1
    elif org is None and _tk[k].lower_ in _ORG_REF and k + 1 < sent.end and _tk[k + 1].text in ("'s", "’s"):
        org = ctx.org_ref(_tk[k])
        if org is None and _tk[k].lower_ in ("group", "organisation", "organization"):
            # "the group's director": a research or monitoring group typed only as an organisation
            org = next((m for m in reversed(ctx.ms) if m.start < k and m.type == "Organization"
                        and m.cls not in ("GovernmentAgency", "MediaOrganization")), None)
        k += 2
    else:
        return []
    if org is not None and org.entity == p.entity:
        return []
    titles, k = _title_run(ctx, k, sent.end)
    if not titles or not _is_title(_tk[k - 1]) or (k < sent.end and _tk[k].lower_ not in (",", ".", "and", ";")
                                                    and not _tk[k].is_space):
        return []
    out = [(org, titles)] if org is not None else []
    if k + 2 < sent.end and _tk[k].lower_ == "and" and _tk[k + 1].lower_ in ("a", "an", "the"):
        t2, j = _title_run(ctx, k + 2, sent.end)
        if t2 and j + 1 < sent.end and _tk[j].lower_ in ("at", "of", "for", "with"):
            j += 1
            if _tk[j].lower_ == "the":
                j += 1
            o2 = ctx.tok2m.get(j)
            if o2 is not None and o2.start == j and o2.type == "Country" and o2.end < sent.end \
                    and _tk[o2.end].text in ("'s", "’s"):
                o2 = ctx.tok2m.get(o2.end + 1)  # "at South Korea's Defense Intelligence Agency"
            if o2 is not None and o2.type == "Organization" and o2.entity != p.entity:
                out.append((o2, t2))
    return out


def _leads_a_part(ctx, verb: Token) -> bool:
    """True when a lead verb's object is a unit of the organisation, not the organisation itself.

    "who directs the institute's energy programme", "heads the research department at X":
    the person works for the organisation (AFFILIATED_WITH) but does not lead it.
    """
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN" and ctx.m(c) is None and ctx.org_ref(c) is None:
            if any(a.dep_ == "appos" and ctx.m(a) is not None and ctx.m(a).type == "Organization"
                   for a in c.children):
                continue  # "chairs the family shipping group X": the noun names the organisation itself
            if c.lower_ in ("board", "boards") and verb.lemma_.lower() in ("chair", "head", "lead"):
                continue  # "chairs the board of X": the chairman leads X
            return True
    return False


_RANK_WORDS = {"commander", "captain", "admiral", "commodore", "general", "colonel", "major", "lieutenant",
               "brigadier", "rear", "vice", "cdr", "capt", "adm", "gen", "col", "lt", "maj", "brig"}
"""Military and naval ranks written before a name ("Commander X", "Rear Admiral Y"): a rank, not a post."""
_STATE_FORM_WORDS = frozenset({"of", "the", "republic", "kingdom", "state", "federation", "emirate", "sultanate",
                               "islamic", "democratic", "people's", "federal", "united", "arab", "socialist"})
"""Words of a state's formal name before the country ("the Republic of", "the Islamic Republic of")."""
_PORTFOLIO_FILLERS = frozenset({"national", "state", "public", "homeland", "internal", "civil"})
"""Words a portfolio's name holds beside its subject ("Minister of National Defense", "of Public Security")."""
_RANK_LEAD = {"director", "executive", "officer", "manager", "head"}  # leader only as "the"/"chief" ...


_UNIT_NOUNS = frozenset({"bureau", "division", "department", "unit", "section", "office", "directorate", "desk",
                         "branch", "team", "service", "centre", "center", "wing", "cell"})
"""Lower-case nouns for a unit inside a body ("the agency's investigation bureau")."""


def _unit_post(ctx, sub: list[Token]) -> bool:
    """True when a post's words name a unit of the body or a portfolio rather than the body itself: "director of
    the agency's foreign exchange investigation bureau", "chief of the coast guard's intelligence division",
    "director-general for peninsula peace affairs at the ministry". The holder heads the unit, and is one of the
    body's officials (AFFILIATED_WITH), not its head. The unit's words are lower case and no mention's."""
    for t in sub:
        if t.i in ctx.tok2m or not t.is_lower:
            continue
        if t.lower_ in _UNIT_NOUNS and t.pos_ == "NOUN" and t.dep_ in ("pobj", "appos", "conj"):
            return True
        if t.lower_ in ("affairs", "policy", "relations", "issues") and t.dep_ == "pobj" and t.head.lower_ == "for":
            return True
    return False


_FORCE_POST_WORDS = frozenset({"army", "navy", "naval", "police", "military", "intelligence", "spy", "coast",
                               "security", "customs", "border", "air", "defence", "defense"})
"""Lower-case words before a post that name a state's force or service ("Sudan's army chief")."""


def _country_force_post(ctx, org: Mention, sub: list[Token]) -> bool:
    """True when a post held under a country names one of its forces or services ("Sudan's former army chief,
    General X", "X, the country's police chief"): its holder heads the force, an official of the state
    (AFFILIATED_WITH, as dev README's conventions link an official to a country with no narrower body), not the
    state's head."""
    return org.type == "Country" and any(t.lower_ in _FORCE_POST_WORDS and t.is_lower and t.i not in ctx.tok2m and
                                         t.dep_ in ("compound", "amod", "nmod", "npadvmod") for t in sub)


def _one_of_many(head: Token, titles: list[Token]) -> bool:
    """True for "a director at X", "an executive of X": one of several, not the organisation's head.

    An indefinite article on the title and no word that makes it the top post
    (chief, managing, general, executive director...). "a former president of
    X" still leads (head-of-state titles are unique).
    """
    words = {t.lower_.strip(".") for t in titles}
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return False
    if "commander" in words and any(c.dep_ == "prep" and c.lower_ in ("in", "with", "within")
                                    for c in head.children):
        return True  # "a commander in the RSF": one of its commanders
    if words & (_HEAD_OF_STATE_OR_EXTRA):
        return False
    return bool(words & _RANK_LEAD)



_ROLE_COPULAS = {"be", "become", "remain"}  # "X is the chief executive of Y", "X became head of Y"
_ROLE_AS_VERBS = {"serve", "work", "act", "remain", "list", "name", "appoint", "elect", "register"}  # "X serves as ..."


def _role_titles_of(ctx, t: Token) -> list[Token]:
    """The title head nouns a role phrase names: ``t`` and its conjuncts ("the owner and chief executive")."""
    if t.dep_ == "pcomp" and not _is_title(t):  # "as chartering manager": "chartering" parsed as a verb
        t = next((c for c in t.children if c.dep_ in ("dobj", "attr")), t)
    return [x for x in [t, *t.conjuncts] if x.pos_ in ("NOUN", "PROPN")]


def _stated_roles(ctx, p: Mention, v: Token) -> list[tuple[str, Mention, Token]]:
    """Roles a clause states for its subject ``p``: (predicate, organisation, title token).

    "X is the chief executive of Y", "X is a director of Y" (one of several: AFFILIATED_WITH),
    "X is Y's export sales manager", "X is a senior fellow at Y and a former member of Z",
    "X (also) serves as a procurement officer for Y", "X worked as chartering manager for Y",
    "X is now listed as the sole director of Y". ``v`` is the verb whose subject is the
    person. The organisation is read from the title's own phrase (of/at/for or a possessive),
    else from a for/at/with phrase on the verb; the predicate from the title words
    (:func:`_title_pred`, :func:`_one_of_many`).

    Returns
    -------
    list of (str, Mention, Token)
        Empty when the verb is no copula or "as" verb, or no title or organisation is named.
    """
    lem = v.lemma_.lower()
    heads: list[Token] = []
    if lem in _ROLE_COPULAS:
        heads += [c for c in v.children if c.dep_ == "attr"]
    if lem in _ROLE_AS_VERBS:
        heads += [q for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                  for q in c.children if q.dep_ in ("pobj", "pcomp")]
        heads += [c for c in v.children if c.dep_ == "oprd"]  # "X was appointed chief executive of Y"
    out = []
    verb_prep = [x for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "of")
                 for x in c.subtree]
    for h in heads:
        shared = None
        for t in _role_titles_of(ctx, h):
            if ctx.m(t) is not None:
                continue  # "X is Y" with Y a name: no title
            own = set()
            for c in t.children:
                if c.dep_ != "conj":
                    own.update(x.i for x in c.subtree)
            own.add(t.i)
            sub = [x for x in t.subtree if x.i in own]
            titles = _titles_in([x for x in sub if x.i <= t.i])
            if not titles or not _is_title(t):
                if shared is None:
                    shared = _org_in(ctx, sub, p, before=p.start)
                continue
            org = _org_in(ctx, sub, p, before=p.start) or shared or _org_in(ctx, verb_prep, p, before=p.start)
            if org is None:
                continue
            shared = shared or org
            pred = _title_pred(titles)
            if pred == "LEADS" and _one_of_many(t, titles):
                pred = "AFFILIATED_WITH"
            if pred == "LEADS" and org.type == "Country" and not any(
                    x.lower_ in _HEAD_OF_STATE_OR_EXTRA2 for x in titles):
                continue  # "X is the chief of Iran's navy" read as Iran
            out.append((pred, org, t))
    return out



_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame"}
# words of a post that are no title on their own: "managing director", "commercial manager"
_POST_WORDS = {"managing", "executive", "general", "commercial", "technical", "financial", "operating",
               "deputy", "former", "chief", "sole"}


def _whose_title(ctx, sent, p: Mention) -> tuple[Mention, list[Token], bool] | None:
    """The organisation and titles of "Org, whose [former] TITLE[,] [Mr] Person" read from the words, and whether
    a common noun before the title names the post's unit ("whose office manager": one of its staff).

    News introduces an organisation's officer in a relative clause on its name:
    "a Lagos firm, Zenith Ltd, whose managing director, Mr A B, was ...", "X S.A., whose chief
    executive A B said ...". The organisation is the name just before ", whose".

    Returns
    -------
    tuple of (Mention, list of Token, bool) or None
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = p.start - 1
    while k >= sent.start and _tk[k].lower_ in _HONORIFICS:
        k -= 1
    if k >= sent.start and _tk[k].text == ",":
        k -= 1
    titles = []
    unit = False  # "whose office manager", "whose sales director": a post in one part of the firm
    while k >= sent.start and (_is_title(_tk[k]) or _tk[k].lower_ in _TITLE_FILLERS_OR_POST_WORDS or
                               titles and _tk[k].is_lower and _tk[k].pos_ == "NOUN" and _tk[k].dep_ == "compound") \
            and k not in ctx.tok2m:
        unit = unit or not (_is_title(_tk[k]) or _tk[k].lower_ in _TITLE_FILLERS_OR_POST_WORDS)
        titles.insert(0, _tk[k])
        k -= 1
    titles = _titles_in(titles)
    if not titles or k < sent.start + 1 or _tk[k].lower_ != "whose":
        return None
    k -= 1
    if _tk[k].text == ",":
        k -= 1
    org = ctx.tok2m.get(k)
    if org is not None and org.type in ("Location", "Port") and org.end == k + 1:
        # "X, a company based in Dubai, whose director, Y, ...": past the seat's phrase ("a company based in")
        # and its comma to the firm the phrase describes
        j = org.start - 1
        while j > sent.start and org.start - j < 8 and _tk[j].text != "," and j not in ctx.tok2m:
            j -= 1
        back = ctx.tok2m.get(j - 1) if j > sent.start and _tk[j].text == "," else None
        if back is not None and back.type == "Organization" and back.end == j:
            return back, titles, unit
    if org is None or org.type not in _PARTY_TYPES or org.end != k + 1:
        return None
    return org, titles, unit



# a minister's portfolio word and the stems its ministry's name may use ("foreign" -> "Ministry of Foreign Affairs")
_PORTFOLIO_STEMS = {"foreign": ("foreign",), "defence": ("defen",), "defense": ("defen",), "interior": ("interior",),
                    "finance": ("financ",), "economy": ("econom",), "trade": ("trade",), "transport": ("transport",),
                    "justice": ("justice",), "energy": ("energy",), "infrastructure": ("infrastructure",),
                    "agriculture": ("agricultur",), "health": ("health",), "industry": ("industr",),
                    "fisheries": ("fisher",), "shipping": ("shipping",), "commerce": ("commerc",),
                    "environment": ("environment",), "petroleum": ("petroleum", "oil"), "oil": ("oil", "petroleum"),
                    "labour": ("labo",), "education": ("educat",), "oceans": ("ocean",), "mines": ("mine",)}


def _minister_pred(words: list[str]) -> str:
    """LEADS for a minister of the ministry :func:`_ministry_of` found, AFFILIATED_WITH for a deputy, vice or
    junior minister or a minister of state (dev README: AFFILIATED_WITH for officials)."""
    return "AFFILIATED_WITH" if any(w in ("deputy", "vice", "state", "junior", "assistant") for w in words) \
        else "LEADS"


def _government_state(ctx, k: int, sent: Span) -> Mention | None:
    """The state whose government token ``k`` ("government") names: the country just before it ("Turkish
    government spokesman X", "Chad's government spokesman X"), else the state of the story's capital dateline
    ("ANKARA, May 4 (Reuters) - ... Government spokesman X"); None otherwise (the country the story names most,
    tried as a fallback, gave one right and two wrong links on the development and held-out sets)."""
    j = k - 1 - (k - 1 > sent.start and ctx.doc[k - 1].text in ("'s", "’s"))
    state = ctx.tok2m.get(j) if j >= sent.start else None
    if state is not None and state.type == "Country" and state.end == j + 1:
        return state
    return ctx.home_country


def _title_case_line(sent: Span) -> bool:
    """True for a headline written in title case: at least four words, and at least 70% of the words that
    have letters start with a capital."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


_GROUP_BODY_NOUNS = frozenset(gz.ORG_NOUNS) | {"force", "forces", "army", "militia", "unit", "brigade", "faction",
                                               "movement", "party", "network", "team"}
"""Nouns that describe a body in apposition ("the eastern force commanded by Y", "a research group led by Y")."""


def _appos_anchor_org(ctx, tok: Token) -> Mention | None:
    """The organisation named just before the comma of a describing noun phrase the parser did not hang on it:
    "... by the X Lab (XL), an independent research group led by Y" (the group parsed as the verb's object). None
    unless an Organization mention (or its bracketed acronym) ends right before ", a/an/the ... <tok>"."""
    doc = ctx.doc
    le = tok.left_edge.i
    if le < 2 or doc[le - 1].text != "," or doc[le].lower_ not in ("a", "an", "the"):
        return None
    k = le - 2
    if doc[k].text == ")" and k >= 2:
        k -= 1  # "X Lab (XL), a group ...": the acronym in brackets
    m = ctx.tok2m.get(k)
    return m if m is not None and m.type == "Organization" and m.end in (k + 1,) else None


def _plural_post_conjuncts(ctx, p: Mention, r: Token) -> list[Mention]:
    """The people named after ``p`` in a plural post's list ("Assistant U.S. Attorneys A and B", "navy spokesmen A,
    B and C"): the conjuncts of ``p``'s root that follow it with only "and", commas and people's names between."""
    _tk = ctx.tokens()
    out = []
    for c in r.conjuncts:
        cm = ctx.m(c)
        if c.i > r.i and cm is not None and cm.type == "Person" and cm.entity != p.entity and all(
                _tk[x].lower_ in ("and", ",") or x in ctx.tok2m and ctx.tok2m[x].type == "Person"
                for x in range(p.end, cm.start)):
            out.append(cm)
    return out


def _attorneys_office(ctx) -> Mention | None:
    """The one prosecutors' office the document names ("the U.S. Attorney's Office for the Eastern District of
    New York"), whose attorneys "Assistant U.S. Attorney X" and "U.S. Attorney Y" are; None when there is none or
    more than one."""
    offices = {m.entity: m for m in ctx.ms if m.type == "Organization" and "attorney office" in m.key}
    return next(iter(offices.values())) if len(offices) == 1 else None


def _country_after_name(ctx, p: Mention, sent: Span) -> Mention | None:
    """The country named right after a person's name with "of": "Foreign Minister X of North Korea", whose
    state the text states (before any dateline's)."""
    if p.end + 1 < sent.end and ctx.doc[p.end].lower_ == "of" and (c := ctx.tok2m.get(p.end + 1)) is not None and \
            c.type == "Country" and c.start == p.end + 1:
        return c
    return None


def _name_states(ctx, m: Mention) -> tuple[set[str], set[str]]:
    """The countries a body's name holds: entity ids of the Country mentions inside the mention, and the
    country names its words spell or their demonyms point to ("Russian Foreign Ministry" -> "Russia", "U.S.
    Fisheries Bureau" -> "United States", also when the country is no mention of its own)."""
    inner = {x.entity for x in ctx.ms if x.type == "Country" and m.start <= x.start < m.end}
    named = {gz.DEMONYMS.get(w) or gz.countries().get(w) for w in m.text.replace("'s", "").split()} - {None}
    return inner, named


def _ministry_states(ctx, m: Mention) -> set[str]:
    """Entity ids of the countries a ministry's mention is tied to by its words around it: "Italy's
    Ministry of Defence", "the Ministry of Defence of the Italian Republic"."""
    _tk = ctx.tokens()
    out = set()
    if m.start >= 2 and _tk[m.start - 1].text in ("'s", "’s") and (c := ctx.tok2m.get(m.start - 2)) is not None \
            and c.type == "Country":
        out.add(c.entity)
    k = m.end + 1 + (m.end + 1 < len(_tk) and _tk[m.end + 1].lower_ == "the")
    if m.end < len(_tk) and _tk[m.end].lower_ == "of" and (c := ctx.tok2m.get(k)) is not None and c.type == "Country":
        out.add(c.entity)
    return out


def _ministry_of(ctx, words: list[str], org: Mention | None) -> Mention | None:
    """The ministry a minister heads, when the document names it.

    "Estonia's foreign minister, X" with "the foreign ministry" named elsewhere in the text,
    "The Minister of Infrastructure and Transport, X" with the ministry named: a minister
    LEADS that ministry rather than being only AFFILIATED_WITH the country; a deputy, vice or
    junior minister or a minister of state belongs to it (:func:`_minister_pred`). A prime
    minister heads no ministry.

    Parameters
    ----------
    words : list of str
        Lower-cased words of the title phrase.
    org : Mention or None
        The body the title phrase names; a country or nothing lets the ministry win.
    """
    if "minister" not in words or "prime" in words:
        return None
    if org is not None and org.type != "Country":
        return None
    stems = [st for w in words for st in _PORTFOLIO_STEMS.get(w, ())]
    if not stems:
        return None
    cands = [m for m in ctx.ms if m.type == "Organization" and (key := m.key.split()) and (
        "ministry" in key or ("department" in key and m.cls == "GovernmentAgency")) and any(
        k.startswith(st) for k in key for st in stems)]
    if org is not None:
        own = next((m for m in cands if org.entity in _ministry_states(ctx, m)), None)
        if own is not None:  # "Italy's Ministry of Defence", "the Ministry of Defence of Italy": the minister's own
            return own
    for m in cands:
        inner, named = _name_states(ctx, m)
        if org is not None and inner and org.entity not in inner:
            continue  # another country's ministry
        if org is not None and (tied := _ministry_states(ctx, m)) and org.entity not in tied:
            continue  # "Poland's Ministry of National Defense" is no ministry of a South Korean minister
        if org is not None and named and ctx.entities[org.entity].name not in named:
            continue  # "the Russian Foreign Ministry" is no ministry of Estonia's minister
        if org is None and (inner or named):
            # a bare "Foreign Minister X": the ministry of the story's state, not the one another state's
            # ministry is named for ("Russia's foreign ministry did not respond" in a story datelined in Ankara)
            state = ctx.home_country or ctx.top_country
            if state is None or inner and state.entity not in inner or \
                    named and ctx.entities[state.entity].name not in named:
                continue
        return m
    return None



def _board_seat(ctx, v: Token, p: Mention) -> Mention | None:
    """The organisation whose board (council, committee) a person sits on: "X sits on the board of Y", "X sits
    on Y's board", "X also sits on the supervisory board of Y"; None for any other "sit"."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "on":
            continue
        for b in c.children:
            if b.dep_ == "pobj" and b.lower_ in ("board", "boards", "council", "committee", "panel"):
                org = _org_in(ctx, list(b.subtree), p)
                if org is not None and org.type == "Organization":
                    return org
    return None


def _pronoun_roles(ctx, sent, out) -> None:
    """Roles stated of "he"/"she" that opens a clause: "He previously served as commercial manager of Y".

    The pronoun is the last person named before the sentence (within about two sentences);
    only a copula or "served/worked as" clause (:func:`_stated_roles`) is read.
    """
    if ctx.lemmas(sent).isdisjoint(("he", "she")):  # lemmas and lower-case forms: no pronoun here
        return
    for t in ctx.toks(sent):
        if t.lower_ not in ("he", "she") or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sits = t.head.lemma_.lower() == "sit"
        if t.head.lemma_.lower() not in _ROLE_COPULAS_OR_ROLE_AS_VERBS and not sits:
            continue
        prev = None
        for m in reversed(ctx.ms):
            if m.start < sent.start and m.type == "Person":
                prev = m
                break
        if prev is None or sent.start - prev.end > 60:
            continue
        if sits:  # "He also sits on the board of Y"
            if (org := _board_seat(ctx, t.head, prev)) is not None:
                out.append(Candidate(prev, "AFFILIATED_WITH", org, "member.board_seat", 0.55, sent, t.head))
            continue
        for v in [t.head, *[c for c in t.head.conjuncts if not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]]:
            for pred, org, title in _stated_roles(ctx, prev, v):
                out.append(Candidate(prev, pred, org, "title.pronoun_role", 0.6, sent, title))


_PLURAL_MEMBER_POSTS = {"director", "shareholder", "partner", "owner", "member", "officer", "executive",
                        "manager", "employee", "founder", "trustee", "beneficiary"}
"""Posts whose plural names several holders ("its two directors are A and B"): each is a member."""


def _plural_post_members(ctx, sent, p, r: Token, out) -> None:
    """Members named after a plural post of an organisation: "X's two directors are A and B",
    "X's shareholders include A and B", "the directors of X are A and B".

    Each named holder of a post held by several is AFFILIATED_WITH the organisation (none is its head).

    Parameters
    ----------
    ctx : rule context; sent : Span; p : Mention (a Person); r : Token, the root of ``p``;
    out : list of Candidate, appended to.
    """
    b = r.head if r.dep_ == "appos" and r.head.i < r.i and r.head.pos_ in ("NOUN", "ADJ") else r  # "a national, B"
    while b.dep_ == "conj" and b.head.i != b.i and b.head.i < b.i:
        b = b.head
    if b.dep_ not in ("attr", "dobj") or b.head.lemma_.lower() not in ("be", "include"):
        return
    n = next((c for c in b.head.children if c.dep_ == "nsubj"), None)
    if n is None or n.tag_ != "NNS" or n.lemma_.lower() not in _PLURAL_MEMBER_POSTS:
        return
    org = None
    for c in n.children:
        if c.dep_ == "poss" and (m := ctx.m(c)) is not None:
            org = m
        elif c.dep_ == "prep" and c.lower_ == "of":
            org = _org_in(ctx, list(c.subtree), p)
    if org is not None and org.type == "Organization":
        out.append(Candidate(p, "AFFILIATED_WITH", org, "member.plural_post", 0.6, sent, n))


_FLOW_NOUNS = frozenset({"shipment", "shipments", "export", "exports", "cargo", "cargoes", "barrels", "deliveries",
                         "crude", "flows", "supplies", "loadings", "volumes"})
_FLOW_HEADING = frozenset({"head", "bind", "bound", "destine", "go", "flow", "stream", "sail"})
_FLOW_BUYERS = frozenset({"buyer", "buyers", "importer", "importers", "destination", "destinations", "taker", "takers"})


def _rule_trade_flow(ctx, sent, sm, out) -> None:
    """A country's trade flow and where it goes, said of the cargoes in aggregate (dev README: SHIPPED_TO
    between countries for goods sent): "Russia's crude shipments climbed, with most of the cargoes heading to
    India and Turkey", "Russian crude exports reached 3.3 million barrels a day, with India and Turkey the
    largest buyers". The origin is the country that owns or qualifies the flow noun ("Russia's shipments",
    "Russian exports"); each destination is a country the cargoes head, are bound or destined for, or that is
    named as their buyers."""
    countries = [m for m in sm if m.type == "Country"]
    if len(countries) < 2:
        return
    lem = ctx.lemmas(sent)
    if not (lem & _FLOW_NOUNS) or not (lem & _FLOW_HEADING or lem & _FLOW_BUYERS) or lem & {"none", "no", "not", "never"}:
        return  # ("with none of the cargoes heading to India": no flow stated)
    _tk = ctx.tokens()
    origins, dests = [], []
    for m in countries:
        t = _tk[m.end - 1]
        h = t.head
        if t.dep_ in ("poss", "amod", "compound", "nmod"):
            while h.dep_ in ("amod", "compound") and h.head.i != h.i:  # "Russian seaborne crude exports"
                h = h.head
            if h.lower_ in _FLOW_NOUNS:
                origins.append(m)
                continue
        if t.dep_ == "pobj" and h.lower_ in ("to", "toward", "towards", "for"):
            v = h.head
            if v.lemma_.lower() in _FLOW_HEADING and (v.dep_ == "acl" and v.head.lower_ in _FLOW_NOUNS or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FLOW_NOUNS for c in v.children)):
                dests.append(m)
        elif t.dep_ == "nsubj" and h.lower_ in _FLOW_BUYERS and h.dep_ == "pobj" and h.head.lower_ == "with":
            dests.append(m)  # "..., with India and Turkey the largest buyers"
        elif t.dep_ == "conj" and any(d.entity != m.entity and _tk[d.end - 1].i == t.head.i for d in dests):
            dests.append(m)  # "heading to India and Turkey"
    for a in {o.entity: o for o in origins}.values():
        for b in {d.entity: d for d in dests}.values():
            if a.entity != b.entity:
                out.append(Candidate(a, "SHIPPED_TO", b, "shipped_to.trade_flow", 0.55, sent, _tk[b.start]))


_TIE_VERBS = {"join", "serve", "work", "sit", "be", "become", "remain", "spend", "represent"}
"""Verbs whose person subject states a tie to an organisation: "joined X", "served as head of ... for X",
"works for X", "sits on the board of X", "is now a partner at X", "spent a decade at X", "represents X"."""
_TIE_PREPS = ("at", "with", "for", "of", "in", "on")
_TIE_PHRASES = {("linked", "to"), ("affiliated", "with"), ("employed", "by"), ("working", "for"), ("payroll", "of"),
                ("previously", "at"), ("previously", "with"), ("previously", "of"), ("formerly", "at"),
                ("formerly", "with"), ("formerly", "of"), ("now", "at"), ("now", "with"), ("currently", "at")}
"""Participles and nouns whose object is the organisation a person is tied to ("a businessman linked to X",
"formerly employed by X", "on the payroll of X")."""


_OWN_FIRM_NOUNS = {"company", "firm", "business", "employer", "outfit"}
"""Nouns of "his company, X": a person's own firm, named in apposition."""


_GROUP_MEMBER_NOUNS = frozenset({"officers", "members", "staff", "officials", "employees", "sailors", "soldiers",
                                 "personnel", "agents", "investigators", "executives", "analysts", "researchers",
                                 "diplomats", "lawyers", "crew"})
"""Plural nouns of a body's people ("Pakistan Navy officers, including X", "Members of the Y, among them X")."""


def _possessive_or_group_body(ctx, sent, p: Mention) -> Mention | None:
    """The organisation a bare name belongs to by its place in the phrase (AFFILIATED_WITH), or None.

    - "Vesterly Shipping's Kristof Haldane", "Harvard's Lena Varga": an organisation's possessive
      right before the name (a country's is left to the title rules: "Russia's Arkady Belov");
    - "Pakistan Navy officers, including Commodore X", "Members of the Y's unit, among them X": a
      name in an "including"/"among them" phrase of a plural noun of a body's people, the body its
      modifier, possessor or "of" object.
    """
    _tk = ctx.tokens()
    if p.start - 2 >= sent.start and _tk[p.start - 1].text in ("'s", "’s"):
        o = ctx.tok2m.get(p.start - 2)
        if o is not None and o.type == "Organization" and o.end == p.start - 1:
            return o
    r = _root_in(ctx, p)
    head = r.head
    if r.dep_ == "pobj" and head.lower_ == "including":
        grp = head.head
    elif r.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "among" for c in r.children):
        grp = head
    else:
        return None
    if grp.lower_ not in _GROUP_MEMBER_NOUNS or grp.i >= p.start:
        return None
    for c in grp.children:
        cands = [c] if c.dep_ in ("compound", "poss", "nmod") else \
            [x for q in c.children if q.dep_ == "pobj" for x in q.subtree] if c.dep_ == "prep" and c.lower_ == "of" \
            else []
        for t in cands:
            m = ctx.tok2m.get(t.i)
            if m is not None and m.type == "Organization":
                return m
    return None


def _list_entries(ctx, sent, sm, out) -> None:
    """ "The panel: A, Tsinghua University; B, African Development Bank; and C, Banco de México": in a list
    whose entries are set off by semicolons, an entry made of a person's name, a comma and an
    organisation's name ties the person to it (AFFILIATED_WITH). The entry must start after ":" or ";"
    (optionally "and") and end at ";", the sentence's end or its last punctuation."""
    _tk = ctx.tokens()
    ms = sorted(sm, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        if a.type != "Person" or b.type != "Organization" or b.start != a.end + 1 or _tk[a.end].text != ",":
            continue
        i = a.start - 1
        if i >= sent.start and _tk[i].lower_ == "and":
            i -= 1
        if i < sent.start or _tk[i].text not in (";", ":"):
            continue
        j = b.end
        if j < sent.end and _tk[j].text not in (";", ".", ")") and not (j + 1 == sent.end and _tk[j].is_punct):
            continue
        out.append(Candidate(a, "AFFILIATED_WITH", b, "member.list_entry", 0.55, sent, _tk[a.start]))


def _plural_post_of(ctx, sent: Span, out: list) -> None:
    """ "two directors of X Ltd, Mr A and Mrs B": the people listed after a plural post "of" a named body (the
    parser hangs them on the body's name as conjuncts) are its members (AFFILIATED_WITH: several holders of
    one post, none its head)."""
    for t in ctx.toks(sent):
        if t.tag_ != "NNS" or (_PLURAL_TITLES.get(t.lower_) or t.lemma_.lower()) not in AFFIL_TITLES | LEAD_TITLES:
            continue
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for q in c.children:
                body = ctx.m(q) if q.dep_ == "pobj" else None
                if body is None or body.type != "Organization" or body.end >= sent.end or \
                        ctx.doc[body.end].text != ",":
                    continue
                for x in _root_in(ctx, body).conjuncts:
                    m = ctx.m(x)
                    if m is not None and m.type == "Person" and m.start > body.end:
                        out.append(Candidate(m, "AFFILIATED_WITH", body, "member.plural_post_of", 0.55, sent, t))


def _rule_affiliation_more(ctx, sent, sm, out) -> None:
    """Ties of persons to organisations the post-and-name readings of :func:`_rule_titles` miss (the dev
    README: AFFILIATED_WITH for members, employees, officials, spokespeople, past ties included).

    - the rest of a comma phrase after the name: "X, chartering manager at the Gdynia-based broker Y,",
      "X, a senior prosecutor with Y", "X, a businessman linked to Y", "X, both engineers formerly employed by
      Y";
    - "X of the Buenos Aires-based Y said";
    - the person's own verb: "X joined Y", "X has served as head of screening for Y", "X works for Y",
      "X sits on the boards of Y and Z", "X is now a partner at the law firm Y", "X spent a decade at Y",
      "X, who represents Y";
    - "X ... through his company, Y": the firm in apposition to "his/her company";
    - "her Japanese counterpart, X": the country of the counterpart's adjective.

    Only organisations (a country a person belongs to is no employer), but for the counterpart's country; a
    person this sentence already ties to a body gets only the own-verb readings, to another body.
    """
    people = [m for m in sm if m.type == "Person"]
    if not people or not any(m.type == "Organization" for m in sm) and "counterpart" not in ctx.lemmas(sent) \
            and not ctx.lemmas(sent) & _COMPANY_REF_WORDS:  # ("... director of the company": named before)
        return
    _tk = ctx.tokens()
    if len(people) >= 2 and any(_tk[i].text == ";" for i in range(sent.start, sent.end)):
        _list_entries(ctx, sent, sm, out)
    _plural_post_of(ctx, sent, out)
    tied = {c.subject.entity for c in out if c.predicate in ("AFFILIATED_WITH", "LEADS")}
    tied_to = {(c.subject.entity, c.object.entity) for c in out if c.predicate in ("AFFILIATED_WITH", "LEADS")}
    for p in people:
        # a person this sentence already ties to a body keeps only the own-verb readings below, to other
        # bodies ("X, a former chairman of Y, now sits on the board of Z")
        again = p.entity in tied
        got: list[tuple[Mention, str]] = []
        if not again:
            o = _possessive_or_group_body(ctx, sent, p)
            if o is not None and o.entity != p.entity and (p.entity, o.entity) not in tied_to:
                out.append(Candidate(p, "AFFILIATED_WITH", o, "member.possessive_or_group", 0.55, sent,
                                     _tk[p.start]))
                continue
        # the comma phrase after the name
        if not again and p.end < sent.end and _tk[p.end].text == ",":
            seg, k = [], p.end + 1
            while k < sent.end and k - p.end < 14 and _tk[k].text not in (",", ";", ")", "—", "–") and not (
                    _tk[k].pos_ in ("VERB", "AUX") and _tk[k].tag_ not in ("VBN", "VBG")):
                seg.append(_tk[k])
                k += 1
            titled = any(_is_title(t) for t in seg)
            if any(t.lower_ in ("not", "never", "no", "nor") for t in seg):
                seg = []  # "X, a businessman not linked to Y": no tie
            for j, t in enumerate(seg[:-1]):
                if titled and t.lower_ in _TIE_PREPS or j and (seg[j - 1].lower_, t.lower_) in _TIE_PHRASES:
                    org = next((ctx.tok2m[x.i] for x in seg[j + 1:] if x.i in ctx.tok2m
                                and ctx.tok2m[x.i].type == "Organization"), None)
                    if org is not None and org.type == "Organization" and org.entity != p.entity:
                        got.append((org, "AFFILIATED_WITH"))
                    break
        # "X of the <descriptor> Y"
        if not again and not got and p.end + 1 < sent.end and _tk[p.end].lower_ == "of":
            k = p.end + 1
            while k < sent.end and k - p.end < 7 and k not in ctx.tok2m and (
                    _tk[k].pos_ in ("DET", "ADJ", "PUNCT", "PROPN") or _tk[k].lower_ in ("based", "-")):
                k += 1
            org = ctx.tok2m.get(k)
            if org is not None and org.type == "Organization" and org.start == k and org.cls != "MediaOrganization":
                nxt = _tk[org.end] if org.end < sent.end else None
                if nxt is None or nxt.text in (",", ";", ")") or nxt.pos_ in ("VERB", "AUX"):
                    got.append((org, "AFFILIATED_WITH"))
        # the person's own verb
        if not got:
            r = _root_in(ctx, p)
            verb = r.head if r.dep_ in ("nsubj", "nsubjpass") else None
            if verb is None or verb.lemma_.lower() not in _TIE_VERBS:  # "X, who represents Y, declined ..."
                verb = next((c for c in r.children if c.dep_ == "relcl" and any(
                    x.dep_ == "nsubj" and x.lower_ == "who" for x in c.children)), verb)
            if verb is not None and verb.lemma_.lower() in _TIE_VERBS and verb.pos_ in ("VERB", "AUX"):
                lem = verb.lemma_.lower()
                own_phrase = {x.i for c in r.children if c.dep_ in ("appos", "relcl", "acl") and c.i > r.i
                              and c.i != verb.i for x in c.subtree}
                scope = [verb, *(c for c in verb.children if c.dep_ in ("attr", "dobj", "prep", "advcl", "xcomp")
                                 and not (lem == "be" and c.dep_ == "prep"))]
                if lem in ("be", "become", "remain") and not any(
                        _is_title(c) for c in verb.children if c.dep_ == "attr"):
                    scope = []
                # "X, who is the managing director of Y", "who remains chief executive of Y": the head's post
                # ("a director of Y": one of several, a member's)
                post = next((c for c in verb.children if c.dep_ == "attr" and _is_title(c)), None)
                tie = "LEADS" if lem in ("be", "become", "remain") and post is not None and not any(
                    d.dep_ == "det" and d.lower_ in ("a", "an") for d in post.children) and _title_pred(
                    [x for x in post.subtree if x.i <= post.i and x.dep_ in ("compound", "amod") or x.i == post.i]
                ) == "LEADS" else "AFFILIATED_WITH"
                if post is not None and lem in ("be", "become", "remain"):
                    # "X, who remains Korvia's chief executive": the body the post is of, named before it
                    got += [(o, tie) for x in post.children if x.dep_ == "poss"
                            for o in [ctx.m(x) or ctx.org_ref(x)] if o is not None
                            and o.type == "Organization" and o.entity != p.entity]
                if got:
                    pass
                elif lem in ("join", "represent"):
                    for c in verb.children:
                        if c.dep_ == "dobj":
                            got += [(o, "AFFILIATED_WITH") for o in _named_party(ctx, c) if o.type == "Organization"]
                else:
                    for h in scope:
                        for c in h.subtree:
                            if c.dep_ == "prep" and c.lower_ in _TIE_PREPS and c.head.i != p.start and \
                                    c.i not in own_phrase:  # (not in the subject's own apposition)
                                for q in c.children:
                                    if q.dep_ == "pobj":
                                        got += [(o, tie if c.head.i == getattr(post, "i", -1) else
                                                 "AFFILIATED_WITH") for o in _named_party(ctx, q)
                                                if o.type == "Organization" and o.entity != p.entity]
                                        if not got and post is not None and c.head.i == post.i and \
                                                (ref := _company_ref(ctx, q)) is not None and ref.entity != p.entity:
                                            got.append((ref, tie))  # "who is the managing director of the company"
                                        if not got and q.lower_ in ("board", "council", "committee", "panel"):
                                            # "has sat on Y's advisory board": the body whose board it is
                                            got += [(o, "AFFILIATED_WITH") for x in q.children if x.dep_ == "poss"
                                                    for o in [ctx.m(x)] if o is not None
                                                    and o.type == "Organization" and o.entity != p.entity]
                                        if not got and q.pos_ == "NOUN":  # "at the law firm X", "of two owners, X"
                                            k = q.i + 1 + (q.i + 1 < sent.end and _tk[q.i + 1].text == ",")
                                            o = ctx.tok2m.get(k)
                                            while o is not None and o.start == k and o.type == "Organization":
                                                got.append((o, "AFFILIATED_WITH"))  # ("X, Y and Z": each)
                                                k = o.end + 1 if o.end < sent.end and _tk[o.end].lower_ in (
                                                    "and", ",") else -1
                                                o = ctx.tok2m.get(k)
                            if got:
                                break
                        if got:
                            break
        if not got and not again:  # "her Japanese counterpart, X", "his Russian counterpart X": the country's
            r = _root_in(ctx, p)
            j = p.start - 1 - (p.start - 1 > sent.start and _tk[p.start - 1].text == ",")
            cp = r.head if r.dep_ == "appos" else _tk[j] if j >= sent.start else None
            if cp is not None and cp.lower_ in ("counterpart", "counterparts") and cp.i < p.start:
                got += [(m, "AFFILIATED_WITH") for c in cp.children if c.dep_ == "amod"
                        for m in [ctx.m(c)] if m is not None and m.type == "Country"]
        if not got:  # "X ... through his company, Y": the firm of the last person named before it
            for t in ctx.toks(sent):
                if t.lower_ in _OWN_FIRM_NOUNS and t.i > p.start and any(
                        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children) and \
                        max((m for m in people if m.end <= t.i), key=lambda m: m.start).entity == p.entity:
                    got += [(o, "AFFILIATED_WITH") for o in _named_party(ctx, t) if o.type == "Organization"]
        seen = {o for s_, o in tied_to if s_ == p.entity}
        for org, pred in got:
            if org.entity not in seen and org.entity != p.entity and org.cls != "MediaOrganization":
                seen.add(org.entity)
                out.append(Candidate(p, pred, org, "member.more", 0.55, sent, _tk[p.start]))
                # "A and B, both engineers formerly employed by Y": the phrase after the last name is both's
                for c in _root_in(ctx, p).conjuncts if p.end < sent.end and _tk[p.end].text == "," else ():
                    cm = ctx.m(c)
                    if cm is not None and cm.type == "Person" and cm.end <= p.start and cm.entity not in tied:
                        out.append(Candidate(cm, pred, org, "member.more", 0.5, sent, _tk[p.start]))


def _rule_titles(ctx, sent, sm, out):
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if not any(m.type == "Person" for m in sm):
        _pronoun_roles(ctx, sent, out)
    shared_org = None  # the organisation of the last "Org title Person" in the sentence
    for p in sm:
        if p.type != "Person":
            continue
        r = _root_in(ctx, p)
        k = p.end + 1
        while k < sent.end and ctx.doc[k].lower_ in ("also", "now", "still", "currently"):
            k += 1
        if r.dep_ == "appos" and p.end < sent.end and ctx.doc[p.end].text == "," and k < sent.end and \
                (vv := ctx.doc[k]).pos_ == "VERB" and vv.lemma_.lower() in _LEAD_VERBS and vv.i > r.head.i and \
                not any(x.dep_ in ("nsubj", "nsubjpass") for x in vv.children):
            # "Y, whose general director, X, also chairs the board of Z": the parser left "chairs" without the
            # person in apposition before it as its subject
            org = _org_in(ctx, [t for c in vv.children if c.dep_ in ("dobj", "attr") for t in c.subtree], p)
            if org is not None:
                out.append(Candidate(p, "AFFILIATED_WITH" if _leads_a_part(ctx, vv) else "LEADS", org,
                                     "leads.verb", 0.65, sent, vv))
        # "the office, led by U.S. Attorney X": a post before the name, and the verb says what X heads
        led_by = r.dep_ == "pobj" and r.head.lower_ == "by" and r.head.head.lemma_.lower() in _LEAD_VERBS
        done = False
        if p.end + 1 < sent.end and _tk[p.end].text in ("'s", "’s") and (om := ctx.tok2m.get(p.end + 1)) is not None \
                and om.start == p.end + 1 and om.type == "Organization" and om.cls != "MediaOrganization":
            # "General X's National Army", "Y's Support Forces": the leader's organisation
            out.append(Candidate(p, "LEADS", om, "leads.possessive", 0.6, sent, _tk[p.end]))
        if p.end + 2 < sent.end and _tk[p.end].text == "(" and (om := ctx.tok2m.get(p.end + 1)) is not None \
                and om.start == p.end + 1 and om.type == "Organization" and om.end < sent.end \
                and (_tk[om.end].text == ")" or _tk[om.end].text == "," and any(
                    _tk[j].text == ")" for j in range(om.end + 1, min(sent.end, om.end + 6)))):
            # "Ana Berg (Nordlys Shipping) said": the body a speaker is introduced with, in brackets;
            # "X (Unity Party, Seongsan-B)": a member's party, then the seat
            out.append(Candidate(p, "AFFILIATED_WITH", om, "member.bracket", 0.6, sent, _tk[p.end]))
        j = p.start - 1
        while j > sent.start and p.start - j <= 4 and _tk[j].text[:1].isupper() and _is_title(_tk[j]):
            j -= 1
        if j < p.start - 1 and j > sent.start and _tk[j].text == "(" and p.end < sent.end and \
                _tk[p.end].text == ")" and (om := ctx.tok2m.get(j - 1)) is not None and om.end == j and \
                om.type == "Organization":
            # "The Korea Coast Guard (Commissioner General Kim X)", "the Y Station (Chief Z)": Korean and Japanese
            # releases name a body's head in brackets after it
            out.append(Candidate(p, _title_pred(list(_tk[j + 1:p.start])), om, "title.bracket", 0.7, sent, _tk[j + 1]))
        if p.start - 4 >= sent.start and [t.lower_ for t in _tk[p.start - 3:p.start]] == ["secretary", "of", "state"]:
            j = p.start - 4
            while j > sent.start and _tk[j].lower_ in ("deputy", "under", "assistant", "former", "then"):
                j -= 1
            state = ctx.tok2m.get(j)
            if state is not None and state.type == "Country" and state.end == j + 1:
                # "U.S. Secretary of State X": "State" names no body; the post is the country's
                out.append(Candidate(p, "AFFILIATED_WITH", state, "title.secretary_of_state", 0.7, sent,
                                     _tk[p.start - 3]))
                continue
        # "Dr X, Senior Research Fellow, Y Centre": a byline's or signature's name, post and body, set off by commas
        j = p.end + 1
        if p.end < sent.end and _tk[p.end].text == ",":
            while j < sent.end and j - p.end <= 5 and _tk[j].is_title and (
                    _is_title(_tk[j]) or _tk[j].lower_ in _TITLE_FILLERS or _tk[j].lower_ in ("senior", "research")):
                j += 1
            posts = [t for t in _tk[p.end + 1:j] if _is_title(t)]
            if posts and j + 1 < sent.end and _tk[j].text == "," and (om := ctx.tok2m.get(j + 1)) is not None and \
                    om.start == j + 1 and om.type == "Organization" and (
                        om.end >= sent.end or _tk[om.end].text in (",", "|", "\n") or _tk[om.end].is_space):
                out.append(Candidate(p, _title_pred(_tk[p.end + 1:j]), om, "title.comma_post_body", 0.65, sent,
                                     posts[-1]))
        # A. "[Org/Country]['s] title... Person" / "President Person"
        k = p.start - 1
        if (host := ctx.tok2m.get(k)) is not None and host.end == p.start and host.type in ("Country", "Organization"):
            j = host.start - 1 - (host.start - 1 > sent.start and _tk[host.start - 1].lower_ == "the")
            if j > sent.start and _tk[j].lower_ == "to" and _tk[j - 1].lower_ in DIPLOMAT_POSTS:
                k = j - 1  # "Russian Ambassador to Kenya X": past the host country to the post
            elif host.type == "Country" and j > sent.start and _tk[host.start - 1].lower_ == "of":
                # "President of the Republic of Niger X": the post before the state's formal name
                i = host.start - 1
                while i > sent.start and _tk[i].lower_ in _STATE_FORM_WORDS:
                    i -= 1
                if _tk[i].is_title and _tk[i].lower_ in _AFFIL_TITLES_OR_LEAD_TITLES and i < host.start - 1:
                    out.append(Candidate(p, _title_pred([_tk[i]]), host, "title.of_state", 0.7, sent, _tk[i]))
                    continue
        titles = []
        while k >= sent.start and (_is_title(_tk[k]) or _tk[k].lower_ in _TITLE_FILLERS or (
                titles and _title_link(doc, k, sent.start)) or _tk[k].text == "." and k > sent.start and
                                   _tk[k - 1].lower_ in _RANK_FILLERS) \
                and (_tk[k].i not in ctx.tok2m or (ctx.tok2m[k].end - ctx.tok2m[k].start == 1
                                                   and _tk[k].lower_ in _AFFIL_TITLES_OR_LEAD_TITLES)):
            titles.insert(0, _tk[k])  # ... a lone title word taken for a name ("Rear" of "Rear Admiral") too
            k -= 1
        n_before, a_titles, a_k = len(out), titles, k
        if p.meta.get("rule") == "speaker_label":
            # "LAUREN CARR, CNN ANCHOR: ...": the body and the post in a transcript's speaker label
            k2, ttl, org = p.end, [], None
            while k2 < sent.end and _tk[k2].text != ":" and _tk[k2].text != "(":
                m2 = ctx.tok2m.get(k2)
                if m2 is not None and m2.type in _PARTY_TYPES and org is None:
                    org = m2
                elif _is_title(_tk[k2]):
                    ttl.append(_tk[k2])
                k2 += 1
            if org is not None and ttl:
                out.append(Candidate(p, _title_pred(ttl), org, "title.speaker_label", 0.7, sent, ttl[-1]))
                continue
        whose = _whose_title(ctx, sent, p)
        if whose is not None:  # "Org, whose managing director, Mr Person, ..."
            org, ttl, unit = whose
            out.append(Candidate(p, "AFFILIATED_WITH" if unit else _title_pred(ttl), org, "title.whose", 0.75, sent,
                                 ttl[-1]))
            continue
        of_org = _title_of_org(ctx, sent, k, titles)
        if of_org is None and k > sent.start and all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in _PORTFOLIO_FILLERS or
                                                     t.lower_.rstrip(".") in _RANK_WORDS for t in titles) and (
                _tk[k].is_title and _tk[k].lower_ in PORTFOLIO_WORDS or titles and _tk[k].lower_ in ("and", "of", "for")):
            # "Under Secretary of the Treasury for Terrorism and Financial Intelligence X": past the portfolio
            j = k
            while j > sent.start and (_tk[j].is_title and (_tk[j].lower_ in PORTFOLIO_WORDS or
                                                           _tk[j].lower_ in _PORTFOLIO_FILLERS) or _tk[j].lower_ == "and"):
                j -= 1
            if _tk[j].lower_ == "for" and j - 1 in ctx.tok2m:
                of_org = _title_of_org(ctx, sent, j - 1, [])
            elif _tk[j].lower_ in ("of", "for") and j - 1 >= sent.start and \
                    _tk[j - 1].lower_ in ("minister", "secretary", "commissioner") and _tk[j - 1].is_title:
                # "Minister of Information and Culture X" with no ministry named: an official of the country
                # the title's demonym names, else of the story's country (dev README)
                dem = ctx.tok2m.get(j - 2) if j - 2 >= sent.start else None
                if dem is None and j - 3 >= sent.start and _tk[j - 2].text in ("'s", "’s") and \
                        (c := ctx.tok2m.get(j - 3)) is not None and c.type == "Country":
                    dem = c  # "Niger's Minister of Petroleum X": the possessive's state
                if dem is not None and dem.type == "Organization" and dem.end == j - 1 and \
                        dem.cls != "MediaOrganization":
                    # "FCDO Minister for Sanctions X": a minister of the department named before the post
                    out.append(Candidate(p, "AFFILIATED_WITH", dem, "title.before", 0.75, sent, _tk[j - 1]))
                    continue
                dem = dem if dem is not None and dem.type == "Country" else None
                mny = _ministry_of(ctx, [t.lower_ for t in _tk[j - 1:p.start]], dem)
                if mny is not None and _tk[j - 1].lower_ == "minister":  # the ministry named in the text
                    out.append(Candidate(p, _minister_pred([t.lower_ for t in _tk[j - 1:p.start]]), mny,
                                         "title.minister", 0.7, sent, _tk[j - 1]))
                    continue
                country = dem or _body_after_name(ctx, p, sent) or _country_after_name(ctx, p, sent) or \
                    ctx.home_country or ctx.state_fallback
                if country is not None and country.type == "Organization":  # "... X of the Commerce Department"
                    out.append(Candidate(p, _title_pred(_titles_in(_tk[j - 1:p.start])), country, "title.name_of",
                                         0.7, sent, _tk[j - 1]))
                    continue
                if country is not None:
                    out.append(Candidate(p, "AFFILIATED_WITH", country, "title.bare_head_of_state", 0.5, sent,
                                         _tk[j - 1]))
                    continue
        if of_org is None and k > sent.start and _tk[k].text == "," and (titles or k == p.start - 1):
            # "the head of the Defence Intelligence of X, Lieutenant General Person": the rank words
            # before the name are the person's rank, the post is the "title of Org" before the comma
            of_org = _title_of_org(ctx, sent, k - 1, [])
        if of_org is None and titles and k >= sent.start and _tk[k].text == "," and \
                all(t.lower_.rstrip(".") in _RANK_WORDS for t in titles) and (
                    r.dep_ == "appos" and _is_title(r.head) or _surface_possessive_post(ctx, sent, p) is not None):
            titles = []  # "Sudan's army chief, General X": a rank; the post before the comma says whose (C below)
        if of_org is not None:  # "Acting Under Secretary of the Treasury Person"
            org, ttl = of_org
            out.append(Candidate(p, _title_pred(ttl), org, "title.of_org_before", 0.75, sent, ttl[-1]))
            continue
        club = _club_post(ctx, sent, p, titles, k)
        if club is not None:  # "Turkish defender X", "head coach X" in a sports story: the club's
            if club[1] is not None:
                out.append(Candidate(p, club[0], club[1], "title.club_post", 0.6, sent, club[2]))
            if r.dep_ != "nsubj":
                continue
            titles, k = [], p.start - 1
        if _titles_in(titles):
            if k >= sent.start and _tk[k].text in ("'s", "’s"):
                k -= 1
            org = ctx.tok2m.get(k) if k >= sent.start else None
            if org is not None and org.type not in _PARTY_TYPES and org.end - org.start <= 2:
                # "Kestria chief executive X" with "Kestria" typed a place: the short form of "Kestria Lines"
                org = _short_form_org(ctx, org) or org
            if org is None and k >= sent.start and _tk[k].is_title and k not in ctx.tok2m:
                org = ctx.short_before_post(k, sent.start)  # "Straits Harbour chief executive X"
            if org is None and k >= sent.start and _tk[k].pos_ == "NOUN":
                org = ctx.org_ref(_tk[k]) if any(c.lower_ in ("the", "its") for c in _tk[k].children) else None
            if org is None and k >= sent.start and _tk[k].lower_ in _ORG_REF and _tk[k].pos_ in ("NOUN", "PROPN"):
                org = _body_ref(ctx, k, sent.start)  # "agency spokesman X", "foreign ministry spokesperson X"
            if org is None and k >= sent.start and _tk[k].lower_ in ("and", ",") and shared_org is not None and \
                    r.dep_ == "conj":
                org = shared_org  # "X chairman A and chief executive B": B shares A's organisation
                # (not "At the invitation of X's Minister A, Minister B will visit": B is the clause's subject)
            if org is not None and org.type == "Organization" and all(
                    _is_title(_tk[i]) or _tk[i].lower_ in _TITLE_FILLERS for i in range(org.start + 1, org.end)):
                # "Russian Deputy Foreign Minister X" with "Russian Deputy Foreign" taken for a body:
                # only title words after a demonym, so the official is linked to that country
                inner = [m for m in ctx.ms if m.type == "Country" and org.start <= m.start < org.end]
                if inner:
                    org = inner[0]
                elif _is_title(_tk[org.start]):  # "Deputy Foreign" alone: no body at all
                    org = None
            words = [t.lower_ for t in titles]
            j = k
            while org is None and j >= sent.start and _tk[j].is_title and _tk[j].lower_ in PORTFOLIO_WORDS:
                words.append(_tk[j].lower_)  # "Shipping Minister X": the portfolio the title words left out
                j -= 1
            mny = _ministry_of(ctx, words, org if org is not None and org.type in _PARTY_TYPES else None)
            if mny is not None:  # "Latvia's defence minister X" with the defence ministry named in the text
                out.append(Candidate(p, _minister_pred(words), mny, "title.minister", 0.7, sent, titles[-1]))
                shared_org = mny
                done = True
            elif org is not None and org.type in _PARTY_TYPES:
                if org.type == "Country" and any(t.lower_ in ("attorney", "attorneys") for t in titles) and \
                        (office := _attorneys_office(ctx)) is not None:
                    # "Assistant U.S. Attorney X" with "the U.S. Attorney's Office for ..." named: one of the office's
                    # attorneys; "U.S. Attorney Y": its head
                    junior = ("assistant", "deputy", "special", "trial", "attorneys", "acting")
                    pred = "AFFILIATED_WITH" if any(t.lower_ in junior for t in titles) or \
                        org.start > sent.start and _tk[org.start - 1].lower_ in junior else "LEADS"
                    out.append(Candidate(p, pred, office, "title.attorneys_office", 0.7, sent, titles[-1]))
                    if _plural_title(titles[-1]):  # "Assistant U.S. Attorneys A and B": B is one of them too
                        for cm in _plural_post_conjuncts(ctx, p, r):
                            out.append(Candidate(cm, pred, office, "title.attorneys_office", 0.65, sent, titles[-1]))
                    shared_org = office
                    done = True
                    continue
                out.append(Candidate(p, _title_pred(titles), org, "title.before", 0.8, sent, titles[-1]))
                if _plural_title(titles[-1]):  # "Assistant U.S. Attorneys A and B": the plural post is B's too
                    for cm in _plural_post_conjuncts(ctx, p, r):
                        out.append(Candidate(cm, _title_pred(titles), org, "title.before", 0.75, sent, titles[-1]))
                shared_org = org
                done = True
            elif (body := _body_after_name(ctx, p, sent)) is not None:
                # "Assistant Secretary for Export Enforcement X of the Commerce Department": the body after the
                # name, not the country the story names most
                pred = "AFFILIATED_WITH" if all(t.lower_.rstrip(".") in _RANK_WORDS for t in titles) else \
                    _title_pred(titles)  # ("Commander X of the Royal Netherlands Navy": a rank, not its head)
                out.append(Candidate(p, pred, body, "title.name_of", 0.7, sent, titles[-1]))
                done = True
            elif k >= sent.start and _tk[k].lower_ == "government" and \
                    any(t.lower_ in ("spokesman", "spokeswoman", "spokesperson") for t in titles) and \
                    (state := _country_after_name(ctx, p, sent) or _government_state(ctx, k, sent)) is not None:
                # "Government spokesman X": an official of the state the government is
                out.append(Candidate(p, "AFFILIATED_WITH", state, "title.government_spokesperson", 0.5, sent,
                                     titles[-1]))
                done = True
            elif any(t.lower_ in _HEAD_OF_STATE_OR_EXTRA3 for t in titles) and ctx.top_country and not (
                    k >= sent.start and (_tk[k].pos_ in ("NOUN", "PROPN") or _tk[k].is_title and _tk[k].lower_ not in (
                        "acting", "interim", "incoming", "outgoing", "late", "elected", "federal") and
                        _tk[k].text not in gz.DEMONYMS) and (
                        k not in ctx.tok2m or ctx.tok2m[k].type != "Country")
                    # ("Sporting president X" with "Sporting" read as a verb: a club's name)
                    and _tk[k].lower_ not in ("former", "then")
                    and not (_tk[k].is_title and _tk[k].lower_ in PORTFOLIO_WORDS)) and not any(
                    t.lower_ in _FUNCTIONS and not _is_title(t) and t.is_title for t in titles):
                # (nor "Sporting president X" at a sentence's start, "Sporting" taken for a filler of the post)
                # ("Transport and Infrastructure Minister X": a portfolio, no unnamed body, before the title)
                # ("Club president X", "union president X": the head of an unnamed body, not of the country)
                pred = "LEADS" if any(t.lower_ in _HEAD_OF_STATE for t in titles) and not any(
                    t.lower_ in ("vice", "deputy", "prime") for t in titles) else "AFFILIATED_WITH"
                # ("Sanctions Minister X" in a release: the minister of the state that issues the sanctions, not
                # of the country most named, which is often the one sanctioned)
                lead = getattr(ctx, "sanction_lead", None)
                sanctions_post = any(t.lower_ == "sanctions" for t in titles) or \
                    titles[0].i > sent.start and _tk[titles[0].i - 1].lower_ == "sanctions"
                state = lead if lead is not None and lead.type == "Country" and sanctions_post else \
                    _country_after_name(ctx, p, sent) or ctx.home_country or ctx.state_fallback
                if state is not None:  # ("Foreign Minister X of North Korea": the state named after the name)
                    out.append(Candidate(p, pred, state, "title.bare_head_of_state", 0.5, sent, titles[-1]))
                done = True
        if a_titles and _plural_title(a_titles[-1]):
            # "Assistant U.S. Attorneys A and B of the U.S. Attorney's Office for ...": the office is both's
            for cj in r.conjuncts:
                cm = ctx.m(cj)
                if cj.i < r.i or cm is None or cm.type != "Person" or cm.entity == p.entity:
                    continue
                for c in cj.children:
                    if c.dep_ == "prep" and c.lower_ == "of" and c.i == cm.end:
                        org = next((m for q in c.children if q.dep_ == "pobj" for m in [ctx.m(q)]
                                    if m is not None and m.type == "Organization"), None)
                        if org is not None:
                            out.append(Candidate(p, "AFFILIATED_WITH", org, "member.of", 0.55, sent, c))
        if done and r.dep_ != "nsubj" and not led_by:
            continue  # "Former X commander Y now works for Z": the verb still says what Y does now
        if not done:
            for org, ttls in _surface_possessive_roles(ctx, sent, p):
                # "said X, the group's director and a former analyst at Y", "said X, Acme's managing director"
                pred = _title_pred(ttls)
                if pred == "LEADS" and _one_of_many(ttls[-1], ttls):
                    pred = "AFFILIATED_WITH"
                out.append(Candidate(p, pred, org, "title.possessive_surface", 0.65, sent, ttls[-1]))
                done = True
        # B. "Person, [a former UN weapons inspector | an analyst at Org | the institute's director]"
        past = False
        # with a post before the name, an apposition naming another body is a second post ("Vantor chairman X, a
        # former Nordhavn Bank executive,"): read only when its own words name the body
        before_done = {x.object.entity for x in out if x.subject.entity == p.entity} if done else None
        for c in r.children:
            if before_done is not None and not (c.dep_ == "appos" and ctx.m(c) is None and _is_title(c)):
                continue
            if c.dep_ == "appos" and not (ctx.m(c) is not None and ctx.m(c).type == "Person"):
                # (another person hung on the name, "A of X and B for Y", is no description of A)
                sub = [t for t in c.subtree if t.i not in range(p.start, p.end)]
                emp = [t for t in sub if t.lemma_.lower() in _EMPLOY_VERBS and t.dep_ == "acl"]
                if emp and not [t for t in _titles_in(sub) if ctx.m(t) is None]:  # "a Russian national employed by X"
                    org = _org_in(ctx, [x for e in emp for q in e.children if q.dep_ in ("agent", "prep")
                                        and q.lower_ in ("by", "at", "for") for x in q.subtree], p)
                    if org is not None and org.type == "Organization":
                        out.append(Candidate(p, "AFFILIATED_WITH", org, "member.employed", 0.6, sent, emp[0]))
                        done = True
                        continue
                sub = [t for t in c.subtree if t.i not in range(p.start, p.end)]
                # (a post's word inside a name is none: "a surgeon at Queen's Harbour Hospital")
                titles = _titles_in([t for t in sub if not ((nm := ctx.tok2m.get(t.i)) is not None and
                                                            nm.type != "Person" and nm.end - nm.start >= 2)])
                # "an Iranian national, the owner of X": the nationality is no employer
                sub = [t for t in sub if not (t.dep_ == "amod" and t.head.lower_ in _NATIONALITY_NOUNS)]
                topic = {x.i for v in c.children if v.dep_ == "relcl" and v.lemma_.lower() in _STUDY_VERBS
                         for x in v.subtree}
                if topic:  # "an independent researcher who studies Iranian military logistics": the subject studied
                    sub = [t for t in sub if t.i not in topic]
                org = _org_in(ctx, sub, p, before=p.start)
                if org is None and titles:
                    # "X, chief of the coast guard's intelligence division": the body a lower-case possessive
                    # noun refers back to
                    org = next((b for t in sub if t.dep_ == "poss" and t.is_lower and t.lower_ in _ORG_REF
                                and t.i not in ctx.tok2m and (b := _body_ref(ctx, t.i, 0)) is not None), None)
                portfolio = org is not None and org.type == "Country" and all(
                    t.dep_ in ("amod", "compound") for t in sub if ctx.m(t) is org)
                if before_done is not None and (org is None or org.entity in before_done or org.type != "Organization"):
                    continue
                if titles and (org is None or portfolio):
                    # "X, Minister of State in the Y Office": the "in" phrase hung on the name
                    # ("X, Director-General for North Korean Affairs at the Ministry": the country names the
                    # portfolio; the body after "at" employs)
                    extra = [t for pc in r.children if pc.dep_ == "prep" and pc.i > c.i and
                             pc.lower_ in ("in", "at", "of", "for") for t in pc.subtree]
                    org = _org_in(ctx, extra, p) or org
                    portfolio = portfolio and org.type != "Country"
                if titles and org is not None:
                    pred = _title_pred(titles)
                    # "X, a Chinese national, the managing director of Y": the post's own article counts
                    hd = next((t for t in titles if t.lower_ in LEAD_TITLES), c)
                    if pred == "LEADS" and (portfolio or _one_of_many(
                            hd if any(x.dep_ == "det" for x in hd.children) else c, titles)):
                        pred = "AFFILIATED_WITH"  # (a director for one portfolio of the body is one of its officials)
                    if pred == "LEADS" and (_unit_post(ctx, sub) or _country_force_post(ctx, org, sub)):
                        pred = "AFFILIATED_WITH"  # "director of the agency's investigation bureau": a unit's head
                    out.append(Candidate(p, pred, org, "title.apposition", 0.75, sent, c))
                    for x in _conjoined_orgs(ctx, org, sub):  # "a former trader at A and B": both employed X
                        out.append(Candidate(p, pred, x, "title.apposition", 0.7, sent, c))
                    done = True
                    past = past or any(t.lower_ in _PAST_MARKERS for t in sub)
                elif not titles and (role := _role_at_org(ctx, c, p)) is not None:
                    # "X, a nurse at Y Hospital", "X, a pilot for Y Airways": any trade or job noun, with the
                    # body it is practised at
                    out.append(Candidate(p, "AFFILIATED_WITH", role[0], "member.role_at", 0.55, sent, role[1]))
                    done = True
                    past = past or any(t.lower_ in _PAST_MARKERS for t in sub)
        if not done and not any(c.dep_ == "appos" for c in r.children):
            surf = _surface_apposition(ctx, sent, p)
            if surf is not None:  # the parser split "X, a spokesman for Org," off the name
                org, titles = surf
                out.append(Candidate(p, _title_pred(titles), org, "title.apposition_surface", 0.7, sent, titles[-1]))
                done = True
        if done and r.dep_ not in ("nsubj", "nsubjpass", "attr") and not past and not led_by:
            continue  # "X, a former UN inspector, heads Y": the verb still says what X does now
        # ("Y's chief executive is X, a trader who worked at Z": the copula says what X is at Y)
        # ("run by chief executive X, a former trader at Y": the past post leaves the present one to read)
        n_past = len(out) if past else -1
        # C. "[its director general | Velkor's director general | the head of Org], Person"
        hm = ctx.m(r.head)
        if (r.dep_ != "appos" or not _is_title(r.head) and hm is not None and hm.type == "Person") and \
                (got := _surface_possessive_post(ctx, sent, p)) is not None:
            # "Sudan's army chief, General X" that the parser did not hang on the post
            org, ttl_tok, words = got
            out.append(Candidate(p, _title_pred(words), org, "title.preceding_apposition_surface", 0.7, sent,
                                 ttl_tok))
            continue
        ttl = r.head
        if r.dep_ == "appos" and not _is_title(ttl) and ttl.dep_ == "pobj" and _is_title(ttl.head.head):
            ttl = ttl.head.head  # "Sudan's envoy to the Council, X" with X hung on "Council"
        elif r.dep_ == "appos" and ttl.dep_ == "appos" and _is_title(ttl.head) and ctx.m(ttl) is None and (
                not _is_title(ttl) or ttl.head.i < ttl.i and ttl.head.lower_ in LEAD_TITLES):
            ttl = ttl.head  # "Its director, the accountant X": X hung on "accountant", itself on the title
        if r.dep_ == "appos" and _is_title(ttl):
            h = ttl
            sub = [t for t in h.subtree if not (r.left_edge.i <= t.i <= r.right_edge.i)]
            titles = _titles_in(sub)
            org = _org_in(ctx, sub, p, before=h.left_edge.i)
            if titles and org is None:  # "A customs spokeswoman, X,": the body the post's words name
                org = _body_by_post_word(ctx, p, sub)
                if org is not None and any(t.lower_ == "of" for t in sub):
                    # "the Director of Naval Information, X": the head of a unit, an official of the body
                    out.append(Candidate(p, "AFFILIATED_WITH", org, "title.body_post", 0.6, sent, h))
                    continue
            if titles and org is None and (got := _surface_possessive_post(ctx, sent, p)) is not None:
                # "X's co-founder and commercial director, Y": the owner of the post outside its parse
                out.append(Candidate(p, _title_pred(got[2]), got[0], "title.preceding_apposition_surface", 0.7,
                                     sent, got[1]))
                continue
            if titles and (org is None or org.type == "Country") and h.dep_ == "dobj" and \
                    h.head.lemma_.lower() in ("have", "list", "name"):
                # "Crystal Co has a single director, X": the company that has the post ("X lists a single
                # director, Y, in UAE corporate filings": the filings' country is no employer)
                own = next((ctx.m(c) for c in h.head.children if c.dep_ == "nsubj" and ctx.m(c) is not None), None)
                if own is not None and own.type == "Organization" and own.entity != p.entity:
                    sole = any(c.lower_ in ("single", "sole", "only") for c in h.children if c.dep_ == "amod")
                    pred = _title_pred(titles)
                    if pred == "LEADS" and not sole and _one_of_many(h, titles):
                        pred = "AFFILIATED_WITH"
                    out.append(Candidate(p, "LEADS" if sole and pred == "LEADS" or sole and h.lower_ == "director"
                                         else pred, own, "title.has_post", 0.65, sent, h))
                    continue
            if titles and org is not None:
                mny = _ministry_of(ctx, [t.lower_ for t in sub], org)
                if mny is not None:  # "Estonia's foreign minister, X" heads the foreign ministry
                    out.append(Candidate(p, _minister_pred([t.lower_ for t in sub]), mny, "title.minister", 0.7,
                                         sent, h))
                    continue
                pred = _title_pred(titles)
                if pred == "LEADS" and _country_force_post(ctx, org, sub):
                    pred = "AFFILIATED_WITH"  # "Sudan's former army chief, General X"
                out.append(Candidate(p, pred, org, "title.preceding_apposition", 0.75, sent, h))
                if _appos_subject(ctx, r) is None:
                    continue  # ("Its director, X, is also listed as director of Y": Y read below too)
            mny = _ministry_of(ctx, [t.lower_ for t in sub], None) if titles and org is None else None
            if mny is not None:  # "The Minister of Infrastructure and Transport, X"
                out.append(Candidate(p, _minister_pred([t.lower_ for t in sub]), mny, "title.minister", 0.7, sent,
                                     h))
                continue
        # D. "Person of (the advocacy group) Org"
        for c in r.children:
            # ("Opposition lawmaker X, of the Homeland Union,": the "of" phrase set off by a comma)
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and (
                    c.i == p.end or c.i == p.end + 1 and c.lower_ == "of" and c.doc[p.end].text == ","):
                # "of the Interior Department's Border Security Division": the unit the phrase's head names,
                # not the body that owns it
                head_m = next((m for q in c.children if q.dep_ == "pobj" for m in [ctx.m(q)]
                               if m is not None and m.type == "Organization" and m.entity != p.entity), None)
                org = head_m or _org_in(ctx, list(c.subtree), p)
                if org is not None and org.type == "Organization":
                    # "Chairman X of Y", "Commandant X of the Coast Guard": a head's title before the name
                    pred = _title_pred(a_titles) if c.lower_ == "of" and a_titles and \
                        not any(t.lower_ in ("former", "ex", "deputy", "vice") for t in a_titles) and \
                        not all(t.lower_.rstrip(".") in _RANK_WORDS for t in a_titles) else "AFFILIATED_WITH"
                    # ("Commander X of the Royal Navy": a rank before the name, no post of head)
                    out.append(Candidate(p, pred, org, "member.of", 0.6, sent, c))
        # "A and B, both of Org": the body every person of the list belongs to
        first = r.head if r.dep_ == "conj" and r.head.i != r.i else r
        for x in (first, *first.conjuncts):
            for c in x.children:
                if c.dep_ == "appos" and c.lower_ in ("both", "all"):
                    org = next((m for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("of", "from")
                                for q in pr.children if q.dep_ == "pobj" for m in [ctx.m(q)]
                                if m is not None and m.type == "Organization"), None)
                    if org is not None:
                        out.append(Candidate(p, "AFFILIATED_WITH", org, "member.both_of", 0.55, sent, c))
        _plural_post_members(ctx, sent, p, r, out)
        # "Person was sworn in as president of Sri Lanka", "Org named Person as its new chief executive"
        if r.dep_ in ("nsubj", "nsubjpass") or r.dep_ in ("dobj", "oprd") and r.head.lemma_.lower() in _APPOINT_VERBS:
            for c in r.head.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    for q in c.children:
                        if q.dep_ == "pobj" and not _is_title(q) and r.dep_ == "nsubj" and \
                                (role := _role_at_org(ctx, q, p)) is not None:
                            # "X began his career as a junior broker at Y", "X worked as a pilot for Y Airways"
                            out.append(Candidate(p, "AFFILIATED_WITH", role[0], "member.role_at", 0.55, sent, role[1]))
                        if q.dep_ == "pobj" and _is_title(q):
                            org = _org_in(ctx, list(q.subtree), p)
                            if org is None and r.dep_ in ("dobj", "oprd") and any(
                                    x.dep_ == "poss" and x.lower_ in ("its", "their") for x in q.children):
                                org = next((m for x in r.head.children if x.dep_ == "nsubj"
                                            for m in [ctx.m(x)] if m is not None and m.type == "Organization"), None)
                            if org is not None:
                                pred = _title_pred([q])
                                if pred == "LEADS" and _one_of_many(q, [q]):
                                    pred = "AFFILIATED_WITH"  # "served as a director of Y": one of its directors
                                out.append(Candidate(p, pred, org, "title.as", 0.7, sent, q))
                                for x in _conjoined_orgs(ctx, org, list(q.subtree)):  # "as director of A and B"
                                    out.append(Candidate(p, pred, x, "title.as", 0.65, sent, q))
        # "Person, who led Org", "Person, who (previously) worked at Org", "Person, a trader who chairs Org"
        for c in [*r.children, *(x for a in r.children if a.dep_ == "appos" and (a.pos_ == "NOUN" or _is_title(a))
                                 for x in a.children)]:  # ("X, the Assistant Attorney General who heads Y")
            if c.dep_ == "relcl" and any(x.dep_ == "nsubjpass" and x.lower_ == "who" for x in c.children) and \
                    c.lemma_.lower() in _EMPLOY_VERBS:
                # "X, who is employed by Y", "who was hired by Y in 2019"
                org = _org_in(ctx, [t for x in c.children if x.dep_ == "agent" for t in x.subtree], p)
                if org is not None and org.type == "Organization":
                    out.append(Candidate(p, "AFFILIATED_WITH", org, "member.relative", 0.6, sent, c))
            if c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ == "who" for x in c.children):
                lem = c.lemma_.lower()
                objs = [t for x in c.children if x.dep_ in ("dobj", "attr") for t in x.subtree]
                if not objs and lem in _LEAD_VERBS:  # "who founded and ran X": the object of the conjunct
                    objs = [t for cj in c.conjuncts if cj.lemma_.lower() in _LEAD_VERBS
                            for x in cj.children if x.dep_ == "dobj" for t in x.subtree]
                org = _org_in(ctx, objs, p)
                if org is None and lem in _LEAD_VERBS and _leads_a_part(ctx, c):
                    # "who leads the sanctions team at X": a unit of X, the "at" phrase hung on the verb
                    org = _org_in(ctx, [t for x in c.children if x.dep_ == "prep" and x.lower_ in ("at", "of", "in")
                                        for t in x.subtree], p)
                if org is not None and lem in _LEAD_VERBS:
                    pred = "AFFILIATED_WITH" if _leads_a_part(ctx, c) else "LEADS"
                    out.append(Candidate(p, pred, org, "leads.relative", 0.65, sent, c))
                elif lem in _MEMBER_VERBS or lem in _RELATIVE_TIE_VERBS:
                    objs += [t for x in c.children if x.dep_ == "prep" and (x.lower_ == "for" or (
                        lem != "speak" and x.lower_ in ("at", "with", "in")) or lem == "sit" and x.lower_ == "on")
                             for t in x.subtree]
                    org = _org_in(ctx, objs, p)
                    if org is not None and org.type == "Organization":
                        out.append(Candidate(p, "AFFILIATED_WITH", org, "member.relative", 0.6, sent, c))
                # "who spent eleven years at X before joining Y": the body joined after the time phrase
                for x in c.children:
                    if x.dep_ == "prep" and x.lower_ in ("before", "after", "until"):
                        for v in x.children:
                            if v.dep_ == "pcomp" and v.lemma_.lower() == "join":
                                org = _org_in(ctx, [t for y in v.children if y.dep_ == "dobj" for t in y.subtree], p)
                                if org is not None and org.type == "Organization":
                                    out.append(Candidate(p, "AFFILIATED_WITH", org, "member.relative", 0.6, sent, v))
        # E. verbs: "Person heads Org", "Org led by Person", "Person joined Org"
        subj_tok = r if r.dep_ in ("nsubj", "nsubjpass") else _appos_subject(ctx, r)
        if subj_tok is not None:
            # "Person is the chief executive of Org", "... and also serves as an officer for Org";
            # "His daughter, Person, is the sole director of Org" (the name in apposition to the subject)
            for v in [subj_tok.head, *[c for c in subj_tok.head.conjuncts if not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]]:
                for pred, org, t in _stated_roles(ctx, p, v):
                    out.append(Candidate(p, pred, org, "title.stated_role", 0.7, sent, t))
        post = r.head if r.dep_ == "appos" and r.head.dep_ == "dobj" else next(
            (c for c in r.head.children if c.dep_ == "dobj"), None) if r.dep_ in ("npadvmod", "dobj") else None
        if post is not None and post.head.lemma_.lower() == "share" and post.head.pos_ == "VERB" \
                and post.lower_ in _AFFIL_TITLES_OR_LEAD_TITLES:
            # "A and B share a director, X" / "... a chief executive: X": X holds the post at each of them (a
            # board seat, "a director", is a tie, not the head's post)
            words = [c for c in post.children if c.dep_ in ("amod", "compound") and c.i < post.i] + [post]
            pred = "AFFILIATED_WITH" if post.lower_ == "director" and len(words) == 1 else _title_pred(words)
            for c in post.head.children:
                if c.dep_ == "nsubj":
                    for org in ctx.mconj(c):
                        if org.type == "Organization" and org.entity != p.entity:
                            out.append(Candidate(p, pred, org, "title.shared", 0.6, sent, post.head))
        lv = r.head if r.dep_ in ("dobj", "npadvmod") else \
            r.head.head if r.dep_ == "appos" and r.head.dep_ == "dobj" else None
        if lv is not None and lv.pos_ == "VERB" and lv.lemma_.lower() in ("list", "name", "appoint", "register"):
            # "A and B list the same individual, Mr X, as sole director": X holds the post at each of them
            for c in lv.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    for q in c.children:
                        if q.dep_ == "pobj" and q.lower_ in _AFFIL_TITLES_OR_LEAD_TITLES:
                            words = [x for x in q.children if x.dep_ in ("amod", "compound") and x.i < q.i] + [q]
                            pred = _title_pred(words)
                            sv = lv.head if lv.dep_ == "conj" and not any(
                                x.dep_ == "nsubj" for x in lv.children) else lv  # "A and B share X and list Y"
                            for sj in sv.children:
                                if sj.dep_ == "nsubj":
                                    for org in ctx.mconj(sj):
                                        if org.type == "Organization" and org.entity != p.entity:
                                            out.append(Candidate(p, pred, org, "title.listed_as", 0.6, sent, lv))
        if r.dep_ == "nsubj":
            v = r.head
            lem = v.lemma_.lower()
            # "X owns and runs Y", "X founded Y and still chairs it": a conjunct verb shares the subject
            for vv in [v, *(c for c in v.conjuncts if c.pos_ == "VERB" and c.lemma_.lower() in _LEAD_VERBS
                            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children))]:
                objs = [t for c in vv.children if c.dep_ in ("dobj", "attr") for t in c.subtree] + \
                       [t for c in vv.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "with")
                        for t in c.subtree]
                if vv is not v and not objs:
                    objs = [t for c in v.children if c.dep_ == "dobj" for t in c.subtree]  # "owns and runs Y"
                org = _org_in(ctx, objs, p)
                lem_v = vv.lemma_.lower()
                if org is not None:
                    if lem_v in _LEAD_VERBS:
                        pred = "AFFILIATED_WITH" if _leads_a_part(ctx, vv) else "LEADS"
                        out.append(Candidate(p, pred, org, "leads.verb", 0.7, sent, vv))
                    elif lem_v in _MEMBER_VERBS and not (org.type == "Country" and _deep_in_object(ctx, org, vv)):
                        # (not "will join the squad for the pre-season tour of the United States")
                        out.append(Candidate(p, "AFFILIATED_WITH", org, "member.verb", 0.6, sent, vv))
                if lem_v in ("join", "sign"):  # "X joined Y from Z": Z, the body X left, is a stated past tie
                    prev = _org_in(ctx, [t for c in vv.children if c.dep_ == "prep" and c.lower_ == "from"
                                         for t in c.subtree], p)
                    if prev is not None and prev.type == "Organization" and (org is None or prev.entity != org.entity):
                        out.append(Candidate(p, "AFFILIATED_WITH", prev, "member.joined_from", 0.55, sent, vv))
            if lem == "sit" and (org := _board_seat(ctx, v, p)) is not None:
                out.append(Candidate(p, "AFFILIATED_WITH", org, "member.board_seat", 0.6, sent, v))
            if lem in _LEFT_VERBS:
                # a stated past affiliation: "X leaves Rovers", "X quit the company", "X resigned from the board of Y"
                objs = [t for c in v.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from")
                        for t in c.subtree]
                org = _org_in(ctx, objs, p)
                if org is not None and org.type == "Organization":
                    out.append(Candidate(p, "AFFILIATED_WITH", org, "member.left", 0.55, sent, v))
        if r.dep_ == "nsubjpass" and r.head.lemma_.lower() in _EMPLOY_VERBS | {"recruit", "retain"}:
            # "X was employed by Y", "X was hired through Y, a crewing agency": Y employs X
            org = _org_in(ctx, [t for c in r.head.children if c.dep_ in ("agent", "prep") and
                                c.lower_ in ("by", "through", "via", "at") for t in c.subtree], p)
            if org is not None and org.type == "Organization":
                out.append(Candidate(p, "AFFILIATED_WITH", org, "member.employed", 0.6, sent, r.head))
        if r.dep_ == "dobj" and r.head.lemma_.lower() in ("sign", "recruit") and r.head.pos_ == "VERB":
            # "Club A signed striker X from Club B": X's former club, a stated past tie (the signing club's
            # tie comes from the post or the subject)
            prev = _org_in(ctx, [t for c in r.head.children if c.dep_ == "prep" and c.lower_ == "from"
                                 for t in c.subtree], p)
            if prev is not None and prev.type == "Organization":
                out.append(Candidate(p, "AFFILIATED_WITH", prev, "member.signed_from", 0.55, sent, r.head))
            v = r.head if any(c.dep_ == "nsubj" for c in r.head.children) or r.head.dep_ != "advcl" else r.head.head
            club = next((m for c in v.children if c.dep_ == "nsubj" for m in [ctx.m(c)]
                         if m is not None and m.type == "Organization"), None)
            if club is not None and (prev is None or club.entity != prev.entity):
                out.append(Candidate(p, "AFFILIATED_WITH", club, "member.signed", 0.6, sent, r.head))
        rb = r.head if r.dep_ in ("appos", "compound") and r.head.dep_ == "pobj" and r.head.pos_ == "NOUN" \
            and r.head.head.lower_ == "by" else r  # "run by Turkish businessman X": the noun before the name
        while rb.dep_ == "conj" and rb.head.pos_ == "PROPN":
            rb = rb.head  # "founded by A and B": B stands where A does
        if rb.dep_ == "pobj" and rb.head.lower_ == "by" and rb.head.head.lemma_.lower() in _LEAD_VERBS:
            v = rb.head.head
            tgt = v.head if v.dep_ in ("acl", "relcl") else None
            if v.dep_ == "relcl":
                tgt = v.head
            if tgt is None:  # "The institute is directed by X": the passive subject, named or referred back to
                tgt = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
                org = (ctx.m(tgt) or ctx.org_ref(tgt)) if tgt is not None else None
                if tgt is None and v.dep_ == "advcl" and v.i >= 2 and ctx.doc[v.i - 1].text == "," and \
                        (om := ctx.tok2m.get(v.i - 2)) is not None and om.end == v.i - 1:
                    org = om  # "designed by the studio X, led by architect Y": the name before the comma
                if org is not None and org.type == "Organization" and org.entity != p.entity:
                    out.append(Candidate(p, "LEADS", org, "leads.passive", 0.7, sent, v))
                tgt = None
            if tgt is not None:
                org = _org_in(ctx, [tgt], p)
                if org is None and tgt.pos_ == "NOUN" and tgt.lower_ in _GROUP_BODY_NOUNS:
                    # "a front for the X Army, the eastern force commanded by Y": the body named right before the
                    # comma, wherever the parser hung the noun
                    org = _appos_anchor_org(ctx, tgt)
                if org is None and tgt.dep_ == "appos" and tgt.pos_ == "NOUN":
                    org = _org_in(ctx, [tgt.head], p)  # "X, a company run by Y": the name the noun stands for
                if org is not None:
                    out.append(Candidate(p, "LEADS", org, "leads.passive", 0.7, sent, v))
        if r.dep_ in ("attr", "pobj") or r.dep_ == "appos" and r.head.dep_ == "attr":
            _title_subject_role(ctx, sent, p, r, out)
        if len(out) in (n_before, n_past):  # "Chief financial officer X said ...": the organisation the story is about
            _bare_post(ctx, sent, p, a_titles, a_k, out)


# posts that exist inside a company, club or agency: named bare before a person ("Chief financial officer X",
# "Spokesperson X", "Head coach X"), they belong to the organisation the story is about
_CORPORATE_POSTS = {"ceo", "chairman", "chairwoman", "chairperson", "chair", "executive", "founder", "director",
                    "spokesperson", "spokesman", "spokeswoman", "officer", "member", "superintendent",
                    "counsel", "cfo", "coo"}
# ("manager", "coach", "president" are left out: a club's or a union's, often not the one in the passage)
# posts of a state, a court, an armed force or a profession: no company's
_BODY_POST_WORDS = {"prosecutor": "prosecutor", "customs": "customs", "navy": "navy", "naval": "navy",
                    "police": "police", "army": "army", "coastguard": "coastguard", "guard": "guard",
                    "border": "border", "port": "port", "ministry": "ministry"}
# a body's word in a post written before a name -> the word its name has ("navy spokesperson X": "... Navy")
_AGENCY_POSTS = {"secretary", "undersecretary", "commissioner", "administrator", "spokesperson", "spokesman",
                 "spokeswoman"}
# posts a government department's officials hold ("Under Secretary X", "Deputy Commissioner Y")
_PUBLIC_POSTS = {"minister", "ambassador", "envoy", "prosecutor", "judge", "attorney", "senator", "governor",
                 "mayor", "lawmaker", "legislator", "congressman", "congresswoman", "commissioner", "general",
                 "admiral", "colonel", "commander", "lieutenant", "major", "sergeant", "analyst", "researcher",
                 "expert", "professor", "lecturer", "journalist", "correspondent", "reporter", "editor",
                 "economist", "scientist", "prime", "secretary", "inspector", "investigator", "captain",
                 "lawyer", "consultant", "fellow", "adviser", "advisor", "state", "former", "then", "national"}


# a team sport's posts written before a name: "striker X", "homegrown midfielder X", "head coach X",
# "captain X" (players and staff of a club, AFFILIATED_WITH; dev README: players are members)
_SPORT_POSTS = {"striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "full-back", "fullback",
                "centre-back", "center-back", "playmaker", "captain", "coach", "keeper",
                # rugby and cricket positions ("Lions lock X", "Wolves fly-half X", "the Georgia international")
                "lock", "prop", "hooker", "flanker", "fly-half", "scrum-half", "outside-half", "back-row",
                "number-eight", "wing", "centre", "half-back", "wicketkeeper", "batsman", "batter", "bowler",
                "all-rounder", "international"}
_CLUB_WORDS = ("club", "squad", "league")  # a document about a team sport names one of these


def _surface_possessive_post(ctx, sent: Span, p: Mention):
    """``(org, post token, post words)`` for "ORG's <post>, [rank] Person" read by the words' order ("Sudan's army
    chief, General X", "the agency's director, Y"), when the parser hung the name elsewhere; else None."""
    _tk = ctx.tokens()
    k = p.start - 1
    while k > sent.start and _tk[k].lower_.rstrip(".") in _RANK_WORDS and _tk[k].is_title:
        k -= 1  # the person's rank before the name
    if k <= sent.start + 2 or _tk[k].text != ",":
        return None
    j = k - 1
    words = []
    while j > sent.start and _is_title(_tk[j]) and _tk[j].is_lower and len(words) < 3:
        words.insert(0, _tk[j])
        j -= 1
    if words and j > sent.start + 3 and _tk[j].pos_ == "ADJ" and _tk[j].is_lower:
        # "X's co-founder and commercial director, Y": past a coordinated post ("co-founder": one of the founders)
        i = j - 1
        while i > sent.start and (_tk[i].lower_ in ("and", "-", "co") or _tk[i].is_lower and _is_title(_tk[i])) \
                and j - i < 5:
            i -= 1
        if _tk[i].text in ("'s", "’s") and _tk[i + 1].lower_ != "and":
            j = i
    if words and (inner := ctx.tok2m.get(words[0].i)) is not None and inner.type == "Organization":
        words = [t for t in words if t.i >= inner.end]  # "Sudan's army" named whole: "chief" is the post
        j = inner.end - 1
    if not words or not (set(t.lower_ for t in words) & (LEAD_TITLES | AFFIL_TITLES)):
        return None
    m = ctx.tok2m.get(j)
    if m is None and j > sent.start and _tk[j].text in ("'s", "’s"):
        m = ctx.tok2m.get(j - 1)
    if m is None or m.type != "Organization" or m.entity == p.entity or m.end != j + 1 and not (
            _tk[m.end].text in ("'s", "’s") and m.end + 1 == j + 1):
        return None
    return m, words[-1], words


def _body_after_name(ctx, p: Mention, sent: Span) -> Mention | None:
    """The organisation named in "of (the) ORG" right after a titled person's name ("Secretary X of the Commerce
    Department", "Trial Attorney X of the Counterterrorism Section"), or None."""
    _tk = ctx.tokens()
    k = p.end
    if k + 2 < sent.end and _tk[k].text == "," and _tk[k + 1].lower_ == "of":
        k += 1  # "Minister for Sanctions X, of the Foreign Office, said"
    if k + 1 >= sent.end or _tk[k].lower_ != "of":
        return None
    k += 1
    if _tk[k].lower_ == "the" and k + 1 < sent.end:
        k += 1
    m = ctx.tok2m.get(k)
    if m is not None and m.end + 1 < sent.end and _tk[m.end].text in ("'s", "’s"):
        m = ctx.tok2m.get(m.end + 1)  # "of the Treasury's Office of Foreign Assets Control": the office
        k = m.start if m is not None else k
    return m if m is not None and m.type == "Organization" and m.start == k and m.entity != p.entity else None


def _sport_post_before(_tk, i: int, lo: int) -> tuple[str, int]:
    """The team-sport position written right before token ``i`` (not before ``lo``) and the index of its first
    token: "lock", "fly-half" (three tokens), "back-row"; ("", i) when there is none (:data:`_SPORT_POSTS`)."""
    j = i - 1
    if j < lo:
        return "", i
    if j - 2 >= lo and _tk[j - 1].text == "-" and not _tk[j - 1].whitespace_ and not _tk[j - 2].whitespace_:
        word = f"{_tk[j - 2].lower_}-{_tk[j].lower_}"
        if word in _SPORT_POSTS:
            return word, j - 2
    w = _tk[j].lower_
    return (w, j) if w in _SPORT_POSTS and _tk[j].is_lower or w in ("fly-half", "scrum-half") else ("", i)


def _club_post(ctx, sent, p: Mention, titles: list[Token], k: int) -> tuple[str, Mention, Token] | None:
    """A club's post written bare before a name in a sports story: "Turkish defender X", "head coach X",
    "captain X", "Club president X" belong to the club the passage is about, not to the country of a
    demonym ("Turkish defender": a nationality; "England captain X" stays the national side's).

    Parameters
    ----------
    titles : list of Token
        Title words read leftwards from the name by :func:`_rule_titles` (may be empty when the post,
        "forward", "winger", is no general title).
    k : int
        Index of the token before those words.

    Returns
    -------
    (predicate, club or None, anchor) or None
        LEADS for "Club president"/"club chairman", else AFFILIATED_WITH; the club is the organisation
        subject of this or the previous sentence (None when there is none: the post is then linked to
        nothing, not to a demonym's country). None outside a sports story
        (the text names no club, squad or league), when a named body or a country's name stands before
        the post, or when no organisation is near.
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    named_side = False
    if not titles and p.start - 1 >= sent.start:
        post, j = _sport_post_before(_tk, p.start, sent.start)
        if post:
            titles, k, named_side = [_tk[p.start - 1]], j - 1, True
            m = ctx.tok2m.get(k) if k >= sent.start else None
            # (a country's name before the position stays to the rules below: "Ghana forward X" is the club's)
            if m is not None and m.type == "Organization" and m.cls != "MediaOrganization" and m.entity != p.entity:
                return "AFFILIATED_WITH", m, _tk[p.start - 1]  # "Kingsbridge Lions lock X": that side's player
    if not titles:
        return None
    words = {t.lower_ for t in titles} if not named_side else {"forward"}  # (a position, whatever its word)
    before = _tk[k].lower_ if k >= sent.start else ""
    lead = before == "club" and bool(words & {"president", "chairman", "chairwoman", "owner"})
    if not lead and not words & _SPORT_POSTS:
        return None
    if words - _SPORT_POSTS - {"head", "assistant", "former", "president", "chairman", "chairwoman", "owner"}:
        return None  # another post in the phrase ("defence minister and former captain"): the rules above
    if k >= sent.start and not lead:
        m = ctx.tok2m.get(k)
        if m is not None and not (m.type == "Country" and (_tk[k].pos_ == "ADJ" or _tk[k].ent_type_ == "NORP")):
            return None  # "England captain X", "Spurs striker X": that side
        if m is None and _tk[k].pos_ == "PROPN":
            return None
    text = getattr(ctx, "_club_text", None)
    if text is None:
        text = ctx._club_text = doc.text.lower()
    if not any(w in text for w in _CLUB_WORDS):
        return None
    prev = _tk[sent.start - 1].sent if sent.start > 0 else None
    topic = [m for x in (sent, prev) if x is not None for c in x.root.children
             if c.dep_ in ("nsubj", "nsubjpass") and c.i < p.start for m in [ctx.m(c)]
             if m is not None and m.type == "Organization" and m.cls != "MediaOrganization"]
    # only the subject of this or the last sentence: the club most named is often another (a league,
    # a sponsor, a rival)
    return ("LEADS" if lead else "AFFILIATED_WITH"), (topic[0] if topic else None), titles[-1]


def _body_by_post_word(ctx, p: Mention, titles: list[Token]) -> Mention | None:
    """The body a post's own words name: "District prosecutor X", "navy spokesperson X", "a customs spokeswoman,
    X" belong to the one organisation of the document whose name has that word ("Northern District Prosecutor's
    Office", "Ukrainian Navy", "Estonian Customs"); None when no word of :data:`_BODY_POST_WORDS` is in
    ``titles`` or no single organisation has it."""
    low = [t.lower_ for t in titles]
    body = next((b for w, b in _BODY_POST_WORDS.items() if w in low), None)
    if body is None:
        return None
    bodies = {m.entity: m for m in ctx.ms if m.type == "Organization" and m.entity != p.entity and
              m.cls != "MediaOrganization" and body in m.text.lower()}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _bare_post(ctx, sent, p: Mention, titles: list[Token], k: int, out) -> None:
    """ "Chief financial officer X led the talks", "Spokesperson X said", "Mission director X said":
    a company post written bare before a name, with no organisation in the phrase, belongs to the
    organisation the passage is about.

    That organisation is the subject of this or the previous sentence when it is one, else the one
    named before the person that the document names most often (nearer ones, within three sentences,
    first on a tie); an organisation must be named within those sentences or named at least three
    times in the document. Nothing is
    linked when the post is a public one (minister, prosecutor, general, analyst...), when a common
    noun opens the phrase ("union president X", "port director X": an unnamed body) or when no
    organisation is near.

    Parameters
    ----------
    titles : list of Token
        Words read leftwards from the name by the title scan of :func:`_rule_titles`.
    k : int
        Index of the token just before those words.
    """
    org = _body_by_post_word(ctx, p, titles)
    if org is not None:
        out.append(Candidate(p, _title_pred(_titles_in(titles)), org, "title.body_post", 0.5, sent, titles[-1]))
        return
    if any(m.entity == p.entity and m.start < sent.start for m in ctx.ms):
        return  # '"...," Secretary X said' after "Secretary of Y Z X": the post was read where the person came in
    words = {t.lower_.strip(".") for t in _titles_in(titles)}
    lows = {t.lower_ for t in titles}
    if words & _SPEAKER_POSTS:  # "spokesman Brigadier General X said": the speaker's rank is no post of its own
        words, lows = words - _RANK_WORDS, lows - _RANK_WORDS
    # "The Commerce Department added ... Under Secretary X said": a department's post, when the department
    # is what the passage is about (checked below)
    agency_post = bool(words & _AGENCY_POSTS) and not words & _CORPORATE_POSTS
    if (not words & _CORPORATE_POSTS or words & (_PUBLIC_POSTS_OR_EXTRA)
            or lows & _PUBLIC_POSTS) and not agency_post:
        return
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if k >= sent.start and (_tk[k].pos_ in ("NOUN", "PROPN", "ADJ") or _tk[k].text in ("'s", "’s")):
        return  # "union president X", "Acme's director X" left to the rules above
    starts = ctx.word_sent_starts()
    j = bisect.bisect_left(starts, sent.start)
    lo = starts[max(0, j - 3)] if starts else sent.start
    seen = [m for m in ctx.ms if m.start < p.start and m.type == "Organization"
            and m.cls != "MediaOrganization" and m.entity != p.entity]
    if not seen or not any(m.start >= lo for m in seen) and max(ctx.freq[m.entity] for m in seen) < 3:
        return  # no organisation near, and none the story keeps naming
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    topic = [m for x in (sent, prev) if x is not None for c in x.root.children
             if c.dep_ in ("nsubj", "nsubjpass") and c.i < p.start for m in [ctx.m(c)]
             if m is not None and m.type == "Organization" and m.cls != "MediaOrganization"]
    # the subject of this or the last sentence ("Russia's foreign ministry rejected the claims.
    # Spokeswoman X said ..."), else the organisation the document names most often
    if agency_post and not (topic and topic[0].cls == "GovernmentAgency"):
        return  # a secretary or commissioner of some other body
    org = topic[0] if topic else max(seen, key=lambda m: (ctx.freq[m.entity], m.start >= lo, m.start))
    pred = _title_pred(_titles_in(titles))
    out.append(Candidate(p, pred, org, "title.bare_post", 0.5, sent, titles[-1]))


def _whose_antecedent(ctx, h: Token) -> Mention | None:
    """The organisation a "whose" clause hangs on: the named organisation ``h`` itself, or the one
    a describing noun is in apposition to ("Zenith Ltd, a Lagos company whose ...")."""
    m = ctx.m(h)
    if m is None and h.pos_ == "PROPN":  # '"X Logistics" LLC, whose director is Y': the name hung on the form
        m = next((x for c in h.children if c.dep_ in ("nmod", "compound") for x in [ctx.m(c)]
                  if x is not None and x.type == "Organization"), None)
    if m is None and h.dep_ == "appos" and h.pos_ == "NOUN":
        m = ctx.m(h.head)
    if m is None and h.pos_ == "NOUN":
        m = ctx.org_ref(h)
    return m if m is not None and m.type == "Organization" else None


_STUDY_VERBS = frozenset({"study", "research", "cover", "track", "monitor", "follow", "analyse", "analyze",
                          "investigate", "write", "report"})
"""Verbs of a relative clause that say what a person studies or covers, not whom the person works for."""


def _appos_subject(ctx, r: Token) -> Token | None:
    """The clause subject a name is in apposition to: "Her daughter, X, is ...", "Its director, the
    accountant X, is also listed as ...". None when the name is no apposition, the chain (at most two
    appositions) ends elsewhere, or a named mention stands on the way."""
    t = r
    for _ in range(2):
        if t.dep_ != "appos" or ctx.m(t.head) is not None:
            return None
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass"):
            return t
    return None


def _title_subject_role(ctx, sent, p: Mention, r: Token, out) -> None:
    """ "Its sole director is (listed as) X", "The company's chairman is X": a title that is the
    subject of a copula naming the person; the organisation is the title's possessor ("its": the
    last organisation before)."""
    if r.dep_ == "appos" and r.head.dep_ == "attr" and r.head.pos_ == "NOUN" and ctx.m(r.head) is None:
        r = r.head  # "Its registered shareholder is his brother-in-law, X": the name in apposition to the noun
    v = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "as" else r.head
    if r.dep_ == "pobj" and r.head.lower_ != "as":
        return
    if v.lemma_.lower() not in _ROLE_COPULAS_OR_EXTRA or v.pos_ not in ("VERB", "AUX"):
        return
    if r.dep_ == "attr" and v.lemma_.lower() not in _ROLE_COPULAS:
        return
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _is_title(subj) or ctx.m(subj) is not None:
        return
    org = None
    for c in subj.children:
        if c.dep_ == "poss" and c.lower_ == "whose" and v.dep_ == "relcl":
            org = _whose_antecedent(ctx, v.head)  # "X, a Dubai company whose general manager is Y"
        elif c.dep_ == "poss":
            org = ctx.m(c) or (_its_org(ctx, c) if c.lower_ in ("its", "their") else None) or (
                ctx.org_ref(c) if c.pos_ == "NOUN" else None)
    if org is None or org.type != "Organization" or org.entity == p.entity:
        return
    titles = _titles_in([t for t in subj.subtree if t.i < subj.i] + [subj])
    pred = _title_pred(titles)
    if pred == "LEADS" and _one_of_many(subj, titles):
        pred = "AFFILIATED_WITH"
    out.append(Candidate(p, pred, org, "title.subject_copula", 0.65, sent, subj))


def _named_party(ctx, tok: Token) -> list[Mention]:
    """As :func:`_party`, but a common noun with a name set off after it is that name: "from its Greek owner,
    X", "to an Emirati buyer, X" -> X (not the owner's country). For the parties a ship sale, charter or
    award names so; the deal-noun readings keep :func:`_party`."""
    if tok.pos_ == "NOUN" and ctx.m(tok) is None and (named := [
            m for a in tok.children if a.dep_ == "appos" for m in ctx.mconj(a)
            if m.type in ("Person", "Organization", "Country")]):
        return named
    return _party(ctx, tok)


def _party(ctx, tok: Token) -> list[Mention]:
    """The persons, organisations and countries ``tok`` names (with its conjuncts): their mentions or the
    organisation "the directorate" refers back to."""
    got = [m for m in ctx.mconj(tok) if m.type in ("Person", "Organization", "Country")]
    for x in [tok, *tok.conjuncts]:
        # "with the Chinese yard X", "and the Vietnamese state shipbuilder X": the firm named after the noun,
        # not the country its adjective names
        if x.pos_ == "NOUN" and ctx.m(x) is None and any(c.dep_ == "amod" and c.ent_type_ == "NORP"
                                                          for c in x.children):
            named = [m for a in x.children if a.dep_ == "appos" for m in [ctx.m(a)]
                     if m is not None and m.type == "Organization"]
            if named:
                demonyms = {ctx.m(c).entity for c in x.children if c.dep_ == "amod" and ctx.m(c) is not None}
                got = [m for m in got if m.entity not in demonyms] + [m for m in named if m not in got]
    for x in [tok, *tok.conjuncts]:  # "signed between X and the directorate"
        if x.pos_ == "NOUN" and ctx.m(x) is None and (ref := ctx.org_ref(x)) is not None and ref not in got:
            got.append(ref)
    return got


def _clause_subject(ctx, tok: Token) -> list[Mention]:
    t = tok
    for _ in range(6):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c is not tok:
                ms = _party(ctx, c) or [x for a in c.children if a.dep_ == "appos" for x in _party(ctx, a)]
                if ms:  # ("Her seller, X, agreed the deal": the named appositive)
                    return ms
        if t.dep_ == "relcl" and t.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in ("that", "which")
                                                          for c in t.children):
            # "X, a company that in 2024 signed a contract with Y": "that" read as a marker, so the clause
            # has no subject; its antecedent (or the name it is in apposition to) is the subject
            h = t.head
            ms = _party(ctx, h) or (_party(ctx, h.head) if h.dep_ == "appos" else [])
            if ms:
                return ms
        if t.head.i == t.i:
            break
        t = t.head
    return []


_ACQUIRE_VERBS = {"acquire", "buy", "purchase"}
_ACQUIRE_NOUNS = {"takeover", "acquisition", "purchase", "merger"}
_UNSETTLED = {"possible", "potential", "proposed", "prospective", "hypothetical"}


_PAIR_NOUNS = {"country": "Country", "nation": "Country", "government": "Country", "state": "Country",
               "company": "Organization", "firm": "Organization", "group": "Organization"}
"""Plural nouns of "the two countries", "both companies" and the entity type they stand for."""


def _two_named_before(ctx, tok: Token) -> list[Mention]:
    """The two parties "the two countries" / "both firms" (``tok``) stand for: the only two distinct
    entities of that type named earlier in the same sentence or, if none there, in the sentence before.
    Empty when ``tok`` is no such phrase or the antecedents are not exactly two (a simplified salience
    reading after Lappin & Leass 1994: the nearest sentence that names a pair wins).

    Parameters
    ----------
    ctx : _Ctx
    tok : Token
        A plural noun, e.g. the subject of "signed".

    Returns
    -------
    list of Mention
        Zero or two mentions, earliest first.
    """
    etype = _PAIR_NOUNS.get(tok.lemma_.lower())
    if etype is None or tok.tag_ != "NNS" or not any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children):
        return []
    sent = tok.sent
    spans = [(sent.start, tok.i)]
    if sent.start > 0:
        prev = ctx.doc[sent.start - 1].sent
        spans.append((prev.start, prev.end))
    for lo, hi in spans:
        seen: dict[str, Mention] = {}
        for m in ctx.ms:
            if lo <= m.start < hi and m.type == etype:
                seen.setdefault(m.entity, m)
        if seen:
            return list(seen.values()) if len(seen) == 2 else []
    return []


def _agreement_parties_more(ctx, t: Token) -> list[tuple[Mention, Mention]]:
    """Parties of an agreement noun the 'with'/'between' readings miss.

    - "A and B signed a contract / treaty" (conjoined subjects of the verb),
    - "A's agreement with B" (the possessor is a party),
    - "A won a contract from B", "A was awarded a contract by B".
    """
    out: list[tuple[Mention, Mention]] = []
    h = t.head
    if t.dep_ == "dobj" and h.pos_ == "VERB":
        subj = [c for c in h.children if c.dep_ == "nsubj"]
        if subj:
            ps = [x for x in _party(ctx, subj[0]) if x.type in _PARTY_TYPES or x.type == "Person"]
            if not ps:  # "The two countries, A and B, signed ..."
                ps = [x for a in subj[0].children if a.dep_ == "appos" for x in _party(ctx, a)
                      if x.type in _PARTY_TYPES]
            if not ps:  # "The two countries signed ..." right after a sentence naming both
                ps = _two_named_before(ctx, subj[0])
            if len(ps) >= 2 and (h.lemma_.lower() in ("sign", "conclude", "reach", "strike", "agree", "seal", "ink") or
                                 h.lemma_.lower() in _FORM_VERBS and t.lemma_.lower() in _FORMED_DEALS):
                out += [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
            if h.lemma_.lower() in ("win", "secure", "receive", "get", "land"):
                other = [x for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                         for q in c.children for x in _party(ctx, q)]
                out += [(a, b) for a in ps for b in other]
    # "the agreement that A and B signed", "a treaty signed by A and B", "the deal was signed by A and B":
    # two or more parties named together as the signers
    signers = [c for c in t.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _DEAL_VERBS]
    if t.dep_ == "nsubjpass" and h.lemma_.lower() in _DEAL_VERBS:
        signers.append(h)
    for v in signers:
        for c in v.children:
            if c.dep_ == "nsubj" or c.dep_ == "agent":
                q = c if c.dep_ == "nsubj" else next((x for x in c.children if x.dep_ == "pobj"), None)
                if q is None:
                    continue
                ps = [x for x in _party(ctx, q) if x.type in _PARTY_TYPES] or _two_named_before(ctx, q)
                out += [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
    if t.dep_ == "nsubjpass" and h.lemma_.lower() == "award":
        # "a contract to build four ships for the Navy has been awarded to X (by Y)"
        winners = [x for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for q in c.children for x in _named_party(ctx, q) if x.type in _PARTY_TYPES]
        givers = [x for c in h.children if c.dep_ == "agent" for q in c.children for x in _party(ctx, q)] or [
            x for c in t.subtree if c.dep_ == "prep" and c.lower_ == "for"
            for q in c.children if q.dep_ == "pobj" for x in _party(ctx, q) if x.type in _PARTY_TYPES]
        out += [(a, b) for a in winners for b in givers if a.entity != b.entity]
    if t.dep_ == "dobj" and h.lemma_.lower() == "award" and any(c.dep_ == "auxpass" for c in h.children):
        ps = [x for c in h.children if c.dep_ == "nsubjpass" for x in _party(ctx, c)]
        other = [x for c in h.children if c.dep_ == "agent" for q in c.children for x in _party(ctx, q)]
        out += [(a, b) for a in ps for b in other]
    for c in t.children:
        if c.dep_ == "poss" and ctx.m(c) is not None:
            other = [x for pp in t.children if pp.dep_ == "prep" and pp.lower_ == "with"
                     for q in pp.children for x in _party(ctx, q)]
            out += [(ctx.m(c), b) for b in other]
        elif c.dep_ == "poss" and c.lower_ in ("its", "their") and (own := _its_org(ctx, c)) is not None:
            # "X said its sponsorship deal with Y was not affected": "its" is the organisation before
            out += [(own, b) for pp in t.children if pp.dep_ == "prep" and pp.lower_ == "with"
                    for q in pp.children for b in _party(ctx, q) if b.entity != own.entity]
    if not out and t.lemma_.lower() in _ACQUIRE_NOUNS:
        # "A completed its takeover of B", "A's acquisition of B from C"
        targets = [x for pp in t.children if pp.dep_ == "prep" and pp.lower_ == "of" for q in pp.children
                   if q.dep_ == "pobj" for x in [ctx.m(q)] if x is not None and x.type == "Organization"]
        sellers = [x for pp in t.children if pp.dep_ == "prep" and pp.lower_ == "from" for q in pp.children
                   for x in _party(ctx, q) if x.type in _PARTY_TYPES]
        buyers = [ctx.m(c) for c in t.children if c.dep_ == "poss" and ctx.m(c) is not None]
        if not buyers and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            buyers = _clause_subject(ctx, t)
        out += [(a, b) for a in buyers if a.type in _PARTY_TYPES for b in (sellers or targets)]
    return out


def _acquisition_parties(ctx, verb: Token) -> list[tuple[Mention, Mention]]:
    """Buyer and seller of a company: "A agreed to buy B from C", "A will acquire B, the unit of C",
    "A bought C's unit B" -> (A, C); with no seller named, (A, B).

    Only a company (an Organization mention as the object) is an acquisition;
    buying goods is no agreement here.
    """
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return []
    target = ctx.m(objs[0])
    if target is None or target.type != "Organization":
        return []
    buyers = [m for m in _clause_subject(ctx, verb) if m.type in _PARTY_TYPES]
    if not buyers:
        return []
    sellers = [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for q in c.children if q.dep_ == "pobj" for x in _party(ctx, q) if x.type in _PARTY_TYPES]
    for c in objs[0].children:
        if c.dep_ == "poss" and ctx.m(c) is not None and ctx.m(c).type in _PARTY_TYPES and \
                ctx.m(c).type != "Country":
            sellers.append(ctx.m(c))  # "Nordrail's Haldorf" (not "Australia's Gumtree": the firm's country)
        if c.dep_ == "appos" and ctx.m(c) is None:  # "Haldorf, the logistics business of Nordrail"
            owner = _org_in(ctx, [x for x in c.subtree if x.i > c.i], target)
            if owner is not None:
                sellers.append(owner)
    others = sellers or [target]
    return [(a, b) for a in buyers for b in others if a.entity != b.entity]



_DEAL_NOUNS = {"contract", "deal", "agreement", "accord", "pact", "franchise", "memorandum"}
_SIGNED_PAPERS = _DEAL_NOUNS | {"protocol", "treaty", "convention", "charter", "mou"}
"""What two parties sign together ("A and B signed a defence protocol")."""


def _deal_partner(ctx, p: Token, exclude: set[str]) -> list[Mention]:
    """The parties named by the object of "with"/"between" in a deal.

    As :func:`_party`, except that "the Chinese firm", "a Turkish company" (a demonym on a
    company noun) is that company, named earlier in the text, not the country: the last
    organisation before it that is not already a party (``exclude``, entity ids).
    """
    got = _party(ctx, p)
    if ctx.m(p) is None and p.pos_ == "NOUN" and p.lower_ in _ORG_REF:
        demonyms = {ctx.m(c).entity for c in p.children if c.dep_ in ("amod", "compound") and ctx.m(c) is not None
                    and ctx.m(c).type == "Country"}
        got = [m for m in got if m.entity not in demonyms and m.entity not in exclude]
        if got or not demonyms:
            return got
        want = _ORG_REF[p.lower_]
        for m in reversed(ctx.ms):
            if m.start >= p.i or m.type != "Organization" or m.entity in exclude:
                continue
            if want is None or m.cls == want or p.lower_ in m.key.split():
                return [m]
        return []
    return got


def _sold_vessel(ctx, verb: Token) -> bool:
    """True when what ``verb`` ("sell") sells is a ship: a named vessel, a ship noun, or the
    ship a relative clause hangs on ("the tanker X, which Y sold to Z")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lower_ in ("which", "that") and verb.dep_ == "relcl":
                c = verb.head
            m = ctx.m(c)
            if (m is not None and m.type == "Vessel") or (m is None and c.lower_ in gz.SHIP_NOUNS):
                return True
    return False


def _ship_sale_parties(ctx, verb: Token) -> list[tuple[Mention, Mention]]:
    """Seller and buyer of a ship sale, a deal between two companies (dev README: stated deals):
    "A sold the tanker X to B for $20 million", "X, which A sold in June to B", "A agreed to sell
    X to B"; the passive "X was sold to B by A" too.

    Returns
    -------
    list of (Mention, Mention)
        (seller, buyer) pairs of Organization mentions; empty when the thing sold is no ship
        (cargo sales are SHIPPED_TO's business) or either side is unnamed.
    """
    if verb.pos_ != "VERB" or not _sold_vessel(ctx, verb):
        return []
    buyers = [x for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for q in c.children if q.dep_ == "pobj" for x in _named_party(ctx, q) if x.type == "Organization"]
    if not buyers:  # "sold the tanker X in January to B FZE": "to B" parsed as an infinitive clause
        buyers = [m for c in verb.children if c.dep_ == "advcl" and c.pos_ == "PROPN" and c.i > verb.i
                  for a in c.children if a.dep_ == "aux" and a.lower_ == "to"
                  for m in [ctx.tok2m.get(a.i + 1)] if m is not None and m.type == "Organization"]
    if any(c.dep_ == "auxpass" for c in verb.children):
        sellers = [x for c in verb.children if c.dep_ == "agent" for q in c.children for x in _party(ctx, q)]
    else:
        sellers = _clause_subject(ctx, verb)
    return [(a, b) for a in sellers if a.type == "Organization" for b in buyers if a.entity != b.entity]


_SALE_VERBS = {"sell"}
_FROM_DEALS = {"charter", "loan", "facility", "credit"}  # deals named by what one party takes from the other
_CLASS_WORDS_LOWER = frozenset({c.lower() + ("es" if c.lower().endswith("x") else "s") for c in cargo.VESSEL_CLASSES}
                               | {"newbuildings", "newbuilds"})
"""Plural size classes (:data:`newsgraph.ingest.cargo.VESSEL_CLASSES`: "aframaxes", "vlccs") and "newbuildings":
ships ordered at a yard ("ordered two aframaxes"); the plural ship nouns are :data:`gazetteers.SHIP_NOUNS`'s."""
_TAKE_FROM_VERBS = {"charter", "lease", "buy", "purchase", "acquire", "order"}  # "B chartered/bought/ordered the ship from A"


def _take_from_parties(ctx, verb: Token) -> list[tuple[Mention, Mention]]:
    """Taker and giver of a charter, lease or ship purchase, a deal between two companies (dev README:
    stated deals, charters): "B chartered the tanker from A", "the aircraft were chartered from A by B",
    "the tanker X was bought in May by B from A".

    Parameters
    ----------
    verb : Token
        A verb of ``_TAKE_FROM_VERBS``.

    Returns
    -------
    list of (Mention, Mention)
        (taker, giver) pairs of Organization mentions; empty when the giver ("from") or the taker
        (subject or passive agent) is unnamed, or when what is bought is no ship (a purchase of goods
        is SHIPPED_TO's business, of a company :func:`_acquisition_parties`').
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKE_FROM_VERBS:
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() not in ("charter", "lease"):
        thing = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        m = ctx.m(thing) if thing is not None else None
        if thing is None or not ((m is not None and m.type == "Vessel") or (m is None and (
                thing.lower_ in gz.SHIP_NOUNS or thing.lemma_.lower() in gz.SHIP_NOUNS))):  # ("two ferries")
            return []
    givers = [x for h in [verb] + [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
              for c in h.children if c.dep_ == "prep" and c.lower_ == "from"  # ("chartered the tanker from X")
              for q in c.children if q.dep_ == "pobj" for x in _named_party(ctx, q) if x.type == "Organization"]
    if not givers:
        return []
    if passive:
        takers = [x for c in verb.children if c.dep_ == "agent" for q in c.children for x in _party(ctx, q)]
    else:
        subj_of = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) \
            else verb  # "A agreed to buy the tanker from B": the subject of "agreed"
        takers = [x for c in subj_of.children if c.dep_ == "nsubj" for x in _party(ctx, c)]
    return [(a, b) for a in takers if a.type == "Organization" for b in givers if a.entity != b.entity]
_DEAL_VERBS = {"sign", "conclude", "agree", "reach", "award", "strike", "seal", "ink"}
_FORM_VERBS = {"form", "establish", "create", "launch", "set"}
_FORMED_DEALS = {"venture", "partnership"}
"""What two parties "formed" or "set up" together is a deal between them ("A and B formed a joint venture");
not a consortium or an alliance, which name research groups and military blocs as often as deals."""
_PARTNER_VERBS = {"partner", "team", "ally"}
"""Verbs whose subject and "with" object made a deal: "A partnered with B", "A teamed up with B"."""
_HIRE_VERBS = {"hire", "engage", "retain", "contract", "commission"}
"""Verbs whose organisation subject and organisation object made a deal: "A hired the firm B to manage its
ships", "the government contracted B to tow the tanker" (a person hired is an employee, not a party)."""


def _partner_hire_parties(ctx, verb: Token) -> list[tuple[Mention, Mention]]:
    """Parties of "A partnered / teamed up / allied with B" and of "A hired / engaged / contracted B (to ...)",
    "B was hired by A": (A, B) pairs of organisations or countries (a country subject stands for its
    government: "the Maltese government contracted B"). Empty for a person hired or hiring, and for
    "teamed" without "up"."""
    lem = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lem in _PARTNER_VERBS:
        if lem == "team" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return []
        subj = _clause_subject(ctx, verb)
        other = [x for h in (verb, *(c for c in verb.children if c.dep_ == "prt"))
                 for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                 for q in c.children if q.dep_ == "pobj" for x in _named_party(ctx, q)]
    elif passive:
        subj = [x for c in verb.children if c.dep_ == "agent" for q in c.children if q.dep_ == "pobj"
                for x in _named_party(ctx, q)]
        other = [x for c in verb.children if c.dep_ == "nsubjpass" for x in _party(ctx, c)]
    else:
        subj = [x for c in verb.children if c.dep_ == "nsubj" for x in _party(ctx, c)]
        other = [x for c in verb.children if c.dep_ == "dobj" for x in _named_party(ctx, c)]
        if lem == "contract" and not any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
            return []  # "contracted a disease", "the economy contracted": only "contracted X to do Y"
    return [(a, b) for a in subj if a.type in _PARTY_TYPES for b in other
            if b.type == "Organization" and a.entity != b.entity]


def _relative_antecedent(p: Token) -> Token:
    """The noun a relative "which"/"whom" stands for: "X, with which Y concluded a contract" -> X."""
    if p.lower_ in ("which", "whom"):
        v = p.head.head if p.head.dep_ == "prep" else p.head
        while v.dep_ not in ("relcl", "ROOT") and v.head.i != v.i:
            v = v.head
        if v.dep_ == "relcl":
            return v.head
    return p


def _passive_agent(ctx, t: Token) -> list[Mention]:
    """The agent of the passive clause a deal noun sits in: "the work was carried out by X
    under a contract signed with Y" -> X."""
    v = t
    for _ in range(4):
        if v.head.i == v.i:
            break
        v = v.head
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in v.children):
            return [x for c in v.children if c.dep_ == "agent" for q in c.children if q.dep_ == "pobj"
                    for x in _party(ctx, q) if x.type in _PARTY_TYPES]
    return []


_STATE_HEADS = {"president", "leader", "king", "queen", "emir", "sultan", "premier", "chancellor", "minister"}


def _state_of_leader(ctx, m: Mention) -> Mention:
    """The country a head of state or government signs for: "North Korean leader X and Russian
    President Y signed a treaty" is a treaty between the two countries. ``m`` itself when it is
    no person, or no country and head-of-state title stand right before the name."""
    if m.type != "Person":
        return m
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = m.start - 1
    seen = False
    while k >= 0 and k not in ctx.tok2m and (_tk[k].lower_ in _STATE_HEADS or _tk[k].lower_ == "prime"):
        seen = seen or _tk[k].lower_ in _STATE_HEADS
        k -= 1
    if not seen or k < 0 or _tk[k].text in ("'s", "’s") and (k := k - 1) < 0:
        return m
    c = ctx.tok2m.get(k)
    if c is None or c.type != "Country" or c.end != k + 1:
        return m
    if "minister" in {_tk[i].lower_ for i in range(k + 1, m.start)} and \
            "prime" not in {_tk[i].lower_ for i in range(k + 1, m.start)}:
        return m  # a foreign or trade minister signs as an official, not as the head of government
    return c


_OFFER_VERBS = frozenset({"offer", "promise", "grant", "give"})
"""Verbs of "A offered B X in return for Y" (a deal between A and B)."""


def _rule_agreement(ctx, sent, sm, out):
    lem = ctx.lemmas(sent)
    if not (lem & (_AGREE_TRIGGERS_OR_SALE_VERBS_ETC)) and not ("return" in lem and lem & _OFFER_VERBS):
        return  # no trigger word: nothing below can fire
    for t in ctx.toks(sent):
        if t.lemma_.lower() in _SALE_VERBS:
            for a, b in _ship_sale_parties(ctx, t):
                out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.ship_sale", 0.7, sent, t))
            continue
        if t.lemma_.lower() in _TAKE_FROM_VERBS and t.pos_ == "VERB":
            took = _take_from_parties(ctx, t)
            for a, b in took:
                out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.take_from", 0.65, sent, t))
            if took:
                continue
        if t.lemma_.lower() in _FROM_DEALS and t.pos_ == "NOUN":
            # "A manages the tanker on a time charter from B", "A took a loan from B"
            froms = [t] + ([t.head] if t.dep_ == "dobj" else [])  # ("took a loan from B": on the verb)
            # (a ship let "on a time charter to B": the charterer is the other party)
            preps = ("from", "to") if t.lemma_.lower() == "charter" else ("from",)
            if t.lemma_.lower() == "charter" and t.dep_ == "pobj" and t.head.lower_ == "on":
                froms.append(t.head.head)  # "fixed the ship on a time charter to B": "to B" on the verb
            lenders = [x for h in froms for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                       for q in c.children if q.dep_ == "pobj" for x in _party(ctx, q) if x.type == "Organization"]
            if lenders:
                for a in _clause_subject(ctx, t):
                    for b in lenders:
                        if a.type == "Organization" and a.entity != b.entity:
                            out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.charter_loan", 0.65, sent, t))
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() == "order" and any(
                c.dep_ == "dobj" and (c.lower_ in gz.SHIP_NOUNS or c.lower_ in _CLASS_WORDS_LOWER) for c in t.children):
            # "The company has ordered two aframaxes at Y Shipbuilding": a newbuilding contract with the yard
            yards = [x for h in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in h.children
                     if c.dep_ == "prep" and c.lower_ in ("at", "from", "with")
                     for q in c.children if q.dep_ == "pobj" for x in _party(ctx, q) if x.type == "Organization"]
            for a in _clause_subject(ctx, t):
                for b in yards:
                    if a.type == "Organization" and a.entity != b.entity:
                        out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.newbuilding", 0.65, sent, t))
            if yards:
                continue
        if t.pos_ == "VERB" and t.lemma_.lower() in _OFFER_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(q.lower_ in ("return", "exchange") for q in c.children)
                for c in t.children):
            # "Khartoum offered Iran berthing rights in return for the weapons": a deal between the two
            others = [x for c in t.children if c.dep_ == "dative" for x in _party(ctx, c)] + \
                [x for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                 for q in c.children if q.dep_ == "pobj" for x in _party(ctx, q)]
            for a in _clause_subject(ctx, t):
                for b in others:
                    if a.entity != b.entity:
                        out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.exchange_offer", 0.6, sent, t))
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in _PARTNER_VERBS | _HIRE_VERBS:
            for a, b in _partner_hire_parties(ctx, t):
                out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.partner_hire", 0.65, sent, t))
            continue
        if t.lemma_.lower() not in AGREE_TRIGGERS:
            continue
        if t.lemma_.lower() == "order" and (t.pos_ != "NOUN" or not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in t.children)):
            continue  # only "an order with X" (a shipyard, a maker) is a deal: not "ordered", "an executive order"
        if t.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in _UNSETTLED for c in t.children) or (
                t.dep_ == "pobj" and t.head.head.lower_ in ("talks", "negotiations", "discussions"))):
            continue  # "in talks about a possible partnership": no deal stated
        parties: list[tuple[Mention, Mention]] = []
        holders = [t] + ([t.head] if t.dep_ in ("nsubjpass", "dobj", "nsubj") and t.head.pos_ == "VERB" else [])
        if t.pos_ == "NOUN":  # "a deal worth $2bn with X", "a memorandum of understanding with X"
            holders += [c for c in t.children if c.dep_ == "amod"] + [
                q for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                if q.dep_ == "pobj" and ctx.m(q) is None]
            # "a deal worth up to 140 million euros with X": the partner hung on the sum
            holders += [q for c in t.children if c.dep_ == "amod" and c.lower_ == "worth" for q in c.children
                        if q.pos_ in ("NOUN", "NUM")]
            # "under a contract signed with X": the partner hangs on the participle
            holders += [c for c in t.children if c.dep_ == "acl" and (c.lemma_.lower() in _DEAL_VERBS or
                                                                     c.lower_ == "dated")]
            # ("a contract dated 12 March between A and B")
        for c in [x for h in holders for x in h.children]:
            if c.dep_ in ("prep", "agent") and c.lower_ == "between":
                ps = [x for p in c.children if p.dep_ == "pobj" for x in (_party(ctx, p) or [
                    m for a in p.children if a.dep_ == "appos" for m in _party(ctx, a)])]
                # ("between the X Y System (XYS) of ...": the acronym names the party when its expansion is no name)
                if len(ps) == 1:  # "between A of Sudan and B": B parsed as a conjunct of A's "of" phrase
                    ps += [x for p in c.children if p.dep_ == "pobj" for o in p.children
                           if o.dep_ == "prep" and o.lower_ == "of" for q in o.children if q.dep_ == "pobj"
                           for cj in q.conjuncts for x in _party(ctx, cj) if x.entity != ps[0].entity
                           and x.start > q.i]
                for i in range(len(ps)):
                    for j in range(i + 1, len(ps)):
                        parties.append((ps[i], ps[j]))
            if c.dep_ == "prep" and c.lower_ == "with":
                subj = _clause_subject(ctx, t) or _passive_agent(ctx, t)
                other = [x for p in c.children if p.dep_ == "pobj"
                         for x in _deal_partner(ctx, _relative_antecedent(p), {m.entity for m in subj})]
                if not other:  # "the forwarder X, with which Y concluded a contract": the named appositive
                    other = [x for p in c.children if p.dep_ == "pobj" and p is not _relative_antecedent(p)
                             for a in _relative_antecedent(p).children if a.dep_ == "appos"
                             for x in _party(ctx, a) if x.entity not in {m.entity for m in subj}]
                for a in subj:
                    for b in other:
                        parties.append((a, b))
        # "engaged in an exchange with Russia": with attached to the verb
        if not parties and t.head.dep_ == "prep" and t.lemma_.lower() not in ("takeover",):
            verb = t.head.head
            other = [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" for x in _party(ctx, p)]
            if not other and t.head.lower_ == "under" and t.lemma_.lower() in _DEAL_NOUNS:
                # "X shipped engines to Y under a contract signed in 2025": the recipient is the partner
                other = [x for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" for x in _party(ctx, p) if x.type in _PARTY_TYPES]
            for a in _clause_subject(ctx, verb):
                for b in other:
                    parties.append((a, b))
        if not parties and t.pos_ == "VERB" and t.lemma_.lower() in ("agree", "sign"):
            # "A agreed a fee of £10m with B": "with" hung inside the object
            for o in t.children:
                if o.dep_ == "dobj":
                    subj = _clause_subject(ctx, t)
                    other = [x for c in o.subtree if c.dep_ == "prep" and c.lower_ == "with"
                             for p in c.children if p.dep_ == "pobj"
                             for x in _deal_partner(ctx, p, {m.entity for m in subj})]
                    parties += [(a, b) for a in subj for b in other]
        if not parties and t.pos_ == "VERB" and (t.lemma_.lower() == "agree" and any(
                c.dep_ in ("xcomp", "ccomp", "dobj") or c.dep_ == "advcl" and any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in t.children) or
                t.lemma_.lower() == "sign" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED_PAPERS
                                                   for c in t.children)):
            # "Sudan and Iran agreed in October to restore relations", "A and B signed a defence protocol": the
            # joint subject's members with each other
            ps = list({x.entity: x for c in t.children if c.dep_ == "nsubj" for x in ctx.mconj(c)
                       if x.type in _PARTY_TYPES}.values())
            if not ps:  # "The Government of X and the Government of Y signed ...": the states
                ps = list({x.entity: x for c in t.children if c.dep_ == "nsubj" for q in (c, *c.conjuncts)
                           if q.lower_ == "government" for p in q.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"
                           for x in [ctx.m(o) or next((ctx.m(y) for y in o.subtree if ctx.m(y) is not None and
                                                       ctx.m(y).type == "Country"), None)]
                           if x is not None and x.type == "Country"}.values())  # ("of the Republic of Y": Y)
            parties += [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
        if not parties and t.lemma_.lower() in _ACQUIRE_VERBS and t.pos_ == "VERB":
            parties = _acquisition_parties(ctx, t)
        if not parties and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and ctx.m(t) is None):
            # (also "A and B signed a Memorandum of Understanding": the capitalised noun tagged as a name)
            parties = _agreement_parties_more(ctx, t)
        if parties:  # "X's chief executive Y said the deal ...": the person who speaks is no party
            speakers = {m.entity for m in _sources(ctx, sent) if m.type == "Person"}
            parties = [(a, b) for a, b in parties if a.entity not in speakers and b.entity not in speakers]
        parties = [(_state_of_leader(ctx, a), _state_of_leader(ctx, b)) for a, b in parties]
        for a, b in parties:
            if a.entity != b.entity:
                out.append(Candidate(a, "AGREEMENT_WITH", b, "agreement.trigger", 0.75, sent, t))
                # "providing X in return for technology": the partner supplied the subject
                if any(x.lower_ == "return" for x in ctx.toks(sent)) and any(x.type == "Other" for x in sm) and \
                        a.type != "Person":
                    out.append(Candidate(b, "SUPPLIED", a, "supplied.in_return", 0.5, sent, t))


def _origin_of(ctx, tok: Token) -> list[Mention]:
    """Country/organisation modifiers of a cargo noun ("North Korean artillery shells")."""
    out = []
    for c in tok.subtree:
        mm = ctx.m(c)
        if mm is not None and mm.type in ("Country", "Organization") and c.dep_ in ("amod", "compound", "poss", "nmod"):
            out.append(mm)
    return out


_GOODS_WORDS = {"arms", "weapons", "goods", "equipment", "cargo", "cargoes", "grain", "aid", "munitions", "materiel",
                "supplies", "components", "parts", "it", "them", "consignment", "consignments", "shipment",
                "shipments"}


def _dest_parties(ctx, tok: Token) -> list[Mention]:
    """Countries/organisations a destination phrase names ("Russia", "the manufacturer Sorvel Aero",
    "buyers in India and Turkey")."""
    out = []
    for x in [tok, *tok.conjuncts]:
        xm = ctx.m(x)
        if xm is not None and xm.type in _PARTY_TYPES:
            out.append(xm)
            continue
        for c in x.children:
            if c.dep_ in ("appos", "compound") and ctx.m(c) is not None and ctx.m(c).type in _PARTY_TYPES:
                out.append(ctx.m(c))
            elif c.dep_ == "acl" and c.lemma_.lower() in ("name", "call") and x.pos_ == "NOUN":
                # "a Khartoum company named X", "a firm called X"
                out += [m for y in c.children if y.dep_ in ("oprd", "dobj", "attr", "xcomp")
                        for m in ctx.mconj(y) if m.type in _PARTY_TYPES]
            elif c.dep_ == "poss" and (x.lower_ in _PROGRAMME_NOUNS or x.lower_ in _PLACE_WORDS) \
                    and ctx.m(c) is not None and ctx.m(c).type in _PARTY_TYPES:
                out.append(ctx.m(c))  # "to Russia's drone programme", "to the LAAF's territory"
        if xm is None and x.tag_ == "NNS" and x.lower_ in _LISTED_PARTY_NOUNS:
            # "shipped the parts to two freight forwarders that were listed as end users: A in Hong Kong and B in
            # Istanbul": the firms the colon lists
            sent = x.sent
            colon = next((j for j in range(x.i + 1, min(sent.end, x.i + 14)) if ctx.doc[j].text == ":"), None)
            if colon is not None:
                out += [m for m in ctx.ms if colon < m.start < sent.end and m.type == "Organization"]
                continue
        if x.lower_ in _BUYERS or x.lower_ in _PLACE_WORDS:  # "to refiners in India", "to ports in Syria"
            out += [cm for c in x.children if c.dep_ == "amod" and (cm := ctx.m(c)) is not None
                    and cm.type == "Country" and c.text in gz.DEMONYMS]  # "to Chinese refiners / Indian buyers"
            for pp in x.children:
                if pp.dep_ == "prep" and pp.lower_ == "in":
                    for y in pp.children:
                        found = [z for z in ctx.mconj(y) if z.type in _PARTY_TYPES]
                        # "to refiners in China's Shandong province": the country whose region it is
                        out += found or [cm for c in y.children if c.dep_ == "poss" and (cm := ctx.m(c)) is not None
                                         and cm.type == "Country"]
    return out


_LISTED_PARTY_NOUNS = frozenset({"forwarders", "companies", "firms", "intermediaries", "buyers", "customers",
                                 "entities", "traders", "distributors", "consignees", "recipients", "importers",
                                 "resellers", "fronts", "middlemen", "brokers"})
"""Plural nouns for parties that a colon then names ("to two freight forwarders: A and B")."""

_PROGRAMME_NOUNS = {"programme", "program", "industry", "military", "army", "forces", "war", "effort",
                    "production", "factories", "plants", "arsenal"}
_PREVENT = {"prohibit", "ban", "prevent", "stop", "bar", "forbid", "block", "deny", "outlaw", "restrict"}


_ACCUSE_VERBS = {"accuse", "suspect", "blame", "charge"}


_LISTING_VERBS = {"sanction", "designate", "add", "list", "blacklist", "target", "penalize", "penalise", "fine",
                  "punish", "indict", "charge"}


def _subject_parties(ctx, verb: Token) -> list[Mention]:
    """Country/organisation subject of a verb, climbing xcomp/advcl chains ("X had been trying to send")."""
    t, came_by = verb, ""
    for _ in range(5):
        if t.lemma_.lower() in _PREVENT and not (t.i != verb.i and t.lemma_.lower() == "deny"):
            return []  # "resolutions prohibit supplying weapons to X": the subject ships nothing
        # ("X denied sending drones to Y": X is the one said to ship; the relation is marked denied)
        if came_by in ("for", "with") and t.lemma_.lower() in _LISTING_VERBS:
            # "OFAC added X to the Entity List for supplying parts to Y", "X was sanctioned for shipping
            # drones to Y", "prosecutors charged X with exporting parts to Y": the listed or charged party
            # ships, not the body that lists or charges it
            listed = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            # ("The Polish firm X Sp. z o.o. was designated for supplying ...": X, not Poland)
            got = [x for c in listed[:1] for x in (_named_party(ctx, c) if c.pos_ == "NOUN" and any(
                a.dep_ == "appos" for a in c.children) else ctx.mconj(c)) if x.type in _PARTY_TYPES]
            # "charged X, 52, and his company, Y, with exporting ...": the firm named beside the person
            # (not "designated the ship X and its owner, Y, for moving munitions": the ship's deeds, not Y's)
            return got or [m for c in listed[:1] if came_by == "with" for cj in c.conjuncts if cj.pos_ == "NOUN"
                           for a in cj.children if a.dep_ == "appos" for m in [ctx.m(a)]
                           if m is not None and m.type in _PARTY_TYPES]
        if came_by == "in" and (t.lemma_.lower() in _IMPOSE_VERBS or t.lemma_.lower() in _LISTING_VERBS or
                                t.lemma_.lower() == "adopt"):
            return []  # "The Council adopted measures against vessels involved in ..., and in supplying X with
            # petroleum": the parser hung the second "in" on the body's verb; the listed parties supply
        if came_by == "for" and t.lemma_.lower() in _IMPOSE_VERBS:
            # "Australia announced sanctions on X for supplying drone engines to Y": the target ships
            return [x for c in t.children if c.dep_ == "dobj" for a in c.children
                    if a.dep_ == "prep" and a.lower_ in ("on", "against") for q in a.children if q.dep_ == "pobj"
                    for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
        if t.i != verb.i and t.lemma_.lower() in _ACCUSE_VERBS and any(c.dep_ == "dobj" for c in t.children):
            # "X accused Y of supplying shells to Z": X only says so (X REPORTED Y); Y's part is left to
            # the accusation itself (the accused is often a person or an unnamed group; reading Y as the
            # shipper was tried in the seventh round and gave five false shipments in one held-out article)
            return []
        subj = [c for c in t.children if c.dep_ == "nsubj" or (
            c.dep_ == "nsubjpass" and t.lemma_.lower() in ("accuse", "suspect", "allege", "believe", "say"))]
        if subj:  # "X was accused of giving ...": X gives
            out = [x for x in ctx.mconj(subj[0]) if x.type in _PARTY_TYPES]
            if not out and subj[0].lower_ in ("firms", "companies"):
                out = [x for x in _targets(ctx, subj[0]) if x.type in _PARTY_TYPES]
            if not out and subj[0].lower_ in ("which", "that") and t.dep_ == "ccomp" and t.head.dep_ == "relcl" \
                    and t.head.lemma_.lower() in SAY_VERBS:
                # "the firm X, which Brussels says shipped drone parts to Y": the relative clause's antecedent
                ante = t.head.head
                out = [x for x in (ctx.mconj(ante) or _named_party(ctx, ante)) if x.type in _PARTY_TYPES]
            if not out and subj[0].lower_ in ("it", "they"):
                # "North Korea denies that it shipped shells to Y", "X rejected claims that it had sent ...":
                # the pronoun is the subject of the saying or denying verb above
                h = t.head
                for _ in range(3):
                    if h.pos_ == "VERB" and h.lemma_.lower() in SAY_VERBS | DENY | {"reject", "dismiss", "show"}:
                        up = [c for c in h.children if c.dep_ == "nsubj"]
                        if up and up[0].pos_ == "NOUN" and ctx.m(up[0]) is None and up[0].lower_ not in _ORG_REF:
                            # "Russian procurement records show that it delivered ...": the records' country is
                            # no speaker; "it" is the firm the text was about
                            org = _its_org(ctx, subj[0])
                            out = [org] if org is not None and org.type in _PARTY_TYPES else []
                        else:
                            out = [x for x in ctx.mconj(up[0]) if x.type in _PARTY_TYPES] if up else []
                        break
                    if h.head.i == h.i:
                        break
                    h = h.head
            return out
        if t.dep_ in ("xcomp", "pcomp", "advcl", "conj", "ccomp") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "prep" and t.pos_ == "ADP" and t.head.pos_ in ("VERB", "AUX"):
            came_by = t.lower_
            t = t.head  # "X was accused of giving ...", "by sending ...": through the preposition
        elif t.dep_ == "prep" and t.lower_ == "for" and t.head.dep_ in ("dobj", "nsubjpass") and \
                t.head.head.lemma_.lower() in _LISTING_VERBS:
            came_by = "for"  # "OFAC sanctioned X LLC for shipping drones to Y": the parser hung "for" on X
            t = t.head.head
        elif t.dep_ == "prep" and t.lower_ == "with" and t.head.dep_ == "conj" and \
                t.head.head.dep_ in ("dobj", "nsubjpass") and t.head.head.head.lemma_.lower() in _LISTING_VERBS:
            came_by = t.lower_  # "charged X and his company, Y, with exporting ...": hung on the last conjunct
            t = t.head.head.head
        elif t.dep_ == "relcl" and t.head.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in t.children):
            t = t.head.head  # "X contracted the vessels to load oil and deliver it to Y": X ships
        else:
            break
    return []


_ORIGIN_PARTICIPLES = frozenset({"steal", "make", "produce", "seize", "grow", "harvest", "loot", "manufacture",
                                 "mine", "refine", "extract", "build", "assemble", "purchase", "buy"})
"""Participles that say where goods came from ("grain stolen in the occupied territories", "drones made in X"),
not where they go."""


def _deep_dests(ctx, verb: Token) -> list[Mention]:
    """ "shipped spindles and controllers to Y", "sent 40 consignments of chips worth $4 million to Y": the
    parser hangs "to Y" inside the goods phrase; the first "to" inside the object, with no verb between."""
    for c in verb.children:
        if c.dep_ != "dobj" and not (c.dep_ in ("prep", "advmod", "amod") and c.lower_ == "worth"):
            continue
        for x in c.subtree:
            if x.dep_ != "prep" or x.lower_ not in ("to", "into"):
                continue
            a, clear = x.head, True
            while a.i != c.i and a.i != a.head.i:  # the path up to the object crosses no verb ("goods bound to")
                # (but a participle that says where the goods came from: "grain stolen in X to Y")
                clear = clear and (a.pos_ not in ("VERB", "AUX") or a.dep_ == "acl" and a.tag_ == "VBN" and
                                   a.lemma_.lower() in _ORIGIN_PARTICIPLES)
                a = a.head
            if clear:
                return [d for q in x.children if q.dep_ == "pobj" for d in _dest_parties(ctx, q)]
    return []


def _shipper_ref(ctx, verb: Token) -> list[Mention]:
    """The company a shipping verb's unnamed subject stands for: "A second trader, Y LLP, shipped ..." (the name
    in apposition), "It sent ... to Z" (the organisation named last before, when it is the last party named)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or ctx.m(subj) is not None:
        return []
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        # "X Ltd, a freight forwarder in Istanbul, which re-exported them": the parser may hang the clause on
        # the place or the noun of the apposition; the firm is further up
        h = verb.head
        for _ in range(6):
            hm = ctx.m(h)
            if hm is not None and hm.type == "Organization":
                return [hm]
            if hm is not None and hm.type not in ("Location", "Port") or h.head.i == h.i or \
                    h.dep_ not in ("pobj", "prep", "appos") and not (h.dep_ == "punct" and h.text == "."):
                break  # (the dot of "Ltd. Şti." can carry the apposition)
            h = h.head
        return []
    if subj.pos_ == "NOUN":
        return [x for c in subj.children if c.dep_ == "appos" for x in ctx.mconj(c) if x.type == "Organization"]
    if subj.lower_ == "it" and verb.dep_ == "ROOT":
        last = next((m for m in reversed(ctx.ms) if m.start < subj.i and m.type in (*_PARTY_TYPES, "Vessel")), None)
        if last is not None and last.type == "Organization" and subj.i - last.end <= 40:
            return [last]
    return []


_PLACE_WORDS = {"port", "ports", "harbour", "harbours", "harbor", "harbors", "terminal", "terminals", "coast",
                "territory", "positions", "bases", "base", "factories", "plants", "mines", "fields"}


def _place_owner(ctx, prep: Token) -> list[Mention]:
    """The country a "from" phrase names through a place noun: "from North Korean ports", "from Russia's
    Baltic ports", "from its former positions in Syria" (a party inside the place phrase)."""
    out = []
    for q in prep.children:
        if q.dep_ != "pobj" or q.lower_ not in _PLACE_WORDS:
            continue
        for c in q.children:
            cm = ctx.m(c)
            if cm is not None and cm.type == "Country" and c.dep_ in ("amod", "compound", "poss", "nmod"):
                out.append(cm)
    return out


def _passive_shipment(ctx, verb: Token, cargo_ents: set[str]) -> list[tuple[Mention, Mention]]:
    """Shipper and recipient of a passive shipping verb: "the materiel was shipped from the UAE to the
    RSF", "the drones were sent by Iran to Russia" (the "from" party or the agent ships).

    Parameters
    ----------
    verb : Token
        A verb of ``SHIP_VERBS`` with a passive auxiliary.
    cargo_ents : set of str
        Entity ids of the sentence's Weapon/Other mentions.

    Returns
    -------
    list of (Mention, Mention)
        (origin, destination) pairs of Country/Organization mentions; empty unless the passive subject
        is goods (a cargo mention or a goods word) and both ends are named on the verb itself.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and _shared_passive(verb):
        # "The cargoes were loaded at X and sold by Y to Z": the first verb's subject and auxiliary
        subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        subj = verb.head  # "invoices show the crude (being) sold by X to Y": the goods the participle describes
    if subj is None:
        return []
    sm_ = ctx.m(subj)
    if not (sm_ is not None and sm_.entity in cargo_ents or subj.lower_ in _GOODS_WORDS):
        return []
    origins = [x for c in verb.children if (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent"
               for q in c.children if q.dep_ == "pobj" for x in (
                   [y for y in ctx.mconj(q) if y.type in _PARTY_TYPES] or
                   # "shipped by a Durres-based firm, X, to Y": the firm named in apposition
                   (_dest_parties(ctx, q) if q.pos_ == "NOUN" and ctx.m(q) is None else []))]
    dests = [x for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
             for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
    if not origins and dests and sm_ is not None:
        origins = _cargo_origins(ctx, sm_)  # "Russian crude was sold to Indian refiners": the goods' country
    return [(o, d) for o in {x.entity: x for x in origins}.values()
            for d in {x.entity: x for x in dests}.values() if o.entity != d.entity]


def _shared_passive(verb: Token) -> bool:
    """True when ``verb`` is a past participle coordinated with a passive verb and has no subject of its own:
    "were loaded at X and sold by Y to Z" (``sold`` shares "were" and the subject)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.head.children) and \
        any(c.dep_ == "nsubjpass" for c in verb.head.children)


_MAKE_VERBS = {"make", "produce", "manufacture", "build"}
_REACH_VERBS = {"reach"}


def _made_in_reach(ctx, verb: Token) -> list[tuple[Mention, Mention]]:
    """Maker and destination of goods said to reach a country: "machine tools made in Germany have
    reached Russia", "cars made in the EU are reaching Russia through Georgia" (the country of make ships
    to the one reached; dev README: "X-made goods bound for Y" gives X SHIPPED_TO Y).

    Parameters
    ----------
    verb : Token
        A verb of ``_REACH_VERBS``.

    Returns
    -------
    list of (Mention, Mention)
        (maker, destination) pairs; empty unless a subject noun (or its conjunct) carries a "made in X"
        participle naming a Country/Organization and the object is a Country/Organization.
    """
    dests = [x for c in verb.children if c.dep_ == "dobj" for x in ctx.mconj(c) if x.type in _PARTY_TYPES]
    if not dests:
        return []
    makers: list[Mention] = []
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        for n in (c, *c.conjuncts):
            makers += [x for a in n.children if a.dep_ == "acl" and a.lemma_.lower() in _MAKE_VERBS
                       for pp in a.children if pp.dep_ == "prep" and pp.lower_ == "in"
                       for q in pp.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
    return [(o, d) for o in {x.entity: x for x in makers}.values()
            for d in {x.entity: x for x in dests}.values() if o.entity != d.entity]


def _rule_shipped(ctx, sent, sm, out):
    lems = ctx.lemmas(sent)
    if not (lems & (_SHIP_VERBS_OR_SHIP_NOUNS_EVENT_OR_REACH_VERBS)) and not ("bound" in lems and "made" in lems):
        return  # no trigger word: nothing below can fire
    cargo_ents = {m.entity for m in sm if m.type in ("Weapon", "Other")}
    lw, toks = ctx.lemma_list(), ctx.tokens()
    # every branch below needs a reach or ship verb or a shipment noun ("bound" after "made in": see below): only
    # their tokens are visited
    for i in [i for i in range(sent.start, sent.end) if lw[i] in _SHIP_VERBS_OR_SHIP_NOUNS_EVENT_OR_REACH_VERBS
              or toks[i].lower_ == "bound"]:
        lem = lw[i]  # the lemma, lower-cased
        if lem in _RE_EXPORT_LEMMAS:
            lem = "export"  # "re-exports", "re-exported" (one token, the lemmatizer's "re-exporte")
        t = toks[i]
        if lem in _REACH_VERBS and t.pos_ == "VERB":
            for o, d in _made_in_reach(ctx, t):
                out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.made_in_reach", 0.6, sent, t))
            continue
        if t.pos_ == "VERB" and lem in SHIP_VERBS and t.dep_ == "amod" and (
                t.tag_ == "VBD" or t.tag_ == "VBN" and t.head.dep_ == "ROOT") and i > sent.start \
                and (o := ctx.tok2m.get(i - 1)) is not None and o.end == i and o.type in _PARTY_TYPES \
                and t.head.pos_ == "NOUN" and t.head.lower_ not in _NOT_GOODS:
            # "X Oy exported machine tools to Russia" parsed as "exported" modifying "tools" (a participle when
            # the noun is left as the sentence's root): the name before a past-tense trade verb is its subject
            for k in range(i + 1, sent.end):
                q = toks[k]
                if q.lower_ in ("to", "into") and q.dep_ == "prep":
                    for d in (x for c in q.children if c.dep_ == "pobj" for x in _dest_parties(ctx, c)):
                        if d.entity != o.entity:
                            out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.verb", 0.6, sent, t))
            continue
        if t.pos_ == "VERB" and (lem in SHIP_VERBS or t.lower_ == "bound") and t.dep_ == "conj" and \
                t.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
                t.head.lemma_.lower() in _MAKE_VERBS and any(c.dep_ == "auxpass" for c in t.head.children) and any(
                    c.dep_ == "nsubjpass" and (ctx.m(c) is not None and ctx.m(c).entity in cargo_ents or
                                               c.lower_ in _GOODS_WORDS and ctx.m(c) is None)
                    for c in t.head.children):
            # "The drones were made in Iran and delivered to Russia", "the weapons were made in Iran and were bound
            # for the Sudanese army": the maker's country ships them
            origins = [x for pp in t.head.children if pp.dep_ == "prep" and pp.lower_ == "in"
                       for q in pp.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
            dests = [x for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ in (
                ("for",) if t.lower_ == "bound" else ("to", "into"))
                     for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
            for o in {x.entity: x for x in origins}.values():
                for d in {x.entity: x for x in dests}.values():
                    if o.entity != d.entity:
                        out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.made_in_reach", 0.6, sent, t))
            continue
        if t.pos_ == "VERB" and lem in SHIP_VERBS and (any(c.dep_ == "auxpass" for c in t.children) or
                                                       _shared_passive(t) or t.dep_ == "acl" and t.tag_ == "VBN"
                                                       and any(c.dep_ == "agent" for c in t.children)):
            if any(c.dep_ == "prep" and c.lower_ in ("from", "to") and q.lemma_.lower() in ("registry", "register",
                                                                                          "flag")
                   for c in t.children for q in c.children if q.dep_ == "pobj"):
                continue  # "was moved from the Panamanian registry to Cameroon's": a change of flag, no shipment
            for o, d in _passive_shipment(ctx, t, cargo_ents):
                out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.passive", 0.65, sent, t))
            continue
        if t.pos_ == "VERB" and lem in SHIP_VERBS and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            origins = _subject_parties(ctx, t) or _shipper_ref(ctx, t)
            if origins and any(c.dep_ == "nsubj" and c.lower_ in gz.SHIP_NOUNS and ctx.m(c) is None
                               for c in t.children) and any(
                    m.entity in cargo_ents and _cargo_origins(ctx, m) for x in t.subtree
                    for m in [ctx.m(x)] if m is not None):
                # "a Russian cargo ship delivered Belarusian armoured vehicles": the goods' own origin ships them,
                # not the carrier's country (which does when the goods have none: dev README's 08)
                origins = []
            if not origins and t.dep_ == "acl" and t.head.dep_ == "appos" and \
                    any(c.dep_ == "dobj" for c in t.children) and (om := ctx.m(t.head.head)) is not None and \
                    om.type in _PARTY_TYPES:
                # "X, a company registered in Y, shipped 11 consignments to Z": the parser hung the verb on
                # the apposition; a participle with an object is the clause's own verb, X its subject
                origins = [om]
            if not origins:
                continue
            sub = list(t.subtree)
            goods_ok = any(ctx.m(x) is not None and ctx.m(x).entity in cargo_ents for x in sub) or any(
                x.lower_ in _GOODS_WORDS and x.dep_ in ("dobj", "pobj", "nsubjpass") for x in sub) or (
                lem in ("ship", "export", "re-export", "reexport") and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in _NOT_GOODS and ctx.m(c) is None
                    for c in t.children))  # "X shipped machine spindles to Y": a trade verb's object is goods
            if not goods_ok and t.dep_ == "relcl" and (gm := ctx.m(t.head)) is not None and \
                    gm.entity in cargo_ents and any(c.dep_ == "dobj" and c.lower_ in ("that", "which")
                                                    for c in t.children):
                goods_ok = True  # "the drones that Iran has transferred to Russia": the goods the clause is about
            if not goods_ok:
                continue
            dests = []
            # (also "forwarded the goods by rail to Y": "to Y" hung on the means of transport)
            for c in [*t.children, *[g for c in t.children if c.dep_ == "dobj" for g in c.children],
                      *[g for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "via")
                        for q in c.children if q.dep_ == "pobj" for g in q.children]]:
                if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "into"):
                    for q in c.children:
                        if q.dep_ == "pobj":
                            dests += _dest_parties(ctx, q)
            objs = [c for c in t.children if c.dep_ in ("dobj", "dative")]
            if not dests and len(objs) == 2 and objs[0].i < objs[1].i and ctx.m(objs[1]) is not None and \
                    ctx.m(objs[1]).entity in cargo_ents:
                # "Russia has shipped North Korea far more fuel": the first of two objects receives the goods
                dests = [x for x in _dest_parties(ctx, objs[0]) if x.type in _PARTY_TYPES]
            if not dests:
                dests = _deep_dests(ctx, t)
            for o in {x.entity: x for x in origins}.values():
                for d in {x.entity: x for x in dests}.values():
                    if o.entity != d.entity:
                        out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.verb", 0.7, sent, t))
            continue
        if not (lem in SHIP_NOUNS_EVENT and t.pos_ == "NOUN"):
            continue
        origins: list[Mention] = []
        dests: list[Mention] = []
        goods_ok = False
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        pm = ctx.m(p)
                        if pm is not None and pm.type in ("Weapon", "Other") or p.lower_ in _GOODS_WORDS:
                            goods_ok = True
                            origins += _origin_of(ctx, p)
            if c.dep_ == "amod" and (cm := ctx.m(c)) is not None and cm.type in ("Weapon", "Other"):
                goods_ok = True  # "Russia's crude exports to India": the goods as an adjective
                origins += _origin_of(ctx, c)
            if c.dep_ == "compound":
                cm = ctx.m(c)
                if (cm is not None and cm.type in ("Weapon", "Other")) or c.lower_ in _GOODS_WORDS or (
                        cm is None and c.pos_ == "NOUN" and c.lower_ not in _NOT_GOODS):  # "41 coal shipments"
                    goods_ok = True
                    origins += _origin_of(ctx, c)
            if c.dep_ == "prep" and c.lower_ == "from":
                origins += [x for p in c.children if p.dep_ == "pobj" for x in ctx.mconj(p)
                            if x.type in _PARTY_TYPES]
                origins += _place_owner(ctx, c)  # "shipments from North Korean ports to China"
                dests += [x for q in c.children if q.dep_ == "prep" and q.lower_ == "to"
                          for p in q.children if p.dep_ == "pobj" for x in _dest_parties(ctx, p)]  # "to" on "from"
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "into"):
                dests += [x for p in c.children if p.dep_ == "pobj" for x in _dest_parties(ctx, p)]
            if c.dep_ in ("amod", "poss", "compound") and ctx.m(c) is not None and ctx.m(c).type in _PARTY_TYPES:
                origins.append(ctx.m(c))
        if t.dep_ in ("dobj",) and t.head.pos_ == "VERB":  # "Iran continues shipment of X to Y"
            if not any(c.dep_ == "poss" and ctx.m(c) is not None for c in t.children):
                # (not "Seoul condemned Pyongyang's shipments of shells to X": the possessor ships)
                origins += _subject_parties(ctx, t.head)
            if not dests:  # "X arranged the sale of crude, priced above the cap, to refineries in Y"
                dests += [x for c in t.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                          and c.i > t.i for p in c.children if p.dep_ == "pobj" for x in _dest_parties(ctx, p)]
        if goods_ok and not dests and (k := t.right_edge.i + 1) < sent.end and toks[k].lower_ in ("to", "into") \
                and toks[k].dep_ == "prep" and any(a.i == toks[k].head.i for a in t.ancestors):
            # "in responding to X's shipments of shells and missiles to Russia": the parser hung "to Russia" on
            # a verb above the noun; the phrase right after the noun's own words is its destination
            dests += [x for p in toks[k].children if p.dep_ == "pobj" for x in _dest_parties(ctx, p)]
        if not goods_ok or not dests:
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _PREVENT:
            continue  # "U.S. sanctions prohibit the export of goods from the United States to Iran": none made
        for o in {x.entity: x for x in origins}.values():
            for d in {x.entity: x for x in dests}.values():
                if o.entity != d.entity:
                    out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.noun", 0.7, sent, t))


_RECEIVE_VERBS = {"receive", "import", "buy", "purchase", "obtain", "acquire", "procure", "get"}
_SUPPLIER_NOUNS = {"supplier", "exporter", "provider", "seller", "source"}
_BUYER_NOUNS = {"buyer", "importer", "customer", "purchaser"}
_MORE_TRIGGERS = _RECEIVE_VERBS | _SUPPLIER_NOUNS | _BUYER_NOUNS | {
    "supply", "provide", "arm", "ship", "send", "deliver", "export", "transfer", "smuggle", "transport"}


def _goods_in(ctx, toks) -> bool:
    """True when ``toks`` name goods: a Weapon/Other mention (not technology) or a goods word."""
    for x in toks:
        m = ctx.m(x)
        if m is not None and m.type in ("Weapon", "Other") and m.cls != "Technology":
            return True
        if m is None and x.lower_ in _GOODS_WORDS - {"it", "them"} and x.pos_ == "NOUN":
            return True
    return False


def _took_delivery(ctx, sent, t: Token, out: list) -> None:
    """"Y took delivery of six drones from X" -> X SHIPPED_TO Y: the receiving subject of "take delivery",
    the goods after "of", the sender after "from" (on the verb or on "delivery").

    Parameters
    ----------
    t : Token
        A "delivery" token; nothing is added unless it is the object of "take" and names goods.
    out : list of Candidate
        Appended to.
    """
    v = t.head
    if not (t.dep_ == "dobj" and v.pos_ == "VERB" and v.lemma_.lower() == "take"):
        return
    goods = [q for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    if not goods or not _goods_in(ctx, [x for g in goods for x in g.subtree]):
        return
    dests = _subject_parties(ctx, v)
    origins = [x for h in (v, t, *goods) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
               for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
    for o in {x.entity: x for x in origins}.values():
        for d in {x.entity: x for x in dests}.values():
            if o.entity != d.entity:
                out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.took_delivery", 0.65, sent, v))


def _rule_shipped_more(ctx, sent, sm, out):
    """Other ways news says goods went from X to Y.

    - "X supplied / provided Y with shells" (the recipient as object, the goods after "with"),
    - "Y received / imported / bought shells from X", "China imported Iranian oil",
    - "X has been arming Y", "Russian troops arming Y" (weapons implied by the verb),
    - "the engines were shipped from X to Y" (passive, origin after "from" or "by"),
    - "X is a major supplier of drones to Y".
    """
    lem_sent = ctx.lemmas(sent)
    if not (lem_sent & (_MORE_TRIGGERS_OR_EXTRA)):
        return  # none of the verbs or nouns below
    if not any(m.type in ("Weapon", "Other") for m in sm) and not (lem_sent & (_EXTRA_OR_GOODS_WORDS)):
        return
    lw, toks = ctx.lemma_list(), ctx.tokens()
    # only a trigger word (or "bring", for "brought in") can start a candidate: their tokens, in one comprehension
    for t in [toks[i] for i in range(sent.start, sent.end) if lw[i] in _MORE_TRIGGERS or lw[i] == "bring"
              or lw[i] == "delivery"]:
        lem = t.lemma_.lower()
        if lem == "bring" and t.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children):
            lem = "import"  # "Y brought in 1.3 million barrels of fuel, mostly from X": an import
        if lem == "delivery":
            _took_delivery(ctx, sent, t, out)
            continue
        if lem not in _MORE_TRIGGERS:
            continue
        if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and lem in ("export", "ship", "send", "deliver", "supply",
                                                                      "transfer"):
            # "BIS determined that X exported engine components to Y": the parser made the verb a modifier of
            # the goods; read the words: the name just before the verb, the goods, "to" and the party after it
            sm_ = ctx.tok2m.get(t.i - 1)
            j = next((k for k in range(t.i + 1, min(sent.end, t.i + 10)) if toks[k].lower_ == "to"), None)
            if sm_ is not None and sm_.end == t.i and sm_.type in ("Organization", "Country") and j is not None \
                    and j + 2 < sent.end and _goods_in(ctx, toks[t.i + 1:j]):
                d = ctx.tok2m.get(j + 1 + (toks[j + 1].lower_ == "the"))
                if d is not None and d.type in _PARTY_TYPES and d.entity != sm_.entity:
                    out.append(Candidate(sm_, "SHIPPED_TO", d, "shipped_to.verb", 0.55, sent, t))
            continue
        origins: list[Mention] = []
        dests: list[Mention] = []
        rule = "shipped_to.verb"
        if t.pos_ == "VERB" and lem in ("supply", "provide", "arm") and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            objs = [c for c in t.children if c.dep_ in ("dobj", "dative")]
            with_goods = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for x in c.subtree]
            if lem != "arm" and not _goods_in(ctx, with_goods):
                continue
            origins = _subject_parties(ctx, t)
            if not origins and lem == "arm":  # "Russian troops arming X": the troops' country
                origins = [ctx.m(c) for st in _clause_subject_tokens(t) for c in st.children
                           if c.dep_ in ("amod", "compound") and ctx.m(c) is not None and ctx.m(c).type == "Country"]
            dests = [x for c in objs for x in _dest_parties(ctx, c)]
            dests += [ctx.m(x) for c in objs for x in c.children if x.dep_ == "poss" and ctx.m(x) is not None
                      and ctx.m(x).type in _PARTY_TYPES and not _dest_parties(ctx, c)]
        elif t.pos_ == "VERB" and lem in _RECEIVE_VERBS and not any(c.dep_ in ("auxpass", "nsubjpass")
                                                                   for c in t.children):
            goods = [c for c in t.children if c.dep_ == "dobj"]
            if not goods or not _goods_in(ctx, [x for g in goods for x in g.subtree]):
                continue
            dests = _subject_parties(ctx, t)
            origins = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                       for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
            if not origins:  # "imported tools worth $200 million from China": "from" hung on the object
                origins = [x for g in goods for c in g.subtree if c.dep_ == "prep" and c.lower_ == "from"
                           and c.head.pos_ != "PROPN"
                           for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
            for g in goods:
                gm = ctx.m(g)
                if gm is not None:
                    origins += _cargo_origins(ctx, gm)
                elif g.lower_ in ("barrels", "tonnes", "tons", "bpd", "units", "worth", "volumes", "volume",
                                  "quantities", "amounts", "cargoes", "shipments", "lots", "consignments"):
                    # "imported 1.5 million barrels a day / record volumes of Iranian oil": the cargo under the measure
                    origins += [x for q in g.subtree if (gm2 := ctx.m(q)) is not None and gm2.type == "Other"
                                and q.i == gm2.start for x in _cargo_origins(ctx, gm2)]
        elif t.pos_ == "VERB" and lem in ("ship", "send", "deliver", "export", "transfer", "smuggle",
                                          "transport") and any(c.dep_ == "auxpass" for c in t.children):
            goods = [c for c in t.children if c.dep_ == "nsubjpass"]
            if not goods or not _goods_in(ctx, [x for g in goods for x in g.subtree]):
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "agent":
                    origins += [x for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q)
                                if x.type in _PARTY_TYPES]
                    # "was shipped by X to Y": the parser may hang "to Y" on X
                    dests += [x for q in c.children if q.dep_ == "pobj" for pp in q.children
                              if pp.dep_ == "prep" and pp.lower_ == "to"
                              for z in pp.children if z.dep_ == "pobj" for x in _dest_parties(ctx, z)]
                if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into"):
                    dests += [x for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
        elif t.pos_ == "NOUN" and lem in _SUPPLIER_NOUNS and t.dep_ in ("attr", "oprd") and \
                t.head.lemma_ in ("be", "become", "remain"):
            of_goods = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.subtree]
            if not _goods_in(ctx, of_goods):
                continue
            origins = [x for c in t.head.children if c.dep_ == "nsubj" for x in ctx.mconj(c) if x.type in _PARTY_TYPES]
            for c in [*t.children, *[x for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for q in c.children for x in q.children]]:
                if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                    dests += [x for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
            # "Turkey is Ukraine's main supplier of drones": the possessor receives
            dests += [ctx.m(c) for c in t.children if c.dep_ == "poss" and ctx.m(c) is not None
                      and ctx.m(c).type in _PARTY_TYPES]
            rule = "shipped_to.supplier"
        elif t.pos_ == "NOUN" and lem in _BUYER_NOUNS and t.dep_ in ("attr", "oprd") and \
                t.head.lemma_ in ("be", "become", "remain"):
            # "India became the largest buyer of Russian crude": the goods' origin ships to the subject
            of_goods = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.subtree]
            if not _goods_in(ctx, of_goods):
                continue
            dests = [x for c in t.head.children if c.dep_ == "nsubj" for x in ctx.mconj(c) if x.type in _PARTY_TYPES]
            origins = [o for x in of_goods if (gm := ctx.m(x)) is not None and gm.type in ("Weapon", "Other")
                       and x.i == gm.start for o in _cargo_origins(ctx, gm)]
            rule = "shipped_to.buyer"
        else:
            continue
        if any(c.lower_ in ("how", "whether", "if", "why") and c.dep_ in ("advmod", "mark") for c in t.children):
            continue  # "unable to determine how / whether X obtained ...": an open question, not a statement
        for o in {x.entity: x for x in origins if x is not None}.values():
            for d in {x.entity: x for x in dests if x is not None}.values():
                if o.entity != d.entity:
                    out.append(Candidate(o, "SHIPPED_TO", d, rule, 0.6, sent, t))


_MOVE = {"ship", "send", "deliver", "delivery", "export", "sell", "sale", "carry", "transport", "bind", "bound",
         "destine", "destined", "head", "headed", "supply", "fly", "arm", "reach", "transfer", "smuggle", "move",
         "way", "route", "shipment", "import", "divert", "travel", "take", "bring", "go", "load", "discharge",
         "transit", "provide", "dispatch", "ferry", "haul", "arrive", "flow", "consignment"}
_BUYERS = {"buyers", "buyer", "refiners", "refiner", "refineries", "refinery", "customers", "customer",
           "clients", "recipients", "markets", "market", "importers", "users", "traders", "destinations"}


def _inner_countries(ctx, m: Mention) -> list[Mention]:
    """Country mentions that start a longer cargo mention ("Kazakh crude", "Russian LNG"): the longest
    mention owns the token, so they are looked up among all mentions (an index made once per document)."""
    idx = getattr(ctx, "_country_at", None)
    if idx is None:
        idx = {}
        for x in ctx.ms:
            if x.type == "Country":
                idx.setdefault(x.start, []).append(x)
        ctx._country_at = idx
    return [x for x in idx.get(m.start, ()) if x.end < m.end and x.entity != m.entity]


def _cargo_origins(ctx, m: Mention) -> list[Mention]:
    """Where a cargo comes from: "Iranian oil", "Chinese-made drones", "made in China", "from Iran"."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    r = _root_in(ctx, m)
    out = []
    for c in r.children:
        cm = ctx.m(c)
        if cm is not None and cm.type in _PARTY_TYPES and c.dep_ in ("amod", "compound", "nmod", "poss") \
                and not (m.start <= c.i < m.end):
            out.append(cm)
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("make", "build", "produce", "manufacture", "design"):
            for pp in c.children:
                if pp.dep_ in ("prep", "agent") and pp.lower_ in ("in", "by"):
                    out += [x for q in pp.children for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
        if c.dep_ == "prep" and c.lower_ == "from" and not (
                r.dep_ == "dobj" and r.head.lemma_.lower() in ("buy", "purchase", "procure", "acquire", "source")):
            # (not "bought chips from U.S. distributors and shipped them to X": the seller, not the shipper)
            for q in c.children:
                out += [x for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
                out += [ctx.m(x) for x in q.children if x.dep_ == "poss" and ctx.m(x) and ctx.m(x).type in
                        _PARTY_TYPES]
    if _tk[m.start].text in gz.DEMONYMS or ctx.tok2m.get(m.start) is m and m.end - m.start > 1:
        out += _inner_countries(ctx, m)  # "Kazakh crude" named as one cargo: the demonym inside is its origin
    if r.dep_ in ("nsubj", "nsubjpass"):
        out += _predicate_origins(ctx, r.head)
    # "Chinese-made", "Iranian-supplied" just before the cargo (or its modifiers)
    k = r.left_edge.i
    for i in range(max(0, k - 1), min(m.start, len(doc))):
        if i + 2 < len(doc) and _tk[i + 1].text == "-" and _tk[i + 2].lower_ in ("made", "built", "manufactured",
                                                                                   "supplied", "origin", "produced"):
            cm = ctx.m(_tk[i])
            if cm is not None and cm.type in _PARTY_TYPES:
                out.append(cm)
    for i in range(m.start - 1, max(m.start - 6, -1), -1):  # modifiers left of the span
        cm = ctx.tok2m.get(i)
        # right before the cargo a country is its origin whatever the parse says ("Kazakh crude" as two objects)
        adjacent = i == m.start - 1 and cm is not None and cm.type == "Country" and cm.end == m.start
        if cm is not None and cm.type in _PARTY_TYPES and (_root_in(ctx, cm).dep_ in ("amod", "compound", "nmod",
                                                                                     "poss") or adjacent):
            out.append(cm)
            break
        if cm is not None:
            break  # another name stands between: "flagged in Sierra Leone, loaded crude"
        if _tk[i].pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB") or _tk[i].tag_ in ("VBZ", "VBD", "VBP"):
            break  # (not across a finite verb: "X Coast Guard cutter seizes rifles": the seizer, no origin)
    return list({x.entity: x for x in out}.values())


def _predicate_origins(ctx, v: Token) -> list[Mention]:
    """Origins said of goods in the predicate of the clause they are the subject of: "the drones were
    Iranian-made", "the engines are suspected to be Chinese-made", "the missiles were of Iranian origin"."""
    _tk = ctx.tokens()
    out = []
    for p in [v, *(c for c in v.children if c.dep_ == "xcomp")]:
        for c in p.children:
            if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _MADE_WORDS:
                if c.i >= 2 and _tk[c.i - 1].text == "-":  # "Iranian-made"
                    cm = ctx.tok2m.get(c.i - 2)
                    if cm is not None and cm.type in _PARTY_TYPES:
                        out.append(cm)
            elif c.dep_ == "prep" and c.lower_ == "of":  # "of Iranian origin"
                for q in c.children:
                    if q.dep_ == "pobj" and q.lower_ == "origin":
                        out += [cm for a in q.children if a.dep_ in ("amod", "compound")
                                and (cm := ctx.m(a)) is not None and cm.type in _PARTY_TYPES]
    return out


_TAKE_VERBS = {"take", "buy", "purchase", "import", "absorb", "receive", "snap", "lap", "scoop"}
"""What buyers do with a cargo ("refiners in India kept taking the barrels")."""


def _destinations(ctx, sent: Span) -> list[tuple[Mention, Token]]:
    out = []
    for t in ctx.toks(sent):
        if t.lower_ not in ("to", "for", "into", "towards", "toward"):
            continue
        conj_to = t.dep_ == "conj" and t.head.lower_ == t.lower_ and t.head.dep_ in ("prep", "dative")
        if t.dep_ not in ("prep", "dative") and not conj_to:
            continue
        if t.head.lower_ in ("according", "due", "thanks", "addition") or t.head.lower_ in _FLAG_TRIGGERS:
            continue  # "falsely flagged to X" names a registry, not a destination
        h = t.head.head if conj_to else t.head  # "to Syria and to Turkey"
        for _ in range(3):
            if h.lemma_.lower() in _MOVE or h.lower_ in _MOVE or h.lower_ in _BUYERS or h.head.i == h.i:
                break
            h = h.head
        hl = h.lemma_.lower()
        if not (hl in _MOVE or h.lower_ in _MOVE or h.lower_ in _BUYERS) and not (
                t.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MOVE and c.i < t.i
                                              for c in t.head.children)):
            continue  # ("arranged the sale of X to Y": the destination hangs on the verb, the move is its object)
        for q in t.children:
            if q.dep_ != "pobj":
                continue
            for x in [q, *q.conjuncts]:
                xm = ctx.m(x)
                if xm is not None and xm.type in _PARTY_TYPES:
                    out.append((xm, t))
                elif x.lower_ in _BUYERS:
                    for pp in x.children:
                        if pp.dep_ == "prep" and pp.lower_ == "in":
                            for y in pp.children:
                                out += [(z, t) for z in ctx.mconj(y) if z.type in _PARTY_TYPES]
                        elif pp.dep_ == "amod" and pp.text in gz.DEMONYMS and (z := ctx.m(pp)) is not None and \
                                z.type == "Country":
                            out.append((z, t))  # "crude bound for an Indian refinery"
    for t in ctx.toks(sent):  # "buyers in India and Turkey have kept taking the barrels": the buyers' countries
        if t.lower_ in _BUYERS and t.dep_ == "nsubj" and t.i not in ctx.tok2m:
            v = t.head
            xc = [c for c in v.children if c.dep_ == "xcomp"]
            if v.lemma_.lower() in _TAKE_VERBS or xc and xc[0].lemma_.lower() in _TAKE_VERBS:
                for pp in t.children:
                    if pp.dep_ == "prep" and pp.lower_ == "in":
                        out += [(z, v) for y in pp.children for z in ctx.mconj(y) if z.type in _PARTY_TYPES]
                    elif pp.dep_ in ("amod", "compound") and (z := ctx.m(pp)) is not None and z.type == "Country":
                        out.append((z, v))  # "Indian refiners kept buying Russian crude"
        elif t.lower_ in _BUYERS and t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent" and \
                t.head.head.lemma_.lower() in _TAKE_VERBS and t.i not in ctx.tok2m:
            # "almost all of it bought by Chinese refiners", "bought by buyers in India": the buyers' country
            v = t.head.head
            for pp in t.children:
                if pp.dep_ == "prep" and pp.lower_ == "in":
                    out += [(z, v) for y in pp.children for z in ctx.mconj(y) if z.type in _PARTY_TYPES]
                elif pp.dep_ in ("amod", "compound") and (z := ctx.m(pp)) is not None and z.type == "Country":
                    out.append((z, v))
        if t.lower_ in ("at", "with", "in") and t.dep_ == "prep" and t.head.lemma_.lower() == "end" and \
                any(c.dep_ == "prt" and c.lower_ == "up" for c in t.head.children):
            # "the oil ended up at independent refineries in Shandong, China", "ending up with buyers in China"
            for q in t.children:
                if q.dep_ != "pobj":
                    continue
                places = [q]
                if q.lower_ in _BUYERS:
                    places = [y for pp in q.children if pp.dep_ == "prep" and pp.lower_ == "in" for y in pp.children]
                for y in places:
                    for z in ctx.mconj(y):
                        if z.type in _PARTY_TYPES:
                            out.append((z, t))
                        elif z.type in ("Port", "Location") and (cm := _port_country(ctx, z, sent)) is not None:
                            out.append((cm, t))
        # "discharged it at Huanghua, in China's Hebei province", "carried X to Sikka in India": the
        # country a destination port lies in, stated right after it
        if t.lower_ in ("to", "at") and t.dep_ in ("prep", "dative") and (t.lower_ == "to" and t.head.lemma_.lower() in _MOVE or
                                                             t.head.lemma_.lower() in _DISCHARGE_VERBS):
            for q in t.children:
                pm = ctx.m(q) if q.dep_ == "pobj" else None
                if pm is None and q.dep_ == "pobj" and q.lower_ in gz.PORT_NOUNS:
                    # "to the Indian port of Sikka", "to Venezuela's Jose terminal": the port inside the phrase
                    pm = next((x for c in q.children for x in ([ctx.m(c)] if c.dep_ == "compound" else
                                                                [ctx.m(g) for g in c.children if g.dep_ == "pobj"]
                                                                if c.dep_ == "prep" and c.lower_ == "of" else [])
                               if x is not None and x.type == "Port"), None)
                if pm is not None and pm.type == "Port":
                    cm = _port_country(ctx, pm, sent)
                    if cm is not None:
                        out.append((cm, t))
    for t in ctx.toks(sent):  # "reached China", "arming Dravik's Northern Guard"
        if t.lemma_.lower() in ("reach", "arm", "enter") and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "dobj":
                    out += [(z, t) for z in ctx.mconj(c) if z.type in _PARTY_TYPES]
    return out


def _port_country(ctx, pm: Mention, sent: Span) -> Mention | None:
    """The country a place lies in when the text says so right after it: "Sikka in India", "Huanghua, in
    China's Hebei province", "Vadinar on India's west coast" (a Country mention within five tokens, with
    only commas, "in", "on", "the" and possessives between), or right before it: "the Indian port of Sikka",
    "Venezuela's Jose terminal"."""
    _tk = ctx.tokens()
    k = pm.start - 1
    if k - 2 >= sent.start and _tk[k].lower_ == "of" and _tk[k - 1].lower_ in gz.PORT_NOUNS:
        m = ctx.tok2m.get(k - 2)
        if m is not None and m.type == "Country":
            return m  # "the Indian port of Sikka"
    if k - 1 >= sent.start and _tk[k].text in ("'s", "’s"):
        m = ctx.tok2m.get(k - 1)
        if m is not None and m.type == "Country":
            return m  # "Venezuela's Jose terminal"
    k = pm.end
    while k < min(sent.end, pm.end + 5):
        m = ctx.tok2m.get(k)
        if m is not None:
            return m if m.type == "Country" else None
        if _tk[k].lower_ not in (",", "in", "on", "the"):
            return None
        k += 1
    return None


_NOT_GOODS = {"troops", "soldiers", "forces", "fighters", "mercenaries", "personnel", "diplomats", "officials",
              "delegation", "crew", "crews", "workers", "instructors", "advisers", "advisors", "students", "people",
              "citizens", "nationals", "refugees", "migrants", "experts", "engineers", "envoy", "envoys", "team",
              "teams", "investors", "tourists", "company", "companies", "firm", "firms", "authorities", "navy",
              # a company's parts and a club's players change hands without being shipped
              "unit", "units", "business", "businesses", "division", "subsidiary", "subsidiaries", "stake", "stakes",
              "share", "shares", "asset", "assets", "operation", "operations", "headquarters", "office", "offices",
              "brand", "brands", "right", "rights", "striker", "player", "players", "side", "club", "clubs",
              "passport", "passports", "antiquity", "antiquities", "artefacts", "artifacts", "delegation",
              "ambassador", "diplomat", "delegates", "prisoners", "hostages", "children", "refugee", "family"}
"""Nouns a demonym can modify that are no goods: "sent Russian troops to Syria" is no shipment."""
_MADE_WORDS = ("made", "built", "manufactured", "supplied", "origin", "produced")


def _goods_token_origins(ctx, t: Token) -> list[Mention]:
    """Origins of goods named by a plain noun the entity step left out: "Russian weapons", "Russian LPG",
    "a Chinese-made dual-use machine" (a Country modifier or "X-made" left of the noun)."""
    if t.i in ctx.tok2m or t.pos_ not in ("NOUN", "PROPN") or t.lower_ in _NOT_GOODS or t.lower_ in gz.SHIP_NOUNS \
            or t.lower_ in _BUYERS or t.lower_ in _PLACE_WORDS:
        return []
    if t.lemma_.lower() in _NOT_GOODS or any(c.dep_ == "poss" for c in t.children):
        return []  # "its German unit", "its Swiss headquarters": the shipper's own part, not goods
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    out = []
    for i in range(max(t.left_edge.i, t.i - 7), t.i):
        cm = ctx.tok2m.get(i)
        if cm is None or cm.type != "Country" or cm.end > t.i:
            continue
        made = cm.end + 1 < t.i and _tk[cm.end].text == "-" and _tk[cm.end + 1].lower_ in _MADE_WORDS
        if made or cm.text in gz.DEMONYMS and _tk[cm.end - 1].head.i in range(cm.end, t.i + 1) and \
                _tk[cm.end - 1].dep_ in ("amod", "compound", "nmod"):
            out.append(cm)
    return out


def _flow_origins(ctx, r: Token, origins: list[Mention]) -> list[Mention]:
    """Who ships goods whose head word is ``r``: a party subject of the moving verb outranks the goods'
    own origin ("Russia took out cargoes of Ukrainian grain to Syria": Russia ships); with no origin, the
    verb's "from X" ("transporting military cargo from Russia to Syria")."""
    t = r
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "cargoes of grain": the measure noun carries the role
    v, seen = t.head, 0
    while v.pos_ != "VERB" and v.head.i != v.i and seen < 3:
        v, seen = v.head, seen + 1  # "took out from P 14 cargoes": the parser may hang the goods on a preposition
    if v.pos_ == "VERB" and (v.lemma_.lower() in _MOVE or v.lower_ in _MOVE) and t.dep_ != "nsubj" and \
            v.lemma_.lower() not in _CARRY_VERBS:
        subj = [x for c in v.children if c.dep_ == "nsubj" and c.lower_ not in gz.SHIP_NOUNS
                for x in ctx.mconj(c) if x.type in _PARTY_TYPES]  # ("a Russian cargo ship delivered ...": a carrier)
        if subj and not any(x.i == t.i for c in v.children if c.dep_ == "nsubj" for x in c.subtree):
            return subj
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" and (
            t.head.lemma_.lower() in _MOVE or t.head.lower_ in _MOVE):
        v = t.head
        if not origins:
            return [x for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                    for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
    return origins


_CARRY_VERBS = {"carry", "transport", "ferry", "haul", "load", "discharge", "transit", "travel", "arrive", "go",
                "head", "reach", "bind", "bound", "fly", "move", "flow"}
"""Verbs whose subject is the carrier or the goods, not the shipper ("the ship carried Iranian oil to China")."""


def _dest_of(anchor: Token, t: Token) -> bool:
    """True when the destination preposition ``anchor`` belongs to goods word ``t``: on ``t`` itself, on a
    participle of it ("a machine bound for Y"), or on the verb ``t`` is the object of ("carried X to Y")."""
    h = anchor.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _PARTITIVES:
        t = t.head.head  # "most of these Russian cargoes were sold to X": the quantity word carries the role
    return h.i == t.i or (h.dep_ in ("acl", "amod", "relcl") and h.head.i == t.i) or (
        t.dep_ in ("dobj", "nsubjpass") and t.head.i == h.i) or (
        # "Russian propane cargoes mostly went to Turkey", "Iranian crude ended up at refineries in China"
        t.dep_ == "nsubj" and t.head.i == h.i and h.lemma_.lower() in _GOODS_GO_VERBS)


_GOODS_GO_VERBS = {"go", "head", "flow", "travel", "move", "end"}
"""Intransitive verbs whose subject is the goods that move ("the cargoes went to Turkey")."""


_PARTITIVES = {"most", "some", "all", "many", "part", "much", "half", "share", "bulk", "majority", "rest",
               "remainder", "one", "two", "three", "several", "none", "each"}
"""Quantity words before "of" + goods ("most of the cargoes")."""


_COURT_LEMMAS = frozenset({"charge", "indict", "accuse", "plead", "convict", "sentence", "arrest", "conspire",
                           "smuggle", "prosecute", "indictment", "complaint"})
"""Words of a charge or trial: the one accused exports the goods, whatever country made them."""


def _made_in(ctx, o: Mention) -> bool:
    """True when a country mention is where goods were made: "U.S.-made", "Chinese-manufactured"."""
    doc = ctx.doc
    return o.end + 1 < len(doc) and doc[o.end].text == "-" and doc[o.end + 1].lower_ in (
        "made", "manufactured", "built", "produced", "origin", "sourced") or \
        o.end < len(doc) and doc[o.end].lower_ in ("-made", "-manufactured", "-built", "-produced")


def _rule_cargo_flow(ctx, sent, sm, out):
    """Goods with an origin moving to a destination: "Iranian oil bound for China" -> Iran SHIPPED_TO China.

    A cargo named only in an earlier sentence does not count ("the cargo may
    have been bound for Malaysia"): its origin taken as the shipper was right 5
    times in 14 on the development set and an unseen batch. Goods the entity step left unnamed count with
    a country modifier ("carried Russian weapons to Sudan"); a party subject
    of the moving verb is the shipper ("Russia took ... Ukrainian grain to Syria").
    """
    cargo = [m for m in sm if m.type in ("Weapon", "Other") and m.cls != "Technology"
             and _root_in(ctx, m).dep_ != "compound"]  # "a drone manufacturer" is no drone cargo
    lem = ctx.lemmas(sent)
    plain = []
    if lem & _MOVE and any(m.type == "Country" for m in sm):  # an origin is a Country mention of the sentence
        plain = [(t, o) for t in ctx.toks(sent) if t.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj", "attr", "appos")
                 and (o := _goods_token_origins(ctx, t))]
    flows = {id(c): _flow_origins(ctx, _root_in(ctx, c), _cargo_origins(ctx, c)) for c in cargo}
    if not any(flows.values()) and not plain:
        return
    dests = _destinations(ctx, sent)
    if not dests:
        return
    court = bool(lem & _COURT_LEMMAS)
    for c in cargo:
        for o in flows[id(c)]:
            if court and _made_in(ctx, o):
                continue  # "X was charged with exporting U.S.-made drone engines to Iran": X exports, not the US
            for d, anchor in dests:
                if d.entity != o.entity:
                    out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.cargo_origin", 0.6, sent, anchor))
    for t, origins in plain:
        for d, anchor in dests:
            if not _dest_of(anchor, t):
                continue
            for o in _flow_origins(ctx, t, origins):
                if d.entity != o.entity:
                    out.append(Candidate(o, "SHIPPED_TO", d, "shipped_to.goods_origin", 0.5, sent, anchor))


# trade-document roles (waybills, customs records, bills of lading)
_SHIPPER_ROLES = {"shipper", "consignor", "sender", "exporter"}
_RECIPIENT_ROLES = {"consignee", "recipient", "receiver", "importer", "end-user"}


def _role_filler(ctx, r: Token) -> list[Mention]:
    """Who fills a role noun: "the consignee is X", "list the shipper as X", "the shipper, X,", "X, the shipper"."""
    out: list[Mention] = []
    if r.dep_ in ("nsubj", "nsubjpass") and r.head.lemma_ == "be":
        out += [x for c in r.head.children if c.dep_ in ("attr", "acomp", "oprd", "nsubj") and c.i > r.i
                for x in ctx.mconj(c)]  # "the consignee is X OOO", "the consignor is X" (misread as a subject)
    nxt = r.doc[r.i + 1] if r.i + 1 < len(r.doc) else None
    for c in [*r.children, *([nxt] if nxt is not None and nxt.head.i != r.i else [])]:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > r.i:  # "the shipper as X", "as" on the verb
            out += [x for q in c.children if q.dep_ == "pobj" for x in ctx.mconj(q)]
        if c.dep_ == "appos":
            out += ctx.mconj(c)
    if r.dep_ == "appos" and ctx.m(r.head) is not None:
        out.append(ctx.m(r.head))
    out = [m for m in out if m.type in _PARTY_TYPES]
    if not out:  # the surface, when the parse is tangled: "the shipper was X and the consignee was Y",
        out = _role_filler_after(ctx, r)  # "... and the consignee the Benghazi firm Y"
    return out


_ROLE_LINK_WORDS = {"is", "was", "are", "were", "be", "been", ":", "the", "a", "an", "listed", "named", "given",
                    "as", "—", "–", "-", "only", "simply", '"', "“"}


def _role_filler_after(ctx, r: Token) -> list[Mention]:
    """The party named right after a role noun in a record's wording ("the shipper is X", "the consignee
    the Benghazi firm Y"): within eight tokens, past a copula, articles, a colon and a describing noun
    phrase (whose place names are skipped), and before any other role noun or clause break.

    Parameters
    ----------
    r : Token
        A shipper or recipient role noun.

    Returns
    -------
    list of Mention
        The Organization or Country mention found, or ``[]``.
    """
    _tk = ctx.tokens()
    end = min(r.sent.end, r.i + 9)
    k = r.i + 1
    while k < end:
        m = ctx.tok2m.get(k)
        t = _tk[k]
        if m is not None:
            if m.type in _PARTY_TYPES and not (m.type == "Country" and m.end < end and _tk[m.end].pos_ == "NOUN"):
                return [m]
            if m.type in ("Location", "Port", "Country"):
                k = m.end  # "the Benghazi firm Y": a place that describes the party
                continue
            return []
        if t.lower_ in _SHIPPER_ROLES or t.lower_ in _RECIPIENT_ROLES or t.text in (";", ".") or \
                t.lower_ == "and" or t.pos_ == "VERB" and t.lemma_ != "be" and t.lower_ not in _ROLE_LINK_WORDS:
            return []  # (but 'the consignee is named only as "X"')
        if not (t.lower_ in _ROLE_LINK_WORDS or t.pos_ in ("NOUN", "ADJ") and t.is_lower or t.pos_ == "AUX"):
            return []
        k += 1
    return []


def _rule_consignment(ctx, sent, sm, out):
    """Shipper and consignee named in one sentence, or in two that follow each other: "the consignor is X
    ..., and the consignee is Y", "records list the shipper as X and the recipient as Y", "The consignor is
    X. The recipient is Y." -> X SHIPPED_TO Y."""
    lows = ctx.lemmas(sent)  # cached lemmas and lower-case forms
    prev = ctx._last_senders
    ctx._last_senders = None
    if not (lows & _SHIPPER_ROLES or lows & _RECIPIENT_ROLES):
        return
    senders, receivers = [], []
    for t in ctx.toks(sent):
        if t.pos_ != "NOUN":
            continue
        if t.lower_ in _SHIPPER_ROLES:
            senders += [(m, t) for m in _role_filler(ctx, t)]
        elif t.lower_ in _RECIPIENT_ROLES:
            receivers += [(m, t) for m in _role_filler(ctx, t)]
    if senders and not receivers:
        ctx._last_senders = (sent.end, senders)  # "The consignor is X. The recipient is Y."
        return
    if receivers and not senders and prev is not None and prev[0] == sent.start:
        senders = prev[1]
    for a, anchor in senders:
        for b, _ in receivers:
            if a.entity != b.entity:
                out.append(Candidate(a, "SHIPPED_TO", b, "shipped_to.consignment", 0.6, sent, anchor))


_SUPPORT_NOUNS = {"technology", "technologies", "assistance", "help", "support", "expertise", "know-how",
                  "training", "design", "designs", "licence", "license", "intelligence"}
_GIVE_VERBS = {"provide", "give", "offer", "supply", "transfer", "share", "sell", "license", "lend", "extend"}


def _rule_supplied(ctx, sent, sm, out):
    """Technology or help other than arms: "built with Chinese technology", "X provided assistance to Y"."""
    lem_sent = ctx.lemmas(sent)
    if not (lem_sent & _SUPPORT_NOUNS) and not ("know" in lem_sent or lem_sent & {"help", "assist"}):
        return  # no trigger word: nothing below can fire
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for t in ctx.toks(sent):
        if t.lower_ == "how" and t.i >= sent.start + 2 and _tk[t.i - 1].text == "-" and _tk[t.i - 2].lower_ == "know":
            pass  # "know-how", split by the tokenizer: the head is "how"
        elif t.pos_ == "VERB" and t.lemma_.lower() in ("help", "assist") and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            # "X helped Y with repairs of aircraft": help other than arms (dev README)
            origins = _subject_parties(ctx, t)
            recipients = [x for c in t.children if c.dep_ == "dobj" for x in _dest_parties(ctx, c)]
            if not _goods_in(ctx, [x for c in t.children if c.dep_ == "prep" for x in c.subtree]):
                for o in {x.entity: x for x in origins}.values():
                    for r in {x.entity: x for x in recipients}.values():
                        if o.entity != r.entity:
                            out.append(Candidate(o, "SUPPLIED", r, "supplied.help", 0.55, sent, t))
            continue
        elif t.lemma_.lower() not in _SUPPORT_NOUNS or t.pos_ != "NOUN":
            continue
        origins: list[Mention] = []
        recipients: list[Mention] = []
        for c in t.children:
            cm = ctx.m(c)
            if cm is not None and cm.type in _PARTY_TYPES and c.dep_ in ("amod", "compound", "poss", "nmod"):
                origins.append(cm)
            if c.dep_ == "prep" and c.lower_ == "from":
                origins += [x for q in c.children for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
            if c.dep_ == "prep" and (c.lower_ in ("to", "for") or (c.lower_ == "with" and t.head.lemma_ == "share")):
                recipients += [x for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
        h = t.head
        if t.dep_ == "pobj" and h.lower_ == "with" and h.head.lemma_.lower() in _GIVE_VERBS_OR_EXTRA:
            # "China supplied X with technology", "North Korea helped Russia with ...": the giver is the subject
            origins += _subject_parties(ctx, h.head)
            recipients += [x for c in h.head.children if c.dep_ == "dobj" for x in _dest_parties(ctx, c)]
        elif t.dep_ == "pobj" and h.lower_ in ("with", "using", "under") and h.head.pos_ in ("VERB", "AUX"):
            recipients += _subject_parties(ctx, h.head)  # "X built it with Chinese technology / under licence"
        if t.dep_ == "dobj" and h.lemma_.lower() in _GIVE_VERBS:
            origins += _subject_parties(ctx, h)
            for c in h.children:
                if c.dep_ in ("prep", "dative") and (c.lower_ in ("to", "for") or (
                        c.lower_ == "with" and h.lemma_.lower() == "share")):  # "sharing intelligence with Y"
                    recipients += [x for q in c.children if q.dep_ == "pobj" for x in _dest_parties(ctx, q)]
                if c.dep_ == "dative" and ctx.m(c) is not None:
                    recipients += [x for x in ctx.mconj(c) if x.type in _PARTY_TYPES]
        elif t.dep_ == "dobj" and h.lemma_.lower() in ("receive", "obtain", "get", "enjoy"):
            # "The rebels receive financial support from X": the subject is helped, "from" names the helper
            recipients += _subject_parties(ctx, h)
            origins += [x for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                        for q in c.children for x in ctx.mconj(q) if x.type in _PARTY_TYPES]
        for o in {x.entity: x for x in origins}.values():
            for r in {x.entity: x for x in recipients}.values():
                if o.entity != r.entity:
                    out.append(Candidate(o, "SUPPLIED", r, "supplied.support", 0.6, sent, t))


_OWNER_LEMMAS = frozenset({"buy", "acquire", "purchase", "register", "sell", "belong", "own", "operate", "manage",
                           "run", "control", "charter_no", "offload"})
_OWNER_FORMS = frozenset({"fleet", "interest", "management", "owner", "operator", "manager", "owners", "operators",
                          "managers", "shipowner", "buyer", "seller", "purchaser", "delivery"})
"""The words :func:`_rule_owner`'s token loop acts on: verb lemmas, and noun forms."""


_TAKEN_OVER = {"management": ("take", "assume", "acquire"), "delivery": ("take", "accept")}
"""Nouns whose taking makes the subject a ship's operator or owner, with the verbs that take them."""


_HELD_NOUNS = {"management", "ownership"}
_HELD_VERBS = {"pass", "transfer", "move", "go", "shift", "sit", "rest", "lie", "handle", "hand", "remain"}


def _management_held(ctx, sent, sm, out) -> None:
    """Who holds a ship's management or ownership, said of the noun: "Technical management of the tanker X has
    passed to Y", "Registered ownership of X now sits with Y", "Management of X is handled by Y", and "X
    sailed under the ownership of Y" -> Y OWNS_OR_OPERATES X.

    Read on the words, not the parse (the small model often hangs "has passed" on the ship's name): the
    noun, "of", the ship within three words, then within six words a verb of :data:`_HELD_VERBS` and "to",
    "with" or "by" before the organisation; or "under (the) ownership/management of" an organisation after
    the nearest ship named before it in the sentence.

    Parameters
    ----------
    sm : list of Mention
        The sentence's mentions.
    out : list of Candidate
        Appended to.
    """
    _tk = ctx.tokens()
    vessels = [m for m in sm if m.type == "Vessel"]
    for i in range(sent.start, sent.end - 2):
        if _tk[i].lower_ in _HELD_NOUNS and _tk[i + 1].lower_ != "of" and _tk[i].dep_ in ("nsubj", "nsubjpass") \
                and _tk[i].head.lemma_.lower() in _HELD_VERBS:
            # "Its technical management passed to Y" (its: the ship named last), "Registered ownership now sits
            # with Y" (the story's ship, when the sentence names none)
            ships = [v for c in _tk[i].children if c.dep_ == "poss" for v in _vessel_tok(ctx, c, vessels)]
            if not ships and not vessels and ctx.last_single is not None and ctx.last_single.type == "Vessel" \
                    and all(c.lower_ == "the" or c.dep_ in ("amod", "compound") for c in _tk[i].children if c.i < i):
                ships = [ctx.last_single]
            v = _tk[i].head
            # ("passed from X to Y": the parser may hang "to Y" on "from"; X held it until then, Y holds it now)
            preps = [c for c in v.children if c.dep_ in ("prep", "agent")]
            preps += [c for p in preps if p.lower_ == "from" for c in p.children if c.dep_ == "prep"]
            holders = [m for c in preps if c.lower_ in ("to", "with", "by", "from")
                       for q in c.children if q.dep_ == "pobj" for m in [ctx.m(q) or _org_tok(ctx, q)]
                       if m is not None and m.type == "Organization"]
            if any(c.lower_ != "from" for c in preps if c.lower_ in ("to", "with", "by")) or len(holders) == 1:
                for o in {m.entity: m for m in holders}.values():
                    for ship in ships:
                        out.append(Candidate(o, "OWNS_OR_OPERATES", ship, f"owner.{_tk[i].lower_}", 0.65, sent, v))
            continue
        if _tk[i].lower_ in _HELD_NOUNS and _tk[i].dep_ == "pobj" and _tk[i].head.lower_ == "under" and \
                _tk[i + 1].lower_ != "of":
            # "two tankers under X's management, the A and the B", "the A, under X's ownership since 2022"
            o = next((m for c in _tk[i].children if c.dep_ == "poss" for m in [ctx.m(c)]
                      if m is not None and m.type == "Organization"), None)
            if o is not None:
                for ship in _vessel_tok(ctx, _tk[i].head.head, vessels):
                    out.append(Candidate(o, "OWNS_OR_OPERATES", ship, f"owner.{_tk[i].lower_}", 0.6, sent, _tk[i]))
            continue
        if _tk[i].lower_ not in _HELD_NOUNS or _tk[i + 1].lower_ != "of":
            continue
        if i > sent.start + 1 and _tk[i - 1].lower_ in ("the", "its") and _tk[i - 2].lower_ == "under":
            # "under the ownership of (the) (Oslo-listed) Y"
            o = next((m for m in sm if m.type == "Organization" and i + 2 <= m.start <= i + 6 and all(
                _tk[x].lower_ == "the" or _tk[x].text == "-" or _tk[x].pos_ in ("ADJ", "VERB", "PROPN")
                and x not in ctx.tok2m or x in ctx.tok2m and ctx.tok2m[x].type in ("Location", "Country")
                for x in range(i + 2, m.start))), None)
            ships = [m for m in sm if m.type == "Vessel" and m.end <= i - 2]
            if o is not None and o.type == "Organization" and ships:
                out.append(Candidate(o, "OWNS_OR_OPERATES", ships[-1], f"owner.{_tk[i].lower_}", 0.6, sent, _tk[i]))
            continue
        v = next((m for m in sm if m.type == "Vessel" and i + 2 <= m.start <= i + 4), None)
        if v is not None:
            ships, end = [v], v.end
        else:  # "Technical management of both vessels has passed to Y": the ships the noun refers to
            ref = next((t for t in _tk[i + 2:min(sent.end, i + 5)] if t.lower_ in gz.SHIP_NOUNS or t.lower_ == "pair"),
                       None)
            if ref is None or any(x.lower_ not in ("the", "both", "two", "its", "their", "all", "three", "four",
                                                   "five", "these", "those") for x in _tk[i + 2:ref.i]):
                continue
            ships, end = ctx.vessel_ref(ref), ref.i + 1
        for k in range(end, min(sent.end - 1, end + 6)):
            if _tk[k].lemma_.lower() in _HELD_VERBS and _tk[k].pos_ in ("VERB", "AUX"):
                j = k + 1
                while j < sent.end and _tk[j].pos_ == "ADV":
                    j += 1  # "passed directly to"
                if j < sent.end - 1 and _tk[j].lower_ in ("to", "with", "by"):
                    j += 1 + (_tk[j + 1].lower_ == "the")
                    p = ctx.tok2m.get(j)
                    if p is not None and p.type in ("Location", "Country") and p.end + 2 < sent.end and \
                            _tk[p.end].text == "-" and _tk[p.end + 1].lower_ in ("based", "registered"):
                        j = p.end + 2  # "passed to Mumbai-based Y"
                    o = ctx.tok2m.get(j)
                    if o is not None and o.type == "Organization" and o.start == j:
                        for v in ships:
                            out.append(Candidate(o, "OWNS_OR_OPERATES", v, f"owner.{_tk[i].lower_}", 0.65, sent,
                                                 _tk[k]))
                break


def _owner_ordered(ctx, sent: Span, out: list[Candidate]) -> None:
    """A line's ships by how they joined its fleet: "the X, the largest ship ever ordered by Y" and "the X,
    which Y put into service last year" make Y the owner or operator (rule ``owner.ordered``)."""
    for t in ctx.toks(sent):
        lem = t.lemma_.lower()
        if lem == "order" and t.dep_ == "acl" and t.tag_ == "VBN":
            noun = t.head  # "the largest cruise ship ever ordered by Y", hung on the ship's name
            ship = ctx.m(noun)
            if ship is None and noun.lower_ in gz.SHIP_NOUNS:  # the name the noun is set beside, after a comma
                ship = next((m for m in reversed(ctx.ms) if m.type == "Vessel" and sent.start <= m.end < noun.i and
                             noun.i - m.end <= 5 and ctx.doc[m.end].text == ","), None)
            orgs = [o for c in t.children if c.dep_ == "agent" for q in c.children for o in ctx.mconj(q)]
        elif lem == "put" and t.dep_ == "relcl" and any(
                c.dep_ == "prep" and c.lower_ == "into" and any(q.lower_ == "service" for q in c.children)
                for c in t.children) and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in t.children):
            ship = ctx.m(t.head)
            orgs = [o for c in t.children if c.dep_ == "nsubj" for o in ctx.mconj(c)]
        else:
            continue
        if ship is not None and ship.type == "Vessel":
            for o in orgs:
                if o.type == "Organization":
                    out.append(Candidate(o, "OWNS_OR_OPERATES", ship, "owner.ordered", 0.6, sent, t))


def _owner_went_to(ctx, sent: Span, vessels: list[Mention], out: list[Candidate]) -> None:
    """A ship sale in the trade press's words: "The A and the B went to Dubai-registered X for a combined $51m"
    -> X OWNS_OR_OPERATES A and B (rule ``owner.went_to``). Only with a price ("for $51m", "for about 21
    million euros") on the verb, so that "went to X Shipyard for repairs" is no sale.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
    vessels : list of Mention
        The sentence's ships.
    out : list of Candidate
        Appended to.
    """
    for t in ctx.toks(sent):
        if t.lemma_.lower() != "go" or t.pos_ != "VERB":
            continue
        price = any(c.dep_ == "prep" and c.lower_ == "for" and any(
            x.ent_type_ == "MONEY" or x.text in ("$", "€", "£") or x.lower_ in ("million", "m", "bn")
            for x in c.subtree) for c in t.children)
        if not price:
            continue
        buyers = [m for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for q in c.children
                  if q.dep_ == "pobj" for m in ctx.mconj(q) if m.type == "Organization"]
        ships = [v for c in t.children if c.dep_ == "nsubj" for v in _vessel_tok(ctx, c, vessels)]
        for b in buyers:
            for v in {x.entity: x for x in ships}.values():
                out.append(Candidate(b, "OWNS_OR_OPERATES", v, "owner.went_to", 0.6, sent, t))


def _rule_owner(ctx, sent, sm, vessels, out):
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if "flagship" in ctx.lemmas(sent) and any(m.type == "Vessel" for m in sm):
        _owner_flagship(ctx, sent, sm, out)
    orgs = [m for m in sm if m.type == "Organization"]
    if orgs and (any(c in ctx.sent_text(sent) for c in ":—–") or sent.start > 0 and _tk[sent.start - 1].text in (
            ":", "—", "–")):  # (the parser may end a sentence at a record's colon: "Registered owner:" | "X Inc.")
        _owner_field(ctx, sent, sm, out)
    if any(m.type == "Vessel" for m in sm):
        _owner_navy(ctx, sent, sm, out)
        _owner_possessive_ref(ctx, sent, sm, out)
        if orgs and ctx.lemmas(sent) & {"order", "put"}:
            _owner_ordered(ctx, sent, out)
        if not orgs and ctx.lemmas(sent) & {"company", "firm", "shipowner"}:
            orgs = [None]  # "The Greek company operates the A and the B": the company named before
    if not orgs:
        return
    if "go" in ctx.lemmas(sent) and any(m.type == "Vessel" for m in sm):
        _owner_went_to(ctx, sent, vessels, out)
    if ctx.lemmas(sent) & _HELD_NOUNS and (any(m.type == "Vessel" for m in sm) or ctx.last_single is not None or
                                           ctx.last_group):
        _management_held(ctx, sent, sm, out)
    if any(m.type == "Vessel" for m in sm):  # both readings need a ship named in the sentence
        for o in orgs:  # "HMS A, a patrol vessel of the Royal Navy", "the French Navy, whose patrol vessel V"
            if o is not None and o.cls not in _NOT_OWNER_CLASSES:
                _fleet_ship_of(ctx, sent, o, out)
    # "the Northland Navy's Storm-class destroyer Kaldovsk"
    for o in orgs:
        if o is not None and o.end < sent.end and _tk[o.end].text in ("'s", "’s"):
            for v in sm:
                if v.type == "Vessel" and 0 < v.start - o.end <= 6 and all(
                        _tk[x].i not in ctx.tok2m and _ship_modifier(_tk[x]) for x in range(o.end + 1, v.start)):
                    out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.possessive", 0.7, sent, _tk[o.end]))
            # "the Halvorsen Marine Institute's research vessel" (named before): the one ship it refers back to
            k = o.end + 1
            while k < sent.end and k - o.end <= 4 and k not in ctx.tok2m and _tk[k].lower_ not in gz.SHIP_NOUNS \
                    and _ship_modifier(_tk[k]):
                k += 1
            if k < sent.end and _tk[k].lower_ in gz.SHIP_NOUNS and not _tk[k].lower_.endswith("s") \
                    and _tk[k].pos_ == "NOUN" and _named_after_noun(ctx, _tk[k]) is None and \
                    not any(v.type == "Vessel" and v.start > o.end for v in sm):
                refs = [r for r in ctx.vessel_ref(_tk[k]) if r is not None]
                if len(refs) == 1:
                    out.append(Candidate(o, "OWNS_OR_OPERATES", refs[0], "owner.possessive_ref", 0.6, sent,
                                         _tk[o.end]))
    lw, fw, toks = ctx.lemma_list(), ctx.form_list(), ctx.tokens()
    # every branch below needs one of these words: only their tokens are visited
    for i in [i for i in range(sent.start, sent.end) if lw[i] in _OWNER_LEMMAS or fw[i] in _OWNER_FORMS]:
        lem = lw[i]  # the lemma, lower-cased
        w = toks[i]
        if w.pos_ == "VERB" and lem in ("buy", "acquire", "purchase", "register", "sell", "offload"):
            # ("X has offloaded its aframax Y": sold it, when the object is a ship; "offloaded its cargo" names none)
            _owner_other_verbs(ctx, sent, w, "sell" if lem == "offload" else lem, vessels, out)
            continue
        if w.lower_ == "fleet" and w.pos_ == "NOUN":
            _owner_fleet(ctx, sent, w, vessels, out)
        if w.pos_ == "VERB" and lem == "belong":
            _owner_belong(ctx, sent, w, vessels, out)
        elif w.pos_ == "NOUN" and w.lower_ == "interest" and w.head.lemma_.lower() in ("have", "hold"):
            _owner_interest(ctx, sent, w, vessels, out)
        elif w.pos_ == "VERB" and lem in ("own", "operate", "manage", "run", "control", "charter_no") and not (
                lem == "control" and ctx.lemmas(sent) & {"seize", "board", "capture", "hijack", "detain", "storm"}):
            passive = any(c.dep_ in ("auxpass", "agent") for c in w.children)
            orgs, ves = [], []
            if passive or w.dep_ in ("acl", "amod"):
                for c in w.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                        orgs += [x for q in c.children for x in [_org_tok(ctx, q) or _same_company(ctx, q, lem)] if x]
                    if c.dep_ == "prep" and c.lower_ in ("since", "after", "from") and passive:
                        # "has been managed since the sale by X": the agent hung on the time phrase
                        orgs += [x for q in c.children for pp in q.children if pp.dep_ == "prep" and pp.lower_ == "by"
                                 for r in pp.children for x in [_org_tok(ctx, r)] if x]
                    if c.dep_ == "nsubjpass":
                        ves += _vessel_tok(ctx, c, vessels)
                if not ves and passive and w.dep_ == "conj" and w.head.pos_ == "VERB":
                    # "A and B are owned by X and managed by Y": the ships of "owned" are Y's too
                    ves = [v for c in w.head.children if c.dep_ == "nsubjpass" for v in _vessel_tok(ctx, c, vessels)]
                if not ves:
                    ves = _vessel_of(ctx, w.head if w.dep_ in ("acl", "amod") else w, vessels)
                if not ves and orgs and w.dep_ == "acl" and w.head.lower_ in gz.SHIP_NOUNS and any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in w.children):
                    # "records list all three ships as owned by X": the ships the noun refers back to
                    ves = _vessel_tok(ctx, w.head, vessels)
                if not ves and orgs:  # "two cargo ships owned by X and managed by Y:" then one item per ship
                    noun = w.head.head if w.dep_ == "conj" and w.head.dep_ in ("acl", "amod") else w.head
                    if w.dep_ == "conj" and noun.lower_ not in gz.SHIP_NOUNS:
                        # "ships owned by X and managed by Y" with "managed" hung on the main verb
                        prev = [x for x in ctx.doc[sent.start:w.i] if x.lower_ in _OWNER_PARTICIPLES
                                and x.dep_ in ("acl", "amod") and x.head.lower_ in gz.SHIP_NOUNS]
                        noun = prev[-1].head if prev else noun
                    if w.dep_ in ("acl", "amod", "conj") and noun.lower_ in gz.SHIP_NOUNS:
                        ves = _listed_after(ctx, noun)
                if orgs and any(_tk[x].lower_ in ("both", "all") for x in range(max(sent.start, w.i - 2), w.i)):
                    ves = [v for v in vessels if v.start >= sent.start and v.end <= w.i] or ves  # "A and B, both owned by X"
                if not ves and orgs:  # '..., and "Y" is managed by X': the parser lost Y as the subject
                    near = [v for v in vessels if v.start >= sent.start and v.end <= w.i and w.i - v.end <= 4]
                    ves = near[-1:]
            else:
                sv = w  # "X, which owns and manages the A and B": "manages" shares the subject of "owns"
                if w.dep_ == "conj" and w.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                          for c in w.children) and \
                        w.head.lemma_.lower() in ("own", "operate", "manage", "run", "control"):
                    sv = w.head
                for c in [*w.children, *(x for x in sv.children if x.dep_ == "nsubj" and sv is not w)]:
                    if c.dep_ == "nsubj" and c.lower_ in ("which", "that") and sv.dep_ == "relcl":
                        ante = sv.head  # "X, which manages the Y"; "X, based in P, which manages the Y": not P
                        org = _org_tok(ctx, ante)
                        if org is None and ctx.m(ante) is not None and ctx.m(ante).type in ("Location", "Country"):
                            for _ in range(5):
                                if ante.dep_ not in ("pobj", "prep", "acl", "conj") or ante.head.i == ante.i:
                                    break
                                ante = ante.head
                                if (org := _org_tok(ctx, ante)) is not None:
                                    break
                        orgs += [org] if org is not None else []
                    elif c.dep_ == "nsubj":  # also "the Greek company operates six carriers": the company named before
                        orgs += [x for x in [_org_tok(ctx, c) or ctx.org_ref(c) or _company_ref(ctx, c)] if x]
                    if c.dep_ == "dobj":
                        ves += _vessel_tok(ctx, c, vessels)
                if not orgs and w.dep_ == "relcl" and w.head.lower_ in gz.SHIP_NOUNS and w.head.lower_.endswith("s") \
                        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in w.children):
                    # "X and two tankers it manages, A and B": the company named before in the sentence
                    before = [m for m in sm if m.type == "Organization" and m.end <= w.head.i]
                    n = _count(w.head)
                    k = w.i + 1
                    while k < sent.end and (_tk[k].text in (",", ":") or _tk[k].lower_ == "the"):
                        k += 1  # (", the A and the B")
                    listed = [m for m in sm if m.type == "Vessel" and m.start >= k]
                    listed = list({m.entity: m for m in listed}.values())
                    if before and n and len(listed) >= n and listed[0].start == k:
                        orgs, ves = [before[-1]], listed[:n]
                if orgs:
                    ves = _all_named_vessels(ctx, w) or ves  # "X, which manages all five vessels"
                if not orgs and w.dep_ in ("xcomp", "pcomp", "advcl") and lem != "run":
                    # "X denied owning the tanker", "X is believed to operate the tanker": the head's subject
                    orgs += [x for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")
                             for x in [_org_tok(ctx, c)] if x]
            for o in orgs:
                for v in ves:
                    out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.verb", 0.7, sent, w))
        elif w.pos_ == "NOUN" and w.dep_ == "dobj" and w.head.lemma_.lower() in _TAKEN_OVER.get(w.lower_, ()):
            # "X took over (day-to-day) management of the Y"; "X took delivery of the tankers A and B": a new
            # ship's owner (shipyards hand ships over so)
            ves = [v for c in (*w.children, *(x for x in w.head.children if x.i > w.i))  # ("took delivery last
                   if c.dep_ == "prep" and c.lower_ == "of"  # month of the Y": "of" hung on the verb)
                   for q in c.children for v in _vessel_tok(ctx, q, vessels)]
            orgs = [x for c in w.head.children if c.dep_ == "nsubj" for x in [_org_tok(ctx, c)] if x]
            for o in orgs:
                for v in ves:
                    out.append(Candidate(o, "OWNS_OR_OPERATES", v, f"owner.{w.lower_}", 0.65, sent, w))
        elif w.pos_ == "NOUN" and w.lower_ in ("owner", "operator", "manager", "owners", "operators", "managers",
                                                "shipowner", "buyer", "seller", "purchaser"):
            ves, orgs = [], []
            for c in w.children:
                if c.dep_ == "poss":
                    ves += _vessel_tok(ctx, c, vessels)
                if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                    for q in c.children:
                        ves += _vessel_tok(ctx, q, vessels)
                        if q.lower_ in gz.SHIP_NOUNS:  # "manager of vessels including the A, the B and the C"
                            ves += [x for pp in q.children if pp.dep_ == "prep" and pp.lower_ in ("including", "like")
                                    for r in pp.children for x in ctx.mconj(r) if x.type == "Vessel"]
                        if _vessel_tok(ctx, q, vessels):  # "the manager of the tanker X, Y Ltd, said"
                            orgs += [x for a in q.children if a.dep_ == "appos" for x in [_org_tok(ctx, a)] if x]
                            orgs += [x for a in q.children if a.dep_ == "appos" and ctx.m(a) is not None
                                     and ctx.m(a).type == "Vessel" for b in a.children if b.dep_ == "appos"
                                     for x in [_org_tok(ctx, b)] if x]  # Y hung on the name X
                if c.dep_ == "poss" and c.lower_ == "whose":  # "the tanker X, whose owner Y Ltd ..."
                    near = [v for v in vessels if v.start >= sent.start and v.end <= c.i and c.i - v.end <= 3]
                    ves += near[-1:]
                if c.dep_ == "appos":
                    orgs += [x for x in [_org_tok(ctx, c)] if x]
                if c.dep_ == "acl":  # "the Pelican Dawn's manager, listed as Doha-based X"
                    for pp in c.children:
                        if pp.dep_ == "prep" and pp.lower_ == "as":
                            orgs += [x for q in pp.children for x in [_org_tok(ctx, q)] if x]
            h = w.head
            # "lists the vessel's registered owner as X and its ISM manager as Y": the "as" on the noun itself
            orgs += [x for pp in w.children if pp.dep_ == "prep" and pp.lower_ == "as"
                     for q in pp.children if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x]
            if w.dep_ in ("nsubj",) and h.lemma_ == "be":
                orgs += [x for c in h.children if c.dep_ == "attr" for x in [_org_tok(ctx, c)] if x]
            if w.dep_ == "attr" and h.lemma_ == "be":
                orgs += [x for c in h.children if c.dep_ == "nsubj" for x in [_org_tok(ctx, c)] if x]
            if w.dep_ == "appos":
                orgs += [x for x in [_org_tok(ctx, h)] if x]
            if w.dep_ == "compound" and (hm := ctx.m(h)) is not None and hm.type == "Organization" \
                    and hm.start == w.i + 1 and any(c.dep_ == "poss" for c in w.children):
                orgs.append(hm)  # "whose owner Y Ltd", "its operator Y Ltd"
            if w.dep_ == "pobj" and h.lower_ == "as" and h.head.pos_ == "VERB":
                # "lists Y as the vessel's owner", "Y is listed as the owner of the tanker X" (with an object, the
                # subject is who lists: "Equasis lists Y as the owner")
                has_obj = any(c.dep_ == "dobj" for c in h.head.children)
                orgs += [x for c in h.head.children if c.dep_ in (("dobj",) if has_obj else ("nsubjpass", "nsubj"))
                         for x in [_org_tok(ctx, c)] if x]
            if w.dep_ in ("nsubj", "nsubjpass") and h.pos_ == "VERB":
                # "the tanker's manager is listed as Y"
                orgs += [x for pp in h.children if pp.dep_ == "prep" and pp.lower_ == "as"
                         for q in pp.children for x in [_org_tok(ctx, q)] if x]
            if w.dep_ == "pobj" and h.lower_ == "to" and h.head.lower_ == "according":
                for c in h.head.head.children if False else []:
                    pass
            if not orgs and w.i + 2 < sent.end and _tk[w.i + 1].lemma_ == "be":
                # "its registered owner is X Ltd" with the parse lost in a coordination
                k = w.i + 2 + (_tk[w.i + 2].lower_ == "the")
                o = ctx.tok2m.get(k)
                if o is not None and o.type == "Organization" and o.start == k:
                    orgs.append(o)
            if ves:  # "the manager of the A and the B" with B parsed as a conjunct of "manager"
                ves += [x for c in w.conjuncts if ctx.m(c) is not None for x in ctx.mconj(c) if x.type == "Vessel"]
                ves += _and_of_vessels(ctx, w, sent, vessels)
            other_poss = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and ctx.m(c) is None
                             and c.lower_ not in gz.SHIP_NOUNS for c in w.children)
            if not ves and orgs and vessels and len(vessels) == 1 and not other_poss and not any(
                    c.dep_ == "prep" and c.lower_ in ("of", "for") for c in w.children) and \
                    w.lower_ not in ("buyer", "seller", "purchaser"):  # a buyer of what? only the ship's, stated
                # "its owner, X": but not "X, the operator of the Khalifa Port terminal", "the cable's operator, X"
                ves = list(vessels)
            if not ves and orgs and len(vessels) >= 2 and not other_poss and \
                    any(c.dep_ == "poss" and c.lower_ == "their" for c in w.children) and \
                    w.lower_ not in ("buyer", "seller", "purchaser"):
                ves = list(vessels)  # "designated the three ships, together with their manager, X": theirs
            if not ves and orgs and not vessels and ctx.last_single is not None and w.dep_ == "nsubj" and \
                    w.lower_ not in ("buyer", "seller", "purchaser") and \
                    not any(c.dep_ in ("det", "poss", "prep") for c in w.children) and \
                    all(x.dep_ == "amod" or x.i == w.i for x in ctx.doc[w.left_edge.i:w.i + 1]):
                # a record's bare label as a clause: "Registered owner is X Ltd; commercial manager is Y DMCC"
                ves = [ctx.last_single]
            if not ves and orgs and not vessels and ctx.last_single is not None and w.dep_ in ("nsubj", "nsubjpass") \
                    and w.lower_ not in ("buyer", "seller", "purchaser") and sent.start - ctx.last_single.end < 60 and not any(m.type == "Organization" and m.start < w.i
                                                                          for m in sm) and \
                    all(x.dep_ == "amod" or x.i == w.i or x.lower_ == "the" for x in ctx.doc[w.left_edge.i:w.i + 1]) \
                    and not any(c.dep_ in ("poss", "prep") for c in w.children):
                # "The registered owner is listed as X Inc." right after the ship is named: that ship's owner
                ves = [ctx.last_single]
            for o in orgs:
                for v in ves:
                    out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.noun", 0.65, sent, w))
    _owner_before_ship(ctx, sent, sm, out)
    if "responsible" in ctx.lemmas(sent):
        _responsible_for_ships(ctx, sent, out)
    if "respectively" in ctx.sent_text(sent):
        _respectively(ctx, sent, sm, out, "OWNS_OR_OPERATES", _RESPECTIVE_OWN)
    owners = [c for c in out if c.predicate == "OWNS_OR_OPERATES" and c.sent.start == sent.start]
    if owners:
        ctx.owner_roles = [(c.subject, c.anchor.lower_ if c.anchor is not None else "") for c in owners]


def _same_company(ctx, tok: Token, lem: str) -> Mention | None:
    """The firm "the same company/firm/operator" refers to: the owner or manager named in the last sentence
    that gave a vessel one, preferring the one named with the same role ("its operator is X ... the B is
    operated by the same company": X).

    Parameters
    ----------
    ctx : _Ctx
    tok : Token
        The noun after "by".
    lem : str
        The lemma of the owning verb (own, operate, manage ...).

    Returns
    -------
    Mention or None
    """
    if tok.lower_ not in ("company", "firm", "operator", "manager", "owner", "group") or \
            not any(c.lower_ == "same" for c in tok.children):
        return None
    roles = getattr(ctx, "owner_roles", None)
    if not roles:
        return None
    stem = lem[:5]  # "operate"/"operator", "manage"/"manager", "own"/"owner"
    return next((o for o, word in roles if word.startswith(stem)), roles[-1][0])


def _all_named_vessels(ctx, verb: Token) -> list[Mention]:
    """The vessels "all N vessels" (the object of ``verb``) stands for: every vessel the document names, when
    there are exactly N of them ("Y LLC, which manages all five vessels", with the five listed nearby).

    Parameters
    ----------
    ctx : _Ctx
    verb : Token
        An own/operate/manage verb.

    Returns
    -------
    list of Mention
        One mention per vessel entity, or ``[]`` when the count is missing or does not match.
    """
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in gz.SHIP_NOUNS and c.lower_.endswith("s") and \
                any(x.lower_ == "all" for x in c.children):
            n = _count(c)
            named = list({m.entity: m for m in ctx.ms if m.type == "Vessel"}.values())
            if n is not None and len(named) == n:
                return named
    return []


_RESPECTIVE_OWN = {"own", "operate", "manage", "control", "run", "hold"}
_OWNER_NOUNS_PL = frozenset({"owners", "operators", "managers", "shipowners"})
_RESPECTIVE_FLAG = {"flag", "register", "fly", "sail"}
_RESPECTIVE_TYPES = {"OWNS_OR_OPERATES": ("Organization", "Vessel"), "FLAGGED_IN": ("Vessel", "Country"),
                     "VISITED": ("Vessel", "Port")}


def _respectively(ctx, sent: Span, sm: list[Mention], out: list[Candidate], pred: str, verbs: set[str]) -> None:
    """ "A Ltd, B Inc. and C Corp. own the X, the Y and the Z, respectively", "the X and the Y are flagged in
    Panama and Liberia, respectively": pair the two lists in order, replacing this sentence's all-pairs guesses.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        A sentence with the word "respectively".
    sm : list of Mention
        The sentence's mentions.
    out : list of Candidate
        The sentence's candidates so far; ``pred`` candidates of this sentence are replaced when the lists pair.
    pred : str
        OWNS_OR_OPERATES, FLAGGED_IN or VISITED.
    verbs : set of str
        Lemmas of the verb between the two lists.
    """
    toks = ctx.toks(sent)
    resp = next((t.i for t in toks if t.lower_ == "respectively"), None)
    verb = next((t for t in toks if t.lemma_.lower() in verbs and (t.pos_ in ("VERB", "AUX") or
                                                                  t.lower_ in ("flagged", "registered"))), None)
    noun = None
    if verb is None and pred == "OWNS_OR_OPERATES" and resp is not None:
        # "A and B, the registered owners of the X and the Y respectively": the post noun instead of a verb
        noun = next((t for t in toks if t.lower_ in _OWNER_NOUNS_PL and t.i < resp and
                     any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
    if resp is None or (verb is None and noun is None) or (verb or noun).i > resp:
        return
    a_type, b_type = _RESPECTIVE_TYPES[pred]

    def run(kind: str, lo: int, hi: int) -> list[Mention]:
        got = {}
        for m in sm:
            if m.type == kind and lo <= m.start and m.end <= hi and m.entity not in got:
                got[m.entity] = m
        return sorted(got.values(), key=lambda m: m.start)

    if noun is not None:
        right = run("Vessel", noun.i, resp)
        left = run("Organization", max(sent.start, noun.i - 16), noun.i)[-len(right):] if right else []
        if len(left) >= 2 and len(left) == len(right):
            out[:] = [c for c in out if not (c.predicate == pred and c.sent.start == sent.start)]
            for s_, o_ in zip(left, right):
                out.append(Candidate(s_, pred, o_, "respectively", 0.75, sent, noun))
        return
    passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children) or \
        (verb.i + 1 < sent.end and ctx.doc[verb.i + 1].lower_ == "by")
    if pred == "OWNS_OR_OPERATES" and passive:  # "the X and the Y are owned by A and B, respectively"
        left, right = run("Vessel", sent.start, verb.i), run("Organization", verb.i, resp)
        if not right and resp - verb.i <= 2:  # "owned respectively by A and B": the list follows the word
            right = run("Organization", resp, sent.end)
        if not left and any(t.lower_ in ("they", "both") and t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i
                            for t in toks):
            left = sorted(ctx.last_group, key=lambda m: m.start)  # "They are owned respectively by A and B"
        pairs = list(zip(right, left))
    else:
        left, right = run(a_type, sent.start, verb.i), run(b_type, verb.i, resp)
        if not right and resp - verb.i <= 3:  # "are flagged respectively in A and B"
            right = run(b_type, resp, sent.end)
        if not left and a_type == "Vessel" and any(t.lower_ in ("they", "both") and t.dep_ in ("nsubj", "nsubjpass")
                                                   and t.i < verb.i for t in toks):
            left = sorted(ctx.last_group, key=lambda m: m.start)  # "They fly the A and B flags, respectively"
        pairs = list(zip(left, right))
    if len(left) < 2 or len(left) != len(right):
        return
    out[:] = [c for c in out if not (c.predicate == pred and c.sent.start == sent.start)]
    for s_, o_ in pairs:
        out.append(Candidate(s_, pred, o_, "respectively", 0.75, sent, verb))


_FLAGSHIP_OWNER_NOUNS = {"company", "firm", "line", "operator", "shipowner", "group", "carrier", "owner"}


def _owner_flagship(ctx, sent: Span, sm: list[Mention], out: list[Candidate]) -> None:
    """ "Y Lines' flagship, the X", "Y said the company's new flagship, the 2,400-guest X, ...": the possessor
    of a flagship named in apposition owns or operates it ("its flagship" is left alone: the company meant
    is often not the one named last).

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        A sentence with the word "flagship" and a vessel mention.
    sm : list of Mention
        The sentence's mentions.
    out : list of Candidate
        Gets one OWNS_OR_OPERATES candidate (rule ``owner.flagship``) per flagship whose owner is found.
    """
    _tk = ctx.tokens()
    if "flagship" not in ctx.lemmas(sent):  # lemmas and lower-case forms
        return
    for t in ctx.toks(sent):
        if t.lower_ != "flagship" or t.pos_ != "NOUN" or t.i + 1 >= sent.end or _tk[t.i + 1].text != ",":
            continue
        ves = next((m for m in sm if m.type == "Vessel" and t.i < m.start <= t.i + 8), None)
        if ves is None or any(_tk[k].text in (";", ".") or _tk[k].pos_ == "VERB" for k in range(t.i + 1, ves.start)):
            continue
        owner = None
        for c in t.children:
            if c.dep_ != "poss":
                continue
            m = ctx.m(c)
            if m is not None:
                owner = m if m.type == "Organization" else None
            elif c.lower_ in _FLAGSHIP_OWNER_NOUNS:  # "the line's flagship": the line named in this sentence
                owner = next((m for m in reversed(sm) if m.type == "Organization" and m.end <= c.i), None)
        if owner is not None and owner.type == "Organization":
            out.append(Candidate(owner, "OWNS_OR_OPERATES", ves, "owner.flagship", 0.65, sent, t))


_COMPANY_REF_WORDS = frozenset({"company", "firm", "shipowner", "operator"})


def _company_ref(ctx, tok: Token) -> Mention | None:
    """ "The (Greek) company operates six carriers": the company named last, in this or the previous sentence,
    when ``tok`` is a definite "company" / "firm" / "shipowner" and no sanctioning or state body is nearer."""
    if tok.lower_ not in _COMPANY_REF_WORDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lo = _prev_sent_start(ctx, tok.sent)
    lo = tok.sent.start if lo is None else lo
    for m in reversed(ctx.ms):
        if lo <= m.start < tok.i and m.type == "Organization":
            return None if _is_body(m) else m
    return None


def _and_of_vessels(ctx, w: Token, sent: Span, vessels: list[Mention]) -> list[Mention]:
    """The second ship of "the registered owner of A, a crude tanker flying the flag of Gabon, and of B",
    whose "and of B" the parser hangs on the verb: each "and of" + vessel after ``w`` in its clause."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    out = []
    for k in range(w.i + 2, sent.end - 1):
        if _tk[k].lower_ == "of" and _tk[k - 1].lower_ == "and" and _tk[k].head.i in (w.i, w.head.i):
            out += [x for q in _tk[k].children if q.dep_ == "pobj" for x in _vessel_tok(ctx, q, vessels)]
        elif _tk[k].text == ";":
            break
    return out


_NAVY_WORDS = {"navy", "naval", "force", "forces", "guard", "fleet", "flotilla", "squadron", "command"}
"""Words in the name of a body that has warships ("Maritime Self-Defense Force", "Western Naval Command")."""


def _navy_org(m: Mention | None) -> bool:
    return m is not None and m.type == "Organization" and bool(set(m.key.split()) & _NAVY_WORDS)


def _owner_navy(ctx, sent, sm, out):
    """A navy's ship told by its unit: "the destroyer X of the Maritime Self-Defense Force", "X, a patrol ship
    under the Western Naval Command", "the navy's patrol vessel X" (the one navy the article names)."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for v in sm:
        if v.type != "Vessel":
            continue
        r = doc[v.start:v.end].root
        heads = [r] + [c for c in r.children if c.dep_ == "appos" and c.lower_ in gz.SHIP_NOUNS]
        if r.dep_ == "appos" and r.head.lower_ in gz.SHIP_NOUNS:
            heads.append(r.head)
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "under"):
                    for q in c.children:
                        o = ctx.m(q)
                        if q.dep_ == "pobj" and _navy_org(o):
                            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.navy_unit", 0.6, sent, c))
        pre = _tk[v.start].text
        if pre in _NAVAL_PREFIX_NAVIES and v.end - v.start > 1:
            # "commanded the frigate HMS X" in a text that names the Royal Navy: the prefix says whose ship it is
            navies = {m.entity: m for m in ctx.ms if m.type == "Organization" and m.key in _NAVAL_PREFIX_NAVIES[pre]}
            if len(navies) == 1:
                out.append(Candidate(next(iter(navies.values())), "OWNS_OR_OPERATES", v, "owner.naval_prefix", 0.55,
                                     sent, _tk[v.start]))
        # "the navy's patrol vessel X"
        k = v.start - 1
        while k > sent.start and (_tk[k].lower_ in gz.SHIP_NOUNS or _tk[k].lower_ in _SHIP_TYPE_WORDS) \
                and k not in ctx.tok2m:
            k -= 1
        if k < v.start - 1 and k >= sent.start + 1 and _tk[k].text in ("'s", "’s") and \
                _tk[k - 1].lower_ in ("navy", "coastguard") and (k - 1) not in ctx.tok2m and \
                any(_tk[x].lower_ in gz.SHIP_NOUNS for x in range(k + 1, v.start)):
            navies = {m.entity: m for m in ctx.ms if m.type == "Organization" and "navy" in m.key.split()}
            if len(navies) == 1:
                out.append(Candidate(next(iter(navies.values())), "OWNS_OR_OPERATES", v, "owner.navy_ref", 0.55,
                                     sent, _tk[k - 1]))


_NAVAL_PREFIX_NAVIES = {
    "HMS": {"royal navy"}, "USS": {"navy of united states"}, "USNS": {"navy of united states"},
    "INS": {"navy of india", "navy of israel"}, "HMAS": {"royal australian navy"}, "HMCS": {"royal canadian navy"},
    "HMNZS": {"royal new zealand navy"}, "ROKS": {"navy of south korea"}, "FGS": {"navy of germany"},
    "JS": {"maritime self defense force of japan"}, "TCG": {"navy of turkey"}, "ITS": {"navy of italy"},
    "HNLMS": {"royal netherlands navy"}, "KNM": {"royal norwegian navy"}, "BNS": {"navy of bangladesh"},
    "PNS": {"navy of pakistan"}}
"""Ship prefixes of navies (each navy's own usage: HMS of the Royal Navy, USS of the United States Navy, INS of
the Indian and the Israeli navies, ...) -> the resolution keys of the navy's name: a ship so named is that navy's."""
_OWNER_PARTICIPLES = {"owned", "operated", "managed", "controlled", "run"}
_LISTED_WORDS = frozenset({"named", "listed", "designated", "sanctioned", "were", "are", "include", "included",
                           "including", "the", ":", ","})
"""Words between a plural "X-managed ships" and the list of their names ("... named were the A, the B")."""
_SHIP_TYPE_WORDS = {"crude", "oil", "product", "products", "chemical", "cargo", "container", "bulk", "lng", "lpg",
                    "gas", "research", "general", "-", "class", "aframax", "suezmax", "panamax", "vlcc", "ro-ro",
                    "landing", "patrol", "missile", "guided", "supply", "survey", "naval", "navy", "fishing"}
"""Words that may stand between an owner's name and a ship noun ("X's Udaloy-class destroyer", "X crude oil
tanker"); a general list of ship-type words."""


def _ship_modifier(tok: Token) -> bool:
    """A word that may stand between an owner's possessive and its ship: "X's Udaloy-class destroyer Y",
    "X's crude oil tanker Y", "X's sanctioned tanker Y"; not "X's seizure of the tanker Y"."""
    low = tok.lower_
    return low not in _OWNER_EVENT_WORDS and tok.pos_ not in ("ADP", "VERB", "AUX") and tok.text not in (",", ";")


_OWNER_EVENT_WORDS = {"seizure", "seizing", "capture", "detention", "attack", "designation", "boarding", "release",
                      "inspection", "interception", "strike", "sanctions", "sanctioning", "listing", "report", "data",
                      "statement", "investigation", "tracking", "analysis", "images", "imagery", "decision"}


def _owner_before_ship(ctx, sent, sm, out):
    """The organisation named right before a ship: "the Italian Navy frigate Y", "the X-owned tanker Y",
    "X-operated Y". Only ship nouns and ship-type words may stand between, so that "X seized the tanker Y"
    or "the OFAC-designated tanker Y" give nothing."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    vessels = [m for m in sm if m.type == "Vessel"]
    if not vessels:
        return
    for o in sm:
        if o.type == "Organization" and o.end < sent.end and (_appos_fleet_ship(ctx, sent, o, out) or
                                                              _tk[o.end].text in ("'s", "’s")):
            continue
        if o.type != "Organization" or o.end >= sent.end:
            continue
        k, rule, ship_noun = o.end, None, False
        if _tk[k].text == "-" and k + 1 < sent.end and _tk[k + 1].lower_ in _OWNER_PARTICIPLES:
            k, rule = k + 2, "owner.hyphen"  # "the X-owned tanker Y"
        elif o.end - o.start >= 1 and _tk[o.end - 1].lower_.endswith(tuple("-" + p for p in _OWNER_PARTICIPLES)):
            rule = "owner.hyphen"
        start = k
        while k < sent.end and k - start < 5 and k not in ctx.tok2m:
            low = _tk[k].lower_
            if low in gz.SHIP_NOUNS:
                ship_noun = True
            elif not (low in _SHIP_TYPE_WORDS or low.endswith("-class") or (_tk[k].text == "," and rule)
                      or (_tk[k].pos_ == "PROPN" and _tk[k + 1].text == "-" if k + 1 < sent.end else False)):
                break
            k += 1
        v = ctx.tok2m.get(k)
        if rule == "owner.hyphen" and ship_noun and _tk[k - 1].lower_.endswith("s") and (v is None or v.start != k):
            # "Among the X-managed ships named were the A, the B and the C": the ships the plural names
            j = k
            while j < min(sent.end, k + 6) and j not in ctx.tok2m and _tk[j].lower_ in _LISTED_WORDS:
                j += 1
            first = ctx.tok2m.get(j)
            if first is not None and first.type == "Vessel" and first.start == j and j > k:
                for w in ctx.mconj(_root_in(ctx, first)):
                    if w.type == "Vessel":
                        out.append(Candidate(o, "OWNS_OR_OPERATES", w, rule, 0.55, sent,
                                             _tk[max(o.end - 1, o.start)]))
            continue
        if v is None or v.type != "Vessel" or v.start != k:
            continue
        if rule is None:
            if not ship_noun or _tk[k - 1].lower_ not in gz.SHIP_NOUNS or _is_body(o):
                continue
            rule = "owner.compound"
        out.append(Candidate(o, "OWNS_OR_OPERATES", v, rule, 0.6, sent, _tk[max(o.end - 1, o.start)]))


_NOT_OWNER_CLASSES = ("MediaOrganization", "GovernmentAgency", "ResearchOrganization")
"""Organisation classes that do not own ships in news writing ("a tanker of the OFAC list" is none)."""


def _fleet_ship_of(ctx, sent, o: Mention, out) -> None:
    """A ship described as one of an organisation's fleet by the parse: "HMS A, a patrol vessel of the
    Royal Navy" (the organisation after "of" on a ship noun in apposition to the vessel), "the French Navy,
    whose patrol vessel V followed" (a ship noun whose possessor is "whose", hung on the organisation).
    Appends OWNS_OR_OPERATES (rule ``owner.fleet_of``).

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
    o : Mention
        An Organization mention of ``sent``, of a class that owns ships (not :data:`_NOT_OWNER_CLASSES`).
    out : list of Candidate
    """
    root = _root_in(ctx, o)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in gz.SHIP_NOUNS \
            and not root.head.head.lower_.endswith("s"):
        noun = root.head.head  # "a ... vessel of the PCG"
        v = ctx.m(noun.head) if noun.dep_ == "appos" else None
        if v is not None and v.type == "Vessel":
            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.fleet_of", 0.6, sent, noun))
        return
    for t in ctx.tokens()[root.i + 1:min(sent.end, o.end + 4)]:  # "X Navy, whose patrol vessel V"
        if t.lower_ == "whose" and t.dep_ == "poss" and t.head.lower_ in gz.SHIP_NOUNS:
            noun = t.head
            # the name right after the noun, or hung on it by the parse ("whose patrol vessel, the V,")
            names = [ctx.tok2m.get(noun.i + 1)] + [ctx.m(c) for c in noun.children
                                                   if c.dep_ in ("appos", "compound") and c.i > noun.i]
            v = next((m for m in names if m is not None and m.type == "Vessel"), None)
            if v is not None:
                out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.fleet_of", 0.6, sent, noun))
            return


def _appos_fleet_ship(ctx, sent, o: Mention, out) -> bool:
    """A ship named in apposition to an organisation's ship noun: "X Lines' largest ship, the ferry Y",
    "An Italian navy frigate, the ITS Y", "Two Royal Navy patrol ships, HMS A and HMS B", and the reverse
    "HMS A, a Royal Navy patrol ship". Appends OWNS_OR_OPERATES (rule ``owner.appos_ship``); True when
    one was found.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
    o : Mention
        An Organization mention of ``sent``.
    out : list of Candidate

    Returns
    -------
    bool
    """
    _tk = ctx.tokens()
    k = o.end
    poss = _tk[k].text in ("'s", "’s", "'", "’")
    if not poss and _is_body(o):
        return False  # "the OFAC-listed tanker, the Y": a body's, not an owner's
    k += poss
    start, noun = k, None
    while k < sent.end and k - start < 5 and k not in ctx.tok2m:
        low = _tk[k].lower_
        if low in gz.SHIP_NOUNS:  # any tag: the parser may take "frigate" for a verb; a comma and a name follow
            noun = _tk[k]
        elif not (low in _SHIP_TYPE_WORDS or low.endswith("-class") or low == "-" or
                  poss and _tk[k].pos_ in ("ADJ", "ADV") and low not in _OWNER_EVENT_WORDS):
            break
        k += 1
    if noun is None or noun.i != k - 1:
        return False
    got: list[Mention] = []
    if k + 1 < sent.end and _tk[k].text == ",":  # "..., the (ferry) Y" / "..., HMS A and HMS B"
        j = k + 1
        while j < sent.end and j - k < 5 and j not in ctx.tok2m and (
                _tk[j].lower_ in ("the", "a", "an", "-") or _tk[j].lower_ in gz.SHIP_NOUNS or
                _tk[j].lower_ in _SHIP_TYPE_WORDS or _tk[j].pos_ == "ADJ"):
            j += 1
        v = ctx.tok2m.get(j)
        if v is not None and v.type == "Vessel" and v.start == j:
            got = [x for x in ctx.mconj(_root_in(ctx, v)) if x.type == "Vessel"] if noun.lower_.endswith("s") \
                else [v]
    elif k < sent.end and not noun.lower_.endswith("s"):  # "the JMSDF destroyer \"Y\"", "Acme's tanker Y"
        j = k + (_tk[k].is_quote and k + 1 < sent.end)
        v = ctx.tok2m.get(j)
        if v is not None and v.type == "Vessel" and v.start == j:
            got = [v]
    if not poss and o.start >= 3 and _tk[o.start - 1].lower_ in ("a", "an") and _tk[o.start - 2].text == ",":
        v = ctx.tok2m.get(o.start - 3)  # "HMS A, a Royal Navy patrol ship"
        if v is not None and v.type == "Vessel":
            got.append(v)
    for v in got:
        out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.appos_ship", 0.6, sent, noun))
    return bool(got)


def _owner_interest(ctx, sent, w: Token, vessels: list[Mention], out):
    """Sanctions wording: "the vessel X, property in which Y has an interest", "Y holds an interest in X"."""
    verb = w.head
    orgs = [x for c in verb.children if c.dep_ == "nsubj" for x in [_org_tok(ctx, c)] if x]
    if not orgs:
        return
    ves = [x for pp in w.children if pp.dep_ == "prep" and pp.lower_ == "in" for q in pp.children
           for x in _vessel_tok(ctx, q, vessels)]
    if not ves and any(c.dep_ == "prep" and c.lower_ == "in" and any(q.lower_ == "which" for q in c.children)
                       for c in verb.children):
        near = [v for v in vessels if v.start >= sent.start and v.end <= verb.i]
        ves = near[-1:]
    for o in orgs:
        for v in ves:
            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.interest", 0.6, sent, w))


def _owner_fleet(ctx, sent, w: Token, vessels: list[Mention], out):
    """A company's fleet: "X's fleet includes the tankers A and B", "the tanker A is part of the fleet of X"."""
    orgs = [x for c in w.children if c.dep_ == "poss" for x in [_org_tok(ctx, c)] if x]
    orgs += [x for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
             if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x]
    if not orgs:
        return
    ves: list[Mention] = []
    h = w.head
    if w.dep_ == "nsubj" and h.lemma_.lower() in ("include", "comprise", "number"):
        ves = [x for c in h.children if c.dep_ == "dobj" for x in _vessel_tok(ctx, c, vessels)]
    elif w.dep_ == "pobj" and h.lower_ in ("of", "in", "to") and h.head.lower_ in ("part", "join", "joined") \
            or w.dep_ == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() in ("add", "join", "belong"):
        ves = [x for st in _clause_subject_tokens(h.head) for x in _vessel_tok(ctx, st, vessels)]
    elif w.dep_ == "pobj" and h.lower_ in ("in", "of", "from") and h.head.lower_ in gz.SHIP_NOUNS and \
            h.head.dep_ == "pobj" and h.head.head.lower_ == "of" and h.head.head.head.lower_ in ("one", "two", "three",
                                                                                            "four", "five", "some"):
        # "the tanker A is one of 12 vessels in the fleet of X": the subject of "is one of"
        one = h.head.head.head
        if one.dep_ in ("attr", "nsubj") and one.head.lemma_ == "be":
            ves = [x for c in one.head.children if c.dep_ == "nsubj" and c.i != one.i
                   for x in _vessel_tok(ctx, c, vessels)]
    for o in orgs:
        for v in ves:
            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.fleet", 0.6, sent, w))


def _owner_belong(ctx, sent, w: Token, vessels: list[Mention], out):
    """ "The tanker X belongs to Y", "a vessel belonging to Y"."""
    orgs = [x for pp in w.children if pp.dep_ == "prep" and pp.lower_ == "to"
            for q in pp.children for x in [_org_tok(ctx, q)] if x]
    if not orgs:
        return
    ves = [x for c in w.children if c.dep_ in ("nsubj", "nsubjpass") for x in _vessel_tok(ctx, c, vessels)]
    if not ves:
        ves = _vessel_of(ctx, w.head if w.dep_ in ("acl", "relcl") else w, vessels)
    if not ves:
        near = [v for v in vessels if v.start >= sent.start and v.end <= w.i]
        ves = near[-1:]
    for o in orgs:
        for v in ves:
            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.belong", 0.65, sent, w))


def _owner_possessive_ref(ctx, sent, sm, out) -> None:
    """ "the university's research boat X", "its tanker X": a ship named after a possessive that refers back
    to an organisation (a noun such as "the company's", or "its" with an organisation as antecedent) is that
    organisation's. Appends OWNS_OR_OPERATES candidates to ``out``."""
    _tk = ctx.tokens()
    for v in sm:
        if v.type != "Vessel":
            continue
        k = v.start - 1
        if k <= sent.start or _tk[k].lower_ not in gz.SHIP_NOUNS:
            continue  # no ship noun right before the name
        while k > sent.start and k not in ctx.tok2m and _tk[k].text not in ("'s", "’s") and \
                _tk[k].lower_ not in ("its", "their") and _ship_modifier(_tk[k]):
            k -= 1
        if _tk[k].text in ("'s", "’s") and k > sent.start and k - 1 not in ctx.tok2m and \
                _tk[k - 1].pos_ == "NOUN" and _tk[k - 1].lower_ in _ORG_REF:
            o = ctx.org_ref(_tk[k - 1])
        elif _tk[k].lower_ in ("its", "their") and _tk[k].dep_ == "poss":
            o = _its_org(ctx, _tk[k])
        else:
            continue
        if o is not None and o.type == "Organization" and o.cls != "MediaOrganization":
            # (a university's or an institute's research boat is theirs too)
            out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.possessive_ref", 0.6, sent, _tk[k]))


def _owner_other_verbs(ctx, sent, w: Token, lem: str, vessels, out):
    """Ownership from other verbs: "X bought / acquired the Y", "the Y is registered to X" (its
    registered owner); "belongs to" is :func:`_owner_belong`'s."""
    orgs, ves = [], []
    if lem in ("buy", "acquire", "purchase") and not any(c.dep_ in ("auxpass", "nsubjpass") for c in w.children):
        for c in w.children:
            if c.dep_ == "nsubj":
                orgs += [x for x in [_org_tok(ctx, c)] if x]
            if c.dep_ == "dobj":
                ves += _vessel_tok(ctx, c, vessels)
    elif lem in ("buy", "acquire", "purchase", "sell"):
        # "the tanker X was acquired by Y", "X was sold to Y", "Z sold the tanker X to Y": Y is the new owner
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in w.children)
        for c in w.children:
            if lem != "sell" and passive and c.dep_ == "agent":
                orgs += [x for q in c.children if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x]
            if lem == "sell" and c.dep_ in ("prep", "dative") and c.lower_ == "to":
                orgs += [x for q in c.children if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x]
            if lem == "sell" and c.dep_ == "advcl" and c.pos_ == "PROPN" and c.i > w.i:
                # "sold the tanker in January to B FZE": "to B" parsed as an infinitive clause
                orgs += [m for a in c.children if a.dep_ == "aux" and a.lower_ == "to"
                         for m in [ctx.tok2m.get(a.i + 1)] if m is not None and m.type == "Organization"]
            if lem == "sell" and c.dep_ == "prep" and c.lower_ in ("in", "under", "for"):
                # "was sold in a separate deal to Y", "sold for $18m to Y": "to" hung on the phrase between
                orgs += [x for q in c.children if q.dep_ == "pobj" for r in q.children
                         if r.dep_ == "prep" and r.lower_ == "to"
                         for p in r.children if p.dep_ == "pobj" for x in [_org_tok(ctx, p)] if x]
            if (passive and c.dep_ == "nsubjpass") or (lem == "sell" and not passive and c.dep_ == "dobj"):
                if lem == "sell" and c.lower_ == "it" and any(
                        m.type in ("Other", "Weapon") and m.sent == sent.start for m in ctx.ms):
                    continue  # "carried diesel to P, where it was sold to Y": "it" may be the cargo as well
                ves += _vessel_tok(ctx, c, vessels)
        if lem == "sell" and not ves and w.dep_ in ("relcl", "acl") and (hm := ctx.m(w.head)) is not None \
                and hm.type == "Vessel":
            ves = [hm]  # "the tanker X, which Y sold to Z", "the tanker X, sold by Y to Z"
        if lem == "sell" and not ves and w.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark"
                                                                   for c in w.children):
            # "A broker listed the X and the Y as sold to Z": the ships the listing names
            ves = [v for c in w.head.children if c.dep_ == "dobj" for v in _vessel_tok(ctx, c, vessels)]
            ves += [v for c in w.head.children if c.dep_ == "dobj" for cj in c.conjuncts
                    for a in cj.children if a.dep_ == "appos" for v in _vessel_tok(ctx, a, vessels)]
        if lem == "sell" and not ves:
            _sold_which(ctx, w, orgs, ves)
        if lem == "sell" and ves:
            # the seller owned the ship until the sale: "Y sold the tanker X", "X was sold by Y"
            for c in w.children:
                if (not passive and c.dep_ == "nsubj") or (passive or w.dep_ == "acl") and c.dep_ == "agent":
                    q = c if c.dep_ == "nsubj" else next((p for p in c.children if p.dep_ == "pobj"), None)
                    if q is not None and q.lower_ in ("it", "they") and w.dep_ == "ccomp" \
                            and w.head.lemma_.lower() in ("say", "state", "confirm"):
                        q = next((p for p in w.head.children if p.dep_ == "nsubj"), None)  # "X said it had sold"
                    if q is not None and q.lower_ not in ("which", "that", "who", "it", "they"):
                        orgs += [x for x in [_org_tok(ctx, q)] if x]
    elif lem == "register":
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                orgs += [x for q in c.children if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x]
        if orgs:
            ves = _vessel_of(ctx, w, vessels)
    for o in orgs:
        for v in ves:
            if not ctx.negated(w):
                out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.verb", 0.6, sent, w))


def _sold_which(ctx, w: Token, orgs: list, ves: list) -> None:
    """ "the tanker X, which (Oslo-based) Y Ltd sold in May to Z": the parser hangs "sold" on the seller's name;
    read the surface order "VESSEL , which ORG sold" and add the seller to ``orgs``, the ship to ``ves``,
    and the buyer after "to"."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    o = ctx.m(_tk[w.i - 1]) if w.i > 0 else None
    if o is None or o.type != "Organization":
        return
    j = o.start - 1
    while j > 0 and o.start - j <= 4 and _tk[j].lower_ not in ("which", "that") and (
            _tk[j].pos_ in ("PROPN", "PUNCT") and _tk[j].text != "," or _tk[j].lower_ == "based"):
        j -= 1  # "Oslo-based"
    if j < 2 or _tk[j].lower_ not in ("which", "that") or _tk[j - 1].text != ",":
        return
    v = ctx.m(_tk[j - 2])
    if v is None or v.type != "Vessel":
        return
    ves.append(v)
    orgs.append(o)
    orgs += [x for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
             for q in c.children if q.dep_ == "pobj" for x in [_org_tok(ctx, q)] if x and x not in orgs]


def _org_tok(ctx, tok: Token) -> Mention | None:
    """The organisation a token names: itself, or "the company X", "its operator, X"."""
    if tok.lower_ in ("which", "that", "who") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        return _org_tok(ctx, tok.head.head)  # "X Ltd, which operates the tanker"
    m = ctx.m(tok)
    if m is not None:
        return m if m.type == "Organization" else None
    for c in tok.children:
        if c.dep_ in ("appos", "compound", "nmod") and ctx.m(c) is not None and ctx.m(c).type == "Organization":
            return ctx.m(c)  # nmod: '"Nordmar" OOO', the quoted name before its legal form
    if tok.dep_ == "appos" and tok.lower_ in ("company", "firm", "operator", "manager", "owner", "shipowner") \
            and (hm := ctx.m(tok.head)) is not None and hm.type == "Organization":
        return hm  # "X Ltd, a UAE company that managed the tanker Y": the company is X Ltd
    doc = ctx.doc
    for k in (tok.i + 1, tok.i + 2):  # 'the company "Tavrida Bulk Shipping"'
        if k < len(doc) and ctx.tok2m.get(k) is not None and ctx.tok2m[k].type == "Organization" and \
                all(doc[x].is_punct for x in range(tok.i + 1, k)):
            return ctx.tok2m[k]
    return None


def _vessel_tok(ctx, tok: Token, vessels: list[Mention]) -> list[Mention]:
    """Vessels a token names or refers to ("its", "her", "the ship's", "the Coral Beacon", the "which" of "the
    tanker X, which Y owns")."""
    m = ctx.m(tok)
    if m is not None:
        return [x for x in ctx.mconj(tok) if x.type == "Vessel"]
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl" and (hm := ctx.m(tok.head.head)) is not None \
            and hm.type == "Vessel":
        return [hm]
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl" and (hm := ctx.m(tok.head.head)) is not None \
            and hm.type in ("Country", "Location") and tok.i > 0 and ctx.doc[tok.i - 1].text == ",":
        # "the tanker X, flagged in Comoros, which Y bought": the parser hung the clause on the place of a
        # participle set off by commas; the ship that participle describes is what "which" stands for
        a = tok.head.head
        while a.dep_ in ("pobj", "prep", "conj", "acl", "advcl") and a.head.i != a.i and ctx.m(a.head) is None:
            a = a.head
        if a.head.i != a.i and (am := ctx.m(a.head)) is not None and am.type == "Vessel" and a.dep_ in ("acl",):
            return [am]
    if tok.lower_ in ("its", "her", "it"):
        before = [v for v in vessels if v.start < tok.i]
        if before:
            return [max(before, key=lambda v: v.start)]
        if _firm_before_its(ctx, tok):
            return []  # "X Inc. said its manager, Y, ...": the firm's manager
        return [ctx.last_single] if ctx.last_single else []
    if tok.lower_ in gz.SHIP_NOUNS:
        named = _named_after_noun(ctx, tok)
        if named is not None:  # "the tankers A and B"
            got = [x for x in ctx.mconj(ctx.doc[named.start:named.end].root) if x.type == "Vessel"] or [named]
            if len(got) == 1 and tok.lower_.endswith("s") and len(listed := _vessel_list_after(ctx, tok)) >= 2:
                return listed  # (names in capitals the parser made a verb and its object of)
            return got
        if tok.lower_.endswith("s"):  # "operates six LNG carriers, including the A and the B"
            incl = [x for pp in tok.children if pp.dep_ == "prep" and (pp.lower_ in ("including", "like") or (
                pp.lower_ == "as" and pp.i > 0 and ctx.doc[pp.i - 1].lower_ == "such"))
                    for r in pp.children if r.dep_ == "pobj" for x in ctx.mconj(r) if x.type == "Vessel"]
            if incl:
                return incl
            listed = _listed_after(ctx, tok)
            if listed:
                return listed
        appos = [x for c in tok.children if c.dep_ == "appos" and ctx.m(c) is not None
                 for x in ctx.mconj(c) if x.type == "Vessel"]
        if not appos and tok.lower_.endswith("s") and (n := _count(tok)):
            # "Two tankers under X's management, the A and the B, are ...": the names after the comma, which the
            # parser may hang on the noun as its conjuncts
            appos = [x for c in tok.children if c.dep_ == "conj" and c.i > tok.i + 1 and ctx.m(c) is not None
                     and any(ctx.doc[j].text == "," for j in range(tok.i + 1, c.i))
                     for x in ctx.mconj(c) if x.type == "Vessel"]
            appos = appos if len({x.entity for x in appos}) == n else []
        if appos:  # "a second tanker, the X, built in 2004, was sold": the name beside it, not the ship before
            return appos
        if (vm := _appos_anchor_vessel(ctx, tok)) is not None:
            return [vm]
        return [v for v in ctx.vessel_ref(tok) if v is not None]
    if tok.lower_ in _GROUP_COUNT_WORDS and _counted_group(ctx, tok):
        return list(ctx.last_group)  # "all five are managed by X": the ships just listed
    return []


def _appos_anchor_vessel(ctx, tok: Token) -> Mention | None:
    """The ship named just before the comma of an apposition that the parser hung on an earlier noun: in
    "loaded at the port of P aboard the X, a cargo ship operated by Y", "ship" is parsed as P's apposition
    (or as the verb's adverbial noun), but it describes X. None unless ``tok`` is such a noun whose head is
    no ship."""
    le = tok.left_edge.i
    if tok.dep_ in ("appos", "npadvmod") and le >= 2 and ctx.doc[le - 1].text == "," and \
            (vm := ctx.tok2m.get(le - 2)) is not None and vm.type == "Vessel" and \
            (ctx.m(tok.head) is None or ctx.m(tok.head).type != "Vessel"):
        return vm
    return None


def _listed_after(ctx, tok: Token) -> list[Mention]:
    """The ships a counted plural introduces when a list follows: "two cargo ships owned by X and managed by
    Y:" and then a bulleted item for each ship. The first ``n`` distinct vessels named after the colon, when
    the sentence names none itself.

    Parameters
    ----------
    ctx : _Ctx
    tok : Token
        A plural ship noun ("ships", "vessels").

    Returns
    -------
    list of Mention
        ``n`` vessels (``n`` from "two", "3", "both"), or [] when there is no count, no colon at the
        sentence's end, a vessel named in the sentence, or fewer than ``n`` vessels in the next sentences.
    """
    n = _count(tok)
    sent = tok.sent
    if not n or n > 10:
        return []
    end = _colon_end(ctx, sent)
    if end is None:
        return []
    if any(m.type == "Vessel" and sent.start <= m.start < sent.end for m in ctx.ms):
        return []
    got: dict[str, Mention] = {}
    limit = end + 60 * n
    for m in sorted((m for m in ctx.ms if end <= m.start < limit and m.type == "Vessel"), key=lambda m: m.start):
        if m.entity not in got:
            got[m.entity] = m
            if len(got) == n:
                return list(got.values())
    return []


def _named_after_noun(ctx, tok: Token) -> Mention | None:
    """The vessel named right after a ship noun ("the tanker X"), which the parser may leave unattached."""
    if tok.lower_ in gz.SHIP_NOUNS and tok.i + 1 < len(ctx.doc):
        m = ctx.m(ctx.doc[tok.i + 1])
        if m is not None and m.type == "Vessel" and m.start == tok.i + 1:
            return m
        doc, k = ctx.doc, tok.i + 2
        if doc[tok.i + 1].lower_ in ("called", "named") and not tok.lower_.endswith("s"):
            # "a general cargo vessel called the X", "a tanker named X"
            k += k < len(doc) and doc[k].lower_ == "the"
            m = ctx.tok2m.get(k)
            return m if m is not None and m.type == "Vessel" and m.start == k else None
        if doc[tok.i + 1].text == "," and not tok.lower_.endswith("s"):
            # "a Sierra Leone-flagged motor tanker, MT X, ...": the name in apposition after a comma
            while k < len(doc) and k - tok.i <= 3 and doc[k].text in ("MT", "MV", "M/T", "M/V", "the", "MT.", "MV."):
                k += 1
            m = ctx.tok2m.get(k)
            if m is not None and m.type == "Vessel" and m.start == k and \
                    (m.end >= len(doc) or doc[m.end].text in (",", ".", "(", ";")):
                return m
    return None


def _object_of_service_ship(ctx, t: Token) -> bool:
    """True when the merchant ship noun ``t`` is the object of a clause whose subject is a warship or patrol
    ship: "the patrol vessel X located the Togo-flagged tanker" (the tanker is another ship than X)."""
    if t.dep_ not in ("dobj", "pobj") or t.lower_ not in _MERCHANT_KIND_NOUNS or t.head.i == t.i:
        return False
    head = t.head.head if t.dep_ == "pobj" else t.head
    for c in head.children:
        if c.dep_ == "nsubj":
            sv = ctx.m(c)
            if sv is None or sv.type != "Vessel":
                sv = _named_after_noun(ctx, c)
            if sv is not None and sv.type == "Vessel" and _service_vessel(ctx, sv):
                return True
    return False


def _vessel_of(ctx, tok: Token, vessels: list[Mention]) -> list[Mention]:
    """The vessel a modifier or clause is about ("the Gabon-flagged Heron Maru", "the tanker, flagged in X")."""
    t = tok
    for _ in range(8):
        m = ctx.m(t)
        if m is not None and m.type == "Vessel":
            if t is not tok and any(c.dep_ == "compound" and c.lower_ in gz.SHIP_NOUNS and c.lower_.endswith("s")
                                    for c in t.children):
                return [x for x in ctx.mconj(t) if x.type == "Vessel"]  # "the flagged ships A and B": both
            return [m]
        if t.lower_ in gz.SHIP_NOUNS and t.pos_ == "NOUN":
            if t.dep_ == "appos" and ctx.m(t.head) is not None and ctx.m(t.head).type == "Vessel":
                return [ctx.m(t.head)]
            if (vm := _appos_anchor_vessel(ctx, t)) is not None:
                return [vm]
            if t.lower_.endswith("s") and len(listed := _vessel_list_after(ctx, t)) >= 2:
                return listed  # "the X-flagged tankers A and B" whatever the parser made of the names
            for c in t.children:
                if c.dep_ == "appos" and ctx.m(c) is not None and ctx.m(c).type == "Vessel":
                    if t.lower_.endswith("s"):  # "the Russian-flagged cargo ships A and B": both
                        return [x for x in ctx.mconj(c) if x.type == "Vessel"]
                    return [ctx.m(c)]
            if not t.lower_.endswith("s") and (nx := _named_after_noun(ctx, t)) is not None:
                return [nx]  # "a Sierra Leone-flagged tanker, MT X,"
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and t.dep_ not in ("attr",):
                return []  # "another ship": not one we know
            refs = ctx.vessel_ref(t)
            if refs and t.dep_ in ("nsubj", "nsubjpass"):
                return [r for r in refs if r is not None]
            if _object_of_service_ship(ctx, t):
                # "the patrol ship X located the Sierra Leone-flagged tanker": the tanker, not X
                return [r for r in refs if r is not None and r.type == "Vessel" and not _service_vessel(ctx, r)]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl"):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and t.dep_ == "ROOT" and any(c.dep_ == "auxpass" for c in t.children):
                # "The A and the B are registered to Y" with the subject lost in the parse: the ships that open
                # the sentence, joined only by "and", commas and articles
                sent = t.sent
                pre = [v for v in vessels if sent.start <= v.start and v.end <= t.i]
                inside = {i for v in pre for i in range(v.start, v.end)}
                if pre and all(i in inside or ctx.doc[i].lower_ in ("the", "and", ",", "both") or
                               ctx.doc[i].pos_ == "AUX" for i in range(sent.start, t.i)):
                    return list({v.entity: v for v in pre}.values())
            if subj:
                sm_ = ctx.m(subj[0])
                named = _named_after_noun(ctx, subj[0])
                if named is not None and subj[0].tag_ == "NNS":  # "The tankers A and B are registered to Y"
                    return [x for x in ctx.mconj(ctx.doc[named.start:named.end].root) if x.type == "Vessel"] or [named]
                if named is not None:
                    return [named]  # "the tanker X flew ...": X, not an earlier ship
                if sm_ is not None and sm_.type == "Vessel":
                    return [x for x in ctx.mconj(subj[0]) if x.type == "Vessel"]
                appos_v = [ctx.m(c) for c in subj[0].children if c.dep_ == "appos" and ctx.m(c) is not None
                           and ctx.m(c).type == "Vessel"]
                if sm_ is None and appos_v:
                    return appos_v[:1]  # "The second, the X, ... is operated by ..."
                owner_v = [ctx.m(c) for c in subj[0].children if c.dep_ == "poss" and ctx.m(c) is not None
                           and ctx.m(c).type == "Vessel"]
                if owner_v:
                    return owner_v  # "the Grey Heron's flag state is X"
                if subj[0].lower_ in ("it", "she", "which", "that"):
                    if subj[0].lower_ in ("which", "that") and t.dep_ == "relcl":
                        t = t.head
                        continue
                    before = [v for v in vessels if v.start < subj[0].i]
                    noun_ref = [x for x in ctx.doc[subj[0].sent.start:subj[0].i] if x.lower_ in gz.SHIP_NOUNS
                                and not x.lower_.endswith("s") and x.i not in ctx.tok2m and x.pos_ == "NOUN"]
                    if subj[0].lower_ in ("it", "she") and noun_ref and not [
                            v for v in before if v.start >= subj[0].sent.start]:
                        refs = [r for r in ctx.vessel_ref(noun_ref[-1]) if r is not None]
                        if len(refs) == 1:
                            return refs  # "X said the vessel's previous name was Y and that it had been ..."
                    if subj[0].lower_ in ("it", "she") and not [v for v in before if v.start >= subj[0].sent.start] \
                            and _named_subject(ctx, subj[0], subj[0].sent):
                        return []  # "X flies the flag of Togo; it was registered in Panama": "it" is X
                    # "She and the B now fly ...": the ship named with the pronoun too
                    also = [x for c in subj[0].conjuncts for x in ctx.mconj(c) if x.type == "Vessel"]
                    if before:
                        return [max(before, key=lambda v: v.start), *also]
                    return [ctx.last_single, *also] if ctx.last_single else also
                if subj[0].lower_ in gz.SHIP_NOUNS and not subj[0].lower_.endswith("s"):
                    inside = [v for v in vessels if subj[0].left_edge.i <= v.start <= subj[0].right_edge.i]
                    if inside:  # "the tanker, formerly named X, sailed under ...": X, not an earlier ship
                        return inside[:1]
                if subj[0].lower_ in ("both", "they") or (subj[0].lower_ in gz.SHIP_NOUNS):
                    t = subj[0]
                    refs = ctx.vessel_ref(t) if subj[0].lower_ not in ("both", "they") else ctx.last_group
                    if any(c.lower_ == "both" for c in subj[0].children) or subj[0].lower_.endswith("s"):
                        return list(vessels) if len(vessels) > 1 else list(ctx.last_group)
                    # a definite ship noun refers back: not to a vessel named later in the sentence
                    return [r for r in refs if r is not None] or [
                        v for v in vessels if v.start < t.i or t.left_edge.i <= v.start <= t.right_edge.i][:1]
                return []
        if t.head.i == t.i:
            break
        t = t.head
    return list(vessels) if len(vessels) == 1 else []


def _vessel_list_after(ctx, t: Token) -> list[Mention]:
    """The vessels named right after a plural ship noun: "the Gabon-flagged tankers A, B and C" (names
    joined only by commas, "and" and "the"), whatever the parse made of them.

    Parameters
    ----------
    ctx : _Ctx
    t : Token
        A plural ship noun ("tankers", "vessels").

    Returns
    -------
    list of Mention
        The vessels listed, in order; empty when no vessel name follows the noun directly.
    """
    _tk = ctx.tokens()
    got: list[Mention] = []
    k, end = t.i + 1, t.sent.end
    while k < end:
        m = ctx.tok2m.get(k)
        if m is not None and m.type == "Vessel":
            if m.entity not in {g.entity for g in got}:
                got.append(m)
            k = m.end
        elif got and _tk[k].lower_ in (",", "and", "the") or not got and _tk[k].lower_ in ("the", '"', "“"):
            k += 1
        elif _tk[k].text in ('"', "”", "“"):
            k += 1
        else:
            break
    return got


def _vessel_subject(ctx, t: Token) -> bool:
    """The subject of ``t`` is a vessel: a vessel mention or a ship noun ("the ship was not registered")."""
    t0 = t
    if t.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        t = t.head  # "the X claimed to be registered in Y"
    for _ in range(3):  # "it was sold, renamed X and registered in Y": the first verb's subject
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            t = t.head  # "the X called at Y and is now registered in Z": the first verb's subject
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            m = ctx.m(c)
            if m is None and c.lower_ in ("which", "that") and t.dep_ == "relcl":
                m = ctx.m(t.head)  # "the Grey Heron, which is registered in X"
                return m is not None and m.type == "Vessel" or t.head.lower_ in gz.SHIP_NOUNS
            if m is None and c.lower_ in ("it", "she") and any(
                    x.lower_ in gz.SHIP_NOUNS or (ctx.m(x) is not None and ctx.m(x).type == "Vessel")
                    for x in t.doc[t.sent.start:max(c.i, t0.i)]):
                return True  # "the vessel's previous name was X and it had been registered in Y"
            if m is None and c.lower_ in ("it", "she") and c.i > 0:
                # "The tanker X flies the flag of Y. Until March it was registered in Z": the last actor named
                # before the pronoun is the ship (not "X Ltd ... it is registered in Z")
                last = next((x for x in reversed(ctx.ms) if x.end <= c.i and x.type in (
                    "Vessel", "Organization", "Person")), None)
                return last is not None and last.type == "Vessel" and c.i - last.end < 60
            return (m is not None and m.type == "Vessel") or (m is None and c.lower_ in gz.SHIP_NOUNS)
    return False


def _registry_owner(ctx, t: Token) -> Mention | None:
    """The country whose authority says a ship is (not) registered with it.

    "Togo's maritime authority said the ship was not registered (there / in
    its registry)": the one country named in the subject of the reporting
    verb that governs ``registered``.
    """
    if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
        return None
    v = t.head
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            found = {m.entity: m for m in ctx.ms if m.type == "Country"  # up to the verb: parse slips
                     and c.left_edge.i <= m.start <= max(c.right_edge.i, v.i - 1)}
            return next(iter(found.values())) if len(found) == 1 else None
    return None


_DEREGISTER = {"remove", "strike", "delete", "delist", "deregister", "expel", "cancel", "withdraw", "revoke", "drop",
               "deflag", "de-flag", "purge", "kick", "erase", "suspend"}
_FLAG_TRIGGERS = {"registry", "register", "flagged", "registered", "flag", "reflagged", "re-flagged", "flags",
                  "re-registered", "tricolour", "tricolor", "ensign"}


def _country_after(ctx, i: int, end: int, span: int = 8) -> Mention | None:
    """The first Country mention starting in tokens ``(i, min(end, i + span))``, stopping at a clause break."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for k in range(i + 1, min(end, i + span)):
        m = ctx.tok2m.get(k)
        if m is not None and m.type == "Country":
            return m
        if _tk[k].text in (";",) or (_tk[k].pos_ == "VERB" and _tk[k].lemma_.lower() not in (
                "be", "list", "give", "record", "show", "name", "remain", "become")):
            return None
    return None


def _flag_country(ctx, t: Token, sent: Span) -> Mention | None:
    """The flag state a ``flag`` noun names: "flag of X", "X's flag", "a Panamanian flag", "(flag: X)",
    "switched its flag from A to B" (B), "its flag state, X" / "whose flag state is X"."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for q in c.children:
                if ctx.m(q) is not None and ctx.m(q).type == "Country":
                    return ctx.m(q)
    if t.i + 1 < sent.end and _tk[t.i + 1].text == ":":  # "(flag: Palau)", "Flag: Panama"
        end = sent.end
        if t.i + 2 == sent.end:  # "- Flag:" | "Palau": the parser ended the sentence at the colon; same line
            end = t.i + 2
            while end < len(ctx.doc) and end - t.i < 6 and "\n" not in _tk[end].text:
                end += 1
        return _country_after(ctx, t.i + 1, end, 4)
    if (t.text in ("Flag", "FLAG") or t.text == "flag" and t.i > 0 and _tk[t.i - 1].text in (",", ";", "(")) and \
            (m := ctx.tok2m.get(t.i + 1)) is not None and m.start == t.i + 1 and \
            m.type == "Country":
        return m  # a record's field without its colon: "Vessel X, IMO 1234567, Flag Palau;"
    if t.i + 1 < sent.end and _tk[t.i + 1].lower_ == "state":  # "its flag state, Togo," / "flag state is X"
        return _country_after(ctx, t.i + 1, sent.end, 10)
    if t.i + 1 < sent.end and _tk[t.i + 1].lower_ == "of" and t.i + 2 < sent.end and \
            (m := ctx.tok2m.get(t.i + 2)) is not None and m.type == "Country":
        return m  # "the flag of X" when the parser attaches "of" elsewhere
    if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ("switch", "change", "move", "transfer", "swap"):
        for c in t.head.children:  # "switched its flag from Liberia to Eswatini"
            if c.dep_ == "prep" and c.lower_ == "to":
                for q in c.children:
                    if ctx.m(q) is not None and ctx.m(q).type == "Country":
                        return ctx.m(q)
        k = t.i + 1
        while k < sent.end and k - t.i < 8 and _tk[k].lower_ != "to":
            k += 1
        if k < sent.end and _tk[k].lower_ == "to" and (m := ctx.tok2m.get(k + 1)) is not None and m.type == "Country":
            return m
    if t.i >= 1 and (m := ctx.tok2m.get(t.i - 1)) is not None:
        return m  # "a Panamanian flag", "the Liberia flag"
    if t.i >= 2 and _tk[t.i - 1].text in ("'s", "’s") and (m := ctx.tok2m.get(t.i - 2)) is not None:
        return m  # "under Liberia's flag"
    return None


def _flag_vessels(ctx, t: Token, sent: Span, vessels: list[Mention]) -> list[Mention]:
    """The vessel(s) whose flag ``t`` states: the parse's (:func:`_vessel_of`), else the sentence's
    vessel nearest before the trigger, else the one right after a fronted phrase ("Sailing under the
    flag of X, the tanker Y ..."). None when the trigger belongs to an unnamed ship ("another tanker
    flagged in X")."""
    named = [v for v in vessels if v.start >= sent.start]
    window = ctx.doc[max(sent.start, t.i - 3):t.i]
    if len(named) > 1 and any(x.lower_ in ("both", "all") for x in window):
        return [v for v in named if v.end <= t.i] or named  # "A and B, both flagged in X"
    h = t.head
    if h.lower_ in gz.SHIP_NOUNS and h.tag_ == "NNS":  # "two Russian-flagged cargo ships, the A and the B,"
        listed = [x for c in h.children if c.dep_ in ("appos", "conj") and c.i > h.i
                  for x in ctx.mconj(c) if x.type == "Vessel"]  # (the parser may make the list conjuncts)
        if len(listed) > 1:
            return listed
    appos = _appositive_vessel(ctx, t)
    if appos is not None:
        return [appos]
    k = t.i - 1
    while k > sent.start and ctx.doc[k].lower_ in ("which", "is", "was", "now", "currently"):
        k -= 1
    if k > sent.start and ctx.doc[k].text in (",", "(") and t.lower_ in ("flagged", "registered", "reflagged") \
            and (v := ctx.tok2m.get(k - 1)) is not None and v.type == "Vessel" and v.end == k:
        return [v]  # "the A, which is flagged in X; B, flagged in Y; and C": each flag follows its own ship
    if _field_label(ctx, t, sent) and not named and ctx.last_single is not None:
        return [ctx.last_single]  # "Vessel: X. Flag: Panama.": a record's field, about the vessel just named
    got = _vessel_of(ctx, t, vessels)
    if got:
        return got
    h = t.head if t.head.lower_ in gz.SHIP_NOUNS else t.head.head
    if h.lower_ in gz.SHIP_NOUNS and _object_of_service_ship(ctx, h):
        return []  # "the patrol ship X located a Togo-flagged tanker": not X's flag, and no ship named before
    h, seen = t, 0
    while h.head.i != h.i and seen < 4:
        h, seen = h.head, seen + 1
        if h.lower_ in gz.SHIP_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                              for c in h.children):
            return []
        if h.lower_ in ("another", "other"):
            return []
    if t.i >= 1 and ctx.doc[max(sent.start, t.i - 3):t.i].text.lower().split()[-1:] == ["another"]:
        return []
    before = [v for v in named if v.end <= t.i]
    if before:
        return [max(before, key=lambda v: v.start)]
    after = [v for v in named if v.start > t.i]
    if after and any(x.text == "," or "\n" in x.text for x in ctx.doc[t.i:min(after[0].start, sent.end)]):
        return [min(after, key=lambda v: v.start)]
    if len(vessels) == 1 and not _named_subject(ctx, t, sent):
        return list(vessels)
    return []


def _named_subject(ctx, t: Token, sent: Span) -> bool:
    """The clause of ``t`` (or, for "it", an earlier clause of the sentence) has a named subject that is
    not a vessel: "The Bao Feng 9 flies the flag of Togo; it was registered in Panama" with the name
    taken for a company. A ship named in an earlier sentence is then not the one meant."""
    h = t
    for _ in range(6):
        if h.pos_ in ("VERB", "AUX"):
            break
        h = h.head
    for c in h.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            m = ctx.m(c)
            if m is not None:
                return m.type in ("Organization", "Person")
            if c.lower_ in ("it", "she"):
                earlier = [ctx.m(x) for x in ctx.doc[sent.start:c.i] if x.dep_ in ("nsubj", "nsubjpass")]
                return any(m is not None and m.type in ("Organization", "Person") for m in earlier)
    return False


_FIELD_WORDS = {"flag", "owner", "manager", "operator", "registered", "ship", "commercial", "technical",
                "beneficial", "registry", "management", "flags", "previous", "former", "and", "&", "ism", "doc"}


def _field_label(ctx, t: Token, sent: Span) -> bool:
    """``t`` ends a field label that opens its sentence: "Flag: Panama", "Registered owner: X Ltd"
    (ship records, sanctions notices and annexes list a vessel's particulars so)."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    if t.i + 1 >= sent.end or _tk[t.i + 1].text != ":":
        return False
    first = next((x for x in ctx.toks(sent) if not x.is_space and x.text not in _BULLETS), None)
    return first is not None and first.i <= t.i and t.i - first.i <= 2 and all(
        _tk[k].lower_ in _FIELD_WORDS for k in range(first.i, t.i + 1))


def _owner_field(ctx, sent, sm, out) -> None:
    """ "Owner: X Ltd", "Registered owner: X", "Manager: Y", "Operator: Z" in a vessel's record, after the line
    that names it: each organisation right after such a label (the parser may end the sentence at the colon)."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for o in sm:
        if o.type != "Organization":
            continue
        sep = o.start - 1
        while sep > o.start - 3 and sep > 0 and _tk[sep].lower_ in ("the", "company", "firm"):
            sep -= 1  # "Owner — the company X, Bandar Anzali."
        k = sep - 1
        if k < 0 or _tk[sep].text not in (":", "—", "–"):
            continue  # "Owner: X", "Owner and operator — X" (a record's dash)
        per = next((x for x in range(k - 1, max(0, k - 4), -1) if _tk[x].lower_ in ("per", "via")), None)
        if per is not None and per > 0 and all(_tk[x].pos_ == "PROPN" or _tk[x].is_title or x in ctx.tok2m
                                               for x in range(per + 1, k + 1)):
            k = per - 1  # "Operator per (a ship database): X Ltd": the label names the record it was read from
        if k >= 3 and _tk[k].text == ")" and _tk[k - 2].text == "(" and _tk[k - 1].text in ("ISM", "DOC", "DOC holder"):
            k -= 3  # "Manager (ISM): X", "Company (ISM): X": the code the label is under
        if _tk[k].lower_ not in ("owner", "manager", "operator", "owners", "managers", "operators", "company"):
            continue
        if _tk[k].lower_ == "company" and (k > 0 and _tk[k - 1].lower_ not in ("ism", "(", "|") and not (
                _tk[k - 1].is_space or _tk[k - 1].text.endswith((".", ";")))):
            continue  # "Company: X" opens its field; "the parent company: X" is no record's label
        j = k
        while j > 0 and _tk[j - 1].lower_ in _FIELD_WORDS:
            j -= 1
        prev = _tk[j - 1] if j > 0 else None
        if prev is None or prev.is_sent_end or prev.is_space or prev.text.endswith((".", ";")) or _tk[j].is_sent_start \
                or _item_number(prev) or prev.text in _BULLETS:  # "- Owner and manager: X" in a bulleted record
            # the ship named earlier in this sentence ("3. M/T X — formerly Y II. Registered owner: Z"), else
            # the one the record is about
            here = [m for m in sm if m.type == "Vessel" and m.end <= j]
            v = here[-1] if here else None if any(m.type == "Vessel" for m in sm) else ctx.last_single
            if v is not None:
                out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.field", 0.6, sent, _tk[k]))


_CELL_FLAG = {"flag", "flag state", "flags"}
_CELL_OWNER = ("owner", "owners", "manager", "managers", "operator", "operators", "management", "company",
               "owner)", "owners)", "company (ism)", "manager (ism)", "ism manager", "member")
_CELL_VESSEL = {"vessel", "vessels", "ship", "ships", "name", "tanker", "tankers", "ship name", "vessel name"}
_CELL_PORT = TABLE_PORT_HEADS
"""Column headings whose cells name where the row's ship was (a detention or inspection is at a port; the entity
step types the same columns' names as ports)."""
_CELL_CARGO = {"cargo", "cargoes", "commodity", "product", "products", "cargo type", "goods"}
"""Column headings whose cells name what the row's ship carried ("Vessel | ... | Cargo")."""


_DESIGNEE_HEADS = frozenset({"name", "names", "entity", "entities", "individual", "individuals", "designee",
                             "designees", "person", "persons", "company", "companies", "target", "targets",
                             "vessel name", "vessel", "vessels", "entity name", "name of entity", "full name"})
"""Headings of a designation table's column that names the designees ("| Name | Country | Basis |")."""


def _designated_table_rows(ctx, out: list[Candidate], text: str) -> None:
    """The designees of a "|"-table that follows a designation heading ("OFAC today designated the following
    entities:" and then "| Name | Country | Role |" and a row per designee): the heading's body SANCTIONED each
    organisation, person or vessel named in the row's name column (a :data:`_DESIGNEE_HEADS` heading, else the
    first cell that is not empty). The tables are those :func:`_rule_sanctioned` found after a heading
    (``ctx.sanction_tables``: ``(body, character offset of the table)``); a table ends at the first line without
    "|". The row is the evidence."""
    tables = getattr(ctx, "sanction_tables", None)
    if not tables:
        return
    _tk = ctx.tokens()
    for body, at in tables:
        col = None
        for lo, hi, cells in table_lines(text):
            if hi < at:
                continue
            if cells is None:
                break
            values = [c[2] for c in cells]
            if all(not v.strip("-: ") for v in values):
                continue  # "|---|---|": a rule under the heading row
            heads = [table_head(v) for v in values]
            if col is None:
                named = next((k for k, h in enumerate(heads) if h in _DESIGNEE_HEADS), None)
                col = named if named is not None else next((k for k, v in enumerate(values) if v), 0)
                if named is not None:
                    continue  # the heading row
            if col >= len(cells):
                continue
            a, b = cells[col][0], cells[col][1]
            for m in ctx.mentions_at_chars(a, b):
                if m.type in ("Organization", "Person", "Vessel") and not _is_body(m) and m.entity != body.entity:
                    out.append(Candidate(body, "SANCTIONED", m, "sanctioned.table", 0.7, _tk[m.start].sent,
                                         _tk[m.start], span=(lo, hi)))


def _table_rows(ctx, out: list[Candidate], text: str | None = None) -> None:
    """Vessel particulars in "|"-separated table rows, as intelligence briefs and annexes print them.

    Two layouts: labelled cells in one row ("X (ex-Y) | IMO 1234567 | Flag: Panama (Palau until May) |
    Registered owner: A Ltd | Manager: B FZE") and a header row naming the columns ("Vessel | Flag |
    Manager") over rows of values ("X | Panama | B FZE"). The row's first cell names the vessel; a flag cell
    gives FLAGGED_IN for each country in it (past flags included), an owner/manager/operator cell gives
    OWNS_OR_OPERATES for its first organisation.

    Parameters
    ----------
    ctx : _Ctx
    out : list of Candidate
        Candidates are appended here.
    text : str, optional
        ``doc.text`` when the caller has it (default: rebuilt from the tokens).
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    text = doc.text if text is None else text  # the caller's copy: spaCy rebuilds doc.text on each access
    if text.count("|") < 2:
        return
    columns: list[str] | None = None

    def mentions_in(a: int, b: int) -> list[Mention]:  # the first mention at each offset, as before
        got, seen = [], set()
        for m in ctx.mentions_at_chars(a, b):
            if (k := _tk[m.start].idx) not in seen:
                seen.add(k)
                got.append(m)
        return got

    for lo, hi, cells in table_lines(text):
        if cells is None:
            columns = None
            continue
        heads = [table_head(c[2]) for c in cells]
        vcol = next((k for k, h in enumerate(heads) if h in _CELL_VESSEL), None)
        if vcol is not None and any(h in _CELL_FLAG or h.endswith(_CELL_OWNER) or h in _CELL_PORT
                                    for k, h in enumerate(heads) if k != vcol):
            columns = heads  # "Vessel | Flag | Manager", "Ship name | IMO | Flag | Company | Place of detention"
            continue
        vc = next((k for k, h in enumerate(columns) if h in _CELL_VESSEL), 0) if columns else 0
        if vc >= len(cells):
            continue
        first = [m for m in mentions_in(cells[vc][0], cells[vc][1]) if m.type == "Vessel"]
        if not first:
            continue
        v = first[0]
        for k, (a, b, body, v0) in enumerate(cells[1:], 1):
            if k == vc:
                continue
            if ":" in body:  # a labelled cell: its value follows the colon ("Manager (ISM): X", not "ISM")
                a = v0 + body.index(":") + 1
            label, _, _ = body.partition(":")
            label = table_head(label) if ":" in body else (columns[k] if columns and k < len(columns) else "")
            if label in _CELL_FLAG:
                for m in mentions_in(a, b):
                    if m.type == "Country":
                        out.append(Candidate(v, "FLAGGED_IN", m, "flagged_in.table", 0.7, _tk[m.start].sent,
                                             _tk[m.start], span=(lo, hi)))
            elif label.endswith(_CELL_OWNER):
                o = next((m for m in mentions_in(a, b) if m.type == "Organization"), None)
                if o is not None:
                    out.append(Candidate(o, "OWNS_OR_OPERATES", v, "owner.table", 0.7, _tk[o.start].sent,
                                         _tk[o.start], span=(lo, hi)))
            elif label in _CELL_PORT:
                o = next((m for m in mentions_in(a, b) if m.type in ("Port", "Location")), None)
                if o is not None:
                    out.append(Candidate(v, "VISITED", o, "visited.table", 0.65, _tk[o.start].sent, _tk[o.start],
                                         span=(lo, hi)))
            elif label in _CELL_CARGO:
                for m in mentions_in(a, b):
                    if m.type in ("Other", "Weapon"):
                        out.append(Candidate(v, "TRANSPORTED", m, "transported.table", 0.65, _tk[m.start].sent,
                                             _tk[m.start], span=(lo, hi)))


def _mentions_by_line(ctx, text: str) -> tuple[list[int], dict[int, list[Mention]]]:
    """The document's newline positions and its mentions grouped by line (key: the index of the newline
    before the line, -1 for the first), in document order; built once per document for the record passes
    (one bisect per mention, where a backwards search per mention was quadratic on one long line)."""
    got = getattr(ctx, "_by_line", None)
    if got is None:
        _tk = ctx.tokens()
        nl = [m.start() for m in re.finditer("\n", text)]
        by_line: dict[int, list[Mention]] = {}
        for m in sorted(ctx.ms, key=lambda m: m.start):
            k = bisect.bisect_left(nl, _tk[m.start].idx)
            by_line.setdefault(nl[k - 1] if k else -1, []).append(m)
        got = ctx._by_line = (nl, by_line)
    return got


def _line_start(nl: list[int], pos: int) -> int:
    """The index of the newline before character ``pos`` (-1 on the first line), from :func:`_mentions_by_line`."""
    k = bisect.bisect_left(nl, pos)
    return nl[k - 1] if k else -1


_BYLINE_RE = re.compile(r"^[ \t]*[(\[]?[ \t]*(?:By|BY|(?:Additional |additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|"
                        r"[Cc]ompiled|[Rr]eported|[Ww]ritten|[Rr]esearch)(?: and (?:writing|editing))? by)[ \t]+(?=[A-Z])",
                        re.MULTILINE)
"""A byline or a wire story's credit line: "By X, Y staff writer", "(Reporting by X; Editing by Y)"."""
_WIRE_DATELINE_RE = re.compile(r"\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\)\s+[-–—]")
"""A wire dateline's agency: "LONDON, May 3 (Reuters) -"."""


def _publisher_line(ctx, text: str, nl: list[int], by_line: dict, ls: int) -> list[Mention]:
    """The publisher named on the line above a byline at a text's head: "X Institute for Security Policy |
    Analysis" then "By A, Senior Fellow, and B". The nearest non-empty line before the byline's (key ``ls``
    of :func:`_mentions_by_line`) counts when an organisation's name fills most of it (not a headline that
    names a firm among other words). Returns that organisation, or []."""
    if ls < 0:
        return []  # the byline opens the text
    idx, end = bisect.bisect_left(nl, ls), ls
    while True:
        start = nl[idx - 1] if idx > 0 else -1
        line = text[start + 1:end]
        if line.strip():
            words = [w for w in re.split(r"[\s|/·•–—-]+", line) if w]
            orgs = [m for m in by_line.get(start, []) if m.type == "Organization"]
            if len(orgs) == 1 and len(orgs[0].text.split()) * 2 > len(words):
                return orgs
            return []
        if start < 0:
            return []
        idx, end = idx - 1, start


def _byline_credits(ctx, out: list[Candidate], text: str) -> None:
    """The writers and editors a byline or credit line names work for the outlet it names.

    "By Mira Holt, Nordsee Courier staff writer", "By A, B and the Good Research Team",
    "(Reporting by A; Editing by B)" with "© Reuters" on the next line or a "(Reuters) -" dateline:
    each person on the line is AFFILIATED_WITH the outlet or institute (dev conventions: staff, employees).
    The outlet is an organisation on the line itself, else on a neighbouring "©"/"Copyright" line, else,
    for a credit line, the agency of the story's wire dateline. A line of more than 40 words is prose,
    not a byline ("By March the ship had ..." names no person right after "By" and is passed over too).
    """
    if "By" not in text and "by" not in text and "BY" not in text:
        return
    heads = list(_BYLINE_RE.finditer(text))
    if not heads:
        return
    _tk = ctx.tokens()
    nl, by_line = _mentions_by_line(ctx, text)
    dateline = _WIRE_DATELINE_RE.search(text)
    wire = None
    if dateline is not None:
        wire = next((m for m in ctx.ms if m.type == "Organization" and (_tk[m.start].idx == dateline.start(1) or
                                                                         m.text == dateline.group(1))), None)
    for h in heads:
        ls = _line_start(nl, h.start())
        le = text.find("\n", h.start())
        line = text[h.start():le if le != -1 else len(text)]
        if len(line.split()) > 40:
            continue
        ms = by_line.get(ls, [])
        people = [m for m in ms if m.type == "Person"]
        if not people or line.lstrip(" \t([").startswith(("By", "BY")) and \
                _tk[people[0].start].idx != h.end():
            continue  # "By March, the ship ...": no name right after "By"
        orgs = [m for m in ms if m.type == "Organization"]
        if not orgs:
            k = bisect.bisect_left(nl, h.start())
            for a, b in ((nl[k] if k < len(nl) else None, nl[k + 1] if k + 1 < len(nl) else len(text)),
                         (nl[k - 2] if k >= 2 else -1, nl[k - 1] if k >= 1 else None)):
                if a is None or b is None:
                    continue
                if text[a + 1:b].lstrip().startswith(("©", "Copyright", "(c)")):
                    orgs = [m for m in by_line.get(a, []) if m.type == "Organization"]
                    if orgs:
                        break
        if not orgs and wire is not None and not line.lstrip(" \t([").startswith(("By", "BY")):
            orgs = [wire]
        if not orgs and h.start() < 600:
            orgs = _publisher_line(ctx, text, nl, by_line, ls)
        if not orgs:
            continue
        org = next((m for m in orgs if m.cls in ("MediaOrganization", "ResearchOrganization")), orgs[0])
        heads = {c.subject.entity for c in out if c.predicate == "LEADS" and c.object.entity == org.entity}
        for p in people:
            if p.entity in heads:
                continue  # the institute's head, named as an author: LEADS says more
            out.append(Candidate(p, "AFFILIATED_WITH", org, "member.byline", 0.55, _tk[p.start].sent,
                                 _tk[p.start]))


def _linked_to(ctx, out: list[Candidate], text: str) -> None:
    """ "(Linked To: X)" in a sanctions-list entry (OFAC's SDN list): on a vessel's entry, X is the person with
    an interest in the ship (OWNS_OR_OPERATES, as "property in which X has an interest", dev conventions); on a
    person's entry, X is the firm the person is tied to (AFFILIATED_WITH). Between two firms the link names no
    predicate. The entry is the line; its subject is the line's first vessel or person."""
    if "Linked To" not in text:
        return
    _tk = ctx.tokens()
    nl, by_line = _mentions_by_line(ctx, text)
    pos = text.find("Linked To")
    while pos != -1:
        ms = by_line.get(_line_start(nl, pos), [])
        lead = next((m for m in ms if _tk[m.start].idx < pos), None)
        linked = [m for m in ms if _tk[m.start].idx > pos and m.type == "Organization"][:3]
        if lead is not None and lead.type in ("Vessel", "Person"):
            for o in linked:
                if o.entity == lead.entity:
                    continue
                if lead.type == "Vessel":
                    out.append(Candidate(o, "OWNS_OR_OPERATES", lead, "owner.linked_to", 0.55, _tk[o.start].sent,
                                         _tk[o.start]))
                else:
                    out.append(Candidate(lead, "AFFILIATED_WITH", o, "member.linked_to", 0.55, _tk[o.start].sent,
                                         _tk[o.start]))
        pos = text.find("Linked To", pos + 9)


_SDN_KIND_RE = re.compile(r"\((?:vessel|individual|entity)\)")
_SDN_REMOVAL_RE = re.compile(r"remov|delist|revok|unblock|no longer", re.IGNORECASE)


def _sdn_entries(ctx, out: list[Candidate], text: str) -> None:
    """Entries of a sanctions list written as OFAC prints them ("NAME ... (vessel) [IRAN-EO13846]",
    "SURNAME, Given ... (individual) [RUSSIA-EO14024]") under a heading that names the body and no verb ("OFAC -
    Russia-related Designations"): each entry's first vessel, person or firm is SANCTIONED by the sanctions
    body named before the first entry. Not in a list of removals ("Designation Removals", "removed from").
    Entries a verb reading already credited are left as they are."""
    if "(" not in text or not _SDN_KIND_RE.search(text):
        return
    _tk = ctx.tokens()
    first = _SDN_KIND_RE.search(text).start()
    nl, by_line = _mentions_by_line(ctx, text)
    head_end = _line_start(nl, first)
    if head_end <= 0 or _SDN_REMOVAL_RE.search(text[:head_end]):
        return
    body = next((m for m in ctx.ms if _tk[m.start].idx < head_end and _is_body(m) and m.type == "Organization"
                 and _sanctions_office(m)), None)
    if body is None:
        return
    done = {c.object.entity for c in out if c.predicate == "SANCTIONED"}
    for line0, ms in by_line.items():
        if line0 < head_end:
            continue
        eol = text.find("\n", line0 + 1)
        if not _SDN_KIND_RE.search(text, line0 + 1, eol if eol != -1 else len(text)):
            continue
        lead = min(ms, key=lambda m: m.start)
        if lead.type in ("Vessel", "Person", "Organization") and lead.entity not in done and \
                lead.entity != body.entity and not _is_body(lead):
            out.append(Candidate(body, "SANCTIONED", lead, "sanctioned.sdn_entry", 0.6, _tk[lead.start].sent,
                                 _tk[lead.start]))


def _record_vessel(ctx, text: str, a: int, b: int) -> Mention | None:
    """The vessel a record's field at characters ``a``..``b`` of ``text`` belongs to: the nearest vessel named
    before it in its paragraph (text between blank lines), else the first one after it there. Found by binary
    search over the document's vessels (kept per document), so a long record costs no more than its fields."""
    got = getattr(ctx, "_vessel_chars", None)
    if got is None:
        _tk = ctx.tokens()
        vs = sorted((_tk[m.start].idx, i, m) for i, m in enumerate(ctx.ms) if m.type == "Vessel")
        got = ctx._vessel_chars = ([x[0] for x in vs], [x[2] for x in vs])
    pos, vs = got
    para0 = text.rfind("\n\n", 0, a)
    k = bisect.bisect_left(pos, a)
    if k > 0 and pos[k - 1] > para0:
        return vs[k - 1]
    k = bisect.bisect_left(pos, b)
    if k < len(pos):
        para1 = text.find("\n\n", b)
        if para1 == -1 or pos[k] < para1:
            return vs[k]
    return None


def _port_field_visits(ctx, out: list[Candidate], text: str) -> None:
    """A record's port fields outside a table ("Port of loading: X. Port of discharge: Y.", "Loaded: X, 11 June",
    "Last port: X"): the record's vessel VISITED each port. The record's vessel is the nearest vessel named
    before the field in its paragraph, else the first one after it there."""
    if ":" not in text:
        return
    _tk = ctx.tokens()
    at_char = {_tk[m.start].idx: m for m in ctx.ms if m.type in ("Port", "Location")}
    ports = [at_char[f.start(1)] for f in PORT_FIELD_RE.finditer(text) if f.start(1) in at_char]
    if not ports:
        return
    have = {(c.subject.entity, c.object.entity) for c in out if c.predicate == "VISITED"}
    for p in ports:
        v = _record_vessel(ctx, text, _tk[p.start].idx, _tk[p.start].idx + 1)
        if v is not None and (v.entity, p.entity) not in have:
            have.add((v.entity, p.entity))
            out.append(Candidate(v, "VISITED", p, "visited.port_field", 0.6, _tk[p.start].sent, _tk[p.start]))


_CARGO_FIELD_RE = re.compile(r"\b(?:Cargo|CARGO|Description of goods|Goods|Description)[ \t]*:[ \t]*([^\n|;]{1,80})")


def _cargo_field(ctx, out: list[Candidate], text: str) -> None:
    """A record's cargo field ("Cargo: 80,000 mt fuel oil", "| Description of goods: 2,400 bags of X |", a "Cargo"
    column): the record's vessel (as for its port fields) TRANSPORTED the goods named in it."""
    if ":" not in text and "|" not in text:
        return
    _tk = ctx.tokens()
    goods = sorted((_tk[m.start].idx, m) for m in ctx.ms if m.type in ("Other", "Weapon"))
    if not goods:
        return
    have = {(c.subject.entity, c.object.entity) for c in out if c.predicate == "TRANSPORTED"}
    at_pos = [at for at, _ in goods]
    for f in _CARGO_FIELD_RE.finditer(text):
        a, b = f.start(1), f.end(1)
        inside = [m for _, m in goods[bisect.bisect_left(at_pos, a):bisect.bisect_left(at_pos, b)]]
        if not inside:
            continue
        v = _record_vessel(ctx, text, a, b)
        if v is None:
            continue
        for g in inside[:2]:
            if (v.entity, g.entity) not in have:
                have.add((v.entity, g.entity))
                out.append(Candidate(v, "TRANSPORTED", g, "transported.cargo_field", 0.55, _tk[g.start].sent,
                                     _tk[g.start]))


_SENDER_FIELD_RE = re.compile(r"\b(?:Shipper|Exporter|Consignor|Supplier|Seller)s?[ \t]*:[ \t]*")
_RECEIVER_FIELD_RE = re.compile(r"\b(?:Consignee|Importer|Receiver|Buyer)s?[ \t]*:[ \t]*")
_SENDER_HEADS = {"shipper", "exporter", "consignor", "supplier", "seller"}
_RECEIVER_HEADS = {"consignee", "importer", "receiver", "buyer"}


def _shipper_consignee(ctx, out: list[Candidate], text: str) -> None:
    """A trade record's parties: "Shipper: X | Consignee: Y" (bills of lading, manifests, customs entries,
    statements of facts) and "Exporter | Importer" columns of a "|"-table: X SHIPPED_TO Y (dev conventions:
    goods between companies). The two fields must be in one record (a paragraph, or one table row); a field
    whose value is no organisation ("Consignee: TO ORDER") gives nothing."""
    if ":" not in text and "|" not in text:
        return
    _tk = ctx.tokens()
    at_char = {_tk[m.start].idx: m for m in ctx.ms if m.type in ("Organization", "Country")}

    def party_at(pos: int) -> Mention | None:
        m = at_char.get(pos)
        if m is None and text.startswith("the ", pos):
            m = at_char.get(pos + 4)
        return m if m is not None and m.type == "Organization" else None

    pairs: list[tuple[Mention, Mention]] = []
    senders = [(f.start(), party_at(f.end())) for f in _SENDER_FIELD_RE.finditer(text)]
    receivers = [(f.start(), party_at(f.end())) for f in _RECEIVER_FIELD_RE.finditer(text)]
    rpos = [rp for rp, _ in receivers]
    for sp, a in senders:
        if a is None:
            continue
        # the nearest receiver field in the sender's paragraph (after it, else before it): one record's pair
        p0, p1 = text.rfind("\n\n", 0, sp), text.find("\n\n", sp)
        p1 = len(text) if p1 == -1 else p1
        k = bisect.bisect_left(rpos, sp)
        for j in (k, k - 1):
            if 0 <= j < len(receivers) and p0 < rpos[j] < p1:
                b = receivers[j][1]
                if b is not None and b.entity != a.entity:
                    pairs.append((a, b))
                break
    # "Exporter | Importer" columns
    columns = None
    for _, _, cells in table_lines(text) if text.count("|") >= 2 else ():
        if cells is None:
            columns = None
            continue
        heads = [table_head(c[2]) for c in cells]
        if any(h in _SENDER_HEADS for h in heads) and any(h in _RECEIVER_HEADS for h in heads):
            columns = heads
            continue
        if columns and len(cells) == len(columns):
            a = next((party_at(cells[k][3]) for k, h in enumerate(columns) if h in _SENDER_HEADS), None)
            b = next((party_at(cells[k][3]) for k, h in enumerate(columns) if h in _RECEIVER_HEADS), None)
            if a is not None and b is not None and a.entity != b.entity:
                pairs.append((a, b))
    seen = set()
    for a, b in pairs:
        if (a.entity, b.entity) not in seen:
            seen.add((a.entity, b.entity))
            out.append(Candidate(a, "SHIPPED_TO", b, "shipped_to.record_parties", 0.55, _tk[b.start].sent,
                                 _tk[b.start]))


_LISTED_BY_HEADS = frozenset({"listed by", "sanctioned by", "designated by", "sanctioning body", "sanctioning authority",
                              "sanctions", "sanctioned under", "listing authority", "designating authority"})
"""Headings of a table column that names who sanctions the row's party ("| Vessel | IMO | Sanctioned by |")."""


def _sanctions_table(ctx, out: list[Candidate], text: str) -> None:
    """A "|"-table with a "Listed by"/"Sanctioned by" column: each body named in a row's cell ("OFSI", "EU, UK")
    SANCTIONED the row's first organisation, person or vessel (dev conventions: the sanctioning body as named).
    The row is the evidence."""
    if text.count("|") < 4 or " by" not in text.lower() and "sanction" not in text.lower():
        return
    _tk = ctx.tokens()
    within = ctx.mentions_at_chars  # (nested mentions share a start)

    column = None
    for lo, hi, cells in table_lines(text):
        if cells is None:
            column = None
            continue
        heads = [table_head(c[2]) for c in cells]
        k = next((i for i, h in enumerate(heads) if h in _LISTED_BY_HEADS), None)
        if k is not None:
            column = (k, len(cells))
            continue
        if column is None or len(cells) != column[1]:
            continue
        c0, c1 = cells[column[0]][0], cells[column[0]][1]
        bodies = [m for m in within(c0, c1) if _is_body(m)]
        party = next((m for m in within(lo, hi) if m.type in ("Organization", "Person", "Vessel")
                      and not c0 <= _tk[m.start].idx < c1), None)  # ("X Marine Agency" is a party, not a body)
        for b in bodies:
            if party is not None and b.entity != party.entity:
                out.append(Candidate(b, "SANCTIONED", party, "sanctioned.table_column", 0.6, _tk[party.start].sent,
                                     _tk[party.start], span=(lo, hi)))


def _item_number(t: Token) -> bool:
    """``t`` numbers or bullets an item that opens a line: "3/" in a social-media thread, "2." or "(b)" in a
    list, or a bullet sign; a field label may follow it ("3/ Registered owner: X Ltd")."""
    if t.text in _BULLETS:
        return True
    line_start = t.i == 0 or t.doc[t.i - 1].is_space or "\n" in t.doc[t.i - 1].text_with_ws
    core = t.text.lstrip("(")
    body = core.rstrip("/.)")
    return line_start and core != body and 0 < len(body) <= 3 and body.isalnum()


def _appositive_vessel(ctx, t: Token) -> Mention | None:
    """The vessel a descriptive noun phrase stands beside: "the X, a Comoros-flagged tanker", "the X, a
    2006-built product tanker flagged in Gabon", whatever the parser attached the phrase to.

    Parameters
    ----------
    ctx : _Ctx
    t : Token
        A flag or registration word inside the phrase.

    Returns
    -------
    Mention or None
        The Vessel mention that ends right before the comma opening the ship noun's phrase.
    """
    h, seen = t, 0
    while seen < 3 and h.lower_ not in gz.SHIP_NOUNS and h.head.i != h.i:
        h, seen = h.head, seen + 1
    if h.lower_ not in gz.SHIP_NOUNS or h.lower_.endswith("s"):
        return None
    k = h.left_edge.i
    if h.left_edge.lower_ not in ("a", "an") or k < 2 or ctx.doc[k - 1].text != ",":
        return None
    j = k - 2
    if ctx.doc[j].text == ")":  # "X (IMO 9187654), a Comoros-flagged tanker": past the bracket
        while j > k - 8 and j > 0 and ctx.doc[j].text != "(":
            j -= 1
        j -= 1
    m = ctx.tok2m.get(j)
    return m if m is not None and m.type == "Vessel" and m.end == j + 1 else None


def _flag_pending(ctx, sent, sm, out) -> None:
    """ "Iran seized a Panama-flagged tanker ... The tanker, the X, was ...": the flag of an unnamed ship in
    the lede goes to the ship the next two sentences name, when that sentence names one ship and refers
    back to it with a definite ship noun ("the tanker", "the vessel")."""
    pend = getattr(ctx, "pending_flag", None)
    if pend is None:
        return
    country, fsent, anchor, left = pend
    named = list({m.entity: m for m in sm if m.type == "Vessel"}.values())
    if named:
        ctx.pending_flag = None
        doc = ctx.doc
        other = {"separately", "another", "also", "second", "other", "meanwhile", "earlier"}
        if any(t.lower_ in other for t in ctx.toks(sent)) or any(t.lower_ in ("also", "separately", "meanwhile") for t in fsent) \
                or any(t.lower_ in other for t in doc[max(fsent.start, anchor.i - 4):anchor.i]):
            return  # "another Panama-flagged tanker", "separately, the tanker X": a different ship
        target = None
        for t in ctx.toks(sent):  # "The tanker, the X, ...", "the vessel, named X", "the ship, identified as X"
            back = (t.lower_ in gz.SHIP_NOUNS and any(c.lower_ == "the" for c in t.children) and t.i + 1 < sent.end
                    and doc[t.i + 1].text in (",", "(")) or t.lower_ in ("named", "identified", "called")
            if back:
                target = next((ctx.tok2m[k] for k in range(t.i + 1, min(sent.end, t.i + 5))
                               if k in ctx.tok2m and ctx.tok2m[k].type == "Vessel"), None)
                if target is not None:
                    break
        # headline or first sentence; a byline or dateline line may come before the lead
        lede = fsent.start == 0 or fsent.start == next(iter(doc.sents)).end or fsent.start in ctx.word_sent_starts()[:4]
        if target is None and lede and len(named) == 1:
            target = named[0]
        if target is not None:
            out.append(Candidate(target, "FLAGGED_IN", country, "flagged_in.named_later", 0.6, fsent, anchor))
    elif left <= 1:
        ctx.pending_flag = None
    else:
        ctx.pending_flag = (country, fsent, anchor, left - 1)


def _unnamed_ship(ctx, t: Token) -> bool:
    """The flag word ``t`` modifies a ship noun with no name: "a Panama-flagged tanker", "Panama-flagged
    tanker seized" (a headline)."""
    h, seen = t, 0
    while seen < 3 and h.lower_ not in gz.SHIP_NOUNS and h.head.i != h.i:
        h, seen = h.head, seen + 1
    if h.lower_ not in gz.SHIP_NOUNS or h.lower_.endswith("s") or _named_after_noun(ctx, h) is not None:
        return False
    if any(c.dep_ == "appos" and ctx.m(c) is not None and ctx.m(c).type == "Vessel" for c in h.children):
        return False
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in h.children)


_REGISTERED_PARTY_NOUNS = {"owner", "owners", "company", "companies", "firm", "firms", "manager", "managers",
                           "operator", "operators", "trader", "traders", "buyer", "seller", "entity", "entities",
                           "shipowner", "subsidiary", "charterer", "insurer", "bank", "affiliate", "front"}
"""Nouns that an "X-registered" before them makes a party's seat, not a ship's flag."""


def _rule_flag(ctx, sent, sm, vessels, out):
    _flag_pending(ctx, sent, sm, out)
    lem = ctx.lemmas(sent)
    if not (lem & _FLAG_TRIGGERS) and lem.isdisjoint(("re-registered", "re-flagged")):  # forms are in ``lem`` too
        if lem & _FLAG_CHANGE_VERBS and vessels:
            _flag_changes(ctx, sent, vessels, out)  # "X moved from Liberia to Palau" after "reflagged"
        return  # no trigger word: nothing below can fire
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    for t in ctx.toks(sent):
        low = t.lower_
        country = None
        re_prefix = t.i >= 2 and _tk[t.i - 1].text == "-" and _tk[t.i - 2].lower_ == "re"
        if low in ("flagged", "registered", "flag") and t.i >= 2 and _tk[t.i - 1].text == "-" and not re_prefix \
                and not _tk[t.i - 1].whitespace_:  # "Gabon-flagged"; not a bullet's dash ("- Flag: Palau")
            nxt = ctx.tok2m.get(t.i + 1)
            if low == "registered" and nxt is not None and nxt.type == "Organization":
                continue  # "owned by Seychelles-registered X Ltd": the company's registration, not the ship's flag
            if low == "registered" and t.i + 1 < sent.end and (
                    _tk[t.i + 1].lower_ in _REGISTERED_PARTY_NOUNS or
                    _tk[t.i + 1].dep_ in ("compound", "amod") and _tk[t.i + 1].head.lower_ in _REGISTERED_PARTY_NOUNS):
                continue  # "its Panama-registered owner, X": the owner's registration, not the ship's flag
            country = ctx.tok2m.get(t.i - 2)  # "Gabon-flagged", "Panama-registered"
        elif low in ("flag", "tricolour", "tricolor", "ensign") and (low == "flag" or t.dep_ == "dobj") or (
                low == "flags" and t.dep_ == "dobj" and t.head.lemma_.lower() in ("switch", "change")) \
                or (low == "flags" and _field_label(ctx, t, sent)):  # "Previous flags: Liberia."
            country = _flag_country(ctx, t, sent)  # "switched flags to X" as "switched its flag to X"
        elif low in ("registry", "register") and t.pos_ == "NOUN":
            # "listed on the Cameroon ship registry", "entered in Togo's registry"; not "removed from"
            gov = t.head.head if t.dep_ == "pobj" else t.head
            if gov.lemma_.lower() in _DEREGISTER or t.dep_ != "pobj" or t.head.lower_ not in (
                    "on", "in", "into", "with", "to", "under"):
                continue  # "removed from its registry", "the Comoros registry said ...": no flag stated
            for c in t.children:
                if c.dep_ in ("compound", "amod", "poss", "nmod") and ctx.m(c) is not None:
                    country = ctx.m(c)
            body = ctx.m(t)
            if body is not None and body.type == "Organization":
                # "the Cameroon ship registry" named as a body: the country inside its name
                country = next((m for m in ctx.ms if m.type == "Country" and body.start <= m.start
                                and m.end <= body.end), country)
            if country is None:
                for k in (t.i - 1, t.i - 2, t.i - 3):
                    if k >= sent.start and (m := ctx.tok2m.get(k)) is not None and m.type == "Country" and all(
                            _tk[x].lower_ in ("ship", "ships", "shipping", "vessel", "maritime", "'s", "’s",
                                              "international", "national", "open") for x in range(m.end, t.i)):
                        country = m
                        break
        elif low in ("flagged", "reflagged", "registered", "re-flagged", "re-registered"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "under", "with"):
                    for q in c.children:
                        if c.lower_ == "to" and low == "registered" and (org := _org_tok(ctx, q)) is not None:
                            # "the tanker is registered to Y Ltd": its registered owner, not a flag
                            for v in _vessel_of(ctx, t, vessels):
                                out.append(Candidate(org, "OWNS_OR_OPERATES", v, "owner.registered_to", 0.65,
                                                     sent, t))
                            break
                        country = ctx.m(q) or country
                        if ctx.m(q) is None or ctx.m(q).type != "Country":  # "in Togo's registry / records"
                            inner = {m.entity: m for m in ctx.ms if m.type == "Country"
                                     and q.left_edge.i <= m.start <= q.right_edge.i}
                            if len(inner) == 1:
                                country = next(iter(inner.values()))
                            elif (nxt := ctx.tok2m.get(c.i + 1)) is not None and nxt.type == "Country":
                                country = nxt  # "flagged in Gabon, loaded diesel": the parse hung Gabon lower
            if country is None and t.i + 2 < sent.end and _tk[t.i + 1].lower_ in ("in", "to", "under") and \
                    not any(c.dep_ == "prep" and any(q.dep_ == "pobj" for q in c.children) for c in t.children):
                # the parser left "in X" unattached ("was re-registered in Gabon")
                k = t.i + 2
                while k < sent.end and _tk[k].lower_ in ("the", "flag", "of"):
                    k += 1
                if (m := ctx.tok2m.get(k)) is not None and m.type == "Country":
                    country = m
        owner = None
        if country is None and low in ("flagged", "registered") and _vessel_subject(ctx, t):
            country = owner = _registry_owner(ctx, t)
        if country is None or country.type != "Country":
            continue
        if low in ("registered", "re-registered") and t.dep_ in ("acl", "amod") and _tk[t.i - 1].text != "-" and (
                t.head.lower_ in _REGISTERED_PARTY_NOUNS or (hm := ctx.m(t.head)) is not None and
                hm.type == "Organization"):
            continue  # "managed by X, a company registered in Sharjah": the firm's seat, whatever the subject
        if low in ("registered", "re-registered") and _tk[t.i - 1].text != "-" and owner is None \
                and not _vessel_subject(ctx, t) and not re_prefix and not _vessel_clause(ctx, t) \
                and not any(x.lower_ in ("flag", "registry", "register") for x in ctx.toks(sent)):
            continue  # "a company registered in the UAE"; but "the ship is (not) registered in X"
        if low in ("registered", "re-registered") and not re_prefix:
            vc = _vessel_clause(ctx, t)
            targets = [vc] if vc is not None else _vessel_of(ctx, t, vessels)
        else:
            targets = _flag_vessels(ctx, t, sent, vessels)
            if not [v for v in vessels if v.start >= sent.start] and _unnamed_ship(ctx, t):
                ctx.pending_flag = (country, sent, t, 2)  # named in a later sentence
                targets = []
        disowned = _flag_disowned(ctx, sent, country)
        for v in targets:
            c = Candidate(v, "FLAGGED_IN", country, "flagged_in", 0.8, sent, t)
            if disowned:
                c.rule, c.negate = "flagged_in.registry_disowns", True
            out.append(c)
    _flag_changes(ctx, sent, vessels, out)
    _gapped_flags(ctx, sent, out)
    if "respectively" in ctx.sent_text(sent):
        _respectively(ctx, sent, sm, out, "FLAGGED_IN", _RESPECTIVE_FLAG)


def _gapped_flags(ctx, sent, out: list) -> None:
    """The second ship of a gapped clause: "the A is registered in X and the B in Y" (the verb left out
    before "in Y"; the parser makes B a conjunct of X): B FLAGGED_IN Y."""
    for t in ctx.toks(sent):
        if t.lower_ not in ("flagged", "registered", "reflagged", "re-flagged") or t.pos_ != "VERB":
            continue
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "under"):
                continue
            for q in c.children:
                for v in q.conjuncts if q.dep_ == "pobj" else ():
                    vm = ctx.m(v)
                    if vm is None or vm.type != "Vessel":
                        continue
                    for p in v.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "under"):
                            for y in p.children:
                                if y.dep_ == "pobj" and (cm := ctx.m(y)) is not None and cm.type == "Country":
                                    out.append(Candidate(vm, "FLAGGED_IN", cm, "flagged_in.gapped", 0.7, sent, t))


_FAKE_PAPERS = {"fraudulent", "forged", "fake", "false", "counterfeit", "bogus", "invalid", "fabricated"}
_PAPER_NOUNS = {"registration", "certificate", "certificates", "papers", "documents"}  # not "flag": a stated false flag is kept (dev README)


def _flag_disowned(ctx, sent: Span, country: Mention) -> bool:
    """True when this sentence or the next says the flag state's registry disowns the ship: "it was
    broadcasting the flag of X. X's maritime administration said the ship is not entered in its register and
    that the registration certificate on board is fraudulent" (a flag the ship flies but does not hold).

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        The sentence that gives the flag.
    country : Mention
        The flag state.

    Returns
    -------
    bool
        True when a negated "entered / registered / listed" with "register"/"registry", or fraudulent
        papers, is stated in a sentence that names the same country (also inside a body's name).
    """
    nxt = ctx.doc[sent.end].sent if sent.end < len(ctx.doc) else None
    for sp in (sent, nxt):
        if sp is None:
            continue
        toks = ctx.toks(sp)
        if sp is not sent and not any(m.entity == country.entity and sp.start <= m.start < sp.end
                                      for m in ctx.mentions_of(country.entity)) \
                and country.text.lower() not in sp.text.lower():
            continue
        for t in toks:
            if t.lower_ in ("register", "registry") and t.dep_ == "pobj" and ctx.negated(t.head.head):
                return True  # "is not entered in its register"
            if t.lower_ in _FAKE_PAPERS and (t.head.lower_ in _PAPER_NOUNS or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PAPER_NOUNS for c in t.head.children)):
                return True  # "the registration certificate held on board is fraudulent"
    return False


_FLAG_CHANGE_VERBS = {"switch", "move", "transfer", "leave", "drop", "swap", "change", "exchange", "abandon",
                      "ditch", "quit", "shift"}
_FLAG_NOUNS = {"flag", "registry", "register", "flags", "registries", "tricolour", "tricolor", "ensign"}
"""Nouns of a ship's registration: its flag (a tricolour, an ensign) or its registry."""


def _flag_noun_country(ctx, n: Token) -> Mention | None:
    """The country a flag or registry noun names: "the Gabon registry", "the Maltese registry", "the
    Panamanian flag", "Togo's register" (also when the phrase was taken as an Organization's name)."""
    for k in range(n.left_edge.i, n.i):
        m = ctx.tok2m.get(k)
        if m is None:
            continue
        if m.type == "Country":
            return m
        if m.type == "Organization" and m.end - 1 >= n.i - 1:  # "Maltese registry" named as a body
            name = gz.country_by_norm().get(gz.norm(ctx.doc[k].text))
            if name:
                return next((c for c in ctx.ms if c.type == "Country" and c.key == name), None)
    return None


def _country_at(ctx, i: int, end: int) -> Mention | None:
    """The Country right after a preposition at ``i``: "to Palau", "to Sierra Leone's", "for that of Comoros"."""
    k = i + 1
    while k < end and ctx.doc[k].lower_ in ("the", "that", "those", "of"):
        k += 1
    m = ctx.tok2m.get(k) if k < end else None
    return m if m is not None and m.type == "Country" else None


def _flag_changes(ctx, sent, vessels: list[Mention], out) -> None:
    """Reflagging told as a move between registries: both the old and the new flag state.

    "X switched from the Gabon registry to Sierra Leone's", "X left the Maltese registry for Cameroon",
    "X dropped the Panamanian flag for that of Comoros", and, when this or the previous sentence speaks of
    flags or registries, "X moved from Liberia to Palau".

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
    vessels : list of Mention
        The sentence's vessels (named or referred to).
    out : list of Candidate
        FLAGGED_IN candidates are appended (rule ``flagged_in.change``).
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    toks = ctx.toks(sent)
    verbs = [v for v in toks if v.pos_ == "VERB" and (v.lemma_.lower() in _FLAG_CHANGE_VERBS
                                                       or v.lower_.startswith(("reflag", "re-flag")))
             and any(c.dep_ == "prep" and c.lower_ in ("from", "to") or c.dep_ == "dobj" and c.lower_ in _FLAG_NOUNS
                     for c in v.children)]
    if not verbs:
        return
    lem = ctx.lemmas(sent)
    if not (lem & _FLAG_NOUNS or lem & {"reflag", "re-flag", "reflagged", "re-flagged"}):
        if sent.start == 0 or not (ctx.lemmas(_tk[sent.start - 1].sent) & (
                _FLAG_NOUNS_OR_EXTRA)):
            return
    for v in verbs:
        countries: list[Mention] = []
        noun = None
        flag_obj = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _FLAG_NOUNS for c in v.children)
        for c in v.children:
            if c.dep_ == "dobj" and c.lower_ in _FLAG_NOUNS:
                noun = c
            elif c.dep_ == "prep" and c.lower_ == "from":
                for q in c.children:
                    if q.dep_ == "pobj" and q.lower_ in _FLAG_NOUNS:
                        noun = q
                    elif q.dep_ == "pobj" and (v.lemma_.lower() in ("move", "switch", "transfer", "shift") or flag_obj
                                               or v.lower_.startswith(("reflag", "re-flag"))) \
                            and (m := ctx.m(q)) is not None and m.type == "Country":
                        countries.append(m)  # "moved from Liberia to Palau" in a paragraph on flags; "its flag
                        # was changed from Panama to Cameroon"
        if noun is not None:
            m = _flag_noun_country(ctx, noun)
            if m is not None:
                countries.append(m)
        if not countries and v.lemma_.lower() in ("switch", "move", "change", "transfer") and \
                lem & {"flag", "flags", "registry", "register"}:
            # "flew the flag of Togo until March, when it switched to Cameroon": the new flag alone
            countries = [m for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                         for q in c.children for m in [ctx.m(q)] if m is not None and m.type == "Country"]
            for vm in (_vessel_of(ctx, v, vessels) if countries else []):
                out.append(Candidate(vm, "FLAGGED_IN", countries[0], "flagged_in.change", 0.7, sent, v))
            continue
        if not countries:
            continue
        # the new flag: "to X", "to X's", "for X", "for that of X", wherever the parser hung it
        for k in range(v.i + 1, min(sent.end, v.i + 14)):
            if _tk[k].lower_ in ("to", "for") and (m := _country_at(ctx, k, sent.end)) is not None:
                countries.append(m)
                break
            if _tk[k].text in (";",) or _tk[k].lower_ == "and" and doc[k + 1:k + 2] and _tk[k + 1].pos_ in ("VERB", "AUX"):
                break
        if len(countries) < 2 and noun is None:
            continue  # "moved from Liberia" alone may be a voyage
        for vm in _vessel_of(ctx, v, vessels):
            for cm in {c.entity: c for c in countries}.values():
                out.append(Candidate(vm, "FLAGGED_IN", cm, "flagged_in.change", 0.7, sent, v))


def _vessel_clause(ctx, t: Token) -> Mention | None:
    """The vessel a participle or relative clause hangs on: "the tanker X, registered in Y" and
    "the tanker X, which is registered in Y" (not "the company, which is registered in Y")."""
    if t.dep_ in ("acl", "amod") or (t.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in t.children)):
        h = t.head
    else:
        return None
    m = ctx.m(h)
    if m is not None and m.type == "Vessel":
        return m
    if h.lower_ in gz.SHIP_NOUNS:
        named = _named_after_noun(ctx, h)
        if named is not None:
            return named
        for c in h.children:
            if c.dep_ == "appos" and ctx.m(c) is not None and ctx.m(c).type == "Vessel":
                return ctx.m(c)
        if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in h.children) \
                and not h.lower_.endswith("s"):
            refs = [r for r in ctx.vessel_ref(h) if r is not None]  # "The vessel, registered in X, ..."
            return refs[0] if len(refs) == 1 else None
    return None


_INTO_PREPS = frozenset({"to", "into", "toward", "towards"})


def _goods_destination(ctx, m: Mention) -> bool:
    """Whether ``m`` is where things go in its sentence ("reaching Russia", "trucked into Russia", "bound to
    Russia"): the receiver, not the party whose conduct a source reports (dev README: "the supplier or
    acting party")."""
    r = _root_in(ctx, m)
    h = r.head
    return (r.dep_ == "pobj" and h.lower_ in _INTO_PREPS) or (
        r.dep_ == "dobj" and h.lemma_.lower() in ("reach", "enter"))


_CHECK_VERBS = frozenset({"confirm", "verify", "corroborate"})
"""Verbs of checking a claim: "could not confirm that the X called at P" leaves it unverified, not denied.
("establish" and "determine" are left out: with them a held-out article's gold negation came out as a fact,
found on the figure alone.)"""


def _unverified(anchor: Token) -> bool:
    """True when ``anchor`` sits in what someone could not check: "Reuters could not (independently) confirm
    that the X called at P", "was unable to verify that ...", "The BBC has not verified reports that ...",
    "The claim ... could not be verified"."""
    t, seen = anchor, 0
    while t.head.i != t.i and seen < 8:
        t, seen = t.head, seen + 1
        if t.lemma_.lower() in _CHECK_VERBS and t.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in t.children) or _unrealised(t) or (
                t.head.lower_ == "unable" or any(c.lower_ == "unable" for c in t.head.children))
    return False


def _could_not_confirm(ctx, s: Mention) -> bool:
    """True when source ``s`` is the subject of a check it could not make: "The Associated Press could not
    independently confirm ...", "Reuters was unable to verify ..." (no report by it; dev README: an outlet's
    own byline gets no REPORTED unless the text says it reported)."""
    r = _root_in(ctx, s)
    if r.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = r.head
    if v.lemma_.lower() in _CHECK_VERBS:
        return _negated(v) or _unrealised(v)
    if v.lemma_.lower() == "be" and any(c.lower_ == "unable" for c in v.children):
        return any(x.lemma_.lower() in _CHECK_VERBS for c in v.children if c.lower_ == "unable" for x in c.subtree)
    return False


_TRACK_VERBS = frozenset({"track", "monitor", "follow", "geolocate", "spot", "identify", "document"})
"""Verbs by which an investigators' group or an outlet reports ships it watched ("X tracked the A")."""


def _tracked_ships(ctx, sent, sm: list[Mention], vessels: list[Mention], out: list) -> None:
    """REPORTED from an open-source research group or an outlet to the ships it says it watched:
    "Halvard also tracked the A on four crossings", "The three vessels X tracked are A, B and C",
    "X has followed three cargo ships" (the ships the sentence names or refers to). Only a research
    organisation or a media organisation as the subject: a navy or a coast guard that tracks a ship
    is an actor, not a source."""
    ship_ents = {v.entity for v in vessels}
    if not ship_ents:
        return
    for t in ctx.toks(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in _TRACK_VERBS:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        src = ctx.m(subj) if subj is not None else None
        if src is None or src.type != "Organization" or ctx.entities[src.entity].cls not in (
                "ResearchOrganization", "MediaOrganization"):
            continue
        if t.dep_ == "relcl":
            picks = [v for v in vessels if v.start > t.i]  # "The three vessels X tracked are A, B and C"
        else:
            picks = [v for c in t.children if c.dep_ == "dobj" for v in _vessel_tok(ctx, c, vessels)]
        for v in {v.entity: v for v in picks if v.entity in ship_ents}.values():
            out.append(Candidate(src, "REPORTED", v, "reported.tracked", 0.55, sent, t))


def _rule_reported(ctx, sent, sm, sources, out, actors: dict[str, int], vessels: list[Mention]):
    n0 = len(out)
    for s in sources:
        if _could_not_confirm(ctx, s):
            continue
        srcs = {x.entity for x in sources}
        # what a source says another source said: "'The navy announced ...,' said X" -> X reported the navy
        accused = _accused(ctx, s)
        reported = [m for m in _reported_subjects(ctx, s, sent)
                    if m.type in ("Vessel", "Organization", "Person") or actors.get(m.entity, 0) > 0 or m.entity in srcs
                    or m.entity in accused or _ships_here(ctx, m)]
        if s.start > 0 and ctx.doc[s.start - 1].lower_ == "to":
            # "A said investigators believed ..., according to U.N. experts": the speaker who said the rest of
            # the sentence is a fellow source, not what the experts reported on
            reported = [m for m in reported if not (m.type == "Person" and (r := _root_in(ctx, m)).dep_ == "nsubj"
                                                    and r.head.lemma_.lower() in SAY_VERBS)]
        if reported and all(_interceptor(ctx, m) for m in reported):
            # "X said naval commandos had seized Iranian-made missile parts from a dhow": the report is on the
            # shipper (the cargo's origin) or the seized ship, not on the forces that stopped it
            reported = _seized_parties(ctx, [_root_in(ctx, m).head for m in reported], sent, srcs | {s.entity})
        # warships in the sentence are the interceptors or the scenery, not what a source reports on
        vessels = [v for v in vessels if not _service_vessel(ctx, v)]
        if vessels and not any(m.type == "Vessel" for m in sm) and not any(
                (t.lower_ in gz.SHIP_NOUNS and not _ships_in_general(t))
                or (t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")
                                              and not _it_is_speaker(ctx, t, s))
                or (t.lower_ == "it" and t.dep_ == "dobj" and t.head.lemma_.lower() in _SHIP_OBJECT_VERBS)
                for t in ctx.toks(sent)):
            vessels = []  # only a possessive "its" ("at its peak"): too weak to say the source reports on a ship
            # (nor an organisation's "it" about itself: "X told Y that ... but that it shares data")
        if not reported and any(_root_in(ctx, m).head.lemma_.lower() in _RECEIVE_VERBS
                                for m in _reported_subjects(ctx, s, sent)):
            # "X said Russia received missiles from North Korea": the receiver is no actor; the one
            # shipper of the sentence is the party whose conduct is reported (dev README)
            shippers = {m.entity: m for m in sm if m.type in ("Country", "Organization") and m.entity not in srcs
                        and actors.get(m.entity, 0) >= 3}
            if len(shippers) == 1:
                reported = list(shippers.values())
        own = _speaks_of_itself(ctx, s)
        if own is not None:
            # "the company said it would appeal": about itself; only a ship named in what it said counts
            picks = [m for m in sm if m.type == "Vessel" and own.left_edge.i <= m.start <= own.right_edge.i
                     and not _service_vessel(ctx, m)]
            how = "reported.own_statement"
            if not picks:
                continue
        elif reported:
            picks, how = reported, "reported.subject"
        elif _after_direct_quote(sent, s) and s.type != "Person" and \
                (sup := _reported_cargo_suppliers(ctx, s, sent, sm, actors, srcs)):
            picks, how = sup, "reported.cargo_supplier"  # '"The components were hidden ...," said X'
        elif _after_direct_quote(sent, s):
            continue  # '"This was a textbook case," said X': an opinion, not a report on a ship
        elif (own_vs := _outside_source_phrase(ctx, s, vessels)) and (s.type != "Person" or any(
                m.type == "Vessel" for m in sm)):
            # (a person's remark that only says "the vessel" somewhere, "had no information about the
            # vessel", is a comment; a ship it names, or one that is the subject of what it said, counts)
            # ("X, which owns the ships A and B, said ...": ships that only describe the source are not its report)
            picks, how = own_vs, "reported.vessel"
        elif s.type != "Person" and not _general_claim(ctx, s, sent) and _speaks_of_ships(ctx, sent):
            # a body's line about a ship it does not name here: which ship is not safe to guess (the
            # story's most-named ship was right 7 times in 16 on the development set and an unseen batch),
            # and the ship is not some other actor
            continue
        elif s.type != "Person" and (sup := _reported_cargo_suppliers(ctx, s, sent, sm, actors, srcs)):
            # (a named person's word on where goods came from is a comment: "X said goods from Y can end up
            # in weapons"; a body's finding or a report's is a report on the supplier)
            picks, how = sup, "reported.cargo_supplier"
        else:
            how = "reported.actor"
            if not _REPORTED_ACTOR_FALLBACK or s.type == "Person":
                continue  # (a named person's remark with no actor as its subject is a comment or an official's
                # line: "X said the transfers violate resolutions that ban arms trade with Y")
            root = _root_in(ctx, s)
            lo, hi = root.left_edge.i, root.right_edge.i
            if root.dep_ == "appos":
                lo, hi = min(lo, root.head.left_edge.i), max(hi, root.head.right_edge.i)
            cands = [m for m in sm if m.entity != s.entity and m.type in ("Country", "Organization", "Person")
                     and m.entity not in srcs and not (lo <= m.start <= hi) and not _goods_destination(ctx, m)]
            if not cands:
                continue
            pick = max(cands, key=lambda m: (actors.get(m.entity, 0), ctx.freq[m.entity], -m.start))
            if actors.get(pick.entity, 0) == 0 and _REPORTED_NEEDS_ACTOR:
                continue
            picks = [pick]
        if _source_denies(ctx, s, sent):
            continue  # the accused's denial ("X said it 'never managed' the ship") reports on nobody
        own_side = getattr(ctx, "ties", {}).get(s.entity, set())
        if own_side and s.type == "Person":
            # a spokesperson's or officer's word on the ships of the body they speak for is its own line
            own_side = own_side | {v for o in own_side for v in getattr(ctx, "fleet", {}).get(o, ())}
        home = _source_states(ctx, s) if s.type == "Organization" else set()
        for pick in picks:
            if pick.type == "Vessel" and _service_vessel(ctx, pick):
                continue  # a warship shadowing or boarding is not what a source reports on ("the vessels were ...")
            if pick.entity in home:
                continue  # "the U.S. Fisheries Bureau said ...": a state's body on its own state is its line
            if pick.entity != s.entity and pick.entity not in own_side:
                # (a spokesperson's line about the body they speak for is no report on it)
                out.append(Candidate(s, "REPORTED", pick, how, 0.6, sent, _root_in(ctx, s)))
    # the cited or quoted source, and the outlet that quotes, report what the sentence's other source reports
    given = {c.subject.entity for c in out[n0:]}
    if len(given) == 1:
        picks = [c.object for c in out[n0:]]
        for s in sources:
            if s.entity not in given and _relayed_source(ctx, s):
                for pick in picks:
                    if pick.entity != s.entity:
                        out.append(Candidate(s, "REPORTED", pick, "reported.relay", 0.55, sent, _root_in(ctx, s)))


def _source_states(ctx, s: Mention) -> set[str]:
    """Entity ids of the countries a source body's own name holds ("U.S. Fisheries Bureau", "Russian
    Ministry of Economic Development", any of the entity's mentions; :func:`_name_states`): the state whose
    body it is."""
    out, named = set(), set()
    for a in (m for m in ctx.ms if m.entity == s.entity):
        inner, spelt = _name_states(ctx, a)
        out |= inner
        named |= spelt
    if named:
        out |= {e.id for e in ctx.entities.values() if e.type == "Country" and e.name in named}
    return out


def _source_credits(ctx, sent: Span, out: list[Candidate]) -> None:
    """REPORTED from a newsletter's credit line: "... (Source: Interfax)", "(Sources: Windward; Reuters)".

    A paragraph of a digest or a brief that ends by crediting its sources reports on the ships it
    names: each organisation named after "Source:"/"Sources:" (up to the closing bracket or the end
    of the line) gets one candidate per named vessel of that paragraph (the text since the last line
    break), warships left out.

    Parameters
    ----------
    ctx : _Ctx
    sent : spacy.tokens.Span
        A sentence whose lemmas hold "source".
    out : list of Candidate
        Extended in place.
    """
    toks = ctx.toks(sent)
    for j, t in enumerate(toks[:-2]):
        if t.lower_ not in ("source", "sources") or toks[j + 1].text != ":" or not (
                j > 0 and toks[j - 1].text in ("(", "[") or j == 0):
            continue
        credited = []
        for q in toks[j + 2:]:
            if q.text in (")", "]") or "\n" in q.text or "\n" in q.whitespace_:
                break
            m = ctx.m(q)
            if m is not None and m.type == "Organization" and m not in credited:
                credited.append(m)
        if not credited:
            continue
        alltoks = ctx.tokens()
        start = t.i
        while start > 0 and "\n" not in alltoks[start - 1].whitespace_ and "\n" not in alltoks[start - 1].text:
            start -= 1  # back to the paragraph's first word
        ships = {m.entity: m for m in ctx.ms if start <= m.start < t.i and m.type == "Vessel"
                 and not _service_vessel(ctx, m)}
        for src in credited:
            for v in ships.values():
                out.append(Candidate(src, "REPORTED", v, "reported.credit_line", 0.6, sent, t))


def _speaks_of_ships(ctx, sent: Span) -> bool:
    """True when ``sent`` is about a ship: it names one, or says "the tanker", "two ships", "the vessel" (a
    ship noun that is not ships in general). "No Iranian vessel had docked" or "any ship" is about no
    ship, and a source's line with no ship in it (trade figures, an advisory, a designation of a
    company) is about none."""
    if any(m.type == "Vessel" for m in ctx.ms if sent.start <= m.start < sent.end):
        return True
    return any(t.lower_ in gz.SHIP_NOUNS and t.pos_ in ("NOUN", "PROPN") and not _ships_in_general(t) and not any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children) for t in ctx.toks(sent))


def _ships_in_general(t: Token) -> bool:
    """A bare plural ship noun ("shares data on suspicious vessels"): ships in general, none named before."""
    return t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)


def _it_is_speaker(ctx, it: Token, source: Mention) -> bool:
    """True when "it" is an organisation speaking of itself: the subject of a clause reported by the
    organisation's own speech verb ("X told Lloyd's List ... that it shares information")."""
    if source.type != "Organization":
        return False
    root = _root_in(ctx, source)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SAY_VERBS:
        return False
    v, seen = it.head, 0
    while v.i != root.head.i and v.head.i != v.i and v.dep_ in ("ccomp", "conj", "advcl") and seen < 4:
        v, seen = v.head, seen + 1
    return v.i == root.head.i


_SEIZE_VERBS = {"seize", "intercept", "board", "confiscate", "detain", "impound", "interdict", "stop", "capture"}


def _interceptor(ctx, m: Mention) -> bool:
    """True when ``m`` is the subject of a seizure verb: "naval commandos had seized ...", "the army intercepted ..."."""
    t = _root_in(ctx, m)
    return m.type != "Vessel" and t.dep_ == "nsubj" and t.head.lemma_.lower() in _SEIZE_VERBS


def _seized_parties(ctx, verbs: list[Token], sent: Span, exclude: set[str]) -> list[Mention]:
    """What a seizure clause reports on: the origins of the goods it seized ("Iranian-made missile
    components") and the named ship it seized or took them from.

    Parameters
    ----------
    ctx : _Ctx
    verbs : list of Token
        The seizure verbs.
    sent : Span
    exclude : set of str
        Entity ids that cannot be picked (the sources).

    Returns
    -------
    list of Mention
        Country/Organization/Vessel mentions, unique by entity; empty when the clause names none.
    """
    out: list[Mention] = []
    for v in verbs:
        lo, hi = v.left_edge.i, v.right_edge.i
        for m in ctx.ms:
            if m.sent != sent.start or not (lo <= m.start <= hi):
                continue
            if m.type in ("Weapon", "Other"):
                out += _cargo_origins(ctx, m)
            elif m.type == "Vessel" and not _service_vessel(ctx, m):
                out.append(m)
    return list({m.entity: m for m in out if m.entity not in exclude}.values())


def _ships_here(ctx, m: Mention) -> bool:
    """True when a country is the acting party of its own clause: the subject of a shipping verb
    ("X said North Korea has shipped 12,000 containers", with no destination to give SHIPPED_TO) or
    the possessor of an export noun that is a subject ("Russia's crude exports averaged ..., X said").

    Parameters
    ----------
    ctx : _Ctx
    m : Mention
        A subject that :func:`_reported_subjects` found.

    Returns
    -------
    bool
    """
    t = _root_in(ctx, m)
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SHIP_VERBS and not ctx.negated(t.head):
        # goods as the object ("has shipped 12,000 containers of munitions"; not "sent their congratulations")
        return any(x.lower_ in _CARGO_SUBJECTS or x.lemma_.lower() in _CARGO_SUBJECTS or (
            ctx.m(x) is not None and ctx.m(x).type in ("Weapon", "Other"))
            for d in t.head.children if d.dep_ == "dobj" for x in d.subtree)
    return t.dep_ == "poss" and t.head.lemma_.lower() in SHIP_NOUNS_EVENT and t.head.dep_ in ("nsubj", "nsubjpass")


_DENY_SPEECH = {"deny", "dismiss", "reject", "refute", "rebut", "deflect"}
_NEG_WORDS = {"not", "n't", "never", "neither", "nor", "nothing", "none", "no"}


def _source_denies(ctx, source: Mention, sent: Span) -> bool:
    """True when what ``source`` says in ``sent`` is a denial rather than a report.

    News gives the accused's answer as a denial verb ("X denied any link", "X dismissed the reports"),
    as a quoted negation ('X said Tehran "has not sent any weapons"', '"The vessel has never called
    here," X said') or as a negation about the speaker itself ("X told reporters it had never managed
    the ship"). A denial reports on nobody (dev README: REPORTED runs from a source to the actor whose
    conduct is reported); an observer's unquoted negation ("imagery shows the ship never left the gulf")
    is still a report.

    Parameters
    ----------
    ctx : _Ctx
    source : Mention
        A source of ``sent`` (see :func:`_sources`).
    sent : Span

    Returns
    -------
    bool
    """
    lem = ctx.lemmas(sent)
    smear = bool(lem & (_CLAIM_NOUNS_OR_EXTRA) and lem & (_FALSE_WORDS_OR_SMEAR_WORDS))
    if not (smear or lem & (_DENY_SPEECH_OR_NEG_WORDS)):
        return False
    root = _root_in(ctx, source)
    if not (sent.start <= root.i < sent.end):
        # a back-reference ("The Greek company told reporters ..."): the mention is elsewhere; the
        # speaker is the subject of the sentence's speech verb
        verb = next((t for t in ctx.toks(sent) if t.pos_ == "VERB" and t.lemma_.lower() in _SPEAK_VERBS_OR_DENY_SPEECH
                     and any(c.dep_ == "nsubj" for c in t.children)), None)
        if verb is None:
            return False
        root = next(c for c in verb.children if c.dep_ == "nsubj")
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if root.dep_ in ("nsubj", "appos") and verb.lemma_.lower() in _DENY_SPEECH:
        return True
    lo, hi = root.left_edge.i, root.right_edge.i
    if root.dep_ == "appos":  # "X, a spokesman for Y's ministry, said": the whole speaker phrase
        lo, hi = min(lo, root.head.left_edge.i), max(hi, root.head.right_edge.i)
    # the speaker's own side: itself, the bodies it belongs to, the ships they run, what its phrase names
    own = {source.entity} | ctx.ties.get(source.entity, set()) if hasattr(ctx, "ties") else {source.entity}
    own |= {v for o in list(own) for v in getattr(ctx, "fleet", {}).get(o, ())}
    own |= {ctx.tok2m[i].entity for i in range(lo, hi + 1) if i in ctx.tok2m}
    words = {ctx.doc[i].lower_ for i in range(lo, hi + 1)}  # "a spokesman for Iran's ministry": Iran too
    own |= {m.entity for m in ctx.ms if m.sent == sent.start and m.entity in ctx.entities and any(
        a.lower() in words for a in (ctx.entities[m.entity].name, *ctx.entities[m.entity].aliases))}
    if smear and any(m.entity in own and not (lo <= m.start <= hi) for m in ctx.ms if m.sent == sent.start):
        return True  # the accused side calls the reports about it false: "reports of Chinese ports ... 'groundless'"
    for t in ctx.toks(sent):
        if lo <= t.i <= hi or t.i == verb.i or t.lower_ not in _NEG_WORDS:
            continue
        if t.lower_ == "no" and t.dep_ != "det":
            continue
        v = _clause_verb(t)
        if v.i == verb.i or any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in v.children):
            continue  # ("X said A shipped shells, though it gave no breakdown": an aside, not a denial)
        subj_of = v
        while subj_of.dep_ == "conj" and subj_of.head.i != verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in subj_of.children):
            subj_of = subj_of.head  # "X said the ship 'has valid cover' and had 'never carried ...'"
        for c in subj_of.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.lower_ in ("we", "i") or any(x.lower_ in ("our", "my") for x in c.subtree):
                return True  # "no ship in our fleet has called"
            if c.lower_ in ("it", "they") and source.type == "Organization" and verb.lemma_.lower() in _SPEAK_VERBS:
                return True  # "X told reporters it had never managed the ship"
            if c.lower_ in _SELF_NOUNS and any(x.lower_ == "the" for x in c.children) and ctx.m(c) is None:
                return True  # "X's manager said the company had never sold ..."
            refs = [ctx.m(c)] if ctx.m(c) is not None else (ctx.vessel_ref(c) if c.lower_ in gz.SHIP_NOUNS else [])
            if any(m is not None and m.entity in own for m in refs):
                return True  # a spokesman for Y: "Y has not sent any weapons"; an owner: "the vessel never ..."
    return False


_SMEAR_WORDS = {"fabrication", "fabrications", "smear", "slander", "lie", "lies", "propaganda", "nonsense", "fiction"}
_SPEAK_VERBS = {"say", "tell", "state", "add", "write", "insist", "stress", "claim", "announce", "respond", "reply"}


_CARGO_SUBJECTS = {"weapon", "weapons", "drone", "drones", "missile", "missiles", "arms", "components", "parts",
                   "cargo", "shipment", "shipments", "consignment", "material", "materials", "goods", "ammunition",
                   "shells", "engines", "aircraft", "debris", "equipment"}


_GENERAL_SUBJECTS = {"many", "most", "some", "several", "few", "all", "none", "price", "rate", "market", "value"}


def _general_claim(ctx, source: Mention, sent: Span) -> bool:
    """True when what a source says is about many ships or the market, not the story's ship:
    "A DR investigation shows that many of them are insured by ...", "At least 17 of them
    presented ..., according to X", "Prices have climbed to $45 million, X estimates"."""
    root = _root_in(ctx, source)
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if _under_according(root) or (root.dep_ == "pobj" and root.head.lower_ == "to"
                                  and root.head.head.lower_ == "according"):
        clauses = [sent.root]
    if verb.dep_ in ("ccomp", "parataxis") and not clauses:
        clauses = [verb.head]  # "Prices have climbed ..., X estimates"
    for cl in clauses:
        for c in cl.children:
            if c.dep_ in ("nsubj", "nsubjpass") and ctx.m(c) is None and (
                    c.lemma_.lower() in _GENERAL_SUBJECTS or (c.tag_ == "CD" and any(
                        x.dep_ == "prep" and x.lower_ == "of" for x in c.children))):
                return True
    return False


def _reported_cargo_suppliers(ctx, source: Mention, sent: Span, sm: list[Mention], actors: dict[str, int],
                              srcs: set[str]) -> list[Mention]:
    """The supplier a source reports on when what it says is about the goods, not a named party.

    "'The components were hidden among replicas,' said the statement by X", "X concluded that the
    weapon was a missile built in Y", "trains carrying Iranian ammunition travelled ..., according to
    X": the origin of the goods named in the sentence, else the document's one shipper (dev README:
    "otherwise the supplier or acting party").

    Returns
    -------
    list of Mention
        Country/Organization mentions; empty when the sentence says nothing about goods.
    """
    off = getattr(ctx, "off_topic", None)
    if off is None:
        off = ctx.off_topic = _off_topic(ctx.doc)
    if off:
        return []  # off the tool's topic (a launch market, a festival): goods are no shipment with a supplier
    root = _root_in(ctx, source)
    lo, hi = root.left_edge.i, root.right_edge.i
    goods_subj = any(t.dep_ in ("nsubj", "nsubjpass") and not (lo <= t.i <= hi) and (
        t.lower_ in _CARGO_SUBJECTS or (ctx.m(t) is not None and ctx.m(t).type in ("Weapon", "Other")))
        for t in ctx.toks(sent))
    if not goods_subj or any(m.type == "Vessel" and not _service_vessel(ctx, m) for m in sm):
        return []  # (a sentence that names the ship the goods were on is a report on the ship, dev README)
    out = [o for m in sm if m.type in ("Weapon", "Other") and not (lo <= m.start <= hi)
           for o in _cargo_origins(ctx, m) if o.entity not in srcs and o.entity != source.entity]
    if not out:
        shippers = {e for e, w in actors.items() if w >= 3 and e in ctx.entities
                    and ctx.entities[e].type in ("Country", "Organization") and e not in srcs}
        if len(shippers) == 1:
            e = shippers.pop()
            out = ctx.mentions_of(e)[:1]
    return list({m.entity: m for m in out}.values())


_RELAY_VERBS = {"carry", "quote", "cite", "relay", "publish", "echo"}


_QUOTES = {'"', "“", "”", "''", "``"}


def _after_direct_quote(sent: Span, source: Mention) -> bool:
    """True when ``sent`` opens with a quotation that ends before ``source`` ('"...," said X')."""
    toks = [t for t in doc_tokens(sent.doc)[sent.start:sent.end] if not t.is_space]  # (a Span makes new Tokens)
    if not toks or toks[0].text not in _QUOTES:
        return False
    close = next((t.i for t in toks[1:] if t.text in _QUOTES), None)
    return close is not None and close < source.start


def _accused(ctx, source: Mention) -> dict[str, int]:
    """Entity id -> token index of the parties a source accuses: "X accused Y of supplying ...",
    "X blamed Y for ..." (accusations are REPORTED, dev README)."""
    via = _root_in(ctx, source)
    for _ in range(3):  # "Sudan's envoy to the UN, X, accused ...": up to the clause subject
        if via.dep_ == "nsubj" or via.head.i == via.i:
            break
        via = via.head
    verb = via.head
    if via.dep_ == "nsubj" and verb.lemma_.lower() not in _ACCUSE_VERBS:
        # "X designated A and B, accusing them of supplying ...": the participle's object, or for a
        # pronoun the main verb's object, is the accused
        acc = next((a for a in verb.children if a.dep_ == "advcl" and a.lemma_.lower() in _ACCUSE_VERBS
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        if acc is None:
            return {}
        objs = [c for c in acc.children if c.dep_ == "dobj"]
        if objs and objs[0].lower_ in ("them", "it", "him", "her"):
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        out = {}
        for c in objs:
            for t in [c, *c.conjuncts]:  # "the company X and its director, Y": the named appositives
                for x in [ctx.m(t), *[ctx.m(a) for a in t.children if a.dep_ == "appos"]]:
                    if x is not None and x.type in ("Vessel", "Country", "Organization", "Person"):
                        out.setdefault(x.entity, x.start)
        return out
    if via.dep_ != "nsubj" or verb.lemma_.lower() not in _ACCUSE_VERBS:
        return {}
    return {x.entity: x.start for c in verb.children if c.dep_ == "dobj" for x in ctx.mconj(c)
            if x.type in ("Vessel", "Country", "Organization", "Person")}


def _under_according(tok: Token, depth: int = 4) -> bool:
    """True when ``tok`` sits inside an "according to ..." phrase a few heads up
    ("according to data from X", "according to a report by X")."""
    t = tok
    for _ in range(depth):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            return True
        t = t.head
    return False



_SHOW_VERBS = {"show", "reveal", "indicate", "record", "track", "spot", "capture", "place", "put", "picture"}


def _shown_vessels(ctx, verb: Token) -> list[Mention]:
    """The vessel a data source's verb shows: what follows "Kpler data show the vessel loading
    fuel oil", "imagery from X shows it loading coal", "satellite images captured the Y at the pier".

    Read from the words right after the verb (the parser often makes "the vessel loading fuel oil"
    one compound noun): a named vessel, "it", or "the" + a singular ship noun.

    Returns
    -------
    list of Mention
        Vessel mentions (a ship noun or "it" resolved to the vessel it refers back to).
    """
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = verb.i + 1
    if k < len(doc) and _tk[k].lower_ == "that":
        k += 1
    if k < len(doc) and _tk[k].lower_ in ("the", "this"):
        k += 1
    if k >= len(doc) or k >= verb.sent.end:
        return []
    t = _tk[k]
    m = ctx.m(t)
    if m is not None:
        return [m] if m.type == "Vessel" else []
    if t.lower_ == "it" or (t.lower_ in gz.SHIP_NOUNS and not t.lower_.endswith("s") and k > verb.i + 1):
        return [v for v in ctx.vessel_ref(t) if v is not None]
    return []



def _outside_source_phrase(ctx, source: Mention, vessels: list[Mention]) -> list[Mention]:
    """``vessels`` less those named inside the source's own phrase: a relative clause or
    apposition on the source ("X, which owns the general cargo ships A and B, said ...",
    "X, the manager of A, said ...") describes the source; it is not what the source reports."""
    root = _root_in(ctx, source)
    if root.dep_ not in ("nsubj", "appos"):
        return vessels
    lo, hi = root.left_edge.i, root.right_edge.i
    return [v for v in vessels if not (lo <= v.start <= hi)]


def _speaks_of_itself(ctx, source: Mention) -> Token | None:
    """The clause of "X said it would appeal", "X said they had no record": an organisation's
    statement whose subject "it"/"they" is the organisation itself.

    Returns
    -------
    Token or None
        The head of the that-clause, or None when the source does not speak of itself.
    """
    root = _root_in(ctx, source)
    # "X's director, Y, said the company ...": a person speaking for a company (its possessor) about it
    speaks_for = source.type == "Person" and root.dep_ == "appos" and _is_title(root.head) and any(
        c.dep_ == "poss" and ctx.m(c) is not None and ctx.m(c).type == "Organization" for c in root.head.children
    ) or (source.type == "Organization" and root.dep_ == "poss" and _is_title(root.head))  # "X's director said"
    if (source.type != "Organization" and not speaks_for) or source.cls == "MediaOrganization":
        return None  # (an outlet reports on others: "Mediazona reported that it had carried goods")
    if root.dep_ == "appos" and root.head.dep_ == "nsubj":
        root = root.head  # "The cable's operator, X, said it ..."
    if root.dep_ == "poss" and speaks_for:
        root = root.head  # "X's director said the company ..."
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SAY_VERBS - {"report", "write", "publish"}:
        return None
    for cl in root.head.children:
        if cl.dep_ in ("ccomp", "parataxis"):
            subj = [c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and (subj[0].lower_ in (("we",) if source.type == "Person" else ("it", "they", "we")) or (
                    speaks_for and subj[0].lower_ in _SELF_NOUNS and any(d.lower_ == "the" for d in subj[0].children)
                    and ctx.m(subj[0]) is None)):
                return cl  # ("X's director said the company ...": the company itself)
    return None


_SELF_NOUNS = {"company", "firm"}  # "X's director, Y, said the company ...": the speaker's own company


def _reported_subjects(ctx, source: Mention, sent: Span) -> list[Mention]:
    """Who the reported clause is about: the subject of what the source said.

    "Reuters reported that Sorvel was building ...", "the ministry said the vessel had been removed",
    "The ship sank, the ministry said", "According to X, the tanker left ...".
    """
    root = _root_in(ctx, source)
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in SAY_VERBS:  # "X welcomed the move, saying they were ...": the saying clause
        say = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in SAY_VERBS
               and not any(x.dep_ == "nsubj" for x in c.children)]
        if say:
            verb = say[0]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") or (
        c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children))]
    # ("X reported, citing people familiar with the matter, that Y sold ...": the that-clause parsed as advcl)
    if not clauses:  # (or hung on "citing": "X reported in 2023, citing customs data, that Y's imports had risen")
        clauses = [x for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote")
                   for x in c.children if x.dep_ == "ccomp" and x.left_edge.i > 0 and
                   ctx.doc[x.left_edge.i - 1].text == "," and any(q.dep_ == "mark" and q.lower_ == "that"
                                                                 for q in x.children)]
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        clauses = [sent.root]
    elif _under_according(root):  # "according to data from X", "according to a report by X"
        clauses = [sent.root]
    if verb.dep_ == "advcl" and not clauses and any(c.lower_ == "as" for c in verb.children):
        clauses = [verb.head]  # "X exported grain, as stated by Y"
    if verb.dep_ in ("ccomp", "parataxis") and not clauses and verb.head.lemma_.lower() not in SAY_VERBS:
        clauses = [verb.head]  # "The ship sank, the ministry said" parsed the other way round
    if not clauses and verb.lemma_.lower() == "quote" and (said := _quoted_as_saying(verb)) is not None:
        clauses = [said]  # "X was quoted by Interfax as saying the ship had left"
    out: list[Mention] = []
    if verb.lemma_.lower() == "say":  # '"...," X said of the tanker Y': what the words are about
        out += [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                for q in c.children if q.dep_ == "pobj" for m in [ctx.m(q) or next(
                    (ctx.m(a) for a in q.children if a.dep_ == "appos" and ctx.m(a) is not None), None)]
                if m is not None and m.type in ("Vessel", "Organization")]
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        # "According to X, A and B moved ...": A and B parsed as X's conjuncts
        out += [m for q in _misattached_subjects(root) if (m := ctx.m(q)) is not None]
    via = root  # the source's way into the verb: its subject for "X quoted Y"
    while via.head.i != verb.i and via.head.i != via.i:
        via = via.head
    if verb.lemma_.lower() in _RELAY_VERBS and via.dep_ == "nsubj":
        # "X carried the navy's statement", "Y quoted the navy as calling ...": the relayed party
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            for q in [c, *[x for x in c.children if x.dep_ == "poss"]]:
                m = ctx.m(q) or (ctx.org_ref(q) if q.pos_ == "NOUN" else None)
                if m is not None and m.type in ("Organization", "Person") and m.entity != source.entity:
                    out.append(m)
    out += [ctx.m(ctx.doc[i]) for i in _accused(ctx, source).values()]
    if not clauses and via.dep_ == "nsubj" and verb.lemma_.lower() in _SHOW_VERBS:
        out += _shown_vessels(ctx, verb)  # "Kpler data show the vessel loading ...", "imagery shows it ..."
    for cl in clauses:
        subj = [c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("it", "this") and cl.lemma_.lower() in ("be", "seem", "appear"):
            # "'It is clear that Iran continues ...,' X said": the subject of the that-clause
            inner = [c for c in cl.children if c.dep_ == "ccomp"]
            if inner:
                cl = inner[0]
                subj = [c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        t = subj[0]
        m = ctx.m(t)
        if m is None:
            if t.lower_ in gz.SHIP_NOUNS or t.lower_ in ("it", "they", "she"):
                if t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children):
                    continue  # "tankers quickly left the gulf": ships in general, not the named ones
                if any(c.dep_ == "det" and c.lower_ in ("every", "any", "each", "no") for c in t.children):
                    continue  # "every tanker that carries ... is a target": ships in general
                out += [v for v in ctx.vessel_ref(t) if v is not None]
                continue
            if t.lower_ in ("firms", "companies", "entities"):  # "both companies shipped ..."
                out += [x for x in _targets(ctx, t) if x.type == "Organization"]
                continue
            for c in t.children:  # "the vessel's documents"
                if c.dep_ == "poss" and (c.lower_ in gz.SHIP_NOUNS or ctx.m(c) is not None):
                    out += [ctx.m(c)] if ctx.m(c) else [v for v in ctx.vessel_ref(c) if v is not None]
            m = ctx.org_ref(t)
            if m is None and not any(c.dep_ == "poss" and not (ctx.m(c) is not None and ctx.m(c).type in (
                    "Country", "Location")) for c in t.children):
                # "Moscow's largest tanker operator, X, chartered ...": the name in apposition (not "the ship's
                # operator, X, did not respond": the ship is what the line is about)
                m = next((ctx.m(c) for c in t.children if c.dep_ == "appos" and ctx.m(c) is not None), None)
        if m is not None and m.type in ("Vessel", "Country", "Organization", "Person") and m.entity != source.entity:
            out += [x for x in ctx.mconj(t) if x.type in ("Vessel", "Country", "Organization", "Person")] or [m]
    return list({x.entity: x for x in out if x is not None and x.entity != source.entity}.values())


# ---------------------------------------------------------------- driver
def _false_label(ctx, m: Mention) -> bool:
    """True when goods are named only as what they were falsely called: "papers that falsely described the
    cargo as Iraqi crude", "mislabelled as spare parts", "disguised as humanitarian aid"."""
    r = _root_in(ctx, m)
    if r.dep_ != "pobj" or r.head.lower_ != "as":
        return False
    v = r.head.head
    lem = v.lemma_.lower()
    return lem in ("disguise", "mislabel", "mislabele", "misdeclare", "misdescribe") or \
        lem in _CALL_VERBS | {"declare", "list", "record", "identify", "present"} and \
        any(c.dep_ == "advmod" and c.lower_ in _FALSELY for c in v.children)


def extract_relations(doc: Doc, document: Document, ms: list[Mention],
                      entities: dict[str, Entity]) -> DocumentGraph:
    """Run every rule over ``doc`` and build the document's graph.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed with :func:`newsgraph.ingest.nlp.load_nlp`'s pipeline.
    document : Document
    ms : list of Mention
        Resolved mentions (``Mention.entity`` set).
    entities : dict of str to Entity

    Returns
    -------
    DocumentGraph
        Relations unique by (subject, predicate, object), every evidence kept;
        pruned candidates in ``dropped``.
    """
    onto = load_ontology()
    ctx = _Ctx(doc, ms, entities)
    by_sent: dict[int, list[Mention]] = {}
    for m in ms:
        if m.type in ("Other", "Weapon") and _false_label(ctx, m):
            continue  # "papers that falsely described the cargo as Iraqi crude": a disguise, not a cargo
        by_sent.setdefault(m.sent, []).append(m)
    cands: list[Candidate] = []
    ctx.groups = []
    for st, mm in sorted(by_sent.items()):
        vs = list({m.entity: m for m in mm if m.type == "Vessel"}.values())
        if len(vs) >= 2:
            ctx.groups.append((st, vs))
    sent_sources: dict[int, list[Mention]] = {}
    quote_speaker: dict[int, Mention] | None = None  # made the first time a sentence has no source
    own_sources: dict[int, list[Mention]] = {}  # the sources a sentence names itself (no quoted speaker)
    sents = list(doc.sents)
    shipment_cargo: list[tuple[Mention, Span]] = []
    sent_vessels: dict[int, list[Mention]] = {}
    # the vessels "the vessel"/"it"/"the ships" refer back to at each sentence's start, for the REPORTED pass
    ref_state: dict[int, tuple[Mention | None, list[Mention]]] = {}
    for sent in sents:
        ref_state[sent.start] = (ctx.last_single, list(ctx.last_group))
        sm = by_sent.get(sent.start, [])
        vessels, explicit = _sentence_vessels(ctx, sent, sm)
        sent_vessels[sent.start] = vessels
        own_sources[sent.start] = sources = _sources(ctx, sent)
        if not sources and quote_speaker is None:
            quote_speaker = _quote_speakers(ctx, sents, sent_sources)
        if not sources and sent.start in quote_speaker:
            # a sentence of a statement quoted at length: its claims are the speaker's (no REPORTED from it:
            # the speaker is the relations' source, not a reporter on their actors)
            sources = [quote_speaker[sent.start]]
        sent_sources[sent.start] = sources
        out: list[Candidate] = []
        _rule_visited(ctx, sent, sm, vessels, out)
        _rule_located_in(ctx, sent, sm, out)
        _rule_transported(ctx, sent, sm, vessels, out)
        n_sanc = len(out)
        _rule_sanctioned(ctx, sent, sm, vessels, out)
        if len(out) > n_sanc:  # "... far above the cap set by UN sanctions on X, the Y Centre reported": Y speaks
            out[n_sanc:] = [c for c in out[n_sanc:] if not (
                c.predicate == "SANCTIONED" and (r := _root_in(ctx, c.object)).dep_ == "nsubj" and
                r.head.lemma_.lower() in SAY_VERBS and c.anchor is not None and r.head.i != c.anchor.i and
                r.i > c.anchor.i and ctx.doc[c.object.start - 1 - (ctx.doc[c.object.start - 1].lower_ == "the")].text
                == ",")]
        if len(out) > n_sanc and "follow" in ctx.lemmas(sent):
            _followed_in_sentence(ctx, sent, out, n_sanc)
        _rule_titles(ctx, sent, sm, out)
        _rule_affiliation_more(ctx, sent, sm, out)
        _rule_agreement(ctx, sent, sm, out)
        _rule_shipped(ctx, sent, sm, out)
        _rule_cargo_flow(ctx, sent, sm, out)
        _rule_consignment(ctx, sent, sm, out)
        _rule_shipped_more(ctx, sent, sm, out)
        _rule_trade_flow(ctx, sent, sm, out)
        _rule_supplied(ctx, sent, sm, out)
        _rule_owner(ctx, sent, sm, vessels, out)
        _rule_flag(ctx, sent, sm, vessels, out)
        if not vessels and ctx.last_single is not None:
            _found_cargo(ctx, sent, sm, out)
        _seized_list(ctx, sent, sm, vessels if explicit else [], out)
        cands.extend(out)
        if not vessels:
            lem = ctx.lemmas(sent)
            if lem & {"shipment", "shipments", "delivery", "deliveries", "transfer", "transfers"}:
                shipment_cargo += [(m, sent) for m in sm if m.type == "Weapon"]
        # discourse state
        if explicit:
            cargo_ships = [v for v in vessels if not _service_vessel(ctx, v)] if len(vessels) == 2 else []
            if len(cargo_ships) == 1:
                # "teams from the cutter USCGC X found the parts aboard the Y": the story's ship is Y, the
                # patrol ship is an aside ("the dhow", "it" next refer to Y)
                ctx.last_single = cargo_ships[0]
            elif len(vessels) >= 2:
                ctx.last_group = vessels
                subj = {v.entity: v for v in vessels if (r := ctx.tokens()[v.start:v.end]) and
                        any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in r)}
                if len(subj) == 1 and not _service_vessel(ctx, (sv := next(iter(subj.values())))):
                    ctx.last_single = sv  # "A took on crude from B. Its transponder ...": "its" is A's
            elif _service_vessel(ctx, vessels[0]):
                ctx.last_service = vessels[0]
                v0 = vessels[0]
                if ctx.last_single is None or _service_vessel(ctx, ctx.last_single) or (
                        not _brings_in_unnamed_ship(ctx, sent) and any(
                            t.dep_ == "nsubj" and t.head.dep_ == "ROOT" for t in ctx.tokens()[v0.start:v0.end])):
                    # ("HMS X served with the navy for 22 years. She sailed to Y": the story's ship, the subject)
                    ctx.last_single = vessels[0]
                # else a patrol ship or warship in passing ("while the navy patrol vessel X kept watch nearby"):
                # "the tanker", "it" next still refer to the story's ship, named before it
            elif not _escort_aside(ctx, sent, vessels[0]):
                ctx.last_single = vessels[0]
        elif ctx.last_single is not None and _brings_in_unnamed_ship(ctx, sent):
            ctx.last_single = None  # "Iran seized an unnamed tanker ... The tanker was carrying fuel": not the last ship
        ctx.last_cargo += [m for m in sm if m.type in ("Weapon", "Other")]
    # actors: who ships, supplies or sails in this document
    actors: dict[str, int] = {}
    for c in cands:
        w = {"SHIPPED_TO": 3, "TRANSPORTED": 3, "VISITED": 3, "SUPPLIED": 1}.get(c.predicate, 0)
        if w and c.rule != "shipped_to.trade_flow":  # (a country's aggregate trade is no act a source reports)
            actors[c.subject.entity] = max(actors.get(c.subject.entity, 0), w)
    text = _doc_text(doc, document)  # (once: the record passes below all read it)
    _table_rows(ctx, cands, text)
    _designated_table_rows(ctx, cands, text)
    _linked_to(ctx, cands, text)
    _byline_credits(ctx, cands, text)
    _sdn_entries(ctx, cands, text)
    _port_field_visits(ctx, cands, text)
    _cargo_field(ctx, cands, text)
    _shipper_consignee(ctx, cands, text)
    _sanctions_table(ctx, cands, text)
    _union_council_sanctions(ctx, cands)
    if ctx.sanction_doc:
        _described_targets(ctx, cands)
    ctx.ties, ctx.fleet = {}, {}  # speaker -> the bodies it leads or belongs to; owner -> its ships
    for c in cands:
        if c.predicate in ("LEADS", "AFFILIATED_WITH") and not c.negate:
            ctx.ties.setdefault(c.subject.entity, set()).add(c.object.entity)
        elif c.predicate == "OWNS_OR_OPERATES" and not c.negate:
            ctx.fleet.setdefault(c.subject.entity, set()).add(c.object.entity)
    for sent in sents:
        out = []
        # back-references resolve as at this point of the text, not as at its end
        ctx.last_single, ctx.last_group = ref_state.get(sent.start, (ctx.last_single, ctx.last_group))
        _rule_reported(ctx, sent, by_sent.get(sent.start, []), own_sources[sent.start], out, actors,
                       sent_vessels.get(sent.start, []))
        if "source" in ctx.lemmas(sent):
            _source_credits(ctx, sent, out)
        if not ctx.lemmas(sent).isdisjoint(_TRACK_VERBS):
            _tracked_ships(ctx, sent, by_sent.get(sent.start, []), sent_vessels.get(sent.start, []), out)
        cands.extend(out)
    # cargo shipped with no ship named in the sentence: carried by the ships that made the voyages
    voyagers = {c.subject.entity: c.subject for c in cands if c.predicate == "VISITED"}
    # a ship the text shows carrying other goods (oil, cement) is not thereby shown carrying the arms
    for c in cands:
        if c.predicate == "TRANSPORTED" and not c.negate and c.object.type != "Weapon":
            voyagers.pop(c.subject.entity, None)
    if voyagers:
        for m, sent in shipment_cargo:
            for v in voyagers.values():
                cands.append(Candidate(v, "TRANSPORTED", m, "transported.document_shipments", 0.4, sent,
                                       _root_in(ctx, m)))
    pruned = _guard_negations(ctx, cands)
    cands = _container_contents(ctx, cands)
    return _build(document, doc, ctx, cands, sent_sources, onto, pruned)


_COUNT_WORDS = {**_NUMBERS, "one": 1, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
"""Count words of a release's lead: :data:`_NUMBERS` and the rest up to twenty."""
_COUNTED_TARGETS_RE = re.compile(
    r"\b(?:sanction(?:ed|s|ing)?|designat(?:ed|es|ing))\s+(?:today\s+)?(\w+)\s+(individuals?|persons?|people)"
    r"(?:\s*,?\s*(?:and\s+)?(\w+)\s+(entities|entity|companies|company|firms?))?", re.I)
"""A release's lead that counts its unnamed targets: "OFAC sanctioned five individuals and five entities"."""
_INTRO_NOUNS = frozenset({"national", "resident", "citizen"})
"""Words a sanctions release introduces a designated person with: "Iranian national X", "Hong Kong resident Y"."""


def _count_word(w: str) -> int | None:
    return int(w) if w.isdigit() else _COUNT_WORDS.get(w.lower())


def _described_targets(ctx, cands: list) -> None:
    """Targets a sanctions release describes without a designation verb: after "OFAC sanctioned five individuals
    and five entities ...", the release's paragraphs introduce each one ("Tehran-based X Company (X) has procured
    ...", "Iranian national Y is X's managing director", "Z, X's commercial manager, arranged ..."). Each is
    SANCTIONED by the lead's body when the text introduces exactly as many as the lead counts.

    Introduced organisations are the ones given a short name in brackets where first named ("X Company (X)"),
    outside the lead's paragraph; introduced people are named after a nationality or residence word ("PRC national
    Y") or in apposition with a post at an introduced organisation ("Z, X's commercial manager"). Reading stops
    where another body's designation starts ("The Department of State is designating ..."). The US Treasury's
    releases are written so (home.treasury.gov press releases); a count that does not match leaves the text to the
    other rules. Changed in place: candidates are appended.
    """
    text = doc_text(ctx.doc)
    m = _COUNTED_TARGETS_RE.search(text)
    if m is None:
        return
    n_people = _count_word(m.group(1))
    n_orgs = _count_word(m.group(3)) if m.group(3) else 0
    if not n_people and not n_orgs:
        return
    doc = ctx.doc
    _tk = ctx.tokens()
    lead_tok = next((t for t in _tk if t.idx >= m.start()), None)
    if lead_tok is None:
        return
    lead_sent = lead_tok.sent
    # the body the lead's own verb credits ("the Treasury's Office of Foreign Assets Control (OFAC) sanctioned"),
    # else the body named last before the count
    body = next((c.subject for c in cands if c.predicate == "SANCTIONED" and c.sent.start == lead_sent.start), None) \
        or next((x for x in reversed(ctx.ms) if lead_sent.start <= x.start < lead_sent.end and _is_body(x)
                 and x.type == "Organization" and _tk[x.start].idx < m.start()), None)
    if body is None:
        return
    para_end = text.find("\n", lead_sent.end_char)
    para_end = len(text) if para_end < 0 else para_end
    stop = len(doc)
    for t in _tk[lead_sent.end:]:
        if t.idx < para_end:
            continue  # (the lead's paragraph may announce another body's action: "Concurrently, State is ...")
        if t.pos_ == "VERB" and t.lemma_.lower() in ("designate", "sanction") and any(
                c.dep_ == "nsubj" and _is_body(ctx.m(c)) and ctx.m(c).entity != body.entity for c in t.children):
            stop = t.sent.start  # "The Department of State is designating X": another body's listing
            break
    first_at: dict[str, int] = {}
    for x in ctx.ms:
        first_at.setdefault(x.entity, x.start)
    orgs: dict[str, Mention] = {}
    for x in ctx.ms:
        if x.type != "Organization" or x.start < lead_sent.end or x.start >= stop or _is_body(x) or \
                first_at[x.entity] != x.start or _tk[x.start].idx < para_end:
            continue
        k = x.end + (x.end < len(doc) and _tk[x.end].is_title)  # ("X Dis Ticaret Limited| Sirketi (X)")
        if k + 2 < len(doc) and _tk[k].text == "(" and _tk[k + 1].is_title and \
                any(_tk[j].text == ")" for j in range(k + 2, min(len(doc), k + 6))):
            orgs[x.entity] = x  # "Hong Kong-based X Trading Limited (X)": a short name defined for the text
    people: dict[str, Mention] = {}
    for x in ctx.ms:
        if x.type != "Person" or x.start < lead_sent.end or x.start >= stop or x.entity in people:
            continue
        if x.start > 0 and _tk[x.start - 1].lower_ in _INTRO_NOUNS:
            people[x.entity] = x  # "Iranian national X"
        elif x.end + 2 < len(doc) and _tk[x.end].text == "," and (om := ctx.tok2m.get(x.end + 1)) is not None and \
                om.entity in orgs and om.end < len(doc) and _tk[om.end].text in ("'s", "’s"):
            people[x.entity] = x  # "Y, X's commercial manager, arranged ..."
    if n_people and len(people) == n_people:
        for x in people.values():
            cands.append(Candidate(body, "SANCTIONED", x, "sanctioned.described_targets", 0.55, _tk[x.start].sent,
                                   _tk[x.start]))
    if n_orgs and len(orgs) == n_orgs:
        for x in orgs.values():
            cands.append(Candidate(body, "SANCTIONED", x, "sanctioned.described_targets", 0.55, _tk[x.start].sent,
                                   _tk[x.start]))


def _union_council_sanctions(ctx, cands: list) -> None:
    """Sanctions credited to the European Union in a list of designations ("The vessels listed today are:" and a
    bulleted list) or to the "(EU)" of a legal act's citation ("added to the list in Annex I to Regulation (EU) No
    269/2014"), in a text that names the Union's Council, are the Council's: the Council adopts the EU's listings,
    and a credit goes to the most specific body named (dev README). Changed in place; the EU named as an actor in
    a sentence ("the EU sanctioned X") keeps its credits."""
    council = next((m for m in ctx.ms if m.type == "Organization" and m.key.startswith("council of the ")
                    and m.key.endswith((" european union", " eu"))), None)
    if council is None:
        return
    _tk = ctx.tokens()
    for c in cands:
        m = c.subject
        if c.predicate == "SANCTIONED" and m.type == "Organization" and m.key in ("european union", "eu") and (
                c.rule in ("sanctioned.bullet_list", "sanctioned.numbered_list") or
                m.start >= 2 and _tk[m.start - 1].text == "(" and _tk[m.start - 2].lower_ in _LEGAL_ACT_WORDS):
            c.subject = council


_LEGAL_ACT_WORDS = frozenset({"regulation", "decision", "directive"})
"""EU legal acts cited with the Union in brackets ("Council Regulation (EU) 2024/1745", "Decision (CFSP)")."""


_CONTAINER_WORDS = {"containers", "container", "crates", "crate", "boxes", "pallets", "packages", "bags", "sacks"}
_HOLD_VERBS = {"hold", "contain", "carry", "conceal", "hide", "pack", "load", "fill"}


_HEDGE_PARTICIPLES = frozenset({"believe", "think", "suspect", "say", "report", "understand", "presume", "reckon"})
"""Verbs of a hedge between goods and what holds them: "containers believed to hold X"."""


def _container_contents(ctx, cands: list) -> list:
    """A ship's containers that the text says hold named goods carry those goods: "inspectors found 40
    containers holding assault rifles, rocket launchers and ammunition", "The containers, carrying CNC machine
    tools and controllers, crossed aboard the ferry X" -> X TRANSPORTED the goods, not the containers.

    Parameters
    ----------
    cands : list of Candidate
        All candidates of the document.

    Returns
    -------
    list of Candidate
        ``cands`` with each TRANSPORTED candidate whose object is a container word that a participle or
        relative clause of holding ("holding", "containing", "carrying", "which held") fills with Weapon/Other
        mentions replaced by one candidate per such mention; other candidates unchanged.
    """
    out = []
    for c in cands:
        if c.predicate != "TRANSPORTED" or c.object.text.lower() not in _CONTAINER_WORDS:
            out.append(c)
            continue
        root = _root_in(ctx, c.object)
        # ("containers believed to hold artillery shells": the holding verb under a verb of belief)
        holds = [v for v in root.children if v.dep_ in ("acl", "relcl")]
        holds += [x for v in holds if v.lemma_.lower() in _HEDGE_PARTICIPLES for x in v.children if x.dep_ == "xcomp"]
        goods = {m.entity: (m, v) for v in holds if v.lemma_.lower() in _HOLD_VERBS
                 for o in v.children if o.dep_ == "dobj" for m in ctx.mconj(o) if m.type in ("Weapon", "Other")}
        if not goods:
            out.append(c)
            continue
        for g, v in goods.values():  # (a hedged holding is the anchor: its "believed" makes the cargo speculated)
            out.append(Candidate(c.subject, "TRANSPORTED", g, c.rule, c.confidence, c.sent,
                                 v if v.dep_ == "xcomp" else c.anchor, c.negate, c.span))
    return out


_DISBELIEF_VERBS = {"buy", "believe", "accept", "trust"}
"""Verbs of a writer who rejects what was just said: "We don't buy it", "Nobody believes that"."""
_REGISTRY_NOUNS = {"registry", "register", "records", "database"}
_OLD_YEAR = 1980
"""A stand-alone year before this dates a voyage to history (a feature about an old ship), not news."""


def _disbelief_opens(ctx, sent: Span) -> bool:
    """True when the first clause of ``sent`` rejects the sentence before: "We don't buy it: ...", "We found no
    sign that the ship went anywhere near ..." (no evidence of the voyage the sentence before declared)."""
    toks = ctx.toks(sent)
    for k, t in enumerate(toks[:8]):
        if t.lemma_.lower() in _EVIDENCE_NOUNS and k > 0 and toks[k - 1].lower_ == "no" and \
                any(x.lemma_.lower() in ("go", "sail", "call", "head", "visit", "enter", "approach", "reach", "dock")
                    for x in toks[k + 1:k + 8]):
            return True
    for t in toks[:6]:
        if t.lemma_.lower() in _DISBELIEF_VERBS and t.pos_ == "VERB" and ctx.negated(t) and any(
                c.dep_ in ("dobj", "ccomp") and c.lower_ in ("it", "this", "that", "claim", "story")
                or c.dep_ == "ccomp" for c in t.children):
            return True
    return False


_TRUE_WORDS = {"correct", "true", "accurate", "right"}
_VERDICT_WORDS = _FALSE_WORDS | _TRUE_WORDS
"""Adjectives of a verdict on what was just said: "That's not correct", "Those reports are false"."""


def _rejects_previous(ctx, sent: Span) -> bool:
    """True when ``sent`` is a short verdict that the sentence before it is false: "That's not correct.",
    "This is untrue.", "Those reports are wrong." (a spokesperson correcting "early reporting had the
    vessel arriving in P").

    Parameters
    ----------
    ctx : _Ctx
    sent : Span
        The sentence after the one whose claims it may reject.

    Returns
    -------
    bool
        The sentence's root is "be" with a demonstrative or claim-noun subject and a false-word
        complement, or a negated true-word one; at most eight words, so that a longer sentence that only
        contains such a clause ("It is not correct to say that ...") is not read as a verdict.
    """
    if not ctx.lemmas(sent) & _VERDICT_WORDS:
        return False
    root = sent.root
    toks = ctx.toks(sent)
    if root.lemma_.lower() in SAY_VERBS and root.pos_ == "VERB":
        # "That is not true, the port authority said.": the verdict is the speaker's clause
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i < root.i), root)
        toks = list(root.subtree)
    if sum(1 for t in toks if not t.is_punct) > 8:
        return False
    if root.lemma_ != "be":
        return False
    subj = verdict = None
    for t in root.children:
        if t.dep_ == "nsubj":
            subj = t
        elif t.dep_ in ("acomp", "attr") and t.lemma_.lower() in _VERDICT_WORDS:
            verdict = t
    if subj is None or verdict is None or not (
            subj.lower_ in ("that", "this", "it") or subj.lemma_.lower() in _CLAIM_NOUNS_OR_EXTRA
            or subj.lemma_.lower() == "reporting"):
        return False
    if any(t.dep_ == "ccomp" or t.dep_ == "xcomp" for t in root.children):
        return False  # "It is wrong to say ...", "That is not correct, he said" reads differently
    return (verdict.lemma_.lower() in _TRUE_WORDS) == ctx.negated(root)


def _not_before(ctx, m: Mention) -> bool:
    """The mention is contrasted away: ", not X", "rather than X", "instead of X"."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = m.start - 1
    if k < 0:
        return False
    if _tk[k].lower_ == "not" and not (k >= 1 and _tk[k - 1].pos_ in ("AUX", "VERB")):
        return True  # "heading to P, not Q" (but "did not Q" is the verb's own negation)
    return k >= 1 and (_tk[k - 1].lower_, _tk[k].lower_) in (("rather", "than"), ("instead", "of"))


def _registry_denied(ctx, sent: Span) -> bool:
    """The sentence says a registry does not hold the ship: "says it has no such ship on its registry",
    "the vessel is not on its register"."""
    for t in ctx.toks(sent):
        if t.lower_ in _REGISTRY_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj" \
                and t.head.lower_ in ("on", "in") and ctx.negated(t):
            return True
    return False


_FAKE_WORDS = {"fraudulent", "false", "fake", "forged", "bogus", "counterfeit", "invalid", "falsified"}
_PAPER_WORDS = {"certificate", "certificates", "registration", "papers", "documents", "document"}


def _registry_disowns(ctx, sent: Span) -> tuple[set[str], str] | None:
    """What a registry's denial in ``sent`` disowns, read for FLAGGED_IN stated in other sentences.

    News reports a flag state's answer in the registry's voice: "The X Maritime Administration
    informed the panel that the ship is not entered in its ship register", "X's registry said the
    vessel is not on its register and its registration certificate is fraudulent". The registry
    denial (:func:`_registry_denied`, or a registration paper called fraudulent/forged/fake) negates
    the flag that another sentence gave ("was broadcasting the flag of X"): dev README, negation.

    Parameters
    ----------
    ctx : _Ctx
    sent : Span

    Returns
    -------
    tuple of (set of str, str) or None
        The vessel entity ids the denial is about (those named in the sentence, else the last vessel
        named before it) and the lower-cased words of the registry's owner (the registry noun's
        modifiers and the subject of the verb that reports the denial); None when ``sent`` denies no
        registration.
    """
    lem = ctx.lemmas(sent)
    if not (lem & _REGISTRY_NOUNS or lem & _PAPER_WORDS):
        return None
    denial = None
    for t in ctx.toks(sent):
        if t.lower_ in _REGISTRY_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj" \
                and t.head.lower_ in ("on", "in") and ctx.negated(t):
            denial = t
            break
        if t.lower_ in _FAKE_WORDS and t.dep_ in ("acomp", "amod") and any(
                x.lower_ in _PAPER_WORDS for x in (t.head.children if t.dep_ == "acomp" else [t.head])):
            denial = t  # "the registration certificate held on board is fraudulent"
            break
    if denial is None:
        return None
    words = {x.lower_ for x in denial.subtree} if denial.lower_ in _REGISTRY_NOUNS else set()
    v = _clause_verb(denial)
    for _ in range(3):  # up to the verb that reports the denial ("X informed the panel that ...")
        if v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
            v = _clause_verb(v.head) if v.head.pos_ not in ("VERB", "AUX") else v.head
        else:
            break
    for c in v.children:
        if c.dep_ == "nsubj":
            words |= {x.lower_ for x in c.subtree}
            for x in c.subtree:  # the whole name of a body the subject token only ends
                m = ctx.m(x)
                if m is not None:
                    words |= {w.lower() for w in m.text.split()}
    ships = {m.entity for m in ctx.ms if m.type == "Vessel" and sent.start <= m.start < sent.end}
    if not ships:
        before = [m for m in ctx.ms if m.type == "Vessel" and m.start < sent.start]
        if before:
            ships = {max(before, key=lambda m: m.start).entity}
    return (ships, " ".join(sorted(words))) if ships else None


def _registry_flag_negations(ctx, cands: list[Candidate]) -> list[Candidate]:
    """Negated copies of the FLAGGED_IN candidates that a registry's denial elsewhere disowns
    (see :func:`_registry_disowns`): the flag state's own name must be among the registry owner's
    words ("the Gambia Maritime Administration ... its ship register" disowns FLAGGED_IN Gambia)."""
    flags = [c for c in cands if c.predicate == "FLAGGED_IN" and not c.negate]
    if not flags:
        return []
    out = []
    for sent in ctx.doc.sents:
        got = _registry_disowns(ctx, sent)
        if got is None:
            continue
        ships, owner = got
        owner_words = set(owner.split())
        for c in flags:
            if c.subject.entity not in ships or c.sent.start == sent.start:
                continue
            ent = ctx.entities.get(c.object.entity)
            names = {c.object.text} | ({ent.name, *ent.aliases} if ent is not None else set())
            if any(n and set(n.lower().split()) <= owner_words for n in names):
                out.append(Candidate(c.subject, "FLAGGED_IN", c.object, "flagged_in.registry_denied", 0.8, sent,
                                     None, negate=True))
    return out


_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def _historical(ctx, sent: Span) -> bool:
    """The sentence dates what it tells to a year long past ("In 1942 the ship sailed to ...")."""
    if _FOUR_DIGITS.search(ctx.sent_text(sent)) is None:
        return False  # no year in the sentence (a cheap test on its text before walking its tokens)
    for t in ctx.toks(sent):
        if len(t.text) == 4 and t.text.isdecimal() and 1800 <= int(t.text) < _OLD_YEAR and t.i > 0 \
                and (ctx.doc[t.i - 1].lower_ in ("in", "of", "until", "by", "since")
                     or ctx.doc[t.i - 1].lower_[:3] in _MONTH_WORDS) \
                and not (t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].text == "-"):
            return True  # ("1998-built" is an age, not a date of the voyage)
    return False


_UNREALISED_VERBS = {"fail", "decline", "refuse", "neglect", "hesitate"}
_UNREALISED_CUES = _UNREALISED_VERBS | {"yet"}
"""Verbs whose complement did not happen: "has failed to sanction X", "declined to designate X"."""


def _clause_verb(tok: Token) -> Token:
    t, seen = tok, 0
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and seen < 6:
        t, seen = t.head, seen + 1
    return t


def _unrealised(tok: Token | None) -> bool:
    """True when the verb of ``tok`` is what a subject has yet to, failed to or declined to do
    ("has yet to sanction X", "declined to designate X")."""
    if tok is None:
        return False
    v = _clause_verb(tok)
    for _ in range(2):  # "has yet to be sanctioned": sanctioned -> be -> has
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        h = v.head
        if h.lemma_.lower() in _UNREALISED_VERBS or any(c.lower_ == "yet" and c.dep_ == "advmod" for c in h.children):
            return True
        v = h
    return False


def _to_be_done(tok: Token | None) -> bool:
    """True when the verb of ``tok`` is an arrangement still to come: "the ship is to call at P in June"."""
    if tok is None:
        return False
    v = _clause_verb(tok)
    if v.lemma_.lower() == "be" and v.tag_ in ("VBZ", "VBP", "VBD") and any(
            c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in v.children):
        return True  # "Rifles are to be shipped aboard the X": the cargo hangs on "are"
    return v.dep_ == "xcomp" and v.head.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and v.head.tag_ in ("VBZ", "VBP")


def _contrasted_away(ctx, m: Mention) -> bool:
    """The mention follows "but not" / ", not" within its noun phrase: "sanctioned A but not its subsidiary B"."""
    doc = ctx.doc
    _tk = ctx.tokens()  # doc[i] builds a new Token per access
    k = m.start - 1
    while k > m.sent and k >= m.start - 4 and _tk[k].pos_ in ("DET", "PRON", "ADJ", "NOUN") and _tk[k].lower_ != "not":
        k -= 1
    if k <= 0 or _tk[k].lower_ != "not":
        return False
    return _tk[k - 1].lower_ in ("but", ",", "and")


def _not_among(ctx, anchor: Token | None) -> bool:
    """"X is not among the companies sanctioned by Y": the trigger qualifies a group X is said not to be in."""
    if anchor is None or anchor.dep_ not in ("acl", "relcl", "amod"):
        return False
    n = anchor.head
    if n.dep_ == "pobj" and n.head.lower_ in ("among", "on", "in"):
        return ctx.negated(n.head.head) if n.head.head.i != n.head.i else False
    return False


_TOPIC_CUES = {"sanction", "sanctions", "sanctioned", "embargo", "weapon", "weapons", "missile", "drone", "ammunition",
               "artillery", "shell", "shells", "arms", "military", "smuggle", "smuggling", "smuggled", "seize", "seized",
               "seizure", "detain", "detained", "detention", "designate", "designated", "designation", "blacklist",
               "blacklisted", "ofac", "sdn", "spoof", "spoofing", "ais", "munition", "munitions", "uav", "dual-use",
               "navy", "naval", "tanker", "tankers", "crude", "cargo", "cargoes", "shadow", "sts", "ship-to-ship",
               "interdict", "interdicted", "confiscate", "confiscated", "contraband", "warship", "troops", "army",
               "drones", "missiles", "rockets", "warheads", "re-exported", "transshipped"}
"""Words of the tool's subject (sanctions, arms, illicit shipping); an article with almost none of them is off
topic (a ship launch, a festival, a market report), and a ship there is not a sanctions or arms voyage."""
_OFF_TOPIC_MAX = 2
_TOPIC_CUE_HASHES = frozenset(hash_string(w) for w in _TOPIC_CUES)
_TOPIC_CUE_ARRAY = numpy.array(sorted(_TOPIC_CUE_HASHES), dtype="uint64")
_OFF_TOPIC_MIN_TOKENS = 150
_OFF_TOPIC_MIN_WORDS = 100
_FICTION_CUES = {"episode", "episodes", "showrunner", "premiere", "premieres", "actor", "actress", "actors",
                 "screenplay", "screenwriter", "miniseries", "sitcom", "streamer", "thriller", "novelist", "movie",
                 "box-office", "starring", "sequel"}
"""Words of a piece about a film, a series or a novel: the ships, ports and cargoes of its plot are no facts."""
_FICTION_MIN = 4
"""Distinct :data:`_FICTION_CUES` that make a document a piece about fiction (a news story may mention a film
or a novel once, not with its cast, episodes and premiere)."""
_FICTION_ARRAY = numpy.array(sorted(hash_string(w) for w in _FICTION_CUES), dtype="uint64")
_SHIPPING_FACTS = ("VISITED", "TRANSPORTED", "SHIPPED_TO", "SANCTIONED")


def _ship_table(doc: Doc) -> bool:
    """True when ``doc`` holds a "|"-table of ships: a header row with a vessel column and a ship's particular
    (IMO, flag, call sign, place of detention ...), as detention lists, registers and annexes print them. Such
    a table is the tool's subject however few of its words the rows use."""
    text = doc_text(doc)
    if text.count("|") < 4:
        return False
    for _, _, cells in table_lines(text):
        heads = {table_head(c[2]) for c in cells or ()}
        if heads & TABLE_VESSEL_HEADS and heads & TABLE_SHIP_PARTICULARS:
            return True
    return False


def _off_topic(doc: Doc) -> bool:
    """True when ``doc``, an article of at least ``_OFF_TOPIC_MIN_TOKENS`` tokens and ``_OFF_TOPIC_MIN_WORDS``
    words, has at most ``_OFF_TOPIC_MAX`` words of :data:`_TOPIC_CUES` (from the document's counts of
    lower-case forms), or at least ``_FICTION_MIN`` distinct words of :data:`_FICTION_CUES` (a piece about a
    film or series). A shorter text (a brief, a snippet) is too short to tell and is never off topic, nor is
    a table of ships (:func:`_ship_table`)."""
    if len(doc) < _OFF_TOPIC_MIN_TOKENS:
        return False
    # the cue counts first: they read the shared LOWER column, and almost every article fails them, so the
    # table search and the word count (a Doc.to_array of a lexeme flag, about 10 µs) are left for the rest
    lows = doc_column(doc, LOWER)  # lower-case form hashes; Doc.count_by builds a dict of every form
    # a piece about a thriller on smuggling has the subject's words, in its plot
    # (distinct hashes counted in a set: numpy.unique sorts and costs more on a handful of values)
    if int(numpy.count_nonzero(gz.in_sorted(_TOPIC_CUE_ARRAY, lows))) > _OFF_TOPIC_MAX and \
            len(set(lows[gz.in_sorted(_FICTION_ARRAY, lows)].tolist())) < _FICTION_MIN:
        return False
    # (words counted too: a rule line of punctuation makes no brief long)
    return not _ship_table(doc) and int(numpy.count_nonzero(doc.to_array(IS_ALPHA))) >= _OFF_TOPIC_MIN_WORDS


_EVIDENCE_NOUNS = {"evidence", "indication", "sign", "proof", "suggestion", "record", "trace"}
_URGE_VERBS = {"urge", "call", "ask", "press", "push", "propose", "consider", "threaten", "demand", "want", "lobby",
               "recommend", "seek"}
"""Verbs whose complement is only asked for or proposed: "Kyiv urged the EU to sanction X"."""


def _no_evidence(ctx, tok: Token | None) -> bool:
    """True when the clause of ``tok`` is what "there is no evidence / indication that ..." denies."""
    if tok is None or not (ctx.lemmas(tok.sent) & _EVIDENCE_NOUNS):
        return False
    doc = tok.doc
    for n in tok.sent:  # "no evidence that ..." (the parser often hangs the clause elsewhere)
        if n.i >= tok.i - 1:
            break
        if n.lemma_.lower() in _EVIDENCE_NOUNS and n.i > 0 and doc[n.i - 1].lower_ in ("no", "any") \
                and doc[n.i + 1].lower_ == "that" and (doc[n.i - 1].lower_ == "no" or ctx.negated(n)) and \
                not any(doc[j].text in (":", ";") for j in range(n.i + 2, tok.i)):
            return True  # (not "We found no sign that it went to P: an image shows it moored at Q": Q is shown)
    v = _clause_verb(tok)
    for _ in range(2):
        if v.dep_ in ("acl", "ccomp", "relcl") and v.head.i != v.i:
            n = v.head
            if n.lemma_.lower() in _EVIDENCE_NOUNS and (ctx.negated(n) or any(
                    c.dep_ == "det" and c.lower_ == "no" for c in n.children)):
                return True
            v = _clause_verb(n)
        else:
            return False
    return False


def _only_urged(tok: Token | None) -> bool:
    """True when the verb of ``tok`` is in the future or only asked for, planned or proposed ("will
    sanction X", "plans to sanction X", "urged the EU to sanction X")."""
    if tok is None:
        return False
    if _planned(tok):
        return True
    v = _clause_verb(tok)
    return v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in _URGE_VERBS


_CONTRADICT_VERBS = {"contradict", "disprove", "refute", "belie", "debunk", "rebut"}
_CONTRA_CUES = _CONTRADICT_VERBS | {"but"}
_CLAIM_WORDS = {"claim", "report", "assertion", "statement", "account", "allegation", "version"}


def _contradicted(ctx, c: Candidate) -> bool:
    """True when the sentence of ``c`` contradicts the clause that states it.

    - "X said the ship called at P, a claim contradicted by port records" / "..., but satellite images
      contradict the claim": a claim noun that a contradicting verb governs, after the relation;
    - "The ship claimed to have visited P, but port records show it did not": an elliptical negation
      ("it did not", "it had not", "it never did") in a clause opened by "but" after the relation.

    Parameters
    ----------
    ctx : _Ctx
    c : Candidate

    Returns
    -------
    bool
    """
    a = c.anchor
    if a is None:
        return False
    for t in ctx.toks(c.sent):
        if t.i <= a.i:
            continue
        lem = t.lemma_.lower()
        if lem in _CONTRADICT_VERBS and t.pos_ == "VERB" and not ctx.negated(t) and not (
                t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.head.i <= a.i + 12 and
                not any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children)) and not any(
                x.dep_ == "nsubj" and x.lower_ in ("which", "this") for x in t.children):
            # not "it turned south to P instead, contradicting earlier accounts" / "..., which contradicts
            # earlier reports": the clause that states the relation is what contradicts the other accounts
            claim = t.head if t.dep_ == "acl" else next(
                (x for x in t.children if x.dep_ in ("dobj", "nsubjpass")), None)
            if claim is not None and claim.lemma_.lower() in _CLAIM_WORDS and claim.i > a.i:
                return True
        if lem in ("do", "have", "be") and t.dep_ in ("ccomp", "conj", "ROOT") and \
                any(x.dep_ == "neg" for x in t.children) and not any(x.pos_ == "VERB" for x in t.children):
            but = [x for x in ctx.toks(c.sent) if x.lower_ == "but" and a.i < x.i < t.i]
            if but:
                return True  # "..., but port records show it did not"
    return False


def _firms_seat(ctx, c: Candidate) -> bool:
    """True when the port of a VISITED candidate is where a firm is based, not where the ship went: the port's
    phrase hangs on "based", "headquartered" or "registered" that describes an organisation ("operated by X
    Co., a firm based in the port of P"), and the candidate's trigger is not that word."""
    o = c.object
    if not (c.sent.start <= o.start < c.sent.end):
        return False
    t = _root_in(ctx, o)
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if c.anchor is not None and t.i == c.anchor.i:
            return False
        if t.lower_ in ("based", "headquartered", "registered", "incorporated") and t.dep_ in ("acl", "amod"):
            h = t.head
            return ctx.m(h) is not None and ctx.m(h).type == "Organization" or h.lower_ in _ORG_REF
    return False


def _across_while(ctx, c: Candidate) -> bool:
    """True when ``c``'s ship is the subject of one side of a "while"/"whereas" contrast and its trigger is on
    the other side: "The three ships fly the flag of Gabon, while D was reflagged to Sierra Leone" (D flies no
    Gabonese flag), "A loaded crude at P, while B took on condensate at Q" (B did not call at P)."""
    a = c.anchor
    if a is None or not (c.sent.start <= c.subject.start < c.sent.end):
        return False
    r = _root_in(ctx, c.subject)
    if r.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = r.head
    for w in ctx.toks(c.sent):
        if w.pos_ not in ("VERB", "AUX") or not any(m.dep_ == "mark" and m.lower_ in ("while", "whereas")
                                                    for m in w.children):
            continue
        inside = w.left_edge.i <= a.i <= w.right_edge.i
        if v.i == w.i and not inside:
            return True  # the ship's own clause is the "while" one, the trigger is outside it
        if inside and not (w.left_edge.i <= r.i <= w.right_edge.i) and any(
                x.dep_ in ("nsubj", "nsubjpass") for x in w.children):
            return True  # the trigger is in a "while" clause with a subject of its own
    return False


def _guard_negations(ctx, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """Mark or drop candidates that the text contradicts, plans or dates to history (in place).

    - in an off-topic story (:func:`_off_topic`) the shipping facts and a person's REPORTED are dropped;
    - VISITED of a declared destination when the next sentence rejects it ("We don't buy it") or
      contrasts the port away (", not P"); VISITED of a port written ", not P" / "rather than P";
    - FLAGGED_IN when the sentence says the registry does not hold the ship ("has no such ship on its
      registry");
    - VISITED / TRANSPORTED / SHIPPED_TO in a sentence dated before 1980 (a feature's ship history), or
      still to come ("is to call at P"), are dropped;
    - SANCTIONED that is planned, to come or only urged ("will sanction", "urged the EU to sanction") is
      dropped;
    - any candidate is negated whose trigger is what the subject has yet to / failed to / declined to do,
      sits in "reports that ..." the text calls false or in "there is no evidence that ...", whose object
      or subject is contrasted away ("sanctioned A but not B", "X, but not Y, sanctioned Z"), or which
      names a group the subject is not among ("is not among the companies sanctioned by Y");
    - a contradictable candidate is negated when the next sentence is a short verdict that it is false
      ("... had the vessel arriving in P. That's not correct.", "Those reports are wrong.").

    Parameters
    ----------
    ctx : _Ctx
        The document context.
    cands : list of Candidate
        Changed in place: ``negate`` set, or the candidate removed.

    Returns
    -------
    list of (Candidate, str)
        The removed candidates with the reason ``ingest -v`` reports: ``OFF_TOPIC``, ``HISTORICAL`` (dated
        before 1980), ``NOT_YET_DONE`` (to come, planned or only urged), ``BEARING_ONLY`` (a position
        taken from a port), ``OTHER_CLAUSE`` (a ship's fact read across a "while" contrast,
        :func:`_across_while`) or ``FIRMS_SEAT`` (the port a firm is based in, :func:`_firms_seat`).
    """
    keep = []
    pruned: list[tuple[Candidate, str]] = []
    old_sents: dict[int, bool] = {}
    verdicts: dict[int, bool] = {}  # sentence start -> it rejects the sentence before
    if any(c.predicate in _SHIPPING_FACTS or c.predicate == "REPORTED" and c.subject.type == "Person"
           for c in cands) and (
            ctx.off_topic if getattr(ctx, "off_topic", None) is not None else _off_topic(ctx.doc)) and not (
            " List" in doc_text(ctx.doc) and _adds_to_a_list(ctx)):  # (an export-control release is on topic)
        # an off-topic story states no shipping facts, and a person's remark in it is commentary, not a
        # report on an actor (a club's coach on a player, an executive on a product)
        off = [c for c in cands if c.predicate in _SHIPPING_FACTS
               or (c.predicate == "REPORTED" and c.subject.type == "Person")]
        pruned.extend((c, "OFF_TOPIC") for c in off)
        cands[:] = [c for c in cands if c.predicate not in _SHIPPING_FACTS
                    and not (c.predicate == "REPORTED" and c.subject.type == "Person")]
    for c in cands:
        if c.negate:
            keep.append(c)
            continue
        if c.predicate in ("VISITED", "TRANSPORTED", "SHIPPED_TO") and c.sent.start not in old_sents:
            old_sents[c.sent.start] = _historical(ctx, c.sent)
        if c.predicate in ("VISITED", "TRANSPORTED", "SHIPPED_TO") and (
                old_sents[c.sent.start] or _to_be_done(c.anchor)):
            pruned.append((c, "HISTORICAL" if old_sents[c.sent.start] else "NOT_YET_DONE"))
            continue
        if c.predicate == "SANCTIONED" and _only_urged(c.anchor):
            pruned.append((c, "NOT_YET_DONE"))
            continue  # a sanction asked for, planned or to come is not (yet) a sanction
        if c.predicate in ("VISITED", "TRANSPORTED", "FLAGGED_IN") and c.subject.type == "Vessel" and \
                "while" in ctx.lemmas(c.sent) and _across_while(ctx, c):
            pruned.append((c, "OTHER_CLAUSE"))
            continue  # "A and B fly the flag of X, while C was reflagged to Y": C's clause is its own
        if c.predicate == "VISITED" and _firms_seat(ctx, c):
            pruned.append((c, "FIRMS_SEAT"))
            continue  # "operated by X, a firm based in the port of P, and had made runs to Q": X's seat, no call
        if c.predicate == "VISITED" and _bearing_from(ctx, c.object):
            pruned.append((c, "BEARING_ONLY"))
            continue  # "hit 65 nautical miles west of the port of X": a position taken from X, no call there
        lem = ctx.lemmas(c.sent)  # cheap sentence-level tests first: most sentences have none of the cue words
        if (lem & _UNREALISED_CUES and _unrealised(c.anchor)) or ("not" in lem and (
                _contrasted_away(ctx, c.object) or _contrasted_away(ctx, c.subject))) or \
                _not_among(ctx, c.anchor) or \
                (c.predicate in _CONTRADICTABLE and lem & _CONTRA_CUES and _contradicted(ctx, c)) or \
                _no_evidence(ctx, c.anchor) or (
                c.anchor is not None and c.predicate != "REPORTED" and (lem & _FALSE_WORDS or lem & _FALSELY or lem & _REFUTE_VERBS) and _called_false(c.anchor)):
            c.negate = True
            keep.append(c)
            continue
        if c.predicate in _CONTRADICTABLE and c.sent.end < len(ctx.doc) and not (
                c.predicate == "FLAGGED_IN" and c.anchor is not None and c.anchor.dep_ in ("amod", "compound")):
            # ("claimed that the Palau-flagged vessel X offloaded drones at P. These allegations are baseless":
            # the next sentence rejects what the ship did; the flag only names the ship)
            if c.sent.end not in verdicts:
                k = c.sent.end  # the next sentence with a word in it (not the blank line between paragraphs)
                while k < len(ctx.doc) - 1 and ctx.doc[k].is_space:
                    k += 1
                verdicts[c.sent.end] = _rejects_previous(ctx, ctx.doc[k].sent)
            if verdicts[c.sent.end]:  # "early reporting had the vessel arriving in P. That's not correct."
                c.negate = True
                keep.append(c)
                continue
        if c.predicate == "VISITED" and c.object.type == "Port":
            if _not_before(ctx, c.object):
                c.negate = True
            elif _declared_destination(ctx, c.object) and c.sent.end < len(ctx.doc):
                nxt = ctx.doc[c.sent.end].sent
                if _disbelief_opens(ctx, nxt) or any(
                        m.entity == c.object.entity and _not_before(ctx, m)
                        for m in ctx.mentions_of(c.object.entity) if nxt.start <= m.start < nxt.end):
                    c.negate = True
        elif c.predicate == "FLAGGED_IN" and _registry_denied(ctx, c.sent):
            c.negate = True
        keep.append(c)
    if "FLAGGED_IN" in {c.predicate for c in keep}:
        keep += _registry_flag_negations(ctx, keep)  # "X's registry said the ship is not in its register"
    cands[:] = keep
    return pruned


def _doc_text(doc: Doc, document: Document) -> str:
    """``doc.text`` without rebuilding it from the tokens (about 0.7 ms per article): the
    document's own text when ``doc`` was parsed from it (same length, same last token there)."""
    text = document.text or ""
    if not len(doc):
        return doc.text
    last = doc[-1]
    if len(text) == last.idx + len(last.text_with_ws) and text.startswith(last.text, last.idx) \
            and text.startswith(doc[0].text, doc[0].idx):
        return text
    return doc.text




def _headline_end(text: str) -> int | None:
    """The end offset of the text's headline: a first line of at most 25 words with no closing full stop
    (or ?, !, a quote mark), followed by more text; None when the text opens with a sentence."""
    stripped = len(text) - len(text.lstrip())
    nl = text.find("\n", stripped)
    if nl == -1 or not text[nl:].strip():
        return None
    line = text[stripped:nl].rstrip()
    if not line or len(line.split()) > 25 or line[-1] in ".?!\"”’'":
        return None
    return nl


def _headline_follows_body(rel: Relation, head_end: int) -> None:
    """A headline states flatly what the body hedges, attributes or denies ("Sea Falcon carried drones to Port
    Sudan" above "The Sea Falcon may have carried drones ..., according to unnamed sources"): when the body
    states the relation too but never in its own voice, the headline's evidence takes the modality and the
    attribution of the body's first claim of it (hedged, alleged or reported), or of its denial when the body
    only denies it (in place)."""
    head = [e for e in rel.evidence if e.start < head_end and e.modality == "asserted"]
    body = sorted((e for e in rel.evidence if e.start >= head_end), key=lambda e: e.start)
    if not head or not body or any(e.modality == "asserted" for e in body):
        return
    guard = next((e for e in body if e.modality in ("speculated", "alleged", "reported")), body[0])
    for e in head:
        e.modality = guard.modality
        e.attributed_to = list(guard.attributed_to)


def _only_instead(ctx, c: Candidate) -> bool:
    """True when ``c``'s object is what a negated verb's sentence puts in place of the denied one, after ", only"
    or ", but": "Tokyo did not designate X itself, only its two vessels" (the vessels are designated). The
    object is named after that word, or is a reference resolved elsewhere while a reference noun follows it."""
    if c.anchor is None:
        return False
    sent, _tk = c.sent, doc_tokens(ctx.doc)
    k = next((i for i in range(c.anchor.i + 2, sent.end - 1) if _tk[i].lower_ in ("only", "but") and
              _tk[i - 1].text in (",", "—", "–") and _tk[i + 1].lower_ not in ("not", "never", "also")), None)
    if k is None:
        return False
    o = c.object
    if sent.start <= o.start < sent.end:
        return o.start > k
    return any(_tk[i].lower_ in ("its", "their", "the", "those", "these") for i in range(k + 1, min(k + 3, sent.end)))


def _dateline_credit(ctx, m: Mention) -> bool:
    """True for the agency credited in a wire dateline, "DUBAI, Nov 26 (Reuters) -": a named body of the text
    (the development golds list it) that reports on nothing and is reported on by no one (its reporters, in a
    credit line, still work for it)."""
    _tk = ctx.tokens()
    return m.type == "Organization" and 0 < m.start and m.end + 1 < len(_tk) and _tk[m.start - 1].text == "(" \
        and _tk[m.end].text == ")" and _tk[m.end + 1].text in ("-", "–", "—", "--")


def _build(document, doc, ctx, cands, sent_sources, onto, pruned=()) -> DocumentGraph:
    dg = DocumentGraph(document=document)
    for c, reason in pruned:  # removed by _guard_negations: reported by `ingest -v` like a domain mismatch
        s_ent, o_ent = ctx.entities.get(c.subject.entity), ctx.entities.get(c.object.entity)
        dg.dropped.append({"subject": s_ent.name if s_ent else c.subject.text, "predicate": c.predicate,
                           "object": o_ent.name if o_ent else c.object.text, "reason": reason,
                           "sentence": ctx.sent_text(c.sent)})
    doc_text = _doc_text(doc, document)
    dates: list[Span] | None = None
    qcache: dict[int, dict] = {}
    rels: dict[tuple[str, str, str], Relation] = {}
    used: set[str] = set()
    firm: set[tuple[str, str, str]] = set()  # triples the text itself contradicts (see _firm_negation)
    owners: dict[str, set[str]] = {}
    for c in cands:
        if c.predicate == "OWNS_OR_OPERATES":
            owners.setdefault(c.object.entity, set()).add(c.subject.entity)
    for c in cands:
        s_ent = ctx.entities.get(c.subject.entity)
        o_ent = ctx.entities.get(c.object.entity)
        if s_ent is None or o_ent is None:
            dg.dropped.append({"subject": c.subject.text, "predicate": c.predicate, "object": c.object.text,
                               "reason": "UNKNOWN_ENTITY", "sentence": ctx.sent_text(c.sent)})
            continue
        if s_ent.id == o_ent.id:
            continue
        if c.predicate not in ("AFFILIATED_WITH", "LEADS") and (
                _dateline_credit(ctx, c.subject) or _dateline_credit(ctx, c.object)):
            dg.dropped.append({"subject": s_ent.name, "predicate": c.predicate, "object": o_ent.name,
                               "reason": "DATELINE_CREDIT", "sentence": ctx.sent_text(c.sent)})
            continue
        rt = onto.relation(c.predicate)
        if s_ent.type not in rt.domain or o_ent.type not in rt.range:
            dg.dropped.append({"subject": s_ent.name, "predicate": c.predicate, "object": o_ent.name,
                               "reason": "DOMAIN_MISMATCH" if s_ent.type not in rt.domain else "RANGE_MISMATCH",
                               # sliced from the document's text: Span.text rebuilds it from the tokens (about
                               # 10 µs a sentence, for each of the dozen or more candidates dropped per article)
                               "sentence": ctx.sent_text(c.sent)})
            continue
        s_id, o_id = s_ent.id, o_ent.id
        if rt.symmetric and (o_id, c.predicate, s_id) in rels:
            s_id, o_id = o_id, s_id
        sources = [m for m in sent_sources.get(c.sent.start, []) if m.entity not in (s_id,)]
        if c.predicate in ("LEADS", "AFFILIATED_WITH") and len(sources) < len(sent_sources.get(c.sent.start, [])):
            sources = []  # a speaker's post is the writer's introduction, not a co-speaker's claim ("X chairman A
            # and chief executive B said ...": A's post is not B's word)
        if c.predicate in ("TRANSPORTED", "SHIPPED_TO") and c.anchor is not None and _planned(c.anchor):
            dg.dropped.append({"subject": s_ent.name, "predicate": c.predicate, "object": o_ent.name,
                               "reason": "NOT_YET_DONE", "sentence": ctx.sent_text(c.sent)})
            continue  # "will deliver X to Y", "plans to ship": the future is not a stated fact (dev README)
        modality = "negated" if c.negate else ctx.modality(c.sent, c.anchor, sources)
        if modality == "negated" and not c.negate and _only_instead(ctx, c):
            modality = "reported" if sources else "asserted"  # "did not designate X itself, only its two ships"
        if c.rule == "sanctioned.hyphenated" and not c.negate and modality in ("denied", "negated"):
            # "denied that the U.S.-sanctioned X had berthed": the denial is of the berthing; the modifier
            # names a designation the text takes as given
            modality = "reported" if sources else "asserted"
        if modality == "negated" and c.predicate in _CONTRADICTABLE and _firm_negation(ctx, c, sources, owners):
            firm.add((s_id, c.predicate, o_id))
        if c.predicate == "REPORTED" and (modality not in ("negated", "denied") or not c.negate):
            # the report is made, whatever it says: "The tanker did not call at P, according to Lloyd's List"
            # negates the call, not Lloyd's List's reporting on the tanker
            modality = "asserted"
            sources = []
        if c.predicate == "LOCATED_IN" and not c.negate:
            # geography in a description ("reports that the ship called at the Russian port of X", "Kpler
            # believes she loaded at X, in Russia's Y region") is the writer's, whatever the clause claims
            modality = "asserted"
            sources = []
        if modality == "denied" and not sources and c.anchor is not None:
            denier = _denier(ctx, c.anchor)
            if denier is not None and denier.type in ("Organization", "Person", "Country"):
                # "Iran has long denied arming X", "Brightwave denied that its vessels carried oil": the denial is
                # the denier's claim, in its own name, not the text's voice (which would overturn what another
                # source reported about the same ships)
                sources = [denier]
        sentence, start, end = _sentence_offsets(c.sent, doc_text) if c.span is None else \
            _trimmed(doc_text, *c.span)
        ev = Evidence(document=document.id, sentence=sentence, start=start,
                      end=end, rule=c.rule, confidence=c.confidence, modality=modality,
                      attributed_to=[ctx.entities[m.entity].name for m in sources if m.entity in ctx.entities])
        key = (s_id, c.predicate, o_id)
        rel = rels.get(key)
        if rel is None:
            rel = rels[key] = Relation(subject=s_id, predicate=c.predicate, object=o_id)
            if dates is None:
                dates = [e for e in doc.ents if e.label_ == "DATE"]
            q = _qualifiers(c.sent, document, qcache, dates)
            if "count" in q and c.predicate not in _COUNTED:
                del q["count"]  # "32 trips ... under an agreement between A and B": the trips', not the deal's
            if c.predicate == "LOCATED_IN" or c.rule in ("sanctioned.bullet_list", "sanctioned.numbered_list"):
                # geography has no date; a list entry's dates are those of what the entry tells of the designee
                # ("- X, which delivered petroleum to P in March"), not of the listing
                q = {k: v for k, v in q.items() if k not in ("date", "start", "end")}
            if q:
                rel.qualifiers = q
        _add_evidence(rel, ev)
        used.update((s_id, o_id))
    head_end = _headline_end(doc_text)
    for key, rel in rels.items():
        if head_end is not None:
            _headline_follows_body(rel, head_end)
        # a negation in the text's voice or a third party's paraphrase ("port records show it did not
        # call at P", "Neither A nor B has sanctioned X") contradicts what another sentence asserts
        # (a declared destination, a loose remark): the relation is denied, not a fact (dev README)
        if key in firm:
            for e in rel.evidence:
                if e.modality not in ("denied", "negated"):
                    e.modality = "denied"
        # "not registered / not flagged in X" outweighs "flies the flag of X": a false flag, not a registration
        if rel.predicate == "FLAGGED_IN" and any(e.modality == "negated" for e in rel.evidence):
            for e in rel.evidence:
                if e.modality not in ("denied", "negated"):
                    e.modality = "denied"
        # the text's own voice negates what a source reported: the report is denied, not a fact
        own_neg = [e for e in rel.evidence if e.modality in ("negated", "denied") and not e.attributed_to]
        if own_neg and all(e.modality in ("reported", "alleged", "speculated", "negated", "denied")
                           for e in rel.evidence):
            for e in rel.evidence:
                if e.modality in ("reported", "alleged", "speculated"):
                    e.modality = "denied"
        # a claim or a guess that records or a source contradict ("X claimed the ship called at P, but
        # tracking data show it did not enter P"): the claim is denied, not a fact
        if any(e.modality == "negated" for e in rel.evidence) and all(
                e.modality in ("alleged", "speculated", "negated", "denied") for e in rel.evidence):
            for e in rel.evidence:
                if e.modality in ("alleged", "speculated"):
                    e.modality = "denied"
    body_tied = {s_id for (s_id, pred, o_id), rel in rels.items() if pred in ("AFFILIATED_WITH", "LEADS")
                 and o_id in ctx.entities and ctx.entities[o_id].type == "Organization"
                 and rel.modality not in ("negated", "denied")}
    for (s_id, pred, o_id), rel in list(rels.items()):
        # one tie per person and body: who leads it is not also listed as its member (dev README: LEADS for
        # chairmen, chief executives, commanders; AFFILIATED_WITH for members, officials, employees)
        if pred == "AFFILIATED_WITH" and (lead := rels.get((s_id, "LEADS", o_id))) is not None and \
                lead.modality not in ("negated", "denied") and rel.modality not in ("negated", "denied"):
            del rels[(s_id, pred, o_id)]
        # an official is linked to a country only when the text gives no narrower body (dev README: "an
        # official may be linked to a country when the text gives no narrower body"): "Assistant U.S.
        # Attorney X of the U.S. Attorney's Office for ..." belongs to the office
        elif pred == "AFFILIATED_WITH" and s_id in body_tied and o_id in ctx.entities and \
                ctx.entities[o_id].type == "Country" and ctx.entities[s_id].type == "Person":
            del rels[(s_id, pred, o_id)]
    dg.relations = list(rels.values())
    asserted = {x for r in dg.relations if any(e.modality != "negated" for e in r.evidence) for x in (r.subject, r.object)}
    for eid, ent in ctx.entities.items():
        # a vague goods noun ("components", "technology") only when a relation uses it; a specific
        # commodity ("crude oil", "wheat", "thermal cameras") wherever the text names it (dev README)
        if ent.type == "Other" and eid not in used and _FILTER_OTHER and cargo.is_vague(ent.name):
            continue
        # "military cargo" that only a denial uses ("none of our vessels has carried any military cargo"):
        # a vague arms phrase that names no consignment ("missile components" are arms, and stay)
        if ent.type == "Weapon" and _FILTER_OTHER and eid in used and eid not in asserted and \
                cargo.is_vague(ent.name) and ent.name.split()[-1].lower() not in cargo.PART_HEADS:
            dg.relations = [r for r in dg.relations if eid not in (r.subject, r.object)]
            continue
        dg.entities[eid] = ent
    parties = {e.name for e in dg.entities.values() if e.type == "Person" or e.type == "Organization" and
               e.cls not in ("MediaOrganization", "ResearchOrganization")}
    for rel in dg.relations:
        for e in rel.evidence:
            if e.modality == "negated" and e.attributed_to and all(a in parties for a in e.attributed_to):
                e.modality = "denied"  # '"The X has never called at P," a company spokesperson told Reuters':
                # a party denies it (an outlet or a research group saying it did not happen reports a negation)
    return dg


def _add_evidence(rel: Relation, ev: Evidence) -> None:
    """Add ``ev`` to ``rel.evidence``, one row per sentence and claim.

    Two rules that read the same relation from the same sentence with the same modality and the same
    attribution are one piece of evidence, not two: the row keeps both rule names (sorted, joined by
    ``+``) and the higher confidence, so weights that sum the confidence of evidence (PageRank, weighted
    paths) count each sentence once. A sentence that both states and negates ("flies X's flag but is not
    registered there") keeps a row per modality. So is the same sentence written again in the same document (a
    paragraph pasted twice, a sentence repeated 200 times): the text says it once, however often it is copied,
    and the first place it stands is kept.
    """
    for e in rel.evidence:
        if (e.start, e.end, e.modality, e.attributed_to) == (ev.start, ev.end, ev.modality, ev.attributed_to) or (
                e.modality == ev.modality and e.attributed_to == ev.attributed_to and e.document == ev.document
                and e.sentence == ev.sentence):
            if ev.rule and ev.rule not in e.rule.split("+"):
                e.rule = "+".join(sorted(filter(None, e.rule.split("+") + [ev.rule])))
            e.confidence = max(e.confidence, ev.confidence)
            return
    rel.evidence.append(ev)


def _denier(ctx, anchor: Token) -> Mention | None:
    """The party that denies, when a denying verb governs ``anchor`` ("X denied sending Y", "X rejected claims
    that it had sent Y"): the mention of that verb's subject, or None."""
    h = anchor
    for _ in range(6):
        if h.pos_ == "VERB" and h.lemma_.lower() in DENY:
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            return ctx.m(subj) if subj is not None else None
        if h.head.i == h.i:
            return None
        h = h.head
    return None


_CONTRADICTABLE = {"VISITED", "TRANSPORTED", "SHIPPED_TO", "SANCTIONED", "OWNS_OR_OPERATES", "FLAGGED_IN"}


def _in_quotation(sent: Span, tok: Token) -> bool:
    """True when ``tok`` stands inside a direct quotation of its sentence: an odd number of quote marks
    before it, or a closing mark after it with no opening one (the second sentence of a long quote)."""
    before = sum(1 for t in sent if t.i < tok.i and t.text in _QUOTES)
    if before % 2:
        return True
    return before == 0 and sum(1 for t in sent if t.text in _QUOTES) % 2 == 1


def _firm_negation(ctx, c: Candidate, sources: list[Mention], owners: dict[str, set[str]]) -> bool:
    """True when a negated candidate is a contradiction that outweighs other sentences' assertions of
    the same relation, not the accused party's denial.

    News quotes the accused's denial ('"The vessel has never carried military cargo," he said', "the
    owner said its ship did not call at P"), and such a denial negates nothing (dev README: "If one
    source asserts a relation and another ... the relation stays asserted"). A negation in the writer's
    own voice or in a third party's indirect speech ("the port authority said the tanker did not call
    at P", "Neither the EU nor the UK has sanctioned X") is the text contradicting the claim.

    Parameters
    ----------
    ctx : _Ctx
    c : Candidate
        A candidate whose modality is ``negated``.
    sources : list of Mention
        Who the sentence attributes its content to.
    owners : dict of str to set of str
        Vessel entity id -> ids of its owners/operators among the document's candidates.

    Returns
    -------
    bool
    """
    if c.anchor is None or _in_quotation(c.sent, c.anchor):
        return False
    party = {c.subject.entity, c.object.entity} | owners.get(c.subject.entity, set())
    # the negated clause's own subject is a party too: "X's minister said Russia had not sold any diesel to
    # the vessel" is Russia's denial, not the text contradicting the vessel's cargo (a new-user trial)
    v = _clause_verb(c.anchor)
    party |= {m.entity for x in v.children if x.dep_ in ("nsubj", "nsubjpass") for m in [ctx.m(x)]
              if m is not None and m.type in _PARTY_TYPES}
    ties = getattr(ctx, "ties", {})
    return not any(m.entity in party or ties.get(m.entity, set()) & party for m in sources)


def _sentence_offsets(sent: Span, text: str | None = None) -> tuple[str, int, int]:
    """The sentence without surrounding whitespace and its character offsets in the document.

    ``doc.text[start:end] == sentence``: spaCy sentences keep a trailing
    newline or space, which the evidence does not. ``text`` is ``doc.text``
    when the caller has it (spaCy rebuilds it from the tokens on each access).
    """
    if text is None:
        return _trimmed(sent.text, 0, len(sent.text), base=sent.start_char)
    return _trimmed(text, sent.start_char, sent.end_char)


def _trimmed(text: str, a: int, b: int, base: int = 0) -> tuple[str, int, int]:
    """``text[a:b]`` without surrounding whitespace, and its offsets (plus ``base``)."""
    raw = text[a:b]
    stripped = raw.strip()
    start = base + a + (len(raw) - len(raw.lstrip()))
    return stripped, start, start + len(stripped)


_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_COUNTED = frozenset({"VISITED", "TRANSPORTED", "SHIPPED_TO", "SUPPLIED"})
"""Relations a count of journeys, trips, calls or shipments ("32 journeys") qualifies; a place's country, a
leader's post or a deal named in the same sentence takes no count."""


def _qualifiers(sent: Span, document: Document, cache: dict | None = None, dates: list[Span] | None = None) -> dict:
    """Counts ("32 journeys") and dates (ISO 8601) stated in the sentence.

    ``dates`` are the document's DATE entities when the caller has them
    (``sent.ents`` walks every entity of the document on each call).
    """
    if cache is not None and sent.start in cache:
        return dict(cache[sent.start])
    q: dict = {}
    for t in doc_tokens(sent.doc)[sent.start:sent.end]:  # the document's Token list: Span iteration makes new ones
        if t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in (
                "journey", "trip", "voyage", "time", "shipment", "call", "visit", "transfer", "delivery"):
            try:
                q["count"] = int(t.text.replace(",", ""))
            except ValueError:
                pass
    doc = sent.doc
    sent_dates = sent.ents if dates is None else [e for e in dates if sent.start <= e.start < sent.end]
    for ent in sent_dates:
        if ent.label_ == "DATE" and "date" not in q and "start" not in q and (
                any(c.isdigit() for c in ent.text) or any(w in ent.text.lower() for w in _MONTH_WORDS) or
                _RELATIVE_DATE_RE.fullmatch(ent.text.strip())):
            if _dateline_date(doc, ent):
                continue  # "DUBAI, May 14, 2024 -- The tanker docked at Basra on May 9.": the filing date
            text = ent.text
            k0 = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].like_num)  # ("born 14| February 1969")
            if k0 >= 0 and (doc[k0].lower_ in ("born", "b.", "dob", "dob:", "birth") or
                            k0 > 0 and doc[k0].text == ":" and doc[k0 - 1].lower_ in ("dob", "birth")):
                continue  # "(born 14 February 1969)": a person's birth date, no date of the relation
            if ent.start > 0 and doc[ent.start - 1].like_num and doc[ent.start - 1].text.isdecimal() and \
                    int(doc[ent.start - 1].text) <= 31:
                text = doc[ent.start - 1].text + " " + text  # "12 February 2024" split by the model
            if ent.start > 0 and doc[ent.start - 1].lower_ in ("between", "from") and \
                    not text.lower().startswith(("between", "from")):
                text = doc[ent.start - 1].lower_ + " " + text  # the model may leave the preposition out
            span = _date_range(text, document.published)
            if span is not None:
                q["start"], q["end"] = span
                continue
            iso = _parse_date(_DATE_PART_OF.sub("", text.strip()), document.published)
            if iso:
                q["date"] = iso
    if "date" not in q and "start" not in q:
        # "In 2023 the tanker was reflagged": a year after "in"/"since"/"during" that the model left unlabelled
        toks = doc_tokens(doc)
        for t in toks[sent.start + 1:sent.end]:
            if t.ent_type_ in ("", "DATE", "CARDINAL") and len(t.text) == 4 and t.text.isascii() and \
                    t.text.isdigit() and 1900 <= int(t.text) <= 2099 and \
                    toks[t.i - 1].lower_ in ("in", "since", "during"):
                q["date"] = t.text
                break
    if cache is not None:
        cache[sent.start] = dict(q)
    return q


def _dateline_date(doc, ent: Span) -> bool:
    """True for the date of a wire dateline, "DUBAI, May 14, 2024 --" or "SEOUL, Aug. 5 (Yonhap) --": the
    line opens with a place in capitals and a comma before the date, and a dash follows it (after the
    agency's name in brackets, if any). It dates the story, not the relation of the sentence it opens."""
    toks = doc_tokens(doc)
    i = ent.start - 1
    while i >= 0 and "\n" not in toks[i].text_with_ws and (toks[i].text == "," or toks[i].is_upper or
                                                           toks[i].text in (".", "-")):
        i -= 1
    if not (i < 0 or "\n" in toks[i].text_with_ws) or i + 1 >= ent.start or not toks[i + 1].is_upper:
        return False
    j = ent.end
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j < len(toks) and toks[j].text == "(":
        while j < len(toks) and j - ent.end < 8 and toks[j].text != ")":
            j += 1
        j += 1
    return j < len(toks) and toks[j].text in ("-", "--", "—", "–", "---")


_RELATIVE_DATE_RE = re.compile(r"(?i)(?:earlier\s+)?(?:last|this|past)\s+(?:week|month|year)|yesterday|"
                               r"earlier\s+this\s+(?:week|month|year)")
"""Relative dates the publication date resolves ("last month", "earlier this year", "yesterday"); dates with
neither a digit nor a month name are otherwise left out ("recently", "for years")."""


_DATE_PART_OF = re.compile(
    r"^(?:(?:mid|early|late)(?:-|\s+)|(?:the\s+)?(?:start|end|beginning|middle|turn)\s+of\s+)", re.IGNORECASE)
"""A part of a period before it ("mid-January", "early March 2024", "the end of 2023"): the date is given to the
period's precision (the month, the year), which the part lies in."""
_DATE_RANGE = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|through|till|-|–)\s+(?P<b>.+)$",
                         re.IGNORECASE)
_YEAR_END = re.compile(r",?\s+((?:19|20)\d\d)$")


def _date_range(text: str, published: str | None) -> tuple[str, str] | None:
    """("start", "end") ISO 8601 dates of "between February 16 and 21", "from September to November 2024"
    (the first date takes the month and year the second states and it leaves out). None when ``text`` is
    no range or either end cannot be read."""
    m = _DATE_RANGE.match(text.strip())
    if m is None:
        return None
    a, b = (_DATE_PART_OF.sub("", x.strip()) for x in (m.group("a"), m.group("b")))
    if b.isdecimal() and len(b) <= 2:  # "February 16 and 21": the day of the first's month
        month = re.match(r"^([A-Za-z]{3,9}\.?)\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+(?:19|20)\d\d)?$", a)
        if month is None:
            return None
        b = f"{month.group(1)} {b}{month.group(2) or ''}"
    year = _YEAR_END.search(b)
    if year and not _YEAR_END.search(a) and not re.fullmatch(r"(?:19|20)\d\d", a):
        a = f"{a} {year.group(1)}"  # "September and November 2024": September 2024
    start, end = _parse_date(a, published), _parse_date(b, published)
    if not start or not end or start > end:
        return None
    return start, end


_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_EXPLICIT_DATES = [re.compile(p, re.I) for p in (
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>(?:19|20)\d\d)$",   # 12 February 2024
    rf"^{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)$",  # February 12, 2024
    rf"^{_MON},?\s+(?P<year>(?:19|20)\d\d)$",                                          # February 2024
    r"^(?P<year>(?:19|20)\d\d)$",                                                        # 2024
)]
_RELATIVE_DATES = [re.compile(p, re.I) for p in (
    rf"^{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$",                                  # February 12
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}$",                                  # 12 February
    rf"^{_MON}$",                                                                       # February
)]


_LAST_THIS = re.compile(r"^(?:(last|this)\s+(year|month|week)|yesterday)$", re.I)
"""Relative dates the publication date alone resolves: "last year" is the year before it, "this month" its
month, "last week" seven days before it, "yesterday" the day before (as dateparser reads them)."""


def _explicit_date(text: str, published: str | None = None) -> str | None:
    """ISO 8601 date of the commonest date forms in news, without dateparser.

    Fully explicit dates ("12 February 2024", "Feb. 12, 2024", "February
    2024", "2024") need no publication date. A month with or without a day
    ("February 12", "February") is the latest such date on or before the
    publication date, as dateparser's ``PREFER_DATES_FROM="past"`` resolves
    it (checked against dateparser in ``tests/ingest/test_relations.py``), and
    so are "last year", "this month", "last week" and "yesterday".
    Anything else gives None so that :func:`_parse_date` asks dateparser.
    """
    import datetime as _dt

    t = text.strip()
    if published:
        try:
            base = _dt.date.fromisoformat(published[:10])
        except ValueError:
            base = None
        m = _LAST_THIS.match(t) if base is not None else None
        if m is not None:  # "last year", "this month", "yesterday": dateparser's reading, without its cost
            word, unit = (m.group(1) or "").lower(), (m.group(2) or "").lower()
            if not unit:
                return (base - _dt.timedelta(days=1)).isoformat()
            if unit == "week":
                if word == "this":
                    return None  # dateparser's business
                return (base - _dt.timedelta(days=7)).isoformat()
            if unit == "year":
                return f"{base.year - (word == 'last'):04d}"
            if word == "this":
                return f"{base.year:04d}-{base.month:02d}"
            return f"{base.year - (base.month == 1):04d}-{(base.month - 2) % 12 + 1:02d}"
        for pat in _RELATIVE_DATES if base is not None else ():
            m = pat.match(t)
            if m is None:
                continue
            g = m.groupdict()
            mon = _MONTHS.get(g["mon"].lower())
            if mon is None:
                return None
            if g.get("day") is None:
                year = base.year if mon <= base.month else base.year - 1
                return f"{year:04d}-{mon:02d}"
            day = int(g["day"])
            for year in range(base.year, base.year - 5, -1):
                try:
                    d = _dt.date(year, mon, day)
                except ValueError:
                    continue
                if d <= base:
                    return d.isoformat()
            return None
    for pat in _EXPLICIT_DATES:
        m = pat.match(t)
        if m is None:
            continue
        g = m.groupdict()
        year = int(g["year"])
        if g.get("mon") is None:
            return f"{year:04d}"
        mon = _MONTHS.get(g["mon"].lower())
        if mon is None:
            return None if g.get("day") is None else None
        if g.get("day") is None:
            return f"{year:04d}-{mon:02d}"
        try:
            return _dt.date(year, mon, int(g["day"])).isoformat()
        except ValueError:
            return None
    return None


_YEAR_RUN = re.compile(r"(?<!\d)\d{4}(?!\d)")


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str, published: str | None) -> str | None:
    """ISO 8601 date of a date expression, relative to the publication date (dateparser).

    Returns ``"2024-02-12"``, ``"2024-02"`` or ``"2023"`` depending on the
    precision the text gives. Without a publication date only expressions
    that state a four-digit year are resolved; relative ones ("last week",
    "Thursday") need the publication date and give None without it.
    """
    import datetime as _dt

    fast = _explicit_date(text, published)
    if fast is not None:
        return fast
    return _dateparser_date(text, published)


def _dateparser_date(text: str, published: str | None) -> str | None:
    """:func:`_parse_date` by dateparser alone (``DateDataParser``, English, dates from the past), without
    the fast path of :func:`_explicit_date`; the tests check that path against this one."""
    import datetime as _dt

    from dateparser.date import DateDataParser

    has_year = re.search(r"\b(1[89]|20)\d\d\b", text) is not None
    if not published and not has_year:
        return None
    settings = {"PREFER_DATES_FROM": "past", "PARSERS": ["absolute-time", "relative-time"]}
    if published:
        try:
            settings["RELATIVE_BASE"] = _dt.datetime.fromisoformat(published[:10])
        except ValueError:
            if not has_year:
                return None
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    years = {int(y) for y in _YEAR_RUN.findall(text)}
    if years and d.year not in years:
        return None  # "the 1990s" read as the day before publication, "2024-13-45" as 1945-03-13
    if data.period == "year":
        return f"{d.year:04d}"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.date().isoformat()


# Unions of the word lists above that the rules test against, built once at import: written inside the
# rules they built a new set on every call, and inside generator expressions on every token.
_CARGO_TRIGGERS_OR_VISIT_TRIGGERS_ETC = (CARGO_TRIGGERS | VISIT_TRIGGERS | SHIP_VERBS | OWNER_WORDS |
    SANCTION_TRIGGERS)
_EXTRA_OR_TITLE_FILLERS = {'the', 'news', 'agency', 'daily', 'newspaper'} | _TITLE_FILLERS
_ARRIVE_VERBS_OR_EXTRA = _ARRIVE_VERBS | {'load', 'dock', 'unload', 'discharge'}
_ARRIVE_VERBS_OR_EXTRA2 = _ARRIVE_VERBS | {'sail', 'head', 'load', 'anchor'}
_PORT_NOUNS_OR_EXTRA = gz.PORT_NOUNS | {'oil', 'naval', 'exclave', 'region'}
_SANCTION_WORDS_OR_SANCTION_ACTS_OR_EXTRA = (_SANCTION_WORDS | _SANCTION_ACTS |
    {'regime', 'relief', 'expert', 'experts'})
_TITLE_FILLERS_OR_POST_WORDS_OR_FUNCTIONS = _TITLE_FILLERS | _POST_WORDS | _FUNCTIONS
_HEAD_OF_STATE_OR_EXTRA = (_HEAD_OF_STATE |
    {'chief', 'ceo', 'chairman', 'chairwoman', 'chair', 'managing', 'founder', 'sole', 'commander', 'leader', 'general', 'premier', 'chancellor'})
_HEAD_OF_STATE_OR_EXTRA2 = _HEAD_OF_STATE | {'leader', 'ruler', 'premier', 'chancellor'}
_TITLE_FILLERS_OR_POST_WORDS = _TITLE_FILLERS | _POST_WORDS
_ROLE_COPULAS_OR_ROLE_AS_VERBS = _ROLE_COPULAS | _ROLE_AS_VERBS
_AFFIL_TITLES_OR_LEAD_TITLES = AFFIL_TITLES | LEAD_TITLES
_HEAD_OF_STATE_OR_EXTRA3 = _HEAD_OF_STATE | {'prime', 'minister', 'cabinet'}
_PUBLIC_POSTS_OR_EXTRA = _PUBLIC_POSTS | {'manager', 'coach', 'president'}
_ROLE_COPULAS_OR_EXTRA = _ROLE_COPULAS | {'list', 'name'}
_AGREE_TRIGGERS_OR_SALE_VERBS_ETC = AGREE_TRIGGERS | _SALE_VERBS | _FROM_DEALS | _TAKE_FROM_VERBS | _PARTNER_VERBS | \
    _HIRE_VERBS | _FORMED_DEALS | {"order"}
_RE_EXPORT_LEMMAS = frozenset({"re-export", "re-exporte", "re-exporting", "reexport"})
_SHIP_VERBS_OR_SHIP_NOUNS_EVENT_OR_REACH_VERBS = SHIP_VERBS | SHIP_NOUNS_EVENT | _REACH_VERBS | _RE_EXPORT_LEMMAS
_MORE_TRIGGERS_OR_EXTRA = _MORE_TRIGGERS | {'bring', 'delivery'}
_EXTRA_OR_GOODS_WORDS = {'arm'} | _GOODS_WORDS
_GIVE_VERBS_OR_EXTRA = _GIVE_VERBS | {'help', 'assist'}
_FLAG_NOUNS_OR_EXTRA = _FLAG_NOUNS | {'reflag', 're-flag', 'reflagged', 're-flagged', 'flagged'}
_CLAIM_NOUNS_OR_EXTRA = _CLAIM_NOUNS | {'accusation', 'accusations'}
_FALSE_WORDS_OR_SMEAR_WORDS = _FALSE_WORDS | _SMEAR_WORDS
_DENY_SPEECH_OR_NEG_WORDS = _DENY_SPEECH | _NEG_WORDS
_SPEAK_VERBS_OR_DENY_SPEECH = _SPEAK_VERBS | _DENY_SPEECH
_SANCTION_CONTEXT_VERBS_OR_SANCTION_DIRECT = _SANCTION_CONTEXT_VERBS | _SANCTION_DIRECT
