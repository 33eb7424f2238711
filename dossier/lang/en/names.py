"""English name vocabulary: the word lists the entities stage and the name tagger read.

Honorifics and office titles, role nouns, organisation and place cue words, demonyms, short
forms of countries, words capitalised without being names. General knowledge about English news
text only: nothing here may name a particular article's people or organisations.
"""

MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip
# Months that are also given names or surnames ("Theresa May", "June Carter").
DATES_ALSO_NAMES = {"April", "May", "June", "August", "March", "Jan"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Weekdays written short; before a date ("Sun. Dec. 31") they are no names, though "Sun" and "Sat" can be.
WEEKDAY_ABBREVIATIONS = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
# Words that, before a number, name one journey of a carrier ("Vell Airlines Flight 446"): no part of its name.
NUMBERED_JOURNEY_WORDS = {"Flight", "Flights"}

# Words that start sentences or stand capitalised in headlines but never name anything.
FUNCTION_WORDS = set(
    """
    a an the this that these those there here it its he she they we you i me my our your his her
    their them us him who whom whose what which when where why how whether if but and or nor so yet
    for of in on at by to from with without within into onto upon about above below after before
    since until while during through throughout across against among between beyond despite
    except like near off over past per than toward towards under unlike via as also already still
    just only even not no yes never always often sometimes all any both each every few many more
    most much other some such own same another one two three four five six seven eight nine ten
    first second third last next new old
    unless whereas whilst meanwhile however although though because therefore thus hence instead indeed perhaps maybe
    according asked speaking earlier later today yesterday tomorrow tonight now then once again
    mr mrs ms dr sir madam dear please thank thanks share read watch listen follow subscribe
    sign leave reply comment comments related tagged author editor image photo video getty
    advertisement continue click sponsored updated published posted breaking live exclusive
    analysis opinion update story more less several major minor many some most top
    """.split()
)

# Pronouns for anyone at all, capitalised at a sentence's start ("Everyone says…", "Nobody said"): no name. (Not
# in FUNCTION_WORDS, which the name tagger was trained with.)
INDEFINITE_PRONOUNS = frozenset(
    "everyone everybody everything anyone anybody anything someone somebody something nobody nothing none".split())
# Interjections that open a quoted line before a comma or an exclamation mark ("'Hey, would you keep an eye on the
# house'", "Oh! I see"): a call or an exclamation, no name.
INTERJECTIONS = frozenset("hey hi hello oh ah aha wow whoa yeah yes no okay ok hmm ugh oops".split())
# Lower-case nouns for a government named after its leader: "the Obama administration" is a body, not the man.
LEADER_GOVERNMENT_NOUNS = frozenset({"administration"})
# Lower-case nouns for a built place named after someone: "the Vell Roe bridge" is the bridge, not the man.
NAMED_STRUCTURE_NOUNS = frozenset(
    "bridge airport street avenue road highway square stadium station tunnel boulevard".split())
# Lower-case head nouns that some outlets' style puts after a body's name of several words: "British Transport
# police" is the force "British Transport Police", not a place "British Transport".
LOWER_CASE_BODY_HEADS = frozenset({"police"})
# ... and for a body named after the person it works for: "the Romney campaign" (not "the Bring Back Our Girls
# campaign", which is the campaign's own name).
PERSON_BODY_NOUNS = frozenset({"campaign"})
# Words that open a sentence and never go on a name: after dotted initials ("to the F.B.I. Nothing happened") the
# initials' full stop ends the sentence, and the name with it.
SENTENCE_OPENING_WORDS = INDEFINITE_PRONOUNS | frozenset(
    "the a an this these those it its he she they we i his her their our there but and yet if when while".split())
# Connectives that open a sentence and join it to the one before ("Plus Obama is nominating…", "Still Roe said"): no
# word of the name after them, though a name may be "Plus" elsewhere ("Google Plus").
OPENING_CONNECTIVES = frozenset(
    """plus also still yet besides moreover furthermore meanwhile likewise nevertheless nonetheless anyway
    instead""".split())

# Honorifics and office titles: a capitalised run ending in one of these is a role, and the
# names after it are a person's ("NATO Secretary General Mark Rutte").
TITLE_WORDS = set(
    """
    President Vice Prime Minister Ministers Secretary Secretary-General General Chancellor King Queen
    Prince Princess Pope Senator Sen Sens Representative Rep Reps Congressman Congresswoman
    Governor Gov Mayor Judge Justice Gen Admiral Adm Colonel Col Lt Lieutenant Captain Capt
    Commander Major Maj Sergeant Sgt Chief Director Chairman Chairwoman Chair Chairperson CEO COO CFO CTO VP EVP SVP
    Spokesman Spokeswoman Spokesperson Ambassador Envoy Mr Mrs Ms Miss Dr Sir Lord Lady Dame Rev
    Reverend Father Sheikh Emir Sultan Speaker Leader Attorney Deputy Assistant Press Foreign
    Defence Defense Interior Finance Treasury Health Justice State Staff Commissioner Chief-of-Staff
    Premier Secretary-of-State Professor Prof Officer Minister-President Coach Manager Founder
    Co-founder Executive Officer Dean Inspector Superintendent Detective Det Constable Sheriff
    Councillor Councilman Councilwoman Delegate Rapporteur Archbishop Bishop Cardinal Rabbi Imam Clerk Treasurer
    Prosecutor Comptroller Coroner Auditor Solicitor Counsel
    Whip Majority Minority Pastor Alhaji Alhaja Mallam Malam Hajiya Mullah Maulana Mufti
    Ayatollah Crown Grand Supreme Top Senior Acting Former Interim Economy Trade Labor Labour
    Education Energy Security Intelligence Homeland Agriculture Transport Transportation Culture
    Communications Environment Information Development Affairs Home External Internal National
    First Second
    Asst Ch Dep Supt Insp Cllr
    of the for and
    """.split()
)
# The title words that end a role phrase (the head noun): "Foreign Minister", "Secretary General".
TITLE_HEADS = set(
    """
    President Minister Secretary Secretary-General General Chancellor King Queen Prince Princess
    Pope Senator Sen Representative Rep Congressman Congresswoman Governor Gov Mayor Judge Justice
    Gen Admiral Adm Colonel Col Lt Lieutenant Captain Capt Commander Major Maj Sergeant Sgt Chief
    Director Chairman Chairwoman Chair Chairperson CEO COO CFO CTO VP EVP SVP Spokesman Spokeswoman Spokesperson
    Ambassador Envoy Mr Mrs Ms Miss Dr Sir Lord Lady Dame Rev Reverend Father Sheikh Emir Sultan
    Speaker Leader Attorney Staff Commissioner Premier Professor Prof Officer Coach Manager
    Founder Co-founder Executive Dean Inspector Superintendent Detective Det Constable Sheriff
    Councillor Councilman Councilwoman Delegate Archbishop Bishop Cardinal Rabbi Imam Ayatollah Clerk Treasurer
    Whip Pastor Alhaji Alhaja Mallam Malam Hajiya Mullah Maulana Mufti Supt Insp Cllr
    Prosecutor Comptroller Coroner Auditor Solicitor Counsel
    """.split()
)
# Abbreviated ranks that are also names or name parts ("Con Edison", "Con O'Roe"): a title head only right after
# another title word, as police ranks are written ("Asst Ch Con Jo Roe", "Det Con Jo Roe").
RANKS_AFTER_TITLES = frozenset({"Con"})
# Lower-case words before a title that say when it was held ("former Gov. Jo Roe", "ex-Mayor Jo Roe"): part of the role.
# A tuple: a regular expression joins them, in one order on every run.
ROLE_TIME_QUALIFIERS = ("ex", "former", "onetime", "one-time", "then")
# Words before an honorific that tell one of a family's namesakes from the others ("the elder Mr. Roe"): no
# longer the one the report calls "Mr. Roe" alone.
NAMESAKE_QUALIFIERS = frozenset({"elder", "younger"})
# Honorifics that say "person" but make poor roles.
# A member's title written in initials, after the seat or the party it is held for ("Croydon Central MP", "Labour
# MEP"): the words before it name an office, no body.
MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "MLA"})
# Initials that open a person's stage name or a ship's name, no body's: "MC Kano", "HMS Belfast" (not "CBS Boston").
NAME_PREFIX_INITIALS = frozenset({"MC", "DJ", "HMS", "USS", "RMS", "HMAS", "HMCS"})
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Rev", "Prof"}
# Titles written only before a person's name, never opening a body's or a place's ("Judge Garland", "Captain
# America"; not "Health Canada", "State College"): before one word that names a place, the name is a person's.
PERSON_ONLY_TITLES = HONORIFICS | frozenset(
    """Judge Captain Capt Senator Sen Congressman Congresswoman Governor Gov Mayor Sheriff Colonel Col Lt Sergeant Sgt
    Detective Det Professor Reverend Rabbi Imam Councilman Councilwoman""".split()
)
# Plural nouns of people that a capitalised word opening a sentence may describe ("Aviation officials said"): the
# word says whose they are, a field or a trade, no body's name, where the story writes it in lower case.
MODIFIED_PEOPLE_NOUNS = frozenset(
    "officials experts authorities investigators workers researchers analysts leaders".split())
# Honorifics and abbreviated titles in the plural, before two people's names ("Drs. Jo and Al Roe", "Sens. Jo Roe and
# Al Lee"): a title shared, no one's name.
PLURAL_HONORIFICS = frozenset({"Drs", "Profs", "Messrs", "Mmes", "Revs", "Sens", "Reps", "Govs"})

# Lowercase words that introduce a person's name: "press secretary Sabrina Singh".
ROLE_NOUNS = set(
    """
    president minister secretary chancellor senator governor mayor judge general admiral colonel
    captain commander chief director chairman chairwoman chair spokesman spokeswoman spokesperson
    ambassador envoy leader founder executive officer head analyst economist professor expert
    researcher lawyer attorney adviser advisor aide correspondent reporter editor journalist
    columnist writer author actor actress singer rapper star slugger player striker coach manager boss
    owner dictator premier candidate nominee rival challenger lawmaker congressman congresswoman
    legislator representative commissioner deputy staff strategist pollster consultant host
    anchor presenter producer director-general secretary-general prosecutor investigator
    inspector detective officer sergeant lieutenant colonel prince princess king queen husband
    wife son daughter father mother brother sister partner girlfriend boyfriend fiancé fiancée
    cofounder co-founder scientist astronomer astronaut physicist astrophysicist engineer doctor surgeon
    immigrant victim student woman man boy girl teenager suspect resident comedian blogger
    photographer billionaire frontman musician artist nephew niece cousin uncle aunt grandson
    granddaughter colleague friend widow spokesman
    """.split()
)

# Cues of a body that serves, guards or governs the place or building its first words name
# ("Capitol Police", "Leicester Council", "Texas Senate"): that name alone is the place, not the body.
SERVICE_CUES = frozenset(
    """Police Council Court Government Guard Army Navy Forces Force Parliament Assembly Senate Congress
    Cabinet Administration""".split()
)
# Cues of an organ or arm of a larger body ("Likud Central Committee", "Acme Board", "Vell Club Foundation"): the
# name's first words alone are that larger body, not its organ.
ORGAN_CUES = frozenset("Committee Board Commission Bureau Secretariat Chamber Tribunal Foundation".split())
# Words after a dash that turn the name before them into a modifier: "the St. Louis-based office",
# "a Saudi-led coalition", "Kremlin-backed separatists".
MODIFIER_SUFFIXES = frozenset(
    """based led backed born owned run funded linked allied affiliated controlled made bound
    style era""".split()
)
# A capitalised run ending in one of these names an organisation.
ORG_CUES = set(
    """
    Ministry Department Office Council Agency Commission Committee Organization Organisation
    Union Party Inc Inc. Corp Corp. Corporation Company Co Ltd LLC Plc PLC Group Bank Fund
    University College Institute Institution Association Federation League Court Senate Congress
    Parliament Assembly Army Navy Forces Force Police Service Services Bureau Authority Board
    Foundation Trust News Times Post Journal Herald Tribune Telegraph Gazette Press Network
    Broadcasting Television TV Radio Airlines Airways Motors Technologies Technology Systems
    Holdings Partners Capital Media Club Church Hospital School Administration Government Cabinet
    Secretariat Coalition Alliance Movement Front Brigade Brigades Guard Command Center Centre
    Laboratory Laboratories Labs Magazine Review Daily Weekly Society Industries Enterprises
    Exchange Reserve Academy Observatory Mission Project Initiative Campaign Watch Channel Studios
    Records Pictures Games Bros Airport Railways Railway Ministries Commission Tribunal Chamber
    House Directorate Corps Regiment Battalion Division Inc Pharmaceuticals Energy Petroleum Oil
    Gas Steel Motor Bancorp Insurance Securities Investments Agency Unit Squad Team Limited Today
    Finance Nations Elementary
    """.split()
)
# A reporter's job after the body that employs them, before their name: "Vell Network Insider Jo Roe", "Vell
# Times Correspondent Jo Roe". The job is no word of the body's name.
MEDIA_JOB_WORDS = frozenset(
    "Insider Reporter Correspondent Analyst Columnist Editor Anchor Writer Contributor Producer Host".split()
)
# The planets, and Mars' common name: a thing in the sky, no body, place or person, wherever they are named ("Vell saw
# Mars and Jupiter", "a trip to the Red Planet").
CELESTIAL_BODIES = frozenset({*"Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto".split(), "Red Planet"})
# Time zones named by a region's word, before "time": "4:51 a.m. Pacific time" names no ocean, "Mountain time" no hill.
TIME_ZONE_NAMES = frozenset("Pacific Mountain Eastern Central Atlantic".split())
# Words right before a song's title: "she sang Delilah", "the song Goodnight Vell". The title names a work, no person.
SONG_WORDS_BEFORE = frozenset("sang sing sings singing song songs ballad anthem".split())
# Nouns of a work right before its title ("from the movie Trolls", "his newest album, “Vell of the Woods”",
# "the Showtime series Masters of Vell"): the title names a film, a song or a book, no person, body or place.
# Not "single" ("a single Vellish voter"), "hit", "show" or "record", which are verbs or words of counting too.
WORK_NOUNS_BEFORE = frozenset(
    "song songs ballad album albums film films movie movies book novel documentary sitcom series musical opera".split())
# Verbs of singing words in quote marks: what the marks hold is a song's words ("fans sang along to “Go Vell Go”"), no
# name, whatever names it holds; not a chant's ("the crowd chanted “Roe, Roe”" names the boxer).
SINGING_VERBS = frozenset("sang sing sings singing".split())
# Words between such a verb and the quote marks: "sang along to", "singing with".
SINGING_LINKS = ("along", "to", "with", "and", "or")
# Nouns of names, and the words after them that give some as examples in quote marks: "drug dealers with names like
# “Smoothie, D-Money and Shifty”" names no one: the names are shown, not used.
NAME_NOUNS = frozenset("name names nickname nicknames moniker monikers".split())
EXAMPLE_WORDS = ("like", "such as", "including")
# Head nouns of bodies that, alone after "the", name the one body of the story whose name ends in them: "the Tamber
# Academy", then "the Academy". Not "House" ("the House" is no "White House") nor the heads of papers and networks.
LONE_BODY_HEADS = frozenset(
    """Academy Institute University College Foundation Association Federation League Agency Bureau Commission
    Committee Council Party Museum Society Club Exchange Observatory Alliance Coalition Conservatory""".split()
)
# Head nouns of bodies in languages that put the head first: "Agence France-Presse", "Banco Vellano".
FOREIGN_ORG_HEADS = frozenset(
    """
    Agence Agencia Agenzia Banco Banque Banca Compagnie Compañía Compagnia Société Sociedad Società Groupe
    Grupo Gruppo Institut Instituto Istituto Ministère Ministerio Ministero Partido Partito Parti
    """.split()
)
# Last words of a company's name that a place or the place's adjective opens ("Vellia Airlines", "Vellian Airlines"):
# one outlet's "Hawaii Airlines" is the "Hawaiian Airlines" of the others, one carrier or bank either way.
PLACE_COMPANY_HEADS = frozenset("Airlines Airways Air Bank Group Railways Railway Telecom".split())
# Cue words that name a kind of body (not a trade or a field: "Post", "Energy", "Media"): a name ending
# in one before "and" is a whole body's ("Financial Conduct Authority and ..."), not a shared head's
# first field ("Post and Telecommunications Administration").
BODY_HEADS = frozenset(
    """
    Ministry Department Office Council Agency Commission Committee Organization Organisation Union Party
    Inc Inc. Corp Corp. Corporation Company Ltd LLC Plc PLC Bank Fund University College Institute
    Association Federation League Court Bureau Authority Board Foundation Trust Hospital School
    Administration Secretariat Coalition Alliance Tribunal Chamber Directorate Academy Society
    """.split()
)
# Last words of a brand's, a maker's, a publication's or a movement's name that end no person's name ("Dax Trucks",
# "Zelda Hebdo", "Vell Brotherhood"): the name is a body's, even after a given name.
BRAND_HEADS = frozenset(
    "Trucks Cars Motors Hebdo Magazine Airlines Airways Brands Foods Pharmaceuticals Brotherhood".split())
# Last words of a franchise's, a series', a newsletter's or a leak's name ("Vell Cinematic Universe", "the Vell
# Newsletter", "the Vell Papers"): a work, neither a person nor a body.
WORK_HEADS = frozenset("Universe Franchise Saga Trilogy Newsletter Papers".split())
# Nouns of a work after a name and an article that make the name the work's ("a Batman film", "the Shamu show"), not
# the place of the same name the gazetteer may know; not before another noun ("the Aurora movie theater").
WORK_NOUNS_AFTER = frozenset(
    "film films movie movies show shows series franchise novel novels comic comics sequel".split())
# Finite forms of "be" and "have", which may follow a name's noun as its verb ("the Vell show has always been").
BE_HAVE_FORMS = frozenset("is are was were has have had".split())
# Scriptures and holy books, named by one word ("the Bible says", "quoted the Koran"): a text, neither a body that
# speaks nor a person, whatever verb follows them.
SCRIPTURE_NAMES = frozenset("Bible Koran Quran Qur'an Torah Talmud Tanakh Gospel Gospels Scripture Scriptures".split())
# Words that date a role opening a name's capitalised run ("Former Bank of Vell governor", "Then Vell aide"): they
# modify the role after the name, and are no part of it.
TIME_MODIFIERS = frozenset({"Former", "Then", "Ex", "Erstwhile"})
# What follows a clock time in a time stamp ("11:03 AM ET Fri"): never a name's first word there.
TIME_ZONE_OPENERS = frozenset({"AM", "PM", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "GMT", "BST",
                               "UTC"})
# Lowercase nouns after a capitalised word that make it an organisation: "Interfax news agency".
ORG_NOUNS = {
    "agency", "party", "ministry", "company", "firm", "group", "newspaper", "daily", "broadcaster",
    "network", "bank", "corporation", "conglomerate", "startup", "retailer", "carrier", "airline",
    "union", "organisation", "organization", "militia", "website", "magazine", "channel",
    "spokesman", "spokeswoman", "spokesperson", "shares", "stock", "executives", "officials",
}
# Social platforms: each a company and its app, wherever it stands, never a person or a place, though the words around
# it are a person's ("Telegram said", "Telegram wrote").
SOCIAL_PLATFORMS = frozenset(
    "Twitter Facebook Instagram YouTube TikTok Snapchat LinkedIn WhatsApp Weibo WeChat Telegram Reddit".split())
# Single words naming well-known institutions by metonymy, and news agencies cited as sources.
INSTITUTIONS = SOCIAL_PLATFORMS | {
    "Kremlin", "Pentagon", "Congress", "Senate", "Parliament", "Vatican", "Reuters", "Interfax",
    "Xinhua", "Bloomberg", "Politico", "Breitbart",
    "Google", "Microsoft", "Apple", "Amazon", "Interpol", "Europol", "Hamas", "Hezbollah",
    "Taliban", "White House", "Kyodo", "Yonhap", "Tass", "TASS", "AP", "AFP", "Politifact", "PolitiFact",
}
# Words that open a body's name, never a person's job or description before their name: "the International Red
# Cross" is no person "Red Cross" described as international, as "Psychologist Jo Roe" is a psychologist.
BODY_OPENING_WORDS = frozenset("International National Federal Royal Global Imperial".split())
# Bodies the news calls by several names, which no rule can tell are one: the names of each, as written, a body's
# wherever they stand. Its initials defined in the text ("the Islamic State (IS)") need no entry; bare "IS" would be
# any shouted "is".
BODY_ALTERNATE_NAMES = (
    frozenset({"Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
               "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham"}),
)
# Laws and places the news calls by several names likewise, of whatever kind their context reads: a law's nickname,
# an airport's code ("LAX", which spells no initials of its name).
THING_ALTERNATE_NAMES = (
    frozenset({"Affordable Care Act", "Obamacare", "ObamaCare", "Patient Protection and Affordable Care Act"}),
    frozenset({"Los Angeles International Airport", "LAX"}),
    frozenset({"San Francisco International Airport", "SFO"}),
)
# Each of those names -> all the names of its body or thing.
ALTERNATE_NAMES_OF = {name: names for names in BODY_ALTERNATE_NAMES + THING_ALTERNATE_NAMES for name in names}
# The names of bodies among them.
ALTERNATE_BODY_NAMES = frozenset(name for names in BODY_ALTERNATE_NAMES for name in names)
# Acronyms that are not organisations.
NOT_ORG_ACRONYMS = {
    "TV", "CEO", "CFO", "COO", "CTO", "OK", "AM", "PM", "GMT", "BST", "UTC", "EST", "EDT", "PST",
    "PDT", "CET", "ID", "DNA", "AI", "GDP", "IT", "VIP", "PR", "HR", "IQ", "RIP", "LOL", "USB",
    "PC", "PCs", "CD", "CDs", "DVD", "GPS", "LED", "LCD", "SMS", "MP", "MPs", "MEP", "MEPs",
    "HIV", "AIDS", "ICBM", "ICBMs", "UAV", "UFO", "PhD", "MBA", "BBQ", "FAQ", "PDF", "URL",
    "I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "JUST", "IN", "NEW", "BREAKING",
    "UPDATE", "WATCH", "READ", "MORE", "VIDEO", "PHOTO", "PHOTOS", "LIVE", "OF", "THE", "AND",
    "A", "Q", "GOAL", "EU-wide", "AD", "BC", "NFT", "NFTs", "ETF", "ETFs", "IPO", "IPOs", "HD",
    "UK-based", "US-based", "PS", "RSS", "API", "APIs", "CPU", "GPU", "RAM", "SUV", "SUVs",
    "DJ", "DJs", "AR", "VR", "EV", "EVs", "UI", "HDTV", "OLED", "FOMO",
}  # fmt: skip
# Words of address, capitalised when a speaker calls someone by them ("'Baby, they don't'", "'Momma, look, you won'"):
# alone, a relation or an endearment, no one's name.
TERMS_OF_ADDRESS = frozenset(
    """Mom Mommy Momma Mama Mum Mummy Dad Daddy Papa Baby Babe Honey Sweetie Sweetheart Darling Buddy Grandma
    Granny Grandpa""".split()
)
# Reporting verbs after a name make it a person's: "Butte urged:", "Singh said".
REPORTING_VERBS = {
    "said", "says", "told", "tells", "added", "adds", "noted", "notes", "urged", "urges", "stated",
    "states", "warned", "warns", "wrote", "writes", "argued", "argues", "asked", "asks", "explained",
    "explains", "insisted", "insists", "claimed", "claims", "declared", "declares", "tweeted",
    "replied", "responded", "continued", "admitted", "acknowledged", "recalled", "conceded",
    "emphasized", "emphasised", "stressed", "announced", "announces", "confirmed", "denied",
    "believes", "believed", "thinks", "thought", "described", "suggested", "predicted",
    "criticized", "criticised", "praised", "revealed", "joked", "laughed", "complained",
}  # fmt: skip
# Name particles kept inside a person's name: "Ursula von der Leyen".
# Korean family names as English-language news romanizes them. Written first, before a hyphenated given name ("Park
# Soo-hyun", "Moon Jae-in"), one makes the run a person's name wherever it stands.
KOREAN_FAMILY_NAMES = frozenset(
    "Ahn An Bae Baek Ban Cha Chae Chang Cho Choe Choi Chun Chung Go Ha Han Heo Hong Hur Hwang Im Jang Jeon Jeong Jo"
    " Joo Jun Jung Kang Kim Ko Kwak Kwon Lee Lim Min Moon Mun Nam Noh Oh Pak Park Rhee Ri Roh Ryu Seo Shin Sin Sohn"
    " Son Song Suh Sung Woo Yang Yi Yoo Yoon Yu Yun".split())
# Heads of a government body's name that news writes before "of" or after what the body is for, one body either way:
# "Ministry of Public Security" is the "Public Security Ministry", "Department of State" the "State Department".
INVERTIBLE_BODY_HEADS = frozenset({"ministry", "department"})
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "do", "du", "dos", "das", "del", "della",
                  "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", "zu"}
# Elided particles glued by an apostrophe to the capitalised word they belong to, inside a name: "Côte
# d'Azur", "Cortina d'Ampezzo", "Vall d'Uixó".
# Between a Spanish married woman's own surname and her husband's: "Eyda Roe de Chinchilla".
MARRIED_PARTICLES = frozenset({"de"})
# A German adjective's declined ending in a body's name, and its ending in the name's own form: "Süddeutschen
# Zeitung" (after a German preposition) is the "Süddeutsche Zeitung", "Deutschen Bank" the "Deutsche Bank".
INFLECTED_ENDINGS = {"schen": "sche"}
# A word run into the capitalised word after it by a lost space or full stop ("DailyZhang" of "China DailyZhang
# Yuanxun"), the second word captured: four letters at least before the inner capital, so no surname prefix
# ("McDonald", "MacArthur", "DeSantis", "LeBron") and no word opening in lower case ("iPhone").
UNSPACED_WORDS = r"[A-Z][a-z]{3,}([A-Z][a-z]+)"
ELIDED_PARTICLES = {"d", "l", "dell", "dall", "nell", "sull"}
# Particles joined by a hyphen to the capitalised word they belong to, inside a name: the Arabic article, as
# transliterated ("Bashar al-Assad", "Abdel-Fattah el-Sissi", "Nasser ad-Din", "ash-Sham").
HYPHENED_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"}
# Linking vowels that transliterations of one compound name write either way: "Mazar-e-Sharif", "Mazar-i-Sharif".
LINKING_VOWELS = frozenset({"e", "i"})
# Lowercase words after a place name that keep it a place: "Kursk region", "Kursk Oblast".
PLACE_SUFFIXES = {
    "region", "oblast", "province", "county", "state", "district", "territory", "republic",
    "city", "island", "islands", "peninsula", "valley", "border", "krai", "prefecture", "area", "strip",
}
# Modal and negated auxiliary verbs, the finite forms of "be", "have" and "do", and "I" with an auxiliary: inside
# a run, they make it a title of a work, a lyric or a slogan ("I Would Die 4 U", "Can't Stop the Feeling", "Bet
# I'll", "How Stars Are Born"), which no name of a person, body or place holds.
TITLE_VERBS = frozenset(
    """
    Is Are Was Were Has Have Had Does Did
    Would Could Should Shall Might Must Can't Won't Don't Doesn't Didn't Isn't Aren't Wasn't Weren't Couldn't
    Wouldn't Shouldn't Ain't Can’t Won’t Don’t Doesn’t Didn’t Isn’t Aren’t Wasn’t Weren’t Couldn’t Wouldn’t
    Shouldn’t Ain’t I'll I'm I've I'd I’ll I’m I’ve I’d
    """.split())
# Kinds of animal whose name right before a name (or before "named"/"called") make it an animal's name ("the gorilla
# Vellko", "a dog named Rex", "a third gorilla, Vellko,"): no person, body or place.
ANIMAL_NOUNS = frozenset(
    """
    gorilla gorillas silverback chimpanzee chimp orangutan ape monkey elephant lion lioness tiger bear panda giraffe
    rhino rhinoceros hippo hippopotamus zebra wolf dog puppy cat kitten horse pony racehorse mare stallion colt filly
    dolphin whale orca shark penguin parrot eagle owl cow pig goat crocodile alligator cheetah leopard koala kangaroo
    """.split())
# Last words of a natural feature's name that reports also leave out once the feature is named: "the Pacific
# Ocean" is "the Pacific", the "Vell River" "the Vell".
FEATURE_WORDS = frozenset("Ocean Sea River Mountains".split())
# Last words of a lodging's or a gaming venue's name that reports also leave out once it is named: the "Vell Bay
# Resort" (of "the Vell Bay Resort and Casino") is "the Vell Bay", the "Vell Hotel" "the Vell".
LODGING_WORDS = frozenset("Hotel Resort Casino".split())
# Nouns after a name that make it a kind of thing, a weapon's or a ship's design: "the Vell system", "a Vell
# missile", "Vell-class destroyers" (one describing word may come between: "Vell defence systems").
THING_NOUNS = frozenset("system systems missile missiles class".split())
# Generic nouns written after a product's or a vehicle's name that say what kind of thing it is, no part of the
# name: "the Vell Mark Rocket" is the "Vell Mark" a report also writes.
PRODUCT_HEAD_NOUNS = frozenset(
    "rocket rockets car cars spacecraft satellite satellites jet aircraft plane vehicle truck phone smartphone"
    " app console drone probe telescope rover lander orbiter capsule".split())
# Stock exchanges whose ticker written after a name says it is a listed company's: "Vell (NASDAQ: VLL)".
STOCK_EXCHANGES = frozenset("NASDAQ Nasdaq NYSE LSE TSX ASX AMEX".split())
# Head words of an institution's name that some outlets write in lower case ("Vell University hospital", "Vell NHS
# trust"), where the dossier writes the name in full elsewhere.
LOWER_CASE_INSTITUTION_HEADS = frozenset("Hospital Infirmary Clinic University College School Academy Trust".split())
# Lower-case nouns of an institution right after a name: "Vell Methodist hospital", "at Vell Baptist clinic". A
# name so used names the institution (a body), never a person.
INSTITUTION_NOUNS_AFTER = frozenset("hospital hospitals clinic infirmary seminary".split())
# Capitalised words after a place that name a unit of it, not another place: "Kursk Oblast" is Kursk;
# unlike "Kansas City", "Orange County" or "Indiana State" (a university).
PLACE_UNIT_WORDS = {"Oblast", "Krai", "Province", "Region", "Prefecture", "Strip"}
# Words after a natural feature's name that make it the protected area around it, which reports
# also name by the feature alone: "Mount Cook National Park" is at "Mount Cook".
PROTECTED_AREA_WORDS = ("National Park", "National Forest", "National Monument")
# Capitalised words that make a run a place: "Pacific Ocean", "Gaza Strip", "Mount Everest".
PLACE_CUES = {
    "Ocean", "Sea", "Gulf", "Bay", "Strait", "River", "Lake", "Mount", "Mountains", "Island",
    "Islands", "Peninsula", "Valley", "Strip", "Bank", "Coast", "Desert", "Canal", "Region",
    "Oblast", "Province", "County", "Street", "Avenue", "Square", "Park", "Beach", "Airport",
    "Bridge", "Highway", "Road", "Heights", "Hills", "Plaza", "Forest", "Canyon", "Falls",
}  # fmt: skip
# Last words of a venue's name: "Jacksonville Municipal Stadium" is a place named after the city.
VENUE_WORDS = {"Stadium", "Arena", "Coliseum", "Ballpark", "Speedway", "Racecourse", "Velodrome"}
# Place cues that never end a person's name (unlike "Park", "Lake" or "Bay": "Linda Park", "Michael Bay").
PLACE_HEADS = frozenset("County Province Oblast Region Street Avenue Road Boulevard Highway Airport Square".split())
# Cue words that are ambiguous between org and place ("West Bank", "Hyde Park"): place wins only
# with a place-like head; "Bank" alone as last word goes to org unless the head is a compass point.
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
# Words before a people's adjective that name a part of the world: "North African", "Middle Eastern".
REGION_PREFIXES = frozenset(COMPASS | {"Middle"})
# An award's category: "Best" and words ending in one of these ("Best New Artist", "Best Supporting Actress") is a
# thing handed out, no body ("Best Buy" is one).
AWARD_CATEGORY_HEADS = frozenset(
    """Artist Album Song Actor Actress Picture Director Film Record Performance Play Musical Novel Documentary
    Screenplay Score Series Drama Comedy Newcomer""".split()
)
# Compass adjectives that make a known place's name a part of it: "Southern Ontario" is a region, a place (in a report
# on sport, "Eastern Vellshire" may be a college's team).
PART_ADJECTIVES = frozenset({"Northern", "Southern", "Eastern", "Western"})

# Regions that are not countries, cities or US states.
REGIONS = {
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania",
    "Antarctica", "Americas", "Middle East", "Central Asia", "East Asia", "Southeast Asia", "South Asia",
    "Western Europe", "Eastern Europe", "Central Europe", "Scandinavia", "Balkans", "Caribbean",
    "Arctic", "Sahel", "Gulf", "Persian Gulf", "Horn of Africa", "Siberia", "Crimea", "Donbas",
    "Donbass", "Kashmir", "Gaza", "West Bank", "Golan Heights", "Kurdistan", "Tibet", "Xinjiang",
    "Hokkaido", "Honshu", "Kyushu", "Okinawa", "Sicily", "Sardinia", "Corsica", "Bavaria",
    "Catalonia", "Scotland", "England", "Wales", "Northern Ireland", "Quebec", "Ontario",
    "British Columbia", "Alberta", "Queensland", "New South Wales", "Victoria", "Tasmania",
    "Silicon Valley", "Wall Street", "Washington DC", "Washington D.C.", "Mars", "Moon", "Earth",
    "Milky Way", "Pacific", "Atlantic", "Mediterranean", "Baltic", "Black Sea", "Red Sea",
    "South China Sea", "Sea of Japan", "Korean Peninsula", "Indo-Pacific", "Midwest", "Northeast",
    "Southeast", "Southwest", "Northwest", "New England", "Deep South", "West Coast", "East Coast",
}  # fmt: skip
# Demonyms that no spelling rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "German": "Germany", "French": "France", "British": "United Kingdom", "English": "United Kingdom",
    "Scottish": "United Kingdom", "Welsh": "United Kingdom", "Dutch": "Netherlands",
    "Swiss": "Switzerland", "Greek": "Greece", "Thai": "Thailand", "Filipino": "Philippines",
    "Spanish": "Spain", "Polish": "Poland", "Danish": "Denmark", "Swedish": "Sweden",
    "Finnish": "Finland", "Irish": "Ireland", "Turkish": "Turkey", "Norwegian": "Norway",
    "Peruvian": "Peru", "Belgian": "Belgium", "Czech": "Czechia", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates",
    "American": "United States", "Chinese": "China", "Japanese": "Japan", "Vietnamese": "Vietnam",
    "Lebanese": "Lebanon", "Sudanese": "Sudan", "Portuguese": "Portugal", "Taiwanese": "Taiwan",
    "Burmese": "Myanmar", "Nepalese": "Nepal", "Congolese": "Democratic Republic of the Congo",
    "Senegalese": "Senegal", "Maltese": "Malta", "Icelandic": "Iceland", "Welshman": "United Kingdom",
    "Briton": "United Kingdom", "Palestinian": "Palestinian Territory", "Israeli": "Israel",
    "Iraqi": "Iraq", "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Kuwaiti": "Kuwait",
    "Yemeni": "Yemen", "Qatari": "Qatar", "Omani": "Oman", "Bahraini": "Bahrain",
    "Bangladeshi": "Bangladesh", "Somali": "Somalia", "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan",
    "Tajik": "Tajikistan", "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan", "Slovak": "Slovakia",
    "Croatian": "Croatia", "Serbian": "Serbia", "Bosnian": "Bosnia and Herzegovina",
    "Kosovar": "Kosovo", "Cypriot": "Cyprus", "Luxembourgish": "Luxembourg", "Monegasque": "Monaco",
    "Soviet": "Russia", "Kurdish": "Kurdistan", "Persian": "Iran", "Korean": "Korea",
    "Panamanian": "Panama",
}  # fmt: skip
# Nouns after a demonym that make the phrase the country's voice: "Russian officials", "South
# Korean intelligence" (not "the German newspaper", "a Chinese firm", "French tourists").
STATE_NOUNS = frozenset(
    """official officials government authorities authority ministry ministries diplomat diplomats
    military army navy forces intelligence leader leaders leadership state media embassy envoy
    spokesman spokeswoman spokesperson president premier prime minister foreign defense defence
    security sources source""".split()
)
# Capitalised adjectives and group nouns that describe rather than name: not entities.
DESCRIPTIVE_WORDS = {
    "Western", "Eastern", "Northern", "Southern", "European", "African", "Asian", "Arab", "Arabs",
    "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Islamic", "Catholic",
    "Catholics", "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Conservative",
    "Conservatives", "Liberal", "Liberals", "Latino", "Latinos", "Hispanic", "Black", "White",
    "Sunni", "Shia", "Shiite", "Kurds", "Allied", "Allies", "Communist", "Communists", "Nazi",
    "Nazis", "Internet", "Web", "God", "English", "Tory", "Tories", "Labourites", "Greens",
    "Islamist", "Islamists", "Jihadist", "Jihadists", "Salafist", "Salafists", "Evangelical", "Evangelicals",
}  # fmt: skip
# Well-known short forms of bodies that spell no initials of their names, as posts write them ("my FB friends").
BODY_SHORT_FORMS = {"FB": "Facebook", "IG": "Instagram", "Insta": "Instagram"}
# Well-known short forms of countries that pycountry does not give.
COUNTRY_SHORT_FORMS = {
    "US": "United States", "U.S.": "United States", "U.S.A.": "United States",
    "USA": "United States", "America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Holland": "Netherlands", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "Czech Republic": "Czechia", "Russian Federation": "Russia",
    "DPRK": "North Korea", "PRC": "China", "KSA": "Saudi Arabia", "UAE": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo", "PNG": "Papua New Guinea", "BVI": "British Virgin Islands",
}  # fmt: skip

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
                 "Sgt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Prof", "Rev", "Adm", "Maj", "No",
                 "Vs", "vs", "Mt", "Ft", "Det"} | MONTHS
# Titles abbreviated to a word that is also a name: a title only with their full stop and not after a comma ("Del.
# Jo Roe" is a delegate; "Del Roe" is named Del, and "Dover, Del." is in Delaware).
DOTTED_TITLES = frozenset({"Del"})
# Small words that may sit inside a name: "Bank of England".
CONNECTORS = {"of", "the", "for", "on"}
# Nouns before an unknown name that make it an organisation.
ORG_INTRODUCERS = {
    "firm", "company", "group", "newspaper", "daily", "broadcaster", "agency", "network", "outlet",
    "website", "union", "bank", "startup", "giant", "maker", "retailer", "carrier", "pollster",
    "channel", "station", "magazine", "organization", "organisation", "militia", "party", "insurer",
    "automaker", "manufacturer", "publisher", "tabloid", "charity", "club", "label", "studio", "corporation",
}  # fmt: skip
# Last words that make a capitalised run a date or an occasion, not a name.
EVENT_WORDS = {"Day", "Eve", "Week", "Year", "Years", "Christmas", "Easter", "Olympics", "Games", "Cup"}
# Of those, the ones that are surnames too: after a lone given name they end a person's name ("Doris Day").
SURNAME_EVENT_WORDS = {"Day"}
# Words after a place name that belong in the mention: "Kursk region".
# Nouns that name a settlement or an area before "of" ("the town of Vell", "the island of Quess").
SETTLEMENT_NOUNS = {"town", "city", "village", "island", "district", "province", "region", "county", "state",
                    "suburb", "capital", "port", "neighbourhood", "neighborhood", "municipality", "commune"}
REGION_WORDS = {"region", "oblast", "province", "krai", "county", "prefecture", "district"}
# Last words of a programme's title ("The Steve Harvey Morning Show"): a work, not an entity.
PROGRAMME_WORDS = {"Show", "Podcast"}
# Last words of a law's or a document's title ("Fair Credit Reporting Act"): a text, not a person.
LAW_WORDS = {"Act", "Acts", "Bill", "Law", "Code", "Treaty", "Accord", "Accords", "Amendment", "Directive",
             "Regulation", "Statute", "Charter", "Constitution", "Convention", "Protocol", "Doctrine"}
# Nouns for one person of a nation, that no spelling rule derives ("the Brit", "the Dutchman"): who
# someone is, no name.
DEMONYM_NOUNS = {"Brit", "Briton", "Dutchman", "Dutchwoman", "Englishman", "Englishwoman", "Frenchman",
                 "Frenchwoman", "Irishman", "Irishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman",
                 "Scot", "Swede", "Dane", "Finn", "Pole", "Turk", "Spaniard", "Kiwi", "Aussie"}
# First parts of compound demonyms: "Sino-Korean", "Afro-Caribbean".
DEMONYM_COMBINING_FORMS = {"Afro", "Anglo", "Franco", "Indo", "Sino", "Russo", "Italo", "Greco", "Austro", "Judeo"}
# Prepositions after a role noun that make the next name the employer: "a lawyer with Morrison
# Foerster" (not "for": "a spokesman for Senator Doe" works for a person; "at" also gives employers,
# "an analyst at Raymond James", but CoNLL's gold reads that one as a person).
EMPLOYER_PREPOSITIONS = {"with"}
# Nouns after a name that make it a company's (a place has officials and residents, not these):
# "Kroger executives", "Acme shareholders", a chain's "Vell restaurants".
COMPANY_NOUNS_AFTER = {"executive", "executives", "employee", "employees", "shareholders", "stockholders",
                       "shares", "stock", "stores", "franchise", "franchises", "subsidiary", "subsidiaries",
                       "restaurants", "outlets", "locations", "branches"}
# Nouns after a name that only a body's name modifies: "the Vell spokesman", "Vell executives" (a place has a
# spokesman only through a body of its own, which the report names).
BODY_NOUNS_AFTER = frozenset(COMPANY_NOUNS_AFTER | {"spokesman", "spokeswoman", "spokesperson"})
# Nouns after a name that make it an armed group's, not a person's: "Boko Haram fighters", "Acme
# Front militants" (a place's or a people's fighters are no mentions a person could be).
# Plural nouns of people whose possessive opens a body's or an event's name when a capital follows: "Children's
# Health Insurance Program", "Women's March" (not a name of its own, as "Vell's" is).
PEOPLE_POSSESSIVES = {"Children", "Women", "Men", "Girls", "Boys", "Veterans", "Workers", "Farmers", "Teachers"}
GROUP_MEMBER_NOUNS = {"militants", "fighters", "insurgents", "jihadists", "gunmen", "extremists"}
# Nouns before "of" that make the name after it a group's, not a person's: "the leader of Acme Front", "an
# offshoot of Acme Front" (a person's would take "'s": "a member of Jo Roe's staff").
GROUP_PART_NOUNS = {"leader", "leaders", "founder", "founders", "member", "members", "offshoot", "affiliate",
                    "affiliates", "ranks"}
# Verbs of publishing that, like the reporting verbs, only a person or a body does: "Krebs reported".
PUBLISHING_VERBS = {"reported", "reports", "published", "publishes", "posted", "posts"}
# Possessives a name's own clause may give it that only a thing or a body takes ("Acme unveiled its phone", "Acme
# and its rivals"), and those only a person takes ("Doe said his phone"); words between that may start another
# noun the possessive is of ("Doe said the company would move its offices").
THING_POSSESSIVES = frozenset({"its", "itself"})
PERSON_POSSESSIVES = frozenset({"his", "her", "himself", "herself", "he", "she", "him"})
OTHER_NOUN_OPENERS = frozenset(
    "the a an this that these those another his her their our my your who which whose".split())
# Words after "the" and a lone capitalised word that make it the head of its phrase, a thing or a body that acts
# or is acted on ("the Hill reported", "said the Hill on Monday", "the Hill is"), not a surname used as a modifier
# ("the Roe scandal"): a person is never "the Roe".
THE_HEAD_FOLLOWERS = frozenset(FUNCTION_WORDS | REPORTING_VERBS | PUBLISHING_VERBS | set(
    "is are was were has have had will would can could may might must should did does".split()))
# Words before a title that make it a programme's or a series', a work rather than an entity: "this
# episode of Boom Bust".
PROGRAMME_BEFORE = {"episode", "episodes"}
# Words after an unknown name that make it the organisation behind a poll or a broadcast.
ORG_AFTER_WORDS = {"poll", "polls", "polling", "survey", "surveys", "radio"}
# Endings of a verb's or noun's inflections: "checks", "checked", "checking" are one word.
INFLECTION_ENDINGS = ("s", "es", "d", "ed", "ing")
# Nouns after a maker's product line ("Intel Xeon chips", "AMD Opteron processors"): the maker is
# named on its own, the line is a product.
PRODUCT_NOUNS = set(
    """
    processor processors chip chips server servers phone phones smartphone smartphones tablet tablets
    laptop laptops software console consoles platform platforms technology technologies device devices
    system systems silicon model models
    """.split()
)
# Photo agencies whose credit a scraped page runs into the caption or sentence that follows it:
# "Reuters Equifax claimed…" is Equifax.
PHOTO_CREDITS = ("Getty Images", "Rex Features", "Reuters", "AFP", "EPA", "Alamy", "Shutterstock")
# Prepositions of location: "at Ground Zero", "in Chibok".
PLACE_PREPOSITIONS = {"in", "at", "near"}
# Prepositions before a place inside a longer name that is not the place: where or for what the named one is ("It's
# Time for Vell", a campaign; "the Weather Service in Vell").
PLACE_IN_NAME_PREPOSITIONS = PLACE_PREPOSITIONS | {"for", "of", "from"}
# Words that say what kind of facility a name is, which reports add or leave out: "Betty Ford
# Treatment Center" is the "Betty Ford Center", "Morningside Recovery Center" is "Morningside
# Recovery", and "at Betty Ford" or "checked into Morningside" is the facility. Bodies a place runs
# ("Palmer Police", "Palmer Fire Department") are left out: "in Palmer" is the town.
FACILITY_WORDS = {"Center", "Centre", "Clinic", "Facility", "Treatment", "Recovery", "Rehab", "Rehabilitation"}
# Last words of a place or body named after a person ("the Vell Roe Zoo", "Jo Roe Airport"), besides the cues of
# bodies and facilities: with a full name before them, no person's name.
NAMED_AFTER_HEADS = frozenset({"Zoo", "Aquarium", "Airport", "Station", "Cathedral", "Gardens", "Library", "Bridge"})
# Prepositions of being at a place or going to it: "back at Betty Ford", "pulled up to Morningside".
LOCATIVE_PREPOSITIONS = {"in", "at", "into", "to", "inside", "outside", "near"}
# Prepositions after a sentence's first word in "-ed" that make it a participle opening a clause ("Situated in",
# "Founded by", "Based on"), no name.
PARTICIPLE_PREPOSITIONS = frozenset("in on at by to from with into near along across under over as for after".split())
# Last words an organisation's name may drop: "Acme Inc" is "Acme".
CORPORATE_SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "company"}
# Abbreviations after a town's name that make it a football club's: "Sunderland FC", "Celta CF".
CLUB_SUFFIXES = frozenset({"fc", "afc", "cf", "sc"})
# A public service's name with and without its last word: "Slidell Police Department" is the "Slidell Police",
# "Metropolitan Police Service" the "Metropolitan Police", "Palmer Fire Department" the "Palmer Fire".
SERVICE_SUFFIXES = {"police": {"department", "dept", "service", "force"}, "fire": {"department", "dept", "service"}}
# British spellings and their American forms, and abbreviated words written out, for matching
# one name's two spellings.
SPELLING_VARIANTS = {
    "centre": "center", "theatre": "theater", "organisation": "organization", "defence": "defense",
    "programme": "program", "labour": "labor", "harbour": "harbor",
    # Abbreviated name words, written out: "Mt Cook" is "Mount Cook", "Ft. Hood" is "Fort Hood".
    "mt": "mount", "mtn": "mountain", "ft": "fort", "pt": "point", "natl": "national", "intl": "international",
}  # fmt: skip
# Signs written for a word between a name's words, read as the word when two names are compared: the "Fish & Wildlife
# Service" is the "Fish and Wildlife Service" (not inside a word: "AT&T").
CONNECTOR_SIGNS = {"&": "and"}

# Words after a counted plural name that leave it the head of what is counted ("11 of the 84 Vellys went to women",
# "two Vellys were given"), where a noun would make it a modifier ("three Vellys fans"); and any verb in "-ed".
COUNTED_HEAD_FOLLOWERS = frozenset(
    "went go goes were are was is have had has will would could can to for in at of and or but this last".split())
# Nouns of measure whose scale is named after them: "22 degrees Celsius", "70 degrees Fahrenheit" (no entity).
SCALE_NOUNS = frozenset({"degree", "degrees"})
# Nouns a number counts after a name ("Kent 238 runs", "Acme 5 percent"): the number is a score or
# a measure, not a product's model number ("Pixel 2 users").
COUNTED_NOUNS = {"percent", "cent", "points", "runs", "goals", "wickets", "years", "months", "days", "weeks",
                 "hours", "minutes", "seconds", "times", "million", "billion"}

# Sports-team metonymy. A team is named "<place or school> <plural nickname>" ("Indianapolis Colts",
# "Creighton Bluejays") and, in a report about its games, by the place alone: "Indianapolis (11-4)
# beat Jacksonville", "a win for Creighton", "Kansas City's opening drive". The words around a bare
# place that make it the team (the place stays the place otherwise: "in Indianapolis", "to Kansas City"):
# words before it that name an opponent or a side ("beat Drake", "a win over Evansville", "for Creighton");
TEAM_WORDS_BEFORE = {
    "for", "against", "over", "vs", "versus", "beat", "beats", "beating", "defeat", "defeats", "defeated",
    "defeating", "past", "edged", "edges", "overcame", "overcome", "outscored", "upset", "upsets", "stunned",
    "routed", "trounced", "thrashed", "hammered", "visiting", "host", "hosts", "hosted", "hosting", "face",
    "faces", "faced", "facing", "play", "plays", "played", "playing", "meet", "meets", "met", "top-ranked",
    "top-seeded", "unbeaten", "undefeated", "with",
}  # fmt: skip
# words that make "to" name an opponent, not a destination ("lost to Indianapolis");
TEAM_LOSS_WORDS = {"lost", "lose", "loses", "losing", "loss", "losses", "fell", "fall", "falls", "succumbed"}
# verbs of a match right after it, the team as their subject ("Creighton defeated Drake");
TEAM_VERBS_AFTER = {
    "beat", "beats", "defeated", "defeats", "edged", "edges", "won", "wins", "lost", "loses", "led", "leads",
    "trailed", "trails", "scored", "scores", "rallied", "rallies", "clinched", "clinches", "advanced",
    "advances", "outscored", "routed", "upset", "upsets", "cruised", "improved", "drew", "tied", "hung", "escaped",
}  # fmt: skip
# nouns right after it that belong to a team ("the Indianapolis defense", "Creighton fans").
TEAM_NOUNS_AFTER = {
    "fans", "supporters", "coach", "coaches", "coaching", "boss", "manager", "captain", "players", "player",
    "squad", "team", "side", "roster", "bench", "starters", "defense", "defence", "defenders", "offense",
    "offence", "lead", "turnover", "turnovers", "territory", "quarterback", "record", "season", "victory",
    "win", "loss", "defeat", "jersey", "hoops", "basketball", "football", "baseball", "hockey", "rugby",
}  # fmt: skip
# Nouns of teams after a place's possessive: the place has teams, so it is the place, not one of them ("Chicago's
# other team", "Vellton's sports franchises").
TEAMS_OF_A_PLACE = {"team", "teams", "franchise", "franchises", "club", "clubs"}
# Places before and at which a bare place is the place, whatever the sentence: "from Indianapolis".
TEAM_NOT_BEFORE = LOCATIVE_PREPOSITIONS | {"from", "of", "across", "around", "through", "throughout", "toward",
                                          "towards", "downtown", "within", "via"}
# Words of sports reporting: a report with two of them, or a score, is about sport, where "<place>
# <plural>" is a team ("London Docklands" in a report on housing is no team).
SPORT_WORDS = {
    "coach", "coaches", "season", "playoff", "playoffs", "quarterback", "touchdown", "touchdowns", "tournament",
    "championship", "league", "seed", "seeded", "roster", "rebounds", "innings", "wickets", "striker",
    "midfielder", "goalkeeper", "fixture", "fixtures", "semi-final", "semifinal", "semifinals", "quarter-final",
    "quarterfinal", "quarterfinals", "halftime", "half-time", "referee", "scored", "scoring", "stadium",
    "teammates", "teammate", "defensive", "offensive",
}  # fmt: skip
# Players' positions abbreviated in sports copy ("Saints place RB Pierre Thomas on injured reserve",
# "Chiefs WR Terrance Copper"): a role before a name, never a name or a body themselves.
SPORT_POSITIONS = frozenset(
    """QB RB FB HB WR TE LB ILB OLB MLB CB DB DE DT NT OL OT OG FS SS KR PK PG SG SF PF LW RW DH SP RP LHP RHP
    GK""".split()
)
# Honours of players, written capitalised ("a four-time All-Star", "former All-Star Chris Webber"): what
# a player is, like a position, never a name of its own.
SPORT_HONOURS = frozenset({"All-Star", "All-American", "All-Pro", "Pro Bowler"})
# A match's result as a heading gives it, in Title Case between two teams ("Colts Beat Chiefs 20-13,
# Clinch Fifth Seed"): a verb, never the start of a name.
RESULT_VERBS = TEAM_VERBS_AFTER | {
    "defeat", "edge", "rout", "routs", "stun", "stuns", "crush", "crushes", "thrash", "thrashes", "blank",
    "blanks", "clinch", "outlast", "outlasts",
}  # fmt: skip
# Nouns after a bare place that make it the place, not its team: "Indianapolis police", "an
# Indianapolis man", "the Kansas City airport".
PLACE_NOUNS_AFTER = {
    "police", "mayor", "council", "councillors", "residents", "resident", "citizens", "airport", "hospital",
    "county", "suburb", "suburbs", "area", "native", "natives", "officials", "authorities", "schools", "school",
    "streets", "street", "skyline", "downtown", "neighborhood", "neighbourhood", "metro", "region", "city", "town",
    "court", "courthouse", "prosecutors", "prosecutor", "judge", "jail", "man", "woman", "men", "women", "boy",
    "girl", "family", "families", "home", "homes", "businessman", "firefighters", "weather", "traffic",
}  # fmt: skip

# US states as news copy abbreviates them after a town or a party ("Mesquite, Nev.", "Rep. Jane Doe
# (D-Mo.)"): the state named in short, never a person's or a place's own name.
US_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Penn": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia",
    "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
# Last words of an event's or a contest's name ("Super Bowl", "World Series", "Golden Globes",
# "Route 91 Harvest Festival", "Game 7"): an occasion, never a person, a body or a place.
EVENT_HEADS = frozenset(
    """Bowl Series Classic Festival Globes Awards Oscars Grammys Emmys Olympiad Championship Championships
    Marathon Parade Massacre Inauguration Game Prix""".split()
)
# Last words of a street's or a venue's name as the tagger may read a person ("Waveland Ave", "Shea
# Stadium", "1426 N. Quincy St."; "St." opening a name is a saint's): a place.
STREET_HEADS = frozenset("Ave Blvd Rd Hwy Pkwy St. Street Avenue Road Boulevard Lane Drive".split())
# Last words of a building's or grounds' name that are also surnames ("Linda Park", "Jo Hall", "Ann Tower"): a run the
# tagger reads as a person is the place when no given name opens it ("163 Research Hall", "Trump Tower") or another of
# these words stands before the last ("Turner Farm Park").
FACILITY_HEADS = frozenset("Park Hall Garden Gardens Tower Towers Plaza Ballroom Auditorium Pavilion Farm".split())
# Last words of a newspaper's name after the place it serves ("Kansas City Star", "Boston Globe",
# "Las Vegas Sun"): the paper, a body, never the place.
NEWSPAPER_HEADS = frozenset(
    """Star Sun Globe Chronicle Inquirer Enquirer Examiner Observer Courier Register Bulletin Dispatch Mirror
    Express Guardian Advocate Sentinel Beacon Ledger Record Statesman""".split()
)
# A paper's name ends in one of these ("the Los Angeles Times", "the Boston Globe"); alone after "the", such a word is
# the paper its report named in full before ("according to the Times"), whichever paper that is.
PAPER_HEADS = NEWSPAPER_HEADS | frozenset("Times Post Journal Herald Tribune Telegraph Gazette".split())
# Last words of a paper's or a broadcaster's name after the city it serves ("Detroit Free Press", "Boston Globe"): the
# city alone is the city, never the paper.
PUBLICATION_HEADS = PAPER_HEADS | frozenset("Press News Radio Television TV Broadcasting".split())
# The nouns after a social platform (``SOCIAL_PLATFORMS``) that name someone's presence on it: "the official Vell
# Air Twitter account" is Vell Air's account on Twitter, no body "Vell Air Twitter".
ACCOUNT_NOUNS = frozenset("account accounts feed feeds page pages handle profile channel post posts".split())
# Words between a chamber's name and its leader's title: "Senate Majority Leader", "House Minority Whip".
PARTY_SIDES = frozenset({"Majority", "Minority"})
# Last words of a legislature's name after the place it governs ("United States Senate", "Texas House"): the
# body, never the place.
LEGISLATURE_HEADS = frozenset("Senate House Congress Parliament Assembly Legislature".split())
# Common heads of bodies' names, each many bodies' ("House", "Committee"): alone, the one a place's name opens ("the
# House" of "the U.S. House"), never another name that ends in it ("White House", "Cordoba House").
COMMON_BODY_HEADS = LEGISLATURE_HEADS | BODY_HEADS | LONE_BODY_HEADS
# Words that rank an officer below or beside the title after them ("Assistant House Majority Leader"): part of the
# title, never of the chamber's name.
RANK_QUALIFIERS = frozenset("Assistant Deputy Acting Interim Vice Associate".split())
# Last words of a school's short name ("Virginia Tech", "Georgia Tech"): a body, never a person.
SCHOOL_HEADS = frozenset({"Tech"})
# Informal given names (English, and Spanish ones news keeps: "Javy" Javier) and the formal one each shortens, when
# it shortens only one ("Ben Jealous" is "Benjamin Todd Jealous"); "Steve" (Steven, Stephen), "Ted" (Edward,
# Theodore) and the like are left out.
NICKNAMES = {
    "Ben": "Benjamin", "Bill": "William", "Billy": "William", "Will": "William", "Bob": "Robert",
    "Bobby": "Robert", "Rob": "Robert", "Jim": "James", "Jimmy": "James", "Mike": "Michael",
    "Tom": "Thomas", "Tommy": "Thomas", "Dick": "Richard", "Rick": "Richard", "Joe": "Joseph",
    "Dan": "Daniel", "Danny": "Daniel", "Dave": "David", "Chris": "Christopher", "Tony": "Anthony",
    "Chuck": "Charles", "Charlie": "Charles", "Matt": "Matthew", "Nick": "Nicholas", "Andy": "Andrew",
    "Jeff": "Jeffrey", "Greg": "Gregory", "Ron": "Ronald", "Don": "Donald", "Larry": "Lawrence",
    "Tim": "Timothy", "Ken": "Kenneth", "Fred": "Frederick", "Doug": "Douglas", "Phil": "Philip",
    "Josh": "Joshua", "Abe": "Abraham", "Liz": "Elizabeth", "Becky": "Rebecca", "Sue": "Susan",
    "Jenny": "Jennifer", "Jen": "Jennifer", "Peggy": "Margaret", "Vicky": "Victoria", "Javi": "Javier",
    "Javy": "Javier", "Nacho": "Ignacio", "Paco": "Francisco",
}  # fmt: skip
# Words before a plural name that make it a group's members, no one's name: "all Tea Partiers".
GROUP_QUANTIFIERS = frozenset("all many most some several few both other these those".split())
# Words of a page's player or photo widgets that scraping runs into the text ("Full Screen Autoplay
# Close Skip Ad", "Buy Photo", "Play Video 0:53"): a name holding one is a widget's label.
INTERFACE_PHRASES = ("Autoplay", "Skip Ad", "Buy Photo", "Play Video", "Full Screen", "Fullscreen")
# Head nouns of an appositive after a name the place gazetteer does not know, that say what it is:
# "Sibur, a Russian gas-processing company" is a body, "Lisa Monaco, the president's counterterrorism
# adviser" a person (not nouns a place or a team may take: "host", "leader", "star", "home").
APPOSITIVE_BODY_NOUNS = frozenset(
    """company firm corporation conglomerate subsidiary manufacturer maker producer developer provider
    operator retailer lender insurer bank brokerage consultancy agency group startup app platform website
    newspaper magazine broadcaster network charity union party organization organisation nonprofit non-profit
    foundation association coalition alliance watchdog""".split()
)
APPOSITIVE_PERSON_NOUNS = frozenset(
    """adviser advisor spokesman spokeswoman spokesperson executive director chairman chairwoman president
    minister secretary senator governor mayor lawyer attorney analyst economist professor researcher
    journalist reporter correspondent columnist editor author actor actress singer rapper musician student
    officer founder co-founder cofounder historian scientist doctor wife husband son daughter mother father
    brother sister widow""".split()
)
# Role nouns before a name that only a person takes: "superstar LeBron James", "slugger Babe Ruth" (not "rival",
# "owner", "host" or "leader", which a team or a body may be: "the crosstown rival White Sox").
PERSON_ROLE_NOUNS = APPOSITIVE_PERSON_NOUNS | frozenset(
    "star superstar slugger player striker coach comedian billionaire".split())

# Words around a given name that say it is all the report knows of the person ("a dad known only as Kevin", "a man who
# gave his name as Ned", "Kevin, who gave only his first name"): the name is no full name's given name.
ONLY_NAME_BEFORE = (
    r"\b(?:(?:known|identified|named|described)\s+only\s+as"
    r"|gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+as)\s+$"
)
ONLY_NAME_AFTER = (
    r",?\s+who\s+(?:gave|gives|would\s+give)\s+only\s+(?:his|her|their)\s+first\s+name"
    r"|,?\s+who\s+(?:did\s+not|would\s+not|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?"
    r"(?:name|surname)"
)

# Number words that end a name as its edition or part: "Vell Games Two", "Vell 2".
NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
# Last words of a news programme's title after "News": "Vell News Daily", "Vell News Hour".
NEWS_PROGRAMME_WORDS = frozenset({"Daily", "Hour"})
# Last words of a unit of a known place: "Kursk Region", "Vell County" are places.
PLACE_UNIT_HEADS = frozenset({"Region", "Oblast", "Province", "Krai", "County"})
# After a name, what says it is a settlement: "Vell is a small village near", not "Vell is a village elder";
# and "Vell, population 4,850,": only a place has a population of its own.
SETTLEMENT_AFTER = (
    r",? (?:is|was) an? (?:[a-z]+ )?(?:" + "|".join(sorted(SETTLEMENT_NOUNS))
    + r")(?= (?:of|in|near|on|outside|north|south|east|west)\b|[,.;:])"
    + r"|, population:? \d"
)
# A place after a comma: "Vell, Bavaria", not "Zelvio, Quorra and".
PLACE_AFTER = r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)"
# A place the gazetteer may know after a comma, closing the phrase: "Vellby, New York, was", not "Vell Haram,
# Vellia's extremists" nor a list ("the Vells, Oakland and Arizona").
PLACE_APPOSED = r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=[,;:)]|\.(?:\s|$)|$)"

# What follows an apostrophe inside a word ("don't", "we'll", "rock'n'roll"): a mark between letters before any other
# word closes a quote and lost its space ("the 'sea-rings'were seen").
CONTRACTION_ENDINGS = frozenset("s t ll re ve d m n em".split())
# Short words a lede set in capitals may open with ("AT least two…", "IN a bid to…") that are no acronym: "US", "UK",
# "IT" are kept as written.
SHOUTED_SHORT_WORDS = frozenset("a an as at by he if in no of on so to we".split())
