"""dev283 negatives: peace deals and truces, anniversaries and memory, storms and floods,
accidents and industrial blasts."""

NEGATIVES = [
    (
        "Riyadh and Tehran to reopen embassies after Beijing talks",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within "
        "two months, in a deal brokered by China after four days of talks in Beijing. "
        "The two regional rivals cut ties in 2016 after protesters stormed Saudi diplomatic missions in Iran. "
        "A joint statement said both sides would respect each other's sovereignty and revive a 2001 security "
        "cooperation pact. "
        "The UAE, Oman and Iraq, which had hosted earlier rounds of talks, welcomed the announcement. "
        "Analysts said the deal could help end the war in Yemen, where Riyadh and Tehran back opposing sides. "
        "Iran's rial rose sharply on the news. "
        "Saudi officials said flights between the two countries and Hajj arrangements for Iranian pilgrims "
        "would be discussed in the coming weeks. "
        "The US said it supported any effort to de-escalate tensions in the region. "
        "Oil prices were little changed after the announcement. Chinese officials said Beijing was ready to host a wider meeting of Gulf states and Iran later in the year.",
        "peace",
    ),
    (
        "First commercial flight between UAE and Israel lands in Abu Dhabi",
        "An El Al flight carrying Israeli and US officials landed in Abu Dhabi on Monday, the first "
        "commercial passenger flight between the two countries after they agreed to normalise relations. "
        "The plane, with the word “peace” written on its cockpit in Arabic, English and Hebrew, flew over "
        "Saudi Arabia after Riyadh allowed the use of its airspace. "
        "Officials from the two countries signed agreements on banking, investment, visas and space "
        "cooperation. "
        "Jared Kushner said the visit marked “a new era” for the Middle East. "
        "Emirati businessmen said they expected trade with Israel to reach billions of dollars within a few "
        "years. "
        "Palestinian leaders condemned the accord as a betrayal. "
        "Etihad and flydubai said they would apply to begin regular flights to Tel Aviv. "
        "The formal signing will take place at the White House next month. "
        "Hotels in Dubai said they had started to prepare kosher menus, and the Abu Dhabi investment office opened a branch in Tel Aviv. The flight returned to Israel on Tuesday.",
        "peace",
    ),
    (
        "First commercial flight in six years leaves Sanaa under Yemen truce",
        "A Yemenia airliner carrying 126 passengers took off from Sanaa for Amman on Monday, the first "
        "commercial flight from the Houthi-held capital since 2016, under a UN-brokered truce. "
        "Many of those on board were patients travelling for medical treatment, along with their "
        "relatives. "
        "Passengers clapped and some wept as the plane left the runway, a relative told Arab News. "
        "The truce, which began in April, also allows fuel ships into Hodeidah port and talks on reopening "
        "roads around Taiz. "
        "The UN envoy Hans Grundberg called the flight a “long-awaited moment” and urged both sides to "
        "extend the truce beyond its two-month term. "
        "The Saudi-led coalition said it had approved the flight after passports issued by the Houthis "
        "were accepted. "
        "Two flights a week are planned to Amman and Cairo. "
        "The Yemeni government said it had agreed to the flight to ease the suffering of Yemenis. Travel agents in Sanaa said seats on the next flights had sold out. The truce has brought the longest period of relative calm since the war began, according to the UN.",
        "peace",
    ),
    (
        "Gaza ceasefire takes effect as prisoner exchange set for Monday",
        "A ceasefire between Israel and Hamas took effect at noon on Friday, and both sides said they were "
        "preparing for the release of hostages and Palestinian prisoners under the agreement signed in "
        "Sharm El Sheikh. "
        "Under the first phase, Hamas is to release all living hostages within 72 hours, and Israel will free "
        "about 2,000 Palestinian prisoners and detainees. "
        "Qatar, Egypt and Turkey, which mediated the deal, said they would monitor its implementation. "
        "Hundreds of aid trucks waited at the Kerem Shalom crossing to enter once the first phase began. "
        "Gulf leaders welcomed the agreement and pledged support for reconstruction. "
        "Families in Gaza began walking north along the coastal road to see what remained of their homes. "
        "Stock markets in the region edged higher. "
        "The Red Cross said it was ready to facilitate the handovers. Egypt said it would host a conference on reconstruction. The UAE, Saudi Arabia and Qatar said they were preparing aid shipments. Relatives of prisoners gathered in Ramallah to prepare for their release.",
        "peace",
    ),
    (
        "Oman brokers US-Houthi truce; shipping lines wary of return",
        "The US and Yemen's Houthis have agreed to stop targeting each other, Oman's foreign minister said "
        "on Tuesday, after mediation in Muscat. "
        "Badr Albusaidi said the agreement would ensure freedom of navigation for international shipping "
        "in the Red Sea. "
        "The Houthis said the deal did not cover ships linked to Israel. "
        "Container lines said they welcomed the news but would wait for clear evidence of calm before "
        "sending vessels back through the Bab el-Mandeb. "
        "War-risk premiums eased slightly in London, brokers said. "
        "Saudi Arabia and the UAE welcomed Oman's role. "
        "Analysts said a lasting return to the Suez route could take months, as lines had already set their "
        "schedules around the Cape of Good Hope. "
        "Oil prices were little changed. "
        "Some shipping lines said they would consider sending smaller vessels first. Ports in Djibouti and Jeddah said they hoped the truce would bring more calls. Egypt said it hoped the deal would restore canal traffic by the end of the year. Insurers said cover for ships with Israeli links would remain expensive.",
        "peace",
    ),
    (
        "Five years on, Beirut port blast families still wait for justice",
        "Thousands of people marched from the fire station in Karantina to Beirut port on Monday to mark "
        "five years since the explosion that killed more than 220 people and wounded about 6,500. "
        "Relatives carried portraits of the dead and demanded that those responsible be tried. "
        "At 6.07pm, the moment of the blast, the crowd fell silent as church bells rang and the call to "
        "prayer sounded. "
        "The investigation led by judge Tarek Bitar resumed this year after being frozen since 2023. "
        "President Joseph Aoun promised that “justice will not be buried”. "
        "The damaged grain silos, which partly collapsed in 2022, still stand over the port. "
        "Shops and restaurants in Gemmayzeh and Mar Mikhael, rebuilt after the blast, closed for the day. "
        "Many families say they have received no compensation. A monument made from the twisted metal of the port was unveiled in 2021. Lebanon's government has promised to rebuild the port, and a French company has taken over its container terminal. The European Union said it would support the investigation.",
        "history",
    ),
    (
        "Kuwait marks 25 years since liberation with fireworks and parade",
        "Kuwait celebrated the 25th anniversary of its liberation from Iraqi occupation on Friday with "
        "fireworks along the Gulf Road and a parade of veterans through Kuwait City. "
        "Crowds waved flags and sprayed foam at passing cars, a national tradition, and traffic slowed to a "
        "crawl near the Kuwait Towers. "
        "Emir Sheikh Sabah Al Ahmad Al Sabah thanked the countries that took part in the coalition that "
        "drove Iraqi forces out in February 1991. "
        "Families of the missing laid flowers at the Al Qurain Martyrs' Museum, where 19 resistance fighters "
        "were killed. "
        "More than 1,500 fireworks were launched, organisers said. "
        "Hotels reported high occupancy from Saudi and Bahraini visitors over the long weekend. "
        "Kuwait's National Day is celebrated on the day before Liberation Day, and many businesses closed for both. Kuwaiti television broadcast documentaries about the occupation, including interviews with resistance fighters. The ministry of interior said it had deployed extra traffic police and that the celebrations passed without major incident. Schools held events for children to learn about the history of the occupation.",
        "history",
    ),
    (
        "Iraq Museum reopens galleries with looted treasures returned from abroad",
        "The Iraq Museum in Baghdad reopened its Assyrian and Sumerian galleries on Saturday, displaying "
        "hundreds of artefacts returned from the US, Britain and Jordan after being looted in 2003. "
        "About 15,000 objects were stolen from the museum in the days after the US-led invasion, and "
        "roughly a third have been recovered. "
        "Among the pieces on display is a Sumerian cylinder seal that was found in a London auction house. "
        "The culture minister said the museum was a “witness to the country's resilience”. "
        "Entrance will be free for schoolchildren. "
        "The museum closed its doors for years after the looting and only partly reopened in 2015. "
        "Gulf foundations have paid for new lighting and cabinets. "
        "The Iraqi government has asked foreign auction houses and museums to check the origin of items they sell or display. The US returned about 17,000 artefacts to Iraq in 2021, many of which will be shown in the new galleries. A conservation lab has been set up with help from the Smithsonian. Tourism officials said the museum was a key stop for visitors to Baghdad.",
        "history",
    ),
    (
        "Halabja remembers 30 years after chemical attack",
        "Thousands of people gathered in the Kurdish town of Halabja on Friday to mark 30 years since Iraqi "
        "warplanes dropped chemical weapons on it, killing about 5,000 people. "
        "Sirens sounded at 11am and mourners laid flowers at the town's memorial and cemetery. "
        "Survivors said many of them still suffer from lung disease, cancers and eye problems. "
        "The Kurdistan Regional Government called on Baghdad to pay compensation to victims' families. "
        "A new museum displays photographs of the dead in the streets and the belongings of families. "
        "The attack, part of the Anfal campaign under Saddam Hussein, has been recognised as genocide by an "
        "Iraqi court. "
        "Officials from the UAE and Jordan attended the ceremony. "
        "Halabja became a province in 2014, and its governor said it had received little investment. Farmers in the area still find traces of the chemicals in the soil, scientists say. The victims' association said it would take its case to international courts. Many of those who survived were treated in Iran.",
        "history",
    ),
    (
        "New history of North Yemen's civil war draws on Egyptian and Saudi archives",
        "A new book by a Yemeni historian tells the story of the North Yemen civil war of 1962 to 1970, "
        "when Egypt sent tens of thousands of troops to back the republicans against royalist tribes armed "
        "by Saudi Arabia. "
        "Drawing on newly opened archives in Cairo and Riyadh, the author describes the war as “Egypt's "
        "Vietnam”, which drained Nasser's army before the 1967 war with Israel. "
        "The book includes letters between commanders and interviews with veterans in Sanaa and Taiz. "
        "Reviewers said it was the first account in Arabic to use both sides' papers. "
        "The author said the war's legacy still shapes Yemeni politics. "
        "It was launched at the Sharjah International Book Fair on Saturday. "
        "An English translation is planned for next year. "
        "The book's publisher is based in Beirut. Its 600 pages include maps of the battles in the mountains north of Sanaa. The author also describes the role of British mercenaries. Readers at the fair queued for signed copies.",
        "history",
    ),
    (
        "Dubai hit by heaviest rain in 75 years as flights cancelled and roads flooded",
        "The UAE recorded its heaviest rainfall since records began in 1949 on Tuesday, with 254mm falling "
        "in Khatm Al Shakla in Al Ain in less than 24 hours, the National Centre of Meteorology said. "
        "Dubai International Airport cancelled more than 1,200 flights and diverted dozens as water covered "
        "the taxiways. "
        "Cars were abandoned on Sheikh Zayed Road and residents of some communities were without power for "
        "days. "
        "Four people died, including three workers in a car swept away in Ras Al Khaimah, police said. "
        "Schools moved to remote learning for the rest of the week. "
        "The government set aside Dh2bn to repair homes damaged by the floods. "
        "Meteorologists said cloud seeding was not responsible for the storm. "
        "Insurers said claims for flooded vehicles could reach several thousand. "
        "Emirates said it had rebooked tens of thousands of passengers. Supermarkets ran out of bread and water in some areas as delivery drivers could not reach stores.",
        "disaster",
    ),
    (
        "Cyclone Shaheen kills 13 in Oman as army evacuates coastal towns",
        "Cyclone Shaheen made landfall on Oman's northern coast on Sunday, killing at least 13 people and "
        "forcing thousands from their homes in Al Batinah and Muscat, officials said. "
        "The army deployed to help the civil defence, evacuating residents of low-lying towns to schools and "
        "sports halls. "
        "Winds of up to 150kph tore roofs from buildings, and floods cut roads in Suwaiq and Al Khaburah. "
        "More than 5,000 people spent the night in shelters, the National Emergency Management Committee said. "
        "Flights at Muscat International Airport were rescheduled. "
        "The UAE sent aid convoys across the border, and the Emirates Red Crescent set up field kitchens. "
        "Iran's port of Chabahar was also hit by heavy rain. "
        "The country's authorities declared a public holiday for two days. Farmers said date palms and crops had been destroyed across wide areas. The government set up a fund to help families whose homes were damaged. Weather officials said the storm was the first to hit that part of the coast since records began.",
        "disaster",
    ),
    (
        "Gulf rescue teams and aid flights head to Syria and Turkey after earthquake",
        "The UAE, Saudi Arabia and Qatar sent search-and-rescue teams and aid flights to Syria and Turkey "
        "on Tuesday after a magnitude 7.8 earthquake killed thousands of people in both countries. "
        "An Emirati field hospital was set up in Gaziantep, and UAE planes carrying tents, blankets and "
        "medicine landed in Damascus and Aleppo. "
        "Saudi Arabia launched a public fundraising campaign that raised more than SR100m in its first day. "
        "In northern Syria, rescuers dug through the rubble of collapsed apartment blocks with their hands, "
        "and families spent the night in cars in freezing temperatures. "
        "The UN said it was struggling to get aid across the border at Bab al-Hawa, which was damaged. "
        "Qatar said it would send 10,000 mobile homes to the disaster zone. "
        "Kuwait's charities said donations had reached record levels. "
        "Gulf citizens queued to donate blankets and clothes at collection points in Riyadh and Dubai. Emirati rescuers pulled a woman alive from the rubble in Jableh after 100 hours, the foreign ministry said.",
        "disaster",
    ),
    (
        "Cyclone Mekunu lashes Salalah, stranding tourists",
        "Cyclone Mekunu hit Oman's southern Dhofar region on Saturday, flooding streets in Salalah, "
        "uprooting palm trees and cutting power to parts of the city. "
        "Oman's public authority for civil aviation closed Salalah airport for 24 hours, stranding hundreds "
        "of tourists. "
        "At least six people were killed in Oman and Yemen's Socotra island, officials said. "
        "Police evacuated residents of low-lying areas, and hotels were used as shelters. "
        "More than 600mm of rain fell in some areas, almost five times the annual average. "
        "Oman's sultan ordered emergency aid and repairs. "
        "Hotels in Salalah said they expected bookings for the khareef monsoon season to recover. "
        "Some tourists said they had been forced to stay in their hotel rooms for two days. The government has invested in new drainage after previous storms, but roads in the low-lying areas were still flooded. Yemeni officials said dozens of people were missing on Socotra, and the Saudi-led coalition sent aid ships to the island. Meteorologists said Mekunu was one of the strongest cyclones to hit Dhofar in decades.",
        "disaster",
    ),
    (
        "Emirates Boeing 777 crash-lands and burns at Dubai airport; firefighter dies",
        "An Emirates Boeing 777 carrying 300 people crash-landed and caught fire at Dubai International "
        "Airport on Wednesday, and all passengers and crew escaped before the aircraft was engulfed in "
        "flames. "
        "A firefighter, Jasim Issa Mohammed Hasan, died while fighting the blaze, the airport said. "
        "Flight EK521 from Thiruvananthapuram had tried to abort its landing and go around, but its wheels "
        "were retracted and it slid along the runway on its belly. "
        "Passengers described grabbing their bags as smoke filled the cabin, and 24 were treated in "
        "hospital. "
        "All flights were suspended for several hours, and more than 200 were cancelled or diverted. "
        "The General Civil Aviation Authority opened an investigation. "
        "Emirates chairman Sheikh Ahmed bin Saeed Al Maktoum called it a “very sad day” for the airline. "
        "The airline's shares are not listed, but analysts said the accident was unlikely to dent its safety record. An interim report later said the pilots had tried to go around without enough thrust. Passengers were given Dh7,000 in compensation.",
        "accident",
    ),
    (
        "Mangaf building fire kills 50 foreign workers in Kuwait",
        "A fire tore through a six-storey building housing foreign workers in Kuwait's Mangaf district "
        "early on Wednesday, killing 50 people, most of them from India, officials said. "
        "The fire started in a ground-floor guard room and spread quickly through the building, where about "
        "190 workers were asleep. "
        "Many of the dead suffocated from smoke, and some died after jumping from upper floors. "
        "The Interior Minister ordered the arrest of the building's owner and the company that housed the "
        "workers. "
        "India sent a military aircraft to bring the bodies home. "
        "Authorities began inspections of labour accommodation across the country. "
        "The workers were employed by a construction firm owned by an Indian businessman. "
        "Indian officials said 45 of the dead were from India, including 24 from the state of Kerala. The Kuwait Municipality ordered checks on overcrowding in buildings across Ahmadi governorate. Rights groups said the tragedy exposed the poor living conditions of migrant workers across the Gulf. The company said it would pay compensation to the families.",
        "accident",
    ),
    (
        "Oxygen tank blast sparks deadly fire at Baghdad Covid hospital",
        "At least 82 people were killed and 110 injured when an oxygen cylinder exploded and set fire to "
        "the intensive care unit of Baghdad's Ibn al-Khatib hospital, which treated Covid-19 patients. "
        "Many of the victims were patients on ventilators who could not be moved, relatives said. "
        "Civil defence officials said the building's false ceilings had helped the fire spread, and there "
        "was no sprinkler system. "
        "Prime Minister Mustafa al-Kadhimi suspended the health minister and ordered an inquiry. "
        "Relatives gathered outside the hospital and angrily blamed years of neglect. "
        "The Gulf states sent messages of condolence and offered to treat the injured. "
        "Iraq's hospitals suffer from shortages of staff and equipment after decades of war and sanctions. The Iraqi High Commission for Human Rights called the fire “a crime against patients”. The government declared three days of mourning. Health officials said the hospital had not been inspected for safety for years. A similar fire at a Covid ward in Nasiriyah killed more than 60 people three months later.",
        "accident",
    ),
    (
        "Hundreds of pilgrims die in stampede at Mina during Hajj",
        "More than 700 pilgrims were killed and at least 860 injured on Thursday in a stampede at Mina, "
        "near Makkah, in the deadliest Hajj incident in 25 years. "
        "The crush happened at the junction of two streets as pilgrims made their way to the Jamarat "
        "bridge for the stoning ritual. "
        "Temperatures of 46C added to the chaos, and many pilgrims fainted. "
        "Health Minister Khalid Al Falih said some pilgrims had not followed the timetables set by the "
        "authorities. "
        "Iran said 131 of its citizens had died, and criticised the organisation of the pilgrimage. "
        "King Salman ordered a review of Hajj safety plans. "
        "The civil defence deployed more than 4,000 personnel and 220 vehicles to help the injured. "
        "Two million pilgrims were taking part in the Hajj, one of the largest gatherings in the world. Saudi Arabia has spent billions on expanding the holy sites, including a multi-storey Jamarat bridge. Relatives searched for the missing at hospitals in Makkah. Flags were flown at half-mast in several Muslim countries.",
        "accident",
    ),
    (
        "Blast at Iran's Shahid Rajaee port kills dozens, disrupts container traffic",
        "A huge explosion at Shahid Rajaee, Iran's main container port near Bandar Abbas, killed at least "
        "57 people and injured more than 1,000 on Saturday, state media said. "
        "The blast sent a mushroom cloud over the port and shattered windows kilometres away. "
        "Officials said it was caused by chemicals stored in containers, and the government ordered an "
        "inquiry into safety failures. "
        "Firefighters battled the blaze for more than a day, and schools in Bandar Abbas were closed. "
        "The port handles most of Iran's container trade. "
        "Shipping agents in Dubai said exports to Iran were being held at Jebel Ali. "
        "The UAE and Saudi Arabia offered condolences and help. "
        "Iran's interior minister said negligence had played a role. Analysts said the explosion could have been caused by a chemical used in rocket fuel, which officials denied. Port operations resumed partially two days later. Iranian importers in Dubai said their goods were stuck at Jebel Ali awaiting new schedules. Insurers said claims could run into hundreds of millions of dollars.",
        "accident",
    ),
]
