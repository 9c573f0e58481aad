"""dev362 positives: French troops in the Sahel, French nationals in wars abroad, and the wars
that RFI, France 24, Le Monde, Le Soir and La Presse cover."""

POSITIVES = [
    (
        "Mali: three French soldiers of Barkhane killed by an explosive device near Hombori",
        "Three soldiers of the 1st Chasseurs Regiment of Thierville-sur-Meuse were killed on "
        "Monday in central Mali when their armoured vehicle struck an improvised explosive "
        "device, the Elysee announced. The light armoured vehicle was part of a convoy taking "
        "part in an operation near Hombori, in the region of Mopti. A fourth soldier was "
        "slightly wounded and evacuated to Gao by helicopter. The President 'bowed with great "
        "emotion' before their sacrifice and reaffirmed France's determination to fight "
        "terrorism in the Sahel. The deaths bring to 47 the number of French soldiers killed "
        "since the start of French intervention in 2013, according to a count by AFP. The "
        "attack was later claimed by the Group for the Support of Islam and Muslims (JNIM), "
        "linked to al-Qaeda. The staff said the mission, conducted with the Malian armed "
        "forces, would continue.",
        "E T M",
        "ied_attack",
    ),
    (
        "Thirteen French soldiers killed in a helicopter collision during a combat operation in Mali",
        "Thirteen French soldiers were killed on Monday evening in Mali in the collision of two "
        "helicopters during a combat operation against jihadists, the Elysee said on Tuesday. "
        "It is the heaviest loss for the French army since the Drakkar bombing in Beirut in "
        "1983. According to the chief of staff of the armed forces, commandos on the ground had "
        "been pursuing for several days a group of fighters of the Islamic State in the Greater "
        "Sahara travelling on motorcycles and in pick-up trucks in the Liptako region. A Tigre "
        "attack helicopter and a Cougar transport helicopter, called in as reinforcements in "
        "the dark, collided at low altitude. 'They died for France in the hard fight against "
        "terrorism in the Sahel,' the head of state wrote. The Barkhane force has about 4,500 "
        "soldiers in the region. An investigation has been opened to determine the "
        "circumstances of the accident, while the operation continues.",
        "B M",
        "military_operation",
    ),
    (
        "Bounti strike: a UN investigation concludes that 19 civilians gathered for a wedding were killed",
        "The French strike of 3 January near the village of Bounti, in central Mali, killed 19 "
        "civilians who had gathered for a wedding celebration, according to a report by the "
        "human rights division of the UN mission MINUSMA published on Tuesday. The "
        "investigators, who interviewed more than 400 people, say around a hundred people, "
        "mostly civilians, were present, including five armed men suspected of belonging to "
        "the Katiba Serma. A Mirage 2000 dropped three bombs on the gathering. The French army "
        "has always maintained that it targeted a group of jihadists and that there was no "
        "wedding. 'We contest the methodology of this report,' the armed forces ministry said "
        "in a statement, describing a 'terrorist grouping' that had been under surveillance "
        "for more than an hour. Relatives of the victims told RFI that elderly men from the "
        "village were among the dead.",
        "E M V",
        "airstrike",
    ),
    (
        "Burkina Faso: two demonstrators killed as a French military convoy forces its way through Kaya",
        "The French logistics convoy blocked for a week by demonstrators in Kaya, in the centre "
        "of Burkina Faso, finally reached Niger on Saturday, but the journey ended in blood. "
        "In the town of Tera, in western Niger, hundreds of young people tried to stop the "
        "trucks. Warning shots were fired by French soldiers and Nigerien gendarmes, and two "
        "demonstrators were killed and 18 injured, according to the Nigerien interior ministry. "
        "The demonstrators accuse France of supplying weapons to jihadists, a rumour widely "
        "shared on social networks. 'The soldiers fired on us to open the road,' a young man "
        "from Tera told RFI. The French staff acknowledged 'warning shots' but said it had no "
        "information about people hit by French fire. Niamey has announced an investigation. "
        "Several trucks had been stoned and their drivers injured when the convoy left Kaya.",
        "U",
        "crackdown",
    ),
    (
        "Sudan: France evacuates 538 people from Khartoum as the fighting continues",
        "France has completed its evacuation operation from Sudan, where the army and the Rapid "
        "Support Forces paramilitaries have been fighting for more than a week, the foreign "
        "ministry announced on Tuesday. A total of 538 people, including 209 French nationals "
        "and citizens of some forty other countries, were flown out on military transport "
        "aircraft to the French base in Djibouti. The evacuees were gathered at the French "
        "embassy in Khartoum and then taken in armoured convoys to an airstrip north of the "
        "capital, while explosions and artillery fire continued in the city. A member of the "
        "special forces was wounded by gunfire during one of the convoys, the Quai d'Orsay "
        "said. 'We had no more water, no electricity, we heard shooting day and night,' a "
        "French engineer said on arrival, reached by France 24. The fighting has already left "
        "more than 400 dead, according to the World Health Organization.",
        "B E D H",
        "evacuation",
    ),
    (
        "Niamey: the French embassy attacked by demonstrators, Paris prepares to evacuate its nationals",
        "Thousands of supporters of the military junta that seized power in Niger on Wednesday "
        "gathered on Sunday in front of the French embassy in Niamey, where some tried to force "
        "their way in. A door was set on fire and plaques torn off, before the Nigerien security "
        "forces dispersed the crowd with tear gas, according to videos authenticated by France "
        "24. Several demonstrators were injured. Two days later, the Quai d'Orsay announced the "
        "evacuation of French nationals who wished to leave. A first Airbus A330 of the air "
        "force landed at Roissy on Wednesday at dawn with 262 people on board, including a dozen "
        "babies. 'We left everything behind, the atmosphere had become unbreathable,' said a "
        "teacher at the Lycee La Fontaine. About 1,200 French people were registered in Niger.",
        "U D",
        "evacuation",
    ),
    (
        "Lebanon: two French nationals killed in an Israeli strike, Paris organises departures",
        "Two French nationals were killed in an Israeli air strike in southern Lebanon, the "
        "foreign ministry confirmed on Wednesday, as Israel intensifies its bombing of the "
        "Hezbollah strongholds. The strike hit a building in the town of Nabatieh where they "
        "had taken refuge with their families, according to the Lebanese health ministry, which "
        "reports more than 1,900 dead since the start of the escalation. Paris has chartered "
        "additional flights from Beirut and a navy vessel has been positioned off the coast. "
        "Some 23,000 French nationals live in Lebanon, many with dual nationality. At Beirut "
        "airport, long queues formed in front of the few flights still operating. 'We heard "
        "the drones all night, my children no longer sleep,' said a Franco-Lebanese mother "
        "waiting to board. More than a million Lebanese have fled their homes in the south and "
        "in the southern suburbs of the capital.",
        "E D",
        "airstrike",
    ),
    (
        "Hamas attack: the foreign ministry confirms the death of French nationals, others missing",
        "The foreign ministry confirmed on Tuesday the death of French nationals in the attack "
        "launched on Saturday by Hamas on Israeli territory, and said that several others were "
        "still missing, probably taken hostage in Gaza. Among the victims is a young Franco-"
        "Israeli woman killed at the Nova music festival near the kibbutz of Reim, where "
        "assailants opened fire on the crowd at dawn. In the kibbutz of Kfar Aza, families were "
        "murdered in their homes, according to testimony gathered by Le Figaro. The Israeli "
        "army says more than 1,200 people were killed in the attack. The President expressed "
        "the 'solidarity of the nation' with the families, and France is working with Israel "
        "and Qatar on the fate of the hostages. Israel has meanwhile been bombing the Gaza "
        "Strip, where the Hamas-run health ministry reports hundreds of dead.",
        "T V E",
        "terror_attack",
    ),
    (
        "AFP video journalist killed in Ukraine, the Elysee pays tribute",
        "A French video journalist was killed on Monday in eastern Ukraine when the humanitarian "
        "evacuation bus he was accompanying was hit by shell fragments near Sievierodonetsk, "
        "in the Luhansk region. Frederic Leclerc-Imhoff, 32, was working for BFMTV and was on "
        "his second assignment in Ukraine. According to the regional governor, the armoured "
        "vehicle was hit as it was about to evacuate civilians from the town, which has been "
        "under heavy Russian bombardment for weeks. His colleague, a Ukrainian fixer, was "
        "slightly wounded. 'He was in Ukraine to show the reality of the war,' the President "
        "tweeted. The foreign minister, who was in Kyiv that day, demanded 'a transparent "
        "investigation', and the anti-terrorist prosecutor's office, competent for crimes "
        "against French nationals abroad, opened an inquiry for war crimes.",
        "E D",
        "shelling",
    ),
    (
        "Kherson: a French humanitarian worker killed by a Russian drone",
        "A French aid worker was killed and another wounded on Saturday in a Russian drone "
        "attack on the Kherson region of southern Ukraine, the NGO they worked for announced. "
        "The two men were distributing food and hygiene kits in a village on the bank of the "
        "Dnieper when their vehicle, marked with the organisation's logo, was targeted, "
        "according to the regional military administration. The wounded man was evacuated to "
        "Mykolaiv. The Quai d'Orsay condemned 'an unacceptable attack on humanitarian "
        "personnel'. Since the Russian withdrawal from the right bank in November 2022, the "
        "city of Kherson and its surroundings have been under daily fire of artillery and "
        "drones, which residents call 'the human safari'. About 60,000 people still live in "
        "Kherson, compared with 280,000 before the war.",
        "E V H",
        "drone_strike",
    ),
    (
        "Gaza: strike on a school sheltering the displaced in Gaza City, at least 22 dead",
        "At least 22 people, including women and children, were killed on Thursday in an Israeli "
        "strike on a school run by UNRWA in the Zeitoun district of Gaza City, according to the "
        "civil defence of the Palestinian enclave. The building housed hundreds of displaced "
        "people who had fled the fighting in the north of the territory. The Israeli army said "
        "it had carried out a 'targeted strike' on a Hamas command centre installed in the "
        "school, and had taken measures to limit harm to civilians. Images broadcast by France "
        "24 show classrooms reduced to rubble and mattresses soaked in blood. The UN agency for "
        "Palestinian refugees says that more than 190 of its facilities have been hit since "
        "October 2023. In the south, near Rafah, aid trucks have again been blocked for several "
        "days, and the World Food Programme warns of famine in several areas.",
        "E V D H",
        "airstrike",
    ),
    (
        "Goma: M23 rebels enter the city, hospitals overwhelmed",
        "Rebels of the M23, backed by Rwandan troops, entered Goma on Monday, the capital of "
        "North Kivu, after several days of fighting with the Congolese army and its allies. "
        "Gunfire and explosions were heard in several districts in the morning, and bodies "
        "lay in the streets near the airport, according to residents reached by Le Soir. The "
        "Congolese soldiers who had not fled surrendered their weapons to the UN mission "
        "MONUSCO. The hospitals of the ICRC and of the NGO Medecins sans frontieres are "
        "overwhelmed by the influx of wounded, many hit by shrapnel. Tens of thousands of "
        "displaced people from the camps around the city have fled towards the Rwandan border "
        "or the centre of Goma. Belgium, the former colonial power, has called on Kigali to "
        "withdraw its troops, and Brussels has advised its nationals to leave the region.",
        "B D H",
        "battle",
    ),
    (
        "Haiti: gangs attack Solino, residents flee under gunfire",
        "The gangs of the Viv Ansanm coalition launched a new offensive on Sunday against the "
        "Solino district of Port-au-Prince, one of the last in the centre of the Haitian "
        "capital still outside their control. Armed men set houses on fire and fired on "
        "residents, killing at least 15 people, according to a local human rights organisation. "
        "The police and neighbourhood self-defence brigades exchanged fire with the attackers "
        "for several hours. Hundreds of families fled on foot, carrying mattresses and "
        "children, to the squares of Delmas and to improvised sites in schools. 'They burn "
        "everything as they go, we have nothing left,' a mother told La Presse by WhatsApp. The "
        "International Organization for Migration estimates that more than a million Haitians "
        "are now displaced within their own country. The Kenyan-led multinational mission has "
        "not deployed to the district.",
        "B V D",
        "gang_offensive",
    ),
    (
        "Burkina Faso: hundreds of people killed in a jihadist attack on Barsalogho",
        "Several hundred people, mostly civilians, were killed on Saturday in an attack by the "
        "jihadist Group for the Support of Islam and Muslims (JNIM) on the commune of "
        "Barsalogho, in the centre-north of Burkina Faso, according to security and local "
        "sources reached by RFI. The victims had been requisitioned by the army to dig trenches "
        "around the town when the assailants arrived on motorcycles and opened fire. Videos "
        "circulating on social networks show dozens of bodies in the trenches. JNIM, "
        "affiliated with al-Qaeda, claimed the attack, saying it had targeted 'militias' "
        "allied with the army. The government in Ouagadougou did not give a toll but declared "
        "three days of national mourning. It is one of the deadliest attacks since the "
        "jihadist insurgency began in 2015, which has already driven more than two million "
        "Burkinabe from their homes.",
        "T V",
        "massacre",
    ),
    (
        "Bamako: jihadists attack the gendarmerie school and the military airport",
        "Dozens of gendarmerie students were killed on Tuesday at dawn in Bamako in a double "
        "attack claimed by the JNIM jihadists, according to security sources and funeral "
        "services reached by RFI. The assailants attacked the gendarmerie school in the Faladie "
        "district, then the military section of the airport, where they set fire to the "
        "presidential aircraft. Heavy fighting lasted several hours before the Malian armed "
        "forces regained control, the general staff said in a statement that reported 'a few "
        "losses'. An internal document seen by Le Monde puts the toll at more than 70 dead and "
        "250 wounded. It is the first attack of this scale in the capital since 2015. The "
        "group, linked to al-Qaeda, said it had killed 'hundreds' of soldiers and Russian "
        "mercenaries. The authorities closed the road to the airport and imposed checks "
        "throughout the city.",
        "T B",
        "jihadist_attack",
    ),
    (
        "Palma: after the jihadist attack, Total evacuates its staff and thousands flee by sea",
        "The French oil group Total announced on Saturday the evacuation of all its staff from "
        "the Afungi gas site in the north of Mozambique, after the attack by jihadists linked to "
        "Islamic State on the neighbouring town of Palma. Since Wednesday, the insurgents known "
        "locally as al-Shabaab have been attacking the town, besieging a hotel where foreign "
        "workers had taken refuge and killing dozens of civilians, according to the "
        "Mozambican authorities and several witnesses. Some bodies were found beheaded in the "
        "streets. Thousands of residents have fled by boat to Pemba, the provincial capital, "
        "or on foot through the bush. 'There were shots everywhere, we left with nothing,' a "
        "displaced woman told RFI on arrival in Pemba. The UN refugee agency says it has "
        "registered more than 8,000 new arrivals. The site, a 20-billion-dollar project, was "
        "already suspended in January because of insecurity.",
        "T V D",
        "jihadist_attack",
    ),
]
