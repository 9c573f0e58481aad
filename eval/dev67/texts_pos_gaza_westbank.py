"""Positives: Gaza, Israel and the occupied West Bank, 2021 to 2025 (strikes, evacuation
orders, aid access, famine, hostages, raids, settler attacks, attacks in Israeli cities).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

POSITIVES = [
    (
        "Hamas gunmen storm southern Israel, killing hundreds and seizing hostages",
        "Hundreds of Hamas gunmen broke through the Gaza border fence at dawn on Saturday "
        "under cover of a barrage of several thousand rockets, overrunning army posts and "
        "attacking kibbutzim, towns and an open-air music festival near Re'im. Israeli "
        "officials said at least 700 people had been killed by evening, most of them "
        "civilians, and that scores of people, among them children and elderly residents, had "
        "been taken into Gaza as hostages. Gunfights with militants were still going on in "
        "Sderot and Be'eri after nightfall. The prime minister said the country was at war, "
        "and the army called up reservists. Officials called it the worst terror attack in "
        "Israel's history.",
        "B E V T",
        "cross-border attack",
    ),
    (
        "Strike on Nuseirat home kills nine, health ministry says",
        "An Israeli strike on a house in the Nuseirat refugee camp in central Gaza killed "
        "nine people overnight, four of them children, the Palestinian health ministry said "
        "on Tuesday. The IDF said it was looking into the report.",
        "E",
        "air strike",
    ),
    (
        "IDF orders about 100,000 people to leave eastern Rafah",
        "The Israeli military on Monday ordered about 100,000 Palestinians to leave the "
        "eastern neighbourhoods of Rafah for what it called an expanded humanitarian zone in "
        "al-Mawasi, dropping leaflets and sending text messages and recorded calls in Arabic. "
        'An army spokesperson described the move as part of a "limited scope operation" '
        "against Hamas. Families loaded mattresses, flour sacks and water tanks onto donkey "
        "carts and pickups, many of them displaced several times already. Aid agencies said "
        "al-Mawasi had neither the water nor the latrines for the new arrivals.",
        "D M H",
        "evacuation order",
    ),
    (
        "Aid convoy turned back at checkpoint as northern Gaza waits for food",
        "A World Food Programme convoy of 14 trucks carrying flour waited three hours at an "
        "Israeli checkpoint on Salah al-Din Road on Monday and was then turned back, the "
        "agency said, its third failed attempt this month to reach northern Gaza. Later the "
        "same day hungry crowds stopped another convoy further south and took sacks off the "
        "trucks. OCHA said only six of 24 missions planned north of Wadi Gaza in February had "
        "been facilitated by the Israeli authorities. A WFP spokesperson said the convoy "
        "carried enough flour to feed about 25,000 people for a week.",
        "H",
        "aid access denied",
    ),
    (
        "More than 100 killed as crowds surge around aid trucks in Gaza City",
        "At least 112 Palestinians were killed and more than 700 wounded on Thursday when "
        "Israeli troops opened fire near crowds gathered around an aid convoy on al-Rashid "
        "Road southwest of Gaza City, the Gaza health ministry said. The Israeli military "
        "said most of the victims died in a stampede or were run over by trucks, and that "
        "soldiers had fired at people who approached them in a threatening way. Doctors at "
        "al-Awda hospital said many of the wounded they treated had gunshot injuries. The UN "
        "secretary-general called for an independent investigation.",
        "V H",
        "shooting at aid crowd",
    ),
    (
        "Israeli troops enter al-Shifa hospital in what army calls precise operation",
        "Israeli forces entered Gaza's largest hospital, al-Shifa, early on Wednesday in what "
        'the military described as a "precise and targeted operation against Hamas" in one '
        "area of the complex. Staff said armoured vehicles were parked in the courtyard and "
        "soldiers were questioning men in the basements. The World Health Organization said "
        "it had lost contact with its staff there. The health ministry said premature babies "
        "and patients on dialysis were at risk because the hospital had run out of fuel.",
        "M H",
        "hospital raid",
    ),
    (
        "Famine confirmed in Gaza City, global hunger monitor says",
        "Famine is occurring in Gaza City and its surroundings and is projected to spread to "
        "Deir al-Balah and Khan Younis by the end of September, the Integrated Food Security "
        "Phase Classification said on Friday, its first such finding in the Middle East. More "
        'than half a million people faced "catastrophic" conditions of starvation, '
        "destitution and death, the report said, blaming the conflict and restrictions on aid "
        "deliveries. Israel's foreign ministry rejected the findings. Gaza's health ministry "
        "said 271 people, 112 of them children, had died of malnutrition since the war began.",
        "H",
        "famine",
    ),
    (
        "Civil defence says 27 killed on road to Rafah food distribution site",
        "Gaza's civil defence agency said 27 people were killed and dozens wounded when "
        "Israeli forces opened fire on crowds heading to a food distribution site run by the "
        "US-backed Gaza Humanitarian Foundation west of Rafah on Tuesday. The military said "
        "troops had fired at suspects who left the designated access route and advanced "
        "toward them. It was the third deadly incident near the sites in as many days.",
        "V H",
        "shooting at aid seekers",
    ),
    (
        "Strike on UNRWA school sheltering displaced families kills at least 30",
        "An Israeli air strike hit a UNRWA school in Deir al-Balah where thousands of "
        "displaced people were sheltering, killing at least 30, most of them women and "
        "children, local health officials said on Thursday. The military said it had targeted "
        "Hamas militants operating from a command room inside the compound. UNRWA said more "
        "than 190 of its buildings had been hit since October, many of them while used as "
        "shelters.",
        "E V D H",
        "strike on shelter",
    ),
    (
        "Army recovers bodies of six hostages from tunnel in Khan Younis",
        "Israeli troops recovered the bodies of six hostages from a tunnel in the Khan Younis "
        "area during an overnight operation, the military said on Tuesday. They were "
        "identified at the national forensic institute. The Hostages and Missing Families "
        "Forum said 109 people were still held in Gaza. Five of the six had been seen alive "
        "in videos released by their captors months earlier.",
        "V M",
        "hostages",
    ),
    (
        "Al Jazeera says correspondent killed in drone strike on his car",
        "An Al Jazeera correspondent and his cameraman were killed when an Israeli drone "
        "struck their car in the Sheikh Radwan area of Gaza City on Wednesday, the network "
        "said. The Committee to Protect Journalists said more than 170 journalists and media "
        "workers had now been killed in the war. The Israeli military said it had struck a "
        "Hamas operative, which the network denied.",
        "E V",
        "drone strike on journalists",
    ),
    (
        "Israel launches large-scale raid on Jenin refugee camp",
        "The Israeli army launched one of its largest operations in the occupied West Bank in "
        "two decades early on Monday, striking targets in Jenin refugee camp with drones and "
        "sending in armoured bulldozers and about 1,000 troops. Gunmen exchanged fire with "
        "soldiers in the camp's alleys, and the Palestinian health ministry said eight "
        "Palestinians were killed and 50 wounded. Bulldozers tore up roads, and the Red "
        "Crescent said its ambulances could not reach the wounded. By evening thousands of "
        "residents had left the camp on foot. The army said it had struck a joint operations "
        "room and found laboratories for making explosives.",
        "M B E D",
        "raid",
    ),
    (
        "Settlers torch homes and cars in Huwara after shooting",
        "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and "
        "nearby villages on Sunday night, setting fire to dozens of houses and cars, hours "
        "after a Palestinian gunman shot dead two Israeli brothers driving through the town. "
        "The Palestinian health ministry said a man was shot dead in neighbouring Za'tara and "
        "about 100 people were hurt, most by tear gas. Residents said soldiers did little to "
        "stop the attackers. The head of the army's Central Command later called it a pogrom.",
        "V U",
        "settler attack",
    ),
    (
        "Masked settlers beat shepherds in South Hebron Hills, rights group says",
        "A group of masked settlers attacked two Palestinian shepherds grazing sheep near "
        "al-Tuwani in the South Hebron Hills on Friday, beating them with clubs and driving "
        "off about 20 sheep, the rights group B'Tselem said. One of the men was taken to "
        "hospital in Yatta with a head injury, and Israeli police said they had opened an "
        "investigation.",
        "V",
        "settler attack",
    ),
    (
        "About 20,000 leave Tulkarm camps as Israeli operation widens",
        "About 20,000 people have left the Tulkarm and Nur Shams refugee camps since Israel "
        'extended its "Iron Wall" operation to the northern West Bank, UNRWA said on '
        "Wednesday. The defence minister said troops would stay in the camps for months and "
        "that residents would not be allowed back. Bulldozers have widened alleys and torn "
        "down homes. Water and electricity were cut in much of both camps, the agency said.",
        "D M H",
        "displacement",
    ),
    (
        "Seven killed in shooting and stabbing attack at Jaffa light rail stop",
        "Two gunmen opened fire and stabbed passengers at a light rail station on Jerusalem "
        "Boulevard in Jaffa on Tuesday evening, killing seven people, police said. One "
        "attacker was shot dead by an armed passer-by and the other was wounded. Police said "
        "the two came from Hebron and called it a terror attack. The attack came minutes "
        "before Iran fired ballistic missiles at Israel, and many passengers were running for "
        "shelters.",
        "V T",
        "shooting attack",
    ),
    (
        "Drone from Yemen hits Tel Aviv apartment building, killing a man",
        "A drone hit an apartment building in central Tel Aviv shortly after 3am on Friday, "
        "killing a man and wounding eight people, police and Magen David Adom said. Yemen's "
        "Houthis claimed the attack. The military said the drone, an Iranian-made Samad-3 "
        "modified for longer range, had been detected but no sirens sounded because of human "
        "error. Israeli jets struck the Houthi-held port of Hodeidah the next day.",
        "E",
        "drone attack",
    ),
    (
        "Houthi missile lands inside Ben Gurion airport perimeter",
        "A ballistic missile fired from Yemen landed in an orchard next to an access road "
        "inside the Ben Gurion airport perimeter on Sunday, leaving a deep crater and lightly "
        "injuring six people, Israeli officials said. Several attempts to intercept it "
        "failed. Foreign airlines suspended flights to Tel Aviv for several days.",
        "E",
        "missile strike",
    ),
    (
        "Hepatitis A spreads in crowded Rafah shelters, WHO warns",
        "The World Health Organization said it had recorded more than 8,000 cases of "
        "hepatitis A among displaced people in Gaza, most of them in overcrowded shelters in "
        "Rafah where hundreds of people share a single toilet. Diarrhoea among children under "
        "five was 25 times the level before the war, it said. Aid agencies said the lack of "
        "fuel had shut down desalination plants and sewage pumps.",
        "H D",
        "disease outbreak",
    ),
    (
        "Tanks encircle Jabalia as army returns to northern Gaza",
        "Israeli tanks encircled Jabalia in the northern Gaza Strip on Sunday as the army "
        "said it was operating against Hamas fighters regrouping there and ordered residents "
        "to move south. Hamas's armed wing said its fighters hit tanks with anti-tank rockets "
        "and set off an explosive device in a tunnel shaft. Hospitals in the north said they "
        "were overwhelmed with wounded and running out of fuel. UNRWA said about 400,000 "
        "people were still in the north and no food had entered for two weeks.",
        "B M E D H",
        "siege",
    ),
    (
        "Police storm Al-Aqsa prayer hall, arrest hundreds",
        "Israeli police stormed the al-Qibli prayer hall in Jerusalem's Al-Aqsa mosque "
        "compound before dawn on Wednesday, firing stun grenades and beating worshippers with "
        'batons, according to witnesses and videos. Police said "agitators" had barricaded '
        "themselves inside with fireworks and stones and that 350 people were arrested, and "
        "the Palestinian Red Crescent said 37 people were hurt.",
        "U",
        "crackdown",
    ),
    (
        "Lod under state of emergency after night of Arab-Jewish rioting",
        "Israel declared a state of emergency in the mixed Arab-Jewish city of Lod on Tuesday "
        "after a night in which Arab rioters set fire to synagogues, shops and cars and an "
        "Arab man was shot dead during clashes, police said. Border Police companies were "
        "moved from the West Bank into the city. Violence also flared in Acre, Ramle and Bat "
        "Yam, where a Jewish mob dragged a driver they took to be Arab from his car and beat "
        "him on live television.",
        "U V",
        "communal riot",
    ),
]
