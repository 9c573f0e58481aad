"""Hunger, health and aid in Rakhine, and the people counted by the UN, MSF, Fortify Rights and
the two sides: famine warnings, camps, prisoners, returns, recruits, 2023-2026."""

from _wrap import item

item(
    "UNDP warns Rakhine on brink of famine",
    """Rakhine State is on the brink of famine, the UN Development Programme warned on Thursday,
    with [[more than 2 million people|civilians;a=the UN Development Programme]] at risk of
    starvation. Domestic rice production could cover only {{20%}} of the state's needs by
    {{March}}, the agency said. It said [[some 500,000 people|displaced;a=the UN Development
    Programme]] had lost their homes or livelihoods since the military blocked roads and waterways
    in {{November 2023}}. WFP said it had reached [[only 120,000 people|aid;a=WFP]] in Rakhine with
    food in {{October}}, down from [[390,000|aid;a=WFP]] before the fighting. Local groups said
    [[at least 35 people|killed;a=Local groups]], most of them elderly, had died of hunger-related
    illness in Mrauk-U and Minbya. Traders said [[dozens of boats|other;a=Traders]] carrying rice
    from Bangladesh had been seized by the navy. The agency said hunger could reach [[up to 3
    million people|civilians;p;a=The agency;alt=the UN Development Programme]] by the middle of
    next year.""",
)

item(
    "MSF suspends work in northern Rakhine after office burned",
    """Médecins Sans Frontières said on Monday it had been forced to suspend its medical work in
    northern Rakhine after its office in Buthidaung was burned along with [[hundreds of
    homes|housing;a=Médecins Sans Frontières]]. The charity said its teams had carried out [[more
    than 8,000 consultations a month|other;a=The charity;alt=Médecins Sans Frontières;u=other]] in
    the area. It said [[about 200 patients|civilians;a=Médecins Sans Frontières]] with chronic
    conditions would now have no access to care. Staff reported seeing [[at least 30
    bodies|killed;a=Staff]] on the road out of the town. MSF said it had relocated [[46 of its
    staff|displaced;a=MSF]] to Sittwe and Cox's Bazar. The World Health Organization said [[12 of
    the state's 17 hospitals|other;a=The World Health Organization]] were out of service.""",
)

item(
    "OCHA: more than half a million uprooted in Rakhine since offensive",
    """OCHA said on Friday that [[about 570,000 people|displaced;a=OCHA]] had been displaced in
    Rakhine State and Chin's Paletwa township since {{November 2023}}, on top of [[some
    210,000|displaced;a=OCHA]] uprooted by earlier fighting. The office said [[more than 800
    displacement sites|capacity;a=The office;alt=OCHA]] were now open across the state. Aid
    agencies delivered food to [[about 95,000 people|aid]] in the third quarter. [[Nearly 30,000
    people|displaced;a=the office;alt=OCHA]] are sheltering in monasteries in Sittwe alone, the
    office said. In Minbya, [[1,500-2,000 families|displaced;a=the office;alt=OCHA]] are living
    under tarpaulins, the office said. Its {{2025}} appeal for Myanmar, {{$1.1 billion}}, was only {{11%}} funded. OCHA
    expects [[another 150,000 people|displaced;p;a=OCHA]] to be displaced next year.""",
)

item(
    "In a Kyauktaw camp, porridge once a day",
    """In a bamboo camp outside Kyauktaw, [[about 1,300 people|displaced;a=the camp's committee
    chairman]] share [[14 latrines|aid;a=the camp's committee chairman]] and a single well, the
    camp's committee chairman said. Hla Hla, who fled Mrauk-U in {{February 2024}} with her [[three
    children|displaced;a=Hla Hla]], said her family ate rice porridge once a day. The camp last
    received rice from the Arakan Army's relief arm {{six weeks}} ago, when each family got {{12
    kg}}. A volunteer nurse said [[five children|killed;a=A volunteer nurse]] in the camp had died
    of diarrhoea and malnutrition since {{June}}, and that [[about 60 others|civilians;a=A
    volunteer nurse]] were severely malnourished. Across Kyauktaw township, [[some 40,000
    people|displaced;a=the Arakan Humanitarian Coordination Office]] live in [[about 70
    camps|capacity;a=the Arakan Humanitarian Coordination Office]], according to the Arakan
    Humanitarian Coordination Office.""",
)

item(
    "Fortify Rights documents killings of Rohingya by both sides",
    """Fortify Rights said on Tuesday it had documented the killing of [[at least 173 Rohingya
    civilians|killed;a=Fortify Rights]] by both the Myanmar military and the Arakan Army in
    Maungdaw and Buthidaung in {{2024}}. The group interviewed [[54 survivors and
    witnesses|other;n=survivors and witnesses]] in Bangladesh. It said AA fighters had killed
    [[about 76 people|killed;a=Fortify Rights]] in a single day in the village of Htan Shauk Khan
    in {{May 2024}}. The group also said the junta had forcibly conscripted [[more than 1,000
    Rohingya|combatants;a=The group;alt=Fortify Rights]]. The AA rejected the findings, saying
    [[only 14 people|killed;a=The AA]] had died in Htan Shauk Khan, all in crossfire. Bangladeshi
    police said [[more than 60 Rohingya|arrested;a=Bangladeshi police]] had been detained in Cox's
    Bazar while trying to cross back to fight.""",
)

item(
    "UN rights office says Rakhine civilians trapped between two sides",
    """The UN human rights office said in a report on Friday that it had verified the deaths of
    [[at least 350 civilians|killed;a=The UN human rights office]] in Rakhine between {{January and
    June}}. It said military air strikes accounted for [[more than 200|killed;a=The UN human rights
    office]] of the deaths. The office said it had received reports of [[hundreds of
    Rohingya|missing;a=The office;alt=The UN human rights office]] who disappeared after being
    detained by one side or the other. UN rights chief Volker Türk said [[tens of thousands of
    people|civilians;a=UN rights chief Volker Türk]] were trapped between the two sides in Maungdaw
    and Buthidaung. Satellite images reviewed for the report showed [[about 30 villages|housing]]
    burned in the two townships. The office also documented [[at least 48 people|injured;a=The
    office;alt=The UN human rights office]] wounded by landmines.""",
)

item(
    "WFP food reaches Sittwe camps after four-month pause",
    """The World Food Programme resumed deliveries to Rohingya camps around Sittwe this week after a
    {{four-month}} pause, handing out rice to [[about 42,000 people|aid;a=the agency;alt=The World
    Food Programme]], the agency said. Camp leaders said [[at least 23 people|killed;a=Camp
    leaders]] had died of hunger and untreated illness during the pause. The camps hold [[about
    130,000 Rohingya|displaced]], confined there since {{2012}}. Each of the [[roughly 9,500
    households|aid]] on the lists received {{25 kg}} of rice. A boat carrying [[2,500 sacks of
    rice|aid;a=a WFP official;n=sacks]] was held up by the navy for {{three days}}, a WFP official
    said. WFP said it needed {{$60 million}} to feed [[1.1 million people|aid;p;a=WFP]] in Myanmar
    for {{six months}}. Residents said the military had detained [[11 Rohingya traders|arrested;
    a=Residents]] accused of smuggling rice from AA areas.""",
)

item(
    "Rice costs triple in Sittwe as blockade bites",
    """A {{48-kg}} bag of rice cost {{150,000 kyat}} in Sittwe's central market on Monday, up from
    {{45,000 kyat}} in {{October 2023}}. Fuel prices have risen {{400%}} over the same period,
    traders said. The kyat traded at {{4,500}} to the dollar on the black market, against an
    official rate of {{2,100}}. Cooking oil doubled in price in {{two months}}. Fishermen cannot go
    more than {{5 km}} from shore under a junta ban imposed in {{2024}}.""",
)

item(
    "Schools in AA-held Rakhine to open with own curriculum",
    """Schools in areas held by the Arakan Army will open on {{June 2}} for the {{2025-26}} academic
    year, the United League of Arakan's education department said. Children aged {{five}} and over
    can enrol, and {{Grade 10}} examinations will be held in {{March}}. Tuition is free, but
    families pay {{3,000 kyat}} a month for books. Lessons will run from {{9am to 3pm}}, in Rakhine's
    own curriculum for the {{first}} time. Teachers will be paid {{250,000 kyat}} a month.""",
)

item(
    "Air strike on Rathedaung market kills at least 23",
    """An air strike on a crowded market in Rathedaung on Saturday killed [[at least 23
    people|killed;a=the township's AA-appointed administrator]] and wounded [[more than
    50|injured;a=the township's AA-appointed administrator]], the township's AA-appointed
    administrator said. The International Committee of the Red Cross said it had delivered surgical
    supplies for [[100 wounded|aid;a=The International Committee of the Red Cross]] to the township
    hospital. Witnesses said [[about 40 shops|housing;a=Witnesses]] were destroyed. A rescue worker
    said [[seven people|missing;a=A rescue worker]] were still unaccounted for. The township
    hospital, with [[60 beds|capacity;a=a nurse]], was overwhelmed, a nurse said. The UN's resident
    coordinator said [[more than 1,000 civilians|killed;a=The UN's resident coordinator]] had been
    killed in Rakhine since the offensive began.""",
)

item(
    "Arakan Army says it holds more than 2,000 prisoners of war",
    """The Arakan Army said on Sunday it was holding [[more than 2,000 prisoners of
    war|arrested;a=The Arakan Army;n=prisoners]], junta soldiers, police and conscripts captured
    since {{November 2023}}. It said it had released [[about 300 of them|other;a=The Arakan
    Army;n=-]], mostly conscripts and wounded men, to their families. The group said the prisoners
    were held in [[five camps|other;a=The group;alt=The Arakan Army]] in the hills. A former
    prisoner said [[at least 12 captives|killed;a=A former prisoner]] in his camp had died of
    illness in {{2024}}. The junta has said [[about 180 AA fighters|arrested;a=The junta]] are held
    in its prisons. Relatives of soldiers say [[about 700 soldiers|missing;a=Relatives of
    soldiers]] from Rakhine units remain unaccounted for.""",
)

item(
    "Cyclone Mocha flattens Rohingya camps around Sittwe",
    """Cyclone Mocha tore through Sittwe on {{May 14}} with winds of {{250 km/h}}, destroying or
    damaging [[about 186,000 homes|housing;a=the UN]] across Rakhine, the UN said. The junta put the
    death toll at [[145|killed;a=The junta]], most of them Rohingya in the Sittwe camps, but
    community leaders said [[more than 400 people|killed;a=community leaders]] died. [[About 1,200
    shelters|housing;a=the UN refugee agency]] in the Rohingya camps were flattened, according to
    the UN refugee agency. Aid agencies said [[1.6 million people|civilians;a=Aid agencies]] needed
    help. Rohingya leaders said [[about 2,500 families|displaced;a=Rohingya leaders]] in the camps
    were left without a roof. The military suspended travel permits for aid agencies in {{June}}, cutting off [[about
    800,000 people|civilians;a=OCHA]] from food distributions, OCHA said.""",
)

item(
    "Scabies and dengue spread in Cox's Bazar camps",
    """MSF said on Wednesday it had treated [[more than 2,400 patients|other;a=MSF]] for scabies and
    [[about 900|other;a=MSF]] for acute watery diarrhoea in the camps in {{July}}. The WHO recorded
    [[4,300 dengue cases|other;a=The WHO]] in the camps this year. [[Nine people|killed;a=the WHO]]
    have died of dengue, the WHO said. The charity's Kutupalong hospital, with [[150
    beds|capacity]], was treating [[about 200 inpatients|other]] on Tuesday. Funding cuts have
    closed [[48 health posts|other;a=the WHO;u=structure]] in the camps since {{January}}, the WHO
    said.""",
)

item(
    "Rakhine's young men drafted by both sides",
    """The Arakan Army, which had [[about 7,000 fighters|combatants;a=researchers at the Institute
    for Strategy and Policy – Myanmar]] in {{2019}}, now fields [[more than 40,000|combatants;
    a=researchers at the Institute for Strategy and Policy – Myanmar]], according to researchers at
    the Institute for Strategy and Policy – Myanmar. The AA introduced its own compulsory service in
    {{2025}}, calling up men aged {{18 to 45}}, and residents said [[at least 5,000 young
    men|combatants;a=residents]] had been drafted. [[Some 3,000 young Rakhine men|displaced;a=a
    migrant group]] have fled to Yangon or Malaysia to avoid being drafted by either side, a
    migrant group estimated. The AA said it had trained [[1,200 women|combatants;a=The AA]] for
    its medical and logistics units. The junta said it had inducted its {{11th}} batch of [[about
    5,000 conscripts|combatants;a=The junta]] in {{October}}.""",
)

item(
    "Some Rohingya go home to Buthidaung villages under AA scheme",
    """[[About 6,000 Rohingya|returned;a=the group's Rohingya affairs official]] have gone back to
    villages around Buthidaung in recent months under an Arakan Army scheme, the group's Rohingya
    affairs official said. The AA said it had given each returning family {{50 kg}} of rice and
    that [[about 1,100 families|aid;a=The AA]] had received bamboo and tarpaulins to rebuild.
    Rohingya activists said the AA had also moved [[some 2,000 people|displaced;a=Rohingya
    activists]] from their villages into Buthidaung town against their will. In the town, [[about
    400 houses|housing]] have been rebuilt. The Arakan Rohingya Society for Peace and Human Rights
    said [[at least 70 Rohingya|arrested;a=The Arakan Rohingya Society for Peace and Human
    Rights]] were detained by the AA in {{March}} for suspected links to armed groups. The AA said
    it held [[31|arrested;a=The AA]] and expected [[up to 500 more households|returned;p;a=The AA]]
    to return by the end of the year.""",
)

item(
    "Junta pours troops into Kyaukphyu as navy shells islands",
    """The military has sent [[2,500 to 3,000 troops|combatants;a=the Arakan Army]], many of them
    new conscripts, to defend Kyaukphyu and its Chinese-backed port, the Arakan Army said.
    Residents said [[more than 20,000 people|displaced;a=Residents]] had left the town's outskirts
    since {{January}}, and that navy ships had shelled [[at least eight villages|other;
    a=Residents]] on Ramree and Made islands. The aid group Kyaukphyu Volunteers said [[11
    civilians|killed;a=The aid group Kyaukphyu Volunteers]] were killed and [[19|injured;a=The aid
    group Kyaukphyu Volunteers]] wounded in the shelling. Chinese state media said [[about 200
    Chinese workers|displaced;a=Chinese state media]] had been evacuated from the port site. The AA
    said it had shot down [[two drones|other;a=The AA]] over the town.""",
)
