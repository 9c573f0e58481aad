"""dev153 positives (3 of 3): France, Germany, the UK and Ireland, Spain, Italy and the
Balkans: riots, terrorist attacks, an armed attack in Kosovo, a Corsican bombing campaign and
the wars abroad in the national press (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Third night of riots after Nahel's death: town halls attacked, 875 arrests across France",
        "France experienced a third night of urban violence following the death of "
        "Nahel M., the 17-year-old shot dead by a police officer during a traffic "
        "stop in Nanterre on Tuesday. Despite the deployment of 40,000 police "
        "officers and gendarmes, rioters set fire to vehicles, buildings and shops "
        "in dozens of towns overnight from Thursday to Friday, according to the "
        "Interior Ministry, which reported 875 arrests. Town halls were attacked in "
        "Pontoise, Lille and Clamart, and a police station in Marseille was "
        "targeted with fireworks. In Nanterre, where a white march in Nahel's "
        "memory had drawn more than 6,000 people on Thursday afternoon, clashes "
        "broke out between youths and police at the end of the procession. Some 249 "
        "police officers and gendarmes were slightly injured across the country, "
        "Interior Minister Gérald Darmanin said. Several shopping centres were "
        "looted, including the Forum des Halles in Paris, where a Nike store was "
        "broken into. The government has ruled out declaring a state of emergency "
        "for now, but President Emmanuel Macron left a European Council meeting in "
        "Brussels early to chair a crisis meeting. The officer who fired the fatal "
        "shot has been charged with voluntary homicide and placed in pre-trial "
        "detention. In Nanterre itself, the Pablo-Picasso estate where Nahel grew "
        "up was the scene of clashes until dawn, and a bank branch was set ablaze. "
        "Trams and buses stopped running across the Paris region at 9pm on Friday "
        "at the government's request, and several towns introduced night-time "
        "curfews for minors. Public transport operators in Lyon and Marseille said "
        "they would also end services early. Darmanin said the average age of those "
        "arrested was 17.",
        "U",
        "riot",
    ),
    (
        "New Caledonia: state of emergency declared after a third night of rioting "
        "leaves four dead",
        "The French government declared a state of emergency in New Caledonia on "
        "Wednesday, May 15, after a third night of riots in Nouméa and its suburbs "
        "left four people dead, including a 24-year-old gendarme shot in the head. "
        "Groups of rioters set up roadblocks on the main roads, and shops, "
        "pharmacies, schools and factories were looted and set on fire in the "
        "districts of Magenta, Ducos and Dumbéa. Residents of several "
        "neighbourhoods formed self-defence groups and barricaded their streets, "
        "and two of the victims, young Kanaks, were shot by a civilian. The unrest "
        "was triggered by the adoption in the National Assembly of a constitutional "
        "reform opening provincial elections to residents who have lived in the "
        "territory for ten years, which pro-independence parties say would dilute "
        "the weight of the Indigenous Kanak people. The high commission said more "
        "than 130 people had been arrested and that 64 police officers and "
        "gendarmes had been injured. Paris is sending a thousand additional police "
        "reinforcements and has blocked TikTok in the archipelago. La Tontouta "
        "international airport has been closed to commercial flights since Tuesday, "
        "stranding thousands of tourists.",
        "U",
        "riot",
    ),
    (
        "Teacher killed in knife attack at Arras high school, anti-terrorism "
        "prosecutors take over investigation",
        "A French teacher was stabbed to death and three other people were "
        "seriously injured on Friday, October 13, in an attack at the "
        "Gambetta-Carnot high school in Arras, in northern France. The assailant, a "
        "20-year-old former pupil of Chechen origin who was on the security "
        "services' watch list for radicalisation, was arrested at the scene. "
        'Witnesses said he shouted "Allahu Akbar" during the attack. The victim, '
        "Dominique Bernard, taught French literature at the school. A security "
        "guard and another teacher were among the wounded. The national "
        "anti-terrorism prosecutor's office (PNAT) opened an investigation for "
        '"terrorist murder" and "terrorist attempted murder," and the suspect\'s '
        "younger brother was taken into custody. President Emmanuel Macron "
        'travelled to Arras in the afternoon and denounced "the barbarity of '
        'Islamist terrorism." The government raised the Vigipirate alert system to '
        'its highest level, "emergency attack," and announced that 7,000 soldiers '
        "would be deployed by Monday evening. The attack came almost three years to "
        "the day after the killing of history teacher Samuel Paty near Paris.",
        "T V",
        "terrorist attack",
    ),
    (
        "Solingen knife attack: suspect in custody as 'Islamic State' claims responsibility",
        "A 26-year-old Syrian man turned himself in to police late on Saturday and "
        "is suspected of carrying out the knife attack at a city festival in "
        "Solingen that killed three people and injured eight, German authorities "
        "said. The attacker had stabbed people at random in the neck and upper body "
        "near a stage where a band was performing on Friday evening, during "
        "celebrations for the western German city's 650th anniversary. Four of the "
        'injured are in a critical condition. The so-called "Islamic State" group '
        "claimed responsibility through its Amaq news agency, describing the "
        'attacker as one of its "soldiers" who acted "to avenge Muslims in '
        "Palestine and everywhere.\" Germany's Federal Public Prosecutor's Office "
        "took over the investigation on Sunday, citing suspected membership of a "
        "terrorist organization. The suspect had arrived in Germany at the end of "
        "2022 and applied for asylum, and was due to be deported to Bulgaria last "
        "year, according to media reports. Chancellor Olaf Scholz, visiting the "
        'scene, called the attack "terrorism, terror against all of us" and '
        "promised to tighten knife laws. The organizers cancelled the rest of the "
        "three-day festival.",
        "T V",
        "terrorist attack",
    ),
    (
        "Rioters attack hotel housing asylum seekers in Rotherham as disorder "
        "spreads across England",
        "Rioters smashed windows and set fires at a hotel housing asylum seekers "
        "near Rotherham on Sunday, as police struggled to contain a sixth day of "
        "disorder in towns and cities across England. A crowd of several hundred "
        "people, some wearing balaclavas, threw bricks, fence posts and fire "
        "extinguishers at officers outside the Holiday Inn Express in Manvers "
        "before breaking into the building while staff and residents sheltered "
        "inside. South Yorkshire police said at least 10 officers had been injured, "
        "one of them knocked unconscious. No guests or staff were hurt, according "
        "to the Home Office. In Tamworth, Staffordshire, another hotel used to "
        "house asylum seekers was targeted and a fire was started at the building. "
        'The prime minister, Keir Starmer, condemned what he called "far-right '
        'thuggery" and said those involved would "regret taking part." The disorder '
        "began in Southport last Tuesday, when a mob attacked a mosque a day after "
        "three girls were killed in a knife attack at a dance class, fuelled by "
        "false claims online about the identity of the suspect. More than 150 "
        "people have been arrested nationwide, and courts are preparing to sit "
        "through the night to deal with the cases. In Middlesbrough, houses were "
        "attacked and cars set alight, and in Bristol a group tried to reach "
        "another hotel used to house asylum seekers before being held back by "
        "police. Counter-protesters gathered outside several mosques and asylum "
        "hotels to form human chains. Police chiefs said some of those arrested had "
        "travelled from other parts of the country after the disorder was organised "
        "on Telegram and X. The home secretary, Yvette Cooper, said social media "
        "companies had a responsibility to remove posts inciting violence.",
        "U V",
        "riot",
    ),
    (
        "Families flee homes in Ballymena after third night of racially motivated violence",
        "Several families have left their homes in Ballymena after a third night of "
        "disorder in the Co Antrim town, in which houses were set alight and police "
        "were attacked with petrol bombs, masonry and fireworks. The PSNI said 15 "
        "officers were injured on Wednesday night, bringing the number hurt since "
        "Monday to 41, and that water cannon and AEP baton rounds had been used "
        "against rioters. A leisure centre in Larne that had been used as emergency "
        "accommodation for families who fled Ballymena was also set on fire. Police "
        'described the violence as "racist thuggery" and said it was clearly '
        "directed at ethnic minorities and foreign nationals. Some residents have "
        'put signs in their windows saying "locals live here" or displayed Union '
        "flags and Filipino flags in an attempt to protect their homes. The "
        "disorder began after a vigil on Monday for a teenage girl who was "
        "reportedly sexually assaulted at the weekend; two 14-year-old boys have "
        "appeared in court charged in connection with that incident. The Taoiseach, "
        "Micheál Martin, and the First Minister, Michelle O'Neill, condemned the "
        "attacks. Four people have been arrested.",
        "U V D",
        "riot",
    ),
    (
        "Dublin city centre rioting: 34 arrests after buses and Luas tram set "
        "alight on O'Connell Street",
        "Gardaí made 34 arrests after a night of rioting in Dublin city centre in "
        "which buses, cars and a Luas tram were set on fire and shops on O'Connell "
        "Street were looted. The violence broke out on Thursday evening, a few "
        "hours after a man stabbed three young children and a care assistant "
        "outside a school on Parnell Square East. A crowd gathered at the cordon "
        "and, spurred on by far-right social media accounts falsely claiming the "
        "suspect was a recent immigrant, began attacking gardaí with missiles and "
        "fireworks. A total of 13 shops were damaged or looted, 11 Garda cars "
        "destroyed and three buses burned, Garda Commissioner Drew Harris said on "
        "Friday morning. Several gardaí were injured, one seriously. More than 400 "
        "gardaí, including members of the Public Order Unit in riot gear, were "
        'deployed to restore order. Mr Harris described those involved as "a '
        'lunatic, hooligan faction driven by far-right ideology." The Taoiseach, '
        'Leo Varadkar, said the rioters had "brought shame on Ireland." A '
        "five-year-old girl injured in the stabbing remains in a critical condition "
        "in hospital.",
        "U",
        "riot",
    ),
    (
        "Torre Pacheco: third night of clashes as groups called on social media to 'hunt' migrants",
        "Groups of young men, many of them from outside the region, roamed the "
        "streets of Torre Pacheco in Murcia for a third night on Monday, attacking "
        "North African residents and their businesses and clashing with riot "
        "police. The violence began after a 68-year-old local man was beaten in the "
        "street last Wednesday in an assault blamed on young men of Moroccan "
        "origin, which prompted far-right accounts on Telegram and TikTok to call "
        'for "hunts" of migrants. A kebab shop and several cars were vandalised, '
        "and police said two people of North African origin had been injured by "
        "attackers armed with sticks. Young men from the San Antonio neighbourhood, "
        "where many Moroccan families live, gathered to confront the groups, and "
        "Guardia Civil officers fired rubber bullets to keep them apart. The "
        "government delegation in Murcia said 10 people had been arrested, "
        "including three suspects in the original assault. The town of 40,000, "
        "where around a third of the population is of foreign origin, depends on "
        "the labour of immigrants who work in the greenhouses of the Campo de "
        "Cartagena. The Interior Ministry sent additional riot units, and "
        "prosecutors are investigating the calls for violence as hate crimes. The "
        "mayor of Torre Pacheco, from the conservative Popular Party, called for "
        "calm and asked people from outside the town to stay away. The regional "
        'president of Murcia accused the far-right Vox party of "throwing petrol on '
        'the fire," an accusation its leaders rejected.',
        "U V",
        "communal unrest",
    ),
    (
        "Kosovo police officer killed, three attackers dead in Banjska monastery siege",
        "A Kosovo police officer was killed and another injured early on Sunday "
        "when some 30 heavily armed men ambushed a police patrol near the village "
        "of Banjska in northern Kosovo, before barricading themselves in a nearby "
        "Serbian Orthodox monastery. Kosovo Police said three of the attackers were "
        "killed in a day-long gunfight with special units, which ended when the "
        "remaining gunmen escaped under cover of darkness, leaving behind armoured "
        "vehicles, rocket launchers and large quantities of ammunition. Prime "
        "Minister Albin Kurti accused Belgrade of organising and financing what he "
        'called a "terrorist attack" and said the attackers were "professionals" in '
        "uniform. Serbian President Aleksandar Vučić denied any involvement and "
        'said the dead were Kosovo Serbs who had rebelled against Kurti\'s "terror." '
        "Pilgrims and monks were trapped inside the monastery during the fighting, "
        "the Diocese of Raška-Prizren said. The NATO-led peacekeeping mission, "
        "KFOR, said it was ready to respond. Police later detained several "
        "suspects, and Kosovo officials said the operation to search the area was "
        "continuing. Among those identified as taking part was Milan Radoičić, a "
        "deputy leader of the largest Kosovo Serb party, Srpska Lista, who later "
        "said he had organised the group. The attack was the most serious security "
        "incident in northern Kosovo in years. The European Union called on "
        "Belgrade to cooperate fully with the investigation. Kosovo declared a day "
        "of mourning for the police officer, Afrim Bunjaku.",
        "B T",
        "armed attack",
    ),
    (
        "Serbian protesters and ruling party supporters clash for second night, SNS "
        "offices set ablaze",
        "Anti-government protesters clashed with supporters of the ruling Serbian "
        "Progressive Party, SNS, and with riot police in several Serbian towns "
        "overnight, and party offices were set on fire in Novi Sad and Valjevo. In "
        "Vrbas and Bačka Palanka, groups gathered outside SNS premises threw "
        "flares, stones and bottles at the protesters, who responded in kind, "
        "before police in full riot gear moved in. Police used tear gas and stun "
        "grenades in Belgrade, where demonstrators tried to break through a cordon "
        "in front of the SNS headquarters late on Wednesday. Interior Minister "
        "Ivica Dačić said 27 officers had been injured and 47 people detained, "
        "while student organisers said dozens of protesters had been beaten. "
        'President Aleksandar Vučić accused the protesters of "terror" and said the '
        'state would "defend itself." The protests began after the collapse of a '
        "concrete canopy at Novi Sad railway station last November killed 16 "
        "people, and have grown into the biggest challenge to Vučić's rule since he "
        "came to power. BIRN journalists at the scene in Novi Sad saw masked men "
        "attacking protesters with batons while police stood by.",
        "U",
        "riot",
    ),
    (
        "Crosetto protests to Israel after IDF fire hits UNIFIL bases in southern "
        "Lebanon, Italian contingent unharmed",
        "(ANSA) - Rome, October 10 - Defence Minister Guido Crosetto on Thursday "
        "lodged a formal protest with Israel after Israeli forces fired on UNIFIL "
        "positions in southern Lebanon, including bases where Italian soldiers are "
        "stationed. Two Indonesian peacekeepers were injured when an Israeli tank "
        "fired at an observation tower at the mission's headquarters in Naqoura, "
        "UNIFIL said. Shots also hit the Italian-led Sector West base at Shama, "
        "damaging two bunkers, but none of the roughly 1,000 Italian troops in the "
        'area was hurt, the defence ministry said. "This is not a mistake or an '
        'accident, it could be a war crime," Crosetto told reporters, adding that '
        "he had asked the Israeli ambassador for explanations. Italian soldiers had "
        "spent much of the night in shelters as fighting between the Israeli army "
        "and Hezbollah raged in villages a few kilometres away. Premier Giorgia "
        'Meloni said the attacks on the peacekeepers were "unacceptable". Israel\'s '
        "military said it had told UNIFIL to move its personnel into protected "
        'spaces before opening fire at a "threat" nearby. Italy is the largest '
        "European contributor to the 10,000-strong mission.",
        "E B",
        "fire on peacekeepers",
    ),
    (
        "Two killed in attack on Manchester synagogue on Yom Kippur declared terrorist incident",
        "Two people have been killed and three seriously injured in an attack at a "
        "synagogue in north Manchester on Yom Kippur, the holiest day in the Jewish "
        "calendar, in what police have declared a terrorist incident. Witnesses "
        "said a man drove a car at people outside the Heaton Park Hebrew "
        "Congregation synagogue shortly before 9.30am on Thursday, then attacked a "
        "security guard with a knife. Armed officers arrived within minutes and "
        "shot the suspect, who was wearing what appeared to be an explosive vest; "
        "it was later found not to be viable. Greater Manchester police said "
        "worshippers had been kept inside the building by staff and security, "
        "preventing the attacker from getting in. The Metropolitan police's head of "
        "counter-terrorism policing said the suspect was a 35-year-old British "
        "citizen of Syrian descent. Keir Starmer cut short a visit to Copenhagen to "
        "chair a Cobra meeting and said extra police would be deployed to "
        'synagogues across the country. "The fact that this happened on Yom Kippur '
        'makes it all the more horrific," he said. Two further people were arrested '
        "on suspicion of the commission, preparation and instigation of acts of "
        "terrorism.",
        "T V",
        "terrorist attack",
    ),
    (
        "Corsica: FLNC claims wave of overnight attacks on holiday homes and a gendarmerie",
        "The National Liberation Front of Corsica (FLNC) claimed responsibility on "
        "Monday for a series of 16 attacks carried out overnight from Saturday to "
        "Sunday against second homes, building sites and a gendarmerie barracks on "
        "the island. In a statement sent to the newspaper Corse-Matin, the "
        'clandestine group said it was targeting "colonial speculation" and warned '
        'that its "military actions" would continue. Explosive charges and arson '
        "destroyed or damaged several villas under construction near Porto-Vecchio "
        "and Bonifacio, while shots were fired at the gendarmerie in Ghisonaccia, "
        "causing material damage only. No one was injured. The national "
        "anti-terrorism prosecutor's office (PNAT) has taken charge of the "
        'investigation into "destruction by explosive substances in connection with '
        'a terrorist enterprise." The group, which laid down its arms in 2014, '
        "resumed operations in 2022 after the death of the nationalist prisoner "
        "Yvan Colonna, who was attacked by a fellow inmate in Arles prison. The "
        'interior minister condemned "cowardly acts" and said the state would not '
        'yield to "political violence." Talks on greater autonomy for Corsica are '
        "due to resume in Paris next month.",
        "T E",
        "bombing campaign",
    ),
    (
        "Israeli strike kills seven World Central Kitchen aid workers in Gaza, José "
        "Andrés's NGO suspends operations",
        "Seven members of World Central Kitchen (WCK), the NGO founded by the "
        "Spanish chef José Andrés, were killed on Monday night in an Israeli "
        "airstrike on their convoy in central Gaza, shortly after they had unloaded "
        "more than 100 tons of food at a warehouse in Deir al-Balah. The victims "
        "were from the United Kingdom, Australia and Poland, along with a dual "
        "US-Canadian citizen and a Palestinian, the organization said. They were "
        "travelling in three vehicles, two of them armoured and marked with the "
        "NGO's logo, along a route that had been coordinated with the Israeli army. "
        '"This is not only an attack against WCK, this is an attack on humanitarian '
        'organizations showing up in the most dire of situations," said its chief '
        "executive, Erin Gore. The organization announced it was pausing its "
        "operations in the region, and a ship carrying 240 tons of aid turned back "
        "towards Cyprus. Prime Minister Pedro Sánchez demanded an explanation from "
        'Israel and said he was "horrified." Benjamin Netanyahu acknowledged that '
        'Israeli forces had "unintentionally" struck "innocent people." WCK had '
        "become one of the main suppliers of food in Gaza, where the United Nations "
        "has warned of imminent famine. The British foreign secretary, David "
        'Cameron, said he had told Israel that the killings were "completely '
        'unacceptable." Andrés wrote on social media that Israel "needs to stop '
        'this indiscriminate killing." Polish officials said the Polish victim was '
        "a 35-year-old volunteer from Przemyśl.",
        "E V H",
        "airstrike on aid convoy",
    ),
]
