"""dev121 hard negatives (2 of 6): disasters (floods, quakes, landslides, storms, fires, heat,
drought) and accidents that kill (crashes, a mine collapse, explosions, stampedes, a capsized
boat) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Death toll from Texas Hill Country floods rises to 104 as search for campers goes on",
        "KERRVILLE, Texas (AP) — The death toll from flash floods that tore through the Texas "
        "Hill Country over the holiday weekend rose to 104 on Tuesday, including 27 girls "
        "and counselors from a summer camp on the Guadalupe River, officials said. Search "
        "teams using helicopters, boats and drones were still looking for the missing.",
        "disaster",
    ),
    (
        "Army called in as floods displace 1.5 million in Punjab",
        "LAHORE: Army troops were called in to help evacuate villages along the swollen "
        "Ravi, Sutlej and Chenab rivers as floods displaced more than 1.5 million people "
        "across Punjab, the Provincial Disaster Management Authority said on Saturday. "
        "Relief camps have been set up in 12 districts.",
        "disaster",
    ),
    (
        "Mokwa flood: death toll rises to 200, 500 still missing",
        "The death toll from the flood that swept through Mokwa town in Niger State has "
        "risen to more than 200, with about 500 people still unaccounted for, local "
        "officials said on Sunday. Heavy rain caused a dam upstream to collapse before dawn "
        "on Thursday, submerging homes in minutes.",
        "disaster",
    ),
    (
        "Earthquake kills more than 800 in eastern Afghanistan",
        "KABUL — A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, "
        "killing more than 800 people and injuring thousands in Kunar province, the Taliban "
        "government said. Rescuers struggled to reach remote mountain villages where mud "
        "brick homes collapsed on sleeping families.",
        "disaster",
    ),
    (
        "Myanmar quake toll passes 3,000 as rescuers dig through Mandalay rubble",
        "The death toll from the 7.7-magnitude earthquake that struck central Myanmar has "
        "risen above 3,000, the military government said on Thursday, as teams from China, "
        "India and Russia searched collapsed buildings in Mandalay. The junta, which rarely "
        "accepts outside help, had made an unusual appeal for international assistance.",
        "disaster",
    ),
    (
        "Landslide wipes out village in Sudan's Marrah mountains",
        "A landslide after days of heavy rain destroyed the village of Tarasin in Sudan's "
        "Marrah mountains, killing hundreds of people, the Sudan Liberation Movement-Army, "
        "which controls the area, said on Monday. The group appealed to UN agencies to help "
        "recover bodies from under the mud.",
        "disaster",
    ),
    (
        "Blaze leaves 2,000 Rohingya homeless in Ukhiya camp",
        "COX'S BAZAR — A fire swept through a Rohingya refugee camp in Ukhiya on Sunday, "
        "destroying about 400 bamboo and tarpaulin shelters and leaving more than 2,000 "
        "people homeless, officials said. No deaths were reported, and the cause of the "
        "blaze was being investigated.",
        "disaster",
    ),
    (
        "Wind-driven wildfire forces 30,000 to evacuate in Pacific Palisades",
        "LOS ANGELES — A wind-whipped wildfire exploded across the hills of Pacific "
        "Palisades on Tuesday, forcing about 30,000 people to evacuate and sending residents "
        "running from their cars as flames reached Sunset Boulevard. Firefighters warned "
        "that gusts of up to 100 miles per hour overnight could spread the fire further.",
        "disaster",
    ),
    (
        "Hurricane Melissa: Jamaica counts damage as death toll reaches 28",
        "KINGSTON — Jamaica's death toll from Hurricane Melissa rose to 28 on Friday as "
        "crews reached cut-off communities in the island's southwest, where the Category 5 "
        "storm flattened homes and tore roofs off hospitals. About 25,000 people remained "
        "in shelters, the government said. British and Canadian military aircraft began "
        "flying in relief supplies.",
        "disaster",
    ),
    (
        "Heatwave kills eight in southern Europe as wildfires force evacuations in Izmir",
        "At least eight people have died in a heatwave gripping southern Europe, with "
        "temperatures passing 46C in Spain and Portugal, authorities said on Tuesday. In "
        "Turkey, wildfires fanned by strong winds forced the evacuation of several villages "
        "near Izmir.",
        "disaster",
    ),
    (
        "Drought forces 80,000 from homes in Somalia's Gedo as wells dry up",
        "MOGADISHU — About 80,000 people have left their homes in Somalia's Gedo region "
        "over the past two months as failed rains dried up wells and killed livestock, the "
        "UN humanitarian office said. Most have moved to camps on the edge of Luuq and "
        "Dolow, where aid agencies say water trucking is running short of funds.",
        "disaster",
    ),
    (
        "Army joins rescue after flash flood buries Dharali village",
        "DEHRADUN: Army, ITBP and NDRF teams were working on Wednesday to rescue people "
        "trapped after a flash flood swept down the Kheer Ganga stream and buried much of "
        "Dharali village in Uttarkashi district, officials said. At least four people were "
        "confirmed dead and more than 50 were missing.",
        "disaster",
    ),
    (
        "Magnitude 8.8 quake off Kamchatka triggers tsunami warnings across Pacific",
        "One of the strongest earthquakes ever recorded struck off Russia's Kamchatka "
        "Peninsula on Wednesday, setting off tsunami warnings from Japan to Hawaii and Chile "
        "and prompting the evacuation of coastal areas. Waves of up to 4 metres hit the "
        "Russian town of Severo-Kurilsk. No deaths were immediately reported.",
        "disaster",
    ),
    (
        "Floods kill 33 in Kinshasa after overnight downpour",
        "KINSHASA — At least 33 people were killed when heavy overnight rain flooded parts "
        "of Congo's capital, sweeping away homes and cutting the main road to the airport, "
        "Interior Minister Jacquemain Shabani said on Saturday. Most of the victims lived on "
        "hillsides in the districts of Ngaliema and Mont-Ngafula.",
        "disaster",
    ),
    (
        "Ethiopian volcano erupts for first time in thousands of years, ash disrupts flights",
        "The Hayli Gubbi volcano in Ethiopia's Afar region erupted on Sunday for the first "
        "time in recorded history, sending a plume of ash up to 14 km into the sky, local "
        "officials said. Airlines cancelled flights to India and the Gulf as the ash cloud "
        "drifted east.",
        "disaster",
    ),
    (
        "Air India Boeing 787 crashes after take-off in Ahmedabad",
        "An Air India Boeing 787-8 bound for London crashed into a residential area moments "
        "after taking off from Ahmedabad on Thursday, killing 241 of the 242 people on "
        "board and several people on the ground, officials said. It was the first fatal "
        "crash of a 787 Dreamliner.",
        "accident",
    ),
    (
        "Explosion at Iran's Shahid Rajaee port kills 57, injures over 1,000",
        "ANKARA — A huge explosion and fire at Iran's biggest container port, Shahid Rajaee "
        "near Bandar Abbas, killed at least 57 people and injured more than 1,000, Iranian "
        "officials said on Sunday. Authorities said the blast appeared to have been caused "
        "by chemicals stored improperly in containers.",
        "accident",
    ),
    (
        "Death toll in Sigachi pharma plant blast rises to 46",
        "SANGAREDDY: The death toll from the explosion at the Sigachi Industries "
        "pharmaceutical unit in Pashamylaram rose to 46 on Thursday as more bodies were "
        "recovered from the debris, officials said. A committee of experts has been asked "
        "to find out whether a dryer malfunction caused the blast.",
        "accident",
    ),
    (
        "11 killed in stampede outside Chinnaswamy stadium during RCB celebrations",
        "BENGALURU: Eleven people were killed and more than 50 injured in a stampede outside "
        "the M Chinnaswamy Stadium on Wednesday evening as huge crowds gathered to celebrate "
        "Royal Challengers Bengaluru's first IPL title, police said. Chief Minister "
        "Siddaramaiah ordered a magisterial inquiry.",
        "accident",
    ),
    (
        "At least 48 killed as illegal gold mine collapses in western Mali",
        "BAMAKO — At least 48 people, many of them women, were killed when an artisanal gold "
        "mine collapsed near Bilali Koto in Mali's Kenieba district, officials said on "
        "Sunday, the second deadly collapse in the area in less than a month.",
        "accident",
    ),
    (
        "Two buses collide head-on in Bolivia's Potosí, killing 37",
        "LA PAZ (EFE).- At least 37 people were killed and 39 injured when two buses collided "
        "head-on on a highway near the town of Uyuni in Bolivia's Potosí department early "
        "Saturday, police said. One of the drivers was believed to have been drunk.",
        "accident",
    ),
    (
        "Death toll from Niger State tanker explosion rises to 98",
        "MINNA — The death toll from the petrol tanker explosion at Dikko junction in Niger "
        "State has risen to 98, the National Emergency Management Agency said on Sunday. "
        "Residents had rushed to scoop fuel from the overturned tanker when it caught fire.",
        "accident",
    ),
    (
        "Nightclub fire kills 59 in North Macedonia; pyrotechnics blamed",
        "SKOPJE — A fire tore through a packed nightclub in the eastern town of Kocani during "
        "a concert early on Sunday, killing 59 people, mostly young, and injuring more than "
        "150, officials said. Police said sparks from pyrotechnics had set the ceiling "
        "alight. The government declared seven days of mourning.",
        "accident",
    ),
    (
        "Boat capsizes on Congo River, 148 dead",
        "At least 148 people died when a motorised wooden boat carrying fuel and about 500 "
        "passengers caught fire and capsized on the Congo River near Mbandaka, officials "
        "said on Friday. Dozens of survivors were taken to a makeshift shelter at the town "
        "hall.",
        "accident",
    ),
    (
        "Hong Kong tower block fire: firefighters battle blaze into second day",
        "HONG KONG — Firefighters battled for a second day on Thursday to put out a fire "
        "that tore through several towers of a housing estate in Tai Po, killing at least "
        "44 people. The government said bamboo scaffolding and foam panels on the buildings, "
        "which were being renovated, had helped the flames spread.",
        "accident",
    ),
    (
        "Passenger jet and Army Black Hawk collide over Potomac; dozens feared dead",
        "WASHINGTON (AP) — An American Eagle jet carrying 64 people collided with an Army "
        "Black Hawk helicopter on a training flight as it approached Reagan Washington "
        "National Airport on Wednesday night and plunged into the Potomac River, officials "
        "said. Divers searched the icy water through the night. Officials said they did "
        "not expect to find survivors.",
        "accident",
    ),
    (
        "Blast at fireworks warehouse in Deesa kills 21 workers",
        "AHMEDABAD: Twenty-one workers, most of them migrants from Madhya Pradesh, were "
        "killed when an explosion ripped through a fireworks warehouse in Deesa in Gujarat's "
        "Banaskantha district on Tuesday, bringing down its roof, police said. The owner has "
        "been detained.",
        "accident",
    ),
    (
        "Lisbon's Glória funicular derails and hits building; 16 dead",
        "LISBON — Sixteen people were killed and more than 20 injured when one of the cars "
        "of the Glória funicular, a tourist favourite, came off its track and crashed into "
        "a building on a steep street in central Lisbon on Wednesday evening, emergency "
        "services said.",
        "accident",
    ),
]
