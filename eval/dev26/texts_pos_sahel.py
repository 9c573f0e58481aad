"""dev26 texts: positives: Nigeria, Lake Chad and the Sahel.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Nigeria, Lake Chad and the Sahel
    (
        "Bandits kill 23 in dawn raid on Zamfara farming villages",
        "Bandits on motorcycles stormed three villages in Maru local government area at dawn, shooting residents and setting grain stores alight, a community leader told reporters. Dozens of women were taken into the forest.",
        "V",
        "village_raid",
    ),
    (
        "Katsina: bandits abduct worshippers from mosque in Funtua",
        "Armed bandits surrounded a mosque during early morning prayers in a village near Funtua and marched at least 40 worshippers into the bush, police in Katsina state said. A tactical team has been deployed to track them.",
        "V",
        "abduction",
    ),
    (
        "Sokoto villagers say bandit levy unpaid, then the killing began",
        "Residents of Sabon Birni said bandits who had demanded a 'protection levy' returned on Tuesday night and killed 15 people when the money was not ready. Hundreds of families have since moved to the local government headquarters.",
        "V D",
        "village_raid",
    ),
    (
        "Lakurawa fighters kill herders, rustle cattle in Kebbi",
        "Fighters of the Lakurawa group, which Nigerian officials describe as a terrorist sect, attacked a settlement in Augie local government area, killing 13 herders and driving away hundreds of cattle, the state police command said.",
        "V T",
        "village_raid",
    ),
    (
        "Air force strikes bandit enclave in Zamfara forest, military says",
        "Nigerian Air Force jets struck camps of a notorious bandit kingpin in the Gusami forest on Sunday, killing scores of fighters, the Defence Headquarters said, as part of Operation Fansan Yamma. The ground component moved in afterwards to clear the area.",
        "E M",
        "air_campaign",
    ),
    (
        "ISWAP overruns military base in Borno's Malam Fatori",
        "Fighters of the Islamic State West Africa Province overran a Nigerian army super camp in Malam Fatori after a night-long gunfight, security sources said. Troops withdrew towards the border and the jihadists carted away an armoured vehicle.",
        "B T",
        "attack_on_base",
    ),
    (
        "Borno town reels after women bombers hit a wedding, then a clinic",
        "Women carrying explosives blew themselves up among wedding guests in Gwoza, and a second blast tore through the town's clinic as the wounded arrived, Borno's emergency agency said. The dead numbered in the thirties; officials blamed Boko Haram.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "JAS fighters kill fishermen on Lake Chad islands",
        "Boko Haram fighters loyal to the JAS faction killed at least 40 fishermen near Dumba on the shores of Lake Chad, accusing them of spying for the army, Borno's governor said. Survivors said the men were rounded up and shot.",
        "V T",
        "massacre",
    ),
    (
        "Two CJTF members killed as insurgents attack Konduga farmers",
        "Members of the Civilian Joint Task Force, the vigilante group that backs troops in Borno, were killed when Boko Haram insurgents opened fire on farmers they were escorting near Konduga, a CJTF commander said. Four farmers were also killed.",
        "B V T",
        "ambush",
    ),
    (
        "Yelewata: gunmen kill scores of displaced farmers in Benue",
        "Gunmen described by residents as armed herders attacked Yelewata in Guma local government area overnight, shooting people and burning houses where displaced families were sheltering, Benue officials said. The Catholic diocese put the toll at over 100.",
        "V D",
        "communal_violence",
    ),
    (
        "Herder-farmer clash in Plateau leaves 52 dead in Bassa",
        "Attackers stormed several Irigwe villages in Bassa local government area and killed 52 people, the Plateau state government said, the latest in a cycle of reprisal killings between Fulani herders and farming communities.",
        "V",
        "communal_violence",
    ),
    (
        "Southern Kaduna village attacked during Sunday service",
        "Gunmen opened fire on a church congregation in a village in Kauru local government area, killing nine people and abducting the pastor, the Southern Kaduna Peoples Union said, blaming armed herders for the attack.",
        "V",
        "attack_on_worshippers",
    ),
    (
        "Shiroro communities flee as bandits seize mining sites",
        "Thousands of villagers have fled to Kuta and Gwada in Niger state after bandits killed soldiers and took over gold mining sites in Shiroro local government area, the state emergency agency said. Camps at the two towns are out of food.",
        "B D H",
        "displacement",
    ),
    (
        "N'Djamena mourns dozens of troops lost on Lake Chad island",
        "About 40 Chadian soldiers died when Boko Haram fighters overran their post on an island in the Lake Chad basin under cover of darkness, the presidency announced. The army then launched an operation to pursue the assailants into the reeds.",
        "B T M",
        "attack_on_base",
    ),
    (
        "Mora: Boko Haram raiders loot and burn homes in Cameroon's Far North",
        "Boko Haram raiders attacked a village near Mora in Cameroon's Far North region on Friday night, killing four residents, looting livestock and burning houses, local authorities said. Many families slept in the bush.",
        "V T D",
        "village_raid",
    ),
    (
        "Barsalogho: JNIM gunmen fire on villagers digging trenches",
        "Fighters of the al-Qaeda-linked JNIM opened fire on civilians who had been ordered by the army to dig defensive trenches around Barsalogho, in central Burkina Faso, killing at least 130 people according to a United Nations estimate. Volunteers of the VDP were among the dead.",
        "V T",
        "massacre",
    ),
    (
        "VDP militia accused of killing Fulani civilians near Solenzo",
        "Videos shared online show men in VDP uniforms among the bodies of Fulani women and children near Solenzo, in western Burkina Faso, and rights groups said the Volunteers for the Defence of the Homeland carried out reprisal killings after a jihadist attack.",
        "V",
        "massacre",
    ),
    (
        "Koglweogo fighters and jihadists clash in Burkina's north",
        "Members of the Koglweogo self-defence group clashed with suspected jihadists near Kaya on Wednesday, leaving at least 12 dead on both sides, local sources said. Residents of two villages fled to Kaya town.",
        "B D",
        "battle",
    ),
    (
        "Dawn assault on Mali's capital claimed by al-Qaeda affiliate",
        "Gunfire and blasts echoed over Bamako for hours after fighters forced their way into a gendarmerie training school and the military side of the airport, and the al-Qaeda affiliate JNIM claimed the raid. The army said the situation was under control by midday.",
        "B T",
        "attack_on_base",
    ),
    (
        "Fuel trucks torched as JNIM tightens blockade on Mali's west",
        "Fighters of JNIM set fire to dozens of fuel tankers on the road from Senegal to Bamako and abducted several drivers, transporters said, as the jihadist group enforces a blockade on the Kayes and Nioro regions. Queues at petrol stations in the capital grew and schools were closed.",
        "V T H",
        "blockade",
    ),
    (
        "Tinzaouaten: Wagner and Malian troops routed near Algerian border",
        "Tuareg rebels of the CSP-DPA said they had killed dozens of Russian Wagner mercenaries and Malian soldiers in fighting at Tinzaouaten, and a pro-Wagner Telegram channel acknowledged heavy losses. The rebels showed captured armoured vehicles.",
        "B",
        "battle",
    ),
    (
        "Malian drone strike hits market in Kidal region, rebels say",
        "A Malian army drone struck a weekly market in the Kidal region, killing at least 8 civilians including children, the Tuareg-led rebel coalition said. The army said it had targeted 'terrorists' gathered there.",
        "E V",
        "drone_strike",
    ),
    (
        "Africa Corps and Malian army accused of executions in Segou villages",
        "Witnesses told Human Rights Watch that Malian soldiers and Russian fighters of the Africa Corps rounded up men in two villages in the Segou region during an operation and shot about 20 of them. The army said it had 'neutralised terrorists'.",
        "V M",
        "executions",
    ),
    (
        "Niger: soldiers killed in ambush near Tillaberi",
        "Twenty soldiers and a civilian were killed when an army unit was ambushed by 'terrorists' near Tassia in the Tillaberi region, Niger's defence ministry said, adding that reinforcements had been sent and air assets deployed.",
        "B T",
        "ambush",
    ),
    (
        "Burkina army drone strikes on a wedding party, survivors say",
        "Survivors told AFP that an army drone hit a wedding gathering near Djibasso in north-western Burkina Faso, killing dozens of guests. Burkina's junta, which has expanded its use of Turkish-made drones against jihadists, did not comment.",
        "E V",
        "drone_strike",
    ),
    (
        "Amba fighters burn school, abduct teachers in Cameroon's Northwest",
        "Separatist fighters, known locally as 'Amba boys', set fire to a secondary school in Kumbo and abducted four teachers for defying their school boycott, the regional delegate for education said.",
        "V",
        "abduction",
    ),
    (
        "Cameroon soldiers raid village after separatist ambush, residents say",
        "Residents of a village near Ndop said soldiers burned about 30 houses and shot two men after Ambazonian separatists ambushed an army patrol on the road, killing a soldier. The army said it was pursuing 'terrorists'.",
        "B V",
        "reprisal_raid",
    ),
    (
        "Lockdown enforced by separatists turns deadly in Buea",
        "Ambazonian separatists enforcing a lockdown opened fire on a taxi in Buea, killing a driver, and clashed with police in two neighbourhoods, residents said. Shops stayed shut across the Southwest region.",
        "B V",
        "shooting_attack",
    ),
]
