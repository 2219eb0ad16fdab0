"""data/nlu/generated.yml: intent examples composed from the phrase parts below.

Hand-written examples say each thing a few ways; visitors say it many more (openers, fillers,
slang, missing punctuation). Composing examples from parts teaches the classifier what varies
and what carries the intent. Edit the parts here, then `make train` (it regenerates the file;
`make validate` says when the committed file is out of date). Deterministic: a fixed seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from bot.yamlfile import load_yaml

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "data" / "nlu" / "generated.yml"
PER_INTENT = 40
SEED = 7

# Fillers go on every intent alike, so that none of them comes to mean one intent ("well, no").
OPENERS = [
    "",
    "",
    "",
    "hey ",
    "hi, ",
    "ok ",
    "so ",
    "honestly ",
    "quick one: ",
    "um ",
    "alright, ",
    "hello, ",
    "hmm ",
    "right, ",
    "well, ",
    "uh ",
    "i mean ",
    "ok so ",
    "actually ",
    "actually, ",
]  # "actually, delete my data" is no correction
CLOSERS = ["", "", "", "?", " pls", " please", " thanks", " thx", " 🙏", "!", " lol", " tbh"]
THINGS = [
    "organic cosmetics",
    "accounting software",
    "dental implants",
    "solar panels",
    "wedding photography",
    "craft beer",
    "used cars",
    "online courses",
    "payroll services",
    "frozen pizza",
    "industrial pumps",
    "dog food",
    "furniture",
]
BUSINESSES = [
    "school",
    "daycare",
    "dental practice",
    "family farm",
    "print shop",
    "hvac contractor",
    "credit union",
    "museum",
    "radio station",
    "trucking company",
    "co-working space",
    "vet clinic",
    "yoga studio",
    "charity",
]
NAMES = ["priya", "tom", "Ana Lopez", "jens", "Mei", "carlos r", "Fatima", "olu", "Sam O'Neil", "dmitri"]
COMPANIES = [
    "Northwind Tiles",
    "acme logistics",
    "Brightlane",
    "Kestrel Labs GmbH",
    "bluefin",
    "Harbor & Co",
    "zeta health",
    "Orbit SaaS",
]
DOMAINS = ["gmail.com", "acme.io", "brightlane.co", "kestrel.de", "outlook.com", "harbor.com"]
COMPETITORS = [
    "hubspot",
    "salesforce",
    "pipedrive",
    "intercom",
    "drift",
    "zendesk",
    "zoho",
    "freshworks",
    "monday",
    "close.com",
]
# the tools the integrations answer names (domain.yml), and others visitors ask after, which it does not: a
# question about one of those is for a specialist (faq/ask_specialist), not a yes read into "and more"
ANSWERED_TOOLS = ["hubspot", "salesforce", "slack", "zapier", "teams"]
OTHER_TOOLS = ["pipedrive", "google sheets", "outlook", "gmail", "marketo"]
TOOLS = ANSWERED_TOOLS + OTHER_TOOLS

# intent -> alternatives; "a|b" inside (…) picks one; {seats}, {competitor}, {tool} are filled in.
PARTS: dict[str, list[str]] = {
    "start_discovery": [
        "(ok |okay |alright |right |)(lets do it|lets go|let's go|we're sold|sounds good lets do it), (how do i|"
        "how do we|where do i|where do we) (pay|buy|sign|start|sign up)",
        "(can|could) (someone|somebody|one of you|your team|you) (show me|give me|walk me through|"
        "run me through) (a demo|a walkthrough|the product)( this week| tomorrow| on friday|)",
        "(we've decided|we decided|decision made|we're convinced|ok we're in)(,|) (we want to|let's|"
        "we'd like to) (move forward|go ahead|proceed|go with you|get started)( with you|)",
        "(ready to|we want to|we'd like to|looking to) (purchase|buy|sign up|sign|get started)"
        "(, what's next|, what are the next steps|, how do we proceed| - what now|)",
        "(i want to|help me|can you help me|i need to) (find|figure out|work out) the (right|best) (plan|option|"
        "package) for (us|my team|a {seats} person team)",
        "(i'd like|i need|can i get|give me) a recommendation",
        "which (plan|package|option) (would you recommend|suits us|is best) for a {seats} person (team|company|"
        "startup|agency)",
        "(we want to|we'd like to) (sign up for|buy|go with) the (business|starter|enterprise) plan",
        "(which|what) (plan|tier|package) (would you recommend|fits us|is right for us|should we get|makes sense for "
        "a team like ours)",
        "(help me|can you help me|could you help us) (pick|choose|figure out|work out) (a|the right|which) (plan|"
        "tier|package)",
        "(can i|could we|can we|i'd like to) get a (quote|proposal|custom quote|price quote|price) for (about "
        "{seats} seats|our team|{seats} users)",
        "(i want|we want|i'd like|we would like|we're ready|i'm ready) to (buy|sign up|get started|purchase|"
        "subscribe|go ahead)( today| this week| this month|)",
        "sign (me|us) up",
        "(book|schedule|set up|arrange) (a demo|a call|a walkthrough|an intro call)( for next week|)",
        "(what's|whats|what is) the next step( to buy| to get started|)",
        "how do (we|i) (get started|move forward|proceed|buy this)",
        "(just tell me|tell me) what (we'd|we would) need and what it (would|'d) cost",
        "(can|could) you put together (a proposal|an offer|a quote) for us",
        "(can i|could we) get pricing (tailored|specific) to (us|our setup|how we'd use it)",
        "(want to|wanna|would love to) see it in action( before i pitch it to my boss|)",
        "(we're|we are) (ready|looking) to (switch|move over) (from {competitor}|soon), (help us|can you help us) "
        "pick a plan",
        "(show me|give me) a demo",
        "(i'd like|we'd like) to talk about which plan fits",
        "(take my money|shut up and take my money|where do i pay|ok sold)( 💸|)",
        "(just |)(send|email) (me|us) the (contract|invoice|order form|paperwork|agreement)",
        "(we're ready to sign|ready to sign|let's sign)( today| this week|)( for {seats} seats|)",
        "(can you|could you) help (me|us) (figure out|work out|understand) what (we need|plan we need|fits)",
        # the buying process asked as a question: a buyer, not a question for the FAQ
        "(ok |so |right |)how (do|can|would) (i|we) (purchase|buy|get|sign up for|subscribe to|get access to|order) "
        "(this|it|your product|the tool|a license|licenses)( for (my|our) (company|team|business|{seats} people)|)",
        "(interested in|keen on|thinking about|looking into) (buying|getting|purchasing) (it|this|your tool), what "
        "do you need (from me|from us|to know)",
        "(is this|would this be|would it be|is it) (right|a fit|a good fit|the right tool) for (us|a team like ours|a "
        "{seats} person (team|company))(, (want to|let's|i'd like to|help me) find out|)",
        "what would (it|this|the (business|starter|enterprise) plan) (run us|cost us|set us back|come to) for {seats} "
        "(people|seats|users)",
        "(ok |alright |)(let's do it|we're in|count us in|i'm sold), (how do i|how do we|where do i) "
        "(purchase|pay|sign up|start)",
    ],
    "stop": [
        "(i'm|im|i am) (done|finished|through) with (the|these|your|all these) questions( for now|)",
        "(i don't want to|i'm not going to|no more) (answer|answering) (any more|more|these) questions(, just let me "
        "browse|)",
        "(that's enough|enough questions|i'm done answering)( for now| for today|)(, i'll just (read|look at) the "
        "pricing page|)",
        "(can we|let's|lets|could we) (continue|pick this up|finish this|resume|carry on) (later|tomorrow|another "
        "time|next week)",
        "(gotta|got to|have to|need to) (jump|hop) (into|on) a (meeting|call)(, (can we|let's) (continue|pick this "
        "up) (later|another time)|)",
        "(brb|one sec|hold on|back in a bit), (save|keep) (where we are|my answers|this|my progress)",
        "(pause|stop) (here|this|for now)(, i'll (be back|come back)|)",
        "(let's|lets|can we) (leave it|stop|call it|end it) (there|here|a day) for (today|now|the moment)",
    ],
    "skip": [
        "(let's|lets|can we) (leave that blank|skip that|move on|come back to that)",
        "(no idea|no clue|dunno|not sure|i don't know|idk) (what|how much) (our budget is|we'd spend|the timeline is|"
        "we are)( tbh|)",
        "(i'd rather not|i won't|not going to) (share|say|tell you) (that|our numbers|the budget)( yet| right now|)",
        "(rather not|prefer not to|i'd prefer not to|not comfortable) (say|share|sharing|saying|answering) (that|our "
        "budget|the budget|our size|this)",
        "(none of your business|that's private|that's confidential|can't disclose that|not telling)( lol|)",
        "(skip|pass|next question)( this one| on that| for now|)",
        "(i don't|dont|do not) (want|wish) to (answer|share|say) (that|this)( yet|)",
    ],
    "set_timezone": [
        "(i'm|im|we're|we are|i am) (in|based in|located in|out of) (singapore|lagos|madrid|chicago|denver|manila|"
        "nairobi|sao paulo|auckland|warsaw)",
        r"(gmt|utc)(\+|-)({h}|{h}:30)",
        "(i'm|im|we're|we are) (on|in) (singapore|sydney|london|new york|berlin|tokyo|pacific|eastern|central|"
        "mountain|india|paris) time",
        "(my|our) (time zone|timezone|tz) is (cet|est|pst|aedt|ist|gmt|utc|bst|pacific|eastern|europe/berlin|"
        "america/chicago)",
        "(i'm|im|we're) in (sydney|singapore|london|berlin|austin|toronto|mumbai|dubai)( so (aedt|sgt|gmt|cet|cst|"
        "est|ist|gst)|)",
        "(show|give) me (the |)times in (cet|est|pst|my time zone|pacific|eastern|london time)",
        "(we're|we are|i'm|im|i am) (on|in) (ist|cet|pst|est|aest|gmt|bst|sgt|cst|mst|jst|eet|wat)( time|)",
        "(can you|could you|pls|please) (show|list|give) (those|them|the times|these|the slots) in (ist|cet|pst|est|"
        "utc|gmt|my time|sydney time)",
        r"(UTC|GMT|utc|gmt)(\+|-){h}( here| for me|)",
    ],
    "show_options": [
        "(show me|what are|can i see|list) (the |your |)(available |free |)(times|slots|time slots)( for a call|)",
        "(what|which) (times|slots|days) (do you have|are (open|free|available))( this week| next week|)",
        "when (can|could) we (meet|talk|do the call|book it)",
        "(can i|could i|let me) (see|look at|check) (the|your|their|the rep's) (calendar|availability|schedule|diary)",
        "(any|got any|what) (openings|slots|times) (this week|next week|have you got|do you have|are there)",
        "(list|show) (the|your) (meeting|call|available) (times|slots)",
    ],
    # a follow-up on a price just given: "what about 10 users?", "and for the business plan?"
    "faq/pricing": [
        "(what about|and for|how about|and|ok and|what if we had|what would it be for) {seats} (users|seats|people|"
        "licenses|agents)( then| instead|)",
        "(what about|and for|how about|and) the (business|starter|enterprise) (plan|tier|one)"
        "( then| for {seats} users|)",
        "(how much|what's the price|what does it cost|and the cost) (for|with) {seats} (users|seats|people)( a month|)",
    ],
    "faq/billing": [
        "(do you|can we|can i|could we) (accept|pay with|pay by|pay via|be billed in|get invoiced in|pay in) ("
        "a credit card|bank transfer|euros|gbp|usd|invoice)",
        "(is there|do you offer|can we get) (annual|monthly) (billing|invoicing|payment)",
    ],
    # questions near a topic that its answer does not answer (domain.yml): a specialist confirms them
    "faq/ask_specialist": [
        "(do you|can we|can i|could we) (accept|pay with|pay by|pay via|pay in) (paypal|ach|a purchase order|crypto|"
        "apple pay)",
        "(is there|do you offer|can we get) (quarterly|biannual|net 60) (billing|invoicing|payment|terms)",
        "(does it|can it|will it) (integrate with|sync with|connect to|work with) {other_tool}",
        "(is there|do you have) (an integration|a connector|a zap) for {other_tool}",
        "(do you have|is there|do you offer) (phone support|24/7 support|onboarding help|training|a mobile app|an "
        "on-prem version)",
    ],
    "decline_consent": [
        "(no consent|i don't consent|i do not consent|don't store|do not store|dont keep) (my data|my details|"
        "anything|that)(, sorry|)",
        "(no|nope|nah),? (don't|do not|dont) (save|keep|store) (my|any) (details|info|data)",
        "(don't|do not|dont) (contact|email|call|spam) me(, just answer my questions| please| thanks|)",
    ],
    "human": [
        "(connect|put|hook) me (with|through to|up with) (an actual|a real|a live) (human|person|agent|rep)",
        "(i need|need|get me|i want|can i get) (a support rep|support|a support agent|customer support|tech support|"
        "someone from support)( asap| now| urgently| right away|)",
        "get me (sales|a salesperson|your sales team|someone in sales)",
        "(i want|i need|lemme talk to) (sales|a sales rep|a salesperson)( now|)",
        "(get|put) me (through to|in touch with) (someone|a person|sales|your team|a rep|a human)",
        "(is|are) (anyone|someone|a person) from (sales|your team) (online|around|available)( right now|)",
        "(i'd rather|i prefer to|i want to|i'd like to) (talk|chat|speak) (to|with) (an actual|a real|a live) "
        "(person|human)( than fill this out|)",
        "hook me up with (whoever handles|someone who does|the person for) (enterprise deals|pricing|contracts)",
        "this bot (isn't|is not|isnt) helping, (get me|i need|find me) (a person|someone|a human)",
        "(this bot is useless|this isn't working|you're not helping), is there (a person|someone|a human|anyone) i can "
        "(talk|speak|chat) (to|with)",
        "(can|could) (someone|a rep|a salesperson|one of your people) (call|email|text|contact) me",
        "who can i (talk|speak) to about (pricing|a contract|an enterprise deal|our account)",
        "(connect|transfer|pass) me to (a human|sales|a real person|an agent)",
        "(let me|can i|i want to) (chat|talk|speak) (with|to) my (account exec|account manager|rep|sales rep|contact "
        "at your company)",
        "can (a human|a person|a real person|someone real) (answer|help with|look at) this",
        # frustration asking for a way out: a person, whatever the words
        "(escalate this|escalate me|escalate|hand me over|pass me on)( please| to a person| to someone|)",
        "(not helpful|this is useless|you're going in circles|you don't get it|you're not understanding me)(,|.|) "
        "(i need|get me|give me|is there) (a human|a person|someone real|live chat|a live agent|real support)",
        "(live chat|live agent|a real person|human support)( please| now| pls|)",
    ],
    "bot_challenge": [
        "(are you|r u|am i talking to|is this) (a bot|an ai|a robot|a real person|human|automated)",
        "(wait |)(are|r) (you|u) (an actual|a real) (person|human)( typing|)",
        "is (this|it) (chatgpt|gpt|an ai|a chatbot) (answering|talking|)",
        "(bot|human|ai) or (human|person|not)",
    ],
    "compare": [
        "(isn't|isnt|aren't|arent|is) (this|it|you|you guys|your thing) (basically|just|pretty much|"
        "kinda) (the same as|like|a copy of|another) {competitor}",
        "(is this|is it|is yours) (basically the same as|like|better than|different from|cheaper than) {competitor}( "
        "or|)",
        "{competitor} or you, which (one|is better)",
        "why (you|this|your tool) over {competitor}",
        "(is it|would it be) better than (building it ourselves|doing it in-house|a spreadsheet|a gpt wrapper|what "
        "we have now)",
        "how (do you|does this) (stack up|compare) (against|to|with) {competitor}",
        "what do you do that {competitor} (doesn't|does not|can't)",
    ],
    # facts about themselves, said outright or as a bare answer: contact details, head counts, money, roles, plans
    "inform": [
        "(we're|we are|there are|there's|we have|it's) (about|around|roughly|like|) {n} (people|employees|staff|ppl|"
        "folks)"
        " (on the team|in the company|at the company|here|across the company|in total)",
        "(i'm|im|i am|i work as|my role is|my title is) (the |a |an |)(head of ops|head of sales|coo|cfo|"
        "procurement lead|sales manager|it manager|office manager|marketing lead|operations director|team lead|"
        "product manager)",
        "(my name is|my name's|name is|call me|i go by) {name}",
        "{name}@{company_domain}",
        "(we need|we'd need|we want|we're hoping to have|looking to have) (something|a tool|this|it|"
        "a solution) (in place|live|running|set up|rolled out) (by|before|within|in) (q1|q2|q3|march|june|the summer|"
        "two weeks|a month|the new year)",
        "(we|i) (sell|make|run|build|offer|provide) ({thing})( for (small businesses|hospitals|schools|retailers)|)",
        "(we're|we are|i'm with) (a|an) ({business})",
        "(the company is called|company name is|we are called|it's called) {company}",
        "{company}",
        "(my name is|i'm|im|this is|it's|name's) {name}( from {company}| at {company}| here|)",
        "{name} (from|at|with) {company}",
        "{email}",
        "(my email is|email is|email:|mail me at|reach me at|you can reach me at|my work email is) ({email}|"
        "{spelled_email})",
        "(company is|the company is|we're called|i work at|i'm with|im with|company:) {company}",
        "(we're|we are|team of|about|around|roughly|like) {n} (people|employees|staff|ppl|folks|guys)( (total|in "
        "total|now)|)",
        "(budget is|we can spend|we have|budget:|max|up to) (about |around |)({money}|{money} a month|{money} per "
        "year|{money}/mo)",
        "(i'm|im|i am) (the|a|an) (cto|ceo|head of ops|marketing manager|founder|intern|it director|office manager|"
        "vp of sales)( here|)",
        "(we're|we are|we run) (a|an) (clinic|bakery|law firm|saas startup|logistics company|school|agency|"
        "manufacturer|hotel|bank)",
        "we (do|handle|provide|offer) (plumbing and heating installs|roof repairs|house cleaning|tax returns|"
        "wedding catering|freight forwarding|it support|dental care|landscaping)( for (homes|local businesses)|)",
        "(need it|looking to start|want to go live|hoping to launch) (by|in|within) (march|q2|next month|2 weeks|the "
        "summer|january)",
        "(rn|right now|currently|today) we (use|run everything on|track leads in|manage it with) (spreadsheets|"
        "{tool}|email|sticky notes|excel)",
    ],
    "choose_slot": [
        "(let's do|lets do|i'll take|book|go with|take|pick) (thursday|tue|monday|friday|dec {d}|jan {d}|the first "
        "one|the 2nd one|the last one)( at|)( {h}(am|pm|:30|)|)( works|)",
        "(dec|jan|feb) {d}(,|) {h}(am|pm)( please|)",
        "(thursday|tuesday|wed|the {h}(am|pm) one) (works|is good|is perfect|suits me)( for me|)",
        "{h}:(00|15|30|45)( am| pm|am|pm|) (is good|works|please|is fine|is perfect)",
        "(option|slot|number) (a|b|c|1|2|3|one|two|three)( please| works| is good|)",
    ],
    "more_slots": [
        "(those|these|they) are all too (early|late) for me",
        "(can you|could you) show (more|other) (slots|times) on (monday|friday|thursday|the 15th)",
        "(anything|something|any slots) (in the evening|in the afternoon|later in the month|earlier)( please|)",
        "nothing (earlier|later|on friday)",
        "(anything|got anything|do you have anything|any (times|slots)) (later in the day|the week after|next week|"
        "earlier|in the morning|after {h}pm|on friday)",
        "none of (these|those|them) (work|suit me|are good)(,|) (anything|something|got anything) (later|else|next "
        "week)",
        "(other|more|different) (times|slots|options)( please|)",
        "(all of|none of|every one of) (those|these|them) (clash|clashes|conflict) with (meetings|my calendar|"
        "something|a call)",
        "(do you|got|have you got) (any |)(evening|morning|weekend|late|early|lunchtime) (slots|times|options)",
    ],
    "give_consent": [
        "(ok|okay|fine|sure|yes|yep)(,|) (to process|you can (process|store|keep|save)|go ahead and (keep|store)) my "
        "(data|details|info)",
        "(i consent|i agree|consent given|agreed)( to that| to the privacy policy|)",
    ],
    "explain": [
        "what do you mean (by|with) (authority|timeline|budget|company size|decision maker|that)",
        "what (does|counts as) (timeline|authority|budget|company size|decision role) (mean |)(here|exactly|in this "
        "case|)",
        "(sorry |)(what do you mean|i don't understand the question|not sure what you're asking)",
        "(how|why) does (my|our) (company size|budget|role|timeline) (matter|change anything|make a difference)",
        "why (do you need|are you asking|d'you need|would you need) (that|my email|the budget|to know|my role)",
        "what('s| is) (that|this) (for|used for)",
    ],
    "faq/integrations": [
        "(does it|can it|can you|will it) (integrate with|sync with|push leads into|connect to|export to|work with|"
        "send data to) {answered_tool}",
        "(is there|do you have) (an integration|a connector|an api|a zap) for {answered_tool}",
        "can (leads|contacts|chats) (go|flow|sync) (straight|directly|automatically) into {answered_tool}",
    ],
    "out_of_scope": [
        "(what's a good|give me a|best) recipe for (lasagna|pancakes|curry|brownies|risotto|tacos|banana bread)",
        "(write|compose) (me |)a (poem|song|haiku|limerick|story) about (cats|love|the sea|my boss|autumn|pizza)",
        "{gibberish}",
        "(how many calories|what's a good recipe|how do i cook) (in|for|with) (a banana|pasta|rice|chicken)",
        "(is it going to|will it) (rain|snow) (tomorrow|today|this weekend)",
        "(is|will) (bitcoin|the stock market|tesla stock|ethereum) (going up|crash|a good buy)( this week|)",
        "who is the (president|prime minister|king) of (france|canada|spain|brazil)",
        "(sing me a song|write me a poem|tell me a riddle|let's play a game)",
        "my (amazon|ups|fedex) (package|order|parcel) (never arrived|is late|got lost)",
        "(explain|teach me) (quantum computing|photosynthesis|black holes|calculus)( simply|)",
        "(my|the) (dog|neighbour's dog|cat) (keeps barking|is sick|won't eat)(, what do i do|)",
        "(let's|can we) (chat|talk) about (movies|football|music|the weekend)",
        "(whats|what's|what is) {a}(\\*| times | plus ){b}",
        "tell me a (joke|story|fun fact)",
        "(my cat|the dog|my kid) just (walked on|sat on|typed on) the keyboard",
        "(what's|whats) the weather (like |)(in (london|austin|berlin)|today|)",
        "are you (hiring|looking for interns|accepting job applications)",
        "(where do i|how do i|can i) (apply|send my cv|send my resume|submit my resume|apply for a job)( here|)",
        "(i'm|im) a (frontend|backend|ux|data|qa) (dev|developer|designer|engineer), (are you|r u|you guys) hiring",
        "(can you|could you|help me) (write|fix|debug) my (essay|code|resume|homework)",
        "who (won|is winning) the (game|match|election)",
        "(what's|whats) your favou?rite (color|movie|food)",
        "my (printer|laptop|wifi) (isn't|is not|wont) (working|connecting)",
        "(i'm|im|i am) (so |really |)(hungry|tired|bored|sleepy|sad)( lol|)",
        "(what|whats|what's) {a} (times|plus|minus|divided by) {b}",
        "(can you|could you|pls|please) (help|help me) with my (python|javascript|sql|excel|java) (error|bug|formula|"
        "homework)",
        "(solve|what is|whats) {a}x+{b}={a}{b}",
        # spam and promotions aimed at the chat
        "(buy|get) (cheap|free|real) (followers|likes|backlinks|reviews|traffic)(!!!|!| now|)( click here|)",
        "(we offer|best|cheap) (seo services|web design|backlinks|crypto signals)(, (dm|message) me|)",
        "(earn|make) {a}00 dollars a day (from home|working online)( click here|)",
        "(what's|whats|what is) {a}% of {b}( lol|)",
    ],
    "thank": [
        "(ty|thx|tysm|thank u|thanks|thank you|much appreciated|many thanks)( so much| a lot| a ton| heaps| "
        "mate| again|!|)( 🙏|)",
        "cheers (mate|for that|for the help|for the info)( 🙏|!|)",
        "(merci|merci beaucoup|gracias|muchas gracias|danke|danke schön|obrigado|obrigada|grazie|dank je)( 🙏|!|)",
        "(that|this) (was|is) (super |really |very |)(helpful|useful|great), (thanks|thank you|cheers|ty)",
    ],
    "goodbye": [
        "(ciao|ok|bene), (a presto|ci vediamo|alla prossima|buona giornata)",
        "have a (good|nice|great|lovely) (one|day|evening|weekend|week)( 👋|!|)",
        "(i'm|im|we're) (out|off|done here|heading off)( for now| for today|)( ✌️| 👋|)",
        "(gotta|got to|need to) (run|jump|head out|go)( now|, bye|)",
        "(that's|thats) all i needed(, bye| thanks bye| cheers|)",
        "(later|peace|ciao|cheers|bye for now)( 👋|!|)",
        "(talk|speak|chat) (to you |with you |)(soon|later|another time)",
    ],
    "correct": [
        "(let me fix that|correction|sorry|oops|my mistake|small fix),? (the |my |)(company name|company|name|email|"
        "last name) is {company} not {company}",
        "(no no|oops|hold on|wait),? (it's|its|we're|the budget is) ({n} people|{money}|euros not dollars|per month "
        "not per year|in retail)",
        "(i hit an extra zero|extra zero|wrong number)(,|.) (it's|should be|i meant) {n}",
        "i said (q3|march|40|healthcare|10k) but (it's|it is) (really|actually) (q2|april|50|retail|20k)",
        "(oh |sorry |wait |no wait |)i meant (Q3|50|healthcare|monthly|the team plan|march) not (Q2|40|retail|yearly|"
        "the business plan|april)",
        "(actually|correction|sorry)(:|,) (we're|we are|it's|it is) (closer to 80|in logistics|more like 30k|about "
        "200 people|next quarter)",
        "(no wait|sorry|hang on), (i'm|im) not the (decision maker|ceo|owner|buyer), (my boss|our cfo|the founder) is",
        "scratch that, (it's|we're|the budget is) (60|in retail|25k|a team of 12)",
        "(i made a typo|typo), (it's|should be) (45|finance|q1) not (54|fitness|q4)",
        "(typo|sorry|oops|no no|my bad),? (the budget is|budget is|size is|it's|we're) ({money}|{n}|march|retail) not "
        "({money}|{n}|may|finance)",
        "(no no|no|nope),? (march|q3|{n}|retail|monthly) not (may|q4|{n}|finance|yearly)",
        "(let me fix that|oops|whoops|my bad)(,|) (it's|we're|the budget is|i meant) ({n} employees|{money}|in "
        "retail|q3)",
    ],
    "deny": [
        # a bare "no" in slang, or no with what they do not do: "nuh uh", "no we don't",
        "(nuh uh|uh uh|nuh-uh|negative|nay|nope nope|no no no|no sir|nah mate|nope, sorry)",
        "(no|nope|nah)(,|) (we|i) (don't|dont|do not|haven't|havent|aren't|arent|won't|wont)( really| yet|)",
        "no(,|) i (don't|dont|do not) (need|want) (a demo|that|the questions|a call|the newsletter)",
        "nah(,|) (i'm good|not now|not really|not interested|pass)",
        "no thanks(,|) not (interested|now|today|for me)",
        "(nope|no)(,|) (that's not it|not what i meant|i'll pass)",
        "(definitely|absolutely|certainly|of course|hell) not",
        "(no way|not at all|not really|never)( lol|)",
    ],
    "greet": [
        "(hola|bonjour|hallo|ciao|ola|namaste|salut)( 👋|!|)",
        "(hey hey|heyy|good day|hiya|hi hi|sup|yo yo)( there|!|)",
    ],
    "acknowledge": [
        # taking in an answer, no yes to anything,
        "(ok |okay |alright |ah |oh |)(that clears it up|that answers it|that answers my question|fair enough|"
        "understood|gotcha|makes sense now|i see now|good to know|noted)",
    ],
}


# The same dialog acts in German, Spanish, French, Dutch, Portuguese and Italian. Without them a message
# in another language reads as inform (the examples there hold the only foreign words: "wir sind 25
# Mitarbeiter"), so "nein", "andere Zeiten?" or "puedo hablar con alguien?" were facts. Each intent gets
# PER_INTENT_OTHER examples from these beside its English ones.
PER_INTENT_OTHER = 22
IN_OTHER_LANGUAGES: dict[str, list[str]] = {
    "greet": [
        "(hallo|guten tag|moin|servus|hola|buenas|buenos días|bonjour|salut|hoi|goedemiddag|olá|bom dia|ciao|"
        "buongiorno)( zusammen| a todos| à tous| allemaal| a tutti|)"
    ],
    "goodbye": [
        "(tschüss|auf wiedersehen|bis später|ciao|adiós|hasta luego|nos vemos|au revoir|à plus|à bientôt|"
        "doei|tot ziens|tot later|tchau|até logo|arrivederci|a dopo)( amigo| alle| zusammen|)"
    ],
    "affirm": [
        "(ja|jawohl|ja genau|genau|ja klar|sí|si|claro|sí claro|por supuesto|oui|ouais|bien sûr|exactement|"
        "ja hoor|jazeker|klopt|sim|isso|certo|sì|certo|esatto)"
    ],
    "deny": [
        "(nein|nee|nö|nein danke|no gracias|para nada|non|non merci|pas du tout|nee hoor|helemaal niet|não|"
        "de jeito nenhum|no grazie|per niente)"
    ],
    "thank": [
        "(danke|danke schön|vielen dank|gracias|muchas gracias|merci|merci beaucoup|bedankt|dank je|dank u wel|"
        "obrigado|obrigada|grazie|grazie mille)"
    ],
    "acknowledge": [
        "(alles klar|verstehe|vale|entendido|d'accord|compris|oké|prima|begrepen|beleza|entendi|va bene|capito)"
    ],
    "stop": [
        "(hör auf|hören sie auf) (mit den fragen|zu fragen)",
        "(para|deja) de (preguntar|hacer preguntas)",
        "(arrête|arrêtez) (de poser des questions|les questions)",
        "(stop|hou op) met (vragen|die vragen)",
        "(pare|chega) de perguntas",
        "(basta|smettila) (con le domande|di fare domande)",
    ],
    "skip": [
        "(lieber nicht|keine angabe|weiter|nächste frage|prefiero no decirlo|siguiente pregunta|paso|"
        "je préfère ne pas dire|question suivante|liever niet|volgende vraag|prefiro não dizer|próxima pergunta|"
        "preferisco non dirlo|prossima domanda)"
    ],
    "human": [
        "(kann ich|können wir) mit (einem menschen|jemandem aus dem vertrieb|einer person) sprechen",
        "(puedo|quiero) hablar con (alguien|una persona|alguien de ventas|un humano)",
        "(je veux|je voudrais|puis-je) parler à (quelqu'un|un humain|un commercial|une personne)",
        "(kan ik|ik wil) (met iemand|met een mens|met sales) (praten|spreken)",
        "(posso|quero) falar com (alguém|uma pessoa|um vendedor)",
        "(posso|vorrei) parlare con (qualcuno|una persona|un commerciale)",
    ],
    "bot_challenge": [
        "(bist du ein bot|ist das ein mensch|eres un bot|¿eres humano|es-tu un robot|je suis en train de "
        "parler à un robot|ben jij een bot|você é um robô|sei un bot|sei umano)"
    ],
    "give_consent": [
        "(ja|sí|oui|ja hoor|sim|sì), (ihr dürft mich kontaktieren|speichern ist ok|pueden contactarme|"
        "pueden guardar mis datos|vous pouvez me contacter|vous pouvez garder mes données|jullie mogen "
        "contact opnemen|podem me contatar|potete contattarmi)"
    ],
    "decline_consent": [
        "(nein|no|non|nee|não), (keine speicherung|speichert nichts|no guarden mis datos|no me "
        "contacten|ne gardez pas mes données|ne me contactez pas|sla niets op|neem geen contact op|"
        "não guardem meus dados|non salvate i miei dati)( bitte| por favor| svp| alsjeblieft|)"
    ],
    "show_options": [
        "(qué opciones tengo|¿qué opciones tengo?|welche optionen habe ich|was kann ich hier machen|"
        "quelles sont mes options|wat zijn mijn opties|quais são minhas opções|quali opzioni ho|cosa posso fare)",
        "(welche termine gibt es|wann habt ihr zeit|zeig mir die termine|qué horarios hay|cuándo pueden|"
        "muéstrame los horarios|quels créneaux|quand êtes-vous disponibles|welke tijden zijn er|wanneer "
        "kunnen jullie|quais horários|che orari ci sono|quando siete disponibili)",
    ],
    "more_slots": [
        "(andere zeiten|andere termine|später|otros horarios|más tarde|otras opciones|d'autres créneaux|"
        "plus tard|andere tijden|outros horários|mais tarde|altri orari|più tardi)( bitte| por favor"
        "| svp|)"
    ],
    "choose_slot": [
        "(den ersten|den zweiten|den dritten|el primero|el segundo|le premier|le deuxième|de eerste|de tweede|"
        "o primeiro|o segundo|il primo|il secondo)( termin| horario| créneau| tijdslot| horário| orario|)( bitte|"
        " por favor| svp| graag| per favore|)",
        "(dienstag|morgen|montag|martes|mañana|lundi|demain|dinsdag|morgen|terça|amanhã|martedì|domani)"
        "( um| a las| à| om| às| alle) {h}( uhr| h|)( passt| me va bien| me convient| is goed| está bom"
        "| va bene|)",
    ],
    "explain": [
        "(wozu brauchst du das|warum fragst du|wofür ist das|para qué necesitas eso|por qué preguntas|pourquoi "
        "vous demandez ça|ça sert à quoi|waarom vraag je dat|waar is dat voor|por que você pergunta|perché lo "
        "chiedi|a cosa serve)"
    ],
    "compare": [
        "(ist das besser als|was ist der unterschied zu|es mejor que|en qué se diferencia de|c'est mieux que|"
        "quelle différence avec|is dit beter dan|wat is het verschil met|é melhor que|è meglio di) "
        "{competitor}"
    ],
    "erase_data": [
        "(lösch|löscht|löschen sie) (meine daten|alles über mich)",
        "(borra|borren|eliminen) mis datos",
        "(supprimez|effacez) mes données",
        "(verwijder|wis) mijn gegevens",
        "(apaguem|excluam) meus dados",
        "(cancellate|eliminate) i miei dati",
    ],
    "correct": [
        "(nein|nee|no|non|não), (es sind|son|c'est|het zijn|são|sono) {n}(, nicht|, no|, pas|, niet|, não|, non) {a}"
    ],
    "start_discovery": [
        "(ich möchte|quiero|je voudrais|ik wil|quero|vorrei) (mit dem vertrieb sprechen|hablar con ventas|"
        "parler à un commercial|met sales praten|falar com vendas|parlare con le vendite) (um zu kaufen|para comprar|"
        "pour acheter|om te kopen|para comprar|per comprare)",
        "(wir wollen kaufen|ich möchte ein angebot|queremos comprar|quiero una cotización|on veut "
        "acheter|je voudrais un devis|we willen kopen|ik wil een offerte|queremos comprar|quero um "
        "orçamento|vogliamo comprare|vorrei un preventivo)",
    ],
    "inform": [
        "(wir sind|somos|nous sommes|on est|we zijn|somos|siamo) {n} (mitarbeiter|leute|empleados|personas|"
        "employés|personnes|medewerkers|mensen|funcionários|pessoas|dipendenti|persone)",
        "(wir sind|somos|nous sommes|we zijn|siamo) (eine baufirma|una constructora|un cabinet comptable|"
        "een bouwbedrijf|uma clínica|uno studio legale|eine agentur|una inmobiliaria|une boulangerie)",
        "(budget|presupuesto|notre budget|ons budget|orçamento|il budget)( ist| es| est| is| é| è|) "
        "({money}|{money} (im monat|al mes|par mois|per maand|por mês|al mese))",
        "(ich bin|soy|je suis|ik ben|sou|sono) (der geschäftsführer|la directora|le fondateur|de eigenaar|"
        "o dono|il responsabile it|praktikant|becario|stagiaire)",
    ],
    "set_timezone": [
        "(ich bin in|estoy en|je suis à|ik zit in|estou em|sono a) (berlin|madrid|paris|amsterdam|"
        "lisboa|roma|münchen|barcelona|lyon)"
    ],
    "out_of_scope": [
        "(was ist die hauptstadt von|cuál es la capital de|quelle est la capitale de|wat is de hoofdstad van|"
        "qual é a capital de|qual è la capitale di) (frankreich|francia|la france|frankrijk|frança|spagna|japan|"
        "brasil)",
        "(wie wird das wetter|erzähl mir einen witz|qué tiempo hace|cuéntame un chiste|quel temps "
        "fait-il|raconte-moi une blague|hoe laat is het|vertel een mop|como está o tempo|conta uma piada|"
        "che tempo fa|raccontami una barzelletta)",
    ],
    "faq/pricing": [
        "(was kostet das|wie viel kostet das|wie teuer ist das|cuánto cuesta|combien ça coûte|wat kost het|"
        "quanto custa|quanto costa)( pro nutzer| im monat| por usuario| al mes| par utilisateur| par mois|"
        " per gebruiker| por usuário| per utente|)( ?|)",
    ],
}

# What fresh held-out batches showed visitors say that no template above said, family by family (stopping "the
# survey", leaving "for now", consent as permission, a comparison with a spreadsheet, a job application):
# each adds ways of saying an intent, not a batch's sentences.
for _intent, _more in {
    "stop": [
        "(i don't want to|i'd rather not|can we not|let's not|i won't) (do|go through|fill in|finish|answer) (the|this|"
        "your|the whole) (questionnaire|survey|discovery( thing|)|quiz|qualification( thing|)|interview)",
        "(let's|can we|i want to|could we|pls) (end|drop|skip|stop|ditch|cut) (the|this|these|your|all the) (questions|"
        "questionnaire|survey|discovery)( here| now| for now| please|)",
        "(i'm not ready for|not in the mood for|no time for|i can't be bothered with) (all this|this survey|the "
        "questions|a questionnaire|twenty questions)(, (let's|can we) (stop|drop it|leave it)|)",
    ],
    "goodbye": [
        "(i'll|i will|gonna|i'm gonna) (come back|check back|return) (to this |)(later|tomorrow|another time)"
        "(, bye| - bye for now|, cheers|, see ya|)",
        "(leaving|heading out|logging off|signing off|off) now(, (my|a) (meeting|call)('s| is) (starting|about to "
        "start)|, gotta run|, bye|)",
    ],
    "deny": ["(no|nah|nope),? (don't|dont|do not) (bother|worry about it|do that|send it)"],
    "affirm": [
        "(sure|yeah|ok|yes|go on),? why not",
        "(yes|yess|yep|sure|oh yes),? that (would be|sounds|'d be) (great|perfect|good|lovely|helpful)",
    ],
    "inform": [
        "(you can|u can|feel free to|best to) (reach|email|contact|ping) me (at|on|via) {email}",
        "(my email is|email:|drop me a line at|write to me at|i'm on|my work email is) {email}",
    ],
    "explain": [
        "(how is|why is|how's|in what way is) (my|our) (job title|role|company size|budget|industry"
        "|timeline|headcount) "
        "(relevant|important|needed|your business)( here|)",
        "what does (my|our) (role|budget|size|industry|title) have to do with (anything|it|pricing|the price)",
    ],
    "skip": [
        "(rather not|prefer not to|i'd rather not|won't|can't) (disclose|reveal|give out|share|say) (the"
        "|our|my) (budget|"
        "numbers|headcount|size|timeline|spend)( yet| here| in a chat|)",
    ],
    "give_consent": [
        "(you have|you've got) my (permission|consent|ok|blessing) to (reach out|contact me|store my (info"
        "|details|data)"
        "|follow up|email me)",
        "i (accept|agree to|consent to) the (privacy (terms|policy)|terms|data policy)(, (store|keep|save) my (info|"
        "details)|, go ahead|)",
    ],
    "decline_consent": [
        "no (permission|consent) to (store|keep|save|use|share) my (data|details|info|email)",
        "(you don't have|you do not have|i don't give|i do not give) (my |)(permission|consent) to (store|keep|use) "
        "(it|my data|my details)",
    ],
    "set_timezone": [
        "(convert|show|put) (those|them|the times|these|the slots) (to|in) (tokyo|sydney|berlin|new york|delhi|"
        "lagos|são paulo|dubai) time(, that's where i am|, i'm there| pls|)",
    ],
    "compare": [
        "what does (this|your (tool|product)|it) do that {alternative} (can't|doesn't|cannot|won't)",
        "(why not|why shouldn't we|honestly why not|why would we not) (just |)(stick with|keep using|stay on|use) "
        "{alternative}",
        "is (it|this|yours|your tool) (better|worse|cheaper) than {alternative}( for (teams|companies) (like ours|our "
        "size)|)",
    ],
    "erase_data": [
        "(right to be forgotten|gdpr erasure|article 17|my right to erasure)( - |, |: )(please "
        "|)(apply it to me|erase me|"
        "i'm invoking it|use it)",
    ],
    "out_of_scope": [
        "(where|how) (can|do) i (send|submit|upload) my (cv|resume|application|portfolio)",
        "(are you|r u|is your company) hiring( devs| engineers| interns| right now|)",
        "what'?s {a}% of {n}",
        "is (bitcoin|the stock market|ethereum|gold|the dollar) going (up|down)( this week| soon|)",
        "(can you|could you) help (me |)with my (essay|dissertation|homework|thesis|taxes)",
    ],
    "human": [
        "(i need|need|want|i'd like) a (real|actual) (human|person)( being|) to (answer|help with|look at|handle) this",
    ],
    "show_options": [
        "(help me|help pls|help),? (not sure|no idea|i don't know|dunno) what to do( here| now|)",
    ],
}.items():
    PARTS[_intent] = PARTS.get(_intent, []) + _more

for _intent, _more in {
    "greet": [
        "(olá|hola|hallo|salut|ciao|hoi|buongiorno), (tudo bem|qué tal|wie geht's|ça va|come va|hoe gaat het)( ?|)"
    ],
    "goodbye": ["(à plus tard|à plus|hasta pronto|bis bald|tot straks|até mais|a presto|tschau|tchau)( !|)"],
    "affirm": ["(oui|sí|ja|sim|sì),? (d'accord|vale|gerne|claro|certo|va bene|prima|volontiers|com certeza)"],
    "acknowledge": [
        "(verstanden|ok, je vois|je vois|oké, duidelijk|duidelijk|entiendo|ya veo|capisco|ho capito|entendi|percebi|"
        "ah okay, verstehe|c'est noté|anotado)"
    ],
    "start_discovery": [
        "(je voudrais|j'aimerais|ich hätte gerne|ich möchte|quisiera|me gustaría|gostaria de|queria|vorrei"
        "|ik wil graag) "
        "(une démo|un devis|eine demo|ein angebot|una demo|una cotización|um orçamento|uma demonstração|un preventivo|"
        "een demo|een offerte)",
        "(vorrei|je voudrais|ich möchte|quiero|quero|ik wil) (acquistare|acheter|kaufen|comprar"
        "|kopen) (una licenza|une "
        "licence|eine lizenz|una licencia|uma licença|een licentie|l'abbonamento|el plan business)",
    ],
    "faq/ask_specialist": [
        # the support answer says nothing of languages, and Pix, boleto and the LGPD are not named in ours
        "(gibt es|habt ihr|¿tienen|tienen|avez-vous|est-ce que vous avez|vocês têm|tem|avete|hebben jullie) (eine "
        "deutsche oberfläche|support auf deutsch|soporte en español|support en français|suporte em português|supporto "
        "in italiano|nederlandstalige support)( ?|)",
        "(vocês aceitam|aceitam|¿aceptan|aceptan) (pix|boleto)( ?|)",
        "(vocês são|são|êtes-vous|¿son) (conformes à lgpd|lgpd-compliant)( ?|)",
    ],
    "faq/billing": [
        "(akzeptiert ihr|¿aceptan|aceptan|acceptez-vous|vocês aceitam|accettate|accepteren jullie) (überweisung|pago "
        "con transferencia bancaria|transferencia|le virement|bonifico|overschrijving)( ?|)"
    ],
    "faq/data_handling": [
        "(seid ihr|¿son|son|êtes-vous|est-ce que vous êtes|vocês são|siete|zijn jullie) (dsgvo-konform|conformes al "
        "rgpd|conformes au rgpd|conformi al gdpr|avg-proof|gdpr-compliant)( ?|)"
    ],
    "correct": [
        "(perdón|perdona|sorry|pardon|desculpa|scusa|entschuldigung),? (me equivoqué|ich habe mich vertan|je me suis "
        "trompé|ik vergiste me|me enganei|mi sono sbagliato),? (somos|wir sind|nous sommes|we zijn|siamo) {n}",
        "(perdón|sorry|pardon|desculpa|scusa),? (me equivoqué|ich habe mich vertan|je me suis trompé|ik vergiste me|me "
        "enganei|mi sono sbagliato),? (somos del sector|wir sind in der branche|on est dans le"
        "|we zitten in de|somos do "
        "setor|siamo nel settore) (retail|einzelhandel|commerce|detailhandel|varejo|commercio|salud|bau)",
    ],
    "stop": [
        "(können wir|podemos|on peut|kunnen we|possiamo) (die fragen|las preguntas|les questions|de vragen"
        "|as perguntas|"
        "le domande) (erstmal lassen|dejar|arrêter|laten|parar|lasciar perdere)( ?|)"
    ],
    "human": [
        "(mag ik|kan ik) (een medewerker|een mens|iemand van sales) (spreken|aan de lijn krijgen)( ?|)",
        "(darf ich|kann ich) (mit einem mitarbeiter|mit einem menschen) (sprechen|reden)( ?|)",
    ],
    "bot_challenge": [
        "(rede ich|spreche ich|chatte ich) (gerade |)mit einem (bot|roboter)( ?|)",
        "(estoy hablando|hablo|¿hablo) con un (bot|robot)( ?|)",
        "(je parle|est-ce que je parle) à un (bot|robot)( ?|)",
        "(praat ik|ben ik aan het praten) met een (bot|robot)( ?|)",
        "(estou falando|falo) com um (bot|robô)( ?|)",
        "(sto parlando|parlo) con un (bot|robot)( ?|)",
    ],
    "give_consent": [
        "(ja hoor|sí|oui|ja|sim|sì), (mijn gegevens mogen bewaard worden|meine daten dürfen gespeichert werden|pueden "
        "guardar mis datos|vous pouvez conserver mes données|podem guardar os meus dados|potete conservare i miei dati)"
    ],
    "decline_consent": [
        "(nee|no|non|nein|não), (liever niet dat jullie mijn gegevens bewaren"
        "|bitte speichert meine daten nicht|prefiero "
        "que no guarden mis datos|je préfère que vous ne gardiez pas mes données|prefiro que não guardem os meus dados|"
        "preferisco che non salviate i miei dati)"
    ],
    "show_options": [
        "(was kannst du|was kannst du alles|qué puedes hacer|¿qué puedes hacer|que peux-tu faire|qu'est-ce que tu sais "
        "faire|wat kun je|wat kun je allemaal|o que você pode fazer|o que você faz|cosa sai fare|cosa puoi fare)( ?|)"
    ],
    "more_slots": [
        "(aucun ne me convient|aucun de ces créneaux|ninguno me sirve|ninguno me va|keiner passt|keiner dieser termine "
        "passt|geen enkele past|nenhum serve|nenhum desses|nessuno va bene"
        "|nessuno di questi)(, (d'autres créneaux|otros "
        "horarios|andere termine|andere tijden|outros horários|altri orari)|)( ?|)"
    ],
    "set_timezone": [
        "(horário de brasília|hora de españa|heure de paris|mitteleuropäische zeit|nederlandse tijd|ora italiana|hora "
        "de méxico)"
    ],
    "out_of_scope": [
        "(wie wird das wetter morgen|tu peux m'aider avec ma dissertation|puedes ayudarme con mis deberes|kun je me "
        "helpen met mijn huiswerk|pode me ajudar com a lição|mi aiuti con i compiti|wer gewinnt die bundesliga|"
        "quién ganará la liga)( ?|)"
    ],
}.items():
    IN_OTHER_LANGUAGES[_intent] = IN_OTHER_LANGUAGES.get(_intent, []) + _more

# what a comparison names: a competitor, or the spreadsheet or tool the visitor would keep
ALTERNATIVES = [
    *COMPETITORS,
    "notion",
    "asana",
    "excel",
    "spreadsheets",
    "airtable",
    "trello",
    "jira",
    "clickup",
    "a google sheet",
]


def _expand(template: str, rng: random.Random) -> str:
    """One pick for each (a|b) group, innermost first, then the placeholders."""
    text = template
    pattern = re.compile(r"\(([^()]*)\)")
    while True:
        match = pattern.search(text)
        if match is None:
            break
        text = text[: match.start()] + rng.choice(match.group(1).split("|")) + text[match.end() :]
    text = text.replace("\\*", "*")
    return (
        text.replace("{seats}", str(rng.choice([5, 12, 25, 40, 60, 150])))
        .replace("{competitor}", rng.choice(COMPETITORS))
        .replace("{alternative}", rng.choice(ALTERNATIVES))
        .replace("{tool}", rng.choice(TOOLS))
        .replace("{answered_tool}", rng.choice(ANSWERED_TOOLS))
        .replace("{other_tool}", rng.choice(OTHER_TOOLS))
        .replace("{a}", str(rng.randint(2, 99)))
        .replace("{b}", str(rng.randint(2, 99)))
        .replace("{name}", rng.choice(NAMES))
        .replace("{company}", rng.choice(COMPANIES))
        .replace("{thing}", rng.choice(THINGS))
        .replace("{business}", rng.choice(BUSINESSES))
        .replace("{email}", _email(rng))
        .replace("{company_domain}", _company_domain(rng))
        .replace("{gibberish}", _gibberish(rng))
        .replace("{spelled_email}", _email(rng).replace("@", " at ").replace(".", " dot "))
        .replace("{n}", str(rng.choice([3, 8, 12, 25, 40, 80, 150, 400, 1200])))
        .replace("{money}", rng.choice(["$500", "2k", "5k", "10k", "€3,000", "£800", "20k", "50k", "100k"]))
        .replace("{d}", str(rng.randint(1, 28)))
        .replace("{h}", str(rng.randint(1, 12)))
    )


def _email(rng: random.Random) -> str:
    name = rng.choice(NAMES).split()[0].lower().replace("'", "")
    return f"{name}{rng.choice(['', '.k', '_1', '.lee'])}@{rng.choice(DOMAINS)}"


def _company_domain(rng: random.Random) -> str:
    """A work address's domain made from a company name: "rossi-design.it", "kestrellabs.de"."""
    words = re.findall(r"[a-z]+", rng.choice(COMPANIES).lower())
    joined = rng.choice(["", "-"]).join(words[:2])
    return f"{joined}.{rng.choice(['com', 'io', 'it', 'de', 'co.uk', 'fr', 'nl', 'es'])}"


def _gibberish(rng: random.Random) -> str:
    """Keys mashed, with or without an emoji: nothing a visitor means."""
    letters = "asdfghjklqwertzuiopyxcvbnm"
    words = [
        "".join(rng.choice(letters[i : i + 4]) for _ in range(rng.randint(2, 6)))
        for i in (rng.randrange(0, 22) for _ in range(rng.randint(1, 3)))
    ]
    return " ".join(words) + rng.choice(["", " 🍕", " 🙃🙃", " ??", " 💀"])


def _noisy(text: str, rng: random.Random) -> str:
    """Lowercase, drop an apostrophe, or swap two letters: how people type in a chat box."""
    roll = rng.random()
    if roll < 0.15:
        text = text.replace("'", "")
    elif roll < 0.25:
        words = text.split()
        index = rng.randrange(len(words))
        word = words[index]
        if len(word) > 4 and word.isalpha():
            i = rng.randrange(1, len(word) - 2)
            words[index] = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        text = " ".join(words)
    return text


def existing_examples() -> set[str]:
    seen = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        if path == TARGET:
            continue
        for block in (load_yaml(path.read_text()) or {}).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                seen.add(line.strip().lstrip("- ").strip().lower())
    return seen


def generate() -> str:
    """Each intent draws from a random stream of its own, so a template added to one intent leaves every
    other intent's examples (and the model's reading of them) as they were."""
    taken = existing_examples()
    lines = [
        "# Generated by scripts/generate_intents.py from the phrase parts there: edit those, not this file.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent, templates in PARTS.items():
        rng = random.Random(f"{SEED}:{intent}")

        def said_by_a_visitor(templates: list[str] = templates, rng: random.Random = rng) -> str:
            core = _expand(rng.choice(templates), rng)
            return _noisy(f"{rng.choice(OPENERS)}{core}{rng.choice(CLOSERS)}".strip(), rng)

        lines += _block(intent, _examples(said_by_a_visitor, PER_INTENT, PER_INTENT * 40 + 1, taken))
    for intent, templates in IN_OTHER_LANGUAGES.items():
        rng = random.Random(f"{SEED}:{intent}:other-languages")

        def as_written(templates: list[str] = templates, rng: random.Random = rng) -> str:
            return _expand(rng.choice(templates), rng)

        lines += _block(intent, _examples(as_written, PER_INTENT_OTHER, PER_INTENT_OTHER * 20, taken))
    return "\n".join(lines) + "\n"


def _examples(compose: Callable[[], str], wanted: int, attempts: int, taken: set[str]) -> list[str]:
    """Up to `wanted` examples from `compose`, none already in the data (`taken`, which grows)."""
    examples: list[str] = []
    for _ in range(attempts):
        if len(examples) >= wanted:
            break
        text = re.sub(r"\s+", " ", compose()).strip()
        if text.lower() not in taken:
            taken.add(text.lower())
            examples.append(text)
    return examples


def _block(intent: str, examples: list[str]) -> list[str]:
    return [f"- intent: {intent}", "  examples: |"] + [f"    - {example}" for example in examples]


def out_of_date() -> str | None:
    """A clear message when the committed file is not what the parts make, else None."""
    if not TARGET.exists() or TARGET.read_text() != generate():
        return (
            f"{TARGET.relative_to(ROOT)} is out of date with bot/nlu/intent_examples.py: run `make train` "
            "(or python -m bot.nlu.intent_examples) and commit the result"
        )
    return None


def write() -> int:
    text = generate()
    if not TARGET.exists() or TARGET.read_text() != text:
        TARGET.write_text(text)
    return sum(1 for line in text.splitlines() if line.startswith("    - "))


if __name__ == "__main__":
    print(f"intent-examples: {write()} examples in {TARGET.relative_to(ROOT)}")
