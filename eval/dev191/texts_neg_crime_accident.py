"""dev191 negatives: police press conferences after crimes and accidents (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Detectives appeal for dashcam footage after woman found dead in Nottingham park",
        "NOTTINGHAM — Detectives investigating the death of a 31-year-old woman "
        "whose body was found in a park in Nottingham on Sunday morning have "
        "appealed for dashcam and doorbell footage, Nottinghamshire Police said on "
        "Monday. At a press conference at the force's headquarters, the senior "
        "investigating officer said a post-mortem examination had found that the "
        "woman died from multiple stab wounds. A 34-year-old man from the city was "
        "arrested on suspicion of murder on Sunday evening and remains in custody. "
        '"We believe this was an isolated incident and there is no wider threat '
        'to the public," the detective superintendent said. She said officers '
        "wanted to trace anyone who had been near the Arboretum between 11pm on "
        "Saturday and 6am on Sunday. Asked whether the woman and the suspect knew "
        "each other, she said she would not comment on that line of inquiry. Extra "
        "patrols will be in place in the area over the coming days. The woman's "
        "family have been informed and are being supported by specially trained "
        "officers. Flowers were left at the park gates on Monday afternoon. Anyone "
        "with information is asked to call 101, quoting incident 187 of 14 May.",
        "crime",
    ),
    (
        "San Antonio police chief says bar gunman had argued with staff, 'no "
        "indication' of terrorism",
        "SAN ANTONIO, Texas (AP) — A man who opened fire inside a crowded bar "
        "early Saturday, killing four people and wounding nine, had been thrown "
        "out about an hour earlier after an argument with staff, the city's police "
        "chief said at a news conference. The chief said the 27-year-old suspect "
        "returned shortly before 2am with a semi-automatic rifle and fired through "
        "the front door before walking in. He was shot and wounded by an off-duty "
        'officer working security and is in custody at a hospital. "At this time '
        "we have no indication that this was an act of terrorism or that it was "
        'motivated by hate," the chief said. Asked how the suspect obtained the '
        "rifle, he said detectives were working with the Bureau of Alcohol, "
        "Tobacco, Firearms and Explosives to trace it. The names of the victims, "
        "all in their twenties, will be released once relatives have been "
        "informed. The mayor asked for a moment of silence at the start of "
        "Sunday's city council session.",
        "crime",
    ),
    (
        "Santa Catarina police say gang used explosives and took over streets in "
        "overnight Criciúma bank raid",
        "CRICIÚMA, Brazil — Around 30 armed robbers who took over the centre of "
        "the southern Brazilian city of Criciúma overnight, blocking streets and "
        "blowing open a bank's cash vault with explosives, escaped with an "
        "undisclosed sum, Santa Catarina state police said at a press conference "
        "on Wednesday. The gang arrived in at least ten vehicles, fired at a "
        "military police battalion to pin officers down and forced residents to "
        "sit in the road as the robbery went on for nearly two hours, the state "
        "security secretary said. A police officer and a security guard were "
        "wounded. Police found banknotes scattered across several streets and "
        "arrested four men who were picking them up. The secretary said the gang "
        'practised a type of crime known in Brazil as "domínio de cidades", in '
        "which heavily armed groups seize small and medium-sized towns to rob "
        'banks. "This was organised crime with a military-style plan," he said. '
        "Pressed on whether the robbers had been identified, he said investigators "
        "were working with police in neighbouring states.",
        "crime",
    ),
    (
        "Australian Federal Police announce record 2.3-tonne cocaine seizure off Western Australia",
        "PERTH — Australian Federal Police and Border Force officers seized about "
        "2.3 tonnes of cocaine hidden on a fishing vessel off the coast of Western "
        "Australia, in what police called the largest single seizure of the drug "
        "in the state's history. Announcing the arrests at a press conference in "
        "Perth on Thursday, an assistant commissioner said three men, two "
        "Australians and a Colombian national, had been charged with importing a "
        "commercial quantity of a border-controlled drug. The vessel was "
        "intercepted about 300 nautical miles west of Geraldton after a "
        "months-long investigation with police in Ecuador and the United States, "
        "he said. The drugs had an estimated street value of 690 million "
        'Australian dollars. "This is a significant blow to a transnational '
        'criminal syndicate," he said. When asked whether a Mexican cartel was '
        "behind the shipment, he said he would not discuss the identity of the "
        "organisation while inquiries continued. The men face life imprisonment if "
        "convicted.",
        "crime",
    ),
    (
        "Tokyo police say man who stabbed passengers and set fire on commuter "
        "train 'wanted to be sentenced to death'",
        "TOKYO — A 24-year-old man who stabbed passengers and set a fire in a "
        "carriage on a commuter line in western Tokyo on Sunday night told "
        "investigators that he wanted to kill people and be sentenced to death, "
        "the Metropolitan Police Department said at a briefing on Monday. "
        "Seventeen passengers were injured, one of them, a man in his seventies, "
        "critically, police said. The suspect, dressed in a purple suit, poured "
        "lighter fluid on a seat and set it alight as passengers fled through the "
        "windows when the train stopped at a station. He was arrested at the scene "
        "on suspicion of attempted murder. Police said he had told them he was "
        "unhappy with his job and his relationships. Asked whether the attack was "
        "inspired by an earlier stabbing on another line, a police spokesman said "
        "investigators were examining the suspect's internet history. Rail "
        "operators said they would consider installing more security cameras in "
        "carriages.",
        "crime",
    ),
    (
        "Naples prosecutor says Camorra fugitive found behind false wall after 12 years on the run",
        "NAPLES — Italian police arrested one of the Camorra's most wanted "
        "fugitives in a hideout behind a false wall in a flat in the Secondigliano "
        "district of Naples early on Tuesday, after 12 years on the run, "
        "investigators told a news conference. The 58-year-old, who had been "
        "sentenced in absentia to life imprisonment for two murders and drug "
        "trafficking, was found with his wife and three mobile phones, the head of "
        "the city's flying squad said. Officers had watched the building for weeks "
        "after intercepted calls suggested he had returned to Naples from Spain. "
        '"He was living a few hundred metres from where he was born," the '
        "prosecutor said. Questioned on whether the arrest could spark a struggle "
        "for control of the clan's drug-dealing squares, the prosecutor said "
        "police would remain on alert. The interior minister congratulated the "
        "officers on social media. The man did not resist arrest and was taken to "
        "a high-security prison.",
        "crime",
    ),
    (
        "Stockholm police say teenagers hired for gang shootings as city records "
        "third death in a week",
        "STOCKHOLM — Police in Stockholm said on Thursday that a wave of shootings "
        "and bombings linked to a feud between two criminal networks had claimed a "
        "third life in a week, and that the suspected gunmen were increasingly "
        "teenagers recruited through encrypted apps. At a press conference, the "
        "region's police chief said a 19-year-old man had been shot dead in a "
        "stairwell in Jakobsberg on Wednesday night, and that a 15-year-old boy "
        "had been arrested nearby. Two detonations damaged apartment buildings in "
        'Uppsala and Haninge overnight, but no one was hurt. "These are children '
        'who are paid to kill by people who are sitting safely abroad," she said. '
        "Police will use new powers to set up search zones where officers can stop "
        "people without suspicion. Asked whether the army could be brought in to "
        "help, she said the police were in talks with the armed forces about "
        "support in areas such as explosives analysis, not patrols. The prime "
        "minister is due to address the nation on Friday.",
        "crime",
    ),
    (
        "Peruvian police say bus that plunged into Arequipa ravine was travelling "
        "above the speed limit",
        "AREQUIPA, Peru — A long-distance bus carrying 60 passengers plunged about "
        "200 metres into a ravine on the Panamericana Sur highway in Peru's "
        "southern Arequipa region early on Monday, killing at least 24 people, "
        "police said. The regional police chief told a news conference that the "
        "bus had left Lima on Sunday afternoon and went off the road on a bend "
        "near Ocoña at about 4am. Twenty people were taken to hospitals in Camaná "
        "and Arequipa, some by helicopter. Preliminary data from the vehicle's GPS "
        "suggested it had been travelling above the speed limit, the police chief "
        "said, and the driver was among the dead. Pressed on whether the company "
        "had been sanctioned before, he referred reporters to the land transport "
        "regulator. Rescue teams used ropes to bring bodies up the cliff. The "
        "government declared a day of mourning in the region. Relatives gathered "
        "outside the morgue in Camaná waiting to identify the dead. The transport "
        "ministry said it would audit the company's fleet. It was the third fatal "
        "bus accident in Peru this month.",
        "accident",
    ),
    (
        "Croatian rail operator and police examine signalling after head-on "
        "collision near Novska kills nine",
        "ZAGREB — Two passenger trains collided head-on on a single-track line "
        "near the town of Novska in eastern Croatia on Thursday evening, killing "
        "nine people and injuring 41, police and the state rail operator said at a "
        "joint press conference on Friday. The regional police chief said the "
        "trains, one heading to Zagreb and the other to Vinkovci, had been "
        "travelling at a combined speed of more than 150 kilometres per hour. Both "
        "drivers were among the dead. The rail operator's chairman said "
        "investigators were examining the signalling system on the stretch, which "
        "was being upgraded, and whether a dispatcher had given conflicting "
        'orders. "It is too early to say what happened, and I will not '
        'speculate," he said when asked whether human error was to blame. A '
        "45-year-old station master has been detained for questioning, police "
        "said. The government declared a day of national mourning and ordered "
        "safety checks on all single-track lines.",
        "accident",
    ),
    (
        "Fire chief says gas leak likely caused blast that levelled apartment block near Rouen",
        "ROUEN, France — A gas leak is the most likely cause of an explosion that "
        "destroyed a four-storey apartment building in a suburb of Rouen on "
        "Tuesday, killing three residents, the local fire chief told a news "
        "conference on Wednesday. Rescuers worked through the night with sniffer "
        "dogs to search the rubble and pulled a woman out alive shortly after "
        "midnight, he said. Eleven people were injured, two of them seriously. The "
        "regional prosecutor said an investigation for involuntary manslaughter "
        'had been opened and that there was "no element" pointing to a '
        "deliberate act. Residents had reported a smell of gas to the network "
        "operator on Monday evening, according to neighbours. When asked whether a "
        "technician had visited the building, the prosecutor said that was one of "
        "the questions the investigation would answer. About 60 residents of "
        "neighbouring buildings were evacuated and put up in a school gym and "
        "hotels.",
        "accident",
    ),
    (
        "Nepal's aviation authority says all 18 on board killed as plane crashes "
        "into gorge near Pokhara",
        "KATHMANDU — All 18 people on board a domestic passenger plane were killed "
        "when it crashed into a gorge on its approach to Pokhara in western Nepal "
        "on Saturday morning, the Civil Aviation Authority of Nepal said. At a "
        "press conference in Kathmandu, the authority's spokesman said the "
        "twin-engine turboprop had taken off from Kathmandu at 10:32am and lost "
        "contact with the control tower about 20 minutes later, shortly before it "
        "was due to land. The weather at the airport was clear, he said. Soldiers "
        "and police recovered bodies from the banks of the Seti River, and the "
        "flight data recorder was found in the afternoon. Among the dead were two "
        "crew members and five foreign nationals, the airline said. Asked whether "
        "the aircraft had a history of technical problems, the spokesman said a "
        "committee formed by the government would investigate and report within 45 "
        "days. Nepal has one of the worst air safety records in the world, and the "
        "European Union bans its airlines from its airspace.",
        "accident",
    ),
    (
        "Seoul police chief admits 'inadequate' response to emergency calls before Itaewon crush",
        "SEOUL — The head of South Korea's National Police Agency admitted on "
        "Tuesday that officers had failed to respond adequately to emergency calls "
        "warning of dangerous crowding in Seoul's Itaewon district hours before a "
        "crush that killed more than 150 people on Saturday night. At a press "
        "briefing, the commissioner general said police had received 11 calls from "
        "6:34pm onward, with callers saying people could be crushed in a narrow "
        'alley next to a hotel. "The handling of those calls was inadequate," he '
        "said, and bowed in apology. Most of the victims were in their twenties, "
        "and about two dozen were foreigners. An estimated 100,000 people had "
        "gathered in the area for the first Halloween celebrations without Covid "
        "restrictions in three years. Questioned on whether more officers should "
        "have been deployed, he said a special inspection team would examine the "
        "force's actions. The government has declared a week of national mourning.",
        "accident",
    ),
]
