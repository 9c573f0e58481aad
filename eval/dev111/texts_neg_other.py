"""dev111 plain negatives (negative_other): asylum policy, courts, arrivals, resettlement, lives."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Supreme Court rules government's Rwanda asylum plan unlawful",
        "The UK Supreme Court ruled unanimously on Wednesday that the government's plan to send "
        "asylum seekers to Rwanda is unlawful, dealing a heavy blow to the prime minister's "
        "pledge to stop small boat crossings of the Channel. The five justices upheld a Court of "
        "Appeal decision that there were substantial grounds for believing people sent to Rwanda "
        "would face a real risk of being returned to their home countries, where they could be "
        "persecuted. Lord Reed, the court's president, said the evidence showed that Rwanda's "
        "asylum system had serious and systematic defects, including a 100% rejection rate for "
        "claims from some countries. The prime minister said he would draw up a new treaty with "
        "Rwanda and emergency legislation to declare it a safe country. Rwanda's government said "
        "it took issue with the ruling and considered itself a safe third country. Britain has "
        "paid Kigali £140m under the deal, and no asylum seeker has yet been flown there. "
        "Refugee charities outside the court in Parliament Square cheered as the judgment was "
        "read out.",
        "other",
    ),
    (
        "Germany deports 28 Afghan convicts on first flight since Taliban takeover",
        "Germany deported 28 Afghan men convicted of crimes to Afghanistan on Friday, the first "
        "such flight since the Taliban returned to power in August 2021, the government said. The "
        "Qatar Airways charter left Leipzig early in the morning and landed in Kabul in the "
        "afternoon, and each man was given €1,000 in cash, officials said. Germany has no "
        "diplomatic relations with the Taliban, and the flight was arranged with the help of "
        "Qatar. Government spokesman Steffen Hebestreit said all of the men had been convicted of "
        "serious offences and had no right to stay. The deportation came a week before state "
        "elections in Saxony and Thuringia, where the anti-immigration AfD is leading the polls, "
        "and amid a fierce debate over why so few rejected asylum seekers are actually sent "
        "home. Pro Asyl, a refugee rights group, said that no one should be sent "
        "to a country where torture and arbitrary detention were widespread. About 11,500 Afghans "
        "in Germany are required to leave the country, according to interior ministry figures.",
        "other",
    ),
    (
        "Denmark revokes residence permits of Syrian refugees from Damascus area",
        "Denmark has begun revoking the residence permits of Syrian refugees from the Damascus "
        "area, saying the region is now safe enough for them to return, the first European country "
        "to do so. The immigration ministry said 189 Syrians had lost their permits after their "
        "cases were reviewed, and that about 500 more files were being examined. Those affected "
        "can appeal, but because Denmark has no diplomatic relations with the Syrian government it "
        "cannot deport them, and those who refuse to leave may be sent to departure centres. "
        "'We have been open and honest from the start,' the immigration minister said, adding "
        "that protection had always been meant to be temporary. Among those told to leave was a "
        "19-year-old high school student in Nyborg whose case drew wide attention after she spoke "
        "on national television. The UN refugee agency said it did not consider recent "
        "improvements in security in parts of Syria sufficient to justify ending protection. The "
        "policy has broad support in parliament, including from the governing Social Democrats.",
        "other",
    ),
    (
        "Rome court orders return of first migrants sent to Albania centres",
        "An Italian court on Friday ordered the return to Italy of 12 migrants who had been sent to "
        "a new processing centre in Albania, a setback for Prime Minister Giorgia Meloni's plan to "
        "handle asylum claims outside the European Union. The judges in Rome said they could not "
        "approve the men's detention because their home countries, Bangladesh and Egypt, could "
        "not be considered safe, citing a recent ruling by the EU's top court. The men had been "
        "picked up at sea by an Italian navy ship and taken to the port of Shëngjin this week, "
        "the first group to go through the centres, which cost Italy about €800m over five years. "
        "Meloni said the decision was 'prejudiced' and that her government would pass a decree "
        "listing safe countries of origin in law. Opposition parties called the scheme a costly "
        "failure. Several EU governments have said they are watching the Italian model closely, "
        "and the European Commission has suggested that 'return hubs' outside the bloc could be "
        "part of future policy.",
        "other",
    ),
    (
        "European Parliament narrowly approves overhaul of EU migration rules",
        "The European Parliament on Wednesday approved a sweeping overhaul of the EU's asylum and "
        "migration rules after nearly a decade of negotiations, in a series of close votes "
        "interrupted by protesters in the public gallery shouting 'This pact kills'. The pact "
        "sets up faster border procedures for people from countries with low recognition rates, "
        "with screening and fingerprinting within seven days, and a system of 'mandatory "
        "solidarity' under which member states either take in asylum seekers from countries under "
        "pressure or pay €20,000 for each person they decline. Supporters said the rules would "
        "restore order to a system that broke down in 2015 and 2016. Rights groups said the "
        "pact would lead to more detention, including of families with children, at Europe's "
        "borders. Poland and Hungary said they would not apply the solidarity mechanism. The "
        "rules still need formal approval by member states and are due to take effect in 2026.",
        "other",
    ),
    (
        "Lampedusa overwhelmed as 7,000 migrants arrive in a single day",
        "Almost 7,000 migrants arrived on the Italian island of Lampedusa on Tuesday, more than its "
        "entire population, in one of the busiest days on record, the Italian Red Cross said. "
        "Dozens of small metal boats that had left from the Tunisian city of Sfax queued at the "
        "harbour entrance, and coast guard crews brought hundreds of people ashore at a time. The "
        "island's reception centre, built for about 400 people, held more than 6,000 on Wednesday "
        "morning, and many slept on the ground in the heat. A five-month-old baby drowned when a "
        "boat overturned as it was being towed into port, officials said. The mayor declared a "
        "state of emergency, and the government began moving people to Sicily by ferry and "
        "military plane. Most of the arrivals were from Guinea, Ivory Coast, Burkina Faso and "
        "Tunisia. Italy has recorded more than 120,000 sea arrivals this year, nearly double the "
        "number at the same point last year. The European Commission president said she would "
        "visit the island with the Italian prime minister at the weekend.",
        "other",
    ),
    (
        "Darién crossings fall by more than 90% as migrants head south instead",
        "The number of migrants crossing the Darién jungle between Colombia and Panama has fallen by "
        "more than 90% this year, and a growing number are now travelling in the opposite "
        "direction, Panamanian officials said on Thursday. Only about 2,800 people crossed "
        "northward in the first four months of the year, compared with more than 130,000 in the "
        "same period last year, according to Panama's migration service. At the same time, some "
        "7,000 migrants, most of them Venezuelans who had given up on reaching the United States, "
        "have passed through Panama heading south, many by boat along the Caribbean coast to "
        "Colombia. 'There is no point in going north any more; the door is closed,' said a "
        "Venezuelan man waiting in Panama City with his wife and daughter. Shelters in the Darién "
        "villages of Bajo Chiquito and Lajas Blancas, which received thousands a day at their "
        "peak, have closed. Panama's president credited his government's policy of closing trails "
        "and repatriation flights, paid for by the United States.",
        "other",
    ),
    (
        "CBP One appointments cancelled as new administration ends app, stranding thousands",
        "Migrants waiting in Ciudad Juárez for their asylum appointments at the border learned on "
        "Monday afternoon that the appointments had been cancelled, as the new administration shut "
        "down the CBP One app within hours of taking office. About 30,000 people had scheduled "
        "appointments at ports of entry over the following weeks, according to advocates in El "
        "Paso. A Honduran woman at the Paso del Norte bridge said she had waited eight months for "
        "her date, which was that afternoon. The app had been used by almost a million people to "
        "enter the country legally since it was introduced in 2023. Shelters in Juárez said they "
        "were preparing for many families to stay longer, and that some would try to cross "
        "illegally. Mexico's government said it would set up temporary shelters in northern cities "
        "for people deported from the United States. El Paso officials said they did not expect a "
        "large increase in street releases, as the number of crossings had already fallen.",
        "other",
    ),
    (
        "Nauru offshore processing costs Australia more than $4 million per person a year",
        "Australia is spending more than $4 million a year for each person held on Nauru under its "
        "offshore processing policy, figures released to a Senate committee show. The government "
        "paid about $485 million last financial year to run the regional processing centre, "
        "although fewer than 100 people were held there for most of that time. Most of the money "
        "went to a US-based company that holds the contract to operate the centre, and to "
        "security and health services. Home Affairs officials told the committee that the centre "
        "had to be kept ready to receive new arrivals at short notice. The Greens said the figures "
        "showed the policy was a waste of money, while the opposition said it was essential to "
        "deter boats. Refugee advocates said several people held on Nauru had been there for more "
        "than a decade. The government said offshore processing remained a key part of its border "
        "policy, alongside boat turnbacks and temporary protection visas.",
        "other",
    ),
    (
        "New Zealand to raise refugee quota to 1,500 from 2020",
        "New Zealand will raise its annual refugee quota from 1,000 to 1,500 places from July 2020, "
        "Prime Minister Jacinda Ardern announced on Wednesday, fulfilling a promise made by Labour "
        "in last year's election. The increase will cost about NZ$25 million a year and will "
        "include more funding for housing, health and English classes in the cities that receive "
        "refugees. Immigration minister Iain Lees-Galloway said the government would also open "
        "two new resettlement locations, in Levin and Masterton, and would look at taking more "
        "people from the Asia-Pacific region. New Zealand has kept its quota at 750 for most of the "
        "past three decades, and raised it to 1,000 in 2018. Refugee advocates welcomed the "
        "increase but said it was still small compared with countries such as Canada. The Green "
        "Party had pushed for 5,000 places. Most refugees now resettled in New Zealand come from "
        "Syria, Afghanistan, Colombia and Myanmar.",
        "other",
    ),
    (
        "Canada meets its goal of resettling 40,000 Afghans",
        "Canada has met its target of resettling 40,000 Afghan refugees, the immigration minister "
        "said on Tuesday, more than two years after the federal government made the pledge in the "
        "days following the fall of Kabul. The newcomers include interpreters and staff who worked "
        "with Canada's mission during the war in Afghanistan and their families, as well as women "
        "leaders, human rights defenders, journalists and members of the LGBTQ community. Many "
        "came from Pakistan, where they had waited for months or years after escaping. Canada "
        "resettled about 18,000 people through a special programme for former employees and their "
        "relatives, and the rest through humanitarian and private sponsorship streams. Advocacy "
        "groups said thousands of Afghans who worked with Canadian soldiers were still stuck in "
        "Afghanistan or in limbo in third countries. The Afghan-Canadian community in Calgary "
        "held a dinner on Sunday to thank volunteers who had helped with housing and schools. "
        "About 4,000 new arrivals were still living in hotels, the ministry said.",
        "other",
    ),
    (
        "Jordan extends free work permits for Syrian refugees",
        "Jordan will keep issuing work permits to Syrian refugees free of charge until the end of "
        "the year, the labour ministry said on Sunday, extending a programme that has given more "
        "than 150,000 permits since 2016. The permits allow Syrians to work legally in agriculture, "
        "construction, manufacturing and some services, though many professions, including "
        "medicine and engineering, remain closed to foreigners. The scheme was part of the Jordan "
        "Compact, a deal under which donors offered grants, cheap loans and trade concessions with "
        "the European Union in exchange for opening the labour market to refugees. Factory owners "
        "in special economic zones said they had found it hard to meet the quotas for Syrian "
        "workers, because many refugees prefer informal jobs near their families. About 660,000 "
        "Syrians are registered with the UN refugee agency in Jordan, most of them in cities and "
        "about a fifth in the Zaatari and Azraq camps. A labour ministry official said women now "
        "held about 5% of the permits.",
        "other",
    ),
    (
        "Syrians queue at Cilvegözü crossing to go home after Assad's fall",
        "Hundreds of Syrians queued at the Cilvegözü border crossing in Türkiye's Hatay province on "
        "Monday to return home, a week after the fall of Bashar al-Assad's government, their cars "
        "loaded with mattresses, fridges and suitcases. Türkiye's interior ministry said more than "
        "7,600 Syrians had crossed back since the start of the month, and that it would open more "
        "lanes and extend opening hours to meet demand. 'I left Aleppo as a student and I am going "
        "back with three children,' said a man who had worked in a textile workshop in Istanbul "
        "for nine years. Under a new rule, one member of each returning family will be allowed to "
        "travel back and forth three times before July to prepare the move. Türkiye hosts about "
        "three million Syrians, and President Erdoğan said he expected voluntary returns to grow "
        "as Syria rebuilds. Many refugees said they would wait to see whether there would be jobs, "
        "schools and electricity in their home towns before leaving. The UN refugee agency said it "
        "did not yet recommend large-scale returns.",
        "other",
    ),
    (
        "From Hazara refugee to Adelaide restaurant owner, Ali feeds a new home",
        "When Ali Jafari arrived in Adelaide in 2012 after fleeing persecution in Afghanistan, he "
        "spoke no English and had never cooked for anyone outside his family. Ten years later, his "
        "restaurant on Prospect Road serves more than 300 meals a night, and its queue on Friday "
        "evenings stretches past the chemist next door. The menu is built around the dishes of his "
        "mother's kitchen in Ghazni: qabuli palaw with carrots and raisins, mantu dumplings and "
        "bolani flatbreads. Ali spent his first years working on a mushroom farm in the Adelaide "
        "Hills and in a kebab shop in the city, saving for a deposit on the lease. He now employs "
        "14 people, half of them former refugees from Afghanistan, South Sudan and Myanmar. 'My "
        "father told me a man should be judged by his table,' he said. The restaurant won the "
        "state's best casual dining award this month. Ali says his next plan is to open a bakery, "
        "and to bring his mother to visit.",
        "other",
    ),
    (
        "Sudanese refugee children start classes in new schools in eastern Chad",
        "More than 12,000 Sudanese refugee children started lessons this week in 40 new classrooms "
        "built in the camps of eastern Chad, the UN children's agency said, many of them in a "
        "school for the first time in more than a year. The classrooms, in the Farchana, Metché "
        "and Aboutengué camps, are made of local brick and tin and were paid for by the European "
        "Union and Education Cannot Wait, a global fund. Most of the children arrived with their "
        "families after fleeing the war in Darfur in 2023. Lessons follow the Sudanese curriculum "
        "in Arabic, so that the pupils can sit exams and continue their schooling if they return, "
        "and teachers are mostly refugees themselves. 'I was a teacher in Geneina and now I am a "
        "teacher here,' said Amna, who teaches 90 pupils in two shifts. UNICEF said that fewer than "
        "half of school-age refugee children in Chad were in class, and that it needed more money "
        "for teachers' allowances and textbooks. Chadian pupils from nearby villages have also "
        "been enrolled.",
        "other",
    ),
]
