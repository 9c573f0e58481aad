"""dev309 positives, part a: rockets, drones, missiles and strikes on Iraq, Kurdistan and Iran.

POSITIVES = [(title, text, tag codes, kind), ...]; codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Rockets hit Erbil airport base, one contractor killed",
        "At least one foreign contractor was killed and nine people were wounded late on Monday when a volley of rockets struck Erbil International Airport and the nearby coalition base, the Kurdistan Region's interior ministry said. "
        "Residents in the Ankawa and Italian Village districts reported hearing several loud explosions shortly after 9 p.m., followed by the wail of the base's warning sirens. "
        "Kurdish counter-terrorism officials said about 14 rockets were fired from a truck parked south of the city, near the boundary with Nineveh province, and that some landed in residential streets, damaging cars and the front of a house. "
        "A little-known group calling itself Awliya al-Dam claimed the attack on a Telegram channel linked to Iran-aligned militias. "
        "The coalition spokesman said the dead man was a civilian contractor working for the mission and that a US service member was among the wounded. "
        "Flights were suspended until the morning while teams searched the runway for unexploded munitions. "
        "Kurdistan Region Prime Minister Masrour Barzani called the strike 'a cowardly terrorist act' and urged Baghdad to rein in the groups behind it. "
        "It was the first rocket attack on Erbil in months, and officials feared it would not be the last.",
        "E",
        "rocket_attack",
    ),
    (
        "Drone strike on Khor Mor gas field kills four workers, cuts power across Kurdistan",
        "Four Yemeni workers were killed when a drone slammed into the Khor Mor gas field in Sulaimani province on Friday night, the field's operator Dana Gas and Kurdish officials said. "
        "The explosion set fire to a storage tank and forced the shutdown of production, which feeds the region's main power stations. "
        "Within hours, electricity supply across the Kurdistan Region fell by nearly 2,500 megawatts, the KRG electricity ministry said, leaving Erbil, Duhok and Sulaimani with only a few hours of state power a day. "
        "Civil defence teams battled the blaze until dawn. "
        "No group claimed the attack, but it was at least the sixth on the field since 2022, and Kurdish officials have previously blamed Iran-backed factions of the Popular Mobilisation Forces. "
        "'They want to strangle our economy,' an adviser to the Kurdish prime minister told Rudaw. "
        "Iraq's prime minister ordered a joint committee to investigate and said the perpetrators would be hunted down. "
        "The bodies of the four workers were taken to Chamchamal hospital before being flown home.",
        "E",
        "drone_attack",
    ),
    (
        "Oilfields in Duhok and Zakho hit by wave of drones; output halted",
        "Explosive-laden drones struck at least three oilfields in the Kurdistan Region on Wednesday, halting roughly 200,000 barrels a day of production, according to the region's natural resources ministry and two operators. "
        "The Sarsang field operated by HKN Energy was hit shortly after 6 a.m., followed by the Peshkhabour and Tawke fields near Zakho, where a fire broke out at a processing facility. "
        "No casualties were reported, but the Norwegian operator DNO said it had evacuated non-essential staff and suspended operations as a precaution. "
        "The attacks were the latest in a series that has hit Erbil airport and the Khurmala field over the past ten days. "
        "Kurdish security officials said the drones were launched from areas controlled by armed factions in Nineveh and Salahuddin, a claim Baghdad did not confirm. "
        "The US consulate in Erbil condemned what it called 'terrorist attacks on Iraq's economy'. "
        "Oil prices barely moved, as Kurdish crude has been a small share of the market since exports through Turkey were stopped, but the attacks came days before talks on restarting the pipeline.",
        "E",
        "drone_attack",
    ),
    (
        "Turkish drone strike near Sulaimani airport as SDF commander's convoy passes",
        "A drone struck the perimeter of Sulaimani International Airport on Friday afternoon as a convoy carrying Mazloum Abdi, the commander of the Syrian Democratic Forces, and three US personnel was leaving, Kurdish security sources told Rudaw. "
        "Nobody was hurt, but the explosion left a crater by the outer fence and damaged a security post, according to a statement from the Sulaimani security directorate, known as Asayish. "
        "Iraqi Kurdish officials and the SDF blamed Turkey, which regards the group as an extension of the PKK. "
        "Ankara did not confirm the strike, but the Turkish foreign ministry had days earlier closed its airspace to flights to and from Sulaimani, accusing the city's ruling party of tolerating the PKK. "
        "The Patriotic Union of Kurdistan said the attack was 'a flagrant violation of Iraqi sovereignty' and called on Baghdad to respond. "
        "Iraq's presidency said President Abdul Latif Rashid had condemned the strike and asked Turkey to 'stop these attacks on Iraqi soil'. "
        "It was the second Turkish drone strike on the province in a month, after one killed three fighters of a PKK-linked group near Qaladze.",
        "E M",
        "drone_strike",
    ),
    (
        "Shelling kills nine tourists at Zakho summer resort",
        "Nine Iraqi tourists, among them a one-year-old child, were killed and at least 23 wounded when artillery shells struck a resort in the Zakho district of Duhok province on Wednesday, Kurdish health officials said. "
        "Families from Baghdad, Karbala and Babil had been escaping the summer heat at the Parakh resort, a popular spot by a mountain stream, when at least four shells landed among picnic spots. "
        "Videos shared on social media showed bloodied children being carried to pickups and cars. "
        "The Iraqi government blamed the Turkish army, which runs dozens of bases in the area for its campaign against the PKK, and recalled its charge d'affaires from Ankara. "
        "Turkey's foreign ministry denied responsibility and said the attack could have been carried out by 'terrorists' to damage its relations with Baghdad. "
        "Protesters gathered outside the Turkish visa centre in Baghdad that evening, burning Turkish flags. "
        "Zakho's mayor said hundreds of visitors left the area's resorts within hours, and hotels reported cancellations for the rest of the month.",
        "E V M",
        "shelling",
    ),
    (
        "IRGC fires missiles and drones at Kurdish opposition camps near Koya",
        "At least 13 people, among them a pregnant woman, were killed and 58 wounded on Wednesday when Iran's Revolutionary Guards fired ballistic missiles and drones at the camps of exiled Iranian Kurdish parties in the Kurdistan Region, local officials said. "
        "The strikes hit the headquarters of the Kurdistan Democratic Party of Iran in Koya, east of Erbil, as well as a compound of the Komala party near Sulaimani and a refugee settlement nearby where members' families live. "
        "A Tehran Times report quoted an IRGC statement saying it had targeted 'terrorist headquarters' behind the unrest in Iran's Kurdish cities. "
        "Teachers evacuated a primary school in the Azadi camp as drones circled overhead, and hundreds of residents fled into surrounding fields and villages. "
        "The US Central Command said it had shot down a drone heading towards Erbil. "
        "The Kurdistan Region's government called the strikes 'an aggression against civilians' and hospitals in Koya appealed for blood donors. "
        "The IRGC said the operation would continue until the groups were disarmed.",
        "E M V D",
        "missile_strike",
    ),
    (
        "Iranian missiles strike Erbil villa, killing businessman and his daughter",
        "Iran's Revolutionary Guards fired ballistic missiles at targets in and around Erbil late on Monday, killing at least four civilians, including the Kurdish businessman Peshraw Dizayee and his infant daughter, the Kurdistan Region Security Council said. "
        "The IRGC said it had destroyed an 'espionage headquarters' of Israel's Mossad, a claim Kurdish and Iraqi officials flatly rejected. "
        "The missiles hit Dizayee's newly built home near the US consulate site, reducing part of it to rubble, and a second projectile fell close to a residential compound. "
        "Erbil airport suspended flights for several hours. "
        "'This was a house where a family was sleeping,' the region's prime minister said in a visit to the site on Tuesday. "
        "Iraq recalled its ambassador from Tehran and said it would file a complaint with the UN Security Council. "
        "A US State Department spokesperson condemned 'Iran's reckless missile strikes', saying no American personnel or facilities had been hit. "
        "Dizayee's funeral in Erbil was attended by thousands of mourners.",
        "E V M",
        "missile_strike",
    ),
    (
        "Drone attack targets prime minister's residence in Baghdad's Green Zone",
        "Iraqi Prime Minister Mustafa al-Kadhimi escaped unhurt early on Sunday when at least one explosive-laden drone struck his residence in Baghdad's heavily fortified Green Zone, the military said. "
        "Six members of his personal protection detail were wounded, according to two security officials, and photographs released by the government showed a damaged doorway and debris on a staircase. "
        "Security forces shot down two other drones, the officials said. "
        "Kadhimi appeared on state television within hours, seated at a desk with a bandaged wrist, and called for calm. "
        "'Cowardly rocket and drone attacks do not build homelands,' he wrote on Twitter. "
        "No group claimed responsibility, but the attack came two days after supporters of Iran-aligned factions, angry at their losses in the October election, clashed with security forces outside the Green Zone. "
        "The United Nations mission in Iraq described the attack as an assault on the state and urged restraint. "
        "Leaders of the Fatah alliance condemned it and suggested it may have been staged, a claim government officials dismissed.",
        "E",
        "drone_attack",
    ),
    (
        "US strikes Kataib Hezbollah sites in Qaim and Akashat after deadly base attack",
        "US warplanes struck more than 80 targets in Iraq and Syria overnight, including command posts and weapons depots of Kataib Hezbollah near al-Qaim and Akashat in Anbar province, the Pentagon said. "
        "The strikes were the first response to a drone attack on a base in Jordan that killed three American soldiers last week. "
        "The Iraqi government said 16 people were killed in the strikes inside Iraq, among them civilians, and a spokesman for the armed forces called them 'a new aggression on Iraqi sovereignty'. "
        "The Popular Mobilisation Forces, whose 13th and 45th brigades include Kataib Hezbollah fighters, held funerals for its dead in Baghdad and Karbala on Saturday. "
        "Residents of al-Qaim told Shafaq News that several houses near a targeted building had been damaged and that families had moved to relatives in the town centre. "
        "US officials said the strikes were 'the beginning of our response' and that more would follow. "
        "Kataib Hezbollah had announced days earlier that it was suspending attacks on US forces to avoid 'embarrassing' the Iraqi government.",
        "E M",
        "airstrike",
    ),
    (
        "Rockets fall near US embassy in Baghdad as sirens sound",
        "Several rockets were fired at the US embassy in Baghdad before dawn on Friday, Iraqi security officials said, the latest in a string of attacks on American forces and diplomats since the war in Gaza began. "
        "The embassy's C-RAM defence system was activated and intercepted at least two projectiles, while others fell in the Tigris and on the roof of a building in the Green Zone, damaging it. "
        "There were no immediate reports of casualties. "
        "Iraqi forces later found a launcher with unfired rockets in the Zayouna district in eastern Baghdad. "
        "The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, has claimed dozens of rocket and drone attacks on bases hosting US troops in Iraq and Syria in recent weeks, but did not immediately claim this one. "
        "Prime Minister Mohammed Shia al-Sudani ordered the arrest of those responsible and described them as 'outlaw groups' harming Iraq's interests. "
        "A spokesman for the US State Department said Washington expected Baghdad to protect diplomatic missions.",
        "E",
        "rocket_attack",
    ),
    (
        "Israeli strikes hit Tehran for a second night as residents leave the capital",
        "Explosions shook Tehran for a second night on Saturday as Israeli warplanes struck military and nuclear-linked sites around the capital and in the provinces of Isfahan and Khuzestan, Iranian media and witnesses said. "
        "The state broadcaster said residential buildings in the Chamran area had been hit, and the health ministry reported dozens of civilians killed since the strikes began. "
        "Long queues formed at petrol stations and traffic jammed the highways north towards the Caspian coast as families left the city. "
        "IranWire spoke to residents who said they had slept in their cars or in the basements of relatives' homes. "
        "The Israeli military said it had targeted missile launchers, air defences and the Defence Ministry headquarters. "
        "Iran fired a further barrage of ballistic missiles at Israel in response, the Revolutionary Guards said. "
        "Internet access across the country was severely restricted, and pharmacies in several districts reported shortages. "
        "Foreign governments, including Azerbaijan and Armenia, opened land crossings for their nationals to leave.",
        "E M D H",
        "airstrike",
    ),
    (
        "US bombers strike Fordow, Natanz and Isfahan nuclear sites",
        "The United States struck three Iranian nuclear facilities overnight, dropping bunker-busting bombs on the underground enrichment plant at Fordow and hitting Natanz and Isfahan with cruise missiles launched from submarines, US officials said. "
        "President Donald Trump announced the strikes in a televised address and said the sites had been 'completely and totally obliterated', an assessment Iranian officials disputed. "
        "Iran's atomic energy organisation said it had evacuated the sites beforehand and that no radioactive contamination had been detected, a finding the International Atomic Energy Agency later confirmed. "
        "The Tehran Times called the attack 'a blatant act of war' and quoted a foreign ministry spokesman as saying Iran reserved the right to respond with all its means. "
        "In Qom, the province nearest Fordow, residents described hearing heavy explosions before dawn. "
        "Iraq's government said it was raising the readiness of its air defences and asked factions on its soil not to drag the country in. "
        "Oil prices jumped by more than 4% in early Asian trade.",
        "E M",
        "airstrike",
    ),
    (
        "Strike on Evin prison kills inmates, staff and visitors, judiciary says",
        "An Israeli strike on Tehran's Evin prison killed 79 people, including inmates, prison staff, soldiers doing their conscription and relatives who had come to visit, Iran's judiciary said on Sunday, raising its earlier figure. "
        "The strike destroyed the prison's administrative building and its visitors' hall, and damaged the clinic and parts of a ward where political prisoners are held, according to former prisoners who spoke to IranWire. "
        "Families gathered outside the gates for days seeking news of relatives; the authorities moved hundreds of prisoners to Qarchak and Fashafouyeh prisons without telling them. "
        "The Israeli military said it had targeted 'a symbol of repression' and that the strike was part of its campaign against the Iranian government. "
        "Human rights groups said the attack could amount to a war crime, as a prison is a civilian object, and separately demanded the release of the prisoners who had been transferred. "
        "The judiciary's news agency said the victims included a social worker and a five-year-old child who was with her mother in the visitors' hall.",
        "E V M",
        "airstrike",
    ),
    (
        "Iran launches missiles at Israel; Iraqi airspace closed",
        "Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the Israeli military said, sending millions of people into shelters as interceptors lit up the sky over Tel Aviv and Jerusalem. "
        "The Revolutionary Guards said the attack was retaliation for the killing of Hezbollah's leader and of a senior IRGC commander in Beirut. "
        "Iraq closed its airspace for several hours, and residents of Sulaimani and Halabja filmed missiles passing overhead. "
        "Israel said most of the missiles were intercepted, with help from the United States, but several struck near an air base in the Negev and a man was killed by falling debris in the West Bank town of Jericho. "
        "Iranian state media broadcast images of crowds celebrating in Tehran's Palestine Square. "
        "Israel's prime minister said Iran had 'made a big mistake and will pay for it'. "
        "The Iraqi government appealed for an end to the escalation, warning that Iraq could become a battlefield for others.",
        "E M",
        "missile_attack",
    ),
    (
        "Hisham al-Hashimi, Iraqi security analyst, shot dead outside his Baghdad home",
        "Hisham al-Hashimi, one of Iraq's best-known experts on armed groups, was shot dead outside his home in Baghdad's Zayouna district on Monday evening, the interior ministry said. "
        "CCTV footage broadcast on Iraqi channels showed two men on a motorcycle pulling up beside his car as he arrived home and one of them firing several shots at close range. "
        "He died of his wounds in hospital, a medical source said. "
        "Al-Hashimi, 47, had advised the government on the Islamic State group and had become increasingly critical of Iran-aligned militias in recent months. "
        "Friends told Al-Monitor that he had received threats from figures close to Kataib Hezbollah. "
        "Prime Minister Mustafa al-Kadhimi vowed that the killers would be brought to justice and visited the family's home. "
        "Activists of the October protest movement, dozens of whom have been assassinated or abducted since 2019, held vigils in Tahrir Square and in Nasiriyah. "
        "The UN envoy Jeanine Hennis-Plasschaert called the killing 'a cowardly act'.",
        "V",
        "assassination",
    ),
    (
        "Karbala protest leader Ihab al-Wazni assassinated, crowds set fire outside Iranian consulate",
        "Ihab al-Wazni, a leading figure of the protest movement in Karbala, was shot dead by gunmen on a motorcycle outside his home early on Sunday, police and activists said. "
        "Al-Wazni had survived previous threats and had publicly accused Iran-aligned armed factions of killing protesters. "
        "Within hours, hundreds of his supporters gathered outside the police headquarters, and that night protesters set fire to tyres and a guard post at the edge of the Iranian consulate compound in Karbala. "
        "Security forces fired shots into the air and used tear gas to push them back; at least six people were hurt, a medical source told Shafaq News. "
        "The killing came less than a day after the journalist Ahmed Hassan was shot in the head in Diwaniyah. "
        "Several parties born from the 2019 protests announced they would boycott the coming election, saying it could not be held while activists were being murdered. "
        "The interior ministry said it had formed a team to track the attackers.",
        "V U",
        "assassination",
    ),
]
