"""dev332 positives, part B: weather stories that report current armed conflict or political
violence (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Sainte-Soline clashes over drought reservoir leave dozens hurt",
        "Thousands of protesters opposed to a giant irrigation reservoir in western France clashed "
        "with gendarmes on Saturday near the village of Sainte-Soline, in one of the most violent "
        "environmental protests in the country in years. Some demonstrators threw fireworks and "
        "petrol bombs and set police vans on fire, while gendarmes fired thousands of tear gas "
        "grenades and stun grenades across the fields. The interior ministry said 28 officers were "
        "injured, and organisers said some 200 protesters were hurt, two of them critically. The "
        "so-called mega-basins are meant to store winter water for farms during summer "
        "droughts, which critics say privatises a shared resource. Interior Minister Gérald "
        "Darmanin condemned “ultra-left” violence. Farmers' unions backed the projects, citing "
        "the drought of last summer."
        " Forecasters at Météo-France said groundwater levels were below normal in most of the "
        "country after a dry winter.",
        "U",
        "riot",
    ),
    (
        "Police and activists clash in mud at Lützerath coal village",
        "Police used batons, water cannon and pepper spray on Saturday against climate activists "
        "who tried to break through cordons around Lützerath, the abandoned village in western "
        "Germany due to be demolished for the expansion of the Garzweiler lignite mine. Police said "
        "some protesters threw stones and fireworks and that more than 70 officers had been "
        "injured; organisers said dozens of demonstrators were hurt, some seriously. Heavy rain "
        "turned the fields into deep mud, and several people had to be carried away by medics. "
        "Greta Thunberg joined a march of thousands from the neighbouring town of Keyenberg. The "
        "energy company RWE says the coal is needed to secure supply this winter. Police "
        "cleared the last occupied buildings the following day."
        " Activists accused police of excessive force, and some officers were filmed striking "
        "protesters near the edge of the mine. The state interior minister praised the police and"
        " said violence would not be tolerated.",
        "U",
        "clashes",
    ),
    (
        "Cholera spreads in Goma camps as rains pound shelters and M23 fighting nears",
        "Heavy rains have flooded displacement camps on the edge of Goma, where more than half a "
        "million people who fled the M23 rebellion live in huts of wood and plastic, aid agencies "
        "said on Thursday. Médecins Sans Frontières reported a sharp rise in cholera cases at "
        "Bulengo and Lushagala, blaming overflowing latrines and a lack of clean water. Fighting "
        "between the rebels and the Congolese army, backed by local militias, continued around "
        "Sake, about 25 km west of the city, and bombs fell near one camp on Wednesday, "
        "according to residents. The UN said another 135,000 people had been displaced in the "
        "past fortnight. “Every storm takes our roofs, and every bomb sends more people here,” said "
        "a camp leader."
        " The M23, which the UN says is backed by Rwanda, has taken large areas of North Kivu "
        "since 2022. Humanitarian flights into Goma have been disrupted by the fighting. "
        "Meteorologists expect the rainy season to last until May.",
        "B E D H",
        "battle",
    ),
    (
        "Djibo's blockade turns 45C heat into a water emergency",
        "The besieged town of Djibo in northern Burkina Faso is running out of water as a heatwave "
        "grips the Sahel, residents and aid workers said, with temperatures reaching 45C in the "
        "shade. Jihadists of the al-Qaeda-linked JNIM have blockaded the town for more than two "
        "years, cutting roads and sabotaging water points, and militants attacked a water "
        "tanker escorted by soldiers last week, killing several volunteer defence fighters. Nearly "
        "300,000 people, many of them displaced from surrounding villages, depend on a few boreholes "
        "and on army helicopters for food. Doctors said heatstroke and dehydration were killing "
        "elderly people and infants. The national meteorological agency forecast no relief "
        "until the first rains in June."
        " Aid groups say the heat is also killing livestock, which families sell to buy food. "
        "Burkina Faso's military government has armed volunteer militias to fight the jihadists, "
        "and the UN says both sides have been accused of killing civilians. The blockade has also"
        " cut off several other towns in the north.",
        "T B D H",
        "blockade",
    ),
    (
        "Drought drives herders into Ménaka's line of fire",
        "Failing rains in north-eastern Mali have pushed herders towards the last wells around "
        "Ménaka, where fighters of the Islamic State Sahel Province killed at least 18 people in "
        "raids on two camps last week, local officials and a rights group said. Witnesses said "
        "the gunmen arrived on motorbikes, shot men who refused to hand over their cattle and "
        "burned tents. Thousands of people fled into Ménaka town, where the displaced population "
        "has more than doubled this year. Pasture is scarce after the poorest rainy season in a "
        "decade, and water tankers from the town can no longer reach outlying sites. A "
        "humanitarian official said animals were dying faster than aid could arrive."
        " The Islamic State's Sahel affiliate has fought JNIM and the Malian army for control of "
        "the region for several years. Malian authorities did not comment on the raids. Aid "
        "agencies have appealed for water trucks and veterinary supplies.",
        "T V D H",
        "massacre",
    ),
    (
        "Militants ambush flood relief convoy in North Waziristan",
        "Militants attacked a convoy carrying flood relief in North Waziristan on Thursday, "
        "killing four soldiers and a civilian driver, Pakistan's military said. The convoy was "
        "taking tents and food to villages cut off by monsoon flooding along the Tochi river "
        "when it came under fire near Mir Ali. Security forces returned fire, and the military "
        "said three attackers were killed. The Pakistani Taliban claimed the ambush. "
        "The National Disaster Management Authority says monsoon rains have killed more than "
        "1,100 people nationwide this season. Forecasters expect another spell of heavy rain over "
        "the northern districts next week."
        " The attack came as the military stepped up operations against militants in the former "
        "tribal districts. Aid workers said the ambush would make it harder to reach flood-hit "
        "villages, where families have lost homes, crops and cattle. Tehreek-e-Taliban Pakistan "
        "has carried out a wave of attacks on police and soldiers this year.",
        "T B M H",
        "ambush",
    ),
    (
        "Amhara rains and drone strikes leave farmers without seed or roads",
        "Farmers in Ethiopia's Amhara region say they cannot plant during the main rainy season "
        "because fighting between federal forces and Fano militias has closed roads and markets "
        "and kept fertiliser from arriving. A drone strike on a market town in North Gondar "
        "killed at least 11 people on Sunday, according to residents and a local health worker. "
        "The national meteorology institute expects normal to above-normal rain, which should "
        "help crops, but aid agencies warn that the harvest will be poor if fields stay "
        "empty. The UN humanitarian office said convoys had been stopped repeatedly at "
        "checkpoints. Mobile internet remains cut across much of the region."
        " Fighting broke out last year after the federal government moved to disband regional "
        "special forces. The drone strike hit the market during the busy morning trade, a "
        "resident said. Ethiopia's government says it targets only armed groups.",
        "B E V H",
        "drone_strike",
    ),
    (
        "Cold rain and crowded shelters in Cúcuta as Catatumbo fighting rages",
        "Families who fled fighting in Colombia's Catatumbo region are sleeping in stadiums and "
        "school halls in Cúcuta, where days of cold rain have made conditions worse, local "
        "authorities said. The ELN guerrilla launched an offensive against dissidents of the "
        "former FARC last week, and the ombudsman's office says dozens of people have been "
        "killed, among them social leaders dragged from their homes. More than 36,000 people "
        "have been displaced, the largest single exodus the region has seen in decades. "
        "President Gustavo Petro declared a state of internal commotion and sent troops. IDEAM, "
        "the weather institute, has issued alerts for landslides along the roads out of Tibú. "
        "Aid workers asked for blankets and dry clothing."
        " The Red Cross said some families had walked for two days through the mountains with "
        "nothing but the clothes they wore. Peace talks with the ELN were suspended after the "
        "offensive began.",
        "B V M D H",
        "armed_clashes",
    ),
    (
        "Hasakah's heat with no water after strikes knock out pumping station",
        "About a million people in and around Hasakah in north-east Syria are without piped water "
        "during a heatwave, after Turkish air strikes hit power stations and knocked the Alouk "
        "water station out of service, the Kurdish-led administration said. Temperatures have "
        "topped 43C for a week. Residents are buying water from private tankers at prices "
        "most cannot afford, and UNICEF said it was trucking water to schools and camps. "
        "Ankara said its strikes targeted Kurdish militants it blames for an attack in Turkey. "
        "Doctors reported rising cases of diarrhoea in al-Hol and Washokani camps. Aid "
        "officials called for the water station to be protected from military action."
        " The Alouk station, near the Turkish-controlled town of Ras al-Ain, has been cut off "
        "several times since 2019. Engineers said repairs to the damaged power lines could take "
        "weeks.",
        "E M H",
        "airstrike",
    ),
    (
        "Gaza's summer heat bakes tents as strike hits al-Mawasi area",
        "Temperatures above 35C turned tents in al-Mawasi into ovens this week, with hundreds of "
        "thousands of displaced Palestinians crowded on the sand and most of Gaza's water "
        "desalination and pumping capacity out of service. On Saturday an Israeli strike hit "
        "the area designated as a humanitarian zone, killing at least 17 people, according to "
        "the Gaza health ministry. The Israeli military said it targeted militants. UNICEF said "
        "children were drinking water from unsafe sources, and doctors recorded more cases of "
        "hepatitis A. “The heat inside the tent is unbearable at noon, and there is nowhere "
        "else to go,” said a father of four from Rafah. Forecasts show no break in the heat until "
        "late August."
        " The Gaza water authority says most of its wells have been damaged or lack fuel for "
        "pumps. Forecasters put the humidity near 80% on the coast. The World Health Organization"
        " said it had detected poliovirus in sewage samples.",
        "E V D H",
        "airstrike",
    ),
    (
        "Odesa shivers as missile attack on grid meets first frost",
        "Hundreds of thousands of homes in the Odesa region were left without power and heating on "
        "Friday after a Russian missile and drone attack damaged energy facilities, as the first "
        "frost of the season settled over southern Ukraine. Regional governor Oleh Kiper said "
        "two people were killed and nine injured. Overnight temperatures fell to minus four, "
        "and the city opened heating points in schools. DTEK said its crews could not begin "
        "repairs until air-raid alerts had ended. Forecasters expect a cold snap over the "
        "weekend, with snow in the north. Residents filled bottles and bathtubs in case "
        "pumping stations stopped."
        " Russia has targeted Ukraine's energy system in waves since the autumn of 2022. "
        "Ukraine's air force said it shot down most of the drones, but several missiles hit their"
        " targets. The city council asked residents to charge phones and power banks whenever "
        "electricity returned. Schools switched to online lessons for two days.",
        "E M H",
        "missile_strike",
    ),
    (
        "Rains add to misery of Yelwata survivors after night attack",
        "Survivors of an overnight attack on Yelwata in Nigeria's Benue state are sheltering in "
        "flooded classrooms and a church compound after heavy rain swept through the area, local "
        "officials said. Gunmen attacked the village late on Friday, shooting residents and "
        "setting fire to homes, and the state government said scores of people were killed, "
        "many of them displaced farmers who had been living in the market. Amnesty International "
        "said more than 100 people died. Thousands fled to the town of Makurdi. The Nigerian "
        "Meteorological Agency has warned of more heavy rain across the Middle Belt. Relief "
        "officials said the rain had destroyed the food that people managed to save."
        " Benue has seen repeated attacks by armed herders on farming communities in recent "
        "years, and local leaders say thousands of people already live in camps. President Bola "
        "Tinubu ordered security chiefs to the state. Aid workers said children were sleeping on "
        "wet floors.",
        "V D H",
        "massacre",
    ),
    (
        "Landslides and drone bombs: Manipur's monsoon of fear",
        "Monsoon landslides cut the highway to Imphal this week just as fighting flared again "
        "between armed Meitei and Kuki-Zo groups, leaving hill and valley districts short of "
        "fuel and food. Police said militants used drones to drop explosives on villages in "
        "Imphal West, wounding a girl, and gunfights continued for hours in Jiribam, where "
        "two people were killed. Around 60,000 people displaced since last year remain in relief "
        "camps, many of them flooded by the rains. The state government closed schools, and "
        "the India Meteorological Department issued a red alert. Central armed police "
        "reinforcements were flown in."
        " More than 200 people have been killed since the violence began in May last year. "
        "Authorities imposed a curfew in parts of Imphal after students protested, and mobile "
        "internet was suspended. Flooding in the Imphal valley has also destroyed crops.",
        "B E V D",
        "ethnic_clashes",
    ),
    (
        "Soldiers on typhoon relief mission ambushed in Northern Samar",
        "Suspected New People's Army rebels ambushed soldiers delivering relief goods to "
        "typhoon-hit villages in Northern Samar on Tuesday, killing two and wounding four, the "
        "Philippine Army said. The troops were travelling in a truck loaded with rice and "
        "water when rebels detonated an explosive and opened fire near Las Navas. Soldiers "
        "fought back in a firefight that lasted about 20 minutes. Typhoon Nock-Ten tore through "
        "the province on Christmas Day, flattening homes and cutting power. The military called "
        "the attack a betrayal of a truce declared for the holidays, while local officials "
        "asked both sides to let relief through."
        " The NPA, the armed wing of the Communist Party of the Philippines, has waged an "
        "insurgency for nearly five decades. Rebel spokesmen said the soldiers were on a combat "
        "operation disguised as relief. Typhoon Nock-Ten killed at least six people and forced "
        "hundreds of thousands to flee their homes. The weather bureau said another storm could "
        "approach the Visayas next week.",
        "B E H",
        "ambush",
    ),
    (
        "Blackouts and gunfire as Tripoli heat tops 40C",
        "Heavy fighting between rival armed groups broke out in central Tripoli late on Monday, "
        "leaving residents who were already without power in the summer heat to shelter in "
        "darkened flats. The health ministry said at least six people were killed, including "
        "civilians caught in crossfire in Abu Salim. The UN mission urged an immediate halt to "
        "the clashes. Libya's General Electricity Company said load shedding had been extended "
        "to ten hours a day after a transmission line was damaged in the fighting. "
        "Temperatures in the capital reached 41C, and the national meteorological centre "
        "forecast no relief before the weekend."
        " The clashes broke out after the killing of the leader of one of the armed groups, local"
        " media reported. Flights at Mitiga airport were suspended and diverted to Misrata. "
        "Residents said generators ran out of fuel because petrol stations were closed. Schools "
        "and universities cancelled exams.",
        "B",
        "militia_clashes",
    ),
    (
        "Culiacán hunkers down as cartel war and tropical storm collide",
        "Residents of Culiacán stayed indoors on Thursday as a tropical storm brought heavy rain "
        "to Sinaloa and gunfights between rival factions of the Sinaloa cartel continued for a "
        "third week. State prosecutors said at least 50 people had been killed since the "
        "fighting began, with bodies dumped on roads and at least a dozen people missing. "
        "Schools closed, partly for the storm and partly for the violence. Soldiers clashed with "
        "gunmen on the outskirts, and the defence ministry said it had sent additional troops. "
        "The national water commission warned of flash floods along the Tamazula and Humaya "
        "rivers."
        " The fighting began after the arrest in the United States of a leader of the cartel. "
        "Restaurants and shops in the city have closed early every evening since the violence "
        "started. Sinaloa's governor urged people to avoid unnecessary journeys until the rain "
        "and the shooting had passed. The meteorological service said the storm would weaken as "
        "it moved inland.",
        "B V M",
        "cartel_clashes",
    ),
]
