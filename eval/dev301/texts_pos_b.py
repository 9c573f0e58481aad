"""dev301 positives, part B: unrest, crackdowns and attacks in Central Asia and Georgia/Armenia."""

POSITIVES = [
    (
        "Almaty akimat in flames as protests over fuel prices turn violent",
        "Protesters stormed and set fire to the Almaty city administration building on Wednesday "
        "and briefly seized the airport, as unrest that began over a rise in gas prices in the "
        "west of Kazakhstan spread to the country's largest city. Police used stun grenades and "
        "tear gas on crowds on Republic Square, and gunfire could be heard in the centre into the "
        "night, according to residents and reporters from the news site Vlast. The interior "
        "ministry said eight police officers and national guardsmen had been killed and more than "
        "300 injured, while hospitals reported hundreds of civilians admitted with wounds. The "
        "internet was cut across the country. President Kassym-Jomart Tokayev declared a "
        "nationwide state of emergency, dismissed the government and asked the Russian-led "
        "Collective Security Treaty Organization for troops, calling the rioters 'terrorist "
        "bands' trained abroad. Shops and banks along Abai Avenue were looted, and cars burned "
        "outside the presidential residence. Witnesses said some groups of young men arrived in "
        "minibuses and appeared to be organised, while many of the protesters were ordinary "
        "residents angry at prices and corruption. By morning the charred shell of the akimat was "
        "still smoking, and soldiers had taken up positions on the main roads. The mayor's office "
        "said it had lost contact with several district police stations.",
        "U",
        "riot",
    ),
    (
        "Tokayev says shoot-to-kill order given as CSTO troops arrive in Kazakhstan",
        "President Kassym-Jomart Tokayev said on Friday that he had authorised security forces to "
        "open fire without warning on what he called bandits and terrorists, as troops from "
        "Russia, Belarus and Armenia landed at airports in Almaty and Nur-Sultan. The interior "
        "ministry said 26 'armed criminals' had been killed and 3,811 people detained in "
        "operations since Wednesday, and that 18 members of the security forces had died. "
        "Residents of Almaty described armoured vehicles on Al-Farabi Avenue and sporadic "
        "shooting near the old square. Relatives gathered outside morgues looking for sons who "
        "had not come home. Shops reopened briefly in parts of the city but queues for cash and "
        "bread stretched around the block, and the internet remained mostly down. Rights groups "
        "said among those detained were peaceful protesters from Zhanaozen and Aktau, where the "
        "protests began.",
        "U M",
        "crackdown",
    ),
    (
        "Nukus: 18 dead after Karakalpak protests, Tashkent says, as curfew holds",
        "Uzbek authorities said on Monday that 18 people had been killed and 243 injured when "
        "protests erupted in Nukus, the capital of the autonomous republic of Karakalpakstan, "
        "over plans to remove its right to secede from the constitution. Videos verified by "
        "Eurasianet showed protesters with bloodied faces lying on the ground and security forces "
        "detaining men near the central bazaar. The prosecutor general's office said 516 people "
        "had been detained and that the unrest had been organised by 'criminal groups'. President "
        "Shavkat Mirziyoyev dropped the amendments after flying to Nukus on Saturday and declared "
        "a month-long state of emergency. The internet has been cut in the region since Friday. "
        "Residents reached by phone said soldiers had blocked the roads into the city and that "
        "people were afraid to go out after dark.",
        "U",
        "crackdown",
    ),
    (
        "Khorog: security operation in GBAO leaves dozens dead, Pamiri activists say",
        "Tajik security forces have killed at least 25 people in Gorno-Badakhshan since the start "
        "of what the authorities call an anti-terrorist operation in the Rushan district, Pamiri "
        "activists abroad said on Thursday. The interior ministry said on Wednesday that eight "
        "members of 'organised criminal groups' had been killed and that protesters blocking the "
        "Pamir highway had attacked police with firearms. Residents told Asia-Plus that troops "
        "had fired on a crowd on the bridge in Rushan and that helicopters had flown over Khorog "
        "all night. Mobile internet in the region has been off since November. The crisis began "
        "with a protest in Khorog over the killing of local men by police. Several families from "
        "villages along the Panj river said they had moved to relatives in the mountains to avoid "
        "the checkpoints. The government has closed the region to foreigners and journalists. "
        "Relatives in Dushanbe said they had not been able to reach families in Rushan for four "
        "days. The United Nations human rights office called for an independent investigation "
        "into the deaths. In Moscow, Pamiri migrants held a small vigil outside the Tajik embassy "
        "before police asked them to leave.",
        "M U V D",
        "crackdown",
    ),
    (
        "Bishkek protesters seize White House after vote; one killed, hundreds hurt",
        "Protesters angry at the results of Sunday's parliamentary election broke into the White "
        "House in Bishkek overnight, setting fire to part of the building, and freed former "
        "president Almazbek Atambayev from the state security prison. Police used water cannon, "
        "rubber bullets and stun grenades on Ala-Too Square before withdrawing. The health "
        "ministry said one man had been killed and 590 people injured, including police officers. "
        "Kloop correspondents saw groups of young men throwing stones at riot police and carrying "
        "off shields. The central election commission cancelled the results on Tuesday morning. "
        "Several opposition parties said they were forming a coordination council, while gangs of "
        "men roamed the streets of the capital and residents formed volunteer patrols to protect "
        "shops.",
        "U",
        "riot",
    ),
    (
        "Mob attacks on foreign students in Bishkek leave 29 injured; Pakistan warns citizens",
        "Hundreds of men attacked hostels housing foreign medical students in Bishkek late on "
        "Friday, after a video of a fight between local and foreign students spread online, "
        "Kyrgyz officials said. The health ministry said 29 people had been injured, among them "
        "students from Pakistan and India, and police said they had detained three men suspected "
        "of starting the violence. Students described crowds breaking down doors and beating "
        "anyone they found, while police took hours to restore order. Pakistan's prime minister "
        "said his government would fly students home, and the first special flights landed in "
        "Lahore on Sunday. The Kyrgyz foreign ministry said reports of deaths were false and "
        "called the attacks hooliganism. Many students said they were afraid to leave their "
        "rooms.",
        "U V D",
        "mob_violence",
    ),
    (
        "Tbilisi police use water cannon and tear gas as EU protests enter fourth night",
        "Riot police in Tbilisi used water cannon, tear gas and pepper spray to clear thousands "
        "of protesters from Rustaveli Avenue early on Sunday, the fourth night of demonstrations "
        "since the ruling Georgian Dream party said it would suspend talks on joining the "
        "European Union. The interior ministry said 107 people had been detained and 16 police "
        "officers injured, some by fireworks thrown by protesters. The Public Defender's office "
        "said dozens of demonstrators had been beaten after being detained, and several "
        "journalists were hospitalised. Protesters built barricades of rubbish bins and set one "
        "alight outside the parliament building. President Salome Zourabichvili, who has sided "
        "with the demonstrators, said she would not step down. Rallies were also reported in "
        "Batumi, Kutaisi and Zugdidi.",
        "U",
        "crackdown",
    ),
    (
        "Rubber bullets in Tbilisi: 240 hurt after protest over Russian MP in parliament",
        "Georgian police fired rubber bullets and tear gas at protesters who tried to storm the "
        "parliament in Tbilisi late on Thursday, leaving 240 people in hospital, among them 80 "
        "police officers, the health ministry said. The crowd had gathered after Sergei Gavrilov, "
        "a Russian communist MP, addressed an inter-parliamentary assembly from the speaker's "
        "chair. Two young protesters lost an eye, according to doctors at the Tbilisi hospital "
        "that treated them. The interior ministry said 305 people had been detained. Speaker "
        "Irakli Kobakhidze resigned on Friday, and organisers called a new rally for the evening. "
        "Moscow suspended flights to Georgia days later. Opposition leaders accused Interior "
        "Minister Giorgi Gakharia of ordering the crackdown and demanded his resignation, while "
        "the government said police had acted to protect the parliament from being stormed.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen seize Yerevan police station, take hostages",
        "An armed group seized a police compound in Yerevan's Erebuni district early on Sunday, "
        "killing a police officer and taking several others hostage, Armenia's National Security "
        "Service said. The gunmen, who call themselves Sasna Tsrer after the heroes of an "
        "Armenian epic, demanded the release of a jailed opposition figure and the resignation of "
        "President Serzh Sargsyan. Security forces sealed off the area, and special forces were "
        "seen taking up positions on nearby roofs. By evening several hundred supporters of the "
        "group had gathered nearby, and police detained dozens of them after scuffles. "
        "Negotiations were continuing through intermediaries, the NSS said, and two of the "
        "hostages, both medics, were released in the afternoon. The jailed opposition figure, "
        "Jirair Sefilian, had been arrested in June on weapons charges that his supporters call "
        "political. The authorities blocked access to Facebook for about an hour on Sunday "
        "morning.",
        "B V U",
        "hostage_siege",
    ),
    (
        "Aktobe attackers raid gun shops and army base; Kazakhstan raises terror alert",
        "Gunmen attacked two gun shops and a national guard unit in the western Kazakh city of "
        "Aktobe on Sunday, killing six people, officials said, in what President Nursultan "
        "Nazarbayev called a terrorist attack by followers of 'non-traditional religious "
        "movements'. Three civilians and three servicemen were among the dead, and security "
        "forces killed 13 attackers in shootouts across the city over the following hours, the "
        "interior ministry said. Police set up checkpoints on the roads out of Aktobe and "
        "residents were told to stay at home. The national security committee raised the "
        "terrorism threat level to red for the region and to yellow across the rest of the "
        "country. Hospitals in the city said they were treating more than a dozen wounded. "
        "Witnesses told Radio Azattyq that the attackers had hijacked a bus and rammed it through "
        "the gates of the military unit. It was the deadliest attack in Kazakhstan since its "
        "independence.",
        "T B",
        "terror_attack",
    ),
    (
        "Islamic State claims attack that killed four foreign cyclists in Tajikistan",
        "The Islamic State group has claimed responsibility for an attack on Sunday in which a "
        "car rammed a group of foreign cyclists on a road south of Dushanbe and the men inside "
        "then stabbed and shot at them, killing four. Two Americans, a Swiss citizen and a Dutch "
        "national were killed, Tajikistan's interior ministry said, and two other cyclists were "
        "wounded. The government initially blamed the banned Islamic Renaissance Party, which "
        "denied any involvement. The cyclists were riding the Pamir Highway in the Danghara "
        "district, popular with adventurers from around the world. Police said four suspects had "
        "been killed and one detained. Tour operators in Dushanbe said several groups had "
        "cancelled their trips.",
        "T V",
        "terror_attack",
    ),
    (
        "Suicide car bomber rams Chinese embassy in Bishkek",
        "A suicide bomber drove a car through the gates of the Chinese embassy in Bishkek on "
        "Tuesday morning and blew it up in the compound, killing himself and wounding three local "
        "staff, Kyrgyz officials said. The blast shattered windows in nearby homes and left a "
        "large crater inside the embassy grounds. Prime Minister Sooronbai Jeenbekov called it a "
        "terrorist act. The State Committee for National Security later said the attacker was an "
        "ethnic Uighur from Tajikistan with links to militants fighting in Syria. Security was "
        "tightened at embassies and government buildings across the capital. Beijing called on "
        "Kyrgyzstan to investigate the attack thoroughly. Residents of the surrounding streets "
        "said the blast had woken them and that a column of smoke rose over the district. Police "
        "cordoned off the area for several hours while investigators examined the wreckage of the "
        "car.",
        "T E",
        "bombing",
    ),
    (
        "Vakhdat prison riot: inmates linked to Islamic State kill guards",
        "Inmates at a high-security prison in Vakhdat, east of Dushanbe, killed three guards and "
        "five fellow prisoners on Sunday night before security forces stormed the facility, "
        "Tajikistan's justice ministry said. The ministry said the riot was led by members of the "
        "Islamic State group serving long sentences, who seized knives from the kitchen and took "
        "hostages. Twenty-four inmates were killed when special forces retook the prison, "
        "according to the official statement. Amaq, the group's news agency, claimed the attack "
        "the next day. Relatives of prisoners gathered outside the gates on Monday asking for "
        "news. Independent media could not verify the figures. Among the dead inmates, according "
        "to sources cited by RFE/RL, was the son of a former army commander who defected to the "
        "Islamic State in Syria. It was the second deadly prison riot in Tajikistan in six "
        "months, after a similar uprising in Khujand.",
        "T V M",
        "prison_attack",
    ),
    (
        "Crocus attack suspects named as Tajik citizens; Dushanbe condemns 'heinous act'",
        "Tajikistan's foreign ministry condemned Friday's attack on the Crocus City Hall concert "
        "venue outside Moscow, in which gunmen killed more than 130 people and set the building "
        "on fire, after Russian investigators said the four suspected gunmen were Tajik citizens. "
        "The Islamic State affiliate ISIS-K claimed responsibility. Asia-Plus reported that "
        "relatives of two of the men in the Vahdat district had been questioned by police. The "
        "men appeared in a Moscow court on Sunday with visible signs of beating. Tajik migrants "
        "in Russia told RFE/RL's Tajik Service that they feared being harassed by police and "
        "landlords, and some said they were changing their routes to work. President Emomali "
        "Rahmon spoke to Vladimir Putin by phone to express condolences.",
        "T V",
        "terror_attack",
    ),
    (
        "Ethnic clashes in southern Kazakhstan leave eight dead, homes burned",
        "At least eight people have been killed and dozens wounded in clashes between ethnic "
        "Kazakhs and Dungans in villages of the Korday district near the Kyrgyz border, the "
        "interior ministry said on Saturday. Groups of men armed with sticks, hunting rifles and "
        "petrol bombs set fire to houses and cars in Masanchi and Sortobe overnight after a "
        "roadside brawl, residents said. Thousands of Dungans crossed into Kyrgyzstan to escape "
        "the violence, the Kyrgyz border service said, many of them women and children. President "
        "Tokayev sent the interior minister and a national guard unit to the area and imposed a "
        "curfew. Video on social media showed a burning shop and crowds on the main road. "
        "Officials in Almaty region said they had detained 47 people.",
        "U V D",
        "communal_violence",
    ),
    (
        "Police clash with Bagrat Galstanyan supporters outside Armenian parliament",
        "Police fired stun grenades at protesters who tried to break through a cordon outside the "
        "National Assembly in Yerevan on Wednesday, leaving 101 people in need of medical care, "
        "among them 17 police officers, the health ministry said. Thousands of people had "
        "gathered on Baghramyan Avenue in support of Archbishop Bagrat Galstanyan, who is leading "
        "a campaign against the return of border villages in Tavush to Azerbaijan. Protesters "
        "threw bottles and stones at police, according to the interior ministry, which said 98 "
        "people had been detained. Opposition MPs accused the police of disproportionate force "
        "and demanded a parliamentary inquiry. The archbishop called on supporters to return the "
        "next day. Journalists at the scene said several protesters were carried away on "
        "stretchers with burns and shrapnel wounds from the grenades. Prime Minister Nikol "
        "Pashinyan, speaking in parliament, said the police had acted lawfully against an attempt "
        "to storm the building.",
        "U",
        "crackdown",
    ),
]
