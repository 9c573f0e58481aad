"""dev363 positives: riots, attacks on mosques and asylum hotels, and Northern Ireland."""

POSITIVES = [
    (
        "Southport mosque attacked as violent disorder erupts after vigil for stabbing victims",
        "Police officers were pelted with bricks, bottles and fireworks in Southport on Tuesday "
        "evening as a crowd of several hundred people attacked a mosque on St Luke’s Road, a day "
        "after three girls were killed at a holiday dance class in the town. Merseyside Police said "
        "53 officers had been injured, eight of them seriously, and a police van was set on fire. "
        "Worshippers locked themselves inside the mosque while bins and garden walls were torn "
        "apart for missiles. The force said many of those involved had travelled from outside the "
        "area after false claims spread online about the identity of the suspect in the stabbings. "
        "Emergency dispersal powers were imposed overnight. The town’s MP, Patrick Hurley, said "
        "the thugs had “nothing to do with” a grieving community. The chairman of the mosque "
        "thanked officers who had stood between the crowd and the building.",
        "U V",
        "riot",
    ),
    (
        "Rioters set fire to Rotherham hotel housing asylum seekers as staff and residents trapped",
        "Masked rioters smashed windows and started a fire at the Holiday Inn Express in "
        "Manvers, near Rotherham, on Sunday while about 240 asylum seekers and staff were inside, "
        "South Yorkshire Police said. A crowd of around 700 people had gathered outside the hotel "
        "before a group broke through a line of officers in riot gear and forced their way into "
        "the building. Officers were hit with planks, fire extinguishers and chairs, and at least "
        "ten were injured. No residents were hurt, the force said, after staff moved them to "
        "upper floors. The chief constable, Lauren Poultney, called it a “sustained, coordinated "
        "and violent” attack. The prime minister, Keir Starmer, said those responsible would face "
        "the full force of the law. It was the sixth consecutive day of disorder in English towns.",
        "U V",
        "riot",
    ),
    (
        "Sunderland police station set on fire and officers hurt in night of rioting",
        "Rioters set fire to a car next to a police station and threw bricks and beer cans at "
        "officers in Sunderland city centre on Friday evening, in the latest outbreak of violence "
        "after the Southport stabbings. Northumbria Police said four officers had been taken to "
        "hospital and that a Citizens Advice office beside the station had been looted and burned. "
        "Around 300 people had gathered at a protest promoted online, and it quickly turned "
        "violent as the crowd moved towards a mosque, which was protected by a line of riot "
        "officers. Ten arrests were made on the night, with more expected as detectives went "
        "through footage. Local residents turned out on Saturday morning with brooms and bin bags "
        "to clear the streets. Sunderland’s Labour MP, Lewis Atkinson, said the scenes were “a "
        "disgrace to our city”.",
        "U",
        "riot",
    ),
    (
        "Belfast businesses attacked and shops burned after anti-immigration rally",
        "Businesses owned by people from ethnic minorities were attacked in south Belfast on "
        "Saturday after an anti-immigration protest outside City Hall descended into violence, "
        "the Police Service of Northern Ireland said. A supermarket on Donegall Road was set on "
        "fire and a cafe on Botanic Avenue had its windows smashed while staff hid inside. "
        "Officers were attacked with petrol bombs, masonry and fireworks, and riot police used "
        "water cannon to separate rival groups. PSNI Assistant Chief Constable Ryan Henderson said "
        "the disorder was “racially motivated hate crime” and that a man had been dragged from a "
        "car and assaulted. Five people were arrested. First Minister Michelle O’Neill and deputy "
        "First Minister Emma Little-Pengelly said those responsible did not speak for Northern "
        "Ireland. Community groups organised an anti-racism rally for the following weekend.",
        "U V",
        "riot",
    ),
    (
        "Ballymena: families flee homes after third night of racially motivated rioting",
        "Several families have fled their homes in Ballymena after a third night of disorder in "
        "which houses belonging to migrants were attacked and set alight, police said. Crowds of "
        "masked youths threw petrol bombs, bricks and fireworks at officers in Clonavon Terrace "
        "and nearby streets, and 41 officers have been injured since the trouble began. The PSNI "
        "said the violence was racially motivated and that some residents had put signs in their "
        "windows stating their nationality in the hope of being spared. A leisure centre in "
        "Larne, where several families had been given temporary shelter, was attacked and set on "
        "fire on Wednesday night. The unrest started after two teenagers were charged with the "
        "attempted rape of a girl in the town. Assistant Chief Constable Ryan Henderson said the "
        "rioters had shown “no regard for the community they live in”. Officers from Scotland are "
        "being drafted in to help.",
        "U V D",
        "riot",
    ),
    (
        "Bus set alight and police car overturned as disorder breaks out in Harehills",
        "A double-decker bus was set on fire and a police car turned over during a night of "
        "disorder in the Harehills area of Leeds, West Yorkshire Police said. The trouble began on "
        "Luxor Street on Thursday evening after social workers, accompanied by officers, removed "
        "several children from a family home. Footage shared online showed crowds throwing "
        "objects at a police vehicle, forcing officers to withdraw from the area for a time. "
        "Passengers were led off the bus before it was torched. Fires were also lit in the road "
        "and wheelie bins dragged out to build barricades. Chief Superintendent Damien Miller said "
        "the police response had been proportionate and that the area was calm by 2 o’clock in the "
        "morning. Community leaders appealed for calm and said outside agitators had tried to use "
        "the incident to stoke tension. No one was seriously injured.",
        "U",
        "riot",
    ),
    (
        "Cars torched and police attacked in Ely riot after deaths of two teenage boys",
        "Up to 150 people took part in a riot in the Ely area of Cardiff overnight, setting "
        "cars alight and throwing fireworks and masonry at officers, after two teenage boys died "
        "in an e-bike crash. South Wales Police said fifteen officers were injured and several "
        "houses were damaged. Residents said they had watched from their windows as the streets "
        "filled with smoke. Rumours spread on social media that a police van had been chasing the "
        "boys, Kyrees Sullivan and Harvey Evans, and police later confirmed a van had been following "
        "them minutes before the crash. The force referred itself to the Independent Office for "
        "Police Conduct. First Minister Mark Drakeford said the violence was “completely "
        "unacceptable”. Families of the two boys appealed for calm on Tuesday.",
        "U",
        "riot",
    ),
    (
        "Epping hotel protest turns violent as officers injured and vehicles damaged",
        "Eight police officers were injured and police vehicles were vandalised when a protest "
        "outside the Bell Hotel in Epping, which houses asylum seekers, turned violent on Thursday "
        "night. Essex Police said missiles were thrown at officers and that a group broke through "
        "cordons on the High Road. The demonstration was the latest in a series at the hotel after "
        "a resident was charged with sexual assault. Assistant Chief Constable Glen Pavelin said "
        "most of those who attended had protested peacefully, but a minority had used the event "
        "“as an excuse to commit crime”. Six people have been arrested and more arrests are "
        "expected. Epping Forest District Council said it would seek to close the hotel. The Home "
        "Office said it did not comment on individual sites.",
        "U",
        "unrest",
    ),
    (
        "Leicester police appeal for calm after clashes between groups of young men",
        "Police in Leicester have made 47 arrests after a second weekend of disorder in the east of "
        "the city in which groups of mainly young Hindu and Muslim men confronted each other on "
        "Belgrave Road. Leicestershire Police said 25 officers and a police dog were hurt when "
        "bottles and other missiles were thrown. A flag was pulled down from a Hindu temple and "
        "footage appeared to show a man burning it, which officers were investigating. The acting "
        "chief constable, Rob Nixon, said there had been “serious disorder” and that extra officers "
        "had been brought in from other forces. Community and religious leaders issued a joint "
        "statement calling for an end to the violence and said outsiders had inflamed tensions. "
        "Tensions had been rising since an Asia Cup cricket match between India and Pakistan in "
        "late August, after which there were scuffles.",
        "U",
        "communal_riot",
    ),
    (
        "Bus hijacked and set on fire as loyalist rioting spreads in west Belfast",
        "A bus was hijacked and set alight and a press photographer was assaulted on Wednesday "
        "night as rioting spread to the peace line between loyalist and nationalist areas of "
        "west Belfast. Crowds on both sides of the gates at Lanark Way threw petrol bombs, bricks "
        "and fireworks at each other and at police. The Police Service of Northern Ireland said 19 "
        "officers had been injured, bringing the total hurt in a week of disorder to 74. Some of "
        "those involved were as young as 12 or 13, officers said. The violence has been linked to "
        "anger in loyalist communities over the post-Brexit trade border in the Irish Sea and the "
        "decision not to prosecute Sinn Féin politicians over a funeral held during Covid "
        "restrictions. Stormont was recalled on Thursday and all five main parties condemned the "
        "violence.",
        "U",
        "riot",
    ),
    (
        "Senior detective shot in front of son at Omagh sports complex, New IRA suspected",
        "One of Northern Ireland’s most senior detectives is fighting for his life after being "
        "shot several times by two gunmen in front of his son at a sports complex in Omagh, "
        "County Tyrone. Detective Chief Inspector John Caldwell had been coaching a youth "
        "football team and was putting footballs in the boot of his car when he was attacked. "
        "Children ran for cover in the clubhouse. The Police Service of Northern Ireland said the "
        "New IRA, a dissident republican group opposed to the peace process, was the main focus "
        "of its inquiry. Three men have been arrested under the Terrorism Act. Mr Caldwell had "
        "led investigations into paramilitary gangs and several high-profile murders. The Irish "
        "and British governments condemned the attack, and the chief constable, Simon Byrne, said "
        "the gunmen had “no regard” for the children nearby.",
        "T V",
        "shooting",
    ),
    (
        "Car bomb explodes outside Londonderry courthouse after warning call",
        "A car bomb exploded outside the courthouse on Bishop Street in Londonderry on Saturday "
        "night, minutes after police had begun evacuating the area following a telephone "
        "warning. No one was hurt. The Police Service of Northern Ireland said the vehicle had been "
        "hijacked from a delivery driver earlier in the evening and the bomb was crude but "
        "“incredibly reckless”. Detectives believe the New IRA was responsible. Footage showed a "
        "group of young people walking past the car seconds before it blew up. Residents of "
        "nearby homes and guests at a hotel were moved to a church hall overnight, and about 150 "
        "people were affected. Four men were arrested on Sunday under the Terrorism Act. "
        "Politicians from all the main parties said the attack was an attempt to drag the city "
        "back to the past.",
        "T E",
        "car_bomb",
    ),
    (
        "Journalist Lyra McKee shot dead during rioting in Derry’s Creggan estate",
        "The journalist Lyra McKee has been shot dead during rioting in the Creggan area of "
        "Londonderry, and police say they are treating the killing as a terrorist incident. "
        "Petrol bombs were thrown at police Land Rovers after officers carried out searches for "
        "weapons and explosives on Thursday evening. A masked gunman then fired several shots "
        "towards the police lines, hitting Ms McKee, 29, who was standing near a vehicle. She was "
        "taken to hospital in a police Land Rover but died of her injuries. Assistant Chief "
        "Constable Mark Hamilton said the New IRA was most likely responsible. Two cars were "
        "hijacked and set alight during the disorder. Ms McKee had written extensively about the "
        "legacy of the Troubles and had recently signed a book deal. The leaders of the main "
        "parties stood together at a vigil in the city on Good Friday.",
        "U T",
        "shooting",
    ),
]
