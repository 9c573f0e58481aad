"""dev14 texts: Latin America; the Middle East.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Latin America
    (
        "El Salvador: rights group tallies deaths in custody under state of exception",
        "El Salvador's state of exception, declared in {{March 2022}} after gangs killed [[87 people|killed]] in a weekend, has been renewed more than {{30}} times. "
        "Security forces have detained [[more than 83,000 people|arrested;a=the government]] accused of gang ties, according to the government. "
        "The rights group Socorro Juridico Humanitario says it has documented [[at least 350 deaths|killed;a=The rights group Socorro Juridico Humanitario]] in prison custody, many with signs of beatings. "
        "[[About 8,000|arrested;a=the justice minister]] of those detained have been released for lack of evidence, the justice minister said. "
        "The new mega-prison at Tecoluca, known as CECOT, was built for [[40,000 inmates|capacity]].",
        ["30"],
    ),
    (
        "Colombia: ELN frees soldiers and police held in Arauca",
        "The ELN guerrilla on Sunday released [[six soldiers|kidnapped;a=the Ombudsman's Office]] and [[two police officers|kidnapped;a=the Ombudsman's Office]] it had been holding in the department of Arauca, the Ombudsman's Office said. "
        "A humanitarian commission with delegates of the Catholic Church and the ICRC collected them in a rural area of Fortul and flew them to Saravena. "
        "The group is still holding [[at least 38 people|kidnapped;a=the government]], the government says, a figure the ELN disputes. "
        "Peace talks were suspended in {{January 2025}} after fighting in the Catatumbo region forced [[more than 50,000 people|displaced]] from their homes. "
        "Ten days after the fighting began, [[about 11,000|displaced;a=the city's mayor]] were still sleeping in sports halls in Cucuta, the city's mayor said.",
        ["Ten days"],
    ),
    (
        "Haiti: gangs storm Croix-des-Bouquets prison, freeing inmates",
        "Armed gangs attacked the civil prison of Croix-des-Bouquets on a Saturday night, after a similar assault on the National Penitentiary in Port-au-Prince had freed most of its inmates. "
        "The prison held [[about 1,000 detainees|arrested;a=a prison official]], a prison official said; by morning only [[30|arrested;a=a prison official]] were still in their cells. "
        "Correction: the official later said [[1,033 inmates|arrested;a=the official;alt=a prison official]] had been registered on the day of the attack. "
        "[[Four guards|killed]] were killed. "
        "The International Organization for Migration says gang violence has now displaced [[more than 360,000 people|displaced;a=The International Organization for Migration]] across Haiti, [[about 160,000|displaced;a=The International Organization for Migration]] of them in the capital.",
    ),
    (
        "Haiti: massacre in Cite Soleil blamed on gang leader's revenge",
        "A gang leader in the Wharf Jeremie area of Cite Soleil ordered the killing of elderly residents he accused of witchcraft after his child fell ill, the National Human Rights Defense Network said. "
        "[[At least 184 people|killed;a=the UN]] were killed over the weekend of {{December 6}}, according to the UN, most of them over the age of {{60}}. "
        "[[Dozens|missing]] more are missing, relatives told the network. "
        "[[Some 1,000 people|displaced;a=the International Organization for Migration]] fled the neighbourhood by boat, the International Organization for Migration said. "
        "The bodies were burned, and rights groups say identification may take months.",
    ),
    (
        "Mexico: families search for migrants taken from bus in Tamaulipas",
        "Armed men stopped a bus on the highway between Reynosa and Monterrey on {{January 30}} and took [[31 migrants|kidnapped;a=the National Migration Institute]], most of them Venezuelans, the National Migration Institute said. "
        "Police freed [[all 31|kidnapped;a=the state security spokesman]] four days later in a house in Reynosa, the state security spokesman said. "
        "[[Two men|arrested]] were detained at the house. "
        "Aid groups say kidnapping for ransom along the border is routine: the Jesuit Refugee Service counted [[about 3,700 migrants|kidnapped;a=the Jesuit Refugee Service]] abducted in {{2023}}. "
        "Relatives are usually asked for {{$2,000}} to {{$5,000}} a person.",
        ["four days"],
    ),
    (
        "Mexico: residents flee cartel drones in Michoacan villages",
        "Fighting between the Jalisco New Generation cartel and local groups in the Tierra Caliente of Michoacan has emptied several villages, the diocese of Apatzingan said. "
        "[[About 800 families|displaced]] have left El Aguaje and nearby communities since drones began dropping explosives on homes. "
        "[[Some 200 homes|housing]] stand empty and [[at least 40|housing;u=structure]] have been damaged. "
        "The army says it has sent [[1,500 soldiers|combatants;a=The army]] and [[four helicopters|other;a=The army]] to the area. "
        "The bishop said the road to Apatzingan, {{50 km}} away, is blocked by [[12 roadblocks|other;a=The bishop]] manned by gunmen.",
    ),
    (
        "Ecuador: army takes control of Guayaquil prison after riot",
        "Soldiers and police entered the Litoral penitentiary in Guayaquil on Friday, {{two days}} after a riot between rival gangs that the authorities said was the worst in the country's history. "
        "[[At least 118 inmates|killed;a=the prosecutor's office]] were killed, [[five of them|killed;n=-;a=the prosecutor's office]] beheaded, according to the prosecutor's office. "
        "[[Eighty-six|injured;a=the prison service]] were wounded, the prison service said. "
        "The prison holds [[about 8,500 inmates|arrested;a=the service;alt=the prison service]] and was built for [[5,300|capacity;a=the service;alt=the prison service]], the service said. "
        "President Guillermo Lasso declared a state of emergency in the prison system for {{60 days}} and deployed [[3,600 police and soldiers|combatants;n=police and soldiers;a=President Guillermo Lasso]].",
    ),
    (
        "Venezuela: mass arrests after disputed election",
        "Security forces and pro-government groups detained protesters in the days after the {{July 28}} election, which the opposition says it won. "
        "President Nicolas Maduro said [[more than 2,000 people|arrested;a=President Nicolas Maduro]] had been captured and would be sent to high-security prisons. "
        "The rights group Foro Penal has verified [[1,581 political prisoners|arrested;a=The rights group Foro Penal]], [[114 of them|arrested;n=-;a=The rights group Foro Penal]] teenagers. "
        "[[At least 24 people|killed;a=the Inter-American Commission on Human Rights]] were killed in the protests, according to the Inter-American Commission on Human Rights. "
        "In November the courts released [[225 detainees|arrested;a=the attorney general]], the attorney general said.",
    ),
    (
        "Colombia: armed group recruits children in Cauca schools, ombudsman warns",
        "The Ombudsman's Office said on Tuesday that FARC dissident fronts are recruiting children through social media and in schools in northern Cauca. "
        "It recorded [[at least 409 children|combatants;a=The Ombudsman's Office]] recruited by armed groups in {{2024}}, {{more than half}} of them Indigenous. "
        "Indigenous guards rescued [[21 minors|combatants]] from an armed camp in Toribio in October. "
        "[[Five Indigenous leaders|killed;a=the ACIN association]] who opposed the recruitment have been killed this year, the ACIN association said.",
    ),
    # ---------------------------------------------------------------- Middle East
    (
        "Syria: families return to Maarat al-Numan to find homes in ruins",
        "[[Thousands of people|returned]] who fled the Idlib countryside during the government offensive of {{2019}} have begun going back since the fall of the Assad government in {{December 2024}}. "
        "In Maarat al-Numan, a town of [[120,000|civilians;a=the local council]] before the war, [[about 4,000 families|returned;a=the local council]] have returned, the local council said. "
        "Most find their houses looted or flattened: the council counts [[some 9,000 homes|housing;a=the council;alt=the local council]] destroyed or badly damaged. "
        "[[Nearly 1,200 families|displaced]] still live in tents pitched beside their ruined houses. "
        "UNHCR said [[more than 280,000 Syrians|returned;a=UNHCR]] had returned from abroad by February, and [[about 800,000|returned;a=UNHCR]] displaced people had gone back to their areas inside the country.",
    ),
    (
        "Iraq: Yazidi survivors still missing a decade after Sinjar attack",
        "Islamic State fighters overran Sinjar in {{August 2014}}, killing and enslaving members of the Yazidi minority. "
        "The Yazidi rescue office in Dohuk says [[6,417 Yazidis|kidnapped;a=The Yazidi rescue office in Dohuk]] were abducted, and that [[3,576 of them|kidnapped;n=-;a=The Yazidi rescue office in Dohuk]] have been rescued or freed since. "
        "[[About 2,600|missing;a=the office;alt=The Yazidi rescue office in Dohuk]] remain missing, the office said on the tenth anniversary. "
        "[[More than 200,000 Yazidis|displaced;a=the International Organization for Migration]] still live in camps in the Kurdistan Region, according to the International Organization for Migration. "
        "They are spread over [[23 camps|capacity]], which the Kurdish regional government plans to close. "
        "Investigators have exhumed [[more than 90 mass graves|other]] in the Sinjar district.",
        ["tenth"],
    ),
    (
        "Yemen: Houthi court sentences aid workers' colleagues, UN says staff still held",
        "A Houthi-run court in Sanaa sentenced [[11 people|arrested;a=the group's Saba news agency]] to death in {{January}} on spying charges, the group's Saba news agency reported. "
        "The United Nations said the Houthis are still holding [[13 UN staff|kidnapped;a=The United Nations]] detained in raids in {{June 2024}}, along with [[more than 50 employees|kidnapped;a=The United Nations]] of NGOs, civil society groups and an embassy. "
        "[[One WFP staff member|killed]] died in custody in {{February 2025}}. "
        "The UN has relocated its coordinator for Yemen from Sanaa to Aden.",
    ),
    (
        "Gaza: families move again as evacuation orders cover Khan Younis",
        "The Israeli military ordered residents of eastern Khan Younis to move to the coastal area of al-Mawasi on Monday, the latest in a string of evacuation orders. "
        "[[About 250,000 people|civilians;a=the UN relief agency UNRWA]] had been living in the area covered by the order, the UN relief agency UNRWA said. "
        "Many had already been displaced {{four or five}} times since {{October 2023}}. "
        "In al-Mawasi, [[some 30 families|displaced]] share each latrine block. "
        "The Gaza health ministry said [[at least 70 people|killed;a=The Gaza health ministry]] were killed in strikes across the strip in the previous {{24 hours}} and [[more than 200|injured;a=The Gaza health ministry]] were injured.",
    ),
    (
        "West Bank: settlers attack Palestinian village, burning houses and cars",
        "[[Dozens of Israeli settlers|combatants]] attacked the village of Huwara in the occupied West Bank on Sunday night, hours after [[two Israelis|killed]] were shot dead at a nearby junction. "
        "The Palestinian Red Crescent said [[one Palestinian man|killed;a=The Palestinian Red Crescent]] was shot dead and [[about 100|injured;a=The Palestinian Red Crescent]] were hurt, most by tear gas. "
        "[[More than 30 houses|housing;a=the village council]] and [[100 cars|other;a=the village council]] were torched, according to the village council. "
        "The Israeli army said it had arrested [[eight settlers|arrested;a=The Israeli army]], but [[six|arrested;a=a police source]] were released within a day, a police source said. "
        "The UN says settler attacks have displaced [[more than 1,200 Palestinians|displaced;a=The UN]] from herding communities since {{October 2023}}.",
    ),
    (
        "Lebanon: displaced crowd Beirut schools as strikes hit south",
        "The escalation between Israel and Hezbollah in {{September 2024}} sent families from the south and the Bekaa fleeing north overnight. "
        "The government said [[about 1 million people|displaced;a=The government]] had left their homes. "
        "[[Some 900 collective shelters|capacity;a=the disaster management unit]], most of them public schools, had opened across the country by the end of the week, and [[more than 770 of them|capacity;n=-;u=structure;a=the disaster management unit]] were full, the disaster management unit said. "
        "[[More than 300,000 people|displaced;a=the Syrian authorities]], Lebanese and Syrians, crossed into Syria, according to the Syrian authorities. "
        "The Lebanese health ministry said strikes had killed [[558 people|killed;a=The Lebanese health ministry]] on {{September 23}} alone, including [[50 children|killed;a=The Lebanese health ministry]].",
    ),
    (
        "Iran: executions rise after protest crackdown, rights group says",
        "Iran Human Rights, an Oslo-based group, said on Tuesday that the authorities had executed [[at least 834 people|killed;a=Iran Human Rights]] in {{2023}}, the highest number in {{eight years}}. "
        "Among them were [[eight men|killed;a=Iran Human Rights]] convicted in cases linked to the protests that followed the death of Mahsa Amini in custody in {{September 2022}}. "
        "The group says [[at least 551 protesters|killed;a=The group;alt=Iran Human Rights]] were killed by security forces during the protests and [[tens of thousands|arrested;a=The group;alt=Iran Human Rights]] were arrested. "
        "The judiciary said in {{February 2023}} that [[about 22,000 people|arrested;a=The judiciary]] detained during the unrest had been pardoned.",
    ),
    (
        "Syria: Alawite villagers recount coastal killings",
        "Armed men in military uniform entered villages around Baniyas in {{March 2025}}, going house to house, survivors said. "
        "The Syrian Observatory for Human Rights said [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, were killed over several days. "
        "[[About 9,000 people|displaced;a=the UN]] fled into Lebanon, the UN said, and [[hundreds|displaced]] more took refuge at the Russian air base at Hmeimim. "
        "An investigative committee appointed by the interim president said it had identified [[298 suspects|other;a=An investigative committee appointed by the interim president]] and referred [[31|arrested;a=An investigative committee appointed by the interim president]] who were in custody to the judiciary. "
        "The committee was given {{30 days}}, then an extension of {{three months}}.",
    ),
    (
        "Iraq: protesters shot in Nasiriyah as demonstrations resume",
        "Security forces opened fire on protesters blocking a bridge in Nasiriyah on Thursday, {{two months}} into the protest movement that began on {{October 1}}. "
        "[[At least 25 protesters|killed;a=medical sources]] were killed and [[more than 200|injured;a=medical sources]] wounded, medical sources said. "
        "Protesters set fire to the police headquarters, and the provincial governor resigned. "
        "Iraq's human rights commission says [[more than 400 people|killed;a=Iraq's human rights commission]] have been killed nationwide since the start of the protests and [[2,700|arrested;a=Iraq's human rights commission]] detained, [[about 400|arrested;a=Iraq's human rights commission]] of whom remain in custody.",
    ),
    (
        "Yemen: landmines kill children returning to Hodeidah farms",
        "Children herding sheep outside Hays stepped on a mine on Saturday, one of several blasts reported since families began returning to farmland south of Hodeidah. "
        "[[Three children|killed;a=the Yemen Landmine Monitor]] were killed and [[two|injured;a=the Yemen Landmine Monitor]] lost legs, the Yemen Landmine Monitor said. "
        "The Saudi-funded clearance project Masam says it has removed [[more than 450,000 mines|other;a=The Saudi-funded clearance project Masam]] and unexploded munitions since {{2018}}. "
        "Save the Children says [[at least 1,100 children|injured;a=Save the Children]] were maimed by landmines and explosive remnants in Yemen in the past {{five years}}.",
    ),
    (
        "Syria: al-Hol camp population falls as Iraq repatriates families",
        "Iraq flew and bussed [[about 700 people|returned;a=the camp administration]] home from al-Hol camp in northeast Syria this week, the camp administration said, its largest transfer so far. "
        "The camp, run by Kurdish-led authorities, held [[about 73,000 people|displaced;a=the UN]] at its peak in {{2019}}, according to the UN; it now holds [[about 40,000|displaced;a=the UN]]. "
        "The returnees go first to the {{Jeddah-1}} rehabilitation centre near Mosul, which has places for [[about 2,500|capacity]]. "
        "The Syrian Democratic Forces still guard [[about 9,000 IS fighters|arrested;a=The Syrian Democratic Forces]] in prisons in the region, they say.",
    ),
    (
        "Gaza: aid trucks stalled at Kerem Shalom as hunger spreads",
        "Before the war, [[about 500 trucks a day|aid;a=the UN]] entered Gaza, the UN says. "
        "In April only [[an average of 189 trucks a day|aid;a=UNRWA]] crossed, UNRWA said, and on some days none at all. "
        "The Integrated Food Security Phase Classification said [[1.1 million people|civilians;a=The Integrated Food Security Phase Classification]] faced catastrophic hunger and projected that famine could occur in the north by {{May}}. "
        "WFP said it had managed to deliver food to [[about 400,000 people|aid;a=WFP]] in the north in {{March}}, against a need of [[1 million|civilians;a=WFP]].",
    ),
]
