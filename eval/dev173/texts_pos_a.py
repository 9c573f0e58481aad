"""dev173 positives (1 of 3): court stories with current organised violence: attacks
on courts, judges and witnesses in Pakistan, Haiti, Ecuador, Afghanistan, Somalia, Mexico,
Congo and Cameroon, and trials halted by fighting in Khartoum and Tripoli (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Suicide bomber strikes Dera Ismail Khan judicial complex, killing seven "
        "including two lawyers",
        "DERA ISMAIL KHAN: At least seven people, among them two lawyers and a "
        "police constable, were killed and 19 others injured on Monday when a "
        "suicide bomber blew himself up at the entrance of the district judicial "
        "complex minutes before hearings were to begin, police said. According to "
        "the district police officer, the attacker, who was on foot, detonated his "
        "vest after guards stopped him at the first checkpost near the bar room. The "
        "blast shattered the windows of several courtrooms and set fire to "
        "motorcycles parked along the boundary wall. The injured were shifted to the "
        "District Headquarters Hospital, where an emergency was declared and doctors "
        "appealed for blood donations. A faction of the banned Tehreek-i-Taliban "
        "Pakistan claimed responsibility in a message sent to journalists, saying "
        'the courts enforced "un-Islamic laws". The district bar association '
        "announced three days of mourning and a strike, and lawyers across Khyber "
        "Pakhtunkhwa boycotted proceedings. The chief minister condemned the attack "
        "and ordered a review of security at courts in the southern districts, which "
        "have seen a sharp rise in militant violence since last year. Lawyers said "
        "they had written to the provincial police chief twice this year asking for "
        "walk-through gates and more personnel. Television footage showed lawyers in "
        "black coats carrying the wounded to ambulances and police cordoning off the "
        "area. One of the lawyers killed, a senior advocate, had been due to argue a "
        "bail matter in the court of the sessions judge that morning, his colleagues "
        "said. By the afternoon, police said they had detained four men for "
        "questioning.",
        "T E V",
        "suicide bombing at court",
    ),
    (
        "Gangs torch Port-au-Prince courthouse as fighting with police spreads downtown",
        "PORT-AU-PRINCE, Haiti (AP) — Gunmen from the Viv Ansanm gang coalition set "
        "fire to the main courthouse in Haiti's capital early Thursday, burning "
        "decades of case files and forcing police to pull back from the surrounding "
        "streets after hours of gunfire, officials said. Video shared on social "
        "media showed black smoke rising over the Bicentenaire district as men with "
        "rifles posed on the courthouse steps. The national police said two officers "
        "were wounded in the exchange of fire and that an armored vehicle was "
        "disabled by gunfire. Haiti's justice minister called the attack \"a war on "
        'the very idea of the state" and said hearings would move to a temporary '
        "site in Pétion-Ville. Hundreds of residents of nearby neighborhoods fled "
        "with mattresses and bags toward the Champ de Mars, according to the "
        "International Organization for Migration. The gangs have targeted courts, "
        "prisons and police stations across the capital since early 2024, when they "
        "stormed two prisons and freed thousands of inmates. A Kenyan-led security "
        "mission sent to help the police has struggled to hold ground in the city "
        "center. Judges' associations said many magistrates now work from home or "
        'have left the country. "I have hearings scheduled that will never happen '
        'because the files are ashes," a lawyer who works in the courthouse told The '
        "Associated Press. By midday the fire had spread to a neighboring school, "
        "and firefighters could not reach the area because of sniper fire, the civil "
        "protection agency said. The United Nations says more than 5,600 people were "
        "killed in gang violence in Haiti last year, and more than a million have "
        "been forced from their homes.",
        "B D",
        "gang attack on courthouse",
    ),
    (
        "Ecuador prosecutor investigating prison massacre shot dead in Guayaquil",
        "An Ecuadorian prosecutor who led the investigation into one of the "
        "massacres inside the country's prisons was shot dead on Wednesday in "
        "Guayaquil, days before he was due to present evidence against members of "
        "the Los Lobos gang. Gunmen on a motorcycle fired at least 20 rounds into "
        "his car at a traffic light in the north of the city, according to the "
        "police, who later found the motorcycle burned a few blocks away. The "
        "attorney general's office said the prosecutor had received threats since "
        "taking on the case, which concerns the killing of more than 100 inmates in "
        'the Litoral penitentiary. President Daniel Noboa, who declared an "internal '
        'armed conflict" against the gangs in January and ordered the armed forces '
        'to "neutralise" them, sent soldiers to patrol the district overnight. "They '
        'are killing those who dare to judge them," the attorney general told '
        "reporters outside the morgue. At least four judges and prosecutors have "
        "been murdered in Ecuador since 2022, according to an association of "
        "judicial officials. Colleagues of the dead man gathered outside the "
        "courthouse in the afternoon with pictures of him, demanding armoured cars "
        "for staff who handle organised crime cases. The hearing in the Litoral case "
        "has been suspended indefinitely. The killings inside the Litoral in "
        "September 2021, when inmates of rival gangs fought with guns, knives and "
        "explosives for two days, left 119 prisoners dead, some of them beheaded and "
        "burned. Since Noboa's decree, soldiers have taken control of the main "
        "prisons and the government says the homicide rate has fallen, although "
        "murders have risen again in Guayaquil and the coastal provinces in recent "
        "months.",
        "V",
        "assassination of prosecutor",
    ),
    (
        "Suicide bomber hits Supreme Court staff leaving work in Kabul, at least 20 dead",
        "KABUL (Reuters) - A suicide bomber blew himself up among employees of "
        "Afghanistan's Supreme Court as they left work in Kabul on Tuesday "
        "afternoon, killing at least 20 people and wounding more than 40, officials "
        "said. The attacker struck in the court's car park as staff, many of them "
        "women, waited to board minibuses home, a spokesman for the interior "
        "ministry said. Islamic State claimed the bombing through its Amaq news "
        "agency. It was the deadliest attack on the judiciary since Taliban fighters "
        "stormed a provincial court compound in Farah two years ago and killed "
        "judges and prosecutors inside. Witnesses described bodies lying among "
        "burning vehicles and said ambulances struggled to get through the afternoon "
        "traffic. President Ashraf Ghani condemned what he called a crime against "
        "humanity and said attacks on judges would not stop the courts prosecuting "
        "militants. The United Nations mission said judicial personnel were "
        "increasingly targeted by insurgent groups, who see the courts as "
        "instruments of a foreign-backed government. The Emergency hospital in the "
        "city said it had received 22 of the wounded.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Al-Shabaab fighters storm court compound in Somalia's Gedo region",
        "Al-Shabaab fighters stormed a regional court compound in southern Somalia's "
        "Gedo region on Sunday, killing at least five people including a judge, "
        "before soldiers drove them out after a gunfight that lasted several hours, "
        "officials and witnesses told AFP. The assault on the court in Garbaharey "
        "began with a car bomb at the outer gate, followed by gunmen who entered the "
        'building, regional police commander Abdirahman Hussein said. "They came for '
        'the judges who sentenced their fighters," he said by telephone. Three of '
        "the attackers were killed, according to the regional administration, while "
        "residents said the fighting spread briefly to a nearby livestock market. "
        "The jihadist group, which has fought Somalia's federal government for more "
        'than 15 years, said on its Radio Andalus that it had killed "apostate '
        'judges". Al-Shabaab runs its own courts in areas it controls and has '
        "repeatedly attacked government judges and lawyers, whom it accuses of "
        "applying secular law. In 2013 its fighters stormed the main court complex "
        "in Mogadishu, killing more than 30 people. Government forces and allied "
        "clan militias have retaken several towns from the group in central Somalia "
        "over the past two years, but it still controls large parts of the "
        "countryside in the south. The court had moved its hearings into the "
        "fortified compound last year after a series of threats. The African Union "
        "mission said its troops had provided support. Doctors at the town's only "
        "hospital asked for emergency supplies to be flown in from Mogadishu.",
        "T E B V",
        "militant attack on court",
    ),
    (
        "Bashir coup trial in limbo as Khartoum fighting empties Kober prison",
        "The trial of Sudan's former president Omar al-Bashir over the 1989 coup "
        "that brought him to power has been thrown into doubt after fighting between "
        "the army and the paramilitary Rapid Support Forces reached the capital's "
        "main prison, freeing thousands of inmates. Residents of Khartoum North said "
        "they heard heavy gunfire and artillery around Kober prison on Saturday and "
        "Sunday before inmates were seen walking out through the gates. The army "
        "said al-Bashir and several co-defendants had been moved to a military "
        "hospital before the fighting began, while the RSF accused its rivals of "
        "releasing prisoners to spread chaos. The Khartoum court that has heard the "
        "coup case since 2020 has not sat since the war broke out nine days ago, and "
        "lawyers said court buildings in the city centre had been looted. One "
        "defence lawyer told Al Jazeera he had fled with his family to Wad Madani "
        "and had no contact with his client. Al-Bashir, who was overthrown by the "
        "army in April 2019 after months of street protests, is also wanted by the "
        "International Criminal Court for genocide and crimes against humanity in "
        "Darfur. His co-defendants include former ministers and officers who took "
        "part in the 1989 putsch, and a former officer testified last year that the "
        "plotters seized the radio station and arrested the elected prime minister, "
        "Sadiq al-Mahdi, before dawn. Fighting continued on Monday despite a "
        "declared truce, with air strikes reported in Bahri and Omdurman. The World "
        "Health Organization says more than 400 people have been killed across the "
        "country since the fighting began. Tens of thousands have fled towards Egypt "
        "and Chad.",
        "B E D",
        "battle",
    ),
    (
        "Tripoli courts shut, hearings suspended after night of militia clashes",
        "TRIPOLI (Reuters) - Courts in the Libyan capital suspended all hearings on "
        "Monday after a night of heavy fighting between two armed factions left at "
        "least 27 people dead, the justice ministry said, as residents counted the "
        "damage in the Souq al-Thulatha district. Machine-gun fire and explosions "
        "were heard from late Sunday until dawn along the coastal road and near the "
        "southern court complex, whose facade was scarred by shrapnel. The health "
        "ministry said 106 people had been wounded, and the Libyan Red Crescent said "
        "its teams had evacuated families trapped in apartment blocks. The clashes "
        "pitted a force allied to the interior ministry against a rival brigade "
        "after the arrest of one of its commanders, two security sources said. The "
        "Supreme Judicial Council told staff to stay home until security was "
        "restored and said detainees due in court would remain in custody. Flights "
        "at Mitiga airport were diverted to Misrata. The United Nations mission "
        "urged all sides to stop fighting and protect civilians. A truce brokered by "
        "local elders took hold by mid-morning, though sporadic gunfire was still "
        "heard in some streets.",
        "B D",
        "militia clashes",
    ),
    (
        "Judge killed in Culiacán as war between Sinaloa cartel factions grinds on",
        "CULIACÁN, Mexico (AP) — A federal judge was shot dead outside her home in "
        "Culiacán on Friday, the latest victim of a war between rival factions of "
        "the Sinaloa cartel that has turned the state capital into a battleground, "
        "authorities said. Prosecutors said gunmen in two pickups opened fire as the "
        "judge got out of her car, also wounding a bodyguard. Colleagues said she "
        "had handled cases against members of the faction loyal to the sons of "
        'Joaquín "El Chapo" Guzmán. More than 1,200 people have been killed in '
        "Sinaloa since the split between the so-called Chapitos and the followers of "
        'Ismael "El Mayo" Zambada erupted into open warfare, according to state '
        "figures, and soldiers and gunmen fight regularly on the city's outskirts. "
        "Earlier this week the army said it killed 19 gunmen in a firefight near "
        "Elota, and residents of mountain villages have reported attacks by drones "
        "dropping explosives. Mexico's federal judiciary said it would assign "
        "armored vehicles to judges in the state. The killing came two days after "
        "gunmen hung a banner on a bridge in the city threatening officials who "
        '"work for the other side." Mexico\'s security cabinet said it had sent '
        "another 600 soldiers to Sinaloa this month, bringing the number of federal "
        "troops in the state to more than 11,000. The national judges' association "
        'called the murder "an attack on all of Mexico." Schools in parts of the '
        "city remained closed on Friday.",
        "V B E",
        "assassination of judge",
    ),
    (
        "South Kivu: mobile court suspends militia trial after witnesses abducted",
        "A mobile military court sitting in Kalehe territory, in the Democratic "
        "Republic of Congo's South Kivu province, suspended the trial of eleven "
        "militiamen on Thursday after four witnesses due to testify were abducted "
        "from their village on the eve of the hearing. The witnesses, three women "
        "and a local chief, were expected to describe the killing of villagers in "
        "Lumbishi last year, according to the lawyers' collective representing the "
        "victims. The accused are charged with crimes against humanity over an "
        "attack in which fighters burned dozens of houses and killed at least 18 "
        "people, some of them with machetes, after accusing the villagers of "
        "supporting a rival group. One survivor testified in May that she hid in a "
        "banana plantation with her two children while her husband was killed in "
        "front of their house. The defence argued that the accused were elsewhere at "
        'the time. "Armed men came at night and took them from their houses," a '
        "civil society leader in the area told Justice Info. He said the kidnappers "
        "belonged to the same Raia Mutomboki faction as the accused, and that its "
        "fighters still controlled the hills above the village. The Congolese army "
        "said it had launched an operation to find the hostages and had clashed with "
        "militiamen on Friday morning, without giving a toll. Dozens of families "
        "have since left the village for the town of Kalehe. The UN mission's Joint "
        "Human Rights Office, which supports mobile courts with transport and "
        "witness protection, called for the four to be released immediately. The "
        "court, which had already heard 20 witnesses, adjourned the case until "
        "further notice.",
        "V M B D",
        "abduction of witnesses",
    ),
    (
        "Separatists kidnap magistrate in Cameroon's North-West, demand end to military trials",
        "Armed separatists abducted a magistrate and his driver on a road outside "
        "Bamenda in Cameroon's English-speaking North-West region on Tuesday, local "
        "officials and a lawyers' group said. The magistrate, who sits at the court "
        "of first instance in Ndop, was stopped at a roadblock of felled trees by "
        "gunmen who then set his car on fire, according to a regional official who "
        "asked not to be named. In a video posted on social media, men describing "
        'themselves as "Ambazonia" fighters said he would be held until the state '
        "stopped trying their comrades before military tribunals in Yaoundé. The "
        "army said it had sent troops to the area and exchanged fire with "
        "separatists near the village of Bamessing on Wednesday. The separatists, "
        "who have been fighting since 2017 for an independent state, have kidnapped "
        "dozens of civil servants, teachers and priests, often for ransom. Lawyers "
        "in the region have boycotted the courts several times since the conflict "
        "began, saying judges sent from French-speaking areas do not apply common "
        "law. Courts in Ndop have been closed since the abduction. Local officials "
        "said about 300 residents of Bamessing had fled to Ndop town after the "
        "clashes, fearing reprisals. The magistrate's family appealed on local radio "
        "for his release, saying he was diabetic and needed medication. The "
        "International Crisis Group estimates that the conflict has killed more than "
        "6,000 people.",
        "V B D",
        "abduction of magistrate",
    ),
]
