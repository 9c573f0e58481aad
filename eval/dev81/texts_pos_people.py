"""eval/dev81 positives: athletes, artists, writers and journalists killed, wounded, abducted or
displaced by war, terrorism and political violence, reported as it happens.
"""

POSITIVES = [
    (
        "Former Ukrainian youth international killed in fighting near Bakhmut",
        "A former Ukraine under-19 midfielder who joined the army after Russia's invasion was "
        "killed in fighting near Bakhmut, his old club Vorskla Poltava said on Tuesday. The "
        "25-year-old had served with an assault brigade since March and died when his unit "
        "came under attack during a Russian push on the town's northern flank. Players wore "
        "black armbands at the weekend. He is at least the 20th professional footballer "
        "killed in the war, the players' union said.",
        "B",
        "killed in combat",
    ),
    (
        "Boxer who traded the ring for the trenches killed by shelling in Donetsk region",
        "A Ukrainian light-heavyweight champion who enlisted last year was killed by Russian "
        "artillery fire near Avdiivka, the national boxing federation said on Monday. He was "
        "31 and had won 14 of his 15 professional fights. His brigade said a shell hit the "
        "dugout where he and two other soldiers were sheltering.",
        "E",
        "shelling",
    ),
    (
        "Biathlete among soldiers killed as Russian forces press assault in the east",
        "A former World Cup biathlete serving as a sniper in the Ukrainian army was killed "
        "while repelling a Russian assault near Kupiansk, Ukraine's biathlon federation said. "
        "Three other soldiers of his unit were also killed in the fighting, which his "
        "commander described as the heaviest of the month. Tributes came from team mates "
        "across Europe.",
        "B",
        "killed in combat",
    ),
    (
        "Palestinian footballer killed with family in air strike on Gaza home",
        "A striker for a Gaza City club was killed with his wife and two children when an "
        "Israeli air strike hit their home in the Shejaiya district on Thursday, the "
        "Palestinian Football Association said. The association said the bombardment had now "
        "killed more than 80 players, coaches and referees since the war began in October. "
        "Israel says it targets Hamas militants.",
        "E",
        "air strike",
    ),
    (
        "Gaza's Olympic football coach killed in strike on Nuseirat camp",
        "The head coach of Palestine's Olympic football team was killed in an Israeli strike "
        "on a building in the Nuseirat refugee camp, the Palestine Olympic Committee said on "
        "Sunday. Seven other people, including children, died in the strike, according to the "
        "Gaza health ministry. The coach had led the under-23 side at the West Asian "
        "championship last year.",
        "E",
        "air strike",
    ),
    (
        "Sudanese league players flee Khartoum as army and RSF fight in the streets",
        "Dozens of players from Sudan's top league have fled Khartoum and crossed into Egypt "
        "as fighting between the army and the paramilitary Rapid Support Forces entered a "
        "third week, officials of Al-Merrikh and Al-Hilal said. Gunfire and air strikes have "
        "shut the league, and the clubs' training grounds in Omdurman are now behind front "
        "lines. Several foreign players were evacuated by their embassies. The football "
        "federation said the season would not resume this year.",
        "B D",
        "fighting",
    ),
    (
        "Sudanese striker killed by shell that hit his family home in Omdurman",
        "A forward who played for Sudan's national team at the Arab Cup was killed when a "
        "shell struck his family's house in Omdurman on Friday, his club said. The area has "
        "been shelled daily as the army and the Rapid Support Forces fight for control of the "
        "city. His brother was wounded.",
        "E",
        "shelling",
    ),
    (
        "Ukrainian tennis player says family fled Kharkiv under shelling",
        "Ukraine's top-ranked woman said after her first-round win in Dubai that her parents "
        "and grandmother had fled Kharkiv overnight by train after Russian shells hit their "
        "neighbourhood. She said she had barely slept and had followed the bombardment on her "
        "phone between games. The family is heading for western Ukraine.",
        "E D",
        "shelling",
    ),
    (
        "Afghan women's football squad evacuated as Taliban take Kabul",
        "Dozens of players from Afghanistan's women's youth football teams and their "
        "relatives were flown out of Kabul to Doha on Thursday, days after Taliban fighters "
        "swept into the capital, FIFPRO said. Many had burned their kits and hidden at home "
        "for fear of reprisals. Thousands of Afghans are still crowding the airport trying to "
        "leave.",
        "D",
        "displacement",
    ),
    (
        "Former Syrian goalkeeper turned rebel commander killed in Hama fighting",
        "A former youth international goalkeeper who became a symbol of the uprising and "
        "later led a rebel unit was killed in fighting with government forces in northern "
        "Hama province, opposition activists said on Saturday. He was wounded during an "
        "attack on a village held by the army and died at a hospital across the Turkish "
        "border. Fighting in the area has gone on for weeks.",
        "B",
        "killed in combat",
    ),
    (
        "Israeli basketball player killed fighting in Gaza as reservist",
        "A forward from an Israeli second-division basketball club was killed in fighting in "
        "the northern Gaza Strip, the Israeli military said on Wednesday. He was one of three "
        "reserve soldiers killed when their unit came under fire from Hamas militants in Beit "
        "Hanoun. His club postponed its weekend game.",
        "B",
        "killed in combat",
    ),
    (
        "Israeli-Argentine footballer's brother among those abducted to Gaza",
        "The brother of a former Israeli league defender was among the people taken into Gaza "
        "by Hamas gunmen from a kibbutz near the border on Saturday, the family said. His "
        "parents were killed in the attack on their home. The player appealed at a news "
        "conference for help in bringing the hostages back.",
        "V",
        "abduction",
    ),
    (
        "Manipur boxer's family home torched as ethnic violence spreads",
        "The home of an Indian boxer who won bronze at the Asian Games was burned by a mob in "
        "Manipur's Churachandpur district, her coach said on Friday. Her parents escaped to a "
        "relief camp, one of dozens now housing people who fled the clashes between Meitei "
        "and Kuki communities, in which more than 60 people have been killed. Troops have "
        "been deployed and a curfew declared.",
        "U V D",
        "communal violence",
    ),
    (
        "Ukrainian actor killed by Russian shelling in Irpin",
        "A Ukrainian actor and television presenter who voiced characters in dubbed Hollywood "
        "films was killed by Russian shelling in Irpin, outside Kyiv, the Odesa Film Festival "
        "said on Monday. He had joined the territorial defence at the start of the invasion. "
        "Shelling of the town has continued as civilians try to leave over a damaged bridge.",
        "E D",
        "shelling",
    ),
    (
        "Children's author killed in missile strike on Kramatorsk pizzeria",
        "A Ukrainian novelist who documented war crimes died of her wounds four days after a "
        "Russian missile hit a crowded pizzeria in Kramatorsk, PEN Ukraine said on Saturday. "
        "The strike killed 12 other people, including three teenagers. She had been dining "
        "with a delegation of Colombian writers.",
        "E V",
        "missile strike",
    ),
    (
        "Documentary director killed while filming in besieged Mariupol",
        "A Lithuanian documentary director was killed in Mariupol on Sunday while trying to "
        "leave the besieged port city, his production company said. Colleagues said he had "
        "been captured and shot by Russian troops, and Lithuania's president called it a war "
        "crime. His films about the city's residents were shown at Berlin.",
        "V",
        "killing of civilian",
    ),
    (
        "Gaza poet and teacher killed in Israeli air strike",
        "A Palestinian poet who taught English literature at Gaza's Islamic University was "
        "killed with his brother and four of the brother's children in an Israeli air strike "
        "on the apartment where they were sheltering in Gaza City, friends said on Friday. "
        "Writers' organisations in London and New York held readings in his memory.",
        "E",
        "air strike",
    ),
    (
        "Ballet dancer killed in battle near Izium, Kyiv opera says",
        "A soloist of the National Opera of Ukraine who enlisted in the first days of the war "
        "was killed in fighting near Izium, the theatre said on Wednesday. He had danced "
        "principal roles in Giselle and The Nutcracker. Ukrainian forces are battling a "
        "Russian offensive in the area.",
        "B",
        "killed in combat",
    ),
    (
        "Sudanese singer killed in crossfire in Omdurman",
        "A popular Sudanese singer was killed on Tuesday when he was caught in crossfire "
        "between the army and the Rapid Support Forces near his home in Omdurman, the "
        "Sudanese Artists Union said. Fighting has trapped hundreds of thousands of residents "
        "in the city. His songs had been sung at the 2019 protests.",
        "B",
        "fighting",
    ),
    (
        "Sudanese musicians in Cairo play to raise money for those trapped by fighting",
        "A group of Sudanese musicians who fled the war in Khartoum this month played their "
        "first concert in Cairo on Saturday, raising money for families still trapped by the "
        "fighting. Egypt says more than 150,000 people have crossed its border since clashes "
        "between the army and the Rapid Support Forces broke out. The band's drummer is still "
        "in Omdurman.",
        "D H",
        "refugees",
    ),
    (
        "Reuters video journalist killed by tank fire in southern Lebanon",
        "A Reuters video journalist was killed and six other reporters wounded when two "
        "rounds of tank fire hit them near the Lebanese border village of Alma al-Shaab on "
        "Friday, colleagues said. The group was filming cross-border shelling between Israeli "
        'forces and Hezbollah. Their car, marked "TV", was burned out.',
        "E",
        "shelling",
    ),
    (
        "Film crew's van hit by shelling near front-line town",
        "A French documentary crew was caught in shelling near Lysychansk on Monday, their "
        "producer said, and their fixer was killed when shrapnel hit their armoured van. The "
        "crew had been filming the evacuation of residents from the town, which Russian "
        "forces are trying to encircle. Two crew members were treated for wounds in "
        "Kramatorsk.",
        "E D",
        "shelling",
    ),
    (
        "Iranian youth shot dead while celebrating World Cup defeat",
        "A 27-year-old man was shot dead by security forces in the Caspian port of Bandar "
        "Anzali as crowds honked car horns and danced to celebrate Iran's World Cup loss to "
        "the United States, rights groups said. The celebrations turned into anti-government "
        "protests in several cities and riot police fired tear gas and birdshot. Iran's "
        "football team has faced criticism for not backing the protest movement.",
        "U V",
        "crackdown",
    ),
]
