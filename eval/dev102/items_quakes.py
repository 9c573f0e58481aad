"""Earthquakes where a war or an insurgency already is: north-west Syria and Turkey's Hatay in
2023, Afghanistan (Paktika 2022, Herat 2023, Kunar and Balkh 2025), Myanmar in 2025, Haiti in
2021 and Pakistan's Balochistan (items with figures first, then three without)."""

from _wrap import item

item(
    "Syria's rebel-held north counts quake dead as rescuers dig",
    """The death toll from Monday's earthquake in opposition-held north-west Syria rose to
    [[1,970|killed;a=the White Helmets]] on Wednesday, the White Helmets said, with [[more than
    2,950 people|injured;a=the White Helmets]] injured. The rescue group said [[at least 410
    buildings|housing;a=The rescue group;alt=the White Helmets]] had collapsed completely and
    [[more than 1,300|housing;u=structure;a=The rescue group;alt=the White Helmets]] were
    partly destroyed. Many of the dead had fled bombardment elsewhere during the {{12-year}}
    war and were living in apartment blocks thrown up in haste around Harem and Salqin.""",
)

item(
    "In Jindires, families sleep in cars beside the ruins",
    """Rescuers in Jindires, a town near the Turkish border held by Turkey-backed factions, had
    recovered [[at least 60 bodies|killed;a=a local council official]] by Thursday, a local
    council official told AFP. [[Between 150 and 200 families|displaced;a=a local council
    official]] were sleeping in cars and in [[three olive-press
    warehouses|capacity;u=structure;a=a local council official]] on the edge of town, he said.
    Mohammed Haj Omar, {{41}}, lost his wife and [[four children|killed]] when their
    {{five-storey}} block fell at {{4:17am}}.""",
)

item(
    "First UN convoy since the quake crosses into north-west Syria",
    """[[Six trucks|aid;a=a UN spokesperson]] carrying shelter kits and hygiene supplies
    crossed from Turkey into north-west Syria at Bab al-Hawa on Thursday, the first UN
    deliveries since the earthquake, a UN spokesperson said. Aid workers said the convoy,
    planned before the disaster, would do little for the [[4.1 million
    people|civilians;v=4100000;a=Aid workers]] in the enclave who already depended on aid. The
    crossing is the only one authorised under Security Council {{Resolution 2672}}, which
    lapses on {{10 July}}.""",
)

item(
    "Syrian refugees in Turkey's Hatay lose their homes a second time",
    """In the southern Turkish city of Antakya, where [[about 400,000 Syrians|displaced]] lived
    before the earthquake, many who fled the war next door are back in tents. Turkey's interior
    minister said on Friday that the bodies of [[1,412 Syrians|killed;a=Turkey's interior
    minister]] had been handed over at the Cilvegozu gate for burial in Syria. [[Hundreds more
    bodies|killed;a=a Syrian border official]] were awaiting transfer, a Syrian border official
    said.""",
)

item(
    "Government-held Aleppo mourns as sanctions row slows aid",
    """Syria's health ministry said on Tuesday that [[1,414 people|killed;a=Syria's health
    ministry]] had been killed in government-held areas, [[at least 430 of
    them|killed;n=-;a=Syria's health ministry]] in Aleppo, where years of shelling had already
    weakened many buildings. The government said [[more than 298,000 people|displaced;a=The
    government]] had been made homeless and were housed in [[180 shelters|capacity;a=The
    government]], among them mosques and schools. Damascus blamed Western sanctions for the
    slow arrival of help; the European Union said its humanitarian exemptions already
    applied.""",
)

item(
    "Quake survivors crowd into north-west Syria's camps",
    """[[More than 86,000 people|displaced;a=OCHA]] have moved into camps, collective centres
    and reception points in north-west Syria since the quake, OCHA said on Monday, joining
    [[some 1.8 million|displaced;v=1800000;a=OCHA]] who were already living in tents. [[Around
    1,100 tents|aid]] have been handed out and [[47 collective centres|capacity]] opened in
    schools and mosques. The office said [[8.8 million people|civilians;v=8800000;a=The
    office;alt=OCHA]] across Syria had been affected by the disaster.""",
)

item(
    "Aftershock injures scores in Syria's Idlib as panic spreads",
    """A {{magnitude 6.4}} aftershock on Monday evening injured [[at least 130
    people|injured;a=the White Helmets]] in north-west Syria, most of them hurt while fleeing
    buildings, the White Helmets said. [[Three people|killed;a=a doctor]] died of heart
    attacks, according to a doctor at the hospital in Sarmada. Across the border near Defne,
    the epicentre, [[six people|killed;a=Turkish officials]] were killed and
    [[294|injured;a=Turkish officials]] hurt, Turkish officials said.""",
)

item(
    "Shelling hits Aleppo village still clearing quake rubble",
    """Government artillery struck the village of Kafr Taal in the western Aleppo countryside
    on Saturday, killing [[two civilians|killed;a=the White Helmets]] and wounding
    [[five|injured;a=the White Helmets]], the White Helmets said, a week after the earthquake
    brought down [[more than 50 homes|housing;a=the White Helmets]] in the same area. It was
    the {{third}} bombardment of the area since {{6 February}}.""",
)

item(
    "Afghan quakes killed nearly 1,500, Taliban say, revising toll",
    """The earthquakes that struck western Afghanistan's Herat province on Saturday killed [[at
    least 1,480 people|killed;a=a spokesman for the disaster ministry]], a spokesman for the
    disaster ministry said on Thursday, revising down an earlier toll of [[2,445|killed;a=a
    spokesman for the disaster ministry]]. [[About 2,000 houses|housing]] were destroyed in
    [[13 villages|other]] of Zindajan district alone. Women and children made up {{more than 90
    percent}} of the dead, according to UNICEF.""",
)

item(
    "Herat quake hit families who had only just come back from Iran",
    """Many of the families hit by the Herat earthquakes had come back from Iran only months
    earlier, the Norwegian Refugee Council said on Tuesday. In Zindajan district alone, [[some
    1,300 returnee households|displaced;a=the council;alt=the Norwegian Refugee Council]] lost
    the homes they had rebuilt, the council estimated. Iran sent back [[more than 480,000
    Afghans|returned;a=the UN migration agency]] between January and September, according to
    the UN migration agency.""",
)

item(
    "As winter nears, Herat quake survivors are still in tents",
    """[[More than 20,000 people|displaced;a=the Afghan Red Crescent]] are still living in
    tents in Herat province {{two months}} after the earthquakes, the Afghan Red Crescent said.
    Night temperatures in Zindajan have already dropped to {{minus 5C}}. The IFRC said it had
    sent [[3,000 winterised tents|aid;a=The IFRC]] and was seeking {{27 million Swiss francs}}
    to keep survivors warm until spring.""",
)

item(
    "UN says ban on women staff slows quake response in Herat",
    """UN agencies and their partners have reached [[about 114,000 people|aid;a=the United
    Nations]] in quake-hit parts of Herat with food, tents or cash, the United Nations said on
    Sunday, but the ban on Afghan women working for aid groups made it hard to reach female
    survivors. The WHO said [[more than 40 health facilities|housing;a=The WHO]] had been
    damaged, [[five of them|housing;n=-;u=structure;a=The WHO]] beyond repair.""",
)

item(
    "Quake kills 1,000 in Afghanistan's Paktika as Taliban appeal for help",
    """A powerful earthquake struck a remote mountainous region of eastern Afghanistan early on
    Wednesday, killing [[at least 1,000 people|killed;a=the state-run Bakhtar news agency]] and
    injuring [[1,500 more|injured;n=-;a=the state-run Bakhtar news agency]], the state-run
    Bakhtar news agency reported. The {{magnitude 5.9}} quake hit about {{44 km}} from the city
    of Khost. Officials said [[1,800 to 2,000 homes|housing;a=Officials]] had been flattened in
    Gayan and Barmal districts.""",
)

item(
    "Taliban send helicopters and fighters as rain hampers quake rescue",
    """The Taliban's defence ministry said it had sent [[nine helicopters|other;a=The Taliban's
    defence ministry]] and [[several hundred fighters|combatants;a=The Taliban's defence
    ministry]] to Gayan district, where rain and landslides had cut the only road. UNICEF said
    [[some 118,000 children|civilians;a=UNICEF]] had been affected by the quake, many of them
    now without clean water.""",
)

item(
    "Quake in eastern Afghanistan kills hundreds in a province full of returnees",
    """A {{magnitude 6}} earthquake struck eastern Afghanistan near the Pakistan border late on
    Sunday, killing [[more than 800 people|killed;a=a Taliban government spokesman]] and
    injuring [[2,800|injured;a=a Taliban government spokesman]], a Taliban government spokesman
    said. Most of the casualties were in Kunar province, where mud-brick homes fell on families
    as they slept. The province has taken in [[tens of thousands of returnees|returned;a=the
    UN]] expelled from Pakistan since {{2023}}, the UN said.""",
)

item(
    "Rockfalls cut off Kunar quake villages, aid group says",
    """Rockfalls set off by aftershocks have cut the roads to [[at least 15
    villages|other;a=the International Rescue Committee]] in Kunar's Nurgal and Chawkay
    districts, the International Rescue Committee said, forcing its teams to walk for {{four
    hours}} to reach survivors. Army helicopters have flown [[about 2,000 injured
    people|injured]] to hospitals in Jalalabad and Asadabad. The WHO said [[nine health
    facilities|housing;a=The WHO]] had been damaged.""",
)

item(
    "Afghans deported from Pakistan arrive in quake zone with nothing",
    """Pakistan sent back [[more than 6,300 Afghans|returned;a=the UN refugee agency]] through
    the Torkham crossing in the week after the Kunar earthquake, the UN refugee agency said on
    Friday, urging Islamabad to pause expulsions. Many were heading for districts where the
    quake destroyed [[about 5,400 houses|housing]]. UNHCR said [[more than 1.4 million
    Afghans|returned;v=1400000;a=UNHCR]] had returned or been forced back from Iran and
    Pakistan since January.""",
)

item(
    "Quake near Mazar-i-Sharif kills 20, damages Blue Mosque",
    """A {{magnitude 6.3}} earthquake struck near Afghanistan's northern city of Mazar-i-Sharif
    before dawn on Monday, killing [[at least 20 people|killed;a=the health ministry]] and
    injuring [[about 640|injured;a=the health ministry]], the health ministry said. Tiles fell
    from the shrine known as the Blue Mosque, built in the {{15th century}}. Officials in
    Samangan province said [[more than 150 returnee families|displaced;a=Officials in Samangan
    province]] who had arrived from Iran in the summer had lost their shelters.""",
)

item(
    "Myanmar junta says quake toll tops 1,600 as air strikes go on",
    """Myanmar's military government said on Saturday the death toll from Friday's {{magnitude
    7.7}} earthquake had risen to [[1,644|killed;a=Myanmar's military government]], with
    [[3,408 people|injured;a=Myanmar's military government]] injured and
    [[139|missing;a=Myanmar's military government]] missing. Hours after the quake, the
    military bombed villages in northern Shan State, killing [[seven people|killed;a=a local
    resistance group]], a local resistance group said.""",
)

item(
    "Shadow government pauses fighting in quake areas; junta keeps bombing",
    """Myanmar's shadow National Unity Government said its armed wing would halt offensive
    operations for {{two weeks}} in areas hit by the earthquake. Myanmar Witness, a monitoring
    group, said it had recorded [[at least 16 air strikes|other;u=other;a=Myanmar Witness]]
    since the quake, [[three of them|other;n=-;u=other;a=Myanmar Witness]] in Sagaing region
    near the epicentre. The junta has not commented on the reports.""",
)

item(
    "Hundreds of worshippers died as mosques fell during Friday prayers",
    """[[About 700 worshippers|killed;a=Kyaw Soe Naing]] were killed when [[more than 60
    mosques|housing;a=Kyaw Soe Naing]] collapsed or were damaged during Friday prayers in the
    last week of Ramadan, said Kyaw Soe Naing, a member of a Muslim community network in
    Mandalay. It was not clear whether the deaths were included in the official toll.""",
)

item(
    "Rights group says junta blocked aid to rebel-held quake zones",
    """Soldiers at checkpoints on the road to Sagaing turned back [[at least 12
    trucks|aid;a=Amnesty International]] carrying rice and tarpaulins last week, Amnesty
    International said on Tuesday. The military's information team said it had arrested [[two
    people|arrested;a=The military's information team]] for posting "false news" about the
    relief effort. The UN estimates [[more than 17 million people|civilians;a=The UN]] live in
    the areas hit hardest.""",
)

item(
    "Haiti quake toll climbs to 2,207 as gangs declare a truce for aid",
    """The death toll from Saturday's {{magnitude 7.2}} earthquake in south-western Haiti rose
    to [[2,207|killed;a=Haiti's Civil Protection agency]], Haiti's Civil Protection agency said
    on Wednesday, with [[344 people|missing;a=Haiti's Civil Protection agency]] still missing
    and [[more than 12,200|injured;a=Haiti's Civil Protection agency]] injured. Gangs
    controlling the Martissant road out of Port-au-Prince said they would let aid convoys
    through.""",
)

item(
    "Gunmen hijack aid trucks as Haiti quake survivors wait",
    """Gunmen seized [[two trucks|aid;a=the UN World Food Programme]] carrying food for quake
    survivors on the road between Port-au-Prince and Les Cayes on Thursday, the UN World Food
    Programme said. The quake destroyed [[more than 52,000 homes|housing;a=officials]] and
    damaged [[77,000 more|housing;n=-;u=structure;a=officials]], officials said.""",
)

item(
    "Quake kills 20 in Balochistan's Harnai, a district hit by insurgent attacks",
    """A {{magnitude 5.9}} earthquake struck Harnai district in Pakistan's Balochistan province
    before dawn on Thursday, killing [[at least 20 people|killed;a=provincial officials]],
    [[six of them|killed;n=-;a=provincial officials]] children, provincial officials said.
    [[More than 300|injured]] were hurt. The military's media wing said it had deployed [[200
    troops|combatants;a=The military's media wing]] to help with rescue in a district where
    Baloch separatists often attack security forces.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Strong aftershock rattles Herat survivors",
    """A {{magnitude 6.3}} aftershock struck {{28 km}} north of Herat city at {{5:10am}} on
    Sunday, the {{fourth}} strong quake in {{eight days}}. The US Geological Survey said it was
    {{10 km}} deep. Residents who had returned to their homes ran back into the streets.""",
)

item(
    "UN seeks $275 million for Myanmar quake response",
    """The United Nations launched a {{$275 million}} flash appeal for Myanmar on {{1 April}},
    {{four days}} after the {{magnitude 7.7}} quake struck at {{12:50pm}} local time. The plan
    covers {{three months}}. The UN's resident coordinator said the disaster came on top of a
    war that had already left the country's economy {{30 percent}} smaller than in
    {{2019}}.""",
)

item(
    "EU and US ease Syria sanctions for 180 days after earthquake",
    """Washington issued a {{180-day}} licence on {{9 February}} allowing transactions for
    earthquake relief in Syria, and the European Union followed with its own exemption on {{23
    February}}. The United States pledged {{$85 million}} in aid. Damascus had asked for
    sanctions imposed since {{2011}} to be lifted entirely.""",
)
