"""The Horn of Africa, Sudan and the Great Lakes (Somalia, Ethiopia, Sudan, South Sudan, Chad's
east, DR Congo, Burundi): sieges, drone strikes, massacres, cattle raids, camps, returns and
refugee flows, drought (13 articles with figures, 1 without)."""

from _wrap import item

item(
    "Mogadishu hotel siege ends after 30 hours; death toll rises to 21",
    """Somali security forces on Sunday ended a {{30-hour}} siege of a hotel in Mogadishu's
    Hodan
    district by al-Shabaab militants, as the government raised the death toll to
    [[21|killed;a=the government]]. Health Minister Ali Haji Adan told reporters that [[117
    people|injured;a=Health Minister Ali Haji Adan]] had been wounded, [[15 of
    them|injured;n=-;a=Health
    Minister Ali Haji Adan]] critically, and that most of the dead were civilians who had been
    chewing khat or eating in the hotel's restaurant when the attack began on Friday evening.
    Police spokesman Abdifatah Aden said security forces had rescued [[106
    hostages|kidnapped;a=Police spokesman Abdifatah Aden]], including [[13
    children|kidnapped;a=Police
    spokesman Abdifatah Aden]], from the upper floors. He said [[all six
    attackers|killed;a=Police
    spokesman Abdifatah Aden]] had been killed, the last of them early on Sunday. Al-Shabaab,
    which claimed responsibility through its Andalus radio, said its fighters had killed [[more
    than 50|killed;a=Al-Shabaab]] "apostate officials and soldiers". Witnesses said parts of the
    hotel, a {{four-storey}} building, collapsed during the fighting. The attack was the
    deadliest since President Hassan Sheikh Mohamud returned to office in {{May 2022}}, vowing
    "total war" on the group. His government has said that its offensive with the support of
    clan militias, known as macawisley, has freed [[more than 60 towns|other;a=His
    government]] in the central regions since {{August}}. The African Union mission, ATMIS, has
    [[about 18,000 troops|combatants]] in Somalia, due to hand over security to the Somali army
    by the end of {{2024}}.""",
)

item(
    "Baidoa camps swell as drought pushes Somalis off their land",
    """Displacement sites around Baidoa, in Somalia's South West State, are receiving [[more
    than
    500 families a week|displaced;a=camp managers]] fleeing the worst drought in {{four
    decades}}, camp managers say. The town now hosts [[about 600,000 internally displaced
    people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    spread
    across [[more than 550 sites|capacity;a=the UN Office for the Coordination of Humanitarian
    Affairs (OCHA)]], according to the UN Office for the Coordination of Humanitarian Affairs
    (OCHA). Nationwide, [[1.1 million people|displaced;v=1100000;a=OCHA]] have been displaced by
    drought since {{January 2021}}, OCHA said, and [[7.8 million|civilians;v=7800000;a=OCHA]],
    nearly half the population, are affected. Many of the new arrivals had lost their herds and
    their last harvest. Abdi Mohamed, {{aged 60}}, said he had lost [[35 goats|killed;a=Abdi
    Mohamed]] and [[eight camels|killed;a=Abdi Mohamed]] to the drought before walking for
    {{four days}} to Baidoa with his wife and children. Health workers in Baidoa say [[at least
    40 children|killed;a=Health workers in Baidoa]] have died of malnutrition-related illness in
    the camps since June. Aid agencies warn that famine could strike the Baidoa and Burhakaba
    districts between October and December if the rains fail for a {{fifth}} consecutive season.
    The World Food Programme said it was reaching [[4.7 million people a
    month|aid;v=4700000;a=The World Food Programme]], but that it would have to cut assistance
    from {{November}} without new funding. The humanitarian appeal for Somalia in {{2022}}, at
    {{$2.2 billion}}, is only {{44 per cent}} funded.""",
)

item(
    "Residents say drone strike killed civilians in Amhara's Finote Selam",
    """A drone strike on a busy square in Finote Selam town, West Gojjam zone of the Amhara
    region,
    on Sunday killed [[at least 26 people|killed;a=residents and a health official]], residents
    and a health official told Addis Standard. Those killed included [[seven
    children|killed;a=residents]], residents said. The health official at Finote Selam hospital,
    who requested anonymity for fear of reprisals, said [[55 injured people|injured;a=The health
    official at Finote Selam hospital]] had been brought in, several of them in critical
    condition. The federal government has not commented. It declared a {{six-month}} state of
    emergency in Amhara in {{August 2023}} after fighting erupted between the Ethiopian National
    Defense Force (ENDF) and the Fano militia. The Ethiopian Human Rights Commission (EHRC) said
    in a report last month that [[at least 183 people|killed;a=The Ethiopian Human Rights
    Commission]] had been killed in the region in July and August. The commission said
    [[thousands of people|arrested;a=The commission;alt=The Ethiopian Human Rights Commission]],
    mostly young ethnic Amhara men, had been detained in Addis Ababa and other towns under the
    emergency decree. Humanitarian agencies say the fighting has blocked aid deliveries to
    [[about 1.5 million people|civilians;v=1500000;a=Humanitarian agencies]] in need in the
    north of the region. The UN said [[11 trucks|aid;a=The UN]] carrying food had been looted
    near Woldia in September. Amhara was also hosting [[about 700,000 people|displaced]]
    displaced by the {{2020-2022}} war in neighbouring Tigray.""",
)

item(
    "Tigray interim administration says IDPs begin return to Tselemti",
    """[[More than 4,300 internally displaced persons|returned;a=the Tigray Interim
    Administration]] returned this week to their homes in the Tselemti district of north-western
    Tigray, the Tigray Interim Administration said, in the {{first}} organised return to the
    area
    since the end of the war. The returnees, from [[1,080 households|returned;a=officials]],
    travelled from Shire in [[60 buses|other;a=officials]] escorted by federal troops, officials
    said. Each household was given {{3,000 birr}} and a {{three-month}} food ration. The
    administration said it planned to return [[about 20,000 more|returned;p;n=-;a=The
    administration;alt=the Tigray Interim Administration]] to Tselemti and Tsegede by the end of
    June. [[About 1 million people|displaced;a=the administration;alt=the Tigray Interim
    Administration]] remain displaced across Tigray, according to the administration, most of
    them from Western Tigray, which is controlled by Amhara forces and where returns have not
    begun. In and around Shire, the displaced live in [[over 300 schools|capacity]], leaving
    [[about 250,000 children|civilians]] without classrooms. The Pretoria agreement, signed in
    {{November 2022}}, ended a {{two-year}} war that killed [[hundreds of thousands of
    people|killed;a=researchers]], according to researchers. Tigrayan officials warned that
    delays in the returns, now in their {{third}} year, were fuelling anger in the camps in
    {{2025}}.""",
)

item(
    "Zamzam survivors reach Tawila as toll of RSF assault climbs",
    """[[More than 400,000 people|displaced;a=the International Organization for Migration]]
    have fled the Zamzam camp for the displaced, south of El Fasher, since the Rapid Support
    Forces (RSF) overran it on {{11 April}}, the International Organization for Migration said
    on Monday. Most have walked some {{60 kilometres}} to Tawila, where the Norwegian Refugee
    Council said [[about 180,000 new arrivals|displaced;a=the Norwegian Refugee Council]] had
    registered in a week. The Emergency Lawyers group said [[at least 400
    civilians|killed;a=The Emergency Lawyers group]] were killed in the assault, among them
    [[nine staff members|killed;a=The Emergency Lawyers group]] of Relief International who ran
    the camp's last health clinic. A resident of Zamzam who reached Tawila told Radio Dabanga
    that RSF fighters had detained [[dozens of young men|arrested;a=A resident of Zamzam]] at
    the
    camp's exits, accusing them of fighting for the army. Medecins Sans Frontieres said its
    teams
    had treated [[more than 150 people|injured;a=Medecins Sans Frontieres]] for gunshot wounds
    in
    Tawila in {{three days}}. Aid workers in Tawila describe families arriving exhausted after
    walking through the night, some carrying elderly relatives on donkey carts, others with
    children who had not eaten for days. The RSF, which has besieged El Fasher since {{May
    2024}}, says it is fighting army-allied militias in the camp and denies targeting civilians.
    Zamzam, set up in {{2004}} during the Darfur war, was sheltering
    [[an estimated 500,000 people|displaced]] before the attack, many of them facing the famine
    declared there in {{August 2024}}. In the wider El Fasher area, [[about 300,000
    civilians|civilians;a=the UN]] remain trapped, according to the UN. The war between the army
    and the RSF entered its {{third}} year in {{April 2025}}.""",
)

item(
    "Gezira: RSF attack on Um Adara village kills over 100, activists say",
    """The Rapid Support Forces (RSF) killed [[more than 100 people|killed;a=the Wad Madani
    Resistance Committees]] in an attack on the village of Um Adara in Gezira state on
    Wednesday, the Wad Madani Resistance Committees said. The committees said the paramilitary
    fighters, who came in [[more than 80 combat vehicles|other;a=The committees;alt=the Wad
    Madani Resistance Committees]], shelled the village before storming it. The dead included
    [[35 children|killed;a=the committees;alt=the Wad Madani Resistance Committees]], the
    committees said, and [[about 150 people|injured;a=the committees;alt=the Wad Madani
    Resistance Committees]] were wounded. The RSF said in a statement that it had clashed with
    "army-aligned militias" in the area and that [[dozens of their fighters|killed;a=The RSF]]
    had been killed. Survivors said [[about 200 young men|kidnapped;a=Survivors]] were taken
    away
    in the vehicles, and [[some 1,200 families|displaced;a=Survivors]] fled to nearby villages
    on
    foot. The army-aligned Sovereignty Council called the killings a "massacre" and promised a
    response. Since the RSF took Wad Madani in {{December 2023}}, [[more than 500,000
    people|displaced;a=the IOM]] have fled Gezira state, according to the IOM, many of them for
    the {{second}} time. The attack of {{June 2024}} came {{a week}} after the army announced
    it was preparing an offensive to retake the state.""",
)

item(
    "Jonglei: Gumuruk raid leaves dozens dead, children abducted",
    """Armed youth from Jonglei state attacked Gumuruk and Lekuangole in the Greater Pibor
    Administrative Area at the weekend, killing [[at least 64 people|killed;a=local
    officials]], local officials said on Tuesday. Abraham Kelang, the area's information
    minister, said [[52 women and children|kidnapped;n=women and children;a=Abraham Kelang]]
    had been abducted and [[as many as 12,000 head of cattle|other;a=Abraham Kelang]] raided.
    The UN
    Mission in South Sudan (UNMISS) said it had sent [[150 peacekeepers|combatants;a=The UN
    Mission in South Sudan (UNMISS)]] to Gumuruk to protect civilians who had gathered near its
    temporary base. [[Thousands of residents|displaced]] fled to Pibor town, where the medical
    charity MSF said it was treating [[27 people|injured;a=the medical charity MSF]] for gunshot
    wounds. Inter-communal violence in Jonglei and Pibor killed [[more than 2,000
    people|killed;a=the UN]] in the {{first half of 2020}}, according to the UN. Pibor officials
    said [[more than 200 children|kidnapped;a=Pibor officials]] abducted in raids since January
    had not been returned. The peace agreement signed in {{2018}} has brought a halt to most
    fighting between the army and the main rebel movement, but cattle raids and revenge attacks
    between communities have grown deadlier, with youths armed with automatic rifles rather than
    spears.""",
)

item(
    "Renk transit centre overwhelmed as returnees flee Sudan war",
    """[[More than 250,000 people|displaced;a=the UN]] have crossed into South Sudan since war
    broke out in Sudan in mid-April, the UN said on Thursday, {{nine in ten}} of them South
    Sudanese returning home. At the Joda border crossing, [[about 1,500 people a
    day|displaced;a=the International Organization for Migration (IOM)]] are arriving, the
    International Organization for Migration (IOM) said. The transit centre in Renk, built for
    [[3,000 people|capacity;a=IOM officials]], was hosting [[more than 12,000|displaced;a=IOM
    officials]] on Wednesday, IOM officials said, with families sleeping in the open. MSF said
    [[13 children|killed;a=MSF]] had died of measles in Renk since May, and that it was
    admitting [[50 to 60 malnourished children a day|injured;a=MSF]]. The government and IOM
    have transported [[around 45,000 returnees|returned]] onward by boat and road to Malakal
    and other home areas. South Sudan already had [[2.2 million internally displaced
    people|displaced;v=2200000]] before the Sudan war, and the new arrivals are competing for
    scarce food in areas where the rains have failed. Nyabol Gatluak, {{aged 27}}, who fled
    Khartoum with her children, said she had spent {{three weeks}} at the transit centre waiting
    for a place on a barge. Aid agencies have received only {{a quarter}} of the funding needed
    for the response in {{2023}}.""",
)

item(
    "Beni: ADF rebels kill villagers in night attack on Mukondi",
    """[[At least 23 civilians|killed;a=civil society]] were killed overnight from Wednesday to
    Thursday in an attack attributed to ADF rebels in the village of Mukondi, in the Beni
    territory of North Kivu, civil society in the area told Radio Okapi. The president of the
    civil society of the Bashu chiefdom said [[17 bodies|killed;a=The president of the civil
    society of the Bashu chiefdom]] had been recovered in the village. [[Six others|killed]]
    were
    found in neighbouring fields on Thursday afternoon. The assailants also took away [[about
    20 people|kidnapped;a=local sources]], set fire to [[14 houses|housing;a=local sources]] and
    burned [[a dozen motorcycles|other;a=local sources]], local sources said. The army spokesman
    in the area, Lieutenant Marc Kasereka, confirmed the attack and said [[three
    assailants|killed;a=Lieutenant Marc Kasereka;alt=The army spokesman in the area]] had been
    neutralised during a pursuit. According to the Kivu Security Tracker, ADF attacks have
    killed [[more than 1,200 civilians|killed;a=the Kivu Security Tracker]] in Beni and Lubero
    territories since {{2017}}. Since the army launched large-scale operations in {{October
    2019}}, [[thousands of households|displaced]] have fled towards Oicha and Beni town. Local
    authorities said [[some 3,000 residents|displaced;a=Local authorities]] had fled Mukondi for
    Mangina, about {{15 kilometres}} away. The attack of {{December 2019}} is the {{fifth}} in
    the chiefdom in a month.""",
)

item(
    "Kishishe: government says 272 civilians killed, UN counts 131",
    """The Congolese government on Monday raised to [[272|killed;a=The Congolese government]]
    the
    number of civilians killed in Kishishe and Bambo, in Rutshuru territory, accusing the
    {{M23}} rebels and their Rwandan backers of a "massacre". Government spokesman Patrick
    Muyaya said [[17 children|killed;a=Government spokesman Patrick Muyaya]] were among the
    dead, some of them killed in a church where they had taken refuge. Speaking to Actualite.cd
    in Goma, a survivor who hid in the forest for {{two nights}} said the rebels went from door
    to door, accusing the men of belonging to the FDLR or to Mai-Mai groups, before shooting
    them behind the houses. A preliminary
    investigation by the UN joint human rights office found that [[at least 131
    civilians|killed;a=the UN joint human rights office]] had been killed on {{29 and 30
    November 2022}}, [[102 men|killed;a=the UN joint human rights office]], [[17
    women|killed;a=the UN joint human rights office]] and [[12 children|killed;a=the UN joint
    human rights office]]. The M23 denied killing civilians and said only [[eight
    people|killed;a=The M23]] had died, all of them "hit by stray bullets". Residents who fled
    to
    Kitchanga told Actualite.cd that [[around 40 bodies|killed;a=Residents who fled to
    Kitchanga]] had been thrown into the river. Since the M23 resumed fighting in {{2021}},
    [[more than 500,000 people|displaced;a=OCHA]] have fled their homes in Rutshuru and
    Nyiragongo, according to OCHA. The rebels, who seized Bunagana in {{June}}, have said they
    are ready to withdraw from positions taken since then under the Luanda agreement.""",
)

item(
    "Djugu: CODECO militiamen attack Plaine Savo displacement site",
    """[[At least 62 people|killed;a=local sources and humanitarian workers]], most of them
    women
    and children, were killed overnight from Tuesday to Wednesday in an attack by CODECO
    militiamen on the Plaine Savo displacement site, in Djugu territory, Ituri province, local
    sources and humanitarian workers said. The assailants, armed with machetes and firearms,
    set fire to [[more than 200 shelters|housing]] before withdrawing into the hills. The head
    of
    the site said it had housed [[about 24,000 IDPs|displaced;a=The head of the site]] before
    the attack. MONUSCO said [[over 30 wounded|injured;a=MONUSCO]] had been evacuated to Bunia
    by
    helicopter. The UN peacekeeping mission said its blue helmets, based {{500 metres}} from the
    site, had repelled the attackers and that [[three of them|killed;n=-;a=The UN peacekeeping
    mission;alt=MONUSCO]] were killed. [[Around 8,000 survivors|displaced]] have since taken
    refuge at the Rhoe site, already overcrowded. According to the UN, Ituri counts [[1.7
    million displaced persons|displaced;v=1700000;a=the UN]], most of them in Djugu. In
    {{November 2021}}, an attack on the Drodro site killed [[at least 38 displaced
    persons|killed]]. CODECO, a coalition of militias that claims to defend the Lendu community,
    has been accused of repeated attacks on Hema villages and on displacement camps since
    {{2017}}; the attack of {{1 February 2022}} was the deadliest.""",
)

item(
    "Burundi: Congolese refugees crowd Gatumba and Rugombo as M23 advances",
    """[[More than 40,000 Congolese|displaced;a=the UN refugee agency]] have crossed into
    Burundi
    in less than {{two weeks}}, fleeing the advance of {{M23}} rebels towards Uvira, the UN
    refugee agency said on Friday. [[Up to 10,000 people|displaced;a=UNHCR]] crossed in a single
    day on Sunday, many of them by wading across the Rusizi river, UNHCR said, and [[at least
    two|killed;a=UNHCR]] drowned. In Rugombo, in Cibitoke province, [[some 30,000
    refugees|displaced]] are sheltering in and around a football stadium, where aid workers
    counted [[only 14 latrines|aid;a=aid workers]]. The Burundian health ministry said [[at
    least
    60 cases|other;a=The Burundian health ministry]] of cholera had been recorded among the new
    arrivals. The government plans to move [[about 25,000 refugees|displaced;p;a=The
    government]] to a new site at Musenyi, {{about 60 kilometres}} inland, in the coming weeks.
    Burundi already hosted [[about 90,000 Congolese refugees|displaced]] before the crisis.
    [[Some 9,000 Burundian soldiers|combatants;a=security sources]] had been deployed in South
    Kivu to fight alongside the Congolese army, according to security sources, and many began
    pulling back across the border after Bukavu fell in {{February 2025}}.""",
)

item(
    "Adre: refugees from West Darfur keep coming, 18 months into Sudan's war",
    """Eastern Chad has received [[more than 680,000 refugees|displaced;a=UNHCR]] from Sudan
    since
    {{April 2023}}, UNHCR says, along with [[about 200,000 Chadian returnees|returned;a=UNHCR]]
    who had lived in Darfur for decades. At the Adre border post, [[as many as 1,200 people a
    day|displaced;a=MSF]] have been arriving in recent weeks, according to MSF. The makeshift
    camp around Adre, meant as a transit site, shelters [[over 230,000 people|displaced]] in
    shelters of sticks and plastic sheeting. The Chadian government says it has opened [[eight
    new camps|capacity;a=The Chadian government]] since {{2023}} and relocated [[about 300,000
    refugees|displaced;a=The Chadian government]] away from the border. Khadija Adam, {{aged
    41}}, said she had walked for {{five days}} from El Geneina after her husband was killed by
    RSF fighters in {{June 2023}}. WFP said it was supporting [[1.2 million
    people|aid;v=1200000;a=WFP]] in eastern Chad, but that without new funding it would have to
    cut rations from {{January}}. Chad already hosted [[about 400,000 Sudanese
    refugees|displaced]] from earlier conflicts before the war. MSF said [[more than 5,000
    children|injured;a=MSF]] had been treated for acute malnutrition at its Adre hospital in
    {{2024}}.""",
)

item(
    "Somalia's electoral commission sets 2026 timetable for direct vote",
    """Somalia's National Independent Electoral and Boundaries Commission on Thursday set {{15
    May
    2026}} as the date for the country's {{first}} direct parliamentary election since {{1969}}.
    Voter registration will run for {{90 days}} from {{1 October}}, the commission said, and
    candidates for the lower house must be at least {{25 years old}}. Each candidate will pay a
    registration fee of {{$10,000}}, down from {{$20,000}} under the indirect system, and
    parties
    must reserve {{30%}} of their lists for women. The {{2024}} constitutional amendments, which
    replaced the clan-based model known as {{4.5}}, were rejected by Puntland and Jubaland,
    whose
    leaders said they would not take part. The commission's chairman said the vote would be held
    in stages, starting with Mogadishu and the capitals of the federal member states.
    Opposition leaders accused President Hassan Sheikh Mohamud of seeking to extend his
    {{four-year}} term, which ends in {{May 2026}}. The African Union mission, whose mandate was
    renewed in {{December 2024}}, will provide security, the commission said.""",
)
