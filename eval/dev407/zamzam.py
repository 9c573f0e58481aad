"""Zamzam camp: famine, the RSF assault of April 2025, and the flight to Tawila and Jebel Marra."""

from _wrap import item

item(
    "Famine confirmed in Darfur's Zamzam camp",
    """The Famine Review Committee said on {{August 1, 2024}} that famine conditions,
    {{IPC Phase 5}}, were present in Zamzam camp, which shelters [[an estimated 500,000
    displaced people|displaced;a=Famine Review Committee]] south of El Fasher. It was the first
    famine determination anywhere in the world since {{2017}}. MSF, which estimated in February
    that [[at least 13 children a day|killed;a=MSF]] were dying in the camp, said the finding
    came months too late. WFP said it had been unable to deliver food to the camp since April,
    with [[more than 100 trucks|aid;a=WFP]] held up on the roads from Chad and Port Sudan. The
    committee said famine was also likely in Abu Shouk and Al Salam camps, which house [[about
    250,000 people|displaced;a=The committee;alt=Famine Review Committee]]. It said [[14 other
    areas|other;a=Famine Review Committee;u=other]] of Sudan were at risk of famine. Across the
    country, [[25.6 million people|civilians;a=the IPC]] face acute hunger, according to the
    IPC.""",
)

item(
    "MSF: Zamzam's children dying faster than teams can treat them",
    """Médecins Sans Frontières said it had treated [[2,911 children|aid;a=Médecins Sans
    Frontières]] for severe acute malnutrition in Zamzam in the {{first half of 2024}}. The
    charity said [[more than 5,000 children|civilians;a=The charity;alt=Médecins Sans
    Frontières]] in the camp were severely malnourished and that its field hospital, with [[60
    beds|capacity;a=The charity;alt=Médecins Sans Frontières]], was caring for [[more than 110
    patients|aid;a=The charity;alt=Médecins Sans Frontières]] at a time. UNICEF said it had
    delivered [[9,000 cartons|aid;a=UNICEF]] of ready-to-use therapeutic food to the camp,
    enough to treat [[9,000 children|aid;p;a=UNICEF]] for {{six weeks}}. Community leaders said
    [[about 35 people|killed;a=Community leaders]] had died of hunger in the camp's northern
    sector in the past week. "Mothers walk for hours to reach us, and some arrive too late,"
    said Claire Nicolet, who heads the MSF emergency desk.""",
)

item(
    "RSF storms Zamzam camp; hundreds killed, UN says",
    """RSF fighters stormed Zamzam camp, south of El Fasher, on {{April 11}} and killed [[more
    than 400 people|killed;a=UN]] over {{three days}}, according to the UN. Among the dead were
    [[nine Relief International staff|killed;a=the organisation;alt=Relief International]],
    including doctors and drivers, who were killed at the charity's clinic, the organisation
    said. IOM said [[between 60,000 and 80,000 households|displaced;a=IOM]], or [[up to 400,000
    people|displaced;a=IOM]], had fled the camp. The RSF said it had "liberated" Zamzam and
    captured [[dozens of fighters|arrested;a=The RSF]] who were using it as a base. Satellite
    images showed [[more than 1,700 structures|housing]] burned in the camp's central and
    southern sectors. [[Hundreds of people|missing;a=relatives]] are unaccounted for,
    relatives said.""",
)

item(
    "Exhausted and hungry, Zamzam survivors reach Tawila",
    """[[More than 180,000 people|displaced;a=OCHA]] from Zamzam have reached Tawila, about
    {{60 km}} west of El Fasher, OCHA said on {{April 22, 2025}}. MSF said [[nearly 400
    children|civilians;a=MSF]] screened on arrival had severe acute malnutrition. The Norwegian
    Refugee Council said Tawila, a town of [[about 70,000 people|civilians;a=The Norwegian
    Refugee Council]] before the war, now hosts [[more than 500,000 displaced
    people|displaced;a=The Norwegian Refugee Council]]. [[Some 30 people|killed;a=survivors]]
    died on the road from thirst, heat and attacks, survivors said. Aid groups have drilled
    [[14 water points|aid]] in the sites around the town. UNICEF said the sites needed [[at
    least 2,000 latrines|aid;p;a=UNICEF]] before the rains.""",
)

item(
    "Cholera spreads through Tawila's crowded sites",
    """MSF said [[more than 2,300 people|aid;a=MSF]] had been treated for cholera in Tawila since
    the outbreak was declared on {{June 22}}. [[At least 46 people|killed;a=the state health
    ministry]] have died of the disease, the state health ministry said. Camp managers said
    [[about 38,000 households|displaced;a=Camp managers]] live in [[12 informal
    sites|capacity;a=Camp managers]] around the town. [[Only 1,100 latrines|aid;a=the Norwegian
    Refugee Council]] have been built, the Norwegian Refugee Council said. UNHCR said it would
    distribute [[25,000 shelter kits|aid;p;a=UNHCR]] before the heaviest rains in August. The
    health ministry said it expected [[up to 8,000 cases|other;p;a=The health ministry]] by the
    end of the season if water supplies did not improve.""",
)

item(
    "WFP convoy reaches Zamzam for the first time in months",
    """A WFP convoy of [[11 trucks|aid;a=WFP]] carrying [[about 400 tonnes|aid;a=WFP]] of
    sorghum and pulses reached Zamzam on Tuesday, WFP said. The food is enough for [[about
    45,000 people|aid;p]] for a month. The agency said [[another 18 trucks|aid;a=The
    agency;alt=WFP]] were stuck in Kabkabiya after the RSF demanded new permits. [[Two
    children|killed;a=Adam Rojal]] were killed when shells hit a school used as a shelter in
    the camp's {{Block 6}}, said Adam Rojal, spokesman for the General Coordination for
    Displaced Persons and Refugees in Darfur. [[About 3,000 families|displaced]] arrived in the
    camp from El Fasher that week, and [[a further 700|displaced]] were sleeping in the open at
    its northern gate.""",
)

item(
    "What does it take to declare a famine?",
    """The Integrated Food Security Phase Classification, or IPC, ranks hunger on a scale of
    {{five phases}}, from minimal to famine, {{Phase 5}}. An area is classified as being in
    famine when {{20%}} of households face an extreme lack of food, {{30%}} of children are
    acutely malnourished, and {{two deaths per 10,000 people per day}} are recorded. The scale
    was first used in Somalia in {{2004}}. Famine was declared there in {{2011}} and in parts of
    South Sudan in {{2017}}. When data cannot be collected, as in much of Darfur, the Famine
    Review Committee can judge famine "plausible" or "likely". The committee usually needs
    {{two to three weeks}} to review the evidence.""",
)

item(
    "MSF suspends work in Zamzam after attacks on camp",
    """MSF suspended its work in Zamzam on {{February 24, 2025}} after days of RSF attacks on the
    camp. The charity said its field hospital, the only one in the camp, had treated [[more than
    140 people|injured;a=The charity;alt=MSF]] wounded by shelling in the previous fortnight.
    [[Two MSF community health workers|killed;a=MSF]] were killed, MSF said. The RSF shelled the
    camp's market on {{February 11}}, killing [[at least 12 people|killed]] and destroying
    [[about 80 shops|housing]]. The camp coordination body said [[5,000 families|displaced;a=The
    camp coordination body]] had left for Tawila and Jebel Marra. MSF said it had been
    treating [[some 2,000 children|aid;a=MSF]] for malnutrition in its outpatient programme.
    "We are leaving behind people we know will die," said a nurse.""",
)

item(
    "Satellite images show Zamzam burned and emptied",
    """Yale's Humanitarian Research Lab said satellite imagery showed that [[about 2,400
    structures|housing;a=Yale's Humanitarian Research Lab]] in Zamzam were burned between
    {{April 11 and 14}}. The lab said the camp's main market and [[at least four
    mosques|housing;a=The lab;alt=Yale's Humanitarian Research Lab]] had been destroyed. IOM's
    DTM estimates [[fewer than 10,000 people|displaced;a=IOM's DTM]] remain in the camp, down
    from [[about 450,000|displaced;a=IOM's DTM]] before the assault. Adam Rojal, a spokesman for
    the displaced, said [[1,300 people|missing;a=Adam Rojal]] from Zamzam had not been found.
    The RSF said it would return [[tens of thousands of displaced people|returned;p;a=The RSF]]
    to their home villages once the area was "secure". [[Sixteen of the camp's
    schools|housing;n=schools;a=UNICEF]] were also damaged, according to UNICEF.""",
)

item(
    "Women who fled Zamzam describe abductions",
    """The UN Population Fund (UNFPA) said it had received reports that [[at least 25
    women|kidnapped;a=UN Population Fund (UNFPA)]] were abducted from Zamzam during the assault.
    Survivors interviewed by Amnesty International in Tawila said [[dozens of
    girls|kidnapped;a=Survivors]] had been taken away on RSF vehicles. Fatima Yagoub, {{23}},
    said she and [[six other women|kidnapped;a=Fatima Yagoub]] were held for {{nine days}} in a
    house in Kabkabiya before their families paid {{1.5 million Sudanese pounds}} each. UNFPA
    said [[more than 400 survivors|other;a=UNFPA]] of sexual violence had sought help at its
    centres in Tawila since April. [[Some 80 men|arrested;a=relatives]] were detained by
    fighters at the camp's western exit, relatives said. UNFPA distributed [[4,000 dignity
    kits|aid]] in Tawila in May.""",
)

item(
    "Rains destroy thousands of shelters in Tawila's camps",
    """Heavy rains destroyed [[about 3,000 shelters|housing;a=the Norwegian Refugee Council]] in
    Tawila's displacement sites overnight on Sunday, the Norwegian Refugee Council said. IOM
    said [[12,500 households|civilians;a=IOM]] had been affected. The town now hosts [[an
    estimated 650,000 displaced people|displaced;a=OCHA]], according to OCHA. OCHA said [[only
    27 trucks|aid;a=OCHA]] had reached Tawila in June, against the [[150|aid;p;a=OCHA;u=other]]
    it said were needed. [[At least seven people|killed]] died when a mud wall collapsed on a
    shelter. The Sudanese Red Crescent said it had [[about 200 volunteers|other;a=Sudanese Red
    Crescent]] in the town, but only [[two water trucks|aid;a=Sudanese Red Crescent]].""",
)

item(
    "Jebel Marra's villages take in those fleeing Zamzam",
    """The Sudan Liberation Movement-Abdel Wahid, which controls much of Jebel Marra, said [[more
    than 300,000 people|displaced;a=Sudan Liberation Movement-Abdel Wahid]] had arrived in areas
    it holds since April. WFP said its last convoy to the mountains, of [[nine
    trucks|aid;a=WFP]], arrived in March. The movement says it has [[10,000 to 12,000
    fighters|combatants;a=The movement;alt=Sudan Liberation Movement-Abdel Wahid]] and does not
    take sides in the war. It said a landslide in the village of Tarasin on {{August 31,
    2025}} had killed [[about 1,000 people|killed;a=Sudan Liberation Movement-Abdel Wahid]].
    Villages around Tarasin held [[some 45,000 people|displaced]] who had fled El Fasher and
    Zamzam. Médecins du Monde said it had seen [[1,800 patients|aid;a=Médecins du Monde]] at its
    mobile clinic in Golo in August.""",
)

item(
    "A few thousand return to villages around El Fasher as RSF urges 'return'",
    """IOM's DTM said [[about 9,000 people|returned;a=IOM's DTM]] had gone back to villages around
    El Fasher in {{January 2026}}, most of them older people and women hoping to plant before the
    rains. The RSF-led administration in Nyala said [[120,000 displaced
    people|returned;p;a=The RSF-led administration in Nyala]] would be taken back to their home
    villages this year. UNHCR said [[some 3,500 Sudanese refugees|returned;a=UNHCR]] had crossed
    back from Chad's Wadi Fira province in December and January. Aid groups warned that [[at
    least 40 villages|other;a=Aid groups]] in the area had been burned and lacked water.
    [[Fewer than 200 families|displaced;a=a community leader]] remain in the ruins of Zamzam, a
    community leader said. UNMAS said it had found [[more than 70 unexploded
    shells|other;a=UNMAS]] in the camp.""",
)

item(
    "Aid cuts close kitchens and clinics in Tawila",
    """Cuts in US funding have forced the closure of [[17 community kitchens|other;a=the
    Emergency Response Rooms;u=structure]] in Tawila, the Emergency Response Rooms said. WFP said
    it needed {{$700 million}} over the next {{six months}} to feed [[3.5 million
    people|aid;p;a=WFP]] in Darfur and Kordofan. The agency has cut rations to {{70%}} of a
    full basket for [[1.8 million people|aid;a=The agency;alt=WFP]]. In Tawila, [[about 230,000
    people|aid]] received food in October, down from [[310,000|aid]] in August. The
    International Rescue Committee said it had closed [[four clinics|other;a=International
    Rescue Committee]] in the town. [[Between 40 and 50 children|killed;a=the Emergency Response
    Rooms]] die of hunger and disease in the sites each week, the Emergency Response Rooms
    estimate.""",
)

item(
    "UN fact-finding mission says at least 1,500 killed in Zamzam assault",
    """The UN Independent International Fact-Finding Mission for the Sudan said [[at least 1,500
    people|killed;a=UN Independent International Fact-Finding Mission for the Sudan]] were killed
    during the {{three-day}} RSF assault on Zamzam in {{April 2025}}. The mission said it had
    interviewed [[more than 100 survivors|other;a=The mission;alt=UN Independent International
    Fact-Finding Mission for the Sudan]] in Chad and Tawila. It said fighters had executed [[at
    least 150 men|killed;a=UN Independent International Fact-Finding Mission for the Sudan]] and
    abducted [[dozens of women and girls|kidnapped;a=UN Independent International Fact-Finding
    Mission for the Sudan;n=women and girls]]. [[At least 14 aid workers|killed;a=the
    mission;alt=UN Independent International Fact-Finding Mission for the Sudan]] were among the
    dead, the mission said. The RSF rejected the findings and said [[only 47
    people|killed;a=The RSF]] had died, all of them combatants.""",
)

item(
    "Pound slides, and prices in Tawila's market follow",
    """The Sudanese pound traded at about {{3,400}} to the dollar in Nyala in {{December 2025}},
    against {{570}} before the war, traders said. In Tawila, a {{3.5-kilogram}} malwa of sorghum
    cost {{25,000 pounds}}, up {{60%}} in {{three months}}. A litre of fuel sold for
    {{12,000 pounds}}, and a {{20-litre}} jerrycan of water for {{2,000 pounds}}. Wages for
    farm work, when there is any, are about {{5,000 pounds}} a day. The World Bank expects the
    economy to shrink by a further {{4%}} in {{2026}} after contracting by more than
    {{40%}} since {{2023}}.""",
)
