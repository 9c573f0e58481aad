"""Items of dev391: the north and the centre, Moura, Wagner and the Africa Corps, Kidal, the FLA
and MINUSMA's last year."""

from _wrap import item

item(
    "Rights group says soldiers and foreign fighters executed hundreds in Moura",
    """Malian soldiers and foreign fighters identified by witnesses as Russian executed
    [[about 300 men|killed;a=Human Rights Watch]] in the central town of Moura over
    {{five days}} in {{late March 2022}}, Human Rights Watch said. The army said at the time
    that it had "neutralised" [[203 terrorists|killed;a=The army]] and arrested
    [[51 people|arrested;a=The army]] in an operation against a jihadist stronghold. Witnesses
    told the rights group that [[four helicopters|other;a=Witnesses]] landed near the livestock
    market on a Sunday as it was crowded with traders. A UN report published in {{May 2023}}
    put the toll at [[at least 500 people|killed;a=A UN report]], including
    [[20 women|killed;a=A UN report]] and [[seven children|killed;a=A UN report]]. Bamako
    rejected the report as biased. Relatives said [[about 15 men|missing;a=Relatives]] taken
    away by helicopter were never seen again. Some [[1,200 residents|displaced;a=local elected officials]]
    left Moura in the weeks that followed, local elected officials said, most of them for
    Mopti and Djenné.""",
)

item(
    "Malian army and Wagner fighters enter Kidal, ending a decade of rebel rule",
    """Malian troops backed by Wagner fighters entered Kidal on {{November 14, 2023}}, ending
    the rebels' control of the northern town since {{2013}}. A column of
    [[more than 100 vehicles|other;a=security sources]] left Anefis at dawn, security sources
    said, as drones struck rebel positions ahead of it. The Permanent Strategic Framework, the
    rebel alliance, said its fighters had pulled out to spare
    [[the town's 25,000 residents|civilians;a=The Permanent Strategic Framework]]. Drone strikes
    on the town in the days before had killed
    [[at least 14 civilians|killed;a=a local rights group]], among them
    [[six children|killed;a=a local rights group]], a local rights group said. Around
    [[8,000 people|displaced;a=OCHA]] fled Kidal and nearby sites toward the Algerian border
    during the offensive, according to OCHA. The army said it lost
    [[two soldiers|killed;a=The army]] and that [[11 others|injured;a=The army]] were wounded.
    MINUSMA had flown [[about 850 peacekeepers|combatants]] out of its Kidal camp on
    {{October 31}}, two weeks ahead of schedule.""",
)

item(
    "Wagner acknowledges heavy losses in Tinzaouaten fighting",
    """Russia's Wagner Group acknowledged on {{July 29, 2024}} that it had suffered heavy
    losses in fighting near Tinzaouaten, on the Algerian border, after {{three days}} of
    clashes with Tuareg-led rebels in a sandstorm. The rebel CSP alliance said it had killed
    [[84 Wagner fighters|killed;a=The rebel CSP alliance]] and
    [[47 Malian soldiers|killed;a=The rebel CSP alliance]]. JNIM, al-Qaeda's Sahel branch,
    separately claimed to have killed [[about 50 Russians|killed;a=JNIM]] in an ambush in the
    same area. Pro-Wagner Telegram channels put the group's dead at
    [[more than 20|killed;a=Pro-Wagner Telegram channels]], among them a commander. The rebels
    said they lost [[nine fighters|killed;a=The rebels;alt=The rebel CSP alliance]] and had
    [[12 others|injured;a=The rebels;alt=The rebel CSP alliance]] wounded. Videos posted by the
    rebels showed [[at least 10 prisoners|arrested]], some in Russian uniforms, sitting in the
    sand. It was the worst loss disclosed by Wagner since it deployed to Mali at the end of
    {{2021}}.""",
)

item(
    "FLA says it overran army post east of Gao",
    """The Azawad Liberation Front (FLA) said on {{Sunday}} its fighters had overrun an army
    post near Tessit, killing [[at least 16 soldiers|killed;a=The Azawad Liberation Front]] and
    seizing [[four armoured pickups|other;a=The Azawad Liberation Front]]. The army said it had
    repelled the attack and killed [[about 30 terrorists|killed;a=The army]], the term it uses
    for the rebels, while losing [[three soldiers|killed;a=The army]]. The FLA said it was
    holding [[six soldiers|arrested;a=The FLA]] captured in the raid and would treat them as
    prisoners of war. Around [[400 families|displaced;a=a local official]] fled the area
    toward Ansongo, a local official told AFP. The FLA was formed in {{November 2024}} from the
    armed movements of the CSP and says it has
    [[thousands of fighters|combatants;a=The FLA]] across the north. Neither toll could be
    verified independently.""",
)

item(
    "Wagner leaves Mali as Russia's Africa Corps takes over",
    """The Wagner Group said on {{June 6, 2025}} it was leaving Mali, declaring its mission
    accomplished after {{three and a half years}} in the country. Western officials estimated
    that the group had [[about 1,500 fighters|combatants;a=Western officials]] in Mali at its
    peak, paid for at a cost of about {{$10 million}} a month. Russia's defence
    ministry-controlled Africa Corps will keep
    [[roughly 2,000 personnel|combatants;p;a=diplomats]] in the country, diplomats said. Wagner
    lost [[hundreds of men|killed;a=analysts]] in Mali, analysts estimate. Operations involving
    the group were linked to the deaths of
    [[more than 2,400 civilians|killed;a=ACLED]], according to ACLED, a
    conflict monitor. Human Rights Watch has documented the summary executions of
    [[at least 32 people|killed;a=Human Rights Watch]] by Malian soldiers and Russian fighters
    in the centre of the country since {{January 2025}} alone.""",
)

item(
    "Ivorian soldiers held in Bamako sentenced, then pardoned",
    """A Bamako court on {{Friday}} sentenced [[46 Ivorian soldiers|arrested]] to
    {{20 years}} in prison for undermining state security, {{six months}} after they were
    detained at the city's airport. The soldiers were among
    [[49 troops|arrested;a=Ivory Coast's government]] arrested on arrival in {{July 2022}},
    Ivory Coast's government said, describing them as contracted to guard a MINUSMA logistics
    operation. [[Three female soldiers|arrested]] were freed and flown home in {{September}}.
    The court sentenced the [[three women|other]] to death in absentia. Transition leader
    Colonel Assimi Goïta pardoned the [[46|arrested;a=Ivorian officials]] on
    {{January 6, 2023}}, and they landed in Abidjan the next night, Ivorian officials said.
    MINUSMA had [[about 12,000 troops and police|combatants;a=MINUSMA;n=troops and police]] in
    Mali at the time, MINUSMA said.""",
)

item(
    "Peacekeeping mission ends with final convoys leaving the north",
    """The UN mission in Mali, MINUSMA, lowered its flag in Bamako on {{December 11, 2023}},
    ending a {{decade}}-long deployment after the junta demanded its departure and the Security
    Council adopted Resolution {{2690}}. The mission said it had repatriated
    [[more than 12,900 personnel|combatants;a=The mission;alt=MINUSMA]] and handed over
    [[eight of its 13 camps|other;a=The mission;alt=MINUSMA;v=8;n=camps]] to the Malian
    authorities before the deadline. A convoy leaving Kidal came under attack
    six times on the road to Gao, wounding
    [[39 peacekeepers|injured;a=a spokesperson]], a spokesperson said. In all,
    [[311 peacekeepers|killed;a=the UN]] died in hostile acts during the mission, according to
    the UN, making it the deadliest UN operation of its time. In {{2023}} alone,
    [[nine blue helmets|killed;n=blue helmets]] were killed. Officials said [[about 2,000 tonnes|other;a=Officials]]
    of equipment had to be destroyed or abandoned.""",
)

item(
    "Security Council hears of deteriorating situation in Ménaka",
    """The head of MINUSMA told the Security Council on {{Wednesday}} that fighting between
    the Islamic State Sahel Province and JNIM had killed
    [[hundreds of civilians|killed;a=The head of MINUSMA]] in the Ménaka region since
    {{March 2022}}. He said [[some 30,000 displaced people|displaced;a=The head of MINUSMA]] had sought refuge
    in Ménaka town, doubling its population. The UN mission had counted
    [[at least 470 civilians|killed;a=The UN mission;alt=MINUSMA]] killed in the region in the
    first {{nine months}} of the year. [[Some 400 peacekeepers|combatants]] were based in
    Ménaka at the time. In the village of Tadjalalt alone, gunmen killed
    [[at least 40 people|killed]] in a single night. The mission was operating
    [[12 patrols a week|other;a=The head of MINUSMA;u=other]] around the town, he said, but could not protect
    [[the 80,000 residents|civilians;a=The head of MINUSMA]] of the wider area.""",
)

item(
    "Gao suicide car bomb kills soldiers and civilians at army camp",
    """A suicide car bomb struck the entrance of an army camp in Gao on {{Monday}}, killing
    [[at least nine soldiers|killed;a=the army]] and
    [[four civilians|killed;a=the army]], the army said in a statement. The blast, which
    witnesses said was heard {{10 km}} away, damaged
    [[about 30 homes|housing]] in the nearby Château neighbourhood. Doctors at Gao
    hospital said they had treated [[more than 60 wounded|injured;a=Doctors at Gao hospital]],
    [[13 of them|injured;a=Doctors at Gao hospital;n=-]] in serious condition. The army said
    [[two attackers|killed;a=The army]] were killed and
    [[three suspects|arrested;a=The army]] detained in the hours after. The Islamic State Sahel
    Province claimed the attack, its first in the city since {{2022}}.""",
)

item(
    "Army retakes Anefis as convoy heads for the northern stronghold",
    """Malian troops retook Anefis, {{110 km}} south of Kidal, on {{October 7, 2023}}, after
    clashes with the rebel alliance. The army said it had killed
    [[dozens of terrorists|killed;a=The army]] and destroyed
    [[eight vehicles|other;a=The army]]. The CSP, the rebel alliance, said
    [[a dozen soldiers|killed;a=The CSP]] had died and that it had taken
    [[five prisoners|arrested;a=The CSP]]. Residents said
    [[nearly 3,000 inhabitants|displaced;a=Residents]], almost the whole town, had fled into
    the desert before the troops arrived. The convoy that took the town included
    [[more than 120 vehicles|other;a=a military source]], a military source said, and
    [[several hundred troops|combatants;a=a military source]] with Russian support.""",
)

item(
    "Timbuktu under jihadist siege as boats and planes are attacked",
    """JNIM fighters have blockaded Timbuktu since {{August 2023}}, cutting the roads that
    supply [[the city's 60,000 people|civilians;a=local officials]], local officials said. On
    {{September 7}}, an attack on the Tombouctou passenger boat on the Niger river killed
    [[49 civilians|killed;a=the government]] and [[15 soldiers|killed;a=the government]],
    according to the government. The army said it had killed
    [[about 50 assailants|killed;a=The army]] in response. Shells fired at the city's airport
    in the weeks that followed wounded [[five people|injured]]. The World Food Programme said
    it was flying in food for [[33,000 people|aid;a=The World Food Programme]], and
    that prices of rice had risen by {{50%}}. Some
    [[31,000 residents|displaced;a=the International Organization for Migration]] had left
    the Timbuktu region by {{October}}, according to the International Organization for
    Migration.""",
)

item(
    "Mali's army rearms with Turkish drones and Russian helicopters",
    """Mali's army took delivery of its latest Bayraktar {{TB2}} drones on {{Tuesday}} at an
    airbase in Bamako, in a ceremony attended by transition leader Assimi Goïta. The defence
    ministry said the air force now had the capacity to strike anywhere in the country within
    {{two hours}}. The drones can stay in the air for {{27 hours}} and carry payloads of
    {{150 kg}}. The government has spent about {{$200 million}} on aircraft since {{2021}},
    including {{Mi-24}} and {{Mi-8}} helicopters and Aero {{L-39}} jets, according to budget
    documents. Defence spending now takes about {{22%}} of the state budget, up from
    {{15%}} in {{2020}}.""",
)

item(
    "Army says it 'neutralised' fighters in Kidal region; rebels dispute toll",
    """The Malian army said on {{Thursday}} that air and ground operations around Tinzaouaten
    had killed [[more than 80 terrorists|killed;a=The Malian army]] over {{two weeks}}. It
    said [[14 logistics vehicles|other;a=The Malian army]] and
    [[three weapons depots|other;a=The Malian army;u=structure]] had been destroyed. The FLA said
    the strikes had hit herders' camps, killing [[22 civilians|killed;a=The FLA]], among them
    [[eight children|killed;a=The FLA]], and [[hundreds of camels|other;a=The FLA]]. The
    group said its men had shot down [[two drones|other;a=The group;alt=The FLA]]. A local elected official
    told Reuters that [[around 150 families|displaced;a=A local elected official]] had crossed
    into Algeria since the start of the month.""",
)

item(
    "Gunmen kill villagers in Bandiagara as militias clash",
    """Gunmen on motorbikes attacked the villages of Yarou and Dinangourou in the Bandiagara
    region on {{Saturday}}, killing [[at least 21 people|killed;a=a local official]], a local
    official said. Dan Na Ambassagou, a Dogon self-defence group, said
    [[17 of its members|killed;a=Dan Na Ambassagou]] were among the dead. Residents
    said [[more than 60 homes|housing;a=Residents]] and [[two granaries|other;a=Residents;u=structure]]
    were burned, and that the attackers drove off
    [[about 200 head of cattle|other;a=Residents]]. About
    [[1,000 people|displaced;a=OCHA]] fled to Bandiagara town, OCHA said. The area has seen
    repeated massacres since {{2019}}, when [[about 160 Fulani villagers|killed]] were killed
    in Ogossagou.""",
)

item(
    "Army recruits and reservists called up as the war widens",
    """The transitional government said it planned to recruit
    [[10,000 soldiers|combatants;p;a=The transitional government]] in {{2025}} and to recall
    reservists aged {{up to 55}}. The army numbered
    [[about 40,000 troops|combatants;a=the International Institute for Strategic Studies]]
    in {{2023}}, according to the International Institute for Strategic Studies. Volunteers
    must be between {{18 and 25}} years old and have completed primary school. A decree
    published on {{Monday}} also created [[three new military regions|other;u=other]] and
    said [[some 5,000 reservists|combatants;p;a=A decree]] would be recalled. The army has
    lost [[at least 1,000 soldiers|killed;a=ACLED]] in combat since the {{2021}} coup,
    according to ACLED's count.""",
)

item(
    "Mopti region: drought, armed groups and a gold rush",
    """Farmers in the Mopti region planted {{30%}} less millet this season than last, the
    regional agriculture directorate said on {{Wednesday}}. Rainfall in {{July}} was
    {{40 mm}} below the average of the past {{decade}}. The price of a {{100 kg}} sack of
    millet in Mopti's market rose to {{35,000 CFA francs}}, or about {{$58}}, up from
    {{21,000 CFA francs}} a year earlier. Armed groups have levied a tax of {{10%}} on
    harvests in parts of the region since {{2022}}, according to the directorate, and the
    fighting has kept fields fallow for {{three seasons}} in a row.""",
)

item(
    "Africa Corps and army operation near Léré leaves villagers dead, residents say",
    """Residents of villages near Léré said soldiers and Russian fighters of the Africa Corps
    detained [[dozens of men|arrested;a=Residents of villages near Léré]] during an operation
    on {{February 12}}. The bodies of [[at least 20 of them|killed;a=relatives;n=-]] were found
    in a dry riverbed the next day, relatives told The Associated Press. The army said
    [[11 terrorists|killed;a=The army]] had been killed and
    [[23 suspects|arrested;a=The army]] arrested. Human Rights Watch said it had identified
    [[at least 12 victims|killed;a=Human Rights Watch]] by name, the youngest aged {{16}}.
    Relatives said [[seven men|missing;a=Relatives]] were still missing. About
    [[2,500 people|displaced;a=UNHCR]] have since fled toward Mauritania, according to
    UNHCR.""",
)
