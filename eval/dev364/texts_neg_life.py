"""dev364 negatives: medicine, biology, wildlife, crime studies and culture on the science desk.

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "Engineered immune cells wipe out lupus in first patients treated",
        "Five people with severe lupus have gone into drug-free remission after being treated "
        "with CAR-T cells, immune cells reprogrammed to hunt down and destroy the B cells that "
        "drive the disease, researchers in Germany reported on Thursday. The therapy, long used "
        "against blood cancers, was given to patients at the University Hospital Erlangen whose "
        "kidneys, hearts or lungs were under attack from their own immune systems. Within three "
        "months, the engineered cells had eliminated the rogue B cells, and patients stopped all "
        "other medication. When new B cells returned, they no longer produced the harmful "
        "antibodies, the team wrote in Nature Medicine. “It is like rebooting the immune "
        "system,” said the rheumatologist who led the study. Side effects were mild, with only "
        "short bouts of fever. Specialists cautioned that the numbers were small and the "
        "follow-up short, and that the treatment costs hundreds of thousands of euros per "
        "patient.",
        "health",
    ),
    (
        "New class of antibiotic kills drug-resistant bacteria in mice",
        "Scientists have discovered a new class of antibiotic that kills Acinetobacter baumannii, "
        "one of the bacteria the World Health Organization ranks as a critical threat, by "
        "blocking the machinery that builds its outer membrane. The compound, zosurabalpin, "
        "cleared lethal infections of pneumonia and sepsis in mice, researchers at Roche and "
        "Harvard University reported in two papers in Nature. No new class of drug against this "
        "group of bacteria has reached patients in more than 50 years. “This is a battle we have "
        "been losing for decades,” said one of the authors. The drug works only against "
        "Acinetobacter, which limits its use but may slow the emergence of resistance. It is now "
        "in early clinical trials. Drug-resistant infections were directly responsible for an "
        "estimated 1.27 million deaths worldwide in 2019. Microbiologists welcomed the finding "
        "but warned that the economic model for developing antibiotics remains broken.",
        "health",
    ),
    (
        "Engineered viruses used to fight superbug infection in teenage patient",
        "Doctors in London have used a cocktail of genetically engineered viruses to treat a "
        "teenager with cystic fibrosis whose body was being overrun by an antibiotic-resistant "
        "infection after a lung transplant. The viruses, known as bacteriophages, infect and "
        "destroy specific bacteria while leaving human cells untouched. Researchers at the "
        "University of Pittsburgh searched a collection of more than 10,000 phages to find three "
        "that would attack the patient's strain of Mycobacterium abscessus, and then modified "
        "two of them to make them more lethal. Within six weeks, sores on her skin had begun to "
        "heal, the team reported in Nature Medicine. Phage therapy was widely used in the Soviet "
        "Union but fell out of favour in the west after antibiotics arrived. Scientists cautioned "
        "that a single case cannot show the treatment works. The patient, 17, said she was now "
        "learning to drive.",
        "health",
    ),
    (
        "Killer T cells 'ambush' malaria parasites in the liver, imaging shows",
        "A special type of immune cell lies in wait in the liver and kills malaria parasites "
        "before they can invade the blood, according to a study in mice and human tissue "
        "published on Wednesday in Science Immunology. Researchers at the Walter and Eliza Hall "
        "Institute in Melbourne filmed the resident memory T cells patrolling liver blood vessels "
        "and striking infected cells within hours of a mosquito bite. Mice given a vaccine that "
        "boosted these cells were fully protected against a lethal challenge. “These cells are "
        "the front-line troops,” said the immunologist who led the work. Current malaria "
        "vaccines rely mainly on antibodies, which wane within a year or two. The team says a "
        "vaccine that trains liver T cells could give longer-lasting protection. Human trials "
        "could begin within three years. Malaria killed an estimated 608,000 people in 2022, "
        "most of them children under five in Africa.",
        "health",
    ),
    (
        "Second malaria vaccine rolled out to children in Côte d'Ivoire",
        "Côte d'Ivoire on Monday became the first country to start giving children the R21 "
        "malaria vaccine, developed at the University of Oxford and made by the Serum Institute of "
        "India. Health workers in Abidjan vaccinated infants aged five months as part of routine "
        "immunisation, and the government plans to reach 250,000 children in 16 regions this "
        "year. R21 cut symptomatic malaria by about 75% in a trial of 4,800 children in four "
        "countries. It costs less than $4 a dose and can be produced in large quantities. “This "
        "is a major weapon in our arsenal,” said the country's health minister. The World Health "
        "Organization recommended the vaccine in October. Scientists say it must be combined "
        "with bed nets and drugs because protection fades. Mosquitoes resistant to insecticides "
        "and parasites resistant to artemisinin are spreading in parts of East Africa.",
        "health",
    ),
    (
        "Bird flu found in US dairy cows, raising questions about milk safety",
        "Scientists are racing to understand how H5N1 bird flu has spread among dairy cattle in "
        "the United States after the virus was confirmed in herds in Texas and Kansas, an "
        "outbreak that virologists say took them by surprise. The Department of Agriculture said "
        "infected cows produced less milk and lost their appetite, and that genetic analyses "
        "suggest wild birds introduced the virus. A farm worker in Texas has tested positive and "
        "has conjunctivitis. Researchers found high levels of the virus in raw milk from sick "
        "animals, but the Food and Drug Administration says pasteurisation should kill it. "
        "“Cows were not on our list of worries,” said one influenza specialist. Some scientists "
        "criticised the slow release of genetic sequences. Herds in at least eight states have "
        "since been found to carry the virus. The risk to the public remains low, health "
        "officials say.",
        "health",
    ),
    (
        "Superbugs could kill 39 million people by 2050, global study finds",
        "Antibiotic-resistant infections will directly cause more than 39 million deaths worldwide "
        "between now and 2050, according to the largest analysis of the problem, published in "
        "The Lancet on Monday. The Global Research on Antimicrobial Resistance project estimated "
        "that drug-resistant bacteria killed 1.14 million people directly in 2021, and played a "
        "part in 4.71 million deaths. Deaths among children under five fell by more than half "
        "since 1990, thanks to vaccines and better sanitation, but deaths among people over 70 "
        "rose by 80%. The authors, from the Institute for Health Metrics and Evaluation in "
        "Seattle, said better treatment and new drugs could save 92 million lives. “The war "
        "against superbugs is not lost, but we are not winning it,” one said. The study draws "
        "on 520 million records from 204 countries. Resistant Staphylococcus aureus was the "
        "deadliest single pathogen.",
        "health",
    ),
    (
        "Lionfish invasion spreads into the Mediterranean, divers report",
        "Lionfish, the venomous predators that overran the Caribbean in the 2000s, are now "
        "established along the coasts of Cyprus and southern Turkey and advancing west, a team of "
        "marine biologists reported on Tuesday. Divers and fishers recorded more than 400 "
        "sightings last year, compared with a handful in 2013, according to the study in "
        "Marine Biodiversity Records. The fish probably arrived through the Suez Canal, which was "
        "widened in 2015. In the Caribbean, lionfish have cut populations of small reef fish by "
        "up to 80% in places. “They eat everything and nothing eats them,” said a researcher at "
        "the University of Plymouth. Cyprus has organised culling tournaments in which divers "
        "spear the fish, and chefs are being encouraged to put them on menus. Scientists say "
        "warming seas will help the invaders push further north.",
        "other",
    ),
    (
        "Asian hornets reach record numbers in Britain as volunteers hunt nests",
        "The number of Asian hornet nests destroyed in England has reached a record this year, "
        "raising fears that the invasive insect could become permanently established, the "
        "government's bee unit said. Inspectors found 72 nests across Kent, Sussex and Devon "
        "by mid-September, compared with six in the whole of last year. The hornet, Vespa "
        "velutina, arrived in France in a pottery shipment from China about 2004 and has since "
        "spread across western Europe. Each hornet can eat dozens of honeybees a day, hovering "
        "outside hives and picking them off as they return. Beekeepers have set up volunteer "
        "teams to track hornets back to their nests with radio tags. “We are in a race against "
        "time,” said one ecologist. Scientists at the University of Exeter say a single new nest "
        "can produce hundreds of queens. The public is asked to report sightings through a "
        "phone app.",
        "other",
    ),
    (
        "Robots join the fight against coral-eating starfish on Great Barrier Reef",
        "Australian scientists have begun testing an underwater robot that can find and kill "
        "crown-of-thorns starfish, the spiny predators whose population explosions have stripped "
        "large stretches of the Great Barrier Reef of live coral. The robot, developed at the "
        "Queensland University of Technology, uses cameras and machine learning to spot the "
        "starfish and then injects them with a bile salt solution. Divers currently cull "
        "hundreds of thousands of starfish a year by hand. An outbreak can eat through most of "
        "the coral on a reef within a few years, according to the Australian Institute of Marine "
        "Science. “It is a war of attrition,” said one marine ecologist. Scientists think that "
        "farm run-off, which feeds the plankton that starfish larvae eat, makes outbreaks more "
        "frequent. The reef has also suffered from repeated bleaching caused by heatwaves. Field "
        "trials will run until the end of the year.",
        "other",
    ),
    (
        "Football science: why strikers miss more penalties under pressure",
        "Penalty takers in major tournaments are far more likely to miss when a miss would lose "
        "the shoot-out, a study of 540 kicks from World Cups and European Championships has "
        "found. Psychologists at the University of Exeter used eye-tracking goggles in a "
        "laboratory experiment to show why: anxious strikers look at the goalkeeper for longer "
        "and aim closer to the centre of the goal. When the researchers told volunteers that their "
        "shots would be ranked in front of team-mates, accuracy fell by a fifth. “The goalkeeper becomes a "
        "magnet for their attention,” said the lead author. Coaches may be able to train players "
        "to keep their eyes on the target corner. England's record in shoot-outs, once dismal, "
        "has improved since the team began such training, the authors note. The study is "
        "published in the Journal of Sport and Exercise Psychology.",
        "sport",
    ),
    (
        "Physicists say Oppenheimer gets the science mostly right",
        "Christopher Nolan's film Oppenheimer, which opened this week, has won praise from "
        "physicists and historians for its treatment of the science behind the first atomic "
        "bomb, although some say it compresses the story. The three-hour biopic follows J. "
        "Robert Oppenheimer from his student years to the security hearing that stripped him of "
        "his clearance in 1954. Nolan recreated the Trinity test of July 1945 without computer "
        "graphics, using fuel and explosives filmed at high speed. A historian of physics at "
        "Harvard said the film correctly shows the fear that a bomb might ignite the atmosphere, "
        "and how physicists calculated that it would not. Others regret that the Japanese victims "
        "of Hiroshima and Nagasaki are never seen on screen. Scientists at Los Alamos National "
        "Laboratory held a private screening. Several physics departments have seen a surge in "
        "interest in quantum mechanics courses, lecturers say.",
        "entertainment",
    ),
    (
        "HBO's Chernobyl drama is gripping but takes liberties, radiation experts say",
        "The television series Chernobyl has become one of the most highly rated dramas ever, "
        "and radiation scientists say it captures the chaos and secrecy of the 1986 disaster "
        "well, but exaggerates some of the medical effects. The five-part series follows the "
        "nuclear physicist Valery Legasov and the firefighters and miners sent into the "
        "exclusion zone. Medical physicists point out that radiation sickness is not contagious, "
        "as one scene implies, and that a pregnant woman's exposure could not have been "
        "absorbed by her baby in the way shown. “The drama is true to the fear people felt, if "
        "not always to the physics,” said a professor of molecular pathology at Imperial College "
        "London. The series has prompted a rise in tourism to the zone. Some physicists worry "
        "it will feed opposition to nuclear power. The creators have said they compressed some "
        "events and invented a composite scientist.",
        "entertainment",
    ),
    (
        "Firearms are now the leading killer of American children, study confirms",
        "Gun injuries overtook car crashes as the leading cause of death among children and "
        "teenagers in the United States in 2020, and the gap widened in 2021, researchers "
        "reported in the New England Journal of Medicine. Firearm deaths among people aged one to "
        "19 rose by 8.3% in a year, to 4,752, according to data from the Centers for Disease "
        "Control and Prevention. Most were homicides, but suicides accounted for about 30%. The "
        "rise was sharpest among Black teenagers. Public-health researchers have argued for "
        "decades that gun violence should be studied like any other epidemic, and Congress only "
        "restored federal research funding in 2019. “We treat these deaths as crime stories, "
        "not as a health crisis,” said one of the authors. The team called for safe-storage laws "
        "and more funding for violence-prevention programmes. No other rich country has a "
        "comparable rate of child firearm deaths.",
        "crime",
    ),
    (
        "Hotter days bring more shootings in US cities, analysis finds",
        "Shootings in large American cities rise on unusually hot days, and climate change could "
        "add thousands of gun incidents a year, according to an analysis published in JAMA "
        "Network Open. Researchers at Boston University matched records of more than 116,000 "
        "shootings in 100 cities between 2015 and 2020 with daily temperatures. About 7% of "
        "shootings were attributable to above-average heat, the team found, with the strongest "
        "effect in the summer months. Criminologists have long observed that violent crime "
        "peaks in summer, but the study controlled for season and day of the week. The authors "
        "suggest that heat raises irritability and brings more people outdoors. “Cooling centres "
        "and tree planting could be part of violence prevention,” one said. Some researchers "
        "cautioned that the data cannot show what drives individual attacks. The study did not "
        "include suicides.",
        "crime",
    ),
    (
        "Fishermen charged over murders of Dom Phillips and Bruno Pereira",
        "Brazilian prosecutors have charged three fishermen with the murders of the British "
        "journalist Dom Phillips and the Indigenous expert Bruno Pereira in the Javari Valley, a "
        "remote corner of the Amazon near the border with Peru. The two men were shot while "
        "travelling by boat in June, and their bodies were buried in the forest. Pereira had "
        "worked for Brazil's Indigenous affairs agency and was helping local groups monitor "
        "illegal fishing and hunting in the reserve. Police say the killings were prompted by "
        "anger at those patrols. Phillips was researching a book on how to save the Amazon. "
        "Scientists who work in the region say threats from poachers, illegal miners and drug "
        "traffickers have made field work increasingly dangerous. “We used to worry about "
        "snakes,” said an ecologist from the National Institute of Amazonian Research. The "
        "defendants deny the charges.",
        "crime",
    ),
    (
        "Stolen meteorite fragments turn up on online auction site",
        "Fragments of a rare meteorite stolen from a Spanish museum have been found for sale "
        "online, police said on Wednesday, after a geologist recognised the distinctive texture "
        "of one piece in an advert. Five pieces of the meteorite, which fell in 1896, were taken "
        "in a night-time break-in last spring in which thieves cut through a display case. Two "
        "men were arrested in Madrid and a third in Portugal. Meteorites are increasingly "
        "targeted because collectors will pay thousands of euros a gram for rare types, "
        "researchers say. A planetary scientist at the Complutense University said the stolen "
        "samples were among the few of their class available for study. The Guardia Civil said "
        "it had recovered about two-thirds of the missing material. Museums across Europe have "
        "been warned to review their security. The suspects have been released on bail.",
        "crime",
    ),
    (
        "Professor shot dead in lab building at University of North Carolina",
        "A faculty member was shot and killed on Monday in a science building at the University of "
        "North Carolina at Chapel Hill, and a graduate student has been charged with murder, "
        "police said. The campus was locked down for more than three hours while officers "
        "searched Caudill Laboratories, which houses chemistry research groups. The victim, an "
        "associate professor of applied physical sciences, was the suspect's academic adviser, "
        "according to court documents. Police have not given a motive. Students sheltered in "
        "classrooms and barricaded doors with desks, and some posted messages online. The "
        "university cancelled classes for two days. Colleagues described the professor as a "
        "devoted mentor who worked on materials for solar cells. It was the second lockdown at "
        "the university in two weeks, after a false report of an armed person.",
        "crime",
    ),
]
