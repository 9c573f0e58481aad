"""dev399 items, part 4: the reckoning, 2025-2026 (the UN fact-finding report, Operation Devil
Hunt, Dhanmondi 32, Gopalganj, the pushbacks from India, the verdict on Sheikh Hasina, the first
anniversary and the election of February 2026)."""

from _wrap import item

item(
    "UN says as many as 1,400 may have been killed in Bangladesh crackdown",
    """[[As many as 1,400 people|killed;a=the UN human rights office (OHCHR)]] may have been killed
    in Bangladesh between {{July 15}} and {{August 5}} last year, the UN human rights office (OHCHR)
    said on Wednesday, most of them shot by security forces with military rifles and shotguns. The
    fact-finding report said {{12 to 13 percent}} of those killed were children, and that
    [[thousands|injured;a=The fact-finding report;alt=the UN human rights office (OHCHR)]] more were
    injured, many for life. Police and the Rapid Action Battalion arrested
    [[more than 11,700 people|arrested;a=the report;alt=the UN human rights office (OHCHR)]] during
    the protests, the report said. The OHCHR team conducted [[more than 230 interviews|other;u=other;a=The
    OHCHR team]] with victims, witnesses and officials, and also examined
    [[hundreds of videos|other;u=other;a=The OHCHR team]]. It said [[44 police officers|killed;a=the
    UN human rights office (OHCHR)]] had been killed by protesters or others. UN human rights chief
    Volker Türk said the former government had carried out "a systematic and brutal crackdown".""",
)

item(
    "UN report details revenge attacks after Hasina's fall",
    """The OHCHR report also documented violence after {{August 5}}, when police withdrew from the
    streets. The report said [[at least 100 Hindu homes|housing;a=The report;alt=The OHCHR report]]
    and [[dozens of temples|housing;u=structure;a=The report;alt=The OHCHR report]] had been attacked
    in the days after the government fell. It said Ahmadiyya homes and businesses were set on fire in
    Panchagarh and that Indigenous Jumma communities in the Chittagong Hill Tracts were attacked,
    with [[more than 50 homes|housing;a=The OHCHR report]] burned in Dighinala. The report estimated
    that reprisal killings of Awami League supporters and police claimed [[about 130 lives|killed;a=The
    report;alt=The OHCHR report]] in that period. Police had arrested [[about 100 people|arrested;a=the
    report;alt=The OHCHR report]] over the attacks on minorities by the end of {{2024}}, according to
    the report. Bangladesh's [[roughly 13 million Hindus|civilians]] make up about {{8 percent}} of the
    population.""",
)

item(
    "Crowds demolish Sheikh Mujib's Dhanmondi 32 home as Hasina speaks online",
    """Crowds using [[two excavators|other;u=other]] and hammers tore down the house at
    {{Dhanmondi 32}} where Bangladesh's founding leader Sheikh Mujibur Rahman lived and was killed in
    {{1975}}, as his daughter Sheikh Hasina addressed supporters online from India on Wednesday night.
    Overnight, [[at least 35 homes|housing;a=police]] of Awami League leaders were attacked in
    [[24 districts|other;a=police]], police said. In Gazipur, [[15 students|injured;a=doctors at
    Shaheed Tajuddin Ahmad Medical College Hospital]] were injured when they went to the home of a
    former minister, doctors at Shaheed Tajuddin Ahmad Medical College Hospital said, and
    [[one|killed;a=doctors at Shaheed Tajuddin Ahmad Medical College Hospital]] died later. The interim government said "some people" had been provoked by Hasina's
    speech. Police said they had deployed [[about 1,500 officers|combatants;a=Police]] in Dhanmondi
    but did not stop the demolition, which lasted into {{Thursday}} afternoon.""",
)

item(
    "Bangladesh prisons hold 70,000 in space for 42,000 after sweeps",
    """Bangladesh's [[68 prisons|other;u=structure;a=the
    Department of Prisons]], built for [[42,866 inmates|capacity;a=the
    Department of Prisons]], held [[more than 70,000|arrested;a=the Department of Prisons]] in
    March, the Department of Prisons said, after weeks of arrests under "Operation Devil Hunt". The
    home adviser said the operation had netted [[about 11,000 people|arrested;a=The home adviser]] by
    the end of February. Courts had granted bail to [[some 4,000 of them|arrested;a=lawyers;n=-]], lawyers
    said. At Dhaka Central Jail in Keraniganj, [[about 9,000 prisoners|arrested;a=officials]] share
    space meant for [[4,590|capacity;a=officials]], officials said. The government plans to build
    [[five new prisons|other;u=structure;p;a=the home ministry;alt=The government]] by {{2028}}, the home ministry said.""",
)

item(
    "Five killed in Gopalganj as clashes disrupt student party rally",
    """[[Five people|killed;a=hospital officials]] were killed in Gopalganj on Wednesday when
    supporters of the banned Awami League attacked a rally of the student-led National Citizen Party
    (NCP) and clashed with police and soldiers, hospital officials said. [[At least 45 people|injured]],
    including [[nine police officers|injured]], were wounded. The army evacuated NCP leaders and
    [[about 200 supporters|displaced]] in armoured vehicles to Khulna. The authorities imposed a {{22-hour}} curfew on the town of
    [[some 60,000 residents|civilians]]. Police said they had arrested [[more than 300 people|arrested;a=Police]]
    and filed [[four cases|other;a=Police]] naming [[about 8,400|other;a=Police]] unnamed accused.
    [[About 1,500 police and army troops|combatants;a=the district administration]] remain deployed,
    the district administration said.""",
)

item(
    "India pushes more than 1,200 people into Bangladesh, border guards say",
    """India's Border Security Force has pushed [[more than 1,200 people|returned;a=Border Guard
    Bangladesh (BGB)]] into Bangladesh since {{May 7}}, Border Guard Bangladesh (BGB) said on Sunday,
    many of them Bengali-speaking Muslims detained in Gujarat, Assam and Maharashtra. BGB said
    [[about 100|returned;a=BGB]] had turned out to be Indian citizens and were sent back to India
    after verification. Among those pushed in were [[at least 80 Rohingya refugees|displaced;a=BGB]]
    registered with UNHCR, it said. In Lalmonirhat, [[several hundred people|displaced]] were stranded
    for {{two days}} in the no man's land as BGB refused to let them in. The border guards have set up
    [[three temporary camps|capacity;a=The border guards;alt=Border Guard Bangladesh (BGB)]] in
    Kurigram, Sylhet and Moulvibazar, which can take [[up to 500 people|capacity;a=The border
    guards;alt=Border Guard Bangladesh (BGB)]] each.""",
)

item(
    "Hasina sentenced to death in absentia for crimes against humanity",
    """Bangladesh's International Crimes Tribunal sentenced former prime minister Sheikh Hasina to
    death in absentia on Monday for crimes against humanity during the {{2024}} uprising. The
    prosecution said [[about 1,400 people|killed;a=The prosecution]] were killed in the crackdown she
    ordered. [[Fifty-four witnesses|other]] testified over {{five months}}, among them relatives of
    [[six protesters|killed]] shot dead at Chankharpul in Dhaka. Former police chief Chowdhury
    Abdullah Al-Mamun, who turned state witness, was sentenced to {{five years}}. Police deployed
    [[about 15,000 officers|combatants;a=the Dhaka Metropolitan Police]] in the capital, the Dhaka
    Metropolitan Police said, after the Awami League called a shutdown. [[Dozens of crude bombs|other;u=other]]
    exploded across Dhaka in the week before the verdict, and [[more than 30 buses|other;a=the fire
    service]] were set on fire, the fire service said. Police arrested [[about 400 party
    activists|arrested;a=Police]].""",
)

item(
    "Government gazettes 844 July martyrs and 13,800 'July warriors'",
    """The Liberation War Affairs ministry has published the names of [[844 people|killed;a=The
    Liberation War Affairs ministry]] killed in the July uprising and [[13,811 injured|injured;a=The
    Liberation War Affairs ministry]] in the official gazette, the ministry said on the first
    anniversary. The injured are divided into three categories: [[493|injured;a=the ministry;alt=The
    Liberation War Affairs ministry]] in category A, [[1,152|injured;a=the ministry;alt=The Liberation
    War Affairs ministry]] in B and the rest in C, the ministry said. [[About 1,000 applications|other;u=other;a=officials]]
    are still pending, officials said, and [[14 names|other;u=other;a=officials]] were removed after
    complaints that they were not linked to the protests. Families of the dead will receive a
    monthly allowance of {{Tk 20,000}}, and [[about 2,000 of the injured|aid;p;a=the ministry]] will
    get government jobs, the ministry said.""",
)

item(
    "A year on, dozens of July wounded still in hospital",
    """[[About 60 people|injured;a=officials there]] wounded in the July uprising
    are still being treated at the Combined Military Hospital in Dhaka a year later, officials there
    said. [[Twenty-one|injured;a=the health ministry]] are in hospitals in Thailand and Singapore, the
    health ministry said, and [[seven people|killed;a=the health ministry]] who were shot in July
    have died of their wounds since. A rehabilitation centre in Savar, with
    [[space for 100 patients|capacity;a=the centre's director]], opened in June, the centre's director
    said. It has fitted [[112 amputees|aid]] with
    artificial limbs and sees [[between 30 and 40 outpatients a day|injured;a=the centre's director]],
    the centre's director said. "I was {{22}} when I lost my leg," said Md Rasel, a former garment worker from
    Narayanganj. "Now I am {{23}} and I can't work," he said.""",
)

item(
    "Attacks on minorities continued into 2025, council says",
    """The Bangladesh Hindu Buddhist Christian Unity Council said on Saturday it had recorded
    [[2,442 incidents|other;u=other;a=The Bangladesh Hindu Buddhist Christian Unity Council]] of
    violence against minorities between {{August 4, 2024}} and {{June 30, 2025}}, including
    [[23 killings|killed;u=person;a=The Bangladesh Hindu Buddhist Christian Unity Council]] and
    attacks on [[at least 150 temples|housing;u=structure;a=The Bangladesh Hindu Buddhist
    Christian Unity Council]]. Police said they had examined [[1,769 complaints|other;u=other;a=Police]]
    and found that [[1,457|other;u=other;a=Police]] were linked to land disputes or politics rather than
    religion. [[Nearly 300 Hindu families|displaced;a=the council]] have left their villages since
    the government fell, the council said. In Dinajpur, the district administration runs
    [[two relief camps|capacity;a=the district administration]] for families whose homes were burned,
    the district administration said. Bangladesh has [[about 1.3m Christians|civilians]] and
    [[about 1m Buddhists|civilians]], most of them in the Chittagong Hill Tracts.""",
)

item(
    "Disappearance commission: 287 never found, most returned after secret custody",
    """The Commission of Inquiry on Enforced Disappearances said in its final report on Tuesday that
    it had verified [[1,569 cases|other;a=The Commission of Inquiry on Enforced Disappearances]] of
    people picked up by security agencies between {{2009}} and {{2024}}. Of them,
    [[287 people|missing;a=the commission;alt=The Commission of Inquiry on Enforced Disappearances]]
    have never been found, the commission said. [[About 1,030|returned;a=The Commission of Inquiry on Enforced Disappearances]] returned home after days or months in secret custody, it said,
    and [[252|arrested;a=The Commission of Inquiry on Enforced Disappearances]] were later shown as
    arrested in court. The report named the Rapid Action Battalion, the military intelligence agency
    DGFI and the police's Counter Terrorism and Transnational Crime unit, and said
    [[about 750 officers|other;a=The report]] had been implicated. It listed
    [[22 detention sites|other;a=The report]], some no bigger than {{1.5 metres}} square. The
    commission's chair said [[at least 40|killed;a=The commission's chair]] of the missing were
    believed to have been killed in custody.""",
)

item(
    "Chittagong University students abducted in Khagrachari hills",
    """[[Five students|kidnapped;a=police]] of Chittagong University were abducted at gunpoint in
    Khagrachari's Giriphool area on {{April 16}}, police said, as they returned from a festival.
    Police blamed the United People's Democratic Front (UPDF), which denied it. [[Four of
    them|kidnapped;n=-]] were freed after {{nine days}}, and the university said
    [[one|missing;a=the university]] was still missing. The army deployed
    [[several hundred troops|combatants;a=The army]] in the hills, the army said, and police arrested
    [[two suspects|arrested;a=police]]. In Rangamati, [[three more people|kidnapped;a=the district
    police]] were taken from a bus the following week, the district police said. Local rights groups
    said [[at least 12 people|kidnapped;a=Local rights groups]] had been abducted in the hill
    districts since January, [[seven|kidnapped;a=Local rights groups]] of whom were released after
    ransom was paid.""",
)

item(
    "Bangladesh to deploy nearly a million security personnel for February vote",
    """Bangladesh will deploy [[some 150,000 police|combatants;p;a=Home Adviser Jahangir Alam
    Chowdhury]], [[as many as 100,000 army troops|combatants;p;a=Home Adviser Jahangir Alam
    Chowdhury]] and [[5.5 lakh Ansar and Village Defence Party members|combatants;p;v=550000;a=Home
    Adviser Jahangir Alam Chowdhury;n=members]] for the parliamentary election on {{February 12}},
    Home Adviser Jahangir Alam Chowdhury said. The Election Commission said voting would take place
    at [[about 42,700 polling centres|other;p;a=The Election Commission]], of which
    [[about 8,200|other;u=structure;a=The Election Commission]] are classed as high-risk.
    [[Between 1,900 and 2,000 candidates|other;a=the commission;alt=The Election Commission]] are
    running, the commission said, for the votes of [[127.6 million registered voters|civilians;a=the commission;alt=The Election Commission]]. [[Up to 500 foreign observers|other;p]] are expected.
    The Awami League, whose activities were banned in May, is not taking part.""",
)

item(
    "At least 11 killed in election-day violence",
    """[[At least 11 people|killed;a=police and hospital officials]] were killed in violence on
    election day, police and hospital officials said on Friday, most of them in clashes between rival
    party activists in Cumilla, Noakhali, Bogura and Chattogram. [[More than 400 people|injured]] were
    injured. Police said they had arrested [[about 150 people|arrested;a=Police]] and seized
    [[32 firearms|other;a=Police]]. Voting was suspended at [[17 centres|other;a=the Election Commission]] after ballot boxes were snatched, the
    Election Commission said, and
    [[between 20 and 25 polling centres|housing;a=officials]] were vandalised or set on fire,
    officials said. Ain o Salish Kendra said [[up to 30 people|killed;a=Ain o Salish Kendra]] had
    died in campaign violence since {{January}}. In Gopalganj, [[dozens of homes|housing]] of
    supporters of the banned Awami League were attacked overnight.""",
)

item(
    "July Charter signed as parties agree on referendum",
    """Bangladesh's political parties signed the July Charter at a ceremony at the parliament complex
    on {{October 17}}, more than {{a year}} after the uprising. The charter will be put to a
    referendum on the same day as the general election, the {{13th}} since independence. Under it, a
    prime minister could serve no more than {{10 years}} in total, and {{Article 70}}, which bars
    lawmakers from voting against their party, would be relaxed. The National Consensus Commission,
    led by Ali Riaz, {{67}}, held talks for {{eight months}}. Surveys have found support above
    {{70 percent}}, though turnout in recent Bangladeshi elections fell as low as
    {{22 percent}}.""",
)

item(
    "'36 July': Bangladesh marks anniversary of Hasina's fall",
    """Bangladesh marked {{5 August}} as "{{July 36}}" on Tuesday, the name protesters gave the day
    Sheikh Hasina fled, counting on from {{July 1}} as if the month had never ended. Chief Adviser
    Muhammad Yunus observed {{a minute}} of silence at {{10.30am}} at the Central Shaheed Minar. The
    day is now a public holiday, as is {{July 16}}, the anniversary of the death of Abu Sayed, who was
    {{25}}. A concert at the Manik Mia Avenue ran from {{4pm}} to {{10pm}}. Buses and trains were
    free for {{24 hours}}, and the metro ran until {{midnight}}.""",
)
