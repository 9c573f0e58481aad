"""The central Sahel (Burkina Faso, Mali, Niger, Mauritania): army communiques, massacres,
abductions, blockades, displacement and return, schools, hunger (12 articles with figures, 1
without)."""

from _wrap import item

item(
    "Army says over 70 terrorists neutralised in Soum offensive",
    """The Armed Forces of Burkina Faso said on Sunday that [[more than 70
    terrorists|killed;a=The
    Armed Forces of Burkina Faso]] had been neutralised during an air and ground operation
    conducted from {{14 to 17 September 2023}} in the province of Soum. In a communique read on
    the national television RTB, the general staff said the operation, carried out by units of
    the {{14th}} Rapid Intervention Battalion with the support of Volunteers for the Defence of
    the Homeland (VDP), targeted bases used by armed groups around Arbinda and Koutougou.
    Unfortunately, [[nine soldiers|killed;a=the general staff]] and [[four VDP|killed;a=the
    general staff]] lost their lives, while [[17 others|injured;a=the general staff]] were
    wounded and evacuated, the general staff added. The army said it had recovered [[34
    motorcycles|other;a=The army]], [[three pick-up trucks|other;a=The army]] fitted with
    machine
    guns and [[several hundred rounds|other;a=The army]] of ammunition. According to the
    communique, the offensive also allowed [[some 1 200 displaced persons|returned;a=the
    communique]] to return to their homes in the commune of Koutougou. The province of Soum,
    which borders Mali, has been among the hardest hit by the violence that began in {{2015}},
    and its capital Djibo has lived under a blockade for more than a year. Residents reached by
    telephone in Djibo said [[two convoys|aid;a=Residents]] had reached the town since the start
    of the month, escorted by the army. In its communique, the general staff paid tribute to
    the "fallen heroes" and urged the population to keep sharing information with the Defence
    and Security Forces, saying the reconquest of the national territory was "irreversible".
    The VDP, a civilian auxiliary force created by law in {{January 2020}}, have paid a heavy
    price in the fighting, and rights groups accuse some of its units of abuses against Fulani
    civilians. Independent verification of the figures is impossible,
    as access to the area is restricted and the authorities led by Captain Ibrahim Traore, who
    took power in {{September 2022}}, have suspended several foreign media. In April, a rights
    group accused soldiers of killing [[at least 150 civilians|killed;a=a rights group]] in the
    village of Karma, a charge the government rejected.""",
)

item(
    "Bandiagara: villagers count their dead after night attack",
    """[[Thirty-two people|killed;a=local officials]] were killed on Tuesday night in an attack
    on
    the village of Tegourou, in the commune of Dianwely, circle of Bandiagara, local officials
    told Studio Tamani. The assailants, estimated at [[about a
    hundred|combatants;n=-;a=witnesses]]
    by witnesses, arrived on motorbikes at around {{7pm}} and opened fire on residents who had
    gathered near the mosque. Among the victims are [[11 women|killed;a=the mayor of Dianwely]]
    and [[six children|killed;a=the mayor of Dianwely]], according to the mayor of Dianwely, who
    asked that his name not be published for security reasons. [[Eight wounded|injured]] were
    taken to the referral health centre in Bandiagara, some {{70 km}} away, where they were
    still
    being treated on Wednesday. The attackers also set fire to [[dozens of
    granaries|housing;u=structure;a=residents]] and drove away [[several hundred head of
    cattle|other;a=residents]], residents said. Since the attack, [[more than 400
    families|displaced;a=the village chief]] have fled to Bandiagara town and to Sevare, the
    village chief said, adding that Tegourou was now "almost empty". The Malian army said in a
    statement that it had sent reinforcements to the area and that several suspects had been
    arrested. Central Mali has been plagued since {{2015}} by violence between jihadist groups
    linked to al-Qaeda, self-defence militias and the army, with Dogon and Fulani communities
    accusing each other of complicity with the armed men. In {{June 2022}}, attacks on [[three
    villages|other;a=the government]] in the neighbouring circle of Bankass killed [[132
    civilians|killed;a=the government]], according to the government.""",
)

item(
    "Niger: gunmen on motorbikes kill villagers returning from market",
    """Gunmen on motorbikes killed [[58 people|killed;a=the government]] returning from a weekly
    market in western Niger, near the border with Mali, the government said on Tuesday,
    declaring {{three days}} of national mourning. The attackers intercepted [[four
    vehicles|other;a=the interior ministry]] carrying traders home from the Banibangou market on
    Monday afternoon and executed the passengers, before moving on to the village of Darey-Daye
    where they set fire to granaries, the interior ministry said in a statement read on state
    television. It said [[one person|injured;a=the interior ministry]] had survived with wounds
    and had been evacuated to Niamey, about {{200 kilometres}} to the south-east. Local sources
    told AFP that the toll could rise, with [[10 to 15 people|missing;a=Local sources]] still
    unaccounted for. No group claimed responsibility, but the Islamic State in the Greater
    Sahara
    has carried out similar massacres in the region since the start of {{2021}}. In January,
    [[some 100 civilians|killed]] were killed in villages of the same department, and in March,
    attacks in the Tahoua region claimed [[141 lives|killed]]. The UN refugee agency said this
    month that [[more than 600,000 people|displaced;a=The UN refugee agency]] were now
    internally displaced across the country, including [[about 104,000|displaced;a=The UN
    refugee agency]] in Tillaberi alone, and that [[nearly 250,000 refugees|displaced;a=The UN
    refugee agency]] from Mali and Nigeria were sheltering in Niger. President Mohamed Bazoum,
    who was sworn in in April, has promised to take the fight to the jihadists, and his
    government has said it plans to recruit [[2,500 additional soldiers|combatants;p;a=his
    government]] before the end of the year.""",
)

item(
    "Burkina Faso: soldiers killed as supply convoy to besieged Djibo is ambushed",
    """Suspected Islamist militants attacked a convoy of [[about 150 trucks|aid;a=the
    government]] carrying food and fuel to the besieged northern town of Djibo on Monday,
    killing [[11 soldiers|killed;a=the government]], the government said late on Tuesday.
    [[Twenty-eight people|injured;a=a government spokesman]] were wounded and [[about 50
    civilians|missing;a=a government spokesman]] who were travelling with the convoy were still
    missing, a government spokesman said. The convoy, escorted by the army, had left the capital
    Ouagadougou {{a week}} earlier and was carrying supplies for the town's [[estimated 300,000
    residents|civilians;q=approx]], many of them displaced people who fled surrounding
    villages. Djibo, near the border with Mali, has been under blockade by fighters of the
    al-Qaeda-linked JNIM since {{February 2022}}, and residents say some families have been
    reduced to
    eating leaves. The World Food Programme said it had airlifted [[about 60 tonnes|aid;a=The
    World Food Programme]] of food to the town by helicopter since July, a fraction of the
    needs. A resident reached by phone said [[at least 30 children|killed;a=A resident]] had
    died of hunger-related illness in the past {{two months}}, a figure Reuters could not
    verify. Across Burkina Faso, [[nearly 1 million people|civilians;a=aid agencies]] live in
    areas under blockade, aid agencies estimate. The government's emergency relief agency,
    CONASUR, counted [[more than 1.9 million internally displaced
    people|displaced;v=1900000;a=CONASUR;alt=The government's emergency relief agency]] in June,
    about {{10%}} of the population. In June, gunmen killed [[at least 86 people|killed]] in
    Seytenga, near the border with Niger, {{five months}} after army officers led by Lieutenant
    Colonel Paul-Henri Damiba seized power promising to restore security.""",
)

item(
    "Education in emergencies: over 6,000 schools still closed, says ST-ESU",
    """As of {{31 March 2023}}, [[6 149 schools|other;a=the Technical Secretariat for Education
    in
    Emergencies]] were closed across Burkina Faso because of insecurity, affecting [[more than 1
    million pupils|civilians;a=the Technical Secretariat for Education in Emergencies]] and [[31
    000 teachers|civilians;a=the Technical Secretariat for Education in Emergencies]], according
    to the latest report of the Technical Secretariat for Education in Emergencies (ST-ESU).
    This
    represents {{22.3%}} of the country's schools, the report notes. The Sahel region remains
    the most affected, with [[2 500 schools|other;a=the document;alt=the Technical Secretariat
    for Education in
    Emergencies]] closed, followed by the Est with [[1 185|other;n=-;u=structure;a=the
    document;alt=the Technical Secretariat for Education in Emergencies]], according to the
    document. Over the
    same period, [[some 460 schools|other;a=the secretariat;alt=the Technical Secretariat for
    Education
    in Emergencies]] have reopened in areas where
    security has improved, the secretariat says. The National Council for Emergency Relief and
    Rehabilitation (CONASUR) had registered [[2 062 534 internally displaced
    persons|displaced;a=The National Council for Emergency Relief and Rehabilitation]] by the
    end of March, {{58.9 per cent}} of them children. To keep learning going, the ministry says
    [[more than 180 000 displaced pupils|displaced;a=the ministry]] have been enrolled in
    schools
    in host localities, where classes sometimes exceed {{120 pupils}} per teacher. UNICEF, for
    its part, has supplied [[2 700 tents|aid]] used as temporary classrooms in the Centre-Nord
    and the Nord. "Children who have been out of school for {{three or four years}} will not
    come back easily," warned a teacher in Kaya, who asked that his name not be published.""",
)

item(
    "Menaka: thousands flee as Islamic State fighters advance",
    """[[Thousands of civilians|displaced]] have converged on the town of Menaka over the past
    {{three weeks}}, fleeing an offensive by the Islamic State in the Sahel in the communes of
    Tidermene and Anderamboukane, local officials told RFI. According to the regional
    authorities, [[some 3 800 households|displaced;a=the regional authorities]], or [[between 20
    000 and 23 000 people|displaced;a=the regional authorities]], have arrived since early
    September, most
    of them women and children who travelled on foot or by donkey cart. "We have nothing to give
    them, they sleep under the trees around the town," said a humanitarian worker, who counted
    [[four new sites|capacity;a=a humanitarian worker]] set up on the outskirts in {{ten days}}.
    The MSA and GATIA, two armed groups that signed the {{2015}} peace agreement, say they have
    lost [[more than 200 fighters|killed;a=The MSA and GATIA]] since March trying to stop the
    jihadists. A local elected official put the number of civilians killed since March at
    [[several hundred|killed;a=A local elected official]], while the UN mission, MINUSMA,
    documented [[at least 374 civilian deaths|killed;a=MINUSMA;alt=the UN mission]] in the
    region over the {{first half of the year}}. The road from Gao, {{300 km}} away, is regularly
    mined, and OCHA said [[only 12 trucks|aid;a=OCHA]] of food had reached the town since
    August. Menaka, which had a population of [[about 45 000|civilians]] before the crisis,
    lost its last French troops in {{June 2022}}, when the Barkhane force left after {{nine
    years}} in Mali.""",
)

item(
    "Passengers abducted on Niono-Diabaly road freed after three days",
    """Armed men on Sunday released [[the 37 passengers|kidnapped;a=a member of the local
    mediation committee]] of a bus abducted on Thursday on the road between Niono and Diabaly,
    in
    the Segou region, a member of the local mediation committee told Studio Tamani. The bus,
    belonging to a Bamako transport company, had left Nampala at around {{9am}} when it was
    stopped by [[about fifteen armed men|combatants;a=survivors]] on motorbikes, survivors said.
    [[Nine women|kidnapped;a=residents]] and [[four children|kidnapped;a=residents]] were let go
    on the spot, while the men were taken into the bush towards the Wagadou forest, residents
    said. The driver, {{aged 52}}, said the men had been questioned one by one about their links
    with the army and with the Dozo hunters' militias. He said [[two passengers|killed;a=The
    driver]] who tried to run away had been shot dead. The committee said no ransom had been
    paid. It is the {{third}} mass abduction on this road since the start of {{2021}}. In
    February, [[more than 30 passengers|kidnapped]] were seized near Diafarabe and [[four of
    them|killed;n=-]] were later found dead. According to the UN humanitarian coordination,
    insecurity has forced [[some 45 000 people|displaced;a=the UN humanitarian coordination]]
    from their homes in the Segou region, and [[more than 200 schools|other;a=the UN
    humanitarian coordination]] have closed there.""",
)

item(
    "Niger: 21 soldiers killed in attack on Tassia post, ministry says",
    """[[Twenty-one soldiers|killed;a=the Ministry of Defence]] lost their lives on Thursday,
    {{20 March 2025}}, in an attack by [[several hundred terrorists|combatants;a=the Ministry of
    Defence]] on a military post at Tassia, in the Tillaberi region, the Ministry of Defence
    said
    in a communique read on state television. [[Seven soldiers|injured;a=the ministry;alt=the
    Ministry of Defence]] were wounded and evacuated to Niamey, the ministry added. In the
    riposte, [[about 30 terrorists|killed;a=the army]] were neutralised and [[two dozen
    motorcycles|other;a=the army]] destroyed, according to the army, which said air support had
    been called in. The attack is among the deadliest since the National Council for the
    Safeguard of the Homeland (CNSP) took power on {{26 July 2023}}. In {{December 2024}}, an
    attack on the Chatoumane post killed [[29 soldiers|killed;a=the authorities]], according to
    the authorities. Independent monitors say the official tolls understate losses. The Armed
    Conflict Location and Event Data Project counted [[more than 1,500 deaths|killed;a=The Armed
    Conflict Location and Event Data Project]] in the Tillaberi region in {{2024}}, almost
    {{twice}} the figure for {{2022}}. Humanitarian agencies say that [[at least 130
    schools|other;a=Humanitarian agencies]] and [[27 health centres|other;a=Humanitarian
    agencies]] have closed in the region.""",
)

item(
    "Barsalogho: toll of attack on trench diggers disputed",
    """The toll of Saturday's attack on residents digging a defensive trench around the town of
    Barsalogho, in north-central Burkina Faso, remained unclear on Tuesday, as the authorities
    have given no official figure. A security source told AFP that [[at least 200
    people|killed;a=A security source]] had died, including [[about 20 soldiers|killed;a=A
    security source]] and VDP, while a collective of victims' relatives put the toll at
    [[between 400 and 600|killed;a=a collective of victims' relatives]]. JNIM, the
    al-Qaeda-linked group,
    said in a claim of responsibility that it had killed [[some 300 militiamen|killed;a=JNIM]].
    The residents had been ordered by the army to dig the trench, several kilometres long, to
    protect the town. Videos shared on social networks showed [[dozens of bodies|killed]] lying
    in the trench and around it. The regional hospital in Kaya, {{45 km}} away, received [[more
    than 140 wounded|injured;a=a health worker]], a health worker said. Before the attack, the
    commune was hosting [[more than 80 000 internally displaced persons|displaced;a=OCHA]],
    according to OCHA. Since Saturday, [[hundreds of families|displaced;a=residents]] have left
    for Kaya, residents said. The attack of {{24 August 2024}} is the deadliest in the country
    since the captain's coup of {{September 2022}}.""",
)

item(
    "Mbera camp strained as Malians keep crossing into Mauritania",
    """[[More than 55,000 Malian refugees|displaced;a=the UN refugee agency]] have arrived in
    south-eastern Mauritania since the start of the year, the UN refugee agency said on Friday,
    pushing the Mbera camp and surrounding villages to the limit. The agency said arrivals had
    peaked in February at [[around 1,000 people a day|displaced;a=The agency;alt=the UN refugee
    agency]], as fighting between the Malian army, backed by Russian paramilitaries, and
    jihadist groups spread across the Timbuktu region. Mbera, opened in {{2012}} about {{50
    km}} from the border town of Fassala, now shelters [[over 110,000 people|displaced]], well
    above [[the 70,000|capacity]] it was built for. [[Another 45,000|displaced]] are living
    outside the camp, in villages of the Bassikounou department whose own population is [[about
    60,000|civilians]]. A {{34-year-old}} woman from Lere said she had walked for {{four days}}
    with her children after armed men burned her village. The World Food Programme said it had
    been forced to halve rations for [[about 72,000 refugees|aid;a=The World Food Programme]] in
    the camp in June for lack of funding. Its appeal for Mauritania, {{$38 million}}, is only
    {{15%}} funded. UNHCR and the authorities have registered [[1,240 unaccompanied
    children|displaced;a=UNHCR and the authorities]] among the new arrivals in {{2024}}.""",
)

item(
    "Over 1 500 households return to their villages in Centre-Nord",
    """A total of [[1 537 households|returned;a=the governor of the Centre-Nord region]], or
    [[9 843 persons|returned;a=the governor of the Centre-Nord region]], have returned to their
    villages of origin in the provinces of Sanmatenga and Bam since {{January 2024}}, the
    governor of the Centre-Nord region said on Thursday in Kaya. Speaking at a ceremony to hand
    over kits to returnees, he said the return had been made possible by the "reconquest of the
    territory" by the Defence and Security Forces and the VDP. The government and its partners
    distributed [[1 600 kits|aid]], each made up of {{50 kg}} of rice, {{25 kg}} of maize and
    cooking oil, as well as a cash transfer of {{75 000 CFA francs}} per household. In the
    commune of Dablo alone, [[some 600 households|returned;a=the mayor]] have come back, the
    mayor said, and [[four schools|other;a=the mayor]] have reopened. Nationwide, the government
    says [[more than 400 000 displaced persons|returned;a=the government]] have returned home
    since {{2023}}, a figure humanitarian organisations have not been able to verify. Boureima
    Sawadogo, {{47}}, who spent {{three years}} on a site for displaced people in Kaya, told Le
    Faso that he found his house standing but his granary looted. The Centre-Nord still hosts
    [[more than 560 000 IDPs|displaced;a=the regional directorate of humanitarian action]],
    according to the regional directorate of humanitarian action. Security remains fragile: in
    May, [[six VDP|killed]] were killed in an ambush near Dablo.""",
)

item(
    "Mali: analysis warns of catastrophic hunger in Menaka lean season",
    """[[Nearly 2,600 people|civilians;p;a=the Cadre Harmonise analysis]] in the Menaka region
    are expected to face catastrophic hunger, classified in {{Phase 5}}, during the
    {{June-August}} lean season, according to the Cadre Harmonise analysis published on Friday
    by the government and its partners. Nationwide, [[1.3 million
    people|civilians;p;v=1300000;a=the analysis;alt=the Cadre Harmonise analysis]] are projected
    to be in crisis or worse ({{Phase 3 to 5}}) over the period, the analysis found. Menaka has
    been largely cut off for months: the road to Gao is mined and convoys are regularly
    attacked. Prices of millet have risen by {{40%}} in a year, and a {{100 kg}} bag of rice now
    costs {{45 000 CFA francs}}, traders told Studio Tamani. The World Food Programme said it
    planned to assist [[1.1 million people|aid;p;v=1100000;a=The World Food Programme]] across
    Mali this year but had received only {{23%}} of the {{$182 million}} it needs. Nutrition
    agencies expect [[about 400,000 children|civilians;p;a=Nutrition agencies]] {{under five}}
    to suffer from acute malnutrition in {{2024}}, [[nearly 100,000 of
    them|civilians;p;n=-;a=Nutrition agencies]] severely. At the Menaka referral health centre,
    [[38 children|injured;a=a doctor]] were admitted for severe acute malnutrition in May, a
    doctor said, against [[12|injured;a=a doctor]] in the same month last year. The region also
    hosts [[more than 30,000 displaced people|displaced]] who fled the fighting of the past
    {{two years}}.""",
)

item(
    "Segou governor extends night curfew by another month",
    """The governor of the Segou region on Monday extended by {{30 days}} the curfew imposed on
    the city since {{15 January}}, citing the persistence of security threats around the
    regional capital. Movement of people and vehicles is banned from {{20:00}} to {{06:00}},
    and motorbikes may not circulate within a radius of {{20 km}} of the city between those
    hours. The measure, the {{third}} extension since the curfew was first imposed in {{2023}},
    was announced in a decision signed on {{12 February 2024}} and read on regional radio.
    Traders in the central market say business has fallen by {{40%}} since the curfew began,
    as customers from surrounding villages no longer come after dusk. Motorcycle taxi drivers,
    most of them aged {{18 to 25}}, are hardest hit. "I used to earn {{2 500 CFA francs}} a day,
    now I am lucky to make half of it," said a driver, {{aged 23}}. Civil society groups have
    asked the authorities to shorten the curfew during the month of Ramadan, which begins
    around {{11 March}}. The governor said the measure would be reviewed at the end of the
    {{30-day}} period.""",
)
