"""dev332 negatives: climate politics, economy, defence, peace and reports with the desk's war
words (title, text, kind code)."""

NEGATIVES = [
    (
        "Environment Agency says flood defences need a bigger war chest",
        "England's flood defences are ageing faster than they can be repaired, the Environment "
        "Agency warned on Thursday, saying that almost 4,000 assets protecting homes from rivers "
        "and the sea are in poor condition. The agency's chief executive said the budget for "
        "maintenance had not kept pace with wetter winters, and called for a bigger "
        "“war chest” to fight what he called a rising tide. Opposition MPs attacked ministers over "
        "cuts, while the government said it was spending a record sum on new schemes. After "
        "Storm Babet and Storm Henk, thousands of homes flooded behind walls and banks that were "
        "overtopped. Insurers said claims were among the highest in a decade."
        " Ministers say thousands more properties will be protected by new schemes by the end of "
        "the decade. The Met Office has said that winters in England are becoming wetter, with "
        "more rain falling in short, heavy bursts.",
        "politics",
    ),
    (
        "“Day Zero” war room: Cape Town's battle to keep the taps running",
        "Cape Town's mayor Patricia de Lille said on Wednesday that the city had set up a water "
        "“war room” to push back Day Zero, the date on which the taps would be turned off for "
        "most of its four million residents. Dam levels have fallen to about 26% after three "
        "years of drought. Residents are limited to 50 litres a day, and the council is fining "
        "households that exceed their allowance. The opposition attacked the city for being "
        "slow to build desalination plants, and the national government was accused of "
        "stalling on emergency funds. Forecasters at the South African Weather Service see "
        "little prospect of good winter rains."
        " Hotels have asked tourists to take two-minute showers, and farmers in the Western Cape "
        "have cut their plantings. Queues have formed at natural springs around the city, where "
        "security guards keep order. The city has also started drilling into aquifers beneath "
        "Table Mountain. Officials say Day Zero could come as early as April.",
        "politics",
    ),
    (
        "Guterres: put the world on a climate war footing",
        "UN Secretary-General António Guterres called on governments on Tuesday to put their "
        "economies on a “war footing” against climate change, saying the world was losing the "
        "battle to keep warming to 1.5C. Speaking after the publication of a report showing that "
        "the past decade was the hottest on record, he said fossil fuel subsidies were a weapon "
        "aimed at the planet. Small island states welcomed the call, while oil-producing "
        "countries said the transition must be gradual. Britain's energy secretary said the "
        "government was already fighting on every front. Campaigners said the words would mean "
        "nothing without new money for adaptation."
        " The annual report of the World Meteorological Organization, published the same day, "
        "said sea level was rising at twice the rate of the 1990s. The UN chief also urged banks "
        "to stop financing new coal plants. A ministerial meeting on climate finance is scheduled"
        " in Copenhagen next month.",
        "politics",
    ),
    (
        "COP28 ends with deal to transition away from fossil fuels after all-night battle",
        "Nearly 200 countries agreed in Dubai on Wednesday to transition away from fossil fuels in "
        "energy systems, the first time a UN climate summit has named oil, gas and coal in its "
        "final decision. The deal came after an all-night battle over the wording, in which Saudi "
        "Arabia and other producers fought off calls for a phase-out. Small island states said the "
        "text had loopholes but did not block it. The summit's president, Sultan al-Jaber, "
        "called the agreement historic. Scientists noted that the year was certain to be the "
        "hottest on record. Negotiators now turn to next year's talks on climate finance."
        " The agreement also calls for tripling renewable energy capacity by 2030. Climate "
        "activists said the deal did not go far enough, and several delegates from Pacific "
        "nations described it as a compromise they could live with. Oil prices were little "
        "changed.",
        "politics",
    ),
    (
        "Tuvalu treaty offers Australian residency to climate-threatened islanders",
        "Australia will offer permanent residency to up to 280 citizens of Tuvalu each year under a "
        "treaty that leaders of the two countries signed on Friday, recognising that rising seas "
        "threaten the low-lying Pacific nation. The Falepili Union treaty also commits Australia "
        "to help Tuvalu respond to natural disasters and pandemics. Tuvalu's prime minister "
        "Kausea Natano said the deal gave his people “a pathway to mobility with dignity”. "
        "Critics in Funafuti said the parliament had not been consulted. Researchers said it was "
        "the first bilateral agreement to create a visa route for people facing climate "
        "displacement. Most of Tuvalu is less than two metres above sea level."
        " The treaty also gives Australia a say over Tuvalu's security agreements with other "
        "countries, which some commentators saw as a response to China's influence in the "
        "Pacific. New Zealand has a lottery scheme for Pacific migrants. Tuvalu is also working "
        "on a plan to reclaim land from the lagoon.",
        "politics",
    ),
    (
        "Puerto Rico raises Hurricane Maria toll to 2,975 after study",
        "Puerto Rico's governor Ricardo Rosselló raised the official death toll from Hurricane "
        "Maria to 2,975 on Tuesday, after a George Washington University study found that "
        "thousands more people had died in the six months after the storm than would normally "
        "be expected. The government had long said only 64 people were killed. Opponents "
        "attacked the administration's handling of the disaster, saying power cuts that lasted "
        "months had cost lives. President Donald Trump disputed the figure in a series of posts. "
        "The governor said he would create a registry of vulnerable residents before the next "
        "hurricane season."
        " The study found that the elderly and poor were most at risk, as hospitals lacked power "
        "and roads were blocked. Families of the dead said the new figure was a recognition of "
        "their loss. The island's power grid remains fragile."
        " The National Weather Service has since installed a new radar on the island to replace "
        "the one the storm destroyed.",
        "politics",
    ),
    (
        "Low Rhine forces barges to sail a third full",
        "Water levels on the Rhine at the Kaub gauge fell below 40 centimetres on Friday, forcing "
        "barge operators to carry a fraction of their usual loads and pushing freight rates to "
        "their highest level in years, traders said. The river carries coal, grain and chemicals "
        "to factories across Germany and Switzerland, and the chemicals group BASF said it might "
        "have to cut production at Ludwigshafen. The German weather service expects little rain "
        "in the next ten days. Economists said the drought could shave a fraction of a "
        "percentage point off growth. Rail operators said they had no spare capacity."
        " Shipping firms have added surcharges for low water. Hydrologists said low flows were "
        "becoming more frequent in late summer because the Alpine glaciers that feed the river "
        "are shrinking. Traders said coal for power stations was being diverted to trains and "
        "trucks.",
        "economy",
    ),
    (
        "Drought limits Panama Canal crossings as ships queue for weeks",
        "The Panama Canal Authority cut the number of daily transits to 24 on Monday, down from "
        "36 in normal times, as a drought linked to El Niño left Gatun Lake near record lows. "
        "More than 100 ships were waiting at both ends of the canal, and some shipping lines "
        "paid millions of dollars at auction to jump the queue. Liquefied gas carriers began "
        "sailing around Cape Horn instead. The authority said the restrictions would last well "
        "into next year. Analysts said the delays were adding to freight costs for US grain "
        "exports to Asia."
        " Each ship passing through the locks uses millions of litres of fresh water from the "
        "lake. Gatun Lake also supplies drinking water to about half of Panama's population. The "
        "authority is studying a new reservoir on the Indio river. Rainfall this year has been "
        "among the lowest since records began in 1950.",
        "economy",
    ),
    (
        "Arabica hits record as Brazil's drought scorches coffee belt",
        "Arabica coffee futures hit a record high in New York on Tuesday after months of drought "
        "and heat in Brazil's coffee belt damaged flowering for next year's crop. The "
        "country's crop agency cut its harvest estimate, and traders said a price war among "
        "roasters had ended as they raised shelf prices. Minas Gerais received less than half "
        "its usual rainfall in September and October. Meteorologists said rain in November "
        "had come too late for many trees. Supermarkets in Europe warned that coffee would cost "
        "more into next year."
        " Vietnam, the biggest grower of robusta, also suffered from a dry spell earlier in the "
        "year. Analysts say prices could stay high if the next rainy season is poor. Coffee shop "
        "chains said they were considering price rises. Some roasters are blending in more "
        "robusta to save costs."
        " Growers in the south of Minas Gerais said the blossom that appeared after the first "
        "showers was patchy, and some fields had lost plants to the heat.",
        "economy",
    ),
    (
        "Dutch delta commissioner sets out plan to hold back a two-metre sea",
        "The Netherlands must start preparing now for a sea level up to two metres higher by the "
        "end of the century, the government's delta commissioner said on Tuesday, presenting "
        "options that range from raising dykes to moving some activities inland. About a "
        "quarter of the country lies below sea level, protected by dunes, dykes and storm surge "
        "barriers. Engineers said the Maeslantkering barrier near Rotterdam, which closes when "
        "a surge threatens, would need to close far more often. The plan will be debated in "
        "parliament next year. Farmers' groups asked for guarantees on land."
        " The national weather institute KNMI published climate scenarios last year in which sea "
        "level could rise by more than a metre by 2100 under high emissions. Some experts suggest"
        " that parts of the country might be allowed to flood in the distant future. The report "
        "recommends that new housing should not be built in the lowest areas.",
        "other",
    ),
    (
        "IPCC synthesis report says window to limit warming is closing",
        "The world is likely to pass 1.5C of warming in the early 2030s, the Intergovernmental "
        "Panel on Climate Change said on Monday in a synthesis of its latest assessments, but deep "
        "cuts in emissions this decade could still limit the damage. The report, approved by "
        "195 governments after a week of line-by-line talks in Interlaken, says that heatwaves, "
        "heavy rain and droughts have become more frequent and intense. It warns that losses "
        "will grow with every fraction of a degree. Lead authors said solutions were available "
        "and cheap. Governments are due to submit new targets by 2025."
        " The report was the last of the IPCC's sixth assessment cycle, which began in 2015. The "
        "UN Secretary-General called it a “survival guide for humanity”. Climate finance for poor"
        " countries remains far below what they need, the report says."
        " Some delegations fought hard over references to the phasing out of fossil fuels, "
        "observers said. The report will feed into the first global stocktake of the Paris "
        "Agreement at the end of the year.",
        "other",
    ),
    (
        "From the coast to the capital: Bangladesh's climate migrants fill Dhaka's slums",
        "Every week, families from Bangladesh's southern coast arrive in Dhaka after cyclones, "
        "river erosion and salt water have ruined their land, researchers and city officials say. "
        "In the Korail slum, Rashida Begum, who left Bhola island after the river took her house "
        "twice, now sews garments for a factory. A World Bank report estimates that up to 13 million "
        "Bangladeshis could move within the country because of climate change by 2050. Planners "
        "want to build up secondary towns such as Mongla to take some of them in. “The river is "
        "eating the villages,” said a local councillor. The government has set up a climate trust "
        "fund."
        " Many migrants work as rickshaw drivers, construction workers or domestic helpers. "
        "Researchers say that women left behind in coastal villages often face debt and salinity "
        "in their drinking water. Cyclones such as Amphan and Remal have destroyed embankments "
        "along the coast.",
        "other",
    ),
    (
        "El Niño declared as WMO warns of record heat ahead",
        "The World Meteorological Organization declared on Tuesday that El Niño conditions had "
        "developed in the tropical Pacific for the first time in seven years, and said they "
        "were likely to push global temperatures to new records. The agency gave a 90% chance "
        "that the event would continue through the second half of the year. El Niño usually "
        "brings more rain to southern South America and the Horn of Africa, and drought to "
        "Australia, Indonesia and southern Africa. Forecasters advised governments to prepare "
        "early warnings for floods and dry spells. The last strong El Niño ended in 2016."
        " India's weather office said it still expected a normal monsoon, though El Niño years "
        "have often brought poor rains. Peru declared an emergency in its northern coastal "
        "regions in anticipation of heavy rain. Fishing fleets are also watching sea temperatures"
        " off South America.",
        "other",
    ),
    (
        "Pentagon climate risk study warns bases face floods, heat and fire",
        "The US Department of Defense said on Thursday that climate change was a threat to its "
        "bases, training ranges and operations, in a climate risk analysis ordered by Defense "
        "Secretary Lloyd Austin. The report said rising seas threatened naval stations on the "
        "Atlantic coast, and that extreme heat was cutting the hours troops could train outdoors "
        "in the south-west. It also cited damage from hurricanes at Tyndall Air Force Base in "
        "Florida. Officials said the department would include climate in its war games and "
        "budget planning. Some Republicans called the study a distraction from China."
        " Hurricane Michael caused billions of dollars in damage at Tyndall in 2018. The Navy has"
        " built flood walls at Norfolk, where high tides now regularly flood roads on the base. "
        "The report recommends the department consider climate risk when it buys equipment and "
        "chooses where to train.",
        "military",
    ),
    (
        "Taiwan scales back Han Kuang drills as Typhoon Doksuri nears",
        "Taiwan's defence ministry cancelled parts of its annual Han Kuang military exercises on "
        "Wednesday as Typhoon Doksuri approached the island's south, saying the safety of troops "
        "came first. Live-fire drills and some beach landings planned for the south coast were "
        "called off, but command post exercises will continue. The Central Weather Bureau issued "
        "a sea warning, and schools in Pingtung county were closed. The drills simulate "
        "defence against an invasion and are watched closely by Beijing. The ministry said the "
        "cancelled segments would not be rescheduled."
        " The exercise this year tested the military's ability to keep fighting after an initial "
        "attack, and for the first time included drills in civilian areas. Officials said about "
        "10,000 reservists were involved. Typhoon Doksuri was forecast to bring heavy rain to the"
        " south and east on Thursday."
        " Forecasters said the storm's outer bands could also bring strong winds to the Penghu "
        "islands.",
        "military",
    ),
    (
        "Navy orders warships out of Norfolk ahead of Hurricane Florence",
        "The US Navy ordered about 30 ships based in Norfolk, Virginia, to put to sea on Monday "
        "to ride out Hurricane Florence, a standard precaution against the storm surge and "
        "winds that could slam vessels against the piers. Aircraft were moved inland from naval "
        "air stations in Virginia and the Carolinas. Florence was a Category 4 storm with winds "
        "of 130 mph, the National Hurricane Center said, and could bring catastrophic flooding "
        "to the coast. The Marine Corps began moving equipment away from Camp Lejeune. Officials "
        "said ships would return once the storm had passed."
        " About 1.7 million people were ordered to evacuate coastal areas of the Carolinas and "
        "Virginia. The storm was forecast to stall near the coast, dumping rain for days. Ships "
        "will stay far out at sea, where the waves are less dangerous."
        " Forecasters at the National Hurricane Center said storm surges of up to 13 feet were "
        "possible along parts of the coast.",
        "military",
    ),
    (
        "Truce lets drought aid reach Tigray for the first time in months",
        "Trucks loaded with food and seed reached Mekelle on Thursday, the first convoy since the "
        "federal government and Tigrayan leaders signed a peace agreement in Pretoria, the World "
        "Food Programme said. The region faces a poor harvest after failed rains, and aid "
        "agencies say hunger is severe. Flights and banking services are slowly being restored. "
        "The African Union, which brokered the deal, said monitors had found the truce holding. "
        "Ethiopia's meteorology institute expects the belg rains to be below average. Farmers "
        "asked for fertiliser before the planting season."
        " The region had been largely cut off from fuel, banking and communications for almost "
        "two years. Humanitarian workers said they were assessing the needs in rural areas that "
        "they had not been able to visit. Many families have been eating only one meal a day, a "
        "local official said. Seed distribution will be a priority before the rains.",
        "peace",
    ),
    (
        "Former MILF fighters join Bangsamoro flood rescue under peace deal",
        "Former fighters of the Moro Islamic Liberation Front, now part of the Bangsamoro "
        "regional government, joined soldiers and police in rescuing families from floods in "
        "Maguindanao after Tropical Storm Nalgae, officials said. The storm triggered landslides "
        "that buried parts of Datu Odin Sinsuat and killed dozens. The interim chief minister, "
        "Murad Ebrahim, said the joint rescue showed how far the peace process had come since "
        "the 2014 agreement. Decommissioning of the group's weapons and combatants continues. "
        "Forecasters expect more rain over Mindanao in the coming days."
        " The storm hit during the All Saints' holiday, when many families were travelling. "
        "Rescuers used excavators and bare hands to dig through mud in Kusiong village. The "
        "national disaster council said more than 150 people had been killed across the "
        "Philippines."
        " Residents said they had never seen the mountain move so fast.",
        "peace",
    ),
]
