"""dev25 texts: positives: Europe, Russia and Ukraine, attacks treated as terrorism; positives:
state strikes and raids at the edge of war; positives: abductions, displacement and
humanitarian effects; positives: communal clashes.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Europe, Russia and Ukraine; attacks treated as terrorism
    (
        "Russian glide bomb hits apartment block in Zaporizhzhia",
        "A guided aerial bomb struck a nine-storey residential building in Zaporizhzhia on Sunday afternoon, killing at least seven people, the regional governor said. Rescuers were searching the rubble for survivors.",
        "E",
        "airstrike",
    ),
    (
        "Drones set grain silos ablaze at Odesa port",
        "Russian drones hit port infrastructure in Odesa region overnight, destroying grain storage and a warehouse, Ukraine's southern military command said. Air defences shot down most of the drones.",
        "E",
        "drone_strike",
    ),
    (
        "Ukrainian drones strike oil refinery in Ryazan",
        "Flames rose over the refinery in Ryazan overnight after it was hit by Ukrainian drones, the regional governor wrote on Telegram. Moscow said its air defences had brought down dozens of drones across several regions.",
        "E",
        "drone_strike",
    ),
    (
        "Russia evacuates border districts as Ukrainian forces cross into Kursk",
        "Ukrainian forces crossed the border and advanced several kilometres into the Kursk region, Russian officials said, and more than 120,000 residents were evacuated. Kyiv said the incursion was meant to stretch Russia's forces.",
        "B M D",
        "ground_incursion",
    ),
    (
        "Poland shoots down Russian drones that crossed its airspace",
        "Polish and allied jets shot down drones that entered Polish airspace during a Russian attack on western Ukraine, and airports in Warsaw and Rzeszów were closed for hours, Poland's prime minister said. Debris damaged a house in the east of the country.",
        "E M",
        "air_defence",
    ),
    (
        "Teacher stabbed to death at Arras school, anti-terror prosecutors take over",
        "A former pupil armed with a knife killed a teacher and wounded three other people at a lycée in Arras, French police said. The national anti-terrorism prosecutor's office opened an investigation.",
        "V T",
        "stabbing_attack",
    ),
    (
        "Three killed at Solingen town festival, Syrian charged with terrorism",
        "A man stabbed festival-goers at random at a town anniversary celebration in Solingen, killing three people and wounding eight, German police said. Prosecutors charged a Syrian suspect with murder and membership of a terrorist organisation.",
        "V T",
        "stabbing_attack",
    ),
    (
        "Rifleman kills four in Vienna's old town bar district",
        "A man armed with an automatic rifle opened fire on people at bars in Vienna's old town, killing four before police shot him dead, Austrian officials said. The attacker was a sympathiser of the Islamic State group.",
        "V T",
        "shooting_attack",
    ),
    (
        "Reporter killed by gunfire aimed at police in Creggan",
        "A 29-year-old journalist was killed when a gunman fired at police during rioting in the Creggan area of Londonderry, police said. Detectives said the New IRA was responsible and called it a terrorist incident.",
        "U V T",
        "shooting_attack",
    ),
    (
        "Maccabi Tel Aviv fans hunted down in Amsterdam streets",
        "Groups of men on scooters chased and beat Israeli football fans in central Amsterdam after a Europa League match, and five people were treated in hospital, police said. The city's mayor called it an antisemitic hit-and-run attack.",
        "V U",
        "mob_attack",
    ),
    (
        "Gunmen besiege Kosovo monastery after killing police officer",
        "About 30 heavily armed Serb gunmen fought Kosovo police at the village of Banjska and barricaded themselves in an Orthodox monastery, Kosovo's prime minister said. Three attackers and one officer were killed.",
        "B",
        "battle",
    ),
    (
        "Slovak prime minister Fico shot five times",
        "Robert Fico was shot at close range after a government meeting in Handlová and flown to hospital, Slovak officials said. The 71-year-old suspect was charged with a terrorist attack.",
        "V T",
        "assassination_attempt",
    ),
    (
        "Gunman opens fire outside Oslo gay bar on Pride night",
        "Two people were killed and more than 20 wounded when a man opened fire at a bar in central Oslo, Norwegian police said. The security service raised the terror threat level and called it an act of Islamist terrorism.",
        "V T",
        "shooting_attack",
    ),
    (
        "Van ploughs into crowds on Barcelona's Las Ramblas",
        "A van drove into pedestrians on the busy boulevard, killing 13 people, Catalan police said, treating it as a terrorist attack. The Islamic State group claimed responsibility.",
        "V T",
        "vehicle_attack",
    ),
    (
        "Gunman kills two Swedish fans in Brussels before match",
        "A man shot dead two Swedish football supporters in Brussels before Belgium played Sweden, and the match was abandoned at half-time, Belgian prosecutors said. The suspect said in a video that he acted for Islamic State.",
        "V T",
        "shooting_attack",
    ),
    (
        "British MP stabbed to death at constituency surgery",
        "Conservative MP David Amess was stabbed several times while meeting constituents at a church in Leigh-on-Sea, Essex Police said. Counter-terrorism officers are leading the investigation.",
        "V T",
        "assassination",
    ),
    (
        "Gunman who targeted shisha bars in Hanau left racist manifesto",
        "A gunman killed nine people at two shisha bars in Hanau, and German prosecutors said they were treating the killings as a terrorist act driven by racism.",
        "V T",
        "shooting_attack",
    ),
    (
        "Truck driver kills 14 at New Orleans New Year celebration",
        "A man drove a pickup truck into crowds on Bourbon Street in the early hours of New Year's Day, and the FBI said it was investigating an act of terrorism after finding an Islamic State flag in the vehicle.",
        "V T",
        "vehicle_attack",
    ),
    (
        "Gunman shoots at Trump during Pennsylvania rally",
        "A gunman fired several shots from a rooftop at a campaign rally in Butler, wounding Donald Trump in the ear and killing a man in the crowd, before a Secret Service sniper killed him. The FBI is investigating the shooting as an assassination attempt.",
        "V",
        "assassination_attempt",
    ),
    # ---------------------------------------------------------------- positives: state strikes and raids at the edge of war
    (
        "US strike on boat in the Caribbean kills 11, Trump says",
        "President Donald Trump said the US military had destroyed a boat carrying drugs from Venezuela in a strike in international waters, killing 11 people he described as members of the Tren de Aragua gang. Legal experts questioned the use of military force against suspected smugglers.",
        "E M",
        "strike_at_sea",
    ),
    (
        "US air strikes hit Islamic State caves in Puntland",
        "The US military said it had carried out air strikes against Islamic State fighters in the Golis mountains of Somalia's Puntland region, in support of a regional offensive against the group.",
        "E M",
        "air_campaign",
    ),
    (
        "Iran and Pakistan trade strikes on militant bases",
        "Pakistan said its aircraft had struck militant hideouts in Iran's Sistan-Baluchestan province, two days after Iranian missiles and drones hit what Tehran called a Jaish al-Adl base inside Pakistan. Officials on both sides said women and children were among the dead.",
        "E M",
        "cross_border_strike",
    ),
    (
        "Israel strikes Hamas leaders in Doha",
        "Explosions hit a residential compound in Qatar's capital where Hamas officials were meeting, and Israel said it had targeted the group's leadership. Qatar condemned the strike as a violation of its sovereignty.",
        "E",
        "airstrike",
    ),
    (
        "US bombers strike Iran's Fordow and Natanz nuclear sites",
        "American B-2 bombers dropped bunker-busting bombs on Fordow and struck two other nuclear facilities, President Trump said, joining Israel's air campaign against Iran. Iran said it would respond.",
        "E M",
        "air_campaign",
    ),
    (
        "Drone strike hits displacement camp in Tigray",
        "A drone strike on a camp for displaced people in Dedebit in northwest Tigray killed at least 56 people, aid workers said. Most of the dead were women and children who had fled fighting elsewhere in the region.",
        "E V D",
        "drone_strike",
    ),
    (
        "Nigerian army admits drone strike killed villagers at religious festival",
        "An army drone targeting militants mistakenly bombed a gathering in Tudun Biri village in Kaduna state, killing at least 85 people, Nigerian officials said. The army chief apologised.",
        "E",
        "drone_strike",
    ),
    # ---------------------------------------------------------------- positives: abductions, displacement and humanitarian effects
    (
        "Gunmen blow up track and abduct passengers from Abuja-Kaduna train",
        "Armed men set off explosives on the railway line and opened fire on the stopped train, killing eight people and abducting dozens of passengers, Nigerian railway officials said.",
        "E V",
        "train_attack",
    ),
    (
        "JNIM says it holds foreign workers seized at Mali cement plant",
        "Militants of the al-Qaeda-linked JNIM attacked a cement factory in western Mali and took several Indian workers hostage, the company and Indian officials said.",
        "V T",
        "abduction",
    ),
    (
        "Austrian woman kidnapped by gunmen in Agadez",
        "An Austrian woman who had lived in Agadez for decades was abducted from her home by armed men who took her away in a vehicle towards the north, Nigerien security sources said. Jihadist groups and armed bandits operate in the desert region.",
        "V",
        "abduction",
    ),
    (
        "Militia attack on displacement camp in Ituri kills dozens",
        "Fighters of the CODECO militia attacked the Plaine Savo camp for displaced people with machetes and guns at night, killing at least 60 people, the UN said. Thousands of residents fled the camp.",
        "V D",
        "attack_on_camp",
    ),
    (
        "Food convoy to besieged Djibo attacked, soldiers killed",
        "Jihadist fighters attacked a convoy of trucks taking food to the town of Djibo, which has been under blockade for months, and at least 11 soldiers were killed and dozens of drivers went missing, Burkina Faso's army said. Residents say food is running out.",
        "B T H",
        "attack_on_convoy",
    ),
    (
        "Haiti's displaced pass the million mark",
        "Gang attacks have now driven more than a million Haitians from their homes, three times as many as a year ago, according to the UN migration agency. Many sleep in schools and government buildings in the capital.",
        "D",
        "displacement",
    ),
    (
        "Refugees from Sudan's war pour into Renk",
        "More than 200,000 people have crossed into South Sudan through the Joda border post since fighting broke out in Sudan, the UN refugee agency said, and the transit centre in Renk is far over capacity.",
        "D H",
        "displacement",
    ),
    (
        "Thousands flee Macomia after insurgent attack",
        "Islamic State-linked insurgents occupied the town of Macomia in northern Mozambique for two days and fought with Mozambican and Rwandan troops, and thousands of residents fled into the bush, aid agencies said.",
        "B T D",
        "battle",
    ),
    (
        "Rohingya killed by drone attack while waiting to cross into Bangladesh",
        "Dozens of Rohingya families waiting on a beach near Maungdaw to cross the Naf river to Bangladesh were hit by drone bombs, survivors said. They blamed the Arakan Army, which denied responsibility.",
        "E V D",
        "drone_strike",
    ),
    (
        "Suicide bomber hits displacement camp in Cameroon's Far North",
        "A suicide bomber blew herself up among displaced people in the Mozogo area of Cameroon's Far North region, killing nine, local officials said, blaming Boko Haram.",
        "E T V D",
        "suicide_bombing",
    ),
    (
        "Two NGO staff shot dead on Juba-Yei road",
        "Gunmen ambushed a clearly marked vehicle of an aid organisation on the road between Juba and Yei, killing two staff members, the UN humanitarian coordinator said. South Sudan is one of the most dangerous countries for aid workers.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Hospital in El Obeid overwhelmed as fighting nears",
        "Doctors at the main hospital in El Obeid said they were treating dozens of people wounded by shelling every day and had run out of blood and anaesthetics, as the Rapid Support Forces advanced on the city.",
        "H E",
        "humanitarian",
    ),
    # ---------------------------------------------------------------- positives: communal clashes
    (
        "Clashes between herders and farmers kill dozens in southern Chad",
        "Fighting between herders and farmers in the village of Mandakao in Logone Occidental left at least 42 people dead, Chad's government said. Homes were burned and the army was sent to restore calm.",
        "B V",
        "communal_violence",
    ),
    (
        "Gunfire in Bawku as chieftaincy conflict flares again",
        "Armed men from the Kusasi and Mamprusi communities exchanged fire in the northern Ghanaian town for several nights, and thousands of residents fled to Burkina Faso and Togo, local officials said.",
        "B D",
        "communal_violence",
    ),
    (
        "Cattle trader beaten to death by cow vigilantes in Jharkhand",
        "A crowd of men who accused a Muslim cattle trader of carrying beef stopped his vehicle, beat him with sticks and set it on fire, Indian police said. Five men were arrested.",
        "V U",
        "lynching",
    ),
]
