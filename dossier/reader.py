"""Reading and cleaning stage: turn files in seeds/ into Articles.

Input files are scraped web pages as much as written articles, so besides decoding and repairing
text this stage strips site furniture (share bars, comment forms, paywall and donation prompts,
photo credits) by general rules about the *kind* of line, never by a list of known sentences.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import charset_normalizer
import ftfy
import trafilatura

from . import models, outlets, safe_yaml
from .dates import DATE_PATTERNS, full_date, iso_date
from .lang.en import speech
from .lang.en.names import CONTRACTION_ENDINGS, FUNCTION_WORDS, SHOUTED_SHORT_WORDS
from .lang.en.words import STOPWORDS
from .sentences import DATELINE, split_sentences
from .structure import Article, Note, Skipped, slugify
from .words import counted

MAX_BYTES = 5 * 1024 * 1024  # larger files are not articles (dumps, archives) and are skipped unread
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")  # pages saved from a browser: read with trafilatura
# Extraction time grows faster than the page: a saved article has a few thousand tags; a page with
# more than this is a dump or an attack, refused before it is parsed.
MAX_HTML_TAGS = 50_000
TITLE_WORDS = 12  # a title derived from body text is cut to this many words

# ftfy's defaults would also straighten curly quotes and decode HTML entities; article text is
# data and stays verbatim apart from repairing broken encodings.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, explain=False)
# ftfy cannot undo UTF-8 that was decoded as these single-byte codepages (e.g. Thai cp874 turns
# "’" into "โ€™"), so runs of such text are re-decoded here; see _fix_other_mojibake.
_EXTRA_MOJIBAKE_CODEPAGES = ("cp874",)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
# The time zone is capitals even where the rest is matched ignoring case ("12:42 GMT", not "3:47pm Upda").
_TIME = r"(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?|\s*hrs\b)?(?-i:\s*[A-Z]{2,4}\b)?)"
_DATELINE_PLACE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{1,40}\b(?=\s)")
# A line that is only a web address is furniture (a share or social link). Only a labelled one
# ("Source: https://...") is taken as the article's own address.
_URL_LINE = re.compile(r"^(?P<label>(?:source|original|url|originally published (?:at|on))\s*:?\s*)?"
                       r"(?P<url>https?://\S+)$", re.I)
_META_PREFIX = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified|first published)\b(?:\s+(?:on|at))?:?", re.I
)

# A date label inside a header line, after the headline written again: "… in France Updated: 2016-07-15 13:14".
_INLINE_META = re.compile(r"\s(?:Updated|Published|Posted):\s*(?P<rest>\S.*)$")
_BYLINE = re.compile(
    r"^(?i:by|written by|author:|words by|reporting by)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|da|van|von|der|al|bin|le|la))*)"
    r"(?P<rest>\s*(?:[,|•·–—-]|\s(?:on|in|for)\s).*)?$"
)
# The author and the site's address: "Jo Roe, VellNews.ca".
_DOMAIN_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$")
# The author and the outlet over the page's time stamp, without "By": "Jo Roe, Vell News • Updated 1123 GMT (1923 HKT)
# February 5, 2018".
_STAMPED_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s+[^,•|·]{1,40}?\s*[•|·]\s*"
                             r"(?P<rest>(?i:updated|published|posted)\b.{0,80})$")
_LONE_BYLINE = re.compile(r"^[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}$")

# Outlet names printed by the site itself.
_OUTLET_LINES = [
    re.compile(r"^Discover more from\s+(?P<name>.+?)\.?$", re.I),
    re.compile(r"^A Message from\s+(?P<name>.+?):?$", re.I),
]
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?)\s*,?\s*"
    r"(?P<name>[^.|]+?)\s*(?:[.|]|all rights|$)",
    re.I,
)

_AGENCIES = r"(?:Getty(?: Images)?|GETTY(?: IMAGES)?|Reuters|REUTERS|AP|AFP|EPA|PA|Shutterstock|Alamy|Xinhua)"
# A photo's credit opening its caption: "Getty Images Crowds gather", "Reuters Troops drill", a rights holder's
# "AFP or licensors Crowds gather", a supplier or photographer and the agency: "Handout - Getty Troops drill", "Jo Roe /
# Reuters Troops drill".
_CREDIT_PREFIX = re.compile(
    r"^(?:Getty Images(?: - Getty)?|GETTY|Getty - Contributor|Getty|Reuters|REUTERS|Rex Features|Shutterstock|Alamy"
    r"|(?:[A-Z][\w.&'’-]*\s+){1,3}or licensors|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?\s+-\s+" + _AGENCIES +
    r"|[A-Z][A-Z.&'’ -]{1,40}•\s?[A-Z]{2,}(?:\s[A-Z]{2,})?|(?:[A-Z][\w.&'’-]*\s+){1,3}/\s+" + _AGENCIES + r")"
    r"\s+(?=[A-Z]|\d[\d,.]*\s+[a-z])"  # the caption may open with a figure: "Reuters 84 people have died"
)
# Credits and share bars that open a caption written without a full stop ("EPA A victim is treated",
# "Facebook Twitter Pinterest Fans react. Photograph: Jane Roe/AP"); a sentence of the text that
# opens with one of these words ends like a sentence.
_UNPUNCTUATED_CAPTION_CREDIT = re.compile(
    r"^(?:Facebook Twitter Pinterest|AFP|EPA|EFE|Splash News|Fame Flynet|Barcroft Media|Matrix|Usa Today Sports"
    r"|Backgrid|SWNS|Twitter|Facebook"
    # A supplier and an agency or an account, or a web address: "Starface / eyevine A man prays", "Twitter / @joroe
    # Crowds gather", "vellpictures.co.uk Crowds gather".
    r"|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?\s/\s@?[\w.&'’-]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk))"
    r"\s+(?=[A-Z0-9])"
)
# What is left of a map or an embedded post, its provider's or its button's label in small letters, before the caption
# that names it, full stop or none: "google The blast took place near the port", "map data Vell and its port". No
# sentence of the text opens in small letters on one of these before a capital.
WIDGET_LABELS = ("google", "google maps", "map data", "mapbox", "openstreetmap", "embed", "embedded content")
_WIDGET_LABEL = re.compile(r"^(?:" + "|".join(map(re.escape, WIDGET_LABELS)) + r")\s+(?=[A-Z0-9])")
# A broadcaster's or a wire's credit opening a short caption without a full stop ("BBC Police have confirmed a man
# has been arrested"); a paragraph of the text may open "BBC News spoke to…" and run on without one.
_SHORT_CAPTION_CREDIT = re.compile(r"^(?:BBC|PA)\s+(?=[A-Z])")
SHORT_CAPTION = 160
# A short caption without a full stop credited to whom it shows, the credit then the caption opening with the same name:
# "Acme Acme holds data on 80 million people".
_SAME_NAME_CREDIT = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?=(?P=name)\s)")
# An agency's credit as short:long form before a caption: "AP:Associated Press Crowds gather".
_SPELLED_CREDIT = re.compile(r"^(?P<short>[A-Z]{2,6}):(?P<rest>[A-Z].+)$")

# Lines dropped wherever they appear (case-insensitive, whole line).
_FURNITURE = re.compile(
    r"^(?:"
    r"tagged:?.*|tags?:.*|topics?:.*|filed under:?.*|categories:.*"
    r"|share(?: this)?(?: article| story| post| page)?:?|share (?:on|via) \w+|tweet|pin it|print|email"
    r"|like this:?|like loading\W*|loading\W*"
    r"|(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|print|pinterest|copy link)[\s,|]*)+"
    r"|saves?ave|save|\d+\s*(?:min(?:ute)?s?)\.?\s*read|reading time:.*"
    r"|your email address will not be published\..*|required fields are marked \*?"
    r"|(?:discover more from|subscribe to (?:get|updates|our)|sign up (?:for|to)|newsletter sign up).*"
    r"|subscribe(?: now)?(?: to keep reading.*)?|continue reading(?: the main story)?[.…]*|keep reading"
    r"|thanks? (?:you )?for (?:subscribing|reading)!?.*"
    # A site's notice under its label, and an affiliate notice in any language: "Disclaimer: This article is no
    # investment advice", "Disclosure: The author holds …", "Dieser Artikel enthält Affiliate-Links".
    r"|(?:disclaimer|disclosure|affiliate (?:disclosure|links?))\s*:\s.*|.{0,100}\baffiliate[- ]links?\b.{0,200}"
    r"|.{1,200}\sShow Hide(?:\s.*)?"  # an explainer box's toggle run into its text: "Q&A What is … Show Hide …"
    r"|keep up with this story\b.{0,120}|.{0,120}\bby subscribing (?:now|today)\.?"
    r"|advertisement(?:\W+continue reading.*)?|advertising|anzeige:?|sponsored(?: content)?"
    r"|scroll (?:down |below )?for (?:video|more)|read more:?.*|related:.*|recommended:.*|see also:.*|more:"
    r"|related (?-i:[A-Z\"“‘'])[^.]{0,200}[?!]?.*"  # a related story's headline: "Related Why the port closed? …"
    r"|follow [\w .'’-]{1,60} on (?:twitter|facebook|instagram)(?::?\s*@\w+)?\.?"  # "Follow Jo Roe on Twitter: @jo"
    r"|[\w'’ ]{1,30} top deals:?|(?:[\w'’ ]{1,30} )?news in pictures"  # a shop widget's and a gallery's headers
    r"|more: [^.!?]{1,160}[.!?]?|(?:more|also read): .{1,160}[^.]|read or share this story:? \S+"  # another story's
    # headline, which may hold a question or a figure but ends on no full stop ("More: Why? 2018 will tell"); share bar
    r"|more from (?-i:[A-Z])[^.!?:\"“”]{1,60}:"  # a header of another outlet's links: "More from The Times:"
    r"|just watched .{1,200} replay more videos\b.*"  # a video player's playlist: "JUST WATCHED … MUST WATCH …"
    r"|we pay for (?:your stories|videos)\b.*|do you have a story for [^?]{1,60}\?.*|got a story\?.*"
    r"|this is a breaking news story\b.{0,100}"  # "…, more follows", "… and will be updated"
    r"|archives\s+(?:archives\s+)?select month\b.*"  # an archive's menu
    r"|.{0,200}\bnewsletter\b.{0,200}\bsubscribe\.?|.{0,120}\bsend us a note\.?"  # a newsletter's prompts
    r"|.{0,80}\b(?:like|follow|check|find) us(?: out)? on (?:facebook|twitter|instagram|youtube)\b.{0,200}"
    r"|join the conversation\b.{0,200}|get the [\w'’ ]{1,40} newsletter\.?(?:\s*subscribe)?|trending(?: right)? now:?"
    r"|order reprints\b.*|a version of this article appears in print on\b.*"  # a print edition's footer
    r"|a post shared by [^()]{1,80}\(@[\w.]{1,40}\) on .{5,60}"  # an embedded Instagram post's signature
    r"|[^.!?]{1,80} image via [\w .&'’-]{1,40}"  # a stock image's credit: "Chart on phone image via Shutterstock"
    r"|most read in [a-z&' ]+\s.*|related stories\s.*"  # a widget of teasers run into one line
    r"|interested in [^?]{1,60}\? add [^.]{1,60} as an interest\b.*"  # a follow-a-topic button: "… Add Interest"
    r"|e-?mail:?\s+\S+@\S+\.\w+\b.{0,200}|email the author\.?|enlarge (?:this )?(?:image|photo).*"
    r"|(?:external links are provided for reference purposes\.\s*)?(?:the )?[\w .&'’-]{1,40} (?:is|are) not "
    r"responsible for the content of external (?:internet )?(?:sites|websites|links)\b.*"  # a links disclaimer
    r"|get (?:\w+ ){0,4}(?:updates|news|stories|headlines) (?:\w+ ){0,3}(?:to|in) your inbox.*"  # a sign-up box
    r"|\((?:image|photo|picture|pic|video)s?:[^()]*\)|.*\bplay slideshow\b.*"  # a credit; a gallery teaser
    r"|slideshow(?: \(\d+ (?:images|photos)\))?"  # a gallery's button: "Slideshow (2 Images)"
    r"|chat with us in facebook messenger\b.*"  # a site's chat prompt
    r"|live (?:updates|coverage|blog)(?: on|:)\s[^.!?]{1,100}"  # a link to the live page: "Live updates on Vell crash"
    # A promotion of the outlet's other content under its label: "Vell Magazine: Check out a sample of the stories…",
    # "Virtual reality 101: Vellnet tells you everything you need to know about VR."
    r"|[^.:!?\"“”]{1,50}:\s(?:check out\b|[^.!?\"“”]{0,40}\beverything you need to know about\b)[^\"“”]{0,160}"
    # An embedded video's or graphic's credit where the player was: "YouTube", "Jo Roe YouTube", "CNN Map"; a player's
    # label
    r"|(?:[\w.&'’-]+ ){0,2}(?:youtube|vimeo)|(?-i:[A-Z]{2,6}) (?:map|graphic|chart)|now playing:?"
    r"|\((?:photo |image )?courtesy(?: of)? [^()]{1,80}\)"  # a photo's credit alone: "(Courtesy of Vell Zoo)"
    r"|.{0,200}[.!?]\s+click (?:here )?to (?:read|see|watch|view|listen to) [^.!?]{1,60}[.!]?"  # a promotion's link
    r"|.{0,80}\benter your email(?: address)?\b.*"  # a sign-up form's labels and errors
    r"|.{0,600}[\s.]\S+@[\w-]+(?:\.[\w-]+)+"  # an author's box closing on their address: "Jo Roe is a writer. jo@…"
    r"|(?-i:[a-z]{1,2})"  # a small letter or two alone: an icon's name left by the scrape ("fa"), no paragraph
    r"|contact the (?:writer|author|reporter)s? at \S+@\S+"  # the staff's address
    r"|for more [\w .'’-]{1,40}:\s*https?://\S+.*"  # a wire's promotion: "For more Vell coverage: http://…"
    r"|\([^()]{1,60}\s\d{1,2}/\d{1,2}/\d{4}\s*page\s?\w{1,4}\)"  # a print edition's "(Daily 07/15/2016 page1)"
    r"|(?:licen[cs]e for publishing [\w ]{1,40}|registration number:?) ?\d+(?: registration number:? ?\d+)?"  # a site's
    # licence numbers
    r"|.*\bskip\s+in\s+skip\s+x\s+embed\b.*|.*\bembed\s+x\s+share\s+close\b.*"  # a video player's controls and playlist
    # A photo gallery's player, its buttons run into its captions: "1 of 26 Full Screen Autoplay Close Skip Ad × …"
    r"|.*\bfull\s+screen\s+autoplay\s+close\b.*"
    # What a browser without an embed's player shows in its place: "Your browser does not support iframes."
    r"|your browser does not support (?:the )?(?:iframes?|video|audio|html5 video|the video tag)\b.{0,100}"
    r"|author|about the author|photo|video|image|photos|gallery|listen|play|watch:?"
    r"|image copyright .*|end of twitter post.*|skip (?:twitter|instagram|facebook|youtube) post.*"
    r"|remind me later\.?|maybe later\.?|no,? thanks\.?|prev(?:ious)?|next|_{3,}|-{3,}|\*{3,}|\.{3}"
    r")$",
    re.I,
)
# A paywall's or a subscription's notice to the reader, where the page withheld the article: "Sorry, this zip code is
# not in our delivery area for this subscription", "Enter another zip code or sign up for digital access", "Already a
# subscriber? Log in", "This story is for subscribers only". A sentence of a story about subscriptions addresses no one.
_PAYWALL = re.compile(
    r"^(?:sorry\b[^.!?]{0,40}\b(?:this|your)\s[^.!?]{0,120}\b(?:subscription|subscriber|deliverable|delivery area"
    r"|zip ?code|post ?code)\b.{0,160}"
    r"|(?:re-?)?enter (?:your |a |another )?(?:zip|post(?:al)?) ?code\b.{0,160}"
    r"|.{0,80}\b(?:sign up|subscribe|register)(?: now| today)? for (?:\w+ ){0,2}"
    r"(?:digital|online|unlimited|full|premium) access\b.{0,80}"
    r"|already a (?:subscriber|member)\?.{0,120}"
    r"|this (?:article|story|content|page) is (?:only )?(?:available )?(?:to|for) (?:paying )?subscribers\b.{0,120})$",
    re.I,
)
AIRTIME_WORDS = 8  # a line of airtimes alone, full stop or none: "12 p.m. AEST Saturday, September 16."
# A broadcast's time in a promotion: "10 p.m. ET", "11 a.m. JST", "9:30pm BST".
_AIRTIME = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s*(?-i:[A-Z]{2,4})\b"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
# A promotion for a programme, with its airtimes: "Vell TV Special -- Storm Watch … Watch the documentary on Vell TV: 10
# p.m. ET, Friday September 15", "Special report -- Storm Watch, airs at 11 a.m. JST / 12 p.m. AEST", and the lines of
# its other airtimes alone: "11 a.m. JST. Saturday, September 16". Ended by no full stop: "The speech airs at 9 p.m. ET
# on Friday." is the story's.
_AIRTIME_PROMO = re.compile(
    rf"^(?:.{{0,300}}\b(?:watch|airs?|airing|tune in)\b.{{0,120}}?)?{_AIRTIME}(?:\W{{1,3}}{_AIRTIME})*\.?,?"
    rf"(?:\s*{_WEEKDAY})?(?:\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?$", re.I)
# A sports report's box of the teams' next games under its heading: "UP NEXT" over "Rovers: Host the Vells on Sunday."
# A broadcast's "Coming up" over its transcript's turns ("ROE: We sailed at dawn.") is no such box.
_UP_NEXT = re.compile(r"^up next:?$", re.I)
# A shop's or a site's widget header, its items (headlines, products and prices) on the lines after it without a full
# stop: "Vell Top Deals:" over "Every sailor should own this $13 accessory …", "Trending Right Now:".
_WIDGET_HEADER = re.compile(r"^(?:(?:[\w'’ ]{1,30} )?top deals|trending(?: right)?(?: now)?):?$", re.I)
_FIXTURE_LINE = re.compile(r"^[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3}:\s+[A-Z][^:\"“”]{2,120}$")
# A link to another of the site's articles set between paragraphs: its headline, then "Read more".
_TEASER = re.compile(r"^.{1,200}\sRead more$")
# Another article's headline in square brackets between paragraphs ("[Graphic: The toll of the attacks]"), an
# inline link; an editor's note in brackets ("[Editor's note: …]", "[Updated at 3 p.m.]") stays.
_BRACKETED_LINK = re.compile(r"^\[\s*(?!(?:editor|note|update|correction|clarification)\w*\b)[^\[\]]{1,200}\]$", re.I)
# A section's label before a paragraph: "Updated | Silicon Valley's problem was…".
_LABEL_PREFIX = re.compile(r"^(?:updated?|breaking(?: news)?|exclusive|live|watch|video)\s*\|\s*(?=\S)", re.I)
# Comment sections: everything after one of these (in the back half of a page) is not the article.
_COMMENTS = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|join the (?:conversation|discussion)"
    r"|\d+ (?:comments?|responses?|replies|thoughts? on\b.*)|(?:one|two|three) (?:thoughts?|responses?|comments?)"
    r" (?:on|to)\b.*|comments?(?: \(\d+\))?|view comments)$",
    re.I,
)
# A list of links to other articles, late in the page: its header, then only headlines.
_LINKS_HEADER = re.compile(r"^(?:read more|more on this story|related(?: stories| articles)?|you may also like):?$",
                           re.I)
_HEADLINE_CHARS = 200
# A site's box about itself closing the page: "About Vell Daily" over a few lines.
_ABOUT_SITE = re.compile(r"^(?i:about)\s+(?P<site>(?i:us)|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})$")
ABOUT_LINES = 4
# A donation or membership appeal: "A Message from X:" / "Dear readers," up to its dismiss button.
_APPEAL_START = re.compile(r"^(?:a message from .+:|dear (?:readers?|friends?|subscribers?),?)$", re.I)
_APPEAL_END = re.compile(r"^(?:remind me later|maybe later|not now|no,? thanks|close)\.?$", re.I)
_APPEAL_WORDS = re.compile(r"\b(?:support|donat|contribut|subscri|member)", re.I)
_APPEAL_PHRASES = (
    "please support us",
    "support our journalism",
    "support independent journalism",
    "make a donation",
    "donate now",
    "become a member",
    "become a supporter",
    "become a patron",
)

# A form of the outlet's set in the page, for the reader, addressed to them: "If you saw the crash, you can fill in the
# form below", "Share your photos with us using the form below". A story's appeal for witnesses speaks of the police, to
# no one; a how-to's step names a form elsewhere ("just click here and fill in the form with your details").
_READER_FORM = re.compile(r"^(?!.*[\"“”])(?=.*\byou(?:r)?\b).{0,200}\bform (?:below|above)\b.{0,200}$", re.I)

# A telephone number: six digits or more in groups ("0800/111 0 111", "116 123"; not "24/7" or "2016-17"), or a short
# number after "call" or "text" ("call 988").
_HELPLINE_NUMBER = re.compile(
    r"(?<![\w.,])\+?\d{2,5}(?:[ /-]\d{1,4}){1,4}(?![\w.,]\d)|\b(?:call|text|dial)\s+\d{3,}\b", re.I)
HELPLINE_DIGITS = 6
# A helpline's box, in English or another language: a number to call and a service for people in distress ("If you are
# having thoughts of suicide, call the Vell Lifeline on 0800 111 222", "Wenn ihr mit jemandem sprechen wollt, erreicht
# ihr die Telefonseelsorge unter 0800/111 0 111"), addressed to the reader or a short line of its own ("Samaritans: 116
# 123"). A sentence of the story about a helpline speaks of it, to no one: "The lifeline, 0800 111 222, took 300 calls
# last month, the charity said."
_HELPLINE_SERVICE = re.compile(
    r"\b(?:helpline|hotline|lifeline|samaritans|crisis (?:line|text line|centre|center)|suicid\w*|self-harm"
    r"|emotional support|talk to someone|speak to someone|\w*seelsorge|mit jemandem (?:sprechen|reden))\b", re.I)
_READER_ADDRESSED = re.compile(r"\b(?:you|your|ihr|euch|Sie|Ihnen)\b", re.I)
HELPLINE_SHORT = 12  # words: a helpline's line of its own, a name and a number


def _is_helpline(line: str) -> bool:
    """A helpline's box (see _HELPLINE_SERVICE); a quote that gives a number is the story's."""
    numbers = (m.group(0) for m in _HELPLINE_NUMBER.finditer(line))
    return (any(sum(c.isdigit() for c in n) >= HELPLINE_DIGITS or not n[0].isdigit() for n in numbers)
            and bool(_HELPLINE_SERVICE.search(line)) and not any(mark in line for mark in '"“”')
            and bool(_READER_ADDRESSED.search(line) or len(line.split()) <= HELPLINE_SHORT))


# A transcript's speaker label with the speaker's role on a line of its own, the turn's words on the next line ("JO ROE,
# HOST:"): one paragraph, so that the turn is the speaker's.
_LONE_SPEAKER_LABEL = re.compile(rf"^{speech.SPEAKER_NAME}{speech.SPEAKER_ROLE}:$")

# Embedded tweets: the tweet text carries a pic.twitter.com/t.co link and is followed by
# "— Name (@handle) Month d, yyyy".
_TWEET_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co)/\w+")
# A tweet's links are the embed's, no words of the text: its photo's ("pic.twitter.com/AbC123") and a shortened one
# ("https://t.co/AbC123"), which the page may glue to the word before or to each other ("#Vellhttps://t.co/Ab12pic…").
_POST_LINK = re.compile(r"(?:https?://)?(?:pic\.twitter\.com/\w+|t\.co/\w+?(?=pic\.twitter\.com|\s|$))")
# A link to a story after words that end no sentence ("Ferry sinks off Vell (VIDEO) https://t.co/AbC123"): a site
# promoting its headline, not someone's words.
_STORY_LINK = re.compile(r"(?:https?://)?t\.co/|https?://")
POST_MIN_WORDS = 3  # a tweet's words, its links left out: fewer are a fragment the page cut ("win.#GoVell")
# A tweet the text already tells: POST_TOLD_SHARE of its words or more are in the text's paragraphs, in runs of
# QUOTE_RUN_WORDS words or more ('“The bridge is open,” Jo Roe tweeted.' over the tweet itself).
POST_TOLD_SHARE = 0.5
# The date as the reader's language writes it: "February 5, 2018", "5 February 2018", "14 сентября 2017 г.".
_TWEET_DATE = r"(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4}(?: \w{1,3}\.)?)"
_TWEET_SIGNATURE = rf"[—–-]{{1,2}}\s*[^()]{{1,80}}\(@\w{{1,30}}\)\s+{_TWEET_DATE}"
# Each tweet of a line and its signature, the dash that opens the signature the last before the name: a page may run
# two tweets into one line ("Flight turned back — Jo Roe (@joroe) May 2, 2018 Still waiting — Jo Roe (@joroe) …").
_POST_SIGNED = re.compile(rf"(?P<text>\S.*?)\s(?P<signature>[—–-]{{1,2}}\s*(?:(?!\s[—–-]\s)[^()]){{1,80}}"
                          rf"\(@\w{{1,30}}\)\s+{_TWEET_DATE})(?=\s|$)")
_TWEET_SIGN = re.compile(rf"^{_TWEET_SIGNATURE}$")
# The tweet and its signature on one line, its link kept or not: no paragraph of an article ends on a signature.
_SIGNED_TWEET = re.compile(rf"\s{_TWEET_SIGNATURE}$")
TWEET_LINE_WORDS = 8
# A tweet embedded under the paragraph that reports it ("… said on Twitter that …"), numbered in its thread: "4/4 This
# is why …". A line opening on a date ("9/11 families …") follows no such paragraph.
_THREAD_COUNT = re.compile(r"^(?P<k>\d{1,2})/(?P<n>\d{1,2})\s+(?=[A-Z\"“])")
_ON_TWITTER = re.compile(r"\b(?:twitter|tweet(?:s|ed)?|thread)\b", re.I)
# An embedded Instagram or Facebook post: its text, then its signature ("… A post shared by Jo Roe (@joroe) on Oct 1,
# 2017 at 10:56pm PDT", "… Posted by Vell Council on Sunday, 31 December 2017").
_POST_SIGNATURE = re.compile(
    r"\s(?:A post shared by (?:[^()]|\([^()]{1,20}\)){1,80}\(@[\w.]{1,40}\)|Posted by [^.!?]{1,80}?)"
    r" on [\w ,:]{0,30}\b(?:19|20)\d\d\b[\w ,:]{0,25}$"
)
_SKIP_POST = re.compile(
    r"^Skip (?:Twitter|Instagram|Facebook|YouTube) post (?:by @\w+\s*)?(?P<text>.+?)(?:\s+Report)?$"
)

# An agency's archive photo, however long its caption: "FILE - In this Sept. 30, 2016, file photo, …".
_FILE_PHOTO = re.compile(r"^FILE\s*[-–—]\s+In this\b.{0,80}?\bphoto\b", re.IGNORECASE)
# A caption's note that its photo is from the archive, ending it: "… in August? (file photo)".
_ARCHIVE_PHOTO = re.compile(r"\((?:file|archive|stock)\s+(?:photo|image|picture|pic|photograph|footage)\)$", re.I)
# A wire caption describing its photo: "This photo released by the ministry shows…", "In this image provided by…", "This
# Dec. 28, 2017 photo made available by…".
_THIS_PHOTO = re.compile(
    r"^(?:In\s+)?this\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4},?\s+)?(?:(?:undated|handout|file|aerial)\s+)*"
    r"(?:photo|image|picture|photograph|frame grab|video grab)"
    r"\s+(?:released|provided|made available|taken|obtained)\b", re.IGNORECASE)
# A caption of one sentence closing on the photo it describes and who gave it: "Some of the freed girls appear Thursday
# in Vell, in a photo obtained exclusively by VNN."; the text tells of a photo and goes on ("… was captured in satellite
# photos released by the Treasury on Nov. 21, although …").
_CREDITED_PHOTO_TAIL = re.compile(
    r"[,\s]in an? (?:[\w-]+\s+)?(?:photo|photograph|image|picture)\s+(?:\w+ly\s+)?"
    r"(?:obtained|released|provided|taken|made available|distributed|supplied|handed out)\s+(?:\w+ly\s+)?(?:by|to)\s+"
    r"(?:the\s+)?[A-Z][\w.&'’ -]{0,60}\.$")
# An agency's caption: one sentence in the present tense that ends on the photo's date with its year ("A rocket is
# fired during a drill at a base on March 3, 2017.", "Jo Roe speaks at a rally in Vell, March 3, 2017."); the text tells
# of the past, or of plans: "The law took effect on January 1, 2018.", "The plant is expected to close on May 1, 2018."
_DATED_PHOTO = re.compile(
    r"^[A-Z][^.!?]*\b(?:(?:is|are)\s+[a-z]+(?:ed|en)\s+(?:during|at|near|outside|inside|as|after|by)"
    r"|(?:speaks|walks|stands|sits|gestures|waves|poses|holds|looks on|arrives|leaves|smiles|reacts|attends|listens"
    r"|talks|rides|celebrates|gathers)\b)"
    r"[^.!?]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\.$", re.I)
# An agency's caption opening its line: what the photo shows, then where and when it was taken, the date straight after
# the place ("… takes off from the launch site in Vell, Poeland July 2, 2017.", "… in Vell, Poeland, Sunday, Dec. 31,
# 2017."); any sentences after it are the caption's too, the text's said again among them. The text writes a date
# after a word in small letters, a function word or a weekday ("on July 2, 2017", "in theaters May 4, 2018", "it was
# Sun. Dec. 31, 2017", "A LIST OF AUGUST 21, 1996."), and a dateline ("VELL, Poeland, July 2, 2017.") is a few
# words: a scene has PLACE_DATED_WORDS or more.
_PLACE_DATED_PHOTO = re.compile(
    rf"(?<![\w@'’-])(?!(?i:{_WEEKDAY})\s)(?P<place>[A-Z][\w.'’-]*),?\s+(?:(?i:{_WEEKDAY})\s+)?(?i:{_MONTH})\s+\d{{1,2}},?\s+"
    r"(?:19|20)\d\d\.$")
# A day and a year closing a sentence: the lines worth reading so (case-insensitive months are slow to search for).
_DAY_YEAR_STOP = re.compile(r"\d,?\s+(?:19|20)\d\d\.(?:\s|$)")
PLACE_DATED_TAIL = 80  # characters: the place, the weekday and the date close the sentence
PLACE_DATED_WORDS = 8


def _place_dated_photo(line: str) -> bool:
    """Does ``line`` open on an agency's caption (see _PLACE_DATED_PHOTO)?"""
    if not _DAY_YEAR_STOP.search(line):
        return False
    start, end = split_sentences(line)[0]
    first = line[start:end]
    found = _PLACE_DATED_PHOTO.search(first, max(0, len(first) - PLACE_DATED_TAIL))
    return len(first.split()) >= PLACE_DATED_WORDS and bool(found) and found["place"].lower() not in _CONTENT_STOP


def _credited_photo(line: str) -> bool:
    """Is ``line`` one sentence closing on its photo's credit (see _CREDITED_PHOTO_TAIL)?"""
    return bool(_CREDITED_PHOTO_TAIL.search(line)) and len(split_sentences(line)) == 1


# A still from a video, described: "Grab from a video obtained via Vell TV shows the crowd", "A still of the footage
# shows…".
# A graphic's numbered labels run into one line: each opens a sentence on its marker's number, glued to its first word,
# counting up from 1 ("1Videos showed chaos… 2People took cover… 3Many victims…"). A text's own list sets its numbers
# apart ("1. Fireworks fly"), and a figure glued to a unit ("1Mbps") opens no sentence.
_GLUED_MARKER = re.compile(r"(?:^|(?<=[.!?\"”]\s))(?P<number>\d{1,2})(?=[A-Z])")
MARKER_LABELS = 3


def _numbered_labels(line: str) -> bool:
    numbers = [int(marker["number"]) for marker in _GLUED_MARKER.finditer(line)]
    return len(numbers) >= MARKER_LABELS and numbers == list(range(1, len(numbers) + 1))


_VIDEO_GRAB = re.compile(r"^(?:an?\s+|this\s+)?(?:(?:video|screen|frame)\s+)?(?:grab|still|screenshot)\s+(?:from|of)\b"
                         r"[^.!?]{0,120}\bshows?\b", re.I)
# A photo's credit with a copyright sign and no year, opening its caption: "© REUTERS/ Jo Roe The rocket takes off".
_PHOTO_COPYRIGHT = re.compile(r"^©\s*(?!(?:19|20)\d\d)[^/\s][^/]{0,40}/")
# A caption's closing note of when or where its photo was taken, with no full stop: "…; seen in December", "The probe
# is pictured, in 2013".
_PHOTO_WHEN = re.compile(r"(?:[;,]|\s(?:is|are))\s+(?:seen|pictured)\b[^.!?;\"“”]{0,60}$")
# A caption's "Pictured, …" closing the text it repeats: "… followed by a rover. Pictured, a previous rover."
_PICTURED = re.compile(
    r"(?:^|[.!?]\s+)Pictured(?:[,:]|\s+(?:above|below|left|right|here|top|inset)\b)[^.!?]{0,120}[.!?]?$")
# A caption without a full stop saying where in the photo someone is, or that it shows them: "Jo Roe (left) and Ann Doe
# celebrate", "Jo Roe, pictured, raised her hands", "Crowds are seen celebrating", "A picture taken on Monday shows…".
_PHOTO_WORDS = re.compile(
    r"\((?:pictured|left|right|centre|center|second (?:left|right)|far (?:left|right)|top|bottom|above|below|inset)\b"
    r"[^()]{0,40}\)|\b[Pp]ictured\b|\b(?:is|are) seen\b|\bpictures? taken\b")
# A video's teaser: its headline, then when it was posted and how long it runs ("Vellcoin just soared 30% 11:03 AM ET
# Fri, 29 Dec 2017 | 00:40"); no sentence of the text ends on a length after a bar.
_VIDEO_STAMP = re.compile(rf"\s(?:{_TIME}\s+)?(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)"
                          r"\s+(?:19|20)\d\d\s*\|\s*\d{1,2}:\d\d(?::\d\d)?$", re.I)
# A gallery's "Hide Caption 3 of 25" between its captions, kept on one line by some scrapers.
_GALLERY_COUNTER = re.compile(r"\s*Hide Caption \d+ of \d+\s*")
_CAPTION_PREFIX = re.compile(
    r"^(?:(?:photos?|images?|pictures?|pictured|caption|photograph|screenshots?|above|top|main image)"
    r"(?:\s*[:|]|\s+[–—-])\s*"
    r"|image caption\s+|media caption\s+"
    # A video player's close button before the video's description: "CLOSE Jo Roe says she was not told. (Feb. 4) AP";
    # not a kicker in capitals ("CLOSE TO HOME …").
    r"|(?-i:CLOSE\s+(?=[A-Z])(?![A-Z]+\s+[A-Z]{2,}\b))"
    r"|media playback is (?:unsupported|not supported) on (?:your|this) device\s+(?:media caption\s+)?)",
    re.I,
)
# Trailing photo credit: "(Office of X/Released)", "(AP Photo/Jane Doe)", "(Photo: Reuters)".
_CAPTION_CREDIT = re.compile(
    r"\((?:[^(),]{1,80}/[^(),]{1,80}|(?:photo|image|picture|credit|courtesy)[^()]{0,80}"
    r"|(?:[^()]{1,60}\svia\s)?" + _AGENCIES
    + r"|Associated Press|Agence France-Presse)\)$", re.I  # "(Vell Council via AP) (Associated Press)"
)
_AGENCY_CREDIT = re.compile(r"\(" + _AGENCIES + r"\)$")
# Credits that close a caption, full stop before them or none: a bracketed one ("… in Beijing on Monday. [Photo by Jo
# Roe/Daily Paper]", "[Photo/Agencies]"), a photographer's and an agency's in brackets ("Fans cheer (Jo Roe/AP/PA)"),
# a copyright sign and a name ("… in the square ©Jo Roe (AFP/File)"), or a labelled one run on ("… at the
# Capitol.CreditJo Roe/Reuters", "Jo Roe Photographer: Ann Lee/Daily Paper").
_CLOSING_CREDITS = (
    re.compile(r"\[(?:photo|image|picture|file photo)\b[^\[\]]{0,80}\]$", re.I),
    re.compile(r"\([^()]{1,60}/" + _AGENCIES + r"(?:/[^()]{1,30})?\)$"),
    re.compile(r"\s©\s?(?!(?:19|20)\d\d)[A-Z][\w.'’ -]{1,40}(?:\s\([^()]{1,40}\))?$"),
    re.compile(r"(?:[.!?'’\"”]|\s)(?:Credit|Photographer:)\s?[A-Z][\w.'’ -]{1,40}/[A-Z][\w.&'’ -]{1,40}$"),
    # the photographer labelled, for a paper or an agency: "… on Sunday. Photograph: Jo Roe for the Vell Daily"
    re.compile(r"[.!?'’\"”]\s+(?:Photograph|Photo|Picture|Illustration):\s*[A-Z][\w.'’ -]{1,40}?"
               r"(?:\s+for\s+(?:the\s+)?[A-Z][\w.&'’ -]{1,40}|/[A-Z][\w.&'’ -]{1,40})$"),
    # the photographer and the agency after the caption's sentence: "… on Sunday.Jo Roe / Vell Press Agency"
    re.compile(r"[.!?]\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} / [A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){0,3}$"),
)
# A sentence, then the agency and photographer without brackets, or the agency alone: "… January 1, 2018.
# REUTERS/Ammar Awad", "… on the Riviera. AFP".
_SLASH_CREDIT = re.compile(r"[.!?'’\"”]\s+" + _AGENCIES + r"(?:(?: Photo)?\s?/\s?[A-Z][\w.'’ -]{1,40})?$")
# The photographer, then the agency: "… the holiday. Jane Roe/Getty Images", "Photograph: Jane Roe/AFP via Getty
# Images".
_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:[.!?'’\"”]\s+|\bPhotograph:\s*)[A-Z][\w.'’ -]{1,40}/(?:[\w.'’ -]{1,30} via )?" + _AGENCIES + r"(?:, FILE)?$"
)
# A photo gallery: its header ("34 show all UK news in pictures", or the whole gallery on one line: "Tram crash 8
# show all Tram crash 1/8 The scene…"), then numbered captions ("6/34 25 November 2017 Crowds gather…"); a thread's
# "1/2" before one tweet is no gallery, so a gallery needs GALLERY_MIN of one count.
# The header may give a "+" for the count ("+ show all Vell in pictures"), the gallery's name alone on the line above.
_GALLERY_HEADER = re.compile(r"^(?:\d{1,3}|\+) show all\b.*|^.{0,80}\s(\d{1,3}) show all\b.*\s1/\1\s.*")
_NAMED_GALLERY = re.compile(r"^(?P<count>\d{1,3}|\+) show all (?P<name>\S.{0,80})$")
# A gallery is of other news when fewer than GALLERY_RELATED of its captions name someone or something (a word in
# capitals after the first) that the rest of the page names: "Lighthouse at dawn Poe Point's lamp" under "Ferry sinks
# off Vell", unless most of its name's words are the headline's ("Ferry sinks off Vell"; a word shared, as in
# "Vell's finest pictures of the harbour", is not enough).
GALLERY_RELATED = 1 / 3
_NAMED = re.compile(r"(?<=[\w,;:]\s)[A-Z][\w'’-]{2,}")
_GALLERY_ITEM = re.compile(r"^(?P<number>\d{1,3})/(?P<count>\d{1,3})\s+(?P<caption>\S.*)$")
GALLERY_MIN = 3
# A link to another story's gallery, run into one line: its headline, a standfirst and the counter of its first
# photo ("… Some of the best deals of the month 1 / 10", "… 1 / 22 SPACE Arrival's first trailer").
_GALLERY_TEASER = re.compile(r"(?:^|\s)1 / (?P<count>\d{1,3})(?:$|\s+[A-Z])")
# A gallery run into paragraphs, one a photo: the gallery's title, GALLERY_TITLE_WORDS words or more, opens GALLERY_MIN
# paragraphs or more in a row, each then the photo's own title, a word in capitals first, and its caption ("Harbour
# turns 300 The olden days Barges brought coal to the docks in 1920.", "Harbour turns 300 Rising from the ruins The
# docks were rebuilt …"). The text repeats an opening only to go on with it ("All three fires were set at night.",
# "“We have to be tougher.”", in small letters or in marks) or for a shorter name ("Mr. Roe said …"); a paragraph cut
# after a function word ("Police said that Jo Roe …") opens no title. A title holds no sentence's end nor a quote mark
# (an apostrophe stays: "Vell's port at 300"). A page of the gallery alone keeps it.
GALLERY_TITLE_WORDS = 3
_NO_GALLERY_TITLE = re.compile(r"[.!?;\"“”]|(?:^|\s)['‘]")
# A photo's credit alone, names on both sides of a slash ("Jo Roe/Reuters"): no figure opens a side, as in a date or a
# rate opening a short sentence ("9/11 families met", "24/7 cover ended").
_CREDIT_ONLY = re.compile(
    r"^\(?(?:[^\W\d][\w.'’ -]{0,39}\s?/\s?[^\W\d][\w.'’ -]{0,39}"
    r"|" + _AGENCIES + r"(?:\s*[-/]\s*[\w ]{1,30}){0,3})\)?(?:, FILE)?$"
)

# The staff who reported, wrote or edited the article ("(Reporting by X; Editing by Y)", "The Associated
# Press contributed to this report."): credits shown with the article, not its text, so their names
# are not read as people of the story.
_STAFF_CREDIT = r"\((?i:additional\s+)?(?i:reporting|writing|editing)\b[^()]*\bby\b[^()]*\)"
# The same unbracketed, a sentence of its own: "Additional reporting by Jo Roe.", "Additional reporting from agencies"
_ADDED_REPORTING = r"Additional reporting (?:by|from) [^.!?()]{2,80}"
# Unbracketed and by name only, each role's names in capitals: "Reporting by Jo Roe in Vell; editing by Lee Poe",
# "— Jo Roe contributed reporting"; "Reporting by the council showed…" is a sentence of the text.
_STAFF_NAMES = r"[A-Z][\w.'’-]*(?:(?:\s+|,\s+|\s+(?:and|&|in|from)\s+)[A-Z][\w.'’-]*)*"
_STAFF_ROLE = r"(?i:(?:additional\s+)?(?:reporting|writing|editing)(?:\s+and\s+(?:reporting|writing|editing))?\s+by)\s+"
_CREDIT_LINES = (
    re.compile(rf"^(?:{_STAFF_CREDIT}|{_ADDED_REPORTING})\.?$"),
    re.compile(rf"^{_STAFF_ROLE}{_STAFF_NAMES}(?:\s*[;,]\s*{_STAFF_ROLE}{_STAFF_NAMES})*\.?$"),
    re.compile(rf"^(?:[—–-]+\s*)?{_STAFF_NAMES}\s+contributed\s+(?:additional\s+)?reporting"
               rf"(?:\s+(?:from|in)\s+{_STAFF_NAMES})?\.?$"),
    # A reporter's full name and where from: "Jo Roe contributed from Vell." (one name is a country's: "Vell contributed
    # from Roe.")
    re.compile(rf"^[A-Z][\w.'’-]*\s+{_STAFF_NAMES}\s+contributed\s+from\s+{_STAFF_NAMES}\.$"),
    re.compile(
        r"^[^.!?]{3,150}\bcontributed (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article|post)\.?$", re.I
    ),
    re.compile(r"^[—–-]+\s*with assistance (?:by|from) [^.!?]{3,120}$", re.I),  # "— With assistance by Jane Roe"
    re.compile(r"^Information from: [^.!?]{3,80}(?:, https?://\S+)?$"),  # an agency's source paper, credited
    # Where a syndicated article first ran, in the reader's language, with its site's prompts: "Read the original
    # article on Vell Daily. Follow Vell Daily on Twitter.", "This article originally appeared on Vell Daily."
    re.compile(r"^(?:read the original article|this (?:article|story) (?:originally|first) (?:appeared|ran)"
               r"|den originalartikel gibt es) (?:on|in|auf) [^.!?]{2,60}\.(?:\s+[^.!?]{0,120}\.){0,4}$", re.I),
)
# An editor's note that the article was updated, or a correction: a note on the article, not a statement of its story,
# whose date would date the story's events, nor a credit ("This article was amended on 3 May 2016 to …", "Correction:
# An earlier version of this article misstated …", "This post has been revised to reflect the following correction:").
_NOTE_LINES = (
    re.compile(r"^(?:update|updated|editor'?s note):?\s+this (?:article|story|post|report) (?:has been|was) "
               r"updated\b[^.!?]{0,200}[.!]?$", re.I),
    re.compile(r"^(?:(?:correction|clarification|editor'?s note)s?\s*:?\s+)?(?:[^.!?\"“”]{0,60},\s+)?(?:an\s+)?"
               r"earlier versions?\s+of\s+this\s+(?:article|story|post|report|piece)\b[^\"“”]{0,400}$", re.I),
    re.compile(r"^(?:(?:correction|clarification|editor'?s note)s?\s*:?\s+)?this (?:article|story|post|report|piece)"
               r"\b(?:\s+(?:was|has been|had been|is being))?\s+(?:amended|corrected|updated|changed|edited|revised"
               r"|originally(?!\s+(?:appeared|ran|published))|previously|incorrectly|wrongly|mistakenly|misstated"
               r"|misidentified)\b[^\"“”]{0,300}$", re.I),
    # A correction's heading with its date: "Correction: December 1, 2010".
    re.compile(rf"^(?:correction|clarification)s?\s*:?\s+(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+\d{{4}}\.?$",
               re.I),
)
# The kind of such a note, the label the page shows it under: its own label ("CORRECTION:", "Update:"), or else what it
# says (a correction: "This article was amended on 3 May 2016 to correct …", "An earlier version … misstated …"; an
# update: "This post has been updated."; neither: "This article was edited.").
NOTE_KINDS = {"correction": "Correction", "clarification": "Clarification", "update": "Update", "updated": "Update",
              "editor's note": "Editor's note", "editors note": "Editor's note"}
_NOTE_LABEL = re.compile(r"^(?P<label>correction|clarification|updated?|editor['’]?s note)s?\s*:?\s+", re.I)
_CORRECTING = re.compile(r"\b(?:correct\w*|amended|earlier versions?|originally|previously|incorrect\w*|wrongly"
                         r"|mistakenly|misstated|misidentified|error)\b", re.I)
_UPDATING = re.compile(r"\b(?:updated|revised)\b", re.I)
# A note that introduces the next line's ("This post has been revised to reflect the following correction:"), or a
# heading's date alone ("Correction: December 1, 2010"): one note with the line after it.
_NOTE_HEADING = re.compile(rf"(?:^|:\s+)(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+\d{{4}}\.?$|:$", re.I)


def _note(line: str) -> Note:
    """An editor's note line (see _NOTE_LINES) as its kind and its text without the label."""
    label = _NOTE_LABEL.match(line)
    text = line[label.end():] if label else line
    if label:
        kind = NOTE_KINDS[label["label"].lower().replace("’", "'")]
    else:
        kind = "Correction" if _CORRECTING.search(text) else "Update" if _UPDATING.search(text) else "Editor's note"
    return Note(kind, text)

# Where a syndicated article first ran, its headline, the site and when, on a line of its own or closing the last
# paragraph, with the site's prompts: "Ferry sinks off Vell originally appeared on Vellnews.com on Mon, 1 Jan 2018 at
# 10:05:01 EDT. Please see our terms for use of feeds." A credit that dates the article and names its first site, when
# what appeared there is the article ("This story …") or its headline: "The video first appeared on Vellnet." is text.
_THIS_ARTICLE = re.compile(r"^(?i:this|the) (?i:article|story|post|piece|report)$")
_FIRST_RAN = re.compile(
    r"(?:^|(?<=[.!?\"”’])\s+)(?P<credit>(?P<head>[^.!?\"“”]{0,200}?)\s"
    r"(?i:originally appeared|first appeared|was first published)"
    r"\s+(?i:on|in)\s+(?P<site>[\w-]+(?:\.[\w-]+)+|[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3})"
    r"(?:\s+(?i:on)\s+(?P<date>[^.!?]{4,60}?))?\.(?:\s+[^.!?\"“”]{0,120}[.!])?)$"
)
# A site's mark closing its articles' last paragraph: "… as it happens. µ".
_END_MARK = re.compile(r"(?<=[.!?\"”’')])\s+[µ■□▪◼∎◆]$")
# The same credit closing the article's last paragraph: "… appearance. (Editing by Jo Roe; Please credit …)", or the
# staff who helped, after a dash: "… he says. —With Jo Roe and Ann Doe".
_TRAILING_CREDIT = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:(?P<staff>{_STAFF_CREDIT}|{_ADDED_REPORTING})\.?"
    r"|(?P<helped>[—–]\s*(?i:with)\s+(?:(?i:assistance)\s+(?:by|from)\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and)|,\s+[A-Z][\w.'’-]*)*))$"
)

_CLOSERS = "\"'”’)]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_NON_WORD = re.compile(r"\W+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.S)


# ---------------------------------------------------------------- sources.yml


def load_sources(path: Path | None) -> dict:
    """Read content/sources.yml into ``{"outlets": {name: info}, "files": {glob: name}, "dates": {glob: date},
    "notes": [message]}``.

    A missing file (or none) means no sources. ``info`` keeps homepage/country and a list of ``domains``. A date is
    YYYY-MM-DD, or None where the file gives no full date: ``notes`` names those globs for the build to show.
    """
    if path is None or not path.exists():
        return {"outlets": {}, "files": {}, "dates": {}, "notes": []}
    data = safe_yaml.load_file(path, dates_as_text=True)
    outlets = {}
    for name, info in (data.get("outlets") or {}).items():
        info = dict(info or {})
        domains = info.get("domains") or []
        info["domains"] = [domains] if isinstance(domains, str) else list(domains)
        outlets[str(name)] = info
    files = {str(glob): str(name) for glob, name in (data.get("files") or {}).items()}
    for name in files.values():
        outlets.setdefault(name, {"domains": []})
    dates, notes = _file_dates(data.get("dates"), path)
    return {"outlets": outlets, "files": files, "dates": dates, "notes": notes}


def _file_dates(table: object, path: Path) -> tuple[dict[str, str | None], list[str]]:
    """sources.yml's ``dates:`` as {glob: YYYY-MM-DD or None}, and a message for each value that is no full date."""
    if not table:
        return {}, []
    if not isinstance(table, dict):
        return {}, [f"{path}: dates: must list file-name globs, each with its date (\"storm-*.txt\": 2024-05-03); "
                    "it dates nothing"]
    dates = {str(glob): full_date(value) for glob, value in table.items()}
    notes = [f"{path}: under dates:, \"{glob}\" has {str(table[glob])!r}, no full date (write YYYY-MM-DD): "
             "the files it matches stay undated" for glob, day in dates.items() if day is None]
    return dates, notes


def _outlet_for_file(sources: dict, file_name: str) -> str | None:
    """The outlet the curator's sources.yml gives a file name."""
    return next((name for glob, name in sources.get("files", {}).items() if fnmatch.fnmatchcase(file_name, glob)), None)


def _date_for_file(sources: dict, file_name: str) -> str | None:
    """The date the curator's sources.yml gives a file name: the first matching glob's (None if it is no date)."""
    return next((day for glob, day in sources.get("dates", {}).items() if fnmatch.fnmatchcase(file_name, glob)), None)


def _outlet_for_url(sources: dict, url: str | None) -> str | None:
    """The outlet at ``url``: the curator's domains first, then the bundled table of well-known outlets."""
    if not url:
        return None
    host = outlets.host(url)
    for name, info in sources.get("outlets", {}).items():
        if any(outlets.on_domain(host, domain) for domain in info.get("domains", [])):
            return name
    return outlets.outlet_for_url(url)


# ---------------------------------------------------------------- decoding


def _decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (or a UTF-16 BOM), else a legacy encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A few isolated high bytes in ASCII text ("£15.8m") are a Western single-byte encoding;
    # charset_normalizer guesses multi-byte Asian codecs for such short evidence.
    if not re.search(rb"[\x80-\xff]{2}", data):
        return data.decode("cp1252", errors="replace")
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _byte_table(codepage: str) -> dict[str, int]:
    """Character -> byte for ``codepage``, its gaps filled from cp1252 then latin-1 as Windows does."""
    table = {}
    for byte in range(0x80, 0x100):
        for codec in (codepage, "cp1252", "latin-1"):
            try:
                table[bytes([byte]).decode(codec)] = byte
                break
            except UnicodeDecodeError:
                continue
    return table


_BYTE_TABLES = {codepage: _byte_table(codepage) for codepage in _EXTRA_MOJIBAKE_CODEPAGES}


def _fix_other_mojibake(text: str) -> str:
    """Re-decode runs that are UTF-8 read through a codepage ftfy does not handle.

    Only a run that decodes as valid UTF-8 and yields no letters of the codepage's own script is
    replaced, so genuine text in that script is left alone.
    """

    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        for table in _BYTE_TABLES.values():
            if not all(c in table for c in run):
                continue
            try:
                fixed = bytes(table[c] for c in run).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(fixed) < len(run) and not any("\u0e00" <= c <= "\u0e7f" for c in fixed):
                return fixed
        return run

    return _NON_ASCII_RUN.sub(repair, text)


def _repair(text: str) -> str:
    """Mojibake repair, line by line: ASCII lines (most of them) cannot need it."""
    return "\n".join(
        line if line.isascii() else _fix_other_mojibake(ftfy.fix_text(line, _FTFY)) for line in text.split("\n")
    )


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"file too large: {size / 1e6:.1f} MB (limit {MAX_BYTES / 1e6:.1f} MB)")
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    return data


def _read_text(path: Path) -> str:
    data = _read_bytes(path)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")
    text = _decode(data)
    head = text[:8192]
    if len(_CONTROL.findall(head)) > 0.05 * len(head):
        raise ValueError("binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- small parsers


# A time of four figures without a colon, always with its zone: "Updated 1123 GMT (1923 HKT) February 5, 2018".
_ZONED_TIME = re.compile(r"\b\d{4}\s+[A-Z]{2,4}\b")


def _date_line(line: str) -> str | None:
    """The ISO date of a dateline such as "Last updated on Oct. 28, 2024 at 06:09 pm", else None. Dates are only
    taken from such furniture lines ("Updated …", "Published: …", or nothing but a date and time): a date inside a
    body sentence is about the story, not the article."""
    if len(line) > 80:
        return None
    found = iso_date(line)
    if not found:
        return None
    meta = _META_PREFIX.match(line)
    rest = line[meta.end() :] if meta else line
    # Apart from the date, a time and a weekday, nothing may be left: otherwise it is a sentence.
    leftover = rest
    for pattern in DATE_PATTERNS:
        leftover = pattern.sub(" ", leftover)
    leftover = re.sub(_TIME, " ", leftover, flags=re.I)
    leftover = _ZONED_TIME.sub(" ", leftover)
    leftover = re.sub(rf"\b{_WEEKDAY}", " ", leftover, flags=re.I)
    leftover = re.sub(r"\b(?:last|on|at|updated|published|\|)\b|[,:|•·/()–—-]", " ", leftover, flags=re.I)
    # A wire dateline names the place in capitals before the date: "INDONESIA, July 2, 2013".
    leftover = _DATELINE_PLACE.sub(" ", leftover)
    return found if not leftover.strip() else None


# A broadcast's page opens on the programme's name and the day it aired, a dash between ("News With Ed -- October 2,
# 2017"): the name is a few words, each capitalised or a title's small word, the rest a date alone (``_date_line``).
PROGRAMME_WORDS = 6
_PROGRAMME_LINE = re.compile(rf"^(?P<name>[A-Z][\w'’&.]*(?:\s+[\w'’&.]+){{0,{PROGRAMME_WORDS - 1}}})\s+(?:--|[–—-])\s+"
                             r"(?P<date>\S.{0,60})$")


def _programme_date(line: str) -> str | None:
    """The ISO date of a programme's name-and-date line such as "News With Ed -- October 2, 2017", else None."""
    programme = _PROGRAMME_LINE.match(line)
    if not programme or not all(word[0].isupper() or word.lower() in FUNCTION_WORDS
                                for word in programme["name"].split()):
        return None
    return _date_line(programme["date"])


def _norm(line: str) -> str:
    """Whitespace runs (any Unicode space) to one space; invisible characters dropped."""
    if not line.isascii():
        line = _INVISIBLE.sub("", line)
    return " ".join(line.split())


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _looks_like_body(line: str) -> bool:
    """A first line that is a sentence of the article rather than a headline."""
    words = len(line.split())
    return words > 25 or (words >= 14 and _ends_sentence(line) and not line.endswith("?"))


_TITLE_TAIL = re.compile(
    r"\s+(?:a|an|the|of|to|in|on|at|for|and|or|but|that|which|who|with|by|from|as|is|are|was|were"
    r"|has|have|had|be|been|said|says|its|his|her|their)$",
    re.I,
)
# A verb "to be" that closes a clause a question word or a comparison opens: "… talks about how good the team is", "…
# had no idea where the boy was", "… not as profitable as it once was". A caption ends so, as a sentence may; a line the
# page broke after "was" ("The race was", "… as the car was") has no such opening.
_CLOSING_BE = re.compile(r"(?:\b(?:how|what|who|where|why)|\bas\s+[\w'’-]+\s+as|\bthan)(?:\s+[\w'’-]+){1,6}"
                         r"\s+(?:is|are|was|were)$", re.I)


def _broken_off(line: str) -> bool:
    """Does ``line`` end on a word that needs what follows (``_TITLE_TAIL``): a sentence the page broke, no headline?"""
    return bool(_TITLE_TAIL.search(line)) and not _CLOSING_BE.search(line)


# A clause set between commas after its subject that a title leaves out: "Jo Roe, a Republican of Vell, said …",
# "The mayor, who took office in May, said …".
_APPOSITIVE = re.compile(r",\s+(?:an?|the|who|whose|which)\s[^,;:.!?\"“”]{1,80},\s+(?=[a-z])")


def _derive_title(sentence: str) -> str:
    """A short title from a body sentence: its first clause, cut at a word boundary; without the dateline ("VELLTOWN
    — "), which names no news, nor a clause set between commas after the subject."""
    dateline = DATELINE.match(sentence)
    sentence = _APPOSITIVE.sub(" ", sentence[dateline.end():] if dateline else sentence, count=1)
    clause = re.split(r"(?<=\w)[,;:]\s|\s[–—-]\s|(?<=[a-z])[.!?]\s", sentence, maxsplit=1)[0]
    if len(clause.split()) < 4:
        clause = sentence
    words = clause.split()
    if len(words) <= TITLE_WORDS:
        return clause.rstrip(".,;:")
    cut = " ".join(words[:TITLE_WORDS])
    while True:
        shorter = _TITLE_TAIL.sub("", cut)
        if shorter == cut:
            break
        cut = shorter
    return cut.rstrip(".,;:") + "…"


# A kicker in capitals before a teaser's headline ("IPHONE KILLER Samsung Galaxy S9: …", "MOST READ IN NEWS"), or a
# graphic's label: two words in capitals or more, one of four letters or more.
_KICKER = re.compile(r"(?<![\w'’-])(?:[A-Z][A-Z'’&-]*[A-Z]\??\s+){1,6}[A-Z][A-Z'’&-]*[A-Z](?![\w'’-])")
_TEASER_KICKERS = 3


def _is_teaser_box(line: str) -> bool:
    """Teasers for other stories run into one line, each after its kicker in capitals ("CORE OF THE PROBLEM?
    Apple engineer says … KING OF THE SEA This is how … IPHONE KILLER …"), or a graphic's labels: no article's
    paragraph has three such runs."""
    kickers = (m.group(0).split() for m in _KICKER.finditer(line))
    return sum(any(len(w.strip("?'’-")) >= 4 for w in words) for words in kickers) >= _TEASER_KICKERS


# A box set into the article under its own heading in capitals: "APPLE TO REPLACE OLD BATTERIES Apple may be
# planning…", "THE SUNKEN FERRY The hull was cracked…", "WHY DID IT SINK? Divers found…". Three words in capitals or
# more (one of BOX_WORD letters or more), then a sentence, after the lead (which some outlets open with a kicker in
# capitals: "NOT CONTENT WITH CHIPS Intel has…"); a dateline's town has a credit or a dash after it. Under a heading of
# three words, two sentences or more: one is a paragraph under its kicker ("CLOSE TO HOME Residents cheered."). The
# outlet's text, but no statement of its story's: set apart with the captions, whole. A year may be one of the
# heading's words ("THE CURSE OF 2003 AND THE FANS Fans still recall…"), not its first.
_BOXED = re.compile(r"(?:[A-Z][A-Z'’&-]*[A-Z]\??\s+)(?:[A-Z0-9][A-Z0-9'’&-]*[A-Z0-9]\??\s+){2,}(?=[A-Z][a-z])")
BOX_WORD = 4
BOX_HEADING_WORDS = 4
# Such a box run into one line with its headings: after a colon, a heading of three words in capitals or more, then a
# sentence ("Are you affected? Here's what to do: CHECK YOUR CREDIT SCORE Check your file…"). After a full stop, such
# a heading is the article's own subhead run into its paragraph ("… in 1934. WHO WAS OSCAR? There is…"), and stays.
_BOXED_INSIDE = re.compile(r":\s+(?:[A-Z][A-Z'’&-]*[A-Z]\??\s+){3,}(?=[A-Z][a-z])")
# Under a heading of three words, a fact box's entries make it one too, no sentence: FACT_ENTRIES labels or more, each
# with a colon and a value of FACT_VALUE_WORDS words or fewer ("THE VELL FERRY Length: 90 metres (295 feet) Decks: 4
# Crew: 12").
_FACT_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}:\s")
FACT_ENTRIES = 3
FACT_VALUE_WORDS = 8


def _fact_entries(text: str) -> bool:
    """Is ``text`` a fact box's entries, "Label: value" (see FACT_ENTRIES)?"""
    labels = list(_FACT_LABEL.finditer(text))
    values = [text[label.end() : after.start()] for label, after in zip(labels, labels[1:], strict=False)]
    values += [text[labels[-1].end() :]] if labels else []
    return (len(labels) >= FACT_ENTRIES and labels[0].start() == 0 and not _SENTENCE_BREAK.search(text)
            and all(0 < len(value.split()) <= FACT_VALUE_WORDS for value in values))


def _is_gallery_teaser(line: str) -> bool:
    return any(int(m["count"]) >= GALLERY_MIN for m in _GALLERY_TEASER.finditer(line))


def _is_appeal(line: str) -> bool:
    """A line asking the reader for money, addressed from the site ("please support us")."""
    lower = line.lower()
    return any(p in lower for p in _APPEAL_PHRASES) and bool(re.search(r"\b(?:we|us|our)\b", lower))


def _caption(line: str) -> str | None:
    """The caption text if ``line`` is a photo/video caption, else None."""
    match = re.match(r"^Image copyright .+? Image caption\s+(?P<text>.+)$", line)
    if match:
        return match["text"]
    stamp = _VIDEO_STAMP.search(line)
    if stamp:
        return line[: stamp.start()]
    prefix = _CAPTION_PREFIX.match(line)
    if prefix and len(line) > prefix.end():
        return _GALLERY_COUNTER.sub(" ", line[prefix.end() :]).strip() or None  # "Photos: Storm Hide Caption 2 of 9"
    prefix = _CREDIT_PREFIX.match(line) or _WIDGET_LABEL.match(line)
    if prefix:
        return line[prefix.end() :]
    prefix = _UNPUNCTUATED_CAPTION_CREDIT.match(line) or (
        (_SHORT_CAPTION_CREDIT.match(line) or _SAME_NAME_CREDIT.match(line)) if len(line) <= SHORT_CAPTION else None)
    if prefix and not _ends_sentence(line):
        return line[prefix.end() :]
    spelled = _SPELLED_CREDIT.match(line)
    if spelled:
        words = spelled["rest"].split()
        initials = "".join(w[0] for w in words[: len(spelled["short"])])
        if initials == spelled["short"] and len(words) > len(initials):
            return " ".join(words[len(initials) :])
    if (_FILE_PHOTO.match(line) or _THIS_PHOTO.match(line) or _ARCHIVE_PHOTO.search(line) or _PICTURED.search(line)
            or _PHOTO_COPYRIGHT.match(line) or _VIDEO_GRAB.match(line) or _DATED_PHOTO.match(line)
            or _place_dated_photo(line) or _credited_photo(line) or _numbered_labels(line)):
        return line
    if (_PHOTO_WHEN.search(line) or _PHOTO_WORDS.search(line) and line[-1].isalnum()) and not _ends_sentence(line):
        return line
    # A described photo ends on a sentence, then its credit or two: "... in 2024. (Jo Roe/Pool via AP) (Photo: AP)".
    described = line
    for _ in range(2):
        credit = _CAPTION_CREDIT.search(described) if described.endswith(")") else None
        described = described[: credit.start()].rstrip() if credit else described
        if credit and _ends_sentence(described) and len(line) < 400:
            return line
    # A photo agency's name alone closes a caption, full stop or none ("Cubs players celebrate (Getty Images)"), or
    # the agency and photographer after a sentence ("… January 1, 2018. REUTERS/Ammar Awad"), or the other way round.
    if (_AGENCY_CREDIT.search(line) or _SLASH_CREDIT.search(line) or _PHOTOGRAPHER_CREDIT.search(line)
            or any(credit.search(line) for credit in _CLOSING_CREDITS)) and len(line) < 400:
        return line
    return None


def _front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = safe_yaml.load(match["yaml"], "front matter") or {}
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, text[match.end() :]


# A list item's bullet ("• Hollande said …"): layout, not a word of the sentence.
_LIST_BULLET = re.compile(r"^[•·▪●■◦‣]\s+")
# Quotation marks, two single marks typed for one double mark first.
_MARKS = re.compile(r"''|[\"“”'‘’]")


def _typewritten_quotes(line: str) -> str:
    """Two single marks typed for a double one ('') as the mark they stand for: a double mark, or the single mark that
    closes a quote a single mark opened ("'If it sounds too good, it probably is,'' Roe said" closes at "is,'")."""
    if "''" not in line:
        return line
    out: list[str] = []
    opened: list[str] = []  # the kinds of the quotes open at this point, innermost last
    last = 0
    for match in _MARKS.finditer(line):
        mark, start, end = match.group(0), match.start(), match.end()
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "don't"
        opening = (before.isspace() or before in "([—–-") and not after.isspace()
        kind = '"' if mark in ("''", '"', "“", "”") else "'"
        if opening:
            opened.append(kind)
        elif opened and (opened[-1] == kind or mark == "''"):
            kind = opened.pop()
        if mark == "''":
            out.append(line[last:start] + kind)
            last = end
    return "".join(out) + line[last:]


# A straight double mark set apart from the words it closes or opens, the text's typing, after a stop or a comma: with a
# space on either side ('… in Vell, " said Jo Roe', '… he said. " And my daughter'), where it opens a quotation only
# after an attribution between two (a few words since the mark before it, with a verb of saying), else closes one; or
# glued to a verb of saying, which no quotation opens on ('… from her, "said Jo Roe'), where it closes one. Set against
# the words it closes or opens. Not a mark after a word ('known as " Vell '), which may be either.
_SPACED_MARK = re.compile(r'(?<=[,.!?…\'’]) " (?=\S)|(?<=[,.!?]) "(?=(?:said|says|told|added|asked|wrote)\b)')
_ATTRIBUTION_WORDS = 6


def _spaced_marks(line: str) -> str:
    """``line`` with each straight double mark set apart from its words (``_SPACED_MARK``) set against them."""
    if ' "' not in line:
        return line
    out, last = [], 0
    for match in _SPACED_MARK.finditer(line):
        since = line[line.rfind('"', 0, match.start()) + 1 : match.start()]
        opens = (match.group(0).endswith(" ") and len(since.split()) <= _ATTRIBUTION_WORDS
                 and _REPORTED.search(since) is not None)
        out.append(line[last : match.start()] + (' "' if opens else '" '))
        last = match.end()
    return "".join(out) + line[last:]


# A backtick or two opening a quote, typed for a quote mark ("`Sea rings' seen", "``Sea rings''"): opening the line or
# after a space, a bracket or a dash, before a word, and closed by a quote mark.
_BACKTICKS = re.compile(r"(?<![^\s(\[—–-])(`{1,2})(?=[\w\"“‘'])")
_SINGLE_CLOSING = re.compile(r"[\w.,!?\"”]['’](?!\w)")
# Single marks: one opening a quote; one between two letters, which closes the quote where no ending of a contraction
# follows ("the 'sea-rings'were seen"; not "'I don't know'", "O'Hara"); one closing a quote.
_SINGLE_MARKS = re.compile(r"(?P<open>(?<![^\s(\[—–-])['‘](?=\w))|(?<=[a-z]{2})(?P<glued>['’])(?=(?P<next>[a-z]+))"
                           r"|['’](?!\w)")


def _quote_marks(line: str) -> str:
    """Backticks opening a quote as the quote mark they stand for (two as a double mark; one as the single mark that
    closes the quote, straight or curly), and a space after a closing single mark glued to the next word."""
    if "`" in line:
        def mark(match: re.Match[str]) -> str:
            # Closed by a quote mark before any other backtick: "`code`" is a code span, left as typed.
            tick = line.find("`", match.end())
            upto = tick if tick >= 0 else len(line)
            if len(match.group(1)) == 2:
                return '"' if re.search(r"''|[\"”]", line[match.end():upto]) else match.group(0)
            closing = _SINGLE_CLOSING.search(line, match.end(), upto)
            return ("‘" if closing.group(0)[-1] == "’" else "'") if closing else match.group(0)
        line = _BACKTICKS.sub(mark, line)
    out, last, opened = [], 0, 0
    for match in _SINGLE_MARKS.finditer(line):
        if match["open"]:
            opened += 1
            continue
        if opened and match["glued"] and match["next"] not in CONTRACTION_ENDINGS:
            out.append(line[last : match.end()] + " ")
            last = match.end()
        if opened and (match["glued"] is None or match["next"] not in CONTRACTION_ENDINGS):
            opened -= 1
    return "".join(out) + line[last:]


# A lede whose first words are set in capitals ("AT least two people…", "HACKERS are feared…"): the outlet's styling.
_SHOUTED_OPENING = re.compile(r"((?:[A-Z][A-Z'’]*\s+){1,4})(?=[a-z])")


def _lede_in_case(paragraph: str) -> str:
    """The first paragraph with its opening words in capitals written as a sentence opens ("At least two…"), where
    each is a short word no acronym spells or a function or ordinary word of three letters or more: "NASA said",
    "US forces", "ID cards", "BRITAIN'S" stay."""
    opening = _SHOUTED_OPENING.match(paragraph)
    if not opening:
        return paragraph
    words = [w.lower() for w in opening.group(1).split()]
    if not all(w in SHOUTED_SHORT_WORDS or (len(w) >= 3 and (w in _CONTENT_STOP or w in models.ordinary_words()))
               for w in words):
        return paragraph
    return " ".join([words[0].capitalize(), *words[1:]]) + " " + paragraph[opening.end(1):]


def _lines(text: str, markdown: bool) -> list[str]:
    """Non-empty, whitespace-normalised lines; Markdown (and hard-wrapped text) joined into paragraphs."""
    out: list[str] = []
    joinable = False
    for raw in text.split("\n"):
        line = _spaced_marks(_typewritten_quotes(_quote_marks(_LIST_BULLET.sub("", _norm(raw)))))
        if not line:
            joinable = False
            continue
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:  # a Markdown heading is a line of its own; its marks are markup, not text
            out.append(line[heading.end() :])
            joinable = False
            continue
        if joinable and out and (markdown or (line[0].islower() and not _ends_sentence(out[-1]))):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = True
    return out


# ---------------------------------------------------------------- the article


def _outlet_in_text(lines: list[str]) -> str | None:
    for pattern in _OUTLET_LINES:
        for line in lines:
            match = pattern.match(line)
            if match:
                return match["name"].strip()
    return None


def _copyright_holder(lines: list[str]) -> str | None:
    """Whom the page's copyright notice names ("© 2024 Example News"), if it has one."""
    for line in lines:
        match = _COPYRIGHT.match(line)
        if match and len(line) < 200:
            return match["name"].strip(" ,") or None
    return None


def _gallery_lines(lines: list[str], title: str) -> dict[int, str | None]:
    """Line index -> caption, for the numbered captions of a photo gallery ("6/34 …"); None for a gallery of other news
    (a line to drop): its header's name shares no word of content with the article's ``title`` ("34 show all World news
    in pictures" under "Ferry sinks off Vell"), or its captions name what the page does not (GALLERY_RELATED). The
    gallery's name alone over its header is dropped too."""
    items: dict[str, dict[int, str | None]] = defaultdict(dict)
    for index, line in enumerate(lines):
        item = _GALLERY_ITEM.match(line)
        if item and 0 < int(item["number"]) <= int(item["count"]):
            items[item["count"]][index] = item["caption"]
    items = {count: found for count, found in items.items() if len(found) >= GALLERY_MIN}
    headed: dict[str, str] = {}
    names: dict[int, None] = {}
    for index, line in enumerate(lines):
        if header := _NAMED_GALLERY.match(line):
            # "+": the count of the first gallery after the header.
            count = header["count"] if header["count"] != "+" else next(
                (count for count, found in items.items() if min(found) > index), None)
            headed[count] = header["name"]
            names.update({index - 1: None} if index and lines[index - 1] == header["name"] else {})
    inside = set(names) | set(chain.from_iterable(items.values()))
    page = {word for k, line in enumerate(lines) if k not in inside and not _GALLERY_HEADER.match(line)
            for word in _NAMED.findall(line)}
    found: dict[int, str | None] = dict(names)
    for count, captions in items.items():
        unrelated = _other_news(headed.get(count), list(captions.values()), page, title)
        found.update({index: None if unrelated else caption for index, caption in captions.items()})
    return found


def _other_news(name: str | None, captions: list[str], page: set[str], title: str) -> bool:
    """Is a gallery of ``captions`` under ``name`` (None: it has none) of other news than the article's ``title``,
    whose other lines name ``page`` (see GALLERY_RELATED)?"""
    named = sum(bool(set(_NAMED.findall(caption)) & page) for caption in captions)
    shared = len(_content(name) & _content(title)) if name is not None else 0
    return (name is not None and not shared or named < GALLERY_RELATED * len(captions)
            and not (name is not None and shared > len(_content(name)) / 2))


def _titled_gallery(body: list[str], title: str) -> dict[int, str | None]:
    """Paragraph index -> caption, for the photos of a gallery whose title opens each caption (see
    GALLERY_TITLE_WORDS); None for a gallery of other news (``_other_news``), to drop."""
    words = [paragraph.split() for paragraph in body]
    found: dict[int, str | None] = {}
    k = 0
    while k + GALLERY_MIN <= len(body):
        name = _shared_opening(words[k : k + GALLERY_MIN])
        end = k
        while end < len(body) and words[end][: len(name)] == name and _titled_item(words[end][len(name) :]):
            end += 1
        if (end - k < GALLERY_MIN or len(name) < GALLERY_TITLE_WORDS or end - k == len(body)
                or not name[0][:1].isupper() or _NO_GALLERY_TITLE.search(" ".join(name))):
            k += 1
            continue
        captions = {j: " ".join(words[j][len(name) :]) for j in range(k, end)}
        page = {word for j, paragraph in enumerate(body) if not k <= j < end for word in _NAMED.findall(paragraph)}
        unrelated = _other_news(" ".join(name), list(captions.values()), page, title)
        found.update({j: None if unrelated else caption for j, caption in captions.items()})
        k = end
    return found


def _shared_opening(paragraphs: list[list[str]]) -> list[str]:
    """The words all ``paragraphs`` open with, less the function words closing them (the first word of two photos'
    titles: "The olden days", "The new port")."""
    shared: list[str] = []
    for column in zip(*paragraphs, strict=False):  # to the shortest paragraph
        if len(set(column)) > 1:
            break
        shared.append(column[0])
    while shared and shared[-1].lower() in _CONTENT_STOP:
        shared.pop()
    return shared


def _titled_item(rest: list[str]) -> bool:
    """Is ``rest``, a paragraph after its gallery's title, a photo's title in capitals and a caption of a sentence or
    more?"""
    text = " ".join(rest)
    return len(rest) > 1 and rest[0][:1].isupper() and bool(_ends_sentence(text) or _SENTENCE_BREAK.search(text))


class _Cleaned(NamedTuple):
    body: list[str]
    captions: list[str]
    credits: list[str]
    notes: list[Note]
    highlights: list[str]
    subheads: list[int]
    author: str | None
    published: str | None
    origin: str | None  # the site where a syndicated article first ran, as its credit names it


def _words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.lower()).split()


HEADER_TITLE_WORDS = 6
HEADER_KICKER_CHARS = 40


def _repeats_title(line: str, headline: list[str]) -> bool:
    """Is the line the headline (its ``_words``) again, after a kicker of a word or two ("SONY PS4 Update: …" under
    "PS4 Update: …")? Not a sentence: a lead paragraph the headline repeats word for word ("NEW YORK — Acme…") stays."""
    if len(headline) < 4 or _ends_sentence(line):
        return False
    words = _words(line)
    return words[-len(headline):] == headline and len(words) - len(headline) <= 2


_INNER_MARKS = str.maketrans("“”", "‘’")
_HASHTAGS_AT_END = re.compile(r"(?:\s*#\w+)+$")
_STRAIGHT_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))\"")


def _tweets(line: str) -> list[tuple[str, str]] | None:
    """The tweets a line is made of, each as its words and its signature ("— Jo Roe (@joroe) May 2, 2018"), or None when
    it is not only tweets or one is not the text's: a fragment (see POST_MIN_WORDS) or a site's headline and link."""
    tweets: list[tuple[str, str]] = []
    at = 0
    for signed in _POST_SIGNED.finditer(line):
        text = signed["text"]
        story = _STORY_LINK.search(text)
        words = _POST_LINK.sub(" ", text).split()
        if (line[at : signed.start()].strip() or len(words) < POST_MIN_WORDS
                or story and not _ends_sentence(_HASHTAGS_AT_END.sub("", text[: story.start()]).rstrip())):
            return None
        tweets.append((" ".join(words), signed["signature"]))
        at = signed.end()
    return tweets if tweets and not line[at:].strip() else None


def _tweet_paragraph(text: str, signature: str) -> str:
    """A tweet as a paragraph of the text: its words in quotation marks, those it quotes in single marks, then its
    signature, so that the tweet is read as the words of whoever signs it."""
    text = _STRAIGHT_OPENING.sub("‘", text).replace('"', "’").translate(_INNER_MARKS)
    return f"“{text}” {signature}"


def _clean(lines: list[str], title: str = "") -> _Cleaned:
    """Body paragraphs, captions, credits, byline and date found in ``lines`` (``title`` already removed)."""
    body: list[str] = []
    captions: list[str] = []
    credits: list[str] = []
    notes: list[Note] = []
    noted = -1  # the index of the line after the last note
    highlights: list[str] = []
    author: str | None = None
    published: str | None = None
    origin: str | None = None
    programme_date: str | None = None  # the article's date when it gives no other
    wire_credits: list[tuple[int, str]] = []  # an agency's name alone, and how many paragraphs came before it
    highlighting = False  # after a "Story highlights" header, until the text's first sentence
    in_header = True  # between the title and the first body paragraph
    tweets: list[tuple[int, str, str]] = []  # each embedded tweet of the text, after how many paragraphs it came

    def embedded(line: str) -> None:
        """An embedded post: a tweet of the text's, put back in its place at the end, or a caption."""
        found = _tweets(line)
        if found:
            tweets.extend((len(body), text, signature) for text, signature in found)
        else:
            captions.append(line)
    gallery = _gallery_lines(lines, title)
    headline = _words(title)
    i = 0
    n = len(lines)
    while i < n:
        line = _LABEL_PREFIX.sub("", lines[i])
        i += 1
        if _LONE_SPEAKER_LABEL.match(line) and i < n:
            line = f"{line} {lines[i]}"
            i += 1
        if i - 1 in gallery:
            captions += [gallery[i - 1]] if gallery[i - 1] else []
            continue
        if _GALLERY_HEADER.match(line):
            continue
        if _COMMENTS.match(line):
            if i > n / 2:
                break
            continue
        about = _ABOUT_SITE.match(line)
        if about and i > n / 2 and n - i <= ABOUT_LINES and (about["site"] == "us"
                                                            or any(x.startswith(about["site"]) for x in lines[i:])):
            break  # "About Vell Daily" over the site's few lines about itself ("Vell Daily was founded …"), to the end
        if _LINKS_HEADER.match(line) and i > n / 2 and all(len(rest) < _HEADLINE_CHARS for rest in lines[i:]):
            break  # "Read more:" and the headlines of other articles, to the end of the page
        if _APPEAL_START.match(line):
            end = next((j for j in range(i, min(n, i + 20)) if _APPEAL_END.match(lines[j])), None)
            if end is not None:
                i = end + 1
            elif n - i <= 15 and any(_APPEAL_WORDS.search(x) for x in lines[i:]):
                i = n
            continue
        if _UP_NEXT.match(line):
            while i < n and _FIXTURE_LINE.match(lines[i]):
                i += 1
            continue
        if _WIDGET_HEADER.match(line):
            while i < n and not _ends_sentence(lines[i]):
                i += 1
            continue
        skip_post = _SKIP_POST.match(line)
        if skip_post:
            embedded(skip_post["text"])
            continue
        inline = _INLINE_META.search(line) if in_header and len(line) < 200 else None
        if inline and iso_date(inline["rest"]):
            published = published or iso_date(inline["rest"])
            continue  # the headline again, then "Updated: 2016-07-15 13:14 By Agencies": the page's header,
            # even when it ends in the agency's credit like a photo caption ("… 06:50 (Xinhua)")
        caption = _caption(line)
        if caption:
            pieces = [_caption(piece) or piece for piece in _GALLERY_COUNTER.split(line) if piece.strip()]
            captions.extend(pieces if len(pieces) > 1 else [caption])
            continue
        if (_FURNITURE.match(line) or _PAYWALL.match(line) or _TEASER.match(line) or _BRACKETED_LINK.match(line)
                or _is_appeal(line)
                or _AIRTIME_PROMO.match(line) and (not _ends_sentence(line) or len(line.split()) <= AIRTIME_WORDS)
                or _is_teaser_box(line) or _is_gallery_teaser(line)
                or _BOXED_INSIDE.search(line) or _repeats_title(line, headline) or _is_helpline(line)
                or _READER_FORM.match(line)):
            continue
        boxed = _BOXED.match(line) if body else None
        heading = boxed.group(0).split() if boxed else []
        if (any(len(word.strip("?'’&-")) >= BOX_WORD for word in heading)
                and (len(heading) >= BOX_HEADING_WORDS or _SENTENCE_BREAK.search(line, boxed.end())
                     or _fact_entries(line[boxed.end():]))):
            captions.append(line)
            continue
        signed = _SIGNED_TWEET.search(line)
        if signed or _POST_SIGNATURE.search(line):
            # A tweet's lines the page split, its first left on the line before: short, no sentence of the text's
            # ("Bright green sky!!" over "Amazing — Jo Roe (@joroe) …").
            if (signed and body and lines[i - 2] == body[-1] and len(line[: signed.start()].split()) <= TWEET_LINE_WORDS
                    and len(body[-1].split()) <= TWEET_LINE_WORDS and not body[-1].endswith((".", ":"))
                    and not any(mark in body[-1] for mark in '"“”')):
                line = f"{body.pop()} {line}"
            embedded(line)
            continue
        if _COPYRIGHT.match(line) and (len(line) < 200 or "all rights reserved" in line.lower()):
            if i > n / 2:
                break  # late in the page, the notice ends the article: what follows is the site's (disclaimers)
            continue
        if _TWEET_SIGN.match(line):
            embedded(f"{body.pop()} {line}" if body and (_TWEET_LINK.search(body[-1]) or len(body[-1]) < 300)
                     and not in_header else line)
            continue
        thread = _THREAD_COUNT.match(line)
        if thread and int(thread["k"]) <= int(thread["n"]) and body and _ON_TWITTER.search(body[-1]):
            captions.append(line)  # a tweet of a thread the text reports
            continue
        if i < n and "/" in line and _TWEET_LINK.search(line) and _TWEET_SIGN.match(lines[i]):
            embedded(f"{line} {lines[i]}")
            i += 1
            continue
        # The page's header run into one line, a kicker, the headline again, and what follows it without a full stop
        # (a rating, the standfirst, a player's label): shown with the highlights, not read as the text.
        at = line.find(title) if in_header and len(headline) >= HEADER_TITLE_WORDS else -1
        if 0 <= at <= HEADER_KICKER_CHARS and not _ends_sentence(line) and line[at + len(title):].strip():
            highlights.append(line[at + len(title):].strip())
            continue
        found = _date_line(line)
        if found:
            published = published or found
            continue
        aired = _programme_date(line) if in_header else None
        if aired:
            programme_date = programme_date or aired
            continue
        if _META_PREFIX.match(line) and len(line.split()) <= 8:
            continue  # "Updated at 9:50 p.m. ET Thursday": no date, still furniture
        if domain_byline := _DOMAIN_BYLINE.match(line):
            author = author or domain_byline["name"]
            continue
        if stamped := _STAMPED_BYLINE.match(line):
            author = author or stamped["name"]
            published = published or iso_date(stamped["rest"])
            continue
        byline = _BYLINE.match(line)
        if byline and len(line.split()) <= 12:
            author = author or byline["name"]
            published = published or iso_date(byline["rest"])
            continue
        if _CREDIT_ONLY.match(line) and len(line.split()) <= 8:
            if outlets.wire_for_name(line.strip("()")):
                wire_credits.append((len(body), line.strip("()")))
            continue
        first_ran = _FIRST_RAN.search(line)
        if first_ran and (_THIS_ARTICLE.match(first_ran["head"]) or _words(first_ran["head"]) == headline):
            credits.append(first_ran["credit"])
            published = published or iso_date(first_ran["date"] or "")
            origin = origin or first_ran["site"]
            line = line[: first_ran.start()]
            if not line:
                continue
        if any(pattern.match(line) for pattern in _CREDIT_LINES):
            credits.append(line.strip("()"))
            continue
        if any(pattern.match(line) for pattern in _NOTE_LINES):
            note = _note(line)
            if notes and noted == i - 1 and _NOTE_HEADING.search(notes[-1].text):
                heading = notes.pop()
                note = Note(heading.kind, f"{heading.text}{'' if heading.text.endswith(':') else '.'} {note.text}")
            notes.append(note)
            noted = i
            continue
        line = _END_MARK.sub("", line)
        header = _HIGHLIGHTS.match(line)
        if header:
            highlights += [header["first"]] if header["first"] else []
            highlighting = True
            continue
        if highlighting and not _ends_sentence(line) and len(line.split()) <= HIGHLIGHT_WORDS:
            highlights.append(line)
            continue
        highlighting = False
        if trailing := _TRAILING_CREDIT.search(line):
            credits.append((trailing["staff"] or trailing["helped"]).strip("()"))
            line = line[: trailing.start()]
        # A short line among the page's header furniture ("Web Desk" over "4 Min Read") is the
        # byline or a label; elsewhere it may be a subhead or a venue, and stays.
        if in_header and len(line.split()) <= 4 and not _ends_sentence(line):
            next_line = lines[i] if i < n else ""
            # In the header, every earlier line (i > 1) was furniture: nothing joined the body yet.
            if i > 1 or _FURNITURE.match(next_line) or _date_line(next_line):
                if author is None and _LONE_BYLINE.match(line) and not line.isupper():
                    author = line
                continue
        body.append(line)
        in_header = False
    # An agency's name alone after the last paragraph credits the story to it ("Reuters"); between paragraphs, a photo.
    credits += [credit for at, credit in wire_credits if at == len(body)]
    written = list(body)  # the paragraphs before any is set apart, which the tweets' places count
    # Tags, author names and buttons trail a page; a real article ends on a sentence.
    while body and len(body[-1].split()) <= 4 and not _ends_sentence(body[-1]):
        body.pop()
    while body and (_SITE_NOTICE.match(body[-1]) or _foreign_line(body[-1])):
        body.pop()
    bios = [body.pop()] if body and _author_bio(body[-1]) else []
    bios += [body.pop(0)] if body and _author_bio(body[0]) else []
    credits += bios
    author = author or next((_AUTHOR_BIO.match(bio)["name"] for bio in bios), None)
    gallery = _titled_gallery(body, title)
    captions += [caption for caption in gallery.values() if caption]
    body = [p for k, p in enumerate(body) if k not in gallery]
    lead = _lead_highlights(body)
    highlights += body[:lead]
    body = body[lead:]
    if _lead_caption(body):
        captions.append(body.pop(0))
    # A race's or a live blog's timeline ("Lap 14 Roe spins and the safety car is deployed") is the text's own, though
    # its lines may lack a full stop and tell again what the text told: no caption or teaser.
    ticker = ticker_lines(body)
    repeated = (_repeated_captions(body) | _paraphrasing_captions(body) | _labelled_captions(body) | _caption_runs(body)
                | _teaser_runs(body, ticker)) - ticker
    captions += [body[k] for k in sorted(repeated)]
    body = [p for k, p in enumerate(body) if k not in repeated]
    # Of what is left, so that a sentence is not set apart for a caption that holds it and is set apart itself.
    repeated = _contained(body) | _repeated_quotes(body)
    repeated |= {k for k, paragraph in enumerate(body) if k and _credited_pull_quote(paragraph)}
    repeated -= ticker_lines(body)
    captions += [body[k] for k in sorted(repeated)]
    body = [p for k, p in enumerate(body) if k not in repeated]
    # Of what is left, so that the copies of one caption do not break the run they are in.
    photos = _photo_runs(body) - ticker_lines(body)
    captions += [body[k] for k in sorted(photos)]
    body = [p for k, p in enumerate(body) if k not in photos]
    lone = _lone_lines(body)
    teasers = _video_teasers(body, lone) | _reported_captions(body)
    teasers |= {k for k in range(1, len(body) - 1) if _set_apart(body, k) and _quoted_headline(body[k])}
    teasers -= ticker_lines(body)
    captions += [body[k] for k in sorted(teasers)]
    subheads = [k - sum(t < k for t in teasers) for k in lone if k not in teasers]
    body = [p for k, p in enumerate(body) if k not in teasers]
    body, subheads, told = _with_tweets(written, body, subheads, tweets)
    captions += told
    body = [_unmarked(paragraph) for paragraph in body]
    return _Cleaned(body, captions, credits, notes, highlights, subheads, author, published or programme_date, origin)


def _with_tweets(written: list[str], body: list[str], subheads: list[int],
                 tweets: list[tuple[int, str, str]]) -> tuple[list[str], list[int], list[str]]:
    """The body with each embedded tweet back in its place (after the paragraph of ``written`` it followed, or the last
    before it that stayed), the subheads counted again, and the tweets the text already tells (see POST_TOLD_SHARE),
    set apart as captions, each its words and signature."""
    texts = [f" {' '.join(_words(p))} " for p in body]
    stayed = [0]  # how many of the first j paragraphs of ``written`` stayed in ``body``, which keeps their order
    for paragraph in written:
        k = stayed[-1]
        stayed.append(k + (k < len(body) and body[k] == paragraph))
    placed: list[tuple[int, str]] = []
    told = []
    for at, text, signature in tweets:
        if _told_share(_words(text), texts) >= POST_TOLD_SHARE:
            told.append(f"{text} {signature}")
        else:
            placed.append((stayed[min(at, len(written))], _tweet_paragraph(text, signature)))
    out = list(body)
    for shift, (at, paragraph) in enumerate(placed):
        out.insert(at + shift, paragraph)
    return out, [s + sum(at <= s for at, _ in placed) for s in subheads], told


def _told_share(words: list[str], texts: list[str]) -> float:
    """The share of ``words`` in runs of QUOTE_RUN_WORDS words or more that one of ``texts`` holds."""
    covered, at = 0, 0
    while at < len(words):
        run = QUOTE_RUN_WORDS
        while at + run <= len(words) and any(f" {' '.join(words[at:at + run])} " in text for text in texts):
            run += 1
        if run > QUOTE_RUN_WORDS:
            covered += run - 1
            at += run - 1
        else:
            at += 1
    return covered / len(words) if words else 0.0


# The summary lines some outlets set above the text, under a header ("Story highlights Winds forced a change of
# course"), before the dateline that opens the text ("The plane was a turboprop" over "(VNN) A plane crashed…"), or
# HIGHLIGHTS_RUN of them or more before its first sentence ("Crowds cheered the ferry" over "The crew waved flags" over
# "The ferry sailed again on Monday."; one line alone there is a standfirst, the text's; and a match's box of short
# lines, "Vell Park" over "Tuesday, 1 March", is none, so each of a run has HIGHLIGHT_RUN_WORDS words or more; nor is a
# page's text whose paragraphs mostly lack a full stop): each a line of HIGHLIGHT_WORDS words or fewer without a full
# stop, HIGHLIGHTS_MAX of them or fewer.
# A fact box's heading is such a header too, anywhere in the page: the heading no paragraph of the text, its short lines
# without a full stop highlights ("What we know" over "Two people were hurt"), its sentences the text's.
BOX_HEADINGS = ("highlights", "key points", "key facts", "fast facts", "quick facts", "the facts", "factbox",
                "fact box", "fact file", "at a glance", "what we know", "what we know so far", "what you need to know")
_HIGHLIGHTS = re.compile(r"^(?:story highlights\b:?\s*(?P<first>.*)|(?:"
                         + "|".join(map(re.escape, sorted(BOX_HEADINGS, key=len, reverse=True))) + r"):?)$", re.I)
HIGHLIGHT_WORDS = 30
HIGHLIGHTS_MAX = 5
HIGHLIGHTS_RUN = 2
HIGHLIGHT_RUN_WORDS = 8


def _lead_highlights(body: list[str]) -> int:
    """How many paragraphs opening the body are highlights: lines without a full stop before the dateline, or a run of
    them before the first sentence."""
    for k, paragraph in enumerate(body[: HIGHLIGHTS_MAX + 1]):
        if DATELINE.match(paragraph):
            return k
        if _ends_sentence(paragraph):
            run = (k >= HIGHLIGHTS_RUN and all(len(line.split()) >= HIGHLIGHT_RUN_WORDS for line in body[:k])
                   and 2 * sum(map(_ends_sentence, body)) >= len(body))
            return k if run else 0
        if len(paragraph.split()) > HIGHLIGHT_WORDS:
            return 0
    return 0


# A photo's caption over the lede: a line without a full stop of LEAD_CAPTION_WORDS words or fewer, a name of two
# capitalised words or more and where or with whom the photo shows them, no verb ("Jo Roe at the ceremony in Vell on
# Monday", "Ann Doe with her trophy"), before a paragraph that ends a sentence. A standfirst says what happened: "Jo Roe
# in Vell has resigned", "Ministers in Vell vote to close the port" (one capitalised word), so it stays.
LEAD_CAPTION_WORDS = 15
_LEAD_CAPTION = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){2,4}(?:at|in|on|during|outside|inside|with|near|after|before)\s+"
    r"(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|said|says|\w+ed)\b)[^.!?:;]*\w$")


def _lead_caption(body: list[str]) -> bool:
    """Is the body's first paragraph a photo's caption over the lede (see _LEAD_CAPTION)?"""
    return (len(body) > 1 and len(body[0].split()) <= LEAD_CAPTION_WORDS and bool(_LEAD_CAPTION.match(body[0]))
            and _ends_sentence(body[1]))


# The site's notice about itself closing the page: "The leader in ferry news, Vell Daily is an independent media outlet
# that strives …". Only last: a story about a site may say what it is.
_SITE_NOTICE = re.compile(
    r"^(?:[^.!?\"“”]{0,60},\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s+is\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:media outlet|news (?:site|outlet|organi[sz]ation|website|service)|publication|publisher"
    r"|media (?:company|organi[sz]ation))\b[^\"“”]*$"
)

# A line in another language closing an English text is the site's, a promotion or a notice for its readers there
# ("Hier erfahrt ihr, wie ihr … kaufen könnt"): FOREIGN_WORDS of the commonest words of German, French or Spanish or
# more, none of English's, and no quote.
ENGLISH_CORE = frozenset("the a of to and is are was were for that with on by it this from be has have not will he she "
                         "his her they their at as said would".split())
FOREIGN_CORE = frozenset("und der das ist nicht mit für auf ihr wie bei sie wir den dem ein eine einen les et est des "
                         "pour dans avec une sur el los las y es para con por una del".split())
FOREIGN_WORDS = 2


def _foreign_line(paragraph: str) -> bool:
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", paragraph)]
    return (sum(word in FOREIGN_CORE for word in words) >= FOREIGN_WORDS and not ENGLISH_CORE.intersection(words)
            and not any(mark in paragraph for mark in '"“”'))


# An author's box, the text's first paragraph or its last: a bio in the third person, the author's name, "is", and
# their trade ("Jo Roe is Vell Daily's correspondent covering ports", "Jo Roe is a ferry enthusiast living in Vell"),
# with a sign that it is the box and no news: a prompt to follow them, their beat ("covers", "writes about"), or a
# sentence more about them ("His passion for …"). Set apart with the credits, no statement; a lede about a reporter
# ("Jo Roe is a reporter who was arrested …, her paper said") reports, quotes or has none of the signs, and stays.
AUTHOR_BIO_WORDS = 80
AUTHOR_TRADES = ("writer", "reporter", "journalist", "editor", "correspondent", "columnist", "contributor",
                 "enthusiast", "analyst", "blogger", "author", "commentator", "critic", "producer", "editor-at-large")
_AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+is\s+(?:an?|the|[A-Z][\w&.'’ -]{0,40}?['’]s)\s+"
    r"[^.!?\"“”]{0,120}?\b(?i:" + "|".join(map(re.escape, AUTHOR_TRADES)) + r")s?\b"
)
_AUTHOR_SIGN = re.compile(
    r"\bfollow (?:him|her|them)\b|\bon twitter\b|\s@\w|\b(?:covers|covering|writes about|writing about|reports on)\b"
    r"|[.!?]\s+(?-i:He|She|His|Her)\s",
    re.I,
)
_AUTHOR_NEWS = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b")


def _author_bio(paragraph: str) -> bool:
    return (len(paragraph.split()) <= AUTHOR_BIO_WORDS and bool(_AUTHOR_BIO.match(paragraph))
            and bool(_AUTHOR_SIGN.search(paragraph)) and not _AUTHOR_NEWS.search(paragraph))


# A subhead: a short line without a full stop (nor a colon that introduces what follows) after a paragraph of the text
# and before another ("Winds forced a change of course"): the article's text, no statement of it. A line that ends on a
# function word or opens in small letters is a sentence the page broke ("The race went to form as"), no subhead. A
# longer line so, up to HEADLINE_WORDS words, of one clause between two paragraphs that end on a full stop, is a
# headline: a link to another story or a caption ("Acme tests its new rocket that could fly 300 miles"), or a sentence
# that lost its full stop: no statement either way. One that reports what someone said is the text's: "The council said
# in May it would close the port".
SUBHEAD_WORDS = 10
HEADLINE_WORDS = 25
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?…]+\s+[A-Z\"“]")
# A headline that names a video, set between paragraphs it does not continue: a link to the video ("Student shares the
# moment he was woken by sirens", "Five key things to know about the island"); a sentence of the text that tells of a
# video says who said what in it ("Her daughter said in a video posted online").
_VIDEO_TEASER = re.compile(r"\b(?:videos?|footage|clips?|watch|moments?|things (?:to|you need to) know)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|tells|tweeted|wrote)\b", re.I)
# A line that opens on a conjunction continues the text: "And on Monday the council voted against it".
_CONJUNCTION = re.compile(r"^(?:and|but|or|so|yet)\b", re.I)
# An agency's subhead set between dashes: "- 'Not a swap' -", "- Port to reopen -".
_DASHED_SUBHEAD = re.compile(r"^[-–—]\s+(?P<heading>\S(?:.*\S)?)\s+[-–—]$")


# A list item's marker that the page typed ("-- Syria used…", "- A North Korean front company…", "* The firm…",
# "— Who leaked the documents?"): layout, not a word of the item, which stays a paragraph. Taken off once the tweets are
# placed, as a tweet's signature line opens on a dash too ("— Jo Roe (@joroe) May 2, 2018").
LIST_MARKERS = ("--", "-", "–", "—", "*")
_LIST_MARKER = re.compile(r"^(?:" + "|".join(map(re.escape, LIST_MARKERS)) + r")\s+(?=\S)")


def _unmarked(paragraph: str) -> str:
    """``paragraph`` without the page's layout marks: an agency subhead's dashes ("- 'Strike a blow' -" is "'Strike a
    blow'"), a list item's marker (LIST_MARKERS)."""
    dashed = _DASHED_SUBHEAD.match(paragraph)
    return dashed["heading"] if dashed else _LIST_MARKER.sub("", paragraph)


def _set_apart(body: list[str], k: int) -> bool:
    """Is ``body[k]`` a line of HEADLINE_WORDS words or fewer without a full stop after a paragraph that ends one?"""
    dashed = _DASHED_SUBHEAD.match(body[k])
    line = dashed["heading"] if dashed else body[k]
    return not (len(line.split()) > HEADLINE_WORDS or _ends_sentence(line) or not line.rstrip(_CLOSERS)[-1:].isalnum()
                or line[0].islower() or _broken_off(line) or not _ends_sentence(body[k - 1]))


def _one_clause(body: list[str], k: int) -> bool:
    """Is ``body[k]``, a line set apart, one clause before a paragraph that ends a sentence (see HEADLINE_WORDS)?"""
    return (_ends_sentence(body[k + 1]) and not _SENTENCE_BREAK.search(body[k])
            and not _CONJUNCTION.match(body[k]))


def _lone_lines(body: list[str]) -> list[int]:
    """The subheads and headlines between the paragraphs of the body (see HEADLINE_WORDS)."""
    return [k for k in range(1, len(body) - 1) if _set_apart(body, k) and (
        len(body[k].split()) <= SUBHEAD_WORDS or _one_clause(body, k) and not _REPORTED.search(body[k]))]


def _repeats_text(contents: list[set[str]], k: int) -> bool:
    """Does paragraph ``k`` say what the rest of the article says (see REPEATING_SHARE), no one paragraph holding it?"""
    content = contents[k]
    others = contents[:k] + contents[k + 1 :]
    share = REPEATING_SHARE * len(content)
    return (bool(content) and len(content & set().union(*others)) >= share
            and all(len(content & other) < share for other in others))


def _reported_captions(body: list[str]) -> set[int]:
    """The lines set apart as a headline would be but reporting what someone said (longer than a subhead), that say
    what the rest of the article says (``_repeats_text``): a caption under a photo or an embedded post ("Vell coach
    Jo Roe tweeted that the council needs 'a new plan'", a tweet the text quotes). A sentence of the text that lost
    its full stop says something the rest does not ("The council said in May it would close the port")."""
    candidates = [k for k in range(1, len(body) - 1) if len(body[k].split()) > SUBHEAD_WORDS and _set_apart(body, k)
                  and _one_clause(body, k) and _REPORTED.search(body[k])]
    contents = [_content(p) for p in body] if candidates else []
    return {k for k in candidates if _repeats_text(contents, k)}


# A headline between the paragraphs (longer than a subhead) most of whose words of content, REPEATING_SHARE or more, the
# rest of the article has: a photo's caption or a link to a story on the same subject ("Jo Roe welcomed a baby boy named
# Lee on New Year's Eve" over the picture of a story that tells it), not the text. A line of the text that lost its full
# stop says something the rest does not ("The council opened a help desk with a phone number: 0800 111 222"), or what
# one paragraph says at length, as the text sums it up (that one paragraph is left to _paraphrasing_captions).
REPEATING_SHARE = 0.75


# A subhead or headline whose first words, four or fewer, label what follows a colon: the title of a gallery, a series
# or another story linked from the page ("Vellia: Between Hope and Fear", "Girl found in May: I miss my home"), or a
# box's ("At the scene: our reporter Jo Roe"), not a heading of the text's own. A sentence the page broke after a colon
# has more words before it ("After the success of Vell: The Movie, the cat"); and two such lines or more are the text's
# own headings, of a list ("Vell Park: 32 hurt" and "Roe Hall: 12 hurt", each over what happened there, the first
# after a colon and so no subhead). An editor's note is the text's: "Update: the road reopened on Monday".
# A video's headline between the paragraphs: who speaks in it, their role or none, and on what ("Jo Roe on the Vell tram
# crash", "Jo Roe, Transport Commissioner, on the crash"). A name has no word news writes in small letters: a subhead
# naming a feature stays ("Background Music on Vellbox", "Quiet Mode on the Vell Pro").
_VIDEO_HEADLINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})(?:,\s[^,]{2,60},)?\son\s"
                             r"[^.!?:;]{3,80}$")


def _video_headline(line: str) -> bool:
    headline = _VIDEO_HEADLINE.match(line)
    return bool(headline) and not any(w.lower() in models.ordinary_words() for w in headline["name"].split())


# A segment's or a pull quote's headline between the paragraphs: someone's words in marks, then a dash and whose they
# are, a name or a role of QUOTED_CREDIT_WORDS words or fewer with no verb ("‘We have to close the port’ – Vell harbour
# master", "“Never again” — Jo Roe"). The text writes who said it with a verb ("“Run,” – he shouted") and a full stop.
QUOTED_CREDIT_WORDS = 6
_QUOTED_HEADLINE = re.compile(r"^[\"“‘'][^\"“”]+[\"”’']\s+(?:--|[–—-])\s+(?P<credit>[^\"“”.!?:;]+)$")


def _quoted_headline(line: str) -> bool:
    headline = _QUOTED_HEADLINE.match(line)
    return (bool(headline) and len(headline["credit"].split()) <= QUOTED_CREDIT_WORDS
            and not _FINITE.search(headline["credit"]))


# The labels of a note of the text's own, an editor's or the writer's: "Update: the road reopened on Monday".
NOTE_LABELS = ("update", "updated", "correction", "clarification", "editor's note", "editors note", "editor’s note",
               "note", "translation", "conclusion", "summary", "background", "context", "analysis")
_LABELLED_TITLE = re.compile(r"^(?!(?i:" + "|".join(map(re.escape, NOTE_LABELS)) + r")\b)"
                             r"[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}:\s+\S")


def _video_teasers(body: list[str], lone: list[int]) -> set[int]:
    """The headlines among ``lone`` that name a video (see _VIDEO_TEASER, _VIDEO_HEADLINE), repeat the text (see
    REPEATING_SHARE) or title another item (see _LABELLED_TITLE)."""
    contents = [_content(p) for p in body] if lone else []
    labelled = [k for k, p in enumerate(body) if _LABELLED_TITLE.match(p) and not _ends_sentence(p)]
    found = set(labelled) & set(lone) if len(labelled) == 1 else set()
    for k in lone:
        if _video_headline(body[k]):
            found.add(k)
        if k in found or len(body[k].split()) <= SUBHEAD_WORDS:
            continue
        if _VIDEO_TEASER.search(body[k]) and not _REPORTED.search(body[k]) or _repeats_text(contents, k):
            found.add(k)
    return found


_CAPTION_SHINGLE = 5  # words
CAPTION_REPEATS = 0.8  # of a caption's word runs found elsewhere in the article
CAPTION_MIN_WORDS = 12
# A caption or pull quote that opens with CAPTION_LEAD words of the text, then only says whose words they are in
# CAPTION_TAIL words or fewer: "… early in the 2030s Jo Roe, space analyst", "'Why …?' one fan asked on Twitter".
CAPTION_LEAD = 8
CAPTION_TAIL = 6


def _repeated_captions(body: list[str]) -> set[int]:
    """The paragraphs that are photo captions or pull quotes repeating the article's own sentences: long, with no
    full stop, and their words run for run in other paragraphs ("Opened in October, the store was praised…" over the
    photo, the same sentence, ended, in the text), or their opening words so, then a short credit."""
    words = [_words(p) for p in body]
    ordered = [[tuple(w[i : i + _CAPTION_SHINGLE]) for i in range(len(w) - _CAPTION_SHINGLE + 1)] for w in words]
    runs = [set(found) for found in ordered]
    counts = Counter(chain.from_iterable(runs))  # in how many paragraphs each run is, captions found dropping out
    found = set()
    for k, paragraph in enumerate(body):
        if _ends_sentence(paragraph) or len(words[k]) < CAPTION_MIN_WORDS:
            continue
        lead = next((i for i, run in enumerate(ordered[k]) if counts[run] <= 1), len(ordered[k]))
        lead_words = lead + _CAPTION_SHINGLE - 1 if lead else 0
        if (sum(counts[run] > 1 for run in runs[k]) >= CAPTION_REPEATS * len(runs[k])
                or (lead_words >= CAPTION_LEAD and len(words[k]) - lead_words <= CAPTION_TAIL)):
            found.add(k)
            counts.subtract(runs[k])
    return found


# A paragraph another paragraph of the article holds word for word, CONTAINED_MIN_WORDS words or more: a photo's caption
# or a pull quote that copies the text ("The rings were seen off Vell." over the photo; "The rings were seen off Vell,
# by satellite." in the text). The longer one stays (of two the same, the first). A shorter line may be a list's item
# or a song's line that comes again ("K Roe (Vell AC)." under "J Doe (Poe AC), K Roe (Vell AC)."), unless it is a quote
# in marks from end to end, QUOTED_MIN_WORDS words or more: a pull quote ("'We had to run for our lives'").
CONTAINED_MIN_WORDS = 8
QUOTED_MIN_WORDS = 5
_WHOLLY_QUOTED = re.compile(r"^[\"“‘'][^\"“”]*[\"”’']$")
# A pull quote without a full stop whose words are quotes of the text, run by run (QUOTE_RUN_WORDS words or more each,
# CAPTION_LEAD in all), then at most whose words they are, in CAPTION_TAIL words or fewer or in QUOTE_TAIL_WORDS with a
# reporting verb: "'The cheers are for the team... I will miss the fans.' Roe said", "'The cheers are for the team,'
# the three-time coach of the season said".
QUOTE_RUN_WORDS = 4
QUOTE_TAIL_WORDS = 12
_REPORTING = speech.REPORTING_VERBS | speech.IRREGULAR_REPORTING_PAST


def _contained(body: list[str]) -> set[int]:
    """The paragraphs another paragraph holds word for word (see CONTAINED_MIN_WORDS); a sentence, not for a line
    without a full stop that holds it (a caption: "Not happy: Jo Roe left the club on Monday")."""
    words = [_words(p) for p in body]
    texts = [f" {' '.join(w)} " for w in words]
    # A box under its heading in capitals ("FAST FACTS The rocket has 27 engines. …") is no caption: the text stays.
    ended = [_ends_sentence(p) and not _KICKER.match(p) for p in body]
    return {k for k, own in enumerate(words) if (len(own) >= CONTAINED_MIN_WORDS or len(own) >= QUOTED_MIN_WORDS
                                                 and _WHOLLY_QUOTED.match(body[k])) and any(
        j != k and (len(other) > len(own) or j < k) and (ended[j] or not ended[k]) and texts[k] in texts[j]
        for j, other in enumerate(words))}


# A pull quote without a full stop closing on whose words they are, a name and what they are, in capitals: "We have
# watched the ferry every day and expect it to sail in spring Jo Roe, Vell Harbour Board" (the quote, CAPTION_LEAD
# words or more, ends on a small letter or a closing mark; "… said Jo Roe, Vell Harbour Board" is a sentence's end).
_CREDITED_PULL_QUOTE = re.compile(
    r"^(?P<quote>[\"“‘']?[A-Z].*?(?P<last>[a-z][\w'’-]*)[\"”’']?)\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2},"
    r"\s+[A-Z][\w&'’-]*(?:\s(?:[A-Z][\w&'’-]*|of|and|for|the|on|in|at)){0,8}$"
)


def _credited_pull_quote(paragraph: str) -> bool:
    found = None if _ends_sentence(paragraph) else _CREDITED_PULL_QUOTE.match(paragraph)
    return bool(found) and len(_words(found["quote"])) >= CAPTION_LEAD and found["last"] not in _REPORTING


def _repeated_quotes(body: list[str]) -> set[int]:
    """The pull quotes without a full stop that quote the text's paragraphs again (see QUOTE_RUN_WORDS)."""
    ended = [f" {' '.join(_words(p))} " for p in body if _ends_sentence(p)]
    found = set()
    for k, paragraph in enumerate(body):
        if _ends_sentence(paragraph):
            continue
        words, at = _words(paragraph), 0
        while at < len(words):
            run = QUOTE_RUN_WORDS
            while at + run <= len(words) and any(f" {' '.join(words[at:at + run])} " in text for text in ended):
                run += 1
            if run == QUOTE_RUN_WORDS:
                break
            at += run - 1
        tail = words[at:]
        if at >= CAPTION_LEAD and (len(tail) <= CAPTION_TAIL
                                   or len(tail) <= QUOTE_TAIL_WORDS and any(w in _REPORTING for w in tail)):
            found.add(k)
    return found


# A caption set between the paragraphs without a full stop, saying again in other words what one paragraph of the text
# says ("Acme shares dropped five per cent in late trading" over "Acme's stock dropped more than five per cent during
# late trading, analysts noted."): PARAPHRASE_SHARE of its words of content or more, cut to STEM letters so that
# "testify" is "testifying", are in that paragraph, and make PARAPHRASED_SHARE of that paragraph's or more (a long
# paragraph has most words of any line about the story). A pull quote cut from the middle of a sentence of the text
# opens in small letters, as no paragraph does ("this is not the first time a ferry this old has sunk" over "And this
# is certainly not the first time a ferry this old has sunk. In 2011 …"): that paragraph may be any length.
PARAPHRASE_SHARE = 0.6
PARAPHRASED_SHARE = 0.3
PARAPHRASE_MIN_WORDS = 10
PARAPHRASE_MIN_CONTENT = 5
STEM = 5
_CONTENT_STOP = frozenset(word.lower() for word in FUNCTION_WORDS)


def _content(paragraph: str) -> set[str]:
    return {word[:STEM] for word in _words(paragraph) if len(word) >= 3 and word not in _CONTENT_STOP}


def _paraphrasing_captions(body: list[str]) -> set[int]:
    """The paragraphs after the lead that are captions repeating another paragraph in other words: one clause or more
    with no full stop, most of whose words of content one paragraph that ends a sentence has."""
    contents = [_content(p) for p in body]
    ended = [k for k, p in enumerate(body) if _ends_sentence(p)]
    found = set()
    for k, paragraph in enumerate(body):
        content = contents[k]
        cut = paragraph[0].islower()
        if (k == 0 or _ends_sentence(paragraph) or not paragraph[-1].isalnum() or not (paragraph[0].isupper() or cut)
                or len(paragraph.split()) < PARAPHRASE_MIN_WORDS or len(content) < PARAPHRASE_MIN_CONTENT):
            continue
        if any(len(shared := content & contents[j]) >= PARAPHRASE_SHARE * len(content)
               and (cut or len(shared) >= PARAPHRASED_SHARE * len(contents[j])) for j in ended if j != k):
            found.add(k)
    return found


# A photo's caption under a label of one word and a colon, full stop or none, after the lead (a tabloid's: "Ferry: The
# Vell Star was seen leaving port on Monday. It sank hours later"): most of its words of content, REPEATING_SHARE or
# more, the rest of the article has, and it reports no one. A note under its label is the text's (NOTE_LABELS: "Update:
# The port reopened on Monday."), as is a line that reports what someone said or says what the text does not.
_LABELLED_CAPTION = re.compile(r"^(?P<label>[A-Z][a-z]+):\s+(?P<caption>[\"“‘']?[A-Z].*)$")


def _labelled_captions(body: list[str]) -> set[int]:
    """The paragraphs after the lead that are captions under a label, repeating the text (see _LABELLED_CAPTION)."""
    labelled = {k: found["caption"] for k, paragraph in enumerate(body)
                if k and (found := _LABELLED_CAPTION.match(paragraph))
                and found["label"].lower() not in NOTE_LABELS and not _REPORTED.search(paragraph)}
    contents = [_content(p) for p in body] if labelled else []
    captions = set()
    for k, caption in labelled.items():
        content = _content(caption)
        others = set().union(*contents[:k], *contents[k + 1 :])
        if len(content) >= PARAPHRASE_MIN_CONTENT and len(content & others) >= REPEATING_SHARE * len(content):
            captions.add(k)
    return captions


# A ticker's label: a word or two and a number, a time or a minute ("Lap 12", "15:32", "3.54pm", "90'"), then a
# colon or a dash (``sep``), or straight the capital of what happened ("Lap 14 Roe spins").
_TICKER_LABEL = re.compile(r"\s*(?:(?P<word>[A-Za-z]+)\.?\s+(?:[A-Za-z]+\s+)?)?\d{1,3}(?:[:.]\d{2})?"
                           r"(?:\s*[AaPp]\.?[Mm]\.?|['’])?(?:\s*(?P<sep>[:–—-])\s+\S|\s+[A-Z])")


def ticker_lines(paragraphs: list[str]) -> set[int]:
    """The paragraphs of a ticker: two or more in a row, each opening with a short label with a number ("Lap 12: Roe
    pits from the lead.", "15:32 - Police close the road."). Without a colon or a dash, the label's word must be no
    common word and open its neighbour too, unless that one has a colon or a dash: "Lap 14 Roe spins", "Lap 20 Lee
    crashes", but not "About 300 Syrians fled…", "On 12 March the…". A race's or a live blog's timeline tells
    moments as they came, in few words, not facts an outlet states: two outlets' "Lap 12" lines are not one claim."""
    labels: list[str | None] = []
    for paragraph in paragraphs:
        match = _TICKER_LABEL.match(paragraph)
        word = (match.group("word") or "").lower() if match else None
        labels.append(None if match is None or not match.group("sep") and (not word or word in STOPWORDS) else
                      "" if match.group("sep") else word)

    def joins(i: int, j: int) -> bool:
        return (0 <= j < len(labels) and labels[i] is not None and labels[j] is not None
                and (labels[i] == labels[j] or "" in (labels[i], labels[j])))

    return {i for i in range(len(labels)) if joins(i, i - 1) or joins(i, i + 1)}


# Captions set between the paragraphs without a full stop, two or more in a row ("Jo Roe celebrates with the trophy
# after the final whistle in Vell" over "Fans pack the streets around the stadium to celebrate the title win"), on a
# page whose paragraphs mostly end on one: each CAPTION_RUN_WORDS words or more. A list a colon introduces stays. A
# caption may close on a few words in marks, CAPTION_QUOTE_WORDS or fewer ("… calling the conditions 'normal'"); a
# paragraph closing on a longer quote is a speaker's words that lost their full stop ("Roe tweeted: '… first'").
CAPTION_RUN_WORDS = 10
CAPTION_QUOTE_WORDS = 8
_CLOSING_QUOTE = re.compile(r"(?:^|\s)[\"“‘'][^\"“”]*[\"”’']$")


def _unpunctuated_line(paragraph: str) -> bool:
    closing = _CLOSING_QUOTE.search(paragraph) if paragraph[-1:] in "\"'”’" else None
    return (not _ends_sentence(paragraph) and paragraph[:1].isupper() and len(_words(paragraph)) >= CAPTION_RUN_WORDS
            and (paragraph[-1:].isalnum() or bool(closing) and len(closing.group(0).split()) <= CAPTION_QUOTE_WORDS))


def _caption_runs(body: list[str]) -> set[int]:
    """The paragraphs after the lead that are captions without a full stop in a row of two or more (see
    CAPTION_RUN_WORDS), where most paragraphs of the page end a sentence."""
    if 2 * sum(map(_ends_sentence, body)) < len(body):
        return set()
    lines = [k > 0 and _unpunctuated_line(p) for k, p in enumerate(body)]
    found: set[int] = set()
    start = 1
    while start < len(body):
        end = start
        while lines[start] and end + 1 < len(body) and lines[end + 1]:
            end += 1
        if end > start and not body[start - 1].endswith(":"):
            found.update(range(start, end + 1))
        start = end + 1
    return found


# Photos' captions set between the paragraphs or closing the text, one a paragraph, PHOTO_RUN of them or more in a row:
# each a clause without a verb of its own (a name and where it is, or what it is doing: "Rescue crews at the harbour
# after the ferry sank", "Lifeboats arriving at the harbour", "Mayor of Vell Ann Doe talking to reporters"), and
# PHOTO_UNPUNCTUATED of them after the first without a full stop. The text's sentences have a verb of their own, past
# tense or with its auxiliary; present-tense sentences ("Ferries from Vell run again on Friday.") end on a full stop,
# and a subhead among them ("Salvage at the wreck") is one line.
PHOTO_RUN = 3
PHOTO_UNPUNCTUATED = 2
PHOTO_LINE_WORDS = 40
# The photo's own clause ends where what happened before or around it begins: "… at the scene, after a tram derailed".
_CLAUSE_END = re.compile(r",|\s(?:after|as|where|when|while|following|who|which|that|because|before|since|until)\b")
_PHOTO_CLAUSE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?\s+"
                           r"(?:[a-z]{3,}ing|at|in|on|near|outside|inside|close to|with|during|by)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should"
                     r"|do|does|did|said|says|told|tells|\w+ed|\w+n['’]t)\b", re.I)


def _photo_line(paragraph: str) -> bool:
    end = _CLAUSE_END.search(paragraph)
    own = paragraph[: end.start()] if end else paragraph
    # A caption opens on what it shows; a sentence may open on a phrase before its verb ("In the sixth inning, Roe …").
    return (len(paragraph.split()) <= PHOTO_LINE_WORDS and not any(mark in paragraph for mark in '"“”')
            and paragraph.split()[0].lower() not in _CONTENT_STOP and bool(_PHOTO_CLAUSE.match(own))
            and not _FINITE.search(own))


def _photo_runs(body: list[str]) -> set[int]:
    """The paragraphs after the lead that are photos' captions in a row (see PHOTO_RUN), where most paragraphs of the
    page end a sentence."""
    if 2 * sum(map(_ends_sentence, body)) < len(body):
        return set()
    found: set[int] = set()
    k = 1
    while k < len(body):
        end = k
        while end < len(body) and _photo_line(body[end]):
            end += 1
        if end - k >= PHOTO_RUN and sum(not _ends_sentence(p) for p in body[k + 1 : end]) >= PHOTO_UNPUNCTUATED:
            found.update(range(k, end))
        k = end + 1
    return found


# Links to other stories set between two paragraphs of the text or closing it, two lines or more in a row, each a
# headline without a full stop of HEADLINE_WORDS words or fewer ("Mum shares the moment the plane landed" over "The
# island's five hidden beaches"), or short captions so: set apart, no text. A list a colon introduces stays, as do a
# table's rows, which repeat a word other than a function word ("Vell v Roe", "Doe v Poe"), and a line that opens on a
# function word or an adverb in -ly and a comma, which continues the text ("Additionally, you can now …").
_OPENING_CLAUSE = re.compile(r"^(?P<word>[A-Z][a-z]+),")
# Such a run closing the body is a list of links (a video player's playlist) when it is long, LINK_LIST_MIN lines or
# more, and LINK_LIST_SHARE of them are headlines of a story: a clause in sentence case of LINK_LINE_WORDS words or
# more, LINK_SMALL_WORDS of them or more in small letters and no function word ("Acme is selling its port to Vell"),
# that names someone or something after its first word. The text may close on a list too, without full stops, that is
# none: a song's verse (few lines, no names), nominees or fixtures (names, few words in small letters: "Vell v Roe",
# "Jo Roe (The Vell Show, VTV)").
LINK_LIST_MIN = 5
LINK_LIST_SHARE = 0.75
LINK_LINE_WORDS = 5
LINK_SMALL_WORDS = 2
_WORD_MARKS = "\"“”‘’'()[],.;:!?—–-"


def _headline_line(paragraph: str) -> bool:
    # A headline may close on a title in marks ("… for 'The Long Night'"); one in marks from its start is a pull quote.
    opening = _OPENING_CLAUSE.match(paragraph)
    return (not _ends_sentence(paragraph) and paragraph.rstrip(_CLOSERS)[-1:].isalnum() and paragraph[:1].isupper()
            and len(paragraph.split()) <= HEADLINE_WORDS and not _broken_off(paragraph)
            and not (opening and (opening["word"].lower() in _CONTENT_STOP or opening["word"].endswith("ly"))))


def _story_headline(paragraph: str) -> bool:
    words = [word.strip(_WORD_MARKS) for word in paragraph.split()]
    small = [word for word in words if word[:1].islower() and word not in _CONTENT_STOP]
    return len(words) >= LINK_LINE_WORDS and len(small) >= LINK_SMALL_WORDS and bool(_NAMED.search(paragraph))


def _link_list(run: list[str]) -> bool:
    """Is ``run``, closing the body, a list of links (see LINK_LIST_MIN)?"""
    return len(run) >= LINK_LIST_MIN and sum(map(_story_headline, run)) >= LINK_LIST_SHARE * len(run)


def _teaser_runs(body: list[str], ticker: set[int]) -> set[int]:
    """The runs of two headlines or more after a paragraph that ends a sentence, before another (see _OPENING_CLAUSE)
    or closing the body as a list of links (see LINK_LIST_MIN), where most paragraphs before the run end one: a list of
    links may be longer than the text. A line between two such runs, no sentence with a full stop, is of the list
    ("How well do you know Vell?"). A ``ticker`` line is none (see ``ticker_lines``)."""
    found: set[int] = set()
    start = 1
    while start < len(body) - 1:
        end = start
        while (end not in ticker and _headline_line(body[end]) and end + 1 < len(body) and end + 1 not in ticker
               and _headline_line(body[end + 1])):
            end += 1
        before = body[start - 1]
        shared = set.intersection(*({w for w in _words(p) if w not in _CONTENT_STOP} for p in body[start:end + 1]))
        if (end > start and _ends_sentence(before) and not before.endswith(":") and not shared
                and (end + 1 < len(body) and _ends_sentence(body[end + 1])
                     or end + 1 == len(body) and _link_list(body[start:]))
                and 2 * sum(map(_ends_sentence, body[:start])) >= start):
            found.update(range(start, end + 1))
        start = end + 1
    return found | {k for k in range(1, len(body) - 1) if k - 1 in found and k + 1 in found
                    and not body[k].rstrip(_CLOSERS).endswith(".") and len(body[k].split()) <= HEADLINE_WORDS}


def _display_path(path: Path, root: Path) -> str:
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.name


def _read_html(path: Path) -> tuple[dict, str]:
    """A saved web page's article text (site furniture left out) and its metadata, via trafilatura.

    Only text comes out: scripts, event handlers and links are dropped with the markup, and the
    text is escaped like any other article text when pages are written.
    """
    data = _read_bytes(path)
    if data.count(b"<") > MAX_HTML_TAGS:
        raise ValueError(f"web page too large to be an article: over {MAX_HTML_TAGS:,} tags")
    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except (ValueError, RecursionError, MemoryError) as error:  # pathological markup, not an article
        raise ValueError(f"unreadable web page ({error.__class__.__name__})") from error
    if document is None or not (document.text or "").strip():
        raise ValueError("no article text found in the web page")
    title = _norm(document.title or "")
    lines = document.text.split("\n")
    if title and lines and _norm(lines[0]) == title:
        lines = lines[1:]  # trafilatura keeps the page's headline as its first line
    site_name = _norm(document.sitename or "")
    meta = {
        "title": title or None,
        # A site name that is only the host ("example.com") names nothing: the address decides below.
        "outlet": site_name if site_name and "." not in site_name else None,
        "url": document.url,
        "published": document.date,
        "author": document.author,
    }
    return meta, "\n\n".join(lines)


def _url_in_text(lines: list[str]) -> str | None:
    """The article's address when the text gives it on a line of its own ("Source: https://...")."""
    return next((match["url"] for line in lines if (match := _URL_LINE.match(line)) and match["label"]), None)


def read_article(path: Path, root: Path, sources: dict | None = None) -> Article:
    """Read one article file (.txt, .md or a saved .html page). Raises ValueError with a reader-friendly reason."""
    sources = sources or {}
    meta: dict = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        meta, text = _read_html(path)
        text = _repair(text)
    else:
        text = _repair(_read_text(path))
        if path.suffix == ".md":
            meta, text = _front_matter(text)
    lines = _lines(text, markdown=path.suffix == ".md")
    if not lines:
        raise ValueError("empty file")
    url = str(meta["url"]) if meta.get("url") else _url_in_text(lines)
    lines = [line for line in lines if not _URL_LINE.match(line)]

    title = _norm(str(meta["title"])) if meta.get("title") else None
    rest = lines
    if title is None:
        start = next(
            (k for k, x in enumerate(lines)
             if not _FURNITURE.match(x) and not _caption(x) and not _date_line(x) and not _programme_date(x)),
            None,
        )
        if start is None:
            raise ValueError("no article text after removing page furniture")
        first = lines[start]
        if _looks_like_body(first):
            title, rest = _derive_title(first), lines[start:]
        else:
            title, rest = first, lines[:start] + lines[start + 1 :]

    paragraphs, captions, credits, notes, highlights, subheads, author, published, origin = _clean(rest, title)
    if not paragraphs and captions:
        raise ValueError("no article text: all it has beside page furniture is "
                         f"{counted(len(captions), 'photo caption')}")
    if not paragraphs and any(_author_bio(credit) for credit in credits):
        raise ValueError("no article text: the page has only its author's box")
    if not paragraphs and any(_PAYWALL.match(line) for line in rest):
        raise ValueError("no article text: the page has only a subscription or paywall notice")
    if not paragraphs:
        raise ValueError("no article text after removing page furniture")
    if _SEARCH_TITLE.match(title) or _snippets(paragraphs):
        raise ValueError("a search results page, not an article")
    if not any(_ends_sentence(p) or _PROSE.search(p) for p in paragraphs):
        raise ValueError("no sentence of text, only headings or menu lines: a site's page, not an article")
    # The lede is the first paragraph to end a sentence: a standfirst may come before it.
    for i, paragraph in enumerate(paragraphs):
        paragraphs[i] = _lede_in_case(paragraph)
        if _ends_sentence(paragraph):
            break

    holder = _copyright_holder(lines)
    # A news agency's notice ("Copyright 2018 The Associated Press") names whose copy a site runs, not the site.
    agency = outlets.wire_for_name(holder)
    outlet = (
        (_norm(str(meta["outlet"])) if meta.get("outlet") else None)
        or _outlet_for_file(sources, path.name)
        or _outlet_in_text(lines)
        or (None if agency else holder)
        or _outlet_for_url(sources, url)
        or outlets.outlet_for_name(path.stem)
        or outlets.outlet_for_name(path.parent.name)
        or holder
    )
    return Article(
        id=slugify(path.stem, "article"),
        source_file=_display_path(path, root),
        title=_without_site_name(title, outlet),
        paragraphs=paragraphs,
        outlet=outlet,
        # The article's own date first: sources.yml dates files that give none.
        published=(iso_date(meta.get("published") or meta.get("date")) or published
                   or _date_for_file(sources, path.name)),
        author=_norm(str(meta["author"])) if meta.get("author") else author,
        source_url=url,
        captions=captions,
        credits=credits,
        notes=notes,
        highlights=highlights,
        subheads=subheads,
        # A syndicated article's first site is the source of its copy, as an agency is of the outlets running its story.
        wire=_wire(paragraphs, outlet) or agency or (outlets.outlet_for_name(f"{origin.lower()}__") or origin
                                                        if origin else None),
    )


# A site's search page saved for an article: its title ("Vell Radio Search : Vell Radio", "Search results for storm"),
# or its results, snippets cut from other pages and joined, each with two ellipses or more ("... the council said it
# would ... on the harbour"): SNIPPETS_SHARE of the paragraphs or more, SNIPPETS_MIN or more. A story's quote may leave
# words out, in a paragraph or two.
# A headline that opens with the site's name ("Vell Radio Search - Radio Staff") must close on it again.
_SEARCH_TITLE = re.compile(r"^(?:(?P<site>.{1,40}?)\s+)?search(?: results)?\s*[:|–—-]\s*"
                           r"(?(site)(?P=site)|(?-i:(?:[A-Z0-9][\w.&'’-]*\s?){1,4}))$"
                           r"|^search(?: results(?: for\s.{1,80})?)?$", re.I)
_ELLIPSIS = re.compile(r"\.{3}|…")
SNIPPETS_SHARE = 0.6
SNIPPETS_MIN = 3


# Four words in small letters in a row: prose, which a page of menu lines and headings ("MONTHLY MAGAZINES", "Test
# Series – 2018 (Offline)") does not hold, whatever its lines end with.
_PROSE = re.compile(r"\b[a-z][\w'’-]*(?:,?\s+[a-z][\w'’-]*){3}\b")


def _snippets(paragraphs: list[str]) -> bool:
    cut = sum(len(_ELLIPSIS.findall(p)) >= 2 for p in paragraphs)
    return cut >= SNIPPETS_MIN and cut >= SNIPPETS_SHARE * len(paragraphs)


def _without_site_name(title: str, outlet: str | None) -> str:
    """The headline without the site's name a page title ends with: "Flight lands twice - Hawaii News Now - KGMB",
    "Huckabee announces bid | Fox News"."""
    site = re.search(rf"\s+[-|–—]\s+{re.escape(outlet)}(?!\w).*$", title, re.IGNORECASE) if outlet else None
    return title[: site.start()] if site and site.start() > 0 else title


def _wire(paragraphs: list[str], outlet: str | None) -> str | None:
    """The news agency whose story the article runs: credited in its dateline ("NEW YORK (AP) —"), or its outlet."""
    for paragraph in paragraphs[:2]:
        dateline = DATELINE.match(paragraph)
        credit = outlets.WIRE_CREDIT.search(dateline.group(0)) if dateline else None
        if credit:
            return outlets.wire_for_name(credit.group(1))
    return outlets.wire_for_name(outlet)


def _fingerprint(paragraphs: list[str]) -> str:
    """Identity of a body regardless of case, punctuation and spacing."""
    words = _words(" ".join(paragraphs))
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


def read_uncleaned(path: Path) -> Article:
    """A file as it is: first line the title, every other non-empty line a paragraph.

    For measuring the later stages on text the cleaner has not touched (the eval scripts).
    """
    lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line]
    return Article(id=path.stem, source_file=path.name, title=lines[0] if lines else "", paragraphs=lines[1:])


def read_folder(
    folder: Path, root: Path, *, sources: dict | None = None,
    read: Callable[[Path, Path, dict | None], Article] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Read every .txt/.md/.html file in ``folder`` (sorted by name); unreadable ones become Skipped.
    ``read``: what reads one file (default ``read_article``; the build's cache keeps what it read before)."""
    read = read or read_article
    articles: list[Article] = []
    skipped: list[Skipped] = []
    # (body fingerprint, outlet) -> the first file with that body from that outlet: the same text from another
    # outlet is its copy of one story, kept (``outlets.copies`` makes them one source), not a file read twice.
    seen: dict[tuple[str, str | None], str] = {}
    ids: set[str] = set()
    inside = folder.resolve()
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (*TEXT_SUFFIXES, *HTML_SUFFIXES) or not path.is_file():
            continue
        shown = _display_path(path, root)
        try:
            # A link to a file elsewhere (the system's password file) would publish that file.
            if not path.resolve().is_relative_to(inside):
                raise ValueError("links to a file outside the seeds folder")
            article = read(path, root, sources)
            key = (_fingerprint(article.paragraphs), article.outlet)
            if key in seen:
                raise ValueError(f"duplicate of {seen[key]}")
        except (ValueError, OSError) as error:
            skipped.append(Skipped(shown, str(error)))
            continue
        except Exception as error:  # a fault of ours one file's text brings out must not stop the build of the others
            skipped.append(Skipped(shown, f"could not be read ({type(error).__name__}: {error})"))
            continue
        seen[key] = shown
        base, n = article.id, 2
        while article.id in ids:
            article.id, n = f"{base}-{n}", n + 1
        ids.add(article.id)
        articles.append(article)
    return articles, skipped
