"""The politics, sport, science, education and culture desks as the feeds give them (25 items
with figures, 5 without)."""

from _wrap import item

item(
    "Indonesia votes: 204 million registered voters",
    """JAKARTA (Reuters) - [[More than 204 million registered voters|other;a=the election
    commission]] were eligible to cast ballots at [[about 820,000 polling
    stations|other;u=structure;a=the election commission]] across the archipelago on Wednesday, the
    election commission said, in one of the world's biggest single-day elections.""",
)

item(
    "Labour wins landslide with 411 seats",
    """Labour won [[411 seats|other;u=other]] in the general election, its best result since
    {{1997}}, while the Conservatives were reduced to [[121|other;u=other]], the fewest in their
    history. Turnout was {{59.7%}} ...""",
)

item(
    "Sri Lanka parliament passes online safety bill",
    """COLOMBO: Parliament passed the Online Safety Bill by {{108 votes to 62}} on Wednesday after
    a {{two-day}} debate, {{four months}} after it was first gazetted, despite objections from
    rights groups and the Asia Internet Coalition, which said its proposed amendments had been
    ignored ...""",
)

item(
    "Morocco's king pardons 2,460 prisoners for Eid",
    """RABAT (AFP) - King Mohammed VI pardoned [[2,460 prisoners|arrested;a=the justice ministry]]
    to mark Eid al-Adha, the justice ministry said on Sunday, among them [[29 people|arrested;a=the
    justice ministry]] convicted of terrorism offences.""",
)

item(
    "Nigeria's population estimated at 230 million",
    """ABUJA: Nigeria's population is estimated at [[about 230 million|civilians;v=230000000;a=the
    National Population Commission]], the National Population Commission said, with the next
    census, last held in {{2006}}, postponed again for lack of funds.""",
)

item(
    "Tens of thousands march for public universities in Buenos Aires",
    """BUENOS AIRES (MercoPress) - [[Tens of thousands of students and teachers|other;n=students
    and teachers]] marched to Congress on Tuesday against President Javier Milei's cuts to
    university funding. Rectors say the funding has fallen by a {{third}} in real terms since
    {{December 2023}}.""",
)

item(
    "Junior doctors walk out in South Korea",
    """SEOUL (Reuters) - [[About 12,000 trainee doctors|other;a=the health ministry]] have resigned
    from their hospitals in protest at plans to admit [[2,000 more medical students a
    year|other;p;n=students;a=the health ministry]], the health ministry said, forcing hospitals to
    cancel surgeries ...""",
)

item(
    "Crowd of 86,000 sees Palace lift FA Cup",
    """A crowd of [[about 86,000|other]] at Wembley watched Crystal Palace beat Manchester City
    {{1-0}} on Saturday to win the FA Cup for the first time in the club's {{119-year}} history,
    with Eberechi Eze scoring in the {{16th minute}}.""",
)

item(
    "Record field of 55,000 runners finishes New York Marathon",
    """NEW YORK (AP) — [[More than 55,000 runners|other;a=organizers]] crossed the finish line of
    the New York City Marathon on Sunday, a world record for a marathon, organizers said. Kenya's
    Abdi Nageeye won in {{2:07:39}}, {{three seconds}} ahead of ...""",
)

item(
    "India beat England by 289 runs at Lord's",
    """India beat England by {{289 runs}} in the second Test at Lord's on Monday, their first win
    at the ground in {{11 years}}, as Mohammed Siraj took {{5-71}} to finish with {{nine wickets}}
    in the match and level the series {{1-1}}.""",
)

item(
    "Kenyan athletes banned for doping",
    """The Athletics Integrity Unit has provisionally suspended [[two more Kenyan
    athletes|other;a=The Athletics Integrity Unit]], bringing to [[more than 100|other;a=The
    Athletics Integrity Unit]] the number of Kenyans sanctioned since {{2017}}, one of them a
    {{24-year-old}} half-marathon runner ...""",
)

item(
    "Astronomers confirm 128 new moons of Saturn",
    """Astronomers have confirmed [[128 new moons|other;u=other;a=the International Astronomical
    Union]] orbiting Saturn, bringing its total to [[274|other;u=other;a=the International
    Astronomical Union]], more than all other planets combined, the International Astronomical
    Union said.""",
)

item(
    "Two dozen species new to science found in Peru's Alto Mayo",
    """Scientists on a {{35-day}} expedition in Peru's Alto Mayo region recorded [[24
    species|other;u=other;a=Conservation International]] new to science, among them an amphibious
    mouse and [[three fish|other;u=other;a=Conservation International]], Conservation International
    said.""",
)

item(
    "SpaceX launches 21 Starlink satellites",
    """CAPE CANAVERAL, Fla. (AP) — A SpaceX {{Falcon 9}} rocket launched [[21 Starlink
    satellites|other;u=other]] from Cape Canaveral on Tuesday night, the company's {{100th}} launch
    of the year ...""",
)

item(
    "Right whale population rises slightly",
    """The North Atlantic right whale population rose to [[about 372|other;u=other;a=the North
    Atlantic Right Whale Consortium]] last year, the North Atlantic Right Whale Consortium said,
    and [[11 calves|other;u=other;a=the North Atlantic Right Whale Consortium]] were born.""",
)

item(
    "Over 1.5 million students sit Kenya's national exams",
    """NAIROBI: [[Over 1.5 million candidates|other;v=1500000;a=Education Cabinet Secretary Julius
    Ogamba]] began sitting the Kenya Certificate of Primary Education and junior school assessments
    on Monday, Education Cabinet Secretary Julius Ogamba said, with [[some 60,000 police
    officers|combatants;a=Education Cabinet Secretary Julius Ogamba]] guarding exam centres.""",
)

item(
    "Louvre visitor numbers fall below 9 million",
    """PARIS (AFP) - The Louvre welcomed [[8.7 million visitors|other;v=8700000;a=the museum]] last
    year, the museum said, down from [[8.9 million|other;v=8900000;a=the museum]] in {{2023}}, as
    it prepares a {{€700 million}} overhaul that will add a new entrance by {{2031}}.""",
)

item(
    "Comelec: 68 million registered for May polls",
    """MANILA: The Commission on Elections said [[some 68 million registered
    voters|other;v=68000000;a=The Commission on Elections]] were registered for the May polls, and
    [[more than 3,000 candidates|other;a=The Commission on Elections]] were running for national
    posts.""",
)

item(
    "Draft exemption bill passes first reading in Knesset",
    """A bill that would keep [[about 63,000 yeshiva students|other]] of draft age exempt from
    military service passed its first reading in the Knesset on Monday. The army says it needs
    [[10,000 more soldiers|combatants;p;a=The army]] to fill its ranks ...""",
)

item(
    "1.7 million pilgrims perform hajj",
    """MECCA (Reuters) - [[More than 1.7 million pilgrims|other;v=1700000;a=Saudi authorities]]
    performed the hajj this year, [[about 1.5 million|other;v=1500000;a=Saudi authorities]] of them
    from abroad, Saudi authorities said, as temperatures reached {{47C}} on the plain of
    Arafat.""",
)

item(
    "Kumbh Mela crush kills at least 30",
    """PRAYAGRAJ: [[At least 30 devotees|killed;a=police]] were killed and [[60|injured;a=police]]
    injured in a crush at the Kumbh Mela before dawn on Wednesday, police said, as [[as many as 70
    million pilgrims|other;a=police]] converged on the river banks for the most auspicious bathing
    day ...""",
)

item(
    "Crush at Nzérékoré football match kills dozens",
    """CONAKRY (AFP) - [[At least 56 people|killed;a=the government]] died in a crush at a football
    match in Nzérékoré, Guinea's second city, the government said on Monday, after a disputed
    refereeing decision sent fans storming the pitch. Doctors said [[40 to 50
    people|injured;a=Doctors]] were still in hospital.""",
)

item(
    "Police arrest 63 fans after clashes in Marseille",
    """MARSEILLE (AFP) - Police arrested [[63 people|arrested;a=the local prefecture]] after fans
    clashed before the match between Marseille and Paris Saint-Germain on Sunday, and [[nine
    officers|injured;a=the local prefecture]] were slightly hurt, the local prefecture said.
    Marseille lost {{3-0}}.""",
)

item(
    "Activists glued to A12 motorway detained in The Hague",
    """THE HAGUE (Reuters) - Dutch police detained [[more than 700 climate
    activists|arrested;a=police]] who blocked the {{A12}} motorway in The Hague on Saturday, police
    said, most of them released within hours ...""",
)

item(
    "Quarry workers uncover 200 dinosaur footprints",
    """Quarry workers in Oxfordshire have uncovered [[around 200 dinosaur
    footprints|other;u=other;a=researchers from Oxford and Birmingham universities]] dating back
    {{166 million years}}, researchers from Oxford and Birmingham universities said, including a
    trackway stretching {{150 metres}}.""",
)

item(
    "1,563 NEET candidates to retake exam after grace marks row",
    """NEW DELHI: [[The 1,563 candidates|other;p;a=the National Testing Agency]] who were awarded
    grace marks in NEET-UG {{2024}} will retake the exam on {{June 23}}, the National Testing
    Agency told the Supreme Court on Thursday ...""",
)

item(
    "Thousands of nurses strike in Kenya over unpaid allowances",
    """[[About 4,000 nurses|other;a=the Kenya National Union of Nurses]] in public hospitals across
    Nairobi and Mombasa counties downed their tools on Monday, the Kenya National Union of Nurses
    said, leaving [[hundreds of patients|civilians;a=the Kenya National Union of Nurses]] without
    care ...""",
)

item(
    "Chandrayaan-3 lander fails to wake up",
    """BENGALURU: The Indian Space Research Organisation said on {{Sept. 22}} it had been unable to
    re-establish contact with the {{Chandrayaan-3}} lander after the {{14-day}} lunar night, {{a
    month}} after its landing near the south pole in {{August 2023}} ...""",
)

item(
    "Biles wins third gold in Paris",
    """PARIS (AP) — Simone Biles won her {{third}} gold medal of the Paris Games on Saturday, the
    {{27-year-old}} scoring {{15.3}} on floor, {{eight years}} after her {{2016}} triumph in Rio
    ...""",
)

item(
    "Switzerland's Nemo wins Eurovision",
    """MALMÖ, Sweden (Reuters) - Switzerland's Nemo won the Eurovision Song Contest on Saturday
    with {{591 points}}, the country's first victory since {{1988}}, beating Croatia's Baby Lasagna
    by {{44 points}} ...""",
)
