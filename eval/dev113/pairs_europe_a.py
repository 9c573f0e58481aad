"""dev113 contrast pairs 42-53, Europe: Ukraine, Russia, Armenia and Azerbaijan, Kosovo, Northern
Ireland, France.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        42,
        (
            "Russian forces seize Chernobyl after battle, Kyiv says",
            "Russian forces captured the Chernobyl nuclear power plant on Thursday after a "
            "fierce battle with the Ukrainian troops guarding the site, an adviser to President "
            "Volodymyr Zelensky said. The plant's staff were being held by Russian soldiers, and "
            "Ukraine's nuclear regulator said it had lost contact with the site. The Russian "
            "columns crossed from Belarus through the exclusion zone on the first day of the "
            "invasion, pushing towards Kyiv. The foreign ministry warned that fighting in the "
            "area could damage the storage facilities for spent nuclear fuel.",
            "B M",
            "invasion",
        ),
        (
            "Firefighters battle blaze in Chernobyl exclusion zone for tenth day",
            "More than 400 firefighters, backed by aircraft, were still fighting forest fires in "
            "the Chernobyl exclusion zone on Monday, ten days after they broke out near the "
            "village of Volodymyrivka, Ukraine's emergency service said. Officials said "
            "radiation levels in Kyiv, about 100 kilometres to the south, remained within normal "
            "limits. Police said a local man had admitted starting the fire by burning grass. "
            "Tour operators have suspended trips into the zone.",
            "disaster",
        ),
    ),
    (
        43,
        (
            "Russian glide bomb hits Kharkiv apartment block",
            "A Russian guided aerial bomb struck a nine-storey apartment building in Kharkiv's "
            "Saltivskyi district on Sunday afternoon, killing three people and wounding more "
            "than 40, regional governor Oleh Syniehubov said. Rescuers searched the rubble of "
            "the collapsed stairwell into the night. Kharkiv, 30 kilometres from the Russian "
            "border, has been hit almost daily by glide bombs and missiles since the spring.",
            "E",
            "aerial bombing",
        ),
        (
            "Kharkiv museum puts fragments of Russian missiles on display",
            "An exhibition of fragments of the Russian missiles, drones and artillery shells "
            "that have fallen on Kharkiv opened at the city's history museum on Friday, with "
            "curators labelling each piece with the date and place where it landed. Visitors "
            "queued around the building, and schoolchildren took photographs beside the tail of "
            "a Kh-101 cruise missile. The museum said the collection would travel to Warsaw and "
            "Vilnius later in the year.",
            "entertainment",
        ),
    ),
    (
        44,
        (
            "Russian drones and missiles hit Odesa port and grain terminals",
            "Russia attacked Odesa's port with drones and missiles for a third night on "
            "Thursday, damaging grain terminals and warehouses and setting several fires, the "
            "regional governor said. Ukraine's agriculture minister said about 60,000 tonnes of "
            "grain waiting to be loaded had been destroyed. The strikes came days after Moscow "
            "pulled out of the deal that allowed Ukrainian grain to be shipped across the Black "
            "Sea. A security guard was wounded, and air defences shot down most of the incoming "
            "drones, the military said. The port administration said loading had stopped at two "
            "terminals.",
            "E",
            "drone and missile strikes",
        ),
        (
            "Nova Poshta tests drone parcel deliveries in Lviv region",
            "Ukrainian courier firm Nova Poshta said on Tuesday it had made its first parcel "
            "delivery by drone, flying a package of medicines 11 kilometres between two villages "
            "in the Lviv region. The company plans to test the service in rural areas over the "
            "summer before applying for permission to fly regular routes. The drones will carry "
            "parcels of up to 2 kilograms, a spokeswoman said. The company already uses parcel "
            "lockers in most Ukrainian towns.",
            "economy",
        ),
    ),
    (
        45,
        (
            "Wagner fighters shoot down Russian aircraft as column races toward Moscow",
            "Wagner mercenaries advancing from Rostov-on-Don toward Moscow shot down several "
            "Russian military helicopters and a command aircraft on Saturday, killing more than "
            "a dozen airmen, Russian military bloggers said. Troops set up checkpoints and dug "
            "trenches on the southern approaches to the capital as the column passed Voronezh, "
            "where a fuel depot caught fire. Late in the evening Yevgeny Prigozhin said his men "
            "would turn back to avoid 'spilling Russian blood'.",
            "B",
            "mutiny",
        ),
        (
            "Tanks and Yars launchers roll across Red Square for Victory Day",
            "Thousands of troops, tanks and intercontinental missile launchers paraded across "
            "Red Square on Sunday to mark the 76th anniversary of the Soviet victory over Nazi "
            "Germany. President Vladimir Putin told the parade that Russia would 'firmly defend' "
            "its national interests.",
            "military",
        ),
    ),
    (
        46,
        (
            "Gunmen open fire at Crocus City Hall concert near Moscow",
            "Gunmen in camouflage opened fire on concertgoers at Crocus City Hall, a music venue "
            "in Krasnogorsk outside Moscow, on Friday evening before setting the building on "
            "fire, killing at least 60 people, Russian investigators said. Islamic State claimed "
            "responsibility through its Amaq news agency.",
            "T V",
            "terrorist attack",
        ),
        (
            "Crocus City Hall adds fourth date as veteran rockers sell out",
            "Tickets for three concerts by the veteran rock band Piknik at Crocus City Hall in "
            "Krasnogorsk sold out within days, the venue said on Monday, as the group marks 40 "
            "years on stage. The 6,000-seat hall will add a fourth date in December.",
            "entertainment",
        ),
    ),
    (
        47,
        (
            "Shelling of Belgorod city centre kills 24, Russia says",
            "Shells and rockets hit the centre of Belgorod on Saturday afternoon as residents "
            "shopped for New Year, killing at least 24 people, including three children, Russian "
            "officials said. Moscow blamed Ukraine and said cluster munitions had been used; "
            "Kyiv did not comment. Cars burned near the skating rink on Cathedral Square, and "
            "local hospitals asked for blood donors. The Russian defence ministry said it had "
            "shot down most of the projectiles.",
            "E V",
            "shelling of city",
        ),
        (
            "Russian warplane accidentally drops bomb on Belgorod",
            "A Russian Su-34 bomber accidentally dropped a bomb on Belgorod on Thursday night, "
            "leaving a crater 20 metres wide in a street and injuring two women, the defence "
            "ministry said. The ministry said the 'abnormal release of aviation munition' "
            "occurred during a flight over the city. Residents of nearby apartment blocks were "
            "moved out for the night while sappers checked the site.",
            "accident",
        ),
    ),
    (
        48,
        (
            "Ukrainian drones set off blasts at Russian arsenal in Toropets; town evacuated",
            "Ukrainian drones struck a large ammunition depot at Toropets in Russia's Tver "
            "region overnight, setting off explosions that registered as small earthquakes, "
            "according to Ukrainian security sources and Russian local officials. The regional "
            "governor said a fire had broken out after drone debris fell and that part of the "
            "town's population of 11,000 had been evacuated. Videos showed a fireball rising "
            "over the forest.",
            "E D",
            "drone strike on arsenal",
        ),
        (
            "Explosions at Siberian ammunition depot force evacuation of villages",
            "Explosions at a military ammunition depot near Achinsk in Russia's Krasnoyarsk "
            "region injured at least eight people on Monday and forced the evacuation of about "
            "11,000 residents from nearby villages, officials said. The defence ministry said a "
            "fire had set off artillery shells stored at the site. A state of emergency was "
            "declared, and trains on the Trans-Siberian railway were rerouted. One soldier was "
            "reported missing.",
            "accident",
        ),
    ),
    (
        49,
        (
            "Azerbaijani shelling hits Armenia's Jermuk; women and children evacuated",
            "Azerbaijani artillery and drones struck Jermuk and other towns inside Armenia "
            "overnight, Armenia's defence ministry said, in the heaviest fighting between the "
            "two countries since 2020. Armenia said 49 of its soldiers had been killed, while "
            "Baku accused Yerevan of 'large-scale provocations' and said it had also suffered "
            "losses. Women and children were taken out of Jermuk, a spa town, by bus. Russia "
            "said it had brokered a truce the next morning, but Armenia reported fresh shelling "
            "by evening.",
            "E B D",
            "cross-border shelling",
        ),
        (
            "Armenian artillery brigade holds live-fire drills in Vayots Dzor",
            "Artillery units of the Armenian army fired howitzers and multiple rocket launchers "
            "during two days of live-fire exercises at a range in Vayots Dzor province, the "
            "defence ministry said on Friday. The drills, watched by Defence Minister Davit "
            "Tonoyan, tested the coordination of artillery fire with drone reconnaissance. The "
            "ministry said residents of nearby Jermuk had been warned about the noise in "
            "advance.",
            "military",
        ),
    ),
    (
        50,
        (
            "Missile hits Ganja apartment block as Karabakh ceasefire collapses",
            "A missile hit an apartment building in Azerbaijan's second city, Ganja, early on "
            "Saturday, killing at least 13 civilians, hours after a Russian-brokered "
            "humanitarian ceasefire over Nagorno-Karabakh came into force, Azerbaijani officials "
            "said. Armenia denied firing at the city. Stepanakert, the main town in the enclave, "
            "was also shelled through the night, ethnic Armenian officials said.",
            "E V",
            "missile strike",
        ),
        (
            "Yerevan and Baku finalise peace treaty text after decades of conflict",
            "Armenia and Azerbaijan have agreed the full text of a peace treaty to end nearly "
            "four decades of conflict, the two foreign ministries said on Thursday. Baku said "
            "the treaty could be signed once Armenia amends its constitution to drop what it "
            "calls territorial claims. Armenian Prime Minister Nikol Pashinyan said Yerevan was "
            "ready to begin consultations on the date and place of signing. The European Union "
            "and the United States welcomed the announcement.",
            "peace",
        ),
    ),
    (
        51,
        (
            "Kosovo police officer killed as armed Serbs barricade themselves in monastery",
            "About 30 heavily armed men attacked a Kosovo police patrol near the village of "
            "Banjska in northern Kosovo on Sunday, killing one officer, and then barricaded "
            "themselves in a Serbian Orthodox monastery, Kosovo's prime minister said. Police "
            "said three attackers were killed in a gunfight that lasted most of the day, and a "
            "second officer was wounded. Special forces later found armoured vehicles, rocket "
            "launchers and mines in the area.",
            "B",
            "armed attack",
        ),
        (
            "Thaçi war crimes trial hears closing arguments in The Hague",
            "Prosecutors at the Kosovo Specialist Chambers in The Hague began closing arguments "
            "on Monday in the war crimes trial of former Kosovo president Hashim Thaçi and three "
            "co-defendants. The four are accused of murder, torture and persecution of opponents "
            "during and after the 1998-99 war with Serbia, and have pleaded not guilty. A "
            "verdict is expected next year.",
            "crime",
        ),
    ),
    (
        52,
        (
            "Car bomb explodes outside Derry courthouse",
            "A car bomb exploded outside the courthouse on Bishop Street in Derry on Saturday "
            "night, minutes after police received a warning and began evacuating the area, the "
            "Police Service of Northern Ireland said. No one was injured. Police said the New "
            "IRA was the main line of inquiry and described the attack as reckless terrorism.",
            "E T",
            "car bombing",
        ),
        (
            "Unexploded Second World War bomb found at north Belfast building site",
            "A large unexploded bomb believed to date from the Belfast Blitz of 1941 was "
            "uncovered by builders digging foundations in the north of the city on Wednesday, "
            "police said. About 200 homes were evacuated and a cordon set up while army "
            "technical officers made the device safe.",
            "history",
        ),
    ),
    (
        53,
        (
            "Third night of rioting across France after police kill teenager",
            "Rioters set fire to cars, schools and town halls across France for a third night on "
            "Thursday after a police officer shot dead a 17-year-old during a traffic stop in "
            "Nanterre, and the interior ministry said 667 people had been arrested. About 40,000 "
            "police were deployed, and some towns imposed curfews. In Nanterre, protesters threw "
            "fireworks at police, who replied with tear gas. The officer who fired has been "
            "charged with voluntary homicide. Shops were looted in central Paris and in "
            "Marseille.",
            "U",
            "riots",
        ),
        (
            "Gendarmes rehearse crowd control for Paris Olympics at Stade de France",
            "Several hundred gendarmes and police officers took part in a full-scale exercise at "
            "the Stade de France on Tuesday, rehearsing how to manage crowds and evacuate "
            "spectators during the Paris Olympics. Volunteers played fans trying to get in "
            "without tickets, and officers practised opening emergency exits and guiding people "
            "to metro stations. The interior ministry said 45,000 members of the security forces "
            "would be on duty for the opening ceremony.",
            "military",
        ),
    ),
]
