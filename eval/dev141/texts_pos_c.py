"""dev141 positives (3 of 3): the Caucasus, Pakistan, the Philippines and the South China Sea,
Colombia, Mexico, Haiti, Mozambique, the Afghan-Pakistani border, Yemen and Los Angeles
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Armenia says 49 soldiers killed as Azerbaijani forces shell border towns",
        "YEREVAN, Sept 13 (Reuters) - Armenia said at least 49 of its soldiers were killed "
        "overnight when Azerbaijani forces attacked positions along their shared border with "
        "artillery, drones and large-calibre weapons, in the worst fighting between the two "
        "countries since their 2020 war over Nagorno-Karabakh. Prime Minister Nikol Pashinyan "
        "told parliament that Azerbaijani troops had tried to advance into Armenian territory "
        "near the towns of Jermuk, Goris and Vardenis and had seized some positions. Shells "
        "landed in residential areas of Jermuk, a spa town, the Armenian defence ministry said, "
        "and some residents were evacuated. Azerbaijan's defence ministry said it had responded "
        'to "large-scale provocations" by Armenian forces, who it said had mined supply routes '
        "and fired on its units, and that 50 of its own servicemen had been killed. Armenia "
        "asked Russia, its treaty ally, and the Russian-led Collective Security Treaty "
        "Organization for military assistance. Moscow said it had brokered a ceasefire by the "
        "morning, but both sides reported violations within hours. The European Union and the "
        "United States urged an immediate end to hostilities.",
        "B E D",
        "border clash",
    ),
    (
        "Nine soldiers killed as militants storm army garrison in Balochistan's Zhob",
        "QUETTA - Nine soldiers were martyred when heavily armed militants attacked an army "
        "garrison in Zhob, in northern Balochistan, in the early hours of Wednesday, the "
        "military's media wing said. In a statement, Inter-Services Public Relations (ISPR) said "
        '"a group of terrorists" had tried to storm the facility and were stopped at the '
        "perimeter, after which they rammed an explosives-laden vehicle into the wall. All five "
        "attackers were killed in the exchange of fire that followed, according to ISPR, which "
        "said clearance operations were under way in the area. Two civilians were wounded. "
        "Tehreek-i-Jihad Pakistan, a little-known group that security officials say is a front "
        "for the Tehreek-i-Taliban Pakistan (TTP), claimed the attack. The army chief, General "
        "Asim Munir, visited the wounded soldiers at the Combined Military Hospital in Quetta "
        "and said Pakistan expected Afghanistan's Taliban government to deny safe havens to "
        "militants. Attacks on security forces in Balochistan and Khyber Pakhtunkhwa have risen "
        "sharply since the TTP ended a ceasefire with the government in November.",
        "B T E",
        "attack on military garrison",
    ),
    (
        "Army says three New People's Army rebels killed in Negros Occidental firefight",
        "BACOLOD CITY - Three suspected members of the New People's Army (NPA) were killed in a "
        "clash with government troops in the hinterlands of Negros Occidental on Friday morning, "
        "the Philippine Army said. Soldiers of the 62nd Infantry Battalion were on patrol after "
        "residents reported the presence of armed men extorting food from farmers when they "
        "encountered about 15 rebels, Lt. Col. Jessie Montoya told reporters. The firefight "
        "lasted around 20 minutes. No soldiers were hurt, the army said. Troops recovered three "
        "M16 rifles, a grenade launcher, bandoliers and subversive documents from the site. The "
        "Communist Party of the Philippines did not immediately comment. The government has "
        "stepped up operations against the Maoist insurgency, which it calls the country's "
        "biggest security threat, after peace talks collapsed. The army said it was coordinating "
        "with the local government to provide assistance to farmers in the area.",
        "B",
        "clash",
    ),
    (
        "Chinese coast guard boards Philippine boats at Second Thomas Shoal; sailor loses thumb",
        "MANILA - Chinese coast guard personnel armed with knives, axes and improvised spears "
        "boarded two Philippine navy rigid-hulled inflatable boats during a resupply mission to "
        "the BRP Sierra Madre at Second Thomas Shoal on Monday, the Armed Forces of the "
        "Philippines said. Several Filipino sailors were injured, one of whom lost his right "
        "thumb when a Chinese boat rammed his vessel, military chief General Romeo Brawner Jr. "
        "said. The Chinese personnel seized eight disassembled rifles, punctured the inflatables "
        'and took navigation equipment, he said, calling the incident "piracy." Footage '
        "released by the Philippine military showed Chinese crews brandishing blades and "
        "shouting as Filipino troops tried to push them away with their hands. China's coast "
        'guard said it had taken "control measures" against vessels that had "illegally '
        'intruded" into Chinese waters and that its actions were professional and restrained. '
        "It was the most violent confrontation so far at the shoal, where Manila keeps a handful "
        "of marines on a rusting warship it grounded in 1999. Washington reiterated that its "
        "mutual defence treaty with the Philippines covers armed attacks on Philippine forces "
        "anywhere in the South China Sea. The Philippine navy said the resupply mission had been "
        "partly completed. Analysts said the use of bladed weapons rather than water cannon "
        "marked an escalation, but noted that neither side had fired a shot. President Ferdinand "
        "Marcos Jr. visited the wounded sailors at a military hospital in Palawan and said the "
        "Philippines would not be intimidated. Beijing and Manila later agreed a provisional "
        "arrangement for resupply missions, although each side gave a different account of its "
        "terms.",
        "M",
        "maritime confrontation",
    ),
    (
        "Drone downs police helicopter in Antioquia, killing 13 officers; Petro blames FARC "
        "dissidents",
        "BOGOTÁ (Reuters) - A drone attack brought down a police Black Hawk helicopter in "
        "Amalfi, in Colombia's Antioquia province, on Thursday, killing 13 police officers who "
        "were protecting a coca eradication operation, officials said. The helicopter was hit by "
        "an explosive-laden drone as it flew over a rural area, the defence ministry said, and "
        "crashed in flames. Hours earlier a truck bomb had exploded near a military aviation "
        "school in Cali, killing at least five people and wounding dozens. President Gustavo "
        "Petro blamed both attacks on armed groups financed by cocaine trafficking, naming the "
        "dissident faction of the former FARC rebels led by Iván Mordisco, and said they should "
        "be designated terrorist organisations. Defence Minister Pedro Sánchez said the military "
        'was under attack from "narco-terrorist structures" using drones, which armed groups '
        "have turned into one of their main weapons against soldiers and police in the last two "
        "years. The army has recorded hundreds of drone attacks on its bases since early 2024. "
        "The attacks came as the country prepares for presidential elections next year.",
        "E T",
        "drone attack",
    ),
    (
        "Eight Mexican soldiers killed by cartel landmine in Michoacán",
        "MEXICO CITY - Eight Mexican soldiers were killed on Tuesday when their vehicle hit an "
        "improvised explosive device buried on a dirt road in the municipality of Los Reyes, in "
        "the western state of Michoacán, the Defence Ministry said. The troops were taking part "
        "in an operation against criminal groups in the area when the device exploded, the "
        "ministry said in a statement, and a second vehicle came under fire as soldiers tried to "
        "help the wounded. Officials said the area had been mined by the Jalisco New Generation "
        "Cartel, which has been fighting rival groups and the security forces for control of "
        "avocado- and lime-growing valleys. Cartels in Michoacán have turned to landmines and "
        "drones that drop explosives over the past three years, injuring soldiers, police and "
        "farmers who stray onto mined paths. President Claudia Sheinbaum said in her morning "
        "news conference that those responsible would be brought to justice. Army engineers have "
        "cleared hundreds of explosive devices in the state this year, according to official "
        "figures.",
        "E B",
        "landmine attack",
    ),
    (
        "Gangs attack Kenyan-led force and police in Port-au-Prince; thousands flee Kenscoff "
        "fighting",
        "PORT-AU-PRINCE (Reuters) - Heavily armed gangs attacked police and members of the "
        "Kenyan-led multinational security mission in several neighbourhoods of Haiti's capital "
        "on Tuesday, and a Kenyan officer was killed in an ambush near the Ségur-Savien area, "
        "the mission said. Gunmen from the Viv Ansanm coalition fired on an armoured vehicle on "
        "patrol with Haitian police, and the fighting lasted several hours, the mission said in "
        "a statement. It was the second Kenyan death since the force began deploying last year. "
        "In the hills of Kenscoff, above the capital, gangs have been attacking for three weeks, "
        "burning homes, and the International Organization for Migration said more than 3,000 "
        "residents had fled. Haiti's national police said officers had killed several gang "
        "members in counter-attacks. The mission has fewer than 1,000 personnel, well short of "
        "the 2,500 originally planned, and has struggled to push back coalitions of gangs that "
        "control most of Port-au-Prince. Kenya's President William Ruto said his government "
        "would not withdraw the officers. Aid agencies said the fighting had cut the main road "
        "between the capital and the south for days. Haiti's transitional council has asked the "
        "United Nations to turn the mission into a full peacekeeping operation, which would give "
        "it more money and troops. The United States, which has funded most of the mission, said "
        "it was studying options.",
        "B V D",
        "gang attack",
    ),
    (
        "Insurgents attack Mozambique's Palma; residents flee into bush and by boat",
        "MAPUTO - Islamist insurgents attacked the town of Palma in Mozambique's northern Cabo "
        "Delgado province, a few kilometres from a gas project led by France's Total, and "
        "fighting continued for a third day on Friday, security sources and aid workers said. "
        "Dozens of people are feared dead, among them workers from foreign contractors who were "
        "ambushed as they tried to escape from a hotel in a convoy of vehicles, according to a "
        "South African private security contractor involved in rescue flights. Government troops "
        "were struggling to retake the town, a military source said. Thousands of residents fled "
        "into the surrounding bush, and some reached the Afungi peninsula, where the gas project "
        "is located, while others were taken by boat to Pemba, the provincial capital, aid "
        "agencies said. Militants linked to the Islamic State have been waging an insurgency in "
        "Cabo Delgado since 2017. Total said it had evacuated staff from the site. The "
        "government said on Saturday that its forces had repelled the attackers, a claim that "
        "could not be verified with phone lines down.",
        "B V D T",
        "insurgent attack",
    ),
    (
        "Pakistan and Afghan Taliban forces clash along border after airstrikes on Kabul and "
        "Paktika",
        "ISLAMABAD/KABUL - Pakistani and Afghan Taliban forces exchanged heavy fire at several "
        "points along their border overnight, including near the Torkham and Chaman crossings, "
        "officials on both sides said, days after Pakistan carried out airstrikes in Kabul and "
        "Afghanistan's Paktika province that Islamabad said targeted Pakistani Taliban leaders. "
        "The Pakistani military's media wing said its troops had destroyed a number of Afghan "
        "border posts and killed more than 200 Taliban and affiliated fighters, while 23 "
        "Pakistani soldiers had died. Taliban spokesman Zabihullah Mujahid said Afghan forces "
        "had captured 25 Pakistani posts and killed 58 soldiers in what he called retaliatory "
        "operations. The figures could not be independently verified. Artillery and drones were "
        "used, residents said, and families in border villages on both sides left their homes. "
        "Pakistan closed all crossings, stranding hundreds of trucks. Qatar and Saudi Arabia "
        "urged both sides to show restraint. Islamabad accuses the Taliban of sheltering the "
        "Tehreek-i-Taliban Pakistan, which has killed hundreds of Pakistani soldiers this year; "
        "Kabul denies it.",
        "B E M D",
        "border clashes",
    ),
    (
        "US strikes on Yemen's Ras Isa fuel port kill dozens, Houthis say",
        "DUBAI/WASHINGTON, April 18 (Reuters) - U.S. airstrikes on Yemen's Ras Isa fuel port "
        "killed 74 people and wounded 171, the Houthi-run health ministry said on Friday, in "
        "what would be the deadliest single attack of Washington's campaign against the "
        "Iran-aligned group. Central Command said the strikes were meant to cut off a source of "
        "fuel and revenue that the Houthis use to fund attacks on shipping, and that the port "
        "had been receiving fuel shipments in violation of U.S. sanctions. Houthi-run al-Masirah "
        "television showed fires burning at storage tanks and bodies being pulled from rubble at "
        "the port in Hodeidah province. Port workers and paramedics were among the dead, the "
        "health ministry said. The United States has struck hundreds of targets in "
        "Houthi-controlled areas since mid-March, using aircraft from two carrier strike groups "
        "and B-2 bombers flying from Diego Garcia. The Houthis said they fired missiles at the "
        "USS Carl Vinson and at Israel in response. Reuters could not independently verify the "
        "toll.",
        "E M",
        "airstrike",
    ),
    (
        "Marines arrive in Los Angeles as police fire flash-bangs at protesters for a fourth night",
        "LOS ANGELES - About 700 Marines from the 2nd Battalion, 7th Marines began arriving in "
        "the Los Angeles area on Tuesday to protect federal property and personnel, joining some "
        "4,000 California National Guard troops federalised by President Donald Trump over the "
        "objections of Gov. Gavin Newsom. Protests against immigration raids continued downtown "
        "for a fourth night, and police used flash-bang grenades, rubber bullets and tear gas to "
        "disperse crowds near the federal detention centre after some protesters threw rocks, "
        "bottles and fireworks at officers, the Los Angeles Police Department said. Several "
        "self-driving cars were set on fire on Sunday and dozens of businesses were looted, "
        "police said. More than 400 people have been arrested since Friday. The Marines have "
        "been trained in crowd control and de-escalation but will not take part in law "
        "enforcement, U.S. Northern Command said. Defense Secretary Pete Hegseth said the "
        "deployment would cost about $134 million. California has sued to block the use of "
        "troops, arguing it violates the Posse Comitatus Act and state sovereignty.",
        "U",
        "riot",
    ),
]
