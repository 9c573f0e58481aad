"""dev287 negatives, part three: accidents and disasters that hit companies and halls,
epidemics that closed them, and the ordinary news of the desk."""

NEGATIVES = [
    (
        "Army's Alexandrov Ensemble loses 64 members in Black Sea plane crash",
        "Sixty-four singers, dancers and musicians of the Alexandrov Ensemble, the Russian "
        "army's official choir, were among the 92 people killed when a defence ministry Tu-154 "
        "crashed into the Black Sea shortly after taking off from Sochi on Sunday. The ensemble "
        "was flying to the Hmeimim air base in Syria to give a New Year concert for Russian "
        "troops. Investigators said they were examining pilot error and a technical fault, and "
        "ruled out a terrorist attack as unlikely. Divers recovered the flight recorders on "
        "Tuesday. The choir, famous for its renditions of Kalinka and Katyusha, has toured the "
        "world since the 1930s. Its director, Valery Khalilov, was among the dead. Flowers were "
        "laid outside the ensemble's Moscow rehearsal building. Russia declared Monday a "
        "national day of mourning. Also on board were a well-known charity worker, Elizaveta "
        "Glinka, and nine journalists.",
        "accident",
    ),
    (
        "Ceiling collapse at Naples theatre injures eight during matinee",
        "Eight people were taken to hospital on Sunday after part of the decorated plaster "
        "ceiling of a theatre in central Naples fell on to the stalls during a matinee of a "
        "Neapolitan comedy. Firefighters said heavy rain over recent days had seeped into the "
        "roof of the 19th-century building. The injured, including a 72-year-old woman with a "
        "head wound, were not in a serious condition, hospital officials said. About 300 people "
        "were evacuated. Prosecutors opened an inquiry into whether safety inspections had been "
        "carried out, and the theatre was sealed. The company said the rest of the run would "
        "move to another venue. Structural engineers are due to inspect the building this week. "
        "Italy's culture ministry said it would release emergency funds to inspect historic "
        "theatres in the region. Audience members described hearing a loud crack before the "
        "plaster fell.",
        "accident",
    ),
    (
        "Stagehand killed by falling scenery at Oslo opera house",
        "A stagehand died on Wednesday after being struck by a piece of scenery that fell from "
        "the fly tower during the set-up for a ballet performance at the Norwegian National "
        "Opera and Ballet in Oslo, police said. The 38-year-old man was taken to Ullevål "
        "hospital but could not be saved. The evening's performance of The Nutcracker was "
        "cancelled, and the opera house said it would remain closed on Thursday. The Norwegian "
        "Labour Inspection Authority has opened an investigation into the accident. Staff were "
        'offered counselling. The general manager said the company was "in deep sorrow" and '
        "that its thoughts were with the man's family and colleagues. Colleagues held a "
        "minute's silence on the main stage on Thursday afternoon. It was the first fatal "
        "accident at the building since it opened on the Oslo waterfront in 2008. The "
        "Nutcracker will resume on Saturday.",
        "accident",
    ),
    (
        "Antakya choir mourns members killed in earthquake",
        "The Antakya Civilisations Choir, which brought together singers of the city's Muslim, "
        "Christian and Jewish communities, has lost at least six of its members in the "
        "earthquakes that devastated southern Turkey and northern Syria, its founder said. More "
        "than 50,000 people were killed in Turkey alone, and much of Antakya's old town was "
        "reduced to rubble. The choir, which had performed in Europe and at the Vatican, sang "
        "in seven languages. Surviving members are living in tents and container towns in Hatay "
        "province, and some have moved to relatives in Istanbul and Mersin. A benefit concert "
        "for the choir will be held in Istanbul's Cemal Reşit Rey hall next month. Its founder "
        "said the choir would sing again in Antakya. Rescue teams from dozens of countries "
        "worked in the city in the days after the quakes. The choir's conductor was pulled "
        "alive from the rubble of his apartment building after 40 hours.",
        "disaster",
    ),
    (
        "Valencia floods ruin music school and instruments of a town band",
        "The floods that swept through towns south of Valencia destroyed the music school and "
        "nearly every instrument of the Unión Musical of Paiporta, one of the oldest community "
        "bands in the region, its president said. Water reached two metres inside the building, "
        "where 150 students took classes in wind and percussion. More than 220 people died in "
        "the floods, most of them in the towns around Paiporta, and thousands of residents lost "
        "their homes and cars. Orchestras across Spain have started a campaign to donate "
        "clarinets, trumpets and drums. The Palau de les Arts opera house in Valencia held a "
        "charity concert on Sunday. Band members said they would rehearse in a school gym. Many "
        "members of the band also lost relatives and neighbours in the flood. Community bands "
        "are a central part of life in the Valencia region, which has hundreds of them. "
        "Soldiers helped to clear mud from the building last week.",
        "disaster",
    ),
    (
        "Wildfire destroys homes of dozens of Los Angeles musicians",
        "Dozens of Los Angeles musicians, among them members of the Los Angeles Philharmonic "
        "and studio players who record film scores, lost their homes and instruments in the "
        "wildfires that swept through Pacific Palisades and Altadena, the musicians' union "
        "said. Local 47 of the American Federation of Musicians said it had received more than "
        "120 requests for help. The fires killed at least 28 people and forced more than "
        "150,000 residents to evacuate, officials said. A cellist described driving away with "
        "her instrument as the hills above her house burned. The Philharmonic has set up a fund "
        "for affected players, and instrument makers have offered loans. A benefit concert at "
        "the Hollywood Bowl is being planned. Many of the players lost not only instruments but "
        "also scores and recordings built up over decades. Insurers have warned that some "
        "claims could take months.",
        "disaster",
    ),
    (
        "Met Opera cancels the rest of its season as coronavirus closes theatres",
        "The Metropolitan Opera has cancelled the rest of its season and laid off its "
        "orchestra, chorus and stagehands as New York's theatres remain closed because of the "
        "coronavirus pandemic, the company said. The Met said it expected to lose about $60 "
        "million in revenue. Broadway theatres went dark last week after the state banned "
        "gatherings of more than 500 people, and the Kennedy Center and Carnegie Hall have also "
        "cancelled events. The Met will stream archived performances free each night. Union "
        "officials said they were negotiating with management over health insurance for "
        "laid-off workers. General manager Peter Gelb said he would take no salary. More than "
        "1,000 workers were affected. The company said it hoped to reopen in the autumn. Other "
        "opera houses across the US have taken similar decisions. The company's next "
        "production, a new Wozzeck, was due to open in two weeks, and its sets had already been "
        "built.",
        "health",
    ),
    (
        "Vienna Philharmonic tours Japan under strict Covid testing rules",
        "The Vienna Philharmonic arrived in Fukuoka on Thursday for an 11-concert tour of "
        "Japan, one of the few foreign orchestras allowed into the country during the "
        "coronavirus pandemic. All 86 musicians and staff were tested before departure and will "
        "be tested every few days during the tour, travelling on a chartered aircraft and a "
        "reserved bullet train. The orchestra's chairman said the tour was a gesture of "
        "friendship and proof that concerts could be held safely. Japanese health authorities "
        "agreed to waive the usual 14-day quarantine on condition that players did not leave "
        "their hotels except for concerts. Valery Gergiev conducts the programmes of Brahms and "
        "Tchaikovsky. The orchestra has toured Japan almost every year for decades. Tickets for "
        "all 11 concerts sold out within days. The musicians were asked to keep a daily health "
        "diary and to avoid restaurants and shops, and a doctor travels with the orchestra.",
        "health",
    ),
    (
        "Hamburg's Elbphilharmonie opens after years of delays and cost overruns",
        "Hamburg's Elbphilharmonie, the concert hall built on top of a brick warehouse in the "
        "port, opened on Wednesday evening with a concert by the NDR Elbphilharmonie Orchestra "
        "under Thomas Hengelbrock, nearly seven years late and at ten times its original "
        "budget. The building, designed by Herzog and de Meuron, cost about €789 million. Its "
        "main hall seats 2,100 people around a central stage, with acoustics by Yasuhisa "
        "Toyota. Chancellor Angela Merkel attended the opening, and light projections turned "
        "the glass facade into a display of colour. Tickets for the first season sold out "
        "within hours. The public plaza has already drawn more than 500,000 visitors. The "
        "project, first proposed in 2003, had been expected to open in 2010 and cost €77 "
        "million. A parliamentary inquiry blamed poor planning and repeated contract changes "
        "for the rising costs. Critics praised the clarity of the sound.",
        "other",
    ),
    (
        "Gustavo Dudamel to leave Los Angeles for the New York Philharmonic",
        "Gustavo Dudamel will become music director of the New York Philharmonic in 2026, the "
        "orchestra announced on Tuesday, ending a 17-year tenure at the Los Angeles "
        "Philharmonic that made him one of the most famous conductors in the world. The "
        "Venezuelan conductor, who rose through El Sistema, the youth orchestra network in his "
        "home country, will start as music director designate in 2025. The Philharmonic has "
        "just reopened the renovated David Geffen Hall. Dudamel said he had struggled with the "
        "decision to leave Los Angeles. He will also continue to lead his foundation's youth "
        "programmes. Critics called the appointment a coup for New York. Dudamel, who is 42, "
        "has led the Los Angeles orchestra since 2009. His contract in New York runs for five "
        "years. The Los Angeles Philharmonic said it would begin the search for a successor "
        "immediately. New York audiences will hear him next at Geffen Hall in a programme of "
        "Mahler in the spring.",
        "other",
    ),
    (
        "From the ruins of Yarmouk to the Konzerthaus: the pianist who played in the rubble",
        "A decade ago, Aeham Ahmad wheeled a piano into the streets of Yarmouk, the Palestinian "
        "district of Damascus, and sang with children among the ruins. Videos of those songs "
        "were shared around the world. Now living in Wiesbaden, he is preparing for a sold-out "
        "solo concert at Berlin's Konzerthaus, where he will play his own compositions and "
        "Palestinian folk songs. He has recorded three albums and written a memoir, and tours "
        'across Germany with his trio. His wife and two sons joined him in Germany in 2016. "I '
        'am not a refugee pianist any more," he says. "I am a pianist." He gives about 80 '
        "concerts a year. Ahmad left Syria in 2015, after Islamic State fighters burned his "
        "piano, and reached Germany through Turkey and the Balkans. He received the "
        "International Beethoven Prize for human rights that year. Tickets for Berlin went "
        "within a day. His programme in Berlin includes a new piece written for his sons.",
        "other",
    ),
]
