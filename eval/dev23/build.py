"""Build eval/dev23/conflict.jsonl (and the empty eval/dev23/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "institutional voices": short texts (a title and 2 to 6 sentences) written as an
institution writes, not as a journalist does: UN agency press releases and briefing notes (OCHA,
UNHCR, WFP, UNICEF, WHO, OHCHR, Security Council press statements), NGO statements (ICRC, MSF,
NRC, Amnesty, HRW, Save the Children, ACLED-style weekly summaries), government and ministry
statements, military communiques and briefings, police statements, and embassy/travel advisories.
The hard negatives come from the same voices (disasters, epidemics, peace talks, exercises,
commemorations, ordinary crime, accidents, appeals without war...).

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (23), with ids l0001... (a prefix no other set uses).

    python eval/dev23/build.py            # validate, print the counts, write the files
    python eval/dev23/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the conflictset package

from conflictset import ConflictConfig, N, P, run

CONFIG = ConflictConfig(
    "dev23",
    Path(__file__).resolve().parent,
    "l",
    23,
    sentences=(2, 6),
    max_text_chars=900,
    max_title_chars=120,
    near_dup=None,
)

# ====================================================================== texts
# ---------------------------------------------------------------- positives, batch 1 (Middle East and North Africa)

P(
    "Flash Update #38: strike hits UNRWA school sheltering displaced families in Khan Younis",
    "On the afternoon of 9 July 2024, a strike hit the gate of an UNRWA school in Abasan, east of Khan Younis, where some 2,000 displaced people were sheltering. Local health authorities reported at least 27 people killed, most of them women and children. Since October, more than 190 UNRWA installations have been hit. Humanitarian partners continue to call for the protection of civilians and of facilities used as shelters.",
    "E V D",
    "airstrike",
)
P(
    "WFP pauses deliveries to northern Gaza after convoy comes under fire",
    "The World Food Programme said a convoy of 14 trucks carrying flour for Gaza City was stopped at a checkpoint, then came under gunfire as crowds of hungry people gathered around it. One of our drivers was injured and the trucks could not reach their destination. WFP is pausing deliveries to the north until conditions allow safe distribution. People in the north are facing catastrophic levels of hunger.",
    "V H",
    "attack_on_aid",
)
P(
    "WHO: Kamal Adwan hospital out of service after military raid",
    "WHO has lost contact with staff at Kamal Adwan hospital in Beit Lahiya after Israeli forces raided the facility on 27 December 2024. Patients were moved out and the director was detained, according to the Ministry of Health. The hospital was the last major health facility functioning in North Gaza. WHO calls for the protection of health workers and for the immediate resumption of medical evacuations.",
    "M H",
    "hospital_raid",
)
P(
    "IDF: forces conclude counterterrorism operation in Jenin camp",
    "Over the past 48 hours, IDF and Border Police forces operated in the Jenin camp, where they located explosives laboratories and weapons caches, the army said in a statement on 5 July 2023. During the activity, armed gunmen opened fire on the forces, who responded with live fire and drone strikes. One IDF soldier was killed. The forces have now left the area.",
    "M B E",
    "raid",
)
P(
    "Lebanese Ministry of Public Health: paramedics among dead in strikes on the south",
    "The Ministry of Public Health said that strikes on the towns of Naqoura and Tayr Harfa on 27 March 2024 killed 12 people, among them seven paramedics of a relief centre. The ministry condemned what it called the deliberate targeting of emergency workers. It said 16 health workers have been killed in the south since October.",
    "E V",
    "airstrike",
)
P(
    "Syria Civil Defence: barrel bombs hit market in Maarat al-Numan",
    "Our teams recovered the bodies of 14 people after barrel bombs dropped by helicopters hit the vegetable market in Maarat al-Numan this morning, the Syria Civil Defence said on 22 July 2019. More than 30 people were injured. A second strike hit the area as our volunteers were pulling people from the rubble. The market was crowded with shoppers at the time.",
    "E V",
    "airstrike",
)
P(
    "OHCHR alarmed by killings of civilians in Syria's coastal areas",
    "We are deeply alarmed by reports of the killing of entire families, including women and children, in Latakia, Tartus and Hama governorates since 6 March 2025, the UN human rights office said. Our office has documented summary executions carried out on a sectarian basis by armed individuals. Fighting broke out after attacks on security forces by gunmen loyal to the former government. We call on the interim authorities to halt the violence and protect civilians.",
    "V B",
    "massacre",
)
P(
    "UNHCR: thousands cross from Lebanon into Syria to escape airstrikes",
    "Since 23 September 2024, UNHCR estimates that more than 100,000 people have crossed from Lebanon into Syria, fleeing Israeli airstrikes. Our teams at the Jdeidet Yabous crossing are seeing families arriving on foot with nothing, many of them spending the night in the open. We are providing water, blankets and mattresses.",
    "D E",
    "displacement",
)
P(
    "Coalition: Houthi ballistic missile intercepted over Jizan",
    "The air defences of the Coalition to Restore Legitimacy in Yemen intercepted a ballistic missile launched by the Houthi militia towards Jizan on 26 August 2019, the coalition spokesperson said. Falling debris injured three civilians and damaged several homes. The coalition said the launch violated international humanitarian law.",
    "E",
    "missile_attack",
)
P(
    "MSF: hospital supported by our teams hit by airstrike in Abs",
    "An airstrike hit Abs hospital in Hajjah governorate on 15 August 2016, killing 11 people including an MSF staff member, Médecins Sans Frontières said. The hospital's GPS coordinates had been shared repeatedly with all parties to the conflict. MSF is withdrawing its staff from six hospitals in northern Yemen. This is the fourth attack on an MSF-supported facility in Yemen in a year.",
    "E V H",
    "airstrike",
)
P(
    "CENTCOM: crew members killed after Houthi missile strikes bulk carrier",
    "On 6 March 2024, Iran-backed Houthi militants fired an anti-ship ballistic missile at the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden, US Central Command said. The missile struck the vessel, killing three crew members and injuring at least four. The crew abandoned ship and a coalition warship responded. This is the 23rd attack on commercial shipping since November.",
    "E",
    "missile_attack",
)
P(
    "Joint Operations Command: clearance operation in the Hamrin mountains",
    "Units of the army and the Popular Mobilisation Forces launched a clearance operation on 8 March 2021 to pursue Daesh remnants in the Hamrin mountains, the Joint Operations Command said. Iraqi and coalition aircraft struck hideouts and tunnels. Five terrorists were killed in a clash and two caves used to store weapons were destroyed.",
    "M B E",
    "clearance_operation",
)
P(
    "Kurdistan Region Interior Ministry: drone attack on Khor Mor gas field",
    "A drone attack hit the Khor Mor gas field in Sulaimani province on the evening of 26 April 2024, killing four Yemeni workers, the Kurdistan Region's Interior Ministry said. The attack caused a fire and halted gas supplies to power stations. The ministry called on the federal government to find those responsible.",
    "E",
    "drone_strike",
)
P(
    "UN human rights office: Iran must stop the use of force against protesters",
    "We are very concerned at the continued violent response of the security forces to protests across Iran, the spokesperson said in Geneva on 22 November 2022. Security forces have used live ammunition, birdshot and batons, and we have reports of more than 300 people killed, including at least 40 children. Thousands have been detained, many simply for taking part in demonstrations.",
    "U",
    "crackdown",
)
P(
    "UNAMI: live fire against protesters in Baghdad must stop",
    "The UN Assistance Mission for Iraq is gravely concerned about the use of live ammunition against demonstrators near the Ahrar bridge in Baghdad on 28 November 2019. At least 15 protesters were killed and dozens injured in Nasiriyah and Baghdad within 24 hours. Unidentified armed men also fired on the crowds. We call for immediate investigation and accountability.",
    "U V",
    "crackdown",
)
P(
    "Israel Police: shooting attack at bus stop at the entrance to Jerusalem",
    "Two terrorists arrived at a bus stop at the entrance to Jerusalem on the morning of 30 November 2023 and opened fire at people waiting there, the Israel Police said. Three civilians were killed and several others wounded. Two off-duty soldiers and a civilian shot the attackers. Police units are securing the area.",
    "T V",
    "shooting_attack",
)
P(
    "Interior Ministry: explosion on Istiklal Avenue is a terrorist attack",
    "The explosion on Istiklal Avenue in Beyoglu at 16:20 on 13 November 2022 was carried out with a bomb left by a woman on a bench, the Interior Ministry said. Six of our citizens lost their lives and 81 were injured. The ministry said the attack was ordered by the PKK, and that the suspect was detained overnight.",
    "T E V",
    "bombing",
)
P(
    "Egyptian presidency declares mourning after attack on Al Rawda mosque",
    "President Abdel Fattah al-Sisi declared three days of national mourning after terrorist elements attacked worshippers during Friday prayers at Al Rawda mosque in Bir al-Abed, North Sinai, on 24 November 2017. The attackers detonated an explosive device and opened fire on people leaving the mosque. The public prosecutor said 305 people were killed, among them 27 children. Air force aircraft struck vehicles used by the attackers.",
    "T V E",
    "mosque_attack",
)
P(
    "UNSMIL concerned by clashes between armed groups in Tripoli",
    "The United Nations Support Mission in Libya is following with concern the armed clashes that broke out in Tripoli on 14 August 2023 between the 444 Brigade and the Special Deterrence Force. The fighting, with heavy weapons in residential areas, has killed 55 people, according to the emergency medicine centre. Families were trapped in their homes and flights at Mitiga airport were suspended.",
    "B",
    "battle",
)
P(
    "UNSMIL: offensive on Tripoli displaces thousands of families",
    "The Mission is alarmed by the military escalation in the south of Tripoli since forces of the Libyan National Army began their advance on the capital on 4 April 2019. Fighting around the old airport and Ain Zara has forced more than 13,000 people from their homes. Shelling has hit residential neighbourhoods and a field hospital. We call for a humanitarian truce to evacuate the wounded and civilians.",
    "B M D E",
    "offensive",
)
P(
    "ICRC: civilians in eastern Aleppo face a desperate winter under siege",
    "The situation for civilians in the besieged eastern districts of Aleppo is catastrophic, the ICRC said on 30 November 2016. Heavy fighting and bombardment continue, and tens of thousands of people have fled towards western Aleppo in recent days. There is no running water, food is almost gone and the last hospitals are out of service. We are ready to act as a neutral intermediary to evacuate the wounded.",
    "B E D H",
    "siege",
)
P(
    "UN Resident Coordinator: Eastern Ghouta needs a pause in the bombardment",
    "The Humanitarian Coordinator for Syria said on 21 February 2018 that the bombardment of Eastern Ghouta must stop. In 48 hours, more than 100 people have been killed and six hospitals have been hit. Some 393,000 people have been besieged there for years, and no convoy has entered since the middle of February.",
    "E H",
    "siege",
)
P(
    "IOM: displacement from western Mosul exceeds 200,000",
    "Since Iraqi forces began their operation to retake the western side of Mosul on 19 February 2017, IOM's Displacement Tracking Matrix has recorded more than 200,000 people displaced. Families arrive at the screening points exhausted, describing days sheltering from the fighting in basements. Hammam al-Alil camp is at capacity and new plots are being opened.",
    "M D B",
    "displacement",
)
P(
    "Coalition: strikes in Syria and Iraq, 28 engagements near Raqqa",
    "Coalition military forces conducted 31 strikes consisting of 39 engagements against ISIS targets in Syria and Iraq on 14 July 2017, Combined Joint Task Force Operation Inherent Resolve said. Near Raqqa, 28 strikes engaged 16 ISIS tactical units and destroyed 20 fighting positions. The strikes support the Syrian Democratic Forces' offensive to liberate the city.",
    "E M",
    "air_campaign",
)
P(
    "NRC: families trapped as fighting approaches Hodeidah",
    "The Norwegian Refugee Council warned on 7 November 2018 that fighting has reached residential areas of Hodeidah city. Families are trapped in their homes as shelling and airstrikes hit the eastern districts, and thousands have fled towards Sanaa. The port, through which most of Yemen's food arrives, must remain open. A battle for the city would be catastrophic for millions of people on the brink of famine.",
    "B E D H",
    "offensive",
)
P(
    "Saudi Ministry of Energy: drone attacks hit Abqaiq and Khurais facilities",
    "At 4:00 on 14 September 2019, the Abqaiq and Khurais plants of Saudi Aramco were attacked by drones, causing fires, the Ministry of Energy said. The attacks resulted in a temporary halt of production of 5.7 million barrels of crude oil per day. No injuries were reported. The ministry said the attack targeted the security of global energy supplies.",
    "E",
    "drone_strike",
)
P(
    "OCHA: settlers attack Turmus Ayya, homes and cars set on fire",
    "According to the Palestinian Red Crescent, one Palestinian was killed and 12 others were injured when hundreds of Israeli settlers attacked the village of Turmus Ayya on 21 June 2023. Settlers set fire to some 30 houses and 60 vehicles. Israeli forces fired tear gas at residents. OCHA recorded the highest monthly number of settler attacks since it began its records.",
    "V",
    "settler_attack",
)
P(
    "UNICEF: Gaza has become a graveyard for children",
    "The number of children reported killed in the Gaza Strip since October has exceeded 13,000, UNICEF said in March 2024. Thousands more have been injured or are missing under the rubble. Children in the north are dying of malnutrition and dehydration, and one in three children under two there is acutely malnourished. We need safe and unimpeded access to reach them.",
    "E V H",
    "humanitarian",
)
P(
    "Türkiye's Ministry of National Defence: Operation Claw-Sword air strikes",
    "Within the framework of Operation Claw-Sword, launched on 20 November 2022, our aircraft struck 89 targets belonging to the PKK/YPG in northern Syria and northern Iraq, the ministry said. Shelters, tunnels and ammunition depots were destroyed. The operation was launched after the Istiklal Avenue bombing. The ministry said the strikes were carried out within the right of self-defence.",
    "M E",
    "air_campaign",
)
P(
    "Iraqi Foreign Ministry condemns shelling of Zakho tourist resort",
    "The Ministry of Foreign Affairs condemns in the strongest terms the artillery shelling that hit a tourist resort in Zakho district of Duhok on 20 July 2022, killing nine civilian tourists, among them children, and injuring 23. The ministry holds Turkish forces responsible and has summoned the Turkish chargé d'affaires. Iraq will file a complaint at the Security Council.",
    "E V",
    "shelling",
)
P(
    "IDF: about 180 ballistic missiles launched from Iran at Israel",
    "Approximately 180 ballistic missiles were launched from Iran towards Israeli territory on the evening of 1 October 2024, the IDF spokesperson said. A large number were intercepted by the Israeli air defence array, with the help of a US-led coalition. A number of impacts were identified in central and southern Israel. Residents were instructed to remain near protected spaces.",
    "E",
    "missile_attack",
)
P(
    "Sudan Doctors Network: RSF drone strikes hit Port Sudan fuel depots",
    "For the third consecutive day, unmanned aircraft sent by the RSF hit the Red Sea city on 6 May 2025, the network of doctors said. Oil storage tanks near the southern harbour are burning, and the area around the airport was also struck. The city has hosted the government and the army command since the war began, and had been seen as a safe haven.",
    "E",
    "drone_strike",
)
P(
    "WHO condemns drone attack on Saudi hospital in El Fasher",
    "WHO is appalled by the attack on the Saudi Teaching Maternal Hospital in El Fasher on 24 January 2025, which killed 70 patients and companions and injured 19. The hospital was the only functional one in the city. Since the start of the war, WHO has verified more than 150 attacks on health care in Sudan. We call for the protection of health care, which is never a target.",
    "E V H",
    "attack_on_hospital",
)
P(
    "MSF: hospital in El Fasher shelled for second time in a week",
    "The South Hospital in El Fasher, North Darfur, was hit by shelling on 1 June 2024, Médecins Sans Frontières said. One patient was killed and several staff injured, and the emergency room was damaged. Since 10 May, our teams have received more than 1,000 wounded people as fighting rages around the city. The hospital is now overwhelmed and running out of supplies.",
    "E V H",
    "shelling",
)
P(
    "UNHCR: refugees arriving in Chad describe targeted killings in El Geneina",
    "More than 12,000 people crossed into Chad from West Darfur in the past week, UNHCR said on 16 June 2023. Refugees arriving in Adré describe armed men going house to house in El Geneina, killing men and boys from the Masalit community. Many arrive with gunshot wounds. The agency is relocating refugees away from the border, but the rains will soon cut the roads.",
    "V D",
    "ethnic_killings",
)
P(
    "IPC Famine Review Committee: famine in Zamzam camp",
    "The Famine Review Committee has concluded that famine conditions are prevailing in Zamzam camp, near El Fasher, the IPC said on 1 August 2024. The camp hosts about 500,000 people displaced by the war. The siege of El Fasher by the Rapid Support Forces has cut off supply routes, and aid convoys have not reached the camp for months.",
    "H D",
    "famine",
)
P(
    "OCHA: RSF attacks on villages in Al Jazirah State",
    "OCHA is alarmed by reports that RSF fighters attacked villages in the east of Al Jazirah State between 20 and 25 October 2024, killing at least 124 people in Al-Sireha alone. Witnesses reported looting, sexual violence and people being shot while trying to flee. More than 119,000 people have been displaced to Kassala and Gedaref in a week.",
    "V D",
    "village_raid",
)
P(
    "Sudanese Armed Forces: our forces have entered Wad Madani",
    "The armed forces said on 11 January 2025 that their units had entered the city of Wad Madani, capital of Al Jazirah State, and were clearing the remaining pockets of the rebel Rapid Support militia. The advance came after a week of battles on the eastern and southern approaches. Residents came out to greet the troops.",
    "B M",
    "offensive",
)
P(
    "Embassy alert: shelter in place as fighting continues in Khartoum",
    "Due to ongoing armed clashes between the Sudanese Armed Forces and the Rapid Support Forces, US citizens in Khartoum should shelter in place and stay away from windows, the US Embassy said on 17 April 2023. Gunfire and explosions have been reported across the city, including near the airport. The airport is closed and the Embassy is unable to provide evacuation assistance at this time.",
    "B",
    "battle",
)
P(
    "UNMISS condemns attacks by armed youth in Jonglei and Pibor",
    "The UN Mission in South Sudan strongly condemns the recent attacks by armed youth on villages in Jonglei State and the Greater Pibor Administrative Area. Dozens of civilians were killed and women and children were abducted during the raids in late December 2022. Thousands of people have fled into the bush. UNMISS has deployed peacekeepers to Gumuruk to protect civilians.",
    "V D",
    "village_raid",
)
P(
    "ICRC: hospitals in Tigray running out of everything",
    "Hospitals in Mekelle are running out of medical supplies and body bags after weeks of fighting, the ICRC said on 4 December 2020. Ayder Referral Hospital has suspended many services, and staff are working without fuel or oxygen. Cut off by the fighting, the region has received no supplies since early November. Around 80% of the patients are trauma cases.",
    "H",
    "humanitarian",
)
P(
    "OHCHR: drone strike kills civilians at market in Amhara region",
    "We are alarmed by reports of a drone strike on a market in Finote Selam, in Ethiopia's Amhara region, on 13 August 2023, which reportedly killed at least 26 people, our spokesperson said. Clashes between the Ethiopian National Defence Force and Fano militias have intensified since July. We urge all parties to respect the principles of distinction and precaution.",
    "E V B",
    "drone_strike",
)
P(
    "Somali government: siege of Hayat Hotel ended, attackers killed",
    "Security forces have ended the siege of the Hayat Hotel in Mogadishu after more than 30 hours, the Ministry of Internal Security said on 21 August 2022. Al-Shabaab terrorists stormed the hotel on Friday evening after detonating car bombs at the gate. Twenty-one people were killed and 117 injured. All the attackers were killed.",
    "T B E V",
    "hotel_attack",
)
P(
    "ATMIS: attack on forward operating base repelled",
    "ATMIS troops repelled an attack by Al-Shabaab militants on a forward operating base in the Lower Shabelle region on 3 May 2023, the African Union Transition Mission in Somalia said. The attackers used a vehicle-borne explosive device before attempting to storm the base. Several soldiers were killed in the fighting.",
    "T B E",
    "attack_on_base",
)
P(
    "National Police Service: officers killed by explosive device in Lamu County",
    "A police vehicle on patrol along the Milimani-Baure road in Lamu County struck an improvised explosive device on 24 June 2023, the National Police Service said. Four officers lost their lives. The attack is suspected to have been carried out by al-Shabaab terrorists. Security forces are pursuing the attackers.",
    "T E",
    "ied_attack",
)
P(
    "UNICEF: reports of children beheaded in Cabo Delgado",
    "UNICEF is horrified by reports of children being killed in Cabo Delgado, northern Mozambique, including children as young as 11 beheaded, the agency said in March 2021. Save the Children staff heard the accounts from displaced families who fled attacks on Palma. Nearly 700,000 people have now fled the violence in the province.",
    "V D",
    "massacre",
)
P(
    "MONUSCO condemns ADF massacre near Beni",
    "MONUSCO strongly condemns the killing of at least 40 civilians by the Allied Democratic Forces, an armed group affiliated with the Islamic State, in villages north of Beni on the night of 7 June 2024. The attackers used machetes and firearms and burned houses. The mission is supporting the Congolese armed forces to protect the population.",
    "T V",
    "massacre",
)
P(
    "OCHA: fighting near Sake pushes thousands more into Goma's camps",
    "Clashes between the Congolese army and the M23 armed group around Sake, 25 km west of Goma, have displaced more than 135,000 people since 7 February 2024, OCHA said. Bombs fell on the edge of sites for displaced people. Camps around Goma, already hosting some 500,000 people, lack water and latrines, and cholera cases are rising.",
    "B D H E",
    "battle",
)
P(
    "MINUSCA: peacekeeper killed in ambush in the north-west",
    "A MINUSCA peacekeeper was killed and two others wounded when their patrol was ambushed by elements of the 3R armed group near Koui on 3 November 2023, the UN mission in the Central African Republic said. The peacekeepers returned fire and the attackers fled. The Security Council recalls that attacks on peacekeepers may constitute war crimes.",
    "B",
    "attack_on_peacekeepers",
)
P(
    "Government of Burkina Faso: national mourning after terrorist attack on Solhan",
    "The government announces 72 hours of national mourning after the terrorist attack of the night of 4 to 5 June 2021 on Solhan, in the province of Yagha. Armed individuals attacked the village, killed residents and set houses and the market on fire. The provisional toll is 132 civilians killed. The defence and security forces are engaged in pursuing the assailants.",
    "T V",
    "massacre",
)
P(
    "FAMa general staff: terrorist attack on Boulkessi repelled",
    "On 1 July 2024, the units of the Boulkessi camp repelled a complex terrorist attack, the general staff of the Malian Armed Forces said. The attackers, on motorcycles and pick-ups, were pushed back after several hours of fighting. Air assets intervened. The provisional toll is 30 terrorists neutralised and several soldiers killed.",
    "T B",
    "attack_on_base",
)
P(
    "Niger Ministry of Defence: soldiers killed in ambush near Tillabéri",
    "The ministry said a detachment moving between Boni and Torodi on 15 August 2023 fell into a trap set by a terrorist group near Koutougou. Seventeen of our men lost their lives and twenty were hurt. Over a hundred of the assailants were put out of action as they withdrew on motorcycles. The injured have been flown to the capital.",
    "T B",
    "ambush",
)
P(
    "UNICEF: release the children abducted from Kuriga school",
    "UNICEF is deeply concerned by the abduction of at least 287 pupils from LEA Primary and Secondary School in Kuriga, Kaduna State, on 7 March 2024. Armed men surrounded the school at the start of the day and took the children into the bush. Schools must be safe places. We call for the immediate and unconditional release of all those taken.",
    "V",
    "mass_abduction",
)
P(
    "Defence Headquarters: troops of Operation Hadin Kai neutralise ISWAP fighters",
    "Troops of Operation Hadin Kai, in an offensive in the Timbuktu Triangle of Borno State, neutralised 32 ISWAP fighters and rescued 18 women and children held captive, the Defence Headquarters said in its weekly briefing on 13 April 2023. The troops engaged the terrorists in a fierce firefight and destroyed their camps. Two soldiers were wounded.",
    "M B",
    "offensive",
)
P(
    "ICRC: families flee to Monguno after attacks on villages",
    "Thousands of people have arrived in Monguno, Borno State, after armed men attacked their villages, the International Committee of the Red Cross said in February 2019. People told us that houses were burned and that relatives were killed as they fled. We are distributing food and household items and supporting the hospital, which is receiving wounded.",
    "V D H",
    "village_raid",
)
P(
    "HRW: separatists attack schools and abduct teachers in Cameroon's Anglophone regions",
    "Armed separatists in Cameroon's North-West and South-West regions have attacked schools, killed and abducted students and teachers, Human Rights Watch said on 16 December 2021. In one attack, gunmen opened fire on a school in Ekondo-Titi, killing four students. Separatists have enforced a boycott of education since 2017. The government must protect schools and separatist leaders must end the attacks.",
    "V",
    "school_attack",
)
P(
    "Chadian presidency: Boko Haram attack on army post at Bohoma",
    "Our army post at Bohoma, on the shores of Lake Chad, was attacked on 23 March 2020 by Boko Haram terrorists, the presidency said. After seven hours of fighting, 92 soldiers fell. President Déby visited the site and announced an operation to drive the terrorists out of the lake area.",
    "T B",
    "attack_on_base",
)
P(
    "Benin armed forces: soldiers killed in attack on post in Park W",
    "A post of the Beninese armed forces in the Park W area was attacked on 8 January 2025 by jihadist terrorists, the army chief of staff said. Twenty-eight soldiers were killed. The attack was claimed by JNIM. Reinforcements have been sent to the north.",
    "T B",
    "attack_on_base",
)
P(
    "Plateau State Government: attacks on 17 communities in Bokkos",
    "The Plateau State Government condemns the coordinated attacks by gunmen on 17 communities in Bokkos and Barkin Ladi local government areas on the night of 24 December 2023. More than 140 people were killed and over 200 houses burned. Thousands of residents have fled to neighbouring towns. The governor has imposed a curfew and ordered the military to pursue the attackers.",
    "V D",
    "village_raid",
)
P(
    "Amnesty International: army and police opened fire at Lekki toll gate",
    "Amnesty International has confirmed that the Nigerian army and police killed at least 12 peaceful protesters at Lekki and Alausa in Lagos on 20 October 2020. Soldiers opened fire on #EndSARS protesters who were sitting and singing the national anthem. The authorities must investigate and bring those responsible to justice.",
    "U",
    "crackdown",
)
P(
    "HRW: drone strike on wedding gathering in central Mali",
    "A drone strike by Malian armed forces on a wedding ceremony near Nampala on 24 March 2024 killed at least 13 civilians, including children, Human Rights Watch said. Witnesses said the guests were gathered under a tree when the munitions struck. HRW found no evidence of fighters at the site.",
    "E V",
    "drone_strike",
)
P(
    "MSF: Djibo cut off, people are starving under the blockade",
    "Djibo, in northern Burkina Faso, has been under a blockade imposed by armed groups for more than a year, Médecins Sans Frontières said in June 2023. Some 300,000 people, most of them displaced, depend on convoys that are regularly attacked and on rare helicopter flights. Our teams are seeing more children with severe malnutrition every week.",
    "H D",
    "blockade",
)
P(
    "Security Council press statement on attack on MINUSMA convoy",
    "The members of the Security Council condemned in the strongest terms the attack on a MINUSMA convoy near Tessalit, in the Kidal region, on 16 February 2023, in which an improvised explosive device killed two Senegalese peacekeepers. They expressed their deepest condolences to the families and to Senegal. They stressed that attacks targeting peacekeepers may constitute war crimes.",
    "E",
    "ied_attack",
)
P(
    "UNHCR: displacement in Burkina Faso passes 2 million",
    "The number of people forced to flee violence inside Burkina Faso has passed two million, UNHCR said in April 2023. Attacks by armed groups on villages, and fighting with the army and volunteer militias, are emptying whole districts in the Sahel and East regions. Host towns are overwhelmed, and one in five schools is closed.",
    "D V B",
    "displacement",
)
P(
    "National Police: explosive device kills four in Mandera County",
    "An improvised explosive device planted on the road between Mandera and Elwak exploded beneath a passenger vehicle on 2 February 2024, the National Police Service said. Four people were killed. Initial reports point to al-Shabaab terrorists. The inspector general has sent additional officers to the border area.",
    "T E",
    "ied_attack",
)
P(
    "AFRICOM: airstrike against al-Shabaab near Bacadweyne",
    "In coordination with the Federal Government of Somalia, US Africa Command conducted an airstrike against al-Shabaab fighters in the vicinity of Bacadweyne, Galmudug state, on 12 October 2022. The strike was in support of Somali National Army forces engaged in heavy fighting. The command's initial assessment is that no civilians were injured or killed.",
    "E B",
    "airstrike",
)
P(
    "UNHCR: Sudanese refugees in Chad need more than shelter",
    "Four months into the war in Sudan, more than 400,000 refugees have crossed into eastern Chad, most of them women and children, UNHCR said. Many fled villages that were burned by armed men. The rainy season has cut off roads to the camps, and water and sanitation are far below emergency standards.",
    "D H V",
    "displacement",
)
P(
    "UN in Mozambique: post-election demonstrations turn deadly",
    "The UN Resident Coordinator expressed deep concern over the deaths of protesters in Maputo and other cities on 7 November 2024. Police fired tear gas and live ammunition to disperse demonstrators contesting the election results, and protesters erected barricades and burned tyres. Civil society groups report at least 30 people killed since the protests began.",
    "U",
    "crackdown",
)
P(
    "Eswatini government: army deployed as looting and arson spread",
    "Government has deployed the Umbutfo Eswatini Defence Force to support the police after groups looted shops and set fire to businesses in Manzini and Matsapha on 29 June 2021, the acting prime minister said. A curfew from 18:00 to 05:00 is in force. Government condemns the violent protests and calls on all emaSwati to stay at home.",
    "U",
    "riot",
)
P(
    "South African Presidency: unrest has claimed more than 200 lives",
    "The unrest in KwaZulu-Natal and Gauteng has claimed 212 lives, the Presidency said on 16 July 2021. Shopping centres, warehouses and factories were looted and set on fire, and more than 2,500 people have been arrested. The president has authorised the deployment of 25,000 members of the SANDF to support the police.",
    "U",
    "riot",
)
P(
    "Amnesty International: police shot protesters in Kenya",
    "Kenyan police used excessive force, including live ammunition, against protesters during opposition-led demonstrations in July 2023, Amnesty International said. At least 30 people were killed, among them a boy shot in Kisumu. Police also fired tear gas into homes and a school. The Independent Policing Oversight Authority must investigate each death.",
    "U",
    "crackdown",
)
P(
    "Amnesty: at least 23 killed as security forces quelled protests in Senegal",
    "Security forces used firearms and tear gas against protesters in Dakar and Ziguinchor after the conviction of opposition leader Ousmane Sonko on 1 June 2023, Amnesty International said. At least 23 people were killed. Protesters set fire to buses and a university building. Men in civilian clothes armed with guns were filmed alongside the police.",
    "U V",
    "crackdown",
)
# ---------------------------------------------------------------- positives, batch 3 (Europe, Caucasus, Central and South Asia)

P(
    "Air Force of Ukraine: overnight attack with drones and missiles",
    "On the night of 29 December 2023, the enemy attacked Ukraine with 158 air attack weapons, the Air Force Command said. Of the 36 Shahed drones and 122 missiles, our air defence destroyed 87 missiles and 27 drones. Residential buildings, a maternity hospital and a shopping centre were hit in Kyiv, Dnipro, Lviv and Odesa.",
    "E",
    "missile_attack",
)
P(
    "HRMMU: civilian casualties in Ukraine rose in July",
    "In July 2023, the UN Human Rights Monitoring Mission in Ukraine recorded 689 civilian casualties, 187 killed and 502 injured, an increase from June. Most casualties were caused by explosive weapons with wide area effects, including missiles that hit residential buildings in Lviv and Kramatorsk and shelling of Kherson. Eleven children were killed.",
    "E V",
    "shelling",
)
P(
    "UNHCR: more than 500,000 refugees have fled Ukraine in four days",
    "More than half a million refugees have now fled Ukraine into neighbouring countries, the UN High Commissioner for Refugees said on 28 February 2022. Most have crossed into Poland, where queues at the border stretch for kilometres, and others into Hungary, Moldova, Romania and Slovakia. People are fleeing the military offensive in freezing temperatures.",
    "D",
    "displacement",
)
P(
    "WHO: attack on health facility in Kharkiv kills patients",
    "WHO condemns the missile strike on a psychiatric hospital in Kharkiv on 21 March 2024. The hospital was treating patients at the time. This is one of more than 1,600 attacks on health care in Ukraine that WHO has verified since February 2022. Attacks on health care deprive people of care when they need it most.",
    "E V H",
    "attack_on_hospital",
)
P(
    "Governor of Belgorod: shelling of the city centre kills civilians",
    "The centre of Belgorod came under shelling on 30 December 2023, the regional governor said. Fourteen people were killed, among them two children, and more than 100 were injured. A skating rink and cars in the city centre were hit. The Russian Ministry of Defence said most of the rockets were intercepted.",
    "E V",
    "shelling",
)
P(
    "General Staff of the Armed Forces of Ukraine: 52 combat clashes on the Pokrovsk axis",
    "Over the past day there were 152 combat clashes along the front line, the General Staff said on 12 November 2024. On the Pokrovsk axis, the enemy launched 52 assaults near Myrolyubivka and Promin. Our defenders repelled most of the attacks, and the fighting continues. The enemy also carried out 31 airstrikes with guided bombs.",
    "B E",
    "battle",
)
P(
    "Russian Ministry of Defence: enemy incursion in Kursk region",
    "On 6 August 2024, units of the Armed Forces of Ukraine of up to 1,000 personnel with tanks and armoured vehicles attempted to invade the territory of the Kursk region, the ministry said. Border cover units, air strikes and artillery are inflicting losses on the enemy. The acting governor of the region announced the evacuation of residents of Sudzha district.",
    "B M D E",
    "ground_incursion",
)
P(
    "Armenian Ministry of Defence: Azerbaijani forces shell Jermuk and Vardenis",
    "From 00:05 on 13 September 2022, the armed forces of Azerbaijan launched intensive shelling with artillery and large-calibre weapons against Armenian positions in the direction of Goris, Sotk and Jermuk, the ministry said. Drones were also used. Civilian infrastructure was hit. The Armenian armed forces are responding.",
    "E B",
    "border_clash",
)
P(
    "UNHCR: more than 100,000 refugees have arrived in Armenia from Karabakh",
    "In the week since the military operation, more than 100,000 refugees have crossed into Armenia from the Karabakh region, UNHCR said on 30 September 2023. Many spent days on the road to Goris. Families arrive exhausted, hungry and in need of medical care, and many have nowhere to go. We are working with the government to provide shelter.",
    "D",
    "displacement",
)
P(
    "ICRC: civilians killed in shelling of Stepanakert and Ganja",
    "The ICRC is alarmed by reports of heavy shelling and other explosive weapons used in populated areas in and around the Nagorno-Karabakh conflict, the organisation said on 11 October 2020. Dozens of civilians have been killed in Stepanakert/Khankendi and Ganja. Homes and hospitals have been damaged. We remind all sides that civilians must be spared.",
    "E V",
    "shelling",
)
P(
    "Kharkiv regional police: exhumations at the Izium burial site",
    "Investigators have exhumed 447 bodies from the mass burial site in the forest near Izium, the head of the Kharkiv regional police said on 23 September 2022, two weeks after the town was retaken. Most are civilians, among them children. Some bodies bear signs of torture, with hands tied and ropes around the neck.",
    "V",
    "mass_grave",
)
P(
    "Kyrgyz Border Service: clashes along the border with Tajikistan",
    "Tajik military units opened fire on Kyrgyz border posts in Batken region on 14 September 2022 using mortars and armoured vehicles, the Border Service said. The fighting spread along several sections of the border. More than 136,000 residents have been evacuated from the border villages. Both sides have since agreed a ceasefire, but shooting continues.",
    "B E D",
    "border_clash",
)
P(
    "UNAMA: Kabul education centre bombing killed dozens of students",
    "UNAMA has verified that 53 people, among them 46 girls and young women, were killed in the suicide attack on the Kaaj education centre in Dasht-e Barchi, Kabul, on 30 September 2022. The students were sitting a practice university entrance exam. The attack struck a predominantly Hazara neighbourhood. No group has yet claimed responsibility.",
    "E V",
    "suicide_bombing",
)
P(
    "Taliban Ministry of Interior: blast at Shia mosque in Kunduz",
    "An explosion occurred during Friday prayers at the Sayed Abad mosque in Kunduz city on 8 October 2021, the Ministry of Interior said. Dozens of worshippers were killed and wounded. The Islamic State Khorasan group claimed the suicide bombing. The ministry said those responsible would be punished.",
    "T E V",
    "mosque_attack",
)
P(
    "Pentagon: ISIS-K suicide bomber struck at Abbey Gate",
    "A suicide bomber detonated an explosive at the Abbey Gate of Kabul airport on 26 August 2021, the Department of Defense said, followed by gunfire from ISIS-K fighters. Thirteen US service members and at least 170 Afghans were killed. The crowds were waiting to be evacuated. Evacuation flights have continued.",
    "T E V D",
    "suicide_bombing",
)
P(
    "ISPR: soldiers martyred in intelligence-based operation in North Waziristan",
    "Security forces conducted an intelligence-based operation in Mir Ali, North Waziristan, on the reported presence of terrorists, the Inter-Services Public Relations said on 19 March 2024. During the exchange of fire, eight terrorists were sent to hell and two soldiers embraced martyrdom. A sanitisation operation is under way.",
    "M B",
    "clearance_operation",
)
P(
    "ISPR: terrorists' attack on Zhob garrison repulsed",
    "In the early hours of 12 July 2023, a group of terrorists tried to enter the Zhob garrison in Balochistan, the ISPR said. The troops on duty engaged them, and the terrorists were neutralised in the exchange of fire. Nine soldiers were martyred. Another group of terrorists attacked a post in Sui.",
    "T B",
    "attack_on_base",
)
P(
    "Government of Balochistan: suicide blast at Quetta railway station",
    "The provincial government spokesman said that on the morning of 9 November 2024 an attacker detonated his vest on the platform where the Peshawar-bound train was due to leave. Twenty-six lives were lost, a number of them army personnel returning from leave, and over 60 wounded were shifted to the civil hospital. The outlawed BLA has claimed it. The chief minister condemned the cowardly act of terrorism.",
    "T E V",
    "suicide_bombing",
)
P(
    "Government of Manipur: curfew after mobs set fire to houses",
    "The state government has imposed curfew in eight districts after violence broke out following a tribal solidarity march on 3 May 2023. Mobs set fire to houses, churches and vehicles in Churachandpur and Imphal, and thousands of residents have taken refuge in army camps. Army and Assam Rifles columns have been deployed and shoot-at-sight orders issued.",
    "U V D",
    "communal_violence",
)
P(
    "J&K Police: two terrorists killed in Kulgam encounter",
    "A joint team of police, army and CRPF launched a cordon and search operation in Redwani, Kulgam, on specific input about the presence of terrorists, the Jammu and Kashmir Police said on 6 July 2024. The terrorists fired on the search party, and in the ensuing encounter two terrorists were killed. One soldier lost his life.",
    "M B",
    "raid",
)
P(
    "OHCHR: airstrike on Pazigyi village gathering",
    "We are horrified by the airstrike by the Myanmar military on a gathering in Pazigyi village, Sagaing region, on 11 April 2023, the High Commissioner said. Reports say that a fighter jet dropped bombs on a crowd gathered for the opening of a local office, followed by a helicopter firing on the crowd. Among those killed were schoolchildren.",
    "E V",
    "airstrike",
)
P(
    "UNHCR briefing note: Arakan Army offensive empties towns in Myanmar's west",
    "Renewed fighting between the Myanmar Armed Forces and the Arakan Army since November 2023 has displaced tens of thousands of people in Rakhine State, UNHCR said. Roads and waterways are blocked, cutting off supplies to displacement sites. Rohingya and Rakhine civilians alike are caught in the crossfire.",
    "B D H",
    "battle",
)
P(
    "State Administration Council: PDF terrorists attack police station",
    "Terrorists of the so-called PDF attacked the police station in Kani township with heavy weapons and drones on 2 May 2022, the information team of the State Administration Council said. Security forces responded and the attackers fled, leaving behind weapons. Two police members were killed.",
    "T B E",
    "attack_on_police",
)
P(
    "Bangladesh Police: curfew and clashes as quota protests spread",
    "Police used tear gas, rubber bullets and sound grenades to disperse protesters who attacked police stations and set fire to vehicles in Dhaka on 19 July 2024, the Dhaka Metropolitan Police said. Members of the law enforcement agencies were injured. The government has imposed a nationwide curfew and deployed the army. Mobile internet remains suspended.",
    "U",
    "riot",
)
P(
    "Sri Lanka Human Rights Commission: attacks on protesters at Galle Face",
    "The Human Rights Commission of Sri Lanka condemns the attack on peaceful protesters at Galle Face and Temple Trees on 9 May 2022 by groups of government supporters. Protest tents were destroyed and people were beaten. In retaliation, houses of politicians were set on fire across the country. The Commission calls on the police to act impartially.",
    "U V",
    "communal_violence",
)
P(
    "Armed Forces of the Philippines: NPA rebels killed in encounter in Negros",
    "Troops of the 94th Infantry Battalion encountered about 20 armed members of the New People's Army in Himamaylan City, Negros Occidental, on 12 June 2024, the AFP said. The firefight lasted 30 minutes. Three rebels were killed, and firearms and explosives were recovered.",
    "B",
    "battle",
)
P(
    "AFP Western Mindanao Command: clearing operations continue in Marawi",
    "Government troops continue clearing operations in the main battle area of Marawi City, the military said on 15 August 2017. Soldiers retook a mosque and a bridge held by the Maute group, and air assets struck positions of the gunmen. Government casualties have reached 128, and around 360,000 residents remain displaced.",
    "M B D",
    "offensive",
)
P(
    "Philippine government: bombing at Mindanao State University a foreign terrorist act",
    "The Office of the President said on 3 December 2023 that an improvised device went off in a university gym in Marawi while students and teachers were gathered for Sunday worship. Four people died and around 50 were hurt. The President condemned the senseless and most heinous acts perpetrated by foreign terrorists. Police and troops have tightened checkpoints across Lanao del Sur.",
    "T E V",
    "church_attack",
)
P(
    "ISOC Region 4: bomb attack on ranger patrol in Narathiwat",
    "A roadside bomb exploded as a ranger patrol passed in Rueso district, Narathiwat, on 28 April 2024, the Internal Security Operations Command Region 4 said. Two rangers were killed and three wounded. Insurgents then fired on the vehicle. Officers are searching the area.",
    "E",
    "ied_attack",
)
P(
    "TNI: armed separatists shoot dead construction workers in Papua",
    "Members of an armed separatist group shot dead eight workers who were repairing a telecommunications tower in Puncak district, Central Papua, on 2 March 2022, the TNI information centre said. The group attacked the workers' camp at night. Security forces have been sent to recover the bodies.",
    "V",
    "attack_on_workers",
)
P(
    "Ombudsman's Office of Colombia: humanitarian crisis in Catatumbo",
    "Clashes between the ELN and FARC dissidents in Catatumbo since 16 January 2025 have caused one of the largest displacements in the history of the region, the Ombudsman's Office said. More than 40,000 people have fled to Cúcuta, Ocaña and Tibú, and dozens of signatories of the peace agreement have been killed. We ask the armed groups to respect the civilian population.",
    "B D V",
    "battle",
)
# ---------------------------------------------------------------- positives, batch 4 (Americas, Europe, summaries, statements)

P(
    "Ministry of Defence of Colombia: car bomb at Jamundí police station",
    "A motorcycle loaded with explosives detonated in front of the police station in Jamundí, Valle del Cauca, on 3 June 2024, the Ministry of Defence said. Two civilians were killed and several houses destroyed. The minister described it as a terrorist attack by the Jaime Martínez front of the FARC dissidents.",
    "T E V",
    "bombing",
)
P(
    "Sinaloa Security Council: schools closed as clashes continue in Culiacán",
    "Confrontations between armed groups and between these groups and the armed forces continued in Culiacán on 12 September 2024, the State Security Council said. Soldiers were attacked with high-calibre weapons and vehicles were set on fire to block roads. Classes in public schools are suspended until further notice.",
    "B",
    "cartel_fighting",
)
P(
    "BINUH: gang attack on Pont-Sondé killed at least 115 people",
    "BINUH is appalled by the assault that Gran Grif gunmen carried out before dawn on 3 October 2024 on a river town in the Artibonite department. Residents were shot in their homes and in the streets, babies among them, and the toll stands at 115 or more. Dwellings were torched. Over 6,000 people have taken refuge in Saint-Marc.",
    "V D",
    "massacre",
)
P(
    "Haitian National Police: operation to retake Croix-des-Bouquets",
    "Specialised units of the Haitian National Police, supported by the Multinational Security Support mission, launched an operation on 10 February 2025 against armed gangs in Croix-des-Bouquets, the police said. Armoured vehicles came under heavy gunfire. Several gang members were killed and a gang base destroyed. The operation continues.",
    "M B",
    "military_operation",
)
P(
    "OHCHR: excessive force against demonstrators in Venezuela",
    "Security forces and pro-government armed groups known as colectivos used excessive force against demonstrators in Venezuela between April and July 2017, the UN human rights office said. At least 46 deaths have been attributed to security forces and 27 to colectivos. Tear gas canisters were fired directly at people, and thousands were arbitrarily detained.",
    "U V",
    "crackdown",
)
P(
    "INDH: hundreds of eye injuries among demonstrators in Chile",
    "The National Institute of Human Rights has registered 347 people with eye injuries caused by pellets and tear gas canisters fired by Carabineros since the start of the social unrest on 18 October 2019. The institute has filed complaints for unlawful use of force and torture. Metro stations and supermarkets were burned in the first days of the protests.",
    "U",
    "crackdown",
)
P(
    "Defensoría del Pueblo regrets deaths of demonstrators in Puno region",
    "The Ombudsman's Office regrets the deaths of 17 civilians in clashes between demonstrators and the police near the airport of Juliaca, Puno, on 9 January 2023. The demonstrators tried to take over the airport, and the police used firearms. We call on the police to use force in line with the law, and on demonstrators to protest peacefully.",
    "U",
    "crackdown",
)
P(
    "US Capitol Police: rioters breached the Capitol",
    "Rioters breached the US Capitol on 6 January 2021, forcing the evacuation of members of Congress, the United States Capitol Police said. Officers were assaulted with metal pipes, chemical irritants and other weapons. More than 50 officers were injured, several seriously. The building was declared secure in the evening.",
    "U",
    "riot",
)
P(
    "FBI: El Paso shooting investigated as domestic terrorism",
    "The FBI and the Department of Justice are investigating the shooting at a Walmart in El Paso on 3 August 2019 as an act of domestic terrorism, officials said. Twenty-two people were killed. The suspect, who surrendered, is believed to have posted a document with hateful views about immigrants before the attack.",
    "T V",
    "shooting_attack",
)
P(
    "French Interior Ministry: night of violence, 1,311 arrests",
    "During the night of 30 June to 1 July 2023, 1,311 people were arrested across France, the Interior Ministry said. Some 2,560 fires were set on public roads and 1,350 vehicles burned. Police stations and town halls were attacked, and 79 police officers were injured. The minister announced the deployment of 45,000 police and gendarmes.",
    "U",
    "riot",
)
P(
    "National anti-terrorist prosecutor: teacher killed in attack on Arras school",
    "The national anti-terrorist prosecutor's office has opened an investigation for terrorist murder after the attack on the Gambetta-Carnot school in Arras on 13 October 2023. A man armed with a knife killed a teacher and seriously wounded three other people. The suspect, a former pupil, had pledged allegiance to the Islamic State.",
    "T V",
    "school_attack",
)
P(
    "Greater Manchester Police: explosion at Manchester Arena being treated as terrorist incident",
    "At 22:33 on 22 May 2017, emergency services were called to Manchester Arena following reports of an explosion as a concert ended, Greater Manchester Police said. We are currently treating this as a terrorist incident. Twenty-two people have been confirmed dead, among them children, and 59 are injured. The attacker died at the arena.",
    "T E V",
    "suicide_bombing",
)
P(
    "Federal Prosecutor General: arrest after Solingen knife attack",
    "The Federal Prosecutor General has taken over the investigation into the knife attack at the city festival in Solingen on 23 August 2024, in which three people were killed and eight injured. The suspect, a Syrian national, is accused of membership in the foreign terrorist organisation Islamic State. He turned himself in to police.",
    "T V",
    "terrorist_attack",
)
P(
    "New Zealand Police: shootings at two Christchurch mosques",
    "A man is in custody after shootings at the Al Noor and Linwood mosques in Christchurch during Friday prayers on 15 March 2019, New Zealand Police said. Forty-nine people have been killed. The Prime Minister has described it as a terrorist attack. Mosques across the country have been asked to close their doors.",
    "T V",
    "mosque_attack",
)
P(
    "Government of Sri Lanka: Easter Sunday bombings, curfew declared",
    "The President's Media Division said that coordinated blasts on the morning of 21 April 2019 hit worshippers at Easter Mass in St Anthony's shrine, in Negombo and in Batticaloa, as well as guests at luxury hotels in the capital. The number of dead exceeds 250. An island-wide curfew is in force and access to social media platforms has been restricted. Investigators have detained members of a local extremist network.",
    "T E V",
    "church_attack",
)
P(
    "OHCHR: Belarus must end torture of detained protesters",
    "UN human rights experts have received reports of more than 450 documented cases of torture and ill-treatment of people detained after the 9 August 2020 election in Belarus. Riot police beat peaceful demonstrators and fired rubber bullets and stun grenades. Some 6,700 people were arrested in four days.",
    "U V",
    "crackdown",
)
P(
    "Public Defender of Georgia: police beat protesters and journalists",
    "The Public Defender's office said that in the night of 29 to 30 November 2024, special forces dispersed the rally outside parliament in Tbilisi with water jets and chemical spray. Our monitors saw officers in balaclavas kicking people who were already on the ground, including media workers; dozens needed hospital care. Some demonstrators launched firecrackers at the cordon.",
    "U",
    "crackdown",
)
P(
    "Hong Kong Police: rioters threw petrol bombs in Admiralty",
    "Police deployed tear gas and a water cannon vehicle after rioters hurled petrol bombs and bricks at officers and set fires on Harcourt Road on 31 August 2019, the Hong Kong Police Force said. Officers arrested 63 people for unlawful assembly and possession of offensive weapons. Police strongly condemn the violent acts.",
    "U",
    "riot",
)
P(
    "Kazakhstan: state of emergency after rioters storm Almaty city hall",
    "A state of emergency has been declared in Almaty and Mangystau after rioters seized and set fire to the city administration building on 5 January 2022, the president's press office said. Eight police officers and national guardsmen were killed. Armed groups attacked the airport. The government has requested assistance from the CSTO.",
    "U B",
    "riot",
)
P(
    "UNHCR: Rohingya refugee arrivals in Bangladesh pass 500,000",
    "Since 25 August 2017, an estimated 501,800 Rohingya refugees have fled violence in Myanmar's Rakhine State to Bangladesh, UNHCR said on 28 September. Refugees describe villages burned and family members killed by soldiers and mobs. The makeshift settlements around Kutupalong are overwhelmed.",
    "D V",
    "displacement",
)
P(
    "OHCHR: Myanmar security forces fire on protesters",
    "We strongly condemn the escalating violence against protesters in Myanmar, the spokesperson said on 28 February 2021. Police and military forces have confronted peaceful demonstrations with lethal force, resulting in at least 18 deaths in Yangon, Dawei, Mandalay and elsewhere. Tear gas, flash-bang grenades and live ammunition were used.",
    "U",
    "crackdown",
)
P(
    "Central Committee of Sudan Doctors: RSF attack on sit-in at army headquarters",
    "The committee said that at first light on 3 June 2019 RSF paramilitaries and other uniformed men stormed the protest camp in front of the military headquarters, shooting at unarmed people. Tents were torched, and demonstrators were whipped and pursued into side streets. Our doctors have counted more than 100 dead, some of them recovered from the river.",
    "U V",
    "crackdown",
)
P(
    "Bangladesh Hindu Buddhist Christian Unity Council: attacks on minority homes",
    "Minority homes, businesses and temples were attacked in at least 52 districts after the fall of the government on 5 August 2024, the Unity Council said. Houses were looted and set on fire and families fled their villages. Students and residents have formed groups to guard temples at night.",
    "U V D",
    "communal_violence",
)
P(
    "OHCHR: Venezuela post-election crackdown",
    "Since the election of 28 July 2024, at least 23 people have been killed in protests in Venezuela, most of them by gunfire, our office said. Security forces and armed pro-government groups attacked demonstrators. More than 2,000 people have been detained, including children, many of them held incommunicado.",
    "U V",
    "crackdown",
)
P(
    "UNSMIL: mass graves found in Tarhuna",
    "The Mission is horrified by reports of the discovery of at least eight mass graves in Tarhuna in June 2020, after government forces regained control of the town. The Mission welcomes the decision of the Minister of Justice to form a committee to investigate. Relatives say the victims were detained and killed by the Kaniyat militia in recent months.",
    "V",
    "mass_grave",
)
P(
    "OHCHR: mass grave with bodies of Masalit civilians in West Darfur",
    "The UN Human Rights Office said on 13 July 2023 that it has credible information that at least 87 ethnic Masalit were killed by the RSF and allied militia in West Darfur last month and buried in a mass grave outside El Geneina. Local people were forced to dispose of the bodies. We condemn in the strongest terms the killing of civilians.",
    "V",
    "mass_grave",
)
P(
    "Nigerian Railway Corporation: train attacked on Abuja-Kaduna line",
    "The Abuja-Kaduna train was attacked by armed bandits on 28 March 2022, who detonated explosives on the track and opened fire on the coaches, the Nigerian Railway Corporation said. Eight passengers were killed and many others abducted. Services on the route are suspended.",
    "E V",
    "train_attack",
)
P(
    "Save the Children: two staff among those killed in Kayah State attack",
    "Save the Children has confirmed that two of our staff members were among at least 35 people killed in Kayah State on 24 December 2021. Their vehicles were stopped on the highway, the people inside were killed and the vehicles burned. The two were returning to their office after humanitarian work. We have suspended operations in the area.",
    "V",
    "attack_on_aid",
)
P(
    "OCHA: Tigray blockade leaves millions without aid",
    "No humanitarian convoy has entered Tigray since 15 December 2021, OCHA said in its situation report of 20 January 2022. Fuel stocks are exhausted, and partners are distributing food on foot. Stocks of medical supplies have run out in most hospitals, and malnutrition rates among children are rising fast. The conflict continues to block access.",
    "H",
    "blockade",
)
P(
    "ACLED Regional Overview, Sahel: JNIM attacks intensify",
    "JNIM militants carried out a series of large attacks on military positions in Burkina Faso in the week of 10 to 16 May 2025, ACLED said. Fighters overran the army base in Djibo and clashed with Volunteers for the Defence of the Homeland in the East region. The group also kidnapped civilians on the roads in the Mopti region of Mali.",
    "T B V",
    "battle",
)
P(
    "ACLED weekly: Myanmar military airstrikes reach record level",
    "ACLED records more airstrikes by the Myanmar military in the week to 3 February 2024 than in any week since the coup. Jets and helicopters bombed villages in Sagaing and Rakhine after the Arakan Army captured several towns. Resistance forces clashed with the military in northern Shan.",
    "E B",
    "air_campaign",
)
P(
    "ACLED weekly: gangs expand attacks across Port-au-Prince",
    "In the week of 2 to 8 March 2024, ACLED recorded gang attacks on police stations, the national penitentiary and the international airport area in Port-au-Prince. The Viv Ansanm coalition clashed with police units in Delmas. Gangs also killed residents in Solino and burned houses.",
    "B V",
    "gang_offensive",
)
P(
    "Security Council press statement on the terrorist attack in Kabul",
    "The members of the Security Council condemned in the strongest terms the heinous and cowardly terrorist attack at the Ministry of Foreign Affairs in Kabul on 27 March 2023, for which ISIL-Khorasan claimed responsibility. The attack killed at least six people. They reaffirmed that terrorism in all its forms constitutes one of the most serious threats to international peace and security.",
    "T",
    "suicide_bombing",
)
P(
    "Travel advisory: leave Lebanon while commercial flights remain",
    "The Foreign Office advises British nationals to leave Lebanon now, the Foreign Secretary said on 2 August 2024, after cross-border strikes and rocket fire intensified. An airstrike hit the southern suburbs of Beirut this week. Commercial flights are still available, but may be cancelled at short notice.",
    "E",
    "airstrike",
)
P(
    "Embassy alert: gang violence near Toussaint Louverture airport",
    "Heavily armed gangs attacked the area near Toussaint Louverture International Airport on 4 March 2024, exchanging gunfire with police, the US Embassy in Port-au-Prince said. The airport is closed. US citizens should shelter in place. Do not travel to Haiti.",
    "B",
    "gang_offensive",
)
P(
    "Houthi spokesman: Ansar Allah says it struck ship in Red Sea",
    "Our naval forces targeted the ship Galaxy Leader in the Red Sea and brought it to the Yemeni coast on 19 November 2023, the Houthi military spokesman said. The crew of 25 are held. The spokesman said all ships linked to Israel were legitimate targets. The shipping company called it an act of piracy.",
    "V",
    "hostage_taking",
)
P(
    "CENTCOM: strikes on Houthi radar and missile sites",
    "US Central Command forces, with the support of the United Kingdom, conducted strikes against 36 Houthi targets across 13 locations in Yemen on 3 February 2024. The targets included underground storage facilities, missile launchers and radars used to attack ships. The strikes are part of a campaign to degrade Houthi capabilities.",
    "E M",
    "air_campaign",
)
P(
    "Syria: WFP convoy hit in rural Aleppo, driver killed",
    "A UN inter-agency convoy carrying food for 78,000 people was attacked near Urum al-Kubra, rural Aleppo, on 19 September 2016, the World Food Programme said. Eighteen of 31 trucks were destroyed and at least one driver was killed, along with Syrian Arab Red Crescent staff. The UN has suspended all convoys in Syria pending a review.",
    "E V H",
    "attack_on_aid",
)
P(
    "UNICEF: landmine kills three children near Kramatorsk",
    "Three children were killed when a landmine exploded while they were playing in a field near Kramatorsk on 18 April 2023, UNICEF Ukraine said. Ukraine is now one of the most mine-contaminated countries in the world as a result of the war. Children need to be taught to stay away from suspicious objects.",
    "E",
    "landmine",
)
P(
    "Amnesty: al-Hol camp killings must be investigated",
    "Amnesty International documented the killing of more than 40 residents of al-Hol camp in north-east Syria in the first months of 2021, many shot in their tents at night. Most of the camp's 60,000 residents are women and children. Armed men linked to the Islamic State group are believed to be behind many of the killings.",
    "V T",
    "attack_on_camp",
)
P(
    "NRC: staff member killed in attack on convoy in Burkina Faso",
    "The Norwegian Refugee Council is devastated that one of our colleagues was killed when unidentified armed men attacked a convoy in the Centre-North region of Burkina Faso on 23 September 2024. Two other staff members were wounded. The convoy was carrying relief items for displaced families. We have suspended movements in the area.",
    "V H",
    "attack_on_aid",
)
P(
    "UN Secretary-General's spokesperson: UN staff abducted in Darfur",
    "The Secretary-General condemns the abduction of staff of UN agencies by armed men in South Darfur on 2 March 2024. They were taken from their vehicle on the road to Nyala. We call for their immediate and unharmed release, and recall that humanitarian workers must never be a target.",
    "V",
    "abduction",
)

# ---------------------------------------------------------------- negatives, batch 1 (disasters, health)

N(
    "OCHA Flash Update: earthquakes in south-eastern Türkiye and north-west Syria",
    "Two earthquakes of magnitude 7.8 and 7.5 struck south-eastern Türkiye and north-west Syria on 6 February 2023. Thousands of buildings have collapsed and the death toll exceeds 20,000. Temperatures are below freezing and many survivors are sleeping in cars and tents. UN search and rescue teams have been deployed.",
    "disaster",
)
N(
    "UNICEF: children among thousands dead in Derna floods",
    "Storm Daniel caused two dams above Derna to collapse on 11 September 2023, sweeping away entire neighbourhoods, UNICEF said. Thousands of people have died and at least 30,000 are displaced. Children are at risk from contaminated water and the loss of their homes. UNICEF is sending medical supplies and water purification tablets.",
    "disaster",
)
N(
    "WFP scales up as Cyclone Idai leaves Beira under water",
    "Cyclone Idai made landfall near Beira on the night of 14 March 2019, and large areas of central Mozambique are flooded, the World Food Programme said. Hundreds of thousands of people need food assistance. WFP helicopters are dropping high-energy biscuits to people stranded on rooftops and in trees.",
    "disaster",
)
N(
    "IFRC: a third of Pakistan under water",
    "The monsoon floods that began in June 2022 have affected 33 million people in Pakistan and destroyed or damaged more than a million homes, the International Federation of Red Cross and Red Crescent Societies said. The Pakistan Red Crescent is distributing tents, hygiene kits and food. We are launching an emergency appeal.",
    "disaster",
)
N(
    "Japan Ministry of Defense: Self-Defense Forces dispatched to Noto Peninsula",
    "Following the earthquake on the Noto Peninsula on 1 January 2024, the Ministry of Defense has dispatched about 1,000 Self-Defense Force personnel to Ishikawa Prefecture, the ministry said. Troops are searching collapsed houses and clearing roads cut off by landslides. Helicopters are transporting water and food to isolated communities.",
    "disaster",
)
N(
    "Moroccan Interior Ministry: earthquake death toll rises",
    "The toll of the earthquake that struck the province of Al Haouz on the night of 8 September 2023 has risen to 2,497 dead and 2,476 injured, the Ministry of the Interior said. Mountain villages have been destroyed. The Royal Armed Forces have set up field hospitals and are opening roads to the affected communes.",
    "disaster",
)
N(
    "Government of Nepal: relief for Jajarkot earthquake survivors",
    "The magnitude 6.4 earthquake that struck Jajarkot and West Rukum on the night of 3 November 2023 killed 153 people, the Ministry of Home Affairs said. Thousands of families are living in tents in the cold. The Nepal Army and Armed Police Force are carrying out rescue operations and distributing relief.",
    "disaster",
)
N(
    "OCHA: earthquake in Paktika and Khost kills over 1,000",
    "An earthquake of magnitude 5.9 struck south-eastern Afghanistan on 22 June 2022, OCHA said. More than 1,000 people were killed and 1,500 injured in Gayan and Barmal districts. Mud-brick houses collapsed on families while they slept. Humanitarian partners are sending tents, food and medical teams.",
    "disaster",
)
N(
    "WFP: Horn of Africa faces fifth failed rainy season",
    "The Horn of Africa is facing its fifth consecutive failed rainy season, WFP warned in November 2022. Around 22 million people are acutely food insecure in Ethiopia, Kenya and Somalia. Millions of livestock have died, and families are walking for days to find water and food. WFP urgently needs funds to keep assistance going.",
    "disaster",
)
N(
    "WFP: southern Madagascar on the brink of famine due to drought",
    "Four years of drought have pushed more than a million people in southern Madagascar into severe hunger, the World Food Programme said in June 2021. Families are eating locusts, raw cactus fruit and wild leaves. This is a climate-driven crisis: these people have done nothing to contribute to climate change.",
    "disaster",
)
N(
    "Malawi Department of Disaster Management Affairs: Cyclone Freddy toll",
    "The death toll from Cyclone Freddy has risen to 499, with 427 people missing, the Department of Disaster Management Affairs said on 19 March 2023. More than 500,000 people have been displaced and are in 534 camps. Blantyre was hit hardest by mudslides. The Malawi Defence Force is helping to rescue stranded people.",
    "disaster",
)
N(
    "Travel advisory: Hurricane Dorian, Bahamas",
    "Hurricane Dorian made landfall on the Abaco Islands as a Category 5 hurricane on 1 September 2019, the Embassy said. Airports in Abaco and Grand Bahama are closed, and there is severe flooding. US citizens should monitor local media and follow the instructions of local authorities.",
    "disaster",
)
N(
    "Government of Dominica: Hurricane Maria has devastated the island",
    "Hurricane Maria passed over Dominica on the night of 18 September 2017, the Prime Minister said. The roofs of almost every house were torn off, and communications are down across the island. We have lost all that money can buy and replace. We need help of all kinds.",
    "disaster",
)
N(
    "UNHCR: fire destroys shelters in Cox's Bazar camps",
    "A large fire broke out in the Balukhali camps on the afternoon of 22 March 2021, destroying about 10,000 shelters, UNHCR said. At least 11 people died and 45,000 Rohingya refugees lost their homes. Refugee volunteers helped put out the blaze. Health facilities and a distribution point were also destroyed.",
    "disaster",
)
N(
    "Kenya Ministry of Interior: flood toll rises as long rains continue",
    "The death toll from the floods since the start of the long rains has risen to 228, the Ministry of Interior and National Administration said on 3 May 2024. More than 212,000 people have been displaced. Residents living along rivers and near dams have been ordered to leave. The National Youth Service and the Kenya Defence Forces are supporting evacuations.",
    "disaster",
)
N(
    "Rio Grande do Sul Civil Defence: floods leave 580,000 displaced",
    "The floods in Rio Grande do Sul have affected 461 municipalities, the state Civil Defence said on 13 May 2024. There are 147 deaths and 580,000 people displaced, of whom 80,000 are in shelters. The armed forces have rescued thousands of people by boat and helicopter in Porto Alegre.",
    "disaster",
)
N(
    "NDRRMC: Typhoon Odette affects more than a million families",
    "Typhoon Rai, known locally as Odette, made nine landfalls from 16 December 2021, the National Disaster Risk Reduction and Management Council said. More than 400 people have died. Siargao, Dinagat and Bohol were badly hit, and power and water supplies were cut. The armed forces are flying food packs to the islands.",
    "disaster",
)
N(
    "BNPB: death toll in Central Sulawesi earthquake and tsunami passes 1,400",
    "The earthquake and tsunami that struck Palu and Donggala on 28 September 2018 have killed 1,424 people, the National Disaster Management Agency said. Liquefaction swallowed entire neighbourhoods in Petobo and Balaroa. More than 70,000 people are displaced. Heavy equipment is being sent to reach people buried under the rubble.",
    "disaster",
)
N(
    "Greek Civil Protection: evacuations as wildfires burn on Rhodes",
    "Civil Protection has ordered the evacuation of several villages and hotels on Rhodes as wildfires spread on 22 July 2023. Around 19,000 people, many of them tourists, have been moved by land and by sea. Firefighters, supported by aircraft and the army, are fighting the fires on several fronts.",
    "disaster",
)
N(
    "Government of the Northwest Territories: Yellowknife evacuation order",
    "An evacuation order is in effect for the city of Yellowknife as wildfires approach, the government said on 16 August 2023. All residents must leave by noon on Friday, by road or by air. The Canadian Armed Forces are supporting the evacuation flights.",
    "disaster",
)
N(
    "OCHA: Gu floods in Beledweyne displace 250,000",
    "The Shabelle river broke its banks in Beledweyne, Hiraan region, on 14 May 2023, OCHA said. Some 250,000 people fled their homes in a few days and are sheltering on higher ground outside the town. Latrines are flooded and the risk of cholera is high. Partners are using boats to deliver food and water.",
    "disaster",
)
N(
    "Government of Chad: state of emergency over floods",
    "The floods caused by heavy rains since July 2024 have killed 487 people and affected almost two million across the country's 23 provinces, the Ministry of Social Action said. The Chari and Logone rivers have risen to record levels in N'Djamena. Government has declared a state of emergency and calls on its partners for support.",
    "disaster",
)
N(
    "IOM: hundreds buried by landslide in Enga Province",
    "A massive landslide hit the village of Yambali in Enga Province, Papua New Guinea, in the early hours of 24 May 2024, the International Organization for Migration said. More than 150 houses were buried. IOM estimates that over 670 people may have died. The ground is still shifting, making rescue work dangerous.",
    "disaster",
)
N(
    "Ethiopian Disaster Risk Management Commission: landslide in Gofa zone",
    "Landslides in Kencho Shacha Gozdi district, Gofa zone, on 21 and 22 July 2024 killed at least 257 people, the commission said. Many of the victims were villagers who had rushed to help after the first slide. About 15,000 people must be evacuated because of the danger of further landslides.",
    "disaster",
)
N(
    "Government of Tonga: volcanic eruption and tsunami cut the islands off",
    "The eruption of the Hunga Tonga-Hunga Ha'apai volcano on 15 January 2022 generated a tsunami that destroyed all houses on Mango island, the government said. Three people died. Ash has contaminated water supplies, and the undersea cable has been cut. His Majesty's Armed Forces are delivering water to the outer islands.",
    "disaster",
)
N(
    "WHO: cholera outbreak in Malawi is the deadliest in its history",
    "Malawi has reported more than 36,000 cholera cases and 1,210 deaths since March 2022, WHO said in February 2023. All 29 districts are affected. The outbreak spread after floods and storms damaged water systems. WHO and partners are supporting the vaccination of millions of people.",
    "health",
)
N(
    "UNICEF: measles vaccination campaign in Madagascar",
    "A measles outbreak in Madagascar has caused more than 1,200 deaths since September 2018, UNICEF said in April 2019. With the Ministry of Public Health, we are supporting a third round of vaccination targeting 7 million children. Only 58% of children were vaccinated against measles before the outbreak.",
    "health",
)
N(
    "Uganda Ministry of Health confirms Ebola outbreak in Mubende",
    "The Ministry of Health has confirmed an outbreak of Sudan ebolavirus in Mubende district, the ministry said on 20 September 2022. A 24-year-old man died after showing symptoms. Contacts are being traced and health workers in the district have been given protective equipment. The public is advised to report any suspected case.",
    "health",
)
N(
    "Rwanda Biomedical Centre: Marburg virus disease outbreak",
    "Rwanda has confirmed 26 cases of Marburg virus disease, including eight deaths, the Ministry of Health said on 30 September 2024. Most cases are health workers in intensive care units. Visits to patients in hospitals have been suspended. Vaccine trials have begun for health workers.",
    "health",
)
N(
    "Brazilian Ministry of Health: dengue emergency in the Federal District",
    "The Ministry of Health has recorded more than a million probable dengue cases in the first two months of 2024, a record. The Federal District has declared a public health emergency. The armed forces are setting up field hospitals to handle patients. Vaccination of children aged 10 to 14 has begun in the worst-hit municipalities.",
    "health",
)
N(
    "Nigeria introduces HPV vaccine to protect girls against cervical cancer",
    "Nigeria has introduced the HPV vaccine into its routine immunisation schedule, aiming to reach 7.7 million girls aged 9 to 14, the Federal Ministry of Health said on 24 October 2023. Cervical cancer is the third most common cancer in Nigeria. The first phase covers 16 states and the Federal Capital Territory.",
    "health",
)
N(
    "Gavi and UNICEF: Yaoundé adds RTS,S shots to child immunisation schedule",
    "Cameroon has become the first country to introduce the RTS,S malaria vaccine in its routine immunisation programme, Gavi and UNICEF said on 22 January 2024. Children will receive four doses from the age of six months. Malaria is one of the main causes of death among children under five in the country.",
    "health",
)
N(
    "Ministry of Home Affairs: nationwide lockdown for 21 days",
    "To fight the spread of COVID-19, a complete lockdown will be in force across the country for 21 days from midnight on 24 March 2020, the Ministry of Home Affairs said. All shops except those selling essential goods will remain closed. People must stay at home. Police have been asked to enforce the order.",
    "health",
)
N(
    "Kerala Health Department: Nipah containment zones in Kozhikode",
    "Two deaths in Kozhikode district have been confirmed as Nipah virus infections, the state Health Minister said on 12 September 2023. Seven panchayats have been declared containment zones and schools are closed. A list of 700 contacts has been drawn up and high-risk contacts are being isolated.",
    "health",
)
N(
    "National Department of Health: polio outbreak in Papua New Guinea",
    "A case of polio caused by a vaccine-derived virus has been confirmed in a child in Lae, Morobe Province, the National Department of Health said on 26 June 2018. This is the first case in the country since 2000. A vaccination campaign targeting all children under five will start in Morobe, Madang and Eastern Highlands.",
    "health",
)
N(
    "MSF: diphtheria outbreak overwhelms Kano",
    "Médecins Sans Frontières is treating hundreds of diphtheria patients a week in Kano State, the organisation said in October 2023. Most of them are children who have not been vaccinated. Our treatment centre is full, and the shortage of antitoxin means some patients cannot be treated. Vaccination coverage must increase urgently.",
    "health",
)
N(
    "Travel health notice: Zika virus in the Caribbean",
    "Pregnant women should not travel to areas with risk of Zika, the Centers for Disease Control and Prevention said in its travel notice of February 2016. Local mosquito transmission has been reported in Puerto Rico, the Dominican Republic, Haiti and Jamaica. Travellers should use insect repellent and wear long sleeves.",
    "health",
)
N(
    "WHO: yellow fever vaccination campaign in Luanda",
    "More than 6 million people have been vaccinated against yellow fever in Luanda since the outbreak was declared, WHO said in May 2016. The outbreak has caused 2,267 suspected cases and 293 deaths in Angola. Cases have been exported to DRC and Kenya. Global vaccine stocks are running low.",
    "health",
)
N(
    "NCDC: Lassa fever cases rise across 21 states",
    "The Nigeria Centre for Disease Control has recorded 1,069 confirmed cases of Lassa fever and 184 deaths since the start of 2023. Most cases are in Ondo, Edo and Bauchi states. Nigerians are advised to store food in rodent-proof containers and to report to a health facility if they have a fever.",
    "health",
)
N(
    "Ministry of Health and Child Care: cholera outbreak declared in Harare",
    "The Government has declared a state of emergency in Harare after cholera cases rose to more than 7,000 across the country, the Ministry of Health and Child Care said on 17 November 2023. Public gatherings in the city have been restricted. Residents are urged to boil drinking water and wash their hands.",
    "health",
)
N(
    "Cambodian Ministry of Health: girl dies of H5N1 bird flu",
    "An 11-year-old girl from Prey Veng province has died of H5N1 avian influenza, the Ministry of Health said on 23 February 2023. Her father also tested positive. Rapid response teams are investigating, and sick poultry in the village have been culled. Villagers are advised not to touch dead birds.",
    "health",
)
N(
    "Government of Samoa: state of emergency over measles",
    "The Government has declared a state of emergency after a measles epidemic killed 53 people, most of them children under five, the Prime Minister said on 2 December 2019. Schools are closed and vaccination is compulsory. Households whose members are not vaccinated must hang a red flag outside their homes.",
    "health",
)

# ---------------------------------------------------------------- negatives, batch 2 (peace, the military, history)

N(
    "Presidency of Colombia: final peace agreement signed with the FARC-EP",
    "The Government of Colombia and the FARC-EP signed the final agreement for the termination of the conflict in Bogotá on 24 November 2016, the Presidency said. The new text includes changes proposed after the October referendum. The agreement will now be submitted to Congress for endorsement.",
    "peace",
)
N(
    "African Union: Ethiopia and TPLF agree permanent cessation of hostilities",
    "The African Union Commission announced that the federal government and the TPLF put their signatures to a deal in South Africa's capital on 2 November 2022. Under it, the two sides commit to silence the guns for good, disarm the Tigrayan forces, reconnect banking, power and telecoms, and let relief flow freely. The AU High Representative spoke of a new dawn.",
    "peace",
)
N(
    "Joint statement by the United States and France on the cessation of hostilities in Lebanon",
    "The cessation of hostilities between Israel and Lebanon will take effect at 4:00 local time on 27 November 2024, the two governments said. Over the next 60 days, the Lebanese Armed Forces will deploy to the south. The United States and France will work with both sides to ensure that the arrangement is fully implemented.",
    "peace",
)
N(
    "Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
    "Representatives of the Sudanese Armed Forces and the Rapid Support Forces signed a declaration of commitment to protect civilians in Jeddah on 11 May 2023, the facilitators Saudi Arabia and the United States said. The parties committed to allow humanitarian assistance. Talks will now focus on a short-term ceasefire.",
    "peace",
)
N(
    "UN Special Envoy for Yemen welcomes two-month truce",
    "The parties to the conflict have responded positively to a UN proposal for a two-month truce which will start on 2 April 2022, the Special Envoy said. The truce includes the entry of fuel ships into Hodeidah port and commercial flights from Sanaa airport. The truce can be renewed with the consent of the parties.",
    "peace",
)
N(
    "UN: Black Sea Grain Initiative signed in Istanbul",
    "The Initiative on the safe transportation of grain and foodstuffs from Ukrainian ports was signed in Istanbul on 22 July 2022 by Ukraine, the Russian Federation and Türkiye, with the United Nations. A Joint Coordination Centre will monitor ship movements. The Secretary-General called it a beacon of hope.",
    "peace",
)
N(
    "Coordination Headquarters: 95 Ukrainian defenders return home in exchange",
    "Another 95 Ukrainian defenders have returned home from Russian captivity, the Coordination Headquarters for the Treatment of Prisoners of War said on 24 August 2024. The exchange was mediated by the United Arab Emirates. Among those released are soldiers who defended the Chornobyl nuclear plant. Work continues to bring everyone home.",
    "peace",
)
N(
    "Armenia and Azerbaijan initial peace agreement in Washington",
    "The foreign ministers of Armenia and Azerbaijan initialled the agreed text of the peace treaty at the White House on 8 August 2025, the Armenian Ministry of Foreign Affairs said. The leaders also signed a joint declaration on opening transport links. The treaty will be signed after constitutional procedures are completed.",
    "peace",
)
N(
    "Ministry of Foreign Affairs of the DRC: peace agreement signed with Rwanda",
    "The Democratic Republic of the Congo and the Republic of Rwanda signed a peace agreement in Washington on 27 June 2025, the Ministry of Foreign Affairs said. The agreement provides for respect of territorial integrity and a joint security coordination mechanism. The minister thanked the United States and Qatar for their facilitation.",
    "peace",
)
N(
    "OPAPRU: third phase of MILF decommissioning completed",
    "The Office of the Presidential Adviser on Peace, Reconciliation and Unity announced on 15 November 2023 that a further batch of combatants of the Moro Islamic Liberation Front have been decommissioned in Maguindanao. The combatants handed over their weapons and will receive socio-economic packages. The process is part of the Comprehensive Agreement on the Bangsamoro.",
    "peace",
)
N(
    "IGAD: revitalised peace agreement signed in Addis Ababa",
    "President Salva Kiir and Riek Machar signed the Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan on 12 September 2018, IGAD said. The agreement provides for a transitional government and the unification of forces. The heads of state of the region witnessed the signing.",
    "peace",
)
N(
    "African Union welcomes the Khartoum peace agreement for CAR",
    "The African Union welcomes the initialling in Khartoum on 5 February 2019 of the Political Agreement for Peace and Reconciliation between the Government of the Central African Republic and 14 armed groups, the Commission Chairperson said. The agreement will be signed in Bangui. The AU calls on all parties to implement it in good faith.",
    "peace",
)
N(
    "Government of Mozambique: last Renamo base closed",
    "The last military base of Renamo, in Vunduzi, Gorongosa, was closed on 15 June 2023, marking the end of the disarmament and reintegration of former guerrillas, the Presidency said. In total 5,221 former combatants have been demobilised. The President thanked the international partners who supported the process.",
    "peace",
)
N(
    "US Department of State: agreement for bringing peace to Afghanistan",
    "The United States and the Taliban signed an agreement in Doha on 29 February 2020, the Department of State said. The United States will reduce its forces in Afghanistan within 135 days, and the Taliban commit not to allow Afghan soil to be used against the security of the United States. Intra-Afghan negotiations will begin on 10 March.",
    "peace",
)
N(
    "Security Council extends mandate of UNMISS for one year",
    "The Security Council on 30 April 2024 extended the mandate of the UN Mission in South Sudan until 30 April 2025, unanimously adopting resolution 2729. The Council maintained the mission's authorised troop ceiling of 17,000. The mandate focuses on the protection of civilians and support for the peace process ahead of elections.",
    "peace",
)
N(
    "Ethiopian Prime Minister's Office: the state of war with Eritrea has ended",
    "Prime Minister Abiy Ahmed and President Isaias Afwerki signed a Joint Declaration of Peace and Friendship in Asmara on 9 July 2018, the Office of the Prime Minister said. The state of war that has existed between the two countries has come to an end. Telephone links and flights between the two capitals will resume.",
    "peace",
)
N(
    "Malaysian facilitator: talks between Thailand and BRN resume",
    "The Malaysian facilitator announced that the peace dialogue panel of the Thai government and the Barisan Revolusi Nasional met in Kuala Lumpur on 6 and 7 February 2024. The parties agreed on a joint comprehensive plan towards peace, covering reduction of violence and public consultation. The next round will be held in April.",
    "peace",
)
N(
    "Colombian government and ELN agree national bilateral ceasefire",
    "The national bilateral ceasefire between the Government and the ELN will come into force on 3 August 2023 for 180 days, the government peace delegation said in Havana. A monitoring mechanism with the United Nations and the Church will verify compliance. The delegations will now discuss the participation of society in the peace process.",
    "peace",
)
N(
    "UNSMIL: Libyan parties sign permanent ceasefire in Geneva",
    "The 5+5 Joint Military Commission signed a permanent ceasefire agreement in Geneva on 23 October 2020, the UN Support Mission in Libya said. All foreign fighters and mercenaries are to leave Libya within three months, and military units are to return to their camps. Commercial flights between Tripoli and Benghazi will resume.",
    "peace",
)
N(
    "Government of Sudan: Juba peace agreement signed with armed movements",
    "The transitional government signed the Juba Peace Agreement with the Sudan Revolutionary Front on 3 October 2020, the Council of Ministers said. The agreement covers power sharing, land, the return of displaced people and the integration of forces. The signing was attended by leaders of the region.",
    "peace",
)
N(
    "Polish Ministry of National Defence: contract for K2 tanks signed",
    "The Armament Agency signed an executive contract for 180 K2 tanks with Hyundai Rotem on 26 August 2022, the Ministry of National Defence said. The first tanks will be delivered this year. The contract also covers training, logistics and ammunition. The minister said the purchase will strengthen the army's eastern units.",
    "military",
)
N(
    "Japan Ministry of Defense: record defence budget approved",
    "The Cabinet approved a defence budget of 6.8 trillion yen for fiscal 2023, the Ministry of Defense said on 23 December 2022. The budget includes funds for Tomahawk cruise missiles and for strengthening stand-off defence capabilities. It is the first year of a five-year plan to build up defence capabilities.",
    "military",
)
N(
    "NATO: Steadfast Defender 2024 to begin",
    "Around 90,000 troops from all 31 Allies and Sweden will take part in exercise Steadfast Defender 2024 from February to May, NATO said on 18 January 2024. The exercise will rehearse the reinforcement of the Euro-Atlantic area across the Atlantic. More than 50 ships and 80 aircraft will take part. It is NATO's largest exercise in decades.",
    "military",
)
N(
    "Republic of Korea Joint Chiefs of Staff: Freedom Shield exercise begins",
    "The combined exercise Freedom Shield 23 began on 13 March 2023 and will run for 11 days, the Joint Chiefs of Staff said. The Republic of Korea and United States forces will conduct large-scale field training, including amphibious landing drills. The exercise is defensive in nature.",
    "military",
)
N(
    "Chinese Ministry of National Defense: joint naval exercise with Russia",
    "Chinese and Russian naval vessels will conduct the Northern/Interaction-2023 exercise in the Sea of Japan in July 2023, the Ministry of National Defense said. The exercise aims to safeguard the security of strategic waterways. It is not directed at any third party.",
    "military",
)
N(
    "Ministry of Defence: Republic Day parade showcases women contingents",
    "The Republic Day parade on Kartavya Path on 26 January 2024 featured contingents made up entirely of women from the three services, the Ministry of Defence said. Tanks, missile systems and drones rolled past the saluting base, and the Air Force flypast included 54 aircraft. The President took the salute.",
    "military",
)
N(
    "Élysée: Bastille Day parade with American troops",
    "American troops opened the military parade on the Champs-Élysées on 14 July 2017, marking the centenary of the United States' entry into the First World War, the Élysée said. Some 3,700 soldiers, 211 vehicles and 63 aircraft took part. President Trump attended as guest of honour.",
    "military",
)
N(
    "British Army launches new recruitment campaign",
    "The British Army has launched its latest recruitment campaign, aimed at young people aged 16 to 24, the Ministry of Defence said in January 2019. The campaign says the Army values compassion, self-belief and drive. The army is trying to fill a shortfall of several thousand soldiers.",
    "military",
)
N(
    "Australian Government: optimal pathway for nuclear-powered submarines",
    "Australia will acquire nuclear-powered submarines through the AUKUS partnership, the Prime Minister and Defence Minister said in San Diego on 14 March 2023. From the early 2030s, Australia will buy three Virginia-class submarines from the United States. The program will create around 20,000 jobs over 30 years.",
    "military",
)
N(
    "German Federal Ministry of Defence: Leopard 2 tanks to be supplied to Ukraine",
    "The Federal Government has decided to provide Ukraine with a company of Leopard 2 A6 battle tanks from Bundeswehr stocks, the Ministry of Defence said on 25 January 2023. Training of Ukrainian crews will start quickly in Germany. Partner countries will also be allowed to deliver their tanks.",
    "military",
)
N(
    "UNMAS: Iraqi deminers complete advanced training course",
    "Twenty-four Iraqi deminers graduated from an advanced explosive ordnance disposal course in Baghdad on 12 October 2021, the UN Mine Action Service said. The six-week course covered the safe handling of improvised devices and the marking of contaminated areas. The graduates will join the teams of the Directorate of Mine Action.",
    "military",
)
N(
    "CMAC: first demining dogs from Cambodia trained for Ukraine",
    "The Cambodian Mine Action Centre completed a training course for 15 Ukrainian deminers in Battambang province on 23 February 2023, the centre said. The trainees learned to use mine-detection equipment and to handle dogs trained to detect explosives. Japan funded the programme.",
    "military",
)
N(
    "Japan Ministry of Defense: ballistic missile fell outside the EEZ",
    "North Korea launched a ballistic missile eastward from near Pyongyang at around 7:40 on 17 December 2023, the Ministry of Defense said. The missile flew for about 77 minutes and fell into the Sea of Japan outside Japan's exclusive economic zone. No damage to ships or aircraft has been confirmed. Japan has protested through diplomatic channels.",
    "military",
)
N(
    "Government of Sweden: Sweden becomes a member of NATO",
    "Sweden became the 32nd member of the North Atlantic Treaty Organization on 7 March 2024, when the Prime Minister deposited the instrument of accession in Washington, the government said. Sweden will contribute to NATO's collective defence. The Swedish flag will be raised at NATO headquarters on Monday.",
    "military",
)
N(
    "Armed Forces of the Philippines: Balikatan 2024 is the largest ever",
    "More than 16,000 Philippine and US troops, with French and Australian forces, are taking part in exercise Balikatan from 22 April to 10 May 2024, the AFP said. The exercise includes a maritime drill beyond the country's territorial waters and the sinking of a decommissioned ship as target. The exercise is not directed at any country.",
    "military",
)
N(
    "Kenya Defence Forces: warning about fake recruitment agents",
    "The Kenya Defence Forces will hold its recruitment exercise across the country from 20 November 2023, the Ministry of Defence said. Candidates are warned that recruitment is free and that anyone asking for money is a fraudster. Applicants must be Kenyan citizens aged between 18 and 26.",
    "military",
)
N(
    "Federal Ministry of Defence: new military service law adopted by cabinet",
    "The Federal Cabinet adopted the draft law on a new military service on 27 August 2025, the Federal Ministry of Defence said. From 2026, all young men will be asked to complete a questionnaire about their willingness to serve. Service will remain voluntary for now. The Bundeswehr aims to grow to 260,000 active soldiers.",
    "military",
)
N(
    "Nigerian Air Force receives A-29 Super Tucano aircraft",
    "The Nigerian Air Force inducted 12 A-29 Super Tucano aircraft at a ceremony in Kaduna on 31 August 2021, the Air Force said. The aircraft will boost the service's capacity in close air support and surveillance. Nigerian pilots and technicians were trained in the United States.",
    "military",
)
N(
    "US Southern Command: hospital ship Comfort arrives in Colombia",
    "The hospital ship USNS Comfort arrived in Riohacha, Colombia, on 26 November 2018 as part of its mission to support countries receiving Venezuelan migrants, US Southern Command said. Military and civilian medical teams will treat patients at two land sites. The ship has treated more than 20,000 people during the deployment.",
    "military",
)
N(
    "Ghana Armed Forces: peacekeeping exercise at Bundase",
    "The Ghana Armed Forces, with partners from 12 countries, held a peacekeeping field exercise at the Bundase Training Camp in September 2024, the Ghana Armed Forces said. Troops rehearsed convoy protection and the protection of civilians in a mission scenario. The exercise prepares battalions for deployment to UN missions.",
    "military",
)
N(
    "Government of Rwanda: Kwibuka30 commemoration begins",
    "Rwanda began the 30th commemoration of the 1994 Genocide against the Tutsi on 7 April 2024, the government said. The President lit the flame of remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are buried. A week of national mourning has started.",
    "history",
)
N(
    "City of Hiroshima: Peace Declaration on the 75th anniversary of the bombing",
    "On 6 August 2020, the 75th anniversary of the atomic bombing, the Mayor of Hiroshima read the Peace Declaration at the Peace Memorial Park. The ceremony was scaled down because of the pandemic. The Mayor called on the government to join the Treaty on the Prohibition of Nuclear Weapons.",
    "history",
)
N(
    "Auschwitz-Birkenau State Museum: survivors at the 80th anniversary of liberation",
    "About 50 survivors attended the commemoration of the 80th anniversary of the liberation of Auschwitz on 27 January 2025, the Memorial said. Heads of state from around the world attended. More than 1.1 million people, most of them Jews, were murdered in the camp. The survivors asked the world to remember.",
    "history",
)
N(
    "Ministry of the Armed Forces: 80th anniversary of the Normandy landings",
    "On 6 June 2024, the international ceremony marking the 80th anniversary of D-Day took place at Omaha Beach, the Ministry of the Armed Forces said. Around 200 veterans attended, most of them aged over 98. Heads of state and government paid tribute to the soldiers who landed on the beaches of Normandy.",
    "history",
)
N(
    "Ministry of Defence: Remembrance Sunday at the Cenotaph",
    "Members of the armed forces, veterans and the Royal Family gathered at the Cenotaph on 10 November 2019 to honour those who died in the First and Second World Wars and later conflicts, the Ministry of Defence said. A two-minute silence was held at 11:00. Around 10,000 veterans marched past the memorial.",
    "history",
)
N(
    "Frankfurt fire brigade: British bomb defused after city's largest evacuation",
    "A 1.8-tonne British aerial bomb from the Second World War, found on a building site in the Westend, was defused on 3 September 2017, the Frankfurt fire brigade said. More than 60,000 residents had left their homes, and two hospitals were evacuated. Residents have been allowed to return.",
    "history",
)
N(
    "Cambodian Ministry of Culture: Tuol Sleng inscribed on World Heritage List",
    "The Tuol Sleng Genocide Museum, the Choeung Ek killing fields and M-13 prison have been inscribed on the UNESCO World Heritage List, the Ministry of Culture and Fine Arts said on 11 July 2025. The sites bear witness to the crimes of the Khmer Rouge regime between 1975 and 1979. They are the first Cambodian sites related to recent history on the list.",
    "history",
)
N(
    "Defense POW/MIA Accounting Agency receives 55 cases from Pyongyang",
    "Fifty-five cases of remains believed to be those of US service members killed in the Korean War were returned by North Korea on 27 July 2018, the Defense POW/MIA Accounting Agency said. The remains were flown to Hawaii for identification. More than 7,600 Americans remain unaccounted for from the war.",
    "history",
)
N(
    "ICMP: DNA identifies further Srebrenica victims",
    "The International Commission on Missing Persons has helped identify the remains of 14 more victims of the July 1995 genocide, whose remains were exhumed from secondary graves near Zvornik, the commission said in June 2021. The victims will be buried at the Potočari Memorial Centre on 11 July. Around 1,000 people are still missing.",
    "history",
)
N(
    "Guatemala: forensic foundation returns remains of victims of the internal armed conflict",
    "The Guatemalan Forensic Anthropology Foundation returned the remains of 36 people to their families in Rabinal, Baja Verapaz, on 22 November 2019. The victims were killed in massacres in 1982 and buried in clandestine graves. The communities held a Mayan ceremony before the burial.",
    "history",
)
N(
    "USAID completes dioxin cleanup at Bien Hoa airbase",
    "USAID and the Vietnamese Ministry of Defence marked the completion of the first phase of dioxin remediation at Bien Hoa airbase on 21 May 2024, the agency said. The herbicide Agent Orange was stored at the base during the war. More than 150,000 cubic metres of soil have been treated.",
    "history",
)
N(
    "UXO Lao: more than 20,000 cluster submunitions cleared this year",
    "UXO Lao teams found and destroyed 21,300 items of unexploded ordnance in 2018, most of them cluster submunitions dropped during the Indochina war, the national clearance operator said. About 80 million bomblets did not explode. Teams cleared 2,800 hectares of farmland in nine provinces.",
    "history",
)
N(
    "Élysée: centenary of the armistice of 11 November 1918",
    "Some 70 heads of state and government gathered at the Arc de Triomphe on 11 November 2018 to mark the centenary of the armistice that ended the First World War, the Élysée said. Bells rang across France at 11:00. The President called on leaders to reject nationalism.",
    "history",
)
N(
    "Northern Ireland Office: 25 years since the Good Friday Agreement",
    "The Northern Ireland Office marked the 25th anniversary of the Belfast/Good Friday Agreement on 10 April 2023. The agreement was signed on 10 April 1998 and ended three decades of conflict known as the Troubles, in which more than 3,500 people died. The US President visited Belfast for the anniversary.",
    "history",
)
N(
    "Argentine Ministry of Defence: 40 years since the Malvinas war",
    "Argentina marked the 40th anniversary of the Malvinas war on 2 April 2022, the Ministry of Defence said. The President led the ceremony in Ushuaia in honour of the 649 Argentine soldiers who died in the conflict. Veterans marched through the city.",
    "history",
)

# ---------------------------------------------------------------- negatives, batch 3 (crime, accidents, protest, sport, politics, other)

N(
    "Metropolitan Police: murder investigation launched after stabbing in Croydon",
    "A murder investigation has been launched after a 16-year-old boy was stabbed in Croydon on the afternoon of 27 September 2023, the Metropolitan Police said. Officers and paramedics attended but he died at the scene. A 17-year-old boy has been arrested on suspicion of murder. Anyone with information is asked to call 101.",
    "crime",
)
N(
    "Dutch customs: record cocaine seizure in the port of Rotterdam",
    "Customs officers found 8,000 kilos of cocaine in a container of bananas from Ecuador in the port of Rotterdam on 14 August 2023, the Public Prosecution Service said. It is the largest single seizure ever made in the Netherlands. The drugs have an estimated street value of 600 million euros. No arrests have been made yet.",
    "crime",
)
N(
    "South African Police Service: kidnapped businessman rescued in Gqeberha",
    "A businessman who was kidnapped outside his home in Gqeberha on 3 March 2024 has been rescued unharmed by police, the SAPS said. The kidnappers had demanded a ransom from his family. Three suspects were arrested at the house where he was held, and a firearm was seized.",
    "crime",
)
N(
    "Europol: LockBit ransomware infrastructure taken down",
    "Law enforcement agencies from ten countries have disrupted the LockBit ransomware operation, Europol said on 20 February 2024. The agencies seized 34 servers and froze 200 cryptocurrency accounts. Two suspects were arrested in Poland and Ukraine. LockBit had attacked thousands of victims around the world, including hospitals.",
    "crime",
)
N(
    "HSE: cyber attack forces shutdown of IT systems",
    "The Health Service Executive has taken the precaution of shutting down all its IT systems following a significant ransomware attack on 14 May 2021, the HSE said. Appointments have been cancelled at several hospitals. There is no impact on vaccinations. The HSE is working with the Gardaí and cybersecurity experts.",
    "crime",
)
N(
    "University police: shooting at Michigan State campus, suspect dead",
    "A gunman opened fire in two buildings at Michigan State University on the evening of 13 February 2023, killing three students and wounding five, the university police said. The suspect, a 43-year-old man with no connection to the university, was found dead of a self-inflicted wound. No motive has been established.",
    "crime",
)
N(
    "INTERPOL: operation rescues victims of human trafficking",
    "An operation coordinated by INTERPOL in 44 countries in October 2023 led to the rescue of more than 2,500 potential victims of human trafficking, the organisation said. Police arrested 212 people. Many victims had been lured with fake job offers and forced to work in online scam centres.",
    "crime",
)
N(
    "Royal Thai Police: Thai nationals returned from scam compounds in Myawaddy",
    "More than 200 Thai nationals who had been forced to work for call-centre gangs in Myawaddy have been returned through Mae Sot, the Royal Thai Police said on 13 February 2025. Police are interviewing them to identify victims and suspects. The government has cut electricity and internet supplies to the border areas where the scam centres operate.",
    "crime",
)
N(
    "Federal Police: operation against illegal gold mining on Yanomami land",
    "The Federal Police destroyed 30 dredges, two aircraft and equipment used for illegal mining on Yanomami land in Roraima, the police said on 20 February 2023. The operation is part of the government's response to the health emergency in the territory. Miners are leaving the area by river.",
    "crime",
)
N(
    "PDEA: shabu worth 1.3 billion pesos seized in Manila",
    "Agents of the Philippine Drug Enforcement Agency seized 200 kilos of shabu in a warehouse in Manila on 10 October 2023, the agency said. Two Chinese nationals were arrested. The drugs were hidden inside tea packs. The agency said the operation had dismantled a major distribution network.",
    "crime",
)
N(
    "Policía Nacional Civil: gang leader captured in San Salvador",
    "The National Civil Police captured a leader of the MS-13 gang in San Salvador on 18 May 2023, the police said. He is accused of ordering extortion of bus companies. He will be sent to the Terrorism Confinement Centre. The government says the state of exception has made El Salvador safer.",
    "crime",
)
N(
    "RCMP: gunman killed 22 people in Nova Scotia",
    "A gunman driving a replica police car killed 22 people in several communities in Nova Scotia on 18 and 19 April 2020, the RCMP said. He was shot dead by officers at a gas station in Enfield. Investigators believe he acted alone. There is no indication of a political motive.",
    "crime",
)
N(
    "NSW Police: Bondi Junction stabbings not related to terrorism",
    "Six people were killed and several others injured in a stabbing at Westfield Bondi Junction on 13 April 2024, NSW Police said. The offender was shot dead by a police inspector. The commissioner said there was no indication of any ideology or motive related to terrorism. Police believe the man had a mental health condition.",
    "crime",
)
N(
    "Police Scotland: men arrested after jewellery shop robbery in Glasgow",
    "Two men have been arrested after an armed robbery at a jewellery shop on Argyle Street, Glasgow, on 4 July 2022, Police Scotland said. A member of staff was threatened with a handgun and watches worth a large sum were taken. Nobody was injured. The men are due in court.",
    "crime",
)
N(
    "Kenya Prisons Service: manhunt after inmates escape in Kakamega",
    "Four inmates escaped from Kakamega Prison on the night of 5 June 2024, the Kenya Prisons Service said. They broke through a wall during a power outage. Police have launched a manhunt and two of the men have been recaptured. The officers on duty have been suspended.",
    "crime",
)
N(
    "Lagos State Police Command: car theft syndicate dismantled",
    "Detectives have dismantled a syndicate that stole vehicles in Lekki and sold them in neighbouring countries, the Lagos State Police Command said on 9 May 2024. Seven suspects were arrested and 12 vehicles recovered. The suspects used fake keys to open cars parked at shopping malls.",
    "crime",
)
N(
    "National Crime Agency: ransomware gang members sanctioned",
    "The UK, US and Australia have sanctioned members of the Evil Corp cybercrime group, the National Crime Agency said on 1 October 2024. The group extorted at least 300 million dollars from victims around the world, including hospitals and schools. Its leader is accused of working with the Russian intelligence services.",
    "crime",
)
N(
    "Guardia Civil: jail for gang that robbed elderly people at home",
    "The Guardia Civil has broken up a gang that robbed elderly people in their homes in Murcia and Alicante, posing as gas inspectors, the service said on 4 April 2025. Nine people were arrested. The gang carried out at least 35 robberies, sometimes tying up their victims.",
    "crime",
)
N(
    "National Police Service: 52 killed in Londiani road crash",
    "A truck lost control and ploughed into vehicles and traders at Londiani junction on 30 June 2023, the National Police Service said. Fifty-two people were killed. Police have urged drivers on the Nakuru-Kericho highway to observe speed limits. The driver survived and is being questioned.",
    "accident",
)
N(
    "Ministry of Railways: triple train collision in Balasore",
    "The Coromandel Express derailed and collided with a goods train near Bahanaga Bazar station in Balasore, Odisha, on the evening of 2 June 2023, the Ministry of Railways said. A third train struck the derailed coaches. At least 288 people died. The National Disaster Response Force and the army have completed rescue operations.",
    "accident",
)
N(
    "Guardia Costiera: migrant boat capsizes off Lampedusa",
    "A boat carrying around 50 migrants capsized off Lampedusa on 3 August 2023, the Italian Coast Guard said. Four people survived and said around 40 people are missing. The boat had left Sfax, Tunisia. Patrol boats and aircraft are searching the area.",
    "accident",
)
N(
    "Lebanese Government: Beirut explosion declared a disaster",
    "The Council of Ministers declared Beirut a disaster city after the explosion at the port on 4 August 2020, the Prime Minister's office said. The explosion was caused by 2,750 tonnes of ammonium nitrate stored at the port for six years. More than 150 people were killed and 300,000 made homeless. Those responsible for the storage will be placed under house arrest.",
    "accident",
)
N(
    "Ethiopian Airlines: flight ET302 crashed after take-off",
    "Ethiopian Airlines flight ET302, a Boeing 737 MAX 8 on its way to Nairobi, crashed near Bishoftu six minutes after take-off from Addis Ababa on 10 March 2019, the airline said. There were 149 passengers and 8 crew on board. There are no survivors. The airline has grounded its fleet of 737 MAX aircraft.",
    "accident",
)
N(
    "Uttar Pradesh Police: stampede at Hathras religious gathering",
    "A stampede at a religious congregation in Hathras district on 2 July 2024 killed 121 people, most of them women, the Uttar Pradesh Police said. The crowd was more than twice the permitted number. Police have registered a case against the organisers.",
    "accident",
)
N(
    "Lagos State Emergency Management Agency: building collapse in Ikoyi",
    "A 21-storey building under construction collapsed in Ikoyi on 1 November 2021, the Lagos State Emergency Management Agency said. Rescue teams have recovered 45 bodies. Workers were trapped under the rubble. The state government has set up a panel to investigate the cause.",
    "accident",
)
N(
    "Jigawa State Police Command: tanker explosion kills over 140",
    "A fuel tanker overturned in Majiya, Taura local government area, on 15 October 2024, and exploded as residents gathered to scoop fuel, the Jigawa State Police Command said. At least 147 people died. The driver lost control while trying to avoid a collision.",
    "accident",
)
N(
    "Tanzania government: ferry capsizes on Lake Victoria",
    "The MV Nyerere capsized near Ukara Island on Lake Victoria on 20 September 2018, the government said. More than 200 people died. The ferry was overloaded. The President declared four days of national mourning and ordered the arrest of those responsible.",
    "accident",
)
N(
    "Ministry of Energy and Natural Resources: explosion in Amasra coal mine",
    "A firedamp explosion occurred at a depth of 300 metres in the Amasra coal mine in Bartın on 14 October 2022, the ministry said. Forty-one miners lost their lives and 11 were injured. Rescue teams have brought out the remaining workers. An investigation has been opened.",
    "accident",
)
N(
    "Indonesian Army: helicopter crashed during training flight",
    "An army helicopter crashed during a training flight in Kendal, Central Java, on 6 June 2021, the Indonesian Army information service said. Three crew members were killed. The aircraft was on a routine flight. An investigation team has been formed.",
    "accident",
)
N(
    "State of Mexico prosecutor: blast at Tultepec fireworks market",
    "A series of explosions destroyed the San Pablito fireworks market in Tultepec on 20 December 2016, the state prosecutor's office said. Thirty-six people died and dozens were injured. The market was crowded with shoppers before Christmas. Investigators are looking for the cause.",
    "accident",
)
N(
    "Metropolitan Police: climate march passed off peacefully",
    "Tens of thousands of people took part in a climate march through central London on 6 November 2021, the Metropolitan Police said. The march passed off peacefully. Three people were arrested for obstructing the highway after sitting down in the road. We thank everyone who took part for their cooperation.",
    "protest",
)
N(
    "Brussels Police: farmers' protest near the European Quarter",
    "Around 900 tractors took part in a farmers' demonstration in the European Quarter on 1 February 2024, the Brussels Capital-Ixelles police zone said. Roads around Place du Luxembourg were closed. Farmers lit bonfires of straw and tyres near the European Parliament. Motorists are advised to avoid the area.",
    "protest",
)
N(
    "ASUU: public university lecturers begin indefinite strike",
    "The Academic Staff Union of Universities has begun a total and indefinite strike, its president said on 29 August 2022. The union is demanding the implementation of an agreement on funding and salaries. Students have been at home since February. The union said it regretted the hardship caused.",
    "protest",
)
N(
    "Israel Police: hundreds of thousands rallied against judicial overhaul",
    "Hundreds of thousands of people demonstrated in Tel Aviv, Jerusalem and other cities on 11 March 2023 against the government's judicial overhaul, the Israel Police said. The rallies ended without major incidents. Police opened the Ayalon highway to traffic after demonstrators left the road.",
    "protest",
)
N(
    "Ministry of Interior of Serbia: student rally in Belgrade ended peacefully",
    "The rally organised by students in Slavija square on 15 March 2025 ended without serious incidents, the Ministry of Interior said. The ministry estimated 107,000 participants. Public transport in the city was suspended for the day. The students' demands concern accountability for the collapse of the Novi Sad railway station canopy.",
    "protest",
)
N(
    "CGT: general strike paralyses transport in Buenos Aires",
    "The General Confederation of Labour held a 12-hour general strike on 24 January 2024 against the government's decree deregulating the economy, the union said. Tens of thousands marched to Congress. Public transport ran a reduced service in the afternoon so that workers could attend the rally.",
    "protest",
)
N(
    "BMA: junior doctors in England begin five-day walkout",
    "Junior doctors in England walked out at 7:00 on 27 June 2024 for five days in a dispute over pay, the British Medical Association said. Picket lines were set up outside hospitals. NHS England said emergency care would continue. The union says pay has fallen by a quarter since 2008.",
    "protest",
)
N(
    "Kenya National Union of Nurses: strike notice issued",
    "The Kenya National Union of Nurses has issued a strike notice over delayed salaries and promotions, its secretary general said on 4 September 2023. Nurses will down tools in 14 days if the demands are not met. The union called on county governments to honour the collective bargaining agreement.",
    "protest",
)
N(
    "Amnesty: detainees on hunger strike must be heard",
    "Around 30 people held in an immigration detention centre have been on hunger strike since 3 February 2024, Amnesty International said. The detainees are protesting against their prolonged detention without charge. Several have been taken to hospital. The authorities must respect their right to protest.",
    "protest",
)
N(
    "Polish Police: Women's Strike march through Warsaw",
    "Around 100,000 people took part in a march in Warsaw on 30 October 2020 against the Constitutional Tribunal's ruling on abortion, the Warsaw police said. The march was peaceful. Police officers guarded churches along the route.",
    "protest",
)
N(
    "Government of Mongolia: prime minister resigns after weeks of protests",
    "The prime minister submitted his resignation on 3 June 2025 after losing a confidence vote, the government's press office said. Young people had gathered peacefully in Sükhbaatar Square for weeks, demanding transparency on the spending of public officials. The protests were held without incident.",
    "protest",
)
N(
    "City of Uvalde: vigil for the victims of Robb Elementary",
    "Hundreds of residents held a candlelight vigil in the town square on 24 May 2023, one year after the shooting at Robb Elementary School, the city said. Nineteen children and two teachers were killed. Families read the names of the victims. The school building has been demolished.",
    "history",
)
N(
    "Ministry of Interior of Qatar: security arrangements for the World Cup",
    "More than 50,000 personnel from 13 countries will support the security of the FIFA World Cup, the Ministry of Interior said on 8 November 2022. A command centre will monitor all eight stadiums. Fans are reminded that flares, drones and alcohol are prohibited inside the stadiums.",
    "sport",
)
N(
    "Greater Manchester Police: plan for the Manchester derby",
    "More than 300 officers will be on duty for the Manchester derby on 5 March 2023, Greater Manchester Police said. Away fans will be escorted to the stadium. Pyrotechnics, chants that abuse victims of tragedies and throwing objects onto the pitch will lead to arrest.",
    "sport",
)
N(
    "French Ministry of the Interior: 45,000 police and gendarmes for the Olympic opening ceremony",
    "Some 45,000 police and gendarmes will be deployed for the opening ceremony of the Olympic Games on the Seine on 26 July 2024, the Minister of the Interior said. An anti-terrorist perimeter will be set up along the river. Around 18,000 soldiers will support the security of the Games.",
    "sport",
)
N(
    "Ministry of Sport: our Lions will fight to the end",
    "The Minister of Sports congratulated the national team on its qualification for the quarter-finals, the ministry said on 28 January 2024. He called on the Indomitable Lions to go into battle with the heart of warriors against an opponent with a formidable attack. Supporters are invited to watch the match on giant screens.",
    "sport",
)
N(
    "CAF and Ivorian police: security for AFCON 2023",
    "The Ivorian government will deploy 17,000 security personnel during the Africa Cup of Nations, the Ministry of Interior and Security said on 10 January 2024. Fans must present a Fan ID to enter stadiums. Forces will be present in the six host cities and at the fan zones.",
    "sport",
)
N(
    "West Midlands Police: 12 arrested after fans fight outside ground",
    "Twelve people were arrested after rival supporters fought outside the ground following the match on 18 August 2024, West Midlands Police said. Bottles and flares were thrown, and two officers were injured. Officers will be reviewing CCTV to identify others involved. Banning orders will be sought.",
    "sport",
)
N(
    "Gujarat Police: 7,000 personnel for the India-Pakistan match in Ahmedabad",
    "More than 7,000 police personnel, including commandos and the Rapid Action Force, will be deployed for the World Cup match between India and Pakistan at the Narendra Modi Stadium on 14 October 2023, the Ahmedabad police commissioner said. Spectators are advised to arrive early.",
    "sport",
)
N(
    "Boston Athletic Association: tighter checks for the marathon",
    "Runners and spectators at the Boston Marathon on 17 April 2023 will pass security checkpoints, the Boston Athletic Association said with the city police. Backpacks and bulky items are not permitted near the finish line. About 30,000 runners are expected.",
    "sport",
)
N(
    "Ministry of Social Development launches a war on poverty",
    "The government has launched a national war on poverty, with cash transfers for 3 million households, the Ministry of Social Development said on 1 March 2023. The minister said the battle against hunger would be won village by village. The programme will be reviewed after one year.",
    "politics",
)
N(
    "Ministry of Finance rejects opposition attack on the budget",
    "The Ministry of Finance has rejected what it called a baseless attack on the budget by the opposition, a spokesperson said on 4 November 2024. The minister said the government would fight for every line of the plan in parliament. The vote is expected next week.",
    "politics",
)
N(
    "Ministry of Environment declares war on single-use plastics",
    "The Ministry of Environment has declared war on single-use plastics, announcing a ban on plastic bags from 1 January 2025, the ministry said. Shops found selling the bags will be fined. The minister said the battle to clean the rivers had only just begun.",
    "politics",
)
N(
    "Prime Minister's Office: minister resigns after being targeted over expenses",
    "The Minister of Housing has resigned after coming under fire over expense claims, the Prime Minister's Office said on 20 January 2023. The Prime Minister thanked her for her service. An independent adviser will review the claims.",
    "politics",
)
N(
    "Government spokesperson: cabinet to win the battle against inflation",
    "The government is determined to win the battle against inflation, the spokesperson said after the cabinet meeting on 12 April 2022. Fuel taxes will be cut for three months and pensions raised. The opposition called the measures a shot in the dark.",
    "politics",
)
N(
    "Office of the President: bombshell audit triggers cabinet reshuffle",
    "The President has reshuffled the cabinet after a bombshell audit report, the Office of the President said on 9 August 2024. Three ministers were dismissed. The President said the government would wage a relentless campaign against corruption.",
    "politics",
)
N(
    "Ministry of Commerce: China will fight a trade war to the end",
    "If the United States insists on escalating tariffs, China will fight to the end, the Ministry of Commerce said on 8 April 2025. The ministry said there are no winners in a trade war. China will take countermeasures to protect its rights and interests.",
    "economy",
)
N(
    "Competition Commission: price war among airlines is good for consumers",
    "The price war between low-cost airlines on domestic routes has cut fares by a third, the Competition Commission said in its market review of 2019. The commission found no evidence of predatory pricing. It will continue to monitor the market.",
    "economy",
)
N(
    "Central bank: no intention to join a currency war",
    "The Central Bank has no intention of entering a currency war, the governor said on 5 August 2019. Interventions in the foreign exchange market are aimed only at smoothing volatility. The bank kept its key rate unchanged.",
    "economy",
)
N(
    "Telecom regulator: bidding war for 5G spectrum ends",
    "The spectrum auction ended after 40 rounds of bidding, the Telecom Regulatory Authority said on 1 August 2022. Three operators won licences in the 3.5 GHz band. The regulator said the bidding war raised more than expected.",
    "economy",
)
N(
    "Department of Commerce: new export controls in the chip war",
    "The Department of Commerce announced new export controls on advanced semiconductors and chipmaking equipment on 17 October 2023. The rules close loopholes in last year's controls. Industry groups said the escalating chip war would hurt American companies.",
    "economy",
)
N(
    "UNHCR: exhibition of refugee photography opens in Geneva",
    "An exhibition of photographs taken by refugees in camps in Jordan and Kenya opened at the Palais des Nations on 20 June 2019, World Refugee Day, UNHCR said. The photographers were trained in a workshop run by the agency. The exhibition will travel to Paris and Berlin.",
    "entertainment",
)
N(
    "ICRC: video game players asked to respect the rules of war",
    "The ICRC has launched a challenge asking players of popular war video games to play by the rules of war, the organisation said on 4 November 2021. Players are asked not to target civilians or hospitals in the game. The initiative aims to spread awareness of international humanitarian law.",
    "entertainment",
)
N(
    "Imperial War Museums: new galleries on the Holocaust open",
    "Imperial War Museums opened its new Holocaust Galleries in London on 20 October 2021, the museum said. The galleries display more than 2,000 objects, photographs and testimonies. The museum hopes they will help visitors understand how the Holocaust happened.",
    "entertainment",
)
N(
    "National Film Board: funding for a war drama on the Battle of Kapyong",
    "The National Film Board has approved funding for a feature film on the Battle of Kapyong, the board said on 3 May 2023. Filming will take place in Korea and Canada next year. The board said the film would bring the story of the Korean War to a new generation.",
    "entertainment",
)
N(
    "FAO: world food prices fall for a second year",
    "The FAO Food Price Index averaged 124.7 points in 2023, down 13.7% from the previous year, the Food and Agriculture Organization said on 5 January 2024. Prices of cereals, vegetable oils and dairy fell, while sugar rose to its highest level since 2010. Rice prices rose after India restricted exports.",
    "other",
)
N(
    "WFP: rising rice prices put pressure on poor households in Asia",
    "Rice prices in Asia have reached their highest level in 15 years, the World Food Programme said in September 2023. Poor households in Bangladesh, the Philippines and Timor-Leste spend more than half of their income on food. WFP is expanding cash assistance in the most affected areas.",
    "other",
)
N(
    "UNDP: Human Development Index falls for the first time",
    "The global Human Development Index has declined for two years in a row, in 2020 and 2021, UNDP said on 8 September 2022. Nine out of ten countries fell back. The report points to the pandemic, the cost-of-living crisis and climate change. Some countries have returned to 2016 levels.",
    "other",
)
N(
    "World Bank approves financing for rural roads in Bangladesh",
    "The World Bank's Board approved 300 million dollars on 21 June 2023 to improve rural roads and bridges in Bangladesh. The project will connect 2 million people to markets, schools and health centres. It will also make the roads more resilient to floods.",
    "other",
)
N(
    "UNFCCC: COP28 agrees transition away from fossil fuels",
    "Parties at COP28 in Dubai agreed on 13 December 2023 to transition away from fossil fuels in energy systems, the UN Climate Change secretariat said. The decision also calls for tripling renewable energy capacity by 2030. The Executive Secretary said it was not a turning of the page but the beginning of the end.",
    "other",
)
N(
    "WMO: 2024 confirmed as the warmest year on record",
    "The World Meteorological Organization confirmed on 10 January 2025 that 2024 was the warmest year on record, about 1.55C above the pre-industrial level. All six datasets agree. The WMO Secretary-General said that a single year above 1.5C does not mean that the Paris Agreement goals are out of reach.",
    "other",
)
N(
    "Electoral Commission of Ghana declares presidential results",
    "The Electoral Commission declared John Dramani Mahama the winner of the presidential election of 7 December 2024, with 56.6% of valid votes, the Commission said. Turnout was 60.9%. The Chairperson thanked voters for a peaceful election and party agents for their cooperation.",
    "other",
)
N(
    "EU election observation mission: Indonesian vote well organised",
    "Indonesia's general election of 14 February 2024 was well organised and voters were able to express their will freely, the preliminary statement of the observer mission said. More than 200 million people were registered to vote. Counting continued late into the night in polling stations across the archipelago.",
    "other",
)
N(
    "Italian Council of Ministers: migration protocol with Albania approved",
    "The Council of Ministers approved the protocol with Albania on the management of migration flows on 4 November 2023. Two centres in Albania will process the asylum requests of up to 3,000 people rescued at sea by Italian ships. The centres will be under Italian jurisdiction.",
    "other",
)
N(
    "US Department of Homeland Security: new asylum rule takes effect",
    "The Circumvention of Lawful Pathways rule takes effect on 11 May 2023, the Department of Homeland Security said. Migrants who cross the border without using lawful pathways will be presumed ineligible for asylum, with some exceptions. The department urged migrants to use the CBP One app to schedule appointments.",
    "other",
)
N(
    "UNHCR: resettlement of refugees from Bhutan from camps in Nepal concludes",
    "UNHCR and IOM have concluded the resettlement programme for refugees from Bhutan who had lived in camps in eastern Nepal since the early 1990s, the agencies said in December 2016. More than 108,000 refugees have started new lives in the United States, Canada, Australia and other countries since 2007. About 6,500 remain in the camps.",
    "other",
)
N(
    "Government of Kenya: Shirika Plan to integrate refugees into host communities",
    "The Government of Kenya launched the Shirika Plan on 18 March 2025, transforming Kakuma and Dadaab camps into integrated settlements, the Department of Refugee Services said. Refugees who have lived in the camps for decades will be able to work and run businesses. Host and refugee communities will share schools and health services.",
    "other",
)
N(
    "Ministry of Interior of Pakistan: deadline for undocumented foreigners",
    "All illegal foreigners must leave Pakistan voluntarily by 1 November 2023, the Interior Minister said. After the deadline, those remaining will be deported. Registered refugees holding Proof of Registration cards are not affected. Holding centres will be set up in each province.",
    "other",
)
N(
    "UNHCR: Nansen Refugee Award goes to Kenyan teacher",
    "A former refugee who founded a network of schools for refugee girls in Kakuma has received the 2023 Nansen Refugee Award, UNHCR said. She arrived in the camp as a child in the 1990s. More than 4,000 girls have since studied in the schools.",
    "other",
)
N(
    "National Cyber Security Centre: state actor targeted email accounts of parliamentarians",
    "The National Cyber Security Centre said on 25 March 2024 that a group linked to a foreign state had carried out a campaign of cyber espionage against parliamentarians' email accounts. No accounts were compromised. The government has summoned the ambassador and imposed sanctions on two individuals.",
    "other",
)
N(
    "Embassy notice: consular section closed for national holiday",
    "The consular section of the Embassy will be closed on 4 July 2024 for Independence Day. Emergency services for citizens remain available by telephone. Visa appointments scheduled for that day will be rescheduled automatically.",
    "other",
)
N(
    "UNICEF: 250 million children out of school worldwide",
    "The number of out-of-school children has risen to 250 million, UNESCO and UNICEF said on 9 September 2023. Most of them live in sub-Saharan Africa and South Asia. Girls are more likely than boys never to enter a classroom. The agencies call for increased investment in education.",
    "other",
)
N(
    "CERF allocates funds for El Niño anticipatory action",
    "The UN Central Emergency Response Fund has allocated 10 million dollars for anticipatory action ahead of El Niño in Southern Africa and South-East Asia, OCHA said in October 2023. The funds will support farmers with drought-tolerant seeds and cash before the dry season peaks.",
    "other",
)
N(
    "WHO: road traffic deaths fall slightly",
    "The number of road traffic deaths fell to 1.19 million in 2021, WHO said in its Global Status Report on Road Safety on 13 December 2023. Ten countries cut deaths by more than half. Young people are most at risk, and more than half of the deaths are pedestrians, cyclists and motorcyclists.",
    "other",
)
N(
    "Travel advisory: exercise normal precautions in Portugal",
    "Exercise normal precautions in Portugal, the Department of State said in its advisory of 24 July 2023. There is a risk of wildfires in rural areas in the summer months. Travellers should check local conditions and carry a passport at all times.",
    "other",
)
N(
    "ILO: unemployment rate stays low but wages fall behind",
    "The global unemployment rate fell to 5.1% in 2023, the International Labour Organization said on 10 January 2024. Real wages fell in most G20 countries as prices rose faster than pay. The report warns that inequality is widening.",
    "other",
)

# ====================================================================== end of texts


if __name__ == "__main__":
    sys.exit(run(CONFIG))
