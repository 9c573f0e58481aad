"""dev107 negatives (3): trials, anniversaries, peace and exchanges, and the health desk."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Dutch court convicts three men of murder over MH17, acquits a fourth",
        "A Dutch court on Thursday found two Russians and a Ukrainian separatist guilty of "
        "murder for their role in the downing of Malaysia Airlines flight MH17 over eastern "
        "Ukraine in July 2014, and sentenced them in absentia to life in prison. The court, "
        "sitting in a high-security courtroom at Schiphol airport, ruled that the Boeing 777 "
        "was shot down by a Buk missile that had been brought from a Russian military base and "
        "fired from a field near the village of Pervomaiskyi, then controlled by "
        "Russian-backed separatists. Igor Girkin, a former Russian intelligence officer who "
        "was then the separatists' defence minister, Sergei Dubinsky and Leonid Kharchenko "
        "were convicted; the Russian Oleg Pulatov was acquitted for lack of evidence. All 298 "
        "people on board were killed, 196 of them Dutch. Presiding judge Hendrik Steenhuis "
        "said Russia had had 'overall control' over the separatist forces at the time. "
        "Relatives in the courtroom wept as the verdicts were read. Moscow, which has refused "
        "to extradite the men, called the ruling 'scandalous'. None of the three is expected "
        "ever to serve the sentence.",
        "history",
    ),
    (
        "Koblenz court jails former Syrian intelligence colonel for life for crimes against "
        "humanity",
        "The Higher Regional Court in Koblenz sentenced Anwar Raslan, a former colonel in "
        "Syria's General Intelligence Directorate, to life in prison on Thursday for crimes "
        "against humanity, in the first trial in the world over state torture in Syria. The "
        "court found that Raslan, who headed the investigations section of Branch 251 in "
        "Damascus, known as al-Khatib, was responsible for the torture of at least 4,000 "
        "detainees and the deaths of 27 of them between April 2011 and September 2012. Syrian "
        "survivors and relatives who had testified during the 108 days of hearings embraced "
        "outside the courtroom after the verdict. 'This is a message to all those who are "
        "still torturing in Syria,' said Anwar al-Bunni, a Syrian lawyer who had campaigned "
        "for the case and who recognised Raslan in a Berlin shop in 2014. Raslan, who defected "
        "in 2012 and came to Germany as an asylum seeker, denied the charges. The trial was "
        "held under the principle of universal jurisdiction, which allows German courts to try "
        "crimes against humanity committed abroad. A lower-ranking officer from the same "
        "branch, Eyad al-Gharib, was sentenced last year to four and a half years.",
        "history",
    ),
    (
        "Bucha marks three years since liberation with names read at the mass grave",
        "Residents of Bucha gathered on Monday morning at the memorial by the Church of St. "
        "Andrew the First-Called, where a mass grave was uncovered in April 2022, to mark "
        "three years since the liberation of the town from Russian occupation. The names of "
        "509 people killed in the Bucha district during the month-long occupation were read "
        "aloud, and a minute of silence was held at 9 am. Prime Minister Denys Shmyhal and "
        "foreign ministers and officials from several EU countries laid flowers, and a photo "
        "exhibition about the victims opened at the town's cultural centre. Bucha's mayor "
        "Anatolii Fedoruk said 27 bodies found in the town have still not been identified. "
        "Ukrainian prosecutors have identified more than 200 Russian soldiers suspected of war "
        "crimes in the district, and a court in Kyiv convicted several of them in absentia "
        "last year. 'We do not want the world to get used to Bucha,' Shmyhal said. Since 2022, "
        "most of the destroyed buildings on Vokzalna Street have been rebuilt, and the town's "
        "population has returned to about its pre-war level. A new memorial complex is "
        "expected to be completed next year.",
        "history",
    ),
    (
        "Former FARC commanders acknowledge kidnapping before victims at JEP hearing",
        "Seven members of the former secretariat of the FARC, among them the leader of the "
        "Comunes party, Rodrigo Londoño, acknowledged before the Special Jurisdiction for "
        "Peace (JEP) on Tuesday their responsibility for the kidnapping of thousands of people "
        "during the armed conflict, in a hearing attended by dozens of victims in Bogotá. 'We "
        "took away your freedom, we humiliated you, and there is no justification for that,' "
        "Londoño said, his voice breaking. The JEP has charged the former commanders with war "
        "crimes and crimes against humanity for the kidnapping of at least 21,396 people "
        "between 1990 and 2016, including soldiers, politicians and civilians held for ransom. "
        "Ingrid Betancourt, who was held captive in the jungle for more than six years, had "
        "refused to attend, saying the acknowledgment came too late. Some victims left the "
        "room in protest, while others said they wanted to hear every detail. The tribunal, "
        "created under the 2016 peace agreement, can impose sentences of five to eight years "
        "of 'restrictions of liberty' with reparation work on those who tell the truth. The "
        "hearings will continue on Thursday with testimony from victims' associations.",
        "history",
    ),
    (
        "Five years on, Beirut marches to the port as the blast investigation finally moves",
        "Thousands of people marched from the fire brigade headquarters in Karantina to the "
        "port of Beirut on Monday to mark five years since the August 4 explosion that killed "
        "more than 220 people, wounded 6,500 and devastated much of the capital's eastern "
        "neighbourhoods. Relatives of the victims carried their portraits and stopped in "
        "silence at 6:07 pm, the time of the blast, in front of the ruined grain silos. For "
        "the first time, the marchers were joined by the prime minister, Nawaf Salam, who "
        "promised that 'justice will not be delayed any more'. Judge Tarek Bitar, whose "
        "investigation was blocked for more than two years by lawsuits from officials he had "
        "summoned, resumed his work this year and is expected to issue an indictment in the "
        "coming months. The explosion was caused by hundreds of tonnes of ammonium nitrate "
        "stored for years in a hangar at the port. 'We have waited five years, we can wait a "
        "few more months, but not forever,' said the sister of a firefighter killed in the "
        "blast. Many of the families say they no longer trust any Lebanese institution. A new "
        "memorial is planned on the site of the silos.",
        "history",
    ),
    (
        "230 defenders home as Ukraine and Russia carry out largest prisoner exchange of the war",
        "Ukraine brought home 230 prisoners on Wednesday, 224 soldiers and sailors and six "
        "civilians, in the largest exchange since the start of the full-scale invasion, "
        "President Volodymyr Zelensky said. Among those released were defenders of Azovstal "
        "and Mariupol, border guards from Snake Island and national guardsmen captured at the "
        "Chornobyl nuclear plant in the first days of the war. Russia said it had received 248 "
        "of its own servicemen. The exchange, mediated by the United Arab Emirates, was the "
        "first in almost five months, after talks stalled in the summer. Videos released by "
        "the Coordination Headquarters for the Treatment of Prisoners of War showed the men, "
        "many of them visibly thin, wrapped in Ukrainian flags and calling their families from "
        "the bus. 'Welcome home,' one of them shouted as they crossed. Ombudsman Dmytro "
        "Lubinets said several thousand Ukrainians remain in Russian captivity and that many "
        "report torture. Relatives of the missing gathered outside the Coordination "
        "Headquarters in Kyiv, holding photographs of their sons and husbands. Zelensky "
        "thanked the UAE and said work was continuing to bring everyone home.",
        "peace",
    ),
    (
        "Federal government and TPLF sign 'permanent cessation of hostilities' in Pretoria",
        "The Ethiopian government and the Tigray People's Liberation Front on Wednesday signed "
        "an agreement in Pretoria to permanently end the two-year war in northern Ethiopia, "
        "after ten days of talks mediated by the African Union. The agreement provides for the "
        "disarmament of TPLF fighters within 30 days, the restoration of federal authority in "
        "Tigray, including in Mekelle, and the unhindered delivery of humanitarian aid to the "
        "region, where millions of people have been cut off from banking, telecommunications "
        "and electricity for more than a year. AU High Representative Olusegun Obasanjo, who "
        "led the mediation with former Kenyan president Uhuru Kenyatta, said it was 'not the "
        "end of the peace process, but the beginning of it'. The federal delegation was led by "
        "national security adviser Redwan Hussien and the TPLF's by spokesman Getachew Reda, "
        "who said his side had made 'painful concessions'. Prime Minister Abiy Ahmed said the "
        "government was 'fully committed' to implementing the deal. The text does not mention "
        "the presence of Eritrean troops, and it leaves the status of the disputed Western "
        "Tigray to be settled later. Commanders from both sides are due to meet in Nairobi to "
        "discuss the details. The signing ceremony, broadcast live, ended with the two "
        "delegations shaking hands. Aid agencies said they hoped to resume large-scale "
        "deliveries to Tigray within days. UN Secretary-General António Guterres, the United "
        "States and the European Union welcomed the agreement. In Mekelle, residents who could "
        "follow the news on satellite television said they were cautiously hopeful.",
        "peace",
    ),
    (
        "Ceasefire takes hold in Lebanon as displaced families head south",
        "A ceasefire between Israel and Hezbollah came into effect at 4 am on Wednesday, and "
        "within hours the roads from Beirut and Saida towards the south were jammed with cars "
        "loaded with mattresses, suitcases and children, as families displaced for two months "
        "set out for home. Many flew Lebanese flags and pictures of Hezbollah leaders from car "
        "windows and honked their horns as they passed the Awali bridge. The Lebanese army "
        "said it was beginning to reinforce its deployment south of the Litani river, and "
        "called on residents to wait before returning to frontline villages until troops had "
        "taken up positions. The Israeli army, which is to withdraw from southern Lebanon over "
        "60 days under the US- and French-brokered agreement, told residents not to go near a "
        "list of more than 60 villages. The agreement provides for a committee chaired by the "
        "US to monitor its implementation. 'We know our house is gone, but we will sleep on "
        "the land,' said a man from Khiam, stuck in traffic near Nabatieh. Prime Minister "
        "Najib Mikati said the ceasefire was 'a first step' and appealed for international "
        "help with reconstruction.",
        "peace",
    ),
    (
        "Kinshasa and Kigali sign peace agreement in Washington",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda, Thérèse "
        "Kayikwamba Wagner and Olivier Nduhungirehe, signed a peace agreement at the US State "
        "Department on Friday, committing their countries to respect each other's territorial "
        "integrity and to stop supporting armed groups. Under the agreement, Rwanda will lift "
        "its 'defensive measures' in eastern Congo within 90 days, and the two countries will "
        "set up a joint security coordination mechanism to monitor the neutralisation of the "
        "FDLR, a Rwandan Hutu armed group present in North Kivu. A regional economic "
        "integration framework, covering minerals, energy and infrastructure, is to be signed "
        "within three months. US Secretary of State Marco Rubio called it 'an important moment "
        "after 30 years of war', and President Donald Trump received the two ministers at the "
        "White House. The agreement does not directly involve the AFC/M23, which controls Goma "
        "and Bukavu and is holding separate talks with Kinshasa in Doha under Qatari "
        "mediation. In Kinshasa, civil society groups welcomed the signing cautiously and said "
        "they would judge it 'by what happens on the ground'. Congolese President Félix "
        "Tshisekedi is expected to travel to Washington for a summit with Rwanda's Paul "
        "Kagame.",
        "peace",
    ),
    (
        "First commercial flight in six years leaves Sana'a for Amman under the truce",
        "A Yemenia Airways plane carrying 126 passengers, many of them patients seeking "
        "medical treatment, took off from Sana'a International Airport for the Jordanian "
        "capital Amman on Monday, the first commercial flight from the capital since 2016. The "
        "flight was allowed under the two-month truce brokered by the United Nations, which "
        "came into effect on April 2 and provides for two return flights a week between Sana'a "
        "and Amman and Cairo. It had been delayed for weeks by a dispute over passports issued "
        "by the Houthi authorities in Sana'a, which the government eventually agreed to "
        "accept. UN special envoy Hans Grundberg welcomed the flight as 'a much needed step' "
        "that would ease the suffering of Yemenis who have had to make long and costly "
        "journeys through Aden or Seiyun to travel abroad. Passengers embraced relatives on "
        "the tarmac before boarding. Fuel ships have also been allowed to enter the port of "
        "Hodeidah under the truce. The warring parties have yet to agree on reopening roads "
        "around the besieged city of Taiz, another provision of the deal.",
        "peace",
    ),
    (
        "Mpox vaccination begins in Goma with 50,000 doses for North Kivu",
        "The Democratic Republic of Congo began vaccinating people against mpox in Goma on "
        "Saturday, with health workers and contacts of confirmed cases the first to receive "
        "the Bavarian Nordic vaccine, the provincial health division said. North Kivu has "
        "received 50,000 of the 265,000 doses donated by the European Union and the United "
        "States that arrived in Kinshasa last month. The campaign, launched at the Virunga "
        "health centre by provincial health minister Dr Jonas Kasereka, is to reach adults in "
        "the health zones of Goma, Karisimbi and Nyiragongo over ten days. Congo has recorded "
        "more than 30,000 suspected cases and nearly 1,000 deaths this year, most of them in "
        "Equateur and South Kivu, according to the health ministry. A new variant, clade Ib, "
        "which first appeared in the mining town of Kamituga, has spread to several "
        "neighbouring countries, prompting the World Health Organization to declare a global "
        "public health emergency in August. Health workers said a shortage of testing capacity "
        "meant many cases were going unconfirmed. UNICEF said it was preparing a campaign for "
        "children, who account for a large share of cases.",
        "health",
    ),
    (
        "Cholera vaccination campaign reaches 1.5 million in southern Yemen as cases rise",
        "More than 1.5 million people in Aden, Lahj, Abyan and Taiz governorates received oral "
        "cholera vaccine during a six-day campaign that ended on Sunday, the Ministry of "
        "Public Health and Population said, as Yemen recorded one of the largest outbreaks in "
        "the world. The World Health Organization said Yemen had registered more than 200,000 "
        "suspected cases of cholera and acute watery diarrhoea and more than 850 deaths since "
        "January, most of them in northern governorates under Houthi control. Health workers "
        "went door to door in Aden's Sheikh Othman and Dar Saad districts, and set up "
        "vaccination points in mosques and markets. The outbreak has been driven by poor "
        "sanitation, shortages of clean water and the collapse of a health system that has "
        "received almost no public funding since the war began in 2015. The WHO said a "
        "campaign in the north had not taken place because the Houthi authorities had not "
        "approved it. Funding for Yemen's humanitarian response plan is at less than a third "
        "of what is needed, and several cholera treatment centres have closed. The rainy "
        "season is expected to bring a further rise in cases.",
        "health",
    ),
    (
        "Colombia declares dengue epidemic as cases double in Valle and Tolima",
        "Colombia's Ministry of Health declared a dengue epidemic on Tuesday after recording "
        "more than 60,000 cases in the first ten weeks of the year, nearly double the number "
        "for the same period of 2023, and 42 probable deaths. The departments of Valle del "
        "Cauca, Tolima, Huila and Meta account for most of the cases, and hospitals in Cali, "
        "Ibagué and Neiva have reported emergency rooms at full capacity. Health Minister "
        "Guillermo Jaramillo said the rise was linked to the El Niño phenomenon, with higher "
        "temperatures and water stored in tanks during the drought creating breeding sites for "
        "the Aedes aegypti mosquito. The ministry called on municipalities to step up "
        "fumigation and to 'wage war on the mosquito' by eliminating standing water in homes. "
        "Authorities advised people with high fever not to take ibuprofen and to go to a "
        "health centre.",
        "health",
    ),
]
