"""dev333 positives, part A: rights reporting of current armed conflict (massacres, strikes,
executions, abductions by armed groups, journalists killed in wars)."""

POSITIVES = [
    (
        "Sudan: RSF fighters killed hospital patients after taking El Fasher, rights monitors say",
        "Fighters of the paramilitary Rapid Support Forces shot dozens of patients and their "
        "relatives inside the Saudi maternity hospital in El Fasher after the city fell on "
        "Sunday, according to testimony gathered by Human Rights Watch and the Sudan Doctors "
        "Network. The RSF seized the army's last major garrison in Darfur after an 18-month "
        "siege, and survivors reached by phone described men in RSF uniforms going from ward to "
        'ward. The World Health Organization said it was "appalled and deeply shocked" by '
        "reports that more than 460 people had been killed at the hospital. Satellite images "
        "analysed by Yale's Humanitarian Research Lab showed clusters of objects consistent with "
        "bodies near the city's eastern berm. Tens of thousands of people have since fled on foot "
        "towards Tawila, about 60km to the west, where aid groups say new arrivals are exhausted, "
        "dehydrated and in many cases wounded. The International Organization for Migration "
        "counted more than 36,000 people leaving El Fasher and nearby villages in three days. An "
        'RSF spokesman said the group would investigate "individual violations" and denied a '
        "policy of targeting civilians. The UN human rights chief, Volker Turk, warned that the "
        "risk of ethnically motivated atrocities in the city was rising by the hour. "
        "Communications with the city have been cut since Sunday, and only fragments of video "
        "have emerged, some of them posted by RSF fighters themselves. One clip verified by the "
        "BBC shows a fighter shooting unarmed men sitting on the ground. At the Tawila camps, "
        "Medecins Sans Frontieres said its teams had treated dozens of children for severe "
        "malnutrition on arrival. Women who reached the town told aid workers they had been "
        "robbed at checkpoints along the road and that men travelling with them had been taken "
        "away. The UN Security Council is due to meet in emergency session on Thursday.",
        "B V D H",
        "massacre",
    ),
    (
        "Amnesty: Myanmar junta bombed village gathering with thermobaric weapon",
        "A Myanmar military jet dropped at least two bombs on a crowd gathered for the opening of "
        "a local administration office in Pazigyi village, in the Sagaing region, on Tuesday "
        "morning, Amnesty International said, citing witnesses and photographs of the site. A "
        "helicopter gunship then fired on people trying to carry away the wounded. Local "
        "resistance groups put the death toll at about 165, among them some 20 children, while "
        "the junta's spokesman said the strike had targeted a ceremony held by the People's "
        "Defence Force. Amnesty's weapons analysts said the damage was consistent with an "
        'enhanced-blast munition of the kind designed to cause maximum harm in the open. "This '
        'was a crowd of villagers, many of them women and children, in the middle of the day," '
        "the group's regional researcher said. Villagers interviewed by phone said hundreds of "
        "families from surrounding hamlets had fled into the forest for fear of further raids. "
        "The UN special rapporteur on Myanmar called on member states to cut off the supply of "
        "aviation fuel to the military. Rescuers said many of the bodies were so badly burned "
        "that they could not be identified. Pazigyi lies in a part of Sagaing where resistance "
        "forces have set up their own administration since the 2021 coup. The junta has "
        "increasingly relied on air power as it has lost ground to armed groups across the "
        "country. Monitors of the Assistance Association for Political Prisoners say more than "
        "3,200 civilians have been killed by the security forces since the coup.",
        "E V D",
        "airstrike",
    ),
    (
        "Rights groups document 'Bloody Friday' in Zahedan as toll rises to 82",
        "Security forces in the southeastern Iranian city of Zahedan opened fire on worshippers "
        "and protesters after Friday prayers, killing at least 82 people, Amnesty International "
        "said on Thursday as it published new evidence from the crackdown. The organisation said "
        "members of the Revolutionary Guards and plainclothes agents fired live ammunition from "
        "the roof of a police station near the Grand Mosala, where hundreds had gathered after "
        "prayers to protest against the alleged rape of a teenage girl by a police commander. "
        "Baloch activist networks said the dead included at least a dozen children. Doctors at "
        "two hospitals told the Iran Human Rights group they had been overwhelmed by gunshot "
        'wounds to the head and chest. State media called the unrest a "terrorist attack" on '
        "the police station and said several officers had been killed. Internet connections in "
        "Sistan and Baluchestan province were cut for most of the weekend. Protests over the "
        "death of Mahsa Amini in morality police custody have now spread to more than 100 towns "
        "and cities.",
        "U V",
        "crackdown",
    ),
    (
        "Bangladesh: curfew and shoot-on-sight orders as student protest toll passes 150",
        "Bangladesh's army patrolled the streets of Dhaka on Sunday under a nationwide curfew "
        "with orders to shoot on sight, after a week of clashes between students, police and "
        "activists of the ruling party's student wing left at least 150 people dead, according to "
        "a tally of hospital records by local media. Human Rights Watch said police had fired "
        "shotguns, rubber bullets and live rounds at largely unarmed protesters demanding an end "
        "to quotas in civil service jobs. Witnesses described helicopters firing tear gas "
        "canisters onto rooftops in the Mohammadpur and Rampura neighbourhoods. Protesters set "
        "fire to the state broadcaster's headquarters and a metro station last week. The internet "
        "has been cut across the country since Thursday, making it hard for rights groups to "
        'verify reports of deaths in outlying districts. "Using lethal force as the first resort '
        "is never lawful,\" said Amnesty International's South Asia office. Prime Minister Sheikh "
        "Hasina has blamed the violence on opposition parties. Hospitals in Dhaka said they had "
        "run short of blood and that doctors had been told not to speak to reporters. Students "
        "who spoke to Reuters by phone described security forces raiding university dormitories "
        "at night and detaining dozens of young men. The quota system reserves 30% of government "
        "jobs for descendants of those who fought in the 1971 independence war. The Supreme Court "
        "is due to hear the government's appeal against reinstating the quotas on Sunday. The "
        "United Nations urged restraint and said it stood ready to support an investigation.",
        "U",
        "crackdown",
    ),
    (
        "Kenya rights commission says police killed 22 as parliament stormed",
        "The Kenya National Commission on Human Rights said on Wednesday that 22 people were "
        "killed during Tuesday's protests against the Finance Bill, most of them by police "
        "gunfire in Nairobi. Another 300 people were injured and 50 arrested, the state-funded "
        "commission said, adding that it had also recorded cases of protesters abducted from "
        "their homes by men in unmarked cars. Crowds broke through police lines and set part of "
        "the parliament building on fire shortly after lawmakers voted the tax increases through. "
        "Amnesty International Kenya said some of those killed had been shot in the back while "
        "running away. The Law Society of Kenya said one of its members, volunteering as a medic, "
        "had been hit by a bullet near Parliament Road. President William Ruto described the "
        'storming of parliament as "treasonous" and deployed the army to support the police. '
        "Organisers have called for a further day of action on Thursday.",
        "U",
        "crackdown",
    ),
    (
        "Mozambique: Plataforma Decide counts 110 dead in post-election crackdown",
        "Police in Mozambique have killed at least 110 people since protests over the disputed "
        "October election began, the civil society monitoring group Plataforma Decide said on "
        "Friday. The group said most of the victims were shot in Maputo, Nampula and Zambezia "
        "provinces, and that more than 3,500 people had been detained. Protesters have burned "
        "police stations and blocked highways with tyres, and on Wednesday a crowd looted "
        "warehouses on the outskirts of the capital. Human Rights Watch said it had verified "
        "video showing police firing assault rifles at a crowd in Maputo's Magoanine "
        "neighbourhood. The crackdown began days after unknown gunmen shot dead Elvino Dias, a "
        "lawyer for opposition candidate Venancio Mondlane, in his car in central Maputo. "
        "Mondlane, who says the vote was rigged, has called on supporters to keep up the protests "
        "from abroad. The government says police have acted to protect property and public order.",
        "U V",
        "crackdown",
    ),
    (
        "Georgia's ombudsman says detained protesters were beaten in custody",
        "Georgia's Public Defender said on Monday that his staff had met more than 100 people "
        "detained at the pro-European protests in Tbilisi and that most of them had injuries "
        "consistent with beatings, including broken noses and eye-socket fractures. Riot police "
        "have used water cannon, tear gas and rubber bullets to clear crowds from Rustaveli "
        "Avenue for five nights running, while some protesters have thrown fireworks and stones "
        "at officers. The Interior Ministry said 224 people had been detained since Thursday and "
        "that more than 100 police officers had been hurt. Transparency International Georgia "
        "said at least 50 journalists had been attacked or obstructed while covering the rallies. "
        "The protests began after Prime Minister Irakli Kobakhidze announced that Georgia would "
        "suspend talks on joining the European Union until 2028. The EU's foreign policy chief "
        "condemned what she called the disproportionate use of force against peaceful "
        "demonstrators. The Georgian Young Lawyers' Association said lawyers had been denied "
        "access to detainees for hours after their arrest. Several opposition leaders were among "
        "those detained.",
        "U",
        "crackdown",
    ),
    (
        "Venezuela: Foro Penal says 2,000 held and 24 killed since disputed vote",
        "More than 2,000 people have been arrested in Venezuela since the July 28 presidential "
        "election, the rights group Foro Penal said on Tuesday, as security forces and armed "
        "pro-government groups known as colectivos continued raids on poor neighbourhoods that "
        "protested against the official result. At least 24 people have been killed, most of them "
        "shot during demonstrations in Caracas, Maracay and Barquisimeto, the group said. "
        "Witnesses in the Caracas district of Petare told reporters that hooded men on "
        "motorcycles had fired on residents banging pots in the street. President Nicolas Maduro "
        "has said the detainees will be sent to two maximum-security prisons and has called them "
        '"terrorists". The UN fact-finding mission on Venezuela said the repression was of an '
        "intensity not seen in recent years. The opposition says its own tally of precinct "
        "results shows its candidate, Edmundo Gonzalez, won by a wide margin.",
        "U V",
        "crackdown",
    ),
    (
        "Ethiopian rights commission says drone strike on Amhara market killed 'dozens'",
        "A drone strike on a busy market in the town of Finote Selam in Ethiopia's Amhara region "
        "killed dozens of civilians on Sunday, the state-appointed Ethiopian Human Rights "
        "Commission said. Residents said the strike hit a crowded street near a bus station "
        "shortly after midday, and health workers at the local hospital reported at least 26 "
        'bodies and more than 55 wounded. The commission said it had received "credible '
        'reports" of the attack and called on the government to stop using heavy weapons in '
        "populated areas. Federal forces have been fighting the Fano militia across much of "
        "Amhara since August, and a state of emergency has restricted travel and the internet in "
        "the region. The government did not comment on the strike but said its operations "
        'targeted "extremist forces". Rights groups have documented at least a dozen drone '
        "strikes in the region since the conflict began.",
        "E V",
        "drone_strike",
    ),
    (
        "UN rights office: summary executions and mass rape after M23 took Goma",
        "The UN human rights office said on Friday it had documented summary executions of at "
        "least 12 civilians by M23 fighters in Goma, as well as dozens of cases of rape, since "
        "the Rwandan-backed group seized the city in eastern Democratic Republic of Congo last "
        "week. A spokesman said the office was also investigating reports that women prisoners "
        "were raped and burned when fire broke out during a mass escape from Munzenze prison as "
        "the rebels advanced. Hospitals in the city have taken in more than 2,800 wounded people "
        "since the fighting began, and the morgues are full, according to the World Health "
        "Organization. M23 forces were advancing on Bukavu, the capital of South Kivu, on Friday "
        "after clashes with the Congolese army and allied Wazalendo militias in Kalehe territory. "
        "Aid agencies say displacement camps around Goma have emptied as the rebels ordered "
        "residents to go home. The UN refugee agency said more than 400,000 people had been "
        "displaced since the start of the year. The office said it had also received reports of "
        "M23 fighters forcibly recruiting young men and of Congolese soldiers and militiamen "
        "looting shops as they retreated. Humanitarian flights into Goma have been suspended "
        "because the airport is under rebel control, and water and electricity were cut for "
        "several days. Burundian troops deployed alongside the Congolese army were reported to be "
        "pulling back from positions north of Bukavu. Rwanda denies arming the M23 and says its "
        "troops are in Congo to defend its border against hostile militias.",
        "B V D H",
        "offensive",
    ),
    (
        "HRW: Burkina Faso soldiers executed 223 villagers in one day",
        "Burkina Faso's army summarily executed at least 223 villagers, including 56 children, in "
        "two villages in the northern Yatenga province in February, Human Rights Watch said in a "
        "report released on Thursday. Survivors told the group that soldiers arrived in Nodin and "
        "Soro in armoured vehicles and on motorcycles, gathered residents and opened fire, "
        "apparently in reprisal for an attack by Islamist fighters on a nearby military base. HRW "
        "said it had geolocated eight mass graves from satellite imagery. The junta has not "
        "responded to the findings and earlier suspended broadcasts of the BBC and Voice of "
        'America for reporting on them. "These massacres are only the latest in a pattern of '
        "mass killings of civilians by the Burkinabe military in its counterinsurgency "
        "operations,\" said Tirana Hassan, the group's executive director. The fighting against "
        "groups linked to al-Qaeda and Islamic State has forced more than two million people from "
        "their homes. One woman said she survived by lying under the bodies of her children. "
        "Another survivor said soldiers accused villagers of collaborating with the jihadists, "
        "who control much of the surrounding countryside. HRW said some of those killed were "
        "people who had fled from other villages and were sheltering in Soro. The group urged the "
        "African Union and the United Nations to support an independent investigation. Burkina "
        "Faso's government has previously said it investigates allegations of abuse by its "
        "troops.",
        "V M D",
        "massacre",
    ),
    (
        "UN report: Malian troops and foreign fighters killed 500 in Moura",
        'Malian soldiers and "foreign military personnel" killed at least 500 people during a '
        "five-day operation in the central town of Moura last year, most of them executed after "
        "being rounded up, the UN human rights office said in a report on Friday. Investigators "
        "found that a helicopter landed near the weekly livestock market on March 27 and that "
        "troops then sealed off the town, shooting people who tried to flee. At least 58 women "
        "and girls were raped or subjected to other sexual violence, the report said. Western "
        "governments and rights groups have identified the foreign personnel as mercenaries of "
        "the Russian Wagner Group, which Mali's junta describes as instructors. The army says it "
        'killed 203 "terrorists" at Moura. The report comes as fighting between the army and '
        "jihadist groups continues in the centre and north, and as the UN peacekeeping mission "
        "prepares to leave the country.",
        "V M",
        "massacre",
    ),
    (
        "Haiti: gang leader's men killed at least 184 in Cite Soleil, UN says",
        "At least 184 people were killed over two days in the Wharf Jeremie area of "
        "Port-au-Prince's Cite Soleil district on the orders of a gang leader who blamed "
        "residents for his son's illness, the UN human rights office said on Monday. Most of the "
        "victims were over 60 and were accused by members of the Wharf Jeremie gang, part of the "
        "Viv Ansanm coalition, of practising voodoo, according to the Committee for Peace and "
        "Development, a local rights group. Witnesses said the victims were taken from their "
        'homes, killed with machetes and knives, and their bodies burned in the street. "This '
        'brings the total number of people killed in Haiti this year to at least 5,000," Volker '
        "Turk said. The Haitian police and the Kenyan-led multinational force have not been able "
        "to enter the area. The UN's migration agency says more than 700,000 Haitians are now "
        "internally displaced by gang violence. A local radio station reported that some "
        "residents tried to escape by boat but were caught on the shore. Relatives were unable to "
        "recover the bodies, the human rights network RNDDH said. The coalition controls most of "
        "the capital and has expanded into the Artibonite region in recent months. The "
        "transitional presidential council said it was shocked and would bring those responsible "
        "to justice. Aid groups say access to Cite Soleil has been almost impossible for months.",
        "V D",
        "massacre",
    ),
    (
        "Colombia ombudsman: 80 killed and 36,000 fled as ELN moved on Catatumbo",
        "At least 80 people have been killed and more than 36,000 have fled their homes in "
        "Colombia's Catatumbo region since the National Liberation Army launched an offensive "
        "against rival FARC dissidents on Thursday, the Ombudsman's Office said. Among the dead "
        "are social leaders and signatories of the 2016 peace deal, some of them taken from their "
        "homes and shot, according to the office. Displaced families have crowded into a stadium "
        "and schools in Cucuta and Tibu, and the Red Cross said shelters had run out of "
        "mattresses and drinking water. President Gustavo Petro suspended peace talks with the "
        "ELN, accusing it of war crimes, and declared a state of internal commotion. The army "
        "flew in more than 5,000 troops. Indepaz, a think tank that counts killings of rights "
        "defenders, said 2025 had started as the deadliest year for social leaders since it began "
        "keeping records. Many of the displaced crossed into Venezuela along rural tracks, "
        "according to the Norwegian Refugee Council. Residents said armed men had gone door to "
        "door with lists of names. The ELN accused the dissidents of attacking civilians and said "
        "it was protecting the population, a claim rights groups rejected. Schools across the "
        "region have closed and the army has set up checkpoints on roads into Tibu. The UN "
        "mission in Colombia said it was in contact with communities still trapped in rural "
        "areas.",
        "B V D H M",
        "offensive",
    ),
    (
        "CPJ condemns Israeli strike that killed Al Jazeera's Anas al-Sharif and four colleagues",
        "The Committee to Protect Journalists said it was appalled by an Israeli strike on a tent "
        "outside al-Shifa hospital in Gaza City on Sunday night that killed Al Jazeera "
        "correspondent Anas al-Sharif and four other media workers. The Israeli military "
        "confirmed it had targeted Sharif, alleging without providing evidence that he headed a "
        "Hamas cell. Hospital officials said two other people were killed in the strike. CPJ said "
        "Israel had produced no credible proof for its claims and that the killing fitted a "
        "pattern of labelling journalists as militants. The tent was used by reporters who had "
        "lost their homes and offices, colleagues said. At least 186 journalists and media "
        "workers have been killed in Gaza, the West Bank, Israel and Lebanon since October 2023, "
        "according to the group's count, the vast majority of them Palestinians killed by Israeli "
        "fire. International media organisations renewed calls to be allowed into the territory.",
        "E V",
        "airstrike",
    ),
    (
        "UN monitors report rise in executions of captured Ukrainian soldiers",
        "The UN Human Rights Monitoring Mission in Ukraine said on Tuesday it had recorded a "
        "sharp rise in executions of Ukrainian servicemen who had surrendered or been captured by "
        "Russian forces on the battlefield. The mission said it had documented 32 such executions "
        "in 15 separate incidents since the end of August, and had found credible information "
        "about several more, most of them in the Pokrovsk and Kurakhove directions. In one case "
        "verified from drone footage, six soldiers who had laid down their weapons near a tree "
        "line were shot at close range. Ukraine's prosecutor general has opened war crimes cases "
        "and says Russian commanders encourage the practice. Moscow has not commented on the "
        "report. The mission also said civilian casualties had risen for a third consecutive "
        "month, driven by glide bombs and short-range drones striking front-line towns.",
        "V B E",
        "execution",
    ),
    (
        "Syrian Network for Human Rights: 800 Alawite civilians killed on the coast since Thursday",
        "Gunmen affiliated with Syria's new security forces and allied factions have killed at "
        "least 803 people in the coastal provinces of Latakia and Tartus since Thursday, most of "
        "them Alawite civilians, the Syrian Network for Human Rights said on Sunday. The group "
        "said entire families had been shot in their homes in villages near Baniyas, and that "
        "bodies had been left in the streets. The violence began when fighters loyal to the "
        "ousted president Bashar al-Assad ambushed government patrols near Jableh, and the "
        "authorities sent reinforcements from across the country. Thousands of residents have "
        "fled to the Russian air base at Hmeimim or across the border into Lebanon. Interim "
        "President Ahmed al-Sharaa said those who harmed civilians would be held accountable and "
        "announced a committee to investigate. The UN human rights office called the reports "
        '"extremely disturbing". Survivors reached by phone described armed men asking '
        "residents whether they were Alawite or Sunni before shooting. Videos circulating online "
        "show men in military fatigues forcing people to crawl and bark like dogs. The government "
        "said it had arrested several members of the security forces filmed abusing civilians. "
        "The Syrian Observatory for Human Rights gave a higher toll of more than 1,000 civilians. "
        "Electricity and water were cut in large parts of the coast.",
        "V B D",
        "massacre",
    ),
]
