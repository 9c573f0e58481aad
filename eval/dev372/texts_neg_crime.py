"""dev372 negatives: gangland and bikie shootings, tobacco-war arsons, stabbings and car
rampages that police do not treat as terrorism, and a terror plot charged before any attack.
(title, text, kind code)"""

NEGATIVES = [
    (
        "Man shot dead in Guildford driveway as Sydney's gangland war claims another life",
        "A man was shot dead in the driveway of a home in Guildford in Sydney's west on Saturday night, "
        "the latest killing in a bloody feud between two organised crime networks that police say "
        "has claimed more than a dozen lives. Neighbours heard up to 10 shots at about 9.15pm and found "
        "the 29-year-old slumped beside his car. A burnt-out Audi was found in a nearby street a short "
        "time later, police said. Detectives from Strike Force Falcon, set up to investigate the "
        "conflict between the Alameddine and Hamzy crime families, have taken over the case. Acting "
        "Assistant Commissioner Jason Weinstein said the victim was known to police and had links "
        'to one of the groups. "This is a war between criminals, and the community is caught in the '
        'middle," he said. Police have charged more than 200 people in connection with the feud '
        "since it began.",
        "crime",
    ),
    (
        "Tobacco war: another Melbourne tobacconist firebombed, the 100th since the feud began",
        "Fire crews were called to a tobacco shop in Melbourne's north early on Tuesday, the latest "
        "in a wave of arson attacks linked to a war between crime syndicates over the illicit "
        "cigarette trade. Witnesses saw two people in hoodies smash the front window in Preston and "
        "throw a lit container inside at about 3am before fleeing in a stolen car. No one was hurt, "
        "but the shop and the flat above it were badly damaged. Victoria Police's Taskforce Lunar "
        "says more than 100 shops have been firebombed across the state since the conflict began, "
        "along with several restaurants and a gym. Detective Superintendent Mark Hatt said the "
        "arsonists were often teenagers paid a few hundred dollars by gangs. Business owners in "
        "the strip said they were afraid to open. The state government has promised a licensing "
        "scheme for tobacco retailers to starve the black market.",
        "crime",
    ),
    (
        "Gold Coast bikie shooting: Comanchero member gunned down outside gym",
        "A senior member of the Comanchero motorcycle gang has been shot dead outside a gym on the "
        "Gold Coast, in what police fear could reignite a bikie war on the glitter strip. The "
        "38-year-old was hit several times as he walked to his car in Southport shortly after 6am "
        "on Thursday, and died at the scene despite efforts by paramedics. Detectives said a "
        "dark-coloured SUV was seen speeding from the car park and was later found burnt out in "
        "Nerang. Queensland Police Detective Superintendent Tom Armitage said the killing appeared "
        "targeted and that investigators were looking at an ongoing dispute with a rival club. "
        "Officers from the Taskforce Maxima organised crime unit have stepped up patrols of known "
        "bikie haunts. Gym users said they heard a string of loud bangs. Queensland's anti-bikie "
        "laws were softened in 2016.",
        "crime",
    ),
    (
        "Head Hunters and Mongrel Mob clash: two men shot in south Auckland gang violence",
        "Two men are in hospital with gunshot wounds after a shooting in Otara that police have "
        "linked to a spate of tit-for-tat violence between gangs in south Auckland. Armed police "
        "cordoned off a street near the town centre on Monday night after reports of shots fired from "
        "a passing car. Counties Manukau police said one man was in a critical condition and the "
        "other stable. Detective Inspector Glenn Baldwin said officers had carried out armed patrols "
        'in the area since a drive-by shooting at a gang pad on the weekend. "We will not tolerate '
        "gangs bringing their conflicts onto our streets,\" he said. The government's ban on gang "
        "patches in public came into force last year, and police say arrests of patched members have "
        "risen sharply. Residents said they were keeping their children inside. "
        "Police were seen searching a property in Papatoetoe on Tuesday morning. One resident said bullet holes had been found in a neighbour's fence. The local board chair said the community was tired of being labelled by a few. Police urged anyone with dashcam footage to come forward.",
        "crime",
    ),
    (
        "Bondi Junction stabbing: six dead, police say attacker's motive was not ideological",
        "Six people have been killed and a dozen injured, among them a nine-month-old baby, after a "
        "man armed with a knife attacked shoppers at Westfield Bondi Junction on Saturday afternoon. "
        "A lone police inspector chased the attacker through the shopping centre and shot him dead "
        "when he turned on her with the knife raised. NSW Police Commissioner Karen Webb said the "
        "40-year-old Queenslander had a history of mental illness and that there was nothing to "
        'suggest an ideological motive. "We\'re not treating this as terrorism," she said. Five of '
        "those killed were women, and police said they were examining whether the man had targeted "
        "women. Shoppers barricaded themselves in shops and storerooms for more than an hour. The "
        "baby underwent surgery at Sydney Children's Hospital and was in a serious but stable "
        "condition on Sunday.",
        "crime",
    ),
    (
        "Bourke Street rampage: car driver kills four pedestrians, police rule out terrorism",
        "Four people, including a three-month-old baby, have died after a man drove a car into "
        "pedestrians in Melbourne's Bourke Street Mall on Friday afternoon. The driver had been "
        "performing doughnuts at the Flinders Street intersection before speeding up Swanston Street "
        "and swerving into shoppers. More than 20 people were injured, several of them critically. "
        "Police shot the 26-year-old in the arm and arrested him after ramming his maroon Holden to "
        'a stop. Victoria Police Chief Commissioner Graham Ashton said the incident was "not '
        'terror-related" and that the man had been involved in a family violence matter earlier that '
        "day. He said officers had been following the car for hours and had been unable to stop it. "
        "Premier Daniel Andrews said the city was in shock. Bollards are to be installed along "
        "pedestrian malls. "
        "Witnesses described people being thrown into the air and prams being knocked over. Off-duty doctors and nurses rushed to help the injured. The man will face a filing hearing on Sunday. Flowers were laid at the corner of Bourke and Swanston streets throughout the evening.",
        "crime",
    ),
    (
        "Dural caravan explosives plot was a 'criminal con job', police say",
        "A caravan packed with explosives and a list of Jewish targets that was found in Sydney's "
        'north-west was a "fake terrorism plot" staged by organised criminals, the Australian '
        "Federal Police said on Monday. The caravan, which contained enough commercial mining "
        "explosives to create a blast zone of about 40 metres, was discovered on a property in "
        "Dural in January. Investigators now believe the plan was devised to divert police "
        "resources and to win leverage for someone facing charges, officials said. No attack was "
        "carried out and no one was hurt. The Joint Counter Terrorism Team handed the case back to "
        "NSW Police's organised crime squad, which has charged more than a dozen people over a "
        "series of antisemitic vandalism and arson incidents in Sydney. Jewish community leaders "
        "said the finding did not reduce the fear the plot had caused.",
        "crime",
    ),
    (
        "Seven teenagers charged after counter-terrorism raids across western Sydney",
        "Seven teenagers have been charged with terrorism offences after more than 400 police raided "
        "13 properties across south-western Sydney overnight, the Joint Counter Terrorism Team says. "
        "The boys, aged 15 to 17, are alleged to have belonged to a network that shared violent "
        "extremist material and discussed attacks, though police said they had not identified a "
        "specific target or date. Deputy Commissioner David Hudson said the raids were carried out "
        "without incident and that there was no ongoing threat to the community. Police seized "
        "phones and computers and are examining hundreds of messages. The boys appeared in a "
        "children's court on Thursday and did not apply for bail. Australian Federal Police "
        "Commissioner Reece Kershaw said officers were increasingly worried about young people "
        "being radicalised online. Parents at the local mosque said they were shocked.",
        "crime",
    ),
]
