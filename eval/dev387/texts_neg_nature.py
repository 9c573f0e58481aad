"""dev387 negatives, part C: floods, fires, drought and landslides, accidents, epidemics and the
Yanomami health emergency, deforestation and ordinary news (hard negatives and negative_other
under eval/README.md section 1)."""

NEGATIVES = [
    (
        "Guaíba passes 5 metres and floods centre of Porto Alegre; 400,000 displaced in the state",
        "The level of Lake Guaíba reached 5.09 metres on Sunday, the highest ever recorded, and "
        "water covered the historic centre of Porto Alegre, the bus station and the runway of "
        "Salgado Filho airport, which suspended all flights. The Rio Grande do Sul civil "
        "defence said 83 people had died, 111 were missing and more than 400,000 had left their "
        "homes in the state, about 120,000 of them in public shelters. Army, Navy and Air Force "
        "helicopters and boats rescued people from rooftops in Canoas and Eldorado do Sul, "
        "where entire neighbourhoods were under water. Volunteers with jet skis and fishing "
        "boats joined the rescues. Governor Eduardo Leite said the state would need a “Marshall "
        "Plan” to rebuild. President Lula, on his second visit in a week, promised that money "
        "would not be lacking. Water treatment plants stopped working and the city asked "
        "residents to save water.",
        "disaster",
    ),
    (
        "Extratropical cyclone leaves 39 dead in Taquari valley",
        "The death toll from the floods caused by an extratropical cyclone in Rio Grande do Sul "
        "rose to 39 on Thursday, the worst climate disaster in the state's history until then, "
        "the civil defence said. Most of the dead were in Muçum, Roca Sales and Lajeado, towns "
        "along the Taquari river, where the water rose more than 20 metres in a few hours on "
        "Monday night. About 3,000 people were homeless and more than 2,000 were staying with "
        "relatives. In Muçum, the mayor said 85% of the town had been under water. The Army "
        "sent soldiers to help clear debris and distribute drinking water. Meteorologists from "
        "MetSul said the rain had been forecast but that the scale of the flooding had not been "
        "expected. The federal government recognised a state of public calamity in 79 "
        "municipalities.",
        "disaster",
    ),
    (
        "Fires in the Amazon jump 83% and smoke turns São Paulo's afternoon into night",
        "The number of fires in the Brazilian Amazon rose 83% in the first eight months of the "
        "year compared with the same period last year, according to satellite data from the "
        "National Institute for Space Research (Inpe). Smoke from fires in Rondônia and "
        "Bolivia, carried by a cold front, darkened the sky over São Paulo at 3pm on Monday. In "
        "Novo Progresso, in Pará, farmers were investigated for organising a “day of fire” "
        "through messaging groups. President Jair Bolsonaro suggested, without evidence, that "
        "NGOs could be behind the fires, and later authorised the deployment of the Armed "
        "Forces to fight them. European leaders threatened to block the trade deal between the "
        "EU and Mercosur. Environmentalists said the fires were linked to the advance of "
        "deforestation. The government of Norway had already frozen its donations to the Amazon "
        "Fund.",
        "disaster",
    ),
    (
        "Pantanal fires consume 15% of the biome; firefighters fight flames for weeks",
        "Fires have burned about 2.3 million hectares of the Pantanal since January, roughly "
        "15% of the Brazilian part of the wetland, according to the Federal University of Rio "
        "de Janeiro's Lasa laboratory. Firefighters, soldiers and volunteers have been battling "
        "the flames for weeks in Corumbá and Poconé, in extreme heat and with low humidity. "
        "Jaguars with burned paws were taken to a rescue centre in Cuiabá, and images of "
        "charred caimans spread on social media. The governments of Mato Grosso and Mato Grosso "
        "do Sul declared an emergency. Police are investigating whether some of the fires were "
        "set to clear land for cattle. The rains are expected only in October. Tourist lodges "
        "along the Transpantaneira road cancelled bookings for the season. Ibama said it had "
        "hired 200 more temporary brigade members.",
        "disaster",
    ),
    (
        "Rio Negro at lowest level in 121 years as drought isolates Amazon communities",
        "The Rio Negro reached 13.59 metres at the port of Manaus on Monday, the lowest level "
        "since records began in 1902, the port authority said. The drought has left dozens of "
        "riverside communities cut off, as boats that carry food, fuel and medicines can no "
        "longer reach them. The Amazonas civil defence said 55 of the state's 62 municipalities "
        "were in a state of emergency and about 500,000 people were affected. In Lake Tefé, "
        "more than 150 river dolphins were found dead after the water temperature rose above "
        "39C. The federal government sent food baskets and water purifiers by air, and the Navy "
        "transported supplies along the channels that remain navigable. Scientists blamed El "
        "Niño and the warming of the North Atlantic. Schools in some communities suspended "
        "classes because pupils could not reach them by boat. The fish catch, the main source "
        "of protein in many villages, has fallen sharply.",
        "disaster",
    ),
    (
        "Landslides in Petrópolis kill at least 94 after heaviest rain in 90 years",
        "At least 94 people died in landslides and floods in Petrópolis, in the mountain region "
        "of Rio de Janeiro, after 258 millimetres of rain fell in three hours on Tuesday "
        "afternoon, the most since 1932, the state government said. The Morro da Oficina, where "
        "dozens of houses were buried, was the area most hit. Firefighters and volunteers dug "
        "through the mud with their hands and shovels in search of survivors, and the number of "
        "missing was still uncertain. Two buses were swept away by the water in the city "
        "centre. About 800 people were staying in schools and churches. Governor Cláudio Castro "
        "said it looked like a “war situation” and promised money for new housing. The city had "
        "already suffered a disaster in 2011, when more than 900 people died in the region.",
        "disaster",
    ),
    (
        "Voepass plane crashes in Vinhedo with 62 on board; no survivors",
        "An ATR 72 of the airline Voepass that was flying from Cascavel, in Paraná, to "
        "Guarulhos crashed in a residential condominium in Vinhedo, in the interior of São "
        "Paulo, on Friday afternoon, killing all 58 passengers and four crew, the company said. "
        "Videos filmed by residents show the plane falling in a flat spin before hitting the "
        "ground. No one on the ground was hurt, although a house was damaged. The Air Force's "
        "accident investigation centre (Cenipa) recovered the flight recorders, and experts "
        "said ice on the wings was one of the hypotheses. It was the deadliest air crash in "
        "Brazil since 2007. Relatives gathered at the Cascavel airport and at a hotel in "
        "Guarulhos, where they were given psychological support. The National Civil Aviation "
        "Agency began a special inspection of the company's fleet.",
        "accident",
    ),
    (
        "Vale tailings dam collapses in Brumadinho; hundreds missing",
        "A tailings dam at Vale's Córrego do Feijão mine in Brumadinho, in Minas Gerais, "
        "collapsed on Friday afternoon, releasing a wave of mud that buried the company's "
        "cafeteria and administrative area during lunchtime and reached houses and farms below. "
        "The Minas Gerais fire brigade said nine bodies had been found and about 300 people "
        "were missing, most of them Vale employees and contractors. Helicopters rescued people "
        "covered in mud from the tops of trees. The disaster came three years after the "
        "collapse of the Fundão dam in Mariana, owned by Samarco, a joint venture of Vale and "
        "BHP. Vale's shares fell 8% in New York. The state government froze R$1 billion of the "
        "company's accounts for compensation. Israeli soldiers specialised in rescues arrived "
        "on Sunday to help in the search.",
        "accident",
    ),
    (
        "Boat sinks near Cotijuba island with more than 80 passengers",
        "A boat carrying more than 80 people sank on Thursday morning off the island of "
        "Cotijuba, near Belém, in Pará, leaving at least 15 dead, the Pará fire brigade said. "
        "The vessel, the Dona Lourdes II, was sailing from Camará, on Marajó island, and was "
        "caught by strong winds and waves in the Bay of Marajó. Survivors said the boat was "
        "overcrowded and also carried cargo. At least 66 people were rescued by fishermen and "
        "firefighters. The Navy said the vessel was not authorised to carry passengers and "
        "opened an inquiry. Shipwrecks are frequent in the Amazon, where rivers are the main "
        "means of transport for millions of people. The owner of the boat was arrested on "
        "Friday. The state government declared three days of official mourning. Divers were "
        "still searching for missing passengers in the afternoon.",
        "accident",
    ),
    (
        "Brazil passes 1,000 dengue deaths in worst epidemic on record",
        "Brazil has recorded 1,020 deaths from dengue this year, already more than in any full "
        "year since records began, the Ministry of Health said on Wednesday. The country has "
        "had more than 3.5 million probable cases, and the states of Minas Gerais, São Paulo, "
        "Paraná and the Federal District have the highest rates. Health minister Nísia Trindade "
        "said the peak of the epidemic had passed in some states but that the fight against the "
        "mosquito must continue. The ministry has been distributing the Japanese vaccine Qdenga "
        "to children aged 10 to 14 in selected municipalities, but supply is limited. In the "
        "Federal District, the Army set up field hospitals to treat patients. The Butantan "
        "Institute expects to submit its own single-dose vaccine for approval this year. "
        "Specialists attribute the record to the heat and the rains brought by El Niño.",
        "health",
    ),
    (
        "Government declares health emergency in Yanomami territory over malnutrition",
        "The Ministry of Health declared a public health emergency of national importance in "
        "the Yanomami indigenous territory, in Roraima, on Friday, after teams found children "
        "and elderly people with severe malnutrition, malaria and respiratory infections. At "
        "least 570 Yanomami children died of preventable causes during the last four years, "
        "according to data gathered by the ministry. President Lula visited the Casa de Saúde "
        "Indígena in Boa Vista, where dozens of patients were lying in hammocks, and said what "
        "he saw was “inhumane”. Health workers blamed illegal gold mining, which has polluted "
        "rivers with mercury and scared away game. The Air Force began flying in food baskets "
        "and medical teams to the most remote health posts. The Federal Police opened an "
        "inquiry into possible genocide and failure to provide aid by officials of the previous "
        "government. About 20,000 illegal miners are estimated to be in the territory. The "
        "government said it would remove them in the coming months.",
        "health",
    ),
    (
        "Zé Gotinha is back as measles vaccination campaign starts in schools",
        "The Ministry of Health began a national measles vaccination campaign in schools on "
        "Monday, with the mascot Zé Gotinha visiting classrooms in Brasília. The goal is to "
        "vaccinate children and teenagers who missed doses during the pandemic, when coverage "
        "fell below 70% in some states. Brazil lost its measles-free certificate in 2019 and "
        "recovered it last year. Health workers will check vaccination cards at schools and "
        "give the MMR vaccine with the parents' permission. The ministry said it had sent 10 "
        "million doses to the states. Experts warned that false information spread on social "
        "media was still keeping parents away from health posts. The campaign will run until "
        "the end of the school term. Municipalities that reach the target of 95% coverage will "
        "receive extra funds.",
        "health",
    ),
    (
        "Deforestation in the Amazon falls 31% to the lowest level in nine years",
        "Deforestation in the Brazilian Amazon fell 30.6% in the 12 months to July, to 6,288 "
        "square kilometres, the lowest figure since 2015, according to the Prodes system of the "
        "National Institute for Space Research. It was the second consecutive annual fall. "
        "Environment minister Marina Silva attributed the result to the return of inspections "
        "by Ibama and to the suspension of credit for farms with illegal clearing. In the "
        "Cerrado, the savanna south of the forest, clearing also fell, by 25.7%. "
        "Environmentalists welcomed the numbers but said fires, which are not counted by "
        "Prodes, had destroyed large areas of forest this year. The government has promised to "
        "end illegal deforestation by 2030. The data will be presented at the climate "
        "conference in Baku.",
        "other",
    ),
    (
        "Belém races to finish hotels and roads a month before COP30",
        "With a month to go before the United Nations climate conference, Belém is racing to "
        "finish works on roads, canals and the conference venue in the old Val-de-Cans airport, "
        "O Liberal reported. The price of hotel rooms has led some delegations to threaten to "
        "reduce their teams, and the federal government has chartered two cruise ships to "
        "provide extra beds. The governor of Pará, Helder Barbalho, said the city would be "
        "ready and that the works would remain for the population. Residents of the peripheral "
        "neighbourhoods complain that sanitation works were left out of the plan. More than "
        "50,000 people are expected, including heads of state. The organisers said they had "
        "received requests from 190 countries. Local businesses expect the event to leave a "
        "boost in tourism. A new market building and a park on the waterfront are due to open "
        "before the conference.",
        "other",
    ),
    (
        "From Venezuela to Chapecó: refugee nurse reopens her career in the south",
        "Six years after crossing the border at Pacaraima with two children and a backpack, the "
        "Venezuelan nurse María Rodríguez, 41, was sworn in on Friday as a nursing assistant at "
        "the regional hospital in Chapecó, Santa Catarina. She came to the city through the "
        "federal government's relocation programme, which takes Venezuelans from shelters in "
        "Roraima to towns with jobs in the South and Centre-West. For years she worked on the "
        "production line of a meat-packing plant while she studied to have her diploma "
        "recognised. “Brazil gave me back my profession,” she said. More than 140,000 "
        "Venezuelans have been relocated by the programme since 2018, according to the UN "
        "refugee agency. Her elder son is now studying engineering at a federal university. She "
        "said she hoped to bring her mother to Brazil next year. Her colleagues organised a "
        "small party in the ward to welcome her.",
        "other",
    ),
]
