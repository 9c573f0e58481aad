"""dev125 hard negatives: crime as it first breaks (lone shooters with no political motive reported,
stabbings, bank hostage stand-offs, police chases, heists, ransom kidnappings, drug seizures), hoax
bomb threats and evacuations, and verdicts in trials for past attacks; not conflict (eval/README.md,
section 1, `hard_negative_crime`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Hostage stand-off at bank in Hamburg suburb ends after 9 hours, gunman arrested",
        "Police special forces stormed a savings bank in Hamburg-Bergedorf on Thursday evening "
        "and arrested a 41-year-old man who had held four employees at gunpoint since the "
        "morning, police said. The hostages were unharmed. The motive appeared to be debt.",
        "crime",
    ),
    (
        "Live: Armed man holding hostages inside bank branch in Belo Horizonte",
        "11:05 Military police say a man armed with a revolver and claiming to carry explosives "
        "has been inside a Banco do Brasil branch since 09:30 with at least three customers. "
        "Negotiators are at the scene and the street has been sealed off.",
        "crime",
    ),
    (
        "High-speed police chase on M6 ends in crash; three arrested",
        "A stolen Audi that led police on a 40-mile chase along the M6 at speeds over 120mph "
        "crashed into a barrier near Stafford on Sunday night, West Midlands Police said. Three "
        "men were arrested on suspicion of burglary and dangerous driving.",
        "crime",
    ),
    (
        "Shooting at Georgia high school leaves four dead; 14-year-old in custody",
        "WINDER, Ga. (AP) — A 14-year-old student opened fire at Apalachee High School on "
        "Wednesday, killing two students and two teachers and wounding nine others, the Georgia "
        "Bureau of Investigation said. He surrendered to a school resource officer.",
        "crime",
    ),
    (
        "Gunman opens fire near student union at Florida State; two dead",
        "TALLAHASSEE, Fla. (AP) — A gunman opened fire near the student union at Florida "
        "State University on Thursday, killing two people and wounding six before officers "
        "shot and wounded him, police said. The suspect is the son of a sheriff's deputy.",
        "crime",
    ),
    (
        "Sweden's worst mass shooting: 10 killed at adult education centre in Örebro",
        "STOCKHOLM (Reuters) - A gunman killed 10 people at an adult education centre in "
        "Örebro on Tuesday before apparently taking his own life, police said. There was no "
        "indication of an ideological motive and the suspect was believed to have acted alone.",
        "crime",
    ),
    (
        "Man stabs four passengers on Tokyo subway train, police say no sign of terrorism",
        "TOKYO — A man slashed four passengers with a knife on a Tokyo Metro Tozai Line train "
        "during the evening rush hour on Friday and was arrested at the next station, police "
        "said. Investigators said he had told them he was tired of life.",
        "crime",
    ),
    (
        "Bomb threats emailed to dozens of schools across Slovenia turn out to be hoaxes",
        "LJUBLJANA — Police evacuated more than 40 primary and secondary schools on Monday "
        "morning after emailed bomb threats, but searches found nothing and classes resumed "
        "by noon, the police said. The emails were sent from a foreign server.",
        "crime",
    ),
    (
        "UPDATE 1-Paris Beauvais airport evacuated over bomb threat, flights resume",
        "(Updates with all-clear, flights resuming) PARIS, Oct 18 (Reuters) - Beauvais-Tillé "
        "airport north of Paris was evacuated for about three hours on Wednesday after a bomb "
        "threat that proved false, the airport operator said. It was one of six French "
        "airports to receive a threat by email that day.",
        "crime",
    ),
    (
        "Dozens of armed officers descend on Ohio home after hoax hostage call",
        "COLUMBUS, Ohio — A SWAT team surrounded a house in the suburb of Hilliard late on "
        "Saturday after a caller claimed to have shot his father and taken hostages, police "
        "said, but found only a teenager playing video games. Police are treating it as "
        "swatting.",
        "crime",
    ),
    (
        "Solingen knife attacker sentenced to life in prison",
        "DÜSSELDORF — A higher regional court sentenced the 27-year-old Syrian who killed three "
        "people at a city festival in Solingen last August to life in prison on Wednesday, "
        "finding him guilty of murder and membership of a terrorist organisation.",
        "crime",
    ),
    (
        "Verdict: Mannheim knife attacker jailed for life over police officer's death",
        "STUTTGART — A court on Tuesday sentenced the Afghan man who stabbed a police officer "
        "to death at an anti-Islam rally in Mannheim's market square in May 2024 to life in "
        "prison, finding he had acted out of Islamist conviction.",
        "crime",
    ),
    (
        "Thieves steal crown jewels from the Louvre in four-minute daylight raid",
        "Thieves used a truck-mounted ladder to reach the Apollo Gallery of the Louvre on "
        "Sunday morning, cut through display cases and escaped on scooters with eight pieces "
        "of jewellery, France's interior minister said. The museum closed for the day.",
        "crime",
    ),
    (
        "Businessman kidnapped in Gqeberha freed after police shoot-out",
        "GQEBERHA — Police rescued a businessman who was kidnapped for ransom from outside his "
        "home a week ago, killing two suspects in a shoot-out at a house in Motherwell, police "
        "said on Friday. A ransom of R15 million had been demanded.",
        "crime",
    ),
    (
        "Spanish police seize 13 tonnes of cocaine hidden in banana shipment",
        "Spanish police have seized 13 tonnes of cocaine hidden in a shipment of bananas from "
        "Ecuador at the port of Algeciras, the largest such haul in the country's history, the "
        "interior ministry said on Wednesday. Five people were arrested.",
        "crime",
    ),
    (
        "Gunman kills three at house party in Texas; police search for suspect",
        "Three people were shot dead and four wounded when a man opened fire at a crowded house "
        "party in north Houston early on Sunday after an argument, Harris County Sheriff Ed "
        "Gonzalez said. The suspect fled in a grey sedan.",
        "crime",
    ),
    (
        "Police shoot dead man who ran over pedestrians in Rotterdam; no terror motive",
        "A man who drove a van onto a busy shopping street in Rotterdam, injuring five people, "
        "was shot dead by police on Saturday, the police said. Investigators said the driver "
        "was known to mental health services and there was no indication of a terrorist "
        "motive.",
        "crime",
    ),
    (
        "Italian police arrest 130 in dawn raids on 'Ndrangheta clan",
        "REGGIO CALABRIA — Italian police arrested 130 people in dawn raids across Calabria "
        "and northern Italy on Tuesday in an operation against a 'Ndrangheta clan accused of "
        "extortion and drug trafficking, prosecutors said.",
        "crime",
    ),
    (
        "Suspect detained after shots fired outside Malmö nightclub; one injured",
        "Police in Malmö said a man in his 20s was detained after shots were fired outside a "
        "nightclub on Stortorget shortly after 02:00 on Saturday, wounding a doorman. Police "
        "believe the shooting followed a dispute in the queue.",
        "crime",
    ),
    (
        "Ten inmates escape New Orleans jail through hole behind toilet",
        "NEW ORLEANS (AP) — Ten inmates escaped from the Orleans Parish jail overnight by "
        "pulling a toilet from a cell wall and crawling through the gap, the sheriff's office "
        "said Friday. They were not discovered missing until a headcount hours later.",
        "crime",
    ),
    (
        "Six killed in stabbing at Bondi Junction shopping centre; police rule out terrorism",
        "SYDNEY — A man armed with a knife killed six people at the Westfield Bondi Junction "
        "shopping centre on Saturday afternoon before being shot dead by a police inspector, "
        "NSW Police said. The commissioner said there was nothing to suggest an ideological "
        "motive.",
        "crime",
    ),
    (
        "Suspicious package closes Brussels Midi station; army bomb squad called",
        "Brussels-Midi station was evacuated for two hours on Friday after a suitcase was found "
        "abandoned on platform 12, the rail operator said. The bomb disposal unit found it "
        "contained clothes and the station reopened. Its owner has been traced.",
        "other",
    ),
]
