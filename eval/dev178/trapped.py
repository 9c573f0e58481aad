"""People trapped and besieged: those who stayed, those starved, those killed trying to leave,
the shelters and basements they live in (14 texts with figures, 1 without)."""

from _wrap import item

item(
    "Mortar bomb hits Sarajevo water queue",
    """SARAJEVO (Reuters) - Serb gunners in the hills around Sarajevo fired mortar bombs into a
    crowd queuing for water in the Dobrinja suburb on Thursday, killing
    [[11 people|killed;a=doctors at Kosevo hospital]] and wounding
    [[at least 40|injured;a=doctors at Kosevo hospital]], doctors at Kosevo hospital said. The
    city of [[some 380,000 residents|civilians]] has had no running water for {{nine days}}, and
    people cross open streets watched by snipers to fill canisters at the old brewery. UNHCR said
    [[14 relief flights|aid;a=UNHCR]] landed at the airport on Wednesday with
    [[190 tonnes|aid;a=UNHCR]] of flour, medicine and plastic sheeting, but shelling halted the
    airlift on Thursday. A city official said [[more than 8,000 people|killed;a=A city official]]
    had been killed in Sarajevo since the siege began in April {{1992}}, among them
    [[more than 1,000 children|killed;a=A city official]]. The Bosnian government says
    [[some 1,700 homes|housing;a=The Bosnian government]] were hit by shells in the first
    {{three weeks}} of the month.""",
)

item(
    "Thousands crowd UN base as Srebrenica falls",
    """POTOCARI, Bosnia-Herzegovina (AP) - Bosnian Serb forces overran the U.N.-declared safe area
    of Srebrenica on Tuesday, and [[tens of thousands of Muslim refugees|displaced;a=U.N.
    officials]] streamed north toward the Dutch peacekeepers' base here, U.N. officials said.
    [[About 5,000 people|displaced;a=Dutch officers]] were crammed inside the base compound and
    [[as many as 20,000|displaced;a=Dutch officers]] were camped in the fields and factory yards
    around it, Dutch officers said. The Dutch battalion, [[some 400 soldiers|combatants]] short of
    fuel and ammunition, had called for NATO air strikes that came too late to stop the advance.
    Serb commanders said buses would take women, children and the elderly to government-held
    territory near Kladanj, and a U.N. spokesman said [[at least 40 buses|other;a=a U.N.
    spokesman]] had arrived by evening. In Tuzla, women told reporters that
    [[hundreds of men and boys|missing;a=women;n=men and boys]] had been led away by Serb soldiers
    and not seen since. The enclave was declared a safe area by the Security Council in
    {{1993}}.""",
)

item(
    "Hunger stalks the besieged Old City of Homs",
    """Activists say [[about 3,000 civilians|civilians;a=Activists]] remain trapped in the besieged
    old quarters of Homs, where government forces have blocked food and medicine for more than
    {{500 days}}. Residents describe eating weeds and olives boiled with spices, and a local
    medical council said [[at least 26 people|killed;a=a local medical council]] had died of
    hunger-related illness since the autumn. The council said
    [[about 450 residents|civilians;a=The council;alt=a local medical council]] were elderly
    or chronically ill and had no access to treatment. A mosque basement
    and [[two church halls|capacity;u=structure]] now serve as shelters for families whose homes
    have been destroyed. UNITAR, the UN's training and research agency, said satellite images
    showed [[more than 2,000 buildings|housing;a=UNITAR]] damaged or destroyed in the Old City. A
    rebel commander put the number of fighters inside at
    [[fewer than 1,000|combatants;a=A rebel commander]].""",
)

item(
    "Madaya: The Syrian town where people are starving",
    """The UN says [[more than 40,000 people|civilians;a=The UN]] are trapped in Madaya, a mountain
    resort town near the Lebanese border that pro-government forces have surrounded since
    {{July}}. Medecins Sans Frontieres said [[23 patients|killed;a=Medecins Sans Frontieres]] had
    died of starvation at a health centre it supports since {{1 December}}. The charity said the
    centre was treating [[about 250 people|injured;a=The charity;alt=Medecins Sans Frontieres]]
    for severe acute malnutrition, [[10 of whom|injured;n=-;a=The charity;alt=Medecins Sans
    Frontieres]] needed urgent hospital care. Residents say a kilo of rice now costs up to
    {{$250}}. The town is ringed by checkpoints and [[thousands of landmines|other;u=other]], and
    residents said [[at least five people|killed;a=residents]] had been killed by mines or sniper
    fire while trying to slip out to forage for food.""",
)

item(
    "Families in east Aleppo move underground as bombs fall",
    """In the Sukkari neighbourhood, [[about 60 families|displaced;a=a local council member]] now
    live in the basement of a single apartment block, sleeping in shifts because there is not
    enough floor space, a local council member told Syria Direct. The Syria Civil Defence counts
    [[more than 300 basements|capacity;u=structure;a=The Syria Civil Defence]] in use as shelters
    across the besieged east of the city, where the UN says
    [[some 275,000 people|civilians;a=the UN]] remain. Air strikes on Monday killed
    [[at least 32 civilians|killed;a=the Syrian Observatory for Human Rights]], including
    [[nine children|killed;a=the Syrian Observatory for Human Rights]], according to the Syrian
    Observatory for Human Rights. Doctors say [[five hospitals|other;a=Doctors]] are still
    partly working. Abu Mohammad, a {{34-year-old}} teacher, has not left the shelter in
    {{11 days}}. "My children ask me what the sky looks like," he said.""",
)

item(
    "Civilians shot as they flee Mosul's Old City, survivors say",
    """Jihadists of the Islamic State group shot dead [[at least 12 people|killed;a=survivors]]
    who tried to slip out of Mosul's Old City before dawn on Sunday, survivors told AFP. Iraqi
    commanders estimate that [[up to 100,000 civilians|civilians;a=Iraqi commanders]] are still
    trapped in the shrinking area held by IS, where the jihadists now number
    [[fewer than 350|combatants;a=Iraqi commanders]]. [[Some 700 people|displaced;a=the migration
    ministry]] reached the Hammam al-Alil screening centre on Saturday alone, the migration
    ministry said. The United Nations says
    [[more than 800,000 people|displaced;a=The United Nations]] have fled Mosul since the
    offensive began in October {{2016}}. At a field clinic in Nabi Shit, medics treated
    [[27 wounded civilians|injured]] in a single morning. An Iraqi officer said his men had found
    [[16 bodies|killed;a=An Iraqi officer]] in a street near the ruined al-Nuri mosque.""",
)

item(
    "Military: 300 civilians still trapped in Marawi battle area",
    """MARAWI CITY - The military believes [[about 300 civilians|civilians;a=The military]]
    remain trapped in the main battle area of Marawi City, among them
    [[dozens of hostages|kidnapped;a=The military]] held by the Maute group. Joint Task Force
    Marawi spokesperson Lieutenant Colonel Jo-Ar Herrera said troops had rescued
    [[1,723 civilians|displaced;a=Jo-Ar Herrera]] since the fighting erupted on {{May 23}}. The
    military put the death toll on Tuesday at [[562|killed;a=The military]], including
    [[428 militants|killed;a=The military]], [[89 soldiers and policemen|killed;a=The
    military;n=soldiers and policemen]] and [[45 civilians|killed;a=The military]]. The
    Department of Social Welfare and Development said
    [[more than 359,000 people|displaced;a=The Department of Social Welfare and Development]]
    had fled Marawi and nearby towns, and that [[some 21,000|displaced;a=The Department of
    Social Welfare and Development]] were staying in [[79 evacuation centres|capacity;a=The
    Department of Social Welfare and Development]].""",
)

item(
    "Azov: hundreds of civilians and wounded in Azovstal bunkers",
    """Azov's deputy commander said on Wednesday that
    [[about 600 civilians|displaced;a=Azov's deputy commander]] were sheltering in the Soviet-era
    bunkers beneath the Azovstal steel plant, among them
    [[dozens of children|displaced;a=Azov's deputy commander]]. He said
    [[more than 500 wounded soldiers|injured;a=Azov's deputy commander]] were lying in makeshift
    wards with no anaesthetic and few bandages. The Mariupol city council estimates that
    [[at least 100,000 residents|civilians;a=The Mariupol city council]] remain in the city, down
    from [[430,000 people|civilians;a=The Mariupol city council]] before the invasion, and says
    {{90%}} of its housing is damaged. Ukrainian officials said
    [[at least 21 people|killed;a=Ukrainian officials]] were killed in {{March}} when Russian
    forces shelled a column of cars on the road to Zaporizhzhia. The Kyiv Independent could not
    verify the figures.""",
)

item(
    "Bakhmut's last residents: 'Where would we go?'",
    """Before the full-scale invasion, Bakhmut was home to [[about 70,000 people|civilians]]. Now,
    according to the regional military administration,
    [[fewer than 4,000 civilians|civilians;a=the regional military administration]] remain,
    among them [[38 children|civilians;a=the regional military administration]]. Most live in
    basements and come up only to fetch water or collect bread from volunteers. Police say their
    White Angels unit has evacuated [[more than 1,000 people|displaced;a=Police]] from the city
    since {{January}}. Oleksandr, {{71}}, refuses to leave the flat where he has lived since
    {{1979}}. "Where would we go? Who needs us there?" he asked. Russian shelling killed
    [[two civilians|killed;a=Pavlo Kyrylenko]] and wounded [[five|injured;a=Pavlo Kyrylenko]] in
    the city on Sunday, Donetsk Oblast Governor Pavlo Kyrylenko said.""",
)

item(
    "Ukraine pulls troops out of Avdiivka to avoid encirclement",
    """KYIV (Reuters) - Ukraine said on Saturday it had pulled its troops out of Avdiivka to save
    them from encirclement, handing Russia its biggest gain since the fall of Bakhmut in May
    {{2023}}. Russia had massed [[some 40,000 troops|combatants;a=Ukrainian officers]] around
    the town, Ukrainian officers said. A battalion commander said
    [[six wounded soldiers|injured;a=A battalion commander]] who could not be carried out had
    been left behind at the Zenit position. Russia's defence ministry claimed
    [[more than 1,500 Ukrainian servicemen|killed;a=Russia's defence ministry]] had been killed
    in the final {{24 hours}} of fighting. Ukrainian officials said
    [[fewer than 1,000 civilians|civilians;a=Ukrainian officials]] remained in the town, which
    had [[32,000 residents|civilians;a=Ukrainian officials]] before the war. Reuters could not
    independently verify the battlefield accounts.""",
)

item(
    "Shelling on Abu Shouk camp kills 14 as El Fasher siege tightens",
    """EL FASHER - The El Fasher Resistance Committees reported on Sunday that
    [[at least 14 people|killed;a=The El Fasher Resistance Committees]] were killed when the
    Rapid Support Forces (RSF) shelled Abu Shouk camp, among them
    [[five children|killed;a=The El Fasher Resistance Committees]]. The committees said
    [[dozens of families|displaced;a=The committees;alt=The El Fasher Resistance Committees]]
    had fled the camp towards the city centre. According to the UN,
    [[about 260,000 people|civilians;a=the UN]] remain in El Fasher, {{half}} of them children.
    [[Three women|killed;a=a survivor]] were killed by RSF fighters on the road to Tawila, about
    {{60 kilometres}} to the west, on Friday, a survivor told Radio Dabanga. A sack of millet now
    costs {{SDG 300,000}}, and community kitchens that fed
    [[some 100,000 people a day|aid;a=volunteers]] have closed for lack of grain, volunteers
    said. The siege began in {{May 2024}}.""",
)

item(
    "Jabalia siege enters fourth week",
    """Israel's siege of Jabalia refugee camp in northern Gaza has entered its {{fourth week}},
    with Gaza's Civil Defence saying [[more than 770 people|killed;a=Gaza's Civil Defence]] have
    been killed since the offensive began on {{October 5}}. The UN estimates that
    [[up to 400,000 people|civilians;a=The UN]] remain in the north, cut off from food
    deliveries. Al Jazeera's correspondent reported that
    [[at least 10 people|killed;a=Al Jazeera's correspondent]] were shot on Tuesday as they
    tried to flee on foot. Hussam Abu Safia, director of Kamal Adwan Hospital, said
    [[88 patients|injured;a=Hussam Abu Safia]] remained inside after troops ordered the building
    emptied. The Israeli army says it has detained
    [[hundreds of suspected fighters|arrested;a=The Israeli army]]. It says
    [[more than 45,000 residents|displaced;a=The Israeli army]] have moved south through a
    corridor it opened.""",
)

item(
    "Gangs besiege Port-au-Prince neighbourhood, trapping thousands",
    """PORT-AU-PRINCE, Haiti (AP) - Gangs have surrounded the Solino neighbourhood of Haiti's
    capital for a week, and [[thousands of residents|civilians]] are trapped in their homes with
    little food or water. Police said [[at least 20 people|killed;a=Police]] had been killed,
    including several shot as they tried to flee across rooftops. The International Organization
    for Migration said [[more than 5,000 people|displaced;a=The International Organization for
    Migration]] had fled the area in {{four days}} and that many were sleeping in
    [[three schools|capacity;a=The International Organization for Migration]] and a church in
    Delmas. Haiti's national police has [[fewer than 10,000 officers|combatants]] for a country
    of [[more than 11 million people|civilians]]. The U.N. says
    [[more than 5,600 people|killed;a=The U.N.]] were killed in gang violence in Haiti last
    year.""",
)

item(
    "Kadugli residents ration sorghum as siege closes roads",
    """KADUGLI (Sudan Tribune) - Residents of Kadugli, the capital of South Kordofan, say the
    roads to El Obeid and Dilling have been cut for {{five months}} by the Rapid Support Forces
    and the SPLM-N. A local trader said [[about 120 families|civilians;a=A local trader]] in his
    district were living on one meal of boiled sorghum a day. The state health ministry said
    [[at least 23 people|killed;a=The state health ministry]], most of them children under
    {{five}}, had died of malnutrition in {{September}}. The town's main hospital has received
    [[more than 400 children|injured;a=the ministry;alt=The state health ministry]] suffering
    from acute malnutrition since {{June}}, the ministry added. Drone strikes on the town's
    market killed [[nine people|killed]] last week. The UN estimates that
    [[about 150,000 displaced people|displaced;a=The UN]] are sheltering in Kadugli.""",
)

item(
    "Thirty years on, Sarajevo remembers the siege",
    """Sarajevo on Tuesday marked {{30 years}} since the start of a siege that lasted
    {{1,425 days}}, the longest of a capital city in modern warfare. At a ceremony on the main
    street, survivors recalled the first shots fired on {{April 5, 1992}}. The tunnel dug under
    the airport runway, about {{800 metres}} long, is now a museum visited by tourists. "I was
    {{14}} when it started and {{18}} when it ended," said Amra, a teacher. The city, which hosted
    the {{1984}} Winter Olympics, still bears the scars of shelling on its facades.""",
)
