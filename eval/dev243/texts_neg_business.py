"""dev243 negatives: Starlink's and the launch industry's business, space politics, films,
protests, sport and the rest of the space desk. (title, text, kind code)."""

NEGATIVES = [
    (
        "Starlink passes 4 million users as satellite broadband price war heats up",
        "SpaceX's Starlink satellite internet service now has more than 4 million "
        "subscribers in about 100 countries, the company said on Thursday, double the number "
        "it reported a year ago. The milestone comes as rivals prepare to attack its lead. "
        "Amazon plans to begin service from its Project Kuiper constellation next year, and "
        "Eutelsat's OneWeb is targeting airlines and shipping companies. Starlink has cut "
        "the price of its dish in several markets and launched a cheaper plan for light "
        "users, triggering what analysts call a price war. “Starlink is winning on scale,” "
        "said one telecoms analyst in London. SpaceX, which is privately held, does not "
        "publish its accounts, but investors value the company at about $350bn. The company "
        "has launched more than 6,000 satellites so far. Regulators in several large "
        "countries have yet to approve its service.",
        "economy",
    ),
    (
        "Eutelsat shares soar as Europe looks for Starlink alternative",
        "Shares in Eutelsat more than quadrupled in three trading days this week as "
        "investors bet that European governments would turn to the French satellite "
        "operator's OneWeb network as an alternative to Elon Musk's Starlink. The stock rose "
        "another 30% in Paris on Wednesday before trading was briefly suspended. Analysts "
        "cautioned that OneWeb has about 650 satellites, compared with more than 7,000 for "
        "Starlink, and that its user terminals are expensive. Eutelsat's chief executive "
        "said the company was in talks with the EU about supplying more capacity. The "
        "European Commission's own IRIS2 constellation is not expected to be in service "
        "before 2030. The company's market value rose above 3 billion euros at one point. "
        "Some traders said the surge was driven by speculation rather than new contracts. "
        "Europe's space industry has long complained that governments buy too little from "
        "home suppliers.",
        "economy",
    ),
    (
        "Ariane 6 wins back commercial customers in launch market battle",
        "Arianespace said on Tuesday it had signed launch contracts with two more commercial "
        "satellite operators for its Ariane 6 rocket, as Europe tries to regain ground in a "
        "market dominated by SpaceX. The company said it now had about 30 missions booked "
        "for the new rocket, including 18 for Amazon's Kuiper constellation. The first "
        "commercial flight lifted off from Kourou in French Guiana in March after months of "
        "delays. Chief executive David Cavaillolès said Europe was “fighting back” but "
        "acknowledged that Ariane 6 cannot match the price of a reusable Falcon 9. The "
        "European Space Agency is paying a subsidy of up to 340 million euros a year to keep "
        "the rocket flying. Ariane 6 replaced the Ariane 5, which retired in 2023 after 117 "
        "flights. ESA also plans to open the market to new, smaller launch companies. "
        "Germany's Isar Aerospace and Rocket Factory Augsburg are among the contenders.",
        "economy",
    ),
    (
        "Nigeria's Starlink users hit by near-doubling of subscription price",
        "Starlink has raised its monthly subscription price in Nigeria by almost 100%, "
        "angering small businesses and remote workers who had come to rely on the satellite "
        "service. The country's telecoms regulator said the company had not obtained "
        "approval for the increase and ordered it to reverse it. Starlink, which launched in "
        "Nigeria in 2023, blamed the steep fall of the naira and inflation. Nigeria is "
        "Starlink's biggest market in Africa, with tens of thousands of users, according to "
        "the regulator. Some customers said they would switch back to local providers "
        "despite poor coverage. The company said it was working with the regulator. Small "
        "businesses in rural areas, including farms and clinics, said they depended on the "
        "service. The naira has lost about two-thirds of its value against the dollar since "
        "mid-2023. The regulator said it would fine companies that raise prices without "
        "approval.",
        "economy",
    ),
    (
        "Planet Labs posts record revenue as defence demand for imagery grows",
        "Planet Labs, which operates more than 200 Earth-imaging satellites, reported record "
        "quarterly revenue on Wednesday and raised its forecast for the year, citing strong "
        "demand from governments and defence customers in Europe. The San Francisco company "
        "said revenue rose 20% to about $66 million and that its backlog more than doubled "
        "after a large contract with Germany. Chief executive Will Marshall said governments "
        "wanted to see the world every day. The shares jumped 25% in after-hours trading. "
        "The company is still loss-making but said it expected to reach profitability next "
        "year. The company is also building a new generation of high-resolution satellites "
        "called Pelican. Its imagery is widely used by news organisations, researchers and "
        "aid agencies. Competition has grown from Maxar, BlackSky and European start-ups.",
        "economy",
    ),
    (
        "Poland and Musk clash over who pays for Ukraine's Starlink terminals",
        "Polish Foreign Minister Radoslaw Sikorski and Elon Musk traded insults on social "
        "media on Sunday after Musk said Ukraine's front line would collapse if he turned "
        "off Starlink. Sikorski replied that Poland pays about $50 million a year for "
        "Ukraine's Starlink subscriptions and would look for other suppliers if SpaceX "
        "proved unreliable. “Be quiet, small man,” Musk wrote. US Secretary of State Marco "
        "Rubio said no one was threatening to cut Ukraine off. Musk later said he would "
        "never do so. Polish officials said the terminals had become a symbol of Europe's "
        "dependence on a single businessman. Poland's digital affairs minister said the "
        "country was exploring other options, including Eutelsat's OneWeb. Rubio told "
        "Sikorski to “say thank you” for the service. The spat came as Washington pressed "
        "Kyiv and Moscow to agree to talks.",
        "politics",
    ),
    (
        "Italy's Starlink deal stalls amid row over security",
        "The Italian government's plan to use Starlink for secure communications for "
        "diplomats and the armed forces has stalled, officials said on Monday, after "
        "opposition parties attacked it as handing national security to Elon Musk. The "
        "proposed five-year deal was worth about 1.5 billion euros. Prime Minister Giorgia "
        "Meloni's office said no contract had been signed. Defence Minister Guido Crosetto "
        "said that Europe did not yet have an alternative. The opposition Democratic Party "
        "called the plan a battle for the country's sovereignty. Italy's space industry "
        "association urged the government to back European suppliers instead. The talks had "
        "first been reported in January. Crosetto said Italy would also invest in European "
        "alternatives. Critics noted Musk's frequent public comments on Italian politics.",
        "politics",
    ),
    (
        "Brazil's Supreme Court freezes Starlink accounts in dispute with X",
        "Brazil's Supreme Court has frozen the bank accounts of Starlink in the country to "
        "cover fines imposed on Elon Musk's social media platform X, the company said on "
        "Thursday, escalating a fight between the billionaire and Justice Alexandre de "
        "Moraes. Starlink, which has more than 200,000 customers in Brazil, including in the "
        "Amazon, called the order illegal and said it would appeal. Moraes has ordered X to "
        "name a legal representative in Brazil and to block accounts he says spread "
        "disinformation. Musk called the judge a dictator. Government ministers said the "
        "country's laws applied to everyone. X was blocked in Brazil days later after it "
        "failed to name a representative. Starlink at first said it would not comply with "
        "the order to block X, then reversed course. The dispute drew comment from "
        "politicians in the United States.",
        "politics",
    ),
    (
        "Congress battles over NASA budget as science missions face axe",
        "Lawmakers on the House appropriations committee clashed on Thursday over a White "
        "House proposal to cut NASA's science budget by almost half, which would cancel "
        "dozens of missions. Democrats said the cuts were an attack on American leadership "
        "in space, while Republicans argued that the agency should focus on returning "
        "astronauts to the Moon and reaching Mars. Scientists warned that spacecraft already "
        "in flight, such as the Juno probe at Jupiter, would be switched off. The Senate "
        "version of the bill restores much of the money. Final spending decisions are not "
        "expected before the autumn. NASA's acting administrator told lawmakers the agency "
        "would do “more with less”. Universities that run missions warned of job losses. "
        "Industry groups said the cuts would hand an advantage to China's space programme.",
        "politics",
    ),
    (
        "South Africa's ownership rules block Starlink licence, minister says",
        "Starlink cannot operate in South Africa until it complies with the country's black "
        "economic empowerment rules, the communications minister said on Tuesday, as a "
        "debate over the law's application to foreign tech firms grew louder. The rules "
        "require telecoms licence holders to be 30% owned by historically disadvantaged "
        "groups. Elon Musk, who was born in Pretoria, said on X that Starlink was not "
        "allowed in the country because he is “not black”. The regulator said it was "
        "considering allowing equity equivalent programmes, such as investment in skills, "
        "instead of share ownership. Opposition parties accused the governing ANC of driving "
        "away investment. Starlink terminals are nonetheless sold informally in the country "
        "and used in neighbouring states where the service is licensed. The ministry said it "
        "welcomed investment from all companies that follow the law. Analysts said the "
        "dispute had become tangled up in relations between Pretoria and Washington.",
        "politics",
    ),
    (
        "New series imagines a Cold War in orbit that never ended",
        "The new season of the space drama For All Mankind, which imagines a world in which "
        "the Soviet Union landed on the Moon first, moves its story to a mining colony on "
        "Mars where American and Russian crews fight over water ice. The series, on Apple "
        "TV+, has built a loyal following for its mix of alternative history and family "
        "drama. In one episode, a standoff between armed astronauts ends with an explosion "
        "that destroys a habitat. Critics praised the production design and the performance "
        "of Joel Kinnaman. The show's creators said they consulted former NASA engineers on "
        "the technical detail. The previous season ended with a joint Soviet and American "
        "mission in jeopardy. The producers said a spin-off set in the Soviet Union is in "
        "development. Viewers who grew up during the space race have written to the creators "
        "to share their memories.",
        "entertainment",
    ),
    (
        "Exhibition turns satellite images of Earth into art",
        "An exhibition of satellite images opened at the Science Museum in London on Friday, "
        "presenting pictures of river deltas, salt pans and cities as abstract art. The 80 "
        "images were chosen from the archives of the European Space Agency and commercial "
        "operators. One room is devoted to “scars”, showing quarries, mines, burned forests "
        "and the bombed-out landscapes of the First World War still visible near Verdun. The "
        "curator said she wanted visitors to see the planet “as astronauts do, without "
        "borders”. The show runs until January and will then travel to Edinburgh. Entry is "
        "free. Another section shows the growth of cities in Africa and Asia over four "
        "decades, using pictures from the Landsat programme. The show also includes the "
        "first photograph of the Earth taken from space, in 1946, by a camera on a captured "
        "V-2 rocket.",
        "entertainment",
    ),
    (
        "French Guiana strike halts Ariane launch as protesters block Kourou",
        "The launch of an Ariane 5 rocket from the Guiana Space Centre was postponed "
        "indefinitely on Tuesday after protesters blocked access roads to the base, part of "
        "a general strike that has paralysed the French overseas territory for a week. "
        "Thousands of people marched in Cayenne to demand more investment in hospitals, "
        "schools and security. Roadblocks made of tyres and pallets have cut the main roads, "
        "but the protests have been peaceful, local officials said. Arianespace said the "
        "rocket and its two satellites were safe. The French government sent a delegation of "
        "officials and promised talks. Strikers say the contrast between the space centre "
        "and the poverty around it is unacceptable. It was the second time in a week that "
        "the launch had been delayed. Among the strikers' demands is a new hospital in "
        "Kourou.",
        "protest",
    ),
    (
        "Scottish residents march against spaceport plan on north coast",
        "Hundreds of people marched through the village of Tongue in Sutherland on Saturday "
        "to oppose a planned spaceport on the A'Mhoine peninsula, saying it would damage a "
        "protected peat bog. Protesters carried banners reading “No rockets on our moor” and "
        "handed a petition to local councillors. The project's backers say it will bring "
        "jobs to one of the most remote parts of Britain, and the UK Space Agency has "
        "supported it with funding. Police said the march passed off without incident. "
        "Community groups said they would take their objections to the Scottish government. "
        "Organisers said more than 400 people took part, many of them crofters. A separate "
        "spaceport on the Shetland island of Unst is further ahead. Supporters of the "
        "project held a small counter-demonstration outside the village hall. The Highland "
        "Council is expected to consider a revised planning application next year.",
        "protest",
    ),
    (
        "Vendée Globe leaders battle Southern Ocean storms, satellite trackers show",
        "The leaders of the Vendée Globe round-the-world yacht race were fighting through "
        "storms in the Southern Ocean on Thursday, with satellite tracking showing French "
        "skipper Charlie Dalin holding a lead of about 100 nautical miles over Yoann "
        "Richomme. Winds of up to 50 knots and waves of eight metres battered the fleet "
        "south of Australia. The race organisers use satellite beacons to follow each boat's "
        "position every 15 minutes, and skippers send video via Starlink and other systems. "
        "One British sailor said the conditions were like “being in a war zone”. Five boats "
        "have retired so far. Dalin, who finished second in the last edition, is on course "
        "to break the race record of 74 days. The boats must round Cape Horn before heading "
        "north into the Atlantic. Race officials said all skippers were safe.",
        "sport",
    ),
    (
        "Chandrayaan-3 lands near Moon's south pole in triumph for India",
        "India became the first country to land a spacecraft near the Moon's south pole on "
        "Wednesday, when the Chandrayaan-3 lander touched down at 18:04 local time, setting "
        "off celebrations across the country. Prime Minister Narendra Modi, watching from "
        "Johannesburg, waved a flag as scientists at the Indian Space Research Organisation "
        "in Bengaluru cheered. The landing came days after Russia's Luna-25 crashed into the "
        "Moon. The lander carries a six-wheeled rover that will study the lunar soil for two "
        "weeks. Scientists hope to find evidence of water ice in the region. A previous "
        "attempt in 2019 crashed on landing. The mission cost about $75m, far less than "
        "comparable missions by other countries. Crowds gathered around television screens "
        "in cities and villages, and temples held prayers. Russia's space agency "
        "congratulated India.",
        "other",
    ),
    (
        "Strongest solar storm in decades lights up skies and strains satellites",
        "The most powerful solar storm to hit the Earth in more than 20 years produced "
        "auroras seen as far south as Mexico and northern India on Friday night and "
        "Saturday, and forced satellite operators to adjust orbits. SpaceX said its Starlink "
        "network was degraded but holding up. The US National Oceanic and Atmospheric "
        "Administration said the storm reached its highest level, G5, for the first time "
        "since 2003. Some tractors guided by GPS stopped working in the American Midwest, "
        "farmers reported. Power grid operators said they had seen no major disruption. "
        "Photographs of the auroras filled social media, with people in southern England and "
        "Florida sharing pictures from their phones. Scientists said the sun was nearing the "
        "peak of its 11-year cycle. Another storm could arrive in the coming days, "
        "forecasters said.",
        "other",
    ),
    (
        "Kenya's first operational Earth observation satellite sent to orbit",
        "Kenya's first operational Earth observation satellite, Taifa-1, was launched on a "
        "SpaceX Falcon 9 rocket from California on Saturday, a milestone the country's space "
        "agency said would help farmers and planners. The small satellite, built by Kenyan "
        "engineers with a Bulgarian company, will take images to monitor crops, water and "
        "urban growth. About 50 million shillings was spent on the project. Crowds watched a "
        "livestream of the launch at a Nairobi science park. Officials said Kenya would "
        "build more satellites locally and reduce its reliance on foreign data. The "
        "satellite will orbit at about 500km and pass over Kenya several times a day. Kenya "
        "put a smaller experimental satellite into orbit from the International Space "
        "Station in 2018. Africa now has more than 50 satellites, built by about 15 "
        "countries.",
        "other",
    ),
    (
        "Japan's SLIM lander wakes up after surviving lunar night",
        "Japan's Smart Lander for Investigating Moon, which landed upside down in January, "
        "has survived a freezing lunar night and sent data back to Earth, the Japan "
        "Aerospace Exploration Agency said on Monday. The probe had not been designed to "
        "endure the two weeks of darkness, when temperatures fall to about minus 170C. Its "
        "solar panels face west, and it can only generate power in the lunar afternoon. "
        "Engineers said they would try to take more images of nearby rocks. Japan became the "
        "fifth country to land on the Moon with the mission. SLIM landed within 55 metres of "
        "its target, a precision that Japan hopes to repeat on future missions. A problem "
        "with one of its engines caused it to tip over just before touchdown. The team said "
        "the probe's survival was a surprise. It has sent images of a rock nicknamed “toy "
        "poodle”.",
        "other",
    ),
    (
        "Astronauts return to Earth after nine-month stay that was meant to last a week",
        "NASA astronauts Butch Wilmore and Suni Williams splashed down off the coast of "
        "Florida on Tuesday evening aboard a SpaceX Dragon capsule, ending a mission that "
        "stretched from eight days to nine months after problems with Boeing's Starliner "
        "spacecraft. Dolphins circled the capsule as recovery crews hoisted it onto a ship. "
        "The pair had travelled to the International Space Station last June on Starliner's "
        "first crewed flight, but thruster failures and helium leaks led NASA to send the "
        "capsule home empty. Both astronauts were taken for medical checks in Houston. "
        "Williams said she was looking forward to seeing her dogs. Their return flight took "
        "about 17 hours from undocking to splashdown. Both astronauts are retired navy "
        "pilots and veterans of long stays in orbit. NASA said they would be reunited with "
        "their families soon.",
        "other",
    ),
]
