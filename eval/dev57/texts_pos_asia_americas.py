"""dev57 positives from South, Southeast and East Asia and the Americas, in the idiom of ISPR,
APP, the Foreign Office of Pakistan, PTI and ANI, the Global New Light of Myanmar and the junta's
information team, the Philippine News Agency, Bernama, the Vietnam News Agency, Xinhua, Yonhap and
the JCS, and the defence and security ministries of Colombia, Mexico, Venezuela, Peru, Ecuador and
Bangladesh's state news agency.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Eight khwarij sent to hell in North Waziristan IBO; three soldiers embrace shahadat",
        "On 12 July, security forces conducted an intelligence-based operation in the general area "
        "of Hassan Khel, North Waziristan District, on the reported presence of khwarij, ISPR "
        "said. During the conduct of the operation, own troops effectively engaged the khwarij "
        "location and, after an intense exchange of fire, eight khwarij were sent to hell. "
        "However, during the fierce exchange of fire, three brave sons of the soil, having fought "
        "gallantly, embraced shahadat. Sanitisation operation is being carried out to eliminate "
        "any other khariji found in the area, as the security forces of Pakistan are determined to "
        "wipe out the menace of Indian-sponsored terrorism from the country.",
        "B M",
        "raid",
    ),
    (
        "52 martyred in suicide blast near Eid Milad-un-Nabi procession in Mastung",
        "A suicide bomber blew himself up near a procession gathering to celebrate Eid "
        "Milad-un-Nabi near Madina Masjid in Mastung on Friday, martyring at least 52 people, "
        "including a deputy superintendent of police, the district's assistant commissioner said. "
        "An emergency was declared in Quetta hospitals, to which dozens of injured were shifted. "
        "The caretaker interior minister said terrorists had no religion and vowed that those "
        "behind the attack would be brought to justice. Hospitals in Quetta appealed for blood "
        "donors, and the provincial government announced three days of mourning.",
        "T E V H",
        "suicide bombing",
    ),
    (
        "Pakistan carries out precision strikes on terrorist hideouts in Iran's Sistan-Baluchestan",
        "Pakistan this morning undertook a series of highly coordinated and specifically targeted "
        "precision military strikes against terrorist hideouts in the Siestan-o-Baluchistan "
        "province of Iran, the Foreign Office said. A number of terrorists were killed during the "
        "intelligence-based operation, code-named Marg Bar Sarmachar, it said. The strikes came "
        "two days after what the Foreign Office called an unprovoked violation of Pakistan's "
        "airspace by Iran in Panjgur, in which two children were killed. Iran's deputy governor "
        "for security in the province said nine people, including four children, had died in a "
        "village near Saravan.",
        "E M",
        "cross-border strike",
    ),
    (
        "Four soldiers killed as terrorists ambush Army vehicles in Poonch",
        "Terrorists ambushed two Army vehicles at Dhatyar Morh near Dera ki Gali in Poonch "
        "district on Thursday afternoon, killing four soldiers and injuring three, officials said. "
        "The terrorists, lying in wait on a hillock at a sharp bend, fired indiscriminately and "
        "hurled grenades at the vehicles; troops retaliated and the gunfight was continuing, an "
        "officer said. Additional forces were rushed to the area and traffic on the road was "
        "suspended. Two of the vehicles were set on fire, and the terrorists took away the weapons "
        "of some of the soldiers, officials said. A group calling itself the People's Anti-Fascist "
        "Front claimed responsibility.",
        "B E T",
        "ambush",
    ),
    (
        "Eight DRG jawans, driver killed as Maoists blow up vehicle in Bijapur",
        "Eight personnel of the District Reserve Guard and a civilian driver were killed when "
        "Maoists blew up their vehicle with an IED in the Kutru area of Bijapur district on "
        "Monday, the Inspector General of Police of the Bastar range said. The security personnel "
        "were returning from a joint anti-Naxal operation in Abujhmarh when the vehicle was hit, "
        "he said, and the blast left a crater several feet deep on the road.",
        "E",
        "IED",
    ),
    (
        "Ten suspected militants killed after attacking Jiribam police station; six missing from "
        "relief camp",
        "Ten suspected militants in camouflage uniforms were killed in a gunfight with the CRPF "
        "after they attacked the Borobekra police station and a nearby relief camp in Manipur's "
        "Jiribam district on Monday, police said. The militants also set fire to several houses "
        "and shops in the market area, and six members of a family, three women and three "
        "children, went missing from the relief camp during the attack, officials said. "
        "Prohibitory orders were imposed across the district. Families from the relief camp were "
        "moved to safer places under security escort, officials said.",
        "B V D",
        "armed attack",
    ),
    (
        "Terrorists' mine kills three on Monywa road; security troops clear area near Kyaukmyaung",
        "Terrorists of the so-called PDF planted a mine on the Monywa-Yagyi road that exploded "
        "under a tricycle on Wednesday, killing the driver and two passengers, according to the "
        "information team of the State Administration Council. Security troops conducting area "
        "clearance operations near Kyaukmyaung came under fire from some 30 terrorists the next "
        "day, and the terrorists fled after the troops responded, leaving behind two homemade "
        "rifles and mines, the team said.",
        "E B M T",
        "landmine",
    ),
    (
        "Tatmadaw confirms air strike on Pazigyi ceremony; residents say more than 160 killed",
        "The information team of the State Administration Council said a Tatmadaw air strike on "
        "Tuesday morning had targeted the opening ceremony of a PDF office in Pazigyi village, "
        "Kanbalu township, and that some of the dead were uniformed members of the terrorist "
        "group. Residents and the National Unity Government said more than 160 people, including "
        "about 20 children, had been killed when a fighter jet bombed the crowd and a helicopter "
        "fired on the survivors. The United Nations called for those responsible to be held "
        "accountable.",
        "E M V",
        "airstrike",
    ),
    (
        "Soldiers clash with NPA rebels in Northern Samar; three rebels dead",
        "Troops of the Army's 20th Infantry Battalion clashed with about 20 members of the "
        "communist terrorist group in Barangay Imelda, Las Navas, Northern Samar on Sunday, "
        "leaving three rebels dead, the 8th Infantry Division said. The soldiers were responding "
        "to reports from residents about extortion activities of the rebels when they were fired "
        "upon, the division spokesperson said. No government troops were hurt, and the unit "
        "recovered three M16 rifles, an improvised explosive device and subversive documents.",
        "B M",
        "battle",
    ),
    (
        "Four killed, dozens hurt in bombing during Mass at MSU gym in Marawi",
        "An explosion ripped through the Dimaporo Gymnasium of Mindanao State University in Marawi "
        "City during a Catholic Mass on Sunday morning, killing four people and injuring about 50, "
        "the regional police director said. The President condemned in the strongest possible "
        "terms the senseless and most heinous acts perpetrated by foreign terrorists. The Dawlah "
        "Islamiyah-Philippines group is suspected, and Islamic State later claimed the attack. The "
        "university suspended classes and the police placed Lanao del Sur on heightened alert.",
        "T E V",
        "bombing",
    ),
    (
        "Ops Daulat: fighter jets bomb Sulu intruders before troops move into Kampung Tanduo",
        "Security forces launched an assault on the armed Sulu intruders holed up in Kampung "
        "Tanduo, Lahad Datu, at 7am today, with Royal Malaysian Air Force fighter jets bombing "
        "their positions before ground troops moved in, the Inspector-General of Police said. The "
        "operation, code-named Ops Daulat, followed the killing of eight policemen in ambushes in "
        "Tanduo and Semporna over the weekend. Residents of surrounding villages have been moved "
        "to relief centres in Felda Sahabat, he said.",
        "B E M D",
        "offensive",
    ),
    (
        "Bomb at Narathiwat tea shop kills two defence volunteers",
        "A bomb hidden in a motorcycle exploded in front of a tea shop in Rangae district of "
        "Narathiwat on Friday morning, killing two defence volunteers and injuring five villagers "
        "who were having breakfast, Thai police said. Internal Security Operations Command Region "
        "4 said insurgents had set off the device with a mobile phone, and security officers "
        "sealed off the area to search for a second bomb.",
        "E",
        "bombing",
    ),
    (
        "Armed group attacks commune headquarters in Dak Lak; police officers and officials killed",
        "An armed group of about 40 people attacked the headquarters of the People's Committees "
        "and police of Ea Tieu and Ea Ktur communes in Cu Kuin district, Dak Lak province, in the "
        "early hours of Sunday, killing four police officers and two commune officials, the "
        "Ministry of Public Security said. The attackers, armed with guns and knives, also took a "
        "civilian hostage, the ministry said. Dozens of suspects have been detained, and the "
        "ministry described the attack as an act of terrorism against the people's government.",
        "B T V",
        "armed attack",
    ),
    (
        "Five Chinese nationals killed in terrorist attack on convoy in Pakistan",
        "A suicide bomber rammed an explosives-laden vehicle into a convoy carrying Chinese "
        "engineers from Islamabad to the Dasu hydropower project camp in Besham, Khyber "
        "Pakhtunkhwa, on Tuesday, killing five Chinese nationals and their Pakistani driver, local "
        "police said. The Chinese Foreign Ministry spokesperson said China strongly condemned the "
        "terrorist attack and had asked Pakistan to investigate thoroughly and hunt down the "
        "perpetrators. It was the third attack on Chinese interests in Pakistan in a week, after "
        "assaults on the Gwadar port authority complex and the Turbat naval air station.",
        "T E V",
        "suicide bombing",
    ),
    (
        "North Korea fires shell at frontline unit; South Korean army returns fire",
        "North Korea fired an artillery shell at a South Korean army unit in Yeoncheon, Gyeonggi "
        "Province, on Thursday afternoon, and the South Korean military responded with dozens of "
        "155mm howitzer rounds, the Joint Chiefs of Staff said. No damage or casualties were "
        "reported on the South Korean side. Residents of border villages in Yeoncheon were ordered "
        "into shelters, and the military raised its alert to the highest level. The exchange came "
        "16 days after mine blasts maimed two South Korean soldiers on a patrol in the DMZ.",
        "E D",
        "shelling",
    ),
    (
        "Twenty Indian Army personnel killed in violent face-off with Chinese troops in Galwan",
        "Twenty Indian Army personnel, including a commanding officer, were killed in a violent "
        "face-off with Chinese troops in the Galwan Valley in eastern Ladakh on Monday night, the "
        "Army said, in the deadliest clash on the border in over four decades. No shots were "
        "fired; the soldiers fought with stones, clubs and iron rods, officials said. China's "
        "Foreign Ministry accused Indian troops of crossing the line of actual control twice and "
        "of provoking and attacking Chinese personnel.",
        "B",
        "border clash",
    ),
    (
        "Military Forces bomb FARC dissident structure in Guaviare, seven killed",
        "The Military Forces carried out a bombing operation against a structure of the FARC "
        "dissidents led by alias Mordisco in the rural area of Calamar, Guaviare, the Minister of "
        "Defence said on X, reporting seven members of the armed group killed. The operation, the "
        "first of its kind authorised by the government since 2022, was ordered after the "
        "structure recruited minors and attacked soldiers, the minister said.",
        "E M",
        "airstrike",
    ),
    (
        "Dissidents attack Suarez police station with rifles, explosives and drones",
        "Members of the Jaime Martinez structure of the FARC dissidents attacked the police "
        "station in Suarez, Cauca, with rifles, explosives and drones for more than six hours on "
        "Wednesday, wounding two police officers and a teenager, the National Police said. The "
        "Army sent reinforcements and the Air Force provided support, the Ministry of Defence "
        "said, calling the attack a terrorist act. Residents of the town centre sheltered in their "
        "homes, and about 40 families left for the municipal seat.",
        "B E T D",
        "attack on police",
    ),
    (
        "Soldiers repel aggression by armed civilians in Culiacan; 19 aggressors killed",
        "Military personnel repelled an aggression by armed civilians in the Plan de Oriente area "
        "of Culiacan, Sinaloa, on Monday, killing 19 aggressors and arresting one, the Secretariat "
        "of National Defence said in a statement. The troops were carrying out reconnaissance when "
        "they were attacked from several vehicles, and one soldier was wounded, the statement "
        "said. Five long weapons, grenades and a .50 calibre rifle were seized at the scene.",
        "B",
        "battle",
    ),
    (
        "FANB repels 'mercenary' landing at Macuto; eight attackers killed",
        "The Bolivarian National Armed Forces and police repelled an attempted invasion by sea by "
        "a group of terrorist mercenaries who landed in speedboats at Macuto, La Guaira state, at "
        "dawn on Sunday, the Interior Minister said. Eight of the attackers were killed and two "
        "arrested, and a boat loaded with weapons was seized, he said, accusing Colombia and the "
        "United States of backing the group.",
        "B T",
        "incursion",
    ),
    (
        "Three soldiers killed in terrorist ambush in the VRAEM",
        "Three soldiers were killed and two wounded when a patrol of the Special Command of the "
        "VRAEM was attacked by narcoterrorist remnants of Shining Path in Pichari district, Cusco, "
        "the Joint Command of the Armed Forces said. The patrol repelled the attack, and "
        "reinforcements were flown in by helicopter to pursue the attackers through the jungle, "
        "the command said.",
        "B T",
        "ambush",
    ),
    (
        "Gunmen storm TV studio on air; President decrees 'internal armed conflict'",
        "Hooded gunmen stormed the studios of TC Television in Guayaquil during a live broadcast "
        "on Tuesday, threatening staff with guns and explosives, before police units regained "
        "control and arrested 13 of them, the National Police said. Hours later, the President "
        "decreed an internal armed conflict and ordered the armed forces to neutralise 22 criminal "
        "groups, which he designated as terrorist organisations. Explosions, prison riots and the "
        "kidnapping of police officers were reported in several cities.",
        "T V",
        "armed attack",
    ),
    (
        "Miscreants torch BTV Centre and metro stations; curfew imposed, army deployed",
        "Miscreants set fire to the BTV Centre in Rampura and vandalised two Metro Rail stations "
        "in Mirpur on Thursday as violence spread in the capital during the quota reform movement, "
        "police said. The government imposed a curfew from midnight and deployed the army, the "
        "Prime Minister's press secretary said. Hospitals reported dozens of deaths as police "
        "fired rubber bullets, tear gas and live rounds at protesters in several districts. Mobile "
        "internet had been shut down nationwide since the previous evening. Students said they "
        "would continue their movement until their demands were met.",
        "U",
        "riot",
    ),
    (
        "ISPR: organised attacks on military installations, a 'black chapter'",
        "In a planned manner, organised attacks on military installations and buildings were "
        "carried out and anti-army slogans were raised, ISPR said on Wednesday, describing 9 May "
        "as a black chapter in the country's history. Mobs broke into the Corps Commander's "
        "residence in Lahore and set it on fire, and stormed a gate of the General Headquarters in "
        "Rawalpindi. Police said at least eight people were killed in clashes across the country "
        "and more than 1,900 were arrested in Punjab alone. The military said it had identified "
        "the planners and that they would be tried under the Army Act. Schools in Punjab and "
        "Islamabad were closed on Thursday.",
        "U",
        "riot",
    ),
]
