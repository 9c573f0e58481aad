"""dev125 hard negatives: earthquakes, floods, storms, fires and landslides, and epidemics, as the
first alerts give them; not conflict (eval/README.md, section 1, `hard_negative_disaster` and
`hard_negative_health`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Powerful 7.7 earthquake strikes central Myanmar, buildings collapse in Mandalay",
        "A magnitude 7.7 earthquake struck near Sagaing in central Myanmar at midday on Friday, "
        "the USGS said, bringing down buildings in Mandalay and shaking high-rises as far away "
        "as Bangkok. The military government declared a state of emergency in six regions.",
        "disaster",
    ),
    (
        "Quake in eastern Afghanistan kills hundreds in Kunar, Taliban official says",
        "A magnitude 6.0 earthquake hit eastern Afghanistan near midnight on Sunday, flattening "
        "mud-brick villages in Kunar province and killing at least 800 people, a Taliban "
        "government spokesman said. Landslides blocked roads to the worst-hit valleys.",
        "disaster",
    ),
    (
        "Flash floods in Valencia region kill at least 51, rescuers search for missing",
        "Torrential rain sent flash floods through towns south of Valencia overnight, sweeping "
        "away cars and flooding ground floors, regional authorities said on Wednesday. At least "
        "51 people died and the army's emergency unit was deployed.",
        "disaster",
    ),
    (
        "Flash flood sweeps through Texas Hill Country; girls' summer camp missing",
        "KERRVILLE, Texas (AP) — The Guadalupe River rose 26 feet in 45 minutes before dawn "
        "on Friday, officials said, washing away homes and cabins. At least 24 people were "
        "dead, and 20 girls from a summer camp were unaccounted for.",
        "disaster",
    ),
    (
        "Strong quake off Hualien shakes all of Taiwan, buildings tilt",
        "TAIPEI — A 7.4-magnitude earthquake struck off Taiwan's eastern coast shortly before "
        "08:00 on Wednesday, the strongest in 25 years, leaving buildings leaning in Hualien "
        "and triggering landslides on the coast road. Nine people were killed, the fire agency "
        "said.",
        "disaster",
    ),
    (
        "Evacuation orders expand as Palisades fire races toward the coast",
        "Tens of thousands of Los Angeles residents were ordered to leave their homes on "
        "Tuesday as a wind-driven wildfire spread from the Pacific Palisades toward Malibu, fire "
        "officials said. Drivers abandoned their cars on Sunset Boulevard to flee on foot.",
        "disaster",
    ),
    (
        "Hurricane Melissa makes landfall in Jamaica as Category 5 storm",
        "Hurricane Melissa made landfall near New Hope in south-western Jamaica on Tuesday with "
        "maximum sustained winds of 185 mph, the US National Hurricane Center said, warning of "
        "catastrophic flooding and landslides.",
        "disaster",
    ),
    (
        "Cyclone Chido devastates Mayotte; hundreds may have died, prefect says",
        "MAMOUDZOU (AFP) — Cyclone Chido flattened whole shantytowns in Mayotte on Saturday, "
        "and the prefect said several hundred people, perhaps a thousand, may have died. "
        "Troops and rescuers were flown in from Réunion.",
        "disaster",
    ),
    (
        "Quake of magnitude 8.8 strikes off Kamchatka; tsunami alerts from Japan to Hawaii",
        "USGS: magnitude 8.8 quake off Russia's Kamchatka peninsula. Tsunami warnings are in "
        "effect for Japan, Hawaii and Alaska.",
        "disaster",
    ),
    (
        "Landslide buries village in Papua New Guinea's Enga province",
        "A massive landslide buried more than 150 houses in Yambali village in Enga province "
        "before dawn on Friday, local officials said. The UN migration agency estimated that "
        "hundreds of people could be under the debris.",
        "disaster",
    ),
    (
        "Cloudburst in Buner kills over 150 as floods sweep through villages",
        "PESHAWAR: Flash floods triggered by a cloudburst swept through villages in Buner "
        "district on Friday, killing at least 157 people, the provincial disaster management "
        "authority said. Army troops were called in to help with rescue work.",
        "disaster",
    ),
    (
        "Floods in Rio Grande do Sul force 80,000 from homes",
        "PORTO ALEGRE, Brazil (Reuters) - Record flooding in Brazil's southern state of Rio "
        "Grande do Sul has forced more than 80,000 people from their homes and killed at least "
        "39, the civil defence said on Friday. The Guaíba river rose above its 1941 record.",
        "disaster",
    ),
    (
        "Typhoon Kalmaegi floods Cebu; dozens dead as rivers burst banks",
        "CEBU CITY — Typhoon Kalmaegi dumped a month's rain on Cebu in a few hours on Tuesday, "
        "sending floodwaters through towns and sweeping away cars and shanties, officials "
        "said. At least 26 people were confirmed dead.",
        "disaster",
    ),
    (
        "Volcano erupts again near Grindavik; town and Blue Lagoon evacuated",
        "Eruption has begun north of Grindavik, the Icelandic Met Office says; police are "
        "evacuating the town and the Blue Lagoon.",
        "disaster",
    ),
    (
        "Live: Tornado emergency for Rolling Fork area; take cover now",
        "22:41 Tornado emergency for western Mississippi: a large and extremely dangerous "
        "tornado is on the ground near Rolling Fork, moving north-east at 50 mph, the NWS "
        "says.",
        "disaster",
    ),
    (
        "WHO declares mpox a public health emergency of international concern",
        "GENEVA (Reuters) - The World Health Organization declared mpox a global public "
        "health emergency on Wednesday after a new strain spread from Congo to neighbouring "
        "countries, Director-General Tedros Adhanom Ghebreyesus said.",
        "health",
    ),
    (
        "Texas measles outbreak grows to 146 cases, first child death reported",
        "LUBBOCK, Texas (AP) — A school-age child who was not vaccinated has died of measles "
        "in West Texas, the first death in an outbreak that has grown to 146 cases, state "
        "health officials said Wednesday.",
        "health",
    ),
    (
        "Rwanda confirms Marburg outbreak, six health workers among dead",
        "KIGALI — Rwanda's health ministry confirmed an outbreak of Marburg virus disease on "
        "Saturday, saying six people had died, most of them health workers in intensive care "
        "units. Contacts have been isolated.",
        "health",
    ),
    (
        "Congo declares new Ebola outbreak in Kasai after 15 deaths",
        "KINSHASA, Congo — Congo's health ministry declared an Ebola outbreak in Kasai province "
        "on Thursday after 15 people died of a suspected viral haemorrhagic fever in the Bulape "
        "health zone. Vaccines are being flown in.",
        "health",
    ),
    (
        "Cambodia reports human H5N1 bird flu death",
        "PHNOM PENH - A 52-year-old man from Svay Rieng has died of H5N1 bird flu after "
        "handling sick chickens, the health ministry said.",
        "health",
    ),
]
