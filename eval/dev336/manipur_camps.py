"""dev336 items, 2025-2026: life in the relief camps, aid, prefabricated houses and the slow
return home."""

from _wrap import item

item(
    "Fire guts shelters at Churachandpur relief camp",
    """A fire swept through a relief camp at Hiangtam Lamka in Churachandpur on Sunday night,
    destroying [[about 40 bamboo shelters|housing;a=district officials]] and leaving
    [[more than 200 displaced people|displaced;a=district officials]] without a roof, district
    officials said. [[One child|killed;a=police]], a {{two-year-old}} girl, died and
    [[six people|injured;a=police]] were treated for burns, police said. The camp, in a church
    compound, housed [[312 people|displaced;a=the camp's management committee]] from
    [[61 families|displaced;a=the camp's management committee]], according to the camp's
    management committee. Fire tenders took {{45 minutes}} to arrive. The administration said the
    families would be moved to [[two nearby camps|capacity;a=The administration]] and given
    [[150 tarpaulins|aid;a=The administration]] and cooking sets. There are
    [[104 relief camps|capacity;a=the administration;alt=The administration]] in the district,
    the administration said.""",
)

item(
    "Diarrhoea outbreak in Moirang camps kills two children",
    """[[Two children|killed;a=health officials]] have died and
    [[more than 300 people|injured;a=health officials]] have fallen ill in an outbreak of acute
    diarrhoea in relief camps in Moirang, health officials said on Thursday. The camps hold
    [[a population of about 6,500|civilians;a=health officials;q=approx;n=-]], almost all of them
    Meitei families displaced from Torbung and Kangvai. The health department said it had screened
    [[1,800 people|aid;a=The health department]] and sent [[12 medical teams|other;a=The health department;u=other]]
    to the camps. The outbreak was traced to [[three of the camps' wells|other;n=wells]].
    [[About 40 latrines|aid;a=officials;p]] will be built this month, officials said, and
    [[2,000 hygiene kits|aid;a=UNICEF]] are being distributed, according to UNICEF.""",
)

item(
    "Displaced families move into prefabricated homes at Sawombung",
    """[[Some 1,000 displaced families|displaced;a=officials]] have moved from relief camps into
    prefabricated houses at Sawombung in Imphal East, officials said. The site has
    [[1,040 units|capacity]], each of {{two rooms}}, built in {{five months}}. The
    relief department said [[about 4,300 people|displaced;a=The relief department]] now live there
    and [[another 600 units|capacity;a=The relief department;p]] would be ready at Yaingangpokpi by
    {{March}}. Residents said the houses were cramped and that [[fewer than 50 families|aid;a=Residents]]
    had received the promised livelihood grant of {{Rs 25,000}}. The department said
    [[3,600 households|aid;a=The department;alt=The relief department]] in prefabricated houses
    across the state receive free rations. [[Around 900 children|displaced;a=The relief department]]
    at the site attend a school set up in the complex, it said.""",
)

item(
    "First Meitei families return to Jiribam villages",
    """[[The first 150 families|returned;a=the district administration]] displaced from villages
    along the Jiri river have returned home, the district administration said on Monday, nearly
    {{two years}} after they fled. The returnees, [[about 620 people|returned;a=officials]], were
    escorted by central forces in [[22 vehicles|other;a=officials]], officials said. The
    administration said [[the remaining 9,000 displaced people|displaced;a=The administration]]
    in Jiribam would return in phases. [[Forty-two houses|housing;a=officials]] have been rebuilt
    and [[110 more|housing;a=officials;p;u=structure;n=-]] are under construction, officials said.
    [[Three companies of the CRPF|combatants;n=companies;u=other]] are stationed in the villages.
    Hmar groups said [[about 200 Hmar families|displaced;a=Hmar groups]] in Cachar were still
    waiting for guarantees of safety.""",
)

item(
    "Moreh market reopens, but half the town is gone",
    """Moreh's main market reopened on Friday for the first time since {{May 2023}}, with
    [[some 120 shops|other;a=traders;u=structure]] pulling up their shutters, traders said. The
    town had [[a population of around 20,000|civilians;a=officials;q=approx;n=-]] before the
    violence and has [[fewer than 10,000|civilians;a=officials]] now, officials said.
    [[About 3,500 Meitei residents|displaced;a=the Tengnoupal district administration]] are still in
    camps in Imphal and Kakching, according to the Tengnoupal district administration.
    [[Roughly 2,000 people|returned;a=traders' associations]] have come back since the
    Indo-Myanmar border gate reopened, traders' associations said. Local leaders said
    [[more than 600 houses|housing;a=Local leaders]] in the town were burned in {{2023}}. Trade
    across the border, worth {{Rs 200 crore}} a year before the violence, has fallen by
    {{70%}}.""",
)

item(
    "Churches and NGOs stretch to feed 20,000 in Kangpokpi camps",
    """Church bodies and NGOs in Kangpokpi are feeding [[about 20,000 displaced people|aid;a=the Committee on Tribal Unity]]
    in [[96 relief camps|capacity;a=the Committee on Tribal Unity]], the Committee on Tribal Unity
    said. Government rations reach [[only 11,000 of them|aid;a=the committee;alt=the Committee on Tribal Unity;n=-]],
    the committee said. Khalsa Aid said it had distributed [[4,200 food baskets|aid;a=Khalsa Aid]]
    and [[6,000 blankets|aid;a=Khalsa Aid]] in the district over the winter. Most of the displaced
    are Kuki-Zo families who fled Imphal in {{May 2023}}. Camp coordinators said
    [[a dozen children|killed;a=Camp coordinators]] and [[over 30 elderly residents|killed;a=Camp coordinators]]
    had died of illness in the camps. The Motbung camp alone has
    [[1,350 residents|displaced]], among them [[410 children|displaced]].""",
)

item(
    "Camp schools enrol 2,300 displaced pupils in Churachandpur",
    """[[About 2,300 displaced children|displaced;a=the district education office]] are enrolled in
    [[14 temporary schools|capacity;a=the district education office]] run in relief camps in
    Churachandpur, according to the district education office. [[Nearly 160 teachers|other;a=the office;alt=the district education office]],
    many of them displaced themselves, have been posted to the camps, the office said. The schools
    run in {{two shifts}}, from {{8 am}} to {{noon}} and from {{12.30 pm}}. The education department
    said [[around 4,500 children|displaced;a=The education department]] from the district had
    missed at least {{a year}} of school. A volunteer teacher, {{26}}, said her class of
    [[63 pupils|other;a=A volunteer teacher]] shared a single blackboard.
    The state plans to build [[six permanent schools|capacity;a=The state;p]] for displaced children
    by {{2027}}.""",
)

item(
    "Survey counts 17,000 displaced households in Manipur",
    """A survey by the state relief department has counted
    [[17,142 displaced households|displaced;a=A survey by the state relief department]] in Manipur,
    with [[just under 62,000 members|displaced;a=the survey;alt=A survey by the state relief department;n=members]], according to the survey.
    [[About 8,900 households|displaced;a=the survey;alt=A survey by the state relief department]] live in
    relief camps and the rest with relatives or in rented rooms, it found. It counted
    [[between 4,000 and 5,000 people|civilians;a=the survey;alt=A survey by the state relief department]] in
    the camps who were elderly or living with a disability. [[Some 1,900 households|returned;a=the survey]]
    have returned to their villages at least in part, according to the survey. The survey found
    [[around 600 families|displaced;a=The survey;alt=A survey by the state relief department]] who had been displaced twice. Officials said
    [[all 17,142 households|aid;a=Officials;p;n=households]] would be issued identity cards that
    entitle them to rations.""",
)

item(
    "Winter relief reaches camps in hill districts",
    """The Indian Red Cross Society said it had delivered [[11,000 blankets|aid;a=The Indian Red Cross Society]],
    [[3,500 sleeping mats|aid;a=The Indian Red Cross Society;u=other]] and
    [[800 tarpaulins|aid;a=The Indian Red Cross Society]] to relief camps in Churachandpur,
    Pherzawl and Kangpokpi ahead of winter. Temperatures in the hills drop to {{2C}} in January.
    The society said [[about 9,000 people|aid;a=The society;alt=The Indian Red Cross Society]] had
    received kits so far and [[another 5,000|aid;a=The society;alt=The Indian Red Cross Society;p]]
    would be reached by the end of the month. In Tengnoupal, volunteers said
    [[some 1,200 people|civilians;a=volunteers]] in remote camps had no electricity. The state has
    sent [[40 trucks|aid;a=officials]] of firewood, officials said.""",
)

item(
    "Supreme Court panel flags deaths and births in relief camps",
    """[[At least 72 camp residents|killed;a=the committee appointed by the Supreme Court]] have died
    of illness since {{2023}}, the committee appointed by the Supreme Court said in a report. It
    said [[more than 1,500 babies|displaced;a=the committee appointed by the Supreme Court]]
    had been born in the camps. The committee found that {{fewer than half}} of the camps
    had a toilet for every {{20}} residents. It recommended that [[up to 5,000 more prefabricated houses|capacity;a=the committee appointed by the Supreme Court;p]]
    be built. The state told the court it had paid compensation to the families of
    [[226 people|killed;a=The state]] killed in the violence. [[Some 130 people|injured;a=the state]]
    with disabling injuries had received help, the state said. The committee estimated that [[some 3,000 camp residents|civilians;a=The committee;alt=the committee appointed by the Supreme Court]] needed regular medical care.""",
)

item(
    "Imphal-Dimapur highway reopens after three-week blockade",
    """Traffic resumed on the Imphal-Dimapur highway on Wednesday after a blockade of
    {{three weeks}} left [[around 2,000 trucks|other;a=transporters]] stranded on the Nagaland side,
    transporters said. [[More than 400 trucks|aid;a=officials]] carrying rice, fuel and medicine
    reached Imphal by evening, officials said. During the blockade, [[the valley's population of about 1.6 million|civilians;a=traders;q=approx;n=population]]
    faced shortages of fuel and cooking gas, and prices rose by {{40%}}, traders said.
    [[Some 1,500 security personnel|combatants;a=the police]] escorted the convoys, according to
    the police. [[Dozens of patients|civilians;a=the Regional Institute of Medical Sciences]] needing dialysis were affected by the fuel shortage, according to the Regional Institute of Medical Sciences. [[Thirteen protesters|arrested;a=police]] who had blocked the road at Sekmai were
    arrested, police said.""",
)

item(
    "Returnees flee again after houses burned in Kakching village",
    """[[About 60 families|returned;a=district officials]] who had returned to Serou in Kakching
    district in {{April}} have fled again after [[at least 11 houses|housing;a=district officials]]
    were set on fire on Saturday night, district officials said. The families, [[nearly 250 people|displaced;a=officials]],
    are back in a relief camp in Kakching town, officials said. No one was hurt in the attack. The Kuki-Zo Council denied any role and said [[three Kuki-Zo houses|housing;a=The Kuki-Zo Council]] in nearby Phubala had been burned the same night. [[Two more companies of the CRPF|combatants;u=other;n=companies]] have been sent to the area, and [[five men|arrested;a=police]] have been detained, police said.""",
)

item(
    "Ex gratia paid to 226 families, survivors await more",
    """The families of [[226 people|killed;a=the relief department]] killed in the violence have
    received {{Rs 10 lakh}} each in ex gratia, the relief department said. [[About 1,000 people|injured;a=the department;alt=the relief department]]
    who were injured have been paid between {{Rs 50,000}} and {{Rs 2 lakh}}, the department said.
    Relatives of [[the 19 people|missing;a=civil groups]] still missing say they have received nothing because no death has been recorded, civil groups said. The department said
    [[a further 4,200 households|aid;a=The department;alt=the relief department;p]] whose homes
    were burned would receive housing grants this year. [[Some 2,900 households|aid;a=The department;alt=the relief department]]
    have received them so far. The department said [[about 1,600 people|civilians;a=The department;alt=the relief department]] in foothill villages had been affected by renewed firing this year.""",
)

item(
    "Buffer zone checkpoints eased as 1,000 return to Torbung",
    """[[Over 1,000 people|returned;a=the Bishnupur district administration]] have returned to
    Torbung and Kangvai on the edge of the buffer zone, the Bishnupur district administration said,
    after security forces dismantled [[15 of the 24 checkpoints|other;a=the Bishnupur district administration;n=checkpoints]]
    between the two districts. The army said [[about 35 bunkers|other;a=The army;u=structure]]
    on both sides had been destroyed. [[Nearly 700 people|displaced;a=the army]] from the villages
    remain in camps, the army said. Kuki-Zo village chiefs in Churachandpur said
    [[some 300 Kuki-Zo residents|returned;a=Kuki-Zo village chiefs in Churachandpur]] had gone back
    to Langza and Kangvai's tribal hamlets. [[Two battalions|combatants;u=other]] of the Assam
    Rifles remain in the area.""",
)

item(
    "Relief camps to close by March, says chief secretary",
    """The chief secretary said on Monday that the remaining
    [[142 relief camps|capacity;a=The chief secretary]] in Manipur would close by March and their
    [[roughly 31,000 residents|displaced;a=The chief secretary]] would be moved home or into
    prefabricated houses. [[About 18,000 people|returned;a=The chief secretary]] have returned since the resettlement
    plan began, he said. Kuki-Zo groups say [[tens of thousands|displaced;a=Kuki-Zo groups;n=-]]
    cannot go back to Imphal, where they lived before {{2023}}. [[Several hundred families|displaced;a=Meitei groups]]
    from Churachandpur and Moreh also have no home to return to, Meitei groups said. The state has
    sought [[1,200 more prefabricated units|capacity;a=The state;p]] from the Centre.""",
)

item(
    "Relief allowance for camp residents raised",
    """The Manipur government has raised the daily allowance for residents of relief camps from
    {{Rs 80}} to {{Rs 100}} from {{April 1}}. The revised rates were approved by the cabinet on
    {{March 18}}. Children under {{six}} will receive {{Rs 60}} a day. The cost of the increase is
    put at {{Rs 45 crore}} a year. Officials said the rates had not been revised since
    {{June 2023}}, when inflation in the state was {{9.2%}}.""",
)

item(
    "Camp health day: doctors see residents for fifth year",
    """The annual health camp at the Moirang relief camps opened on {{November 12}}, the
    {{fifth}} since the violence began. Doctors held clinics from {{9 am}} to {{4 pm}} for {{three
    days}}. The oldest patient was {{91}} and the youngest {{two weeks}} old. Blood pressure readings
    above {{140/90}} were found in {{one in four}} adults over {{40}}, the organisers said.""",
)
