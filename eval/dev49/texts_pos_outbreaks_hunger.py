"""dev49 positives: disease, hunger and failing health systems caused by war, sieges and
displacement (health, science and humanitarian desks). POSITIVES = [(title, text, tag codes,
kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Cholera spreads in Darfur camp swollen by people fleeing El Fasher",
        "Cholera has spread through the Tawila displacement camp in North Darfur, where more than 300,000 people have arrived after fleeing the fighting around El Fasher, Medecins Sans Frontieres said on Thursday. Its treatment centre recorded 1,100 cases and 36 deaths in a week, and latrines are shared by 200 people each.",
        "D H",
        "disease_outbreak",
    ),
    (
        "Famine confirmed in Gaza governorate, a first for the Middle East",
        "The Integrated Food Security Phase Classification said on Friday that famine is occurring in Gaza governorate, the first such finding in the Middle East, and blamed months of restrictions on aid entering the territory during the war. The analysis found half a million people facing catastrophic hunger.",
        "H",
        "famine",
    ),
    (
        "Measles kills 42 children in Ituri camps after militia attacks",
        "A measles outbreak has killed 42 children in displacement camps around Bunia since March, health authorities in Congo's Ituri province said. The camps hold about 90,000 people who fled attacks by the CODECO militia on villages in Djugu territory, and vaccination coverage there is below 40%.",
        "D H",
        "disease_outbreak",
    ),
    (
        "Strikes on Hodeidah water plant feed cholera fears",
        "Airstrikes damaged the main water pumping station in Hodeidah on Saturday, cutting piped water to about 250,000 people, Yemen's water authority said. Health workers said cholera cases in the city had tripled since the last strike on the network in June. UNICEF said it was trucking water to the worst-hit districts.",
        "E H",
        "airstrike",
    ),
    (
        "Cholera returns to Port-au-Prince displacement sites",
        "Haiti's health ministry confirmed 60 cholera cases in makeshift camps in Port-au-Prince where families who fled gang attacks on their neighbourhoods are sheltering in schools and public squares. More than 700,000 people have been displaced by the violence.",
        "D H",
        "disease_outbreak",
    ),
    (
        "Besieged El Fasher residents eat animal feed, doctors say",
        "Families in El Fasher are eating animal feed and boiled leaves as the Rapid Support Forces' siege of the city enters its second year, a doctors' group said on Monday. Paramilitary fighters shelled the Abu Shouk area again overnight. Prices of sorghum have risen tenfold and the last communal kitchens have closed.",
        "B E H",
        "siege",
    ),
    (
        "Mpox cases surge in camps around Goma after M23 advance",
        "Mpox cases have more than doubled in the displacement camps on the edge of Goma since M23 rebels advanced on the city, the World Health Organization said. Patients fled an isolation ward when fighting reached the area, and health workers lost track of more than 100 of them.",
        "D H B",
        "disease_outbreak",
    ),
    (
        "Rakhine faces famine as fighting cuts supply routes",
        "Fighting between the Arakan Army and Myanmar's military has cut every road and river route into central Rakhine, and the state faces famine conditions within months, the United Nations Development Programme warned. Rice production has collapsed and more than 500,000 people are displaced.",
        "B D H",
        "humanitarian_crisis",
    ),
    (
        "Al-Shabaab blockade pushes Baidoa malnutrition past emergency threshold",
        "Acute malnutrition among children in Baidoa has passed the emergency threshold of 15% as al-Shabaab fighters block the roads into the town and stop traders bringing in food, aid agencies said. The militants have burned trucks on the Mogadishu road this month. Flights are now the only supply route.",
        "H T",
        "blockade",
    ),
    (
        "Hunger deaths reported in Tigray as aid blockade continues",
        "Health officials in Tigray said on Wednesday that at least 200 people, most of them young children, had died of hunger in the past two months, as trucks with food and medicine have not entered the region since the war began.",
        "H",
        "humanitarian_crisis",
    ),
    (
        "Amhara clashes halt measles vaccination in 11 districts",
        "Fighting between Fano militias and federal troops has forced health authorities to halt a measles vaccination campaign in 11 districts of Ethiopia's Amhara region, the World Health Organization said. Two health workers were shot at a checkpoint last week. Vaccine stocks are spoiling because generators at cold rooms have no fuel.",
        "B H",
        "clashes",
    ),
    (
        "Malnutrition ward overflows in Maiduguri as families flee Boko Haram raids",
        "A malnutrition ward run by a medical charity in Maiduguri admitted 1,600 children in June, twice as many as a year earlier, as families fleeing Boko Haram raids on villages in northern Borno arrived in the city, the charity said. Many arrived after walking for days.",
        "D H T",
        "humanitarian_crisis",
    ),
    (
        "Polio vaccinators work through 'humanitarian pauses' in Gaza",
        "Health teams vaccinated about 190,000 children against polio in central Gaza during the first three days of a campaign carried out in daily pauses in the fighting, the World Health Organization said. Polio returned to the territory after its water and sewage systems were destroyed in the war. Israeli strikes continued outside the pause zones.",
        "H",
        "humanitarian_crisis",
    ),
    (
        "Scabies and diarrhoea spread in Beirut schools turned into shelters",
        "Doctors in Beirut reported outbreaks of scabies and diarrhoea in public schools that now shelter families who fled Israeli strikes on southern Lebanon and the southern suburbs. About 1.2 million people have been displaced, and many shelters have one toilet for 100 people.",
        "D H E",
        "disease_outbreak",
    ),
    (
        "Flooding after dam destruction threatens cholera in Kherson region",
        "Ukrainian health officials warned of cholera and other infections after the Kakhovka dam was destroyed, flooding dozens of towns and forcing thousands of residents to leave their homes. Kyiv said Russian forces blew up the dam. Russian shelling hit an evacuation point in Kherson on Wednesday, and drinking water is being brought in by truck.",
        "E D H",
        "dam_destruction",
    ),
    (
        "Besieged Kadugli runs out of medicine as fighters ring the town",
        "The main hospital in Kadugli, the capital of Sudan's South Kordofan, has run out of antibiotics and anaesthetics as fighters of the RSF and the SPLM-N have blocked every road into the town for months, a health official said. Paramilitary fighters shelled the town's market last week. Children are dying of diseases that could easily be treated.",
        "B E H",
        "siege",
    ),
    (
        "Goma hospitals swamped with wounded as M23 enters city",
        "Hospitals in Goma were treating more than 2,000 wounded people on Wednesday after M23 rebels and Rwandan troops fought their way into the city, the International Committee of the Red Cross said. Bodies lay in the streets and morgues were full. Power and water were cut across the city.",
        "B H",
        "offensive",
    ),
    (
        "Children die for lack of medicine in cut-off Kurram",
        "At least 50 children have died in Parachinar in Pakistan's Kurram district since the main road was closed after sectarian clashes that killed more than 130 people, local health officials said. Armed men from both communities fought for days in October. Pharmacies have run out of basic drugs and the district's hospital is rationing oxygen.",
        "B H",
        "humanitarian_crisis",
    ),
    (
        "No aid reaches Rukban camp for four months",
        "No aid convoy has reached the Rukban camp on Syria's border with Jordan for four months, and residents are dying of treatable illnesses, a doctors' group said. The camp's 8,000 people fled the war years ago and are hemmed in by government forces, which turn back trucks at checkpoints.",
        "D H",
        "humanitarian_crisis",
    ),
    (
        "Medical charity suspends Port-au-Prince work after gunmen stop ambulance",
        "A medical charity suspended its work in Port-au-Prince on Monday after armed men stopped one of its ambulances, threatened staff with death and executed at least two of the wounded patients it was carrying, the group said. Gangs control most of the capital, and only a handful of its hospitals still work.",
        "V H",
        "attack_on_health_workers",
    ),
]
