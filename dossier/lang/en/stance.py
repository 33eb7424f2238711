"""English cues for how a sentence presents a fact, and for what its figures count.

Plain regular-expression alternations and word sets, shared by the claims stage (and open to
the quotes stage): the rules that use them live in dossier/claims/.
"""

from __future__ import annotations

from .names import MONTHS, WEEKDAYS

# A writer's hedge or guess on the whole sentence: no fact put forward, however it is worded after. "It appears Jo Roe
# really does like a challenge", "Perhaps the vote will be delayed", "The bridge is arguably the town's finest"; not
# a framing phrase before a comma, whose clause tells a fact ("Perhaps most damaging, the ferry was sold").
OPINION_HEDGES = (r"^\W*(?:(?:and|but|so|yet)\s+)?"
                  r"(?:it\s+(?:now\s+|also\s+)?(?:appears|seems|would\s+(?:appear|seem))\b|"
                  r"perhaps\b(?![^,;:]{0,30},)|arguably,|seemingly,)|(?:\b(?:is|are|was|were|be|been)|['’]s)\s+arguably\b")
# What "according to" names that is a standard kept, no one's word: "if all goes according to plan", "ran according to
# schedule". The sentence is the outlet's own telling and the phrase part of what it tells.
ACCORDING_TO_STANDARDS = r"plans?|schedule|script|expectations?|tradition|custom|protocol|procedure|the rules|the book"
# "According to reports": a report at one remove that names nobody, so no source.
UNNAMED_REPORTS = r"(?:(?:some|local|media|press|news|unconfirmed|early|initial|several|other|recent)\s+)*reports?"
# Relaying a report at one remove: nobody in the sentence vouches for it.
REPORT_CUES = (
    rf"according to(?!\s+(?:the\s+)?(?:{ACCORDING_TO_STANDARDS})\b)|"
    r"reportedly|allegedly|purportedly|reported(?:ly)?|reports|reporting|"
    r"claimed|claims|claiming|alleged|alleges|alleging|is said to|are said to|was said to|were said to|"
    r"rumou?red|speculated|speculates|speculating|accusations?|allegations?"
)
# A report word written as the adjective of a noun after a determiner ("its alleged role", "the reported plot"): it
# qualifies that noun, not whether the sentence's act happened. After the sentence's first verb ("the Senate voted to
# let victims sue Saudi Arabia for its alleged role", "police arrested the alleged gunman") the outlet tells the act in
# its own voice; as the subject ("The alleged attack took place on Monday") the alleged thing is what it tells.
ATTRIBUTIVE_REPORT_WORDS = r"alleged|purported|reported|rumou?red"
ATTRIBUTIVE_DETERMINERS = r"the|a|an|its|his|her|their|this|these|those"
# A subject that is itself a report, the press or a rumour: "media outlets report that…", "Australian
# media said…", "the article said…", "Repeated warnings have suggested that…": the outlet relays a report even with a
# plain "said", and a rumour is no one's word.
REPORTING_SOURCES = (
    r"(?:media|media outlets|outlets|newspapers?|the press|press reports|reports|the article|the report|"
    r"news agency|news agencies|broadcasters?|tabloids?|warnings|rumou?rs|speculation|suggestions)\s+(?:\w+\s+)?"
    r"(?:said|say|says|reported|report|reports|wrote|writes|claimed|claim|suggested|suggest|suggests|indicated|"
    r"indicate|indicates)"
)
# A document whose words the sentence relays ("…, the letter said", "The letter added that…", "sent a letter to the
# board, saying…"): the writers' words at one remove, not the outlet's own telling; a letter's subject is not its
# authors.
DOCUMENT_NOUNS = r"letters?|memo|memorandum|documents?|filing|complaint|lawsuit|petition|indictment"
DOCUMENT_SOURCES = (
    rf"(?:the|a|an|this|that|their|its|his|her)\s+(?:[\w-]+\s+)?(?:{DOCUMENT_NOUNS})\s+(?:also\s+)?(?:said|says|added|"
    r"adds|stated|states|wrote|writes|claimed|claims|alleged|alleges|argued|argues|read|reads)|"
    rf"\b(?:{DOCUMENT_NOUNS})\b[^.;:\"“”]{{0,80}}?,\s+saying\b"
)
# Words of a news outlet's name ("the Vell Times", "Vell News"): "according to" one relays its report; "according to"
# another body ("according to Nasa", "according to the Vell Space Agency") is that body's word.
MEDIA_NAME_WORDS = (
    r"Times|Post|News|Journal|Herald|Telegraph|Tribune|Daily|Press|Media|Radio|Television|TV|Gazette|Magazine|"
    r"Star|Sun|Globe|Chronicle|Inquirer|Examiner|Observer|Courier|Register|Bulletin|Dispatch|Mirror|Express|Guardian|"
    r"Reuters|AP|AFP|UPI|dpa|DPA|Xinhua|Interfax|Kyodo|Yonhap|Tass|TASS|Bloomberg|Politico|Breitbart"
)
# A broadcaster's name: a call sign of four letters ("KVEL", "WVEL-TV"; "WHO" is none) or a name ending in TV
# ("VellTV"). A body taken for one is only read as relaying a report, as before.
BROADCAST_NAMES = r"^[KW][A-Z]{3}(?:-TV)?$|TV$"
# Nouns that make a name a news outlet's: "the Vell Matin newspaper".
MEDIA_NOUNS = r"newspapers?|news agency|news site|website|broadcaster|channel|station|magazine|tabloid|outlet"
# Titles written with a full stop that does not end the name they open ("according to Dr. Jo Roe").
ABBREVIATED_TITLES = r"Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St"
# Roles whose holder speaks for the body the description names ("the White House press secretary", "a spokesman for
# Acme"): the body is the source; any other role described ("the VFL coach of the year") is a person, not the body.
SPEAKS_FOR_ROLES = (r"\bspokes(?:man|woman|person)\b|\brepresentative\b|\bpublicist\b|"
                    r"\bpress (?:secretary|officer|aide)\b")
# People the article names only as a group, subject of a verb of saying ("Researchers said…", "Scientists at the
# institute say…", "Local police said…"): the statement is their word, the group its source as written (no entity).
# An event's organiser may be one body or many: "the organiser said" too.
GROUP_REPORTERS = (
    r"researchers|scientists|experts|analysts|economists|doctors|physicians|medics|paramedics|investigators|"
    r"prosecutors|detectives|police|officials|authorities|officers|witnesses|residents|survivors|activists|critics|"
    r"observers|historians|scholars|academics|engineers|astronomers|archaeologists|biologists|geologists|"
    r"firefighters|rescuers|organi[sz]ers?|diplomats|lawyers|attorneys|campaigners|forecasters|meteorologists|"
    # Unnamed people, or a body, speaking for someone ("a government source", "the Obama campaign", "a Romney
    # campaign aide"): the statement is theirs, whoever the words before the noun name.
    r"sources?|insiders?|aides?|campaigns?"
)
# Words that cannot stand before the group noun in its name: a list ("reports and officials"), the group as what a
# person is of ("a spokesperson for the organizers") or whom a report quotes ("reports that quoted unnamed sources").
NOT_IN_GROUP_NAME = r"and|or|but|for|of|at|in|from|with|by|to|on|said|says|quoted|quoting|cited|citing"
# Someone's own voice outside quotation marks: "I", "we", "my", "our", "me" (case-sensitive: "US" is a country; "us"
# is left out, the outlet's readers and all of us: "reminds us that"). The outlet does not speak so in its telling of
# news. (Capitalised inside a sentence, it is part of a name, "My Big Coin", or a numeral, "World War I": the claims
# stage checks that.)
FIRST_PERSON = r"\bI(?=\s+[a-z]|['’](?:ve|m|d|ll)\b)|\b(?:[Ww]e|[Mm]y|[Oo]urs?|me)\b"
# The newsroom's "we": what the outlet knows, heard, reported or will tell its readers ("as we reported", "what we now
# know", "we'll keep you updated"): the outlet's own voice, not a speaker's.
NEWSROOM_WE = (
    r"\b[Ww]e(?:\s+have|\s+had|\s+will|['’]ve|['’]ll)?\s+(?:now\s+|already\s+|also\s+|first\s+)?(?:know|knew|heard|reported|"
    r"learned|learnt|understand|covered|been covering|keep you|embedded|wrote|written|told you|reached out|contacted)\b"
)
# Announcing an act ("announced his retirement", "unveiled the plan"), or one's own decision or plan ("announced he's
# running for president", "announced that it would close the plant", "announces she is to retire"), not relaying
# words: the outlet tells that it happened, so outlets telling it in their own words agree on a fact, not on one
# speaker's line. Not what the announcer says is so ("announced it had added 9,000 jobs"): that is their word.
ANNOUNCED_ACT = (
    r"\b(?:announced|announces|announcing|unveiled|unveils|unveiling)\s+(?:his|her|their|its|the|a|an)\s|"
    r"\b(?:announced|announces|announcing)\s+(?:that\s+)?(?:he|she|it|they)"
    r"(?:\s+(?:won['’]t|(?:would|will|plans?|planned|intends?|intended)(?:n['’]t)?)\b|['’]ll\b|"
    r"(?:\s+(?:is|are|was|were)|['’](?:s|re))(?:\s+not)?\s+(?:to\s|[a-z]+ing\b))"
)
# Verbs that deny whatever they govern ("denied that…", "denies the report", "denied it").
DENY_VERBS = r"denied|denies|deny|denying|refuted|refutes|refuting|rebutted|rebuts"
# What "deny" withholds rather than contradicts: "deny service to gay couples", "was denied entry",
# "deny them access". A denial verb with one of these within its next three words (no verb between:
# "deny collecting votes" denies a fact) denies no fact.
WITHHELD_OBJECTS = (
    r"services?|entry|access|admission|bail|parole|permission|permits?|requests?|applications?|visas?|"
    r"coverage|benefits?|treatment|funding|funds|loans?|credit|rights?|votes?|passage|boarding|"
    r"communion|a hearing|a chance|an opportunity|the opportunity|jobs?|housing|tenure|membership|licen[cs]es?|"
    r"citizenship|asylum|residency"
)
# Verbs that deny only when their object is a report or a claim: "rejected the reports",
# "dismissed the claims as fake news", but "rejected appeals for new leaders" is no denial.
DISPUTE_OBJECT_VERBS = r"rejected|rejects|rejecting|dismissed|dismisses|dismissing|disputed|disputes|" \
    r"disputing|contested|contests|contradicted|contradicts|challenged|challenges"
# Words before such a verb's form that make it a noun: "underscored the challenges that security forces face",
# "legal disputes that dragged on" dispute nothing.
NOUN_MARKERS_BEFORE = (
    r"the|a|an|these|those|such|its|his|her|their|our|your|my|many|several|some|any|new|legal|further|main|major|"
    r"key|biggest|own"
)
# Nouns for what someone said or wrote: a denial of "the reports" denies whatever they tell.
REPORT_NOUNS = (
    r"reports?|claims?|allegations?|accusations?|suggestions?|assertions?|account|accounts|story|stories|"
    r"idea|notion|charges?|rumou?rs?|speculation|findings?|assessment|characteri[sz]ation|version|statements?|"
    r"arguments?|criticism"
)
# Worries and calls voiced, which a verb of rejection may govern as it governs a report ("dismissed Qualcomm's repeated
# concerns", "has rejected calls for a ceasefire"): whoever rejects them answers in words, so is the statement's
# source, not an actor ("Congress rejected the veto", "dismissed the lawsuit": acts, the outlet's telling).
VOICED_WORDS = (r"concerns|fears|worries|doubts|questions|warnings|criticisms|complaints|objections|calls|demands|"
                r"appeals|pleas")
# What such a verb must govern to be a denial: a report noun, a that-clause, "it/them as…".
DISPUTED_OBJECTS = (
    r"(?:(?:the|these|those|such|any|all|his|her|their|its|media|news|earlier|recent|"
    r"[A-Z][\w'’-]*(?:'s|’s)?)\s+){0,3}"
    rf"(?:{REPORT_NOUNS})"
    r"|that\b|(?:it|them|this|these)\s+as\b"
)
# Another side's word put in quotation marks and negated, "as" that side claims it: the sentence rebuts that word
# ("Roe says the plan is to preserve the port, not “close” it, as the council claims"), so it disputes what tells it.
# Not a contrast alone ("lock your files, not “freeze” them": a preference, no one's claim rebutted).
REBUTTED_WORD = (
    r"\bnot\s+[“\"‘'](?P<word>[A-Za-z]+)[”\"’']\s+(?:it|them|this|that|him|her)\b[^.;“”\"]*?\bas\s+"
    r"(?:[\w'’.-]+\s+){1,4}?(?:claims?|claimed|says?|said|charges?|charged|alleges?|alleged|contends?|contended|"
    r"suggests?|suggested|argues?|argued|insists?|insisted)\b"
)
# Declining to confirm: the source does not stand behind the fact.
DECLINE_CUES = (
    r"refrained from confirming|declined to confirm|refused to confirm|did not confirm|didn't confirm|"
    r"would not confirm|could not confirm|cannot confirm|can't confirm|has not confirmed|have not confirmed|"
    r"could not verify|has not been verified|have not been verified|unable to confirm|unable to verify"
)
# A belief or saying the writer marks as false ("mistakenly believed Roe had left", "falsely claimed that…"): it
# does not put its clause forward, it denies it, and a title keeps the frame.
FALSE_BELIEF_CUES = (
    r"(?:mistakenly|wrongly|falsely|erroneously|incorrectly)\s+(?:believed|believes|believe|believing|thought|thinks|"
    r"think|thinking|assumed|assumes|assume|assuming|claimed|claims|claim|claiming|said|says|stated|states|"
    r"reported|reports|suggested|suggests|insisted|insists|concluded|concludes|told|tells)"
)
# A past act told as not done ("had not bombed", "has not sent"): a denial of that act, which disputes only a claim
# telling it (not "…conducted 80 tests but has not sent any missiles over Japan" beside "…conducted dozens of tests").
NEGATED_ACTS = r"(?:had|has|have) not (?:\w+ )?(?:bombed|attacked|killed|fired|struck|sent|deployed)"
# Phrases that contradict a proposition without a denial verb ("X said that was never the case", "the
# account is not accurate", "there was no such impropriety", "called it fake news", not a rant about
# "fake news" outlets). They count inside quotes too: a quoted "That is not true" is the speaker's denial.
DENIAL_PHRASES = (
    r"no (?:evidence|proof|indication|sign) (?:that|of)|no such\b|(?:was|is|has) never been the case|"
    r"(?:was|is) never the case|(?:is|was|are|were) (?:not|n't) (?:accurate|true|correct|the case)|"
    r"(?:is|was|are|were)n't (?:accurate|true|correct|the case)|(?:is|was|are|were) (?:false|untrue|baseless|"
    r"unfounded|inaccurate|incorrect|fabricated)|"
    r"(?:called|calls|calling|branded|labell?ed) (?:it|this|the reports?|the claims?|them) (?:as )?[\"“‘']?"
    r"(?:false|baseless|untrue|nonsense|a lie|lies|fake news)|"
    r"nothing to do with|did not happen|never happened|" + NEGATED_ACTS
)
# A word before a contradicting phrase that makes it describe something: "… arrive, as the man did, with no proof
# of identity" denies nothing.
DESCRIBING_BEFORE = r"\bwith\s+$"
# A verb that tells the act after it did not happen ("failed to enter orbit", "was unable to land", "did not manage to
# land"): a negation of that act, as "did not enter" is, governing the act, not the trying. "Failed to stop the attack"
# negates the stopping, not the attack. A gerund only after "is" ("sanctions are failing to keep him in line"):
# elsewhere it is a charge or a prospect told of ("accused the council of failing to act", "the prospect of failing
# to find agreement"), no act the sentence tells did not happen.
FAILED_ACT = (r"(?:not|\w+n['’]t|never)\s+manag(?:e|es|ed)\s+to|fail(?:s|ed)?\s+to|"
              r"(?:is|are|was|were|been)\s+failing\s+to|unable\s+to")
# The words of FAILED_ACT before "to" ("failed to reach orbit", "was unable to land", "did not manage to land"): the
# act the clause tells is the verb after "to", its main verb, so "failed to reach orbit" and "reached orbit" tell one
# act, the one the negation denies. Not "managed to", which reads as a feat of its own ("managed to avoid any contact
# with the barrier" would share "avoid" with "needed to finish ahead … to avoid the German clinching the title").
ACT_FRAMES = r"fail(?:s|ed|ing)?|unable|manage"
# Words that negate a predicate ("did not see", "wouldn't have", "never", "no one"); applied
# between word boundaries, so a contraction is matched whole ("n't" alone never starts a word).
NEGATIONS = rf"{FAILED_ACT}|not|\w+n['’]t|never|no one(?!-)|nobody|no longer|no"
# The negations of NEGATIONS that are a determiner before a noun ("no meeting", "no one-on-one meeting"): they tell
# that a thing is not, and dispute only a statement telling that it is or happens.
THING_NEGATIONS = frozenset({"no"})
# The speaker after an inverted saying verb that ends its sentence (", said Rabbi Jo Lee in a statement posted on
# Facebook."): a name, an apposition, then only where or how it was said.
INVERTED_SPEAKER = (r"(?-i:(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)(?:,[^,;:“”\"]*)?"
                    r"(?:\s+(?:in|on|at|to|during|via|through)\b[^;:“”\"]*)?[.!?]?\s*$")
# The verbs of an existential "there is" ("there will be a meeting", "there have been talks"): the thing after them
# is told to be.
EXISTENTIAL_VERBS = (r"is|are|was|were|(?:will|would|may|might|could|should|must)\s+be|"
                     r"(?:has|have|had)\s+been|['’]s")
# A copula telling a state of its subject ("is out of control", "has been completely out of control", "is not in
# danger", "wasn't safe"), negated or not: the state is the first content word after it.
COPULAS = (
    r"(?:is|are|was|were|(?:has|have|had)(?:\s+(?:not|never))?\s+been)(?:\s+(?:not|never))?|"
    r"(?:is|are|was|were)n['’]t|(?:has|have|had)n['’]t\s+been"
)
# A sentence telling what one thing of the story was, a figure or a name ("The final tally was 97-1.", "The death toll
# was 84.", "The gunman was Omar Mateen."): its subject's determiner; the words its subject may not hold, a clause of
# its own ("The man who…", "The one that…") or a word announcing a matter rather than a thing of the story ("The
# question is…", "The thing is…"); its copula; and the words that may come before its figure.
COPULAR_FACT_DETERMINERS = r"the|its|his|her|their"
COPULAR_FACT_NOT_IN_SUBJECT = r"who|whom|whose|which|that|what|if|whether|said|says|thing|point|question|problem|truth"
COPULAR_FACT_VERBS = r"was|were|is|are"
COPULAR_FACT_QUALIFIERS = (r"about|around|nearly|almost|roughly|approximately|more than|fewer than|less than|over|"
                           r"under|at least|at most|just|only|up to")
# Negation words that leave the predicate standing: "almost didn't happen" (it happened), "not the only
# update", "not only … but", "wasted no time", "no fewer than 20".
NOT_NEGATING = (
    r"(?:almost|nearly)\s+(?:\w+n['’]t|not|never)|not (?:only|just|least|long after)|"
    # A failure negated is the act done: "never failed to show up", "did not fail to notice".
    r"(?:\w+n['’]t|not|never)\s+(?:\w+\s+)?fail(?:s|ed|ing)?\s+to|"
    r"(?:\w+n['’]t|not) the only|no (?:time|doubt|sooner|fewer than|less than|more than|later than)"
)
# Verbs telling what someone foretold, vowed or wished on others: a negation in the clause after one ("proclaimed the
# Cubs would never win", "vowed not to resign") is what was foretold, not the statement's own predicate, and disputes
# no claim that it came true or not. No form that is as often an adjective ("a promising start", "threatening
# weather").
FORETELLING_VERBS = (r"proclaim(?:s|ed|ing)?|vow(?:s|ed|ing)?|swore|swear(?:s|ing)?|sworn|predict(?:s|ed|ing)?|"
                     r"prophes(?:y|ies|ied|ying)|foretold|foretell(?:s|ing)?|curse[sd]?|"
                     r"promise[sd]?|pledg(?:e|es|ed|ing)|threaten(?:s|ed)?")
# Where the clause holding a negation opens: punctuation or a word joining a clause ("…, and you are never going to
# win"); its subject is the words from there to the negation.
NEGATED_CLAUSE_OPENING = r"[,;:()“”\"‘]|(?<!\w)['’]|\b(?:and|but|or|that|because|so|if|when|while|whether)\b"
# Subjects of words addressed to someone ("You are never going to win…", "you can't park here"): a curse, a threat or
# advice quoted, no account of what happened.
ADDRESSED_SUBJECTS = r"you|ye|y['’]all"
# A denial verb negated is no denial ("did not deny", "didn't deny").
NEGATED_BEFORE = rf"(?:\b(?:not|never|without|no one|{FAILED_ACT})|n['’]t)\s+(?:\w+\s+)?$"
# Past forms of common verbs without "-ed": a clause with one of them states something ("Ebbers never made the
# decisions, his lawyer said"), so the words after it name its source, not the clause.
PAST_TENSES_WITHOUT_ED = (
    r"made|took|gave|got|found|kept|left|lost|held|sold|paid|won|began|became|brought|bought|built|"
    r"caught|fell|felt|fought|knew|led|meant|met|ran|saw|sent|spent|stood|struck|thought|wrote|drove|"
    r"rose|grew|went|came|broke|hit|shot|cut|threw|spoke|told|said|fled|hid|flew|chose|ate|drank|"
    r"sank|swam|wore|woke|froze|stole|tore|bore|dug|forgot|forgave|hung|lay|lit|rode|shook|slid|"
    r"sought|taught|swore|withdrew|overtook|undertook|beat|bet|let|quit|shut|spread|split"
)
# The past forms of PAST_TENSES_WITHOUT_ED that tell an act (not speech or a state of mind: "said", "thought", "felt"),
# and the past participles without "-ed" of acts: what a relative clause about a name tells happened ("Roe, who fled
# the country, …", "who has quit", "who was shot"), with the verbs in "-ed".
ACT_PAST_TENSES = (
    r"made|took|gave|got|found|kept|left|lost|held|sold|paid|won|began|became|brought|bought|built|caught|fell|fought|"
    r"led|met|ran|sent|spent|struck|wrote|drove|rose|grew|went|came|broke|hit|shot|cut|threw|fled|hid|flew|chose|"
    r"sank|stole|dug|rode|sought|swore|withdrew|overtook|beat|quit|shut|split"
)
ACT_PARTICIPLES_WITHOUT_ED = (
    r"made|taken|given|got|gotten|found|kept|left|lost|held|sold|paid|won|begun|become|brought|bought|built|caught|"
    r"fallen|fought|led|met|run|sent|spent|struck|written|driven|risen|grown|gone|come|broken|hit|shot|cut|thrown|"
    r"fled|hidden|flown|chosen|sunk|stolen|dug|ridden|sought|sworn|withdrawn|beaten|quit|shut|split|put|set|hurt"
)
# "Added" with a noun object and no clause after it tells an act, not speech: "Roe added a 10-yard run late in the
# third quarter", "added two goals". A determiner or a number opens the object; the words up to the clause's end hold
# no "that" and no finite verb ("added the plant would close" reports a clause).
NOUN_OBJECT_AFTER_ADDED = (
    r"(?!\s+(?:a|an|another|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s"
    r"(?:(?!\b(?:that|was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|[a-z]+ed|"
    rf"{PAST_TENSES_WITHOUT_ED})\b)[^,;:.!?\"“”])*(?:[,;:.!?]|$))"
)
# The source vouching for the fact itself.
ASSERT_CUES = (
    r"said|says|say|told|tells|tell|stated|states|confirmed|confirms|confirm|announced|announces|"
    rf"assessed|assesses|estimated|estimates|noted|notes|added{NOUN_OBJECT_AFTER_ADDED}|"
    rf"adds{NOUN_OBJECT_AFTER_ADDED}|warned|warns|revealed|reveals|"
    r"insisted|insists|argued|argues|acknowledged|acknowledges|admitted|admits|wrote|writes|"
    r"explained|explains|believes|believed|testified|concluded|found|showed|shows|show|learned|"
    r"cited|cites|mentioned|revised|suggested|suggests|accused|accuses|blamed|emphasi[sz]ed|stressed|"
    r"reminded|informed|predicted|projected|indicated|pointed out|pointed to|observed|recalled|"
    r"disclosed|declared|maintained|maintains|asserted|asserts|contended|countered|conceded|"
    r"identified|determined|verified|calculated|forecast|expects|expected|described|characterized|"
    r"characterised|insist|insisting|tweeted|posted|briefed|"
    rf"according(?!\s+to\s+(?:the\s+)?(?:{ACCORDING_TO_STANDARDS})\b)"
)
# Verbs by which the writer relays a party's word and keeps from vouching for it ("The militant claims some girls were
# killed", "Roe alleged that the vote was rigged"): unlike "said", the verb itself tells the reader the clause is
# someone's assertion, so a claim's title keeps who made it, as it keeps who denies.
ALLEGING_VERBS = r"claims|claimed|alleges|alleged|purports|purported"
# Verbs of demanding, whose "that" clause may be a subjunctive with no tense ("is insisting that Congress appropriate
# the money", "demanded that he resign"): what someone wants done, no fact.
MANDATIVE_VERBS = (r"insist|insists|insisted|insisting|demand|demands|demanded|demanding|urge|urges|urged|urging|"
                   r"ask|asks|asked|asking|request|requests|requested|requesting|require|requires|required|requiring|"
                   r"recommend|recommends|recommended|recommending|propose|proposes|proposed|proposing")
# Words opening a subordinate clause, which needs a main clause to say anything: "While some members welcomed the
# vote, …", "Though the sea is calm, …".
SUBORDINATORS = r"while|whilst|though|although|even though|whereas|because|since|unless|if|when|once|after|before"
# Words opening a clause or phrase set off by commas, dashes or brackets that tells what the sentence's fact is about
# or what it follows, not the fact: "Roe and Lee – who both play for Vell – boarded the plane", "Roe posted a tweet,
# apparently in response to emails released on Friday", "…, after the club sacked its coach". Not "while", "though",
# "whereas": a contrast tells a second fact ("Vell rose 5%, while Tarn fell 3%").
SIDE_CLAUSE_OPENERS = (r"who|whom|whose|which|where|after|because|since|despite|amid|following|in response to|"
                       r"in reaction to|in retaliation for|in the wake of|because of|due to")
# Adverbs that may come before such an opener: ", apparently in response to …", ", shortly after …", and a span of
# time: ", a day after …", ", hours after …".
SIDE_CLAUSE_HEDGES = (r"apparently|reportedly|allegedly|possibly|probably|perhaps|likely|seemingly|presumably|just|"
                      r"shortly|soon|even|only|largely|partly|mainly|"
                      r"(?:(?:a|one|two|three|four|five|several|a few|just|only)\s+)?"
                      r"(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)")
# Verbs of going on with what one said, reporting only with "that" and a clause: "Roe continued that the rings…".
CONTINUING_VERBS = r"continued|continues"
# Verbs of saying that close a speaker's quotation to say who spoke: a claim's title cuts them with the words naming
# the speaker, as it cuts "said" ("“… what the president has said,” she concluded", "…, the speaker continued").
# In lower case, so that the "States" of a name is none.
# Not the forms that are also plural nouns ("his earlier remarks", "the replies", "product recalls").
CLOSING_SAYING_VERBS = (r"argues|insists|warns|explains|concluded|concludes|continued|continues|recalled|replied|"
                        r"responded|responds|acknowledged|acknowledges|admitted|admits|conceded|concedes|observed|"
                        r"observes|remarked|stressed|emphasized|emphasizes|emphasised|emphasises|tweeted")
# Words that open a clause's subject and not a noun phrase after "that": "that the rings…", "that they…".
CLAUSE_SUBJECT_OPENERS = r"the|a|an|he|she|it|they|we|i|you|there|this|these|those|his|her|its|their|our"
# Asking, and the words that open what is asked: "Roe asked Lee whether Acme would close the plant" reports a
# question, which asserts nothing. In a clause of its own ("When Lee asked whether…, Roe said", "a boy who stared at
# it and asked who…", "…, asking Roe why…", "Acme shut the plant, and many wonder why") the asking is beside the
# sentence's statement.
ASK_VERBS = r"asked|asks|asking|wondered|wonders|wondering|inquired|enquired"
QUESTION_OPENERS = r"whether|if|why|how|what|who|whom|which|when|where"
ASIDE_BEFORE_ASKING = (r"^\W*$|\b(?:when|if|after|before|once|as|upon|while|who|whom|which|whose)\b[^,;]*$|[,;]\s*$|"
                       r"[,;]\s*(?:and|but|yet|so)\b[^,;]*$")
# A clause of its own after the question: "Many wonder why X, but Y is true" still states Y.
CLAUSE_AFTER_QUESTION = r"[,;]\s+(?:but|and|yet|while|so|although|though)\b"
# Words that mark a line as a credit of the article's reporting, not news: "AP contributed to this report",
# "Reporting by Jo Roe; editing by Lee Doe".
CREDIT_LINES = (
    r"\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)|\bcontributed reporting\b|"
    r"^\W*(?:additional )?(?:reporting|writing|editing) by\b|;\s*(?:editing|writing) by\b"
)
# What a web page shows beside its text: a sentence pointing at one is page furniture, not news.
PAGE_ELEMENTS = (r"photos?|photographs?|pictures?|images?|videos?|clips?|footage|tweets?|posts?|slideshows?|"
                 r"galler(?:y|ies)|charts?|graphics?|maps?|trailers?")
# Sentences pointing at the page's elements: "Below are some of the photos…", "Here's a slideshow of images…", "See
# more photos", "Watch the video above", "Scroll down for video".
PAGE_POINTERS = (rf"^\W*(?:below|above|here)(?:['’]s|\s+(?:is|are))\s+(?:[\w'’-]+\s+){{0,4}}?(?:{PAGE_ELEMENTS})\b|"
                 rf"^\W*(?:watch|see|view|scroll|check\s+out)\b(?=.*\b(?:{PAGE_ELEMENTS}|below|above|here|more)\b)")
# The bodies that speak for a country's government: "its foreign ministry said", "the country's defence ministry",
# "the German foreign ministry", "Japan's Ministry of Defense". The country is then the source, as in "Russia denied…".
GOVERNMENT_BODIES = (
    r"(?:(?:foreign|defen[cs]e|interior|home|justice|finance|economy|health|security|emergencies|emergency|"
    r"transport|information|trade|education|energy|environment|agriculture)\s+)?(?:ministry|ministries)|"
    r"ministry of [a-z]+(?: affairs)?|government|authorities|officials|embassy|cabinet|presidency|foreign office|"
    r"state department"
)
# Words that stand for the country a sentence is about, owning such a body: "its", "the country's".
COUNTRY_OWNERS = r"its|the country['’]s|the nation['’]s"
# Verbs of saying that close a sentence after its statement and its source: "Acme will close the plant in May, Jo Roe
# said on Monday." The words between the last comma and the verb are the source, whatever cue the statement holds.
TRAILING_ATTRIBUTION_VERBS = (
    r"said|says|told|tells|added|adds|wrote|writes|stated|states|announced|confirmed|explained|noted|tweeted|"
    r"insisted|warned|reported|reports"
)

# Frames that tell an act as expected, planned or about to happen, not as done ("Congress is set to vote to override
# the veto", "is expected to sign", "plans to appeal"): such a statement tells no act that happened, so it never
# shares a claim with one telling that act in a past tense ("the Senate voted to override").
FORECAST_FRAMES = (r"(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:also|now|still|widely|largely|not)\s+)?"
                   r"(?:set|expected|poised|likely|scheduled|slated|planning|preparing|about|going)\s+to|"
                   r"plans?\s+to|intends?\s+to")
# Participles that tell a plan in a past tense ("the vote was scheduled for Thursday", "was set for"): no act done.
PLAN_PARTICIPLES = r"scheduled|expected|planned|slated|set|due|poised|proposed|intended"
# Modals that make a proposition of their verb: a possibility ("The verdict can be appealed", "may close") and an
# intention ("he would appeal", "plans to close") of one act are two claims, not one told twice.
POSSIBILITY_MODALS = r"can|could|may|might|cannot|can['’]t|couldn['’]t"
INTENTION_MODALS = (
    r"will|would|shall|won['’]t|wouldn['’]t|['’]ll|(?:plans?|planned|planning|intends?|intended|intending|vows?|vowed|"
    r"pledged|pledges|promised|promises|is going|are going|was going|were going|wants?|wanted|decided|decides)\s+to"
)
# Words between a modal and its verb: "can be appealed", "would not immediately appeal", "will also be appealed".
MODAL_FILLERS = r"have|not|also|still|now|then|soon|never|only|later|immediately|probably|likely|yet"
# Plurals in "-es" whose singular the regular rules do not give ("buses" is no "buse", "crises" no "crise").
PLURALS_IN_ES = {
    "buses": "bus", "viruses": "virus", "campuses": "campus", "bonuses": "bonus", "statuses": "status",
    "censuses": "census", "surpluses": "surplus", "crises": "crisis", "analyses": "analysis", "theses": "thesis",
    "diagnoses": "diagnosis", "hypotheses": "hypothesis", "oases": "oasis", "gases": "gas",
}
# Nouns written the same in the singular and the plural: "a best-of-seven series" is no "sery", "the news" no "new".
SAME_IN_PLURAL = frozenset({"series", "species", "news", "means", "headquarters", "barracks", "crossroads",
                            "whereabouts"})
# What a figure counts, from the word that follows or governs it: "12 people were killed"
# counts the killed, "249 injured" the injured. Each word → the name the counts share.
COUNTED_EVENTS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "lives": "killed", "bodies": "killed", "perished": "killed", "slain": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "hospitalised": "injured", "hospitalized": "injured", "casualties": "casualties",
    "missing": "missing", "unaccounted": "missing", "arrested": "arrested", "detained": "arrested",
    "arrests": "arrested", "evacuated": "evacuated", "displaced": "displaced", "homeless": "displaced",
    "rescued": "rescued", "destroyed": "destroyed", "damaged": "damaged", "affected": "affected",
    "exposed": "affected", "compromised": "affected", "impacted": "affected",
}
# How a reader searches for a claim counting such an event, when the statements write "killed 59 people": the claim
# page is found by these words too ("death toll"). Keyed by COUNTED_EVENTS' names.
COUNT_SEARCH_WORDS = {
    "killed": "death toll", "injured": "injuries", "casualties": "casualty toll", "missing": "missing people",
    "arrested": "arrests", "evacuated": "evacuations", "displaced": "displaced people",
}
# The counts of the people an event befell that outlets tell of the whole story: the dead, the injured, the missing.
# Told apart in different claims, they are one count told two ways (``claims.counts_told_apart``).
STORY_COUNTS = frozenset({"killed", "injured", "missing"})
# "exposing her breast to 90 million viewers": a count after "exposed … to" is whom a thing was shown to, not the
# people exposed. Not after "the number of": "the number of Americans whose data was exposed to 145.5 million" is
# the number raised to that count.
SHOWN_TO_BEFORE = r"^(?!.*\bnumber\s+of\b).*?\bexpos(?:ed|es|ing)\b[^,;:.()]*\bto\s*$"
# A count of the people an event reached rather than hurt (a breach's, a recall's, an outage's): a count of people
# or of a kind of customer in a clause telling they were affected ("may have affected 143 million consumers", "the
# data of 143 million people was exposed"), counted as people affected, whatever the noun. Two articles giving near
# the same such count tell one fact (``claims._join_affected_counts``).
AFFECTED_WORDS = r"affected|exposed|compromised|impacted"
AFFECTED_PEOPLE_UNITS = frozenset({"people", "person", "consumer", "customer", "user", "subscriber", "citizen",
                                   "resident", "account holder", "policyholder", "patient", "member"})
# Words that make a count of people a part of the story's count or another one: by how badly ("four seriously
# injured", "20 others slightly hurt"), by where they are ("taken to hospital", "still trapped"), or as a share of
# others ("among", "including", "of whom").
COUNT_PART_WORDS = frozenset({
    "serious", "seriously", "critical", "critically", "severe", "severely", "minor", "slightly", "lightly",
    "life-threatening", "hospital", "hospitals", "hospitalised", "hospitalized", "treated", "treating", "trapped",
    "among", "including", "whom", "remain", "remains", "still",
})
# What opens an aside naming a part of the people a count is of, set off by commas after its noun ("84 people,
# including 10 children, were killed"): the count is still of what happened to all of them.
COUNT_PART_ASIDE_OPENERS = r"including|among\s+them"
# What says a count of people is a part of an event's count, after its noun ("more than 10 children were among the
# dead"): a count of that kind of people, as "10 Americans killed" is, not the toll itself.
COUNT_PART_AFTER = r"(?:\s+[\w'’-]+){1,3}?\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the|those)\b"
# Counts that grow as a story unfolds: a later, higher figure is an update, not a rival.
GROWING_COUNTS = frozenset({"killed", "injured", "casualties", "missing", "arrested", "evacuated", "displaced",
                            "rescued", "destroyed", "damaged", "affected"})
# Words that name a running count in the sentence ("the death toll rose to 12"), or a quote
# of a market that moves by the minute ("trading at 105.28 yen", "to close at 11,488 points").
RUNNING_COUNT_WORDS = (r"toll|tally|count|so far|rose to|risen to|climbed to|has reached|now stands|"
                       r"(?:increased|raised|revised|updated) (?:its|their|the) estimates?|"
                       r"(?:trading|traded|trade|trades|close|closed|closing|opened|settled|stood) at")

# Units of time and of the spans a contest or an office is counted in. A figure of them is a
# duration ("in his two seasons in the sport", "six laps later") or, after the noun, an ordinal
# ("on lap 13"): never a count of what happened, and never a rival of another such figure
# (Verstappen's two seasons and Massa's eight are facts of two people).
TIME_UNITS = frozenset({"century", "decade", "year", "month", "fortnight", "week", "weekend", "day", "night",
                        "hour", "minute", "second", "season", "lap", "term", "round", "inning", "innings",
                        "game", "out"})
# Parts counted in a compound describing what they make up: "the seven-member group", "a five-man crew", "a 40-page
# report", "a 100-bed hospital". The figure tells the size of that group or thing, not a count of such parts in the
# story ("two members of the group"); and "a 450-pound gorilla" weighs, it costs nothing.
PART_UNITS = frozenset({"member", "man", "woman", "person", "judge", "seat", "page", "bed", "room", "storey", "story",
                        "car", "carriage", "vehicle", "lane", "pound"})
# A number of pounds written without "£" is money only where the sentence says so, and a weight or a force only where
# it says that; else it may be either ("5.1 million pounds" on its own), a unit of its own compared with neither.
# Before the number, what makes them a weight: a weighing verb, a relative clause sizing a thing ("a bear that's over
# 400 pounds"), lifting or hauling, a payload or a thrust ("the payload -- 119,000 pounds").
WEIGHT_BEFORE = (r"\b(?:weigh(?:s|ed|ing)?|tipp(?:ed|ing|s)\s+the\s+scales\s+at|"
                 r"(?:that|which|who)(?:['’]s|\s+(?:is|was|are|were))|"
                 r"(?:lift|lifts|lifted|lifting|haul|hauls|hauled|hauling)(?:\s+(?:up|of))?|"
                 r"(?:payload|thrust)(?:\s+(?:of|is|was))?)[\s,:–—-]*$")
# Before the number, what makes them money: a price, a cost, a payment, a fine ("cost the council 400 pounds", "a fine
# of 400 pounds").
MONEY_BEFORE = (r"\b(?:costs?|costing|paid|pay|pays|paying|price[ds]?|worth|budgets?|budgeted|fines?|fined|spent|"
                r"spends?|spending|fees?|ransom|compensation|salary|wages?|bought\s+for|sold\s+for|raised|donated|"
                r"invested|awarded)\b(?:\s+[\w'’-]+){0,3}?\s*$")
# Right after the word "pounds", what makes them a weight: a conversion to a metric weight or force ("140,000 pounds
# (63,500kg)", "5.1 million pounds or 2,300 metric tons") or what is weighed ("pounds of liftoff thrust", "pounds of
# cargo").
WEIGHED_THINGS = (r"thrust|force|weight|cargo|payload|freight|debris|fuel|propellant|gear|equipment|supplies|food|"
                  r"explosives?|tnt|bombs?|drugs|cocaine|heroin|marijuana|cannabis|meat|fish|waste|rubbish|garbage|trash")
POUNDS_WEIGHT_AFTER = (r"-force\b|\s*(?:[(,–—]|or\b|--)\s*(?:or\s+)?"
                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[\d,.]+\s*(?:million\s+|thousand\s+)?(?:kgs?|kilo(?:gram(?:me)?)?s?|(?:metric\s+)?tons?|tonnes?|"
                       r"kn|kilonewtons?|newtons?)\b|"
                       rf"\s+(?:of\s+)?(?:[a-z-]+\s+)?(?:{WEIGHED_THINGS})\b")
# Right after the word "pounds", what makes them money: sterling, a conversion to another currency ("182 pounds
# ($282)") or money named ("pounds of taxpayers' money").
MONEY_THINGS = (r"money|cash|funding|funds|investment|aid|debts?|revenue|profits?|losses|savings|spending|taxes|"
                r"compensation|damages|wages|salary")
POUNDS_STERLING_AFTER = r"\s*(?:sterling|stg)\b"
POUNDS_MONEY_AFTER = (r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
                      r"(?:US|A|C|NZ)?[$€¥]|"
                      rf"\s+(?:of|in)\s+(?:[\w'’-]+\s+)?(?:{MONEY_THINGS})\b")
# The nations whose money is pounds, by the adjective written before "pounds", and each one's currency: "1 million
# Egyptian pounds" are no pounds sterling. Another capitalised word before them leaves their currency unknown.
POUND_CURRENCIES = {
    "British": "GBP", "Sterling": "GBP", "Egyptian": "EGP", "Lebanese": "LBP", "Syrian": "SYP", "Sudanese": "SDG",
    "South Sudanese": "SSP", "Falkland": "FKP", "Falklands": "FKP", "Gibraltar": "GIP", "Irish": "IEP",
    "Cypriot": "CYP", "Maltese": "MTL",
}  # fmt: skip
# The names and adjectives of the nations whose money is pounds today: an article naming one of them and no other
# gives plain "pounds" of money in its currency ("fined 30,000 pounds" in a story of Egypt: ``EGP``).
POUND_COUNTRIES = {
    "Britain": "GBP", "Great Britain": "GBP", "UK": "GBP", "U.K.": "GBP", "United Kingdom": "GBP", "England": "GBP",
    "Scotland": "GBP", "Wales": "GBP", "Northern Ireland": "GBP", "British": "GBP",
    "Egypt": "EGP", "Egyptian": "EGP", "Egyptians": "EGP", "Lebanon": "LBP", "Lebanese": "LBP", "Syria": "SYP",
    "Syrian": "SYP", "Syrians": "SYP", "Sudan": "SDG", "Sudanese": "SDG", "South Sudan": "SSP", "South Sudanese": "SSP",
    "Falkland Islands": "FKP", "Falklands": "FKP", "Gibraltar": "GIP",
}  # fmt: skip
# Prepositions after a counted noun that say what the things counted are for or where they go: "two missions to Mars"
# and "two missions to the lunar far side" are four missions, however alike the rest of the two sentences.
COUNTED_OBJECT_PREPOSITIONS = frozenset("to toward towards into onto against".split())
# Speeds written after a number, each with the unit it is: "30 km/h" is no distance.
SPEED_UNITS = {r"km\s?/\s?h|kmh|kph|kilomet(?:er|re)s\s+(?:per|an)\s+hour": "km/h",
               r"mph|miles\s+(?:per|an)\s+hour": "mph"}
# Lengths, each spelling (singular, abbreviated or not) → the one name figures compare by: "30cm" and "30 centimetres",
# "40 metres" and "a 40-metre-deep well", "130ft" and "131 feet" are one unit each.
LENGTH_UNITS = {
    "metre": "meter", "meter": "meter", "cm": "centimeter", "centimetre": "centimeter",
    "centimeter": "centimeter", "mm": "millimeter", "millimetre": "millimeter", "millimeter": "millimeter",
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometer": "kilometer",
    "ft": "feet", "foot": "feet", "feet": "feet", "inch": "inch", "mi": "mile", "mile": "mile",
    "yd": "yard", "yard": "yard",
}  # fmt: skip
# Measures written as a compound adjective before the noun they size, a space for its hyphen ("a 40-60 hour program",
# "a 10 mile race"): the measure is the unit, as in "a 40-hour program".
MEASURE_COMPOUND_UNITS = frozenset({"century", "decade", "year", "month", "week", "day", "night", "hour", "minute",
                                    "second", *(length for length in LENGTH_UNITS if length != "mi")})
# Words after such a measure that make it no compound: "a 3 day old calf" is an age, "2 hour later" a time.
MEASURE_COMPOUND_NOT_BEFORE = r"old|olds|ago|later|earlier|long|away"
# Words right after a length that make it a distance from a place ("landed about 730 miles off the coast", "140 miles
# away", "20 miles from the city"), not how far something went ("travelled 1,677 miles"): another quantity.
DISTANCE_FROM_AFTER = r"off|from|away"
# Stop words that are nouns after a determiner or an owner ("the dry well", "its well"; not "as well", "did well"):
# what a figure measures there, as any noun may be.
STOP_WORDS_AS_NOUNS = frozenset({"well"})

# An area or a volume is a length's square or cube, named before it: "800 square metres", "an 800-square-foot flat",
# "1,200 sq m", "5 cubic metres". Each spelling → the word the unit is named with ("square meter", "cubic feet").
AREA_POWERS = {"square": "square", "sq": "square", "cubic": "cubic", "cu": "cubic"}
# What a length measures, written after its unit: "40 metres deep", "a 40-metre-deep well", "130-foot-tall".
LENGTH_DIMENSIONS = frozenset({"deep", "wide", "long", "high", "tall", "thick", "across", "diameter"})
# A number glued to "m" is a length, not millions, only where the words around it measure something: a dimension
# after it ("80m-deep", "2m high", "13m down", "49m above", "5m in diameter"), a thing measured by its depth or
# height after it ("the 40m dry well"), or a dimension named before it ("a depth of 40m", "measuring 40m"). Else it
# is millions ("5m people", "60m hurdles" are not compared).
GLUED_METRES_AFTER = (rf"(?:-|\s+)(?:{'|'.join(sorted(LENGTH_DIMENSIONS))}|down|below|above|underground)\b|"
                      r"\s+in\s+(?:diameter|depth|height|length|width)\b|"
                      r"\s+(?:[a-z]+\s+)?(?:well|shaft|hole|pit|tunnel|trench|crater|chute|cliff|wall|tower|mast)\b")
GLUED_METRES_BEFORE = r"\b(?:(?:depth|height|length|width|diameter|distance)\s+of|measur(?:es|ed|ing))\s*$"
# A count written as an addition to one told before is of another group: "850 soldiers, with another 1,000 troops
# from partner countries" tells of 850 and of 1,000 others, as "1,000 other troops" would.
# A count told as a running total of what the sentence counted before it: "an additional 2.5 million Americans may
# have been affected, bringing the total to 145.5 million people" counts the affected, 145.5 million so far.
TOTAL_SO_FAR_BEFORE = (r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised)\s+(?:the|its|their)\s+"
                       r"total\s+to\s*$")
ADDED_COUNT_BEFORE = r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s*$"
# Numbers listed after "ages"/"aged" are ages, not counts: "her sons, ages 7 and 12".
AGES_BEFORE = r"\b(?:ages?|aged)(?:\s+\d{1,3}(?:\s*,|\s+and|\s*(?:to|-|–)))*\s*$"
# A time of day is a figure of the event it is told for: "landed at 10:15 a.m.", "took off at 22:15". Each event's
# words (a regular expression, lower case) → the name the times share, a noun. Arriving and landing are one event, as
# are leaving and taking off; a time told for no such word is no figure.
CLOCK_EVENTS = {
    "arrival": r"land(?:ed|s|ing)|(?:(?<=to\s)|(?<=will\s)|(?<=would\s))land|touch(?:ed|es|ing)?\s+down|"
               r"arriv(?:ed|es|e|ing|al)",
    # Not the side ("the left-field stands") nor what remains ("were left trapped", "left 12 dead", "14:05 left").
    "departure": r"took\s+off|takes?\s+off|taking\s+off|take-?off|depart(?:ed|s|ing|ure)?|"
                 r"(?<!the\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!be\s)(?<!\d\s)left(?![-\w])(?!\s+\d)|"
                 r"(?<!on\s)leaves?|leaving",
    "launch": r"launch(?:ed|es|ing)?|lift(?:ed|s)?\s+off|lift-?off|blast(?:ed|s)?\s+off",
    "strike": r"struck|strikes|jolted",
    "explosion": r"explod(?:ed|es)|explosion|detonated",
    "shooting": r"opened\s+fire",
    "start": r"began|begins|started|starts",
    "end": r"ended|ends|finished",
    "death": r"died|pronounced\s+dead",
}  # fmt: skip
# In a time's clause, what makes it a time planned, not a time the event happened: "was scheduled to take off at 11:55
# p.m." and "took off at 12:05 a.m." are no rivals, nor "the launch window opens at 1:30 p.m.".
CLOCK_SCHEDULED_BEFORE = r"\b(?:scheduled|due|expected|set|planned|supposed|slated|meant|timetabled|window)\b"
# Time zones written after a time: a time in one is no rival of a time in another ("10:15 GMT", "5:15 a.m. ET"). A
# time written with none, or as "local time", is the place's own.
CLOCK_ZONES = ("gmt|utc|bst|cet|cest|eet|est|edt|et|cst|cdt|ct|mst|mdt|mt|pst|pdt|pt|hst|akst|aest|aedt|jst|kst|ist|"
               "nzdt|nzst")
# Words before a time that widen it, each → (normalised qualifier, minutes before, minutes after; None: unbounded):
# "about 10 p.m." is within half an hour of it, "shortly after 10 p.m." within the half hour after.
CLOCK_QUALIFIERS = {
    "about": ("about", 30, 30), "around": ("about", 30, 30), "approximately": ("about", 30, 30),
    "roughly": ("about", 30, 30), "some time around": ("about", 30, 30),
    "shortly after": ("after", 0, 30), "just after": ("after", 0, 30), "soon after": ("after", 0, 30),
    "shortly before": ("before", 30, 0), "just before": ("before", 30, 0), "after": ("after", 0, None),
    "before": ("before", None, 0), "by": ("before", None, 0),
}
# Words right after a figure's noun that say which of them it counts: per head ("1 million pounds each") or in
# which direction ("735 miles east of Cape Erimo", "155 miles west of Hokkaido"). Figures that differ in them
# are no rivals.
FIGURE_SCOPE_AFTER = frozenset({"each", "apiece", "north", "south", "east", "west", "northeast", "northwest",
                                "southeast", "southwest", "inland", "offshore"})
# Words before a capitalised word that end a phrase of their own: "the orbit of Mars 140 miles away", "the Sea of
# Japan 125 miles west": the number after the name opens a new phrase. Elsewhere a number right after a capitalised
# word names a model or a mission ("a Boeing 737", "the Apollo 11 pad"), which counts nothing.
PHRASE_BEFORE_NAME = r"of|in|to|from|at|on|by|near|for|with|than|over|into|off|across|past|and|or|between|beyond"
# News style spells out the counts below this ("nine bodies", not "9 bodies"): a lone digit right after a capitalised
# word is the name's number ("Pixel 2 users", "the Vell 3 phones"), whatever word comes before or after the name.
SPELLED_OUT_BELOW = 10
# Nouns a number follows as an ordinal: "on lap 13", "in round 3", "day 2 of the trial". Not
# "game" or "season": "ending his season two games short", "the Cleveland game two weeks ago".
ORDINAL_NOUNS = r"lap|round|stage|leg|heat|hole|day|week|inning|innings|episode|phase|gate|floor"
# A numbered stage of a contest an event is told to have happened in: "suspended on lap 20", "in the 28th lap", "Lap 29
# Drivers are left furious as …" (a race's timeline), or how many stages were done when it happened ("halted after 20
# of 71 scheduled laps", "with 21 of 71 laps completed"). Outlets telling one event at two stages disagree
# (``claims.positions_told_apart``).
POSITION_NOUNS = r"lap|inning"
# The events whose stage is compared, each → (its words, a regular expression in lower case; whether it befalls one
# person): a crash is one driver's, compared only where one person is named; a stoppage is the whole contest's, so a
# plain "stopped" or "delay" is one only with the contest named ("the race was stopped", "stops the race", "a rain
# delay"), not a driver's pit stop ("Roe stopped on lap 30 for new tyres").
POSITION_EVENTS = {
    "stoppage": (r"halt(?:ed|s)?|suspend(?:ed|s)?|stoppage|red[- ]flag(?:ged|s)?"
                 r"|(?:race|prix|game|match)\s+(?:was|is|had\s+been|has\s+been)\s+(?:stopped|delayed)"
                 r"|stop(?:ped|s)?\s+the\s+(?:race|game|match)|(?:lengthy|long|rain|weather)\s+delay", False),
    "crash": (r"crash(?:ed|es)?|smash(?:ed|es)?|shunt|collided|collision", True),
}
# Words of the event's clause telling which time it happened: "for a second time", "another red flag", "stopped
# again" (a later time, read as the second); unmarked, it is read as the first.
POSITION_OCCURRENCES = {"first": 1, "second": 2, "another": 2, "again": 2, "third": 3, "fourth": 4}
# Units a contest is scored in: a figure of them beside a margin word is the difference
# between two contestants ("19 points clear of Hamilton", "won by 12 votes"), not a total.
SCORE_UNITS = frozenset({"point", "second", "vote", "goal", "run", "stroke", "length", "shot", "seat", "wicket",
                         "percentage points", "percent"})
# Margin words after a score: "19 points clear", "12-point lead", "3.1 seconds ahead".
MARGIN_AFTER_SCORE = r"clear|ahead|behind|adrift|lead|margin|gap|advantage|deficit|edge|cushion|swing"
# A difference after any figure: "seven points more than Hamilton", "50 fewer than last year".
DIFFERENCE_AFTER = r"(?:more|fewer|less|higher|lower|greater|smaller)\s+than"
# A change named before a score, a share or a sum: "the Dow gained 45.4 points", "ended the day
# up 0.7%", "profits jumped 76%". It is the difference between two levels, not a level.
CHANGE_BEFORE = (r"\b(?:gain(?:s|ed|ing)?|rose|rises|rising|risen|fell|falls?|falling|fallen|drop(?:s|ped|ping)?|"
                 r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?|slump(?:s|ed|ing)?|surg(?:es|ed|ing)|"
                 r"declin(?:es|ed|ing)|plung(?:es|ed|ing)|tumbl(?:es|ed|ing)|soar(?:s|ed|ing)?|"
                 r"increas(?:es|ed|ing)|decreas(?:es|ed|ing)|up|down)(?:\s+by)?")
# A score line after the figure is no margin: "leads Trump by 46 percent to 42 percent".
SCORE_LINE_AFTER = r"(?:\s*%|\s+[a-z]+){0,2}\s+to\s+\d"
# The nouns a score names a game by: "Arizona's 26-24 victory over the Seattle Seahawks", "after a 3-1 home defeat at
# Vell". Which game, as a date tells which day: no fact told of it.
GAME_RESULTS = (r"wins?|victory|victories|defeats?|loss|losses|draws?|ties?|triumphs?|routs?|thrashings?|drubbings?|"
                r"upsets?|comebacks?|shutouts?|games?|matche?s?|contests?")
# Words after a number and "times" (or "-fold") that make it a ratio or a rate, not how many times something happened
# ("stabbed 12 times"): "ten times as fast as", "hundreds of times faster", "three times the speed of", "five times its
# size", "nine times out of ten"; "three times a week", "twice per day". Neither is a count of the story.
COMPARATIVES = (r"more|less|fewer|faster|slower|quicker|larger|bigger|smaller|higher|lower|greater|longer|shorter|"
                r"wider|narrower|deeper|heavier|lighter|stronger|weaker|brighter|hotter|colder|warmer|cooler|"
                r"cheaper|louder|thicker|thinner|richer|poorer|denser|harder|softer|safer|riskier|likelier|costlier|"
                r"taller|older|younger|better|worse|further|farther|oversubscribed")
# What a share measures, written after it: a comparison ("14 per cent larger", "30 percent more likely") or a part of a
# whole ("40 percent of voters"). Shares of different things are never compared: the moon "14 per cent larger" and "30
# per cent brighter" are two facts, not two outlets' figures for one. Comparatives of one meaning are one.
SHARE_COMPARED = rf"\s+(?P<compared>(?:more|less)\s+[a-z]+|(?:{COMPARATIVES}))\b"
SHARE_OF = r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<whole>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
SAME_COMPARATIVES = {"bigger": "larger"}
TIMES_MULTIPLIED = (rf"(?:{COMPARATIVES})\b|as\s+(?!(?:a|an|the|his|her|their|its|my|our|your|part|well)\b)[a-z]+\b|"
                    r"the\s+(?!(?:first|last|next|same|previous|following|day|night|week|month|year)\b)|"
                    r"(?:its|their|his|her|our|what|that\s+of|out\s+of|of)\b")
TIMES_FREQUENCY = (rf"(?:a|an|per|each|every)\s+(?:{'|'.join(sorted(TIME_UNITS))})\b|"
                   r"(?:hourly|daily|nightly|weekly|monthly|yearly|annually)\b")
RATE_OR_RATIO_AFTER = rf"[\s-]*(?:of\s+)?(?:fold\b|times?\s+(?:{TIMES_MULTIPLIED}|{TIMES_FREQUENCY}))"
# A sum of money paid or earned per span of time, named after it: "$50,000 a year", "$20 per hour". The rate is part of
# the sum's unit ("USD a year"): a yearly sum is no rival of a one-off one. Not when the span dates the sum ("$5
# million a year ago", "a year earlier").
MONEY_RATES = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month", "year": "a year",
               "annum": "a year"}
MONEY_RATE_AFTER = (rf"\s+(?:a|an|per|each|every)\s+(?P<period>{'|'.join(MONEY_RATES)})\b"
                    r"(?!\s+(?:ago|earlier|later|before|after|prior|since|old)\b)")
# A margin named before the figure: "leads by 19", "trails Rosberg by 19 points", "the gap
# between them to just 12 points", "a lead of 3 seconds".
MARGIN_BEFORE = (r"\b(?:lead|leads|leading|led|trail|trails|trailing|trailed|won|wins|win|beat|beats|"
                 r"lost|loses|lose|ahead|behind)\b[^,;.]{0,40}?\bby|"
                 r"\b(?:lead|gap|margin|deficit|advantage|cushion)\b[^,;.]{0,60}?\b(?:of|to|at)(?:\s+(?:just|only))?")

# Present-tense verbs of what a government does, beside the cue verbs above: "Moscow wants…",
# "Beijing plans…" (claims: a capital as the subject of one stands for its country).
ACTING_VERBS = (
    r"wants|plans|hopes|fears|accuses|blames|rejects|refuses|threatens|demands|agrees|sends|deploys|"
    r"supports|backs|opposes|condemns|welcomes|urges|calls|seeks|offers|imposes|recognises|recognizes"
)

# Happenings that undo each other: two statements of one thing, one telling each, tell opposite facts ("contact
# was lost" / "contact was re-established"), never the same one. As words; claims compares their stems.
OPPOSITE_EVENTS = (
    ("lose", "regain"), ("lose", "restore"), ("lose", "re-establish"), ("lose", "recover"),
    ("open", "close"), ("reopen", "close"), ("increase", "decrease"), ("arrest", "release"), ("approve", "reject"),
    ("accept", "reject"), ("succeed", "fail"), ("convict", "acquit"),
)

# States of one thing that cannot hold at once: two outlets telling one each of the same thing on the same day
# disagree ("the A42 is expected to remain closed on Wednesday" / "engineers cleared it to reopen … on Wednesday");
# on two days the later is news ("closed on Tuesday, reopened on Wednesday"). As words; claims compares their stems.
OPPOSITE_STATES = (
    ("closed", "open"), ("closed", "reopened"), ("shut", "open"), ("shut", "reopened"), ("alive", "dead"),
    ("arrested", "released"), ("detained", "released"),
)
# What a state word follows where the clause tells it of its subject: a verb of being or staying, or its "to" ("is
# expected to remain closed", "was open", "cleared it to reopen", "have been released"); not "has opened fire".
STATE_BEFORE = (r"\b(?:is|are|was|were|be|been|being|remains?|remained|remaining|stays?|stayed|staying|to)\s+"
                r"(?:[a-z]+ly\s+)?$")
# What may follow a state word told of its subject: an adverbial or the clause's end, not an object ("to open fire",
# "released a statement").
STATE_AFTER = (r"\s*(?:$|[,;:.!?)—–-]|\b(?:on|in|at|by|for|from|until|till|after|before|since|as|while|when|and|"
               r"but|again|indefinitely|[a-z]+ly)\b)")
# Words of a time within a day or of a span: "closed for several hours on Wednesday" and "reopened on Wednesday" may
# both be so.
PART_OF_DAY = (r"\b(?:morning|afternoon|evening|night|tonight|noon|midday|midnight|overnight|hours?|minutes?|"
               r"a\.?m\b|p\.?m\b|\d{1,2}[:.]\d{2}|later|earlier|briefly|temporarily)")
# Where the clause a state word is told in ends: its punctuation, or a clause of its own.
STATE_CLAUSE_END = r"[,;:()]|\s[—–-]\s|\b(?:but|as|while|although|though|whereas|and then|then)\b"

# A salutation opening a letter, a message or a speech, after its opening quotation mark ("“Dear Vell residents, the
# driver …", "My fellow citizens, …"): whom it is addressed to, no part of what it tells (group "mark" the mark).
SALUTATION = (r"(?P<mark>\W*)(?:(?:my|our)\s+)?(?:dear|fellow)\s+[\w'’ -]{1,40}?,\s+(?=\w)")

# A clause whose subject is a plural demonstrative or a relative pronoun before its verb ("Which is where the chip
# comes in", "These aren't the only updates"): what it tells is the earlier sentence's, unknown here.
ANAPHORIC_OPENING = (r"\W*(?:(?:and|but|so)\s+)?(?:which|these|those)\s+"
                     r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|isn['’]t|aren['’]t|wasn['’]t|"
                     r"weren['’]t|hasn['’]t|haven['’]t|won['’]t|means?|meant|comes?|came)\b")

# An inquiry into an open question ("police are investigating whether the driver fell asleep", "probing whether…"):
# that it is asked, not that it is so.
INQUIRY_WHETHER = (r"\b(?:investigat|prob|examin)(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,2}?(?:whether|if)\b|"
                   r"\blook(?:s|ed|ing)?\s+into\s+(?:whether|if)\b")
# Open questions of the same kind, in a statement's main clause: one opening on a thing said not to be known ("It was
# unclear if other passengers were with her", "It is still not known how he got on board"), one whose main verb asks
# ("Senator Jo Roe asked whether the savings were part of the budget"; not "Asked if…, Roe replied", not "wondered
# if", which tells a suspicion).
NOT_KNOWN_OPENING = (r"\W*(?:(?:and|but|so)\s+)?(?:it|that)\s*(?:is|was|remains|remained|['’]s)\s+(?:still\s+|also\s+)?"
                     r"(?:unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:clear|known))\s+(?:[\w'’-]+\s+){0,2}?"
                     r"(?:whether|if|how|why|what|who|whom|when|where|which)\b")
ASKED_WHETHER = r"\b(?:asked|asks)\s+(?:[\w'’-]+\s+){0,2}?(?:whether|if)\b"
# The words saying so, which are no terms of such a statement: two open questions share that each is open, no fact.
NOT_KNOWN_WORDS = frozenset({"unclear", "unknown", "uncertain"})
# A statement of what is usual ("it is surprisingly common for planes to return to their point of origin", "it is rare
# for a tram to derail"): a kind of happening, not one that happened.
GENERIC_FRAME = (r"\b(?:it|this|that)\s+(?:is|was|isn['’]t|wasn['’]t|remains)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
                 r"(?:common|uncommon|rare|unusual|usual|typical|normal|routine|standard|unheard of)\s+for\b")

# How a source's words reached the press, after the saying verb: "said in a statement posted on the club's page that…",
# "told the paper in an interview on Monday that…": what follows "that" is what was said.
SAYING_MEDIA = (r"statement|interview|email|e-mail|letter|post|press release|news release|news conference|"
                r"press conference")

# A question put to the speaker before their answer ("Jo Roe, asked if the club would move, said, “Not this year”";
# "Asked whether…, Roe said: “…”"): the question is the reporter's, the answer the point of the sentence.
QUESTION_PUT = r"\basked\s+(?:if|whether|about|what|why|how|who|when|where)\b"
# A discourse lead-in before a colon, in the writer's voice, not a source's ("Take it away, Jo:", "Here's a big, fat
# clue:", "Wait — there's more about this moon:"): a title drops it when what follows stands alone. A lead-in naming
# a speaker with a saying verb ("Jo Roe said:") is attribution and stays; a transcript label has no lower-case word.
TITLE_LEAD_IN = r"(?=[^:]*\b[a-z])[^:;“”\"]{2,60}?:\s+"
# The writer's comment on the sentence it opens ("Not surprisingly, he plans…", "Of course, the vote…", "Interestingly,
# …"): no part of what is told, so a title drops it, and a "he"/"she" after it opens the sentence as its subject.
COMMENT_OPENING = (
    r"(?:(?:not|perhaps|somewhat|rather|quite|even|more|most|less)\s+){0,2}"
    r"(?:(?:un)?surprisingly|of course|interestingly|ironically|predictably|tellingly|curiously|oddly|strangely|"
    r"remarkably|notably|importantly|significantly|(?:un)?fortunately|luckily|sadly|happily|understandably|"
    r"inevitably|naturally|obviously|needless to say|to be sure|admittedly|in fact|indeed|"
    r"to (?:no one['’]s|nobody['’]s|no) surprise),\s+"
)
# A report credited before the words it quotes ("As the Gazette reported on Monday, “…”"): the quote is the point.
TITLE_AS_REPORTED = r"as\s+(?:[^,“”\"]{1,50}?\s)?(?:reported|said|wrote|noted|put it)\b[^,“”\"]{0,30},\s+"

# A denial that names nothing of its own but points back at what was said before it: a definite report noun or a
# pronoun as what a denial verb governs, ending its clause ("denied the report", "disputed the news media reports",
# "dismissed these allegations on Friday", "rejected it"), or as the subject of a contradicting predicate ("that was
# never the case", "the account is not accurate", "the charges were false"). What it denies is the statement just
# before it. Not "no such": "it made no such claim", "no such celebration since 1924" deny nothing said before; nor
# "them", mostly people ("dismissing them as part of the cartel").
REFERRING_OBJECT = (rf"(?:the|these|those|this|that|such|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{REPORT_NOUNS})"
                    r"|it|this|that")
# Where such an object's clause ends; not at "this": "denied that this was its fault" governs a clause.
REFERRING_DENIAL_END = (r"(?=\s*(?:[,.;:!?”\"]|$|\s+(?:and|but|as|on|in|at|earlier|last|today|yesterday|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))")
REFERRING_DENIAL_PREDICATES = (
    r"(?:was|is) never the case|(?:has|had) never been the case|(?:is|was|are|were) (?:not|n['’]t) "
    r"(?:accurate|true|correct|the case)|(?:is|was|are|were)n['’]t (?:accurate|true|correct|the case)|"
    r"(?:is|was|are|were) (?:false|untrue|baseless|unfounded|inaccurate|incorrect|fabricated)"
)
REFERRING_SUBJECT_BEFORE = r"(?:^|[“\"‘]\s*|\b(?:said|says|saying|added|adding|insisted|insists)\s+(?:that\s+)?)"


# An outlet's reading of what someone's words were about ("Trump then pivoted to Clinton, apparently referring to the
# FBI's investigation…"): a narrative of the speech, not the fact the other outlets tell.
SPEECH_REFERENCE = r"\b(?:referring|alluding|in\s+(?:an\s+apparent\s+|a\s+)?reference)\s+to\b"

# Where a claim's title too long to show whole may be cut: before a word opening a clause or a phrase of its own
# ("…announced his departure | at a tearful press conference", "…the Arians Family Foundation | and its support of
# …"). Not "of", "to" nor "as", which bind to the words before them ("the end of", "plans to", "as well as").
TITLE_CUT_BEFORE = frozenset("""
and but or nor while whereas although though because since after before when where which who whose until unless
including amid despite during at in on with for from by into over under through against toward towards without
within among between across
""".split())

# Verbs that take another verb for what is done ("tried to put to rest", "have been trying to deal with", "seemed to
# ease"): they tell no act of their own, so two statements sharing one share no fact by it. Not "began", "continued",
# "appeared", "sought": the trial began, the search continues, he appeared in court, she seeks damages.
CATENATIVE_VERBS = ("try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "seem",
                    "seems", "seemed", "seeming", "tend", "tends", "tended", "tending")
# Words that give a statement a time of its own, not its article's event day (``claims/days.py``): a day, a month, a
# time told from the day of writing ("yesterday", "last week", "two years ago", "this offseason") or against another
# happening ("previously", "twice before", "since the test", "this year").
OWN_TIME_WORDS = (
    rf"{'|'.join(sorted(word.lower() for word in WEEKDAYS | MONTHS))}|"
    r"yesterday|today|tonight|tomorrow|overnight|ago|last|earlier|previous|previously|prior|recent|recently|"
    r"former|formerly|since|(?:once|twice|times)\s+before|"
    r"this\s+(?:week|weekend|month|year|season|offseason|off-season|spring|summer|fall|autumn|winter)"
)
# Past forms that tell a state, not a happening of a day: "The stolen data contained names and addresses" holds in
# every article of the story, whichever day each tells (``claims/days.py``).
STATE_PAST_FORMS = (
    r"contained|included|comprised|consisted|involved|remained|numbered|totall?ed|lasted|belonged|owned|resembled|"
    r"weighed|measured|cost"
)
# Words by which an article tells its news as one of a series ("North Korea fires another missile", "the second to fly
# over Japan in a month", "the latest launch", "the 15th test this year"): a story of several happenings of one kind,
# which days tell apart (``claims/days.py``).
SERIES_WORDS = r"another|again|latest|(?:the|a)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))(?!-)"
# Verbs that only say something was said: no act of the subject two statements could share.
SAYING_VERBS = frozenset("say tell add state note write ask explain declare announce report comment continue".split())
# Units of three letters or fewer, counted after a number without a plural "s" ("40 mph", "100 million yen"): other
# short words after a number are no unit ("two law enforcement sources", "Seven killed as…", "94 out of 162").
SHORT_UNITS = frozenset("cm ft km mi mm yd kg lb ton mph kph kmh bpd yen bn mn gb mb kb tb min sec hr".split())
# Units written in two words: "ten per cent" is ten percent, as "10%" is.
TWO_WORD_UNITS = {"per cent": "percent"}
# Pronouns after "of" a count may have for its noun: "30 of us" counts people, "three of them" nothing said ("of
# those" is read on: "four of those elements").
PRONOUN_UNITS = {"us": "people", "you": "people", "them": None, "which": None, "whom": None}
# Plurals without an "s" that may name the kind of a plural noun after them, which is the one counted: "100 media
# groups", "five police officers", "two women passengers" (not "20 children ages 6 and 7"; "26 crew members" is crew).
ADJUNCT_PLURALS = frozenset({"media", "police", "women", "men", "data"})
# Nouns that count nothing on their own, only with the nouns before them: "209,000 credit card numbers" counts credit
# card numbers, not numbers (beside "182,000 consumers" a reader sees what each counts).
COMPOUND_HEADS = frozenset({"number"})

# Verbs news writers use for one act of a story's central event, each group one act (irregular forms written out, as
# a main verb is stemmed as written): two outlets' opening sentences whose main verbs are of one group tell one act
# however else they word it ("A zoo shot and killed a gorilla" / "a security team killed the gorilla"; "Telegram was
# banned from the App Store" / "Telegram has been removed from Apple's app store"). Only verbs that tell one act
# whatever their object: not "hit" (a target, a record), "fire" (a missile, a coach), "pull" (a gun, an app) or "win"
# (a game, an award, a title: "Williams won her first Grand Slam title" / "Davenport has won three Grand Slams").
LEDE_ACT_VERBS = (
    ("kill", "shoot", "slay", "slain"),
    ("flee", "fled", "evacuate"),
    ("remove", "ban", "purge"),
    ("ram", "plow", "plough", "barrel"),
    ("split", "separate"),
    ("arrest", "detain"),
    ("resign", "quit"),
    ("sentence", "jail", "imprison"),
)

# Verbs read with the noun after them as one verb, and what the noun does not tell: "the crash took place in Vell"
# tells no taking and no place of its own, "Roe took part in the talks" no part. One term of both words, where the noun
# follows the verb ("took place in Vell" / "took off from Vell" share no "take"). Not the verbs whose particle gives a
# meaning that other verbs or particles share ("set off" / "set up" a legal battle, "called off" / "cancelled" the
# meeting, "taken off" / "removed from" the team): read as one term, such a verb meets fewer of its restatements.
VERB_IDIOMS = {"take": ("place", "part")}
# Light verbs and the event nouns each takes for the act of the noun's own verb: "police made an arrest" tells what
# "police arrested him" tells, "she received a life sentence" what "she was sentenced", "gunmen carried out the raid"
# what "gunmen raided". The light verb tells no act of its own, so the two words are one term, the noun's verb's. A
# noun only with the verbs that always mean its act: not "took the offer" (accepted it), not "made a call" (decided),
# not "staged a strike" (walked out, no one struck), not "was given a control order" (no one ordered).
_ATTACKS = {"attack": "attack", "raid": "raid", "investigation": "investigate", "bombing": "bomb", "assault": "assault",
            "ambush": "ambush"}
_SEARCHES = {**_ATTACKS, "search": "search", "probe": "probe"}  # not launched: a search engine, a space probe
_UNDERGONE = {"sentence": "sentence", "warning": "warn", "ban": "ban", "pardon": "pardon", "payment": "pay",
              "threat": "threaten", "visit": "visit", "offer": "offer", "donation": "donate", "approval": "approve"}
LIGHT_VERB_OBJECTS = {
    "make": {"arrest": "arrest", "decision": "decide", "announcement": "announce", "discovery": "discover",
             "landing": "land", "payment": "pay", "donation": "donate", "offer": "offer", "bid": "bid",
             "request": "request", "complaint": "complain", "promise": "promise", "threat": "threaten",
             "recommendation": "recommend", "appearance": "appear", "apology": "apologize", "confession": "confess",
             "contribution": "contribute", "visit": "visit", "escape": "escape"},
    "take": {"decision": "decide", "vote": "vote"},
    "give": {"warning": "warn", "approval": "approve", "permission": "permit", "testimony": "testify",
             "speech": "speak", "apology": "apologize"},
    "receive": _UNDERGONE,
    "get": {"sentence": "sentence", "warning": "warn", "ban": "ban", "pardon": "pardon", "approval": "approve"},
    "carry out": _SEARCHES, "conduct": _SEARCHES, "launch": _ATTACKS, "mount": _ATTACKS, "stage": _ATTACKS,
    "pay": {"visit": "visit"},
    "hand down": {"sentence": "sentence", "ruling": "rule"},
    "impose": {"sentence": "sentence", "ban": "ban"},
    "issue": {"warning": "warn", "apology": "apologize", "recall": "recall", "ruling": "rule", "order": "order"},
    "deliver": {"speech": "speak", "warning": "warn", "ruling": "rule"},
    "hold": {"vote": "vote", "talk": "talk", "meeting": "meet"},
    "cast": {"vote": "vote", "ballot": "vote"},
    "go to": {"poll": "vote"},  # "voters went to the polls": they voted
}
# What may stand between a light verb and its noun: a determiner or a count ("made several arrests"), then one word
# describing the noun ("received a life sentence", "paid a surprise visit").
LIGHT_VERB_DETERMINERS = frozenset(
    "a an the his her their its our no two three four five six several multiple further more another".split())
# The second word of a compound that tells where what it describes is ("a California-based tour firm"): no act or
# place of the sentence, so it is no term ("she was based in Salt Lake City" and "California-based Backroads" share no
# "base"). Not "-born": "the New Zealand-born Australian" tells one climber from another.
DESCRIBING_COMPOUND_ENDS = frozenset({"based"})

# A link between a party and an act or another party (responsibility, a connection, ties, membership), put forward:
# "Islamic State has claimed responsibility for the attack", "the attack was carried out by a soldier of the Islamic
# State", "the gunman had ties to al-Shabab", "pledged allegiance to the group".
LINK_ASSERTED = (
    r"\bclaim(?:ed|s|ing)?\s+(?:\w+\s+)?responsibility\s+for\b|"
    r"\b(?:carried\s+out|committed|executed)\s+by\s+(?:a|an|one)\s+(?:soldier|member|fighter|follower)s?\s+of\b|"
    r"\b(?:has|had|have)\s+(?!no\b|not\b|never\b|any\b)(?:\w+\s+)?(?:ties|links|connections)\s+(?:to|with)\b|"
    r"\bpledg(?:ed|es|ing)\s+allegiance\s+to\b"
)
# Such a link denied, whatever the verbs: "had no connections to international terrorist groups", "no evidence
# suggested a connection between the shooter and any militant group", "was not linked to", "denies any role in".
# ``LINK_PARTY`` is what follows: the party the link is denied with.
LINK_DENIED = (
    r"\bno\s+(?:[\w'’-]+\s+){0,3}?(?:connections?|ties|links?|affiliations?)\s+(?:to|with|between)\s+"
    r"|\b(?:not|n['’]t|never)\s+(?:been\s+)?(?:connected|linked|affiliated|tied)\s+(?:to|with)\s+"
    r"|\bden(?:y|ies|ied|ying)\s+(?:any\s+)?(?:role|involvement|links?|ties|connections?)\s+(?:in|to|with)\s+"
)
LINK_PARTY = r"[^,;:.!?()“”\"]{1,80}"
# A party denied no name but a kind of armed group ("international terrorist groups", "any militant group"): every
# group that claims an act of violence is of that kind, so the denial contradicts a named group's claim of the same
# article's act.
ARMED_GROUP_WORDS = frozenset("terrorist terror militant extremist jihadist insurgent".split())

# Another party's argument dismissed: a verb of dismissal with the party's argument as its object ("Cornyn dismissed
# Obama's concerns as unpersuasive", "proponents have disputed Obama's rationale"), or the argument as the subject
# of an adjective of dismissal ("lawmakers say the White House's case is overblown"). ``party`` is whose it is.
_ARGUMENT_NOUNS = r"concerns|arguments?|rationale|reasoning|warnings?|case|objections|assessment|fears|predictions?"
_DISMISSAL_VERBS = (r"dismiss(?:ed|es|ing)|disput(?:ed|es|ing)|reject(?:ed|s|ing)|critici[sz](?:ed|es|ing)|"
                    r"brush(?:ed|es|ing)\s+aside|wav(?:ed|es|ing)\s+away|scoff(?:ed|s|ing)\s+at|derid(?:ed|es|ing)")
_DISMISSAL_ADJECTIVES = (r"overblown|unpersuasive|unconvincing|unsupportable|exaggerated|overstated|baseless|"
                         r"unfounded|groundless|misguided|misleading|wrong")
_ARGUING_PARTY = r"(?:the\s+)?(?P<party>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Za-z][\w-]*)['’]s\s+"
ARGUMENT_DISMISSED = (
    rf"\b(?:{_DISMISSAL_VERBS})\s+{_ARGUING_PARTY}(?:[a-z]+\s+)?(?:{_ARGUMENT_NOUNS})\b|"
    rf"\b{_ARGUING_PARTY.replace('party', 'owner')}(?:{_ARGUMENT_NOUNS})\s+(?:is|was|are|were|as)\s+"
    rf"(?:[a-z]+\s+)?(?:{_DISMISSAL_ADJECTIVES})\b"
)
# A party's argument put forward: the party, then a verb of arguing ("Obama warned the bill could cause chaos",
# "The administration has argued that such a measure would…"), and what might follow in a hypothetical.
ARGUING_VERBS = r"\b(?:warn(?:ed|s)?|argu(?:ed|es|e)|caution(?:ed|s)?|contend(?:ed|s)?)\b"
HYPOTHETICAL_MODALS = r"\b(?:would|could|may|might)\b"

# The outlet's or a source's word that a claim told just before came without evidence ("The group provided no
# evidence.", "However, no proof was provided to back the terrorists' claims."): it disputes that claim, though it
# names nothing of it. What came before must be told as a claim (``CLAIM_CUES``): "police provided no evidence" after
# "the suspect was charged" disputes no claim.
NO_EVIDENCE_GIVEN = (
    r"\b(?:provided|provides|offered|offers|gave|gives|presented|produced)\s+no\s+(?:evidence|proof)\b|"
    r"\bno\s+(?:evidence|proof)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:provided|offered|given|presented|produced)\b"
)
CLAIM_CUES = r"\bclaim(?:ed|s|ing)?\b|\balleg(?:ed|es|ing)\b"

# A bid to keep an office for another term ("is running for re-election", "would be seeking another term", "wants to
# run for a second term"), and its negation just before it ("will not seek re-election", "is not running for
# re-election", "cannot run for re-election"). One statement telling the officeholder will not run and another that
# he will contradict each other, though they share no verb with a negation to compare ("not running for
# re-election" / "wants to run for another term").
TERM_BID = (r"\b(?P<verb>run|runs|running|ran|seek|seeks|seeking|sought|stand|stands|standing)\s+(?:for\s+)?"
            r"(?:re-?election|(?:a|an)\s+(?:second|third|fourth|fifth|another)\s+term|another\s+term)\b")
TERM_BID_NEGATED = (r"\b(?:(?:not|never|\w+n['’]t|cannot)\s+(?:(?:be|to|going|intend|plan|want)\s+(?:to\s+)?){0,2}|"
                    r"(?:declin|refus)(?:e|es|ed|ing)\s+to\s+)$")
# A negation anywhere before the bid leaves unsure whose or which way it is: "Grayson wasn't dropping out of the
# Senate race and running for reelection".
TERM_BID_UNSURE = rf"\b(?:{NEGATIONS})\b"
# A bid only weighed or supposed, not told: "juggling whether to run for re-election", "if Steele decides to run",
# "announces whether he plans to … seek a second term".
TERM_BID_OPEN = r"\b(?:whether|if|unless|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|decide|decides|deciding)\b"

# A sentence telling no one was hurt, and nothing after it that would narrow whom ("no one was injured", not "no one
# was injured in the second blast"): it contradicts a count of the injured (or the dead) its own article gives
# ("the two men suffered minor injuries"). ``what`` names the casualties, as ``Figure.counted`` writes them.
NO_CASUALTIES = (r"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been|got)\s+(?:seriously\s+)?"
                 r"(?P<what>injured|hurt|killed)[\s\"”'’]*[.!]?[\s\"”'’]*$")
CASUALTY_COUNTED = {"injured": "injured", "hurt": "injured", "killed": "killed"}
