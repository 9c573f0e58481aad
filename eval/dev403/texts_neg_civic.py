"""dev403 negatives, public life: peace, peaceful protest, the security forces, other."""

NEGATIVES = [
    # economy
    (
        "Fatah and Hamas sign reconciliation deal in Cairo; handover of Gaza ministries by December",
        "CAIRO, October 12, 2017 (WAFA) - Fatah and Hamas signed a reconciliation agreement in Cairo on "
        "Thursday under Egyptian sponsorship, under which the Palestinian Authority will resume control "
        "of Gaza's ministries and crossings by December 1. "
        "The agreement was signed by Fatah's Azzam al-Ahmad and Hamas deputy leader Saleh al-Arouri at "
        "the headquarters of Egyptian intelligence. "
        "Presidential guard units will be deployed at the Rafah crossing by November 1, and a joint "
        "committee will resolve the issue of some 40,000 employees hired by Hamas since 2007. "
        "President Abbas welcomed the deal as a final agreement to end the division. "
        "Thousands of people poured into the streets of Gaza City waving Palestinian and Egyptian "
        "flags after the announcement. "
        "The factions are due to meet again in Cairo next month to discuss elections and the "
        "reformation of the security services. "
        "Previous agreements signed in 2011 and 2014 collapsed over the same issues.",
        "peace",
    ),
    (
        "Factions sign Algiers declaration pledging elections within a year",
        "ALGIERS, October 13, 2022 (Ma'an) - Fourteen Palestinian factions, including Fatah, Hamas and "
        "Islamic Jihad, signed a declaration in Algiers on Thursday committing them to hold "
        "presidential and legislative elections within a year. "
        "The document, signed in the presence of Algerian President Abdelmadjid Tebboune, also provides "
        "for elections to the Palestinian National Council in the homeland and the diaspora wherever "
        "possible. "
        "An Arab-Algerian team will oversee the implementation, the declaration said. "
        "Tebboune called the signing a historic day for the Palestinian cause. "
        "Negotiators said the declaration avoided the thorniest disputes, such as forming a unity "
        "government and the political programme of the PLO. "
        "Palestinians in Gaza and the West Bank greeted the news with scepticism, saying they had "
        "heard such promises many times. "
        "The factions will meet again in Cairo to work out a timetable.",
        "peace",
    ),
    (
        "Truce takes effect in Gaza; first hostages and prisoners to be exchanged on Sunday",
        "GAZA, January 19, 2025 (Al-Quds) - A ceasefire between Israel and Hamas came into force in the "
        "Gaza Strip on Sunday morning, and the first three Israeli hostages were due to be handed over "
        "in exchange for 90 Palestinian prisoners and detainees, mediators said. "
        "The first phase of the agreement, brokered by Qatar, Egypt and the United States, lasts 42 "
        "days and provides for the entry of 600 aid trucks a day. "
        "Families in Deir al-Balah and Khan Younis gathered in the streets, and some began packing to "
        "return to the north once the crossing points open next week. "
        "The Commission of Detainees' Affairs said the list of prisoners to be released included women "
        "and minors held in Ofer and Damon prisons. "
        "The Palestinian presidency said the government was ready to take up its responsibilities in "
        "Gaza. "
        "Negotiations on the second phase, including a permanent end to the war, are due to begin by "
        "the sixteenth day.",
        "peace",
    ),
    (
        "Egypt hosts talks on technocratic committee to run Gaza",
        "CAIRO, December 4, 2024 (Palestine TV) - Delegations of Fatah and Hamas met in Cairo on "
        "Wednesday for a third round of talks on forming a committee of independent figures to manage "
        "the affairs of the Gaza Strip. "
        "Egyptian officials told Palestine TV that the two sides were close to agreeing on a draft "
        "decree under which the committee, known as the community support committee, would report to "
        "the Palestinian government. "
        "The committee would have 10 to 15 members, mostly technocrats from Gaza, and would handle "
        "relief, reconstruction and services. "
        "Fatah officials said any arrangement must keep Gaza under the authority of the PLO to avoid "
        "entrenching the division. "
        "Hamas said it was ready not to take part in the committee. "
        "The talks were also expected to touch on the Rafah crossing and reconstruction. "
        "No date was set for the next round. "
        "Diplomats said the United States and Gulf states had been briefed on the draft.",
        "peace",
    ),
    # peaceful protest
    (
        "Thousands rally in Ramallah for Prisoners' Day, call for release of detainees",
        "RAMALLAH, April 17, 2019 (WAFA) - Thousands of people took part in a march in Ramallah on "
        "Wednesday to mark Palestinian Prisoners' Day, carrying photographs of relatives held in Israeli "
        "jails and calling for their release. "
        "The march set off from the Arafat mausoleum and ended at the Red Cross offices in al-Bireh, "
        "where mothers of prisoners held a sit-in. "
        "Qadri Abu Bakr, head of the Commission of Detainees' Affairs, said about 5,700 Palestinians "
        "were in Israeli prisons, among them 250 children and 48 women. "
        "More than 1,000 prisoners have been on hunger strike for the past week in protest at the "
        "installation of jamming devices and restrictions on visits, he said. "
        "Similar rallies were held in Nablus, Hebron, Jenin and Gaza, and schools held a minute of "
        "silence in the morning. "
        "The event passed peacefully, and organisers said further activities would be held in solidarity "
        "with the hunger strikers over the coming days.",
        "protest",
    ),
    (
        "Teachers stay home as strike over unpaid salaries enters fifth week",
        "NABLUS, March 8, 2023 (Ma'an) - Public school teachers across the West Bank continued their "
        "strike on Wednesday, leaving about 750,000 pupils without classes for a fifth week, as talks "
        "with the government over pay remained deadlocked. "
        "The Teachers' Movement, which is not part of the official union, says the government has failed "
        "to honour an agreement signed last year to raise salaries by 15 percent. "
        "Hundreds of teachers held a sit-in outside the Nablus education directorate, carrying banners "
        "reading “Dignity of the teacher first”. "
        "Education Minister Marwan Awartani said the government could not pay what it did not have, "
        "given the deductions from clearance funds. "
        "Parents are divided, with some organising private lessons at home and others calling on "
        "teachers to return. "
        "The strike has been the longest in the education sector since 2016. "
        "A mediation committee of independent figures said it would present a new proposal this week.",
        "protest",
    ),
    (
        "Solidarity tent for hunger striker Khader Adnan set up in Jenin",
        "JENIN, February 20, 2015 (Al-Quds) - Relatives and supporters of detainee Khader Adnan set up a "
        "solidarity tent in the centre of Jenin on Friday as his hunger strike against administrative "
        "detention entered its 35th day. "
        "His wife, Randa, told Al-Quds that he had lost more than 20 kilogrammes and was refusing "
        "vitamins and medical tests. "
        "Dozens of people visited the tent during the day, including representatives of the factions "
        "and former prisoners, and children drew posters with his picture. "
        "Adnan, a baker from the village of Arraba, has been held without charge or trial for the past "
        "seven months. "
        "The Prisoners' Society said Israel was holding about 450 Palestinians in administrative "
        "detention, which can be renewed indefinitely. "
        "The organisers said a march would be held to the Salem military court next week. "
        "Adnan won his release after a 66-day hunger strike in 2012.",
        "protest",
    ),
    (
        "Doctors' syndicate suspends strike after deal on allowances",
        "RAMALLAH, January 9, 2020 (Palestine TV) - The Palestinian Doctors' Syndicate said on Thursday "
        "that it had suspended its strike in government hospitals and clinics after reaching an "
        "agreement with the Ministry of Health on allowances and working hours. "
        "Doctors had been working emergency shifts only for twelve days, and thousands of appointments "
        "and planned operations were postponed. "
        "Under the deal, the government will raise the professional allowance by 30 percent in two "
        "stages and hire 200 new doctors this year. "
        "Syndicate head Shawqi Sabha said the doctors had been fighting a long battle for their rights "
        "and would watch the government's commitment closely. "
        "Patients' groups welcomed the end of the strike and called for a permanent mechanism to "
        "settle disputes in the health sector. "
        "Outpatient clinics will reopen on Sunday. "
        "The ministry said it would reschedule postponed operations within two months, starting with "
        "cancer and heart patients.",
        "protest",
    ),
    (
        "Farmers block Jericho road with tractors over produce import rules",
        "JERICHO, June 12, 2018 (WAFA) - Dozens of farmers from the Jordan Valley blocked the main road "
        "into Jericho with tractors and trucks loaded with unsold tomatoes and cucumbers on Tuesday, in "
        "protest at the entry of Israeli produce into Palestinian markets. "
        "The farmers said wholesale prices had collapsed to less than one shekel a kilogramme, below "
        "the cost of production. "
        "Police diverted traffic through side roads, and the protest ended peacefully after three "
        "hours when the deputy governor promised to raise their demands with the cabinet. "
        "The Ministry of Agriculture said it would tighten controls on produce smuggled from "
        "settlements and would buy part of the surplus for school canteens. "
        "Farmers' union representative Ali Zubeidat said growers had taken loans to plant and could not "
        "repay them. "
        "Some farmers dumped crates of tomatoes at the roundabout outside the governorate before "
        "leaving.",
        "protest",
    ),
    # military
    (
        "Hundreds of new police recruits graduate at Jericho academy",
        "JERICHO, September 5, 2018 (Al-Quds) - The Palestinian Civil Police held a graduation ceremony "
        "on Wednesday for 620 new recruits who completed a six-month course at the Jericho police "
        "academy. "
        "Police chief Major General Hazem Atallah reviewed the graduates, who marched in formation and "
        "performed demonstrations of close protection, first aid and crowd control. "
        "Among the graduates were 64 women who will join the family protection and juvenile units. "
        "The course, funded in part by the European Union mission EUPOL COPPS, included modules on "
        "human rights and the treatment of detainees. "
        "Atallah said the new officers would be deployed to Hebron and Nablus, where the force has been "
        "short of manpower. "
        "Families of the graduates filled the stands and ululated as the cadets threw their caps in the "
        "air at the end of the ceremony. "
        "A further course for 400 recruits will begin in November.",
        "military",
    ),
    (
        "Israeli army to hold live-fire drill in Jordan Valley; families told to leave grazing areas",
        "TUBAS, May 8, 2019 (Ma'an) - The Israeli army has informed about 20 families in the Bedouin "
        "communities of Hamsa and Ibziq in the northern Jordan Valley that they must leave their homes "
        "for two days next week for a military training exercise, local officials said. "
        "Mu'taz Bisharat, who follows settlement affairs at the Tubas governorate, said the notices "
        "were handed out by soldiers on Tuesday and told families to move with their livestock to "
        "an area about two kilometres away. "
        "Large parts of the valley have been declared firing zones since the 1970s, and herders say the "
        "exercises damage crops and grazing land. "
        "Residents said shells and unexploded ordnance left after past drills posed a danger to "
        "children and shepherds. "
        "Human rights organisations said they would petition against the temporary evictions. "
        "The army said the exercise was routine and that residents would be allowed to return when it "
        "ended.",
        "military",
    ),
    (
        "National Security Forces mark anniversary with parade in Ramallah",
        "RAMALLAH, January 1, 2016 (Palestine TV) - Units of the Palestinian National Security Forces "
        "paraded through central Ramallah on Friday to mark the 51st anniversary of the launch of the "
        "Palestinian revolution and the founding of Fatah. "
        "Columns of soldiers in ceremonial uniform marched past the presidential headquarters to the "
        "sound of military bands, followed by scouts and students from the Istiqlal University for "
        "security sciences. "
        "Commander Major General Nidal Abu Dukhan said the forces had grown into a professional "
        "institution serving the citizens and protecting public order. "
        "Thousands of people lined the streets, and children climbed onto the shoulders of their "
        "parents to watch. "
        "The presidency said similar celebrations would be held in Nablus, Hebron and Jericho. "
        "Torch-lit marches took place in several cities on Thursday night. "
        "Fatah's anniversary rally in Gaza was cancelled after the organisers failed to obtain permission "
        "from the Hamas authorities.",
        "military",
    ),
    # other
    (
        "Tawjihi results: pass rate rises to 71 percent, top pupil from Hebron",
        "RAMALLAH, July 25, 2019 (WAFA) - The Ministry of Education announced the results of the general "
        "secondary examination (Tawjihi) on Thursday, with a pass rate of 71 percent across the West "
        "Bank, Gaza and the diaspora schools. "
        "Minister Marwan Awartani read out the names of the top pupils in each stream at a news "
        "conference in Ramallah, led by a girl from Hebron who scored 99.7 in the scientific branch. "
        "About 78,000 pupils sat the exams, which were held over four weeks in June. "
        "Celebrations broke out in towns and villages as families received the results by text message, "
        "with car horns sounding and sweets handed out in the streets. "
        "The ministry renewed its warning against firing into the air in celebration, after injuries "
        "were reported in previous years. "
        "Universities will open online applications next week. "
        "The minister said the ministry was studying a reform of the exam to reduce pressure on pupils.",
        "other",
    ),
    (
        "Tawjihi exams start with new system; pupils in Jerusalem face checkpoint delays",
        "RAMALLAH, June 3, 2023 (Al-Quds) - More than 88,000 pupils began the Tawjihi examinations on "
        "Saturday, the first under a system that spreads the subjects over two years, the Ministry of "
        "Education said. "
        "Exams were held in about 800 centres in the West Bank and Gaza, and in centres abroad for "
        "Palestinian pupils in the Gulf. "
        "Pupils from the Kafr Aqab and Shuafat camp areas of Jerusalem said they had been held up at "
        "the Qalandiya checkpoint, and the ministry said it had allowed late arrivals an extra half "
        "hour. "
        "The first paper was Arabic language, and pupils described it as fair. "
        "The ministry said it had deployed teams to prevent cheating and would block the leaking of "
        "exam questions on social media. "
        "Results are expected in the last week of July. "
        "Parents waited outside the centres in the heat, and some brought sweets for the pupils as they "
        "came out.",
        "other",
    ),
    (
        "Gaza start-up wins regional prize for Arabic speech app",
        "GAZA, November 22, 2022 (Ma'an) - A start-up founded by three engineers from Gaza has won first "
        "prize in a regional competition for Arab technology companies for an app that converts "
        "spoken Arabic dialects into text. "
        "The team, which works out of a shared office in Gaza City, received $50,000 and a place in an "
        "accelerator programme in Amman. "
        "Co-founder Nour Abu Shaaban said the app already had 40,000 users, many of them elderly people "
        "who struggle to type. "
        "The company employs 12 developers and relies on generators and solar panels to cope with "
        "power cuts of up to 12 hours a day. "
        "Gaza's technology sector has grown in recent years, with outsourcing firms providing software "
        "and design services to clients in Europe and the Gulf. "
        "The founders said they hoped to open an office in Ramallah next year if they can obtain "
        "permits to travel. "
        "They are also training ten women from Khan Younis as data annotators under a grant from a "
        "European foundation.",
        "other",
    ),
    (
        "Mass wedding for 200 couples held in Nablus stadium",
        "NABLUS, August 12, 2016 (Palestine TV) - Two hundred couples from across the northern West "
        "Bank were married at a mass wedding at the Nablus municipal stadium on Friday evening, "
        "organised by a local charity to help young men who cannot afford the cost of marriage. "
        "Grooms in matching suits and brides in white dresses entered the pitch in a procession led "
        "by bagpipers and a dabke troupe, as thousands of relatives watched from the stands. "
        "Each couple received a grant of 2,000 dinars and furniture for a bedroom, the organisers said. "
        "The charity's director said the average cost of a wedding in the West Bank, including the "
        "dowry and the hall, had risen to more than $15,000. "
        "Singers performed traditional wedding songs, and the evening ended with fireworks. "
        "The governor of Nablus, who attended, thanked donors from the diaspora who funded the event. "
        "The charity said it had held eleven such weddings since 2008, and that applications for next "
        "year's event would open in January.",
        "other",
    ),
]
