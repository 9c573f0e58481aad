"""dev115 positives: the war reaching the country's own soil: missiles, drones and shells from a
neighbouring war, attacks at home that the authorities treat as terrorism, and riots and
crackdowns over a war abroad."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Two men killed as missile falls on grain dryer in Przewodów",
        "Two men were killed on Tuesday afternoon when a missile struck a farm in "
        "Przewodów, a village in the Lublin region about six kilometres from the Ukrainian "
        "border. The victims, both local residents, were working at a grain dryer when the "
        "explosion happened. The blast came as Russia fired dozens of missiles at "
        "Ukrainian cities and power plants. The government held an emergency meeting of "
        "the National Security Council and put some military units on higher readiness, "
        "and by Wednesday officials said the missile had most likely been fired by "
        "Ukrainian air defences.",
        "E",
        "missile strike",
    ),
    (
        "Polish and NATO jets shoot down Russian drones; house hit in Wyryki",
        "Polish and allied fighter jets shot down several Russian drones that crossed into "
        "Polish airspace overnight during a massive attack on western Ukraine, the "
        "operational command said on Wednesday. Debris fell in at least seven places in "
        "the Lublin voivodeship, and the roof of a family house in Wyryki was torn off, "
        "though no one was hurt. Airports in Warsaw, Rzeszów and Lublin were closed for "
        "several hours. The prime minister told the Sejm that Poland had never been so "
        "close to open conflict since the Second World War. The interior ministry said the "
        "owners of the house would be compensated.",
        "E M",
        "drone incursion",
    ),
    (
        "Drone fragments found near Plauru after new Russian attack on Izmail",
        "The Ministry of National Defence said on Wednesday that fragments of a drone had "
        "been found on Romanian territory near the village of Plauru in Tulcea county, "
        "across the Danube from the Ukrainian port of Izmail, hours after Russian drones "
        "struck grain facilities there. Residents said they had heard explosions through "
        "the night and seen flashes over the river.",
        "E",
        "drone crash",
    ),
    (
        "Soviet-era drone crashes in Zagreb student district, dozens of cars damaged",
        "A large military drone crashed near a student dormitory in Zagreb's Jarun "
        "district shortly before midnight on Thursday, leaving a crater three metres deep "
        "and damaging about 40 parked cars. Nobody was hurt. Investigators said the Tu-141 "
        "had flown for more than an hour over Romania and Hungary, apparently from the war "
        "in Ukraine, before it came down in the Croatian capital. The prime minister said "
        "it was 'a clear threat' and that NATO should have reacted faster. Croatian "
        "authorities said it was still unclear which side had launched it.",
        "E",
        "drone crash",
    ),
    (
        "Six injured as drone hits building in Taba",
        "Six people were slightly injured when a drone crashed into a building next to a "
        "hospital in the Red Sea town of Taba early on Friday, an Egyptian military "
        "spokesman said. The drone was one of several flying over the Gulf of Aqaba amid "
        "the fighting between Israel and Hamas. A second object came down near a power "
        "station outside Nuweiba.",
        "E",
        "drone strike",
    ),
    (
        "Jordanian air force downs drones crossing kingdom as debris falls near Amman",
        "Jordan's air force intercepted a number of drones and missiles that crossed the "
        "kingdom's airspace on Saturday night during Iran's attack on Israel, the "
        "government said. Fragments fell in several areas, including a residential street "
        "in Marj al-Hamam south of Amman, where a car was set alight; there were no "
        "serious injuries. Civil defence teams urged residents not to touch debris. The "
        "government spokesman said the kingdom would not be a battlefield for any party.",
        "E M",
        "air defence interception",
    ),
    (
        "Israeli strike hits Hamas office in Doha; Qatari security officer killed",
        "An Israeli air strike hit a residential compound in Doha's West Bay Lagoon "
        "district on Tuesday afternoon, targeting leaders of Hamas who were meeting to "
        "discuss a ceasefire proposal, the Qatari foreign ministry said. A member of "
        "Qatar's internal security forces was killed and several people were injured. "
        "Columns of smoke rose over the district, home to embassies and schools. The prime "
        "minister called it 'state terrorism' and said Qatar reserved the right to "
        "respond. Hamas said its negotiating team had survived but that five members of "
        "the movement, including the son of its chief negotiator, had been killed.",
        "E M",
        "air strike",
    ),
    (
        "Stray shells hit Mae Sot homes as fighting rages across Moei river",
        "Several shells and bullets fired during fighting between Myanmar junta troops and "
        "ethnic Karen forces in Myawaddy landed in Mae Sot district on Saturday, damaging "
        "two houses and a car, the Third Army Area said. No one in Thailand was hurt. Thai "
        "troops were deployed along the Moei river and the Friendship Bridge was closed to "
        "traffic. The army said it had warned both sides that any further incursion of "
        "fire would be met with a response. Schools within five kilometres of the river "
        "were closed for the day.",
        "B E",
        "stray shelling",
    ),
    (
        "Chinese residents hurt by shells fired in Myanmar fighting, ministry says",
        "Several Chinese citizens were injured in Yunnan's Nansan town when shells fired "
        "during clashes between the Myanmar army and an armed ethnic alliance landed on "
        "the Chinese side of the border, the Foreign Ministry said on Thursday. One of the "
        "wounded is in serious condition. A ministry spokeswoman urged all parties to "
        "'stop firing at once' and said the People's Liberation Army had stepped up "
        "patrols along the frontier. Residents of Nansan said they had heard artillery for "
        "three nights running. Cross-border trade through the Nansan gate has been "
        "suspended until further notice.",
        "B E",
        "stray shelling",
    ),
    (
        "Solingen festival knife attack: three dead, IS claims responsibility",
        "Three people were killed and eight wounded on Friday night when a man attacked "
        "visitors with a knife at a festival marking the 650th anniversary of Solingen. "
        "The federal prosecutor, who handles terrorism cases, took over the investigation "
        "on Sunday after the suspect, a 26-year-old Syrian, turned himself in. The Islamic "
        "State group claimed the attack through its propaganda channel, saying it was "
        "revenge for Muslims in Palestine. The chancellor travelled to Solingen and called "
        "it 'terrorism against all of us'.",
        "T V",
        "terrorist attack",
    ),
    (
        "Two Swedish football fans shot dead in Brussels terror attack",
        "Two Swedish supporters were shot dead and a taxi driver was wounded on Monday "
        "evening in central Brussels by a gunman who later posted a video claiming "
        "allegiance to the Islamic State, the federal prosecutor said. The victims were "
        "wearing Sweden's yellow shirts before a Euro qualifier against Belgium at the "
        "King Baudouin Stadium, where 35,000 fans were kept inside until after midnight. "
        "Belgium raised its terror alert to the highest level in the capital. The suspect "
        "was shot by police in Schaerbeek the next morning.",
        "T V",
        "terrorist attack",
    ),
    (
        "Teacher stabbed to death at Arras lycée; anti-terror prosecutors take the case",
        "A French teacher was stabbed to death and three other people were wounded on "
        "Friday morning at a lycée in Arras by a former pupil who shouted 'Allahu Akbar', "
        "the anti-terrorist prosecutor's office said. The attacker, a 20-year-old from a "
        "Chechen family, was known to the intelligence services. The government raised the "
        "Vigipirate alert to its highest level. Ministers said there was no evidence "
        "linking the attack directly to the war in Gaza, but heightened security at Jewish "
        "schools and synagogues.",
        "T V",
        "terrorist attack",
    ),
    (
        "Adass Israel synagogue firebombing declared a terrorist incident",
        "The Australian Federal Police have declared the arson attack on the Adass Israel "
        "synagogue in Ripponlea a likely terrorist incident, handing the case to the joint "
        "counter-terrorism team. Two masked people poured accelerant inside the building "
        "before dawn on Friday and set it alight while two worshippers were inside "
        "preparing for prayers; one suffered minor burns. Police are still hunting the "
        "offenders. The Prime Minister described the attack as 'an outrage' aimed at "
        "Jewish Australians.",
        "T V",
        "terrorist attack",
    ),
    (
        "Two killed in Yom Kippur attack on Heaton Park synagogue",
        "Two men were killed and three people seriously injured when an attacker drove a "
        "car into people outside a synagogue in Crumpsall, north Manchester, and then "
        "stabbed a security guard on the morning of Yom Kippur. Armed officers shot the "
        "attacker dead within minutes. Greater Manchester Police declared a major incident "
        "and counter-terrorism police are leading the investigation. The Prime Minister "
        "cut short a trip to Copenhagen and chaired a Cobra meeting. Police later named "
        "the attacker as a 35-year-old British citizen of Syrian descent.",
        "T V",
        "terrorist attack",
    ),
    (
        "Two Israeli embassy staffers shot dead outside DC Jewish museum; FBI treating as terror",
        "Two young employees of the Israeli embassy were shot dead on Wednesday night as "
        "they left an event at the Capital Jewish Museum in Washington, police said. The "
        "suspected gunman, a 30-year-old from Chicago, shouted 'Free Palestine' as he was "
        "detained inside the museum. The FBI said it was investigating the killings as an "
        "act of targeted terrorism and hate. The couple had been about to get engaged, the "
        "Israeli ambassador said. Security was stepped up at Jewish sites across the "
        "capital overnight.",
        "T V",
        "terrorist attack",
    ),
    (
        "Seven soldiers killed as car bomb hits Rukban border post",
        "Seven members of the armed forces and security services were killed and 13 "
        "wounded on Tuesday when a car bomb exploded at a military post near the Rukban "
        "refugee camp on the border with Syria, the army said. The vehicle came from the "
        "Syrian side, where tens of thousands of people are stranded, and drove at the "
        "post used to deliver aid. The government declared the north-eastern border a "
        "closed military zone. Islamic State militants are active in the area. The army "
        "said it would not allow new camps or new arrivals along the frontier.",
        "E T",
        "suicide bombing",
    ),
    (
        "Sixty-two arrests after Maccabi fans attacked across Amsterdam",
        "Police made 62 arrests after groups of men on scooters and on foot attacked "
        "supporters of Maccabi Tel Aviv in several parts of central Amsterdam overnight "
        "following the team's match against Ajax. Five people were taken to hospital and "
        "20 to 30 were lightly injured. The mayor said 'antisemitic hit-and-run squads' "
        "had gone looking for Israeli fans, some of whom had torn down Palestinian flags "
        "and chanted anti-Arab slogans earlier in the week. Israel sent planes to bring "
        "supporters home. The city banned demonstrations for the weekend.",
        "U V",
        "riot",
    ),
    (
        "Police use tear gas and water cannon as banned Gaza march goes ahead in Barbès",
        "Police fired tear gas and used water cannon on Saturday afternoon to disperse "
        "several thousand people who gathered in the Barbès district of Paris in defiance "
        "of a ban on a pro-Palestinian march. Protesters threw stones and bottles, set "
        "bins on fire and erected barricades in the side streets. The police prefecture "
        "said 44 people had been arrested and one officer was injured. The interior "
        "minister had requested the ban, citing riots at a similar march in 2014. Shops "
        "along the boulevard lowered their shutters early.",
        "U",
        "riot",
    ),
    (
        "Fireworks, burning barricades in Neukölln; 174 arrested",
        "Demonstrators threw fireworks and stones at officers and set barricades alight on "
        "Sonnenallee on Wednesday night, Berlin police said, after an unauthorised "
        "gathering over the Gaza war turned violent. Sixty-five officers were injured and "
        "174 people were detained. Police used pepper spray to clear the street, and "
        "firefighters were pelted as they put out the fires. The mayor said Berlin would "
        "not tolerate 'hatred on our streets'. Several shop windows along the street were "
        "smashed.",
        "U",
        "riot",
    ),
    (
        "Police fire stun grenades and pepper balls at Land Forces protesters",
        "Police fired stun grenades, rubber bullets and pepper balls at protesters trying "
        "to blockade the Land Forces weapons expo at the Melbourne Convention and "
        "Exhibition Centre on Wednesday, and 39 people were arrested. Victoria Police said "
        "24 officers were treated for injuries after being hit with rocks, manure and "
        "bottles of acid-like liquid. Organisers of the blockade, who oppose arms sales to "
        "Israel, accused police of 'brutality' and said dozens of protesters were hurt.",
        "U",
        "crackdown on protest",
    ),
    (
        "Counterprotesters storm UCLA encampment; hours of fighting before police step in",
        "Masked counterprotesters attacked the pro-Palestinian encampment at UCLA late "
        "Tuesday, throwing fireworks and swinging wooden poles, and fights raged for about "
        "three hours before police in riot gear moved in, students and university "
        "officials said. At least 15 people were hurt and one was taken to hospital. The "
        "chancellor called the violence 'utterly unacceptable' and cancelled classes on "
        "Wednesday. The governor said the response of campus police was 'limited and "
        "delayed'. Police declared an unlawful assembly early on Wednesday.",
        "U",
        "attack on protest camp",
    ),
    (
        "University encampment cleared with batons; 125 detained",
        "Riot police used batons and a bulldozer to clear a pro-Palestinian encampment on "
        "the University of Amsterdam's Roeterseiland campus early Tuesday, detaining 125 "
        "people. Videos shared online showed officers striking protesters who had linked "
        "arms around the tents. The university had asked for police help after the camp "
        "grew overnight and protesters erected barricades of pallets. Students' groups "
        "called for a walkout. The mayor defended the operation, saying the protest had "
        "'crossed a line' once the barricades went up.",
        "U",
        "crackdown on protest",
    ),
]
