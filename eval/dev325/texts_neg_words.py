"""Negatives of dev325: the desk's war words used loosely (policy fights, culls, markets, sport),
the military without violence, peace deals, old wars' damage to nature, films and books."""

NEGATIVES = [
    (
        "Badger cull to be extended to new areas despite scientists' warnings",
        "The government will allow badger culling in seven more areas of England this autumn, "
        "ministers said on Wednesday, in the latest round of a bitter battle over how to fight "
        "bovine tuberculosis in cattle. Farmers' leaders welcomed the decision, saying the "
        "disease had forced the slaughter of tens of thousands of cattle a year. Wildlife groups "
        "called it a 'war on wildlife' and said more than 200,000 badgers had been shot since "
        "the cull began in 2013. Licensed marksmen shoot the animals at night, and some are "
        "trapped in cages first. A group of scientists wrote to the environment secretary "
        "arguing that the evidence for culling was weak and that vaccination and better cattle "
        "testing would be more effective. The Badger Trust said it would seek a judicial review. "
        "Protesters have patrolled fields at night in some cull areas, and police say they have "
        "received reports of traps being tampered with.",
        "politics",
    ),
    (
        "EU opens new front in war on plastic with ban on single-use items",
        "The European Parliament voted on Wednesday to ban single-use plastic cutlery, plates, "
        "straws and cotton buds from 2021, in what the EU's environment commissioner called a "
        "decisive battle in the war on plastic pollution. The law also requires member states to "
        "collect 90% of plastic bottles by 2029 and makes producers pay for cleaning up litter "
        "such as cigarette filters and fishing gear. Industry groups warned that the targets "
        "would hit jobs and said alternatives were not always greener. Plastics make up about "
        "85% of the litter found on European beaches, the Commission says. 'This is a victory "
        "for our oceans,' said the lead lawmaker, Frédérique Ries. The vote passed by 571 to 53. "
        "The measures were proposed in May after China stopped taking much of Europe's plastic "
        "waste. Several member states said they would go further, with France planning a ban on "
        "plastic packaging for fruit. Plastic makers said they would work with the EU to "
        "increase recycling.",
        "politics",
    ),
    (
        "Trump's EPA chief vows to end 'war on coal' as rules are torn up",
        "The head of the Environmental Protection Agency told coal miners in Kentucky on Monday "
        "that the 'war on coal is over' as he signed a proposal to repeal the Clean Power Plan, "
        "the Obama administration's main climate regulation for power stations. Environmental "
        "groups said they would fight the move in court, calling it an assault on public health "
        "that would lead to thousands of early deaths from air pollution. Democratic attorneys "
        "general from more than a dozen states said they were ready to sue. The agency estimated "
        "that repeal would save the industry 33 billion dollars by 2030. Analysts said market "
        "forces, especially cheap natural gas, would keep pushing coal plants to close "
        "regardless of the rules. 'The past administration was using every bit of power and "
        "authority to use the EPA to pick winners and losers,' he said. Former officials at the "
        "agency said the repeal ignored the science. The Clean Power Plan had never taken effect "
        "because the Supreme Court froze it in 2016.",
        "politics",
    ),
    (
        "Brumby cull: Kosciuszko shooting from helicopters approved",
        "New South Wales will resume shooting wild horses from helicopters in Kosciuszko "
        "National Park to meet a legal target of cutting the population to 3,000 by mid-2027, "
        "the state's environment minister said on Friday. An aerial survey estimated that about "
        "19,000 brumbies roam the park, where scientists say they trample fragile alpine "
        "wetlands and threaten rare frogs and fish. The decision reopens a long and emotional "
        "fight between conservationists and horse advocates, who regard the brumbies as part of "
        "the high country's heritage. An aerial cull in 2000, in which hundreds of horses were "
        "killed, caused a public outcry. Ground shooting and rehoming had failed to keep numbers "
        "down, the government said. Animal welfare groups said they would consider a court "
        "challenge. A survey of the park's sphagnum bogs found damage in nearly every one that "
        "horses could reach. The minister said the shooting would be done by professionals under "
        "strict welfare rules.",
        "politics",
    ),
    (
        "Battle lines drawn as COP talks run into overtime over fossil fuels",
        "Climate negotiators in Dubai worked through the night on Tuesday as oil-producing "
        "states and a coalition of island nations and European countries fought over whether a "
        "final deal should call for phasing out fossil fuels. A draft text released on Monday "
        "dropped the words 'phase out', prompting the Alliance of Small Island States to say it "
        "would not sign 'our death certificate'. The Opec secretary general had urged members to "
        "reject any language targeting fossil fuels. Saudi Arabia's energy minister said the "
        "kingdom would not accept any text that attacked its economy. Summit president Sultan "
        "al-Jaber, who also heads the UAE's national oil company, said he was confident of an "
        "agreement. Observers said the talks were at risk of collapse. Climate activists staged "
        "a silent protest in the venue's main hall, holding signs calling for a phase-out. The "
        "EU's climate commissioner said a deal without fossil fuel language would be a failure. "
        "Negotiators were expected to present a new draft on Wednesday morning.",
        "politics",
    ),
    (
        "Solar panel price war deepens as Chinese makers slash prices",
        "Chinese solar manufacturers are cutting prices below cost as a brutal price war drives "
        "smaller firms out of business, industry analysts said on Thursday. Module prices have "
        "fallen by about half in a year to around 11 US cents per watt, as factories built "
        "during a boom produce far more panels than the world can install. At least two "
        "mid-sized makers have filed for bankruptcy this year, and larger companies such as "
        "Longi and JinkoSolar have announced job cuts. European producers say they cannot "
        "compete and have asked Brussels for protection. Cheap panels are good news for the "
        "climate, installers say, as they make solar the cheapest form of new power in most "
        "countries. Beijing has urged the industry to avoid 'involution', a term for destructive "
        "competition. Analysts expect the price war to last at least another year. Shares of "
        "leading makers have fallen by more than half since their peak.",
        "economy",
    ),
    (
        "Carbon credit market takes a hit after rainforest offset scandal",
        "Prices for carbon credits from forest protection projects fell sharply this month after "
        "an investigation found that most of the offsets certified by the largest "
        "standard-setter did not represent real cuts in emissions. Companies including airlines "
        "and fashion brands that bought the credits to claim carbon neutrality have begun to "
        "review their strategies. The certifier, Verra, disputed the findings and said its "
        "methods were being updated. Brokers said volumes in the voluntary market had fallen by "
        "almost a third from a year earlier. Some project developers in Brazil and Peru said the "
        "rout threatened the money they use to pay local guards and communities. Analysts called "
        "it a hostile environment for new issuers. Verra's chief executive later stepped down.",
        "economy",
    ),
    (
        "Triathlon swim in the Seine cancelled as river fails pollution test",
        "Organisers cancelled the swimming leg of a test triathlon in the Seine on Saturday "
        "after heavy rain pushed levels of E. coli bacteria above safe limits, a year before the "
        "river is due to host Olympic events. The athletes instead competed in a duathlon of "
        "running and cycling. Paris has spent about 1.4 billion euros on a giant storage basin "
        "and sewer upgrades to stop untreated waste flowing into the river during storms. Mayor "
        "Anne Hidalgo has promised to swim in the Seine herself before the Games. World "
        "Triathlon said water quality would be tested daily. 'Our athletes are ready to fight "
        "for medals in the heart of Paris,' the French federation's president said. Swimming in "
        "the river has been banned since 1923. Officials said the storage basin would be ready "
        "before the Games. Athletes said they were disappointed but understood the decision.",
        "sport",
    ),
    (
        "Army deployed to guard rhinos as Botswana boosts anti-poaching units",
        "Botswana's Defence Force will deploy an extra battalion to its northern parks and buy "
        "surveillance drones to protect rhinos, the government said on Tuesday, after poachers "
        "killed several animals in the Okavango Delta this year. The soldiers will patrol "
        "alongside wildlife officers along the borders with Namibia and Zambia. Defence Minister "
        "Thomas Kagiso Mmusi said the army would also relocate some rhinos from the delta to "
        "secure sanctuaries. Botswana once offered a refuge for rhinos moved from South Africa, "
        "but its population has fallen sharply since 2018. The budget for the operation, about "
        "180 million pula, will come from the defence ministry. Conservationists welcomed the "
        "extra patrols. The country has Africa's largest population of elephants. Tourism is its "
        "second biggest source of foreign income after diamonds.",
        "military",
    ),
    (
        "Navy commissions patrol vessel to fight illegal fishing in Gulf of Guinea",
        "Ghana's navy commissioned a new offshore patrol vessel in Sekondi on Thursday to guard "
        "its fishing grounds against illegal trawlers and to protect offshore oil platforms. The "
        "58-metre ship, built in China, will carry a crew of 40 and a small helicopter, the navy "
        "said. President Nana Akufo-Addo said illegal fishing cost West African countries "
        "billions of dollars a year and was emptying the nets of local canoe fishermen. "
        "Environmental groups have documented foreign trawlers fishing in zones reserved for "
        "artisanal boats and selling catches to local buyers at sea. The vessel will begin its "
        "first patrol next week. Ghana's fisheries ministry says stocks of small pelagic fish "
        "such as sardinella have fallen sharply. Local fishermen welcomed the ship, but said "
        "enforcement at sea would matter more than new hardware. The navy plans to acquire two "
        "more patrol boats by next year. Officials said the ship would also take part in joint "
        "exercises with neighbouring navies.",
        "military",
    ),
    (
        "Military exercises near Sardinian dunes anger environmentalists",
        "Environmental groups on Sardinia called on Monday for an end to NATO exercises at the "
        "Capo Teulada firing range, saying years of shelling practice had turned a peninsula of "
        "dunes and juniper scrub into a wasteland closed to the public. Troops from several "
        "countries fired live artillery and anti-tank rounds during the two-week exercise, "
        "according to the Italian defence ministry, which said the drills were essential for "
        "readiness and were carried out under environmental rules. Prosecutors in Cagliari are "
        "investigating former base commanders over pollution from unexploded munitions and heavy "
        "metals found in the soil. Local fishermen say they are kept out of the sea for months "
        "each year. Sardinia hosts more than 60% of Italy's military training areas. Regional "
        "lawmakers have asked Rome to reduce the number of exercise days each year. A protest "
        "march to the base gates is planned for next month, and organisers say it will be "
        "peaceful. The defence ministry said it had begun clearing munitions from parts of the "
        "range.",
        "military",
    ),
    (
        "Colombia and ELN agree to protect Catatumbo forests in ceasefire talks",
        "Colombia's government and the ELN guerrilla group agreed on Friday to set up a joint "
        "commission to protect forests and water sources in the Catatumbo region as part of the "
        "bilateral ceasefire that took effect in August, negotiators said in Havana. The "
        "commission will include community representatives and will map areas where "
        "deforestation and illegal mining must stop, according to a joint statement. Environment "
        "Minister Susana Muhamad said peace with nature had to be part of peace between "
        "Colombians. The two delegations also extended the ceasefire by six months. No attacks "
        "on pipelines have been recorded since the truce began, Ecopetrol said. Environmental "
        "groups welcomed the agreement but said the communities involved needed guarantees. The "
        "region, on the border with Venezuela, is one of Colombia's largest coca-growing areas. "
        "Talks will resume in Caracas next month, the delegations said.",
        "peace",
    ),
    (
        "Tourists return to Simien Mountains park after Pretoria peace deal",
        "Foreign tourists have started returning to Ethiopia's Simien Mountains National Park a "
        "year after the Pretoria agreement ended the war in Tigray, park officials said, though "
        "numbers remain far below the levels before the pandemic. Lodges near Debark that had "
        "closed for two years reopened in March, and scouts and guides are back at work. The "
        "park's chief warden said the population of Walia ibex, found nowhere else on Earth, "
        "appeared stable in the latest count. The government has promoted the Simien as a sign "
        "that stability is returning to northern Ethiopia. Tour operators said travel insurance "
        "remained a problem for many visitors. Before the war, the park drew more than 20,000 "
        "visitors a year, most of them trekkers. The government has also reopened Lalibela's "
        "rock-hewn churches to visitors. Guides said they hoped for a busy season after years "
        "without income. The park was removed from UNESCO's danger list in 2017.",
        "peace",
    ),
    (
        "UN completes transfer of oil from decaying Safer tanker off Yemen",
        "The United Nations said on Friday it had finished pumping more than 1.1 million barrels "
        "of oil from the FSO Safer, a decaying supertanker moored off Yemen's Red Sea coast, to "
        "a replacement vessel, averting what it called a catastrophic spill. The operation, "
        "agreed by the Houthi authorities and Yemen's internationally recognised government, "
        "took less than three weeks. The Safer had not been maintained since 2015, and experts "
        "warned that it could break up or explode, damaging fisheries, coral reefs and "
        "desalination plants. UN officials praised the cooperation between the rival parties as "
        "a rare agreement. The replacement ship still needs to be secured, and the oil's "
        "ownership is unresolved. The operation cost about 120 million dollars, raised from "
        "governments, companies and a public crowdfunding campaign. UN officials said a spill "
        "could have cost 20 billion dollars to clean up. Fishermen in Hodeidah welcomed the "
        "news.",
        "peace",
    ),
    (
        "Fifty years on, Agent Orange still lingers in Vietnam's soil",
        "Half a century after US aircraft sprayed millions of litres of herbicide over southern "
        "Vietnam, scientists are still finding dangerous levels of dioxin in soil and fish ponds "
        "near former air bases, according to a study published on Tuesday. The researchers took "
        "samples around the Bien Hoa base outside Ho Chi Minh City, where Agent Orange was "
        "stored and mixed during the war. The United States and Vietnam began a joint project to "
        "clean up the site in 2019, after completing a similar project at Da Nang airport. "
        "Vietnam says millions of people were exposed to the chemicals and that many children of "
        "veterans have been born with disabilities. Forests in the Mekong Delta sprayed in the "
        "1960s have only partly grown back. The clean-up at Bien Hoa is expected to take at "
        "least ten years and cost hundreds of millions of dollars. Some contaminated soil will "
        "be heated to break down the dioxin.",
        "history",
    ),
    (
        "Kuwait's desert still scarred by oil lakes from 1991 fires",
        "More than three decades after retreating Iraqi troops set fire to over 700 of Kuwait's "
        "oil wells, the desert is still dotted with oil lakes and contaminated soil, the Kuwait "
        "Oil Company said as it began a new phase of clean-up funded by war reparations. The "
        "fires burned for about ten months in 1991 and blackened skies across the Gulf. Some 26 "
        "million tonnes of soil were contaminated, according to a UN commission that awarded "
        "Kuwait compensation. Contractors are excavating the polluted sand and treating it in "
        "biological plants. Environmental scientists said desert plants had returned in some "
        "areas, but birds still drown in tar pits. The fires were put out by teams from around "
        "the world in less than a year, far faster than first feared. The UN Compensation "
        "Commission approved nearly 3 billion dollars for Kuwait's environmental projects. "
        "Officials said the clean-up should be finished within a decade. Some of the treated "
        "soil will be used in road construction.",
        "history",
    ),
    (
        "Mesopotamian marshes bloom again years after Saddam's drainage",
        "Water buffalo herders have returned to parts of southern Iraq's Mesopotamian marshes "
        "that Saddam Hussein's government drained in the 1990s to punish the Marsh Arabs who had "
        "sheltered rebels. After the fall of his government in 2003, residents broke down dykes "
        "and water flowed back in. Bird counts by Nature Iraq found more than 200 species in the "
        "Hawizeh and Central marshes this winter, including endangered marbled teal. The marshes "
        "became a UNESCO World Heritage site in 2016. Ecologists warn, however, that upstream "
        "dams in Turkey and Iran and repeated droughts threaten the recovery, and salt levels "
        "have risen in recent summers. The marshes once covered about 15,000 square kilometres. "
        "Fishermen and buffalo herders say their income has fallen as water levels dropped. The "
        "Iraqi government has pledged to release more water from dams during the summer.",
        "history",
    ),
    (
        "Verdun's 'red zone' forest still poisoned by First World War shells",
        "A century after the Battle of Verdun, soil in parts of the forest that grew over the "
        "battlefield still contains arsenic levels many times above safe limits, French "
        "researchers said on Thursday. They traced the pollution to a site where tens of "
        "thousands of chemical shells were burned after the war. The zone rouge, where farming "
        "was banned after 1918, is now a protected forest of beech and pine, home to rare "
        "orchids and amphibians in water-filled shell craters. Bomb disposal teams still remove "
        "dozens of tonnes of munitions from the region every year. Officials said there was no "
        "risk to visitors who stayed on marked paths. About 300,000 soldiers were killed at "
        "Verdun in 1916. The researchers said the arsenic had not spread into groundwater. Local "
        "officials plan to fence off the most polluted site. The study was published in a "
        "scientific journal.",
        "history",
    ),
    (
        "Gorongosa's lions return decades after Mozambique's civil war",
        "The number of lions in Mozambique's Gorongosa National Park has passed 200 for the "
        "first time since the country's civil war, park scientists said on Monday. The war, "
        "which ended in 1992, left the park almost empty of large animals as soldiers and "
        "hunters shot elephants for ivory and buffalo for meat. A restoration project begun in "
        "2008 has brought back wild dogs and leopards from elsewhere in Africa. Park managers "
        "said elephants were now more often born without tusks, an effect of the heavy poaching "
        "during the war. The park now employs hundreds of people from surrounding communities as "
        "rangers, guides and teachers. Scientists have published studies showing that the park's "
        "ecosystem is recovering quickly. Visitors can now take guided drives through the Lake "
        "Urema floodplains. The park's research centre trains Mozambican students in ecology.",
        "history",
    ),
    (
        "Netflix's 'Virunga' documentary follows rangers caught in rebel war",
        "'Virunga', a documentary that follows park rangers protecting mountain gorillas as M23 "
        "rebels advance on their park in eastern Congo, premieres on Netflix this week after "
        "winning praise at the Tribeca film festival. Director Orlando von Einsiedel filmed for "
        "more than a year with the park's chief warden, Emmanuel de Merode, and a caretaker of "
        "orphaned gorillas. The film also uses hidden cameras to document efforts by a British "
        "oil company's contractors to win support for exploration in the park. The company, Soco "
        "International, has denied wrongdoing. Critics have called the film a thriller that "
        "plays like a war movie. Leonardo DiCaprio is an executive producer. The film was shot "
        "in 2012, when M23 briefly seized Goma. The rebels were defeated by the army and UN "
        "troops in late 2013, and the park has since reopened to visitors.",
        "entertainment",
    ),
    (
        "Novel imagines ecowar over the last forests of the Congo basin",
        "In her second novel, 'Green Fire', a Kenyan author imagines a near future in which "
        "armed brigades of eco-warriors fight timber companies and a private army for the last "
        "stands of rainforest in the Congo basin. The book follows a former ranger who joins the "
        "rebels after her village is burned, and a journalist embedded with the mercenaries. "
        "Reviewers have praised its battle scenes and its portrait of the forest itself. The "
        "author, who worked for a conservation group in Nairobi for a decade, said she wanted to "
        "write about who pays the price for saving nature. The book has been shortlisted for a "
        "climate fiction prize. The story is told in alternating chapters. One scene, a night "
        "battle on a river, has drawn comparisons with Joseph Conrad. A film adaptation is in "
        "development. The winner of the prize will be announced in London in March.",
        "entertainment",
    ),
    (
        "Scientists describe new species of tree frog in Ecuador's cloud forest",
        "Biologists have described a new species of tree frog from the cloud forests of the "
        "Cordillera del Cóndor in south-eastern Ecuador, naming it after a local indigenous "
        "guide. The frog, which is bright green with orange flecks, was found in a small area of "
        "mossy forest near a copper mining concession, the researchers wrote in the journal "
        "ZooKeys. They recommended that it be listed as critically endangered. Ecuador has more "
        "than 600 species of amphibians, many found nowhere else. The team said they had "
        "recorded at least five other unknown species during the expedition. The area is also "
        "one of the country's richest in orchids. Scientists said mining roads and clearing were "
        "the main threats to the frog's habitat. The team plans to return to study its calls and "
        "breeding. Local communities want the forest declared a protected area. The guide after "
        "whom the frog is named has worked with visiting scientists for twenty years.",
        "other",
    ),
    (
        "Global carbon emissions from fossil fuels hit another record",
        "Carbon dioxide emissions from fossil fuels will reach a record 37.4 billion tonnes this "
        "year, up 1.1% from last year, according to the Global Carbon Project's annual estimate "
        "published on Tuesday. Emissions from coal, oil and gas all rose, driven by India and "
        "China, while they fell in Europe and the United States. Scientists said there was now a "
        "50% chance that warming would exceed 1.5C above pre-industrial levels within about "
        "seven years. Emissions from deforestation and land use fell slightly. The report was "
        "released at the UN climate talks. China's emissions were expected to rise by 4%, "
        "India's by 8.2%. The European Union's fell by 7.4% and those of the United States by "
        "3%. The researchers said total emissions needed to fall by almost half this decade to "
        "keep the 1.5C goal within reach. Carbon dioxide levels in the atmosphere will average "
        "419 parts per million this year.",
        "other",
    ),
    (
        "Beavers released into the wild in England for first time in 400 years",
        "Beavers have been released into the wild in England with government approval for the "
        "first time in about 400 years, the National Trust said on Friday. A family of four was "
        "set free in a wetland in Dorset, where scientists will study how their dams slow "
        "floodwater, filter pollution and create habitats for insects and birds. The animals "
        "were hunted to extinction in Britain for their fur, meat and scent glands. Some farmers "
        "fear the dams will flood their fields, and the government has said licences will be "
        "granted only where landowners agree. Volunteers watched as the beavers swam off into "
        "the reeds. Several wild populations already live in England after escapes and illegal "
        "releases, including on the river Otter in Devon. The government said it would publish "
        "rules for future releases. Wildlife groups hope to see beavers return to many more "
        "rivers. A beaver dam can hold back thousands of litres of water, slowing floods "
        "downstream.",
        "other",
    ),
]
