"""dev403 positives, part B: Gaza, Jerusalem and protests met with force."""

POSITIVES = [
    (
        "Eleven members of one family killed as warplanes strike home in Khan Younis",
        "GAZA, July 20, 2014 (WAFA) - Eleven members of the Abu Jami' family, among them women and "
        "children, were killed on Sunday night when Israeli warplanes bombed their three-storey home in "
        "the town of Bani Suheila east of Khan Younis, medical sources said. "
        "Ashraf al-Qudra, spokesman for the Ministry of Health in Gaza, said the bodies were pulled from "
        "the rubble by civil defence crews and relatives working with their hands. "
        "Neighbours said the family had gathered for the iftar meal when the house was hit without "
        "warning. "
        "The death toll since the start of the Israeli offensive on July 8 has risen to more than 430, "
        "most of them civilians, according to the ministry. "
        "Artillery shelling on the eastern neighbourhood of Shuja'iyya continued throughout the night, "
        "and thousands of residents fled towards the centre of Gaza City. "
        "UNRWA said more than 60,000 displaced people were now sheltering in its schools. "
        "The Israeli army said it was targeting Hamas infrastructure and accused the movement of using "
        "civilian homes.",
        "E V D",
        "airstrike",
    ),
    (
        "Al-Jalaa tower housing media offices flattened in Gaza air strike",
        "GAZA, May 15, 2021 (Palestine TV) - Israeli warplanes destroyed the 12-storey al-Jalaa tower in "
        "Gaza City on Saturday afternoon, a building that housed the offices of the Associated Press, "
        "Al Jazeera and other media outlets as well as dozens of flats. "
        "The owner of the building said he had received a phone call from an Israeli officer giving "
        "residents and journalists one hour to leave. "
        "Journalists rushed to carry out cameras and equipment before the tower collapsed in a cloud of "
        "dust, live pictures showed. "
        "Earlier in the day, an air strike on a house in the al-Shati refugee camp killed ten members "
        "of one family, eight of them children, the Ministry of Health said. "
        "The ministry said 139 people had been killed in Gaza since Monday, including 39 children. "
        "Rockets continued to be fired from Gaza towards Tel Aviv and Ashkelon, and a man was killed in "
        "Ramat Gan, according to Israeli medics. "
        "The Palestinian Journalists' Syndicate described the strike on the tower as an attempt to "
        "silence the press.",
        "E V",
        "airstrike",
    ),
    (
        "Evacuation orders push tens of thousands out of eastern Khan Younis",
        "KHAN YOUNIS, July 2, 2024 (Ma'an) - Tens of thousands of Palestinians fled the eastern areas of "
        "Khan Younis and Rafah on Monday night and Tuesday after the Israeli army dropped leaflets and "
        "sent text messages ordering them to move to the al-Mawasi area on the coast. "
        "Ma'an's correspondent said families loaded mattresses and water tanks onto donkey carts and "
        "cars, many of them displaced for the fourth or fifth time since the war began. "
        "Artillery shells fell on the town of Bani Suheila as people were leaving, and the Nasser "
        "Medical Complex said it received the bodies of eight people and dozens of injured. "
        "The European Gaza Hospital, which lies inside the area covered by the order, began moving "
        "patients and equipment, the Ministry of Health said. "
        "The UN Office for the Coordination of Humanitarian Affairs estimated that about 250,000 people "
        "were affected by the order. "
        "Al-Mawasi, already crowded with tents, has no sewage network and little drinking water, aid "
        "agencies said. "
        "The Israeli army said it was preparing to operate against militants firing rockets from the "
        "area.",
        "D H E",
        "displacement",
    ),
    (
        "Children dying of malnutrition in northern Gaza as aid trucks fail to arrive",
        "GAZA, March 4, 2024 (Al-Quds) - The Ministry of Health in Gaza said on Monday that 15 children "
        "had died of malnutrition and dehydration at Kamal Adwan Hospital in Beit Lahia, as aid convoys "
        "continued to be blocked from reaching the north of the Strip. "
        "Doctors at the hospital said the generator had stopped for lack of fuel and that the intensive "
        "care unit was no longer functioning. "
        "Families in Jabalia and Beit Lahia have been grinding animal feed and eating weeds to survive, "
        "residents told Al-Quds by telephone. "
        "The World Food Programme said its convoys had not reached northern Gaza for three weeks after "
        "trucks were stopped at checkpoints and looted by desperate crowds. "
        "Last week more than 100 people were killed when Israeli troops opened fire near a crowd "
        "gathered around aid trucks on al-Rashid Street, according to the ministry. "
        "UNICEF said one in six children under the age of two in the north was acutely malnourished. "
        "Several countries have begun dropping food parcels from the air, but aid agencies said the "
        "airdrops could not replace land crossings.",
        "H V",
        "famine",
    ),
    (
        "Children among dead as strike hits school sheltering displaced families in Gaza City",
        "GAZA, August 10, 2024 (WAFA) - More than 90 people were killed on Saturday when Israeli missiles "
        "struck the al-Tabi'in school in the al-Daraj neighbourhood of Gaza City while displaced people "
        "were performing the dawn prayer, the Civil Defence said. "
        "Civil defence spokesman Mahmoud Basal said the school had been sheltering about 6,000 displaced "
        "people, most of them women and children. "
        "Rescue crews and residents collected body parts in blankets and plastic bags, according to "
        "WAFA's correspondent, who said the prayer hall on the ground floor was completely destroyed. "
        "Al-Ahli Arab hospital, one of the few still partly operating in the north, was overwhelmed with "
        "the wounded. "
        "The Israeli army said it had struck a Hamas command centre inside the school and disputed the "
        "toll. "
        "More than a dozen schools used as shelters have been hit in Gaza over the past month, the "
        "United Nations said. "
        "The presidency called the strike a horrific massacre and demanded an urgent session of the "
        "Security Council.",
        "E V D",
        "airstrike",
    ),
    (
        "Troops storm Kamal Adwan hospital, detain director; patients moved out",
        "GAZA, December 28, 2024 (Palestine TV) - Israeli forces stormed Kamal Adwan Hospital in Beit "
        "Lahia on Friday, forcing patients, staff and displaced people out and setting fire to several "
        "departments, the Ministry of Health said. "
        "The ministry said the hospital's director, Dr Hussam Abu Safiya, was detained with dozens of "
        "medical staff, and that the last operating hospital in northern Gaza was now out of service. "
        "Patients in critical condition were transferred to the Indonesian Hospital, which itself has "
        "no electricity or functioning laboratory, the ministry added. "
        "The World Health Organization said it had lost contact with the hospital and described the "
        "situation as alarming. "
        "The Israeli army said it carried out a targeted operation against Hamas fighters who were "
        "operating inside the hospital. "
        "Palestine TV's correspondent reported heavy shelling in the surrounding streets of Beit Lahia "
        "and Jabalia camp, where the army has been conducting a ground offensive since early October. "
        "Civil defence said it had been unable to reach many of the dead in the area.",
        "M H E",
        "hospital_raid",
    ),
    (
        "Journalists killed in strike on press tent outside Nasser hospital",
        "KHAN YOUNIS, April 7, 2025 (Ma'an) - Two journalists were killed and nine others injured early "
        "on Monday when an Israeli strike hit a tent used by reporters outside Nasser Medical Complex in "
        "Khan Younis, the Government Media Office in Gaza said. "
        "Video filmed by colleagues showed a journalist engulfed in flames inside the burning tent as "
        "others tried to pull him out. "
        "The office said the deaths raised the number of journalists killed in Gaza since October 2023 "
        "to more than 210. "
        "The Israeli army said it struck a Hamas operative who was working as a journalist, a claim the "
        "Palestinian Journalists' Syndicate rejected as a pretext for targeting the press. "
        "The tent had been pitched at the hospital gate for months because it offered one of the few "
        "places with electricity and an internet connection. "
        "Strikes across the Strip killed at least 40 people on Monday, the Health Ministry said, after "
        "Israel resumed its offensive in March following the collapse of the ceasefire. "
        "The International Federation of Journalists called for an independent investigation.",
        "E V",
        "airstrike",
    ),
    (
        "Naval gunboats open fire on fishermen off Rafah, one seriously hurt",
        "GAZA, September 2, 2019 (WAFA) - A fisherman was seriously wounded on Monday when Israeli navy "
        "gunboats opened fire on fishing boats off the coast of Rafah, the Fishermen's Syndicate said. "
        "Nizar Ayyash, head of the syndicate, said the boats were within the six-nautical-mile limit set "
        "by Israel when the gunboats fired at them and sprayed them with water cannon. "
        "The injured man, 24, was hit in the chest and taken to the Abu Youssef al-Najjar hospital. "
        "Two other fishermen were arrested and their boat was towed to the port of Ashdod, Ayyash said. "
        "He said the navy had carried out more than 300 attacks on fishermen this year, and had "
        "confiscated dozens of boats and nets. "
        "About 4,000 fishermen work off Gaza's coast, and most live below the poverty line, according "
        "to the Ministry of Agriculture. "
        "The Israeli army said the boats had strayed from the permitted fishing zone and that forces "
        "acted according to standard procedures.",
        "V",
        "shooting",
    ),
    (
        "Tanks push into western Rafah as residents flee towards Mawasi",
        "RAFAH, May 28, 2024 (Al-Quds) - Israeli tanks advanced into the centre of Rafah for the first "
        "time on Tuesday, reaching the al-Awda roundabout as fighting with Palestinian armed groups "
        "intensified in the city's western neighbourhoods, residents said. "
        "The armed wing of Hamas said its fighters targeted several tanks with anti-armour rockets in "
        "the Tel al-Sultan and Shaboura areas. "
        "Residents reported drones firing at anyone moving in the streets and heavy shelling near the "
        "Kuwaiti hospital, which stopped working after two of its staff were killed. "
        "The ministry said 21 people were killed on Tuesday in an area of tents west of the city that "
        "had been designated for displaced people. "
        "UNRWA said about one million people had fled Rafah since the start of the ground operation "
        "three weeks ago, many of them heading to Khan Younis and al-Mawasi with no shelter waiting. "
        "The Israeli army said it was carrying out targeted operations against Hamas battalions in "
        "Rafah. "
        "The Rafah crossing with Egypt has been closed since Israeli forces took over its Palestinian "
        "side earlier this month.",
        "B M D",
        "ground_offensive",
    ),
    (
        "Gaza factions fire rockets after Islamic Jihad commander killed in air strike",
        "GAZA, November 12, 2019 (Ma'an) - Palestinian armed groups fired dozens of rockets towards "
        "Israeli towns on Tuesday after an Israeli air strike killed a senior commander of Islamic "
        "Jihad's armed wing and his wife in their home in the al-Shuja'iyya neighbourhood. "
        "The al-Quds Brigades vowed revenge and said the response would have no limits. "
        "Sirens sounded in Sderot, Ashkelon and as far north as Tel Aviv, where schools were closed, "
        "Israeli media reported. "
        "Israeli warplanes then struck a number of targets across the Strip, killing at least four "
        "more Palestinians, among them fighters on a motorbike in Beit Lahia, the Ministry of Health "
        "said. "
        "In Damascus, the house of another Islamic Jihad official was hit in an attack the movement "
        "blamed on Israel. "
        "The Egyptian intelligence service began contacts with the two sides to contain the escalation, "
        "Ma'an's sources said. "
        "Schools and universities across Gaza suspended classes.",
        "E",
        "rocket_fire",
    ),
    (
        "Beita protesters wounded by live fire at Jabal Sbeih",
        "NABLUS, August 27, 2021 (WAFA) - Dozens of Palestinians were injured on Friday when Israeli "
        "soldiers fired live ammunition, rubber-coated bullets and tear gas at protesters on Jabal Sbeih "
        "in the town of Beita, south of Nablus, the Red Crescent said. "
        "The Red Crescent said 12 people were hit by live rounds and more than 60 by rubber-coated "
        "bullets, while dozens suffered from tear gas inhalation. "
        "Residents have protested every week since May against the Evyatar settlement outpost built on "
        "the mountain's summit. "
        "Young men burned tyres, threw stones and used laser pens and loud horns during night-time "
        "“confusion” actions aimed at the outpost, the organisers said. "
        "Seven residents of Beita have been killed by Israeli fire during the protests since they began, "
        "according to the municipality. "
        "The army said its troops used riot dispersal means against hundreds of Palestinians who "
        "hurled rocks and burning tyres. "
        "Friday prayers were held on the slopes of the mountain before the march.",
        "U",
        "protest_crackdown",
    ),
    (
        "Security forces beat protesters in Ramallah after death of Nizar Banat",
        "RAMALLAH, June 26, 2021 (Ma'an) - Palestinian security forces in plain clothes and in uniform "
        "attacked hundreds of protesters in central Ramallah on Saturday who were demanding "
        "accountability for the death of activist Nizar Banat, witnesses said. "
        "Security personnel fired tear gas and stun grenades at the march on al-Manara Square and beat "
        "demonstrators with batons and clubs, according to several journalists who were at the scene. "
        "At least seven journalists were assaulted and had their phones and cameras seized, the "
        "Palestinian Journalists' Syndicate said. "
        "Banat, a critic of the Palestinian Authority, died on Thursday after being arrested at dawn "
        "in Hebron by a security force that his family said beat him with metal bars. "
        "Protesters chanted against President Mahmoud Abbas and called for the fall of the government. "
        "The security services spokesman said forces had intervened to prevent chaos and that some "
        "demonstrators had thrown stones. "
        "The Independent Commission for Human Rights said it had received dozens of complaints of "
        "beatings and arrests.",
        "U",
        "crackdown",
    ),
    (
        "Three shot dead by snipers at Gaza fence as Friday march marks Land Day",
        "GAZA, March 30, 2019 (Palestine TV) - Three Palestinians, two of them teenagers, were shot dead "
        "by Israeli snipers on Saturday as tens of thousands gathered along the fence east of the Gaza "
        "Strip to mark the first anniversary of the Great March of Return, the Ministry of Health said. "
        "The ministry said more than 300 people were injured, 64 of them by live ammunition. "
        "Some young men approached the fence, burned tyres and threw stones and incendiary devices, and "
        "soldiers responded with tear gas and live fire, Palestine TV's correspondent said. "
        "The organising committee had urged participants to stay away from the fence and deployed "
        "volunteers in orange vests to keep crowds back. "
        "Egyptian mediators were present in Gaza during the day in an attempt to keep the protests "
        "from escalating into a wider confrontation. "
        "The Israeli army said about 40,000 Palestinians took part in riots at several locations along "
        "the security fence. "
        "More than 260 Palestinians have been killed in the weekly protests since March 2018, according "
        "to the ministry.",
        "U V",
        "protest_crackdown",
    ),
    (
        "Sheikh Jarrah residents and activists attacked as police and settlers clash with protesters",
        "JERUSALEM, May 7, 2021 (Al-Quds) - Israeli police fired stun grenades and skunk water at "
        "Palestinian residents and solidarity activists in the Sheikh Jarrah neighbourhood on Friday "
        "night, as tension over the planned eviction of several families spilled into clashes. "
        "Settlers who live in a house taken over in the neighbourhood threw chairs and stones at "
        "residents, and Palestinians responded in kind, videos showed. "
        "Police arrested at least 15 people and mounted officers charged demonstrators near the "
        "home of the al-Kurd family. "
        "Hours earlier, more than 200 Palestinians were injured when police stormed the Al-Aqsa "
        "compound after Friday prayers, the Red Crescent said. "
        "The Supreme Court is due to rule on the families' appeal against their eviction on Monday. "
        "Mohammed al-Kurd, whose family faces eviction, told Al-Quds that residents would not leave "
        "their homes whatever the court decided. "
        "Jordan and Egypt condemned the police raids and warned of the consequences for the region.",
        "U V",
        "crackdown",
    ),
    (
        "Army raids Hebron's old city in arrest campaign; clashes at Bab al-Zawiya",
        "HEBRON, June 17, 2014 (WAFA) - Israeli forces raided dozens of homes in Hebron and the "
        "surrounding towns overnight, arresting more than 40 people, most of them Hamas members and "
        "former prisoners, as the search for three missing Israeli settlers entered its fifth day. "
        "Soldiers broke down doors, damaged furniture and confiscated computers, residents said. "
        "Clashes erupted at the Bab al-Zawiya junction in the city centre, where dozens of young men "
        "threw stones and empty bottles at army jeeps. "
        "Troops fired tear gas canisters and rubber-coated bullets, injuring at least six people, "
        "medical sources said. "
        "The army also closed the entrances to Hebron and prevented men aged between 16 and 50 from "
        "leaving the governorate. "
        "The Prisoners' Club said the total number of Palestinians detained since the start of the "
        "operation had exceeded 200. "
        "The Palestinian presidency said it condemned the collective punishment imposed on the "
        "population.",
        "M U",
        "raid",
    ),
    (
        "Man shot dead at Qalandiya checkpoint; army says he tried to stab soldier",
        "JERUSALEM, March 21, 2016 (Ma'an) - A Palestinian man was shot dead by Israeli soldiers at the "
        "Qalandiya checkpoint north of Jerusalem on Monday morning, the Palestinian Ministry of Health "
        "said. "
        "The Israeli army said the man approached troops at the crossing with a knife and was shot when "
        "he tried to stab one of them, adding that no soldiers were hurt. "
        "Palestinian witnesses gave a different account, saying he was shot several times from a "
        "distance and left bleeding on the ground for about 20 minutes without medical help. "
        "His family, from the Qalandiya refugee camp, said he was on his way to work in Jerusalem. "
        "The checkpoint was closed in both directions for hours, leaving thousands of workers and "
        "students stuck in long queues. "
        "Clashes later broke out at the entrance of the camp, where young men threw stones and soldiers "
        "fired tear gas. "
        "More than 190 Palestinians and about 30 Israelis have been killed since a wave of violence began "
        "last October.",
        "V U",
        "shooting",
    ),
]
