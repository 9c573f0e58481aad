"""dev445 negatives (2 of 3): Syria after the war's main phase and before it: sanctions and power,
talks and agreements, returns, league football, fires, quake and drought, Captagon, trials for
old crimes, mass graves, films, the new parliament and army, vaccination, road deaths.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Caesar Act repealed: Syrian businessmen hail end of sanctions as banks reconnect",
        "Syrian businessmen and bankers welcomed on Thursday the repeal of the Caesar Act by the US Congress, saying the lifting of the last major sanctions on the country would allow foreign investors and banks to return. The law, adopted in 2019 to punish the Assad government, had barred companies from almost any business in Syria, including reconstruction. The governor of the central bank said Syrian banks had already restored correspondent relations with several banks in the Gulf and Europe and that the first transfers through the SWIFT system had gone through. The Syrian pound gained about 8% on the Damascus market. The economy minister said the government was preparing a new investment law and had signed memorandums worth $14 billion with Gulf and Turkish companies for ports, power plants and an airport. Some economists warned that the country still lacked a legal framework and functioning courts to reassure investors. In Aleppo's industrial city of Sheikh Najjar, factory owners said they needed electricity more than anything else.",
        "economy",
    ),
    (
        "Syrian and Israeli officials hold new round of security talks in Paris",
        "Syrian Foreign Minister Asaad al-Shaibani and an Israeli minister held a new round of talks in Paris on Tuesday, with the US envoy for Syria in attendance, on a security agreement for southern Syria, SANA reported. The state news agency said the discussions focused on de-escalation, Israel's commitment not to interfere in Syrian affairs and the reactivation of the 1974 disengagement agreement. Israel has demanded a demilitarised zone south of Damascus, while Syria wants Israeli forces to withdraw from the positions they have held inside the buffer zone since December. The US envoy said on social media that both sides had shown goodwill and that a deal was within reach. Syrian officials have stressed that the talks are not about normalisation or joining the Abraham Accords. In Quneitra, residents said they hoped an agreement would allow them to return to farmland inside the buffer zone. No date has been set for the next meeting.",
        "peace",
    ),
    (
        "SDF and Damascus agree timetable to merge Kurdish-led forces into the army",
        "The Syrian Democratic Forces and the government in Damascus agreed on Sunday on a timetable to integrate the Kurdish-led forces into the Syrian army and state institutions by the end of the year, in a follow-up to the March 10 agreement signed by President Ahmed al-Sharaa and SDF commander Mazloum Abdi. Under the deal, the SDF will form three divisions within the army in the north-east, and the state will take over the border crossings, the oil fields and Qamishli airport. Government and SDF teams will also work on the return of displaced families to Afrin and Ras al-Ain and on the curricula taught in schools in Kurdish areas. Kurdish parties said the constitutional declaration had to be amended to recognise the Kurdish language. The US-led coalition, which has troops in the north-east, welcomed the agreement. Turkey said it would watch its implementation closely. Residents of Qamishli said they hoped the deal would lower prices and reopen the roads to Aleppo and Damascus.",
        "peace",
    ),
    (
        "Back in Aleppo after 12 years: a tailor's family returns from Gaziantep to an empty flat",
        "When Abu Khaled finally opened the door of his flat in Aleppo's Salaheddine neighbourhood in February, after twelve years in the Turkish city of Gaziantep, he found the walls still standing but nothing inside: no doors, no window frames, no electric cables. “Everything was taken, even the taps,” said the 54-year-old tailor, who returned with his wife and four children after the fall of the Assad regime. The family spent their savings of $3,000 on windows, a water tank and a solar panel, and his sons found work in a shoe workshop. According to the UN refugee agency, more than 500,000 Syrians have returned from neighbouring countries since December, most of them from Turkey and Lebanon. Many families return in stages, with the father going first to check the house and find work, aid workers said. Schools in Salaheddine are crowded, with 50 pupils in some classes. Abu Khaled said his youngest daughter, born in Turkey, still speaks Turkish better than Arabic.",
        "other",
    ),
    (
        "Al-Karamah storm back to beat Al-Wahda and take the battle for the title to the last day",
        "Al-Karamah came from two goals down to beat Al-Wahda 3-2 at the Khaled bin Walid stadium in Homs on Friday, taking the battle for the Syrian Premier League title to the last matchday. Al-Wahda, the Damascus club, dominated the first half and led through a low shot from their striker and a header from a corner. But Al-Karamah's coach reshaped his attack at half-time, and the hosts laid siege to the visitors' goal. Their captain pulled one back with a shot from outside the box, and two goals in the last ten minutes, the winner a penalty in stoppage time, sent 20,000 fans into delirium. The two clubs are now level on points, and Al-Wahda's better goal difference means they only need a win at home next week. It was Al-Karamah's first home league match in front of a full stadium since 2011.",
        "sport",
    ),
    (
        "Syria edge Tunisia in Arab Cup opener as the new flag flies over the stands",
        "Syria's national football team beat Tunisia 1-0 on Monday in their opening match of the Arab Cup in Doha, their first tournament win under the flag adopted after the fall of the Assad regime. A first-half volley from the striker, who met a cross from the left at the far post, was enough, as the Syrian defence held firm against wave after wave of Tunisian attacks. The goalkeeper made three saves in the last ten minutes, one of them from a free kick. Thousands of Syrian fans, many of them living in Qatar, sang throughout the match and waved the green, white and black flag with its three red stars. In Damascus, Aleppo and Idlib, supporters poured into the streets after the final whistle, honking horns. The coach said his players had shown they could fight with anyone. Syria play Palestine on Thursday.",
        "sport",
    ),
    (
        "Latakia wildfires rage for a ninth day; old shells and mines hamper firefighters",
        "Wildfires in the mountains of northern Latakia burned for a ninth day on Friday, destroying more than 15,000 hectares of forest and farmland around Qastal Maaf, Rabia and Kassab, the Emergency and Disaster Management Ministry said. More than 80 fire teams from the civil defence, the army and volunteers fought the flames, with help from Jordanian, Turkish and Lebanese helicopters and fire engines. The minister said strong winds, rugged terrain and unexploded ordnance left from years of fighting in the area had made the work extremely dangerous. Hundreds of families were evacuated from villages in the path of the fire and sheltered in schools in Latakia city. Orchard owners said they had lost apple and olive trees that had taken decades to grow. The fires came after the driest winter in decades. The European Union said it was sending firefighting aircraft through its civil protection mechanism.",
        "disaster",
    ),
    (
        "Earthquake kills more than 1,400 in Syria; buildings collapse in Jableh and Aleppo",
        "A magnitude 7.8 earthquake centred in southern Turkey shook Syria before dawn on Monday, killing more than 1,400 people across the country and bringing down hundreds of buildings in Aleppo, Hama, Latakia and Jableh, officials and rescuers said. In government-held areas, the Health Ministry reported 711 dead, while the White Helmets said at least 733 people had been killed in the north-west. Rescuers in Jableh dug through the night for survivors under a collapsed seven-storey building. In Aleppo, residents slept in their cars and in mosques as aftershocks continued. Hospitals in Idlib said they were overwhelmed and short of fuel for their generators. The Bab al-Hawa crossing, the only route for UN aid into the north-west, was damaged, and the roads leading to it were cracked. Rain and snow made the night even harder for families left homeless.",
        "disaster",
    ),
    (
        "Worst drought in decades: Syria's wheat harvest falls to 1.2 million tonnes",
        "Syria's wheat harvest fell to about 1.2 million tonnes this year, the lowest in more than 30 years, as the country suffered its worst drought in decades, the Agriculture Ministry and the UN's Food and Agriculture Organization said on Tuesday. Rainfall in the breadbasket provinces of Hasakah and Raqqa was less than half the average, and many farmers did not bother to harvest their rain-fed fields. The FAO said a shortfall of about 2.7 million tonnes would have to be imported, at a time when the government is short of foreign currency. The level of the Euphrates at the Tabqa dam dropped to its lowest point since the dam was built, cutting power generation. Herders in the Badia sold sheep at half price because they could not afford fodder. The government has raised the price it pays farmers for wheat and promised loans for irrigation. The World Food Programme warned that millions of people would need help to buy bread.",
        "disaster",
    ),
    (
        "Interior Ministry seizes 4 million Captagon pills hidden in plastic pipes near Damascus",
        "Syria's Interior Ministry said on Wednesday it had seized about 4 million Captagon pills hidden inside plastic water pipes in a warehouse in the Damascus countryside, and arrested five men, in what it called a new blow to the drug networks built under the former regime. Photos released by the ministry showed pills packed in rows inside cut pipes and sacks of raw material. The shipment was bound for Jordan and the Gulf, officials said. Since December, the anti-narcotics department says it has dismantled 15 factories and seized more than 200 million pills, many of them in facilities linked to the Fourth Division of Maher al-Assad. Jordanian and Saudi officials have praised the cooperation, while warning that smugglers were still active along the southern border. The ministry said the suspects would be referred to the judiciary. A police officer said the war on Captagon would take years.",
        "crime",
    ),
    (
        "Paris court sentences three Assad-era security chiefs in absentia over deaths of father and son",
        "A Paris court on Friday sentenced three senior Syrian security officials to life in prison in absentia for complicity in crimes against humanity over the arrest, torture and death of a French-Syrian father and son detained in Damascus in 2013. The former head of the National Security Bureau, the former chief of Air Force Intelligence and the officer who ran the investigation branch at the Mezzeh military airport were tried in the first French case against officials of the Assad government. The father and his son, a 20-year-old student, were arrested at their home and never seen again, and their deaths were confirmed by the government only in 2018. Witnesses described beatings, electric shocks and overcrowded cells at Mezzeh. The student's uncle said he had waited eleven years for the verdict. The court also ordered the seizure of the family's house in Damascus, which had been taken over by an official. Lawyers said the verdict showed that universal jurisdiction could reach the highest levels of the security apparatus.",
        "history",
    ),
    (
        "Forensic teams begin exhuming mass grave near Qutayfah",
        "Syrian and international forensic teams began on Monday exhuming a mass grave near the town of Qutayfah, north-east of Damascus, where witnesses say the former regime buried thousands of detainees who died in prisons and military hospitals between 2012 and 2018. The National Commission for Missing Persons said the work would take months and that DNA samples would be taken from families, who have registered more than 120,000 missing relatives. A former bulldozer driver told investigators that trucks came twice a week with bodies wrapped in blankets and that he dug trenches up to 100 metres long. Families gathered at the edge of the site, behind a cordon of the General Security, holding photographs. “I just want a grave where I can visit my son,” said a woman from Daraya whose son disappeared in 2013. The International Commission on Missing Persons said it had identified dozens of possible grave sites across the country. The commission asked people not to dig on their own at suspected sites, to avoid destroying evidence.",
        "history",
    ),
    (
        "Sednaya documentary wins Golden Tanit at Carthage film festival",
        "“The Red Room”, a documentary by a young Syrian director about former detainees of Sednaya prison, won the Golden Tanit at the Carthage Film Festival in Tunis on Saturday. The film follows four men who spent years in the prison north of Damascus as they return to its cells after the fall of the Assad regime in December 2024, retracing their daily routines in the dark. The director, who was himself detained for eight months in 2012, filmed over six weeks with a small crew and a handheld camera. The jury praised a work of great restraint that lets silence speak. Some scenes were shot with the families of the missing who searched the prison's basements in the first days after it was opened. The film will be screened at the Metropolis cinema in Beirut next month and at a festival in Damascus in the spring. The director dedicated the prize to those who never came out.",
        "entertainment",
    ),
    (
        "Syria's first post-Assad parliament chosen by electoral colleges; six women win seats",
        "Electoral colleges across Syria chose 119 members of the People's Assembly on Sunday, in the first parliamentary vote since the fall of the Assad regime, the Higher Committee for Elections said. The colleges, made up of about 6,000 members selected by local committees, voted for two thirds of the seats, while President Ahmed al-Sharaa will appoint the remaining third. Only six women were elected, and critics said the indirect system left power in the hands of the president. Voting was postponed in the provinces of Sweida, Hasakah and Raqqa, where the government does not have full control. The committee said the seats for those areas would remain empty until conditions allowed. The new assembly will have a term of 30 months and will pass laws during the transitional period. Candidates in Damascus said the campaign had been a battle of reputations rather than programmes.",
        "politics",
    ),
    (
        "Sweida protesters fill Karama Square for tenth day, demanding political change",
        "Thousands of people filled the main square of Sweida on Tuesday for the tenth day of protests that began over fuel price increases and have turned into a movement calling for political change and the implementation of UN Security Council Resolution 2254. Men in traditional Druze dress and women carrying banners sang and danced, and speakers called for the release of detainees. Protesters closed the offices of the ruling Baath Party in several towns with padlocks and chains. Security forces stayed in their barracks and there were no clashes, according to local media. Sheikh Hikmat al-Hijri, one of the community's three spiritual leaders, backed the protests and urged participants to keep them peaceful. Smaller demonstrations took place in Daraa and in towns of the eastern countryside. Government media said the price increases were necessary to cope with the economic crisis.",
        "protest",
    ),
    (
        "New Syrian army graduates first officer class since the fall of the regime",
        "The Syrian Defence Ministry held a graduation ceremony on Thursday for the first class of officers trained since the fall of the former regime, 420 cadets who completed an eight-month course at the military college in Homs. The defence minister told the cadets that the new army would be a national army for all Syrians, built on discipline and loyalty to the state rather than to a family or a sect. The ministry has organised former rebel factions into some 20 divisions, and said it would open recruitment to volunteers aged 18 to 30 from all provinces. Turkish instructors have helped to train officers under a defence agreement signed this year, and Jordan offered places at its staff college. Cadets marched past in new uniforms, and a squadron of helicopters flew over the college. Critics said several foreign fighters had been given senior ranks. The ministry said conscription would not return.",
        "military",
    ),
    (
        "Nationwide polio vaccination campaign aims to reach 3 million Syrian children",
        "Syria's Health Ministry launched on Sunday a nationwide polio vaccination campaign aiming to reach some 3 million children under five, with support from UNICEF and the World Health Organization. More than 8,000 health workers will go door to door in every province for a week, including in the north-east and in areas that were outside government control until last year. Officials said vaccination rates had fallen sharply during the years of war, when many clinics closed, leaving children at risk of outbreaks of polio and measles. The campaign will also screen children for malnutrition and give vitamin A supplements. The ministry asked imams and teachers to encourage families to open their doors to the vaccination teams. UNICEF said 1.5 million doses of measles vaccine would follow next month.",
        "health",
    ),
    (
        "Bus overturns on Damascus-Homs highway near al-Nabk, 14 killed",
        "Fourteen people were killed and 23 injured on Wednesday night when a passenger bus overturned on the Damascus-Homs highway near the town of al-Nabk, the Interior Ministry said. The bus, which was travelling from Damascus to Aleppo, veered off the road and rolled down an embankment after its brakes failed on a downhill stretch, according to a preliminary investigation. Civil defence teams used cutting equipment to free passengers trapped in the wreck, and the injured were taken to hospitals in al-Nabk and Damascus. Among the dead were several students returning home for the holidays. The highway, damaged during the war and heavily used by lorries, has a reputation as one of the most dangerous roads in the country. The Transport Ministry said it would inspect the fleets of bus companies and that repairs to the section would begin next month.",
        "accident",
    ),
    (
        "Qatari-funded gas through Jordan lifts Syrian power supply to ten hours a day",
        "Natural gas funded by Qatar began flowing to Syria through Jordan on Sunday, allowing the Deir Ali power station south of Damascus to raise output by 400 megawatts, the Energy Ministry said. The gas, delivered through the Arab Gas Pipeline from Jordan's Aqaba terminal, is expected to increase electricity supply in Damascus and the south to about ten hours a day, up from four. The energy minister said the ministry was also repairing transmission lines damaged during the war and hoped to connect Syria to the Jordanian and Turkish grids. The project is funded by the Qatar Fund for Development and coordinated with the World Bank. Factory owners in Adra said they still relied on diesel generators and could not plan production. The government plans to raise electricity prices for large consumers next year. Residents of Damascus said the first evening of longer supply felt like a small victory.",
        "economy",
    ),
    (
        "Gang that kidnapped merchant's son for $200,000 ransom arrested in Jaramana",
        "Syrian police arrested five members of a gang in the Damascus suburb of Jaramana on Friday, two days after they kidnapped the 16-year-old son of a textile merchant and demanded a ransom of $200,000, the Interior Ministry said. The boy was abducted on his way home from school in the Bab Sharqi neighbourhood and taken to a flat, where he was found unharmed when police broke in. The ministry said the gang had carried out at least three other kidnappings for ransom in the capital this year and had used phones bought under false names. Police seized two pistols, a car with false number plates and $15,000 in cash. Residents said kidnappings for ransom, which spread during the war, had left parents afraid to let their children walk alone. The suspects will be referred to the criminal court.",
        "crime",
    ),
]
