"""Purchasing authority from what visitors say about their role.

Three values: `decision_maker` (titles such as CEO, VP, head of, director, owner, founder, or
"I sign off"), `influencer` ("I need approval", "run it by my boss", "evaluation committee",
managers and individual contributors) and `no_authority` ("student", "intern", "no say in
purchasing"). Phrases about someone else ("our CFO decides") are not the visitor's own title.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.nlu.clauses import clause_at
from bot.nlu.deciders import DECISION_MAKER, INFLUENCER, who_decides
from bot.nlu.types import Found

NO_AUTHORITY = "no_authority"
# How each value reads to a visitor, an SDR and in score reasons: the one wording of each role.
ROLE_NAMES = {
    DECISION_MAKER: "decision maker",
    INFLUENCER: "influencer (others approve)",
    NO_AUTHORITY: "no say in the decision",
}

NO_AUTHORITY_RE = re.compile(
    # "I'm not just an intern lol, I'm the ops lead": the role they deny is not theirs
    r"\b(?:i'?m\s+(?:just\s+)?(?:a|an)\s+)?(?<!not\sa\s)(?<!not\san\s)(?<!not\sjust\sa\s)(?<!not\sjust\san\s)"
    r"(?<!no\slonger\sa\s)(?<!no\slonger\san\s)(?<!not\sonly\san\s)(?<!not\sonly\sa\s)(?:student(?![\s-]+(?:pricing|discounts?|plans?|rates?|prices?|licen[cs]es?|accounts?|version|edition|tier))|intern(?![\s-]+(?:account|role|user|seat|login|permissions?|access))|internship|trainee|apprentice|phd\s+candidate|"
    r"undergrad|grad\s+student|job\s+seeker|job\s+hunting|looking\s+for\s+a\s+job|unemployed|"
    r"school\s+project|class\s+project|thesis|homework|"
    r"(?:no|zero|little|not\s+much)\s+(?:decision(?:[\s-]making)?\s+|purchasing\s+|buying\s+|real\s+)?(?:say|input|influence|involvement|authority|power|vote)\b|retired|"
    # "I won't have any input", "I don't have much say"
    r"(?:won'?t|will\s+not|don'?t|do\s+not|doesn'?t)\s+(?:really\s+)?(?:have|get)\s+(?:any|much|a)\s+(?:real\s+)?(?:say|input|influence|vote)\b|"
    r"(?:not|won'?t\s+be)\s+the\s+one\s+(?:who\s+)?(?:decid\w*|sign\w*|approv\w*|buy\w*|mak\w*|pay\w*)|"
    r"(?:don'?t|do\s+not|never|won'?t)\s+(?:get\s+to\s+)?(?:decide|sign\s+off|make\s+the\s+(?:final\s+)?(?:call|decision))\b"
    r"(?!\s+(?:it\s+|this\s+)?(?:alone|by\s+myself|on\s+my\s+own|single-?handedly))|"
    r"not\s+in\s+charge\s+of\s+(?:the\s+)?(?:purchas\w*|buying|procurement|budgets?|decisions?|spending)|"
    r"(?:don'?t|do\s+not)\s+(?:hold|own|control|manage)\s+(?:the\s+)?(?:budget|purse)|"
    r"(?:decision|call|budget|choice)\s+(?:isn'?t|is\s+not)\s+mine|not\s+senior\s+enough|"
    r"(?:university|college|school)\s+(?:course|class|project|assignment)|(?:homework|class|school)\s+assignment|research\s+paper|dissertation|"
    r"just\s+an?\s+(?:employee|staff\s+member|user)|(?:i\s+)?(?:just|only)\s+work\s+(?:here|there)|"
    r"(?:i'?m\s+(?:just\s+)?(?:a\s+)?)?volunteer(?:ing)?\s+(?:at|for|with)|"
    r"(?:don'?t|do\s+not|never)\s+(?:really\s+)?get\s+(?:a\s+|any\s+|much\s+)?(?:say|input|vote)\b|"
    r"not\s+(?:involved|part\s+of|responsible\s+for)\s+(?:in\s+)?(?:the\s+)?(?:purchas\w*|buying|decision\w*|procurement)|"
    # "I won't be involved at all", "i'm not involved": no part, said outright
    r"(?:won'?t|will\s+not|wont)\s+be\s+involved\b(?!\s+(?:in\s+)?(?:the\s+)?(?:setup|set[\s-]up|rollout|onboarding|implementation))|"
    r"(?:i'?m|i\s+am)\s+not\s+involved\b(?!\s+(?:in\s+)?(?:the\s+)?(?:setup|set[\s-]up|rollout|onboarding|implementation))|"
    r"(?:don'?t|do\s+not|doesn'?t|never)\s+(?:make|take|have\s+a\s+say\s+in)\s+(?:any\s+)?(?:purchas\w*|buying\s+)?decisions?|"
    # "not my call", "not up to me" ("sorry thats not my name" is not a say denied)
    r"(?:not|isn'?t|nothing)\s+(?:my\s*(?:call|decision|department|choice|budget|money|area|responsibility|job\s+to\s+decide)\b|"
    r"up\s+to\s+me\b)|not\s+the\s+(?:decision[\s-]*maker|buyer)|"
    r"not\s+a\s+decision[\s-]*maker|(?:just|only|merely|simply)\s+(?:a\s+)?(?:curious|nos[e]?y|browsing\s+for\s+fun)|"
    r"out\s+of\s+(?:pure\s+|sheer\s+)?curiosity|(?:have|has)\s+nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:purchasing|buying|"
    r"the\s+decision|decisions?|procurement|it)|"
    r"nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:purchas\w*|buying|procurement|decisions?|budgets?|spending)|"
    r"(?:purchas\w*|buying|procurement|budgets?|spending)\s+(?:has|have|is)\s+nothing\s+to\s+do\s+with\s+me|"
    r"(?:purchas\w*|buying|procurement)\s+(?:isn'?t|is\s+not)\s+(?:my\s+(?:job|area|thing|responsibility)|up\s+to\s+me)|"
    r"(?:don'?t|do\s+not|never)\s+(?:handle|deal\s+with|own|manage|run|do|take\s+part\s+in)\s+(?:the\s+|any\s+)?(?:purchas\w*|buying|procurement)|"
    r"(?:don'?t|do\s+not|never)\s+(?:get\s+to\s+)?(?:pick|choose|select|decide\s+on|buy)\s+(?:it|them|the\s+tools?|tools|software|vendors?)|"
    r"above\s+my\s+pay\s*grade|(?:i\s+)?just\s+use\s+(?:it|the\s+\w+)|"
    r"(?:can'?t|cannot)\s+(?:make|approve)\s+(?:that|the|any|purchas\w*)\s*(?:decision|call)?|"
    r"(?:can'?t|cannot)\s+sign\s+(?:anything|off|contracts?|the\s+contract)|"
    r"no\s+role\s+in\s+(?:the\s+)?(?:buying|purchas\w*|decision\w*|procurement)|"
    # someone from a competitor: "on the product team at a competing SaaS"
    r"(?:at|for|with)\s+a\s+competing\s+(?:saas|company|product|vendor|tool|startup|firm|platform)|"
    r"(?:have|has)\s+no\s+(?:say|authority)|no\s+budget\s+authority|personal\s+(?:use|project)|hobby(?:ist)?|"
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have\s+(?:any|much|a|the|real)\s+(?:say|input|influence|authority|power)|"
    # outsiders: the press, a competitor, someone writing about the market
    r"journalist|reporter|blogger|writing\s+(?:a|an|up\s+a)\s+(?:\w+\s+)?(?:piece|article|story|blog\s*post|review|report)|"
    # not a buyer, said outright: "just a developer poking around, not buying"
    r"(?:not|never)\s+(?:buying|a\s+buyer|in\s+the\s+market|looking\s+to\s+buy|shopping)(?!\s+(?:yet|today|right\s+now))|"
    # a job candidate: "interviewing with you next week", "applying for a role at your company"
    r"interview(?:ing)?\s+(?:with|at|for)\s+(?:you|u|your)\b|interview(?:ing)?\s+for\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:job|role|position)\s+(?:(?:at|with)\s+(?:you|u|your)\b|here\b)|(?:job|an)\s+interview\s+(?:with|at)\s+(?:you|u|your)\b|"
    r"(?:applying|applied)\s+(?:for\s+(?:a|the|an)\s+(?:\w+\s+)?(?:job|role|position|opening)|to\s+(?:work|you|your))\b|"
    r"job\s+(?:applicant|candidate)|(?:not|never)\s+(?:here\s+to\s+buy|buying\s+anything|purchasing\s+anything)|"
    r"(?:just\s+)?a\s+random\s+(?:person|guy|visitor)|"
    r"between\s+jobs|(?:we'?re|we\s+are|i'?m|i\s+am)\s+building\s+(?:something|a\s+(?:product|tool|thing))\s+(?:similar|like\s+(?:this|yours))|"
    # "with a competitor" is working for one, unless they signed or went with one (a customer of theirs)
    r"(?<!signed\s)(?<!went\s)(?<!gone\s)(?<!stayed\s)(?<!switched\s)(?<!partnered\s)(?<!contracted\s)(?<!are\s)(?<!were\s)"
    r"(?:from|at|for|with)\s+(?:one\s+of\s+)?(?:a|your|the)\s+(?:\w+\s+)?competitors?\b|high[\s-]?schooler\b|(?:i'?m|im|i\s+am)\s+(?:still\s+)?in\s+high[\s-]?school\b|(?:market|analyst|industry)\s+(?:report|research|study|analysis)|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:a|your)\s+(?:direct\s+)?competitors?|competitive\s+research|^\W*(?:(?:a|your|ur)\s+)?competitor\s+here)\b",
    re.IGNORECASE,
)
# "the buying committee is 4 people": a group's size said, not the visitor's seat on it
_SIZE_SAID = r"(?!\s+(?:is|has|are|=)\s+(?:\d|about|around|~))"
INFLUENCER_RE = re.compile(
    # ("we need approval workflows for managers": a feature of the product asked for)
    r"\b(?:need(?:s|ed)?\s+(?:to\s+get\s+)?(?:an?\s+)?(?:approval|sign[\s-]?off|a\s+green\s+light|buy[\s-]?in|the\s+ok|the\s+okay|thumbs[\s-]?up|nod|go[\s-]?ahead|blessing)"
    r"(?![\s-]+(?:workflows?|flows?|process(?:es)?|steps?|chains?|rules?|features?|queues?|routing|logic|requests?|system|tool))|"
    r"(?:get|getting|seek|seeking)\s+(?:an?\s+)?(?:approval|sign[\s-]?off|buy[\s-]?in)|"
    r"(?:run|check|clear|pass)\s+(?:it|this|that)\s+(?:by|with|past)\b|"
    # "I only prepare the decision", "I just prepare it for the MD": the groundwork, someone else decides
    r"(?<=\bi\s)(?:only\s+|just\s+)?prepar(?:e|ing)\s+(?:the\s+decision|it|this|the\s+groundwork|the\s+options)\b|"
    r"(?:ask|asking|check\s+with|talk\s+to|consult|loop\s+in|convince|persuade|pitch\s+(?:it\s+)?to|help(?:ing)?|assist(?:ing)?|"
    r"(?:take|bring|show|forward|present|send)\s+(?:it|this|that)\s+to)\s+(?:my|our|the)\s+"
    r"(?:boss|manager|cfo|ceo|cto|coo|vp|director|head|board|leadership|management|founder|owner|team|supervisor|procurement|finance)|"
    # ("$1,200 a quarter is what finance approved": the budget, settled)
    r"(?<!\bwhat\s)(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\blet\sa\s)(?<!\blets\sa\s)(?<!\ballow\sa\s)(?<!\ballows\sa\s)(?:(?:my|our|the)\s+)?(?:boss|manager|cfo|ceo|cto|coo|cio|cmo|cro|ciso|president|partners?|vp|director|head|board|leadership|management|founder|owner|team\s+lead|supervisor|procurement|finance|legal|council|committee)(?:\s+team)?\s+"
    r"(?:just\s+|always\s+|still\s+|will\s+)?(?:decides|votes?|vote\s+on|(?:makes|will\s+make)\s+the\s+(?:final\s+)?(?:call|decision)|has\s+(?:the\s+)?final\s+(?:say|word)|signs?\b|approved?s?\b(?!(?<=finance\sapproved)\s+(?:a\s+|the\s+|our\s+|an?\s+extra\s+)?(?:[$€£¥₹]|\d|budget|spend))|will\s+decide|owns\s+the\s+budget|"
    r"(?:has|have|needs?|must)\s+(?:to\s+)?(?:approve|sign\s+off|okay|ok|green[\s-]?light)|"
    # a limit set from above: "my manager said we can go up to 2.4k a year"
    r"(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:we|i)\s+(?:can|could|may|should|have\s+to))|"
    # someone guessed at as who decides: "no idea who decides, probably our ops lead"
    r"\b(?:probably|maybe|likely|prob)\s+(?:our|my|the)\s+(?:[\w-]+\s+)?(?:lead|boss|manager|head|director|cfo|ceo|cto|coo|vp|"
    r"owner|founder|board|partners)\b|"
    r"(?<!\bidk\s)(?<!\bknow\s)(?<!\bsure\s)(?<!\bidea\s)(?<!\bdunno\s)"
    r"\bwho\s+(?:will\s+|would\s+)?(?:decides?|makes?\s+the\s+(?:final\s+)?(?:call|decision)|signs?\s+off|approves?)\b|"
    # the verb before who decides, as other languages say it: "dat beslist mijn manager", "rozhoduje majitel"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwho\s)\b(?:decides?|approves)\s+"
    r"(?:(?:my|our|the)\s+)?(?:\w+\s+)?(?:boss|manager|supervisor|cfo|ceo|"
    r"cto|coo|vp|director|board|owner|founder|management|leadership|partners|committee)\b|"
    # "minha chefe decide": someone above, who decides
    r"\b(?:my|our)\s+(?:boss|manager|supervisor|director|owner)\s+(?:[^\W\d_]+\s+)?decides?\b|"
    # "anything like this goes to the board for approval": someone above signs
    r"\b(?:goes|go|has\s+to\s+go|needs\s+to\s+go|must\s+go|would\s+go|gets\s+sent)\s+(?:to|through|thru|past|before|up\s+to)\s+"
    r"(?:the\s+|my\s+|our\s+)?(?:board|ceo|cfo|owners?|boss|management|leadership|finance|procurement|committee|partners|"
    r"director)\b|"
    r"\bfor\s+(?:my|our)\s+(?:exec(?:utive)?\s+|managing\s+)?(?:boss|manager|supervisor|cfo|ceo|cto|coo|cio|cmo|cro|ciso|gm|md|president|vp|director|"
    r"head\s+of\s+\w+|team\s+lead|leadership|founder|owner|board|department\s+head|head\s+of\s+department)\b|"
    # "choosing a CRM for a client", "picking a chatbot for one of our clients": the client decides
    r"\b(?:choos|pick|select|evaluat|shortlist)\w*\s+(?:[\w-]+\s+){0,3}?for\s+(?:a|an|the|my|one\s+of\s+(?:my|our|the))\s+"
    r"(?:\w+\s+)?clients?\b(?![^.;!?]*\b(?:i'?m|i\s+am)\s+(?:the\s+)?(?:owner|founder|ceo|md)\b)|"
    # "looking around on behalf of my department head"
    r"\bon\s+behalf\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|head|director|cfo|ceo|cto|cio|vp|team|board|"
    r"department|owner|founder|partners?)\b|"
    # the legwork of a purchase, said of themselves: "I'm just collecting quotes", "only comparing offers"
    r"\b(?:i'?m|i\s+am|im)\s+(?:just\s+|only\s+|simply\s+|the\s+one\s+)?(?:gathering|collecting|comparing|pulling\s+together|"
    r"getting)\s+(?:some\s+|a\s+few\s+)?(?:quotes|prices|offers|options)\b|"
    # the legwork done for someone above: "I just collect quotes for the boss", "gathering options for the VP"
    r"\b(?:quotes?|options|legwork|groundwork|homework|research|info(?:rmation)?|pricing|comparisons?|numbers)\s+"
    r"(?:[\w-]+\s+){0,3}?for\s+(?:the|my|our)\s+(?:exec(?:utive)?\s+|managing\s+)?(?:boss|manager|supervisor|cfo|ceo|cto|coo|"
    r"cio|vp|director|head(?:\s+of\s+\w+)?|principal|president|founder|owner|board|partners?|higher[\s-]?ups?|team\s+lead|"
    r"line\s+manager|commissioners?|council|district|trustees|committee|team|mayor|governor|dean|chair(?:man|woman|person)?|"
    r"superintendent|headteacher|headmaster|rector|provost|treasurer|mds?|gm)\b|"
    # carried inside to whoever decides: "I'll pitch it internally", "I'll push for it with the head of dept"
    r"\bpitch(?:ing)?\s+(?:it|this|that)\s+internally\b|\bpush(?:ing)?\s+for\s+(?:it|this|that)\s+(?:with|internally|to)\b|"
    # "pulling together options for the board", "putting together a shortlist": someone else picks from it
    r"\bfor\s+the\s+(?:board|leadership(?:\s+team)?|management(?:\s+team)?|partners|owners|founders|exec(?:utive)?s?(?:\s+team)?)\b|"
    r"\bfor\s+(?:our\s+)?(?:leadership|management|senior\s+management)\b|"
    r"\b(?:pull\w*|put\w*)\s+together\s+(?:some\s+|a\s+few\s+|the\s+)?(?:options|a\s+shortlist|a\s+short\s+list|a\s+list|a\s+comparison|"
    r"a\s+proposal|a\s+business\s+case)\b|"
    r"(?:approval|sign[\s-]?off)\s+(?:from|by)\b|"
    # ("the buying committee is 4 people" says how big it is, not that the visitor sits on it)
    rf"(?:evaluation|buying|steering|selection)\s+(?:committee|group|team){_SIZE_SAID}|"
    # "final approval is with our director", "the approval rests with the MD", "she's the one who signs"
    r"(?:final\s+)?(?:approval|decision|say|sign[\s-]?off|call)\s+(?:is|lies|rests|sits|stays)\s+with\s+(?:our|my|the)\b|"
    # "the final decision is made by the department head": someone else makes it
    r"(?:final\s+)?(?:approval|decision|say|sign[\s-]?off|call)\s+(?:is\s+|was\s+|will\s+be\s+|gets\s+)?(?:made|taken|given)\s+by\s+"
    r"(?:our|my|the|his|her|their|a|an)\b|"
    # "I'll send my findings upstairs"
    r"\b(?:send|take|bring|pass)\w*\s+(?:my|our|the)\s+(?:findings|recommendation|shortlist|notes)\s+"
    r"(?:upstairs|up\s+the\s+(?:chain|ladder)|up)\b|"
    # "Board approval required", "needs CFO sign-off"
    r"\b(?:board|cfo|ceo|owner|management|finance|committee|council|director|vp)\s+(?:approval|sign[\s-]?off)\s+"
    r"(?:is\s+)?(?:required|needed|necessary)\b|\brequires?\s+(?:board|cfo|ceo|owner|management|finance)\s+(?:approval|sign[\s-]?off)|"
    r"\b(?:she|he|they)(?:['’]s|\s+is|['’]re|\s+are)\s+the\s+ones?\s+(?:who|that)\s+(?:signs?|decides?|approves?)\b|"
    r"(?:final|last)\s+(?:decision|say|call|word)\s+(?:is|lies|rests|sits)\s+(?:with\s+)?(?:my|our|the|his|her|their)\b|"
    r"(?:board|ceo|cfo|cto|boss|owner|founder|management|leadership|director|vp)\s+(?:has|have|gets?)\s+(?:the\s+)?(?:final|last)\s+"
    r"(?:say|word|call)|"
    # a say in part: "partly, our CFO has final say", "only partially, it's shared"
    r"^\W*(?:only\s+)?(?:partly|partially|in\s+part|to\s+(?:some|an)\s+extent|somewhat)(?=\s*(?:[,.;!?-]|$))|"
    r"(?<!nobody\s)(?<!no\sone\s)(?:asked|tasked|told|wants?|got)\s+me\s+(?:with\s+|to\s+)(?:find|look|check|research|compare|get|gather|collect|"
    r"shop|scout|source|dig|explore|evaluate|pull|put\s+together|come\s+up|pick|choose|select|sort\s+out|figure\s+out)\w*|"
    r"(?:i\s+(?:was|have\s+been|'ve\s+been|got|am)|i'?m|i'?ve\s+been|who\s+(?:got|was|were|has\s+been))\s+"
    r"(?:asked|tasked|told|charged)\s+(?:(?:by|from)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?)?(?:to|with)\b|"
    # "boss gave me a 15k budget to find us a tool": the search handed down
    r"\b(?:boss|manager|director|ceo|cfo|coo|owner|founder|vp|supervisor)\s+(?:gave|handed|assigned)\s+me\b|"
    # "the decider is the director", "the decision maker would be our CFO"
    r"\bthe\s+(?:decider|decision[\s-]?maker|one\s+who\s+decides|person\s+who\s+decides|one\s+who\s+signs)\s+"
    r"(?:is|will\s+be|would\s+be|'s)\s+(?:the|my|our)\b|"
    # someone else has the last word: "our broker has the final say", "my partner makes the call"
    r"\b(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:has|have|gets?)\s+the\s+(?:final|last)\s+(?:say|word|call)|"
    # "the district has to approve purchases", "our ED approves spending", "the council must sign off"
    r"\b(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:has\s+to|have\s+to|must|needs?\s+to|would\s+have\s+to|will\s+have\s+to)\s+"
    r"(?:approve|sign\s+off|sign\s+it|okay|ok|green[\s-]?light)\b|"
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:approves|signs\s+off)\b|"
    r"\b(?:our|my)\s+(?:[\w-]+\s+)?(?:decides|makes\s+the\s+(?:final\s+)?(?:call|decision))\b|"
    # "boss man said find something under 5k": sent to look by someone above
    r"\b(?:boss|manager|cfo|ceo|owner|director|vp|head|founder)\s+(?:man\s+|lady\s+)?(?:said|told\s+(?:me|us)|asked\s+(?:me|us)|"
    r"wants?\s+(?:me|us)|says?\s+(?:me|to\s+me)|tells?\s+(?:me|us)|asks?\s+(?:me|us))\s+(?:to\s+)?"
    r"(?:find|look|get|check|research|compare|source|shop)\b|"
    # "researching options to bring to my boss", "I'll present to the CIO": carried up to whoever decides
    r"\b(?:bring|take|present|show|pass|hand|forward)\w*\s+(?:\w+\s+){0,2}?to\s+(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|"
    r"supervisor|cfo|ceo|cto|coo|cio|vp|director|head|board|leadership|management|founders?|owners?|partners)\b|"
    # "I'm scoping requirements for them", "drafting the requirements for procurement"
    r"\b(?:scop|gather|collect|writ|draft|prepar|defin)\w*\s+(?:the\s+|our\s+)?requirements\s+for\b|"
    # "my dad owns it and decides, I'm looking into options for him"
    r"\b(?:quotes?|options|pricing|prices|info(?:rmation)?|tools)\s+for\s+(?:him|her|them)\b|"
    # someone above wants it: "my boss wants it by monday", "our CEO needs this live next month"
    r"(?:my|our|the)\s+(?:boss|manager|supervisor|cfo|ceo|cto|coo|cio|vp|director|founder|owner|board|management|leadership)\s+"
    r"(?:really\s+|just\s+)?(?:wants|needs|expects|is\s+pushing\s+for|asked\s+for)\s+(?:it|this|that|one|something|a|an|us)\b|"
    # "recommend", not "my brother recommended you": a referral is no part in the purchase
    rf"committee{_SIZE_SAID}|"
    # "what do you recommend?": asking us to recommend claims no part in it
    r"(?<!you\s)(?<!\su\s)(?<!\sya\s)(?<!guys\s)(?<!you'd\s)recommend\w*(?!\s+(?:(?:you|u|ya|your)\b|us\s+to\s+you))|"
    # "it's procurement's call", "that's legal's decision": a department decides, so they have a say at most
    r"\b(?:it'?s|its|it\s+is|that'?s|that\s+is|this\s+is)\s+(?:(?:my|our|the)\s+)?(?:procurement|purchasing|finance|"
    r"legal|accounting|it|ops|hr)(?:\s+(?:team|department|dept))?['’]s\s+(?:call|decision|choice)\b|"
    # "the decision is my boss's"
    r"(?:final\s+)?decision\s+is\s+(?:my|our)\s+(?:\w+\s+)?(?:boss|manager|supervisor|director|ceo|cfo|owner|founder|head|"
    r"vp|superior)['’]s|shortlist\w*|evaluat\w*(?!\s+(?:committee|team|group)\s+(?:is|has|are|=)\s+(?:\d|about|around|~))|"
    r"assessing|research\w*\s+(?:options\s+)?for\s+(?:my|our|the)\b|"
    # "I just do the research", "helping with the research"
    # "I'm only doing the research", "I just make proposals" (a glossed "私は提案するだけです")
    r"\bi(?:'?m|\s+am)?\s+(?:(?:just|only|mostly)\s+(?:do|doing|make|making)\s+(?:the\s+|all\s+the\s+|some\s+)?|"
    r"(?:do|doing)\s+(?:the|all\s+the)\s+)(?:research|legwork|homework|digging|groundwork|proposals?|suggestions?)\b"
    # "just doing research for a blog post": their own piece of writing, no part in a purchase
    r"(?!\s+(?:for|on)\s+(?:a|an|my|the)\s+(?:\w+\s+)?(?:blog|article|post|paper|thesis|dissertation|class|course|school|"
    r"story|piece|book|podcast|video|report))|"
    r"help(?:ing)?\s+with\s+(?:the\s+)?(?:research|evaluation|shortlist)\b|"
    r"(?:i'?d|i\s+would|i'?ll|i\s+will|i)\s+(?:need|have)\s+(?:to\s+get\s+)?(?:the|my|our)\s+(?:\w+\s+)?(?:cfo|ceo|cto|coo|boss|manager|director|vp|owner|founder|board|head)\s+to\s+(?:sign|approve|ok|okay|agree)|"
    # a part in the purchase, not a department: "on the evaluation team", "on the team evaluating tools"; "I'm on the
    # marketing team at a bank" says where they work
    r"(?:i'?m|i\s+am)\s+(?:part\s+of|on)\s+the\s+(?:(?:buying|evaluation|eval|selection|procurement|purchasing|steering|"
    r"project|tender|review|search)\s+(?:team|group)|(?:\w+\s+)?(?:panel|committee)|(?:\w+\s+)?(?:team|group)\s+"
    r"(?:evaluating|choosing|selecting|looking|picking|deciding|reviewing|comparing|that\s+(?:picks|decides|chooses)))|"
    r"help(?:ing)?\s+(?:him|her|them)\s+(?:to\s+)?(?:choose|decide|pick|select|evaluate)|(?:i|we)\s+(?:only\s+|just\s+|mostly\s+)?(?:influence|advise|propose|present)(?!\s+(?:[\w-]+\s+)?[a-z]+s\b)|"
    r"(?:strong|big|a)\s+(?:influence|say|voice)\b|(?:have|has)\s+(?:a\s+)?(?:say|input)|joint\s+decision(?!\s+(?:between|with)\s+(?:me\s+and\s+)?my\s+(?:co-?founders?|(?:business\s+)?partners?))|decide\s+together|"
    r"decision\s+is\s+(?:a\s+)?(?:joint|shared)(?!\s+(?:one\s+)?(?:between|with)\s+(?:me\s+and\s+)?my\s+(?:co-?founders?|(?:business\s+)?partners?))|"
    r"(?:don'?t|do\s+not)\s+decide\s+(?:it\s+|this\s+)?(?:alone|by\s+myself|on\s+my\s+own)|"
    r"(?:not|isn'?t)\s+(?:only|solely)\s+(?:my|up\s+to\s+me)|(?:will\s+)?make\s+(?:a|the|my|our)\s+case|champion|"
    # "want to push for it", "pushing for it internally", "lobbying for it": arguing for the purchase
    r"(?:push|pushing|pushed|lobby|lobbying|advocat\w*|argu\w*)\s+for\s+(?:it|this|you|the\s+(?:tool|switch|change|purchase))|"
    r"(?:go|goes|went)\s+with\s+(?:what|whatever|whoever|whichever)\s+i\s+(?:suggest|recommend|pick|say|choose|propose)|"
    r"need\w*\s+(?:to\s+get\s+)?(?:my|our|the)\s+(?:\w+\s+){0,2}?\w+['’]s\s+(?:approval|sign[\s-]?off|ok|okay|blessing|go[\s-]?ahead)|"
    r"(?:i'?ll|i\s+will|i\s+can|i'?d)\s+(?:\w+\s+)?(?:pitch\w*|present\w*|bring\w*|tak\w*|show\w*|propos\w*|recommend\w*|suggest\w*)\s+"
    r"(?:it|this|that|you|the\s+options|the\s+quotes?|(?:the|your)\s+(?:tool|product|solution|platform|software|idea|chatbot|bot))\s+to\b|"
    r"(?:it'?s|it\s+is)\s+(?:a\s+)?(?:team|group|joint)\s+decision(?!\s+(?:between|with)\s+(?:me\s+and\s+)?my\s+"
    r"(?:co-?founders?|(?:business\s+)?partners?))|"
    # the visitor carrying it to whoever decides, or listened to by them: a say, whatever their title
    r"(?:tak|bring|show|forward|present|send|pass|hand)\w*\s+(?:it|this|that|everything|(?:the|your)\s+"
    r"(?:info\w*|options|quotes?|pricing|prices|details|numbers))\s+"
    r"(?:on\s+|over\s+|up\s+)?to\s+(?:my|our|the)\s+(?:\w+\s+)?(?:decision[\s-]?makers?|deciders?|higher[\s-]?ups|"
    r"execs?|executives?|owners?|partners?|board)|"
    # what must be settled with someone above first: "I need to discuss it with my manager", "have to
    # sort this out with our CFO" (and "ich muss das mit meinem Chef abklären", read in English)
    r"(?:need|needs|have|has|got)\s+to\s+(?:[\w'’]+\s+){0,4}?(?:with|by|past)\s+(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:boss|manager|supervisor|cfo|ceo|cto|coo|cio|vp|director|head|board|leadership|founders?|owners?|partners|"
    r"management|procurement|finance)\b(?=\s*(?:$|[,.;!?)]|(?:first|before|about|and|but|check|clear|discuss|talk)\b))|"
    r"(?:listens?|listened)\s+to\s+me|(?:takes?|follows?|trusts?)\s+my\s+(?:advice|word|lead|judg(?:e)?ment|recommendations?|call)|"
    # legwork for a titled someone, named with a qualifier: "comparing tools for our ops director"
    r"\b(?:compar|gather|research|collect|look|shop|scout|evaluat)\w*\s+(?:\w+\s+){0,3}?for\s+(?:my|our|the)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:boss|manager|supervisor|director|head|lead|vp|owner|founder|cio|cto|cfo|ceo|coo)\b|"
    # "i present options to leadership and they pick"
    r"\b(?:present|bring|take|show)\w*\s+(?:\w+\s+){0,2}?to\s+(?:leadership|management|execs?|senior\s+management)\b|"
    # someone named before picks: "…, she'll pick", "… and they decide"
    r"(?:\band|,)\s+(?:she|he|they)(?:'ll|\s+will|\s+would|'d)?\s+(?:pick|picks|decide|decides|choose|chooses|sign\s+off|"
    r"approve|approves|make\s+the\s+(?:final\s+)?call)|"
    r"\bthe\s+one\s+doing\s+(?:the\s+|all\s+the\s+)?(?:legwork|research|homework|digging|evaluation|comparison|groundwork))\b",
    re.IGNORECASE,
)
# a business the visitor runs, owns or has, named by its kind
_OWNED_BUSINESS = (
    r"company|business|firm|agency|shop|store|practice|startup|studio|clinic|farm|restaurant|caf[eé]|bakery|salon|gym|"
    r"hotel|b&b|bar|pub|bistro|brewery|winery|school|daycare|consultancy|boutique|garage|dealership|franchise|nursery|"
    r"spa|workshop|factory|bookshop|pharmacy|kitchen|food\s+truck|brokerage|(?<=-person\s)(?:\w+\s+){0,2}office"
)
OWNER_PHRASE_RE = re.compile(
    r"\b(?:i\s+(?:sign\s+off|sign\s+the\s+(?:checks?|cheques?|contracts?|deal)|approve\s+(?:the\s+)?(?:budget|purchases?|spend|spending)|"
    r"own\s+the\s+(?:budget|decision|p&l|purse)|hold\s+the\s+(?:budget|purse\s+strings)|control\s+the\s+budget|"
    r"make\s+(?:the\s+)?(?:final\s+)?(?:calls?|decision|decisions|purchasing\s+decisions)|decide|have\s+(?:the\s+)?final\s+(?:say|word|call)|"
    r"am\s+the\s+(?:decision[\s-]?maker|budget\s+(?:holder|owner)|buyer)|can\s+(?:sign|approve|buy|decide))|"
    # "my dad owns it, but he lets me pick the tools and sign": the say handed to them
    r"\b(?:lets?|allows?|trusts?)\s+me\s+(?:to\s+)?(?:\w+\s+){0,4}?(?:sign|decide|make\s+the\s+(?:final\s+)?(?:call|decision))\b|"
    r"(?:it|this|that)\s*(?:'?s|\s+is|\s+would\s+be|\s+will\s+be|'?ll\s+be|['’]d\s+be)\s+(?:my|all\s+my)\s+(?:call|decision|budget|money)|"
    r"\b(?:obviously|totally|definitely|entirely|completely|always)\s+my\s+(?:call|decision)\b|"
    r"i\s+(?:have|hold|own)\s+(?:the\s+)?(?:final\s+)?sign[\s-]?off\b(?!\s+from)|i\s+run\s+(?:the|this)\s+(?:place|show|joint)|"
    r"i\s+(?:lead|manage)\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:department|division|function|org|organi[sz]ation|business\s+unit)|(?<!in\s)(?<!at\s)(?<!from\s)(?<!via\s)(?:my|our)\s+own\s+(?:business|company|shop)|"
    r"(?:final\s+)?(?:calls?|say|decisions?|word|choice|sign[\s-]?off|approval|go[\s-]?ahead)\s+(?:is\s+|are\s+)?(?:mine|all\s+mine|is\s+me|"
    r"with\s+me|rests\s+with\s+me)|"
    r"(?:i'?m|i\s+am)\s+the\s+one\s+(?:who\s+)?(?:sign\w*|approv\w*|decid\w*|pay\w*|buy\w*|hold\w*\s+the\s+(?:budget|purse\s+strings)|mak\w*\s+the\s+(?:call|decision))|"
    r"(?:have|hold|with)\s+(?:the\s+|full\s+)?(?:budget|signing|purchasing|spending)\s+authority|"
    r"(?:the\s+)?(?:final\s+call|final\s+say|final\s+decision)\b(?!\s+(?:is|lies|rests|sits)\s+(?:with\s+)?(?:my|our|the|his|her|their|"
    r"theirs|hers)\b)(?!\s+(?:is\s+|was\s+|will\s+be\s+|gets\s+)?(?:made|taken|given)\s+by\s+(?!me\b))|"
    r"(?:i'?m|i\s+am|im)\s+(?:the\s+)?(?:final\s+|ultimate\s+|sole\s+|main\s+)?(?:decision[\s-]?maker|decider|approver|signatory|budget\s+(?:holder|owner)|one\s+who\s+decides|buyer)|"
    # the title said first, then claimed: "budget holder, yes that's me", "decision maker? that'd be me"
    r"(?:decision[\s-]?maker|decider|budget\s+(?:holder|owner)|signatory|approver)\W{0,3}(?:\s*(?:yes|yep|yeah|yup)\W{0,2})?\s*"
    r"(?:that'?s|that\s+is|that'?d\s+be|it'?s|thats)\s+me\b|"
    r"decision[\s-]?maker\s+here|budget\s+(?:holder|owner)\s+here|full\s+(?:authority|control)|purchasing\s+authority|sole\s+decision|"
    r"(?:i'?m|im|i\s+am)\s+the\s+(?:big\s+)?(?:boss|head\s+honcho|top\s+dog|one\s+in\s+charge|person\s+in\s+charge|"
    # the boss in slang: Scots and British "gaffer", "guv'nor", Nigerian "oga"
    r"gaffer|guv(?:nor|'nor|’nor)?|big\s+cheese|big\s+kahuna|boss\s*man|oga)|"
    # "I am responsible to decide", "the founders, I'm one of them", "I'm the partner who signs off"
    r"(?:i'?d|i\s+would|i'?ll|i\s+will)\s+be\s+the\s+one\s+(?:signing|deciding|approving|paying|buying)\b|"
    r"(?:i'?m|im|i\s+am)\s+responsible\s+(?:to|for)\s+decid\w*|\bfounders?\b[^.;!?]{0,6}\b(?:i'?m|i\s+am)\s+one\s+of\s+them\b|"
    r"(?:i'?m|im|i\s+am)\s+the\s+[a-z]+\s+(?:who|that)\s+(?:signs?(?:\s+off)?|decides?|approves?)\b|"
    r"(?:budget\s+(?:holder|owner)|decision[\s-]?maker|buyer|(?:one|person)\s+who\s+(?:decides|signs|approves))\s+"
    r"(?:here\s+)?(?:is|=|would\s+be|will\s+be)\s+(?:me|myself)\b|"
    r"sole\s+(?:trader|proprietor(?:ship)?)|(?<!for\s)(?<!serve\s)(?<!help\s)(?<!helping\s)self[\s-]employed(?!\s+(?:folks?|people|clients|customers))|(?:i'?m|i\s+am)\s+(?:a\s+)?(?:freelancer|one[\s-]?(?:man|woman|person)\s+"
    r"(?:band|show|shop|business))|"
    # a one-person business: "it's just me, I freelance", "I run it solo", "solo bookkeeper", "freelance designer"
    r"\bi\s+freelance\b|\bone[\s-]?person\s+(?:business|company|operation|agency|firm)\b|\bsole\s+employee\b|"
    # (the span is "solo" alone: the occupation still names the industry)
    r"\b(?:solo|freelance|independent)(?=\s+(?!(?:journalist|reporter|writer|blogger|project|use|user|work|worker)\b)[a-z]+(?:er|or|ist|ant|ian|ent)\b)|\bjust\s+me\s+running\s+(?:a|an|the|my|this)\b|\bi\s+(?:run|do)\s+(?:it|this|the\s+\w+|everything)\s+(?:solo|alone|by\s+myself|on\s+my\s+own)\b|"
    r"(?:it'?s|it\s+is)\s+up\s+to\s+me|i\s+own\s+(?:it|the\s+place)\b|i\s+run\s+the\s+whole\s+(?:thing|show|business|shop)\b|"
    # "i run everything", "i head digital and own the budget"
    r"\bi\s+(?:run|handle|do)\s+everything\b|\band\s+own\s+the\s+(?:budget|decision|p&l)\b|"
    # "im in charge of the budget here": holding the budget
    r"\b(?:i'?m|im|i\s+am)\s+(?:the\s+one\s+)?in\s+charge\s+of\s+(?:the\s+|our\s+)?(?:budget|purchasing|buying|spend(?:ing)?)\b|"
    # the business said with its size or kind: "I run a 12-person real estate agency", "i've got 3 gyms now",
    # "my husband and I run a little B&B" (not "I have a question about the company": no "about" between)
    # (the span ends before the business, which the industry reader reads)
    rf"i\s+(?:run|own|operate|founded|started|have|['’]ve\s+got|got)(?=\s+(?:a|an|the|my|our|this|\d+|two|three|four|five)\s+"
    rf"(?:(?!about|for|with|at|from|of|in|on|to|and|but)[\w&'’-]+\s+){{0,3}}?(?:{_OWNED_BUSINESS})s?\b)|"
    r"(?:joint|shared)\s+decision\s+(?:between|with)\s+(?:me\s+and\s+)?my\s+(?:co-?founders?|(?:business\s+)?partners?)|"
    r"(?:people|staff|employees|guys|folks)\s+(?:working|who\s+work)\s+for\s+me\b|(?:nobody|no\s+one|no-one)\s+above\s+me\b|"
    r"whatever\s+i\s+(?:pick|choose|decide|say|go\s+with),?\s+(?:we|is\s+what\s+we)\s+(?:buy|get|go\s+with)|"
    r"i\s+(?:head(?:\s+up)?|oversee|run)\s+(?:the\s+|our\s+|all\s+(?:of\s+)?)?(?:\w+\s+)?(?:engineering|it|operations|ops|marketing|sales|finance|product|technology|department|team|division|business|company|procurement|hr|security|data|"
    r"digital|e-?commerce|growth|revenue|support|service|analytics|customer\s+(?:experience|success|service)|cx))\b",
    re.IGNORECASE,
)
_C_LEVEL = r"c[\s-]?(?:level|suite)|ceo|cto|cfo|coo|cio|cmo|cro|ciso|cpo|cdo|cso|cco|chief\s+\w+(?:\s+\w+)?\s+officer"
# the word before a title that says what kind it is ("art director", "office manager"), never a possessive or a
# preposition ("my director" is someone else, "pour my director" someone they work for)
_KIND = r"(?:(?!(?:a|an|the|my|our|your|their|his|her|its|to|for|by|with|from|and|or|of|pour|para|per|für)\s)[a-z]+\s+)"
DECISION_TITLE_RE = re.compile(
    rf"\b(?:{_C_LEVEL}|co[\s-]?founder|founder|owner|co[\s-]?owner|president|managing\s+director|"
    r"managing\s+partner|general\s+manager|(?:senior\s+|executive\s+)?vice\s+president|s?e?vp|avp|head\s+of\s+\w+|"
    rf"{_KIND}?director|partner|principal|proprietor|chairman|chairwoman|chair|board\s+member|"
    r"executive\s+director|gm|md)\b(?!\s+(?:shop|agency|studio|house|firm|consultancy|programs?|programmes?|portal|"
    r"network|discounts?|tiers?|pricing|integrations?|api|directory|account|accounts|ecosystem)\b)",
    re.IGNORECASE,
)
INFLUENCER_TITLE_RE = re.compile(
    rf"\b(?:{_KIND}?manager|team\s+lead|tech\s+lead|"
    # "lead engineer", not "lead capture" or "lead gen" (sales leads)
    r"lead\s+(?!capture|gen\w*|scor\w*|management|routing|qualif\w*|nurtur\w*|magnets?|forms?|lists?|data|flow|times?)\w+|(?:senior\s+|staff\s+|principal\s+)?(?:software\s+)?engineer|"
    r"developer|dev|analyst|architect|consultant|specialist|coordinator|administrator|admin|"
    r"associate|supervisor|ops\s+person|product\s+owner|scrum\s+master|buyer|"
    r"procurement\s+(?:manager|lead|officer|specialist|analyst|team|person|guy|head)|"
    r"it\s+guy|it\s+person|sysadmin|researcher|designer|marketer|sales\s+rep|recruiter|accountant|"
    r"office\s+manager|executive\s+assistant|assistant|employee|staff\s+member)\b(?!\s+(?:shop|agency|studio|house|firm|consultancy|tools?))",
    re.IGNORECASE,
)
THIRD_PARTY_BEFORE_RE = re.compile(
    r"(?:\b(?:our|my|your|their|his|her|the\s+company'?s|to|by|with|from|for|ask|tell|asking|and|the)\s+(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
SELF_BEFORE_RE = re.compile(
    r"(?:\b(?:i'?m|im|i\s+am|am|as|as\s+the|as\s+a|as\s+an|work\s+as|working\s+as|i\s+work\s+as)\s+(?:one\s+of\s+the\s+|the\s+|a\s+|an\s+|our\s+)?"
    r"(?:\w+\s+){0,2})$|^\s*(?:\w+\s+){0,2}$|\b(?:me|i|i'm)\s*[-:,]\s*$",
    re.IGNORECASE,
)


NEGATION_BEFORE_RE = re.compile(
    r"\b(?:not|never|no\s+longer|nobody|no\s+one|isn'?t|aren'?t)\b(?:(?!\bbut\b)[^,.;!?])*$", re.IGNORECASE
)
OTHERS_NEGATED_RE = re.compile(r"\b(?:nobody|no\s+one|he|she|they|isn'?t|aren'?t)\b", re.IGNORECASE)


def _is_own_title(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if re.search(
        r"\b(?:friend|colleague|someone|somebody|guy|person|contact|buddy|mate)\s+(?:who'?s|who\s+is|that'?s)\s+(?:a|an|the)\s+$",
        before,
        re.I,
    ):
        return False  # "a friend who's a CEO recommended you": someone else's title
    if re.search(
        r"\b(?:my|our|his|her|their)\s+(?:old\s+|former\s+|ex-?\s*)?(?!(?:role|title|job|position)\b)[a-z]+(?:\s+(?:is|was)|['’]s)\s+"
        r"(?:a|an|the)\s+(?:\w+\s+)?$",
        before,
        re.I,
    ):
        return False  # "my sister is a CEO and recommended you": a relative's or a friend's title
    if re.search(
        r"(?:\b(?:can|could|does|do|will|would|should|may|let|lets|allow|allows)|¿\s*(?:el|la|los|las))\s+(?:the\s+|our\s+|a\s+|an\s+|my\s+)?$",
        before,
        re.I,
    ):
        return False  # "can the CEO get a read-only dashboard?", "¿el CEO puede...?": a role in our product
    if re.search(r"\d\s*$", before):
        return False  # "400 head of cattle", "3 managers": people counted, not the visitor's title
    if re.match(r"['’]?\s+(?:discounts?|pricing|plans?|tiers?|price|rates?|deals?)\b", text[end : end + 12], re.I):
        return False  # "do you offer a founder discount?": a price for a kind of customer
    if re.search(r"\b(?:roles?|permissions?|access\s+levels?|user\s+types?)\b[^.!?]*\?", text, re.I) and re.match(
        r"[^.!?,;]*\?", text[start:], re.I
    ):
        return False  # "is 'owner' a role in the permissions or just admin?": roles in our product, asked about
    if re.match(r"['’]s\b", text[end : end + 3]):
        return False  # "the owner's assistant": a title of someone else
    if re.match(r"\s*[,-]?\s*(?:and\s+)?not\s+(?:me|i|myself)\b", text[end : end + 16], re.I):
        return False  # "the owner, not me": whose the title is not
    if re.match(
        r"['\"’]?[\s-]+(?:(?:a|an|the)\s+)?(?:role|roles|account|accounts|permissions?|access|rights|login|view|dashboard|panel|seat|"
        r"user|level|privileges?)\b",
        text[end : end + 14],
        re.IGNORECASE,
    ):
        return False  # "can the owner role be transferred?": a role in our product, asked about
    if re.match(r"\s+(?:is|was)\s+(?:my|our)\b", text[end : end + 12], re.IGNORECASE):
        return False  # "owner is my dad"
    if (
        re.search(r"(?:^|[^\w'’])(?:the|our|my|your|their)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
        and not re.search(
            r"\b(?:i'?m|im|i\s+am|as|i\s+was|being)\s+(?:the|your|their)\s+(?:[\w-]+\s+){0,2}$", before, re.I
        )
        and _THIRD_PERSON_AFTER_RE.match(text, end)
    ):
        return False  # "the CEO asked me to shortlist", "the owner of our building is annoying": someone else's
    if re.search(r"\b(?:a|an|any|every|each)\s+$", before, re.I) and re.match(
        r"\s+(?:signs?|approves?|decides?|can|could|must|has\s+to|needs?\s+to|would|should)\b",
        text[end : end + 14],
        re.I,
    ):
        return False  # "a step where a director signs off": anyone with the title, in how they work
    if re.match(
        r"\s+(?:of|at|from)\s+(?:one\s+of\s+)?(?:our|a|an|their|my|your)\s+(?:\w+\s+)?(?:competitors?|clients?|"
        r"customers?|partners?|vendors?|suppliers?|investors?|friends?)\b"
        # "the finance director at my old job swore by you": a title at a place they left
        r"|(?:\s+of\s+[\w-]+)?\s+(?:of|at|from)\s+(?:my|our)\s+(?:old|former|previous|last|prior|ex-?)\s*(?:job|company|employer|firm|workplace|gig|team|place|startup|business|venture|agency|role|position)\b",
        text[end : end + 50],
        re.IGNORECASE,
    ):
        return False  # "the CFO of one of our competitors told me about you"
    if re.search(
        r"\b(?:hir\w*|recruit\w*|looking\s+for|need|replace|replacing)\s+(?:a|an|another|new)\s+(?:[\w-]+\s+)?$",
        before,
        re.I,
    ):
        return False  # "I'm hiring a sales rep": the title of someone they want, not theirs
    if re.search(r"\bwe\s+$", before, re.I) and re.match(r"\s+with\b", text[end : end + 6], re.I):
        return False  # "we partner with a few banks": a verb
    if re.search(r"\bwe(?:'re|\s+are|re)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$", before, re.IGNORECASE):
        return False  # "we're a property manager", "we're a pension fund administrator": what the business is
    if re.search(
        r"\b(?:the|our|my|their|a)\s+(?:previous|former|old|last|prior|ex-?|late|new)\s+$", before, re.I
    ) and not re.search(r"\b(?:i'?m|i\s+am|as)\s+(?:the|a|an)\s+\w+\s+$", before, re.I):
        return False  # "the previous owner of the company used your tool": someone else, then or now
    if SELF_BEFORE_RE.search(before):
        # "I'm the CTO" is mine, "I'm asking our CTO" is not.
        return not re.search(r"\b(?:our|my|their|your|his|her)\s+(?:\w+\s+)?$", before, re.IGNORECASE)
    return not THIRD_PARTY_BEFORE_RE.search(before)


def _denial(text: str, start: int) -> str | None:
    """ "I'm not the CEO": `self` when the visitor denies holding the title, `other` when someone
    else is said not to ("nobody here is a director"), None when the title is not denied."""
    before = text[max(0, start - 40) : start]
    negated = NEGATION_BEFORE_RE.search(before)
    if not negated:
        return None
    return "other" if OTHERS_NEGATED_RE.search(negated.group(0)) else "self"


# "not the one who signs, but I do the research": what follows "but" is the part they play.
_BUT_INFLUENCE_RE = re.compile(
    r"\bbut\b[^.;!?]{0,40}?\b(?:research\w*|evaluat\w*|recommend\w*|suggest\w*|shortlist\w*|input|influence\w*|"
    r"involved|part\s+of|goes\s+with|listen\w*\s+to\s+me|(?:i|my)\s+(?:pick|choose|opinion|vote)|compar\w*|"
    r"(?:asked|told|tasked|wants?|needs?)\s+me\s+to)",
    re.I,
)
# "it's my bakery cafe", "I own a 3PL warehouse", "I started this agency": the visitor's own
# business ("we run a hotel" may be said by anyone who works there)
OWN_BUSINESS_RE = re.compile(
    r"\b(?:(?:it'?s|its|it\s+is|this\s+is)\s+my\s+(?:own\s+)?|(?:i\s+(?:co-?own|own|run|founded|started|co-?founded|opened|bought|built|have|got)|"
    r"we\s+(?:co-?)?own|(?<=[,;.]\s)own|(?<=[,;.])own|^own)\s+(?:a|an|the|my|our|this|one)\s+(?:own\s+)?|"
    # with no article, as a language without one comes through ("prowadzę biuro rachunkowe": I run accounting firm)
    r"(?P<bare>i\s+(?:own|run)\s+)(?!(?:a|an|the|my|our|this|one|it|that|things|everything)\b))(?P<words>(?:[\w&'-]+\s+){0,2}[\w&'-]+)",
    re.I,
)
_BUSINESS_WORDS = {
    "company",
    "business",
    "firm",
    "agency",
    "practice",
    "startup",
    "start-up",
    "shop",
    "store",
    "place",
    "retailer",
    "wholesaler",
    "manufacturer",
    "distributor",
    "chain",
    "franchise",
    "brand",
    "studio",
    "clinic",
    "restaurant",
    "cafe",
    "salon",
    "pub",
    "wash",
    "biz",
    "bar",
    "bakery",
    "hotel",
    "farm",
}


# "not my call, i'll pass it to my boss with my recommendation": after a denial, the part they play
_OWN_INFLUENCE_RE = re.compile(
    r"\b(?:recommend\w*|suggest\w*|shortlist\w*|evaluat\w*|pitch\w*|present\w*|make\s+(?:a|the|my)\s+case|"
    r"(?:push|pushing|lobby|lobbying|advocat\w*)\s+for\s+(?:it|this|you|the\s+(?:tool|switch|change|purchase))|champion\w*|"
    # "I just write up the comparison": the research the decision is made on
    r"(?:writ\w*|draft\w*|prepar\w*)\s+(?:up\s+)?(?:the\s+|a\s+)?(?:comparison|summary|report|recommendation|business\s+case|shortlist)|"
    r"dig\w*\s+up|(?:pass|send|forward)\s+(?:it|this|that)\s+(?:on|along)\b|"
    r"(?:pass|bring|take|forward|send)\s+(?:it|this|that|(?:your|the|this)\s+(?:info\w*|details|pricing|quote|numbers))\s+"
    r"(?:on\s+|along\s+)?(?:to|up)|do(?:ing)?\s+the\s+(?:research|legwork|evaluation)|"
    r"(?:put|pull)\w*\s+together\s+(?:the\s+|a\s+)?(?:comparison|shortlist|list|options|doc|deck|proposal|business\s+case)|"
    r"report\w*\s+back\s+to\s+(?:my|our|the)\b|"
    r"(?:got|was|been|am|i'?m)\s+(?:asked|tasked|told)\s+to\s+(?:look|check|compare|research|find|dig)|"
    r"i\s+(?:manage|run|handle|coordinate)\s+(?:the|our)\b|(?:i'?m|im|i\s+am)\s+(?:his|her|their)\s+(?:\w+\s+)?"
    r"(?:assistant|deputy|right[\s-]hand|number\s+two|chief\s+of\s+staff|ea|pa))",
    re.I,
)
# "we're 3 cofounders", "me and my partner decide", "it's our call": among those who decide
_AMONG_DECIDERS_RE = re.compile(
    r"\bwe(?:'re|\s+are|\s+r|re)?\s+(?:the\s+)?(?:\d+|two|three|four|both)\s+(?P<founders>(?:co-?)?founders)\b|"
    # "I'm one of the partners", "3 founders building a dev tools startup" (said of their own team)
    r"\b(?:i'?m|im|i\s+am)\s+one\s+of\s+(?:the\s+|our\s+)?(?:\d+\s+|two\s+|three\s+|four\s+)?(?P<partners>(?:co-?)?founders|partners|owners|co-?owners)\b|"
    r"^\W*(?:\d|two|three|four)\s+(?P<team>(?:co-?)?founders)\s+(?:building|running|who|here|and\s+no|bootstrapping|doing)\b|"
    # "me + 2 cofounders": one of three founders
    r"\b(?:me|myself)\s*(?:\+|and|&|plus)\s*(?:my\s+)?(?:\d|two|three|four)\s+(?P<with_founders>co-?founders)\b|"
    r"\bme\s+and\s+my\s+(?:co-?founders?|business\s+partners?|partners?|co-?owners?)\s+(?:who\s+|that\s+)?(?P<decide>decide|sign|own|run|make)\b|"
    # "me and three other partners decide": one of the owners who decide
    r"\b(?:me|i)\s+and\s+(?:\d+|two|three|four|five|six)\s+other\s+(?:co-?founders|founders|partners|owners|co-?owners)\s+"
    r"(?P<others>decide|sign|own|run|make)\b|"
    # said apart: "me and my partner, we own the shop together", "my cofounder and I decide together", "I'm a
    # partner (one of three), we decide together"
    r"\b(?:(?:me|i)\s+and\s+(?:my|the\s+other)\s+(?:co-?founders?|founders?|business\s+partners?|partners?|co-?owners?)|my\s+(?:co-?founders?|business\s+"
    r"partners?|partners?)\s+and\s+(?:i|me)|(?:i'?m|im|i\s+am)\s+(?:a|one\s+of\s+the)\s+(?:co-?founders?|partners?|"
    r"co-?owners?))\b[^.;!?]{0,30}?\b(?:we\s+)?(?P<jointly>(?:decide|own|run|sign)\s+(?:it\s+|the\s+\w+\s+)?together|"
    r"own\s+(?:it|the\s+\w+|this\s+\w+)|run\s+(?:a|an|the|our|this)\s+[\w-]+)\b|"
    # a family that owns it: "my husband and I own the company", "we own a family farm"
    r"\b(?:my\s+(?:husband|wife|spouse|partner|brother|sister|dad|father|mom|mum|mother|son|daughter)\s+and\s+(?:i|me)|"
    r"me\s+(?:and|n|&)\s+my\s+(?:husband|wife|spouse|partner|brother|sister|dad|father|mom|mum|mother|son|daughter))\s+"
    r"(?P<family>own|run|founded|started|decide)\b|\bwe\s+(?P<kin>own)\s+(?:a|the|our)\s+family\s+\w+|"
    r"\b(?:it'?s|its|it\s+is|that'?s)\s+(?P<ours>our\s+(?:call|decision|money|company|business))\b|"
    # "I decide together with my partner", "i sign jointly with my cofounder"
    r"\bi\s+(?P<with_partner>decide|sign)\s+(?:it\s+|this\s+)?(?:together\s+|jointly\s+)?(?:with|alongside)\s+my\s+"
    r"(?:co-?founders?|business\s+partners?|partners?|co-?owners?)\b|"
    # not alone but with a co-owner: "I don't decide alone, together with my business partner"
    r"\b(?P<not_alone>(?:don'?t|do\s+not)\s+decide\s+(?:it\s+|this\s+)?(?:alone|by\s+myself|on\s+my\s+own)\b[^.;!?]{0,20}?"
    r"\b(?:with|and)\s+my\s+(?:co-?founders?|business\s+partners?|partners?|co-?owners?))\b",
    re.I,
)


_SENT_TO_LOOK_RE = re.compile(
    r"\bresearch\w*\s+(?:\w+\s+)?for\s+(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|supervisor|director|team\s+lead|cfo|ceo|"
    r"cto|cio|vp|head|owner|founder)\b|"
    # "more gathering info for my team lead", "got asked to look at options": the legwork for whoever decides
    r"(?:gather|collect|compil|pull)\w*\s+(?:together\s+)?(?:some\s+|the\s+)?(?:info\w*|options|quotes?|pricing|prices|"
    r"details|numbers)\s+(?:together\s+)?for\s+(?:my|our|the|someone|somebody|him|her|them)\b|"
    r"(?:got|was|been|am|i'?m)\s+(?:asked|tasked|told)\s+to\s+(?:look|check|compare|research|find|dig)|"
    r"\b(?:asked|told|tasked|wants|wanted|needs|needed|got|would\s+like|'d\s+like)\s+me\s+(?:to|with)\b|"
    # "I've been tasked by our COO with finding a replacement": legwork for whoever asked
    r"\b(?:been|was|got|am|i'?m)\s+(?:asked|tasked|charged|told)\s+by\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:with|to)\b|"
    r"\b(?:got|was|been|were)\s+(?:asked|tasked|told)\s+to\b|"
    r"\b(?:doing|making|putting\s+together|preparing|compiling)\s+(?:a\s+|the\s+|some\s+)?(?:comparison|research|shortlist|"
    r"evaluation|overview)\s+for\s+(?:my|our|the)\b|"
    # "my manager wants prices by friday": the visitor collects what someone else asked for
    r"\b(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|supervisor|director|lead|head\s+of\s+\w+|ceo|cfo|cto|coo|vp|owner)\s+"
    r"(?:wants|needs|asked\s+for|is\s+asking\s+for)\s+(?:some\s+|a\s+few\s+)?(?:prices|pricing|quotes?|options|a\s+shortlist|info|numbers|"
    r"a\s+summary|a\s+comparison|an\s+overview|a\s+rundown|a\s+breakdown|a\s+recommendation)\b|"
    r"\bso\s+(?:she|he|they|the\s+\w+)\s+can\s+(?:decide|choose|pick|sign)",
    re.I,
)
# "not my budget, I just gather quotes": the legwork, after a denial that leaves them some say
_WITH_PARTNER_RE = re.compile(r"(?:me|myself|i)\s+(?:and|&|\+)\s+my\s+(?:business\s+)?partner", re.I)
_LEGWORK_RE = re.compile(
    # "collecting quotes for whoever decides": legwork for someone, said without "I'm"
    r"\b(?:gather|collect|compil)\w*\s+[^.;!?]{0,30}?\bfor\s+(?:whoever|the\s+(?:person|people|one)\s+who)\b|"
    r"\b(?:i|i'?m)\s+(?:just\s+|only\s+|mostly\s+)?(?:gather|collect|compil|pull|find|research)\w*\s+(?:together\s+)?"
    r"(?:some\s+|the\s+)?(?:info\w*|options|quotes?|pricing|prices|details|numbers|vendors|tools)\b|"
    # "i'm just the intern gathering prices": the intern doing the legwork, however it is put
    r"(?:(?<=\bintern\s)|(?<=\binterns\s)|(?<=\btrainee\s)|(?<=\bapprentice\s)|(?<=\bintern,\s)|(?<=\bintern\shere,\s)|"
    r"(?<=\bintern\shere\s)|(?<=\bintern\s-\s))(?:just\s+|only\s+)?"
    r"(?:gather|collect|compil|pull|research|compar|look)\w*\s+(?:together\s+|up\s+|into\s+|at\s+)?(?:some\s+|the\s+)?"
    r"(?:info\w*|options|quotes?|pricing|prices|details|numbers|vendors|tools)\b",
    re.I,
)
# any say denied, not only the decision: "I don't get a say", "zero input" ("I don't decide, I gather quotes for my
# boss" leaves them the research, a say; "not a decision maker" denies a title)
_ANY_SAY_RE = re.compile(r"\b(?:say|input|influence|involvement|authority|power|vote)\b", re.I)
# "I'd recommend it, but I can't sign anything": the part they play, then what they cannot do
# "I'm on the evaluation committee, I don't make the final decision": a seat without the final say
_COMMITTEE_BEFORE_DENIAL_RE = re.compile(
    r"\b(?:on|in|part\s+of|member\s+of|sit\s+on|sitting\s+on)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:committee|panel|working\s+group|task\s*force|steering\s+group)\b[^.;!?]{0,40}$",
    re.I,
)
_PART_BEFORE_DENIAL_RE = re.compile(
    r"\b(?:recommend\w*(?!\s+(?:you|u|ya|your)\b)|suggest\w*|research\w*|evaluat\w*|shortlist\w*|push\s+for\s+it|champion\w*|"
    # the one who will set it up or run it: a user at the company, whose word counts
    r"(?:set(?:ting)?|roll(?:ing)?)\s+(?:it|this)\s+(?:up|out)|"
    r"(?:using|running|administering|implementing|rolling\s+out)\s+(?:it|this))\b"
    r"[^.;!?]{0,40}\bbut\b[^.;!?]{0,24}$",
    re.I,
)


def _plays_a_part(text: str, after: int) -> bool:
    """After a denial ("not my call", "I'm not the CEO"), whether the visitor says what part they play."""
    return bool(_BUT_INFLUENCE_RE.search(text, after) or _OWN_INFLUENCE_RE.search(text, after))


class BusinessWords(Protocol):
    def is_business(self, word: str) -> bool: ...


_AFTER_A_BUSINESS = frozenset(
    (
        "with",
        "in",
        "of",
        "that",
        "and",
        "for",
        "called",
        "named",
        "here",
        "there",
        "near",
        "com",
        "con",
        "avec",
        "mit",
        "met",
    )
)


def _own_business(text: str, words: BusinessWords | None) -> Found | None:
    for match in OWN_BUSINESS_RE.finditer(text):
        said = match.group("words").lower().split()
        having = re.search(r"\b(?:have|got)\s+\w+\s*$", text[: match.start("words")], re.I) is not None
        for count in range(len(said), 0, -1):  # the head noun is the last word that names a business
            head = said[count - 1].strip("'")
            if having and count < len(said) and said[count] not in _AFTER_A_BUSINESS:
                continue  # "I have a store visit tomorrow": the store names the visit, which is no business of theirs
            if head in _BUSINESS_WORDS or (words is not None and words.is_business(head) and not match.group("bare")):
                # the span is the claim of ownership only: the business itself still names the industry
                return Found("authority", DECISION_MAKER, match.start(), match.start("words"), {"source": "owner"})
    return None


# A reporting line says nothing alone ("I report to the director" may be anyone), but it puts a
# deciding title under someone: the general manager who reports to the owner has a say, not the call.
_REPORTS_TO_RE = re.compile(
    r"(?:(?:\bi|\band|\bwho|\bbut)\s+(?:\w+\s+)?reports?|\breporting)\s+(?:directly\s+)?(?:up\s+)?(?:in)?to\s+"
    r"(?:the|my|our|a)\b",
    re.IGNORECASE,
)


# "I'm the one who decides", "it's me who signs off": the visitor named as the one who decides
_SELF_DECIDES_RE = re.compile(
    r"\b(?:i'?m|i\s+am|im|it'?s\s+me|that'?s\s+me|me)\s+(?:the\s+(?:[a-z-]+\s+){1,2}|the\s+only\s+one\s+)?"
    r"(?:who|that)(?:['’]ll|\s+will|\s+gets?\s+to)?\s+(?:decides?|signs?(?:\s+off)?|approves?|makes\s+the\s+(?:final\s+)?(?:call|decisions?)|"
    r"pulls?\s+the\s+trigger|"
    r"has\s+the\s+final\s+(?:say|word))\b"
    # "i'm the ops lead making the call on this"
    r"|\b(?:i'?m|i\s+am|im)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:making|taking)\s+the\s+(?:final\s+)?(?:call|decision)\b"
    # "ultimately me, though I'll run it past the team": the last word named as theirs
    r"|^\W*(?:ultimately|in\s+the\s+end|eventually|at\s+the\s+end\s+of\s+the\s+day|final\s+say)\W*\s*(?:it'?s\s+|that'?s\s+)?me\b"
    # "budget's mine", "the call is mine"
    r"|\b(?:the\s+)?(?:budget|decision|call|final\s+say)(?:['’]s|\s+is)\s+(?:all\s+)?mine\b",
    re.IGNORECASE,
)


def find_authority(text: str, words: BusinessWords | None = None) -> list[Found]:
    """The visitor's purchasing authority, at most one finding (the most telling phrase).
    `words` knows which words name a business (bot/nlu/wordnet_words.py): "it's my bakery"."""
    among = _AMONG_DECIDERS_RE.search(text)
    if among:  # the span is the role only: "3" and "me and my partner" are the team's size
        part = next(
            name
            for name in (
                "founders",
                "partners",
                "team",
                "with_founders",
                "decide",
                "others",
                "jointly",
                "family",
                "kin",
                "ours",
                "not_alone",
                "with_partner",
            )
            if among.group(name)
        )
        return [Found("authority", DECISION_MAKER, among.start(part), among.end(part), {"source": "phrase"})]
    holder = who_decides(text)
    for pattern, value in (
        (_SELF_DECIDES_RE, DECISION_MAKER),  # before "who decides", which names someone else
        (NO_AUTHORITY_RE, NO_AUTHORITY),
        (INFLUENCER_RE, INFLUENCER),
        (OWNER_PHRASE_RE, DECISION_MAKER),
    ):
        if pattern is OWNER_PHRASE_RE and holder is not None and holder.value == INFLUENCER:
            return [holder]  # "the partners make the final decision, I do the research": theirs, not the visitor's
        match = next(
            (
                m
                for m in pattern.finditer(text)
                if not _part_denied(value, text, m.start())
                and not (m.group(0).lower() == "recommend" and _IMPERATIVE_BEFORE_RE.fullmatch(text[: m.start()]))
                and not _in_the_past(text, m)
                and not _someone_elses_role(text, m)
            ),
            None,
        )
        if (
            match
            and value == INFLUENCER
            and holder is not None
            and holder.value == DECISION_MAKER
            and (
                re.search(r"\bbut\b", text[match.end() : holder.start])
                # "me and my business partner will decide this together": the partner decides with them
                or (holder.start <= match.start() < holder.end and _WITH_PARTNER_RE.match(text, holder.start))
            )
        ):
            return [holder]  # "it's a team decision but I have the budget": what follows "but" settles it
        if match:
            if value == INFLUENCER and _SHARED_DECISION_RE.fullmatch(match.group(0)):
                titled = _own_title(text)
                if titled is not None and _CO_OWNER_RE.search(text[titled.start : titled.end]):
                    return [titled]  # "co-owner here with my sister, we decide together": owners deciding together
            if (
                value == INFLUENCER
                and _ONLY_WORK_RE.fullmatch(match.group(0))
                and not INFLUENCER_RE.search(text, match.end())
                # "the CFO, i just make the shortlist": only the legwork is theirs, the title someone else's
                and not _JUST_BEFORE_RE.search(text[max(0, match.start() - 30) : match.start()])
            ):
                titled = _own_title(text) if holder is None or holder.value != INFLUENCER else None
                if titled is not None and titled.value == DECISION_MAKER:
                    return [titled]  # "VP of sales, evaluating tools for my team": a VP evaluates, then decides
            if value == NO_AUTHORITY and (
                # "not my department, my CFO handles that": someone else at the company decides, so the visitor is there
                # ("the owner, I'm a receptionist and I don't get a say" denies any say, not only the decision)
                (
                    holder is not None
                    and holder.value == INFLUENCER
                    and _DENIAL_RE.search(match.group(0))
                    and not _ANY_SAY_RE.search(match.group(0))
                )
                or _plays_a_part(text, match.end())
                or _PART_BEFORE_DENIAL_RE.search(text[: match.start()])
                or _COMMITTEE_BEFORE_DENIAL_RE.search(text[: match.start()])
                # an intern sent to do the research for whoever decides ("my manager asked me to collect
                # pricing") has a say, as research for the decision does; "zero say" said outright stays
                or (
                    (_SENT_TO_LOOK_RE.search(text, match.end()) or _LEGWORK_RE.search(text, match.end()))
                    and not any(_ANY_SAY_RE.search(said.group(0)) for said in NO_AUTHORITY_RE.finditer(text))
                )
            ):
                return [Found("authority", INFLUENCER, match.start(), match.end(), {"source": "phrase"})]
            # "solo" before an occupation ("solo accountant") shares its words with the trade the occupation names
            source = "solo" if match.group(0).lower() in ("solo", "freelance", "independent") else "phrase"
            return [Found("authority", value, match.start(), match.end(), {"source": source})]
    if holder is not None:
        return [holder]
    owner = _own_business(text, words)
    if owner is not None:
        return [owner]
    titled = _own_title(text)
    if titled is not None and titled.value == NO_AUTHORITY and _SENT_TO_LOOK_RE.search(text, titled.end):
        # "I'm not the owner, just the store manager, but she told me to pick something": the legwork is theirs
        return [Found("authority", INFLUENCER, titled.start, titled.end, {"source": "phrase"})]
    return [titled] if titled is not None else []


def _part_denied(value: str, text: str, start: int) -> bool:
    """A phrase that is not the visitor's part: "not a committee, just me deciding" (a part denied), "we need
    4-6 weeks to evaluate" (time the company takes), "two part time, one intern" (people counted)."""
    before = text[:start]
    if value == INFLUENCER:
        return (
            _DENIED_PART_RE.search(before) is not None
            or _TIME_TO_RE.search(before) is not None
            or _REFERRED_BY_RE.search(before[-80:]) is not None  # "my friend ... told me to check you out"
        )
    if value == DECISION_MAKER:
        return _DENIED_PART_RE.search(before) is not None  # "it's not me who decides", "not the owner"
    return value == NO_AUTHORITY and _COUNTED_BEFORE_RE.search(before) is not None


_DENIAL_RE = re.compile(r"\b(?:not|no|never)\b|n['’]t\b", re.I)
# a friend or relative who sent them here: a referral, not legwork for whoever decides
_REFERRED_BY_RE = re.compile(
    r"\b(?:my|a)\s+(?:friend|buddy|mate|pal|neighbou?r|former\s+colleague|old\s+colleague)\b[^.;!?]{0,60}$",
    re.I,
)
_TIME_TO_RE = re.compile(r"\b(?:weeks?|days?|months?|time)\s+to\s+$", re.I)
_COUNTED_BEFORE_RE = re.compile(r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+$", re.I)
_DENIED_PART_RE = re.compile(r"\b(?:not|no|never)\s+(?:a\s+|an\s+|the\s+|by\s+(?:a\s+)?)?$", re.I)


_JUST_BEFORE_RE = re.compile(r"\bi\s+(?:just|only|merely|simply)\s+(?:\w+\s+){0,2}$", re.I)
# work that anyone may do, a deciding title too: "evaluating", "shortlisting" say nothing over "VP of sales"
# "recommend something", "pls recommend a plan": asking us for a plan, not their part in choosing one
_IMPERATIVE_BEFORE_RE = re.compile(r"\W*(?:(?:ok(?:ay)?|so|hey|hi|then|just|please|pl[sz]e?)\W+)*", re.I)
_SHARED_DECISION_RE = re.compile(r"decide\s+together|joint\s+decision", re.I)
_CO_OWNER_RE = re.compile(r"\b(?:co-?)?(?:owners?|founders?)\b|\bpartners?\b", re.I)
_ONLY_WORK_RE = re.compile(r"evaluat\w*|assessing|shortlist\w*", re.I)


# "I used to run my own company years ago": a part they played once, not now
_USED_TO_BEFORE_RE = re.compile(r"\b(?:used\s+to|formerly|previously|once)\s+(?:\w+\s+){0,2}$", re.I)


# "our intern broke the spreadsheet", "my student asked": an intern or a student of theirs, not the visitor
_ROLE_NOUN_RE = re.compile(r"(?:student|intern|trainee|apprentice)s?\b", re.I)
_OTHERS_ROLE_BEFORE_RE = re.compile(
    r"\b(?:our|my|their|his|her|your|hired\s+(?:a|an))\s+(?:new\s+|summer\s+|[a-z]+\s+)?$", re.I
)


def _someone_elses_role(text: str, match: re.Match[str]) -> bool:
    return bool(_ROLE_NOUN_RE.match(match.group(0))) and bool(
        _OTHERS_ROLE_BEFORE_RE.search(text[max(0, match.start() - 30) : match.start()])
    )


def _in_the_past(text: str, match: re.Match[str]) -> bool:
    return _USED_TO_BEFORE_RE.search(text[max(0, match.start() - 30) : match.start()]) is not None


def _own_title(text: str) -> Found | None:
    """The visitor's own title, deciding or not; a deciding title denied is no say or a say."""
    denied: Found | None = None
    for pattern, value in ((DECISION_TITLE_RE, DECISION_MAKER), (INFLUENCER_TITLE_RE, INFLUENCER)):
        for match in pattern.finditer(text):
            denial = _denial(text, match.start())
            if denial == "self" and value == DECISION_MAKER and denied is None:
                # a title the visitor says they do not hold: no say, unless they name their own next
                # or say what part they play ("not the CEO, but he goes with what I suggest")
                role = INFLUENCER if _plays_a_part(text, match.end()) else NO_AUTHORITY
                denied = Found("authority", role, match.start(), match.end(), {"source": "denied title"})
            elif (
                denial is None
                and _is_own_title(text, match.start(), match.end())
                and not _OF_YOURS_AFTER_RE.match(text, match.end())
            ):
                if value == DECISION_MAKER and _REPORTS_TO_RE.search(text):
                    value = INFLUENCER  # "GM of one hotel, I report to the owner": a title under someone who decides
                return Found("authority", value, match.start(), match.end(), {"source": "title"})
    return denied


# a title the sentence goes on about in the third person: "the VP of sales sent me this link"
_THIRD_PERSON_AFTER_RE = re.compile(
    r"(?:\s+(?:of|at|from)(?:\s+[\w-]+){1,6}?)?\s+(?:just\s+|also\s+|finally\s+)?"
    r"(?:asked|asks|sent|sends|told|tells|saw|sees|wants|wanted|said|says|is|was|has|had|needs|needed|approved|keeps|"
    r"kept|will|would|signed|suggested|suggests|recommended|found|mentioned|forwarded|gave|shared|heard|met|loves|likes|"
    r"hates|thinks|thought)\b"
    # "the owner, she's my mom", "the ceo, but she usually goes with my pick": the title is hers
    r"|\s*[,;:-]\s*(?:(?:but|and|though|tho)\s+)?(?:she|he)(?:['’]s\b|\s+(?:is|usually|always|often|mostly|will|would|"
    r"goes|listens|takes|follows|trusts|asks|leaves|lets|signs|decides|has)\b)",
    re.I,
)
# a title at our company, not theirs: "the CEO of your company spoke at our conference"
_OF_YOURS_AFTER_RE = re.compile(
    r"\s+(?:of|at|from)\s+(?:your|ur|this)\s+(?:company|firm|team|business|org\w*)\b|\s+of\s+yours\b", re.I
)
_FOUNDERS_REPLY_RE = re.compile(
    r"^\W*(?:both\s+)?(?:(?:me|myself|i)\s+(?:and|&|\+)\s+my\s+(?:co-?founders?|(?:business\s+)?partners?)|"
    r"my\s+(?:co-?founders?|(?:business\s+)?partners?)\s+(?:and|&|\+)\s+(?:me|i)|(?:we|us)\s+(?:two\s+)?(?:co-?founders|founders|owners))"
    r"(?:,?\s+together|,?\s+jointly)?\W*$",
    re.I,
)
# In a reply to "what's your role in choosing?", words that would say nothing elsewhere say it:
# "just researching" is no say, "me, it's my company" the decision, "I recommend" a say.
_REPLY_ROLES = (
    (
        re.compile(
            r"\b(?:just\s+)?(?:research\w*|browsing|looking\s+around|curious|nosy|nosey|gathering\s+info\w*|exploring|student|intern|"
            r"no\s+say|not\s+involved|(?:nobody|no\s*one)(?!\s+(?:else|but|except))|no\s+role|not\s+my\s+call)\b",
            re.I,
        ),
        NO_AUTHORITY,
    ),
    (
        re.compile(
            r"\b(?:recommend\w*|suggest\w*|input|influence\w*|committee|part\s+of|together|jointly|with\s+(?:my|our|the)\s+\w+|"
            r"(?:my|our|the)\s+(?:boss|manager|cfo|ceo|cto|coo|vp|director|board|owner|founder)\s+(?:signs?|decides?|approves?|has\s+the\s+final))\b"
            # the whole reply names who decides ("my boss", "our cfo"): someone else, and the visitor is asking for them
            # a department alone: "management team", "procurement, then legal, then my VP"
            r"|^\W*(?:(?:the|die|der|la|le|el|de|het)\s+)?(?:procurement|purchasing|management|leadership|finance|legal|board)"
            r"(?:\s+team)?(?=\s*(?:$|[,;.!?+&-]|and\b))"
            r"|^\W*(?:(?:ha|haha|lol|well|so|um+|uh+|hmm+|oh|honestly)\W+)*(?:(?:no|nope|nah|non|nein|nee|não|not\s+me|not\s+really)\W+(?:(?:ha|haha|lol|lmao|tbh)\W+)*)*(?:(?:it|that)(?:['’]s|\s+is|['’]d\s+be|\s+would\s+be)\s+)?(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|supervisor|cfo|ceo|cto|coo|cio|vp|director|board|founders?|"
            r"owners?|partners|management|leadership|head\s+of\s+\w+|higher[\s-]?ups)(?:\s+(?:does|do|decides?|signs?|is|are|will|would))?"
            r"(?=\s*(?:$|[,;.!?-]))",
            re.I,
        ),
        INFLUENCER,
    ),
    (
        re.compile(
            r"(?<!not\s)(?<!let\s)\b(?:me|myself|i\s+do|i\s+decide|i\s+sign|my\s+call|my\s+decision|up\s+to\s+me|it'?s\s+(?:me|mine)|my\s+(?:own\s+)?(?:company|business|shop)|i\s+own)\b",
            re.I,
        ),
        DECISION_MAKER,
    ),
)


# "c'est moi", "soy yo", "私です", "это я": the whole reply to who decides is "me", in the languages visitors write
# (not the words that are also "yes" or a name: "ja", "ben", "yo", "mina")
_ME_REPLY_RE = re.compile(
    r"^\W*(?:i|i\s+am\s+i|(?:c'?est|c’est)\s+moi|moi(?:[\s-]m[eê]me)?|soy\s+yo|yo\s+mism[oa]|sou\s+eu|eu(?:\s+mesm[oa])?|sono\s+io|io(?:\s+stess[oa])?|"
    r"ich(?:\s+selbst)?|das\s+bin\s+ich|ich\s+bin\s+es|ik(?:\s+zelf)?|dat\s+ben\s+ik|jag|det\s+är\s+jag|jeg|det\s+er\s+(?:meg|mig)|"
    r"minä(?:\s+itse)?|mä|minä\s+päätän|já|to\s+já|to\s+ja|я|это\s+я|це\s+я|benim|ben\s+karar\s+veriyorum|saya|aku|ako|"
    r"(?:ni\s+)?mimi|main(?:\s+hoon|\s+hu)?|मैं|tôi|ฉัน|ผม|أنا|אני|εγώ|én|ég|mise|ek|aniga|እኔ|èmi|emi|"
    r"私(?:です)?|僕(?:です)?|俺|わたし(?:です)?|我|是我|我自己|나|저(?:예요|요)?|제가(?:\s*(?:해요|합니다))?)\W*$",
    re.I,
)


def role_in_reply(text: str) -> list[Found]:
    """The role a reply to the authority question states in words find_authority leaves alone."""
    if _ME_REPLY_RE.match(text):
        return [Found("authority", DECISION_MAKER, 0, len(text.rstrip()), {"guess": True})]
    if _FOUNDERS_REPLY_RE.match(text):  # "me and my cofounder together", "us founders": the decision is theirs
        return [Found("authority", DECISION_MAKER, 0, len(text.rstrip()), {"guess": True})]
    for pattern, role in _REPLY_ROLES:
        match = pattern.search(text)
        if match:
            return [Found("authority", role, match.start(), match.end(), {"guess": True})]
    return []


# Someone else's decision, as the words of another language come through the dictionaries: the word for the
# decision and the one who takes it are read ("decision", "my boss", "the CEO"), the grammar between them is not
# ("die Entscheidung trifft mein Chef": "die decision trifft my boss"; "patron karar verecek": "boss decision
# verecek"). Only where no rule read a role, and never with the visitor named as the one deciding.
_DECISION_WORD_RE = re.compile(r"\b(?:decision|decisions|decides|decide|approval|approves|sign-?off)\b", re.I)
_OTHERS_ROLE_RE = re.compile(
    r"\b(?:(?:my|our|the)\s+)?(?<!old\s)(?<!former\s)(?<!ex-)(?<!previous\s)"
    r"(?:boss|manager|director|ceo|cfo|owner|management|board|founder|chief|superior|supervisor|head\s+office)\b",
    re.I,
)
_VISITOR_DECIDES_RE = re.compile(r"\b(?:i|i'm|im|me|myself|we|we're|us)\b", re.I)
_VISITOR_OWNS_RE = re.compile(r"\b(?:mine|my\s+(?:call|decision|choice))\b", re.I)


def someone_else_decides(text: str) -> list[Found]:
    """An influencer's reading of a message whose only words about the decision are its word and the role of the
    one taking it, in one sentence, in clauses that do not name the visitor ("…, boss decision verecek, … we want
    to start")."""
    if _VISITOR_OWNS_RE.search(text):
        return []  # "it's my decision, not my boss's"
    for sentence in re.finditer(r"[^.;!?\n]+", text):
        said = sentence.group(0)
        decision, role = _DECISION_WORD_RE.search(said), _OTHERS_ROLE_RE.search(said)
        if (
            decision
            and role
            and not any(_VISITOR_DECIDES_RE.search(clause_at(said, m.start())) for m in (decision, role))
        ):
            start = sentence.start() + min(decision.start(), role.start())
            end = sentence.start() + max(decision.end(), role.end())
            return [Found("authority", INFLUENCER, start, end, {"guess": True})]
    return []
