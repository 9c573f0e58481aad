"""dev139 positives (2 of 4): live-page entries that report current organised violence in Gaza,
Israel, the West Bank, Lebanon, Syria, Yemen and Iran (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Gaza: at least 27 killed in Israeli strikes since dawn, civil defence says",
        "At least 27 Palestinians have been killed in Israeli strikes across the Gaza Strip "
        "since dawn, according to Gaza's civil defence agency, including nine in a single "
        "strike on a house in the Nuseirat refugee camp. Al Jazeera's Hani Mahmoud, "
        "reporting from Deir el-Balah, says drones have been hovering over the central areas "
        "all morning. The Israeli military said it was looking into the reports. We'll bring "
        "you more on this as we get it.",
        "E",
        "air strikes",
    ),
    (
        "Aid trucks enter Gaza through Kerem Shalom as UN warns of famine",
        "About 90 trucks carrying flour, baby food and medical supplies have crossed into "
        "Gaza through Kerem Shalom, the UN's humanitarian office says, the first to enter in "
        "11 weeks. Aid agencies say the amount is a fraction of what is needed, and the "
        "World Food Programme warns that famine conditions are spreading in the north. "
        "Several of the trucks were stopped and emptied by crowds of hungry people before "
        "reaching warehouses in Deir el-Balah.",
        "H",
        "aid convoy",
    ),
    (
        "Dozens killed near aid distribution point in Rafah, health ministry says",
        "At least 31 people were killed and more than 170 wounded when Israeli forces opened "
        "fire on crowds heading to a food distribution site in western Rafah before dawn, "
        "Gaza's health ministry said. The Israeli military said troops had fired warning "
        'shots at "suspects" who approached them. Witnesses told Reuters that people had '
        "been walking towards the site for hours in the dark in the hope of reaching food "
        "parcels.",
        "V H",
        "shooting near aid site",
    ),
    (
        "Thousands flee Gaza City as Israeli tanks push into Sheikh Radwan",
        "Israeli tanks have advanced into the Sheikh Radwan neighbourhood in the north of "
        "Gaza City, residents say, prompting thousands more people to leave for the south "
        "along the coastal road. The military has told residents that the city is a "
        '"dangerous combat zone" and that they must move to al-Mawasi. Families who spoke to '
        "the BBC's Gaza contributors said they had paid hundreds of dollars for a truck to "
        "carry their belongings.",
        "M D",
        "ground offensive",
    ),
    (
        "Settlers set fire to cars and homes in West Bank village, Palestinian officials say",
        "Dozens of Israeli settlers attacked the village of Beita south of Nablus overnight, "
        "setting fire to cars and two homes and throwing stones at residents, the "
        "Palestinian Red Crescent said. Four Palestinians were treated for injuries. The IDF "
        'said troops were sent to disperse what it called a "violent confrontation" and that '
        "no arrests had been made.",
        "V",
        "settler attack",
    ),
    (
        "Israeli forces launch large-scale operation in Jenin",
        "The Israeli military says it has begun a major counterterrorism operation in Jenin "
        "and its refugee camp, backed by drones and helicopters. Palestinian media report "
        "heavy exchanges of fire between troops and gunmen in the camp, and the Palestinian "
        "health ministry says at least eight people have been killed. Our military "
        "correspondent understands the operation is expected to last several days.",
        "M B",
        "raid",
    ),
    (
        "Lebanon: one dead as Israeli drone hits car near Nabatieh",
        "An Israeli drone strike on a car on the road between Nabatieh and Kfar Rumman "
        "killed one person on Monday, Lebanon's health ministry said. The Israeli military "
        "said it had targeted a Hezbollah operative who was trying to rebuild the group's "
        "infrastructure in the area. It is the latest of near-daily strikes despite the "
        "ceasefire agreed in November 2024.",
        "E",
        "drone strike",
    ),
    (
        "Pagers explode across Lebanon, wounding thousands",
        "15:50 BST: Hundreds of pagers used by Hezbollah members exploded almost "
        "simultaneously across Lebanon and parts of Syria this afternoon, the group and "
        "Lebanese officials say. Lebanon's health minister says at least eight people, "
        "including a young girl, have been killed and about 2,750 wounded, many of them "
        "seriously. Hospitals in Beirut's southern suburbs are overwhelmed and have appealed "
        "for blood donations.",
        "E H",
        "pager explosions",
    ),
    (
        "Iranian missile hits residential building in Bat Yam, six killed",
        "Update: Six people, including two children, were killed when an Iranian ballistic "
        "missile struck a residential building in Bat Yam overnight, Magen David Adom said. "
        "More than 100 people were wounded, and rescuers are still searching the rubble for "
        "missing residents. Iran's Revolutionary Guards said the barrage was aimed at "
        "military and intelligence sites. The Home Front Command has told Israelis to stay "
        "close to protected spaces through the day.",
        "E",
        "missile strike",
    ),
    (
        "Oil jumps 9% after Israel strikes Iran",
        "Brent crude jumped as much as 9% in early Asian trade after Israel launched strikes "
        "on Iranian nuclear facilities and military commanders overnight, the biggest "
        "intraday move since 2022. Gold rose and stock futures fell as investors sought "
        "safety. Analysts said much would depend on whether Iran retaliated against energy "
        "infrastructure in the Gulf.",
        "E M",
        "air campaign",
    ),
    (
        "Trump says US has struck three nuclear sites in Iran",
        "Breaking: US President Donald Trump says American aircraft have carried out strikes "
        "on three Iranian nuclear sites, including the underground enrichment plant at "
        'Fordow. "A full payload of bombs was dropped on the primary site," he wrote on '
        "Truth Social, adding that all aircraft were safely out of Iranian airspace. There "
        "has been no immediate comment from Tehran.",
        "E M",
        "air strikes",
    ),
    (
        "Houthis claim attack on Liberian-flagged bulk carrier in Red Sea",
        "Latest: Yemen's Houthis say they attacked a Liberian-flagged, Greek-operated bulk "
        "carrier in the Red Sea with drone boats and missiles, and the crew have abandoned "
        "ship, according to the UK Maritime Trade Operations agency. UKMTO said the vessel "
        "had first come under small-arms and rocket-propelled grenade fire from eight small "
        "craft off Hodeidah.",
        "E",
        "attack on shipping",
    ),
    (
        "US strikes on Sanaa kill at least 31, Houthi-run ministry says",
        "A wave of US air strikes on Houthi-held areas of Yemen overnight killed at least 31 "
        "people and wounded 101, most of them women and children, the Houthi-run health "
        'ministry said. President Trump had announced "decisive and powerful" military '
        "action against the group over its attacks on Red Sea shipping. Explosions were "
        "heard across Sanaa and in Saada province.",
        "E M",
        "air campaign",
    ),
    (
        "Sweida clashes: death toll passes 100 as thousands flee",
        "Update: Fighting between Druze militias and Bedouin tribal fighters in Syria's "
        "southern Sweida province has killed more than 100 people since Sunday, the Syrian "
        "Observatory for Human Rights says. Government troops sent to restore order have "
        "also clashed with Druze fighters, and thousands of residents have fled to villages "
        "in neighbouring Daraa. Israel says it has struck government tanks moving towards "
        "the city.",
        "B D E",
        "communal clashes",
    ),
    (
        "Latakia and Tartous: monitor puts Alawite civilian toll at 745",
        "The Syrian Observatory for Human Rights says at least 745 Alawite civilians have "
        "been killed in Latakia and Tartous provinces since Thursday, many of them shot in "
        "their homes or in the street by gunmen allied to the new authorities. The "
        "government says it is fighting remnants of the Assad regime who attacked its "
        "security forces, and has promised to punish anyone who harmed civilians. Al Jazeera "
        "has not been able to verify the figures.",
        "V B",
        "massacre",
    ),
    (
        "Mar Elias church bombing: at least 22 killed during Sunday mass in Damascus",
        "A suicide bomber opened fire and then blew himself up inside the Mar Elias church "
        "in Damascus's Dweila neighbourhood during Sunday mass, killing at least 22 people, "
        "Syria's health ministry says. The interior ministry blamed the Islamic State group.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Missile launched from Yemen intercepted, IDF says",
        "02:14: Sirens sounded in Tel Aviv, Jerusalem and communities around Ben Gurion "
        "Airport after a ballistic missile was launched from Yemen, the IDF says. The "
        "missile was intercepted and there are no reports of impacts, although Magen David "
        "Adom says two people were hurt while running to shelters.",
        "E",
        "missile attack",
    ),
    (
        "UN chief 'appalled' by strike on Nasser hospital that killed journalists",
        "UN Secretary-General Antonio Guterres says he is appalled by Monday's Israeli "
        "strikes on Nasser hospital in Khan Younis, which killed at least 20 people, among "
        "them five journalists and a rescue worker. The second strike hit as rescuers and "
        'reporters rushed to the scene of the first. Guterres called for an "immediate and '
        'impartial" investigation.',
        "E V H",
        "strike on hospital",
    ),
    (
        "Two gunmen open fire at Jerusalem bus stop, killing six",
        "Six people were killed and at least 12 wounded when two Palestinian gunmen opened "
        "fire at a bus stop at the Ramot junction in northern Jerusalem this morning, police "
        "say. An off-duty soldier and a civilian shot both attackers dead. Police are "
        "calling it a terror attack and have set up roadblocks around the city.",
        "T V",
        "shooting attack",
    ),
]
