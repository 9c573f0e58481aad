"""dev364 negatives: earthquakes, volcanoes and the archaeology and statistics of past wars.

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "Turkey quake ruptured faults along 300 kilometres, satellite data show",
        "The magnitude-7.8 earthquake that struck southern Turkey and northern Syria on Monday "
        "tore open the East Anatolian Fault along roughly 300 kilometres, with the ground on "
        "either side sliding past by as much as 7 metres, according to satellite radar analyses. "
        "A second shock of magnitude 7.5 nine hours later broke a separate fault to the north, "
        "something seismologists say they have rarely seen. More than 20,000 people have been "
        "confirmed dead in the two countries, and rescuers are still searching the rubble of "
        "thousands of collapsed buildings. Millions are without shelter in freezing "
        "temperatures. Geologists at the European Space Agency and the University of Leeds used "
        "images from the Sentinel-1 satellites taken before and after the shock to map the "
        "rupture. “The energy released was enormous,” said one. Engineers say poor enforcement "
        "of building codes made the death toll far worse. Aftershocks are expected for months.",
        "disaster",
    ),
    (
        "Tonga eruption blast was the biggest ever recorded by modern instruments",
        "The eruption of the Hunga Tonga-Hunga Ha'apai volcano on 15 January produced an "
        "atmospheric pressure wave that circled the globe at least four times and was more "
        "powerful than any volcanic or nuclear explosion measured in the 20th century, "
        "scientists reported in Science on Thursday. The plume reached 57 kilometres, into the "
        "mesosphere, according to satellite measurements. The blast also drove tsunami waves "
        "across the Pacific and as far as the Caribbean, arriving hours before the models "
        "predicted. Three people were killed in Tonga, and ash and waves damaged homes on "
        "several islands, cutting the country's undersea internet cable. “We have never had such "
        "a good view of an eruption of this size,” said a volcanologist at the University of "
        "Oxford. The volcano also injected a huge amount of water vapour into the stratosphere, "
        "which could warm the climate slightly for several years.",
        "disaster",
    ),
    (
        "Lava engulfs edge of Grindavík as Iceland eruption intensifies",
        "Lava flowed into the outskirts of the Icelandic fishing town of Grindavík on Sunday, "
        "setting fire to at least three houses, after a new fissure opened just a few hundred "
        "metres from the first homes. The town's 3,700 residents had been evacuated overnight as "
        "earthquakes intensified, the Icelandic Meteorological Office said. Engineers had built "
        "earth barriers to divert the lava, but the new fissure opened inside them. Volcanologists "
        "say the Reykjanes peninsula has entered a new period of activity that could last "
        "decades, after 800 years of quiet. Magma is still flowing into a chamber beneath the "
        "Svartsengi area, where the Blue Lagoon spa and a geothermal power plant are located. "
        "“This is a situation we cannot fully control,” said a geophysicist at the University of "
        "Iceland. The airport at Keflavík was operating normally. The government said it would "
        "help residents find homes elsewhere.",
        "disaster",
    ),
    (
        "La Palma eruption forces thousands more to leave as lava reaches the sea",
        "Lava from the Cumbre Vieja volcano on the Spanish island of La Palma reached the Atlantic "
        "on Tuesday night, sending up clouds of steam and gas, and authorities told people in "
        "several coastal areas to stay indoors. More than 6,000 people have been evacuated since "
        "the eruption began ten days ago, and the lava has destroyed at least 600 buildings, "
        "including homes, a school and a church, according to the Canary Islands government. "
        "Scientists at the Spanish Institute of Oceanography sent a research ship to study how "
        "the lava changes the chemistry of the seawater. Volcanologists say the eruption could "
        "last weeks or months. Banana plantations that sustain the island's economy have been "
        "buried. Drones are being used to map the flows and to rescue dogs trapped in an "
        "evacuated village. Nobody has been killed.",
        "disaster",
    ),
    (
        "Nepal quake moved Kathmandu up by a metre, radar images reveal",
        "The magnitude-7.8 earthquake that devastated Nepal on Saturday lifted the ground beneath "
        "Kathmandu by about a metre, while peaks to the north, including parts of the Everest "
        "region, dropped slightly, according to satellite images analysed by European "
        "scientists. The rupture began about 80 kilometres north-west of the capital and "
        "travelled east for about 120 kilometres, geophysicists at the German Aerospace Center "
        "said. More than 7,000 people have been killed, and hundreds of thousands of people are "
        "sleeping outside for fear of aftershocks. Seismologists had long warned that the "
        "Himalayan front was due for a major quake, but the shaking was weaker at high "
        "frequencies than expected, which may have saved some buildings. Avalanches on Everest "
        "killed at least 18 climbers and guides at base camp. Researchers fear the shock has "
        "left slopes unstable ahead of the monsoon.",
        "disaster",
    ),
    (
        "Morocco's deadliest quake in decades struck a fault geologists had barely studied",
        "The earthquake that killed nearly 3,000 people in Morocco's High Atlas mountains on "
        "Friday night happened on a fault system that geologists had mapped but considered "
        "relatively quiet, researchers said. The magnitude-6.8 shock, centred about 70 kilometres "
        "south-west of Marrakesh, was the strongest to hit the region since instruments began "
        "recording. Most of the dead were in mountain villages where homes of mud brick and "
        "stone collapsed. Soldiers and rescue teams from Spain, Britain and Qatar are helping "
        "search for survivors. A seismologist at the Institut Scientifique in Rabat said the "
        "Atlas is slowly being squeezed as Africa pushes into Europe. “A shock this size was "
        "possible, but people did not expect it,” she said. The 12th-century Tinmel mosque was "
        "badly damaged. Engineers will study which buildings survived to guide rebuilding.",
        "disaster",
    ),
    (
        "Strongest quake in 40 years shakes Naples as Campi Flegrei ground keeps rising",
        "A magnitude-4.4 earthquake shook the Campi Flegrei volcanic area west of Naples on "
        "Tuesday night, the strongest there in four decades, sending residents into the streets "
        "and damaging several old buildings in Pozzuoli. No one was seriously hurt, but some "
        "families spent the night in cars and in a tent camp set up by civil protection "
        "volunteers. The ground in parts of Pozzuoli has risen by more than 1.3 metres since 2005 "
        "because of gas and fluids building up below, according to the National Institute of "
        "Geophysics and Volcanology. Volcanologists say there is no sign that magma is rising "
        "towards the surface, but the uplift is fracturing the rock and causing swarms of small "
        "quakes. About 500,000 people live in the red zone that would be evacuated in an "
        "eruption. The government is reviewing evacuation plans and checking schools.",
        "disaster",
    ),
    (
        "Bronze Age battlefield in Germany yields arrowheads from far-off warriors",
        "Metal arrowheads found at the Tollense Valley battlefield in north-east Germany were "
        "made in a style typical of southern central Europe, suggesting that some fighters in "
        "the 3,250-year-old clash travelled hundreds of kilometres, archaeologists report. Since "
        "the 1990s, excavations along the river have recovered the remains of more than 140 "
        "people, most of them young men, along with wooden clubs, bronze swords and horse bones. "
        "Researchers estimate that several thousand warriors may have taken part, making it the "
        "largest known battle of its time in Europe. The new study, in the journal Antiquity, "
        "analysed the shape and metal of 52 arrowheads. “This was not a local feud,” said one "
        "of the authors. Isotope analyses of teeth also point to a mixed group of combatants. "
        "Divers continue to search the riverbed for more finds.",
        "history",
    ),
    (
        "Ancient Sudan cemetery shows repeated violence, not a single massacre",
        "Skeletons from Jebel Sahaba, a 13,400-year-old cemetery in northern Sudan long cited as "
        "the earliest evidence of organised warfare, show that people there suffered repeated "
        "episodes of violence over their lives, a new analysis has found. Researchers re-examined "
        "61 individuals held at the British Museum and found more than 100 previously unnoticed "
        "injuries, including healed wounds and fragments of stone arrowheads embedded in bone. "
        "Men, women and children were all affected. The team, writing in Scientific Reports, "
        "argues that the violence was probably a series of raids between groups competing for "
        "food as the climate changed at the end of the last ice age. “It was not one battle, "
        "but a life of conflict,” said one of the authors. The site was excavated in the 1960s "
        "before the Aswan dam flooded the area.",
        "history",
    ),
    (
        "Mass grave from 1632 battle of Lützen reveals soldiers' last wounds",
        "A mass grave of 47 soldiers killed at the battle of Lützen in 1632, one of the bloodiest "
        "clashes of the Thirty Years' War, has revealed how they died, researchers in Germany "
        "reported on Wednesday. Many of the men had been shot with pistol balls, while others "
        "had wounds from swords and cavalry weapons, according to the analysis published in "
        "PLOS ONE. Isotope analyses of their teeth showed that they came from across Europe, "
        "including Scotland and Scandinavia, reflecting the mercenary armies of the time. The "
        "grave was found in 2011 and lifted in one 55-tonne block to be excavated in a "
        "laboratory. The Swedish king, Gustavus Adolphus, was killed in the battle. “These were "
        "men who had already been wounded in earlier fights,” said an anthropologist at the "
        "State Museum of Prehistory in Halle. The block is now displayed at the museum.",
        "history",
    ),
    (
        "Amputated limbs found at Waterloo field hospital dig",
        "Archaeologists excavating a farmhouse used as Wellington's main field hospital at the "
        "battle of Waterloo have found the remains of amputated limbs, a vivid reminder of the "
        "surgery carried out there in June 1815. Three legs were uncovered in a pit near the "
        "Mont-Saint-Jean farm, along with musket balls and a cannonball, the team said. One leg "
        "bore saw marks showing that it had been cut off above the knee. The dig is run by "
        "Waterloo Uncovered, a charity that brings military veterans together with "
        "archaeologists. About 6,000 wounded soldiers were treated at the farm in the days after "
        "the battle. “It is very rare to find such direct evidence of battlefield surgery,” said "
        "the charity's director of archaeology. The limbs will be studied by specialists before "
        "being reburied. Metal detectorists have removed many finds from the battlefield over "
        "the past two centuries.",
        "history",
    ),
    (
        "Laser scans reveal Maya cities ringed by defensive walls and moats",
        "Airborne laser scans of the jungle in northern Guatemala have revealed more than 60,000 "
        "previously unknown Maya structures, including defensive walls, moats and hilltop "
        "fortresses, suggesting that warfare was more widespread than archaeologists had "
        "thought. The survey used lidar, which fires pulses of light from an aircraft and records "
        "their reflections to map the ground beneath the trees. The images show cities linked by "
        "raised causeways and surrounded by farmland that could have fed millions of people. "
        "“The scale of the fortifications shows these were societies prepared for large-scale "
        "conflict,” said an archaeologist at Tulane University. The project, funded by the "
        "PACUNAM foundation, covered more than 2,100 square kilometres of the Maya Biosphere "
        "Reserve. Researchers say the findings will help protect the sites from looters and "
        "illegal logging.",
        "history",
    ),
    (
        "Second World War bomb defused at German university campus after evacuation",
        "Bomb disposal experts on Sunday defused a 500-kilogram Second World War bomb found on a "
        "building site at the Technical University of Munich's Garching research campus, after "
        "about 3,000 people were evacuated, police said. The American-made bomb was discovered "
        "by construction workers digging foundations for a new laboratory. Researchers were told "
        "to shut down experiments on Friday evening, and the research neutron source nearby was "
        "taken offline as a precaution. The evacuation zone included student housing and a "
        "physics institute. It took the specialists about two hours to remove the detonator. "
        "Germany still finds thousands of tonnes of unexploded ordnance every year, more than "
        "75 years after the end of the war. “We remind everyone how dangerous these old bombs "
        "remain,” a police spokesman said. The campus reopened on Monday.",
        "history",
    ),
    (
        "Six centuries of war data show no decline in deadly conflicts, statisticians argue",
        "Wars between states have not become less deadly over the past 600 years, once the rarity "
        "of very large conflicts is taken into account, two statisticians argue in a new paper. "
        "The authors compiled a dataset of 565 armed conflicts since 1500 that killed at least "
        "3,000 people each, adjusting casualty estimates for population growth and for the "
        "uncertainty of historical sources. They found that the gaps between the largest wars "
        "are so long that the relative calm since 1945 is not statistically unusual. The paper, "
        "published in the journal Physica A, challenges the view popularised by the psychologist "
        "Steven Pinker that violence has declined. Political scientists said the analysis was a "
        "useful warning against reading too much into recent decades. Others argued that "
        "nuclear deterrence and trade have changed the nature of war. Pinker said the finding "
        "was compatible with his argument.",
        "history",
    ),
]
