"""eval/dev81 positives: sport events hit by violence, political and ethnic riots around matches,
matches halted by rockets and fighting, culture sites and the tech and consumer side of current
wars.
"""

POSITIVES = [
    (
        "Separatist gunmen ambush national team bus on way to Cup of Nations",
        "Gunmen fired on the bus carrying a national football team through a coastal enclave "
        "on its way to the Africa Cup of Nations on Friday, killing the team's press officer "
        "and assistant coach and wounding the driver and two players, officials said. A "
        "separatist group fighting for the enclave's independence said it had carried out the "
        "ambush. Soldiers escorting the convoy returned fire, and the players said they lay "
        "on the floor of the bus for half an hour as the shooting went on. The host "
        "government called it a terrorist act.",
        "V T B",
        "ambush",
    ),
    (
        "Roadside bomb hits minibus carrying cycling team in Balochistan",
        "A roadside bomb struck a minibus carrying members of a provincial cycling team to a "
        "race in Balochistan on Sunday, killing two riders and the team's mechanic, police "
        "said. A banned Baloch separatist group claimed the attack, and the provincial "
        "government condemned it as terrorism. The race was called off.",
        "E T",
        "roadside bomb",
    ),
    (
        "Cameroon separatists set off bomb near Cup of Nations venue",
        "Suspected Anglophone separatists detonated an improvised explosive device in Buea, a "
        "few kilometres from the training ground of teams playing at the Africa Cup of "
        "Nations, wounding three people, the army said on Thursday. Separatist fighters had "
        "threatened to disrupt the tournament in the English-speaking regions. Troops were "
        "reinforced around the stadium in Limbe.",
        "E",
        "bombing",
    ),
    (
        "Israeli league matches called off as rockets fired from Gaza",
        "The Israel Football Association called off all weekend matches in the south on "
        "Friday after militants in Gaza fired more than 200 rockets at Israeli towns, and the "
        "army launched air strikes on targets in the enclave. A rocket landed near the "
        "stadium in Sderot during a youth match on Thursday, and players ran for shelters. "
        "Four people have been killed in Gaza.",
        "E M",
        "rocket fire",
    ),
    (
        "Ukrainian league game halted for four hours as missiles strike Kyiv region",
        "A Ukrainian Premier League match in Lviv was stopped four times and lasted more than "
        "four hours on Sunday as air raid alerts sounded while Russian missiles struck energy "
        "sites around the country, officials said. Players and fans went down to shelters "
        "each time. In Kyiv region two people were killed by missile debris.",
        "E",
        "missile strike",
    ),
    (
        "Football match abandoned as militias clash near Tripoli stadium",
        "A Libyan league match in Tripoli was abandoned at half-time on Saturday when heavy "
        "gunfire broke out between rival armed groups in the surrounding streets, witnesses "
        "said. Spectators fled as tracer rounds lit the sky and the health ministry reported "
        "five dead in the clashes. The fighting ended after elders from Misrata mediated a "
        "truce. The league has been suspended.",
        "B",
        "clashes",
    ),
    (
        "Fans killed as stadium riot in Port Said turns into massacre",
        "At least 74 people were killed when supporters of Al-Masry attacked fans of Cairo's "
        "Al Ahly with knives, stones and clubs after a league match in Port Said, Egypt's "
        "health ministry said. Many victims were thrown from the stands or crushed as they "
        "fled. Al Ahly's ultras, who played a leading role in last year's uprising, accused "
        "police of standing aside in a political revenge, and protesters clashed with police "
        "in Cairo on Thursday.",
        "U V",
        "riot",
    ),
    (
        "Police fire tear gas at Cairo football fans, 20 killed in crush",
        "Twenty people were killed outside a Cairo stadium on Sunday when police fired tear "
        "gas and birdshot at Zamalek supporters trying to enter a league match, the "
        "prosecutor said. Fans said police blocked a narrow metal corridor and then fired "
        "into the crowd. The ultras group had led protests against the government and had "
        "been banned from matches.",
        "U V",
        "crackdown",
    ),
    (
        "Israeli fans attacked in Amsterdam after Europa League game",
        "Israeli football fans were chased and beaten in several parts of Amsterdam overnight "
        "after a Europa League match against Ajax, Dutch police said on Friday, and five "
        'people were taken to hospital. The mayor said "antisemitic hit-and-run squads" had '
        "hunted the fans, and 62 people were arrested. Police also reported that Maccabi "
        "supporters had torn down Palestinian flags and attacked a taxi the day before.",
        "U V",
        "mob violence",
    ),
    (
        "Ethnic clashes after Ethiopian league match leave three dead",
        "Three people were killed and dozens injured when fans of two clubs from rival "
        "regions fought each other and police in the stadium town of Woldia on Saturday, "
        "regional officials said. The violence, which witnesses said was driven by ethnic "
        "slogans chanted from the stands, spread to the town centre, where shops were burned. "
        "The football federation suspended the league.",
        "U",
        "communal riot",
    ),
    (
        "Celebrations turn to riots in Kosovo north after match with Serbia",
        "Police used tear gas and stun grenades in north Mitrovica on Tuesday night after "
        "crowds that had gathered to watch a football match between the national teams threw "
        "stones and petrol bombs at police on the bridge dividing the town. Twelve officers "
        "were injured and four cars burned. Leaders on both sides called for calm as the "
        "ethnic tension rose.",
        "U E",
        "riot",
    ),
    (
        "Russian strike destroys Kharkiv printing house",
        "Russian missiles hit one of Ukraine's largest printing houses in Kharkiv on "
        "Thursday, killing seven workers and burning about 50,000 books, the regional "
        "governor said. The plant printed a third of the country's books, including school "
        "textbooks. Firefighters fought the blaze for hours.",
        "E",
        "missile strike",
    ),
    (
        "Shelling damages Kherson drama theatre and concert hall",
        "Russian shelling damaged the drama theatre and the regional philharmonic in Kherson "
        "on Tuesday, blowing out windows and part of the roof, the city's military "
        "administration said. Three civilians were wounded nearby. Russian forces across the "
        "Dnipro have shelled the city daily since they withdrew from it.",
        "E",
        "shelling",
    ),
    (
        "Israeli troops raid Jenin's Freedom Theatre and detain its director",
        "Israeli soldiers raided the Freedom Theatre in the Jenin refugee camp on Wednesday, "
        "breaking doors and equipment and detaining its artistic director and a board member, "
        "the theatre said. The raid came during a large military operation in the camp, in "
        "which drones struck several houses and at least five Palestinians were killed. "
        "Hundreds of families have left the camp. The director was released two days later.",
        "M V D E",
        "raid",
    ),
    (
        "Israeli strikes near Baalbek ruins alarm heritage groups",
        "Israeli air strikes hit the outskirts of Baalbek overnight, damaging a building a "
        "few hundred metres from the Roman temples, the governor said on Thursday. Nine "
        "people were killed in the strikes on the town and nearby villages, and thousands "
        "have left for Beirut. UNESCO called for the site to be protected.",
        "E D",
        "air strike",
    ),
    (
        "Gaza's central archive and cultural centre destroyed in bombardment",
        "Israeli bombardment destroyed the Rashad Shawa cultural centre and the central "
        "archive of Gaza City, holding records of the city going back 150 years, the "
        "municipality said. The cultural centre had served as a shelter for displaced "
        "families. Strikes continued on nearby neighbourhoods on Monday.",
        "E D",
        "bombardment",
    ),
    (
        "Internet and phone lines cut in Gaza as bombardment intensifies",
        "Internet and mobile phone services collapsed across the Gaza Strip on Friday evening "
        "as Israel intensified air strikes and shelling, telecoms provider Paltel said. Aid "
        "agencies said they lost contact with their staff, and ambulances could no longer be "
        "called. Israel's military said it was expanding ground operations.",
        "E M H",
        "bombardment",
    ),
    (
        "Sudan's internet blackout deepens as fighting hits Khartoum exchanges",
        "Sudan's main telecom operators went offline across much of the country on Wednesday "
        "after fighting between the army and the Rapid Support Forces damaged exchange "
        "buildings in Khartoum, NetBlocks said. Families trying to arrange escape routes out "
        "of the capital said they could no longer reach relatives. Aid groups said food and "
        "medicine were running short.",
        "B H",
        "fighting",
    ),
    (
        "Houthi missiles hit container ship as retailers warn of Red Sea delays",
        "Houthi militants fired two anti-ship missiles at a container ship carrying furniture "
        "and household goods in the Red Sea on Tuesday, causing a fire on deck, the US "
        "military said. No crew were hurt. Retailers including IKEA have warned that the "
        "attacks on shipping will delay some products by weeks.",
        "E",
        "missile attack",
    ),
    (
        "Drone strike cuts power to Kyiv data centres and cinemas",
        "A Russian drone and missile attack on Kyiv's power grid on Tuesday left much of the "
        "capital without electricity, forcing data centres onto generators and cinemas to "
        "close, the city said. Two people were killed when debris hit a residential building. "
        "Shops stayed open by candlelight.",
        "E",
        "drone attack",
    ),
    (
        "Gunmen attack Copenhagen free-speech debate at cultural centre",
        "A gunman fired dozens of shots into a cultural centre in Copenhagen where a debate "
        "on art and free speech with a Swedish cartoonist was under way, killing a film "
        "director, police said. Hours later the same man shot dead a guard outside a "
        "synagogue. Danish police called it a terrorist attack.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunmen kill 12 at Paris offices of satirical magazine",
        "Two gunmen armed with assault rifles stormed the Paris offices of the satirical "
        "weekly Charlie Hebdo on Wednesday, killing 12 people, including five of its "
        "best-known cartoonists, prosecutors said. The attackers shouted that they had "
        "avenged the Prophet. President Hollande called it a terrorist attack of exceptional "
        "barbarity.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunman opens fire near Vienna opera on last night before lockdown",
        "A gunman armed with an automatic rifle opened fire on people in bars and restaurants "
        "in central Vienna on Monday evening, killing four, before police shot him dead, "
        "officials said. The interior minister said the attacker was a sympathiser of Islamic "
        "State and called it a terror attack. Crowds had packed the streets on the last "
        "evening before a coronavirus lockdown.",
        "T V",
        "terrorist attack",
    ),
    (
        "Strikes hit Belgorod centre near New Year ice rink",
        "Shelling and rockets from Ukraine hit the centre of the Russian city of Belgorod on "
        "Saturday afternoon, killing 24 people, including children, near a skating rink set "
        "up for the New Year holidays, Russian officials said. Moscow called it an "
        "indiscriminate attack on civilians. Russia had launched a large missile attack on "
        "Ukrainian cities the day before. Ukraine did not comment.",
        "E V",
        "shelling",
    ),
    (
        "Ethnic violence displaces players of Manipur's football clubs",
        "Players of two of Manipur's leading football clubs have left the state for training "
        "camps in Goa and Kolkata after weeks of clashes between Meitei and Kuki groups in "
        "which homes were burned, club officials said on Monday. More than 40,000 people have "
        "been displaced by the violence, and the state league has been suspended. Several "
        "players' families are in relief camps.",
        "D U",
        "displacement",
    ),
    (
        "M23 offensive forces Goma festival to cancel as displaced fill stadium",
        "Organisers of Goma's Amani music festival cancelled this year's edition after M23 "
        "rebels advanced to within 20 kilometres of the city, and families fleeing the "
        "fighting moved into the stadium where it is usually held. Congolese troops and UN "
        "peacekeepers exchanged fire with the rebels near Sake on Tuesday. Aid groups said "
        "water was short in the camps.",
        "B D H",
        "offensive",
    ),
    (
        "Al-Shabaab gunmen storm Mogadishu beach restaurant on Friday evening",
        "Al-Shabaab fighters attacked a crowded beachside restaurant on Mogadishu's Lido "
        "beach on Friday evening, setting off a suicide bomb and shooting diners and "
        "swimmers, police said. At least 32 people were killed before security forces ended "
        "the siege after midnight. Families had gathered on the beach for the start of the "
        "weekend.",
        "T V E B",
        "terrorist attack",
    ),
    (
        "Bombs hit Thai beach resort as holidaymakers fill bars",
        "Two bombs hidden in potted plants exploded in a bar street in the resort town of Hua "
        "Hin late on Thursday, killing a local vendor and wounding 20 people, including "
        "tourists, police said. More blasts hit Phuket and southern provinces on Friday "
        "morning. Police linked the attacks to insurgents from the Muslim-majority deep "
        "south.",
        "E",
        "bombing",
    ),
    (
        "Kharkiv gymnasts train in exile after bombing of their school",
        "Two dozen young gymnasts from Kharkiv and their coaches have moved to a training "
        "camp in Slovakia after a Russian air strike destroyed their sports school last week, "
        "their federation said. Most of their families have also left the city, which is "
        "under daily bombardment. The children train in borrowed leotards.",
        "D E",
        "displacement",
    ),
    (
        "Air strike destroys cinema in Izium where families took cover",
        "A Russian air strike destroyed the Druzhba cinema in Izium on Tuesday, where dozens "
        "of residents had been sheltering in the basement, local officials said. Rescuers "
        "pulled four bodies from the rubble. Residents who left the town by car said shelling "
        "had not stopped for days.",
        "E V D",
        "air strike",
    ),
    (
        "ADF rebels kill villagers gathered for football match in eastern Congo",
        "Fighters of the Allied Democratic Forces attacked a village in North Kivu as "
        "residents watched a local football match on Sunday afternoon, killing at least 20 "
        "people with machetes and guns, local officials said. The Islamic State-linked group "
        "has killed hundreds of civilians in the region this year. Survivors fled to Beni.",
        "V T D",
        "massacre",
    ),
    (
        "Missile strike damages Odesa's cathedral and museum of fine arts",
        "A Russian missile attack on Odesa overnight damaged the Transfiguration Cathedral "
        "and the city's museum of fine arts, both within the UNESCO-listed historic centre, "
        "the regional governor said on Sunday. Two people were killed and 22 wounded, among "
        "them four children. Ukraine's culture minister called it an attack on the city's "
        "history.",
        "E",
        "missile strike",
    ),
]
