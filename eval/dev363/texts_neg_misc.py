"""dev363 negatives: storms and floods, accidents, health, television, sport and other news."""

NEGATIVES = [
    (
        "Storm Desmond: army called in as Cumbria floods force thousands from homes",
        "Soldiers have been deployed to Cumbria to help evacuate residents after Storm Desmond "
        "brought record rainfall and left thousands of homes flooded. More than 340mm of rain "
        "fell on Honister Pass in 24 hours, the Met Office said. In Carlisle, where flood defences "
        "built after the 2005 floods were overwhelmed, residents were taken from their homes by "
        "boat, and an estimated 2,000 properties were affected. About 60,000 homes in the north "
        "west lost power after an electricity substation was flooded. A man in his nineties died "
        "after being blown over by a gust of wind in London. The environment secretary, Liz "
        "Truss, chaired a meeting of the government’s Cobra emergency committee. Rest centres "
        "were opened in schools and church halls. The Environment Agency issued dozens of "
        "severe flood warnings, meaning danger to life.",
        "disaster",
    ),
    (
        "Storm Babet: Brechin residents told to leave immediately as river breaches defences",
        "Residents of about 400 homes in Brechin were told to leave immediately after the River "
        "South Esk burst its banks during Storm Babet, with the Scottish Environment Protection "
        "Agency warning of a danger to life. A rare red weather warning for rain was in place "
        "across Angus and Aberdeenshire. Some people were rescued from their homes by boat as "
        "the water rose above new flood defences. Two people have died: a 57-year-old woman was "
        "swept into a river in Angus and a man was killed when a tree fell on his van in "
        "Forfar. Scores of roads were closed, and rail services across Scotland were suspended. "
        "Rest centres were set up in Brechin and Montrose. First Minister Humza Yousaf said the "
        "storm had been “unprecedented” in its intensity. "
        "The Met Office said some parts of Angus had received more than a month’s rain in two days.",
        "disaster",
    ),
    (
        "Storm Éowyn leaves hundreds of thousands without power in Northern Ireland",
        "More than 280,000 homes and businesses were left without electricity in Northern Ireland "
        "after Storm Éowyn brought gusts of more than 90mph, Northern Ireland Electricity "
        "Networks said. A rare red weather warning was in place across the region on Friday "
        "morning. Trees were brought down across roads, and schools were closed. All flights at "
        "Belfast’s two airports were cancelled and Translink suspended bus and rail services. A "
        "man in County Donegal died when a tree fell on his car. Engineers were brought in from "
        "Scotland and England to help restore supplies, but the network company warned some "
        "customers could be without power for more than a week. Leisure centres were opened as "
        "warm hubs where people could charge phones and get a hot meal. "
        "Northern Ireland Water asked customers to save water after pumping stations lost power.",
        "disaster",
    ),
    (
        "Pontypridd flooded again as Storm Bert brings month’s rain in a day",
        "Homes and businesses in Pontypridd were flooded for the second time in five years after "
        "Storm Bert brought a month’s worth of rain in a day to south Wales. The River Taff burst "
        "its banks on Sunday morning, and water poured through Mill Street. Shopkeepers who had "
        "only just recovered from Storm Dennis in 2020 said they had lost everything. Rhondda "
        "Cynon Taf Council said more than 300 properties had been affected across the county "
        "borough. Residents spent the night at a leisure centre. Natural Resources Wales issued "
        "three severe flood warnings. First Minister Eluned Morgan visited on Monday and said "
        "the Welsh government would provide £500 to each flooded household. Critics said flood "
        "defences had been promised years ago but never delivered. "
        "Insurers said claims for flood damage were likely to run into millions of pounds.",
        "disaster",
    ),
    (
        "Storm Arwen: engineers battle to restore power to thousands cut off for a week",
        "Thousands of homes in Aberdeenshire, County Durham and Northumberland are still without "
        "electricity a week after Storm Arwen brought down power lines, and the army has been "
        "sent to check on vulnerable residents. Soldiers have been going door to door in rural "
        "villages to hand out food and make sure elderly people are safe. Northern Powergrid said "
        "it had restored power to more than 240,000 customers but that the damage was the worst "
        "for a generation. Three people were killed by falling trees when the storm struck. "
        "The energy regulator Ofgem has said it will review the response of the network "
        "companies. People living in remote areas described cooking on camping stoves and "
        "sleeping in their coats. Compensation payments have been raised. "
        "Some villages in the Scottish Borders have had no mobile phone signal since the storm.",
        "disaster",
    ),
    (
        "Croydon tram crash: seven dead after tram overturns on bend at high speed",
        "Seven people were killed and 51 injured when a tram overturned on a sharp bend near the "
        "Sandilands stop in Croydon in heavy rain in the early hours of the morning, British "
        "Transport Police said. The tram was travelling at about 44mph on a section with a "
        "speed limit of 12mph, investigators said. Firefighters worked for hours to free "
        "passengers trapped in the wreckage, many of whom were on their way to work. The driver, "
        "42, was arrested on suspicion of manslaughter and later released on bail. The Rail "
        "Accident Investigation Branch said it was examining whether the driver had become "
        "disorientated in the dark. It was the first fatal tram accident in Britain for more than "
        "50 years. The mayor of London, Sadiq Khan, said the city was “in shock”. "
        "Trams on the line were suspended for more than a week while the track was repaired.",
        "accident",
    ),
    (
        "Grenfell Tower fire: at least 12 dead as blaze engulfs west London block",
        "At least 12 people have died and dozens more are missing after a fire engulfed a 24-storey "
        "tower block in north Kensington, the Metropolitan Police said. The fire broke out on the "
        "fourth floor of Grenfell Tower shortly before one in the morning and spread to the top "
        "of the building within minutes. More than 200 firefighters and 40 fire engines were sent "
        "to the scene. Residents described people screaming for help from windows and throwing "
        "children to those waiting below. London Fire Brigade commissioner Dany Cotton said she "
        "had never seen anything of its scale in 29 years. Questions are being asked about new "
        "cladding fitted to the block during a refurbishment last year. Churches, mosques and "
        "community centres opened their doors to those who lost their homes.",
        "accident",
    ),
    (
        "Shoreham airshow crash: Hawker Hunter jet hits cars on A27, killing 11",
        "Eleven people were killed when a vintage Hawker Hunter jet crashed on to the A27 during "
        "a loop at the Shoreham airshow in West Sussex. The plane exploded in a fireball as it "
        "hit vehicles waiting at traffic lights beside the airfield. Among the dead were two "
        "young footballers from Worthing United and a chauffeur on his way to a wedding. The pilot "
        "was pulled from the wreckage and survived with serious injuries. Sussex Police said it "
        "was a “tragic accident” but would work with the Air Accidents Investigation Branch. "
        "The Civil Aviation Authority restricted vintage jets to flying over the sea at airshows "
        "while an investigation was carried out. The A27 was expected to stay closed for days, and "
        "floral tributes were left on the Old Shoreham toll bridge.",
        "accident",
    ),
    (
        "Health officials wage battle against measles as Birmingham outbreak spreads",
        "Health officials in Birmingham have stepped up their battle against a measles outbreak, "
        "with more than 200 confirmed cases in the West Midlands since October. The UK Health "
        "Security Agency declared a national incident and said vaccination rates in some parts of "
        "the city had fallen below 70%, far short of the 95% needed for herd immunity. Pop-up "
        "clinics were set up in mosques, schools and shopping centres to offer the MMR vaccine. "
        "Birmingham Children’s Hospital said it was treating several children with complications. "
        "Doctors said misinformation on social media had deterred parents from vaccinating their "
        "children. The agency warned that the disease could spread to other cities. Parents were "
        "urged to check their children’s records. "
        "Measles can cause serious complications, including pneumonia and swelling of the brain.",
        "health",
    ),
    (
        "Covid: Britain in ‘war footing’ as Nightingale hospitals open in ExCeL and Manchester",
        "Britain has moved on to a “war footing” against coronavirus, the health secretary said, "
        "as the first of the Nightingale field hospitals opened at the ExCeL centre in east London. "
        "Military planners helped health officials convert the conference centre into a hospital "
        "with space for up to 4,000 patients in less than two weeks. Similar hospitals are being "
        "built in Manchester, Birmingham and Harrogate. The number of people who have died in "
        "hospital with the virus in the UK rose to 2,352. The prime minister, who has tested "
        "positive, remains in self-isolation in Downing Street. Supermarkets have brought in "
        "rationing of items such as pasta and toilet roll. Ministers urged people to stay at home "
        "over the weekend despite warm weather. "
        "Care homes have been told to prepare for more residents discharged from hospitals.",
        "health",
    ),
    (
        "Blue Lights returns for third series with Belfast police drama at its grittiest",
        "The BBC police drama Blue Lights returns for a third series on Sunday, following the "
        "rookie officers of a Belfast response team into a city where paramilitaries still hold "
        "sway. The first series was watched by millions and won a Bafta, with critics praising its "
        "portrayal of the pressures facing the Police Service of Northern Ireland. In the new "
        "episodes, a loyalist drug gang is tightening its grip on east Belfast, and a petrol bomb "
        "attack on a patrol car sets off a chain of events. The writers, Declan Lawn and Adam "
        "Patterson, are former journalists who spent time with real officers. The cast includes "
        "Siân Brooke and Martin McCann. A fourth series has already been commissioned, and the "
        "production employs hundreds of people in Belfast’s film studios.",
        "entertainment",
    ),
    (
        "Adolescence: Netflix drama about boy accused of murder sparks debate on knife crime",
        "Adolescence, the Netflix drama about a 13-year-old boy accused of stabbing a girl from his "
        "school to death, has become the most-watched series on the platform in the UK. Each of the "
        "four episodes was shot in a single continuous take. Stephen Graham, who co-wrote the "
        "series and plays the boy’s father, said he had been inspired by real cases of knife crime "
        "involving children. The prime minister said he had watched it with his teenage children "
        "and that it should be shown in schools. The drama has prompted a debate about the online "
        "influencers who target boys with misogynistic content. Critics praised the performance "
        "of Owen Cooper, who was 14 when it was filmed. Charities said it had prompted more calls "
        "from worried parents. "
        "The series was filmed at a studio in Sheffield and on location in Yorkshire.",
        "entertainment",
    ),
    (
        "Say Nothing: Disney adaptation of Troubles book divides families of victims",
        "A television adaptation of Patrick Radden Keefe’s book about the Troubles, Say Nothing, "
        "has divided opinion in Northern Ireland ahead of its release on Disney+. The nine-part "
        "series follows Dolours and Marian Price, who joined the IRA as young women, and the "
        "abduction and murder of Jean McConville, a widowed mother of ten, in 1972. Her children "
        "said they had not been consulted and that the series glamorised the people who killed "
        "her. The makers said it had been made with great care and that it showed the human cost "
        "of the conflict. Critics praised the performances of Lola Petticrew and Anthony Boyle. "
        "The book won the Orwell prize in 2019. Filming took place in Belfast and Dublin, where the "
        "producers recreated the streets of 1970s west Belfast on a studio backlot.",
        "entertainment",
    ),
    (
        "Wembley chaos as ticketless fans storm gates before Euro 2020 final",
        "Hundreds of ticketless England fans forced their way into Wembley Stadium before the "
        "Euro 2020 final against Italy, breaking through security barriers and fighting with "
        "stewards. The Metropolitan Police said 86 people were arrested on the day and 19 "
        "officers were injured in London. Disabled fans said they had been crushed at entry "
        "points. Footage showed people throwing bottles in Leicester Square and on Olympic Way. "
        "An independent review led by Baroness Casey later said the country had been close to "
        "“fatalities” at the stadium. The Football Association apologised to fans who had been "
        "affected and was fined by Uefa. England lost the final on penalties. Three black players "
        "who missed penalties were racially abused online. "
        "The review found that about 2,000 people had got into the stadium without tickets.",
        "sport",
    ),
    (
        "Joshua and Dubois set for Wembley battle in front of 96,000 fans",
        "Anthony Joshua will face Daniel Dubois at Wembley on Saturday in an all-British "
        "heavyweight battle that promoters say will draw a record crowd of 96,000. Joshua, 34, is "
        "trying to become a three-time world champion, while Dubois, 26, holds the IBF title. Both "
        "men were relaxed at the weigh-in, where Joshua came in about two stone heavier. The "
        "promoter, Eddie Hearn, said it was “the biggest fight in British boxing history”. Dubois "
        "said he was ready to go to war and would knock his rival out. Tickets sold out within "
        "hours of going on sale. The fight will be shown on pay-per-view and is expected to start "
        "shortly before 11 o’clock at night. Transport for London has warned of crowded trains "
        "on the Metropolitan and Jubilee lines after the event. "
        "Both fighters are promoted by companies with long ties to British boxing.",
        "sport",
    ),
    (
        "Manchester derby: City lay siege to United’s goal but are held to a draw",
        "Manchester City laid siege to United’s goal for most of the second half but had to settle "
        "for a 1-1 draw in a bad-tempered derby at the Etihad Stadium. Erling Haaland missed two "
        "clear chances before Phil Foden equalised with a curling shot from the edge of the area "
        "in the 71st minute. United had taken the lead against the run of play through a "
        "counter-attack finished by Bruno Fernandes. Three players were booked after a scuffle in "
        "the tunnel at half-time. Pep Guardiola said his side had been shot-shy. Greater "
        "Manchester Police said two fans were arrested for throwing coins. The result leaves City "
        "five points behind the leaders, Liverpool, who travel to Newcastle on Wednesday night. "
        "United remain tenth, and their manager said he was proud of his players’ resilience.",
        "sport",
    ),
    (
        "Wales resist English onslaught but fall short in Six Nations battle at Twickenham",
        "Wales withstood a second-half onslaught at Twickenham but were beaten 16-14 by England in "
        "a bruising Six Nations match. The visitors led at half-time after tries from Alex Mann and "
        "Tomos Williams, but England chipped away with the boot of George Ford. Wales defended "
        "their line for ten minutes in the second half as England camped on their try line. "
        "The decisive kick came with five minutes left. The Wales head coach, Warren Gatland, said "
        "his young side had shown “great fight” and would learn from the defeat. England’s "
        "captain, Jamie George, said it had been a “proper arm-wrestle”. Wales now face Scotland "
        "in Cardiff next weekend, with their wing Josh Adams a doubt after a shoulder injury. "
        "England travel to Dublin. "
        "The defeat was Wales’s ninth in a row in the championship.",
        "sport",
    ),
    (
        "Sadiq Khan wins historic third term as London mayor",
        "Sadiq Khan has won a third term as mayor of London, beating the Conservative candidate, "
        "Susan Hall, by more than 275,000 votes. He took 43.8% of the vote to her 32.7%, with the "
        "Liberal Democrats and Greens far behind. Mr Khan, who was first elected in 2016, is the "
        "first mayor to win three times. In his victory speech at City Hall he said he would "
        "build more council homes and make the capital safer. Ms Hall said she had fought a good "
        "campaign. The count was delayed in some areas because of problems with ballot boxes. "
        "Labour also won mayoral elections in the West Midlands and Greater Manchester, where "
        "Andy Burnham was re-elected with a large majority. Turnout in London was just over 40%, "
        "lower than four years ago. "
        "The Greens and Reform UK each gained seats on the London Assembly.",
        "other",
    ),
    (
        "From refugee to Olympian: Manchester teenager picked for GB taekwondo team",
        "A teenager who arrived in Manchester as a refugee at the age of nine has been selected for "
        "the British taekwondo team for the Olympic Games. The 18-year-old, who fled Afghanistan "
        "with his mother and sisters, started training at a club in Moss Side when he was ten. His "
        "coach said he had shown “extraordinary discipline” and had become a role model for other "
        "young people at the club. He was granted British citizenship last year. His mother, who "
        "now works as a teaching assistant, said the family were proud beyond words. GB "
        "Taekwondo, based at the National Taekwondo Centre in the city, named a squad of seven "
        "athletes. He will compete in the under-68kg category, and his old school in Longsight "
        "is planning a screening of his first bout in its sports hall.",
        "other",
    ),
    (
        "A-level results: top grades fall as exams return to pre-pandemic marking",
        "The proportion of A-level entries in England awarded A* or A fell to 27.2% this year, as "
        "the exam regulator returned grading to pre-pandemic standards. The figure was 35.9% last "
        "year and 44.8% in 2021, when grades were set by teachers. Ofqual said results were in line "
        "with 2019. Universities said a record number of 18-year-olds had secured a place on their "
        "first-choice course through Ucas. Students in Wales and Northern Ireland had a more "
        "gradual return to normal grading. The education secretary said the results were a "
        "“milestone” in the recovery from the pandemic. Headteachers said students had faced "
        "disruption throughout their courses, many of them having sat no GCSE exams at all. "
        "Private schools again had the largest share of top grades. "
        "The number of students taking computer science rose for the fifth year running.",
        "other",
    ),
]
