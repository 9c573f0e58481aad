"""dev25 texts: negatives: sport; negatives: accidents with weapons, explosives, vehicles;
negatives: war in films, games and books.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: sport
    (
        "Rival fans fight in Marseille's Old Port before derby",
        "Police used tear gas to separate groups of Marseille and Lyon supporters who threw bottles and chairs at each other near the Old Port before Sunday's match, and 12 people were arrested. The match went ahead and ended in a 2-2 draw.",
        "sport",
    ),
    (
        "English and Russian hooligans clash in Marseille at Euro 2016",
        "Groups of Russian hooligans charged England fans in the streets of Marseille on the day of the two teams' match, and an English supporter was left in a coma, French police said. UEFA threatened to expel both teams from the tournament if the violence continued.",
        "sport",
    ),
    (
        "Inter win the Milan derby war of nerves on penalties",
        "Inter beat AC Milan in a penalty shootout after a goalless draw, with their keeper saving two spot kicks. Inter will play Juventus in the final.",
        "sport",
    ),
    (
        "Arsenal's attack fires blanks as title battle slips away",
        "Arsenal failed to score for a third straight game, and the striker admitted the team was under siege from the media after a 1-0 defeat. The Gunners are now seven points behind the leaders.",
        "sport",
    ),
    (
        "Pace attack destroys Australia's top order in Perth",
        "India's fast bowlers bombarded the Australian batsmen with short balls and took seven wickets in the first session. Australia were bowled out for 104 before tea.",
        "sport",
    ),
    (
        "Ice hockey game abandoned after mass brawl",
        "A Swedish league game was stopped in the second period when all players on the ice began fighting, and the league said it would hand out bans. Both teams were fined and eight players were suspended.",
        "sport",
    ),
    (
        "Match abandoned as fans throw flares onto pitch in Istanbul",
        "The referee took the players off the field when supporters threw flares and seats after a late goal, and the club was fined by the federation. The club will play its next two home games behind closed doors.",
        "sport",
    ),
    (
        "Shooter wins gold for India at Paris Olympics",
        "The 22-year-old shooter won the 10m air pistol title at Châteauroux, India's first medal in shooting in twelve years. She plans to compete in two more events.",
        "sport",
    ),
    (
        "MMA fighter knocks out champion in first round",
        "The challenger landed a left hook that ended the fight after 48 seconds to claim the lightweight title in Abu Dhabi. It was the fastest finish in a title fight this year.",
        "sport",
    ),
    (
        "Rugby: Springboks survive All Blacks siege to retain world title",
        "South Africa held on under relentless pressure in the final minutes to beat New Zealand by a point in the World Cup final. Their captain lifted the trophy for a second time.",
        "sport",
    ),
    (
        "Biathlete hits all 20 targets to win world title",
        "The Norwegian shot clean in all four stages of the mass start to take gold in Oberhof. It was his fourth gold medal of the championships.",
        "sport",
    ),
    (
        "Boxer's promoter says grudge fight will be a 'war'",
        "The two heavyweights traded insults at the press conference ahead of next month's fight in Riyadh, and security had to separate their entourages. Tickets sold out within an hour.",
        "sport",
    ),
    # ---------------------------------------------------------------- negatives: accidents with weapons, explosives, vehicles
    (
        "Fireworks warehouse explosion kills dozens in Mexico",
        "A series of blasts at a fireworks market in Tultepec killed at least 30 people and destroyed hundreds of stalls, firefighters said. It was the third explosion at the market in ten years.",
        "accident",
    ),
    (
        "Crowd collecting petrol from overturned truck killed in blast",
        "More than 90 people died near Mokwa in Niger state when a petrol truck that had overturned on the highway caught fire while residents were collecting the spilled fuel in jerrycans, emergency officials said. Police said the driver had swerved to avoid a collision.",
        "accident",
    ),
    (
        "Blasts at military barracks in Bata blamed on negligence",
        "A series of explosions at an army barracks in Equatorial Guinea's main city killed 107 people and flattened nearby homes, and the president blamed careless handling of dynamite stored there. More than 600 people were injured.",
        "accident",
    ),
    (
        "Soldier killed in live-fire training accident",
        "A soldier was killed and two others wounded when a mortar round fell short during a live-fire exercise at a training range in the north of the country, the army said. An inquiry has been opened.",
        "accident",
    ),
    (
        "Hunter killed by stray shot during wild boar hunt",
        "A 67-year-old man was killed in the Ardèche when a member of his hunting party fired at a boar and hit him, French police said. The shooter was taken into custody for questioning.",
        "accident",
    ),
    (
        "Landmines left from civil war kill three farmers in Cambodia",
        "Three men were killed when their tractor drove over an anti-tank mine while clearing land in Battambang province, a mine action official said. Millions of mines were laid in Cambodia during the wars that ended in the 1990s.",
        "accident",
    ),
    (
        "Children killed by old cluster bomb in Laos",
        "Two boys were killed and a third hurt when a cluster bomblet dropped during the Vietnam War exploded as they played in a field in Xieng Khouang, a clearance group said. About a third of the bombs dropped on Laos did not explode.",
        "accident",
    ),
    (
        "Four-year-old shoots brother with father's handgun",
        "A four-year-old boy found a loaded pistol in a bedside drawer and accidentally shot his six-year-old brother, who died in hospital, Florida police said. The father was charged with culpable negligence.",
        "accident",
    ),
    (
        "Two pilots die as fighter jets collide during training",
        "Two military jets collided during a training flight over the sea, the air force said, and search teams recovered the bodies of both pilots. The cause of the collision is under investigation.",
        "accident",
    ),
    (
        "Sailors missing after destroyer collides with merchant ship",
        "Ten sailors were missing after a navy destroyer collided with an oil tanker near Singapore, the navy said. Divers were searching flooded compartments of the warship.",
        "accident",
    ),
    (
        "Quarry blast kills workers in Zambia",
        "Five workers were killed when explosives used to break up rock detonated early at a quarry near Lusaka, police said. The quarry's owner was arrested for breaching safety rules.",
        "accident",
    ),
    (
        "Four die as army transport helicopter goes down on night flight",
        "Four soldiers died when a military transport helicopter crashed in a forest during a night training flight, the defence ministry said. The army grounded its fleet of the type pending an investigation.",
        "accident",
    ),
    (
        "Nightclub fire started by stage pyrotechnics kills 59",
        "Sparklers used during a concert set fire to the ceiling of a nightclub in Kočani in North Macedonia, and 59 people died in the blaze and the crush to get out, officials said. Police arrested the club's manager and officials who had issued its licence.",
        "accident",
    ),
    (
        "Crush at religious gathering in India kills 121",
        "Worshippers were trampled as a crowd surged at the end of a prayer meeting in Hathras, Uttar Pradesh, officials said. Most of the dead were women.",
        "accident",
    ),
    (
        "Sawmill explosion in Siberia",
        "A dust explosion at a sawmill in Krasnoyarsk killed two workers, regional officials said. Prosecutors opened an inquiry into breaches of safety rules.",
        "accident",
    ),
    (
        "Ammunition blast at Turkish factory kills 12",
        "An explosion at a factory that makes explosives and munitions in Sakarya province killed 12 workers, officials said, ruling out sabotage. Windows were shattered in villages several kilometres away.",
        "accident",
    ),
    # ---------------------------------------------------------------- negatives: war in films, games and books
    (
        "German WWI drama takes four Academy Awards",
        "The German-language First World War drama won best international feature, cinematography, score and production design at the Academy Awards. It was Germany's most successful film at the Oscars.",
        "entertainment",
    ),
    (
        "Garland's 'Civil War' opens at number one in North America",
        "Alex Garland's film about journalists crossing a United States torn apart by civil war took $25 million in its opening weekend. The film stars Kirsten Dunst as a war photographer.",
        "entertainment",
    ),
    (
        "Battlefield 6 breaks sales records",
        "The military shooter sold more than 7 million copies in its first three days, its publisher said, with players fighting in destroyed cities. The game's servers struggled to cope with demand on launch day.",
        "entertainment",
    ),
    (
        "New Call of Duty set in the Gulf War",
        "The next instalment of the series will take players to the 1991 war, the publisher said in a trailer featuring night raids and tank battles. It will be released in October.",
        "entertainment",
    ),
    (
        "Novel about Sudan's war wins Booker-shortlisted author prize",
        "The book, told by a woman who flees Khartoum during the fighting, won the prize for fiction at a ceremony in London. The author, who lives in Aberdeen, grew up in Khartoum.",
        "entertainment",
    ),
    (
        "'Shōgun' sweeps Emmys",
        "The series about warlords battling for power in 17th-century Japan won a record 18 awards. Hiroyuki Sanada won best actor in a drama series.",
        "entertainment",
    ),
    (
        "War photographer's exhibition opens in London",
        "An exhibition of photographs from Syria, Iraq and Afghanistan taken over 20 years opened at the Imperial War Museum. It runs until March.",
        "entertainment",
    ),
    (
        "Netflix drama on the Troubles becomes most-watched series",
        "The eight-part series follows a young police officer in Belfast in the 1980s. It was filmed in Belfast and Derry.",
        "entertainment",
    ),
    (
        "Documentary on Mosul battle premieres at Venice",
        "The film follows a unit of Iraqi special forces through the last months of the fight against Islamic State in 2017. The director spent six months embedded with the unit.",
        "entertainment",
    ),
    (
        "Board game about the Cold War tops crowdfunding chart",
        "Players take the role of the superpowers in a game that has raised more than $3 million from backers. The designers say it will ship next year.",
        "entertainment",
    ),
]
