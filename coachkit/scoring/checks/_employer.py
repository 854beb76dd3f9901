"""What tells the writer's own employer, a period or a tool from another company's name.

Used by ``personalization.other_company``: a company the writer works or worked for, a
quarter ("Q3"), a fiscal year ("FY25") or a tool the writer used ("experience with
Looker", "migrating reports to Snowflake") is no pasted name.
"""

from __future__ import annotations

import bisect
import re

from coachkit.scoring.context import Context

__all__ = ["is_period", "own_employer_sentence", "own_work_clause", "sentence_at", "tool_slot"]

# job titles that, before a comma or at the end of a line, make the name after them a
# person's employer: a reference's ("General Manager, Quayside Hotel") or a signature's
_JOB_TITLES = (r"Manager|Director|Head|Supervisor|Lead|Officer|Engineer|Nurse|Teacher|Principal|"
               r"Coordinator|President|Chef|Consultant|Specialist|Administrator|Partner|Founder|"
               r"Solicitor|Barrister|Accountant|Foreman|Superintendent|Owner|Proprietor|Worker|Counsel|"
               r"Editor|Producer|Curator|Librarian|Pharmacist|Lecturer|Professor|Registrar|Executive|"
               # a department for a referee's job ("Tom Reilly, Operations, X")
               r"Operations|Accounts|Admissions|Maintenance")
# a title before a comma: the job titles and a few words that end a title only there
_TITLE_BEFORE_COMMA = (rf"\b(?-i:{_JOB_TITLES}|Analyst|Assistant|Leader|Biologist|Scientist|"
                       r"Chemist|Technician|Therapist|Adviser|Advisor|Educator|Practitioner)")
# a job title, a comma and a name: the name is that person's employer ("Team Leader,
# Quayside Hotel"), not any other name of the sentence ("the Program Officer, Youth
# Development role: ... the Whitfield Foundation's pilot")
_TITLE_COMMA = (_TITLE_BEFORE_COMMA +
                # "Head of Student Recruitment, Midlands Technical College", "Consultant in
                # Sport and Exercise Medicine, Dunmore Spinal Clinic"
                r"(?:\s+(?:of|in|for)\s+(?-i:[A-Z])[\w&'’-]*"
                r"(?:\s+(?:(?:and|&)\s+)?(?-i:[A-Z])[\w&'’-]*){0,3})?"
                r"\s*,\s+(?:the\s+)?(?-i:[A-Z])")
_TITLE_COMMA_RE = re.compile(_TITLE_COMMA, re.IGNORECASE)
# the writer speaks of a job of their own in this sentence
_OWN_EMPLOYER_RE = re.compile(
    r"\b(?:previous|former|prior|past|current|currently|formerly|presently)\b"
    r"|\bI\s+(?:worked|work|interned|volunteered|studied|taught|trained|served|started|"
    r"learned|learnt)\s+"
    r"(?:at|for|with)\b"
    r"|\bI\s+spent\s+\w+\s+(?:years|months)\b"
    # "I haven't yet told the wider team at Stillwater that I'm looking"
    r"|\bat\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+(?:that\s+)?"
    r"I['’]m\s+(?:looking|leaving|applying|moving\s+on)\b"
    # "eleven years on Cat C, most of it on early-morning multi-drop for Carrow Foods"
    r"|\b(?:\w+|\d+)\s+(?:years|seasons|summers|winters)\s+(?:on|of|in|as)\b"
    r"(?:(?!\b(?:would|will|could|hope|love|excited|join\w*)\b|['’](?:d|ll)\b)[^.!?]){0,60}?"
    r"\b(?:for|at|with)\s+(?:the\s+)?(?-i:[A-Z])"
    # "Fifteen years running pubs for Greenhalgh's Brewery"
    r"|\b(?:\w+|\d+)\s+years\s+\w+ing\s+(?:[\w-]+\s+){0,3}(?:for|at|with)\s+(?:the\s+)?(?-i:[A-Z])"
    # "I was a joiner for 40 years, the last 22 with Harcastle Construction"
    r"|\bthe\s+(?:last|first)\s+(?:\d+|[a-z]+)\s+(?:(?:years|months)\s+)?(?:with|at|for)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    # "how I handled peak last year as acting supervisor at Penrose & Co"
    r"|\b(?:last|this)\s+(?:year|summer|winter|spring|autumn|Christmas|season)\s+as\b"
    r"|\bas\s+(?:an?\s+)?(?:acting|interim|relief|temporary|stand-in)\s+(?:[\w-]+\s+){1,2}"
    r"(?:at|for|with)\s+(?:the\s+)?(?-i:[A-Z])"
    # "coming from the Carrick Hotel where it's a brigade of 9"
    r"|\b(?:coming|moving)\s+(?:over\s+|across\s+)?from\s+(?:the\s+)?(?-i:[A-Z])"
    # "it says I left Brightmoor Services in 2023"
    r"|\bI\s+(?:left|joined)\s+(?=(?-i:[A-Z]))"
    # "Both were fixed-term roles covering maternity leave, at the Carrow Hotel"
    r"|\b(?:were|was)\s+(?:[\w-]+\s+){0,3}(?:roles?|contracts?|posts?|jobs?|placements?)\b"
    r"[^.!?]{0,40}\bat\s+(?:the\s+)?(?-i:[A-Z])"
    # a line of a work history: "Jan 2026-present: Customer helpline assistant, Ashby Vets"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\s*"
    r"[-–]\s*(?:present|now|current|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{4})\s*:"
    # "My employer, Meridian Housing Trust, asks ...", "while I was an assistant at X"
    r"|\bmy\s+employer\s*,|\bwhile\s+I\s+was\b"
    # "about 40 hours of assisting at Gwel an Mor Surf Club"
    r"|\bhours\s+of\s+(?:[\w-]+\s+){0,2}at\s+(?:the\s+)?(?-i:[A-Z])"
    # "it reminded me of talking customers through blood pressure checks at X"
    r"|\breminded\s+me\s+of\s+(?:my\s+(?:time|days|work|years)|\w+ing)\b"
    # "what I'd actually changed at Marlowe Hair Co."
    r"|\bI(?:['’]d|\s+had)\s+(?:\w+ly\s+)?\w+ed\s+(?:at|for|with)\b"
    r"|\bmy\s+(?:[\w-]+\s+)?(?:experience|work|time|years)\s+(?:[\w-]+\s+){0,4}?at\s+"
    r"(?:both\s+)?(?:the\s+)?"
    r"(?-i:[A-Z])"
    r"|\bmy\s+(?:time|years|months|role|work|internship|job|tenure|position|team|manager|"
    r"colleagues|employer|company|firm|clients|contract|notice\s+period|post|results|"
    r"attainment|numbers|figures|sales|territory|caseload|shifts|placement|apprenticeship|"
    r"crew|rota|route|supervisor|boss|grants|bids)\s+(?:at|with)\b"
    # "My permanent team at Ashcombe is three" (not "my weekend job at Y", beside another name)
    r"|\bmy\s+(?:permanent|whole|core|small|immediate|direct|regular)\s+(?:team|staff|crew)\s+"
    r"(?:at|with)\b"
    # "with the replacement crew at Lakeview for two seasons"
    r"|\bat\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’-]*){0,3}\s+for\s+"
    r"(?:\w+\s+)?(?:years|months|seasons|summers|winters|weeks)\b"
    r"|\bour\s+(?!(?:paths|conversation|conversations|interview|interviews|meeting|chat|"
    r"call|discussion|time)\b)(?:[\w-]+\s+){1,3}?at\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bwe\s+(?:fixed|built|rebuilt|launched|ran|cut|reduced|grew|started|introduced|moved|did|made|"
    r"migrated|switched|shipped|won|set\s+up|used|use|run|hit|tried|trialled|piloted)\b"
    r"[^.!?]{0,40}\bat\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:our|my)\s+(?:team|teams|office|store|unit|ward|department|school|branch|"
    r"clinic|group|lab|site|warehouse|hotel|restaurant)\s+(?:at|in)\b|\b(?:we|for\s+us)\s+at\b"
    r"|\bmy\s+(?:last|old|present|own|first|then)\s+(?:employer|company|job|role|team|firm|"
    r"workplace|organi[sz]ation|position|school|hospital|store)\b"
    r"|\b(?:in|during|over|after)\s+(?:my\s+)?(?:\w+\s+)?(?:years|months|time|tenure)\s+"
    r"(?:at|with)\b"
    r"|\bI(?:['’]m|\s+am)\s+(?:now\s+|still\s+)?(?:employed|working|based)\s+(?:at|by|for|with)\b"
    r"|\bI(?:['’]ve|\s+have)\s+been\s+(?:\w+\s+)?(?:at|with)\b"
    # "I've been that facilitator, at Harcastle & Reed's leadership offsite"
    r"|\bI(?:['’]ve|\s+have)\s+been\s+(?:that|the|a|an)\s+[\w-]+,?\s+(?:at|with)\b"
    r"|\b(?:since|before|after|when\s+I)\s+(?:joining|joined|leaving|left)\b"
    # "Castlemead Insurance, where I'm still on the phones", "every day at Corran Foods",
    # "when Halden was acquired by Corvane Industries"
    r"|\bwhere\s+I['’]m\b|\b(?:every|each)\s+(?:day|week|shift)\s+at\b"
    r"|\b(?:was|were|got)\s+(?:acquired|bought|taken\s+over)\s+by\b"
    r"|\bwhere\s+I\s+(?:(?:have|['’]ve|had)\s+)?(?:work|worked|lead|led|manage|managed|ran|run|"
    r"built|teach|taught|been|was|am)\b"
    # "the Northfold Policy Institute's work ..., written for our trustees"
    r"|\b(?:for|to|on)\s+our\s+(?:trustees|board|website|members|funders|donors)\b"
    # "the Northfold Policy Institute, where a lot of our influence ..."
    r"|\bwhere\s+(?:(?:a\s+lot|much|most|some|all|many)\s+of\s+)?(?:our|my|we)\b"
    r"|\bas\s+an?\s+(?:[\w-]+\s+){0,3}?(?:at|with)\s+(?-i:[A-Z])"
    # "what I did as CEO of Harlow Fluid Systems", "a recording of me playing for a class
    # at Westmoor Dance Studios"
    r"|\bas\s+(?:CEO|CFO|COO|CTO|MD|chair|founder|co-founder|owner|managing\s+director)\s+"
    r"of\s+(?-i:[A-Z])"
    r"|\b(?:of|shows?)\s+me\s+\w+ing\b[^.!?]{0,40}\bat\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bwhile\s+(?:at|working)\b|\bwhen\s+I\s+(?:was|worked)\b"
    # work the writer did: "I have managed the pantry at X", "At X, I led the migration"
    r"|\bI\s+(?:(?:have|['’]ve)\s+)?(?:managed|led|run|ran|supervised|coordinated|oversaw|"
    r"overseen|mentored|taught|implemented|automated|redesigned|introduced|consolidated|"
    r"built|rebuilt|cut|reduced|launched|created|designed|developed|grew|delivered|"
    r"streamlined|established|founded|negotiated|onboarded|shipped|migrated|owned)\b"
    # "I have run it for the last two years", "For the last three years with X I've ...",
    # "having built segments in it for the last three years" (not "your team has grown it
    # over the last few years")
    r"|(?:\b(?:I|we)\b(?:(?!\b(?:you|your)\b)[^.!?\n]){0,60}?|\bhaving\s+(?:[\w-]+\s+){1,8}?"
    r"|(?:(?<=[.!?]\s)|(?<=\n))(?=(?-i:[FOID])))(?:for|over|in|during)\s+the\s+(?:past|last)\s+\w+\s+"
    r"(?:years|months)\b"
    # "At X, we ...", "months at the Riverside Crown Hotel, our front office"; "I
    # volunteered on the appeal for X"; a client's product ("a launch for Lumen Skincare's
    # winter line"); a reference's title ("General Manager, Quayside Hotel")
    r"|\b(?:at|(?-i:In))\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’-]*){0,3}"
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]*)?,?\s+(?:we|our|my|I\s+(?:was|did|had|ran|led|used|managed|"
    r"worked|learned|learnt|took|kept|handled|trained|covered|[a-z]+ed)\b)\b"
    r"|\bI\s+(?:also\s+)?(?:volunteered|worked|interned|consulted|freelanced)\b[^.!?]{0,60}"
    r"\b(?:for|at|with)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bfor\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}['’]s\s+(?:[\w-]+\s+)?"
    r"(?:line|launch|campaign|brand|products?|range|stores?|website|app|rebrand|menu)\b"
    rf"|{_TITLE_COMMA}"
    # "a migration at the Rowan Quay Hotel in 2023", "at Calloway Distribution last year"
    r"|\bat\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+(?:in\s+"
    r"(?:19|20)\d\d|last\s+(?:year|spring|summer|autumn|fall|winter|quarter))\b"
    # referees' employers ("two references: Paul Rudd, contracts manager at Aire Valley
    # Access"), notice to be given ("notice at QuickDrop Couriers", "give Donnellan & Co.
    # as much warning"), volunteering, "in my freelance work ... for Sahyadri Books",
    # "eleven years on the tills at Hargreaves", "I'll be continuing at UCH Ibadan"
    r"|\breferees?\b|\breferences?\s*:|\breference\s+from\b"
    # a person's post at a company: "Lakshmi Narayan, Head of Infrastructure at Corvane"
    r"|\b(?-i:Head|Director|Manager|VP|Chief|Lead)\s+of\s+(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)"
    r"{0,2}\s+at\b"
    r"|\bnotice\s+(?:period\s+)?(?:at|to|with)\b"
    # "You also asked about my notice: it's four weeks at Castleford Electrical Services"
    r"|\bmy\s+notice\b"
    r"|\bgive\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’.-]*){0,3}\s+"
    r"(?:as\s+much\s+|enough\s+)?(?:notice|warning)\b"
    r"|\b(?:volunteering|interning|studying|temping|freelancing)\s+(?:at|with|for)\b"
    # a course's provider: "the ozone module of the AquaTech Foundation online course"
    r"|\b(?:online|e-learning|distance[\s-]learning|short)\s+(?:course|module|programme)\b"
    r"|\b(?:in|from|through)\s+my\s+(?:[\w-]+\s+)?(?:work|job|role|career|practice)\b"
    r"|(?<!next\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|\d+)\s+(?:years|months|seasons|summers)\s+(?:[\w-]+\s+){0,10}?(?:at|with)\s+"
    r"(?:the\s+)?"
    r"(?-i:[A-Z])"
    r"|\b(?:continuing|staying|remaining)\s+(?:on\s+)?(?:at|with)\b"
    # another employer's offer, named factually; "a similar job at Kilcoona Golf Club"
    r"|\b(?:has|have|had)\s+(?:just\s+)?offered\s+me\b|\ban?\s+(?:job\s+)?offer\s+from\b"
    r"|\b(?:been|was|were)\s+(?:just\s+)?offered\s+(?:an?|the)\b"
    # "I've since been offered warehouse nights at Corvell Logistics"; a past employer gone:
    # "since Dunmore's Bakery closed"
    r"|\bI(?:['’]ve|\s+have)\s+(?:since\s+|just\s+|now\s+|also\s+)?been\s+offered\b"
    r"|\bsince\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+"
    r"(?:closed|shut|went\s+under|folded|was\s+sold)\b"
    # others named as examples: "agents like Lowtide Touring and Paperkite Agency"
    r"|\b[a-z]+s\s+(?:like|such\s+as|including)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\ba\s+similar\s+(?:job|project|site|contract)\s+at\b"
    # "My background is mostly in corporate fundraising, at the Halvorsen Foundation"
    r"|\bmy\s+(?:background|experience|career)\s+(?:is|was|has\s+been|lies)\b[^.!?]{0,60}?"
    r"\bat\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)

# quarters, halves and fiscal or calendar years: Q3, H2, FY25, FY 2026, CY24, Q3'25
_PERIOD_RE = re.compile(r"(?:Q[1-4]|H[12]|[FC]Y\s?['’]?\d{2}(?:\d{2})?|\d{4})(?:['’]\d{2})?",
                        re.IGNORECASE)

# a tool, not an employer: "experience with Looker", "migrating reports to Snowflake"
_TOOL_BEFORE_RE = re.compile(
    r"(?:experience|familiarity|familiar|comfortable|proficient|proficiency|skilled|skills|"
    r"expertise|fluent|fluency|certified|certification|dashboards?|reports?|pipelines?|"
    r"models?|queries|tools?|reviews?|listings?|ads|campaigns?|ratings?|presence|storefront|"
    r"marketplace|page|channel|sell\w*|sold|listed|built|building|automated|automating|"
    r"integrated|integrating|migrated|migrating|migrate|migration|ported|porting|upgraded|"
    r"found|researched|analy[sz]ed|tracked|measured|made|created|designed|pulled|ran|"
    r"upgrading|converted|converting|merged|records|cleaned|deduplicated|de-duplicated|"
    r"moved\s+\w+(?:\s+\w+)?)\s+(?:with|to|in|on|onto|into|using)\s+(?:the\s+)?$"
    # "generating reference pages from it with Redoc", "ready to lodge with AusCheck"
    r"|\b(?:generat|render|lint|prototyp)\w*\s+(?:[\w-]+\s+){0,4}?(?:with|using)\s+$"
    r"|\b(?:lodge|lodged|lodging|register|registered|registering|enrol|enrolled|enroll|"
    r"enrolling)\s+(?:it\s+|them\s+)?with\s+(?:the\s+)?$",
    re.IGNORECASE)


def is_period(word: str) -> bool:
    """Whether ``word`` names a quarter, a half or a fiscal or calendar year."""
    return _PERIOD_RE.fullmatch(word) is not None


def sentence_at(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The span of the sentence holding ``pos``, or None (a search, not a scan: a long
    draft has many sentences and many names to place)."""
    sentences = ctx.layout.sentences
    starts = ctx.memo("sentence_starts", lambda: [s for s, _ in sentences])
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < sentences[i][1]:
        return sentences[i]
    return None


# a past job told as one, though its words are those of the slot ahead: "The role at
# Harcourt Packaging was a fixed-term maternity cover"
_PAST_ROLE_AT_RE = re.compile(
    r"\b(?:the|my)\s+(?:[\w-]+\s+){0,2}(?:role|job|post|position|contract|placement)\s+at\s+"
    r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w&'’-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’-]*){0,3})\s+"
    r"(?:was|ended|finished)\b", re.IGNORECASE)
# a slot that looks ahead to the new job ("bring that planning to X", "join X"): the name
# there is the employer written to, even in a sentence about the writer's own job
_AHEAD_RE = re.compile(
    r"(?:\bbring\s+(?:[\w'’-]+\s+){0,6}?to|\bjoin(?:ing)?|\bcontribute\s+to|"
    r"\b(?:chance|opportunity)\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:for|at|with)|"
    r"\b(?:the|this|a|an)\s+(?!similar\b)(?:[\w&-]+\s+){0,3}(?:role|position|job|opening|offer)"
    r"\s+(?:at|with))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


# a job the writer has taken or been offered elsewhere ("I've been offered a route driving
# position with Eastlink Coaches", "I accepted a role at Kelderman"), or an interview
# there ("I have a second interview with the Environment Agency's team"), told factually
_HAVE = r"I(?:['’]?ve|\s+have)"  # "ive" as typed on a phone
_LATELY = r"(?:(?:just|recently)\s+)?"
_TAKEN = (rf"\b(?:{_HAVE}\s+(?:(?:since|just|now|also|recently)\s+)?"
          r"(?:accepted|been\s+offered|received\s+an\s+offer\s+(?:for|of))"
          rf"|I\s+{_LATELY}accepted|I\s+was\s+{_LATELY}offered"
          # "I've decided to accept a position with Marlowe & Finch"
          rf"|(?:{_HAVE}|I)\s+(?:now\s+)?(?:decided|chosen|chose)\s+to\s+(?:accept|take(?:\s+up)?))")
_ACCEPTED_RE = re.compile(
    rf"{_TAKEN}\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:position|role|job|post|offer|contract)\s+"
    # "an offer for a transaction monitoring role in the fraud team at Northmoor"
    r"(?:(?:in|on)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}(?:team|department|division|unit|"
    r"group|office)\s+)?(?:at|with)\s+(?:the\s+)?$"
    rf"|\b{_HAVE}(?:\s+got)?\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
    r"interview\s+(?:at|with)\s+(?:the\s+)?$"
    # "I have received a written offer from Marlowe Legal Services"
    rf"|\b(?:{_HAVE}|I)\s+(?:(?:since|just|now|also|recently)\s+)?(?:received|had|got)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?offer\s+from\s+(?:the\s+)?$",
    re.IGNORECASE)
_OPENS_ON_PLACE_RE = re.compile(r"(?:At|In)\s+(?:the\s+)?[A-Z]")
_HAVING_RE = re.compile(r"(?:Having\s+(?:been|worked|led|run|spent|managed|served|built|"
                        r"done|gone|taught|nursed)|While\s+(?:at|working|I\s+was)|"
                        r"(?:During|In)\s+my\s+(?:time|years|months)\s+at)\b")
_WE_NEXT_RE = re.compile(r"\s*(?:We|Our)\b")


# a job title that ends the line above a name: a referee's or a signature's employer
# ("Gráinne Fahy, Solicitor" over "Donnellan & Co., Church Street")
_TITLE_LINE_RE = re.compile(rf"\b(?:{_JOB_TITLES})[ \t]*\n[ \t]*$")
# a referee's title and department before the name ("Team Leader, Claims Services, X")
_TITLE_DEPARTMENT_RE = re.compile(
    _TITLE_BEFORE_COMMA + r"\s*,\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,2}\s*,\s+"
    r"(?:the\s+)?\Z")


# the writer's own job right before or around the name: "my sales job at PowerSwitch",
# "a contact from my Lanthorn Studios days" (only that name: "my interview at X, with my
# weekend job at Y added" is no own job at X)
_MY_JOB_AT_RE = re.compile(r"\bmy\s+[\w-]+\s+(?:job|role|post|position|work|shifts?|contract)\s+"
                           r"(?:at|with)\s+(?:the\s+)?\Z", re.IGNORECASE)
_MY_NAME_DAYS_RE = re.compile(r"\bmy\s+\Z", re.IGNORECASE)
_DAYS_AFTER_RE = re.compile(r"[\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}[ \t]+(?:days|years|era)\b")


def own_employer_sentence(ctx: Context, pos: int) -> bool:
    """Whether the sentence at ``pos`` speaks of the writer's own past or present job, and
    the name at ``pos`` is not in a slot that looks ahead to the new one."""
    text = ctx.text
    if (_TITLE_LINE_RE.search(text, max(0, pos - 40), pos)
            or _TITLE_DEPARTMENT_RE.search(text, max(0, pos - 80), pos)
            or _MY_JOB_AT_RE.search(text, max(0, pos - 40), pos)
            or (_MY_NAME_DAYS_RE.search(text, max(0, pos - 4), pos)
                and _DAYS_AFTER_RE.match(text, pos))):
        return True
    span = sentence_at(ctx, pos)
    if span is not None and _ACCEPTED_RE.search(ctx.text, max(span[0], pos - 120), pos):
        return True  # "I've accepted a swim instructor position at Lakeside Family Y"
    if span is not None and any(m.start("name") == pos
                                for m in _PAST_ROLE_AT_RE.finditer(ctx.text, *span)):
        return True
    if span is None or _AHEAD_RE.search(ctx.text, max(span[0], pos - 80), pos):
        return False
    for m in _OWN_EMPLOYER_RE.finditer(ctx.text, *span):
        if pos <= m.end() - 1 <= pos + 4 or not _TITLE_COMMA_RE.fullmatch(m.group()):
            return True
    # "Having been through a Fidelio-to-Opera migration at the Wexford Grand, I'd ...": a
    # clause on the writer's past that opens the sentence and holds the name
    if _HAVING_RE.match(ctx.text, span[0]) and "," not in ctx.text[span[0]:pos] and (
            _TOWARD_READER_RE.search(ctx.text, span[0], pos) is None):
        return True
    if not _OPENS_ON_PLACE_RE.match(ctx.text, span[0]):
        return False
    # "At Trailhead Supply in Eugene, shrink ran at 2.4%. We moved ...": a sentence that
    # opens on the place, told in the first person plural in the next one; or in the
    # first person in the past within it ("At Mercer Street Pharmacy I was the tech who
    # owned PA follow-up", "At Ridgeview roughly a third of my shifts were portable")
    if _WE_NEXT_RE.match(ctx.text, span[1]):
        return True
    rest = ctx.text[pos:span[1]]
    # told in the past before the sentence turns ahead ("we mostly served walk-in
    # customers, so I would welcome ...")
    past = _FIRST_PERSON_PAST_RE.search(rest) or _WORK_AT_PLACE_RE.match(rest)
    ahead = _AHEAD_WORD_RE.search(rest)
    return past is not None and (ahead is None or past.start() < ahead.start())


# words that turn a sentence toward the new job
_AHEAD_WORD_RE = re.compile(r"\b(?:would|will|could|can|shall|hope|hoping|excited|eager|"
                            r"forward|join\w*|bring)\b|['’](?:d|ll)\b", re.IGNORECASE)
# the writer's own past within a sentence: I or we and a verb in the past, or what was
# the writer's ("my shifts were")
_FIRST_PERSON_PAST_RE = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:was|were|had|did|\w+ed|brought|ran|made|took|kept|built|"
    r"sold|led|got|gave|found|spent|sent|held|met|saw|taught|went|began|wrote|grew)\b"
    r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had)\b"
    # "At Hennessy's Pharmacy I've sold NRT for four years"
    r"|\b(?:I|we)(?:['’]ve|\s+have)\s+(?:(?:always|also|never|just)\s+)?(?:been|\w+ed|sold|led|"
    r"run|held|made|done|taught|built|kept|spent|seen|dealt|met)\b")


# the work the writer does there, told in the present right after the place: "At Prairie
# Health's core lab I process timed blood draws" (not a wish or a view: "At X I hope")
_WORK_AT_PLACE_RE = re.compile(
    r"[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,3}(?:['’]s(?:\s+[a-z-]+){1,3})?,?\s+"
    r"(?:I|we)\s+(?!(?:would|will|could|can|shall|might|may|hope|want|wish|look|see|feel|"
    r"think|believe|know|love|expect|plan|aim|intend|understand|am|are)\b)[a-z]+\b")


# the clause around a name: back to the last , ; : ( or dash, at most 70 characters, and
# on to the next one, at most _AFTER_NAME characters past the name ("we did something
# similar at Kingsmead and it changed how the team talked": the team there is the writer's)
_AFTER_NAME = 20
_NAME_AT_RE = re.compile(r"[A-Z][\w&'’-]{0,40}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z][\w&'’-]{0,40})"
                         r"{0,4}")
_CLAUSE_BREAK_RE = re.compile(r"[,;:(\u2013\u2014]|\s-\s")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|us|our|my)\b|\bI['’]", re.IGNORECASE)
# a name after "at", "for", "with", "from" or "to": where work was done, or for whom
_PLACE_BEFORE_RE = re.compile(r"\b(?:at|for|with|from|to)\s+(?:the\s+)?$", re.IGNORECASE)
# words that turn a clause to the reader, the interview, the job applied for or the
# employer written to: the core, which turns even a clause on the writer's past ("tailored
# ... to X": shaped for X)
_TOWARD_CORE = (r"you|your|yours|interview\w*|meet|meeting|met|visit\w*|tour\w*|join\w*|"
                r"opportunit\w+|openings?|vacancy|candidacy|offer|roles?|positions?|excited|"
                r"hope|contribut\w+|bring|enjoy\w*|impressed|interested|enthusias\w*|spoke|"
                r"talk\w*|discuss\w*|hear\w*|learn\w*|tailor\w*")
_TOWARD_READER_RE = re.compile(
    rf"\b(?:{_TOWARD_CORE}|conversation|post|thrilled|eager|keen|look(?:ing)?\s+forward|"
    r"hoping|help|helping|asset|addition|fit|mission|values|culture|future|inspired|wish|"
    r"interest|respect|admire|appreciat\w*|paths|again|check\w*|follow\w*|decision|decide|"
    r"team|campaign|approach\w*|suit|date|sure|welcom\w*|spoken|chat\w*|mention\w*|asked|"
    r"describ\w*|explain\w*|show\w*)\b",
    re.IGNORECASE)
# "I" or "we" and a verb in the past tense: what the writer did (not applying for a job,
# nor what the writer met with there: "the welcome I received at X")
_PAST_WORK_RE = re.compile(r"(?:I|we)(?:['’]d|\s+had)?\s+(?!(?:applied|received|observed|"
                           r"noticed|experienced|witnessed|sensed|encountered|attended|loved|"
                           r"liked|enjoyed|appreciated|admired|valued|heard|learned|found|"
                           r"wanted|hoped|wished|needed|asked|talked|discussed|mentioned)\b)"
                           r"(?:[a-z]{2,20}(?<!e)ed|used|built|ran|led|did|made|wrote|taught|"
                           r"kept|grew|cut|won|sold|spent|held|began|done|been|run|brought|got|"
                           r"took|put|drove|caught|bought|rebuilt)\b")
# in such a clause, the words that still turn it to the reader ("a team" there is the
# writer's own: "I coached a VEX IQ team for two seasons at Riverbend Elementary")
_TOWARD_IN_PAST_RE = re.compile(rf"\b(?:{_TOWARD_CORE}|lov\w*|wants?|plans?)\b",
                                re.IGNORECASE)
# a modal turns the clause ahead ("I would ask for the same at X") when it comes between
# the first person and the name
_AHEAD_MODAL_RE = re.compile(r"\b(?:can|could|would|will|shall|might)\b|['’]ll\b|['’]d\b"
                             r"(?!\s+(?:done|been|had|seen|gone|run|[a-z]{2,20}(?<!e)ed)\b)",
                             re.IGNORECASE)


def own_work_clause(ctx: Context, pos: int) -> bool:
    """Whether the name at ``pos``, after a preposition, sits in a clause about the
    writer's own work ("a brief I prepared for the Hollins County Board", "how we split
    our ledger service at Corvane", "the receptionists I supervise at the Albany Quay"):
    told in the first person, with nothing in it about the reader, the interview or the
    job applied for."""
    span = sentence_at(ctx, pos)
    text = ctx.text
    if span is None or not _PLACE_BEFORE_RE.search(text, max(0, pos - 12), pos):
        return False
    start = max(span[0], pos - 70)
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, start, pos)]
    start = breaks[-1] if breaks else start
    after = _CLAUSE_BREAK_RE.search(text, pos, min(span[1], pos + 200))
    name = _NAME_AT_RE.match(text, pos)
    end = min(after.start() if after else span[1], (name.end() if name else pos) + _AFTER_NAME)
    persons = list(_FIRST_PERSON_RE.finditer(text, start, pos))
    if not persons or _AHEAD_MODAL_RE.search(text, persons[-1].start(), pos):
        return False
    if _TOWARD_READER_RE.search(text, start, end) is None:
        return True
    # "What I'd bring is the process I used at Lumen Skin": the words after the last "I"
    # or "we" tell what the writer did, with nothing in them about the reader
    told = persons[-1].start()
    return bool(_PAST_WORK_RE.match(text, told)) and _TOWARD_IN_PAST_RE.search(
        text, told, end) is None


def tool_slot(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows words that make it a tool the writer used."""
    return _TOOL_BEFORE_RE.search(text, max(0, start - 60), start) is not None
