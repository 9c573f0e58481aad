"""Armenia and Azerbaijan, the Thailand-Cambodia border, Chad and Sudan: border villages under
fire, 2014-2026."""

from _wrap import item

item(
    "Tavush villages shelled as Armenia-Azerbaijan border flares",
    """Azerbaijani artillery hit the Armenian border villages of Chinari, Aygepar and Movses
    overnight, damaging [[13 houses|housing;a=Tavush governor Hayk Chobanyan]] and a
    kindergarten, Tavush governor Hayk Chobanyan said on {{14 July}}. [[One
    villager|injured;a=Tavush governor Hayk Chobanyan]] was wounded by shrapnel, he
    said. Across the border, Azerbaijan's prosecutor-general said [[a resident|killed;v=1;a=Azerbaijan's prosecutor-general]] of Agdam village in Tovuz, {{aged 76}}, had been
    killed and [[dozens of homes|housing;a=Azerbaijan's prosecutor-general]] damaged by
    Armenian fire. Azerbaijan's defence ministry said [[11 servicemen|killed;a=Azerbaijan's
    defence ministry]], including a major general, had died since {{Sunday}}, while Armenia
    reported [[four soldiers|killed;a=Armenia]] killed. In Chinari, [[about 120 women and
    children|displaced;n=women and children;a=the village head]] were sent to relatives in
    Berd, the village head said.""",
)

item(
    "Thousands flee Jermuk and Syunik after Azerbaijani assault",
    """[[More than 2,750 people|displaced;a=Armenia's deputy prime minister]] were evacuated
    from border communities in the Gegharkunik, Syunik and Vayots Dzor provinces after
    Azerbaijani forces shelled and attacked positions inside Armenia, Armenia's deputy prime
    minister said on {{14 September}}. The resort of Jermuk, whose [[roughly 6,000
    residents|civilians]] were joined by hotel guests, was emptied of women and children. Hotels in Goris took in [[some 500
    evacuees|displaced]].
    Armenia said [[105 servicemen|killed;a=Armenia]] had been killed, and later raised the
    toll; Azerbaijan said it had lost [[71 troops|killed;a=Azerbaijan]]. Armenian officials said
    [[192 houses|housing;a=Armenian officials]] and [[three schools|housing;a=Armenian officials]] were damaged, and
    that [[at least 20 soldiers|arrested;a=Armenian officials]] were being held by
    Azerbaijan. [[Around 30 servicemen|missing;a=the ombudsman]] remain unaccounted for, according to the
    ombudsman.""",
)

item(
    "Syunik villagers say Azerbaijani troops took two men",
    """[[Two men|kidnapped;a=Armenia's human rights defender]] from the Syunik village of
    Nerkin Khndzoresk were abducted by Azerbaijani troops while collecting firewood near the
    new line of contact, Armenia's human rights defender said on {{Wednesday}}. Azerbaijan's
    state border service said it had detained [[two Armenian nationals|arrested;a=Azerbaijan's
    state border service]] who crossed illegally. A year after the war, villagers in Syunik
    count [[at least 11 residents|kidnapped;a=villagers in Syunik]] taken in similar
    incidents, of whom [[eight|returned;a=villagers in Syunik]] have been sent back through the Red Cross. Herders
    say they have lost [[more than 300 sheep|other;a=Herders]] to troops on the other side, and [[about
    40 families|displaced;a=the local mayor]] have moved from the village to Goris, the local
    mayor said.""",
)

item(
    "Azerbaijan's Gazakh villages welcome first returnees",
    """[[The first 40 families|returned;a=the State Committee for Affairs of Refugees and
    IDPs]] moved into rebuilt homes in Kheyrimli, one of [[four villages|other;a=the State Committee for Affairs of Refugees and IDPs]] in Gazakh
    handed back by Armenia under the border delimitation of {{April 2024}}, the State Committee
    for Affairs of Refugees and IDPs said. The committee plans to resettle [[some 1,200
    people|returned;p;a=The committee;alt=the State Committee for Affairs of Refugees and
    IDPs]] in the villages by the end of next year. [[Around 150 houses|housing;p]] and a
    school for [[up to 360 pupils|capacity;p]] are being built. Across the new line, the
    Armenian village of Kirants, home to [[about 400 people|civilians]], lost access to
    [[five homes|other]] and its main road. Residents there say [[at least a dozen
    families|displaced;a=Residents there]] have already left.""",
)

item(
    "Thai border provinces evacuate 138,000 as clashes widen",
    """Thai authorities have evacuated [[more than 138,000 people|displaced;a=the Thai health
    ministry]] from border districts in [[four provinces|other;u=other;a=the Thai health ministry]], the Thai health ministry said
    on {{Friday, 25 July}}, as fighting with Cambodia spread along the frontier. Cambodian
    rockets and shells have killed [[14 civilians|killed;a=the ministry;alt=the Thai health
    ministry]] and [[one soldier|killed;a=the ministry;alt=the Thai health ministry]] in
    Thailand, the ministry said, [[six|killed;n=-;a=the ministry;alt=the Thai health ministry]] of them when a rocket hit a petrol station
    in Sisaket. [[At least 46 people|injured]] were in hospital. [[About 300 temporary
    shelters|capacity;a=the interior ministry]] have been opened in schools and temples, the
    interior ministry said. In Cambodia, the defence ministry said [[13 people|killed;a=the
    defence ministry]] had died and [[more than 35,000|displaced;a=the defence ministry]] had
    fled from Oddar Meanchey and Preah Vihear.""",
)

item(
    "Schools shut, cattle left behind in Surin's border villages",
    """[[Some 850 schools|other;a=Thailand's basic education commission]] in Surin, Sisaket,
    Buri Ram and Ubon Ratchathani were ordered shut, Thailand's basic education commission
    said, affecting [[over 100,000 pupils|other;a=Thailand's basic education commission]].
    In Kap Choeng district, villagers said they had left [[hundreds of cattle|other;a=villagers]] and
    [[thousands of chickens|other;u=other;a=villagers]] when they fled. Provincial officials said
    [[roughly 2,000 animals|other;u=other;a=Provincial officials]] had died or were
    missing. The Thai army sent [[at least 60 vehicles|other;a=the Second Army Region]] to carry the remaining
    villagers out, and [[between 5,000 and 7,000 troops|combatants;a=the Second Army Region]] were deployed to the
    district, according to the Second Army Region. [[A rubber tapper|injured;v=1]], {{42}},
    lost a leg to an artillery shell near Ban Nong Khana.""",
)

item(
    "Thailand holds 18 Cambodian soldiers after truce",
    """Thailand's army said on {{Thursday}} it was holding [[18 Cambodian soldiers|arrested;a=Thailand's
    army]] captured near the Chong Chom pass hours after the ceasefire took effect at
    midnight. Cambodia's defence ministry called for their immediate release and said the men
    had been approaching the Thai lines to greet them. The Thai side also said it had detained
    [[more than 70 Cambodian migrant workers|arrested;a=The Thai side]] found without papers in Surin. Since
    {{June}}, [[more than 400,000 Cambodian workers|returned;a=Cambodia's labour
    ministry]] have gone home from Thailand, Cambodia's labour ministry said, most of them
    through the Poipet crossing. Cambodia's government plans to find jobs for [[up to 150,000 of
    them|other;p;n=-;a=Cambodia's government]]. Thailand keeps [[some 20,000
    troops|combatants;a=the Thai defence ministry]] along the frontier, the Thai defence
    ministry said.""",
)

item(
    "Cambodian families go back to Oddar Meanchey after ceasefire",
    """[[Nearly 100,000 people|returned;a=Cambodia's National Committee for Disaster
    Management]] displaced by the fighting have gone back to their villages in Oddar Meanchey
    and Preah Vihear, Cambodia's National Committee for Disaster Management said on
    {{Monday}}. [[About 35,000|displaced;a=the committee;alt=Cambodia's National Committee for
    Disaster Management]] remain in [[62 displacement sites|capacity;a=the committee;alt=Cambodia's National Committee for Disaster Management]], the committee said. In
    the commune of Kouk Mon, [[more than 50 homes|housing;a=villagers]] and [[a pagoda|housing;v=1;u=structure;a=villagers]] were
    destroyed by Thai artillery, villagers said. The Cambodian Red Cross handed out rice and
    cash to [[12,000 families|aid;a=The Cambodian Red Cross]], and [[some 3,000 more|aid;p;n=-;u=household;a=it;alt=The
    Cambodian Red Cross]] are to be helped next week, it said.""",
)

item(
    "New Thai-Cambodian fighting sends Sisaket villagers back to shelters",
    """Thai villagers who had returned home only {{weeks}} ago fled again on Monday as fighting
    with Cambodia resumed along the border in Sisaket and Ubon Ratchathani. The Second Army
    Region said [[about 400,000 people|displaced;a=The Second Army Region]] had been moved to
    [[more than 1,000 shelters|capacity;a=The Second Army Region]], and that [[three
    soldiers|injured;a=The Second Army Region]] had been wounded by landmines. Cambodia's
    information ministry said Thai air strikes had killed [[four civilians|killed;a=Cambodia's
    information ministry]] and wounded [[nine|injured;a=Cambodia's information ministry]]. Aid
    groups in Ubon said [[2,400 families|aid;a=Aid groups in Ubon]] had been given sleeping
    mats and mosquito nets. [[One villager|missing]] from Phu Sing is still unaccounted for.""",
)

item(
    "Chad's Adré overwhelmed as Darfur refugees keep coming",
    """[[More than 600,000 Sudanese refugees|displaced;a=the UN refugee agency]] have crossed into
    eastern Chad since the war began in {{April 2023}}, the UN refugee agency said, along with
    [[about 180,000 Chadian returnees|returned;a=the UN refugee agency]]. In Adré, a border
    town of [[some 40,000 residents|civilians;a=UNHCR]] before the war, [[over 200,000 people|displaced;a=UNHCR]]
    now live in a makeshift site, UNHCR said. The agency has relocated [[more than 110,000
    refugees|displaced;a=The agency;alt=the UN refugee agency]] to [[seven new camps|capacity]]
    further inland, and plans [[two more|capacity;p;n=-;u=structure;a=The agency;alt=the UN refugee agency]]. [[Up to 1,200 people a day|displaced;a=Médecins Sans Frontières]] arrived at the height of the fighting in El Geneina,
    Médecins Sans Frontières said.""",
)

item(
    "Stray fire and drones hit Tine on the Chad-Sudan border",
    """Shells and bullets from fighting between the Rapid Support Forces and allied militias in
    Sudan's Tine landed in the Chadian town of the same name on Saturday, killing [[two
    Chadian civilians|killed;a=the prefect of Kobé department]] and wounding [[seven|injured;a=the prefect of
    Kobé department]], the prefect of Kobé department said. A drone struck a market on the
    Sudanese side, killing [[at least 9 people|killed]]. Chad sent [[about 1,000 soldiers|combatants;a=the
    defence ministry]] to reinforce the border, the defence ministry said. [[Hundreds of
    families|displaced;a=local officials]] crossed the wadi that marks the frontier into Chadian Tine, local
    officials said, and [[dozens of huts|housing;a=local
    officials]] burned in the Sudanese town. The school in Chadian Tine now shelters [[about
    1,800 people|displaced;a=UNICEF]] in [[12 classrooms|capacity;a=UNICEF]], UNICEF said.""",
)

item(
    "Gunmen from Sudan abduct Chadian herders near Adré",
    """Armed men who crossed from Sudan abducted [[14 Chadian herders|kidnapped;a=the governor
    of Ouaddaï province]] and drove off [[about 200 camels|other;a=the governor of Ouaddaï province]] near Adré, the governor of
    Ouaddaï province said on {{Tuesday}}. Chadian soldiers freed [[nine|kidnapped;n=-;a=the army]] of
    the herders the next day and arrested [[three suspects|arrested;a=the army]], the army
    said. [[Five herders|missing;a=their relatives]] are still missing, their relatives said. In a separate
    attack near Goz Beïda, [[two refugee women|kidnapped;a=an aid worker]] were seized while collecting
    firewood outside Djabal camp, an aid worker said. Chad's army says [[about 5,000
    troops|combatants;a=Chad's army]] now patrol the eastern border.""",
)

item(
    "Food cuts hit refugees in Chad's border camps",
    """The World Food Programme will cut rations for [[about 400,000 refugees|aid;p;a=The World
    Food Programme]] in eastern Chad from {{November}} unless new funding arrives, the agency
    said, after it ran short of {{$150 million}}. [[Only 1.2m|aid;a=it;alt=The World Food Programme]]
    of the people it aims to help in Chad will receive full rations, it said. In Farchana camp,
    [[more than 1,500 latrines|other;a=the camp's managers]] need repair, and [[some 2,000 shelters|housing;a=the camp's managers]] were
    damaged by rains, according to the camp's managers. [[Tens of thousands of
    refugees|displaced]] still live in makeshift huts near the border, beyond the reach of most
    aid.""",
)

item(
    "Chadian villages near Sudan count dead after RSF raid",
    """Fighters who crossed from Sudan attacked [[three Chadian villages|other;a=Chad's government spokesman]] near Birak on
    Sunday, killing [[11 people|killed;a=Chad's government spokesman]] and wounding [[about
    20|injured;a=Chad's government spokesman]], Chad's government spokesman said. The raiders
    burned [[at least 60 huts|housing;a=residents]] and stole [[more than 400 head of
    livestock|other;n=livestock;a=residents]], residents said. [[About 3,000 villagers|displaced;a=local
    authorities]] fled to Iriba, local authorities said. The army said it had killed [[17
    attackers|killed;a=The army]] and captured [[four|arrested;n=-;a=The army]]. The UN refugee
    agency said [[2,500 people|aid;p;a=The UN refugee
    agency]] would receive emergency shelter kits.""",
)

item(
    "Armenia and Azerbaijan sign border delimitation protocol",
    """Armenia and Azerbaijan signed a protocol on {{19 April 2024}} fixing a {{12.7 km}}
    stretch of their border between Tavush and Gazakh, the first segment agreed since the
    {{1991}} break-up of the Soviet Union. The border commissions met for {{nine hours}} in
    their {{eighth}} round of talks. The full frontier runs for about {{1,000 km}}. Prime
    Minister Nikol Pashinyan's approval rating fell by {{4%}} after the deal, a poll found.""",
)

item(
    "Thai-Cambodian border market reopens after three months",
    """The Chong Chom border market between Surin and Oddar Meanchey reopened at {{9 am}} on
    {{Saturday, 8 November}}, {{three months}} after it was shut by the fighting. Stallholders
    said prices of rice and dried fish were up {{15%}}, and trade on the first day came to
    about {{1.5 million baht}}. The crossing will open from {{7 am}} to {{5 pm}} daily, and
    goods trucks are limited to {{10 tonnes}}. Cambodian officials called it a "{{first}}
    step" back to normal.""",
)
