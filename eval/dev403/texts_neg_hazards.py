"""dev403 negatives, daily life's hazards: crime, accidents, disasters, health."""

NEGATIVES = [
    # history
    (
        "Man shot dead in Hebron family feud; police arrest suspects",
        "HEBRON, September 11, 2021 (WAFA) - A 40-year-old man was shot dead and two of his relatives "
        "were wounded on Saturday in a dispute between two families in the Wadi al-Haria area of "
        "Hebron, police said. "
        "Police spokesman Colonel Louai Irzeiqat said the quarrel, which began over a parking space, "
        "escalated into an exchange of gunfire between members of the two families. "
        "Police arrested five suspects and seized two rifles and a pistol, and the case was referred "
        "to the public prosecution. "
        "Clan elders met late into the night to agree a tribal truce, known as atwa, to prevent revenge "
        "killings. "
        "Shops in the area closed and police reinforcements were deployed as a precaution. "
        "The governor of Hebron called on residents to hand in unlicensed weapons, and warned that "
        "anyone who took the law into his own hands would be prosecuted. "
        "The shooting is the latest in a series of family disputes in the southern West Bank involving "
        "firearms.",
        "crime",
    ),
    (
        "Child wounded by celebratory gunfire at wedding in Jenin district",
        "JENIN, August 19, 2020 (Ma'an) - A nine-year-old boy was seriously wounded on Tuesday night when "
        "he was hit by a stray bullet fired into the air during a wedding in the village of Ya'bad, "
        "south-west of Jenin, police said. "
        "The boy was taken to Jenin Governmental Hospital with a head wound and was later moved to "
        "Nablus for surgery. "
        "Police said they had arrested the man who fired the shots and seized an M16 rifle. "
        "Celebratory gunfire at weddings and after Tawjihi results has caused several deaths in the "
        "West Bank in recent years, despite campaigns by the police and religious leaders. "
        "The governor of Jenin announced that any wedding at which weapons were fired would be "
        "stopped and the hosts prosecuted. "
        "The boy's family appealed to people to celebrate with songs, not bullets. "
        "Doctors in Nablus said his condition had stabilised after the operation.",
        "crime",
    ),
    (
        "Police uncover cannabis farm and seize thousands of plants near Jenin",
        "JENIN, October 2, 2018 (Al-Quds) - Palestinian police said on Tuesday they had uncovered a "
        "cannabis plantation in the hills near the village of Rummana, west of Jenin, and seized more "
        "than 4,000 plants. "
        "The anti-narcotics department said three suspects were arrested during the raid and a fourth "
        "fled towards the Separation Wall. "
        "Police said the plantation was irrigated with water pumped from a nearby spring and that the "
        "crop was intended for sale in Israel. "
        "Colonel Abdel Jabbar Barghouti, head of the anti-drugs unit, said the force had waged a war on "
        "dealers this year and seized a record quantity of drugs. "
        "He said the proximity of areas under Israeli control, where Palestinian police cannot operate, "
        "helped smugglers. "
        "The plants were burned under the supervision of the prosecution. "
        "The suspects were remanded in custody for 15 days pending investigation.",
        "crime",
    ),
    (
        "Court sentences car theft gang members in Nablus",
        "NABLUS, February 15, 2017 (Palestine TV) - A Nablus court sentenced four members of a gang that "
        "stole cars in Israel and sold them in the West Bank to prison terms of between three and seven "
        "years, the public prosecution said. "
        "The gang brought about 70 stolen vehicles through the villages near the Green Line and "
        "dismantled them in workshops in Huwara and Beita, selling the parts in local markets. "
        "Police seized dozens of engines and number plates during raids last year. "
        "The prosecution said unlicensed cars, known locally as “mashtoba”, remained a danger on the "
        "roads and a source of funding for criminal networks. "
        "The police have destroyed more than 10,000 such vehicles since 2012. "
        "The defendants' lawyers said they would appeal. "
        "Insurance companies in Nablus said thefts of cars registered in the West Bank had also risen, "
        "and urged owners to fit tracking devices.",
        "crime",
    ),
    # accident
    (
        "Fire in Jabalia flat kills 21 people from one family",
        "GAZA, November 17, 2022 (WAFA) - Twenty-one members of one family, including children, died on "
        "Thursday evening when a fire broke out in their apartment in the Jabalia refugee camp, the "
        "civil defence said. "
        "The blaze started on the fourth floor of the building, where the Abu Rayya family had gathered "
        "to celebrate a relative's return from Egypt. "
        "Investigators said large quantities of petrol stored inside the flat had caught fire, trapping "
        "those inside. "
        "Firefighters needed more than an hour to bring the fire under control, hampered by a lack of "
        "ladders tall enough to reach the upper floors. "
        "President Mahmoud Abbas declared a day of national mourning and ordered flags flown at half "
        "mast. "
        "Egypt offered to treat any survivors, but all those inside were killed. "
        "Residents said many families store fuel at home because of frequent power cuts. "
        "The family was buried on Saturday in the Jabalia cemetery in a funeral attended by thousands.",
        "accident",
    ),
    (
        "Nuseirat market blast: death toll rises to 14 after bakery fire",
        "GAZA, March 7, 2020 (Ma'an) - The death toll from a fire that swept through a bakery and nearby "
        "shops in the central market of Nuseirat camp rose to 14 on Saturday after two more of the "
        "injured died in hospital, the Ministry of Health said. "
        "The fire broke out on Thursday when a gas cylinder exploded in the bakery, the interior "
        "ministry said, and spread to a car and neighbouring stalls crowded with shoppers. "
        "More than 50 people were injured, many of them with severe burns, and several were transferred "
        "to hospitals in Egypt. "
        "The interior ministry ruled out any criminal or security motive. "
        "Civil defence officials said the narrow alleys of the market had prevented fire engines from "
        "reaching the blaze quickly. "
        "The Gaza authorities announced compensation for the families of the dead and the owners of "
        "destroyed shops. "
        "It was the deadliest fire in Gaza in years, and shop owners in the market called for gas cylinders "
        "to be stored away from crowded streets.",
        "accident",
    ),
    (
        "Six dead as minibus and truck collide on Wadi al-Nar road",
        "BETHLEHEM, December 11, 2017 (Al-Quds) - Six people were killed and nine injured on Monday when "
        "a Ford minibus and a truck collided on the steep Wadi al-Nar road east of Bethlehem, the civil "
        "defence said. "
        "The passengers were workers and students travelling from Hebron to Ramallah on the only road "
        "Palestinians can use between the south and the centre of the West Bank. "
        "Witnesses said the truck's brakes appeared to fail on the descent. "
        "The injured were taken to the Beit Jala government hospital, where two were in critical "
        "condition. "
        "Drivers' unions have long called for the road, known for its sharp bends, to be widened. "
        "Police said more than 130 people had died in road accidents in the West Bank this year. "
        "The Ministry of Transport said it would install speed cameras and new crash barriers on the road "
        "early next year, and that drivers of public transport would face stricter licence checks.",
        "accident",
    ),
    # disaster
    (
        "Storm floods Gaza homes and tents; hundreds of families evacuated",
        "GAZA, January 17, 2019 (Palestine TV) - Heavy rain and strong winds flooded hundreds of homes "
        "in low-lying areas of the Gaza Strip on Thursday, forcing the civil defence to evacuate about "
        "300 families to schools and community centres. "
        "The worst affected areas were the al-Nasr neighbourhood of Gaza City, the Sheikh Radwan pool "
        "and the northern town of Beit Lahia, where rainwater mixed with sewage. "
        "Civil defence crews used boats to rescue residents trapped on upper floors. "
        "The Ministry of Social Development said it would provide mattresses and blankets to the "
        "affected families. "
        "Engineers said the drainage network had been unable to cope with the volume of rain, and "
        "that power cuts had stopped pumping stations. "
        "Schools were closed for the day, and fishermen were warned not to go to sea. "
        "The meteorological department said the depression would move away by Saturday, with more rain "
        "expected next week.",
        "disaster",
    ),
    (
        "Snowstorm cuts roads in Hebron hills, army of volunteers clears villages",
        "HEBRON, January 9, 2015 (WAFA) - Snow up to 40 centimetres deep blocked roads in the Hebron "
        "hills and cut power to dozens of villages on Friday as storm Huda swept across the region, the "
        "civil defence said. "
        "An army of volunteers with tractors and shovels worked through the night to open roads to "
        "Halhul, Sa'ir and Bani Na'im, residents said. "
        "A 60-year-old man died of carbon monoxide poisoning from a heater in Yatta, and dozens of "
        "people were treated for falls. "
        "Government offices, schools and universities were closed until Sunday. "
        "The Ministry of Agriculture said greenhouses in the Jordan Valley had been damaged and "
        "livestock had died in the cold. "
        "The meteorological department forecast more snow overnight on high ground. "
        "Bakeries in Hebron ran short of flour after delivery trucks were unable to reach them, and the "
        "municipality opened its stores of salt and fuel to clear the main streets.",
        "disaster",
    ),
    (
        "Earthquake tremor felt across West Bank; no damage reported",
        "RAMALLAH, February 6, 2023 (Ma'an) - Residents of the West Bank and Gaza felt tremors early on "
        "Monday from the powerful earthquake that struck southern Turkey and northern Syria, and many "
        "left their homes for the streets. "
        "The Earth Sciences Centre at An-Najah National University said the tremor registered about "
        "4 on the Richter scale in the Nablus area. "
        "The civil defence said it received hundreds of calls but no damage or injuries were reported. "
        "Engineers warned that many older buildings in the refugee camps and Nablus's old city did not "
        "meet seismic standards. "
        "President Abbas sent condolences to Turkey and Syria, and the government dispatched a civil "
        "defence rescue team to help in the search for survivors. "
        "Schools held earthquake drills later in the week. "
        "The centre said the region sits on the Dead Sea fault and that a major quake strikes it roughly "
        "once a century.",
        "disaster",
    ),
    # health
    (
        "Vaccination campaign begins in West Bank with health workers and the elderly",
        "RAMALLAH, March 21, 2021 (WAFA) - The Ministry of Health began its coronavirus vaccination "
        "campaign in the West Bank on Sunday, starting with health workers and people over 75, Minister "
        "Mai al-Kaila said. "
        "Vaccination centres opened in all 11 governorates, and the ministry said 60,000 doses of the "
        "AstraZeneca vaccine had arrived through the COVAX facility. "
        "Al-Kaila said hospitals in Nablus, Hebron and Ramallah were at full capacity as infections "
        "surged, and that intensive care units were overwhelmed. "
        "The government extended the lockdown on weekends and closed schools for another two weeks. "
        "The ministry urged people to register on its website and warned against rumours about the "
        "vaccine spread on social media. "
        "Gaza's health ministry said it had received separate doses through the Rafah crossing. "
        "The ministry said it hoped to vaccinate 60 percent of adults by the end of the year, but warned "
        "that supplies depended on deliveries from abroad.",
        "health",
    ),
    (
        "Breast cancer screening campaign reaches villages of Salfit and Qalqilya",
        "SALFIT, October 18, 2022 (Al-Quds) - A mobile mammography unit began touring villages in the "
        "Salfit and Qalqilya governorates on Tuesday as part of the Ministry of Health's breast cancer "
        "awareness month. "
        "The ministry said about 3,000 women had been screened free of charge in the first two weeks of "
        "the campaign, and that breast cancer was the most common cancer among Palestinian women. "
        "Doctors said late diagnosis meant many women began treatment when the disease had already "
        "spread, and that screening could save lives. "
        "The campaign, run with women's charities, also includes lectures in schools and mosques. "
        "Patients who need radiotherapy are still referred to hospitals in Jerusalem, as the West Bank "
        "has no radiotherapy unit of its own. "
        "Pink ribbons were hung on government buildings in Salfit for the month. "
        "Women who need a follow-up examination will be referred to the government hospital in Salfit, the "
        "ministry said.",
        "health",
    ),
]
