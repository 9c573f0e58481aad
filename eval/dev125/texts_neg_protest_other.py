"""dev125 negatives: peaceful protests and strikes, anniversaries and wartime bombs, war in film and
games, and the other breaking news of the day (outages, blackouts, drone sightings, a rocket
explosion, a papal death and election, an exit poll); not conflict (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Tens of thousands of students march into Novi Sad for silent protest",
        "NOVI SAD, Serbia — Tens of thousands of students and residents filled the centre of "
        "Novi Sad on Saturday and held 15 minutes of silence for the victims of the canopy "
        "collapse, blocking three bridges over the Danube. The rally ended peacefully in the "
        "evening.",
        "protest",
    ),
    (
        "Millions join 'No Kings' rallies across US; police report no major incidents",
        "Crowds marched in more than 2,000 towns and cities across the United States on "
        "Saturday in protest at President Donald Trump's policies, organisers said. Police in "
        "New York, Chicago and Washington reported no protest-related arrests.",
        "protest",
    ),
    (
        "Families of hostages lead mass rally in Tel Aviv's Hostages Square",
        "TEL AVIV — Tens of thousands of people gathered in Hostages Square on Saturday night "
        "calling on the government to agree a deal to bring home the captives held in Gaza. "
        "Relatives of the hostages addressed the crowd from a stage.",
        "protest",
    ),
    (
        "Italian unions' general strike halts trains and ports",
        "ROME — A nationwide general strike called by Italy's main unions halted trains, "
        "buses and port operations on Friday, as tens of thousands marched peacefully in Rome, "
        "Milan and Naples, the unions said.",
        "protest",
    ),
    (
        "Hundreds of tractors block roads around EU summit in Brussels",
        "BRUSSELS — Farmers drove hundreds of tractors into Brussels' European quarter on "
        "Thursday, blocking roads around the building where EU leaders were meeting and "
        "honking horns to protest against the Mercosur trade deal, police said.",
        "protest",
    ),
    (
        "Climate activists glue themselves to Munich airport taxiway; flights halted",
        "Police arrested six Last Generation activists who cut through a fence at Munich "
        "Airport and glued themselves to a taxiway on Saturday, the airport said. Flights were "
        "suspended for about two hours.",
        "protest",
    ),
    (
        "Protesters rally outside Tesla showrooms in 'Tesla Takedown' day of action",
        "Demonstrators waving placards gathered outside hundreds of Tesla showrooms across the "
        "US and Europe on Saturday to protest against Elon Musk's role in government. Police "
        "said the protests were peaceful.",
        "protest",
    ),
    (
        "Air Canada flight attendants walk off the job; hundreds of flights cancelled",
        "TORONTO — About 10,000 Air Canada flight attendants went on strike early on Saturday "
        "after contract talks failed, and the airline cancelled all flights operated by its "
        "mainline and Rouge carriers.",
        "protest",
    ),
    (
        "Resident doctors in England begin five-day strike",
        "LONDON — Resident doctors in England walked out at 7am on Friday for five days in a "
        "dispute over pay, with picket lines outside hospitals and NHS England warning of "
        "disruption to planned care.",
        "protest",
    ),
    (
        "Jailed activist begins hunger strike, family says",
        "CAIRO — Jailed British-Egyptian activist Alaa Abd el-Fattah has begun a hunger strike "
        "in protest at his continued detention, his mother said on Monday, after his sentence "
        "expired without his release.",
        "protest",
    ),
    (
        "WWII bomb found on tracks halts trains at Paris Gare du Nord",
        "PARIS — All trains in and out of Gare du Nord, including Eurostar services to London, "
        "were suspended on Friday after an unexploded Second World War bomb was found on the "
        "tracks in Saint-Denis, the SNCF said. Bomb disposal experts were on site.",
        "history",
    ),
    (
        "Live: Veterans gather in Normandy for 80th anniversary of D-Day landings",
        "09:15 A handful of veterans, most of them aged over 100, have arrived at the British "
        "Normandy Memorial at Ver-sur-Mer, where the King will speak later this morning.",
        "history",
    ),
    (
        "Bells toll in Hiroshima, 80 years on from the atomic bomb",
        "HIROSHIMA — Bells tolled and a minute of silence was held at 8:15 on Wednesday, the "
        "moment the atomic bomb exploded over the city 80 years ago, as representatives of a "
        "record 120 countries attended the memorial ceremony.",
        "history",
    ),
    (
        "Auschwitz survivors lay wreaths as world marks 80 years since liberation",
        "OSWIECIM, Poland — About 50 survivors laid wreaths at the Death Wall of Auschwitz on "
        "Monday as world leaders gathered for ceremonies marking 80 years since Soviet troops "
        "liberated the camp.",
        "history",
    ),
    (
        "Srebrenica remembrance: 7 more victims buried, 30 years after the massacre",
        "POTOCARI, Bosnia — The remains of seven victims identified over the past year were "
        "buried at the memorial centre on Friday as thousands marked 30 years since Bosnian "
        "Serb forces killed some 8,000 Muslim men and boys.",
        "history",
    ),
    (
        "'Civil War' tops North American box office in opening weekend",
        "LOS ANGELES — Alex Garland's dystopian thriller 'Civil War', about journalists "
        "crossing a United States torn apart by fighting, opened at number one with $25.7 "
        "million, distributor A24 said on Sunday.",
        "entertainment",
    ),
    (
        "Battlefield 6 smashes franchise record with 7 million sales in three days",
        "Electronic Arts said on Tuesday that 'Battlefield 6' had sold more than 7 million "
        "copies in its first three days, the biggest launch in the series' history.",
        "entertainment",
    ),
    (
        "'No Other Land' wins Oscar for best documentary feature",
        "LOS ANGELES (Reuters) - 'No Other Land', made by a Palestinian-Israeli collective, "
        "won the Academy Award for best documentary feature on Sunday.",
        "entertainment",
    ),
    (
        "Global IT outage grounds flights, knocks banks and broadcasters offline",
        "Airlines, banks, hospitals and broadcasters around the world were hit by IT outages "
        "on Friday after a faulty software update from cybersecurity firm CrowdStrike crashed "
        "Microsoft Windows computers. CrowdStrike said it was not a cyberattack.",
        "other",
    ),
    (
        "Massive power cut plunges Spain and Portugal into darkness",
        "MADRID (Reuters) - A massive power outage hit Spain and Portugal shortly after midday "
        "on Monday, halting metro trains, knocking out traffic lights and grounding flights, "
        "grid operators said. The cause was not immediately known.",
        "other",
    ),
    (
        "Copenhagen airport closed for hours after drone sightings",
        "COPENHAGEN — Copenhagen Airport halted all take-offs and landings for nearly four "
        "hours on Monday night after several large drones were seen near the runways, police "
        "said. Police did not know who was operating them.",
        "other",
    ),
    (
        "SpaceX Starship explodes minutes after launch, debris seen over Caribbean",
        "SpaceX lost contact with its Starship rocket minutes after launch from Texas on "
        "Thursday, and videos posted online showed flaming debris streaking over the Turks and "
        "Caicos Islands. The Federal Aviation Administration briefly halted flights.",
        "other",
    ),
    (
        "BREAKING: Pope Francis has died at 88, Vatican says",
        "Pope Francis died on Easter Monday, the Vatican announced.",
        "other",
    ),
    (
        "White smoke: Catholic Church has a new pope",
        "White smoke rose from the chimney of the Sistine Chapel at 18:07 on Thursday, "
        "signalling that the cardinals had elected a new pope on the second day of the "
        "conclave. The bells of St Peter's began to ring.",
        "other",
    ),
    (
        "Exit poll: Labour set for landslide win in UK general election",
        "LONDON — Keir Starmer's Labour Party is on course to win 410 seats in the House of "
        "Commons, an exit poll for the BBC, ITV and Sky News showed as voting ended at 22:00 "
        "on Thursday.",
        "other",
    ),
    (
        "Heathrow shut all day after fire at electricity substation",
        "LONDON — Heathrow Airport closed for the whole of Friday after a fire at a nearby "
        "electricity substation cut its power, affecting more than 1,300 flights. Counter-"
        "terrorism police were leading the inquiry because of the impact, but said there was "
        "no indication of foul play.",
        "accident",
    ),
]
