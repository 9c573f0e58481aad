"""dev355 negatives: peaceful rallies, crime treated as crime, and trials of past attacks."""

NEGATIVES = [
    (
        "AfD Rally in Magdeburg Passes Off Peacefully Under Heavy Police Presence",
        "About 3,500 supporters of the Alternative for Germany gathered on Magdeburg's cathedral square on Saturday for a campaign rally, while some 2,000 people demonstrated against them on the other side of a police cordon. The police, who had deployed 1,200 officers from several states, said the day passed off peacefully apart from a few shouting matches. One counter-protester was detained for displaying a banned symbol on a placard, and released after his details were taken. AfD state leader Jan Wenzel Schmidt told the crowd that his party would “win the battle for Saxony-Anhalt”. The Mitteldeutsche Zeitung, quoted by Die Zeit, reports that traffic in the city centre was diverted for several hours. Organisers of the counter-demonstration said they had been kept too far away to be heard.",
        "protest",
    ),
    (
        "Pegida Marks Tenth Anniversary With Shrinking March in Dresden",
        "A few hundred people joined the anti-Islam movement Pegida on Sunday for what its founder Lutz Bachmann said would be its last big march through Dresden, ten years after the first one. At its peak in January 2015 the movement drew 25,000 people to the city's Theaterplatz. Police said the march, which wound past the Semperoper, was peaceful and that there had been no arrests. A counter-rally by the “Herz statt Hetze” alliance drew roughly the same number of people. Political scientists quoted by the Süddeutsche Zeitung say Pegida prepared the ground for the AfD's later success in Saxony. Bachmann, who lives in Tenerife, spoke by video link. Several speakers attacked the government's policy on Ukraine.",
        "protest",
    ),
    (
        "Hundreds of Thousands March Against the Far Right Across Germany",
        "More than 1.4 million people took part in demonstrations against right-wing extremism across Germany over the weekend, according to organisers, after a report about a secret meeting in Potsdam at which AfD members discussed mass deportations. In Munich, the rally had to be called off early because too many people had come to the Theresienwiese, police said. In Berlin, around 100,000 people formed a human chain around the Reichstag building. Police in all major cities reported no incidents. Chancellor Scholz and several ministers joined marches in their constituencies. The investigative website Correctiv had revealed the meeting, Der Spiegel reports. Organisers said the protests would continue every weekend until the state elections in the east.",
        "protest",
    ),
    (
        "Farmers Block Motorway Slip Roads With Tractors on Day of Action",
        "Thousands of farmers drove their tractors to motorway junctions and town centres across Germany on Monday in protest at the government's plan to cut subsidies for agricultural diesel. In Berlin, several thousand tractors lined the road to the Brandenburg Gate, and police reported long queues on the A2 and A7. Some protesters hung gallows and effigies on their vehicles, which the farmers' association condemned. Police said the protests were largely peaceful, with a handful of complaints for coercion at blockades. Farmers' president Joachim Rukwied called it “the beginning of a week of action”. The FAZ reports that the government has already partially withdrawn the cuts. Haulage firms and craftsmen joined several of the convoys.",
        "protest",
    ),
    (
        "Last Generation Activists Glue Themselves to Munich Airport Runway Access",
        "Six climate activists of the group Last Generation glued themselves to a service road at Munich airport on Friday, halting traffic on the southern runway for about an hour during the start of the Bavarian school holidays. Police removed them with solvent and detained them; a judge later ordered preventive custody for up to 30 days under Bavaria's police law. The airport said 18 flights were diverted or delayed. Bavaria's interior minister Joachim Herrmann called the action “criminal” and demanded higher penalties. The group said it wanted to draw attention to the climate damage caused by aviation. Der Spiegel reports that the activists had cut through a perimeter fence. Similar protests took place in Berlin and Hamburg the same year.",
        "protest",
    ),
    (
        "Vienna: Thousands Rally Against Coronavirus Mandate Without Incident",
        "Around 20,000 people marched around Vienna's Ring boulevard on Saturday against the government's plan to make coronavirus vaccinations compulsory, police said. The demonstrators, among them members of the far-right FPÖ and the Identitarian movement, carried banners calling the government “dictators”. Police, who had deployed about 1,400 officers, reported the march as peaceful and said 21 people were charged with not wearing masks. A counter-demonstration on the Heldenplatz drew a few hundred. Der Standard notes that the protests have become weekly events. FPÖ leader Herbert Kickl addressed the crowd by video. The vaccine mandate takes effect in February. The government says it will send reminder letters to every unvaccinated adult first.",
        "protest",
    ),
    (
        "Aschaffenburg: Man Who Killed Toddler in Park Was Mentally Ill, Prosecutors Say",
        "The 28-year-old Afghan who stabbed a two-year-old boy and a 41-year-old man to death in a park in Aschaffenburg on Wednesday had a history of psychiatric treatment and is to be placed in a closed psychiatric institution, prosecutors said on Thursday. The man attacked a group of children from a kindergarten with a kitchen knife; a two-year-old Syrian girl and a 72-year-old man who tried to help were seriously injured. Police found no evidence of an Islamist or other political motive, Bavaria's interior minister said. The suspect had been due to leave Germany and had told the authorities he would go voluntarily. The killing has nevertheless triggered a fierce debate about migration, the Süddeutsche Zeitung reports. The mayor called for a minute's silence in the city's schools.",
        "crime",
    ),
    (
        "Brokstedt Train Stabbing: Life Sentence for Killing Two Teenagers",
        "The regional court in Itzehoe sentenced a 34-year-old stateless Palestinian to life imprisonment on Wednesday for stabbing two teenagers to death and wounding four other people on a regional train near Brokstedt in Schleswig-Holstein. The judges found he had acted out of anger and a sense of having been wronged, not for any political or religious reason. The 17-year-old girl and her 19-year-old boyfriend were on their way home from school. The man had been released from pre-trial detention in Hamburg six days before the attack, the NDR reports. The court also found the particular severity of guilt, which makes early release after 15 years unlikely. The defence said it would appeal. The case led to a review of how prisons share information with immigration offices.",
        "crime",
    ),
    (
        "Hamburg Shooting at Jehovah's Witnesses Hall Leaves Eight Dead",
        "A former member of the Jehovah's Witnesses shot dead seven people, among them a seven-month-old foetus, at a prayer hall in Hamburg's Alsterdorf district on Thursday evening before killing himself, police said. Eight other people were injured. The 35-year-old man held a legal weapons licence as a sport shooter and had fired more than 100 rounds with a semi-automatic pistol. Police found no evidence of a political motive; investigators believe he had a grudge against the congregation, which he had left in bad terms. An anonymous letter had warned the weapons authority months earlier that he might be mentally ill, Die Zeit reports. Interior Minister Nancy Faeser promised a review of gun laws. Police reached the hall within minutes, which officials say probably prevented more deaths.",
        "crime",
    ),
    (
        "Mannheim Driver Who Killed Two Had Psychiatric History, No Political Motive",
        "The man who drove a car into pedestrians in Mannheim's main shopping street on Monday, killing two people and injuring eleven, had been treated for a psychiatric illness, prosecutors said on Tuesday. The 40-year-old German from Ludwigshafen shot himself in the mouth with a flare gun when police stopped him and is in hospital. Investigators said they had found no indication of an extremist or religious motive, though he had a conviction from 2018 for posting hate speech online. A 83-year-old woman and a 54-year-old man died at the scene on the Planken, a few hundred metres from where a police officer was fatally stabbed a year earlier. The FAZ reports that the carnival parade on the same street had been cancelled. The state prosecutor in Mannheim is investigating him for murder.",
        "crime",
    ),
    (
        "Green Vault Heist: Five Clan Members Convicted Over Dresden Jewel Theft",
        "A Dresden court convicted five members of the Remmo family on Tuesday over the 2019 theft of 18th-century jewellery from the Green Vault museum, handing down prison terms of up to six years and three months. The men had set fire to an electrical box to cut power to the street lights and broke in through a window with an axe. Most of the loot, valued at 113 million euros, was returned to the museum in a plea deal, though several pieces remain missing. The judge said the break-in had been planned with almost military precision. The Süddeutsche Zeitung notes that the same family had already been convicted over the theft of a 100-kilogramme gold coin from Berlin's Bode Museum. A sixth defendant was acquitted. The museum has since reopened with tighter security.",
        "crime",
    ),
    (
        "Taylor Swift Concerts in Vienna Cancelled After Plot Uncovered",
        "Organisers cancelled all three Taylor Swift concerts at Vienna's Ernst Happel stadium on Wednesday night after police arrested a 19-year-old man on suspicion of planning an attack on the fans. Police said he had pledged allegiance to the Islamic State and had searched for explosives, which investigators found at his home in Ternitz in Lower Austria, along with chemicals. A second suspect, a 17-year-old, was arrested in Vienna. The head of the state security service said the man had wanted to kill as many people as possible outside the stadium. About 65,000 fans had been expected at each show. Der Standard reports that the tip came from US intelligence. No attack took place, and the suspects are in pre-trial detention.",
        "crime",
    ),
    (
        "Berlin Clan Feud: Six Arrested After Shooting in Neukölln",
        "Police arrested six men in raids across Berlin on Thursday in connection with a shooting outside a café in Neukölln last week, in which a 32-year-old man was wounded in the leg. Investigators believe the shooting was part of a feud between two extended families over control of the drug trade in the district, Der Tagesspiegel reports. Special forces searched eleven flats and seized two pistols, cash and several luxury watches. Berlin's interior senator Iris Spranger said the state would “not back down” in its fight against clan crime. The wounded man has refused to cooperate with the police. Prosecutors are investigating the suspects for attempted manslaughter. Residents say shots are heard on Sonnenallee more often than they used to be.",
        "crime",
    ),
    (
        "Breitscheidplatz Victims Still Fighting for Compensation Eight Years On",
        "Eight years after the attack on the Christmas market at Berlin's Breitscheidplatz, survivors and relatives of the dead say they are still waiting for adequate compensation and care, Der Tagesspiegel reports, as quoted by Die Zeit. Many had to fight for years for recognition of their injuries and psychological trauma. A parliamentary inquiry concluded in 2021 that the authorities had made serious mistakes in monitoring the attacker, who had been known to the police as a potential threat. On Thursday the city held a memorial service at the golden crack set into the steps of the Memorial Church, where the names of the victims are engraved. The government's victims' commissioner said the system of compensation had been reformed since. Several survivors said they avoid Christmas markets to this day.",
        "history",
    ),
    (
        "Halle Synagogue Attacker Gets Life Sentence",
        "The regional court in Magdeburg sentenced the man who attacked the synagogue in Halle in October 2019 to life imprisonment on Monday, with preventive detention to follow. The judges found him guilty of two murders and several counts of attempted murder. Presiding judge Ursula Mertens said he was “a cowardly anti-Semite” who had shown no remorse. More than 40 survivors had appeared as co-plaintiffs during the trial of more than five months, many of them giving evidence about the hours spent barricaded in the synagogue. The sentence is the harshest available under German law, the FAZ notes. The 28-year-old had tried to take hostages during an escape attempt from prison in May. His defence has said it will not appeal.",
        "crime",
    ),
    (
        "Osnabrück Evacuates 14,000 Residents to Defuse Five Wartime Bombs",
        "The city of Osnabrück evacuated about 14,000 residents on Sunday so that bomb disposal experts could defuse five British aircraft bombs from the Second World War found on the site of a former barracks. It was the largest evacuation in the city's post-war history, and included a hospital and two care homes. The 250-kilogramme bombs were made safe in just under four hours, the fire brigade said. Some residents spent the day in emergency shelters at schools, while others went to relatives. Around 200 tonnes of bombs were dropped on Osnabrück during the war, and the city expects to find more. The Neue Osnabrücker Zeitung, quoted by Der Spiegel, reports that the search cost the city several million euros. Trains to and from the main station were halted for the duration.",
        "history",
    ),
    (
        "Stutthof Secretary, 96, Convicted as Accessory to 10,505 Murders",
        "A court in Itzehoe on Tuesday convicted a 97-year-old former secretary at the Stutthof concentration camp of being an accessory to murder in 10,505 cases and gave her a two-year suspended sentence. Irmgard F. worked in the camp commandant's office between 1943 and 1945 as a teenager, typing his correspondence. The judge said she must have known what was happening in the camp, where prisoners were killed in a gas chamber, by shooting and by deliberately lethal conditions. She had briefly fled before the trial opened in 2021 and was caught by police in Hamburg. The defendant said at the end that she was sorry for everything that had happened. Die Zeit describes it as probably one of the last Nazi trials in Germany. Survivors' lawyers welcomed the verdict.",
        "history",
    ),
    (
        "Sachsenhausen Guard, 101, Sentenced to Five Years",
        "A court in Brandenburg an der Havel on Tuesday sentenced a 101-year-old former SS guard at the Sachsenhausen concentration camp to five years in prison for assisting in the murder of more than 3,500 prisoners. The man, Josef S., had denied ever working at the camp and said he had been a farm labourer in Pasewalk. The judges found that documents bearing his name, date of birth and place of birth proved he served there between 1942 and 1945. He is the oldest person to be tried for Nazi-era crimes in Germany. Because of his age, he is unlikely ever to go to prison, the Süddeutsche Zeitung notes. The trial was held in a gym near his care home. More than a dozen co-plaintiffs from several countries had joined the case.",
        "history",
    ),
]
