"""Build eval/dev26/conflict.jsonl (and the empty eval/dev26/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "the local names of organised violence": ordinary news copy (wires, national and local
outlets worldwide) whose conflict status hinges on regional vocabulary, acronyms and group names
(bandits, ISWAP, JNIM, RSF, SAF, Fano, TTP, BLA, PDF, Tatmadaw, Naxals and "encounters",
dacoits, Viv Ansanm, ELN, Clan del Golfo, CODECO, KKB, Wazalendo...). The negatives are hard
negatives that use the very same words in other senses: sports teams and nicknames, RSF the
press-freedom group, SDF the Japanese forces, ADF the Australian forces, TTP the trade pact, the
OPEC+ "cartel", Wagner the composer, the Junta de Andalucia, peace talks and disarmament by the
same groups, designations and sanctions, trials for past attacks, anniversaries, films, cattle
markets and herders' festivals, and disasters, accidents and epidemics in the same regions.
Decisions where the guideline is silent are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (26), with ids cb0001... (a prefix no other set uses).

    python eval/dev26/build.py            # validate, print the counts, write the files
    python eval/dev26/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the conflictset package

from conflictset import ConflictConfig, N, P, run

CONFIG = ConflictConfig(
    "dev26",
    Path(__file__).resolve().parent,
    "cb",
    26,
    sentences=(1, 3),
    max_text_chars=600,
    max_title_chars=120,
    near_dup=0.5,
)

# ====================================================================== texts
# ---------------------------------------------------------------- positives: Nigeria, Lake Chad and the Sahel

P(
    "Bandits kill 23 in dawn raid on Zamfara farming villages",
    "Bandits on motorcycles stormed three villages in Maru local government area at dawn, shooting residents and setting grain stores alight, a community leader told reporters. Dozens of women were taken into the forest.",
    "V",
    "village_raid",
)
P(
    "Katsina: bandits abduct worshippers from mosque in Funtua",
    "Armed bandits surrounded a mosque during early morning prayers in a village near Funtua and marched at least 40 worshippers into the bush, police in Katsina state said. A tactical team has been deployed to track them.",
    "V",
    "abduction",
)
P(
    "Sokoto villagers say bandit levy unpaid, then the killing began",
    "Residents of Sabon Birni said bandits who had demanded a 'protection levy' returned on Tuesday night and killed 15 people when the money was not ready. Hundreds of families have since moved to the local government headquarters.",
    "V D",
    "village_raid",
)
P(
    "Lakurawa fighters kill herders, rustle cattle in Kebbi",
    "Fighters of the Lakurawa group, which Nigerian officials describe as a terrorist sect, attacked a settlement in Augie local government area, killing 13 herders and driving away hundreds of cattle, the state police command said.",
    "V T",
    "village_raid",
)
P(
    "Air force strikes bandit enclave in Zamfara forest, military says",
    "Nigerian Air Force jets struck camps of a notorious bandit kingpin in the Gusami forest on Sunday, killing scores of fighters, the Defence Headquarters said, as part of Operation Fansan Yamma. The ground component moved in afterwards to clear the area.",
    "E M",
    "air_campaign",
)
P(
    "ISWAP overruns military base in Borno's Malam Fatori",
    "Fighters of the Islamic State West Africa Province overran a Nigerian army super camp in Malam Fatori after a night-long gunfight, security sources said. Troops withdrew towards the border and the jihadists carted away an armoured vehicle.",
    "B T",
    "attack_on_base",
)
P(
    "Borno town reels after women bombers hit a wedding, then a clinic",
    "Women carrying explosives blew themselves up among wedding guests in Gwoza, and a second blast tore through the town's clinic as the wounded arrived, Borno's emergency agency said. The dead numbered in the thirties; officials blamed Boko Haram.",
    "E V T",
    "suicide_bombing",
)
P(
    "JAS fighters kill fishermen on Lake Chad islands",
    "Boko Haram fighters loyal to the JAS faction killed at least 40 fishermen near Dumba on the shores of Lake Chad, accusing them of spying for the army, Borno's governor said. Survivors said the men were rounded up and shot.",
    "V T",
    "massacre",
)
P(
    "Two CJTF members killed as insurgents attack Konduga farmers",
    "Members of the Civilian Joint Task Force, the vigilante group that backs troops in Borno, were killed when Boko Haram insurgents opened fire on farmers they were escorting near Konduga, a CJTF commander said. Four farmers were also killed.",
    "B V T",
    "ambush",
)
P(
    "Yelewata: gunmen kill scores of displaced farmers in Benue",
    "Gunmen described by residents as armed herders attacked Yelewata in Guma local government area overnight, shooting people and burning houses where displaced families were sheltering, Benue officials said. The Catholic diocese put the toll at over 100.",
    "V D",
    "communal_violence",
)
P(
    "Herder-farmer clash in Plateau leaves 52 dead in Bassa",
    "Attackers stormed several Irigwe villages in Bassa local government area and killed 52 people, the Plateau state government said, the latest in a cycle of reprisal killings between Fulani herders and farming communities.",
    "V",
    "communal_violence",
)
P(
    "Southern Kaduna village attacked during Sunday service",
    "Gunmen opened fire on a church congregation in a village in Kauru local government area, killing nine people and abducting the pastor, the Southern Kaduna Peoples Union said, blaming armed herders for the attack.",
    "V",
    "attack_on_worshippers",
)
P(
    "Shiroro communities flee as bandits seize mining sites",
    "Thousands of villagers have fled to Kuta and Gwada in Niger state after bandits killed soldiers and took over gold mining sites in Shiroro local government area, the state emergency agency said. Camps at the two towns are out of food.",
    "B D H",
    "displacement",
)
P(
    "N'Djamena mourns dozens of troops lost on Lake Chad island",
    "About 40 Chadian soldiers died when Boko Haram fighters overran their post on an island in the Lake Chad basin under cover of darkness, the presidency announced. The army then launched an operation to pursue the assailants into the reeds.",
    "B T M",
    "attack_on_base",
)
P(
    "Mora: Boko Haram raiders loot and burn homes in Cameroon's Far North",
    "Boko Haram raiders attacked a village near Mora in Cameroon's Far North region on Friday night, killing four residents, looting livestock and burning houses, local authorities said. Many families slept in the bush.",
    "V T D",
    "village_raid",
)
P(
    "Barsalogho: JNIM gunmen fire on villagers digging trenches",
    "Fighters of the al-Qaeda-linked JNIM opened fire on civilians who had been ordered by the army to dig defensive trenches around Barsalogho, in central Burkina Faso, killing at least 130 people according to a United Nations estimate. Volunteers of the VDP were among the dead.",
    "V T",
    "massacre",
)
P(
    "VDP militia accused of killing Fulani civilians near Solenzo",
    "Videos shared online show men in VDP uniforms among the bodies of Fulani women and children near Solenzo, in western Burkina Faso, and rights groups said the Volunteers for the Defence of the Homeland carried out reprisal killings after a jihadist attack.",
    "V",
    "massacre",
)
P(
    "Koglweogo fighters and jihadists clash in Burkina's north",
    "Members of the Koglweogo self-defence group clashed with suspected jihadists near Kaya on Wednesday, leaving at least 12 dead on both sides, local sources said. Residents of two villages fled to Kaya town.",
    "B D",
    "battle",
)
P(
    "Dawn assault on Mali's capital claimed by al-Qaeda affiliate",
    "Gunfire and blasts echoed over Bamako for hours after fighters forced their way into a gendarmerie training school and the military side of the airport, and the al-Qaeda affiliate JNIM claimed the raid. The army said the situation was under control by midday.",
    "B T",
    "attack_on_base",
)
P(
    "Fuel trucks torched as JNIM tightens blockade on Mali's west",
    "Fighters of JNIM set fire to dozens of fuel tankers on the road from Senegal to Bamako and abducted several drivers, transporters said, as the jihadist group enforces a blockade on the Kayes and Nioro regions. Queues at petrol stations in the capital grew and schools were closed.",
    "V T H",
    "blockade",
)
P(
    "Tinzaouaten: Wagner and Malian troops routed near Algerian border",
    "Tuareg rebels of the CSP-DPA said they had killed dozens of Russian Wagner mercenaries and Malian soldiers in fighting at Tinzaouaten, and a pro-Wagner Telegram channel acknowledged heavy losses. The rebels showed captured armoured vehicles.",
    "B",
    "battle",
)
P(
    "Malian drone strike hits market in Kidal region, rebels say",
    "A Malian army drone struck a weekly market in the Kidal region, killing at least 8 civilians including children, the Tuareg-led rebel coalition said. The army said it had targeted 'terrorists' gathered there.",
    "E V",
    "drone_strike",
)
P(
    "Africa Corps and Malian army accused of executions in Segou villages",
    "Witnesses told Human Rights Watch that Malian soldiers and Russian fighters of the Africa Corps rounded up men in two villages in the Segou region during an operation and shot about 20 of them. The army said it had 'neutralised terrorists'.",
    "V M",
    "executions",
)
P(
    "Niger: soldiers killed in ambush near Tillaberi",
    "Twenty soldiers and a civilian were killed when an army unit was ambushed by 'terrorists' near Tassia in the Tillaberi region, Niger's defence ministry said, adding that reinforcements had been sent and air assets deployed.",
    "B T",
    "ambush",
)
P(
    "Burkina army drone strikes on a wedding party, survivors say",
    "Survivors told AFP that an army drone hit a wedding gathering near Djibasso in north-western Burkina Faso, killing dozens of guests. Burkina's junta, which has expanded its use of Turkish-made drones against jihadists, did not comment.",
    "E V",
    "drone_strike",
)
P(
    "Amba fighters burn school, abduct teachers in Cameroon's Northwest",
    "Separatist fighters, known locally as 'Amba boys', set fire to a secondary school in Kumbo and abducted four teachers for defying their school boycott, the regional delegate for education said.",
    "V",
    "abduction",
)
P(
    "Cameroon soldiers raid village after separatist ambush, residents say",
    "Residents of a village near Ndop said soldiers burned about 30 houses and shot two men after Ambazonian separatists ambushed an army patrol on the road, killing a soldier. The army said it was pursuing 'terrorists'.",
    "B V",
    "reprisal_raid",
)
P(
    "Lockdown enforced by separatists turns deadly in Buea",
    "Ambazonian separatists enforcing a lockdown opened fire on a taxi in Buea, killing a driver, and clashed with police in two neighbourhoods, residents said. Shops stayed shut across the Southwest region.",
    "B V",
    "shooting_attack",
)

# ---------------------------------------------------------------- positives: Horn of Africa and Sudan

P(
    "Al-Shabaab retakes Moqokori after government troops withdraw",
    "Al-Shabaab fighters recaptured the town of Moqokori in Somalia's Hiraan region after a fierce battle with government forces and clan militia known as Macawisley, residents said. Families fled towards Beledweyne.",
    "B T D",
    "battle",
)
P(
    "Al-Shabaab shells land near Halane, UN staff take cover",
    "Al-Shabaab fighters lobbed mortar shells towards the Halane compound by Mogadishu's airport, where the UN and embassies have offices, and staff were ordered into bunkers, a security memo said. Police said two guards were hurt.",
    "E T",
    "shelling",
)
P(
    "Puntland forces push into Cal Miskaad mountains against IS fighters",
    "Puntland security forces said they had captured several Islamic State bases in the Cal Miskaad mountains after days of fighting, with US airstrikes in support. Dozens of militants were killed, according to the regional government.",
    "B E M",
    "offensive",
)
P(
    "US Africa Command strike targets al-Shabaab near Jilib",
    "US Africa Command said it carried out an airstrike against al-Shabaab fighters near Jilib in coordination with the Somali government, and that no civilians were believed hurt.",
    "E",
    "airstrike",
)
P(
    "Mandera: explosive device hits police vehicle near Somali border",
    "Five police reservists were killed when their vehicle struck a roadside bomb near Elwak in Kenya's Mandera county, officials said, blaming al-Shabaab militants who cross from Somalia.",
    "E T",
    "ied",
)
P(
    "Fano claims capture of district town in Amhara",
    "Fano militiamen said they took control of a district town in North Gondar after overnight fighting with federal troops, and residents reported dead soldiers in the streets. Ethiopia's government did not comment.",
    "B",
    "battle",
)
P(
    "Drone strike on Amhara health centre kills patients, doctors say",
    "A drone strike hit a health centre in the Amhara region where fighters of the Fano militia had been treated, killing patients and a nurse, medical staff told the BBC. The government says it targets only armed groups.",
    "E V H",
    "drone_strike",
)
P(
    "OLA gunmen abduct bus passengers in Oromia",
    "Gunmen the government blames on the Oromo Liberation Army, which it calls 'Shene', stopped a bus near Gerba Guracha and abducted more than 20 passengers, relatives said, demanding ransom.",
    "V",
    "abduction",
)
P(
    "RSF shells El Fasher's last working hospital",
    "Artillery fired by the Rapid Support Forces struck the Saudi hospital in El Fasher, North Darfur, killing patients and relatives in the emergency ward, the World Health Organization said. The city has been under RSF siege for more than a year.",
    "E V H",
    "attack_on_hospital",
)
P(
    "Zamzam camp overrun, tens of thousands flee to Tawila",
    "Paramilitary RSF fighters stormed the Zamzam displacement camp near El Fasher, killing residents and aid workers of a clinic, the UN said, and hundreds of thousands of people fled on foot towards Tawila.",
    "V D H",
    "attack_on_camp",
)
P(
    "Drones hit Port Sudan fuel depots for a third day",
    "Drones launched by the Rapid Support Forces struck fuel depots and the port of Port Sudan, the seat of Sudan's army-backed government, setting off huge fires, the army said. Flights were suspended.",
    "E",
    "drone_attack",
)
P(
    "SAF airstrike on Nyala market kills traders",
    "An air raid by the Sudanese Armed Forces on a market in Nyala, the RSF-held capital of South Darfur, killed at least 30 people, most of them traders and shoppers, a local emergency response room said.",
    "E V",
    "airstrike",
)
P(
    "Sudanese army enters Wad Madani after RSF retreat",
    "The Sudanese Armed Forces and allied fighters entered Wad Madani, the capital of Gezira state, after the RSF withdrew following weeks of fighting, the army said. Residents reported reprisal killings of people accused of collaborating.",
    "B V",
    "battle",
)
P(
    "Masalit refugees recount killings in El Geneina",
    "Refugees arriving in Adre, Chad, told MSF that Arab militias allied to the RSF went house to house in El Geneina's Ardamata district, shooting Masalit men. Some 7,000 people crossed the border in a week.",
    "V D",
    "massacre",
)
P(
    "Hunger deepens in besieged Kadugli and Dilling",
    "The UN said famine conditions had been confirmed in Kadugli and Dilling, two towns in South Kordofan cut off by the RSF and the SPLM-N al-Hilu faction, and called for safe passage for food convoys.",
    "H",
    "siege",
)
P(
    "Cattle raiders kill 30 in Warrap county",
    "Armed youth from a neighbouring community raided cattle camps in Tonj East county, killing 30 people and driving off thousands of cattle, the Warrap state information minister said. Women and children fled to Tonj town.",
    "V D",
    "cattle_raid",
)
P(
    "Jonglei: Murle and Lou Nuer youth clash over abducted children",
    "Fighting between armed youth of the Murle and Lou Nuer communities in Jonglei state left dozens dead, officials said, after a raid in which children and cattle were taken.",
    "B V",
    "communal_violence",
)
P(
    "White Army overruns SSPDF garrison in Nasir",
    "The armed Nuer youth known as the White Army overran an army garrison in Nasir, Upper Nile state, killing soldiers including a general, South Sudan's information minister said. The government accused the SPLM-IO of backing the attack.",
    "B",
    "attack_on_base",
)
P(
    "Barrel bombs dropped on Upper Nile villages, UN says",
    "The UN Mission in South Sudan said government aircraft dropped improvised incendiary bombs on villages in Upper Nile, killing civilians and setting houses on fire, amid fighting with the White Army.",
    "E V",
    "air_campaign",
)
P(
    "Abyei: gunmen kill UN peacekeeper and villagers",
    "Armed men attacked a village in the disputed Abyei area, killing 19 people including a Ghanaian peacekeeper, the UN interim force UNISFA said. Survivors fled to the UNISFA base.",
    "V D",
    "village_raid",
)
P(
    "Lamu: al-Shabaab fighters behead villagers in Kenyan coast raid",
    "Suspected al-Shabaab militants raided a village in Lamu county at night and killed several men, some of them beheaded, Kenyan police said. Families left for Mpeketoni.",
    "V T D",
    "village_raid",
)
# ---------------------------------------------------------------- positives: Great Lakes, Central and Southern Africa

P(
    "Worshippers slain in Komanda church as Islamic State-linked ADF strikes Ituri",
    "Parishioners praying through the night at a Catholic church in Komanda were attacked by ADF fighters, a group allied with Islamic State, and dozens were killed, the UN mission and church officials said. Nearby shops and houses were set alight.",
    "V T",
    "attack_on_worshippers",
)
P(
    "Lubero villages emptied after ADF raids",
    "Tens of thousands of people have fled villages in Lubero territory for Butembo after a series of raids by the Islamic State-linked ADF in which farmers were hacked to death in their fields, local civil society groups said.",
    "V T D",
    "displacement",
)
P(
    "M23 fighters enter Goma as residents flee to Rwanda",
    "Rebels of the Rwanda-backed M23 entered Goma after days of fighting with the Congolese army, the FARDC, and its allied militias, and gunfire was heard near the airport. Thousands crossed into Gisenyi, and camps around the city emptied.",
    "B D",
    "battle",
)
P(
    "Wazalendo militias clash with M23 north of Bukavu",
    "Congolese militias known as Wazalendo ('patriots') clashed with M23 and AFC fighters in Kabare territory, South Kivu, local sources said. Mortar fire hit a market and wounded civilians.",
    "B E",
    "battle",
)
P(
    "CODECO militiamen attack Djugu displacement site",
    "Militiamen of CODECO attacked the Plaine Savo site for displaced people in Djugu territory at night, killing people with machetes and guns, the UN humanitarian office said, and the survivors fled to the UN peacekeeping base nearby.",
    "V D",
    "attack_on_camp",
)
P(
    "Zaire militia and CODECO fighting cuts Bunia road",
    "Clashes between the Zaire self-defence militia and CODECO fighters near Fataki have cut the road north of Bunia, aid agencies said, halting food deliveries to displacement camps in Djugu.",
    "B H",
    "battle",
)
P(
    "Mpox and cholera spread in camps around Goma",
    "Health workers said cholera and mpox cases were rising in the overcrowded camps for people displaced by the M23 war around Goma, where hundreds of thousands live in makeshift shelters with few latrines.",
    "D H",
    "humanitarian",
)
P(
    "3R rebels attack Central African army post near Cameroon border",
    "Fighters of the 3R rebel group attacked a military post in the north-west of the Central African Republic, killing soldiers, the army said, before Russian instructors and troops counter-attacked.",
    "B",
    "attack_on_base",
)
P(
    "Twirwaneho and Burundian troops clash in Minembwe highlands",
    "The Twirwaneho militia, which says it defends the Banyamulenge community, clashed with Burundian and Congolese troops in the Minembwe highlands, South Kivu, local officials said. Villages were shelled.",
    "B E",
    "battle",
)
P(
    "Macomia raided by insurgents known locally as 'al-Shabaab'",
    "Hundreds of insurgents stormed the district town of Macomia in Cabo Delgado, looting shops and fighting troops for two days, Mozambican officials said. Locals call the Islamic State-linked group 'al-Shabaab', though it has no tie to Somalia's.",
    "B T",
    "battle",
)
P(
    "Chiure district: insurgent attacks drive 100,000 from homes",
    "The International Organization for Migration said more than 100,000 people had fled villages in Chiure district, Cabo Delgado, after Islamic State-linked insurgents beheaded residents and burned a church and a school.",
    "V T D",
    "displacement",
)
P(
    "Rwandan troops and Mozambican army pursue jihadists in Mocimboa",
    "Rwandan troops deployed in Cabo Delgado launched an offensive with Mozambican forces against insurgents near Mocimboa da Praia, a Rwandan defence spokesman said, after attacks on fishermen.",
    "M B",
    "offensive",
)

# ---------------------------------------------------------------- positives: Middle East and North Africa

P(
    "Hezbollah fires rocket salvo at Kiryat Shmona",
    "Hezbollah said it fired dozens of Katyusha rockets at an army base near Kiryat Shmona in response to an Israeli strike in south Lebanon, and the Israeli military said interceptors were launched. A house was hit.",
    "E",
    "rocket_attack",
)
P(
    "Israeli strike on Dahiyeh targets Hezbollah commander",
    "An Israeli air strike hit a building in Beirut's southern suburbs, known as Dahiyeh, targeting a senior Hezbollah commander, the Israeli military said. Lebanon's health ministry reported casualties and residents fled the area.",
    "E D",
    "airstrike",
)
P(
    "Pagers explode across Lebanon in attack on Hezbollah members",
    "Pagers used by members of Hezbollah exploded simultaneously across Lebanon, killing at least 12 people, including two children, and wounding thousands, the health ministry said. Hospitals were overwhelmed.",
    "E H",
    "bombing",
)
P(
    "Hamas gunmen and Israeli troops clash in Khan Younis tunnels",
    "Israeli troops fought Hamas fighters around a tunnel shaft in Khan Younis, the military said, and the armed wing of Hamas, the Qassam Brigades, said it had hit a tank with an anti-tank missile.",
    "B E",
    "battle",
)
P(
    "Flour seekers shot near Rafah distribution point",
    "Gunfire struck people queuing for sacks of flour near a distribution point in Rafah, and Gaza's civil defence counted dozens dead. Israel's army said soldiers had fired warning shots towards people it called suspects.",
    "V H",
    "attack_on_aid",
)
P(
    "Ansar Allah claims missile strike on Greek-owned tanker",
    "Yemen's Houthis, who call themselves Ansar Allah, said they had hit a Greek-owned tanker in the Red Sea with a ballistic missile and drones, and the ship's crew abandoned it. The UKMTO maritime agency confirmed an incident.",
    "E V",
    "strike_at_sea",
)
P(
    "US strikes Ras Isa fuel port held by Houthis",
    "US warplanes struck the Ras Isa fuel port on Yemen's Red Sea coast, the Houthi-run health ministry said, reporting dozens of dead among port workers. Washington said it was cutting the group's fuel income.",
    "E",
    "airstrike",
)
P(
    "Kataib Hezbollah drone kills three US soldiers at Tower 22",
    "A drone launched by Iran-backed militias in Iraq struck a US base known as Tower 22 in Jordan near the Syrian border, killing three American soldiers, the Pentagon said. Washington blamed Kataib Hezbollah.",
    "E",
    "drone_attack",
)
P(
    "SDF and Turkish-backed SNA fight over Tishrin dam",
    "The Kurdish-led Syrian Democratic Forces said they had repelled attacks by the Turkish-backed Syrian National Army near the Tishrin dam, while Turkish drones hit a convoy of civilians heading to the dam.",
    "B E V",
    "battle",
)
P(
    "Turkish drones strike YPG positions near Kobani",
    "Turkish drones struck positions of the YPG, the Kurdish militia Ankara considers an offshoot of the PKK, near Kobani, killing four fighters, the SDF said. Ankara said it had 'neutralised terrorists'.",
    "E",
    "drone_strike",
)
P(
    "PKK militants and Turkish troops clash in Duhok mountains",
    "Turkey's defence ministry said soldiers killed seven PKK militants in the Claw-Lock operation area in northern Iraq, and that two Turkish soldiers died in the clash. Villagers in Duhok province said shelling set fields ablaze.",
    "B E M",
    "battle",
)
P(
    "Alawite villages hit by revenge killings on Syrian coast",
    "Armed groups allied to Syria's new government killed hundreds of Alawite civilians in villages near Baniyas and Jableh after an insurgent attack on security forces, a monitoring group said. Families fled to the Russian airbase at Hmeimim.",
    "V D",
    "massacre",
)
P(
    "Bedouin tribes and Druze fighters battle in Sweida",
    "Fighting between Druze militias and Bedouin tribal fighters in Syria's Sweida province killed dozens, the interior ministry said, before government troops moved in, and Israel struck army tanks on the road.",
    "B E",
    "communal_violence",
)
P(
    "Tripoli shaken by clashes after SSA leader's death",
    "Heavy fighting broke out in Tripoli between armed groups after the head of the Stability Support Apparatus, known as SSA, was killed, residents said. The UN mission called for a ceasefire as families sheltered indoors.",
    "B",
    "battle",
)
P(
    "ISIS remnants ambush Iraqi army in Kirkuk hills",
    "Militants of the Islamic State group ambushed an Iraqi army patrol in the Wadi al-Shay area south of Kirkuk, killing an officer and three soldiers, security officials said.",
    "B T",
    "ambush",
)
P(
    "AQAP attack on Abyan checkpoint kills southern forces",
    "Al-Qaeda in the Arabian Peninsula claimed a suicide car bombing on a checkpoint of the Security Belt forces in Yemen's Abyan province that killed at least 16 soldiers, local officials said.",
    "E T",
    "suicide_bombing",
)

# ---------------------------------------------------------------- positives: South Asia

P(
    "TTP fighters storm Bannu cantonment with explosive-laden vehicles",
    "Militants drove two vehicles packed with explosives into the wall of the Bannu cantonment and then tried to enter, Pakistan's military said, in an attack claimed by a faction of the Pakistani Taliban, the TTP. Civilians in nearby homes were among the dead.",
    "B E T",
    "attack_on_base",
)
P(
    "ISPR: 11 'khawarij' killed in North Waziristan IBO",
    "Eleven TTP fighters, whom Pakistan's military now calls 'khawarij', died in an intelligence-based operation (IBO) in North Waziristan, according to the ISPR. Two soldiers also lost their lives in the exchange of fire.",
    "B M",
    "military_operation",
)
P(
    "Kurram convoy attack kills dozens of Shia passengers",
    "Gunmen opened fire on a convoy of passenger vehicles travelling under police escort to Parachinar in Kurram district, killing more than 40 people, most of them Shia, officials said. Sectarian clashes followed in Bagan.",
    "V B",
    "attack_on_convoy",
)
P(
    "Parachinar cut off for weeks as Thall road stays closed",
    "Medicine and flour have run out in Parachinar, traders and doctors said, as the main road remained closed by the Kurram sectarian violence, and the provincial government began helicopter flights of supplies.",
    "H",
    "blockade",
)
P(
    "BLA gunmen kill passengers pulled from buses on Balochistan highway",
    "Gunmen stopped buses and trucks on the highway in Musakhel district, checked identity cards and shot 23 people from Punjab, officials said, calling it terrorism. The Baloch Liberation Army claimed coordinated attacks across the province.",
    "V T",
    "massacre",
)
P(
    "BLF claims attack on Frontier Corps camp in Kech",
    "The Baloch Liberation Front said its fighters attacked a camp of the paramilitary Frontier Corps in Kech district with grenades and rockets, and officials said several soldiers were killed.",
    "B E",
    "attack_on_base",
)
P(
    "Pakistan and Afghan Taliban forces exchange fire on Kurram border",
    "Afghan Taliban forces and Pakistani troops traded artillery and heavy weapons fire at several border posts overnight, both sides said, and villagers on both sides of the Durand Line fled.",
    "B E D",
    "border_clash",
)
P(
    "Pakistani air strikes on Paktika kill dozens, Taliban say",
    "Pakistani jets struck villages in Afghanistan's Paktika province, killing at least 46 people, mostly women and children, the Taliban government said. Islamabad said it hit TTP hideouts.",
    "E",
    "airstrike",
)
P(
    "Bijapur: Maoist IED kills eight DRG jawans",
    "Eight jawans of the District Reserve Guard and their driver were killed when Maoists blew up their vehicle with an improvised explosive device in Bijapur district, Chhattisgarh police said, as the team returned from an anti-Naxal operation.",
    "E",
    "ied",
)
P(
    "31 Naxals killed in encounter in Bastar forests",
    "Security forces killed 31 Maoists in an encounter in the forests of Bijapur and Narayanpur districts, police said, adding that two jawans were killed and that the operation was continuing.",
    "B M",
    "military_operation",
)
P(
    "Karregutta hills operation: CRPF and CoBRA close in on Maoist cadres",
    "Thousands of CRPF, CoBRA and state police personnel have surrounded Maoist cadres in the Karregutta hills on the Chhattisgarh-Telangana border, officials said, in one of the largest anti-Naxal operations. Several exchanges of fire were reported.",
    "B M",
    "military_operation",
)
P(
    "Manipur police say drones used to bomb Imphal West village",
    "Explosives dropped from drones hit homes in Koutruk, Imphal West, in an attack police blamed on suspected Kuki militants; a woman died and her daughter was wounded. Police called the use of drones an escalation.",
    "E V",
    "drone_attack",
)
P(
    "Jiribam houses torched as Meitei and Kuki-Zo groups exchange fire",
    "Armed men set houses on fire in Jiribam district and gunfights between Meitei and Kuki-Zo village volunteers went on into the night, Manipur police said. Hundreds of residents moved to relief camps.",
    "B V D",
    "communal_violence",
)
P(
    "Arambai Tenggol members accused in attack on Kuki village",
    "Kuki-Zo groups said members of the Meitei group Arambai Tenggol took part in an attack on a village in Kangpokpi district in which houses were burned, and central forces were sent in.",
    "V",
    "village_raid",
)
P(
    "Militants fire on pilgrims' bus in Reasi, bus plunges into gorge",
    "Terrorists fired on a bus carrying pilgrims from the Shiv Khori shrine in Jammu's Reasi district, sending it into a gorge and killing nine people, police said.",
    "V T",
    "shooting_attack",
)
P(
    "Two militants killed in Kulgam encounter",
    "Two militants were killed in an encounter with security forces in Kulgam district of Jammu and Kashmir after a cordon and search operation was launched on a tip-off, police said. A soldier was injured.",
    "B M",
    "military_operation",
)
P(
    "Shelling along the LoC kills villagers in Poonch",
    "Pakistani shelling across the Line of Control hit homes in Poonch, killing civilians including children, Indian officials said, after Indian missile strikes on sites in Pakistan that India said were terror camps.",
    "E",
    "shelling",
)
P(
    "ULFA-I says Indian drones hit its camps in Myanmar",
    "The banned ULFA (Independent) said Indian army drones struck its camps across the border in Myanmar's Sagaing region, killing a senior leader. The Indian army denied knowledge of any operation.",
    "E",
    "drone_strike",
)
P(
    "Hill Tracts violence: three dead in Khagrachari, Section 144 imposed",
    "Three people were killed and market stalls and homes set ablaze as Pahari indigenous residents and Bengali settlers fought in Khagrachari, in Bangladesh's Chittagong Hill Tracts, police said. Gatherings were banned under Section 144.",
    "U V",
    "communal_riot",
)
# ---------------------------------------------------------------- positives: Myanmar, South-East Asia and the Pacific

P(
    "Arakan Army captures junta's Western Command headquarters in Ann",
    "The Arakan Army said it had seized the Myanmar military's Western Command headquarters in Ann, Rakhine state, after weeks of fighting, the first regional command to fall to an ethnic armed group.",
    "B",
    "battle",
)
P(
    "Children among dead as Tatmadaw plane hits village school",
    "A junta warplane dropped bombs on a village school in Sagaing region while classes were under way, and about 20 pupils and two teachers were killed, residents and a local People's Defence Force unit said.",
    "E V",
    "airstrike",
)
P(
    "PDF ambush kills soldiers on Magway road",
    "A People's Defence Force unit ambushed a military convoy on the road between Gangaw and Kalay with landmines and rifles, killing about a dozen soldiers, the resistance group said. Myanmar's junta did not comment.",
    "B E",
    "ambush",
)
P(
    "Sit-tat troops burn villages in Myaung township",
    "Residents said junta troops, called sit-tat in Burmese, set fire to hundreds of houses in several villages in Myaung township during a column march, and villagers fled into the forest.",
    "V D",
    "arson_raid",
)
P(
    "MNDAA says it has taken Lashio from Myanmar military",
    "The Myanmar National Democratic Alliance Army said it had captured the Northeastern Command in Lashio after weeks of fighting, in a major blow to the military government. Residents fled towards Mandalay.",
    "B D",
    "battle",
)
P(
    "KIA fighters press siege of Bhamo as airstrikes pound town",
    "Fighters of the Kachin Independence Army pushed into the town of Bhamo while military aircraft bombed positions and neighbourhoods, residents said. Thousands of people have been trapped for weeks.",
    "B E",
    "siege",
)
P(
    "Rohingya cross into Bangladesh after drone attacks in Maungdaw",
    "Rohingya families arriving in Teknaf said drones dropped explosives on people waiting to cross the Naf river near Maungdaw, killing dozens, as fighting between the Arakan Army and the junta raged.",
    "E V D",
    "drone_attack",
)
P(
    "Airstrike on monastery kills displaced villagers sheltering there",
    "A military airstrike hit a Buddhist monastery in Sagaing region where villagers displaced by fighting had taken refuge, killing at least 23 people, local resistance forces said.",
    "E V D",
    "airstrike",
)
P(
    "NPA rebels and army troops in 'encounter' in Negros",
    "Soldiers clashed with New People's Army rebels in what the Philippine army called an encounter in the hinterlands of Negros Oriental, leaving three rebels dead, a brigade spokesman said.",
    "B",
    "battle",
)
P(
    "Dawlah Islamiyah gunmen ambush soldiers in Maguindanao del Sur",
    "Suspected members of the pro-Islamic State Dawlah Islamiyah group ambushed an army truck in Datu Hoffer, killing two soldiers, the Philippine army said, and launched an operation against the militants.",
    "B T M",
    "ambush",
)
P(
    "Narathiwat: bombs hit rubber tappers and a ranger post",
    "Two bombs exploded in Narathiwat province, wounding rubber tappers and a paramilitary ranger, Thai police said, blaming insurgents of Thailand's deep south.",
    "E V",
    "bombing",
)
P(
    "KKB gunmen kill gold miners in Yahukimo",
    "The armed criminal group, or KKB, as Indonesian authorities call Papuan separatist fighters, killed eleven gold miners in Yahukimo regency, police said. The TPNPB claimed the attack, accusing the miners of being spies.",
    "V",
    "massacre",
)
P(
    "Papuan rebels burn school and health centre in Intan Jaya",
    "Fighters of the West Papua National Liberation Army set fire to a school and a health clinic in Intan Jaya and fired at a military post, police said. Hundreds of villagers took refuge in a church.",
    "B V D",
    "arson_attack",
)
P(
    "Enga tribal fighters kill dozens in ambush near Wabag",
    "At least 26 men were killed in an ambush during tribal fighting between the Sikin and Kaekin clans in Papua New Guinea's Enga province, police said, the worst outbreak in years. Villages were left empty.",
    "B D",
    "tribal_fighting",
)
P(
    "Hela: tribal war drives families from homes, schools shut",
    "Tribal fighting with high-powered rifles in Papua New Guinea's Hela province has displaced thousands and closed schools and a health centre, the provincial administrator said.",
    "B D H",
    "tribal_fighting",
)

# ---------------------------------------------------------------- positives: Latin America and the Caribbean

P(
    "Viv Ansanm gangs overrun Mirebalais and free prisoners",
    "Gangs of the Viv Ansanm coalition attacked Mirebalais in central Haiti, overpowering police at the town's prison, freeing more than 500 inmates and setting buildings on fire, police said. Residents fled to the hills and towards Hinche.",
    "B V D",
    "attack_on_town",
)
P(
    "Gran Grif gang kills 115 in Pont-Sonde raid",
    "Members of the Gran Grif gang killed at least 115 people in Pont-Sonde in Haiti's Artibonite region, shooting residents in their homes, the UN said. Thousands fled to Saint-Marc.",
    "V D",
    "massacre",
)
P(
    "Kenscoff residents flee as gangs push into hills above Port-au-Prince",
    "Gangs attacked Kenscoff and neighbouring villages in the hills above Port-au-Prince, killing residents and burning homes, and police with the Kenyan-led mission tried to hold them back, officials said.",
    "B V D",
    "attack_on_town",
)
P(
    "Port-au-Prince gang boss blamed for slaughter of elderly residents",
    "Convinced that witchcraft had made his son sick, a gang chief in the seaside Wharf Jeremie slum had his men kill more than 180 residents, most of them old people, a Haitian rights group reported.",
    "V",
    "massacre",
)
P(
    "Haitian task force drones kill gang members in Cite Soleil",
    "Explosive-laden drones operated by a government task force struck gang positions in Cite Soleil during an operation to retake the area, killing several gang members, Haitian officials said. Rights groups said civilians were also hit.",
    "E M",
    "drone_strike",
)
P(
    "Displaced families crowd Port-au-Prince schools as violence spreads",
    "More than a million people are now displaced in Haiti by gang violence, the IOM said, and tens of thousands are sleeping in schools and public buildings in the capital with little water or food.",
    "D H",
    "displacement",
)
P(
    "Guerrilla war in Norte de Santander sends 50,000 fleeing to Cucuta",
    "The ELN launched an offensive on villages held by the 33rd Front of the FARC dissidents in the Catatumbo, killing dozens, among them former FARC signatories of the peace deal, authorities said. More than 50,000 people fled to Cucuta and Tibu.",
    "B V D",
    "offensive",
)
P(
    "Dissidents attack Cauca police station with explosives and drones",
    "FARC dissidents of the Estado Mayor Central attacked the police station in Suarez, Cauca, with explosives dropped from drones and rifle fire, wounding police officers and residents, the governor said.",
    "B E",
    "attack_on_police",
)
P(
    "Police helicopter downed by drone in Antioquia",
    "A police helicopter was brought down by a drone attack in Amalfi, Antioquia, while supporting coca eradication, killing 13 officers, Colombia's president said, blaming FARC dissidents.",
    "E",
    "drone_attack",
)
P(
    "Clan del Golfo 'plan pistola' leaves police officers dead",
    "Gunmen of the Clan del Golfo, which calls itself the Gaitanista Army, killed police officers in several towns of Antioquia and Cordoba under a bounty the group offers for each officer killed, police said.",
    "B",
    "shooting_attack",
)
P(
    "Explosives-laden lorry blows up outside Cali air base",
    "Six passers-by died and dozens were hurt when a lorry packed with explosives detonated outside the Marco Fidel Suarez air base in Cali, and officials branded it a terrorist attack by FARC dissident fighters.",
    "E V T",
    "bombing",
)
P(
    "CJNG fighters ambush soldiers with mines in Michoacan",
    "Soldiers of the Mexican army were killed when their vehicle hit an explosive device planted by the Jalisco New Generation Cartel in Michoacan's Tierra Caliente, the defence ministry said. Troops exchanged fire with gunmen afterwards.",
    "B E",
    "ambush",
)
P(
    "Culiacan: Chapitos and Mayos factions' war shuts schools",
    "Gun battles between the Chapitos and Mayos factions of the Sinaloa cartel left bodies on the streets of Culiacan and shut schools for days, state officials said, with soldiers deployed to patrol.",
    "B",
    "battle",
)
P(
    "Cartel drones drop explosives on Guerrero villages",
    "Residents of villages in Guerrero's Tierra Caliente said drones operated by the Familia Michoacana dropped explosives on homes, and dozens of families fled to the municipal seat.",
    "E V D",
    "drone_attack",
)
P(
    "Autodefensas and cartel gunmen clash in Michoacan",
    "Members of a community self-defence group, or autodefensas, fought gunmen of a cartel for hours near Apatzingan, leaving several dead, local officials said. The army sent reinforcements.",
    "B",
    "battle",
)
P(
    "Los Lobos gang attacks army patrol in Ecuador mining zone",
    "Members of the Los Lobos gang ambushed an Ecuadorian army patrol near an illegal gold mine in Alto Punino, killing 11 soldiers, the defence ministry said. The government has declared the gangs terrorist organisations.",
    "B T",
    "ambush",
)
P(
    "Shining Path remnants ambush soldiers in VRAEM",
    "Remnants of the Shining Path, known in Peru as Sendero, ambushed a military patrol in the Apurimac, Ene and Mantaro valleys, the region known as the VRAEM, killing four soldiers, the armed forces command said.",
    "B",
    "ambush",
)

# ---------------------------------------------------------------- positives: the local words for other settings

P(
    "Katcha dacoits attack police camp with rocket launchers",
    "Dacoits of the riverine katcha area in northern Sindh attacked a police camp with rocket launchers and machine guns, killing 12 policemen, officials said. The Sindh government then launched a grand operation with Rangers support.",
    "B M",
    "attack_on_police",
)
P(
    "Kerio Valley bandits ambush police reservists",
    "Armed bandits ambushed National Police Reservists escorting travellers in the Kerio Valley, killing three, Kenya's interior ministry said, and a security operation was extended in Baringo and Elgeyo Marakwet.",
    "B M",
    "ambush",
)
P(
    "Bandits shoot motorists on Abuja-Kaduna highway",
    "Bandits blocked the Abuja-Kaduna highway near Katari, opened fire on cars and kidnapped dozens of travellers, police said. Travellers said the road had been deserted since.",
    "V",
    "abduction",
)
P(
    "Gunmen behead Christian villagers in Ituri, ADF blamed",
    "Local leaders said rebels of the ADF, which is allied to Islamic State, beheaded villagers on their way to fields in Irumu territory, and that the survivors had no road to safety.",
    "V T",
    "massacre",
)
P(
    "Darfur: RSF fighters loot aid warehouses in Tawila",
    "Fighters of the Rapid Support Forces looted warehouses of the World Food Programme in North Darfur, the agency said, taking food meant for families who fled El Fasher.",
    "H V",
    "attack_on_aid",
)
P(
    "Sudanese refugees from Darfur pour into eastern Chad",
    "More than 20,000 Sudanese fled the RSF's assault on El Fasher into eastern Chad in a week, UNHCR said, many with gunshot wounds, and camps near Tine have no more space.",
    "D H",
    "displacement",
)
P(
    "Fano fighters and army clash in Bahir Dar outskirts",
    "Residents of Bahir Dar reported heavy exchanges of fire between the Fano militia and the Ethiopian army on the city outskirts, and a drone strike hit a minibus station, killing civilians.",
    "B E V",
    "battle",
)
P(
    "TPLF splinter fighters clash with Tigray interim forces",
    "Fighters loyal to a splinter faction of the TPLF clashed with forces of Tigray's interim administration in Adigrat, residents said, and gunfire closed the road to Mekelle.",
    "B",
    "battle",
)
P(
    "Hamas rockets fired at Ashkelon, sirens sound",
    "Hamas's armed wing said it fired a barrage of rockets at Ashkelon and the Israeli military said most were intercepted. Residents ran to shelters.",
    "E",
    "rocket_attack",
)
P(
    "Houthi missile targeting Tel Aviv intercepted",
    "Yemen's Houthis fired a ballistic missile at central Israel, the Israeli military said, and sirens sounded in Tel Aviv before it was intercepted. Fragments fell on a house.",
    "E",
    "missile_attack",
)
P(
    "Kashmir: Pahalgam meadow attack kills tourists",
    "Gunmen opened fire on tourists in the Baisaran meadow near Pahalgam, killing 26 men, police said, in the deadliest attack on civilians in Kashmir in years. The Resistance Front, which India calls a front for Lashkar-e-Taiba, was blamed.",
    "V T",
    "shooting_attack",
)
P(
    "TTP attack on checkpost in Lakki Marwat",
    "TTP militants attacked a police checkpost in Lakki Marwat with heavy weapons and hand grenades late on Monday, killing four policemen, district police said. A search operation began in the area.",
    "B E T",
    "attack_on_police",
)
P(
    "Arakan Army and junta fight in Sittwe outskirts as residents flee",
    "Fighting between the Arakan Army and Myanmar's military on the outskirts of Sittwe sent residents fleeing by boat, and navy ships shelled villages along the coast, locals said.",
    "B E D",
    "battle",
)
P(
    "South Sudan: displaced flood Malakal UN site after Nasir fighting",
    "Families fleeing fighting between the army and the White Army in Upper Nile arrived at the UN protection site in Malakal, aid groups said, and cholera cases were rising there.",
    "D H",
    "displacement",
)
# ---------------------------------------------------------------- positives: militias, goons and mobs in street violence

P(
    "Imbonerakure beat opposition supporters in Burundi's Ngozi",
    "Members of the Imbonerakure, the youth league of Burundi's ruling party, beat and detained supporters of an opposition party in Ngozi province ahead of the vote, a human rights group said. Two men died of their injuries.",
    "V U",
    "political_violence",
)
P(
    "Colectivos on motorbikes fire at protesters in Caracas",
    "Armed pro-government groups known as colectivos fired at people protesting against the election result in a Caracas neighbourhood, killing a young man, witnesses said, as the National Guard fired tear gas.",
    "U V",
    "crackdown",
)
P(
    "Chhatra League activists and students clash at Dhaka University",
    "Activists of the ruling party's student wing, the Chhatra League, attacked students demanding quota reform with sticks and iron rods at Dhaka University, leaving more than 100 injured, and police fired tear gas.",
    "U V",
    "riot",
)
P(
    "Basij militia beat mourners at Zahedan protest",
    "Members of the Basij militia and riot police fired live rounds and beat mourners who marched after Friday prayers in Zahedan, Baloch activists said, reporting several dead.",
    "U V",
    "crackdown",
)
P(
    "Mob storms Manipur police armoury, loots rifles",
    "A mob of several thousand stormed a police armoury in Imphal East and made off with hundreds of rifles, officials said, as security forces fired tear gas and rubber bullets. A curfew was imposed.",
    "U",
    "riot",
)
P(
    "Hired goons attack Nairobi protesters as police look on",
    "Masked men described by witnesses as hired goons attacked protesters with whips and machetes in central Nairobi while police fired tear gas at the marchers, rights groups said. One man was shot dead.",
    "U V",
    "crackdown",
)
P(
    "Hartal clashes leave buses burned in Chattogram",
    "Supporters of the opposition enforcing a hartal clashed with police and ruling party activists in Chattogram, and buses were set on fire, police said. Dozens were arrested.",
    "U",
    "riot",
)
P(
    "Maputo police fire live rounds at post-election protesters",
    "Mozambican police fired live ammunition and tear gas at supporters of an opposition candidate protesting against the election result in Maputo, killing several, Plataforma Decide said. Tyres and shops were burned.",
    "U",
    "crackdown",
)
P(
    "Sectarian riot in Kohat bazaar after Kurram killings",
    "Shops were set on fire and rival groups threw stones in the Kohat bazaar after the funerals of victims of the Kurram violence, police said, and the army was called in to enforce a curfew.",
    "U",
    "communal_riot",
)
# ---------------------------------------------------------------- negatives: sport, team names and nicknames

N(
    "Raiders defence sacks Mahomes five times in upset win",
    "The Las Vegas Raiders' pass rush overwhelmed Kansas City on Sunday, sacking Patrick Mahomes five times in a 24-20 win that keeps their play-off hopes alive. Coach Pete Carroll praised an 'aggressive, relentless' defence.",
    "sport",
)
N(
    "Canberra Raiders storm home to sink Storm in golden point",
    "The Canberra Raiders came from 16 points down to beat Melbourne Storm in golden point at GIO Stadium, with their halfback landing the winning field goal. Raiders fans invaded the pitch after the siren.",
    "sport",
)
N(
    "UNLV Rebels upset ranked rivals in Las Vegas",
    "The UNLV Rebels beat a ranked opponent 78-71 at the Thomas and Mack Center, with their guard scoring 26 points. The Rebels have won five straight in the Mountain West.",
    "sport",
)
N(
    "Warriors lean on Curry's shooting to end road skid",
    "Stephen Curry hit eight three-pointers as the Golden State Warriors ended a four-game losing streak on the road with a 118-109 win in Memphis. Draymond Green added 12 rebounds.",
    "sport",
)
N(
    "New Zealand Warriors book home semi-final",
    "The New Zealand Warriors secured a home semi-final with a 30-12 win over the Dolphins at Go Media Stadium, where a sell-out crowd chanted 'Up the Wahs'. Their prop was named man of the match.",
    "sport",
)
N(
    "Al Shabab stun Al Hilal in Riyadh derby",
    "Al Shabab scored twice in the last ten minutes to beat league leaders Al Hilal 3-2 in the Riyadh derby, the club's first win over their neighbours in three seasons.",
    "sport",
)
N(
    "Al Ansar clinch Lebanese Premier League title",
    "Beirut club Al Ansar won the Lebanese Premier League title for a record 15th time after a 2-0 win over Nejmeh, and their fans celebrated with fireworks in the Tariq al-Jdideh district.",
    "sport",
)
N(
    "Pirates sink Chiefs in Soweto derby",
    "Orlando Pirates beat Kaizer Chiefs 2-1 in front of 90,000 at FNB Stadium, with their striker scoring from the spot. The Buccaneers go top of the Premiership. Chiefs' coach said his side had lacked sharpness.",
    "sport",
)
N(
    "Army side APR FC retain Rwanda Premier League crown",
    "APR FC, the club of the Rwanda Defence Force, retained the Rwanda Premier League title with a 1-0 win over Rayon Sports, extending their unbeaten home run to 30 matches.",
    "sport",
)
N(
    "AS FAR beat Wydad to reach Moroccan cup final",
    "AS FAR, the Rabat club of the Royal Armed Forces, reached the Throne Cup final by beating Wydad Casablanca on penalties after a goalless draw. They will meet Raja Casablanca in the final in Fez.",
    "sport",
)
N(
    "Gladiators crush Zalmi to reach PSL final",
    "Quetta Gladiators beat Peshawar Zalmi by 48 runs in Karachi to reach the Pakistan Super League final, their opening batter hitting 92 off 51 balls. Zalmi's captain blamed dropped catches for the defeat.",
    "sport",
)
N(
    "Brisbane Bandits take first game of Australian Baseball League finals",
    "The Brisbane Bandits beat the Perth Heat 6-3 in the opening game of the ABL championship series, with a two-run home run in the seventh inning. The best-of-three series continues on Saturday.",
    "sport",
)
N(
    "Wests Tigers snap losing run at Leichhardt",
    "Wests Tigers ended a six-game losing streak with a 26-14 win over Cronulla at Leichhardt Oval, their young centre scoring two tries. The Tigers' coach said the win would take pressure off a young squad.",
    "sport",
)
N(
    "Pro Kabaddi: Patna Pirates' raiders overpower Bengal Warriorz",
    "Patna Pirates won 42-31 against Bengal Warriorz, their lead raider collecting 14 raid points and two super raids, in a Pro Kabaddi League match in Pune.",
    "sport",
)
N(
    "Haiti's Grenadiers qualify for the World Cup",
    "Haiti's national football team, nicknamed Les Grenadiers, qualified for the World Cup for the first time since 1974 with a 2-0 win over Nicaragua, and fans celebrated in the streets of the diaspora in Miami.",
    "sport",
)
N(
    "Katsina United beat Kano Pillars in northern derby",
    "Katsina United beat Kano Pillars 1-0 in the Nigeria Premier Football League, with a late header, at the Muhammadu Dikko Stadium. Kano Pillars' coach blamed the pitch and said his team would bounce back at home.",
    "sport",
)
N(
    "Tigres fire four past Rayados in Clasico Regio",
    "Tigres UANL beat Monterrey 4-1 in the Clasico Regio, with their French striker scoring twice, to move into the Liga MX play-off places. A crowd of 41,000 watched at the Estadio Universitario.",
    "sport",
)
N(
    "Afghanistan's spinners shoot out Pakistan in Sharjah",
    "Afghanistan beat Pakistan by 18 runs in a Twenty20 match in Sharjah, their leg-spinner taking four wickets, and the team's cricket board thanked fans across Afghanistan.",
    "sport",
)
N(
    "Arsenal's Gunners blast three past Newcastle",
    "Arsenal fired three second-half goals past Newcastle to go top of the Premier League, with their winger's strike from outside the box the pick. The Gunners' defence has now kept six clean sheets in a row.",
    "sport",
)
N(
    "Tusker FC's Kenyan title run ends at Gor Mahia",
    "Gor Mahia ended Tusker FC's title defence with a 2-1 win in Nairobi, in front of a capacity crowd at Kasarani. K'Ogalo's winger scored twice, and the win lifts Gor Mahia four points clear at the top of the table.",
    "sport",
)

# ---------------------------------------------------------------- negatives: politics, designations and sanctions

N(
    "Hezbollah and Amal sweep south Lebanon municipal polls",
    "Lists backed by Hezbollah and its ally Amal won most municipal councils in south Lebanon and the Bekaa, official results showed, on a turnout of about 37 percent.",
    "politics",
)
N(
    "Algeria's Islamist party Hamas names presidential candidate",
    "The Movement of Society for Peace, Algeria's largest Islamist party, known by its Arabic acronym Hamas, named its leader as its candidate for the presidential election.",
    "politics",
)
N(
    "Nepal's Maoist Centre rejoins coalition government",
    "The Communist Party of Nepal (Maoist Centre) rejoined the ruling coalition, giving the prime minister a majority in parliament, and will take the finance ministry.",
    "politics",
)
N(
    "Ethiopian election board revokes TPLF's registration",
    "Ethiopia's National Election Board revoked the legal registration of the Tigray People's Liberation Front, saying the party had failed to hold a general assembly within the deadline.",
    "politics",
)
N(
    "New Mexico bill targets armed private militias at protests",
    "A bill in New Mexico's legislature would ban private militias from training or appearing armed at public demonstrations, and gun-rights groups said it infringed the Second Amendment, which mentions 'a well regulated Militia'.",
    "politics",
)
N(
    "Guinea's junta leader wins constitutional referendum",
    "Guinea's junta announced that voters approved a new constitution that allows its leader to stand for president, with a turnout of 86 percent according to the election commission.",
    "politics",
)
N(
    "Mali's junta dissolves all political parties by decree",
    "Mali's military government dissolved all political parties and associations by decree, a move opposition figures called unconstitutional. The junta said it would rewrite the party charter.",
    "politics",
)
N(
    "US designates Haiti's Viv Ansanm as foreign terrorist organisation",
    "The US State Department designated the Haitian gang coalition Viv Ansanm and the Gran Grif gang as foreign terrorist organisations, making material support to them a federal crime.",
    "politics",
)
N(
    "Treasury sanctions RSF commander over Darfur",
    "The US Treasury imposed sanctions on the commander of Sudan's Rapid Support Forces and seven companies in the UAE that it said supplied the group, freezing their US assets.",
    "politics",
)
N(
    "Labour rebels threaten to vote down welfare bill",
    "More than 100 Labour MPs signed an amendment against the government's welfare bill, and party whips met the rebels to offer concessions before the vote. The government has a majority of about 160.",
    "politics",
)
N(
    "Gang of Eight briefed on intelligence findings",
    "Leaders of Congress and of the intelligence committees, the so-called Gang of Eight, were briefed behind closed doors on a classified report, Senate aides said.",
    "politics",
)
N(
    "Junta de Andalucia approves regional budget",
    "The Junta de Andalucia, the regional government of southern Spain, approved a 2026 budget of 48 billion euros with more spending on health and housing, its finance chief said.",
    "politics",
)
N(
    "Former FARC party Comunes keeps its seats in Congress",
    "The Comunes party, founded by former FARC guerrillas after the 2016 peace deal, will keep its guaranteed seats in Colombia's Congress for another term after a court ruling.",
    "politics",
)
N(
    "Pakistan bans the Pashtun Tahafuz Movement",
    "Pakistan's interior ministry banned the Pashtun Tahafuz Movement, saying its activities threatened peace, days before a planned jirga in Khyber. PTM leaders said they would challenge the ban in court.",
    "politics",
)
N(
    "Kano Hisbah destroys seized beer bottles",
    "Kano's Hisbah board, the state's Islamic police, crushed more than 20,000 bottles of beer seized from trucks entering the state, its commander said. Alcohol is banned in the state under its sharia law.",
    "politics",
)
N(
    "Bangladesh bans Chhatra League under anti-terror law",
    "Bangladesh's interim government banned the Chhatra League, the student wing of the former ruling party, under the anti-terrorism act, and its offices on campuses were closed.",
    "politics",
)
N(
    "Insurgent candidate topples party veteran in mayoral primary",
    "A 33-year-old state assemblyman running an insurgent campaign beat a former governor in the city's Democratic mayoral primary, in a result party leaders called a political earthquake.",
    "politics",
)
N(
    "Lebanese cabinet tasks army with plan to disarm Hezbollah",
    "Lebanon's cabinet asked the army to draw up a plan to bring all weapons, including those of Hezbollah, under state control by the end of the year, and two Shia ministers walked out of the meeting.",
    "politics",
)
N(
    "Canada lists Bishnoi gang as terrorist entity",
    "Canada added the Bishnoi gang, a crime network based in India, to its list of terrorist entities, allowing police to seize its assets in the country, the public safety minister said.",
    "politics",
)

# ---------------------------------------------------------------- negatives: economy

N(
    "OPEC+ cartel agrees another output rise",
    "The OPEC+ oil cartel agreed to raise output by 137,000 barrels a day from next month, as Saudi Arabia pushes to win back market share, delegates said. Brent crude fell 1 percent.",
    "economy",
)
N(
    "EU fines packaging makers in price cartel",
    "The European Commission fined four packaging makers 330 million euros for running a cartel that fixed prices for food trays for more than a decade. One company received immunity for revealing the cartel.",
    "economy",
)
N(
    "Airlines push for more SAF as jet fuel mandate starts",
    "European airlines said supplies of sustainable aviation fuel, known as SAF, remained short as the EU mandate requiring a 2 percent blend took effect, and prices are three times those of kerosene.",
    "economy",
)
N(
    "Niger's junta nationalises uranium miner Somair",
    "Niger's military government said it was nationalising Somair, the uranium mining company run by France's Orano, accusing it of unfair contracts. Orano said it would seek arbitration.",
    "economy",
)
N(
    "Mali junta and Barrick settle gold mine dispute",
    "Barrick Gold agreed to pay Mali's military government 430 billion CFA francs to end a dispute over the Loulo-Gounkoto complex, and gold exports are due to resume.",
    "economy",
)
N(
    "Ram prices soar at Kano cattle market ahead of Sallah",
    "Prices of rams and cattle at Kano's Dawanau market have nearly doubled ahead of the Eid festival, herders and traders said, blaming the cost of feed and transport.",
    "economy",
)
N(
    "Ghana and Ivory Coast cocoa 'cartel' raises farm-gate price",
    "Ghana and Ivory Coast, which together grow about 60 percent of the world's cocoa and coordinate prices in what traders call a cartel, raised the price paid to farmers for the new season.",
    "economy",
)
N(
    "Burkina's junta opens first national gold refinery",
    "Burkina Faso's military leader opened the country's first gold refinery near Ouagadougou, which will process 150 tonnes a year, state media said. Officials said the refinery would keep more of the value of the country's gold at home.",
    "economy",
)
N(
    "One-armed bandits lift casino revenue in Macau",
    "Slot machines, the one-armed bandits of casino slang, lifted Macau's gaming revenue by 12 percent in October, and analysts said mass-market visitors were back.",
    "economy",
)
N(
    "Adobe beats forecasts on PDF and AI tools",
    "Adobe's quarterly revenue beat forecasts as subscriptions to its Acrobat PDF software and AI image tools grew, and its shares rose 4 percent after hours. The company raised its full-year forecast.",
    "economy",
)
N(
    "Taliban government signs copper mining deal with Chinese firm",
    "Afghanistan's Taliban administration signed an agreement with a Chinese company to develop a copper mine in Logar province, the ministry of mines said. The deal is worth about 1 billion dollars over 25 years.",
    "economy",
)
N(
    "Herders' cashmere earnings fall as Chinese demand slows",
    "Mongolian herders received a third less for their cashmere this spring as Chinese buyers cut orders, the agriculture ministry said. Some herders said they would sell part of their flocks to pay off loans.",
    "economy",
)

# ---------------------------------------------------------------- negatives: other

N(
    "Press freedom index: RSF ranks Norway first again",
    "Reporters Without Borders, known by its French acronym RSF, ranked Norway first in its annual World Press Freedom Index and said the economic fragility of news outlets was the biggest threat to journalism.",
    "other",
)
N(
    "RSF prize goes to Sudanese radio reporter",
    "The press freedom group RSF gave its courage prize to a Sudanese radio journalist at a ceremony in Paris, praising her reporting on women's health. The organisation also honoured a Mexican investigative reporter.",
    "other",
)
N(
    "Nomads gather for Cure Salee festival in Ingall",
    "Thousands of Tuareg and Wodaabe herders gathered in Ingall, in northern Niger, for the Cure Salee, the festival that marks the end of the rainy season, with camel races and the Gerewol beauty contest.",
    "other",
)
N(
    "Naadam opens with horse racing and archery",
    "Mongolia's Naadam festival opened in Ulaanbaatar with a parade of herders, wrestlers and archers, and child jockeys raced horses across the steppe. Tens of thousands of tourists attended this year's opening ceremony.",
    "other",
)
N(
    "Kayakers' close encounter with humpback whale caught on camera",
    "Two kayakers off the coast of Chile had a close encounter with a humpback whale that briefly surfaced beneath them, a video shared by a relative showed. Both were unhurt.",
    "other",
)
N(
    "Monkey bandits at Uluwatu temple trade phones for fruit",
    "Long-tailed macaques at Bali's Uluwatu temple, known to tourists as the bandits, snatch phones and sunglasses and return them for fruit, researchers said in a study.",
    "other",
)
N(
    "Former child soldier graduates as a doctor in Gulu",
    "A woman abducted as a girl by the Lord's Resistance Army two decades ago graduated as a medical doctor from Gulu University and plans to work in a rural clinic.",
    "other",
)
N(
    "Rohingya student from Cox's Bazar wins Oxford scholarship",
    "A Rohingya student who grew up in the camps of Cox's Bazar won a scholarship to study law at Oxford, her school announced. She learned English through an online course and hopes to work on refugee law.",
    "other",
)
N(
    "Newroz fires lit across Diyarbakir in festive celebration",
    "Hundreds of thousands of people celebrated Newroz, the Kurdish new year, in Diyarbakir, dancing around bonfires in a festive atmosphere, organisers said. Police said the event ended without incident.",
    "other",
)
N(
    "Astronomers say fast radio burst is no alien encounter",
    "Astronomers said an unusual fast radio burst traced to a distant galaxy had a natural source, not a signal from aliens, in a paper in Nature. The burst probably came from a magnetar, a type of dense dead star.",
    "other",
)
N(
    "PDF turns 30: the file format that outlived its critics",
    "The Portable Document Format, or PDF, marks three decades since its launch, and is now an open standard used for everything from tax forms to contracts.",
    "other",
)
N(
    "Tigray coffee farmers win specialty cup award",
    "A cooperative of coffee farmers from Tigray won a specialty coffee award in Addis Ababa, its first since exports from the region resumed. Buyers from Japan and Germany bid for its beans at auction.",
    "other",
)
# ---------------------------------------------------------------- negatives: peace talks, ceasefires and disarmament

N(
    "Congo and AFC/M23 rebels commit to permanent truce in Doha text",
    "Congo's government and the AFC/M23 rebel alliance signed a declaration of principles in Doha, committing to a permanent ceasefire and further talks, Qatari mediators said.",
    "peace",
)
N(
    "ELN and Colombian government resume talks in Caracas",
    "Negotiators for Colombia's government and the ELN guerrilla resumed peace talks in Caracas and agreed on a timetable for discussing civil society participation, the guarantor countries said.",
    "peace",
)
N(
    "Clan del Golfo and Bogota open talks in Qatar",
    "Representatives of the Clan del Golfo and Colombia's government met in Doha for a first round of talks on the group's submission to justice, the foreign ministry said.",
    "peace",
)
N(
    "PKK announces dissolution at party congress",
    "The Kurdistan Workers' Party, the PKK, said its congress had decided to dissolve the organisation and end its armed struggle against the Turkish state, following a call from its jailed founder.",
    "peace",
)
N(
    "SDF and Damascus sign deal to merge Kurdish-led forces into army",
    "The Syrian Democratic Forces and Syria's interim government signed an agreement to integrate the SDF's military and civilian institutions into the state by the end of the year, both sides said.",
    "peace",
)
N(
    "Fifty Maoists lay down arms in Bijapur",
    "Fifty Maoist cadres, several with bounties on their heads, surrendered to police in Bijapur with rifles and explosives, taking up a state rehabilitation scheme, officials said.",
    "peace",
)
N(
    "Katsina bandit leaders sign peace accord with villages",
    "Bandit leaders in Katsina's Danmusa area signed a peace accord with community leaders in the presence of officials, and farmers said they had returned to fields abandoned for three years.",
    "peace",
)
N(
    "Arakan Army and junta hold talks in Kunming",
    "Representatives of the Arakan Army and Myanmar's military government met in Kunming for talks mediated by China, a spokesman for the group said, without giving details.",
    "peace",
)
N(
    "Truce begins in Gaza as first captives go home",
    "The truce between Israel and Hamas began on Sunday morning, and three Israeli hostages and 90 Palestinian prisoners were freed under the first phase of the agreement, mediators said.",
    "peace",
)
N(
    "Lebanese army deploys south of Litani under ceasefire deal",
    "Lebanese army units moved into villages south of the Litani river as Israeli forces withdrew under the ceasefire with Hezbollah, the army said, and residents began returning.",
    "peace",
)
N(
    "AU panel reviews Pretoria agreement with TPLF and Addis",
    "African Union mediators met delegations of Ethiopia's federal government and the TPLF in Addis Ababa to review the implementation of the Pretoria peace agreement, with disarmament of Tigrayan fighters on the agenda.",
    "peace",
)
N(
    "MILF fighters hand in weapons in decommissioning ceremony",
    "About 1,500 former fighters of the Moro Islamic Liberation Front handed in their weapons at a decommissioning ceremony in Maguindanao, receiving transition cash and livelihood packages.",
    "peace",
)
N(
    "Ethiopia and OLA resume talks in Tanzania",
    "Ethiopia's government and the Oromo Liberation Army resumed peace talks in Dar es Salaam, the two sides said in a joint statement, after an earlier round ended without a deal.",
    "peace",
)
N(
    "ULFA pro-talks faction signs peace accord in Delhi",
    "The pro-talks faction of the United Liberation Front of Asom signed a peace accord with the central and Assam governments, agreeing to disband and surrender its weapons.",
    "peace",
)
N(
    "Tumaini talks on South Sudan resume in Nairobi",
    "South Sudan's government and holdout opposition groups resumed the Tumaini peace talks in Nairobi, Kenya's mediators said, focusing on a protocol on security arrangements.",
    "peace",
)
N(
    "Pakistan and Afghan Taliban agree ceasefire in Doha",
    "Pakistan and Afghanistan's Taliban government agreed to an immediate ceasefire in talks in Doha mediated by Qatar and Turkey, and to meet again in Istanbul. Trade through the Torkham crossing is due to resume.",
    "peace",
)
N(
    "Enga clans exchange pigs to end tribal feud",
    "Two clans in Papua New Guinea's Enga province exchanged hundreds of pigs and cash in a compensation ceremony to seal a peace agreement, and the provincial governor shook hands with the war leaders.",
    "peace",
)
N(
    "Comuneros del Sur destroy rifles in Narino",
    "The Comuneros del Sur armed group destroyed rifles and explosives in a ceremony in Narino under its peace process with Colombia's government, the peace commissioner said.",
    "peace",
)

# ---------------------------------------------------------------- negatives: history and remembrance

N(
    "Kigali lights flame of remembrance for genocide victims",
    "President Paul Kagame lit the flame at the Gisozi memorial as Rwanda opened its annual Kwibuka period of remembrance for the 1994 genocide against the Tutsi.",
    "history",
)
N(
    "Biafra war veterans recall siege of Owerri",
    "Ahead of the anniversary of the end of the Nigerian civil war, veterans on both sides met in Enugu to share memories of the siege of Owerri in 1969. Organisers said the meeting was meant to promote reconciliation between generations.",
    "history",
)
N(
    "Tamils hold Mullivaikkal remembrance for the end of the war",
    "Tamils gathered at Mullivaikkal in Mullaitivu to remember those killed in the last phase of Sri Lanka's war against the Tamil Tigers in 2009, lighting lamps on the beach.",
    "history",
)
N(
    "El Alamein museum restores Afrika Korps tank",
    "Egypt's military museum at El Alamein has restored a German tank of Rommel's Afrika Korps, found in the desert decades after the 1942 battle. It will go on display next to British and Italian vehicles from the battle.",
    "history",
)
N(
    "Naxalbari marks anniversary of 1967 peasant uprising",
    "Villagers in Naxalbari, in West Bengal, marked the anniversary of the 1967 peasant uprising that gave India's Naxal movement its name, with speeches at the memorial.",
    "history",
)
N(
    "Halabja remembers chemical attack of 1988",
    "Sirens sounded in Halabja as Kurds remembered the 1988 chemical attack by Saddam Hussein's forces that killed about 5,000 people. Survivors laid flowers at the memorial, and Kurdistan's prime minister called for compensation.",
    "history",
)
N(
    "Aba Women's War added to Nigerian history curriculum",
    "Nigeria's education ministry added the 1929 Aba Women's War, a revolt of Igbo women against colonial taxation, to the secondary school history syllabus. Historians welcomed the move.",
    "history",
)
N(
    "France and Senegal honour Thiaroye tirailleurs",
    "Senegal marked the anniversary of the 1944 Thiaroye massacre of West African tirailleurs by French colonial troops, with a ceremony at the military cemetery.",
    "history",
)
N(
    "Mau Mau veterans unveil memorial in Nyeri",
    "Elderly veterans of the Mau Mau uprising against British rule unveiled a memorial to fighters in Nyeri, where the rebellion's leader Dedan Kimathi was captured in 1956.",
    "history",
)
N(
    "Ogoni Nine remembered three decades on",
    "Activists in Port Harcourt marked the anniversary of the 1995 execution of Ken Saro-Wiwa and eight other Ogoni leaders by Nigeria's military government. Speakers called for the men to be formally pardoned.",
    "history",
)
N(
    "Lima memorial museum opens room on Shining Path years",
    "Peru's Place of Memory museum in Lima opened a new room on the years of violence between the Shining Path and the state from 1980 to 2000. It shows photographs taken by journalists and testimony collected by the truth commission.",
    "history",
)
N(
    "Dhaka's Liberation War Museum digitises 1971 archive",
    "Bangladesh's Liberation War Museum said it had digitised 20,000 letters and photos from the 1971 war, opening the archive to researchers. Curators said the project would take two more years to finish.",
    "history",
)
N(
    "Maji Maji rebellion remembered in Songea",
    "Tanzanians in Songea remembered the leaders of the Maji Maji rebellion, hanged by German colonial forces in 1906, at a memorial ceremony. School children sang songs and the regional commissioner laid a wreath.",
    "history",
)

# ---------------------------------------------------------------- negatives: films, books, music and exhibitions

N(
    "Bayreuth opens with a new Ring cycle",
    "The Bayreuth Festival opened with a new production of Wagner's Ring cycle, and the premiere of Das Rheingold drew both cheers and boos from the audience. The production runs for four evenings.",
    "entertainment",
)
N(
    "Lagos orchestra takes on Wagner",
    "The MUSON orchestra in Lagos performed excerpts from Wagner's Tristan and Isolde, in what organisers called the first full Wagner programme in West Africa. The concert was sold out.",
    "entertainment",
)
N(
    "Restored 'Bandit Queen' screens at Cannes Classics",
    "A 4K restoration of Shekhar Kapur's Bandit Queen, about the dacoit turned politician Phoolan Devi, screened in the Cannes Classics section. The director said the restoration used the original negative.",
    "entertainment",
)
N(
    "'Dacoit' trailer sets box office buzz in Hyderabad",
    "The trailer of the Telugu action film Dacoit, starring Adivi Sesh, drew 20 million views in a day, and the film opens in theatres next month. The film is a revenge drama shot in Andhra Pradesh, its producers said.",
    "entertainment",
)
N(
    "Kannywood drama about bandits premieres in Kano",
    "A Hausa-language film about a young herder lured into a bandit gang premiered in Kano, and its director said he wanted to show the roots of the crisis. The censorship board approved it after some cuts.",
    "entertainment",
)
N(
    "Netflix series on the Sinaloa cartel renewed",
    "Netflix renewed a drama series about the Sinaloa cartel's rise for a second season, and filming will take place in Mexico City and Durango. The first season was the platform's most watched Spanish-language show of the year.",
    "entertainment",
)
N(
    "Novel about Naxal insurgency wins JCB Prize",
    "A novel following a schoolteacher caught between Maoists and police in the forests of Bastar won the JCB Prize for Literature. The jury praised its portrait of village life, and the author, a former journalist, will receive 25 lakh rupees.",
    "entertainment",
)
N(
    "Tamil film on 'encounter specialist' cop tops box office",
    "A Tamil thriller about a police 'encounter specialist' who begins to doubt his killings topped the box office in its first weekend. Critics praised the lead actor, though some said the film glamorised police killings.",
    "entertainment",
)
N(
    "Memoir of former Boko Haram captive published",
    "A woman held by Boko Haram for three years has published a memoir about her captivity and release, which will be launched in Abuja. She said she wrote it to help other survivors speak about their experience.",
    "entertainment",
)
N(
    "Bangkok gallery shows art of Myanmar's resistance",
    "A gallery in Bangkok opened an exhibition of paintings and posters by Myanmar artists who fled after the coup, including portraits of PDF volunteers. Proceeds from sales will go to artists living in exile.",
    "entertainment",
)
N(
    "Play about Tigray war opens in Addis Ababa",
    "A play about a family divided by the Tigray war opened at the National Theatre in Addis Ababa, and critics praised its restraint. Its author, who grew up in Mekelle, said it was about grief rather than politics.",
    "entertainment",
)
N(
    "'Cartel Land' documentary returns to theatres",
    "The documentary Cartel Land, about vigilantes fighting the Knights Templar cartel in Michoacan, returned to theatres for its tenth anniversary. Its director will take part in question-and-answer sessions in Los Angeles and New York.",
    "entertainment",
)
N(
    "Video game set in Sahel draws criticism in Mali",
    "A military shooter video game set in an imaginary Sahel country drew criticism from Malian officials, who said it caricatured the region. The studio said the country was fictional and any resemblance was unintended.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: the military without fighting

N(
    "SDF and US Marines drill on Okinawa island",
    "Japan's Self-Defense Forces and US Marines held a joint exercise on islands in Okinawa prefecture, practising amphibious landings and missile deployment. The exercise runs for two weeks.",
    "military",
)
N(
    "ADF joins Talisman Sabre exercise in Queensland",
    "The Australian Defence Force and US troops began the Talisman Sabre exercise in Queensland, with 30,000 personnel from 19 countries taking part. Live firing of a HIMARS rocket system is planned for the final week.",
    "military",
)
N(
    "SAF conducts live-firing exercise in Australia",
    "The Singapore Armed Forces completed an annual live-firing exercise at Shoalwater Bay in Australia, involving tanks and howitzers. About 2,000 soldiers took part, and the exercise ended with a combined arms demonstration for officials.",
    "military",
)
N(
    "Tatmadaw holds Armed Forces Day parade in Naypyitaw",
    "Myanmar's military held its Armed Forces Day parade in Naypyitaw, with fighter jets flying over and its chief giving a speech. Delegations from Russia and China attended, state television showed.",
    "military",
)
N(
    "Burkina launches recruitment drive for VDP volunteers",
    "Burkina Faso's government launched a recruitment drive for 50,000 Volunteers for the Defence of the Homeland, the VDP, who will receive two weeks' training. Registration centres opened in town halls across the country.",
    "military",
)
N(
    "Russian Africa Corps instructors arrive in Niamey",
    "A plane carrying Russian military instructors of the Africa Corps and an air defence system landed in Niamey, state TV said, to train Niger's army. Niger's junta has been strengthening ties with Moscow since it seized power.",
    "military",
)
N(
    "Nigerian Air Force takes delivery of new helicopters",
    "The Nigerian Air Force took delivery of two attack helicopters from Italy at a ceremony in Abuja, bringing its fleet to 40, the service said. Pilots trained in Italy will fly them, the service said.",
    "military",
)
N(
    "Amotekun passes out 1,500 new recruits in Oyo",
    "The Western Nigeria Security Network, known as Amotekun, passed out 1,500 new recruits in Oyo state after a three-month training programme. The governor said they would be deployed to rural communities and forest reserves.",
    "military",
)
N(
    "CRPF raises new CoBRA battalion",
    "India's Central Reserve Police Force raised a new CoBRA commando battalion for jungle warfare, officials said, bringing the total to 11. Recruits will train for 18 months before deployment, a CRPF spokesman said.",
    "military",
)
N(
    "Bogota picks Saab jets to retire ageing Kfirs",
    "Colombia's air force will replace its Israeli-built Kfirs with 17 Swedish Gripens under a contract with Saab, the defence ministry announced. The first aircraft are expected next year at the Barranquilla base.",
    "military",
)
N(
    "Balikatan drills begin in northern Philippines",
    "Thousands of Philippine and US troops began the annual Balikatan exercises in northern Luzon, including a sinking drill against a decommissioned ship. Japan and Australia sent observers.",
    "military",
)
N(
    "Pakistan test-fires Fatah missile into Arabian Sea",
    "Pakistan's army said it had successfully test-fired a Fatah-series missile with a range of 400 km into the Arabian Sea. The launch was part of a training exercise to test navigation and accuracy, the ISPR said.",
    "military",
)
N(
    "Rwanda Defence Force graduates officer cadets in Gako",
    "The Rwanda Defence Force graduated 600 officer cadets at its military academy in Gako, in a ceremony attended by the president. The new second lieutenants include 90 women, the RDF said.",
    "military",
)
N(
    "Sudan's army inaugurates new naval base in Port Sudan",
    "Sudan's army inaugurated a new naval base in Port Sudan, with its chief inspecting patrol boats donated by a Gulf ally, the military said. Officers said the base would host training and maintenance facilities.",
    "military",
)
# ---------------------------------------------------------------- negatives: disasters in the same regions

N(
    "Alau dam collapse floods Maiduguri",
    "Floodwater from the collapsed Alau dam submerged large parts of Maiduguri, forcing hundreds of thousands from their homes, Borno's emergency agency said, and the zoo's animals escaped.",
    "disaster",
)
N(
    "Mountain collapses onto Yambali village in PNG highlands",
    "A hillside gave way before dawn and buried much of Yambali village in Enga province, and UN officials estimated that hundreds of people were under the debris. Rescuers dug with spades and bare hands as the ground continued to shift.",
    "disaster",
)
N(
    "Landslide wipes out village in Jebel Marra",
    "A landslide after days of heavy rain destroyed the village of Tarasin in Darfur's Jebel Marra mountains, killing hundreds, the Sudan Liberation Movement, which controls the area, said.",
    "disaster",
)
N(
    "Cyclone Chido tears through Cabo Delgado",
    "Cyclone Chido struck northern Mozambique with winds of 260 km/h, destroying tens of thousands of homes in Cabo Delgado, the disaster management institute said. Pemba's hospital lost its roof, and power was cut across the province.",
    "disaster",
)
N(
    "Imphal flooded as rivers burst banks",
    "Rivers burst their banks in Imphal after torrential rain, flooding thousands of homes, and the army and state disaster response force evacuated residents by boat, Manipur officials said.",
    "disaster",
)
N(
    "Balochistan floods cut highway to Quetta",
    "Flash floods washed away bridges on the highway linking Quetta to Karachi, and the provincial disaster authority said hundreds of families had moved to relief camps.",
    "disaster",
)
N(
    "Hurricane Melissa floods southern Haiti",
    "Hurricane Melissa brought flooding to Haiti's southern peninsula, killing at least 25 people and destroying homes in Petit-Goave, the civil protection agency said.",
    "disaster",
)
N(
    "Jonglei floods displace tens of thousands",
    "Floods in South Sudan's Jonglei state displaced tens of thousands of people and drowned cattle, and aid agencies said boats were the only way to reach many villages.",
    "disaster",
)
N(
    "Cyclone Mocha tears roofs off Sittwe homes",
    "Cyclone Mocha made landfall near Sittwe in Rakhine state, tearing roofs off houses and flooding camps, Myanmar's state media said. Winds of up to 210 km/h cut power and telephone lines across the coast.",
    "disaster",
)
N(
    "Niger floods kill hundreds in rainy season",
    "Floods during Niger's rainy season have killed more than 300 people and affected over a million, the humanitarian affairs ministry said. The government postponed the start of the school year because many schools were flooded or used as shelters.",
    "disaster",
)
N(
    "Taliban authorities dig for survivors after Herat quake",
    "Taliban officials said more than 2,000 people were killed by an earthquake in Herat province, and their soldiers joined villagers digging through rubble. Aid agencies sent tents and medicine.",
    "disaster",
)
N(
    "SDF trucks bring water to quake-hit Noto",
    "Japan's Self-Defense Forces delivered water and food to villages on the Noto peninsula cut off by the earthquake, and set up baths for evacuees. Many roads on the peninsula remain blocked by landslides.",
    "disaster",
)
N(
    "ADF soldiers sandbag Lismore as river rises",
    "Australian Defence Force soldiers helped residents sandbag homes in Lismore as the Wilsons River rose, and emergency services ordered evacuations. The Bureau of Meteorology said the river would peak overnight.",
    "disaster",
)
N(
    "Landslide buries homes in Kerio Valley",
    "A landslide after heavy rain buried homes in Elgeyo Marakwet's Kerio Valley, killing at least 21 people, Kenya's interior ministry said. Rescuers with sniffer dogs searched for people still missing.",
    "disaster",
)
N(
    "Turkana herders lose livestock as drought bites",
    "Pastoralists in Kenya's Turkana county have lost half their goats and camels to drought, and some families have moved towards Lake Turkana in search of water. The county government began trucking water to several villages.",
    "disaster",
)
N(
    "Mokwa flood sweeps away market town",
    "A flash flood swept through Mokwa in Niger state before dawn, killing more than 150 people and destroying homes, the state emergency agency said. Officials blamed heavy rain and a collapsed dam upstream.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: crime, trials and extraditions

N(
    "Wanted gangster shot in leg in police encounter in Meerut",
    "A man wanted for robbery was shot in the leg in an encounter with Uttar Pradesh police in Meerut after he opened fire when stopped at a checkpoint, police said.",
    "crime",
)
N(
    "Three men convicted in Germany of financing Hamas",
    "A Berlin court convicted three men of collecting money for Hamas through a charity and sentenced them to prison terms of up to three years. The court said the money had reached the group's social institutions in Gaza.",
    "crime",
)
N(
    "Alleged Hezbollah financier extradited to US",
    "A Lebanese businessman accused of laundering money for Hezbollah was extradited from Romania to the United States, where he faces sanctions-evasion charges. His lawyer said he would plead not guilty.",
    "crime",
)
N(
    "'El Mayo' Zambada admits guilt in Brooklyn court",
    "The 77-year-old drug lord Ismael Zambada told a US judge he had run the Sinaloa organisation's cocaine business for decades, entering a guilty plea to racketeering. Sentencing is set for January.",
    "crime",
)
N(
    "Clan del Golfo's former leader Otoniel sentenced in US",
    "The former leader of Colombia's Clan del Golfo, known as Otoniel, was sentenced to 45 years in prison by a US court for drug trafficking. He had pleaded guilty to sending tonnes of cocaine to the United States.",
    "crime",
)
N(
    "Dacoits loot jewellery shop in Ludhiana",
    "Four armed dacoits looted a jewellery shop in Ludhiana and escaped with gold worth 50 lakh rupees, police said. CCTV footage showed the men in helmets. Police said they had identified two of the men.",
    "crime",
)
N(
    "Enugu police rescue doctor kidnapped for ransom",
    "Police in Enugu rescued a doctor who had been kidnapped from his clinic by a gang demanding ransom, and arrested three suspects. The gang had demanded 50 million naira from his family, police said, adding that no ransom was paid.",
    "crime",
)
N(
    "Ambazonian separatist fundraisers convicted in Minnesota",
    "Three men were convicted in a US federal court of raising money to buy weapons for Ambazonian separatists in Cameroon, prosecutors said. They will be sentenced in the spring.",
    "crime",
)
N(
    "Lagos 'one-chance' robbery gang arrested",
    "Police in Lagos arrested members of a 'one-chance' robbery gang who used a commercial bus to rob passengers, and recovered phones and cash. The suspects will be charged in court next week, a police spokesman said.",
    "crime",
)
N(
    "Cattle rustlers jailed in Botswana",
    "A court in Botswana jailed four cattle rustlers for stealing 40 head of cattle from a farm near Francistown. The magistrate said stock theft was ruining small farmers and handed each man a five-year sentence.",
    "crime",
)
N(
    "Bishnoi gang claims shooting at singer's house in Canada",
    "Gunshots were fired at the home of a Punjabi singer in Surrey, and a social media post attributed to the Bishnoi gang claimed responsibility. No one was hurt. Police are investigating the claim.",
    "crime",
)
N(
    "Court convicts Boko Haram suspects in mass trial",
    "A Nigerian court in Kainji convicted 125 Boko Haram suspects of terrorism financing and membership in a mass trial, the justice ministry said. The trials were held behind closed doors at a military facility.",
    "crime",
)
N(
    "Tren de Aragua members arrested in Chile",
    "Chilean police arrested 30 alleged members of the Tren de Aragua gang in raids in Santiago, charging them with extortion and human trafficking. Prosecutors said the group charged shopkeepers weekly fees.",
    "crime",
)
N(
    "Armed robbers raid bank in Ondo, two killed",
    "Armed robbers attacked a bank in Akoko, Ondo state, and two of them were killed in a shootout with police, the state police command said. The other robbers fled with an undisclosed sum, and a manhunt was launched.",
    "crime",
)
N(
    "Man jailed in UK for supporting proscribed group online",
    "A man was jailed for three years in London for posting messages supporting the BLA, a banned group, on social media. The judge said the posts had been shared thousands of times; the man had no links to any attack.",
    "crime",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Petrol scooping ends in fireball in Majiya",
    "More than 150 people died when an overturned fuel tanker exploded in Majiya, Jigawa state, as residents collected spilled petrol, police said. The Federal Road Safety Corps said the driver lost control while avoiding a truck.",
    "accident",
)
N(
    "Jade mine landslide in Hpakant leaves dozens missing",
    "A landslide at a jade mine in Hpakant, Kachin state, buried dozens of miners, a rescue group said. Heavy rain had loosened a mound of mining waste, and rescuers searched a lake at its foot by boat, the group said.",
    "accident",
)
N(
    "Boat capsizes on Niger River, dozens missing",
    "A boat carrying more than 200 passengers capsized on the Niger River near Gbajibo, police said, and rescuers recovered 30 bodies. Most of the passengers were traders heading to a weekly market, and the boat was overloaded, officials said.",
    "accident",
)
N(
    "Hazara Express derails near Nawabshah",
    "Several coaches of the Hazara Express derailed near Nawabshah in Sindh, killing 30 people, railway officials said. The railways minister said a faulty track joint was the likely cause and ordered an inquiry.",
    "accident",
)
N(
    "Stampede at children's funfair in Ibadan",
    "A stampede at a children's funfair in Ibadan killed 35 children, Oyo state police said. Organisers had distributed free gifts at the school grounds, and parents crowded the gates before dawn, a witness said.",
    "accident",
)
N(
    "Gas explosion hits Maiduguri restaurant, police rule out bomb",
    "A cooking gas cylinder exploded in a restaurant in Maiduguri, killing four people, and police said there was no indication of a bomb. The cylinder had been leaking, the fire service said.",
    "accident",
)
N(
    "Air force trainer jet crashes in Kaduna",
    "A Nigerian Air Force trainer jet crashed during a routine flight near Kaduna, killing both pilots, the air force said. A board of inquiry will investigate the cause of the crash, a spokesman said.",
    "accident",
)
N(
    "Bus plunges into gorge on Imphal-Dimapur highway",
    "A bus carrying students on an excursion plunged into a gorge on the Imphal-Dimapur highway, killing 15, Manipur officials said. Police said the driver lost control on a sharp bend in heavy rain.",
    "accident",
)
N(
    "Artisanal pit caves in near Kangaba, most victims women",
    "At least 40 gold panners, most of them women, died when an artisanal pit caved in near Kangaba, in south-western Mali, local officials said. Rains had weakened the walls of the pit, which the authorities had closed, a miner said.",
    "accident",
)

# ---------------------------------------------------------------- negatives: health

N(
    "Polio vaccination campaign starts in Khyber Pakhtunkhwa",
    "Health workers began a week-long polio vaccination campaign in Khyber Pakhtunkhwa, aiming to reach 6 million children. Teams will go door to door in 30 districts, and religious scholars have backed the drive in Friday sermons.",
    "health",
)
N(
    "Meningitis outbreak in Niger's Zinder region",
    "Niger's health ministry declared a meningitis outbreak in Zinder region after 200 cases, and launched a vaccination campaign. Most cases are among children aged 5 to 14, and schools in two districts were told to report fevers.",
    "health",
)
N(
    "Ebola outbreak declared in Kasai's Bulape",
    "Congo's health ministry declared an Ebola outbreak in Bulape, Kasai province, after 15 deaths, and vaccination began. The World Health Organization sent a team and doses of vaccine for health workers and contacts.",
    "health",
)
N(
    "Mpox cases rise in Bujumbura",
    "Burundi's health ministry said mpox cases in Bujumbura rose to 600, and schools were told to reinforce hygiene measures. Vaccination began for health workers and close contacts, with doses donated by Japan.",
    "health",
)
N(
    "Lassa fever kills health workers in Ondo",
    "Lassa fever killed three health workers in Ondo state, Nigeria's Centre for Disease Control said. The agency said 120 cases had been confirmed in the state since January and urged hospitals to screen feverish patients.",
    "health",
)
N(
    "Cholera outbreak in Lusaka prompts water drive",
    "Zambia's government began delivering clean water to Lusaka neighbourhoods after a cholera outbreak killed 40 people. The national stadium was turned into a treatment centre, and the start of the school term was postponed.",
    "health",
)
N(
    "Cameroon rolls out malaria vaccine",
    "Cameroon became the first country to roll out a malaria vaccine in routine childhood immunisation, the WHO said. The RTS,S vaccine will be offered to children under two in 42 health districts, the health ministry said.",
    "health",
)

# ---------------------------------------------------------------- negatives: peaceful protests

N(
    "Baloch Yakjehti Committee holds sit-in outside Islamabad press club",
    "Women of the Baloch Yakjehti Committee held a peaceful sit-in outside the Islamabad press club, demanding information about missing relatives. Police allowed the sit-in to continue and no arrests were reported.",
    "protest",
)
N(
    "Meira Paibis hold torch rally in Imphal",
    "Thousands of Meitei women of the Meira Paibi movement held a peaceful torch rally in Imphal demanding the removal of illegal drugs. The rally passed off without incident, police said.",
    "protest",
)
N(
    "Former FARC fighters march to Bogota",
    "Hundreds of former FARC fighters and their families marched peacefully into Bogota to demand protection and land promised in the peace deal. They were received by the interior minister, and the march ended with a concert in Bolivar Square.",
    "protest",
)
N(
    "Miyetti Allah herders rally in Abuja over grazing reserves",
    "Members of the Miyetti Allah Cattle Breeders Association held a peaceful rally in Abuja, demanding grazing reserves and compensation for lost cattle. The rally ended outside the National Assembly, where they handed over a letter.",
    "protest",
)
N(
    "PTM jirga in Khyber ends peacefully",
    "Thousands attended the Pashtun Tahafuz Movement's jirga in Khyber district, which ended peacefully with demands for an end to military operations. Its leader thanked the provincial government for allowing the gathering.",
    "protest",
)
N(
    "Kurdish mothers keep vigil in Diyarbakir",
    "Mothers whose children joined the PKK continued their weekly sit-in outside a party office in Diyarbakir, asking for their return. The mothers, who have gathered every week since 2019, read statements and went home.",
    "protest",
)
N(
    "Haitian diaspora marches in Miami",
    "Thousands of Haitians marched peacefully in Miami against US deportations and the end of temporary protected status. The march through Little Haiti ended with speeches and music at a church, police said.",
    "protest",
)
N(
    "Hostage families rally in Tel Aviv",
    "Tens of thousands rallied in Tel Aviv's Hostages Square, calling on the government to reach a deal with Hamas to free the remaining hostages. The rally ended peacefully, and organisers said another was planned for next Saturday.",
    "protest",
)


# ====================================================================== end of texts


if __name__ == "__main__":
    sys.exit(run(CONFIG))
