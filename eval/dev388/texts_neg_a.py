"""Negatives of dev388: crushes, collapses, fires and crashes, the weather at festivals,
shootings and plots with no political violence carried out, illness and the military without
violence. (title, text, kind code)."""

NEGATIVES = [
    (
        "Eight dead in crowd surge at Travis Scott's Astroworld festival",
        "Eight people died and dozens were injured when the crowd surged towards the stage during "
        "Travis Scott's headline set at the Astroworld festival in Houston on Friday night, city "
        "officials said. About 50,000 people were at NRG Park. Fire Chief Samuel Pena said the "
        "crowd 'began to compress towards the front of the stage' at about 9.15pm, causing panic "
        "as people fell and were trampled. Seventeen people were taken to hospital, 11 of them in "
        "cardiac arrest. Videos posted online showed fans climbing a camera platform and pleading "
        "with crew to stop the show, which went on for more than 30 minutes after the first calls "
        "for help. 'It was like being in a vice,' one 19-year-old said. Houston police said they "
        "had opened a criminal investigation, including into reports that someone had injected a "
        "security guard with drugs. Scott said he was 'absolutely devastated' and would cover the "
        "victims' funeral costs. The second day of the festival was cancelled.",
        "accident",
    ),
    (
        "Two dead after crush outside Brixton Academy at Asake gig",
        "A second woman has died after a crush outside the O2 Academy Brixton, where the Nigerian "
        "Afrobeats star Asake was performing, the Metropolitan Police said on Tuesday. Gaby "
        "Hutchinson, a 23-year-old security worker, died on Saturday, and Rebecca Ikumelo, a "
        "33-year-old mother of two, died in hospital on Monday. A third person remains in a "
        "critical condition. Crowds without tickets tried to force their way through the venue's "
        "front doors, and the show was halted after about an hour. Lambeth council suspended the "
        "venue's licence for three months while police investigate. 'People were shouting that "
        "they could not breathe,' one fan said. Asake said he was heartbroken and had not been "
        "aware of the scale of the problem while on stage. The Academy, one of London's "
        "best-loved venues with a capacity of about 5,000, has hosted acts from the Clash to Bob "
        "Dylan. Its operator, the Academy Music Group, said it was cooperating fully.",
        "accident",
    ),
    (
        "Rigging failure blamed as stage roof falls on crew before Lisbon festival",
        "A technician was killed and four others were injured when the roof of the main stage at "
        "a music festival on the outskirts of Lisbon collapsed during set-up on Tuesday, "
        "Portugal's civil protection authority said. The steel truss structure gave way while "
        "lighting equipment was being lifted, trapping workers underneath. Firefighters freed two "
        "men after more than an hour. The weather was calm at the time, and investigators were "
        "examining a hoist and the anchoring of the frame, a spokesperson for the labour "
        "inspectorate said. The festival, which was due to open on Thursday with about 40,000 "
        "people a day, said it would go ahead on its two smaller stages. 'Our thoughts are with "
        "our colleague's family,' the organisers said. The union representing stage crews said "
        "contractors had been under pressure to finish the build a day early. The stage had been "
        "supplied by a Dutch rental company.",
        "accident",
    ),
    (
        "Pyrotechnics blamed as fire sweeps Bucharest club during metal gig",
        "At least 27 people were killed and more than 180 injured when a fire swept through the "
        "Colectiv nightclub in Bucharest during a free concert by the metalcore band Goodbye to "
        "Gravity on Friday night, Romanian officials said. Witnesses said fireworks set off on "
        "stage ignited soundproofing foam on a pillar and the ceiling, and the fire spread within "
        "seconds. About 400 people were inside the former factory building, which had a single "
        "narrow exit. 'It was a wall of smoke, people were falling on top of each other,' a "
        "survivor told Digi24. Many of the injured had severe burns and lung damage, and "
        "hospitals appealed for blood donors. The government declared three days of national "
        "mourning. Prosecutors opened a manslaughter investigation into the club's owners and the "
        "pyrotechnics company. Several members of the band were among the most seriously hurt. "
        "Thousands of people gathered outside the club on Saturday to lay flowers and light "
        "candles.",
        "accident",
    ),
    (
        "Members of norteno band killed as tour bus plunges off highway in Durango",
        "Four members of the Mexican norteno group Los Hijos del Valle and their driver were "
        "killed when their tour bus left the road and fell into a ravine on the Durango-Mazatlan "
        "highway early on Sunday, state authorities said. Three other musicians and two road crew "
        "were injured and were taken to hospital in Durango. The band was travelling from a "
        "concert in Torreon to a dance in Sinaloa. Investigators said the bus appeared to have "
        "lost its brakes on a steep section known as El Espinazo del Diablo, and that rain had "
        "made the road slippery. The group, which formed in 2009 and had a string of radio hits, "
        "said on social media that the survivors were in a stable condition. Fans left flowers at "
        "the entrance to the band's label offices in Monterrey. 'They were on the road 200 days a "
        "year,' their manager said. The highway, with its bridges and tunnels, has a history of "
        "serious crashes.",
        "accident",
    ),
    (
        "Eleven die in crush at Fally Ipupa concert in Kinshasa stadium",
        "Eleven people, including two police officers, died in a crush at a packed concert by the "
        "Congolese rumba star Fally Ipupa at the Stade des Martyrs in Kinshasa, the interior "
        "minister said on Sunday. The 80,000-capacity stadium was overcrowded, with thousands "
        "more fans pushing at the gates and climbing walls, witnesses said. The crush happened in "
        "a stairwell after a power cut plunged part of the ground into darkness, according to a "
        "police statement. 'It was a stampede, people were stepping on each other,' one fan told "
        "Radio Okapi. Ipupa played on until late, apparently unaware of the deaths. The singer "
        "said the next day that he was deeply saddened and would pay for the funerals. The "
        "government ordered an inquiry into security at the stadium and into the number of "
        "tickets sold. The concert had been billed as a homecoming after two years of touring in "
        "Europe.",
        "accident",
    ),
    (
        "Fan dies as heat index hits 59C at Taylor Swift's Rio show",
        "A 23-year-old fan died after collapsing at Taylor Swift's concert at Rio de Janeiro's "
        "Nilton Santos stadium on Friday, as a heatwave pushed the heat index in the city to "
        "59.7C, organisers said. Ana Clara Benevides was treated by paramedics at the stadium and "
        "died later in hospital. Fans complained that water bottles had been confiscated at the "
        "gates and that queues had stretched for hours in the sun. Swift postponed Saturday's "
        "show, saying the safety of fans had to come first, and wrote that she was 'shattered'. "
        "Brazil's justice minister said he would order promoters to provide free water at large "
        "events. 'It was like being in an oven,' said one fan who fainted twice. Meteorologists "
        "said Rio was in the grip of one of the hottest spells on record. The promoter, T4F, said "
        "it had followed all safety rules. Swift was due to play Sao Paulo later in the month.",
        "disaster",
    ),
    (
        "Burning Man revellers told to shelter in place as rain turns desert to mud",
        "Tens of thousands of people at the Burning Man festival in Nevada's Black Rock Desert "
        "were told to conserve food and water and stay where they were after heavy rain turned "
        "the dry lake bed into thick mud, organisers said on Saturday. Gates were closed to "
        "vehicles and the ritual burning of the wooden effigy was postponed. About 70,000 people "
        "were at the site, and some walked several miles through the mud to the nearest road. The "
        "Pershing County sheriff's office said it was investigating one death during the storm "
        "but that it was not weather-related. Several musicians, among them DJ Diplo, hitched "
        "lifts out and posted videos of the trek. 'It's a swamp out here, but people are sharing "
        "everything,' one camp organiser said. Organisers said they expected the roads to reopen "
        "by Monday. The storm brought more than two months of rain in 24 hours, the National "
        "Weather Service said.",
        "disaster",
    ),
    (
        "Gust of wind brings down stage at Spanish beach festival, killing one",
        "One man was killed and about 40 people were injured when a powerful gust of wind brought "
        "down part of the main stage at the Medusa electronic music festival in Cullera, near "
        "Valencia, early on Saturday, emergency services said. The 22-year-old was hit by falling "
        "structure as winds of up to 80km/h swept the beach area during a rare phenomenon known "
        "as a heat burst, the state weather agency said. Temperatures had risen above 40C in the "
        "middle of the night. Organisers suspended the festival, which had expected about 50,000 "
        "people a day. Regional emergency services said three of the injured were in a serious "
        "condition. Videos showed panels and lighting rigs crashing to the ground as people ran "
        "for the exits. The Valencian government said it would review safety checks on temporary "
        "stages. Spain has endured several heatwaves this summer.",
        "disaster",
    ),
    (
        "Wildfires force Nova Scotia festival to cancel as smoke blankets region",
        "A folk festival in Nova Scotia cancelled its weekend programme after wildfires burning "
        "out of control north-west of Halifax forced the evacuation of about 16,000 residents, "
        "organisers said. The provincial government declared a state of emergency and banned "
        "travel into the woods. Air quality in the city hit its worst level on record, "
        "Environment Canada said, and thick smoke turned the sky orange. 'You can't ask people to "
        "breathe this for three days and call it a festival,' the artistic director said. Around "
        "200 homes have been destroyed in the Tantallon area, officials said. Several performers "
        "offered to play a benefit show later in the summer for families who lost their houses. "
        "Firefighters from the US and Australia were flying in to help. Canada is facing one of "
        "its earliest and most severe fire seasons, with blazes also burning in Alberta and "
        "Quebec.",
        "disaster",
    ),
    (
        "Hurricane Milton knocks out Florida concerts as millions told to evacuate",
        "Promoters cancelled or postponed a string of concerts in Tampa and Orlando this week as "
        "Hurricane Milton bore down on Florida's west coast, with millions of residents under "
        "evacuation orders. Green Day moved a show at Raymond James Stadium, and the Kia Center "
        "in Orlando said it would stay closed until after the storm. Governor Ron DeSantis warned "
        "of the largest evacuation the state had seen in years, and the National Hurricane Center "
        "forecast a storm surge of up to 15 feet in Tampa Bay. Fuel stations ran dry along the "
        "interstates. 'Nobody needs a rock show more than they need to get out of the way,' a "
        "venue manager said. Milton struck two weeks after Hurricane Helene killed more than 200 "
        "people across the south-east. Ticket holders were told to keep their tickets for "
        "rescheduled dates. Several artists said they would donate proceeds to relief efforts.",
        "disaster",
    ),
    (
        "Istanbul stars raise millions for quake survivors in marathon concert",
        "Turkish pop and rock stars raised about 115 million lira in a six-hour televised concert "
        "for survivors of the earthquakes that struck southern Turkey and northern Syria, "
        "organisers said. More than 45,000 people were killed in Turkey alone, and hundreds of "
        "thousands are living in tents and containers in Hatay, Kahramanmaras and Adiyaman, "
        "according to the disaster agency AFAD. Tarkan, Sezen Aksu and Athena were among the "
        "performers, and several artists who had lost relatives spoke between songs. Money will "
        "go to the Turkish Red Crescent and to a fund for rebuilding schools. 'We are singing for "
        "people who have nothing left,' the singer Sertab Erener said. The army and rescuers from "
        "dozens of countries worked for more than two weeks to pull survivors from the rubble. "
        "Some concertgoers in Istanbul wore hard hats in solidarity with the search teams. A "
        "similar event is planned in Izmir.",
        "disaster",
    ),
    (
        "Gunman fires into crowd at Las Vegas country festival, killing dozens",
        "A gunman firing from the 32nd floor of the Mandalay Bay hotel killed at least 58 people "
        "and wounded more than 500 at a country music festival on the Las Vegas Strip late on "
        "Sunday, police said. The shooter, a 64-year-old local man named as Stephen Paddock, "
        "opened fire on the crowd of about 22,000 as Jason Aldean played the closing set of the "
        "Route 91 Harvest festival. He was found dead in his room when officers broke in, "
        "surrounded by more than 20 guns. Clark County Sheriff Joseph Lombardo said investigators "
        "had found no evidence of a link to any terrorist group, and the FBI said there was no "
        "known motive. 'He was a lone wolf,' Lombardo said. Concertgoers described lying flat "
        "behind bars and barriers as the bursts of fire went on for several minutes. Aldean said "
        "the night had been 'beyond horrific'. It was the deadliest mass shooting in modern US "
        "history.",
        "crime",
    ),
    (
        "Migos rapper Takeoff shot dead outside Houston bowling alley",
        "Takeoff, a member of the hip-hop trio Migos, was shot dead early on Tuesday outside a "
        "bowling alley in downtown Houston, police said. The 28-year-old, whose real name was "
        "Kirsnick Khari Ball, was hit during an argument over a dice game involving a group of "
        "about 40 people, Houston police chief Troy Finner said. Two other people were wounded. "
        "Finner said Takeoff 'was not involved in any criminal activity' and was an innocent "
        "bystander. His uncle and bandmate Quavo was at the scene and was not hurt. Police later "
        "charged a 33-year-old man with murder. Tributes poured in from across the music "
        "industry, and fans gathered outside the venue with candles. Migos, formed in Atlanta in "
        "2008, scored a string of hits including 'Bad and Boujee'. Takeoff's death adds to a "
        "string of killings of young rappers in recent years.",
        "crime",
    ),
    (
        "Keffe D goes on trial over the 1996 killing of Tupac Shakur",
        "Jury selection is due to begin in Las Vegas in the murder trial of Duane 'Keffe D' "
        "Davis, the former gang leader accused of orchestrating the 1996 drive-by shooting of "
        "Tupac Shakur, prosecutors said. Davis, 61, was arrested last year after police searched "
        "his home as part of a reopened investigation. Prosecutors say he supplied the gun used "
        "in the attack and was in the car from which the rapper was shot near the Strip. He has "
        "pleaded not guilty. Shakur, 25, died six days after the shooting, which came amid a feud "
        "between East and West Coast rap scenes. Davis has spoken about the night in interviews "
        "and in a memoir, which prosecutors plan to use as evidence. His lawyers say those "
        "accounts were told for entertainment and money. The trial is expected to last several "
        "weeks. Shakur's family has said it hopes the trial will bring answers.",
        "crime",
    ),
    (
        "Taylor Swift's Vienna shows cancelled after police foil Islamist plot",
        "Taylor Swift's three sold-out concerts at Vienna's Ernst Happel stadium were cancelled "
        "on Wednesday night after Austrian police arrested a 19-year-old man suspected of "
        "planning an attack on the crowds, officials said. The suspect, who had pledged "
        "allegiance to the Islamic State group online, had chemicals and detonators at his home "
        "in Lower Austria, the head of the state security service said. A second suspect was "
        "detained in Vienna. No attack took place. About 195,000 fans had tickets for the shows, "
        "and thousands had already travelled to the city. Many gathered in the streets of the "
        "city centre on Thursday to sing Swift's songs and swap friendship bracelets. 'I'm "
        "devastated but I'm glad everyone is safe,' said a fan from Munich. The promoter "
        "Barracuda Music said all tickets would be refunded. Austria's chancellor said a tragedy "
        "had been prevented.",
        "crime",
    ),
    (
        "Drill rapper stabbed to death in north London, police appeal for witnesses",
        "A 21-year-old drill rapper was stabbed to death in Tottenham on Thursday night, the "
        "Metropolitan Police said, in what detectives believe was a targeted attack. Officers and "
        "paramedics found the man with stab wounds on a residential street shortly after 10pm, "
        "and he died at the scene. Two teenagers have been arrested on suspicion of murder. "
        "Detectives said they were looking into whether the killing was linked to a long-running "
        "dispute between groups from neighbouring estates. The victim had more than 10 million "
        "views on YouTube for tracks that referred to local 'opps' and 'war'. His family "
        "described him as a loving son who was trying to make music his way out. Police have "
        "previously asked YouTube to remove drill videos they say incite violence, a practice "
        "civil liberties groups have criticised. A candlelit vigil was held on Friday evening. "
        "Anyone with information has been asked to call police or Crimestoppers anonymously.",
        "crime",
    ),
    (
        "Celine Dion cancels entire world tour as stiff person syndrome worsens",
        "Celine Dion has cancelled all remaining dates of her Courage world tour, saying she is "
        "not yet strong enough to perform as she is treated for stiff person syndrome, a rare "
        "neurological disorder. The Canadian singer revealed the diagnosis in December, saying "
        "the condition caused muscle spasms that affected her ability to walk and sing. 'I'm "
        "working really hard to build back my strength, but touring can be very demanding,' she "
        "said in a statement. The 2023 and 2024 dates in Europe were scrapped, and fans will "
        "receive refunds. Dion, 55, has been battling the illness for years, her sister told "
        "French television. Doctors say there is no cure but that treatment can ease the "
        "symptoms. The disease affects about one in a million people. Tributes and messages of "
        "support flooded her social media accounts. A documentary about her life with the illness "
        "is due out next year.",
        "health",
    ),
    (
        "Justin Bieber postpones shows after facial paralysis diagnosis",
        "Justin Bieber has postponed several concerts of his Justice world tour after being "
        "diagnosed with Ramsay Hunt syndrome, a viral infection that has left half of his face "
        "paralysed. In a video posted on Instagram, the 28-year-old showed that he could not "
        "blink one eye or smile on one side of his face. 'This is pretty serious, as you can "
        "see,' he said, adding that he was doing facial exercises and resting. The syndrome is "
        "caused by the same virus as chickenpox and shingles. Shows in Toronto, Washington and "
        "New York were postponed. Doctors said most patients recover within months, though some "
        "have lasting weakness. Fans flooded his page with messages of support. Bieber later "
        "resumed the tour in Europe before cancelling its remaining dates in September to focus "
        "on his health. Promoters said all tickets for the postponed shows would remain valid.",
        "health",
    ),
    (
        "Festival-goers told to check vaccination status after measles case",
        "Health officials have urged people who attended a three-day dance music festival in the "
        "Netherlands to check whether they are vaccinated against measles, after a visitor from "
        "abroad was found to have been infectious while on site. The national public health "
        "institute RIVM said about 60,000 people may have been exposed in the main tent on "
        "Saturday and Sunday. Symptoms such as fever, a rash and red eyes can appear up to three "
        "weeks after exposure. Measles is highly contagious, and cases have been rising across "
        "Europe as vaccination rates fell during the pandemic. 'This is not a reason to panic, "
        "but it is a reason to look at your vaccination card,' a spokesperson said. Free "
        "vaccination sessions were being offered in several cities. The festival said it was "
        "working closely with health authorities. Next year's edition will go ahead as planned.",
        "health",
    ),
    (
        "Jin becomes first BTS member to enlist, as fans gather outside boot camp",
        "Jin, the oldest member of BTS, began his mandatory military service on Tuesday at a boot "
        "camp in Yeoncheon near the border with North Korea, becoming the first of the K-pop "
        "group's seven members to enlist. Hundreds of fans from around the world gathered "
        "outside, though the army and the band's label had asked them to stay away. The "
        "30-year-old will undergo five weeks of basic training before serving as an active-duty "
        "soldier for 18 months. South Korea requires all able-bodied men to serve, and a debate "
        "over whether pop stars should be exempted ended in October when the group's label said "
        "all members would serve. The defence ministry said Jin would receive no special "
        "treatment. Military police set up barriers on the road outside the camp. The band has "
        "said it plans to reunite in 2025. Travel agencies have already sold out fan tours timed "
        "for his discharge date.",
        "military",
    ),
    (
        "Royal Edinburgh Military Tattoo marches into its 75th season",
        "More than 1,000 performers, including massed pipes and drums from Scotland, Australia "
        "and the US, will take part in this year's Royal Edinburgh Military Tattoo on the castle "
        "esplanade, organisers said on Tuesday. The show, which draws about 220,000 people each "
        "August, will feature the bands of the Royal Marines and the Brigade of Gurkhas, as well "
        "as a military band from Switzerland. Tickets for opening night sold out within hours. "
        "The producer, a retired brigadier, said the theme would celebrate 75 years of friendship "
        "between nations. 'It's a parade, a concert and a fireworks show in one,' she said. A "
        "temporary grandstand holding 8,800 is being built in the castle forecourt. The Tattoo "
        "will also tour Australia next year. The event raises money for armed forces charities. "
        "Around 1,000 soldiers and volunteers are involved in building and running the show each "
        "year.",
        "military",
    ),
    (
        "Army to cut a third of its bands as defence budget squeezes ceremonial units",
        "The US Army plans to disband a third of its regional bands as part of a restructuring of "
        "its force and budget, defence officials said, a decision that has dismayed musicians and "
        "veterans' groups. The cuts will affect bands based in several states that play at "
        "funerals, parades and school events. The Army said the move would free up several "
        "hundred positions for combat and cyber units as it tries to meet its recruitment "
        "targets. 'Bands are one of the most effective recruiting tools we have,' a retired "
        "sergeant major said. Members of Congress from affected states wrote to the secretary of "
        "the Army asking for a review. The Marine Corps and Navy bands are not affected. Military "
        "bands have existed in the US since the Revolutionary War. The Army said soldiers in "
        "affected bands would be offered retraining. A decision on the remaining bands is "
        "expected in the spring.",
        "military",
    ),
]
