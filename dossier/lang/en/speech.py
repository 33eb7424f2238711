"""English vocabulary of quotation and attribution, as data for dossier.quotes.

General English, nothing taken from any corpus: reporting verbs, the words of roles and titles,
honorifics, pronouns, and the function words the attribution rules step over. ATTRIBUTION_PATTERNS
is the table dossier.quotes applies: the patterns that attribute a quote, in the order they are
tried; each quote records the name of the one that attributed it (or "model", where the learned
speaker model chose).
"""

from __future__ import annotations

REPORTING_STEMS = """
    say said tell told add state note claim write wrote written tweet ask explain argue insist
    declare continue emphasize emphasise stress warn urge announce remark reply replied respond
    recall acknowledge admit assert observe concede confirm suggest predict call describe
    characterize characterise term dub label joke quip shout yell complain report post vow
    promise pledge muse boast caution lament contend maintain testify testified conclude recount
    mention decry decried slam blast praise dismiss denounce brand echo agree concur point
    reiterate summarize summarise put chime counter demand accuse criticize criticise charge
    hail welcome thank wonder comment whisper cry cried exclaim sigh tout read reads begin began
    inform assure advise plead allege liken laud exhort attack rate rule scold chant sing sang
    remember recall retort interject condemn cite quote challenge knock mock bemoan proclaim
    answer question snap bark elaborate chide scoff grouse gush rail fume marvel lambast react
    repeat scream mutter murmur beam boom reveal blame ponder snipe refer rip opine hypothesize hypothesise
    speculate theorize theorise posit brag gripe grumble taunt rebut threaten intimate retaliate portray
    credited deadpan deadpanned reasoned
""".split()
VERB_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ted", "ting", "ped", "red", "bed", "ged")
REPORTING_VERBS = frozenset(stem + suffix for stem in REPORTING_STEMS for suffix in VERB_SUFFIXES) | frozenset(
    stem[:-1] + "ing"
    for stem in REPORTING_STEMS
    if stem.endswith("e")  # "urging", "describing"
)

# Words that tell a sentence reports what someone said without being a verb the attribution patterns
# read a speaker from: nouns for something said ("his assertion that "thousands" celebrated") and verbs
# that characterise rather than report ("He implied a judge was "hostile""). Short words in marks in
# such a sentence are someone's words, not the writer's scare quote.
REPORTED_SPEECH_WORDS = frozenset(
    noun + suffix
    for noun in """statement assertion description accusation suggestion warning argument declaration
    announcement admission contention allegation characterization characterisation prediction complaint
    criticism denial response""".split()
    for suffix in ("", "s")
) | frozenset(
    """deride derides derided deriding imply implies implied implying portray portrays portrayed portraying
    pronounced voiced""".split()
) | frozenset(
    # Verbs of talk that give no speaker pattern its cue ("He talks about "spoiling the party"", "she vented that it
    # would be "incredibly ugly""): their unambiguous verb forms, not "talks" (negotiations) or "protest" (a rally).
    """talked talking spoke speaking vented venting protested protesting applauded applauding""".split()
)

# Irregular past tenses of reporting verbs: a verb after a singular noun is one of these or ends in -s or
# -ed ("the heckler yelled", "a voice says"), else the word is a noun ("a binational state").
IRREGULAR_REPORTING_PAST = frozenset("said told wrote sang began cried read".split())
# Irregular past tenses of verbs that take a turn in talk without reporting by themselves: "Trump shot
# back", "her husband cut in", "Kelly went on".
IRREGULAR_PAST = frozenset("shot cut went broke came hit threw spoke rang chimed".split())

# Verbs that report speech only with their particle: "Trump shot back", "Lee fired back: "…"", "Khan paid tribute: "…"".
PARTICLE_REPORTING_VERBS = {
    **{verb: "back" for verb in "shot shoots shoot fired fires fire hit hits snapped snaps".split()},
    **{verb: "tribute" for verb in "paid pays paying".split()},
}

# Verbs that report words only when a platform follows ("she shared on Twitter"; not "shared the cost", "market share"):
# who shared them posted them.
PLATFORM_REPORTING_VERBS = frozenset("share shares shared sharing".split())
# Words between such a verb and the platform: "shared on Instagram", "shared to her Facebook page".
PLATFORM_LINKS = frozenset("on to via".split())

# Reporting verbs that report speech only with one of these words after them: "as Roe put it, "…"", "Roe's office
# put out a statement" (not 'Aides put in place a "…"', where the words in marks are what was put somewhere).
OBJECT_REPORTING_VERBS = {verb: frozenset({"it", "out"}) for verb in "put puts putting".split()}

# Reporting verbs (their beginnings) that name, cite or address rather than voice the words in marks
# right after them: 'a play titled "…"', 'told "Fox and Friends"', 'a sign that read "…"'.
NOT_VOICING_STEMS = tuple("tell told call dub titl label brand nam term cit read post quot".split())

# Verbs that relay someone else's words: "The agency quoted Jo Roe as saying "…"" gives them to Jo Roe.
RELAYING_VERBS = frozenset("quoted quotes quote quoting cited cites citing".split())
# Participles between a text and its author: "a statement issued by the agency", "a letter signed by Jo Roe" (not
# "released", "posted" or "published", said of who made public another's text: "a letter released by the club").
AUTHORED_BY_PARTICIPLES = frozenset("filed issued sent signed written".split())
# Words before a text someone points to but did not write: "Roe cited a report warning that …", "pointed to a study
# saying", "shared a post calling …": the words a participle after the text reports are the text's, not Roe's (unlike
# "Roe released a statement saying", ``AUTHORING_VERBS``).
TEXT_POINTING_WORDS = RELAYING_VERBS | frozenset(
    """to shared shares sharing retweeted retweets retweeting obtained obtains received receives reviewed reviews
    saw sees seen""".split()
)

# Verbs of memory or perception whose object's participle voices the words: "He recalled the pilot telling them:
# "…"" gives them to the pilot, not to who recalls.
# So do they after a pronoun's quote, in a comment clause: '"…," he announced, as Roe recalled it' is someone in Roe's
# account.
RECALLING_VERBS = frozenset(
    """recalled recalls recall recalling remembered remembers remember recounted recounts recount heard hears hear saw
    sees see""".split()
)

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing", "i": "self", "we": "group"}

# Words that make a noun phrase a role rather than a name ("the Secretary General").
ROLE_WORDS = frozenset(
    """president minister secretary general chief spokesman spokeswoman spokesperson director
    senator sen. rep. representative gov. governor mayor leader chairman chairwoman chair ceo
    officer ambassador press deputy prime vice head commander official attorney judge justice
    candidate nominee adviser advisor aide manager analyst professor prof. chancellor king queen
    prince princess pope envoy diplomat strategist economist founder executive editor reporter
    correspondent columnist anchor host coach captain lawmaker congressman congresswoman
    councilman councilwoman committeeman committeewoman commissioner inspector superintendent sheriff
    detective sergeant sgt.
    lt. col. gen. adm. admiral colonel lieutenant major general's chairperson treasurer counsel
    speaker whip member staff administrator surgeon doctor lawyer partner scientist researcher
    author writer producer foreign defence defense interior finance health state home affairs
    national security assistant acting former then-president then top senior junior principal
    founding managing campaign communications policy constable det det. insp insp. supt supt. prosecutor
    secretary-general rabbi imam bishop archbishop cleric priest delegate del. asst asst. ch ch. cmdr cmdr.""".split()
)
# Role words that are also surnames: after a given name they end a person's name ("Sen. Angus King", "Lena Judge"),
# not a role ("Art Director" stays a role).
SURNAME_ROLE_WORDS = frozenset(
    "king queen judge justice major prince bishop chancellor sheriff speaker constable priest".split()
)
# Abbreviated ranks that are also given names ("Con Coughlin"): a title only after another title ("Asst Ch Con
# Jo Roe", "Chief Con Jo Roe").
RANKS_AFTER_A_TITLE = frozenset("con con.".split())
# Nouns that describe a person by what they do or are, not a title before a name: "the Williams
# driver", "the billionaire". A description built on one of them names a person, not an organisation.
PERSON_NOUNS = frozenset(
    """driver billionaire millionaire businessman businesswoman tycoon entrepreneur investor actor
    actress singer rapper musician comedian presenter player footballer striker athlete champion
    activist journalist politician pilot astronaut inventor designer architect veteran owner boss
    legend star witness eyewitness survivor bystander resident student teacher nurse psychologist
    historian model supermodel chef author novelist physicist pitcher quarterback frontman frontwoman
    operative insider pollster consultant lobbyist physician neurosurgeon""".split()
)
ROLE_NOUNS = ROLE_WORDS | PERSON_NOUNS
# Participles of wearing or holding something: a name after one and an article, in its phrase, is on what is worn or
# held ("a lawyer wearing a vintage Bruce Sutter jersey", "waving a Clinton sign"), no one there. ("carrying" also
# takes people: "a plane carrying the minister Jo Roe".)
WORN_OR_HELD_PARTICIPLES = frozenset("wearing sporting donning holding waving clutching brandishing hoisting".split())
# Trades a definite description names as PERSON_NOUNS do, though some are offices elsewhere ("the director" of an
# agency): only where the article names no holder of them is "the director" the article's main person.
TRADE_NOUNS = frozenset("director filmmaker producer screenwriter playwright poet painter artist photographer".split())
# Nouns of kin: "the brother" stands for a person only where the article calls someone so ("his brother, Jo Roe").
KIN_NOUNS = frozenset(
    """brother sister mother father son daughter wife husband widow widower uncle aunt nephew niece cousin grandson
    granddaughter grandmother grandfather stepfather stepmother stepson stepdaughter""".split()
)
# The head of a body's name, after which role words are part of the name: "Foreign Ministry".
BODY_HEADS = frozenset("Ministry Department Office Agency Council Committee Commission Bureau Service".split())
# Words that count how often someone held a role or title ("four-times champion", "two-term senator", "triple world
# champion"): a description with a count is only someone the article gives that same count.
ROLE_COUNT = r"\b(?:[a-z]+-times?|[a-z]+-terms?|once|twice|double|triple|quadruple)\b"
# Irregular past tenses that tell a description before them is a clause's subject ("the teenager kept his car …"),
# with the auxiliaries and any word ending "-ed" or "-s".
SUBJECT_PAST_VERBS = frozenset("kept had made took got won led held left felt found stood ran drove gave began".split())
# Words for one role that differ only by the holder's gender.
SAME_ROLE = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairwoman": "chairman",
    "congressman": "representative",
    "congresswoman": "representative",
}
# Roles whose holder speaks in the name of whom the role is for ("a spokesman for Apple", "a
# representative for Moore": the words are Apple's, Moore's). Other roles for someone ("a lawyer
# for Smith", "an adviser to Obama") speak for themselves: their words are not Smith's or Obama's.
SPEAKS_FOR_ROLE_WORDS = frozenset("spokesman spokeswoman spokesperson representative rep. publicist".split())
# Words between a role and whom it serves: "a spokesman for Jo Roe", "an aide to Jo Roe".
SERVING_LINKS = frozenset({"for", "to"})
# Words that make a role another one: the vice president is not "the president".
SUBORDINATE_ROLE_WORDS = frozenset("vice deputy assistant associate former ex lieutenant under".split())
# Role words that only qualify the noun of a role ("the health minister"): never its head.
ROLE_QUALIFIERS = frozenset(
    """foreign defence defense interior finance health state home affairs national security acting
    former then-president then top senior junior principal founding managing campaign communications
    policy press deputy prime vice general's""".split()
)
# Role qualifiers that also open the name of a body ("National Rifle Association", "State Bar Association"), unlike
# those of time or rank ("Former Fox News host").
BODY_NAME_QUALIFIERS = frozenset(
    "foreign defence defense interior finance health state home affairs national security".split()
)
HEAD_NOUNS = ROLE_NOUNS - ROLE_QUALIFIERS | frozenset(SAME_ROLE.values())
HONORIFICS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady mx mx.
    pastor alhaji alhaja mallam malam hajiya mullah maulana mufti""".split()
)
# Words that open a free relative clause before its subject: "what the Ledger called a "rough week"" is the Ledger's.
FREE_RELATIVE_OPENERS = frozenset({"what", "whatever"})
# Short words that open a sentence without being its subject.
OPENERS = frozenset(
    """but and so yet however meanwhile still also then instead indeed later earlier now
    separately moreover furthermore first firstly second secondly third thirdly lastly""".split()
)
ADVERBS = frozenset(
    """also has have had later then again once initially recently previously further further,
    repeatedly reportedly previously earlier simply flatly quickly only just already had
    bluntly publicly privately famously once last yesterday today tonight finally often usually
    always never frequently now still even first nevertheless nonetheless however likewise""".split()
)
# Nouns that end in "-ly" like an adverb ("Musk originally said"), kept as the subject's last word: "the Roe
# family said", "a key ally said".
LY_NOUNS = frozenset("family ally assembly rally supply monopoly bully belly lily".split())
# Reflexive pronouns that stress a subject ("Cruz himself said"): no part of the name.
REFLEXIVES = frozenset("himself herself themselves itself myself ourselves".split())
CONJUNCTIONS = frozenset("and but or yet so while although though because whereas when after before if unless".split())
# Conjunctions that join a comment clause to the sentence before: "And as Jo Roe, the director, told …" is still Jo
# Roe's comment clause.
CLAUSE_JOINERS = frozenset("and but yet so or".split())
# Words that open a clause or phrase before the sentence's main one: a name right after them is not
# the sentence's subject ("While Kim is keen …, said Scott LaFoy").
SUBORDINATORS = frozenset(
    """while although though because whereas when after before if unless since until as despite
    amid""".split()
)
# Words that open an adverbial phrase, never a subject: "At Monday's debate", "If elected".
INTRODUCERS = frozenset(
    """in at on during following after before if when while as with for by under over from to
    since until asked speaking according despite amid following like unlike without among against""".split()
)
# Subordinators a participle may follow in its own clause, whose subject is then the participle's: "Trump did not
# elaborate on what he meant when telling commanders, “…”".
PARTICIPLE_SUBORDINATORS = frozenset("when while after before since upon".split())
# A preposition opening the sentence before a gerund of saying, whose subject is the main clause's: "Despite saying
# that Xi “…”, Trump said", "After telling reporters it was “…”, Lee voted for it".
GERUND_OPENERS = frozenset(
    "after|before|besides|despite|since|while|without|instead of|rather than|in addition to|apart from|aside from"
    .split("|")
)
# Words set off by commas between a subject and its verb, linking the sentence to the one before: "The two
# lawmakers, however, argue", "Roe, for her part, said".
ASIDES = OPENERS | frozenset("too though nonetheless nevertheless likewise similarly".split()) | frozenset(
    "in turn|for his part|for her part|for its part|for their part|in contrast|by contrast".split("|")
)
# Words that may lead a subordinator opening a sentence: "even as", "just when", "only after".
CLAUSE_LEADERS = frozenset("even just only right".split())
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another"})
# Forms of "be": after a subject they describe it ("Doe has been "arbitrarily detained""), they do not report.
BE_FORMS = frozenset("is are was were be been being".split())
# Words that open a phrase of time before the subject: "Last Thanksgiving, she wished …".
TIME_OPENERS = frozenset({"last", "next", "every", "early", "late"})
# Pronouns that open a relative clause about a person or thing: "a man who was leaving …".
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
# Prepositions before whom someone spoke to: "a source speaking to Fox News said" (not "with", which also
# opens a clause of its own: "with Trump reportedly yelling").
ADDRESSEE_MARKERS = frozenset({"to"})
# Prepositions after which capitalised words before a reporting verb say where, never who: "after the finish in
# Sao Paulo said" (a misspelt or unknown place is no speaker either).
WHERE_MARKERS = frozenset("in near outside inside".split())
# Prepositions between a speaker and where it is: "the Vell Weather Service in Tarnby", "the embassy at Vell".
PLACE_PREPOSITIONS = WHERE_MARKERS | {"at"}
# Participles before "by" that say who got hold of a document, not who wrote it: "emails obtained by the
# Courier reveal…", "a memo seen by Reuters says…" (the document speaks; its finder does not).
OBTAINED_BY = frozenset("obtained seen reviewed examined acquired received intercepted leaked shared".split())
# Words after which a name is an object, not a subject: "leaving the Pasteur Hospital", "works at Acme".
OBJECT_MARKERS = frozenset("the a an of to with by for about against from on at in into over".split())
# Reporting verbs that also take an infinitive, which then reports nothing: "continue to push".
INFINITIVE_TAKERS = ("continu", "agree", "begin", "began", "refus", "ask")
POSSESSIVES = frozenset("my his her their our its your".split())  # "my father", "his aides"
# What someone says, as the subject of "was" before their words in marks: 'his first comment was "did you steal
# them?"', 'her reply was "Never!"'.
UTTERANCE_NOUNS = frozenset("comment question reply response answer remark retort words greeting".split())
# Words someone gives, before "from" and whom they came from: "prompting a furious response from President Jo Roe."
# introduces Roe's words, which the quote paragraphs right after it give ("'…,' he said" is Roe). Not "comment" ("a
# request for comment from Roe") nor "question" (asked of the one who answers).
WORDS_FROM_NOUNS = frozenset("reply response retort rebuke statement message tweet".split())
# Pronouns as a verb's object: whom a reporting verb addresses ("the clerk asked him: …").
OBJECT_PRONOUNS = frozenset("me you him her us them".split())
# Reporting verbs that are also nouns: after a determiner or possessive and a modifier, the word is the
# noun ("his home state", "a police report", "the campaign post"), not a verb.
REPORTING_NOUN_STEMS = frozenset(
    """state report post tweet comment answer question call claim charge reply note promise pledge vow
    quote rule rate attack blast remark demand cry boast read term point""".split()
)
# Prepositions whose object, after a determiner and a modifier, is one of those nouns, singular or plural: "in the
# strongest terms", "with the usual claims".
PREPOSITIONS = frozenset("in on of with by for from at into about".split())
# Reporting words that, as a noun, name a text that can say something: "the report said", "her tweet read"
# (not "condemned the attack", whose noun is the verb's object).
SPEAKING_TEXT_NOUNS = frozenset("report post tweet note".split())
# Verbs whose subject shows words to readers rather than says them (an advertisement, a sign, a label): in "Lee
# reported these shops advertise their prices: "…"" the words in marks are the shops' copy, not Lee's.
# (Not "display", "list" or "feature", more often nouns or of things shown that are no words: "displayed courage".)
SHOWING_VERBS = frozenset("advertise advertises advertised".split())
# Texts that give their author's words: "according to a statement from the ministry", "a court filing by Jo Roe"
# give the ministry's and Jo Roe's words.
AUTHORED_TEXT_NOUNS = frozenset(
    """statement report letter filing document memo email post tweet release note motion complaint brief
    affidavit ruling advisory notice""".split()
)
# Other texts that say something in their own right: "cited a study warning that …" gives the study's words.
STUDY_NOUNS = frozenset("study survey poll analysis paper article editorial".split())
# Texts that a subject may be, and the prepositions that say whom or what such a text is about or for, not who wrote
# it: in "A “Wanted” poster for the elder Mr. Roe warned", "a letter to Jo Roe said", the words are the text's,
# never the named person's ("a statement from Jo Roe", "a report by Jo Roe" give their author's).
SUBJECT_TEXT_NOUNS = AUTHORED_TEXT_NOUNS | STUDY_NOUNS | frozenset(
    """poster posters sign flyer leaflet banner placard advertisement ad notice warrant indictment petition message
    headline caption obituary profile memorandum op-ed column""".split()
)
ABOUT_PREPOSITIONS = frozenset("for about on to against over into regarding concerning".split())
# Verbs by which the subject puts out a text of its own: in "Roe released a statement that said "…"" the words are
# Roe's; in "Roe cited a report that said "…"" they are the report's.
AUTHORING_VERBS = frozenset(
    """released releases issued issues sent sends signed signs wrote writes posted posts published publishes filed
    files tweeted tweets ran runs added adds""".split()
)
# Words that end a noun phrase read back from a relative "that" or "which": "her message under a headline that said"
# is "a headline".
NOT_IN_THING_PHRASE = frozenset(
    "the a an that which this of in on at by for to with from under about as and or".split()
)
# Works with a title, and the words that give one: a title-case phrase in marks right after them ('a memo,
# "Rolling Back the Threat,"', 'a report titled "…"') or set after it ('In "Rolling Back …," the council's memo')
# names the work, it quotes no one.
TITLED_WORKS = frozenset(
    """memo memorandum report paper book op-ed article essay study column letter editorial documentary film
    speech episode series show album song movie novel memoir podcast sitcom musical""".split()
)
TITLING_WORDS = frozenset("titled entitled".split())
# Words that open a byline after a headline in marks ('"Met accused of …," by Post's Jo Roe: "…"'): a headline that
# opens its sentence and ends in a comma before one names an article, it quotes no one.
BYLINE_OPENERS = frozenset({"by"})
# Words after which a title-case phrase in marks is a show, a paper or a work someone appeared in or on ('in an
# episode of "…"', 'an appearance on "…"', 'an interview with "…"'): a name, no one's words.
APPEARANCE_PHRASES = frozenset(
    phrase.strip()
    for phrase in """episode of, episodes of, edition of, appearance on, appearances on, appeared on, appearing on,
    interview with, interviews with, interview on, guest on, host of, cast of, star of""".split(",")
)
# Words that give a thing its name in the writer's voice, right before a short name in marks: 'a group known as
# "…"', 'what is referred to as "…"'; and participles that do so after a noun for a thing ('a group called "…"',
# 'a fund dubbed "…"', not 'the senator called "…"', whose words they are).
THING_NAMING_PHRASES = frozenset({"known as", "referred to as"})
NAMING_PARTICIPLES = frozenset("called named dubbed".split())
# Verbs by which the writer tells how someone described a thing, the words in marks after "as" the description ('She
# described the event as "dehumanization to the point of death"'): the writer's sentence, quoting a phrase.
DESCRIBING_VERBS = frozenset("""described describes describing characterized characterizes characterised
characterises portrayed portrays depicted depicts""".split())
# Words in which a speaker speaks as themselves: a quote with none of them that names its speaker in full as the
# subject of its own sentence is about that person ('"Born in Vell, Jo Roe moved …"'), not in their voice.
FIRST_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll".split()
)
# Phrases that, set off by a comma after a person, give that person a second name: "Jo Roe, also known as Dr Gloom",
# "Roe, nicknamed "the Hammer"": the nickname is no one else.
ALIAS_PHRASES = frozenset({"known as", "also known as", "nicknamed", "dubbed", "better known as"})
# Reporting stems whose "-s" form right after a lower-case noun is that noun's plural, not a verb: "pay rates", "house
# rules", "criminal charges" (a person before it still reports: "the mayor charges that …").
PLURAL_NOUN_STEMS = frozenset("rate rule charge".split())
# Nouns for what someone asserted, before the clause that gives it: "Trump's claim that Obama "…"", "the
# contention of Clinton that …", "a report by Politico that he "…"".
CLAIM_NOUNS = frozenset(
    """claim assertion contention statement comment conclusion allegation suggestion warning declaration
    argument insistence promise pledge report accusation""".split()
)
# The subject pronoun of a possessive whose claim gives quoted words: "his comment that" is what "he" said.
POSSESSIVE_PRONOUN_SUBJECT = {"his": "he", "her": "she"}
# Words after which a reporting word is a noun: "his statement", "a tweet", "the following comment".
NOUN_MARKERS = frozenset("the a an his her their its our my your following".split())
# Words before a plural that make a reporting word in -s a noun: "rejected any claims that", "no comments", "these
# reports".
PLURAL_NOUN_MARKERS = frozenset("any no such these those all".split())
# Counting words before a plural noun, maybe through capitalised modifiers: "many Asian states", "several reports"
# (not "one", "each": "one says", "each claims" are a subject and its verb).
PLURAL_QUANTIFIERS = frozenset("two three four five several some many most both few".split())
# Quantifiers that open a subject as a determiner does: "one questioner", "several groups".
QUANTIFIERS = frozenset("one two three four five several some many most both each few".split())
# Words of degree before an adverb and a participle that together describe a noun: "more racially charged comments",
# "a highly charged debate" (a reporting verb in -ed there is an adjective, no one's report).
DEGREE_WORDS = frozenset("more most less least very".split())
# Nouns for a person that give no role: "a man leaving the hospital said", "one woman told the station".
PLAIN_PERSON_NOUNS = frozenset(
    """man woman boy girl lady gentleman guy dad mum mom father mother grandfather grandmother teenager teen
    person passer-by passerby local tourist holidaymaker worker employee waiter waitress shopkeeper neighbour
    neighbor friend relative fan supporter""".split()
)
# Determiners that bring in someone not named before: "one eyewitness", "another witness" is not the eyewitness
# the article named, however few it names.
NEW_PERSON_DETERMINERS = frozenset({"one", "another"})
# Reporting verbs that go on with what was just said ("A spokesman added"): the speaker is the one before, or speaks
# for them.
GOING_ON_VERBS = frozenset("added adds continued continues".split())
# Reporting verbs that put the speaker after them at the end of a sentence of indirect speech ("Pressure is needed,
# said Mayor Jo Roe."): not verbs whose object may follow ("…, accused Jo Roe", "…, told Jo Roe", "…, asked Jo Roe").
INVERTING_VERBS = frozenset(
    """said says added adds wrote writes explained explains noted notes recalled recalls continued continues
    insisted insists argued argues replied replies acknowledged acknowledges conceded concedes observed observes
    remarked remarks""".split()
)
# Articles of a description that may bring in someone new ("a top aide said"): the person is named in the article
# only when it describes someone in the same words.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
ARTICLES = INDEFINITE_ARTICLES | frozenset({"the"})
# Nouns for whom a platform's handle names: "Weibo user S_AND_YY".
USER_WORDS = frozenset({"user", "account", "handle", "username"})
# Determiners of a description that brings in someone other than a person named before it: "his late mentor said",
# "a spokesman said" (not "the senator", who may be the person named).
OTHER_PERSON_DETERMINERS = POSSESSIVES | INDEFINITE_ARTICLES | NEW_PERSON_DETERMINERS
# Plural nouns for people counted or described as a group, the subject of a report that names no one:
# "critics say", "many analysts said", "those surveyed said".
GROUP_NOUNS = frozenset(
    """critics supporters opponents officials analysts experts observers residents voters protesters
    protestors demonstrators respondents participants economists lawmakers aides advisers advisors
    strategists activists witnesses delegates donors organizers organisers
    investigators prosecutors researchers scientists doctors skeptics sceptics detractors commentators
    pundits""".split()
)
# Nouns for one who gives information without a role: "a source said", "this source told the paper".
SOURCE_NOUNS = frozenset("source sources".split())
# The nouns for people that "this" or "that" may point to as a speaker ("this source said", "that woman told
# them"), beside the role words.
POINTED_PEOPLE_NOUNS = PERSON_NOUNS | PLAIN_PERSON_NOUNS | GROUP_NOUNS | SOURCE_NOUNS
# The nouns that end a description in lower case of who speaks: "the retired surgeon", "one senior aide".
DESCRIBED_PEOPLE_NOUNS = HEAD_NOUNS | POINTED_PEOPLE_NOUNS
# Verbs that make their object do what follows "to": after "which spurred Roe to note, “…”" or "prompting the mayor to
# tweet: “…”" the words are the object's, not the sentence subject's.
CAUSATIVE_VERBS = frozenset(
    """spurred spurring spurs prompted prompting prompts led leading leads moved moving inspired inspiring inspires
    provoked provoking provokes compelled compelling compels forced forcing forces pushed pushing pushes drove driving
    drives caused causing causes""".split()
)
# Verbs whose object answers: after "Vell Online asked Jo Roe whether …", the quote that follows is Roe's answer.
ASKING_VERBS = frozenset("asked asks ask questioned interviewed".split())
# Verbs whose object is the one spoken to, never the speaker: "he asked the congressman if …", "she told Roe that …".
ADDRESSING_VERBS = ASKING_VERBS | frozenset("told tells tell pressed presses".split())
# Words that end the one asked and open what they were asked: "asked Jo Roe whether …", "asked Roe about …".
ASKED_ABOUT = frozenset("whether if about why how what when where who which to for".split())
# Nouns a body's name may follow in apposition, however the name reads: "The event organisers, It's Time for Vell,
# said", "the campaign, Keep Vell Green, said".
APPOSED_BODY_NOUNS = frozenset("organisers organizers group campaign movement coalition".split())
# Words for those who answered a poll: "those surveyed said", "those polled say".
POLLED_WORDS = frozenset("surveyed polled asked questioned interviewed".split())
# Function words capitalised only because they open a sentence; never part of a name.
SENTENCE_OPENERS = OPENERS | CONJUNCTIONS | INTRODUCERS | QUANTIFIERS | {"when", "where", "why", "how", "what"}
# Particles inside surnames: "Bill de Blasio", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("de da di du del della der van von la le bin al".split())
# Auxiliaries between a subject and its verb: "Clinton is describing", "he will tell".
AUXILIARIES = frozenset("is are was were will would could can may might must should did does do".split())
# Modals before a verb of saying tell what someone ought to or might do, not what anyone said: "Seoul should
# instead respond to overtures from the North, Kim said" (not "would", "could": "she would later say", "all she
# could say").
UNSAID_MODALS = frozenset("should must might may shall ought".split())
# Prepositions in -ing, no participle: "…, including two children", "…, according to police".
ING_PREPOSITIONS = frozenset("""including according regarding concerning following during notwithstanding excluding
pending barring considering""".split())
# Past participles not in -ed that open a phrase describing someone: "Jo Roe, clad in red, said".
IRREGULAR_PARTICIPLES = frozenset("clad born known seen shown given taken worn ".split())
# Passive participles of saying and thinking that take an infinitive ("Barr is expected to say", "is believed to
# make"): what someone unnamed says or thinks the subject will do; not the subject's words.
RAISING_PARTICIPLES = frozenset("expected said believed thought reported rumoured rumored understood supposed".split())
# Words in -s that open no verb phrase after a comma: "…, this year", "…, perhaps".
S_WORDS_NOT_VERBS = frozenset("this his its as thus plus perhaps always towards afterwards".split())
CLAUSE_WORDS = frozenset(
    """that which who whom whose when where while if because although though after before since
    as than until unless whether is are was were be been being to for with from by on in at into
    about over under not no""".split()
)
# Words after a participle that show it opens a clause, not a noun phrase: a role is a noun phrase ("a retired general",
# "acting director"), never "asked if he supported impeachment", "speaking to reporters", "born in Ohio".
CLAUSE_AFTER_PARTICIPLE = CLAUSE_WORDS | OBJECT_PRONOUNS | POSSESSIVES | DETERMINERS | frozenset("how why what".split())
ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov lt gen col sgt st jr sr inc corp co ltd no vs etc jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k d.c a.m p.m prof adm capt cmdr maj rev ft mt e.g i.e
    approx dept est fig govt""".split()
)
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    evening afternoon night week month year earlier later moments minutes hours days weeks months
    years decades afterwards afterward""".split()
)
# Words after a surname that say which of a family it is, not part of how the person is called
# ("Vann R. Newkirk II", "Martin Luther King Jr.").
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Words that open a reporting verb's complement: after a quote that ended its sentence, '"…." Doe said
# Monday that …' or '… said he …' is a new sentence reporting something else, not the quote's attribution.
COMPLEMENT_OPENERS = frozenset({"that", "whether", "how", "why", "he", "she", "they", "it", "i", "we"})

# Words that open a clause or phrase about a speaker named after the verb, ending the name: 'said Jane Doe
# as she left', 'said a strategist who spoke on condition of anonymity', 'said one official familiar with it'.
SPEAKER_CLAUSE_OPENERS = frozenset("who whose as while because familiar with".split())

# Words that may follow the verb of a bare attribution: '"…." Rutte said on Monday.'
BARE_FOLLOWERS = (
    frozenset("in on at during after before when while to reporters later then today yesterday".split()) | TIME_WORDS
)


# Words right before a name that put it outside its clause's subject: a preposition ("a letter to Jo Roe") or, with
# any verb in -ing, an object ("a car blaring Jo Roe on the stereo"); and the endings that make it a possessive ("Jo
# Roe's plan"). A later "he" or "she" continues a subject, not such a name. Not "by": a passive's agent ("a move by
# Jo Roe") is who acts.
OBJECT_POSITION_WORDS = frozenset(
    """of to in on with for from at into onto about against over under like unlike despite without within via
    among between toward towards than""".split()
) | frozenset({"such as"})
POSSESSIVE_ENDINGS = ("'s", "’s", "' ", "’ ")
# Lower-case words that never describe a person or a group before its noun: "federal prosecutors", "senior officials"
# and "the retired surgeon" are described, not "about officials", "than critics" or "were protesters".
NOT_DESCRIBING_WORDS = (
    CLAUSE_WORDS | INTRODUCERS | OBJECT_POSITION_WORDS | DETERMINERS | POSSESSIVES | AUXILIARIES | CONJUNCTIONS
    | QUANTIFIERS | frozenset(PRONOUNS) | frozenset("not no all any such only even also said says told".split())
)
# A preposition that makes the name after it the topic of what follows, so a subject all the same: "As for Jo Roe, he
# said …".
TOPIC_PREPOSITIONS = frozenset({"as for", "as to"})

PRONOUN_GENDER = {"he": "m", "she": "f"}
GENDERED_WORDS = {
    "m": "mr mr. he his him himself spokesman chairman congressman councilman businessman father husband son "
    "brother king prince",
    "f": "mrs mrs. ms ms. miss she her hers herself spokeswoman chairwoman congresswoman councilwoman "
    "businesswoman mother wife daughter sister queen princess",
}
GENDER_OF_WORD = {w: g for g, words in GENDERED_WORDS.items() for w in words.split()}
# Every personal pronoun that tells a gender ("his wife", "told her"), not only a subject's.
PERSONAL_PRONOUN_GENDER = {w: GENDER_OF_WORD[w] for w in ("he", "his", "him", "she", "her", "hers")}
# Words between a name and a pronoun after which the pronoun may be another's: a noun or a name may come between
# ("Roe said the minister and his"), or another clause ("Roe said that he", "Roe left because he").
PRONOUN_BARRIERS = frozenset(
    "the a an this that these those another their our my your who which whose and or but because if when while "
    "after before as than".split())
# A US lawmaker's party and state after the name ("Jo Roe, D-N.Y., the ranking member"): no role of its own.
PARTY_STATE_LABEL = r"[DRI]-(?:[A-Z][A-Za-z]*|(?:[A-Z]\.)+[A-Z]?)\.?"
# A party and a state, or a place or body alone, set off after a name ("Representative Jo Roe, Republican of Ohio,
# said"; "Mr. Roe, of California, said"): a description of the name before it, never the one who speaks.
PARTY_OR_PLACE_AFTER_NAME = (r"(?:(?:Republican|Democrat|Democratic|Independent|Conservative|Labour)\s+)?"
                             r"of\s+(?:the\s+)?[A-Z][\w.'’-]*"
                             rf"(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*){{0,5}}|{PARTY_STATE_LABEL}")
# The gendered words that are no pronoun: titles and nouns before a name ("Mrs Peterson", "his wife, Laci").
GENDER_OF_NOUN = {w: g for w, g in GENDER_OF_WORD.items() if w not in PERSONAL_PRONOUN_GENDER}

# The attribution patterns, in the order dossier.quotes tries them: the first that matches
# attributes the quote and is recorded on it. Each has a scope and an example. "after" and
# "before" read the quote's own sentence (after the quote first: '"…," Doe said' governs even when
# a name precedes the quote, except that a partial quote inside its sentence, '… called it "…" as
# he left', belongs to the words before it); "carried" is a quote resuming the previous one; only a
# quote whose own sentence names nobody falls back on a transcript "label" or its "context".
ATTRIBUTION_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("dash_signed", "after", '"…" — Jane Doe, The Daily Paper'),
    ("dash_signed_below", "after", '"…" (new paragraph) - Jane Doe, Philadelphia.'),
    ("quoted_as_after", "after", '"…," the agency quoted Jane Doe as saying.'),
    ("cue_name_after", "after", '"…," said Jane Doe, a spokeswoman'),
    ("name_cue_after", "after", '"…," Jane Doe said'),
    ("according_to_after", "after", '"…," according to Jane Doe.'),
    ("report_ends_sentence", "after", '"…" for the mayor, said Jane Doe, a pollster.'),
    ("as_reported_by_after", "after", 'its "…" handling – as described by Jane Doe – drew fire'),
    ("bracketed_after_name", "before", 'Jane Doe ("…"), Tom Roe and others objected'),
    ("claim_of", "before", 'Jane Doe’s claim that the mayor "…"'),
    ("according_to", "before", 'According to Jane Doe, "…"'),
    ("passive_by", "before", 'was described by aides as "…"'),
    ("asked_by", "before", 'was asked by Jane Doe whether the plan would "…"'),
    ("inverted_cue_before", "before", 'Said Doe: "…"'),
    ("inverted_aside", "before", 'The trouble, says Jane Doe, a historian, is that it was "…"'),
    ("name_label", "before", 'Polls agree - Jane Doe: "…"'),
    ("quoted_as", "before", 'The agency quoted Jane Doe as saying "…"'),
    ("participle", "before", 'footage of Jane Doe saying "…"'),
    ("subject_cue_before", "before", 'Jane Doe said: "…"'),
    ("sentence_subject", "before", 'Jane Doe, in a statement to the paper, "…"'),
    ("colon_subject", "before", 'Jane Doe delivered a blunt message: "…"'),
    ("subject_predicate", "before", 'Jane Doe renewed her promise of "free college"'),
    ("continued", "carried", '"…," Doe said. "…" (the quote resumes)'),
    ("transcript_label", "label", '"DOE: …"'),
    ("paragraph_speaker", "context", "an earlier quote of the same paragraph"),
    ("colon_intro", "context", 'Senator Doe made the following comment: (new paragraph) "…"'),
    ("previous_report", "context", 'The board may wait, Doe said. "…"'),
    ("previous_sentence", "context", 'Doe identified the flaw. "…"'),
    ("previous_paragraph", "context", "a quote paragraph after one whose last quote is attributed"),
    ("previous_paragraph_report", "context", 'Doe said the board would wait. (new paragraph) "…"'),
)
PATTERN_SCOPE = {name: scope for name, scope, _ in ATTRIBUTION_PATTERNS}

# Words after which a capitalised name is what a role is of, not who holds it: "President of the
# United States", "spokesman for Apple".
ROLE_LINKS = frozenset("of for at the to with".split())
# Function words capitalised in a headline or a sentence's first word, never the first word of a
# name: "Of Obama", "Even Jane Doe".
GLUED_WORDS = frozenset(
    """of even the and but or for to in on with by from at as if when while so also only just both
    either neither not nor then than after before about against over under like unlike despite
    without within via per among between""".split()
)
# Words that make a capitalised name a thing that cannot speak: a place, a platform, a law, a
# document, a building or an event when it ends the name ("Twitter", "Senate Bill", "Main Street").
NOT_A_SPEAKER_WORDS = frozenset(
    """twitter facebook instagram youtube tiktok snapchat reddit linkedin whatsapp telegram truth
    bill act law amendment code constitution treaty accord accords agreement resolution report
    order memo letter document documents street avenue road boulevard square park river lake
    mountain county city island islands valley bay airport station bridge building tower hall
    center centre stadium arena highway day week month year war election primary debate
    convention summit festival olympics cup championship series prize award prix tournament
    screenshot photo photograph image picture video graphic chart map caption""".split()
)
# Words that make a capitalised name a body that can speak: "the Justice Department said".
BODY_WORDS = frozenset(
    """department ministry office agency council committee commission court party campaign
    administration government house senate congress parliament police university institute
    association union foundation company corporation inc corp group network news times post
    journal press board bureau service services organization organisation coalition league
    federation bank fund nations trust""".split()
)
# Endings of a people's adjective that names them all, never one of them: "the British", "the French", "the Chinese",
# "the Swiss" (but "the American", "the Briton" is one person).
COLLECTIVE_DEMONYM_ENDINGS = ("sh", "ch", "ese", "ss")
# Body words that name one body on their own ("the House", "the Senate"): never short for a longer name that ends
# with them ("the White House").
STANDALONE_BODY_WORDS = frozenset("house senate congress parliament".split())

# The common nouns that describe a body, each with the last words of the names of bodies of that kind: "the
# company" is "Acme Corporation", "the space agency" is "Vell Space Agency". A body's own description counts too
# ("Acme, a non-profit group"): a noun said of any body ("group", "organisation") needs it.
_COMPANY_HEADS = frozenset("company corporation corp corp. inc inc. ltd ltd. plc co co. group".split())
# Nouns that, when the article names no body by them, stand for the company it is about: "The firm said".
MAIN_BODY_NOUNS = frozenset("company firm".split())
BODY_DESCRIPTION_NOUNS: dict[str, frozenset[str]] = {
    "company": _COMPANY_HEADS,
    "corporation": _COMPANY_HEADS,
    "firm": _COMPANY_HEADS,
    "agency": frozenset({"agency", "administration"}),
    "council": frozenset({"council"}),
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    "committee": frozenset({"committee"}),
    "commission": frozenset({"commission"}),
    "university": frozenset({"university"}),
    "institute": frozenset({"institute"}),
    "foundation": frozenset({"foundation"}),
    "union": frozenset({"union"}),
    "bank": frozenset({"bank"}),
    "group": frozenset({"group"}),
    "organisation": frozenset({"organisation", "organization"}),
    "organization": frozenset({"organisation", "organization"}),
    "charity": frozenset({"charity"}),
    "airline": frozenset({"airline", "airlines", "airways"}),
    "carrier": frozenset({"airline", "airlines", "airways"}),
    # Institutions a place names one of ("Cincinnati Zoo", "Vell General Hospital"): "the zoo said" is it.
    "zoo": frozenset({"zoo"}),
    "museum": frozenset({"museum"}),
    "hospital": frozenset({"hospital", "infirmary"}),
}

# The words a title leaves in lower case, and "&": "The Lead with Jake Tapper", "Fox & Friends". Not "to", "for"
# or "at", which title-case slogans and job titles share ("Back to the Future", "Executive Director at Acme").
TITLE_MINOR_WORDS = frozenset("of the a an and & in on with".split())
# A work's title, its work named beside it ('his new book, "Crippled America: How to Make America Great Again,"'),
# leaves every short preposition and conjunction in lower case, as title case does.
WORK_TITLE_MINOR_WORDS = TITLE_MINOR_WORDS | frozenset("to for at by from or as but nor vs vs.".split())

MONTHS = frozenset("january february march april may june july august september october november december".split())
# Capitalised single words that name nobody: a sentence's first word, a pronoun, a time.
NOT_NAMES = (
    frozenset(PRONOUNS)
    | SENTENCE_OPENERS
    | POSSESSIVES
    | ADVERBS
    | TIME_WORDS
    | DETERMINERS
    | MONTHS
    | frozenset("his her him them their its our us me it this that there here".split())
)

# Abbreviated titles, as the role they stand for: "Gov. Ann Lee" is "the governor".
ROLE_ABBREVIATIONS = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "prof.": "professor",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "supt.": "superintendent",
    "del.": "delegate",
    "capt.": "captain",
    "maj.": "major",
    "det.": "detective",
}
# Other ways of writing one role, as the words they are read as when roles are compared: a role's initials ("CEO")
# and a title with or without its last word ("Chief Executive Officer", "Chief Executive").
ROLE_SPELLINGS = {
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "chairperson": "chairman",
}
# Words before a speaker's label in a round-up of sources: "More from Jane Doe: "…"" (regular expressions).
LABEL_OPENERS = (r"[Mm]ore\s+from", r"From")
# A transcript's speaker label opening a paragraph: "SHAPIRO: …", "JAKE TAPPER: …", and at a speaker's first turn
# with their role in the programme: "JO ROE, HOST: …", "ANN LEE, BYLINE: …" (the name is group 1).
SPEAKER_NAME = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}"
SPEAKER_ROLE = r", [A-Z][A-Z ]{1,30}"
SPEAKER_LABEL = rf"({SPEAKER_NAME})(?:{SPEAKER_ROLE})?:\s+"
# A transcript label's roles of the outlet's own journalists ("JO ROE, HOST:", "ANN LEE, BYLINE:"): who asks and
# reports, no voice of the story.
STAFF_LABEL_ROLES = frozenset({"HOST", "CO-HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER"})
# Words that only link a sentence to the next: in marks alone before "he said" they open a quote
# the attribution interrupts ('"But," he added, "it is recent"'), no speech of their own.
LINKING_WORDS = frozenset(
    "and but also so yet still then now well however besides plus or nor too though anyway first second".split()
)
# A quote that calls someone by name ("We love you, Jo Roe!", "Thank you, Roe, for this") speaks to them, so they
# are not its speaker ({name}: any word of their name). A run of up to three capitalised words ("Senator", "Jo")
# may come before it; the name must end the run.
ADDRESS_PATTERNS = (
    r",\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{name}[\s!?.,’'\"]*$",  # ", Jo Roe!" closing the quote
    r"\byou,\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{name}\b(?![\s-]+[A-Z])",  # "you, Roe" anywhere
)
