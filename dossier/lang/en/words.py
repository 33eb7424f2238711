"""English function words and irregular verb forms, shared by the stages that compare what sentences say."""

from __future__ import annotations

STOPWORDS = set("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yet said says say told tells
according reported reports reportedly claimed claims stated states confirmed confirm confirms noted added
adds announced assessed estimated believes believed one two three mr mrs ms monday tuesday wednesday
thursday friday saturday sunday today yesterday week month year last earlier later since already still
even just around nearly almost however also well may might must shall would could new like get got made
make many much may us per via within without across upon among another every seem seems seemed seeming
hundred hundreds thousand thousands million millions billion billions trillion several dozen dozens tens
percent cent
""".split())  # the last two lines are the words of figures, which are compared as figures
# Irregular verb forms, so that "held"/"hold" and "sent"/"send" meet; and forms the stemmer cuts short ("sued", "su").
IRREGULAR_FORMS = {
    "held": "hold", "sent": "send", "lost": "lose", "won": "win", "met": "meet", "paid": "pay",
    "left": "leave", "took": "take", "taken": "take", "gave": "give", "given": "give", "found": "find",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "struck": "strike", "shot": "shoot",
    "bought": "buy", "sold": "sell", "began": "begin", "begun": "begin", "brought": "bring", "kept": "keep",
    "led": "lead", "ran": "run", "saw": "see", "seen": "see", "spent": "spend", "wrote": "write",
    "written": "write", "chose": "choose", "chosen": "choose", "grew": "grow", "grown": "grow",
    "withdrew": "withdraw", "withdrawn": "withdraw", "broke": "break", "broken": "break", "fought": "fight",
    "caught": "catch", "sought": "seek", "knew": "know", "known": "know", "became": "become", "went": "go",
    "gone": "go", "came": "come", "drove": "drive", "driven": "drive", "hid": "hide", "hidden": "hide",
    "stole": "steal", "stolen": "steal", "forgave": "forgive", "swore": "swear", "sworn": "swear",
    "dead": "die", "death": "die", "deaths": "die", "died": "die",
    "made": "make", "spoke": "speak", "spoken": "speak", "threw": "throw", "thrown": "throw", "put": "put",
    "hit": "hit", "laid": "lay", "beaten": "beat", "sued": "sue", "suing": "sue",
}
