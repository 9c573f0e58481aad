"""dev403 negatives, public life: economy, politics, peace, peaceful protest, the military, other."""

NEGATIVES = [
    # economy
    (
        "Olive oil prices soar to record as poor harvest hits West Bank farmers",
        "RAMALLAH, November 6, 2023 (WAFA) - The price of a tin of olive oil has climbed to between 650 "
        "and 750 shekels in West Bank markets, the highest on record, as farmers gather one of the "
        "weakest harvests in years, the Ministry of Agriculture said. "
        "Ministry officials said the season's production was expected at about 9,000 tonnes of oil, "
        "compared with more than 23,000 tonnes last year, owing to the natural biennial cycle of the "
        "trees and a hot, dry spring. "
        "Presses in the Salfit and Jenin areas, which normally run around the clock in November, are "
        "working only a few hours a day, owners said. "
        "“People are buying half a tin instead of two, and some families who used to sell are now "
        "buying,” said Mahmoud Saleh, who runs a press in Kafr ad-Dik. "
        "The Palestinian Olive Council urged consumers not to be tempted by cheap oil of unknown origin, "
        "warning that some sellers were mixing it with vegetable oils. "
        "Exports to the Gulf and Europe are expected to fall sharply, traders said. "
        "The ministry said it would distribute seedlings to farmers next spring to replace old and "
        "damaged trees.",
        "economy",
    ),
    (
        "Government to pay 70 percent of salaries for third month as clearance funds withheld",
        "RAMALLAH, March 14, 2024 (Al-Quds) - Public servants will receive 70 percent of their salaries "
        "for February, with a minimum of 2,000 shekels, the Ministry of Finance announced on Thursday. "
        "The ministry said Israel was still deducting large sums from the clearance revenues it collects "
        "on behalf of the Palestinian Authority, which make up about two-thirds of the government's "
        "income. "
        "Finance Minister Shukri Bishara described the deductions as “financial piracy” and a war on the "
        "livelihoods of Palestinian families. "
        "About 145,000 civil servants and members of the security services depend on government salaries, "
        "and their spending drives much of the economy in Ramallah, Nablus and Hebron. "
        "Shop owners in Ramallah said sales had fallen by about half since the cuts began, and banks "
        "have agreed to defer loan instalments for employees. "
        "The teachers' union said it would meet next week to discuss its response. "
        "The government said it was in contact with donor countries to secure emergency budget support.",
        "economy",
    ),
    (
        "Paltel posts higher profit despite tough year, plans fibre rollout in Nablus and Jenin",
        "NABLUS, March 28, 2019 (Ma'an) - The Palestine Telecommunications Group (Paltel) reported a net "
        "profit of 52.6 million Jordanian dinars for 2018, up 4 percent on the previous year, the company "
        "said in a statement to the Palestine Exchange. "
        "Chief executive Ammar Aker said the group had fought a hard battle against Israeli operators "
        "that sell SIM cards illegally in West Bank markets and against restrictions on importing "
        "equipment. "
        "He said the company would invest about $40 million over two years to bring fibre to homes in "
        "Nablus, Jenin and Tulkarm. "
        "Jawwal, the group's mobile arm, has about 3 million subscribers, while its rival Ooredoo "
        "Palestine has been gaining market share with cheaper data packages, analysts said. "
        "The board recommended a cash dividend of 20 percent. "
        "Paltel shares rose 1.8 percent on Thursday, leading the Al-Quds index higher. "
        "The company employs about 3,000 people in the West Bank and Gaza.",
        "economy",
    ),
    (
        "Bethlehem hotels report full bookings for Christmas for first time in years",
        "BETHLEHEM, December 20, 2019 (WAFA) - Hotels in Bethlehem, Beit Jala and Beit Sahour are almost "
        "fully booked for the Christmas season, the Ministry of Tourism and Antiquities said on Friday. "
        "Minister Rula Maayah said about 3.5 million visitors had come to Palestine this year, most of "
        "them to Bethlehem, Jericho and Jerusalem. "
        "The city now has more than 5,000 hotel rooms, double the number a decade ago, she said. "
        "Souvenir makers who carve olive wood in Beit Sahour said they had struggled to keep up with "
        "orders from tour operators. "
        "The Manger Square Christmas tree, lit earlier this month, draws crowds every evening, and "
        "scouts' bands will lead the traditional procession on December 24. "
        "Hotel owners complained, however, that Israeli tour companies still take groups back to "
        "Jerusalem to sleep, leaving Bethlehem only a few hours of visits. "
        "The ministry said it was promoting longer stays through packages that combine pilgrimage with "
        "hiking and food tours.",
        "economy",
    ),
    (
        "Unemployment in Gaza hits 45 percent, statistics bureau says",
        "RAMALLAH, February 12, 2020 (Ma'an) - Unemployment in the Gaza Strip rose to 45 percent in the "
        "fourth quarter of last year, compared with 14 percent in the West Bank, the Palestinian Central "
        "Bureau of Statistics (PCBS) said in its labour force survey. "
        "Youth unemployment was even higher, at about 64 percent among graduates aged 20 to 29, the bureau "
        "said. "
        "Some 133,000 Palestinians from the West Bank worked in Israel and the settlements, earning on "
        "average more than twice the daily wage paid in the local market. "
        "The bureau said the number of Gaza residents holding Israeli work permits had risen to about "
        "5,000 after the easing of some restrictions. "
        "Economists said the siege on Gaza, in place since 2007, and the split between the Palestinian "
        "Authority and Hamas continued to strangle investment. "
        "The Federation of Palestinian Chambers of Commerce called for a plan to create jobs for "
        "graduates in technology and outsourcing. "
        "The survey was carried out on a sample of 7,500 households.",
        "economy",
    ),
    (
        "Fuel prices up for April as finance ministry cites global market",
        "RAMALLAH, March 31, 2022 (Palestine TV) - The General Petroleum Authority announced an increase "
        "in fuel prices for April, with a litre of 95-octane petrol rising to 7.18 shekels and diesel to "
        "6.79 shekels. "
        "The authority said the rise reflected the jump in global oil prices since the war in Ukraine "
        "began, and the higher price at which the Palestinian Authority buys fuel from Israeli "
        "suppliers. "
        "The price of a 12-kilogramme cooking gas cylinder was left unchanged at 65 shekels after the "
        "government decided to subsidise it. "
        "Taxi drivers in Hebron and Nablus said they would ask the Ministry of Transport to approve a "
        "rise in fares, which have not changed since 2018. "
        "The Consumer Protection Association said the increases would hit poor families hardest, "
        "coming on top of a steep rise in the price of flour and vegetable oil. "
        "The Ministry of National Economy said inspection teams would be sent to markets to prevent "
        "traders from raising prices beyond what was justified.",
        "economy",
    ),
    (
        "Bank of Palestine launches fund for women-led small businesses",
        "RAMALLAH, October 8, 2025 (Al-Quds) - Bank of Palestine has launched a $15 million lending "
        "programme for small businesses run by women, with loans of up to $30,000 at reduced interest "
        "and a one-year grace period, the bank said. "
        "The programme, backed by a guarantee from a European development bank, targets women who run "
        "food processing, embroidery, tailoring and technology start-ups in the West Bank. "
        "The bank's general manager said women owned fewer than one in ten registered businesses in "
        "Palestine and faced a tougher battle than men to obtain credit. "
        "Training in bookkeeping and online marketing will be offered to borrowers in partnership with "
        "the chambers of commerce in Hebron, Nablus and Ramallah. "
        "Samar Khalil, who runs a maftoul and freekeh business from her home in Sinjil, said a small loan "
        "would let her buy a second drying machine and hire two neighbours. "
        "The Palestine Monetary Authority welcomed the step, noting that bank deposits had held steady "
        "despite the economic slowdown. "
        "Applications open at the bank's 70 branches next month.",
        "economy",
    ),
    # politics
    (
        "President issues decree setting date for legislative elections; first vote in 15 years",
        "RAMALLAH, January 15, 2021 (WAFA) - President Mahmoud Abbas issued a decree on Friday setting "
        "legislative elections for May 22 and a presidential election for July 31, the first national "
        "votes since 2006. "
        "Elections for the Palestinian National Council would follow on August 31, the decree said. "
        "The Central Elections Commission said it was ready to begin updating the voters' register next "
        "month and that about 2.8 million Palestinians in the West Bank, Gaza and East Jerusalem were "
        "eligible to vote. "
        "Hamas welcomed the decree and said it had received guarantees that the results would be "
        "respected. "
        "Analysts said the battle within Fatah over its list of candidates could prove as difficult as "
        "the rivalry with Hamas, with Marwan Barghouti and Nasser al-Qudwa both weighing their options. "
        "The European Union said it was ready to send observers. "
        "It remained unclear whether Israel would allow voting in occupied East Jerusalem, as it did "
        "under past agreements.",
        "politics",
    ),
    (
        "Abbas postpones elections, citing Israel's refusal on Jerusalem",
        "RAMALLAH, April 30, 2021 (Ma'an) - President Mahmoud Abbas announced late on Thursday that the "
        "legislative elections planned for May 22 would be postponed until the participation of "
        "Jerusalemites could be guaranteed. "
        "Speaking at a meeting of the Palestinian leadership, Abbas said there would be no elections "
        "without Jerusalem, its candidates and its voters. "
        "Hamas described the decision as a coup against the national consensus, and several of the 36 "
        "registered lists said they would challenge it. "
        "The Freedom list, backed by Marwan Barghouti and Nasser al-Qudwa, said the postponement was a "
        "pretext to avoid defeat. "
        "Small demonstrations against the decision were held in Ramallah and Gaza City on Friday, and "
        "passed without incident. "
        "The European Union expressed deep disappointment and urged the setting of a new date as soon "
        "as possible. "
        "The Central Elections Commission said it had suspended all electoral procedures.",
        "politics",
    ),
    (
        "Local council elections go ahead in West Bank amid low turnout in cities",
        "RAMALLAH, March 26, 2022 (Palestine TV) - Polls closed on Saturday evening in the second phase "
        "of local elections in 50 West Bank municipalities, with turnout of about 53 percent, the Central "
        "Elections Commission said. "
        "Turnout was lower in the big cities, where many voters said they saw little point in voting "
        "while national elections remain frozen. "
        "Independent lists dominated by professionals and former mayors fought a fierce battle against "
        "lists backed by Fatah in Hebron, Nablus and al-Bireh. "
        "Hamas boycotted the vote but some candidates close to the movement ran on independent lists. "
        "Commission chairman Hanna Nasser said voting had passed smoothly and that no major violations "
        "were reported. "
        "Gaza did not take part, as Hamas authorities refused to allow the elections there. "
        "Final results are expected on Sunday evening. "
        "Observers from civil society groups said they had recorded minor complaints about campaigning near "
        "polling stations.",
        "politics",
    ),
    (
        "Mustafa sworn in as prime minister of reform government",
        "RAMALLAH, March 31, 2024 (WAFA) - Mohammad Mustafa and his new cabinet were sworn in before "
        "President Mahmoud Abbas at the presidential headquarters in Ramallah on Sunday. "
        "Mustafa, a US-educated economist and former head of the Palestine Investment Fund, also holds "
        "the foreign affairs portfolio in the 23-member government. "
        "In his first statement, he said priorities would be relief for Gaza, reform of the institutions "
        "and stabilising public finances. "
        "Western and Arab governments had pressed for a revitalised authority that could eventually "
        "govern Gaza after the war. "
        "Hamas and other factions criticised the appointment, saying it had been made without national "
        "consensus. "
        "Several ministers are from Gaza, including the minister of the interior. "
        "The outgoing prime minister, Mohammad Shtayyeh, had resigned in February. "
        "The government will present its programme to the president within a month, officials said.",
        "politics",
    ),
    (
        "PLO Central Council votes to suspend recognition of Israel; implementation left to committee",
        "RAMALLAH, February 8, 2022 (Al-Quds) - The PLO Central Council ended a two-day session on "
        "Tuesday with a decision to suspend recognition of Israel until it recognises a Palestinian "
        "state on the 1967 borders, and to halt security coordination. "
        "The council, which met in the Ahmad Shukeiri hall in Ramallah, also elected Rawhi Fattouh as "
        "speaker of the National Council and Hussein al-Sheikh as a member of the executive committee. "
        "Similar decisions taken in 2015 and 2018 were never implemented, and the council again left it "
        "to the executive committee to decide when and how to act. "
        "The Popular Front for the Liberation of Palestine and several independent members boycotted "
        "the session, saying it was held without national agreement. "
        "Critics said the meeting was more about shaping the succession to President Abbas than about "
        "confronting the occupation. "
        "Al-Sheikh is expected to take over the post of secretary of the executive committee.",
        "politics",
    ),
    (
        "Constitutional court ruling dissolves Legislative Council, elections ordered within six months",
        "RAMALLAH, December 22, 2018 (Ma'an) - President Mahmoud Abbas said on Saturday that the "
        "Constitutional Court had ruled to dissolve the Palestinian Legislative Council and call "
        "legislative elections within six months. "
        "The council, in which Hamas won a majority in 2006, has not met in full session since the "
        "movement took control of Gaza in 2007. "
        "Hamas rejected the ruling as politically motivated and said the court had no legitimacy, while "
        "its deputies in Gaza held a session in protest. "
        "Legal experts were divided over whether the court had the power to dissolve the elected body. "
        "Abbas made the announcement during a meeting of the Fatah leadership, in a speech in which he "
        "also attacked the United States' handling of the peace process. "
        "No date for the elections was set. "
        "The Independent Commission for Human Rights called for a national dialogue to avoid deepening "
        "the split.",
        "politics",
    ),
    (
        "Hebron municipal council sworn in as new mayor promises war on traffic jams",
        "HEBRON, January 3, 2023 (Palestine TV) - The new Hebron municipal council was sworn in at the "
        "governorate building on Tuesday, and its head promised to wage war on traffic chaos and "
        "uncollected rubbish in the West Bank's biggest city. "
        "Mayor Tayseer Abu Sneineh said the council would build two multi-storey car parks and move the "
        "central bus station out of the city centre within three years. "
        "The council is also seeking funding to repair the water network, which loses about a third of "
        "its supply to leaks. "
        "Abu Sneineh, a former prisoner, has previously headed the municipality, and his list won eight "
        "of the council's 15 seats in the local elections. "
        "Merchants in the Bab al-Zawiya area, the city's commercial heart, asked the council to ease "
        "licensing fees. "
        "The council's first session will be held next week. "
        "Outgoing council members handed over files on unfinished projects, including a new slaughterhouse "
        "and a park in the Ras al-Jora area.",
        "politics",
    ),
    # peace
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
