"""dev55 positives: the Middle East (Gaza, Israel, the West Bank, Lebanon, Syria, Qatar, Yemen and
the Red Sea, Iraq, Iran), in the register of analysis, explainers, columns, obituaries and
long-form reports that carry a current event of armed conflict or its direct human consequences.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Analysis: Israel's push into Gaza City is a bet on time it may not have",
        "Israel's military says the new offensive is meant to dismantle what it calls Hamas's last stronghold, but it is unfolding in a city still home to hundreds of thousands of people. Since Monday, tanks have advanced into the Sabra and Tel al-Hawa districts while aircraft have levelled a string of residential towers after warning residents to leave. The UN says some 400,000 people have fled south in the past two weeks along the coastal road, many on foot. The government's own security chiefs are reported to have warned against the operation. Hospitals in the north say they are receiving dozens of wounded a day and cannot move their patients.",
        "M E D H",
        "offensive",
    ),
    (
        "What we know about the strike on tents in al-Mawasi",
        "An Israeli strike hit a cluster of tents in al-Mawasi, the coastal strip Israel has designated a humanitarian zone, before dawn on Tuesday, killing at least 19 people, among them eight children, Gaza's civil defence said. Witnesses said the blast left craters several metres deep among shelters made of plastic sheeting. The Israeli military said it had targeted a Hamas commander and taken steps to limit harm to civilians. Tens of thousands of displaced families live in the area.",
        "E V D M",
        "camp_strike",
    ),
    (
        "Obituary: Anas Darwish, the voice of Khan Younis",
        "Anas Darwish, whose dispatches from southern Gaza reached millions through Arabic satellite channels, was killed on Monday with four colleagues when a strike hit the tent they used as a newsroom outside Nasser hospital. He was 28. Press freedom groups said the tent was clearly known as a place where journalists worked. Darwish had broadcast through the war wearing the same blue vest, and had lost his father and two brothers in an earlier strike. His last broadcast, hours before the strike, described a night of bombardment in Khan Younis.",
        "E V",
        "attack_on_journalists",
    ),
    (
        "Explainer: What the famine finding for Gaza City means",
        "The Integrated Food Security Phase Classification, the UN-backed system that grades hunger, said on Friday that famine is now occurring in Gaza City and is likely to spread to Deir al-Balah and Khan Younis by the end of September. More than half a million people face starvation and death, it said, and acute malnutrition among children has passed the famine threshold. Doctors at the city's last paediatric ward say children are dying of hunger each week. Israel rejected the finding and said enough aid was entering.",
        "H",
        "famine",
    ),
    (
        "At Gaza's aid sites, hunger and gunfire arrive together",
        "The people who walk through the night to reach the food distribution points in Rafah know the risks, and they go anyway. On Saturday at least 31 people were killed and more than 170 wounded near one of the sites, the health ministry said, after gunfire broke out as crowds surged towards the gates. Witnesses said troops fired towards the crowd; the Israeli military said soldiers fired warning shots at suspects who approached them. Aid agencies say the new system has left families choosing between hunger and danger. Many of those who go are teenage boys sent by their families because they can run fastest. The foundation that runs the sites said the shootings took place outside its perimeter.",
        "V H",
        "shooting_near_aid_site",
    ),
    (
        "Analysis: The quiet emptying of the Jordan Valley",
        "No single order has displaced the Bedouin herders of the Jordan Valley; instead, one community after another has packed up after months of harassment. On Thursday the last 26 families of Ras Ein al-Auja began dismantling their homes after settlers set fire to two tents and drove off livestock overnight, residents said. A UN monitoring office says at least seven communities in the area have left since January.",
        "V D",
        "settler_attack",
    ),
    (
        "The West Bank camps emptied by Israel's 'Iron Wall' operation",
        "Four months into Israel's military operation in the northern West Bank, the refugee camps of Jenin, Tulkarm and Nur Shams remain empty of their residents. The UN says about 40,000 people have been displaced, the largest displacement in the territory since 1967. This week army bulldozers demolished more than a hundred homes in Tulkarm camp to widen roads, a step the military says is needed to stop armed groups from regrouping. Families sheltering in mosques and schools say they have been told they cannot go back this year.",
        "M D",
        "camp_operation",
    ),
    (
        "What we know about the pagers that exploded across Lebanon",
        "Thousands of pagers carried by members of Hezbollah exploded almost at the same moment on Tuesday afternoon in Beirut's southern suburbs, the south and the Bekaa valley. Lebanon's health minister said 12 people were killed, including two children, and about 2,800 wounded, many with injuries to their eyes and hands. Hospitals called for blood donations and were overwhelmed by the evening.",
        "E H",
        "device_explosions",
    ),
    (
        "Analysis: The Lebanon ceasefire that Israel keeps striking through",
        "Eight months after the ceasefire with Hezbollah took effect, Israel has kept up what its officials call enforcement strikes, and Lebanese officials say they have come close to daily. On Wednesday a drone strike on a car near Nabatieh killed two men, whom the Israeli military described as Hezbollah operatives moving weapons. Hezbollah has not fired back since the truce began. Diplomats say the pattern is eroding the Lebanese army's argument that it can disarm the group peacefully. The UN peacekeeping force has counted thousands of Israeli violations of the truce since it began.",
        "E M",
        "drone_strike",
    ),
    (
        "How the rebels took Aleppo in three days",
        "Few analysts predicted how fast the government lines would collapse. Fighters led by Hayat Tahrir al-Sham entered Aleppo on Friday and by Saturday held the citadel and the airport, as army units withdrew towards Hama. Russian and Syrian jets struck Idlib city and the roads north of Aleppo on Sunday, and monitors said at least 25 people were killed. Thousands of Kurdish families have fled the Sheikh Maqsoud district towards areas held by the Kurdish-led SDF. In Damascus, the government insisted its forces were regrouping for a counter-attack.",
        "B E D",
        "offensive",
    ),
    (
        "What we know about the killings on Syria's coast",
        "The violence began on Thursday with ambushes by gunmen loyal to the former government on security forces near Jableh, and turned into revenge killings as fighters allied to the new authorities poured into the coastal provinces. A monitoring group said more than 1,000 civilians, most of them Alawites, had been killed by Sunday, many shot in their homes or in the street in Baniyas. Videos verified by news agencies showed men in uniform forcing residents to crawl before shooting them. Thousands of people fled into the countryside or to the Russian air base at Hmeimim. The president promised to punish anyone who harmed civilians. The UN called for an independent inquiry.",
        "V B D",
        "massacre",
    ),
    (
        "Islamic State's ghosts return to the desert of Deir ez-Zor",
        "The Kurdish-led SDF has long warned that Islamic State cells were regrouping in the desert east of the Euphrates, and the past week has borne that out. On Tuesday militants ambushed an SDF patrol near the town of Busayrah, killing five fighters, and the group claimed the attack through its news agency. Two days later a roadside bomb wounded three more.",
        "B T E",
        "ambush",
    ),
    (
        "Insurers lift Red Sea premiums after the Houthis sink a bulk carrier",
        "War-risk insurance for ships crossing the southern Red Sea has doubled this week, brokers in London said, undoing months of slow decline in which some container lines had begun to test the route again. Premiums now stand at about 1% of a vessel's value for a single transit, a cost of a million dollars or more for a large bulk carrier. The spike followed a Houthi attack on the Liberian-flagged bulk carrier Eternity C, which was struck by drones and rocket-propelled grenades fired from skiffs on Monday and sank on Tuesday; the EU naval mission said at least three crew members were killed and others remain missing. The Houthis said they targeted the ship because its owners' other vessels called at Israeli ports. Most container lines still sail around Africa, adding ten days and about a million dollars in fuel to each round trip.",
        "E",
        "maritime_attack",
    ),
    (
        "US strikes on Ras Isa port: what the Pentagon has said and what it hasn't",
        "US aircraft struck the Ras Isa fuel terminal on Yemen's Red Sea coast on Thursday night, in the deadliest single attack of Washington's campaign against the Houthis. Houthi health officials said at least 74 people were killed and 171 wounded, many of them port workers and tanker drivers. Central Command said the strikes were meant to cut the group's fuel revenue and gave no figure for casualties.",
        "E M",
        "airstrike",
    ),
    (
        "Fighting flares on Yemen's Marib front as talks stall",
        "For more than two years the lines around Marib barely moved, and the truce that began in 2022 largely held. This week Houthi fighters attacked government positions in the Raghwan and Harib districts, and clashes killed at least 12 fighters on both sides, military officials said. Tribal leaders say the attacks are probing for weakness ahead of any new round of talks. Several hundred families displaced years ago live in camps near the front line.",
        "B D",
        "clashes",
    ),
    (
        "US retaliation hits 85 targets in Iraq and Syria",
        "American bombers struck 85 targets at seven sites in Iraq and Syria on Friday night, the Pentagon said, in response to the drone attack that killed three US soldiers at a base in Jordan last week. Iraq's government said 16 people were killed, including civilians, and called the strikes a violation of its sovereignty. The targets included command centres and weapons stores used by Iran's Revolutionary Guards and allied militias. US officials said more strikes would follow. The strikes lasted about 30 minutes, and officials said they had told Baghdad in advance.",
        "E M",
        "air_campaign",
    ),
    (
        "Iran's missile strike on Erbil widens a regional crisis",
        "Iran's Revolutionary Guards said late on Monday they had fired ballistic missiles at what they called an Israeli espionage headquarters in Erbil, the capital of Iraqi Kurdistan. The Kurdistan regional government said the missiles hit a private home and killed a prominent businessman and his infant daughter, and that four others were killed nearby.",
        "E M",
        "missile_strike",
    ),
    (
        "Why Iran's protests have not burned out",
        "Three months after the death of Mahsa Amini in the custody of the morality police, the protests have become smaller but angrier, and the state's response harsher. On Friday security forces opened fire on protesters and worshippers leaving prayers in Zahedan, killing at least 66 people, according to rights groups, in the deadliest day since the unrest began. Authorities said armed separatists started the violence. Two protesters have been executed this month. Families of the dead say they have been pressed to bury them quietly at night.",
        "U V",
        "crackdown",
    ),
    (
        "Explainer: Israel's strike on Evin prison",
        "Israeli aircraft struck Tehran's Evin prison on Monday, hitting the entrance gate, the administrative building and the clinic, according to images verified by news agencies. Iran's judiciary later said 71 people were killed, including staff, visitors and relatives of inmates waiting at the gate. Israel's defence minister said the strike targeted a symbol of the regime's repression.",
        "E M",
        "airstrike",
    ),
    (
        "A night of two attacks: the Jaffa shooting and Iran's missiles",
        "Tuesday evening began with a shooting at a light rail stop on Jerusalem Boulevard in Jaffa, where two gunmen killed seven people, police said, calling it a terror attack. Within the hour Iran's Revolutionary Guards fired some 180 ballistic missiles at Israel in what they said was revenge for the killing of Hezbollah's leader. Most were intercepted, but fragments hit homes and a school, and a Palestinian man was killed in Jericho. Analysts say the two events are unrelated.",
        "V T E M",
        "shooting_attack",
    ),
    (
        "Gaza's hospitals run out of everything but patients",
        "Doctors at al-Ahli Arab hospital in Gaza City say they have been treating wounded people on the floor since the generators failed last week. On Sunday a strike hit the hospital's emergency department and pharmacy after a warning call gave staff 20 minutes to evacuate, the Anglican diocese that runs it said; a child being moved out died. Patients were wheeled into the courtyard and the street, some still attached to drips. The Israeli military said Hamas used the building as a command post. The World Health Organization says fewer than half of Gaza's hospitals are even partly working.",
        "E V H M",
        "hospital_strike",
    ),
    (
        "Lebanon's schools become shelters as a million people flee",
        "In three days of Israeli air strikes across south Lebanon and the Bekaa valley, which Israel's military said targeted Hezbollah weapons sites, the health ministry said 558 people were killed, among them 50 children. The government said close to a million people had fled their homes, and families were sleeping on the Beirut seafront and in cars along the coastal road. Public schools have been turned into shelters, putting off the start of the school year. Hospitals in Tyre and Nabatieh have begun moving patients north.",
        "E M D H",
        "air_campaign",
    ),
    (
        "What we know about the Iranian missile that hit Bat Yam",
        "An Iranian ballistic missile hit a residential street in Bat Yam, south of Tel Aviv, shortly before 1am on Sunday, killing six people and wounding about 200, Israel's emergency service said. Several apartment buildings were damaged beyond repair. Search teams worked through the day with dogs to reach people believed trapped under rubble. The municipality said hundreds of residents had been moved to hotels.",
        "E D",
        "missile_strike",
    ),
    (
        "What Israel's strike in Doha says about the future of Gaza talks",
        "Israel's strike on a residential compound in Doha on Tuesday, which Hamas said killed five of its members and a Qatari security officer but missed the negotiators it was aimed at, suggests that Israel no longer sees mediation as a reason for restraint. Qatar, which hosts the group's political office at Washington's request, called the attack state terrorism and said it was reviewing its role as a mediator. The Israeli military said its aircraft had struck senior Hamas leaders responsible for the October 7 attack. Gulf states that had been moving closer to Israel condemned it in unusually strong terms.",
        "E M",
        "airstrike",
    ),
    (
        "Obituary: Abu Ali Haidar, the Hezbollah commander who built its rocket force",
        "Abu Ali Haidar, who joined Hezbollah in its first years and rose to command the group's rocket and missile units, was killed on Tuesday evening when an Israeli strike destroyed the upper floors of a building in Beirut's southern suburbs, the group said. The Israeli military said it had targeted him over a rocket attack on the Golan Heights that killed 12 children on a football pitch at the weekend. Lebanon's health ministry said two children and a woman living in the building were also killed, and dozens of people were wounded. Born in a village near Tyre, Haidar fought Israel's occupation of the south in the 1980s and was wounded twice. He was 62.",
        "E M V",
        "airstrike",
    ),
]
