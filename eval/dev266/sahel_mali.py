"""dev266 items: Mali (the centre, the north, the Ménaka and Gao regions, Timbuktu, Kidal)."""

from _wrap import item

item(
    "Gunmen kill villagers in Bandiagara circle, burn granaries",
    """Gunmen on motorcycles killed [[at least 37 villagers|killed;a=local officials]] in two
    Dogon hamlets of Mali's Bandiagara circle overnight on {{14 February}}, local officials said.
    Survivors put the number of attackers at [[between 60 and 80|combatants;a=Survivors]].
    [[Eleven people|injured]] were taken to the hospital in Bandiagara with gunshot and burn
    wounds, and [[dozens of granaries|housing;u=structure]] were set alight. The Dogon militia
    Dan Na Ambassagou blamed Katiba Macina, the local arm of the al-Qaeda-linked JNIM, which did
    not comment. "We have buried [[31 people|killed;a=Amadou Guindo]] and we are still looking
    for [[six|missing;a=Amadou Guindo]]," said Amadou Guindo, a village chief. [[Some 1,400
    residents|displaced;a=OCHA]] had fled to Bandiagara town by the next evening, according to
    OCHA. It was the deadliest attack in the circle since {{2019}}.""",
)

item(
    "Timbuktu runs short of food as JNIM blockade enters second month",
    """Al-Qaeda-linked fighters have blocked the roads and the river around Timbuktu since early
    August, leaving [[an estimated 200,000 people|civilians;a=OCHA]] short of food and fuel,
    OCHA said on {{Thursday}}. River boats that once brought [[about 300 tonnes|other]] of goods
    a week to the town's port at Kabara have stopped sailing. [[At least 33,000 people|displaced;a=the
    regional directorate for social development]] have arrived in the town from surrounding
    communes since January, according to the regional directorate for social development. A
    rocket fired at the airport on {{7 September}} wounded [[four civilians|injured]]. The same day
    an attack on a passenger boat near Bamba killed [[49 civilians|killed;a=the transitional
    government]] and [[15 soldiers|killed;a=the transitional government]], the transitional
    government said. The education academy said [[26 schools|other;a=The education academy]] had
    closed, leaving [[nearly 12,000 pupils|civilians;a=The education academy]] at home. A {{50 kg}}
    sack of rice now sells for {{40,000 CFA francs}}, twice its price in July.""",
)

item(
    "Rights group says hundreds died in Moura operation",
    """Soldiers of Mali's armed forces, FAMa, and foreign fighters believed to be Russian killed
    [[around 500 people|killed;a=Human Rights Watch]] over {{five days}} in the central town of
    Moura in {{March 2022}}, most of them civilians, Human Rights Watch said on {{Tuesday}}. The army
    has said it killed [[203 terrorists|killed;a=The army;alt=FAMa]] and arrested [[51|arrested;a=The
    army;alt=FAMa]] in what it called a planned operation. Witnesses said helicopters landed near
    the weekly market, where [[several thousand people|civilians;a=Witnesses]] had gathered.
    Residents said [[dozens of men|arrested;a=Residents]] were detained and flown to Sévaré for
    questioning. [[An estimated 1,200 residents|displaced]] fled to Mopti in the weeks that
    followed. MINUSMA, the UN mission, then had [[about 13,000 troops|combatants]] in the country,
    but its investigators were kept out of Moura. The transitional authorities have rejected the
    report and announced an inquiry of their own.""",
)

item(
    "Rebels claim heavy Wagner losses in Tinzaouatene fighting",
    """Tuareg-led rebels said on {{Monday}} they had killed [[47 Malian soldiers|killed;a=Tuareg-led
    rebels]] and [[84 Wagner mercenaries|killed;a=Tuareg-led rebels]] in {{three days}} of fighting
    near Tinzaouatene, on the Algerian border. The Russian group has deployed [[an estimated 1,500
    fighters|combatants;a=Western diplomats]] in Mali since {{2021}}, according to Western
    diplomats. The Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said it
    had also captured [[about 20 fighters|arrested;a=The Strategic Framework for the Defence of the
    People of Azawad]], including Russians. Wagner did not give a toll. A drone strike on a fuel
    point in Tinzaouatene {{a month}} later killed [[21 civilians|killed;a=the coalition;alt=CSP-DPA]],
    including [[11 children|killed;a=the coalition;alt=CSP-DPA]], according to the coalition. [[Some
    4,000 residents|displaced;a=local officials]] of the area have crossed into Algeria since
    November, local officials said.""",
)

item(
    "Ménaka: thousands shelter in town as Islamic State presses on villages",
    """Fighters of the Islamic State Sahel Province have killed [[several hundred
    civilians|killed;a=UN experts]] in the Ménaka and Gao regions since March, UN experts said in
    a report. [[More than 30,000 people|displaced;a=the regional governor]] have sought refuge in
    Ménaka town, whose population has roughly doubled, according to the regional governor.
    Humanitarian agencies have set up [[nine displacement sites|capacity]] around the town, but
    [[about 7,500 people|displaced]] still sleep in the open. Anderamboukane, near the border with
    Niger, has lost nearly all of [[its 10,000 residents|displaced]]. The World Food Programme said
    it planned to give rations to [[62,000 people|aid;p;a=The World Food Programme]] in the region
    in December. [[Twenty-five trucks|aid]] of food reached Ménaka on {{Saturday}} under army escort
    after a journey of {{six days}} from Gao, {{320 km}} to the west.""",
)

item(
    "Jihadists seize bus passengers on Boni-Hombori road",
    """Jihadist fighters stopped [[three buses|other]] on the road between Boni and Hombori on
    {{Wednesday}} and took away [[about 110 passengers|kidnapped;a=a transport union official]], a
    transport union official said. Women and children were let go on the spot, but [[at least 70
    men|kidnapped;a=the official]] were driven into the bush, the official added. Boni, a town of
    [[some 15,000 people|civilians]], has been under blockade by JNIM for more than {{a year}}.
    On {{Friday}} the army said a rescue operation had freed [[41 hostages|kidnapped;a=the army]]
    and killed [[a dozen assailants|killed;a=the army]]. It said [[two soldiers|killed;a=the army]] died in
    the operation. Relatives say [[29 men|missing;a=Relatives]] are still unaccounted for. In a
    similar raid on the same road in {{2023}}, gunmen burned [[five trucks|other]].""",
)

item(
    "Mali: army and Russian allies retake Kidal; thousands flee north",
    """Malian troops backed by Wagner fighters entered Kidal on {{14 November 2023}}, {{ten years}} after
    the town slipped from the state's control. The army said it had lost [[nine soldiers|killed;a=The
    army]] in the advance, while the separatist CSP said [[at least 14 civilians|killed;a=the
    separatist CSP]] had been killed in drone strikes on the town. The army said it had captured [[between 15 and 20 rebel
    fighters|arrested;a=The army]]. The column of [[about 100
    vehicles|other]] left Anefis after {{five days}} of fighting. Local officials estimated that
    {{three-quarters}} of the town's residents had fled towards the Algerian border. UNHCR said [[some
    12,000 people|displaced;a=UNHCR]] had crossed into Algeria and Niger by the end of the month.
    MINUSMA had handed over its Kidal camp, built for [[about 1,000 peacekeepers|capacity]], {{two
    weeks}} earlier.""",
)

item(
    "Central Mali: villagers return to Diafarabé area after local truce",
    """[[About 3,200 people|returned;a=the International Organization for Migration]] have returned
    to villages around Diafarabé since a local truce between Fulani herders and Bambara farmers was
    signed in {{April}}, according to the International Organization for Migration. The agency said
    [[some 640 households|returned;a=The agency;alt=the International Organization for
    Migration]] went back to [[11 villages|other;a=The agency;alt=the International Organization
    for Migration]] in the Ténenkou circle. Many found their homes in ruins: the village chief of
    Kouakourou said [[more than 200 houses|housing;a=the village chief of Kouakourou]] had been
    burned in the fighting of {{2021}}. The Norwegian Refugee Council plans to rebuild [[450
    shelters|housing;p;a=The Norwegian Refugee Council]] before the rains. Another [[8,000 displaced
    people|displaced]] remain in camps in Mopti and Sévaré. The truce is fragile: [[four herders|killed]]
    were killed near Diafarabé last month.""",
)

item(
    "Explosive device kills peacekeepers near Tessalit",
    """[[Three Chadian peacekeepers|killed;a=MINUSMA]] were killed and [[five|injured;a=MINUSMA]]
    wounded when their vehicle struck an improvised explosive device near Tessalit, MINUSMA said
    on {{Friday}}. The mission, which lost [[more than 300 personnel|killed]] to hostile acts in its
    {{ten years}} in Mali, was the deadliest UN peacekeeping operation of its time. Chad contributed
    [[some 1,400 troops|combatants]] to the force, most of them in the north. The convoy of [[12
    vehicles|other]] was escorting [[19 fuel trucks|other]] to the camp at Aguelhok. The mission
    withdrew under Security Council {{Resolution 2690}} and closed its last bases in {{December
    2023}}.""",
)

item(
    "Drone strike on wedding kills villagers near Niono, residents say",
    """A drone strike on a wedding gathering in the Niono circle killed [[at least 22 people|killed;a=residents]],
    including [[nine children|killed;a=residents]], residents told Reuters. The army said it had
    targeted a group of [[about 30 terrorists|combatants;a=The army]] and killed [[eight|killed;a=The
    army]] of them. "There were no fighters, only families," said Moussa Traoré, who said he lost
    [[two brothers|killed;a=Moussa Traoré]]. [[Around 40 people|injured]] were treated at the
    district health centre in Niono, {{45 kilometres}} away. [[Hundreds of residents|displaced;a=a local
    youth leader]] left for Ségou after the strike, a local youth leader said.""",
)

item(
    "Mali says it killed jihadist commander, dozens of fighters in Gourma",
    """Mali's army said on {{Sunday}} that air and ground operations in the Gourma over the past
    week had "neutralised" [[more than 40 terrorists|killed;a=Mali's army]], including a
    senior commander of the Islamic State Sahel Province. The general staff said it had also
    destroyed [[17 motorcycles|other;a=The general staff]] and seized [[a dozen rifles|other;a=The
    general staff]]. It reported [[three soldiers|injured;a=The general staff]] slightly wounded. The claims
    could not be independently verified. ACLED, which tracks political violence, recorded
    [[1,107 civilians|killed;a=ACLED]] killed by all sides in Mali in {{2024}}, a rise of {{22%}}. The
    army has [[about 40,000 personnel|combatants;a=analysts]] on paper, analysts say.""",
)

item(
    "Fuel blockade paralyses Bamako as JNIM targets tanker convoys",
    """JNIM fighters have attacked tanker convoys on the roads from Senegal and Côte d'Ivoire since
    early September, burning [[more than 100 fuel tankers|other;a=transporters]], transporters say.
    In one attack near Kati, [[about 40 tankers|other]] were set on fire and [[six drivers|killed]]
    killed. The group said it had taken [[at least 12 drivers|kidnapped;a=The group;alt=JNIM]] to
    hold as hostages. Schools across the country were closed for {{two weeks}} in October. The
    government said the army would escort convoys of [[up to 300 trucks|other;p;a=The
    government]] at a time from Kayes. Drivers' unions said [[some 2,000 lorries|other;a=Drivers'
    unions]] were stuck at the border.""",
)

item(
    "Mali hostage release: nuns and farmers freed after mediation",
    """A Colombian nun held since {{2017}} was freed along with [[16 Malian farmers|kidnapped;a=the
    presidency]], the presidency said on {{Saturday}}. The farmers were among [[some 40 villagers|kidnapped]]
    seized in Ségou region in {{March}}. Local mediators said [[at least 20|kidnapped;a=Local
    mediators]] remain in the hands of Katiba Macina. The nun, {{78}}, had been kidnapped near
    Koutiala. The kidnappers had released [[five elderly farmers|kidnapped]] in {{May}} on health
    grounds. "I prayed every day for {{six years}}," she said on arrival in Bamako. According to
    the Malian association of hostages' families, [[more than 150 people|kidnapped;a=the Malian
    association of hostages' families]] were abducted in the country in the first half of the
    year.""",
)

item(
    "Northern Mali refugees pour into Mauritania's Mbera camp",
    """[[More than 55,000 new refugees|displaced;a=UNHCR]] have arrived in Mauritania from Mali
    since the start of the year, UNHCR said on {{Tuesday}}, bringing the number of Malian refugees in the
    Mbera camp and around Bassikounou to [[about 250,000|displaced;a=UNHCR]]. The camp was
    built for [[70,000 people|capacity]]. [[Up to 1,000 people a day|displaced;a=aid workers]]
    crossed at the peak in {{February}}, aid workers said. The agency plans to open [[two new
    sites|capacity;p;a=The agency;alt=UNHCR]] near Fassala. MSF said its teams had treated
    [[about 300 children|aid;a=MSF]] for malnutrition in {{a fortnight}}. Many of the new
    arrivals fled after the army and its Russian allies raided villages in the Léré area, where
    [[dozens of herders|killed;a=witnesses]] were killed, witnesses said.""",
)

item(
    "Ségou region: jihadists raze villages after farmers refuse pact",
    """Fighters of Katiba Macina burned [[seven villages|other;a=local authorities]] in the Macina
    circle last week after residents refused to pay zakat to the group, local authorities said.
    [[At least 18 people|killed]] were killed and [[about 25 women|kidnapped]] were taken away on
    motorcycles. [[Over 600 homes|housing;a=the prefect]] were burned,
    the prefect said. [[2,300 people|displaced;a=the Red Cross]] have found shelter in Macina town
    and Markala, the Red Cross said. The group has extended its control over [[dozens of
    communes|other;u=other]] of the region since {{2015}}, forcing local pacts on
    villages.""",
)

item(
    "Mali junta extends transition by five years",
    """Mali's military rulers have granted General Assimi Goïta a renewable {{five-year}} term as
    president from {{2025}}, without an election. The decision, taken after a national
    consultation in {{April}}, ends the promise of a return to civilian rule by {{March 2024}}. The
    junta first seized power in {{August 2020}} and staged a second coup in {{May 2021}}. Political
    parties were dissolved in {{May 2025}}. Goïta, {{42}}, has ruled through {{a decade}} of
    insecurity. The country's public debt stood at {{53%}} of GDP, while defence took {{22 percent}}
    of the {{2025}} budget of {{3,000 billion CFA francs}}.""",
)

item(
    "MINUSMA leaves Mali after ten years",
    """The UN peacekeeping mission in Mali completed its withdrawal on {{31 December 2023}}, {{10
    years}} after its deployment in {{July 2013}}. The Security Council ended its mandate in {{June
    2023}} at the request of the junta. The mission cost about {{$1.2 billion}} a year, making it
    one of the UN's most expensive. Its withdrawal came {{18 months}} after France's Operation
    Barkhane left. Analysts at the Crisis Group said the mission's {{ten years}} had reduced violence
    in some northern towns by as much as {{30%}}, but had failed to protect the centre.""",
)
