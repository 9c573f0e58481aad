"""dev49 negatives: the rest of the health, science and climate desks (crime and accidents in
hospitals and labs, agreements and pauses, military medicine, anniversaries, culture, sport,
markets and policy). NEGATIVES = [(title, text, kind code), ...]; kind codes from
eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Hospitals under siege as flu season peaks early",
        "Emergency departments across Ireland are under siege as the flu season peaks weeks earlier than usual, with 600 patients waiting on trolleys on Tuesday, the nurses' union said. Hospitals cancelled planned surgery. The health minister said extra beds would open in January.",
        "health",
    ),
    (
        "Man jailed for attacking paramedics in Glasgow",
        "A man who punched two paramedics and damaged their ambulance while they treated his friend in Glasgow was jailed for 18 months on Friday, and the ambulance service said attacks on its crews had doubled in five years.",
        "crime",
    ),
    (
        "Kidnapped doctor freed after ransom paid in Enugu",
        "A doctor kidnapped from his clinic in Enugu was freed after five days when his family paid a ransom, police said; they described the kidnappers as a criminal gang and arrested two suspects. Nigerian doctors threatened a strike over insecurity.",
        "crime",
    ),
    (
        "Nigeria certified free of wild polio after long battle",
        "Nigeria was certified free of wild polio by an independent commission on Tuesday, four years after its last case, ending a battle that once made it the world's epicentre of the disease. Vaccinators had walked millions of kilometres. Vaccine-derived cases still occur.",
        "health",
    ),
    (
        "Warring sides agree to three-day pause for cholera vaccination",
        "Sudan's army and the Rapid Support Forces have agreed to a three-day pause in hostilities in two localities of Darfur to allow a cholera vaccination campaign, the United Nations said on Monday. The campaign is due to start next week.",
        "peace",
    ),
    (
        "Army surgeons train Ukrainian medics in Estonia",
        "Estonian army surgeons are training 40 Ukrainian medics in battlefield trauma care at a base near Tallinn, the defence ministry said. The course covers tourniquets, blood transfusion and evacuation under fire, practised on mannequins.",
        "military",
    ),
    (
        "Field hospitals sent to Turkey quake zone",
        "Twenty countries sent field hospitals and search teams to southern Turkey after the earthquake, and army surgeons were operating in tents in Hatay within 48 hours, the health ministry said. More than 50,000 people died.",
        "disaster",
    ),
    (
        "Ceasefire takes hold; WHO draws up plan to rebuild Gaza's hospitals",
        "The World Health Organization presented a plan to rebuild Gaza's hospitals at a cost of $10 billion on the third day of a ceasefire that has held so far. Trucks carrying medical supplies crossed at Kerem Shalom. Only 16 of the territory's 36 hospitals are partly working.",
        "peace",
    ),
    (
        "States fight over pathogen sharing in pandemic treaty talks",
        "Negotiators at the World Health Assembly battled into the night over how countries should share virus samples and the vaccines made from them, and the pandemic treaty text was adopted without that annex. Rich and poor countries traded accusations.",
        "politics",
    ),
    (
        "Nuclear waste 'time bomb' at Sellafield, MPs warn",
        "Ageing ponds holding nuclear waste at Sellafield are a ticking time bomb, a committee of MPs said, and the cleanup could cost 136 billion pounds. The site operator said the ponds were safe. The report said the project's timetable had slipped by decades.",
        "politics",
    ),
    (
        "Series about war-zone medics wins top Emmy",
        "A drama series following surgeons at a field hospital during a fictional war won the top prize for drama at the Emmys, and its creator thanked the aid workers who advised the writers.",
        "entertainment",
    ),
    (
        "Pace attack destroys Australia's top order",
        "South Africa's pace attack destroyed Australia's top order on the first morning at Lord's, taking four wickets for 30 runs, though Australia recovered to 212 all out.",
        "sport",
    ),
    (
        "Cocaine hidden in banana boxes seized at Antwerp port",
        "Customs officers in Antwerp seized eight tonnes of cocaine hidden in boxes of bananas from Ecuador, the largest single haul this year, prosecutors said, and six people were arrested.",
        "crime",
    ),
    (
        "Explosion at fireworks warehouse kills 12 in Tamil Nadu",
        "An explosion at a fireworks warehouse in Sivakasi killed 12 workers and injured 8 on Saturday, police said. The blast was heard several kilometres away. The owner was arrested for storing chemicals without a licence.",
        "accident",
    ),
    (
        "Ambulance crash on icy road kills patient in Finland",
        "An ambulance carrying a patient skidded on an icy road in northern Finland and hit a lorry, killing the patient and injuring two paramedics, police said.",
        "accident",
    ),
    (
        "Kenyan health workers' strike enters second week without talks",
        "Nurses and clinical officers in Kenya stayed away from public hospitals for a second week over unpaid allowances, marching peacefully through Nairobi on Tuesday. The health ministry said it would dock their pay.",
        "protest",
    ),
    (
        "'Stand Up for Science' rallies draw thousands in 30 cities",
        "Thousands of scientists and students rallied in 30 US cities against cuts to research funding and the firing of government scientists, carrying placards reading 'Science not silence'. No arrests were reported.",
        "protest",
    ),
    (
        "Halabja remembers gas attack victims 37 years on",
        "Thousands of people gathered at the memorial in Halabja to remember the 5,000 Kurds killed in the chemical attack by Saddam Hussein's forces in 1988. Survivors still suffer lung and eye diseases, doctors said.",
        "history",
    ),
    (
        "Chernobyl anniversary: wildlife thrives in exclusion zone",
        "Wolves, lynx and Przewalski's horses thrive in the exclusion zone around Chernobyl, scientists said on the anniversary of the 1986 disaster. Radiation levels in some hotspots remain high. Researchers track the animals with camera traps and GPS collars.",
        "history",
    ),
    (
        "Defence stocks lift European indexes as NATO agrees spending goal",
        "Shares in European defence companies rose up to 6% after NATO leaders agreed to raise defence spending to 5% of GDP within a decade, with drone and electronics makers leading the gains.",
        "economy",
    ),
    (
        "Biotech rejects hostile bid from rival",
        "A cancer biotech rejected a $4 billion hostile takeover bid from a larger rival, saying it undervalued its lead drug, and adopted a poison pill to fend off the raider. Its shares closed 20% above the offer price as investors bet on a higher bid.",
        "economy",
    ),
    (
        "Snakebite, a silent killer, claims 58,000 lives a year",
        "Snakebites kill about 58,000 people a year, most of them farmers in South Asia and Africa, and antivenom is often too expensive, a WHO report said.",
        "health",
    ),
    (
        "Bird flu in dairy herds puts farms on war footing",
        "Dairy farms in California have been put on a war footing after bird flu spread to 700 herds, with workers in protective gear and milk tested weekly, state officials said. Two farm workers caught mild infections.",
        "health",
    ),
    (
        "Navy hospital ship begins Pacific health mission",
        "A navy hospital ship with 800 medical staff began a four-month mission to Pacific islands, offering free surgery and dental care, the navy said. It will stop in Fiji, Tonga and Vanuatu. Local nurses will train on board during the voyage.",
        "military",
    ),
    (
        "Mine collapse traps 30 workers in Guizhou",
        "A coal mine roof collapsed in China's Guizhou province on Monday, trapping 30 workers underground, state media said, and rescuers had pulled out 12 alive by nightfall.",
        "accident",
    ),
    (
        "Stampede at temple festival kills 30",
        "A stampede at a Hindu festival in Andhra Pradesh killed 30 pilgrims and injured 60 as crowds rushed for free darshan tokens, police said.",
        "accident",
    ),
    (
        "Health ministers launch 'war' on misinformation about vaccines",
        "Health ministers from the G7 agreed to fund fact-checkers and work with platforms against vaccine misinformation, which one minister called a war on lies. Critics said the plan threatened free speech. The plan will be reviewed in a year.",
        "politics",
    ),
]
