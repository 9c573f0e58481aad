"""dev181 hard negatives (3 of 4): peace pacts over land, water and fishing grounds, and the politics
and economics of land, water, dams, fertiliser, cocoa and lithium, with war words as rhetoric and
past violence as background (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kyrgyzstan and Tajikistan sign border treaty, ending decades-old dispute over land "
        "and water",
        "The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday fixing the "
        "whole of their border, ending a dispute over land, pastures and water that led to "
        "deadly fighting in 2021 and 2022. The two leaders met in Bishkek to sign the "
        "document, which parliaments in both countries are expected to ratify within weeks. "
        "Under the deal, disputed sections in the Fergana Valley will be divided and some "
        "villages will change hands, with residents offered compensation to move, and access "
        "to water from the Isfara river and the Golovnoy intake will be managed jointly. "
        "Officials on both sides said the deal would allow border crossings closed since "
        "2021 to reopen and trade to resume. In Kyrgyz villages that were partly burned in "
        "the fighting, residents said they were relieved but anxious about losing pasture. "
        "Uzbekistan's president welcomed the deal and proposed a three-way meeting on the "
        "Fergana Valley. The border clashes of 2022 killed about 100 people and forced more "
        "than 130,000 to flee.",
        "peace",
    ),
    (
        "Herders, farmers sign peace pact in Nasarawa, agree to reopen grazing routes",
        "Leaders of farming communities and Fulani herders in Nasarawa State on Saturday "
        "signed a peace agreement that commits them to reopening three grazing routes and "
        "settling crop damage claims through joint committees rather than reprisals. The "
        "pact, brokered by the state government and a Geneva-based mediation group, was "
        "signed in Lafia by traditional rulers, the state chapter of the Miyetti Allah "
        "Cattle Breeders Association of Nigeria and representatives of Tiv, Alago and Eggon "
        "farmers. Under the agreement, herders will keep cattle off farms between planting "
        "and harvest, and farmers will not cultivate land marked as cattle routes. Disputes "
        "will be referred to local committees that include a woman and a youth leader from "
        'each community. "For the first time, the herder and the farmer are sitting on the '
        'same mat," a traditional ruler said at the ceremony. The governor said the state '
        "would fund water points along the routes so that herders do not need to enter farms "
        "in search of water. Nasarawa has experienced several deadly clashes between farmers "
        "and herders in recent years, but none has been reported this season.",
        "peace",
    ),
    (
        "South Sudan communities agree to return abducted children and halt cattle raids at "
        "Pieri conference",
        "Leaders of the Dinka Bor, Lou Nuer and Murle communities ended a week-long peace "
        "conference in Pieri, Jonglei state, on Friday with an agreement to return women and "
        "children abducted in past raids, compensate families for cattle taken and form a "
        "joint force of community police to patrol migration routes. The conference, "
        "supported by the UN mission and church leaders, brought together more than 600 "
        "delegates, including cattle camp youth leaders who have organised many of the "
        "raids. Each community agreed to hand over a list of abducted people within 30 days, "
        "and chiefs said the first exchanges would take place at Gumuruk before the rains. "
        '"The cattle have eaten our children\'s future," a bishop told delegates. A '
        "government envoy said youths who did not respect the deal would be disarmed. "
        "Similar agreements signed in 2020 and 2021 broke down within months. Aid agencies "
        "said the accord could allow them to reopen health centres closed during last year's "
        "fighting.",
        "peace",
    ),
    (
        "Two Maguindanao clans end decades-long land feud with kanduli and handshake",
        "Two Maguindanaon clans whose feud over a 12-hectare rice field claimed at least 14 "
        "lives over three decades formally made peace on Wednesday in a ceremony in Datu "
        "Piang, officials said. Elders of the two families shared a kanduli, a thanksgiving "
        "meal, and signed a settlement drawn up with the help of the provincial peace and "
        "order council, the military and the Moro Islamic Liberation Front. Under the "
        "agreement, the disputed land will be divided and registered in the names of both "
        "families, and relatives will receive blood money for the dead. Feuds between clans, "
        "known as rido, often begin over land or honour and can last for generations, "
        'displacing whole villages when fighting flares. "We are tired of burying our sons," '
        "said one clan elder. The Bangsamoro government has made settling rido a priority, "
        "and says more than 60 feuds have been settled in the past two years. Local "
        "residents said farmers who fled the area during past fighting had begun to return "
        "to plant rice.",
        "peace",
    ),
    (
        "Turkana and Dassanech fishermen agree to share Lake Turkana fishing grounds",
        "Fishermen from Kenya's Turkana community and Ethiopia's Dassanech community have "
        "agreed to share fishing grounds on the northern shores of Lake Turkana, in a deal "
        "signed in Todonyang on Friday by elders, county officials and representatives of "
        "the two governments. The agreement creates a joint committee of fishermen from both "
        "sides to allocate landing beaches and settle disputes over nets, and commits both "
        "communities to return boats and engines seized in past confrontations. The lake has "
        "been shrinking and growing saltier as the Omo river, which supplies most of its "
        "water, is dammed and diverted for sugar plantations in Ethiopia, pushing fishermen "
        "from both countries into the same waters. Elders said the deal was the result of "
        "three years of meetings supported by the Intergovernmental Authority on "
        'Development. "Now we can fish without looking over our shoulder," said a Turkana '
        "beach management unit chairman. Kenya's interior ministry said police and Ethiopian "
        "officials would hold joint patrols at the border markets. The two communities have "
        "a long history of violent clashes over fishing and grazing.",
        "peace",
    ),
    (
        "Egypt warns of 'unimaginable instability' as Ethiopia begins filling Nile dam",
        "Egypt's foreign minister said on Wednesday that Ethiopia's decision to start "
        "filling the reservoir of the Grand Ethiopian Renaissance Dam without an agreement "
        'could lead to "unimaginable instability" in the region, as satellite images showed '
        "water rising behind the dam on the Blue Nile. Ethiopia said the filling was a "
        "natural result of the rainy season and that it had the right to use its own "
        "resources to lift millions of people out of poverty. Ethiopia's prime minister has "
        "said no force could stop the dam from being completed. The dam, Africa's largest "
        "hydroelectric project, is expected to produce more than 5,000 megawatts of "
        "electricity when it is fully operational. Talks between Egypt, Sudan and Ethiopia "
        "brokered by the African Union broke down this week over how much water Ethiopia "
        "should release during droughts and whether any deal should be legally binding. "
        "Egypt relies on the Nile for about 97% of its fresh water and regards the dam as an "
        'existential threat; in Egyptian media, commentators have spoken of a coming "water '
        'war". Sudan, downstream of the dam, said water levels at its stations on the Blue '
        "Nile had fallen by 90 million cubic metres a day. Analysts say military action "
        "remains unlikely but that the dispute is poisoning relations across the Horn of "
        "Africa.",
        "politics",
    ),
    (
        "Ramaphosa defends land expropriation law after Trump threatens to cut aid",
        "South Africa's President Cyril Ramaphosa on Monday defended a new law that allows "
        "the state to expropriate land without compensation in some cases, after US "
        "President Donald Trump accused his government of confiscating land and said he "
        "would cut off future funding. Ramaphosa said the Expropriation Act, which he signed "
        "last month, was not a confiscation instrument but a legal process to ensure public "
        "access to land in an equitable way, as set out in the constitution. The law "
        "replaces apartheid-era legislation from 1975 and allows nil compensation only where "
        "land is abandoned, held purely for speculation or owned by the state. The "
        "Democratic Alliance, the second-largest party in the governing coalition, has "
        "challenged the law in court and says it threatens property rights. Black South "
        "Africans, who make up about 80% of the population, own a small share of private "
        "farmland three decades after apartheid ended, according to a government land audit. "
        "Afrikaner lobby groups have used the debate to draw attention to farm murders, "
        "which the government says are part of a broader crime problem. Economists said the "
        "row could hit South Africa's trade privileges under the US African Growth and "
        "Opportunity Act.",
        "politics",
    ),
    (
        "Senate approves 'marco temporal' bill limiting Indigenous land claims, defying "
        "Supreme Court",
        "Brazil's Senate on Wednesday approved a bill that would restrict the recognition of "
        "Indigenous territories to lands occupied by Indigenous peoples on October 5, 1988, "
        "the day the current constitution was promulgated, a week after the Supreme Federal "
        "Court ruled that the so-called time frame thesis was unconstitutional. The bill "
        "passed by 43 votes to 21, backed by the powerful agribusiness caucus, and goes to "
        "President Luiz Inácio Lula da Silva, who can veto it in full or in part. Indigenous "
        "leaders, who have camped in Brasília in the past to protest against the thesis, "
        "said the vote was an attack on their rights and would legitimise decades of land "
        "grabbing. Senators who supported the bill said it would bring legal certainty to "
        "farmers and end what they called an invasion of productive land. Lawyers said a new "
        "clash between Congress and the court was now inevitable. The bill also allows "
        "farming, mining and road building inside Indigenous territories under certain "
        "conditions. More than 200 demarcation processes are pending across the country.",
        "politics",
    ),
    (
        "Zimbabwe agrees $3.5 billion compensation for white farmers evicted under land reform",
        "Zimbabwe's government on Wednesday signed an agreement to pay $3.5 billion in "
        "compensation to white farmers whose land was seized under the land reform programme "
        "of the early 2000s, in a move aimed at rebuilding ties with Western lenders. The "
        "money will cover buildings, equipment and other improvements, but not the land "
        "itself, which the government says was stolen during colonial rule. The president "
        "called the deal historic and said it would put to rest one of the most divisive "
        "issues in the country's history. The government does not have the money and plans "
        "to issue long-term bonds and seek funding from donors. Representatives of the "
        "Commercial Farmers' Union said many of their members were elderly and might not "
        "live to see payment. More than 4,000 white farmers lost their farms, many of them "
        "violently, during invasions led by veterans of the independence war from 2000. "
        "Critics of the ruling ZANU-PF said the deal ignored the thousands of Black farm "
        "workers who were also driven off the land.",
        "politics",
    ),
    (
        "India puts Indus Waters Treaty 'in abeyance'; what it means for Pakistan's farmers",
        "India's decision to hold the Indus Waters Treaty in abeyance, announced last week "
        "after a deadly attack on tourists in Kashmir, has raised fears among farmers in "
        "Pakistan's Punjab and Sindh that the flow of water into their canals could be "
        "disrupted. In practice, experts say, India lacks the dams and canals to stop or "
        "divert significant volumes of water from the western rivers, the Indus, Jhelum and "
        "Chenab, at least for several years. But by suspending the treaty, India has stopped "
        "sharing hydrological data and attending meetings of the Permanent Indus Commission, "
        "and could flush sediment from reservoirs outside the agreed schedule. Pakistan has "
        "said any attempt to stop its water would be considered an act of war. Farmers in "
        "southern Punjab, already facing falling groundwater levels and shorter winters, "
        "told The Third Pole they worried most about unannounced releases during the sowing "
        "season. The treaty, brokered by the World Bank in 1960, survived three wars between "
        "the two countries. Pakistani officials have said they will take the matter to the "
        "World Bank and to international courts. The Indus system irrigates most of "
        "Pakistan's cultivated land. \"We don't understand the politics, we only know that "
        'the water comes late every year," said a farmer near Multan. Indian officials have '
        "said they will fast-track hydropower projects on the Chenab.",
        "politics",
    ),
    (
        "EU deforestation law delayed by a year after pressure from farmers and trade partners",
        "The European Union agreed on Tuesday to delay by a year its landmark law banning "
        "imports of goods linked to deforestation, after pressure from farmers, businesses "
        "and trading partners including Brazil, Indonesia and the United States. The "
        "regulation, which requires companies selling cocoa, coffee, soy, palm oil, beef, "
        "rubber and timber in the EU to prove they were not grown on land cleared after "
        "2020, will now apply to large companies from the end of next year. Environmental "
        "groups called the delay a betrayal and accused the centre-right European People's "
        "Party of waging a war on the Green Deal after it tried to add amendments that would "
        "have weakened the law further. Producers in Malaysia and Côte d'Ivoire say "
        "smallholders cannot meet the requirements to provide geolocation data for every "
        "plot. The European Commission said the extra time would allow it to help companies "
        "and countries prepare. Deforestation for agriculture accounts for about a tenth of "
        "global greenhouse gas emissions, according to the UN.",
        "politics",
    ),
    (
        "Potash producers brace for price war as Russian and Belarusian supply returns",
        "Shares in Nutrien and Mosaic fell on Thursday after a report that Russian and "
        "Belarusian potash producers were offering discounts of up to 20% to win back buyers "
        "in Brazil and Southeast Asia, raising fears of a price war in the fertiliser "
        "market. Potash prices soared to records in 2022 after sanctions on Belarus and "
        "disruption following Russia's invasion of Ukraine cut supplies, and farmers in many "
        "countries used less fertiliser as a result. Prices have since fallen by more than "
        "half as Belarusian exports found new routes through Russian ports. Analysts at one "
        "bank said the two countries were sitting on large stocks and needed hard currency, "
        "and were likely to attack market share aggressively. Brazilian farmers, who import "
        "more than 90% of their potash, have welcomed the lower prices ahead of the soy "
        "planting season. Canada's Nutrien said it would cut production at one of its "
        "Saskatchewan mines and lay off about 200 workers. The company said demand would "
        "recover as farmers rebuilt nutrient levels in their soil.",
        "economy",
    ),
    (
        "Cocoa hits record above $10,000 a tonne as West African harvests fail",
        "Cocoa futures in New York rose above $10,000 a tonne for the first time on Tuesday, "
        "having more than doubled since January, as poor harvests in Ivory Coast and Ghana "
        "left chocolate makers scrambling for beans. Heavy rains late last year, followed by "
        "an unusually strong harmattan wind and the spread of black pod disease and swollen "
        "shoot virus, have cut output in the two countries, which grow about 60% of the "
        "world's cocoa. In Ghana, illegal gold mining has also taken over cocoa farms in the "
        "Western and Ashanti regions, as some farmers sell or lease their land to galamsey "
        "operators. Farmers in both countries have benefited little from the rally, because "
        "prices are fixed by the governments at the start of each season. Chocolate makers "
        "including Hershey and Mondelez have warned of higher prices for consumers. Traders "
        "say the market is being squeezed by speculators and by a shortage of certified "
        "beans in exchange warehouses. The International Cocoa Organization expects a global "
        "deficit of about 374,000 tonnes this season.",
        "economy",
    ),
    (
        "Gulf investors snap up African farmland as food security worries grow",
        "Companies backed by the governments of the United Arab Emirates and Saudi Arabia "
        "have signed deals for more than 1.5 million hectares of farmland in Africa in the "
        "past three years, according to a new report by a land monitoring initiative, "
        "reviving concerns about what critics call land grabs. Among the largest are a "
        "40-year lease for alfalfa and wheat along the Nile, an irrigation project in "
        "Ethiopia's Gambella region and a livestock and feed venture in Tanzania. The "
        "investors say the projects bring roads, jobs and technology, and help their own "
        "countries, which import most of their food, secure supplies after the price shocks "
        "of the pandemic. Researchers found that in many cases the land was classed as "
        "unused by governments but was in fact used by herders or smallholders without "
        "formal titles. Only a fifth of the deals were preceded by consultations with local "
        "communities, the report said. In Zambia, farmers' unions have asked parliament to "
        "cap the size of leases to foreign investors. Economists say the wave of investment "
        "resembles the rush for farmland that followed the food price crisis of 2008.",
        "economy",
    ),
    (
        "Argentina's lithium rush tests Puna salt flats and the communities that depend on them",
        "Companies from Australia, China, Canada and the United States are racing to build "
        "lithium plants on the salt flats of Argentina's northern Puna, where the country's "
        "output is expected to triple by 2027 as demand for electric car batteries grows. At "
        "Salinas Grandes, in Jujuy province, Kolla and Atacama communities who harvest salt "
        "and graze llamas say brine extraction will lower the water table in one of the "
        "driest places on earth. Provincial officials say the projects will bring roads, "
        "royalties and jobs to a poor region, and that water use is strictly controlled. The "
        "national government has courted investors with tax breaks, and analysts describe a "
        "battle among automakers to lock in supplies from the so-called lithium triangle of "
        "Argentina, Bolivia and Chile. A constitutional reform in Jujuy this year, which "
        "critics say weakens Indigenous land rights, has been challenged in the courts. "
        "Lithium prices have fallen sharply since a peak in late 2022, and some projects "
        "have been delayed. Hydrologists say that without independent data it is impossible "
        "to know how much water the salt flats can give.",
        "economy",
    ),
    (
        "Water prices hit record in Murray-Darling as irrigators sell up",
        "The price of temporary water allocations in the southern Murray-Darling basin "
        "reached a record of more than A$900 a megalitre this week, as drought cut "
        "allocations to irrigators and almond and cotton growers competed for what remains. "
        "Dairy farmers in northern Victoria say they cannot afford to water pasture at those "
        "prices and are selling cows, and some have sold their permanent water rights to "
        "investors. About a tenth of water entitlements in the basin are now held by people "
        "who do not own land, including superannuation funds and foreign companies, "
        "according to the competition regulator. Farmers' groups say speculators are driving "
        "up prices, while economists say the market is working as designed by moving water "
        "to the most valuable crops. The federal government has commissioned an inquiry into "
        "the water market and announced a drought relief package worth A$100 million. The "
        "water minister said the government would not buy back more water from irrigators "
        "for the environment.",
        "economy",
    ),
]
