"""dev386 negatives: MH17, the liberation and other memory, films and exhibitions, the armed forces
without violence, F-35 exports in court, agreements, health and the housing crisis."""

NEGATIVES = [
    (
        "Ten years after MH17: relatives gather at monument in Vijfhuizen",
        "Relatives of the 298 people who died aboard flight MH17 gathered on Wednesday at the national monument in Vijfhuizen, near Schiphol, exactly ten years after the plane was shot down over eastern Ukraine. "
        "The names of all the victims, 196 of them Dutch, were read out one by one, and the King and Queen laid a wreath. "
        "Prime Minister Dick Schoof, on his second day in office, said the Netherlands would not rest until those responsible were brought to justice. "
        "In 2022 the court in The Hague sentenced two Russians and a Ukrainian separatist to life imprisonment in their absence, but none of them has been handed over. "
        "Piet Ploeg, who lost his brother, his sister-in-law and his nephew, told NOS that the pain had not diminished. "
        "The monument consists of 298 trees, one for every victim, planted in the shape of a ribbon. "
        "Australia and Malaysia held their own ceremonies. "
        "Flags flew at half mast on government buildings throughout the country.",
        "history",
    ),
    (
        "MH17 verdict: life sentences for three men, one acquitted",
        "The court in The Hague has sentenced two Russians and a Ukrainian to life imprisonment in their absence for the downing of flight MH17 over eastern Ukraine in July 2014, in which 298 people were killed. "
        "Igor Girkin, Sergei Dubinsky and Leonid Kharchenko were found guilty of murder and of causing the plane to crash, while the fourth defendant, Oleg Pulatov, was acquitted. "
        "The judges concluded that the plane was hit by a Buk missile fired from a field near Pervomaiskyi, and that Russia had overall control over the separatist forces at the time. "
        "The trial, held at the high-security courtroom near Schiphol, lasted more than two and a half years. "
        "Relatives in the public gallery wept as the verdict was read out. "
        "Russia called the ruling 'scandalous' and said it would not extradite its citizens. "
        "Prime Minister Mark Rutte said it was 'an important moment' for the relatives. "
        "NRC notes that the chances of the convicted men ever serving their sentences are small.",
        "history",
    ),
    (
        "Eighty years of freedom: Wageningen celebrates Liberation Day",
        "Tens of thousands of people gathered in Wageningen on Monday to celebrate the 80th anniversary of the end of the Second World War in the Netherlands. "
        "It was in the Hotel de Wereld in the town that the German commander signed the surrender of his troops in the Netherlands in May 1945. "
        "Veterans from Canada, Britain and Poland, most of them over a hundred years old, drove through the town in old army jeeps during the parade, cheered on by the crowd. "
        "Prime Minister Dick Schoof lit the liberation fire in the morning, and runners carried torches to towns across the country. "
        "Fourteen liberation festivals were held across the country, with music and debates. "
        "On Sunday evening the King laid a wreath at the National Monument on the Dam during the Remembrance of the Dead, and two minutes of silence were observed. "
        "One of the veterans told NOS that he still remembered the flowers people threw at the soldiers. "
        "The festivities ended with a concert on the Amstel in Amsterdam.",
        "history",
    ),
    (
        "Aerial bomb from Second World War defused in Groningen, 1,800 residents evacuated",
        "The army's explosive ordnance disposal service defused a British aerial bomb of 500 pounds in the centre of Groningen on Sunday, the municipality said. "
        "The bomb was found during construction work near the Oosterstation last week. "
        "About 1,800 residents had to leave their homes for the day, and the train station was closed. "
        "Many of them spent the day in a sports hall, where the municipality served coffee and soup. "
        "The defusing took about two hours, after which the bomb was taken to a site outside the city to be detonated. "
        "Groningen was heavily fought over in April 1945, when Canadian troops liberated the city, and bombs are regularly found in the soil. "
        "Mayor Koen Schuiling thanked the residents for their patience. "
        "RTV Noord reports that a second suspected object will be investigated next month.",
        "history",
    ),
    (
        "Ten years after the attacks: Brussels remembers the victims of Zaventem and Maelbeek",
        "Brussels paused on Sunday to remember the 32 people killed in the bombings at the airport and the Maelbeek metro station ten years ago. "
        "King Philippe and Queen Mathilde attended a ceremony at the memorial in the Rue de la Loi, where the names of the victims were read out in Dutch, French and English. "
        "A minute's silence was observed in the departure hall at Zaventem at 7.58, the time of the first explosion, and in the metro at 9.11. "
        "Many survivors still struggle with their injuries and with the compensation procedures, the victims' association V-Europe said. "
        "In 2023 a jury at the Brussels Assizes court convicted six men of terrorist murder for their role in the attacks. "
        "Prime Minister Bart De Wever said the country 'did not let itself be divided'. "
        "A survivor who lost her leg in the airport told De Standaard that she had learned to live 'with a before and an after'. "
        "The ceremonies ended with the laying of wreaths at the airport monument.",
        "history",
    ),
    (
        "Bastogne marks 80 years since the Battle of the Bulge",
        "Thousands of visitors came to Bastogne this weekend to commemorate the 80th anniversary of the Battle of the Bulge, the last major German offensive on the western front. "
        "In December 1944, American troops were surrounded in the town, and General Anthony McAuliffe famously replied 'Nuts!' to a German demand for surrender. "
        "Re-enactors in American and German uniforms drove old tanks and trucks through the streets, and a parade of veterans' families was held on the main square. "
        "King Philippe and American officials laid wreaths at the Mardasson memorial. "
        "Only a handful of surviving veterans were able to make the journey, all of them over 98 years old. "
        "The Bastogne War Museum reported a record number of visitors this year. "
        "Local residents remember the winter of 1944 through stories passed down by their parents and grandparents, Le Soir writes. "
        "The traditional Nuts Weekend festival ended with fireworks on Saturday evening.",
        "history",
    ),
    (
        "'De Oost' opens old wounds about Dutch war in Indonesia",
        "The film De Oost, about a young Dutch soldier in the war of independence in Indonesia in the late 1940s, premiered this week and is causing heated debate. "
        "Director Jim Taihuttu shows the atrocities committed by Dutch troops under Captain Raymond Westerling on the island of Sulawesi. "
        "Veterans' organisations say the film gives a one-sided picture, while historians say it is based on well-documented events. "
        "The release comes shortly after a major study by three research institutes concluded that the Dutch army used extreme violence systematically during that war. "
        "Actor Martijn Lakemeier plays the young soldier Johan, who is increasingly drawn into the violence. "
        "De Volkskrant gives the film four stars and calls it 'a necessary and brave film'. "
        "The film can be seen on Amazon Prime Video because of the closure of cinemas during the pandemic. "
        "Taihuttu, whose grandfather fought in the war, said he wanted to 'show what our grandfathers never talked about'.",
        "entertainment",
    ),
    (
        "Rijksmuseum exhibition Revolusi! tells Indonesian independence war through eyewitnesses",
        "The Rijksmuseum in Amsterdam opens the exhibition Revolusi! on Friday, telling the story of the Indonesian struggle for independence between 1945 and 1949 through the eyes of those who lived through it. "
        "The exhibition shows paintings, letters, photographs and weapons, as well as personal objects of Indonesian fighters, Dutch soldiers and Indo-European families. "
        "Curator Harm Stevens said the museum wanted to show 'the many perspectives' on a war that is still painful for many families. "
        "Visitors can listen to the testimony of some twenty eyewitnesses. "
        "The exhibition was made in cooperation with Indonesian historians and the National Gallery in Jakarta. "
        "The word 'bersiap', used for the violent period of 1945-1946, sparked controversy even before the opening. "
        "NRC calls the exhibition 'moving and uncomfortable'. "
        "It runs until June.",
        "entertainment",
    ),
    (
        "Series about the night of 22 March wins over viewers in Flanders",
        "The new drama series about the Brussels attacks of 2016, made by a Flemish production company for VRT and a streaming service, has attracted more than a million viewers for its first episode, the broadcaster said. "
        "The series follows a doctor at the Saint-Pierre hospital, a metro driver and a police officer during the day of the bombings and the weeks after. "
        "Some of the victims' relatives were consulted during the writing, the makers said. "
        "Critics praise the restraint of the series, which never shows the explosions themselves. "
        "De Standaard writes that the acting of the lead actress 'carries the whole series'. "
        "The victims' association V-Europe said it had mixed feelings but appreciated the respect shown to survivors. "
        "The series will be broadcast in French on RTBF next month. "
        "A second season is not planned.",
        "entertainment",
    ),
    (
        "New novel about Dutchbat in Srebrenica tops bestseller list",
        "A novel about a young Dutch soldier serving in the UN enclave of Srebrenica in 1995 has reached the top of the Dutch bestseller list in its second week. "
        "The author, himself a former member of Dutchbat III, describes the weeks before the fall of the enclave and the guilt that has haunted many soldiers since. "
        "More than 8,000 Muslim men and boys were murdered by Bosnian Serb forces after the enclave fell, and the Dutch battalion was unable to prevent it. "
        "In 2022 the Dutch government apologised to the veterans for sending them on a mission that was impossible to carry out. "
        "Critics in NRC call the book 'raw and sincere', while the Mothers of Srebrenica say they fear it puts the soldiers at the centre of the story. "
        "The publisher has sold the translation rights to Germany and Bosnia. "
        "The author will speak at the Srebrenica commemoration in The Hague in July. "
        "A film adaptation is being considered.",
        "entertainment",
    ),
    (
        "Supreme Court rules on export of F-35 parts to Israel",
        "The Supreme Court in The Hague ruled on Friday that the government must reassess whether to allow the export of F-35 fighter jet parts to Israel, in a case brought by Oxfam Novib, PAX and The Rights Forum. "
        "Last year the court of appeal ordered the state to stop all exports of F-35 parts from a warehouse in Woensdrecht, citing a clear risk that the jets would be used in serious violations of international humanitarian law in the war in Gaza. "
        "The Supreme Court did not ban exports outright but said the minister must take a new decision within six weeks. "
        "The government had argued that the court should not interfere in foreign policy and that the parts are part of an American supply network. "
        "The plaintiffs said they were disappointed but that the ruling confirmed the duty of the state to assess the risks. "
        "Foreign Trade Minister Reinette Klever said the government would study the ruling carefully. "
        "The F-35 parts are owned by the United States and stored in the Netherlands for distribution to partner countries. "
        "NOS reports that the last shipments were made before the ban.",
        "military",
    ),
    (
        "Last Dutch F-16s delivered to Ukraine",
        "The Netherlands has delivered the last of the 24 F-16 fighter jets it promised to Ukraine, Defence Minister Ruben Brekelmans announced on Monday. "
        "The jets were flown to Romania, where Ukrainian pilots have been trained at a centre set up with Dutch help, and then handed over to Kyiv. "
        "The Netherlands has also supplied ammunition, spare parts and maintenance support as part of a package worth several hundred million euros. "
        "Brekelmans said the country would continue to support Ukraine 'for as long as necessary'. "
        "The Royal Netherlands Air Force has now fully replaced its F-16s with F-35s, which are based at Leeuwarden and Volkel. "
        "Belgium has promised to deliver its first F-16s to Ukraine later this year, Le Soir reports. "
        "The Russian embassy in The Hague said the deliveries prolonged the war. "
        "The handover ceremony took place without the press for security reasons.",
        "military",
    ),
    (
        "Belgium raises defence budget to 2 percent of GDP to meet NATO target",
        "The federal government of Bart De Wever has agreed to raise Belgium's defence spending to 2 percent of gross domestic product this year, meeting the NATO target for the first time. "
        "The extra billions will go to ammunition, air defence and the recruitment of thousands of soldiers, Defence Minister Theo Francken said. "
        "Belgium has long been one of the lowest spenders in the alliance, with less than 1 percent of GDP in some years. "
        "The opposition criticised the plan, saying it would be paid for with cuts in social security and development aid. "
        "Francken said the army had been 'bled dry' for decades and that the threat from Russia required a 'war economy mindset'. "
        "The plan includes the purchase of additional F-35s and new frigates together with the Netherlands. "
        "Economists question how the government will finance the increase without raising the deficit. "
        "The NATO summit in The Hague in June is expected to set an even higher target, De Standaard notes.",
        "military",
    ),
    (
        "Dutch brigade practises defending Lithuania in large NATO exercise",
        "About 3,000 Dutch soldiers are taking part in a large-scale NATO exercise in Lithuania this month, practising the defence of the Suwałki corridor between Belarus and the Russian enclave of Kaliningrad. "
        "The soldiers of 13 Light Brigade brought tanks, infantry fighting vehicles and artillery by train and ship from the Netherlands. "
        "It is the largest Dutch deployment in the Baltic states since the end of the Cold War, the Ministry of Defence said. "
        "The exercise involves German, Lithuanian and American units, and includes live-fire drills at the Pabradė training ground. "
        "Lithuanian President Gitanas Nausėda visited the troops on Tuesday and thanked the Netherlands for its commitment. "
        "A Dutch commander told NOS that his soldiers had learned to move quickly in the forests and marshes. "
        "The Netherlands also has about 250 soldiers permanently stationed in Lithuania as part of NATO's forward presence. "
        "The exercise ends next week.",
        "military",
    ),
    (
        "Navy commissions first of new anti-submarine frigates in Den Helder",
        "The Royal Netherlands Navy commissioned the first of four new anti-submarine warfare frigates in Den Helder on Friday, in the presence of King Willem-Alexander. "
        "The ships, built by Damen in Vlissingen, are being purchased together with Belgium, which will receive two of them. "
        "They will hunt submarines in the North Sea and the North Atlantic, where Russian activity has increased, the navy said. "
        "The frigates will replace the ageing M-class ships that have been in service since the early 1990s. "
        "Delays in construction and rising costs have pushed the project several years behind schedule, according to a report by the Court of Audit. "
        "The navy is also struggling to find enough personnel to crew the new ships. "
        "The King broke a bottle on the bow during the ceremony. "
        "The second frigate is due to be delivered next year, NRC reports.",
        "military",
    ),
    (
        "Record interest in Defence's voluntary service year",
        "More than 2,000 young people have applied for the voluntary service year at the Dutch armed forces, twice as many as last year, the Ministry of Defence said on Thursday. "
        "During the year, participants get a basic military training and then work in a unit, while receiving a salary and free housing. "
        "Defence wants to grow to a force of 100,000 soldiers, reservists and civilian staff by 2030, and sees the service year as an important recruitment tool. "
        "State secretary Gijs Tuinman said the war in Ukraine had made many young people think about security. "
        "Several parties in parliament want to go further and introduce a form of compulsory service, as in Sweden and Norway. "
        "The armed forces still have thousands of vacancies, especially for technicians and IT specialists. "
        "A participant from Zwolle told de Volkskrant that she wanted to 'do something useful before going to university'. "
        "The next group starts in September.",
        "military",
    ),
    (
        "Olivier Vandecasteele released in prisoner exchange with Iran",
        "Belgian aid worker Olivier Vandecasteele, who had been held in Iran for 455 days, was released on Friday in a prisoner exchange and landed at Melsbroek military airport in the evening. "
        "In return, Belgium released Assadollah Assadi, an Iranian diplomat who had been sentenced to 20 years in prison for a plot to bomb a meeting of Iranian opposition groups near Paris in 2018. "
        "The exchange was made possible by a treaty approved by the Belgian parliament and mediated by Oman. "
        "Prime Minister Alexander De Croo said he had made a choice for 'the life of an innocent man'. "
        "Vandecasteele, who was sentenced in Iran to 40 years in prison and 74 lashes, looked thin but smiling as he was welcomed by his family. "
        "The Iranian opposition sharply criticised the swap. "
        "The aid worker will first rest and receive medical care, VRT reports. "
        "He had been arrested in Tehran in February 2022.",
        "peace",
    ),
    (
        "Ceasefire between Israel and Hezbollah takes effect, Belgians in Lebanon relieved",
        "A ceasefire between Israel and Hezbollah took effect early on Wednesday, and Belgian families in Lebanon told VRT NWS of their relief after weeks of anxiety. "
        "Under the agreement, brokered by the United States and France, Israel is to withdraw its troops from southern Lebanon within 60 days, while the Lebanese army deploys in the area. "
        "Hezbollah is to withdraw its fighters north of the Litani river. "
        "Foreign Minister Hadja Lahbib welcomed the deal and said Belgium was ready to support the Lebanese army. "
        "Thousands of displaced Lebanese began returning to their villages in the south in the morning, despite warnings from the Israeli army to wait. "
        "A Belgian-Lebanese doctor in Beirut said people were 'afraid to believe it'. "
        "The Belgian embassy will resume normal consular services next week. "
        "A committee led by the United States will monitor compliance.",
        "peace",
    ),
    (
        "Convention on claims commission for Ukraine signed in The Hague",
        "More than thirty countries signed a convention in The Hague on Tuesday to set up an international commission that will rule on claims for damage caused by Russia's war against Ukraine. "
        "The commission will assess the claims collected in the register of damage, which is also based in The Hague and has already received tens of thousands of applications. "
        "Foreign Minister David van Weel, who hosted the conference, said the convention was 'a step towards accountability'. "
        "Ukrainian President Volodymyr Zelensky attended the ceremony and thanked the Netherlands for its role. "
        "How the compensation will be paid remains unclear, since most frozen Russian assets remain blocked in Belgium at the clearing house Euroclear. "
        "Russia does not recognise the commission. "
        "The convention will enter into force once it has been ratified by a sufficient number of states. "
        "NRC calls the signing 'symbolic but important'.",
        "peace",
    ),
    (
        "Belgium hosts talks on prisoner exchange between Armenia and Azerbaijan",
        "Armenian and Azerbaijani negotiators met in Brussels on Monday for talks on the release of prisoners and the demarcation of their border, the European External Action Service said. "
        "The talks, chaired by an EU envoy, focused on the exchange of detainees still held by both countries and on the search for people missing since the wars of the 1990s and 2020. "
        "Both delegations described the meeting as 'constructive', and a new round was scheduled for next month. "
        "European Council President Charles Michel said the EU wanted to support 'a lasting peace in the South Caucasus'. "
        "The two countries are negotiating a peace treaty, but differences remain over the constitution of Armenia and transport links. "
        "Le Soir notes that Brussels has become one of the main venues for the negotiations. "
        "No agreement was announced at the end of the day. "
        "The negotiators will report back to their capitals.",
        "peace",
    ),
    (
        "Measles outbreak in Bible belt: GGD urges parents to vaccinate",
        "The number of measles cases in the Netherlands has risen to more than 200 this year, most of them in the so-called Bible belt, where many orthodox Protestants refuse vaccination for religious reasons, the RIVM said on Tuesday. "
        "In some municipalities in Gelderland and Zeeland, vaccination coverage is below 70 percent. "
        "Two children have been admitted to hospital with complications, and one of them is in intensive care. "
        "Regional health services have set up extra clinics where parents can have their children vaccinated without an appointment. "
        "The RIVM warns that the outbreak could spread to other parts of the country. "
        "Vaccination coverage in the national programme has fallen in recent years, partly because of distrust after the coronavirus pandemic. "
        "A GGD doctor in Ede told NOS that she understood the parents' concerns but that measles 'is not an innocent disease'. "
        "The RIVM will publish new figures next week.",
        "health",
    ),
    (
        "Mpox: Antwerp opens vaccination centre for risk groups",
        "The Institute of Tropical Medicine in Antwerp has started vaccinating people at high risk of mpox, after the number of cases in Belgium rose to more than 500, the health authorities said. "
        "The vaccination is offered free of charge to men who have sex with men and who have several partners, as well as to health workers who have been exposed. "
        "Belgium received a first batch of several thousand doses through the European Union. "
        "Health Minister Frank Vandenbroucke said the supply was limited and that priority had to be given to those most at risk. "
        "The disease spreads mainly through close physical contact and causes fever and painful blisters. "
        "Experts say the outbreak can be contained if enough people are vaccinated and the number of contacts is reduced. "
        "Pride events in Antwerp and Brussels distributed information leaflets. "
        "De Standaard reports that the waiting lists filled up within days.",
        "health",
    ),
    (
        "House prices reach new record as buyers outbid each other",
        "The average price of an owner-occupied home in the Netherlands rose to a new record of more than 450,000 euros in the second quarter, Statistics Netherlands and the Land Registry said on Thursday. "
        "Prices were almost 10 percent higher than a year earlier, as falling interest rates and rising wages increased buyers' budgets. "
        "In Amsterdam, the average price of a home passed 600,000 euros. "
        "Estate agents' association NVM reported that buyers paid on average several percent above the asking price, and that the number of homes for sale was historically low. "
        "First-time buyers find it increasingly difficult to get a foot on the ladder, while rents in the private sector have also risen sharply. "
        "Housing Minister Mona Keijzer said the construction of new homes had to speed up, but building permits fell last year. "
        "Economists at ABN AMRO expect prices to keep rising next year. "
        "De Volkskrant writes that the housing shortage has become the main concern of young voters.",
        "other",
    ),
    (
        "Students sleep on campsites as Dutch university cities run out of rooms",
        "Hundreds of international students in Groningen, Amsterdam and Utrecht have started the academic year without a room, and some are sleeping in tents on campsites or in hostels, student organisations said. "
        "The national student union LSVb estimates the shortage of student housing at more than 20,000 rooms. "
        "Several universities have asked international students not to come to the Netherlands without confirmed accommodation. "
        "Landlords are selling off rented properties because of new rent rules, which further reduces the supply, according to housing corporation representatives. "
        "In Groningen, the municipality opened an emergency shelter in a sports hall for students who had nowhere to go. "
        "An Italian student told NOS that she had responded to more than a hundred advertisements without success. "
        "The education minister wants to limit the number of English-taught programmes. "
        "Rents for a single room have risen to more than 700 euros a month in Amsterdam.",
        "other",
    ),
]
