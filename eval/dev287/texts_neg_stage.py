"""dev287 negatives, part one: war on the stage (war operas, plays about old wars, stage
battles and sword fights, critics' attacks), anniversaries of past wars and concerts for peace."""

NEGATIVES = [
    (
        "War and Peace in Munich: Tcherniakov stages Borodino in a hall of columns",
        "Prokofiev's War and Peace is an opera that seems to demand everything at once: a "
        "ballroom, a burning Moscow, the retreat of an army through snow. Dmitri Tcherniakov's "
        "new production for the Bavarian State Opera sets all thirteen scenes in a single "
        "marble hall, where refugees sleep on camp beds while the Rostovs dance. The battle of "
        "Borodino is fought with chairs, tables and shouting, and it is more frightening than "
        "any cannon. Vladimir Jurowski conducts with fierce control, keeping the patriotic "
        "choruses of the second half at arm's length. Andrei Zhilikhovsky is a moving Andrei, "
        "dying in a field hospital of folding screens. The staging will divide audiences, and "
        "on Sunday there were boos for the director alongside the cheers. It runs until April, "
        "with a livestream on 2 April. Jurowski, who was born in Moscow, has spoken out against "
        "Russia's invasion of Ukraine, and the programme book includes an essay on the opera's "
        "use by Soviet propaganda.",
        "entertainment",
    ),
    (
        "Henry V review: Kit Harington's king wins Agincourt in a nightclub",
        "Max Webster's production at the Donmar Warehouse opens with a party and ends with a "
        "wedding, and between the two there is a war. Kit Harington's Hal begins as a drunk in "
        "a sequinned jacket and becomes a cold-eyed commander who orders the killing of "
        "prisoners without raising his voice. The siege of Harfleur is staged with strobe "
        "lights and recorded gunfire, and the battle of Agincourt is a blur of bodies in body "
        "armour. The sword fights, choreographed by Kate Waters, are short and ugly. Much of "
        "the French court speaks in French with surtitles, which makes Katherine's scenes "
        "funnier and sadder. At nearly three hours it is long, but the final image of the two "
        "crowns sitting on a bare table stays with you. Until 11 June. Harington, best known as "
        "Jon Snow in Game of Thrones, speaks the verse cleanly and without bombast. The St "
        "Crispin's Day speech is delivered in a whisper to a handful of exhausted soldiers "
        "rather than shouted from a rampart.",
        "entertainment",
    ),
    (
        "Akram Khan's Xenos remembers the colonial soldiers of the First World War",
        "Akram Khan says that Xenos is the last full-length solo he will dance, and it is a "
        "farewell fit for the scale of its subject. The piece, which premiered at the Onassis "
        "Cultural Centre in Athens before touring to Sadler's Wells, follows an Indian dancer "
        "conscripted into the trenches of Flanders in 1915. Khan begins at a wedding, ankle "
        "bells ringing, and ends in a slope of earth where ropes become barbed wire and "
        "telephone lines. More than a million Indian soldiers served in the war, a history the "
        "piece refuses to let the audience forget. Musicians playing live at the back of the "
        "stage mix kathak rhythms with the thud of shells. It is not a comfortable evening, but "
        "it is a great one. The set, by Mirella Weingarten, is a single raked slope that "
        "swallows Khan by the end. At an hour, it feels both short and endless. The piece has "
        "since toured to more than 20 cities, and Khan has said he will concentrate on "
        "choreographing for other dancers.",
        "entertainment",
    ),
    (
        "War Horse gallops back to the West End for its 15th anniversary",
        "The National Theatre's War Horse is returning to London this autumn, fifteen years "
        "after the puppet horse Joey first took to the stage of the Olivier. The production, "
        "adapted from Michael Morpurgo's novel about a farm boy who follows his horse to the "
        "Western Front, has been seen by more than eight million people in 11 countries. The "
        "Handspring Puppet Company's life-size horses, each worked by three puppeteers, will be "
        "rebuilt for the run. The cavalry charge into machine-gun fire at the end of the first "
        "act remains one of the most famous scenes in modern theatre. Tickets go on sale on "
        "Friday, and the run at the Wyndham's is scheduled to last until March. The original "
        "staging by Tom Morris and Marianne Elliott will be revived by the same creative team, "
        "with music by Adrian Sutton and songs by John Tams. The show has also played on "
        "Broadway, where it won five Tony awards in 2011, and in Toronto, Berlin and Beijing. A "
        "new generation of puppeteers has been training since January.",
        "entertainment",
    ),
    (
        "The Ferryman on Broadway: Jez Butterworth's Troubles drama fills the Jacobs",
        "Jez Butterworth's The Ferryman, set on a farm in County Armagh during the hunger "
        "strikes of 1981, opened on Broadway on Thursday to the kind of reviews that usually "
        "mean a long run. The play begins with the discovery of a body in a bog, a man who "
        "disappeared ten years earlier, and from there the violence of the Troubles seeps into "
        "a harvest supper. Paddy Considine leads a cast of more than 20, including a baby, a "
        "goose and a rabbit. Sam Mendes directs with a patience that makes the final minutes "
        "almost unbearable. Some critics in Belfast have questioned the portrayal of the IRA "
        "men who visit the farmhouse. It is booking until July. Laura Donnelly, whose own uncle "
        "was among the Disappeared, plays Caitlin Carney. The production, first seen at the "
        "Royal Court in 2017, transferred to the Gielgud before crossing the Atlantic. At more "
        "than three hours it is long, but few in the audience seemed to notice.",
        "entertainment",
    ),
    (
        "Silent Night, the opera of the 1914 Christmas truce, arrives in Washington",
        "Kevin Puts's opera Silent Night, which won the Pulitzer Prize for music in 2012, tells "
        "the story of the Christmas truce of 1914, when Scottish, French and German soldiers "
        "left their trenches to sing carols and play football in no man's land. Washington "
        "National Opera's production opens on Saturday at the Kennedy Center. The first act "
        "ends in a bayonet charge, staged by Tomer Zvulun with soldiers frozen in silhouette "
        "against a wall of smoke. The truce scenes are sung in English, French, German and "
        "Latin, and an Opera Lyra tenor plays the German singer who walks out alone with a "
        "candle. The company has added a matinee for schools. Running time is two and a half "
        "hours. Puts gives the chorus of soldiers some of the score's most beautiful music. The "
        "piece has been staged by more than a dozen American companies since its premiere in "
        "Minnesota. It is sung by a cast of 40, with an orchestra of just under 60.",
        "entertainment",
    ),
    (
        "Meet the fight director who taught the Globe's Macbeth to kill",
        "Every night at Shakespeare's Globe, Macbeth cuts down Macduff's family, slays young "
        "Siward and is finally beheaded, and every night nobody is hurt. That is the job of "
        "Yarit Dor, the fight director who spends the first week of rehearsal teaching actors "
        "how to fall, how to swing a broadsword without hitting the groundlings and how to make "
        'a stab look real from the upper gallery. "A stage fight is a dance in which both '
        'partners agree to lose," she says. The blades are blunted steel, and each move is '
        "counted like a bar of music. A fight call before every performance runs through the "
        "battle scenes at half speed. Dor has worked on 40 productions and says the hardest "
        "part is the mud. For the biggest falls she brings in trained stunt performers. Her "
        'next job is a Hamlet in Stratford, where the duel in the last act is, she says, "the '
        'hardest four minutes in Shakespeare".',
        "entertainment",
    ),
    (
        "Innocence review: Saariaho's school-shooting opera is devastating at Aix",
        "Kaija Saariaho's Innocence, premiered at the Festival d'Aix-en-Provence on Saturday, "
        "is set at a wedding in Helsinki ten years after a shooting at an international school, "
        "and it never shows the killing itself. Instead, the revolving house designed by Chloé "
        "Lamford turns between the wedding and the classroom, where the surviving pupils speak "
        "and sing in nine languages. Sofi Oksanen's libretto makes the waitress at the wedding "
        "the mother of the gunman. Susanna Mälkki conducts the London Symphony Orchestra with "
        "pitiless clarity. Vilma Jää, a Finnish folk singer, makes an extraordinary debut as "
        "one of the dead girls. The production travels to Amsterdam, London and San Francisco. "
        "The libretto avoids sensational detail and is more concerned with guilt than with the "
        "act itself. At about 105 minutes without an interval, it feels exactly the right "
        "length.",
        "entertainment",
    ),
    (
        "Black Watch returns: the play about Scottish soldiers in Iraq, 15 years on",
        "National Theatre of Scotland's Black Watch, Gregory Burke's play built from interviews "
        "with soldiers of the Scottish regiment who served in Iraq in 2004, is back on tour "
        "this spring. Staged in a drill hall with the audience on either side, the play moves "
        "between a Fife pub and Camp Dogwood, where three soldiers were killed by a suicide "
        "bomber. John Tiffany's production is famous for its sequences of movement, among them "
        "the soldiers reading letters from home in sign language and the regiment's history "
        "told as a fashion parade of uniforms. A new cast of ten young actors rehearsed for six "
        "weeks with a former sergeant. The tour opens in Glasgow and visits Perth, Inverness "
        "and Belfast. The production premiered at the Edinburgh fringe in 2006 and has since "
        "been seen by more than 250,000 people on four continents. Burke said the play had a "
        "new meaning for audiences who were not born when the invasion of Iraq began.",
        "entertainment",
    ),
    (
        "Les Troyens at the Bastille: Troy falls, Carthage burns, and the chorus triumphs",
        "Berlioz's Les Troyens is the opera that houses build their seasons around, and the "
        "Paris Opéra has marked its 350th anniversary with a five-hour staging at the Bastille. "
        "Dmitri Tcherniakov turns the fall of Troy into a military coup in a modern capital, "
        "with Cassandra screaming at generals who will not listen. The Greek soldiers hidden in "
        "the wooden horse arrive as a SWAT team, and the slaughter that follows is offstage but "
        "audible. Stéphanie d'Oustrac's Cassandre is the evening's heroine. Philippe Jordan "
        "conducts with clarity and stamina, and the chorus, under orders from all sides, sounds "
        "magnificent. The Carthage acts, set in a rehabilitation centre for traumatised "
        "veterans, are less persuasive. At almost five and a half hours with two intervals, it "
        "is an endurance test for the audience as much as for the cast. The run is sold out, "
        "but returns are released each day.",
        "entertainment",
    ),
    (
        "Mother Courage at the Berliner Ensemble drags her cart through the Thirty Years' War",
        "Brecht wrote Mother Courage and Her Children in exile in 1939, and the Berliner "
        "Ensemble, the company he founded, revives it this season in a sparse staging by Oliver "
        "Reese. Stefanie Reinsperger pulls the canteen wagon around a revolving stage, selling "
        "boots and brandy to both sides of a war that has lasted a generation and losing her "
        "three children to it one by one. The drum of the mute daughter Kattrin, beaten on a "
        "roof to warn a town of a night attack, is the loudest sound of the evening. Paul "
        "Dessau's songs are played by a four-piece band. Reinsperger does not ask for sympathy, "
        "and gets it. The production runs in repertory until June. Reese's staging has none of "
        "the famous half-curtain of the 1949 production, and the songs are sung straight to the "
        "audience. Tickets start at €10 for students. At three hours with an interval, it never "
        "drags, and the final image of the mother harnessing herself alone to the wagon is as "
        "bleak as Brecht intended.",
        "entertainment",
    ),
    (
        "Critics savage the Met's new Aida, and the Met fights back",
        "The Metropolitan Opera's new production of Aida, which opened the season on Monday, "
        "has come under attack from critics who called it a museum tour rather than an opera. "
        "Michael Mayer's staging frames the story with archaeologists excavating a tomb in the "
        "1920s, and the famous triumphal march is accompanied by ghostly projections rather "
        'than horses. One New York reviewer described the evening as "a battle lost on every '
        "front\" while another praised Angel Blue's radiant Aida. The Met's general manager, "
        "Peter Gelb, said the barrage of negative reviews had not dented ticket sales, with the "
        "run nearly sold out. Yannick Nézet-Séguin's conducting was widely praised. The "
        "production will be broadcast live to cinemas on 27 January. The last time the Met "
        "built a new Aida, in 1988, the production stayed in the repertoire for 35 years. Gelb "
        "said he expected this one to last at least as long.",
        "entertainment",
    ),
    (
        "Kyiv City Ballet at the Edinburgh fringe: a company that never went home",
        "Kyiv City Ballet was on tour in France when Russia invaded Ukraine, and it has been "
        "travelling ever since, with a base in Paris and a repertoire that mixes Balanchine "
        "with new work by Ukrainian choreographers. Its season at the Edinburgh Festival Fringe "
        "opens with Thirteen Fifteen, a short piece built on a lullaby, and closes with the "
        "Polovtsian Dances, which some of the dancers say they now dance with different "
        "feelings. Founder Ivan Kozlov says the company has given more than 300 performances "
        "abroad. Several dancers have not seen their families for a year, and messages from "
        "home are read in the wings between numbers. The run at the Festival Theatre is almost "
        "sold out. The company has performed in more than 80 cities in France alone. Proceeds "
        "from a gala on the last night of the run will go to a fund for Ukrainian dancers. "
        "Kozlov said the company wanted audiences to see Ukrainian dance, not only Ukrainian "
        "suffering.",
        "entertainment",
    ),
    (
        "Britten's War Requiem returns to Coventry Cathedral 60 years after its premiere",
        "Benjamin Britten's War Requiem was heard again in Coventry Cathedral on Sunday, 60 "
        "years to the day after its first performance at the consecration of the new building "
        "beside the ruins of the old one, destroyed by German bombers in November 1940. The "
        "City of Birmingham Symphony Orchestra, under Mirga Gražinytė-Tyla, performed with "
        "soloists from Britain, Germany and Russia, as Britten had originally intended. Wilfred "
        "Owen's poems, set for tenor and baritone, were sung among the Latin of the Mass for "
        "the Dead. Around 1,500 people filled the nave, and the performance was broadcast on "
        "BBC Radio 3. The cathedral's Cross of Nails ministry organised a reconciliation "
        "service the following morning. Britten, a pacifist, dedicated the work to four friends "
        "who died in the Second World War. Tickets for the anniversary performance were "
        "allocated by ballot.",
        "history",
    ),
    (
        "Leningrad Symphony played in St Petersburg for 80th anniversary of end of siege",
        "The St Petersburg Philharmonic performed Shostakovich's Seventh Symphony on Saturday "
        "to mark 80 years since the end of the siege of Leningrad, which lasted 872 days and "
        "killed an estimated 800,000 civilians, most of them from starvation. The symphony, "
        "known as the Leningrad, was famously played in the besieged city in August 1942 by a "
        "depleted radio orchestra whose musicians were given extra rations to survive "
        "rehearsals. Among the audience were survivors of the blockade, some of whom were "
        "children when it began. The concert was followed by a torchlit procession along Nevsky "
        "Prospect and a fireworks display over the Neva. Tickets were distributed free to "
        "veterans' associations. Many of the musicians who gave the 1942 performance did not "
        "live to see the end of the siege. The first page of Shostakovich's score is on display "
        "in the Philharmonic's foyer this month.",
        "history",
    ),
    (
        "Thirty years on, Sarajevo's cellist plays again in the ruins",
        "Sarajevo marked 30 years since the beginning of the siege of the city on Wednesday "
        "with a concert in the rebuilt national library, the Vijećnica, where the cellist "
        "Vedran Smailović once played Albinoni's Adagio amid the rubble. Smailović, who now "
        "lives in Northern Ireland, sent a recorded message. The Sarajevo Philharmonic "
        "performed works written during the siege, which lasted from April 1992 to February "
        "1996 and killed more than 11,000 people. Across the city, 11,541 red chairs had been "
        "set out on Titova street in 2012 for the 20th anniversary, and organisers recreated "
        "part of the installation. The Sarajevo Winter Festival, founded in the first winter of "
        "the siege, helped to organise the evening. Many of the orchestra's players were not "
        "born when the siege ended. The evening closed with the Adagio, played by a young "
        "cellist from the city's music academy.",
        "history",
    ),
    (
        "At Verdun, 3,400 young people run among the graves to mark the centenary",
        "More than 3,400 young French and German people ran through the military cemetery at "
        "Douaumont on Sunday in a choreography by the film director Volker Schlöndorff, as "
        "Angela Merkel and François Hollande marked 100 years since the battle of Verdun. To "
        "the sound of drums, the runners scattered among the white crosses, then fell to the "
        "ground as if shot, before rising and walking together. The battle, which lasted ten "
        "months in 1916, left some 300,000 soldiers dead. Some veterans' associations had "
        "criticised plans for a concert by a rap artist, which was cancelled. The two leaders "
        "relit the flame at the ossuary, where the bones of 130,000 unidentified soldiers lie. "
        "Schlöndorff said the performance was meant to show the absurdity of the battle rather "
        "than its heroism. About 4,000 guests watched from temporary stands. The ceremony ended "
        "with the Ode to Joy.",
        "history",
    ),
    (
        "Hiroshima orchestra plays for peace on the bombing's 70th anniversary",
        "The Hiroshima Symphony Orchestra performed in the city's Peace Memorial Park on "
        "Thursday evening to mark 70 years since an American B-29 dropped an atomic bomb on the "
        "city, killing an estimated 140,000 people by the end of 1945. The programme included "
        "Krzysztof Penderecki's Threnody to the Victims of Hiroshima and Beethoven's Ninth "
        "Symphony, with a choir of more than 500 local singers. Martha Argerich, the "
        "orchestra's \"peace and music ambassador\", played Schumann's concerto. Earlier, tens of "
        "thousands of people observed a minute's silence at 8.15am, the moment of the blast. "
        "Lanterns were floated on the Motoyasu river after the concert. The orchestra has held "
        "a concert for peace every August since the 1960s. Survivors of the bombing, known as "
        "hibakusha, were seated in the front rows. Their average age is now over 80. A "
        "recording of the evening will be broadcast by NHK on Sunday.",
        "history",
    ),
    (
        "Second World War bomb found near Dresden's Semperoper forces evacuation",
        "Dresden's Semperoper cancelled its evening performance of Der Rosenkavalier on "
        "Wednesday after construction workers found an unexploded Second World War bomb in the "
        "bed of the Elbe near the Carola bridge. Police evacuated about 10,000 people from the "
        "old town, including guests at several hotels, while bomb disposal experts worked to "
        "defuse the 250kg British device. The operation took longer than expected because of "
        "the low water level and the position of the fuse, and the all-clear was given shortly "
        "after 2am. Allied air raids in February 1945 destroyed much of Dresden's centre, "
        "including the opera house, which was rebuilt and reopened in 1985. Ticket holders will "
        "be offered a free seat at a later performance. Such finds remain common in Germany, "
        "where thousands of tonnes of unexploded ordnance are discovered each year. A similar "
        "bomb was found in the Elbe close to the Augustus bridge in 2011.",
        "history",
    ),
    (
        "Cambodia's classical dancers, who survived the Khmer Rouge, pass on the repertoire",
        "When the Khmer Rouge emptied Phnom Penh in 1975, most of Cambodia's classical dancers "
        "and their teachers were among the estimated 1.7 million people who died under the "
        "regime. Of the royal ballet, only a handful survived. In a studio of the Royal "
        "University of Fine Arts, one of them, now in her seventies, is teaching a group of "
        "teenagers the gestures of the apsara dance, which she reconstructed from memory in the "
        "1980s. The Royal Ballet of Cambodia was inscribed on Unesco's list of intangible "
        "heritage in 2008. A documentary about the teachers premieres at the Phnom Penh "
        'international film festival next month. "Every hand position is a sentence," she says. '
        "Fewer than one in ten of the palace's dancers and musicians are thought to have "
        "survived the years of the regime. Many of today's dancers are the grandchildren of "
        "survivors. The government now funds a school that trains about 100 pupils a year in "
        "the classical forms.",
        "history",
    ),
    (
        "Barenboim's West-Eastern Divan Orchestra marks 25 years of playing together",
        "The West-Eastern Divan Orchestra, founded by Daniel Barenboim and the late Palestinian "
        "scholar Edward Said to bring together young Israeli and Arab musicians, celebrates its "
        "25th anniversary this summer with a tour of Europe that begins at the Salzburg "
        "Festival. Barenboim, whose health forced him to step back from many engagements, will "
        "conduct the opening concert of Beethoven and Tchaikovsky. The orchestra has always "
        "insisted that it is not a peace project but a place where musicians listen to each "
        "other, though its concerts have become associated with calls for dialogue. Its players "
        "rehearse in Seville, and many have since joined major orchestras. The tour ends in "
        "Berlin's Pierre Boulez Saal. Its most celebrated concert remains the one it gave in "
        "Ramallah in 2005. A documentary about the orchestra's early years will be shown on "
        "German television during the tour.",
        "peace",
    ),
    (
        "North Korean orchestra performs in Gangneung ahead of the Winter Olympics",
        "North Korea's Samjiyon orchestra performed in the South Korean city of Gangneung on "
        "Thursday, the first concert by a North Korean troupe in the South since 2002, as the "
        "two countries used the Pyeongchang Winter Olympics to ease tensions. The 140-member "
        "ensemble played Korean folk songs and pieces from the western classical repertoire to "
        "an audience of about 800, most of whom won tickets in a lottery. Hyon Song-wol, who "
        "led the delegation, also sang. South Korean officials described the performance as a "
        "step towards dialogue, and a second concert was scheduled for Seoul. A few dozen "
        "conservative activists protested outside, burning pictures of Kim Jong-un. The "
        "orchestra's arrival by ferry at the port of Mukho was the first visit by a North "
        "Korean passenger ship in years. It was also the first time South Korean audiences had "
        "seen the troupe, which was formed only weeks before the Games.",
        "peace",
    ),
    (
        "Cartagena concert celebrates Colombia's peace deal with the Farc",
        "Thousands of people gathered on the city walls of Cartagena on Monday evening for a "
        "concert marking the signing of the peace agreement between the Colombian government "
        "and the Farc guerrillas, ending more than 50 years of conflict. The Batuta national "
        "youth orchestra, made up of children from regions hit hardest by the war, played "
        "alongside the salsa singer Yuri Buenaventura and a choir from Bojayá. Guests at the "
        "signing, including the UN secretary-general, wore white. The agreement still has to be "
        "approved in a referendum on 2 October. Organisers said 2,500 white doves made of paper "
        "had been folded by schoolchildren in Cartagena for the evening. The signing ceremony "
        "was attended by 15 heads of state. Rodrigo Londoño, the Farc commander known as "
        "Timochenko, asked the victims for forgiveness. Children from the orchestra said they "
        "had rehearsed for three months, some of them travelling for two days by boat and bus "
        "to reach the city.",
        "peace",
    ),
    (
        "Eritrean band plays Addis Ababa for the first time in two decades as borders reopen",
        "An Eritrean band performed in Addis Ababa on Sunday night for the first time in 20 "
        "years, as Ethiopia and Eritrea celebrated a peace deal that ended two decades of "
        "hostility after their 1998-2000 border war. Thousands of people packed the Millennium "
        "Hall to hear songs that had circulated for years on smuggled cassettes. Ethiopia's "
        "prime minister Abiy Ahmed and Eritrea's president Isaias Afwerki attended, and the "
        "audience waved both flags. Flights between the two capitals resumed last week, and "
        "families separated by the closed border have been reunited at Bole airport. The band's "
        "singer said he had dreamed of the concert since he was a boy. Tickets for the concert "
        "sold out within hours, organisers said. A return concert by Ethiopian singers in "
        "Asmara is planned for next month. Many in the crowd were Eritreans who had lived in "
        "Addis Ababa for decades without being able to visit home, and some wept as the first "
        "song began.",
        "peace",
    ),
]
