"""dev157 positives (1 of 4): current strikes, fighting, attacks and unrest in Ukraine, Russia,
Haiti, Mali and Burkina Faso, several of them from the culture, religion, sport and business
desks (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Guided bombs hit Kharkiv printing house, killing six workers and burning school textbooks",
        "Russian forces struck a large printing house in Kharkiv with three guided "
        "aerial bombs on Thursday afternoon, killing six employees and injuring at "
        "least 17, Governor Oleh Syniehubov said. The bombs hit the main production "
        "hall as the day shift was binding textbooks ordered by the Education "
        "Ministry for the new school year. Fire spread through the warehouse within "
        "minutes, and the company's director said more than 40,000 finished books "
        "had been destroyed, along with two printing lines imported from Germany. "
        "Rescuers worked through the night to put out the blaze and to search for a "
        'machine operator who was still unaccounted for on Friday morning. "We '
        "printed atlases, children's books, poetry. Now we are counting which of our "
        'people are alive," the director told the Kyiv Independent outside the '
        "police cordon. Kharkiv, about 30 kilometers from the Russian border, has "
        "come under near-daily attack since Russia opened a new offensive in the "
        "north of the region earlier this month. Guided bombs are released by "
        "aircraft flying over Russian territory, out of reach of most Ukrainian air "
        "defense systems. At least a dozen publishers said on Facebook they had lost "
        "entire print runs in the fire. The company said it would try to move orders "
        "to a partner plant in western Ukraine. The Culture Ministry said the "
        "printing house had produced textbooks for about a third of the country's "
        "schools. Later on Thursday evening, a separate strike hit a gas station on "
        "the city's outskirts, injuring four people, Mayor Ihor Terekhov said. Local "
        "officials have urged residents to stay in shelters when the alert sounds, "
        "even during the working day. Publishers have launched a fundraiser to help "
        "the families of the dead workers.",
        "E",
        "guided bomb strike",
    ),
    (
        "Night missile attack on Odesa damages main Orthodox cathedral, kills two",
        "Russia fired cruise and ballistic missiles at Odesa overnight on Sunday, "
        "killing two people and damaging the city's main Orthodox cathedral along "
        "with some 25 listed buildings in the historic centre, the regional military "
        "administration said. A missile hit the cathedral's southern side shortly "
        "before four in the morning, collapsing part of the roof and setting fire to "
        "the altar area, according to the diocese. Clergy and volunteers carried "
        "icons out of the smoking building at dawn while emergency workers pumped "
        "water from the street. Twenty-one people were injured across the city, "
        "among them three children, Odesa's governor said on Telegram. The "
        "cathedral, blown up by the Soviet authorities in the 1930s and rebuilt "
        "after independence, is part of the UNESCO-listed historic centre. Ukraine's "
        "air force said it had shot down nine of 19 missiles launched at the region. "
        "President Volodymyr Zelensky said there would be retaliation for what he "
        "called an attack on Odesa's memory. Priests held an open-air service on the "
        "cathedral steps on Sunday evening, attended by several hundred "
        "parishioners. It was the fifth night of strikes on Odesa and its port "
        "infrastructure this week. Windows were blown out in the nearby House of "
        "Scientists and in several apartment buildings on Preobrazhenska Street. "
        "City authorities said volunteers had begun boarding up damaged façades "
        "before the rain forecast for Monday.",
        "E",
        "missile strike",
    ),
    (
        "Former Vorskla defender killed in action near Pokrovsk, club says",
        "Andrii Kostenko, a defender who played 71 league matches for Vorskla "
        "Poltava, was killed in combat near Pokrovsk in Donetsk Oblast on Tuesday, "
        "the club announced on Thursday. He was 31. Kostenko served as a squad "
        "leader in a mechanized brigade and died repelling a Russian infantry "
        "assault on his unit's position, his brigade said in a statement posted on "
        "Facebook. He had left football in the summer of 2023 and volunteered for "
        "the army a few weeks later, telling teammates he could not keep training "
        '"while my brothers are in the trenches." Vorskla said players would wear '
        "black armbands at Saturday's home game against Kryvbas and that a minute's "
        'silence would be held before kick-off. "He was the loudest man in the '
        'dressing room and the first one at every training session," head coach '
        "Vitaliy Kosovskyi said. The Sports Ministry says that more than 500 "
        "Ukrainian athletes and coaches have been killed since Russia's full-scale "
        "invasion began. Kostenko is survived by his wife and a four-year-old "
        "daughter. His funeral will take place in Poltava on Saturday morning.",
        "B",
        "killed in action",
    ),
    (
        "Sudzha residents flee as Ukrainian troops push into Kursk region",
        "Thousands of residents of Russia's Kursk region have left their homes since "
        "Ukrainian troops crossed the border on Tuesday morning, and fighting was "
        "still going on around the town of Sudzha on Thursday, according to local "
        "officials and residents who spoke to Meduza. The Defense Ministry in Moscow "
        'said its forces were "destroying enemy formations" in the border '
        "districts but gave no details about where the front line ran. Acting "
        "Governor Alexei Smirnov said about 3,000 people had been taken to temporary "
        "accommodation centres in Kursk and that buses were being sent to villages "
        "closer to the border. Residents described leaving by car with nothing but "
        'documents while shells were landing on the outskirts. "We drove out past '
        'burning tractors, nobody told us anything," a woman from a village near '
        "Sudzha wrote in a local Telegram chat. Military bloggers reported that "
        "Ukrainian armoured columns had advanced up to 10 kilometres in places. Kyiv "
        "did not officially comment on the operation for the first two days. The "
        "Kremlin declared a federal state of emergency in the region on Thursday. "
        'Vladimir Putin called the incursion "a large-scale provocation" at a '
        "meeting with security officials. Residents of Kursk city queued at blood "
        "donation points on Wednesday and Thursday, local media reported. Volunteers "
        "at the accommodation centres said they were short of medicine, diapers and "
        "clothing for children. The regional health ministry said dozens of "
        "civilians had been wounded, including children, and that several had been "
        "killed by shelling and drone strikes. Schools in Kursk that were due to "
        "host summer camps have been turned into shelters for the evacuees.",
        "B E M D",
        "cross-border incursion",
    ),
    (
        "Drone attack sets Saratov refinery ablaze, fuel prices climb",
        "Ukrainian drones struck an oil refinery in Saratov early on Sunday, setting "
        "off a large fire that burned for most of the day, regional governor Roman "
        "Busargin said. One worker was killed and two others were taken to hospital "
        "with burns, he wrote on Telegram. Russia's Defense Ministry said air "
        "defences had downed 32 drones over the Saratov and Volgograd regions "
        "overnight. Ukraine's General Staff said the refinery, which processes about "
        "7 million tonnes of crude a year, supplied fuel to the Russian army. The "
        "attack was at least the fourth on the plant since the start of the year. "
        "Wholesale gasoline prices on the St Petersburg exchange rose to a record on "
        "Monday, with traders blaming a wave of drone strikes that have knocked out "
        "part of the country's refining capacity. Several regions in the Far East "
        "and Crimea have already reported shortages of AI-95 at filling stations.",
        "E",
        "drone strike",
    ),
    (
        "Pont-Sondé: Gran Grif gang kills dozens, residents flee to Saint-Marc",
        "Heavily armed members of the Gran Grif gang attacked the town of "
        "Pont-Sondé, in the lower Artibonite, in the early hours of Thursday, "
        "killing dozens of residents and setting fire to houses and vehicles, local "
        "authorities and witnesses told Le Nouvelliste. The government commissioner "
        "of Saint-Marc said at least 70 people had been killed, including women and "
        "babies, and that some of the victims had been shot in their beds. The "
        "gunmen, who came from their stronghold in Savien, also burned motorcycles "
        "and a truck loaded with rice on the national road. Thousands of people fled "
        "toward Saint-Marc, where they are staying in schools, churches and with "
        "relatives, the mayor's office said. The gang's leader, Luckson Elan, "
        "claimed in an audio message that the attack was revenge against residents "
        "who supported a self-defence group that had been collecting tolls on the "
        'road. The Prime Minister denounced a "heinous crime" and announced the '
        "deployment of police and Multinational Security Support mission "
        "reinforcements in the area. The UN human rights office said it was "
        "horrified by the killings. Farmers in the region said the violence had "
        "already forced them to abandon rice fields, the breadbasket of the country. "
        "Doctors at Saint-Nicolas hospital in Saint-Marc treated at least 16 people "
        "for gunshot wounds. Some of the displaced said they had hidden in rice "
        "paddies for hours before escaping. The International Organization for "
        "Migration said more than 6,000 people had fled Pont-Sondé and nearby "
        "localities in the two days following the attack. Transport on national road "
        "No 1 between Port-au-Prince and the north was suspended on Thursday, "
        "leaving dozens of buses stranded in Saint-Marc.",
        "V D",
        "massacre",
    ),
    (
        "Gangs storm Mirebalais, free inmates from prison as police retreat",
        "Gangs of the Viv Ansanm coalition attacked Mirebalais on Monday and took "
        "control of large parts of the town after several hours of fighting with the "
        "police, local officials and residents said. The assailants attacked the "
        "civil prison and released more than 500 inmates, and set fire to the police "
        "station and several public buildings, a municipal official told Le "
        "Nouvelliste. Police units that had been sent from Port-au-Prince over the "
        "weekend withdrew toward Hinche on Monday afternoon, residents said. At "
        "least a dozen people were killed during the attack, among them an elderly "
        "couple who were shot in front of their house, according to a local human "
        "rights organization. Thousands of residents fled on foot toward Lascahobas, "
        "Hinche and the Dominican border, while others took refuge in the hills. The "
        "University Hospital of Mirebalais, run by Zanmi Lasante, evacuated patients "
        "and suspended its services. Mirebalais is a strategic crossroads on the "
        "national road linking the capital to the Central Plateau, and the gangs had "
        "been attacking nearby towns such as Saut-d'Eau and Lascahobas for weeks. "
        "The Transitional Presidential Council said in a statement that it was "
        '"mobilizing all available forces" to retake the town. Gang leaders posted '
        "videos on social media showing their men parading in the town square.",
        "B V D H",
        "gang offensive",
    ),
    (
        "Schools close for two weeks as JNIM fuel blockade grips Bamako",
        "The Ministry of National Education announced on Sunday the closure of "
        "schools and universities across the country for two weeks, citing fuel "
        "shortages caused by the blockade imposed by the jihadists of the Support "
        "Group for Islam and Muslims (JNIM). Since early September, JNIM fighters "
        "have been attacking tanker convoys on the roads from Senegal and Côte "
        "d'Ivoire, and at least 40 fuel trucks were burned last week on the Kayes "
        "and Sikasso axes, according to transporters' unions. Several drivers were "
        "killed and others were taken away by the attackers, the union of tanker "
        "drivers told Studio Tamani. In Bamako, motorists spend entire days queuing "
        "at the few service stations that still have petrol, and teachers and "
        "students say they can no longer get to class. Power cuts have lengthened as "
        'the power plants run short of diesel. "We sleep at the pump, and in the '
        'morning there is nothing," said a moto-taxi driver in Kalaban Coura. The '
        "transitional government says the army is escorting convoys and that the "
        "situation will improve in the coming days. JNIM announced in August that it "
        "would block fuel imports into the country. In several regional towns, "
        "prices of a litre of petrol on the black market have tripled.",
        "H V T",
        "fuel blockade",
    ),
    (
        "Barsalogho: many civilians killed in jihadist attack while digging trenches",
        "Armed men attacked the town of Barsalogho, in the Centre-Nord region of "
        "Burkina Faso, on Saturday morning, killing a large number of civilians and "
        "soldiers who were digging defensive trenches around the town, local sources "
        "and residents said. The inhabitants had been mobilized by the authorities "
        "to dig the trenches to protect the town against attacks, a resident who "
        "survived said. The JNIM, the al-Qaeda-linked jihadist group, claimed "
        'responsibility for the attack, saying it had targeted "militias" working '
        "with the army. Survivors described fighters on motorcycles opening fire on "
        "the crowds working in the trenches, which were about three kilometres from "
        "the town centre. Several videos shared on social media show dozens of "
        "bodies lying in the ditches. The government described the attack as a "
        '"terrorist" act and said it had killed many of the assailants, without '
        "giving a toll of the victims. Local sources spoke of at least 200 dead, a "
        "figure that could not be independently confirmed. The health centre in "
        "Barsalogho was overwhelmed, and some of the wounded were evacuated to Kaya. "
        "The town has been under blockade by the jihadists for more than two years "
        "and receives supplies mainly by air.",
        "T V H",
        "terrorist attack",
    ),
    (
        "Police detain over 100 as protest against mobilization turns violent in Makhachkala",
        "Police in Makhachkala detained more than 100 people on Sunday during a "
        "protest against the mobilization that turned into clashes between "
        "demonstrators and security forces in the city center, according to the "
        "rights group OVD-Info and local media. Several hundred people, many of them "
        'women, gathered outside the Russian Drama Theatre chanting "No to war" '
        'and "Our children are not fertilizer," before riot police moved in. '
        "Videos published by Meduza's partners show officers dragging women into "
        "police vans and protesters hitting police with sticks and throwing stones. "
        "Police fired warning shots into the air near the central square, according "
        "to witnesses. Dagestan's head Sergei Melikov said the republic's residents "
        'had been "misled" and that mistakes had been made in the draft, promising '
        "to return people who had been wrongly called up. Protests also broke out in "
        "the village of Endirei, where residents blocked a federal highway and "
        "police fired into the air to disperse them. The partial mobilization "
        "announced by Vladimir Putin on Wednesday has hit Dagestan and other poor "
        "regions particularly hard. Thousands of men of military age have left "
        "Russia through the borders with Georgia and Kazakhstan since the "
        "announcement. Several detainees were handed draft summonses at police "
        "stations, OVD-Info said.",
        "U",
        "riot",
    ),
]
