"""Questions and answers on tolls, displacement, detention and aid, 2015-2025 (13 texts with
figures, 1 without)."""

from _wrap import item

item(
    "Q&A: How many hostages are still held in Gaza?",
    """How many people were taken? Hamas-led gunmen took
    [[251 hostages|kidnapped;a=Israeli authorities]] into Gaza on {{7 October 2023}}, according
    to Israeli authorities.

    How many have come home? [[105|kidnapped]] were released during a week-long truce in
    {{November 2023}}, in exchange for [[240 Palestinian prisoners|other]]. Israeli forces have
    rescued [[eight|kidnapped]] alive in military operations.

    How many are still held? Israel says [[94|kidnapped;a=Israel]] remain in Gaza, of whom
    [[at least 34|killed;a=Israel]] are believed to be dead.

    What is on the table? The first phase of the deal under discussion would free
    [[33 hostages|kidnapped;p]] over {{six weeks}} in return for
    [[about 1,900 Palestinian prisoners|other;p]].""",
)

item(
    "Q&A: How many Ukrainian children has Russia taken?",
    """How many children are we talking about? Ukraine's government says it has verified the
    names of [[19,546 children|displaced;a=Ukraine's government]] deported or forcibly
    transferred to Russia or occupied territory since {{February 2022}}, and that
    [[about 2,000|displaced;a=Ukraine's government]] of them were taken from orphanages and
    boarding schools. Russian officials have said
    [[more than 700,000 children|displaced;a=Russian officials]] arrived in Russia from
    Ukraine, describing it as an evacuation.

    How many have come back? The Bring Kids Back UA initiative says
    [[about 1,300|returned;a=The Bring Kids Back UA initiative]] have been returned, many after
    relatives travelled to Russia to collect them.

    Where are they held? Yale University's Humanitarian Research Lab has identified
    [[at least 57 facilities|capacity;a=Yale University's Humanitarian Research Lab]] in Russia
    and occupied Crimea where Ukrainian children have been placed.

    Why does it matter? The International Criminal Court issued an arrest warrant for Vladimir
    Putin in {{March 2023}} over the deportations.""",
)

item(
    "Q&A: Where have Sudan's refugees gone?",
    """Which country has taken the most? Egypt. Cairo says
    [[1.5 million Sudanese|displaced;a=Cairo]] have arrived since April {{2023}}, though UNHCR
    has registered [[about 670,000|displaced;a=UNHCR]].

    What about Chad? It hosts [[more than 1.2 million Sudanese refugees|displaced]], many of
    them in Adré, where [[about 230,000 people|displaced]] live in a border town built for
    [[40,000|capacity]].

    Are people going back? Yes, to some areas. The IOM says
    [[more than 1.3 million|returned;a=The IOM]] have returned to Khartoum, Gezira and Sennar
    since the army retook them.

    And South Sudan? [[More than 1 million people|displaced]] have crossed the border,
    {{two-thirds}} of them South Sudanese who had fled their own country's war years ago.""",
)

item(
    "Morocco earthquake: your questions answered",
    """What happened? A magnitude {{6.8}} earthquake struck the High Atlas mountains at
    {{11.11pm}} on Friday, {{72km}} south-west of Marrakech.

    How many people have died? The interior ministry says
    [[2,946 people|killed;a=The interior ministry]] were killed and
    [[5,674|injured;a=The interior ministry]] injured, most of them in Al Haouz province.

    How much damage has been done? [[About 50,000 homes|housing;a=the government]] were
    damaged, {{a third}} of them completely destroyed, according to the government.

    What happens to the survivors? The government has promised {{30,000 dirhams}} (about
    {{$2,900}}) in emergency aid to [[about 50,000 households|aid;p;a=The government]], and up
    to {{140,000 dirhams}} to rebuild each destroyed home. Until then,
    [[tens of thousands of people|displaced]] are sleeping in tents.
    The army says it has handed out
    [[about 20,000 tents|aid;a=The army]].""",
)

item(
    "Iran's protests: what you need to know",
    """Why are Iranians protesting? The protests began after Mahsa Amini, a {{22-year-old}}
    Kurdish woman, died in the custody of the morality police on {{16 September}}.

    How many people have been killed? Iran Human Rights, a Norway-based group, says security
    forces have killed [[at least 476 protesters|killed;a=Iran Human Rights]], among them
    [[64 children|killed;a=Iran Human Rights]]. The authorities say
    [[more than 200 people|killed;a=The authorities]], including members of the security
    forces, have died.

    How many have been arrested? The UN estimates that
    [[at least 14,000 people|arrested;a=The UN]] have been detained, while the rights news agency
    HRANA puts the figure at [[more than 18,000|arrested;a=the rights news agency HRANA]].

    Have there been executions? [[Two men|killed]] have been hanged, and
    [[at least 11 people|arrested]] have been sentenced to death.""",
)

item(
    "Q&A: Why is Pakistan expelling Afghans?",
    """What has Pakistan decided? In {{October}}, the government gave undocumented foreigners
    until {{November 1}} to leave or face arrest. It says
    [[1.7 million Afghans|displaced;a=the government]] live in the country without papers.

    How many have left? [[More than 370,000 people|returned;a=the IOM]] have crossed back into
    Afghanistan since {{mid-September}}, according to the IOM,
    [[about 20,000|returned;a=the IOM]] of them deported.

    Where do they go? Most cross at Torkham, where the Taliban have set up
    [[two transit camps|capacity]] with space for [[about 20,000 people|capacity]].

    Who is exempt? [[The 1.4 million Afghans|displaced;a=officials]] who hold Proof of
    Registration cards are exempt for now, officials say.""",
)

item(
    "Mexico's disappeared: your questions answered",
    """How many people are missing in Mexico? The National Registry of Missing and Disappeared
    Persons lists [[more than 127,000 people|missing;a=The National Registry of Missing and
    Disappeared Persons]], most of them since the government sent the army against the cartels
    in {{2006}}.

    What happens to the bodies? The Movement for Our Disappeared in Mexico estimates that
    [[more than 72,000 bodies|killed;a=The Movement for Our Disappeared in Mexico]] lie
    unidentified in morgues and common graves.

    Who is searching? Mostly mothers. Volunteer search collectives, of which there are
    [[more than 200|other;u=other]], have found graves in every state, and the government says
    [[more than 5,600 clandestine graves|other;a=the government;u=other]] have been uncovered
    since {{2019}}. The work is dangerous: [[at least 20 searchers|killed;a=rights groups]] have
    been killed since {{2010}}, rights groups say.""",
)

item(
    "Q&A: What is happening in Cabo Delgado?",
    """An insurgency by militants linked to the Islamic State group has gripped Mozambique's
    northernmost province since {{October 2017}}, and has stalled a liquefied natural gas project
    led by TotalEnergies, worth {{$20 billion}}.

    How many people have died? ACLED has recorded [[more than 6,000 deaths|killed;a=ACLED]],
    including [[more than 2,000 civilians|killed;a=ACLED]].

    How many have been displaced? At the peak in {{2022}},
    [[more than 1 million people|displaced]] had fled their homes.
    [[About 600,000|returned;a=the IOM]] have returned, according to the IOM, but new attacks in
    {{2024}} drove [[over 100,000|displaced]] from their homes again.

    Who is helping? Rwanda sent [[about 1,000 troops|combatants]] in {{2021}}. Rwandan officials
    say the contingent now numbers [[about 4,000|combatants;a=Rwandan officials]]. The World
    Food Programme says it fed [[about 900,000 people|aid;a=The World Food Programme]] in the
    province last year.""",
)

item(
    "Q&A: How bad was Somalia's drought?",
    """Why was this drought so bad? The rains failed for {{five consecutive seasons}}, something
    not seen in {{40 years}}. In {{2022}}, the UN said
    [[7.8 million people|civilians;a=the UN]], almost half the population, were affected, and
    [[more than 1 million|displaced;a=the UN]] had left their homes in search of water and food.

    Was there a famine? Not officially. In {{late 2022}} the IPC projected famine in Baidoa and
    Burhakaba, where [[some 300,000 people|civilians;p;a=the IPC]] were expected to face
    catastrophic hunger, but the rains and aid came in time.

    How many people died? Researchers at the London School of Hygiene
    and Tropical Medicine estimated [[43,000 excess deaths|killed;a=Researchers at the London
    School of Hygiene and Tropical Medicine]] in {{2022}}, half of them among children under
    five. The government says [[more than 3 million animals|killed;u=other;a=The government]]
    died, wiping out the wealth of herding families. Aid agencies reached
    [[about 7 million people|aid;a=Aid agencies]] with food, water or cash that year, they
    said.""",
)

item(
    "Nepal earthquake ten years on: your questions answered",
    """How deadly was the {{2015}} earthquake? The magnitude {{7.8}} quake of {{25 April}} and
    its aftershocks killed [[nearly 9,000 people|killed]] and injured [[about 22,000|injured]].

    How much was destroyed? [[More than 500,000 houses|housing;a=the government]] were destroyed
    and [[about 250,000|housing;u=structure;a=the government]] damaged, according to the
    government's post-disaster needs assessment.

    Has Nepal rebuilt? Mostly. The National Reconstruction Authority said before it was
    dissolved in {{2021}} that {{about 90%}} of the
    [[more than 800,000 households|aid;a=The National Reconstruction Authority]] eligible for
    housing grants of {{300,000 rupees}} had rebuilt.

    What about the temples? [[About 750 monuments|housing;u=structure]] were damaged, among them
    the Dharahara tower, which was rebuilt and reopened in {{2021}}.""",
)

item(
    "Q&A: How many political prisoners does Belarus hold?",
    """How many are there now? The Viasna human rights centre counts
    [[1,190|arrested;a=The Viasna human rights centre]] as of {{September 2025}}.

    How many have been freed? Alexander Lukashenko has pardoned [[more than 300|arrested]] since
    {{July 2024}}, and in September [[52|arrested]] were released in a deal brokered by the
    United States and flown to Lithuania.

    How many have been through the system? Viasna says
    [[more than 65,000 people|arrested;a=Viasna]] have been detained on political grounds since
    the disputed election of {{August 2020}}, and it knows of
    [[at least seven political prisoners|killed;a=Viasna]] who have died in custody.

    How many have left? [[About 300,000 Belarusians|displaced]] have emigrated since
    {{2020}}, by some estimates.

    Why does it matter? Releases have become Minsk's main bargaining chip in its talks with
    Washington.""",
)

item(
    "Q&A: How much aid is reaching Gaza?",
    """How many trucks entered before the war? [[About 500 trucks a day|aid;a=the UN]],
    including fuel and commercial goods, according to the UN.

    How many enter now? COGAT, the Israeli defence body that controls the crossings, says
    [[about 4,200 trucks|aid;a=COGAT]] entered in {{July}}, or
    [[about 135 a day|aid;a=COGAT;u=other]]. The UN says its teams were able to collect only
    [[about 1,600|aid;a=The UN;u=other]] at the crossings, because of looting, insecurity and
    restrictions on movement.

    What is needed? [[At least 600 trucks a day|aid;p;a=the UN humanitarian office]], according
    to the UN humanitarian office.

    How many people have died of hunger? Gaza's health ministry says
    [[at least 154 people|killed;a=Gaza's health ministry]], including
    [[89 children|killed;a=Gaza's health ministry]], have died of malnutrition since the war
    began.""",
)

item(
    "Q&A: What is happening in Colombia's Catatumbo?",
    """What happened? On {{16 January}}, ELN guerrillas launched an offensive against a rival
    FARC dissident faction in the Catatumbo region, near the Venezuelan border.

    How many people have been killed? The ombudsman's office says
    [[at least 80 people|killed;a=The ombudsman's office]] have died, among them
    [[seven peace deal signatories|killed;a=The ombudsman's office]], former FARC fighters who
    laid down their arms under the {{2016}} accord.

    How many have fled? [[More than 52,000 people|displaced;a=the government]] have been
    displaced, the government says, [[about 32,000|displaced;a=the government]] of them to the
    city of Cúcuta. It is the largest single displacement Colombia has recorded since {{1997}}.

    What has the government done? President Gustavo Petro declared a state of internal
    commotion and sent [[about 10,000 soldiers|combatants]] to the region. The ombudsman's office
    has also received reports of [[at least 20 kidnappings|kidnapped;a=The ombudsman's office]],
    and [[dozens of people|missing]] are unaccounted for.""",
)

item(
    "Q&A: How long will it take to clear Ukraine of mines?",
    """How much of Ukraine is contaminated? The government estimates that
    {{about 139,000 square kilometres}}, nearly a quarter of the country, may hold mines or
    unexploded ordnance.

    How long will clearance take? At the current pace, more than {{700 years}}, according to one
    widely quoted estimate, though officials hope new machines will cut that sharply.

    What will it cost? The World Bank puts the bill at {{$37.6 billion}} over {{10 years}}.

    Is there a plan? The government wants {{80%}} of affected farmland cleared by {{2033}}, and
    has asked donors for demining machines rather than money.""",
)
