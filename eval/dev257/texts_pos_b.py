"""dev257 positives, part B: the Caucasus, Central Asia, Thailand-Cambodia, the Horn of Africa,
Abyei, the Durand Line, Cyprus, Vietnam in 2014 and more of Kashmir (current armed violence over
disputed land). See build.py."""

POSITIVES = [
    (
        "Pashinyan says 49 Armenian troops dead as Azerbaijani shells land in Jermuk and Goris",
        "At least 49 Armenian soldiers were killed overnight when Azerbaijani forces attacked "
        "positions along the border with artillery, drones and large-calibre weapons, Prime "
        "Minister Nikol Pashinyan told parliament on Tuesday. Shells landed in the towns of "
        "Jermuk, Goris and Vardenis, inside Armenia proper rather than in the disputed Karabakh "
        "region, Armenian officials said. Baku said it had responded to “large-scale provocations” "
        "by Armenian units laying mines and that 50 of its own servicemen had been killed. About "
        "2,500 civilians were evacuated from Jermuk, a spa town, and from villages in Syunik "
        "province, according to Armenia's human rights ombudsman. Residents of Sotk described "
        "houses burning after drone strikes and said they had spent the night in cellars. Russia "
        "said it had brokered a ceasefire from 9am Moscow time, but both sides reported "
        "sporadic fire into the afternoon. It was the deadliest fighting between the two neighbours "
        "since the 44-day war of 2020. Armenia asked the Moscow-led Collective Security Treaty "
        "Organization for military help.",
        "B E D",
        "border_clash",
    ),
    (
        "Tens of thousands flee Nagorno-Karabakh after Azerbaijan's lightning offensive",
        "More than 65,000 ethnic Armenians had fled Nagorno-Karabakh for Armenia by Thursday "
        "morning, the Armenian government said, after Azerbaijan retook the breakaway region in a "
        "24-hour military offensive last week. Cars and lorries piled with mattresses and furniture "
        "stretched for kilometres down the only mountain road through the Lachin corridor, and "
        "some families said they had been on the road for more than 30 hours without food. "
        "Karabakh officials say at least 200 people were killed and 400 wounded in the fighting, "
        "while Baku said 192 of its soldiers died. A fuel depot exploded near Stepanakert on Monday "
        "as people queued for petrol to leave, killing at least 68 people and leaving more than "
        "100 missing. The International Committee of the Red Cross said it had evacuated dozens of "
        "wounded patients and that hospitals in Goris were overwhelmed. Azerbaijan has said "
        "Armenians can stay and will be treated as equal citizens. The UN said it would send a "
        "mission to the region, the first in about 30 years.",
        "M B D H",
        "offensive",
    ),
    (
        "Kyrgyz and Tajik border fighting kills dozens; 136,000 evacuated from Batken",
        "Fighting between Kyrgyz and Tajik forces along their disputed border has killed at least "
        "81 people and forced the evacuation of more than 136,000 residents of the Batken region, "
        "Kyrgyz officials said on Sunday, as a shaky ceasefire appeared to hold. Kyrgyzstan said "
        "Tajik troops had used tanks, mortars and drones, and that schools, a market and a "
        "bus carrying civilians were hit. Tajikistan said 35 of its citizens had died, including "
        "civilians killed by a Kyrgyz drone strike on a mosque in the village of Ovchi-Kalacha. "
        "Each side blamed the other for opening fire near an enclave where water and grazing "
        "land have long been contested. Evacuees were housed in schools and tents in Osh and "
        "Jalal-Abad, and volunteers collected food and blankets in Bishkek. The presidents of both "
        "countries, meeting at a regional summit in Samarkand, agreed to pull back troops. "
        "Satellite images later showed dozens of homes burned in Kyrgyz villages on the frontier.",
        "B E V D",
        "border_clash",
    ),
    (
        "Thai civilians killed as Cambodian rockets hit petrol station; 130,000 flee border areas",
        "Fighting between Thailand and Cambodia spread to at least six points along their disputed "
        "border on Friday, with Thai officials saying 14 people, 13 of them civilians, had been "
        "killed, most when rockets struck a petrol station and a shop in Sisaket province, and "
        "accused Cambodia of deliberately targeting civilians. More "
        "than 130,000 people have been moved from border districts to temporary shelters in "
        "temples and schools, Thailand's health ministry said. Thai F-16 jets bombed what the army "
        "called Cambodian military targets near the Ta Muen Thom temple, the focus of a decades-old "
        "dispute, while Cambodia said Thai shells had hit its villages in Oddar Meanchey province "
        "and killed a man. Cambodia's defence ministry said thousands of its own residents had "
        "fled. Thailand closed all land crossings and downgraded diplomatic relations. The clashes "
        "followed a landmine blast on Wednesday that wounded five Thai soldiers, one of whom lost a "
        "leg. Malaysia, which chairs ASEAN, offered to mediate.",
        "B E V D",
        "border_clash",
    ),
    (
        "Cambodian soldier killed in brief firefight with Thai troops in Emerald Triangle",
        "A Cambodian soldier was killed on Wednesday in a short exchange of fire with Thai troops "
        "in a disputed area of the Emerald Triangle, where the borders of Thailand, Cambodia and "
        "Laos meet, both armies said. The Royal Thai Army said its troops had fired back after "
        "Cambodian soldiers opened fire on a patrol near the Chong Bok pass in Ubon Ratchathani "
        "province, and that the shooting lasted about ten minutes. Cambodia's defence ministry "
        "said Thai troops had attacked a trench its units had held for years. No Thai soldiers "
        "were hurt. Army chiefs from the two countries spoke by telephone and agreed to pull back "
        "to earlier positions, the Thai army said. Prime Minister Paetongtarn Shinawatra said "
        "Thailand would use diplomacy to resolve the dispute. Cambodian leaders said they would "
        "take four contested temple areas to the International Court of Justice, which Thailand "
        "does not recognise in the matter.",
        "B",
        "firefight",
    ),
    (
        "Dozens killed, UN peacekeeper among dead, in attacks on villages in Abyei",
        "At least 52 people, including a Ghanaian peacekeeper, were killed and 64 wounded when "
        "gunmen attacked villages in the contested Abyei region, local officials said on Sunday. "
        "Abyei's information minister, Bulis Koch, said armed youths from neighbouring Warrap state "
        "had raided Nyinkuac, Majbong and Khadian overnight, burning homes and shooting residents. "
        "The UN Interim Security Force for Abyei said one of its bases had come under attack and "
        "that thousands of people had sought shelter near its compound. Abyei is claimed by both "
        "Sudan and South Sudan, and has been disputed since South Sudan's independence in 2011, "
        "while a separate row over its boundary pits Ngok Dinka and Twic Dinka communities against "
        "each other. The attackers were Twic Dinka youths and allied fighters, officials said. "
        "UN Secretary-General Antonio Guterres condemned the killing of the peacekeeper and said "
        "attacks on UN troops could be war crimes. The UN mission said it was sending patrols to "
        "the affected villages.",
        "V D",
        "village_raid",
    ),
    (
        "Afghan and Pakistani forces trade fire at Torkham over new border post",
        "Pakistani and Afghan Taliban forces exchanged heavy fire at the Torkham crossing on Monday "
        "night after a dispute over construction of a border post, killing at least one Pakistani "
        "soldier and wounding eight people, officials on both sides said. The shooting, with "
        "mortars and machine guns, continued for several hours and damaged shops and buildings on "
        "both sides of the crossing, the main trade route between the two countries. Pakistani "
        "officials said Taliban forces had tried to build a post on what Islamabad regards as its "
        "side of the Durand Line, a border Kabul has never recognised. Hundreds of families living "
        "near the bazaar in Landi Kotal left their homes overnight for safety, residents said. "
        "Taliban officials said two of their fighters had been wounded. The crossing, which had "
        "already been shut for more than a week, stayed closed, leaving thousands of lorries "
        "stranded on the highway. Tribal elders from both sides were trying to broker a ceasefire, "
        "a local official said.",
        "B E D",
        "border_clash",
    ),
    (
        "Las Anod shelling hits hospital as tens of thousands flee Somaliland fighting",
        "Shelling of Las Anod by Somaliland forces hit the town's main hospital on Tuesday, "
        "killing a nurse and a patient, doctors said, as fighting over the disputed town entered "
        "its third month. Somaliland's army and clan militias loyal to the SSC-Khatumo "
        "administration, which wants to rejoin Somalia, have fought on the outskirts of the town "
        "since February. The World Health Organization said the general hospital had been struck "
        "at least five times and that most of its staff had fled. The UN refugee agency says more "
        "than 185,000 people have been displaced, many of them to the Somali region of Ethiopia, "
        "where they are living in makeshift shelters with little food or water. Local elders say "
        "more than 200 people have been killed. Somaliland, which declared independence from "
        "Somalia in 1991 and claims the Sool region as part of its territory, denied targeting "
        "civilians and said it had been attacked by militia fighters from outside. Médecins Sans "
        "Frontières said it had treated more than 600 wounded people since the fighting began.",
        "B E V D H",
        "shelling",
    ),
    (
        "Eritrean troops killed 24 civilians in Tigray border village, rights group says",
        "Eritrean soldiers killed at least 24 civilians in a village near the border in northern "
        "Tigray days after the Ethiopian government and Tigrayan forces signed a peace deal, "
        "Amnesty International said on Tuesday. Residents of Kokob Tsibah told the group that "
        "soldiers went from house to house, executed men and boys and looted property, and that "
        "some women were raped. Eritrean troops, who fought alongside Ethiopia's army in the war, "
        "were not party to the agreement signed in Pretoria and remained in parts of the region, "
        "including the Irob and Zalambessa areas that Asmara claims. Local officials said many "
        "families had fled to the town of Adigrat and had not been able to return home. Eritrea's "
        "information ministry rejected the report as “fabricated”. Amnesty called on the African "
        "Union to make the withdrawal of Eritrean forces a priority for the monitoring team. "
        "Ethiopia's government did not comment.",
        "V D",
        "massacre",
    ),
    (
        "Tigrayan forces fire rockets at Asmara as Ethiopia's conflict crosses border",
        "Forces of Ethiopia's Tigray region fired several rockets at the Eritrean capital Asmara on "
        "Saturday night, diplomats said, widening a week-old conflict between the federal "
        "government and the Tigray People's Liberation Front into a neighbouring country. At least "
        "three rockets were fired, and at least two hit the outskirts of the city near the airport, "
        "according to regional diplomats. There was no immediate word on casualties. TPLF leader "
        "Debretsion Gebremichael said his forces had targeted Asmara airport because Eritrean "
        "troops were fighting alongside Ethiopian soldiers inside Tigray, a claim Eritrea denied. "
        "The two countries fought a border war from 1998 to 2000 over the town of Badme, and made "
        "peace in 2018. Ethiopian jets continued to bomb targets around Mekelle, the regional "
        "capital, and thousands of refugees have crossed into Sudan in the past few days, the UN "
        "refugee agency said. Communications with Tigray remained cut off.",
        "E D",
        "rocket_attack",
    ),
    (
        "Sudan accuses Ethiopia of executing seven captured soldiers, shells al-Fashaga",
        "Sudan's army accused Ethiopia's military on Sunday of executing seven Sudanese soldiers and "
        "a civilian it had captured in the disputed al-Fashaga border region, and said it would "
        "respond to the “treacherous act”. In a statement, the army said the captives had been "
        "taken from Sudanese territory, killed and displayed to the public. The next day, Sudanese "
        "artillery shelled the area around the hill of Jebel Kala al-Laban and retook a position "
        "near the Ethiopian border, Sudanese military sources said. Ethiopia's government said the "
        "soldiers had crossed into its territory and were killed in a clash with a local militia, "
        "and that it regretted the loss of life. Sudan recalled its ambassador from Addis Ababa. "
        "Al-Fashaga, a fertile plain farmed by Ethiopian farmers for decades but within Sudan under "
        "colonial-era treaties, has seen repeated fighting since Sudan's army moved into it in late "
        "2020. The African Union urged both governments to show restraint and return to talks.",
        "V E",
        "execution",
    ),
    (
        "Three UN peacekeepers hurt as Turkish Cypriots push into Pyla buffer zone",
        "Three UN peacekeepers were injured on Friday when Turkish Cypriot workers and police "
        "pushed through a line of blue helmets trying to stop construction of a road inside the "
        "buffer zone near the mixed village of Pyla, the UN mission in Cyprus said. Video showed "
        "men in civilian clothes punching and kicking soldiers and dragging away UN vehicles with "
        "bulldozers. The United Nations Peacekeeping Force in Cyprus said two Slovak and one "
        "British peacekeeper were treated for injuries, and that its vehicles were damaged. The "
        "mission said the road work was “a violation of the status quo” in the buffer zone that "
        "has divided the island since 1974. The Turkish Cypriot leader, Ersin Tatar, said the road "
        "was for humanitarian purposes and accused the peacekeepers of bias. Cyprus's government "
        "called the assault “unacceptable”, and the United States, Britain and the EU condemned it. "
        "Turkey's foreign ministry said the UN forces had acted “unlawfully”.",
        "U",
        "assault",
    ),
    (
        "Chinese workers killed as anti-China riots over oil rig spread in Vietnam",
        "At least one Chinese worker was killed and about 100 people were injured when rioters "
        "attacked a Taiwanese steel complex in Vietnam's Ha Tinh province, officials said on "
        "Thursday, as protests over China's deployment of an oil rig in disputed waters turned "
        "violent. A doctor at the provincial hospital told Reuters that 16 Chinese nationals had "
        "been taken in and that others had been transferred to other hospitals. Earlier in the "
        "week, crowds set fire to at least 15 foreign-owned factories in industrial parks in Binh "
        "Duong province, mistaking some Taiwanese and South Korean firms for Chinese ones. Police "
        "said more than 400 people had been arrested. Hundreds of Chinese workers fled to "
        "Cambodia across the Moc Bai border gate, and Beijing sent a ship to evacuate its "
        "citizens. Prime Minister Nguyen Tan Dung ordered the authorities to punish the rioters. "
        "The rig, the HD-981, was towed into waters near the Paracel Islands this month, and "
        "Chinese and Vietnamese ships have been ramming each other near it.",
        "U V D",
        "riot",
    ),
    (
        "Thousands flee RS Pura villages as Pakistani fire along Jammu border kills five",
        "Five people, including a Border Security Force constable and an eight-month-old girl, were "
        "killed and at least 25 wounded as Pakistani Rangers fired mortar shells and small arms at "
        "border posts and villages along the International Border in Jammu, officials said on "
        "Wednesday. Shells fell in Arnia, RS Pura and Ramgarh sectors overnight, damaging dozens of "
        "houses and killing livestock, according to police. District officials said about 40,000 "
        "people had left their homes in more than 100 villages and were living in relief camps, "
        "schools and with relatives. “We left with the clothes on our backs,” said a farmer from "
        "Suchetgarh at a camp in RS Pura. The BSF said it had responded in kind and destroyed "
        "several Rangers posts. Pakistan's military said two civilians were killed in Sialkot by "
        "Indian fire. Educational institutions within five kilometres of the border were ordered "
        "closed for three days.",
        "E D",
        "cross_border_fire",
    ),
    (
        "Militants ambush army truck at Bhimber Gali near LoC, five soldiers killed",
        "Five Indian soldiers were killed on Thursday when militants fired on an army truck and "
        "hurled grenades at it in the Bhimber Gali area of Poonch, near the Line of Control, the "
        "army said. The vehicle caught fire after the attack, which took place in heavy rain and "
        "poor visibility on a road through forest, according to a statement from the army's "
        "Northern Command. A sixth soldier was seriously wounded and was being treated at a "
        "military hospital in Rajouri. Police chief Dilbag Singh said the attackers had used "
        "steel-core bullets and that the group was believed to have crossed the line some months "
        "earlier. The People's Anti-Fascist Front, which authorities consider an offshoot of "
        "Jaish-e-Mohammed, claimed the attack. Officials described it as a terror attack and the "
        "army launched a search operation with drones and sniffer dogs in the forests of Bhatta "
        "Durian. Traffic on the Poonch-Jammu highway was suspended.",
        "B E T",
        "ambush",
    ),
    (
        "Philippine fishermen say Chinese boat fired on them near Scarborough Shoal, one hurt",
        "A Filipino fisherman was wounded in the shoulder when crew on a Chinese vessel fired shots "
        "at his boat near Scarborough Shoal, the Philippine coast guard said on Wednesday, citing "
        "the testimony of the crew. The fishermen, from Masinloc in Zambales province, said a "
        "grey-hulled boat without markings approached them at dawn on Monday and that men on deck "
        "fired several times as they tried to leave. The injured man was taken to a hospital in "
        "Iba and was in stable condition, the provincial government said. Coast guard spokesman "
        "Jay Tarriela said investigators were examining bullet holes in the wooden outrigger. "
        "China's embassy in Manila said it had no information about the incident and warned "
        "against “hyping” unverified claims. The Department of Foreign Affairs said it would "
        "file a protest once the investigation was complete. Fishermen's groups said many crews "
        "had stopped going to the shoal's rich waters since China took control of it in 2012.",
        "V",
        "shooting",
    ),
]
