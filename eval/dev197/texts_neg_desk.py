"""dev197 negatives: strikes and peaceful protests over tariffs and fuel, the military around
energy without violence, anniversaries, screen and page, grid drills and safety reviews.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "French refinery strike drains a third of petrol stations; government orders requisition",
        "The French government ordered the requisition of staff at an ExxonMobil fuel depot on "
        "Wednesday as a strike by refinery workers left nearly a third of petrol stations "
        "short of at least one fuel. "
        "Workers at four TotalEnergies refineries and two Esso-ExxonMobil sites have been on "
        "strike for more than two weeks, demanding pay rises to match inflation and a share of "
        "the companies' record profits. "
        "Energy transition minister Agnès Pannier-Runacher said the requisition orders, which "
        "oblige some workers to return to their posts, were needed to restore supplies. "
        "The CGT union called the move an attack on the right to strike and said it would "
        "challenge it in court. "
        "Motorists in Paris and the north queued for hours, and some stations rationed sales "
        "to 20 litres per car. "
        "Esso reached a deal with two other unions, but the CGT said its members would stay on "
        "the picket lines at Gonfreville and Feyzin. "
        "TotalEnergies offered to bring forward wage talks. "
        "The government released strategic stocks and imported diesel from Belgium and Italy. "
        "Truckers' federations said some hauliers had parked their lorries for lack of diesel. "
        "Prime Minister Élisabeth Borne said she wanted the dispute settled within days and "
        "urged TotalEnergies to raise wages. "
        "Unions at the Donges refinery on the Atlantic coast voted to extend their strike until "
        "next Tuesday.",
        "protest",
    ),
    (
        "Nigerian unions march in Abuja and Lagos over petrol price after subsidy removal",
        "Thousands of workers marched peacefully in Abuja, Lagos and other cities on Wednesday "
        "at the start of a two-day protest called by the Nigeria Labour Congress over the cost "
        "of living since the removal of the petrol subsidy. "
        "Marchers carrying placards reading “We are hungry” walked to the National Assembly, "
        "where Senate President Godswill Akpabio received a delegation and promised that "
        "lawmakers would look into their demands. "
        "The price of petrol has nearly tripled since President Bola Tinubu announced the end of "
        "the subsidy in his inauguration speech in May. "
        "NLC president Joe Ajaero said the government had failed to put in place any of the "
        "relief measures it had promised, including buses running on compressed natural gas. "
        "Police escorted the marchers, and no incidents were reported. "
        "Banks and markets in central Lagos remained open. "
        "The government said it would release 5 billion naira to each state to buy food for "
        "the poor. "
        "The unions threatened an indefinite general strike if talks failed.",
        "protest",
    ),
    (
        "Thousands march in Groningen against gas extraction after latest tremor",
        "Thousands of people marched through the Dutch city of Groningen on Thursday evening to "
        "demand an end to gas extraction from the giant field beneath the province, after an "
        "earthquake of magnitude 3.4 damaged homes near the village of Zeerijp. "
        "Carrying torches and banners, marchers walked to the provincial government building, "
        "where speakers accused the government and the oil majors Shell and ExxonMobil of "
        "putting profits before safety. "
        "Thousands of homes in the region have been damaged by tremors caused by extraction, "
        "and residents complain that compensation claims take years. "
        "Economic affairs minister Eric Wiebes, who visited the area, said he understood the "
        "anger and would present a plan to reduce production sharply. "
        "“We are not asking for money, we are asking to be safe in our own homes,” said one "
        "farmer from Loppersum. "
        "Police said the march passed off without incident. "
        "The state regulator has recommended cutting output to 12 billion cubic metres a year.",
        "protest",
    ),
    (
        "Traders shut markets across Pakistan in strike over inflated electricity bills",
        "Shops and markets were shut across Pakistan on Saturday in a nationwide strike by "
        "traders against soaring electricity bills and taxes, with the largest closures in "
        "Lahore, Karachi, Peshawar and Quetta. "
        "The Jamaat-e-Islami party and traders' associations called the shutter-down strike "
        "after bills for August arrived with charges that many families said were higher than "
        "their monthly rent. "
        "In Rawalpindi and Multan, crowds gathered outside the offices of distribution "
        "companies and burned copies of their bills in protest. "
        "Caretaker Prime Minister Anwaar-ul-Haq Kakar said the government could not withdraw "
        "tariffs agreed with the International Monetary Fund but promised to let consumers pay "
        "in instalments. "
        "Transporters in several cities joined the strike, and traffic was thin on major roads. "
        "Police said the day passed peacefully. "
        "The power ministry said it would crack down on electricity theft and on free power "
        "units given to officials.",
        "protest",
    ),
    (
        "Government ends Norwegian oil strike by compulsory arbitration within hours",
        "Norway's government ended a strike by offshore oil and gas workers on Tuesday evening "
        "by imposing compulsory arbitration, hours after the walkout threatened to cut the "
        "country's gas exports by more than half. "
        "Labour minister Marte Mjøs Persen said the strike would have had serious consequences "
        "for Europe in a critical energy situation. "
        "The Lederne union had called out members on three fields after rejecting a wage "
        "agreement reached by other unions, and planned to extend the action to more "
        "platforms on Saturday. "
        "Equinor said production at the Gudrun, Oseberg South and Oseberg East fields had been "
        "shut. "
        "“We are disappointed, but we will follow the law,” union leader Audun Ingvartsen told "
        "reporters. "
        "European gas prices had jumped more than 5% earlier in the day before easing when the "
        "government's decision was announced. "
        "The union's members will return to work on Wednesday.",
        "protest",
    ),
    (
        "Don't Pay campaigners rally as UK price cap rise lands on doorsteps",
        "Campaigners gathered outside energy company offices in London, Manchester and Glasgow "
        "on Saturday as a new price cap took effect that raised the average household bill to "
        "£2,500 a year. "
        "The Don't Pay UK campaign says about 200,000 people have pledged to cancel their direct "
        "debits if enough others join, though it has delayed the start of the strike. "
        "Protesters burned mock bills and carried banners reading “Warm homes, not profits”. "
        "Enough is Enough, a campaign backed by trade unions, held rallies in more than a dozen "
        "cities. "
        "Energy regulator Ofgem warned that customers who stopped paying could end up on more "
        "expensive prepayment meters. "
        "The government said its energy price guarantee would save households about £1,000 "
        "this winter compared with the previous cap. "
        "Police said the demonstrations were peaceful.",
        "protest",
    ),
    (
        "Shor party protesters pitch tents outside Moldova's government over gas prices",
        "Thousands of supporters of the opposition Shor party set up tents outside government "
        "buildings in Chisinau on Sunday, demanding that the state pay for their winter gas and "
        "that the pro-Western government resign. "
        "Moldova's gas prices have risen sevenfold in a year after Gazprom cut deliveries, and "
        "inflation is above 30%. "
        "Organisers said the tent camp would stay until their demands were met. "
        "Prime Minister Natalia Gavrilita said the protests were being financed by a fugitive "
        "oligarch to destabilise the country and that police had found evidence that some "
        "protesters were paid. "
        "Ilan Shor, the party's leader, lives in Israel and was convicted in absentia in a fraud "
        "case. "
        "Police said the protest passed off peacefully and that traffic had been diverted "
        "around the area. "
        "The government said it had set up a fund to help poorer households with heating "
        "bills this winter.",
        "protest",
    ),
    (
        "NATO launches Baltic Sentry to guard undersea cables after Estlink damage",
        "NATO launched a new mission on Tuesday to protect undersea cables and pipelines in the "
        "Baltic Sea, sending frigates, maritime patrol aircraft and naval drones after a "
        "series of incidents that damaged power and data links. "
        "Secretary General Mark Rutte said the Baltic Sentry operation would improve "
        "surveillance and deterrence and that the alliance would respond to any threat to "
        "critical infrastructure. "
        "The Estlink 2 power cable between Finland and Estonia was damaged on Christmas Day, and "
        "Finnish police boarded the tanker Eagle S, which they suspect of dragging its anchor "
        "across the seabed. "
        "Finnish prosecutors are investigating the ship's officers for aggravated criminal "
        "mischief. "
        "Fingrid said repairs to the 650-megawatt cable would take several months. "
        "Baltic states, which cut their power grids from the Russian system next month, have "
        "asked for more warships in the region. "
        "Estonia said its navy would escort ships near the Balticconnector gas pipeline.",
        "military",
    ),
    (
        "Han Kuang drills rehearse defence of Taiwan's LNG terminals and power plants",
        "Taiwan's armed forces rehearsed the defence of liquefied natural gas terminals and "
        "power plants on Thursday as part of the annual Han Kuang exercises, the longest and "
        "largest in the drills' history. "
        "Troops deployed around the Yong An terminal in Kaohsiung and the Taichung power "
        "station, and reservists practised guarding substations against sabotage, the defence "
        "ministry said. "
        "Taiwan imports almost all its energy, and analysts say its LNG stocks would last "
        "about 11 days in a blockade. "
        "State utility Taipower ran a drill simulating the loss of a major power plant, "
        "restoring supply to hospitals within 40 minutes. "
        "“Energy is the weakest link in our resilience,” a ministry official said. "
        "President Lai Ching-te watched live-fire drills with HIMARS rocket launchers on the "
        "coast in Taichung. "
        "China's Taiwan Affairs Office said the exercises were a futile attempt to resist "
        "reunification.",
        "military",
    ),
    (
        "Bundeswehr reservists train to guard Wilhelmshaven LNG terminal",
        "German army reservists trained on Friday to protect the floating LNG terminal at "
        "Wilhelmshaven in the first exercise of its kind for the new home defence regiments, "
        "the Bundeswehr said. "
        "About 300 soldiers, together with the police and the terminal operator Uniper, "
        "practised securing the jetty and the pipeline to the mainland against drones and "
        "divers. "
        "The terminal, opened in record time after Russia stopped pipeline gas deliveries, "
        "supplies about a tenth of German gas demand. "
        "Defence minister Boris Pistorius said critical infrastructure needed better protection "
        "and that the government would present a law that sets out who is responsible for it. "
        "The exercise was planned for months and was not a reaction to any specific threat, a "
        "spokesman said. "
        "Local residents watched from the dike as patrol boats circled the vessel. "
        "The Bundeswehr plans to hold similar drills at ports and power plants next year.",
        "military",
    ),
    (
        "Saudi Arabia orders more Patriot and THAAD batteries to shield oil sites",
        "Saudi Arabia has agreed to buy additional Patriot and THAAD air defence batteries "
        "worth about $15 billion to protect its oil installations and cities, the US State "
        "Department said on Wednesday. "
        "The package includes 300 Patriot interceptors and radars, and deliveries are expected "
        "to start in 2026, officials said. "
        "Aramco's facilities at Abqaiq and Ras Tanura were the targets of high-profile attacks "
        "several years ago, and the kingdom has since invested heavily in drone defences. "
        "Lockheed Martin and RTX, which make the systems, did not comment on the contract. "
        "Congress has 30 days to review the sale. "
        "Defence analysts said the kingdom was also interested in Korean and Chinese systems as "
        "it seeks to diversify suppliers. "
        "The deal is part of a wider arms package announced during President Donald Trump's "
        "visit to Riyadh.",
        "military",
    ),
    (
        "Chornobyl at 40: a sarcophagus, an arch and a zone that still empties the map",
        "Forty years after reactor four exploded at the Chornobyl nuclear plant, the "
        "anniversary on Sunday was marked with candles and a minute's silence in Slavutych, the "
        "town built for the plant's workers. "
        "The accident in April 1986 released radiation across Europe, and about 350,000 "
        "people were resettled from the exclusion zone and its surroundings. "
        "The Soviet authorities waited days before telling the public, a delay that many "
        "historians say hastened the collapse of the Soviet Union. "
        "The giant steel arch that was slid over the ruined reactor in 2016 is expected to "
        "need major repairs, and the plant's managers say money is short. "
        "Liquidators, the men and women sent to clean up after the disaster, laid flowers at "
        "the memorial. "
        "“We were told it would take three days,” said Mykola, 78, who spent six months in "
        "the zone. "
        "A new exhibition at the Chornobyl museum in Kyiv displays their letters and dosimeters.",
        "history",
    ),
    (
        "Fifty years on, the 1973 oil embargo still shapes how the West thinks about energy",
        "Fifty years ago this week, Arab oil producers announced an embargo on the United "
        "States and the Netherlands over their support for Israel in the October war, setting "
        "off the first oil shock. "
        "Within months the price of crude had quadrupled, petrol stations in the US ran dry and "
        "several European countries banned Sunday driving. "
        "The crisis led to the creation of the International Energy Agency and of strategic "
        "petroleum reserves, and to a push for nuclear power in France and Japan. "
        "“Energy security was born in 1973,” said Daniel Yergin, the oil historian. "
        "Economists say the shock ended the postwar boom and brought a decade of stagflation. "
        "Today the US is the world's largest oil producer, and the market is far less "
        "dependent on OPEC than it was. "
        "Photographs of empty Dutch motorways filled with cyclists are on show at a new "
        "exhibition in Rotterdam.",
        "history",
    ),
    (
        "Thirty years after Kuwait's oil fires, the desert still carries the scars",
        "Thirty years after retreating Iraqi troops set more than 700 Kuwaiti oil wells on "
        "fire, the lakes of oil they left behind still cover parts of the desert, Kuwait's "
        "environment agency said on the anniversary. "
        "The fires, lit in February 1991 as a US-led coalition drove Iraqi forces out, burned "
        "for about ten months and sent soot as far as the Himalayas. "
        "Firefighting crews from the US, Canada, Iran and Hungary, which used jet engines "
        "mounted on tanks, brought the last well under control in November 1991. "
        "Kuwait Oil Company is now cleaning up millions of cubic metres of contaminated soil "
        "under a programme financed by UN compensation funds. "
        "“My father was one of the firefighters, and he never forgot the heat,” said one "
        "engineer at the Burgan field. "
        "A museum exhibition in Kuwait City shows photographs of the blazes. "
        "Scientists are still studying the effect of the smoke on the health of veterans.",
        "history",
    ),
    (
        "Zero Day: Netflix's thriller imagines a cyberattack that switches off America",
        "In Netflix's new political thriller Zero Day, a cyberattack shuts down power grids, "
        "air traffic control and phone networks across the United States for one minute, "
        "leaving thousands dead and a country hunting for the culprit. "
        "Robert De Niro plays a former president brought back to lead a commission with "
        "sweeping powers to find out who was behind it. "
        "The six-part series, created by Eric Newman, Noah Oppenheim and Michael Schmidt, "
        "draws on real fears about attacks on the grid. "
        "Security experts interviewed for the show's promotion said a nationwide blackout of "
        "that kind was far less likely than the series suggests. "
        "Critics praised De Niro's performance but found the plot's twists hard to follow. "
        "“It's a paranoid thriller for a paranoid age,” wrote one reviewer. "
        "The cast also includes Angela Bassett, Jesse Plemons and Lizzy Caplan. "
        "All episodes are streaming now.",
        "entertainment",
    ),
    (
        "Deepwater Horizon brings the 2010 blowout to the big screen with Wahlberg as hero",
        "Peter Berg's Deepwater Horizon, which opens on Friday, recreates the blowout and "
        "explosion on BP's drilling rig in the Gulf of Mexico in which 11 workers died in "
        "April 2010. "
        "Mark Wahlberg plays chief electronics technician Mike Williams, who survived by "
        "jumping from the burning rig into the sea, and Kurt Russell plays the rig's "
        "installation manager. "
        "The film spends its first hour on the pressure tests and cost-cutting that preceded "
        "the disaster, with John Malkovich as a BP executive. "
        "Its final act is an inferno, built on a near full-scale replica of the rig in a "
        "Louisiana car park. "
        "BP declined to comment on the film. "
        "Relatives of some of the men who died attended the premiere in New Orleans. "
        "Critics have praised its tension, though some found it reluctant to name those "
        "responsible. "
        "The spill that followed was the largest marine oil spill in US history.",
        "entertainment",
    ),
    (
        "GridEx VII: utilities rehearse a coordinated attack on substations and control rooms",
        "More than 250 utilities and government agencies across North America took part this "
        "week in GridEx VII, a two-day exercise simulating coordinated physical and cyber "
        "attacks on the power grid, the North American Electric Reliability Corporation said. "
        "The scenario included gunfire at substations, drones over control centres and "
        "malware spreading through operational networks, NERC said. "
        "Participants practised isolating damaged parts of the grid, restoring power from "
        "black start units and sharing information with the FBI and Canadian agencies. "
        "“We are trying to break things on paper so we don't break them in real life,” a "
        "NERC official said. "
        "The exercise follows real incidents of vandalism at substations in North Carolina and "
        "Washington state that left tens of thousands of customers without power. "
        "A report on the lessons learned will be published next spring. "
        "About 15,000 people took part, including some for the first time from water "
        "utilities. "
        "Earlier editions of the exercise found that many smaller utilities had no plan for "
        "running substations by hand if control systems were lost. "
        "Several companies also tested how they would communicate with customers if mobile "
        "networks went down at the same time as the grid. "
        "NERC said it would share a summary of the findings with the Department of Energy and "
        "Canadian regulators before the winter.",
        "other",
    ),
    (
        "IAEA says Fukushima water release plan meets international safety standards",
        "The International Atomic Energy Agency said on Tuesday that Japan's plan to release "
        "treated radioactive water from the wrecked Fukushima Daiichi nuclear plant into the "
        "Pacific was consistent with international safety standards. "
        "IAEA director general Rafael Grossi presented the agency's final report to Prime "
        "Minister Fumio Kishida in Tokyo after two years of review by an international task "
        "force. "
        "The report found that the discharge of more than 1.3 million tonnes of water, "
        "diluted to well below regulatory limits, would have a negligible effect on people and "
        "the environment. "
        "China said the report could not be used as a pass for the release, and Japanese "
        "fishing cooperatives said they still opposed it. "
        "Tokyo Electric Power will pump the water through an undersea tunnel one kilometre "
        "offshore over about 30 years. "
        "The IAEA said it would keep an office at the site to monitor the discharges. "
        "Tepco's shares rose 2%.",
        "other",
    ),
    (
        "Iberian blackout was caused by voltage surge, not a cyberattack, Spain's inquiry finds",
        "The blackout that cut power to all of mainland Spain and Portugal in April was caused "
        "by a surge in voltage that the grid could not control, not by a cyberattack, the "
        "Spanish government's inquiry concluded on Tuesday. "
        "Energy minister Sara Aagesen said grid operator Red Eléctrica had too few conventional "
        "plants scheduled to regulate voltage that day, and that some power plants disconnected "
        "when they should have stayed online. "
        "Tens of millions of people lost power for up to 18 hours, trains stopped in tunnels "
        "and traffic lights went dark in Madrid and Lisbon. "
        "Red Eléctrica rejected the report's findings and said power companies had failed to "
        "meet their obligations. "
        "Utilities including Iberdrola and Endesa said the operator's planning was to blame. "
        "The inquiry recommended new rules requiring solar and wind farms to help control "
        "voltage. "
        "The European grid association ENTSO-E is expected to publish its own report later this "
        "year.",
        "other",
    ),
]
