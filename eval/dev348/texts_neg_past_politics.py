"""dev348 negatives, the past and politics: Soviet deportations and the Second World War remembered,
bombs and remains found, migrants at the borders with Belarus and Russia, politics with war
words, NATO accession, mediation, prizes and a prisoner swap."""

NEGATIVES = [
    (
        "Candles in Freedom Square as Estonia marks day of mourning for June deportations",
        "Thousands of people lit candles in Tallinn's Freedom Square and at railway stations across Estonia on Saturday to remember the more than 10,000 people deported to Siberia by the Soviet authorities on June 14, 1941. Flags with black ribbons flew from public buildings, and President Alar Karis laid a wreath at the memorial in Maarjamäe. Most of the deportees were women, children and old people, and men were sent separately to prison camps, where many died within a year. 'The memory of the deportations is not only a memory of loss but a reminder of what an occupying power does,' Karis said in a speech. In Riga and Vilnius, similar ceremonies were held at the Torņakalns and Naujoji Vilnia stations, where cattle wagons once stood. Survivors, now in their eighties and nineties, read out the names of relatives who never returned. The Estonian Institute of Historical Memory has so far identified more than 9,000 of those deported that day by name.",
        "history",
    ),
    (
        "Latvia remembers 42,000 sent to Siberia in the March 1949 deportations",
        "Latvians laid flowers at the Freedom Monument in Riga on Tuesday to mark 75 years since the Soviet deportations of March 25, 1949, when more than 42,000 people were loaded onto trains and sent to Siberia in a single operation. The deportations, known as Operation Priboi, also took place in Estonia and Lithuania, and were aimed mainly at farmers resisting collectivisation and the families of partisans. Thousands died from cold and hunger in the first years of exile. Prime Minister Evika Siliņa said the anniversary had 'a special meaning' at a time when Russia was again deporting children from occupied Ukraine. A new exhibition at the Museum of the Occupation of Latvia displays letters written by deportees on birch bark. Schools held lessons on the topic, and the national broadcaster LSM aired interviews with survivors who were children at the time. In Skrunda, a memorial stone was unveiled at the site of the local station.",
        "history",
    ),
    (
        "Hundreds evacuated as Second World War aerial bomb is defused in Tallinn's harbour area",
        "About 400 people were evacuated from homes and offices near Tallinn's Old City Harbour on Wednesday while bomb disposal experts defused a 250-kg Soviet aerial bomb found by construction workers, the Estonian Rescue Board said. The bomb, dropped during the air raids of March 1944, was discovered at a depth of about three metres during excavation work for a new apartment building. Ferries to Helsinki continued to operate from another terminal, but traffic on several streets was halted for almost four hours. The explosives team said the fuse was in poor condition and had to be removed remotely. The rescue board's demining centre deals with hundreds of items of wartime ordnance every year, most of them found by farmers, foresters and builders. Residents were allowed home shortly after 3 p.m. The bomb was taken to a military range in Harju county to be destroyed in a controlled explosion later in the week.",
        "history",
    ),
    (
        "Finland marks 85 years since the start of the Winter War",
        "Finland marked 85 years since the Soviet Union attacked the country on November 30, 1939, with a ceremony at the Heroes' Cemetery at Hietaniemi in Helsinki attended by President Alexander Stubb and a handful of the last surviving veterans. The 105-day war cost Finland about 25,000 dead and forced it to give up about a tenth of its territory, including much of Karelia, from where more than 400,000 people were resettled. Stubb said the war had shaped Finland's understanding that it must be able to defend itself, a lesson he said had led to the decision to join NATO. Veterans' organisations say fewer than 500 Winter War veterans are still alive, most of them over 100 years old. Schools across the country observed a minute's silence at noon. The Finnish Broadcasting Company showed a restored version of a documentary filmed at the front in 1940. Wreaths were also laid in Lahti, Tampere and Joensuu.",
        "history",
    ),
    (
        "Remains of 132 soldiers reburied at war cemetery in Kurzeme",
        "The remains of 132 German and Latvian soldiers killed in the fighting in the Courland pocket in 1944 and 1945 were reburied at the Saldus military cemetery on Saturday, the Latvian war graves association said. The remains were found over the past two years by volunteer search teams working in forests and fields in western Latvia, often with the help of old maps and metal detectors. About a quarter have been identified by name through identity tags, and relatives from Germany attended the ceremony. Soviet soldiers found during the same searches are handed over for burial at separate cemeteries. Historians estimate that tens of thousands of soldiers from both sides are still buried in unmarked graves in Kurzeme. The search teams, made up largely of students and retired soldiers, said they would continue their work in the summer. A Lutheran pastor and a Catholic priest led the service.",
        "history",
    ),
    (
        "Soviet tank monument removed from Narva roadside after years of dispute",
        "A Soviet T-34 tank that stood beside the road outside Narva for decades was lifted onto a lorry on Tuesday and taken to the Estonian War Museum in Viimsi, in a move the government said would prevent the monument being used to 'stir up tension'. Dozens of Narva residents, most of them Russian speakers, gathered at the site on Monday evening to lay flowers, and police said the crowd dispersed peacefully. Prime Minister Kaja Kallas said the tank was 'a murder weapon, not a memorial' and that the government would move up to 400 similar monuments from public places. The city's mayor had argued that the decision should be left to local people. The remains of soldiers buried in Soviet-era graves will be reburied in cemeteries with dignity, the government said. The museum said the tank would be displayed with an explanation of its history. Russia's foreign ministry called the removal 'shameful'.",
        "history",
    ),
    (
        "Denmark marks 80 years since fishermen ferried its Jews to Sweden",
        "Queen Margrethe and Sweden's King Carl Gustaf attended a ceremony at the Great Synagogue in Copenhagen on Sunday to mark 80 years since more than 7,000 Danish Jews escaped across the Øresund to Sweden in October 1943, days before a planned round-up by the German occupiers. Most were carried in small fishing boats from villages north of Copenhagen, such as Gilleleje and Snekkersten, often hidden beneath nets. About 470 were caught and deported to the Theresienstadt camp in Czechoslovakia, where some 50 died. Descendants of the rescuers and of those who fled read extracts from letters and diaries of the time. Prime Minister Mette Frederiksen said the rescue showed 'the decency of ordinary people'. An exhibition at the Danish Jewish Museum includes one of the boats. The Swedish government also held a reception in Helsingborg, where many of the refugees came ashore.",
        "history",
    ),
    (
        "Kirkenes marks liberation anniversary without Russian delegation",
        "The Arctic town of Kirkenes marked 80 years since its liberation by the Red Army in October 1944 with a ceremony at which, for the first time, no official Russian delegation was invited, the Norwegian foreign ministry said. Soviet troops drove German forces out of eastern Finnmark in 1944, and the anniversary had long been a symbol of good relations across the border. About 300 people attended the ceremony at the Soviet war memorial, including Foreign Minister Espen Barth Eide. The Russian consul general in Kirkenes laid a wreath separately earlier in the day. Barth Eide said Norway honoured the Soviet soldiers who died, but could not celebrate alongside a government waging war in Ukraine. The retreating Germans burned almost every building in Finnmark and northern Troms, and tens of thousands of people were forcibly evacuated south that winter. A new museum exhibition opened on Friday shows photographs of the ruins.",
        "history",
    ),
    (
        "Finland closes all crossings on Russian border as asylum seekers arrive on bicycles",
        "Finland will close all remaining crossing points on its 1,340-km border with Russia from Thursday night for two weeks, the government said, after more than 900 asylum seekers arrived at the border in November, many of them on bicycles. Prime Minister Petteri Orpo said the arrivals were being 'orchestrated' by Russia as a form of hybrid influence and that the closure was necessary for national security. Most of the migrants came from Syria, Yemen, Somalia and Iraq, and border guards said they had been allowed to approach the crossings without valid Schengen documents. Only the rail crossing at Vainikkala will remain open for freight. Finnish border guards have set up concrete barriers and barbed wire at several crossings. The EU border agency Frontex is sending 50 officers and equipment to help. Human rights groups warned that Finland must still allow people to apply for asylum. The Kremlin denied involvement.",
        "politics",
    ),
    (
        "Lithuania lets border guards turn back migrants from Belarus under new law",
        "Lithuania's parliament passed a law on Thursday allowing border guards to turn back migrants who try to cross from Belarus outside official checkpoints, a practice rights groups call illegal pushbacks. The Seimas voted 84 to 4 to make the practice permanent, after it had been used under emergency rules since 2021, when thousands of people, mainly from Iraq and Afghanistan, were flown to Minsk and sent towards the border. The law applies in a state of emergency, which the government can declare if there is 'mass influx'. The interior ministry said border guards had prevented more than 21,000 attempts to cross illegally since the crisis began. Amnesty International said the law breached EU and international law, and the Council of Europe's human rights commissioner urged MPs to reject it. The ministry said the 550-km fence along the Belarusian border was nearly complete. Migrants who are turned back are left on the Belarusian side.",
        "politics",
    ),
    (
        "Latvia extends state of emergency on Belarus border as migrants wait in forest",
        "The Latvian government extended the state of emergency along its border with Belarus by three months on Tuesday, citing continued attempts by migrants to cross illegally with the help of Belarusian officials. The State Border Guard said it had stopped more than 2,400 attempts in the past month, mostly at night and often by groups of 20 to 30 people. Several dozen migrants have been stuck for days in the forest between the two border fences, according to the aid group Gribu palīdzēt bēgļiem, which said some needed medical care. The interior ministry said humanitarian aid was being provided where necessary and that anyone who crossed illegally would be returned. Work on the border fence is due to finish next year, and drones and thermal cameras are now used along most of the 173-km line. Interior Minister Rihards Kozlovskis said Belarus was using migrants 'as a weapon'. A court in Rēzekne convicted two soldiers last year of helping migrants cross.",
        "politics",
    ),
    (
        "Hungary's parliament clears last hurdle for Sweden's NATO membership",
        "Hungary's parliament voted on Monday to ratify Sweden's application to join NATO, ending a delay of more than 18 months and removing the last obstacle to the country becoming the alliance's 32nd member. The vote, 188 to 6, came days after Prime Minister Ulf Kristersson visited Budapest and agreed to sell four Gripen fighter jets to Hungary. Kristersson called it 'a historic day' and said Sweden was ready to take its share of responsibility for Europe's security. Sweden applied to join in May 2022, together with Finland, which became a member in April last year, but its bid was held up first by Turkey and then by Hungary. The battle over ratification had become a test of Swedish diplomatic patience, commentators said. The accession documents are expected to be deposited in Washington within days. Sweden had been militarily non-aligned for more than 200 years. The Swedish flag will be raised at NATO headquarters in Brussels.",
        "politics",
    ),
    (
        "Danish party leaders promise a 'war on gangs' in first televised debate",
        "The leaders of Denmark's main parties clashed over crime and immigration in the first televised debate of the election campaign on Wednesday, with both government and opposition promising tougher measures against gangs. Prime Minister Mette Frederiksen said her Social Democrats would declare 'war on the gangs' by doubling sentences for crimes committed in areas with special police zones. Liberal leader Jakob Ellemann-Jensen attacked the government's record, accusing it of 'fighting yesterday's battles' on crime while failing on health care. The Danish People's Party called for a ban on new residence permits for people from some countries. Polls show the race between the two blocs is close, with the new Moderates party of former prime minister Lars Løkke Rasmussen possibly holding the balance. Analysts said voters were more concerned about inflation and energy bills. The election will be held on November 1.",
        "politics",
    ),
    (
        "Estonian government survives no-confidence vote over tax rises",
        "Estonia's three-party coalition survived a no-confidence vote in the Riigikogu on Monday, after the opposition accused Prime Minister Kaja Kallas of waging 'a war on families' with rises in income tax, VAT and a new car tax. The motion, brought by the Centre Party, Isamaa and the Conservative People's Party, received 42 votes, short of the 51 needed. Kallas said the tax increases were needed to pay for a rise in defence spending and to reduce a budget deficit that has grown since the pandemic. Her Reform Party has fallen to third place in opinion polls, and the business lobby has warned the car tax will hit rural households hardest. The opposition said it would continue its 'obstruction' in parliament by filing hundreds of amendments to slow down the bill. The budget is expected to be adopted before Christmas. Protesters outside the parliament held placards but left peacefully.",
        "politics",
    ),
    (
        "Sweden weighs law change to stop Koran burnings after security threat warning",
        "The Swedish government said on Friday it would examine changes to the Public Order Act that would allow police to take national security into account when deciding whether to permit demonstrations, after a series of Koran burnings this summer strained relations with several Muslim countries. The security police, Säpo, raised the country's terror threat level to four on a five-point scale last month, citing threats linked to the burnings. Prime Minister Ulf Kristersson said Sweden was in 'the most serious security situation since the Second World War', but ruled out reintroducing a blasphemy law. The Justice Ministry will present proposals in the autumn. Civil liberties groups warned that freedom of assembly should not depend on how foreign governments react. Demonstrations in front of mosques and embassies have passed off without violence in recent weeks, police said. Denmark is preparing a similar bill to ban the improper treatment of religious texts.",
        "politics",
    ),
    (
        "Oslo hosts fresh round of talks between Venezuelan government and opposition",
        "Representatives of the Venezuelan government and the opposition met in Oslo on Tuesday for a new round of talks facilitated by Norway, the Norwegian foreign ministry said, after months in which the negotiations were frozen. The two delegations will discuss conditions for elections, sanctions relief and humanitarian aid, according to a joint statement. Norway has a long record of facilitating peace talks, from the Oslo Accords between Israel and the Palestinians in 1993 to the Colombian peace agreement of 2016 with the FARC. Dag Nylander, the head of Norway's peace and reconciliation section, said the talks would be held out of public view. The ministry said the parties had agreed not to comment until the end of the round. Diplomats said the United States and several Latin American governments had encouraged the resumption. The first round in Oslo ended without an agreement.",
        "peace",
    ),
    (
        "Hiroshima and Nagasaki survivors' group Nihon Hidankyo wins Nobel Peace Prize in Oslo",
        "The Norwegian Nobel Committee awarded the Nobel Peace Prize on Friday to Nihon Hidankyo, a Japanese organisation of survivors of the Hiroshima and Nagasaki atomic bombings, for its efforts to achieve a world free of nuclear weapons. Committee chairman Jørgen Watne Frydnes said the survivors, known as hibakusha, had helped to build a powerful norm against the use of nuclear weapons, but that the norm was 'under pressure'. The announcement was made at the Norwegian Nobel Institute in Oslo at 11 a.m. Members of the group in Tokyo wept as they watched the live broadcast. The prize, worth 11 million Swedish kronor, will be presented in Oslo on December 10, the anniversary of Alfred Nobel's death. Last year's prize went to the jailed Iranian activist Narges Mohammadi. More than 280 individuals and organisations were nominated this year.",
        "peace",
    ),
    (
        "Swedish EU diplomat freed by Iran in prisoner exchange mediated by Oman",
        "A Swedish diplomat who had been held in Iran for more than two years arrived back in Stockholm on Saturday after being released in a prisoner exchange, Prime Minister Ulf Kristersson said. The man, who worked for the European Union's diplomatic service, was arrested at Tehran airport in April 2022 while on a private trip and later charged with spying for Israel, charges he denied. He was freed together with a second Swedish-Iranian citizen, in exchange for a former Iranian prison official serving a life sentence in Sweden for his role in mass executions of prisoners in 1988. Oman helped to broker the swap, and the men were flown from Muscat on a Swedish government plane. Kristersson said the government had made 'a difficult decision'. Relatives of the Iranians executed in 1988 criticised the deal. Another Swedish-Iranian, a doctor, remains on death row in Tehran.",
        "peace",
    ),
    (
        "Finland's CMI helps broker deal on return of children between Ukraine and Russia",
        "Finnish mediation organisation CMI said on Wednesday that it had helped to facilitate an agreement under which a group of Ukrainian children taken to Russia would be reunited with their families, alongside Qatari mediators. The deal, concluded after months of contacts in Doha and Helsinki, covers an initial list of 48 children, CMI's chief executive said in a statement. The organisation, founded by former president Martti Ahtisaari after he won the Nobel Peace Prize in 2008, works largely out of public view. Ukrainian officials welcomed the agreement but said thousands of children remained unaccounted for. Russia's children's rights commissioner said the children had been living with relatives or in care and would be returned 'in line with humanitarian principles'. Finland's foreign ministry said it supported the work but was not a party to it. The first children are expected to cross through Belarus next week.",
        "peace",
    ),
]
