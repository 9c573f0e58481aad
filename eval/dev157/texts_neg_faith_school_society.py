"""dev157 negatives: religion, education and society (holidays, prayers, exams for displaced
pupils, a wedding in a camp, returns), the war as background only."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ukrainians mark Christmas on Dec. 25 for the first time under the new church calendar",
        "Millions of Ukrainians celebrated Christmas on Monday, the first time the "
        "holiday has been an official public holiday on Dec. 25 rather than on Jan. "
        "7, after the Orthodox Church of Ukraine and the Greek Catholic Church "
        "switched to the revised Julian calendar in September. Services were held "
        "across the country on Sunday night, with curfew exemptions granted in "
        "several cities so that worshippers could attend midnight liturgies. In "
        "Kyiv's St Michael's Golden-Domed Monastery, Metropolitan Epifaniy told a "
        'packed cathedral that the change was "a step away from Moscow\'s world." '
        "Polls by the Kyiv International Institute of Sociology show that a majority "
        "of Ukrainians support the move, although many families said they would "
        "still gather on Jan. 7 as well. The Ukrainian Orthodox Church, formerly "
        "tied to the Moscow Patriarchate, kept the old calendar, and its parishes "
        "will celebrate in January. Carol singers went from door to door in Lviv and "
        "Ivano-Frankivsk, collecting money for military units and hospitals, a "
        "tradition that has grown since 2022. President Volodymyr Zelensky signed "
        'the law moving the holiday in July, saying Ukrainians wanted "to live '
        'their own traditions." Shops in central Kyiv reported strong sales of '
        "decorations, and the main Christmas tree on Sophia Square was decorated "
        "with ornaments made by children.",
        "other",
    ),
    (
        "Kharkiv's second underground school opens its doors to 900 pupils",
        "A second underground school built to protect children from air attacks "
        "opened in Kharkiv's Saltivka district on Monday, allowing about 900 pupils "
        "from three nearby schools to study in person in two shifts. The school, "
        "built six meters below ground under a former school yard, has 20 "
        "classrooms, a canteen, a medical room and air filtration, and can withstand "
        "a direct hit by artillery shells, Mayor Ihor Terekhov said at the opening. "
        "Most schools in Kharkiv have taught online since February 2022, and classes "
        "in metro stations, opened in 2023, served only a few hundred children. Many "
        "of the pupils come from families that moved to Kharkiv from occupied or "
        'frontline towns in the region, such as Kupiansk and Vovchansk. "For two '
        'years my son saw his classmates only in little squares on the screen," the '
        "mother of a fifth-grader told the Kyiv Independent. Teachers said the "
        "biggest challenge would be to help children who had never sat in a "
        "classroom catch up on social skills. The construction cost about 200 "
        "million hryvnias and was financed from the city budget and by international "
        "donors. Terekhov said three more underground schools are under construction "
        "and should open next year. National multi-subject tests for graduates will "
        "also be held in the new school in June.",
        "other",
    ),
    (
        "Fourth Friday of Ramadan passes quietly at Al-Aqsa as West Bank permits stay limited",
        "Tens of thousands of Muslim worshippers attended Friday prayers at the "
        "Al-Aqsa Mosque on the fourth Friday of Ramadan, the Islamic Waqf said, a "
        "smaller turnout than in previous years due to restrictions on entry from "
        "the West Bank. The Coordinator of Government Activities in the Territories "
        "allowed men over 55, women over 50 and children under 10 from the West Bank "
        "to enter Jerusalem with a permit, and only after security checks at the "
        "Qalandiya and Bethlehem checkpoints. Police deployed thousands of officers "
        "in the Old City and around the compound, and the prayers ended without "
        "incident, a police spokesman said. Residents of East Jerusalem and Arab "
        "citizens of Israel arrived from early morning, and buses brought "
        "worshippers from the Galilee and the Negev. Far-right Minister Itamar Ben "
        "Gvir had called for tighter restrictions, but the cabinet adopted the "
        "recommendations of the security services. Shopkeepers in the Old City's "
        "markets said business was weak compared to the holiday seasons before the "
        "war. \"In my family's shop, Ramadan used to be the best month of the "
        'year," a spice seller on al-Wad Street told Haaretz. Many worshippers '
        "broke their fast after sunset on the steps near Damascus Gate. The Waqf "
        "estimated the attendance at around 80,000, against more than 200,000 in "
        "some earlier years.",
        "other",
    ),
    (
        "Gaza's Tawjihi students sit their exams online from tents and internet points",
        "Thousands of students in the Gaza Strip began their general secondary "
        "examinations (Tawjihi) on Saturday, taking the tests electronically through "
        "a platform set up by the Ministry of Education and Higher Education, WAFA "
        "reported. The Ministry said 1,500 students were registered for the first "
        "session of the exams for the class that was unable to sit the exam in 2024, "
        "and that another session would be organized for this year's class. Students "
        "logged on from homes, tents and internet points run by local initiatives in "
        "Deir al-Balah, Khan Younis and Gaza City, where volunteers provided "
        "electricity from solar panels. The Minister of Education, Amjad Barham, "
        'said that holding the exam was "a victory for the will to learn" and that '
        "the results would be recognized by universities in Palestine and abroad. "
        "Technical teams monitored the exam to ensure students' connections remained "
        "stable, and students who lost their connection were given extra time. "
        "Nearly all of Gaza's school buildings have been damaged or turned into "
        "shelters since the war began, and most students have studied through online "
        'lessons and temporary learning spaces over the past two years. "I studied '
        'by the light of my phone for months, I just wanted to finish," a student '
        "in al-Mawasi told WAFA. In the West Bank, the exams for this year's class "
        "began in schools on the same day. Results are expected in August. In Gaza "
        'City, an initiative called "Our Tawjihi" set up a hall with 60 laptops in '
        "a partly damaged university building, where students took turns to sit the "
        "papers. Parents waited outside for hours, some of them carrying water and "
        "food for their children. Students in the north of the Strip said that the "
        "biggest worry was the internet, which often drops for hours. The Ministry "
        "said that students who could not connect would have a chance to sit the "
        "exams in a make-up session.",
        "other",
    ),
    (
        "Returning home: Syrian families leave Lebanon through Masnaa as the UN "
        "expands its return program",
        "Long lines of cars and minibuses loaded with mattresses, gas cylinders and "
        "furniture crossed the Masnaa border point into Syria on Monday, as Syrian "
        "families living in Lebanon took advantage of a UN-supported voluntary "
        "return program launched this month. The UNHCR said around 400,000 Syrians "
        "had returned from Lebanon since the fall of Bashar al-Assad's regime last "
        "December, and that it was offering transport and a cash grant of 100 "
        "dollars per person to those who register. Lebanon's General Security waived "
        "fines for overstaying residency permits for refugees who leave through "
        "official crossings before the end of September. Many of the families lined "
        'up at Masnaa had lived in tents in the Bekaa for more than a decade. "My '
        'children were born in Bar Elias; they have never seen Homs," a father of '
        "four told L'Orient Today as he waited for his papers to be stamped. Aid "
        "workers say the main obstacles to return are destroyed homes, the lack of "
        "jobs and uncertainty over property documents in Syria. Lebanese ministers "
        "have pushed for faster returns, saying the country cannot bear the cost of "
        "hosting more than a million refugees. Some families said they would send "
        "one member ahead to check on their homes before the rest follow.",
        "other",
    ),
    (
        "Forty couples wed in a mass ceremony in an Atmeh camp",
        "Forty couples from the displacement camps near the town of Atmeh in "
        "northern Idlib celebrated their weddings together on Thursday evening, in a "
        "mass ceremony organized by a local charity to help young people who cannot "
        "afford the cost of marriage. The charity covered the costs of the dowry, "
        "furniture, clothes and a tent for each couple, as well as a meal for more "
        "than 1,000 guests, its director told Enab Baladi. Grooms in suits arrived "
        "in a procession of decorated cars, while the brides celebrated separately "
        "in a wedding hall rented in the town. Families played traditional dabke "
        "music late into the night on a dirt field between the tents. Many of the "
        "couples grew up in the camps after their families were displaced from the "
        'countryside of Hama, Aleppo and Idlib during the years of fighting. "We '
        "had the engagement two years ago, and we were waiting until we could buy a "
        'mattress and a gas stove," said a 23-year-old groom who works as a day '
        "labourer in construction. The cost of a wedding in northwestern Syria has "
        "risen sharply with the collapse of the Turkish lira, which is used in the "
        "region. Local councils have set ceilings on dowries in some towns in an "
        "attempt to encourage marriage. The charity said it had received more than "
        "300 applications and hopes to organize a second ceremony before the winter. "
        "Women in the camp spent days preparing sweets and decorating the tents with "
        "lights powered by solar panels. The couples will live in new tents set up "
        "next to their families', and some hope to move to houses being built by aid "
        'organizations in the area. "It is not the wedding I dreamed of as a girl, '
        "but it is our wedding,\" a bride told the charity's media team.",
        "other",
    ),
    (
        "Sudan certificate exams held for displaced students in 10 states and abroad",
        "More than 340,000 students sat the Sudan Secondary Certificate examinations "
        "on Saturday in the states under government control and in centres in Egypt, "
        "Chad, Saudi Arabia and other countries, the Ministry of Education said. It "
        "is the first time the exams are held since the war started in April of last "
        "year, which forced the cancellation of the previous session. Many of the "
        "candidates are displaced students who fled Khartoum, El Gezira and Darfur "
        "and are now living in shelters and with host families in Kassala, Gedaref, "
        "River Nile and Port Sudan. In the Chadian town of Adré, about 1,200 "
        "Sudanese refugee students took the exams at a centre organised with UNHCR "
        "and the Chadian authorities. The minister said students in areas controlled "
        "by the Rapid Support Forces could not take part, and that a special session "
        "would be organised for them later. Teachers' committees criticised the "
        "decision, saying it deprived tens of thousands of students of their right "
        "to sit the exams. In Kassala, some schools used as shelters for displaced "
        'families were vacated temporarily for the examination week. "I lost my '
        "books when we left Omdurman, I studied from notes that my friends sent on "
        'WhatsApp," a candidate in Port Sudan told Sudan Tribune. The exams run '
        "until the end of the month, and results are expected in February.",
        "other",
    ),
    (
        "Timkat in Gondar celebrated under state of emergency with fewer visitors",
        "Thousands of Orthodox Christian faithful celebrated Timkat, the Ethiopian "
        "Epiphany, in Gondar on Friday, but the crowds at Fasilides' Bath were far "
        "smaller than in past years as the state of emergency in the Amhara region "
        "kept visitors and tourists away. Priests carried the tabots, replicas of "
        "the Ark of the Covenant, from the city's churches to the pool on Thursday "
        "afternoon, accompanied by chanting deacons and women ululating along the "
        "streets. Hotel owners told Addis Standard that occupancy was below 30 "
        "percent, compared with full bookings before the outbreak of the conflict in "
        "the region last year. Flights between Addis Abeba and Gondar were "
        "operating, but travel by road remained difficult, and several tour "
        "operators cancelled packages. The Command Post overseeing the state of "
        "emergency had banned the carrying of weapons and the use of motorcycles "
        "during the festival. The Ethiopian Orthodox Tewahedo Church called on the "
        "faithful to pray for peace and reconciliation in the country. In Addis "
        "Abeba, celebrations at Jan Meda drew large crowds and went ahead as usual. "
        "Timkat, inscribed by UNESCO as intangible cultural heritage, usually draws "
        "tens of thousands of pilgrims and foreign visitors to Gondar and Lalibela. "
        'Young people in Gondar said they had celebrated with "quiet hearts" this '
        "year. Traders who usually rent out rooms to pilgrims said they had few "
        "guests, and souvenir sellers at the bath complained of empty stalls. The "
        "regional culture and tourism bureau said it was working to restore "
        "confidence among tour operators. Lalibela, which also attracts visitors for "
        "the holiday, reported similarly low numbers.",
        "other",
    ),
    (
        "Somalia's national exams draw record number of candidates, including from "
        "newly accessible districts",
        "A record 38,000 students sat the national secondary school examinations "
        "across Somalia this week, the Ministry of Education said, including "
        "candidates from districts where exams had not been held for more than a "
        "decade. Students in several towns of Hiiraan and Middle Shabelle, where "
        "government control has been restored, took the exams in schools reopened "
        "with funding from donors, ministry officials told Hiiraan Online. The "
        "ministry said it had deployed about 2,000 invigilators and used coded exam "
        "papers to prevent leaks, which had marred exams in previous years. Girls "
        "made up 45 percent of the candidates, the highest share ever recorded. In "
        "Mogadishu, students queued at exam centres from early morning, with many "
        "saying they planned to apply for scholarships abroad. Somalia introduced "
        "unified national exams in 2017 after decades in which schools followed "
        "different curricula from Arab and Western donors. The Minister of Education "
        "said the government would soon introduce a new national curriculum in "
        "Somali for all secondary schools. Results of the 2026 examinations are "
        "expected to be released in August. Private schools, which educate most "
        "Somali children, have welcomed the unified exams but complain about the "
        "registration fees.",
        "other",
    ),
    (
        "Schools in Ouagadougou reopen doors to pupils from the north",
        "Public schools in Ouagadougou opened the new academic year on Monday with "
        "extra classrooms built to receive thousands of pupils from families who "
        "have settled in the capital after leaving the northern and eastern regions. "
        "The Minister of National Education said 1,100 temporary classrooms had been "
        "set up across the country to accommodate displaced pupils, and that more "
        "than 5,000 closed schools remained shut because of insecurity. The number "
        "of closed schools has nevertheless fallen compared to last year, the "
        "ministry said, with several hundred reopening in the Centre-Nord and Boucle "
        "du Mouhoun. In the Saaba and Tanghin districts, head teachers said classes "
        'of more than 100 pupils had become common. "We have children who have lost '
        'two years of school and who arrive without documents," a primary school '
        "director said. The ministry has introduced catch-up classes and allowed "
        "pupils to enrol without birth certificates. Parents complained about the "
        "cost of uniforms and supplies, which have risen with inflation. The "
        "government has asked teachers to include lessons on civic values and "
        "patriotism as part of the new school programme. Teachers' unions say they "
        "will monitor whether the promised bonuses for staff in difficult areas are "
        "paid.",
        "other",
    ),
]
