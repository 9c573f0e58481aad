"""dev271 positives, part A: the books desk reporting current fighting, strikes, attacks and
killings that reach writers, publishers, libraries and book fairs (Europe, Middle East, Africa).

POSITIVES = [(title, text, tag codes, kind), ...]; codes in eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Ukrainian poet Olena Kravets killed in missile strike on Kramatorsk café",
        "The Ukrainian poet and children's author Olena Kravets has died of injuries sustained "
        "when a Russian missile struck a crowded pizzeria in the centre of Kramatorsk on Tuesday "
        "evening, her publisher said. She was 38. Kravets, whose collection Salt Between the "
        "Fingers was longlisted for the Shevchenko prize last year, had been dining with a group "
        "of visiting Colombian writers when the Iskander missile hit. Regional officials said on "
        "Thursday that 12 people had been killed, three of them children, and more than 60 "
        "wounded. Since the full-scale invasion she had been documenting war crimes in liberated "
        "villages for a human rights group, work she described in interviews as 'writing down "
        "what the soil remembers'. PEN Ukraine called her death 'a crime against literature as "
        "much as against a person'. Her last poems, written in the basement of a Kharkiv library, "
        "are due to appear in English next spring. Kravets is at least the 80th Ukrainian writer "
        "or translator killed since February 2022, according to the organisation's count.",
        "E V",
        "missile_strike",
    ),
    (
        "Missile destroys Kharkiv printing house that produced a third of Ukraine's books",
        "A Russian missile strike on one of Ukraine's largest printing houses in Kharkiv on "
        "Thursday killed seven employees and wounded at least 20, regional governor Oleh Syniehubov "
        "said. The plant on the city's northern edge printed roughly a third of all books published "
        "in Ukraine, from school textbooks to translated fantasy sagas. Firefighters battled the "
        "blaze for most of the afternoon as around 50,000 finished volumes burned in the "
        "warehouse. 'These were people who made paper into stories,' the chief executive said, "
        "standing beside the twisted frame of a Heidelberg press. The Ukrainian Book Institute "
        "warned that several titles scheduled for the Book Arsenal festival would now be delayed "
        "by months. Publishers in Lviv and Kyiv said they had begun moving orders to smaller "
        "printers in the west and in Poland. It was the third time the city had been hit by "
        "guided bombs or missiles that week, and two further strikes on residential districts "
        "were reported overnight.",
        "E",
        "missile_strike",
    ),
    (
        "Gaza poet and professor killed with family in airstrike, colleagues say",
        "The Palestinian poet and English literature lecturer Yousef Abu Shamala was killed with "
        "his brother and four of his children in an Israeli airstrike on a residential building in "
        "Gaza City's Shujaiya district, colleagues and relatives said on Friday. Abu Shamala, 44, "
        "edited a celebrated anthology of young Gazan writers in English and taught Shakespeare at "
        "the Islamic University for almost two decades. The building was sheltering displaced "
        "families from Beit Hanoun at the time of the strike, according to a cousin who survived. "
        "The Israeli military said it was looking into the report and that it targeted Hamas "
        "infrastructure. In his final post online he wrote that he had nothing left to defend "
        "himself with but a marker pen. Within hours, one of his poems had been translated into "
        "more than a dozen languages and shared by writers around the world. His British "
        "publisher said a posthumous collection would appear in the autumn.",
        "E V D",
        "airstrike",
    ),
    (
        "Gaza's publishers count their losses as writers shelter in Rafah tents",
        "Every publishing house in the Gaza Strip has been destroyed or damaged since the war "
        "began, the Palestinian Publishers Association said this week, as bombardment of the "
        "southern city of Khan Younis intensified. The association listed at least 13 bookshops "
        "and 9 libraries hit, among them the Samir Mansour bookshop, which had only just reopened "
        "after repairs. The novelist Nour Hammad, 31, now writes by hand in a tent near the "
        "Egyptian border, where she fled with 14 relatives after an evacuation order. "
        "'There is no flour, so there is no paper either,' she told us by voice message, "
        "describing queues of hours for a single bag of bread. UN agencies warned on Wednesday "
        "that more than a million people were crowded into Rafah with little water or medicine. "
        "Hammad's manuscript, a novel about three generations of fishermen, was lost when her "
        "flat in Gaza City was hit in November. Her publisher in Amman is trying to reconstruct "
        "it from the chapters she had emailed.",
        "E D H M",
        "bombardment",
    ),
    (
        "Sudanese writers flee Khartoum as fighting engulfs the capital's old booksellers' street",
        "Writers, translators and booksellers are among the tens of thousands fleeing Khartoum as "
        "fighting between the army and the paramilitary Rapid Support Forces enters its second "
        "week. The novelist Abdelrahim Osman said he had walked with his family to a bus "
        "station in Omdurman after RSF fighters occupied the houses on his street and gunfire "
        "made it impossible to leave the building for days. Shops on the capital's famous "
        "booksellers' lane near the Souk Arabi were looted on Monday, according to two owners. "
        "'Twenty years of stock, gone in one afternoon,' one of them said. Residents report "
        "artillery exchanges and air strikes across the three cities of the capital. The "
        "Sudanese Writers Union has suspended its activities and urged members to get out if "
        "they can. Many are heading north to Wadi Halfa, hoping to cross into Egypt, where "
        "publishers in Cairo have offered rooms and desks.",
        "B D V E",
        "battle",
    ),
    (
        "Under siege in El Fasher, a novelist keeps a diary of the shelling",
        "The Sudanese novelist Fatima Adam Issa has been sending pages of her diary from the "
        "besieged city of El Fasher by satellite connection once a week, and the latest entry, "
        "dated Sunday, records 'shells all night, from the east'. The Rapid Support Forces have "
        "encircled the capital of North Darfur since May, and fighting with the army and allied "
        "armed groups has intensified this month. Doctors said the last functioning hospital was "
        "shelled again on Saturday, killing at least five patients. Issa, 52, writes that "
        "families are boiling animal fodder because no food has entered the city in weeks. Her "
        "publisher in Khartoum, now operating from Port Sudan, plans to issue the diary as an "
        "ebook to raise money for the city's communal kitchens. The World Food Programme has "
        "warned that famine conditions are spreading in and around the city. 'I write so that "
        "no one can say they did not know,' Issa says in the preface.",
        "B E H V",
        "siege",
    ),
    (
        "Beirut Book Fair postponed as Israeli strikes hit southern suburbs",
        "The Arab Book Fair in Beirut, a fixture of the city's autumn since 1956, has been "
        "postponed indefinitely after a week of Israeli airstrikes on the capital's southern "
        "suburbs, organisers said on Monday. Dar al-Mada'in, one of Lebanon's oldest leftist "
        "publishers, said its warehouse in Haret Hreik had been flattened in an overnight strike "
        "that levelled two neighbouring buildings. No staff were inside, but its archive of "
        "first editions was lost. Hundreds of thousands of people have fled the south and the "
        "suburbs, and several publishers have handed their offices in central Beirut to displaced "
        "families. 'We have turned the reading room into a bedroom for forty people,' said the "
        "director of one small press in Hamra. The Lebanese health ministry said on Sunday that "
        "strikes across the country had killed more than 100 people in 24 hours. Several "
        "exhibitors from the Gulf and North Africa had already cancelled their stands.",
        "E D M",
        "airstrike",
    ),
    (
        "Hamas attack kills translator and founder of kibbutz library",
        "Dalia Ronen, the translator of Amos Oz into Spanish and founder of the lending library "
        "at Kibbutz Be'eri, was among those killed when Hamas gunmen overran the community on "
        "Saturday, her family confirmed. She was 74. Ronen had spent the morning in her safe room "
        "with her husband, relatives said, messaging them until the connection went silent "
        "shortly after 10 in the morning. More than 100 residents of Be'eri are believed to have "
        "been killed and dozens taken to Gaza as hostages. The library, a low building stocked "
        "with books in five languages, was set on fire during the assault. Israeli writers "
        "paid tribute to a woman 'who believed books could cross any "
        "fence'. Her publisher in Madrid said she had been halfway through a new translation "
        "when she died. Israel's military said fighting was continuing in several communities "
        "near the Gaza border.",
        "T V B",
        "massacre",
    ),
    (
        "Danish novelist stabbed at library reading, police treat attack as terrorism",
        "The Danish novelist Mikkel Sørensen was stabbed on stage during a reading at the central "
        "library in Aarhus on Wednesday evening, and police said they were investigating the "
        "attack as an act of terrorism. A man in his twenties rushed the podium and struck the "
        "author several times in the neck and chest before members of the audience restrained "
        "him. Sørensen, 57, whose satirical novel about religious fundamentalism provoked "
        "protests abroad last year, was flown to hospital and is in a serious but stable "
        "condition. East Jutland police said the suspect had posted threats against the writer "
        "online and had pledged allegiance to Islamic State in a video found on his phone. "
        "Denmark's intelligence service PET raised its threat assessment to 'serious'. About 120 "
        "people were in the hall, and a librarian was also lightly wounded. The library will "
        "remain closed until Monday. Danish PEN called the attack 'an assault on every reader'.",
        "T V",
        "stabbing",
    ),
    (
        "Suicide bomber strikes Peshawar literary festival, killing nine",
        "A suicide bomber blew himself up at the gate of a literary festival in Peshawar on "
        "Saturday, killing nine people including two poets and a police guard, officials said. "
        "The attack came as several hundred people were gathering for a session on Pashto "
        "folk poetry on the festival's second day. At least 31 were wounded, according to Lady "
        "Reading Hospital. The Pakistani Taliban, the TTP, claimed responsibility in a "
        "statement, calling the festival 'a gathering of un-Islamic songs'. Police said the "
        "bomber was stopped at a checkpoint before he could enter the hall. Organisers "
        "cancelled the rest of the programme. Among the dead was Gul Rahman Afridi, 66, whose "
        "ghazals are sung at weddings across Khyber Pakhtunkhwa. 'We came to listen to poetry and "
        "we left carrying bodies,' said a student volunteer. Writers across Pakistan held readings "
        "on Sunday evening in memory of the victims.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Jihadists burn cultural centre and library in Burkina Faso town",
        "Gunmen from the al-Qaeda-linked JNIM group attacked the town of Djibo in northern Burkina "
        "Faso on Sunday and set fire to the municipal cultural centre, which housed the region's "
        "only public library, local sources and a security official said. The attackers fought "
        "volunteer defence militias for several hours before withdrawing, and residents reported "
        "at least 20 civilians killed. The writer and teacher Issouf Ouédraogo, who ran reading "
        "clubs for children at the centre, said he had fled with his family to Ouagadougou. "
        "'They came with motorbikes and jerrycans. They went straight for the books,' he told us by "
        "phone. The centre had received 4,000 volumes from a French-funded programme last year. "
        "Djibo has been under blockade for more than two years, and food is brought in only by "
        "military convoys. Aid agencies estimate that over two million people have been displaced "
        "in the country by the violence.",
        "T V D B H",
        "attack",
    ),
    (
        "Timbuktu's manuscript libraries shut as town comes under rocket fire",
        "Librarians in Timbuktu have closed their reading rooms and moved thousands of fragile "
        "manuscripts into sealed trunks after the town was shelled twice this week, curators said "
        "on Thursday. Rockets fired by fighters from JNIM, which has imposed a blockade on the "
        "town since August, struck near the airport and a residential quarter, killing at least "
        "two people. Trucks carrying food from Mopti have not arrived for weeks, and prices of "
        "rice and fuel have tripled. 'We saved these texts once, in 2013, by smuggling them to "
        "Bamako in rice sacks,' said the director of one family library. 'We are not sure we could "
        "do it again.' The Ahmed Baba Institute holds some 40,000 manuscripts, many dating from the "
        "16th century. Unesco said it was 'deeply concerned' and called for humanitarian access. "
        "Dozens of families have left by boat along the Niger river.",
        "T E H D",
        "blockade",
    ),
    (
        "Gangs torch Port-au-Prince bookshop and publisher's offices",
        "Armed gangs set fire to one of Port-au-Prince's best-known bookshops and the offices of "
        "a Creole-language publisher on Monday as the Viv Ansanm coalition pushed further into the "
        "centre of the Haitian capital, witnesses said. The Librairie La Pléiade, founded in 1979, "
        "was reduced to ash along with a dozen neighbouring houses. Its owner, the novelist "
        "Évelyne Baptiste, had fled with her staff two days earlier when gunmen began firing on "
        "homes in the district. The International Organization for Migration said more than "
        "10,000 people had been displaced from the area in a week. Haitian writers in Montreal "
        "and Paris have launched a fund to relocate colleagues, and at least six have reached "
        "the Dominican Republic. 'Books were the last public thing still open on that street,' "
        "Baptiste said. The national police said officers had exchanged fire with the gangs "
        "near the national palace.",
        "V D B",
        "gang_attack",
    ),
    (
        "Goma's poets flee as M23 rebels take the city",
        "Poets, slam artists and booksellers in Goma have joined the exodus from the eastern "
        "Congolese city as M23 rebels backed by Rwanda seized the centre after days of fighting "
        "with the army and allied militias. The slam poet Dieudonné Kambale, who founded the "
        "city's open-mic evenings, said he had crossed into Gisenyi on foot with his mother after "
        "mortar rounds fell near their neighbourhood. 'There were bodies on the road to the "
        "border,' he said. The UN said hospitals were overwhelmed with hundreds of wounded and "
        "that camps around Goma had emptied as people fled again. The Maison des Jeunes cultural "
        "centre, which runs a library and writing workshops for young people, said its "
        "building had been looted. Congolese writers in Kinshasa and Brussels have called for "
        "an immediate ceasefire. The rebels said on Tuesday that they controlled the airport.",
        "B D E H",
        "offensive",
    ),
    (
        "Fighting in Bahir Dar forces cancellation of Ethiopia's lakeside book festival",
        "A three-day book festival in Bahir Dar was called off on its opening morning on Friday "
        "after fighting between Fano militias and federal troops reached the city's outskirts, "
        "organisers said. Residents reported heavy gunfire and explosions near the university "
        "and the road to Gondar, and several said they had seen military drones overhead. The "
        "Amharic novelist Sisay Mengistu, who was due to launch his new book, said visiting "
        "authors from Addis Ababa were stuck in their hotel without internet. 'We had planned "
        "a reading by the lake; instead we were counting gunshots,' he said. Federal officials "
        "declared a curfew, and flights to the city were suspended. The Ethiopian Human Rights "
        "Commission said it had received reports of civilians killed in the clashes. The "
        "festival, held each year since 2017, had sold more than 2,000 tickets.",
        "B E",
        "battle",
    ),
    (
        "Aleppo's booksellers shutter as rebel offensive reaches the city",
        "Aleppo's second-hand booksellers pulled down their shutters on Friday as an offensive "
        "led by Hayat Tahrir al-Sham swept into the western districts of Syria's second city, "
        "residents said. The translator Rami Haddad, 39, said he had packed a suitcase of "
        "manuscripts and left by car for Hama as fighters reached the university. Russian and "
        "Syrian government warplanes struck rebel positions in and around the city, and a war "
        "monitor said dozens of people had been killed in two days. Thousands of families were "
        "heading south and towards the Kurdish-held districts. The bookstalls of the old "
        "Jdeideh quarter, which survived the siege of 2016, had only reopened in recent years. "
        "'I have seen this film before; I did not want to see the sequel,' Haddad said. "
        "Syrian writers abroad were sharing messages from colleagues trapped in the city.",
        "B E D M",
        "offensive",
    ),
]
