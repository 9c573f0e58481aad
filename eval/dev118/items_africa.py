"""West, North and East Africa as APS, APA and the Nigerian and Kenyan press render them:
bandit raids and abductions, Boko Haram, floods, cattle rustling, migrants, elections and
relief materials (36 items, 2 without a figure)."""

from _wrap import item

item(
    "Bandits abduct over 50 souls in Zamfara",
    """Suspected bandits have abducted [[over 50 souls|kidnapped;a=residents]], mostly women and
    children, in Maru Local Government Area of Zamfara State, residents told our correspondent.
    The hoodlums, numbering [[over 100|combatants]], stormed the village on motorcycles at about
    {{11pm}} on Sunday.""",
)

item(
    "Boko Haram: scores feared dead in Borno attack",
    """[[Scores|killed;n=-]] were feared dead when Boko Haram insurgents attacked Mafa town in
    Borno State on Tuesday. A community leader who spoke on condition of anonymity said [[no
    fewer than 20 persons|killed;a=A community leader]] had been buried, while [[about 30
    others|injured;a=A community leader]] sustained injuries.""",
)

item(
    "Police rescue 12 kidnapped victims in Kaduna",
    """The Kaduna State Police Command has rescued [[12 kidnapped victims|kidnapped;a=the Police
    Public Relations Officer;alt=ASP Mansir Hassan]], said the Police Public Relations Officer,
    ASP Mansir Hassan. He added that [[two suspects|arrested;a=the Police Public Relations
    Officer;alt=ASP Mansir Hassan]] were arrested and [[one AK-47 rifle|other;v=1;a=the Police
    Public Relations Officer;alt=ASP Mansir Hassan]] recovered.""",
)

item(
    "Flood: NEMA says 1,2 million persons displaced nationwide",
    """The National Emergency Management Agency (NEMA) said [[no fewer than 1,2 million
    persons|displaced;v=1200000;a=The National Emergency Management Agency (NEMA)]] were
    displaced by the floods in [[34 states|other;u=other;a=The National Emergency Management
    Agency (NEMA)]], while [[603|killed;a=The National Emergency Management Agency (NEMA)]] lost
    their lives. [[Some 82 000 houses|housing]] were totally destroyed.""",
)

item(
    "Benue: herdsmen kill 45 in Yelwata",
    """Suspected herdsmen killed [[no fewer than 45 persons|killed;a=the Chairman of Guma Local
    Government]] in Yelwata, according to the Chairman of Guma Local Government. The Benue State
    Emergency Management Agency (SEMA) said [[some 3 000 persons|displaced;a=The Benue State
    Emergency Management Agency (SEMA)]] fled to Makurdi.""",
)

item(
    "Troops neutralise 181 terrorists, arrest 203 in one week",
    """Troops of the Armed Forces of Nigeria neutralised [[181 terrorists|killed;a=the Director
    of Defence Media Operations;alt=Maj.-Gen. Edward Buba]] and arrested [[203
    suspects|arrested;a=the Director of Defence Media Operations;alt=Maj.-Gen. Edward Buba]] in
    one week, the Director of Defence Media Operations, Maj.-Gen. Edward Buba, said on Thursday.
    He said troops also rescued [[92 kidnapped hostages|kidnapped;a=the Director of Defence
    Media Operations;alt=Maj.-Gen. Edward Buba]] and recovered [[222 weapons|other;a=the
    Director of Defence Media Operations;alt=Maj.-Gen. Edward Buba]].""",
)

item(
    "Kenya: 61 dead in Mai Mahiu flood",
    """The death toll in the Mai Mahiu flood rose to [[61|killed;a=the Interior Cabinet
    Secretary Kithure Kindiki]], the Interior Cabinet Secretary Kithure Kindiki said, with
    [[some 50 persons|missing;a=the Interior Cabinet Secretary Kithure Kindiki]] still
    unaccounted for. Nationwide, the rains have displaced [[more than 185 000
    persons|displaced]].""",
)

item(
    "Finance Bill protests: KNCHR says 39 killed",
    """The Kenya National Commission on Human Rights (KNCHR) said [[39 persons|killed;a=The
    Kenya National Commission on Human Rights (KNCHR)]] were killed and [[361|injured;a=The
    Kenya National Commission on Human Rights (KNCHR)]] injured in the protests against the
    Finance Bill {{2024}}. The commission recorded [[627 arrests|arrested;u=person;a=The
    commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] and [[32
    cases|missing;a=The commission;alt=The Kenya National Commission on Human Rights
    (KNCHR);u=person]] of enforced disappearance.""",
)

item(
    "Marsabit: 11 killed in cattle rustling raid",
    """[[Eleven persons|killed;a=the Marsabit County Police Commander]] were killed and [[400
    heads|other;a=the Marsabit County Police Commander]] of cattle driven away when raiders
    struck a village in Marsabit, the Marsabit County Police Commander said. The raiders, [[some
    forty|combatants]], fled towards the Ethiopian border.""",
)

item(
    "Shakahola: exhumed bodies reach 429",
    """The number of bodies exhumed in Shakahola forest rose to [[429|killed;a=the Coast
    Regional Commissioner;alt=Rhoda Onyancha]], the Coast Regional Commissioner Rhoda Onyancha
    disclosed. [[Some 95 persons|other]] were rescued alive, while [[about 600|missing;a=the
    Kenya Red Cross]] remain missing according to the Kenya Red Cross.""",
)

item(
    "Kenya Police to deploy 1 000 officers to Haiti",
    """Kenya will deploy [[1 000 police officers|combatants;p;a=Interior Cabinet Secretary
    Kithure Kindiki]] to Haiti, Interior Cabinet Secretary Kithure Kindiki has said. The first
    contingent of [[400 officers|combatants]] left Nairobi on {{25/06/2024}}. The mission has a
    mandate of {{12 months}}.""",
)

item(
    "APS: Algerian Red Crescent sends 100 tonnes of aid to Niger",
    """The Algerian Red Crescent (CRA) sent [[100 tonnes|aid;a=APS]] of foodstuffs and medicines
    to Niger, as indicated by APS. The convoy of [[20 trucks|aid]] left from Tamanrasset at
    {{08.00}}.""",
)

item(
    "Algeria: civil protection evacuates 300 families in Tizi Ouzou",
    """The agents of the Civil Protection evacuated [[some 300 families|displaced;a=the
    directorate]] from the villages threatened by the fires, informed the directorate. [[Some 1
    500 firemen|other]] and [[80 trucks|other]] were mobilised.""",
)

item(
    "APA: Senegal: some forty die in bus collision near Kaffrine",
    """[[Some forty persons|killed;a=the Minister of Interior]] died in a collision between
    buses at Gniby, near Kaffrine, at {{03.30}}, informed the Minister of Interior. [[87
    persons|injured]] are hospitalised. The government decreed {{three days}} of national
    mourning.""",
)

item(
    "APA: Mali: 64 civilians killed in boat attack on Niger river",
    """The attack of the boat Tombouctou on the Niger river killed [[49 civilians|killed;a=the
    transitional government]] and [[15 soldiers|killed;a=the transitional government]], informed
    the transitional government. [[About 50 terrorists|killed;a=the government]] were
    neutralised, the government said. Mourning was decreed for {{three days}}.""",
)

item(
    "Burkina Faso: 100 thousand persons flee Djibo",
    """[[More than 100 thousand persons|displaced;a=the National Council for Emergency Relief
    and Rehabilitation (CONASUR)]] fled Djibo, according to the National Council for Emergency
    Relief and Rehabilitation (CONASUR). The city is under blockade since {{February 2022}}.""",
)

item(
    "Guinea: football stampede in Nzérékoré kills 56",
    """[[56 persons|killed;a=the government]] died in the stampede during the football match in
    Nzérékoré, the government said, while the human rights groups count [[more than
    135|killed;a=the human rights groups]]. The match ended {{1-0}} at {{18.00}}.""",
)

item(
    "Nigeria: INEC receives 1.200 ballot boxes",
    """The Independent National Electoral Commission (INEC) said it received [[1.200 ballot
    boxes|other;u=other;a=The Independent National Electoral Commission (INEC)]] for the
    governorship election in Ondo. [[Some 2 000 police|combatants;p;a=the police]] will be
    deployed, said the police.""",
)

item(
    "Sudanese refugees: 600 thousand in eastern Chad",
    """[[More than 600 thousand Sudanese refugees|displaced;a=UNHCR]] have crossed into eastern
    Chad since {{April 2023}}, according to UNHCR. The agency will build [[three new
    camps|capacity;p;a=The agency;alt=UNHCR]] for [[about 150 000 persons|capacity;p;a=The
    agency;alt=UNHCR]].""",
)

item(
    "Kaduna: gunmen abduct 287 pupils in Kuriga",
    """Gunmen abducted [[287 pupils and teachers|kidnapped;n=pupils and teachers;a=the head
    teacher]] of the LEA Primary School in Kuriga, as indicated by the head teacher. [[Some 25
    pupils|kidnapped]] escaped. The pupils are aged between {{eight}} and {{15 years}}.""",
)

item(
    "Kenya: 2 thousand families evicted in Mukuru",
    """[[Some 2 thousand families|displaced;a=residents]] were left homeless after bulldozers
    demolished [[more than 400 houses|housing;a=residents]] in Mukuru kwa Njenga, residents told
    the Daily Nation. The demolitions began at {{5am}}.""",
)

item(
    "Nigeria: 2023 budget of N21,83 trillion",
    """The President signed the {{2023}} Appropriation Bill of {{N21,83 trillion}} into law on
    {{3 January}}. The deficit is estimated at {{N10,78 trillion}}, or {{4,78 per cent}} of
    GDP.""",
)

item(
    "Mozambique: 300 militants attack Macomia",
    """[[Some 300 insurgents|combatants;a=local sources]] attacked the town of Macomia, informed
    local sources, and looted the warehouses of the World Food Programme. [[Tens of
    persons|displaced]] fled to the bush.""",
)

item(
    "Kenya: KDF repulses al-Shabaab attack in Lamu",
    """Kenya Defence Forces repulsed an attack by al-Shabaab in Lamu, killing [[seven
    militants|killed;a=the KDF spokesperson]], the KDF spokesperson said. [[Three KDF
    soldiers|injured]] were injured.""",
)

item(
    "Plateau: 160 dead in Christmas Eve attacks",
    """The number of persons killed in the attacks on villages in Bokkos and Barkin Ladi rose to
    [[160|killed;a=the Bokkos Council chairman]], the Bokkos Council chairman said. [[More than
    300 persons|injured]] were wounded and [[221 houses|housing]] burnt in [[17
    communities|other;u=other]].""",
)

item(
    "Niger: 17 soldiers killed near Tillabéri",
    """[[17 soldiers|killed;a=the Ministry of Defence]] were killed and [[20|injured;a=the
    Ministry of Defence]] wounded in an ambush near Koutougou, informed the Ministry of Defence.
    [[More than 100 assailants|killed;a=the ministry;alt=the Ministry of Defence]] were
    neutralised, the ministry added.""",
)

item(
    "Zamfara: relief materials for 5 thousand IDPs",
    """The Zamfara State Emergency Management Agency (ZEMA) distributed relief materials to [[5
    thousand internally displaced persons|aid;a=the Executive Secretary of the agency]] in Anka,
    said the Executive Secretary of the agency. The items include [[500 bags|aid]] of rice,
    [[300 mattresses|aid]] and [[1 200 blankets|aid]].""",
)

item(
    "Katsina: 30 farmers killed, 50 abducted",
    """Bandits killed [[30 farmers|killed;a=the villagers]] and abducted [[about 50
    others|kidnapped;a=the villagers]] in Faskari, the villagers told Punch. The attackers, who
    came on [[some 70 motorcycles|other]], also rustled [[hundreds of cattle|other]].""",
)

item(
    "Kenya: 2 500 households in Garissa receive food rations",
    """The Kenya Red Cross distributed food rations to [[2 500 households|aid;a=the society's
    regional manager]] in Garissa, the society's regional manager said. The drought has left
    [[2,1 million Kenyans|civilians;v=2100000;a=the National Drought Management Authority
    (NDMA)]] in need of food assistance, according to the National Drought Management Authority
    (NDMA).""",
)

item(
    "Abuja: kidnapped family regains freedom after ransom",
    """[[The four surviving members|kidnapped;a=a relative]] of a family abducted in Bwari Area
    Council have regained freedom after payment of {{N7 million}} ransom, a relative said.
    [[Two|killed]] of the victims had been killed by the abductors on {{12/01/2024}}.""",
)

item(
    "APA: Gambia boat capsizes, 63 migrants dead",
    """[[No fewer than 63 migrants|killed;a=the IOM]] perished when their boat capsized off the
    coast of Mauritania, the IOM said. [[Some 150 persons|other]] were on board, and
    [[seven|other]] survived. The boat left Gambia on {{24 November}}.""",
)

item(
    "Ghana: Akosombo dam spillage displaces 26 thousand",
    """[[Over 26 thousand persons|displaced;a=the National Disaster Management Organisation
    (NADMO)]] have been displaced by the spillage of the Akosombo dam, as indicated by the
    National Disaster Management Organisation (NADMO). The spillage began on {{15.09.2023}}.""",
)

item(
    "Cameroon: separatists kidnap 40 in North-West",
    """Separatist fighters abducted [[some 40 persons|kidnapped;a=the governor of the North-West
    region;alt=Adolphe Lele Lafrique]], among them [[tens of women|kidnapped;a=the governor of
    the North-West region;alt=Adolphe Lele Lafrique]], in Bamenda, informed the governor of the
    North-West region, Adolphe Lele Lafrique. The abduction took place on {{17.05.2024}} at
    around {{19.00}}.""",
)

item(
    "Senegal: 2024 presidential, turnout at 61,3%",
    """The participation in the presidential election of {{24 March 2024}} was {{61,3%}},
    announced the National Autonomous Electoral Commission. Bassirou Diomaye Faye, {{44 years}},
    won with {{54,28%}} of the votes.""",
)

item(
    "Kenya: IEBC to recruit 60 thousand poll clerks",
    """The IEBC will recruit [[some 60 thousand clerks|other;p;a=the Inspector-General]] for the
    by-elections, and [[5 000 police officers|combatants;p;a=the Inspector-General]] are to be
    deployed to secure the exercise, the Inspector-General said on {{03/11/2025}}. Polling will
    run from {{6am}} to {{5pm}}.""",
)

item(
    "Kenya: Turkana raid leaves 1 700 goats stolen",
    """Armed raiders from across the border stole [[1 700 goats|other;a=the area chief]] and
    killed [[three herders|killed;a=the area chief]] in Kibish, the area chief told the
    Standard. [[More than a hundred families|displaced]] have since fled to Lokitaung.""",
)
