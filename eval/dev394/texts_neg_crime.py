"""dev394 negatives: crime (taxi violence, heists, farm murders, gangs), accidents and disasters
as the South African press reports them. (title, text, kind code)."""

NEGATIVES = [
    (
        "Cash van bombed on N1 as heist gang escapes with millions",
        "A gang of about 15 heavily armed men blew open a cash-in-transit van on the N1 near "
        "Polokwane on Thursday morning and escaped with an undisclosed amount of money, police "
        "said. The robbers, travelling in three vehicles, forced the armoured van off the road "
        "and fired at its tyres with rifles before using explosives to open the vault. Two "
        "security guards were wounded and taken to hospital. Motorists filmed the attack from a "
        "distance, and the footage spread on social media within minutes. Limpopo police "
        "spokesperson Brigadier Motlafela Mojapelo said a multidisciplinary team was following "
        "up leads. The Private Security Industry Regulatory Authority says cash-in-transit "
        "attacks have risen for three years running. Security firm Fidelity said its guards were "
        "“being sent into a war zone every day” and called for harsher sentences. "
        "The N1 was closed in both directions for almost four hours while explosives experts "
        "checked the wreck.",
        "crime",
    ),
    (
        "Six shot dead in Cape Town taxi route war",
        "Six people, among them four taxi drivers, were shot dead at a rank in Khayelitsha on "
        "Tuesday in what police believe is the latest round of violence over the lucrative "
        "route between Mfuleni and Bellville. Gunmen got out of a car and opened fire on drivers "
        "waiting to load passengers, witnesses said. A 12-year-old girl walking past was "
        "wounded in the leg. The Western Cape transport department closed the route for 30 days "
        "and said it would impound minibuses that ignored the order. Cata and Codeta, the two "
        "associations fighting over the route, have blamed each other for the killings. Police "
        "said hitmen were being paid as little as R10,000 a job. Commuters were left to walk or "
        "find a bus as the closure took effect. "
        "It is the third time in two years that the route has been shut. Santaco's provincial "
        "office said it had tried to mediate but that both associations had walked out of talks"
        " in May.",
        "crime",
    ),
    (
        "Elderly Limpopo farmer killed in attack on smallholding",
        "A 74-year-old farmer was killed and his wife seriously injured when robbers attacked "
        "their smallholding outside Mookgophong on Sunday night, police said. The attackers cut "
        "through the fence, tied up the couple and demanded the keys to the safe before shooting "
        "the man. They left with firearms, cash and a bakkie that was later found abandoned near "
        "Modimolle. AfriForum said it was the seventh farm murder in Limpopo this year and called "
        "for a dedicated rural safety unit. Police minister Senzo Mchunu said the government's "
        "rural safety strategy was working but that farms remained isolated. Neighbours said the "
        "couple had farmed the land for 40 years and employed eight workers, who found them on "
        "Monday morning. Three men have been arrested. "
        "They are due to appear in the Mookgophong Magistrate's Court on Wednesday. Farm "
        "workers gathered at the gate on Monday afternoon and said they did not know whether "
        "they would still have jobs.",
        "crime",
    ),
    (
        "Manenberg residents caught in crossfire as gang feud flares",
        "A 9-year-old boy was among three people shot dead in Manenberg at the weekend as a "
        "feud between the Hard Livings and the Americans gangs flared again, Western Cape police "
        "said. The boy was hit by a stray bullet while playing outside his grandmother's flat. "
        "Police said 23 people had been shot on the Cape Flats since Friday, and that two "
        "suspects had been arrested with an unlicensed pistol. Schools in the area kept "
        "children indoors during breaks. Community safety MEC Reagen Allen said the province "
        "needed more detectives, not more promises. A resident who runs a soup kitchen told "
        "News24 that mothers were “raising children in a war zone” and that the shooting "
        "starts most evenings at seven. The anti-gang unit has been deployed to the area. "
        "Police said they had seized 14 firearms in the area since the start of the month.",
        "crime",
    ),
    (
        "Senzo Meyiwa trial hears of the night the keeper was shot",
        "The Pretoria High Court heard on Tuesday how Bafana Bafana captain Senzo Meyiwa was "
        "shot at the Vosloorus home of his girlfriend, singer Kelly Khumalo, in October 2014. A "
        "forensic expert told the court the bullet entered his chest from close range. Five men "
        "are on trial for the murder and have pleaded not guilty. Defence lawyers have "
        "questioned why people who were in the house on the night have not been charged. The "
        "trial, which began in 2022, has been delayed by changes of judge and of legal teams. "
        "Meyiwa's father, who died in 2020, never saw a verdict. Outside the court, supporters "
        "of the accused and members of the Meyiwa family held separate gatherings. The case "
        "was adjourned to Thursday. "
        "Meyiwa, who was 27, had captained Orlando Pirates and was regarded as the country's "
        "first-choice goalkeeper. His killing shocked South African football, and the national "
        "team wore black armbands for its next match. Police have been criticised for the slow "
        "pace of the investigation, and the docket was at one point said to have gone missing.",
        "crime",
    ),
    (
        "AKA and friend shot dead outside Durban restaurant",
        "Rapper Kiernan “AKA” Forbes and his friend Tebello “Tibz” Motsoane were shot dead "
        "outside a restaurant on Florida Road in Durban on Friday night, police said. Two gunmen "
        "approached the pair on the pavement and fired at close range before fleeing on foot. "
        "The musician was due to perform at a club in the city for his birthday. Police minister "
        "Bheki Cele said the shooting “has all the makings of a hit” and that a team of "
        "detectives had been assigned. Fans gathered outside the restaurant on Saturday with "
        "flowers and candles. The killing came days before AKA was due to release a new album. "
        "Members of the music industry called for the killers to be found quickly, and his "
        "family asked for privacy. "
        "Police later released footage of the gunmen taken by a camera across the street. "
        "Florida Road, a busy strip of restaurants and bars, was cordoned off until Saturday "
        "morning.",
        "crime",
    ),
    (
        "Moti brothers freed after three weeks with kidnappers",
        "The four young sons of Polokwane businessman Nazim Moti were found unharmed on a road "
        "in Vhembe on Tuesday night, three weeks after they were snatched on the way to school, "
        "police said. The boys, aged between six and 15, were dropped off by their captors and "
        "picked up by a passer-by. Police did not say whether a ransom was paid. The brothers "
        "were abducted when gunmen forced their father's car off the road in October. Police "
        "said a syndicate that targets wealthy business families in Gauteng and Limpopo was "
        "behind the kidnapping, and that several members had been arrested in earlier cases. "
        "Kidnappings for ransom have risen sharply, according to police statistics. The family "
        "thanked the public for its prayers. "
        "Their father told reporters that the boys were tired but well and that they had been "
        "given food by their captors. Limpopo police commissioner Thembi Hadebe said the "
        "investigation would continue until everyone involved was arrested.",
        "crime",
    ),
    (
        "Police tighten siege of illegal miners at Stilfontein shaft",
        "Police have sealed the last open shaft at a disused gold mine in Stilfontein, where "
        "hundreds of illegal miners are believed to be underground, saying they will be "
        "arrested when they come up. The operation, part of the Vala Umgodi crackdown on illegal "
        "mining, has cut off food and water deliveries to the miners. Police said 1,170 people "
        "had surfaced in recent weeks, many of them weak and dehydrated, and had been arrested. "
        "Relatives camped at the shaft accuse the state of starving the men out. Minister in "
        "the Presidency Khumbudzo Ntshavheni said the state would not send help to criminals, "
        "adding that “we are going to smoke them out”. Civil society groups went to court to "
        "force a rescue. The Stilfontein mine was abandoned by its owners more than a decade ago. "
        "Police insist that the miners can come up whenever they choose, and that the shaft was"
        " sealed only to stop supplies reaching them. A mine rescue team said it could not go "
        "down without the approval of the mineral resources department.",
        "crime",
    ),
    (
        "Soweto tavern shooting leaves 16 dead",
        "Sixteen people were killed when gunmen opened fire on patrons at a tavern in Orlando "
        "East, Soweto, shortly after midnight on Sunday, police said. The attackers arrived in "
        "a minibus and fired indiscriminately with rifles and a pistol, before escaping. Several "
        "of the wounded were taken to Chris Hani Baragwanath Hospital, where two died. Gauteng "
        "police commissioner Elias Mawela said investigators were looking at whether the "
        "attack was linked to illegal mining gangs. On the same night four people were shot at a "
        "tavern in Pietermaritzburg. Residents gathered outside the tavern on Sunday morning as "
        "forensic teams worked. Police minister Bheki Cele visited the scene and said he had "
        "ordered a crackdown on unlicensed firearms. "
        "Owners of taverns in the township said they would close early for the rest of the "
        "week. The tavern's owner told reporters he had never had trouble before.",
        "crime",
    ),
    (
        "Boksburg tanker blast: death toll rises to 34",
        "The number of people who died after a gas tanker exploded under a bridge in Boksburg "
        "on Christmas Eve has risen to 34, the Gauteng health department said on Monday. The "
        "tanker, carrying liquefied petroleum gas, became stuck under a low bridge near the Tambo "
        "Memorial Hospital and caught fire, and the explosion wrecked part of the hospital and "
        "nearby houses. Several of the dead were nurses from the hospital who had come to help. "
        "The driver was arrested and later released. Ekurhuleni officials are investigating "
        "whether the tanker should have been on that road. Families have complained that they "
        "struggled to find their relatives in the burns units of several hospitals. A memorial "
        "service was held at the hospital. "
        "The hospital's casualty unit has been closed and patients moved to other facilities. "
        "The Gauteng government said it would pay for the funerals of the nurses.",
        "accident",
    ),
    (
        "Marshalltown building fire kills 77 in Joburg CBD",
        "At least 77 people were killed when fire swept through a five-storey building in "
        "Marshalltown, central Johannesburg, early on Thursday, emergency services said. The "
        "building, owned by the city, had been taken over by informal landlords who rented "
        "space to hundreds of people, many of them foreign nationals. Rescue workers said "
        "residents were trapped behind locked gates and that some jumped from windows. Twelve of "
        "the dead were children. Emergency Management Services spokesperson Robert Mulaudzi said "
        "crews had recovered bodies floor by floor. Residents who escaped were taken to a "
        "community hall. The city says it has more than 700 hijacked buildings and lacks the "
        "money to fix them. A commission of inquiry has been set up. "
        "Many of those who survived said they had lost their documents in the fire and could "
        "not prove who they were.",
        "accident",
    ),
    (
        "Hope fades for workers in George building collapse",
        "Rescuers in George have recovered 19 bodies from the rubble of a block of flats that "
        "collapsed while under construction on Monday, the Garden Route district municipality "
        "said on Friday. At least 20 workers are still missing. Teams from across the country, "
        "among them search dogs and specialists from Cape Town, have worked through the nights "
        "using cameras and listening devices. One man was pulled out alive after more than 100 "
        "hours. The Department of Employment and Labour said it had begun an inquiry into the "
        "building's design and the contractors. Many of the workers were from Malawi and "
        "Zimbabwe. Families waiting at a nearby church said they had been told little. The "
        "developer has not commented. "
        "Local churches have organised meals for the rescue teams, who have been working in "
        "shifts since Monday afternoon.",
        "accident",
    ),
    (
        "KZN floods: army deployed as death toll passes 400",
        "The SANDF has sent 10,000 soldiers to KwaZulu-Natal to help with rescue and relief after "
        "floods that killed at least 435 people, President Cyril Ramaphosa said on Monday. Days "
        "of rain washed away roads, bridges and homes across eThekwini, and more than 40,000 "
        "people have been left homeless. Navy divers and air force helicopters have joined the "
        "search for some 60 people still missing. In Clermont and Lindelani, residents dug "
        "through mud with their hands. The Durban port, the busiest in the country, suspended "
        "operations after containers were swept into the harbour. Ramaphosa declared a national "
        "state of disaster. Residents in Umlazi said they had been without water for a week and "
        "were queuing at tankers. "
        "Eskom said it had restored power to most areas but that some substations remained "
        "under water.",
        "disaster",
    ),
    (
        "Mthatha flood victims buried as Eastern Cape counts the cost",
        "Families in Mthatha began burying their dead on Saturday after floods swept through the "
        "town and surrounding villages, killing at least 101 people, according to the Eastern "
        "Cape government. The Mthatha river burst its banks before dawn on Tuesday, washing away "
        "houses in Slovo Park and a school bus carrying learners. About 5,000 people have been "
        "moved to community halls. Premier Oscar Mabuyane said the province would need billions "
        "to repair roads and bridges. Police divers and soldiers are still searching for at "
        "least six missing people. Residents accused the municipality of allowing houses to be "
        "built on the flood plain. The South African Weather Service had issued a level 9 "
        "warning the day before. "
        "President Cyril Ramaphosa visited the town on Thursday and promised that the national "
        "government would help. Schools in the worst-hit areas have been closed until further "
        "notice.",
        "disaster",
    ),
    (
        "Knysna fires destroy hundreds of homes",
        "More than 600 homes have burned in and around Knysna after fires driven by gale-force "
        "winds swept across the Garden Route, the municipality said on Thursday. About 10,000 "
        "people were evacuated overnight as flames jumped from the hills into the town and the "
        "Brenton-on-Sea area. Four people have died. Firefighters from Cape Town, the SANDF and "
        "volunteers battled the blaze for two days, and army helicopters dropped water on the "
        "hills. Residents sheltered at schools and the Knysna municipal hall. Local businesses "
        "handed out food and blankets. The Western Cape government declared a local disaster. "
        "Officials said it was too early to say how the fires started. "
        "Among the dead was a three-year-old boy whose family's car was caught by the flames on"
        " the road out of town. The N2 was closed for most of Wednesday, and Eskom cut power to"
        " several suburbs as the fires reached power lines. Insurers said the claims would run "
        "into billions of rand. Volunteers from George and Plettenberg Bay drove in with water "
        "and food.",
        "disaster",
    ),
    (
        "Cape Town water crisis: city pushes Day Zero back again",
        "Cape Town has pushed back the date on which its taps could run dry to June, after "
        "residents cut their use of water to about 520 million litres a day, mayor Patricia de "
        "Lille said. The city has been fighting the worst drought in a century, and residents "
        "are limited to 50 litres each a day. Queues at natural springs in Newlands have become "
        "a daily sight, and the police have been called to keep order. Farmers in the Western "
        "Cape say the drought has cost thousands of jobs. Dams that supply the city are at about "
        "24% of their capacity. Officials warned that the reprieve depends on winter rains. "
        "“The battle is not over,” De Lille said. "
        "The city's plan, if the taps are turned off, is to set up 200 collection points "
        "guarded by police and soldiers, where residents would queue for 25 litres a day. "
        "Hotels have asked guests to take two-minute showers, and restaurants have replaced "
        "their glasses with plastic cups. Water engineers said the city had been slow to build "
        "desalination plants.",
        "disaster",
    ),
    (
        "Tornado tears through Tongaat, leaving thousands homeless",
        "A tornado ripped through Tongaat, north of Durban, on Monday afternoon, killing at "
        "least 11 people and destroying hundreds of houses, KwaZulu-Natal officials said. Roofs "
        "were torn off, cars overturned and a school badly damaged in the Buffelsdale area. "
        "About 1,000 people spent the night in community halls. The provincial disaster "
        "management department said it was the worst tornado to hit the area in living memory. "
        "Gift of the Givers handed out food and blankets, and Premier Nomusa Dube-Ncube visited "
        "the area on Tuesday. The South African Weather Service said it had warned of severe "
        "thunderstorms with possible damaging winds. Residents said the tornado lasted only "
        "minutes. "
        "Officials said it would take weeks to repair the damage, and that some families would "
        "be housed in temporary structures. A second tornado was reported near Mandeni on the "
        "same afternoon. Schools in the area were closed on Tuesday.",
        "disaster",
    ),
]
