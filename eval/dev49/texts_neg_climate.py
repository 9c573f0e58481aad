"""dev49 negatives: the climate and environment desk (disasters, heat, invasive species,
climate talks and protests, military emissions), full of the words of war. NEGATIVES = [(title,
text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Killer heat: heatwave deaths top 1,300 during Hajj",
        "More than 1,300 pilgrims died during the Hajj as temperatures in Mecca passed 51C, Saudi officials said, most of them unregistered pilgrims who walked long distances without shade. Hospitals treated thousands for heat stroke. Saudi Arabia said it had opened more shaded areas.",
        "disaster",
    ),
    (
        "Floods displace 400,000 in Borno after dam gives way",
        "Floodwater from an overflowing dam submerged half of Maiduguri on Tuesday, displacing about 400,000 people and killing at least 30, Nigeria's emergency agency said. Soldiers in trucks rescued residents from rooftops, and camps were opened in schools. Snakes and crocodiles from the city zoo escaped into the water.",
        "disaster",
    ),
    (
        "Invasive crabs invade Mediterranean lagoons, wiping out clam farms",
        "Atlantic blue crabs have invaded lagoons along Italy's Adriatic coast, devouring clams and mussels and costing farmers tens of millions of euros, fishing groups said. The government declared a state of emergency and paid fishermen to catch them. Restaurants have put the crab on their menus.",
        "other",
    ),
    (
        "Climate activists block motorway in slow march; 12 arrested",
        "About 200 climate activists walked slowly along a motorway near The Hague to protest against fossil fuel subsidies, and police arrested 12 who sat on the road, a police spokesperson said. The protest was peaceful and traffic resumed after two hours.",
        "protest",
    ),
    (
        "Battle lines drawn at climate talks over fossil fuel phase-out",
        "Oil-producing states and a coalition of island nations drew battle lines on the first day of the UN climate talks over whether the final text should call for a phase-out of fossil fuels. The host country's president urged delegates to avoid a repeat of last year's stand-off. Talks are scheduled to end in two weeks.",
        "politics",
    ),
    (
        "Militaries' carbon footprint bigger than most countries', report says",
        "The world's armed forces account for about 5.5% of global greenhouse gas emissions, more than civil aviation, a report by researchers in Britain estimates. Few militaries report their emissions to the UN, the authors said. The study calls for the data to be included in national inventories.",
        "military",
    ),
    (
        "Cyclone kills 1,000 in Mozambique; army helicopters airlift survivors",
        "Cyclone Freddy killed more than 1,000 people in Mozambique and Malawi, and army helicopters lifted survivors from trees and roofs, officials said. Hundreds of thousands lost their homes, and cholera spread in relief camps. It was the longest-lived tropical cyclone on record.",
        "disaster",
    ),
    (
        "Wildfires force 30,000 from homes in Los Angeles hills",
        "Wind-driven wildfires forced 30,000 people to evacuate their homes in the hills above Los Angeles, and at least five people were killed, fire officials said. National Guard troops were deployed to help. Insurers estimated losses at $40 billion.",
        "disaster",
    ),
    (
        "Drought forces herders to leave Somali villages",
        "A fourth failed rainy season has forced more than 200,000 herders to leave their villages in central Somalia in search of water, aid agencies said, as livestock die across the region. Camps on the edge of Galkayo have doubled in size.",
        "disaster",
    ),
    (
        "Earthquake kills 2,000 in western Afghanistan",
        "A magnitude 6.3 earthquake and strong aftershocks killed more than 2,000 people in Herat province, Taliban officials said, flattening villages of mud-brick houses. Survivors slept in the open as aid arrived.",
        "disaster",
    ),
    (
        "Storm Daniel bursts dams above Derna, sweeping away districts",
        "Two dams above the Libyan city of Derna burst during Storm Daniel, sending a wall of water through the city and killing thousands, officials said. Whole districts were swept into the sea. Rival governments in the east and west both sent rescue teams.",
        "disaster",
    ),
    (
        "Locust swarms invade Horn of Africa farmland",
        "Desert locust swarms have invaded farmland in Ethiopia, Kenya and Somalia in the worst outbreak in decades, the FAO said, and the insects could wipe out harvests for millions of people. Planes are spraying pesticides. A swarm can eat as much food in a day as 35,000 people.",
        "disaster",
    ),
    (
        "Kitchen fire destroys 2,000 shelters in Rohingya camp",
        "A fire destroyed 2,000 shelters in a Rohingya refugee camp in Cox's Bazar on Sunday, leaving 12,000 people homeless, officials said. The fire started in a kitchen. No one was killed. Aid agencies handed out tarpaulins and hot meals.",
        "accident",
    ),
    (
        "Oil spill from grounded tanker coats Mauritius coast",
        "Fuel oil leaking from a bulk carrier that ran aground on a reef has coated mangroves and a marine park along the Mauritius coast, the government said. Volunteers built floating booms from sugarcane leaves. The ship's captain was arrested.",
        "accident",
    ),
    (
        "Young climate campaigners win court battle against government",
        "A court in Montana ruled that the state violated young people's right to a clean environment by ignoring climate change in permits for fossil fuel projects, a victory for 16 young plaintiffs. The state said it would appeal. Similar cases are pending in other states.",
        "politics",
    ),
    (
        "Nile states resume dam talks after three-year pause",
        "Egypt, Ethiopia and Sudan resumed talks in Addis Ababa on filling and running Ethiopia's giant Nile dam, the first round in three years, with the African Union as mediator. The negotiators agreed to meet again next month. Ethiopia finished filling the reservoir last year.",
        "peace",
    ),
    (
        "Elephants and farmers at war in Botswana's north",
        "Farmers in northern Botswana say elephants destroy their crops every harvest, and the government has proposed selling hunting licences to thin the herds. Conservation groups oppose the plan. Botswana has about 130,000 elephants, more than any other country.",
        "other",
    ),
    (
        "Rangers arrest poaching gang after rhino shot in Kruger",
        "Rangers in South Africa's Kruger National Park arrested four suspected poachers after a shoot-out near the Mozambique border, in which one suspect was wounded, park officials said. Two rhino horns were seized.",
        "crime",
    ),
    (
        "Landslide buries village in Papua New Guinea's highlands",
        "A landslide buried a village in Enga province in Papua New Guinea, and officials estimated that more than 600 people were under the rubble. Soldiers and volunteers dug with shovels. The road to the village was cut in several places.",
        "disaster",
    ),
    (
        "Scientists declare war on invasive cane toads",
        "Researchers in Western Australia released thousands of young cane toads to teach native quolls to avoid them, part of what the state calls a war on the invasive amphibian. Quolls that eat the toads die from their poison.",
        "other",
    ),
    (
        "Heat emergency closes schools across Bangladesh",
        "Bangladesh closed all primary and secondary schools for a week as temperatures reached 43C, the education ministry said, affecting 33 million children. Doctors reported a rise in heat stroke. Some schools moved lessons online.",
        "disaster",
    ),
    (
        "Greenpeace ship blockades coal terminal in peaceful protest",
        "Greenpeace activists anchored a ship in the channel of a coal terminal in Newcastle, Australia, and kayakers paddled around coal carriers, halting loading for a day. Police removed the kayakers without incident. The port operator said it would seek damages.",
        "protest",
    ),
    (
        "Climate scientists mark 50 years of Mauna Loa carbon record",
        "Scientists marked half a century of carbon dioxide measurements at the Mauna Loa observatory, a record that began during the Cold War and became the best-known evidence of climate change. Levels have risen from 330 to 425 parts per million.",
        "other",
    ),
    (
        "Army deployed as floods sweep through Valencia suburbs",
        "Spain deployed 7,500 soldiers to the Valencia region after flash floods killed more than 200 people, swept away cars and left suburbs under mud. Residents said warnings came too late. The regional government's handling of the alert is under investigation.",
        "disaster",
    ),
    (
        "Chemical plant blast sends toxic cloud over Texas town",
        "An explosion at a chemical plant near Houston sent a plume of toxic smoke over the town and forced 2,000 residents to shelter indoors, officials said. Three workers were injured. The shelter order was lifted after six hours.",
        "accident",
    ),
    (
        "Conservationists use drones to count orangutans",
        "Researchers in Borneo are using drones with heat cameras to count orangutan nests, a method they say is faster and cheaper than ground surveys. The survey found more apes than expected in logged forest. The results will guide where new reserves are set up.",
        "other",
    ),
    (
        "Farmers' tractor convoy reaches Brussels without incident",
        "About 1,000 tractors rolled into Brussels to protest against EU environmental rules and cheap imports, blocking streets near the European Parliament. Police said the protest passed without incident. EU leaders agreed the next day to delay some of the rules.",
        "protest",
    ),
]
