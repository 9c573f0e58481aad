"""dev263 positives, part A: market and commodity stories that report current fighting, strikes
on energy sites, ports and ships, and their toll (labels: eval/README.md, section 1)."""

POSITIVES = [
    (
        "Brent jumps 3% after Houthi missile sets tanker ablaze in Gulf of Aden",
        "Brent crude futures rose as much as 3.1% on Monday after a missile fired by Yemen's "
        "Houthi movement struck a fuel tanker in the Gulf of Aden, setting one of its cargo tanks "
        "on fire. The Marshall Islands-flagged vessel, chartered by a Singapore trading house, was "
        "carrying naphtha from the Red Sea port of Yanbu, according to ship-tracking data. The "
        "British military's maritime agency said the crew of 22 had fought the blaze for several "
        "hours before bringing it under control, and that no one was hurt. A Houthi spokesman "
        "said the group had targeted the ship with 'appropriate naval missiles' and warned of more "
        "strikes. Front-month Brent settled at $83.47 a barrel, up $2.04, while European diesel "
        "margins widened to their highest since November. Freight brokers said rates for "
        "long-range product tankers between the Middle East and Europe had roughly doubled in a "
        "week as owners sent ships around the Cape of Good Hope. 'Every attack adds a few more "
        "days of sailing and a few more dollars a tonne,' said one London broker. Shares in "
        "Maersk and Hapag-Lloyd rose on expectations of tighter capacity.",
        "E",
        "attack_on_shipping",
    ),
    (
        "Russian gasoline prices hit record after drone strikes on three refineries",
        "Wholesale gasoline prices on Russia's St Petersburg exchange climbed to a record on "
        "Wednesday after Ukrainian drones hit three refineries overnight, knocking out about 12% "
        "of the country's primary processing capacity. Regional governors said drones had struck "
        "the Volgograd and Ryazan plants and a smaller refinery in Samara region, starting fires "
        "that burned into the morning. Two workers were injured at Ryazan, the local governor "
        "wrote on Telegram. A source in Ukraine's SBU security service told reporters the strikes "
        "were part of a deliberate campaign to cut the revenue that funds Moscow's army. AI-92 "
        "gasoline for September delivery rose 4.6% to 71,900 roubles a tonne, according to "
        "exchange data. Traders said the government was likely to extend a ban on gasoline "
        "exports that had been due to expire at the end of the month. Diesel cracks in northwest "
        "Europe firmed on the news, though analysts said the effect on global crude balances "
        "would be limited because Russia would export more unrefined oil instead.",
        "E M",
        "drone_strike",
    ),
    (
        "Oil posts biggest one-day gain on record after attack on Saudi Aramco plants",
        "Oil prices posted their biggest one-day jump in decades on Monday after a weekend attack "
        "on two Saudi Aramco facilities shut down half of the kingdom's crude output. Brent "
        "surged nearly 20% at the open before paring gains to settle up 14.6% at $69.02 a barrel. "
        "Drones and cruise missiles struck the Abqaiq processing plant and the Khurais oilfield "
        "before dawn on Saturday, setting off huge fires that were visible from space. Yemen's "
        "Houthis claimed responsibility, but US officials said the strikes came from the north "
        "and pointed the finger at Iran, which denied involvement. Aramco said it had lost about "
        "5.7 million barrels per day of production and would draw on storage to keep supplying "
        "customers. Saudi stocks fell 2.3% in Riyadh, while shares in US shale producers jumped. "
        "'The market has been pricing almost no geopolitical risk, and that changed overnight,' "
        "said a strategist at a Swiss bank. Tanker rates for very large crude carriers from the "
        "Gulf also rose as charterers scrambled for alternative cargoes.",
        "E",
        "missile_strike",
    ),
    (
        "Libya's oil output slumps as militias fight for control of eastern terminals",
        "Libya's National Oil Corporation declared force majeure at the Ras Lanuf and Es Sider "
        "terminals on Thursday after fighting between rival armed groups spread to the oil "
        "crescent, cutting the country's output by about 450,000 barrels a day. Fighters loyal to "
        "a former commander of the petroleum facilities guard attacked the ports at dawn, and "
        "forces of the eastern-based Libyan National Army responded with air strikes, according to "
        "residents and military sources. At least two storage tanks were set on fire at Ras "
        "Lanuf, and the NOC said staff had been evacuated. 'This is a national disaster,' NOC "
        "chairman Mustafa Sanalla said in a statement. Brent rose 1.2% to $75.10 on the supply "
        "loss, adding to concerns about falling Venezuelan output. Libya had been pumping just "
        "over one million barrels a day before the clashes. Traders said buyers in Italy and "
        "Spain were looking for replacement light sweet cargoes from West Africa.",
        "B E",
        "clashes",
    ),
    (
        "Bonny Light loadings delayed after militants blow up Trans Niger pipeline",
        "Shell declared force majeure on exports of Nigeria's Bonny Light crude on Friday after "
        "an explosion on the Trans Niger Pipeline, which a militant group in the Niger Delta said "
        "it had bombed. The Niger Delta Avengers said on its website that its fighters had "
        "'blown up' the line near Bodo in Rivers state and threatened further attacks on oil "
        "installations unless the government met its demands. Residents said the blast was heard "
        "several kilometres away and that soldiers had been deployed to the area. The pipeline "
        "carries around 180,000 barrels per day to the Bonny export terminal. Nigeria's output "
        "has fallen to its lowest level in more than two decades after a string of attacks since "
        "February, according to estimates by oil ministry officials. Traders said at least six "
        "cargoes for June had been pushed back. The naira weakened on the parallel market, and "
        "yields on Nigeria's dollar bonds rose about 15 basis points.",
        "E",
        "pipeline_bombing",
    ),
    (
        "Sudanese pound collapses as fighting rages in Khartoum and banks shut",
        "The Sudanese pound has lost more than a third of its value on the black market since "
        "fighting broke out between the army and the paramilitary Rapid Support Forces, traders "
        "in Port Sudan said on Tuesday. Heavy clashes continued for a third week in Khartoum and "
        "Omdurman, with air strikes and artillery fire reported near the airport and the "
        "presidential palace. The Sudanese Doctors' Union said at least 528 civilians had been "
        "killed and more than 4,500 wounded. Most banks in the capital have closed, and "
        "residents said cash had run short as tens of thousands of people fled towards Egypt and "
        "the Red Sea coast. Gold exporters, who account for the bulk of Sudan's foreign earnings, "
        "said shipments had stopped because the airport was shut. The World Food Programme said "
        "warehouses had been looted in Khartoum and Darfur. One currency dealer said the dollar "
        "was changing hands at 850 pounds, against about 570 before the war began.",
        "B E D H",
        "battle",
    ),
    (
        "Turkish lira plunges as coup attempt leaves scores dead in Ankara and Istanbul",
        "The Turkish lira suffered its biggest fall since the 2008 financial crisis in Asian "
        "trading on Saturday after a faction within the military tried to seize power overnight. "
        "Soldiers blocked the bridges over the Bosphorus, and fighter jets and helicopters opened "
        "fire in Ankara, where the parliament building was bombed. Government officials said at "
        "least 161 people had been killed and 1,440 wounded in the fighting, and that 2,839 "
        "military personnel had been detained. Crowds answered President Tayyip Erdogan's call "
        "to take to the streets and confronted the troops. The lira fell nearly 5% to 3.02 "
        "against the dollar, and exchange-traded funds tracking Turkish equities slumped in US "
        "after-hours trading. Istanbul's stock exchange said it would open on Monday as usual. "
        "The central bank said it would provide unlimited liquidity to banks. 'Investors will "
        "want to see who is in charge before they come back,' said an emerging-markets strategist "
        "in London.",
        "B E U",
        "coup_attempt",
    ),
    (
        "Kazakh bonds slide as unrest turns deadly and uranium prices jump",
        "Kazakhstan's dollar bonds fell to their lowest in more than a year and uranium prices "
        "jumped on Thursday as violent unrest over fuel prices swept the country. Protesters "
        "stormed and set fire to the mayor's office in Almaty, and the interior ministry said "
        "dozens of rioters had been 'liquidated' during attempts to seize police stations. "
        "Eighteen members of the security forces were killed and 748 injured, the ministry said. "
        "President Kassym-Jomart Tokayev called in troops from a Russian-led military alliance. "
        "Internet access was cut across much of the country, and the Kazakhstan Stock Exchange "
        "halted trading. Kazatomprom, the world's biggest uranium miner, said production at its "
        "sites was continuing normally, but spot uranium rose 8% as traders weighed the risk to "
        "supply. Shares in the payments group Kaspi fell 12% in London. 'This is the most serious crisis the "
        "country has faced since independence,' said a Central Asia analyst at a risk "
        "consultancy.",
        "U M",
        "riot",
    ),
    (
        "Kenyan Eurobonds fall after police open fire on protesters outside parliament",
        "Kenya's dollar bonds fell by as much as 2 cents on Wednesday, a day after police opened "
        "fire on protesters who broke into parliament in Nairobi during a vote on tax increases. "
        "Part of the building was set on fire, and the Kenya National Commission on Human Rights "
        "said at least 22 people were killed across the country. Hospitals in the capital "
        "reported treating dozens of people for gunshot wounds. President William Ruto called "
        "the storming of parliament 'treasonous' and deployed the army to support police. The "
        "finance bill was meant to raise about $2.7bn in new revenue to cut borrowing, a key "
        "condition of Kenya's programme with the International Monetary Fund. The shilling held "
        "steady against the dollar, but the yield on the 2031 bond rose above 10%. Analysts at "
        "a Johannesburg bank said the unrest made it harder for the government to pass revenue "
        "measures and raised the risk of a downgrade.",
        "U M",
        "protest_crackdown",
    ),
    (
        "Bangladesh's garment exporters count losses as curfew follows deadly crackdown",
        "Bangladesh's garment factories stayed shut for a third day on Monday under a nationwide "
        "curfew imposed after clashes between students, police and ruling-party activists left "
        "more than 150 people dead, according to a tally of hospital figures by local media. "
        "Troops patrolled the streets of Dhaka, and protesters set fire to the state "
        "broadcaster's headquarters and several police posts. Police fired rubber bullets, tear "
        "gas and live rounds, witnesses said. The Bangladesh Garment Manufacturers and Exporters "
        "Association estimated losses at about $150m a day, and buyers in Europe said shipments "
        "were being delayed at Chittagong port. The taka was little changed at the official rate, "
        "but dealers said dollars were scarce on the kerb market. An internet blackout also "
        "stopped online banking and trade finance. 'Our customers can't reach us and we can't "
        "reach the port,' one factory owner in Gazipur said.",
        "U M",
        "protest_crackdown",
    ),
    (
        "Shekel and Tel Aviv stocks tumble after Hamas assault, Bank of Israel sells $30bn",
        "The shekel fell to its weakest in almost eight years and Tel Aviv shares slumped on "
        "Monday after Hamas gunmen burst across the border from Gaza on Saturday, killing "
        "hundreds of people in towns and kibbutzim and at a music festival. The Israeli military "
        "said fighting was continuing in several communities and that Hamas had fired thousands "
        "of rockets at Israeli cities. Israel launched retaliatory air strikes on Gaza and called "
        "up 300,000 reservists. The Bank of Israel said it would sell up to $30bn of foreign "
        "currency to stabilise the market, its first such sales ever. The TA-35 index fell 6.5%, "
        "with banks down 8-9%. Chevron said it had been told to shut the Tamar gas platform off "
        "Israel's coast, and European gas prices rose 14%. 'The priority is the war, not the "
        "deficit,' one Tel Aviv fund manager said. Israel's dollar bonds fell across the curve.",
        "B E V M",
        "attack",
    ),
    (
        "Wheat futures climb after Russian strikes destroy grain stores at Odesa ports",
        "Chicago wheat futures rose for a third day on Thursday after Russian missiles and drones "
        "struck port infrastructure in Odesa and Chornomorsk overnight, destroying about 60,000 "
        "tonnes of grain, Ukraine's agriculture ministry said. Two people were killed and at least "
        "a dozen wounded in the attacks, regional officials said. The strikes came two days after "
        "Moscow pulled out of the deal that had let Ukraine ship grain across the Black Sea. "
        "Russia's defence ministry said it had carried out 'retaliatory strikes' on facilities "
        "used to prepare 'terrorist acts' against it. The most-active contract settled up 2.6% at "
        "$7.46 a bushel, after gaining almost 9% on Wednesday. Corn also rose. Traders said "
        "buyers in Egypt and Turkey were turning to supplies from the European Union and "
        "Australia. 'The market is now pricing a Black Sea with no safe corridor at all,' an "
        "analyst at a Paris brokerage said.",
        "E",
        "missile_strike",
    ),
    (
        "Gold tops $1,970, oil breaks $100 as Russian forces pour into Ukraine",
        "Gold surged to its highest in more than a year and Brent crude broke through $100 a "
        "barrel for the first time since 2014 on Thursday after Russian forces invaded Ukraine "
        "from the north, east and south. Explosions were heard in Kyiv, Kharkiv and Odesa before "
        "dawn, and Ukraine's interior ministry said missiles had hit military command centres, "
        "airfields and ammunition depots. Ukrainian officials said more than 40 soldiers and "
        "about 10 civilians had been killed in the first hours. Long queues of cars formed on "
        "roads heading west as residents fled the capital. Spot gold rose 3% to $1,970 an ounce, "
        "and European gas futures jumped more than 50%. Moscow's stock exchange suspended trading "
        "and then reopened to a 33% fall, while the rouble hit a record low. Wheat futures "
        "climbed to a nine-year high. 'This is the scenario nobody wanted to price,' said a "
        "commodities strategist in Singapore.",
        "B E M D",
        "invasion",
    ),
    (
        "Container rates soar as Houthis seize car carrier in Red Sea and hold crew",
        "Spot rates for shipping containers from Asia to northern Europe jumped on Tuesday after "
        "Yemen's Houthi rebels seized a car carrier in the southern Red Sea and took its 25 crew "
        "members hostage. Armed men dropped from a helicopter onto the deck of the Galaxy Leader "
        "and steered it to the port of Hodeidah, according to video released by the group. The "
        "crew, from Bulgaria, Ukraine, Mexico, the Philippines and Romania, were still being held "
        "on Tuesday, their governments said. Japan's NYK Line, which chartered the ship, said it "
        "had lost contact with the vessel. The Houthis have said they will target ships linked to "
        "Israel. The Drewry World Container Index rose 4%, and war-risk premiums for Red Sea "
        "transits rose to about 0.5% of a ship's value, brokers said. Several owners said they "
        "were reviewing whether to keep using the Suez Canal.",
        "V",
        "hijacking",
    ),
    (
        "Oil edges up after US and British strikes on Houthi sites in Yemen",
        "Oil prices rose about 1% on Friday after the United States and Britain launched air and "
        "sea strikes against Houthi military targets across Yemen in response to months of "
        "attacks on Red Sea shipping. Fighter jets and Tomahawk missiles hit more than 60 targets "
        "at 16 locations, including radar sites, drone storage and launch facilities, the US "
        "military said. A Houthi spokesman said five fighters had been killed and vowed that the "
        "strikes would not go unanswered. Residents of Sanaa and Hodeidah described loud "
        "explosions overnight. Brent rose 93 cents to $78.34 a barrel, having earlier climbed "
        "more than 4%. 'The market had been treating the Red Sea as a freight problem, not an "
        "oil problem; today it is both,' said an analyst at a Danish bank. Tanker owners said "
        "more crude cargoes were being routed around Africa, adding up to two weeks to voyages "
        "to Europe.",
        "E M",
        "air_campaign",
    ),
    (
        "Dana Gas shares fall after drone attack kills four workers at Khor Mor field",
        "Shares in Dana Gas fell 4% in Abu Dhabi on Monday after a drone attack on the Khor Mor "
        "gas field in Iraq's Kurdistan region killed four Yemeni workers and forced a halt to "
        "production. The drone struck a storage area late on Friday and started a fire, the "
        "region's interior ministry said, calling it a 'terrorist attack'. Nobody claimed "
        "responsibility, but the field has been targeted several times since 2022 with rockets "
        "and drones. The shutdown cut gas supplies to power stations in the region, and the "
        "electricity ministry said output had fallen by about 2,500 megawatts, causing long "
        "outages. Dana Gas and its partners in the Pearl Petroleum consortium said they were "
        "working with local authorities to resume operations safely. Analysts said the attack "
        "threatened an expansion project backed by US financing. The company's bonds were "
        "little changed.",
        "E T",
        "drone_strike",
    ),
]
